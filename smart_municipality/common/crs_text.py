"""A coordinate reference system named in a sentence: never an empty name.

A CRS read from a ``.prj`` or a WKT without an authority has no auth id, and a custom one may have no description;
a sentence with ``crs.authid()`` alone then says "the layer is in  but ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr

if TYPE_CHECKING:
    from qgis.core import QgsCoordinateReferenceSystem


def crs_label(crs: QgsCoordinateReferenceSystem | None) -> str:
    """``Belge 1972 / Belgian Lambert 72 (EPSG:31370)``; the auth id or the description alone when the other is
    empty; a nameless custom CRS by its PROJ definition; "an unknown CRS" for an invalid one."""
    if crs is None or not crs.isValid():
        return tr("an unknown CRS")
    authid = (crs.authid() or "").strip()
    description = (crs.description() or "").strip()
    if description and authid and authid not in description:
        return f"{description} ({authid})"
    if description or authid:
        return description or authid
    proj = (crs.toProj() or "").strip()
    return tr("a custom CRS ({definition})").format(definition=proj[:120]) if proj else tr("an unknown CRS")
