"""Qt and QGIS names that differ between QGIS 3.22 (Qt5) and QGIS 4 (Qt6): one import for the rest of the plugin.

- Classes that moved module: ``QAction``, ``QActionGroup``, ``QShortcut`` (QtWidgets in Qt5, QtGui in Qt6).
- Field types: ``QgsField`` takes a ``QMetaType.Type`` from QGIS 3.38 on (``QVariant.Type`` is deprecated there and
  gone in Qt6) and only a ``QVariant.Type`` below; ``new_field()`` and the ``FIELD_*`` constants pick the right one.
- QGIS enums that QGIS 3.30–3.36 moved to ``Qgis.*`` and that QGIS 4 no longer has on their old class
  (``QgsProcessing.SourceType`` → ``Qgis.ProcessingSourceType``, ``QgsWkbTypes.GeometryType`` →
  ``Qgis.GeometryType``, …). Each is exported under its QGIS 4 name with its QGIS 4 member names
  (``ProcessingSourceType.VectorPoint``, ``GeometryType.Point``): the real ``Qgis`` enum where it exists, else a
  namespace over the legacy members (``QgsProcessing.TypeVectorPoint``), so comparisons with what the API returns hold.
- Event positions: ``QMouseEvent.pos()``/``globalPos()`` are ``position()``/``globalPosition()`` (QPointF) in Qt6.

Lines that name a legacy spelling carry ``# qt6: legacy``; ``tests/unit/test_qt6_ready.py`` allows them only here.
"""

from __future__ import annotations

from typing import Callable

