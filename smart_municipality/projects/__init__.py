"""The smart-city project register (domain.md §5.4): its vocabulary and QGIS form, GIPOD works, conflicts between
projects and works, merging municipalities' registers and the open-data export. No Qt widgets here."""
