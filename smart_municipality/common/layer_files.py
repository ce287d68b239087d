"""Why a file given as a layer cannot be opened, in one sentence (QGIS itself says "not found" for a file that exists).

Used by the algorithms' parameter check: when QGIS refuses a layer parameter whose value is a path, the sentence
names the real problem — the file is missing, is not a GeoPackage although it is called one, or is no layer at all.
"""

from __future__ import annotations

from pathlib import Path

from ..i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"


def layer_file_problem(value: str) -> str | None:
    """The sentence for a layer value ``path`` or ``path|layername=...`` that QGIS could not open; ``None`` when the
    value is not a file path (a layer id or name, a database URI) or the file opens after all."""
    text = (value or "").strip()
    path = Path(text.split("|", 1)[0])
    if not text or not path.suffix or "://" in text or text.lower().startswith(("pg:", "dbname=", "memory:")):
        return None
    if not path.exists():
        if not path.parent.is_dir():
            return None  # not a path at all (a layer name with a dot, say): QGIS's own message stands
        return tr("The file {name} does not exist.").format(name=str(path))
    if path.is_dir():
        return None  # a folder can be a layer source (a shapefile folder, a FileGDB)
    if path.suffix.lower() == ".gpkg":
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return tr("{path} is not a GeoPackage (not an SQLite database); choose a .gpkg file.").format(
                    path=path)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(text, "check", "ogr")
    if layer.isValid():
        return None
    if path.suffix.lower() == ".gpkg":
        layer_name = text.split("layername=", 1)[1].split("|", 1)[0] if "layername=" in text else ""
        if layer_name:
            return tr("The GeoPackage {path} has no layer {layer}.").format(path=path, layer=layer_name)
        return tr("The GeoPackage {path} has no layer to read.").format(path=path)
    return tr("{path} cannot be opened as a layer; choose a GeoPackage, shapefile, GeoJSON or another GIS file.") \
        .format(path=path)
