"""The plugin tree uses no idiom that QGIS 4 (Qt6, PyQt6) rejects — checked statically, on QGIS 3.22, 3.40 and 3.44.

QGIS 4 packages are not available to us, so ``supportsQt6=True`` in metadata.txt is backed by this scan. It looks
for what QGIS's own ``pyqt5_to_pyqt6`` migration script rewrites or warns about, and for the QGIS enums that QGIS 4
only knows under ``Qgis.*``:

- unscoped enum access on a Qt or QGIS class (``Qt.AlignLeft``, ``QgsWkbTypes.Point``): PyQt6 only has the scoped
  form (``Qt.AlignmentFlag.AlignLeft``). Found by resolving each ``Class.NAME`` of the file's own ``qgis.*`` imports
  on the running QGIS: an enum member reached through its class instead of through its enum is unscoped;
- QFlags classes (``Qt.Alignment``, ``QgsProcessingAlgorithm.Flags``): gone in PyQt6, use the enum;
- QGIS enums that moved to ``Qgis.*`` and are gone from their class in QGIS 4 (``QgsProcessing.SourceType``,
  ``QgsWkbTypes.GeometryType``, ...): use the names of ``smart_municipality.compat.qt``;
- ``QAction``/``QActionGroup``/``QShortcut``… imported from QtWidgets (QtGui in Qt6): import them from compat.qt;
- ``exec_()``, ``QVariant.X`` field types and ``QVariant()``, ``QRegExp``, ``QDesktopWidget``, ``desktop()``,
  ``qApp``, ``PyQt5`` imports, ``Qt.MidButton`` & co., ``QFontMetrics.width``, ``activated[str]``, the 8-argument
  ``QDateTime``, and ``pos()``/``globalPos()``/``delta()`` on the event of an ``...Event`` handler.

Only ``smart_municipality/compat/`` may keep a legacy name, on a line marked ``# qt6: legacy``: the version branch.
"""

from __future__ import annotations

import ast
import enum
import importlib
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from qgis.core import Qgis

REPO = Path(__file__).resolve().parents[2]
# What runs inside QGIS: the plugin's entry point, its packages and the scripts that run with qgis.core.
TREE = ("__init__.py", "smart_municipality", "processing", "scripts")
LEGACY_MARK = "# qt6: legacy"
LEGACY_ALLOWED_IN = "smart_municipality/compat/"
COMPAT_MODULE = "smart_municipality.smart_municipality.compat.qt"  # the plugin as QGIS imports it (tests/conftest.py)

# Qt classes that moved from QtWidgets (Qt5) to QtGui (Qt6).
MOVED_TO_QTGUI = frozenset({"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoGroup", "QUndoStack",
                            "QFileSystemModel"})
# Classes Qt6 removed (QtCore5Compat is not shipped with QGIS 4).
REMOVED_CLASSES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen())",
    "QTextCodec": "bytes.decode / QStringDecoder",
    "QGLWidget": "QOpenGLWidget",
    "QMatrix": "QTransform",
    "QLinkedList": "a Python list",
    "QDirModel": "QFileSystemModel",
    "QWebView": "QgsWebView",
    "QSound": "QSoundEffect",
    "QStringRef": "str",
}
# Enum members Qt6 renamed (pyqt5_to_pyqt6's deprecated_renamed_enums).
RENAMED_MEMBERS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
# QGIS enums that exist (scoped) on their class in 3.22 but only as ``Qgis.*`` in QGIS 4: the class-level enum and
# every member of it. The compat module gives each one name that works on both.
MOVED_QGIS_ENUMS = {
    ("QgsProcessing", "SourceType"): "ProcessingSourceType",
    ("QgsProcessingParameterNumber", "Type"): "ProcessingNumberParameterType",
    ("QgsProcessingParameterField", "DataType"): "ProcessingFieldParameterDataType",
    ("QgsProcessingParameterDateTime", "Type"): "ProcessingDateTimeParameterDataType",
    ("QgsProcessingAlgorithm", "Flag"): "ProcessingAlgorithmFlag",
    ("QgsWkbTypes", "Type"): "WkbType",
    ("QgsWkbTypes", "GeometryType"): "GeometryType",
    ("QgsUnitTypes", "DistanceUnit"): "DistanceUnit",
    ("QgsUnitTypes", "LayoutUnit"): "LayoutUnit",
    ("QgsUnitTypes", "RenderUnit"): "RenderUnit",
    ("QgsMapLayerProxyModel", "Filter"): "LayerFilter",
    ("QgsPalLayerSettings", "Placement"): "LabelPlacement",
    ("QgsFeatureRequest", "Flag"): "FeatureRequestFlag",
    ("QgsScaleBarSettings", "SegmentSizeMode"): "ScaleBarSegmentSizeMode",
    ("QgsColorRampShader", "Type"): "ShaderInterpolationMethod",
    ("QgsTemporalNavigationObject", "NavigationMode"): "TemporalNavigationMode",
    ("QgsLegendStyle", "Style"): "LegendComponent",
}

