"""The "Place sensors & gateways" panel (nl: "Sensoren & gateways plaatsen").

1. *Candidate sites*: a point layer of candidates — made here (memory layer with ``site_id``, ``height`` and
   ``cost``), filled by clicking on the map or from the selected features of any polygon layer (the GRB buildings of
   public properties make good candidates: select them and press the button).
2. *Run*: radio coverage, gateway placement or sensor placement with the main parameters; the Processing algorithm
   (``smart_municipality:radio_coverage`` / ``site_gateways`` / ``site_sensors``) runs as a :class:`QgsTask`
   (``QgsProcessingAlgRunnerTask``), its layers are added as Processing adds them (styled by the algorithm's own
   post-processors, so a layer looks the same whether it came from the panel or the Processing dialog), and the run
   is kept as a scenario. "All parameters…" opens the algorithm's Processing dialog for everything else.
3. *Compare*: two scenarios side by side — sites, cost, covered share, redundancy and the quality certificate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsMapCanvas, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.sinks import add_features
from ..compat.qt import FIELD_DOUBLE, FIELD_STRING, GeometryType, LayerFilter, new_field
from ..i18n import tr, tr_noop
from ..i18n_format import format_number, format_percent
from ..resources import style_layer
from ..siting.styles import OUTPUT_STYLES
from .widgets import column, finish_dock, layer_choice, narrow_form, shrinkable, start_dock, stop_map_tool

PROVIDER = "smart_municipality"
CANDIDATE_FIELDS = (("site_id", FIELD_STRING), ("height", FIELD_DOUBLE), ("cost", FIELD_DOUBLE))
DEFAULT_HEIGHT_M = 15.0
TASKS = ("radio_coverage", "site_gateways", "site_sensors")
#: the outputs the panel asks for (all but the report are added to the project)
COVERAGE_OUTPUTS = ("OUTPUT_POWER", "OUTPUT_SERVER", "OUTPUT_REDUNDANCY", "OUTPUT_SF", "OUTPUT_SF_POLYGONS")
PLACEMENT_OUTPUTS = ("OUTPUT_SITES", "OUTPUT_DEMAND")
#: providers of web maps: a base map is never a terrain model
WEB_PROVIDERS = ("wms", "wmts", "xyz", "arcgismapserver", "wcs")
#: the panel's tasks, as the user reads them
TASK_TITLES = (tr_noop("Radio coverage of the sites"), tr_noop("Place gateways"), tr_noop("Place sensors"))


@dataclass
class Scenario:
    """One finished run: its parameters, results and the figures the comparison shows."""

    name: str
    algorithm: str
    parameters: dict[str, Any]
    results: dict[str, Any]
    figures: dict[str, Any] = field(default_factory=dict)


def scenario_figures(algorithm: str, results: dict[str, Any], sites_layer: QgsVectorLayer | None,
                     demand_layer: QgsVectorLayer | None) -> dict[str, Any]:
    """The numbers the comparison table shows, from an algorithm's results and output layers."""
    figures: dict[str, Any] = {"covered_share": results.get("COVERED_SHARE"), "quality": results.get("QUALITY"),
                               "gap": results.get("GAP"), "sites": None, "cost": None, "redundant_share": None}
    if sites_layer is not None:
        features = list(sites_layer.getFeatures())
        figures["sites"] = sum(1 for f in features if not f["existing"])
        figures["cost"] = sum(float(f["cost"] or 0.0) for f in features if not f["existing"])
    if demand_layer is not None and "heard_by" in demand_layer.fields().names():
        total = heard_twice = 0.0
        for feature in demand_layer.getFeatures():
            weight = float(feature["weight"] or 0.0)
            total += weight
            heard_twice += weight if (feature["heard_by"] or 0) >= 2 else 0.0
        figures["redundant_share"] = heard_twice / total if total else None
    return figures


