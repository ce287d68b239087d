"""The provider's algorithms registered without importing them: stand-ins built from a cache of their definitions.

QGIS registers a provider's algorithms at every start and initialises each one (``addAlgorithm`` calls
``initAlgorithm``, so the registry's copy can be asked for its parameters). Importing the algorithm modules (and the
domain modules they import) was most of the plugin's share of a QGIS start. So after a start that registered the
real algorithms, their definitions — name, translated title, group and help, flags, every parameter as QGIS itself
serialises it (``toVariantMap``), the outputs — are written to a cache in the QGIS profile, and the next start
registers light stand-ins built from it. A stand-in's ``createInstance`` returns the real algorithm (its module
imported then), and Processing creates an instance for every dialog, run, batch, model and ``qgis_process run``:
only the registry's own copies are stand-ins, and they describe exactly what the real ones do.

The cache is used only when its key matches: the plugin's sources and translations (path, size and modification time
of every ``.py`` and ``.qm`` file), the interface language, QGIS's and Python's versions and this module's format.
Anything else — a changed file, another language, a parameter or output the cache cannot hold — registers the real
algorithms, and the cache is written again. An algorithm's definitions must therefore depend on nothing else (no
setting, environment variable or optional module decides a parameter).
"""

from __future__ import annotations

import importlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputHtml,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameters,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QIcon

from ..smart_municipality.compat.qt import ProcessingSourceType, enum_member, enum_value
from ..smart_municipality.i18n import tr
from ..smart_municipality.resources import icon_path

FORMAT = 3
PLUGIN_DIR = Path(__file__).resolve().parent.parent
#: the folders whose files define the algorithms (code, and the translations of their texts)
SOURCE_DIRS = ("processing", "smart_municipality", "i18n")
#: the outputs a stand-in can rebuild, by QGIS's output type; an algorithm with another one is never cached
OUTPUTS = {
    "outputFile": QgsProcessingOutputFile, "outputFolder": QgsProcessingOutputFolder,
    "outputHtml": QgsProcessingOutputHtml, "outputMultilayer": QgsProcessingOutputMultipleLayers,
    "outputNumber": QgsProcessingOutputNumber, "outputRaster": QgsProcessingOutputRasterLayer,
    "outputString": QgsProcessingOutputString, "outputVector": QgsProcessingOutputVectorLayer,
}


def cache_file(language: str) -> Path:
    """The cache of this plugin folder (several checkouts may share a profile) in ``language``."""
    folder = f"{zlib.crc32(str(PLUGIN_DIR).encode()):08x}"
    return (Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "smart_municipality"
            / f"algorithms-{folder}-{language}.marshal")


def cache_key(language: str) -> str:
    """What the definitions depend on, in full (compared, not hashed): every source and translation file with its
    size and modification time, the language and the versions. Plain ``os`` calls: this runs at every start."""
    lines = [f"{FORMAT} {language} {Qgis.QGIS_VERSION_INT} {sys.version_info[:2]}"]
    for folder in SOURCE_DIRS:
        lines += sorted(_files(os.path.join(str(PLUGIN_DIR), folder)))
    return "\n".join(lines)


def _files(folder: str):
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    yield from _files(entry.path)
            elif entry.name.endswith((".py", ".qm")):
                stat = entry.stat()
                yield f"{entry.path} {stat.st_size} {stat.st_mtime_ns}"


def load(language: str) -> list[QgsProcessingAlgorithm] | None:
    """Stand-ins of every algorithm from the cache, or None when there is no cache that matches."""
    try:
        cached = marshal.loads(cache_file(language).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(cached, dict) or cached.get("key") != cache_key(language):
        return None
    return [CachedAlgorithm(entry) for entry in cached["algorithms"]]


def save(language: str, algorithms: list[QgsProcessingAlgorithm]) -> bool:
    """Write the definitions of the (initialised) real ``algorithms``; False when one cannot be held exactly."""
    from . import algorithms as package

    entries = [describe(algorithm) for algorithm in algorithms]
    # a stand-in imports its class from the algorithms package by module name
    if any(entry is None or type(algorithm).__module__ != f"{package.__name__}.{entry['module']}"
           for entry, algorithm in zip(entries, algorithms)):
        return False
    try:
        data = marshal.dumps({"key": cache_key(language), "algorithms": _plain(entries)})
    except (TypeError, ValueError):  # a value marshal cannot hold
        return False
    # what the next start reads back must rebuild every definition exactly
    if [_rebuilt(entry) for entry in marshal.loads(data)["algorithms"]] != [_rebuilt(entry) for entry in entries]:
        return False
    target = cache_file(language)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)  # whole or not at all: another QGIS may be starting at the same time
    except OSError:
        return False
    return True


