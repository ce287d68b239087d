"""The help of every parameter of our algorithms, and which parameters are for experts (folded under "Advanced
parameters" in the algorithm dialog).

:meth:`.base.SmartMunicipalityAlgorithm.addParameter` applies it to each parameter as the algorithm defines it, so
the algorithms' ``initAlgorithm`` stay as they are. Keys: ``"<algorithm>:<NAME>"``, or ``NAME`` alone where a
parameter means the same in every algorithm, or ``"<group>:<NAME>"`` for a group of algorithms (:data:`GROUPS`).
"""

from __future__ import annotations

from ...smart_municipality.i18n import tr, tr_noop

#: the groups of algorithms that share the help of their parameters ("<group>:<NAME>" keys)
GROUPS = {"mobility_indicators": "mobility", "compare_periods": "mobility",  # reading traffic counts
          "site_gateways": "siting", "site_sensors": "siting", "radio_coverage": "siting"}

PARAMETER_HELP: dict[str, tuple[bool, str]] = {
    "STORE": (False, tr_noop("The study store: a GeoPackage file, or a PostGIS store written as pg:<saved "
                             "connection>?schema=<schema>.")),
    "NISCODE": (False, tr_noop("Five-digit NIS code of the municipality (44021 for Gent): only its data is used.")),
    "MUNICIPALITY": (False, tr_noop("Name of the municipality in Dutch or French, or its NIS code (Herstappe, "
                                    "73028).")),
    "EXTENT": (False, tr_noop("Instead of a municipality: the area to take, in any CRS (it is reprojected to "
                              "Lambert 72).")),
    "START": (False, tr_noop("Start of the period, in Belgian time; empty: seven days before the end.")),
    "END": (False, tr_noop("End of the period, in Belgian time; empty: now.")),
    "AREA": (False, tr_noop("Polygons of the area whose sensors are loaded; empty: the extent of the "
                            "municipality of the NIS code.")),
    "AUTHCFG": (False, tr_noop("A QGIS authentication configuration holding the key or login; it stays in QGIS's "
                               "encrypted store, never in the project.")),
    "SHEET": (False, tr_noop("Name of the worksheet of an Excel file; empty: the first sheet.")),
    "OUTPUT": (False, tr_noop("Where the result is written: a temporary layer, a file or a layer in a GeoPackage.")),
    "REFERENCE_DATE": (False, tr_noop("The day the figures hold for; empty: today.")),
    "VACANCY": (False, tr_noop("The vacancy register as points, as written by Import vacancy register.")),
    "DENOMINATOR": (False, tr_noop("Addresses or buildings to divide by, so the result is a rate and not only a "
                                   "count.")),
    "AREA_ID_FIELD": (False, tr_noop("Field that identifies each area uniquely.")),
    "AREA_NAME_FIELD": (False, tr_noop("Field with the name of each area, shown in the results.")),
    "TITLE": (False, tr_noop("Title of the published data set, written in its metadata.")),
    "PUBLISHER": (False, tr_noop("Organisation that publishes the data set, usually the municipality.")),
    "LICENCE": (False, tr_noop("Licence of the published data set; empty: the Flemish Modellicentie Gratis "
                               "Hergebruik v1.0.")),
    "SOURCE": (False, tr_noop("Where the data comes from, written in the metadata.")),
    "FORMAT": (False, tr_noop("File format of the output.")),
    "mobility:INPUT": (False, tr_noop("Telraam hourly reports (CSV or JSON) or counting-pole exports; leave "
                                      "empty to use the counts in a study store.")),
    "mobility:STORE": (False, tr_noop("Instead of files: a study store holding Telraam counts (loaded with Load "
                                      "Telraam counts).")),
    "mobility:SEGMENTS": (False, tr_noop("Road segments or counting points to draw the results on; empty: a "
                                         "table without geometry.")),
    "mobility:SEGMENT_FIELD": (False, tr_noop("Field of the segments layer with the segment id of the counts.")),
    "mobility:SEGMENT_IDS": (False, tr_noop("Only these segments, ids separated by commas; empty: every counted "
                                            "segment.")),
    "mobility:MIN_DAY_COVERAGE": (True, tr_noop("A day counts only when this share of its hours was counted "
                                                "(hours with uptime of 0.5 or less are no counts).")),
    "aggregate_observations:PROPERTY": (False, tr_noop("The measured quantity to summarise (NO2, PM2.5, noise …).")),
    "aggregate_observations:GROUP_BY": (False, tr_noop("Summarise per sensor, per area of the areas layer, or "
                                                       "for the whole municipality.")),
    "aggregate_observations:AREAS": (False, tr_noop("Polygons to summarise per (only for 'per area').")),
    "aggregate_observations:AREA_FIELD": (False, tr_noop("Field with the name of each area in the result.")),
    "aggregate_observations:PERIOD": (False, tr_noop("Length of each period of the statistics: hour, day, week, "
                                                     "month or year.")),
    "aggregate_observations:PERCENTILE": (True, tr_noop("Which percentile of the readings to report, e.g. 98 for "
                                                        "the 98th percentile.")),
    "aggregate_observations:THRESHOLD": (True, tr_noop("Readings above this value count as exceedances; empty: "
                                                       "the EU limit value of the property.")),
    "aggregate_observations:EXCEEDANCE_BASIS": (True, tr_noop("Count exceedances of single readings, or of "
                                                              "hourly or daily means as the EU directive does.")),
    "aggregate_observations:MIN_COMPLETENESS": (True, tr_noop("A period with less data than this share gets no "
                                                              "value (it is marked, not hidden).")),
    "aggregate_observations:OUTPUT": (False, tr_noop("Table of the statistics per sensor or area and period.")),
    "calibrate_path_loss:MEASUREMENTS": (False, tr_noop("Points where a device was heard, with the gateway and "
                                                        "the signal strength (RSSI, SNR).")),
    "calibrate_path_loss:MEASUREMENTS_CSV": (False, tr_noop("Or the measurements as a CSV file with coordinates "
                                                            "(e.g. a TTN Mapper export).")),
    "calibrate_path_loss:GATEWAY_FIELD": (False, tr_noop("Field of the measurements naming the gateway that "
                                                         "heard them; empty: found from the column names.")),
    "calibrate_path_loss:RSSI_FIELD": (False, tr_noop("Field with the received signal strength (dBm); empty: "
                                                      "found from the column names.")),
    "calibrate_path_loss:SNR_FIELD": (True, tr_noop("Field with the signal-to-noise ratio (dB); empty: found "
                                                    "from the column names.")),
    "calibrate_path_loss:SF_FIELD": (True, tr_noop("Field with the spreading factor of each message; empty: "
                                                   "found from the column names.")),
    "calibrate_path_loss:GATEWAYS": (False, tr_noop("Point layer of the gateways that heard the measurements.")),
    "calibrate_path_loss:ID_FIELD": (False, tr_noop("Field of the gateways with the id used in the measurements.")),
    "calibrate_path_loss:HEIGHT_FIELD": (False, tr_noop("Field with the antenna height of each gateway in metres "
                                                        "above the ground; empty values use the default.")),
    "calibrate_path_loss:EIRP_FIELD": (True, tr_noop("Field with the transmit power (EIRP, dBm) of the devices; "
                                                     "empty values use the default.")),
    "calibrate_path_loss:GAIN_FIELD": (True, tr_noop("Field with the antenna gain (dBi) of each gateway; empty "
                                                     "values use the default.")),
    "calibrate_path_loss:CABLE_LOSS_FIELD": (True, tr_noop("Field with the cable and connector loss (dB) of each "
                                                           "gateway; empty values use the default.")),
    "calibrate_path_loss:ANTENNA_HEIGHT": (False, tr_noop("Antenna height above the ground where the layer gives "
                                                          "none.")),
    "calibrate_path_loss:EIRP": (True, tr_noop("Transmit power of the devices: 16 dBm EIRP is the legal maximum "
                                               "in the EU 868 MHz band.")),
    "calibrate_path_loss:GAIN": (True, tr_noop("Gain of the gateway antenna; 3 dBi for a common fibreglass "
                                               "antenna.")),
    "calibrate_path_loss:CABLE_LOSS": (True, tr_noop("Loss in the cable and connectors between gateway and "
                                                     "antenna.")),
    "calibrate_path_loss:FREQUENCY": (True, tr_noop("Radio frequency; 868.1 MHz is the first channel of LoRaWAN "
                                                    "EU868, used in Belgium.")),
    "calibrate_path_loss:RX_HEIGHT": (True, tr_noop("Height of the devices above the ground when measuring; 1.5 "
                                                    "m for a device carried by hand.")),
    "calibrate_path_loss:PRIOR": (True, tr_noop("Published model whose error on the measurements is reported "
                                                "next to the calibrated one.")),
    "calibrate_path_loss:RECEIVER_FLOOR": (True, tr_noop("The RSSI at which the receiver reports its weakest packets "
                                                          "(dBm); packets at this floor count as censored. Empty: "
                                                          "estimated per spreading factor from a pile-up of packets "
                                                          "at the lowest RSSI.")),
    "calibrate_path_loss:PER_GATEWAY": (False, tr_noop("Also fit a model per gateway, for gateways with enough "
                                                       "measurements.")),
    "calibrate_path_loss:MIN_POINTS": (True, tr_noop("A gateway gets its own fit only from this many "
                                                     "measurements on.")),
    "calibrate_path_loss:SET_NAME": (False, tr_noop("Name of the calibrated parameter set, as the siting "
                                                    "algorithms list it.")),
    "calibrate_path_loss:OUTPUT_JSON": (False, tr_noop("JSON file of the parameter set, to give to Radio "
                                                       "coverage or the siting algorithms.")),
    "calibrate_path_loss:OUTPUT_TABLE": (False, tr_noop("Table of the fit per gateway: measurements used, error "
                                                        "before and after.")),
    "compare_periods:BEFORE_START": (False, tr_noop("First day of the period before the change.")),
    "compare_periods:BEFORE_END": (False, tr_noop("Last day of the period before the change.")),
    "compare_periods:AFTER_START": (False, tr_noop("First day of the period after the change.")),
    "compare_periods:AFTER_END": (False, tr_noop("Last day of the period after the change.")),
    "compare_periods:DAY_TYPE": (False, tr_noop("Which days are compared: school-term weekdays, weekend days or "
                                                "all days.")),
    "compare_periods:INCLUDE_HOLIDAYS": (True, tr_noop("Also compare weekdays in the Flemish school holidays.")),
    "compare_periods:MIN_DAYS": (True, tr_noop("A segment is compared only with at least this many valid days in "
                                               "each period.")),
    "compare_periods:OUTPUT": (False, tr_noop("Per segment and mode: before, after, the change with its "
                                              "confidence interval and the verdict.")),
    "copy_store:SOURCE": (False, tr_noop("The store to copy from: a GeoPackage file or pg:<saved "
                                         "connection>?schema=<schema>.")),
    "copy_store:TARGET": (False, tr_noop("The store to copy into; it is created when it does not exist.")),
    "copy_store:REPLACE": (False, tr_noop("Replace the data already in the target; otherwise a target with data "
                                          "is refused.")),
    "device_register:OUTPUT": (False, tr_noop("Layer of the sensors with their owner, location, properties and "
                                              "latest reading.")),
    "download_addresses:OUTPUT": (False, tr_noop("The study GeoPackage; its addresses layer is added or "
                                                 "replaced, its other layers are kept.")),
    "download_grb:LAYERS": (False, tr_noop("Which GRB layers to download: buildings, parcels, road segments …")),
    "download_grb:OUTPUT": (False, tr_noop("The study GeoPackage; the chosen layers are added or replaced, the "
                                           "others are kept.")),
    "export_projects_open_data:INPUT": (False, tr_noop("The project register layer; contact fields are never "
                                                       "exported.")),
    "export_projects_open_data:OUTPUT": (False, tr_noop("The open-data file, with its metadata next to it.")),
    "export_vacancy_open_data:INDICATORS": (False, tr_noop("The indicators per area, as written by Vacancy "
                                                           "indicators; small numbers stay suppressed.")),
    "export_vacancy_open_data:INCLUDE_POINTS": (False, tr_noop("Also publish the vacant premises as points, "
                                                               "without any personal data.")),
    "export_vacancy_open_data:POINT_TYPES": (False, tr_noop("Only premises of these types are published as "
                                                            "points (shops, for example).")),
    "export_vacancy_open_data:REFERENCE_DATE": (False, tr_noop("The day the published points hold for; empty: "
                                                               "today.")),
    "export_vacancy_open_data:SUPPRESS_SMALL_COUNTS": (False, tr_noop("Where a rate is suppressed for small "
                                                                      "numbers, leave its counts empty too.")),
    "export_vacancy_open_data:OUTPUT": (False, tr_noop("The open-data file, with its metadata next to it.")),
    "import_observations:INPUT": (False, tr_noop("A file of readings: CSV, Excel, or an export of "
                                                 "sensor.community, IRCEL-CELINE or Telraam.")),
    "import_observations:FORMAT": (False, tr_noop("The kind of file; automatic recognises the known exports.")),
    "import_observations:MAPPING": (True, tr_noop("For other files: which column holds what, as key=column; … "
                                                  "(time=Datum; value=NO2).")),
    "import_observations:ZONE": (True, tr_noop("Time zone of times written without an offset; Belgian time for "
                                               "most local exports.")),
    "import_observations:PROPERTY": (False, tr_noop("The measured quantity, when the file does not say it (no2, "
                                                    "pm25, noise …).")),
    "import_observations:POSITION": (False, tr_noop("Where the sensor stands, for a file of one sensor without "
                                                    "coordinates.")),
    "import_observations:STORE": (False, tr_noop("The study store the readings are added to: a GeoPackage file "
                                                 "or pg:<saved connection>?schema=<schema>.")),
    "import_vacancy_register:INPUT": (False, tr_noop("The export of the vacancy register: a VIP export, or "
                                                     "another CSV or Excel file.")),
    "import_vacancy_register:COLUMN_MAPPING": (True, tr_noop("For files that are not a VIP export: which column "
                                                             "holds what, as role=column; …")),
    "import_vacancy_register:STATUS_MAPPING": (True, tr_noop("Words of your register for a status that the "
                                                             "plugin does not know, as word=status; …")),
    "import_vacancy_register:TYPE_MAPPING": (True, tr_noop("Words of your register for a property type that the "
                                                           "plugin does not know, as word=type; …")),
    "import_vacancy_register:EXPORT_DATE": (False, tr_noop("The day of the export; empty: read from the file "
                                                           "name, else today.")),
    "import_vacancy_register:NISCODE": (False, tr_noop("NIS code of the municipality, when the export does not "
                                                       "say it.")),
    "import_vacancy_register:ADDRESSES": (False, tr_noop("Address layer in the standard schema (Download "
                                                         "addresses) to place dossiers on their address.")),
    "import_vacancy_register:PARCELS": (False, tr_noop("GRB parcels (ADP, with CAPAKEY) to place dossiers that "
                                                       "give a parcel.")),
    "import_vacancy_register:BUILDINGS": (False, tr_noop("GRB buildings (GBG) to place dossiers that give a "
                                                         "building.")),
    "import_vacancy_register:STORE": (False, tr_noop("The study store the register is kept in, with its history: "
                                                     "a GeoPackage file or pg:<saved connection>?schema=<schema>.")),
    "import_vacancy_register:MISSING_MEANS_REMOVED": (False, tr_noop("The export holds every dossier: one "
                                                                     "missing from it has been removed from the "
                                                                     "register.")),
    "import_vacancy_register:ALLOW_OLDER": (True, tr_noop("Import an export older than the last one imported (to "
                                                          "rebuild the history).")),
    "import_vacancy_register:REJECTED": (False, tr_noop("The rows that could not be imported, each with the "
                                                        "reason.")),
    "interpolate_observations:PROPERTY": (False, tr_noop("The measured quantity to map.")),
    "interpolate_observations:STATISTIC": (False, tr_noop("The value of each sensor over the period: mean, "
                                                          "median, maximum …")),
    "interpolate_observations:INPUT": (False, tr_noop("Instead of the store: a point layer with one value per "
                                                      "point.")),
    "interpolate_observations:FIELD": (False, tr_noop("Field of the point layer with the value.")),
    "interpolate_observations:EXTENT": (False, tr_noop("Area of the surface; empty: the extent of the sensors.")),
    "interpolate_observations:CELL_SIZE": (True, tr_noop("Size of the cells of the surface in metres; smaller "
                                                         "cells take longer.")),
    "interpolate_observations:POWER": (True, tr_noop("Inverse-distance power: higher values let the nearest "
                                                     "sensor weigh more.")),
    "interpolate_observations:NEIGHBOURS": (True, tr_noop("How many of the nearest sensors make each cell's "
                                                          "value.")),
    "interpolate_observations:OUTPUT": (False, tr_noop("The interpolated surface (GeoTIFF); an estimate between "
                                                       "sensors, not a measurement.")),
    "load_gipod:START": (False, tr_noop("First day of the period whose works and events are loaded.")),
    "load_gipod:END": (False, tr_noop("Last day of the period.")),
    "load_gipod:COLLECTIONS": (False, tr_noop("Which GIPOD collections to load: works (innames), events …")),
    "load_gipod:OUTPUT": (False, tr_noop("The study GeoPackage; the GIPOD layers are added or replaced, the "
                                         "others are kept.")),
    "load_irceline:PROPERTY": (False, tr_noop("The pollutant whose official readings are loaded.")),
    "load_sensor_community:ARCHIVE_START": (False, tr_noop("First day to read from the sensor.community archive; "
                                                           "empty: only the latest readings.")),
    "load_sensor_community:ARCHIVE_END": (False, tr_noop("Day up to which the archive is read (that day not "
                                                         "included).")),
    "load_sensorthings:URL": (False, tr_noop("Root address of the SensorThings API service, e.g. https://…/v1.1.")),
    "load_sensorthings:PROPERTY": (False, tr_noop("Name of the observed property on the server; empty: every "
                                                  "property.")),
    "load_telraam:SEGMENTS": (False, tr_noop("Telraam segment ids separated by commas; empty: every segment in "
                                             "the area.")),
    "map_study:MUNICIPALITY": (False, tr_noop("The municipality the study is about, by name or NIS code; empty: "
                                              "the whole region of the store.")),
    "map_study:EXTENT": (False, tr_noop("Instead of a municipality: the area the study shows.")),
    "map_study:THEMES": (False, tr_noop("The theme pages of the study; a theme without data is left out with a "
                                        "note.")),
    "map_study:LANGUAGE": (False, tr_noop("Language of every text of the study.")),
    "map_study:PAPER": (False, tr_noop("Paper size and orientation of the pages.")),
    "map_study:AREAS": (False, tr_noop("Neighbourhoods (wijken, statistical sectors) for the figures per area "
                                       "and the atlas.")),
    "map_study:AREA_NAME_FIELD": (False, tr_noop("Field with the name of each neighbourhood.")),
    "map_study:ATLAS": (False, tr_noop("Add one page per neighbourhood, with its figures next to the "
                                       "municipality's.")),
    "map_study:BASE_LAYERS": (True, tr_noop("Your own layers drawn under the themes (a base map, for example).")),
    "map_study:TEMPLATE": (True, tr_noop("Your own layout template (.qpt), made from one of the plugin's; empty: "
                                         "the plugin's.")),
    "map_study:TITLE": (False, tr_noop("Title on the title page; empty: Map study and the municipality's name.")),
    "map_study:REFERENCE_DATE": (True, tr_noop("The day the figures of the study hold for; empty: today.")),
    "map_study:OUTPUT": (False, tr_noop("The PDF of the study; an existing file is replaced only when the study "
                                        "is complete.")),
    "publish_web_map:MUNICIPALITY": (False, tr_noop("The municipality to publish, by name or NIS code; the store "
                                                    "must hold its data.")),
    "publish_web_map:THEMES": (False, tr_noop("The layers of the page; a theme the store has no data for is left "
                                              "out with a note.")),
    "publish_web_map:LANGUAGES": (False, tr_noop("The languages the page offers; the first one chosen is the one it "
                                                 "opens in.")),
    "publish_web_map:OUTPUT": (False, tr_noop("The folder of the web site: empty, or an earlier published site, "
                                              "which is replaced only when the new one is complete.")),
    "match_addresses:INPUT": (False, tr_noop("The list of addresses to match: a table layer, a CSV or an Excel "
                                             "file.")),
    "match_addresses:ADDRESS_FIELD": (False, tr_noop("Column with the whole address in one text; use it or the "
                                                     "separate columns below.")),
    "match_addresses:STREET_FIELD": (False, tr_noop("Column with the street name.")),
    "match_addresses:HOUSENUMBER_FIELD": (False, tr_noop("Column with the house number (with or without its "
                                                         "letter).")),
    "match_addresses:BOX_FIELD": (False, tr_noop("Column with the box number.")),
    "match_addresses:POSTCODE_FIELD": (False, tr_noop("Column with the postcode.")),
    "match_addresses:MUNICIPALITY_FIELD": (False, tr_noop("Column with the municipality.")),
    "match_addresses:REFERENCE": (False, tr_noop("The address register to match onto (Download addresses), so "
                                                 "the matching works offline.")),
    "match_addresses:ALLOW_ONLINE": (False, tr_noop("Without a reference: ask the online address register, which "
                                                    "sends your addresses to that service.")),
    "match_addresses:OUTPUT": (False, tr_noop("Every row of the list with the address found, its id, how sure "
                                              "the match is and a point.")),
    "match_addresses:UNMATCHED_OUTPUT": (False, tr_noop("Only the rows to check by hand (not found or not sure); "
                                                        "written only when given.")),
    "merge_project_registers:STORES": (False, tr_noop("Study stores with a project register, one per line.")),
    "merge_project_registers:LAYERS": (False, tr_noop("Project registers as layers (e.g. the municipalities' own "
                                                      "files).")),
    "merge_project_registers:TARGET": (False, tr_noop("The regional store the registers are merged into.")),
    "merge_project_registers:DUPLICATES": (False, tr_noop("Projects that seem to be the same in two registers, "
                                                          "to check by hand.")),
    "mobility_indicators:SPEED_LIMIT_FIELD": (False, tr_noop("Field of the segments with the speed limit (km/h), "
                                                             "for the share of speeding.")),
    "mobility_indicators:SPEED_LIMIT": (False, tr_noop("Speed limit where no field gives one (km/h).")),
    "mobility_indicators:START": (False, tr_noop("First day of the period; empty: the first counted day.")),
    "mobility_indicators:END": (False, tr_noop("Last day of the period; empty: the last counted day.")),
    "mobility_indicators:OUTPUT": (False, tr_noop("Per segment: average daily traffic per mode and direction, "
                                                  "modal split, peaks, v85 and speeding.")),
    "mobility_indicators:HOURLY_OUTPUT": (False, tr_noop("The hourly counts with their time, to play in the "
                                                         "temporal controller; written only when given.")),
    "project_conflicts:PROJECTS": (False, tr_noop("The project register layer.")),
    "project_conflicts:WORKS": (False, tr_noop("Works or events in the public domain, e.g. the GIPOD innames.")),
    "project_conflicts:DISTANCE": (False, tr_noop("A project and a work this close to each other, at the same "
                                                  "time, are a conflict.")),
    "project_conflicts:PROJECT_ID": (False, tr_noop("Field with the id of each project.")),
    "project_conflicts:PROJECT_NAME": (False, tr_noop("Field with the name of each project.")),
    "project_conflicts:PROJECT_START": (False, tr_noop("Field with the start date of each project.")),
    "project_conflicts:PROJECT_END": (False, tr_noop("Field with the end date of each project.")),
    "project_conflicts:WORK_ID": (False, tr_noop("Field with the id of each work.")),
    "project_conflicts:WORK_NAME": (False, tr_noop("Field with the name of each work.")),
    "project_conflicts:WORK_START": (False, tr_noop("Field with the start date of each work.")),
    "project_conflicts:WORK_END": (False, tr_noop("Field with the end date of each work.")),
    "project_conflicts:OUTPUT": (False, tr_noop("Each project and work that meet in place and time, with the "
                                                "days they overlap.")),
    "vacancy_hotspots:MODE": (False, tr_noop("Analyse areas that already have a value, or count the register on "
                                             "a grid of cells.")),
    "vacancy_hotspots:INPUT": (False, tr_noop("Areas with a value to analyse, e.g. the vacancy indicators (areas "
                                              "mode).")),
    "vacancy_hotspots:VALUE_FIELD": (False, tr_noop("Field with the value to analyse, e.g. the vacancy rate.")),
    "vacancy_hotspots:VACANCY": (False, tr_noop("The vacancy register as points (grid mode).")),
    "vacancy_hotspots:DENOMINATOR": (False, tr_noop("Addresses or buildings per cell, so cells compare rates "
                                                    "(grid mode).")),
    "vacancy_hotspots:NISCODE": (False, tr_noop("NIS code of the municipality; empty: the whole region.")),
    "vacancy_hotspots:STUDY_AREA": (False, tr_noop("Polygon of the area the grid covers (grid mode).")),
    "vacancy_hotspots:CELL_SIZE": (False, tr_noop("Size of the grid cells; cells with few addresses are left out "
                                                  "for privacy.")),
    "vacancy_hotspots:REFERENCE_DATE": (False, tr_noop("The day the register is counted on (grid mode); empty: "
                                                       "today.")),
    "vacancy_hotspots:WEIGHTS": (True, tr_noop("Which areas are neighbours: sharing a border (on the grid: the 8 "
                                               "cells around), the k nearest, or within a distance.")),
    "vacancy_hotspots:NEIGHBOURS": (True, tr_noop("Number of nearest neighbours (k nearest neighbours only).")),
    "vacancy_hotspots:DISTANCE": (True, tr_noop("Areas within this distance are neighbours (distance band only).")),
    "vacancy_hotspots:PERMUTATIONS": (True, tr_noop("Random permutations for the significance; more is steadier "
                                                    "but slower.")),
    "vacancy_hotspots:SEED": (True, tr_noop("Seed of the random permutations: the same seed gives the same "
                                            "result.")),
    "vacancy_hotspots:SIGNIFICANCE": (True, tr_noop("Largest p-value for a cluster of the local Moran's I to "
                                                    "count.")),
    "vacancy_hotspots:OUTPUT": (False, tr_noop("Per area or cell: Gi* hot or cold spot, its significance and the "
                                               "Moran cluster.")),
    "vacancy_indicators:AREAS": (False, tr_noop("Polygons (wijken, statistical sectors) or street segments "
                                                "(lines) to count per.")),
    "vacancy_indicators:NISCODE": (False, tr_noop("NIS code of the municipality; empty: the whole region.")),
    "vacancy_indicators:STREET_CODE_FIELD": (False, tr_noop("Field of the street segments with the street code, "
                                                            "to count premises on their own street.")),
    "vacancy_indicators:STREET_NAME_FIELD": (False, tr_noop("Field of the street segments with the street name.")),
    "vacancy_indicators:MAX_DISTANCE": (True, tr_noop("A premise counts for the nearest segment of its street "
                                                      "only within this distance.")),
    "vacancy_indicators:OUTPUT": (False, tr_noop("Per area: premises, vacant premises, rate, types and "
                                                 "durations; rates of small areas suppressed.")),
    "export_vacancy_open_data:VACANCY": (False, tr_noop("The vacancy register as points, for the published "
                                                        "points.")),
    # the siting algorithms (radio coverage, gateway and sensor placement)
    "siting:GATEWAYS": (False, tr_noop("Point layer of the gateways (existing or planned) whose coverage is "
                                       "computed.")),
    "siting:CANDIDATES": (False, tr_noop("Point layer of the places where a new gateway or sensor could go, for "
                                         "example roofs of public buildings.")),
    "siting:ID_FIELD": (False, tr_noop("Field that names each site in the results; empty: the feature number.")),
    "siting:COST_FIELD": (False, tr_noop("Field with the cost of a site (rent, installation); empty: every site "
                                         "costs 1.")),
    "siting:HEIGHT_FIELD": (False, tr_noop("Field with the antenna height of each site in metres above the ground; "
                                           "empty values use the default height.")),
    "siting:EIRP_FIELD": (True, tr_noop("Field with the transmit power (EIRP, dBm) of the end devices per site; "
                                        "empty values use the default.")),
    "siting:GAIN_FIELD": (True, tr_noop("Field with the antenna gain (dBi) of each gateway; empty values use the "
                                        "default.")),
    "siting:CABLE_LOSS_FIELD": (True, tr_noop("Field with the cable and connector loss (dB) of each gateway; empty "
                                              "values use the default.")),
    "siting:ANTENNA_HEIGHT": (False, tr_noop("Antenna height above the ground where the layer gives none: 15 m is "
                                             "a roof of a three-storey building.")),
    "siting:EIRP": (True, tr_noop("Transmit power of the end devices: 16 dBm EIRP is the legal maximum in the EU "
                                  "868 MHz band (14 dBm ERP).")),
    "siting:GAIN": (True, tr_noop("Gain of the gateway antenna; 3 dBi for a common fibreglass antenna.")),
    "siting:CABLE_LOSS": (True, tr_noop("Loss in the cable and connectors between gateway and antenna.")),
    "siting:EXISTING": (False, tr_noop("Gateways or sensors already in place: they are kept and count for the "
                                       "coverage.")),
    "siting:DEMAND": (False, tr_noop("The points the network must serve: sensors, addresses, meters, schools …")),
    "siting:WEIGHT_FIELD": (False, tr_noop("Field that says how much a point counts (residents, pupils, traffic); "
                                           "empty: every point counts once.")),
    "siting:GOAL": (False, tr_noop("Cover as much demand as possible with K new sites, or reach the coverage "
                                   "target with the cheapest sites.")),
    "siting:K": (False, tr_noop("How many new sites to choose.")),
    "siting:TARGET": (False, tr_noop("Share of the demand weight that must be covered (goal: coverage target).")),
    "siting:REDUNDANCY": (False, tr_noop("How many gateways must hear each point: 2 keeps the network up when a "
                                         "gateway fails.")),
    "siting:METHOD": (False, tr_noop("Automatic takes the proven optimum when the exact method finds it within a "
                                     "few seconds, else the heuristic; the heuristic is fast and says how close to "
                                     "the best answer it is; exact finds the best answer but can take long.")),
    "siting:TIME_LIMIT": (True, tr_noop("The exact method stops after this many seconds and returns the best "
                                        "answer found so far.")),
    "siting:LP_BOUND": (True, tr_noop("A tighter guarantee of how close to optimal the answer is; can be slow on "
                                      "large problems.")),
    "siting:DEM": (False, tr_noop("Elevation of the ground (DTM), a single-band raster in a projected CRS such as "
                                  "the DHMV II in Lambert 72; not a base map.")),
    "siting:SURFACE": (True, tr_noop("Elevation with buildings and trees (DSM, e.g. DHMV II DSM): obstacles are "
                                     "its height above the terrain model.")),
    "siting:BUILDINGS": (True, tr_noop("Building polygons (e.g. GRB buildings) as obstacles, when there is no "
                                       "surface model.")),
    "siting:BUILDING_HEIGHT_FIELD": (True, tr_noop("Field with the building height in metres; empty: the default "
                                                   "height.")),
    "siting:BUILDING_HEIGHT": (True, tr_noop("Height of a building without a height: 8 m is about two storeys and "
                                             "a roof.")),
    "siting:RX_HEIGHT": (True, tr_noop("Height of the end devices above the ground; 1.5 m for a sensor on a pole "
                                       "or a façade.")),
    "siting:TERRAIN": (True, tr_noop("How terrain and obstacles weaken the signal: not at all, a fixed loss out of "
                                     "sight, or diffraction over the obstacles (the most realistic).")),
    "siting:NLOS_LOSS": (True, tr_noop("Extra loss where the gateway is out of sight, in line-of-sight mode only.")),
    "siting:FADE_MARGIN": (True, tr_noop("Reserve for fading and changes over time: a point counts as covered only "
                                         "with this much signal to spare.")),
    "siting:FREQUENCY": (True, tr_noop("Radio frequency; 868.1 MHz is the first channel of LoRaWAN EU868, used in "
                                       "Belgium.")),
    "siting:MODEL": (True, tr_noop("Formula for the loss over distance; a calibrated parameter set replaces it.")),
    "site_sensors:MODEL": (False, tr_noop("MCLP covers the most weight with K sensors, LSCP covers all points with "
                                          "the fewest sensors, p-median brings sensors closest to the points.")),
    "siting:PL0": (True, tr_noop("Only for the user model: path loss at the reference distance.")),
    "siting:EXPONENT": (True, tr_noop("Only for the user model: how fast the loss grows with distance (2 in free "
                                      "space, 2.5–4 in towns).")),
    "siting:D0": (True, tr_noop("Only for the user model: distance at which the reference loss holds.")),
    "siting:PARAMETER_SET": (True, tr_noop("A path-loss model calibrated on your own measurements (algorithm "
                                           "“Calibrate path loss from measurements”); replaces the model above.")),
    "siting:MAX_SF": (True, tr_noop("Largest LoRa spreading factor the devices may use: higher reaches further but "
                                    "uses more air time and battery.")),
    "siting:EXTENT": (True, tr_noop("Area to compute; empty: as far as the gateways can reach.")),
    "siting:CELL_SIZE": (True, tr_noop("Size of the computation cells in metres; 0 uses those of the terrain "
                                       "model. Larger cells compute faster.")),
    "siting:RADIUS": (False, tr_noop("A point is covered by a sensor within this distance.")),
    "siting:AREAS": (False, tr_noop("Neighbourhoods or districts: the report says how well each one is served.")),
    "siting:AREA_NAME_FIELD": (False, tr_noop("Field with the name of each area in the report.")),
    "siting:NISCODE": (True, tr_noop("NIS code of the municipality the scenario belongs to.")),
    "siting:SCENARIO_NAME": (True, tr_noop("Name of the scenario in the store; the same name again replaces it.")),
    "site_gateways:OUTPUT_SITES": (False, tr_noop("The chosen gateway sites, kept and new, with the demand each "
                                                  "one covers.")),
    "site_sensors:OUTPUT_SITES": (False, tr_noop("The chosen sensor sites, kept and new, with the demand each one "
                                                 "covers.")),
    "siting:OUTPUT_DEMAND": (False, tr_noop("The demand points, each with whether and by which site it is "
                                            "covered.")),
    "siting:OUTPUT_AREAS": (False, tr_noop("The areas, each with the share of its demand that is covered.")),
    "siting:OUTPUT_REPORT": (False, tr_noop("A report of the run as a web page: the answer, how close to the "
                                            "optimum it is, the coverage per area.")),
    "radio_coverage:OUTPUT_POWER": (False, tr_noop("Raster of the best received power in each cell (dBm).")),
    "radio_coverage:OUTPUT_SERVER": (False, tr_noop("Raster of the gateway heard best in each cell.")),
    "radio_coverage:OUTPUT_REDUNDANCY": (False, tr_noop("Raster of how many gateways hear each cell with the fade "
                                                        "margin to spare.")),
    "radio_coverage:OUTPUT_SF": (False, tr_noop("Raster of the smallest spreading factor that reaches each cell.")),
    "radio_coverage:OUTPUT_SF_POLYGONS": (False, tr_noop("Polygons of the area each spreading factor reaches.")),
}


def describe(algorithm: str, parameter) -> None:
    """Give ``parameter`` of ``algorithm`` its help in the interface language, and the advanced flag when it is for
    experts; a parameter that already has help keeps it."""
    from ...smart_municipality.compat.qt import ProcessingParameterFlag

    entry = next((PARAMETER_HELP[key] for key in _keys(algorithm, parameter.name()) if key in PARAMETER_HELP), None)
    if entry is None:
        return
    advanced, text = entry
    if not parameter.help():
        parameter.setHelp(tr(text))
    if advanced:
        parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)


def _keys(algorithm: str, name: str) -> tuple[str, str, str]:
    """The keys of a parameter's help, the most particular first: its algorithm's, its group's, everyone's."""
    return f"{algorithm}:{name}", f"{GROUPS.get(algorithm, algorithm)}:{name}", name
