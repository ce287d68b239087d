<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>SmartMunicipality</name>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="44" />
            <source>Aggregate sensor readings</source>
            <translation>Aggregate sensor readings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="45" />
            <source>Statistics of one property per sensor or per area (polygons), per hour, day, week, month or year (calendar periods in Belgian time; the clock-change days have 23 and 25 hours and are counted so).&lt;br&gt;Columns: number of valid readings and of expected readings, data completeness (%), mean, median, minimum, maximum, sum, a percentile and the number of exceedances of a threshold — of single readings (e.g. NO2 hours above 200 µg/m³) or of daily means (e.g. PM10 days above 50 µg/m³).&lt;br&gt;&lt;b&gt;EU rule&lt;/b&gt;: a period mean is only given when at least the minimum completeness (75 % by default) of the period holds valid readings; mean_raw keeps the unqualified mean. Readings marked invalid (Telraam uptime ≤ 0.5, AirBase flags, negative concentrations) never count.&lt;br&gt;Per area, the readings of every sensor inside the polygon are pooled; sensors outside every polygon are left out.</source>
            <translation>Statistics of one property per sensor or per area (polygons), per hour, day, week, month or year (calendar periods in Belgian time; the clock-change days have 23 and 25 hours and are counted so).&lt;br&gt;Columns: number of valid readings and of expected readings, data completeness (%), mean, median, minimum, maximum, sum, a percentile and the number of exceedances of a threshold — of single readings (e.g. NO2 hours above 200 µg/m³) or of daily means (e.g. PM10 days above 50 µg/m³).&lt;br&gt;&lt;b&gt;EU rule&lt;/b&gt;: a period mean is only given when at least the minimum completeness (75 % by default) of the period holds valid readings; mean_raw keeps the unqualified mean. Readings marked invalid (Telraam uptime ≤ 0.5, AirBase flags, negative concentrations) never count.&lt;br&gt;Per area, the readings of every sensor inside the polygon are pooled; sensors outside every polygon are left out.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="73" />
            <source>Per</source>
            <translation>Per</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="73" />
            <source>sensor</source>
            <translation>sensor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="73" />
            <source>area</source>
            <translation>area</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="76" />
            <source>Areas (for 'per area')</source>
            <translation>Areas (for 'per area')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="77" />
            <location filename="../processing/algorithms/site_sensors.py" line="83" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="137" />
            <source>Area name field</source>
            <translation>Area name field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="82" />
            <source>Percentile</source>
            <translation>Percentile</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="84" />
            <source>Threshold for exceedances</source>
            <translation>Threshold for exceedances</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="86" />
            <source>Count exceedances of</source>
            <translation>Count exceedances of</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="87" />
            <source>single readings</source>
            <translation>single readings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="87" />
            <source>daily means</source>
            <translation>daily means</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="88" />
            <source>Minimum data completeness (%)</source>
            <translation>Minimum data completeness (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="90" />
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="139" />
            <source>The store holds no {property} readings for this municipality and period.</source>
            <translation>The store holds no {property} readings for this municipality and period.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="143" />
            <source>{n} readings of {sensors} sensors.</source>
            <translation>{n} readings of {sensors} sensors.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="168" />
            <source>Choose the area layer to aggregate per area.</source>
            <translation>Choose the area layer to aggregate per area.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="56" />
            <source>Calibrate path loss from measurements</source>
            <translation>Calibrate path loss from measurements</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="57" />
            <source>Fits the log-distance path-loss model PL(d) = PL(1 km) + 10·n·log(d/1 km) to measured uplinks (a TTN Mapper export or a field test: position, gateway id, RSSI, SNR), jointly and per gateway.&lt;br&gt;Measured path loss = EIRP + gain − cable loss − (RSSI + min(SNR, 0)). Rows with an empty RSSI or −200 dBm are packets that were not received; when there are such rows the fit is a censored (Tobit) maximum-likelihood fit, otherwise ordinary least squares.&lt;br&gt;Reports the RMSE of the chosen prior model and of the fit, and (with three gateways or more) the RMSE on each gateway left out of the fit. The fit is saved as a parameter set under its name (and optionally as a .json file) that 'Radio coverage' and 'Place gateways' accept.&lt;br&gt;Give the measurements either as a point layer in the gateways' CRS or as a CSV file (comma or semicolon, lat/lon in WGS84 or x/y in Lambert 72).</source>
            <translation>Fits the log-distance path-loss model PL(d) = PL(1 km) + 10·n·log(d/1 km) to measured uplinks (a TTN Mapper export or a field test: position, gateway id, RSSI, SNR), jointly and per gateway.&lt;br&gt;Measured path loss = EIRP + gain − cable loss − (RSSI + min(SNR, 0)). Rows with an empty RSSI or −200 dBm are packets that were not received; when there are such rows the fit is a censored (Tobit) maximum-likelihood fit, otherwise ordinary least squares.&lt;br&gt;Reports the RMSE of the chosen prior model and of the fit, and (with three gateways or more) the RMSE on each gateway left out of the fit. The fit is saved as a parameter set under its name (and optionally as a .json file) that 'Radio coverage' and 'Place gateways' accept.&lt;br&gt;Give the measurements either as a point layer in the gateways' CRS or as a CSV file (comma or semicolon, lat/lon in WGS84 or x/y in Lambert 72).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="90" />
            <source>Measurements (points)</source>
            <translation>Measurements (points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="93" />
            <source>Measurements (CSV file)</source>
            <translation>Measurements (CSV file)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="95" />
            <source>Gateway id field (empty: detect)</source>
            <translation>Gateway id field (empty: detect)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="96" />
            <source>RSSI field (empty: detect)</source>
            <translation>RSSI field (empty: detect)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="97" />
            <source>SNR field (empty: detect)</source>
            <translation>SNR field (empty: detect)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="98" />
            <source>Spreading factor field (empty: detect)</source>
            <translation>Spreading factor field (empty: detect)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="101" />
            <location filename="../processing/algorithms/radio_coverage.py" line="56" />
            <source>Gateways</source>
            <translation>Gateways</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="103" />
            <location filename="../processing/algorithms/radio_coverage.py" line="58" />
            <source>Gateway id field</source>
            <translation>Gateway id field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="106" />
            <location filename="../processing/algorithms/siting_common.py" line="173" />
            <source>Frequency (MHz)</source>
            <translation>Frequency (MHz)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="109" />
            <source>Device height (m above ground)</source>
            <translation>Device height (m above ground)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="112" />
            <source>Model to compare with (RMSE before)</source>
            <translation>Model to compare with (RMSE before)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="117" />
            <source>Receiver RSSI floor (dBm; empty = estimate from the data per spreading factor)</source>
            <translation>Receiver RSSI floor (dBm; empty = estimate from the data per spreading factor)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="119" />
            <source>Also fit each gateway separately</source>
            <translation>Also fit each gateway separately</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="121" />
            <source>Least measurements for a gateway's own fit</source>
            <translation>Least measurements for a gateway's own fit</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="123" />
            <source>Name of the parameter set</source>
            <translation>Name of the parameter set</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="124" />
            <source>Parameter set file</source>
            <translation>Parameter set file</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="125" />
            <source>Parameter set (*.json)</source>
            <translation>Parameter set (*.json)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="127" />
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="213" />
            <source>Calibration per gateway</source>
            <translation>Calibration per gateway</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="129" />
            <source>RMSE of the prior model (dB)</source>
            <translation>RMSE of the prior model (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="130" />
            <source>RMSE of the fit (dB)</source>
            <translation>RMSE of the fit (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="131" />
            <source>RMSE on held-out gateways (dB)</source>
            <translation>RMSE on held-out gateways (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="132" />
            <source>Saved parameter set</source>
            <translation>Saved parameter set</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="140" />
            <source>The measurements are in {} but the gateways in {}; reproject one of them so both use the same CRS.</source>
            <translation>The measurements are in {} but the gateways in {}; reproject one of them so both use the same CRS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="148" />
            <source>Choose the gateway id and RSSI fields of the measurements; they could not be detected from the field names.</source>
            <translation>Choose the gateway id and RSSI fields of the measurements; they could not be detected from the field names.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="183" />
            <source>Measurements read from a CSV file are in EPSG:31370; reproject the gateways to EPSG:31370 too.</source>
            <translation>Measurements read from a CSV file are in EPSG:31370; reproject the gateways to EPSG:31370 too.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="186" />
            <source>Give the measurements as a point layer or as a CSV file.</source>
            <translation>Give the measurements as a point layer or as a CSV file.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="187" />
            <source>{n} measurements, {r} received.</source>
            <translation>{n} measurements, {r} received.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="215" />
            <source>Joint fit: PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB; RMSE {b:.2f} dB with the prior model, {a:.2f} dB with the fit.</source>
            <translation>Joint fit: PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB; RMSE {b:.2f} dB with the prior model, {a:.2f} dB with the fit.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="219" />
            <source>Saved as parameter set '{name}' ({path}); a fade margin of {m:.1f} dB gives 90 % location reliability.</source>
            <translation>Saved as parameter set '{name}' ({path}); a fade margin of {m:.1f} dB gives 90 % location reliability.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="21" />
            <source>Compare traffic before and after</source>
            <translation>Compare traffic before and after</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="22" />
            <source>Did a measure (a circulation plan, a school street) change the traffic more than the ordinary day-to-day variation? Two periods of the same counts (files or the study store) are compared per segment and mode.&lt;br&gt;Only days of the same type are compared: school-term weekdays with school-term weekdays (or weekend days with weekend days); school holidays and public holidays are left out unless you include the holidays.&lt;br&gt;Per mode: the average daily traffic before and after, the change in %, its 95 % confidence interval (a bootstrap over the days of each period, with a fixed seed so a rerun gives the same answer) and a verdict in words — 'fewer cars: −18 % ± 6 %' when the interval excludes zero, else 'no change beyond the usual variation'. A segment with fewer valid days than the minimum in a period is flagged, not guessed.&lt;br&gt;One feature per segment; the columns of each mode start with its name (car_change_pct, car_verdict, …).</source>
            <translation>Did a measure (a circulation plan, a school street) change the traffic more than the ordinary day-to-day variation? Two periods of the same counts (files or the study store) are compared per segment and mode.&lt;br&gt;Only days of the same type are compared: school-term weekdays with school-term weekdays (or weekend days with weekend days); school holidays and public holidays are left out unless you include the holidays.&lt;br&gt;Per mode: the average daily traffic before and after, the change in %, its 95 % confidence interval (a bootstrap over the days of each period, with a fixed seed so a rerun gives the same answer) and a verdict in words — 'fewer cars: −18 % ± 6 %' when the interval excludes zero, else 'no change beyond the usual variation'. A segment with fewer valid days than the minimum in a period is flagged, not guessed.&lt;br&gt;One feature per segment; the columns of each mode start with its name (car_change_pct, car_verdict, …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="45" />
            <source>Before: first day</source>
            <translation>Before: first day</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="45" />
            <source>Before: last day</source>
            <translation>Before: last day</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="46" />
            <source>After: first day</source>
            <translation>After: first day</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="46" />
            <source>After: last day</source>
            <translation>After: last day</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="48" />
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="49" />
            <source>weekdays</source>
            <translation>weekdays</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="49" />
            <source>weekend days</source>
            <translation>weekend days</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="51" />
            <source>Include school-holiday weekdays</source>
            <translation>Include school-holiday weekdays</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="52" />
            <source>Minimum valid days per period</source>
            <translation>Minimum valid days per period</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="54" />
            <source>Before and after</source>
            <translation>Before and after</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="76" />
            <source>{n} of {total} segments have too few valid days in a period and are flagged, not judged: {ids}.</source>
            <translation>{n} of {total} segments have too few valid days in a period and are flagged, not judged: {ids}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="82" />
            <source>Change before/after</source>
            <translation>Change before/after</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="16" />
            <source>Copy a study between stores</source>
            <translation>Copy a study between stores</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="17" />
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="19" />
            <source>Copies a whole study from one store to another: from a GeoPackage to a PostGIS schema (to share it with a team, an intercommunale or the region) or back (to take it along). Every table is copied with all records, geometries, times, row versions and the complete change history. The target must be empty unless 'Replace the data in the target' is ticked; it is written in one transaction, so a failed or cancelled copy leaves it as it was. Stores are GeoPackage files or pg:&amp;lt;saved connection&amp;gt;?schema=&amp;lt;schema&amp;gt;.</source>
            <translation>Copies a whole study from one store to another: from a GeoPackage to a PostGIS schema (to share it with a team, an intercommunale or the region) or back (to take it along). Every table is copied with all records, geometries, times, row versions and the complete change history. The target must be empty unless 'Replace the data in the target' is ticked; it is written in one transaction, so a failed or cancelled copy leaves it as it was. Stores are GeoPackage files or pg:&amp;lt;saved connection&amp;gt;?schema=&amp;lt;schema&amp;gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="33" />
            <source>Source store</source>
            <translation>Source store</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="34" />
            <location filename="../processing/algorithms/copy_store.py" line="37" />
            <source>Target store</source>
            <translation>Target store</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="35" />
            <source>Replace the data in the target</source>
            <translation>Replace the data in the target</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="38" />
            <source>Records copied</source>
            <translation>Records copied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="46" />
            <source>Copying {source} to {target}</source>
            <translation>Copying {source} to {target}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="49" />
            <source>{table}: {count} records</source>
            <translation>{table}: {count} records</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/device_register.py" line="24" />
            <source>A point layer citizens may see: every sensor of the study store with its type, what it measures, owner, operator, connectivity (LoRa, 4G, Wi-Fi, …), installation date, status and whether it processes personal data.&lt;br&gt;Sensors marked as not public are left out; sensors that process personal data (citizen sensors at home, cameras) are shown at the centre of their 100 m grid cell, so the register does not point at a private house. Contract references and internal notes are not part of the register.</source>
            <translation>A point layer citizens may see: every sensor of the study store with its type, what it measures, owner, operator, connectivity (LoRa, 4G, Wi-Fi, …), installation date, status and whether it processes personal data.&lt;br&gt;Sensors marked as not public are left out; sensors that process personal data (citizen sensors at home, cameras) are shown at the centre of their 100 m grid cell, so the register does not point at a private house. Contract references and internal notes are not part of the register.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="20" />
            <source>Download addresses</source>
            <translation>Download addresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="21" />
            <location filename="../processing/algorithms/download_grb.py" line="19" />
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="23" />
            <source>Downloads every address of a municipality from the Flemish address register (Adressenregister, basisregisters API) into layer &lt;i&gt;addresses&lt;/i&gt; of a GeoPackage: points in EPSG:31370 with the fields address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address and street_id. Positions the register publishes in Lambert 2008 (EPSG:3812) are reprojected.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code. The register is read 500 addresses per request; the download can be cancelled, and the GeoPackage is only written (or replaced) when everything has arrived.</source>
            <translation>Downloads every address of a municipality from the Flemish address register (Adressenregister, basisregisters API) into layer &lt;i&gt;addresses&lt;/i&gt; of a GeoPackage: points in EPSG:31370 with the fields address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address and street_id. Positions the register publishes in Lambert 2008 (EPSG:3812) are reprojected.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code. The register is read 500 addresses per request; the download can be cancelled, and the GeoPackage is only written (or replaced) when everything has arrived.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="37" />
            <location filename="../processing/algorithms/download_common.py" line="31" />
            <location filename="../processing/algorithms/publish_web_map.py" line="50" />
            <source>Municipality (name or NIS code)</source>
            <translation>Municipality (name or NIS code)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="39" />
            <source>Number of addresses</source>
            <translation>Number of addresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="48" />
            <source>Addresses {municipality}</source>
            <translation>Addresses {municipality}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="33" />
            <location filename="../processing/algorithms/map_study.py" line="89" />
            <source>Or an extent</source>
            <translation>Or an extent</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="37" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="38" />
            <source>GeoPackage (*.gpkg *.GPKG)</source>
            <translation>GeoPackage (*.gpkg *.GPKG)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="46" />
            <source>Give either a municipality or an extent, not both.</source>
            <translation>Give either a municipality or an extent, not both.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="58" />
            <source>The extent has no coordinate reference system; choose it on the map or add it as [EPSG:31370].</source>
            <translation>The extent has no coordinate reference system; choose it on the map or add it as [EPSG:31370].</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="18" />
            <source>Download GRB layers</source>
            <translation>Download GRB layers</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="21" />
            <source>Downloads layers of the GRB (Grootschalig Referentiebestand: buildings, parcels, road surfaces and more) from Digitaal Vlaanderen's OGC API Features service into one GeoPackage, one layer per GRB type, in EPSG:31370 with all attributes of the source, including the identifiers OIDN and UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code; features that intersect the municipality's boundary (from VRBG) are kept whole. Or give an &lt;b&gt;extent&lt;/b&gt; instead: everything that intersects it is kept.&lt;br&gt;The download runs page by page and can be cancelled; the GeoPackage is only written (or replaced) when everything has arrived, so a failure or a cancel leaves an existing file as it was.</source>
            <translation>Downloads layers of the GRB (Grootschalig Referentiebestand: buildings, parcels, road surfaces and more) from Digitaal Vlaanderen's OGC API Features service into one GeoPackage, one layer per GRB type, in EPSG:31370 with all attributes of the source, including the identifiers OIDN and UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code; features that intersect the municipality's boundary (from VRBG) are kept whole. Or give an &lt;b&gt;extent&lt;/b&gt; instead: everything that intersects it is kept.&lt;br&gt;The download runs page by page and can be cancelled; the GeoPackage is only written (or replaced) when everything has arrived, so a failure or a cancel leaves an existing file as it was.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="40" />
            <source>GRB layers</source>
            <translation>GRB layers</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="43" />
            <source>Features per layer</source>
            <translation>Features per layer</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="50" />
            <source>Give a municipality (name or NIS code) or an extent to download.</source>
            <translation>Give a municipality (name or NIS code) or an extent to download.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="23" />
            <source>Export the project register as open data</source>
            <translation>Export the project register as open data</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="26" />
            <source>Publishes the smart-city project register as GeoJSON (WGS84), CSV (with longitude/latitude of a point on each project) or GeoPackage (EPSG:31370, one layer for points, lines and areas), with the licence, the source and a description of every field in &lt;i&gt;&amp;lt;name&amp;gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the register's public fields leave: contact persons, e-mail addresses, phone numbers, the day-to-day manager and the names of the people who edited the register are never exported, whatever the layer holds.</source>
            <translation>Publishes the smart-city project register as GeoJSON (WGS84), CSV (with longitude/latitude of a point on each project) or GeoPackage (EPSG:31370, one layer for points, lines and areas), with the licence, the source and a description of every field in &lt;i&gt;&amp;lt;name&amp;gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the register's public fields leave: contact persons, e-mail addresses, phone numbers, the day-to-day manager and the names of the people who edited the register are never exported, whatever the layer holds.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="43" />
            <source>Project register</source>
            <translation>Project register</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="45" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="77" />
            <location filename="../processing/algorithms/import_observations.py" line="59" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="49" />
            <source>Publisher (e.g. the municipality)</source>
            <translation>Publisher (e.g. the municipality)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="51" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="83" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="52" />
            <source>Project register of the municipality</source>
            <translation>Project register of the municipality</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="53" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="81" />
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="55" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="86" />
            <source>Output file</source>
            <translation>Output file</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="55" />
            <source>GeoJSON (*.geojson);;CSV (*.csv);;GeoPackage (*.gpkg)</source>
            <translation>GeoJSON (*.geojson);;CSV (*.csv);;GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="56" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="87" />
            <location filename="../processing/algorithms/publish_web_map.py" line="58" />
            <source>Files written</source>
            <translation>Files written</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="75" />
            <source>{count} projects published in {path}.</source>
            <translation>{count} projects published in {path}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="31" />
            <source>Export vacancy as open data</source>
            <translation>Export vacancy as open data</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="34" />
            <source>Writes the vacancy indicators per area (from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;) for publication, as GeoJSON (WGS84), CSV or GeoPackage, with the licence and the source in the file and in a &lt;i&gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the indicator fields leave: owner names, national register numbers, tax amounts, remarks, addresses and dossier numbers never do, whatever the input layers hold. Where an area has fewer than 5 units its rate is empty, and by default its counts and durations too.&lt;br&gt;&lt;b&gt;Points&lt;/b&gt; (optional): the premises in the register on the reference date, of the chosen types (by default shops and business premises; a vacant dwelling on a map points at a household), with type, status, year of entry and duration class only.</source>
            <translation>Writes the vacancy indicators per area (from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;) for publication, as GeoJSON (WGS84), CSV or GeoPackage, with the licence and the source in the file and in a &lt;i&gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the indicator fields leave: owner names, national register numbers, tax amounts, remarks, addresses and dossier numbers never do, whatever the input layers hold. Where an area has fewer than 5 units its rate is empty, and by default its counts and durations too.&lt;br&gt;&lt;b&gt;Points&lt;/b&gt; (optional): the premises in the register on the reference date, of the chosen types (by default shops and business premises; a vacant dwelling on a map points at a household), with type, status, year of entry and duration class only.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="61" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="95" />
            <source>Vacancy indicators per area</source>
            <translation>Vacancy indicators per area</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="63" />
            <source>Also publish points</source>
            <translation>Also publish points</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="66" />
            <source>Vacancy register (for points)</source>
            <translation>Vacancy register (for points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="68" />
            <source>Property types published as points</source>
            <translation>Property types published as points</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="72" />
            <source>Reference date of the points</source>
            <translation>Reference date of the points</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="75" />
            <source>Also suppress the counts</source>
            <translation>Also suppress the counts</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="80" />
            <source>Vacant premises per area</source>
            <translation>Vacant premises per area</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="83" />
            <source>Municipal register of vacant buildings and dwellings</source>
            <translation>Municipal register of vacant buildings and dwellings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="84" />
            <source>Publisher</source>
            <translation>Publisher</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="106" />
            <source>Choose the indicators layer (the output of Vacancy indicators per area).</source>
            <translation>Choose the indicators layer (the output of Vacancy indicators per area).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="122" />
            <source>Choose the vacancy register to publish points from, or untick the points.</source>
            <translation>Choose the vacancy register to publish points from, or untick the points.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="125" />
            <source>Choose at least one property type to publish as points.</source>
            <translation>Choose at least one property type to publish as points.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="130" />
            <source>{n} points published.</source>
            <translation>{n} points published.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="134" />
            <source>{n} areas written; figures suppressed in {small} small-number areas.</source>
            <translation>{n} areas written; figures suppressed in {small} small-number areas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="140" />
            <source>{n} areas were not flagged small_numbers but have fewer than {limit} units or no flag at all; their figures were suppressed too.</source>
            <translation>{n} areas were not flagged small_numbers but have fewer than {limit} units or no flag at all; their figures were suppressed too.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/frames.py" line="62" />
            <location filename="../processing/algorithms/frames.py" line="64" />
            <source>The output layer</source>
            <translation>The output layer</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="28" />
            <source>Import sensor readings from a file</source>
            <translation>Import sensor readings from a file</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="29" />
            <source>Imports readings from CSV, XLSX (or a zip with one CSV) into the study store.&lt;br&gt;&lt;b&gt;Known formats&lt;/b&gt; import without more: CurieuzeNeuzen 2018, the Gent bicycle counters, EEA AirBase hourly files (24 value/flag pairs per day, -999 missing), the Recht op Lucht campaign, IRCEL-CELINE exports (one column per station), Telraam report CSVs and sensor.community archive files.&lt;br&gt;&lt;b&gt;Other files&lt;/b&gt;: choose 'Column mapping' and describe the columns as key=value pairs separated by ';'. Long format (one row per reading): &lt;i&gt;time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10&lt;/i&gt;. Wide format, one column per sensor: &lt;i&gt;layout=wide_sensors; time=Datum; property=no2&lt;/i&gt;; one column per hour: &lt;i&gt;layout=wide_hours; time=Datum; hour_columns=H1,H2,…; property=pm10&lt;/i&gt;. Other keys: time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, missing, flag_columns, duplicates (error or replicates), resolution_s, aggregation, source, period.&lt;br&gt;&lt;b&gt;Time zone&lt;/b&gt;: times with an offset need none; for times without one choose their zone (the plugin never guesses). The repeated autumn hour is resolved by the row order of each sensor (rows in time order, either way); a time in the skipped spring hour is refused.&lt;br&gt;Units are converted to the property's standard unit (µg/m³ …); an unknown unit, one property in two units, contradictory duplicates or a sensor without position (when positions are mapped) stop the import with one sentence, and nothing is written. Importing the same file again adds nothing.</source>
            <translation>Imports readings from CSV, XLSX (or a zip with one CSV) into the study store.&lt;br&gt;&lt;b&gt;Known formats&lt;/b&gt; import without more: CurieuzeNeuzen 2018, the Gent bicycle counters, EEA AirBase hourly files (24 value/flag pairs per day, -999 missing), the Recht op Lucht campaign, IRCEL-CELINE exports (one column per station), Telraam report CSVs and sensor.community archive files.&lt;br&gt;&lt;b&gt;Other files&lt;/b&gt;: choose 'Column mapping' and describe the columns as key=value pairs separated by ';'. Long format (one row per reading): &lt;i&gt;time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10&lt;/i&gt;. Wide format, one column per sensor: &lt;i&gt;layout=wide_sensors; time=Datum; property=no2&lt;/i&gt;; one column per hour: &lt;i&gt;layout=wide_hours; time=Datum; hour_columns=H1,H2,…; property=pm10&lt;/i&gt;. Other keys: time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, missing, flag_columns, duplicates (error or replicates), resolution_s, aggregation, source, period.&lt;br&gt;&lt;b&gt;Time zone&lt;/b&gt;: times with an offset need none; for times without one choose their zone (the plugin never guesses). The repeated autumn hour is resolved by the row order of each sensor (rows in time order, either way); a time in the skipped spring hour is refused.&lt;br&gt;Units are converted to the property's standard unit (µg/m³ …); an unknown unit, one property in two units, contradictory duplicates or a sensor without position (when positions are mapped) stop the import with one sentence, and nothing is written. Importing the same file again adds nothing.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="57" />
            <source>File with readings</source>
            <translation>File with readings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="57" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.zip);;All (*)</source>
            <translation>Tables (*.csv *.txt *.tsv *.xlsx *.zip);;All (*)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="59" />
            <source>Detect automatically</source>
            <translation>Detect automatically</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="60" />
            <source>Column mapping (below)</source>
            <translation>Column mapping (below)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="61" />
            <source>Column mapping (key=value; …)</source>
            <translation>Column mapping (key=value; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="64" />
            <source>Time zone of times without offset</source>
            <translation>Time zone of times without offset</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="65" />
            <source>(the times carry an offset)</source>
            <translation>(the times carry an offset)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="65" />
            <source>UTC+01:00 (standard time all year)</source>
            <translation>UTC+01:00 (standard time all year)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="67" />
            <source>Property (if the format needs one)</source>
            <translation>Property (if the format needs one)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="69" />
            <source>Position of a one-sensor file</source>
            <translation>Position of a one-sensor file</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="71" />
            <source>Sheet (XLSX)</source>
            <translation>Sheet (XLSX)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="101" />
            <source>Describe the columns in the column mapping, or choose a known format.</source>
            <translation>Describe the columns in the column mapping, or choose a known format.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="44" />
            <source>Import vacancy register</source>
            <translation>Import vacancy register</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="47" />
            <source>Brings a vacancy-register export (VIP, or any CSV/XLSX with a column mapping) into the register of the study store, and keeps its history.&lt;br&gt;&lt;br&gt;&lt;b&gt;Placement&lt;/b&gt;: each dossier is put on its matched address point, else on the GRB building of its parcel (CapaKey), else on the parcel; the field location_method says which, and 'unplaced' when none was found. Long and short CapaKeys and Dutch (dd/mm/yyyy), Excel serial and ISO dates are read.&lt;br&gt;&lt;b&gt;History&lt;/b&gt;: a newer export updates the same dossiers (by dossier id): entries, status changes and removals (schrapping) are recorded with their dates, nothing is duplicated, and an older export than the last one is refused. The whole import is one transaction: if it fails or is cancelled, the register stays as it was.&lt;br&gt;&lt;b&gt;Bad rows&lt;/b&gt; (no dossier number, duplicate dossier id, unknown status, unreadable or future date, neither address nor parcel, malformed CapaKey without address) are listed with the reason in the rejected-rows output; the rest is imported. Owner names, national register numbers, tax amounts and remarks in the file are not read.&lt;br&gt;&lt;b&gt;Column mapping&lt;/b&gt;: role=column pairs separated by ';' for files that do not use the VIP column names, for example &lt;i&gt;dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum&lt;/i&gt;. Roles: capakey, dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, laatste_controle, vloeroppervlakte_m2.&lt;br&gt;&lt;b&gt;Status mapping&lt;/b&gt;: extra status words, for example &lt;i&gt;Lopend=opgenomen; Afgewerkt=geschrapt&lt;/i&gt; (statuses: vermoeden, vastgesteld, opgenomen, beroep, geschrapt).</source>
            <translation>Brings a vacancy-register export (VIP, or any CSV/XLSX with a column mapping) into the register of the study store, and keeps its history.&lt;br&gt;&lt;br&gt;&lt;b&gt;Placement&lt;/b&gt;: each dossier is put on its matched address point, else on the GRB building of its parcel (CapaKey), else on the parcel; the field location_method says which, and 'unplaced' when none was found. Long and short CapaKeys and Dutch (dd/mm/yyyy), Excel serial and ISO dates are read.&lt;br&gt;&lt;b&gt;History&lt;/b&gt;: a newer export updates the same dossiers (by dossier id): entries, status changes and removals (schrapping) are recorded with their dates, nothing is duplicated, and an older export than the last one is refused. The whole import is one transaction: if it fails or is cancelled, the register stays as it was.&lt;br&gt;&lt;b&gt;Bad rows&lt;/b&gt; (no dossier number, duplicate dossier id, unknown status, unreadable or future date, neither address nor parcel, malformed CapaKey without address) are listed with the reason in the rejected-rows output; the rest is imported. Owner names, national register numbers, tax amounts and remarks in the file are not read.&lt;br&gt;&lt;b&gt;Column mapping&lt;/b&gt;: role=column pairs separated by ';' for files that do not use the VIP column names, for example &lt;i&gt;dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum&lt;/i&gt;. Roles: capakey, dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, laatste_controle, vloeroppervlakte_m2.&lt;br&gt;&lt;b&gt;Status mapping&lt;/b&gt;: extra status words, for example &lt;i&gt;Lopend=opgenomen; Afgewerkt=geschrapt&lt;/i&gt; (statuses: vermoeden, vastgesteld, opgenomen, beroep, geschrapt).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="89" />
            <source>Register export (VIP export or other CSV/XLSX)</source>
            <translation>Register export (VIP export or other CSV/XLSX)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="90" />
            <source>Tables (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*.*)</source>
            <translation>Tables (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*.*)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="91" />
            <location filename="../processing/algorithms/match_addresses.py" line="64" />
            <source>Sheet (XLSX with several sheets)</source>
            <translation>Sheet (XLSX with several sheets)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="94" />
            <source>Column mapping (role=column; … for non-VIP files)</source>
            <translation>Column mapping (role=column; … for non-VIP files)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="96" />
            <source>Extra status words (word=status; …)</source>
            <translation>Extra status words (word=status; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="98" />
            <source>Extra property types (word=type; …)</source>
            <translation>Extra property types (word=type; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="100" />
            <source>Export date</source>
            <translation>Export date</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="103" />
            <source>NIS code of the municipality</source>
            <translation>NIS code of the municipality</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="105" />
            <source>Addresses (standard address layer)</source>
            <translation>Addresses (standard address layer)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="107" />
            <source>Parcels (GRB ADP with CAPAKEY)</source>
            <translation>Parcels (GRB ADP with CAPAKEY)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="109" />
            <source>Buildings (GRB GBG)</source>
            <translation>Buildings (GRB GBG)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="112" />
            <source>Full export: missing dossiers were removed</source>
            <translation>Full export: missing dossiers were removed</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="115" />
            <source>Allow an export older than the last one imported</source>
            <translation>Allow an export older than the last one imported</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="117" />
            <source>Rejected rows</source>
            <translation>Rejected rows</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="119" />
            <location filename="../processing/algorithms/sensors_common.py" line="149" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="130" />
            <source>The NIS code {code} is not five digits.</source>
            <translation>The NIS code {code} is not five digits.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="139" />
            <source>Placed by {method}: {count}</source>
            <translation>Placed by {method}: {count}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="141" />
            <source>Row {row} ({dossier}): {reason}</source>
            <translation>Row {row} ({dossier}): {reason}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="152" />
            <source>Choose the register export (an XLSX or CSV file).</source>
            <translation>Choose the register export (an XLSX or CSV file).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="156" />
            <source>Export of {date}: {rows} rows.</source>
            <translation>Export of {date}: {rows} rows.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="164" />
            <source>Not read (personal, tax or free-text data): {columns}.</source>
            <translation>Not read (personal, tax or free-text data): {columns}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="176" />
            <source>addresses</source>
            <translation>addresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="182" />
            <source>Placing the dossiers on addresses, buildings and parcels…</source>
            <translation>Placing the dossiers on addresses, buildings and parcels…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="218" />
            <source>the parameter Export date</source>
            <translation>the parameter Export date</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="222" />
            <source>the file name {name}</source>
            <translation>the file name {name}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="234" />
            <source>The parcel layer has no CAPAKEY field; use the GRB parcels (ADP) or leave the parcel layer empty.</source>
            <translation>The parcel layer has no CAPAKEY field; use the GRB parcels (ADP) or leave the parcel layer empty.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="44" />
            <source>Interpolate sensor readings (IDW)</source>
            <translation>Interpolate sensor readings (IDW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="45" />
            <source>An inverse-distance-weighted surface (GeoTIFF, EPSG:31370) of one value per sensor: the mean of the valid readings of a property over a period, or the latest reading, from the study store — or a field of a point layer (e.g. CurieuzeNeuzen tubes).&lt;br&gt;Each cell uses the nearest sensors (12 by default) with weights 1/distance^power (2 by default).&lt;br&gt;&lt;b&gt;Cross-validation&lt;/b&gt;: every sensor is estimated from the others with the same settings; the RMSE, MAE and bias are reported, so you see how far to trust the surface between sensors. An interpolation is no dispersion model: it knows nothing about streets, buildings or sources between the sensors.</source>
            <translation>An inverse-distance-weighted surface (GeoTIFF, EPSG:31370) of one value per sensor: the mean of the valid readings of a property over a period, or the latest reading, from the study store — or a field of a point layer (e.g. CurieuzeNeuzen tubes).&lt;br&gt;Each cell uses the nearest sensors (12 by default) with weights 1/distance^power (2 by default).&lt;br&gt;&lt;b&gt;Cross-validation&lt;/b&gt;: every sensor is estimated from the others with the same settings; the RMSE, MAE and bias are reported, so you see how far to trust the surface between sensors. An interpolation is no dispersion model: it knows nothing about streets, buildings or sources between the sensors.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="74" />
            <source>Value per sensor</source>
            <translation>Value per sensor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="75" />
            <source>mean over the period</source>
            <translation>mean over the period</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="75" />
            <source>latest reading</source>
            <translation>latest reading</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="79" />
            <source>Or: point layer with values</source>
            <translation>Or: point layer with values</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="81" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="94" />
            <source>Value field</source>
            <translation>Value field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="83" />
            <source>Extent (default: the sensors' extent)</source>
            <translation>Extent (default: the sensors' extent)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="85" />
            <source>Cell size (m)</source>
            <translation>Cell size (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="87" />
            <source>Power</source>
            <translation>Power</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="89" />
            <source>Nearest sensors used</source>
            <translation>Nearest sensors used</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="91" />
            <source>Surface</source>
            <translation>Surface</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="92" />
            <source>Cross-validation RMSE</source>
            <translation>Cross-validation RMSE</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="92" />
            <source>Cross-validation MAE</source>
            <translation>Cross-validation MAE</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="93" />
            <source>Cross-validation bias</source>
            <translation>Cross-validation bias</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="93" />
            <source>Sensors used</source>
            <translation>Sensors used</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="95" />
            <source>Cross-validation</source>
            <translation>Cross-validation</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="110" />
            <source>{n} sensors with a value but without a position were left out.</source>
            <translation>{n} sensors with a value but without a position were left out.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="136" />
            <source>Choose the field with the values to interpolate.</source>
            <translation>Choose the field with the values to interpolate.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="155" />
            <source>{n} points without a value or without a geometry were left out.</source>
            <translation>{n} points without a value or without a geometry were left out.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="159" />
            <source>Choose a study store or a point layer with values.</source>
            <translation>Choose a study store or a point layer with values.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="175" />
            <source>{n} sensors have a value.</source>
            <translation>{n} sensors have a value.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="40" />
            <source>{value} is not a date; write it as YYYY-MM-DD.</source>
            <translation>{value} is not a date; write it as YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="45" />
            <source>Load works on the public domain (GIPOD)</source>
            <translation>Load works on the public domain (GIPOD)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="48" />
            <source>Downloads the works and events on the public domain (GIPOD, Digitaal Vlaanderen) that overlap a period, for a municipality's bounding box or an extent, into a GeoPackage in EPSG:31370: layer INNAME with their areas and INNAME_PUNT with their points, every GIPOD property kept (GipodId, Description, Type, Status, Owner, MobilityHindrances ...) and Start/End as date-times (UTC).&lt;br&gt;&lt;br&gt;&lt;b&gt;Period&lt;/b&gt;: whole days in Belgian time; without dates, the coming 90 days. A work is kept when it starts before the period ends and ends on or after its first day.&lt;br&gt;The GeoPackage is only written when everything has arrived; a failure or a cancel leaves an existing file as it was. Use the result with &lt;i&gt;Conflicts between projects and works&lt;/i&gt;.</source>
            <translation>Downloads the works and events on the public domain (GIPOD, Digitaal Vlaanderen) that overlap a period, for a municipality's bounding box or an extent, into a GeoPackage in EPSG:31370: layer INNAME with their areas and INNAME_PUNT with their points, every GIPOD property kept (GipodId, Description, Type, Status, Owner, MobilityHindrances ...) and Start/End as date-times (UTC).&lt;br&gt;&lt;br&gt;&lt;b&gt;Period&lt;/b&gt;: whole days in Belgian time; without dates, the coming 90 days. A work is kept when it starts before the period ends and ends on or after its first day.&lt;br&gt;The GeoPackage is only written when everything has arrived; a failure or a cancel leaves an existing file as it was. Use the result with &lt;i&gt;Conflicts between projects and works&lt;/i&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="69" />
            <source>First day of the period</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="71" />
            <source>Last day of the period</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="74" />
            <source>GIPOD collections</source>
            <translation>GIPOD collections</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="74" />
            <source>Works as areas (INNAME)</source>
            <translation>Works as areas (INNAME)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="75" />
            <source>Works as points (INNAME_PUNT)</source>
            <translation>Works as points (INNAME_PUNT)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="78" />
            <source>Number of works</source>
            <translation>Number of works</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="86" />
            <source>Give a municipality (name or NIS code) or an extent to load the works of.</source>
            <translation>Give a municipality (name or NIS code) or an extent to load the works of.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="23" />
            <source>Load IRCEL-CELINE official stations</source>
            <translation>Load IRCEL-CELINE official stations</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="24" />
            <source>Stores the stations of the official Belgian air-quality network (IRCEL-CELINE, VMM) and their hourly series of one pollutant for a period (default: the last 7 days). Without an area every station is read, which the time-series panel uses to compare a sensor with the nearest official station.&lt;br&gt;The service gives the end of each hour; readings are stored with the hour's start and end in UTC. Data: IRCEL-CELINE, CC BY 4.0.</source>
            <translation>Stores the stations of the official Belgian air-quality network (IRCEL-CELINE, VMM) and their hourly series of one pollutant for a period (default: the last 7 days). Without an area every station is read, which the time-series panel uses to compare a sensor with the nearest official station.&lt;br&gt;The service gives the end of each hour; readings are stored with the hour's start and end in UTC. Data: IRCEL-CELINE, CC BY 4.0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="35" />
            <source>Pollutant</source>
            <translation>Pollutant</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="20" />
            <source>Load sensor.community citizen sensors</source>
            <translation>Load sensor.community citizen sensors</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="21" />
            <source>Finds the sensor.community (luftdaten) citizen sensors in an area (default: the municipality's extent) and stores them with their latest values (PM10, PM2.5, temperature, humidity, pressure). With an archive period, the daily archive files of those sensors are read too (archive.sensor.community, ODbL).&lt;br&gt;Citizen sensors stand at private homes: they are flagged as personal data, and the public device register blurs their position. Loading again stores only what is new.</source>
            <translation>Finds the sensor.community (luftdaten) citizen sensors in an area (default: the municipality's extent) and stores them with their latest values (PM10, PM2.5, temperature, humidity, pressure). With an archive period, the daily archive files of those sensors are read too (archive.sensor.community, ODbL).&lt;br&gt;Citizen sensors stand at private homes: they are flagged as personal data, and the public device register blurs their position. Loading again stores only what is new.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="35" />
            <source>Archive from (date, optional)</source>
            <translation>Archive from (date, optional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="36" />
            <source>Archive until (date, not included)</source>
            <translation>Archive until (date, not included)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="19" />
            <source>Load SensorThings data</source>
            <translation>Load SensorThings data</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="20" />
            <source>Reads things, their locations, datastreams and observations from any OGC SensorThings API server (FROST, 52°North, …) into the study store.&lt;br&gt;&lt;b&gt;Server&lt;/b&gt;: the service root, e.g. https://iot.example.be/FROST-Server/v1.1. A protected server needs an authentication configuration from the QGIS authentication database (Basic, OAuth2, …).&lt;br&gt;&lt;b&gt;Filters&lt;/b&gt;: an observed property (its name on the server, e.g. NO2), an area (polygons; default: everything the server offers) and a period (default: the last 7 days). Pages are followed through @iot.nextLink.&lt;br&gt;Times are stored in UTC; instants and intervals are kept; results that are not numbers (text, objects, arrays) are kept as text. Loading again only asks for readings newer than those stored. Everything is written in one transaction: a failure or a cancel leaves the store as it was.</source>
            <translation>Reads things, their locations, datastreams and observations from any OGC SensorThings API server (FROST, 52°North, …) into the study store.&lt;br&gt;&lt;b&gt;Server&lt;/b&gt;: the service root, e.g. https://iot.example.be/FROST-Server/v1.1. A protected server needs an authentication configuration from the QGIS authentication database (Basic, OAuth2, …).&lt;br&gt;&lt;b&gt;Filters&lt;/b&gt;: an observed property (its name on the server, e.g. NO2), an area (polygons; default: everything the server offers) and a period (default: the last 7 days). Pages are followed through @iot.nextLink.&lt;br&gt;Times are stored in UTC; instants and intervals are kept; results that are not numbers (text, objects, arrays) are kept as text. Loading again only asks for readings newer than those stored. Everything is written in one transaction: a failure or a cancel leaves the store as it was.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="37" />
            <source>SensorThings service root URL</source>
            <translation>SensorThings service root URL</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="38" />
            <source>Authentication</source>
            <translation>Authentication</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="39" />
            <source>Observed property (name on the server)</source>
            <translation>Observed property (name on the server)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="19" />
            <source>Load Telraam traffic counts</source>
            <translation>Load Telraam traffic counts</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="20" />
            <source>Stores Telraam road segments (as lines) and their hourly reports: cars, bikes, pedestrians and heavy vehicles in both directions (A→B = _lft, B→A = _rgt), the V85 speed and the camera's uptime.&lt;br&gt;&lt;b&gt;API key&lt;/b&gt;: store your Telraam token in the QGIS authentication database (Settings › Options › Authentication: a Basic configuration with the token as password, or an API-header configuration with X-Api-Key) and choose it here; it is never written to settings or projects.&lt;br&gt;Segments: those in the area (default: the municipality's extent) or the ids given. Hours with an uptime of 0.5 or less are stored but do not count in statistics. Long periods are asked in 90-day parts; loading again asks only for hours after the newest stored one.</source>
            <translation>Stores Telraam road segments (as lines) and their hourly reports: cars, bikes, pedestrians and heavy vehicles in both directions (A→B = _lft, B→A = _rgt), the V85 speed and the camera's uptime.&lt;br&gt;&lt;b&gt;API key&lt;/b&gt;: store your Telraam token in the QGIS authentication database (Settings › Options › Authentication: a Basic configuration with the token as password, or an API-header configuration with X-Api-Key) and choose it here; it is never written to settings or projects.&lt;br&gt;Segments: those in the area (default: the municipality's extent) or the ids given. Hours with an uptime of 0.5 or less are stored but do not count in statistics. Long periods are asked in 90-day parts; loading again asks only for hours after the newest stored one.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="34" />
            <source>Telraam API key (authentication)</source>
            <translation>Telraam API key (authentication)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="35" />
            <source>Segment ids</source>
            <translation>Segment ids</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="41" />
            <source>{paper} landscape</source>
            <translation>{paper} landscape</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="41" />
            <source>{paper} portrait</source>
            <translation>{paper} portrait</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="47" />
            <source>Map study (PDF)</source>
            <translation>Map study (PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="50" />
            <source>Makes the map study of a municipality (or of the whole region in the store, or of an extent) as one PDF: a title page with the contents, an overview map, then a page per theme with map, legend, scale bar, north arrow, sources, date, the theme's key figures and a chart. Optionally an atlas with one page per neighbourhood.&lt;br&gt;&lt;br&gt;&lt;b&gt;Themes&lt;/b&gt;: base map (GRB and addresses from the study GeoPackage or your base layers), vacancy (the register in the store), sensors (the store's sensors and readings), siting (the newest gateway and sensor scenarios in the store) and projects (the project register). A theme without data for the area is left out with a note on the title page, never printed as an empty page.&lt;br&gt;&lt;b&gt;Language&lt;/b&gt;: every text of the study is in Dutch, French or English, dates and numbers too.&lt;br&gt;&lt;b&gt;Paper&lt;/b&gt;: A4 or A3, portrait or landscape, from the templates in resources/layouts; a template of your own (made from one of them in the layout designer) keeps the item ids the study fills.&lt;br&gt;&lt;b&gt;Privacy&lt;/b&gt;: vacancy is shown per neighbourhood or per 250 m cell, never per premise; the contact details of the project register are left out.</source>
            <translation>Makes the map study of a municipality (or of the whole region in the store, or of an extent) as one PDF: a title page with the contents, an overview map, then a page per theme with map, legend, scale bar, north arrow, sources, date, the theme's key figures and a chart. Optionally an atlas with one page per neighbourhood.&lt;br&gt;&lt;br&gt;&lt;b&gt;Themes&lt;/b&gt;: base map (GRB and addresses from the study GeoPackage or your base layers), vacancy (the register in the store), sensors (the store's sensors and readings), siting (the newest gateway and sensor scenarios in the store) and projects (the project register). A theme without data for the area is left out with a note on the title page, never printed as an empty page.&lt;br&gt;&lt;b&gt;Language&lt;/b&gt;: every text of the study is in Dutch, French or English, dates and numbers too.&lt;br&gt;&lt;b&gt;Paper&lt;/b&gt;: A4 or A3, portrait or landscape, from the templates in resources/layouts; a template of your own (made from one of them in the layout designer) keeps the item ids the study fills.&lt;br&gt;&lt;b&gt;Privacy&lt;/b&gt;: vacancy is shown per neighbourhood or per 250 m cell, never per premise; the contact details of the project register are left out.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="87" />
            <source>Municipality (empty: the whole store)</source>
            <translation>Municipality (empty: the whole store)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <source>Language of the study</source>
            <translation>Language of the study</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="101" />
            <source>Neighbourhoods or statistical sectors</source>
            <translation>Neighbourhoods or statistical sectors</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="104" />
            <source>Neighbourhood name field</source>
            <translation>Neighbourhood name field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="109" />
            <source>Extra base layers (drawn under the themes)</source>
            <translation>Extra base layers (drawn under the themes)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="112" />
            <source>Own layout template (.qpt; empty: the plugin's)</source>
            <translation>Own layout template (.qpt; empty: the plugin's)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="116" />
            <source>Figures on (empty: today)</source>
            <translation>Figures on (empty: today)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="119" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="120" />
            <source>Themes left out</source>
            <translation>Themes left out</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="165" />
            <source>{pages} pages written to {path}.</source>
            <translation>{pages} pages written to {path}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="31" />
            <source>Links every row of an address list (a table layer, or a CSV or XLSX file in any usual encoding and delimiter) to an address of the register and gives it the register's position.&lt;br&gt;&lt;br&gt;&lt;b&gt;Columns&lt;/b&gt;: either one column with the full address, or the street and house-number columns with optional box, postcode and municipality columns. Left empty, they are proposed from the column names (Dutch, French or English).&lt;br&gt;&lt;b&gt;Reference&lt;/b&gt;: a point layer of addresses in the plugin's standard schema (for instance made by &lt;i&gt;Download addresses&lt;/i&gt;). Without one, the online address-match service of the register is used, but only when &lt;i&gt;Allow the online address register&lt;/i&gt; is ticked, since the addresses then leave this computer.&lt;br&gt;&lt;br&gt;Each row gets match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), match_score (0–100), address_id, matched_address (the register's spelling) and match_note. Rows without a certain address keep an empty geometry: nothing is guessed. The second output lists the rows to check by hand with their best candidates.</source>
            <translation>Links every row of an address list (a table layer, or a CSV or XLSX file in any usual encoding and delimiter) to an address of the register and gives it the register's position.&lt;br&gt;&lt;br&gt;&lt;b&gt;Columns&lt;/b&gt;: either one column with the full address, or the street and house-number columns with optional box, postcode and municipality columns. Left empty, they are proposed from the column names (Dutch, French or English).&lt;br&gt;&lt;b&gt;Reference&lt;/b&gt;: a point layer of addresses in the plugin's standard schema (for instance made by &lt;i&gt;Download addresses&lt;/i&gt;). Without one, the online address-match service of the register is used, but only when &lt;i&gt;Allow the online address register&lt;/i&gt; is ticked, since the addresses then leave this computer.&lt;br&gt;&lt;br&gt;Each row gets match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), match_score (0–100), address_id, matched_address (the register's spelling) and match_note. Rows without a certain address keep an empty geometry: nothing is guessed. The second output lists the rows to check by hand with their best candidates.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="63" />
            <source>Address list (table layer, CSV or XLSX file)</source>
            <translation>Address list (table layer, CSV or XLSX file)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="66" />
            <source>Column with the full address</source>
            <translation>Column with the full address</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="66" />
            <source>Street column</source>
            <translation>Street column</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="67" />
            <source>House-number column</source>
            <translation>House-number column</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="67" />
            <source>Box-number column</source>
            <translation>Box-number column</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="68" />
            <source>Postcode column</source>
            <translation>Postcode column</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="68" />
            <source>Municipality column</source>
            <translation>Municipality column</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="72" />
            <source>Reference addresses</source>
            <translation>Reference addresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="75" />
            <source>Use the online address register without a reference</source>
            <translation>Use the online address register without a reference</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="76" />
            <source>Matched addresses</source>
            <translation>Matched addresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="78" />
            <source>Rows to check by hand</source>
            <translation>Rows to check by hand</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="82" />
            <source>Rows with status {status}</source>
            <translation>Rows with status {status}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="99" />
            <source>Columns: {mapping}</source>
            <translation>Columns: {mapping}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="104" />
            <source>Indexing the reference addresses…</source>
            <translation>Indexing the reference addresses…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="107" />
            <source>{n} of the {total} reference addresses of {layer} have no geometry: rows matched to them get no point.</source>
            <translation>{n} of the {total} reference addresses of {layer} have no geometry: rows matched to them get no point.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="150" />
            <source>The value of {parameter} is not valid.</source>
            <translation>The value of {parameter} is not valid.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="162" />
            <source>Choose the address list: a table layer, or a CSV or XLSX file.</source>
            <translation>Choose the address list: a table layer, or a CSV or XLSX file.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="23" />
            <source>Same municipality and id: not written</source>
            <translation>Same municipality and id: not written</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="24" />
            <source>Already in the target store: not written</source>
            <translation>Already in the target store: not written</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="25" />
            <source>Same id in another municipality: written, check it</source>
            <translation>Same id in another municipality: written, check it</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="30" />
            <source>Merge project registers of several municipalities</source>
            <translation>Merge project registers of several municipalities</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="33" />
            <source>Puts the smart-city projects of several municipalities into one register (a regional study store), every project keeping its municipality (niscode).&lt;br&gt;&lt;br&gt;&lt;b&gt;Registers&lt;/b&gt;: study stores, one per line (GeoPackage files or pg:&amp;lt;connection&amp;gt;?schema=&amp;lt;schema&amp;gt;), and/or layers shaped like the project register (with niscode and project_key fields; other columns are left out). A project is its municipality plus its id: a second one with the same pair (in another register or already in the target) is not written; the same id in another municipality is written. Both are listed in the duplicates table. Everything is written in one transaction: all or nothing.</source>
            <translation>Puts the smart-city projects of several municipalities into one register (a regional study store), every project keeping its municipality (niscode).&lt;br&gt;&lt;br&gt;&lt;b&gt;Registers&lt;/b&gt;: study stores, one per line (GeoPackage files or pg:&amp;lt;connection&amp;gt;?schema=&amp;lt;schema&amp;gt;), and/or layers shaped like the project register (with niscode and project_key fields; other columns are left out). A project is its municipality plus its id: a second one with the same pair (in another register or already in the target) is not written; the same id in another municipality is written. Both are listed in the duplicates table. Everything is written in one transaction: all or nothing.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="51" />
            <source>Registers in study stores (one per line)</source>
            <translation>Registers in study stores (one per line)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="53" />
            <source>Registers as layers</source>
            <translation>Registers as layers</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="56" />
            <source>Target store (the regional register)</source>
            <translation>Target store (the regional register)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="57" />
            <location filename="../processing/algorithms/merge_project_registers.py" line="97" />
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="59" />
            <source>Projects written</source>
            <translation>Projects written</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="60" />
            <source>Duplicates found</source>
            <translation>Duplicates found</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="99" />
            <source>{source}: {count} projects written.</source>
            <translation>{source}: {count} projects written.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="101" />
            <source>{count} duplicate project ids; see the duplicates table.</source>
            <translation>{count} duplicate project ids; see the duplicates table.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="103" />
            <source>Counts (Telraam, counting poles)</source>
            <translation>Counts (Telraam, counting poles)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="105" />
            <source>Or the counts in a study store</source>
            <translation>Or the counts in a study store</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="108" />
            <source>Segments or counting points (for the map)</source>
            <translation>Segments or counting points (for the map)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="111" />
            <source>Segment id field</source>
            <translation>Segment id field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="113" />
            <source>Only these segments</source>
            <translation>Only these segments</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="115" />
            <source>Minimum valid counting time of a day (%)</source>
            <translation>Minimum valid counting time of a day (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="145" />
            <source>Choose counts files or a study store with traffic counts.</source>
            <translation>Choose counts files or a study store with traffic counts.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="151" />
            <source>{name}: {n} hours.</source>
            <translation>{name}: {n} hours.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="169" />
            <source>The study store holds no traffic counts for this municipality; load Telraam or import counting-pole files first.</source>
            <translation>The study store holds no traffic counts for this municipality; load Telraam or import counting-pole files first.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="171" />
            <source>Study store: {n} hours of {segments} counters.</source>
            <translation>Study store: {n} hours of {segments} counters.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="208" />
            <source>Choose the field of the segments layer that holds the segment id.</source>
            <translation>Choose the field of the segments layer that holds the segment id.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="246" />
            <source>{n} segments are not on the segments layer and have no geometry: {ids}.</source>
            <translation>{n} segments are not on the segments layer and have no geometry: {ids}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="50" />
            <source>Traffic indicators per segment</source>
            <translation>Traffic indicators per segment</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="51" />
            <source>What each counted street carries in a period, from Telraam hourly reports (CSV or JSON, as the Telraam API or site exports them) or counting-pole exports (Gent's 5-minute files), or from the counts already in the study store (loaded with the Telraam loader or imported; the store keeps no speed histograms, so no v85 then).&lt;br&gt;Per segment: average daily traffic on a normal weekday (school term, no holiday) and on a weekend day, per mode (car, heavy, bike, pedestrian) for both directions and each direction; the modal split; the morning and evening peak hour and its share of the day; the weekday hourly profile; v85 and the share of cars above the speed limit (from Telraam's speed histograms; the limit from a field of the segments layer or the parameter); data coverage.&lt;br&gt;&lt;b&gt;Quality&lt;/b&gt;: an hour with uptime of 50 % or less is not a count (Telraam's counts are already scaled to the full hour; counting-pole hours are scaled by the share of their 5-minute slots present). A day counts when the minimum share of its hours is valid; its missing hours are filled from the average profile, and the log counts the days left out and the hours filled.&lt;br&gt;&lt;b&gt;Calendar&lt;/b&gt;: Belgian public holidays and Flemish school holidays are computed (Easter included), so a weekday in the Christmas holiday is not a normal weekday.&lt;br&gt;The optional hourly output holds every valid hour with its time span, ready for the temporal controller.</source>
            <translation>What each counted street carries in a period, from Telraam hourly reports (CSV or JSON, as the Telraam API or site exports them) or counting-pole exports (Gent's 5-minute files), or from the counts already in the study store (loaded with the Telraam loader or imported; the store keeps no speed histograms, so no v85 then).&lt;br&gt;Per segment: average daily traffic on a normal weekday (school term, no holiday) and on a weekend day, per mode (car, heavy, bike, pedestrian) for both directions and each direction; the modal split; the morning and evening peak hour and its share of the day; the weekday hourly profile; v85 and the share of cars above the speed limit (from Telraam's speed histograms; the limit from a field of the segments layer or the parameter); data coverage.&lt;br&gt;&lt;b&gt;Quality&lt;/b&gt;: an hour with uptime of 50 % or less is not a count (Telraam's counts are already scaled to the full hour; counting-pole hours are scaled by the share of their 5-minute slots present). A day counts when the minimum share of its hours is valid; its missing hours are filled from the average profile, and the log counts the days left out and the hours filled.&lt;br&gt;&lt;b&gt;Calendar&lt;/b&gt;: Belgian public holidays and Flemish school holidays are computed (Easter included), so a weekday in the Christmas holiday is not a normal weekday.&lt;br&gt;The optional hourly output holds every valid hour with its time span, ready for the temporal controller.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="77" />
            <source>Speed limit field (km/h)</source>
            <translation>Speed limit field (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="79" />
            <source>Speed limit where no field gives one (km/h)</source>
            <translation>Speed limit where no field gives one (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="82" />
            <source>First day (empty: the first counted day)</source>
            <translation>First day (empty: the first counted day)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="83" />
            <source>Last day (empty: the last counted day)</source>
            <translation>Last day (empty: the last counted day)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="84" />
            <source>Traffic indicators</source>
            <translation>Traffic indicators</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="85" />
            <source>Hourly counts (temporal)</source>
            <translation>Hourly counts (temporal)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="106" />
            <source>Traffic per segment</source>
            <translation>Traffic per segment</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="123" />
            <source>{n} segments: {days} valid days in all.</source>
            <translation>{n} segments: {days} valid days in all.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="18" />
            <source>The study store: a GeoPackage file, or a PostGIS store written as pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>The study store: a GeoPackage file, or a PostGIS store written as pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="20" />
            <source>Five-digit NIS code of the municipality (44021 for Gent): only its data is used.</source>
            <translation>Five-digit NIS code of the municipality (44021 for Gent): only its data is used.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="21" />
            <source>Name of the municipality in Dutch or French, or its NIS code (Herstappe, 73028).</source>
            <translation>Name of the municipality in Dutch or French, or its NIS code (Herstappe, 73028).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="23" />
            <source>Instead of a municipality: the area to take, in any CRS (it is reprojected to Lambert 72).</source>
            <translation>Instead of a municipality: the area to take, in any CRS (it is reprojected to Lambert 72).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="25" />
            <source>Start of the period, in Belgian time; empty: seven days before the end.</source>
            <translation>Start of the period, in Belgian time; empty: seven days before the end.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="26" />
            <source>End of the period, in Belgian time; empty: now.</source>
            <translation>End of the period, in Belgian time; empty: now.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="27" />
            <source>Polygons of the area whose sensors are loaded; empty: the extent of the municipality of the NIS code.</source>
            <translation>Polygons of the area whose sensors are loaded; empty: the extent of the municipality of the NIS code.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="29" />
            <source>A QGIS authentication configuration holding the key or login; it stays in QGIS's encrypted store, never in the project.</source>
            <translation>A QGIS authentication configuration holding the key or login; it stays in QGIS's encrypted store, never in the project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="31" />
            <source>Name of the worksheet of an Excel file; empty: the first sheet.</source>
            <translation>Name of the worksheet of an Excel file; empty: the first sheet.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="32" />
            <source>Where the result is written: a temporary layer, a file or a layer in a GeoPackage.</source>
            <translation>Where the result is written: a temporary layer, a file or a layer in a GeoPackage.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="33" />
            <source>The day the figures hold for; empty: today.</source>
            <translation>The day the figures hold for; empty: today.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="34" />
            <source>The vacancy register as points, as written by Import vacancy register.</source>
            <translation>The vacancy register as points, as written by Import vacancy register.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="35" />
            <source>Addresses or buildings to divide by, so the result is a rate and not only a count.</source>
            <translation>Addresses or buildings to divide by, so the result is a rate and not only a count.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="37" />
            <source>Field that identifies each area uniquely.</source>
            <translation>Field that identifies each area uniquely.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="38" />
            <source>Field with the name of each area, shown in the results.</source>
            <translation>Field with the name of each area, shown in the results.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="39" />
            <source>Title of the published data set, written in its metadata.</source>
            <translation>Title of the published data set, written in its metadata.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="40" />
            <source>Organisation that publishes the data set, usually the municipality.</source>
            <translation>Organisation that publishes the data set, usually the municipality.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="41" />
            <source>Licence of the published data set; empty: the Flemish Modellicentie Gratis Hergebruik v1.0.</source>
            <translation>Licence of the published data set; empty: the Flemish Modellicentie Gratis Hergebruik v1.0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="43" />
            <source>Where the data comes from, written in the metadata.</source>
            <translation>Where the data comes from, written in the metadata.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="44" />
            <source>File format of the output.</source>
            <translation>File format of the output.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="45" />
            <source>Telraam hourly reports (CSV or JSON) or counting-pole exports; leave empty to use the counts in a study store.</source>
            <translation>Telraam hourly reports (CSV or JSON) or counting-pole exports; leave empty to use the counts in a study store.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="47" />
            <source>Instead of files: a study store holding Telraam counts (loaded with Load Telraam counts).</source>
            <translation>Instead of files: a study store holding Telraam counts (loaded with Load Telraam counts).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="49" />
            <source>Road segments or counting points to draw the results on; empty: a table without geometry.</source>
            <translation>Road segments or counting points to draw the results on; empty: a table without geometry.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="51" />
            <source>Field of the segments layer with the segment id of the counts.</source>
            <translation>Field of the segments layer with the segment id of the counts.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="52" />
            <source>Only these segments, ids separated by commas; empty: every counted segment.</source>
            <translation>Only these segments, ids separated by commas; empty: every counted segment.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="54" />
            <source>A day counts only when this share of its hours was counted (hours with uptime of 0.5 or less are no counts).</source>
            <translation>A day counts only when this share of its hours was counted (hours with uptime of 0.5 or less are no counts).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="56" />
            <source>The measured quantity to summarise (NO2, PM2.5, noise …).</source>
            <translation>The measured quantity to summarise (NO2, PM2.5, noise …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="57" />
            <source>Summarise per sensor, per area of the areas layer, or for the whole municipality.</source>
            <translation>Summarise per sensor, per area of the areas layer, or for the whole municipality.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="59" />
            <source>Polygons to summarise per (only for 'per area').</source>
            <translation>Polygons to summarise per (only for 'per area').</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="60" />
            <source>Field with the name of each area in the result.</source>
            <translation>Field with the name of each area in the result.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="61" />
            <source>Length of each period of the statistics: hour, day, week, month or year.</source>
            <translation>Length of each period of the statistics: hour, day, week, month or year.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="63" />
            <source>Which percentile of the readings to report, e.g. 98 for the 98th percentile.</source>
            <translation>Which percentile of the readings to report, e.g. 98 for the 98th percentile.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="65" />
            <source>Readings above this value count as exceedances; empty: the EU limit value of the property.</source>
            <translation>Readings above this value count as exceedances; empty: the EU limit value of the property.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="67" />
            <source>Count exceedances of single readings, or of hourly or daily means as the EU directive does.</source>
            <translation>Count exceedances of single readings, or of hourly or daily means as the EU directive does.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="69" />
            <source>A period with less data than this share gets no value (it is marked, not hidden).</source>
            <translation>A period with less data than this share gets no value (it is marked, not hidden).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="71" />
            <source>Table of the statistics per sensor or area and period.</source>
            <translation>Table of the statistics per sensor or area and period.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="72" />
            <source>Points where a device was heard, with the gateway and the signal strength (RSSI, SNR).</source>
            <translation>Points where a device was heard, with the gateway and the signal strength (RSSI, SNR).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="74" />
            <source>Or the measurements as a CSV file with coordinates (e.g. a TTN Mapper export).</source>
            <translation>Or the measurements as a CSV file with coordinates (e.g. a TTN Mapper export).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="76" />
            <source>Field of the measurements naming the gateway that heard them; empty: found from the column names.</source>
            <translation>Field of the measurements naming the gateway that heard them; empty: found from the column names.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="78" />
            <source>Field with the received signal strength (dBm); empty: found from the column names.</source>
            <translation>Field with the received signal strength (dBm); empty: found from the column names.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="80" />
            <source>Field with the signal-to-noise ratio (dB); empty: found from the column names.</source>
            <translation>Field with the signal-to-noise ratio (dB); empty: found from the column names.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="82" />
            <source>Field with the spreading factor of each message; empty: found from the column names.</source>
            <translation>Field with the spreading factor of each message; empty: found from the column names.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="84" />
            <source>Point layer of the gateways that heard the measurements.</source>
            <translation>Point layer of the gateways that heard the measurements.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="85" />
            <source>Field of the gateways with the id used in the measurements.</source>
            <translation>Field of the gateways with the id used in the measurements.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="86" />
            <source>Field with the antenna height of each gateway in metres above the ground; empty values use the default.</source>
            <translation>Field with the antenna height of each gateway in metres above the ground; empty values use the default.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="88" />
            <source>Field with the transmit power (EIRP, dBm) of the devices; empty values use the default.</source>
            <translation>Field with the transmit power (EIRP, dBm) of the devices; empty values use the default.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="90" />
            <location filename="../processing/algorithms/parameter_help.py" line="353" />
            <source>Field with the antenna gain (dBi) of each gateway; empty values use the default.</source>
            <translation>Field with the antenna gain (dBi) of each gateway; empty values use the default.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="92" />
            <location filename="../processing/algorithms/parameter_help.py" line="355" />
            <source>Field with the cable and connector loss (dB) of each gateway; empty values use the default.</source>
            <translation>Field with the cable and connector loss (dB) of each gateway; empty values use the default.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="94" />
            <source>Antenna height above the ground where the layer gives none.</source>
            <translation>Antenna height above the ground where the layer gives none.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="96" />
            <source>Transmit power of the devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band.</source>
            <translation>Transmit power of the devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="98" />
            <location filename="../processing/algorithms/parameter_help.py" line="361" />
            <source>Gain of the gateway antenna; 3 dBi for a common fibreglass antenna.</source>
            <translation>Gain of the gateway antenna; 3 dBi for a common fibreglass antenna.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="100" />
            <location filename="../processing/algorithms/parameter_help.py" line="362" />
            <source>Loss in the cable and connectors between gateway and antenna.</source>
            <translation>Loss in the cable and connectors between gateway and antenna.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="102" />
            <location filename="../processing/algorithms/parameter_help.py" line="398" />
            <source>Radio frequency; 868.1 MHz is the first channel of LoRaWAN EU868, used in Belgium.</source>
            <translation>Radio frequency; 868.1 MHz is the first channel of LoRaWAN EU868, used in Belgium.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="104" />
            <source>Height of the devices above the ground when measuring; 1.5 m for a device carried by hand.</source>
            <translation>Height of the devices above the ground when measuring; 1.5 m for a device carried by hand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="106" />
            <source>Published model whose error on the measurements is reported next to the calibrated one.</source>
            <translation>Published model whose error on the measurements is reported next to the calibrated one.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="108" />
            <source>The RSSI at which the receiver reports its weakest packets (dBm); packets at this floor count as censored. Empty: estimated per spreading factor from a pile-up of packets at the lowest RSSI.</source>
            <translation>The RSSI at which the receiver reports its weakest packets (dBm); packets at this floor count as censored. Empty: estimated per spreading factor from a pile-up of packets at the lowest RSSI.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="112" />
            <source>Also fit a model per gateway, for gateways with enough measurements.</source>
            <translation>Also fit a model per gateway, for gateways with enough measurements.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="114" />
            <source>A gateway gets its own fit only from this many measurements on.</source>
            <translation>A gateway gets its own fit only from this many measurements on.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="116" />
            <source>Name of the calibrated parameter set, as the siting algorithms list it.</source>
            <translation>Name of the calibrated parameter set, as the siting algorithms list it.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="118" />
            <source>JSON file of the parameter set, to give to Radio coverage or the siting algorithms.</source>
            <translation>JSON file of the parameter set, to give to Radio coverage or the siting algorithms.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="120" />
            <source>Table of the fit per gateway: measurements used, error before and after.</source>
            <translation>Table of the fit per gateway: measurements used, error before and after.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="122" />
            <source>First day of the period before the change.</source>
            <translation>First day of the period before the change.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="123" />
            <source>Last day of the period before the change.</source>
            <translation>Last day of the period before the change.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="124" />
            <source>First day of the period after the change.</source>
            <translation>First day of the period after the change.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="125" />
            <source>Last day of the period after the change.</source>
            <translation>Last day of the period after the change.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="126" />
            <source>Which days are compared: school-term weekdays, weekend days or all days.</source>
            <translation>Which days are compared: school-term weekdays, weekend days or all days.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="128" />
            <source>Also compare weekdays in the Flemish school holidays.</source>
            <translation>Also compare weekdays in the Flemish school holidays.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="129" />
            <source>A segment is compared only with at least this many valid days in each period.</source>
            <translation>A segment is compared only with at least this many valid days in each period.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="131" />
            <source>Per segment and mode: before, after, the change with its confidence interval and the verdict.</source>
            <translation>Per segment and mode: before, after, the change with its confidence interval and the verdict.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="133" />
            <source>The store to copy from: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>The store to copy from: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="135" />
            <source>The store to copy into; it is created when it does not exist.</source>
            <translation>The store to copy into; it is created when it does not exist.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="136" />
            <source>Replace the data already in the target; otherwise a target with data is refused.</source>
            <translation>Replace the data already in the target; otherwise a target with data is refused.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="138" />
            <source>Layer of the sensors with their owner, location, properties and latest reading.</source>
            <translation>Layer of the sensors with their owner, location, properties and latest reading.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="140" />
            <source>The study GeoPackage; its addresses layer is added or replaced, its other layers are kept.</source>
            <translation>The study GeoPackage; its addresses layer is added or replaced, its other layers are kept.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="142" />
            <source>Which GRB layers to download: buildings, parcels, road segments …</source>
            <translation>Which GRB layers to download: buildings, parcels, road segments …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="143" />
            <source>The study GeoPackage; the chosen layers are added or replaced, the others are kept.</source>
            <translation>The study GeoPackage; the chosen layers are added or replaced, the others are kept.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="145" />
            <source>The project register layer; contact fields are never exported.</source>
            <translation>The project register layer; contact fields are never exported.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="147" />
            <location filename="../processing/algorithms/parameter_help.py" line="158" />
            <source>The open-data file, with its metadata next to it.</source>
            <translation>The open-data file, with its metadata next to it.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="148" />
            <source>The indicators per area, as written by Vacancy indicators; small numbers stay suppressed.</source>
            <translation>The indicators per area, as written by Vacancy indicators; small numbers stay suppressed.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="150" />
            <source>Also publish the vacant premises as points, without any personal data.</source>
            <translation>Also publish the vacant premises as points, without any personal data.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="152" />
            <source>Only premises of these types are published as points (shops, for example).</source>
            <translation>Only premises of these types are published as points (shops, for example).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="154" />
            <source>The day the published points hold for; empty: today.</source>
            <translation>The day the published points hold for; empty: today.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="156" />
            <source>Where a rate is suppressed for small numbers, leave its counts empty too.</source>
            <translation>Where a rate is suppressed for small numbers, leave its counts empty too.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="159" />
            <source>A file of readings: CSV, Excel, or an export of sensor.community, IRCEL-CELINE or Telraam.</source>
            <translation>A file of readings: CSV, Excel, or an export of sensor.community, IRCEL-CELINE or Telraam.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="161" />
            <source>The kind of file; automatic recognises the known exports.</source>
            <translation>The kind of file; automatic recognises the known exports.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="162" />
            <source>For other files: which column holds what, as key=column; … (time=Datum; value=NO2).</source>
            <translation>For other files: which column holds what, as key=column; … (time=Datum; value=NO2).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="164" />
            <source>Time zone of times written without an offset; Belgian time for most local exports.</source>
            <translation>Time zone of times written without an offset; Belgian time for most local exports.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="166" />
            <source>The measured quantity, when the file does not say it (no2, pm25, noise …).</source>
            <translation>The measured quantity, when the file does not say it (no2, pm25, noise …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="168" />
            <source>Where the sensor stands, for a file of one sensor without coordinates.</source>
            <translation>Where the sensor stands, for a file of one sensor without coordinates.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="170" />
            <source>The study store the readings are added to: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>The study store the readings are added to: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="172" />
            <source>The export of the vacancy register: a VIP export, or another CSV or Excel file.</source>
            <translation>The export of the vacancy register: a VIP export, or another CSV or Excel file.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="174" />
            <source>For files that are not a VIP export: which column holds what, as role=column; …</source>
            <translation>For files that are not a VIP export: which column holds what, as role=column; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="176" />
            <source>Words of your register for a status that the plugin does not know, as word=status; …</source>
            <translation>Words of your register for a status that the plugin does not know, as word=status; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="178" />
            <source>Words of your register for a property type that the plugin does not know, as word=type; …</source>
            <translation>Words of your register for a property type that the plugin does not know, as word=type; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="180" />
            <source>The day of the export; empty: read from the file name, else today.</source>
            <translation>The day of the export; empty: read from the file name, else today.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="182" />
            <source>NIS code of the municipality, when the export does not say it.</source>
            <translation>NIS code of the municipality, when the export does not say it.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="184" />
            <source>Address layer in the standard schema (Download addresses) to place dossiers on their address.</source>
            <translation>Address layer in the standard schema (Download addresses) to place dossiers on their address.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="186" />
            <source>GRB parcels (ADP, with CAPAKEY) to place dossiers that give a parcel.</source>
            <translation>GRB parcels (ADP, with CAPAKEY) to place dossiers that give a parcel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="188" />
            <source>GRB buildings (GBG) to place dossiers that give a building.</source>
            <translation>GRB buildings (GBG) to place dossiers that give a building.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="190" />
            <source>The study store the register is kept in, with its history: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>The study store the register is kept in, with its history: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="192" />
            <source>The export holds every dossier: one missing from it has been removed from the register.</source>
            <translation>The export holds every dossier: one missing from it has been removed from the register.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="195" />
            <source>Import an export older than the last one imported (to rebuild the history).</source>
            <translation>Import an export older than the last one imported (to rebuild the history).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="197" />
            <source>The rows that could not be imported, each with the reason.</source>
            <translation>The rows that could not be imported, each with the reason.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="199" />
            <source>The measured quantity to map.</source>
            <translation>The measured quantity to map.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="200" />
            <source>The value of each sensor over the period: mean, median, maximum …</source>
            <translation>The value of each sensor over the period: mean, median, maximum …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="202" />
            <source>Instead of the store: a point layer with one value per point.</source>
            <translation>Instead of the store: a point layer with one value per point.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="204" />
            <source>Field of the point layer with the value.</source>
            <translation>Field of the point layer with the value.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="205" />
            <source>Area of the surface; empty: the extent of the sensors.</source>
            <translation>Area of the surface; empty: the extent of the sensors.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="206" />
            <source>Size of the cells of the surface in metres; smaller cells take longer.</source>
            <translation>Size of the cells of the surface in metres; smaller cells take longer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="208" />
            <source>Inverse-distance power: higher values let the nearest sensor weigh more.</source>
            <translation>Inverse-distance power: higher values let the nearest sensor weigh more.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="210" />
            <source>How many of the nearest sensors make each cell's value.</source>
            <translation>How many of the nearest sensors make each cell's value.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="212" />
            <source>The interpolated surface (GeoTIFF); an estimate between sensors, not a measurement.</source>
            <translation>The interpolated surface (GeoTIFF); an estimate between sensors, not a measurement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="214" />
            <source>First day of the period whose works and events are loaded.</source>
            <translation>First day of the period whose works and events are loaded.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="215" />
            <source>Last day of the period.</source>
            <translation>Last day of the period.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="216" />
            <source>Which GIPOD collections to load: works (innames), events …</source>
            <translation>Which GIPOD collections to load: works (innames), events …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="217" />
            <source>The study GeoPackage; the GIPOD layers are added or replaced, the others are kept.</source>
            <translation>The study GeoPackage; the GIPOD layers are added or replaced, the others are kept.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="219" />
            <source>The pollutant whose official readings are loaded.</source>
            <translation>The pollutant whose official readings are loaded.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="220" />
            <source>First day to read from the sensor.community archive; empty: only the latest readings.</source>
            <translation>First day to read from the sensor.community archive; empty: only the latest readings.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="222" />
            <source>Day up to which the archive is read (that day not included).</source>
            <translation>Day up to which the archive is read (that day not included).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="224" />
            <source>Root address of the SensorThings API service, e.g. https://…/v1.1.</source>
            <translation>Root address of the SensorThings API service, e.g. https://…/v1.1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="225" />
            <source>Name of the observed property on the server; empty: every property.</source>
            <translation>Name of the observed property on the server; empty: every property.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="227" />
            <source>Telraam segment ids separated by commas; empty: every segment in the area.</source>
            <translation>Telraam segment ids separated by commas; empty: every segment in the area.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="229" />
            <source>The municipality the study is about, by name or NIS code; empty: the whole region of the store.</source>
            <translation>The municipality the study is about, by name or NIS code; empty: the whole region of the store.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="231" />
            <source>Instead of a municipality: the area the study shows.</source>
            <translation>Instead of a municipality: the area the study shows.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="232" />
            <source>The theme pages of the study; a theme without data is left out with a note.</source>
            <translation>The theme pages of the study; a theme without data is left out with a note.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="234" />
            <source>Language of every text of the study.</source>
            <translation>Language of every text of the study.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="235" />
            <source>Paper size and orientation of the pages.</source>
            <translation>Paper size and orientation of the pages.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="236" />
            <source>Neighbourhoods (wijken, statistical sectors) for the figures per area and the atlas.</source>
            <translation>Neighbourhoods (wijken, statistical sectors) for the figures per area and the atlas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="238" />
            <source>Field with the name of each neighbourhood.</source>
            <translation>Field with the name of each neighbourhood.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="239" />
            <source>Add one page per neighbourhood, with its figures next to the municipality's.</source>
            <translation>Add one page per neighbourhood, with its figures next to the municipality's.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="241" />
            <source>Your own layers drawn under the themes (a base map, for example).</source>
            <translation>Your own layers drawn under the themes (a base map, for example).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="242" />
            <source>Your own layout template (.qpt), made from one of the plugin's; empty: the plugin's.</source>
            <translation>Your own layout template (.qpt), made from one of the plugin's; empty: the plugin's.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="244" />
            <source>Title on the title page; empty: Map study and the municipality's name.</source>
            <translation>Title on the title page; empty: Map study and the municipality's name.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="245" />
            <source>The day the figures of the study hold for; empty: today.</source>
            <translation>The day the figures of the study hold for; empty: today.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="246" />
            <source>The PDF of the study; an existing file is replaced only when the study is complete.</source>
            <translation>The PDF of the study; an existing file is replaced only when the study is complete.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="248" />
            <source>The municipality to publish, by name or NIS code; the store must hold its data.</source>
            <translation>The municipality to publish, by name or NIS code; the store must hold its data.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="250" />
            <source>The layers of the page; a theme the store has no data for is left out with a note.</source>
            <translation>The layers of the page; a theme the store has no data for is left out with a note.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="252" />
            <source>The languages the page offers; the first one chosen is the one it opens in.</source>
            <translation>The languages the page offers; the first one chosen is the one it opens in.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="254" />
            <source>The folder of the web site: empty, or an earlier published site, which is replaced only when the new one is complete.</source>
            <translation>The folder of the web site: empty, or an earlier published site, which is replaced only when the new one is complete.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="256" />
            <source>The list of addresses to match: a table layer, a CSV or an Excel file.</source>
            <translation>The list of addresses to match: a table layer, a CSV or an Excel file.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="258" />
            <source>Column with the whole address in one text; use it or the separate columns below.</source>
            <translation>Column with the whole address in one text; use it or the separate columns below.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="260" />
            <source>Column with the street name.</source>
            <translation>Column with the street name.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="261" />
            <source>Column with the house number (with or without its letter).</source>
            <translation>Column with the house number (with or without its letter).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="263" />
            <source>Column with the box number.</source>
            <translation>Column with the box number.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="264" />
            <source>Column with the postcode.</source>
            <translation>Column with the postcode.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="265" />
            <source>Column with the municipality.</source>
            <translation>Column with the municipality.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="266" />
            <source>The address register to match onto (Download addresses), so the matching works offline.</source>
            <translation>The address register to match onto (Download addresses), so the matching works offline.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="268" />
            <source>Without a reference: ask the online address register, which sends your addresses to that service.</source>
            <translation>Without a reference: ask the online address register, which sends your addresses to that service.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="270" />
            <source>Every row of the list with the address found, its id, how sure the match is and a point.</source>
            <translation>Every row of the list with the address found, its id, how sure the match is and a point.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="272" />
            <source>Only the rows to check by hand (not found or not sure); written only when given.</source>
            <translation>Only the rows to check by hand (not found or not sure); written only when given.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="274" />
            <source>Study stores with a project register, one per line.</source>
            <translation>Study stores with a project register, one per line.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="275" />
            <source>Project registers as layers (e.g. the municipalities' own files).</source>
            <translation>Project registers as layers (e.g. the municipalities' own files).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="277" />
            <source>The regional store the registers are merged into.</source>
            <translation>The regional store the registers are merged into.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="278" />
            <source>Projects that seem to be the same in two registers, to check by hand.</source>
            <translation>Projects that seem to be the same in two registers, to check by hand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="280" />
            <source>Field of the segments with the speed limit (km/h), for the share of speeding.</source>
            <translation>Field of the segments with the speed limit (km/h), for the share of speeding.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="282" />
            <source>Speed limit where no field gives one (km/h).</source>
            <translation>Speed limit where no field gives one (km/h).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="283" />
            <source>First day of the period; empty: the first counted day.</source>
            <translation>First day of the period; empty: the first counted day.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="284" />
            <source>Last day of the period; empty: the last counted day.</source>
            <translation>Last day of the period; empty: the last counted day.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="285" />
            <source>Per segment: average daily traffic per mode and direction, modal split, peaks, v85 and speeding.</source>
            <translation>Per segment: average daily traffic per mode and direction, modal split, peaks, v85 and speeding.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="287" />
            <source>The hourly counts with their time, to play in the temporal controller; written only when given.</source>
            <translation>The hourly counts with their time, to play in the temporal controller; written only when given.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="289" />
            <source>The project register layer.</source>
            <translation>The project register layer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="290" />
            <source>Works or events in the public domain, e.g. the GIPOD innames.</source>
            <translation>Works or events in the public domain, e.g. the GIPOD innames.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="291" />
            <source>A project and a work this close to each other, at the same time, are a conflict.</source>
            <translation>A project and a work this close to each other, at the same time, are a conflict.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="293" />
            <source>Field with the id of each project.</source>
            <translation>Field with the id of each project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="294" />
            <source>Field with the name of each project.</source>
            <translation>Field with the name of each project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="295" />
            <source>Field with the start date of each project.</source>
            <translation>Field with the start date of each project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="296" />
            <source>Field with the end date of each project.</source>
            <translation>Field with the end date of each project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="297" />
            <source>Field with the id of each work.</source>
            <translation>Field with the id of each work.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="298" />
            <source>Field with the name of each work.</source>
            <translation>Field with the name of each work.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="299" />
            <source>Field with the start date of each work.</source>
            <translation>Field with the start date of each work.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="300" />
            <source>Field with the end date of each work.</source>
            <translation>Field with the end date of each work.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="301" />
            <source>Each project and work that meet in place and time, with the days they overlap.</source>
            <translation>Each project and work that meet in place and time, with the days they overlap.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="303" />
            <source>Analyse areas that already have a value, or count the register on a grid of cells.</source>
            <translation>Analyse areas that already have a value, or count the register on a grid of cells.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="305" />
            <source>Areas with a value to analyse, e.g. the vacancy indicators (areas mode).</source>
            <translation>Areas with a value to analyse, e.g. the vacancy indicators (areas mode).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="307" />
            <source>Field with the value to analyse, e.g. the vacancy rate.</source>
            <translation>Field with the value to analyse, e.g. the vacancy rate.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="308" />
            <source>The vacancy register as points (grid mode).</source>
            <translation>The vacancy register as points (grid mode).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="309" />
            <source>Addresses or buildings per cell, so cells compare rates (grid mode).</source>
            <translation>Addresses or buildings per cell, so cells compare rates (grid mode).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="311" />
            <location filename="../processing/algorithms/parameter_help.py" line="331" />
            <source>NIS code of the municipality; empty: the whole region.</source>
            <translation>NIS code of the municipality; empty: the whole region.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="312" />
            <source>Polygon of the area the grid covers (grid mode).</source>
            <translation>Polygon of the area the grid covers (grid mode).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="313" />
            <source>Size of the grid cells; cells with few addresses are left out for privacy.</source>
            <translation>Size of the grid cells; cells with few addresses are left out for privacy.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="315" />
            <source>The day the register is counted on (grid mode); empty: today.</source>
            <translation>The day the register is counted on (grid mode); empty: today.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="317" />
            <source>Which areas are neighbours: sharing a border (on the grid: the 8 cells around), the k nearest, or within a distance.</source>
            <translation>Which areas are neighbours: sharing a border (on the grid: the 8 cells around), the k nearest, or within a distance.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="319" />
            <source>Number of nearest neighbours (k nearest neighbours only).</source>
            <translation>Number of nearest neighbours (k nearest neighbours only).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="320" />
            <source>Areas within this distance are neighbours (distance band only).</source>
            <translation>Areas within this distance are neighbours (distance band only).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="321" />
            <source>Random permutations for the significance; more is steadier but slower.</source>
            <translation>Random permutations for the significance; more is steadier but slower.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="323" />
            <source>Seed of the random permutations: the same seed gives the same result.</source>
            <translation>Seed of the random permutations: the same seed gives the same result.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="325" />
            <source>Largest p-value for a cluster of the local Moran's I to count.</source>
            <translation>Largest p-value for a cluster of the local Moran's I to count.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="327" />
            <source>Per area or cell: Gi* hot or cold spot, its significance and the Moran cluster.</source>
            <translation>Per area or cell: Gi* hot or cold spot, its significance and the Moran cluster.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="329" />
            <source>Polygons (wijken, statistical sectors) or street segments (lines) to count per.</source>
            <translation>Polygons (wijken, statistical sectors) or street segments (lines) to count per.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="332" />
            <source>Field of the street segments with the street code, to count premises on their own street.</source>
            <translation>Field of the street segments with the street code, to count premises on their own street.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="334" />
            <source>Field of the street segments with the street name.</source>
            <translation>Field of the street segments with the street name.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="335" />
            <source>A premise counts for the nearest segment of its street only within this distance.</source>
            <translation>A premise counts for the nearest segment of its street only within this distance.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="337" />
            <source>Per area: premises, vacant premises, rate, types and durations; rates of small areas suppressed.</source>
            <translation>Per area: premises, vacant premises, rate, types and durations; rates of small areas suppressed.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="339" />
            <source>The vacancy register as points, for the published points.</source>
            <translation>The vacancy register as points, for the published points.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="342" />
            <source>Point layer of the gateways (existing or planned) whose coverage is computed.</source>
            <translation>Point layer of the gateways (existing or planned) whose coverage is computed.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="344" />
            <source>Point layer of the places where a new gateway or sensor could go, for example roofs of public buildings.</source>
            <translation>Point layer of the places where a new gateway or sensor could go, for example roofs of public buildings.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="346" />
            <source>Field that names each site in the results; empty: the feature number.</source>
            <translation>Field that names each site in the results; empty: the feature number.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="347" />
            <source>Field with the cost of a site (rent, installation); empty: every site costs 1.</source>
            <translation>Field with the cost of a site (rent, installation); empty: every site costs 1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="349" />
            <source>Field with the antenna height of each site in metres above the ground; empty values use the default height.</source>
            <translation>Field with the antenna height of each site in metres above the ground; empty values use the default height.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="351" />
            <source>Field with the transmit power (EIRP, dBm) of the end devices per site; empty values use the default.</source>
            <translation>Field with the transmit power (EIRP, dBm) of the end devices per site; empty values use the default.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="357" />
            <source>Antenna height above the ground where the layer gives none: 15 m is a roof of a three-storey building.</source>
            <translation>Antenna height above the ground where the layer gives none: 15 m is a roof of a three-storey building.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="359" />
            <source>Transmit power of the end devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band (14 dBm ERP).</source>
            <translation>Transmit power of the end devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band (14 dBm ERP).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="363" />
            <source>Gateways or sensors already in place: they are kept and count for the coverage.</source>
            <translation>Gateways or sensors already in place: they are kept and count for the coverage.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="365" />
            <source>The points the network must serve: sensors, addresses, meters, schools …</source>
            <translation>The points the network must serve: sensors, addresses, meters, schools …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="366" />
            <source>Field that says how much a point counts (residents, pupils, traffic); empty: every point counts once.</source>
            <translation>Field that says how much a point counts (residents, pupils, traffic); empty: every point counts once.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="368" />
            <source>Cover as much demand as possible with K new sites, or reach the coverage target with the cheapest sites.</source>
            <translation>Cover as much demand as possible with K new sites, or reach the coverage target with the cheapest sites.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="370" />
            <source>How many new sites to choose.</source>
            <translation>How many new sites to choose.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="371" />
            <source>Share of the demand weight that must be covered (goal: coverage target).</source>
            <translation>Share of the demand weight that must be covered (goal: coverage target).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="372" />
            <source>How many gateways must hear each point: 2 keeps the network up when a gateway fails.</source>
            <translation>How many gateways must hear each point: 2 keeps the network up when a gateway fails.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="374" />
            <source>Automatic takes the proven optimum when the exact method finds it within a few seconds, else the heuristic; the heuristic is fast and says how close to the best answer it is; exact finds the best answer but can take long.</source>
            <translation>Automatic takes the proven optimum when the exact method finds it within a few seconds, else the heuristic; the heuristic is fast and says how close to the best answer it is; exact finds the best answer but can take long.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="377" />
            <source>The exact method stops after this many seconds and returns the best answer found so far.</source>
            <translation>The exact method stops after this many seconds and returns the best answer found so far.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="379" />
            <source>A tighter guarantee of how close to optimal the answer is; can be slow on large problems.</source>
            <translation>A tighter guarantee of how close to optimal the answer is; can be slow on large problems.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="381" />
            <source>Elevation of the ground (DTM), a single-band raster in a projected CRS such as the DHMV II in Lambert 72; not a base map.</source>
            <translation>Elevation of the ground (DTM), a single-band raster in a projected CRS such as the DHMV II in Lambert 72; not a base map.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="383" />
            <source>Elevation with buildings and trees (DSM, e.g. DHMV II DSM): obstacles are its height above the terrain model.</source>
            <translation>Elevation with buildings and trees (DSM, e.g. DHMV II DSM): obstacles are its height above the terrain model.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="385" />
            <source>Building polygons (e.g. GRB buildings) as obstacles, when there is no surface model.</source>
            <translation>Building polygons (e.g. GRB buildings) as obstacles, when there is no surface model.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="387" />
            <source>Field with the building height in metres; empty: the default height.</source>
            <translation>Field with the building height in metres; empty: the default height.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="389" />
            <source>Height of a building without a height: 8 m is about two storeys and a roof.</source>
            <translation>Height of a building without a height: 8 m is about two storeys and a roof.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="391" />
            <source>Height of the end devices above the ground; 1.5 m for a sensor on a pole or a façade.</source>
            <translation>Height of the end devices above the ground; 1.5 m for a sensor on a pole or a façade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="393" />
            <source>How terrain and obstacles weaken the signal: not at all, a fixed loss out of sight, or diffraction over the obstacles (the most realistic).</source>
            <translation>How terrain and obstacles weaken the signal: not at all, a fixed loss out of sight, or diffraction over the obstacles (the most realistic).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="395" />
            <source>Extra loss where the gateway is out of sight, in line-of-sight mode only.</source>
            <translation>Extra loss where the gateway is out of sight, in line-of-sight mode only.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="396" />
            <source>Reserve for fading and changes over time: a point counts as covered only with this much signal to spare.</source>
            <translation>Reserve for fading and changes over time: a point counts as covered only with this much signal to spare.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="400" />
            <source>Formula for the loss over distance; a calibrated parameter set replaces it.</source>
            <translation>Formula for the loss over distance; a calibrated parameter set replaces it.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="401" />
            <source>MCLP covers the most weight with K sensors, LSCP covers all points with the fewest sensors, p-median brings sensors closest to the points.</source>
            <translation>MCLP covers the most weight with K sensors, LSCP covers all points with the fewest sensors, p-median brings sensors closest to the points.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="403" />
            <source>Only for the user model: path loss at the reference distance.</source>
            <translation>Only for the user model: path loss at the reference distance.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="404" />
            <source>Only for the user model: how fast the loss grows with distance (2 in free space, 2.5–4 in towns).</source>
            <translation>Only for the user model: how fast the loss grows with distance (2 in free space, 2.5–4 in towns).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="406" />
            <source>Only for the user model: distance at which the reference loss holds.</source>
            <translation>Only for the user model: distance at which the reference loss holds.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="407" />
            <source>A path-loss model calibrated on your own measurements (algorithm “Calibrate path loss from measurements”); replaces the model above.</source>
            <translation>A path-loss model calibrated on your own measurements (algorithm “Calibrate path loss from measurements”); replaces the model above.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="409" />
            <source>Largest LoRa spreading factor the devices may use: higher reaches further but uses more air time and battery.</source>
            <translation>Largest LoRa spreading factor the devices may use: higher reaches further but uses more air time and battery.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="411" />
            <source>Area to compute; empty: as far as the gateways can reach.</source>
            <translation>Area to compute; empty: as far as the gateways can reach.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="412" />
            <source>Size of the computation cells in metres; 0 uses those of the terrain model. Larger cells compute faster.</source>
            <translation>Size of the computation cells in metres; 0 uses those of the terrain model. Larger cells compute faster.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="414" />
            <source>A point is covered by a sensor within this distance.</source>
            <translation>A point is covered by a sensor within this distance.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="415" />
            <source>Neighbourhoods or districts: the report says how well each one is served.</source>
            <translation>Neighbourhoods or districts: the report says how well each one is served.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="416" />
            <source>Field with the name of each area in the report.</source>
            <translation>Field with the name of each area in the report.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="417" />
            <source>NIS code of the municipality the scenario belongs to.</source>
            <translation>NIS code of the municipality the scenario belongs to.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="418" />
            <source>Name of the scenario in the store; the same name again replaces it.</source>
            <translation>Name of the scenario in the store; the same name again replaces it.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="419" />
            <source>The chosen gateway sites, kept and new, with the demand each one covers.</source>
            <translation>The chosen gateway sites, kept and new, with the demand each one covers.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="421" />
            <source>The chosen sensor sites, kept and new, with the demand each one covers.</source>
            <translation>The chosen sensor sites, kept and new, with the demand each one covers.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="423" />
            <source>The demand points, each with whether and by which site it is covered.</source>
            <translation>The demand points, each with whether and by which site it is covered.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="425" />
            <source>The areas, each with the share of its demand that is covered.</source>
            <translation>The areas, each with the share of its demand that is covered.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="426" />
            <source>A report of the run as a web page: the answer, how close to the optimum it is, the coverage per area.</source>
            <translation>A report of the run as a web page: the answer, how close to the optimum it is, the coverage per area.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="428" />
            <source>Raster of the best received power in each cell (dBm).</source>
            <translation>Raster of the best received power in each cell (dBm).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="429" />
            <source>Raster of the gateway heard best in each cell.</source>
            <translation>Raster of the gateway heard best in each cell.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="430" />
            <source>Raster of how many gateways hear each cell with the fade margin to spare.</source>
            <translation>Raster of how many gateways hear each cell with the fade margin to spare.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="432" />
            <source>Raster of the smallest spreading factor that reaches each cell.</source>
            <translation>Raster of the smallest spreading factor that reaches each cell.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="433" />
            <source>Polygons of the area each spreading factor reaches.</source>
            <translation>Polygons of the area each spreading factor reaches.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="60" />
            <source>Candidate id field</source>
            <translation>Candidate id field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="81" />
            <source>Demand coverage</source>
            <translation>Demand coverage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="86" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="86" />
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="88" />
            <source>Bound on the optimum</source>
            <translation>Bound on the optimum</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="88" />
            <source>Gap to the bound (0-1)</source>
            <translation>Gap to the bound (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="89" />
            <source>Share of the optimum reached at least (0-1)</source>
            <translation>Share of the optimum reached at least (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="116" />
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_sensors.py" line="126" />
            <source>candidates</source>
            <translation>candidates</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="128" />
            <source>demand points</source>
            <translation>demand points</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="49" />
            <source>{layer} has no {what} field; choose it in the parameters.</source>
            <translation>{layer} has no {what} field; choose it in the parameters.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="60" />
            <source>Conflicts between projects and works</source>
            <translation>Conflicts between projects and works</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="63" />
            <source>Finds every project and work that lie within a distance of each other (default 25 m; 0 m = touching or overlapping) &lt;b&gt;and&lt;/b&gt; whose periods share at least one day, for coordination meetings: one line per pair (the shortest line between them) with both ids and names, the distance, and the overlapping period (overlap_start, overlap_end, overlap_days).&lt;br&gt;&lt;br&gt;Periods are whole days with both ends included; an empty start or end date is an open end (a project without an end date is still running; overlap_days stays empty when the overlap has no end). Periods that only follow each other do not conflict.&lt;br&gt;Without field choices the project register's fields (project_key, naam, startdatum, einddatum) and GIPOD's (GipodId, Description, Start, End) are used. Layers in another CRS are reprojected to EPSG:31370.</source>
            <translation>Finds every project and work that lie within a distance of each other (default 25 m; 0 m = touching or overlapping) &lt;b&gt;and&lt;/b&gt; whose periods share at least one day, for coordination meetings: one line per pair (the shortest line between them) with both ids and names, the distance, and the overlapping period (overlap_start, overlap_end, overlap_days).&lt;br&gt;&lt;br&gt;Periods are whole days with both ends included; an empty start or end date is an open end (a project without an end date is still running; overlap_days stays empty when the overlap has no end). Periods that only follow each other do not conflict.&lt;br&gt;Without field choices the project register's fields (project_key, naam, startdatum, einddatum) and GIPOD's (GipodId, Description, Start, End) are used. Layers in another CRS are reprojected to EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="79" />
            <source>Project id field</source>
            <translation>Project id field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="80" />
            <source>Project name field</source>
            <translation>Project name field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="81" />
            <source>Project start field</source>
            <translation>Project start field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="82" />
            <source>Project end field</source>
            <translation>Project end field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="83" />
            <source>Work id field</source>
            <translation>Work id field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="84" />
            <source>Work name field</source>
            <translation>Work name field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="85" />
            <source>Work start field</source>
            <translation>Work start field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="86" />
            <source>Work end field</source>
            <translation>Work end field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="92" />
            <source>Works (e.g. GIPOD INNAME)</source>
            <translation>Works (e.g. GIPOD INNAME)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="94" />
            <source>Within distance</source>
            <translation>Within distance</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="99" />
            <location filename="../processing/algorithms/project_conflicts.py" line="163" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="121" />
            <source>{layer} has no coordinate reference system; set it in the layer properties.</source>
            <translation>{layer} has no coordinate reference system; set it in the layer properties.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="127" />
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="128" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="129" />
            <source>start date</source>
            <translation>start date</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="130" />
            <source>end date</source>
            <translation>end date</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="164" />
            <source>{count} conflicts between {projects} projects and {works} works.</source>
            <translation>{count} conflicts between {projects} projects and {works} works.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="25" />
            <source>Publish web map</source>
            <translation>Publish web map</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="26" />
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="28" />
            <source>Writes a self-contained web site of the study store for citizens: a map with a layer per theme (the device register, sensors with their latest reading and the daily means of the last 30 days, vacancy per neighbourhood, smart-city projects, gateway coverage), legends, charts, a table view, and the source, licence and date of every layer, in Dutch, French and English. Copy the folder to any web server, or open its index.html from disk.&lt;br&gt;&lt;br&gt;Beside each layer: the data as GeoJSON (WGS84) and DCAT-AP Vlaanderen metadata, so the Flemish open-data portal can harvest it.&lt;br&gt;&lt;br&gt;&lt;b&gt;Safe by default&lt;/b&gt;: only what the open-data exports and the device register allow. No owner, personal or tax field, no single vacant premise, neighbourhoods with fewer than 5 addresses suppressed, sensors that process personal data at the centre of their 100 m cell without their owner's name, sensors marked not public absent.</source>
            <translation>Writes a self-contained web site of the study store for citizens: a map with a layer per theme (the device register, sensors with their latest reading and the daily means of the last 30 days, vacancy per neighbourhood, smart-city projects, gateway coverage), legends, charts, a table view, and the source, licence and date of every layer, in Dutch, French and English. Copy the folder to any web server, or open its index.html from disk.&lt;br&gt;&lt;br&gt;Beside each layer: the data as GeoJSON (WGS84) and DCAT-AP Vlaanderen metadata, so the Flemish open-data portal can harvest it.&lt;br&gt;&lt;br&gt;&lt;b&gt;Safe by default&lt;/b&gt;: only what the open-data exports and the device register allow. No owner, personal or tax field, no single vacant premise, neighbourhoods with fewer than 5 addresses suppressed, sensors that process personal data at the centre of their 100 m cell without their owner's name, sensors marked not public absent.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>Languages of the page</source>
            <translation>Languages of the page</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="57" />
            <source>Web site folder</source>
            <translation>Web site folder</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="86" />
            <source>{n} layers published in {path}: {layers}.</source>
            <translation>{n} layers published in {path}: {layers}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="28" />
            <source>Radio coverage (LoRaWAN)</source>
            <translation>Radio coverage (LoRaWAN)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="29" />
            <source>Predicts where LoRaWAN end devices reach the gateways. For every cell: received power at the gateway (uplink) = device EIRP + antenna gain − cable loss − path loss − terrain loss.&lt;br&gt;&lt;b&gt;Path loss&lt;/b&gt;: log-distance with a published parameter set, your own parameters or a calibrated set (see 'Calibrate path loss'), Okumura-Hata, COST-231 Hata or free space; never less than free space.&lt;br&gt;&lt;b&gt;Terrain&lt;/b&gt;: line of sight over the terrain model (plus the DSM or buildings as clutter) and knife-edge diffraction (ITU-R P.526) of the dominant obstacle; or line of sight only, computed by GDAL's viewshed.&lt;br&gt;&lt;b&gt;Outputs&lt;/b&gt;: best received power (dBm), the best gateway, how many gateways hear each cell (with the fade margin at SF12), the smallest spreading factor that closes the link with the fade margin, and coverage polygons per SF.&lt;br&gt;Gateways and buildings must be in the terrain model's CRS (EPSG:31370 in Flanders).&lt;br&gt;Note: the empirical models (log-distance, Hata) already contain the loss of the buildings typically around a receiver; buildings given as clutter add their diffraction on top, which gives a pessimistic map near street level. Use clutter with free space, or for a worst case.</source>
            <translation>Predicts where LoRaWAN end devices reach the gateways. For every cell: received power at the gateway (uplink) = device EIRP + antenna gain − cable loss − path loss − terrain loss.&lt;br&gt;&lt;b&gt;Path loss&lt;/b&gt;: log-distance with a published parameter set, your own parameters or a calibrated set (see 'Calibrate path loss'), Okumura-Hata, COST-231 Hata or free space; never less than free space.&lt;br&gt;&lt;b&gt;Terrain&lt;/b&gt;: line of sight over the terrain model (plus the DSM or buildings as clutter) and knife-edge diffraction (ITU-R P.526) of the dominant obstacle; or line of sight only, computed by GDAL's viewshed.&lt;br&gt;&lt;b&gt;Outputs&lt;/b&gt;: best received power (dBm), the best gateway, how many gateways hear each cell (with the fade margin at SF12), the smallest spreading factor that closes the link with the fade margin, and coverage polygons per SF.&lt;br&gt;Gateways and buildings must be in the terrain model's CRS (EPSG:31370 in Flanders).&lt;br&gt;Note: the empirical models (log-distance, Hata) already contain the loss of the buildings typically around a receiver; buildings given as clutter add their diffraction on top, which gives a pessimistic map near street level. Use clutter with free space, or for a worst case.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="64" />
            <source>Best received power (dBm)</source>
            <translation>Best received power (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="66" />
            <source>Best gateway</source>
            <translation>Best gateway</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="69" />
            <source>Number of gateways that hear each cell</source>
            <translation>Number of gateways that hear each cell</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="71" />
            <source>Smallest spreading factor</source>
            <translation>Smallest spreading factor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="74" />
            <source>Coverage per spreading factor</source>
            <translation>Coverage per spreading factor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="76" />
            <source>Share of the cells covered (0-1)</source>
            <translation>Share of the cells covered (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="96" />
            <source>Grid of {rows} × {cols} cells of {cell:g} m; model: {model}.</source>
            <translation>Grid of {rows} × {cols} cells of {cell:g} m; model: {model}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="114" />
            <source>{:.1f} % of the cells are covered at SF12 or better with the fade margin.</source>
            <translation>{:.1f} % of the cells are covered at SF12 or better with the fade margin.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="136" />
            <location filename="../processing/algorithms/siting_common.py" line="466" />
            <source>{:.1f} % of the cells have no terrain data; they are filled from their nearest neighbours for the obstacles and left empty in the results.</source>
            <translation>{:.1f} % of the cells have no terrain data; they are filled from their nearest neighbours for the obstacles and left empty in the results.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="50" />
            <source>Municipality (NIS code, e.g. 44021)</source>
            <translation>Municipality (NIS code, e.g. 44021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="65" />
            <source>Area (polygons)</source>
            <translation>Area (polygons)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="88" />
            <source>The area layer has no polygons.</source>
            <translation>The area layer has no polygons.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="94" />
            <source>Start (default: 7 days before the end)</source>
            <translation>Start (default: 7 days before the end)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="94" />
            <source>End (default: now)</source>
            <translation>End (default: now)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="146" />
            <source>New sensors</source>
            <translation>New sensors</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="146" />
            <source>New datastreams</source>
            <translation>New datastreams</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="147" />
            <source>New readings</source>
            <translation>New readings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="147" />
            <source>Readings already stored</source>
            <translation>Readings already stored</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="25" />
            <source>Chooses LoRaWAN gateway sites among candidates so that as much demand as possible is heard (K sites), or a coverage target is reached at least cost. A demand point is heard by a site when the predicted uplink closes at the largest allowed spreading factor with the fade margin (same radio model as 'Radio coverage'); with a redundancy of r it counts only when r chosen gateways hear it. Existing gateways are kept and counted.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; (lazy greedy, then a swap local search) is fast and reports a certificate: an upper bound on the best possible coverage (the online submodular bound and a Lagrangian bound; the LP relaxation on small instances or on request) and the gap to it. &lt;b&gt;Exact&lt;/b&gt; solves the MILP with HiGHS (scipy.optimize.milp) within the time limit.&lt;br&gt;Outputs: the chosen sites in order with the coverage after each, the demand points with the number of chosen gateways that hear them, and an HTML report with the diminishing-returns chart and the certificate.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</source>
            <translation>Chooses LoRaWAN gateway sites among candidates so that as much demand as possible is heard (K sites), or a coverage target is reached at least cost. A demand point is heard by a site when the predicted uplink closes at the largest allowed spreading factor with the fade margin (same radio model as 'Radio coverage'); with a redundancy of r it counts only when r chosen gateways hear it. Existing gateways are kept and counted.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; (lazy greedy, then a swap local search) is fast and reports a certificate: an upper bound on the best possible coverage (the online submodular bound and a Lagrangian bound; the LP relaxation on small instances or on request) and the gap to it. &lt;b&gt;Exact&lt;/b&gt; solves the MILP with HiGHS (scipy.optimize.milp) within the time limit.&lt;br&gt;Outputs: the chosen sites in order with the coverage after each, the demand points with the number of chosen gateways that hear them, and an HTML report with the diminishing-returns chart and the certificate.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="46" />
            <source>Cost field (empty: every site costs 1)</source>
            <translation>Cost field (empty: every site costs 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="48" />
            <source>Existing gateways (kept)</source>
            <translation>Existing gateways (kept)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="49" />
            <source>Demand points (sensors, addresses, …)</source>
            <translation>Demand points (sensors, addresses, …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="50" />
            <source>Weight field (empty: every point weighs 1)</source>
            <translation>Weight field (empty: every point weighs 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="51" />
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="52" />
            <source>Cover the most demand with K new sites</source>
            <translation>Cover the most demand with K new sites</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="53" />
            <source>Reach the coverage target at least cost</source>
            <translation>Reach the coverage target at least cost</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="54" />
            <location filename="../processing/algorithms/site_sensors.py" line="76" />
            <source>Number of new sites (K)</source>
            <translation>Number of new sites (K)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="56" />
            <source>Coverage target (% of the demand weight)</source>
            <translation>Coverage target (% of the demand weight)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="59" />
            <source>Gateways that must hear each point</source>
            <translation>Gateways that must hear each point</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="68" />
            <location filename="../processing/algorithms/siting_common.py" line="220" />
            <source>Cell size (m; 0 = that of the terrain model)</source>
            <translation>Cell size (m; 0 = that of the terrain model)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="70" />
            <source>Chosen gateway sites</source>
            <translation>Chosen gateway sites</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="71" />
            <location filename="../processing/algorithms/site_sensors.py" line="86" />
            <source>Covered share of the demand weight (0-1)</source>
            <translation>Covered share of the demand weight (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="72" />
            <source>Objective (covered weight or cost)</source>
            <translation>Objective (covered weight or cost)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="80" />
            <source>{s:.1f} % of the demand weight is heard by at least {r} gateway(s).</source>
            <translation>{s:.1f} % of the demand weight is heard by at least {r} gateway(s).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_gateways.py" line="98" />
            <source>existing gateways</source>
            <translation>existing gateways</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_sensors.py" line="127" />
            <source>demand</source>
            <translation>demand</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="122" />
            <source>{n} demand points lie outside the terrain model and count as not heard.</source>
            <translation>{n} demand points lie outside the terrain model and count as not heard.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="124" />
            <source>Predicting which of {m} sites hears which of {n} demand points …</source>
            <translation>Predicting which of {m} sites hears which of {n} demand points …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="45" />
            <source>Chooses sensor sites among candidates for the demand (residents, pupils, traffic …: any points with an optional weight). A site covers the demand points within the radius (straight-line distance).&lt;br&gt;&lt;b&gt;MCLP&lt;/b&gt;: the K sites that cover the most weight. &lt;b&gt;LSCP&lt;/b&gt;: the fewest (or cheapest) sites that cover every demand point. &lt;b&gt;p-median&lt;/b&gt;: the K sites with the least weighted mean distance to the demand.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; is fast and reports a certificate (an upper bound for MCLP, a lower bound for LSCP and p-median) and the gap to it; &lt;b&gt;exact&lt;/b&gt; solves the MILP with HiGHS. Existing sensors are kept.&lt;br&gt;With areas (neighbourhoods), the covered share per area is reported and the least-covered areas are listed first.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</source>
            <translation>Chooses sensor sites among candidates for the demand (residents, pupils, traffic …: any points with an optional weight). A site covers the demand points within the radius (straight-line distance).&lt;br&gt;&lt;b&gt;MCLP&lt;/b&gt;: the K sites that cover the most weight. &lt;b&gt;LSCP&lt;/b&gt;: the fewest (or cheapest) sites that cover every demand point. &lt;b&gt;p-median&lt;/b&gt;: the K sites with the least weighted mean distance to the demand.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; is fast and reports a certificate (an upper bound for MCLP, a lower bound for LSCP and p-median) and the gap to it; &lt;b&gt;exact&lt;/b&gt; solves the MILP with HiGHS. Existing sensors are kept.&lt;br&gt;With areas (neighbourhoods), the covered share per area is reported and the least-covered areas are listed first.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="66" />
            <source>Cost field for LSCP</source>
            <translation>Cost field for LSCP</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="67" />
            <source>Existing sensors (kept)</source>
            <translation>Existing sensors (kept)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="68" />
            <source>Weight field (residents, pupils, traffic …)</source>
            <translation>Weight field (residents, pupils, traffic …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="71" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="72" />
            <source>MCLP: cover the most weight</source>
            <translation>MCLP: cover the most weight</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="73" />
            <source>LSCP: cover every point</source>
            <translation>LSCP: cover every point</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="74" />
            <source>p-median: shortest mean distance</source>
            <translation>p-median: shortest mean distance</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="80" />
            <source>Areas for the equity report</source>
            <translation>Areas for the equity report</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="87" />
            <source>Weighted mean distance to the nearest site (m)</source>
            <translation>Weighted mean distance to the nearest site (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="88" />
            <source>Coverage per area</source>
            <translation>Coverage per area</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="101" />
            <source>{n} sites chosen; {s:.1f} % of the demand weight lies within {r:g} m of a site; weighted mean distance {d:.0f} m.</source>
            <translation>{n} sites chosen; {s:.1f} % of the demand weight lies within {r:g} m of a site; weighted mean distance {d:.0f} m.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="127" />
            <location filename="../processing/algorithms/site_sensors.py" line="130" />
            <source>existing sensors</source>
            <translation>existing sensors</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="128" />
            <location filename="../processing/algorithms/site_sensors.py" line="250" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="188" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="194" />
            <source>areas</source>
            <translation>areas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="135" />
            <source>existing {}</source>
            <translation>existing {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="151" />
            <source>{n:,} demand points × {m:,} candidates is too large for the p-median distance matrix; aggregate the demand (for example per building block) or use MCLP.</source>
            <translation>{n:,} demand points × {m:,} candidates is too large for the p-median distance matrix; aggregate the demand (for example per building block) or use MCLP.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="181" />
            <source>Least covered: {name} — {s:.1f} % of {w:,.0f}.</source>
            <translation>Least covered: {name} — {s:.1f} % of {w:,.0f}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="79" />
            <source>Siting</source>
            <translation>Siting</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="138" />
            <source>Antenna height field (m)</source>
            <translation>Antenna height field (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="139" />
            <source>Device EIRP field (dBm)</source>
            <translation>Device EIRP field (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="140" />
            <source>Gateway antenna gain field (dBi)</source>
            <translation>Gateway antenna gain field (dBi)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="141" />
            <source>Cable loss field (dB)</source>
            <translation>Cable loss field (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="145" />
            <source>Default antenna height (m above ground)</source>
            <translation>Default antenna height (m above ground)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="146" />
            <source>Default device EIRP (dBm)</source>
            <translation>Default device EIRP (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="147" />
            <source>Default gateway antenna gain (dBi)</source>
            <translation>Default gateway antenna gain (dBi)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="148" />
            <source>Default cable loss (dB)</source>
            <translation>Default cable loss (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="156" />
            <source>Log-distance, Oulu (Petäjäjärvi 2015, car)</source>
            <translation>Log-distance, Oulu (Petäjäjärvi 2015, car)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="157" />
            <source>Log-distance, Oulu over water (Petäjäjärvi 2015, boat)</source>
            <translation>Log-distance, Oulu over water (Petäjäjärvi 2015, boat)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="158" />
            <source>Log-distance, Bonn fit (Rademacher 2021)</source>
            <translation>Log-distance, Bonn fit (Rademacher 2021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="159" />
            <source>Log-distance, Dortmund (868 MHz urban)</source>
            <translation>Log-distance, Dortmund (868 MHz urban)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="160" />
            <source>Log-distance, Ghent (as coded in lora-bonn)</source>
            <translation>Log-distance, Ghent (as coded in lora-bonn)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="161" />
            <source>Log-distance, LoRaSim/FLoRa (Bor 2016)</source>
            <translation>Log-distance, LoRaSim/FLoRa (Bor 2016)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="162" />
            <source>Okumura-Hata urban (large city)</source>
            <translation>Okumura-Hata urban (large city)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="163" />
            <source>Okumura-Hata urban (small/medium city)</source>
            <translation>Okumura-Hata urban (small/medium city)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="164" />
            <source>Okumura-Hata suburban</source>
            <translation>Okumura-Hata suburban</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="165" />
            <source>Okumura-Hata open area</source>
            <translation>Okumura-Hata open area</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="166" />
            <source>COST-231 Hata (medium city, C_M 0 dB)</source>
            <translation>COST-231 Hata (medium city, C_M 0 dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="167" />
            <source>COST-231 Hata (metropolitan centre, C_M 3 dB)</source>
            <translation>COST-231 Hata (metropolitan centre, C_M 3 dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="168" />
            <source>Free space (ITU-R P.525)</source>
            <translation>Free space (ITU-R P.525)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="169" />
            <source>Log-distance, user parameters (below)</source>
            <translation>Log-distance, user parameters (below)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="176" />
            <source>Path-loss model</source>
            <translation>Path-loss model</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="178" />
            <source>User model: path loss at the reference distance (dB)</source>
            <translation>User model: path loss at the reference distance (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="180" />
            <source>User model: path-loss exponent n</source>
            <translation>User model: path-loss exponent n</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="183" />
            <source>User model: reference distance (km)</source>
            <translation>User model: reference distance (km)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="186" />
            <source>Calibrated parameter set (name or .json file; replaces the model above)</source>
            <translation>Calibrated parameter set (name or .json file; replaces the model above)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="191" />
            <source>Terrain model (DTM)</source>
            <translation>Terrain model (DTM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="192" />
            <source>Surface model (DSM) for clutter</source>
            <translation>Surface model (DSM) for clutter</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="194" />
            <source>Buildings for clutter</source>
            <translation>Buildings for clutter</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="196" />
            <source>Building height field (m)</source>
            <translation>Building height field (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="199" />
            <source>Default building height (m)</source>
            <translation>Default building height (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="202" />
            <source>Receiver (end device) height (m above ground)</source>
            <translation>Receiver (end device) height (m above ground)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="206" />
            <source>Terrain effect</source>
            <translation>Terrain effect</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="207" />
            <source>None (distance only)</source>
            <translation>None (distance only)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="207" />
            <source>Line of sight (GDAL viewshed; out of sight adds the loss below)</source>
            <translation>Line of sight (GDAL viewshed; out of sight adds the loss below)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="208" />
            <source>Line of sight and knife-edge diffraction</source>
            <translation>Line of sight and knife-edge diffraction</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="209" />
            <source>Extra loss out of sight, line-of-sight mode (dB)</source>
            <translation>Extra loss out of sight, line-of-sight mode (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="212" />
            <source>Fade margin (dB)</source>
            <translation>Fade margin (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="218" />
            <source>Extent (default: what the gateways can reach)</source>
            <translation>Extent (default: what the gateways can reach)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="225" />
            <source>Largest spreading factor allowed</source>
            <translation>Largest spreading factor allowed</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="232" />
            <source>Automatic (exact if fast, else heuristic)</source>
            <translation>Automatic (exact if fast, else heuristic)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="234" />
            <source>Heuristic only (with a quality bound)</source>
            <translation>Heuristic only (with a quality bound)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="236" />
            <source>Time limit of the exact method (s)</source>
            <translation>Time limit of the exact method (s)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="242" />
            <source>Also compute the LP-relaxation bound (tighter, can be slow on large instances)</source>
            <translation>Also compute the LP-relaxation bound (tighter, can be slow on large instances)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="282" />
            <source>The terrain model cannot be opened; choose a valid raster layer.</source>
            <translation>The terrain model cannot be opened; choose a valid raster layer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="285" />
            <source>The terrain model must be in a projected CRS in metres (EPSG:31370 in Flanders); it is in {}. Reproject it first (Raster ▸ Projections ▸ Warp).</source>
            <translation>The terrain model must be in a projected CRS in metres (EPSG:31370 in Flanders); it is in {}. Reproject it first (Raster ▸ Projections ▸ Warp).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="296" />
            <source>The {what} layer is in {crs} but the terrain model is in {dem}; reproject the {what} (Vector ▸ Data Management Tools ▸ Reproject Layer) so both use the same CRS.</source>
            <translation>The {what} layer is in {crs} but the terrain model is in {dem}; reproject the {what} (Vector ▸ Data Management Tools ▸ Reproject Layer) so both use the same CRS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="369" />
            <source>{n} multi-part {what} were split into their parts, each one of its own ({total} in all, labelled with the id and -1, -2, …).</source>
            <translation>{n} multi-part {what} were split into their parts, each one of its own ({total} in all, labelled with the id and -1, -2, …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="373" />
            <source>The {} layer has no features with a geometry.</source>
            <translation>The {} layer has no features with a geometry.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="395" />
            <source>Site {} has an antenna height of zero or less; give every site a positive height.</source>
            <translation>Site {} has an antenna height of zero or less; give every site a positive height.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="411" />
            <source>{n} {what} lie outside the terrain model ({ids}); remove them or use a larger terrain model.</source>
            <translation>{n} {what} lie outside the terrain model ({ids}); remove them or use a larger terrain model.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="434" />
            <source>The extent does not overlap the terrain model; choose an extent inside it.</source>
            <translation>The extent does not overlap the terrain model; choose an extent inside it.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="441" />
            <source>The grid would have {n:,} cells; choose a larger cell size or a smaller extent.</source>
            <translation>The grid would have {n:,} cells; choose a larger cell size or a smaller extent.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="449" />
            <source>The raster {} is not read through GDAL; save it as a GeoTIFF first.</source>
            <translation>The raster {} is not read through GDAL; save it as a GeoTIFF first.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="475" />
            <location filename="../processing/algorithms/siting_common.py" line="487" />
            <source>buildings</source>
            <translation>buildings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="565" />
            <source>The {what} layer is in {crs}, which has no metres; reproject it to EPSG:31370 first.</source>
            <translation>The {what} layer is in {crs}, which has no metres; reproject it to EPSG:31370 first.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="572" />
            <source>The {what} layer is in {crs} but the candidates are in {ref}; reproject it so all layers use the same CRS.</source>
            <translation>The {what} layer is in {crs} but the candidates are in {ref}; reproject it so all layers use the same CRS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="649" />
            <source>Objective {obj:,.6g}; bound {bound:,.6g} ({kind}); gap {gap:.2f} %; at least {q:.2f} % of the optimum.</source>
            <translation>Objective {obj:,.6g}; bound {bound:,.6g} ({kind}); gap {gap:.2f} %; at least {q:.2f} % of the optimum.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="653" />
            <source>The certificate cannot guarantee 95 % of the optimum; try the exact method or the LP bound for a tighter figure.</source>
            <translation>The certificate cannot guarantee 95 % of the optimum; try the exact method or the LP bound for a tighter figure.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="664" />
            <source>Save as a scenario in this study store</source>
            <translation>Save as a scenario in this study store</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="667" />
            <source>Municipality of the scenario (NIS code; empty: the niscode field of the demand points)</source>
            <translation>Municipality of the scenario (NIS code; empty: the niscode field of the demand points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="670" />
            <source>Scenario name (saving again under the same name replaces the scenario)</source>
            <translation>Scenario name (saving again under the same name replaces the scenario)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="672" />
            <source>Scenario record in the store (fid)</source>
            <translation>Scenario record in the store (fid)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="676" />
            <source>&lt;br&gt;With a &lt;b&gt;study store&lt;/b&gt;, the run is also saved there as a scenario (its figures, the chosen sites in order, the candidates and the existing sites), for the map study and later comparison. The municipality is the NIS code given, else the one value of the demand layer's niscode field; a scenario saved under the same name is replaced.</source>
            <translation>&lt;br&gt;With a &lt;b&gt;study store&lt;/b&gt;, the run is also saved there as a scenario (its figures, the chosen sites in order, the candidates and the existing sites), for the map study and later comparison. The municipality is the NIS code given, else the one value of the demand layer's niscode field; a scenario saved under the same name is replaced.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/store_parameter.py" line="42" />
            <source>A GeoPackage file, for example C:/studies/gent.gpkg, or a PostGIS schema through one of QGIS's saved PostgreSQL connections: pg:&lt;connection name&gt;?schema=&lt;schema&gt;.</source>
            <translation>A GeoPackage file, for example C:/studies/gent.gpkg, or a PostGIS schema through one of QGIS's saved PostgreSQL connections: pg:&lt;connection name&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="67" />
            <source>{layer} has no niscode field: all its features are taken as lying in {municipality}.</source>
            <translation>{layer} has no niscode field: all its features are taken as lying in {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="118" />
            <source>Municipality: {municipality}.</source>
            <translation>Municipality: {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="125" />
            <source>No area has the niscode of {municipality}; choose the areas of that municipality or leave the municipality empty.</source>
            <translation>No area has the niscode of {municipality}; choose the areas of that municipality or leave the municipality empty.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="132" />
            <source>The register has no premises of municipality {municipality}.</source>
            <translation>The register has no premises of municipality {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="35" />
            <source>Areas: a value per polygon</source>
            <translation>Areas: a value per polygon</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="36" />
            <source>Grid: premises per cell of a regular grid</source>
            <translation>Grid: premises per cell of a regular grid</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="37" />
            <source>Contiguity (neighbouring areas or cells)</source>
            <translation>Contiguity (neighbouring areas or cells)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="37" />
            <source>k nearest neighbours</source>
            <translation>k nearest neighbours</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="38" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="117" />
            <source>Distance band</source>
            <translation>Distance band</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="43" />
            <source>Vacancy hot spots (Gi*, local Moran's I)</source>
            <translation>Vacancy hot spots (Gi*, local Moran's I)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="46" />
            <source>Finds clusters of vacancy: Getis-Ord Gi* hot and cold spots and local Moran's I clusters and outliers, with significance from conditional permutations.&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt;: analyses a numeric field of a polygon layer, for example vacancy_rate from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;. Areas without a value (suppressed small-number rates) are left out and marked 'Not analysed'.&lt;br&gt;&lt;b&gt;Grid&lt;/b&gt;: counts the premises in the register on the reference date per square cell; with a denominator layer the value is the rate per cell (cells with fewer than 5 units are left out). A study area limits the grid to the cells whose centre lies in it.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: gi_class is +3/+2/+1 for hot spots at 99/95/90 % confidence and -1/-2/-3 for cold spots, from the two-sided pseudo p-value of the permutations (gi_p_sim); gi_z and gi_p_norm are the analytical z-score and its normal p-value. moran_cluster says High-High, Low-Low, High-Low or Low-High where moran_p_sim is below the significance level. With many areas, some will be significant by chance: read the map as an indication, not as proof.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to analyse one municipality: only the features whose niscode field says that municipality (the register; areas, denominator and study area where they have such a field); leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: features without a geometry are left out and counted in a warning; invalid polygons are repaired and counted. Where global Moran's I is undefined (every value the same, or no area with a neighbour) it says so in a sentence and GLOBAL_MORAN is left empty.</source>
            <translation>Finds clusters of vacancy: Getis-Ord Gi* hot and cold spots and local Moran's I clusters and outliers, with significance from conditional permutations.&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt;: analyses a numeric field of a polygon layer, for example vacancy_rate from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;. Areas without a value (suppressed small-number rates) are left out and marked 'Not analysed'.&lt;br&gt;&lt;b&gt;Grid&lt;/b&gt;: counts the premises in the register on the reference date per square cell; with a denominator layer the value is the rate per cell (cells with fewer than 5 units are left out). A study area limits the grid to the cells whose centre lies in it.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: gi_class is +3/+2/+1 for hot spots at 99/95/90 % confidence and -1/-2/-3 for cold spots, from the two-sided pseudo p-value of the permutations (gi_p_sim); gi_z and gi_p_norm are the analytical z-score and its normal p-value. moran_cluster says High-High, Low-Low, High-Low or Low-High where moran_p_sim is below the significance level. With many areas, some will be significant by chance: read the map as an indication, not as proof.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to analyse one municipality: only the features whose niscode field says that municipality (the register; areas, denominator and study area where they have such a field); leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: features without a geometry are left out and counted in a warning; invalid polygons are repaired and counted. Where global Moran's I is undefined (every value the same, or no area with a neighbour) it says so in a sentence and GLOBAL_MORAN is left empty.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="89" />
            <source>Analyse</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="92" />
            <source>Areas with a value (areas mode)</source>
            <translation>Areas with a value (areas mode)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="97" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="135" />
            <source>Area id field</source>
            <translation>Area id field</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="100" />
            <source>Vacancy register (grid mode)</source>
            <translation>Vacancy register (grid mode)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="102" />
            <source>Denominator (grid mode)</source>
            <translation>Denominator (grid mode)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="107" />
            <source>Study area (grid mode)</source>
            <translation>Study area (grid mode)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="108" />
            <source>Cell size (grid mode)</source>
            <translation>Cell size (grid mode)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="111" />
            <source>Reference date (grid mode)</source>
            <translation>Reference date (grid mode)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="113" />
            <source>Neighbours</source>
            <translation>Neighbours</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="115" />
            <source>k (k nearest neighbours)</source>
            <translation>k (k nearest neighbours)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="118" />
            <source>Permutations</source>
            <translation>Permutations</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="121" />
            <source>Random seed (same seed, same result)</source>
            <translation>Random seed (same seed, same result)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="123" />
            <source>Significance level (Moran clusters)</source>
            <translation>Significance level (Moran clusters)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="126" />
            <source>Hot spots</source>
            <translation>Hot spots</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="128" />
            <source>Global Moran's I</source>
            <translation>Global Moran's I</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="129" />
            <source>Hot spots (90 % or more)</source>
            <translation>Hot spots (90 % or more)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="130" />
            <source>Cold spots (90 % or more)</source>
            <translation>Cold spots (90 % or more)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="144" />
            <source>{n} units, {links} neighbour links; {perms} permutations.</source>
            <translation>{n} units, {links} neighbour links; {perms} permutations.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="162" />
            <source>{hot} hot and {cold} cold spots.</source>
            <translation>{hot} hot and {cold} cold spots.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="173" />
            <source>Choose the areas layer with the value to analyse (for example the output of Vacancy indicators per area).</source>
            <translation>Choose the areas layer with the value to analyse (for example the output of Vacancy indicators per area).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="178" />
            <source>Choose the value field to analyse.</source>
            <translation>Choose the value field to analyse.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="200" />
            <source>Choose the vacancy register for the grid.</source>
            <translation>Choose the vacancy register for the grid.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="213" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="213" />
            <source>denominator units</source>
            <translation>denominator units</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="217" />
            <source>Grid of {rows} × {cols} cells of {size:.0f} m; {n} cells analysed.</source>
            <translation>Grid of {rows} × {cols} cells of {size:.0f} m; {n} cells analysed.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="232" />
            <source>No study area has the niscode of {municipality}; choose the study area of that municipality or leave the municipality empty.</source>
            <translation>No study area has the niscode of {municipality}; choose the study area of that municipality or leave the municipality empty.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="236" />
            <source>study areas</source>
            <translation>study areas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="58" />
            <source>The vacancy layer lacks the field(s) {fields}; use the register made by Import vacancy register or a layer with the same fields.</source>
            <translation>The vacancy layer lacks the field(s) {fields}; use the register made by Import vacancy register or a layer with the same fields.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="72" />
            <source>Choose the vacancy layer.</source>
            <translation>Choose the vacancy layer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="74" />
            <source>The vacancy layer must be a point layer (the register made by Import vacancy register).</source>
            <translation>The vacancy layer must be a point layer (the register made by Import vacancy register).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="78" />
            <source>The vacancy layer has no niscode field, so it cannot be filtered per municipality; use the register from the study store or leave the municipality empty.</source>
            <translation>The vacancy layer has no niscode field, so it cannot be filtered per municipality; use the register from the study store or leave the municipality empty.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="89" />
            <source>premises</source>
            <translation>premises</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="98" />
            <source>Measures vacancy per area (core shopping area, wijk, statistical sector, municipality) or per street segment, on a reference date.&lt;br&gt;&lt;br&gt;Per area: premises in the register by type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) and in total (n_vacant), the denominator (addresses or buildings in the area), the vacancy rate in %, the median and mean duration in years, and the entries and removals of the last 12 months. Every area is in the output, with zeros where there is no vacancy.&lt;br&gt;&lt;b&gt;Small numbers&lt;/b&gt;: where the area has fewer than 5 denominator units, small_numbers is true and the rate is left empty: such rates are unstable and can point at one household.&lt;br&gt;&lt;b&gt;Street segments&lt;/b&gt;: give a line layer as areas (for example Gent's wegsegmenten). Premises and addresses are then snapped to the nearest segment of their own street: by street code (the register's straatnaam_id and the addresses' street_id against the segments' CRAB code), else by street name.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to measure one municipality of a regional register: only its premises, and its areas and addresses where those layers have a niscode field; leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: premises, units and areas without a geometry are left out and counted in a warning; invalid polygons (a self-intersecting boundary) are repaired and counted; areas that do not overlap the premises or the units at all are refused, as that points at the wrong layer or a wrong CRS.</source>
            <translation>Measures vacancy per area (core shopping area, wijk, statistical sector, municipality) or per street segment, on a reference date.&lt;br&gt;&lt;br&gt;Per area: premises in the register by type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) and in total (n_vacant), the denominator (addresses or buildings in the area), the vacancy rate in %, the median and mean duration in years, and the entries and removals of the last 12 months. Every area is in the output, with zeros where there is no vacancy.&lt;br&gt;&lt;b&gt;Small numbers&lt;/b&gt;: where the area has fewer than 5 denominator units, small_numbers is true and the rate is left empty: such rates are unstable and can point at one household.&lt;br&gt;&lt;b&gt;Street segments&lt;/b&gt;: give a line layer as areas (for example Gent's wegsegmenten). Premises and addresses are then snapped to the nearest segment of their own street: by street code (the register's straatnaam_id and the addresses' street_id against the segments' CRAB code), else by street name.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to measure one municipality of a regional register: only its premises, and its areas and addresses where those layers have a niscode field; leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: premises, units and areas without a geometry are left out and counted in a warning; invalid polygons (a self-intersecting boundary) are repaired and counted; areas that do not overlap the premises or the units at all are refused, as that points at the wrong layer or a wrong CRS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="131" />
            <source>Vacancy register (points)</source>
            <translation>Vacancy register (points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="133" />
            <source>Areas (polygons) or street segments (lines)</source>
            <translation>Areas (polygons) or street segments (lines)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="140" />
            <source>Denominator (addresses or buildings)</source>
            <translation>Denominator (addresses or buildings)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="145" />
            <source>Reference date (empty: today)</source>
            <translation>Reference date (empty: today)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="148" />
            <source>Street code field (CRAB)</source>
            <translation>Street code field (CRAB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="151" />
            <source>Street name field of the segments</source>
            <translation>Street name field of the segments</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="154" />
            <source>Largest distance to a segment of the same street</source>
            <translation>Largest distance to a segment of the same street</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="156" />
            <source>Vacancy indicators</source>
            <translation>Vacancy indicators</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="169" />
            <source>{n} premises with a location.</source>
            <translation>{n} premises with a location.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="184" />
            <source>Choose the areas layer.</source>
            <translation>Choose the areas layer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="195" />
            <source>{n} areas.</source>
            <translation>{n} areas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="216" />
            <source>{n} denominator units.</source>
            <translation>{n} denominator units.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="238" />
            <source>Premises snapped by street code: {code}, by street name: {name}, not snapped: {none}.</source>
            <translation>Premises snapped by street code: {code}, by street name: {name}, not snapped: {none}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="262" />
            <source>{n} areas have fewer than {limit} units: their rate is suppressed.</source>
            <translation>{n} areas have fewer than {limit} units: their rate is suppressed.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="23" />
            <source>Smart Municipality – Flemish base registers, sensors, vacancy and siting</source>
            <translation>Smart Municipality – Flemish base registers, sensors, vacancy and siting</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/batch.py" line="28" />
            <source>Choose a reference address layer, or allow the online address register (the addresses are then sent to the Flemish address register).</source>
            <translation>Choose a reference address layer, or allow the online address register (the addresses are then sent to the Flemish address register).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="56" />
            <source>No column with addresses or street names was recognised in {source} (columns: {columns}); choose the address column, or the street and house-number columns.</source>
            <translation>No column with addresses or street names was recognised in {source} (columns: {columns}); choose the address column, or the street and house-number columns.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="63" />
            <source>{source} holds a spreadsheet formula instead of a value at {place} ({formula}); save the sheet with values only (paste as values) and try again.</source>
            <translation>{source} holds a spreadsheet formula instead of a value at {place} ({formula}); save the sheet with values only (paste as values) and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="69" />
            <source>The column '{column}' chosen for the {role} holds only numbers; choose the column with the street names.</source>
            <translation>The column '{column}' chosen for the {role} holds only numbers; choose the column with the street names.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="74" />
            <source>The street column '{column}' holds no house numbers and no house-number column was chosen; choose the house-number column.</source>
            <translation>The street column '{column}' holds no house numbers and no house-number column was chosen; choose the house-number column.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="84" />
            <source>address</source>
            <translation>address</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="84" />
            <source>street</source>
            <translation>street</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/geocoding.py" line="73" />
            <source>{metres} m</source>
            <translation>{metres} m</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/geocoding.py" line="76" />
            <source>{km} km</source>
            <translation>{km} km</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/geocoding.py" line="81" />
            <source>Addresses (pick on the map)</source>
            <translation>Addresses (pick on the map)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/geocoding.py" line="150" />
            <source>The address could not be added to the layer {layer}.</source>
            <translation>The address could not be added to the layer {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="77" />
            <source>the layer</source>
            <translation>the layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="79" />
            <location filename="../smart_municipality/sensors/files.py" line="183" />
            <source>{source} has no rows.</source>
            <translation>{source} has no rows.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="95" />
            <source>The reference layer</source>
            <translation>The reference layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="97" />
            <source>The reference layer {name} is not a point layer; choose an address layer.</source>
            <translation>The reference layer {name} is not a point layer; choose an address layer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="101" />
            <source>The reference layer {name} has no coordinate reference system; set it (EPSG:31370 for the address register) and try again.</source>
            <translation>The reference layer {name} has no coordinate reference system; set it (EPSG:31370 for the address register) and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="108" />
            <source>The reference layer {name} lacks the columns street and housenumber of the standard address schema; use an address layer made by this plugin.</source>
            <translation>The reference layer {name} lacks the columns street and housenumber of the standard address schema; use an address layer made by this plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="169" />
            <source>The reference layer {name} says {wrong} but its coordinates are {right}; correct the layer's coordinate reference system and try again.</source>
            <translation>The reference layer {name} says {wrong} but its coordinates are {right}; correct the layer's coordinate reference system and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="181" />
            <location filename="../smart_municipality/vacancy/layer_io.py" line="102" />
            <source>The coordinates of {layer} do not lie in Belgium in its coordinate reference system {crs} (x around {x:.0f}); set the layer's real CRS (Lambert 2008 is EPSG:3812) and try again.</source>
            <translation>The coordinates of {layer} do not lie in Belgium in its coordinate reference system {crs} (x around {x:.0f}); set the layer's real CRS (Lambert 2008 is EPSG:3812) and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="215" />
            <location filename="../smart_municipality/labels.py" line="23" />
            <source>chosen by hand</source>
            <translation>chosen by hand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="302" />
            <location filename="../smart_municipality/addresses/matcher.py" line="307" />
            <source>the postcode {postcode} and the place name {name} disagree</source>
            <translation>the postcode {postcode} and the place name {name} disagree</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="314" />
            <source>the postcode {postcode} does not belong to {name}</source>
            <translation>the postcode {postcode} does not belong to {name}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="318" />
            <source>the postcode {postcode} is not in the reference</source>
            <translation>the postcode {postcode} is not in the reference</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="320" />
            <source>{place} is not a municipality of the reference</source>
            <translation>{place} is not a municipality of the reference</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="403" />
            <source>The reference layer lacks the column(s) {columns} of the standard address schema; use an address layer made by this plugin or rename its columns.</source>
            <translation>The reference layer lacks the column(s) {columns} of the standard address schema; use an address layer made by this plugin or rename its columns.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="408" />
            <source>The reference layer holds no addresses.</source>
            <translation>The reference layer holds no addresses.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="636" />
            <location filename="../smart_municipality/addresses/online.py" line="112" />
            <source>no street given</source>
            <translation>no street given</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="653" />
            <source>several streets are spelled alike</source>
            <translation>several streets are spelled alike</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="712" />
            <source>street not found</source>
            <translation>street not found</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="728" />
            <source>street not found; the nearest names differ too much</source>
            <translation>street not found; the nearest names differ too much</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="731" />
            <source>two or more streets are almost equally close</source>
            <translation>two or more streets are almost equally close</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="844" />
            <location filename="../smart_municipality/addresses/online.py" line="100" />
            <location filename="../smart_municipality/downloads/jobs.py" line="79" />
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="341" />
            <location filename="../smart_municipality/projects/conflicts.py" line="129" />
            <location filename="../smart_municipality/projects/gipod.py" line="151" />
            <location filename="../smart_municipality/projects/region.py" line="207" />
            <location filename="../smart_municipality/sensors/loaders.py" line="84" />
            <location filename="../smart_municipality/sources/status.py" line="85" />
            <location filename="../smart_municipality/sources/status.py" line="122" />
            <location filename="../smart_municipality/sources/transport.py" line="282" />
            <location filename="../smart_municipality/vacancy/layer_io.py" line="309" />
            <location filename="../processing/algorithms/frames.py" line="61" />
            <location filename="../processing/algorithms/match_addresses.py" line="115" />
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="964" />
            <location filename="../smart_municipality/addresses/online.py" line="114" />
            <source>no house number given</source>
            <translation>no house number given</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="966" />
            <location filename="../smart_municipality/addresses/online.py" line="116" />
            <source>the house number {number} is not understood</source>
            <translation>the house number {number} is not understood</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="986" />
            <location filename="../smart_municipality/addresses/online.py" line="185" />
            <source>several addresses fit equally well</source>
            <translation>several addresses fit equally well</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="992" />
            <location filename="../smart_municipality/addresses/online.py" line="189" />
            <source>box {box} is not in the register</source>
            <translation>box {box} is not in the register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="999" />
            <location filename="../smart_municipality/addresses/online.py" line="193" />
            <source>street spelled {spelling} in the register</source>
            <translation>street spelled {spelling} in the register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1001" />
            <source>of the close street names, only this one has this house number</source>
            <translation>of the close street names, only this one has this house number</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1024" />
            <source>registered under postcode {postcode}</source>
            <translation>registered under postcode {postcode}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1027" />
            <source>first house number of the range</source>
            <translation>first house number of the range</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1099" />
            <location filename="../smart_municipality/addresses/online.py" line="179" />
            <source>the register has this house number only with box numbers</source>
            <translation>the register has this house number only with box numbers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1104" />
            <source>house number {number} not found in {street}</source>
            <translation>house number {number} not found in {street}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="142" />
            <source>The address register sent an unexpected answer to an address match; the service may have changed, try again later.</source>
            <translation>The address register sent an unexpected answer to an address match; the service may have changed, try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="165" />
            <source>the register knows the street but not this house number</source>
            <translation>the register knows the street but not this house number</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="166" />
            <source>the register found no address</source>
            <translation>the register found no address</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="171" />
            <source>the register found no address with house number {number}</source>
            <translation>the register found no address with house number {number}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="88" />
            <source>The base-map catalogue has an incomplete entry ({entry}); reinstall the plugin.</source>
            <translation>The base-map catalogue has an incomplete entry ({entry}); reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="91" />
            <source>The base-map catalogue entry {entry} has an unknown kind {kind}; reinstall the plugin.</source>
            <translation>The base-map catalogue entry {entry} has an unknown kind {kind}; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="94" />
            <source>The base-map catalogue entry {entry} names an unknown service {service}; reinstall the plugin.</source>
            <translation>The base-map catalogue entry {entry} names an unknown service {service}; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="97" />
            <source>The base-map catalogue entry {entry} has no tile matrix set for its default CRS; reinstall the plugin.</source>
            <translation>The base-map catalogue entry {entry} has no tile matrix set for its default CRS; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="107" />
            <source>The base-map catalogue {path} cannot be read; reinstall the plugin.</source>
            <translation>The base-map catalogue {path} cannot be read; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="115" />
            <source>The base-map catalogue lists an id twice; reinstall the plugin.</source>
            <translation>The base-map catalogue lists an id twice; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="210" />
            <source>The base map {title} could not be loaded from {service}; check the service status in the plugin settings.</source>
            <translation>The base map {title} could not be loaded from {service}; check the service status in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/charts.py" line="21" />
            <location filename="../smart_municipality/gui/widgets.py" line="178" />
            <location filename="../smart_municipality/mapstudy/sensor_figures.py" line="81" />
            <location filename="../smart_municipality/sensors/charts.py" line="89" />
            <location filename="../smart_municipality/siting/html_report.py" line="44" />
            <location filename="../smart_municipality/vacancy/chart.py" line="29" />
            <location filename="../smart_municipality/vacancy/chart.py" line="69" />
            <source>Drawing charts</source>
            <translation>Drawing charts</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/crs_text.py" line="21" />
            <location filename="../smart_municipality/common/crs_text.py" line="29" />
            <source>an unknown CRS</source>
            <translation>an unknown CRS</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/crs_text.py" line="29" />
            <source>a custom CRS ({definition})</source>
            <translation>a custom CRS ({definition})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="101" />
            <source>features</source>
            <translation>features</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="104" />
            <source>{n} of the {total} {items} of {layer} have no geometry and were left out.</source>
            <translation>{n} of the {total} {items} of {layer} have no geometry and were left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="107" />
            <source>{n} invalid geometries of {layer} (for example a self-intersecting boundary) were repaired before use.</source>
            <translation>{n} invalid geometries of {layer} (for example a self-intersecting boundary) were repaired before use.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="110" />
            <source>{n} of them kept no area and were left out.</source>
            <translation>{n} of them kept no area and were left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="126" />
            <source>The layer {layer} has no features; choose a layer with data.</source>
            <translation>The layer {layer} has no features; choose a layer with data.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="128" />
            <source>None of the {total} features of {layer} has a usable geometry; fill in the geometries or choose another layer.</source>
            <translation>None of the {total} features of {layer} has a usable geometry; fill in the geometries or choose another layer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="157" />
            <source>{first} and {second} do not overlap anywhere; check that both are the right layers and that their coordinate reference systems are set correctly.</source>
            <translation>{first} and {second} do not overlap anywhere; check that both are the right layers and that their coordinate reference systems are set correctly.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="26" />
            <location filename="../smart_municipality/common/tables.py" line="88" />
            <location filename="../smart_municipality/mobility/counts.py" line="136" />
            <location filename="../smart_municipality/sensors/files.py" line="597" />
            <source>The file {name} does not exist.</source>
            <translation>The file {name} does not exist.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="32" />
            <location filename="../smart_municipality/store/geopackage.py" line="296" />
            <source>{path} is not a GeoPackage (not an SQLite database); choose a .gpkg file.</source>
            <translation>{path} is not a GeoPackage (not an SQLite database); choose a .gpkg file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="42" />
            <source>The GeoPackage {path} has no layer {layer}.</source>
            <translation>The GeoPackage {path} has no layer {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="43" />
            <source>The GeoPackage {path} has no layer to read.</source>
            <translation>The GeoPackage {path} has no layer to read.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="44" />
            <source>{path} cannot be opened as a layer; choose a GeoPackage, shapefile, GeoJSON or another GIS file.</source>
            <translation>{path} cannot be opened as a layer; choose a GeoPackage, shapefile, GeoJSON or another GIS file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/optional.py" line="41" />
            <source>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}), or {alternative}.</source>
            <translation>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}), or {alternative}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/optional.py" line="44" />
            <source>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}).</source>
            <translation>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="32" />
            <source>{output} could not be created; check the output location.</source>
            <translation>{output} could not be created; check the output location.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="45" />
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="46" />
            <source>{output} could not be written completely ({reason}); the result is incomplete and was not used.</source>
            <translation>{output} could not be written completely ({reason}); the result is incomplete and was not used.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="66" />
            <source>The column '{column}' is not in {source}; its columns are: {columns}.</source>
            <translation>The column '{column}' is not in {source}; its columns are: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="77" />
            <location filename="../smart_municipality/common/tables.py" line="276" />
            <location filename="../smart_municipality/common/tables.py" line="296" />
            <source>row {n}</source>
            <translation>row {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="77" />
            <location filename="../smart_municipality/common/tables.py" line="250" />
            <location filename="../smart_municipality/common/tables.py" line="276" />
            <location filename="../smart_municipality/common/tables.py" line="296" />
            <source>line {n}</source>
            <translation>line {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="79" />
            <location filename="../smart_municipality/common/tables.py" line="297" />
            <source>{place}, column '{column}'</source>
            <translation>{place}, column '{column}'</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="93" />
            <source>{name} is an old Excel (.xls) or OpenDocument (.ods) file; save it as .xlsx or CSV and try again.</source>
            <translation>{name} is an old Excel (.xls) or OpenDocument (.ods) file; save it as .xlsx or CSV and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="123" />
            <location filename="../smart_municipality/common/tables.py" line="267" />
            <location filename="../smart_municipality/common/tables.py" line="358" />
            <source>{source} is empty.</source>
            <translation>{source} is empty.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="148" />
            <source>{source} is not a text file (it holds binary data); export the table as CSV or XLSX and try again.</source>
            <translation>{source} is not a text file (it holds binary data); export the table as CSV or XLSX and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="236" />
            <source>{source} mixes two text encodings (UTF-8 and another, from line {line} on); save the whole file again as UTF-8 and try again.</source>
            <translation>{source} mixes two text encodings (UTF-8 and another, from line {line} on); save the whole file again as UTF-8 and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="251" />
            <source>{source} cannot be read as a table at line {line} ({problem}); check the quotes and save the file again.</source>
            <translation>{source} cannot be read as a table at line {line} ({problem}); check the quotes and save the file again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="257" />
            <source>{source} has a cell of more than {limit} characters at {place}; an unclosed quote (") probably swallowed the lines after it: correct the file and try again.</source>
            <translation>{source} has a cell of more than {limit} characters at {place}; an unclosed quote (") probably swallowed the lines after it: correct the file and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="277" />
            <source>{source} has more values at {place} than column names in its header; a value probably contains the separator without quotes, or a column name is missing.</source>
            <translation>{source} has more values at {place} than column names in its header; a value probably contains the separator without quotes, or a column name is missing.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="285" />
            <source>{source} has two columns named '{name}' (columns {first} and {second}); rename one and try again.</source>
            <translation>{source} has two columns named '{name}' (columns {first} and {second}); rename one and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="289" />
            <source>{source} has column names but no rows.</source>
            <translation>{source} has column names but no rows.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="306" />
            <source>Reading Excel files</source>
            <translation>Reading Excel files</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="306" />
            <source>save the sheet as CSV</source>
            <translation>save the sheet as CSV</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="310" />
            <source>{name} is not a readable Excel workbook; open it in Excel or LibreOffice, save it as .xlsx again and try again.</source>
            <translation>{name} is not a readable Excel workbook; open it in Excel or LibreOffice, save it as .xlsx again and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="352" />
            <source>{name} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
            <translation>{name} has no sheet '{sheet}'; its sheets are: {sheets}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="360" />
            <source>{name} has several sheets with data ({sheets}); choose the sheet to read.</source>
            <translation>{name} has several sheets with data ({sheets}); choose the sheet to read.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="34" />
            <source>{path} cannot be read as a vector file (GeoPackage, Shapefile, GeoJSON, …).</source>
            <translation>{path} cannot be read as a vector file (GeoPackage, Shapefile, GeoJSON, …).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="66" />
            <source>{path} has no layer {layer}.</source>
            <translation>{path} has no layer {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="152" />
            <source>{path} cannot be written; check the folder and that the file is not open elsewhere.</source>
            <translation>{path} cannot be written; check the folder and that the file is not open elsewhere.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/sensors.py" line="119" />
            <location filename="../smart_municipality/demo/vacancy.py" line="263" />
            <location filename="../smart_municipality/demo/vacancy.py" line="288" />
            <source>The demo municipality</source>
            <translation>The demo municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/sensors.py" line="289" />
            <source>Generated demo sensors: every reading is invented.</source>
            <translation>Generated demo sensors: every reading is invented.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="144" />
            <source>The demo GeoPackage {} does not exist; generate the demo first.</source>
            <translation>The demo GeoPackage {} does not exist; generate the demo first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="149" />
            <source>The demo GeoPackage needs a buildings layer (GBG) and an addresses layer.</source>
            <translation>The demo GeoPackage needs a buildings layer (GBG) and an addresses layer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="187" />
            <source>Candidate sites every {spacing:g} m along the roads.</source>
            <translation>Candidate sites every {spacing:g} m along the roads.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="190" />
            <source>Candidate sites at every tenth address (the demo has no roads layer).</source>
            <translation>Candidate sites at every tenth address (the demo has no roads layer).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="316" />
            <source>The largest buildings stand in for public buildings; antennas {height:g} m above the ground on their roofs.</source>
            <translation>The largest buildings stand in for public buildings; antennas {height:g} m above the ground on their roofs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="365" />
            <source>The demo has no valid {layer} layer for the vacancy register.</source>
            <translation>The demo has no valid {layer} layer for the vacancy register.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="376" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="307" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="118" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="192" />
            <source>Vacancy register</source>
            <translation>Vacancy register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="479" />
            <location filename="../smart_municipality/vacancy/chart.py" line="33" />
            <source>No dossiers in the register yet.</source>
            <translation>No dossiers in the register yet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="140" />
            <source>The output {path} is a folder; choose a file name ending in .gpkg.</source>
            <translation>The output {path} is a folder; choose a file name ending in .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="147" />
            <source>Cannot write in the folder {folder}; choose another output file.</source>
            <translation>Cannot write in the folder {folder}; choose another output file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="171" />
            <source>{path} exists but is not a GeoPackage that can be added to; choose another output file.</source>
            <translation>{path} exists but is not a GeoPackage that can be added to; choose another output file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="196" />
            <source>Cannot create the GeoPackage in {folder} ({reason}); check the free disk space and your rights on the folder.</source>
            <translation>Cannot create the GeoPackage in {folder} ({reason}); check the free disk space and your rights on the folder.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="202" />
            <source>Writing layer {layer} to the GeoPackage failed ({reason}); check the free disk space.</source>
            <translation>Writing layer {layer} to the GeoPackage failed ({reason}); check the free disk space.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="213" />
            <source>Nothing was downloaded, so no GeoPackage was written.</source>
            <translation>Nothing was downloaded, so no GeoPackage was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="218" />
            <source>Cannot replace {path}; close it in other programs and try again.</source>
            <translation>Cannot replace {path}; close it in other programs and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="102" />
            <location filename="../smart_municipality/municipalities/catalogue.py" line="155" />
            <source>Give a municipality: its name or its five-digit NIS code.</source>
            <translation>Give a municipality: its name or its five-digit NIS code.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="109" />
            <source>{code} is not a NIS code; a NIS code has five digits, e.g. 44021 for Gent.</source>
            <translation>{code} is not a NIS code; a NIS code has five digits, e.g. 44021 for Gent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="128" />
            <location filename="../smart_municipality/municipalities/catalogue.py" line="144" />
            <source>{name} matches several municipalities; give its NIS code instead.</source>
            <translation>{name} matches several municipalities; give its NIS code instead.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="130" />
            <source>No municipality is called {name}; check the spelling or give its five-digit NIS code.</source>
            <translation>No municipality is called {name}; check the spelling or give its five-digit NIS code.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="132" />
            <source>No municipality is called {name} (did you mean {suggestions}?); check the spelling or give its five-digit NIS code.</source>
            <translation>No municipality is called {name} (did you mean {suggestions}?); check the spelling or give its five-digit NIS code.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="140" />
            <source>{first} or {last}</source>
            <translation>{first} or {last}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="205" />
            <source>The extent is empty; draw or choose an area on the map.</source>
            <translation>The extent is empty; draw or choose an area on the map.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="207" />
            <source>The extent lies outside Flanders (in EPSG:31370 it is {extent}); check its coordinate reference system.</source>
            <translation>The extent lies outside Flanders (in EPSG:31370 it is {extent}); check its coordinate reference system.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="209" />
            <source>the extent</source>
            <translation>the extent</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="248" />
            <source>{service} sent coordinates in EPSG:{sniffed} labelled EPSG:{epsg}; nothing was written, try again later.</source>
            <translation>{service} sent coordinates in EPSG:{sniffed} labelled EPSG:{epsg}; nothing was written, try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="288" />
            <source>{layer}: {received} of {total} features received.</source>
            <translation>{layer}: {received} of {total} features received.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="318" />
            <location filename="../processing/algorithms/download_grb.py" line="53" />
            <source>Choose one or more GRB layers to download.</source>
            <translation>Choose one or more GRB layers to download.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="326" />
            <source>Downloading GRB layer {layer} for {area}.</source>
            <translation>Downloading GRB layer {layer} for {area}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="342" />
            <source> ({dropped} outside the municipality left out)</source>
            <translation> ({dropped} outside the municipality left out)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="344" />
            <source>{layer}: {count} features written{kept}.</source>
            <translation>{layer}: {count} features written{kept}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="484" />
            <source>Downloading the addresses of {municipality}.</source>
            <translation>Downloading the addresses of {municipality}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="497" />
            <source>Page {page}: {count} addresses listed.</source>
            <translation>Page {page}: {count} addresses listed.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="499" />
            <source>The address register has no addresses for {municipality}; check the municipality.</source>
            <translation>The address register has no addresses for {municipality}; check the municipality.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="502" />
            <source>The list has no positions; fetching {count} address details.</source>
            <translation>The list has no positions; fetching {count} address details.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="509" />
            <source>{count} addresses were removed from the register during the download and are left out.</source>
            <translation>{count} addresses were removed from the register during the download and are left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="515" />
            <source>{count} addresses have no position and are written without geometry.</source>
            <translation>{count} addresses have no position and are written without geometry.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="70" />
            <source>Matching addresses</source>
            <translation>Matching addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="107" />
            <location filename="../processing/algorithms/match_addresses.py" line="28" />
            <source>Match addresses</source>
            <translation>Match addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="121" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="123" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="143" />
            <source>Address list</source>
            <translation>Address list</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="146" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm)</source>
            <translation>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="148" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="152" />
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="158" />
            <source>or a table layer</source>
            <translation>or a table layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="162" />
            <source>Columns (proposed from the headers; check them)</source>
            <translation>Columns (proposed from the headers; check them)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <source>Full address</source>
            <translation>Full address</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <source>House number</source>
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="165" />
            <source>Box</source>
            <translation>Box</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="165" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="165" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="232" />
            <location filename="../smart_municipality/gui/widgets.py" line="133" />
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="181" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="188" />
            <source>Address layer</source>
            <translation>Address layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="189" />
            <source>Without a reference, use the online address register</source>
            <translation>Without a reference, use the online address register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="190" />
            <source>The street, number, box, postcode and municipality of every row are then sent to the Flemish address register; no other column leaves the computer.</source>
            <translation>The street, number, box, postcode and municipality of every row are then sent to the Flemish address register; no other column leaves the computer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="205" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="207" />
            <source>No result yet.</source>
            <translation>No result yet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="380" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <source>Address in the list</source>
            <translation>Address in the list</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="148" />
            <location filename="../smart_municipality/publish/themes.py" line="104" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="211" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="225" />
            <source>Use this address</source>
            <translation>Use this address</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="228" />
            <source>Candidates</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="288" />
            <source>{rows} rows read from {source}.</source>
            <translation>{rows} rows read from {source}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="321" />
            <source>Matching…</source>
            <translation>Matching…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="352" />
            <source>The result is in layer {name}.</source>
            <translation>The result is in layer {name}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="359" />
            <source>Matched addresses – {source}</source>
            <translation>Matched addresses – {source}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="380" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="404" />
            <source>box</source>
            <translation>box</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="34" />
            <location filename="../smart_municipality/plugin.py" line="36" />
            <location filename="../smart_municipality/plugin.py" line="108" />
            <source>Address search</source>
            <translation>Address search</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="44" />
            <source>Street and number, municipality</source>
            <translation>Street and number, municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="45" />
            <source>Type part of an address; suggestions appear when you pause.</source>
            <translation>Type part of an address; suggestions appear when you pause.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="60" />
            <source>Clear marker</source>
            <translation>Clear marker</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="111" />
            <location filename="../smart_municipality/gui/address_search.py" line="148" />
            <source>No address found for “{text}”.</source>
            <translation>No address found for “{text}”.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="132" />
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="71" />
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="71" />
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="164" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="678" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="721" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="742" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="756" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="758" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="772" />
            <location filename="../smart_municipality/plugin.py" line="42" />
            <location filename="../smart_municipality/plugin.py" line="145" />
            <location filename="../processing/algorithms/map_study.py" line="48" />
            <location filename="../processing/algorithms/map_study.py" line="118" />
            <source>Map study</source>
            <translation>Map study</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="199" />
            <source>Empty: Map study &lt;municipality&gt;</source>
            <translation>Empty: Map study &lt;municipality&gt;</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="200" />
            <location filename="../processing/algorithms/map_study.py" line="113" />
            <source>Title (empty: Map study &lt;municipality&gt;)</source>
            <translation>Title (empty: Map study &lt;municipality&gt;)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="201" />
            <location filename="../processing/algorithms/export_projects_open_data.py" line="47" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="79" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="212" />
            <location filename="../smart_municipality/gui/store_widget.py" line="76" />
            <location filename="../smart_municipality/gui/widgets.py" line="129" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="213" />
            <source>The study GeoPackage, or a PostGIS store as pg:&lt;connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>The study GeoPackage, or a PostGIS store as pg:&lt;connection&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="215" />
            <location filename="../smart_municipality/gui/store_widget.py" line="76" />
            <location filename="../smart_municipality/gui/widgets.py" line="130" />
            <location filename="../processing/algorithms/store_parameter.py" line="40" />
            <source>Study store</source>
            <translation>Study store</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="226" />
            <source>Whole region of the store</source>
            <translation>Whole region of the store</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="227" />
            <source>A municipality of the store, or type a name or NIS code; empty: every municipality in the store.</source>
            <translation>A municipality of the store, or type a name or NIS code; empty: every municipality in the store.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="240" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="251" />
            <location filename="../processing/algorithms/map_study.py" line="99" />
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="254" />
            <location filename="../processing/algorithms/map_study.py" line="92" />
            <location filename="../processing/algorithms/publish_web_map.py" line="52" />
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="266" />
            <source>Neighbourhoods (optional)</source>
            <translation>Neighbourhoods (optional)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="270" />
            <source>Wijken or statistical sectors: figures per neighbourhood and the atlas.</source>
            <translation>Wijken or statistical sectors: figures per neighbourhood and the atlas.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="274" />
            <location filename="../processing/algorithms/map_study.py" line="107" />
            <source>Atlas: one page per neighbourhood</source>
            <translation>Atlas: one page per neighbourhood</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="275" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="139" />
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="276" />
            <source>Name field</source>
            <translation>Name field</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="308" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="309" />
            <source>Build the map study and show its pages here.</source>
            <translation>Build the map study and show its pages here.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="311" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="312" />
            <source>Write the map study as one PDF.</source>
            <translation>Write the map study as one PDF.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="314" />
            <source>Open in designer</source>
            <translation>Open in designer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="315" />
            <source>Put the previewed study in the project's layouts and open it for last edits.</source>
            <translation>Put the previewed study in the project's layouts and open it for last edits.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="321" />
            <location filename="../smart_municipality/gui/sensors_dock.py" line="40" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="57" />
            <location filename="../smart_municipality/plugin.py" line="148" />
            <source>Publish web map…</source>
            <translation>Publish web map…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="322" />
            <source>The study store as a web site for citizens (a folder for any web server).</source>
            <translation>The study store as a web site for citizens (a folder for any web server).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="346" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="586" />
            <source>Press Preview to build the map study.</source>
            <translation>Press Preview to build the map study.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="490" />
            <source>Building the map study…</source>
            <translation>Building the map study…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="503" />
            <location filename="../processing/algorithms/map_study.py" line="143" />
            <source>The neighbourhoods layer has no coordinate reference system; set it (Layer properties → Source) and run the study again.</source>
            <translation>The neighbourhoods layer has no coordinate reference system; set it (Layer properties → Source) and run the study again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="516" />
            <source>Choose the study store first: the study GeoPackage or a PostGIS store.</source>
            <translation>Choose the study store first: the study GeoPackage or a PostGIS store.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="518" />
            <location filename="../smart_municipality/mapstudy/study.py" line="736" />
            <source>Choose at least one theme.</source>
            <translation>Choose at least one theme.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="628" />
            <source>This page of the map study cannot be shown.</source>
            <translation>This page of the map study cannot be shown.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="652" />
            <source>{n} pages.</source>
            <translation>{n} pages.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="654" />
            <source>Left out:</source>
            <translation>Left out:</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="658" />
            <source>The settings changed: press Preview to see the study as it is now.</source>
            <translation>The settings changed: press Preview to see the study as it is now.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="678" />
            <source>The atlas is in the project's layouts too: {name}.</source>
            <translation>The atlas is in the project's layouts too: {name}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="692" />
            <source>Export the map study</source>
            <translation>Export the map study</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="693" />
            <location filename="../processing/algorithms/map_study.py" line="118" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="714" />
            <source>Exporting the map study…</source>
            <translation>Exporting the map study…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="721" />
            <source>Map study written: {path} ({n} pages)</source>
            <translation>Map study written: {path} ({n} pages)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="723" />
            <source>Open PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="760" />
            <source>The map study failed because of an unexpected error; the details are in the message log (Smart Municipality).</source>
            <translation>The map study failed because of an unexpected error; the details are in the message log (Smart Municipality).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="50" />
            <location filename="../smart_municipality/mapstudy/constants.py" line="14" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="875" />
            <location filename="../smart_municipality/plugin.py" line="41" />
            <location filename="../smart_municipality/plugin.py" line="140" />
            <location filename="../smart_municipality/projects/vocabulary.py" line="15" />
            <location filename="../processing/algorithms/mobility_common.py" line="48" />
            <source>Mobility</source>
            <translation>Mobility</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="59" />
            <source>Run 'Traffic indicators per segment' (and 'Compare traffic before and after'), then pick a segment on the map.</source>
            <translation>Run 'Traffic indicators per segment' (and 'Compare traffic before and after'), then pick a segment on the map.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="63" />
            <source>Pick a segment</source>
            <translation>Pick a segment</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="76" />
            <source>Charts need the Python package matplotlib (Debian/Ubuntu: python3-matplotlib; Windows: it comes with QGIS). The data can still be exported.</source>
            <translation>Charts need the Python package matplotlib (Debian/Ubuntu: python3-matplotlib; Windows: it comes with QGIS). The data can still be exported.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="105" />
            <source>No mobility layer in the project holds segment {segment}.</source>
            <translation>No mobility layer in the project holds segment {segment}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="110" />
            <source>Segment {segment}</source>
            <translation>Segment {segment}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="136" />
            <source>Weekday traffic per day: {modes}</source>
            <translation>Weekday traffic per day: {modes}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="137" />
            <source>Peak hours: {am}:00 ({am_share} % of the day) and {pm}:00 ({pm_share} %)</source>
            <translation>Peak hours: {am}:00 ({am_share} % of the day) and {pm}:00 ({pm_share} %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="141" />
            <source>v85 {v85} km/h; {over} % of cars above {limit} km/h</source>
            <translation>v85 {v85} km/h; {over} % of cars above {limit} km/h</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="144" />
            <source>{valid} of {days} days valid, coverage {coverage} %</source>
            <translation>{valid} of {days} days valid, coverage {coverage} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="177" />
            <source>No mobility layer in the project: run 'Traffic indicators per segment' first.</source>
            <translation>No mobility layer in the project: run 'Traffic indicators per segment' first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="41" />
            <source>Choose a municipality</source>
            <translation>Choose a municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="46" />
            <source>Name, deelgemeente, NIS code or postcode</source>
            <translation>Name, deelgemeente, NIS code or postcode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="54" />
            <source>Also add the GRB base map and the municipal boundaries</source>
            <translation>Also add the GRB base map and the municipal boundaries</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="56" />
            <source>Zoom to municipality</source>
            <translation>Zoom to municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="98" />
            <source>{count} municipalities.</source>
            <translation>{count} municipalities.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="100" />
            <source>No municipality matches “{text}”.</source>
            <translation>No municipality matches “{text}”.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="128" />
            <source>Zoomed to {name} ({nis}).</source>
            <translation>Zoomed to {name} ({nis}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="35" />
            <source>Nearest address</source>
            <translation>Nearest address</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="44" />
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="45" />
            <source>Copy the address to the clipboard.</source>
            <translation>Copy the address to the clipboard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="46" />
            <source>Add to layer</source>
            <translation>Add to layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="47" />
            <source>Add the address as a point to the layer of picked addresses.</source>
            <translation>Add the address as a point to the layer of picked addresses.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="79" />
            <source>Looking for the nearest address…</source>
            <translation>Looking for the nearest address…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="88" />
            <source>{distance} from the point you clicked</source>
            <translation>{distance} from the point you clicked</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="96" />
            <source>No address</source>
            <translation>No address</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="104" />
            <source>Copied.</source>
            <translation>Copied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="114" />
            <source>Added to the layer “{layer}”.</source>
            <translation>Added to the layer “{layer}”.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="158" />
            <source>No address was found near this point.</source>
            <translation>No address was found near this point.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="38" />
            <source>File…</source>
            <translation>File…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="39" />
            <source>Aggregate…</source>
            <translation>Aggregate…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="39" />
            <source>Interpolate…</source>
            <translation>Interpolate…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="40" />
            <source>Device register…</source>
            <translation>Device register…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="41" />
            <source>last 24 hours of data</source>
            <translation>last 24 hours of data</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="42" />
            <source>last 7 days of data</source>
            <translation>last 7 days of data</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="43" />
            <source>last 30 days of data</source>
            <translation>last 30 days of data</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="48" />
            <location filename="../smart_municipality/mapstudy/constants.py" line="11" />
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="622" />
            <location filename="../smart_municipality/plugin.py" line="38" />
            <location filename="../smart_municipality/plugin.py" line="136" />
            <location filename="../smart_municipality/publish/constants.py" line="10" />
            <location filename="../smart_municipality/publish/themes.py" line="221" />
            <location filename="../processing/algorithms/sensors_common.py" line="131" />
            <source>Sensors</source>
            <translation>Sensors</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="58" />
            <source>NIS code, e.g. 44021</source>
            <translation>NIS code, e.g. 44021</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="62" />
            <location filename="../processing/algorithms/aggregate_observations.py" line="70" />
            <location filename="../processing/algorithms/interpolate_observations.py" line="71" />
            <source>Property</source>
            <translation>Property</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="66" />
            <source>Load data</source>
            <translation>Load data</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="70" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="145" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="71" />
            <source>Show sensors layer</source>
            <translation>Show sensors layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="73" />
            <source>Pick a sensor</source>
            <translation>Pick a sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="80" />
            <source>Animate readings</source>
            <translation>Animate readings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="85" />
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="123" />
            <source>{sensors} sensors, {streams} datastreams in the store.</source>
            <translation>{sensors} sensors, {streams} datastreams in the store.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="162" />
            <source>Road segments – {property}</source>
            <translation>Road segments – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="186" />
            <source>No readings to animate.</source>
            <translation>No readings to animate.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="34" />
            <source>Checking the Flemish services</source>
            <translation>Checking the Flemish services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="64" />
            <source>Not checked yet.</source>
            <translation>Not checked yet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="89" />
            <source>Checking the services…</source>
            <translation>Checking the services…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="115" />
            <source>The check was cancelled.</source>
            <translation>The check was cancelled.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="120" />
            <source>{service}: answers ({milliseconds} ms).</source>
            <translation>{service}: answers ({milliseconds} ms).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="131" />
            <source>{failed} of {total} services do not answer as they should:</source>
            <translation>{failed} of {total} services do not answer as they should:</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="134" />
            <source>All {total} services answer.</source>
            <translation>All {total} services answer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="142" />
            <source>Smart Municipality – service status</source>
            <translation>Smart Municipality – service status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="146" />
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_factory.py" line="22" />
            <location filename="../smart_municipality/plugin.py" line="94" />
            <location filename="../smart_municipality/plugin.py" line="104" />
            <location filename="../smart_municipality/plugin.py" line="382" />
            <location filename="../processing/provider.py" line="20" />
            <source>Smart Municipality</source>
            <translation>Smart Municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="54" />
            <source>Service addresses</source>
            <translation>Service addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="56" />
            <source>Services of the Flemish government move now and then. When one moves, enter its new address here; Reset brings back the address the plugin ships with.</source>
            <translation>Services of the Flemish government move now and then. When one moves, enter its new address here; Reset brings back the address the plugin ships with.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="60" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="60" />
            <source>Address (URL)</source>
            <translation>Address (URL)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="70" />
            <source>Reset selected</source>
            <translation>Reset selected</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="72" />
            <source>Reset all</source>
            <translation>Reset all</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="78" />
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="84" />
            <source>How long to wait for a service to answer before giving up.</source>
            <translation>How long to wait for a service to answer before giving up.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="85" />
            <source>Timeout</source>
            <translation>Timeout</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="86" />
            <source>Proxy and authentication come from QGIS's own network settings.</source>
            <translation>Proxy and authentication come from QGIS's own network settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="90" />
            <source>Service status</source>
            <translation>Service status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="92" />
            <source>Check services</source>
            <translation>Check services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="113" />
            <source>Set by the environment variable {name}; change it there.</source>
            <translation>Set by the environment variable {name}; change it there.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="117" />
            <source>Default: {url}</source>
            <translation>Default: {url}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <source>Radio coverage of the sites</source>
            <translation>Radio coverage of the sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <location filename="../processing/algorithms/site_gateways.py" line="24" />
            <source>Place gateways</source>
            <translation>Place gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <location filename="../processing/algorithms/site_sensors.py" line="44" />
            <source>Place sensors</source>
            <translation>Place sensors</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="119" />
            <location filename="../smart_municipality/plugin.py" line="40" />
            <location filename="../smart_municipality/plugin.py" line="138" />
            <source>Place sensors &amp; gateways</source>
            <translation>Place sensors &amp; gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="136" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="165" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="682" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="685" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="709" />
            <location filename="../processing/algorithms/placement_common.py" line="58" />
            <source>Candidate sites</source>
            <translation>Candidate sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="140" />
            <source>New layer</source>
            <translation>New layer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="141" />
            <source>A temporary point layer with the fields site_id, height and cost.</source>
            <translation>A temporary point layer with the fields site_id, height and cost.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="143" />
            <source>Click on the map</source>
            <translation>Click on the map</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="145" />
            <source>Each click adds a candidate site to the layer.</source>
            <translation>Each click adds a candidate site to the layer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="147" />
            <source>From selected buildings</source>
            <translation>From selected buildings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="148" />
            <source>Adds a candidate inside each selected feature of the active polygon layer, for example the GRB buildings of public properties.</source>
            <translation>Adds a candidate inside each selected feature of the active polygon layer, for example the GRB buildings of public properties.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="157" />
            <source>Antenna height of new sites</source>
            <translation>Antenna height of new sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="159" />
            <source>Height of new sites</source>
            <translation>Height of new sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="210" />
            <source>{n} candidate sites added to {layer}.</source>
            <translation>{n} candidate sites added to {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="224" />
            <source>Make a polygon layer (for example the GRB buildings) active and select the buildings to use.</source>
            <translation>Make a polygon layer (for example the GRB buildings) active and select the buildings to use.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="229" />
            <source>Select the buildings to use as candidate sites first.</source>
            <translation>Select the buildings to use as candidate sites first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="255" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="299" />
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="260" />
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="261" />
            <source>A single-band elevation raster in a projected CRS (metres), such as the DHMV; not a base map.</source>
            <translation>A single-band elevation raster in a projected CRS (metres), such as the DHMV; not a base map.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="263" />
            <source>Terrain model</source>
            <translation>Terrain model</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="265" />
            <source>The points the network must serve: sensors, addresses, meters …</source>
            <translation>The points the network must serve: sensors, addresses, meters …</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="266" />
            <location filename="../processing/algorithms/site_sensors.py" line="67" />
            <source>Demand points</source>
            <translation>Demand points</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="270" />
            <source>Weight field</source>
            <translation>Weight field</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="274" />
            <source>Number of new sites</source>
            <translation>Number of new sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="277" />
            <source>Gateways per demand point</source>
            <translation>Gateways per demand point</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="282" />
            <source>Sensor radius</source>
            <translation>Sensor radius</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>MCLP (most weight covered)</source>
            <translation>MCLP (most weight covered)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>LSCP (cover all)</source>
            <translation>LSCP (cover all)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>p-median</source>
            <translation>p-median</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="285" />
            <source>Sensor model</source>
            <translation>Sensor model</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="290" />
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="290" />
            <source>The proven optimum when the exact solver finds it within a few seconds, else the heuristic with its quality bound</source>
            <translation>The proven optimum when the exact solver finds it within a few seconds, else the heuristic with its quality bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="292" />
            <source>Exact (MILP, slow)</source>
            <translation>Exact (MILP, slow)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="292" />
            <location filename="../processing/algorithms/siting_common.py" line="233" />
            <source>Exact (MILP with HiGHS)</source>
            <translation>Exact (MILP with HiGHS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="293" />
            <source>Heuristic (fast)</source>
            <translation>Heuristic (fast)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="293" />
            <source>Heuristic only (greedy and local search, with a quality bound)</source>
            <translation>Heuristic only (greedy and local search, with a quality bound)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="296" />
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <location filename="../processing/algorithms/siting_common.py" line="231" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="301" />
            <source>All parameters…</source>
            <translation>All parameters…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="347" />
            <source>Choose or make a candidate layer first.</source>
            <translation>Choose or make a candidate layer first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="356" />
            <source>Choose the layer of demand points.</source>
            <translation>Choose the layer of demand points.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="373" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="538" />
            <source>Choose a terrain model.</source>
            <translation>Choose a terrain model.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="387" />
            <source>The Smart Municipality Processing provider is not loaded.</source>
            <translation>The Smart Municipality Processing provider is not loaded.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="397" />
            <source>Running {} …</source>
            <translation>Running {} …</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="408" />
            <source>The computation failed or was cancelled.</source>
            <translation>The computation failed or was cancelled.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="410" />
            <source>Scenario {}</source>
            <translation>Scenario {}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="423" />
            <source>{name} done: {share} covered.</source>
            <translation>{name} done: {share} covered.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="446" />
            <source>received power</source>
            <translation>received power</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="446" />
            <source>best gateway</source>
            <translation>best gateway</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="447" />
            <source>gateways per cell</source>
            <translation>gateways per cell</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="447" />
            <source>spreading factor</source>
            <translation>spreading factor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="448" />
            <source>coverage per SF</source>
            <translation>coverage per SF</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="448" />
            <source>chosen sites</source>
            <translation>chosen sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="449" />
            <source>demand coverage</source>
            <translation>demand coverage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="463" />
            <source>Compare scenarios</source>
            <translation>Compare scenarios</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="491" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="491" />
            <source>Total cost</source>
            <translation>Total cost</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="492" />
            <location filename="../smart_municipality/siting/html_report.py" line="83" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Covered share</source>
            <translation>Covered share</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="493" />
            <source>Heard by two gateways or more</source>
            <translation>Heard by two gateways or more</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="494" />
            <source>Quality (at least, of the optimum)</source>
            <translation>Quality (at least, of the optimum)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="494" />
            <location filename="../smart_municipality/siting/html_report.py" line="35" />
            <source>Gap to the bound</source>
            <translation>Gap to the bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="540" />
            <source>“{layer}” is a web map, not a terrain model: choose an elevation raster such as the DHMV.</source>
            <translation>“{layer}” is a web map, not a terrain model: choose an elevation raster such as the DHMV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="543" />
            <source>“{layer}” has {bands} bands, so it is an image, not a terrain model: choose a single-band elevation raster such as the DHMV.</source>
            <translation>“{layer}” has {bands} bands, so it is an image, not a terrain model: choose a single-band elevation raster such as the DHMV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="546" />
            <source>The terrain model “{layer}” is not in a projected CRS in metres (such as Lambert 72): reproject it first.</source>
            <translation>The terrain model “{layer}” is not in a projected CRS in metres (such as Lambert 72): reproject it first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="42" />
            <source>GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;</source>
            <translation>GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="46" />
            <source>Choose a GeoPackage file or a saved PostGIS connection.</source>
            <translation>Choose a GeoPackage file or a saved PostGIS connection.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="63" />
            <source>GeoPackage file…</source>
            <translation>GeoPackage file…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="67" />
            <source>No saved PostGIS connections (Data Source Manager › PostgreSQL)</source>
            <translation>No saved PostGIS connections (Data Source Manager › PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="70" />
            <source>PostGIS: {connection}…</source>
            <translation>PostGIS: {connection}…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="95" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="95" />
            <source>Schema of the study in “{connection}”:</source>
            <translation>Schema of the study in “{connection}”:</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="37" />
            <source>24 hours</source>
            <translation>24 hours</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="37" />
            <source>7 days</source>
            <translation>7 days</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="38" />
            <source>30 days</source>
            <translation>30 days</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="38" />
            <source>1 year</source>
            <translation>1 year</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="39" />
            <source>everything</source>
            <translation>everything</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="39" />
            <source>custom</source>
            <translation>custom</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="49" />
            <location filename="../smart_municipality/plugin.py" line="39" />
            <source>Sensor time series</source>
            <translation>Sensor time series</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="57" />
            <source>Click a sensor on the map (sensor tool) to see its readings.</source>
            <translation>Click a sensor on the map (sensor tool) to see its readings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="65" />
            <source>export the data as CSV</source>
            <translation>export the data as CSV</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="83" />
            <location filename="../processing/algorithms/aggregate_observations.py" line="79" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="98" />
            <source>Compare with</source>
            <translation>Compare with</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="100" />
            <source>Limit values</source>
            <translation>Limit values</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="108" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="110" />
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="167" />
            <source>no comparison</source>
            <translation>no comparison</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="168" />
            <source>the nearest official station</source>
            <translation>the nearest official station</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="227" />
            <source> from {start} to {end}</source>
            <translation> from {start} to {end}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="229" />
            <source>{n} readings{span} (times in {zone}).</source>
            <translation>{n} readings{span} (times in {zone}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="248" />
            <source>No official station with the same property in the store; load IRCEL-CELINE stations first.</source>
            <translation>No official station with the same property in the store; load IRCEL-CELINE stations first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="261" />
            <source>Nothing to export: choose a sensor first.</source>
            <translation>Nothing to export: choose a sensor first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="264" />
            <source>Export readings</source>
            <translation>Export readings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="264" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="275" />
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="275" />
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="55" />
            <source>Import export…</source>
            <translation>Import export…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="55" />
            <source>Indicators…</source>
            <translation>Indicators…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="56" />
            <source>Hot spots…</source>
            <translation>Hot spots…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="56" />
            <source>Open data…</source>
            <translation>Open data…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="58" />
            <source>by type</source>
            <translation>by type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="58" />
            <source>by duration</source>
            <translation>by duration</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="92" />
            <location filename="../smart_municipality/mapstudy/constants.py" line="10" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="439" />
            <location filename="../smart_municipality/plugin.py" line="37" />
            <location filename="../smart_municipality/plugin.py" line="134" />
            <location filename="../smart_municipality/publish/constants.py" line="11" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="32" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="45" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="44" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="96" />
            <source>Vacancy</source>
            <translation>Vacancy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="100" />
            <source>NIS code, e.g. 44021 (empty: all)</source>
            <translation>NIS code, e.g. 44021 (empty: all)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="110" />
            <source>Click a premise to see its history.</source>
            <translation>Click a premise to see its history.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="118" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="123" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="123" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="131" />
            <source>Areas with most vacancy</source>
            <translation>Areas with most vacancy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="138" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="138" />
            <source>Vacant (rate)</source>
            <translation>Vacant (rate)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="148" />
            <location filename="../smart_municipality/publish/themes.py" line="100" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="149" />
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="150" />
            <source>Style</source>
            <translation>Style</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="153" />
            <source>Show register on the map</source>
            <translation>Show register on the map</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="156" />
            <source>History of a premise</source>
            <translation>History of a premise</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="158" />
            <source>Click a premise on the map to see what happened to its dossier.</source>
            <translation>Click a premise on the map to see what happened to its dossier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="166" />
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="170" />
            <source>In the register now</source>
            <translation>In the register now</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="171" />
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="175" />
            <source>Any duration</source>
            <translation>Any duration</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="263" />
            <source>{active} premises in the register today; {total} dossiers in all.</source>
            <translation>{active} premises in the register today; {total} dossiers in all.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="267" />
            <source>Last import: export of {date} ({source}).</source>
            <translation>Last import: export of {date} ({source}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="310" />
            <source>The register layer of the store cannot be opened.</source>
            <translation>The register layer of the store cannot be opened.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="367" />
            <source>(recorded by {who})</source>
            <translation>(recorded by {who})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="386" />
            <source>In the register, by type</source>
            <translation>In the register, by type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="390" />
            <source>other type</source>
            <translation>other type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="392" />
            <source>All dossiers, by status</source>
            <translation>All dossiers, by status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="17" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="18" />
            <source>after normalisation</source>
            <translation>after normalisation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="19" />
            <source>spelling corrected</source>
            <translation>spelling corrected</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="20" />
            <source>house number only</source>
            <translation>house number only</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="21" />
            <source>ambiguous</source>
            <translation>ambiguous</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="22" />
            <source>not found</source>
            <translation>not found</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="28" />
            <source>suspected</source>
            <translation>suspected</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="29" />
            <source>established</source>
            <translation>established</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="30" />
            <source>in the register</source>
            <translation>in the register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="31" />
            <source>under appeal</source>
            <translation>under appeal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="32" />
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="37" />
            <source>dwelling</source>
            <translation>dwelling</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="38" />
            <source>building</source>
            <translation>building</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="39" />
            <source>business premises</source>
            <translation>business premises</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="40" />
            <source>shop</source>
            <translation>shop</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="41" />
            <source>unknown type</source>
            <translation>unknown type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="46" />
            <source>less than 1 year</source>
            <translation>less than 1 year</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="47" />
            <source>1 to 2 years</source>
            <translation>1 to 2 years</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="48" />
            <source>2 to 5 years</source>
            <translation>2 to 5 years</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="49" />
            <source>more than 5 years</source>
            <translation>more than 5 years</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="54" />
            <source>hour</source>
            <translation>hour</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="55" />
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="56" />
            <source>week</source>
            <translation>week</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="57" />
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="58" />
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="63" />
            <source>direction A→B</source>
            <translation>direction A→B</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="64" />
            <source>direction B→A</source>
            <translation>direction B→A</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="70" />
            <source>covered</source>
            <translation>covered</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="71" />
            <source>not covered</source>
            <translation>not covered</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="72" />
            <source>existing site</source>
            <translation>existing site</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="73" />
            <source>new site</source>
            <translation>new site</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="74" />
            <source>no gateway</source>
            <translation>no gateway</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="75" />
            <source>1 gateway</source>
            <translation>1 gateway</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="76" />
            <source>2 gateways</source>
            <translation>2 gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="77" />
            <source>3 gateways</source>
            <translation>3 gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="78" />
            <source>4 or more gateways</source>
            <translation>4 or more gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="79" />
            <source>-70 dBm or more</source>
            <translation>-70 dBm or more</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/constants.py" line="9" />
            <source>Base map</source>
            <translation>Base map</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/constants.py" line="12" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="663" />
            <source>Sensor and gateway siting</source>
            <translation>Sensor and gateway siting</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/constants.py" line="13" />
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="838" />
            <location filename="../smart_municipality/publish/constants.py" line="12" />
            <location filename="../processing/algorithms/export_projects_open_data.py" line="24" />
            <location filename="../processing/algorithms/load_gipod.py" line="46" />
            <location filename="../processing/algorithms/merge_project_registers.py" line="31" />
            <location filename="../processing/algorithms/project_conflicts.py" line="61" />
            <location filename="../processing/algorithms/project_conflicts.py" line="90" />
            <source>Projects</source>
            <translation>Projects</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="311" />
            <source>number of gateways</source>
            <translation>number of gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="311" />
            <source>number of sensors</source>
            <translation>number of sensors</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="312" />
            <source>% of the addresses</source>
            <translation>% of the addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="316" />
            <source>Addresses heard by the gateways</source>
            <translation>Addresses heard by the gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="318" />
            <source>Addresses within {radius} m of a sensor</source>
            <translation>Addresses within {radius} m of a sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="320" />
            <source>Addresses covered by the sensors</source>
            <translation>Addresses covered by the sensors</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/sensor_figures.py" line="95" />
            <source>Daily means of {property}</source>
            <translation>Daily means of {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="240" />
            <location filename="../smart_municipality/mapstudy/study.py" line="279" />
            <source>Study area</source>
            <translation>Study area</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="250" />
            <source>The store has no data for municipality {municipality}; it holds {held}.</source>
            <translation>The store has no data for municipality {municipality}; it holds {held}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="277" />
            <source>The study store holds no data with a location; choose a municipality or an extent.</source>
            <translation>The study store holds no data with a location; choose a municipality or an extent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="278" />
            <source>Region of {n} municipalities</source>
            <translation>Region of {n} municipalities</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="313" />
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="384" />
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="429" />
            <location filename="../smart_municipality/mapstudy/study.py" line="452" />
            <location filename="../smart_municipality/mapstudy/study.py" line="562" />
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="499" />
            <source>Municipality of {name} (NIS code {nis})</source>
            <translation>Municipality of {name} (NIS code {nis})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="506" />
            <source>Not in this study</source>
            <translation>Not in this study</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="509" />
            <source>Made with Smart Municipality (Slimme Gemeente), a QGIS plugin. Sources: Digitaal Vlaanderen and the municipality's own registers. Figures on {date}.</source>
            <translation>Made with Smart Municipality (Slimme Gemeente), a QGIS plugin. Sources: Digitaal Vlaanderen and the municipality's own registers. Figures on {date}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="520" />
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="545" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="262" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="347" />
            <source>Neighbourhoods</source>
            <translation>Neighbourhoods</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="550" />
            <source>{title} – atlas</source>
            <translation>{title} – atlas</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="560" />
            <source>Figures per neighbourhood from the study store; rates of neighbourhoods with fewer than 5 addresses are not shown (privacy). Base map: Digitaal Vlaanderen.</source>
            <translation>Figures per neighbourhood from the study store; rates of neighbourhoods with fewer than 5 addresses are not shown (privacy). Base map: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="582" />
            <location filename="../smart_municipality/mapstudy/study.py" line="617" />
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="337" />
            <location filename="../processing/algorithms/match_addresses.py" line="29" />
            <source>Addresses</source>
            <translation>Addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <source>Vacant premises</source>
            <translation>Vacant premises</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/publish/themes.py" line="309" />
            <source>Vacancy rate</source>
            <translation>Vacancy rate</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="686" />
            <source>fewer than 5 addresses</source>
            <translation>fewer than 5 addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="714" />
            <source>vacancy rate (%); dashed: the whole area</source>
            <translation>vacancy rate (%); dashed: the whole area</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="715" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="506" />
            <location filename="../smart_municipality/publish/themes.py" line="313" />
            <source>Vacancy rate per neighbourhood</source>
            <translation>Vacancy rate per neighbourhood</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="727" />
            <source>The language {language} is not offered; choose nl, fr or en.</source>
            <translation>The language {language} is not offered; choose nl, fr or en.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="730" />
            <source>Choose A4 or A3, portrait or landscape.</source>
            <translation>Choose A4 or A3, portrait or landscape.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="733" />
            <source>Unknown themes: {themes}; choose from {known}.</source>
            <translation>Unknown themes: {themes}; choose from {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="738" />
            <source>An atlas needs the neighbourhoods: give a polygon layer of wijken or statistical sectors.</source>
            <translation>An atlas needs the neighbourhoods: give a polygon layer of wijken or statistical sectors.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="741" />
            <source>The neighbourhoods layer is in {crs}; the study works in Belgian Lambert 72 (EPSG:31370): reproject the layer first.</source>
            <translation>The neighbourhoods layer is in {crs}; the study works in Belgian Lambert 72 (EPSG:31370): reproject the layer first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="760" />
            <source>Map study {name}</source>
            <translation>Map study {name}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="771" />
            <source>Theme: {theme}</source>
            <translation>Theme: {theme}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="777" />
            <source>{theme} left out: {reason}</source>
            <translation>{theme} left out: {reason}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="782" />
            <source>None of the chosen themes has data for {area}: {reasons}</source>
            <translation>None of the chosen themes has data for {area}: {reasons}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="784" />
            <source>Title page</source>
            <translation>Title page</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="793" />
            <source>Atlas: one page per neighbourhood ({n} pages)</source>
            <translation>Atlas: one page per neighbourhood ({n} pages)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="795" />
            <source>Vacancy is shown per neighbourhood or per cell, never per premise; the project register's contact details are left out.</source>
            <translation>Vacancy is shown per neighbourhood or per cell, never per premise; the project register's contact details are left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="807" />
            <source>The map study was cancelled.</source>
            <translation>The map study was cancelled.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="886" />
            <source>The PDF cannot be written to {path} ({reason}); is it open in a PDF reader?</source>
            <translation>The PDF cannot be written to {path} ({reason}); is it open in a PDF reader?</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="104" />
            <source>The layout template {path} is missing; reinstall the plugin or choose an existing template.</source>
            <translation>The layout template {path} is missing; reinstall the plugin or choose an existing template.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="110" />
            <source>The layout template {path} cannot be read ({reason}).</source>
            <translation>The layout template {path} cannot be read ({reason}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="114" />
            <source>The layout template {path} is not a QGIS layout template (no valid XML); save the layout again from the layout designer.</source>
            <translation>The layout template {path} is not a QGIS layout template (no valid XML); save the layout again from the layout designer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="124" />
            <source>The layout template {path} needs two pages (the title page and the theme page); it has {pages}.</source>
            <translation>The layout template {path} needs two pages (the title page and the theme page); it has {pages}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="132" />
            <source>The layout template {path} lacks the items {ids}; give every item the id the map study expects (see the plugin's templates).</source>
            <translation>The layout template {path} lacks the items {ids}; give every item the id the map study expects (see the plugin's templates).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="176" />
            <source>In the layout template {path} the items {ids} are of the wrong kind (a map, legend, picture or label is expected).</source>
            <translation>In the layout template {path} the items {ids} are of the wrong kind (a map, legend, picture or label is expected).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="209" />
            <source>The font {font} of the template is not installed; the study uses {fallback} instead.</source>
            <translation>The font {font} of the template is not installed; the study uses {fallback} instead.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="59" />
            <source>Addresses (Adressenregister)</source>
            <translation>Addresses (Adressenregister)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="60" />
            <source>Buildings (GRB)</source>
            <translation>Buildings (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="61" />
            <source>Road surface (GRB)</source>
            <translation>Road surface (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="62" />
            <source>Parcels (GRB)</source>
            <translation>Parcels (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="63" />
            <source>Municipal boundary (VRBG)</source>
            <translation>Municipal boundary (VRBG)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="65" />
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>in use</source>
            <translation>in use</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="65" />
            <source>proposed</source>
            <translation>proposed</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="66" />
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="66" />
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="68" />
            <source>Main building</source>
            <translation>Main building</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="68" />
            <source>Outbuilding</source>
            <translation>Outbuilding</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="69" />
            <source>Other building</source>
            <translation>Other building</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="72" />
            <source>Source: Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licence: Modellicentie Gratis Hergebruik.</source>
            <translation>Source: Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licence: Modellicentie Gratis Hergebruik.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="78" />
            <source>Hot spot (99 % confidence)</source>
            <translation>Hot spot (99 % confidence)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="79" />
            <source>Hot spot (95 % confidence)</source>
            <translation>Hot spot (95 % confidence)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="80" />
            <source>Hot spot (90 % confidence)</source>
            <translation>Hot spot (90 % confidence)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="81" />
            <source>Not significant</source>
            <translation>Not significant</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="82" />
            <source>Cold spot (90 % confidence)</source>
            <translation>Cold spot (90 % confidence)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="83" />
            <source>Cold spot (95 % confidence)</source>
            <translation>Cold spot (95 % confidence)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="84" />
            <source>Cold spot (99 % confidence)</source>
            <translation>Cold spot (99 % confidence)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="327" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="329" />
            <source>No base layers: download the GRB and the addresses into the study GeoPackage or give base layers.</source>
            <translation>No base layers: download the GRB and the addresses into the study GeoPackage or give base layers.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="338" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Buildings</source>
            <translation>Buildings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="338" />
            <source>Parcels</source>
            <translation>Parcels</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="343" />
            <location filename="../smart_municipality/publish/themes.py" line="413" />
            <source>Area (km²)</source>
            <translation>Area (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="345" />
            <source>Addresses per km²</source>
            <translation>Addresses per km²</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="354" />
            <source>Addresses by status</source>
            <translation>Addresses by status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="373" />
            <source>Not shown: fewer than 5 addresses (small numbers, privacy)</source>
            <translation>Not shown: fewer than 5 addresses (small numbers, privacy)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="376" />
            <source>No vacancy (0 %)</source>
            <translation>No vacancy (0 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="379" />
            <source>{low} % or more</source>
            <translation>{low} % or more</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="381" />
            <source>{low} to {high} %</source>
            <translation>{low} to {high} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="442" />
            <source>The store holds no vacancy register for this area; import the register first (Import vacancy register).</source>
            <translation>The store holds no vacancy register for this area; import the register first (Import vacancy register).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="450" />
            <source>No premises are in the vacancy register on {date}.</source>
            <translation>No premises are in the vacancy register on {date}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="456" />
            <source>Vacancy per neighbourhood; rates of neighbourhoods with fewer than 5 addresses are not shown.</source>
            <translation>Vacancy per neighbourhood; rates of neighbourhoods with fewer than 5 addresses are not shown.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="459" />
            <source>Vacant premises counted per {size} m cell: no single premise is shown (privacy).</source>
            <translation>Vacant premises counted per {size} m cell: no single premise is shown (privacy).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="463" />
            <source>Source: the municipal vacancy register (leegstandsregister) in the study store; base map: Digitaal Vlaanderen.</source>
            <translation>Source: the municipal vacancy register (leegstandsregister) in the study store; base map: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Dwellings</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Business premises</source>
            <translation>Business premises</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="480" />
            <source>Shops</source>
            <translation>Shops</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="481" />
            <source>Premises in the register</source>
            <translation>Premises in the register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="485" />
            <source>Other or unknown</source>
            <translation>Other or unknown</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="489" />
            <location filename="../smart_municipality/publish/themes.py" line="301" />
            <source>Vacancy rate (premises per 100 addresses)</source>
            <translation>Vacancy rate (premises per 100 addresses)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="490" />
            <location filename="../smart_municipality/publish/themes.py" line="302" />
            <source>Median time in the register (years)</source>
            <translation>Median time in the register (years)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="495" />
            <location filename="../smart_municipality/publish/themes.py" line="303" />
            <source>Entries in the last 12 months</source>
            <translation>Entries in the last 12 months</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="496" />
            <location filename="../smart_municipality/publish/themes.py" line="304" />
            <source>Removals in the last 12 months</source>
            <translation>Removals in the last 12 months</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="518" />
            <source>Highest rate: {area}</source>
            <translation>Highest rate: {area}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>In the register on 31/12</source>
            <translation>In the register on 31/12</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>Removals</source>
            <translation>Removals</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="552" />
            <source>Not analysed: fewer than 5 addresses (small numbers)</source>
            <translation>Not analysed: fewer than 5 addresses (small numbers)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="557" />
            <source>Hot spots of vacancy (Gi*, {size} m cells)</source>
            <translation>Hot spots of vacancy (Gi*, {size} m cells)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="561" />
            <source>Cells analysed</source>
            <translation>Cells analysed</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="562" />
            <source>Hot-spot cells (90 % or more)</source>
            <translation>Hot-spot cells (90 % or more)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="563" />
            <source>Cold-spot cells (90 % or more)</source>
            <translation>Cold-spot cells (90 % or more)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="564" />
            <source>Cells not analysed (fewer than 5 addresses)</source>
            <translation>Cells not analysed (fewer than 5 addresses)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="570" />
            <source>Cells per class</source>
            <translation>Cells per class</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="571" />
            <source>Getis-Ord Gi* with permutation tests on the vacancy rate per cell; {n} cells with fewer than 5 addresses are left out of the analysis (small numbers, privacy).</source>
            <translation>Getis-Ord Gi* with permutation tests on the vacancy rate per cell; {n} cells with fewer than 5 addresses are left out of the analysis (small numbers, privacy).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="573" />
            <source>Vacancy: hot spots</source>
            <translation>Vacancy: hot spots</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="575" />
            <source>Source: the municipal vacancy register in the study store, hot spots by Smart Municipality; base map: Digitaal Vlaanderen.</source>
            <translation>Source: the municipal vacancy register in the study store, hot spots by Smart Municipality; base map: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="590" />
            <source>{low} or more</source>
            <translation>{low} or more</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="604" />
            <source>Vacant premises per {size} m cell</source>
            <translation>Vacant premises per {size} m cell</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="626" />
            <source>The store holds no sensors for this area; load sensor data first.</source>
            <translation>The store holds no sensors for this area; load sensor data first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="633" />
            <source>The sensors of this area have no positions to map.</source>
            <translation>The sensors of this area have no positions to map.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="643" />
            <source>Sensor owners: {owners}. Data sources: {sources}. Limit values: EU directive 2008/50/EC, WHO 2021 guidelines.</source>
            <translation>Sensor owners: {owners}. Data sources: {sources}. Limit values: EU directive 2008/50/EC, WHO 2021 guidelines.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="649" />
            <source>Sensors: {property}</source>
            <translation>Sensors: {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>Sensor</source>
            <translation>Sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>mean ({unit})</source>
            <translation>mean ({unit})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>data</source>
            <translation>data</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="653" />
            <source>Means over the stored period; – : less than 75 % valid data (EU rule).</source>
            <translation>Means over the stored period; – : less than 75 % valid data (EU rule).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="668" />
            <source>The store holds no siting scenarios for this area; run Site LoRaWAN gateways or Site sensors with the study store.</source>
            <translation>The store holds no siting scenarios for this area; run Site LoRaWAN gateways or Site sensors with the study store.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="681" />
            <source>Chosen gateways</source>
            <translation>Chosen gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="681" />
            <location filename="../processing/algorithms/site_sensors.py" line="85" />
            <source>Chosen sensor sites</source>
            <translation>Chosen sensor sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="690" />
            <source>Reach of a sensor ({radius} m)</source>
            <translation>Reach of a sensor ({radius} m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="708" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="710" />
            <source>Sites chosen</source>
            <translation>Sites chosen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="711" />
            <source>Demand covered</source>
            <translation>Demand covered</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="712" />
            <source>Best possible with as many sites (bound)</source>
            <translation>Best possible with as many sites (bound)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="713" />
            <source>Certificate: share of the optimum reached</source>
            <translation>Certificate: share of the optimum reached</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="725" />
            <source>LoRaWAN gateways</source>
            <translation>LoRaWAN gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="725" />
            <source>Sensor sites</source>
            <translation>Sensor sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="726" />
            <source>Siting: {what}</source>
            <translation>Siting: {what}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="728" />
            <source>Siting by Smart Municipality ({method}, {objective}); base map: Digitaal Vlaanderen.</source>
            <translation>Siting by Smart Municipality ({method}, {objective}); base map: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="730" />
            <source>The certificate compares the chosen sites with an upper bound on what any choice of as many sites could cover.</source>
            <translation>The certificate compares the chosen sites with an upper bound on what any choice of as many sites could cover.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="747" />
            <location filename="../smart_municipality/publish/themes.py" line="407" />
            <source>Smallest spreading factor that reaches a gateway</source>
            <translation>Smallest spreading factor that reaches a gateway</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="755" />
            <source>Area reached with SF7–SF9 (km²)</source>
            <translation>Area reached with SF7–SF9 (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="756" />
            <source>Area reached at all (km²)</source>
            <translation>Area reached at all (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="767" />
            <location filename="../smart_municipality/publish/themes.py" line="373" />
            <location filename="../processing/algorithms/export_projects_open_data.py" line="48" />
            <source>Smart-city projects</source>
            <translation>Smart-city projects</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="775" />
            <source>The project register holds no projects with a location in this area; add them with the project form.</source>
            <translation>The project register holds no projects with a location in this area; add them with the project form.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="780" />
            <source>no theme</source>
            <translation>no theme</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="783" />
            <source>Projects by theme</source>
            <translation>Projects by theme</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="787" />
            <source>Projects by stage</source>
            <translation>Projects by stage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="791" />
            <source>Source: the municipal project register in the study store (contact details left out); base map: Digitaal Vlaanderen.</source>
            <translation>Source: the municipal project register in the study store (contact details left out); base map: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="802" />
            <source>Projects: areas</source>
            <translation>Projects: areas</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="803" />
            <source>Projects: routes</source>
            <translation>Projects: routes</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="804" />
            <source>Projects: places</source>
            <translation>Projects: places</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="838" />
            <source>Running on {date}</source>
            <translation>Running on {date}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="844" />
            <source>Subsidies (total)</source>
            <translation>Subsidies (total)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="846" />
            <source>Projects with a KPI</source>
            <translation>Projects with a KPI</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="879" />
            <source>The study GeoPackage holds no traffic indicators; run Traffic indicators per segment (and Compare traffic before and after) with the study GeoPackage as output.</source>
            <translation>The study GeoPackage holds no traffic indicators; run Traffic indicators per segment (and Compare traffic before and after) with the study GeoPackage as output.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="887" />
            <source>Change in car traffic</source>
            <translation>Change in car traffic</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="887" />
            <source>Weekday traffic</source>
            <translation>Weekday traffic</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="899" />
            <source>Average daily traffic on school-term weekdays (no holidays); v85: the speed 85 % of cars do not exceed. A change is named only when its 95 % interval (bootstrap over days) excludes zero.</source>
            <translation>Average daily traffic on school-term weekdays (no holidays); v85: the speed 85 % of cars do not exceed. A change is named only when its 95 % interval (bootstrap over days) excludes zero.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>cars/day</source>
            <translation>cars/day</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>bikes/day</source>
            <translation>bikes/day</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <location filename="../smart_municipality/mobility/charts.py" line="74" />
            <location filename="../smart_municipality/mobility/compare.py" line="69" />
            <source>after</source>
            <translation>after</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="904" />
            <source>Counts: Telraam (CC BY 4.0) and counting poles; calendar: Flemish school holidays and Belgian public holidays; base map: Digitaal Vlaanderen.</source>
            <translation>Counts: Telraam (CC BY 4.0) and counting poles; calendar: Flemish school holidays and Belgian public holidays; base map: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="930" />
            <source>too few days</source>
            <translation>too few days</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="932" />
            <source>no change</source>
            <translation>no change</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="952" />
            <source>Before/after: cars per weekday</source>
            <translation>Before/after: cars per weekday</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="953" />
            <source>Before/after: cyclists per weekday</source>
            <translation>Before/after: cyclists per weekday</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="36" />
            <source>hour (weekday, school term)</source>
            <translation>hour (weekday, school term)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="37" />
            <source>per hour</source>
            <translation>per hour</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="57" />
            <source>modal split (% of weekday traffic)</source>
            <translation>modal split (% of weekday traffic)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="66" />
            <source>No before/after for this segment.</source>
            <translation>No before/after for this segment.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="73" />
            <location filename="../smart_municipality/mobility/compare.py" line="68" />
            <source>before</source>
            <translation>before</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="84" />
            <source>per day</source>
            <translation>per day</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="138" />
            <source>change (%), with 95 % interval</source>
            <translation>change (%), with 95 % interval</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="29" />
            <source>fewer cars: {change} % ± {margin} %</source>
            <translation>fewer cars: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="29" />
            <source>more cars: {change} % ± {margin} %</source>
            <translation>more cars: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="30" />
            <source>fewer heavy vehicles: {change} % ± {margin} %</source>
            <translation>fewer heavy vehicles: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="31" />
            <source>more heavy vehicles: {change} % ± {margin} %</source>
            <translation>more heavy vehicles: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="32" />
            <source>fewer cyclists: {change} % ± {margin} %</source>
            <translation>fewer cyclists: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="32" />
            <source>more cyclists: {change} % ± {margin} %</source>
            <translation>more cyclists: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="33" />
            <source>fewer pedestrians: {change} % ± {margin} %</source>
            <translation>fewer pedestrians: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="34" />
            <source>more pedestrians: {change} % ± {margin} %</source>
            <translation>more pedestrians: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="36" />
            <source>no change beyond the usual variation</source>
            <translation>no change beyond the usual variation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="37" />
            <source>too few valid days to judge ({before} before, {after} after; at least {min} each)</source>
            <translation>too few valid days to judge ({before} before, {after} after; at least {min} each)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="38" />
            <source>no traffic counted before, so no relative change</source>
            <translation>no traffic counted before, so no relative change</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="71" />
            <source>Give the first and last day of both periods.</source>
            <translation>Give the first and last day of both periods.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="73" />
            <source>The periods overlap ({b0}–{b1} and {a0}–{a1}); a before/after needs two separate periods.</source>
            <translation>The periods overlap ({b0}–{b1} and {a0}–{a1}); a before/after needs two separate periods.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="92" />
            <source>Neither period holds a day with enough valid counting time.</source>
            <translation>Neither period holds a day with enough valid counting time.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>cars</source>
            <translation>cars</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>heavy vehicles</source>
            <translation>heavy vehicles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>cyclists</source>
            <translation>cyclists</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="28" />
            <source>pedestrians</source>
            <translation>pedestrians</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="65" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="70" />
            <source>This Telraam report lacks the column '{column}'.</source>
            <translation>This Telraam report lacks the column '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="69" />
            <source>{n} Telraam rows have no readable time in the column 'date'.</source>
            <translation>{n} Telraam rows have no readable time in the column 'date'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="118" />
            <source>This counting-pole file lacks the column '{column}'.</source>
            <translation>This counting-pole file lacks the column '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="141" />
            <source>{name} is not readable JSON.</source>
            <translation>{name} is not readable JSON.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="151" />
            <source>{name} is neither a Telraam hourly report nor a counting-pole export (columns segment_id, date, uptime or Code, Ordening, Totaal).</source>
            <translation>{name} is neither a Telraam hourly report nor a counting-pole export (columns segment_id, date, uptime or Code, Ordening, Totaal).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="43" />
            <location filename="../processing/algorithms/mobility_common.py" line="130" />
            <source>'{value}' is not a date (write it as YYYY-MM-DD).</source>
            <translation>'{value}' is not a date (write it as YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="53" />
            <source>The period {label}ends on {end} before it starts on {start}; swap the dates.</source>
            <translation>The period {label}ends on {end} before it starts on {start}; swap the dates.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="62" />
            <location filename="../processing/algorithms/mobility_common.py" line="155" />
            <source>The counts hold no rows.</source>
            <translation>The counts hold no rows.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="69" />
            <source>The counts hold no segment {segment}; they hold {known}.</source>
            <translation>The counts hold no segment {segment}; they hold {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="170" />
            <source>The counts hold no hours from {start} to {end}; they run from {first} to {last}.</source>
            <translation>The counts hold no hours from {start} to {end}; they run from {first} to {last}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="173" />
            <source>None of the {n} counted hours is valid: the counter's uptime is below 50 % in every hour.</source>
            <translation>None of the {n} counted hours is valid: the counter's uptime is below 50 % in every hour.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="215" />
            <source>Segment {segment}: v85 lies above 120 km/h, the histogram's open top bin; 120 is a lower bound.</source>
            <translation>Segment {segment}: v85 lies above 120 km/h, the histogram's open top bin; 120 is a lower bound.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="219" />
            <source>Segment {segment}: {n} of {total} days had less than {pct} % valid counting time and were left out.</source>
            <translation>Segment {segment}: {n} of {total} days had less than {pct} % valid counting time and were left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="223" />
            <source>Segment {segment}: {n} missing hours of valid days were filled from the average hourly profile.</source>
            <translation>Segment {segment}: {n} missing hours of valid days were filled from the average hourly profile.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="226" />
            <source>Segment {segment} has no day with enough valid counting time in this period; its figures are empty.</source>
            <translation>Segment {segment} has no day with enough valid counting time in this period; its figures are empty.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="265" />
            <source>No segment has a day with at least {pct} % valid counting time in this period.</source>
            <translation>No segment has a day with at least {pct} % valid counting time in this period.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="66" />
            <source>postcode</source>
            <translation>postcode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="68" />
            <source>former municipality</source>
            <translation>former municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="115" />
            <source>The list of municipalities ({path}) is missing; reinstall the plugin.</source>
            <translation>The list of municipalities ({path}) is missing; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="123" />
            <source>The list of municipalities ({path}) cannot be read; reinstall the plugin.</source>
            <translation>The list of municipalities ({path}) cannot be read; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="164" />
            <source>{text} is not a Flemish municipality; give its NIS code (e.g. 44021 for Gent) or its name.</source>
            <translation>{text} is not a Flemish municipality; give its NIS code (e.g. 44021 for Gent) or its name.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="261" />
            <source>The list of municipalities has no extent for {name}; reinstall the plugin.</source>
            <translation>The list of municipalities has no extent for {name}; reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="79" />
            <source>Service status…</source>
            <translation>Service status…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="81" />
            <source>Check whether the Flemish services the plugin uses answer.</source>
            <translation>Check whether the Flemish services the plugin uses answer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="82" />
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="110" />
            <source>Find an address and zoom to it (Flemish geolocation service).</source>
            <translation>Find an address and zoom to it (Flemish geolocation service).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="111" />
            <source>Pick an address on the map</source>
            <translation>Pick an address on the map</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="113" />
            <source>Click on the map to get the nearest address.</source>
            <translation>Click on the map to get the nearest address.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="114" />
            <source>Choose a municipality…</source>
            <translation>Choose a municipality…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="116" />
            <source>Zoom to a municipality by name, deelgemeente, NIS code or postcode.</source>
            <translation>Zoom to a municipality by name, deelgemeente, NIS code or postcode.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="118" />
            <source>Base maps</source>
            <translation>Base maps</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="129" />
            <source>Match addresses…</source>
            <translation>Match addresses…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="131" />
            <source>Place a list of addresses (CSV, Excel or a layer) on the address register.</source>
            <translation>Place a list of addresses (CSV, Excel or a layer) on the address register.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="135" />
            <source>The vacancy register: summary, filters and the history of a premise.</source>
            <translation>The vacancy register: summary, filters and the history of a premise.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="137" />
            <source>Sensors on the map, their latest readings and their time series.</source>
            <translation>Sensors on the map, their latest readings and their time series.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="139" />
            <source>Predict LoRaWAN coverage and place gateways and sensors.</source>
            <translation>Predict LoRaWAN coverage and place gateways and sensors.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="141" />
            <source>Traffic per counted segment: hourly profile, modal split and before/after.</source>
            <translation>Traffic per counted segment: hourly profile, modal split and before/after.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="147" />
            <source>Choose themes, language and paper, preview the map study and export it as a PDF.</source>
            <translation>Choose themes, language and paper, preview the map study and export it as a PDF.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="150" />
            <source>Publish the study store as a web page for citizens, with open data and its metadata.</source>
            <translation>Publish the study store as a web page for citizens, with open data and its metadata.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="104" />
            <source>{what} {id} ends ({end}) before it starts ({start}); correct its dates first.</source>
            <translation>{what} {id} ends ({end}) before it starts ({start}); correct its dates first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="114" />
            <source>The distance cannot be negative.</source>
            <translation>The distance cannot be negative.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="115" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="116" />
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="41" />
            <source>Projects (points)</source>
            <translation>Projects (points)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="41" />
            <source>Projects (lines)</source>
            <translation>Projects (lines)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="42" />
            <source>Projects (areas)</source>
            <translation>Projects (areas)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="74" />
            <source>(not set)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="97" />
            <source>The municipality is a five-digit NIS code, e.g. 44021 for Gent.</source>
            <translation>The municipality is a five-digit NIS code, e.g. 44021 for Gent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="104" />
            <source>The end date cannot be before the start date.</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="72" />
            <source>The period ends ({end}) before it starts ({start}); swap the dates.</source>
            <translation>The period ends ({end}) before it starts ({start}); swap the dates.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="178" />
            <source>{collection}: {received} of {total} works received.</source>
            <translation>{collection}: {received} of {total} works received.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="223" />
            <location filename="../processing/algorithms/load_gipod.py" line="92" />
            <source>Choose the GIPOD collections INNAME and/or INNAME_PUNT.</source>
            <translation>Choose the GIPOD collections INNAME and/or INNAME_PUNT.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="231" />
            <source>Downloading GIPOD {collection} for {area} from {start} to {end}.</source>
            <translation>Downloading GIPOD {collection} for {area} from {start} to {end}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="242" />
            <source>{collection}: {dropped} works outside the period left out.</source>
            <translation>{collection}: {dropped} works outside the period left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="136" />
            <source>{layer} has no niscode field: every project needs its municipality's NIS code.</source>
            <translation>{layer} has no niscode field: every project needs its municipality's NIS code.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="173" />
            <source>{source} is the target store itself; a register cannot be merged into itself, choose another target store.</source>
            <translation>{source} is the target store itself; a register cannot be merged into itself, choose another target store.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="176" />
            <source>{source} is given twice (also as {first}); give every register once.</source>
            <translation>{source} is given twice (also as {first}); give every register once.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="193" />
            <location filename="../processing/algorithms/merge_project_registers.py" line="80" />
            <source>Give at least one project register to merge: a store or a layer.</source>
            <translation>Give at least one project register to merge: a store or a layer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="199" />
            <source>the target store</source>
            <translation>the target store</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="212" />
            <source>{count} projects in {source} have no municipality (niscode) or no project id (project_key); fill them in first, nothing was merged.</source>
            <translation>{count} projects in {source} have no municipality (niscode) or no project id (project_key); fill them in first, nothing was merged.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="234" />
            <source>Columns that are not in the project register were left out: {columns}.</source>
            <translation>Columns that are not in the project register were left out: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="255" />
            <source>The export would contain the personal contact column(s) {columns}; nothing was written.</source>
            <translation>The export would contain the personal contact column(s) {columns}; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="13" />
            <source>Smart governance</source>
            <translation>Smart governance</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="14" />
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="16" />
            <source>Living</source>
            <translation>Living</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="17" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="18" />
            <source>Economy</source>
            <translation>Economy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="22" />
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="23" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="24" />
            <source>Pilot project</source>
            <translation>Pilot project</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="25" />
            <source>Implemented</source>
            <translation>Implemented</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="26" />
            <source>Scaled up</source>
            <translation>Scaled up</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="29" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="30" />
            <source>Private</source>
            <translation>Private</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="31" />
            <source>Civil society</source>
            <translation>Civil society</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="32" />
            <source>University</source>
            <translation>University</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="33" />
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="36" />
            <source>Own resources</source>
            <translation>Own resources</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="37" />
            <source>Regional or provincial subsidy</source>
            <translation>Regional or provincial subsidy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="38" />
            <source>European subsidy</source>
            <translation>European subsidy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="39" />
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="40" />
            <source>Belfius-EIB</source>
            <translation>Belfius-EIB</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="41" />
            <source>Public-private partnership</source>
            <translation>Public-private partnership</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="42" />
            <source>Crowdfunding</source>
            <translation>Crowdfunding</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="45" />
            <source>Indicators / dashboard</source>
            <translation>Indicators / dashboard</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="46" />
            <source>Evaluation committee</source>
            <translation>Evaluation committee</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="47" />
            <source>Citizen assessment</source>
            <translation>Citizen assessment</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="61" />
            <source>Project id</source>
            <translation>Project id</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="62" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="105" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="143" />
            <source>Municipality (NIS code)</source>
            <translation>Municipality (NIS code)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="63" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="64" />
            <location filename="../smart_municipality/publish/themes.py" line="349" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="65" />
            <source>Municipalities involved (NIS codes)</source>
            <translation>Municipalities involved (NIS codes)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="66" />
            <location filename="../smart_municipality/publish/themes.py" line="349" />
            <source>Theme (dimension)</source>
            <translation>Theme (dimension)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="67" />
            <source>Priority theme</source>
            <translation>Priority theme</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="68" />
            <source>Initiator type</source>
            <translation>Initiator type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="69" />
            <location filename="../smart_municipality/publish/themes.py" line="352" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="70" />
            <location filename="../smart_municipality/publish/themes.py" line="352" />
            <source>Lead department</source>
            <translation>Lead department</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="71" />
            <source>Day-to-day manager</source>
            <translation>Day-to-day manager</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="72" />
            <location filename="../smart_municipality/publish/themes.py" line="351" />
            <source>Status (maturity)</source>
            <translation>Status (maturity)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="73" />
            <source>Funding form</source>
            <translation>Funding form</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="74" />
            <location filename="../smart_municipality/publish/themes.py" line="354" />
            <source>Subsidy (€)</source>
            <translation>Subsidy (€)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="75" />
            <source>Cofinancing (%)</source>
            <translation>Cofinancing (%)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="76" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="77" />
            <source>Target value</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="78" />
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="79" />
            <source>Monitoring method</source>
            <translation>Monitoring method</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="80" />
            <source>Datasets produced</source>
            <translation>Datasets produced</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="81" />
            <source>Data owner</source>
            <translation>Data owner</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="82" />
            <source>Reusable playbook available</source>
            <translation>Reusable playbook available</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="83" />
            <location filename="../smart_municipality/publish/themes.py" line="353" />
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="84" />
            <location filename="../smart_municipality/publish/themes.py" line="353" />
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="85" />
            <location filename="../smart_municipality/publish/themes.py" line="355" />
            <source>Link to citizen participation</source>
            <translation>Link to citizen participation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="86" />
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="87" />
            <source>Contact e-mail</source>
            <translation>Contact e-mail</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="88" />
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/constants.py" line="9" />
            <location filename="../processing/algorithms/device_register.py" line="36" />
            <source>Device register</source>
            <translation>Device register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/constants.py" line="13" />
            <source>Gateway coverage</source>
            <translation>Gateway coverage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/dcat.py" line="27" />
            <source>Open data of {municipality}</source>
            <translation>Open data of {municipality}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/dcat.py" line="28" />
            <source>Maps for citizens published with Smart Municipality: sensors, vacancy, projects and network coverage of {municipality}.</source>
            <translation>Maps for citizens published with Smart Municipality: sensors, vacancy, projects and network coverage of {municipality}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="34" />
            <source>Source: Digitaal Vlaanderen (GRB)</source>
            <translation>Source: Digitaal Vlaanderen (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="65" />
            <location filename="../processing/algorithms/publish_web_map.py" line="63" />
            <source>Choose at least one theme to publish.</source>
            <translation>Choose at least one theme to publish.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="67" />
            <location filename="../processing/algorithms/publish_web_map.py" line="65" />
            <source>Choose at least one language of the page: Dutch, French or English.</source>
            <translation>Choose at least one language of the page: Dutch, French or English.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="69" />
            <source>The web page of the plugin is missing ({path}); reinstall the plugin.</source>
            <translation>The web page of the plugin is missing ({path}); reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="73" />
            <source>{path} is a file; choose a folder for the web site.</source>
            <translation>{path} is a file; choose a folder for the web site.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="75" />
            <source>The folder {path} holds other files; choose an empty folder or one with an earlier published site.</source>
            <translation>The folder {path} holds other files; choose an empty folder or one with an earlier published site.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="86" />
            <source>The store holds no data of {municipality} (NIS {niscode}); check the municipality or the store.</source>
            <translation>The store holds no data of {municipality} (NIS {niscode}); check the municipality or the store.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="109" />
            <source>Publishing was cancelled; nothing was written.</source>
            <translation>Publishing was cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="223" />
            <source>The store holds nothing to publish for {municipality} in the chosen themes; nothing was written.</source>
            <translation>The store holds nothing to publish for {municipality} in the chosen themes; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="31" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="31" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="33" />
            <source>a private person (not named)</source>
            <translation>a private person (not named)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="35" />
            <source>air quality</source>
            <translation>air quality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="35" />
            <source>traffic counter</source>
            <translation>traffic counter</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>noise</source>
            <translation>noise</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>weather and climate</source>
            <translation>weather and climate</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>out of order</source>
            <translation>out of order</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="38" />
            <source>no longer in use</source>
            <translation>no longer in use</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="72" />
            <source>The store holds no public sensor with a position; the device register is left out.</source>
            <translation>The store holds no public sensor with a position; the device register is left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="95" />
            <location filename="../processing/algorithms/device_register.py" line="23" />
            <source>Public device register (what is placed where)</source>
            <translation>Public device register (what is placed where)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="96" />
            <source>Every sensor of the municipality: what it measures, who owns and runs it, how it communicates and whether it processes personal data. Sensors that do are shown at the centre of their 100 m grid cell and without their owner's name.</source>
            <translation>Every sensor of the municipality: what it measures, who owns and runs it, how it communicates and whether it processes personal data. Sensors that do are shown at the centre of their 100 m grid cell and without their owner's name.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="99" />
            <source>Source: device register of the municipality</source>
            <translation>Source: device register of the municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="100" />
            <location filename="../smart_municipality/publish/themes.py" line="227" />
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="101" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="102" />
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="103" />
            <source>Connectivity</source>
            <translation>Connectivity</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="103" />
            <source>Installed on</source>
            <translation>Installed on</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="105" />
            <source>Processes personal data</source>
            <translation>Processes personal data</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="109" />
            <source>does not process personal data</source>
            <translation>does not process personal data</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="110" />
            <source>processes personal data (position blurred)</source>
            <translation>processes personal data (position blurred)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="117" />
            <source>below half the limit value</source>
            <translation>below half the limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="118" />
            <source>below the limit value</source>
            <translation>below the limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="119" />
            <source>above the limit value</source>
            <translation>above the limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="120" />
            <source>no limit value</source>
            <translation>no limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="121" />
            <source>no recent daily mean</source>
            <translation>no recent daily mean</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="191" />
            <source>The store holds no readings of public sensors; the sensors layer is left out.</source>
            <translation>The store holds no readings of public sensors; the sensors layer is left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="222" />
            <source>The latest reading of every public sensor and the daily means of the last 30 days, compared with the limit value of what it measures.</source>
            <translation>The latest reading of every public sensor and the daily means of the last 30 days, compared with the limit value of what it measures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="224" />
            <source>Source: sensor readings in the municipality's study store (owners in the device register)</source>
            <translation>Source: sensor readings in the municipality's study store (owners in the device register)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="227" />
            <source>Limit value</source>
            <translation>Limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="228" />
            <source>Daily mean against the limit value</source>
            <translation>Daily mean against the limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="268" />
            <source>fewer than 5 addresses: not published</source>
            <translation>fewer than 5 addresses: not published</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="269" />
            <source>less than 2 per 100 addresses</source>
            <translation>less than 2 per 100 addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="270" />
            <source>2 to 5 per 100 addresses</source>
            <translation>2 to 5 per 100 addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="271" />
            <source>5 to 10 per 100 addresses</source>
            <translation>5 to 10 per 100 addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="272" />
            <source>10 or more per 100 addresses</source>
            <translation>10 or more per 100 addresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="273" />
            <source>no rate</source>
            <translation>no rate</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="290" />
            <source>The study store holds no vacancy indicators per neighbourhood (run Vacancy indicators per area into layer vacancy_wijken); vacancy is left out.</source>
            <translation>The study store holds no vacancy indicators per neighbourhood (run Vacancy indicators per area into layer vacancy_wijken); vacancy is left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="300" />
            <source>Premises in the vacancy register</source>
            <translation>Premises in the vacancy register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="314" />
            <source>Vacant buildings and dwellings per neighbourhood on the reference date. Figures of neighbourhoods with fewer than 5 addresses are not published; no single premise is shown.</source>
            <translation>Vacant buildings and dwellings per neighbourhood on the reference date. Figures of neighbourhoods with fewer than 5 addresses are not published; no single premise is shown.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="316" />
            <source>Source: municipal register of vacant buildings and dwellings</source>
            <translation>Source: municipal register of vacant buildings and dwellings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="342" />
            <source>The store holds no project with a location; projects are left out.</source>
            <translation>The store holds no project with a location; projects are left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="345" />
            <source>{n} projects without a location are not on the map.</source>
            <translation>{n} projects without a location are not on the map.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="367" />
            <source>{n} e-mail addresses or phone numbers in the projects' text were blanked.</source>
            <translation>{n} e-mail addresses or phone numbers in the projects' text were blanked.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="374" />
            <source>The smart-city projects of the municipality: what they do, how far they are and who takes part.</source>
            <translation>The smart-city projects of the municipality: what they do, how far they are and who takes part.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="375" />
            <source>Source: project register of the municipality</source>
            <translation>Source: project register of the municipality</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="393" />
            <source>The store holds no coverage of a gateway run (Place gateways); gateway coverage is left out.</source>
            <translation>The store holds no coverage of a gateway run (Place gateways); gateway coverage is left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="408" />
            <source>Where the municipality's LoRaWAN gateways receive a sensor, by the smallest spreading factor that reaches one (SF7: fast and frugal, SF12: slow, the longest reach). A prediction from terrain and buildings, not a measurement.</source>
            <translation>Where the municipality's LoRaWAN gateways receive a sensor, by the smallest spreading factor that reaches one (SF7: fast and frugal, SF12: slow, the longest reach). A prediction from terrain and buildings, not a measurement.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="411" />
            <source>Source: gateway siting of the municipality (Smart Municipality)</source>
            <translation>Source: gateway siting of the municipality (Smart Municipality)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="412" />
            <source>Spreading factor</source>
            <translation>Spreading factor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="46" />
            <source>Unknown period '{period}'; use hour, day, week, month or year.</source>
            <translation>Unknown period '{period}'; use hour, day, week, month or year.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="186" />
            <source>The minimum data completeness must lie between 0 and 100 %.</source>
            <translation>The minimum data completeness must lie between 0 and 100 %.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="188" />
            <source>The percentile must lie between 0 and 100.</source>
            <translation>The percentile must lie between 0 and 100.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="190" />
            <source>Exceedances are counted on readings or on daily means.</source>
            <translation>Exceedances are counted on readings or on daily means.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="233" />
            <source>Grouping by sensor or area needs the sensor of each reading.</source>
            <translation>Grouping by sensor or area needs the sensor of each reading.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="239" />
            <source>Choose the areas to aggregate over.</source>
            <translation>Choose the areas to aggregate over.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="241" />
            <source>Aggregate per sensor or per area.</source>
            <translation>Aggregate per sensor or per area.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/charts.py" line="94" />
            <source>No readings in this period.</source>
            <translation>No readings in this period.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/charts.py" line="123" />
            <source>time ({zone})</source>
            <translation>time ({zone})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="16" />
            <source>CurieuzeNeuzen Vlaanderen 2018 (NO2 tubes)</source>
            <translation>CurieuzeNeuzen Vlaanderen 2018 (NO2 tubes)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="17" />
            <source>Gent bicycle counter (5-minute counts)</source>
            <translation>Gent bicycle counter (5-minute counts)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="18" />
            <source>EEA AirBase hourly file</source>
            <translation>EEA AirBase hourly file</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="19" />
            <source>Recht op Lucht NO2 campaign</source>
            <translation>Recht op Lucht NO2 campaign</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="20" />
            <source>IRCEL-CELINE hourly export</source>
            <translation>IRCEL-CELINE hourly export</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="21" />
            <source>Telraam hourly report (CSV)</source>
            <translation>Telraam hourly report (CSV)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="22" />
            <source>sensor.community archive CSV</source>
            <translation>sensor.community archive CSV</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="59" />
            <source>fixed line</source>
            <translation>fixed line</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="60" />
            <source>official air-quality station</source>
            <translation>official air-quality station</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="91" />
            <source>IRCEL-CELINE does not measure {property}.</source>
            <translation>IRCEL-CELINE does not measure {property}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="58" />
            <source>citizen sensor ({kind})</source>
            <translation>citizen sensor ({kind})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="60" />
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="118" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="51" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="83" />
            <source>citizen</source>
            <translation>citizen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="97" />
            <source>This is not a sensor.community archive file (a ';'-separated CSV with sensor_id, location, lat, lon and timestamp).</source>
            <translation>This is not a sensor.community archive file (a ';'-separated CSV with sensor_id, location, lat, lon and timestamp).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="106" />
            <source>This sensor.community archive file lacks the columns {columns}.</source>
            <translation>This sensor.community archive file lacks the columns {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="142" />
            <source>{n} archive cells held no number (such as 'nan') and were skipped.</source>
            <translation>{n} archive cells held no number (such as 'nan') and were skipped.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensorthings.py" line="105" />
            <source>The SensorThings server sent observations without a time; the server is not compatible.</source>
            <translation>The SensorThings server sent observations without a time; the server is not compatible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="114" />
            <source>'{part}' is not a mapping entry; write key=value with a key among: {keys}.</source>
            <translation>'{part}' is not a mapping entry; write key=value with a key among: {keys}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="132" />
            <source>The mapping entry '{part}' has a value that is not a number.</source>
            <translation>The mapping entry '{part}' has a value that is not a number.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="147" />
            <source>{name} holds {n} files; unpack it and choose the table.</source>
            <translation>{name} holds {n} files; unpack it and choose the table.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="151" />
            <source>{name} is not a readable zip file.</source>
            <translation>{name} is not a readable zip file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="166" />
            <source>Column '{column}' holds '{value}' (row {row}), which is not a number; correct it or leave the cell empty.</source>
            <translation>Column '{column}' holds '{value}' (row {row}), which is not a number; correct it or leave the cell empty.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="179" />
            <source>Unknown layout '{layout}'; use long, wide_sensors or wide_hours.</source>
            <translation>Unknown layout '{layout}'; use long, wide_sensors or wide_hours.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="183" />
            <source>The file</source>
            <translation>The file</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="196" />
            <source>The file has no column '{column}'; its columns are: {columns}.</source>
            <translation>The file has no column '{column}'; its columns are: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="199" />
            <source>Choose both an x (longitude) and a y (latitude) column, or neither.</source>
            <translation>Choose both an x (longitude) and a y (latitude) column, or neither.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="201" />
            <source>Choose the column(s) holding the readings.</source>
            <translation>Choose the column(s) holding the readings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="203" />
            <source>Choose the time column, or give the period the readings cover.</source>
            <translation>Choose the time column, or give the period the readings cover.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="205" />
            <source>Duplicates must be 'error' or 'replicates'.</source>
            <translation>Duplicates must be 'error' or 'replicates'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="212" />
            <source>The wide table has no sensor columns.</source>
            <translation>The wide table has no sensor columns.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="214" />
            <source>Choose the property the sensor columns hold (for example NO2).</source>
            <translation>Choose the property the sensor columns hold (for example NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="222" />
            <source>Choose the hour columns of the wide table (first = 00:00).</source>
            <translation>Choose the hour columns of the wide table (first = 00:00).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="224" />
            <source>Give one flag column per hour column, or none.</source>
            <translation>Give one flag column per hour column, or none.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="226" />
            <source>Choose the property the hour columns hold (for example NO2).</source>
            <translation>Choose the property the hour columns hold (for example NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="266" />
            <source>Row {row} has no sensor in column '{column}'; fill it in or remove the row.</source>
            <translation>Row {row} has no sensor in column '{column}'; fill it in or remove the row.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="280" />
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="302" />
            <source>Say which property column '{column}' holds.</source>
            <translation>Say which property column '{column}' holds.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="306" />
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="350" />
            <source>The mapped value columns hold no readings.</source>
            <translation>The mapped value columns hold no readings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="365" />
            <source>Sensor '{sensor}' has no position (row {row}); fill in x and y or remove the row. Nothing was imported.</source>
            <translation>Sensor '{sensor}' has no position (row {row}); fill in x and y or remove the row. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="367" />
            <source>the sensors in the file</source>
            <translation>the sensors in the file</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="378" />
            <source>the sensor</source>
            <translation>the sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="408" />
            <location filename="../smart_municipality/sensors/files.py" line="480" />
            <source>none (diffusion tube)</source>
            <translation>none (diffusion tube)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="427" />
            <source>{n} rows at local times that do not exist (the clock skips an hour in spring) were left out.</source>
            <translation>{n} rows at local times that do not exist (the clock skips an hour in spring) were left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="449" />
            <source>{name} is not an AirBase file (a date and 24 value/flag pairs per line).</source>
            <translation>{name} is not an AirBase file (a date and 24 value/flag pairs per line).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="452" />
            <source>{name} has {n} columns per line; an AirBase hourly file has 49 (a date and 24 value/flag pairs).</source>
            <translation>{name} has {n} columns per line; an AirBase hourly file has 49 (a date and 24 value/flag pairs).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="465" />
            <source>The pollutant of {name} cannot be told from its name; choose the property.</source>
            <translation>The pollutant of {name} cannot be told from its name; choose the property.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="495" />
            <source>The property of {name} cannot be told from its name; choose it (for example NO2).</source>
            <translation>The property of {name} cannot be told from its name; choose it (for example NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="603" />
            <source>{name} is not in a format the plugin knows; give a column mapping.</source>
            <translation>{name} is not in a format the plugin knows; give a column mapping.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="606" />
            <source>Unknown file format '{preset}'.</source>
            <translation>Unknown file format '{preset}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="610" />
            <source>{name} holds no readings: every value is empty or unreadable.</source>
            <translation>{name} holds no readings: every value is empty or unreadable.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="73" />
            <source>The coordinates of {what} are not in WGS84, Lambert 72 or Lambert 2008 within Belgium; check the x/y columns and their order.</source>
            <translation>The coordinates of {what} are not in WGS84, Lambert 72 or Lambert 2008 within Belgium; check the x/y columns and their order.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="75" />
            <location filename="../smart_municipality/sensors/geo.py" line="79" />
            <location filename="../smart_municipality/sensors/geo.py" line="87" />
            <source>the sensors</source>
            <translation>the sensors</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="78" />
            <source>The coordinates of {what} look like EPSG:{detected}, not EPSG:{given}; choose the right coordinate system.</source>
            <translation>The coordinates of {what} look like EPSG:{detected}, not EPSG:{given}; choose the right coordinate system.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="86" />
            <source>{n} positions of {what} lie outside Belgium in EPSG:{epsg}; check the coordinates and their order.</source>
            <translation>{n} positions of {what} lie outside Belgium in EPSG:{epsg}; check the coordinates and their order.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="32" />
            <source>Leave-one-out cross-validation over {n} sensors: RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, bias {bias:+.2f} {unit}.</source>
            <translation>Leave-one-out cross-validation over {n} sensors: RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, bias {bias:+.2f} {unit}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="41" />
            <source>Interpolation needs at least two sensors with a position and a value.</source>
            <translation>Interpolation needs at least two sensors with a position and a value.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="47" />
            <source>Interpolating sensor readings</source>
            <translation>Interpolating sensor readings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="50" />
            <source>The IDW power must be positive.</source>
            <translation>The IDW power must be positive.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="83" />
            <source>Give an extent and a positive cell size for the surface.</source>
            <translation>Give an extent and a positive cell size for the surface.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="87" />
            <source>The surface would have {n} million cells; choose a larger cell size or a smaller extent.</source>
            <translation>The surface would have {n} million cells; choose a larger cell size or a smaller extent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="108" />
            <source>The surface cannot be written to {path}; check the folder.</source>
            <translation>The surface cannot be written to {path}; check the folder.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="239" />
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="241" />
            <source>{n} min ago</source>
            <translation>{n} min ago</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="243" />
            <source>{n} h ago</source>
            <translation>{n} h ago</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="245" />
            <source>{n} days ago</source>
            <translation>{n} days ago</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="119" />
            <source>The store holds no sensors measuring {property}; load sensor data first.</source>
            <translation>The store holds no sensors measuring {property}; load sensor data first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="123" />
            <source>Sensors – {property}</source>
            <translation>Sensors – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="173" />
            <source>no recent reading (older than {hours:g} h)</source>
            <translation>no recent reading (older than {hours:g} h)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="206" />
            <source>No {property} readings between {start} and {end}.</source>
            <translation>No {property} readings between {start} and {end}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="209" />
            <source>{n} readings are too many to animate; choose a shorter period.</source>
            <translation>{n} readings are too many to animate; choose a shorter period.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="216" />
            <source>Readings – {property}</source>
            <translation>Readings – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="48" />
            <source>{nis} is not a Flemish municipality the plugin knows; choose an area layer instead.</source>
            <translation>{nis} is not a Flemish municipality the plugin knows; choose an area layer instead.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="142" />
            <source>{n} readings are not numbers (text, objects or arrays); they are kept as text and left out of charts and statistics.</source>
            <translation>{n} readings are not numbers (text, objects or arrays); they are kept as text and left out of charts and statistics.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="180" />
            <source>Choose an area or give Telraam segment ids.</source>
            <translation>Choose an area or give Telraam segment ids.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="71" />
            <source>Sensor '{name}': {reason}</source>
            <translation>Sensor '{name}': {reason}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="84" />
            <source>Some readings belong to no sensor of this import; the import was stopped and nothing was written.</source>
            <translation>Some readings belong to no sensor of this import; the import was stopped and nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="91" />
            <source>{n} readings were converted to the standard unit of their property.</source>
            <translation>{n} readings were converted to the standard unit of their property.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="96" />
            <source>{n} readings that appeared twice were stored once.</source>
            <translation>{n} readings that appeared twice were stored once.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="98" />
            <source>{n} empty rows beside a reading of the same time were left out.</source>
            <translation>{n} empty rows beside a reading of the same time were left out.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="108" />
            <source>The sensor of datastream '{key}' is missing from this import; nothing was written.</source>
            <translation>The sensor of datastream '{key}' is missing from this import; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="112" />
            <source>The datastream '{key}' is described twice in this import; nothing was written.</source>
            <translation>The datastream '{key}' is described twice in this import; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="121" />
            <source>'{property}' comes in several units ({units}) that cannot be converted into each other; import each unit as its own property or fix the units.</source>
            <translation>'{property}' comes in several units ({units}) that cannot be converted into each other; import each unit as its own property or fix the units.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="155" />
            <source>Sensor '{name}' has {n} times with two different readings (first at {time}){others}; remove the duplicates or check the time zone. Nothing was written.</source>
            <translation>Sensor '{name}' has {n} times with two different readings (first at {time}){others}; remove the duplicates or check the time zone. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="158" />
            <source>, and {m} other sensors have such times too</source>
            <translation>, and {m} other sensors have such times too</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="178" />
            <source>Most readings of '{name}' are negative, which a {property} value cannot be; check the column mapping. Nothing was written.</source>
            <translation>Most readings of '{name}' are negative, which a {property} value cannot be; check the column mapping. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="184" />
            <source>{n} negative readings (impossible for a concentration or a count) were kept but marked invalid; first: sensor '{name}'.</source>
            <translation>{n} negative readings (impossible for a concentration or a count) were kept but marked invalid; first: sensor '{name}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/period.py" line="24" />
            <source>The period starts and ends at the same moment ({moment}), so it holds no time; choose an end after the start.</source>
            <translation>The period starts and ends at the same moment ({moment}), so it holds no time; choose an end after the start.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/period.py" line="26" />
            <source>The period starts ({start}) after it ends ({end}); swap the start and the end.</source>
            <translation>The period starts ({start}) after it ends ({end}); swap the start and the end.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="61" />
            <source>EU annual limit value</source>
            <translation>EU annual limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="62" />
            <source>EU annual limit value from 2030</source>
            <translation>EU annual limit value from 2030</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="63" />
            <location filename="../smart_municipality/sensors/properties.py" line="86" />
            <location filename="../smart_municipality/sensors/properties.py" line="90" />
            <source>WHO 2021 daily guideline</source>
            <translation>WHO 2021 daily guideline</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="64" />
            <source>WHO 2021 annual guideline</source>
            <translation>WHO 2021 annual guideline</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="69" />
            <location filename="../smart_municipality/sensors/properties.py" line="84" />
            <source>EU hourly limit value</source>
            <translation>EU hourly limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="72" />
            <location filename="../smart_municipality/sensors/properties.py" line="85" />
            <source>EU daily limit value</source>
            <translation>EU daily limit value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="78" />
            <source>EU information threshold</source>
            <translation>EU information threshold</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="79" />
            <source>EU alert threshold</source>
            <translation>EU alert threshold</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="80" />
            <source>EU target value (max daily 8-hour mean)</source>
            <translation>EU target value (max daily 8-hour mean)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="81" />
            <source>WHO 2021 8-hour guideline</source>
            <translation>WHO 2021 8-hour guideline</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="88" />
            <source>Black carbon</source>
            <translation>Black carbon</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="89" />
            <source>EU limit value (max daily 8-hour mean)</source>
            <translation>EU limit value (max daily 8-hour mean)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="92" />
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="94" />
            <source>Relative humidity</source>
            <translation>Relative humidity</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="96" />
            <source>Air pressure</source>
            <translation>Air pressure</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="98" />
            <source>Noise level (LAeq)</source>
            <translation>Noise level (LAeq)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="99" />
            <source>WHO road traffic Lden guideline</source>
            <translation>WHO road traffic Lden guideline</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="101" />
            <source>Cars</source>
            <translation>Cars</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="103" />
            <source>Heavy vehicles</source>
            <translation>Heavy vehicles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="105" />
            <source>Bicycles</source>
            <translation>Bicycles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="107" />
            <source>Pedestrians</source>
            <translation>Pedestrians</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="109" />
            <source>Vehicles at night</source>
            <translation>Vehicles at night</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="110" />
            <source>V85 speed</source>
            <translation>V85 speed</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="112" />
            <source>Occupancy</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="208" />
            <source>The unit '{unit}' of {property} is not known; use one of: {units}.</source>
            <translation>The unit '{unit}' of {property} is not known; use one of: {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="219" />
            <source>{property} cannot be given in {unit}; use one of: {units}.</source>
            <translation>{property} cannot be given in {unit}; use one of: {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="268" />
            <source>all values</source>
            <translation>all values</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/register.py" line="66" />
            <source>Sensors that process personal data are shown at the centre of their 100 m grid cell; sensors the municipality marked as not public are not listed.</source>
            <translation>Sensors that process personal data are shown at the centre of their 100 m grid cell; sensors the municipality marked as not public are not listed.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="81" />
            <source>{obs} new readings stored ({skipped} already present), {things} new sensors, {streams} new datastreams.</source>
            <translation>{obs} new readings stored ({skipped} already present), {things} new sensors, {streams} new datastreams.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="97" />
            <source>Choose the municipality the sensors belong to.</source>
            <translation>Choose the municipality the sensors belong to.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="66" />
            <source>Row {row} has no time in column '{column}'; fill it in or remove the row.</source>
            <translation>Row {row} has no time in column '{column}'; fill it in or remove the row.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="67" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="81" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="99" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="124" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="129" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="168" />
            <source>time</source>
            <translation>time</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="80" />
            <source>The times in column '{column}' have no time zone; choose the zone they are in (UTC or Europe/Brussels).</source>
            <translation>The times in column '{column}' have no time zone; choose the zone they are in (UTC or Europe/Brussels).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="97" />
            <source>'{value}' in column '{column}' is not a date and time; use for example 2024-03-31 14:00 or 2024-03-31T14:00:00+02:00.</source>
            <translation>'{value}' in column '{column}' is not a date and time; use for example 2024-03-31 14:00 or 2024-03-31T14:00:00+02:00.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="123" />
            <source>The times in column '{column}' cannot be placed in {zone}; check the zone of the times.</source>
            <translation>The times in column '{column}' cannot be placed in {zone}; check the zone of the times.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="127" />
            <source>The local time {time} in column '{column}' does not exist in {zone} (the clock skips that hour in spring); check the zone of the times.</source>
            <translation>The local time {time} in column '{column}' does not exist in {zone} (the clock skips that hour in spring); check the zone of the times.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="165" />
            <source>The readings{of} in column '{column}' are not in time order around the autumn clock change, so the repeated hour cannot be told apart; sort them by time or give times with their offset (+02:00/+01:00).</source>
            <translation>The readings{of} in column '{column}' are not in time order around the autumn clock change, so the repeated hour cannot be told apart; sort them by time or give times with their offset (+02:00/+01:00).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="168" />
            <source> of {series}</source>
            <translation> of {series}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="246" />
            <source>{n} months ago</source>
            <translation>{n} months ago</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="94" />
            <source>The measurement file {} is not a text (CSV) file: it cannot be read as UTF-8 or Windows-1252; export the measurements as CSV.</source>
            <translation>The measurement file {} is not a text (CSV) file: it cannot be read as UTF-8 or Windows-1252; export the measurements as CSV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="99" />
            <source>The measurement file {} cannot be read ({}).</source>
            <translation>The measurement file {} cannot be read ({}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="115" />
            <source>The measurement file {} holds no measurements.</source>
            <translation>The measurement file {} holds no measurements.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="122" />
            <source>The measurement file needs columns for the gateway id, RSSI and the position (lat/lon or x/y); found: {}.</source>
            <translation>The measurement file needs columns for the gateway id, RSSI and the position (lat/lon or x/y); found: {}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="142" />
            <source>No row of the measurement file has a usable position.</source>
            <translation>No row of the measurement file has a usable position.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="197" />
            <source>At least three measurements at different distances are needed to fit a path-loss exponent.</source>
            <translation>At least three measurements at different distances are needed to fit a path-loss exponent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="206" />
            <location filename="../smart_municipality/siting/calibration.py" line="293" />
            <location filename="../smart_municipality/siting/calibration.py" line="309" />
            <source>Calibrating the path-loss model with censored readings</source>
            <translation>Calibrating the path-loss model with censored readings</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="375" />
            <source>None of the gateway ids in the measurements matches a gateway of the gateways layer; check the id field (for example eui-… versus the gateway name).</source>
            <translation>None of the gateway ids in the measurements matches a gateway of the gateways layer; check the id field (for example eui-… versus the gateway name).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="383" />
            <source>The receiver floor must be a number of dBm (for example -120) or empty.</source>
            <translation>The receiver floor must be a number of dBm (for example -120) or empty.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="395" />
            <source>At least three received measurements from known gateways are needed for a calibration.</source>
            <translation>At least three received measurements from known gateways are needed for a calibration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/cover_search.py" line="23" />
            <location filename="../smart_municipality/siting/coverage.py" line="42" />
            <location filename="../smart_municipality/siting/coverage.py" line="526" />
            <location filename="../smart_municipality/siting/optimisation.py" line="38" />
            <location filename="../processing/algorithms/site_sensors.py" line="154" />
            <location filename="../processing/algorithms/site_sensors.py" line="234" />
            <source>Radio coverage and site placement</source>
            <translation>Radio coverage and site placement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="74" />
            <source>The frequency must lie between 30 and 6000 MHz (LoRaWAN in Europe uses 868 MHz).</source>
            <translation>The frequency must lie between 30 and 6000 MHz (LoRaWAN in Europe uses 868 MHz).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="76" />
            <source>The receiver height must be between 0 and 100 m above the ground.</source>
            <translation>The receiver height must be between 0 and 100 m above the ground.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="78" />
            <source>The spreading factor must be one of 7 to 12.</source>
            <translation>The spreading factor must be one of 7 to 12.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="140" />
            <source>{n} {what} lie outside the terrain model or the chosen extent ({ids}); remove them or use a larger terrain model.</source>
            <translation>{n} {what} lie outside the terrain model or the chosen extent ({ids}); remove them or use a larger terrain model.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="417" />
            <location filename="../smart_municipality/siting/tiling.py" line="330" />
            <source>There are no gateways to compute the coverage of.</source>
            <translation>There are no gateways to compute the coverage of.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="419" />
            <location filename="../smart_municipality/siting/tiling.py" line="331" />
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="172" />
            <location filename="../processing/algorithms/radio_coverage.py" line="83" />
            <location filename="../processing/algorithms/radio_coverage.py" line="87" />
            <location filename="../processing/algorithms/radio_coverage.py" line="88" />
            <source>gateways</source>
            <translation>gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="434" />
            <location filename="../smart_municipality/siting/coverage.py" line="504" />
            <location filename="../smart_municipality/siting/tiling.py" line="64" />
            <location filename="../processing/algorithms/radio_coverage.py" line="143" />
            <source>The coverage computation was cancelled.</source>
            <translation>The coverage computation was cancelled.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="466" />
            <source>GDAL could not turn the coverage into polygons.</source>
            <translation>GDAL could not turn the coverage into polygons.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="495" />
            <location filename="../processing/algorithms/placement_common.py" line="118" />
            <source>candidate sites</source>
            <translation>candidate sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="529" />
            <source>The radius must be a positive number of metres.</source>
            <translation>The radius must be a positive number of metres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="26" />
            <source>online submodular bound</source>
            <translation>online submodular bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="26" />
            <source>LP relaxation</source>
            <translation>LP relaxation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="27" />
            <source>LP relaxation with redundancy cuts</source>
            <translation>LP relaxation with redundancy cuts</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="28" />
            <source>MILP dual bound</source>
            <translation>MILP dual bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="28" />
            <source>proven optimum</source>
            <translation>proven optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="29" />
            <source>Lagrangian lower bound</source>
            <translation>Lagrangian lower bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="29" />
            <source>none (zero)</source>
            <translation>none (zero)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="31" />
            <source>upper bound on the optimum</source>
            <translation>upper bound on the optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="31" />
            <source>lower bound on the optimum</source>
            <translation>lower bound on the optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <source>exact (MILP, HiGHS)</source>
            <translation>exact (MILP, HiGHS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <source>greedy</source>
            <translation>greedy</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="33" />
            <location filename="../processing/algorithms/site_sensors.py" line="88" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="33" />
            <source>Bound</source>
            <translation>Bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="34" />
            <source>Kind of bound</source>
            <translation>Kind of bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="36" />
            <source>Quality (share of the optimum reached at least)</source>
            <translation>Quality (share of the optimum reached at least)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="37" />
            <source>Solver status</source>
            <translation>Solver status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="37" />
            <source>Run time</source>
            <translation>Run time</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="52" />
            <source>bound</source>
            <translation>bound</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="65" />
            <source>existing</source>
            <translation>existing</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="71" />
            <source>covered demand (%)</source>
            <translation>covered demand (%)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="71" />
            <location filename="../smart_municipality/siting/html_report.py" line="96" />
            <source>sites added</source>
            <translation>sites added</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="80" />
            <source>Gateway placement</source>
            <translation>Gateway placement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="81" />
            <source>Coverage after each added site</source>
            <translation>Coverage after each added site</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="105" />
            <source>Sites in order</source>
            <translation>Sites in order</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <source>Gain</source>
            <translation>Gain</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <source>Covered weight</source>
            <translation>Covered weight</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Quality certificate</source>
            <translation>Quality certificate</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="85" />
            <source>Uncovered demand</source>
            <translation>Uncovered demand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="85" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="85" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="96" />
            <source>weighted mean distance (m)</source>
            <translation>weighted mean distance (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="108" />
            <source>Weighted mean distance (m)</source>
            <translation>Weighted mean distance (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="107" />
            <location filename="../processing/algorithms/site_sensors.py" line="69" />
            <source>Radius (m)</source>
            <translation>Radius (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="107" />
            <source>Covered share of the weight</source>
            <translation>Covered share of the weight</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="112" />
            <source>Coverage per area (least covered first)</source>
            <translation>Coverage per area (least covered first)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="114" />
            <source>outside every area</source>
            <translation>outside every area</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="116" />
            <source>Sensor placement</source>
            <translation>Sensor placement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/linkbudget.py" line="62" />
            <source>The shadowing margin</source>
            <translation>The shadowing margin</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/linkbudget.py" line="70" />
            <source>The coverage probability</source>
            <translation>The coverage probability</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="53" />
            <source>The exact method needs SciPy 1.9 or newer (this QGIS has SciPy {}); use the greedy method, which reports how far from optimal it can be at most.</source>
            <translation>The exact method needs SciPy 1.9 or newer (this QGIS has SciPy {}); use the greedy method, which reports how far from optimal it can be at most.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="76" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1117" />
            <source>The demand weights must be numbers of zero or more; fix the empty, negative or non-numeric values in the weight field.</source>
            <translation>The demand weights must be numbers of zero or more; fix the empty, negative or non-numeric values in the weight field.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="79" />
            <source>There are no demand points.</source>
            <translation>There are no demand points.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="81" />
            <source>All demand weights are zero, so there is nothing to cover; choose another weight field or none.</source>
            <translation>All demand weights are zero, so there is nothing to cover; choose another weight field or none.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="85" />
            <source>The candidate costs must be numbers of zero or more; fix the empty, negative or non-numeric values in the cost field.</source>
            <translation>The candidate costs must be numbers of zero or more; fix the empty, negative or non-numeric values in the cost field.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="89" />
            <source>The redundancy must be 1, 2 or 3 gateways per demand point.</source>
            <translation>The redundancy must be 1, 2 or 3 gateways per demand point.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="176" />
            <source>The number of sites to choose must be at least 1.</source>
            <translation>The number of sites to choose must be at least 1.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="178" />
            <source>You ask for {k} new sites but there are only {free} candidates (besides the existing ones); lower the number or add candidates.</source>
            <translation>You ask for {k} new sites but there are only {free} candidates (besides the existing ones); lower the number or add candidates.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="606" />
            <source>The exact solver found no solution in the time limit; the greedy solution is shown.</source>
            <translation>The exact solver found no solution in the time limit; the greedy solution is shown.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="640" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1084" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1477" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1519" />
            <source>Optimal.</source>
            <translation>Optimal.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="640" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1084" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1477" />
            <source>Time limit reached; best solution found so far.</source>
            <translation>Time limit reached; best solution found so far.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="667" />
            <source>The coverage target must be a share between 0 and 100 %.</source>
            <translation>The coverage target must be a share between 0 and 100 %.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="671" />
            <source>The target of {t:.1f} % cannot be reached: even with every candidate only {r:.1f} % of the demand is covered; lower the target or add candidates.</source>
            <translation>The target of {t:.1f} % cannot be reached: even with every candidate only {r:.1f} % of the demand is covered; lower the target or add candidates.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1094" />
            <source>{n} demand points have no candidate site within reach, so covering all of them is impossible; add candidates near them or use the maximum-coverage model (MCLP).</source>
            <translation>{n} demand points have no candidate site within reach, so covering all of them is impossible; add candidates near them or use the maximum-coverage model (MCLP).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1120" />
            <source>All demand weights are zero, so there is nothing to serve; choose another weight field or none.</source>
            <translation>All demand weights are zero, so there is nothing to serve; choose another weight field or none.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1448" />
            <source>The exact p-median model would have {v:,} variables, too many to solve here; use the greedy method (with its quality bound) or fewer demand points.</source>
            <translation>The exact p-median model would have {v:,} variables, too many to solve here; use the greedy method (with its quality bound) or fewer demand points.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1518" />
            <source>Proven optimum not reached in {s:g} s; heuristic solution with its quality bound.</source>
            <translation>Proven optimum not reached in {s:g} s; heuristic solution with its quality bound.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="182" />
            <source>The log-distance parameters are not usable: the exponent and the reference distance must be positive and PL(d0) a finite number of dB.</source>
            <translation>The log-distance parameters are not usable: the exponent and the reference distance must be positive and PL(d0) a finite number of dB.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="221" />
            <source>This file is not a path-loss parameter set written by the calibration algorithm.</source>
            <translation>This file is not a path-loss parameter set written by the calibration algorithm.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="238" />
            <source>The path-loss parameter set {} does not exist; run the calibration first or pick another file.</source>
            <translation>The path-loss parameter set {} does not exist; run the calibration first or pick another file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="254" />
            <source>Give the parameter set a name.</source>
            <translation>Give the parameter set a name.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="276" />
            <source>No calibrated parameter set is called '{}'; run the calibration or give the path of its .json file.</source>
            <translation>No calibrated parameter set is called '{}'; run the calibration or give the path of its .json file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/placement.py" line="97" />
            <source>The placement was cancelled.</source>
            <translation>The placement was cancelled.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="77" />
            <location filename="../processing/algorithms/sensors_common.py" line="58" />
            <source>'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021.</source>
            <translation>'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="82" />
            <source>Saving the scenario in the store needs the municipality: give its NIS code (for example 44021); the layers do not say it unambiguously.</source>
            <translation>Saving the scenario in the store needs the municipality: give its NIS code (for example 44021); the layers do not say it unambiguously.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="89" />
            <source>Gateways {time}</source>
            <translation>Gateways {time}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="89" />
            <source>Sensors {time}</source>
            <translation>Sensors {time}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="121" />
            <source>Saved as scenario '{name}' of {niscode} in {store}.</source>
            <translation>Saved as scenario '{name}' of {niscode} in {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="97" />
            <source>'{role}' is not a site role; use selected, candidate or existing.</source>
            <translation>'{role}' is not a site role; use selected, candidate or existing.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="104" />
            <source>The sites of a scenario must be a table with the columns site_key, role, x and y.</source>
            <translation>The sites of a scenario must be a table with the columns site_key, role, x and y.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="107" />
            <source>The sites of the scenario lack the column(s) {columns}.</source>
            <translation>The sites of the scenario lack the column(s) {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="111" />
            <source>The sites of the scenario have unknown column(s) {columns}; use {known}.</source>
            <translation>The sites of the scenario have unknown column(s) {columns}; use {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="116" />
            <source>Site role '{role}' is not one of selected, candidate or existing; correct it and save the scenario again.</source>
            <translation>Site role '{role}' is not one of selected, candidate or existing; correct it and save the scenario again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="121" />
            <source>Some sites of the scenario have no coordinates; every site needs x and y in EPSG:31370.</source>
            <translation>Some sites of the scenario have no coordinates; every site needs x and y in EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="126" />
            <source>Site key '{key}' occurs more than once in the scenario; every site needs its own key.</source>
            <translation>Site key '{key}' occurs more than once in the scenario; every site needs its own key.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="181" />
            <location filename="../smart_municipality/siting/scenarios.py" line="224" />
            <source>A scenario places gateways or sensors, not '{kind}'.</source>
            <translation>A scenario places gateways or sensors, not '{kind}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="183" />
            <source>A scenario needs a key; give it a name.</source>
            <translation>A scenario needs a key; give it a name.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="186" />
            <source>The scenario parameters say kind '{found}' but the scenario places {kind}.</source>
            <translation>The scenario parameters say kind '{found}' but the scenario places {kind}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="267" />
            <source>Siting sites</source>
            <translation>Siting sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="91" />
            <source>The cell size must be a positive number of metres.</source>
            <translation>The cell size must be a positive number of metres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="399" />
            <location filename="../processing/algorithms/radio_coverage.py" line="133" />
            <location filename="../processing/algorithms/siting_common.py" line="463" />
            <source>The terrain model has no data in the area to compute; choose another extent or terrain model.</source>
            <translation>The terrain model has no data in the area to compute; choose another extent or terrain model.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="401" />
            <source>Filling the holes of a terrain model</source>
            <translation>Filling the holes of a terrain model</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="420" />
            <source>GDAL could not compute the viewshed for this transmitter.</source>
            <translation>GDAL could not compute the viewshed for this transmitter.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="444" />
            <source>The raster {} cannot be read ({}).</source>
            <translation>The raster {} cannot be read ({}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="492" />
            <source>GDAL could not rasterise the buildings.</source>
            <translation>GDAL could not rasterise the buildings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/tiling.py" line="169" />
            <source>The tile size must be at least 16 cells.</source>
            <translation>The tile size must be at least 16 cells.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="47" />
            <source>The address register sent an address whose position cannot be read; the service may have changed, try again later.</source>
            <translation>The address register sent an address whose position cannot be read; the service may have changed, try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="49" />
            <source>The address register sent a position in an unknown coordinate system; the service may have changed, try again later.</source>
            <translation>The address register sent a position in an unknown coordinate system; the service may have changed, try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="51" />
            <source>The address register sent an object without identifier; the service may have changed, try again later.</source>
            <translation>The address register sent an object without identifier; the service may have changed, try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="53" />
            <source>The address register sent an unreadable address detail; try again later.</source>
            <translation>The address register sent an unreadable address detail; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="87" />
            <source>The address register sent a position labelled EPSG:{declared} whose coordinates are EPSG:{sniffed}; nothing was changed, report this to Digitaal Vlaanderen.</source>
            <translation>The address register sent a position labelled EPSG:{declared} whose coordinates are EPSG:{sniffed}; nothing was changed, report this to Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="164" />
            <source>The address register sent an unexpected list of addresses; the service may have changed, check its address in the plugin settings.</source>
            <translation>The address register sent an unexpected list of addresses; the service may have changed, check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="172" />
            <source>The address register sent an unexpected list of municipalities; the service may have changed, check its address in the plugin settings.</source>
            <translation>The address register sent an unexpected list of municipalities; the service may have changed, check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="194" />
            <location filename="../smart_municipality/sources/ogc_features.py" line="112" />
            <source>{service} keeps sending the same page; try again later.</source>
            <translation>{service} keeps sending the same page; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="198" />
            <source>{service} sent more pages than expected; try again later.</source>
            <translation>{service} sent more pages than expected; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="34" />
            <source>Geolocation (address search)</source>
            <translation>Geolocation (address search)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="37" />
            <source>Address register (basisregisters)</source>
            <translation>Address register (basisregisters)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="40" />
            <location filename="../smart_municipality/sources/grb.py" line="54" />
            <source>GRB download (OGC API Features)</source>
            <translation>GRB download (OGC API Features)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="42" />
            <source>GRB map (WMS)</source>
            <translation>GRB map (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="44" />
            <source>GRB base map (WMTS)</source>
            <translation>GRB base map (WMTS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="46" />
            <source>Orthophoto (WMTS)</source>
            <translation>Orthophoto (WMTS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="48" />
            <source>Elevation model DHMV (WMS)</source>
            <translation>Elevation model DHMV (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="50" />
            <source>Administrative boundaries VRBG (WMS)</source>
            <translation>Administrative boundaries VRBG (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="53" />
            <source>Administrative boundaries VRBG (OGC API Features)</source>
            <translation>Administrative boundaries VRBG (OGC API Features)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="56" />
            <source>Cadastral parcels (Capakey)</source>
            <translation>Cadastral parcels (Capakey)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="58" />
            <source>Works on the public domain (GIPOD)</source>
            <translation>Works on the public domain (GIPOD)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="59" />
            <source>sensor.community (citizen sensors)</source>
            <translation>sensor.community (citizen sensors)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="62" />
            <source>sensor.community archive</source>
            <translation>sensor.community archive</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="63" />
            <source>Telraam (traffic counts)</source>
            <translation>Telraam (traffic counts)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="64" />
            <source>IRCEL-CELINE air-quality stations</source>
            <translation>IRCEL-CELINE air-quality stations</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/geolocation.py" line="65" />
            <source>The geolocation service sent an unexpected answer ({what}); the service may have changed, check its address in the plugin settings.</source>
            <translation>The geolocation service sent an unexpected answer ({what}); the service may have changed, check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="36" />
            <source>Buildings (GBG)</source>
            <translation>Buildings (GBG)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="37" />
            <source>Parcels (ADP)</source>
            <translation>Parcels (ADP)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="38" />
            <source>Road surfaces (WBN)</source>
            <translation>Road surfaces (WBN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="39" />
            <source>Engineering structures (KNW)</source>
            <translation>Engineering structures (KNW)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="40" />
            <source>Building attachments (GBA)</source>
            <translation>Building attachments (GBA)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="41" />
            <source>Road parts (WGO)</source>
            <translation>Road parts (WGO)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="42" />
            <source>Terrain (TRN)</source>
            <translation>Terrain (TRN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="43" />
            <source>Railways (SBN)</source>
            <translation>Railways (SBN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="44" />
            <source>Watercourses (WTZ)</source>
            <translation>Watercourses (WTZ)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="53" />
            <source>{service} sent an unexpected list of collections; the service may have changed.</source>
            <translation>{service} sent an unexpected list of collections; the service may have changed.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="37" />
            <source>IRCEL-CELINE answered without time-series values.</source>
            <translation>IRCEL-CELINE answered without time-series values.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="57" />
            <source>IRCEL-CELINE answered something that is not a list of stations.</source>
            <translation>IRCEL-CELINE answered something that is not a list of stations.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/ogc_features.py" line="66" />
            <source>{service} sent an answer that is not a feature collection; the service may have changed, check its address in the plugin settings.</source>
            <translation>{service} sent an answer that is not a feature collection; the service may have changed, check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/ogc_features.py" line="116" />
            <source>{service} sent more pages than expected; choose a smaller area.</source>
            <translation>{service} sent more pages than expected; choose a smaller area.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensor_community.py" line="44" />
            <source>{service} answered something that is not a list of sensors.</source>
            <translation>{service} answered something that is not a list of sensors.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="94" />
            <source>'{url}' is not a web address; give the SensorThings service root, for example https://host/FROST-Server/v1.1.</source>
            <translation>'{url}' is not a web address; give the SensorThings service root, for example https://host/FROST-Server/v1.1.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="97" />
            <source>SensorThings server {host}</source>
            <translation>SensorThings server {host}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="110" />
            <source>{service} answered something that is not a SensorThings collection; check the service address.</source>
            <translation>{service} answered something that is not a SensorThings collection; check the service address.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="119" />
            <source>{service} keeps sending the same next page; the server's paging is broken.</source>
            <translation>{service} keeps sending the same next page; the server's paging is broken.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="123" />
            <source>{service} sends more pages than can be read at once; narrow the time range or area.</source>
            <translation>{service} sends more pages than can be read at once; narrow the time range or area.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/status.py" line="103" />
            <location filename="../smart_municipality/sources/transport.py" line="83" />
            <source>{service} sent an incomplete or unreadable answer; try again later.</source>
            <translation>{service} sent an incomplete or unreadable answer; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/status.py" line="105" />
            <source>{service} answers, but not like the service it should be; check its address in the plugin settings.</source>
            <translation>{service} answers, but not like the service it should be; check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="35" />
            <source>Telraam needs an API key: store it in the QGIS authentication database (a Basic configuration with the key as password) and choose that configuration.</source>
            <translation>Telraam needs an API key: store it in the QGIS authentication database (a Basic configuration with the key as password) and choose that configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="40" />
            <source>The authentication configuration '{id}' cannot be read; check it in Settings › Options › Authentication.</source>
            <translation>The authentication configuration '{id}' cannot be read; check it in Settings › Options › Authentication.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="49" />
            <source>The authentication configuration '{id}' holds no Telraam key (use a Basic configuration with the key as password).</source>
            <translation>The authentication configuration '{id}' holds no Telraam key (use a Basic configuration with the key as password).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="95" />
            <source>{service} answered without a traffic report.</source>
            <translation>{service} answered without a traffic report.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="79" />
            <source>{service} answered with a web page instead of data; check its address in the plugin settings.</source>
            <translation>{service} answered with a web page instead of data; check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="201" />
            <source>{service} is busy and asks to wait {seconds} s; try again later.</source>
            <translation>{service} is busy and asks to wait {seconds} s; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="303" />
            <source>{service} did not answer in time; check your connection or try again later.</source>
            <translation>{service} did not answer in time; check your connection or try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="305" />
            <source>{service} sends the request from one address to another without end (too many redirects); check its address in the plugin settings.</source>
            <translation>{service} sends the request from one address to another without end (too many redirects); check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="308" />
            <source>{service} sends the request on to an unencrypted (http) address, which is not followed; check its address in the plugin settings.</source>
            <translation>{service} sends the request on to an unencrypted (http) address, which is not followed; check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="311" />
            <source>The proxy between QGIS and {service} asks for a user name and password (HTTP 407); enter them under Settings › Options › Network.</source>
            <translation>The proxy between QGIS and {service} asks for a user name and password (HTTP 407); enter them under Settings › Options › Network.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="314" />
            <source>The proxy between QGIS and {service} cannot be reached; check the proxy under Settings › Options › Network.</source>
            <translation>The proxy between QGIS and {service} cannot be reached; check the proxy under Settings › Options › Network.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="317" />
            <source>{service} cannot be reached: nothing answers at its address (connection refused); check the address in the plugin settings or try again later.</source>
            <translation>{service} cannot be reached: nothing answers at its address (connection refused); check the address in the plugin settings or try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="320" />
            <source>{service} broke off its answer before the end; try again later.</source>
            <translation>{service} broke off its answer before the end; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="322" />
            <source>{service} closed the connection without answering; try again later.</source>
            <translation>{service} closed the connection without answering; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="324" />
            <source>{service} cannot be reached: its host name is unknown; check your network connection or the address in the plugin settings.</source>
            <translation>{service} cannot be reached: its host name is unknown; check your network connection or the address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="326" />
            <source>{service} cannot be reached; check your network or proxy settings, or the address in the plugin settings.</source>
            <translation>{service} cannot be reached; check your network or proxy settings, or the address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="337" />
            <source>{service} refused access (HTTP {status}); check the authentication configuration.</source>
            <translation>{service} refused access (HTTP {status}); check the authentication configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="339" />
            <source>{service} does not know this request (HTTP 404); the service may have moved: check its address in the plugin settings.</source>
            <translation>{service} does not know this request (HTTP 404); the service may have moved: check its address in the plugin settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="342" />
            <source>{service} no longer offers this data (HTTP 410).</source>
            <translation>{service} no longer offers this data (HTTP 410).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="346" />
            <source>{service} is receiving too many requests (HTTP 429); try again in a few minutes.</source>
            <translation>{service} is receiving too many requests (HTTP 429); try again in a few minutes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="348" />
            <source>{service} is temporarily unavailable (HTTP 503), perhaps for maintenance; try again later.</source>
            <translation>{service} is temporarily unavailable (HTTP 503), perhaps for maintenance; try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="350" />
            <source>{service} has a problem of its own (HTTP {status}); try again later.</source>
            <translation>{service} has a problem of its own (HTTP {status}); try again later.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="352" />
            <source>{service} rejected the request (HTTP {status}).</source>
            <translation>{service} rejected the request (HTTP {status}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/vrbg.py" line="74" />
            <source>The boundary service (VRBG) has no municipality with NIS code {nis}; check the code or choose the municipality from the list.</source>
            <translation>The boundary service (VRBG) has no municipality with NIS code {nis}; check the code or choose the municipality from the list.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="108" />
            <source>unknown (edited outside the plugin)</source>
            <translation>unknown (edited outside the plugin)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="214" />
            <source>The store {store} is closed; open it again.</source>
            <translation>The store {store} is closed; open it again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="217" />
            <location filename="../smart_municipality/store/geopackage.py" line="585" />
            <location filename="../smart_municipality/store/postgis.py" line="557" />
            <source>{store} is read-only here; copy it to a folder you can write in, or ask for write access.</source>
            <translation>{store} is read-only here; copy it to a folder you can write in, or ask for write access.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="227" />
            <source>The store has no table '{table}'.</source>
            <translation>The store has no table '{table}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="245" />
            <source>{store} was written by a newer version of Smart Municipality (store version {found}, this plugin knows up to {known}); update the plugin to open it.</source>
            <translation>{store} was written by a newer version of Smart Municipality (store version {found}, this plugin knows up to {known}); update the plugin to open it.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="252" />
            <source>{store} must be upgraded for this plugin version but is read-only; ask for write access or use the plugin version that made it.</source>
            <translation>{store} must be upgraded for this plugin version but is read-only; ask for write access or use the plugin version that made it.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="296" />
            <source>You may not create the study tables in {store}; ask the database administrator to create them or to give you the right to.</source>
            <translation>You may not create the study tables in {store}; ask the database administrator to create them or to give you the right to.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="300" />
            <source>{store} needs an upgrade to store version {version} that only its owner may do; ask the database administrator to open it once with this plugin version.</source>
            <translation>{store} needs an upgrade to store version {version} that only its owner may do; ask the database administrator to open it once with this plugin version.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="306" />
            <source> (a copy of the original is at {path})</source>
            <translation> (a copy of the original is at {path})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="309" />
            <source>Upgrading {store} to store version {version} failed and was undone{backup}; report this to the plugin authors.</source>
            <translation>Upgrading {store} to store version {version} failed and was undone{backup}; report this to the plugin authors.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="326" />
            <source>{count} records of {table} were stored twice (by imports that ran at the same time); the copies were removed, one of each was kept.</source>
            <translation>{count} records of {table} were stored twice (by imports that ran at the same time); the copies were removed, one of each was kept.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="363" />
            <source>Cancelled; nothing was written to {store}.</source>
            <translation>Cancelled; nothing was written to {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="397" />
            <source>{table} has no row versions; replace its rows instead.</source>
            <translation>{table} has no row versions; replace its rows instead.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="399" />
            <source>Nothing to change.</source>
            <translation>Nothing to change.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="439" />
            <source>Say which records of {table} to delete.</source>
            <translation>Say which records of {table} to delete.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="456" />
            <source>Record {fid} of {table} no longer exists; someone deleted it.</source>
            <translation>Record {fid} of {table} no longer exists; someone deleted it.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="461" />
            <source>Record {fid} of {table} was changed by {user} at {time} after you opened it; reload it and apply your change again.</source>
            <translation>Record {fid} of {table} was changed by {user} at {time} after you opened it; reload it and apply your change again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="462" />
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="466" />
            <source>You may not change record {fid} of {table} in {store}; ask the administrator for editor rights for its municipality.</source>
            <translation>You may not change record {fid} of {table} in {store}; ask the administrator for editor rights for its municipality.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="479" />
            <source>Give a record of {table} by its fid or its key.</source>
            <translation>Give a record of {table} by its fid or its key.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="484" />
            <source>{table} has no single record {key}.</source>
            <translation>{table} has no single record {key}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="497" />
            <source>Records cannot be filtered on column '{column}'.</source>
            <translation>Records cannot be filtered on column '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="502" />
            <location filename="../smart_municipality/store/base.py" line="545" />
            <location filename="../smart_municipality/store/base.py" line="555" />
            <location filename="../smart_municipality/store/base.py" line="649" />
            <source>{table} has no column '{column}'.</source>
            <translation>{table} has no column '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="531" />
            <location filename="../smart_municipality/store/base.py" line="635" />
            <source>{table} is not split by municipality.</source>
            <translation>{table} is not split by municipality.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="666" />
            <source>{table} has no natural key.</source>
            <translation>{table} has no natural key.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="699" />
            <source>Counting per area needs a point table; {table} is not one.</source>
            <translation>Counting per area needs a point table; {table} is not one.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="706" />
            <source>the areas</source>
            <translation>the areas</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="90" />
            <source>QGIS has no saved PostgreSQL connection '{name}'; create it in the Browser panel (PostgreSQL ▸ New Connection) or pick one of: {names}.</source>
            <translation>QGIS has no saved PostgreSQL connection '{name}'; create it in the Browser panel (PostgreSQL ▸ New Connection) or pick one of: {names}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="141" />
            <source>The QGIS authentication configuration '{authcfg}' of connection '{name}' cannot be read; unlock the authentication database (master password) or correct the configuration.</source>
            <translation>The QGIS authentication configuration '{authcfg}' of connection '{name}' cannot be read; unlock the authentication database (master password) or correct the configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="147" />
            <source>The authentication configuration of connection '{name}' is of type {method}; use a 'Basic' (user name and password) configuration.</source>
            <translation>The authentication configuration of connection '{name}' is of type {method}; use a 'Basic' (user name and password) configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="39" />
            <source>Your database role may not read everything of {source} that a copy needs; ask the database administrator to run resources/sql/postgis_roles.sql of this plugin version again.</source>
            <translation>Your database role may not read everything of {source} that a copy needs; ask the database administrator to run resources/sql/postgis_roles.sql of this plugin version again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="62" />
            <source>Copying {source} to {target} failed in the database ({reason}); nothing was copied.</source>
            <translation>Copying {source} to {target} failed in the database ({reason}); nothing was copied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="68" />
            <source>{source} and {target} have different tables; open both with the same plugin version.</source>
            <translation>{source} and {target} have different tables; open both with the same plugin version.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="78" />
            <source>{target} already holds data ({table}: {count} records); choose an empty store or let the copy replace its data.</source>
            <translation>{target} already holds data ({table}: {count} records); choose an empty store or let the copy replace its data.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="96" />
            <source>Cancelled; nothing was copied to {store}.</source>
            <translation>Cancelled; nothing was copied to {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="121" />
            <source>The copy of {table} into {target} has {found} records instead of {expected}; nothing was copied.</source>
            <translation>The copy of {table} into {target} has {found} records instead of {expected}; nothing was copied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="136" />
            <source>The source and the target are the same store; choose another target.</source>
            <translation>The source and the target are the same store; choose another target.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="141" />
            <location filename="../smart_municipality/store/geopackage.py" line="242" />
            <source>The folder {folder} does not exist; choose an existing folder for the GeoPackage.</source>
            <translation>The folder {folder} does not exist; choose an existing folder for the GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="148" />
            <source>{target} was created by someone else while copying; nothing was copied. Choose another target or let the copy replace its data.</source>
            <translation>{target} was created by someone else while copying; nothing was copied. Choose another target or let the copy replace its data.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="228" />
            <source>The GeoPackage {path} does not exist; check the path.</source>
            <translation>The GeoPackage {path} does not exist; check the path.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="255" />
            <source>{store} could not be created; check that the folder is writable.</source>
            <translation>{store} could not be created; check that the folder is writable.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="258" />
            <source>{store} could not be created ({reason}); check that the folder is writable.</source>
            <translation>{store} could not be created ({reason}); check that the folder is writable.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="303" />
            <source>{path} is an SQLite database but not a GeoPackage; choose a .gpkg file.</source>
            <translation>{path} is an SQLite database but not a GeoPackage; choose a .gpkg file.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="379" />
            <source>{store} needs an upgrade, but a backup copy could not be written next to it; nothing was changed. Free some space or make the folder writable.</source>
            <translation>{store} needs an upgrade, but a backup copy could not be written next to it; nothing was changed. Free some space or make the folder writable.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="582" />
            <source>The disk holding {store} is full; nothing was saved. Free some space and try again.</source>
            <translation>The disk holding {store} is full; nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="588" />
            <location filename="../smart_municipality/store/postgis.py" line="563" />
            <source>{store} is busy: someone else is writing to it; try again in a moment.</source>
            <translation>{store} is busy: someone else is writing to it; try again in a moment.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="591" />
            <source>{store} could not be written (disk error); nothing was saved. Check the disk or the network share.</source>
            <translation>{store} could not be written (disk error); nothing was saved. Check the disk or the network share.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="594" />
            <location filename="../smart_municipality/store/postgis.py" line="581" />
            <source>{store} lacks tables or columns of the study ({detail}); it was changed outside the plugin. Restore it from a backup.</source>
            <translation>{store} lacks tables or columns of the study ({detail}); it was changed outside the plugin. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="597" />
            <source>{store} is damaged; restore it from a backup.</source>
            <translation>{store} is damaged; restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="600" />
            <location filename="../smart_municipality/store/postgis.py" line="566" />
            <source>Some records already exist in {table} (same key); nothing was saved.</source>
            <translation>Some records already exist in {table} (same key); nothing was saved.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="603" />
            <location filename="../smart_municipality/store/postgis.py" line="569" />
            <source>Some records of {table} refer to records that do not exist; nothing was saved.</source>
            <translation>Some records of {table} refer to records that do not exist; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="606" />
            <location filename="../smart_municipality/store/postgis.py" line="572" />
            <source>Some records of {table} miss a required value; nothing was saved.</source>
            <translation>Some records of {table} miss a required value; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="609" />
            <location filename="../smart_municipality/store/postgis.py" line="575" />
            <source>Some values for {table} are not allowed (for example a NIS code that is not five digits); nothing was saved.</source>
            <translation>Some values for {table} are not allowed (for example a NIS code that is not five digits); nothing was saved.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="128" />
            <source>A study store on PostGIS</source>
            <translation>A study store on PostGIS</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="128" />
            <source>use a GeoPackage study store</source>
            <translation>use a GeoPackage study store</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="138" />
            <source>There is no study in schema {schema} of connection {name}; check the name.</source>
            <translation>There is no study in schema {schema} of connection {name}; check the name.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="157" />
            <source>PostgreSQL refused the login of connection {name}; check the user name and the password in its QGIS authentication configuration.</source>
            <translation>PostgreSQL refused the login of connection {name}; check the user name and the password in its QGIS authentication configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="160" />
            <source>The database of connection {name} does not exist; check the connection settings.</source>
            <translation>The database of connection {name} does not exist; check the connection settings.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="162" />
            <source>Cannot reach the PostgreSQL server of connection {name}; check that it is running and that the connection settings are right.</source>
            <translation>Cannot reach the PostgreSQL server of connection {name}; check that it is running and that the connection settings are right.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="178" />
            <source>The database of connection {name} has no PostGIS extension; ask its administrator to run CREATE EXTENSION postgis in it.</source>
            <translation>The database of connection {name} has no PostGIS extension; ask its administrator to run CREATE EXTENSION postgis in it.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="189" />
            <source>The connection to {store} was lost; nothing of this change was saved. Check the network or the server and try again.</source>
            <translation>The connection to {store} was lost; nothing of this change was saved. Check the network or the server and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="554" />
            <source>{store} refused the change: you have no editor rights for it or for this municipality; ask the database administrator.</source>
            <translation>{store} refused the change: you have no editor rights for it or for this municipality; ask the database administrator.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="560" />
            <source>The disk of the database server of {store} is full; nothing was saved. Ask the administrator to free space.</source>
            <translation>The disk of the database server of {store} is full; nothing was saved. Ask the administrator to free space.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="578" />
            <source>Some values for {table} are not valid for the database; nothing was saved.</source>
            <translation>Some values for {table} are not valid for the database; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="585" />
            <source>The study tables in {store} are missing; open the store again to recreate them, or check the schema name.</source>
            <translation>The study tables in {store} are missing; open the store again to recreate them, or check the schema name.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/uri.py" line="56" />
            <source>'{text}' is neither a GeoPackage file (*.gpkg) nor a PostGIS store (pg:&lt;saved connection&gt;?schema=&lt;schema&gt;); choose one of the two.</source>
            <translation>'{text}' is neither a GeoPackage file (*.gpkg) nor a PostGIS store (pg:&lt;saved connection&gt;?schema=&lt;schema&gt;); choose one of the two.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/uri.py" line="69" />
            <source>The schema name '{schema}' is not usable; use lower-case letters, digits and underscores only.</source>
            <translation>The schema name '{schema}' is not usable; use lower-case letters, digits and underscores only.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="56" />
            <source>Column '{column}' of {table} holds values that are not {kind} (for example {example}); correct them and import again.</source>
            <translation>Column '{column}' of {table} holds values that are not {kind} (for example {example}); correct them and import again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="76" />
            <source>Rows for {table} must be records with column names.</source>
            <translation>Rows for {table} must be records with column names.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="85" />
            <source>{table} has no column(s) {columns}; check the column names and import again.</source>
            <translation>{table} has no column(s) {columns}; check the column names and import again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="92" />
            <source>The column(s) {columns} are managed by the store and cannot be written.</source>
            <translation>The column(s) {columns} are managed by the store and cannot be written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="102" />
            <source>{table} needs the column(s) {columns}; add them and import again.</source>
            <translation>{table} needs the column(s) {columns}; add them and import again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="120" />
            <source>Column '{column}' of {table} is empty in some rows; every row needs a value.</source>
            <translation>Column '{column}' of {table} is empty in some rows; every row needs a value.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="127" />
            <source>five-digit NIS codes</source>
            <translation>five-digit NIS codes</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="138" />
            <source>numbers</source>
            <translation>numbers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="175" />
            <location filename="../smart_municipality/store/values.py" line="182" />
            <location filename="../smart_municipality/store/values.py" line="183" />
            <source>whole numbers</source>
            <translation>whole numbers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="198" />
            <location filename="../smart_municipality/store/values.py" line="206" />
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="217" />
            <source>true/false values</source>
            <translation>true/false values</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="232" />
            <source>dates</source>
            <translation>dates</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="241" />
            <source>dates (YYYY-MM-DD)</source>
            <translation>dates (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="248" />
            <source>times with a time zone (UTC or an offset)</source>
            <translation>times with a time zone (UTC or an offset)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="283" />
            <source>Column '{column}' of {table} holds times without a time zone (for example {example}); give them in UTC or with an offset.</source>
            <translation>Column '{column}' of {table} holds times without a time zone (for example {example}); give them in UTC or with an offset.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="297" />
            <location filename="../smart_municipality/store/values.py" line="301" />
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="324" />
            <source>{table} takes {expected} geometries, not {found}; convert them first.</source>
            <translation>{table} takes {expected} geometries, not {found}; convert them first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="354" />
            <source>geometries</source>
            <translation>geometries</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="391" />
            <source>another coordinate system</source>
            <translation>another coordinate system</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="393" />
            <source>The geometries for {table} look like {looks}, not Belgian Lambert 72 (EPSG:31370); reproject them to EPSG:31370 first.</source>
            <translation>The geometries for {table} look like {looks}, not Belgian Lambert 72 (EPSG:31370); reproject them to EPSG:31370 first.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/dates.py" line="148" />
            <source> (taken from {source})</source>
            <translation> (taken from {source})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/dates.py" line="149" />
            <source>The export date {date}{where} cannot be true (today is {today}); give the real export date; nothing was imported.</source>
            <translation>The export date {date}{where} cannot be true (today is {today}); give the real export date; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="35" />
            <source>Hot spot analysis</source>
            <translation>Hot spot analysis</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="347" />
            <source>Global Moran's I needs at least 3 areas with a value; there are {n}.</source>
            <translation>Global Moran's I needs at least 3 areas with a value; there are {n}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="350" />
            <source>Global Moran's I is undefined: every analysed area has the same value ({value:g}).</source>
            <translation>Global Moran's I is undefined: every analysed area has the same value ({value:g}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="354" />
            <source>Global Moran's I is undefined: no analysed area has a neighbour; choose k nearest neighbours or a larger distance band.</source>
            <translation>Global Moran's I is undefined: no analysed area has a neighbour; choose k nearest neighbours or a larger distance band.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="357" />
            <source>Global Moran's I {value:.3f}.</source>
            <translation>Global Moran's I {value:.3f}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="506" />
            <source>There are no premises in the register on the reference date.</source>
            <translation>There are no premises in the register on the reference date.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="510" />
            <source>The grid would have {n} cells; choose a larger cell size or a smaller study area.</source>
            <translation>The grid would have {n} cells; choose a larger cell size or a smaller study area.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="71" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="183" />
            <source>The layer {layer} has no field {fields}; choose the right layer or field.</source>
            <translation>The layer {layer} has no field {fields}; choose the right layer or field.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="74" />
            <source>The layer {layer} has no coordinate reference system; set it (EPSG:31370 for GRB and the address register) and try again.</source>
            <translation>The layer {layer} has no coordinate reference system; set it (EPSG:31370 for GRB and the address register) and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="192" />
            <source>The layer {layer} has the impossible date {value} in field {field}; correct it and try again.</source>
            <translation>The layer {layer} has the impossible date {value} in field {field}; correct it and try again.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="90" />
            <source>The export would contain the column(s) {columns}, which may hold personal or tax data; nothing was written.</source>
            <translation>The export would contain the column(s) {columns}, which may hold personal or tax data; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="103" />
            <source>The indicators layer lacks {fields}; use the output of Vacancy indicators per area.</source>
            <translation>The indicators layer lacks {fields}; use the output of Vacancy indicators per area.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="162" />
            <source>The indicators layer has the impossible value {value} in {field} for area {area} ({n} such areas); recompute the indicators and try again; nothing was written.</source>
            <translation>The indicators layer has the impossible value {value} in {field} for area {area} ({n} such areas); recompute the indicators and try again; nothing was written.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="197" />
            <source>Unknown property type(s) {types}; choose from {known}.</source>
            <translation>Unknown property type(s) {types}; choose from {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="439" />
            <source>Unknown format {format}; choose GeoJSON, CSV or GeoPackage.</source>
            <translation>Unknown format {format}; choose GeoJSON, CSV or GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="72" />
            <source>{rows} rows: {new} new dossiers, {changed} changed ({status} status changes, {removed} removed), {unchanged} unchanged, {rejected} rejected, {unplaced} without location.</source>
            <translation>{rows} rows: {new} new dossiers, {changed} changed ({status} status changes, {removed} removed), {unchanged} unchanged, {rejected} rejected, {unplaced} without location.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="207" />
            <source>No dossier of the export could be read; see the rejected rows for the reasons.</source>
            <translation>No dossier of the export could be read; see the rejected rows for the reasons.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="236" />
            <source>the municipality is unknown (no matched address, Gemeente or Postcode); give the NIS code</source>
            <translation>the municipality is unknown (no matched address, Gemeente or Postcode); give the NIS code</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="279" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="181" />
            <source>Cancelled; the register was left as it was.</source>
            <translation>Cancelled; the register was left as it was.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="312" />
            <source>Row {row}: the {column} '{value}' cannot be true ({n} such dates in the export); correct the export and import it again; nothing was imported.</source>
            <translation>Row {row}: the {column} '{value}' cannot be true ({n} such dates in the export); correct the export and import it again; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="326" />
            <source>This export is dated {date}, older than the last one imported ({last}); importing it would undo newer changes. Import the newest export, or allow older exports explicitly.</source>
            <translation>This export is dated {date}, older than the last one imported ({last}); importing it would undo newer changes. Import the newest export, or allow older exports explicitly.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="426" />
            <source>Entered in the register with status {status}.</source>
            <translation>Entered in the register with status {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="427" />
            <source>Recorded with status {status}.</source>
            <translation>Recorded with status {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="431" />
            <source>Removed from the register (schrapping).</source>
            <translation>Removed from the register (schrapping).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="434" />
            <source>Deleted from the store.</source>
            <translation>Deleted from the store.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="440" />
            <source>Removed from the register (schrapping); status was {old}.</source>
            <translation>Removed from the register (schrapping); status was {old}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="442" />
            <source>Back in the register with status {new}.</source>
            <translation>Back in the register with status {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="444" />
            <source>Status changed from {old} to {new}.</source>
            <translation>Status changed from {old} to {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="451" />
            <source>Changed: {fields}.</source>
            <translation>Changed: {fields}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/spatial.py" line="615" />
            <source>Linking addresses to street segments</source>
            <translation>Linking addresses to street segments</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="59" />
            <source>{accepted} dossiers read, {rejected} rows rejected.</source>
            <translation>{accepted} dossiers read, {rejected} rows rejected.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="69" />
            <source>'{role}' is not a column role of the vacancy import; use one of: {roles}.</source>
            <translation>'{role}' is not a column role of the vacancy import; use one of: {roles}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="72" />
            <source>The column '{column}' given for {role} is not in the file; its columns are: {columns}.</source>
            <translation>The column '{column}' given for {role} is not in the file; its columns are: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="77" />
            <source>The file has no column for {roles}; name the columns in the column mapping (for example dossiernummer=Dossier nr).</source>
            <translation>The file has no column for {roles}; name the columns in the column mapping (for example dossiernummer=Dossier nr).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="147" />
            <source>no dossier number</source>
            <translation>no dossier number</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="158" />
            <source>unknown status '{status}': add it to the status mapping (for example '{status}=opgenomen')</source>
            <translation>unknown status '{status}': add it to the status mapping (for example '{status}=opgenomen')</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="160" />
            <source>no status</source>
            <translation>no status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="173" />
            <source>the entry date '{value}' is not a date (use dd/mm/yyyy)</source>
            <translation>the entry date '{value}' is not a date (use dd/mm/yyyy)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="175" />
            <source>the entry date '{value}' cannot be true</source>
            <translation>the entry date '{value}' cannot be true</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="178" />
            <source>the entry date {date} lies after the export date {export}</source>
            <translation>the entry date {date} lies after the export date {export}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="181" />
            <source>registered without entry date (DatumOpname)</source>
            <translation>registered without entry date (DatumOpname)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="193" />
            <source>{column} ignored (not a date or in the future)</source>
            <translation>{column} ignored (not a date or in the future)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="205" />
            <source>property type not recognised</source>
            <translation>property type not recognised</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="227" />
            <source>the CapaKey '{key}' is malformed and there is no address</source>
            <translation>the CapaKey '{key}' is malformed and there is no address</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="228" />
            <source>no address and no parcel (CapaKey) to place the dossier on</source>
            <translation>no address and no parcel (CapaKey) to place the dossier on</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="229" />
            <source>malformed CapaKey ignored</source>
            <translation>malformed CapaKey ignored</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="230" />
            <source>short CapaKey, matched within the municipality's parcels</source>
            <translation>short CapaKey, matched within the municipality's parcels</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="254" />
            <source>the same dossier id {id} as row {row}; only the first is read</source>
            <translation>the same dossier id {id} as row {row}; only the first is read</translation>
        </message>
    </context>
</TS>
