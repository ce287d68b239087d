"""QGIS entry point. Kept tiny: QGIS imports this at start-up, so nothing heavy and no network here."""


def classFactory(iface):  # noqa: N802 - name fixed by QGIS
    from .smart_municipality.plugin import SmartMunicipalityPlugin

    return SmartMunicipalityPlugin(iface)
