"""``smart_municipality:radio_coverage`` — LoRaWAN coverage of gateways over terrain and clutter."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
    QgsProcessingUtils,
)

from ...smart_municipality.common.sinks import add_features
from ...smart_municipality.compat.qt import FIELD_DOUBLE, FIELD_INT, ProcessingSourceType, WkbType, new_field
from ...smart_municipality.errors import Cancelled, InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.siting.styles import output_look
from . import siting_common as common
from .styling import style_output


class RadioCoverageAlgorithm(common.SitingAlgorithm):
    NAME = "radio_coverage"
    DISPLAY_NAME = "Radio coverage (LoRaWAN)"
    HELP = (
        "Predicts where LoRaWAN end devices reach the gateways. For every cell: received power at the gateway "
        "(uplink) = device EIRP + antenna gain − cable loss − path loss − terrain loss.<br>"
        "<b>Path loss</b>: log-distance with a published parameter set, your own parameters or a calibrated set "
        "(see 'Calibrate path loss'), Okumura-Hata, COST-231 Hata or free space; never less than free space.<br>"
        "<b>Terrain</b>: line of sight over the terrain model (plus the DSM or buildings as clutter) and knife-edge "
        "diffraction (ITU-R P.526) of the dominant obstacle; or line of sight only, computed by GDAL's viewshed.<br>"
        "<b>Outputs</b>: best received power (dBm), the best gateway, how many gateways hear each cell (with the fade "
        "margin at SF12), the smallest spreading factor that closes the link with the fade margin, and coverage "
        "polygons per SF.<br>Gateways and buildings must be in the terrain model's CRS (EPSG:31370 in Flanders).<br>"
        "Note: the empirical models (log-distance, Hata) already contain the loss of the buildings typically around a "
        "receiver; buildings given as clutter add their diffraction on top, which gives a pessimistic map near street "
        "level. Use clutter with free space, or for a worst case."
    )

    COVERED_SHARE = "COVERED_SHARE"
    GATEWAYS = "GATEWAYS"
    ID_FIELD = "ID_FIELD"
    OUTPUT_POWER = "OUTPUT_POWER"
    OUTPUT_REDUNDANCY = "OUTPUT_REDUNDANCY"
    OUTPUT_SERVER = "OUTPUT_SERVER"
    OUTPUT_SF = "OUTPUT_SF"
    OUTPUT_SF_POLYGONS = "OUTPUT_SF_POLYGONS"
    #: the output rasters and their layers in :mod:`~.siting.tiling`
    LAYERS = {OUTPUT_POWER: "power", OUTPUT_SERVER: "server", OUTPUT_REDUNDANCY: "redundancy", OUTPUT_SF: "min_sf"}

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.GATEWAYS, tr("Gateways"),
                                                              [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(self.ID_FIELD, tr("Gateway id field"),
                                                      parentLayerParameterName=self.GATEWAYS, optional=True))
        common.add_radio_site_parameters(self, self.GATEWAYS)
        common.add_terrain_parameters(self)
        common.add_model_parameters(self)
        common.add_extent_parameters(self)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_POWER, tr("Best received power (dBm)")))
        # only the received power is required: the other layers are written when asked for
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_SERVER, tr("Best gateway"),
                                                                  optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_REDUNDANCY,
                                                                  tr("Number of gateways that hear each cell"),
                                                                  optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_SF, tr("Smallest spreading factor"),
                                                                  optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_SF_POLYGONS,
                                                            tr("Coverage per spreading factor"),
                                                            ProcessingSourceType.VectorPolygon, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.COVERED_SHARE, tr("Share of the cells covered (0-1)")))

    def execute(self, parameters, context, feedback):
        from ...smart_municipality.siting.tiling import CoverageRasters

        dem = common.dem_layer(self, parameters, context)
        source = self.parameterAsSource(parameters, self.GATEWAYS, context)
        common.check_same_crs(dem.crs(), source, tr("gateways"))
        model, parameter_set = common.path_loss_model(self, parameters, context)
        settings = common.coverage_settings(self, parameters, context, model)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or None
        table = common.read_points(source, context, feedback, tr("gateways"), id_field)
        common.check_inside_dem(dem, table, tr("gateways"))
        gateways = common.transmitters(self, parameters, context, table, parameter_set)
        boxes = []
        for tx in gateways:
            reach = (tx.model or model).range_m(tx.radio.budget_db - settings.floor_dbm, settings.frequency_mhz,
                                                tx.radio.antenna_height_m, settings.rx_height_m)
            boxes.append((tx.x - reach, tx.y - reach, tx.x + reach, tx.y + reach))
        grid = common.grid_for(self, parameters, context, dem, boxes)
        feedback.pushInfo(tr("Grid of {rows} × {cols} cells of {cell:g} m; model: {model}.").format(
            rows=grid.nrows, cols=grid.ncols, cell=grid.cell_size, model=model.label))
        paths = {layer: self.parameterAsOutputLayer(parameters, key, context) or None
                 for key, layer in self.LAYERS.items()}  # empty: an optional raster the caller did not ask for
        asked = {key: paths[layer] for key, layer in self.LAYERS.items() if paths[layer]}
        if not paths["min_sf"] and parameters.get(self.OUTPUT_SF_POLYGONS):
            # the SF polygons are made from the SF raster: a temporary one when only the polygons are asked for
            paths["min_sf"] = QgsProcessingUtils.generateTempFilename("min_sf.tif")
        rasters = CoverageRasters(grid, paths)
        try:  # the rasters are written tile by tile to partial files, moved into place only when all is done
            share, sink_id = self._compute(parameters, context, feedback, dem, grid, gateways, settings, rasters)
            written = rasters.commit()
        except BaseException:
            rasters.discard()
            raise
        outputs = {key: written[self.LAYERS[key]] for key in asked}
        outputs[self.OUTPUT_SF_POLYGONS] = sink_id
        outputs[self.COVERED_SHARE] = share
        feedback.pushInfo(tr("{:.1f} % of the cells are covered at SF12 or better with the fade margin.").format(
            100 * share))
        names = [tx.id for tx in gateways]
        for key in (self.OUTPUT_POWER, self.OUTPUT_SF, self.OUTPUT_REDUNDANCY, self.OUTPUT_SERVER):
            qml, renderer = output_look(key, names)
            style_output(self, context, outputs.get(key), qml, renderer_factory=renderer)
        style_output(self, context, sink_id, output_look(self.OUTPUT_SF_POLYGONS)[0])
        return outputs

    def _compute(self, parameters, context, feedback, dem, grid, gateways, settings, rasters) -> tuple[float, str]:
        """Coverage tile by tile into ``rasters`` (progress 5-90 %, cancel between gateways and tiles), the SF
        polygons from the SF raster; returns the covered share and the polygons' sink id."""
        from ...smart_municipality.siting.tiling import Monitor, compute_coverage_tiled

        feedback.setProgress(5)
        monitor = Monitor(progress=lambda f: feedback.setProgress(5 + 85 * f), cancelled=feedback.isCanceled)
        result = compute_coverage_tiled(common.terrain_source(self, parameters, context, dem), grid, gateways,
                                        settings, rasters, monitor)
        if result.nodata_share >= 1.0:
            raise InputError(tr("The terrain model has no data in the area to compute; choose another extent or "
                                "terrain model."))
        if result.nodata_share > 0:
            feedback.pushWarning(tr("{:.1f} % of the cells have no terrain data; they are filled from their nearest "
                                    "neighbours for the obstacles and left empty in the results.").format(
                                        100 * result.nodata_share))
        rasters.close()
        sink_id = self._write_sf_polygons(parameters, context, dem.crs(), rasters.partials.get("min_sf"), grid)
        feedback.setProgress(95)
        if feedback.isCanceled():
            raise Cancelled(tr("The coverage computation was cancelled."))
        return result.covered_share, sink_id

    def _write_sf_polygons(self, parameters, context, crs, sf_raster, grid) -> str | None:
        """The area covered at each spreading factor or better, as polygons (only when the output is asked for), from
        the SF raster just written: it is read whole, one byte per cell."""
        from osgeo import gdal

        from ...smart_municipality.siting.coverage import sf_polygons

        fields = QgsFields()
        for name, kind in (("sf", FIELD_INT), ("area_km2", FIELD_DOUBLE), ("cumulative_km2", FIELD_DOUBLE),
                           ("cumulative_share", FIELD_DOUBLE)):
            fields.append(new_field(name, kind))
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT_SF_POLYGONS, context, fields,
                                             WkbType.MultiPolygon, crs)
        if sink is None:  # not asked for
            return sink_id
        min_sf = gdal.Open(str(sf_raster)).ReadAsArray()
        min_sf[min_sf == 255] = 0  # no terrain: no link, as in the untiled result
        for row in sf_polygons(min_sf, grid):
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(row["geometry"].wkb)
            feature.setGeometry(geometry)
            feature.setAttributes([row["sf"], row["area_km2"], row["cumulative_km2"], row["cumulative_share"]])
            add_features(sink, feature, self.parameterDefinition(self.OUTPUT_SF_POLYGONS).description())
        return sink_id
