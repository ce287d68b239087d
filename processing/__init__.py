"""The Processing provider and its algorithms (thin layers over the domain).

This folder is imported as ``smart_municipality.processing``; it never shadows QGIS's own ``processing`` package
because the plugin folder itself is never on ``sys.path``.
"""
