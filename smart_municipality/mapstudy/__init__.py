"""The map study: a PDF a council can read, built from the study store.

``constants.py`` (light, read when QGIS starts) names the themes, papers and languages; ``template.py`` loads the
print layout templates of ``resources/layouts/map_study_*.qpt``; ``themes.py`` turns the store's registers into theme
pages (map layers, key figures, chart, sources) or says why a theme is left out; ``study.py`` builds the layout (title
page, overview, a page per theme, optional atlas per neighbourhood) and exports it. No Qt widgets: the Processing
algorithm ``smart_municipality:map_study`` and the "Kaartstudie" panel are thin layers over ``study.py``.
"""
