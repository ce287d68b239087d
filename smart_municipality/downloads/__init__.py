"""Download jobs: GRB layers and the address register of a municipality into the study GeoPackage (:mod:`.jobs`)."""