from qgis.core import (
    Qgis,
    QgsColorRampShader,
    QgsFeatureRequest,
    QgsField,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLegendStyle,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsScaleBarSettings,
    QgsSymbolLayer,
    QgsTemporalNavigationObject,
    QgsTextFormat,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QPoint
from qgis.PyQt.QtGui import QColor, QFont

try:  # Qt6
    from qgis.PyQt.QtGui import QAction, QActionGroup, QShortcut
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction, QActionGroup, QShortcut  # qt6: legacy

__all__ = [
    "FIELD_BOOL", "FIELD_DATE", "FIELD_DATETIME", "FIELD_DOUBLE", "FIELD_INT", "FIELD_LONG", "FIELD_STRING",
    "FIELD_TIME", "DistanceUnit", "FeatureRequestFlag", "FieldType", "GeometryType", "LabelPlacement", "LayerFilter",
    "LayoutUnit", "LegendComponent", "ProcessingAlgorithmFlag", "ProcessingDateTimeParameterDataType",
    "ProcessingFieldParameterDataType", "ProcessingNumberParameterType", "ProcessingParameterFlag",
    "ProcessingSourceType", "QAction",
    "QActionGroup", "QShortcut", "RenderUnit", "ScaleBarSegmentSizeMode", "ShaderInterpolationMethod",
    "SymbolLayerProperty", "TemporalNavigationMode", "WkbType",
    "enum_member", "enum_value", "event_global_pos", "event_pos", "label_font", "legend_font", "new_field",
    "qt_translations_path", "set_label_font", "set_legend_font", "unfollowed_redirect",
]

# -- field types -----------------------------------------------------------------------------------------------------
if Qgis.versionInt() >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    FIELD_STRING = QMetaType.Type.QString
    FIELD_INT = QMetaType.Type.Int
    FIELD_LONG = QMetaType.Type.LongLong
    FIELD_DOUBLE = QMetaType.Type.Double
    FIELD_BOOL = QMetaType.Type.Bool
    FIELD_DATE = QMetaType.Type.QDate
    FIELD_TIME = QMetaType.Type.QTime
    FIELD_DATETIME = QMetaType.Type.QDateTime
else:  # QgsField of QGIS < 3.38 rejects a QMetaType.Type
    from qgis.PyQt.QtCore import QVariant  # qt6: legacy

    FIELD_STRING = QVariant.String  # qt6: legacy
    FIELD_INT = QVariant.Int  # qt6: legacy
    FIELD_LONG = QVariant.LongLong  # qt6: legacy
    FIELD_DOUBLE = QVariant.Double  # qt6: legacy
    FIELD_BOOL = QVariant.Bool  # qt6: legacy
    FIELD_DATE = QVariant.Date  # qt6: legacy
    FIELD_TIME = QVariant.Time  # qt6: legacy
    FIELD_DATETIME = QVariant.DateTime  # qt6: legacy

#: The type of the FIELD_* constants (``QMetaType.Type`` or ``QVariant.Type``), for annotations.
FieldType = type(FIELD_STRING)


def new_field(name: str, kind: FieldType, length: int = 0, precision: int = 0) -> QgsField:
    """A ``QgsField`` of one of the ``FIELD_*`` types, on every QGIS version."""
    return QgsField(name, kind, "", length, precision)


# -- QGIS enums that moved to Qgis.* -----------------------------------------------------------------------------------
class _LegacyEnum:
    """The members of a QGIS 3.22 enum under their QGIS 4 names; the values are the real legacy members."""

    def __init__(self, name: str, members: dict[str, object]) -> None:
        self.__name__ = name
        self._members = members
        for key, value in members.items():
            setattr(self, key, value)

    def __iter__(self):
        return iter(self._members.values())

    def __repr__(self) -> str:
        return f"<compat enum {self.__name__}: {', '.join(self._members)}>"


def _moved(name: str, owner: type, legacy: Callable[[], type], strip: str = "", suffix: str = "",
           renamed: dict[str, str] | None = None) -> object:
    """``Qgis.<name>`` where this QGIS has it, else the legacy enum (``legacy()``, evaluated only then) with its
    members renamed the way QGIS renamed them: ``strip`` a prefix, drop a ``suffix``, or ``renamed`` explicitly."""
    modern = getattr(Qgis, name, None)
    if modern is not None:
        return modern
    kind = legacy()
    renamed = renamed or {}
    members = {}
    # sip keeps an unscoped enum's members in the owning class's namespace
    for key, value in vars(owner).items():
        if type(value) is kind:
            new = renamed.get(key, key)
            if new == key:
                new = new[len(strip):] if strip and new.startswith(strip) else new
                new = new[:-len(suffix)] if suffix and new.endswith(suffix) else new
            members[new] = value
    return _LegacyEnum(name, members)


def _renamed(name: str, owner: type, kind: type, probe: str, strip: str) -> object:
    """An enum that stays on its class in QGIS 4 but with its members renamed: ``kind`` itself where this QGIS has
    the new name ``probe``, else its legacy members without the prefix ``strip``."""
    if probe in (getattr(kind, "__members__", None) or {}):
        return kind
    return _LegacyEnum(name, {key[len(strip):]: value for key, value in vars(owner).items()
                              if type(value) is kind and key.startswith(strip)})


# QGIS 3.30 (Qgis.WkbType, Qgis.GeometryType, units), 3.26 (LabelPlacement), 3.34 (LayerFilter),
# 3.36 (Processing*, FeatureRequestFlag), 3.38 (ShaderInterpolationMethod), 3.40 (ScaleBarSegmentSizeMode).
ProcessingSourceType = _moved("ProcessingSourceType", QgsProcessing,
                              lambda: QgsProcessing.SourceType, strip="Type")  # qt6: legacy
ProcessingNumberParameterType = _moved("ProcessingNumberParameterType", QgsProcessingParameterNumber,
                                       lambda: QgsProcessingParameterNumber.Type)  # qt6: legacy
ProcessingFieldParameterDataType = _moved("ProcessingFieldParameterDataType", QgsProcessingParameterField,
                                          lambda: QgsProcessingParameterField.DataType)  # qt6: legacy
ProcessingDateTimeParameterDataType = _moved("ProcessingDateTimeParameterDataType", QgsProcessingParameterDateTime,
                                             lambda: QgsProcessingParameterDateTime.Type)  # qt6: legacy
ProcessingParameterFlag = _moved("ProcessingParameterFlag", QgsProcessingParameterDefinition,
                                 lambda: QgsProcessingParameterDefinition.Flag, strip="Flag")  # qt6: legacy
ProcessingAlgorithmFlag = _moved("ProcessingAlgorithmFlag", QgsProcessingAlgorithm,
                                 lambda: QgsProcessingAlgorithm.Flag, strip="Flag")  # qt6: legacy
WkbType = _moved("WkbType", QgsWkbTypes, lambda: QgsWkbTypes.Type)  # qt6: legacy
GeometryType = _moved("GeometryType", QgsWkbTypes, lambda: QgsWkbTypes.GeometryType, suffix="Geometry")  # qt6: legacy
_UNKNOWN = {"DistanceUnknownUnit": "Unknown", "RenderUnknownUnit": "Unknown"}
DistanceUnit = _moved("DistanceUnit", QgsUnitTypes, lambda: QgsUnitTypes.DistanceUnit,  # qt6: legacy
                      strip="Distance", renamed=_UNKNOWN)
LayoutUnit = _moved("LayoutUnit", QgsUnitTypes, lambda: QgsUnitTypes.LayoutUnit, strip="Layout")  # qt6: legacy
RenderUnit = _moved("RenderUnit", QgsUnitTypes, lambda: QgsUnitTypes.RenderUnit,  # qt6: legacy
                    strip="Render", renamed=_UNKNOWN)
LayerFilter = _moved("LayerFilter", QgsMapLayerProxyModel, lambda: QgsMapLayerProxyModel.Filter)  # qt6: legacy
LabelPlacement = _moved("LabelPlacement", QgsPalLayerSettings, lambda: QgsPalLayerSettings.Placement)  # qt6: legacy
FeatureRequestFlag = _moved("FeatureRequestFlag", QgsFeatureRequest, lambda: QgsFeatureRequest.Flag)  # qt6: legacy
ScaleBarSegmentSizeMode = _moved("ScaleBarSegmentSizeMode", QgsScaleBarSettings,
                                 lambda: QgsScaleBarSettings.SegmentSizeMode, strip="SegmentSize")  # qt6: legacy
ShaderInterpolationMethod = _moved("ShaderInterpolationMethod", QgsColorRampShader,
                                   lambda: QgsColorRampShader.Type, renamed={"Interpolated": "Linear"})  # qt6: legacy
LegendComponent = _moved("LegendComponent", QgsLegendStyle, lambda: QgsLegendStyle.Style)  # qt6: legacy (3.44)
TemporalNavigationMode = _moved("TemporalNavigationMode", QgsTemporalNavigationObject,  # qt6: legacy
                                lambda: QgsTemporalNavigationObject.NavigationMode)  # qt6: legacy
# QgsSymbolLayer.Property stays on its class; its members lost the "Property" prefix (PropertySize → Size).
SymbolLayerProperty = _renamed("SymbolLayerProperty", QgsSymbolLayer, QgsSymbolLayer.Property,  # qt6: legacy
                               "StrokeWidth", strip="Property")


# -- layout text: QgsTextFormat (labels 3.24, legend styles 3.30), the fonts deprecated since ------------------------
def _format_font(text: QgsTextFormat) -> QFont:
    """The format's font with its size in points (a format keeps the size apart, in its own unit)."""
    font = QFont(text.font())
    if text.sizeUnit() == RenderUnit.Points:
        font.setPointSizeF(text.size())
    elif text.sizeUnit() == RenderUnit.Millimeters:
        font.setPointSizeF(text.size() * 72.0 / 25.4)
    return font


def _with_font(text: QgsTextFormat, font: QFont, colour: QColor | None) -> QgsTextFormat:
    text.setFont(font)
    text.setSize(font.pointSizeF())
    text.setSizeUnit(RenderUnit.Points)
    if colour is not None:
        text.setColor(colour)
    return text


def label_font(label: QgsLayoutItemLabel) -> QFont:
    """A layout label's font, its size in points."""
    if hasattr(label, "textFormat"):
        return _format_font(label.textFormat())
    return label.font()  # qt6: legacy (QGIS < 3.24)


def set_label_font(label: QgsLayoutItemLabel, font: QFont, colour: QColor | None = None) -> None:
    """Set a layout label's font (its size in points) and, when given, its colour."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(_with_font(label.textFormat(), font, colour))
        return
    label.setFont(font)  # qt6: legacy (QGIS < 3.24)
    if colour is not None:
        label.setFontColor(colour)  # qt6: legacy (QGIS < 3.24)


def legend_font(legend: QgsLayoutItemLegend, component: object) -> QFont:
    """The font of a legend component (``LegendComponent``), its size in points."""
    style = legend.style(component)
    if hasattr(style, "textFormat"):
        return _format_font(style.textFormat())
    return legend.styleFont(component)  # qt6: legacy (QGIS < 3.30)


def set_legend_font(legend: QgsLayoutItemLegend, component: object, font: QFont) -> None:
    """Set the font (its size in points) of a legend component (``LegendComponent``)."""
    style = legend.style(component)
    if hasattr(style, "setTextFormat"):
        style.setTextFormat(_with_font(style.textFormat(), font, None))
        legend.setStyle(component, style)
        return
    legend.setStyleFont(component, font)  # qt6: legacy (QGIS < 3.30)


# -- events ----------------------------------------------------------------------------------------------------------
def enum_value(member: object) -> int:
    """The integer of an enum member or flags value: PyQt5's legacy ones are ints, scoped and PyQt6 ones are Python
    enums (``.value``)."""
    return member.value if hasattr(member, "value") else int(member)


def enum_member(kind: object, value: int) -> object:
    """The member of ``kind`` (a QGIS enum, or this module's stand-in for a QGIS 3.22 one) whose integer is
    ``value``: the inverse of :func:`enum_value`."""
    for member in kind:
        if enum_value(member) == value:
            return member
    raise ValueError(f"{value} is no member of {kind}")


def event_pos(event: object) -> QPoint:
    """The position of a mouse event in its widget (``position()`` in Qt6, ``pos()`` in Qt5)."""
    position = getattr(event, "position", None)
    return position().toPoint() if position is not None else event.pos()  # qt6: legacy


def event_global_pos(event: object) -> QPoint:
    """The position of a mouse event on the screen (``globalPosition()`` in Qt6, ``globalPos()`` in Qt5)."""
    position = getattr(event, "globalPosition", None)
    return position().toPoint() if position is not None else event.globalPos()  # qt6: legacy


# -- network ---------------------------------------------------------------------------------------------------------
def unfollowed_redirect(reply: object, url: str) -> str | None:
    """The absolute address a blocking request was sent on to but could not reach, or ``None``.

    QGIS 3.22's ``QgsBlockingNetworkRequest`` keeps the request's redirect policy, so Qt follows redirects (at most
    ``maximumRedirectsAllowed``) and ends a loop with ``TooManyRedirectsError``. Later QGIS (3.40 at least) sends
    the request with Qt's ``ManualRedirectPolicy`` whatever it asks for and follows each ``Location`` itself with a
    new ``QNetworkRequest(Location)``: a relative ``Location`` ("/moved") then fails as ``ProtocolUnknownError``,
    the reply's request carrying that relative address. This returns it resolved against ``url`` (the address that
    answered with the redirect) so the caller can follow it and count the redirects itself."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkReply

    if reply.error() != QNetworkReply.NetworkError.ProtocolUnknownError:
        return None
    request = getattr(reply, "request", None)
    target = request().url() if request is not None else QUrl()
    if target.isEmpty() or not target.isRelative():
        return None
    return QUrl(url).resolved(target).toString()


def qt_translations_path() -> str:
    """Where Qt's own translations (``qt_<language>.qm``) are: ``QLibraryInfo.path`` in Qt6, ``location`` in Qt5."""
    from qgis.PyQt.QtCore import QLibraryInfo

    if hasattr(QLibraryInfo, "path"):
        return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)  # qt6: legacy (Qt6 only)
    return QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)  # qt6: legacy
