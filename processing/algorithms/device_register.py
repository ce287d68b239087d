"""Processing algorithm ``smart_municipality:device_register``: the public register of sensors, "what is where"."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterFeatureSink,
)

from ...smart_municipality.compat.qt import WkbType
from ...smart_municipality.i18n import tr
from .frames import frame_fields
from .sensors_common import SensorAlgorithm, niscode_parameter, read_niscode, write_features
from .store_parameter import open_store_parameter, store_parameter


class DeviceRegisterAlgorithm(SensorAlgorithm):
    NAME = "device_register"
    DISPLAY_NAME = "Public device register (what is placed where)"
    HELP = (
        "A point layer citizens may see: every sensor of the study store with its type, what it measures, owner, "
        "operator, connectivity (LoRa, 4G, Wi-Fi, …), installation date, status and whether it processes personal "
        "data.<br>Sensors marked as not public are left out; sensors that process personal data (citizen sensors "
        "at home, cameras) are shown at the centre of their 100 m grid cell, so the register does not point at a "
        "private house. Contract references and internal notes are not part of the register."
    )
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(store_parameter(self.STORE))
        self.addParameter(niscode_parameter(optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Device register")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        import numpy as np

        from ...smart_municipality.sensors.register import device_register, register_note
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context, optional=True) if parameters.get(self.NISCODE) else None
        with open_store_parameter(self, parameters, self.STORE, context, create=False, read_only=True) as store:
            register = device_register(SensorRepository(store), niscode)
        table = register.drop(columns=["x", "y"])
        table["install_date"] = table["install_date"].map(lambda d: "" if d is None else str(d))
        fields = frame_fields(table)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.Point,
                                          QgsCoordinateReferenceSystem("EPSG:31370"))
        x, y = register["x"].to_numpy(dtype=float), register["y"].to_numpy(dtype=float)
        geometries = [QgsGeometry.fromPointXY(QgsPointXY(a, b)) if np.isfinite(a) and np.isfinite(b) else None
                      for a, b in zip(x, y)]
        write_features(sink, fields, table, geometries, feedback)
        feedback.pushInfo(register_note())
        return {self.OUTPUT: dest}
