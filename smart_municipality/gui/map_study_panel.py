"""The "Kaartstudie" panel (en: Map study): choose the themes, the language and the paper, preview the study page by
page, open it in the layout designer for last edits, or export it as one PDF.

The study is made by :mod:`..mapstudy.study`, the same code as the Processing algorithm ``map_study``. Print layouts
render in the main thread, so building and exporting run there too (no QgsTask), with a progress dialog whose Cancel
stops them; a cancelled export leaves an existing PDF as it was. The study's own layers go into the current project
(hidden from the layer tree) because the layout designer needs them there; a preview that is replaced without going
to the designer takes its layers and chart images with it.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsMessageLog,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices, QImage, QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..compat.qt import FeatureRequestFlag, LayerFilter, event_pos
from ..errors import Cancelled, InputError, UserError
from ..i18n import plugin_language, tr, tr_noop
from ..i18n_format import format_number
from ..mapstudy.constants import LANGUAGES, ORIENTATIONS, PAPERS, THEMES
from .widgets import layer_choice

LAST_FOLDER_KEY = "smart_municipality/map_study/last_folder"
LOG_TAG = "Smart Municipality"
LAMBERT72 = "EPSG:31370"
#: each language in its own name, as language pickers show them
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}
ORIENTATION_LABELS = {"landscape": tr_noop("Landscape"), "portrait": tr_noop("Portrait")}
_NIS_IN_LABEL = re.compile(r"\((\d{5})\)\s*$")


@dataclass
class BuiltStudy:
    """The study on show: what it was built from, the hidden layers and chart folder it owns, rendered pages."""

    study: Any  # smart_municipality.mapstudy.study.MapStudy
    settings: tuple
    layer_ids: list[str]
    work: Path
    in_manager: bool = False
    images: dict[int, QImage] = field(default_factory=dict)

    def alive(self) -> bool:
        """False once QGIS deleted the layouts (removed from the layout manager, or a new project)."""
        return not any(sip.isdeleted(layout) for layout in self.study.layouts)


def unique_layout_name(names: set[str], name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … when the project has a layout of that name already."""
    if name not in names:
        return name
    number = 2
    while f"{name} ({number})" in names:
        number += 1
    return f"{name} ({number})"


def file_slug(text: str) -> str:
    """``"Sint-Genesius-Rode"`` → ``"sint_genesius_rode"``: a file-name part without accents or spaces."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


class WrappingCheckBox(QWidget):
    """A check box whose text wraps: theme titles run long in French, and the panel is narrow."""

    toggled = pyqtSignal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.toggled.connect(self.toggled)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event) -> None:
        event.accept()  # so the release comes here too

    def mouseReleaseEvent(self, event) -> None:  # a click on the text toggles, as on a QCheckBox
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled() and self.rect().contains(event_pos(event)):
            self.box.toggle()
        event.accept()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def text(self) -> str:
        return self.label.text()


class _ProgressFeedback(QgsProcessingFeedback):
    """The study's progress and step texts on a progress dialog (not in the QGIS log: ``logFeedback=False``)."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(False)
        self.dialog = dialog
        dialog.canceled.connect(self.cancel)
        self.progressChanged.connect(self._progress)

    def _progress(self, value: float) -> None:
        self.dialog.setValue(int(value))
        QCoreApplication.processEvents()  # let Cancel be pressed between pages

    def pushInfo(self, info: str) -> None:
        self.dialog.setLabelText(info)
        QCoreApplication.processEvents()