class CandidateTool(QgsMapToolEmitPoint):
    """Click on the map: one candidate site per click."""

    def __init__(self, canvas: QgsMapCanvas, panel: SitingDock) -> None:
        super().__init__(canvas)
        self.panel = panel
        self.canvasClicked.connect(self._clicked)

    def _clicked(self, point: QgsPointXY, button) -> None:
        if button == Qt.MouseButton.LeftButton:
            self.panel.add_candidates([self.panel.to_layer_crs(point)])


class SitingDock(QgsDockWidget):
    scenario_added = pyqtSignal(object)

    def __init__(self, canvas: QgsMapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(tr("Place sensors & gateways"), parent)
        body, layout = start_dock(self, "SmartMunicipalitySiting")
        self.canvas = canvas
        self.tool: CandidateTool | None = None
        self.scenarios: list[Scenario] = []
        self._running: list[tuple] = []  # (task, context, feedback) alive until the task finishes
        layout.addWidget(self._candidates_box())
        layout.addWidget(self._run_box())
        layout.addWidget(self._compare_box())
        self.status = finish_dock(self, body, layout)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._task_changed()
        self.propose_inputs()
        QgsProject.instance().layersAdded.connect(self._layers_added)

    # -- candidate sites ----------------------------------------------------------------------------------------
    def _candidates_box(self) -> QGroupBox:
        box = QGroupBox(tr("Candidate sites"))
        form = narrow_form(QFormLayout(box), above=True)
        self.candidates = layer_choice(LayerFilter.PointLayer)
        form.addRow(tr("Layer"), self.candidates)
        self.new_button = QPushButton(tr("New layer"))
        self.new_button.setToolTip(tr("A temporary point layer with the fields site_id, height and cost."))
        self.new_button.clicked.connect(self.new_candidate_layer)
        self.draw_button = QPushButton(tr("Click on the map"))
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip(tr("Each click adds a candidate site to the layer."))
        self.draw_button.toggled.connect(self.toggle_draw)
        self.from_selection_button = QPushButton(tr("From selected buildings"))
        self.from_selection_button.setToolTip(tr("Adds a candidate inside each selected feature of the active polygon "
                                                 "layer, for example the GRB buildings of public properties."))
        self.from_selection_button.clicked.connect(self.candidates_from_selection)
        form.addRow(column(self.new_button, self.draw_button, self.from_selection_button))
        # not "self.height": that would hide QWidget.height() of the dock
        self.antenna_height = QDoubleSpinBox()
        self.antenna_height.setRange(0.5, 300.0)
        self.antenna_height.setValue(DEFAULT_HEIGHT_M)
        self.antenna_height.setSuffix(" m")
        self.antenna_height.setToolTip(tr("Antenna height of new sites"))
        # short: the French of the full text is wider than the dock
        form.addRow(tr("Height of new sites"), self.antenna_height)
        return box

    def new_candidate_layer(self) -> QgsVectorLayer:
        crs = QgsProject.instance().crs()
        authid = crs.authid() if crs.isValid() and not crs.isGeographic() else "EPSG:31370"
        layer = QgsVectorLayer(f"Point?crs={authid}", tr("Candidate sites"), "memory")
        layer.dataProvider().addAttributes([new_field(name, kind) for name, kind in CANDIDATE_FIELDS])
        layer.updateFields()
        style_layer(layer, OUTPUT_STYLES["OUTPUT_SITES"])  # candidates look like the chosen sites
        QgsProject.instance().addMapLayer(layer)
        self.candidates.setLayer(layer)
        return layer

    def candidate_layer(self, create: bool = True) -> QgsVectorLayer | None:
        layer = self.candidates.currentLayer()
        if layer is None and create:
            layer = self.new_candidate_layer()
        return layer

    def to_layer_crs(self, point: QgsPointXY) -> QgsPointXY:
        from qgis.core import QgsCoordinateTransform

        layer = self.candidate_layer()
        source = self.canvas.mapSettings().destinationCrs()
        if not source.isValid() or source == layer.crs():
            return point
        return QgsCoordinateTransform(source, layer.crs(), QgsProject.instance()).transform(point)

    def add_candidates(self, points: list[QgsPointXY], ids: list[str] | None = None) -> int:
        """Add points (in the candidate layer's CRS) to the candidate layer; returns how many were added."""
        layer = self.candidate_layer()
        names = layer.fields().names()
        start = layer.featureCount()
        features = []
        for index, point in enumerate(points):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(point))
            if "site_id" in names:
                feature["site_id"] = ids[index] if ids else f"S{start + index + 1}"
            if "height" in names:
                feature["height"] = self.antenna_height.value()
            if "cost" in names:
                feature["cost"] = 1.0
            features.append(feature)
        if layer.isEditable():
            add_features(layer, features, layer.name())
        else:
            add_features(layer.dataProvider(), features, layer.name())
            layer.updateExtents()
        layer.triggerRepaint()
        self._say(tr("{n} candidate sites added to {layer}.").format(n=len(features), layer=layer.name()))
        return len(features)

    def candidates_from_selection(self, polygon_layer: QgsVectorLayer | None = None) -> int:
        """A candidate inside each selected feature (point on surface) of ``polygon_layer`` (default: the active
        layer); the GRB id (OIDN) becomes the site id when there is one."""
        from qgis.core import QgsCoordinateTransform

        if polygon_layer is None:
            from qgis.utils import iface

            polygon_layer = iface.activeLayer() if iface is not None else None
        if not isinstance(polygon_layer, QgsVectorLayer) or \
                polygon_layer.geometryType() != GeometryType.Polygon:
            self._say(tr("Make a polygon layer (for example the GRB buildings) active and select the buildings to "
                         "use."), error=True)
            return 0
        selected = list(polygon_layer.getSelectedFeatures())
        if not selected:
            self._say(tr("Select the buildings to use as candidate sites first."), error=True)
            return 0
        target = self.candidate_layer()
        transform = QgsCoordinateTransform(polygon_layer.crs(), target.crs(), QgsProject.instance())
        points, ids = [], []
        has_oidn = "OIDN" in polygon_layer.fields().names()
        for feature in selected:
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            point = geometry.pointOnSurface().asPoint()
            points.append(transform.transform(point))
            ids.append(f"GBG {feature['OIDN']}" if has_oidn else f"{polygon_layer.name()} {feature.id()}")
        return self.add_candidates(points, ids)

    def toggle_draw(self, checked: bool) -> None:
        if checked:
            self.candidate_layer()
            if self.tool is None:
                self.tool = CandidateTool(self.canvas, self)
            self.canvas.setMapTool(self.tool)
        else:
            stop_map_tool(self.canvas, self.tool)

    # -- running --------------------------------------------------------------------------------------------------
    def _run_box(self) -> QGroupBox:
        box = QGroupBox(tr("Run"))
        form = narrow_form(QFormLayout(box), above=True)
        self.task = QComboBox()
        self.task.addItems([tr(title) for title in TASK_TITLES])
        self.task.currentIndexChanged.connect(self._task_changed)
        form.addRow(tr("Task"), self.task)
        self.dem = layer_choice(LayerFilter.RasterLayer, tr("A single-band elevation raster in a projected CRS "
                                                            "(metres), such as the DHMV; not a base map."))
        form.addRow(tr("Terrain model"), self.dem)
        self.demand = layer_choice(LayerFilter.VectorLayer,
                                   tr("The points the network must serve: sensors, addresses, meters …"))
        form.addRow(tr("Demand points"), self.demand)
        self.weight = QgsFieldComboBox()
        self.weight.setAllowEmptyFieldName(True)
        self.demand.layerChanged.connect(self.weight.setLayer)
        form.addRow(tr("Weight field"), self.weight)
        self.k = QSpinBox()
        self.k.setRange(1, 1000)
        self.k.setValue(3)
        form.addRow(tr("Number of new sites"), self.k)
        self.redundancy = QSpinBox()
        self.redundancy.setRange(1, 3)
        form.addRow(tr("Gateways per demand point"), self.redundancy)
        self.radius = QDoubleSpinBox()
        self.radius.setRange(1.0, 100_000.0)
        self.radius.setValue(500.0)
        self.radius.setSuffix(" m")
        form.addRow(tr("Sensor radius"), self.radius)
        self.model = QComboBox()
        self.model.addItems([tr("MCLP (most weight covered)"), tr("LSCP (cover all)"), tr("p-median")])
        form.addRow(tr("Sensor model"), self.model)
        self.method = QComboBox()
        # short names (the dock is narrow), the explanation in the tooltip
        # in the order of the algorithms' METHOD options
        for index, (name, tip) in enumerate((
                (tr("Automatic"), tr("The proven optimum when the exact solver finds it within a few seconds, else "
                                     "the heuristic with its quality bound")),
                (tr("Exact (MILP, slow)"), tr("Exact (MILP with HiGHS)")),
                (tr("Heuristic (fast)"), tr("Heuristic only (greedy and local search, with a quality bound)")))):
            self.method.addItem(name)
            self.method.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        form.addRow(tr("Method"), self.method)
        shrinkable(self.task, self.weight, self.model, self.method)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"))
        self.run_button.clicked.connect(self.run)
        self.dialog_button = QPushButton(tr("All parameters…"))
        self.dialog_button.clicked.connect(self.open_dialog)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.dialog_button)
        form.addRow(buttons)
        return box

    def propose_inputs(self) -> None:
        """Fill the empty inputs with a project layer that fits, never with just the first one: a base map is not a
        terrain model. The terrain model: a single-band raster in a projected CRS, read from a file; the candidates:
        a point layer with a ``site_id`` field. Demand stays for the user to choose."""
        project = QgsProject.instance()
        web = [layer for layer in project.mapLayers().values()
               if isinstance(layer, QgsRasterLayer) and layer.providerType() in WEB_PROVIDERS]
        self.dem.setExceptedLayerList(web)
        if self.dem.currentLayer() is None:
            fitting = [layer for layer in project.mapLayers().values() if terrain_problem(layer) is None]
            if fitting:
                self.dem.setLayer(fitting[0])
        if self.candidates.currentLayer() is None:
            sites = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
                     and layer.geometryType() == GeometryType.Point and "site_id" in layer.fields().names()]
            if sites:
                self.candidates.setLayer(sites[0])

    def _layers_added(self, _layers) -> None:
        try:
            self.propose_inputs()
        except RuntimeError:  # the panel's widgets are gone (plugin unloaded)
            pass

    def _task_changed(self) -> None:
        task = TASKS[self.task.currentIndex()]
        sensors = task == "site_sensors"
        self.dem.setEnabled(not sensors)
        for widget in (self.demand, self.weight, self.k, self.method):
            widget.setEnabled(task != "radio_coverage")
        self.redundancy.setEnabled(task == "site_gateways")
        self.radius.setEnabled(sensors)
        self.model.setEnabled(sensors)

    def parameters(self) -> dict[str, Any]:
        """The chosen algorithm's parameters from the panel (outputs to temporary files)."""
        task = TASKS[self.task.currentIndex()]
        candidates = self.candidate_layer(create=False)
        if candidates is None:
            raise ValueError(tr("Choose or make a candidate layer first."))
        names = candidates.fields().names()
        fields = {key: name for key, name in (("ID_FIELD", "site_id"), ("HEIGHT_FIELD", "height"),
                                              ("COST_FIELD", "cost")) if name in names}
        weight = self.weight.currentField() or None
        if task == "radio_coverage":
            self._require_terrain()
            return {"GATEWAYS": candidates, **{k: v for k, v in fields.items() if k != "COST_FIELD"},
                    "DEM": self.dem.currentLayer(), **_into_project(COVERAGE_OUTPUTS)}
        self._require(self.demand.currentLayer(), tr("Choose the layer of demand points."))
        common = {"CANDIDATES": candidates, "DEMAND": self.demand.currentLayer(), "WEIGHT_FIELD": weight,
                  "K": self.k.value(), "METHOD": self.method.currentIndex(), **_into_project(PLACEMENT_OUTPUTS),
                  "OUTPUT_REPORT": "TEMPORARY_OUTPUT"}
        if task == "site_gateways":
            self._require_terrain()
            return {**common, **fields, "DEM": self.dem.currentLayer(), "REDUNDANCY": self.redundancy.value()}
        return {**common, **{k: v for k, v in fields.items() if k != "HEIGHT_FIELD"},
                "RADIUS": self.radius.value(), "MODEL": self.model.currentIndex()}

    @staticmethod
    def _require(value, message: str) -> None:
        if value is None:
            raise ValueError(message)

    def _require_terrain(self) -> None:
        layer = self.dem.currentLayer()
        self._require(layer, tr("Choose a terrain model."))
        problem = terrain_problem(layer)
        if problem:
            raise ValueError(problem)

    def run(self) -> QgsProcessingAlgRunnerTask | None:
        algorithm_id = f"{PROVIDER}:{TASKS[self.task.currentIndex()]}"
        try:
            parameters = self.parameters()
        except ValueError as error:
            self._say(str(error), error=True)
            return None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            self._say(tr("The Smart Municipality Processing provider is not loaded."), error=True)
            return None
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        entry = (task, context, feedback, algorithm_id, parameters)
        self._running.append(entry)
        task.executed.connect(lambda ok, results, entry=entry: self._finished(entry, ok, results))
        self.run_button.setEnabled(False)
        self._say(tr("Running {} …").format(algorithm.displayName()))
        QgsApplication.taskManager().addTask(task)
        return task

    def _finished(self, entry: tuple, ok: bool, results: dict) -> None:
        task, context, feedback, algorithm_id, parameters = entry
        if entry in self._running:
            self._running.remove(entry)
        self.run_button.setEnabled(not self._running)
        if not ok:
            self._say(feedback.textLog().strip().splitlines()[-1] if feedback.textLog().strip() else
                      tr("The computation failed or was cancelled."), error=True)
            return
        name = tr("Scenario {}").format(len(self.scenarios) + 1)
        layers = self._load_outputs(context, feedback, name)
        figures = scenario_figures(algorithm_id, results, layers.get("OUTPUT_SITES"), layers.get("OUTPUT_DEMAND"))
        scenario = Scenario(name, algorithm_id, parameters, results, figures)
        self.scenarios.append(scenario)
        task_title = TASK_TITLES[TASKS.index(algorithm_id.split(":")[1])]
        for combo in (self.scenario_a, self.scenario_b):
            combo.addItem(f"{name} — {tr(task_title)}")
        self.scenario_b.setCurrentIndex(len(self.scenarios) - 1)
        if len(self.scenarios) >= 2:
            self.scenario_a.setCurrentIndex(len(self.scenarios) - 2)
        self.compare()
        share = figures.get("covered_share")
        self._say(tr("{name} done: {share} covered.").format(name=name, share=format_percent(share)))
        self.scenario_added.emit(scenario)

    def _load_outputs(self, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
                      name: str) -> dict[str, Any]:
        """Add the layers the algorithm left to load to the project, each given its look by the algorithm's own
        post-processor (the one the Processing dialog runs) and named after the scenario; returns them by output
        name."""
        layers: dict[str, Any] = {}
        for destination, details in context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(destination, context, typeHint=details.layerTypeHint)
            if layer is None or not layer.isValid():
                continue
            layer = context.takeResultLayer(layer.id()) or layer  # the project owns it from now on
            if details.postProcessor() is not None:
                details.postProcessor().postProcessLayer(layer, context, feedback)
            layer.setName(f"{name}: {self._output_title(details.outputName)}")
            QgsProject.instance().addMapLayer(layer)
            layers[details.outputName] = layer
        return layers

    @staticmethod
    def _output_title(key: str) -> str:
        return {"OUTPUT_POWER": tr("received power"), "OUTPUT_SERVER": tr("best gateway"),
                "OUTPUT_REDUNDANCY": tr("gateways per cell"), "OUTPUT_SF": tr("spreading factor"),
                "OUTPUT_SF_POLYGONS": tr("coverage per SF"), "OUTPUT_SITES": tr("chosen sites"),
                "OUTPUT_DEMAND": tr("demand coverage")}.get(key, key)

    def open_dialog(self) -> None:
        import processing

        algorithm_id = f"{PROVIDER}:{TASKS[self.task.currentIndex()]}"
        try:
            parameters = self.parameters()
        except ValueError:
            parameters = {}
        processing.execAlgorithmDialog(algorithm_id, parameters)

    # -- comparing ----------------------------------------------------------------------------------------------
    def _compare_box(self) -> QGroupBox:
        box = QGroupBox(tr("Compare scenarios"))
        layout = QVBoxLayout(box)
        # one above the other: side by side, two scenario names made the dock wider than QGIS's 294 px
        choice = narrow_form(QFormLayout())
        self.scenario_a = QComboBox()
        self.scenario_b = QComboBox()
        self.scenario_a.currentIndexChanged.connect(self.compare)
        self.scenario_b.currentIndexChanged.connect(self.compare)
        shrinkable(self.scenario_a, self.scenario_b)
        choice.addRow("A", self.scenario_a)
        choice.addRow("B", self.scenario_b)
        layout.addLayout(choice)
        # the figure's name in the first column, wrapped: as a row header it pushed the dock wider
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["", "A", "B"])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in (1, 2):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table.setMinimumHeight(8 * self.table.fontMetrics().height())
        layout.addWidget(self.table)
        return box

    def compare(self) -> None:
        """Fill the table with the figures of the two chosen scenarios."""
        rows = [(tr("Sites"), "sites", 0), (tr("Total cost"), "cost", 2),
                (tr("Covered share"), "covered_share", "pct"),
                (tr("Heard by two gateways or more"), "redundant_share", "pct"),
                (tr("Quality (at least, of the optimum)"), "quality", "pct"), (tr("Gap to the bound"), "gap", "pct")]
        self.table.setRowCount(len(rows))
        for row_index, (title, _, _) in enumerate(rows):
            self.table.setItem(row_index, 0, QTableWidgetItem(title))
        for index, combo in enumerate((self.scenario_a, self.scenario_b)):
            index = combo.currentIndex()
            figures = self.scenarios[index].figures if 0 <= index < len(self.scenarios) else {}
            for row_index, (_, key, pattern) in enumerate(rows):
                value = figures.get(key)
                text = format_percent(value) if pattern == "pct" else format_number(value, pattern)
                item = QTableWidgetItem(text)
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row_index, index + 1, item)
        self.table.resizeRowsToContents()

    # -- helpers --------------------------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def cleanup(self) -> None:
        """Called by the plugin on unload: stop the map tool and cancel running tasks."""
        try:
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
        except TypeError:  # already disconnected
            pass
        if self.tool is not None:
            stop_map_tool(self.canvas, self.tool)
            self.tool.deleteLater()
            self.tool = None
        for task, *_ in list(self._running):
            task.cancel()


def _into_project(outputs: tuple[str, ...]) -> dict[str, QgsProcessingOutputLayerDefinition]:
    """Temporary outputs that Processing is to load into the project: the algorithm then registers the
    post-processor that styles each one."""
    return {key: QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance()) for key in outputs}


def terrain_problem(layer) -> str | None:
    """Why ``layer`` cannot be the terrain model, in one sentence; None when it can (a single-band raster from a
    file or database, in a projected CRS). A base map taken for a terrain model gave a grid of 152,692,949 cells."""
    if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
        return tr("Choose a terrain model.")
    if layer.providerType() in WEB_PROVIDERS:
        return tr("“{layer}” is a web map, not a terrain model: choose an elevation raster such as the DHMV.").format(
            layer=layer.name())
    if layer.bandCount() != 1:
        return tr("“{layer}” has {bands} bands, so it is an image, not a terrain model: choose a single-band "
                  "elevation raster such as the DHMV.").format(layer=layer.name(), bands=layer.bandCount())
    if layer.crs().isGeographic() or not layer.crs().isValid():
        return tr("The terrain model “{layer}” is not in a projected CRS in metres (such as Lambert 72): "
                  "reproject it first.").format(layer=layer.name())
    return None
