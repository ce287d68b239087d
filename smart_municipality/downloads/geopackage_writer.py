"""Writing downloaded layers into a GeoPackage that appears complete or not at all.

:class:`AtomicGeoPackage` writes every layer into a temporary file next to the target (same folder, so the final
``os.replace`` is atomic on one file system) and moves it over the target only in :meth:`~AtomicGeoPackage.commit`;
an error or a cancel discards the temporary file and leaves an existing target untouched. An existing target is a
study GeoPackage that other layers live in: it is copied into the temporary file first (SQLite's backup API, so a
file open elsewhere is copied consistently), and only the downloaded layers are replaced. Layers are written with
``QgsVectorFileWriter`` in batches, inside the single transaction the GeoPackage driver opens per layer.

:class:`FieldSchema` derives QGIS field types from JSON property values seen across all pages of a layer (so a
property that is empty on the first page but a number later still becomes a number field).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsVectorFileWriter,
)

from ..compat.qt import (
    FIELD_BOOL,
    FIELD_DATE,
    FIELD_DATETIME,
    FIELD_DOUBLE,
    FIELD_LONG,
    FIELD_STRING,
    FieldType,
    WkbType,
    new_field,
)
from ..errors import InputError, UserError
from ..i18n import tr

BATCH_SIZE = 2000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
#: column names the GeoPackage writer uses itself
_RESERVED = {"fid", "geom", "geometry"}


def value_kind(value: Any) -> str | None:
    """The JSON kind of a property value: bool, int, float, date, datetime, str, json; ``None`` for null."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        if _DATE.match(value):
            return "date"
        if _DATETIME.match(value):
            return "datetime"
        return "str"
    return "json"


_TYPE_OF_KINDS = {
    frozenset(): FIELD_STRING,
    frozenset({"bool"}): FIELD_BOOL,
    frozenset({"int"}): FIELD_LONG,
    frozenset({"int", "bool"}): FIELD_LONG,
    frozenset({"float"}): FIELD_DOUBLE,
    frozenset({"int", "float"}): FIELD_DOUBLE,
    frozenset({"date"}): FIELD_DATE,
    frozenset({"datetime"}): FIELD_DATETIME,
    frozenset({"date", "datetime"}): FIELD_DATETIME,
}


class FieldSchema:
    """Field names (in order of first appearance) and types, from every record a layer will hold."""

    def __init__(self, required: Iterable[str] = ()) -> None:
        self._kinds: dict[str, set[str]] = {name: set() for name in required}

    def observe(self, properties: dict[str, Any]) -> None:
        for name, value in properties.items():
            kinds = self._kinds.setdefault(name, set())
            kind = value_kind(value)
            if kind is not None:
                kinds.add(kind)

    @property
    def names(self) -> list[str]:
        return list(self._kinds)

    def field_type(self, name: str) -> FieldType:
        """The QGIS type for ``name``; mixed or unknown kinds become text, which loses nothing."""
        return _TYPE_OF_KINDS.get(frozenset(self._kinds[name]), FIELD_STRING)

    def column_name(self, name: str) -> str:
        """The column a property is written to (``fid``/``geom`` are the writer's own columns)."""
        return f"{name}_source" if name.lower() in _RESERVED else name

    def fields(self) -> QgsFields:
        fields = QgsFields()
        for name in self._kinds:
            fields.append(new_field(self.column_name(name), self.field_type(name)))
        return fields

    def values(self, properties: dict[str, Any]) -> list[Any]:
        """Attribute values in field order; nested values as JSON text, text fields as text."""
        row = []
        for name in self._kinds:
            value = properties.get(name)
            if isinstance(value, (dict, list)):
                value = json.dumps(value, ensure_ascii=False)
            elif value is not None and self.field_type(name) == FIELD_STRING and not isinstance(value, str):
                value = str(value)
            row.append(value)
        return row


class AtomicGeoPackage:
    """A GeoPackage written in full to a temporary file, then moved over ``target`` by :meth:`commit`.

    Use as a context manager: leaving the block without :meth:`commit` (an error, a cancel) removes the temporary
    file, so no partial output ever appears and an existing target stays as it was.
    """

    def __init__(self, target: str | Path) -> None:
        self.target = Path(target)
        if self.target.is_dir():
            raise InputError(tr("The output {path} is a folder; choose a file name ending in .gpkg.")
                             .format(path=self.target))
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{self.target.stem}.", suffix=".partial.gpkg",
                                            dir=self.target.parent)
        except OSError as exc:
            raise InputError(tr("Cannot write in the folder {folder}; choose another output file.")
                             .format(folder=self.target.parent)) from exc
        os.close(handle)
        os.remove(temp)  # the writer creates the file itself
        self.temp_path = Path(temp)
        self.layers: dict[str, int] = {}
        self._committed = False
        self._keeps_existing = self.target.exists() and self.target.stat().st_size > 0
        if self._keeps_existing:
            self._copy_existing()

    def _copy_existing(self) -> None:
        try:
            source = sqlite3.connect(f"file:{self.target}?mode=ro", uri=True)
            try:
                copy = sqlite3.connect(self.temp_path)
                try:
                    source.backup(copy)
                finally:
                    copy.close()
            finally:
                source.close()
        except sqlite3.Error as exc:
            self.discard()
            raise InputError(tr("{path} exists but is not a GeoPackage that can be added to; choose another output "
                                "file.").format(path=self.target)) from exc

    def __enter__(self) -> AtomicGeoPackage:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self._committed:
            self.discard()

    def write_layer(self, name: str, fields: QgsFields, wkb_type: WkbType,
                    crs: QgsCoordinateReferenceSystem, batches: Iterable[list[QgsFeature]]) -> int:
        """Write layer ``name`` from ``batches`` of features (attributes in ``fields`` order); returns the count."""
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if self.layers or self._keeps_existing
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
        writer = QgsVectorFileWriter.create(str(self.temp_path), fields, wkb_type, crs,
                                            QgsCoordinateTransformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            message = writer.errorMessage()
            del writer
            raise UserError(tr("Cannot create the GeoPackage in {folder} ({reason}); check the free disk space and "
                               "your rights on the folder.").format(folder=self.target.parent, reason=message))
        count = 0
        try:
            for batch in batches:
                if batch and not writer.addFeatures(batch):
                    raise UserError(tr("Writing layer {layer} to the GeoPackage failed ({reason}); check the free "
                                       "disk space.").format(layer=name, reason=writer.errorMessage()))
                count += len(batch)
        finally:
            del writer  # closes the layer and commits its transaction
        self.layers[name] = count
        return count

    def commit(self) -> Path:
        """Move the finished GeoPackage over the target; returns the target."""
        if not self.layers:
            raise UserError(tr("Nothing was downloaded, so no GeoPackage was written."))
        try:
            os.replace(self.temp_path, self.target)
        except OSError as exc:
            self.discard()
            raise UserError(tr("Cannot replace {path}; close it in other programs and try again.")
                            .format(path=self.target)) from exc
        self._committed = True
        return self.target

    def discard(self) -> None:
        for path in (self.temp_path, Path(f"{self.temp_path}-wal"), Path(f"{self.temp_path}-shm"),
                     Path(f"{self.temp_path}-journal")):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