class MapStudyDock(QgsDockWidget):
    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(tr("Map study"), parent)
        self.setObjectName("SmartMunicipalityMapStudyDock")
        self.iface = iface
        self.built: BuiltStudy | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._busy = False
        self._hidden_layer_ids: set[str] = set()  # the study layers of every study still in the project

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        settings = QScrollArea()
        settings.setWidgetResizable(True)
        settings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        settings.setFrameShape(QFrame.Shape.NoFrame)
        settings.setWidget(self._settings_widget())
        splitter.addWidget(settings)
        splitter.addWidget(self._results_widget())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setWidget(splitter)

        QgsProject.instance().cleared.connect(self._project_cleared)
        self._areas_changed(None)

    # ---- the settings ---------------------------------------------------------------------------------------------
    def _settings_widget(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_store_rows(form)
        self._add_municipality_row(form)
        self._add_language_and_paper_rows(form)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("Empty: Map study <municipality>"))
        self.title.setToolTip(tr("Title (empty: Map study <municipality>)"))
        form.addRow(tr("Title"), self.title)
        layout.addLayout(form)
        layout.addWidget(self._themes_box())
        layout.addWidget(self._areas_box())
        layout.addStretch(1)
        self._connect_settings()
        return body

    def _add_store_rows(self, form: QFormLayout) -> None:
        self.store_widget = QgsFileWidget()
        self.store_widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.store_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.store_widget.setToolTip(tr("The study GeoPackage, or a PostGIS store as pg:<connection>?schema=<schema>."))
        self.store_widget.fileChanged.connect(self.store_changed)
        form.addRow(tr("Study store"), self.store_widget)
        self.store_status = QLabel()
        self.store_status.setWordWrap(True)
        self.store_status.setStyleSheet("color: #b00020;")
        self.store_status.hide()
        form.addRow(self.store_status)

    def _add_municipality_row(self, form: QFormLayout) -> None:
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.municipality.lineEdit().setPlaceholderText(tr("Whole region of the store"))
        self.municipality.setToolTip(tr("A municipality of the store, or type a name or NIS code; empty: every "
                                        "municipality in the store."))
        self.municipality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.municipality.setMinimumContentsLength(12)
        self._set_completer()
        form.addRow(tr("Municipality"), self.municipality)

    def _add_language_and_paper_rows(self, form: QFormLayout) -> None:
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setProperty("endonyms", True)  # each language named in itself, in every interface language
        self.language.setCurrentIndex(max(0, self.language.findData(plugin_language())))
        form.addRow(tr("Language"), self.language)
        paper_row = QHBoxLayout()
        self.paper = QComboBox()
        for code in PAPERS:
            self.paper.addItem(code.upper(), code)
        self.orientation = QComboBox()
        for code in ORIENTATIONS:
            self.orientation.addItem(tr(ORIENTATION_LABELS[code]), code)
        self.orientation.setCurrentIndex(self.orientation.findData("landscape"))
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.orientation, 1)
        form.addRow(tr("Paper"), paper_row)

    def _themes_box(self) -> QGroupBox:
        themes_box = QGroupBox(tr("Themes"))
        grid = QGridLayout(themes_box)
        self.theme_boxes: dict[str, WrappingCheckBox] = {}
        for index, (key, title) in enumerate(THEMES.items()):
            box = WrappingCheckBox(tr(title))
            box.setObjectName(f"theme_{key}")
            box.setChecked(True)
            self.theme_boxes[key] = box
            grid.addWidget(box, index, 0)
        return themes_box

    def _areas_box(self) -> QGroupBox:
        areas_box = QGroupBox(tr("Neighbourhoods (optional)"))
        areas_form = QFormLayout(areas_box)
        areas_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.areas = layer_choice(LayerFilter.PolygonLayer,
                                  tr("Wijken or statistical sectors: figures per neighbourhood and the atlas."))
        self.areas.layerChanged.connect(self._areas_changed)
        self.area_name_field = QgsFieldComboBox()
        self.area_name_field.setAllowEmptyFieldName(True)
        self.atlas = WrappingCheckBox(tr("Atlas: one page per neighbourhood"))
        areas_form.addRow(tr("Layer"), self.areas)
        areas_form.addRow(tr("Name field"), self.area_name_field)
        areas_form.addRow(self.atlas)
        return areas_box

    def _connect_settings(self) -> None:
        """Every setting the study depends on marks the preview as stale when it changes."""
        for box in self.theme_boxes.values():
            box.toggled.connect(self._settings_changed)
        for combo in (self.language, self.paper, self.orientation):
            combo.currentIndexChanged.connect(self._settings_changed)
        self.municipality.editTextChanged.connect(self._settings_changed)
        self.title.textChanged.connect(self._settings_changed)
        self.area_name_field.fieldChanged.connect(self._settings_changed)
        self.atlas.toggled.connect(self._settings_changed)

    def _set_completer(self) -> None:
        """Any Flemish municipality by typing part of its name or NIS code (the bundled list, offline)."""
        from ..municipalities import catalogue as municipalities

        try:
            known = [m for m in municipalities.load() if m.flemish]
        except UserError:
            return  # the combo still takes a NIS code; the study says what is wrong when it runs
        language = plugin_language()
        completer = QCompleter(sorted(f"{m.name(language)} ({m.nis})" for m in known), self.municipality)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.municipality.setCompleter(completer)

    def _action_buttons(self) -> QGridLayout:
        """Preview, Export, Open in designer and Publish web map."""
        buttons = QGridLayout()
        self.preview_button = QPushButton(tr("Preview"))
        self.preview_button.setToolTip(tr("Build the map study and show its pages here."))
        self.preview_button.clicked.connect(self.preview)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(tr("Write the map study as one PDF."))
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.designer_button = QPushButton(tr("Open in designer"))
        self.designer_button.setToolTip(tr("Put the previewed study in the project's layouts and open it for last "
                                           "edits."))
        self.designer_button.clicked.connect(self.open_in_designer)
        buttons.addWidget(self.preview_button, 0, 0)
        buttons.addWidget(self.export_button, 0, 1)
        buttons.addWidget(self.designer_button, 1, 0, 1, 2)
        self.publish_button = QPushButton(tr("Publish web map…"))
        self.publish_button.setToolTip(tr("The study store as a web site for citizens (a folder for any web server)."))
        self.publish_button.clicked.connect(self.publish_web_map)
        buttons.addWidget(self.publish_button, 2, 0, 1, 2)
        return buttons

    def _results_widget(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(self._action_buttons())

        self.pages = QListWidget()
        self.pages.setObjectName("map_study_pages")
        line = self.pages.fontMetrics().height() + 4
        self.pages.setMaximumHeight(line * 5 + 6)
        self.pages.setMinimumHeight(line * 2 + 6)
        self.pages.setWordWrap(True)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.currentRowChanged.connect(self.show_page)
        layout.addWidget(self.pages)

        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_image = QLabel(tr("Press Preview to build the map study."))
        self.preview_image.setWordWrap(True)
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # as wide as the panel, as high as the page: a page taller than the area scrolls instead of being cut
        self.preview_image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.preview_image.setStyleSheet("QLabel { background: #e8e8e8; color: #555555; padding: 6px; }")
        self.preview_area.setWidget(self.preview_image)
        self.preview_area.setMinimumHeight(120)
        self.preview_area.viewport().installEventFilter(self)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(lambda: self.show_page(self.pages.currentRow()))
        layout.addWidget(self.preview_area, 1)

        self.notes = QLabel()
        self.notes.setObjectName("map_study_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.notes.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.notes.setFont(font)
        layout.addWidget(self.notes)
        return body

    def _areas_changed(self, layer) -> None:
        self.area_name_field.setLayer(layer)
        if isinstance(layer, QgsVectorLayer):
            names = layer.fields().names()
            guess = next((n for n in names if n.lower() in ("area_name", "naam", "name", "wijk", "nom", "sector")),
                         "")
            self.area_name_field.setField(guess)
        self.atlas.setEnabled(layer is not None)
        if layer is None:
            self.atlas.setChecked(False)
        self._settings_changed()

    def themes(self) -> list[str]:
        return [key for key, box in self.theme_boxes.items() if box.isChecked()]

    def settings(self) -> tuple:
        """Everything the study depends on; a preview stays current while this is unchanged."""
        layer = self.areas.currentLayer()
        return (self.store_widget.filePath().strip(), self.municipality.currentText().strip(), tuple(self.themes()),
                self.language.currentData(), self.paper.currentData(), self.orientation.currentData(),
                layer.id() if layer is not None else "", self.area_name_field.currentField(),
                self.atlas.isChecked() and layer is not None, self.title.text().strip())

    def _settings_changed(self, *_args) -> None:
        if self.built is not None:
            self._show_notes(stale=not self.is_current())
        self._update_buttons()

    def is_current(self) -> bool:
        """Whether the preview on show matches the settings (and its layouts still exist)."""
        return self.built is not None and self.built.settings == self.settings() and self.built.alive()

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.preview_button.setEnabled(idle)
        self.export_button.setEnabled(idle)
        self.designer_button.setEnabled(idle and self.is_current())

    # ---- store and municipality -----------------------------------------------------------------------------------
    def store_changed(self, path: str) -> None:
        """List the municipalities the store holds data for (the combo still takes any other)."""
        text = self.municipality.currentText()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem("", None)
        for nis, name in self._store_municipalities(path.strip()):
            self.municipality.addItem(f"{name} ({nis})" if name else nis, nis)
        self.municipality.setEditText(text)
        self.municipality.blockSignals(False)
        self._settings_changed()

    def _store_municipalities(self, path: str) -> list[tuple[str, str]]:
        if not path:
            return []
        from ..mapstudy.study import store_niscodes
        from ..municipalities import catalogue as municipalities
        from ..store import open_store

        try:
            store = open_store(path, create=False, read_only=True)
            try:
                codes = store_niscodes(store)
                gpkg = getattr(store.uri, "engine", "") == "gpkg"
            finally:
                store.close()
        except UserError as error:
            self._store_message(str(error))
            return []
        self._store_message("")
        names = _boundary_names(path) if gpkg else {}
        language = plugin_language()
        out = []
        for code in codes:
            known = municipalities.by_nis(code)
            out.append((code, known.name(language) if known else names.get(code, "")))
        return out

    def _store_message(self, text: str) -> None:
        self.store_status.setText(text)
        self.store_status.setVisible(bool(text))

    def publish_web_map(self) -> None:
        """Processing's dialog of ``publish_web_map`` with this panel's store and municipality filled in."""
        import processing

        given = {"STORE": self.store_widget.filePath().strip(), "MUNICIPALITY": self.selected_niscode()}
        processing.execAlgorithmDialog("smart_municipality:publish_web_map", {k: v for k, v in given.items() if v})

    def selected_niscode(self) -> str | None:
        """The NIS code of the chosen municipality; None for the whole region of the store."""
        text = self.municipality.currentText().strip()
        if not text:
            return None
        index = self.municipality.findText(text)
        if index > 0 and self.municipality.itemData(index):
            return str(self.municipality.itemData(index))
        found = _NIS_IN_LABEL.search(text)
        if found:
            return found.group(1)
        if text.isdigit() and len(text) == 5:  # also a code the bundled list does not know (a test municipality)
            return text
        from ..municipalities import catalogue as municipalities

        return municipalities.resolve(text).nis

    def municipality_name(self) -> str:
        """The chosen municipality's name as typed or listed (for the PDF's file name); "" for the region."""
        text = _NIS_IN_LABEL.sub("", self.municipality.currentText()).strip()
        if text.isdigit():
            from ..municipalities import catalogue as municipalities

            known = municipalities.by_nis(text)
            return known.name(self.language.currentData()) if known else text
        return text

    # ---- building ---------------------------------------------------------------------------------------------------
    def preview(self) -> bool:
        """Build the study and show its pages; False when it could not be built (the message bar says why)."""
        built = self._run(tr("Building the map study…"), self._build)
        if built is None:
            return False
        self._set_built(built)
        return True

    def _areas_layer(self) -> QgsVectorLayer | None:
        layer = self.areas.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return None
        if layer.crs().authid() == LAMBERT72:
            return layer
        if not layer.crs().isValid():
            raise InputError(tr("The neighbourhoods layer has no coordinate reference system; set it (Layer "
                                "properties → Source) and run the study again."))
        request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem(LAMBERT72),
                                                        QgsProject.instance().transformContext())
        return layer.materialize(request)

    def _build(self, feedback: QgsProcessingFeedback) -> BuiltStudy:
        from ..mapstudy.study import StudyRequest, build_study
        from ..store import open_store

        settings = self.settings()
        store_uri = settings[0]
        if not store_uri:
            raise InputError(tr("Choose the study store first: the study GeoPackage or a PostGIS store."))
        if not self.themes():
            raise InputError(tr("Choose at least one theme."))
        niscode = self.selected_niscode()
        areas = self._areas_layer()
        project = QgsProject.instance()
        before = set(project.mapLayers())
        work = Path(tempfile.mkdtemp(prefix="sm-map-study-"))
        try:
            store = open_store(store_uri, create=False, read_only=True)
            try:
                store_path = str(store.uri.path) if getattr(store.uri, "engine", "") == "gpkg" else ""
                request = StudyRequest(
                    store, store_path, niscode=niscode, themes=self.themes(), language=self.language.currentData(),
                    paper=self.paper.currentData(), orientation=self.orientation.currentData(),
                    atlas=self.atlas.isChecked() and areas is not None, areas=areas,
                    area_name_field=self.area_name_field.currentField() if areas is not None else "",
                    title=self.title.text().strip(), work=work)
                study = build_study(request, project, feedback)
            finally:
                store.close()
        except BaseException:
            _remove_hidden_layers(project, set(project.mapLayers()) - before)
            shutil.rmtree(work, ignore_errors=True)
            raise
        root = project.layerTreeRoot()
        added = [layer_id for layer_id in project.mapLayers() if layer_id not in before
                 and root.findLayer(layer_id) is None]
        return BuiltStudy(study, settings, added, work)

    def _set_built(self, built: BuiltStudy) -> None:
        self._discard()
        self.built = built
        self._hidden_layer_ids.update(built.layer_ids)
        self._except_study_layers()
        self.pages.blockSignals(True)
        self.pages.clear()
        for number, title in page_list(built.study):
            item = QListWidgetItem(f"{number}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, number - 1)
            item.setToolTip(title)
            self.pages.addItem(item)
        self.pages.blockSignals(False)
        self._show_notes()
        self._update_buttons()
        self.pages.setCurrentRow(0)

    def _discard(self) -> None:
        """Forget the preview on show; its layers and charts go too unless its layouts went to the designer."""
        built, self.built = self.built, None
        if built is None:
            return
        if not built.in_manager:
            _remove_hidden_layers(QgsProject.instance(), set(built.layer_ids))
            self._hidden_layer_ids.difference_update(built.layer_ids)
            shutil.rmtree(built.work, ignore_errors=True)
        self._except_study_layers()

    def _except_study_layers(self) -> None:
        """The study's hidden layers (a boundary, rates per neighbourhood) are no neighbourhood layers to choose."""
        project = QgsProject.instance()
        alive = [project.mapLayer(layer_id) for layer_id in self._hidden_layer_ids]
        self.areas.setExceptedLayerList([layer for layer in alive if layer is not None])

    def _project_cleared(self) -> None:
        built, self.built = self.built, None
        if built is not None and not built.in_manager:
            shutil.rmtree(built.work, ignore_errors=True)
        self._hidden_layer_ids.clear()
        self.pages.clear()
        self._show_placeholder(tr("Press Preview to build the map study."))
        self.notes.setText("")
        self._update_buttons()

    # ---- showing pages ----------------------------------------------------------------------------------------------
    def _page_index(self, row: int) -> int | None:
        """The list row's page, 0-based over the title page, the themes and the atlas pages."""
        item = self.pages.item(row) if self.built is not None else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def show_page(self, row: int) -> None:
        built = self.built
        index = self._page_index(row)
        if built is None or index is None:
            return
        if not built.alive():
            self._project_cleared()
            return
        width = int(self._preview_width() * self.devicePixelRatioF())
        image = built.images.get(index)
        if image is None or image.width() != width:
            image = self._render_page(index, width)
            if image is None:
                return
            built.images[index] = image
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.preview_image.setStyleSheet("QLabel { background: #e8e8e8; padding: 2px; }")
        self.preview_image.setPixmap(pixmap)

    def _render_page(self, index: int, width: int) -> QImage | None:
        """The page rendered as wide as the preview, in a pixel format shown as it is.

        Neither scaled nor converted here: Qt scales and converts large images on its global thread pool and waits
        for it, holding Python's lock; a Python task still in the pool (a QgsTask) then waits for that lock, and
        QGIS hangs. The page is opaque, so its ARGB32 pixels are RGB32 pixels as they stand.
        """
        from ..mapstudy.study import render_page_image

        try:
            image = render_page_image(self.built.study, index, width)
        except Exception:  # noqa: BLE001 - a page that cannot render must not take the panel down
            self._unexpected(tr("This page of the map study cannot be shown."))
            return None
        image.reinterpretAsFormat(QImage.Format.Format_RGB32)
        return image

    def _preview_width(self) -> int:
        return max(120, self.preview_area.viewport().width() - 4)

    def _show_placeholder(self, text: str) -> None:
        self.preview_image.clear()
        self.preview_image.setStyleSheet("QLabel { background: #e8e8e8; color: #555555; padding: 6px; }")
        self.preview_image.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.preview_area.viewport() and self.built is not None:
            self._resized.start()  # the page again at the new width once the resizing stops
        return super().eventFilter(watched, event)

    def _show_notes(self, stale: bool = False) -> None:
        built = self.built
        if built is None:
            self.notes.setText("")
            return
        study = built.study
        lines = [_html(tr("{n} pages.").format(n=format_number(_page_count(study))))]
        if study.omitted:
            lines.append("<b>" + _html(tr("Left out:")) + "</b>")
            lines += [f"<b>{_html(item.title)}</b>: {_html(item.reason)}" for item in study.omitted]
        lines += [f"⚠ {_html(warning)}" for warning in study.warnings]
        if stale:
            lines.insert(0, "<span style='color:#b35900'>" + _html(tr("The settings changed: press Preview to see "
                                                                       "the study as it is now.")) + "</span>")
        self.notes.setText("<br>".join(lines))

    # ---- designer and export ---------------------------------------------------------------------------------------
    def open_in_designer(self) -> None:
        """Put the previewed layouts in the project's layout manager (under free names) and open the designer."""
        if not self.is_current():
            return
        built = self.built
        manager = QgsProject.instance().layoutManager()
        if not built.in_manager:
            for layout in built.study.layouts:
                layout.setName(unique_layout_name({existing.name() for existing in manager.layouts()},
                                                  layout.name()))
                manager.addLayout(layout)
            built.in_manager = True
        self.iface.openLayoutDesigner(built.study.layout)
        if built.study.atlas is not None:
            self.iface.messageBar().pushMessage(
                tr("Map study"), tr("The atlas is in the project's layouts too: {name}.").format(
                    name=built.study.atlas.name()), Qgis.MessageLevel.Info, 8)

    def default_pdf_name(self) -> str:
        name = file_slug(self.municipality_name())
        if not name:
            name = file_slug(Path(self.store_widget.filePath().strip()).stem) or "regio"
        return f"kaartstudie_{name}.pdf"

    def _ask_pdf_path(self) -> str:
        folder = QgsSettings().value(LAST_FOLDER_KEY, "", type=str)
        if not folder or not Path(folder).is_dir():
            store = self.store_widget.filePath().strip()
            folder = str(Path(store).parent) if store.lower().endswith(".gpkg") else str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export the map study"),
                                                    str(Path(folder) / self.default_pdf_name()), tr("PDF (*.pdf)"))
        return path

    def export(self, path: str | None = None) -> int | None:
        """Write the study (built again when the settings changed) as one PDF; the number of pages, or None."""
        if self._busy:
            return None
        path = path or self._ask_pdf_path()
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        QgsSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))

        def job(feedback: QgsProcessingFeedback) -> int:
            from ..mapstudy.study import export_pdf

            if not self.is_current():
                self._set_built(self._build(feedback))
            return export_pdf(self.built.study, path, feedback=feedback)

        pages = self._run(tr("Exporting the map study…"), job)
        if pages is not None:
            self._written(path, pages)
        return pages

    def _written(self, path: str, pages: int) -> None:
        bar = self.iface.messageBar()
        item = bar.createMessage(tr("Map study"), tr("Map study written: {path} ({n} pages)").format(
            path=path, n=format_number(pages)))
        button = QPushButton(tr("Open PDF"))
        button.setObjectName("open_pdf")
        button.clicked.connect(lambda _checked=False: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        item.layout().addWidget(button)
        item.setLevel(Qgis.MessageLevel.Success)
        item.setDuration(15)
        bar.pushItem(item)

    # ---- running with progress and errors --------------------------------------------------------------------------
    def _run(self, label: str, job: Callable[[QgsProcessingFeedback], Any]) -> Any:
        """Run ``job(feedback)`` in the main thread behind a progress dialog; a UserError becomes one sentence in the
        message bar, anything else a generic sentence with the traceback in the QGIS log. None when it failed."""
        if self._busy:
            return None
        # no cancel text of ours: Qt names its own button, translated by Qt's translator (QGIS 3.22 installs it,
        # i18n.install_translator adds it on 3.40+), and follows a language change like every standard button
        dialog = QProgressDialog(self)
        dialog.setLabelText(label)
        dialog.setRange(0, 100)
        dialog.setWindowTitle(tr("Map study"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        feedback = _ProgressFeedback(dialog)
        self.progress_dialog = dialog
        self._busy = True
        self._update_buttons()
        dialog.setValue(0)
        try:
            return job(feedback)
        except Cancelled as error:
            self.iface.messageBar().pushMessage(tr("Map study"), str(error), Qgis.MessageLevel.Info, 5)
        except UserError as error:
            self.iface.messageBar().pushWarning(tr("Map study"), str(error))
        except Exception:  # noqa: BLE001 - never a traceback for the user; the log keeps it
            self._unexpected(tr("The map study failed because of an unexpected error; the details are in the "
                                "message log (Smart Municipality)."))
        finally:
            self._busy = False
            self.progress_dialog = None
            dialog.close()
            dialog.deleteLater()
            self._update_buttons()
        return None

    def _unexpected(self, sentence: str) -> None:
        QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
        self.iface.messageBar().pushCritical(tr("Map study"), sentence)

    # ---- life cycle -------------------------------------------------------------------------------------------------
    def cleanup(self) -> None:
        """Called by the plugin on unload: disconnect from the project and drop an unused preview's layers."""
        try:
            QgsProject.instance().cleared.disconnect(self._project_cleared)
        except TypeError:
            pass
        if self.built is not None and self.built.alive():
            self._discard()
        self.built = None
        self.preview_area.viewport().removeEventFilter(self)


def page_list(study) -> list[tuple[int, str]]:
    """(page number, title) of every page: the study's own pages, then each atlas page by its neighbourhood."""
    pages = [(info.number, info.title) for info in study.pages if info.key != "atlas"]
    if study.atlas is not None:
        atlas = study.atlas.atlas()
        first = study.layout.pageCollection().pageCount() + 1
        # count() stays 0 until the atlas has been rendered once; updateFeatures() counts the pages
        pages += [(first + k, f"Atlas – {atlas.nameForPage(k)}") for k in range(atlas.updateFeatures())]
    return pages


def _page_count(study) -> int:
    return len(page_list(study))


def _remove_hidden_layers(project: QgsProject, layer_ids: set[str]) -> None:
    """Remove the study's layers: only those the project still has and that are not in the layer tree."""
    root = project.layerTreeRoot()
    gone = [layer_id for layer_id in layer_ids
            if project.mapLayer(layer_id) is not None and root.findLayer(layer_id) is None]
    if gone:
        project.removeMapLayers(gone)


def _boundary_names(path: str) -> dict[str, str]:
    """NIS code → name from the store GeoPackage's boundary layer (names of municipalities the list does not know)."""
    layer = QgsVectorLayer(f"{path}|layername=boundary", "boundary", "ogr")
    if not layer.isValid() or layer.fields().indexOf("niscode") < 0 or layer.fields().indexOf("name") < 0:
        return {}
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry).setSubsetOfAttributes(
        ["niscode", "name"], layer.fields())
    return {str(f["niscode"]): str(f["name"] or "") for f in layer.getFeatures(request)}


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
