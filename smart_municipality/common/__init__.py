"""Small helpers every capability shares: table and vector file reading, geometry checks, checked feature sinks,
CRS names, optional modules, layer-file problems and the plugin version. No capability logic lives here."""
