"""The ``STORE`` parameter every algorithm that reads or writes a study uses, and its reading.

A store is typed as text, in the convention of :mod:`smart_municipality.store.uri`: a GeoPackage path
(``C:/studies/gent.gpkg``) or a PostGIS schema through one of QGIS's saved PostgreSQL connections
(``pg:<connection>?schema=<schema>``). A bad value becomes the one-sentence :class:`InputError` of the parser, which
:class:`SmartMunicipalityAlgorithm` shows as a Processing error.

    STORE = STORE

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter(self.STORE))

    def execute(self, parameters, context, feedback):
        with open_store_parameter(self, parameters, self.STORE, context) as store:
            ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import QgsProcessingParameterString

from ...smart_municipality.i18n import tr

if TYPE_CHECKING:
    from ...smart_municipality.store import Store, StoreUri

STORE = "STORE"
#: the chooser of Processing dialogs, by module path: QGIS imports it only when it builds a dialog, so listing the
#: algorithms (and qgis_process) loads no widget; the plugin's top package is whatever folder it is installed in
WIDGET_WRAPPER = f"{__name__.split('.')[0]}.smart_municipality.gui.store_wrapper.StoreWidgetWrapper"


def store_parameter(name: str = STORE, description: str | None = None, *, optional: bool = False,
                    default: str | None = None, must_exist: bool = False) -> QgsProcessingParameterString:
    """A text parameter for a store URI, with help that explains both forms; in dialogs a file picker and the saved
    PostGIS connections (``must_exist``: only an existing GeoPackage can be picked)."""
    parameter = QgsProcessingParameterString(
        name, description or tr("Study store"),
        defaultValue=default, optional=optional)
    parameter.setHelp(tr("A GeoPackage file, for example C:/studies/gent.gpkg, or a PostGIS schema through one of "
                         "QGIS's saved PostgreSQL connections: pg:<connection name>?schema=<schema>."))
    parameter.setMetadata({"widget_wrapper": {"class": WIDGET_WRAPPER, "must_exist": must_exist}})
    return parameter


def store_uri_parameter(algorithm, parameters: dict[str, Any], name: str, context) -> StoreUri:
    """The parsed store URI of parameter ``name``."""
    # the store package is imported here, not at the top: it loads numpy, pandas and shapely, and QGIS imports this
    # module at start-up to list the algorithms
    from ...smart_municipality.store import parse_store_uri

    return parse_store_uri(algorithm.parameterAsString(parameters, name, context))


def open_store_parameter(algorithm, parameters: dict[str, Any], name: str, context, *, create: bool = True,
                         read_only: bool = False) -> Store:
    """Open the store of parameter ``name`` (created when missing unless ``create`` is false)."""
    from ...smart_municipality.store import open_store

    store = open_store(store_uri_parameter(algorithm, parameters, name, context), create=create, read_only=read_only)
    # what an upgrade changed in the data (duplicate readings removed) is said once, where the user looks
    feedback = context.feedback() if hasattr(context, "feedback") else None
    for note in store.upgrade_notes:
        if feedback is not None:
            feedback.pushWarning(note)
    return store