SUFFIXES_OF_EVENTS = ("Event",)
EVENT_METHODS_GONE = {"pos": "position()", "globalPos": "globalPosition()", "x": "position().x()",
                      "y": "position().y()", "globalX": "globalPosition().x()", "globalY": "globalPosition().y()",
                      "delta": "angleDelta()", "posF": "position()", "localPos": "position()",
                      "windowPos": "scenePosition()", "screenPos": "globalPosition()"}

_MISSING = object()


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _enum_type(value: object) -> type | None:
    """The enum class of an enum member (a sip enum in PyQt5, a Python enum in QGIS's scoped enums), else None."""
    kind = type(value)
    if isinstance(value, enum.Enum) or type(kind).__name__ == "enumtype":
        return kind
    return None


def _is_enum_class(value: object) -> bool:
    return isinstance(value, type) and (issubclass(value, enum.Enum) or type(value).__name__ == "enumtype")


def _flags_classes(owner: type) -> dict[type, str]:
    """QFlags classes of ``owner`` (``Qt.Alignment``): the type ``A | B`` of two members of one of its sip enums has,
    when that is not the enum itself. PyQt6 has no such classes; the enum is the flag."""
    found = {}
    # sip keeps the members of an unscoped enum in the owner's namespace, not in the enum's
    members: dict[type, object] = {}
    for value in list(vars(owner).values()):
        kind = type(value)
        if type(kind).__name__ == "enumtype":
            members.setdefault(kind, value)
    for kind, member in members.items():
        try:
            combined = type(member | member)
        except TypeError:
            continue
        if combined is not kind and combined is not int:
            found[combined] = kind.__name__
    return found


# The QGIS 4 names compat.qt exports for the moved enums.
COMPAT_NAMES = frozenset(MOVED_QGIS_ENUMS.values())


def _use(name: str) -> str:
    return f"compat.qt {name}" if name in COMPAT_NAMES else f"Qgis.{name}"


def _moved_to_qgis(owner: type, value: object) -> str | None:
    """The name of ``value`` in ``Qgis`` when it is a ``Qgis.*`` enum or flags class that ``owner`` (another class)
    still offers under its QGIS 3 name: QGIS 3.30–3.40 moved these to ``Qgis`` and alias them on the old class for
    old code (``QgsWkbTypes.Point`` is ``Qgis.WkbType.Point`` there); QGIS 4 drops the aliases. On 3.22 the legacy
    enums are not in ``Qgis`` yet, and MOVED_QGIS_ENUMS names them."""
    name = getattr(value, "__name__", None)
    if owner is Qgis or not isinstance(value, type) or not name or getattr(Qgis, name, None) is not value:
        return None
    return name


