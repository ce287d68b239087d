"""Coded values of the project register (domain.md §5.4) and their labels in the plugin's language.

The store keeps the Dutch codes of the sources (``maturiteit = "pilootproject"``); forms and exports show labels
translated through :func:`~smart_municipality.i18n.tr` from English source strings.
"""

from __future__ import annotations

from ..i18n import tr, tr_noop

#: stored code → English label (translated when shown)
DIMENSIONS = {
    "Smart Governance": tr_noop("Smart governance"),
    "Environment": tr_noop("Environment"),
    "Mobility": tr_noop("Mobility"),
    "Living": tr_noop("Living"),
    "People": tr_noop("People"),
    "Economy": tr_noop("Economy"),
}
#: maturity from idea to scaled up, in this order
MATURITY = {
    "idee": tr_noop("Idea"),
    "plan": tr_noop("Plan"),
    "pilootproject": tr_noop("Pilot project"),
    "geïmplementeerd": tr_noop("Implemented"),
    "opgeschaald": tr_noop("Scaled up"),
}
INITIATOR_TYPES = {
    "publiek": tr_noop("Public"),
    "privé": tr_noop("Private"),
    "middenveld": tr_noop("Civil society"),
    "universiteit": tr_noop("University"),
    "onbekend": tr_noop("Unknown"),
}
FUNDING_FORMS = {
    "eigen middelen": tr_noop("Own resources"),
    "regionale/provinciale subsidie": tr_noop("Regional or provincial subsidy"),
    "Europese subsidie": tr_noop("European subsidy"),
    "lening": tr_noop("Loan"),
    "Belfius-EIB": tr_noop("Belfius-EIB"),
    "PPS": tr_noop("Public-private partnership"),
    "crowdfunding": tr_noop("Crowdfunding"),
}
MONITORING_METHODS = {
    "indicatoren/dashboard": tr_noop("Indicators / dashboard"),
    "evaluatiecomité": tr_noop("Evaluation committee"),
    "burgerbeoordeling": tr_noop("Citizen assessment"),
}

#: column → its coded values
VALUE_LISTS = {
    "dimensie": DIMENSIONS,
    "maturiteit": MATURITY,
    "initiatiefnemer_type": INITIATOR_TYPES,
    "financieringsvorm": FUNDING_FORMS,
    "monitoringmethode": MONITORING_METHODS,
}

#: column → English label (field aliases in forms and tables)
FIELD_LABELS = {
    "project_key": tr_noop("Project id"),
    "niscode": tr_noop("Municipality (NIS code)"),
    "naam": tr_noop("Name"),
    "beschrijving": tr_noop("Description"),
    "gemeenten": tr_noop("Municipalities involved (NIS codes)"),
    "dimensie": tr_noop("Theme (dimension)"),
    "prioriteitsthema": tr_noop("Priority theme"),
    "initiatiefnemer_type": tr_noop("Initiator type"),
    "partners": tr_noop("Partners"),
    "dienst": tr_noop("Lead department"),
    "dagelijks_beheer": tr_noop("Day-to-day manager"),
    "maturiteit": tr_noop("Status (maturity)"),
    "financieringsvorm": tr_noop("Funding form"),
    "subsidiebedrag": tr_noop("Subsidy (€)"),
    "cofinanciering_pct": tr_noop("Cofinancing (%)"),
    "kpi": tr_noop("KPI"),
    "streefwaarde": tr_noop("Target value"),
    "streefdatum": tr_noop("Target date"),
    "monitoringmethode": tr_noop("Monitoring method"),
    "datasets": tr_noop("Datasets produced"),
    "data_eigenaar": tr_noop("Data owner"),
    "draaiboek": tr_noop("Reusable playbook available"),
    "startdatum": tr_noop("Start date"),
    "einddatum": tr_noop("End date"),
    "participatie_link": tr_noop("Link to citizen participation"),
    "contactpersoon": tr_noop("Contact person"),
    "contact_email": tr_noop("Contact e-mail"),
    "contact_telefoon": tr_noop("Contact phone"),
}

#: personal contact fields: kept in the register, never published
PERSONAL_FIELDS = ("contactpersoon", "contact_email", "contact_telefoon")


def labels(column: str) -> dict[str, str]:
    """``{stored code: label in the plugin's language}`` of a coded column, in the register's order."""
    return {code: tr(label) for code, label in VALUE_LISTS[column].items()}


def field_label(column: str) -> str:
    return tr(FIELD_LABELS[column]) if column in FIELD_LABELS else column
