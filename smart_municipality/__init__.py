"""Smart Municipality: the domain core and the plugin's Python.

Sub-packages by feature: ``sources`` (outside services), ``store`` (GeoPackage/PostGIS), ``addresses``,
``vacancy``, ``sensors``, ``projects``, ``siting`` (domain, no Qt widgets) and ``gui`` (the only place with widgets).
"""
