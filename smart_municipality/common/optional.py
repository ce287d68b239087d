"""Python modules a QGIS installation may lack, and the one sentence that says so.

Every QGIS ships numpy, GDAL/OGR and (in the installers we support) pandas, geopandas and shapely. scipy, matplotlib,
openpyxl and psycopg2 are optional: the OSGeo4W and standalone installers leave some out, a distribution packages
them separately. The plugin loads and every feature that does not need them works; a feature that does calls
:func:`require`, which imports the module or raises :class:`MissingModule` with one translated sentence naming the
feature, the module and how to add it (so Processing shows that sentence, never an ``ImportError`` traceback).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import UserError
from ..i18n import tr

#: optional module → its Debian/Ubuntu package (OSGeo4W and pip know it by the module's own name)
OPTIONAL_MODULES = {
    "scipy": "python3-scipy",
    "matplotlib": "python3-matplotlib",
    "openpyxl": "python3-openpyxl",
    "psycopg2": "python3-psycopg2",
}


class MissingModule(UserError):
    """A feature needs an optional Python module that this installation lacks."""

    def __init__(self, message: str, module: str) -> None:
        super().__init__(message)
        self.module = module


def missing_message(module: str, purpose: str, alternative: str = "") -> str:
    """The sentence for a missing ``module``: ``purpose`` (translated, e.g. "Reading Excel files") needs it; an
    ``alternative`` (translated, e.g. "save the file as CSV") is offered last when given."""
    top = module.split(".")[0]
    package = OPTIONAL_MODULES.get(top, f"python3-{top}")
    if alternative:
        return tr("{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with "
                  "the OSGeo4W installer or pip (Debian/Ubuntu: {package}), or {alternative}.").format(
            purpose=purpose, module=top, package=package, alternative=alternative)
    return tr("{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the "
              "OSGeo4W installer or pip (Debian/Ubuntu: {package}).").format(purpose=purpose, module=top,
                                                                             package=package)


def require(module: str, purpose: str, alternative: str = "") -> ModuleType:
    """Import ``module`` (a submodule such as ``scipy.sparse`` too) or raise :class:`MissingModule`."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingModule(missing_message(module, purpose, alternative), module.split(".")[0]) from error


def available(module: str) -> bool:
    """Whether ``module`` can be imported (it is imported when it can: call this where the feature is used)."""
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def missing_optional(error: ImportError) -> str | None:
    """The optional module an ``ImportError`` is about, or ``None`` when it is about something else (a bug)."""
    name = (getattr(error, "name", None) or "").split(".")[0]
    return name if name in OPTIONAL_MODULES else None