def _plain(value: Any) -> Any:
    """``value`` in the types marshal keeps (marshal: built into Python, so reading the cache imports nothing); a
    null QVariant (a parameter's unset minimum, filter or parent) becomes None, which QGIS reads back as unset."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, QVariant) and value.isNull():
        return None
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"{type(value).__name__} cannot be cached")


def _rebuilt(entry: dict[str, Any]) -> dict[str, Any]:
    """``entry`` with its parameters as the definitions QGIS rebuilds from them would serialise them."""
    parameters = [QgsProcessingParameters.parameterFromVariantMap(p).toVariantMap() for p in entry["parameters"]]
    return {**entry, "parameters": parameters}


def describe(algorithm: QgsProcessingAlgorithm) -> dict[str, Any] | None:
    """What the registry's copy of ``algorithm`` answers, in plain values; None when a part cannot be rebuilt."""
    parameters = [parameter.toVariantMap() for parameter in algorithm.parameterDefinitions()]
    for parameter, definition in zip(parameters, algorithm.parameterDefinitions()):
        rebuilt = QgsProcessingParameters.parameterFromVariantMap(parameter)
        if rebuilt is None or type(rebuilt) is not type(definition) or rebuilt.toVariantMap() != parameter:
            return None
    outputs = []
    for output in algorithm.outputDefinitions():
        if output.type() not in OUTPUTS:
            return None
        data_type = output.dataType() if output.type() == "outputVector" else None
        outputs.append([output.type(), output.name(), output.description(),
                        None if data_type is None else enum_value(data_type)])
    kind = type(algorithm)
    return {"module": kind.__module__.rpartition(".")[2], "class": kind.__qualname__, "name": algorithm.name(),
            "display_name": _text(algorithm.displayName(), kind, "DISPLAY_NAME"),
            "group": _text(algorithm.group(), kind, "GROUP"), "group_id": algorithm.groupId(),
            "help": _text(algorithm.shortHelpString(), kind, "HELP"), "description": algorithm.shortDescription(),
            "help_url": algorithm.helpUrl(), "tags": algorithm.tags(), "flags": enum_value(algorithm.flags()),
            "parameters": parameters, "outputs": outputs}


def _text(answer: str, kind: type, attribute: str) -> str | None:
    """The class's English ``attribute`` when ``answer`` is its translation (the stand-in translates it when asked,
    as the real algorithm does); else None: the stand-in asks the real algorithm (a help text put together)."""
    source = getattr(kind, attribute, None)
    return source if isinstance(source, str) and tr(source) == answer else None


class CachedAlgorithm(QgsProcessingAlgorithm):
    """The registry's copy of an algorithm, from its cached definitions; every instance Processing creates from it
    is the real algorithm."""

    def __init__(self, entry: dict[str, Any]) -> None:
        super().__init__()
        self._entry = entry
        #: the real algorithm, created when a text the cache does not hold is asked for
        self._real: QgsProcessingAlgorithm | None = None
        self._running: QgsProcessingAlgorithm | None = None

    def real_class(self) -> type:
        from . import algorithms

        module = importlib.import_module(f"{algorithms.__name__}.{self._entry['module']}")
        return getattr(module, self._entry["class"])

    def createInstance(self) -> QgsProcessingAlgorithm:  # noqa: N802 - QGIS API name
        return self.real_class()()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        for parameter in self._entry["parameters"]:
            self.addParameter(QgsProcessingParameters.parameterFromVariantMap(parameter))  # its output with it
        for kind, name, description, data_type in self._entry["outputs"]:
            if self.outputDefinition(name) is not None:
                continue
            if kind == "outputVector":
                self.addOutput(OUTPUTS[kind](name, description, enum_member(ProcessingSourceType, data_type)))
            else:
                self.addOutput(OUTPUTS[kind](name, description))

    def name(self) -> str:
        return self._entry["name"]

    def _text(self, key: str, method: str) -> str:
        source = self._entry[key]
        if source is not None:
            return tr(source)
        if self._real is None:
            self._real = self.createInstance()
        return getattr(self._real, method)()

    def displayName(self) -> str:  # noqa: N802
        return self._text("display_name", "displayName")

    def group(self) -> str:
        return self._text("group", "group")

    def groupId(self) -> str:  # noqa: N802
        return self._entry["group_id"]

    def shortHelpString(self) -> str:  # noqa: N802
        return self._text("help", "shortHelpString")

    def shortDescription(self) -> str:  # noqa: N802
        return self._entry["description"]

    def helpUrl(self) -> str:  # noqa: N802
        return self._entry["help_url"]

    def tags(self) -> list[str]:
        return list(self._entry["tags"])

    def flags(self):
        return type(super().flags())(self._entry["flags"])

    def icon(self) -> QIcon:
        return QIcon(icon_path("smart_municipality.svg"))

    # Processing runs instances it creates; a caller that runs the registry's copy itself gets the real algorithm too
    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        self._running = self.create({})
        return self._running.prepareAlgorithm(parameters, context, feedback)

    def processAlgorithm(self, parameters, context, feedback) -> dict[str, Any]:  # noqa: N802
        return self._running.processAlgorithm(parameters, context, feedback)

    def postProcessAlgorithm(self, context, feedback) -> dict[str, Any]:  # noqa: N802
        return self._running.postProcessAlgorithm(context, feedback)

