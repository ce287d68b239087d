<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
    <context>
        <name>SmartMunicipality</name>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="44" />
            <source>Aggregate sensor readings</source>
            <translation>Sensormetingen aggregeren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="45" />
            <source>Statistics of one property per sensor or per area (polygons), per hour, day, week, month or year (calendar periods in Belgian time; the clock-change days have 23 and 25 hours and are counted so).&lt;br&gt;Columns: number of valid readings and of expected readings, data completeness (%), mean, median, minimum, maximum, sum, a percentile and the number of exceedances of a threshold — of single readings (e.g. NO2 hours above 200 µg/m³) or of daily means (e.g. PM10 days above 50 µg/m³).&lt;br&gt;&lt;b&gt;EU rule&lt;/b&gt;: a period mean is only given when at least the minimum completeness (75 % by default) of the period holds valid readings; mean_raw keeps the unqualified mean. Readings marked invalid (Telraam uptime ≤ 0.5, AirBase flags, negative concentrations) never count.&lt;br&gt;Per area, the readings of every sensor inside the polygon are pooled; sensors outside every polygon are left out.</source>
            <translation>Statistieken van één grootheid per sensor of per gebied (polygonen), per uur, dag, week, maand of jaar (kalenderperiodes in Belgische tijd; de dagen van de klokwissel hebben 23 en 25 uur en worden zo geteld).&lt;br&gt;Kolommen: aantal geldige en verwachte metingen, volledigheid van de gegevens (%), gemiddelde, mediaan, minimum, maximum, som, een percentiel en het aantal overschrijdingen van een drempel — van afzonderlijke metingen (bv. NO2-uren boven 200 µg/m³) of van daggemiddelden (bv. PM10-dagen boven 50 µg/m³).&lt;br&gt;&lt;b&gt;EU-regel&lt;/b&gt;: een periodegemiddelde wordt alleen gegeven als minstens de minimale volledigheid (standaard 75 %) van de periode geldige metingen bevat; mean_raw bewaart het onvoorwaardelijke gemiddelde. Metingen die als ongeldig gemarkeerd zijn (Telraam-uptime ≤ 0,5, AirBase-vlaggen, negatieve concentraties), tellen nooit mee.&lt;br&gt;Per gebied worden de metingen van alle sensoren binnen de polygoon samengevoegd; sensoren buiten elke polygoon worden weggelaten.</translation>
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
            <translation>gebied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="76" />
            <source>Areas (for 'per area')</source>
            <translation>Gebieden (voor 'per gebied')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="77" />
            <location filename="../processing/algorithms/site_sensors.py" line="83" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="137" />
            <source>Area name field</source>
            <translation>Veld met de naam van het gebied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="82" />
            <source>Percentile</source>
            <translation>Percentiel</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="84" />
            <source>Threshold for exceedances</source>
            <translation>Drempel voor overschrijdingen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="86" />
            <source>Count exceedances of</source>
            <translation>Overschrijdingen tellen van</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="87" />
            <source>single readings</source>
            <translation>afzonderlijke metingen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="87" />
            <source>daily means</source>
            <translation>daggemiddelden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="88" />
            <source>Minimum data completeness (%)</source>
            <translation>Minimale volledigheid van de gegevens (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="90" />
            <source>Statistics</source>
            <translation>Statistieken</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="139" />
            <source>The store holds no {property} readings for this municipality and period.</source>
            <translation>De opslag bevat geen metingen van {property} voor deze gemeente en periode.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="143" />
            <source>{n} readings of {sensors} sensors.</source>
            <translation>{n} metingen van {sensors} sensoren.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="168" />
            <source>Choose the area layer to aggregate per area.</source>
            <translation>Kies de laag met gebieden om per gebied te aggregeren.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="56" />
            <source>Calibrate path loss from measurements</source>
            <translation>Padverlies kalibreren op metingen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="57" />
            <source>Fits the log-distance path-loss model PL(d) = PL(1 km) + 10·n·log(d/1 km) to measured uplinks (a TTN Mapper export or a field test: position, gateway id, RSSI, SNR), jointly and per gateway.&lt;br&gt;Measured path loss = EIRP + gain − cable loss − (RSSI + min(SNR, 0)). Rows with an empty RSSI or −200 dBm are packets that were not received; when there are such rows the fit is a censored (Tobit) maximum-likelihood fit, otherwise ordinary least squares.&lt;br&gt;Reports the RMSE of the chosen prior model and of the fit, and (with three gateways or more) the RMSE on each gateway left out of the fit. The fit is saved as a parameter set under its name (and optionally as a .json file) that 'Radio coverage' and 'Place gateways' accept.&lt;br&gt;Give the measurements either as a point layer in the gateways' CRS or as a CSV file (comma or semicolon, lat/lon in WGS84 or x/y in Lambert 72).</source>
            <translation>Past het log-afstandsmodel voor padverlies PL(d) = PL(1 km) + 10·n·log(d/1 km) aan op gemeten uplinks (een export van TTN Mapper of een veldtest: positie, gateway-id, RSSI, SNR), samen en per gateway.&lt;br&gt;Gemeten padverlies = EIRP + versterking − kabelverlies − (RSSI + min(SNR, 0)). Rijen met een lege RSSI of −200 dBm zijn pakketten die niet ontvangen werden; als er zulke rijen zijn, is de aanpassing een gecensureerde (Tobit) maximumlikelihoodschatting, anders gewone kleinste kwadraten.&lt;br&gt;Meldt de RMSE van het gekozen voorafgaande model en van de aanpassing, en (met drie gateways of meer) de RMSE op elke gateway die buiten de aanpassing gelaten werd. De aanpassing wordt onder haar naam bewaard als parameterset (en desgewenst als .json-bestand) die 'Radiodekking' en 'Gateways plaatsen' aanvaarden.&lt;br&gt;Geef de metingen op als puntlaag in het CRS van de gateways of als CSV-bestand (komma of puntkomma, lat/lon in WGS84 of x/y in Lambert 72).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="90" />
            <source>Measurements (points)</source>
            <translation>Metingen (punten)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="93" />
            <source>Measurements (CSV file)</source>
            <translation>Metingen (CSV-bestand)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="95" />
            <source>Gateway id field (empty: detect)</source>
            <translation>Veld met de gateway-id (leeg: detecteren)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="96" />
            <source>RSSI field (empty: detect)</source>
            <translation>RSSI-veld (leeg: detecteren)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="97" />
            <source>SNR field (empty: detect)</source>
            <translation>SNR-veld (leeg: detecteren)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="98" />
            <source>Spreading factor field (empty: detect)</source>
            <translation>Veld met de spreidingsfactor (leeg: detecteren)</translation>
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
            <translation>Veld met de gateway-id</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="106" />
            <location filename="../processing/algorithms/siting_common.py" line="173" />
            <source>Frequency (MHz)</source>
            <translation>Frequentie (MHz)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="109" />
            <source>Device height (m above ground)</source>
            <translation>Hoogte van het toestel (m boven de grond)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="112" />
            <source>Model to compare with (RMSE before)</source>
            <translation>Model om mee te vergelijken (RMSE vooraf)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="117" />
            <source>Receiver RSSI floor (dBm; empty = estimate from the data per spreading factor)</source>
            <translation>RSSI-vloer van de ontvanger (dBm; leeg = schatten uit de metingen per spreidingsfactor)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="119" />
            <source>Also fit each gateway separately</source>
            <translation>Ook elke gateway afzonderlijk aanpassen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="121" />
            <source>Least measurements for a gateway's own fit</source>
            <translation>Minimum aantal metingen voor een eigen aanpassing per gateway</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="123" />
            <source>Name of the parameter set</source>
            <translation>Naam van de parameterset</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="124" />
            <source>Parameter set file</source>
            <translation>Bestand met de parameterset</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="125" />
            <source>Parameter set (*.json)</source>
            <translation>Parameterset (*.json)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="127" />
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="213" />
            <source>Calibration per gateway</source>
            <translation>Kalibratie per gateway</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="129" />
            <source>RMSE of the prior model (dB)</source>
            <translation>RMSE van het voorafgaande model (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="130" />
            <source>RMSE of the fit (dB)</source>
            <translation>RMSE van de aanpassing (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="131" />
            <source>RMSE on held-out gateways (dB)</source>
            <translation>RMSE op weggelaten gateways (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="132" />
            <source>Saved parameter set</source>
            <translation>Opgeslagen parameterset</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="140" />
            <source>The measurements are in {} but the gateways in {}; reproject one of them so both use the same CRS.</source>
            <translation>De metingen staan in {} maar de gateways in {}; herprojecteer een van beide zodat ze hetzelfde CRS gebruiken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="148" />
            <source>Choose the gateway id and RSSI fields of the measurements; they could not be detected from the field names.</source>
            <translation>Kies de velden met de gateway-id en de RSSI van de metingen; ze konden niet uit de veldnamen afgeleid worden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="183" />
            <source>Measurements read from a CSV file are in EPSG:31370; reproject the gateways to EPSG:31370 too.</source>
            <translation>Metingen uit een CSV-bestand staan in EPSG:31370; herprojecteer de gateways ook naar EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="186" />
            <source>Give the measurements as a point layer or as a CSV file.</source>
            <translation>Geef de metingen op als puntlaag of als CSV-bestand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="187" />
            <source>{n} measurements, {r} received.</source>
            <translation>{n} metingen, {r} ontvangen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="215" />
            <source>Joint fit: PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB; RMSE {b:.2f} dB with the prior model, {a:.2f} dB with the fit.</source>
            <translation>Gezamenlijke aanpassing: PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB; RMSE {b:.2f} dB met het voorafgaande model, {a:.2f} dB met de aanpassing.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="219" />
            <source>Saved as parameter set '{name}' ({path}); a fade margin of {m:.1f} dB gives 90 % location reliability.</source>
            <translation>Opgeslagen als parameterset '{name}' ({path}); een fadingmarge van {m:.1f} dB geeft 90 % plaatsbetrouwbaarheid.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="21" />
            <source>Compare traffic before and after</source>
            <translation>Verkeer voor en na vergelijken</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="22" />
            <source>Did a measure (a circulation plan, a school street) change the traffic more than the ordinary day-to-day variation? Two periods of the same counts (files or the study store) are compared per segment and mode.&lt;br&gt;Only days of the same type are compared: school-term weekdays with school-term weekdays (or weekend days with weekend days); school holidays and public holidays are left out unless you include the holidays.&lt;br&gt;Per mode: the average daily traffic before and after, the change in %, its 95 % confidence interval (a bootstrap over the days of each period, with a fixed seed so a rerun gives the same answer) and a verdict in words — 'fewer cars: −18 % ± 6 %' when the interval excludes zero, else 'no change beyond the usual variation'. A segment with fewer valid days than the minimum in a period is flagged, not guessed.&lt;br&gt;One feature per segment; the columns of each mode start with its name (car_change_pct, car_verdict, …).</source>
            <translation>Veranderde een maatregel (een circulatieplan, een schoolstraat) het verkeer meer dan de gewone schommeling van dag tot dag? Twee periodes van dezelfde tellingen (bestanden of de studieopslag) worden per segment en vervoerswijze vergeleken.&lt;br&gt;Enkel dagen van hetzelfde type worden vergeleken: schoolwerkdagen met schoolwerkdagen (of weekenddagen met weekenddagen); schoolvakanties en feestdagen blijven buiten beschouwing, tenzij u de vakanties meeneemt.&lt;br&gt;Per vervoerswijze: het gemiddelde verkeer per dag voor en na, de verandering in %, haar 95 %-betrouwbaarheidsinterval (een bootstrap over de dagen van elke periode, met een vaste seed zodat een nieuwe run hetzelfde antwoord geeft) en een oordeel in woorden — 'minder auto's: −18 % ± 6 %' als het interval nul uitsluit, anders 'geen verandering buiten de gewone schommeling'. Een segment met minder geldige dagen dan het minimum in een periode wordt gemarkeerd, niet geraden.&lt;br&gt;Eén object per segment; de kolommen van elke vervoerswijze beginnen met haar naam (car_change_pct, car_verdict, …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="45" />
            <source>Before: first day</source>
            <translation>Voor: eerste dag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="45" />
            <source>Before: last day</source>
            <translation>Voor: laatste dag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="46" />
            <source>After: first day</source>
            <translation>Na: eerste dag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="46" />
            <source>After: last day</source>
            <translation>Na: laatste dag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="48" />
            <source>Compare</source>
            <translation>Vergelijk</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="49" />
            <source>weekdays</source>
            <translation>werkdagen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="49" />
            <source>weekend days</source>
            <translation>weekenddagen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="51" />
            <source>Include school-holiday weekdays</source>
            <translation>Werkdagen in schoolvakanties meenemen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="52" />
            <source>Minimum valid days per period</source>
            <translation>Minimum aantal geldige dagen per periode</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="54" />
            <source>Before and after</source>
            <translation>Voor en na</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="76" />
            <source>{n} of {total} segments have too few valid days in a period and are flagged, not judged: {ids}.</source>
            <translation>{n} van {total} segmenten hebben te weinig geldige dagen in een periode en zijn gemarkeerd, niet beoordeeld: {ids}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="82" />
            <source>Change before/after</source>
            <translation>Verandering voor/na</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="16" />
            <source>Copy a study between stores</source>
            <translation>Een studie kopiëren tussen opslagplaatsen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="17" />
            <source>Store</source>
            <translation>Opslag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="19" />
            <source>Copies a whole study from one store to another: from a GeoPackage to a PostGIS schema (to share it with a team, an intercommunale or the region) or back (to take it along). Every table is copied with all records, geometries, times, row versions and the complete change history. The target must be empty unless 'Replace the data in the target' is ticked; it is written in one transaction, so a failed or cancelled copy leaves it as it was. Stores are GeoPackage files or pg:&amp;lt;saved connection&amp;gt;?schema=&amp;lt;schema&amp;gt;.</source>
            <translation>Kopieert een volledige studie van de ene opslag naar de andere: van een GeoPackage naar een PostGIS-schema (om ze te delen met een team, een intercommunale of de regio) of terug (om ze mee te nemen). Elke tabel wordt gekopieerd met alle records, geometrieën, tijden, versies van rijen en de volledige wijzigingsgeschiedenis. Het doel moet leeg zijn, tenzij 'De gegevens in het doel vervangen' aangevinkt is; het wordt in één transactie geschreven, dus een mislukte of geannuleerde kopie laat het zoals het was. Opslagplaatsen zijn GeoPackage-bestanden of pg:&amp;lt;opgeslagen verbinding&amp;gt;?schema=&amp;lt;schema&amp;gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="33" />
            <source>Source store</source>
            <translation>Bronopslag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="34" />
            <location filename="../processing/algorithms/copy_store.py" line="37" />
            <source>Target store</source>
            <translation>Doelopslag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="35" />
            <source>Replace the data in the target</source>
            <translation>De gegevens in het doel vervangen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="38" />
            <source>Records copied</source>
            <translation>Gekopieerde records</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="46" />
            <source>Copying {source} to {target}</source>
            <translation>{source} wordt gekopieerd naar {target}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="49" />
            <source>{table}: {count} records</source>
            <translation>{table}: {count} records</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/device_register.py" line="24" />
            <source>A point layer citizens may see: every sensor of the study store with its type, what it measures, owner, operator, connectivity (LoRa, 4G, Wi-Fi, …), installation date, status and whether it processes personal data.&lt;br&gt;Sensors marked as not public are left out; sensors that process personal data (citizen sensors at home, cameras) are shown at the centre of their 100 m grid cell, so the register does not point at a private house. Contract references and internal notes are not part of the register.</source>
            <translation>Een puntlaag die burgers mogen zien: elke sensor van de studieopslag met zijn type, wat hij meet, eigenaar, beheerder, connectiviteit (LoRa, 4G, wifi, …), installatiedatum, status en of hij persoonsgegevens verwerkt.&lt;br&gt;Sensoren die als niet-openbaar gemarkeerd zijn, worden weggelaten; sensoren die persoonsgegevens verwerken (burgersensoren thuis, camera’s), worden getoond in het midden van hun rastercel van 100 m, zodat het register niet naar een privéwoning wijst. Contractreferenties en interne notities maken geen deel uit van het register.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="20" />
            <source>Download addresses</source>
            <translation>Adressen downloaden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="21" />
            <location filename="../processing/algorithms/download_grb.py" line="19" />
            <source>Download</source>
            <translation>Downloaden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="23" />
            <source>Downloads every address of a municipality from the Flemish address register (Adressenregister, basisregisters API) into layer &lt;i&gt;addresses&lt;/i&gt; of a GeoPackage: points in EPSG:31370 with the fields address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address and street_id. Positions the register publishes in Lambert 2008 (EPSG:3812) are reprojected.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code. The register is read 500 addresses per request; the download can be cancelled, and the GeoPackage is only written (or replaced) when everything has arrived.</source>
            <translation>Downloadt alle adressen van een gemeente uit het Vlaamse adressenregister (Adressenregister, API basisregisters) naar laag &lt;i&gt;addresses&lt;/i&gt; van een GeoPackage: punten in EPSG:31370 met de velden address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address en street_id. Posities die het register in Lambert 2008 (EPSG:3812) publiceert, worden geherprojecteerd.&lt;br&gt;&lt;br&gt;&lt;b&gt;Gemeente&lt;/b&gt;: een naam of een NIS-code van vijf cijfers. Het register wordt gelezen per 500 adressen per aanvraag; de download kan geannuleerd worden, en de GeoPackage wordt pas geschreven (of vervangen) wanneer alles binnen is.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="37" />
            <location filename="../processing/algorithms/download_common.py" line="31" />
            <location filename="../processing/algorithms/publish_web_map.py" line="50" />
            <source>Municipality (name or NIS code)</source>
            <translation>Gemeente (naam of NIS-code)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="39" />
            <source>Number of addresses</source>
            <translation>Aantal adressen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="48" />
            <source>Addresses {municipality}</source>
            <translation>Adressen {municipality}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="33" />
            <location filename="../processing/algorithms/map_study.py" line="89" />
            <source>Or an extent</source>
            <translation>Of een omgrenzing</translation>
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
            <translation>Geef een gemeente of een omgrenzing op, niet allebei.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="58" />
            <source>The extent has no coordinate reference system; choose it on the map or add it as [EPSG:31370].</source>
            <translation>De omgrenzing heeft geen coördinatenreferentiesysteem; kies ze op de kaart of voeg het toe als [EPSG:31370].</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="18" />
            <source>Download GRB layers</source>
            <translation>GRB-lagen downloaden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="21" />
            <source>Downloads layers of the GRB (Grootschalig Referentiebestand: buildings, parcels, road surfaces and more) from Digitaal Vlaanderen's OGC API Features service into one GeoPackage, one layer per GRB type, in EPSG:31370 with all attributes of the source, including the identifiers OIDN and UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code; features that intersect the municipality's boundary (from VRBG) are kept whole. Or give an &lt;b&gt;extent&lt;/b&gt; instead: everything that intersects it is kept.&lt;br&gt;The download runs page by page and can be cancelled; the GeoPackage is only written (or replaced) when everything has arrived, so a failure or a cancel leaves an existing file as it was.</source>
            <translation>Downloadt lagen van het GRB (Grootschalig Referentiebestand: gebouwen, percelen, wegbanen en meer) van de OGC API Features-dienst van Digitaal Vlaanderen naar één GeoPackage, één laag per GRB-type, in EPSG:31370 met alle attributen van de bron, inclusief de identificatoren OIDN en UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Gemeente&lt;/b&gt;: een naam of een NIS-code van vijf cijfers; objecten die de gemeentegrens (uit VRBG) snijden, worden in hun geheel behouden. Of geef in de plaats een &lt;b&gt;omgrenzing&lt;/b&gt; op: alles wat ze snijdt, wordt behouden.&lt;br&gt;De download verloopt pagina per pagina en kan geannuleerd worden; de GeoPackage wordt pas geschreven (of vervangen) wanneer alles binnen is, dus een fout of een annulering laat een bestaand bestand zoals het was.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="40" />
            <source>GRB layers</source>
            <translation>GRB-lagen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="43" />
            <source>Features per layer</source>
            <translation>Objecten per laag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="50" />
            <source>Give a municipality (name or NIS code) or an extent to download.</source>
            <translation>Geef een gemeente (naam of NIS-code) of een omgrenzing op om te downloaden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="23" />
            <source>Export the project register as open data</source>
            <translation>Projectregister exporteren als open data</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="26" />
            <source>Publishes the smart-city project register as GeoJSON (WGS84), CSV (with longitude/latitude of a point on each project) or GeoPackage (EPSG:31370, one layer for points, lines and areas), with the licence, the source and a description of every field in &lt;i&gt;&amp;lt;name&amp;gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the register's public fields leave: contact persons, e-mail addresses, phone numbers, the day-to-day manager and the names of the people who edited the register are never exported, whatever the layer holds.</source>
            <translation>Publiceert het register van smartcityprojecten als GeoJSON (WGS84), CSV (met de lengte- en breedtegraad van een punt op elk project) of GeoPackage (EPSG:31370, één laag voor punten, lijnen en vlakken), met de licentie, de bron en een beschrijving van elk veld in &lt;i&gt;&amp;lt;naam&amp;gt;.metadata.json&lt;/i&gt; ernaast.&lt;br&gt;&lt;br&gt;Alleen de openbare velden van het register gaan naar buiten: contactpersonen, e-mailadressen, telefoonnummers, de dagelijks beheerder en de namen van de mensen die het register bewerkt hebben, worden nooit geëxporteerd, wat de laag ook bevat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="43" />
            <source>Project register</source>
            <translation>Projectregister</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="45" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="77" />
            <location filename="../processing/algorithms/import_observations.py" line="59" />
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="49" />
            <source>Publisher (e.g. the municipality)</source>
            <translation>Uitgever (bv. de gemeente)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="51" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="83" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="52" />
            <source>Project register of the municipality</source>
            <translation>Projectregister van de gemeente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="53" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="81" />
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="55" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="86" />
            <source>Output file</source>
            <translation>Uitvoerbestand</translation>
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
            <translation>Geschreven bestanden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="75" />
            <source>{count} projects published in {path}.</source>
            <translation>{count} projecten gepubliceerd in {path}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="31" />
            <source>Export vacancy as open data</source>
            <translation>Leegstand exporteren als open data</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="34" />
            <source>Writes the vacancy indicators per area (from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;) for publication, as GeoJSON (WGS84), CSV or GeoPackage, with the licence and the source in the file and in a &lt;i&gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the indicator fields leave: owner names, national register numbers, tax amounts, remarks, addresses and dossier numbers never do, whatever the input layers hold. Where an area has fewer than 5 units its rate is empty, and by default its counts and durations too.&lt;br&gt;&lt;b&gt;Points&lt;/b&gt; (optional): the premises in the register on the reference date, of the chosen types (by default shops and business premises; a vacant dwelling on a map points at a household), with type, status, year of entry and duration class only.</source>
            <translation>Schrijft de leegstandsindicatoren per gebied (uit &lt;i&gt;Leegstandsindicatoren per gebied&lt;/i&gt;) weg voor publicatie, als GeoJSON (WGS84), CSV of GeoPackage, met de licentie en de bron in het bestand en in een &lt;i&gt;.metadata.json&lt;/i&gt; ernaast.&lt;br&gt;&lt;br&gt;Alleen de velden met indicatoren gaan naar buiten: namen van eigenaars, rijksregisternummers, belastingbedragen, opmerkingen, adressen en dossiernummers nooit, wat de invoerlagen ook bevatten. Waar een gebied minder dan 5 eenheden heeft, is het percentage leeg, en standaard ook de aantallen en duurtijden.&lt;br&gt;&lt;b&gt;Punten&lt;/b&gt; (optioneel): de panden die op de referentiedatum in het register staan, van de gekozen types (standaard winkels en bedrijfspanden; een leegstaande woning op een kaart wijst naar een gezin), met alleen type, status, jaar van opname en duurklasse.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="61" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="95" />
            <source>Vacancy indicators per area</source>
            <translation>Leegstandsindicatoren per gebied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="63" />
            <source>Also publish points</source>
            <translation>Ook punten publiceren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="66" />
            <source>Vacancy register (for points)</source>
            <translation>Leegstandsregister (voor punten)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="68" />
            <source>Property types published as points</source>
            <translation>Types van panden die als punten gepubliceerd worden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="72" />
            <source>Reference date of the points</source>
            <translation>Referentiedatum van de punten</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="75" />
            <source>Also suppress the counts</source>
            <translation>Ook de aantallen onderdrukken</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="80" />
            <source>Vacant premises per area</source>
            <translation>Leegstaande panden per gebied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="83" />
            <source>Municipal register of vacant buildings and dwellings</source>
            <translation>Gemeentelijk register van leegstaande gebouwen en woningen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="84" />
            <source>Publisher</source>
            <translation>Uitgever</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="106" />
            <source>Choose the indicators layer (the output of Vacancy indicators per area).</source>
            <translation>Kies de laag met indicatoren (de uitvoer van Leegstandsindicatoren per gebied).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="122" />
            <source>Choose the vacancy register to publish points from, or untick the points.</source>
            <translation>Kies het leegstandsregister waaruit punten gepubliceerd worden, of vink de punten uit.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="125" />
            <source>Choose at least one property type to publish as points.</source>
            <translation>Kies minstens één type van pand om als punten te publiceren.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="130" />
            <source>{n} points published.</source>
            <translation>{n} punten gepubliceerd.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="134" />
            <source>{n} areas written; figures suppressed in {small} small-number areas.</source>
            <translation>{n} gebieden weggeschreven; cijfers onderdrukt in {small} gebieden met kleine aantallen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="140" />
            <source>{n} areas were not flagged small_numbers but have fewer than {limit} units or no flag at all; their figures were suppressed too.</source>
            <translation>{n} gebieden waren niet als small_numbers gemarkeerd maar hebben minder dan {limit} eenheden of helemaal geen markering; ook hun cijfers werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/frames.py" line="62" />
            <location filename="../processing/algorithms/frames.py" line="64" />
            <source>The output layer</source>
            <translation>De uitvoerlaag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="28" />
            <source>Import sensor readings from a file</source>
            <translation>Sensormetingen importeren uit een bestand</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="29" />
            <source>Imports readings from CSV, XLSX (or a zip with one CSV) into the study store.&lt;br&gt;&lt;b&gt;Known formats&lt;/b&gt; import without more: CurieuzeNeuzen 2018, the Gent bicycle counters, EEA AirBase hourly files (24 value/flag pairs per day, -999 missing), the Recht op Lucht campaign, IRCEL-CELINE exports (one column per station), Telraam report CSVs and sensor.community archive files.&lt;br&gt;&lt;b&gt;Other files&lt;/b&gt;: choose 'Column mapping' and describe the columns as key=value pairs separated by ';'. Long format (one row per reading): &lt;i&gt;time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10&lt;/i&gt;. Wide format, one column per sensor: &lt;i&gt;layout=wide_sensors; time=Datum; property=no2&lt;/i&gt;; one column per hour: &lt;i&gt;layout=wide_hours; time=Datum; hour_columns=H1,H2,…; property=pm10&lt;/i&gt;. Other keys: time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, missing, flag_columns, duplicates (error or replicates), resolution_s, aggregation, source, period.&lt;br&gt;&lt;b&gt;Time zone&lt;/b&gt;: times with an offset need none; for times without one choose their zone (the plugin never guesses). The repeated autumn hour is resolved by the row order of each sensor (rows in time order, either way); a time in the skipped spring hour is refused.&lt;br&gt;Units are converted to the property's standard unit (µg/m³ …); an unknown unit, one property in two units, contradictory duplicates or a sensor without position (when positions are mapped) stop the import with one sentence, and nothing is written. Importing the same file again adds nothing.</source>
            <translation>Importeert metingen uit CSV, XLSX (of een zip met één CSV) in de studieopslag.&lt;br&gt;&lt;b&gt;Gekende formaten&lt;/b&gt; worden zonder meer ingelezen: CurieuzeNeuzen 2018, de Gentse fietstellers, EEA AirBase-uurbestanden (24 paren waarde/vlag per dag, -999 ontbrekend), de campagne Recht op Lucht, exports van IRCEL-CELINE (één kolom per station), Telraam-rapport-CSV's en archiefbestanden van sensor.community.&lt;br&gt;&lt;b&gt;Andere bestanden&lt;/b&gt;: kies 'Kolomtoewijzing' en beschrijf de kolommen als sleutel=waarde-paren, gescheiden door ';'. Lang formaat (één rij per meting): &lt;i&gt;time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10&lt;/i&gt;. Breed formaat, één kolom per sensor: &lt;i&gt;layout=wide_sensors; time=Datum; property=no2&lt;/i&gt;; één kolom per uur: &lt;i&gt;layout=wide_hours; time=Datum; hour_columns=H1,H2,…; property=pm10&lt;/i&gt;. Andere sleutels: time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, missing, flag_columns, duplicates (error of replicates), resolution_s, aggregation, source, period.&lt;br&gt;&lt;b&gt;Tijdzone&lt;/b&gt;: tijden met een verschuiving hebben er geen nodig; kies voor tijden zonder verschuiving hun zone (de plugin raadt nooit). Het dubbele uur in de herfst wordt per sensor opgelost volgens de volgorde van de rijen (rijen in volgorde van tijd, in beide richtingen); een tijd in het overgeslagen uur in de lente wordt geweigerd.&lt;br&gt;Eenheden worden omgezet naar de standaardeenheid van de grootheid (µg/m³ …); een onbekende eenheid, één grootheid in twee eenheden, tegenstrijdige dubbels of een sensor zonder positie (als posities toegewezen zijn) stoppen de import met één zin, en er wordt niets weggeschreven. Hetzelfde bestand opnieuw importeren voegt niets toe.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="57" />
            <source>File with readings</source>
            <translation>Bestand met metingen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="57" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.zip);;All (*)</source>
            <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.zip);;Alle (*)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="59" />
            <source>Detect automatically</source>
            <translation>Automatisch detecteren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="60" />
            <source>Column mapping (below)</source>
            <translation>Koppeling van kolommen (hieronder)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="61" />
            <source>Column mapping (key=value; …)</source>
            <translation>Koppeling van kolommen (sleutel=waarde; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="64" />
            <source>Time zone of times without offset</source>
            <translation>Tijdzone van tijden zonder verschuiving</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="65" />
            <source>(the times carry an offset)</source>
            <translation>(de tijden hebben een verschuiving)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="65" />
            <source>UTC+01:00 (standard time all year)</source>
            <translation>UTC+01:00 (het hele jaar wintertijd)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="67" />
            <source>Property (if the format needs one)</source>
            <translation>Grootheid (als het formaat erom vraagt)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="69" />
            <source>Position of a one-sensor file</source>
            <translation>Positie van een bestand met één sensor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="71" />
            <source>Sheet (XLSX)</source>
            <translation>Werkblad (XLSX)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="101" />
            <source>Describe the columns in the column mapping, or choose a known format.</source>
            <translation>Beschrijf de kolommen in de koppeling van kolommen, of kies een gekend formaat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="44" />
            <source>Import vacancy register</source>
            <translation>Leegstandsregister importeren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="47" />
            <source>Brings a vacancy-register export (VIP, or any CSV/XLSX with a column mapping) into the register of the study store, and keeps its history.&lt;br&gt;&lt;br&gt;&lt;b&gt;Placement&lt;/b&gt;: each dossier is put on its matched address point, else on the GRB building of its parcel (CapaKey), else on the parcel; the field location_method says which, and 'unplaced' when none was found. Long and short CapaKeys and Dutch (dd/mm/yyyy), Excel serial and ISO dates are read.&lt;br&gt;&lt;b&gt;History&lt;/b&gt;: a newer export updates the same dossiers (by dossier id): entries, status changes and removals (schrapping) are recorded with their dates, nothing is duplicated, and an older export than the last one is refused. The whole import is one transaction: if it fails or is cancelled, the register stays as it was.&lt;br&gt;&lt;b&gt;Bad rows&lt;/b&gt; (no dossier number, duplicate dossier id, unknown status, unreadable or future date, neither address nor parcel, malformed CapaKey without address) are listed with the reason in the rejected-rows output; the rest is imported. Owner names, national register numbers, tax amounts and remarks in the file are not read.&lt;br&gt;&lt;b&gt;Column mapping&lt;/b&gt;: role=column pairs separated by ';' for files that do not use the VIP column names, for example &lt;i&gt;dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum&lt;/i&gt;. Roles: capakey, dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, laatste_controle, vloeroppervlakte_m2.&lt;br&gt;&lt;b&gt;Status mapping&lt;/b&gt;: extra status words, for example &lt;i&gt;Lopend=opgenomen; Afgewerkt=geschrapt&lt;/i&gt; (statuses: vermoeden, vastgesteld, opgenomen, beroep, geschrapt).</source>
            <translation>Brengt een export van het leegstandsregister (VIP, of elke CSV/XLSX met een koppeling van kolommen) in het register van de studieopslag, en bewaart de geschiedenis ervan.&lt;br&gt;&lt;br&gt;&lt;b&gt;Plaatsing&lt;/b&gt;: elk dossier wordt op zijn gematcht adrespunt gezet, anders op het GRB-gebouw van zijn perceel (CapaKey), anders op het perceel; het veld location_method zegt welk, en 'unplaced' als er geen gevonden werd. Lange en korte CapaKeys en Nederlandse (dd/mm/jjjj), Excel-serie- en ISO-datums worden gelezen.&lt;br&gt;&lt;b&gt;Geschiedenis&lt;/b&gt;: een nieuwere export werkt dezelfde dossiers bij (volgens dossier-id): opnames, statuswijzigingen en schrappingen worden met hun datum geregistreerd, niets wordt dubbel opgenomen, en een export die ouder is dan de laatste wordt geweigerd. De hele import is één transactie: als ze mislukt of geannuleerd wordt, blijft het register zoals het was.&lt;br&gt;&lt;b&gt;Slechte rijen&lt;/b&gt; (geen dossiernummer, dubbel dossier-id, onbekende status, onleesbare datum of datum in de toekomst, noch adres noch perceel, misvormde CapaKey zonder adres) worden met de reden opgelijst in de uitvoer met geweigerde rijen; de rest wordt geïmporteerd. Namen van eigenaars, rijksregisternummers, belastingbedragen en opmerkingen in het bestand worden niet gelezen.&lt;br&gt;&lt;b&gt;Koppeling van kolommen&lt;/b&gt;: paren rol=kolom gescheiden door ';' voor bestanden die de kolomnamen van VIP niet gebruiken, bijvoorbeeld &lt;i&gt;dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum&lt;/i&gt;. Rollen: capakey, dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, laatste_controle, vloeroppervlakte_m2.&lt;br&gt;&lt;b&gt;Koppeling van statussen&lt;/b&gt;: extra statuswoorden, bijvoorbeeld &lt;i&gt;Lopend=opgenomen; Afgewerkt=geschrapt&lt;/i&gt; (statussen: vermoeden, vastgesteld, opgenomen, beroep, geschrapt).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="89" />
            <source>Register export (VIP export or other CSV/XLSX)</source>
            <translation>Export van het register (VIP-export of andere CSV/XLSX)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="90" />
            <source>Tables (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*.*)</source>
            <translation>Tabellen (*.xlsx *.xlsm *.csv *.txt *.tsv);;Alle bestanden (*.*)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="91" />
            <location filename="../processing/algorithms/match_addresses.py" line="64" />
            <source>Sheet (XLSX with several sheets)</source>
            <translation>Werkblad (XLSX met meerdere werkbladen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="94" />
            <source>Column mapping (role=column; … for non-VIP files)</source>
            <translation>Koppeling van kolommen (rol=kolom; … voor bestanden die niet van VIP komen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="96" />
            <source>Extra status words (word=status; …)</source>
            <translation>Extra statuswoorden (woord=status; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="98" />
            <source>Extra property types (word=type; …)</source>
            <translation>Extra types van panden (woord=type; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="100" />
            <source>Export date</source>
            <translation>Exportdatum</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="103" />
            <source>NIS code of the municipality</source>
            <translation>NIS-code van de gemeente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="105" />
            <source>Addresses (standard address layer)</source>
            <translation>Adressen (standaard adreslaag)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="107" />
            <source>Parcels (GRB ADP with CAPAKEY)</source>
            <translation>Percelen (GRB ADP met CAPAKEY)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="109" />
            <source>Buildings (GRB GBG)</source>
            <translation>Gebouwen (GRB GBG)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="112" />
            <source>Full export: missing dossiers were removed</source>
            <translation>Volledige export: ontbrekende dossiers geschrapt</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="115" />
            <source>Allow an export older than the last one imported</source>
            <translation>Een export toestaan die ouder is dan de laatst geïmporteerde</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="117" />
            <source>Rejected rows</source>
            <translation>Geweigerde rijen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="119" />
            <location filename="../processing/algorithms/sensors_common.py" line="149" />
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="130" />
            <source>The NIS code {code} is not five digits.</source>
            <translation>De NIS-code {code} heeft geen vijf cijfers.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="139" />
            <source>Placed by {method}: {count}</source>
            <translation>Geplaatst via {method}: {count}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="141" />
            <source>Row {row} ({dossier}): {reason}</source>
            <translation>Rij {row} ({dossier}): {reason}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="152" />
            <source>Choose the register export (an XLSX or CSV file).</source>
            <translation>Kies de export van het register (een XLSX- of CSV-bestand).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="156" />
            <source>Export of {date}: {rows} rows.</source>
            <translation>Export van {date}: {rows} rijen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="164" />
            <source>Not read (personal, tax or free-text data): {columns}.</source>
            <translation>Niet gelezen (persoons-, belasting- of vrije tekstgegevens): {columns}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="176" />
            <source>addresses</source>
            <translation>adressen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="182" />
            <source>Placing the dossiers on addresses, buildings and parcels…</source>
            <translation>De dossiers worden op adressen, gebouwen en percelen geplaatst…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="218" />
            <source>the parameter Export date</source>
            <translation>de parameter Exportdatum</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="222" />
            <source>the file name {name}</source>
            <translation>de bestandsnaam {name}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="234" />
            <source>The parcel layer has no CAPAKEY field; use the GRB parcels (ADP) or leave the parcel layer empty.</source>
            <translation>De perceellaag heeft geen veld CAPAKEY; gebruik de GRB-percelen (ADP) of laat de perceellaag leeg.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="44" />
            <source>Interpolate sensor readings (IDW)</source>
            <translation>Sensormetingen interpoleren (IDW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="45" />
            <source>An inverse-distance-weighted surface (GeoTIFF, EPSG:31370) of one value per sensor: the mean of the valid readings of a property over a period, or the latest reading, from the study store — or a field of a point layer (e.g. CurieuzeNeuzen tubes).&lt;br&gt;Each cell uses the nearest sensors (12 by default) with weights 1/distance^power (2 by default).&lt;br&gt;&lt;b&gt;Cross-validation&lt;/b&gt;: every sensor is estimated from the others with the same settings; the RMSE, MAE and bias are reported, so you see how far to trust the surface between sensors. An interpolation is no dispersion model: it knows nothing about streets, buildings or sources between the sensors.</source>
            <translation>Een oppervlak met inverse-afstandsweging (GeoTIFF, EPSG:31370) van één waarde per sensor: het gemiddelde van de geldige metingen van een grootheid over een periode, of de laatste meting, uit de studieopslag — of een veld van een puntlaag (bv. buisjes van CurieuzeNeuzen).&lt;br&gt;Elke cel gebruikt de dichtstbijzijnde sensoren (standaard 12) met gewichten 1/afstand^macht (standaard 2).&lt;br&gt;&lt;b&gt;Kruisvalidatie&lt;/b&gt;: elke sensor wordt met dezelfde instellingen geschat uit de andere; de RMSE, MAE en bias worden gemeld, zodat u ziet hoever u het oppervlak tussen de sensoren kunt vertrouwen. Een interpolatie is geen verspreidingsmodel: ze weet niets van straten, gebouwen of bronnen tussen de sensoren.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="74" />
            <source>Value per sensor</source>
            <translation>Waarde per sensor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="75" />
            <source>mean over the period</source>
            <translation>gemiddelde over de periode</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="75" />
            <source>latest reading</source>
            <translation>laatste meting</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="79" />
            <source>Or: point layer with values</source>
            <translation>Of: puntlaag met waarden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="81" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="94" />
            <source>Value field</source>
            <translation>Veld met waarden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="83" />
            <source>Extent (default: the sensors' extent)</source>
            <translation>Omgrenzing (leeg: die van de sensoren)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="85" />
            <source>Cell size (m)</source>
            <translation>Celgrootte (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="87" />
            <source>Power</source>
            <translation>Macht</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="89" />
            <source>Nearest sensors used</source>
            <translation>Gebruikte dichtstbijzijnde sensoren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="91" />
            <source>Surface</source>
            <translation>Oppervlak</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="92" />
            <source>Cross-validation RMSE</source>
            <translation>RMSE van de kruisvalidatie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="92" />
            <source>Cross-validation MAE</source>
            <translation>MAE van de kruisvalidatie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="93" />
            <source>Cross-validation bias</source>
            <translation>Bias van de kruisvalidatie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="93" />
            <source>Sensors used</source>
            <translation>Gebruikte sensoren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="95" />
            <source>Cross-validation</source>
            <translation>Kruisvalidatie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="110" />
            <source>{n} sensors with a value but without a position were left out.</source>
            <translation>{n} sensoren met een waarde maar zonder positie werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="136" />
            <source>Choose the field with the values to interpolate.</source>
            <translation>Kies het veld met de te interpoleren waarden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="155" />
            <source>{n} points without a value or without a geometry were left out.</source>
            <translation>{n} punten zonder waarde of zonder geometrie werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="159" />
            <source>Choose a study store or a point layer with values.</source>
            <translation>Kies een studieopslag of een puntlaag met waarden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="175" />
            <source>{n} sensors have a value.</source>
            <translation>{n} sensoren hebben een waarde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="40" />
            <source>{value} is not a date; write it as YYYY-MM-DD.</source>
            <translation>{value} is geen datum; schrijf hem als JJJJ-MM-DD.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="45" />
            <source>Load works on the public domain (GIPOD)</source>
            <translation>Werken op het openbaar domein laden (GIPOD)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="48" />
            <source>Downloads the works and events on the public domain (GIPOD, Digitaal Vlaanderen) that overlap a period, for a municipality's bounding box or an extent, into a GeoPackage in EPSG:31370: layer INNAME with their areas and INNAME_PUNT with their points, every GIPOD property kept (GipodId, Description, Type, Status, Owner, MobilityHindrances ...) and Start/End as date-times (UTC).&lt;br&gt;&lt;br&gt;&lt;b&gt;Period&lt;/b&gt;: whole days in Belgian time; without dates, the coming 90 days. A work is kept when it starts before the period ends and ends on or after its first day.&lt;br&gt;The GeoPackage is only written when everything has arrived; a failure or a cancel leaves an existing file as it was. Use the result with &lt;i&gt;Conflicts between projects and works&lt;/i&gt;.</source>
            <translation>Downloadt de werken en evenementen op het openbaar domein (GIPOD, Digitaal Vlaanderen) die een periode overlappen, voor de omhullende rechthoek van een gemeente of voor een omgrenzing, naar een GeoPackage in EPSG:31370: laag INNAME met hun vlakken en INNAME_PUNT met hun punten, met behoud van alle GIPOD-eigenschappen (GipodId, Description, Type, Status, Owner, MobilityHindrances ...) en met Start/End als datum en tijd (UTC).&lt;br&gt;&lt;br&gt;&lt;b&gt;Periode&lt;/b&gt;: hele dagen in Belgische tijd; zonder datums de komende 90 dagen. Een werk wordt behouden als het begint voordat de periode eindigt en eindigt op of na de eerste dag ervan.&lt;br&gt;De GeoPackage wordt pas geschreven wanneer alles binnen is; een fout of een annulering laat een bestaand bestand zoals het was. Gebruik het resultaat met &lt;i&gt;Conflicten tussen projecten en werken&lt;/i&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="69" />
            <source>First day of the period</source>
            <translation>Eerste dag van de periode</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="71" />
            <source>Last day of the period</source>
            <translation>Laatste dag van de periode</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="74" />
            <source>GIPOD collections</source>
            <translation>GIPOD-collecties</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="74" />
            <source>Works as areas (INNAME)</source>
            <translation>Werken als vlakken (INNAME)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="75" />
            <source>Works as points (INNAME_PUNT)</source>
            <translation>Werken als punten (INNAME_PUNT)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="78" />
            <source>Number of works</source>
            <translation>Aantal werken</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="86" />
            <source>Give a municipality (name or NIS code) or an extent to load the works of.</source>
            <translation>Geef een gemeente (naam of NIS-code) of een omgrenzing op om de werken ervan te laden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="23" />
            <source>Load IRCEL-CELINE official stations</source>
            <translation>Officiële stations van IRCEL-CELINE laden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="24" />
            <source>Stores the stations of the official Belgian air-quality network (IRCEL-CELINE, VMM) and their hourly series of one pollutant for a period (default: the last 7 days). Without an area every station is read, which the time-series panel uses to compare a sensor with the nearest official station.&lt;br&gt;The service gives the end of each hour; readings are stored with the hour's start and end in UTC. Data: IRCEL-CELINE, CC BY 4.0.</source>
            <translation>Slaat de stations van het officiële Belgische meetnet voor luchtkwaliteit (IRCEL-CELINE, VMM) op met hun uurreeksen van één polluent voor een periode (standaard: de laatste 7 dagen). Zonder gebied worden alle stations gelezen, wat het tijdreekspaneel gebruikt om een sensor te vergelijken met het dichtstbijzijnde officiële station.&lt;br&gt;De dienst geeft het einde van elk uur; metingen worden opgeslagen met begin en einde van het uur in UTC. Gegevens: IRCEL-CELINE, CC BY 4.0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="35" />
            <source>Pollutant</source>
            <translation>Polluent</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="20" />
            <source>Load sensor.community citizen sensors</source>
            <translation>Burgersensoren van sensor.community laden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="21" />
            <source>Finds the sensor.community (luftdaten) citizen sensors in an area (default: the municipality's extent) and stores them with their latest values (PM10, PM2.5, temperature, humidity, pressure). With an archive period, the daily archive files of those sensors are read too (archive.sensor.community, ODbL).&lt;br&gt;Citizen sensors stand at private homes: they are flagged as personal data, and the public device register blurs their position. Loading again stores only what is new.</source>
            <translation>Zoekt de burgersensoren van sensor.community (luftdaten) in een gebied (standaard: de omgrenzing van de gemeente) en slaat ze op met hun laatste waarden (PM10, PM2,5, temperatuur, vochtigheid, luchtdruk). Met een archiefperiode worden ook de dagelijkse archiefbestanden van die sensoren gelezen (archive.sensor.community, ODbL).&lt;br&gt;Burgersensoren staan bij mensen thuis: ze worden gemarkeerd als persoonsgegevens, en het openbare register van toestellen vervaagt hun positie. Opnieuw laden slaat alleen op wat nieuw is.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="35" />
            <source>Archive from (date, optional)</source>
            <translation>Archief vanaf (datum, optioneel)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="36" />
            <source>Archive until (date, not included)</source>
            <translation>Archief tot (datum, niet inbegrepen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="19" />
            <source>Load SensorThings data</source>
            <translation>SensorThings-gegevens laden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="20" />
            <source>Reads things, their locations, datastreams and observations from any OGC SensorThings API server (FROST, 52°North, …) into the study store.&lt;br&gt;&lt;b&gt;Server&lt;/b&gt;: the service root, e.g. https://iot.example.be/FROST-Server/v1.1. A protected server needs an authentication configuration from the QGIS authentication database (Basic, OAuth2, …).&lt;br&gt;&lt;b&gt;Filters&lt;/b&gt;: an observed property (its name on the server, e.g. NO2), an area (polygons; default: everything the server offers) and a period (default: the last 7 days). Pages are followed through @iot.nextLink.&lt;br&gt;Times are stored in UTC; instants and intervals are kept; results that are not numbers (text, objects, arrays) are kept as text. Loading again only asks for readings newer than those stored. Everything is written in one transaction: a failure or a cancel leaves the store as it was.</source>
            <translation>Leest things, hun locaties, datastromen en observaties van elke OGC SensorThings API-server (FROST, 52°North, …) in de studieopslag.&lt;br&gt;&lt;b&gt;Server&lt;/b&gt;: de basis-URL van de dienst, bv. https://iot.example.be/FROST-Server/v1.1. Een beveiligde server vereist een authenticatieconfiguratie uit de authenticatiedatabank van QGIS (Basic, OAuth2, …).&lt;br&gt;&lt;b&gt;Filters&lt;/b&gt;: een geobserveerde grootheid (haar naam op de server, bv. NO2), een gebied (polygonen; standaard: alles wat de server aanbiedt) en een periode (standaard: de laatste 7 dagen). Pagina’s worden gevolgd via @iot.nextLink.&lt;br&gt;Tijden worden in UTC opgeslagen; tijdstippen en intervallen blijven behouden; resultaten die geen getallen zijn (tekst, objecten, reeksen), worden als tekst bewaard. Opnieuw laden vraagt alleen metingen die nieuwer zijn dan de opgeslagen. Alles wordt in één transactie weggeschreven: een fout of een annulering laat de opslag zoals ze was.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="37" />
            <source>SensorThings service root URL</source>
            <translation>Basis-URL van de SensorThings-dienst</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="38" />
            <source>Authentication</source>
            <translation>Authenticatie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="39" />
            <source>Observed property (name on the server)</source>
            <translation>Grootheid (naam op de server)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="19" />
            <source>Load Telraam traffic counts</source>
            <translation>Verkeerstellingen van Telraam laden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="20" />
            <source>Stores Telraam road segments (as lines) and their hourly reports: cars, bikes, pedestrians and heavy vehicles in both directions (A→B = _lft, B→A = _rgt), the V85 speed and the camera's uptime.&lt;br&gt;&lt;b&gt;API key&lt;/b&gt;: store your Telraam token in the QGIS authentication database (Settings › Options › Authentication: a Basic configuration with the token as password, or an API-header configuration with X-Api-Key) and choose it here; it is never written to settings or projects.&lt;br&gt;Segments: those in the area (default: the municipality's extent) or the ids given. Hours with an uptime of 0.5 or less are stored but do not count in statistics. Long periods are asked in 90-day parts; loading again asks only for hours after the newest stored one.</source>
            <translation>Slaat wegsegmenten van Telraam (als lijnen) op met hun uurrapporten: auto’s, fietsen, voetgangers en zware voertuigen in beide richtingen (A→B = _lft, B→A = _rgt), de V85-snelheid en de uptime van de camera.&lt;br&gt;&lt;b&gt;API-sleutel&lt;/b&gt;: bewaar uw Telraam-token in de authenticatiedatabank van QGIS (Extra › Opties › Authenticatie: een Basic-configuratie met het token als wachtwoord, of een API-headerconfiguratie met X-Api-Key) en kies die hier; hij wordt nooit in instellingen of projecten geschreven.&lt;br&gt;Segmenten: die in het gebied (standaard: de omgrenzing van de gemeente) of de opgegeven id’s. Uren met een uptime van 0,5 of minder worden opgeslagen, maar tellen niet mee in statistieken. Lange periodes worden in delen van 90 dagen opgevraagd; opnieuw laden vraagt alleen de uren na het nieuwste opgeslagen uur.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="34" />
            <source>Telraam API key (authentication)</source>
            <translation>Telraam-API-sleutel (authenticatie)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="35" />
            <source>Segment ids</source>
            <translation>Segment-id’s</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="41" />
            <source>{paper} landscape</source>
            <translation>{paper} liggend</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="41" />
            <source>{paper} portrait</source>
            <translation>{paper} staand</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="47" />
            <source>Map study (PDF)</source>
            <translation>Kaartstudie (pdf)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="50" />
            <source>Makes the map study of a municipality (or of the whole region in the store, or of an extent) as one PDF: a title page with the contents, an overview map, then a page per theme with map, legend, scale bar, north arrow, sources, date, the theme's key figures and a chart. Optionally an atlas with one page per neighbourhood.&lt;br&gt;&lt;br&gt;&lt;b&gt;Themes&lt;/b&gt;: base map (GRB and addresses from the study GeoPackage or your base layers), vacancy (the register in the store), sensors (the store's sensors and readings), siting (the newest gateway and sensor scenarios in the store) and projects (the project register). A theme without data for the area is left out with a note on the title page, never printed as an empty page.&lt;br&gt;&lt;b&gt;Language&lt;/b&gt;: every text of the study is in Dutch, French or English, dates and numbers too.&lt;br&gt;&lt;b&gt;Paper&lt;/b&gt;: A4 or A3, portrait or landscape, from the templates in resources/layouts; a template of your own (made from one of them in the layout designer) keeps the item ids the study fills.&lt;br&gt;&lt;b&gt;Privacy&lt;/b&gt;: vacancy is shown per neighbourhood or per 250 m cell, never per premise; the contact details of the project register are left out.</source>
            <translation>Maakt de kaartstudie van een gemeente (of van de hele regio in de opslag, of van een gebied) als één pdf: een titelpagina met de inhoud, een overzichtskaart, dan een pagina per thema met kaart, legende, schaalbalk, noordpijl, bronnen, datum, de kerncijfers van het thema en een grafiek. Optioneel een atlas met één pagina per wijk.&lt;br&gt;&lt;br&gt;&lt;b&gt;Thema's&lt;/b&gt;: basiskaart (GRB en adressen uit de studie-GeoPackage of uw basislagen), leegstand (het register in de opslag), sensoren (de sensoren en metingen in de opslag), inplanting (de nieuwste gateway- en sensorscenario's in de opslag) en projecten (het projectregister). Een thema zonder gegevens voor het gebied wordt weggelaten met een opmerking op de titelpagina, nooit als lege pagina afgedrukt.&lt;br&gt;&lt;b&gt;Taal&lt;/b&gt;: elke tekst van de studie is in het Nederlands, Frans of Engels, ook datums en getallen.&lt;br&gt;&lt;b&gt;Papier&lt;/b&gt;: A4 of A3, staand of liggend, uit de sjablonen in resources/layouts; een eigen sjabloon (gemaakt van een ervan in de layoutontwerper) behoudt de item-id's die de studie invult.&lt;br&gt;&lt;b&gt;Privacy&lt;/b&gt;: leegstand wordt per wijk of per cel van 250 m getoond, nooit per pand; de contactgegevens van het projectregister worden weggelaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="87" />
            <source>Municipality (empty: the whole store)</source>
            <translation>Gemeente (leeg: de hele opslag)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <source>Language of the study</source>
            <translation>Taal van de studie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="101" />
            <source>Neighbourhoods or statistical sectors</source>
            <translation>Wijken of statistische sectoren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="104" />
            <source>Neighbourhood name field</source>
            <translation>Veld met de naam van de wijk</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="109" />
            <source>Extra base layers (drawn under the themes)</source>
            <translation>Extra basislagen (onder de thema's getekend)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="112" />
            <source>Own layout template (.qpt; empty: the plugin's)</source>
            <translation>Eigen layoutsjabloon (.qpt; leeg: dat van de plug-in)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="116" />
            <source>Figures on (empty: today)</source>
            <translation>Cijfers op (leeg: vandaag)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="119" />
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="120" />
            <source>Themes left out</source>
            <translation>Weggelaten thema's</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="165" />
            <source>{pages} pages written to {path}.</source>
            <translation>{pages} pagina's geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="31" />
            <source>Links every row of an address list (a table layer, or a CSV or XLSX file in any usual encoding and delimiter) to an address of the register and gives it the register's position.&lt;br&gt;&lt;br&gt;&lt;b&gt;Columns&lt;/b&gt;: either one column with the full address, or the street and house-number columns with optional box, postcode and municipality columns. Left empty, they are proposed from the column names (Dutch, French or English).&lt;br&gt;&lt;b&gt;Reference&lt;/b&gt;: a point layer of addresses in the plugin's standard schema (for instance made by &lt;i&gt;Download addresses&lt;/i&gt;). Without one, the online address-match service of the register is used, but only when &lt;i&gt;Allow the online address register&lt;/i&gt; is ticked, since the addresses then leave this computer.&lt;br&gt;&lt;br&gt;Each row gets match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), match_score (0–100), address_id, matched_address (the register's spelling) and match_note. Rows without a certain address keep an empty geometry: nothing is guessed. The second output lists the rows to check by hand with their best candidates.</source>
            <translation>Koppelt elke rij van een adreslijst (een tabellaag, of een CSV- of XLSX-bestand in elke gangbare codering en met elk gangbaar scheidingsteken) aan een adres van het register en geeft ze de positie uit het register.&lt;br&gt;&lt;br&gt;&lt;b&gt;Kolommen&lt;/b&gt;: ofwel één kolom met het volledige adres, ofwel de kolommen met straat en huisnummer met optionele kolommen voor bus, postcode en gemeente. Blijven ze leeg, dan worden ze voorgesteld op basis van de kolomnamen (Nederlands, Frans of Engels).&lt;br&gt;&lt;b&gt;Referentie&lt;/b&gt;: een puntlaag met adressen in het standaardschema van de plugin (bijvoorbeeld gemaakt met &lt;i&gt;Adressen downloaden&lt;/i&gt;). Zonder referentie wordt de online adresmatchdienst van het register gebruikt, maar alleen als &lt;i&gt;Het online adressenregister toestaan&lt;/i&gt; aangevinkt is, want de adressen verlaten dan deze computer.&lt;br&gt;&lt;br&gt;Elke rij krijgt match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), match_score (0–100), address_id, matched_address (de spelling van het register) en match_note. Rijen zonder zeker adres behouden een lege geometrie: er wordt niets gegokt. De tweede uitvoer somt de rijen op die met de hand gecontroleerd moeten worden, met hun beste kandidaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="63" />
            <source>Address list (table layer, CSV or XLSX file)</source>
            <translation>Adreslijst (tabellaag, CSV- of XLSX-bestand)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="66" />
            <source>Column with the full address</source>
            <translation>Kolom met het volledige adres</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="66" />
            <source>Street column</source>
            <translation>Straatkolom</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="67" />
            <source>House-number column</source>
            <translation>Huisnummerkolom</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="67" />
            <source>Box-number column</source>
            <translation>Busnummerkolom</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="68" />
            <source>Postcode column</source>
            <translation>Postcodekolom</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="68" />
            <source>Municipality column</source>
            <translation>Gemeentekolom</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="72" />
            <source>Reference addresses</source>
            <translation>Referentieadressen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="75" />
            <source>Use the online address register without a reference</source>
            <translation>Zonder referentie: online adressenregister</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="76" />
            <source>Matched addresses</source>
            <translation>Gematchte adressen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="78" />
            <source>Rows to check by hand</source>
            <translation>Rijen om met de hand te controleren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="82" />
            <source>Rows with status {status}</source>
            <translation>Rijen met status {status}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="99" />
            <source>Columns: {mapping}</source>
            <translation>Kolommen: {mapping}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="104" />
            <source>Indexing the reference addresses…</source>
            <translation>De referentieadressen worden geïndexeerd…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="107" />
            <source>{n} of the {total} reference addresses of {layer} have no geometry: rows matched to them get no point.</source>
            <translation>{n} van de {total} referentieadressen van {layer} hebben geen geometrie: rijen die eraan gekoppeld worden, krijgen geen punt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="150" />
            <source>The value of {parameter} is not valid.</source>
            <translation>De waarde van {parameter} is niet geldig.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="162" />
            <source>Choose the address list: a table layer, or a CSV or XLSX file.</source>
            <translation>Kies de adreslijst: een tabellaag, of een CSV- of XLSX-bestand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="23" />
            <source>Same municipality and id: not written</source>
            <translation>Zelfde gemeente en id: niet weggeschreven</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="24" />
            <source>Already in the target store: not written</source>
            <translation>Al in de doelopslag: niet weggeschreven</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="25" />
            <source>Same id in another municipality: written, check it</source>
            <translation>Zelfde id in een andere gemeente: weggeschreven, controleer het</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="30" />
            <source>Merge project registers of several municipalities</source>
            <translation>Projectregisters van meerdere gemeenten samenvoegen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="33" />
            <source>Puts the smart-city projects of several municipalities into one register (a regional study store), every project keeping its municipality (niscode).&lt;br&gt;&lt;br&gt;&lt;b&gt;Registers&lt;/b&gt;: study stores, one per line (GeoPackage files or pg:&amp;lt;connection&amp;gt;?schema=&amp;lt;schema&amp;gt;), and/or layers shaped like the project register (with niscode and project_key fields; other columns are left out). A project is its municipality plus its id: a second one with the same pair (in another register or already in the target) is not written; the same id in another municipality is written. Both are listed in the duplicates table. Everything is written in one transaction: all or nothing.</source>
            <translation>Brengt de smartcityprojecten van meerdere gemeenten samen in één register (een regionale studieopslag), waarbij elk project zijn gemeente (niscode) behoudt.&lt;br&gt;&lt;br&gt;&lt;b&gt;Registers&lt;/b&gt;: studieopslagen, één per regel (GeoPackage-bestanden of pg:&amp;lt;verbinding&amp;gt;?schema=&amp;lt;schema&amp;gt;), en/of lagen met de opbouw van het projectregister (met de velden niscode en project_key; andere kolommen worden weggelaten). Een project is zijn gemeente plus zijn id: een tweede project met hetzelfde paar (in een ander register of al in het doel) wordt niet weggeschreven; dezelfde id in een andere gemeente wordt wel weggeschreven. Beide worden opgelijst in de tabel met dubbels. Alles wordt in één transactie weggeschreven: alles of niets.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="51" />
            <source>Registers in study stores (one per line)</source>
            <translation>Registers in studieopslagen (één per regel)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="53" />
            <source>Registers as layers</source>
            <translation>Registers als lagen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="56" />
            <source>Target store (the regional register)</source>
            <translation>Doelopslag (het regionale register)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="57" />
            <location filename="../processing/algorithms/merge_project_registers.py" line="97" />
            <source>Duplicates</source>
            <translation>Dubbels</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="59" />
            <source>Projects written</source>
            <translation>Weggeschreven projecten</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="60" />
            <source>Duplicates found</source>
            <translation>Gevonden dubbels</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="99" />
            <source>{source}: {count} projects written.</source>
            <translation>{source}: {count} projecten weggeschreven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="101" />
            <source>{count} duplicate project ids; see the duplicates table.</source>
            <translation>{count} dubbele project-id’s; zie de tabel met dubbels.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="103" />
            <source>Counts (Telraam, counting poles)</source>
            <translation>Tellingen (Telraam, telpalen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="105" />
            <source>Or the counts in a study store</source>
            <translation>Of de tellingen in een studieopslag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="108" />
            <source>Segments or counting points (for the map)</source>
            <translation>Segmenten of telpunten (voor de kaart)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="111" />
            <source>Segment id field</source>
            <translation>Veld met het segment-id</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="113" />
            <source>Only these segments</source>
            <translation>Alleen deze segmenten</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="115" />
            <source>Minimum valid counting time of a day (%)</source>
            <translation>Minimale geldige teltijd van een dag (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="145" />
            <source>Choose counts files or a study store with traffic counts.</source>
            <translation>Kies tellingenbestanden of een studieopslag met verkeerstellingen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="151" />
            <source>{name}: {n} hours.</source>
            <translation>{name}: {n} uren.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="169" />
            <source>The study store holds no traffic counts for this municipality; load Telraam or import counting-pole files first.</source>
            <translation>De studieopslag bevat geen verkeerstellingen voor deze gemeente; laad eerst Telraam of importeer telpaalbestanden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="171" />
            <source>Study store: {n} hours of {segments} counters.</source>
            <translation>Studieopslag: {n} uren van {segments} tellers.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="208" />
            <source>Choose the field of the segments layer that holds the segment id.</source>
            <translation>Kies het veld van de segmentenlaag dat het segment-id bevat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="246" />
            <source>{n} segments are not on the segments layer and have no geometry: {ids}.</source>
            <translation>{n} segmenten staan niet in de segmentenlaag en hebben geen geometrie: {ids}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="50" />
            <source>Traffic indicators per segment</source>
            <translation>Verkeersindicatoren per segment</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="51" />
            <source>What each counted street carries in a period, from Telraam hourly reports (CSV or JSON, as the Telraam API or site exports them) or counting-pole exports (Gent's 5-minute files), or from the counts already in the study store (loaded with the Telraam loader or imported; the store keeps no speed histograms, so no v85 then).&lt;br&gt;Per segment: average daily traffic on a normal weekday (school term, no holiday) and on a weekend day, per mode (car, heavy, bike, pedestrian) for both directions and each direction; the modal split; the morning and evening peak hour and its share of the day; the weekday hourly profile; v85 and the share of cars above the speed limit (from Telraam's speed histograms; the limit from a field of the segments layer or the parameter); data coverage.&lt;br&gt;&lt;b&gt;Quality&lt;/b&gt;: an hour with uptime of 50 % or less is not a count (Telraam's counts are already scaled to the full hour; counting-pole hours are scaled by the share of their 5-minute slots present). A day counts when the minimum share of its hours is valid; its missing hours are filled from the average profile, and the log counts the days left out and the hours filled.&lt;br&gt;&lt;b&gt;Calendar&lt;/b&gt;: Belgian public holidays and Flemish school holidays are computed (Easter included), so a weekday in the Christmas holiday is not a normal weekday.&lt;br&gt;The optional hourly output holds every valid hour with its time span, ready for the temporal controller.</source>
            <translation>Wat elke getelde straat in een periode draagt, uit Telraam-uurrapporten (CSV of JSON, zoals de Telraam-API of -site ze exporteert) of telpaalexports (de 5-minutenbestanden van Gent), of uit de tellingen die al in de studieopslag staan (geladen met de Telraam-lader of geïmporteerd; de opslag bewaart geen snelheidshistogrammen, dus dan geen v85).&lt;br&gt;Per segment: het gemiddelde verkeer per dag op een gewone werkdag (schoolperiode, geen vakantie) en op een weekenddag, per vervoerswijze (auto, vrachtverkeer, fiets, voetganger) in beide richtingen samen en per richting; de modal split; het ochtend- en avondspitsuur en hun aandeel in de dag; het uurprofiel van een werkdag; de v85 en het aandeel auto's boven de snelheidslimiet (uit de snelheidshistogrammen van Telraam; de limiet uit een veld van de segmentenlaag of de parameter); de datadekking.&lt;br&gt;&lt;b&gt;Kwaliteit&lt;/b&gt;: een uur met een uptime van 50 % of minder is geen telling (de tellingen van Telraam zijn al opgeschaald naar het volle uur; telpaaluren worden opgeschaald met het aandeel aanwezige 5-minutenintervallen). Een dag telt mee als het minimale aandeel van zijn uren geldig is; zijn ontbrekende uren worden aangevuld uit het gemiddelde profiel, en het logboek telt de weggelaten dagen en de aangevulde uren.&lt;br&gt;&lt;b&gt;Kalender&lt;/b&gt;: Belgische feestdagen en Vlaamse schoolvakanties worden berekend (Pasen inbegrepen), zodat een werkdag in de kerstvakantie geen gewone werkdag is.&lt;br&gt;De optionele uitvoer per uur bevat elk geldig uur met zijn tijdspanne, klaar voor de tijdsbesturing.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="77" />
            <source>Speed limit field (km/h)</source>
            <translation>Veld met de snelheidslimiet (km/u)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="79" />
            <source>Speed limit where no field gives one (km/h)</source>
            <translation>Snelheidslimiet waar geen veld er een geeft (km/u)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="82" />
            <source>First day (empty: the first counted day)</source>
            <translation>Eerste dag (leeg: de eerste getelde dag)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="83" />
            <source>Last day (empty: the last counted day)</source>
            <translation>Laatste dag (leeg: de laatste getelde dag)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="84" />
            <source>Traffic indicators</source>
            <translation>Verkeersindicatoren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="85" />
            <source>Hourly counts (temporal)</source>
            <translation>Tellingen per uur (tijdsgebonden)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="106" />
            <source>Traffic per segment</source>
            <translation>Verkeer per segment</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="123" />
            <source>{n} segments: {days} valid days in all.</source>
            <translation>{n} segmenten: in totaal {days} geldige dagen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="18" />
            <source>The study store: a GeoPackage file, or a PostGIS store written as pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>De studieopslag: een GeoPackage-bestand, of een PostGIS-opslag geschreven als pg:&lt;opgeslagen verbinding&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="20" />
            <source>Five-digit NIS code of the municipality (44021 for Gent): only its data is used.</source>
            <translation>NIS-code van vijf cijfers van de gemeente (44021 voor Gent): alleen haar gegevens worden gebruikt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="21" />
            <source>Name of the municipality in Dutch or French, or its NIS code (Herstappe, 73028).</source>
            <translation>Naam van de gemeente in het Nederlands of het Frans, of haar NIS-code (Herstappe, 73028).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="23" />
            <source>Instead of a municipality: the area to take, in any CRS (it is reprojected to Lambert 72).</source>
            <translation>In plaats van een gemeente: het gebied dat genomen wordt, in eender welk CRS (het wordt naar Lambert 72 omgezet).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="25" />
            <source>Start of the period, in Belgian time; empty: seven days before the end.</source>
            <translation>Begin van de periode, in Belgische tijd; leeg: zeven dagen voor het einde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="26" />
            <source>End of the period, in Belgian time; empty: now.</source>
            <translation>Einde van de periode, in Belgische tijd; leeg: nu.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="27" />
            <source>Polygons of the area whose sensors are loaded; empty: the extent of the municipality of the NIS code.</source>
            <translation>Polygonen van het gebied waarvan de sensoren geladen worden; leeg: de omvang van de gemeente van de NIS-code.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="29" />
            <source>A QGIS authentication configuration holding the key or login; it stays in QGIS's encrypted store, never in the project.</source>
            <translation>Een QGIS-authenticatieconfiguratie met de sleutel of login; die blijft in de versleutelde opslag van QGIS, nooit in het project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="31" />
            <source>Name of the worksheet of an Excel file; empty: the first sheet.</source>
            <translation>Naam van het werkblad van een Excelbestand; leeg: het eerste werkblad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="32" />
            <source>Where the result is written: a temporary layer, a file or a layer in a GeoPackage.</source>
            <translation>Waar het resultaat geschreven wordt: een tijdelijke laag, een bestand of een laag in een GeoPackage.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="33" />
            <source>The day the figures hold for; empty: today.</source>
            <translation>De dag waarop de cijfers betrekking hebben; leeg: vandaag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="34" />
            <source>The vacancy register as points, as written by Import vacancy register.</source>
            <translation>Het leegstandsregister als punten, zoals Leegstandsregister importeren het schrijft.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="35" />
            <source>Addresses or buildings to divide by, so the result is a rate and not only a count.</source>
            <translation>Adressen of gebouwen om door te delen, zodat het resultaat een percentage is en niet alleen een aantal.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="37" />
            <source>Field that identifies each area uniquely.</source>
            <translation>Veld dat elk gebied eenduidig aanduidt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="38" />
            <source>Field with the name of each area, shown in the results.</source>
            <translation>Veld met de naam van elk gebied, getoond in de resultaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="39" />
            <source>Title of the published data set, written in its metadata.</source>
            <translation>Titel van de gepubliceerde dataset, opgenomen in de metadata.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="40" />
            <source>Organisation that publishes the data set, usually the municipality.</source>
            <translation>Organisatie die de dataset publiceert, meestal de gemeente.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="41" />
            <source>Licence of the published data set; empty: the Flemish Modellicentie Gratis Hergebruik v1.0.</source>
            <translation>Licentie van de gepubliceerde dataset; leeg: de Vlaamse Modellicentie Gratis Hergebruik v1.0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="43" />
            <source>Where the data comes from, written in the metadata.</source>
            <translation>Waar de gegevens vandaan komen, opgenomen in de metadata.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="44" />
            <source>File format of the output.</source>
            <translation>Bestandsformaat van de uitvoer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="45" />
            <source>Telraam hourly reports (CSV or JSON) or counting-pole exports; leave empty to use the counts in a study store.</source>
            <translation>Telraam-uurrapporten (CSV of JSON) of exports van telpalen; leeg laten om de tellingen in een studieopslag te gebruiken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="47" />
            <source>Instead of files: a study store holding Telraam counts (loaded with Load Telraam counts).</source>
            <translation>In plaats van bestanden: een studieopslag met Telraam-tellingen (geladen met Telraam-tellingen laden).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="49" />
            <source>Road segments or counting points to draw the results on; empty: a table without geometry.</source>
            <translation>Wegsegmenten of telpunten waarop de resultaten getekend worden; leeg: een tabel zonder geometrie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="51" />
            <source>Field of the segments layer with the segment id of the counts.</source>
            <translation>Veld van de segmentenlaag met het segment-id van de tellingen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="52" />
            <source>Only these segments, ids separated by commas; empty: every counted segment.</source>
            <translation>Alleen deze segmenten, id's gescheiden door komma's; leeg: elk geteld segment.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="54" />
            <source>A day counts only when this share of its hours was counted (hours with uptime of 0.5 or less are no counts).</source>
            <translation>Een dag telt alleen mee als dit deel van zijn uren geteld werd (uren met een uptime van 0,5 of minder zijn geen tellingen).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="56" />
            <source>The measured quantity to summarise (NO2, PM2.5, noise …).</source>
            <translation>De gemeten grootheid die samengevat wordt (NO2, PM2.5, geluid …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="57" />
            <source>Summarise per sensor, per area of the areas layer, or for the whole municipality.</source>
            <translation>Samenvatten per sensor, per gebied van de gebiedenlaag, of voor de hele gemeente.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="59" />
            <source>Polygons to summarise per (only for 'per area').</source>
            <translation>Polygonen waarover samengevat wordt (alleen voor 'per gebied').</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="60" />
            <source>Field with the name of each area in the result.</source>
            <translation>Veld met de naam van elk gebied in het resultaat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="61" />
            <source>Length of each period of the statistics: hour, day, week, month or year.</source>
            <translation>Lengte van elke periode van de statistieken: uur, dag, week, maand of jaar.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="63" />
            <source>Which percentile of the readings to report, e.g. 98 for the 98th percentile.</source>
            <translation>Welk percentiel van de metingen gerapporteerd wordt, bv. 98 voor het 98ste percentiel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="65" />
            <source>Readings above this value count as exceedances; empty: the EU limit value of the property.</source>
            <translation>Metingen boven deze waarde tellen als overschrijdingen; leeg: de EU-grenswaarde van de grootheid.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="67" />
            <source>Count exceedances of single readings, or of hourly or daily means as the EU directive does.</source>
            <translation>Overschrijdingen tellen van afzonderlijke metingen, of van uur- of daggemiddelden zoals de EU-richtlijn.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="69" />
            <source>A period with less data than this share gets no value (it is marked, not hidden).</source>
            <translation>Een periode met minder gegevens dan dit deel krijgt geen waarde (ze wordt gemarkeerd, niet verborgen).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="71" />
            <source>Table of the statistics per sensor or area and period.</source>
            <translation>Tabel met de statistieken per sensor of gebied en periode.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="72" />
            <source>Points where a device was heard, with the gateway and the signal strength (RSSI, SNR).</source>
            <translation>Punten waar een toestel gehoord werd, met de gateway en de signaalsterkte (RSSI, SNR).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="74" />
            <source>Or the measurements as a CSV file with coordinates (e.g. a TTN Mapper export).</source>
            <translation>Of de metingen als CSV-bestand met coördinaten (bv. een TTN Mapper-export).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="76" />
            <source>Field of the measurements naming the gateway that heard them; empty: found from the column names.</source>
            <translation>Veld van de metingen met de gateway die ze hoorde; leeg: gevonden uit de kolomnamen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="78" />
            <source>Field with the received signal strength (dBm); empty: found from the column names.</source>
            <translation>Veld met de ontvangen signaalsterkte (dBm); leeg: gevonden uit de kolomnamen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="80" />
            <source>Field with the signal-to-noise ratio (dB); empty: found from the column names.</source>
            <translation>Veld met de signaal-ruisverhouding (dB); leeg: gevonden uit de kolomnamen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="82" />
            <source>Field with the spreading factor of each message; empty: found from the column names.</source>
            <translation>Veld met de spreading factor van elk bericht; leeg: gevonden uit de kolomnamen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="84" />
            <source>Point layer of the gateways that heard the measurements.</source>
            <translation>Puntenlaag van de gateways die de metingen hoorden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="85" />
            <source>Field of the gateways with the id used in the measurements.</source>
            <translation>Veld van de gateways met het id dat de metingen gebruiken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="86" />
            <source>Field with the antenna height of each gateway in metres above the ground; empty values use the default.</source>
            <translation>Veld met de antennehoogte van elke gateway in meter boven de grond; lege waarden nemen de standaardwaarde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="88" />
            <source>Field with the transmit power (EIRP, dBm) of the devices; empty values use the default.</source>
            <translation>Veld met het zendvermogen (EIRP, dBm) van de toestellen; lege waarden nemen de standaardwaarde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="90" />
            <location filename="../processing/algorithms/parameter_help.py" line="353" />
            <source>Field with the antenna gain (dBi) of each gateway; empty values use the default.</source>
            <translation>Veld met de antenneversterking (dBi) van elke gateway; lege waarden krijgen de standaardwaarde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="92" />
            <location filename="../processing/algorithms/parameter_help.py" line="355" />
            <source>Field with the cable and connector loss (dB) of each gateway; empty values use the default.</source>
            <translation>Veld met het kabel- en connectorverlies (dB) van elke gateway; lege waarden krijgen de standaardwaarde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="94" />
            <source>Antenna height above the ground where the layer gives none.</source>
            <translation>Antennehoogte boven de grond waar de laag er geen geeft.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="96" />
            <source>Transmit power of the devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band.</source>
            <translation>Zendvermogen van de toestellen: 16 dBm EIRP is het wettelijke maximum in de EU-band van 868 MHz.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="98" />
            <location filename="../processing/algorithms/parameter_help.py" line="361" />
            <source>Gain of the gateway antenna; 3 dBi for a common fibreglass antenna.</source>
            <translation>Versterking van de gateway-antenne; 3 dBi voor een gewone glasvezelantenne.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="100" />
            <location filename="../processing/algorithms/parameter_help.py" line="362" />
            <source>Loss in the cable and connectors between gateway and antenna.</source>
            <translation>Verlies in de kabel en connectoren tussen gateway en antenne.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="102" />
            <location filename="../processing/algorithms/parameter_help.py" line="398" />
            <source>Radio frequency; 868.1 MHz is the first channel of LoRaWAN EU868, used in Belgium.</source>
            <translation>Radiofrequentie; 868,1 MHz is het eerste kanaal van LoRaWAN EU868, in gebruik in België.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="104" />
            <source>Height of the devices above the ground when measuring; 1.5 m for a device carried by hand.</source>
            <translation>Hoogte van de toestellen boven de grond tijdens het meten; 1,5 m voor een toestel in de hand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="106" />
            <source>Published model whose error on the measurements is reported next to the calibrated one.</source>
            <translation>Gepubliceerd model waarvan de fout op de metingen naast die van het gekalibreerde gerapporteerd wordt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="108" />
            <source>The RSSI at which the receiver reports its weakest packets (dBm); packets at this floor count as censored. Empty: estimated per spreading factor from a pile-up of packets at the lowest RSSI.</source>
            <translation>De RSSI waarop de ontvanger zijn zwakste pakketten meldt (dBm); pakketten op deze vloer tellen als gecensureerd. Leeg: per spreidingsfactor geschat uit een opeenhoping van pakketten bij de laagste RSSI.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="112" />
            <source>Also fit a model per gateway, for gateways with enough measurements.</source>
            <translation>Ook een model per gateway fitten, voor gateways met genoeg metingen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="114" />
            <source>A gateway gets its own fit only from this many measurements on.</source>
            <translation>Een gateway krijgt pas een eigen fit vanaf zoveel metingen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="116" />
            <source>Name of the calibrated parameter set, as the siting algorithms list it.</source>
            <translation>Naam van de gekalibreerde parameterset, zoals de plaatsingsalgoritmen ze tonen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="118" />
            <source>JSON file of the parameter set, to give to Radio coverage or the siting algorithms.</source>
            <translation>JSON-bestand van de parameterset, om aan Radiodekking of de plaatsingsalgoritmen te geven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="120" />
            <source>Table of the fit per gateway: measurements used, error before and after.</source>
            <translation>Tabel van de fit per gateway: gebruikte metingen, fout voor en na.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="122" />
            <source>First day of the period before the change.</source>
            <translation>Eerste dag van de periode voor de wijziging.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="123" />
            <source>Last day of the period before the change.</source>
            <translation>Laatste dag van de periode voor de wijziging.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="124" />
            <source>First day of the period after the change.</source>
            <translation>Eerste dag van de periode na de wijziging.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="125" />
            <source>Last day of the period after the change.</source>
            <translation>Laatste dag van de periode na de wijziging.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="126" />
            <source>Which days are compared: school-term weekdays, weekend days or all days.</source>
            <translation>Welke dagen vergeleken worden: schoolweekdagen, weekenddagen of alle dagen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="128" />
            <source>Also compare weekdays in the Flemish school holidays.</source>
            <translation>Ook weekdagen in de Vlaamse schoolvakanties vergelijken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="129" />
            <source>A segment is compared only with at least this many valid days in each period.</source>
            <translation>Een segment wordt alleen vergeleken met minstens zoveel geldige dagen in elke periode.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="131" />
            <source>Per segment and mode: before, after, the change with its confidence interval and the verdict.</source>
            <translation>Per segment en vervoerswijze: voor, na, de wijziging met haar betrouwbaarheidsinterval en het oordeel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="133" />
            <source>The store to copy from: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>De opslag waaruit gekopieerd wordt: een GeoPackage-bestand of pg:&lt;opgeslagen verbinding&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="135" />
            <source>The store to copy into; it is created when it does not exist.</source>
            <translation>De opslag waarin gekopieerd wordt; ze wordt aangemaakt als ze niet bestaat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="136" />
            <source>Replace the data already in the target; otherwise a target with data is refused.</source>
            <translation>De gegevens die al in het doel staan vervangen; anders wordt een doel met gegevens geweigerd.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="138" />
            <source>Layer of the sensors with their owner, location, properties and latest reading.</source>
            <translation>Laag van de sensoren met hun eigenaar, locatie, grootheden en laatste meting.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="140" />
            <source>The study GeoPackage; its addresses layer is added or replaced, its other layers are kept.</source>
            <translation>De studie-GeoPackage; de adreslaag wordt toegevoegd of vervangen, de andere lagen blijven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="142" />
            <source>Which GRB layers to download: buildings, parcels, road segments …</source>
            <translation>Welke GRB-lagen gedownload worden: gebouwen, percelen, wegsegmenten …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="143" />
            <source>The study GeoPackage; the chosen layers are added or replaced, the others are kept.</source>
            <translation>De studie-GeoPackage; de gekozen lagen worden toegevoegd of vervangen, de andere blijven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="145" />
            <source>The project register layer; contact fields are never exported.</source>
            <translation>De laag van het projectenregister; contactvelden worden nooit geëxporteerd.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="147" />
            <location filename="../processing/algorithms/parameter_help.py" line="158" />
            <source>The open-data file, with its metadata next to it.</source>
            <translation>Het opendatabestand, met de metadata ernaast.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="148" />
            <source>The indicators per area, as written by Vacancy indicators; small numbers stay suppressed.</source>
            <translation>De indicatoren per gebied, zoals Leegstandsindicatoren ze schrijft; kleine aantallen blijven onderdrukt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="150" />
            <source>Also publish the vacant premises as points, without any personal data.</source>
            <translation>De leegstaande panden ook als punten publiceren, zonder persoonsgegevens.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="152" />
            <source>Only premises of these types are published as points (shops, for example).</source>
            <translation>Alleen panden van deze types worden als punten gepubliceerd (bijvoorbeeld winkels).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="154" />
            <source>The day the published points hold for; empty: today.</source>
            <translation>De dag waarop de gepubliceerde punten betrekking hebben; leeg: vandaag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="156" />
            <source>Where a rate is suppressed for small numbers, leave its counts empty too.</source>
            <translation>Waar een percentage onderdrukt is wegens kleine aantallen, ook de aantallen leeg laten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="159" />
            <source>A file of readings: CSV, Excel, or an export of sensor.community, IRCEL-CELINE or Telraam.</source>
            <translation>Een bestand met metingen: CSV, Excel, of een export van sensor.community, IRCEL-CELINE of Telraam.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="161" />
            <source>The kind of file; automatic recognises the known exports.</source>
            <translation>Het soort bestand; automatisch herkent de gekende exports.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="162" />
            <source>For other files: which column holds what, as key=column; … (time=Datum; value=NO2).</source>
            <translation>Voor andere bestanden: welke kolom wat bevat, als sleutel=kolom; … (time=Datum; value=NO2).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="164" />
            <source>Time zone of times written without an offset; Belgian time for most local exports.</source>
            <translation>Tijdzone van tijden zonder verschuiving; Belgische tijd voor de meeste lokale exports.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="166" />
            <source>The measured quantity, when the file does not say it (no2, pm25, noise …).</source>
            <translation>De gemeten grootheid, als het bestand ze niet vermeldt (no2, pm25, noise …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="168" />
            <source>Where the sensor stands, for a file of one sensor without coordinates.</source>
            <translation>Waar de sensor staat, voor een bestand van één sensor zonder coördinaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="170" />
            <source>The study store the readings are added to: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>De studieopslag waaraan de metingen toegevoegd worden: een GeoPackage-bestand of pg:&lt;opgeslagen verbinding&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="172" />
            <source>The export of the vacancy register: a VIP export, or another CSV or Excel file.</source>
            <translation>De export van het leegstandsregister: een VIP-export, of een ander CSV- of Excelbestand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="174" />
            <source>For files that are not a VIP export: which column holds what, as role=column; …</source>
            <translation>Voor bestanden die geen VIP-export zijn: welke kolom wat bevat, als rol=kolom; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="176" />
            <source>Words of your register for a status that the plugin does not know, as word=status; …</source>
            <translation>Woorden van uw register voor een status die de plugin niet kent, als woord=status; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="178" />
            <source>Words of your register for a property type that the plugin does not know, as word=type; …</source>
            <translation>Woorden van uw register voor een type pand dat de plugin niet kent, als woord=type; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="180" />
            <source>The day of the export; empty: read from the file name, else today.</source>
            <translation>De dag van de export; leeg: gelezen uit de bestandsnaam, anders vandaag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="182" />
            <source>NIS code of the municipality, when the export does not say it.</source>
            <translation>NIS-code van de gemeente, als de export ze niet vermeldt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="184" />
            <source>Address layer in the standard schema (Download addresses) to place dossiers on their address.</source>
            <translation>Adreslaag in het standaardschema (Adressen downloaden) om dossiers op hun adres te plaatsen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="186" />
            <source>GRB parcels (ADP, with CAPAKEY) to place dossiers that give a parcel.</source>
            <translation>GRB-percelen (ADP, met CAPAKEY) om dossiers te plaatsen die een perceel vermelden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="188" />
            <source>GRB buildings (GBG) to place dossiers that give a building.</source>
            <translation>GRB-gebouwen (GBG) om dossiers te plaatsen die een gebouw vermelden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="190" />
            <source>The study store the register is kept in, with its history: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>De studieopslag waarin het register met zijn geschiedenis bewaard wordt: een GeoPackage-bestand of pg:&lt;opgeslagen verbinding&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="192" />
            <source>The export holds every dossier: one missing from it has been removed from the register.</source>
            <translation>De export bevat elk dossier: een dossier dat ontbreekt, is uit het register geschrapt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="195" />
            <source>Import an export older than the last one imported (to rebuild the history).</source>
            <translation>Een export importeren die ouder is dan de laatst geïmporteerde (om de geschiedenis op te bouwen).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="197" />
            <source>The rows that could not be imported, each with the reason.</source>
            <translation>De rijen die niet geïmporteerd konden worden, elk met de reden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="199" />
            <source>The measured quantity to map.</source>
            <translation>De gemeten grootheid die in kaart gebracht wordt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="200" />
            <source>The value of each sensor over the period: mean, median, maximum …</source>
            <translation>De waarde van elke sensor over de periode: gemiddelde, mediaan, maximum …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="202" />
            <source>Instead of the store: a point layer with one value per point.</source>
            <translation>In plaats van de opslag: een puntenlaag met één waarde per punt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="204" />
            <source>Field of the point layer with the value.</source>
            <translation>Veld van de puntenlaag met de waarde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="205" />
            <source>Area of the surface; empty: the extent of the sensors.</source>
            <translation>Gebied van het oppervlak; leeg: de omvang van de sensoren.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="206" />
            <source>Size of the cells of the surface in metres; smaller cells take longer.</source>
            <translation>Grootte van de cellen van het oppervlak in meter; kleinere cellen duren langer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="208" />
            <source>Inverse-distance power: higher values let the nearest sensor weigh more.</source>
            <translation>Macht van de inverse afstand: hogere waarden laten de dichtste sensor zwaarder wegen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="210" />
            <source>How many of the nearest sensors make each cell's value.</source>
            <translation>Hoeveel van de dichtste sensoren de waarde van elke cel bepalen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="212" />
            <source>The interpolated surface (GeoTIFF); an estimate between sensors, not a measurement.</source>
            <translation>Het geïnterpoleerde oppervlak (GeoTIFF); een schatting tussen sensoren, geen meting.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="214" />
            <source>First day of the period whose works and events are loaded.</source>
            <translation>Eerste dag van de periode waarvan de werken en evenementen geladen worden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="215" />
            <source>Last day of the period.</source>
            <translation>Laatste dag van de periode.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="216" />
            <source>Which GIPOD collections to load: works (innames), events …</source>
            <translation>Welke GIPOD-collecties geladen worden: werken (innames), evenementen …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="217" />
            <source>The study GeoPackage; the GIPOD layers are added or replaced, the others are kept.</source>
            <translation>De studie-GeoPackage; de GIPOD-lagen worden toegevoegd of vervangen, de andere blijven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="219" />
            <source>The pollutant whose official readings are loaded.</source>
            <translation>De polluent waarvan de officiële metingen geladen worden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="220" />
            <source>First day to read from the sensor.community archive; empty: only the latest readings.</source>
            <translation>Eerste dag die uit het sensor.community-archief gelezen wordt; leeg: alleen de laatste metingen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="222" />
            <source>Day up to which the archive is read (that day not included).</source>
            <translation>Dag tot waar het archief gelezen wordt (die dag niet inbegrepen).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="224" />
            <source>Root address of the SensorThings API service, e.g. https://…/v1.1.</source>
            <translation>Basisadres van de SensorThings API-dienst, bv. https://…/v1.1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="225" />
            <source>Name of the observed property on the server; empty: every property.</source>
            <translation>Naam van de geobserveerde grootheid op de server; leeg: elke grootheid.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="227" />
            <source>Telraam segment ids separated by commas; empty: every segment in the area.</source>
            <translation>Telraam-segment-id's gescheiden door komma's; leeg: elk segment in het gebied.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="229" />
            <source>The municipality the study is about, by name or NIS code; empty: the whole region of the store.</source>
            <translation>De gemeente waarover de studie gaat, met naam of NIS-code; leeg: de hele regio van de opslag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="231" />
            <source>Instead of a municipality: the area the study shows.</source>
            <translation>In plaats van een gemeente: het gebied dat de studie toont.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="232" />
            <source>The theme pages of the study; a theme without data is left out with a note.</source>
            <translation>De themapagina's van de studie; een thema zonder gegevens wordt weggelaten met een opmerking.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="234" />
            <source>Language of every text of the study.</source>
            <translation>Taal van alle teksten van de studie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="235" />
            <source>Paper size and orientation of the pages.</source>
            <translation>Papierformaat en oriëntatie van de pagina's.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="236" />
            <source>Neighbourhoods (wijken, statistical sectors) for the figures per area and the atlas.</source>
            <translation>Wijken of statistische sectoren voor de cijfers per gebied en de atlas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="238" />
            <source>Field with the name of each neighbourhood.</source>
            <translation>Veld met de naam van elke wijk.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="239" />
            <source>Add one page per neighbourhood, with its figures next to the municipality's.</source>
            <translation>Een pagina per wijk toevoegen, met haar cijfers naast die van de gemeente.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="241" />
            <source>Your own layers drawn under the themes (a base map, for example).</source>
            <translation>Eigen lagen die onder de thema's getekend worden (bijvoorbeeld een achtergrondkaart).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="242" />
            <source>Your own layout template (.qpt), made from one of the plugin's; empty: the plugin's.</source>
            <translation>Eigen layoutsjabloon (.qpt), gemaakt van een sjabloon van de plugin; leeg: dat van de plugin.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="244" />
            <source>Title on the title page; empty: Map study and the municipality's name.</source>
            <translation>Titel op de titelpagina; leeg: Kaartstudie en de naam van de gemeente.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="245" />
            <source>The day the figures of the study hold for; empty: today.</source>
            <translation>De dag waarop de cijfers van de studie betrekking hebben; leeg: vandaag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="246" />
            <source>The PDF of the study; an existing file is replaced only when the study is complete.</source>
            <translation>De PDF van de studie; een bestaand bestand wordt pas vervangen als de studie volledig is.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="248" />
            <source>The municipality to publish, by name or NIS code; the store must hold its data.</source>
            <translation>De gemeente om te publiceren, met naam of NIS-code; de opslag moet haar gegevens bevatten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="250" />
            <source>The layers of the page; a theme the store has no data for is left out with a note.</source>
            <translation>De lagen van de pagina; een thema waarvoor de opslag geen gegevens heeft, wordt met een opmerking weggelaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="252" />
            <source>The languages the page offers; the first one chosen is the one it opens in.</source>
            <translation>De talen die de pagina aanbiedt; de eerst gekozen taal is die waarin ze opent.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="254" />
            <source>The folder of the web site: empty, or an earlier published site, which is replaced only when the new one is complete.</source>
            <translation>De map van de website: leeg, of een eerder gepubliceerde website, die pas vervangen wordt als de nieuwe volledig is.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="256" />
            <source>The list of addresses to match: a table layer, a CSV or an Excel file.</source>
            <translation>De lijst met adressen om te koppelen: een tabellaag, een CSV- of een Excelbestand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="258" />
            <source>Column with the whole address in one text; use it or the separate columns below.</source>
            <translation>Kolom met het volledige adres in één tekst; gebruik ze of de afzonderlijke kolommen hieronder.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="260" />
            <source>Column with the street name.</source>
            <translation>Kolom met de straatnaam.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="261" />
            <source>Column with the house number (with or without its letter).</source>
            <translation>Kolom met het huisnummer (met of zonder letter).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="263" />
            <source>Column with the box number.</source>
            <translation>Kolom met het busnummer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="264" />
            <source>Column with the postcode.</source>
            <translation>Kolom met de postcode.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="265" />
            <source>Column with the municipality.</source>
            <translation>Kolom met de gemeente.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="266" />
            <source>The address register to match onto (Download addresses), so the matching works offline.</source>
            <translation>Het adressenregister om op te koppelen (Adressen downloaden), zodat het koppelen offline werkt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="268" />
            <source>Without a reference: ask the online address register, which sends your addresses to that service.</source>
            <translation>Zonder referentie: het online adressenregister bevragen, wat uw adressen naar die dienst stuurt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="270" />
            <source>Every row of the list with the address found, its id, how sure the match is and a point.</source>
            <translation>Elke rij van de lijst met het gevonden adres, zijn id, hoe zeker de koppeling is en een punt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="272" />
            <source>Only the rows to check by hand (not found or not sure); written only when given.</source>
            <translation>Alleen de rijen om met de hand na te kijken (niet gevonden of onzeker); alleen geschreven als opgegeven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="274" />
            <source>Study stores with a project register, one per line.</source>
            <translation>Studieopslagen met een projectenregister, één per lijn.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="275" />
            <source>Project registers as layers (e.g. the municipalities' own files).</source>
            <translation>Projectenregisters als lagen (bv. de eigen bestanden van de gemeenten).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="277" />
            <source>The regional store the registers are merged into.</source>
            <translation>De regionale opslag waarin de registers samengevoegd worden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="278" />
            <source>Projects that seem to be the same in two registers, to check by hand.</source>
            <translation>Projecten die in twee registers dezelfde lijken, om met de hand na te kijken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="280" />
            <source>Field of the segments with the speed limit (km/h), for the share of speeding.</source>
            <translation>Veld van de segmenten met de snelheidslimiet (km/u), voor het aandeel te snel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="282" />
            <source>Speed limit where no field gives one (km/h).</source>
            <translation>Snelheidslimiet waar geen veld er een geeft (km/u).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="283" />
            <source>First day of the period; empty: the first counted day.</source>
            <translation>Eerste dag van de periode; leeg: de eerste getelde dag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="284" />
            <source>Last day of the period; empty: the last counted day.</source>
            <translation>Laatste dag van de periode; leeg: de laatste getelde dag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="285" />
            <source>Per segment: average daily traffic per mode and direction, modal split, peaks, v85 and speeding.</source>
            <translation>Per segment: gemiddeld dagverkeer per vervoerswijze en richting, modal split, spitsen, v85 en snelheidsovertredingen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="287" />
            <source>The hourly counts with their time, to play in the temporal controller; written only when given.</source>
            <translation>De uurtellingen met hun tijd, om af te spelen in de tijdsbesturing; alleen geschreven als opgegeven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="289" />
            <source>The project register layer.</source>
            <translation>De laag van het projectenregister.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="290" />
            <source>Works or events in the public domain, e.g. the GIPOD innames.</source>
            <translation>Werken of evenementen op het openbaar domein, bv. de GIPOD-innames.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="291" />
            <source>A project and a work this close to each other, at the same time, are a conflict.</source>
            <translation>Een project en een werk die zo dicht bij elkaar liggen, op hetzelfde moment, zijn een conflict.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="293" />
            <source>Field with the id of each project.</source>
            <translation>Veld met het id van elk project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="294" />
            <source>Field with the name of each project.</source>
            <translation>Veld met de naam van elk project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="295" />
            <source>Field with the start date of each project.</source>
            <translation>Veld met de begindatum van elk project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="296" />
            <source>Field with the end date of each project.</source>
            <translation>Veld met de einddatum van elk project.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="297" />
            <source>Field with the id of each work.</source>
            <translation>Veld met het id van elk werk.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="298" />
            <source>Field with the name of each work.</source>
            <translation>Veld met de naam van elk werk.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="299" />
            <source>Field with the start date of each work.</source>
            <translation>Veld met de begindatum van elk werk.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="300" />
            <source>Field with the end date of each work.</source>
            <translation>Veld met de einddatum van elk werk.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="301" />
            <source>Each project and work that meet in place and time, with the days they overlap.</source>
            <translation>Elk project en werk die elkaar in plaats en tijd ontmoeten, met de dagen dat ze overlappen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="303" />
            <source>Analyse areas that already have a value, or count the register on a grid of cells.</source>
            <translation>Gebieden analyseren die al een waarde hebben, of het register tellen op een raster van cellen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="305" />
            <source>Areas with a value to analyse, e.g. the vacancy indicators (areas mode).</source>
            <translation>Gebieden met een waarde om te analyseren, bv. de leegstandsindicatoren (gebiedenmodus).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="307" />
            <source>Field with the value to analyse, e.g. the vacancy rate.</source>
            <translation>Veld met de waarde om te analyseren, bv. de leegstandsgraad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="308" />
            <source>The vacancy register as points (grid mode).</source>
            <translation>Het leegstandsregister als punten (rastermodus).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="309" />
            <source>Addresses or buildings per cell, so cells compare rates (grid mode).</source>
            <translation>Adressen of gebouwen per cel, zodat cellen percentages vergelijken (rastermodus).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="311" />
            <location filename="../processing/algorithms/parameter_help.py" line="331" />
            <source>NIS code of the municipality; empty: the whole region.</source>
            <translation>NIS-code van de gemeente; leeg: de hele regio.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="312" />
            <source>Polygon of the area the grid covers (grid mode).</source>
            <translation>Polygoon van het gebied dat het raster bedekt (rastermodus).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="313" />
            <source>Size of the grid cells; cells with few addresses are left out for privacy.</source>
            <translation>Grootte van de rastercellen; cellen met weinig adressen worden weggelaten voor de privacy.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="315" />
            <source>The day the register is counted on (grid mode); empty: today.</source>
            <translation>De dag waarop het register geteld wordt (rastermodus); leeg: vandaag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="317" />
            <source>Which areas are neighbours: sharing a border (on the grid: the 8 cells around), the k nearest, or within a distance.</source>
            <translation>Welke gebieden buren zijn: met een gemeenschappelijke grens (op het raster: de 8 cellen rondom), de k dichtste, of binnen een afstand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="319" />
            <source>Number of nearest neighbours (k nearest neighbours only).</source>
            <translation>Aantal dichtste buren (alleen k dichtste buren).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="320" />
            <source>Areas within this distance are neighbours (distance band only).</source>
            <translation>Gebieden binnen deze afstand zijn buren (alleen afstandsband).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="321" />
            <source>Random permutations for the significance; more is steadier but slower.</source>
            <translation>Willekeurige permutaties voor de significantie; meer is stabieler maar trager.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="323" />
            <source>Seed of the random permutations: the same seed gives the same result.</source>
            <translation>Startwaarde van de willekeurige permutaties: dezelfde startwaarde geeft hetzelfde resultaat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="325" />
            <source>Largest p-value for a cluster of the local Moran's I to count.</source>
            <translation>Grootste p-waarde waarbij een cluster van de lokale Moran's I meetelt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="327" />
            <source>Per area or cell: Gi* hot or cold spot, its significance and the Moran cluster.</source>
            <translation>Per gebied of cel: Gi*-hotspot of -coldspot, de significantie en de Moran-cluster.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="329" />
            <source>Polygons (wijken, statistical sectors) or street segments (lines) to count per.</source>
            <translation>Polygonen (wijken, statistische sectoren) of straatsegmenten (lijnen) waarover geteld wordt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="332" />
            <source>Field of the street segments with the street code, to count premises on their own street.</source>
            <translation>Veld van de straatsegmenten met de straatcode, om panden op hun eigen straat te tellen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="334" />
            <source>Field of the street segments with the street name.</source>
            <translation>Veld van de straatsegmenten met de straatnaam.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="335" />
            <source>A premise counts for the nearest segment of its street only within this distance.</source>
            <translation>Een pand telt alleen voor het dichtste segment van zijn straat binnen deze afstand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="337" />
            <source>Per area: premises, vacant premises, rate, types and durations; rates of small areas suppressed.</source>
            <translation>Per gebied: panden, leegstaande panden, graad, types en duur; percentages van kleine gebieden onderdrukt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="339" />
            <source>The vacancy register as points, for the published points.</source>
            <translation>Het leegstandsregister als punten, voor de gepubliceerde punten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="342" />
            <source>Point layer of the gateways (existing or planned) whose coverage is computed.</source>
            <translation>Puntlaag met de gateways (bestaand of gepland) waarvan de dekking berekend wordt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="344" />
            <source>Point layer of the places where a new gateway or sensor could go, for example roofs of public buildings.</source>
            <translation>Puntlaag met de plaatsen waar een nieuwe gateway of sensor kan komen, bijvoorbeeld daken van openbare gebouwen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="346" />
            <source>Field that names each site in the results; empty: the feature number.</source>
            <translation>Veld dat elke locatie een naam geeft in de resultaten; leeg: het objectnummer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="347" />
            <source>Field with the cost of a site (rent, installation); empty: every site costs 1.</source>
            <translation>Veld met de kostprijs van een locatie (huur, installatie); leeg: elke locatie kost 1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="349" />
            <source>Field with the antenna height of each site in metres above the ground; empty values use the default height.</source>
            <translation>Veld met de antennehoogte van elke locatie in meter boven de grond; lege waarden krijgen de standaardhoogte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="351" />
            <source>Field with the transmit power (EIRP, dBm) of the end devices per site; empty values use the default.</source>
            <translation>Veld met het zendvermogen (EIRP, dBm) van de eindtoestellen per locatie; lege waarden krijgen de standaardwaarde.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="357" />
            <source>Antenna height above the ground where the layer gives none: 15 m is a roof of a three-storey building.</source>
            <translation>Antennehoogte boven de grond waar de laag er geen geeft: 15 m is het dak van een gebouw met drie bouwlagen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="359" />
            <source>Transmit power of the end devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band (14 dBm ERP).</source>
            <translation>Zendvermogen van de eindtoestellen: 16 dBm EIRP is het wettelijke maximum in de Europese 868 MHz-band (14 dBm ERP).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="363" />
            <source>Gateways or sensors already in place: they are kept and count for the coverage.</source>
            <translation>Gateways of sensoren die er al staan: ze blijven behouden en tellen mee voor de dekking.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="365" />
            <source>The points the network must serve: sensors, addresses, meters, schools …</source>
            <translation>De punten die het netwerk moet bedienen: sensoren, adressen, meters, scholen …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="366" />
            <source>Field that says how much a point counts (residents, pupils, traffic); empty: every point counts once.</source>
            <translation>Veld dat zegt hoeveel een punt doorweegt (inwoners, leerlingen, verkeer); leeg: elk punt telt één keer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="368" />
            <source>Cover as much demand as possible with K new sites, or reach the coverage target with the cheapest sites.</source>
            <translation>Zoveel mogelijk vraag dekken met K nieuwe locaties, of het dekkingsdoel halen met de goedkoopste locaties.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="370" />
            <source>How many new sites to choose.</source>
            <translation>Hoeveel nieuwe locaties gekozen worden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="371" />
            <source>Share of the demand weight that must be covered (goal: coverage target).</source>
            <translation>Aandeel van het vraaggewicht dat gedekt moet zijn (doel: dekkingsdoel).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="372" />
            <source>How many gateways must hear each point: 2 keeps the network up when a gateway fails.</source>
            <translation>Hoeveel gateways elk punt moeten horen: met 2 blijft het netwerk werken als een gateway uitvalt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="374" />
            <source>Automatic takes the proven optimum when the exact method finds it within a few seconds, else the heuristic; the heuristic is fast and says how close to the best answer it is; exact finds the best answer but can take long.</source>
            <translation>Automatisch neemt het bewezen optimum als de exacte methode het binnen enkele seconden vindt, anders de heuristiek; de heuristiek is snel en zegt hoe dicht ze bij het beste antwoord zit; exact vindt het beste antwoord maar kan lang duren.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="377" />
            <source>The exact method stops after this many seconds and returns the best answer found so far.</source>
            <translation>De exacte methode stopt na zoveel seconden en geeft het beste antwoord tot dan.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="379" />
            <source>A tighter guarantee of how close to optimal the answer is; can be slow on large problems.</source>
            <translation>Een scherpere garantie van hoe dicht het antwoord bij het optimum ligt; kan traag zijn bij grote problemen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="381" />
            <source>Elevation of the ground (DTM), a single-band raster in a projected CRS such as the DHMV II in Lambert 72; not a base map.</source>
            <translation>Hoogte van het maaiveld (DTM), een raster met één band in een geprojecteerd CRS zoals het DHMV II in Lambert 72; geen achtergrondkaart.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="383" />
            <source>Elevation with buildings and trees (DSM, e.g. DHMV II DSM): obstacles are its height above the terrain model.</source>
            <translation>Hoogte met gebouwen en bomen (DSM, bv. DHMV II DSM): obstakels zijn het hoogteverschil met het terreinmodel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="385" />
            <source>Building polygons (e.g. GRB buildings) as obstacles, when there is no surface model.</source>
            <translation>Gebouwpolygonen (bv. GRB-gebouwen) als obstakels, als er geen oppervlaktemodel is.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="387" />
            <source>Field with the building height in metres; empty: the default height.</source>
            <translation>Veld met de gebouwhoogte in meter; leeg: de standaardhoogte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="389" />
            <source>Height of a building without a height: 8 m is about two storeys and a roof.</source>
            <translation>Hoogte van een gebouw zonder hoogte: 8 m is ongeveer twee bouwlagen en een dak.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="391" />
            <source>Height of the end devices above the ground; 1.5 m for a sensor on a pole or a façade.</source>
            <translation>Hoogte van de eindtoestellen boven de grond; 1,5 m voor een sensor aan een paal of gevel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="393" />
            <source>How terrain and obstacles weaken the signal: not at all, a fixed loss out of sight, or diffraction over the obstacles (the most realistic).</source>
            <translation>Hoe terrein en obstakels het signaal verzwakken: niet, een vast verlies buiten zicht, of diffractie over de obstakels (het meest realistisch).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="395" />
            <source>Extra loss where the gateway is out of sight, in line-of-sight mode only.</source>
            <translation>Extra verlies waar de gateway buiten zicht is, enkel in de zichtlijnmodus.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="396" />
            <source>Reserve for fading and changes over time: a point counts as covered only with this much signal to spare.</source>
            <translation>Reserve voor fading en schommelingen in de tijd: een punt telt pas als gedekt met zoveel signaal over.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="400" />
            <source>Formula for the loss over distance; a calibrated parameter set replaces it.</source>
            <translation>Formule voor het verlies over de afstand; een gekalibreerde parameterset vervangt ze.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="401" />
            <source>MCLP covers the most weight with K sensors, LSCP covers all points with the fewest sensors, p-median brings sensors closest to the points.</source>
            <translation>MCLP dekt het meeste gewicht met K sensoren, LSCP dekt alle punten met zo weinig mogelijk sensoren, p-mediaan brengt de sensoren zo dicht mogelijk bij de punten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="403" />
            <source>Only for the user model: path loss at the reference distance.</source>
            <translation>Enkel voor het eigen model: padverlies op de referentieafstand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="404" />
            <source>Only for the user model: how fast the loss grows with distance (2 in free space, 2.5–4 in towns).</source>
            <translation>Enkel voor het eigen model: hoe snel het verlies groeit met de afstand (2 in vrije ruimte, 2,5–4 in de bebouwde kom).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="406" />
            <source>Only for the user model: distance at which the reference loss holds.</source>
            <translation>Enkel voor het eigen model: afstand waarop het referentieverlies geldt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="407" />
            <source>A path-loss model calibrated on your own measurements (algorithm “Calibrate path loss from measurements”); replaces the model above.</source>
            <translation>Een padverliesmodel gekalibreerd op uw eigen metingen (algoritme “Padverlies kalibreren op metingen”); vervangt het model hierboven.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="409" />
            <source>Largest LoRa spreading factor the devices may use: higher reaches further but uses more air time and battery.</source>
            <translation>Grootste LoRa-spreidingsfactor die de toestellen mogen gebruiken: hoger reikt verder maar kost meer zendtijd en batterij.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="411" />
            <source>Area to compute; empty: as far as the gateways can reach.</source>
            <translation>Te berekenen gebied; leeg: zo ver als de gateways reiken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="412" />
            <source>Size of the computation cells in metres; 0 uses those of the terrain model. Larger cells compute faster.</source>
            <translation>Grootte van de rekencellen in meter; 0 neemt die van het terreinmodel. Grotere cellen rekenen sneller.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="414" />
            <source>A point is covered by a sensor within this distance.</source>
            <translation>Een punt is gedekt door een sensor binnen deze afstand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="415" />
            <source>Neighbourhoods or districts: the report says how well each one is served.</source>
            <translation>Wijken of deelgemeenten: het rapport zegt hoe goed elk ervan bediend wordt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="416" />
            <source>Field with the name of each area in the report.</source>
            <translation>Veld met de naam van elk gebied in het rapport.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="417" />
            <source>NIS code of the municipality the scenario belongs to.</source>
            <translation>NIS-code van de gemeente waartoe het scenario behoort.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="418" />
            <source>Name of the scenario in the store; the same name again replaces it.</source>
            <translation>Naam van het scenario in de opslag; dezelfde naam opnieuw vervangt het.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="419" />
            <source>The chosen gateway sites, kept and new, with the demand each one covers.</source>
            <translation>De gekozen gatewaylocaties, behouden en nieuw, met de vraag die elk ervan dekt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="421" />
            <source>The chosen sensor sites, kept and new, with the demand each one covers.</source>
            <translation>De gekozen sensorlocaties, behouden en nieuw, met de vraag die elk ervan dekt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="423" />
            <source>The demand points, each with whether and by which site it is covered.</source>
            <translation>De vraagpunten, elk met of en door welke locatie het gedekt is.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="425" />
            <source>The areas, each with the share of its demand that is covered.</source>
            <translation>De gebieden, elk met het aandeel van zijn vraag dat gedekt is.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="426" />
            <source>A report of the run as a web page: the answer, how close to the optimum it is, the coverage per area.</source>
            <translation>Een verslag van de berekening als webpagina: het antwoord, hoe dicht het bij het optimum ligt, de dekking per gebied.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="428" />
            <source>Raster of the best received power in each cell (dBm).</source>
            <translation>Raster van het beste ontvangen vermogen in elke cel (dBm).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="429" />
            <source>Raster of the gateway heard best in each cell.</source>
            <translation>Raster van de gateway die in elke cel het best gehoord wordt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="430" />
            <source>Raster of how many gateways hear each cell with the fade margin to spare.</source>
            <translation>Raster van het aantal gateways dat elke cel hoort met de fadingmarge als reserve.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="432" />
            <source>Raster of the smallest spreading factor that reaches each cell.</source>
            <translation>Raster van de kleinste spreidingsfactor die elke cel bereikt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="433" />
            <source>Polygons of the area each spreading factor reaches.</source>
            <translation>Polygonen van het gebied dat elke spreidingsfactor bereikt.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="60" />
            <source>Candidate id field</source>
            <translation>Veld met de id van de kandidaat</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="81" />
            <source>Demand coverage</source>
            <translation>Dekking van de vraag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="86" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="86" />
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="88" />
            <source>Bound on the optimum</source>
            <translation>Grens voor het optimum</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="88" />
            <source>Gap to the bound (0-1)</source>
            <translation>Afstand tot de grens (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="89" />
            <source>Share of the optimum reached at least (0-1)</source>
            <translation>Minstens bereikt aandeel van het optimum (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="116" />
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_sensors.py" line="126" />
            <source>candidates</source>
            <translation>kandidaten</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="128" />
            <source>demand points</source>
            <translation>vraagpunten</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="49" />
            <source>{layer} has no {what} field; choose it in the parameters.</source>
            <translation>{layer} heeft geen veld voor de {what}; kies het in de parameters.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="60" />
            <source>Conflicts between projects and works</source>
            <translation>Conflicten tussen projecten en werken</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="63" />
            <source>Finds every project and work that lie within a distance of each other (default 25 m; 0 m = touching or overlapping) &lt;b&gt;and&lt;/b&gt; whose periods share at least one day, for coordination meetings: one line per pair (the shortest line between them) with both ids and names, the distance, and the overlapping period (overlap_start, overlap_end, overlap_days).&lt;br&gt;&lt;br&gt;Periods are whole days with both ends included; an empty start or end date is an open end (a project without an end date is still running; overlap_days stays empty when the overlap has no end). Periods that only follow each other do not conflict.&lt;br&gt;Without field choices the project register's fields (project_key, naam, startdatum, einddatum) and GIPOD's (GipodId, Description, Start, End) are used. Layers in another CRS are reprojected to EPSG:31370.</source>
            <translation>Zoekt alle paren van een project en een werk die binnen een bepaalde afstand van elkaar liggen (standaard 25 m; 0 m = rakend of overlappend) &lt;b&gt;en&lt;/b&gt; waarvan de periodes minstens één dag gemeen hebben, voor coördinatievergaderingen: één lijn per paar (de kortste lijn ertussen) met beide id’s en namen, de afstand en de overlappende periode (overlap_start, overlap_end, overlap_days).&lt;br&gt;&lt;br&gt;Periodes zijn hele dagen, met begin- en einddag inbegrepen; een lege start- of einddatum is een open einde (een project zonder einddatum loopt nog; overlap_days blijft leeg als de overlapping geen einde heeft). Periodes die enkel op elkaar volgen, zijn geen conflict.&lt;br&gt;Zonder gekozen velden worden de velden van het projectregister (project_key, naam, startdatum, einddatum) en die van GIPOD (GipodId, Description, Start, End) gebruikt. Lagen in een ander CRS worden geherprojecteerd naar EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="79" />
            <source>Project id field</source>
            <translation>Veld met de project-id</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="80" />
            <source>Project name field</source>
            <translation>Veld met de projectnaam</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="81" />
            <source>Project start field</source>
            <translation>Veld met de startdatum van het project</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="82" />
            <source>Project end field</source>
            <translation>Veld met de einddatum van het project</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="83" />
            <source>Work id field</source>
            <translation>Veld met de id van het werk</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="84" />
            <source>Work name field</source>
            <translation>Veld met de naam van het werk</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="85" />
            <source>Work start field</source>
            <translation>Veld met de startdatum van het werk</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="86" />
            <source>Work end field</source>
            <translation>Veld met de einddatum van het werk</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="92" />
            <source>Works (e.g. GIPOD INNAME)</source>
            <translation>Werken (bv. GIPOD INNAME)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="94" />
            <source>Within distance</source>
            <translation>Maximale afstand</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="99" />
            <location filename="../processing/algorithms/project_conflicts.py" line="163" />
            <source>Conflicts</source>
            <translation>Conflicten</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="121" />
            <source>{layer} has no coordinate reference system; set it in the layer properties.</source>
            <translation>{layer} heeft geen coördinatenreferentiesysteem; stel het in bij de eigenschappen van de laag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="127" />
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="128" />
            <source>name</source>
            <translation>naam</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="129" />
            <source>start date</source>
            <translation>startdatum</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="130" />
            <source>end date</source>
            <translation>einddatum</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="164" />
            <source>{count} conflicts between {projects} projects and {works} works.</source>
            <translation>{count} conflicten tussen {projects} projecten en {works} werken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="25" />
            <source>Publish web map</source>
            <translation>Webkaart publiceren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="26" />
            <source>Publish</source>
            <translation>Publiceren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="28" />
            <source>Writes a self-contained web site of the study store for citizens: a map with a layer per theme (the device register, sensors with their latest reading and the daily means of the last 30 days, vacancy per neighbourhood, smart-city projects, gateway coverage), legends, charts, a table view, and the source, licence and date of every layer, in Dutch, French and English. Copy the folder to any web server, or open its index.html from disk.&lt;br&gt;&lt;br&gt;Beside each layer: the data as GeoJSON (WGS84) and DCAT-AP Vlaanderen metadata, so the Flemish open-data portal can harvest it.&lt;br&gt;&lt;br&gt;&lt;b&gt;Safe by default&lt;/b&gt;: only what the open-data exports and the device register allow. No owner, personal or tax field, no single vacant premise, neighbourhoods with fewer than 5 addresses suppressed, sensors that process personal data at the centre of their 100 m cell without their owner's name, sensors marked not public absent.</source>
            <translation>Schrijft een zelfstandige website van de studieopslag voor de burgers: een kaart met een laag per thema (het toestellenregister, sensoren met hun laatste meting en de daggemiddelden van de laatste 30 dagen, leegstand per wijk, smartcityprojecten, dekking van de gateways), legendes, grafieken, een tabelweergave, en de bron, licentie en datum van elke laag, in het Nederlands, Frans en Engels. Kopieer de map naar een willekeurige webserver, of open de index.html ervan vanaf de schijf.&lt;br&gt;&lt;br&gt;Naast elke laag: de gegevens als GeoJSON (WGS84) en metadata volgens DCAT-AP Vlaanderen, zodat het Vlaamse opendataportaal ze kan oogsten.&lt;br&gt;&lt;br&gt;&lt;b&gt;Standaard veilig&lt;/b&gt;: enkel wat de opendata-exports en het toestellenregister toelaten. Geen eigenaar, persoonlijk of fiscaal veld, geen afzonderlijk leegstaand pand, wijken met minder dan 5 adressen afgeschermd, sensoren die persoonsgegevens verwerken in het midden van hun cel van 100 m zonder de naam van hun eigenaar, sensoren die niet publiek zijn afwezig.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>Languages of the page</source>
            <translation>Talen van de pagina</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="57" />
            <source>Web site folder</source>
            <translation>Map van de website</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="86" />
            <source>{n} layers published in {path}: {layers}.</source>
            <translation>{n} lagen gepubliceerd in {path}: {layers}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="28" />
            <source>Radio coverage (LoRaWAN)</source>
            <translation>Radiodekking (LoRaWAN)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="29" />
            <source>Predicts where LoRaWAN end devices reach the gateways. For every cell: received power at the gateway (uplink) = device EIRP + antenna gain − cable loss − path loss − terrain loss.&lt;br&gt;&lt;b&gt;Path loss&lt;/b&gt;: log-distance with a published parameter set, your own parameters or a calibrated set (see 'Calibrate path loss'), Okumura-Hata, COST-231 Hata or free space; never less than free space.&lt;br&gt;&lt;b&gt;Terrain&lt;/b&gt;: line of sight over the terrain model (plus the DSM or buildings as clutter) and knife-edge diffraction (ITU-R P.526) of the dominant obstacle; or line of sight only, computed by GDAL's viewshed.&lt;br&gt;&lt;b&gt;Outputs&lt;/b&gt;: best received power (dBm), the best gateway, how many gateways hear each cell (with the fade margin at SF12), the smallest spreading factor that closes the link with the fade margin, and coverage polygons per SF.&lt;br&gt;Gateways and buildings must be in the terrain model's CRS (EPSG:31370 in Flanders).&lt;br&gt;Note: the empirical models (log-distance, Hata) already contain the loss of the buildings typically around a receiver; buildings given as clutter add their diffraction on top, which gives a pessimistic map near street level. Use clutter with free space, or for a worst case.</source>
            <translation>Voorspelt waar LoRaWAN-eindtoestellen de gateways bereiken. Voor elke cel: ontvangen vermogen aan de gateway (uplink) = EIRP van het toestel + antenneversterking − kabelverlies − padverlies − terreinverlies.&lt;br&gt;&lt;b&gt;Padverlies&lt;/b&gt;: log-afstand met een gepubliceerde parameterset, uw eigen parameters of een gekalibreerde set (zie 'Padverlies kalibreren'), Okumura-Hata, COST-231 Hata of vrije ruimte; nooit minder dan vrije ruimte.&lt;br&gt;&lt;b&gt;Terrein&lt;/b&gt;: zichtlijn over het terreinmodel (plus het DSM of gebouwen als clutter) en mesrand-diffractie (ITU-R P.526) van het dominante obstakel; of alleen zichtlijn, berekend met de viewshed van GDAL.&lt;br&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: beste ontvangen vermogen (dBm), de beste gateway, hoeveel gateways elke cel horen (met de fadingmarge bij SF12), de kleinste spreidingsfactor die de verbinding met de fadingmarge sluit, en dekkingspolygonen per SF.&lt;br&gt;Gateways en gebouwen moeten in het CRS van het terreinmodel staan (EPSG:31370 in Vlaanderen).&lt;br&gt;Let op: de empirische modellen (log-afstand, Hata) bevatten al het verlies door de gebouwen die doorgaans rond een ontvanger staan; gebouwen als clutter tellen hun diffractie daar nog bij, wat op straatniveau een pessimistische kaart geeft. Gebruik clutter met vrije ruimte, of voor een slechtste geval.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="64" />
            <source>Best received power (dBm)</source>
            <translation>Beste ontvangen vermogen (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="66" />
            <source>Best gateway</source>
            <translation>Beste gateway</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="69" />
            <source>Number of gateways that hear each cell</source>
            <translation>Aantal gateways dat elke cel hoort</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="71" />
            <source>Smallest spreading factor</source>
            <translation>Kleinste spreidingsfactor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="74" />
            <source>Coverage per spreading factor</source>
            <translation>Dekking per spreidingsfactor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="76" />
            <source>Share of the cells covered (0-1)</source>
            <translation>Aandeel gedekte cellen (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="96" />
            <source>Grid of {rows} × {cols} cells of {cell:g} m; model: {model}.</source>
            <translation>Raster van {rows} × {cols} cellen van {cell:g} m; model: {model}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="114" />
            <source>{:.1f} % of the cells are covered at SF12 or better with the fade margin.</source>
            <translation>{:.1f} % van de cellen is gedekt bij SF12 of beter met de fadingmarge.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="136" />
            <location filename="../processing/algorithms/siting_common.py" line="466" />
            <source>{:.1f} % of the cells have no terrain data; they are filled from their nearest neighbours for the obstacles and left empty in the results.</source>
            <translation>{:.1f} % van de cellen heeft geen terreingegevens; ze worden voor de obstakels aangevuld vanuit hun dichtste buren en in de resultaten leeg gelaten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="50" />
            <source>Municipality (NIS code, e.g. 44021)</source>
            <translation>Gemeente (NIS-code, bv. 44021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="65" />
            <source>Area (polygons)</source>
            <translation>Gebied (polygonen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="88" />
            <source>The area layer has no polygons.</source>
            <translation>De laag met gebieden heeft geen polygonen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="94" />
            <source>Start (default: 7 days before the end)</source>
            <translation>Begin (standaard: 7 dagen voor het einde)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="94" />
            <source>End (default: now)</source>
            <translation>Einde (standaard: nu)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="146" />
            <source>New sensors</source>
            <translation>Nieuwe sensoren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="146" />
            <source>New datastreams</source>
            <translation>Nieuwe datastromen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="147" />
            <source>New readings</source>
            <translation>Nieuwe metingen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="147" />
            <source>Readings already stored</source>
            <translation>Al opgeslagen metingen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="25" />
            <source>Chooses LoRaWAN gateway sites among candidates so that as much demand as possible is heard (K sites), or a coverage target is reached at least cost. A demand point is heard by a site when the predicted uplink closes at the largest allowed spreading factor with the fade margin (same radio model as 'Radio coverage'); with a redundancy of r it counts only when r chosen gateways hear it. Existing gateways are kept and counted.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; (lazy greedy, then a swap local search) is fast and reports a certificate: an upper bound on the best possible coverage (the online submodular bound and a Lagrangian bound; the LP relaxation on small instances or on request) and the gap to it. &lt;b&gt;Exact&lt;/b&gt; solves the MILP with HiGHS (scipy.optimize.milp) within the time limit.&lt;br&gt;Outputs: the chosen sites in order with the coverage after each, the demand points with the number of chosen gateways that hear them, and an HTML report with the diminishing-returns chart and the certificate.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</source>
            <translation>Kiest locaties voor LoRaWAN-gateways uit kandidaten zodat zoveel mogelijk vraag gehoord wordt (K locaties), of een dekkingsdoel tegen de laagste kost gehaald wordt. Een vraagpunt wordt door een locatie gehoord als de voorspelde uplink sluit bij de grootste toegelaten spreidingsfactor met de fadingmarge (hetzelfde radiomodel als 'Radiodekking'); met een redundantie r telt het alleen als r gekozen gateways het horen. Bestaande gateways blijven behouden en tellen mee.&lt;br&gt;&lt;b&gt;Gulzig&lt;/b&gt; (lazy greedy, daarna lokaal zoeken met wissels) is snel en meldt een certificaat: een bovengrens voor de best mogelijke dekking (de online submodulaire grens en een Lagrange-grens; de LP-relaxatie bij kleine instanties of op verzoek) en de afstand daartoe. &lt;b&gt;Exact&lt;/b&gt; lost het MILP op met HiGHS (scipy.optimize.milp) binnen de tijdslimiet.&lt;br&gt;Uitvoer: de gekozen locaties in volgorde met de dekking na elke locatie, de vraagpunten met het aantal gekozen gateways dat ze hoort, en een HTML-rapport met de grafiek van de afnemende meeropbrengst en het certificaat.&lt;br&gt;&lt;b&gt;Meerdelige kandidaten&lt;/b&gt;: een object met meerdere punten wordt in zijn punten gesplitst, elk een eigen kandidaat (zijn id met -1, -2, …), en een waarschuwing telt ze; objecten zonder geometrie worden overgeslagen en geteld.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="46" />
            <source>Cost field (empty: every site costs 1)</source>
            <translation>Kostenveld (leeg: elke locatie kost 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="48" />
            <source>Existing gateways (kept)</source>
            <translation>Bestaande gateways (behouden)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="49" />
            <source>Demand points (sensors, addresses, …)</source>
            <translation>Vraagpunten (sensoren, adressen, …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="50" />
            <source>Weight field (empty: every point weighs 1)</source>
            <translation>Gewichtsveld (leeg: elk punt weegt 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="51" />
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="52" />
            <source>Cover the most demand with K new sites</source>
            <translation>De meeste vraag dekken met K nieuwe locaties</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="53" />
            <source>Reach the coverage target at least cost</source>
            <translation>Het dekkingsdoel halen tegen de laagste kost</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="54" />
            <location filename="../processing/algorithms/site_sensors.py" line="76" />
            <source>Number of new sites (K)</source>
            <translation>Aantal nieuwe locaties (K)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="56" />
            <source>Coverage target (% of the demand weight)</source>
            <translation>Dekkingsdoel (% van het gewicht van de vraag)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="59" />
            <source>Gateways that must hear each point</source>
            <translation>Gateways die elk punt moeten horen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="68" />
            <location filename="../processing/algorithms/siting_common.py" line="220" />
            <source>Cell size (m; 0 = that of the terrain model)</source>
            <translation>Celgrootte (m; 0 = die van het terreinmodel)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="70" />
            <source>Chosen gateway sites</source>
            <translation>Gekozen gatewaylocaties</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="71" />
            <location filename="../processing/algorithms/site_sensors.py" line="86" />
            <source>Covered share of the demand weight (0-1)</source>
            <translation>Gedekt aandeel van het gewicht van de vraag (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="72" />
            <source>Objective (covered weight or cost)</source>
            <translation>Doelfunctie (gedekt gewicht of kost)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="80" />
            <source>{s:.1f} % of the demand weight is heard by at least {r} gateway(s).</source>
            <translation>{s:.1f} % van het gewicht van de vraag wordt door minstens {r} gateway(s) gehoord.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_gateways.py" line="98" />
            <source>existing gateways</source>
            <translation>bestaande gateways</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_sensors.py" line="127" />
            <source>demand</source>
            <translation>vraag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="122" />
            <source>{n} demand points lie outside the terrain model and count as not heard.</source>
            <translation>{n} vraagpunten liggen buiten het terreinmodel en tellen als niet gehoord.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="124" />
            <source>Predicting which of {m} sites hears which of {n} demand points …</source>
            <translation>Voorspellen welke van de {m} locaties welke van de {n} vraagpunten hoort …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="45" />
            <source>Chooses sensor sites among candidates for the demand (residents, pupils, traffic …: any points with an optional weight). A site covers the demand points within the radius (straight-line distance).&lt;br&gt;&lt;b&gt;MCLP&lt;/b&gt;: the K sites that cover the most weight. &lt;b&gt;LSCP&lt;/b&gt;: the fewest (or cheapest) sites that cover every demand point. &lt;b&gt;p-median&lt;/b&gt;: the K sites with the least weighted mean distance to the demand.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; is fast and reports a certificate (an upper bound for MCLP, a lower bound for LSCP and p-median) and the gap to it; &lt;b&gt;exact&lt;/b&gt; solves the MILP with HiGHS. Existing sensors are kept.&lt;br&gt;With areas (neighbourhoods), the covered share per area is reported and the least-covered areas are listed first.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</source>
            <translation>Kiest locaties voor sensoren uit kandidaten voor de vraag (inwoners, leerlingen, verkeer …: alle punten met een optioneel gewicht). Een locatie dekt de vraagpunten binnen de straal (afstand in vogelvlucht).&lt;br&gt;&lt;b&gt;MCLP&lt;/b&gt;: de K locaties die het meeste gewicht dekken. &lt;b&gt;LSCP&lt;/b&gt;: de minste (of goedkoopste) locaties die elk vraagpunt dekken. &lt;b&gt;p-mediaan&lt;/b&gt;: de K locaties met de kleinste gewogen gemiddelde afstand tot de vraag.&lt;br&gt;&lt;b&gt;Gulzig&lt;/b&gt; is snel en meldt een certificaat (een bovengrens voor MCLP, een ondergrens voor LSCP en p-mediaan) en de afstand daartoe; &lt;b&gt;exact&lt;/b&gt; lost het MILP op met HiGHS. Bestaande sensoren blijven behouden.&lt;br&gt;Met gebieden (wijken) wordt het gedekte aandeel per gebied gemeld en worden de minst gedekte gebieden eerst opgelijst.&lt;br&gt;&lt;b&gt;Meerdelige kandidaten&lt;/b&gt;: een object met meerdere punten wordt in zijn punten gesplitst, elk een eigen kandidaat (zijn id met -1, -2, …), en een waarschuwing telt ze; objecten zonder geometrie worden overgeslagen en geteld.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="66" />
            <source>Cost field for LSCP</source>
            <translation>Kostenveld voor LSCP</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="67" />
            <source>Existing sensors (kept)</source>
            <translation>Bestaande sensoren (behouden)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="68" />
            <source>Weight field (residents, pupils, traffic …)</source>
            <translation>Gewichtsveld (inwoners, leerlingen …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="71" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="72" />
            <source>MCLP: cover the most weight</source>
            <translation>MCLP: zoveel mogelijk gewicht dekken</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="73" />
            <source>LSCP: cover every point</source>
            <translation>LSCP: elk punt dekken</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="74" />
            <source>p-median: shortest mean distance</source>
            <translation>p-mediaan: kortste gemiddelde afstand</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="80" />
            <source>Areas for the equity report</source>
            <translation>Gebieden voor het rapport over billijkheid</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="87" />
            <source>Weighted mean distance to the nearest site (m)</source>
            <translation>Gewogen gemiddelde afstand tot de dichtstbijzijnde locatie (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="88" />
            <source>Coverage per area</source>
            <translation>Dekking per gebied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="101" />
            <source>{n} sites chosen; {s:.1f} % of the demand weight lies within {r:g} m of a site; weighted mean distance {d:.0f} m.</source>
            <translation>{n} locaties gekozen; {s:.1f} % van het gewicht van de vraag ligt binnen {r:g} m van een locatie; gewogen gemiddelde afstand {d:.0f} m.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="127" />
            <location filename="../processing/algorithms/site_sensors.py" line="130" />
            <source>existing sensors</source>
            <translation>bestaande sensoren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="128" />
            <location filename="../processing/algorithms/site_sensors.py" line="250" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="188" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="194" />
            <source>areas</source>
            <translation>gebieden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="135" />
            <source>existing {}</source>
            <translation>bestaande {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="151" />
            <source>{n:,} demand points × {m:,} candidates is too large for the p-median distance matrix; aggregate the demand (for example per building block) or use MCLP.</source>
            <translation>{n:,} vraagpunten × {m:,} kandidaten is te groot voor de afstandsmatrix van de p-mediaan; aggregeer de vraag (bijvoorbeeld per bouwblok) of gebruik MCLP.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="181" />
            <source>Least covered: {name} — {s:.1f} % of {w:,.0f}.</source>
            <translation>Minst gedekt: {name} — {s:.1f} % van {w:,.0f}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="79" />
            <source>Siting</source>
            <translation>Inplanting</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="138" />
            <source>Antenna height field (m)</source>
            <translation>Veld met de antennehoogte (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="139" />
            <source>Device EIRP field (dBm)</source>
            <translation>Veld met de EIRP van het toestel (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="140" />
            <source>Gateway antenna gain field (dBi)</source>
            <translation>Veld met de antenneversterking van de gateway (dBi)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="141" />
            <source>Cable loss field (dB)</source>
            <translation>Veld met het kabelverlies (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="145" />
            <source>Default antenna height (m above ground)</source>
            <translation>Standaard antennehoogte (m boven de grond)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="146" />
            <source>Default device EIRP (dBm)</source>
            <translation>Standaard EIRP van het toestel (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="147" />
            <source>Default gateway antenna gain (dBi)</source>
            <translation>Standaard antenneversterking van de gateway (dBi)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="148" />
            <source>Default cable loss (dB)</source>
            <translation>Standaard kabelverlies (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="156" />
            <source>Log-distance, Oulu (Petäjäjärvi 2015, car)</source>
            <translation>Log-afstand, Oulu (Petäjäjärvi 2015, auto)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="157" />
            <source>Log-distance, Oulu over water (Petäjäjärvi 2015, boat)</source>
            <translation>Log-afstand, Oulu boven water (Petäjäjärvi 2015, boot)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="158" />
            <source>Log-distance, Bonn fit (Rademacher 2021)</source>
            <translation>Log-afstand, aanpassing Bonn (Rademacher 2021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="159" />
            <source>Log-distance, Dortmund (868 MHz urban)</source>
            <translation>Log-afstand, Dortmund (868 MHz stedelijk)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="160" />
            <source>Log-distance, Ghent (as coded in lora-bonn)</source>
            <translation>Log-afstand, Gent (zoals gecodeerd in lora-bonn)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="161" />
            <source>Log-distance, LoRaSim/FLoRa (Bor 2016)</source>
            <translation>Log-afstand, LoRaSim/FLoRa (Bor 2016)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="162" />
            <source>Okumura-Hata urban (large city)</source>
            <translation>Okumura-Hata stedelijk (grote stad)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="163" />
            <source>Okumura-Hata urban (small/medium city)</source>
            <translation>Okumura-Hata stedelijk (kleine/middelgrote stad)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="164" />
            <source>Okumura-Hata suburban</source>
            <translation>Okumura-Hata voorstedelijk</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="165" />
            <source>Okumura-Hata open area</source>
            <translation>Okumura-Hata open gebied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="166" />
            <source>COST-231 Hata (medium city, C_M 0 dB)</source>
            <translation>COST-231 Hata (middelgrote stad, C_M 0 dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="167" />
            <source>COST-231 Hata (metropolitan centre, C_M 3 dB)</source>
            <translation>COST-231 Hata (grootstedelijk centrum, C_M 3 dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="168" />
            <source>Free space (ITU-R P.525)</source>
            <translation>Vrije ruimte (ITU-R P.525)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="169" />
            <source>Log-distance, user parameters (below)</source>
            <translation>Log-afstand, eigen parameters (hieronder)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="176" />
            <source>Path-loss model</source>
            <translation>Padverliesmodel</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="178" />
            <source>User model: path loss at the reference distance (dB)</source>
            <translation>Eigen model: padverlies op de referentieafstand (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="180" />
            <source>User model: path-loss exponent n</source>
            <translation>Eigen model: padverliesexponent n</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="183" />
            <source>User model: reference distance (km)</source>
            <translation>Eigen model: referentieafstand (km)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="186" />
            <source>Calibrated parameter set (name or .json file; replaces the model above)</source>
            <translation>Gekalibreerde parameterset (naam of .json-bestand; vervangt het model hierboven)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="191" />
            <source>Terrain model (DTM)</source>
            <translation>Terreinmodel (DTM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="192" />
            <source>Surface model (DSM) for clutter</source>
            <translation>Oppervlaktemodel (DSM) voor clutter</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="194" />
            <source>Buildings for clutter</source>
            <translation>Gebouwen voor clutter</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="196" />
            <source>Building height field (m)</source>
            <translation>Veld met de gebouwhoogte (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="199" />
            <source>Default building height (m)</source>
            <translation>Standaard gebouwhoogte (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="202" />
            <source>Receiver (end device) height (m above ground)</source>
            <translation>Hoogte van de ontvanger (eindtoestel) (m boven de grond)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="206" />
            <source>Terrain effect</source>
            <translation>Effect van het terrein</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="207" />
            <source>None (distance only)</source>
            <translation>Geen (alleen afstand)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="207" />
            <source>Line of sight (GDAL viewshed; out of sight adds the loss below)</source>
            <translation>Zichtlijn (GDAL-viewshed; buiten zicht komt het verlies hieronder erbij)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="208" />
            <source>Line of sight and knife-edge diffraction</source>
            <translation>Zichtlijn en mesrand-diffractie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="209" />
            <source>Extra loss out of sight, line-of-sight mode (dB)</source>
            <translation>Extra verlies buiten zicht, zichtlijnmodus (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="212" />
            <source>Fade margin (dB)</source>
            <translation>Fadingmarge (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="218" />
            <source>Extent (default: what the gateways can reach)</source>
            <translation>Omgrenzing (standaard: wat de gateways kunnen bereiken)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="225" />
            <source>Largest spreading factor allowed</source>
            <translation>Grootste toegelaten spreidingsfactor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="232" />
            <source>Automatic (exact if fast, else heuristic)</source>
            <translation>Automatisch (exact indien snel, anders heuristiek)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="234" />
            <source>Heuristic only (with a quality bound)</source>
            <translation>Alleen heuristiek (met kwaliteitsgrens)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="236" />
            <source>Time limit of the exact method (s)</source>
            <translation>Tijdslimiet van de exacte methode (s)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="242" />
            <source>Also compute the LP-relaxation bound (tighter, can be slow on large instances)</source>
            <translation>Ook de grens van de LP-relaxatie berekenen (strakker, kan traag zijn bij grote instanties)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="282" />
            <source>The terrain model cannot be opened; choose a valid raster layer.</source>
            <translation>Het terreinmodel kan niet geopend worden; kies een geldige rasterlaag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="285" />
            <source>The terrain model must be in a projected CRS in metres (EPSG:31370 in Flanders); it is in {}. Reproject it first (Raster ▸ Projections ▸ Warp).</source>
            <translation>Het terreinmodel moet in een geprojecteerd CRS in meter staan (EPSG:31370 in Vlaanderen); het staat in {}. Herprojecteer het eerst (Raster ▸ Projecties ▸ Warp).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="296" />
            <source>The {what} layer is in {crs} but the terrain model is in {dem}; reproject the {what} (Vector ▸ Data Management Tools ▸ Reproject Layer) so both use the same CRS.</source>
            <translation>De laag {what} staat in {crs}, maar het terreinmodel in {dem}; herprojecteer de {what} (Vector ▸ Gereedschap voor databeheer ▸ Laag herprojecteren) zodat beide hetzelfde CRS gebruiken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="369" />
            <source>{n} multi-part {what} were split into their parts, each one of its own ({total} in all, labelled with the id and -1, -2, …).</source>
            <translation>{n} meerdelige {what} werden in hun delen gesplitst, elk deel apart ({total} in totaal, met de id en -1, -2, … als label).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="373" />
            <source>The {} layer has no features with a geometry.</source>
            <translation>De laag {} heeft geen objecten met een geometrie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="395" />
            <source>Site {} has an antenna height of zero or less; give every site a positive height.</source>
            <translation>Locatie {} heeft een antennehoogte van nul of minder; geef elke locatie een positieve hoogte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="411" />
            <source>{n} {what} lie outside the terrain model ({ids}); remove them or use a larger terrain model.</source>
            <translation>{n} {what} liggen buiten het terreinmodel ({ids}); verwijder ze of gebruik een groter terreinmodel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="434" />
            <source>The extent does not overlap the terrain model; choose an extent inside it.</source>
            <translation>De omgrenzing overlapt het terreinmodel niet; kies een omgrenzing erbinnen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="441" />
            <source>The grid would have {n:,} cells; choose a larger cell size or a smaller extent.</source>
            <translation>Het raster zou {n:,} cellen hebben; kies een grotere celgrootte of een kleinere omgrenzing.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="449" />
            <source>The raster {} is not read through GDAL; save it as a GeoTIFF first.</source>
            <translation>Het raster {} wordt niet via GDAL gelezen; bewaar het eerst als GeoTIFF.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="475" />
            <location filename="../processing/algorithms/siting_common.py" line="487" />
            <source>buildings</source>
            <translation>gebouwen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="565" />
            <source>The {what} layer is in {crs}, which has no metres; reproject it to EPSG:31370 first.</source>
            <translation>De laag {what} staat in {crs}, dat geen meter gebruikt; herprojecteer ze eerst naar EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="572" />
            <source>The {what} layer is in {crs} but the candidates are in {ref}; reproject it so all layers use the same CRS.</source>
            <translation>De laag {what} staat in {crs}, maar de kandidaten in {ref}; herprojecteer ze zodat alle lagen hetzelfde CRS gebruiken.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="649" />
            <source>Objective {obj:,.6g}; bound {bound:,.6g} ({kind}); gap {gap:.2f} %; at least {q:.2f} % of the optimum.</source>
            <translation>Doelfunctie {obj:,.6g}; grens {bound:,.6g} ({kind}); afstand {gap:.2f} %; minstens {q:.2f} % van het optimum.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="653" />
            <source>The certificate cannot guarantee 95 % of the optimum; try the exact method or the LP bound for a tighter figure.</source>
            <translation>Het certificaat kan geen 95 % van het optimum garanderen; probeer de exacte methode of de LP-grens voor een strakker cijfer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="664" />
            <source>Save as a scenario in this study store</source>
            <translation>Als scenario bewaren in deze studieopslag</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="667" />
            <source>Municipality of the scenario (NIS code; empty: the niscode field of the demand points)</source>
            <translation>Gemeente van het scenario (NIS-code; leeg: het veld niscode van de vraagpunten)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="670" />
            <source>Scenario name (saving again under the same name replaces the scenario)</source>
            <translation>Naam van het scenario (opnieuw bewaren onder dezelfde naam vervangt het scenario)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="672" />
            <source>Scenario record in the store (fid)</source>
            <translation>Record van het scenario in de opslag (fid)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="676" />
            <source>&lt;br&gt;With a &lt;b&gt;study store&lt;/b&gt;, the run is also saved there as a scenario (its figures, the chosen sites in order, the candidates and the existing sites), for the map study and later comparison. The municipality is the NIS code given, else the one value of the demand layer's niscode field; a scenario saved under the same name is replaced.</source>
            <translation>&lt;br&gt;Met een &lt;b&gt;studieopslag&lt;/b&gt; wordt de berekening daar ook als scenario bewaard (de cijfers, de gekozen locaties in volgorde, de kandidaten en de bestaande locaties), voor de kaartstudie en om later te vergelijken. De gemeente is de opgegeven NIS-code, anders de enige waarde van het veld niscode van de vraaglaag; een scenario dat onder dezelfde naam bewaard wordt, wordt vervangen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/store_parameter.py" line="42" />
            <source>A GeoPackage file, for example C:/studies/gent.gpkg, or a PostGIS schema through one of QGIS's saved PostgreSQL connections: pg:&lt;connection name&gt;?schema=&lt;schema&gt;.</source>
            <translation>Een GeoPackage-bestand, bijvoorbeeld C:/studies/gent.gpkg, of een PostGIS-schema via een van de opgeslagen PostgreSQL-verbindingen van QGIS: pg:&lt;naam van de verbinding&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="67" />
            <source>{layer} has no niscode field: all its features are taken as lying in {municipality}.</source>
            <translation>{layer} heeft geen veld niscode: alle objecten ervan worden beschouwd als gelegen in {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="118" />
            <source>Municipality: {municipality}.</source>
            <translation>Gemeente: {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="125" />
            <source>No area has the niscode of {municipality}; choose the areas of that municipality or leave the municipality empty.</source>
            <translation>Geen enkel gebied heeft de niscode van {municipality}; kies de gebieden van die gemeente of laat de gemeente leeg.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="132" />
            <source>The register has no premises of municipality {municipality}.</source>
            <translation>Het leegstandsregister bevat geen panden van de gemeente {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="35" />
            <source>Areas: a value per polygon</source>
            <translation>Gebieden: een waarde per polygoon</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="36" />
            <source>Grid: premises per cell of a regular grid</source>
            <translation>Raster: panden per cel van een regelmatig raster</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="37" />
            <source>Contiguity (neighbouring areas or cells)</source>
            <translation>Aangrenzing (naburige gebieden of cellen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="37" />
            <source>k nearest neighbours</source>
            <translation>k dichtste buren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="38" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="117" />
            <source>Distance band</source>
            <translation>Afstandsband</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="43" />
            <source>Vacancy hot spots (Gi*, local Moran's I)</source>
            <translation>Hotspots van leegstand (Gi*, lokale Moran’s I)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="46" />
            <source>Finds clusters of vacancy: Getis-Ord Gi* hot and cold spots and local Moran's I clusters and outliers, with significance from conditional permutations.&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt;: analyses a numeric field of a polygon layer, for example vacancy_rate from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;. Areas without a value (suppressed small-number rates) are left out and marked 'Not analysed'.&lt;br&gt;&lt;b&gt;Grid&lt;/b&gt;: counts the premises in the register on the reference date per square cell; with a denominator layer the value is the rate per cell (cells with fewer than 5 units are left out). A study area limits the grid to the cells whose centre lies in it.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: gi_class is +3/+2/+1 for hot spots at 99/95/90 % confidence and -1/-2/-3 for cold spots, from the two-sided pseudo p-value of the permutations (gi_p_sim); gi_z and gi_p_norm are the analytical z-score and its normal p-value. moran_cluster says High-High, Low-Low, High-Low or Low-High where moran_p_sim is below the significance level. With many areas, some will be significant by chance: read the map as an indication, not as proof.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to analyse one municipality: only the features whose niscode field says that municipality (the register; areas, denominator and study area where they have such a field); leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: features without a geometry are left out and counted in a warning; invalid polygons are repaired and counted. Where global Moran's I is undefined (every value the same, or no area with a neighbour) it says so in a sentence and GLOBAL_MORAN is left empty.</source>
            <translation>Zoekt clusters van leegstand: Getis-Ord Gi*-hot- en coldspots en clusters en uitschieters van lokale Moran’s I, met significantie uit voorwaardelijke permutaties.&lt;br&gt;&lt;br&gt;&lt;b&gt;Gebieden&lt;/b&gt;: analyseert een numeriek veld van een polygoonlaag, bijvoorbeeld vacancy_rate uit &lt;i&gt;Leegstandsindicatoren per gebied&lt;/i&gt;. Gebieden zonder waarde (onderdrukte percentages bij kleine aantallen) worden weggelaten en gemarkeerd als 'Not analysed'.&lt;br&gt;&lt;b&gt;Raster&lt;/b&gt;: telt de panden die op de referentiedatum in het register staan per vierkante cel; met een noemerlaag is de waarde het percentage per cel (cellen met minder dan 5 eenheden worden weggelaten). Een studiegebied beperkt het raster tot de cellen waarvan het middelpunt erin ligt.&lt;br&gt;&lt;b&gt;Klassen&lt;/b&gt;: gi_class is +3/+2/+1 voor hotspots bij 99/95/90 % betrouwbaarheid en -1/-2/-3 voor coldspots, op basis van de tweezijdige pseudo-p-waarde van de permutaties (gi_p_sim); gi_z en gi_p_norm zijn de analytische z-score en de normale p-waarde ervan. moran_cluster geeft High-High, Low-Low, High-Low of Low-High waar moran_p_sim onder het significantieniveau ligt. Bij veel gebieden zullen sommige toevallig significant zijn: lees de kaart als een aanwijzing, niet als een bewijs.&lt;br&gt;&lt;b&gt;Gemeente&lt;/b&gt;: geef een NIS-code of een naam om één gemeente te analyseren: alleen de objecten waarvan het veld niscode die gemeente aangeeft (het leegstandsregister; gebieden, noemer en studiegebied waar ze zo'n veld hebben); laat leeg voor de hele regio.&lt;br&gt;&lt;b&gt;Geometrieën&lt;/b&gt;: objecten zonder geometrie worden weggelaten en in een waarschuwing geteld; ongeldige polygonen worden hersteld en geteld. Waar de globale Moran's I niet bepaald is (overal dezelfde waarde, of geen gebied met een buur), zegt een zin dat en blijft GLOBAL_MORAN leeg.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="89" />
            <source>Analyse</source>
            <translation>Analyseren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="92" />
            <source>Areas with a value (areas mode)</source>
            <translation>Gebieden met waarde (modus gebieden)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="97" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="135" />
            <source>Area id field</source>
            <translation>Veld met de id van het gebied</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="100" />
            <source>Vacancy register (grid mode)</source>
            <translation>Leegstandsregister (modus raster)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="102" />
            <source>Denominator (grid mode)</source>
            <translation>Noemer (modus raster)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="107" />
            <source>Study area (grid mode)</source>
            <translation>Studiegebied (modus raster)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="108" />
            <source>Cell size (grid mode)</source>
            <translation>Celgrootte (modus raster)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="111" />
            <source>Reference date (grid mode)</source>
            <translation>Referentiedatum (modus raster)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="113" />
            <source>Neighbours</source>
            <translation>Buren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="115" />
            <source>k (k nearest neighbours)</source>
            <translation>k (k dichtste buren)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="118" />
            <source>Permutations</source>
            <translation>Permutaties</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="121" />
            <source>Random seed (same seed, same result)</source>
            <translation>Toevalszaad (zelfde zaad, zelfde resultaat)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="123" />
            <source>Significance level (Moran clusters)</source>
            <translation>Significantieniveau (Moran-clusters)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="126" />
            <source>Hot spots</source>
            <translation>Hotspots</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="128" />
            <source>Global Moran's I</source>
            <translation>Globale Moran’s I</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="129" />
            <source>Hot spots (90 % or more)</source>
            <translation>Hotspots (90 % of meer)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="130" />
            <source>Cold spots (90 % or more)</source>
            <translation>Coldspots (90 % of meer)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="144" />
            <source>{n} units, {links} neighbour links; {perms} permutations.</source>
            <translation>{n} eenheden, {links} burenrelaties; {perms} permutaties.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="162" />
            <source>{hot} hot and {cold} cold spots.</source>
            <translation>{hot} hot spots en {cold} cold spots.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="173" />
            <source>Choose the areas layer with the value to analyse (for example the output of Vacancy indicators per area).</source>
            <translation>Kies de laag met gebieden met de te analyseren waarde (bijvoorbeeld de uitvoer van Leegstandsindicatoren per gebied).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="178" />
            <source>Choose the value field to analyse.</source>
            <translation>Kies het te analyseren waardeveld.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="200" />
            <source>Choose the vacancy register for the grid.</source>
            <translation>Kies het leegstandsregister voor het raster.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="213" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="213" />
            <source>denominator units</source>
            <translation>noemereenheden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="217" />
            <source>Grid of {rows} × {cols} cells of {size:.0f} m; {n} cells analysed.</source>
            <translation>Raster van {rows} × {cols} cellen van {size:.0f} m; {n} cellen geanalyseerd.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="232" />
            <source>No study area has the niscode of {municipality}; choose the study area of that municipality or leave the municipality empty.</source>
            <translation>Geen enkel studiegebied heeft de niscode van {municipality}; kies het studiegebied van die gemeente of laat de gemeente leeg.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="236" />
            <source>study areas</source>
            <translation>studiegebieden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="58" />
            <source>The vacancy layer lacks the field(s) {fields}; use the register made by Import vacancy register or a layer with the same fields.</source>
            <translation>De leegstandslaag mist het veld of de velden {fields}; gebruik het register dat gemaakt is met Leegstandsregister importeren of een laag met dezelfde velden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="72" />
            <source>Choose the vacancy layer.</source>
            <translation>Kies de leegstandslaag.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="74" />
            <source>The vacancy layer must be a point layer (the register made by Import vacancy register).</source>
            <translation>De leegstandslaag moet een puntlaag zijn (het register dat gemaakt is met Leegstandsregister importeren).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="78" />
            <source>The vacancy layer has no niscode field, so it cannot be filtered per municipality; use the register from the study store or leave the municipality empty.</source>
            <translation>De leegstandslaag heeft geen veld niscode en kan dus niet per gemeente gefilterd worden; gebruik het leegstandsregister uit de studieopslag of laat de gemeente leeg.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="89" />
            <source>premises</source>
            <translation>panden</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="98" />
            <source>Measures vacancy per area (core shopping area, wijk, statistical sector, municipality) or per street segment, on a reference date.&lt;br&gt;&lt;br&gt;Per area: premises in the register by type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) and in total (n_vacant), the denominator (addresses or buildings in the area), the vacancy rate in %, the median and mean duration in years, and the entries and removals of the last 12 months. Every area is in the output, with zeros where there is no vacancy.&lt;br&gt;&lt;b&gt;Small numbers&lt;/b&gt;: where the area has fewer than 5 denominator units, small_numbers is true and the rate is left empty: such rates are unstable and can point at one household.&lt;br&gt;&lt;b&gt;Street segments&lt;/b&gt;: give a line layer as areas (for example Gent's wegsegmenten). Premises and addresses are then snapped to the nearest segment of their own street: by street code (the register's straatnaam_id and the addresses' street_id against the segments' CRAB code), else by street name.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to measure one municipality of a regional register: only its premises, and its areas and addresses where those layers have a niscode field; leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: premises, units and areas without a geometry are left out and counted in a warning; invalid polygons (a self-intersecting boundary) are repaired and counted; areas that do not overlap the premises or the units at all are refused, as that points at the wrong layer or a wrong CRS.</source>
            <translation>Meet de leegstand per gebied (kernwinkelgebied, wijk, statistische sector, gemeente) of per straatsegment, op een referentiedatum.&lt;br&gt;&lt;br&gt;Per gebied: panden in het register per type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) en in totaal (n_vacant), de noemer (adressen of gebouwen in het gebied), het leegstandspercentage in %, de mediane en gemiddelde duur in jaren, en de opnames en schrappingen van de laatste 12 maanden. Elk gebied staat in de uitvoer, met nullen waar er geen leegstand is.&lt;br&gt;&lt;b&gt;Kleine aantallen&lt;/b&gt;: waar het gebied minder dan 5 eenheden in de noemer heeft, is small_numbers waar en blijft het percentage leeg: zulke percentages zijn onstabiel en kunnen naar één gezin wijzen.&lt;br&gt;&lt;b&gt;Straatsegmenten&lt;/b&gt;: geef een lijnlaag als gebieden op (bijvoorbeeld de wegsegmenten van Gent). Panden en adressen worden dan gekoppeld aan het dichtstbijzijnde segment van hun eigen straat: op straatcode (straatnaam_id van het register en street_id van de adressen tegenover de CRAB-code van de segmenten), anders op straatnaam.&lt;br&gt;&lt;b&gt;Gemeente&lt;/b&gt;: geef een NIS-code of een naam om één gemeente van een regionaal leegstandsregister te meten: alleen haar panden, en haar gebieden en adressen waar die lagen een veld niscode hebben; laat leeg voor de hele regio.&lt;br&gt;&lt;b&gt;Geometrieën&lt;/b&gt;: panden, eenheden en gebieden zonder geometrie worden weggelaten en in een waarschuwing geteld; ongeldige polygonen (een grens die zichzelf snijdt) worden hersteld en geteld; gebieden die de panden of de eenheden nergens overlappen, worden geweigerd, want dat wijst op een verkeerde laag of een verkeerd CRS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="131" />
            <source>Vacancy register (points)</source>
            <translation>Leegstandsregister (punten)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="133" />
            <source>Areas (polygons) or street segments (lines)</source>
            <translation>Gebieden (polygonen) of straatsegmenten (lijnen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="140" />
            <source>Denominator (addresses or buildings)</source>
            <translation>Noemer (adressen of gebouwen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="145" />
            <source>Reference date (empty: today)</source>
            <translation>Referentiedatum (leeg: vandaag)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="148" />
            <source>Street code field (CRAB)</source>
            <translation>Veld met de straatcode (CRAB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="151" />
            <source>Street name field of the segments</source>
            <translation>Veld met de straatnaam van de segmenten</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="154" />
            <source>Largest distance to a segment of the same street</source>
            <translation>Grootste afstand tot een segment van dezelfde straat</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="156" />
            <source>Vacancy indicators</source>
            <translation>Leegstandsindicatoren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="169" />
            <source>{n} premises with a location.</source>
            <translation>{n} panden met een locatie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="184" />
            <source>Choose the areas layer.</source>
            <translation>Kies de laag met gebieden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="195" />
            <source>{n} areas.</source>
            <translation>{n} gebieden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="216" />
            <source>{n} denominator units.</source>
            <translation>{n} eenheden in de noemer.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="238" />
            <source>Premises snapped by street code: {code}, by street name: {name}, not snapped: {none}.</source>
            <translation>Panden gekoppeld op straatcode: {code}, op straatnaam: {name}, niet gekoppeld: {none}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="262" />
            <source>{n} areas have fewer than {limit} units: their rate is suppressed.</source>
            <translation>{n} gebieden hebben minder dan {limit} eenheden: hun percentage wordt onderdrukt.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="23" />
            <source>Smart Municipality – Flemish base registers, sensors, vacancy and siting</source>
            <translation>Slimme Gemeente – Vlaamse basisregisters, sensoren, leegstand en inplanting</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/batch.py" line="28" />
            <source>Choose a reference address layer, or allow the online address register (the addresses are then sent to the Flemish address register).</source>
            <translation>Kies een referentielaag met adressen, of sta het online adressenregister toe (de adressen worden dan naar het Vlaamse adressenregister gestuurd).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="56" />
            <source>No column with addresses or street names was recognised in {source} (columns: {columns}); choose the address column, or the street and house-number columns.</source>
            <translation>In {source} werd geen kolom met adressen of straatnamen herkend (kolommen: {columns}); kies de adreskolom, of de kolommen met straat en huisnummer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="63" />
            <source>{source} holds a spreadsheet formula instead of a value at {place} ({formula}); save the sheet with values only (paste as values) and try again.</source>
            <translation>{source} bevat op {place} een formule in plaats van een waarde ({formula}); bewaar het werkblad met enkel waarden (plakken als waarden) en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="69" />
            <source>The column '{column}' chosen for the {role} holds only numbers; choose the column with the street names.</source>
            <translation>De kolom '{column}' die gekozen is voor de {role} bevat enkel getallen; kies de kolom met de straatnamen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="74" />
            <source>The street column '{column}' holds no house numbers and no house-number column was chosen; choose the house-number column.</source>
            <translation>De straatkolom '{column}' bevat geen huisnummers en er werd geen kolom met huisnummers gekozen; kies de kolom met huisnummers.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="84" />
            <source>address</source>
            <translation>adres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="84" />
            <source>street</source>
            <translation>straat</translation>
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
            <translation>Adressen (aangewezen op de kaart)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/geocoding.py" line="150" />
            <source>The address could not be added to the layer {layer}.</source>
            <translation>Het adres kon niet aan de laag {layer} toegevoegd worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="77" />
            <source>the layer</source>
            <translation>de laag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="79" />
            <location filename="../smart_municipality/sensors/files.py" line="183" />
            <source>{source} has no rows.</source>
            <translation>{source} heeft geen rijen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="95" />
            <source>The reference layer</source>
            <translation>De referentielaag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="97" />
            <source>The reference layer {name} is not a point layer; choose an address layer.</source>
            <translation>De referentielaag {name} is geen puntlaag; kies een adreslaag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="101" />
            <source>The reference layer {name} has no coordinate reference system; set it (EPSG:31370 for the address register) and try again.</source>
            <translation>De referentielaag {name} heeft geen coördinatenreferentiesysteem; stel het in (EPSG:31370 voor het adressenregister) en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="108" />
            <source>The reference layer {name} lacks the columns street and housenumber of the standard address schema; use an address layer made by this plugin.</source>
            <translation>De referentielaag {name} mist de kolommen street en housenumber van het standaard adresschema; gebruik een adreslaag die met deze plugin gemaakt is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="169" />
            <source>The reference layer {name} says {wrong} but its coordinates are {right}; correct the layer's coordinate reference system and try again.</source>
            <translation>De referentielaag {name} zegt {wrong}, maar haar coördinaten zijn {right}; corrigeer het coördinatenreferentiesysteem van de laag en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="181" />
            <location filename="../smart_municipality/vacancy/layer_io.py" line="102" />
            <source>The coordinates of {layer} do not lie in Belgium in its coordinate reference system {crs} (x around {x:.0f}); set the layer's real CRS (Lambert 2008 is EPSG:3812) and try again.</source>
            <translation>De coördinaten van {layer} liggen niet in België in haar coördinatenreferentiesysteem {crs} (x rond {x:.0f}); stel het echte CRS van de laag in (Lambert 2008 is EPSG:3812) en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="215" />
            <location filename="../smart_municipality/labels.py" line="23" />
            <source>chosen by hand</source>
            <translation>met de hand gekozen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="302" />
            <location filename="../smart_municipality/addresses/matcher.py" line="307" />
            <source>the postcode {postcode} and the place name {name} disagree</source>
            <translation>de postcode {postcode} en de plaatsnaam {name} komen niet overeen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="314" />
            <source>the postcode {postcode} does not belong to {name}</source>
            <translation>de postcode {postcode} hoort niet bij {name}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="318" />
            <source>the postcode {postcode} is not in the reference</source>
            <translation>de postcode {postcode} staat niet in de referentie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="320" />
            <source>{place} is not a municipality of the reference</source>
            <translation>{place} is geen gemeente van de referentie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="403" />
            <source>The reference layer lacks the column(s) {columns} of the standard address schema; use an address layer made by this plugin or rename its columns.</source>
            <translation>De referentielaag mist de kolom(men) {columns} van het standaard adresschema; gebruik een adreslaag die met deze plugin gemaakt is of hernoem de kolommen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="408" />
            <source>The reference layer holds no addresses.</source>
            <translation>De referentielaag bevat geen adressen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="636" />
            <location filename="../smart_municipality/addresses/online.py" line="112" />
            <source>no street given</source>
            <translation>geen straat opgegeven</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="653" />
            <source>several streets are spelled alike</source>
            <translation>meerdere straten worden gelijkaardig gespeld</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="712" />
            <source>street not found</source>
            <translation>straat niet gevonden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="728" />
            <source>street not found; the nearest names differ too much</source>
            <translation>straat niet gevonden; de dichtstbijzijnde namen verschillen te veel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="731" />
            <source>two or more streets are almost equally close</source>
            <translation>twee of meer straten liggen bijna even dicht</translation>
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
            <translation>Geannuleerd; er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="964" />
            <location filename="../smart_municipality/addresses/online.py" line="114" />
            <source>no house number given</source>
            <translation>geen huisnummer opgegeven</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="966" />
            <location filename="../smart_municipality/addresses/online.py" line="116" />
            <source>the house number {number} is not understood</source>
            <translation>het huisnummer {number} wordt niet begrepen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="986" />
            <location filename="../smart_municipality/addresses/online.py" line="185" />
            <source>several addresses fit equally well</source>
            <translation>meerdere adressen passen even goed</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="992" />
            <location filename="../smart_municipality/addresses/online.py" line="189" />
            <source>box {box} is not in the register</source>
            <translation>bus {box} staat niet in het register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="999" />
            <location filename="../smart_municipality/addresses/online.py" line="193" />
            <source>street spelled {spelling} in the register</source>
            <translation>straat in het register gespeld als {spelling}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1001" />
            <source>of the close street names, only this one has this house number</source>
            <translation>van de gelijkaardige straatnamen heeft alleen deze dit huisnummer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1024" />
            <source>registered under postcode {postcode}</source>
            <translation>geregistreerd onder postcode {postcode}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1027" />
            <source>first house number of the range</source>
            <translation>eerste huisnummer van de reeks</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1099" />
            <location filename="../smart_municipality/addresses/online.py" line="179" />
            <source>the register has this house number only with box numbers</source>
            <translation>het register heeft dit huisnummer enkel met busnummers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1104" />
            <source>house number {number} not found in {street}</source>
            <translation>huisnummer {number} niet gevonden in {street}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="142" />
            <source>The address register sent an unexpected answer to an address match; the service may have changed, try again later.</source>
            <translation>Het adressenregister stuurde een onverwacht antwoord op een adresmatch; misschien is de dienst gewijzigd, probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="165" />
            <source>the register knows the street but not this house number</source>
            <translation>het register kent de straat, maar niet dit huisnummer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="166" />
            <source>the register found no address</source>
            <translation>het register vond geen adres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="171" />
            <source>the register found no address with house number {number}</source>
            <translation>het register vond geen adres met huisnummer {number}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="88" />
            <source>The base-map catalogue has an incomplete entry ({entry}); reinstall the plugin.</source>
            <translation>De catalogus van achtergrondkaarten bevat een onvolledig item ({entry}); installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="91" />
            <source>The base-map catalogue entry {entry} has an unknown kind {kind}; reinstall the plugin.</source>
            <translation>Het item {entry} van de catalogus van achtergrondkaarten heeft een onbekend type {kind}; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="94" />
            <source>The base-map catalogue entry {entry} names an unknown service {service}; reinstall the plugin.</source>
            <translation>Het item {entry} van de catalogus van achtergrondkaarten verwijst naar een onbekende dienst {service}; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="97" />
            <source>The base-map catalogue entry {entry} has no tile matrix set for its default CRS; reinstall the plugin.</source>
            <translation>Het item {entry} van de catalogus van achtergrondkaarten heeft geen tegelmatrixset voor zijn standaard-CRS; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="107" />
            <source>The base-map catalogue {path} cannot be read; reinstall the plugin.</source>
            <translation>De catalogus van achtergrondkaarten {path} kan niet gelezen worden; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="115" />
            <source>The base-map catalogue lists an id twice; reinstall the plugin.</source>
            <translation>De catalogus van achtergrondkaarten bevat een id twee keer; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="210" />
            <source>The base map {title} could not be loaded from {service}; check the service status in the plugin settings.</source>
            <translation>De achtergrondkaart {title} kon niet geladen worden van {service}; controleer de status van de dienst in de instellingen van de plugin.</translation>
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
            <translation>Grafieken tekenen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/crs_text.py" line="21" />
            <location filename="../smart_municipality/common/crs_text.py" line="29" />
            <source>an unknown CRS</source>
            <translation>een onbekend CRS</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/crs_text.py" line="29" />
            <source>a custom CRS ({definition})</source>
            <translation>een eigen CRS ({definition})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="101" />
            <source>features</source>
            <translation>objecten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="104" />
            <source>{n} of the {total} {items} of {layer} have no geometry and were left out.</source>
            <translation>{n} van de {total} {items} van {layer} hebben geen geometrie en werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="107" />
            <source>{n} invalid geometries of {layer} (for example a self-intersecting boundary) were repaired before use.</source>
            <translation>{n} ongeldige geometrieën van {layer} (bijvoorbeeld een grens die zichzelf snijdt) werden hersteld voor gebruik.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="110" />
            <source>{n} of them kept no area and were left out.</source>
            <translation>{n} ervan hielden geen oppervlakte over en werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="126" />
            <source>The layer {layer} has no features; choose a layer with data.</source>
            <translation>De laag {layer} heeft geen objecten; kies een laag met gegevens.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="128" />
            <source>None of the {total} features of {layer} has a usable geometry; fill in the geometries or choose another layer.</source>
            <translation>Geen van de {total} objecten van {layer} heeft een bruikbare geometrie; vul de geometrieën aan of kies een andere laag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="157" />
            <source>{first} and {second} do not overlap anywhere; check that both are the right layers and that their coordinate reference systems are set correctly.</source>
            <translation>{first} en {second} overlappen nergens; controleer of het de juiste lagen zijn en of hun coördinatenreferentiesysteem juist ingesteld is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="26" />
            <location filename="../smart_municipality/common/tables.py" line="88" />
            <location filename="../smart_municipality/mobility/counts.py" line="136" />
            <location filename="../smart_municipality/sensors/files.py" line="597" />
            <source>The file {name} does not exist.</source>
            <translation>Het bestand {name} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="32" />
            <location filename="../smart_municipality/store/geopackage.py" line="296" />
            <source>{path} is not a GeoPackage (not an SQLite database); choose a .gpkg file.</source>
            <translation>{path} is geen GeoPackage (geen SQLite-databank); kies een .gpkg-bestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="42" />
            <source>The GeoPackage {path} has no layer {layer}.</source>
            <translation>De GeoPackage {path} heeft geen laag {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="43" />
            <source>The GeoPackage {path} has no layer to read.</source>
            <translation>De GeoPackage {path} heeft geen laag die gelezen kan worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="44" />
            <source>{path} cannot be opened as a layer; choose a GeoPackage, shapefile, GeoJSON or another GIS file.</source>
            <translation>{path} kan niet als laag geopend worden; kies een GeoPackage, shapefile, GeoJSON of een ander GIS-bestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/optional.py" line="41" />
            <source>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}), or {alternative}.</source>
            <translation>{purpose} vereist de Python-module {module}, die in deze QGIS-installatie ontbreekt; installeer ze met het OSGeo4W-installatieprogramma of pip (Debian/Ubuntu: {package}), of {alternative}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/optional.py" line="44" />
            <source>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}).</source>
            <translation>{purpose} vereist de Python-module {module}, die in deze QGIS-installatie ontbreekt; installeer ze met het OSGeo4W-installatieprogramma of pip (Debian/Ubuntu: {package}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="32" />
            <source>{output} could not be created; check the output location.</source>
            <translation>{output} kon niet worden aangemaakt; controleer de uitvoerlocatie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="45" />
            <source>no reason given</source>
            <translation>geen reden opgegeven</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="46" />
            <source>{output} could not be written completely ({reason}); the result is incomplete and was not used.</source>
            <translation>{output} kon niet volledig worden geschreven ({reason}); het resultaat is onvolledig en werd niet gebruikt.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="66" />
            <source>The column '{column}' is not in {source}; its columns are: {columns}.</source>
            <translation>De kolom '{column}' staat niet in {source}; de kolommen zijn: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="77" />
            <location filename="../smart_municipality/common/tables.py" line="276" />
            <location filename="../smart_municipality/common/tables.py" line="296" />
            <source>row {n}</source>
            <translation>rij {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="77" />
            <location filename="../smart_municipality/common/tables.py" line="250" />
            <location filename="../smart_municipality/common/tables.py" line="276" />
            <location filename="../smart_municipality/common/tables.py" line="296" />
            <source>line {n}</source>
            <translation>regel {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="79" />
            <location filename="../smart_municipality/common/tables.py" line="297" />
            <source>{place}, column '{column}'</source>
            <translation>{place}, kolom '{column}'</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="93" />
            <source>{name} is an old Excel (.xls) or OpenDocument (.ods) file; save it as .xlsx or CSV and try again.</source>
            <translation>{name} is een oud Excel-bestand (.xls) of een OpenDocument-bestand (.ods); bewaar het als .xlsx of CSV en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="123" />
            <location filename="../smart_municipality/common/tables.py" line="267" />
            <location filename="../smart_municipality/common/tables.py" line="358" />
            <source>{source} is empty.</source>
            <translation>{source} is leeg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="148" />
            <source>{source} is not a text file (it holds binary data); export the table as CSV or XLSX and try again.</source>
            <translation>{source} is geen tekstbestand (het bevat binaire gegevens); exporteer de tabel als CSV of XLSX en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="236" />
            <source>{source} mixes two text encodings (UTF-8 and another, from line {line} on); save the whole file again as UTF-8 and try again.</source>
            <translation>{source} mengt twee tekstcoderingen (UTF-8 en een andere, vanaf regel {line}); bewaar het hele bestand opnieuw als UTF-8 en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="251" />
            <source>{source} cannot be read as a table at line {line} ({problem}); check the quotes and save the file again.</source>
            <translation>{source} kan op regel {line} niet als tabel gelezen worden ({problem}); controleer de aanhalingstekens en bewaar het bestand opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="257" />
            <source>{source} has a cell of more than {limit} characters at {place}; an unclosed quote (") probably swallowed the lines after it: correct the file and try again.</source>
            <translation>{source} heeft een cel van meer dan {limit} tekens op {place}; een niet-gesloten aanhalingsteken (") heeft waarschijnlijk de regels erna opgeslokt: corrigeer het bestand en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="277" />
            <source>{source} has more values at {place} than column names in its header; a value probably contains the separator without quotes, or a column name is missing.</source>
            <translation>{source} heeft op {place} meer waarden dan er kolomnamen in de hoofding staan; waarschijnlijk bevat een waarde het scheidingsteken zonder aanhalingstekens, of ontbreekt er een kolomnaam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="285" />
            <source>{source} has two columns named '{name}' (columns {first} and {second}); rename one and try again.</source>
            <translation>{source} heeft twee kolommen met de naam '{name}' (kolommen {first} en {second}); geef er een een andere naam en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="289" />
            <source>{source} has column names but no rows.</source>
            <translation>{source} heeft kolomnamen maar geen rijen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="306" />
            <source>Reading Excel files</source>
            <translation>Excelbestanden lezen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="306" />
            <source>save the sheet as CSV</source>
            <translation>bewaar het werkblad als CSV</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="310" />
            <source>{name} is not a readable Excel workbook; open it in Excel or LibreOffice, save it as .xlsx again and try again.</source>
            <translation>{name} is geen leesbare Excel-werkmap; open ze in Excel of LibreOffice, bewaar ze opnieuw als .xlsx en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="352" />
            <source>{name} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
            <translation>{name} heeft geen werkblad '{sheet}'; de werkbladen zijn: {sheets}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="360" />
            <source>{name} has several sheets with data ({sheets}); choose the sheet to read.</source>
            <translation>{name} heeft meerdere werkbladen met gegevens ({sheets}); kies het werkblad dat gelezen moet worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="34" />
            <source>{path} cannot be read as a vector file (GeoPackage, Shapefile, GeoJSON, …).</source>
            <translation>{path} kan niet gelezen worden als vectorbestand (GeoPackage, Shapefile, GeoJSON, …).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="66" />
            <source>{path} has no layer {layer}.</source>
            <translation>{path} heeft geen laag {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="152" />
            <source>{path} cannot be written; check the folder and that the file is not open elsewhere.</source>
            <translation>{path} kan niet weggeschreven worden; controleer de map en of het bestand nergens anders open is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/sensors.py" line="119" />
            <location filename="../smart_municipality/demo/vacancy.py" line="263" />
            <location filename="../smart_municipality/demo/vacancy.py" line="288" />
            <source>The demo municipality</source>
            <translation>De demogemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/sensors.py" line="289" />
            <source>Generated demo sensors: every reading is invented.</source>
            <translation>Gegenereerde demosensoren: elke meting is verzonnen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="144" />
            <source>The demo GeoPackage {} does not exist; generate the demo first.</source>
            <translation>Het demo-GeoPackage {} bestaat niet; maak eerst de demo aan.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="149" />
            <source>The demo GeoPackage needs a buildings layer (GBG) and an addresses layer.</source>
            <translation>Het demo-GeoPackage heeft een gebouwenlaag (GBG) en een adressenlaag nodig.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="187" />
            <source>Candidate sites every {spacing:g} m along the roads.</source>
            <translation>Kandidaatlocaties om de {spacing:g} m langs de wegen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="190" />
            <source>Candidate sites at every tenth address (the demo has no roads layer).</source>
            <translation>Kandidaatlocaties op elk tiende adres (de demo heeft geen wegenlaag).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="316" />
            <source>The largest buildings stand in for public buildings; antennas {height:g} m above the ground on their roofs.</source>
            <translation>De grootste gebouwen staan voor openbare gebouwen; antennes {height:g} m boven de grond op hun dak.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="365" />
            <source>The demo has no valid {layer} layer for the vacancy register.</source>
            <translation>De demo heeft geen geldige laag {layer} voor het leegstandsregister.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="376" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="307" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="118" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="192" />
            <source>Vacancy register</source>
            <translation>Leegstandsregister</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="479" />
            <location filename="../smart_municipality/vacancy/chart.py" line="33" />
            <source>No dossiers in the register yet.</source>
            <translation>Nog geen dossiers in het register.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="140" />
            <source>The output {path} is a folder; choose a file name ending in .gpkg.</source>
            <translation>De uitvoer {path} is een map; kies een bestandsnaam die eindigt op .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="147" />
            <source>Cannot write in the folder {folder}; choose another output file.</source>
            <translation>Kan niet schrijven in de map {folder}; kies een ander uitvoerbestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="171" />
            <source>{path} exists but is not a GeoPackage that can be added to; choose another output file.</source>
            <translation>{path} bestaat al, maar is geen GeoPackage waaraan iets toegevoegd kan worden; kies een ander uitvoerbestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="196" />
            <source>Cannot create the GeoPackage in {folder} ({reason}); check the free disk space and your rights on the folder.</source>
            <translation>Kan de GeoPackage niet maken in {folder} ({reason}); controleer de vrije schijfruimte en uw rechten op de map.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="202" />
            <source>Writing layer {layer} to the GeoPackage failed ({reason}); check the free disk space.</source>
            <translation>Het wegschrijven van laag {layer} naar de GeoPackage is mislukt ({reason}); controleer de vrije schijfruimte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="213" />
            <source>Nothing was downloaded, so no GeoPackage was written.</source>
            <translation>Er werd niets gedownload, dus er werd geen GeoPackage weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="218" />
            <source>Cannot replace {path}; close it in other programs and try again.</source>
            <translation>Kan {path} niet vervangen; sluit het in andere programma’s en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="102" />
            <location filename="../smart_municipality/municipalities/catalogue.py" line="155" />
            <source>Give a municipality: its name or its five-digit NIS code.</source>
            <translation>Geef een gemeente op: haar naam of haar NIS-code van vijf cijfers.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="109" />
            <source>{code} is not a NIS code; a NIS code has five digits, e.g. 44021 for Gent.</source>
            <translation>{code} is geen NIS-code; een NIS-code heeft vijf cijfers, bv. 44021 voor Gent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="128" />
            <location filename="../smart_municipality/municipalities/catalogue.py" line="144" />
            <source>{name} matches several municipalities; give its NIS code instead.</source>
            <translation>{name} komt overeen met meerdere gemeenten; geef in de plaats de NIS-code op.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="130" />
            <source>No municipality is called {name}; check the spelling or give its five-digit NIS code.</source>
            <translation>Er is geen gemeente met de naam {name}; controleer de spelling of geef de NIS-code van vijf cijfers op.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="132" />
            <source>No municipality is called {name} (did you mean {suggestions}?); check the spelling or give its five-digit NIS code.</source>
            <translation>Er is geen gemeente met de naam {name} (bedoelt u {suggestions}?); controleer de spelling of geef de NIS-code van vijf cijfers op.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="140" />
            <source>{first} or {last}</source>
            <translation>{first} of {last}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="205" />
            <source>The extent is empty; draw or choose an area on the map.</source>
            <translation>De omgrenzing is leeg; teken of kies een gebied op de kaart.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="207" />
            <source>The extent lies outside Flanders (in EPSG:31370 it is {extent}); check its coordinate reference system.</source>
            <translation>De omgrenzing ligt buiten Vlaanderen (in EPSG:31370 is ze {extent}); controleer het coördinatenreferentiesysteem.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="209" />
            <source>the extent</source>
            <translation>de omgrenzing</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="248" />
            <source>{service} sent coordinates in EPSG:{sniffed} labelled EPSG:{epsg}; nothing was written, try again later.</source>
            <translation>{service} stuurde coördinaten in EPSG:{sniffed} met het label EPSG:{epsg}; er werd niets weggeschreven, probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="288" />
            <source>{layer}: {received} of {total} features received.</source>
            <translation>{layer}: {received} van {total} objecten ontvangen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="318" />
            <location filename="../processing/algorithms/download_grb.py" line="53" />
            <source>Choose one or more GRB layers to download.</source>
            <translation>Kies een of meer GRB-lagen om te downloaden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="326" />
            <source>Downloading GRB layer {layer} for {area}.</source>
            <translation>GRB-laag {layer} voor {area} wordt gedownload.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="342" />
            <source> ({dropped} outside the municipality left out)</source>
            <translation> ({dropped} buiten de gemeente weggelaten)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="344" />
            <source>{layer}: {count} features written{kept}.</source>
            <translation>{layer}: {count} objecten weggeschreven{kept}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="484" />
            <source>Downloading the addresses of {municipality}.</source>
            <translation>De adressen van {municipality} worden gedownload.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="497" />
            <source>Page {page}: {count} addresses listed.</source>
            <translation>Pagina {page}: {count} adressen opgelijst.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="499" />
            <source>The address register has no addresses for {municipality}; check the municipality.</source>
            <translation>Het adressenregister heeft geen adressen voor {municipality}; controleer de gemeente.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="502" />
            <source>The list has no positions; fetching {count} address details.</source>
            <translation>De lijst heeft geen posities; {count} adresdetails worden opgehaald.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="509" />
            <source>{count} addresses were removed from the register during the download and are left out.</source>
            <translation>{count} adressen werden tijdens de download uit het register verwijderd en zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="515" />
            <source>{count} addresses have no position and are written without geometry.</source>
            <translation>{count} adressen hebben geen positie en worden zonder geometrie weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="70" />
            <source>Matching addresses</source>
            <translation>Adressen matchen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="107" />
            <location filename="../processing/algorithms/match_addresses.py" line="28" />
            <source>Match addresses</source>
            <translation>Adressen matchen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="121" />
            <source>Match</source>
            <translation>Matchen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="123" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="143" />
            <source>Address list</source>
            <translation>Adreslijst</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="146" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm)</source>
            <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.xlsm)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="148" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="152" />
            <source>Sheet</source>
            <translation>Werkblad</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="158" />
            <source>or a table layer</source>
            <translation>of een tabellaag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="162" />
            <source>Columns (proposed from the headers; check them)</source>
            <translation>Kolommen (voorgesteld op basis van de hoofdingen; controleer ze)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <source>Full address</source>
            <translation>Volledig adres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>Street</source>
            <translation>Straat</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <source>House number</source>
            <translation>Huisnummer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="165" />
            <source>Box</source>
            <translation>Bus</translation>
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
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="181" />
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="188" />
            <source>Address layer</source>
            <translation>Adreslaag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="189" />
            <source>Without a reference, use the online address register</source>
            <translation>Zonder referentie het online adressenregister gebruiken</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="190" />
            <source>The street, number, box, postcode and municipality of every row are then sent to the Flemish address register; no other column leaves the computer.</source>
            <translation>De straat, het nummer, de bus, de postcode en de gemeente van elke rij worden dan naar het Vlaamse adressenregister gestuurd; geen enkele andere kolom verlaat de computer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="205" />
            <source>Review</source>
            <translation>Nakijken</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="207" />
            <source>No result yet.</source>
            <translation>Nog geen resultaat.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="380" />
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <source>Address in the list</source>
            <translation>Adres in de lijst</translation>
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
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="225" />
            <source>Use this address</source>
            <translation>Dit adres gebruiken</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="228" />
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="288" />
            <source>{rows} rows read from {source}.</source>
            <translation>{rows} rijen gelezen uit {source}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="321" />
            <source>Matching…</source>
            <translation>Matchen…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="352" />
            <source>The result is in layer {name}.</source>
            <translation>Het resultaat staat in laag {name}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="359" />
            <source>Matched addresses – {source}</source>
            <translation>Gematchte adressen – {source}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="380" />
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="404" />
            <source>box</source>
            <translation>bus</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="34" />
            <location filename="../smart_municipality/plugin.py" line="36" />
            <location filename="../smart_municipality/plugin.py" line="108" />
            <source>Address search</source>
            <translation>Adres zoeken</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="44" />
            <source>Street and number, municipality</source>
            <translation>Straat en nummer, gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="45" />
            <source>Type part of an address; suggestions appear when you pause.</source>
            <translation>Typ een deel van een adres; suggesties verschijnen wanneer u pauzeert.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="60" />
            <source>Clear marker</source>
            <translation>Markering wissen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="111" />
            <location filename="../smart_municipality/gui/address_search.py" line="148" />
            <source>No address found for “{text}”.</source>
            <translation>Geen adres gevonden voor “{text}”.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="132" />
            <source>Searching…</source>
            <translation>Zoeken…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="71" />
            <source>Landscape</source>
            <translation>Liggend</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="71" />
            <source>Portrait</source>
            <translation>Staand</translation>
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
            <translation>Kaartstudie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="199" />
            <source>Empty: Map study &lt;municipality&gt;</source>
            <translation>Leeg: Kaartstudie &lt;gemeente&gt;</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="200" />
            <location filename="../processing/algorithms/map_study.py" line="113" />
            <source>Title (empty: Map study &lt;municipality&gt;)</source>
            <translation>Titel (leeg: Kaartstudie &lt;gemeente&gt;)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="201" />
            <location filename="../processing/algorithms/export_projects_open_data.py" line="47" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="79" />
            <source>Title</source>
            <translation>Titel</translation>
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
            <translation>De studie-GeoPackage, of een PostGIS-opslag als pg:&lt;verbinding&gt;?schema=&lt;schema&gt;.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="215" />
            <location filename="../smart_municipality/gui/store_widget.py" line="76" />
            <location filename="../smart_municipality/gui/widgets.py" line="130" />
            <location filename="../processing/algorithms/store_parameter.py" line="40" />
            <source>Study store</source>
            <translation>Studieopslag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="226" />
            <source>Whole region of the store</source>
            <translation>Hele regio van de opslag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="227" />
            <source>A municipality of the store, or type a name or NIS code; empty: every municipality in the store.</source>
            <translation>Een gemeente uit de opslag, of typ een naam of NIS-code; leeg: alle gemeenten in de opslag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="240" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="251" />
            <location filename="../processing/algorithms/map_study.py" line="99" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="254" />
            <location filename="../processing/algorithms/map_study.py" line="92" />
            <location filename="../processing/algorithms/publish_web_map.py" line="52" />
            <source>Themes</source>
            <translation>Thema's</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="266" />
            <source>Neighbourhoods (optional)</source>
            <translation>Wijken (optioneel)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="270" />
            <source>Wijken or statistical sectors: figures per neighbourhood and the atlas.</source>
            <translation>Wijken of statistische sectoren: cijfers per wijk en de atlas.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="274" />
            <location filename="../processing/algorithms/map_study.py" line="107" />
            <source>Atlas: one page per neighbourhood</source>
            <translation>Atlas: één pagina per wijk</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="275" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="139" />
            <source>Layer</source>
            <translation>Laag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="276" />
            <source>Name field</source>
            <translation>Naamveld</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="308" />
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="309" />
            <source>Build the map study and show its pages here.</source>
            <translation>Maak de kaartstudie en toon de pagina's hier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="311" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="312" />
            <source>Write the map study as one PDF.</source>
            <translation>Schrijf de kaartstudie als één pdf.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="314" />
            <source>Open in designer</source>
            <translation>Openen in ontwerper</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="315" />
            <source>Put the previewed study in the project's layouts and open it for last edits.</source>
            <translation>Zet de getoonde studie bij de lay-outs van het project en open ze voor de laatste aanpassingen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="321" />
            <location filename="../smart_municipality/gui/sensors_dock.py" line="40" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="57" />
            <location filename="../smart_municipality/plugin.py" line="148" />
            <source>Publish web map…</source>
            <translation>Webkaart publiceren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="322" />
            <source>The study store as a web site for citizens (a folder for any web server).</source>
            <translation>De studieopslag als website voor de inwoners (een map voor elke webserver).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="346" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="586" />
            <source>Press Preview to build the map study.</source>
            <translation>Klik op Voorbeeld om de kaartstudie te maken.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="490" />
            <source>Building the map study…</source>
            <translation>Kaartstudie wordt gemaakt…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="503" />
            <location filename="../processing/algorithms/map_study.py" line="143" />
            <source>The neighbourhoods layer has no coordinate reference system; set it (Layer properties → Source) and run the study again.</source>
            <translation>De wijkenlaag heeft geen coördinatenreferentiesysteem; stel het in (Laageigenschappen → Bron) en start de studie opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="516" />
            <source>Choose the study store first: the study GeoPackage or a PostGIS store.</source>
            <translation>Kies eerst de studieopslag: de studie-GeoPackage of een PostGIS-opslag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="518" />
            <location filename="../smart_municipality/mapstudy/study.py" line="736" />
            <source>Choose at least one theme.</source>
            <translation>Kies minstens één thema.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="628" />
            <source>This page of the map study cannot be shown.</source>
            <translation>Deze pagina van de kaartstudie kan niet getoond worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="652" />
            <source>{n} pages.</source>
            <translation>{n} pagina's.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="654" />
            <source>Left out:</source>
            <translation>Weggelaten:</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="658" />
            <source>The settings changed: press Preview to see the study as it is now.</source>
            <translation>De instellingen zijn gewijzigd: klik op Voorbeeld om de studie te zien zoals ze nu is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="678" />
            <source>The atlas is in the project's layouts too: {name}.</source>
            <translation>De atlas staat ook bij de lay-outs van het project: {name}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="692" />
            <source>Export the map study</source>
            <translation>Kaartstudie exporteren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="693" />
            <location filename="../processing/algorithms/map_study.py" line="118" />
            <source>PDF (*.pdf)</source>
            <translation>Pdf (*.pdf)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="714" />
            <source>Exporting the map study…</source>
            <translation>Kaartstudie wordt geëxporteerd…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="721" />
            <source>Map study written: {path} ({n} pages)</source>
            <translation>Kaartstudie geschreven: {path} ({n} pagina's)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="723" />
            <source>Open PDF</source>
            <translation>Pdf openen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="760" />
            <source>The map study failed because of an unexpected error; the details are in the message log (Smart Municipality).</source>
            <translation>De kaartstudie is mislukt door een onverwachte fout; de details staan in het berichtenlogboek (Smart Municipality).</translation>
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
            <translation>Mobiliteit</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="59" />
            <source>Run 'Traffic indicators per segment' (and 'Compare traffic before and after'), then pick a segment on the map.</source>
            <translation>Voer 'Verkeersindicatoren per segment' (en 'Verkeer voor en na vergelijken') uit en kies dan een segment op de kaart.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="63" />
            <source>Pick a segment</source>
            <translation>Kies een segment</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="76" />
            <source>Charts need the Python package matplotlib (Debian/Ubuntu: python3-matplotlib; Windows: it comes with QGIS). The data can still be exported.</source>
            <translation>Grafieken hebben het Python-pakket matplotlib nodig (Debian/Ubuntu: python3-matplotlib; Windows: het wordt met QGIS meegeleverd). De gegevens kunnen nog altijd geëxporteerd worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="105" />
            <source>No mobility layer in the project holds segment {segment}.</source>
            <translation>Geen mobiliteitslaag in het project bevat segment {segment}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="110" />
            <source>Segment {segment}</source>
            <translation>Segment {segment}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="136" />
            <source>Weekday traffic per day: {modes}</source>
            <translation>Verkeer per werkdag: {modes}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="137" />
            <source>Peak hours: {am}:00 ({am_share} % of the day) and {pm}:00 ({pm_share} %)</source>
            <translation>Spitsuren: {am}:00 ({am_share} % van de dag) en {pm}:00 ({pm_share} %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="141" />
            <source>v85 {v85} km/h; {over} % of cars above {limit} km/h</source>
            <translation>v85 {v85} km/u; {over} % van de auto's boven {limit} km/u</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="144" />
            <source>{valid} of {days} days valid, coverage {coverage} %</source>
            <translation>{valid} van {days} dagen geldig, dekking {coverage} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="177" />
            <source>No mobility layer in the project: run 'Traffic indicators per segment' first.</source>
            <translation>Geen mobiliteitslaag in het project: voer eerst 'Verkeersindicatoren per segment' uit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="41" />
            <source>Choose a municipality</source>
            <translation>Kies een gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="46" />
            <source>Name, deelgemeente, NIS code or postcode</source>
            <translation>Naam, deelgemeente, NIS-code of postcode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="54" />
            <source>Also add the GRB base map and the municipal boundaries</source>
            <translation>Voeg ook de GRB-basiskaart en de gemeentegrenzen toe</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="56" />
            <source>Zoom to municipality</source>
            <translation>Zoom naar gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="98" />
            <source>{count} municipalities.</source>
            <translation>{count} gemeenten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="100" />
            <source>No municipality matches “{text}”.</source>
            <translation>Geen gemeente gevonden voor “{text}”.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="128" />
            <source>Zoomed to {name} ({nis}).</source>
            <translation>Ingezoomd op {name} ({nis}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="35" />
            <source>Nearest address</source>
            <translation>Dichtstbijzijnde adres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="44" />
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="45" />
            <source>Copy the address to the clipboard.</source>
            <translation>Kopieer het adres naar het klembord.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="46" />
            <source>Add to layer</source>
            <translation>Toevoegen aan laag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="47" />
            <source>Add the address as a point to the layer of picked addresses.</source>
            <translation>Voeg het adres als punt toe aan de laag met aangewezen adressen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="79" />
            <source>Looking for the nearest address…</source>
            <translation>Het dichtstbijzijnde adres wordt gezocht…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="88" />
            <source>{distance} from the point you clicked</source>
            <translation>{distance} van het aangeklikte punt</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="96" />
            <source>No address</source>
            <translation>Geen adres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="104" />
            <source>Copied.</source>
            <translation>Gekopieerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="114" />
            <source>Added to the layer “{layer}”.</source>
            <translation>Toegevoegd aan de laag “{layer}”.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="158" />
            <source>No address was found near this point.</source>
            <translation>Er werd geen adres gevonden in de buurt van dit punt.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="38" />
            <source>File…</source>
            <translation>Bestand…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="39" />
            <source>Aggregate…</source>
            <translation>Aggregeren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="39" />
            <source>Interpolate…</source>
            <translation>Interpoleren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="40" />
            <source>Device register…</source>
            <translation>Register van toestellen…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="41" />
            <source>last 24 hours of data</source>
            <translation>laatste 24 uur aan gegevens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="42" />
            <source>last 7 days of data</source>
            <translation>laatste 7 dagen aan gegevens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="43" />
            <source>last 30 days of data</source>
            <translation>laatste 30 dagen aan gegevens</translation>
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
            <translation>Sensoren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="58" />
            <source>NIS code, e.g. 44021</source>
            <translation>NIS-code, bv. 44021</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="62" />
            <location filename="../processing/algorithms/aggregate_observations.py" line="70" />
            <location filename="../processing/algorithms/interpolate_observations.py" line="71" />
            <source>Property</source>
            <translation>Grootheid</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="66" />
            <source>Load data</source>
            <translation>Gegevens laden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="70" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="145" />
            <source>Map</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="71" />
            <source>Show sensors layer</source>
            <translation>Sensorlaag tonen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="73" />
            <source>Pick a sensor</source>
            <translation>Een sensor aanwijzen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="80" />
            <source>Animate readings</source>
            <translation>Metingen animeren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="85" />
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="123" />
            <source>{sensors} sensors, {streams} datastreams in the store.</source>
            <translation>{sensors} sensoren, {streams} datastromen in de opslag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="162" />
            <source>Road segments – {property}</source>
            <translation>Wegsegmenten – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="186" />
            <source>No readings to animate.</source>
            <translation>Geen metingen om te animeren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="34" />
            <source>Checking the Flemish services</source>
            <translation>Controle van de Vlaamse diensten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="64" />
            <source>Not checked yet.</source>
            <translation>Nog niet gecontroleerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="89" />
            <source>Checking the services…</source>
            <translation>De diensten worden gecontroleerd…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="115" />
            <source>The check was cancelled.</source>
            <translation>De controle werd geannuleerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="120" />
            <source>{service}: answers ({milliseconds} ms).</source>
            <translation>{service}: antwoordt ({milliseconds} ms).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="131" />
            <source>{failed} of {total} services do not answer as they should:</source>
            <translation>{failed} van de {total} diensten antwoorden niet zoals het hoort:</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="134" />
            <source>All {total} services answer.</source>
            <translation>Alle {total} diensten antwoorden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="142" />
            <source>Smart Municipality – service status</source>
            <translation>Slimme Gemeente – status van de diensten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="146" />
            <source>Check again</source>
            <translation>Opnieuw controleren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_factory.py" line="22" />
            <location filename="../smart_municipality/plugin.py" line="94" />
            <location filename="../smart_municipality/plugin.py" line="104" />
            <location filename="../smart_municipality/plugin.py" line="382" />
            <location filename="../processing/provider.py" line="20" />
            <source>Smart Municipality</source>
            <translation>Slimme Gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="54" />
            <source>Service addresses</source>
            <translation>Adressen van de diensten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="56" />
            <source>Services of the Flemish government move now and then. When one moves, enter its new address here; Reset brings back the address the plugin ships with.</source>
            <translation>Diensten van de Vlaamse overheid verhuizen af en toe. Verhuist er een, vul dan hier het nieuwe adres in; met Herstellen komt het adres terug dat bij de plugin hoort.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="60" />
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="60" />
            <source>Address (URL)</source>
            <translation>Adres (URL)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="70" />
            <source>Reset selected</source>
            <translation>Selectie herstellen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="72" />
            <source>Reset all</source>
            <translation>Alles herstellen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="78" />
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="84" />
            <source>How long to wait for a service to answer before giving up.</source>
            <translation>Hoe lang op een antwoord van een dienst gewacht wordt voordat de plugin het opgeeft.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="85" />
            <source>Timeout</source>
            <translation>Time-out</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="86" />
            <source>Proxy and authentication come from QGIS's own network settings.</source>
            <translation>Proxy en authenticatie komen uit de eigen netwerkinstellingen van QGIS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="90" />
            <source>Service status</source>
            <translation>Status van de diensten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="92" />
            <source>Check services</source>
            <translation>Diensten controleren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="113" />
            <source>Set by the environment variable {name}; change it there.</source>
            <translation>Ingesteld via de omgevingsvariabele {name}; wijzig het daar.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="117" />
            <source>Default: {url}</source>
            <translation>Standaard: {url}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <source>Radio coverage of the sites</source>
            <translation>Radiodekking van de locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <location filename="../processing/algorithms/site_gateways.py" line="24" />
            <source>Place gateways</source>
            <translation>Gateways plaatsen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <location filename="../processing/algorithms/site_sensors.py" line="44" />
            <source>Place sensors</source>
            <translation>Sensoren plaatsen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="119" />
            <location filename="../smart_municipality/plugin.py" line="40" />
            <location filename="../smart_municipality/plugin.py" line="138" />
            <source>Place sensors &amp; gateways</source>
            <translation>Sensoren &amp; gateways plaatsen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="136" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="165" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="682" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="685" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="709" />
            <location filename="../processing/algorithms/placement_common.py" line="58" />
            <source>Candidate sites</source>
            <translation>Kandidaat-locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="140" />
            <source>New layer</source>
            <translation>Nieuwe laag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="141" />
            <source>A temporary point layer with the fields site_id, height and cost.</source>
            <translation>Een tijdelijke puntlaag met de velden site_id, height en cost.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="143" />
            <source>Click on the map</source>
            <translation>Klik op de kaart</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="145" />
            <source>Each click adds a candidate site to the layer.</source>
            <translation>Elke klik voegt een kandidaat-locatie toe aan de laag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="147" />
            <source>From selected buildings</source>
            <translation>Uit geselecteerde gebouwen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="148" />
            <source>Adds a candidate inside each selected feature of the active polygon layer, for example the GRB buildings of public properties.</source>
            <translation>Voegt een kandidaat toe binnen elk geselecteerd object van de actieve polygoonlaag, bijvoorbeeld de GRB-gebouwen van openbare eigendommen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="157" />
            <source>Antenna height of new sites</source>
            <translation>Antennehoogte van nieuwe locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="159" />
            <source>Height of new sites</source>
            <translation>Hoogte van nieuwe locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="210" />
            <source>{n} candidate sites added to {layer}.</source>
            <translation>{n} kandidaat-locaties toegevoegd aan {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="224" />
            <source>Make a polygon layer (for example the GRB buildings) active and select the buildings to use.</source>
            <translation>Maak een polygoonlaag (bijvoorbeeld de GRB-gebouwen) actief en selecteer de gebouwen die u wilt gebruiken.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="229" />
            <source>Select the buildings to use as candidate sites first.</source>
            <translation>Selecteer eerst de gebouwen die als kandidaat-locatie dienen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="255" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="299" />
            <source>Run</source>
            <translation>Uitvoeren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="260" />
            <source>Task</source>
            <translation>Taak</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="261" />
            <source>A single-band elevation raster in a projected CRS (metres), such as the DHMV; not a base map.</source>
            <translation>Een hoogteraster met één band in een geprojecteerd CRS (meter), zoals het DHMV; geen achtergrondkaart.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="263" />
            <source>Terrain model</source>
            <translation>Terreinmodel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="265" />
            <source>The points the network must serve: sensors, addresses, meters …</source>
            <translation>De punten die het netwerk moet bedienen: sensoren, adressen, meters …</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="266" />
            <location filename="../processing/algorithms/site_sensors.py" line="67" />
            <source>Demand points</source>
            <translation>Vraagpunten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="270" />
            <source>Weight field</source>
            <translation>Gewichtsveld</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="274" />
            <source>Number of new sites</source>
            <translation>Aantal nieuwe locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="277" />
            <source>Gateways per demand point</source>
            <translation>Gateways per vraagpunt</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="282" />
            <source>Sensor radius</source>
            <translation>Straal van een sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>MCLP (most weight covered)</source>
            <translation>MCLP (meeste gewicht gedekt)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>LSCP (cover all)</source>
            <translation>LSCP (alles dekken)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>p-median</source>
            <translation>p-mediaan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="285" />
            <source>Sensor model</source>
            <translation>Sensormodel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="290" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="290" />
            <source>The proven optimum when the exact solver finds it within a few seconds, else the heuristic with its quality bound</source>
            <translation>Het bewezen optimum als de exacte solver het binnen enkele seconden vindt, anders de heuristiek met haar kwaliteitsgrens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="292" />
            <source>Exact (MILP, slow)</source>
            <translation>Exact (MILP, traag)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="292" />
            <location filename="../processing/algorithms/siting_common.py" line="233" />
            <source>Exact (MILP with HiGHS)</source>
            <translation>Exact (MILP met HiGHS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="293" />
            <source>Heuristic (fast)</source>
            <translation>Heuristiek (snel)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="293" />
            <source>Heuristic only (greedy and local search, with a quality bound)</source>
            <translation>Enkel heuristiek (gretig algoritme en lokale zoektocht, met een kwaliteitsgrens)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="296" />
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <location filename="../processing/algorithms/siting_common.py" line="231" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="301" />
            <source>All parameters…</source>
            <translation>Alle parameters…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="347" />
            <source>Choose or make a candidate layer first.</source>
            <translation>Kies of maak eerst een laag met kandidaat-locaties.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="356" />
            <source>Choose the layer of demand points.</source>
            <translation>Kies de laag met vraagpunten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="373" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="538" />
            <source>Choose a terrain model.</source>
            <translation>Kies een terreinmodel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="387" />
            <source>The Smart Municipality Processing provider is not loaded.</source>
            <translation>De Processing-provider van Slimme Gemeente is niet geladen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="397" />
            <source>Running {} …</source>
            <translation>{} wordt uitgevoerd …</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="408" />
            <source>The computation failed or was cancelled.</source>
            <translation>De berekening is mislukt of geannuleerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="410" />
            <source>Scenario {}</source>
            <translation>Scenario {}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="423" />
            <source>{name} done: {share} covered.</source>
            <translation>{name} klaar: {share} gedekt.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="446" />
            <source>received power</source>
            <translation>ontvangen vermogen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="446" />
            <source>best gateway</source>
            <translation>beste gateway</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="447" />
            <source>gateways per cell</source>
            <translation>gateways per cel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="447" />
            <source>spreading factor</source>
            <translation>spreidingsfactor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="448" />
            <source>coverage per SF</source>
            <translation>dekking per SF</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="448" />
            <source>chosen sites</source>
            <translation>gekozen locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="449" />
            <source>demand coverage</source>
            <translation>dekking van de vraag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="463" />
            <source>Compare scenarios</source>
            <translation>Scenario’s vergelijken</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="491" />
            <source>Sites</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="491" />
            <source>Total cost</source>
            <translation>Totale kost</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="492" />
            <location filename="../smart_municipality/siting/html_report.py" line="83" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Covered share</source>
            <translation>Gedekt aandeel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="493" />
            <source>Heard by two gateways or more</source>
            <translation>Gehoord door twee gateways of meer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="494" />
            <source>Quality (at least, of the optimum)</source>
            <translation>Kwaliteit (minstens, van het optimum)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="494" />
            <location filename="../smart_municipality/siting/html_report.py" line="35" />
            <source>Gap to the bound</source>
            <translation>Afstand tot de grens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="540" />
            <source>“{layer}” is a web map, not a terrain model: choose an elevation raster such as the DHMV.</source>
            <translation>“{layer}” is een webkaart, geen terreinmodel: kies een hoogteraster zoals het DHMV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="543" />
            <source>“{layer}” has {bands} bands, so it is an image, not a terrain model: choose a single-band elevation raster such as the DHMV.</source>
            <translation>“{layer}” heeft {bands} banden en is dus een beeld, geen terreinmodel: kies een hoogteraster met één band zoals het DHMV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="546" />
            <source>The terrain model “{layer}” is not in a projected CRS in metres (such as Lambert 72): reproject it first.</source>
            <translation>Het terreinmodel “{layer}” staat niet in een geprojecteerd CRS in meter (zoals Lambert 72): herprojecteer het eerst.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="42" />
            <source>GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;</source>
            <translation>GeoPackage-bestand of pg:&lt;opgeslagen verbinding&gt;?schema=&lt;schema&gt;</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="46" />
            <source>Choose a GeoPackage file or a saved PostGIS connection.</source>
            <translation>Kies een GeoPackage-bestand of een opgeslagen PostGIS-verbinding.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="63" />
            <source>GeoPackage file…</source>
            <translation>GeoPackage-bestand…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="67" />
            <source>No saved PostGIS connections (Data Source Manager › PostgreSQL)</source>
            <translation>Geen opgeslagen PostGIS-verbindingen (Databronbeheer › PostgreSQL)</translation>
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
            <translation>Schema van de studie in “{connection}”:</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="37" />
            <source>24 hours</source>
            <translation>24 uur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="37" />
            <source>7 days</source>
            <translation>7 dagen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="38" />
            <source>30 days</source>
            <translation>30 dagen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="38" />
            <source>1 year</source>
            <translation>1 jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="39" />
            <source>everything</source>
            <translation>alles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="39" />
            <source>custom</source>
            <translation>aangepast</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="49" />
            <location filename="../smart_municipality/plugin.py" line="39" />
            <source>Sensor time series</source>
            <translation>Tijdreeksen van sensoren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="57" />
            <source>Click a sensor on the map (sensor tool) to see its readings.</source>
            <translation>Klik op een sensor op de kaart (sensorgereedschap) om de metingen te zien.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="65" />
            <source>export the data as CSV</source>
            <translation>exporteer de gegevens als CSV</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="83" />
            <location filename="../processing/algorithms/aggregate_observations.py" line="79" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="98" />
            <source>Compare with</source>
            <translation>Vergelijken met</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="100" />
            <source>Limit values</source>
            <translation>Grenswaarden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="108" />
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="110" />
            <source>Export PNG…</source>
            <translation>PNG exporteren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="167" />
            <source>no comparison</source>
            <translation>geen vergelijking</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="168" />
            <source>the nearest official station</source>
            <translation>het dichtstbijzijnde officiële station</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="227" />
            <source> from {start} to {end}</source>
            <translation> van {start} tot {end}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="229" />
            <source>{n} readings{span} (times in {zone}).</source>
            <translation>{n} metingen{span} (tijden in {zone}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="248" />
            <source>No official station with the same property in the store; load IRCEL-CELINE stations first.</source>
            <translation>Geen officieel station met dezelfde grootheid in de opslag; laad eerst stations van IRCEL-CELINE.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="261" />
            <source>Nothing to export: choose a sensor first.</source>
            <translation>Niets te exporteren: kies eerst een sensor.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="264" />
            <source>Export readings</source>
            <translation>Metingen exporteren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="264" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="275" />
            <source>Export chart</source>
            <translation>Grafiek exporteren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="275" />
            <source>PNG image (*.png)</source>
            <translation>PNG-afbeelding (*.png)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="55" />
            <source>Import export…</source>
            <translation>Export importeren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="55" />
            <source>Indicators…</source>
            <translation>Indicatoren…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="56" />
            <source>Hot spots…</source>
            <translation>Hotspots…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="56" />
            <source>Open data…</source>
            <translation>Open data…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="58" />
            <source>by type</source>
            <translation>per type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="58" />
            <source>by duration</source>
            <translation>per duur</translation>
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
            <translation>Leegstand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="100" />
            <source>NIS code, e.g. 44021 (empty: all)</source>
            <translation>NIS-code, bv. 44021 (leeg: alle)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="110" />
            <source>Click a premise to see its history.</source>
            <translation>Klik op een pand om de geschiedenis ervan te zien.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="118" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="123" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="123" />
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="131" />
            <source>Areas with most vacancy</source>
            <translation>Meeste leegstand per gebied</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="138" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="138" />
            <source>Vacant (rate)</source>
            <translation>Leegstaand (graad)</translation>
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
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="150" />
            <source>Style</source>
            <translation>Stijl</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="153" />
            <source>Show register on the map</source>
            <translation>Register op de kaart tonen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="156" />
            <source>History of a premise</source>
            <translation>Geschiedenis van een pand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="158" />
            <source>Click a premise on the map to see what happened to its dossier.</source>
            <translation>Klik op een pand op de kaart om te zien wat er met het dossier gebeurd is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="166" />
            <source>All types</source>
            <translation>Alle types</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="170" />
            <source>In the register now</source>
            <translation>Nu in het register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="171" />
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="175" />
            <source>Any duration</source>
            <translation>Elke duur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="263" />
            <source>{active} premises in the register today; {total} dossiers in all.</source>
            <translation>{active} panden vandaag in het register; {total} dossiers in totaal.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="267" />
            <source>Last import: export of {date} ({source}).</source>
            <translation>Laatste import: export van {date} ({source}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="310" />
            <source>The register layer of the store cannot be opened.</source>
            <translation>De registerlaag van de opslag kan niet geopend worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="367" />
            <source>(recorded by {who})</source>
            <translation>(ingevoerd door {who})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="386" />
            <source>In the register, by type</source>
            <translation>In het register, per type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="390" />
            <source>other type</source>
            <translation>ander type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="392" />
            <source>All dossiers, by status</source>
            <translation>Alle dossiers, per status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="17" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="18" />
            <source>after normalisation</source>
            <translation>na normalisatie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="19" />
            <source>spelling corrected</source>
            <translation>spelling verbeterd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="20" />
            <source>house number only</source>
            <translation>enkel huisnummer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="21" />
            <source>ambiguous</source>
            <translation>dubbelzinnig</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="22" />
            <source>not found</source>
            <translation>niet gevonden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="28" />
            <source>suspected</source>
            <translation>vermoeden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="29" />
            <source>established</source>
            <translation>vastgesteld</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="30" />
            <source>in the register</source>
            <translation>opgenomen in het register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="31" />
            <source>under appeal</source>
            <translation>in beroep</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="32" />
            <source>removed</source>
            <translation>geschrapt</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="37" />
            <source>dwelling</source>
            <translation>woning</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="38" />
            <source>building</source>
            <translation>gebouw</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="39" />
            <source>business premises</source>
            <translation>bedrijfsruimte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="40" />
            <source>shop</source>
            <translation>winkel/handelspand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="41" />
            <source>unknown type</source>
            <translation>onbekend type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="46" />
            <source>less than 1 year</source>
            <translation>minder dan 1 jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="47" />
            <source>1 to 2 years</source>
            <translation>1 tot 2 jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="48" />
            <source>2 to 5 years</source>
            <translation>2 tot 5 jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="49" />
            <source>more than 5 years</source>
            <translation>meer dan 5 jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="54" />
            <source>hour</source>
            <translation>uur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="55" />
            <source>day</source>
            <translation>dag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="56" />
            <source>week</source>
            <translation>week</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="57" />
            <source>month</source>
            <translation>maand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="58" />
            <source>year</source>
            <translation>jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="63" />
            <source>direction A→B</source>
            <translation>richting A→B</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="64" />
            <source>direction B→A</source>
            <translation>richting B→A</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="70" />
            <source>covered</source>
            <translation>gedekt</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="71" />
            <source>not covered</source>
            <translation>niet gedekt</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="72" />
            <source>existing site</source>
            <translation>bestaande locatie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="73" />
            <source>new site</source>
            <translation>nieuwe locatie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="74" />
            <source>no gateway</source>
            <translation>geen gateway</translation>
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
            <translation>4 of meer gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="79" />
            <source>-70 dBm or more</source>
            <translation>-70 dBm of meer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/constants.py" line="9" />
            <source>Base map</source>
            <translation>Basiskaart</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/constants.py" line="12" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="663" />
            <source>Sensor and gateway siting</source>
            <translation>Inplanting van sensoren en gateways</translation>
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
            <translation>Projecten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="311" />
            <source>number of gateways</source>
            <translation>aantal gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="311" />
            <source>number of sensors</source>
            <translation>aantal sensoren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="312" />
            <source>% of the addresses</source>
            <translation>% van de adressen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="316" />
            <source>Addresses heard by the gateways</source>
            <translation>Adressen gehoord door de gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="318" />
            <source>Addresses within {radius} m of a sensor</source>
            <translation>Adressen binnen {radius} m van een sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="320" />
            <source>Addresses covered by the sensors</source>
            <translation>Adressen gedekt door de sensoren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/sensor_figures.py" line="95" />
            <source>Daily means of {property}</source>
            <translation>Daggemiddelden van {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="240" />
            <location filename="../smart_municipality/mapstudy/study.py" line="279" />
            <source>Study area</source>
            <translation>Studiegebied</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="250" />
            <source>The store has no data for municipality {municipality}; it holds {held}.</source>
            <translation>De opslag heeft geen gegevens voor de gemeente {municipality}; ze bevat {held}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="277" />
            <source>The study store holds no data with a location; choose a municipality or an extent.</source>
            <translation>De studieopslag bevat geen gegevens met een ligging; kies een gemeente of een gebied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="278" />
            <source>Region of {n} municipalities</source>
            <translation>Regio van {n} gemeenten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="313" />
            <source>… and {n} more</source>
            <translation>… en nog {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="384" />
            <source>Key figures</source>
            <translation>Kerncijfers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="429" />
            <location filename="../smart_municipality/mapstudy/study.py" line="452" />
            <location filename="../smart_municipality/mapstudy/study.py" line="562" />
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="499" />
            <source>Municipality of {name} (NIS code {nis})</source>
            <translation>Gemeente {name} (NIS-code {nis})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="506" />
            <source>Not in this study</source>
            <translation>Niet in deze studie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="509" />
            <source>Made with Smart Municipality (Slimme Gemeente), a QGIS plugin. Sources: Digitaal Vlaanderen and the municipality's own registers. Figures on {date}.</source>
            <translation>Gemaakt met Slimme Gemeente, een QGIS-plug-in. Bronnen: Digitaal Vlaanderen en de eigen registers van de gemeente. Cijfers op {date}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="520" />
            <source>Contents</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="545" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="262" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="347" />
            <source>Neighbourhoods</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="550" />
            <source>{title} – atlas</source>
            <translation>{title} – atlas</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="560" />
            <source>Figures per neighbourhood from the study store; rates of neighbourhoods with fewer than 5 addresses are not shown (privacy). Base map: Digitaal Vlaanderen.</source>
            <translation>Cijfers per wijk uit de studieopslag; percentages van wijken met minder dan 5 adressen worden niet getoond (privacy). Basiskaart: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="582" />
            <location filename="../smart_municipality/mapstudy/study.py" line="617" />
            <source>Neighbourhood</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="337" />
            <location filename="../processing/algorithms/match_addresses.py" line="29" />
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <source>Vacant premises</source>
            <translation>Leegstaande panden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/publish/themes.py" line="309" />
            <source>Vacancy rate</source>
            <translation>Leegstandspercentage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="686" />
            <source>fewer than 5 addresses</source>
            <translation>minder dan 5 adressen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="714" />
            <source>vacancy rate (%); dashed: the whole area</source>
            <translation>leegstandspercentage (%); streepjeslijn: het hele gebied</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="715" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="506" />
            <location filename="../smart_municipality/publish/themes.py" line="313" />
            <source>Vacancy rate per neighbourhood</source>
            <translation>Leegstandspercentage per wijk</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="727" />
            <source>The language {language} is not offered; choose nl, fr or en.</source>
            <translation>De taal {language} wordt niet aangeboden; kies nl, fr of en.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="730" />
            <source>Choose A4 or A3, portrait or landscape.</source>
            <translation>Kies A4 of A3, staand of liggend.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="733" />
            <source>Unknown themes: {themes}; choose from {known}.</source>
            <translation>Onbekende thema's: {themes}; kies uit {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="738" />
            <source>An atlas needs the neighbourhoods: give a polygon layer of wijken or statistical sectors.</source>
            <translation>Een atlas heeft de wijken nodig: geef een polygonenlaag van wijken of statistische sectoren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="741" />
            <source>The neighbourhoods layer is in {crs}; the study works in Belgian Lambert 72 (EPSG:31370): reproject the layer first.</source>
            <translation>De wijkenlaag staat in {crs}; de studie werkt in Belgische Lambert 72 (EPSG:31370): herprojecteer de laag eerst.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="760" />
            <source>Map study {name}</source>
            <translation>Kaartstudie {name}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="771" />
            <source>Theme: {theme}</source>
            <translation>Thema: {theme}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="777" />
            <source>{theme} left out: {reason}</source>
            <translation>{theme} weggelaten: {reason}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="782" />
            <source>None of the chosen themes has data for {area}: {reasons}</source>
            <translation>Geen van de gekozen thema's heeft gegevens voor {area}: {reasons}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="784" />
            <source>Title page</source>
            <translation>Titelpagina</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="793" />
            <source>Atlas: one page per neighbourhood ({n} pages)</source>
            <translation>Atlas: één pagina per wijk ({n} pagina's)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="795" />
            <source>Vacancy is shown per neighbourhood or per cell, never per premise; the project register's contact details are left out.</source>
            <translation>Leegstand wordt per wijk of per cel getoond, nooit per pand; de contactgegevens van het projectregister zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="807" />
            <source>The map study was cancelled.</source>
            <translation>De kaartstudie werd geannuleerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="886" />
            <source>The PDF cannot be written to {path} ({reason}); is it open in a PDF reader?</source>
            <translation>De pdf kan niet naar {path} geschreven worden ({reason}); is hij open in een pdf-lezer?</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="104" />
            <source>The layout template {path} is missing; reinstall the plugin or choose an existing template.</source>
            <translation>Het layoutsjabloon {path} ontbreekt; installeer de plug-in opnieuw of kies een bestaand sjabloon.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="110" />
            <source>The layout template {path} cannot be read ({reason}).</source>
            <translation>Het layoutsjabloon {path} kan niet gelezen worden ({reason}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="114" />
            <source>The layout template {path} is not a QGIS layout template (no valid XML); save the layout again from the layout designer.</source>
            <translation>Het layoutsjabloon {path} is geen QGIS-layoutsjabloon (geen geldige XML); bewaar de layout opnieuw vanuit de layoutontwerper.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="124" />
            <source>The layout template {path} needs two pages (the title page and the theme page); it has {pages}.</source>
            <translation>Het layoutsjabloon {path} heeft twee pagina's nodig (de titelpagina en de themapagina); het heeft er {pages}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="132" />
            <source>The layout template {path} lacks the items {ids}; give every item the id the map study expects (see the plugin's templates).</source>
            <translation>In het layoutsjabloon {path} ontbreken de items {ids}; geef elk item de id die de kaartstudie verwacht (zie de sjablonen van de plug-in).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="176" />
            <source>In the layout template {path} the items {ids} are of the wrong kind (a map, legend, picture or label is expected).</source>
            <translation>In het layoutsjabloon {path} zijn de items {ids} van de verkeerde soort (een kaart, legende, afbeelding of label wordt verwacht).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="209" />
            <source>The font {font} of the template is not installed; the study uses {fallback} instead.</source>
            <translation>Het lettertype {font} van het sjabloon is niet geïnstalleerd; de studie gebruikt {fallback}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="59" />
            <source>Addresses (Adressenregister)</source>
            <translation>Adressen (Adressenregister)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="60" />
            <source>Buildings (GRB)</source>
            <translation>Gebouwen (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="61" />
            <source>Road surface (GRB)</source>
            <translation>Wegbaan (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="62" />
            <source>Parcels (GRB)</source>
            <translation>Percelen (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="63" />
            <source>Municipal boundary (VRBG)</source>
            <translation>Gemeentegrens (VRBG)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="65" />
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>in use</source>
            <translation>in gebruik</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="65" />
            <source>proposed</source>
            <translation>voorgesteld</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="66" />
            <source>retired</source>
            <translation>gehistoreerd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="66" />
            <source>rejected</source>
            <translation>afgekeurd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="68" />
            <source>Main building</source>
            <translation>Hoofdgebouw</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="68" />
            <source>Outbuilding</source>
            <translation>Bijgebouw</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="69" />
            <source>Other building</source>
            <translation>Ander gebouw</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="72" />
            <source>Source: Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licence: Modellicentie Gratis Hergebruik.</source>
            <translation>Bron: Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licentie: Modellicentie Gratis Hergebruik.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="78" />
            <source>Hot spot (99 % confidence)</source>
            <translation>Hotspot (99 % betrouwbaarheid)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="79" />
            <source>Hot spot (95 % confidence)</source>
            <translation>Hotspot (95 % betrouwbaarheid)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="80" />
            <source>Hot spot (90 % confidence)</source>
            <translation>Hotspot (90 % betrouwbaarheid)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="81" />
            <source>Not significant</source>
            <translation>Niet significant</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="82" />
            <source>Cold spot (90 % confidence)</source>
            <translation>Coldspot (90 % betrouwbaarheid)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="83" />
            <source>Cold spot (95 % confidence)</source>
            <translation>Coldspot (95 % betrouwbaarheid)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="84" />
            <source>Cold spot (99 % confidence)</source>
            <translation>Coldspot (99 % betrouwbaarheid)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="327" />
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="329" />
            <source>No base layers: download the GRB and the addresses into the study GeoPackage or give base layers.</source>
            <translation>Geen basislagen: download het GRB en de adressen in de studie-GeoPackage of geef basislagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="338" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Buildings</source>
            <translation>Gebouwen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="338" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="343" />
            <location filename="../smart_municipality/publish/themes.py" line="413" />
            <source>Area (km²)</source>
            <translation>Oppervlakte (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="345" />
            <source>Addresses per km²</source>
            <translation>Adressen per km²</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="354" />
            <source>Addresses by status</source>
            <translation>Adressen per status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="373" />
            <source>Not shown: fewer than 5 addresses (small numbers, privacy)</source>
            <translation>Niet getoond: minder dan 5 adressen (kleine aantallen, privacy)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="376" />
            <source>No vacancy (0 %)</source>
            <translation>Geen leegstand (0 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="379" />
            <source>{low} % or more</source>
            <translation>{low} % of meer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="381" />
            <source>{low} to {high} %</source>
            <translation>{low} tot {high} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="442" />
            <source>The store holds no vacancy register for this area; import the register first (Import vacancy register).</source>
            <translation>De studieopslag bevat geen leegstandsregister voor dit gebied; lees het register eerst in (Leegstandsregister inlezen).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="450" />
            <source>No premises are in the vacancy register on {date}.</source>
            <translation>Op {date} staan er geen panden in het leegstandsregister.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="456" />
            <source>Vacancy per neighbourhood; rates of neighbourhoods with fewer than 5 addresses are not shown.</source>
            <translation>Leegstand per wijk; percentages van wijken met minder dan 5 adressen worden niet getoond.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="459" />
            <source>Vacant premises counted per {size} m cell: no single premise is shown (privacy).</source>
            <translation>Leegstaande panden geteld per cel van {size} m: geen enkel pand wordt getoond (privacy).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="463" />
            <source>Source: the municipal vacancy register (leegstandsregister) in the study store; base map: Digitaal Vlaanderen.</source>
            <translation>Bron: het gemeentelijke leegstandsregister in de studieopslag; basiskaart: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Dwellings</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Business premises</source>
            <translation>Bedrijfsruimten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="480" />
            <source>Shops</source>
            <translation>Winkels</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="481" />
            <source>Premises in the register</source>
            <translation>Panden in het register</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="485" />
            <source>Other or unknown</source>
            <translation>Andere of onbekend</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="489" />
            <location filename="../smart_municipality/publish/themes.py" line="301" />
            <source>Vacancy rate (premises per 100 addresses)</source>
            <translation>Leegstandspercentage (panden per 100 adressen)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="490" />
            <location filename="../smart_municipality/publish/themes.py" line="302" />
            <source>Median time in the register (years)</source>
            <translation>Mediane duur in het register (jaar)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="495" />
            <location filename="../smart_municipality/publish/themes.py" line="303" />
            <source>Entries in the last 12 months</source>
            <translation>Opnames in de laatste 12 maanden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="496" />
            <location filename="../smart_municipality/publish/themes.py" line="304" />
            <source>Removals in the last 12 months</source>
            <translation>Schrappingen in de laatste 12 maanden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="518" />
            <source>Highest rate: {area}</source>
            <translation>Hoogste percentage: {area}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>In the register on 31/12</source>
            <translation>In het register op 31/12</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>Entries</source>
            <translation>Opnames</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>Removals</source>
            <translation>Schrappingen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="552" />
            <source>Not analysed: fewer than 5 addresses (small numbers)</source>
            <translation>Niet geanalyseerd: minder dan 5 adressen (kleine aantallen)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="557" />
            <source>Hot spots of vacancy (Gi*, {size} m cells)</source>
            <translation>Hotspots van leegstand (Gi*, cellen van {size} m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="561" />
            <source>Cells analysed</source>
            <translation>Geanalyseerde cellen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="562" />
            <source>Hot-spot cells (90 % or more)</source>
            <translation>Hotspotcellen (90 % of meer)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="563" />
            <source>Cold-spot cells (90 % or more)</source>
            <translation>Coldspotcellen (90 % of meer)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="564" />
            <source>Cells not analysed (fewer than 5 addresses)</source>
            <translation>Niet geanalyseerde cellen (minder dan 5 adressen)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="570" />
            <source>Cells per class</source>
            <translation>Cellen per klasse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="571" />
            <source>Getis-Ord Gi* with permutation tests on the vacancy rate per cell; {n} cells with fewer than 5 addresses are left out of the analysis (small numbers, privacy).</source>
            <translation>Getis-Ord Gi* met permutatietoetsen op het leegstandspercentage per cel; {n} cellen met minder dan 5 adressen blijven buiten de analyse (kleine aantallen, privacy).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="573" />
            <source>Vacancy: hot spots</source>
            <translation>Leegstand: hotspots</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="575" />
            <source>Source: the municipal vacancy register in the study store, hot spots by Smart Municipality; base map: Digitaal Vlaanderen.</source>
            <translation>Bron: het gemeentelijke leegstandsregister in de studieopslag, hotspots door Slimme Gemeente; basiskaart: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="590" />
            <source>{low} or more</source>
            <translation>{low} of meer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="604" />
            <source>Vacant premises per {size} m cell</source>
            <translation>Leegstaande panden per cel van {size} m</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="626" />
            <source>The store holds no sensors for this area; load sensor data first.</source>
            <translation>De studieopslag bevat geen sensoren voor dit gebied; laad eerst sensorgegevens.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="633" />
            <source>The sensors of this area have no positions to map.</source>
            <translation>De sensoren van dit gebied hebben geen ligging om te karteren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="643" />
            <source>Sensor owners: {owners}. Data sources: {sources}. Limit values: EU directive 2008/50/EC, WHO 2021 guidelines.</source>
            <translation>Eigenaars van de sensoren: {owners}. Gegevensbronnen: {sources}. Grenswaarden: EU-richtlijn 2008/50/EG, WHO-richtwaarden 2021.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="649" />
            <source>Sensors: {property}</source>
            <translation>Sensoren: {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>Sensor</source>
            <translation>Sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>mean ({unit})</source>
            <translation>gemiddelde ({unit})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>data</source>
            <translation>gegevens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="653" />
            <source>Means over the stored period; – : less than 75 % valid data (EU rule).</source>
            <translation>Gemiddelden over de bewaarde periode; – : minder dan 75 % geldige gegevens (EU-regel).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="668" />
            <source>The store holds no siting scenarios for this area; run Site LoRaWAN gateways or Site sensors with the study store.</source>
            <translation>De studieopslag bevat geen inplantingsscenario's voor dit gebied; voer LoRaWAN-gateways plaatsen of Sensoren plaatsen uit met de studieopslag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="681" />
            <source>Chosen gateways</source>
            <translation>Gekozen gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="681" />
            <location filename="../processing/algorithms/site_sensors.py" line="85" />
            <source>Chosen sensor sites</source>
            <translation>Gekozen sensorlocaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="690" />
            <source>Reach of a sensor ({radius} m)</source>
            <translation>Bereik van een sensor ({radius} m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="708" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="710" />
            <source>Sites chosen</source>
            <translation>Gekozen locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="711" />
            <source>Demand covered</source>
            <translation>Gedekte vraag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="712" />
            <source>Best possible with as many sites (bound)</source>
            <translation>Bovengrens met evenveel locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="713" />
            <source>Certificate: share of the optimum reached</source>
            <translation>Certificaat: bereikt deel van het optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="725" />
            <source>LoRaWAN gateways</source>
            <translation>LoRaWAN-gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="725" />
            <source>Sensor sites</source>
            <translation>Sensorlocaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="726" />
            <source>Siting: {what}</source>
            <translation>Inplanting: {what}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="728" />
            <source>Siting by Smart Municipality ({method}, {objective}); base map: Digitaal Vlaanderen.</source>
            <translation>Inplanting door Slimme Gemeente ({method}, {objective}); basiskaart: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="730" />
            <source>The certificate compares the chosen sites with an upper bound on what any choice of as many sites could cover.</source>
            <translation>Het certificaat vergelijkt de gekozen locaties met een bovengrens voor wat eender welke keuze van evenveel locaties kan dekken.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="747" />
            <location filename="../smart_municipality/publish/themes.py" line="407" />
            <source>Smallest spreading factor that reaches a gateway</source>
            <translation>Kleinste spreidingsfactor die een gateway bereikt</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="755" />
            <source>Area reached with SF7–SF9 (km²)</source>
            <translation>Oppervlakte bereikt met SF7–SF9 (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="756" />
            <source>Area reached at all (km²)</source>
            <translation>Oppervlakte bereikt, alle SF (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="767" />
            <location filename="../smart_municipality/publish/themes.py" line="373" />
            <location filename="../processing/algorithms/export_projects_open_data.py" line="48" />
            <source>Smart-city projects</source>
            <translation>Smartcityprojecten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="775" />
            <source>The project register holds no projects with a location in this area; add them with the project form.</source>
            <translation>Het projectregister bevat geen projecten met een ligging in dit gebied; voeg ze toe met het projectformulier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="780" />
            <source>no theme</source>
            <translation>geen thema</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="783" />
            <source>Projects by theme</source>
            <translation>Projecten per thema</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="787" />
            <source>Projects by stage</source>
            <translation>Projecten per fase</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="791" />
            <source>Source: the municipal project register in the study store (contact details left out); base map: Digitaal Vlaanderen.</source>
            <translation>Bron: het gemeentelijke projectregister in de studieopslag (contactgegevens weggelaten); basiskaart: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="802" />
            <source>Projects: areas</source>
            <translation>Projecten: gebieden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="803" />
            <source>Projects: routes</source>
            <translation>Projecten: tracés</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="804" />
            <source>Projects: places</source>
            <translation>Projecten: plaatsen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="838" />
            <source>Running on {date}</source>
            <translation>Lopend op {date}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="844" />
            <source>Subsidies (total)</source>
            <translation>Subsidies (totaal)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="846" />
            <source>Projects with a KPI</source>
            <translation>Projecten met een KPI</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="879" />
            <source>The study GeoPackage holds no traffic indicators; run Traffic indicators per segment (and Compare traffic before and after) with the study GeoPackage as output.</source>
            <translation>Het studie-GeoPackage bevat geen verkeersindicatoren; voer Verkeersindicatoren per segment (en Verkeer voor en na vergelijken) uit met het studie-GeoPackage als uitvoer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="887" />
            <source>Change in car traffic</source>
            <translation>Verandering van het autoverkeer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="887" />
            <source>Weekday traffic</source>
            <translation>Verkeer op werkdagen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="899" />
            <source>Average daily traffic on school-term weekdays (no holidays); v85: the speed 85 % of cars do not exceed. A change is named only when its 95 % interval (bootstrap over days) excludes zero.</source>
            <translation>Gemiddeld verkeer per schoolwerkdag (zonder vakanties en feestdagen); v85: de snelheid die 85 % van de auto's niet overschrijdt. Een verandering wordt enkel vermeld als haar 95 %-interval (bootstrap over de dagen) nul uitsluit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>cars/day</source>
            <translation>auto's/dag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>bikes/day</source>
            <translation>fietsen/dag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <location filename="../smart_municipality/mobility/charts.py" line="74" />
            <location filename="../smart_municipality/mobility/compare.py" line="69" />
            <source>after</source>
            <translation>na</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="904" />
            <source>Counts: Telraam (CC BY 4.0) and counting poles; calendar: Flemish school holidays and Belgian public holidays; base map: Digitaal Vlaanderen.</source>
            <translation>Tellingen: Telraam (CC BY 4.0) en telpalen; kalender: Vlaamse schoolvakanties en Belgische feestdagen; basiskaart: Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="930" />
            <source>too few days</source>
            <translation>te weinig dagen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="932" />
            <source>no change</source>
            <translation>geen verandering</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="952" />
            <source>Before/after: cars per weekday</source>
            <translation>Voor/na: auto's per werkdag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="953" />
            <source>Before/after: cyclists per weekday</source>
            <translation>Voor/na: fietsers per werkdag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="36" />
            <source>hour (weekday, school term)</source>
            <translation>uur (schoolwerkdag)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="37" />
            <source>per hour</source>
            <translation>per uur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="57" />
            <source>modal split (% of weekday traffic)</source>
            <translation>modal split (% van het verkeer op werkdagen)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="66" />
            <source>No before/after for this segment.</source>
            <translation>Geen voor/na voor dit segment.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="73" />
            <location filename="../smart_municipality/mobility/compare.py" line="68" />
            <source>before</source>
            <translation>voor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="84" />
            <source>per day</source>
            <translation>per dag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="138" />
            <source>change (%), with 95 % interval</source>
            <translation>verandering (%), met 95 %-interval</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="29" />
            <source>fewer cars: {change} % ± {margin} %</source>
            <translation>minder auto's: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="29" />
            <source>more cars: {change} % ± {margin} %</source>
            <translation>meer auto's: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="30" />
            <source>fewer heavy vehicles: {change} % ± {margin} %</source>
            <translation>minder vrachtverkeer: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="31" />
            <source>more heavy vehicles: {change} % ± {margin} %</source>
            <translation>meer vrachtverkeer: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="32" />
            <source>fewer cyclists: {change} % ± {margin} %</source>
            <translation>minder fietsers: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="32" />
            <source>more cyclists: {change} % ± {margin} %</source>
            <translation>meer fietsers: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="33" />
            <source>fewer pedestrians: {change} % ± {margin} %</source>
            <translation>minder voetgangers: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="34" />
            <source>more pedestrians: {change} % ± {margin} %</source>
            <translation>meer voetgangers: {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="36" />
            <source>no change beyond the usual variation</source>
            <translation>geen verandering buiten de gewone schommeling</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="37" />
            <source>too few valid days to judge ({before} before, {after} after; at least {min} each)</source>
            <translation>te weinig geldige dagen om te oordelen ({before} voor, {after} na; minstens {min} elk)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="38" />
            <source>no traffic counted before, so no relative change</source>
            <translation>vooraf geen verkeer geteld, dus geen relatieve verandering</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="71" />
            <source>Give the first and last day of both periods.</source>
            <translation>Geef de eerste en de laatste dag van beide periodes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="73" />
            <source>The periods overlap ({b0}–{b1} and {a0}–{a1}); a before/after needs two separate periods.</source>
            <translation>De periodes overlappen ({b0}–{b1} en {a0}–{a1}); een voor/na-vergelijking vraagt twee afzonderlijke periodes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="92" />
            <source>Neither period holds a day with enough valid counting time.</source>
            <translation>Geen van beide periodes bevat een dag met genoeg geldige teltijd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>cars</source>
            <translation>auto's</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>heavy vehicles</source>
            <translation>vrachtverkeer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>cyclists</source>
            <translation>fietsers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="28" />
            <source>pedestrians</source>
            <translation>voetgangers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="65" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="70" />
            <source>This Telraam report lacks the column '{column}'.</source>
            <translation>Dit Telraam-rapport mist de kolom '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="69" />
            <source>{n} Telraam rows have no readable time in the column 'date'.</source>
            <translation>{n} Telraam-rijen hebben geen leesbaar tijdstip in de kolom 'date'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="118" />
            <source>This counting-pole file lacks the column '{column}'.</source>
            <translation>Dit telpaalbestand mist de kolom '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="141" />
            <source>{name} is not readable JSON.</source>
            <translation>{name} is geen leesbare JSON.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="151" />
            <source>{name} is neither a Telraam hourly report nor a counting-pole export (columns segment_id, date, uptime or Code, Ordening, Totaal).</source>
            <translation>{name} is geen Telraam-uurrapport en geen telpaalexport (kolommen segment_id, date, uptime of Code, Ordening, Totaal).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="43" />
            <location filename="../processing/algorithms/mobility_common.py" line="130" />
            <source>'{value}' is not a date (write it as YYYY-MM-DD).</source>
            <translation>'{value}' is geen datum (schrijf JJJJ-MM-DD).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="53" />
            <source>The period {label}ends on {end} before it starts on {start}; swap the dates.</source>
            <translation>De periode {label}eindigt op {end}, vóór ze begint op {start}; verwissel de data.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="62" />
            <location filename="../processing/algorithms/mobility_common.py" line="155" />
            <source>The counts hold no rows.</source>
            <translation>De tellingen bevatten geen rijen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="69" />
            <source>The counts hold no segment {segment}; they hold {known}.</source>
            <translation>De tellingen bevatten geen segment {segment}; ze bevatten {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="170" />
            <source>The counts hold no hours from {start} to {end}; they run from {first} to {last}.</source>
            <translation>De tellingen bevatten geen uren van {start} tot {end}; ze lopen van {first} tot {last}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="173" />
            <source>None of the {n} counted hours is valid: the counter's uptime is below 50 % in every hour.</source>
            <translation>Geen van de {n} getelde uren is geldig: de teller telde in elk uur minder dan 50 % van de tijd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="215" />
            <source>Segment {segment}: v85 lies above 120 km/h, the histogram's open top bin; 120 is a lower bound.</source>
            <translation>Segment {segment}: de v85 ligt boven 120 km/u, de open bovenste klasse van het histogram; 120 is een ondergrens.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="219" />
            <source>Segment {segment}: {n} of {total} days had less than {pct} % valid counting time and were left out.</source>
            <translation>Segment {segment}: {n} van {total} dagen hadden minder dan {pct} % geldige teltijd en werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="223" />
            <source>Segment {segment}: {n} missing hours of valid days were filled from the average hourly profile.</source>
            <translation>Segment {segment}: {n} ontbrekende uren van geldige dagen werden aangevuld uit het gemiddelde uurprofiel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="226" />
            <source>Segment {segment} has no day with enough valid counting time in this period; its figures are empty.</source>
            <translation>Segment {segment} heeft in deze periode geen dag met genoeg geldige teltijd; zijn cijfers blijven leeg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="265" />
            <source>No segment has a day with at least {pct} % valid counting time in this period.</source>
            <translation>Geen enkel segment heeft in deze periode een dag met minstens {pct} % geldige teltijd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="66" />
            <source>postcode</source>
            <translation>postcode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="68" />
            <source>former municipality</source>
            <translation>voormalige gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="115" />
            <source>The list of municipalities ({path}) is missing; reinstall the plugin.</source>
            <translation>De lijst van gemeenten ({path}) ontbreekt; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="123" />
            <source>The list of municipalities ({path}) cannot be read; reinstall the plugin.</source>
            <translation>De lijst van gemeenten ({path}) kan niet gelezen worden; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="164" />
            <source>{text} is not a Flemish municipality; give its NIS code (e.g. 44021 for Gent) or its name.</source>
            <translation>{text} is geen Vlaamse gemeente; geef de NIS-code (bv. 44021 voor Gent) of de naam van de gemeente.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="261" />
            <source>The list of municipalities has no extent for {name}; reinstall the plugin.</source>
            <translation>De lijst van gemeenten bevat geen omgrenzing voor {name}; installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="79" />
            <source>Service status…</source>
            <translation>Status van de diensten…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="81" />
            <source>Check whether the Flemish services the plugin uses answer.</source>
            <translation>Controleer of de Vlaamse diensten die de plugin gebruikt, antwoorden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="82" />
            <source>Settings…</source>
            <translation>Instellingen…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="110" />
            <source>Find an address and zoom to it (Flemish geolocation service).</source>
            <translation>Zoek een adres en zoom ernaar in (Vlaamse geolocatiedienst).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="111" />
            <source>Pick an address on the map</source>
            <translation>Adres aanwijzen op de kaart</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="113" />
            <source>Click on the map to get the nearest address.</source>
            <translation>Klik op de kaart om het dichtstbijzijnde adres te krijgen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="114" />
            <source>Choose a municipality…</source>
            <translation>Kies een gemeente…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="116" />
            <source>Zoom to a municipality by name, deelgemeente, NIS code or postcode.</source>
            <translation>Zoom naar een gemeente op naam, deelgemeente, NIS-code of postcode.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="118" />
            <source>Base maps</source>
            <translation>Achtergrondkaarten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="129" />
            <source>Match addresses…</source>
            <translation>Adressen matchen…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="131" />
            <source>Place a list of addresses (CSV, Excel or a layer) on the address register.</source>
            <translation>Koppel een adreslijst (CSV, Excel of een laag) aan het adressenregister.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="135" />
            <source>The vacancy register: summary, filters and the history of a premise.</source>
            <translation>Het leegstandsregister: samenvatting, filters en de geschiedenis van een pand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="137" />
            <source>Sensors on the map, their latest readings and their time series.</source>
            <translation>Sensoren op de kaart, hun laatste metingen en hun tijdreeksen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="139" />
            <source>Predict LoRaWAN coverage and place gateways and sensors.</source>
            <translation>Voorspel de LoRaWAN-dekking en plaats gateways en sensoren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="141" />
            <source>Traffic per counted segment: hourly profile, modal split and before/after.</source>
            <translation>Verkeer per geteld segment: uurprofiel, modal split en voor/na.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="147" />
            <source>Choose themes, language and paper, preview the map study and export it as a PDF.</source>
            <translation>Kies thema's, taal en papier, bekijk de kaartstudie vooraf en exporteer ze als pdf.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="150" />
            <source>Publish the study store as a web page for citizens, with open data and its metadata.</source>
            <translation>Publiceer de studieopslag als webpagina voor de burgers, met open data en de metadata ervan.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="104" />
            <source>{what} {id} ends ({end}) before it starts ({start}); correct its dates first.</source>
            <translation>{what} {id} eindigt ({end}) voordat het begint ({start}); corrigeer eerst de datums.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="114" />
            <source>The distance cannot be negative.</source>
            <translation>De afstand kan niet negatief zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="115" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="116" />
            <source>Work</source>
            <translation>Werk</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="41" />
            <source>Projects (points)</source>
            <translation>Projecten (punten)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="41" />
            <source>Projects (lines)</source>
            <translation>Projecten (lijnen)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="42" />
            <source>Projects (areas)</source>
            <translation>Projecten (vlakken)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="74" />
            <source>(not set)</source>
            <translation>(niet ingevuld)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="97" />
            <source>The municipality is a five-digit NIS code, e.g. 44021 for Gent.</source>
            <translation>De gemeente is een NIS-code van vijf cijfers, bv. 44021 voor Gent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="104" />
            <source>The end date cannot be before the start date.</source>
            <translation>De einddatum kan niet vóór de startdatum liggen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="72" />
            <source>The period ends ({end}) before it starts ({start}); swap the dates.</source>
            <translation>De periode eindigt ({end}) voordat ze begint ({start}); verwissel de datums.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="178" />
            <source>{collection}: {received} of {total} works received.</source>
            <translation>{collection}: {received} van {total} werken ontvangen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="223" />
            <location filename="../processing/algorithms/load_gipod.py" line="92" />
            <source>Choose the GIPOD collections INNAME and/or INNAME_PUNT.</source>
            <translation>Kies de GIPOD-collecties INNAME en/of INNAME_PUNT.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="231" />
            <source>Downloading GIPOD {collection} for {area} from {start} to {end}.</source>
            <translation>GIPOD {collection} voor {area} wordt gedownload, van {start} tot {end}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="242" />
            <source>{collection}: {dropped} works outside the period left out.</source>
            <translation>{collection}: {dropped} werken buiten de periode weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="136" />
            <source>{layer} has no niscode field: every project needs its municipality's NIS code.</source>
            <translation>{layer} heeft geen veld niscode: elk project heeft de NIS-code van zijn gemeente nodig.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="173" />
            <source>{source} is the target store itself; a register cannot be merged into itself, choose another target store.</source>
            <translation>{source} is de doelopslag zelf; een register kan niet in zichzelf samengevoegd worden, kies een andere doelopslag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="176" />
            <source>{source} is given twice (also as {first}); give every register once.</source>
            <translation>{source} is twee keer opgegeven (ook als {first}); geef elk register één keer op.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="193" />
            <location filename="../processing/algorithms/merge_project_registers.py" line="80" />
            <source>Give at least one project register to merge: a store or a layer.</source>
            <translation>Geef minstens één projectregister op om samen te voegen: een opslag of een laag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="199" />
            <source>the target store</source>
            <translation>de doelopslag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="212" />
            <source>{count} projects in {source} have no municipality (niscode) or no project id (project_key); fill them in first, nothing was merged.</source>
            <translation>{count} projecten in {source} hebben geen gemeente (niscode) of geen project-id (project_key); vul ze eerst in, er werd niets samengevoegd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="234" />
            <source>Columns that are not in the project register were left out: {columns}.</source>
            <translation>Kolommen die niet in het projectregister staan, werden weggelaten: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="255" />
            <source>The export would contain the personal contact column(s) {columns}; nothing was written.</source>
            <translation>De export zou de persoonlijke contactkolom(men) {columns} bevatten; er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="13" />
            <source>Smart governance</source>
            <translation>Slim bestuur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="14" />
            <source>Environment</source>
            <translation>Leefmilieu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="16" />
            <source>Living</source>
            <translation>Wonen en leven</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="17" />
            <source>People</source>
            <translation>Mensen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="18" />
            <source>Economy</source>
            <translation>Economie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="22" />
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="23" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="24" />
            <source>Pilot project</source>
            <translation>Pilootproject</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="25" />
            <source>Implemented</source>
            <translation>Geïmplementeerd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="26" />
            <source>Scaled up</source>
            <translation>Opgeschaald</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="29" />
            <source>Public</source>
            <translation>Publiek</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="30" />
            <source>Private</source>
            <translation>Privé</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="31" />
            <source>Civil society</source>
            <translation>Middenveld</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="32" />
            <source>University</source>
            <translation>Universiteit</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="33" />
            <source>Unknown</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="36" />
            <source>Own resources</source>
            <translation>Eigen middelen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="37" />
            <source>Regional or provincial subsidy</source>
            <translation>Regionale of provinciale subsidie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="38" />
            <source>European subsidy</source>
            <translation>Europese subsidie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="39" />
            <source>Loan</source>
            <translation>Lening</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="40" />
            <source>Belfius-EIB</source>
            <translation>Belfius-EIB</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="41" />
            <source>Public-private partnership</source>
            <translation>Publiek-private samenwerking</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="42" />
            <source>Crowdfunding</source>
            <translation>Crowdfunding</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="45" />
            <source>Indicators / dashboard</source>
            <translation>Indicatoren / dashboard</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="46" />
            <source>Evaluation committee</source>
            <translation>Evaluatiecomité</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="47" />
            <source>Citizen assessment</source>
            <translation>Burgerbeoordeling</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="61" />
            <source>Project id</source>
            <translation>Project-id</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="62" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="105" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="143" />
            <source>Municipality (NIS code)</source>
            <translation>Gemeente (NIS-code)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="63" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="64" />
            <location filename="../smart_municipality/publish/themes.py" line="349" />
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="65" />
            <source>Municipalities involved (NIS codes)</source>
            <translation>Betrokken gemeenten (NIS-codes)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="66" />
            <location filename="../smart_municipality/publish/themes.py" line="349" />
            <source>Theme (dimension)</source>
            <translation>Thema (dimensie)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="67" />
            <source>Priority theme</source>
            <translation>Prioritair thema</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="68" />
            <source>Initiator type</source>
            <translation>Type initiatiefnemer</translation>
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
            <translation>Trekkende dienst</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="71" />
            <source>Day-to-day manager</source>
            <translation>Dagelijks beheerder</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="72" />
            <location filename="../smart_municipality/publish/themes.py" line="351" />
            <source>Status (maturity)</source>
            <translation>Status (maturiteit)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="73" />
            <source>Funding form</source>
            <translation>Financieringsvorm</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="74" />
            <location filename="../smart_municipality/publish/themes.py" line="354" />
            <source>Subsidy (€)</source>
            <translation>Subsidie (€)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="75" />
            <source>Cofinancing (%)</source>
            <translation>Cofinanciering (%)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="76" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="77" />
            <source>Target value</source>
            <translation>Streefwaarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="78" />
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="79" />
            <source>Monitoring method</source>
            <translation>Monitoringmethode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="80" />
            <source>Datasets produced</source>
            <translation>Geproduceerde datasets</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="81" />
            <source>Data owner</source>
            <translation>Data-eigenaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="82" />
            <source>Reusable playbook available</source>
            <translation>Herbruikbaar draaiboek beschikbaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="83" />
            <location filename="../smart_municipality/publish/themes.py" line="353" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="84" />
            <location filename="../smart_municipality/publish/themes.py" line="353" />
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="85" />
            <location filename="../smart_municipality/publish/themes.py" line="355" />
            <source>Link to citizen participation</source>
            <translation>Link naar burgerparticipatie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="86" />
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="87" />
            <source>Contact e-mail</source>
            <translation>E-mailadres contactpersoon</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="88" />
            <source>Contact phone</source>
            <translation>Telefoon contactpersoon</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/constants.py" line="9" />
            <location filename="../processing/algorithms/device_register.py" line="36" />
            <source>Device register</source>
            <translation>Register van toestellen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/constants.py" line="13" />
            <source>Gateway coverage</source>
            <translation>Dekking van de gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/dcat.py" line="27" />
            <source>Open data of {municipality}</source>
            <translation>Open data van {municipality}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/dcat.py" line="28" />
            <source>Maps for citizens published with Smart Municipality: sensors, vacancy, projects and network coverage of {municipality}.</source>
            <translation>Kaarten voor burgers, gepubliceerd met Slimme Gemeente: sensoren, leegstand, projecten en netwerkdekking van {municipality}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="34" />
            <source>Source: Digitaal Vlaanderen (GRB)</source>
            <translation>Bron: Digitaal Vlaanderen (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="65" />
            <location filename="../processing/algorithms/publish_web_map.py" line="63" />
            <source>Choose at least one theme to publish.</source>
            <translation>Kies minstens één thema om te publiceren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="67" />
            <location filename="../processing/algorithms/publish_web_map.py" line="65" />
            <source>Choose at least one language of the page: Dutch, French or English.</source>
            <translation>Kies minstens één taal voor de pagina: Nederlands, Frans of Engels.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="69" />
            <source>The web page of the plugin is missing ({path}); reinstall the plugin.</source>
            <translation>De webpagina van de plugin ontbreekt ({path}); installeer de plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="73" />
            <source>{path} is a file; choose a folder for the web site.</source>
            <translation>{path} is een bestand; kies een map voor de website.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="75" />
            <source>The folder {path} holds other files; choose an empty folder or one with an earlier published site.</source>
            <translation>De map {path} bevat andere bestanden; kies een lege map of een map met een eerder gepubliceerde website.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="86" />
            <source>The store holds no data of {municipality} (NIS {niscode}); check the municipality or the store.</source>
            <translation>De opslag bevat geen gegevens van {municipality} (NIS {niscode}); controleer de gemeente of de opslag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="109" />
            <source>Publishing was cancelled; nothing was written.</source>
            <translation>Het publiceren werd geannuleerd; er werd niets geschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="223" />
            <source>The store holds nothing to publish for {municipality} in the chosen themes; nothing was written.</source>
            <translation>De opslag bevat niets om te publiceren voor {municipality} in de gekozen thema's; er werd niets geschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="31" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="31" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="33" />
            <source>a private person (not named)</source>
            <translation>een privépersoon (niet bij naam genoemd)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="35" />
            <source>air quality</source>
            <translation>luchtkwaliteit</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="35" />
            <source>traffic counter</source>
            <translation>verkeersteller</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>noise</source>
            <translation>geluid</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>weather and climate</source>
            <translation>weer en klimaat</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>other</source>
            <translation>andere</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>out of order</source>
            <translation>defect</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>planned</source>
            <translation>gepland</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="38" />
            <source>no longer in use</source>
            <translation>niet meer in gebruik</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="72" />
            <source>The store holds no public sensor with a position; the device register is left out.</source>
            <translation>De opslag bevat geen publieke sensor met een ligging; het toestellenregister wordt weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="95" />
            <location filename="../processing/algorithms/device_register.py" line="23" />
            <source>Public device register (what is placed where)</source>
            <translation>Openbaar register van toestellen (wat staat waar)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="96" />
            <source>Every sensor of the municipality: what it measures, who owns and runs it, how it communicates and whether it processes personal data. Sensors that do are shown at the centre of their 100 m grid cell and without their owner's name.</source>
            <translation>Elke sensor van de gemeente: wat hij meet, wie eigenaar en beheerder is, hoe hij communiceert en of hij persoonsgegevens verwerkt. Sensoren die dat doen, staan in het midden van hun rastercel van 100 m en zonder de naam van hun eigenaar.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="99" />
            <source>Source: device register of the municipality</source>
            <translation>Bron: toestellenregister van de gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="100" />
            <location filename="../smart_municipality/publish/themes.py" line="227" />
            <source>Measures</source>
            <translation>Meet</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="101" />
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="102" />
            <source>Operator</source>
            <translation>Beheerder</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="103" />
            <source>Connectivity</source>
            <translation>Connectiviteit</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="103" />
            <source>Installed on</source>
            <translation>Geïnstalleerd op</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="105" />
            <source>Processes personal data</source>
            <translation>Verwerkt persoonsgegevens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="109" />
            <source>does not process personal data</source>
            <translation>verwerkt geen persoonsgegevens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="110" />
            <source>processes personal data (position blurred)</source>
            <translation>verwerkt persoonsgegevens (ligging vervaagd)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="117" />
            <source>below half the limit value</source>
            <translation>onder de helft van de grenswaarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="118" />
            <source>below the limit value</source>
            <translation>onder de grenswaarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="119" />
            <source>above the limit value</source>
            <translation>boven de grenswaarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="120" />
            <source>no limit value</source>
            <translation>geen grenswaarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="121" />
            <source>no recent daily mean</source>
            <translation>geen recent daggemiddelde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="191" />
            <source>The store holds no readings of public sensors; the sensors layer is left out.</source>
            <translation>De opslag bevat geen metingen van publieke sensoren; de sensorlaag wordt weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="222" />
            <source>The latest reading of every public sensor and the daily means of the last 30 days, compared with the limit value of what it measures.</source>
            <translation>De laatste meting van elke publieke sensor en de daggemiddelden van de laatste 30 dagen, vergeleken met de grenswaarde van wat hij meet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="224" />
            <source>Source: sensor readings in the municipality's study store (owners in the device register)</source>
            <translation>Bron: sensormetingen in de studieopslag van de gemeente (eigenaars in het toestellenregister)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="227" />
            <source>Limit value</source>
            <translation>Grenswaarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="228" />
            <source>Daily mean against the limit value</source>
            <translation>Daggemiddelde tegenover de grenswaarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="268" />
            <source>fewer than 5 addresses: not published</source>
            <translation>minder dan 5 adressen: niet gepubliceerd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="269" />
            <source>less than 2 per 100 addresses</source>
            <translation>minder dan 2 per 100 adressen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="270" />
            <source>2 to 5 per 100 addresses</source>
            <translation>2 tot 5 per 100 adressen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="271" />
            <source>5 to 10 per 100 addresses</source>
            <translation>5 tot 10 per 100 adressen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="272" />
            <source>10 or more per 100 addresses</source>
            <translation>10 of meer per 100 adressen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="273" />
            <source>no rate</source>
            <translation>geen percentage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="290" />
            <source>The study store holds no vacancy indicators per neighbourhood (run Vacancy indicators per area into layer vacancy_wijken); vacancy is left out.</source>
            <translation>De studieopslag bevat geen leegstandsindicatoren per wijk (voer Leegstandsindicatoren per gebied uit naar de laag vacancy_wijken); leegstand wordt weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="300" />
            <source>Premises in the vacancy register</source>
            <translation>Panden in het leegstandsregister</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="314" />
            <source>Vacant buildings and dwellings per neighbourhood on the reference date. Figures of neighbourhoods with fewer than 5 addresses are not published; no single premise is shown.</source>
            <translation>Leegstaande gebouwen en woningen per wijk op de referentiedatum. Cijfers van wijken met minder dan 5 adressen worden niet gepubliceerd; geen enkel afzonderlijk pand wordt getoond.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="316" />
            <source>Source: municipal register of vacant buildings and dwellings</source>
            <translation>Bron: gemeentelijk register van leegstaande gebouwen en woningen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="342" />
            <source>The store holds no project with a location; projects are left out.</source>
            <translation>De opslag bevat geen project met een ligging; projecten worden weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="345" />
            <source>{n} projects without a location are not on the map.</source>
            <translation>{n} projecten zonder ligging staan niet op de kaart.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="367" />
            <source>{n} e-mail addresses or phone numbers in the projects' text were blanked.</source>
            <translation>{n} e-mailadressen of telefoonnummers in de tekst van de projecten werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="374" />
            <source>The smart-city projects of the municipality: what they do, how far they are and who takes part.</source>
            <translation>De smartcityprojecten van de gemeente: wat ze doen, hoe ver ze staan en wie deelneemt.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="375" />
            <source>Source: project register of the municipality</source>
            <translation>Bron: projectenregister van de gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="393" />
            <source>The store holds no coverage of a gateway run (Place gateways); gateway coverage is left out.</source>
            <translation>De opslag bevat geen dekking van een gatewayberekening (Gateways plaatsen); de dekking van de gateways wordt weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="408" />
            <source>Where the municipality's LoRaWAN gateways receive a sensor, by the smallest spreading factor that reaches one (SF7: fast and frugal, SF12: slow, the longest reach). A prediction from terrain and buildings, not a measurement.</source>
            <translation>Waar de LoRaWAN-gateways van de gemeente een sensor ontvangen, volgens de kleinste spreidingsfactor die er een bereikt (SF7: snel en zuinig, SF12: traag, met het grootste bereik). Een voorspelling op basis van terrein en gebouwen, geen meting.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="411" />
            <source>Source: gateway siting of the municipality (Smart Municipality)</source>
            <translation>Bron: inplanting van de gateways door de gemeente (Slimme Gemeente)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="412" />
            <source>Spreading factor</source>
            <translation>Spreidingsfactor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="46" />
            <source>Unknown period '{period}'; use hour, day, week, month or year.</source>
            <translation>Onbekende periode '{period}'; gebruik hour, day, week, month of year.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="186" />
            <source>The minimum data completeness must lie between 0 and 100 %.</source>
            <translation>De minimale volledigheid van de gegevens moet tussen 0 en 100 % liggen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="188" />
            <source>The percentile must lie between 0 and 100.</source>
            <translation>Het percentiel moet tussen 0 en 100 liggen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="190" />
            <source>Exceedances are counted on readings or on daily means.</source>
            <translation>Overschrijdingen worden geteld op metingen of op daggemiddelden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="233" />
            <source>Grouping by sensor or area needs the sensor of each reading.</source>
            <translation>Groeperen per sensor of gebied vereist de sensor van elke meting.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="239" />
            <source>Choose the areas to aggregate over.</source>
            <translation>Kies de gebieden waarover geaggregeerd wordt.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="241" />
            <source>Aggregate per sensor or per area.</source>
            <translation>Aggregeer per sensor of per gebied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/charts.py" line="94" />
            <source>No readings in this period.</source>
            <translation>Geen metingen in deze periode.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/charts.py" line="123" />
            <source>time ({zone})</source>
            <translation>tijd ({zone})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="16" />
            <source>CurieuzeNeuzen Vlaanderen 2018 (NO2 tubes)</source>
            <translation>CurieuzeNeuzen Vlaanderen 2018 (NO2-buisjes)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="17" />
            <source>Gent bicycle counter (5-minute counts)</source>
            <translation>Fietstelpaal Gent (tellingen per 5 minuten)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="18" />
            <source>EEA AirBase hourly file</source>
            <translation>EEA AirBase-uurbestand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="19" />
            <source>Recht op Lucht NO2 campaign</source>
            <translation>NO2-meetcampagne Recht op Lucht</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="20" />
            <source>IRCEL-CELINE hourly export</source>
            <translation>Uurexport van IRCEL-CELINE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="21" />
            <source>Telraam hourly report (CSV)</source>
            <translation>Telraam-uurrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="22" />
            <source>sensor.community archive CSV</source>
            <translation>Archief-CSV van sensor.community</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="59" />
            <source>fixed line</source>
            <translation>vaste lijn</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="60" />
            <source>official air-quality station</source>
            <translation>officieel meetstation voor luchtkwaliteit</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="91" />
            <source>IRCEL-CELINE does not measure {property}.</source>
            <translation>IRCEL-CELINE meet {property} niet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="58" />
            <source>citizen sensor ({kind})</source>
            <translation>burgersensor ({kind})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="60" />
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="118" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="51" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="83" />
            <source>citizen</source>
            <translation>burger</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="97" />
            <source>This is not a sensor.community archive file (a ';'-separated CSV with sensor_id, location, lat, lon and timestamp).</source>
            <translation>Dit is geen archiefbestand van sensor.community (een CSV met ';' als scheidingsteken en sensor_id, location, lat, lon en timestamp).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="106" />
            <source>This sensor.community archive file lacks the columns {columns}.</source>
            <translation>Dit archiefbestand van sensor.community mist de kolommen {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="142" />
            <source>{n} archive cells held no number (such as 'nan') and were skipped.</source>
            <translation>{n} cellen van het archief bevatten geen getal (zoals 'nan') en werden overgeslagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensorthings.py" line="105" />
            <source>The SensorThings server sent observations without a time; the server is not compatible.</source>
            <translation>De SensorThings-server stuurde observaties zonder tijdstip; de server is niet compatibel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="114" />
            <source>'{part}' is not a mapping entry; write key=value with a key among: {keys}.</source>
            <translation>'{part}' is geen koppelingsregel; schrijf sleutel=waarde met een sleutel uit: {keys}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="132" />
            <source>The mapping entry '{part}' has a value that is not a number.</source>
            <translation>De koppelingsregel '{part}' heeft een waarde die geen getal is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="147" />
            <source>{name} holds {n} files; unpack it and choose the table.</source>
            <translation>{name} bevat {n} bestanden; pak het uit en kies de tabel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="151" />
            <source>{name} is not a readable zip file.</source>
            <translation>{name} is geen leesbaar zipbestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="166" />
            <source>Column '{column}' holds '{value}' (row {row}), which is not a number; correct it or leave the cell empty.</source>
            <translation>Kolom '{column}' bevat '{value}' (rij {row}), wat geen getal is; corrigeer het of laat de cel leeg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="179" />
            <source>Unknown layout '{layout}'; use long, wide_sensors or wide_hours.</source>
            <translation>Onbekende indeling '{layout}'; gebruik long, wide_sensors of wide_hours.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="183" />
            <source>The file</source>
            <translation>Het bestand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="196" />
            <source>The file has no column '{column}'; its columns are: {columns}.</source>
            <translation>Het bestand heeft geen kolom '{column}'; de kolommen zijn: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="199" />
            <source>Choose both an x (longitude) and a y (latitude) column, or neither.</source>
            <translation>Kies zowel een x-kolom (lengtegraad) als een y-kolom (breedtegraad), of geen van beide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="201" />
            <source>Choose the column(s) holding the readings.</source>
            <translation>Kies de kolom(men) met de metingen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="203" />
            <source>Choose the time column, or give the period the readings cover.</source>
            <translation>Kies de tijdkolom, of geef de periode op die de metingen bestrijken.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="205" />
            <source>Duplicates must be 'error' or 'replicates'.</source>
            <translation>Dubbels moeten 'error' of 'replicates' zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="212" />
            <source>The wide table has no sensor columns.</source>
            <translation>De brede tabel heeft geen sensorkolommen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="214" />
            <source>Choose the property the sensor columns hold (for example NO2).</source>
            <translation>Kies de grootheid in de sensorkolommen (bijvoorbeeld NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="222" />
            <source>Choose the hour columns of the wide table (first = 00:00).</source>
            <translation>Kies de uurkolommen van de brede tabel (eerste = 00:00).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="224" />
            <source>Give one flag column per hour column, or none.</source>
            <translation>Geef één vlagkolom per uurkolom op, of geen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="226" />
            <source>Choose the property the hour columns hold (for example NO2).</source>
            <translation>Kies de grootheid in de uurkolommen (bijvoorbeeld NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="266" />
            <source>Row {row} has no sensor in column '{column}'; fill it in or remove the row.</source>
            <translation>Rij {row} heeft geen sensor in kolom '{column}'; vul het in of verwijder de rij.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="280" />
            <source>period</source>
            <translation>periode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="302" />
            <source>Say which property column '{column}' holds.</source>
            <translation>Geef aan welke grootheid kolom '{column}' bevat.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="306" />
            <source>value</source>
            <translation>waarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="350" />
            <source>The mapped value columns hold no readings.</source>
            <translation>De gekoppelde waardekolommen bevatten geen metingen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="365" />
            <source>Sensor '{sensor}' has no position (row {row}); fill in x and y or remove the row. Nothing was imported.</source>
            <translation>Sensor '{sensor}' heeft geen positie (rij {row}); vul x en y in of verwijder de rij. Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="367" />
            <source>the sensors in the file</source>
            <translation>de sensoren in het bestand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="378" />
            <source>the sensor</source>
            <translation>de sensor</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="408" />
            <location filename="../smart_municipality/sensors/files.py" line="480" />
            <source>none (diffusion tube)</source>
            <translation>geen (diffusiebuisje)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="427" />
            <source>{n} rows at local times that do not exist (the clock skips an hour in spring) were left out.</source>
            <translation>{n} rijen met lokale tijdstippen die niet bestaan (de klok slaat in de lente een uur over) werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="449" />
            <source>{name} is not an AirBase file (a date and 24 value/flag pairs per line).</source>
            <translation>{name} is geen AirBase-bestand (een datum en 24 paren waarde/vlag per regel).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="452" />
            <source>{name} has {n} columns per line; an AirBase hourly file has 49 (a date and 24 value/flag pairs).</source>
            <translation>{name} heeft {n} kolommen per regel; een AirBase-uurbestand heeft er 49 (een datum en 24 paren waarde/vlag).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="465" />
            <source>The pollutant of {name} cannot be told from its name; choose the property.</source>
            <translation>De polluent van {name} kan niet uit de naam afgeleid worden; kies de grootheid.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="495" />
            <source>The property of {name} cannot be told from its name; choose it (for example NO2).</source>
            <translation>De grootheid van {name} kan niet uit de naam afgeleid worden; kies ze (bijvoorbeeld NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="603" />
            <source>{name} is not in a format the plugin knows; give a column mapping.</source>
            <translation>{name} heeft geen formaat dat de plugin kent; geef een koppeling van de kolommen op.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="606" />
            <source>Unknown file format '{preset}'.</source>
            <translation>Onbekend bestandsformaat '{preset}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="610" />
            <source>{name} holds no readings: every value is empty or unreadable.</source>
            <translation>{name} bevat geen metingen: elke waarde is leeg of onleesbaar.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="73" />
            <source>The coordinates of {what} are not in WGS84, Lambert 72 or Lambert 2008 within Belgium; check the x/y columns and their order.</source>
            <translation>De coördinaten van {what} liggen niet binnen België in WGS84, Lambert 72 of Lambert 2008; controleer de x/y-kolommen en hun volgorde.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="75" />
            <location filename="../smart_municipality/sensors/geo.py" line="79" />
            <location filename="../smart_municipality/sensors/geo.py" line="87" />
            <source>the sensors</source>
            <translation>de sensoren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="78" />
            <source>The coordinates of {what} look like EPSG:{detected}, not EPSG:{given}; choose the right coordinate system.</source>
            <translation>De coördinaten van {what} lijken in EPSG:{detected} te staan, niet in EPSG:{given}; kies het juiste coördinatensysteem.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="86" />
            <source>{n} positions of {what} lie outside Belgium in EPSG:{epsg}; check the coordinates and their order.</source>
            <translation>{n} posities van {what} liggen buiten België in EPSG:{epsg}; controleer de coördinaten en hun volgorde.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="32" />
            <source>Leave-one-out cross-validation over {n} sensors: RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, bias {bias:+.2f} {unit}.</source>
            <translation>Leave-one-out-kruisvalidatie over {n} sensoren: RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, bias {bias:+.2f} {unit}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="41" />
            <source>Interpolation needs at least two sensors with a position and a value.</source>
            <translation>Interpolatie vereist minstens twee sensoren met een positie en een waarde.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="47" />
            <source>Interpolating sensor readings</source>
            <translation>Sensormetingen interpoleren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="50" />
            <source>The IDW power must be positive.</source>
            <translation>De IDW-macht moet positief zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="83" />
            <source>Give an extent and a positive cell size for the surface.</source>
            <translation>Geef een omgrenzing en een positieve celgrootte voor het oppervlak op.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="87" />
            <source>The surface would have {n} million cells; choose a larger cell size or a smaller extent.</source>
            <translation>Het oppervlak zou {n} miljoen cellen hebben; kies een grotere celgrootte of een kleinere omgrenzing.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="108" />
            <source>The surface cannot be written to {path}; check the folder.</source>
            <translation>Het oppervlak kan niet weggeschreven worden naar {path}; controleer de map.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="239" />
            <source>just now</source>
            <translation>zonet</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="241" />
            <source>{n} min ago</source>
            <translation>{n} min geleden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="243" />
            <source>{n} h ago</source>
            <translation>{n} u geleden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="245" />
            <source>{n} days ago</source>
            <translation>{n} dagen geleden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="119" />
            <source>The store holds no sensors measuring {property}; load sensor data first.</source>
            <translation>De opslag bevat geen sensoren die {property} meten; laad eerst sensorgegevens.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="123" />
            <source>Sensors – {property}</source>
            <translation>Sensoren – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="173" />
            <source>no recent reading (older than {hours:g} h)</source>
            <translation>geen recente meting (ouder dan {hours:g} u)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="206" />
            <source>No {property} readings between {start} and {end}.</source>
            <translation>Geen metingen van {property} tussen {start} en {end}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="209" />
            <source>{n} readings are too many to animate; choose a shorter period.</source>
            <translation>{n} metingen zijn te veel om te animeren; kies een kortere periode.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="216" />
            <source>Readings – {property}</source>
            <translation>Metingen – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="48" />
            <source>{nis} is not a Flemish municipality the plugin knows; choose an area layer instead.</source>
            <translation>{nis} is geen Vlaamse gemeente die de plugin kent; kies in de plaats een laag met gebieden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="142" />
            <source>{n} readings are not numbers (text, objects or arrays); they are kept as text and left out of charts and statistics.</source>
            <translation>{n} metingen zijn geen getallen (tekst, objecten of reeksen); ze worden als tekst bewaard en buiten grafieken en statistieken gelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="180" />
            <source>Choose an area or give Telraam segment ids.</source>
            <translation>Kies een gebied of geef Telraam-segment-id’s op.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="71" />
            <source>Sensor '{name}': {reason}</source>
            <translation>Sensor '{name}': {reason}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="84" />
            <source>Some readings belong to no sensor of this import; the import was stopped and nothing was written.</source>
            <translation>Sommige metingen horen bij geen enkele sensor van deze import; de import werd gestopt en er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="91" />
            <source>{n} readings were converted to the standard unit of their property.</source>
            <translation>{n} metingen werden omgezet naar de standaardeenheid van hun grootheid.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="96" />
            <source>{n} readings that appeared twice were stored once.</source>
            <translation>{n} metingen die twee keer voorkwamen, werden één keer opgeslagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="98" />
            <source>{n} empty rows beside a reading of the same time were left out.</source>
            <translation>{n} lege rijen naast een meting van hetzelfde tijdstip werden weggelaten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="108" />
            <source>The sensor of datastream '{key}' is missing from this import; nothing was written.</source>
            <translation>De sensor van datastroom '{key}' ontbreekt in deze import; er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="112" />
            <source>The datastream '{key}' is described twice in this import; nothing was written.</source>
            <translation>De datastroom '{key}' wordt twee keer beschreven in deze import; er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="121" />
            <source>'{property}' comes in several units ({units}) that cannot be converted into each other; import each unit as its own property or fix the units.</source>
            <translation>'{property}' komt voor in meerdere eenheden ({units}) die niet in elkaar om te zetten zijn; importeer elke eenheid als een aparte grootheid of corrigeer de eenheden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="155" />
            <source>Sensor '{name}' has {n} times with two different readings (first at {time}){others}; remove the duplicates or check the time zone. Nothing was written.</source>
            <translation>Sensor '{name}' heeft {n} tijdstippen met twee verschillende metingen (eerste om {time}){others}; verwijder de dubbels of controleer de tijdzone. Er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="158" />
            <source>, and {m} other sensors have such times too</source>
            <translation>, en {m} andere sensoren hebben zulke tijdstippen ook</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="178" />
            <source>Most readings of '{name}' are negative, which a {property} value cannot be; check the column mapping. Nothing was written.</source>
            <translation>De meeste metingen van '{name}' zijn negatief, wat een waarde van {property} niet kan zijn; controleer de koppeling van de kolommen. Er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="184" />
            <source>{n} negative readings (impossible for a concentration or a count) were kept but marked invalid; first: sensor '{name}'.</source>
            <translation>{n} negatieve metingen (onmogelijk voor een concentratie of een telling) werden bewaard maar als ongeldig gemarkeerd; eerste: sensor '{name}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/period.py" line="24" />
            <source>The period starts and ends at the same moment ({moment}), so it holds no time; choose an end after the start.</source>
            <translation>De periode begint en eindigt op hetzelfde moment ({moment}) en duurt dus niet; kies een einde na het begin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/period.py" line="26" />
            <source>The period starts ({start}) after it ends ({end}); swap the start and the end.</source>
            <translation>De periode begint ({start}) nadat ze eindigt ({end}); verwissel het begin en het einde.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="61" />
            <source>EU annual limit value</source>
            <translation>EU-grenswaarde per jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="62" />
            <source>EU annual limit value from 2030</source>
            <translation>EU-grenswaarde per jaar vanaf 2030</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="63" />
            <location filename="../smart_municipality/sensors/properties.py" line="86" />
            <location filename="../smart_municipality/sensors/properties.py" line="90" />
            <source>WHO 2021 daily guideline</source>
            <translation>WGO-advieswaarde 2021 per dag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="64" />
            <source>WHO 2021 annual guideline</source>
            <translation>WGO-advieswaarde 2021 per jaar</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="69" />
            <location filename="../smart_municipality/sensors/properties.py" line="84" />
            <source>EU hourly limit value</source>
            <translation>EU-grenswaarde per uur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="72" />
            <location filename="../smart_municipality/sensors/properties.py" line="85" />
            <source>EU daily limit value</source>
            <translation>EU-grenswaarde per dag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="78" />
            <source>EU information threshold</source>
            <translation>EU-informatiedrempel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="79" />
            <source>EU alert threshold</source>
            <translation>EU-alarmdrempel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="80" />
            <source>EU target value (max daily 8-hour mean)</source>
            <translation>EU-streefwaarde (hoogste dagelijkse 8-uurgemiddelde)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="81" />
            <source>WHO 2021 8-hour guideline</source>
            <translation>WGO-advieswaarde 2021 per 8 uur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="88" />
            <source>Black carbon</source>
            <translation>Roet (black carbon)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="89" />
            <source>EU limit value (max daily 8-hour mean)</source>
            <translation>EU-grenswaarde (hoogste dagelijkse 8-uurgemiddelde)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="92" />
            <source>Temperature</source>
            <translation>Temperatuur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="94" />
            <source>Relative humidity</source>
            <translation>Relatieve vochtigheid</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="96" />
            <source>Air pressure</source>
            <translation>Luchtdruk</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="98" />
            <source>Noise level (LAeq)</source>
            <translation>Geluidsniveau (LAeq)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="99" />
            <source>WHO road traffic Lden guideline</source>
            <translation>WGO-advieswaarde wegverkeer Lden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="101" />
            <source>Cars</source>
            <translation>Auto’s</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="103" />
            <source>Heavy vehicles</source>
            <translation>Zware voertuigen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="105" />
            <source>Bicycles</source>
            <translation>Fietsen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="107" />
            <source>Pedestrians</source>
            <translation>Voetgangers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="109" />
            <source>Vehicles at night</source>
            <translation>Voertuigen ’s nachts</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="110" />
            <source>V85 speed</source>
            <translation>V85-snelheid</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="112" />
            <source>Occupancy</source>
            <translation>Bezettingsgraad</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="208" />
            <source>The unit '{unit}' of {property} is not known; use one of: {units}.</source>
            <translation>De eenheid '{unit}' van {property} is onbekend; gebruik een van: {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="219" />
            <source>{property} cannot be given in {unit}; use one of: {units}.</source>
            <translation>{property} kan niet uitgedrukt worden in {unit}; gebruik een van: {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="268" />
            <source>all values</source>
            <translation>alle waarden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/register.py" line="66" />
            <source>Sensors that process personal data are shown at the centre of their 100 m grid cell; sensors the municipality marked as not public are not listed.</source>
            <translation>Sensoren die persoonsgegevens verwerken, worden getoond in het midden van hun rastercel van 100 m; sensoren die de gemeente als niet-openbaar markeerde, worden niet opgelijst.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="81" />
            <source>{obs} new readings stored ({skipped} already present), {things} new sensors, {streams} new datastreams.</source>
            <translation>{obs} nieuwe metingen opgeslagen ({skipped} al aanwezig), {things} nieuwe sensoren, {streams} nieuwe datastromen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="97" />
            <source>Choose the municipality the sensors belong to.</source>
            <translation>Kies de gemeente waartoe de sensoren behoren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="66" />
            <source>Row {row} has no time in column '{column}'; fill it in or remove the row.</source>
            <translation>Rij {row} heeft geen tijdstip in kolom '{column}'; vul het in of verwijder de rij.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="67" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="81" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="99" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="124" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="129" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="168" />
            <source>time</source>
            <translation>tijd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="80" />
            <source>The times in column '{column}' have no time zone; choose the zone they are in (UTC or Europe/Brussels).</source>
            <translation>De tijden in kolom '{column}' hebben geen tijdzone; kies de zone waarin ze staan (UTC of Europe/Brussels).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="97" />
            <source>'{value}' in column '{column}' is not a date and time; use for example 2024-03-31 14:00 or 2024-03-31T14:00:00+02:00.</source>
            <translation>'{value}' in kolom '{column}' is geen datum en tijd; gebruik bijvoorbeeld 2024-03-31 14:00 of 2024-03-31T14:00:00+02:00.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="123" />
            <source>The times in column '{column}' cannot be placed in {zone}; check the zone of the times.</source>
            <translation>De tijden in kolom '{column}' passen niet in {zone}; controleer de tijdzone van de tijden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="127" />
            <source>The local time {time} in column '{column}' does not exist in {zone} (the clock skips that hour in spring); check the zone of the times.</source>
            <translation>Het lokale tijdstip {time} in kolom '{column}' bestaat niet in {zone} (de klok slaat dat uur over in de lente); controleer de tijdzone van de tijden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="165" />
            <source>The readings{of} in column '{column}' are not in time order around the autumn clock change, so the repeated hour cannot be told apart; sort them by time or give times with their offset (+02:00/+01:00).</source>
            <translation>De metingen{of} in kolom '{column}' staan rond de overgang naar wintertijd niet in volgorde van tijd, zodat het dubbele uur niet te onderscheiden is; sorteer ze op tijd of geef de tijden met hun verschuiving (+02:00/+01:00).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="168" />
            <source> of {series}</source>
            <translation> van {series}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="246" />
            <source>{n} months ago</source>
            <translation>{n} maanden geleden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="94" />
            <source>The measurement file {} is not a text (CSV) file: it cannot be read as UTF-8 or Windows-1252; export the measurements as CSV.</source>
            <translation>Het meetbestand {} is geen tekstbestand (CSV): het kan niet als UTF-8 of Windows-1252 worden gelezen; exporteer de metingen als CSV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="99" />
            <source>The measurement file {} cannot be read ({}).</source>
            <translation>Het meetbestand {} kan niet worden gelezen ({}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="115" />
            <source>The measurement file {} holds no measurements.</source>
            <translation>Het meetbestand {} bevat geen metingen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="122" />
            <source>The measurement file needs columns for the gateway id, RSSI and the position (lat/lon or x/y); found: {}.</source>
            <translation>Het meetbestand heeft kolommen nodig voor de gateway-id, de RSSI en de positie (lat/lon of x/y); gevonden: {}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="142" />
            <source>No row of the measurement file has a usable position.</source>
            <translation>Geen enkele rij van het meetbestand heeft een bruikbare positie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="197" />
            <source>At least three measurements at different distances are needed to fit a path-loss exponent.</source>
            <translation>Er zijn minstens drie metingen op verschillende afstanden nodig om een padverliesexponent te bepalen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="206" />
            <location filename="../smart_municipality/siting/calibration.py" line="293" />
            <location filename="../smart_municipality/siting/calibration.py" line="309" />
            <source>Calibrating the path-loss model with censored readings</source>
            <translation>Het padverliesmodel kalibreren met gecensureerde metingen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="375" />
            <source>None of the gateway ids in the measurements matches a gateway of the gateways layer; check the id field (for example eui-… versus the gateway name).</source>
            <translation>Geen enkele gateway-id in de metingen komt overeen met een gateway van de gatewaylaag; controleer het id-veld (bijvoorbeeld eui-… tegenover de naam van de gateway).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="383" />
            <source>The receiver floor must be a number of dBm (for example -120) or empty.</source>
            <translation>De vloer van de ontvanger moet een getal in dBm zijn (bijvoorbeeld -120) of leeg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="395" />
            <source>At least three received measurements from known gateways are needed for a calibration.</source>
            <translation>Voor een kalibratie zijn minstens drie ontvangen metingen van gekende gateways nodig.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/cover_search.py" line="23" />
            <location filename="../smart_municipality/siting/coverage.py" line="42" />
            <location filename="../smart_municipality/siting/coverage.py" line="526" />
            <location filename="../smart_municipality/siting/optimisation.py" line="38" />
            <location filename="../processing/algorithms/site_sensors.py" line="154" />
            <location filename="../processing/algorithms/site_sensors.py" line="234" />
            <source>Radio coverage and site placement</source>
            <translation>Radiodekking en locatiekeuze</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="74" />
            <source>The frequency must lie between 30 and 6000 MHz (LoRaWAN in Europe uses 868 MHz).</source>
            <translation>De frequentie moet tussen 30 en 6000 MHz liggen (LoRaWAN gebruikt in Europa 868 MHz).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="76" />
            <source>The receiver height must be between 0 and 100 m above the ground.</source>
            <translation>De hoogte van de ontvanger moet tussen 0 en 100 m boven de grond liggen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="78" />
            <source>The spreading factor must be one of 7 to 12.</source>
            <translation>De spreidingsfactor moet een waarde van 7 tot 12 zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="140" />
            <source>{n} {what} lie outside the terrain model or the chosen extent ({ids}); remove them or use a larger terrain model.</source>
            <translation>{n} {what} liggen buiten het terreinmodel of de gekozen omgrenzing ({ids}); verwijder ze of gebruik een groter terreinmodel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="417" />
            <location filename="../smart_municipality/siting/tiling.py" line="330" />
            <source>There are no gateways to compute the coverage of.</source>
            <translation>Er zijn geen gateways om de dekking van te berekenen.</translation>
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
            <translation>De berekening van de dekking werd geannuleerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="466" />
            <source>GDAL could not turn the coverage into polygons.</source>
            <translation>GDAL kon de dekking niet omzetten in polygonen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="495" />
            <location filename="../processing/algorithms/placement_common.py" line="118" />
            <source>candidate sites</source>
            <translation>kandidaat-locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="529" />
            <source>The radius must be a positive number of metres.</source>
            <translation>De straal moet een positief aantal meter zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="26" />
            <source>online submodular bound</source>
            <translation>online submodulaire grens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="26" />
            <source>LP relaxation</source>
            <translation>LP-relaxatie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="27" />
            <source>LP relaxation with redundancy cuts</source>
            <translation>LP-relaxatie met snijvlakken voor redundantie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="28" />
            <source>MILP dual bound</source>
            <translation>duale grens van het MILP</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="28" />
            <source>proven optimum</source>
            <translation>bewezen optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="29" />
            <source>Lagrangian lower bound</source>
            <translation>lagrangiaanse ondergrens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="29" />
            <source>none (zero)</source>
            <translation>geen (nul)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="31" />
            <source>upper bound on the optimum</source>
            <translation>bovengrens voor het optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="31" />
            <source>lower bound on the optimum</source>
            <translation>ondergrens voor het optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <source>exact (MILP, HiGHS)</source>
            <translation>exact (MILP, HiGHS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <source>greedy</source>
            <translation>gulzig</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="33" />
            <location filename="../processing/algorithms/site_sensors.py" line="88" />
            <source>Objective</source>
            <translation>Doelfunctie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="33" />
            <source>Bound</source>
            <translation>Grens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="34" />
            <source>Kind of bound</source>
            <translation>Soort grens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="36" />
            <source>Quality (share of the optimum reached at least)</source>
            <translation>Kwaliteit (minstens bereikt aandeel van het optimum)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="37" />
            <source>Solver status</source>
            <translation>Status van de solver</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="37" />
            <source>Run time</source>
            <translation>Rekentijd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="52" />
            <source>bound</source>
            <translation>grens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="65" />
            <source>existing</source>
            <translation>bestaand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="71" />
            <source>covered demand (%)</source>
            <translation>gedekte vraag (%)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="71" />
            <location filename="../smart_municipality/siting/html_report.py" line="96" />
            <source>sites added</source>
            <translation>toegevoegde locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="80" />
            <source>Gateway placement</source>
            <translation>Plaatsing van gateways</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="81" />
            <source>Coverage after each added site</source>
            <translation>Dekking na elke toegevoegde locatie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="105" />
            <source>Sites in order</source>
            <translation>Locaties in volgorde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <source>Site</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <source>Gain</source>
            <translation>Winst</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <source>Covered weight</source>
            <translation>Gedekt gewicht</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Quality certificate</source>
            <translation>Kwaliteitscertificaat</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Item</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="85" />
            <source>Uncovered demand</source>
            <translation>Niet-gedekte vraag</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="85" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Points</source>
            <translation>Punten</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="85" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="96" />
            <source>weighted mean distance (m)</source>
            <translation>gewogen gemiddelde afstand (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="108" />
            <source>Weighted mean distance (m)</source>
            <translation>Gewogen gemiddelde afstand (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <source>Coverage</source>
            <translation>Dekking</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="107" />
            <location filename="../processing/algorithms/site_sensors.py" line="69" />
            <source>Radius (m)</source>
            <translation>Straal (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="107" />
            <source>Covered share of the weight</source>
            <translation>Gedekt aandeel van het gewicht</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="112" />
            <source>Coverage per area (least covered first)</source>
            <translation>Dekking per gebied (minst gedekt eerst)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="114" />
            <source>outside every area</source>
            <translation>buiten elk gebied</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="116" />
            <source>Sensor placement</source>
            <translation>Plaatsing van sensoren</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/linkbudget.py" line="62" />
            <source>The shadowing margin</source>
            <translation>De schaduwmarge</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/linkbudget.py" line="70" />
            <source>The coverage probability</source>
            <translation>De dekkingskans</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="53" />
            <source>The exact method needs SciPy 1.9 or newer (this QGIS has SciPy {}); use the greedy method, which reports how far from optimal it can be at most.</source>
            <translation>De exacte methode vereist SciPy 1.9 of nieuwer (deze QGIS heeft SciPy {}); gebruik de gulzige methode, die meldt hoe ver ze hoogstens van het optimum kan liggen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="76" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1117" />
            <source>The demand weights must be numbers of zero or more; fix the empty, negative or non-numeric values in the weight field.</source>
            <translation>De gewichten van de vraag moeten getallen van nul of meer zijn; corrigeer de lege, negatieve of niet-numerieke waarden in het gewichtsveld.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="79" />
            <source>There are no demand points.</source>
            <translation>Er zijn geen vraagpunten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="81" />
            <source>All demand weights are zero, so there is nothing to cover; choose another weight field or none.</source>
            <translation>Alle gewichten van de vraag zijn nul, dus er valt niets te dekken; kies een ander gewichtsveld of geen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="85" />
            <source>The candidate costs must be numbers of zero or more; fix the empty, negative or non-numeric values in the cost field.</source>
            <translation>De kosten van de kandidaten moeten getallen van nul of meer zijn; corrigeer de lege, negatieve of niet-numerieke waarden in het kostenveld.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="89" />
            <source>The redundancy must be 1, 2 or 3 gateways per demand point.</source>
            <translation>De redundantie moet 1, 2 of 3 gateways per vraagpunt zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="176" />
            <source>The number of sites to choose must be at least 1.</source>
            <translation>Het aantal te kiezen locaties moet minstens 1 zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="178" />
            <source>You ask for {k} new sites but there are only {free} candidates (besides the existing ones); lower the number or add candidates.</source>
            <translation>U vraagt {k} nieuwe locaties, maar er zijn maar {free} kandidaten (naast de bestaande); verlaag het aantal of voeg kandidaten toe.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="606" />
            <source>The exact solver found no solution in the time limit; the greedy solution is shown.</source>
            <translation>De exacte solver vond binnen de tijdslimiet geen oplossing; de gulzige oplossing wordt getoond.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="640" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1084" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1477" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1519" />
            <source>Optimal.</source>
            <translation>Optimaal.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="640" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1084" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1477" />
            <source>Time limit reached; best solution found so far.</source>
            <translation>Tijdslimiet bereikt; beste oplossing tot nu toe.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="667" />
            <source>The coverage target must be a share between 0 and 100 %.</source>
            <translation>Het dekkingsdoel moet een aandeel tussen 0 en 100 % zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="671" />
            <source>The target of {t:.1f} % cannot be reached: even with every candidate only {r:.1f} % of the demand is covered; lower the target or add candidates.</source>
            <translation>Het doel van {t:.1f} % is niet haalbaar: zelfs met alle kandidaten wordt maar {r:.1f} % van de vraag gedekt; verlaag het doel of voeg kandidaten toe.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1094" />
            <source>{n} demand points have no candidate site within reach, so covering all of them is impossible; add candidates near them or use the maximum-coverage model (MCLP).</source>
            <translation>{n} vraagpunten hebben geen kandidaat-locatie binnen bereik, dus ze allemaal dekken is onmogelijk; voeg kandidaten in hun buurt toe of gebruik het model voor maximale dekking (MCLP).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1120" />
            <source>All demand weights are zero, so there is nothing to serve; choose another weight field or none.</source>
            <translation>Alle gewichten van de vraag zijn nul, dus er valt niets te bedienen; kies een ander gewichtsveld of geen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1448" />
            <source>The exact p-median model would have {v:,} variables, too many to solve here; use the greedy method (with its quality bound) or fewer demand points.</source>
            <translation>Het exacte p-medianmodel zou {v:,} variabelen hebben, te veel om hier op te lossen; gebruik de gulzige methode (met haar kwaliteitsgrens) of minder vraagpunten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1518" />
            <source>Proven optimum not reached in {s:g} s; heuristic solution with its quality bound.</source>
            <translation>Geen bewezen optimum binnen {s:g} s; oplossing van de heuristiek met haar kwaliteitsgrens.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="182" />
            <source>The log-distance parameters are not usable: the exponent and the reference distance must be positive and PL(d0) a finite number of dB.</source>
            <translation>De parameters van het log-afstandsmodel zijn niet bruikbaar: de exponent en de referentieafstand moeten positief zijn en PL(d0) een eindig aantal dB.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="221" />
            <source>This file is not a path-loss parameter set written by the calibration algorithm.</source>
            <translation>Dit bestand is geen set padverliesparameters die door het kalibratie-algoritme geschreven werd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="238" />
            <source>The path-loss parameter set {} does not exist; run the calibration first or pick another file.</source>
            <translation>De set padverliesparameters {} bestaat niet; voer eerst de kalibratie uit of kies een ander bestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="254" />
            <source>Give the parameter set a name.</source>
            <translation>Geef de parameterset een naam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="276" />
            <source>No calibrated parameter set is called '{}'; run the calibration or give the path of its .json file.</source>
            <translation>Er is geen gekalibreerde parameterset met de naam '{}'; voer de kalibratie uit of geef het pad van het .json-bestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/placement.py" line="97" />
            <source>The placement was cancelled.</source>
            <translation>De plaatsing werd geannuleerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="77" />
            <location filename="../processing/algorithms/sensors_common.py" line="58" />
            <source>'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021.</source>
            <translation>'{value}' is geen NIS-code; geef de vijf cijfers van de gemeente op, bv. 44021.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="82" />
            <source>Saving the scenario in the store needs the municipality: give its NIS code (for example 44021); the layers do not say it unambiguously.</source>
            <translation>Om het scenario in de opslag te bewaren is de gemeente nodig: geef haar NIS-code (bijvoorbeeld 44021); de lagen vermelden ze niet eenduidig.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="89" />
            <source>Gateways {time}</source>
            <translation>Gateways {time}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="89" />
            <source>Sensors {time}</source>
            <translation>Sensoren {time}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="121" />
            <source>Saved as scenario '{name}' of {niscode} in {store}.</source>
            <translation>Bewaard als scenario '{name}' van {niscode} in {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="97" />
            <source>'{role}' is not a site role; use selected, candidate or existing.</source>
            <translation>'{role}' is geen rol van een locatie; gebruik selected, candidate of existing.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="104" />
            <source>The sites of a scenario must be a table with the columns site_key, role, x and y.</source>
            <translation>De locaties van een scenario moeten een tabel zijn met de kolommen site_key, role, x en y.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="107" />
            <source>The sites of the scenario lack the column(s) {columns}.</source>
            <translation>De locaties van het scenario missen de kolom(men) {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="111" />
            <source>The sites of the scenario have unknown column(s) {columns}; use {known}.</source>
            <translation>De locaties van het scenario hebben onbekende kolom(men) {columns}; gebruik {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="116" />
            <source>Site role '{role}' is not one of selected, candidate or existing; correct it and save the scenario again.</source>
            <translation>Locatierol '{role}' is niet selected, candidate of existing; verbeter ze en bewaar het scenario opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="121" />
            <source>Some sites of the scenario have no coordinates; every site needs x and y in EPSG:31370.</source>
            <translation>Sommige locaties van het scenario hebben geen coördinaten; elke locatie heeft x en y in EPSG:31370 nodig.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="126" />
            <source>Site key '{key}' occurs more than once in the scenario; every site needs its own key.</source>
            <translation>Locatiesleutel '{key}' komt meer dan eens voor in het scenario; elke locatie heeft een eigen sleutel nodig.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="181" />
            <location filename="../smart_municipality/siting/scenarios.py" line="224" />
            <source>A scenario places gateways or sensors, not '{kind}'.</source>
            <translation>Een scenario plaatst gateways of sensoren, niet '{kind}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="183" />
            <source>A scenario needs a key; give it a name.</source>
            <translation>Een scenario heeft een sleutel nodig; geef het een naam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="186" />
            <source>The scenario parameters say kind '{found}' but the scenario places {kind}.</source>
            <translation>De parameters van het scenario vermelden soort '{found}', maar het scenario plaatst {kind}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="267" />
            <source>Siting sites</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="91" />
            <source>The cell size must be a positive number of metres.</source>
            <translation>De celgrootte moet een positief aantal meter zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="399" />
            <location filename="../processing/algorithms/radio_coverage.py" line="133" />
            <location filename="../processing/algorithms/siting_common.py" line="463" />
            <source>The terrain model has no data in the area to compute; choose another extent or terrain model.</source>
            <translation>Het terreinmodel heeft geen gegevens in het te berekenen gebied; kies een andere omgrenzing of een ander terreinmodel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="401" />
            <source>Filling the holes of a terrain model</source>
            <translation>De gaten in een terreinmodel opvullen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="420" />
            <source>GDAL could not compute the viewshed for this transmitter.</source>
            <translation>GDAL kon het zichtbaarheidsgebied voor deze zender niet berekenen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="444" />
            <source>The raster {} cannot be read ({}).</source>
            <translation>Het raster {} kan niet gelezen worden ({}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="492" />
            <source>GDAL could not rasterise the buildings.</source>
            <translation>GDAL kon de gebouwen niet rasteriseren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/tiling.py" line="169" />
            <source>The tile size must be at least 16 cells.</source>
            <translation>De tegelgrootte moet minstens 16 cellen zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="47" />
            <source>The address register sent an address whose position cannot be read; the service may have changed, try again later.</source>
            <translation>Het adressenregister stuurde een adres waarvan de positie niet gelezen kan worden; misschien is de dienst gewijzigd, probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="49" />
            <source>The address register sent a position in an unknown coordinate system; the service may have changed, try again later.</source>
            <translation>Het adressenregister stuurde een positie in een onbekend coördinatensysteem; misschien is de dienst gewijzigd, probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="51" />
            <source>The address register sent an object without identifier; the service may have changed, try again later.</source>
            <translation>Het adressenregister stuurde een object zonder identificator; misschien is de dienst gewijzigd, probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="53" />
            <source>The address register sent an unreadable address detail; try again later.</source>
            <translation>Het adressenregister stuurde een onleesbaar adresdetail; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="87" />
            <source>The address register sent a position labelled EPSG:{declared} whose coordinates are EPSG:{sniffed}; nothing was changed, report this to Digitaal Vlaanderen.</source>
            <translation>Het adressenregister stuurde een positie met het label EPSG:{declared} waarvan de coördinaten in EPSG:{sniffed} staan; er werd niets gewijzigd, meld dit aan Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="164" />
            <source>The address register sent an unexpected list of addresses; the service may have changed, check its address in the plugin settings.</source>
            <translation>Het adressenregister stuurde een onverwachte lijst van adressen; misschien is de dienst gewijzigd, controleer het adres ervan in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="172" />
            <source>The address register sent an unexpected list of municipalities; the service may have changed, check its address in the plugin settings.</source>
            <translation>Het adressenregister stuurde een onverwachte lijst van gemeenten; misschien is de dienst gewijzigd, controleer het adres ervan in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="194" />
            <location filename="../smart_municipality/sources/ogc_features.py" line="112" />
            <source>{service} keeps sending the same page; try again later.</source>
            <translation>{service} blijft dezelfde pagina sturen; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="198" />
            <source>{service} sent more pages than expected; try again later.</source>
            <translation>{service} stuurde meer pagina’s dan verwacht; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="34" />
            <source>Geolocation (address search)</source>
            <translation>Geolocatie (adressen zoeken)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="37" />
            <source>Address register (basisregisters)</source>
            <translation>Adressenregister (basisregisters)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="40" />
            <location filename="../smart_municipality/sources/grb.py" line="54" />
            <source>GRB download (OGC API Features)</source>
            <translation>GRB-download (OGC API Features)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="42" />
            <source>GRB map (WMS)</source>
            <translation>GRB-kaart (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="44" />
            <source>GRB base map (WMTS)</source>
            <translation>GRB-basiskaart (WMTS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="46" />
            <source>Orthophoto (WMTS)</source>
            <translation>Orthofoto (WMTS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="48" />
            <source>Elevation model DHMV (WMS)</source>
            <translation>Hoogtemodel DHMV (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="50" />
            <source>Administrative boundaries VRBG (WMS)</source>
            <translation>Administratieve grenzen VRBG (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="53" />
            <source>Administrative boundaries VRBG (OGC API Features)</source>
            <translation>Administratieve grenzen VRBG (OGC API Features)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="56" />
            <source>Cadastral parcels (Capakey)</source>
            <translation>Kadastrale percelen (Capakey)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="58" />
            <source>Works on the public domain (GIPOD)</source>
            <translation>Werken op het openbaar domein (GIPOD)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="59" />
            <source>sensor.community (citizen sensors)</source>
            <translation>sensor.community (burgersensoren)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="62" />
            <source>sensor.community archive</source>
            <translation>sensor.community-archief</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="63" />
            <source>Telraam (traffic counts)</source>
            <translation>Telraam (verkeerstellingen)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="64" />
            <source>IRCEL-CELINE air-quality stations</source>
            <translation>IRCEL-CELINE-luchtkwaliteitsmeetstations</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/geolocation.py" line="65" />
            <source>The geolocation service sent an unexpected answer ({what}); the service may have changed, check its address in the plugin settings.</source>
            <translation>De geolocatiedienst stuurde een onverwacht antwoord ({what}); misschien is de dienst gewijzigd, controleer het adres ervan in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="36" />
            <source>Buildings (GBG)</source>
            <translation>Gebouwen (GBG)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="37" />
            <source>Parcels (ADP)</source>
            <translation>Percelen (ADP)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="38" />
            <source>Road surfaces (WBN)</source>
            <translation>Wegbaan (WBN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="39" />
            <source>Engineering structures (KNW)</source>
            <translation>Kunstwerken (KNW)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="40" />
            <source>Building attachments (GBA)</source>
            <translation>Gebouwaanhorigheden (GBA)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="41" />
            <source>Road parts (WGO)</source>
            <translation>Wegopdeling (WGO)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="42" />
            <source>Terrain (TRN)</source>
            <translation>Terrein (TRN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="43" />
            <source>Railways (SBN)</source>
            <translation>Spoorbaan (SBN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="44" />
            <source>Watercourses (WTZ)</source>
            <translation>Watergangen (WTZ)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="53" />
            <source>{service} sent an unexpected list of collections; the service may have changed.</source>
            <translation>{service} stuurde een onverwachte lijst van collecties; misschien is de dienst gewijzigd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="37" />
            <source>IRCEL-CELINE answered without time-series values.</source>
            <translation>IRCEL-CELINE antwoordde zonder waarden van de tijdreeks.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="57" />
            <source>IRCEL-CELINE answered something that is not a list of stations.</source>
            <translation>IRCEL-CELINE antwoordde iets wat geen lijst van stations is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/ogc_features.py" line="66" />
            <source>{service} sent an answer that is not a feature collection; the service may have changed, check its address in the plugin settings.</source>
            <translation>{service} stuurde een antwoord dat geen featurecollectie is; misschien is de dienst gewijzigd, controleer het adres ervan in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/ogc_features.py" line="116" />
            <source>{service} sent more pages than expected; choose a smaller area.</source>
            <translation>{service} stuurde meer pagina’s dan verwacht; kies een kleiner gebied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensor_community.py" line="44" />
            <source>{service} answered something that is not a list of sensors.</source>
            <translation>{service} antwoordde iets wat geen lijst van sensoren is.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="94" />
            <source>'{url}' is not a web address; give the SensorThings service root, for example https://host/FROST-Server/v1.1.</source>
            <translation>'{url}' is geen webadres; geef de basis-URL van de SensorThings-dienst, bijvoorbeeld https://host/FROST-Server/v1.1.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="97" />
            <source>SensorThings server {host}</source>
            <translation>SensorThings-server {host}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="110" />
            <source>{service} answered something that is not a SensorThings collection; check the service address.</source>
            <translation>{service} antwoordde iets wat geen SensorThings-collectie is; controleer het adres van de dienst.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="119" />
            <source>{service} keeps sending the same next page; the server's paging is broken.</source>
            <translation>{service} blijft dezelfde volgende pagina sturen; de paginering van de server werkt niet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="123" />
            <source>{service} sends more pages than can be read at once; narrow the time range or area.</source>
            <translation>{service} stuurt meer pagina’s dan in één keer gelezen kunnen worden; beperk de periode of het gebied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/status.py" line="103" />
            <location filename="../smart_municipality/sources/transport.py" line="83" />
            <source>{service} sent an incomplete or unreadable answer; try again later.</source>
            <translation>{service} stuurde een onvolledig of onleesbaar antwoord; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/status.py" line="105" />
            <source>{service} answers, but not like the service it should be; check its address in the plugin settings.</source>
            <translation>{service} antwoordt, maar niet zoals de verwachte dienst; controleer het adres ervan in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="35" />
            <source>Telraam needs an API key: store it in the QGIS authentication database (a Basic configuration with the key as password) and choose that configuration.</source>
            <translation>Telraam vraagt een API-sleutel: bewaar die in de authenticatiedatabank van QGIS (een Basic-configuratie met de sleutel als wachtwoord) en kies die configuratie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="40" />
            <source>The authentication configuration '{id}' cannot be read; check it in Settings › Options › Authentication.</source>
            <translation>De authenticatieconfiguratie '{id}' kan niet gelezen worden; controleer ze in Extra › Opties › Authenticatie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="49" />
            <source>The authentication configuration '{id}' holds no Telraam key (use a Basic configuration with the key as password).</source>
            <translation>De authenticatieconfiguratie '{id}' bevat geen Telraam-sleutel (gebruik een Basic-configuratie met de sleutel als wachtwoord).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="95" />
            <source>{service} answered without a traffic report.</source>
            <translation>{service} antwoordde zonder verkeersrapport.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="79" />
            <source>{service} answered with a web page instead of data; check its address in the plugin settings.</source>
            <translation>{service} antwoordde met een webpagina in plaats van gegevens; controleer het adres in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="201" />
            <source>{service} is busy and asks to wait {seconds} s; try again later.</source>
            <translation>{service} is bezet en vraagt {seconds} s te wachten; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="303" />
            <source>{service} did not answer in time; check your connection or try again later.</source>
            <translation>{service} antwoordde niet op tijd; controleer uw verbinding of probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="305" />
            <source>{service} sends the request from one address to another without end (too many redirects); check its address in the plugin settings.</source>
            <translation>{service} stuurt de aanvraag eindeloos door van het ene adres naar het andere (te veel omleidingen); controleer het adres in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="308" />
            <source>{service} sends the request on to an unencrypted (http) address, which is not followed; check its address in the plugin settings.</source>
            <translation>{service} stuurt de aanvraag door naar een onversleuteld (http-)adres, dat niet gevolgd wordt; controleer het adres in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="311" />
            <source>The proxy between QGIS and {service} asks for a user name and password (HTTP 407); enter them under Settings › Options › Network.</source>
            <translation>De proxy tussen QGIS en {service} vraagt een gebruikersnaam en wachtwoord (HTTP 407); vul ze in onder Extra › Opties › Netwerk.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="314" />
            <source>The proxy between QGIS and {service} cannot be reached; check the proxy under Settings › Options › Network.</source>
            <translation>De proxy tussen QGIS en {service} is niet bereikbaar; controleer de proxy onder Extra › Opties › Netwerk.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="317" />
            <source>{service} cannot be reached: nothing answers at its address (connection refused); check the address in the plugin settings or try again later.</source>
            <translation>{service} is niet bereikbaar: niets antwoordt op het adres (verbinding geweigerd); controleer het adres in de instellingen van de plugin of probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="320" />
            <source>{service} broke off its answer before the end; try again later.</source>
            <translation>{service} brak het antwoord voortijdig af; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="322" />
            <source>{service} closed the connection without answering; try again later.</source>
            <translation>{service} sloot de verbinding zonder te antwoorden; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="324" />
            <source>{service} cannot be reached: its host name is unknown; check your network connection or the address in the plugin settings.</source>
            <translation>{service} is niet bereikbaar: de hostnaam is onbekend; controleer uw netwerkverbinding of het adres in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="326" />
            <source>{service} cannot be reached; check your network or proxy settings, or the address in the plugin settings.</source>
            <translation>{service} is niet bereikbaar; controleer uw netwerk- of proxy-instellingen, of het adres in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="337" />
            <source>{service} refused access (HTTP {status}); check the authentication configuration.</source>
            <translation>{service} weigerde de toegang (HTTP {status}); controleer de authenticatieconfiguratie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="339" />
            <source>{service} does not know this request (HTTP 404); the service may have moved: check its address in the plugin settings.</source>
            <translation>{service} kent deze aanvraag niet (HTTP 404); misschien is de dienst verhuisd: controleer het adres ervan in de instellingen van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="342" />
            <source>{service} no longer offers this data (HTTP 410).</source>
            <translation>{service} biedt deze gegevens niet meer aan (HTTP 410).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="346" />
            <source>{service} is receiving too many requests (HTTP 429); try again in a few minutes.</source>
            <translation>{service} krijgt te veel aanvragen (HTTP 429); probeer het over enkele minuten opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="348" />
            <source>{service} is temporarily unavailable (HTTP 503), perhaps for maintenance; try again later.</source>
            <translation>{service} is tijdelijk niet beschikbaar (HTTP 503), misschien wegens onderhoud; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="350" />
            <source>{service} has a problem of its own (HTTP {status}); try again later.</source>
            <translation>{service} heeft zelf een probleem (HTTP {status}); probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="352" />
            <source>{service} rejected the request (HTTP {status}).</source>
            <translation>{service} weigerde de aanvraag (HTTP {status}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/vrbg.py" line="74" />
            <source>The boundary service (VRBG) has no municipality with NIS code {nis}; check the code or choose the municipality from the list.</source>
            <translation>De dienst voor grenzen (VRBG) heeft geen gemeente met NIS-code {nis}; controleer de code of kies de gemeente uit de lijst.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="108" />
            <source>unknown (edited outside the plugin)</source>
            <translation>onbekend (buiten de plugin bewerkt)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="214" />
            <source>The store {store} is closed; open it again.</source>
            <translation>De opslag {store} is gesloten; open ze opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="217" />
            <location filename="../smart_municipality/store/geopackage.py" line="585" />
            <location filename="../smart_municipality/store/postgis.py" line="557" />
            <source>{store} is read-only here; copy it to a folder you can write in, or ask for write access.</source>
            <translation>{store} is hier alleen-lezen; kopieer het naar een map waarin u kunt schrijven, of vraag schrijfrechten.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="227" />
            <source>The store has no table '{table}'.</source>
            <translation>De opslag heeft geen tabel '{table}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="245" />
            <source>{store} was written by a newer version of Smart Municipality (store version {found}, this plugin knows up to {known}); update the plugin to open it.</source>
            <translation>{store} werd geschreven door een nieuwere versie van Slimme Gemeente (opslagversie {found}, deze plugin kent tot {known}); werk de plugin bij om het te openen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="252" />
            <source>{store} must be upgraded for this plugin version but is read-only; ask for write access or use the plugin version that made it.</source>
            <translation>{store} moet voor deze versie van de plugin bijgewerkt worden, maar is alleen-lezen; vraag schrijfrechten of gebruik de versie van de plugin die het gemaakt heeft.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="296" />
            <source>You may not create the study tables in {store}; ask the database administrator to create them or to give you the right to.</source>
            <translation>U mag de studietabellen niet aanmaken in {store}; vraag de databankbeheerder om ze aan te maken of om u dat recht te geven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="300" />
            <source>{store} needs an upgrade to store version {version} that only its owner may do; ask the database administrator to open it once with this plugin version.</source>
            <translation>{store} moet bijgewerkt worden naar opslagversie {version}, wat alleen de eigenaar mag doen; vraag de databankbeheerder om het één keer te openen met deze versie van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="306" />
            <source> (a copy of the original is at {path})</source>
            <translation> (een kopie van het origineel staat in {path})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="309" />
            <source>Upgrading {store} to store version {version} failed and was undone{backup}; report this to the plugin authors.</source>
            <translation>Het bijwerken van {store} naar opslagversie {version} is mislukt en werd ongedaan gemaakt{backup}; meld dit aan de auteurs van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="326" />
            <source>{count} records of {table} were stored twice (by imports that ran at the same time); the copies were removed, one of each was kept.</source>
            <translation>{count} records van {table} waren dubbel opgeslagen (door imports die tegelijk liepen); de kopieën werden verwijderd, van elk werd er één behouden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="363" />
            <source>Cancelled; nothing was written to {store}.</source>
            <translation>Geannuleerd; er werd niets weggeschreven naar {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="397" />
            <source>{table} has no row versions; replace its rows instead.</source>
            <translation>{table} heeft geen versies van rijen; vervang in de plaats de rijen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="399" />
            <source>Nothing to change.</source>
            <translation>Niets te wijzigen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="439" />
            <source>Say which records of {table} to delete.</source>
            <translation>Geef aan welke records van {table} verwijderd moeten worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="456" />
            <source>Record {fid} of {table} no longer exists; someone deleted it.</source>
            <translation>Record {fid} van {table} bestaat niet meer; iemand heeft het verwijderd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="461" />
            <source>Record {fid} of {table} was changed by {user} at {time} after you opened it; reload it and apply your change again.</source>
            <translation>Record {fid} van {table} werd gewijzigd door {user} om {time} nadat u het opende; laad het opnieuw en breng uw wijziging opnieuw aan.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="462" />
            <source>someone</source>
            <translation>iemand</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="466" />
            <source>You may not change record {fid} of {table} in {store}; ask the administrator for editor rights for its municipality.</source>
            <translation>U mag record {fid} van {table} in {store} niet wijzigen; vraag de beheerder om bewerkingsrechten voor de gemeente ervan.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="479" />
            <source>Give a record of {table} by its fid or its key.</source>
            <translation>Geef een record van {table} op met zijn fid of zijn sleutel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="484" />
            <source>{table} has no single record {key}.</source>
            <translation>{table} heeft geen uniek record {key}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="497" />
            <source>Records cannot be filtered on column '{column}'.</source>
            <translation>Records kunnen niet gefilterd worden op kolom '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="502" />
            <location filename="../smart_municipality/store/base.py" line="545" />
            <location filename="../smart_municipality/store/base.py" line="555" />
            <location filename="../smart_municipality/store/base.py" line="649" />
            <source>{table} has no column '{column}'.</source>
            <translation>{table} heeft geen kolom '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="531" />
            <location filename="../smart_municipality/store/base.py" line="635" />
            <source>{table} is not split by municipality.</source>
            <translation>{table} is niet per gemeente opgesplitst.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="666" />
            <source>{table} has no natural key.</source>
            <translation>{table} heeft geen natuurlijke sleutel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="699" />
            <source>Counting per area needs a point table; {table} is not one.</source>
            <translation>Tellen per gebied vereist een tabel met punten; {table} is dat niet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="706" />
            <source>the areas</source>
            <translation>de gebieden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="90" />
            <source>QGIS has no saved PostgreSQL connection '{name}'; create it in the Browser panel (PostgreSQL ▸ New Connection) or pick one of: {names}.</source>
            <translation>QGIS heeft geen opgeslagen PostgreSQL-verbinding '{name}'; maak ze aan in het paneel Browser (PostgreSQL ▸ Nieuwe verbinding) of kies er een uit: {names}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="141" />
            <source>The QGIS authentication configuration '{authcfg}' of connection '{name}' cannot be read; unlock the authentication database (master password) or correct the configuration.</source>
            <translation>De QGIS-authenticatieconfiguratie '{authcfg}' van verbinding '{name}' kan niet gelezen worden; ontgrendel de authenticatiedatabank (hoofdwachtwoord) of corrigeer de configuratie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="147" />
            <source>The authentication configuration of connection '{name}' is of type {method}; use a 'Basic' (user name and password) configuration.</source>
            <translation>De authenticatieconfiguratie van verbinding '{name}' is van het type {method}; gebruik een configuratie van het type 'Basic' (gebruikersnaam en wachtwoord).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="39" />
            <source>Your database role may not read everything of {source} that a copy needs; ask the database administrator to run resources/sql/postgis_roles.sql of this plugin version again.</source>
            <translation>Uw databankrol mag niet alles van {source} lezen wat een kopie nodig heeft; vraag de databankbeheerder om resources/sql/postgis_roles.sql van deze pluginversie opnieuw uit te voeren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="62" />
            <source>Copying {source} to {target} failed in the database ({reason}); nothing was copied.</source>
            <translation>Het kopiëren van {source} naar {target} is mislukt in de databank ({reason}); er werd niets gekopieerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="68" />
            <source>{source} and {target} have different tables; open both with the same plugin version.</source>
            <translation>{source} en {target} hebben verschillende tabellen; open beide met dezelfde versie van de plugin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="78" />
            <source>{target} already holds data ({table}: {count} records); choose an empty store or let the copy replace its data.</source>
            <translation>{target} bevat al gegevens ({table}: {count} records); kies een lege opslag of laat de kopie de gegevens vervangen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="96" />
            <source>Cancelled; nothing was copied to {store}.</source>
            <translation>Geannuleerd; er werd niets gekopieerd naar {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="121" />
            <source>The copy of {table} into {target} has {found} records instead of {expected}; nothing was copied.</source>
            <translation>De kopie van {table} in {target} heeft {found} records in plaats van {expected}; er werd niets gekopieerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="136" />
            <source>The source and the target are the same store; choose another target.</source>
            <translation>De bron en het doel zijn dezelfde opslag; kies een ander doel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="141" />
            <location filename="../smart_municipality/store/geopackage.py" line="242" />
            <source>The folder {folder} does not exist; choose an existing folder for the GeoPackage.</source>
            <translation>De map {folder} bestaat niet; kies een bestaande map voor de GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="148" />
            <source>{target} was created by someone else while copying; nothing was copied. Choose another target or let the copy replace its data.</source>
            <translation>{target} werd tijdens het kopiëren door iemand anders aangemaakt; er werd niets gekopieerd. Kies een ander doel of laat de kopie de gegevens ervan vervangen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="228" />
            <source>The GeoPackage {path} does not exist; check the path.</source>
            <translation>De GeoPackage {path} bestaat niet; controleer het pad.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="255" />
            <source>{store} could not be created; check that the folder is writable.</source>
            <translation>{store} kon niet aangemaakt worden; controleer of er in de map geschreven kan worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="258" />
            <source>{store} could not be created ({reason}); check that the folder is writable.</source>
            <translation>{store} kon niet aangemaakt worden ({reason}); controleer of er in de map geschreven kan worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="303" />
            <source>{path} is an SQLite database but not a GeoPackage; choose a .gpkg file.</source>
            <translation>{path} is een SQLite-databank, maar geen GeoPackage; kies een .gpkg-bestand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="379" />
            <source>{store} needs an upgrade, but a backup copy could not be written next to it; nothing was changed. Free some space or make the folder writable.</source>
            <translation>{store} moet bijgewerkt worden, maar er kon geen reservekopie naast geschreven worden; er werd niets gewijzigd. Maak wat ruimte vrij of maak de map schrijfbaar.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="582" />
            <source>The disk holding {store} is full; nothing was saved. Free some space and try again.</source>
            <translation>De schijf met {store} is vol; er werd niets opgeslagen. Maak wat ruimte vrij en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="588" />
            <location filename="../smart_municipality/store/postgis.py" line="563" />
            <source>{store} is busy: someone else is writing to it; try again in a moment.</source>
            <translation>{store} is bezet: iemand anders schrijft erin; probeer het zo meteen opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="591" />
            <source>{store} could not be written (disk error); nothing was saved. Check the disk or the network share.</source>
            <translation>{store} kon niet weggeschreven worden (schijffout); er werd niets opgeslagen. Controleer de schijf of de netwerkshare.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="594" />
            <location filename="../smart_municipality/store/postgis.py" line="581" />
            <source>{store} lacks tables or columns of the study ({detail}); it was changed outside the plugin. Restore it from a backup.</source>
            <translation>In {store} ontbreken tabellen of kolommen van de studie ({detail}); het werd buiten de plugin gewijzigd. Zet een back-up terug.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="597" />
            <source>{store} is damaged; restore it from a backup.</source>
            <translation>{store} is beschadigd; zet een reservekopie terug.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="600" />
            <location filename="../smart_municipality/store/postgis.py" line="566" />
            <source>Some records already exist in {table} (same key); nothing was saved.</source>
            <translation>Sommige records bestaan al in {table} (dezelfde sleutel); er werd niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="603" />
            <location filename="../smart_municipality/store/postgis.py" line="569" />
            <source>Some records of {table} refer to records that do not exist; nothing was saved.</source>
            <translation>Sommige records van {table} verwijzen naar records die niet bestaan; er werd niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="606" />
            <location filename="../smart_municipality/store/postgis.py" line="572" />
            <source>Some records of {table} miss a required value; nothing was saved.</source>
            <translation>Sommige records van {table} missen een verplichte waarde; er werd niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="609" />
            <location filename="../smart_municipality/store/postgis.py" line="575" />
            <source>Some values for {table} are not allowed (for example a NIS code that is not five digits); nothing was saved.</source>
            <translation>Sommige waarden voor {table} zijn niet toegelaten (bijvoorbeeld een NIS-code die geen vijf cijfers heeft); er werd niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="128" />
            <source>A study store on PostGIS</source>
            <translation>Een studieopslag in PostGIS</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="128" />
            <source>use a GeoPackage study store</source>
            <translation>gebruik een studieopslag in GeoPackage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="138" />
            <source>There is no study in schema {schema} of connection {name}; check the name.</source>
            <translation>Er is geen studie in schema {schema} van verbinding {name}; controleer de naam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="157" />
            <source>PostgreSQL refused the login of connection {name}; check the user name and the password in its QGIS authentication configuration.</source>
            <translation>PostgreSQL weigerde de aanmelding van verbinding {name}; controleer de gebruikersnaam en het wachtwoord in de QGIS-authenticatieconfiguratie ervan.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="160" />
            <source>The database of connection {name} does not exist; check the connection settings.</source>
            <translation>De databank van verbinding {name} bestaat niet; controleer de instellingen van de verbinding.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="162" />
            <source>Cannot reach the PostgreSQL server of connection {name}; check that it is running and that the connection settings are right.</source>
            <translation>De PostgreSQL-server van verbinding {name} is niet bereikbaar; controleer of hij draait en of de instellingen van de verbinding juist zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="178" />
            <source>The database of connection {name} has no PostGIS extension; ask its administrator to run CREATE EXTENSION postgis in it.</source>
            <translation>De databank van verbinding {name} heeft geen PostGIS-extensie; vraag de beheerder om er CREATE EXTENSION postgis in uit te voeren.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="189" />
            <source>The connection to {store} was lost; nothing of this change was saved. Check the network or the server and try again.</source>
            <translation>De verbinding met {store} is verbroken; niets van deze wijziging werd opgeslagen. Controleer het netwerk of de server en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="554" />
            <source>{store} refused the change: you have no editor rights for it or for this municipality; ask the database administrator.</source>
            <translation>{store} weigerde de wijziging: u hebt er geen bewerkingsrechten voor, of niet voor deze gemeente; vraag het aan de databankbeheerder.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="560" />
            <source>The disk of the database server of {store} is full; nothing was saved. Ask the administrator to free space.</source>
            <translation>De schijf van de databankserver van {store} is vol; er werd niets opgeslagen. Vraag de beheerder om ruimte vrij te maken.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="578" />
            <source>Some values for {table} are not valid for the database; nothing was saved.</source>
            <translation>Sommige waarden voor {table} zijn niet geldig voor de databank; er werd niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="585" />
            <source>The study tables in {store} are missing; open the store again to recreate them, or check the schema name.</source>
            <translation>De studietabellen in {store} ontbreken; open de opslag opnieuw om ze opnieuw aan te maken, of controleer de schemanaam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/uri.py" line="56" />
            <source>'{text}' is neither a GeoPackage file (*.gpkg) nor a PostGIS store (pg:&lt;saved connection&gt;?schema=&lt;schema&gt;); choose one of the two.</source>
            <translation>'{text}' is geen GeoPackage-bestand (*.gpkg) en ook geen PostGIS-opslag (pg:&lt;opgeslagen verbinding&gt;?schema=&lt;schema&gt;); kies een van beide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/uri.py" line="69" />
            <source>The schema name '{schema}' is not usable; use lower-case letters, digits and underscores only.</source>
            <translation>De schemanaam '{schema}' is niet bruikbaar; gebruik enkel kleine letters, cijfers en underscores.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="56" />
            <source>Column '{column}' of {table} holds values that are not {kind} (for example {example}); correct them and import again.</source>
            <translation>Kolom '{column}' van {table} bevat waarden die geen {kind} zijn (bijvoorbeeld {example}); corrigeer ze en importeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="76" />
            <source>Rows for {table} must be records with column names.</source>
            <translation>Rijen voor {table} moeten records met kolomnamen zijn.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="85" />
            <source>{table} has no column(s) {columns}; check the column names and import again.</source>
            <translation>{table} heeft geen kolom(men) {columns}; controleer de kolomnamen en importeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="92" />
            <source>The column(s) {columns} are managed by the store and cannot be written.</source>
            <translation>De kolom(men) {columns} worden door de opslag beheerd en kunnen niet geschreven worden.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="102" />
            <source>{table} needs the column(s) {columns}; add them and import again.</source>
            <translation>{table} heeft de kolom(men) {columns} nodig; voeg ze toe en importeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="120" />
            <source>Column '{column}' of {table} is empty in some rows; every row needs a value.</source>
            <translation>Kolom '{column}' van {table} is leeg in sommige rijen; elke rij heeft een waarde nodig.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="127" />
            <source>five-digit NIS codes</source>
            <translation>NIS-codes van vijf cijfers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="138" />
            <source>numbers</source>
            <translation>getallen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="175" />
            <location filename="../smart_municipality/store/values.py" line="182" />
            <location filename="../smart_municipality/store/values.py" line="183" />
            <source>whole numbers</source>
            <translation>gehele getallen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="198" />
            <location filename="../smart_municipality/store/values.py" line="206" />
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="217" />
            <source>true/false values</source>
            <translation>waar/onwaar-waarden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="232" />
            <source>dates</source>
            <translation>datums</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="241" />
            <source>dates (YYYY-MM-DD)</source>
            <translation>datums (JJJJ-MM-DD)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="248" />
            <source>times with a time zone (UTC or an offset)</source>
            <translation>tijdstippen met een tijdzone (UTC of een verschuiving)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="283" />
            <source>Column '{column}' of {table} holds times without a time zone (for example {example}); give them in UTC or with an offset.</source>
            <translation>Kolom '{column}' van {table} bevat tijdstippen zonder tijdzone (bijvoorbeeld {example}); geef ze in UTC of met een verschuiving.</translation>
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
            <translation>{table} aanvaardt {expected}-geometrieën, geen {found}; zet ze eerst om.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="354" />
            <source>geometries</source>
            <translation>geometrieën</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="391" />
            <source>another coordinate system</source>
            <translation>een ander coördinatensysteem</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="393" />
            <source>The geometries for {table} look like {looks}, not Belgian Lambert 72 (EPSG:31370); reproject them to EPSG:31370 first.</source>
            <translation>De geometrieën voor {table} lijken in {looks} te staan, niet in Belgian Lambert 72 (EPSG:31370); herprojecteer ze eerst naar EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/dates.py" line="148" />
            <source> (taken from {source})</source>
            <translation> (uit {source})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/dates.py" line="149" />
            <source>The export date {date}{where} cannot be true (today is {today}); give the real export date; nothing was imported.</source>
            <translation>De exportdatum {date}{where} kan niet kloppen (vandaag is het {today}); geef de echte exportdatum; er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="35" />
            <source>Hot spot analysis</source>
            <translation>De hotspotanalyse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="347" />
            <source>Global Moran's I needs at least 3 areas with a value; there are {n}.</source>
            <translation>De globale Moran's I vraagt minstens 3 gebieden met een waarde; er zijn er {n}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="350" />
            <source>Global Moran's I is undefined: every analysed area has the same value ({value:g}).</source>
            <translation>De globale Moran's I is niet bepaald: elk geanalyseerd gebied heeft dezelfde waarde ({value:g}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="354" />
            <source>Global Moran's I is undefined: no analysed area has a neighbour; choose k nearest neighbours or a larger distance band.</source>
            <translation>De globale Moran's I is niet bepaald: geen enkel geanalyseerd gebied heeft een buur; kies k dichtste buren of een grotere afstandsband.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="357" />
            <source>Global Moran's I {value:.3f}.</source>
            <translation>Globale Moran's I {value:.3f}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="506" />
            <source>There are no premises in the register on the reference date.</source>
            <translation>Er staan op de referentiedatum geen panden in het register.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="510" />
            <source>The grid would have {n} cells; choose a larger cell size or a smaller study area.</source>
            <translation>Het raster zou {n} cellen hebben; kies een grotere celgrootte of een kleiner studiegebied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="71" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="183" />
            <source>The layer {layer} has no field {fields}; choose the right layer or field.</source>
            <translation>De laag {layer} heeft geen veld {fields}; kies de juiste laag of het juiste veld.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="74" />
            <source>The layer {layer} has no coordinate reference system; set it (EPSG:31370 for GRB and the address register) and try again.</source>
            <translation>De laag {layer} heeft geen coördinatenreferentiesysteem; stel het in (EPSG:31370 voor het GRB en het adressenregister) en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="192" />
            <source>The layer {layer} has the impossible date {value} in field {field}; correct it and try again.</source>
            <translation>De laag {layer} bevat de onmogelijke datum {value} in veld {field}; verbeter die en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="90" />
            <source>The export would contain the column(s) {columns}, which may hold personal or tax data; nothing was written.</source>
            <translation>De export zou de kolom(men) {columns} bevatten, die persoons- of belastinggegevens kunnen bevatten; er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="103" />
            <source>The indicators layer lacks {fields}; use the output of Vacancy indicators per area.</source>
            <translation>De laag met indicatoren mist {fields}; gebruik de uitvoer van Leegstandsindicatoren per gebied.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="162" />
            <source>The indicators layer has the impossible value {value} in {field} for area {area} ({n} such areas); recompute the indicators and try again; nothing was written.</source>
            <translation>De indicatorenlaag bevat de onmogelijke waarde {value} in {field} voor gebied {area} ({n} zulke gebieden); bereken de indicatoren opnieuw en probeer nog eens; er werd niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="197" />
            <source>Unknown property type(s) {types}; choose from {known}.</source>
            <translation>Onbekend(e) type(s) van pand {types}; kies uit {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="439" />
            <source>Unknown format {format}; choose GeoJSON, CSV or GeoPackage.</source>
            <translation>Onbekend formaat {format}; kies GeoJSON, CSV of GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="72" />
            <source>{rows} rows: {new} new dossiers, {changed} changed ({status} status changes, {removed} removed), {unchanged} unchanged, {rejected} rejected, {unplaced} without location.</source>
            <translation>{rows} rijen: {new} nieuwe dossiers, {changed} gewijzigd ({status} statuswijzigingen, {removed} geschrapt), {unchanged} ongewijzigd, {rejected} geweigerd, {unplaced} zonder locatie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="207" />
            <source>No dossier of the export could be read; see the rejected rows for the reasons.</source>
            <translation>Geen enkel dossier van de export kon gelezen worden; zie de geweigerde rijen voor de redenen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="236" />
            <source>the municipality is unknown (no matched address, Gemeente or Postcode); give the NIS code</source>
            <translation>de gemeente is onbekend (geen gematcht adres, Gemeente of Postcode); geef de NIS-code op</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="279" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="181" />
            <source>Cancelled; the register was left as it was.</source>
            <translation>Geannuleerd; het register bleef zoals het was.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="312" />
            <source>Row {row}: the {column} '{value}' cannot be true ({n} such dates in the export); correct the export and import it again; nothing was imported.</source>
            <translation>Rij {row}: {column} '{value}' kan niet kloppen ({n} zulke datums in de export); verbeter de export en importeer opnieuw; er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="326" />
            <source>This export is dated {date}, older than the last one imported ({last}); importing it would undo newer changes. Import the newest export, or allow older exports explicitly.</source>
            <translation>Deze export dateert van {date}, ouder dan de laatst geïmporteerde ({last}); ze importeren zou nieuwere wijzigingen ongedaan maken. Importeer de nieuwste export, of sta oudere exports uitdrukkelijk toe.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="426" />
            <source>Entered in the register with status {status}.</source>
            <translation>Opgenomen in het register met status {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="427" />
            <source>Recorded with status {status}.</source>
            <translation>Geregistreerd met status {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="431" />
            <source>Removed from the register (schrapping).</source>
            <translation>Geschrapt uit het register (schrapping).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="434" />
            <source>Deleted from the store.</source>
            <translation>Verwijderd uit de opslag.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="440" />
            <source>Removed from the register (schrapping); status was {old}.</source>
            <translation>Geschrapt uit het register (schrapping); de status was {old}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="442" />
            <source>Back in the register with status {new}.</source>
            <translation>Terug in het register met status {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="444" />
            <source>Status changed from {old} to {new}.</source>
            <translation>Status gewijzigd van {old} naar {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="451" />
            <source>Changed: {fields}.</source>
            <translation>Gewijzigd: {fields}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/spatial.py" line="615" />
            <source>Linking addresses to street segments</source>
            <translation>Adressen aan straatsegmenten koppelen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="59" />
            <source>{accepted} dossiers read, {rejected} rows rejected.</source>
            <translation>{accepted} dossiers gelezen, {rejected} rijen geweigerd.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="69" />
            <source>'{role}' is not a column role of the vacancy import; use one of: {roles}.</source>
            <translation>'{role}' is geen kolomrol van de leegstandsimport; gebruik een van: {roles}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="72" />
            <source>The column '{column}' given for {role} is not in the file; its columns are: {columns}.</source>
            <translation>De kolom '{column}' die opgegeven is voor {role}, staat niet in het bestand; de kolommen zijn: {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="77" />
            <source>The file has no column for {roles}; name the columns in the column mapping (for example dossiernummer=Dossier nr).</source>
            <translation>Het bestand heeft geen kolom voor {roles}; benoem de kolommen in de koppeling van de kolommen (bijvoorbeeld dossiernummer=Dossier nr).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="147" />
            <source>no dossier number</source>
            <translation>geen dossiernummer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="158" />
            <source>unknown status '{status}': add it to the status mapping (for example '{status}=opgenomen')</source>
            <translation>onbekende status '{status}': voeg hem toe aan de koppeling van de statussen (bijvoorbeeld '{status}=opgenomen')</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="160" />
            <source>no status</source>
            <translation>geen status</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="173" />
            <source>the entry date '{value}' is not a date (use dd/mm/yyyy)</source>
            <translation>de opnamedatum '{value}' is geen datum (gebruik dd/mm/jjjj)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="175" />
            <source>the entry date '{value}' cannot be true</source>
            <translation>de opnamedatum '{value}' kan niet kloppen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="178" />
            <source>the entry date {date} lies after the export date {export}</source>
            <translation>de opnamedatum {date} ligt na de exportdatum {export}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="181" />
            <source>registered without entry date (DatumOpname)</source>
            <translation>geregistreerd zonder opnamedatum (DatumOpname)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="193" />
            <source>{column} ignored (not a date or in the future)</source>
            <translation>{column} genegeerd (geen datum of in de toekomst)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="205" />
            <source>property type not recognised</source>
            <translation>type van pand niet herkend</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="227" />
            <source>the CapaKey '{key}' is malformed and there is no address</source>
            <translation>de CapaKey '{key}' is misvormd en er is geen adres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="228" />
            <source>no address and no parcel (CapaKey) to place the dossier on</source>
            <translation>geen adres en geen perceel (CapaKey) om het dossier op te plaatsen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="229" />
            <source>malformed CapaKey ignored</source>
            <translation>misvormde CapaKey genegeerd</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="230" />
            <source>short CapaKey, matched within the municipality's parcels</source>
            <translation>korte CapaKey, gematcht binnen de percelen van de gemeente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="254" />
            <source>the same dossier id {id} as row {row}; only the first is read</source>
            <translation>hetzelfde dossier-id {id} als rij {row}; alleen het eerste wordt gelezen</translation>
        </message>
    </context>
</TS>
