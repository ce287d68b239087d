"""Publish for citizens: the study store as a self-contained static web site (issue #18).

:mod:`.themes` gathers each theme from the store through what already decides what may be published (the device
register, the vacancy open-data rules, the project register's open-data columns); :mod:`.geojson` turns the layers
into RFC 7946 GeoJSON; :mod:`.dcat` writes their DCAT-AP Vlaanderen metadata; :mod:`.site` writes the folder
atomically around the page in ``web/`` (owned by the page's own engineer, copied as it is).
"""
