"""What the user reads for the codes the domain stores: one translated label table per vocabulary.

The stores keep language-neutral codes (address match statuses ``exact``/``unmatched``, the vacancy register's
Dutch codes ``woning``/``geschrapt``, duration classes ``< 1 y``, traffic directions ``lft``/``rgt``), because they are
data: filters, exports and other tools read them. Panels, charts and messages show them through :func:`label`, so a
French user reads "logement" and "radié" while the register keeps ``woning`` and ``geschrapt``.
"""

from __future__ import annotations

from collections.abc import Callable

from .i18n import tr, tr_noop

#: address matching (``addresses/constants.py``)
ADDRESS_STATUS = {
    "exact": tr_noop("exact"),
    "normalised": tr_noop("after normalisation"),
    "fuzzy": tr_noop("spelling corrected"),
    "housenumber_only": tr_noop("house number only"),
    "ambiguous": tr_noop("ambiguous"),
    "unmatched": tr_noop("not found"),
    "manual": tr_noop("chosen by hand"),
}

#: vacancy register statuses (``vacancy/vocabulary.py``: vacancy.md §5)
VACANCY_STATUS = {
    "vermoeden": tr_noop("suspected"),
    "vastgesteld": tr_noop("established"),
    "opgenomen": tr_noop("in the register"),
    "beroep": tr_noop("under appeal"),
    "geschrapt": tr_noop("removed"),
}

#: vacancy register property types
VACANCY_TYPE = {
    "woning": tr_noop("dwelling"),
    "gebouw": tr_noop("building"),
    "bedrijfsruimte": tr_noop("business premises"),
    "winkel/handelspand": tr_noop("shop"),
    "onbekend": tr_noop("unknown type"),
}

#: vacancy duration classes (``vacancy/indicators.py``: DURATION_CLASSES)
DURATION_CLASS = {
    "< 1 y": tr_noop("less than 1 year"),
    "1-2 y": tr_noop("1 to 2 years"),
    "2-5 y": tr_noop("2 to 5 years"),
    "> 5 y": tr_noop("more than 5 years"),
}

#: periods of the sensor statistics (``sensors/constants.py``: PERIODS)
PERIOD = {
    "hour": tr_noop("hour"),
    "day": tr_noop("day"),
    "week": tr_noop("week"),
    "month": tr_noop("month"),
    "year": tr_noop("year"),
}

#: direction of a traffic count (Telraam ``_lft`` / ``_rgt``, see ``sensors/properties.py``)
DIRECTION = {
    "lft": tr_noop("direction A→B"),
    "rgt": tr_noop("direction B→A"),
}

#: legend entries of the siting styles (``resources/styles/siting_*.qml``, written by
#: ``scripts/build_siting_styles.py`` in English); spreading factors and dBm values read the same everywhere
SITING_LEGEND = {
    "covered": tr_noop("covered"),
    "not covered": tr_noop("not covered"),
    "existing site": tr_noop("existing site"),
    "new site": tr_noop("new site"),
    "none": tr_noop("no gateway"),
    "1 gateway": tr_noop("1 gateway"),
    "2 gateways": tr_noop("2 gateways"),
    "3 gateways": tr_noop("3 gateways"),
    "4 or more gateways": tr_noop("4 or more gateways"),
    "-70 dBm or more": tr_noop("-70 dBm or more"),
}


def label(table: dict[str, str], code: object) -> str:
    """The translated label of ``code`` in ``table``; a code the table does not know is shown as it is."""
    if code is None:
        return ""
    text = table.get(str(code))
    return tr(text) if text is not None else str(code)


def property_label(property_id: str, translate: Callable[[str], str] = tr) -> str:
    """The name of an observed property in the interface language (or through ``translate``: the published web
    page asks for each of its languages), directional traffic counts included ("Auto's, richting A→B" for
    ``car_lft``)."""
    from .sensors.properties import PROPERTIES

    base, _, suffix = property_id.rpartition("_")
    if base in PROPERTIES and suffix in DIRECTION:
        return translate("{property}, {direction}").format(property=translate(PROPERTIES[base].name),
                                                           direction=translate(DIRECTION[suffix]))
    prop = PROPERTIES.get(property_id)
    return translate(prop.name) if prop is not None else property_id