def _is_legacy_alias(owner: type, attr: str) -> bool:
    """``attr`` reaches a member of the Python enum ``owner`` but is none of its names (QGIS 3.36+ sets the 3.22
    names, ``Qgis.ProcessingSourceType.TypeVectorPoint``, as plain attributes of the moved enum)."""
    members = getattr(owner, "__members__", None)
    return isinstance(owner, type) and issubclass(owner, enum.Enum) and members is not None and attr not in members


class Scanner(ast.NodeVisitor):
    """One file's findings. Names are resolved through the file's own imports of qgis.* / PyQt modules."""

    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.lines = source.splitlines()
        self.tree = ast.parse(source, filename=path)
        self.findings: list[Finding] = []
        self.names: dict[str, object] = {}
        self._flags_cache: dict[type, dict[type, str]] = {}
        self._moved_enums: set[ast.AST] = set()  # ``Class.Enum`` nodes reported as moved to Qgis
        self._parents: dict[ast.AST, ast.AST] = {}
        for parent in ast.walk(self.tree):
            for child in ast.iter_child_nodes(parent):
                self._parents[child] = parent

    # -- helpers ---------------------------------------------------------------------------------------------------
    def report(self, node: ast.AST, message: str) -> None:
        line = getattr(node, "lineno", 0)
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        if LEGACY_MARK in text and self.path.startswith(LEGACY_ALLOWED_IN):
            return
        self.findings.append(Finding(self.path, line, message))

    def resolve(self, node: ast.AST) -> object:
        """The Qt/QGIS object an expression names (``Qt``, ``Qt.AlignmentFlag``, ``QtCore.Qt``), else _MISSING."""
        if isinstance(node, ast.Name):
            return self.names.get(node.id, _MISSING)
        if isinstance(node, ast.Attribute):
            owner = self.resolve(node.value)
            if owner is _MISSING:
                return _MISSING
            return getattr(owner, node.attr, _MISSING)
        return _MISSING

    @staticmethod
    def _import(module: str) -> object:
        try:
            return importlib.import_module(module)
        except ImportError:
            return _MISSING

    # -- imports ---------------------------------------------------------------------------------------------------
    def collect_imports(self) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("compat.qt"):
                # our own compat names are resolved too, so a misspelt member is found here, not in QGIS
                module = self._import(COMPAT_MODULE)
                for alias in node.names:
                    value = getattr(module, alias.name, _MISSING)
                    if value is _MISSING:
                        self.report(node, f"compat.qt has no {alias.name}")
                    else:
                        self.names[alias.asname or alias.name] = value
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                self._check_import_from(node)
                if not node.module.startswith(("qgis", "PyQt5", "PyQt6")):
                    continue
                module = self._import(node.module)
                for alias in node.names:
                    value = getattr(module, alias.name, _MISSING) if module is not _MISSING else _MISSING
                    if value is _MISSING:  # e.g. ``from qgis import core``
                        value = self._import(f"{node.module}.{alias.name}")
                    if value is not _MISSING:
                        self.names[alias.asname or alias.name] = value
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith(("qgis", "PyQt5", "PyQt6")):
                        if alias.name.startswith("PyQt5"):
                            self.report(node, f"import {alias.name}: import Qt through qgis.PyQt")
                        # ``import qgis.core`` binds ``qgis``; ``import qgis.core as core`` binds ``core``
                        module = self._import(alias.name if alias.asname else alias.name.split(".")[0])
                        if module is not _MISSING:
                            self.names[alias.asname or alias.name.split(".")[0]] = module

    def _check_import_from(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module.startswith("PyQt5"):
            self.report(node, f"from {module} import …: import Qt through qgis.PyQt")
        if module == "qgis.PyQt.Qt":
            self.report(node, "qgis.PyQt.Qt is gone in Qt6: import from qgis.PyQt.QtCore/QtGui/QtWidgets")
        for alias in node.names:
            if module.endswith("QtWidgets") and alias.name in MOVED_TO_QTGUI:
                self.report(node, f"{alias.name} is in QtGui in Qt6: import it from smart_municipality compat.qt")
            if alias.name in REMOVED_CLASSES:
                self.report(node, f"{alias.name} is removed in Qt6: use {REMOVED_CLASSES[alias.name]}")
            if alias.name == "qApp":
                self.report(node, "qApp is removed in Qt6: use QApplication.instance()")
            if alias.name == "resources_rc":
                self.report(node, "compiled resources (resources_rc) are removed in Qt6: load files by path")

    # -- visitors --------------------------------------------------------------------------------------------------
    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and (node.value.id, node.attr) in RENAMED_MEMBERS:
            self.report(node, f"{node.value.id}.{node.attr} is gone in Qt6: use "
                              f"{RENAMED_MEMBERS[(node.value.id, node.attr)]}")
            return
        if isinstance(node.value, ast.Name) and node.value.id == "QVariant":
            self.report(node, f"QVariant.{node.attr}: QVariant types are gone in Qt6 (QMetaType.Type from QGIS "
                              "3.38): use compat.qt field types")
            return
        if isinstance(node.value, ast.Name) and node.value.id == "qApp":
            self.report(node, "qApp is removed in Qt6: use QApplication.instance()")
            return
        owner = self.resolve(node.value)
        if owner is _MISSING or isinstance(self._parents.get(node), ast.Assign) and node in getattr(
                self._parents[node], "targets", ()):
            return
        owner_name = getattr(owner, "__name__", "?")
        value = getattr(owner, node.attr, _MISSING)
        if value is _MISSING:
            if isinstance(owner, type) or type(owner).__name__ in ("module", "_LegacyEnum"):
                self.report(node, f"{owner_name}.{node.attr} does not exist on this QGIS "
                                  f"({Qgis.version() if Qgis else '?'})")
            return
        if not isinstance(owner, type):
            return
        moved = MOVED_QGIS_ENUMS.get((owner_name, node.attr)) or _moved_to_qgis(owner, value)
        if moved and _is_enum_class(value):
            self._moved_enums.add(node)
            self.report(node, f"{owner_name}.{node.attr} is Qgis.{moved} in QGIS 4: use {_use(moved)}")
            return
        kind = _enum_type(value)
        if kind is owner and _is_legacy_alias(owner, node.attr) and node.value not in self._moved_enums:
            # (``QgsWkbTypes.GeometryType.PointGeometry`` is one finding, on the moved enum, as on 3.22)
            # QGIS 3.36+ (Qgis.* enums) keeps the 3.22 member names on the moved enum for old code; QGIS 4 has not
            self.report(node, f"{owner_name}.{node.attr} does not exist in QGIS 4 (a QGIS 3 alias on "
                              f"{Qgis.version()}): use {owner_name}.{value.name}")
            return
        if kind is not None and kind is not owner:
            moved = MOVED_QGIS_ENUMS.get((owner_name, kind.__name__)) or _moved_to_qgis(owner, kind)
            if moved and moved not in COMPAT_NAMES:
                self.report(node, f"unscoped {owner_name}.{node.attr} is Qgis.{moved} in QGIS 4: use "
                                  f"Qgis.{moved}.{value.name}")
            elif moved:
                self.report(node, f"unscoped {owner_name}.{node.attr} is Qgis.{moved} in QGIS 4: use compat.qt "
                                  f"{moved}")
            else:
                self.report(node, f"unscoped enum {owner_name}.{node.attr}: use {owner_name}.{kind.__name__}."
                                  f"{node.attr}")
            return
        if isinstance(value, type) and not _is_enum_class(value):
            flags = self._flags_cache.setdefault(owner, _flags_classes(owner))
            moved = MOVED_QGIS_ENUMS.get((owner_name, flags.get(value, "")))
            moved_flags = _moved_to_qgis(owner, value)  # QGIS 3.36+: the Qgis.*Flags class itself
            if value in flags and moved:
                self.report(node, f"{owner_name}.{node.attr} is Qgis.{moved}s in QGIS 4: use {_use(moved)}")
            elif moved_flags and moved_flags.endswith("s") and _is_enum_class(getattr(Qgis, moved_flags[:-1], None)):
                self.report(node, f"{owner_name}.{node.attr} is Qgis.{moved_flags} in QGIS 4: use "
                                  f"{_use(moved_flags[:-1])}")
            elif value in flags and not owner.__module__.startswith("qgis"):
                # QGIS 4 keeps ``QgsX.Flags`` of its own classes as a callable; PyQt6 has no Qt QFlags classes
                self.report(node, f"{owner_name}.{node.attr} is a QFlags class, gone in PyQt6: use "
                                  f"{owner_name}.{flags[value]}")

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in REMOVED_CLASSES and isinstance(node.ctx, ast.Load):
            self.report(node, f"{node.id} is removed in Qt6: use {REMOVED_CLASSES[node.id]}")

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr == "exec_":
                self.report(node, "exec_() is gone in Qt6: use exec()")
            elif func.attr == "desktop" and not node.args:
                self.report(node, "QApplication.desktop() (QDesktopWidget) is removed in Qt6: use screens")
            elif func.attr == "width" and self._is_font_metrics(func.value):
                self.report(node, "QFontMetrics.width() is removed in Qt6: use horizontalAdvance()")
        elif isinstance(func, ast.Name):
            if func.id == "QVariant":
                self.report(node, "QVariant() is gone in Qt6: use qgis.core NULL")
            elif func.id == "QDateTime" and len(node.args) == 8:
                self.report(node, "QDateTime(y, m, d, h, m, s, ms, spec) is gone in Qt6: use QDateTime(QDate, QTime, "
                                  "spec)")

    def _is_font_metrics(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Call):
            func = node.func
            return (isinstance(func, ast.Attribute) and func.attr == "fontMetrics") or (
                isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF"))
        if isinstance(node, ast.Name):  # a variable assigned from QFontMetrics(...) in the same file
            for other in ast.walk(self.tree):
                if (isinstance(other, ast.Assign) and any(isinstance(t, ast.Name) and t.id == node.id
                                                          for t in other.targets)
                        and self._is_font_metrics(other.value)):
                    return True
        return False

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.generic_visit(node)
        if (isinstance(node.value, ast.Attribute) and node.value.attr in ("activated", "currentIndexChanged",
                                                                            "highlighted")
                and isinstance(node.slice, ast.Name) and node.slice.id == "str"):
            self.report(node, f"{node.value.attr}[str] is removed in Qt6: use textActivated / currentTextChanged")

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name == "exec_":
            self.report(node, "a method named exec_ is gone in Qt6: name it exec")
        if node.name.endswith(SUFFIXES_OF_EVENTS) and len(node.args.args) >= 2:
            event = node.args.args[1].arg
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and isinstance(inner.func.value, ast.Name) and inner.func.value.id == event
                        and inner.func.attr in EVENT_METHODS_GONE and not inner.args):
                    self.report(inner, f"{event}.{inner.func.attr}() of a Qt event is gone or deprecated in Qt6 "
                                       f"({EVENT_METHODS_GONE[inner.func.attr]}): use compat.qt")
        self.generic_visit(node)

    def scan(self) -> list[Finding]:
        self.collect_imports()
        self.visit(self.tree)
        return self.findings


def scan_source(path: str, source: str) -> list[Finding]:
    return Scanner(path, source).scan()


def plugin_files() -> list[Path]:
    files = []
    for entry in TREE:
        path = REPO / entry
        files.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return [f for f in files if "__pycache__" not in f.parts]


def scan_tree() -> list[Finding]:
    findings = []
    for path in plugin_files():
        findings.extend(scan_source(path.relative_to(REPO).as_posix(), path.read_text(encoding="utf-8")))
    return findings


# -- the tree ----------------------------------------------------------------------------------------------------------
def test_the_plugin_tree_is_qt6_ready():
    files = plugin_files()
    assert len(files) > 100, "the scan must see the whole plugin tree"
    findings = scan_tree()
    assert not findings, f"{len(findings)} Qt6/QGIS 4 findings:\n" + "\n".join(map(str, findings))


def test_metadata_claims_qt6_support():
    metadata = (REPO / "metadata.txt").read_text(encoding="utf-8")
    assert "supportsQt6=True" in metadata.splitlines()


# -- the scanner, on bad code ------------------------------------------------------------------------------------------
BAD = {
    "unscoped Qt enum": ("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop\n",
                         ["unscoped enum Qt.AlignLeft: use Qt.AlignmentFlag.AlignLeft"]),
    "unscoped widget enum": ("from qgis.PyQt.QtWidgets import QSizePolicy, QDialogButtonBox\n"
                             "p = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Policy.Fixed)\n"
                             "b = QDialogButtonBox.Ok\n",
                             ["unscoped enum QSizePolicy.Expanding", "unscoped enum QDialogButtonBox.Ok"]),
    "fully dotted": ("import qgis.core\nw = qgis.core.QgsWkbTypes.Point\n",
                     ["unscoped QgsWkbTypes.Point is Qgis.WkbType"]),
    "module-qualified": ("from qgis.PyQt import QtCore\nx = QtCore.Qt.Checked\n", ["unscoped enum Qt.Checked"]),
    "unscoped QGIS enum": ("from qgis.core import QgsProcessing\nt = [QgsProcessing.TypeVectorPoint]\n",
                           ["unscoped QgsProcessing.TypeVectorPoint is Qgis.ProcessingSourceType"]),
    "moved QGIS enum": ("from qgis.core import QgsWkbTypes\ng = QgsWkbTypes.GeometryType.PointGeometry\n",
                        ["QgsWkbTypes.GeometryType is Qgis.GeometryType in QGIS 4"]),
    "moved QGIS flags": ("from qgis.core import QgsProcessingAlgorithm\nf = QgsProcessingAlgorithm.Flags()\n",
                         ["QgsProcessingAlgorithm.Flags is Qgis.ProcessingAlgorithmFlags in QGIS 4"]),
    "QFlags class": ("from qgis.PyQt.QtCore import Qt\nf = Qt.ItemFlags()\n", ["Qt.ItemFlags is a QFlags class"]),
    "QAction from QtWidgets": ("from qgis.PyQt.QtWidgets import QMenu, QAction\n", ["QAction is in QtGui in Qt6"]),
    "exec_": ("def run(dialog):\n    return dialog.exec_()\n", ["exec_() is gone in Qt6"]),
    "QVariant field": ("from qgis.PyQt.QtCore import QVariant\nfrom qgis.core import QgsField\n"
                       "f = QgsField('a', QVariant.Int)\n", ["QVariant.Int: QVariant types are gone"]),
    "QVariant null": ("from qgis.PyQt.QtCore import QVariant\nv = QVariant()\n", ["QVariant() is gone"]),
    "QRegExp": ("from qgis.PyQt.QtCore import QRegExp\nr = QRegExp('a')\n",
                ["QRegExp is removed in Qt6", "QRegExp is removed in Qt6"]),
    "desktop": ("from qgis.PyQt.QtWidgets import QApplication\nw = QApplication.desktop().width()\n",
                ["desktop() (QDesktopWidget) is removed"]),
    "MidButton": ("from qgis.PyQt.QtCore import Qt\nb = Qt.MidButton\n", ["Qt.MidButton is gone in Qt6"]),
    "font metrics": ("def f(widget):\n    m = widget.fontMetrics()\n    return m.width('x') + "
                     "widget.fontMetrics().width('y')\n",
                     ["QFontMetrics.width() is removed", "QFontMetrics.width() is removed"]),
    "event pos": ("class Tool:\n    def canvasReleaseEvent(self, event):\n        return event.pos(), "
                  "event.globalPos()\n", ["event.pos() of a Qt event", "event.globalPos() of a Qt event"]),
    "PyQt5 import": ("from PyQt5.QtCore import QTimer\n", ["import Qt through qgis.PyQt"]),
    "misspelt compat member": ("from ..compat.qt import ProcessingSourceType\n"
                               "t = ProcessingSourceType.TypeVectorPoint\n",
                               ["ProcessingSourceType.TypeVectorPoint does not exist"]),
    "unknown compat name": ("from ..compat.qt import SourceType\n", ["compat.qt has no SourceType"]),
    "activated[str]": ("def f(box, slot):\n    box.activated[str].connect(slot)\n", ["activated[str] is removed"]),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_the_scanner_finds_bad_code(case):
    source, expected = BAD[case]
    findings = scan_source("sample.py", source)
    messages = [f.message for f in findings]
    assert len(findings) == len(expected), messages
    for want, got in zip(expected, messages):
        assert want in got, (want, messages)
    assert all(str(f).startswith("sample.py:") for f in findings)


def test_the_scanner_names_the_line():
    source = "from qgis.PyQt.QtCore import Qt\n\n\nx = (1,\n     Qt.red)\n"
    assert [str(f) for f in scan_source("pkg/m.py", source)] == [
        "pkg/m.py:5: unscoped enum Qt.red: use Qt.GlobalColor.red"]


def test_the_scanner_accepts_qt6_code():
    source = textwrap.dedent("""
        from qgis.PyQt.QtCore import Qt, QDateTime, QDate, QTime
        from qgis.PyQt.QtWidgets import QSizePolicy, QMenu, QDialog
        from qgis.core import Qgis, QgsProject, NULL
        a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        p = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        level = Qgis.MessageLevel.Warning
        project = QgsProject.instance()
        when = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt.TimeSpec.UTC)
        value = NULL

        def show(dialog: QDialog) -> int:
            return dialog.exec()

        class Tool:
            def canvasReleaseEvent(self, event):
                return event.mapPoint(), event.button() == Qt.MouseButton.LeftButton
    """)
    assert scan_source("good.py", source) == []


def test_only_compat_may_keep_a_marked_legacy_name():
    source = "from qgis.PyQt.QtCore import QVariant\nSTRING = QVariant.String  # qt6: legacy (Qt5 branch)\n"
    assert scan_source("smart_municipality/compat/qt.py", source) == []
    assert len(scan_source("smart_municipality/gui/panel.py", source)) == 1


# -- the compat module: QGIS 4 names over the 3.22 members ----------------------------------------------------------
# The QGIS 4 member names the plugin uses (Qgis.* API of QGIS 3.36+), each with the legacy name it was on 3.22.
QGIS4_MEMBERS = {
    "ProcessingSourceType": {"VectorPoint": "QgsProcessing.TypeVectorPoint", "Vector": "QgsProcessing.TypeVector",
                             "VectorAnyGeometry": "QgsProcessing.TypeVectorAnyGeometry",
                             "MapLayer": "QgsProcessing.TypeMapLayer"},
    "ProcessingNumberParameterType": {"Integer": "QgsProcessingParameterNumber.Integer",
                                      "Double": "QgsProcessingParameterNumber.Double"},
    "ProcessingFieldParameterDataType": {"Numeric": "QgsProcessingParameterField.Numeric"},
    "ProcessingDateTimeParameterDataType": {"Date": "QgsProcessingParameterDateTime.Date"},
    "ProcessingAlgorithmFlag": {"NoThreading": "QgsProcessingAlgorithm.FlagNoThreading"},
    "WkbType": {"Point": "QgsWkbTypes.Point", "MultiPolygon": "QgsWkbTypes.MultiPolygon",
                "NoGeometry": "QgsWkbTypes.NoGeometry", "Unknown": "QgsWkbTypes.Unknown"},
    "GeometryType": {"Point": "QgsWkbTypes.PointGeometry", "Line": "QgsWkbTypes.LineGeometry",
                     "Polygon": "QgsWkbTypes.PolygonGeometry"},
    "DistanceUnit": {"Meters": "QgsUnitTypes.DistanceMeters", "Kilometers": "QgsUnitTypes.DistanceKilometers",
                     "Unknown": "QgsUnitTypes.DistanceUnknownUnit"},
    "LayoutUnit": {"Millimeters": "QgsUnitTypes.LayoutMillimeters"},
    "RenderUnit": {"Millimeters": "QgsUnitTypes.RenderMillimeters", "Unknown": "QgsUnitTypes.RenderUnknownUnit"},
    "LayerFilter": {"PointLayer": "QgsMapLayerProxyModel.PointLayer",
                    "RasterLayer": "QgsMapLayerProxyModel.RasterLayer"},
    "LabelPlacement": {"OverPoint": "QgsPalLayerSettings.OverPoint", "Line": "QgsPalLayerSettings.Line"},
    "FeatureRequestFlag": {"NoGeometry": "QgsFeatureRequest.NoGeometry"},
    "ScaleBarSegmentSizeMode": {"Fixed": "QgsScaleBarSettings.SegmentSizeFixed",
                                "FitWidth": "QgsScaleBarSettings.SegmentSizeFitWidth"},
    "ShaderInterpolationMethod": {"Linear": "QgsColorRampShader.Interpolated",
                                  "Discrete": "QgsColorRampShader.Discrete"},
    "TemporalNavigationMode": {"Animated": "QgsTemporalNavigationObject.Animated"},
    "LegendComponent": {"Title": "QgsLegendStyle.Title", "SymbolLabel": "QgsLegendStyle.SymbolLabel"},
}


@pytest.fixture(scope="module")
def compat():
    return importlib.import_module(COMPAT_MODULE)


def test_compat_has_every_moved_enum(compat):
    assert set(MOVED_QGIS_ENUMS.values()) == set(QGIS4_MEMBERS)
    for name in QGIS4_MEMBERS:
        assert name in compat.__all__ and getattr(compat, name) is not None


@pytest.mark.parametrize("name", sorted(QGIS4_MEMBERS))
def test_compat_enum_members_are_the_qgis_members(compat, name):
    import qgis.core

    enum_ = getattr(compat, name)
    for member, legacy in QGIS4_MEMBERS[name].items():
        value = getattr(enum_, member)
        if hasattr(Qgis, name):  # QGIS with the enum in Qgis.*: compat is that enum
            assert value is getattr(getattr(Qgis, name), member)
        else:
            owner, attr = legacy.split(".")
            expected = getattr(getattr(qgis.core, owner), attr)
            assert value == expected and type(value) is type(expected), (name, member, legacy)


def test_compat_fields_have_the_types_qgis_gives_them(compat):
    from qgis.core import QgsVectorLayer

    kinds = {"text": compat.FIELD_STRING, "whole": compat.FIELD_INT, "big": compat.FIELD_LONG,
             "real": compat.FIELD_DOUBLE, "flag": compat.FIELD_BOOL, "day": compat.FIELD_DATE,
             "moment": compat.FIELD_DATETIME}
    layer = QgsVectorLayer("None", "t", "memory")
    layer.dataProvider().addAttributes([compat.new_field(name, kind) for name, kind in kinds.items()])
    layer.updateFields()
    assert {f.name(): f.type() for f in layer.fields()} == kinds
    made = {f.name(): f.typeName().lower() for f in layer.fields()}
    assert made == {"text": "string", "whole": "integer", "big": "int8", "real": "double", "flag": "boolean",
                    "day": "date", "moment": "datetime"}
    assert compat.new_field("code", compat.FIELD_STRING, length=20).length() == 20
    assert isinstance(compat.FIELD_STRING, compat.FieldType)


def test_compat_qaction_is_the_qt_class(compat):
    from qgis.PyQt import QtGui, QtWidgets

    assert compat.QAction is getattr(QtGui, "QAction", None) or compat.QAction is QtWidgets.QAction
