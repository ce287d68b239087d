<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
    <context>
        <name>SmartMunicipality</name>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="46" />
            <source>Aggregate sensor readings</source>
            <translation>Agréger les mesures des capteurs</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="47" />
            <location filename="../processing/algorithms/device_register.py" line="27" />
            <location filename="../processing/algorithms/import_observations.py" line="32" />
            <location filename="../processing/algorithms/interpolate_observations.py" line="46" />
            <location filename="../processing/algorithms/load_irceline.py" line="36" />
            <location filename="../processing/algorithms/load_sensor_community.py" line="28" />
            <location filename="../processing/algorithms/load_sensorthings.py" line="32" />
            <location filename="../processing/algorithms/load_telraam.py" line="31" />
            <source>Sensors</source>
            <translation>Capteurs</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="49" />
            <source>Statistics of one property per sensor or per area (polygons), per hour, day, week, month or year (calendar periods in Belgian time; the clock-change days have 23 and 25 hours and are counted so).&lt;br&gt;Columns: number of valid readings and of expected readings, data completeness (%), mean, median, minimum, maximum, sum, a percentile and the number of exceedances of a threshold — of single readings (e.g. NO2 hours above 200 µg/m³) or of daily means (e.g. PM10 days above 50 µg/m³).&lt;br&gt;&lt;b&gt;EU rule&lt;/b&gt;: a period mean is only given when at least the minimum completeness (75 % by default) of the period holds valid readings; mean_raw keeps the unqualified mean. Readings marked invalid (Telraam uptime ≤ 0.5, AirBase flags, negative concentrations) never count.&lt;br&gt;Per area, the readings of every sensor inside the polygon are pooled; sensors outside every polygon are left out.</source>
            <translation>Statistiques d’une grandeur par capteur ou par zone (polygones), par heure, jour, semaine, mois ou année (périodes calendaires en heure belge ; les jours de changement d’heure ont 23 et 25 heures et sont comptés ainsi).&lt;br&gt;Colonnes : nombre de mesures valides et de mesures attendues, complétude des données (%), moyenne, médiane, minimum, maximum, somme, un percentile et le nombre de dépassements d’un seuil — de mesures individuelles (p. ex. heures de NO2 au-dessus de 200 µg/m³) ou de moyennes journalières (p. ex. jours de PM10 au-dessus de 50 µg/m³).&lt;br&gt;&lt;b&gt;Règle européenne&lt;/b&gt; : une moyenne de période n’est donnée que si au moins la complétude minimale (75 % par défaut) de la période contient des mesures valides ; mean_raw conserve la moyenne sans condition. Les mesures marquées non valides (disponibilité Telraam ≤ 0,5, indicateurs AirBase, concentrations négatives) ne comptent jamais.&lt;br&gt;Par zone, les mesures de tous les capteurs situés dans le polygone sont regroupées ; les capteurs hors de tout polygone sont écartés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="74" />
            <location filename="../processing/algorithms/interpolate_observations.py" line="69" />
            <source>Property</source>
            <translation>Grandeur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="77" />
            <source>Per</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="77" />
            <source>sensor</source>
            <translation>capteur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="77" />
            <source>area</source>
            <translation>zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="80" />
            <source>Areas (for 'per area')</source>
            <translation>Zones (pour 'par zone')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="81" />
            <location filename="../processing/algorithms/site_sensors.py" line="95" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="101" />
            <source>Area name field</source>
            <translation>Champ du nom de la zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="83" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="86" />
            <source>Percentile</source>
            <translation>Percentile</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="88" />
            <source>Threshold for exceedances</source>
            <translation>Seuil de dépassement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="90" />
            <source>Count exceedances of</source>
            <translation>Compter les dépassements des</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="91" />
            <source>single readings</source>
            <translation>mesures individuelles</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="91" />
            <source>daily means</source>
            <translation>moyennes journalières</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="92" />
            <source>Minimum data completeness (%)</source>
            <translation>Complétude minimale des données (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="94" />
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="112" />
            <source>The store holds no {property} readings for this municipality and period.</source>
            <translation>Le stockage ne contient aucune mesure de {property} pour cette commune et cette période.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="114" />
            <source>{n} readings of {sensors} sensors.</source>
            <translation>{n} mesures de {sensors} capteurs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="163" />
            <source>Choose the area layer to aggregate per area.</source>
            <translation>Choisissez la couche de zones pour agréger par zone.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="54" />
            <source>Calibrate path loss from measurements</source>
            <translation>Calibrer l’affaiblissement de propagation sur des mesures</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="57" />
            <source>Fits the log-distance path-loss model PL(d) = PL(1 km) + 10·n·log(d/1 km) to measured uplinks (a TTN Mapper export or a field test: position, gateway id, RSSI, SNR), jointly and per gateway.&lt;br&gt;Measured path loss = EIRP + gain − cable loss − (RSSI + min(SNR, 0)). Rows with an empty RSSI or −200 dBm are packets that were not received; when there are such rows the fit is a censored (Tobit) maximum-likelihood fit, otherwise ordinary least squares.&lt;br&gt;Reports the RMSE of the chosen prior model and of the fit, and (with three gateways or more) the RMSE on each gateway left out of the fit. The fit is saved as a parameter set under its name (and optionally as a .json file) that 'Radio coverage' and 'Place gateways' accept.&lt;br&gt;Give the measurements either as a point layer in the gateways' CRS or as a CSV file (comma or semicolon, lat/lon in WGS84 or x/y in Lambert 72).</source>
            <translation>Ajuste le modèle d’affaiblissement de propagation log-distance PL(d) = PL(1 km) + 10·n·log(d/1 km) aux liaisons montantes mesurées (un export TTN Mapper ou un essai sur le terrain : position, identifiant de passerelle, RSSI, SNR), globalement et par passerelle.&lt;br&gt;Affaiblissement mesuré = PIRE + gain − pertes de câble − (RSSI + min(SNR, 0)). Les lignes avec un RSSI vide ou −200 dBm sont des paquets non reçus ; s’il y en a, l’ajustement est un maximum de vraisemblance censuré (Tobit), sinon des moindres carrés ordinaires.&lt;br&gt;Indique le RMSE du modèle a priori choisi et de l’ajustement, et (avec trois passerelles ou plus) le RMSE sur chaque passerelle laissée hors de l’ajustement. L’ajustement est enregistré comme jeu de paramètres sous son nom (et éventuellement comme fichier .json) accepté par 'Couverture radio' et 'Placer des passerelles'.&lt;br&gt;Indiquez les mesures soit comme couche de points dans le SCR des passerelles, soit comme fichier CSV (virgule ou point-virgule, lat/lon en WGS84 ou x/y en Lambert 72).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="71" />
            <source>Measurements (points)</source>
            <translation>Mesures (points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="74" />
            <source>Measurements (CSV file)</source>
            <translation>Mesures (fichier CSV)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="76" />
            <source>Gateway id field of the measurements (empty: detect)</source>
            <translation>Champ d’identifiant de passerelle des mesures (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="77" />
            <source>RSSI field (empty: detect)</source>
            <translation>Champ RSSI (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="78" />
            <source>SNR field (empty: detect)</source>
            <translation>Champ SNR (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="79" />
            <source>Spreading factor field (empty: detect)</source>
            <translation>Champ du facteur d’étalement (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="82" />
            <location filename="../processing/algorithms/radio_coverage.py" line="62" />
            <source>Gateways</source>
            <translation>Passerelles</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="84" />
            <location filename="../processing/algorithms/radio_coverage.py" line="64" />
            <source>Gateway id field</source>
            <translation>Champ d’identifiant de passerelle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="87" />
            <location filename="../processing/algorithms/siting_common.py" line="119" />
            <source>Frequency (MHz)</source>
            <translation>Fréquence (MHz)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="90" />
            <source>Device height (m above ground)</source>
            <translation>Hauteur de l’appareil (m au-dessus du sol)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="93" />
            <source>Model to compare with (RMSE before)</source>
            <translation>Modèle de comparaison (RMSE avant)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="96" />
            <source>Also fit each gateway separately</source>
            <translation>Ajuster aussi chaque passerelle séparément</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="97" />
            <source>Least measurements for a gateway's own fit</source>
            <translation>Nombre minimal de mesures pour l’ajustement propre d’une passerelle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="99" />
            <source>Name of the parameter set</source>
            <translation>Nom du jeu de paramètres</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="100" />
            <source>Parameter set file</source>
            <translation>Fichier du jeu de paramètres</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="101" />
            <source>Parameter set (*.json)</source>
            <translation>Jeu de paramètres (*.json)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="103" />
            <source>Calibration per gateway</source>
            <translation>Calibrage par passerelle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="105" />
            <source>RMSE of the prior model (dB)</source>
            <translation>RMSE du modèle a priori (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="106" />
            <source>RMSE of the fit (dB)</source>
            <translation>RMSE de l’ajustement (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="107" />
            <source>RMSE on held-out gateways (dB)</source>
            <translation>RMSE sur les passerelles exclues (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="108" />
            <source>Saved parameter set</source>
            <translation>Jeu de paramètres enregistré</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="112" />
            <source>The measurements are in {} but the gateways in {}; reproject one of them so both use the same CRS.</source>
            <translation>Les mesures sont en {} mais les passerelles en {} ; reprojetez l’une des deux pour qu’elles utilisent le même SCR.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="120" />
            <source>Choose the gateway id and RSSI fields of the measurements; they could not be detected from the field names.</source>
            <translation>Choisissez les champs d’identifiant de passerelle et de RSSI des mesures ; ils n’ont pas pu être déduits des noms de champs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="153" />
            <source>Measurements read from a CSV file are in EPSG:31370; reproject the gateways to EPSG:31370 too.</source>
            <translation>Les mesures lues dans un fichier CSV sont en EPSG:31370 ; reprojetez aussi les passerelles en EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="156" />
            <source>Give the measurements as a point layer or as a CSV file.</source>
            <translation>Indiquez les mesures comme couche de points ou comme fichier CSV.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="157" />
            <source>{n} measurements, {r} received.</source>
            <translation>{n} mesures, {r} reçues.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="183" />
            <source>Joint fit: PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB; RMSE {b:.2f} dB with the prior model, {a:.2f} dB with the fit.</source>
            <translation>Ajustement global : PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB ; RMSE {b:.2f} dB avec le modèle a priori, {a:.2f} dB avec l’ajustement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="187" />
            <source>Saved as parameter set '{name}' ({path}); a fade margin of {m:.1f} dB gives 90 % location reliability.</source>
            <translation>Enregistré comme jeu de paramètres '{name}' ({path}) ; une marge d’évanouissement de {m:.1f} dB donne une fiabilité de localisation de 90 %.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="17" />
            <source>Copy a study between stores</source>
            <translation>Copier une étude entre stockages</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="18" />
            <source>Store</source>
            <translation>Stockage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="20" />
            <source>Copies a whole study from one store to another: from a GeoPackage to a PostGIS schema (to share it with a team, an intercommunale or the region) or back (to take it along). Every table is copied with all records, geometries, times, row versions and the complete change history. The target must be empty unless 'Replace the data in the target' is ticked; it is written in one transaction, so a failed or cancelled copy leaves it as it was. Stores are GeoPackage files or pg:&amp;lt;saved connection&amp;gt;?schema=&amp;lt;schema&amp;gt;.</source>
            <translation>Copie une étude complète d’un stockage à un autre : d’un GeoPackage vers un schéma PostGIS (pour la partager avec une équipe, une intercommunale ou la région) ou l’inverse (pour l’emporter). Chaque table est copiée avec tous ses enregistrements, géométries, heures, versions de lignes et l’historique complet des modifications. La cible doit être vide, sauf si 'Remplacer les données de la cible' est coché ; elle est écrite en une seule transaction, de sorte qu’une copie échouée ou annulée la laisse telle quelle. Les stockages sont des fichiers GeoPackage ou pg:&amp;lt;connexion enregistrée&amp;gt;?schema=&amp;lt;schéma&amp;gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="34" />
            <source>Source store</source>
            <translation>Stockage source</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="35" />
            <location filename="../processing/algorithms/copy_store.py" line="38" />
            <source>Target store</source>
            <translation>Stockage cible</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="36" />
            <source>Replace the data in the target</source>
            <translation>Remplacer les données de la cible</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="39" />
            <source>Records copied</source>
            <translation>Enregistrements copiés</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="45" />
            <source>Copying {source} to {target}</source>
            <translation>Copie de {source} vers {target}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="48" />
            <source>{table}: {count} records</source>
            <translation>{table} : {count} enregistrements</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/device_register.py" line="26" />
            <source>Public device register (what is placed where)</source>
            <translation>Registre public des appareils (quoi est placé où)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/device_register.py" line="29" />
            <source>A point layer citizens may see: every sensor of the study store with its type, what it measures, owner, operator, connectivity (LoRa, 4G, Wi-Fi, …), installation date, status and whether it processes personal data.&lt;br&gt;Sensors marked as not public are left out; sensors that process personal data (citizen sensors at home, cameras) are shown at the centre of their 100 m grid cell, so the register does not point at a private house. Contract references and internal notes are not part of the register.</source>
            <translation>Une couche de points que les citoyens peuvent voir : chaque capteur du stockage d’étude avec son type, ce qu’il mesure, son propriétaire, son exploitant, sa connectivité (LoRa, 4G, Wi-Fi, …), sa date d’installation, son statut et s’il traite des données personnelles.&lt;br&gt;Les capteurs marqués comme non publics sont écartés ; les capteurs qui traitent des données personnelles (capteurs citoyens à domicile, caméras) sont affichés au centre de leur maille de 100 m, afin que le registre ne désigne pas un logement privé. Les références de contrat et les notes internes ne font pas partie du registre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/device_register.py" line="41" />
            <source>Device register</source>
            <translation>Registre des appareils</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="22" />
            <source>Download addresses</source>
            <translation>Télécharger les adresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="23" />
            <location filename="../processing/algorithms/download_grb.py" line="36" />
            <source>Download</source>
            <translation>Téléchargement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="25" />
            <source>Downloads every address of a municipality from the Flemish address register (Adressenregister, basisregisters API) into layer &lt;i&gt;addresses&lt;/i&gt; of a GeoPackage: points in EPSG:31370 with the fields address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address and street_id. Positions the register publishes in Lambert 2008 (EPSG:3812) are reprojected.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code. The register is read 500 addresses per request; the download can be cancelled, and the GeoPackage is only written (or replaced) when everything has arrived.</source>
            <translation>Télécharge toutes les adresses d’une commune depuis le registre d’adresses flamand (Adressenregister, API basisregisters) dans la couche &lt;i&gt;addresses&lt;/i&gt; d’un GeoPackage : des points en EPSG:31370 avec les champs address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address et street_id. Les positions publiées par le registre en Lambert 2008 (EPSG:3812) sont reprojetées.&lt;br&gt;&lt;br&gt;&lt;b&gt;Commune&lt;/b&gt; : un nom ou un code INS à cinq chiffres. Le registre est lu par 500 adresses par requête ; le téléchargement peut être annulé, et le GeoPackage n’est écrit (ou remplacé) que lorsque tout est arrivé.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="39" />
            <location filename="../processing/algorithms/download_grb.py" line="54" />
            <source>Municipality (name or NIS code)</source>
            <translation>Commune (nom ou code INS)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="40" />
            <location filename="../processing/algorithms/download_grb.py" line="61" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="41" />
            <location filename="../processing/algorithms/download_grb.py" line="62" />
            <source>GeoPackage (*.gpkg *.GPKG)</source>
            <translation>GeoPackage (*.gpkg *.GPKG)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="42" />
            <source>Number of addresses</source>
            <translation>Nombre d’adresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="48" />
            <source>Addresses {municipality}</source>
            <translation>Adresses {municipality}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="35" />
            <source>Download GRB layers</source>
            <translation>Télécharger des couches GRB</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="38" />
            <source>Downloads layers of the GRB (Grootschalig Referentiebestand: buildings, parcels, road surfaces and more) from Digitaal Vlaanderen's OGC API Features service into one GeoPackage, one layer per GRB type, in EPSG:31370 with all attributes of the source, including the identifiers OIDN and UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code; features that intersect the municipality's boundary (from VRBG) are kept whole. Or give an &lt;b&gt;extent&lt;/b&gt; instead: everything that intersects it is kept.&lt;br&gt;The download runs page by page and can be cancelled; the GeoPackage is only written (or replaced) when everything has arrived, so a failure or a cancel leaves an existing file as it was.</source>
            <translation>Télécharge des couches du GRB (Grootschalig Referentiebestand : bâtiments, parcelles, chaussées et plus) depuis le service OGC API Features de Digitaal Vlaanderen dans un seul GeoPackage, une couche par type GRB, en EPSG:31370 avec tous les attributs de la source, y compris les identifiants OIDN et UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Commune&lt;/b&gt; : un nom ou un code INS à cinq chiffres ; les entités qui coupent la limite de la commune (issue de VRBG) sont conservées entières. Ou indiquez plutôt une &lt;b&gt;emprise&lt;/b&gt; : tout ce qui la coupe est conservé.&lt;br&gt;Le téléchargement se fait page par page et peut être annulé ; le GeoPackage n’est écrit (ou remplacé) que lorsque tout est arrivé, de sorte qu’un échec ou une annulation laisse un fichier existant tel quel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="56" />
            <source>Or an extent</source>
            <translation>Ou une emprise</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="59" />
            <source>GRB layers</source>
            <translation>Couches GRB</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="63" />
            <source>Features per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="69" />
            <source>Give either a municipality or an extent, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="71" />
            <source>Give a municipality (name or NIS code) or an extent to download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="83" />
            <source>The extent has no coordinate reference system; choose it on the map or add it as [EPSG:31370].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="40" />
            <source>Export vacancy as open data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="41" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="43" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="42" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="67" />
            <source>Vacancy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="43" />
            <source>Writes the vacancy indicators per area (from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;) for publication, as GeoJSON (WGS84), CSV or GeoPackage, with the licence and the source in the file and in a &lt;i&gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the indicator fields leave: owner names, national register numbers, tax amounts, remarks, addresses and dossier numbers never do, whatever the input layers hold. Where an area has fewer than 5 units its rate is empty, and by default its counts and durations too.&lt;br&gt;&lt;b&gt;Points&lt;/b&gt; (optional): the premises in the register on the reference date, of the chosen types (by default shops and business premises; a vacant dwelling on a map points at a household), with type, status, year of entry and duration class only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="70" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="66" />
            <source>Vacancy indicators per area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="72" />
            <source>Also publish points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="75" />
            <source>Vacancy register (for points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="77" />
            <source>Property types published as points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="80" />
            <source>Reference date of the points (empty: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="83" />
            <source>Also leave counts empty where the rate is suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="85" />
            <location filename="../processing/algorithms/import_observations.py" line="63" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="87" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="88" />
            <source>Vacant premises per area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="89" />
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="91" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="91" />
            <source>Municipal register of vacant buildings and dwellings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="92" />
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="94" />
            <source>Output file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="95" />
            <source>Files written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="101" />
            <source>Choose the indicators layer (the output of Vacancy indicators per area).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="117" />
            <source>Choose the vacancy register to publish points from, or untick the points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="120" />
            <source>Choose at least one property type to publish as points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="125" />
            <source>{n} points published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="129" />
            <source>{n} areas written; figures suppressed in {small} small-number areas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="31" />
            <source>Import sensor readings from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="34" />
            <source>Imports readings from CSV, XLSX (or a zip with one CSV) into the study store.&lt;br&gt;&lt;b&gt;Known formats&lt;/b&gt; import without more: CurieuzeNeuzen 2018, the Gent bicycle counters, EEA AirBase hourly files (24 value/flag pairs per day, -999 missing), the Recht op Lucht campaign, IRCEL-CELINE exports (one column per station), Telraam report CSVs and sensor.community archive files.&lt;br&gt;&lt;b&gt;Other files&lt;/b&gt;: choose 'Column mapping' and describe the columns as key=value pairs separated by ';'. Long format (one row per reading): &lt;i&gt;time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10&lt;/i&gt;. Wide format, one column per sensor: &lt;i&gt;layout=wide_sensors; time=Datum; property=no2&lt;/i&gt;; one column per hour: &lt;i&gt;layout=wide_hours; time=Datum; hour_columns=H1,H2,…; property=pm10&lt;/i&gt;. Other keys: time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, missing, flag_columns, duplicates (error or replicates), resolution_s, aggregation, source, period.&lt;br&gt;&lt;b&gt;Time zone&lt;/b&gt;: times with an offset need none; for times without one choose their zone (the plugin never guesses). The repeated autumn hour is resolved by row order; a time in the skipped spring hour is refused.&lt;br&gt;Units are converted to the property's standard unit (µg/m³ …); an unknown unit, one property in two units, contradictory duplicates or a sensor without position (when positions are mapped) stop the import with one sentence, and nothing is written. Importing the same file again adds nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="61" />
            <source>File with readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="61" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.zip);;All (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="63" />
            <source>Detect automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="64" />
            <source>Column mapping (below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="65" />
            <source>Column mapping (key=value; …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="68" />
            <source>Time zone of times without offset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="69" />
            <source>(the times carry an offset)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="69" />
            <source>UTC+01:00 (standard time all year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="71" />
            <source>Property (when the format needs one, e.g. no2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="73" />
            <source>Position of a one-sensor file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="75" />
            <source>Sheet (XLSX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="101" />
            <source>Describe the columns in the column mapping, or choose a known format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="42" />
            <source>Import vacancy register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="45" />
            <source>Brings a vacancy-register export (VIP, or any CSV/XLSX with a column mapping) into the register of the study store, and keeps its history.&lt;br&gt;&lt;br&gt;&lt;b&gt;Placement&lt;/b&gt;: each dossier is put on its matched address point, else on the GRB building of its parcel (CapaKey), else on the parcel; the field location_method says which, and 'unplaced' when none was found. Long and short CapaKeys and Dutch (dd/mm/yyyy), Excel serial and ISO dates are read.&lt;br&gt;&lt;b&gt;History&lt;/b&gt;: a newer export updates the same dossiers (by dossier id): entries, status changes and removals (schrapping) are recorded with their dates, nothing is duplicated, and an older export than the last one is refused. The whole import is one transaction: if it fails or is cancelled, the register stays as it was.&lt;br&gt;&lt;b&gt;Bad rows&lt;/b&gt; (no dossier number, duplicate dossier id, unknown status, unreadable or future date, neither address nor parcel, malformed CapaKey without address) are listed with the reason in the rejected-rows output; the rest is imported. Owner names, national register numbers, tax amounts and remarks in the file are not read.&lt;br&gt;&lt;b&gt;Column mapping&lt;/b&gt;: role=column pairs separated by ';' for files that do not use the VIP column names, for example &lt;i&gt;dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum&lt;/i&gt;. Roles: capakey, dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, laatste_controle, vloeroppervlakte_m2.&lt;br&gt;&lt;b&gt;Status mapping&lt;/b&gt;: extra status words, for example &lt;i&gt;Lopend=opgenomen; Afgewerkt=geschrapt&lt;/i&gt; (statuses: vermoeden, vastgesteld, opgenomen, beroep, geschrapt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="86" />
            <source>Register export (VIP export or other CSV/XLSX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="87" />
            <source>Tables (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*.*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="88" />
            <location filename="../processing/algorithms/match_addresses.py" line="75" />
            <source>Sheet (XLSX with several sheets)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="91" />
            <source>Column mapping (role=column; … for non-VIP files)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="93" />
            <source>Extra status words (word=status; …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="95" />
            <source>Extra property types (word=type; …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="97" />
            <source>Export date (empty: from the file name, else today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="100" />
            <source>NIS code of the municipality (when the export does not say it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="102" />
            <source>Addresses (standard address layer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="104" />
            <source>Parcels (GRB ADP with CAPAKEY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="106" />
            <source>Buildings (GRB GBG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="109" />
            <source>Dossiers missing from the export were removed (full export)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="112" />
            <source>Allow an export older than the last one imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="114" />
            <source>Rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="115" />
            <source>Vacancy register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="116" />
            <location filename="../processing/algorithms/sensors_common.py" line="103" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="123" />
            <source>Choose the register export (an XLSX or CSV file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="127" />
            <source>Export of {date}: {rows} rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="135" />
            <source>Not read (personal, tax or free-text data): {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="145" />
            <source>Placing the dossiers on addresses, buildings and parcels…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="151" />
            <source>The NIS code {code} is not five digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="160" />
            <source>Placed by {method}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="162" />
            <source>Row {row} ({dossier}): {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="45" />
            <source>Interpolate sensor readings (IDW)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="48" />
            <source>An inverse-distance-weighted surface (GeoTIFF, EPSG:31370) of one value per sensor: the mean of the valid readings of a property over a period, or the latest reading, from the study store — or a field of a point layer (e.g. CurieuzeNeuzen tubes).&lt;br&gt;Each cell uses the nearest sensors (12 by default) with weights 1/distance^power (2 by default).&lt;br&gt;&lt;b&gt;Cross-validation&lt;/b&gt;: every sensor is estimated from the others with the same settings; the RMSE, MAE and bias are reported, so you see how far to trust the surface between sensors. An interpolation is no dispersion model: it knows nothing about streets, buildings or sources between the sensors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="72" />
            <source>Value per sensor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="73" />
            <source>mean over the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="73" />
            <source>latest reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="77" />
            <source>Or: point layer with values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="79" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="82" />
            <source>Value field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="81" />
            <source>Extent (default: the sensors' extent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="83" />
            <source>Cell size (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="85" />
            <source>Power</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="87" />
            <source>Nearest sensors used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="89" />
            <source>Surface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="90" />
            <source>Cross-validation RMSE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="90" />
            <source>Cross-validation MAE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="91" />
            <source>Cross-validation bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="91" />
            <source>Sensors used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="93" />
            <source>Cross-validation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="120" />
            <source>Choose the field with the values to interpolate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="134" />
            <source>Choose a study store or a point layer with values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="150" />
            <source>{n} sensors have a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="35" />
            <source>Load IRCEL-CELINE official stations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="38" />
            <source>Stores the stations of the official Belgian air-quality network (IRCEL-CELINE, VMM) and their hourly series of one pollutant for a period (default: the last 7 days). Without an area every station is read, which the time-series panel uses to compare a sensor with the nearest official station.&lt;br&gt;The service gives the end of each hour; readings are stored with the hour's start and end in UTC. Data: IRCEL-CELINE, CC BY 4.0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="49" />
            <source>Pollutant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="27" />
            <source>Load sensor.community citizen sensors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="30" />
            <source>Finds the sensor.community (luftdaten) citizen sensors in an area (default: the municipality's extent) and stores them with their latest values (PM10, PM2.5, temperature, humidity, pressure). With an archive period, the daily archive files of those sensors are read too (archive.sensor.community, ODbL).&lt;br&gt;Citizen sensors stand at private homes: they are flagged as personal data, and the public device register blurs their position. Loading again stores only what is new.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="43" />
            <source>Archive from (date, optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="44" />
            <source>Archive until (date, not included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="31" />
            <source>Load SensorThings data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="34" />
            <source>Reads things, their locations, datastreams and observations from any OGC SensorThings API server (FROST, 52°North, …) into the study store.&lt;br&gt;&lt;b&gt;Server&lt;/b&gt;: the service root, e.g. https://iot.example.be/FROST-Server/v1.1. A protected server needs an authentication configuration from the QGIS authentication database (Basic, OAuth2, …).&lt;br&gt;&lt;b&gt;Filters&lt;/b&gt;: an observed property (its name on the server, e.g. NO2), an area (polygons; default: everything the server offers) and a period (default: the last 7 days). Pages are followed through @iot.nextLink.&lt;br&gt;Times are stored in UTC; instants and intervals are kept; results that are not numbers (text, objects, arrays) are kept as text. Loading again only asks for readings newer than those stored. Everything is written in one transaction: a failure or a cancel leaves the store as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="51" />
            <source>SensorThings service root URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="52" />
            <source>Authentication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="53" />
            <source>Observed property (name on the server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="30" />
            <source>Load Telraam traffic counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="33" />
            <source>Stores Telraam road segments (as lines) and their hourly reports: cars, bikes, pedestrians and heavy vehicles in both directions (A→B = _lft, B→A = _rgt), the V85 speed and the camera's uptime.&lt;br&gt;&lt;b&gt;API key&lt;/b&gt;: store your Telraam token in the QGIS authentication database (Settings › Options › Authentication: a Basic configuration with the token as password, or an API-header configuration with X-Api-Key) and choose it here; it is never written to settings or projects.&lt;br&gt;Segments: those in the area (default: the municipality's extent) or the ids given. Hours with an uptime of 0.5 or less are stored but do not count in statistics. Long periods are asked in 90-day parts; loading again asks only for hours after the newest stored one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="47" />
            <source>Telraam API key (authentication)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="48" />
            <source>Segment ids (comma-separated, optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="39" />
            <source>Match addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="40" />
            <source>Addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="42" />
            <source>Links every row of an address list (a table layer, or a CSV or XLSX file in any usual encoding and delimiter) to an address of the register and gives it the register's position.&lt;br&gt;&lt;br&gt;&lt;b&gt;Columns&lt;/b&gt;: either one column with the full address, or the street and house-number columns with optional box, postcode and municipality columns. Left empty, they are proposed from the column names (Dutch, French or English).&lt;br&gt;&lt;b&gt;Reference&lt;/b&gt;: a point layer of addresses in the plugin's standard schema (for instance made by &lt;i&gt;Download addresses&lt;/i&gt;). Without one, the online address-match service of the register is used, but only when &lt;i&gt;Allow the online address register&lt;/i&gt; is ticked, since the addresses then leave this computer.&lt;br&gt;&lt;br&gt;Each row gets match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), match_score (0–100), address_id, matched_address (the register's spelling) and match_note. Rows without a certain address keep an empty geometry: nothing is guessed. The second output lists the rows to check by hand with their best candidates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="74" />
            <source>Address list (table layer, CSV or XLSX file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="77" />
            <source>Column with the full address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="77" />
            <source>Street column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="78" />
            <source>House-number column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="78" />
            <source>Box-number column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="79" />
            <source>Postcode column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="79" />
            <source>Municipality column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="83" />
            <source>Reference addresses (standard address schema)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="86" />
            <source>Allow the online address register when there is no reference (sends the addresses)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="88" />
            <source>Matched addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="90" />
            <source>Rows to check by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="94" />
            <source>Rows with status {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="101" />
            <source>Columns: {mapping}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="106" />
            <source>Indexing the reference addresses…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="143" />
            <source>The value of {parameter} is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="153" />
            <source>Choose the address list: a table layer, or a CSV or XLSX file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="46" />
            <source>Radio coverage (LoRaWAN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="49" />
            <source>Predicts where LoRaWAN end devices reach the gateways. For every cell: received power at the gateway (uplink) = device EIRP + antenna gain − cable loss − path loss − terrain loss.&lt;br&gt;&lt;b&gt;Path loss&lt;/b&gt;: log-distance with a published parameter set, your own parameters or a calibrated set (see 'Calibrate path loss'), Okumura-Hata, COST-231 Hata or free space; never less than free space.&lt;br&gt;&lt;b&gt;Terrain&lt;/b&gt;: line of sight over the terrain model (plus the DSM or buildings as clutter) and knife-edge diffraction (ITU-R P.526) of the dominant obstacle; or line of sight only, computed by GDAL's viewshed.&lt;br&gt;&lt;b&gt;Outputs&lt;/b&gt;: best received power (dBm), the best gateway, how many gateways hear each cell (with the fade margin at SF12), the smallest spreading factor that closes the link with the fade margin, and coverage polygons per SF.&lt;br&gt;Gateways and buildings must be in the terrain model's CRS (EPSG:31370 in Flanders).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="70" />
            <source>Best received power (dBm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="71" />
            <source>Best gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="73" />
            <source>Number of gateways that hear each cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="74" />
            <source>Smallest spreading factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="75" />
            <source>Coverage per spreading factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="77" />
            <source>Share of the cells covered (0-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="94" />
            <source>Grid of {rows} × {cols} cells of {cell:g} m; model: {model}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="133" />
            <source>{:.1f} % of the cells are covered at SF12 or better with the fade margin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="44" />
            <source>Municipality (NIS code, e.g. 44021)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="52" />
            <source>'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="59" />
            <source>Area (polygons; default: the municipality's extent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="80" />
            <source>The area layer has no polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="86" />
            <source>Start (default: 7 days before the end)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="86" />
            <source>End (default: now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="100" />
            <source>New sensors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="100" />
            <source>New datastreams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="101" />
            <source>New readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="101" />
            <source>Readings already stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="37" />
            <source>Place gateways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="40" />
            <source>Chooses LoRaWAN gateway sites among candidates so that as much demand as possible is heard (K sites), or a coverage target is reached at least cost. A demand point is heard by a site when the predicted uplink closes at the largest allowed spreading factor with the fade margin (same radio model as 'Radio coverage'); with a redundancy of r it counts only when r chosen gateways hear it. Existing gateways are kept and counted.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; (lazy greedy) is fast and reports a certificate: an upper bound on the best possible coverage (online submodular bound; the LP relaxation on small instances or on request) and the gap to it. &lt;b&gt;Exact&lt;/b&gt; solves the MILP with HiGHS (scipy.optimize.milp) within the time limit.&lt;br&gt;Outputs: the chosen sites in order with the coverage after each, the demand points with the number of chosen gateways that hear them, and an HTML report with the diminishing-returns chart and the certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="53" />
            <location filename="../processing/algorithms/site_sensors.py" line="69" />
            <source>Candidate sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="55" />
            <location filename="../processing/algorithms/site_sensors.py" line="71" />
            <source>Candidate id field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="57" />
            <source>Cost field (empty: every site costs 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="59" />
            <source>Existing gateways (kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="62" />
            <source>Demand points (sensors, addresses, …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="64" />
            <source>Weight field (empty: every point weighs 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="65" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="66" />
            <source>Cover the most demand with K new sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="67" />
            <source>Reach the coverage target at least cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="68" />
            <location filename="../processing/algorithms/site_sensors.py" line="88" />
            <source>Number of new sites (K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="70" />
            <source>Coverage target (% of the demand weight)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="73" />
            <source>Gateways that must hear each point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="81" />
            <location filename="../processing/algorithms/siting_common.py" line="165" />
            <source>Cell size (m; 0 = that of the terrain model)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="83" />
            <source>Chosen gateway sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="85" />
            <location filename="../processing/algorithms/site_sensors.py" line="99" />
            <source>Demand coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="87" />
            <location filename="../processing/algorithms/site_sensors.py" line="104" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="87" />
            <location filename="../processing/algorithms/site_sensors.py" line="104" />
            <source>HTML (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="89" />
            <location filename="../processing/algorithms/site_sensors.py" line="106" />
            <source>Covered share of the demand weight (0-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="90" />
            <source>Objective (covered weight or cost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="91" />
            <location filename="../processing/algorithms/site_sensors.py" line="108" />
            <source>Bound on the optimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="91" />
            <location filename="../processing/algorithms/site_sensors.py" line="109" />
            <source>Gap to the bound (0-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="92" />
            <location filename="../processing/algorithms/site_sensors.py" line="110" />
            <source>Share of the optimum reached at least (0-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="100" />
            <location filename="../processing/algorithms/site_gateways.py" line="106" />
            <location filename="../processing/algorithms/site_sensors.py" line="118" />
            <location filename="../processing/algorithms/site_sensors.py" line="122" />
            <source>candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="100" />
            <location filename="../processing/algorithms/site_gateways.py" line="111" />
            <source>existing gateways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="101" />
            <location filename="../processing/algorithms/site_sensors.py" line="120" />
            <source>demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="116" />
            <location filename="../processing/algorithms/site_sensors.py" line="135" />
            <source>demand points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="128" />
            <source>{n} demand points lie outside the terrain model and count as not heard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="130" />
            <source>Predicting which of {m} sites hears which of {n} demand points …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="141" />
            <source>The placement was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="159" />
            <source>{s:.1f} % of the demand weight is heard by at least {r} gateway(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="181" />
            <location filename="../processing/algorithms/site_sensors.py" line="229" />
            <location filename="../processing/algorithms/site_sensors.py" line="236" />
            <source>existing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="183" />
            <source>Gateway placement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="184" />
            <source>Coverage after each added site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="185" />
            <location filename="../processing/algorithms/site_sensors.py" line="235" />
            <source>covered demand (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="185" />
            <location filename="../processing/algorithms/site_sensors.py" line="228" />
            <location filename="../processing/algorithms/site_sensors.py" line="235" />
            <source>sites added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="186" />
            <location filename="../processing/algorithms/site_sensors.py" line="240" />
            <source>Sites in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="186" />
            <location filename="../processing/algorithms/site_sensors.py" line="231" />
            <location filename="../processing/algorithms/site_sensors.py" line="238" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="186" />
            <location filename="../processing/algorithms/site_sensors.py" line="231" />
            <location filename="../processing/algorithms/site_sensors.py" line="238" />
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="186" />
            <location filename="../processing/algorithms/site_sensors.py" line="238" />
            <source>Gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="186" />
            <source>Covered weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="187" />
            <location filename="../processing/algorithms/site_sensors.py" line="238" />
            <location filename="../processing/algorithms/site_sensors.py" line="248" />
            <source>Covered share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="188" />
            <location filename="../processing/algorithms/site_sensors.py" line="244" />
            <source>Quality certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="188" />
            <location filename="../processing/algorithms/site_sensors.py" line="241" />
            <location filename="../processing/algorithms/site_sensors.py" line="244" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="188" />
            <location filename="../processing/algorithms/site_sensors.py" line="241" />
            <location filename="../processing/algorithms/site_sensors.py" line="244" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="190" />
            <source>Uncovered demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="191" />
            <location filename="../processing/algorithms/site_sensors.py" line="248" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="191" />
            <location filename="../processing/algorithms/site_sensors.py" line="248" />
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="54" />
            <source>Place sensors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="57" />
            <source>Chooses sensor sites among candidates for the demand (residents, pupils, traffic …: any points with an optional weight). A site covers the demand points within the radius (straight-line distance).&lt;br&gt;&lt;b&gt;MCLP&lt;/b&gt;: the K sites that cover the most weight. &lt;b&gt;LSCP&lt;/b&gt;: the fewest (or cheapest) sites that cover every demand point. &lt;b&gt;p-median&lt;/b&gt;: the K sites with the least weighted mean distance to the demand.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; is fast and reports a certificate (an upper bound for MCLP, a lower bound for LSCP and p-median) and the gap to it; &lt;b&gt;exact&lt;/b&gt; solves the MILP with HiGHS. Existing sensors are kept.&lt;br&gt;With areas (neighbourhoods), the covered share per area is reported and the least-covered areas are listed first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="73" />
            <source>Cost field for LSCP (empty: every site costs 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="75" />
            <source>Existing sensors (kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="78" />
            <source>Demand points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="80" />
            <source>Weight field (residents, pupils, traffic …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="81" />
            <location filename="../processing/algorithms/site_sensors.py" line="242" />
            <source>Radius (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="83" />
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="84" />
            <source>MCLP: cover the most weight with K sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="85" />
            <source>LSCP: cover every point with the fewest sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="86" />
            <source>p-median: least weighted mean distance with K sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="92" />
            <source>Areas for the equity report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="97" />
            <source>Chosen sensor sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="101" />
            <source>Coverage per area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="107" />
            <source>Weighted mean distance to the nearest site (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="108" />
            <location filename="../processing/algorithms/siting_common.py" line="593" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="119" />
            <location filename="../processing/algorithms/site_sensors.py" line="127" />
            <source>existing sensors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="120" />
            <source>areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="130" />
            <source>existing {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="148" />
            <source>{n:,} demand points × {m:,} candidates is too large for the p-median distance matrix; aggregate the demand (for example per building block) or use MCLP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="178" />
            <source>{n} sites chosen; {s:.1f} % of the demand weight lies within {r:g} m of a site; weighted mean distance {d:.0f} m.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="196" />
            <source>Least covered: {name} — {s:.1f} % of {w:,.0f}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="227" />
            <source>weighted mean distance (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="231" />
            <location filename="../processing/algorithms/site_sensors.py" line="243" />
            <source>Weighted mean distance (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="241" />
            <source>Coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="242" />
            <source>Covered share of the weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="247" />
            <source>Coverage per area (least covered first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="248" />
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="249" />
            <source>outside every area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="251" />
            <source>Sensor placement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="84" />
            <source>Antenna height field (m above ground)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="85" />
            <source>Device EIRP field (dBm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="86" />
            <source>Gateway antenna gain field (dBi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="87" />
            <source>Cable loss field (dB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="91" />
            <source>Default antenna height (m above ground)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="92" />
            <source>Default device EIRP (dBm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="93" />
            <source>Default gateway antenna gain (dBi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="94" />
            <source>Default cable loss (dB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="102" />
            <source>Log-distance, Oulu (Petäjäjärvi 2015, car)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="103" />
            <source>Log-distance, Oulu over water (Petäjäjärvi 2015, boat)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="104" />
            <source>Log-distance, Bonn fit (Rademacher 2021)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="105" />
            <source>Log-distance, Dortmund (868 MHz urban)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="106" />
            <source>Log-distance, Ghent (as coded in lora-bonn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="107" />
            <source>Log-distance, LoRaSim/FLoRa (Bor 2016)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="108" />
            <source>Okumura-Hata urban (large city)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="109" />
            <source>Okumura-Hata urban (small/medium city)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="110" />
            <source>Okumura-Hata suburban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="111" />
            <source>Okumura-Hata open area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="112" />
            <source>COST-231 Hata (medium city, C_M 0 dB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="113" />
            <source>COST-231 Hata (metropolitan centre, C_M 3 dB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="114" />
            <source>Free space (ITU-R P.525)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="115" />
            <source>Log-distance, user parameters (below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="122" />
            <source>Path-loss model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="124" />
            <source>User model: path loss at the reference distance (dB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="126" />
            <source>User model: path-loss exponent n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="129" />
            <source>User model: reference distance (km)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="132" />
            <source>Calibrated parameter set (name or .json file; replaces the model above)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="136" />
            <source>Terrain model (DTM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="137" />
            <source>Surface model (DSM) for clutter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="139" />
            <source>Buildings for clutter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="141" />
            <source>Building height field (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="144" />
            <source>Default building height (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="147" />
            <source>Receiver (end device) height (m above ground)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="151" />
            <source>Terrain effect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="152" />
            <source>None (distance only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="152" />
            <source>Line of sight (GDAL viewshed; out of sight adds the loss below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="153" />
            <source>Line of sight and knife-edge diffraction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="154" />
            <source>Extra loss out of sight, line-of-sight mode (dB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="157" />
            <source>Fade margin (dB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="163" />
            <source>Extent (default: what the gateways can reach)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="170" />
            <source>Largest spreading factor allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="176" />
            <location filename="../processing/algorithms/siting_common.py" line="592" />
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="177" />
            <source>Greedy (fast, with a quality bound)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="178" />
            <source>Exact (MILP with HiGHS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="179" />
            <source>Time limit of the exact method (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="185" />
            <source>Also compute the LP-relaxation bound (tighter, can be slow on large instances)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="223" />
            <source>The terrain model cannot be opened; choose a valid raster layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="226" />
            <source>The terrain model must be in a projected CRS in metres (EPSG:31370 in Flanders); it is in {}. Reproject it first (Raster ▸ Projections ▸ Warp).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="228" />
            <location filename="../processing/algorithms/siting_common.py" line="239" />
            <location filename="../processing/algorithms/siting_common.py" line="497" />
            <source>an unknown CRS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="237" />
            <source>The {what} layer is in {crs} but the terrain model is in {dem}; reproject the {what} (Vector ▸ Data Management Tools ▸ Reproject Layer) so both use the same CRS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="288" />
            <source>{n} {what} without a usable geometry were skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="290" />
            <source>The {} layer has no features with a geometry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="310" />
            <source>Site {} has an antenna height of zero or less; give every site a positive height.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="332" />
            <source>The extent does not overlap the terrain model; choose an extent inside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="339" />
            <source>The grid would have {n:,} cells; choose a larger cell size or a smaller extent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="347" />
            <source>The raster {} is not read through GDAL; save it as a GeoTIFF first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="359" />
            <source>{:.1f} % of the cells have no terrain data; they are filled from their nearest neighbours for the obstacles and left empty in the results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="368" />
            <source>buildings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="496" />
            <source>The {what} layer is in {crs}, which has no metres; reproject it to EPSG:31370 first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="503" />
            <source>The {what} layer is in {crs} but the candidates are in {ref}; reproject it so all layers use the same CRS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="587" />
            <source>online submodular bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="587" />
            <source>LP relaxation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="588" />
            <source>MILP dual bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="588" />
            <source>proven optimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="589" />
            <source>Lagrangian lower bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="589" />
            <source>none (zero)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="591" />
            <source>upper bound on the optimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="591" />
            <source>lower bound on the optimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="592" />
            <source>exact (MILP, HiGHS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="592" />
            <source>greedy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="593" />
            <source>Bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="594" />
            <source>Kind of bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="595" />
            <source>Gap to the bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="596" />
            <source>Quality (share of the optimum reached at least)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="597" />
            <source>Solver status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="597" />
            <source>Run time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="601" />
            <source>Objective {obj:,.6g}; bound {bound:,.6g} ({kind}); gap {gap:.2f} %; at least {q:.2f} % of the optimum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="605" />
            <source>The certificate cannot guarantee 95 % of the optimum; try the exact method or the LP bound for a tighter figure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/store_parameter.py" line="32" />
            <source>Study store (GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/store_parameter.py" line="34" />
            <source>A GeoPackage file, for example C:/studies/gent.gpkg, or a PostGIS schema through one of QGIS's saved PostgreSQL connections: pg:&lt;connection name&gt;?schema=&lt;schema&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="41" />
            <source>Vacancy hot spots (Gi*, local Moran's I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="44" />
            <source>Finds clusters of vacancy: Getis-Ord Gi* hot and cold spots and local Moran's I clusters and outliers, with significance from conditional permutations.&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt;: analyses a numeric field of a polygon layer, for example vacancy_rate from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;. Areas without a value (suppressed small-number rates) are left out and marked 'Not analysed'.&lt;br&gt;&lt;b&gt;Grid&lt;/b&gt;: counts the premises in the register on the reference date per square cell; with a denominator layer the value is the rate per cell (cells with fewer than 5 units are left out). A study area limits the grid to the cells whose centre lies in it.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: gi_class is +3/+2/+1 for hot spots at 99/95/90 % confidence and -1/-2/-3 for cold spots, from the two-sided pseudo p-value of the permutations (gi_p_sim); gi_z and gi_p_norm are the analytical z-score and its normal p-value. moran_cluster says High-High, Low-Low, High-Low or Low-High where moran_p_sim is below the significance level. With many areas, some will be significant by chance: read the map as an indication, not as proof.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="77" />
            <source>Analyse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="80" />
            <source>Areas with a value (areas mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="85" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="99" />
            <source>Area id field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="88" />
            <source>Vacancy register (grid mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="90" />
            <source>Denominator: addresses or buildings (grid mode, for rates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="93" />
            <source>Study area (grid mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="94" />
            <source>Cell size (grid mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="97" />
            <source>Reference date (grid mode; empty: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="99" />
            <source>Neighbours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="101" />
            <source>k (k nearest neighbours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="103" />
            <source>Distance band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="104" />
            <source>Permutations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="107" />
            <source>Random seed (same seed, same result)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="109" />
            <source>Significance level (Moran clusters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="112" />
            <source>Hot spots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="114" />
            <source>Global Moran's I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="115" />
            <source>Hot spots (90 % or more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="116" />
            <source>Cold spots (90 % or more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="125" />
            <source>{n} units, {links} neighbour links; {perms} permutations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="141" />
            <source>Global Moran's I {value:.3f}; {hot} hot and {cold} cold spots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="147" />
            <source>Choose the areas layer with the value to analyse (for example the output of Vacancy indicators per area).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="152" />
            <source>Choose the value field to analyse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="166" />
            <source>Choose the vacancy register for the grid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="186" />
            <source>There are no premises in the register on the reference date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="190" />
            <source>The grid would have {n} cells; choose a larger cell size or a smaller study area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="199" />
            <source>Grid of {rows} × {cols} cells of {size:.0f} m; {n} cells analysed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="38" />
            <source>The vacancy layer lacks the field(s) {fields}; use the register made by Import vacancy register or a layer with the same fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="47" />
            <source>Choose the vacancy layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="49" />
            <source>The vacancy layer must be a point layer (the register made by Import vacancy register).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="69" />
            <source>Measures vacancy per area (core shopping area, wijk, statistical sector, municipality) or per street segment, on a reference date.&lt;br&gt;&lt;br&gt;Per area: premises in the register by type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) and in total (n_vacant), the denominator (addresses or buildings in the area), the vacancy rate in %, the median and mean duration in years, and the entries and removals of the last 12 months. Every area is in the output, with zeros where there is no vacancy.&lt;br&gt;&lt;b&gt;Small numbers&lt;/b&gt;: where the area has fewer than 5 denominator units, small_numbers is true and the rate is left empty: such rates are unstable and can point at one household.&lt;br&gt;&lt;b&gt;Street segments&lt;/b&gt;: give a line layer as areas (for example Gent's wegsegmenten). Premises and addresses are then snapped to the nearest segment of their own street: by street code (the register's straatnaam_id and the addresses' street_id against the segments' CRAB code), else by street name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="95" />
            <source>Vacancy register (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="97" />
            <source>Areas (polygons) or street segments (lines)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="104" />
            <source>Denominator: addresses or buildings (for rates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="107" />
            <source>Reference date (empty: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="110" />
            <source>Street code field of the segments (CRAB code)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="113" />
            <source>Street name field of the segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="116" />
            <source>Largest distance to a segment of the same street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="118" />
            <source>Vacancy indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="125" />
            <source>Choose the areas layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="133" />
            <source>{n} areas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="137" />
            <source>{n} premises with a location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="148" />
            <source>{n} denominator units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="162" />
            <source>Premises snapped by street code: {code}, by street name: {name}, not snapped: {none}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="182" />
            <source>{n} areas have fewer than {limit} units: their rate is suppressed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing/provider.py" line="20" />
            <source>Smart Municipality – Flemish base registers, sensors, vacancy and siting</source>
            <translation>Commune intelligente – registres de base flamands, capteurs, inoccupation et implantation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/batch.py" line="28" />
            <source>Choose a reference address layer, or allow the online address register (the addresses are then sent to the Flemish address register).</source>
            <translation>Choisissez une couche d’adresses de référence, ou autorisez le registre d’adresses en ligne (les adresses sont alors envoyées au registre d’adresses flamand).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="56" />
            <source>No column with addresses or street names was recognised in {source} (columns: {columns}); choose the address column, or the street and house-number columns.</source>
            <translation>Aucune colonne d’adresses ou de noms de rue n’a été reconnue dans {source} (colonnes : {columns}) ; choisissez la colonne des adresses, ou les colonnes de la rue et du numéro.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="63" />
            <source>{source} holds a spreadsheet formula instead of a value at {place} ({formula}); save the sheet with values only (paste as values) and try again.</source>
            <translation>{source} contient une formule au lieu d’une valeur à {place} ({formula}) ; enregistrez la feuille avec les valeurs seules (collage des valeurs) et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="69" />
            <source>The column '{column}' chosen for the {role} holds only numbers; choose the column with the street names.</source>
            <translation>La colonne '{column}' choisie pour {role} ne contient que des nombres ; choisissez la colonne des noms de rue.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="74" />
            <source>The street column '{column}' holds no house numbers and no house-number column was chosen; choose the house-number column.</source>
            <translation>La colonne de rue '{column}' ne contient pas de numéros et aucune colonne de numéros n’a été choisie ; choisissez la colonne des numéros.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="84" />
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/columns.py" line="84" />
            <source>street</source>
            <translation>rue</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="76" />
            <source>the layer</source>
            <translation>la couche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="78" />
            <location filename="../smart_municipality/sensors/files.py" line="182" />
            <source>{source} has no rows.</source>
            <translation>{source} n’a aucune ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="94" />
            <source>The reference layer</source>
            <translation>La couche de référence</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="96" />
            <source>The reference layer {name} is not a point layer; choose an address layer.</source>
            <translation>La couche de référence {name} n’est pas une couche de points ; choisissez une couche d’adresses.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="100" />
            <source>The reference layer {name} has no coordinate reference system; set it (EPSG:31370 for the address register) and try again.</source>
            <translation>La couche de référence {name} n’a pas de système de coordonnées de référence ; définissez-le (EPSG:31370 pour le registre d’adresses) et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="131" />
            <source>The reference layer {name} lacks the columns street and housenumber of the standard address schema; use an address layer made by this plugin.</source>
            <translation>La couche de référence {name} n’a pas les colonnes street et housenumber du schéma d’adresse standard ; utilisez une couche d’adresses créée par cette extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="150" />
            <source>The reference layer {name} says {wrong} but its coordinates are {right}; correct the layer's coordinate reference system and try again.</source>
            <translation>La couche de référence {name} indique {wrong}, mais ses coordonnées sont en {right} ; corrigez le système de coordonnées de référence de la couche et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="177" />
            <source>chosen by hand</source>
            <translation>choisi manuellement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="264" />
            <location filename="../smart_municipality/addresses/matcher.py" line="269" />
            <source>the postcode {postcode} and the place name {name} disagree</source>
            <translation>le code postal {postcode} et le nom de localité {name} ne concordent pas</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="276" />
            <source>the postcode {postcode} does not belong to {name}</source>
            <translation>le code postal {postcode} n’appartient pas à {name}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="280" />
            <source>the postcode {postcode} is not in the reference</source>
            <translation>le code postal {postcode} ne figure pas dans la référence</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="282" />
            <source>{place} is not a municipality of the reference</source>
            <translation>{place} n’est pas une commune de la référence</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="309" />
            <source>The reference layer lacks the column(s) {columns} of the standard address schema; use an address layer made by this plugin or rename its columns.</source>
            <translation>La couche de référence n’a pas la ou les colonnes {columns} du schéma d’adresse standard ; utilisez une couche d’adresses créée par cette extension ou renommez ses colonnes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="314" />
            <source>The reference layer holds no addresses.</source>
            <translation>La couche de référence ne contient aucune adresse.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="451" />
            <location filename="../smart_municipality/addresses/online.py" line="112" />
            <source>no street given</source>
            <translation>aucune rue indiquée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="465" />
            <source>several streets are spelled alike</source>
            <translation>plusieurs rues s’écrivent de façon similaire</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="474" />
            <source>street not found</source>
            <translation>rue introuvable</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="479" />
            <source>street not found; the nearest names differ too much</source>
            <translation>rue introuvable ; les noms les plus proches diffèrent trop</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="484" />
            <source>two or more streets are almost equally close</source>
            <translation>deux rues ou plus sont presque aussi proches</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="553" />
            <location filename="../smart_municipality/addresses/online.py" line="100" />
            <location filename="../smart_municipality/downloads.py" line="79" />
            <location filename="../smart_municipality/sensors/loaders.py" line="82" />
            <location filename="../smart_municipality/sources/status.py" line="98" />
            <location filename="../smart_municipality/sources/transport.py" line="232" />
            <location filename="../smart_municipality/vacancy/layer_io.py" line="236" />
            <location filename="../processing/algorithms/match_addresses.py" line="112" />
            <location filename="../processing/algorithms/sensors_common.py" line="168" />
            <location filename="../processing/algorithms/vacancy_common.py" line="122" />
            <source>Cancelled; nothing was written.</source>
            <translation>Annulé ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="588" />
            <location filename="../smart_municipality/addresses/online.py" line="114" />
            <source>no house number given</source>
            <translation>aucun numéro indiqué</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="590" />
            <location filename="../smart_municipality/addresses/online.py" line="116" />
            <source>the house number {number} is not understood</source>
            <translation>le numéro {number} n’est pas compris</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="607" />
            <location filename="../smart_municipality/addresses/online.py" line="184" />
            <source>several addresses fit equally well</source>
            <translation>plusieurs adresses conviennent aussi bien</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="613" />
            <source>registered under postcode {postcode}</source>
            <translation>enregistrée sous le code postal {postcode}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="616" />
            <source>first house number of the range</source>
            <translation>premier numéro de la plage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="619" />
            <location filename="../smart_municipality/addresses/online.py" line="188" />
            <source>box {box} is not in the register</source>
            <translation>la boîte {box} ne figure pas dans le registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="623" />
            <location filename="../smart_municipality/addresses/online.py" line="192" />
            <source>street spelled {spelling} in the register</source>
            <translation>rue orthographiée {spelling} dans le registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="681" />
            <location filename="../smart_municipality/addresses/online.py" line="178" />
            <source>the register has this house number only with box numbers</source>
            <translation>le registre n’a ce numéro qu’avec des numéros de boîte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="685" />
            <source>house number {number} not found in {street}</source>
            <translation>numéro {number} introuvable dans {street}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="141" />
            <source>The address register sent an unexpected answer to an address match; the service may have changed, try again later.</source>
            <translation>Le registre d’adresses a envoyé une réponse inattendue à une correspondance d’adresse ; le service a peut-être changé, réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="164" />
            <source>the register knows the street but not this house number</source>
            <translation>le registre connaît la rue, mais pas ce numéro</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="165" />
            <source>the register found no address</source>
            <translation>le registre n’a trouvé aucune adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="170" />
            <source>the register found no address with house number {number}</source>
            <translation>le registre n’a trouvé aucune adresse avec le numéro {number}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps.py" line="88" />
            <source>The base-map catalogue has an incomplete entry ({entry}); reinstall the plugin.</source>
            <translation>Le catalogue des fonds de plan contient une entrée incomplète ({entry}) ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps.py" line="91" />
            <source>The base-map catalogue entry {entry} has an unknown kind {kind}; reinstall the plugin.</source>
            <translation>L’entrée {entry} du catalogue des fonds de plan a un type inconnu {kind} ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps.py" line="94" />
            <source>The base-map catalogue entry {entry} names an unknown service {service}; reinstall the plugin.</source>
            <translation>L’entrée {entry} du catalogue des fonds de plan désigne un service inconnu {service} ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps.py" line="97" />
            <source>The base-map catalogue entry {entry} has no tile matrix set for its default CRS; reinstall the plugin.</source>
            <translation>L’entrée {entry} du catalogue des fonds de plan n’a pas de jeu de matrices de tuiles pour son SCR par défaut ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps.py" line="107" />
            <source>The base-map catalogue {path} cannot be read; reinstall the plugin.</source>
            <translation>Le catalogue des fonds de plan {path} est illisible ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps.py" line="115" />
            <source>The base-map catalogue lists an id twice; reinstall the plugin.</source>
            <translation>Le catalogue des fonds de plan contient deux fois le même identifiant ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps.py" line="210" />
            <source>The base map {title} could not be loaded from {service}; check the service status in the plugin settings.</source>
            <translation>Le fond de plan {title} n’a pas pu être chargé depuis {service} ; vérifiez l’état du service dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="100" />
            <source>Give a municipality: its name or its five-digit NIS code.</source>
            <translation>Indiquez une commune : son nom ou son code INS à cinq chiffres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="107" />
            <source>{code} is not a NIS code; a NIS code has five digits, e.g. 44021 for Gent.</source>
            <translation>{code} n’est pas un code INS ; un code INS a cinq chiffres, p. ex. 44021 pour Gand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="117" />
            <location filename="../smart_municipality/downloads.py" line="123" />
            <source>{name} matches several municipalities; give its NIS code instead.</source>
            <translation>{name} correspond à plusieurs communes ; indiquez plutôt son code INS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="124" />
            <source>No municipality is called {name}; check the spelling or give its five-digit NIS code.</source>
            <translation>Aucune commune ne s’appelle {name} ; vérifiez l’orthographe ou indiquez son code INS à cinq chiffres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="168" />
            <source>The extent is empty; draw or choose an area on the map.</source>
            <translation>L’emprise est vide ; dessinez ou choisissez une zone sur la carte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="170" />
            <source>The extent lies outside Flanders (in EPSG:31370 it is {extent}); check its coordinate reference system.</source>
            <translation>L’emprise se trouve hors de la Flandre (en EPSG:31370, elle vaut {extent}) ; vérifiez son système de coordonnées de référence.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="172" />
            <source>the extent</source>
            <translation>l’emprise</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="211" />
            <source>{service} sent coordinates in EPSG:{sniffed} labelled EPSG:{epsg}; nothing was written, try again later.</source>
            <translation>{service} a envoyé des coordonnées en EPSG:{sniffed} étiquetées EPSG:{epsg} ; rien n’a été écrit, réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="251" />
            <source>{layer}: {received} of {total} features received.</source>
            <translation>{layer} : {received} entités reçues sur {total}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="280" />
            <location filename="../processing/algorithms/download_grb.py" line="74" />
            <source>Choose one or more GRB layers to download.</source>
            <translation>Choisissez une ou plusieurs couches GRB à télécharger.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="287" />
            <source>Downloading GRB layer {layer} for {area}.</source>
            <translation>Téléchargement de la couche GRB {layer} pour {area}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="303" />
            <source> ({dropped} outside the municipality left out)</source>
            <translation> ({dropped} hors de la commune écartées)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="305" />
            <source>{layer}: {count} features written{kept}.</source>
            <translation>{layer} : {count} entités écrites{kept}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="444" />
            <source>Downloading the addresses of {municipality}.</source>
            <translation>Téléchargement des adresses de {municipality}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="457" />
            <source>Page {page}: {count} addresses listed.</source>
            <translation>Page {page} : {count} adresses listées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="459" />
            <source>The address register has no addresses for {municipality}; check the municipality.</source>
            <translation>Le registre d’adresses n’a aucune adresse pour {municipality} ; vérifiez la commune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="462" />
            <source>The list has no positions; fetching {count} address details.</source>
            <translation>La liste n’a pas de positions ; récupération de {count} détails d’adresse.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="469" />
            <source>{count} addresses were removed from the register during the download and are left out.</source>
            <translation>{count} adresses ont été supprimées du registre pendant le téléchargement et sont écartées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads.py" line="475" />
            <source>{count} addresses have no position and are written without geometry.</source>
            <translation>{count} adresses n’ont pas de position et sont écrites sans géométrie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geocoding.py" line="74" />
            <source>{metres} m</source>
            <translation>{metres} m</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geocoding.py" line="75" />
            <source>{km} km</source>
            <translation>{km} km</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geocoding.py" line="80" />
            <source>Addresses (pick on the map)</source>
            <translation>Adresses (désignées sur la carte)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geocoding.py" line="149" />
            <source>The address could not be added to the layer {layer}.</source>
            <translation>L’adresse n’a pas pu être ajoutée à la couche {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geopackage_writer.py" line="129" />
            <source>The output {path} is a folder; choose a file name ending in .gpkg.</source>
            <translation>La sortie {path} est un dossier ; choisissez un nom de fichier se terminant par .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geopackage_writer.py" line="136" />
            <source>Cannot write in the folder {folder}; choose another output file.</source>
            <translation>Impossible d’écrire dans le dossier {folder} ; choisissez un autre fichier de sortie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geopackage_writer.py" line="165" />
            <source>Cannot create the GeoPackage in {folder} ({reason}); check the free disk space and your rights on the folder.</source>
            <translation>Impossible de créer le GeoPackage dans {folder} ({reason}) ; vérifiez l’espace disque libre et vos droits sur le dossier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geopackage_writer.py" line="171" />
            <source>Writing layer {layer} to the GeoPackage failed ({reason}); check the free disk space.</source>
            <translation>L’écriture de la couche {layer} dans le GeoPackage a échoué ({reason}) ; vérifiez l’espace disque libre.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geopackage_writer.py" line="182" />
            <source>Nothing was downloaded, so no GeoPackage was written.</source>
            <translation>Rien n’a été téléchargé, aucun GeoPackage n’a donc été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/geopackage_writer.py" line="187" />
            <source>Cannot replace {path}; close it in other programs and try again.</source>
            <translation>Impossible de remplacer {path} ; fermez-le dans les autres programmes et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="33" />
            <location filename="../smart_municipality/plugin.py" line="61" />
            <source>Address search</source>
            <translation>Recherche d’adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="43" />
            <source>Street and number, municipality</source>
            <translation>Rue et numéro, commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="44" />
            <source>Type part of an address; suggestions appear when you pause.</source>
            <translation>Saisissez une partie d’une adresse ; des suggestions apparaissent lorsque vous faites une pause.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="59" />
            <source>Clear marker</source>
            <translation>Effacer le repère</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="115" />
            <location filename="../smart_municipality/gui/address_search.py" line="154" />
            <source>No address found for “{text}”.</source>
            <translation>Aucune adresse trouvée pour « {text} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="140" />
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="41" />
            <source>Choose a municipality</source>
            <translation>Choisir une commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="46" />
            <source>Name, deelgemeente, NIS code or postcode</source>
            <translation>Nom, section, code INS ou code postal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="54" />
            <source>Also add the GRB base map and the municipal boundaries</source>
            <translation>Ajouter aussi la carte de base GRB et les limites communales</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="56" />
            <source>Zoom to municipality</source>
            <translation>Zoomer sur la commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="97" />
            <source>{count} municipalities.</source>
            <translation>{count} communes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="99" />
            <source>No municipality matches “{text}”.</source>
            <translation>Aucune commune ne correspond à « {text} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="127" />
            <source>Zoomed to {name} ({nis}).</source>
            <translation>Zoom sur {name} ({nis}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="30" />
            <source>Nearest address</source>
            <translation>Adresse la plus proche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="39" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="40" />
            <source>Copy the address to the clipboard.</source>
            <translation>Copier l’adresse dans le presse-papiers.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="41" />
            <source>Add to layer</source>
            <translation>Ajouter à la couche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="42" />
            <source>Add the address as a point to the layer of picked addresses.</source>
            <translation>Ajouter l’adresse comme point à la couche des adresses désignées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="43" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="69" />
            <source>Looking for the nearest address…</source>
            <translation>Recherche de l’adresse la plus proche…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="79" />
            <source>{distance} from the point you clicked</source>
            <translation>à {distance} du point cliqué</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="87" />
            <source>No address</source>
            <translation>Aucune adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="96" />
            <source>Copied.</source>
            <translation>Copié.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="107" />
            <source>Added to the layer “{layer}”.</source>
            <translation>Ajoutée à la couche « {layer} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="156" />
            <source>No address was found near this point.</source>
            <translation>Aucune adresse n’a été trouvée près de ce point.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="34" />
            <source>Checking the Flemish services</source>
            <translation>Vérification des services flamands</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="64" />
            <source>Not checked yet.</source>
            <translation>Pas encore vérifié.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="89" />
            <source>Checking the services…</source>
            <translation>Vérification des services…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="115" />
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="120" />
            <source>{service}: answers ({milliseconds} ms).</source>
            <translation>{service} : répond ({milliseconds} ms).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="131" />
            <source>{failed} of {total} services do not answer as they should:</source>
            <translation>{failed} des {total} services ne répondent pas comme prévu :</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="134" />
            <source>All {total} services answer.</source>
            <translation>Les {total} services répondent tous.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="142" />
            <source>Smart Municipality – service status</source>
            <translation>Commune intelligente – état des services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/service_status.py" line="146" />
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="45" />
            <location filename="../smart_municipality/plugin.py" line="48" />
            <location filename="../smart_municipality/plugin.py" line="58" />
            <location filename="../smart_municipality/plugin.py" line="197" />
            <location filename="../processing/provider.py" line="17" />
            <source>Smart Municipality</source>
            <translation>Commune intelligente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="60" />
            <source>Service addresses</source>
            <translation>Adresses des services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="62" />
            <source>Services of the Flemish government move now and then. When one moves, enter its new address here; Reset brings back the address the plugin ships with.</source>
            <translation>Les services de l’Autorité flamande changent parfois d’adresse. Si l’un d’eux déménage, saisissez ici sa nouvelle adresse ; Réinitialiser rétablit l’adresse fournie avec l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="67" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="67" />
            <source>Address (URL)</source>
            <translation>Adresse (URL)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="78" />
            <source>Reset selected</source>
            <translation>Réinitialiser la sélection</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="80" />
            <source>Reset all</source>
            <translation>Tout réinitialiser</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="88" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="94" />
            <source>How long to wait for a service to answer before giving up.</source>
            <translation>Durée d’attente de la réponse d’un service avant d’abandonner.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="95" />
            <source>Timeout</source>
            <translation>Délai d’attente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="96" />
            <source>Proxy and authentication come from QGIS's own network settings.</source>
            <translation>Le proxy et l’authentification proviennent des paramètres réseau de QGIS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="101" />
            <source>Service status</source>
            <translation>État des services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="103" />
            <source>Check services</source>
            <translation>Vérifier les services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="129" />
            <source>Set by the environment variable {name}; change it there.</source>
            <translation>Défini par la variable d’environnement {name} ; modifiez-le à cet endroit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="133" />
            <source>Default: {url}</source>
            <translation>Par défaut : {url}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities.py" line="61" />
            <source>postcode</source>
            <translation>code postal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities.py" line="63" />
            <source>former municipality</source>
            <translation>ancienne commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities.py" line="109" />
            <source>The list of municipalities ({path}) is missing; reinstall the plugin.</source>
            <translation>La liste des communes ({path}) est manquante ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities.py" line="117" />
            <source>The list of municipalities ({path}) cannot be read; reinstall the plugin.</source>
            <translation>La liste des communes ({path}) est illisible ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities.py" line="198" />
            <source>The list of municipalities has no extent for {name}; reinstall the plugin.</source>
            <translation>La liste des communes ne contient pas d’emprise pour {name} ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="63" />
            <source>Find an address and zoom to it (Flemish geolocation service).</source>
            <translation>Rechercher une adresse et zoomer dessus (service de géolocalisation flamand).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="64" />
            <source>Pick an address on the map</source>
            <translation>Désigner une adresse sur la carte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="66" />
            <source>Click on the map to get the nearest address.</source>
            <translation>Cliquez sur la carte pour obtenir l’adresse la plus proche.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="67" />
            <source>Choose a municipality…</source>
            <translation>Choisir une commune…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="69" />
            <source>Zoom to a municipality by name, deelgemeente, NIS code or postcode.</source>
            <translation>Zoomer sur une commune par nom, section, code INS ou code postal.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="71" />
            <source>Base maps</source>
            <translation>Fonds de plan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="81" />
            <source>Service status…</source>
            <translation>État des services…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="83" />
            <source>Check whether the Flemish services the plugin uses answer.</source>
            <translation>Vérifier si les services flamands utilisés par l’extension répondent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="84" />
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="44" />
            <source>Unknown period '{period}'; use hour, day, week, month or year.</source>
            <translation>Période inconnue '{period}' ; utilisez hour, day, week, month ou year.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="87" />
            <source>The minimum data completeness must lie between 0 and 100 %.</source>
            <translation>La complétude minimale des données doit être comprise entre 0 et 100 %.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="89" />
            <source>The percentile must lie between 0 and 100.</source>
            <translation>Le percentile doit être compris entre 0 et 100.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="91" />
            <source>Exceedances are counted on readings or on daily means.</source>
            <translation>Les dépassements sont comptés sur les mesures ou sur les moyennes journalières.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="156" />
            <source>Grouping by sensor or area needs the sensor of each reading.</source>
            <translation>Le regroupement par capteur ou par zone nécessite le capteur de chaque mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="162" />
            <source>Choose the areas to aggregate over.</source>
            <translation>Choisissez les zones sur lesquelles agréger.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="164" />
            <source>Aggregate per sensor or per area.</source>
            <translation>Agréger par capteur ou par zone.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="113" />
            <source>'{part}' is not a mapping entry; write key=value with a key among: {keys}.</source>
            <translation>'{part}' n’est pas une entrée de correspondance ; écrivez clé=valeur avec une clé parmi : {keys}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="131" />
            <source>The mapping entry '{part}' has a value that is not a number.</source>
            <translation>L’entrée de correspondance '{part}' a une valeur qui n’est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="146" />
            <source>{name} holds {n} files; unpack it and choose the table.</source>
            <translation>{name} contient {n} fichiers ; décompressez-le et choisissez le tableau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="150" />
            <source>{name} is not a readable zip file.</source>
            <translation>{name} n’est pas un fichier zip lisible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="165" />
            <source>Column '{column}' holds '{value}' (row {row}), which is not a number; correct it or leave the cell empty.</source>
            <translation>La colonne '{column}' contient '{value}' (ligne {row}), qui n’est pas un nombre ; corrigez-le ou laissez la cellule vide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="178" />
            <source>Unknown layout '{layout}'; use long, wide_sensors or wide_hours.</source>
            <translation>Disposition inconnue '{layout}' ; utilisez long, wide_sensors ou wide_hours.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="182" />
            <source>The file</source>
            <translation>Le fichier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="195" />
            <source>The file has no column '{column}'; its columns are: {columns}.</source>
            <translation>Le fichier n’a pas de colonne '{column}' ; ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="198" />
            <source>Choose both an x (longitude) and a y (latitude) column, or neither.</source>
            <translation>Choisissez à la fois une colonne x (longitude) et une colonne y (latitude), ou aucune des deux.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="200" />
            <source>Choose the column(s) holding the readings.</source>
            <translation>Choisissez la ou les colonnes contenant les mesures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="202" />
            <source>Choose the time column, or give the period the readings cover.</source>
            <translation>Choisissez la colonne de temps, ou indiquez la période couverte par les mesures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="204" />
            <source>Duplicates must be 'error' or 'replicates'.</source>
            <translation>Les doublons doivent valoir 'error' ou 'replicates'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="211" />
            <source>The wide table has no sensor columns.</source>
            <translation>Le tableau large n’a pas de colonnes de capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="213" />
            <source>Choose the property the sensor columns hold (for example NO2).</source>
            <translation>Choisissez la grandeur contenue dans les colonnes de capteurs (par exemple NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="221" />
            <source>Choose the hour columns of the wide table (first = 00:00).</source>
            <translation>Choisissez les colonnes horaires du tableau large (la première = 00:00).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="223" />
            <source>Give one flag column per hour column, or none.</source>
            <translation>Indiquez une colonne d’indicateur par colonne horaire, ou aucune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="225" />
            <source>Choose the property the hour columns hold (for example NO2).</source>
            <translation>Choisissez la grandeur contenue dans les colonnes horaires (par exemple NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="255" />
            <source>period</source>
            <translation>période</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="263" />
            <source>Row {row} has no sensor in column '{column}'; fill it in or remove the row.</source>
            <translation>La ligne {row} n’a pas de capteur dans la colonne '{column}' ; complétez-la ou supprimez la ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="285" />
            <source>Say which property column '{column}' holds.</source>
            <translation>Indiquez quelle grandeur contient la colonne '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="289" />
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="319" />
            <source>The mapped value columns hold no readings.</source>
            <translation>Les colonnes de valeurs associées ne contiennent aucune mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="334" />
            <source>Sensor '{sensor}' has no position (row {row}); fill in x and y or remove the row. Nothing was imported.</source>
            <translation>Le capteur '{sensor}' n’a pas de position (ligne {row}) ; complétez x et y ou supprimez la ligne. Rien n’a été importé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="336" />
            <source>the sensors in the file</source>
            <translation>les capteurs du fichier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="347" />
            <source>the sensor</source>
            <translation>le capteur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="377" />
            <location filename="../smart_municipality/sensors/files.py" line="449" />
            <source>none (diffusion tube)</source>
            <translation>aucune (tube à diffusion)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="396" />
            <source>{n} rows at local times that do not exist (the clock skips an hour in spring) were left out.</source>
            <translation>{n} lignes à des heures locales inexistantes (l’horloge saute une heure au printemps) ont été écartées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="418" />
            <source>{name} is not an AirBase file (a date and 24 value/flag pairs per line).</source>
            <translation>{name} n’est pas un fichier AirBase (une date et 24 paires valeur/indicateur par ligne).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="421" />
            <source>{name} has {n} columns per line; an AirBase hourly file has 49 (a date and 24 value/flag pairs).</source>
            <translation>{name} a {n} colonnes par ligne ; un fichier horaire AirBase en a 49 (une date et 24 paires valeur/indicateur).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="434" />
            <source>The pollutant of {name} cannot be told from its name; choose the property.</source>
            <translation>Le polluant de {name} ne peut pas être déduit de son nom ; choisissez la grandeur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="464" />
            <source>The property of {name} cannot be told from its name; choose it (for example NO2).</source>
            <translation>La grandeur de {name} ne peut pas être déduite de son nom ; choisissez-la (par exemple NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="566" />
            <location filename="../smart_municipality/tables.py" line="87" />
            <source>The file {name} does not exist.</source>
            <translation>Le fichier {name} n’existe pas.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="572" />
            <source>{name} is not in a format the plugin knows; give a column mapping.</source>
            <translation>{name} n’est pas dans un format connu de l’extension ; indiquez une correspondance des colonnes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="575" />
            <source>Unknown file format '{preset}'.</source>
            <translation>Format de fichier inconnu '{preset}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="73" />
            <source>The coordinates of {what} are not in WGS84, Lambert 72 or Lambert 2008 within Belgium; check the x/y columns and their order.</source>
            <translation>Les coordonnées de {what} ne sont pas en WGS84, Lambert 72 ou Lambert 2008 à l’intérieur de la Belgique ; vérifiez les colonnes x/y et leur ordre.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="75" />
            <location filename="../smart_municipality/sensors/geo.py" line="79" />
            <location filename="../smart_municipality/sensors/geo.py" line="87" />
            <source>the sensors</source>
            <translation>les capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="78" />
            <source>The coordinates of {what} look like EPSG:{detected}, not EPSG:{given}; choose the right coordinate system.</source>
            <translation>Les coordonnées de {what} semblent être en EPSG:{detected} et non en EPSG:{given} ; choisissez le bon système de coordonnées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/geo.py" line="86" />
            <source>{n} positions of {what} lie outside Belgium in EPSG:{epsg}; check the coordinates and their order.</source>
            <translation>{n} positions de {what} se trouvent hors de Belgique en EPSG:{epsg} ; vérifiez les coordonnées et leur ordre.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="31" />
            <source>Leave-one-out cross-validation over {n} sensors: RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, bias {bias:+.2f} {unit}.</source>
            <translation>Validation croisée leave-one-out sur {n} capteurs : RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, biais {bias:+.2f} {unit}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="40" />
            <source>Interpolation needs at least two sensors with a position and a value.</source>
            <translation>L’interpolation nécessite au moins deux capteurs avec une position et une valeur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="49" />
            <source>The IDW power must be positive.</source>
            <translation>La puissance IDW doit être positive.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="82" />
            <source>Give an extent and a positive cell size for the surface.</source>
            <translation>Indiquez une emprise et une taille de cellule positive pour la surface.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="86" />
            <source>The surface would have {n} million cells; choose a larger cell size or a smaller extent.</source>
            <translation>La surface aurait {n} millions de cellules ; choisissez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="107" />
            <source>The surface cannot be written to {path}; check the folder.</source>
            <translation>La surface ne peut pas être écrite dans {path} ; vérifiez le dossier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="60" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="198" />
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="60" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="200" />
            <source>{n} min ago</source>
            <translation>il y a {n} min</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="60" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="202" />
            <source>{n} h ago</source>
            <translation>il y a {n} h</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="60" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="204" />
            <source>{n} days ago</source>
            <translation>il y a {n} jours</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="121" />
            <source>The store holds no sensors measuring {property}; load sensor data first.</source>
            <translation>Le stockage ne contient aucun capteur mesurant {property} ; chargez d’abord des données de capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="125" />
            <source>Sensors – {property}</source>
            <translation>Capteurs – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="175" />
            <source>no recent reading (older than {hours:g} h)</source>
            <translation>aucune mesure récente (plus de {hours:g} h)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="218" />
            <source>No {property} readings between {start} and {end}.</source>
            <translation>Aucune mesure de {property} entre {start} et {end}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="221" />
            <source>{n} readings are too many to animate; choose a shorter period.</source>
            <translation>{n} mesures, c’est trop pour une animation ; choisissez une période plus courte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="228" />
            <source>Readings – {property}</source>
            <translation>Mesures – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="47" />
            <source>{nis} is not a Flemish municipality the plugin knows; choose an area layer instead.</source>
            <translation>{nis} n’est pas une commune flamande connue de l’extension ; choisissez plutôt une couche de zones.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="91" />
            <source>The start of the period must lie before its end.</source>
            <translation>Le début de la période doit précéder sa fin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="140" />
            <source>{n} readings are not numbers (text, objects or arrays); they are kept as text and left out of charts and statistics.</source>
            <translation>{n} mesures ne sont pas des nombres (texte, objets ou tableaux) ; elles sont conservées comme texte et exclues des graphiques et des statistiques.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="176" />
            <source>Choose an area or give Telraam segment ids.</source>
            <translation>Choisissez une zone ou indiquez des identifiants de segments Telraam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="71" />
            <source>Sensor '{name}': {reason}</source>
            <translation>Capteur '{name}' : {reason}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="84" />
            <source>Some readings belong to no sensor of this import; the import was stopped and nothing was written.</source>
            <translation>Certaines mesures n’appartiennent à aucun capteur de cet import ; l’import a été arrêté et rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="91" />
            <source>{n} readings were converted to the standard unit of their property.</source>
            <translation>{n} mesures ont été converties dans l’unité standard de leur grandeur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="96" />
            <source>{n} readings that appeared twice were stored once.</source>
            <translation>{n} mesures présentes en double ont été enregistrées une seule fois.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="106" />
            <source>The sensor of datastream '{key}' is missing from this import; nothing was written.</source>
            <translation>Le capteur du flux de données '{key}' manque dans cet import ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="110" />
            <source>The datastream '{key}' is described twice in this import; nothing was written.</source>
            <translation>Le flux de données '{key}' est décrit deux fois dans cet import ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="119" />
            <source>'{property}' comes in several units ({units}) that cannot be converted into each other; import each unit as its own property or fix the units.</source>
            <translation>'{property}' est exprimé dans plusieurs unités ({units}) qui ne sont pas convertibles entre elles ; importez chaque unité comme une grandeur distincte ou corrigez les unités.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="138" />
            <source>Sensor '{name}' has {n} times with two different readings (first at {time}); remove the duplicates or check the time zone. Nothing was written.</source>
            <translation>Le capteur '{name}' a {n} instants avec deux mesures différentes (le premier à {time}) ; supprimez les doublons ou vérifiez le fuseau horaire. Rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="160" />
            <source>Most readings of '{name}' are negative, which a {property} value cannot be; check the column mapping. Nothing was written.</source>
            <translation>La plupart des mesures de '{name}' sont négatives, ce qu’une valeur de {property} ne peut pas être ; vérifiez la correspondance des colonnes. Rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="166" />
            <source>{n} negative readings (impossible for a concentration or a count) were kept but marked invalid; first: sensor '{name}'.</source>
            <translation>{n} mesures négatives (impossibles pour une concentration ou un comptage) ont été conservées mais marquées comme non valides ; première : capteur '{name}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="206" />
            <source>The unit '{unit}' of {property} is not known; use one of: {units}.</source>
            <translation>L’unité '{unit}' de {property} est inconnue ; utilisez l’une des unités suivantes : {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="217" />
            <source>{property} cannot be given in {unit}; use one of: {units}.</source>
            <translation>{property} ne peut pas être exprimé en {unit} ; utilisez l’une des unités suivantes : {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="264" />
            <source>all values</source>
            <translation>toutes les valeurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/register.py" line="56" />
            <source>Sensors that process personal data are shown at the centre of their 100 m grid cell; sensors the municipality marked as not public are not listed.</source>
            <translation>Les capteurs qui traitent des données personnelles sont affichés au centre de leur maille de 100 m ; les capteurs que la commune a marqués comme non publics ne sont pas listés.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="77" />
            <source>{obs} new readings stored ({skipped} already present), {things} new sensors, {streams} new datastreams.</source>
            <translation>{obs} nouvelles mesures enregistrées ({skipped} déjà présentes), {things} nouveaux capteurs, {streams} nouveaux flux de données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="93" />
            <source>Choose the municipality the sensors belong to.</source>
            <translation>Choisissez la commune à laquelle appartiennent les capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="63" />
            <source>Row {row} has no time in column '{column}'; fill it in or remove the row.</source>
            <translation>La ligne {row} n’a pas d’heure dans la colonne '{column}' ; complétez-la ou supprimez la ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="64" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="76" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="89" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="113" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="115" />
            <source>time</source>
            <translation>heure</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="75" />
            <source>The times in column '{column}' have no time zone; choose the zone they are in (UTC or Europe/Brussels).</source>
            <translation>Les heures de la colonne '{column}' n’ont pas de fuseau horaire ; choisissez leur fuseau (UTC ou Europe/Brussels).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="87" />
            <source>'{value}' in column '{column}' is not a date and time; use for example 2024-03-31 14:00 or 2024-03-31T14:00:00+02:00.</source>
            <translation>'{value}' dans la colonne '{column}' n’est pas une date et heure ; utilisez par exemple 2024-03-31 14:00 ou 2024-03-31T14:00:00+02:00.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="111" />
            <source>The local time {time} in column '{column}' does not exist in {zone} (the clock skips that hour in spring); check the zone of the times.</source>
            <translation>L’heure locale {time} de la colonne '{column}' n’existe pas dans {zone} (l’horloge saute cette heure au printemps) ; vérifiez le fuseau des heures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="114" />
            <source>The times in column '{column}' cannot be placed in {zone}; check the zone of the times.</source>
            <translation>Les heures de la colonne '{column}' ne peuvent pas être placées dans {zone} ; vérifiez le fuseau des heures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="205" />
            <source>{n} months ago</source>
            <translation>il y a {n} mois</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="103" />
            <source>The measurement file {} holds no measurements.</source>
            <translation>Le fichier de mesures {} ne contient aucune mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="110" />
            <source>The measurement file needs columns for the gateway id, RSSI and the position (lat/lon or x/y); found: {}.</source>
            <translation>Le fichier de mesures doit avoir des colonnes pour l’identifiant de la passerelle, le RSSI et la position (lat/lon ou x/y) ; trouvé : {}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="132" />
            <source>No row of the measurement file has a usable position.</source>
            <translation>Aucune ligne du fichier de mesures n’a de position utilisable.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="169" />
            <source>At least three measurements at different distances are needed to fit a path-loss exponent.</source>
            <translation>Il faut au moins trois mesures à des distances différentes pour ajuster un exposant d’affaiblissement de propagation.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="218" />
            <source>None of the gateway ids in the measurements matches a gateway of the gateways layer; check the id field (for example eui-… versus the gateway name).</source>
            <translation>Aucun identifiant de passerelle des mesures ne correspond à une passerelle de la couche des passerelles ; vérifiez le champ d’identifiant (par exemple eui-… ou le nom de la passerelle).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="231" />
            <source>At least three received measurements from known gateways are needed for a calibration.</source>
            <translation>Un calibrage nécessite au moins trois mesures reçues de passerelles connues.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="71" />
            <source>The frequency must lie between 30 and 6000 MHz (LoRaWAN in Europe uses 868 MHz).</source>
            <translation>La fréquence doit être comprise entre 30 et 6000 MHz (LoRaWAN utilise 868 MHz en Europe).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="73" />
            <source>The receiver height must be between 0 and 100 m above the ground.</source>
            <translation>La hauteur du récepteur doit être comprise entre 0 et 100 m au-dessus du sol.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="75" />
            <source>The spreading factor must be one of 7 to 12.</source>
            <translation>Le facteur d’étalement doit être compris entre 7 et 12.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="137" />
            <source>{n} {what} lie outside the terrain model or the chosen extent ({ids}); remove them or use a larger terrain model.</source>
            <translation>{n} {what} se trouvent hors du modèle de terrain ou de l’emprise choisie ({ids}) ; supprimez-les ou utilisez un modèle de terrain plus grand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="182" />
            <source>There are no gateways to compute the coverage of.</source>
            <translation>Il n’y a aucune passerelle dont calculer la couverture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="184" />
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="142" />
            <location filename="../processing/algorithms/radio_coverage.py" line="82" />
            <location filename="../processing/algorithms/radio_coverage.py" line="86" />
            <source>gateways</source>
            <translation>passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="191" />
            <location filename="../smart_municipality/siting/coverage.py" line="249" />
            <location filename="../processing/algorithms/radio_coverage.py" line="101" />
            <source>The coverage computation was cancelled.</source>
            <translation>Le calcul de couverture a été annulé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="240" />
            <source>candidate sites</source>
            <translation>sites candidats</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="274" />
            <source>The radius must be a positive number of metres.</source>
            <translation>Le rayon doit être un nombre positif de mètres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="48" />
            <source>The exact method needs SciPy 1.9 or newer (this QGIS has SciPy {}); use the greedy method, which reports how far from optimal it can be at most.</source>
            <translation>La méthode exacte nécessite SciPy 1.9 ou plus récent (ce QGIS a SciPy {}) ; utilisez la méthode gloutonne, qui indique de combien elle peut au plus s’écarter de l’optimum.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="71" />
            <location filename="../smart_municipality/siting/optimisation.py" line="588" />
            <source>The demand weights must be numbers of zero or more; fix the empty, negative or non-numeric values in the weight field.</source>
            <translation>Les poids de la demande doivent être des nombres positifs ou nuls ; corrigez les valeurs vides, négatives ou non numériques du champ de poids.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="74" />
            <source>There are no demand points.</source>
            <translation>Il n’y a aucun point de demande.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="76" />
            <source>All demand weights are zero, so there is nothing to cover; choose another weight field or none.</source>
            <translation>Tous les poids de la demande sont nuls, il n’y a donc rien à couvrir ; choisissez un autre champ de poids ou aucun.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="80" />
            <source>The candidate costs must be numbers of zero or more; fix the empty, negative or non-numeric values in the cost field.</source>
            <translation>Les coûts des candidats doivent être des nombres positifs ou nuls ; corrigez les valeurs vides, négatives ou non numériques du champ de coût.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="84" />
            <source>The redundancy must be 1, 2 or 3 gateways per demand point.</source>
            <translation>La redondance doit être de 1, 2 ou 3 passerelles par point de demande.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="169" />
            <location filename="../smart_municipality/siting/optimisation.py" line="606" />
            <source>The number of sites to choose must be at least 1.</source>
            <translation>Le nombre de sites à choisir doit être d’au moins 1.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="171" />
            <location filename="../smart_municipality/siting/optimisation.py" line="608" />
            <source>You ask for {k} new sites but there are only {free} candidates (besides the existing ones); lower the number or add candidates.</source>
            <translation>Vous demandez {k} nouveaux sites, mais il n’y a que {free} candidats (en plus des existants) ; réduisez le nombre ou ajoutez des candidats.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="417" />
            <location filename="../smart_municipality/siting/optimisation.py" line="543" />
            <location filename="../smart_municipality/siting/optimisation.py" line="757" />
            <source>The exact solver found no solution in the time limit; the greedy solution is shown.</source>
            <translation>Le solveur exact n’a trouvé aucune solution dans le temps imparti ; la solution gloutonne est affichée.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="427" />
            <location filename="../smart_municipality/siting/optimisation.py" line="555" />
            <location filename="../smart_municipality/siting/optimisation.py" line="769" />
            <source>Optimal.</source>
            <translation>Optimal.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="427" />
            <location filename="../smart_municipality/siting/optimisation.py" line="555" />
            <location filename="../smart_municipality/siting/optimisation.py" line="769" />
            <source>Time limit reached; best solution found so far.</source>
            <translation>Limite de temps atteinte ; meilleure solution trouvée jusqu’ici.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="454" />
            <source>The coverage target must be a share between 0 and 100 %.</source>
            <translation>L’objectif de couverture doit être une part comprise entre 0 et 100 %.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="458" />
            <source>The target of {t:.1f} % cannot be reached: even with every candidate only {r:.1f} % of the demand is covered; lower the target or add candidates.</source>
            <translation>L’objectif de {t:.1f} % ne peut pas être atteint : même avec tous les candidats, seuls {r:.1f} % de la demande sont couverts ; réduisez l’objectif ou ajoutez des candidats.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="565" />
            <source>{n} demand points have no candidate site within reach, so covering all of them is impossible; add candidates near them or use the maximum-coverage model (MCLP).</source>
            <translation>{n} points de demande n’ont aucun site candidat à portée, il est donc impossible de tous les couvrir ; ajoutez des candidats à proximité ou utilisez le modèle de couverture maximale (MCLP).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="591" />
            <source>All demand weights are zero, so there is nothing to serve; choose another weight field or none.</source>
            <translation>Tous les poids de la demande sont nuls, il n’y a donc rien à desservir ; choisissez un autre champ de poids ou aucun.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="738" />
            <source>The exact p-median model would have {v:,} variables, too many to solve here; use the greedy method (with its quality bound) or fewer demand points.</source>
            <translation>Le modèle p-médian exact aurait {v:,} variables, trop pour être résolu ici ; utilisez la méthode gloutonne (avec sa borne de qualité) ou moins de points de demande.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="172" />
            <source>The log-distance parameters are not usable: the exponent and the reference distance must be positive and PL(d0) a finite number of dB.</source>
            <translation>Les paramètres du modèle log-distance ne sont pas utilisables : l’exposant et la distance de référence doivent être positifs et PL(d0) un nombre fini de dB.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="211" />
            <source>This file is not a path-loss parameter set written by the calibration algorithm.</source>
            <translation>Ce fichier n’est pas un jeu de paramètres d’affaiblissement de propagation écrit par l’algorithme de calibrage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="228" />
            <source>The path-loss parameter set {} does not exist; run the calibration first or pick another file.</source>
            <translation>Le jeu de paramètres d’affaiblissement de propagation {} n’existe pas ; lancez d’abord le calibrage ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="244" />
            <source>Give the parameter set a name.</source>
            <translation>Donnez un nom au jeu de paramètres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="266" />
            <source>No calibrated parameter set is called '{}'; run the calibration or give the path of its .json file.</source>
            <translation>Aucun jeu de paramètres calibré ne s’appelle '{}' ; lancez le calibrage ou indiquez le chemin de son fichier .json.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="90" />
            <source>The cell size must be a positive number of metres.</source>
            <translation>La taille de cellule doit être un nombre positif de mètres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="238" />
            <location filename="../processing/algorithms/siting_common.py" line="356" />
            <source>The terrain model has no data in the area to compute; choose another extent or terrain model.</source>
            <translation>Le modèle de terrain n’a pas de données dans la zone à calculer ; choisissez une autre emprise ou un autre modèle de terrain.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="265" />
            <source>GDAL could not compute the viewshed for this transmitter.</source>
            <translation>GDAL n’a pas pu calculer la zone de visibilité de cet émetteur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="289" />
            <source>The raster {} cannot be read ({}).</source>
            <translation>Le raster {} est illisible ({}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="47" />
            <source>The address register sent an address whose position cannot be read; the service may have changed, try again later.</source>
            <translation>Le registre d’adresses a envoyé une adresse dont la position est illisible ; le service a peut-être changé, réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="49" />
            <source>The address register sent a position in an unknown coordinate system; the service may have changed, try again later.</source>
            <translation>Le registre d’adresses a envoyé une position dans un système de coordonnées inconnu ; le service a peut-être changé, réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="51" />
            <source>The address register sent an object without identifier; the service may have changed, try again later.</source>
            <translation>Le registre d’adresses a envoyé un objet sans identifiant ; le service a peut-être changé, réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="53" />
            <source>The address register sent an unreadable address detail; try again later.</source>
            <translation>Le registre d’adresses a envoyé un détail d’adresse illisible ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="87" />
            <source>The address register sent a position labelled EPSG:{declared} whose coordinates are EPSG:{sniffed}; nothing was changed, report this to Digitaal Vlaanderen.</source>
            <translation>Le registre d’adresses a envoyé une position étiquetée EPSG:{declared} dont les coordonnées sont en EPSG:{sniffed} ; rien n’a été modifié, signalez-le à Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="164" />
            <source>The address register sent an unexpected list of addresses; the service may have changed, check its address in the plugin settings.</source>
            <translation>Le registre d’adresses a envoyé une liste d’adresses inattendue ; le service a peut-être changé, vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="172" />
            <source>The address register sent an unexpected list of municipalities; the service may have changed, check its address in the plugin settings.</source>
            <translation>Le registre d’adresses a envoyé une liste de communes inattendue ; le service a peut-être changé, vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="194" />
            <location filename="../smart_municipality/sources/ogc_features.py" line="112" />
            <source>{service} keeps sending the same page; try again later.</source>
            <translation>{service} renvoie sans cesse la même page ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/basisregisters.py" line="198" />
            <source>{service} sent more pages than expected; try again later.</source>
            <translation>{service} a envoyé plus de pages que prévu ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/geolocation.py" line="65" />
            <source>The geolocation service sent an unexpected answer ({what}); the service may have changed, check its address in the plugin settings.</source>
            <translation>Le service de géolocalisation a envoyé une réponse inattendue ({what}) ; le service a peut-être changé, vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="53" />
            <source>{service} sent an unexpected list of collections; the service may have changed.</source>
            <translation>{service} a envoyé une liste de collections inattendue ; le service a peut-être changé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="54" />
            <source>GRB download (OGC API Features)</source>
            <translation>Téléchargement GRB (OGC API Features)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="67" />
            <source>fixed line</source>
            <translation>ligne fixe</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="68" />
            <source>official air-quality station</source>
            <translation>station officielle de mesure de la qualité de l’air</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="92" />
            <source>IRCEL-CELINE answered without time-series values.</source>
            <translation>IRCEL-CELINE a répondu sans valeurs de série temporelle.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="114" />
            <source>IRCEL-CELINE does not measure {property}.</source>
            <translation>IRCEL-CELINE ne mesure pas {property}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="125" />
            <source>IRCEL-CELINE answered something that is not a list of stations.</source>
            <translation>IRCEL-CELINE a répondu autre chose qu’une liste de stations.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/ogc_features.py" line="66" />
            <source>{service} sent an answer that is not a feature collection; the service may have changed, check its address in the plugin settings.</source>
            <translation>{service} a envoyé une réponse qui n’est pas une collection d’entités ; le service a peut-être changé, vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/ogc_features.py" line="116" />
            <source>{service} sent more pages than expected; choose a smaller area.</source>
            <translation>{service} a envoyé plus de pages que prévu ; choisissez une zone plus petite.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensor_community.py" line="67" />
            <source>citizen sensor ({kind})</source>
            <translation>capteur citoyen ({kind})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensor_community.py" line="69" />
            <location filename="../smart_municipality/sources/sensor_community.py" line="124" />
            <location filename="../smart_municipality/sources/telraam.py" line="89" />
            <location filename="../smart_municipality/sources/telraam.py" line="121" />
            <source>citizen</source>
            <translation>citoyen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensor_community.py" line="103" />
            <source>This is not a sensor.community archive file (a ';'-separated CSV with sensor_id, location, lat, lon and timestamp).</source>
            <translation>Ce n’est pas un fichier d’archive sensor.community (un CSV séparé par des ';' avec sensor_id, location, lat, lon et timestamp).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensor_community.py" line="112" />
            <source>This sensor.community archive file lacks the columns {columns}.</source>
            <translation>Il manque les colonnes {columns} à ce fichier d’archive sensor.community.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensor_community.py" line="167" />
            <source>{service} answered something that is not a list of sensors.</source>
            <translation>{service} a répondu autre chose qu’une liste de capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="167" />
            <source>The SensorThings server sent observations without a time; the server is not compatible.</source>
            <translation>Le serveur SensorThings a envoyé des observations sans heure ; le serveur n’est pas compatible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="192" />
            <source>'{url}' is not a web address; give the SensorThings service root, for example https://host/FROST-Server/v1.1.</source>
            <translation>'{url}' n’est pas une adresse web ; indiquez la racine du service SensorThings, par exemple https://host/FROST-Server/v1.1.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="195" />
            <source>SensorThings server {host}</source>
            <translation>Serveur SensorThings {host}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="207" />
            <source>{service} answered something that is not a SensorThings collection; check the service address.</source>
            <translation>{service} a répondu autre chose qu’une collection SensorThings ; vérifiez l’adresse du service.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="216" />
            <source>{service} keeps sending the same next page; the server's paging is broken.</source>
            <translation>{service} renvoie sans cesse la même page suivante ; la pagination du serveur est défectueuse.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="220" />
            <source>{service} sends more pages than can be read at once; narrow the time range or area.</source>
            <translation>{service} envoie plus de pages qu’il n’est possible d’en lire en une fois ; réduisez la période ou la zone.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/status.py" line="81" />
            <source>{service} answers, but not like the service it should be; check its address in the plugin settings.</source>
            <translation>{service} répond, mais pas comme le service attendu ; vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="54" />
            <source>Telraam needs an API key: store it in the QGIS authentication database (a Basic configuration with the key as password) and choose that configuration.</source>
            <translation>Telraam exige une clé API : enregistrez-la dans la base d’authentification de QGIS (une configuration Basic avec la clé comme mot de passe) et choisissez cette configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="59" />
            <source>The authentication configuration '{id}' cannot be read; check it in Settings › Options › Authentication.</source>
            <translation>La configuration d’authentification '{id}' est illisible ; vérifiez-la dans Préférences › Options › Authentification.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="68" />
            <source>The authentication configuration '{id}' holds no Telraam key (use a Basic configuration with the key as password).</source>
            <translation>La configuration d’authentification '{id}' ne contient pas de clé Telraam (utilisez une configuration Basic avec la clé comme mot de passe).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="108" />
            <source>This Telraam report lacks the column '{column}'.</source>
            <translation>Il manque la colonne '{column}' à ce rapport Telraam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="184" />
            <source>{service} answered without a traffic report.</source>
            <translation>{service} a répondu sans rapport de trafic.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="72" />
            <source>{service} sent an incomplete or unreadable answer; try again later.</source>
            <translation>{service} a envoyé une réponse incomplète ou illisible ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="149" />
            <source>{service} is busy and asks to wait {seconds} s; try again later.</source>
            <translation>{service} est occupé et demande d’attendre {seconds} s ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="209" />
            <source>{service} did not answer in time; check your connection or try again later.</source>
            <translation>{service} n’a pas répondu à temps ; vérifiez votre connexion ou réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="211" />
            <source>{service} cannot be reached; check your network or proxy settings, or the address in the plugin settings.</source>
            <translation>{service} est injoignable ; vérifiez vos paramètres réseau ou proxy, ou l’adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="216" />
            <source>{service} refused access (HTTP {status}); check the authentication configuration.</source>
            <translation>{service} a refusé l’accès (HTTP {status}) ; vérifiez la configuration d’authentification.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="218" />
            <source>{service} does not know this request (HTTP 404); the service may have moved: check its address in the plugin settings.</source>
            <translation>{service} ne connaît pas cette requête (HTTP 404) ; le service a peut-être déménagé : vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="221" />
            <source>{service} no longer offers this data (HTTP 410).</source>
            <translation>{service} ne propose plus ces données (HTTP 410).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="223" />
            <source>{service} is receiving too many requests (HTTP 429); try again in a few minutes.</source>
            <translation>{service} reçoit trop de requêtes (HTTP 429) ; réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="225" />
            <source>{service} has a problem of its own (HTTP {status}); try again later.</source>
            <translation>{service} rencontre un problème interne (HTTP {status}) ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="227" />
            <source>{service} rejected the request (HTTP {status}).</source>
            <translation>{service} a rejeté la requête (HTTP {status}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/vrbg.py" line="74" />
            <source>The boundary service (VRBG) has no municipality with NIS code {nis}; check the code or choose the municipality from the list.</source>
            <translation>Le service des limites (VRBG) n’a aucune commune avec le code INS {nis} ; vérifiez le code ou choisissez la commune dans la liste.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="93" />
            <source>unknown (edited outside the plugin)</source>
            <translation>inconnu (modifié en dehors de l’extension)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="194" />
            <source>The store {store} is closed; open it again.</source>
            <translation>Le stockage {store} est fermé ; ouvrez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="197" />
            <location filename="../smart_municipality/store/geopackage.py" line="502" />
            <location filename="../smart_municipality/store/postgis.py" line="459" />
            <source>{store} is read-only here; copy it to a folder you can write in, or ask for write access.</source>
            <translation>{store} est ici en lecture seule ; copiez-le dans un dossier où vous pouvez écrire, ou demandez un accès en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="207" />
            <source>The store has no table '{table}'.</source>
            <translation>Le stockage n’a pas de table '{table}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="225" />
            <source>{store} was written by a newer version of Smart Municipality (store version {found}, this plugin knows up to {known}); update the plugin to open it.</source>
            <translation>{store} a été écrit par une version plus récente de Commune intelligente (version de stockage {found}, cette extension connaît jusqu’à {known}) ; mettez l’extension à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="232" />
            <source>{store} must be upgraded for this plugin version but is read-only; ask for write access or use the plugin version that made it.</source>
            <translation>{store} doit être mis à niveau pour cette version de l’extension mais est en lecture seule ; demandez un accès en écriture ou utilisez la version de l’extension qui l’a créé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="269" />
            <source>You may not create the study tables in {store}; ask the database administrator to create them or to give you the right to.</source>
            <translation>Vous ne pouvez pas créer les tables d’étude dans {store} ; demandez à l’administrateur de la base de données de les créer ou de vous en donner le droit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="273" />
            <source>{store} needs an upgrade to store version {version} that only its owner may do; ask the database administrator to open it once with this plugin version.</source>
            <translation>{store} doit être mis à niveau vers la version de stockage {version}, ce que seul son propriétaire peut faire ; demandez à l’administrateur de la base de données de l’ouvrir une fois avec cette version de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="279" />
            <source> (a copy of the original is at {path})</source>
            <translation> (une copie de l’original se trouve dans {path})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="282" />
            <source>Upgrading {store} to store version {version} failed and was undone{backup}; report this to the plugin authors.</source>
            <translation>La mise à niveau de {store} vers la version de stockage {version} a échoué et a été annulée{backup} ; signalez-le aux auteurs de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="318" />
            <source>Cancelled; nothing was written to {store}.</source>
            <translation>Annulé ; rien n’a été écrit dans {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="345" />
            <source>{table} has no row versions; replace its rows instead.</source>
            <translation>{table} n’a pas de versions de lignes ; remplacez plutôt ses lignes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="347" />
            <source>Nothing to change.</source>
            <translation>Rien à modifier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="387" />
            <source>Say which records of {table} to delete.</source>
            <translation>Indiquez quels enregistrements de {table} supprimer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="404" />
            <source>Record {fid} of {table} no longer exists; someone deleted it.</source>
            <translation>L’enregistrement {fid} de {table} n’existe plus ; quelqu’un l’a supprimé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="409" />
            <source>Record {fid} of {table} was changed by {user} at {time} after you opened it; reload it and apply your change again.</source>
            <translation>L’enregistrement {fid} de {table} a été modifié par {user} à {time} après que vous l’avez ouvert ; rechargez-le et appliquez à nouveau votre modification.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="410" />
            <source>someone</source>
            <translation>quelqu’un</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="414" />
            <source>You may not change record {fid} of {table} in {store}; ask the administrator for editor rights for its municipality.</source>
            <translation>Vous ne pouvez pas modifier l’enregistrement {fid} de {table} dans {store} ; demandez à l’administrateur des droits d’édition pour sa commune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="427" />
            <source>Give a record of {table} by its fid or its key.</source>
            <translation>Indiquez un enregistrement de {table} par son fid ou sa clé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="432" />
            <source>{table} has no single record {key}.</source>
            <translation>{table} n’a pas d’enregistrement unique {key}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="445" />
            <source>Records cannot be filtered on column '{column}'.</source>
            <translation>Les enregistrements ne peuvent pas être filtrés sur la colonne '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="450" />
            <location filename="../smart_municipality/store/base.py" line="492" />
            <location filename="../smart_municipality/store/base.py" line="502" />
            <source>{table} has no column '{column}'.</source>
            <translation>{table} n’a pas de colonne '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="479" />
            <source>{table} is not split by municipality.</source>
            <translation>{table} n’est pas divisée par commune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="581" />
            <source>{table} has no natural key.</source>
            <translation>{table} n’a pas de clé naturelle.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="614" />
            <source>Counting per area needs a point table; {table} is not one.</source>
            <translation>Le comptage par zone nécessite une table de points ; {table} n’en est pas une.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="618" />
            <source>the areas</source>
            <translation>les zones</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="90" />
            <source>QGIS has no saved PostgreSQL connection '{name}'; create it in the Browser panel (PostgreSQL ▸ New Connection) or pick one of: {names}.</source>
            <translation>QGIS n’a pas de connexion PostgreSQL enregistrée '{name}' ; créez-la dans le panneau Explorateur (PostgreSQL ▸ Nouvelle connexion) ou choisissez-en une parmi : {names}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="141" />
            <source>The QGIS authentication configuration '{authcfg}' of connection '{name}' cannot be read; unlock the authentication database (master password) or correct the configuration.</source>
            <translation>La configuration d’authentification QGIS '{authcfg}' de la connexion '{name}' est illisible ; déverrouillez la base d’authentification (mot de passe principal) ou corrigez la configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/connections.py" line="147" />
            <source>The authentication configuration of connection '{name}' is of type {method}; use a 'Basic' (user name and password) configuration.</source>
            <translation>La configuration d’authentification de la connexion '{name}' est de type {method} ; utilisez une configuration 'Basic' (nom d’utilisateur et mot de passe).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="31" />
            <source>{source} and {target} have different tables; open both with the same plugin version.</source>
            <translation>{source} et {target} ont des tables différentes ; ouvrez-les tous deux avec la même version de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="41" />
            <source>{target} already holds data ({table}: {count} records); choose an empty store or let the copy replace its data.</source>
            <translation>{target} contient déjà des données ({table} : {count} enregistrements) ; choisissez un stockage vide ou laissez la copie remplacer ses données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="58" />
            <source>Cancelled; nothing was copied to {store}.</source>
            <translation>Annulé ; rien n’a été copié dans {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="79" />
            <source>The copy of {table} into {target} has {found} records instead of {expected}; nothing was copied.</source>
            <translation>La copie de {table} dans {target} a {found} enregistrements au lieu de {expected} ; rien n’a été copié.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="93" />
            <source>The source and the target are the same store; choose another target.</source>
            <translation>La source et la cible sont le même stockage ; choisissez une autre cible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="98" />
            <location filename="../smart_municipality/store/geopackage.py" line="197" />
            <source>The folder {folder} does not exist; choose an existing folder for the GeoPackage.</source>
            <translation>Le dossier {folder} n’existe pas ; choisissez un dossier existant pour le GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="183" />
            <source>The GeoPackage {path} does not exist; check the path.</source>
            <translation>Le GeoPackage {path} n’existe pas ; vérifiez le chemin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="208" />
            <source>{store} could not be created; check that the folder is writable.</source>
            <translation>{store} n’a pas pu être créé ; vérifiez que le dossier est accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="211" />
            <source>{store} could not be created ({reason}); check that the folder is writable.</source>
            <translation>{store} n’a pas pu être créé ({reason}) ; vérifiez que le dossier est accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="246" />
            <source>{path} is not a GeoPackage (not an SQLite database); choose a .gpkg file.</source>
            <translation>{path} n’est pas un GeoPackage (ce n’est pas une base SQLite) ; choisissez un fichier .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="253" />
            <source>{path} is an SQLite database but not a GeoPackage; choose a .gpkg file.</source>
            <translation>{path} est une base SQLite mais pas un GeoPackage ; choisissez un fichier .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="329" />
            <source>{store} needs an upgrade, but a backup copy could not be written next to it; nothing was changed. Free some space or make the folder writable.</source>
            <translation>{store} doit être mis à niveau, mais aucune copie de sauvegarde n’a pu être écrite à côté ; rien n’a été modifié. Libérez de l’espace ou rendez le dossier accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="499" />
            <source>The disk holding {store} is full; nothing was saved. Free some space and try again.</source>
            <translation>Le disque contenant {store} est plein ; rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="505" />
            <location filename="../smart_municipality/store/postgis.py" line="465" />
            <source>{store} is busy: someone else is writing to it; try again in a moment.</source>
            <translation>{store} est occupé : quelqu’un d’autre y écrit ; réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="508" />
            <source>{store} could not be written (disk error); nothing was saved. Check the disk or the network share.</source>
            <translation>{store} n’a pas pu être écrit (erreur de disque) ; rien n’a été enregistré. Vérifiez le disque ou le partage réseau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="511" />
            <source>{store} is damaged; restore it from a backup.</source>
            <translation>{store} est endommagé ; restaurez-le à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="514" />
            <location filename="../smart_municipality/store/postgis.py" line="468" />
            <source>Some records already exist in {table} (same key); nothing was saved.</source>
            <translation>Certains enregistrements existent déjà dans {table} (même clé) ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="517" />
            <location filename="../smart_municipality/store/postgis.py" line="471" />
            <source>Some records of {table} refer to records that do not exist; nothing was saved.</source>
            <translation>Certains enregistrements de {table} renvoient à des enregistrements inexistants ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="520" />
            <location filename="../smart_municipality/store/postgis.py" line="474" />
            <source>Some records of {table} miss a required value; nothing was saved.</source>
            <translation>Il manque une valeur obligatoire à certains enregistrements de {table} ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="523" />
            <location filename="../smart_municipality/store/postgis.py" line="477" />
            <source>Some values for {table} are not allowed (for example a NIS code that is not five digits); nothing was saved.</source>
            <translation>Certaines valeurs destinées à {table} ne sont pas autorisées (par exemple un code INS qui n’a pas cinq chiffres) ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="74" />
            <source>There is no study in schema {schema} of connection {name}; check the name.</source>
            <translation>Il n’y a pas d’étude dans le schéma {schema} de la connexion {name} ; vérifiez le nom.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="93" />
            <source>PostgreSQL refused the login of connection {name}; check the user name and the password in its QGIS authentication configuration.</source>
            <translation>PostgreSQL a refusé la connexion {name} ; vérifiez le nom d’utilisateur et le mot de passe dans sa configuration d’authentification QGIS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="96" />
            <source>The database of connection {name} does not exist; check the connection settings.</source>
            <translation>La base de données de la connexion {name} n’existe pas ; vérifiez les paramètres de la connexion.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="98" />
            <source>Cannot reach the PostgreSQL server of connection {name}; check that it is running and that the connection settings are right.</source>
            <translation>Impossible de joindre le serveur PostgreSQL de la connexion {name} ; vérifiez qu’il fonctionne et que les paramètres de la connexion sont corrects.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="114" />
            <source>The database of connection {name} has no PostGIS extension; ask its administrator to run CREATE EXTENSION postgis in it.</source>
            <translation>La base de données de la connexion {name} n’a pas l’extension PostGIS ; demandez à son administrateur d’y exécuter CREATE EXTENSION postgis.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="125" />
            <source>The connection to {store} was lost; nothing of this change was saved. Check the network or the server and try again.</source>
            <translation>La connexion à {store} a été perdue ; rien de cette modification n’a été enregistré. Vérifiez le réseau ou le serveur et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="456" />
            <source>{store} refused the change: you have no editor rights for it or for this municipality; ask the database administrator.</source>
            <translation>{store} a refusé la modification : vous n’avez pas de droits d’édition sur celui-ci ou pour cette commune ; adressez-vous à l’administrateur de la base de données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="462" />
            <source>The disk of the database server of {store} is full; nothing was saved. Ask the administrator to free space.</source>
            <translation>Le disque du serveur de base de données de {store} est plein ; rien n’a été enregistré. Demandez à l’administrateur de libérer de l’espace.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="480" />
            <source>Some values for {table} are not valid for the database; nothing was saved.</source>
            <translation>Certaines valeurs destinées à {table} ne sont pas valides pour la base de données ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="483" />
            <source>The study tables in {store} are missing; open the store again to recreate them, or check the schema name.</source>
            <translation>Les tables d’étude de {store} sont manquantes ; ouvrez à nouveau le stockage pour les recréer, ou vérifiez le nom du schéma.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/uri.py" line="56" />
            <source>'{text}' is neither a GeoPackage file (*.gpkg) nor a PostGIS store (pg:&lt;saved connection&gt;?schema=&lt;schema&gt;); choose one of the two.</source>
            <translation>'{text}' n’est ni un fichier GeoPackage (*.gpkg) ni un stockage PostGIS (pg:&lt;connexion enregistrée&gt;?schema=&lt;schéma&gt;) ; choisissez l’un des deux.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/uri.py" line="69" />
            <source>The schema name '{schema}' is not usable; use lower-case letters, digits and underscores only.</source>
            <translation>Le nom de schéma '{schema}' n’est pas utilisable ; utilisez uniquement des minuscules, des chiffres et des tirets bas.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="53" />
            <source>Column '{column}' of {table} holds values that are not {kind} (for example {example}); correct them and import again.</source>
            <translation>La colonne '{column}' de {table} contient des valeurs incorrectes, par exemple {example} (attendu : {kind}) ; corrigez-les et importez à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="73" />
            <source>Rows for {table} must be records with column names.</source>
            <translation>Les lignes destinées à {table} doivent être des enregistrements avec des noms de colonnes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="82" />
            <source>{table} has no column(s) {columns}; check the column names and import again.</source>
            <translation>{table} n’a pas de colonne(s) {columns} ; vérifiez les noms de colonnes et importez à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="89" />
            <source>The column(s) {columns} are managed by the store and cannot be written.</source>
            <translation>La ou les colonnes {columns} sont gérées par le stockage et ne peuvent pas être écrites.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="99" />
            <source>{table} needs the column(s) {columns}; add them and import again.</source>
            <translation>{table} a besoin de la ou des colonnes {columns} ; ajoutez-les et importez à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="117" />
            <source>Column '{column}' of {table} is empty in some rows; every row needs a value.</source>
            <translation>La colonne '{column}' de {table} est vide dans certaines lignes ; chaque ligne doit avoir une valeur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="124" />
            <source>five-digit NIS codes</source>
            <translation>codes INS à cinq chiffres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="135" />
            <source>numbers</source>
            <translation>nombres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="172" />
            <location filename="../smart_municipality/store/values.py" line="179" />
            <location filename="../smart_municipality/store/values.py" line="180" />
            <source>whole numbers</source>
            <translation>nombres entiers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="195" />
            <location filename="../smart_municipality/store/values.py" line="203" />
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="214" />
            <source>true/false values</source>
            <translation>valeurs vrai/faux</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="229" />
            <source>dates</source>
            <translation>dates</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="238" />
            <source>dates (YYYY-MM-DD)</source>
            <translation>dates (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="245" />
            <source>times with a time zone (UTC or an offset)</source>
            <translation>heures avec un fuseau horaire (UTC ou un décalage)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="280" />
            <source>Column '{column}' of {table} holds times without a time zone (for example {example}); give them in UTC or with an offset.</source>
            <translation>La colonne '{column}' de {table} contient des heures sans fuseau horaire (par exemple {example}) ; indiquez-les en UTC ou avec un décalage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="294" />
            <location filename="../smart_municipality/store/values.py" line="298" />
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="329" />
            <source>geometries</source>
            <translation>géométries</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="335" />
            <source>{table} takes {expected} geometries, not {found}; convert them first.</source>
            <translation>{table} accepte des géométries {expected}, pas {found} ; convertissez-les d’abord.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="364" />
            <source>another coordinate system</source>
            <translation>un autre système de coordonnées</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="366" />
            <source>The geometries for {table} look like {looks}, not Belgian Lambert 72 (EPSG:31370); reproject them to EPSG:31370 first.</source>
            <translation>Les géométries destinées à {table} semblent être en {looks}, et non en Lambert belge 72 (EPSG:31370) ; reprojetez-les d’abord en EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="65" />
            <source>The column '{column}' is not in {source}; its columns are: {columns}.</source>
            <translation>La colonne '{column}' ne figure pas dans {source} ; ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="76" />
            <location filename="../smart_municipality/tables.py" line="275" />
            <location filename="../smart_municipality/tables.py" line="295" />
            <source>row {n}</source>
            <translation>ligne {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="76" />
            <location filename="../smart_municipality/tables.py" line="249" />
            <location filename="../smart_municipality/tables.py" line="275" />
            <location filename="../smart_municipality/tables.py" line="295" />
            <source>line {n}</source>
            <translation>ligne {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="78" />
            <location filename="../smart_municipality/tables.py" line="296" />
            <source>{place}, column '{column}'</source>
            <translation>{place}, colonne '{column}'</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="92" />
            <source>{name} is an old Excel (.xls) or OpenDocument (.ods) file; save it as .xlsx or CSV and try again.</source>
            <translation>{name} est un ancien fichier Excel (.xls) ou OpenDocument (.ods) ; enregistrez-le au format .xlsx ou CSV et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="122" />
            <location filename="../smart_municipality/tables.py" line="266" />
            <location filename="../smart_municipality/tables.py" line="361" />
            <source>{source} is empty.</source>
            <translation>{source} est vide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="147" />
            <source>{source} is not a text file (it holds binary data); export the table as CSV or XLSX and try again.</source>
            <translation>{source} n’est pas un fichier texte (il contient des données binaires) ; exportez le tableau en CSV ou XLSX et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="235" />
            <source>{source} mixes two text encodings (UTF-8 and another, from line {line} on); save the whole file again as UTF-8 and try again.</source>
            <translation>{source} mélange deux encodages de texte (UTF-8 et un autre, à partir de la ligne {line}) ; enregistrez à nouveau tout le fichier en UTF-8 et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="250" />
            <source>{source} cannot be read as a table at line {line} ({problem}); check the quotes and save the file again.</source>
            <translation>{source} ne peut pas être lu comme un tableau à la ligne {line} ({problem}) ; vérifiez les guillemets et enregistrez à nouveau le fichier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="256" />
            <source>{source} has a cell of more than {limit} characters at {place}; an unclosed quote (") probably swallowed the lines after it: correct the file and try again.</source>
            <translation>{source} contient une cellule de plus de {limit} caractères à {place} ; un guillemet non fermé (") a probablement englobé les lignes suivantes : corrigez le fichier et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="276" />
            <source>{source} has more values at {place} than column names in its header; a value probably contains the separator without quotes, or a column name is missing.</source>
            <translation>{source} contient à {place} plus de valeurs que de noms de colonnes dans son en-tête ; une valeur contient probablement le séparateur sans guillemets, ou un nom de colonne manque.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="284" />
            <source>{source} has two columns named '{name}' (columns {first} and {second}); rename one and try again.</source>
            <translation>{source} a deux colonnes nommées '{name}' (colonnes {first} et {second}) ; renommez-en une et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="288" />
            <source>{source} has column names but no rows.</source>
            <translation>{source} a des noms de colonnes mais aucune ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="308" />
            <source>Reading Excel files needs the Python package openpyxl; save the sheet as CSV or install openpyxl.</source>
            <translation>La lecture des fichiers Excel nécessite le paquet Python openpyxl ; enregistrez la feuille en CSV ou installez openpyxl.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="313" />
            <source>{name} is not a readable Excel workbook; open it in Excel or LibreOffice, save it as .xlsx again and try again.</source>
            <translation>{name} n’est pas un classeur Excel lisible ; ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau au format .xlsx et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="355" />
            <source>{name} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
            <translation>{name} n’a pas de feuille '{sheet}' ; ses feuilles sont : {sheets}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/tables.py" line="363" />
            <source>{name} has several sheets with data ({sheets}); choose the sheet to read.</source>
            <translation>{name} contient plusieurs feuilles avec des données ({sheets}) ; choisissez la feuille à lire.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="66" />
            <source>The layer {layer} has no field {fields}; choose the right layer or field.</source>
            <translation>La couche {layer} n’a pas de champ {fields} ; choisissez la bonne couche ou le bon champ.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="69" />
            <source>The layer {layer} has no coordinate reference system; set it (EPSG:31370 for GRB and the address register) and try again.</source>
            <translation>La couche {layer} n’a pas de système de coordonnées de référence ; définissez-le (EPSG:31370 pour le GRB et le registre d’adresses) et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="92" />
            <source>The coordinates of {layer} do not lie in Belgium in its coordinate reference system {crs} (x around {x:.0f}); set the layer's real CRS (Lambert 2008 is EPSG:3812) and try again.</source>
            <translation>Les coordonnées de {layer} ne se trouvent pas en Belgique dans son système de coordonnées de référence {crs} (x autour de {x:.0f}) ; définissez le SCR réel de la couche (Lambert 2008 est EPSG:3812) et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="92" />
            <source>The export would contain the column(s) {columns}, which may hold personal or tax data; nothing was written.</source>
            <translation>L’export contiendrait la ou les colonnes {columns}, qui peuvent contenir des données personnelles ou fiscales ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="100" />
            <source>The indicators layer lacks {fields}; use the output of Vacancy indicators per area.</source>
            <translation>Il manque {fields} à la couche des indicateurs ; utilisez la sortie de Indicateurs d’inoccupation par zone.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="121" />
            <source>Unknown property type(s) {types}; choose from {known}.</source>
            <translation>Type(s) de bien inconnu(s) {types} ; choisissez parmi {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="326" />
            <source>Unknown format {format}; choose GeoJSON, CSV or GeoPackage.</source>
            <translation>Format inconnu {format} ; choisissez GeoJSON, CSV ou GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="71" />
            <source>{rows} rows: {new} new dossiers, {changed} changed ({status} status changes, {removed} removed), {unchanged} unchanged, {rejected} rejected, {unplaced} without location.</source>
            <translation>{rows} lignes : {new} nouveaux dossiers, {changed} modifiés ({status} changements de statut, {removed} radiés), {unchanged} inchangés, {rejected} rejetés, {unplaced} sans localisation.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="200" />
            <source>the municipality is unknown (no matched address, Gemeente or Postcode); give the NIS code</source>
            <translation>la commune est inconnue (aucune adresse appariée, Gemeente ou Postcode) ; indiquez le code INS</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="207" />
            <source>No dossier of the export could be read; see the rejected rows for the reasons.</source>
            <translation>Aucun dossier de l’export n’a pu être lu ; consultez les lignes rejetées pour en connaître les raisons.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="246" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="144" />
            <source>Cancelled; the register was left as it was.</source>
            <translation>Annulé ; le registre est resté tel quel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="274" />
            <source>This export is dated {date}, older than the last one imported ({last}); importing it would undo newer changes. Import the newest export, or allow older exports explicitly.</source>
            <translation>Cet export est daté du {date}, plus ancien que le dernier importé ({last}) ; l’importer annulerait des modifications plus récentes. Importez l’export le plus récent, ou autorisez explicitement les exports plus anciens.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="367" />
            <source>Entered in the register with status {status}.</source>
            <translation>Inscrit au registre avec le statut {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="368" />
            <source>Recorded with status {status}.</source>
            <translation>Enregistré avec le statut {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="372" />
            <source>Removed from the register (schrapping).</source>
            <translation>Radié du registre (schrapping).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="375" />
            <source>Deleted from the store.</source>
            <translation>Supprimé du stockage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="381" />
            <source>Removed from the register (schrapping); status was {old}.</source>
            <translation>Radié du registre (schrapping) ; le statut était {old}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="383" />
            <source>Back in the register with status {new}.</source>
            <translation>De retour au registre avec le statut {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="385" />
            <source>Status changed from {old} to {new}.</source>
            <translation>Statut modifié de {old} à {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="392" />
            <source>Changed: {fields}.</source>
            <translation>Modifié : {fields}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="56" />
            <source>{accepted} dossiers read, {rejected} rows rejected.</source>
            <translation>{accepted} dossiers lus, {rejected} lignes rejetées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="66" />
            <source>'{role}' is not a column role of the vacancy import; use one of: {roles}.</source>
            <translation>'{role}' n’est pas un rôle de colonne de l’import d’inoccupation ; utilisez l’un des suivants : {roles}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="69" />
            <source>The column '{column}' given for {role} is not in the file; its columns are: {columns}.</source>
            <translation>La colonne '{column}' indiquée pour {role} ne figure pas dans le fichier ; ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="74" />
            <source>The file has no column for {roles}; name the columns in the column mapping (for example dossiernummer=Dossier nr).</source>
            <translation>Le fichier n’a pas de colonne pour {roles} ; nommez les colonnes dans la correspondance des colonnes (par exemple dossiernummer=Dossier nr).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="134" />
            <source>no dossier number</source>
            <translation>aucun numéro de dossier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="142" />
            <source>unknown status '{status}': add it to the status mapping (for example '{status}=opgenomen')</source>
            <translation>statut inconnu '{status}' : ajoutez-le à la correspondance des statuts (par exemple '{status}=opgenomen')</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="144" />
            <source>no status</source>
            <translation>aucun statut</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="150" />
            <source>the entry date '{value}' is not a date (use dd/mm/yyyy)</source>
            <translation>la date d’inscription '{value}' n’est pas une date (utilisez jj/mm/aaaa)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="153" />
            <source>the entry date {date} lies after the export date {export}</source>
            <translation>la date d’inscription {date} est postérieure à la date d’export {export}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="156" />
            <source>registered without entry date (DatumOpname)</source>
            <translation>enregistré sans date d’inscription (DatumOpname)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="163" />
            <source>{column} ignored (not a date or in the future)</source>
            <translation>{column} ignoré (pas une date ou dans le futur)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="171" />
            <source>property type not recognised</source>
            <translation>type de bien non reconnu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="190" />
            <source>the CapaKey '{key}' is malformed and there is no address</source>
            <translation>la CapaKey '{key}' est mal formée et il n’y a pas d’adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="191" />
            <source>no address and no parcel (CapaKey) to place the dossier on</source>
            <translation>aucune adresse ni parcelle (CapaKey) sur laquelle placer le dossier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="192" />
            <source>malformed CapaKey ignored</source>
            <translation>CapaKey mal formée ignorée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="193" />
            <source>short CapaKey, matched within the municipality's parcels</source>
            <translation>CapaKey courte, appariée parmi les parcelles de la commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="208" />
            <source>the same dossier id {id} as row {row}; only the first is read</source>
            <translation>le même identifiant de dossier {id} que la ligne {row} ; seul le premier est lu</translation>
        </message>
    </context>
</TS>
