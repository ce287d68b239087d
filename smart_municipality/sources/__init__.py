"""Clients of the outside services, the endpoint registry and the transport over the QGIS network stack."""
