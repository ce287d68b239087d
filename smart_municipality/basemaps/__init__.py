"""The Flemish base maps from the declarative catalogue ``resources/basemaps.json`` (:mod:`.catalogue`)."""
