"""The bundled list of Flemish municipalities and its offline search (:mod:`.catalogue`)."""
