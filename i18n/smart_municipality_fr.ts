<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
    <context>
        <name>SmartMunicipality</name>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="44" />
            <source>Aggregate sensor readings</source>
            <translation>Agréger les mesures des capteurs</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="45" />
            <source>Statistics of one property per sensor or per area (polygons), per hour, day, week, month or year (calendar periods in Belgian time; the clock-change days have 23 and 25 hours and are counted so).&lt;br&gt;Columns: number of valid readings and of expected readings, data completeness (%), mean, median, minimum, maximum, sum, a percentile and the number of exceedances of a threshold — of single readings (e.g. NO2 hours above 200 µg/m³) or of daily means (e.g. PM10 days above 50 µg/m³).&lt;br&gt;&lt;b&gt;EU rule&lt;/b&gt;: a period mean is only given when at least the minimum completeness (75 % by default) of the period holds valid readings; mean_raw keeps the unqualified mean. Readings marked invalid (Telraam uptime ≤ 0.5, AirBase flags, negative concentrations) never count.&lt;br&gt;Per area, the readings of every sensor inside the polygon are pooled; sensors outside every polygon are left out.</source>
            <translation>Statistiques d’une grandeur par capteur ou par zone (polygones), par heure, jour, semaine, mois ou année (périodes calendaires en heure belge ; les jours de changement d’heure ont 23 et 25 heures et sont comptés ainsi).&lt;br&gt;Colonnes : nombre de mesures valides et de mesures attendues, complétude des données (%), moyenne, médiane, minimum, maximum, somme, un percentile et le nombre de dépassements d’un seuil — de mesures individuelles (p. ex. heures de NO2 au-dessus de 200 µg/m³) ou de moyennes journalières (p. ex. jours de PM10 au-dessus de 50 µg/m³).&lt;br&gt;&lt;b&gt;Règle européenne&lt;/b&gt; : une moyenne de période n’est donnée que si au moins la complétude minimale (75 % par défaut) de la période contient des mesures valides ; mean_raw conserve la moyenne sans condition. Les mesures marquées non valides (disponibilité Telraam ≤ 0,5, indicateurs AirBase, concentrations négatives) ne comptent jamais.&lt;br&gt;Par zone, les mesures de tous les capteurs situés dans le polygone sont regroupées ; les capteurs hors de tout polygone sont écartés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="73" />
            <source>Per</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="73" />
            <source>sensor</source>
            <translation>capteur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="73" />
            <source>area</source>
            <translation>zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="76" />
            <source>Areas (for 'per area')</source>
            <translation>Zones (pour 'par zone')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="77" />
            <location filename="../processing/algorithms/site_sensors.py" line="83" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="137" />
            <source>Area name field</source>
            <translation>Champ du nom de la zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="82" />
            <source>Percentile</source>
            <translation>Percentile</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="84" />
            <source>Threshold for exceedances</source>
            <translation>Seuil de dépassement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="86" />
            <source>Count exceedances of</source>
            <translation>Compter les dépassements des</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="87" />
            <source>single readings</source>
            <translation>mesures individuelles</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="87" />
            <source>daily means</source>
            <translation>moyennes journalières</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="88" />
            <source>Minimum data completeness (%)</source>
            <translation>Complétude minimale des données (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="90" />
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="139" />
            <source>The store holds no {property} readings for this municipality and period.</source>
            <translation>Le stockage ne contient aucune mesure de {property} pour cette commune et cette période.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="143" />
            <source>{n} readings of {sensors} sensors.</source>
            <translation>{n} mesures de {sensors} capteurs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/aggregate_observations.py" line="168" />
            <source>Choose the area layer to aggregate per area.</source>
            <translation>Choisissez la couche de zones pour agréger par zone.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="56" />
            <source>Calibrate path loss from measurements</source>
            <translation>Calibrer l’affaiblissement de propagation sur des mesures</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="57" />
            <source>Fits the log-distance path-loss model PL(d) = PL(1 km) + 10·n·log(d/1 km) to measured uplinks (a TTN Mapper export or a field test: position, gateway id, RSSI, SNR), jointly and per gateway.&lt;br&gt;Measured path loss = EIRP + gain − cable loss − (RSSI + min(SNR, 0)). Rows with an empty RSSI or −200 dBm are packets that were not received; when there are such rows the fit is a censored (Tobit) maximum-likelihood fit, otherwise ordinary least squares.&lt;br&gt;Reports the RMSE of the chosen prior model and of the fit, and (with three gateways or more) the RMSE on each gateway left out of the fit. The fit is saved as a parameter set under its name (and optionally as a .json file) that 'Radio coverage' and 'Place gateways' accept.&lt;br&gt;Give the measurements either as a point layer in the gateways' CRS or as a CSV file (comma or semicolon, lat/lon in WGS84 or x/y in Lambert 72).</source>
            <translation>Ajuste le modèle d’affaiblissement de propagation log-distance PL(d) = PL(1 km) + 10·n·log(d/1 km) aux liaisons montantes mesurées (un export TTN Mapper ou un essai sur le terrain : position, identifiant de passerelle, RSSI, SNR), globalement et par passerelle.&lt;br&gt;Affaiblissement mesuré = PIRE + gain − pertes de câble − (RSSI + min(SNR, 0)). Les lignes avec un RSSI vide ou −200 dBm sont des paquets non reçus ; s’il y en a, l’ajustement est un maximum de vraisemblance censuré (Tobit), sinon des moindres carrés ordinaires.&lt;br&gt;Indique le RMSE du modèle a priori choisi et de l’ajustement, et (avec trois passerelles ou plus) le RMSE sur chaque passerelle laissée hors de l’ajustement. L’ajustement est enregistré comme jeu de paramètres sous son nom (et éventuellement comme fichier .json) accepté par 'Couverture radio' et 'Placer des passerelles'.&lt;br&gt;Indiquez les mesures soit comme couche de points dans le SCR des passerelles, soit comme fichier CSV (virgule ou point-virgule, lat/lon en WGS84 ou x/y en Lambert 72).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="90" />
            <source>Measurements (points)</source>
            <translation>Mesures (points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="93" />
            <source>Measurements (CSV file)</source>
            <translation>Mesures (fichier CSV)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="95" />
            <source>Gateway id field (empty: detect)</source>
            <translation>Champ de la passerelle (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="96" />
            <source>RSSI field (empty: detect)</source>
            <translation>Champ RSSI (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="97" />
            <source>SNR field (empty: detect)</source>
            <translation>Champ SNR (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="98" />
            <source>Spreading factor field (empty: detect)</source>
            <translation>Champ du facteur d’étalement (vide : détecter)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="101" />
            <location filename="../processing/algorithms/radio_coverage.py" line="56" />
            <source>Gateways</source>
            <translation>Passerelles</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="103" />
            <location filename="../processing/algorithms/radio_coverage.py" line="58" />
            <source>Gateway id field</source>
            <translation>Champ d’identifiant de passerelle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="106" />
            <location filename="../processing/algorithms/siting_common.py" line="173" />
            <source>Frequency (MHz)</source>
            <translation>Fréquence (MHz)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="109" />
            <source>Device height (m above ground)</source>
            <translation>Hauteur de l’appareil (m au-dessus du sol)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="112" />
            <source>Model to compare with (RMSE before)</source>
            <translation>Modèle de comparaison (RMSE avant)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="117" />
            <source>Receiver RSSI floor (dBm; empty = estimate from the data per spreading factor)</source>
            <translation>Plancher RSSI du récepteur (dBm ; vide = estimé à partir des mesures par facteur d'étalement)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="119" />
            <source>Also fit each gateway separately</source>
            <translation>Ajuster aussi chaque passerelle séparément</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="121" />
            <source>Least measurements for a gateway's own fit</source>
            <translation>Nombre minimal de mesures pour l’ajustement propre d’une passerelle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="123" />
            <source>Name of the parameter set</source>
            <translation>Nom du jeu de paramètres</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="124" />
            <source>Parameter set file</source>
            <translation>Fichier du jeu de paramètres</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="125" />
            <source>Parameter set (*.json)</source>
            <translation>Jeu de paramètres (*.json)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="127" />
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="213" />
            <source>Calibration per gateway</source>
            <translation>Calibrage par passerelle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="129" />
            <source>RMSE of the prior model (dB)</source>
            <translation>RMSE du modèle a priori (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="130" />
            <source>RMSE of the fit (dB)</source>
            <translation>RMSE de l’ajustement (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="131" />
            <source>RMSE on held-out gateways (dB)</source>
            <translation>RMSE sur les passerelles exclues (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="132" />
            <source>Saved parameter set</source>
            <translation>Jeu de paramètres enregistré</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="140" />
            <source>The measurements are in {} but the gateways in {}; reproject one of them so both use the same CRS.</source>
            <translation>Les mesures sont en {} mais les passerelles en {} ; reprojetez l’une des deux pour qu’elles utilisent le même SCR.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="148" />
            <source>Choose the gateway id and RSSI fields of the measurements; they could not be detected from the field names.</source>
            <translation>Choisissez les champs d’identifiant de passerelle et de RSSI des mesures ; ils n’ont pas pu être déduits des noms de champs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="183" />
            <source>Measurements read from a CSV file are in EPSG:31370; reproject the gateways to EPSG:31370 too.</source>
            <translation>Les mesures lues dans un fichier CSV sont en EPSG:31370 ; reprojetez aussi les passerelles en EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="186" />
            <source>Give the measurements as a point layer or as a CSV file.</source>
            <translation>Indiquez les mesures comme couche de points ou comme fichier CSV.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="187" />
            <source>{n} measurements, {r} received.</source>
            <translation>{n} mesures, {r} reçues.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="215" />
            <source>Joint fit: PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB; RMSE {b:.2f} dB with the prior model, {a:.2f} dB with the fit.</source>
            <translation>Ajustement global : PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB ; RMSE {b:.2f} dB avec le modèle a priori, {a:.2f} dB avec l’ajustement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="219" />
            <source>Saved as parameter set '{name}' ({path}); a fade margin of {m:.1f} dB gives 90 % location reliability.</source>
            <translation>Enregistré comme jeu de paramètres '{name}' ({path}) ; une marge d’évanouissement de {m:.1f} dB donne une fiabilité de localisation de 90 %.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="21" />
            <source>Compare traffic before and after</source>
            <translation>Comparer le trafic avant et après</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="22" />
            <source>Did a measure (a circulation plan, a school street) change the traffic more than the ordinary day-to-day variation? Two periods of the same counts (files or the study store) are compared per segment and mode.&lt;br&gt;Only days of the same type are compared: school-term weekdays with school-term weekdays (or weekend days with weekend days); school holidays and public holidays are left out unless you include the holidays.&lt;br&gt;Per mode: the average daily traffic before and after, the change in %, its 95 % confidence interval (a bootstrap over the days of each period, with a fixed seed so a rerun gives the same answer) and a verdict in words — 'fewer cars: −18 % ± 6 %' when the interval excludes zero, else 'no change beyond the usual variation'. A segment with fewer valid days than the minimum in a period is flagged, not guessed.&lt;br&gt;One feature per segment; the columns of each mode start with its name (car_change_pct, car_verdict, …).</source>
            <translation>Une mesure (un plan de circulation, une rue scolaire) a-t-elle changé le trafic plus que la variation ordinaire d'un jour à l'autre ? Deux périodes des mêmes comptages (fichiers ou stockage de l'étude) sont comparées par segment et par mode.&lt;br&gt;Seuls des jours du même type sont comparés : jours ouvrables scolaires avec jours ouvrables scolaires (ou jours de week-end avec jours de week-end) ; les congés scolaires et les jours fériés sont écartés, sauf si vous incluez les congés.&lt;br&gt;Par mode : le trafic journalier moyen avant et après, l'évolution en %, son intervalle de confiance à 95 % (un bootstrap sur les jours de chaque période, avec une graine fixe pour qu'une nouvelle exécution donne la même réponse) et un verdict en mots — « moins de voitures : −18 % ± 6 % » quand l'intervalle exclut zéro, sinon « pas de changement au-delà de la variation habituelle ». Un segment avec moins de jours valides que le minimum dans une période est signalé, pas deviné.&lt;br&gt;Une entité par segment ; les colonnes de chaque mode commencent par son nom (car_change_pct, car_verdict, …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="45" />
            <source>Before: first day</source>
            <translation>Avant : premier jour</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="45" />
            <source>Before: last day</source>
            <translation>Avant : dernier jour</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="46" />
            <source>After: first day</source>
            <translation>Après : premier jour</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="46" />
            <source>After: last day</source>
            <translation>Après : dernier jour</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="48" />
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="49" />
            <source>weekdays</source>
            <translation>jours ouvrables</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="49" />
            <source>weekend days</source>
            <translation>jours de week-end</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="51" />
            <source>Include school-holiday weekdays</source>
            <translation>Inclure les jours ouvrables des congés scolaires</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="52" />
            <source>Minimum valid days per period</source>
            <translation>Nombre minimal de jours valides par période</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="54" />
            <source>Before and after</source>
            <translation>Avant et après</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="76" />
            <source>{n} of {total} segments have too few valid days in a period and are flagged, not judged: {ids}.</source>
            <translation>{n} segments sur {total} ont trop peu de jours valides dans une période et sont signalés, non jugés : {ids}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_periods.py" line="82" />
            <source>Change before/after</source>
            <translation>Évolution avant/après</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="16" />
            <source>Copy a study between stores</source>
            <translation>Copier une étude entre stockages</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="17" />
            <source>Store</source>
            <translation>Stockage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="19" />
            <source>Copies a whole study from one store to another: from a GeoPackage to a PostGIS schema (to share it with a team, an intercommunale or the region) or back (to take it along). Every table is copied with all records, geometries, times, row versions and the complete change history. The target must be empty unless 'Replace the data in the target' is ticked; it is written in one transaction, so a failed or cancelled copy leaves it as it was. Stores are GeoPackage files or pg:&amp;lt;saved connection&amp;gt;?schema=&amp;lt;schema&amp;gt;.</source>
            <translation>Copie une étude complète d’un stockage à un autre : d’un GeoPackage vers un schéma PostGIS (pour la partager avec une équipe, une intercommunale ou la région) ou l’inverse (pour l’emporter). Chaque table est copiée avec tous ses enregistrements, géométries, heures, versions de lignes et l’historique complet des modifications. La cible doit être vide, sauf si 'Remplacer les données de la cible' est coché ; elle est écrite en une seule transaction, de sorte qu’une copie échouée ou annulée la laisse telle quelle. Les stockages sont des fichiers GeoPackage ou pg:&amp;lt;connexion enregistrée&amp;gt;?schema=&amp;lt;schéma&amp;gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="33" />
            <source>Source store</source>
            <translation>Stockage source</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="34" />
            <location filename="../processing/algorithms/copy_store.py" line="37" />
            <source>Target store</source>
            <translation>Stockage cible</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="35" />
            <source>Replace the data in the target</source>
            <translation>Remplacer les données de la cible</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="38" />
            <source>Records copied</source>
            <translation>Enregistrements copiés</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="46" />
            <source>Copying {source} to {target}</source>
            <translation>Copie de {source} vers {target}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/copy_store.py" line="49" />
            <source>{table}: {count} records</source>
            <translation>{table} : {count} enregistrements</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/device_register.py" line="24" />
            <source>A point layer citizens may see: every sensor of the study store with its type, what it measures, owner, operator, connectivity (LoRa, 4G, Wi-Fi, …), installation date, status and whether it processes personal data.&lt;br&gt;Sensors marked as not public are left out; sensors that process personal data (citizen sensors at home, cameras) are shown at the centre of their 100 m grid cell, so the register does not point at a private house. Contract references and internal notes are not part of the register.</source>
            <translation>Une couche de points que les citoyens peuvent voir : chaque capteur du stockage d’étude avec son type, ce qu’il mesure, son propriétaire, son exploitant, sa connectivité (LoRa, 4G, Wi-Fi, …), sa date d’installation, son statut et s’il traite des données personnelles.&lt;br&gt;Les capteurs marqués comme non publics sont écartés ; les capteurs qui traitent des données personnelles (capteurs citoyens à domicile, caméras) sont affichés au centre de leur maille de 100 m, afin que le registre ne désigne pas un logement privé. Les références de contrat et les notes internes ne font pas partie du registre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="20" />
            <source>Download addresses</source>
            <translation>Télécharger les adresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="21" />
            <location filename="../processing/algorithms/download_grb.py" line="19" />
            <source>Download</source>
            <translation>Téléchargement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="23" />
            <source>Downloads every address of a municipality from the Flemish address register (Adressenregister, basisregisters API) into layer &lt;i&gt;addresses&lt;/i&gt; of a GeoPackage: points in EPSG:31370 with the fields address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address and street_id. Positions the register publishes in Lambert 2008 (EPSG:3812) are reprojected.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code. The register is read 500 addresses per request; the download can be cancelled, and the GeoPackage is only written (or replaced) when everything has arrived.</source>
            <translation>Télécharge toutes les adresses d’une commune depuis le registre d’adresses flamand (Adressenregister, API basisregisters) dans la couche &lt;i&gt;addresses&lt;/i&gt; d’un GeoPackage : des points en EPSG:31370 avec les champs address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, position_spec, full_address et street_id. Les positions publiées par le registre en Lambert 2008 (EPSG:3812) sont reprojetées.&lt;br&gt;&lt;br&gt;&lt;b&gt;Commune&lt;/b&gt; : un nom ou un code INS à cinq chiffres. Le registre est lu par 500 adresses par requête ; le téléchargement peut être annulé, et le GeoPackage n’est écrit (ou remplacé) que lorsque tout est arrivé.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="37" />
            <location filename="../processing/algorithms/download_common.py" line="31" />
            <location filename="../processing/algorithms/publish_web_map.py" line="50" />
            <source>Municipality (name or NIS code)</source>
            <translation>Commune (nom ou code INS)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="39" />
            <source>Number of addresses</source>
            <translation>Nombre d’adresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_addresses.py" line="48" />
            <source>Addresses {municipality}</source>
            <translation>Adresses {municipality}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="33" />
            <location filename="../processing/algorithms/map_study.py" line="89" />
            <source>Or an extent</source>
            <translation>Ou une emprise</translation>
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
            <translation>Indiquez une commune ou une emprise, pas les deux.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_common.py" line="58" />
            <source>The extent has no coordinate reference system; choose it on the map or add it as [EPSG:31370].</source>
            <translation>L’emprise n’a pas de système de coordonnées de référence ; choisissez-la sur la carte ou ajoutez-le sous la forme [EPSG:31370].</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="18" />
            <source>Download GRB layers</source>
            <translation>Télécharger des couches GRB</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="21" />
            <source>Downloads layers of the GRB (Grootschalig Referentiebestand: buildings, parcels, road surfaces and more) from Digitaal Vlaanderen's OGC API Features service into one GeoPackage, one layer per GRB type, in EPSG:31370 with all attributes of the source, including the identifiers OIDN and UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: a name or a five-digit NIS code; features that intersect the municipality's boundary (from VRBG) are kept whole. Or give an &lt;b&gt;extent&lt;/b&gt; instead: everything that intersects it is kept.&lt;br&gt;The download runs page by page and can be cancelled; the GeoPackage is only written (or replaced) when everything has arrived, so a failure or a cancel leaves an existing file as it was.</source>
            <translation>Télécharge des couches du GRB (Grootschalig Referentiebestand : bâtiments, parcelles, chaussées et plus) depuis le service OGC API Features de Digitaal Vlaanderen dans un seul GeoPackage, une couche par type GRB, en EPSG:31370 avec tous les attributs de la source, y compris les identifiants OIDN et UIDN.&lt;br&gt;&lt;br&gt;&lt;b&gt;Commune&lt;/b&gt; : un nom ou un code INS à cinq chiffres ; les entités qui coupent la limite de la commune (issue de VRBG) sont conservées entières. Ou indiquez plutôt une &lt;b&gt;emprise&lt;/b&gt; : tout ce qui la coupe est conservé.&lt;br&gt;Le téléchargement se fait page par page et peut être annulé ; le GeoPackage n’est écrit (ou remplacé) que lorsque tout est arrivé, de sorte qu’un échec ou une annulation laisse un fichier existant tel quel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="40" />
            <source>GRB layers</source>
            <translation>Couches GRB</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="43" />
            <source>Features per layer</source>
            <translation>Entités par couche</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/download_grb.py" line="50" />
            <source>Give a municipality (name or NIS code) or an extent to download.</source>
            <translation>Indiquez une commune (nom ou code INS) ou une emprise à télécharger.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="23" />
            <source>Export the project register as open data</source>
            <translation>Exporter le registre des projets en données ouvertes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="26" />
            <source>Publishes the smart-city project register as GeoJSON (WGS84), CSV (with longitude/latitude of a point on each project) or GeoPackage (EPSG:31370, one layer for points, lines and areas), with the licence, the source and a description of every field in &lt;i&gt;&amp;lt;name&amp;gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the register's public fields leave: contact persons, e-mail addresses, phone numbers, the day-to-day manager and the names of the people who edited the register are never exported, whatever the layer holds.</source>
            <translation>Publie le registre des projets de ville intelligente en GeoJSON (WGS84), en CSV (avec la longitude et la latitude d’un point sur chaque projet) ou en GeoPackage (EPSG:31370, une couche pour les points, les lignes et les surfaces), avec la licence, la source et une description de chaque champ dans &lt;i&gt;&amp;lt;nom&amp;gt;.metadata.json&lt;/i&gt; à côté.&lt;br&gt;&lt;br&gt;Seuls les champs publics du registre sortent : les personnes de contact, les adresses e-mail, les numéros de téléphone, le gestionnaire au quotidien et les noms des personnes qui ont modifié le registre ne sont jamais exportés, quel que soit le contenu de la couche.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="43" />
            <source>Project register</source>
            <translation>Registre des projets</translation>
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
            <translation>Éditeur (p. ex. la commune)</translation>
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
            <translation>Registre des projets de la commune</translation>
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
            <translation>Fichier de sortie</translation>
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
            <translation>Fichiers écrits</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_projects_open_data.py" line="75" />
            <source>{count} projects published in {path}.</source>
            <translation>{count} projets publiés dans {path}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="31" />
            <source>Export vacancy as open data</source>
            <translation>Exporter l’inoccupation en données ouvertes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="34" />
            <source>Writes the vacancy indicators per area (from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;) for publication, as GeoJSON (WGS84), CSV or GeoPackage, with the licence and the source in the file and in a &lt;i&gt;.metadata.json&lt;/i&gt; next to it.&lt;br&gt;&lt;br&gt;Only the indicator fields leave: owner names, national register numbers, tax amounts, remarks, addresses and dossier numbers never do, whatever the input layers hold. Where an area has fewer than 5 units its rate is empty, and by default its counts and durations too.&lt;br&gt;&lt;b&gt;Points&lt;/b&gt; (optional): the premises in the register on the reference date, of the chosen types (by default shops and business premises; a vacant dwelling on a map points at a household), with type, status, year of entry and duration class only.</source>
            <translation>Écrit les indicateurs d’inoccupation par zone (issus de &lt;i&gt;Indicateurs d’inoccupation par zone&lt;/i&gt;) en vue de leur publication, en GeoJSON (WGS84), CSV ou GeoPackage, avec la licence et la source dans le fichier et dans un &lt;i&gt;.metadata.json&lt;/i&gt; à côté.&lt;br&gt;&lt;br&gt;Seuls les champs d’indicateurs sortent : les noms des propriétaires, les numéros de registre national, les montants de taxe, les remarques, les adresses et les numéros de dossier jamais, quel que soit le contenu des couches d’entrée. Lorsqu’une zone compte moins de 5 unités, son taux est vide, et par défaut ses nombres et durées aussi.&lt;br&gt;&lt;b&gt;Points&lt;/b&gt; (facultatif) : les biens inscrits au registre à la date de référence, des types choisis (par défaut commerces et bâtiments d’entreprise ; un logement inoccupé sur une carte désigne un ménage), avec uniquement le type, le statut, l’année d’inscription et la classe de durée.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="61" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="95" />
            <source>Vacancy indicators per area</source>
            <translation>Indicateurs d’inoccupation par zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="63" />
            <source>Also publish points</source>
            <translation>Publier aussi des points</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="66" />
            <source>Vacancy register (for points)</source>
            <translation>Registre d’inoccupation (pour les points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="68" />
            <source>Property types published as points</source>
            <translation>Types de biens publiés comme points</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="72" />
            <source>Reference date of the points</source>
            <translation>Date de référence des points</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="75" />
            <source>Also suppress the counts</source>
            <translation>Masquer aussi les nombres</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="80" />
            <source>Vacant premises per area</source>
            <translation>Biens inoccupés par zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="83" />
            <source>Municipal register of vacant buildings and dwellings</source>
            <translation>Registre communal des bâtiments et logements inoccupés</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="84" />
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="106" />
            <source>Choose the indicators layer (the output of Vacancy indicators per area).</source>
            <translation>Choisissez la couche des indicateurs (la sortie de Indicateurs d’inoccupation par zone).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="122" />
            <source>Choose the vacancy register to publish points from, or untick the points.</source>
            <translation>Choisissez le registre d’inoccupation d’où publier les points, ou décochez les points.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="125" />
            <source>Choose at least one property type to publish as points.</source>
            <translation>Choisissez au moins un type de bien à publier comme points.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="130" />
            <source>{n} points published.</source>
            <translation>{n} points publiés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="134" />
            <source>{n} areas written; figures suppressed in {small} small-number areas.</source>
            <translation>{n} zones écrites ; chiffres masqués dans {small} zones à petits effectifs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="140" />
            <source>{n} areas were not flagged small_numbers but have fewer than {limit} units or no flag at all; their figures were suppressed too.</source>
            <translation>{n} zones n'étaient pas marquées small_numbers mais ont moins de {limit} unités ou aucun marquage ; leurs chiffres ont aussi été masqués.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/frames.py" line="62" />
            <location filename="../processing/algorithms/frames.py" line="64" />
            <source>The output layer</source>
            <translation>La couche de sortie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="28" />
            <source>Import sensor readings from a file</source>
            <translation>Importer des mesures de capteurs depuis un fichier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="29" />
            <source>Imports readings from CSV, XLSX (or a zip with one CSV) into the study store.&lt;br&gt;&lt;b&gt;Known formats&lt;/b&gt; import without more: CurieuzeNeuzen 2018, the Gent bicycle counters, EEA AirBase hourly files (24 value/flag pairs per day, -999 missing), the Recht op Lucht campaign, IRCEL-CELINE exports (one column per station), Telraam report CSVs and sensor.community archive files.&lt;br&gt;&lt;b&gt;Other files&lt;/b&gt;: choose 'Column mapping' and describe the columns as key=value pairs separated by ';'. Long format (one row per reading): &lt;i&gt;time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10&lt;/i&gt;. Wide format, one column per sensor: &lt;i&gt;layout=wide_sensors; time=Datum; property=no2&lt;/i&gt;; one column per hour: &lt;i&gt;layout=wide_hours; time=Datum; hour_columns=H1,H2,…; property=pm10&lt;/i&gt;. Other keys: time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, missing, flag_columns, duplicates (error or replicates), resolution_s, aggregation, source, period.&lt;br&gt;&lt;b&gt;Time zone&lt;/b&gt;: times with an offset need none; for times without one choose their zone (the plugin never guesses). The repeated autumn hour is resolved by the row order of each sensor (rows in time order, either way); a time in the skipped spring hour is refused.&lt;br&gt;Units are converted to the property's standard unit (µg/m³ …); an unknown unit, one property in two units, contradictory duplicates or a sensor without position (when positions are mapped) stop the import with one sentence, and nothing is written. Importing the same file again adds nothing.</source>
            <translation>Importe des mesures depuis un CSV, un XLSX (ou un zip contenant un CSV) dans le stockage de l'étude.&lt;br&gt;&lt;b&gt;Les formats connus&lt;/b&gt; s'importent sans plus : CurieuzeNeuzen 2018, les compteurs vélo de Gand, les fichiers horaires EEA AirBase (24 paires valeur/indicateur par jour, -999 manquant), la campagne Recht op Lucht, les exports IRCEL-CELINE (une colonne par station), les CSV de rapports Telraam et les fichiers d'archive de sensor.community.&lt;br&gt;&lt;b&gt;Autres fichiers&lt;/b&gt; : choisissez 'Correspondance des colonnes' et décrivez les colonnes en paires clé=valeur séparées par ';'. Format long (une ligne par mesure) : &lt;i&gt;time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10&lt;/i&gt;. Format large, une colonne par capteur : &lt;i&gt;layout=wide_sensors; time=Datum; property=no2&lt;/i&gt; ; une colonne par heure : &lt;i&gt;layout=wide_hours; time=Datum; hour_columns=H1,H2,…; property=pm10&lt;/i&gt;. Autres clés : time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, missing, flag_columns, duplicates (error ou replicates), resolution_s, aggregation, source, period.&lt;br&gt;&lt;b&gt;Fuseau horaire&lt;/b&gt; : les heures avec un décalage n'en ont pas besoin ; pour les heures sans décalage, choisissez leur fuseau (le plugin ne devine jamais). L'heure répétée de l'automne est résolue par capteur selon l'ordre des lignes (lignes dans l'ordre chronologique, dans un sens ou dans l'autre) ; une heure dans l'heure sautée du printemps est refusée.&lt;br&gt;Les unités sont converties vers l'unité standard de la grandeur (µg/m³ …) ; une unité inconnue, une grandeur en deux unités, des doublons contradictoires ou un capteur sans position (quand des positions sont données) arrêtent l'import avec une phrase, et rien n'est écrit. Importer à nouveau le même fichier n'ajoute rien.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="57" />
            <source>File with readings</source>
            <translation>Fichier de mesures</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="57" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.zip);;All (*)</source>
            <translation>Tableaux (*.csv *.txt *.tsv *.xlsx *.zip);;Tous (*)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="59" />
            <source>Detect automatically</source>
            <translation>Détecter automatiquement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="60" />
            <source>Column mapping (below)</source>
            <translation>Correspondance des colonnes (ci-dessous)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="61" />
            <source>Column mapping (key=value; …)</source>
            <translation>Correspondance des colonnes (clé=valeur ; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="64" />
            <source>Time zone of times without offset</source>
            <translation>Fuseau horaire des heures sans décalage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="65" />
            <source>(the times carry an offset)</source>
            <translation>(les heures comportent un décalage)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="65" />
            <source>UTC+01:00 (standard time all year)</source>
            <translation>UTC+01:00 (heure d’hiver toute l’année)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="67" />
            <source>Property (if the format needs one)</source>
            <translation>Grandeur (si le format l’exige)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="69" />
            <source>Position of a one-sensor file</source>
            <translation>Position d’un fichier à un seul capteur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="71" />
            <source>Sheet (XLSX)</source>
            <translation>Feuille (XLSX)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_observations.py" line="101" />
            <source>Describe the columns in the column mapping, or choose a known format.</source>
            <translation>Décrivez les colonnes dans la correspondance des colonnes, ou choisissez un format connu.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="44" />
            <source>Import vacancy register</source>
            <translation>Importer le registre d’inoccupation</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="47" />
            <source>Brings a vacancy-register export (VIP, or any CSV/XLSX with a column mapping) into the register of the study store, and keeps its history.&lt;br&gt;&lt;br&gt;&lt;b&gt;Placement&lt;/b&gt;: each dossier is put on its matched address point, else on the GRB building of its parcel (CapaKey), else on the parcel; the field location_method says which, and 'unplaced' when none was found. Long and short CapaKeys and Dutch (dd/mm/yyyy), Excel serial and ISO dates are read.&lt;br&gt;&lt;b&gt;History&lt;/b&gt;: a newer export updates the same dossiers (by dossier id): entries, status changes and removals (schrapping) are recorded with their dates, nothing is duplicated, and an older export than the last one is refused. The whole import is one transaction: if it fails or is cancelled, the register stays as it was.&lt;br&gt;&lt;b&gt;Bad rows&lt;/b&gt; (no dossier number, duplicate dossier id, unknown status, unreadable or future date, neither address nor parcel, malformed CapaKey without address) are listed with the reason in the rejected-rows output; the rest is imported. Owner names, national register numbers, tax amounts and remarks in the file are not read.&lt;br&gt;&lt;b&gt;Column mapping&lt;/b&gt;: role=column pairs separated by ';' for files that do not use the VIP column names, for example &lt;i&gt;dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum&lt;/i&gt;. Roles: capakey, dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, laatste_controle, vloeroppervlakte_m2.&lt;br&gt;&lt;b&gt;Status mapping&lt;/b&gt;: extra status words, for example &lt;i&gt;Lopend=opgenomen; Afgewerkt=geschrapt&lt;/i&gt; (statuses: vermoeden, vastgesteld, opgenomen, beroep, geschrapt).</source>
            <translation>Intègre un export du registre d’inoccupation (VIP, ou tout CSV/XLSX avec une correspondance des colonnes) dans le registre du stockage d’étude, et en conserve l’historique.&lt;br&gt;&lt;br&gt;&lt;b&gt;Placement&lt;/b&gt; : chaque dossier est placé sur son point d’adresse apparié, sinon sur le bâtiment GRB de sa parcelle (CapaKey), sinon sur la parcelle ; le champ location_method indique lequel, et 'unplaced' si rien n’a été trouvé. Les CapaKeys longues et courtes ainsi que les dates néerlandaises (jj/mm/aaaa), en numéro de série Excel et ISO sont lues.&lt;br&gt;&lt;b&gt;Historique&lt;/b&gt; : un export plus récent met à jour les mêmes dossiers (par identifiant de dossier) : les inscriptions, changements de statut et radiations (schrapping) sont enregistrés avec leur date, rien n’est dupliqué, et un export plus ancien que le dernier est refusé. L’import complet est une seule transaction : s’il échoue ou est annulé, le registre reste tel quel.&lt;br&gt;&lt;b&gt;Lignes incorrectes&lt;/b&gt; (pas de numéro de dossier, identifiant de dossier en double, statut inconnu, date illisible ou future, ni adresse ni parcelle, CapaKey mal formée sans adresse) : elles sont listées avec la raison dans la sortie des lignes rejetées ; le reste est importé. Les noms des propriétaires, numéros de registre national, montants de taxe et remarques du fichier ne sont pas lus.&lt;br&gt;&lt;b&gt;Correspondance des colonnes&lt;/b&gt; : paires rôle=colonne séparées par ';' pour les fichiers qui n’utilisent pas les noms de colonnes VIP, par exemple &lt;i&gt;dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum&lt;/i&gt;. Rôles : capakey, dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, laatste_controle, vloeroppervlakte_m2.&lt;br&gt;&lt;b&gt;Correspondance des statuts&lt;/b&gt; : mots de statut supplémentaires, par exemple &lt;i&gt;Lopend=opgenomen; Afgewerkt=geschrapt&lt;/i&gt; (statuts : vermoeden, vastgesteld, opgenomen, beroep, geschrapt).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="89" />
            <source>Register export (VIP export or other CSV/XLSX)</source>
            <translation>Export du registre (export VIP ou autre CSV/XLSX)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="90" />
            <source>Tables (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*.*)</source>
            <translation>Tableaux (*.xlsx *.xlsm *.csv *.txt *.tsv);;Tous les fichiers (*.*)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="91" />
            <location filename="../processing/algorithms/match_addresses.py" line="64" />
            <source>Sheet (XLSX with several sheets)</source>
            <translation>Feuille (XLSX à plusieurs feuilles)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="94" />
            <source>Column mapping (role=column; … for non-VIP files)</source>
            <translation>Correspondance des colonnes (rôle=colonne ; … pour les fichiers non VIP)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="96" />
            <source>Extra status words (word=status; …)</source>
            <translation>Mots de statut supplémentaires (mot=statut ; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="98" />
            <source>Extra property types (word=type; …)</source>
            <translation>Types de biens supplémentaires (mot=type ; …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="100" />
            <source>Export date</source>
            <translation>Date d’export</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="103" />
            <source>NIS code of the municipality</source>
            <translation>Code INS de la commune</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="105" />
            <source>Addresses (standard address layer)</source>
            <translation>Adresses (couche d’adresses standard)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="107" />
            <source>Parcels (GRB ADP with CAPAKEY)</source>
            <translation>Parcelles (GRB ADP avec CAPAKEY)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="109" />
            <source>Buildings (GRB GBG)</source>
            <translation>Bâtiments (GRB GBG)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="112" />
            <source>Full export: missing dossiers were removed</source>
            <translation>Export complet : dossiers absents radiés</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="115" />
            <source>Allow an export older than the last one imported</source>
            <translation>Autoriser un export plus ancien que le dernier importé</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="117" />
            <source>Rejected rows</source>
            <translation>Lignes rejetées</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="119" />
            <location filename="../processing/algorithms/sensors_common.py" line="149" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="130" />
            <source>The NIS code {code} is not five digits.</source>
            <translation>Le code INS {code} n’a pas cinq chiffres.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="139" />
            <source>Placed by {method}: {count}</source>
            <translation>Placés par {method} : {count}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="141" />
            <source>Row {row} ({dossier}): {reason}</source>
            <translation>Ligne {row} ({dossier}) : {reason}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="152" />
            <source>Choose the register export (an XLSX or CSV file).</source>
            <translation>Choisissez l’export du registre (un fichier XLSX ou CSV).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="156" />
            <source>Export of {date}: {rows} rows.</source>
            <translation>Export du {date} : {rows} lignes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="164" />
            <source>Not read (personal, tax or free-text data): {columns}.</source>
            <translation>Non lu (données personnelles, fiscales ou texte libre) : {columns}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="176" />
            <source>addresses</source>
            <translation>adresses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="182" />
            <source>Placing the dossiers on addresses, buildings and parcels…</source>
            <translation>Placement des dossiers sur les adresses, bâtiments et parcelles…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="218" />
            <source>the parameter Export date</source>
            <translation>le paramètre Date d'export</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="222" />
            <source>the file name {name}</source>
            <translation>le nom de fichier {name}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_vacancy_register.py" line="234" />
            <source>The parcel layer has no CAPAKEY field; use the GRB parcels (ADP) or leave the parcel layer empty.</source>
            <translation>La couche des parcelles n'a pas de champ CAPAKEY ; utilisez les parcelles GRB (ADP) ou laissez la couche des parcelles vide.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="44" />
            <source>Interpolate sensor readings (IDW)</source>
            <translation>Interpoler les mesures des capteurs (IDW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="45" />
            <source>An inverse-distance-weighted surface (GeoTIFF, EPSG:31370) of one value per sensor: the mean of the valid readings of a property over a period, or the latest reading, from the study store — or a field of a point layer (e.g. CurieuzeNeuzen tubes).&lt;br&gt;Each cell uses the nearest sensors (12 by default) with weights 1/distance^power (2 by default).&lt;br&gt;&lt;b&gt;Cross-validation&lt;/b&gt;: every sensor is estimated from the others with the same settings; the RMSE, MAE and bias are reported, so you see how far to trust the surface between sensors. An interpolation is no dispersion model: it knows nothing about streets, buildings or sources between the sensors.</source>
            <translation>Une surface pondérée par l’inverse de la distance (GeoTIFF, EPSG:31370) d’une valeur par capteur : la moyenne des mesures valides d’une grandeur sur une période, ou la dernière mesure, issue du stockage d’étude — ou un champ d’une couche de points (p. ex. tubes CurieuzeNeuzen).&lt;br&gt;Chaque cellule utilise les capteurs les plus proches (12 par défaut) avec des poids 1/distance^puissance (2 par défaut).&lt;br&gt;&lt;b&gt;Validation croisée&lt;/b&gt; : chaque capteur est estimé à partir des autres avec les mêmes paramètres ; le RMSE, le MAE et le biais sont indiqués, pour savoir jusqu’où se fier à la surface entre les capteurs. Une interpolation n’est pas un modèle de dispersion : elle ignore tout des rues, des bâtiments ou des sources entre les capteurs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="74" />
            <source>Value per sensor</source>
            <translation>Valeur par capteur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="75" />
            <source>mean over the period</source>
            <translation>moyenne sur la période</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="75" />
            <source>latest reading</source>
            <translation>dernière mesure</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="79" />
            <source>Or: point layer with values</source>
            <translation>Ou : couche de points avec des valeurs</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="81" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="94" />
            <source>Value field</source>
            <translation>Champ de valeur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="83" />
            <source>Extent (default: the sensors' extent)</source>
            <translation>Emprise (vide : celle des capteurs)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="85" />
            <source>Cell size (m)</source>
            <translation>Taille de cellule (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="87" />
            <source>Power</source>
            <translation>Puissance</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="89" />
            <source>Nearest sensors used</source>
            <translation>Capteurs les plus proches utilisés</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="91" />
            <source>Surface</source>
            <translation>Surface</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="92" />
            <source>Cross-validation RMSE</source>
            <translation>RMSE de la validation croisée</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="92" />
            <source>Cross-validation MAE</source>
            <translation>MAE de la validation croisée</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="93" />
            <source>Cross-validation bias</source>
            <translation>Biais de la validation croisée</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="93" />
            <source>Sensors used</source>
            <translation>Capteurs utilisés</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="95" />
            <source>Cross-validation</source>
            <translation>Validation croisée</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="110" />
            <source>{n} sensors with a value but without a position were left out.</source>
            <translation>{n} capteurs avec une valeur mais sans position ont été écartés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="136" />
            <source>Choose the field with the values to interpolate.</source>
            <translation>Choisissez le champ contenant les valeurs à interpoler.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="155" />
            <source>{n} points without a value or without a geometry were left out.</source>
            <translation>{n} points sans valeur ou sans géométrie ont été écartés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="159" />
            <source>Choose a study store or a point layer with values.</source>
            <translation>Choisissez un stockage d’étude ou une couche de points avec des valeurs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/interpolate_observations.py" line="175" />
            <source>{n} sensors have a value.</source>
            <translation>{n} capteurs ont une valeur.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="40" />
            <source>{value} is not a date; write it as YYYY-MM-DD.</source>
            <translation>{value} n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="45" />
            <source>Load works on the public domain (GIPOD)</source>
            <translation>Charger les travaux sur le domaine public (GIPOD)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="48" />
            <source>Downloads the works and events on the public domain (GIPOD, Digitaal Vlaanderen) that overlap a period, for a municipality's bounding box or an extent, into a GeoPackage in EPSG:31370: layer INNAME with their areas and INNAME_PUNT with their points, every GIPOD property kept (GipodId, Description, Type, Status, Owner, MobilityHindrances ...) and Start/End as date-times (UTC).&lt;br&gt;&lt;br&gt;&lt;b&gt;Period&lt;/b&gt;: whole days in Belgian time; without dates, the coming 90 days. A work is kept when it starts before the period ends and ends on or after its first day.&lt;br&gt;The GeoPackage is only written when everything has arrived; a failure or a cancel leaves an existing file as it was. Use the result with &lt;i&gt;Conflicts between projects and works&lt;/i&gt;.</source>
            <translation>Télécharge les travaux et événements sur le domaine public (GIPOD, Digitaal Vlaanderen) qui chevauchent une période, pour le rectangle englobant d’une commune ou pour une emprise, dans un GeoPackage en EPSG:31370 : la couche INNAME avec leurs surfaces et INNAME_PUNT avec leurs points, toutes les propriétés GIPOD étant conservées (GipodId, Description, Type, Status, Owner, MobilityHindrances ...) et Start/End sous forme de dates et heures (UTC).&lt;br&gt;&lt;br&gt;&lt;b&gt;Période&lt;/b&gt; : des jours entiers en heure belge ; sans dates, les 90 prochains jours. Un chantier est conservé s’il commence avant la fin de la période et se termine le premier jour de celle-ci ou après.&lt;br&gt;Le GeoPackage n’est écrit que lorsque tout est arrivé ; un échec ou une annulation laisse un fichier existant tel quel. Utilisez le résultat avec &lt;i&gt;Conflits entre projets et chantiers&lt;/i&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="69" />
            <source>First day of the period</source>
            <translation>Premier jour de la période</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="71" />
            <source>Last day of the period</source>
            <translation>Dernier jour de la période</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="74" />
            <source>GIPOD collections</source>
            <translation>Collections GIPOD</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="74" />
            <source>Works as areas (INNAME)</source>
            <translation>Chantiers en surfaces (INNAME)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="75" />
            <source>Works as points (INNAME_PUNT)</source>
            <translation>Chantiers en points (INNAME_PUNT)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="78" />
            <source>Number of works</source>
            <translation>Nombre de chantiers</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_gipod.py" line="86" />
            <source>Give a municipality (name or NIS code) or an extent to load the works of.</source>
            <translation>Indiquez une commune (nom ou code INS) ou une emprise dont charger les chantiers.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="23" />
            <source>Load IRCEL-CELINE official stations</source>
            <translation>Charger les stations officielles d’IRCEL-CELINE</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="24" />
            <source>Stores the stations of the official Belgian air-quality network (IRCEL-CELINE, VMM) and their hourly series of one pollutant for a period (default: the last 7 days). Without an area every station is read, which the time-series panel uses to compare a sensor with the nearest official station.&lt;br&gt;The service gives the end of each hour; readings are stored with the hour's start and end in UTC. Data: IRCEL-CELINE, CC BY 4.0.</source>
            <translation>Enregistre les stations du réseau officiel belge de mesure de la qualité de l’air (IRCEL-CELINE, VMM) et leurs séries horaires d’un polluant sur une période (par défaut : les 7 derniers jours). Sans zone, toutes les stations sont lues, ce que le panneau des séries temporelles utilise pour comparer un capteur avec la station officielle la plus proche.&lt;br&gt;Le service donne la fin de chaque heure ; les mesures sont enregistrées avec le début et la fin de l’heure en UTC. Données : IRCEL-CELINE, CC BY 4.0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_irceline.py" line="35" />
            <source>Pollutant</source>
            <translation>Polluant</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="20" />
            <source>Load sensor.community citizen sensors</source>
            <translation>Charger les capteurs citoyens de sensor.community</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="21" />
            <source>Finds the sensor.community (luftdaten) citizen sensors in an area (default: the municipality's extent) and stores them with their latest values (PM10, PM2.5, temperature, humidity, pressure). With an archive period, the daily archive files of those sensors are read too (archive.sensor.community, ODbL).&lt;br&gt;Citizen sensors stand at private homes: they are flagged as personal data, and the public device register blurs their position. Loading again stores only what is new.</source>
            <translation>Recherche les capteurs citoyens sensor.community (luftdaten) dans une zone (par défaut : l’emprise de la commune) et les enregistre avec leurs dernières valeurs (PM10, PM2,5, température, humidité, pression). Avec une période d’archive, les fichiers d’archive journaliers de ces capteurs sont lus aussi (archive.sensor.community, ODbL).&lt;br&gt;Les capteurs citoyens se trouvent chez des particuliers : ils sont marqués comme données personnelles, et le registre public des appareils floute leur position. Un nouveau chargement n’enregistre que ce qui est nouveau.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="35" />
            <source>Archive from (date, optional)</source>
            <translation>Archive à partir du (date, facultatif)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensor_community.py" line="36" />
            <source>Archive until (date, not included)</source>
            <translation>Archive jusqu’au (date, non comprise)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="19" />
            <source>Load SensorThings data</source>
            <translation>Charger des données SensorThings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="20" />
            <source>Reads things, their locations, datastreams and observations from any OGC SensorThings API server (FROST, 52°North, …) into the study store.&lt;br&gt;&lt;b&gt;Server&lt;/b&gt;: the service root, e.g. https://iot.example.be/FROST-Server/v1.1. A protected server needs an authentication configuration from the QGIS authentication database (Basic, OAuth2, …).&lt;br&gt;&lt;b&gt;Filters&lt;/b&gt;: an observed property (its name on the server, e.g. NO2), an area (polygons; default: everything the server offers) and a period (default: the last 7 days). Pages are followed through @iot.nextLink.&lt;br&gt;Times are stored in UTC; instants and intervals are kept; results that are not numbers (text, objects, arrays) are kept as text. Loading again only asks for readings newer than those stored. Everything is written in one transaction: a failure or a cancel leaves the store as it was.</source>
            <translation>Lit les objets (things), leurs localisations, flux de données et observations depuis tout serveur OGC SensorThings API (FROST, 52°North, …) dans le stockage d’étude.&lt;br&gt;&lt;b&gt;Serveur&lt;/b&gt; : la racine du service, p. ex. https://iot.example.be/FROST-Server/v1.1. Un serveur protégé nécessite une configuration d’authentification de la base d’authentification de QGIS (Basic, OAuth2, …).&lt;br&gt;&lt;b&gt;Filtres&lt;/b&gt; : une grandeur observée (son nom sur le serveur, p. ex. NO2), une zone (polygones ; par défaut : tout ce que le serveur propose) et une période (par défaut : les 7 derniers jours). Les pages sont suivies via @iot.nextLink.&lt;br&gt;Les heures sont enregistrées en UTC ; les instants et les intervalles sont conservés ; les résultats qui ne sont pas des nombres (texte, objets, tableaux) sont conservés comme texte. Un nouveau chargement ne demande que les mesures plus récentes que celles enregistrées. Tout est écrit en une seule transaction : un échec ou une annulation laisse le stockage tel quel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="37" />
            <source>SensorThings service root URL</source>
            <translation>URL racine du service SensorThings</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="38" />
            <source>Authentication</source>
            <translation>Authentification</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_sensorthings.py" line="39" />
            <source>Observed property (name on the server)</source>
            <translation>Grandeur observée (nom sur le serveur)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="19" />
            <source>Load Telraam traffic counts</source>
            <translation>Charger les comptages de trafic Telraam</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="20" />
            <source>Stores Telraam road segments (as lines) and their hourly reports: cars, bikes, pedestrians and heavy vehicles in both directions (A→B = _lft, B→A = _rgt), the V85 speed and the camera's uptime.&lt;br&gt;&lt;b&gt;API key&lt;/b&gt;: store your Telraam token in the QGIS authentication database (Settings › Options › Authentication: a Basic configuration with the token as password, or an API-header configuration with X-Api-Key) and choose it here; it is never written to settings or projects.&lt;br&gt;Segments: those in the area (default: the municipality's extent) or the ids given. Hours with an uptime of 0.5 or less are stored but do not count in statistics. Long periods are asked in 90-day parts; loading again asks only for hours after the newest stored one.</source>
            <translation>Enregistre les segments routiers Telraam (comme lignes) et leurs rapports horaires : voitures, vélos, piétons et poids lourds dans les deux sens (A→B = _lft, B→A = _rgt), la vitesse V85 et la disponibilité de la caméra.&lt;br&gt;&lt;b&gt;Clé API&lt;/b&gt; : enregistrez votre jeton Telraam dans la base d’authentification de QGIS (Préférences › Options › Authentification : une configuration Basic avec le jeton comme mot de passe, ou une configuration API-header avec X-Api-Key) et choisissez-la ici ; il n’est jamais écrit dans les paramètres ou les projets.&lt;br&gt;Segments : ceux de la zone (par défaut : l’emprise de la commune) ou les identifiants indiqués. Les heures dont la disponibilité est de 0,5 ou moins sont enregistrées mais ne comptent pas dans les statistiques. Les longues périodes sont demandées par tranches de 90 jours ; un nouveau chargement ne demande que les heures postérieures à la plus récente enregistrée.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="34" />
            <source>Telraam API key (authentication)</source>
            <translation>Clé API Telraam (authentification)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/load_telraam.py" line="35" />
            <source>Segment ids</source>
            <translation>Identifiants des segments</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="41" />
            <source>{paper} landscape</source>
            <translation>{paper} paysage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="41" />
            <source>{paper} portrait</source>
            <translation>{paper} portrait</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="47" />
            <source>Map study (PDF)</source>
            <translation>Étude cartographique (PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="50" />
            <source>Makes the map study of a municipality (or of the whole region in the store, or of an extent) as one PDF: a title page with the contents, an overview map, then a page per theme with map, legend, scale bar, north arrow, sources, date, the theme's key figures and a chart. Optionally an atlas with one page per neighbourhood.&lt;br&gt;&lt;br&gt;&lt;b&gt;Themes&lt;/b&gt;: base map (GRB and addresses from the study GeoPackage or your base layers), vacancy (the register in the store), sensors (the store's sensors and readings), siting (the newest gateway and sensor scenarios in the store) and projects (the project register). A theme without data for the area is left out with a note on the title page, never printed as an empty page.&lt;br&gt;&lt;b&gt;Language&lt;/b&gt;: every text of the study is in Dutch, French or English, dates and numbers too.&lt;br&gt;&lt;b&gt;Paper&lt;/b&gt;: A4 or A3, portrait or landscape, from the templates in resources/layouts; a template of your own (made from one of them in the layout designer) keeps the item ids the study fills.&lt;br&gt;&lt;b&gt;Privacy&lt;/b&gt;: vacancy is shown per neighbourhood or per 250 m cell, never per premise; the contact details of the project register are left out.</source>
            <translation>Réalise l'étude cartographique d'une commune (ou de toute la région du stockage, ou d'une emprise) en un seul PDF : une page de titre avec le sommaire, une carte d'ensemble, puis une page par thème avec carte, légende, barre d'échelle, flèche du nord, sources, date, les chiffres clés du thème et un graphique. En option, un atlas avec une page par quartier.&lt;br&gt;&lt;br&gt;&lt;b&gt;Thèmes&lt;/b&gt; : fond de plan (GRB et adresses du GeoPackage de l'étude ou vos couches de base), inoccupation (le registre du stockage), capteurs (les capteurs et mesures du stockage), implantation (les scénarios de passerelles et de capteurs les plus récents du stockage) et projets (le registre des projets). Un thème sans données pour la zone est omis avec une note sur la page de titre, jamais imprimé comme une page vide.&lt;br&gt;&lt;b&gt;Langue&lt;/b&gt; : tous les textes de l'étude sont en néerlandais, français ou anglais, dates et nombres compris.&lt;br&gt;&lt;b&gt;Papier&lt;/b&gt; : A4 ou A3, portrait ou paysage, d'après les modèles de resources/layouts ; un modèle personnel (fait à partir de l'un d'eux dans le concepteur de mise en page) garde les identifiants d'éléments que l'étude remplit.&lt;br&gt;&lt;b&gt;Vie privée&lt;/b&gt; : l'inoccupation est montrée par quartier ou par maille de 250 m, jamais par bien ; les coordonnées de contact du registre des projets sont omises.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="87" />
            <source>Municipality (empty: the whole store)</source>
            <translation>Commune (vide : tout le stockage)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <source>Language of the study</source>
            <translation>Langue de l'étude</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="96" />
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="101" />
            <source>Neighbourhoods or statistical sectors</source>
            <translation>Quartiers ou secteurs statistiques</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="104" />
            <source>Neighbourhood name field</source>
            <translation>Champ du nom du quartier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="109" />
            <source>Extra base layers (drawn under the themes)</source>
            <translation>Couches de base supplémentaires (dessinées sous les thèmes)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="112" />
            <source>Own layout template (.qpt; empty: the plugin's)</source>
            <translation>Modèle de mise en page personnel (.qpt ; vide : celui de l'extension)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="116" />
            <source>Figures on (empty: today)</source>
            <translation>Chiffres au (vide : aujourd'hui)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="119" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="120" />
            <source>Themes left out</source>
            <translation>Thèmes omis</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/map_study.py" line="165" />
            <source>{pages} pages written to {path}.</source>
            <translation>{pages} pages écrites dans {path}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="31" />
            <source>Links every row of an address list (a table layer, or a CSV or XLSX file in any usual encoding and delimiter) to an address of the register and gives it the register's position.&lt;br&gt;&lt;br&gt;&lt;b&gt;Columns&lt;/b&gt;: either one column with the full address, or the street and house-number columns with optional box, postcode and municipality columns. Left empty, they are proposed from the column names (Dutch, French or English).&lt;br&gt;&lt;b&gt;Reference&lt;/b&gt;: a point layer of addresses in the plugin's standard schema (for instance made by &lt;i&gt;Download addresses&lt;/i&gt;). Without one, the online address-match service of the register is used, but only when &lt;i&gt;Allow the online address register&lt;/i&gt; is ticked, since the addresses then leave this computer.&lt;br&gt;&lt;br&gt;Each row gets match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), match_score (0–100), address_id, matched_address (the register's spelling) and match_note. Rows without a certain address keep an empty geometry: nothing is guessed. The second output lists the rows to check by hand with their best candidates.</source>
            <translation>Relie chaque ligne d’une liste d’adresses (une couche table, ou un fichier CSV ou XLSX dans tout encodage et avec tout séparateur courants) à une adresse du registre et lui donne la position du registre.&lt;br&gt;&lt;br&gt;&lt;b&gt;Colonnes&lt;/b&gt; : soit une colonne avec l’adresse complète, soit les colonnes de la rue et du numéro avec des colonnes facultatives pour la boîte, le code postal et la commune. Laissées vides, elles sont proposées d’après les noms de colonnes (néerlandais, français ou anglais).&lt;br&gt;&lt;b&gt;Référence&lt;/b&gt; : une couche de points d’adresses dans le schéma standard de l’extension (par exemple créée par &lt;i&gt;Télécharger les adresses&lt;/i&gt;). Sans référence, le service d’appariement d’adresses en ligne du registre est utilisé, mais seulement si &lt;i&gt;Autoriser le registre d’adresses en ligne&lt;/i&gt; est coché, car les adresses quittent alors cet ordinateur.&lt;br&gt;&lt;br&gt;Chaque ligne reçoit match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), match_score (0–100), address_id, matched_address (l’orthographe du registre) et match_note. Les lignes sans adresse certaine gardent une géométrie vide : rien n’est deviné. La seconde sortie liste les lignes à vérifier manuellement avec leurs meilleurs candidats.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="63" />
            <source>Address list (table layer, CSV or XLSX file)</source>
            <translation>Liste d’adresses (couche table, fichier CSV ou XLSX)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="66" />
            <source>Column with the full address</source>
            <translation>Colonne de l’adresse complète</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="66" />
            <source>Street column</source>
            <translation>Colonne de la rue</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="67" />
            <source>House-number column</source>
            <translation>Colonne du numéro</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="67" />
            <source>Box-number column</source>
            <translation>Colonne du numéro de boîte</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="68" />
            <source>Postcode column</source>
            <translation>Colonne du code postal</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="68" />
            <source>Municipality column</source>
            <translation>Colonne de la commune</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="72" />
            <source>Reference addresses</source>
            <translation>Adresses de référence</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="75" />
            <source>Use the online address register without a reference</source>
            <translation>Sans référence, utiliser le registre en ligne</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="76" />
            <source>Matched addresses</source>
            <translation>Adresses appariées</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="78" />
            <source>Rows to check by hand</source>
            <translation>Lignes à vérifier manuellement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="82" />
            <source>Rows with status {status}</source>
            <translation>Lignes avec le statut {status}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="99" />
            <source>Columns: {mapping}</source>
            <translation>Colonnes : {mapping}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="104" />
            <source>Indexing the reference addresses…</source>
            <translation>Indexation des adresses de référence…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="107" />
            <source>{n} of the {total} reference addresses of {layer} have no geometry: rows matched to them get no point.</source>
            <translation>{n} des {total} adresses de référence de {layer} n'ont pas de géométrie : les lignes qui y sont liées n'ont pas de point.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="150" />
            <source>The value of {parameter} is not valid.</source>
            <translation>La valeur de {parameter} n’est pas valide.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/match_addresses.py" line="162" />
            <source>Choose the address list: a table layer, or a CSV or XLSX file.</source>
            <translation>Choisissez la liste d’adresses : une couche table, ou un fichier CSV ou XLSX.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="23" />
            <source>Same municipality and id: not written</source>
            <translation>Même commune et même identifiant : non écrit</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="24" />
            <source>Already in the target store: not written</source>
            <translation>Déjà dans le stockage cible : non écrit</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="25" />
            <source>Same id in another municipality: written, check it</source>
            <translation>Même identifiant dans une autre commune : écrit, à vérifier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="30" />
            <source>Merge project registers of several municipalities</source>
            <translation>Fusionner les registres des projets de plusieurs communes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="33" />
            <source>Puts the smart-city projects of several municipalities into one register (a regional study store), every project keeping its municipality (niscode).&lt;br&gt;&lt;br&gt;&lt;b&gt;Registers&lt;/b&gt;: study stores, one per line (GeoPackage files or pg:&amp;lt;connection&amp;gt;?schema=&amp;lt;schema&amp;gt;), and/or layers shaped like the project register (with niscode and project_key fields; other columns are left out). A project is its municipality plus its id: a second one with the same pair (in another register or already in the target) is not written; the same id in another municipality is written. Both are listed in the duplicates table. Everything is written in one transaction: all or nothing.</source>
            <translation>Réunit les projets de ville intelligente de plusieurs communes dans un seul registre (un stockage d’étude régional), chaque projet conservant sa commune (niscode).&lt;br&gt;&lt;br&gt;&lt;b&gt;Registres&lt;/b&gt; : des stockages d’étude, un par ligne (fichiers GeoPackage ou pg:&amp;lt;connexion&amp;gt;?schema=&amp;lt;schéma&amp;gt;), et/ou des couches ayant la structure du registre des projets (avec les champs niscode et project_key ; les autres colonnes sont écartées). Un projet est identifié par sa commune et son identifiant : un second projet avec la même paire (dans un autre registre ou déjà dans la cible) n’est pas écrit ; le même identifiant dans une autre commune est écrit. Les deux cas sont listés dans la table des doublons. Tout est écrit en une seule transaction : tout ou rien.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="51" />
            <source>Registers in study stores (one per line)</source>
            <translation>Registres des stockages (un par ligne)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="53" />
            <source>Registers as layers</source>
            <translation>Registres sous forme de couches</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="56" />
            <source>Target store (the regional register)</source>
            <translation>Stockage cible (le registre régional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="57" />
            <location filename="../processing/algorithms/merge_project_registers.py" line="97" />
            <source>Duplicates</source>
            <translation>Doublons</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="59" />
            <source>Projects written</source>
            <translation>Projets écrits</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="60" />
            <source>Duplicates found</source>
            <translation>Doublons trouvés</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="99" />
            <source>{source}: {count} projects written.</source>
            <translation>{source} : {count} projets écrits.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/merge_project_registers.py" line="101" />
            <source>{count} duplicate project ids; see the duplicates table.</source>
            <translation>{count} identifiants de projet en double ; consultez la table des doublons.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="103" />
            <source>Counts (Telraam, counting poles)</source>
            <translation>Comptages (Telraam, bornes)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="105" />
            <source>Or the counts in a study store</source>
            <translation>Ou les comptages d’un stockage d’étude</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="108" />
            <source>Segments or counting points (for the map)</source>
            <translation>Segments ou points de comptage</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="111" />
            <source>Segment id field</source>
            <translation>Champ de l'identifiant du segment</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="113" />
            <source>Only these segments</source>
            <translation>Seulement ces segments</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="115" />
            <source>Minimum valid counting time of a day (%)</source>
            <translation>Temps de comptage valide minimal d'un jour (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="145" />
            <source>Choose counts files or a study store with traffic counts.</source>
            <translation>Choisissez des fichiers de comptages ou un stockage d'étude contenant des comptages de trafic.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="151" />
            <source>{name}: {n} hours.</source>
            <translation>{name} : {n} heures.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="169" />
            <source>The study store holds no traffic counts for this municipality; load Telraam or import counting-pole files first.</source>
            <translation>Le stockage de l'étude ne contient aucun comptage de trafic pour cette commune ; chargez d'abord Telraam ou importez des fichiers de bornes de comptage.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="171" />
            <source>Study store: {n} hours of {segments} counters.</source>
            <translation>Stockage de l'étude : {n} heures de {segments} compteurs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="208" />
            <source>Choose the field of the segments layer that holds the segment id.</source>
            <translation>Choisissez le champ de la couche des segments qui contient l'identifiant du segment.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_common.py" line="246" />
            <source>{n} segments are not on the segments layer and have no geometry: {ids}.</source>
            <translation>{n} segments ne figurent pas dans la couche des segments et n'ont pas de géométrie : {ids}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="50" />
            <source>Traffic indicators per segment</source>
            <translation>Indicateurs de trafic par segment</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="51" />
            <source>What each counted street carries in a period, from Telraam hourly reports (CSV or JSON, as the Telraam API or site exports them) or counting-pole exports (Gent's 5-minute files), or from the counts already in the study store (loaded with the Telraam loader or imported; the store keeps no speed histograms, so no v85 then).&lt;br&gt;Per segment: average daily traffic on a normal weekday (school term, no holiday) and on a weekend day, per mode (car, heavy, bike, pedestrian) for both directions and each direction; the modal split; the morning and evening peak hour and its share of the day; the weekday hourly profile; v85 and the share of cars above the speed limit (from Telraam's speed histograms; the limit from a field of the segments layer or the parameter); data coverage.&lt;br&gt;&lt;b&gt;Quality&lt;/b&gt;: an hour with uptime of 50 % or less is not a count (Telraam's counts are already scaled to the full hour; counting-pole hours are scaled by the share of their 5-minute slots present). A day counts when the minimum share of its hours is valid; its missing hours are filled from the average profile, and the log counts the days left out and the hours filled.&lt;br&gt;&lt;b&gt;Calendar&lt;/b&gt;: Belgian public holidays and Flemish school holidays are computed (Easter included), so a weekday in the Christmas holiday is not a normal weekday.&lt;br&gt;The optional hourly output holds every valid hour with its time span, ready for the temporal controller.</source>
            <translation>Ce que chaque rue comptée porte sur une période, à partir des rapports horaires Telraam (CSV ou JSON, tels que l'API ou le site Telraam les exportent) ou d'exports de bornes de comptage (les fichiers de 5 minutes de Gand), ou des comptages déjà présents dans le stockage de l'étude (chargés avec le chargeur Telraam ou importés ; le stockage ne conserve pas les histogrammes de vitesse, donc pas de v85 dans ce cas).&lt;br&gt;Par segment : le trafic journalier moyen d'un jour ouvrable normal (période scolaire, hors congés) et d'un jour de week-end, par mode (voiture, poids lourd, vélo, piéton) dans les deux sens et par sens ; la répartition modale ; l'heure de pointe du matin et du soir et sa part de la journée ; le profil horaire d'un jour ouvrable ; la v85 et la part des voitures au-dessus de la limite de vitesse (à partir des histogrammes de vitesse de Telraam ; la limite provient d'un champ de la couche des segments ou du paramètre) ; la couverture des données.&lt;br&gt;&lt;b&gt;Qualité&lt;/b&gt; : une heure dont le temps de fonctionnement est de 50 % ou moins n'est pas un comptage (les comptages Telraam sont déjà ramenés à l'heure complète ; les heures des bornes de comptage sont ramenées selon la part des intervalles de 5 minutes présents). Un jour compte lorsque la part minimale de ses heures est valide ; ses heures manquantes sont complétées à partir du profil moyen, et le journal compte les jours écartés et les heures complétées.&lt;br&gt;&lt;b&gt;Calendrier&lt;/b&gt; : les jours fériés belges et les congés scolaires flamands sont calculés (Pâques compris), de sorte qu'un jour ouvrable des vacances de Noël n'est pas un jour ouvrable normal.&lt;br&gt;La sortie horaire facultative contient chaque heure valide avec son intervalle de temps, prête pour le contrôleur temporel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="77" />
            <source>Speed limit field (km/h)</source>
            <translation>Champ de la limite de vitesse (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="79" />
            <source>Speed limit where no field gives one (km/h)</source>
            <translation>Limite de vitesse là où aucun champ n'en donne (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="82" />
            <source>First day (empty: the first counted day)</source>
            <translation>Premier jour (vide : le premier jour compté)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="83" />
            <source>Last day (empty: the last counted day)</source>
            <translation>Dernier jour (vide : le dernier jour compté)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="84" />
            <source>Traffic indicators</source>
            <translation>Indicateurs de trafic</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="85" />
            <source>Hourly counts (temporal)</source>
            <translation>Comptages horaires (temporels)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="106" />
            <source>Traffic per segment</source>
            <translation>Trafic par segment</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/mobility_indicators.py" line="123" />
            <source>{n} segments: {days} valid days in all.</source>
            <translation>{n} segments : {days} jours valides au total.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="18" />
            <source>The study store: a GeoPackage file, or a PostGIS store written as pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>Le stockage d'étude : un fichier GeoPackage, ou un stockage PostGIS écrit pg:&lt;connexion enregistrée&gt;?schema=&lt;schéma&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="20" />
            <source>Five-digit NIS code of the municipality (44021 for Gent): only its data is used.</source>
            <translation>Code INS à cinq chiffres de la commune (44021 pour Gand) : seules ses données sont utilisées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="21" />
            <source>Name of the municipality in Dutch or French, or its NIS code (Herstappe, 73028).</source>
            <translation>Nom de la commune en néerlandais ou en français, ou son code INS (Herstappe, 73028).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="23" />
            <source>Instead of a municipality: the area to take, in any CRS (it is reprojected to Lambert 72).</source>
            <translation>Au lieu d'une commune : la zone à prendre, dans n'importe quel SCR (elle est reprojetée en Lambert 72).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="25" />
            <source>Start of the period, in Belgian time; empty: seven days before the end.</source>
            <translation>Début de la période, à l'heure belge ; vide : sept jours avant la fin.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="26" />
            <source>End of the period, in Belgian time; empty: now.</source>
            <translation>Fin de la période, à l'heure belge ; vide : maintenant.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="27" />
            <source>Polygons of the area whose sensors are loaded; empty: the extent of the municipality of the NIS code.</source>
            <translation>Polygones de la zone dont les capteurs sont chargés ; vide : l'emprise de la commune du code INS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="29" />
            <source>A QGIS authentication configuration holding the key or login; it stays in QGIS's encrypted store, never in the project.</source>
            <translation>Une configuration d'authentification QGIS contenant la clé ou l'identifiant ; elle reste dans le stockage chiffré de QGIS, jamais dans le projet.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="31" />
            <source>Name of the worksheet of an Excel file; empty: the first sheet.</source>
            <translation>Nom de la feuille d'un fichier Excel ; vide : la première feuille.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="32" />
            <source>Where the result is written: a temporary layer, a file or a layer in a GeoPackage.</source>
            <translation>Où le résultat est écrit : une couche temporaire, un fichier ou une couche dans un GeoPackage.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="33" />
            <source>The day the figures hold for; empty: today.</source>
            <translation>Le jour auquel se rapportent les chiffres ; vide : aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="34" />
            <source>The vacancy register as points, as written by Import vacancy register.</source>
            <translation>Le registre de l'inoccupation en points, tel que l'écrit Importer le registre de l'inoccupation.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="35" />
            <source>Addresses or buildings to divide by, so the result is a rate and not only a count.</source>
            <translation>Adresses ou bâtiments par lesquels diviser, pour obtenir un taux et pas seulement un nombre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="37" />
            <source>Field that identifies each area uniquely.</source>
            <translation>Champ qui identifie chaque zone de manière unique.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="38" />
            <source>Field with the name of each area, shown in the results.</source>
            <translation>Champ avec le nom de chaque zone, affiché dans les résultats.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="39" />
            <source>Title of the published data set, written in its metadata.</source>
            <translation>Titre du jeu de données publié, repris dans ses métadonnées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="40" />
            <source>Organisation that publishes the data set, usually the municipality.</source>
            <translation>Organisation qui publie le jeu de données, en général la commune.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="41" />
            <source>Licence of the published data set; empty: the Flemish Modellicentie Gratis Hergebruik v1.0.</source>
            <translation>Licence du jeu de données publié ; vide : la Modellicentie Gratis Hergebruik v1.0 flamande.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="43" />
            <source>Where the data comes from, written in the metadata.</source>
            <translation>D'où viennent les données, repris dans les métadonnées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="44" />
            <source>File format of the output.</source>
            <translation>Format de fichier de la sortie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="45" />
            <source>Telraam hourly reports (CSV or JSON) or counting-pole exports; leave empty to use the counts in a study store.</source>
            <translation>Rapports horaires Telraam (CSV ou JSON) ou exports de postes de comptage ; laisser vide pour utiliser les comptages d'un stockage d'étude.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="47" />
            <source>Instead of files: a study store holding Telraam counts (loaded with Load Telraam counts).</source>
            <translation>Au lieu de fichiers : un stockage d'étude contenant des comptages Telraam (chargés avec Charger les comptages Telraam).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="49" />
            <source>Road segments or counting points to draw the results on; empty: a table without geometry.</source>
            <translation>Segments de route ou points de comptage sur lesquels dessiner les résultats ; vide : une table sans géométrie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="51" />
            <source>Field of the segments layer with the segment id of the counts.</source>
            <translation>Champ de la couche des segments avec l'identifiant de segment des comptages.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="52" />
            <source>Only these segments, ids separated by commas; empty: every counted segment.</source>
            <translation>Seulement ces segments, identifiants séparés par des virgules ; vide : tous les segments comptés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="54" />
            <source>A day counts only when this share of its hours was counted (hours with uptime of 0.5 or less are no counts).</source>
            <translation>Un jour ne compte que si cette part de ses heures a été comptée (les heures avec un uptime de 0,5 ou moins ne sont pas des comptages).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="56" />
            <source>The measured quantity to summarise (NO2, PM2.5, noise …).</source>
            <translation>La grandeur mesurée à résumer (NO2, PM2.5, bruit …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="57" />
            <source>Summarise per sensor, per area of the areas layer, or for the whole municipality.</source>
            <translation>Résumer par capteur, par zone de la couche des zones, ou pour toute la commune.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="59" />
            <source>Polygons to summarise per (only for 'per area').</source>
            <translation>Polygones par lesquels résumer (seulement pour « par zone »).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="60" />
            <source>Field with the name of each area in the result.</source>
            <translation>Champ avec le nom de chaque zone dans le résultat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="61" />
            <source>Length of each period of the statistics: hour, day, week, month or year.</source>
            <translation>Durée de chaque période des statistiques : heure, jour, semaine, mois ou année.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="63" />
            <source>Which percentile of the readings to report, e.g. 98 for the 98th percentile.</source>
            <translation>Quel percentile des mesures rapporter, p. ex. 98 pour le 98e percentile.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="65" />
            <source>Readings above this value count as exceedances; empty: the EU limit value of the property.</source>
            <translation>Les mesures au-dessus de cette valeur comptent comme dépassements ; vide : la valeur limite UE de la grandeur.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="67" />
            <source>Count exceedances of single readings, or of hourly or daily means as the EU directive does.</source>
            <translation>Compter les dépassements des mesures isolées, ou des moyennes horaires ou journalières comme la directive UE.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="69" />
            <source>A period with less data than this share gets no value (it is marked, not hidden).</source>
            <translation>Une période avec moins de données que cette part n'a pas de valeur (elle est signalée, pas cachée).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="71" />
            <source>Table of the statistics per sensor or area and period.</source>
            <translation>Table des statistiques par capteur ou zone et par période.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="72" />
            <source>Points where a device was heard, with the gateway and the signal strength (RSSI, SNR).</source>
            <translation>Points où un appareil a été entendu, avec la passerelle et la force du signal (RSSI, SNR).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="74" />
            <source>Or the measurements as a CSV file with coordinates (e.g. a TTN Mapper export).</source>
            <translation>Ou les mesures en fichier CSV avec coordonnées (p. ex. un export TTN Mapper).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="76" />
            <source>Field of the measurements naming the gateway that heard them; empty: found from the column names.</source>
            <translation>Champ des mesures nommant la passerelle qui les a entendues ; vide : trouvé d'après les noms de colonnes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="78" />
            <source>Field with the received signal strength (dBm); empty: found from the column names.</source>
            <translation>Champ avec la puissance du signal reçu (dBm) ; vide : trouvé d'après les noms de colonnes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="80" />
            <source>Field with the signal-to-noise ratio (dB); empty: found from the column names.</source>
            <translation>Champ avec le rapport signal sur bruit (dB) ; vide : trouvé d'après les noms de colonnes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="82" />
            <source>Field with the spreading factor of each message; empty: found from the column names.</source>
            <translation>Champ avec le facteur d'étalement de chaque message ; vide : trouvé d'après les noms de colonnes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="84" />
            <source>Point layer of the gateways that heard the measurements.</source>
            <translation>Couche de points des passerelles qui ont entendu les mesures.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="85" />
            <source>Field of the gateways with the id used in the measurements.</source>
            <translation>Champ des passerelles avec l'identifiant utilisé dans les mesures.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="86" />
            <source>Field with the antenna height of each gateway in metres above the ground; empty values use the default.</source>
            <translation>Champ avec la hauteur d'antenne de chaque passerelle en mètres au-dessus du sol ; les valeurs vides prennent la valeur par défaut.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="88" />
            <source>Field with the transmit power (EIRP, dBm) of the devices; empty values use the default.</source>
            <translation>Champ avec la puissance d'émission (PIRE, dBm) des appareils ; les valeurs vides prennent la valeur par défaut.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="90" />
            <location filename="../processing/algorithms/parameter_help.py" line="353" />
            <source>Field with the antenna gain (dBi) of each gateway; empty values use the default.</source>
            <translation>Champ avec le gain d’antenne (dBi) de chaque passerelle ; les valeurs vides prennent la valeur par défaut.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="92" />
            <location filename="../processing/algorithms/parameter_help.py" line="355" />
            <source>Field with the cable and connector loss (dB) of each gateway; empty values use the default.</source>
            <translation>Champ avec la perte de câble et de connecteurs (dB) de chaque passerelle ; les valeurs vides prennent la valeur par défaut.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="94" />
            <source>Antenna height above the ground where the layer gives none.</source>
            <translation>Hauteur d'antenne au-dessus du sol là où la couche n'en donne pas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="96" />
            <source>Transmit power of the devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band.</source>
            <translation>Puissance d'émission des appareils : 16 dBm PIRE est le maximum légal dans la bande UE de 868 MHz.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="98" />
            <location filename="../processing/algorithms/parameter_help.py" line="361" />
            <source>Gain of the gateway antenna; 3 dBi for a common fibreglass antenna.</source>
            <translation>Gain de l’antenne de la passerelle ; 3 dBi pour une antenne courante en fibre de verre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="100" />
            <location filename="../processing/algorithms/parameter_help.py" line="362" />
            <source>Loss in the cable and connectors between gateway and antenna.</source>
            <translation>Perte dans le câble et les connecteurs entre la passerelle et l’antenne.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="102" />
            <location filename="../processing/algorithms/parameter_help.py" line="398" />
            <source>Radio frequency; 868.1 MHz is the first channel of LoRaWAN EU868, used in Belgium.</source>
            <translation>Fréquence radio ; 868,1 MHz est le premier canal de LoRaWAN EU868, utilisé en Belgique.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="104" />
            <source>Height of the devices above the ground when measuring; 1.5 m for a device carried by hand.</source>
            <translation>Hauteur des appareils au-dessus du sol pendant la mesure ; 1,5 m pour un appareil tenu en main.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="106" />
            <source>Published model whose error on the measurements is reported next to the calibrated one.</source>
            <translation>Modèle publié dont l'erreur sur les mesures est rapportée à côté de celle du modèle calibré.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="108" />
            <source>The RSSI at which the receiver reports its weakest packets (dBm); packets at this floor count as censored. Empty: estimated per spreading factor from a pile-up of packets at the lowest RSSI.</source>
            <translation>Le RSSI auquel le récepteur signale ses paquets les plus faibles (dBm) ; les paquets à ce plancher comptent comme censurés. Vide : estimé par facteur d'étalement à partir d'une accumulation de paquets au RSSI le plus bas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="112" />
            <source>Also fit a model per gateway, for gateways with enough measurements.</source>
            <translation>Ajuster aussi un modèle par passerelle, pour les passerelles ayant assez de mesures.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="114" />
            <source>A gateway gets its own fit only from this many measurements on.</source>
            <translation>Une passerelle n'a son propre ajustement qu'à partir de ce nombre de mesures.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="116" />
            <source>Name of the calibrated parameter set, as the siting algorithms list it.</source>
            <translation>Nom du jeu de paramètres calibré, tel que les algorithmes d'implantation l'affichent.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="118" />
            <source>JSON file of the parameter set, to give to Radio coverage or the siting algorithms.</source>
            <translation>Fichier JSON du jeu de paramètres, à donner à Couverture radio ou aux algorithmes d'implantation.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="120" />
            <source>Table of the fit per gateway: measurements used, error before and after.</source>
            <translation>Table de l'ajustement par passerelle : mesures utilisées, erreur avant et après.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="122" />
            <source>First day of the period before the change.</source>
            <translation>Premier jour de la période avant le changement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="123" />
            <source>Last day of the period before the change.</source>
            <translation>Dernier jour de la période avant le changement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="124" />
            <source>First day of the period after the change.</source>
            <translation>Premier jour de la période après le changement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="125" />
            <source>Last day of the period after the change.</source>
            <translation>Dernier jour de la période après le changement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="126" />
            <source>Which days are compared: school-term weekdays, weekend days or all days.</source>
            <translation>Quels jours sont comparés : jours de semaine scolaires, jours de week-end ou tous les jours.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="128" />
            <source>Also compare weekdays in the Flemish school holidays.</source>
            <translation>Comparer aussi les jours de semaine des vacances scolaires flamandes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="129" />
            <source>A segment is compared only with at least this many valid days in each period.</source>
            <translation>Un segment n'est comparé qu'avec au moins ce nombre de jours valides dans chaque période.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="131" />
            <source>Per segment and mode: before, after, the change with its confidence interval and the verdict.</source>
            <translation>Par segment et par mode : avant, après, la variation avec son intervalle de confiance et le verdict.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="133" />
            <source>The store to copy from: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>Le stockage à copier : un fichier GeoPackage ou pg:&lt;connexion enregistrée&gt;?schema=&lt;schéma&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="135" />
            <source>The store to copy into; it is created when it does not exist.</source>
            <translation>Le stockage de destination ; il est créé s'il n'existe pas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="136" />
            <source>Replace the data already in the target; otherwise a target with data is refused.</source>
            <translation>Remplacer les données déjà présentes dans la destination ; sinon une destination contenant des données est refusée.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="138" />
            <source>Layer of the sensors with their owner, location, properties and latest reading.</source>
            <translation>Couche des capteurs avec leur propriétaire, leur position, leurs grandeurs et leur dernière mesure.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="140" />
            <source>The study GeoPackage; its addresses layer is added or replaced, its other layers are kept.</source>
            <translation>Le GeoPackage d'étude ; sa couche d'adresses est ajoutée ou remplacée, ses autres couches sont conservées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="142" />
            <source>Which GRB layers to download: buildings, parcels, road segments …</source>
            <translation>Quelles couches GRB télécharger : bâtiments, parcelles, segments de route …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="143" />
            <source>The study GeoPackage; the chosen layers are added or replaced, the others are kept.</source>
            <translation>Le GeoPackage d'étude ; les couches choisies sont ajoutées ou remplacées, les autres sont conservées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="145" />
            <source>The project register layer; contact fields are never exported.</source>
            <translation>La couche du registre des projets ; les champs de contact ne sont jamais exportés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="147" />
            <location filename="../processing/algorithms/parameter_help.py" line="158" />
            <source>The open-data file, with its metadata next to it.</source>
            <translation>Le fichier de données ouvertes, avec ses métadonnées à côté.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="148" />
            <source>The indicators per area, as written by Vacancy indicators; small numbers stay suppressed.</source>
            <translation>Les indicateurs par zone, tels que les écrit Indicateurs d'inoccupation ; les petits nombres restent masqués.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="150" />
            <source>Also publish the vacant premises as points, without any personal data.</source>
            <translation>Publier aussi les biens inoccupés en points, sans aucune donnée personnelle.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="152" />
            <source>Only premises of these types are published as points (shops, for example).</source>
            <translation>Seuls les biens de ces types sont publiés en points (les commerces, par exemple).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="154" />
            <source>The day the published points hold for; empty: today.</source>
            <translation>Le jour auquel se rapportent les points publiés ; vide : aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="156" />
            <source>Where a rate is suppressed for small numbers, leave its counts empty too.</source>
            <translation>Là où un taux est masqué pour petits nombres, laisser aussi ses nombres vides.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="159" />
            <source>A file of readings: CSV, Excel, or an export of sensor.community, IRCEL-CELINE or Telraam.</source>
            <translation>Un fichier de mesures : CSV, Excel, ou un export de sensor.community, IRCEL-CELINE ou Telraam.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="161" />
            <source>The kind of file; automatic recognises the known exports.</source>
            <translation>Le type de fichier ; automatique reconnaît les exports connus.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="162" />
            <source>For other files: which column holds what, as key=column; … (time=Datum; value=NO2).</source>
            <translation>Pour d'autres fichiers : quelle colonne contient quoi, sous la forme clé=colonne; … (time=Datum; value=NO2).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="164" />
            <source>Time zone of times written without an offset; Belgian time for most local exports.</source>
            <translation>Fuseau horaire des heures écrites sans décalage ; heure belge pour la plupart des exports locaux.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="166" />
            <source>The measured quantity, when the file does not say it (no2, pm25, noise …).</source>
            <translation>La grandeur mesurée, quand le fichier ne l'indique pas (no2, pm25, noise …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="168" />
            <source>Where the sensor stands, for a file of one sensor without coordinates.</source>
            <translation>Où se trouve le capteur, pour un fichier d'un seul capteur sans coordonnées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="170" />
            <source>The study store the readings are added to: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>Le stockage d'étude auquel les mesures sont ajoutées : un fichier GeoPackage ou pg:&lt;connexion enregistrée&gt;?schema=&lt;schéma&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="172" />
            <source>The export of the vacancy register: a VIP export, or another CSV or Excel file.</source>
            <translation>L'export du registre de l'inoccupation : un export VIP, ou un autre fichier CSV ou Excel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="174" />
            <source>For files that are not a VIP export: which column holds what, as role=column; …</source>
            <translation>Pour les fichiers qui ne sont pas un export VIP : quelle colonne contient quoi, sous la forme rôle=colonne; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="176" />
            <source>Words of your register for a status that the plugin does not know, as word=status; …</source>
            <translation>Mots de votre registre pour un statut que l'extension ne connaît pas, sous la forme mot=statut; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="178" />
            <source>Words of your register for a property type that the plugin does not know, as word=type; …</source>
            <translation>Mots de votre registre pour un type de bien que l'extension ne connaît pas, sous la forme mot=type; …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="180" />
            <source>The day of the export; empty: read from the file name, else today.</source>
            <translation>Le jour de l'export ; vide : lu dans le nom du fichier, sinon aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="182" />
            <source>NIS code of the municipality, when the export does not say it.</source>
            <translation>Code INS de la commune, quand l'export ne l'indique pas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="184" />
            <source>Address layer in the standard schema (Download addresses) to place dossiers on their address.</source>
            <translation>Couche d'adresses au schéma standard (Télécharger les adresses) pour placer les dossiers à leur adresse.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="186" />
            <source>GRB parcels (ADP, with CAPAKEY) to place dossiers that give a parcel.</source>
            <translation>Parcelles GRB (ADP, avec CAPAKEY) pour placer les dossiers qui donnent une parcelle.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="188" />
            <source>GRB buildings (GBG) to place dossiers that give a building.</source>
            <translation>Bâtiments GRB (GBG) pour placer les dossiers qui donnent un bâtiment.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="190" />
            <source>The study store the register is kept in, with its history: a GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;.</source>
            <translation>Le stockage d'étude où le registre est conservé avec son historique : un fichier GeoPackage ou pg:&lt;connexion enregistrée&gt;?schema=&lt;schéma&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="192" />
            <source>The export holds every dossier: one missing from it has been removed from the register.</source>
            <translation>L'export contient tous les dossiers : un dossier absent a été retiré du registre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="195" />
            <source>Import an export older than the last one imported (to rebuild the history).</source>
            <translation>Importer un export plus ancien que le dernier importé (pour reconstruire l'historique).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="197" />
            <source>The rows that could not be imported, each with the reason.</source>
            <translation>Les lignes qui n'ont pas pu être importées, chacune avec la raison.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="199" />
            <source>The measured quantity to map.</source>
            <translation>La grandeur mesurée à cartographier.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="200" />
            <source>The value of each sensor over the period: mean, median, maximum …</source>
            <translation>La valeur de chaque capteur sur la période : moyenne, médiane, maximum …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="202" />
            <source>Instead of the store: a point layer with one value per point.</source>
            <translation>Au lieu du stockage : une couche de points avec une valeur par point.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="204" />
            <source>Field of the point layer with the value.</source>
            <translation>Champ de la couche de points avec la valeur.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="205" />
            <source>Area of the surface; empty: the extent of the sensors.</source>
            <translation>Zone de la surface ; vide : l'emprise des capteurs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="206" />
            <source>Size of the cells of the surface in metres; smaller cells take longer.</source>
            <translation>Taille des cellules de la surface en mètres ; des cellules plus petites prennent plus de temps.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="208" />
            <source>Inverse-distance power: higher values let the nearest sensor weigh more.</source>
            <translation>Puissance de l'inverse de la distance : des valeurs plus élevées donnent plus de poids au capteur le plus proche.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="210" />
            <source>How many of the nearest sensors make each cell's value.</source>
            <translation>Combien des capteurs les plus proches font la valeur de chaque cellule.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="212" />
            <source>The interpolated surface (GeoTIFF); an estimate between sensors, not a measurement.</source>
            <translation>La surface interpolée (GeoTIFF) ; une estimation entre capteurs, pas une mesure.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="214" />
            <source>First day of the period whose works and events are loaded.</source>
            <translation>Premier jour de la période dont les travaux et événements sont chargés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="215" />
            <source>Last day of the period.</source>
            <translation>Dernier jour de la période.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="216" />
            <source>Which GIPOD collections to load: works (innames), events …</source>
            <translation>Quelles collections GIPOD charger : travaux (occupations), événements …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="217" />
            <source>The study GeoPackage; the GIPOD layers are added or replaced, the others are kept.</source>
            <translation>Le GeoPackage d'étude ; les couches GIPOD sont ajoutées ou remplacées, les autres sont conservées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="219" />
            <source>The pollutant whose official readings are loaded.</source>
            <translation>Le polluant dont les mesures officielles sont chargées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="220" />
            <source>First day to read from the sensor.community archive; empty: only the latest readings.</source>
            <translation>Premier jour à lire dans l'archive de sensor.community ; vide : seulement les dernières mesures.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="222" />
            <source>Day up to which the archive is read (that day not included).</source>
            <translation>Jour jusqu'auquel l'archive est lue (ce jour non compris).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="224" />
            <source>Root address of the SensorThings API service, e.g. https://…/v1.1.</source>
            <translation>Adresse racine du service SensorThings API, p. ex. https://…/v1.1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="225" />
            <source>Name of the observed property on the server; empty: every property.</source>
            <translation>Nom de la grandeur observée sur le serveur ; vide : toutes les grandeurs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="227" />
            <source>Telraam segment ids separated by commas; empty: every segment in the area.</source>
            <translation>Identifiants de segments Telraam séparés par des virgules ; vide : tous les segments de la zone.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="229" />
            <source>The municipality the study is about, by name or NIS code; empty: the whole region of the store.</source>
            <translation>La commune dont traite l'étude, par nom ou code INS ; vide : toute la région du stockage.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="231" />
            <source>Instead of a municipality: the area the study shows.</source>
            <translation>Au lieu d'une commune : la zone que montre l'étude.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="232" />
            <source>The theme pages of the study; a theme without data is left out with a note.</source>
            <translation>Les pages thématiques de l'étude ; un thème sans données est omis avec une note.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="234" />
            <source>Language of every text of the study.</source>
            <translation>Langue de tous les textes de l'étude.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="235" />
            <source>Paper size and orientation of the pages.</source>
            <translation>Format et orientation du papier des pages.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="236" />
            <source>Neighbourhoods (wijken, statistical sectors) for the figures per area and the atlas.</source>
            <translation>Quartiers ou secteurs statistiques pour les chiffres par zone et l'atlas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="238" />
            <source>Field with the name of each neighbourhood.</source>
            <translation>Champ avec le nom de chaque quartier.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="239" />
            <source>Add one page per neighbourhood, with its figures next to the municipality's.</source>
            <translation>Ajouter une page par quartier, avec ses chiffres à côté de ceux de la commune.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="241" />
            <source>Your own layers drawn under the themes (a base map, for example).</source>
            <translation>Vos propres couches dessinées sous les thèmes (un fond de plan, par exemple).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="242" />
            <source>Your own layout template (.qpt), made from one of the plugin's; empty: the plugin's.</source>
            <translation>Votre propre modèle de mise en page (.qpt), fait à partir d'un modèle de l'extension ; vide : celui de l'extension.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="244" />
            <source>Title on the title page; empty: Map study and the municipality's name.</source>
            <translation>Titre de la page de titre ; vide : Étude cartographique et le nom de la commune.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="245" />
            <source>The day the figures of the study hold for; empty: today.</source>
            <translation>Le jour auquel se rapportent les chiffres de l'étude ; vide : aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="246" />
            <source>The PDF of the study; an existing file is replaced only when the study is complete.</source>
            <translation>Le PDF de l'étude ; un fichier existant n'est remplacé que lorsque l'étude est complète.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="248" />
            <source>The municipality to publish, by name or NIS code; the store must hold its data.</source>
            <translation>La commune à publier, par son nom ou son code INS ; le stockage doit contenir ses données.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="250" />
            <source>The layers of the page; a theme the store has no data for is left out with a note.</source>
            <translation>Les couches de la page ; un thème sans données dans le stockage est omis avec une remarque.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="252" />
            <source>The languages the page offers; the first one chosen is the one it opens in.</source>
            <translation>Les langues que la page propose ; la première choisie est celle à l'ouverture.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="254" />
            <source>The folder of the web site: empty, or an earlier published site, which is replaced only when the new one is complete.</source>
            <translation>Le dossier du site web : vide, ou un site publié auparavant, remplacé seulement quand le nouveau est complet.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="256" />
            <source>The list of addresses to match: a table layer, a CSV or an Excel file.</source>
            <translation>La liste d'adresses à apparier : une couche table, un fichier CSV ou Excel.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="258" />
            <source>Column with the whole address in one text; use it or the separate columns below.</source>
            <translation>Colonne avec l'adresse complète en un texte ; utilisez-la ou les colonnes séparées ci-dessous.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="260" />
            <source>Column with the street name.</source>
            <translation>Colonne avec le nom de rue.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="261" />
            <source>Column with the house number (with or without its letter).</source>
            <translation>Colonne avec le numéro de maison (avec ou sans sa lettre).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="263" />
            <source>Column with the box number.</source>
            <translation>Colonne avec le numéro de boîte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="264" />
            <source>Column with the postcode.</source>
            <translation>Colonne avec le code postal.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="265" />
            <source>Column with the municipality.</source>
            <translation>Colonne avec la commune.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="266" />
            <source>The address register to match onto (Download addresses), so the matching works offline.</source>
            <translation>Le registre des adresses sur lequel apparier (Télécharger les adresses), pour apparier hors ligne.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="268" />
            <source>Without a reference: ask the online address register, which sends your addresses to that service.</source>
            <translation>Sans référence : interroger le registre des adresses en ligne, ce qui envoie vos adresses à ce service.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="270" />
            <source>Every row of the list with the address found, its id, how sure the match is and a point.</source>
            <translation>Chaque ligne de la liste avec l'adresse trouvée, son identifiant, la fiabilité de l'appariement et un point.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="272" />
            <source>Only the rows to check by hand (not found or not sure); written only when given.</source>
            <translation>Seulement les lignes à vérifier à la main (non trouvées ou incertaines) ; écrites seulement si indiquées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="274" />
            <source>Study stores with a project register, one per line.</source>
            <translation>Stockages d'étude contenant un registre des projets, un par ligne.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="275" />
            <source>Project registers as layers (e.g. the municipalities' own files).</source>
            <translation>Registres des projets en couches (p. ex. les fichiers propres des communes).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="277" />
            <source>The regional store the registers are merged into.</source>
            <translation>Le stockage régional dans lequel les registres sont fusionnés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="278" />
            <source>Projects that seem to be the same in two registers, to check by hand.</source>
            <translation>Projets qui semblent identiques dans deux registres, à vérifier à la main.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="280" />
            <source>Field of the segments with the speed limit (km/h), for the share of speeding.</source>
            <translation>Champ des segments avec la limite de vitesse (km/h), pour la part d'excès de vitesse.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="282" />
            <source>Speed limit where no field gives one (km/h).</source>
            <translation>Limite de vitesse là où aucun champ n'en donne (km/h).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="283" />
            <source>First day of the period; empty: the first counted day.</source>
            <translation>Premier jour de la période ; vide : le premier jour compté.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="284" />
            <source>Last day of the period; empty: the last counted day.</source>
            <translation>Dernier jour de la période ; vide : le dernier jour compté.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="285" />
            <source>Per segment: average daily traffic per mode and direction, modal split, peaks, v85 and speeding.</source>
            <translation>Par segment : trafic journalier moyen par mode et direction, répartition modale, pointes, v85 et excès de vitesse.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="287" />
            <source>The hourly counts with their time, to play in the temporal controller; written only when given.</source>
            <translation>Les comptages horaires avec leur heure, à animer dans le contrôleur temporel ; écrits seulement si indiqués.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="289" />
            <source>The project register layer.</source>
            <translation>La couche du registre des projets.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="290" />
            <source>Works or events in the public domain, e.g. the GIPOD innames.</source>
            <translation>Travaux ou événements sur le domaine public, p. ex. les occupations GIPOD.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="291" />
            <source>A project and a work this close to each other, at the same time, are a conflict.</source>
            <translation>Un projet et des travaux aussi proches l'un de l'autre, en même temps, sont un conflit.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="293" />
            <source>Field with the id of each project.</source>
            <translation>Champ avec l'identifiant de chaque projet.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="294" />
            <source>Field with the name of each project.</source>
            <translation>Champ avec le nom de chaque projet.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="295" />
            <source>Field with the start date of each project.</source>
            <translation>Champ avec la date de début de chaque projet.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="296" />
            <source>Field with the end date of each project.</source>
            <translation>Champ avec la date de fin de chaque projet.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="297" />
            <source>Field with the id of each work.</source>
            <translation>Champ avec l'identifiant de chaque chantier.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="298" />
            <source>Field with the name of each work.</source>
            <translation>Champ avec le nom de chaque chantier.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="299" />
            <source>Field with the start date of each work.</source>
            <translation>Champ avec la date de début de chaque chantier.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="300" />
            <source>Field with the end date of each work.</source>
            <translation>Champ avec la date de fin de chaque chantier.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="301" />
            <source>Each project and work that meet in place and time, with the days they overlap.</source>
            <translation>Chaque projet et chantier qui se rencontrent dans l'espace et le temps, avec les jours de chevauchement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="303" />
            <source>Analyse areas that already have a value, or count the register on a grid of cells.</source>
            <translation>Analyser des zones qui ont déjà une valeur, ou compter le registre sur une grille de cellules.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="305" />
            <source>Areas with a value to analyse, e.g. the vacancy indicators (areas mode).</source>
            <translation>Zones avec une valeur à analyser, p. ex. les indicateurs d'inoccupation (mode zones).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="307" />
            <source>Field with the value to analyse, e.g. the vacancy rate.</source>
            <translation>Champ avec la valeur à analyser, p. ex. le taux d'inoccupation.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="308" />
            <source>The vacancy register as points (grid mode).</source>
            <translation>Le registre de l'inoccupation en points (mode grille).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="309" />
            <source>Addresses or buildings per cell, so cells compare rates (grid mode).</source>
            <translation>Adresses ou bâtiments par cellule, pour comparer des taux (mode grille).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="311" />
            <location filename="../processing/algorithms/parameter_help.py" line="331" />
            <source>NIS code of the municipality; empty: the whole region.</source>
            <translation>Code INS de la commune ; vide : toute la région.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="312" />
            <source>Polygon of the area the grid covers (grid mode).</source>
            <translation>Polygone de la zone que couvre la grille (mode grille).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="313" />
            <source>Size of the grid cells; cells with few addresses are left out for privacy.</source>
            <translation>Taille des cellules de la grille ; les cellules avec peu d'adresses sont omises pour la vie privée.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="315" />
            <source>The day the register is counted on (grid mode); empty: today.</source>
            <translation>Le jour auquel le registre est compté (mode grille) ; vide : aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="317" />
            <source>Which areas are neighbours: sharing a border (on the grid: the 8 cells around), the k nearest, or within a distance.</source>
            <translation>Quelles zones sont voisines : celles qui partagent une limite (sur la grille : les 8 cellules autour), les k plus proches, ou celles à moins d’une distance donnée.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="319" />
            <source>Number of nearest neighbours (k nearest neighbours only).</source>
            <translation>Nombre de plus proches voisins (k plus proches voisins seulement).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="320" />
            <source>Areas within this distance are neighbours (distance band only).</source>
            <translation>Les zones à cette distance sont voisines (bande de distance seulement).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="321" />
            <source>Random permutations for the significance; more is steadier but slower.</source>
            <translation>Permutations aléatoires pour la significativité ; plus est plus stable mais plus lent.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="323" />
            <source>Seed of the random permutations: the same seed gives the same result.</source>
            <translation>Graine des permutations aléatoires : la même graine donne le même résultat.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="325" />
            <source>Largest p-value for a cluster of the local Moran's I to count.</source>
            <translation>Plus grande valeur p pour qu'un agrégat du I de Moran local compte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="327" />
            <source>Per area or cell: Gi* hot or cold spot, its significance and the Moran cluster.</source>
            <translation>Par zone ou cellule : point chaud ou froid Gi*, sa significativité et l'agrégat de Moran.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="329" />
            <source>Polygons (wijken, statistical sectors) or street segments (lines) to count per.</source>
            <translation>Polygones (quartiers, secteurs statistiques) ou segments de rue (lignes) par lesquels compter.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="332" />
            <source>Field of the street segments with the street code, to count premises on their own street.</source>
            <translation>Champ des segments de rue avec le code de rue, pour compter les biens sur leur propre rue.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="334" />
            <source>Field of the street segments with the street name.</source>
            <translation>Champ des segments de rue avec le nom de rue.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="335" />
            <source>A premise counts for the nearest segment of its street only within this distance.</source>
            <translation>Un bien ne compte pour le segment le plus proche de sa rue qu'à cette distance.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="337" />
            <source>Per area: premises, vacant premises, rate, types and durations; rates of small areas suppressed.</source>
            <translation>Par zone : biens, biens inoccupés, taux, types et durées ; taux des petites zones masqués.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="339" />
            <source>The vacancy register as points, for the published points.</source>
            <translation>Le registre de l'inoccupation en points, pour les points publiés.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="342" />
            <source>Point layer of the gateways (existing or planned) whose coverage is computed.</source>
            <translation>Couche de points des passerelles (existantes ou prévues) dont la couverture est calculée.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="344" />
            <source>Point layer of the places where a new gateway or sensor could go, for example roofs of public buildings.</source>
            <translation>Couche de points des endroits où une nouvelle passerelle ou un nouveau capteur pourrait aller, par exemple des toits de bâtiments publics.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="346" />
            <source>Field that names each site in the results; empty: the feature number.</source>
            <translation>Champ qui nomme chaque site dans les résultats ; vide : le numéro de l’entité.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="347" />
            <source>Field with the cost of a site (rent, installation); empty: every site costs 1.</source>
            <translation>Champ avec le coût d’un site (loyer, installation) ; vide : chaque site coûte 1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="349" />
            <source>Field with the antenna height of each site in metres above the ground; empty values use the default height.</source>
            <translation>Champ avec la hauteur d’antenne de chaque site en mètres au-dessus du sol ; les valeurs vides prennent la hauteur par défaut.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="351" />
            <source>Field with the transmit power (EIRP, dBm) of the end devices per site; empty values use the default.</source>
            <translation>Champ avec la puissance d’émission (PIRE, dBm) des appareils par site ; les valeurs vides prennent la valeur par défaut.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="357" />
            <source>Antenna height above the ground where the layer gives none: 15 m is a roof of a three-storey building.</source>
            <translation>Hauteur d’antenne au-dessus du sol quand la couche n’en donne pas : 15 m correspond au toit d’un immeuble de trois étages.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="359" />
            <source>Transmit power of the end devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz band (14 dBm ERP).</source>
            <translation>Puissance d’émission des appareils : 16 dBm PIRE est le maximum légal dans la bande européenne de 868 MHz (14 dBm PAR).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="363" />
            <source>Gateways or sensors already in place: they are kept and count for the coverage.</source>
            <translation>Passerelles ou capteurs déjà en place : ils sont conservés et comptent pour la couverture.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="365" />
            <source>The points the network must serve: sensors, addresses, meters, schools …</source>
            <translation>Les points que le réseau doit desservir : capteurs, adresses, compteurs, écoles …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="366" />
            <source>Field that says how much a point counts (residents, pupils, traffic); empty: every point counts once.</source>
            <translation>Champ qui dit combien compte un point (habitants, élèves, trafic) ; vide : chaque point compte une fois.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="368" />
            <source>Cover as much demand as possible with K new sites, or reach the coverage target with the cheapest sites.</source>
            <translation>Couvrir le plus de demande possible avec K nouveaux sites, ou atteindre l’objectif de couverture avec les sites les moins chers.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="370" />
            <source>How many new sites to choose.</source>
            <translation>Nombre de nouveaux sites à choisir.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="371" />
            <source>Share of the demand weight that must be covered (goal: coverage target).</source>
            <translation>Part du poids de la demande qui doit être couverte (objectif : couverture cible).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="372" />
            <source>How many gateways must hear each point: 2 keeps the network up when a gateway fails.</source>
            <translation>Nombre de passerelles qui doivent entendre chaque point : avec 2, le réseau fonctionne encore si une passerelle tombe en panne.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="374" />
            <source>Automatic takes the proven optimum when the exact method finds it within a few seconds, else the heuristic; the heuristic is fast and says how close to the best answer it is; exact finds the best answer but can take long.</source>
            <translation>Automatique prend l’optimum prouvé si la méthode exacte le trouve en quelques secondes, sinon l’heuristique ; l’heuristique est rapide et indique à quel point elle approche la meilleure réponse ; la méthode exacte trouve la meilleure réponse mais peut être longue.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="377" />
            <source>The exact method stops after this many seconds and returns the best answer found so far.</source>
            <translation>La méthode exacte s’arrête après ce nombre de secondes et rend la meilleure réponse trouvée jusque-là.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="379" />
            <source>A tighter guarantee of how close to optimal the answer is; can be slow on large problems.</source>
            <translation>Une garantie plus précise de la proximité de la réponse avec l’optimum ; peut être lent sur de grands problèmes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="381" />
            <source>Elevation of the ground (DTM), a single-band raster in a projected CRS such as the DHMV II in Lambert 72; not a base map.</source>
            <translation>Altitude du sol (MNT), un raster à une bande dans un SCR projeté comme le DHMV II en Lambert 72 ; pas un fond de plan.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="383" />
            <source>Elevation with buildings and trees (DSM, e.g. DHMV II DSM): obstacles are its height above the terrain model.</source>
            <translation>Altitude avec bâtiments et arbres (MNS, p. ex. DHMV II DSM) : les obstacles sont sa hauteur au-dessus du modèle de terrain.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="385" />
            <source>Building polygons (e.g. GRB buildings) as obstacles, when there is no surface model.</source>
            <translation>Polygones de bâtiments (p. ex. bâtiments du GRB) comme obstacles, quand il n’y a pas de modèle de surface.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="387" />
            <source>Field with the building height in metres; empty: the default height.</source>
            <translation>Champ avec la hauteur du bâtiment en mètres ; vide : la hauteur par défaut.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="389" />
            <source>Height of a building without a height: 8 m is about two storeys and a roof.</source>
            <translation>Hauteur d’un bâtiment sans hauteur : 8 m correspond à environ deux niveaux et un toit.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="391" />
            <source>Height of the end devices above the ground; 1.5 m for a sensor on a pole or a façade.</source>
            <translation>Hauteur des appareils au-dessus du sol ; 1,5 m pour un capteur sur un poteau ou une façade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="393" />
            <source>How terrain and obstacles weaken the signal: not at all, a fixed loss out of sight, or diffraction over the obstacles (the most realistic).</source>
            <translation>Comment le terrain et les obstacles affaiblissent le signal : pas du tout, une perte fixe hors de vue, ou la diffraction sur les obstacles (le plus réaliste).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="395" />
            <source>Extra loss where the gateway is out of sight, in line-of-sight mode only.</source>
            <translation>Perte supplémentaire là où la passerelle est hors de vue, en mode visibilité directe uniquement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="396" />
            <source>Reserve for fading and changes over time: a point counts as covered only with this much signal to spare.</source>
            <translation>Réserve pour l’évanouissement et les variations dans le temps : un point ne compte comme couvert qu’avec cette marge de signal.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="400" />
            <source>Formula for the loss over distance; a calibrated parameter set replaces it.</source>
            <translation>Formule de la perte en fonction de la distance ; un jeu de paramètres calibré la remplace.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="401" />
            <source>MCLP covers the most weight with K sensors, LSCP covers all points with the fewest sensors, p-median brings sensors closest to the points.</source>
            <translation>MCLP couvre le plus de poids avec K capteurs, LSCP couvre tous les points avec le moins de capteurs, p-médiane place les capteurs au plus près des points.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="403" />
            <source>Only for the user model: path loss at the reference distance.</source>
            <translation>Uniquement pour le modèle utilisateur : affaiblissement à la distance de référence.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="404" />
            <source>Only for the user model: how fast the loss grows with distance (2 in free space, 2.5–4 in towns).</source>
            <translation>Uniquement pour le modèle utilisateur : vitesse à laquelle la perte croît avec la distance (2 en espace libre, 2,5–4 en ville).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="406" />
            <source>Only for the user model: distance at which the reference loss holds.</source>
            <translation>Uniquement pour le modèle utilisateur : distance à laquelle vaut la perte de référence.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="407" />
            <source>A path-loss model calibrated on your own measurements (algorithm “Calibrate path loss from measurements”); replaces the model above.</source>
            <translation>Un modèle d’affaiblissement calibré sur vos propres mesures (algorithme « Calibrer l’affaiblissement de propagation sur des mesures ») ; remplace le modèle ci-dessus.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="409" />
            <source>Largest LoRa spreading factor the devices may use: higher reaches further but uses more air time and battery.</source>
            <translation>Plus grand facteur d’étalement LoRa que les appareils peuvent utiliser : plus élevé porte plus loin mais consomme plus de temps d’antenne et de batterie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="411" />
            <source>Area to compute; empty: as far as the gateways can reach.</source>
            <translation>Zone à calculer ; vide : aussi loin que portent les passerelles.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="412" />
            <source>Size of the computation cells in metres; 0 uses those of the terrain model. Larger cells compute faster.</source>
            <translation>Taille des cellules de calcul en mètres ; 0 reprend celle du modèle de terrain. Des cellules plus grandes calculent plus vite.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="414" />
            <source>A point is covered by a sensor within this distance.</source>
            <translation>Un point est couvert par un capteur situé à moins de cette distance.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="415" />
            <source>Neighbourhoods or districts: the report says how well each one is served.</source>
            <translation>Quartiers ou sections : le rapport indique dans quelle mesure chacun est desservi.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="416" />
            <source>Field with the name of each area in the report.</source>
            <translation>Champ avec le nom de chaque zone dans le rapport.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="417" />
            <source>NIS code of the municipality the scenario belongs to.</source>
            <translation>Code INS de la commune à laquelle appartient le scénario.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="418" />
            <source>Name of the scenario in the store; the same name again replaces it.</source>
            <translation>Nom du scénario dans le stockage ; le même nom le remplace.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="419" />
            <source>The chosen gateway sites, kept and new, with the demand each one covers.</source>
            <translation>Les sites de passerelle choisis, conservés et nouveaux, avec la demande que chacun couvre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="421" />
            <source>The chosen sensor sites, kept and new, with the demand each one covers.</source>
            <translation>Les sites de capteur choisis, conservés et nouveaux, avec la demande que chacun couvre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="423" />
            <source>The demand points, each with whether and by which site it is covered.</source>
            <translation>Les points de demande, chacun avec s’il est couvert et par quel site.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="425" />
            <source>The areas, each with the share of its demand that is covered.</source>
            <translation>Les zones, chacune avec la part de sa demande qui est couverte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="426" />
            <source>A report of the run as a web page: the answer, how close to the optimum it is, the coverage per area.</source>
            <translation>Un rapport du calcul en page web : la réponse, sa distance à l’optimum, la couverture par zone.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="428" />
            <source>Raster of the best received power in each cell (dBm).</source>
            <translation>Raster de la meilleure puissance reçue dans chaque cellule (dBm).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="429" />
            <source>Raster of the gateway heard best in each cell.</source>
            <translation>Raster de la passerelle la mieux entendue dans chaque cellule.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="430" />
            <source>Raster of how many gateways hear each cell with the fade margin to spare.</source>
            <translation>Raster du nombre de passerelles qui entendent chaque cellule avec la marge d’évanouissement en réserve.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="432" />
            <source>Raster of the smallest spreading factor that reaches each cell.</source>
            <translation>Raster du plus petit facteur d’étalement qui atteint chaque cellule.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/parameter_help.py" line="433" />
            <source>Polygons of the area each spreading factor reaches.</source>
            <translation>Polygones de la zone que chaque facteur d’étalement atteint.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="60" />
            <source>Candidate id field</source>
            <translation>Champ d’identifiant du candidat</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="81" />
            <source>Demand coverage</source>
            <translation>Couverture de la demande</translation>
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
            <translation>Borne de l’optimum</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="88" />
            <source>Gap to the bound (0-1)</source>
            <translation>Écart par rapport à la borne (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="89" />
            <source>Share of the optimum reached at least (0-1)</source>
            <translation>Part de l’optimum atteinte au moins (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="116" />
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_sensors.py" line="126" />
            <source>candidates</source>
            <translation>candidats</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/placement_common.py" line="128" />
            <source>demand points</source>
            <translation>points de demande</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="49" />
            <source>{layer} has no {what} field; choose it in the parameters.</source>
            <translation>{layer} n’a pas de champ « {what} » ; choisissez-le dans les paramètres.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="60" />
            <source>Conflicts between projects and works</source>
            <translation>Conflits entre projets et chantiers</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="63" />
            <source>Finds every project and work that lie within a distance of each other (default 25 m; 0 m = touching or overlapping) &lt;b&gt;and&lt;/b&gt; whose periods share at least one day, for coordination meetings: one line per pair (the shortest line between them) with both ids and names, the distance, and the overlapping period (overlap_start, overlap_end, overlap_days).&lt;br&gt;&lt;br&gt;Periods are whole days with both ends included; an empty start or end date is an open end (a project without an end date is still running; overlap_days stays empty when the overlap has no end). Periods that only follow each other do not conflict.&lt;br&gt;Without field choices the project register's fields (project_key, naam, startdatum, einddatum) and GIPOD's (GipodId, Description, Start, End) are used. Layers in another CRS are reprojected to EPSG:31370.</source>
            <translation>Recherche toutes les paires d’un projet et d’un chantier situés à une distance donnée l’un de l’autre au plus (25 m par défaut ; 0 m = qui se touchent ou se chevauchent) &lt;b&gt;et&lt;/b&gt; dont les périodes ont au moins un jour en commun, pour les réunions de coordination : une ligne par paire (la ligne la plus courte entre eux) avec les deux identifiants et noms, la distance et la période de chevauchement (overlap_start, overlap_end, overlap_days).&lt;br&gt;&lt;br&gt;Les périodes sont des jours entiers, premier et dernier jour inclus ; une date de début ou de fin vide est une borne ouverte (un projet sans date de fin est toujours en cours ; overlap_days reste vide lorsque le chevauchement n’a pas de fin). Des périodes qui se suivent simplement n’entrent pas en conflit.&lt;br&gt;Sans choix de champs, les champs du registre des projets (project_key, naam, startdatum, einddatum) et ceux de GIPOD (GipodId, Description, Start, End) sont utilisés. Les couches dans un autre SCR sont reprojetées en EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="79" />
            <source>Project id field</source>
            <translation>Champ d’identifiant du projet</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="80" />
            <source>Project name field</source>
            <translation>Champ du nom du projet</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="81" />
            <source>Project start field</source>
            <translation>Champ de date de début du projet</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="82" />
            <source>Project end field</source>
            <translation>Champ de date de fin du projet</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="83" />
            <source>Work id field</source>
            <translation>Champ d’identifiant du chantier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="84" />
            <source>Work name field</source>
            <translation>Champ du nom du chantier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="85" />
            <source>Work start field</source>
            <translation>Champ de date de début du chantier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="86" />
            <source>Work end field</source>
            <translation>Champ de date de fin du chantier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="92" />
            <source>Works (e.g. GIPOD INNAME)</source>
            <translation>Chantiers (p. ex. GIPOD INNAME)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="94" />
            <source>Within distance</source>
            <translation>Distance maximale</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="99" />
            <location filename="../processing/algorithms/project_conflicts.py" line="163" />
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="121" />
            <source>{layer} has no coordinate reference system; set it in the layer properties.</source>
            <translation>{layer} n’a pas de système de coordonnées de référence ; définissez-le dans les propriétés de la couche.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="127" />
            <source>id</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="128" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="129" />
            <source>start date</source>
            <translation>date de début</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="130" />
            <source>end date</source>
            <translation>date de fin</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/project_conflicts.py" line="164" />
            <source>{count} conflicts between {projects} projects and {works} works.</source>
            <translation>{count} conflits entre {projects} projets et {works} chantiers.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="25" />
            <source>Publish web map</source>
            <translation>Publier la carte web</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="26" />
            <source>Publish</source>
            <translation>Publier</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="28" />
            <source>Writes a self-contained web site of the study store for citizens: a map with a layer per theme (the device register, sensors with their latest reading and the daily means of the last 30 days, vacancy per neighbourhood, smart-city projects, gateway coverage), legends, charts, a table view, and the source, licence and date of every layer, in Dutch, French and English. Copy the folder to any web server, or open its index.html from disk.&lt;br&gt;&lt;br&gt;Beside each layer: the data as GeoJSON (WGS84) and DCAT-AP Vlaanderen metadata, so the Flemish open-data portal can harvest it.&lt;br&gt;&lt;br&gt;&lt;b&gt;Safe by default&lt;/b&gt;: only what the open-data exports and the device register allow. No owner, personal or tax field, no single vacant premise, neighbourhoods with fewer than 5 addresses suppressed, sensors that process personal data at the centre of their 100 m cell without their owner's name, sensors marked not public absent.</source>
            <translation>Écrit un site web autonome du stockage d'étude pour les citoyens : une carte avec une couche par thème (le registre des appareils, les capteurs avec leur dernière mesure et les moyennes journalières des 30 derniers jours, l'inoccupation par quartier, les projets de ville intelligente, la couverture des passerelles), des légendes, des graphiques, une vue en tableau, ainsi que la source, la licence et la date de chaque couche, en néerlandais, français et anglais. Copiez le dossier sur n'importe quel serveur web, ou ouvrez son index.html depuis le disque.&lt;br&gt;&lt;br&gt;À côté de chaque couche : les données en GeoJSON (WGS84) et les métadonnées DCAT-AP Vlaanderen, pour que le portail flamand de données ouvertes puisse les moissonner.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sûr par défaut&lt;/b&gt; : uniquement ce que les exports de données ouvertes et le registre des appareils autorisent. Aucun propriétaire, aucun champ personnel ou fiscal, aucun bien inoccupé isolé, les quartiers de moins de 5 adresses masqués, les capteurs qui traitent des données à caractère personnel au centre de leur maille de 100 m sans le nom de leur propriétaire, les capteurs non publics absents.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="55" />
            <source>Languages of the page</source>
            <translation>Langues de la page</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="57" />
            <source>Web site folder</source>
            <translation>Dossier du site web</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/publish_web_map.py" line="86" />
            <source>{n} layers published in {path}: {layers}.</source>
            <translation>{n} couches publiées dans {path} : {layers}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="28" />
            <source>Radio coverage (LoRaWAN)</source>
            <translation>Couverture radio (LoRaWAN)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="29" />
            <source>Predicts where LoRaWAN end devices reach the gateways. For every cell: received power at the gateway (uplink) = device EIRP + antenna gain − cable loss − path loss − terrain loss.&lt;br&gt;&lt;b&gt;Path loss&lt;/b&gt;: log-distance with a published parameter set, your own parameters or a calibrated set (see 'Calibrate path loss'), Okumura-Hata, COST-231 Hata or free space; never less than free space.&lt;br&gt;&lt;b&gt;Terrain&lt;/b&gt;: line of sight over the terrain model (plus the DSM or buildings as clutter) and knife-edge diffraction (ITU-R P.526) of the dominant obstacle; or line of sight only, computed by GDAL's viewshed.&lt;br&gt;&lt;b&gt;Outputs&lt;/b&gt;: best received power (dBm), the best gateway, how many gateways hear each cell (with the fade margin at SF12), the smallest spreading factor that closes the link with the fade margin, and coverage polygons per SF.&lt;br&gt;Gateways and buildings must be in the terrain model's CRS (EPSG:31370 in Flanders).&lt;br&gt;Note: the empirical models (log-distance, Hata) already contain the loss of the buildings typically around a receiver; buildings given as clutter add their diffraction on top, which gives a pessimistic map near street level. Use clutter with free space, or for a worst case.</source>
            <translation>Prédit où les terminaux LoRaWAN atteignent les passerelles. Pour chaque cellule : puissance reçue à la passerelle (liaison montante) = PIRE du terminal + gain d’antenne − pertes de câble − affaiblissement de propagation − pertes dues au terrain.&lt;br&gt;&lt;b&gt;Affaiblissement&lt;/b&gt; : log-distance avec un jeu de paramètres publié, vos propres paramètres ou un jeu calibré (voir « Calibrer l’affaiblissement »), Okumura-Hata, COST-231 Hata ou espace libre ; jamais moins que l’espace libre.&lt;br&gt;&lt;b&gt;Terrain&lt;/b&gt; : visibilité directe sur le modèle de terrain (plus le MNS ou les bâtiments comme sursol) et diffraction en lame de couteau (UIT-R P.526) de l’obstacle dominant ; ou visibilité seule, calculée par le viewshed de GDAL.&lt;br&gt;&lt;b&gt;Sorties&lt;/b&gt; : meilleure puissance reçue (dBm), la meilleure passerelle, le nombre de passerelles qui entendent chaque cellule (avec la marge d’évanouissement à SF12), le plus petit facteur d’étalement qui ferme la liaison avec la marge, et des polygones de couverture par SF.&lt;br&gt;Les passerelles et les bâtiments doivent être dans le SCR du modèle de terrain (EPSG:31370 en Flandre).&lt;br&gt;Remarque : les modèles empiriques (log-distance, Hata) contiennent déjà la perte due aux bâtiments qui entourent habituellement un récepteur ; des bâtiments donnés comme sursol y ajoutent leur diffraction, ce qui donne une carte pessimiste au niveau de la rue. Utilisez le sursol avec l’espace libre, ou pour le cas le plus défavorable.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="64" />
            <source>Best received power (dBm)</source>
            <translation>Meilleure puissance reçue (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="66" />
            <source>Best gateway</source>
            <translation>Meilleure passerelle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="69" />
            <source>Number of gateways that hear each cell</source>
            <translation>Nombre de passerelles par cellule</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="71" />
            <source>Smallest spreading factor</source>
            <translation>Plus petit facteur d’étalement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="74" />
            <source>Coverage per spreading factor</source>
            <translation>Couverture par facteur d’étalement</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="76" />
            <source>Share of the cells covered (0-1)</source>
            <translation>Part des cellules couvertes (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="96" />
            <source>Grid of {rows} × {cols} cells of {cell:g} m; model: {model}.</source>
            <translation>Grille de {rows} × {cols} cellules de {cell:g} m ; modèle : {model}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="114" />
            <source>{:.1f} % of the cells are covered at SF12 or better with the fade margin.</source>
            <translation>{:.1f} % des cellules sont couvertes à SF12 ou mieux avec la marge d’évanouissement.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/radio_coverage.py" line="136" />
            <location filename="../processing/algorithms/siting_common.py" line="466" />
            <source>{:.1f} % of the cells have no terrain data; they are filled from their nearest neighbours for the obstacles and left empty in the results.</source>
            <translation>{:.1f} % des cellules n’ont pas de données de terrain ; elles sont complétées à partir de leurs plus proches voisines pour les obstacles et laissées vides dans les résultats.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="50" />
            <source>Municipality (NIS code, e.g. 44021)</source>
            <translation>Commune (code INS, p. ex. 44021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="65" />
            <source>Area (polygons)</source>
            <translation>Zone (polygones)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="88" />
            <source>The area layer has no polygons.</source>
            <translation>La couche de zones n’a pas de polygones.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="94" />
            <source>Start (default: 7 days before the end)</source>
            <translation>Début (par défaut : 7 jours avant la fin)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="94" />
            <source>End (default: now)</source>
            <translation>Fin (par défaut : maintenant)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="146" />
            <source>New sensors</source>
            <translation>Nouveaux capteurs</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="146" />
            <source>New datastreams</source>
            <translation>Nouveaux flux de données</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="147" />
            <source>New readings</source>
            <translation>Nouvelles mesures</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sensors_common.py" line="147" />
            <source>Readings already stored</source>
            <translation>Mesures déjà enregistrées</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="25" />
            <source>Chooses LoRaWAN gateway sites among candidates so that as much demand as possible is heard (K sites), or a coverage target is reached at least cost. A demand point is heard by a site when the predicted uplink closes at the largest allowed spreading factor with the fade margin (same radio model as 'Radio coverage'); with a redundancy of r it counts only when r chosen gateways hear it. Existing gateways are kept and counted.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; (lazy greedy, then a swap local search) is fast and reports a certificate: an upper bound on the best possible coverage (the online submodular bound and a Lagrangian bound; the LP relaxation on small instances or on request) and the gap to it. &lt;b&gt;Exact&lt;/b&gt; solves the MILP with HiGHS (scipy.optimize.milp) within the time limit.&lt;br&gt;Outputs: the chosen sites in order with the coverage after each, the demand points with the number of chosen gateways that hear them, and an HTML report with the diminishing-returns chart and the certificate.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</source>
            <translation>Choisit des sites de passerelles LoRaWAN parmi des candidats afin qu’un maximum de demande soit entendu (K sites), ou qu’un objectif de couverture soit atteint au moindre coût. Un point de demande est entendu par un site quand la liaison montante prédite se ferme au plus grand facteur d’étalement autorisé avec la marge d’évanouissement (même modèle radio que « Couverture radio ») ; avec une redondance r, il ne compte que si r passerelles choisies l’entendent. Les passerelles existantes sont conservées et comptées.&lt;br&gt;&lt;b&gt;Glouton&lt;/b&gt; (glouton paresseux, puis recherche locale par échanges) est rapide et fournit un certificat : une borne supérieure de la meilleure couverture possible (la borne sous-modulaire en ligne et une borne lagrangienne ; la relaxation linéaire sur les petites instances ou sur demande) et l’écart à celle-ci. &lt;b&gt;Exact&lt;/b&gt; résout le MILP avec HiGHS (scipy.optimize.milp) dans la limite de temps.&lt;br&gt;Sorties : les sites choisis dans l’ordre avec la couverture après chacun, les points de demande avec le nombre de passerelles choisies qui les entendent, et un rapport HTML avec le graphique des rendements décroissants et le certificat.&lt;br&gt;&lt;b&gt;Candidats en plusieurs parties&lt;/b&gt; : une entité à plusieurs points est scindée en ses points, chacun un candidat à part entière (son identifiant avec -1, -2, …), et un avertissement les compte ; les entités sans géométrie sont ignorées et comptées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="46" />
            <source>Cost field (empty: every site costs 1)</source>
            <translation>Champ de coût (vide : chaque site coûte 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="48" />
            <source>Existing gateways (kept)</source>
            <translation>Passerelles existantes (conservées)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="49" />
            <source>Demand points (sensors, addresses, …)</source>
            <translation>Points de demande (capteurs, adresses, …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="50" />
            <source>Weight field (empty: every point weighs 1)</source>
            <translation>Champ de poids (vide : chaque point pèse 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="51" />
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="52" />
            <source>Cover the most demand with K new sites</source>
            <translation>Couvrir le plus de demande avec K nouveaux sites</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="53" />
            <source>Reach the coverage target at least cost</source>
            <translation>Atteindre l’objectif de couverture au moindre coût</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="54" />
            <location filename="../processing/algorithms/site_sensors.py" line="76" />
            <source>Number of new sites (K)</source>
            <translation>Nombre de nouveaux sites (K)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="56" />
            <source>Coverage target (% of the demand weight)</source>
            <translation>Objectif de couverture (% du poids de la demande)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="59" />
            <source>Gateways that must hear each point</source>
            <translation>Passerelles qui doivent entendre chaque point</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="68" />
            <location filename="../processing/algorithms/siting_common.py" line="220" />
            <source>Cell size (m; 0 = that of the terrain model)</source>
            <translation>Taille de cellule (m ; 0 = celle du modèle de terrain)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="70" />
            <source>Chosen gateway sites</source>
            <translation>Sites de passerelles choisis</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="71" />
            <location filename="../processing/algorithms/site_sensors.py" line="86" />
            <source>Covered share of the demand weight (0-1)</source>
            <translation>Part couverte du poids de la demande (0-1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="72" />
            <source>Objective (covered weight or cost)</source>
            <translation>Objectif (poids couvert ou coût)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="80" />
            <source>{s:.1f} % of the demand weight is heard by at least {r} gateway(s).</source>
            <translation>{s:.1f} % du poids de la demande est entendu par au moins {r} passerelle(s).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_gateways.py" line="98" />
            <source>existing gateways</source>
            <translation>passerelles existantes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="93" />
            <location filename="../processing/algorithms/site_sensors.py" line="127" />
            <source>demand</source>
            <translation>demande</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="122" />
            <source>{n} demand points lie outside the terrain model and count as not heard.</source>
            <translation>{n} points de demande se trouvent hors du modèle de terrain et comptent comme non entendus.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_gateways.py" line="124" />
            <source>Predicting which of {m} sites hears which of {n} demand points …</source>
            <translation>Prédiction des sites (parmi {m}) qui entendent les points de demande (parmi {n}) …</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="45" />
            <source>Chooses sensor sites among candidates for the demand (residents, pupils, traffic …: any points with an optional weight). A site covers the demand points within the radius (straight-line distance).&lt;br&gt;&lt;b&gt;MCLP&lt;/b&gt;: the K sites that cover the most weight. &lt;b&gt;LSCP&lt;/b&gt;: the fewest (or cheapest) sites that cover every demand point. &lt;b&gt;p-median&lt;/b&gt;: the K sites with the least weighted mean distance to the demand.&lt;br&gt;&lt;b&gt;Greedy&lt;/b&gt; is fast and reports a certificate (an upper bound for MCLP, a lower bound for LSCP and p-median) and the gap to it; &lt;b&gt;exact&lt;/b&gt; solves the MILP with HiGHS. Existing sensors are kept.&lt;br&gt;With areas (neighbourhoods), the covered share per area is reported and the least-covered areas are listed first.&lt;br&gt;&lt;b&gt;Multi-part candidates&lt;/b&gt;: a feature with several points is split into its points, each a candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are skipped and counted.</source>
            <translation>Choisit des sites de capteurs parmi des candidats pour la demande (habitants, élèves, trafic … : tous points avec un poids facultatif). Un site couvre les points de demande situés dans le rayon (distance à vol d’oiseau).&lt;br&gt;&lt;b&gt;MCLP&lt;/b&gt; : les K sites qui couvrent le plus de poids. &lt;b&gt;LSCP&lt;/b&gt; : le moins de sites (ou les moins chers) qui couvrent chaque point de demande. &lt;b&gt;p-médian&lt;/b&gt; : les K sites dont la distance moyenne pondérée à la demande est la plus faible.&lt;br&gt;&lt;b&gt;Glouton&lt;/b&gt; est rapide et fournit un certificat (une borne supérieure pour MCLP, une borne inférieure pour LSCP et p-médian) et l’écart par rapport à celle-ci ; &lt;b&gt;exact&lt;/b&gt; résout le MILP avec HiGHS. Les capteurs existants sont conservés.&lt;br&gt;Avec des zones (quartiers), la part couverte par zone est indiquée et les zones les moins couvertes sont listées en premier.&lt;br&gt;&lt;b&gt;Candidats en plusieurs parties&lt;/b&gt; : une entité à plusieurs points est scindée en ses points, chacun un candidat à part entière (son identifiant avec -1, -2, …), et un avertissement les compte ; les entités sans géométrie sont ignorées et comptées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="66" />
            <source>Cost field for LSCP</source>
            <translation>Champ de coût pour LSCP</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="67" />
            <source>Existing sensors (kept)</source>
            <translation>Capteurs existants (conservés)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="68" />
            <source>Weight field (residents, pupils, traffic …)</source>
            <translation>Champ de poids (habitants, élèves, trafic …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="71" />
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="72" />
            <source>MCLP: cover the most weight</source>
            <translation>MCLP : couvrir le plus de poids</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="73" />
            <source>LSCP: cover every point</source>
            <translation>LSCP : couvrir chaque point</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="74" />
            <source>p-median: shortest mean distance</source>
            <translation>p-médiane : distance moyenne minimale</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="80" />
            <source>Areas for the equity report</source>
            <translation>Zones pour le rapport d’équité</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="87" />
            <source>Weighted mean distance to the nearest site (m)</source>
            <translation>Distance moyenne pondérée au site le plus proche (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="88" />
            <source>Coverage per area</source>
            <translation>Couverture par zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="101" />
            <source>{n} sites chosen; {s:.1f} % of the demand weight lies within {r:g} m of a site; weighted mean distance {d:.0f} m.</source>
            <translation>{n} sites choisis ; {s:.1f} % du poids de la demande se trouve à moins de {r:g} m d’un site ; distance moyenne pondérée {d:.0f} m.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="127" />
            <location filename="../processing/algorithms/site_sensors.py" line="130" />
            <source>existing sensors</source>
            <translation>capteurs existants</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="128" />
            <location filename="../processing/algorithms/site_sensors.py" line="250" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="188" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="194" />
            <source>areas</source>
            <translation>zones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="135" />
            <source>existing {}</source>
            <translation>{} existants</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="151" />
            <source>{n:,} demand points × {m:,} candidates is too large for the p-median distance matrix; aggregate the demand (for example per building block) or use MCLP.</source>
            <translation>{n:,} points de demande × {m:,} candidats, c’est trop pour la matrice de distances du p-médian ; agrégez la demande (par exemple par îlot) ou utilisez MCLP.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/site_sensors.py" line="181" />
            <source>Least covered: {name} — {s:.1f} % of {w:,.0f}.</source>
            <translation>Le moins couvert : {name} — {s:.1f} % de {w:,.0f}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="79" />
            <source>Siting</source>
            <translation>Implantation</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="138" />
            <source>Antenna height field (m)</source>
            <translation>Champ de hauteur d’antenne (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="139" />
            <source>Device EIRP field (dBm)</source>
            <translation>Champ de PIRE du terminal (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="140" />
            <source>Gateway antenna gain field (dBi)</source>
            <translation>Champ de gain d’antenne de la passerelle (dBi)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="141" />
            <source>Cable loss field (dB)</source>
            <translation>Champ de pertes de câble (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="145" />
            <source>Default antenna height (m above ground)</source>
            <translation>Hauteur d’antenne par défaut (m au-dessus du sol)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="146" />
            <source>Default device EIRP (dBm)</source>
            <translation>PIRE du terminal par défaut (dBm)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="147" />
            <source>Default gateway antenna gain (dBi)</source>
            <translation>Gain d’antenne de la passerelle par défaut (dBi)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="148" />
            <source>Default cable loss (dB)</source>
            <translation>Pertes de câble par défaut (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="156" />
            <source>Log-distance, Oulu (Petäjäjärvi 2015, car)</source>
            <translation>Log-distance, Oulu (Petäjäjärvi 2015, voiture)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="157" />
            <source>Log-distance, Oulu over water (Petäjäjärvi 2015, boat)</source>
            <translation>Log-distance, Oulu au-dessus de l’eau (Petäjäjärvi 2015, bateau)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="158" />
            <source>Log-distance, Bonn fit (Rademacher 2021)</source>
            <translation>Log-distance, ajustement de Bonn (Rademacher 2021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="159" />
            <source>Log-distance, Dortmund (868 MHz urban)</source>
            <translation>Log-distance, Dortmund (868 MHz urbain)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="160" />
            <source>Log-distance, Ghent (as coded in lora-bonn)</source>
            <translation>Log-distance, Gand (tel que codé dans lora-bonn)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="161" />
            <source>Log-distance, LoRaSim/FLoRa (Bor 2016)</source>
            <translation>Log-distance, LoRaSim/FLoRa (Bor 2016)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="162" />
            <source>Okumura-Hata urban (large city)</source>
            <translation>Okumura-Hata urbain (grande ville)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="163" />
            <source>Okumura-Hata urban (small/medium city)</source>
            <translation>Okumura-Hata urbain (petite/moyenne ville)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="164" />
            <source>Okumura-Hata suburban</source>
            <translation>Okumura-Hata suburbain</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="165" />
            <source>Okumura-Hata open area</source>
            <translation>Okumura-Hata zone dégagée</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="166" />
            <source>COST-231 Hata (medium city, C_M 0 dB)</source>
            <translation>COST-231 Hata (ville moyenne, C_M 0 dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="167" />
            <source>COST-231 Hata (metropolitan centre, C_M 3 dB)</source>
            <translation>COST-231 Hata (centre métropolitain, C_M 3 dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="168" />
            <source>Free space (ITU-R P.525)</source>
            <translation>Espace libre (UIT-R P.525)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="169" />
            <source>Log-distance, user parameters (below)</source>
            <translation>Log-distance, paramètres de l’utilisateur (ci-dessous)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="176" />
            <source>Path-loss model</source>
            <translation>Modèle d’affaiblissement de propagation</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="178" />
            <source>User model: path loss at the reference distance (dB)</source>
            <translation>Modèle de l’utilisateur : affaiblissement à la distance de référence (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="180" />
            <source>User model: path-loss exponent n</source>
            <translation>Modèle de l’utilisateur : exposant d’affaiblissement n</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="183" />
            <source>User model: reference distance (km)</source>
            <translation>Modèle de l’utilisateur : distance de référence (km)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="186" />
            <source>Calibrated parameter set (name or .json file; replaces the model above)</source>
            <translation>Jeu de paramètres calibré (nom ou fichier .json ; remplace le modèle ci-dessus)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="191" />
            <source>Terrain model (DTM)</source>
            <translation>Modèle de terrain (MNT)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="192" />
            <source>Surface model (DSM) for clutter</source>
            <translation>Modèle de surface (MNS) pour le sursol</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="194" />
            <source>Buildings for clutter</source>
            <translation>Bâtiments pour le sursol</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="196" />
            <source>Building height field (m)</source>
            <translation>Champ de hauteur des bâtiments (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="199" />
            <source>Default building height (m)</source>
            <translation>Hauteur des bâtiments par défaut (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="202" />
            <source>Receiver (end device) height (m above ground)</source>
            <translation>Hauteur du récepteur (terminal) (m au-dessus du sol)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="206" />
            <source>Terrain effect</source>
            <translation>Effet du terrain</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="207" />
            <source>None (distance only)</source>
            <translation>Aucun (distance seule)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="207" />
            <source>Line of sight (GDAL viewshed; out of sight adds the loss below)</source>
            <translation>Visibilité directe (viewshed GDAL ; hors de vue, la perte ci-dessous s’ajoute)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="208" />
            <source>Line of sight and knife-edge diffraction</source>
            <translation>Visibilité directe et diffraction en lame de couteau</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="209" />
            <source>Extra loss out of sight, line-of-sight mode (dB)</source>
            <translation>Perte supplémentaire hors de vue, mode visibilité directe (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="212" />
            <source>Fade margin (dB)</source>
            <translation>Marge d’évanouissement (dB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="218" />
            <source>Extent (default: what the gateways can reach)</source>
            <translation>Emprise (par défaut : ce que les passerelles peuvent atteindre)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="225" />
            <source>Largest spreading factor allowed</source>
            <translation>Plus grand facteur d’étalement autorisé</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="232" />
            <source>Automatic (exact if fast, else heuristic)</source>
            <translation>Automatique (exacte si rapide, sinon heuristique)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="234" />
            <source>Heuristic only (with a quality bound)</source>
            <translation>Heuristique seule (avec borne de qualité)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="236" />
            <source>Time limit of the exact method (s)</source>
            <translation>Limite de temps de la méthode exacte (s)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="242" />
            <source>Also compute the LP-relaxation bound (tighter, can be slow on large instances)</source>
            <translation>Calculer aussi la borne de relaxation LP (plus serrée, peut être lente sur les grandes instances)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="282" />
            <source>The terrain model cannot be opened; choose a valid raster layer.</source>
            <translation>Le modèle de terrain ne peut pas être ouvert ; choisissez une couche raster valide.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="285" />
            <source>The terrain model must be in a projected CRS in metres (EPSG:31370 in Flanders); it is in {}. Reproject it first (Raster ▸ Projections ▸ Warp).</source>
            <translation>Le modèle de terrain doit être dans un SCR projeté en mètres (EPSG:31370 en Flandre) ; il est en {}. Reprojetez-le d’abord (Raster ▸ Projections ▸ Projection (warp)).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="296" />
            <source>The {what} layer is in {crs} but the terrain model is in {dem}; reproject the {what} (Vector ▸ Data Management Tools ▸ Reproject Layer) so both use the same CRS.</source>
            <translation>La couche {what} est en {crs} mais le modèle de terrain en {dem} ; reprojetez les {what} (Vecteur ▸ Outils de gestion des données ▸ Reprojeter une couche) pour que les deux utilisent le même SCR.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="369" />
            <source>{n} multi-part {what} were split into their parts, each one of its own ({total} in all, labelled with the id and -1, -2, …).</source>
            <translation>{n} {what} en plusieurs parties ont été scindés en leurs parties, chacune à part entière ({total} au total, étiquetées avec l'identifiant et -1, -2, …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="373" />
            <source>The {} layer has no features with a geometry.</source>
            <translation>La couche {} n’a aucune entité avec une géométrie.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="395" />
            <source>Site {} has an antenna height of zero or less; give every site a positive height.</source>
            <translation>Le site {} a une hauteur d’antenne nulle ou négative ; donnez une hauteur positive à chaque site.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="411" />
            <source>{n} {what} lie outside the terrain model ({ids}); remove them or use a larger terrain model.</source>
            <translation>{n} {what} se trouvent hors du modèle de terrain ({ids}) ; supprimez-les ou utilisez un modèle de terrain plus grand.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="434" />
            <source>The extent does not overlap the terrain model; choose an extent inside it.</source>
            <translation>L’emprise ne recouvre pas le modèle de terrain ; choisissez une emprise à l’intérieur de celui-ci.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="441" />
            <source>The grid would have {n:,} cells; choose a larger cell size or a smaller extent.</source>
            <translation>La grille aurait {n:,} cellules ; choisissez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="449" />
            <source>The raster {} is not read through GDAL; save it as a GeoTIFF first.</source>
            <translation>Le raster {} n’est pas lu via GDAL ; enregistrez-le d’abord en GeoTIFF.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="475" />
            <location filename="../processing/algorithms/siting_common.py" line="487" />
            <source>buildings</source>
            <translation>bâtiments</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="565" />
            <source>The {what} layer is in {crs}, which has no metres; reproject it to EPSG:31370 first.</source>
            <translation>La couche {what} est en {crs}, qui n’est pas en mètres ; reprojetez-la d’abord en EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="572" />
            <source>The {what} layer is in {crs} but the candidates are in {ref}; reproject it so all layers use the same CRS.</source>
            <translation>La couche {what} est en {crs} mais les candidats en {ref} ; reprojetez-la pour que toutes les couches utilisent le même SCR.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="649" />
            <source>Objective {obj:,.6g}; bound {bound:,.6g} ({kind}); gap {gap:.2f} %; at least {q:.2f} % of the optimum.</source>
            <translation>Objectif {obj:,.6g} ; borne {bound:,.6g} ({kind}) ; écart {gap:.2f} % ; au moins {q:.2f} % de l’optimum.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="653" />
            <source>The certificate cannot guarantee 95 % of the optimum; try the exact method or the LP bound for a tighter figure.</source>
            <translation>Le certificat ne peut pas garantir 95 % de l’optimum ; essayez la méthode exacte ou la borne LP pour un chiffre plus serré.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="664" />
            <source>Save as a scenario in this study store</source>
            <translation>Stockage où enregistrer le scénario</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="667" />
            <source>Municipality of the scenario (NIS code; empty: the niscode field of the demand points)</source>
            <translation>Commune du scénario (code INS ; vide : le champ niscode des points de demande)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="670" />
            <source>Scenario name (saving again under the same name replaces the scenario)</source>
            <translation>Nom du scénario (un nouvel enregistrement sous le même nom remplace le scénario)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="672" />
            <source>Scenario record in the store (fid)</source>
            <translation>Enregistrement du scénario dans le stockage (fid)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/siting_common.py" line="676" />
            <source>&lt;br&gt;With a &lt;b&gt;study store&lt;/b&gt;, the run is also saved there as a scenario (its figures, the chosen sites in order, the candidates and the existing sites), for the map study and later comparison. The municipality is the NIS code given, else the one value of the demand layer's niscode field; a scenario saved under the same name is replaced.</source>
            <translation>&lt;br&gt;Avec un &lt;b&gt;stockage d'étude&lt;/b&gt;, le calcul y est aussi enregistré comme scénario (ses chiffres, les sites choisis dans l'ordre, les candidats et les sites existants), pour l'étude cartographique et une comparaison ultérieure. La commune est le code INS indiqué, sinon l'unique valeur du champ niscode de la couche de demande ; un scénario enregistré sous le même nom est remplacé.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/store_parameter.py" line="42" />
            <source>A GeoPackage file, for example C:/studies/gent.gpkg, or a PostGIS schema through one of QGIS's saved PostgreSQL connections: pg:&lt;connection name&gt;?schema=&lt;schema&gt;.</source>
            <translation>Un fichier GeoPackage, par exemple C:/studies/gent.gpkg, ou un schéma PostGIS via l’une des connexions PostgreSQL enregistrées dans QGIS : pg:&lt;nom de la connexion&gt;?schema=&lt;schéma&gt;.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="67" />
            <source>{layer} has no niscode field: all its features are taken as lying in {municipality}.</source>
            <translation>{layer} n’a pas de champ niscode : toutes ses entités sont considérées comme situées dans {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="118" />
            <source>Municipality: {municipality}.</source>
            <translation>Commune : {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="125" />
            <source>No area has the niscode of {municipality}; choose the areas of that municipality or leave the municipality empty.</source>
            <translation>Aucune zone n’a le niscode de {municipality} ; choisissez les zones de cette commune ou laissez la commune vide.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_common.py" line="132" />
            <source>The register has no premises of municipality {municipality}.</source>
            <translation>Le registre des inoccupations ne contient aucun bien de la commune {municipality}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="35" />
            <source>Areas: a value per polygon</source>
            <translation>Zones : une valeur par polygone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="36" />
            <source>Grid: premises per cell of a regular grid</source>
            <translation>Grille : biens par cellule d’une grille régulière</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="37" />
            <source>Contiguity (neighbouring areas or cells)</source>
            <translation>Contiguïté (zones ou cellules voisines)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="37" />
            <source>k nearest neighbours</source>
            <translation>k plus proches voisins</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="38" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="117" />
            <source>Distance band</source>
            <translation>Bande de distance</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="43" />
            <source>Vacancy hot spots (Gi*, local Moran's I)</source>
            <translation>Points chauds d’inoccupation (Gi*, I de Moran local)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="46" />
            <source>Finds clusters of vacancy: Getis-Ord Gi* hot and cold spots and local Moran's I clusters and outliers, with significance from conditional permutations.&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt;: analyses a numeric field of a polygon layer, for example vacancy_rate from &lt;i&gt;Vacancy indicators per area&lt;/i&gt;. Areas without a value (suppressed small-number rates) are left out and marked 'Not analysed'.&lt;br&gt;&lt;b&gt;Grid&lt;/b&gt;: counts the premises in the register on the reference date per square cell; with a denominator layer the value is the rate per cell (cells with fewer than 5 units are left out). A study area limits the grid to the cells whose centre lies in it.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: gi_class is +3/+2/+1 for hot spots at 99/95/90 % confidence and -1/-2/-3 for cold spots, from the two-sided pseudo p-value of the permutations (gi_p_sim); gi_z and gi_p_norm are the analytical z-score and its normal p-value. moran_cluster says High-High, Low-Low, High-Low or Low-High where moran_p_sim is below the significance level. With many areas, some will be significant by chance: read the map as an indication, not as proof.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to analyse one municipality: only the features whose niscode field says that municipality (the register; areas, denominator and study area where they have such a field); leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: features without a geometry are left out and counted in a warning; invalid polygons are repaired and counted. Where global Moran's I is undefined (every value the same, or no area with a neighbour) it says so in a sentence and GLOBAL_MORAN is left empty.</source>
            <translation>Recherche des grappes d’inoccupation : points chauds et froids Getis-Ord Gi* et grappes et valeurs atypiques du I de Moran local, avec une significativité issue de permutations conditionnelles.&lt;br&gt;&lt;br&gt;&lt;b&gt;Zones&lt;/b&gt; : analyse un champ numérique d’une couche de polygones, par exemple vacancy_rate issu de &lt;i&gt;Indicateurs d’inoccupation par zone&lt;/i&gt;. Les zones sans valeur (taux masqués à petits effectifs) sont écartées et marquées 'Not analysed'.&lt;br&gt;&lt;b&gt;Grille&lt;/b&gt; : compte par cellule carrée les biens inscrits au registre à la date de référence ; avec une couche de dénominateur, la valeur est le taux par cellule (les cellules de moins de 5 unités sont écartées). Une zone d’étude limite la grille aux cellules dont le centre s’y trouve.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt; : gi_class vaut +3/+2/+1 pour les points chauds à 99/95/90 % de confiance et -1/-2/-3 pour les points froids, d’après la pseudo-valeur p bilatérale des permutations (gi_p_sim) ; gi_z et gi_p_norm sont le score z analytique et sa valeur p normale. moran_cluster indique High-High, Low-Low, High-Low ou Low-High là où moran_p_sim est inférieur au seuil de significativité. Avec de nombreuses zones, certaines seront significatives par hasard : lisez la carte comme une indication, pas comme une preuve.&lt;br&gt;&lt;b&gt;Commune&lt;/b&gt; : indiquez un code INS ou un nom pour analyser une seule commune : seulement les entités dont le champ niscode désigne cette commune (le registre des inoccupations ; zones, dénominateur et zone d’étude lorsqu’elles ont un tel champ) ; laissez vide pour toute la région.&lt;br&gt;&lt;b&gt;Géométries&lt;/b&gt; : les entités sans géométrie sont écartées et comptées dans un avertissement ; les polygones non valides sont réparés et comptés. Lorsque le I de Moran global n'est pas défini (partout la même valeur, ou aucune zone avec un voisin), une phrase le dit et GLOBAL_MORAN reste vide.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="89" />
            <source>Analyse</source>
            <translation>Analyser</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="92" />
            <source>Areas with a value (areas mode)</source>
            <translation>Zones avec une valeur (mode zones)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="97" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="135" />
            <source>Area id field</source>
            <translation>Champ d’identifiant de la zone</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="100" />
            <source>Vacancy register (grid mode)</source>
            <translation>Registre d’inoccupation (mode grille)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="102" />
            <source>Denominator (grid mode)</source>
            <translation>Dénominateur (mode grille)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="107" />
            <source>Study area (grid mode)</source>
            <translation>Zone d’étude (mode grille)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="108" />
            <source>Cell size (grid mode)</source>
            <translation>Taille de cellule (mode grille)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="111" />
            <source>Reference date (grid mode)</source>
            <translation>Date de référence (mode grille)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="113" />
            <source>Neighbours</source>
            <translation>Voisins</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="115" />
            <source>k (k nearest neighbours)</source>
            <translation>k (k plus proches voisins)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="118" />
            <source>Permutations</source>
            <translation>Permutations</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="121" />
            <source>Random seed (same seed, same result)</source>
            <translation>Graine aléatoire (même graine, même résultat)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="123" />
            <source>Significance level (Moran clusters)</source>
            <translation>Seuil de significativité (grappes de Moran)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="126" />
            <source>Hot spots</source>
            <translation>Points chauds</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="128" />
            <source>Global Moran's I</source>
            <translation>I de Moran global</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="129" />
            <source>Hot spots (90 % or more)</source>
            <translation>Points chauds (90 % ou plus)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="130" />
            <source>Cold spots (90 % or more)</source>
            <translation>Points froids (90 % ou plus)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="144" />
            <source>{n} units, {links} neighbour links; {perms} permutations.</source>
            <translation>{n} unités, {links} liens de voisinage ; {perms} permutations.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="162" />
            <source>{hot} hot and {cold} cold spots.</source>
            <translation>{hot} points chauds et {cold} points froids.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="173" />
            <source>Choose the areas layer with the value to analyse (for example the output of Vacancy indicators per area).</source>
            <translation>Choisissez la couche de zones contenant la valeur à analyser (par exemple la sortie de Indicateurs d’inoccupation par zone).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="178" />
            <source>Choose the value field to analyse.</source>
            <translation>Choisissez le champ de valeur à analyser.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="200" />
            <source>Choose the vacancy register for the grid.</source>
            <translation>Choisissez le registre d’inoccupation pour la grille.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="213" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="213" />
            <source>denominator units</source>
            <translation>unités du dénominateur</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="217" />
            <source>Grid of {rows} × {cols} cells of {size:.0f} m; {n} cells analysed.</source>
            <translation>Grille de {rows} × {cols} cellules de {size:.0f} m ; {n} cellules analysées.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="232" />
            <source>No study area has the niscode of {municipality}; choose the study area of that municipality or leave the municipality empty.</source>
            <translation>Aucune zone d’étude n’a le niscode de {municipality} ; choisissez la zone d’étude de cette commune ou laissez la commune vide.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="236" />
            <source>study areas</source>
            <translation>zones d'étude</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="58" />
            <source>The vacancy layer lacks the field(s) {fields}; use the register made by Import vacancy register or a layer with the same fields.</source>
            <translation>Il manque le ou les champs {fields} à la couche d’inoccupation ; utilisez le registre créé par Importer le registre d’inoccupation ou une couche avec les mêmes champs.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="72" />
            <source>Choose the vacancy layer.</source>
            <translation>Choisissez la couche d’inoccupation.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="74" />
            <source>The vacancy layer must be a point layer (the register made by Import vacancy register).</source>
            <translation>La couche d’inoccupation doit être une couche de points (le registre créé par Importer le registre d’inoccupation).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="78" />
            <source>The vacancy layer has no niscode field, so it cannot be filtered per municipality; use the register from the study store or leave the municipality empty.</source>
            <translation>La couche d’inoccupation n’a pas de champ niscode et ne peut donc pas être filtrée par commune ; utilisez le registre des inoccupations du stockage de l’étude ou laissez la commune vide.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="89" />
            <source>premises</source>
            <translation>biens</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="98" />
            <source>Measures vacancy per area (core shopping area, wijk, statistical sector, municipality) or per street segment, on a reference date.&lt;br&gt;&lt;br&gt;Per area: premises in the register by type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) and in total (n_vacant), the denominator (addresses or buildings in the area), the vacancy rate in %, the median and mean duration in years, and the entries and removals of the last 12 months. Every area is in the output, with zeros where there is no vacancy.&lt;br&gt;&lt;b&gt;Small numbers&lt;/b&gt;: where the area has fewer than 5 denominator units, small_numbers is true and the rate is left empty: such rates are unstable and can point at one household.&lt;br&gt;&lt;b&gt;Street segments&lt;/b&gt;: give a line layer as areas (for example Gent's wegsegmenten). Premises and addresses are then snapped to the nearest segment of their own street: by street code (the register's straatnaam_id and the addresses' street_id against the segments' CRAB code), else by street name.&lt;br&gt;&lt;b&gt;Municipality&lt;/b&gt;: give a NIS code or a name to measure one municipality of a regional register: only its premises, and its areas and addresses where those layers have a niscode field; leave it empty for the whole region.&lt;br&gt;&lt;b&gt;Geometries&lt;/b&gt;: premises, units and areas without a geometry are left out and counted in a warning; invalid polygons (a self-intersecting boundary) are repaired and counted; areas that do not overlap the premises or the units at all are refused, as that points at the wrong layer or a wrong CRS.</source>
            <translation>Mesure l’inoccupation par zone (noyau commercial, quartier, secteur statistique, commune) ou par segment de rue, à une date de référence.&lt;br&gt;&lt;br&gt;Par zone : les biens inscrits au registre par type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) et au total (n_vacant), le dénominateur (adresses ou bâtiments de la zone), le taux d’inoccupation en %, la durée médiane et moyenne en années, et les inscriptions et radiations des 12 derniers mois. Chaque zone figure dans la sortie, avec des zéros là où il n’y a pas d’inoccupation.&lt;br&gt;&lt;b&gt;Petits effectifs&lt;/b&gt; : lorsque la zone compte moins de 5 unités au dénominateur, small_numbers est vrai et le taux est laissé vide : de tels taux sont instables et peuvent désigner un seul ménage.&lt;br&gt;&lt;b&gt;Segments de rue&lt;/b&gt; : indiquez une couche de lignes comme zones (par exemple les wegsegmenten de Gand). Les biens et les adresses sont alors rattachés au segment le plus proche de leur propre rue : par code de rue (le straatnaam_id du registre et le street_id des adresses comparés au code CRAB des segments), sinon par nom de rue.&lt;br&gt;&lt;b&gt;Commune&lt;/b&gt; : indiquez un code INS ou un nom pour mesurer une seule commune d’un registre des inoccupations régional : seulement ses biens, et ses zones et adresses lorsque ces couches ont un champ niscode ; laissez vide pour toute la région.&lt;br&gt;&lt;b&gt;Géométries&lt;/b&gt; : les biens, unités et zones sans géométrie sont écartés et comptés dans un avertissement ; les polygones non valides (une limite qui se recoupe) sont réparés et comptés ; des zones qui ne recouvrent nulle part les biens ou les unités sont refusées, car cela indique une mauvaise couche ou un mauvais SCR.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="131" />
            <source>Vacancy register (points)</source>
            <translation>Registre d’inoccupation (points)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="133" />
            <source>Areas (polygons) or street segments (lines)</source>
            <translation>Zones (polygones) ou segments de rue (lignes)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="140" />
            <source>Denominator (addresses or buildings)</source>
            <translation>Dénominateur (adresses ou bâtiments)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="145" />
            <source>Reference date (empty: today)</source>
            <translation>Date de référence (vide : aujourd’hui)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="148" />
            <source>Street code field (CRAB)</source>
            <translation>Champ du code de rue (CRAB)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="151" />
            <source>Street name field of the segments</source>
            <translation>Champ du nom de rue des segments</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="154" />
            <source>Largest distance to a segment of the same street</source>
            <translation>Plus grande distance à un segment de la même rue</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="156" />
            <source>Vacancy indicators</source>
            <translation>Indicateurs d’inoccupation</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="169" />
            <source>{n} premises with a location.</source>
            <translation>{n} biens avec une localisation.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="184" />
            <source>Choose the areas layer.</source>
            <translation>Choisissez la couche de zones.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="195" />
            <source>{n} areas.</source>
            <translation>{n} zones.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="216" />
            <source>{n} denominator units.</source>
            <translation>{n} unités au dénominateur.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="238" />
            <source>Premises snapped by street code: {code}, by street name: {name}, not snapped: {none}.</source>
            <translation>Biens rattachés par code de rue : {code}, par nom de rue : {name}, non rattachés : {none}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/vacancy_indicators.py" line="262" />
            <source>{n} areas have fewer than {limit} units: their rate is suppressed.</source>
            <translation>{n} zones comptent moins de {limit} unités : leur taux est masqué.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="23" />
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
            <translation>Adresses (désignées sur la carte)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/geocoding.py" line="150" />
            <source>The address could not be added to the layer {layer}.</source>
            <translation>L’adresse n’a pas pu être ajoutée à la couche {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="77" />
            <source>the layer</source>
            <translation>la couche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="79" />
            <location filename="../smart_municipality/sensors/files.py" line="183" />
            <source>{source} has no rows.</source>
            <translation>{source} n’a aucune ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="95" />
            <source>The reference layer</source>
            <translation>La couche de référence</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="97" />
            <source>The reference layer {name} is not a point layer; choose an address layer.</source>
            <translation>La couche de référence {name} n’est pas une couche de points ; choisissez une couche d’adresses.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="101" />
            <source>The reference layer {name} has no coordinate reference system; set it (EPSG:31370 for the address register) and try again.</source>
            <translation>La couche de référence {name} n’a pas de système de coordonnées de référence ; définissez-le (EPSG:31370 pour le registre d’adresses) et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="108" />
            <source>The reference layer {name} lacks the columns street and housenumber of the standard address schema; use an address layer made by this plugin.</source>
            <translation>La couche de référence {name} n’a pas les colonnes street et housenumber du schéma d’adresse standard ; utilisez une couche d’adresses créée par cette extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="169" />
            <source>The reference layer {name} says {wrong} but its coordinates are {right}; correct the layer's coordinate reference system and try again.</source>
            <translation>La couche de référence {name} indique {wrong}, mais ses coordonnées sont en {right} ; corrigez le système de coordonnées de référence de la couche et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/layers.py" line="181" />
            <location filename="../smart_municipality/vacancy/layer_io.py" line="102" />
            <source>The coordinates of {layer} do not lie in Belgium in its coordinate reference system {crs} (x around {x:.0f}); set the layer's real CRS (Lambert 2008 is EPSG:3812) and try again.</source>
            <translation>Les coordonnées de {layer} ne se trouvent pas en Belgique dans son système de coordonnées de référence {crs} (x autour de {x:.0f}) ; définissez le SCR réel de la couche (Lambert 2008 est EPSG:3812) et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="215" />
            <location filename="../smart_municipality/labels.py" line="23" />
            <source>chosen by hand</source>
            <translation>choisi manuellement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="302" />
            <location filename="../smart_municipality/addresses/matcher.py" line="307" />
            <source>the postcode {postcode} and the place name {name} disagree</source>
            <translation>le code postal {postcode} et le nom de localité {name} ne concordent pas</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="314" />
            <source>the postcode {postcode} does not belong to {name}</source>
            <translation>le code postal {postcode} n’appartient pas à {name}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="318" />
            <source>the postcode {postcode} is not in the reference</source>
            <translation>le code postal {postcode} ne figure pas dans la référence</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="320" />
            <source>{place} is not a municipality of the reference</source>
            <translation>{place} n’est pas une commune de la référence</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="403" />
            <source>The reference layer lacks the column(s) {columns} of the standard address schema; use an address layer made by this plugin or rename its columns.</source>
            <translation>La couche de référence n’a pas la ou les colonnes {columns} du schéma d’adresse standard ; utilisez une couche d’adresses créée par cette extension ou renommez ses colonnes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="408" />
            <source>The reference layer holds no addresses.</source>
            <translation>La couche de référence ne contient aucune adresse.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="636" />
            <location filename="../smart_municipality/addresses/online.py" line="112" />
            <source>no street given</source>
            <translation>aucune rue indiquée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="653" />
            <source>several streets are spelled alike</source>
            <translation>plusieurs rues s’écrivent de façon similaire</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="712" />
            <source>street not found</source>
            <translation>rue introuvable</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="728" />
            <source>street not found; the nearest names differ too much</source>
            <translation>rue introuvable ; les noms les plus proches diffèrent trop</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="731" />
            <source>two or more streets are almost equally close</source>
            <translation>deux rues ou plus sont presque aussi proches</translation>
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
            <translation>Annulé ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="964" />
            <location filename="../smart_municipality/addresses/online.py" line="114" />
            <source>no house number given</source>
            <translation>aucun numéro indiqué</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="966" />
            <location filename="../smart_municipality/addresses/online.py" line="116" />
            <source>the house number {number} is not understood</source>
            <translation>le numéro {number} n’est pas compris</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="986" />
            <location filename="../smart_municipality/addresses/online.py" line="185" />
            <source>several addresses fit equally well</source>
            <translation>plusieurs adresses conviennent aussi bien</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="992" />
            <location filename="../smart_municipality/addresses/online.py" line="189" />
            <source>box {box} is not in the register</source>
            <translation>la boîte {box} ne figure pas dans le registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="999" />
            <location filename="../smart_municipality/addresses/online.py" line="193" />
            <source>street spelled {spelling} in the register</source>
            <translation>rue orthographiée {spelling} dans le registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1001" />
            <source>of the close street names, only this one has this house number</source>
            <translation>des noms de rue proches, seul celui-ci a ce numéro</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1024" />
            <source>registered under postcode {postcode}</source>
            <translation>enregistrée sous le code postal {postcode}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1027" />
            <source>first house number of the range</source>
            <translation>premier numéro de la plage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1099" />
            <location filename="../smart_municipality/addresses/online.py" line="179" />
            <source>the register has this house number only with box numbers</source>
            <translation>le registre n’a ce numéro qu’avec des numéros de boîte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/matcher.py" line="1104" />
            <source>house number {number} not found in {street}</source>
            <translation>numéro {number} introuvable dans {street}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="142" />
            <source>The address register sent an unexpected answer to an address match; the service may have changed, try again later.</source>
            <translation>Le registre d’adresses a envoyé une réponse inattendue à une correspondance d’adresse ; le service a peut-être changé, réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="165" />
            <source>the register knows the street but not this house number</source>
            <translation>le registre connaît la rue, mais pas ce numéro</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="166" />
            <source>the register found no address</source>
            <translation>le registre n’a trouvé aucune adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/addresses/online.py" line="171" />
            <source>the register found no address with house number {number}</source>
            <translation>le registre n’a trouvé aucune adresse avec le numéro {number}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="88" />
            <source>The base-map catalogue has an incomplete entry ({entry}); reinstall the plugin.</source>
            <translation>Le catalogue des fonds de plan contient une entrée incomplète ({entry}) ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="91" />
            <source>The base-map catalogue entry {entry} has an unknown kind {kind}; reinstall the plugin.</source>
            <translation>L’entrée {entry} du catalogue des fonds de plan a un type inconnu {kind} ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="94" />
            <source>The base-map catalogue entry {entry} names an unknown service {service}; reinstall the plugin.</source>
            <translation>L’entrée {entry} du catalogue des fonds de plan désigne un service inconnu {service} ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="97" />
            <source>The base-map catalogue entry {entry} has no tile matrix set for its default CRS; reinstall the plugin.</source>
            <translation>L’entrée {entry} du catalogue des fonds de plan n’a pas de jeu de matrices de tuiles pour son SCR par défaut ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="107" />
            <source>The base-map catalogue {path} cannot be read; reinstall the plugin.</source>
            <translation>Le catalogue des fonds de plan {path} est illisible ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="115" />
            <source>The base-map catalogue lists an id twice; reinstall the plugin.</source>
            <translation>Le catalogue des fonds de plan contient deux fois le même identifiant ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/basemaps/catalogue.py" line="210" />
            <source>The base map {title} could not be loaded from {service}; check the service status in the plugin settings.</source>
            <translation>Le fond de plan {title} n’a pas pu être chargé depuis {service} ; vérifiez l’état du service dans les paramètres de l’extension.</translation>
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
            <translation>Le dessin des graphiques</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/crs_text.py" line="21" />
            <location filename="../smart_municipality/common/crs_text.py" line="29" />
            <source>an unknown CRS</source>
            <translation>un SCR inconnu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/crs_text.py" line="29" />
            <source>a custom CRS ({definition})</source>
            <translation>un SCR personnalisé ({definition})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="101" />
            <source>features</source>
            <translation>entités</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="104" />
            <source>{n} of the {total} {items} of {layer} have no geometry and were left out.</source>
            <translation>{n} des {total} {items} de {layer} n'ont pas de géométrie et ont été écartés.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="107" />
            <source>{n} invalid geometries of {layer} (for example a self-intersecting boundary) were repaired before use.</source>
            <translation>{n} géométries non valides de {layer} (par exemple une limite qui se recoupe) ont été réparées avant usage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="110" />
            <source>{n} of them kept no area and were left out.</source>
            <translation>{n} d'entre elles n'avaient plus de surface et ont été écartées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="126" />
            <source>The layer {layer} has no features; choose a layer with data.</source>
            <translation>La couche {layer} n'a aucune entité ; choisissez une couche avec des données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="128" />
            <source>None of the {total} features of {layer} has a usable geometry; fill in the geometries or choose another layer.</source>
            <translation>Aucune des {total} entités de {layer} n'a de géométrie utilisable ; complétez les géométries ou choisissez une autre couche.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/geometry_check.py" line="157" />
            <source>{first} and {second} do not overlap anywhere; check that both are the right layers and that their coordinate reference systems are set correctly.</source>
            <translation>{first} et {second} ne se recouvrent nulle part ; vérifiez qu'il s'agit des bonnes couches et que leurs systèmes de coordonnées sont correctement définis.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="26" />
            <location filename="../smart_municipality/common/tables.py" line="88" />
            <location filename="../smart_municipality/mobility/counts.py" line="136" />
            <location filename="../smart_municipality/sensors/files.py" line="597" />
            <source>The file {name} does not exist.</source>
            <translation>Le fichier {name} n’existe pas.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="32" />
            <location filename="../smart_municipality/store/geopackage.py" line="296" />
            <source>{path} is not a GeoPackage (not an SQLite database); choose a .gpkg file.</source>
            <translation>{path} n’est pas un GeoPackage (ce n’est pas une base SQLite) ; choisissez un fichier .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="42" />
            <source>The GeoPackage {path} has no layer {layer}.</source>
            <translation>Le GeoPackage {path} n’a pas de couche {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="43" />
            <source>The GeoPackage {path} has no layer to read.</source>
            <translation>Le GeoPackage {path} n’a aucune couche lisible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/layer_files.py" line="44" />
            <source>{path} cannot be opened as a layer; choose a GeoPackage, shapefile, GeoJSON or another GIS file.</source>
            <translation>{path} ne peut pas être ouvert comme couche ; choisissez un GeoPackage, un shapefile, un GeoJSON ou un autre fichier SIG.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/optional.py" line="41" />
            <source>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}), or {alternative}.</source>
            <translation>{purpose} nécessite le module Python {module}, absent de cette installation de QGIS ; installez-le avec l’installateur OSGeo4W ou pip (Debian/Ubuntu : {package}), ou {alternative}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/optional.py" line="44" />
            <source>{purpose} needs the Python module {module}, which this QGIS installation lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: {package}).</source>
            <translation>{purpose} nécessite le module Python {module}, absent de cette installation de QGIS ; installez-le avec l’installateur OSGeo4W ou pip (Debian/Ubuntu : {package}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="32" />
            <source>{output} could not be created; check the output location.</source>
            <translation>{output} n'a pas pu être créé ; vérifiez l'emplacement de sortie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="45" />
            <source>no reason given</source>
            <translation>aucune raison donnée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/sinks.py" line="46" />
            <source>{output} could not be written completely ({reason}); the result is incomplete and was not used.</source>
            <translation>{output} n'a pas pu être écrit entièrement ({reason}) ; le résultat est incomplet et n'a pas été utilisé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="66" />
            <source>The column '{column}' is not in {source}; its columns are: {columns}.</source>
            <translation>La colonne '{column}' ne figure pas dans {source} ; ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="77" />
            <location filename="../smart_municipality/common/tables.py" line="276" />
            <location filename="../smart_municipality/common/tables.py" line="296" />
            <source>row {n}</source>
            <translation>ligne {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="77" />
            <location filename="../smart_municipality/common/tables.py" line="250" />
            <location filename="../smart_municipality/common/tables.py" line="276" />
            <location filename="../smart_municipality/common/tables.py" line="296" />
            <source>line {n}</source>
            <translation>ligne {n}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="79" />
            <location filename="../smart_municipality/common/tables.py" line="297" />
            <source>{place}, column '{column}'</source>
            <translation>{place}, colonne '{column}'</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="93" />
            <source>{name} is an old Excel (.xls) or OpenDocument (.ods) file; save it as .xlsx or CSV and try again.</source>
            <translation>{name} est un ancien fichier Excel (.xls) ou OpenDocument (.ods) ; enregistrez-le au format .xlsx ou CSV et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="123" />
            <location filename="../smart_municipality/common/tables.py" line="267" />
            <location filename="../smart_municipality/common/tables.py" line="358" />
            <source>{source} is empty.</source>
            <translation>{source} est vide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="148" />
            <source>{source} is not a text file (it holds binary data); export the table as CSV or XLSX and try again.</source>
            <translation>{source} n’est pas un fichier texte (il contient des données binaires) ; exportez le tableau en CSV ou XLSX et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="236" />
            <source>{source} mixes two text encodings (UTF-8 and another, from line {line} on); save the whole file again as UTF-8 and try again.</source>
            <translation>{source} mélange deux encodages de texte (UTF-8 et un autre, à partir de la ligne {line}) ; enregistrez à nouveau tout le fichier en UTF-8 et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="251" />
            <source>{source} cannot be read as a table at line {line} ({problem}); check the quotes and save the file again.</source>
            <translation>{source} ne peut pas être lu comme un tableau à la ligne {line} ({problem}) ; vérifiez les guillemets et enregistrez à nouveau le fichier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="257" />
            <source>{source} has a cell of more than {limit} characters at {place}; an unclosed quote (") probably swallowed the lines after it: correct the file and try again.</source>
            <translation>{source} contient une cellule de plus de {limit} caractères à {place} ; un guillemet non fermé (") a probablement englobé les lignes suivantes : corrigez le fichier et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="277" />
            <source>{source} has more values at {place} than column names in its header; a value probably contains the separator without quotes, or a column name is missing.</source>
            <translation>{source} contient à {place} plus de valeurs que de noms de colonnes dans son en-tête ; une valeur contient probablement le séparateur sans guillemets, ou un nom de colonne manque.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="285" />
            <source>{source} has two columns named '{name}' (columns {first} and {second}); rename one and try again.</source>
            <translation>{source} a deux colonnes nommées '{name}' (colonnes {first} et {second}) ; renommez-en une et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="289" />
            <source>{source} has column names but no rows.</source>
            <translation>{source} a des noms de colonnes mais aucune ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="306" />
            <source>Reading Excel files</source>
            <translation>La lecture de fichiers Excel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="306" />
            <source>save the sheet as CSV</source>
            <translation>enregistrez la feuille en CSV</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="310" />
            <source>{name} is not a readable Excel workbook; open it in Excel or LibreOffice, save it as .xlsx again and try again.</source>
            <translation>{name} n’est pas un classeur Excel lisible ; ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau au format .xlsx et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="352" />
            <source>{name} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
            <translation>{name} n’a pas de feuille '{sheet}' ; ses feuilles sont : {sheets}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/tables.py" line="360" />
            <source>{name} has several sheets with data ({sheets}); choose the sheet to read.</source>
            <translation>{name} contient plusieurs feuilles avec des données ({sheets}) ; choisissez la feuille à lire.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="34" />
            <source>{path} cannot be read as a vector file (GeoPackage, Shapefile, GeoJSON, …).</source>
            <translation>{path} ne peut pas être lu comme fichier vectoriel (GeoPackage, Shapefile, GeoJSON, …).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="66" />
            <source>{path} has no layer {layer}.</source>
            <translation>{path} n’a pas de couche {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/common/vector_io.py" line="152" />
            <source>{path} cannot be written; check the folder and that the file is not open elsewhere.</source>
            <translation>{path} ne peut pas être écrit ; vérifiez le dossier et que le fichier n’est pas ouvert ailleurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/sensors.py" line="119" />
            <location filename="../smart_municipality/demo/vacancy.py" line="263" />
            <location filename="../smart_municipality/demo/vacancy.py" line="288" />
            <source>The demo municipality</source>
            <translation>La commune de démonstration</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/sensors.py" line="289" />
            <source>Generated demo sensors: every reading is invented.</source>
            <translation>Capteurs de démonstration générés : chaque mesure est inventée.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="144" />
            <source>The demo GeoPackage {} does not exist; generate the demo first.</source>
            <translation>Le GeoPackage de démonstration {} n’existe pas ; générez d’abord la démo.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="149" />
            <source>The demo GeoPackage needs a buildings layer (GBG) and an addresses layer.</source>
            <translation>Le GeoPackage de démonstration a besoin d’une couche de bâtiments (GBG) et d’une couche d’adresses.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="187" />
            <source>Candidate sites every {spacing:g} m along the roads.</source>
            <translation>Sites candidats tous les {spacing:g} m le long des routes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="190" />
            <source>Candidate sites at every tenth address (the demo has no roads layer).</source>
            <translation>Sites candidats à une adresse sur dix (la démo n'a pas de couche de routes).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/siting.py" line="316" />
            <source>The largest buildings stand in for public buildings; antennas {height:g} m above the ground on their roofs.</source>
            <translation>Les plus grands bâtiments tiennent lieu de bâtiments publics ; antennes à {height:g} m au-dessus du sol sur leur toit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="365" />
            <source>The demo has no valid {layer} layer for the vacancy register.</source>
            <translation>La démo n'a pas de couche {layer} valide pour le registre d'inoccupation.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="376" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="307" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="118" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="192" />
            <source>Vacancy register</source>
            <translation>Registre d’inoccupation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/demo/vacancy.py" line="479" />
            <location filename="../smart_municipality/vacancy/chart.py" line="33" />
            <source>No dossiers in the register yet.</source>
            <translation>Aucun dossier dans le registre pour l’instant.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="140" />
            <source>The output {path} is a folder; choose a file name ending in .gpkg.</source>
            <translation>La sortie {path} est un dossier ; choisissez un nom de fichier se terminant par .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="147" />
            <source>Cannot write in the folder {folder}; choose another output file.</source>
            <translation>Impossible d’écrire dans le dossier {folder} ; choisissez un autre fichier de sortie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="171" />
            <source>{path} exists but is not a GeoPackage that can be added to; choose another output file.</source>
            <translation>{path} existe mais n’est pas un GeoPackage auquel on peut ajouter des couches ; choisissez un autre fichier de sortie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="196" />
            <source>Cannot create the GeoPackage in {folder} ({reason}); check the free disk space and your rights on the folder.</source>
            <translation>Impossible de créer le GeoPackage dans {folder} ({reason}) ; vérifiez l’espace disque libre et vos droits sur le dossier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="202" />
            <source>Writing layer {layer} to the GeoPackage failed ({reason}); check the free disk space.</source>
            <translation>L’écriture de la couche {layer} dans le GeoPackage a échoué ({reason}) ; vérifiez l’espace disque libre.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="213" />
            <source>Nothing was downloaded, so no GeoPackage was written.</source>
            <translation>Rien n’a été téléchargé, aucun GeoPackage n’a donc été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/geopackage_writer.py" line="218" />
            <source>Cannot replace {path}; close it in other programs and try again.</source>
            <translation>Impossible de remplacer {path} ; fermez-le dans les autres programmes et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="102" />
            <location filename="../smart_municipality/municipalities/catalogue.py" line="155" />
            <source>Give a municipality: its name or its five-digit NIS code.</source>
            <translation>Indiquez une commune : son nom ou son code INS à cinq chiffres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="109" />
            <source>{code} is not a NIS code; a NIS code has five digits, e.g. 44021 for Gent.</source>
            <translation>{code} n’est pas un code INS ; un code INS a cinq chiffres, p. ex. 44021 pour Gand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="128" />
            <location filename="../smart_municipality/municipalities/catalogue.py" line="144" />
            <source>{name} matches several municipalities; give its NIS code instead.</source>
            <translation>{name} correspond à plusieurs communes ; indiquez plutôt son code INS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="130" />
            <source>No municipality is called {name}; check the spelling or give its five-digit NIS code.</source>
            <translation>Aucune commune ne s’appelle {name} ; vérifiez l’orthographe ou indiquez son code INS à cinq chiffres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="132" />
            <source>No municipality is called {name} (did you mean {suggestions}?); check the spelling or give its five-digit NIS code.</source>
            <translation>Aucune commune ne s’appelle {name} (vouliez-vous dire {suggestions} ?) ; vérifiez l’orthographe ou indiquez son code INS à cinq chiffres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="140" />
            <source>{first} or {last}</source>
            <translation>{first} ou {last}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="205" />
            <source>The extent is empty; draw or choose an area on the map.</source>
            <translation>L’emprise est vide ; dessinez ou choisissez une zone sur la carte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="207" />
            <source>The extent lies outside Flanders (in EPSG:31370 it is {extent}); check its coordinate reference system.</source>
            <translation>L’emprise se trouve hors de la Flandre (en EPSG:31370, elle vaut {extent}) ; vérifiez son système de coordonnées de référence.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="209" />
            <source>the extent</source>
            <translation>l’emprise</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="248" />
            <source>{service} sent coordinates in EPSG:{sniffed} labelled EPSG:{epsg}; nothing was written, try again later.</source>
            <translation>{service} a envoyé des coordonnées en EPSG:{sniffed} étiquetées EPSG:{epsg} ; rien n’a été écrit, réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="288" />
            <source>{layer}: {received} of {total} features received.</source>
            <translation>{layer} : {received} entités reçues sur {total}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="318" />
            <location filename="../processing/algorithms/download_grb.py" line="53" />
            <source>Choose one or more GRB layers to download.</source>
            <translation>Choisissez une ou plusieurs couches GRB à télécharger.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="326" />
            <source>Downloading GRB layer {layer} for {area}.</source>
            <translation>Téléchargement de la couche GRB {layer} pour {area}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="342" />
            <source> ({dropped} outside the municipality left out)</source>
            <translation> ({dropped} hors de la commune écartées)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="344" />
            <source>{layer}: {count} features written{kept}.</source>
            <translation>{layer} : {count} entités écrites{kept}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="484" />
            <source>Downloading the addresses of {municipality}.</source>
            <translation>Téléchargement des adresses de {municipality}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="497" />
            <source>Page {page}: {count} addresses listed.</source>
            <translation>Page {page} : {count} adresses listées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="499" />
            <source>The address register has no addresses for {municipality}; check the municipality.</source>
            <translation>Le registre d’adresses n’a aucune adresse pour {municipality} ; vérifiez la commune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="502" />
            <source>The list has no positions; fetching {count} address details.</source>
            <translation>La liste n’a pas de positions ; récupération de {count} détails d’adresse.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="509" />
            <source>{count} addresses were removed from the register during the download and are left out.</source>
            <translation>{count} adresses ont été supprimées du registre pendant le téléchargement et sont écartées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/downloads/jobs.py" line="515" />
            <source>{count} addresses have no position and are written without geometry.</source>
            <translation>{count} adresses n’ont pas de position et sont écrites sans géométrie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="70" />
            <source>Matching addresses</source>
            <translation>Appariement des adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="107" />
            <location filename="../processing/algorithms/match_addresses.py" line="28" />
            <source>Match addresses</source>
            <translation>Apparier des adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="121" />
            <source>Match</source>
            <translation>Apparier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="123" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="143" />
            <source>Address list</source>
            <translation>Liste d’adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="146" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm)</source>
            <translation>Tableaux (*.csv *.txt *.tsv *.xlsx *.xlsm)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="148" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="152" />
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="158" />
            <source>or a table layer</source>
            <translation>ou une couche table</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="162" />
            <source>Columns (proposed from the headers; check them)</source>
            <translation>Colonnes (proposées d’après les en-têtes ; vérifiez-les)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <source>Full address</source>
            <translation>Adresse complète</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="164" />
            <source>House number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="165" />
            <source>Box</source>
            <translation>Boîte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="165" />
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="165" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="232" />
            <location filename="../smart_municipality/gui/widgets.py" line="133" />
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="181" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="188" />
            <source>Address layer</source>
            <translation>Couche d’adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="189" />
            <source>Without a reference, use the online address register</source>
            <translation>Sans référence, utiliser le registre d’adresses en ligne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="190" />
            <source>The street, number, box, postcode and municipality of every row are then sent to the Flemish address register; no other column leaves the computer.</source>
            <translation>La rue, le numéro, la boîte, le code postal et la commune de chaque ligne sont alors envoyés au registre d’adresses flamand ; aucune autre colonne ne quitte l’ordinateur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="205" />
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="207" />
            <source>No result yet.</source>
            <translation>Pas encore de résultat.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="380" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <source>Address in the list</source>
            <translation>Adresse dans la liste</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="210" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="148" />
            <location filename="../smart_municipality/publish/themes.py" line="104" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="211" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="225" />
            <source>Use this address</source>
            <translation>Utiliser cette adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="228" />
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="288" />
            <source>{rows} rows read from {source}.</source>
            <translation>{rows} lignes lues dans {source}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="321" />
            <source>Matching…</source>
            <translation>Appariement…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="352" />
            <source>The result is in layer {name}.</source>
            <translation>Le résultat se trouve dans la couche {name}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="359" />
            <source>Matched addresses – {source}</source>
            <translation>Adresses appariées – {source}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="380" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_matching_dialog.py" line="404" />
            <source>box</source>
            <translation>boîte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="34" />
            <location filename="../smart_municipality/plugin.py" line="36" />
            <location filename="../smart_municipality/plugin.py" line="108" />
            <source>Address search</source>
            <translation>Recherche d’adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="44" />
            <source>Street and number, municipality</source>
            <translation>Rue et numéro, commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="45" />
            <source>Type part of an address; suggestions appear when you pause.</source>
            <translation>Saisissez une partie d’une adresse ; des suggestions apparaissent lorsque vous faites une pause.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="60" />
            <source>Clear marker</source>
            <translation>Effacer le repère</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="111" />
            <location filename="../smart_municipality/gui/address_search.py" line="148" />
            <source>No address found for “{text}”.</source>
            <translation>Aucune adresse trouvée pour « {text} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/address_search.py" line="132" />
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="71" />
            <source>Landscape</source>
            <translation>Paysage</translation>
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
            <translation>Étude cartographique</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="199" />
            <source>Empty: Map study &lt;municipality&gt;</source>
            <translation>Vide : Étude cartographique &lt;commune&gt;</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="200" />
            <location filename="../processing/algorithms/map_study.py" line="113" />
            <source>Title (empty: Map study &lt;municipality&gt;)</source>
            <translation>Titre (vide : Étude &lt;commune&gt;)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="201" />
            <location filename="../processing/algorithms/export_projects_open_data.py" line="47" />
            <location filename="../processing/algorithms/export_vacancy_open_data.py" line="79" />
            <source>Title</source>
            <translation>Titre</translation>
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
            <translation>Le GeoPackage de l’étude, ou un stockage PostGIS sous la forme pg:&lt;connexion&gt;?schema=&lt;schéma&gt;.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="215" />
            <location filename="../smart_municipality/gui/store_widget.py" line="76" />
            <location filename="../smart_municipality/gui/widgets.py" line="130" />
            <location filename="../processing/algorithms/store_parameter.py" line="40" />
            <source>Study store</source>
            <translation>Stockage d’étude</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="226" />
            <source>Whole region of the store</source>
            <translation>Toute la région du stockage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="227" />
            <source>A municipality of the store, or type a name or NIS code; empty: every municipality in the store.</source>
            <translation>Une commune du stockage, ou tapez un nom ou un code INS ; vide : toutes les communes du stockage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="240" />
            <source>Language</source>
            <translation>Langue</translation>
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
            <translation>Thèmes</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="266" />
            <source>Neighbourhoods (optional)</source>
            <translation>Quartiers (facultatif)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="270" />
            <source>Wijken or statistical sectors: figures per neighbourhood and the atlas.</source>
            <translation>Quartiers ou secteurs statistiques : chiffres par quartier et atlas.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="274" />
            <location filename="../processing/algorithms/map_study.py" line="107" />
            <source>Atlas: one page per neighbourhood</source>
            <translation>Atlas : une page par quartier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="275" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="139" />
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="276" />
            <source>Name field</source>
            <translation>Champ du nom</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="308" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="309" />
            <source>Build the map study and show its pages here.</source>
            <translation>Construit l’étude cartographique et en montre les pages ici.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="311" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="312" />
            <source>Write the map study as one PDF.</source>
            <translation>Enregistre l’étude cartographique en un seul PDF.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="314" />
            <source>Open in designer</source>
            <translation>Ouvrir dans le concepteur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="315" />
            <source>Put the previewed study in the project's layouts and open it for last edits.</source>
            <translation>Ajoute l’étude affichée aux mises en page du projet et l’ouvre pour les dernières retouches.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="321" />
            <location filename="../smart_municipality/gui/sensors_dock.py" line="40" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="57" />
            <location filename="../smart_municipality/plugin.py" line="148" />
            <source>Publish web map…</source>
            <translation>Publier la carte web…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="322" />
            <source>The study store as a web site for citizens (a folder for any web server).</source>
            <translation>Le magasin d’étude comme site web pour les habitants (un dossier pour tout serveur web).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="346" />
            <location filename="../smart_municipality/gui/map_study_panel.py" line="586" />
            <source>Press Preview to build the map study.</source>
            <translation>Cliquez sur Aperçu pour construire l’étude cartographique.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="490" />
            <source>Building the map study…</source>
            <translation>Construction de l’étude cartographique…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="503" />
            <location filename="../processing/algorithms/map_study.py" line="143" />
            <source>The neighbourhoods layer has no coordinate reference system; set it (Layer properties → Source) and run the study again.</source>
            <translation>La couche des quartiers n'a pas de système de coordonnées ; définissez-le (Propriétés de la couche → Source) et relancez l'étude.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="516" />
            <source>Choose the study store first: the study GeoPackage or a PostGIS store.</source>
            <translation>Choisissez d’abord le stockage d’étude : le GeoPackage de l’étude ou un stockage PostGIS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="518" />
            <location filename="../smart_municipality/mapstudy/study.py" line="736" />
            <source>Choose at least one theme.</source>
            <translation>Choisissez au moins un thème.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="628" />
            <source>This page of the map study cannot be shown.</source>
            <translation>Cette page de l’étude cartographique ne peut pas être affichée.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="652" />
            <source>{n} pages.</source>
            <translation>{n} pages.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="654" />
            <source>Left out:</source>
            <translation>Omis :</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="658" />
            <source>The settings changed: press Preview to see the study as it is now.</source>
            <translation>Les paramètres ont changé : cliquez sur Aperçu pour voir l’étude telle qu’elle est maintenant.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="678" />
            <source>The atlas is in the project's layouts too: {name}.</source>
            <translation>L’atlas figure aussi dans les mises en page du projet : {name}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="692" />
            <source>Export the map study</source>
            <translation>Exporter l’étude cartographique</translation>
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
            <translation>Exportation de l’étude cartographique…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="721" />
            <source>Map study written: {path} ({n} pages)</source>
            <translation>Étude cartographique enregistrée : {path} ({n} pages)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="723" />
            <source>Open PDF</source>
            <translation>Ouvrir le PDF</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/map_study_panel.py" line="760" />
            <source>The map study failed because of an unexpected error; the details are in the message log (Smart Municipality).</source>
            <translation>L’étude cartographique a échoué à cause d’une erreur inattendue ; les détails sont dans le journal des messages (Smart Municipality).</translation>
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
            <translation>Mobilité</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="59" />
            <source>Run 'Traffic indicators per segment' (and 'Compare traffic before and after'), then pick a segment on the map.</source>
            <translation>Lancez « Indicateurs de trafic par segment » (et « Comparer le trafic avant et après »), puis choisissez un segment sur la carte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="63" />
            <source>Pick a segment</source>
            <translation>Choisir un segment</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="76" />
            <source>Charts need the Python package matplotlib (Debian/Ubuntu: python3-matplotlib; Windows: it comes with QGIS). The data can still be exported.</source>
            <translation>Les graphiques nécessitent le paquet Python matplotlib (Debian/Ubuntu : python3-matplotlib ; Windows : il est fourni avec QGIS). Les données peuvent toujours être exportées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="105" />
            <source>No mobility layer in the project holds segment {segment}.</source>
            <translation>Aucune couche de mobilité du projet ne contient le segment {segment}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="110" />
            <source>Segment {segment}</source>
            <translation>Segment {segment}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="136" />
            <source>Weekday traffic per day: {modes}</source>
            <translation>Trafic par jour ouvrable : {modes}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="137" />
            <source>Peak hours: {am}:00 ({am_share} % of the day) and {pm}:00 ({pm_share} %)</source>
            <translation>Heures de pointe : {am} h ({am_share} % de la journée) et {pm} h ({pm_share} %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="141" />
            <source>v85 {v85} km/h; {over} % of cars above {limit} km/h</source>
            <translation>v85 {v85} km/h ; {over} % des voitures au-dessus de {limit} km/h</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="144" />
            <source>{valid} of {days} days valid, coverage {coverage} %</source>
            <translation>{valid} jours valides sur {days}, couverture {coverage} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/mobility_panel.py" line="177" />
            <source>No mobility layer in the project: run 'Traffic indicators per segment' first.</source>
            <translation>Aucune couche de mobilité dans le projet : lancez d'abord « Indicateurs de trafic par segment ».</translation>
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
            <location filename="../smart_municipality/gui/municipality_picker.py" line="98" />
            <source>{count} municipalities.</source>
            <translation>{count} communes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="100" />
            <source>No municipality matches “{text}”.</source>
            <translation>Aucune commune ne correspond à « {text} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/municipality_picker.py" line="128" />
            <source>Zoomed to {name} ({nis}).</source>
            <translation>Zoom sur {name} ({nis}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="35" />
            <source>Nearest address</source>
            <translation>Adresse la plus proche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="44" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="45" />
            <source>Copy the address to the clipboard.</source>
            <translation>Copier l’adresse dans le presse-papiers.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="46" />
            <source>Add to layer</source>
            <translation>Ajouter à la couche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="47" />
            <source>Add the address as a point to the layer of picked addresses.</source>
            <translation>Ajouter l’adresse comme point à la couche des adresses désignées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="79" />
            <source>Looking for the nearest address…</source>
            <translation>Recherche de l’adresse la plus proche…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="88" />
            <source>{distance} from the point you clicked</source>
            <translation>à {distance} du point cliqué</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="96" />
            <source>No address</source>
            <translation>Aucune adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="104" />
            <source>Copied.</source>
            <translation>Copié.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="114" />
            <source>Added to the layer “{layer}”.</source>
            <translation>Ajoutée à la couche « {layer} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/reverse_geocode.py" line="158" />
            <source>No address was found near this point.</source>
            <translation>Aucune adresse n’a été trouvée près de ce point.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="38" />
            <source>File…</source>
            <translation>Fichier…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="39" />
            <source>Aggregate…</source>
            <translation>Agréger…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="39" />
            <source>Interpolate…</source>
            <translation>Interpoler…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="40" />
            <source>Device register…</source>
            <translation>Registre des appareils…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="41" />
            <source>last 24 hours of data</source>
            <translation>dernières 24 heures de données</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="42" />
            <source>last 7 days of data</source>
            <translation>derniers 7 jours de données</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="43" />
            <source>last 30 days of data</source>
            <translation>derniers 30 jours de données</translation>
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
            <translation>Capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="58" />
            <source>NIS code, e.g. 44021</source>
            <translation>Code INS, p. ex. 44021</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="62" />
            <location filename="../processing/algorithms/aggregate_observations.py" line="70" />
            <location filename="../processing/algorithms/interpolate_observations.py" line="71" />
            <source>Property</source>
            <translation>Grandeur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="66" />
            <source>Load data</source>
            <translation>Charger des données</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="70" />
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="145" />
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="71" />
            <source>Show sensors layer</source>
            <translation>Afficher la couche des capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="73" />
            <source>Pick a sensor</source>
            <translation>Désigner un capteur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="80" />
            <source>Animate readings</source>
            <translation>Animer les mesures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="85" />
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="123" />
            <source>{sensors} sensors, {streams} datastreams in the store.</source>
            <translation>{sensors} capteurs, {streams} flux de données dans le stockage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="162" />
            <source>Road segments – {property}</source>
            <translation>Segments routiers – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/sensors_dock.py" line="186" />
            <source>No readings to animate.</source>
            <translation>Aucune mesure à animer.</translation>
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
            <location filename="../smart_municipality/gui/settings_factory.py" line="22" />
            <location filename="../smart_municipality/plugin.py" line="94" />
            <location filename="../smart_municipality/plugin.py" line="104" />
            <location filename="../smart_municipality/plugin.py" line="382" />
            <location filename="../processing/provider.py" line="20" />
            <source>Smart Municipality</source>
            <translation>Commune intelligente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="54" />
            <source>Service addresses</source>
            <translation>Adresses des services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="56" />
            <source>Services of the Flemish government move now and then. When one moves, enter its new address here; Reset brings back the address the plugin ships with.</source>
            <translation>Les services de l’Autorité flamande changent parfois d’adresse. Si l’un d’eux déménage, saisissez ici sa nouvelle adresse ; Réinitialiser rétablit l’adresse fournie avec l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="60" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="60" />
            <source>Address (URL)</source>
            <translation>Adresse (URL)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="70" />
            <source>Reset selected</source>
            <translation>Réinitialiser la sélection</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="72" />
            <source>Reset all</source>
            <translation>Tout réinitialiser</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="78" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="84" />
            <source>How long to wait for a service to answer before giving up.</source>
            <translation>Durée d’attente de la réponse d’un service avant d’abandonner.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="85" />
            <source>Timeout</source>
            <translation>Délai d’attente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="86" />
            <source>Proxy and authentication come from QGIS's own network settings.</source>
            <translation>Le proxy et l’authentification proviennent des paramètres réseau de QGIS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="90" />
            <source>Service status</source>
            <translation>État des services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="92" />
            <source>Check services</source>
            <translation>Vérifier les services</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="113" />
            <source>Set by the environment variable {name}; change it there.</source>
            <translation>Défini par la variable d’environnement {name} ; modifiez-le à cet endroit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/settings_page.py" line="117" />
            <source>Default: {url}</source>
            <translation>Par défaut : {url}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <source>Radio coverage of the sites</source>
            <translation>Couverture radio des sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <location filename="../processing/algorithms/site_gateways.py" line="24" />
            <source>Place gateways</source>
            <translation>Placer des passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="69" />
            <location filename="../processing/algorithms/site_sensors.py" line="44" />
            <source>Place sensors</source>
            <translation>Placer des capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="119" />
            <location filename="../smart_municipality/plugin.py" line="40" />
            <location filename="../smart_municipality/plugin.py" line="138" />
            <source>Place sensors &amp; gateways</source>
            <translation>Placer capteurs et passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="136" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="165" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="682" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="685" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="709" />
            <location filename="../processing/algorithms/placement_common.py" line="58" />
            <source>Candidate sites</source>
            <translation>Sites candidats</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="140" />
            <source>New layer</source>
            <translation>Nouvelle couche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="141" />
            <source>A temporary point layer with the fields site_id, height and cost.</source>
            <translation>Une couche de points temporaire avec les champs site_id, height et cost.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="143" />
            <source>Click on the map</source>
            <translation>Cliquer sur la carte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="145" />
            <source>Each click adds a candidate site to the layer.</source>
            <translation>Chaque clic ajoute un site candidat à la couche.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="147" />
            <source>From selected buildings</source>
            <translation>Depuis les bâtiments sélectionnés</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="148" />
            <source>Adds a candidate inside each selected feature of the active polygon layer, for example the GRB buildings of public properties.</source>
            <translation>Ajoute un candidat dans chaque entité sélectionnée de la couche de polygones active, par exemple les bâtiments GRB des propriétés publiques.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="157" />
            <source>Antenna height of new sites</source>
            <translation>Hauteur d’antenne des nouveaux sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="159" />
            <source>Height of new sites</source>
            <translation>Hauteur des nouveaux sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="210" />
            <source>{n} candidate sites added to {layer}.</source>
            <translation>{n} sites candidats ajoutés à {layer}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="224" />
            <source>Make a polygon layer (for example the GRB buildings) active and select the buildings to use.</source>
            <translation>Activez une couche de polygones (par exemple les bâtiments GRB) et sélectionnez les bâtiments à utiliser.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="229" />
            <source>Select the buildings to use as candidate sites first.</source>
            <translation>Sélectionnez d’abord les bâtiments à utiliser comme sites candidats.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="255" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="299" />
            <source>Run</source>
            <translation>Exécuter</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="260" />
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="261" />
            <source>A single-band elevation raster in a projected CRS (metres), such as the DHMV; not a base map.</source>
            <translation>Un raster d’altitude à une bande dans un SCR projeté (mètres), comme le DHMV ; pas un fond de plan.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="263" />
            <source>Terrain model</source>
            <translation>Modèle de terrain</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="265" />
            <source>The points the network must serve: sensors, addresses, meters …</source>
            <translation>Les points que le réseau doit desservir : capteurs, adresses, compteurs …</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="266" />
            <location filename="../processing/algorithms/site_sensors.py" line="67" />
            <source>Demand points</source>
            <translation>Points de demande</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="270" />
            <source>Weight field</source>
            <translation>Champ de poids</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="274" />
            <source>Number of new sites</source>
            <translation>Nombre de nouveaux sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="277" />
            <source>Gateways per demand point</source>
            <translation>Passerelles par point de demande</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="282" />
            <source>Sensor radius</source>
            <translation>Rayon d’un capteur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>MCLP (most weight covered)</source>
            <translation>MCLP (le plus de poids couvert)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>LSCP (cover all)</source>
            <translation>LSCP (tout couvrir)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="284" />
            <source>p-median</source>
            <translation>p-médiane</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="285" />
            <source>Sensor model</source>
            <translation>Modèle de capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="290" />
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="290" />
            <source>The proven optimum when the exact solver finds it within a few seconds, else the heuristic with its quality bound</source>
            <translation>L'optimum prouvé si le solveur exact le trouve en quelques secondes, sinon l'heuristique avec sa borne de qualité</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="292" />
            <source>Exact (MILP, slow)</source>
            <translation>Exact (MILP, lent)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="292" />
            <location filename="../processing/algorithms/siting_common.py" line="233" />
            <source>Exact (MILP with HiGHS)</source>
            <translation>Exact (MILP avec HiGHS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="293" />
            <source>Heuristic (fast)</source>
            <translation>Heuristique (rapide)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="293" />
            <source>Heuristic only (greedy and local search, with a quality bound)</source>
            <translation>Heuristique seule (glouton et recherche locale, avec une borne de qualité)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="296" />
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <location filename="../processing/algorithms/siting_common.py" line="231" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="301" />
            <source>All parameters…</source>
            <translation>Tous les paramètres…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="347" />
            <source>Choose or make a candidate layer first.</source>
            <translation>Choisissez ou créez d’abord une couche de sites candidats.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="356" />
            <source>Choose the layer of demand points.</source>
            <translation>Choisissez la couche des points de demande.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="373" />
            <location filename="../smart_municipality/gui/siting_panel.py" line="538" />
            <source>Choose a terrain model.</source>
            <translation>Choisissez un modèle de terrain.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="387" />
            <source>The Smart Municipality Processing provider is not loaded.</source>
            <translation>Le fournisseur Processing de Commune intelligente n’est pas chargé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="397" />
            <source>Running {} …</source>
            <translation>Exécution de {} …</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="408" />
            <source>The computation failed or was cancelled.</source>
            <translation>Le calcul a échoué ou a été annulé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="410" />
            <source>Scenario {}</source>
            <translation>Scénario {}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="423" />
            <source>{name} done: {share} covered.</source>
            <translation>{name} terminé : {share} couvert.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="446" />
            <source>received power</source>
            <translation>puissance reçue</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="446" />
            <source>best gateway</source>
            <translation>meilleure passerelle</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="447" />
            <source>gateways per cell</source>
            <translation>passerelles par cellule</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="447" />
            <source>spreading factor</source>
            <translation>facteur d’étalement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="448" />
            <source>coverage per SF</source>
            <translation>couverture par SF</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="448" />
            <source>chosen sites</source>
            <translation>sites choisis</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="449" />
            <source>demand coverage</source>
            <translation>couverture de la demande</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="463" />
            <source>Compare scenarios</source>
            <translation>Comparer les scénarios</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="491" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="491" />
            <source>Total cost</source>
            <translation>Coût total</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="492" />
            <location filename="../smart_municipality/siting/html_report.py" line="83" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Covered share</source>
            <translation>Part couverte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="493" />
            <source>Heard by two gateways or more</source>
            <translation>Entendu par deux passerelles ou plus</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="494" />
            <source>Quality (at least, of the optimum)</source>
            <translation>Qualité (au moins, de l’optimum)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="494" />
            <location filename="../smart_municipality/siting/html_report.py" line="35" />
            <source>Gap to the bound</source>
            <translation>Écart par rapport à la borne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="540" />
            <source>“{layer}” is a web map, not a terrain model: choose an elevation raster such as the DHMV.</source>
            <translation>« {layer} » est une carte web, pas un modèle de terrain : choisissez un raster d’altitude comme le DHMV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="543" />
            <source>“{layer}” has {bands} bands, so it is an image, not a terrain model: choose a single-band elevation raster such as the DHMV.</source>
            <translation>« {layer} » a {bands} bandes : c’est une image, pas un modèle de terrain ; choisissez un raster d’altitude à une bande comme le DHMV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/siting_panel.py" line="546" />
            <source>The terrain model “{layer}” is not in a projected CRS in metres (such as Lambert 72): reproject it first.</source>
            <translation>Le modèle de terrain « {layer} » n’est pas dans un SCR projeté en mètres (comme Lambert 72) : reprojetez-le d’abord.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="42" />
            <source>GeoPackage file or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;</source>
            <translation>Fichier GeoPackage ou pg:&lt;connexion enregistrée&gt;?schema=&lt;schéma&gt;</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="46" />
            <source>Choose a GeoPackage file or a saved PostGIS connection.</source>
            <translation>Choisissez un fichier GeoPackage ou une connexion PostGIS enregistrée.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="63" />
            <source>GeoPackage file…</source>
            <translation>Fichier GeoPackage…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="67" />
            <source>No saved PostGIS connections (Data Source Manager › PostgreSQL)</source>
            <translation>Aucune connexion PostGIS enregistrée (Gestionnaire des sources de données › PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="70" />
            <source>PostGIS: {connection}…</source>
            <translation>PostGIS : {connection}…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="95" />
            <source>Schema</source>
            <translation>Schéma</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/store_widget.py" line="95" />
            <source>Schema of the study in “{connection}”:</source>
            <translation>Schéma de l’étude dans « {connection} » :</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="37" />
            <source>24 hours</source>
            <translation>24 heures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="37" />
            <source>7 days</source>
            <translation>7 jours</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="38" />
            <source>30 days</source>
            <translation>30 jours</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="38" />
            <source>1 year</source>
            <translation>1 an</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="39" />
            <source>everything</source>
            <translation>tout</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="39" />
            <source>custom</source>
            <translation>personnalisé</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="49" />
            <location filename="../smart_municipality/plugin.py" line="39" />
            <source>Sensor time series</source>
            <translation>Séries temporelles des capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="57" />
            <source>Click a sensor on the map (sensor tool) to see its readings.</source>
            <translation>Cliquez sur un capteur sur la carte (outil capteur) pour voir ses mesures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="65" />
            <source>export the data as CSV</source>
            <translation>exportez les données en CSV</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="83" />
            <location filename="../processing/algorithms/aggregate_observations.py" line="79" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="98" />
            <source>Compare with</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="100" />
            <source>Limit values</source>
            <translation>Valeurs limites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="108" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="110" />
            <source>Export PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="167" />
            <source>no comparison</source>
            <translation>aucune comparaison</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="168" />
            <source>the nearest official station</source>
            <translation>la station officielle la plus proche</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="227" />
            <source> from {start} to {end}</source>
            <translation> du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="229" />
            <source>{n} readings{span} (times in {zone}).</source>
            <translation>{n} mesures{span} (heures en {zone}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="248" />
            <source>No official station with the same property in the store; load IRCEL-CELINE stations first.</source>
            <translation>Aucune station officielle avec la même grandeur dans le stockage ; chargez d’abord les stations d’IRCEL-CELINE.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="261" />
            <source>Nothing to export: choose a sensor first.</source>
            <translation>Rien à exporter : choisissez d’abord un capteur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="264" />
            <source>Export readings</source>
            <translation>Exporter les mesures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="264" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="275" />
            <source>Export chart</source>
            <translation>Exporter le graphique</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/timeseries_panel.py" line="275" />
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="55" />
            <source>Import export…</source>
            <translation>Importer un export…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="55" />
            <source>Indicators…</source>
            <translation>Indicateurs…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="56" />
            <source>Hot spots…</source>
            <translation>Points chauds…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="56" />
            <source>Open data…</source>
            <translation>Données ouvertes…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="58" />
            <source>by type</source>
            <translation>par type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="58" />
            <source>by duration</source>
            <translation>par durée</translation>
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
            <translation>Inoccupation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="100" />
            <source>NIS code, e.g. 44021 (empty: all)</source>
            <translation>Code INS, p. ex. 44021 (vide : tous)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="110" />
            <source>Click a premise to see its history.</source>
            <translation>Cliquez sur un bien pour voir son historique.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="118" />
            <source>Register</source>
            <translation>Registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="123" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="123" />
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="131" />
            <source>Areas with most vacancy</source>
            <translation>Zones à forte inoccupation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="138" />
            <location filename="../smart_municipality/siting/html_report.py" line="113" />
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="138" />
            <source>Vacant (rate)</source>
            <translation>Inoccupés (taux)</translation>
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
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="150" />
            <source>Style</source>
            <translation>Style</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="153" />
            <source>Show register on the map</source>
            <translation>Afficher le registre sur la carte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="156" />
            <source>History of a premise</source>
            <translation>Historique d’un bien</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="158" />
            <source>Click a premise on the map to see what happened to its dossier.</source>
            <translation>Cliquez sur un bien sur la carte pour voir ce qu’il est advenu de son dossier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="166" />
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="170" />
            <source>In the register now</source>
            <translation>Actuellement au registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="171" />
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="175" />
            <source>Any duration</source>
            <translation>Toute durée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="263" />
            <source>{active} premises in the register today; {total} dossiers in all.</source>
            <translation>{active} biens au registre aujourd’hui ; {total} dossiers au total.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="267" />
            <source>Last import: export of {date} ({source}).</source>
            <translation>Dernier import : export du {date} ({source}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="310" />
            <source>The register layer of the store cannot be opened.</source>
            <translation>La couche du registre du stockage ne peut pas être ouverte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="367" />
            <source>(recorded by {who})</source>
            <translation>(saisi par {who})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="386" />
            <source>In the register, by type</source>
            <translation>Au registre, par type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="390" />
            <source>other type</source>
            <translation>autre type</translation>
        </message>
        <message>
            <location filename="../smart_municipality/gui/vacancy_dock.py" line="392" />
            <source>All dossiers, by status</source>
            <translation>Tous les dossiers, par statut</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="17" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="18" />
            <source>after normalisation</source>
            <translation>après normalisation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="19" />
            <source>spelling corrected</source>
            <translation>orthographe corrigée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="20" />
            <source>house number only</source>
            <translation>numéro seul</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="21" />
            <source>ambiguous</source>
            <translation>ambigu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="22" />
            <source>not found</source>
            <translation>non trouvé</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="28" />
            <source>suspected</source>
            <translation>présumé</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="29" />
            <source>established</source>
            <translation>constaté</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="30" />
            <source>in the register</source>
            <translation>inscrit au registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="31" />
            <source>under appeal</source>
            <translation>en recours</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="32" />
            <source>removed</source>
            <translation>radié</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="37" />
            <source>dwelling</source>
            <translation>logement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="38" />
            <source>building</source>
            <translation>bâtiment</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="39" />
            <source>business premises</source>
            <translation>local d’entreprise</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="40" />
            <source>shop</source>
            <translation>commerce</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="41" />
            <source>unknown type</source>
            <translation>type inconnu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="46" />
            <source>less than 1 year</source>
            <translation>moins d’un an</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="47" />
            <source>1 to 2 years</source>
            <translation>1 à 2 ans</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="48" />
            <source>2 to 5 years</source>
            <translation>2 à 5 ans</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="49" />
            <source>more than 5 years</source>
            <translation>plus de 5 ans</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="54" />
            <source>hour</source>
            <translation>heure</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="55" />
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="56" />
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="57" />
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="58" />
            <source>year</source>
            <translation>année</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="63" />
            <source>direction A→B</source>
            <translation>sens A→B</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="64" />
            <source>direction B→A</source>
            <translation>sens B→A</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="70" />
            <source>covered</source>
            <translation>couvert</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="71" />
            <source>not covered</source>
            <translation>non couvert</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="72" />
            <source>existing site</source>
            <translation>site existant</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="73" />
            <source>new site</source>
            <translation>nouveau site</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="74" />
            <source>no gateway</source>
            <translation>aucune passerelle</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="75" />
            <source>1 gateway</source>
            <translation>1 passerelle</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="76" />
            <source>2 gateways</source>
            <translation>2 passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="77" />
            <source>3 gateways</source>
            <translation>3 passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="78" />
            <source>4 or more gateways</source>
            <translation>4 passerelles ou plus</translation>
        </message>
        <message>
            <location filename="../smart_municipality/labels.py" line="79" />
            <source>-70 dBm or more</source>
            <translation>-70 dBm ou plus</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/constants.py" line="9" />
            <source>Base map</source>
            <translation>Fond de plan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/constants.py" line="12" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="663" />
            <source>Sensor and gateway siting</source>
            <translation>Implantation de capteurs et de passerelles</translation>
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
            <translation>Projets</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="311" />
            <source>number of gateways</source>
            <translation>nombre de passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="311" />
            <source>number of sensors</source>
            <translation>nombre de capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="312" />
            <source>% of the addresses</source>
            <translation>% des adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="316" />
            <source>Addresses heard by the gateways</source>
            <translation>Adresses entendues par les passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="318" />
            <source>Addresses within {radius} m of a sensor</source>
            <translation>Adresses à moins de {radius} m d’un capteur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/furniture.py" line="320" />
            <source>Addresses covered by the sensors</source>
            <translation>Adresses couvertes par les capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/sensor_figures.py" line="95" />
            <source>Daily means of {property}</source>
            <translation>Moyennes journalières de {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="240" />
            <location filename="../smart_municipality/mapstudy/study.py" line="279" />
            <source>Study area</source>
            <translation>Zone d'étude</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="250" />
            <source>The store has no data for municipality {municipality}; it holds {held}.</source>
            <translation>Le stockage n’a pas de données pour la commune {municipality} ; il contient {held}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="277" />
            <source>The study store holds no data with a location; choose a municipality or an extent.</source>
            <translation>Le stockage de l'étude ne contient aucune donnée localisée ; choisissez une commune ou une emprise.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="278" />
            <source>Region of {n} municipalities</source>
            <translation>Région de {n} communes</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="313" />
            <source>… and {n} more</source>
            <translation>… et {n} de plus</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="384" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="429" />
            <location filename="../smart_municipality/mapstudy/study.py" line="452" />
            <location filename="../smart_municipality/mapstudy/study.py" line="562" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="499" />
            <source>Municipality of {name} (NIS code {nis})</source>
            <translation>Commune de {name} (code INS {nis})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="506" />
            <source>Not in this study</source>
            <translation>Absent de cette étude</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="509" />
            <source>Made with Smart Municipality (Slimme Gemeente), a QGIS plugin. Sources: Digitaal Vlaanderen and the municipality's own registers. Figures on {date}.</source>
            <translation>Réalisé avec Commune intelligente, une extension QGIS. Sources : Digitaal Vlaanderen et les registres de la commune. Chiffres au {date}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="520" />
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="545" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="262" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="347" />
            <source>Neighbourhoods</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="550" />
            <source>{title} – atlas</source>
            <translation>{title} – atlas</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="560" />
            <source>Figures per neighbourhood from the study store; rates of neighbourhoods with fewer than 5 addresses are not shown (privacy). Base map: Digitaal Vlaanderen.</source>
            <translation>Chiffres par quartier issus du stockage de l'étude ; les taux des quartiers de moins de 5 adresses ne sont pas montrés (vie privée). Fond de plan : Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="582" />
            <location filename="../smart_municipality/mapstudy/study.py" line="617" />
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="337" />
            <location filename="../processing/algorithms/match_addresses.py" line="29" />
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <source>Vacant premises</source>
            <translation>Biens inoccupés</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="615" />
            <location filename="../smart_municipality/publish/themes.py" line="309" />
            <source>Vacancy rate</source>
            <translation>Taux d'inoccupation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="686" />
            <source>fewer than 5 addresses</source>
            <translation>moins de 5 adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="714" />
            <source>vacancy rate (%); dashed: the whole area</source>
            <translation>taux d'inoccupation (%) ; tirets : toute la zone</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="715" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="506" />
            <location filename="../smart_municipality/publish/themes.py" line="313" />
            <source>Vacancy rate per neighbourhood</source>
            <translation>Taux d'inoccupation par quartier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="727" />
            <source>The language {language} is not offered; choose nl, fr or en.</source>
            <translation>La langue {language} n'est pas proposée ; choisissez nl, fr ou en.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="730" />
            <source>Choose A4 or A3, portrait or landscape.</source>
            <translation>Choisissez A4 ou A3, portrait ou paysage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="733" />
            <source>Unknown themes: {themes}; choose from {known}.</source>
            <translation>Thèmes inconnus : {themes} ; choisissez parmi {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="738" />
            <source>An atlas needs the neighbourhoods: give a polygon layer of wijken or statistical sectors.</source>
            <translation>Un atlas a besoin des quartiers : donnez une couche de polygones de quartiers ou de secteurs statistiques.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="741" />
            <source>The neighbourhoods layer is in {crs}; the study works in Belgian Lambert 72 (EPSG:31370): reproject the layer first.</source>
            <translation>La couche des quartiers est en {crs} ; l'étude travaille en Lambert belge 72 (EPSG:31370) : reprojetez d'abord la couche.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="760" />
            <source>Map study {name}</source>
            <translation>Étude cartographique {name}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="771" />
            <source>Theme: {theme}</source>
            <translation>Thème : {theme}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="777" />
            <source>{theme} left out: {reason}</source>
            <translation>{theme} omis : {reason}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="782" />
            <source>None of the chosen themes has data for {area}: {reasons}</source>
            <translation>Aucun des thèmes choisis n'a de données pour {area} : {reasons}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="784" />
            <source>Title page</source>
            <translation>Page de titre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="793" />
            <source>Atlas: one page per neighbourhood ({n} pages)</source>
            <translation>Atlas : une page par quartier ({n} pages)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="795" />
            <source>Vacancy is shown per neighbourhood or per cell, never per premise; the project register's contact details are left out.</source>
            <translation>L'inoccupation est montrée par quartier ou par maille, jamais par bien ; les coordonnées de contact du registre des projets sont omises.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="807" />
            <source>The map study was cancelled.</source>
            <translation>L'étude cartographique a été annulée.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/study.py" line="886" />
            <source>The PDF cannot be written to {path} ({reason}); is it open in a PDF reader?</source>
            <translation>Le PDF ne peut pas être écrit dans {path} ({reason}) ; est-il ouvert dans un lecteur PDF ?</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="104" />
            <source>The layout template {path} is missing; reinstall the plugin or choose an existing template.</source>
            <translation>Le modèle de mise en page {path} est introuvable ; réinstallez l'extension ou choisissez un modèle existant.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="110" />
            <source>The layout template {path} cannot be read ({reason}).</source>
            <translation>Le modèle de mise en page {path} ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="114" />
            <source>The layout template {path} is not a QGIS layout template (no valid XML); save the layout again from the layout designer.</source>
            <translation>Le modèle de mise en page {path} n'est pas un modèle QGIS (XML non valide) ; enregistrez à nouveau la mise en page depuis le concepteur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="124" />
            <source>The layout template {path} needs two pages (the title page and the theme page); it has {pages}.</source>
            <translation>Le modèle de mise en page {path} doit avoir deux pages (la page de titre et la page de thème) ; il en a {pages}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="132" />
            <source>The layout template {path} lacks the items {ids}; give every item the id the map study expects (see the plugin's templates).</source>
            <translation>Il manque au modèle de mise en page {path} les éléments {ids} ; donnez à chaque élément l'identifiant attendu par l'étude (voir les modèles de l'extension).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="176" />
            <source>In the layout template {path} the items {ids} are of the wrong kind (a map, legend, picture or label is expected).</source>
            <translation>Dans le modèle de mise en page {path}, les éléments {ids} ne sont pas du bon type (une carte, une légende, une image ou une étiquette est attendue).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/template.py" line="209" />
            <source>The font {font} of the template is not installed; the study uses {fallback} instead.</source>
            <translation>La police {font} du modèle n'est pas installée ; l'étude utilise {fallback} à la place.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="59" />
            <source>Addresses (Adressenregister)</source>
            <translation>Adresses (Adressenregister)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="60" />
            <source>Buildings (GRB)</source>
            <translation>Bâtiments (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="61" />
            <source>Road surface (GRB)</source>
            <translation>Chaussée (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="62" />
            <source>Parcels (GRB)</source>
            <translation>Parcelles (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="63" />
            <source>Municipal boundary (VRBG)</source>
            <translation>Limite communale (VRBG)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="65" />
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>in use</source>
            <translation>en usage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="65" />
            <source>proposed</source>
            <translation>proposée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="66" />
            <source>retired</source>
            <translation>historisée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="66" />
            <source>rejected</source>
            <translation>rejetée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="68" />
            <source>Main building</source>
            <translation>Bâtiment principal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="68" />
            <source>Outbuilding</source>
            <translation>Annexe</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="69" />
            <source>Other building</source>
            <translation>Autre bâtiment</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="72" />
            <source>Source: Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licence: Modellicentie Gratis Hergebruik.</source>
            <translation>Source : Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licence : Modellicentie Gratis Hergebruik.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="78" />
            <source>Hot spot (99 % confidence)</source>
            <translation>Point chaud (confiance 99 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="79" />
            <source>Hot spot (95 % confidence)</source>
            <translation>Point chaud (confiance 95 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="80" />
            <source>Hot spot (90 % confidence)</source>
            <translation>Point chaud (confiance 90 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="81" />
            <source>Not significant</source>
            <translation>Non significatif</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="82" />
            <source>Cold spot (90 % confidence)</source>
            <translation>Point froid (confiance 90 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="83" />
            <source>Cold spot (95 % confidence)</source>
            <translation>Point froid (confiance 95 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="84" />
            <source>Cold spot (99 % confidence)</source>
            <translation>Point froid (confiance 99 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="327" />
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="329" />
            <source>No base layers: download the GRB and the addresses into the study GeoPackage or give base layers.</source>
            <translation>Pas de couches de base : téléchargez le GRB et les adresses dans le GeoPackage de l'étude ou donnez des couches de base.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="338" />
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Buildings</source>
            <translation>Bâtiments</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="338" />
            <source>Parcels</source>
            <translation>Parcelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="343" />
            <location filename="../smart_municipality/publish/themes.py" line="413" />
            <source>Area (km²)</source>
            <translation>Superficie (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="345" />
            <source>Addresses per km²</source>
            <translation>Adresses par km²</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="354" />
            <source>Addresses by status</source>
            <translation>Adresses par statut</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="373" />
            <source>Not shown: fewer than 5 addresses (small numbers, privacy)</source>
            <translation>Non montré : moins de 5 adresses (petits nombres, vie privée)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="376" />
            <source>No vacancy (0 %)</source>
            <translation>Pas d'inoccupation (0 %)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="379" />
            <source>{low} % or more</source>
            <translation>{low} % ou plus</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="381" />
            <source>{low} to {high} %</source>
            <translation>{low} à {high} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="442" />
            <source>The store holds no vacancy register for this area; import the register first (Import vacancy register).</source>
            <translation>Le stockage de l'étude ne contient pas de registre des inoccupations pour cette zone ; importez d'abord le registre (Importer le registre des inoccupations).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="450" />
            <source>No premises are in the vacancy register on {date}.</source>
            <translation>Aucun bien n'est inscrit au registre des inoccupations au {date}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="456" />
            <source>Vacancy per neighbourhood; rates of neighbourhoods with fewer than 5 addresses are not shown.</source>
            <translation>Inoccupation par quartier ; les taux des quartiers de moins de 5 adresses ne sont pas montrés.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="459" />
            <source>Vacant premises counted per {size} m cell: no single premise is shown (privacy).</source>
            <translation>Biens inoccupés comptés par maille de {size} m : aucun bien individuel n'est montré (vie privée).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="463" />
            <source>Source: the municipal vacancy register (leegstandsregister) in the study store; base map: Digitaal Vlaanderen.</source>
            <translation>Source : le registre communal des inoccupations dans le stockage de l'étude ; fond de plan : Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Dwellings</source>
            <translation>Logements</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="479" />
            <source>Business premises</source>
            <translation>Locaux d'entreprise</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="480" />
            <source>Shops</source>
            <translation>Commerces</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="481" />
            <source>Premises in the register</source>
            <translation>Biens inscrits au registre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="485" />
            <source>Other or unknown</source>
            <translation>Autre ou inconnu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="489" />
            <location filename="../smart_municipality/publish/themes.py" line="301" />
            <source>Vacancy rate (premises per 100 addresses)</source>
            <translation>Taux d'inoccupation (biens pour 100 adresses)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="490" />
            <location filename="../smart_municipality/publish/themes.py" line="302" />
            <source>Median time in the register (years)</source>
            <translation>Durée médiane au registre (années)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="495" />
            <location filename="../smart_municipality/publish/themes.py" line="303" />
            <source>Entries in the last 12 months</source>
            <translation>Inscriptions des 12 derniers mois</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="496" />
            <location filename="../smart_municipality/publish/themes.py" line="304" />
            <source>Removals in the last 12 months</source>
            <translation>Radiations des 12 derniers mois</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="518" />
            <source>Highest rate: {area}</source>
            <translation>Taux le plus élevé : {area}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>In the register on 31/12</source>
            <translation>Au registre le 31/12</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>Entries</source>
            <translation>Inscriptions</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="532" />
            <location filename="../smart_municipality/vacancy/chart.py" line="38" />
            <source>Removals</source>
            <translation>Radiations</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="552" />
            <source>Not analysed: fewer than 5 addresses (small numbers)</source>
            <translation>Non analysée : moins de 5 adresses (petits nombres)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="557" />
            <source>Hot spots of vacancy (Gi*, {size} m cells)</source>
            <translation>Points chauds de l'inoccupation (Gi*, cellules de {size} m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="561" />
            <source>Cells analysed</source>
            <translation>Cellules analysées</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="562" />
            <source>Hot-spot cells (90 % or more)</source>
            <translation>Cellules en point chaud (90 % ou plus)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="563" />
            <source>Cold-spot cells (90 % or more)</source>
            <translation>Cellules en point froid (90 % ou plus)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="564" />
            <source>Cells not analysed (fewer than 5 addresses)</source>
            <translation>Cellules non analysées (moins de 5 adresses)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="570" />
            <source>Cells per class</source>
            <translation>Cellules par classe</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="571" />
            <source>Getis-Ord Gi* with permutation tests on the vacancy rate per cell; {n} cells with fewer than 5 addresses are left out of the analysis (small numbers, privacy).</source>
            <translation>Getis-Ord Gi* avec tests de permutation sur le taux d'inoccupation par cellule ; {n} cellules de moins de 5 adresses sont exclues de l'analyse (petits nombres, vie privée).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="573" />
            <source>Vacancy: hot spots</source>
            <translation>Inoccupation : points chauds</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="575" />
            <source>Source: the municipal vacancy register in the study store, hot spots by Smart Municipality; base map: Digitaal Vlaanderen.</source>
            <translation>Source : le registre communal des inoccupations dans le stockage de l'étude, points chauds par Commune intelligente ; fond de plan : Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="590" />
            <source>{low} or more</source>
            <translation>{low} ou plus</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="604" />
            <source>Vacant premises per {size} m cell</source>
            <translation>Biens inoccupés par maille de {size} m</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="626" />
            <source>The store holds no sensors for this area; load sensor data first.</source>
            <translation>Le stockage de l'étude ne contient aucun capteur pour cette zone ; chargez d'abord des données de capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="633" />
            <source>The sensors of this area have no positions to map.</source>
            <translation>Les capteurs de cette zone n'ont pas de position à cartographier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="643" />
            <source>Sensor owners: {owners}. Data sources: {sources}. Limit values: EU directive 2008/50/EC, WHO 2021 guidelines.</source>
            <translation>Propriétaires des capteurs : {owners}. Sources des données : {sources}. Valeurs limites : directive UE 2008/50/CE, lignes directrices OMS 2021.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="649" />
            <source>Sensors: {property}</source>
            <translation>Capteurs : {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>Sensor</source>
            <translation>Capteur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>mean ({unit})</source>
            <translation>moyenne ({unit})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="651" />
            <source>data</source>
            <translation>données</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="653" />
            <source>Means over the stored period; – : less than 75 % valid data (EU rule).</source>
            <translation>Moyennes sur la période stockée ; – : moins de 75 % de données valides (règle UE).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="668" />
            <source>The store holds no siting scenarios for this area; run Site LoRaWAN gateways or Site sensors with the study store.</source>
            <translation>Le stockage de l'étude ne contient aucun scénario d'implantation pour cette zone ; lancez Implanter des passerelles LoRaWAN ou Implanter des capteurs avec le stockage de l'étude.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="681" />
            <source>Chosen gateways</source>
            <translation>Passerelles choisies</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="681" />
            <location filename="../processing/algorithms/site_sensors.py" line="85" />
            <source>Chosen sensor sites</source>
            <translation>Sites de capteurs choisis</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="690" />
            <source>Reach of a sensor ({radius} m)</source>
            <translation>Portée d’un capteur ({radius} m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="708" />
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="710" />
            <source>Sites chosen</source>
            <translation>Sites choisis</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="711" />
            <source>Demand covered</source>
            <translation>Demande couverte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="712" />
            <source>Best possible with as many sites (bound)</source>
            <translation>Borne supérieure, autant de sites</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="713" />
            <source>Certificate: share of the optimum reached</source>
            <translation>Certificat : part de l’optimum atteinte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="725" />
            <source>LoRaWAN gateways</source>
            <translation>Passerelles LoRaWAN</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="725" />
            <source>Sensor sites</source>
            <translation>Sites de capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="726" />
            <source>Siting: {what}</source>
            <translation>Implantation : {what}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="728" />
            <source>Siting by Smart Municipality ({method}, {objective}); base map: Digitaal Vlaanderen.</source>
            <translation>Implantation par Commune intelligente ({method}, {objective}) ; fond de plan : Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="730" />
            <source>The certificate compares the chosen sites with an upper bound on what any choice of as many sites could cover.</source>
            <translation>Le certificat compare les sites choisis à une borne supérieure de ce que n'importe quel choix d'autant de sites pourrait couvrir.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="747" />
            <location filename="../smart_municipality/publish/themes.py" line="407" />
            <source>Smallest spreading factor that reaches a gateway</source>
            <translation>Plus petit facteur d’étalement qui atteint une passerelle</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="755" />
            <source>Area reached with SF7–SF9 (km²)</source>
            <translation>Superficie atteinte en SF7–SF9 (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="756" />
            <source>Area reached at all (km²)</source>
            <translation>Superficie atteinte, tous SF (km²)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="767" />
            <location filename="../smart_municipality/publish/themes.py" line="373" />
            <location filename="../processing/algorithms/export_projects_open_data.py" line="48" />
            <source>Smart-city projects</source>
            <translation>Projets de ville intelligente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="775" />
            <source>The project register holds no projects with a location in this area; add them with the project form.</source>
            <translation>Le registre des projets ne contient aucun projet localisé dans cette zone ; ajoutez-les avec le formulaire de projet.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="780" />
            <source>no theme</source>
            <translation>sans thème</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="783" />
            <source>Projects by theme</source>
            <translation>Projets par thème</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="787" />
            <source>Projects by stage</source>
            <translation>Projets par phase</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="791" />
            <source>Source: the municipal project register in the study store (contact details left out); base map: Digitaal Vlaanderen.</source>
            <translation>Source : le registre communal des projets dans le stockage de l'étude (coordonnées de contact omises) ; fond de plan : Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="802" />
            <source>Projects: areas</source>
            <translation>Projets : zones</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="803" />
            <source>Projects: routes</source>
            <translation>Projets : tracés</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="804" />
            <source>Projects: places</source>
            <translation>Projets : lieux</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="838" />
            <source>Running on {date}</source>
            <translation>En cours au {date}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="844" />
            <source>Subsidies (total)</source>
            <translation>Subsides (total)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="846" />
            <source>Projects with a KPI</source>
            <translation>Projets avec un KPI</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="879" />
            <source>The study GeoPackage holds no traffic indicators; run Traffic indicators per segment (and Compare traffic before and after) with the study GeoPackage as output.</source>
            <translation>Le GeoPackage de l'étude ne contient aucun indicateur de trafic ; lancez Indicateurs de trafic par segment (et Comparer le trafic avant et après) avec le GeoPackage de l'étude comme sortie.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="887" />
            <source>Change in car traffic</source>
            <translation>Évolution du trafic automobile</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="887" />
            <source>Weekday traffic</source>
            <translation>Trafic en semaine</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="899" />
            <source>Average daily traffic on school-term weekdays (no holidays); v85: the speed 85 % of cars do not exceed. A change is named only when its 95 % interval (bootstrap over days) excludes zero.</source>
            <translation>Trafic journalier moyen des jours ouvrables scolaires (hors congés et jours fériés) ; v85 : la vitesse que 85 % des voitures ne dépassent pas. Une évolution n'est citée que si son intervalle à 95 % (bootstrap sur les jours) exclut zéro.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>cars/day</source>
            <translation>voitures/jour</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <source>bikes/day</source>
            <translation>vélos/jour</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="902" />
            <location filename="../smart_municipality/mobility/charts.py" line="74" />
            <location filename="../smart_municipality/mobility/compare.py" line="69" />
            <source>after</source>
            <translation>après</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="904" />
            <source>Counts: Telraam (CC BY 4.0) and counting poles; calendar: Flemish school holidays and Belgian public holidays; base map: Digitaal Vlaanderen.</source>
            <translation>Comptages : Telraam (CC BY 4.0) et bornes de comptage ; calendrier : congés scolaires flamands et jours fériés belges ; fond de plan : Digitaal Vlaanderen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="930" />
            <source>too few days</source>
            <translation>trop peu de jours</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="932" />
            <source>no change</source>
            <translation>pas de changement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="952" />
            <source>Before/after: cars per weekday</source>
            <translation>Avant/après : voitures par jour ouvrable</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mapstudy/themes.py" line="953" />
            <source>Before/after: cyclists per weekday</source>
            <translation>Avant/après : cyclistes par jour ouvrable</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="36" />
            <source>hour (weekday, school term)</source>
            <translation>heure (jour ouvrable scolaire)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="37" />
            <source>per hour</source>
            <translation>par heure</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="57" />
            <source>modal split (% of weekday traffic)</source>
            <translation>répartition modale (% du trafic en semaine)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="66" />
            <source>No before/after for this segment.</source>
            <translation>Pas d'avant/après pour ce segment.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="73" />
            <location filename="../smart_municipality/mobility/compare.py" line="68" />
            <source>before</source>
            <translation>avant</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="84" />
            <source>per day</source>
            <translation>par jour</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/charts.py" line="138" />
            <source>change (%), with 95 % interval</source>
            <translation>évolution (%), avec intervalle à 95 %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="29" />
            <source>fewer cars: {change} % ± {margin} %</source>
            <translation>moins de voitures : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="29" />
            <source>more cars: {change} % ± {margin} %</source>
            <translation>plus de voitures : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="30" />
            <source>fewer heavy vehicles: {change} % ± {margin} %</source>
            <translation>moins de poids lourds : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="31" />
            <source>more heavy vehicles: {change} % ± {margin} %</source>
            <translation>plus de poids lourds : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="32" />
            <source>fewer cyclists: {change} % ± {margin} %</source>
            <translation>moins de cyclistes : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="32" />
            <source>more cyclists: {change} % ± {margin} %</source>
            <translation>plus de cyclistes : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="33" />
            <source>fewer pedestrians: {change} % ± {margin} %</source>
            <translation>moins de piétons : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="34" />
            <source>more pedestrians: {change} % ± {margin} %</source>
            <translation>plus de piétons : {change} % ± {margin} %</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="36" />
            <source>no change beyond the usual variation</source>
            <translation>pas de changement au-delà de la variation habituelle</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="37" />
            <source>too few valid days to judge ({before} before, {after} after; at least {min} each)</source>
            <translation>trop peu de jours valides pour juger ({before} avant, {after} après ; au moins {min} chacun)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="38" />
            <source>no traffic counted before, so no relative change</source>
            <translation>aucun trafic compté avant, donc pas d'évolution relative</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="71" />
            <source>Give the first and last day of both periods.</source>
            <translation>Indiquez le premier et le dernier jour des deux périodes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="73" />
            <source>The periods overlap ({b0}–{b1} and {a0}–{a1}); a before/after needs two separate periods.</source>
            <translation>Les périodes se chevauchent ({b0}–{b1} et {a0}–{a1}) ; une comparaison avant/après demande deux périodes distinctes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/compare.py" line="92" />
            <source>Neither period holds a day with enough valid counting time.</source>
            <translation>Aucune des deux périodes ne contient un jour avec assez de temps de comptage valide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>cars</source>
            <translation>voitures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>heavy vehicles</source>
            <translation>poids lourds</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="27" />
            <source>cyclists</source>
            <translation>cyclistes</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="28" />
            <source>pedestrians</source>
            <translation>piétons</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="65" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="70" />
            <source>This Telraam report lacks the column '{column}'.</source>
            <translation>Il manque la colonne '{column}' à ce rapport Telraam.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="69" />
            <source>{n} Telraam rows have no readable time in the column 'date'.</source>
            <translation>{n} lignes Telraam n'ont pas d'heure lisible dans la colonne « date ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="118" />
            <source>This counting-pole file lacks the column '{column}'.</source>
            <translation>Ce fichier de borne de comptage n'a pas la colonne « {column} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="141" />
            <source>{name} is not readable JSON.</source>
            <translation>{name} n'est pas du JSON lisible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/counts.py" line="151" />
            <source>{name} is neither a Telraam hourly report nor a counting-pole export (columns segment_id, date, uptime or Code, Ordening, Totaal).</source>
            <translation>{name} n'est ni un rapport horaire Telraam ni un export de borne de comptage (colonnes segment_id, date, uptime ou Code, Ordening, Totaal).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="43" />
            <location filename="../processing/algorithms/mobility_common.py" line="130" />
            <source>'{value}' is not a date (write it as YYYY-MM-DD).</source>
            <translation>« {value} » n'est pas une date (écrivez AAAA-MM-JJ).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="53" />
            <source>The period {label}ends on {end} before it starts on {start}; swap the dates.</source>
            <translation>La période {label}se termine le {end}, avant de commencer le {start} ; inversez les dates.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="62" />
            <location filename="../processing/algorithms/mobility_common.py" line="155" />
            <source>The counts hold no rows.</source>
            <translation>Les comptages ne contiennent aucune ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="69" />
            <source>The counts hold no segment {segment}; they hold {known}.</source>
            <translation>Les comptages ne contiennent pas de segment {segment} ; ils contiennent {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="170" />
            <source>The counts hold no hours from {start} to {end}; they run from {first} to {last}.</source>
            <translation>Les comptages ne contiennent aucune heure du {start} au {end} ; ils vont du {first} au {last}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="173" />
            <source>None of the {n} counted hours is valid: the counter's uptime is below 50 % in every hour.</source>
            <translation>Aucune des {n} heures comptées n'est valide : le compteur a compté moins de 50 % du temps à chaque heure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="215" />
            <source>Segment {segment}: v85 lies above 120 km/h, the histogram's open top bin; 120 is a lower bound.</source>
            <translation>Segment {segment} : la v85 dépasse 120 km/h, la classe ouverte supérieure de l'histogramme ; 120 est une borne inférieure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="219" />
            <source>Segment {segment}: {n} of {total} days had less than {pct} % valid counting time and were left out.</source>
            <translation>Segment {segment} : {n} jours sur {total} avaient moins de {pct} % de temps de comptage valide et ont été écartés.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="223" />
            <source>Segment {segment}: {n} missing hours of valid days were filled from the average hourly profile.</source>
            <translation>Segment {segment} : {n} heures manquantes de jours valides ont été complétées à partir du profil horaire moyen.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="226" />
            <source>Segment {segment} has no day with enough valid counting time in this period; its figures are empty.</source>
            <translation>Le segment {segment} n'a aucun jour avec assez de temps de comptage valide dans cette période ; ses chiffres restent vides.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/mobility/indicators.py" line="265" />
            <source>No segment has a day with at least {pct} % valid counting time in this period.</source>
            <translation>Aucun segment n'a, dans cette période, de jour avec au moins {pct} % de temps de comptage valide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="66" />
            <source>postcode</source>
            <translation>code postal</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="68" />
            <source>former municipality</source>
            <translation>ancienne commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="115" />
            <source>The list of municipalities ({path}) is missing; reinstall the plugin.</source>
            <translation>La liste des communes ({path}) est manquante ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="123" />
            <source>The list of municipalities ({path}) cannot be read; reinstall the plugin.</source>
            <translation>La liste des communes ({path}) est illisible ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="164" />
            <source>{text} is not a Flemish municipality; give its NIS code (e.g. 44021 for Gent) or its name.</source>
            <translation>{text} n’est pas une commune flamande ; indiquez son code INS (p. ex. 44021 pour Gand) ou son nom.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/municipalities/catalogue.py" line="261" />
            <source>The list of municipalities has no extent for {name}; reinstall the plugin.</source>
            <translation>La liste des communes ne contient pas d’emprise pour {name} ; réinstallez l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="79" />
            <source>Service status…</source>
            <translation>État des services…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="81" />
            <source>Check whether the Flemish services the plugin uses answer.</source>
            <translation>Vérifier si les services flamands utilisés par l’extension répondent.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="82" />
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="110" />
            <source>Find an address and zoom to it (Flemish geolocation service).</source>
            <translation>Rechercher une adresse et zoomer dessus (service de géolocalisation flamand).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="111" />
            <source>Pick an address on the map</source>
            <translation>Désigner une adresse sur la carte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="113" />
            <source>Click on the map to get the nearest address.</source>
            <translation>Cliquez sur la carte pour obtenir l’adresse la plus proche.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="114" />
            <source>Choose a municipality…</source>
            <translation>Choisir une commune…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="116" />
            <source>Zoom to a municipality by name, deelgemeente, NIS code or postcode.</source>
            <translation>Zoomer sur une commune par nom, section, code INS ou code postal.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="118" />
            <source>Base maps</source>
            <translation>Fonds de plan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="129" />
            <source>Match addresses…</source>
            <translation>Apparier des adresses…</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="131" />
            <source>Place a list of addresses (CSV, Excel or a layer) on the address register.</source>
            <translation>Apparier une liste d’adresses (CSV, Excel ou une couche) au registre d’adresses.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="135" />
            <source>The vacancy register: summary, filters and the history of a premise.</source>
            <translation>Le registre d’inoccupation : résumé, filtres et historique d’un bien.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="137" />
            <source>Sensors on the map, their latest readings and their time series.</source>
            <translation>Les capteurs sur la carte, leurs dernières mesures et leurs séries temporelles.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="139" />
            <source>Predict LoRaWAN coverage and place gateways and sensors.</source>
            <translation>Prévoir la couverture LoRaWAN et placer des passerelles et des capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="141" />
            <source>Traffic per counted segment: hourly profile, modal split and before/after.</source>
            <translation>Trafic par segment compté : profil horaire, répartition modale et avant/après.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="147" />
            <source>Choose themes, language and paper, preview the map study and export it as a PDF.</source>
            <translation>Choisissez les thèmes, la langue et le papier, prévisualisez l’étude cartographique et exportez-la en PDF.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/plugin.py" line="150" />
            <source>Publish the study store as a web page for citizens, with open data and its metadata.</source>
            <translation>Publier le stockage d'étude comme page web pour les citoyens, avec les données ouvertes et leurs métadonnées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="104" />
            <source>{what} {id} ends ({end}) before it starts ({start}); correct its dates first.</source>
            <translation>{what} {id} se termine ({end}) avant de commencer ({start}) ; corrigez d’abord ses dates.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="114" />
            <source>The distance cannot be negative.</source>
            <translation>La distance ne peut pas être négative.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="115" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/conflicts.py" line="116" />
            <source>Work</source>
            <translation>Chantier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="41" />
            <source>Projects (points)</source>
            <translation>Projets (points)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="41" />
            <source>Projects (lines)</source>
            <translation>Projets (lignes)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="42" />
            <source>Projects (areas)</source>
            <translation>Projets (surfaces)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="74" />
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="97" />
            <source>The municipality is a five-digit NIS code, e.g. 44021 for Gent.</source>
            <translation>La commune est un code INS à cinq chiffres, p. ex. 44021 pour Gand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/form.py" line="104" />
            <source>The end date cannot be before the start date.</source>
            <translation>La date de fin ne peut pas précéder la date de début.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="72" />
            <source>The period ends ({end}) before it starts ({start}); swap the dates.</source>
            <translation>La période se termine ({end}) avant de commencer ({start}) ; inversez les dates.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="178" />
            <source>{collection}: {received} of {total} works received.</source>
            <translation>{collection} : {received} chantiers reçus sur {total}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="223" />
            <location filename="../processing/algorithms/load_gipod.py" line="92" />
            <source>Choose the GIPOD collections INNAME and/or INNAME_PUNT.</source>
            <translation>Choisissez les collections GIPOD INNAME et/ou INNAME_PUNT.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="231" />
            <source>Downloading GIPOD {collection} for {area} from {start} to {end}.</source>
            <translation>Téléchargement de GIPOD {collection} pour {area}, du {start} au {end}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/gipod.py" line="242" />
            <source>{collection}: {dropped} works outside the period left out.</source>
            <translation>{collection} : {dropped} chantiers hors de la période écartés.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="136" />
            <source>{layer} has no niscode field: every project needs its municipality's NIS code.</source>
            <translation>{layer} n’a pas de champ niscode : chaque projet a besoin du code INS de sa commune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="173" />
            <source>{source} is the target store itself; a register cannot be merged into itself, choose another target store.</source>
            <translation>{source} est le magasin cible lui-même ; un registre ne peut pas être fusionné dans lui-même, choisissez un autre magasin cible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="176" />
            <source>{source} is given twice (also as {first}); give every register once.</source>
            <translation>{source} est indiqué deux fois (aussi comme {first}) ; indiquez chaque registre une seule fois.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="193" />
            <location filename="../processing/algorithms/merge_project_registers.py" line="80" />
            <source>Give at least one project register to merge: a store or a layer.</source>
            <translation>Indiquez au moins un registre des projets à fusionner : un stockage ou une couche.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="199" />
            <source>the target store</source>
            <translation>le stockage cible</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="212" />
            <source>{count} projects in {source} have no municipality (niscode) or no project id (project_key); fill them in first, nothing was merged.</source>
            <translation>{count} projets de {source} n’ont pas de commune (niscode) ou pas d’identifiant de projet (project_key) ; complétez-les d’abord, rien n’a été fusionné.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="234" />
            <source>Columns that are not in the project register were left out: {columns}.</source>
            <translation>Les colonnes absentes du registre des projets ont été écartées : {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/region.py" line="255" />
            <source>The export would contain the personal contact column(s) {columns}; nothing was written.</source>
            <translation>L’export contiendrait la ou les colonnes de contact personnelles {columns} ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="13" />
            <source>Smart governance</source>
            <translation>Gouvernance intelligente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="14" />
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="16" />
            <source>Living</source>
            <translation>Cadre de vie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="17" />
            <source>People</source>
            <translation>Citoyens</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="18" />
            <source>Economy</source>
            <translation>Économie</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="22" />
            <source>Idea</source>
            <translation>Idée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="23" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="24" />
            <source>Pilot project</source>
            <translation>Projet pilote</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="25" />
            <source>Implemented</source>
            <translation>Mis en œuvre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="26" />
            <source>Scaled up</source>
            <translation>Déployé à plus grande échelle</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="29" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="30" />
            <source>Private</source>
            <translation>Privé</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="31" />
            <source>Civil society</source>
            <translation>Société civile</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="32" />
            <source>University</source>
            <translation>Université</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="33" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="36" />
            <source>Own resources</source>
            <translation>Fonds propres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="37" />
            <source>Regional or provincial subsidy</source>
            <translation>Subvention régionale ou provinciale</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="38" />
            <source>European subsidy</source>
            <translation>Subvention européenne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="39" />
            <source>Loan</source>
            <translation>Emprunt</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="40" />
            <source>Belfius-EIB</source>
            <translation>Belfius-BEI</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="41" />
            <source>Public-private partnership</source>
            <translation>Partenariat public-privé</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="42" />
            <source>Crowdfunding</source>
            <translation>Financement participatif</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="45" />
            <source>Indicators / dashboard</source>
            <translation>Indicateurs / tableau de bord</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="46" />
            <source>Evaluation committee</source>
            <translation>Comité d’évaluation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="47" />
            <source>Citizen assessment</source>
            <translation>Évaluation citoyenne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="61" />
            <source>Project id</source>
            <translation>Identifiant du projet</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="62" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="105" />
            <location filename="../processing/algorithms/vacancy_indicators.py" line="143" />
            <source>Municipality (NIS code)</source>
            <translation>Commune (code INS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="63" />
            <source>Name</source>
            <translation>Nom</translation>
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
            <translation>Communes concernées (codes INS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="66" />
            <location filename="../smart_municipality/publish/themes.py" line="349" />
            <source>Theme (dimension)</source>
            <translation>Thème (dimension)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="67" />
            <source>Priority theme</source>
            <translation>Thème prioritaire</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="68" />
            <source>Initiator type</source>
            <translation>Type d’initiateur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="69" />
            <location filename="../smart_municipality/publish/themes.py" line="352" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="70" />
            <location filename="../smart_municipality/publish/themes.py" line="352" />
            <source>Lead department</source>
            <translation>Service pilote</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="71" />
            <source>Day-to-day manager</source>
            <translation>Gestionnaire au quotidien</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="72" />
            <location filename="../smart_municipality/publish/themes.py" line="351" />
            <source>Status (maturity)</source>
            <translation>Statut (maturité)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="73" />
            <source>Funding form</source>
            <translation>Mode de financement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="74" />
            <location filename="../smart_municipality/publish/themes.py" line="354" />
            <source>Subsidy (€)</source>
            <translation>Subvention (€)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="75" />
            <source>Cofinancing (%)</source>
            <translation>Cofinancement (%)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="76" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="77" />
            <source>Target value</source>
            <translation>Valeur cible</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="78" />
            <source>Target date</source>
            <translation>Date cible</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="79" />
            <source>Monitoring method</source>
            <translation>Méthode de suivi</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="80" />
            <source>Datasets produced</source>
            <translation>Jeux de données produits</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="81" />
            <source>Data owner</source>
            <translation>Propriétaire des données</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="82" />
            <source>Reusable playbook available</source>
            <translation>Guide réutilisable disponible</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="83" />
            <location filename="../smart_municipality/publish/themes.py" line="353" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="84" />
            <location filename="../smart_municipality/publish/themes.py" line="353" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="85" />
            <location filename="../smart_municipality/publish/themes.py" line="355" />
            <source>Link to citizen participation</source>
            <translation>Lien vers la participation citoyenne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="86" />
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="87" />
            <source>Contact e-mail</source>
            <translation>Adresse e-mail de contact</translation>
        </message>
        <message>
            <location filename="../smart_municipality/projects/vocabulary.py" line="88" />
            <source>Contact phone</source>
            <translation>Téléphone de contact</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/constants.py" line="9" />
            <location filename="../processing/algorithms/device_register.py" line="36" />
            <source>Device register</source>
            <translation>Registre des appareils</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/constants.py" line="13" />
            <source>Gateway coverage</source>
            <translation>Couverture des passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/dcat.py" line="27" />
            <source>Open data of {municipality}</source>
            <translation>Données ouvertes de {municipality}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/dcat.py" line="28" />
            <source>Maps for citizens published with Smart Municipality: sensors, vacancy, projects and network coverage of {municipality}.</source>
            <translation>Cartes pour les citoyens publiées avec Commune intelligente : capteurs, inoccupation, projets et couverture réseau de {municipality}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="34" />
            <source>Source: Digitaal Vlaanderen (GRB)</source>
            <translation>Source : Digitaal Vlaanderen (GRB)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="65" />
            <location filename="../processing/algorithms/publish_web_map.py" line="63" />
            <source>Choose at least one theme to publish.</source>
            <translation>Choisissez au moins un thème à publier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="67" />
            <location filename="../processing/algorithms/publish_web_map.py" line="65" />
            <source>Choose at least one language of the page: Dutch, French or English.</source>
            <translation>Choisissez au moins une langue pour la page : néerlandais, français ou anglais.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="69" />
            <source>The web page of the plugin is missing ({path}); reinstall the plugin.</source>
            <translation>La page web de l'extension est absente ({path}) ; réinstallez l'extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="73" />
            <source>{path} is a file; choose a folder for the web site.</source>
            <translation>{path} est un fichier ; choisissez un dossier pour le site web.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="75" />
            <source>The folder {path} holds other files; choose an empty folder or one with an earlier published site.</source>
            <translation>Le dossier {path} contient d'autres fichiers ; choisissez un dossier vide ou un dossier contenant un site publié auparavant.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="86" />
            <source>The store holds no data of {municipality} (NIS {niscode}); check the municipality or the store.</source>
            <translation>Le stockage ne contient aucune donnée de {municipality} (INS {niscode}) ; vérifiez la commune ou le stockage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="109" />
            <source>Publishing was cancelled; nothing was written.</source>
            <translation>La publication a été annulée ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/site.py" line="223" />
            <source>The store holds nothing to publish for {municipality} in the chosen themes; nothing was written.</source>
            <translation>Le stockage ne contient rien à publier pour {municipality} dans les thèmes choisis ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="31" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="31" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="33" />
            <source>a private person (not named)</source>
            <translation>un particulier (non nommé)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="35" />
            <source>air quality</source>
            <translation>qualité de l'air</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="35" />
            <source>traffic counter</source>
            <translation>compteur de trafic</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>noise</source>
            <translation>bruit</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>weather and climate</source>
            <translation>météo et climat</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="36" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>out of order</source>
            <translation>en panne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="37" />
            <source>planned</source>
            <translation>prévu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="38" />
            <source>no longer in use</source>
            <translation>hors service</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="72" />
            <source>The store holds no public sensor with a position; the device register is left out.</source>
            <translation>Le stockage ne contient aucun capteur public localisé ; le registre des appareils est omis.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="95" />
            <location filename="../processing/algorithms/device_register.py" line="23" />
            <source>Public device register (what is placed where)</source>
            <translation>Registre public des appareils (quoi est placé où)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="96" />
            <source>Every sensor of the municipality: what it measures, who owns and runs it, how it communicates and whether it processes personal data. Sensors that do are shown at the centre of their 100 m grid cell and without their owner's name.</source>
            <translation>Chaque capteur de la commune : ce qu'il mesure, qui en est propriétaire et gestionnaire, comment il communique et s'il traite des données à caractère personnel. Ceux qui le font sont montrés au centre de leur maille de 100 m et sans le nom de leur propriétaire.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="99" />
            <source>Source: device register of the municipality</source>
            <translation>Source : registre des appareils de la commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="100" />
            <location filename="../smart_municipality/publish/themes.py" line="227" />
            <source>Measures</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="101" />
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="102" />
            <source>Operator</source>
            <translation>Gestionnaire</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="103" />
            <source>Connectivity</source>
            <translation>Connectivité</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="103" />
            <source>Installed on</source>
            <translation>Installé le</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="105" />
            <source>Processes personal data</source>
            <translation>Traite des données à caractère personnel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="109" />
            <source>does not process personal data</source>
            <translation>ne traite pas de données à caractère personnel</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="110" />
            <source>processes personal data (position blurred)</source>
            <translation>traite des données à caractère personnel (position floutée)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="117" />
            <source>below half the limit value</source>
            <translation>sous la moitié de la valeur limite</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="118" />
            <source>below the limit value</source>
            <translation>sous la valeur limite</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="119" />
            <source>above the limit value</source>
            <translation>au-dessus de la valeur limite</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="120" />
            <source>no limit value</source>
            <translation>pas de valeur limite</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="121" />
            <source>no recent daily mean</source>
            <translation>pas de moyenne journalière récente</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="191" />
            <source>The store holds no readings of public sensors; the sensors layer is left out.</source>
            <translation>Le stockage ne contient aucune mesure de capteurs publics ; la couche des capteurs est omise.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="222" />
            <source>The latest reading of every public sensor and the daily means of the last 30 days, compared with the limit value of what it measures.</source>
            <translation>La dernière mesure de chaque capteur public et les moyennes journalières des 30 derniers jours, comparées à la valeur limite de ce qu'il mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="224" />
            <source>Source: sensor readings in the municipality's study store (owners in the device register)</source>
            <translation>Source : mesures des capteurs dans le stockage d'étude de la commune (propriétaires dans le registre des appareils)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="227" />
            <source>Limit value</source>
            <translation>Valeur limite</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="228" />
            <source>Daily mean against the limit value</source>
            <translation>Moyenne journalière par rapport à la valeur limite</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="268" />
            <source>fewer than 5 addresses: not published</source>
            <translation>moins de 5 adresses : non publié</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="269" />
            <source>less than 2 per 100 addresses</source>
            <translation>moins de 2 pour 100 adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="270" />
            <source>2 to 5 per 100 addresses</source>
            <translation>2 à 5 pour 100 adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="271" />
            <source>5 to 10 per 100 addresses</source>
            <translation>5 à 10 pour 100 adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="272" />
            <source>10 or more per 100 addresses</source>
            <translation>10 ou plus pour 100 adresses</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="273" />
            <source>no rate</source>
            <translation>pas de taux</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="290" />
            <source>The study store holds no vacancy indicators per neighbourhood (run Vacancy indicators per area into layer vacancy_wijken); vacancy is left out.</source>
            <translation>Le stockage d'étude ne contient pas d'indicateurs d'inoccupation par quartier (exécutez Indicateurs d'inoccupation par zone vers la couche vacancy_wijken) ; l'inoccupation est omise.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="300" />
            <source>Premises in the vacancy register</source>
            <translation>Biens dans le registre des inoccupations</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="314" />
            <source>Vacant buildings and dwellings per neighbourhood on the reference date. Figures of neighbourhoods with fewer than 5 addresses are not published; no single premise is shown.</source>
            <translation>Bâtiments et logements inoccupés par quartier à la date de référence. Les chiffres des quartiers de moins de 5 adresses ne sont pas publiés ; aucun bien n'est montré individuellement.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="316" />
            <source>Source: municipal register of vacant buildings and dwellings</source>
            <translation>Source : registre communal des bâtiments et logements inoccupés</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="342" />
            <source>The store holds no project with a location; projects are left out.</source>
            <translation>Le stockage ne contient aucun projet localisé ; les projets sont omis.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="345" />
            <source>{n} projects without a location are not on the map.</source>
            <translation>{n} projets sans localisation ne figurent pas sur la carte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="367" />
            <source>{n} e-mail addresses or phone numbers in the projects' text were blanked.</source>
            <translation>{n} adresses e-mail ou numéros de téléphone dans le texte des projets ont été masqués.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="374" />
            <source>The smart-city projects of the municipality: what they do, how far they are and who takes part.</source>
            <translation>Les projets de ville intelligente de la commune : ce qu'ils font, où ils en sont et qui y participe.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="375" />
            <source>Source: project register of the municipality</source>
            <translation>Source : registre des projets de la commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="393" />
            <source>The store holds no coverage of a gateway run (Place gateways); gateway coverage is left out.</source>
            <translation>Le stockage ne contient aucune couverture d'un calcul de passerelles (Placer des passerelles) ; la couverture des passerelles est omise.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="408" />
            <source>Where the municipality's LoRaWAN gateways receive a sensor, by the smallest spreading factor that reaches one (SF7: fast and frugal, SF12: slow, the longest reach). A prediction from terrain and buildings, not a measurement.</source>
            <translation>Où les passerelles LoRaWAN de la commune reçoivent un capteur, selon le plus petit facteur d'étalement qui en atteint une (SF7 : rapide et économe, SF12 : lent, la plus longue portée). Une prévision à partir du relief et des bâtiments, pas une mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="411" />
            <source>Source: gateway siting of the municipality (Smart Municipality)</source>
            <translation>Source : implantation des passerelles par la commune (Commune intelligente)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/publish/themes.py" line="412" />
            <source>Spreading factor</source>
            <translation>Facteur d'étalement</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="46" />
            <source>Unknown period '{period}'; use hour, day, week, month or year.</source>
            <translation>Période inconnue '{period}' ; utilisez hour, day, week, month ou year.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="186" />
            <source>The minimum data completeness must lie between 0 and 100 %.</source>
            <translation>La complétude minimale des données doit être comprise entre 0 et 100 %.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="188" />
            <source>The percentile must lie between 0 and 100.</source>
            <translation>Le percentile doit être compris entre 0 et 100.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="190" />
            <source>Exceedances are counted on readings or on daily means.</source>
            <translation>Les dépassements sont comptés sur les mesures ou sur les moyennes journalières.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="233" />
            <source>Grouping by sensor or area needs the sensor of each reading.</source>
            <translation>Le regroupement par capteur ou par zone nécessite le capteur de chaque mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="239" />
            <source>Choose the areas to aggregate over.</source>
            <translation>Choisissez les zones sur lesquelles agréger.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/aggregate.py" line="241" />
            <source>Aggregate per sensor or per area.</source>
            <translation>Agréger par capteur ou par zone.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/charts.py" line="94" />
            <source>No readings in this period.</source>
            <translation>Aucune mesure sur cette période.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/charts.py" line="123" />
            <source>time ({zone})</source>
            <translation>heure ({zone})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="16" />
            <source>CurieuzeNeuzen Vlaanderen 2018 (NO2 tubes)</source>
            <translation>CurieuzeNeuzen Vlaanderen 2018 (tubes NO2)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="17" />
            <source>Gent bicycle counter (5-minute counts)</source>
            <translation>Compteur vélo de Gand (par 5 minutes)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="18" />
            <source>EEA AirBase hourly file</source>
            <translation>Fichier horaire EEA AirBase</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="19" />
            <source>Recht op Lucht NO2 campaign</source>
            <translation>Campagne NO2 Recht op Lucht</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="20" />
            <source>IRCEL-CELINE hourly export</source>
            <translation>Export horaire IRCEL-CELINE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="21" />
            <source>Telraam hourly report (CSV)</source>
            <translation>Rapport horaire Telraam (CSV)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/constants.py" line="22" />
            <source>sensor.community archive CSV</source>
            <translation>CSV d’archive de sensor.community</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="59" />
            <source>fixed line</source>
            <translation>ligne fixe</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="60" />
            <source>official air-quality station</source>
            <translation>station officielle de mesure de la qualité de l’air</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/irceline.py" line="91" />
            <source>IRCEL-CELINE does not measure {property}.</source>
            <translation>IRCEL-CELINE ne mesure pas {property}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="58" />
            <source>citizen sensor ({kind})</source>
            <translation>capteur citoyen ({kind})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="60" />
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="118" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="51" />
            <location filename="../smart_municipality/sensors/feeds/telraam.py" line="83" />
            <source>citizen</source>
            <translation>citoyen</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="97" />
            <source>This is not a sensor.community archive file (a ';'-separated CSV with sensor_id, location, lat, lon and timestamp).</source>
            <translation>Ce n’est pas un fichier d’archive sensor.community (un CSV séparé par des ';' avec sensor_id, location, lat, lon et timestamp).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="106" />
            <source>This sensor.community archive file lacks the columns {columns}.</source>
            <translation>Il manque les colonnes {columns} à ce fichier d’archive sensor.community.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensor_community.py" line="142" />
            <source>{n} archive cells held no number (such as 'nan') and were skipped.</source>
            <translation>{n} cellules de l'archive ne contenaient pas de nombre (comme 'nan') et ont été ignorées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/feeds/sensorthings.py" line="105" />
            <source>The SensorThings server sent observations without a time; the server is not compatible.</source>
            <translation>Le serveur SensorThings a envoyé des observations sans heure ; le serveur n’est pas compatible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="114" />
            <source>'{part}' is not a mapping entry; write key=value with a key among: {keys}.</source>
            <translation>'{part}' n’est pas une entrée de correspondance ; écrivez clé=valeur avec une clé parmi : {keys}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="132" />
            <source>The mapping entry '{part}' has a value that is not a number.</source>
            <translation>L’entrée de correspondance '{part}' a une valeur qui n’est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="147" />
            <source>{name} holds {n} files; unpack it and choose the table.</source>
            <translation>{name} contient {n} fichiers ; décompressez-le et choisissez le tableau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="151" />
            <source>{name} is not a readable zip file.</source>
            <translation>{name} n’est pas un fichier zip lisible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="166" />
            <source>Column '{column}' holds '{value}' (row {row}), which is not a number; correct it or leave the cell empty.</source>
            <translation>La colonne '{column}' contient '{value}' (ligne {row}), qui n’est pas un nombre ; corrigez-le ou laissez la cellule vide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="179" />
            <source>Unknown layout '{layout}'; use long, wide_sensors or wide_hours.</source>
            <translation>Disposition inconnue '{layout}' ; utilisez long, wide_sensors ou wide_hours.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="183" />
            <source>The file</source>
            <translation>Le fichier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="196" />
            <source>The file has no column '{column}'; its columns are: {columns}.</source>
            <translation>Le fichier n’a pas de colonne '{column}' ; ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="199" />
            <source>Choose both an x (longitude) and a y (latitude) column, or neither.</source>
            <translation>Choisissez à la fois une colonne x (longitude) et une colonne y (latitude), ou aucune des deux.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="201" />
            <source>Choose the column(s) holding the readings.</source>
            <translation>Choisissez la ou les colonnes contenant les mesures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="203" />
            <source>Choose the time column, or give the period the readings cover.</source>
            <translation>Choisissez la colonne de temps, ou indiquez la période couverte par les mesures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="205" />
            <source>Duplicates must be 'error' or 'replicates'.</source>
            <translation>Les doublons doivent valoir 'error' ou 'replicates'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="212" />
            <source>The wide table has no sensor columns.</source>
            <translation>Le tableau large n’a pas de colonnes de capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="214" />
            <source>Choose the property the sensor columns hold (for example NO2).</source>
            <translation>Choisissez la grandeur contenue dans les colonnes de capteurs (par exemple NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="222" />
            <source>Choose the hour columns of the wide table (first = 00:00).</source>
            <translation>Choisissez les colonnes horaires du tableau large (la première = 00:00).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="224" />
            <source>Give one flag column per hour column, or none.</source>
            <translation>Indiquez une colonne d’indicateur par colonne horaire, ou aucune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="226" />
            <source>Choose the property the hour columns hold (for example NO2).</source>
            <translation>Choisissez la grandeur contenue dans les colonnes horaires (par exemple NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="266" />
            <source>Row {row} has no sensor in column '{column}'; fill it in or remove the row.</source>
            <translation>La ligne {row} n’a pas de capteur dans la colonne '{column}' ; complétez-la ou supprimez la ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="280" />
            <source>period</source>
            <translation>période</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="302" />
            <source>Say which property column '{column}' holds.</source>
            <translation>Indiquez quelle grandeur contient la colonne '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="306" />
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="350" />
            <source>The mapped value columns hold no readings.</source>
            <translation>Les colonnes de valeurs associées ne contiennent aucune mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="365" />
            <source>Sensor '{sensor}' has no position (row {row}); fill in x and y or remove the row. Nothing was imported.</source>
            <translation>Le capteur '{sensor}' n’a pas de position (ligne {row}) ; complétez x et y ou supprimez la ligne. Rien n’a été importé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="367" />
            <source>the sensors in the file</source>
            <translation>les capteurs du fichier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="378" />
            <source>the sensor</source>
            <translation>le capteur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="408" />
            <location filename="../smart_municipality/sensors/files.py" line="480" />
            <source>none (diffusion tube)</source>
            <translation>aucune (tube à diffusion)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="427" />
            <source>{n} rows at local times that do not exist (the clock skips an hour in spring) were left out.</source>
            <translation>{n} lignes à des heures locales inexistantes (l’horloge saute une heure au printemps) ont été écartées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="449" />
            <source>{name} is not an AirBase file (a date and 24 value/flag pairs per line).</source>
            <translation>{name} n’est pas un fichier AirBase (une date et 24 paires valeur/indicateur par ligne).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="452" />
            <source>{name} has {n} columns per line; an AirBase hourly file has 49 (a date and 24 value/flag pairs).</source>
            <translation>{name} a {n} colonnes par ligne ; un fichier horaire AirBase en a 49 (une date et 24 paires valeur/indicateur).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="465" />
            <source>The pollutant of {name} cannot be told from its name; choose the property.</source>
            <translation>Le polluant de {name} ne peut pas être déduit de son nom ; choisissez la grandeur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="495" />
            <source>The property of {name} cannot be told from its name; choose it (for example NO2).</source>
            <translation>La grandeur de {name} ne peut pas être déduite de son nom ; choisissez-la (par exemple NO2).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="603" />
            <source>{name} is not in a format the plugin knows; give a column mapping.</source>
            <translation>{name} n’est pas dans un format connu de l’extension ; indiquez une correspondance des colonnes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="606" />
            <source>Unknown file format '{preset}'.</source>
            <translation>Format de fichier inconnu '{preset}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/files.py" line="610" />
            <source>{name} holds no readings: every value is empty or unreadable.</source>
            <translation>{name} ne contient aucune mesure : chaque valeur est vide ou illisible.</translation>
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
            <location filename="../smart_municipality/sensors/interpolate.py" line="32" />
            <source>Leave-one-out cross-validation over {n} sensors: RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, bias {bias:+.2f} {unit}.</source>
            <translation>Validation croisée leave-one-out sur {n} capteurs : RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, biais {bias:+.2f} {unit}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="41" />
            <source>Interpolation needs at least two sensors with a position and a value.</source>
            <translation>L’interpolation nécessite au moins deux capteurs avec une position et une valeur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="47" />
            <source>Interpolating sensor readings</source>
            <translation>L’interpolation des mesures des capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="50" />
            <source>The IDW power must be positive.</source>
            <translation>La puissance IDW doit être positive.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="83" />
            <source>Give an extent and a positive cell size for the surface.</source>
            <translation>Indiquez une emprise et une taille de cellule positive pour la surface.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="87" />
            <source>The surface would have {n} million cells; choose a larger cell size or a smaller extent.</source>
            <translation>La surface aurait {n} millions de cellules ; choisissez une taille de cellule plus grande ou une emprise plus petite.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/interpolate.py" line="108" />
            <source>The surface cannot be written to {path}; check the folder.</source>
            <translation>La surface ne peut pas être écrite dans {path} ; vérifiez le dossier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="239" />
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="241" />
            <source>{n} min ago</source>
            <translation>il y a {n} min</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="243" />
            <source>{n} h ago</source>
            <translation>il y a {n} h</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="58" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="245" />
            <source>{n} days ago</source>
            <translation>il y a {n} jours</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="119" />
            <source>The store holds no sensors measuring {property}; load sensor data first.</source>
            <translation>Le stockage ne contient aucun capteur mesurant {property} ; chargez d’abord des données de capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="123" />
            <source>Sensors – {property}</source>
            <translation>Capteurs – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="173" />
            <source>no recent reading (older than {hours:g} h)</source>
            <translation>aucune mesure récente (plus de {hours:g} h)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="206" />
            <source>No {property} readings between {start} and {end}.</source>
            <translation>Aucune mesure de {property} entre {start} et {end}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="209" />
            <source>{n} readings are too many to animate; choose a shorter period.</source>
            <translation>{n} mesures, c’est trop pour une animation ; choisissez une période plus courte.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/layers.py" line="216" />
            <source>Readings – {property}</source>
            <translation>Mesures – {property}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="48" />
            <source>{nis} is not a Flemish municipality the plugin knows; choose an area layer instead.</source>
            <translation>{nis} n’est pas une commune flamande connue de l’extension ; choisissez plutôt une couche de zones.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="142" />
            <source>{n} readings are not numbers (text, objects or arrays); they are kept as text and left out of charts and statistics.</source>
            <translation>{n} mesures ne sont pas des nombres (texte, objets ou tableaux) ; elles sont conservées comme texte et exclues des graphiques et des statistiques.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/loaders.py" line="180" />
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
            <location filename="../smart_municipality/sensors/normalize.py" line="98" />
            <source>{n} empty rows beside a reading of the same time were left out.</source>
            <translation>{n} lignes vides à côté d'une mesure du même instant ont été ignorées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="108" />
            <source>The sensor of datastream '{key}' is missing from this import; nothing was written.</source>
            <translation>Le capteur du flux de données '{key}' manque dans cet import ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="112" />
            <source>The datastream '{key}' is described twice in this import; nothing was written.</source>
            <translation>Le flux de données '{key}' est décrit deux fois dans cet import ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="121" />
            <source>'{property}' comes in several units ({units}) that cannot be converted into each other; import each unit as its own property or fix the units.</source>
            <translation>'{property}' est exprimé dans plusieurs unités ({units}) qui ne sont pas convertibles entre elles ; importez chaque unité comme une grandeur distincte ou corrigez les unités.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="155" />
            <source>Sensor '{name}' has {n} times with two different readings (first at {time}){others}; remove the duplicates or check the time zone. Nothing was written.</source>
            <translation>Le capteur '{name}' a {n} instants avec deux mesures différentes (premier à {time}){others} ; supprimez les doublons ou vérifiez le fuseau horaire. Rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="158" />
            <source>, and {m} other sensors have such times too</source>
            <translation>, et {m} autres capteurs ont aussi de tels instants</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="178" />
            <source>Most readings of '{name}' are negative, which a {property} value cannot be; check the column mapping. Nothing was written.</source>
            <translation>La plupart des mesures de '{name}' sont négatives, ce qu’une valeur de {property} ne peut pas être ; vérifiez la correspondance des colonnes. Rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/normalize.py" line="184" />
            <source>{n} negative readings (impossible for a concentration or a count) were kept but marked invalid; first: sensor '{name}'.</source>
            <translation>{n} mesures négatives (impossibles pour une concentration ou un comptage) ont été conservées mais marquées comme non valides ; première : capteur '{name}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/period.py" line="24" />
            <source>The period starts and ends at the same moment ({moment}), so it holds no time; choose an end after the start.</source>
            <translation>La période commence et se termine au même moment ({moment}) et n’a donc aucune durée ; choisissez une fin après le début.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/period.py" line="26" />
            <source>The period starts ({start}) after it ends ({end}); swap the start and the end.</source>
            <translation>La période commence ({start}) après sa fin ({end}) ; inversez le début et la fin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="61" />
            <source>EU annual limit value</source>
            <translation>Valeur limite annuelle UE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="62" />
            <source>EU annual limit value from 2030</source>
            <translation>Valeur limite annuelle UE à partir de 2030</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="63" />
            <location filename="../smart_municipality/sensors/properties.py" line="86" />
            <location filename="../smart_municipality/sensors/properties.py" line="90" />
            <source>WHO 2021 daily guideline</source>
            <translation>Valeur guide journalière OMS 2021</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="64" />
            <source>WHO 2021 annual guideline</source>
            <translation>Valeur guide annuelle OMS 2021</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="69" />
            <location filename="../smart_municipality/sensors/properties.py" line="84" />
            <source>EU hourly limit value</source>
            <translation>Valeur limite horaire UE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="72" />
            <location filename="../smart_municipality/sensors/properties.py" line="85" />
            <source>EU daily limit value</source>
            <translation>Valeur limite journalière UE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="78" />
            <source>EU information threshold</source>
            <translation>Seuil d’information UE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="79" />
            <source>EU alert threshold</source>
            <translation>Seuil d’alerte UE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="80" />
            <source>EU target value (max daily 8-hour mean)</source>
            <translation>Valeur cible UE (maximum journalier de la moyenne sur 8 heures)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="81" />
            <source>WHO 2021 8-hour guideline</source>
            <translation>Valeur guide OMS 2021 sur 8 heures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="88" />
            <source>Black carbon</source>
            <translation>Carbone suie (black carbon)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="89" />
            <source>EU limit value (max daily 8-hour mean)</source>
            <translation>Valeur limite UE (maximum journalier de la moyenne sur 8 heures)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="92" />
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="94" />
            <source>Relative humidity</source>
            <translation>Humidité relative</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="96" />
            <source>Air pressure</source>
            <translation>Pression atmosphérique</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="98" />
            <source>Noise level (LAeq)</source>
            <translation>Niveau sonore (LAeq)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="99" />
            <source>WHO road traffic Lden guideline</source>
            <translation>Valeur guide OMS trafic routier Lden</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="101" />
            <source>Cars</source>
            <translation>Voitures</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="103" />
            <source>Heavy vehicles</source>
            <translation>Poids lourds</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="105" />
            <source>Bicycles</source>
            <translation>Vélos</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="107" />
            <source>Pedestrians</source>
            <translation>Piétons</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="109" />
            <source>Vehicles at night</source>
            <translation>Véhicules la nuit</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="110" />
            <source>V85 speed</source>
            <translation>Vitesse V85</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="112" />
            <source>Occupancy</source>
            <translation>Taux d’occupation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="208" />
            <source>The unit '{unit}' of {property} is not known; use one of: {units}.</source>
            <translation>L’unité '{unit}' de {property} est inconnue ; utilisez l’une des unités suivantes : {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="219" />
            <source>{property} cannot be given in {unit}; use one of: {units}.</source>
            <translation>{property} ne peut pas être exprimé en {unit} ; utilisez l’une des unités suivantes : {units}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/properties.py" line="268" />
            <source>all values</source>
            <translation>toutes les valeurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/register.py" line="66" />
            <source>Sensors that process personal data are shown at the centre of their 100 m grid cell; sensors the municipality marked as not public are not listed.</source>
            <translation>Les capteurs qui traitent des données personnelles sont affichés au centre de leur maille de 100 m ; les capteurs que la commune a marqués comme non publics ne sont pas listés.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="81" />
            <source>{obs} new readings stored ({skipped} already present), {things} new sensors, {streams} new datastreams.</source>
            <translation>{obs} nouvelles mesures enregistrées ({skipped} déjà présentes), {things} nouveaux capteurs, {streams} nouveaux flux de données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/storage.py" line="97" />
            <source>Choose the municipality the sensors belong to.</source>
            <translation>Choisissez la commune à laquelle appartiennent les capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="66" />
            <source>Row {row} has no time in column '{column}'; fill it in or remove the row.</source>
            <translation>La ligne {row} n’a pas d’heure dans la colonne '{column}' ; complétez-la ou supprimez la ligne.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="67" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="81" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="99" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="124" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="129" />
            <location filename="../smart_municipality/sensors/timeutil.py" line="168" />
            <source>time</source>
            <translation>heure</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="80" />
            <source>The times in column '{column}' have no time zone; choose the zone they are in (UTC or Europe/Brussels).</source>
            <translation>Les heures de la colonne '{column}' n’ont pas de fuseau horaire ; choisissez leur fuseau (UTC ou Europe/Brussels).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="97" />
            <source>'{value}' in column '{column}' is not a date and time; use for example 2024-03-31 14:00 or 2024-03-31T14:00:00+02:00.</source>
            <translation>'{value}' dans la colonne '{column}' n’est pas une date et heure ; utilisez par exemple 2024-03-31 14:00 ou 2024-03-31T14:00:00+02:00.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="123" />
            <source>The times in column '{column}' cannot be placed in {zone}; check the zone of the times.</source>
            <translation>Les heures de la colonne '{column}' ne peuvent pas être placées dans {zone} ; vérifiez le fuseau des heures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="127" />
            <source>The local time {time} in column '{column}' does not exist in {zone} (the clock skips that hour in spring); check the zone of the times.</source>
            <translation>L’heure locale {time} de la colonne '{column}' n’existe pas dans {zone} (l’horloge saute cette heure au printemps) ; vérifiez le fuseau des heures.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="165" />
            <source>The readings{of} in column '{column}' are not in time order around the autumn clock change, so the repeated hour cannot be told apart; sort them by time or give times with their offset (+02:00/+01:00).</source>
            <translation>Les mesures{of} de la colonne '{column}' ne sont pas dans l'ordre chronologique autour du passage à l'heure d'hiver, si bien que l'heure répétée ne peut être distinguée ; triez-les par heure ou donnez les heures avec leur décalage (+02:00/+01:00).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="168" />
            <source> of {series}</source>
            <translation> de {series}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sensors/timeutil.py" line="246" />
            <source>{n} months ago</source>
            <translation>il y a {n} mois</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="94" />
            <source>The measurement file {} is not a text (CSV) file: it cannot be read as UTF-8 or Windows-1252; export the measurements as CSV.</source>
            <translation>Le fichier de mesures {} n'est pas un fichier texte (CSV) : il ne peut être lu ni en UTF-8 ni en Windows-1252 ; exportez les mesures en CSV.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="99" />
            <source>The measurement file {} cannot be read ({}).</source>
            <translation>Le fichier de mesures {} ne peut pas être lu ({}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="115" />
            <source>The measurement file {} holds no measurements.</source>
            <translation>Le fichier de mesures {} ne contient aucune mesure.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="122" />
            <source>The measurement file needs columns for the gateway id, RSSI and the position (lat/lon or x/y); found: {}.</source>
            <translation>Le fichier de mesures doit avoir des colonnes pour l’identifiant de la passerelle, le RSSI et la position (lat/lon ou x/y) ; trouvé : {}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="142" />
            <source>No row of the measurement file has a usable position.</source>
            <translation>Aucune ligne du fichier de mesures n’a de position utilisable.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="197" />
            <source>At least three measurements at different distances are needed to fit a path-loss exponent.</source>
            <translation>Il faut au moins trois mesures à des distances différentes pour ajuster un exposant d’affaiblissement de propagation.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="206" />
            <location filename="../smart_municipality/siting/calibration.py" line="293" />
            <location filename="../smart_municipality/siting/calibration.py" line="309" />
            <source>Calibrating the path-loss model with censored readings</source>
            <translation>Le calage du modèle d’affaiblissement de propagation avec des mesures censurées</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="375" />
            <source>None of the gateway ids in the measurements matches a gateway of the gateways layer; check the id field (for example eui-… versus the gateway name).</source>
            <translation>Aucun identifiant de passerelle des mesures ne correspond à une passerelle de la couche des passerelles ; vérifiez le champ d’identifiant (par exemple eui-… ou le nom de la passerelle).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="383" />
            <source>The receiver floor must be a number of dBm (for example -120) or empty.</source>
            <translation>Le plancher du récepteur doit être un nombre en dBm (par exemple -120) ou rester vide.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/calibration.py" line="395" />
            <source>At least three received measurements from known gateways are needed for a calibration.</source>
            <translation>Un calibrage nécessite au moins trois mesures reçues de passerelles connues.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/cover_search.py" line="23" />
            <location filename="../smart_municipality/siting/coverage.py" line="42" />
            <location filename="../smart_municipality/siting/coverage.py" line="526" />
            <location filename="../smart_municipality/siting/optimisation.py" line="38" />
            <location filename="../processing/algorithms/site_sensors.py" line="154" />
            <location filename="../processing/algorithms/site_sensors.py" line="234" />
            <source>Radio coverage and site placement</source>
            <translation>La couverture radio et le choix des emplacements</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="74" />
            <source>The frequency must lie between 30 and 6000 MHz (LoRaWAN in Europe uses 868 MHz).</source>
            <translation>La fréquence doit être comprise entre 30 et 6000 MHz (LoRaWAN utilise 868 MHz en Europe).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="76" />
            <source>The receiver height must be between 0 and 100 m above the ground.</source>
            <translation>La hauteur du récepteur doit être comprise entre 0 et 100 m au-dessus du sol.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="78" />
            <source>The spreading factor must be one of 7 to 12.</source>
            <translation>Le facteur d’étalement doit être compris entre 7 et 12.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="140" />
            <source>{n} {what} lie outside the terrain model or the chosen extent ({ids}); remove them or use a larger terrain model.</source>
            <translation>{n} {what} se trouvent hors du modèle de terrain ou de l’emprise choisie ({ids}) ; supprimez-les ou utilisez un modèle de terrain plus grand.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="417" />
            <location filename="../smart_municipality/siting/tiling.py" line="330" />
            <source>There are no gateways to compute the coverage of.</source>
            <translation>Il n’y a aucune passerelle dont calculer la couverture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="419" />
            <location filename="../smart_municipality/siting/tiling.py" line="331" />
            <location filename="../processing/algorithms/calibrate_path_loss.py" line="172" />
            <location filename="../processing/algorithms/radio_coverage.py" line="83" />
            <location filename="../processing/algorithms/radio_coverage.py" line="87" />
            <location filename="../processing/algorithms/radio_coverage.py" line="88" />
            <source>gateways</source>
            <translation>passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="434" />
            <location filename="../smart_municipality/siting/coverage.py" line="504" />
            <location filename="../smart_municipality/siting/tiling.py" line="64" />
            <location filename="../processing/algorithms/radio_coverage.py" line="143" />
            <source>The coverage computation was cancelled.</source>
            <translation>Le calcul de couverture a été annulé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="466" />
            <source>GDAL could not turn the coverage into polygons.</source>
            <translation>GDAL n’a pas pu convertir la couverture en polygones.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="495" />
            <location filename="../processing/algorithms/placement_common.py" line="118" />
            <source>candidate sites</source>
            <translation>sites candidats</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/coverage.py" line="529" />
            <source>The radius must be a positive number of metres.</source>
            <translation>Le rayon doit être un nombre positif de mètres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="26" />
            <source>online submodular bound</source>
            <translation>borne sous-modulaire en ligne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="26" />
            <source>LP relaxation</source>
            <translation>relaxation LP</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="27" />
            <source>LP relaxation with redundancy cuts</source>
            <translation>relaxation LP avec coupes de redondance</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="28" />
            <source>MILP dual bound</source>
            <translation>borne duale du MILP</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="28" />
            <source>proven optimum</source>
            <translation>optimum prouvé</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="29" />
            <source>Lagrangian lower bound</source>
            <translation>borne inférieure lagrangienne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="29" />
            <source>none (zero)</source>
            <translation>aucune (zéro)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="31" />
            <source>upper bound on the optimum</source>
            <translation>borne supérieure de l’optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="31" />
            <source>lower bound on the optimum</source>
            <translation>borne inférieure de l’optimum</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <source>exact (MILP, HiGHS)</source>
            <translation>exact (MILP, HiGHS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="32" />
            <source>greedy</source>
            <translation>glouton</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="33" />
            <location filename="../processing/algorithms/site_sensors.py" line="88" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="33" />
            <source>Bound</source>
            <translation>Borne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="34" />
            <source>Kind of bound</source>
            <translation>Type de borne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="36" />
            <source>Quality (share of the optimum reached at least)</source>
            <translation>Qualité (part de l’optimum atteinte au moins)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="37" />
            <source>Solver status</source>
            <translation>Statut du solveur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="37" />
            <source>Run time</source>
            <translation>Temps de calcul</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="52" />
            <source>bound</source>
            <translation>borne</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="65" />
            <source>existing</source>
            <translation>existant</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="71" />
            <source>covered demand (%)</source>
            <translation>demande couverte (%)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="71" />
            <location filename="../smart_municipality/siting/html_report.py" line="96" />
            <source>sites added</source>
            <translation>sites ajoutés</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="80" />
            <source>Gateway placement</source>
            <translation>Placement des passerelles</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="81" />
            <source>Coverage after each added site</source>
            <translation>Couverture après chaque site ajouté</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="105" />
            <source>Sites in order</source>
            <translation>Sites dans l’ordre</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="82" />
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="103" />
            <source>Step</source>
            <translation>Étape</translation>
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
            <translation>Poids couvert</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Quality certificate</source>
            <translation>Certificat de qualité</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="84" />
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <location filename="../smart_municipality/siting/html_report.py" line="109" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="85" />
            <source>Uncovered demand</source>
            <translation>Demande non couverte</translation>
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
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="96" />
            <source>weighted mean distance (m)</source>
            <translation>distance moyenne pondérée (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="98" />
            <location filename="../smart_municipality/siting/html_report.py" line="108" />
            <source>Weighted mean distance (m)</source>
            <translation>Distance moyenne pondérée (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="106" />
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="107" />
            <location filename="../processing/algorithms/site_sensors.py" line="69" />
            <source>Radius (m)</source>
            <translation>Rayon (m)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="107" />
            <source>Covered share of the weight</source>
            <translation>Part couverte du poids</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="112" />
            <source>Coverage per area (least covered first)</source>
            <translation>Couverture par zone (les moins couvertes d’abord)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="114" />
            <source>outside every area</source>
            <translation>hors de toute zone</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/html_report.py" line="116" />
            <source>Sensor placement</source>
            <translation>Placement des capteurs</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/linkbudget.py" line="62" />
            <source>The shadowing margin</source>
            <translation>La marge d’ombrage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/linkbudget.py" line="70" />
            <source>The coverage probability</source>
            <translation>La probabilité de couverture</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="53" />
            <source>The exact method needs SciPy 1.9 or newer (this QGIS has SciPy {}); use the greedy method, which reports how far from optimal it can be at most.</source>
            <translation>La méthode exacte nécessite SciPy 1.9 ou plus récent (ce QGIS a SciPy {}) ; utilisez la méthode gloutonne, qui indique de combien elle peut au plus s’écarter de l’optimum.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="76" />
            <location filename="../smart_municipality/siting/optimisation.py" line="1117" />
            <source>The demand weights must be numbers of zero or more; fix the empty, negative or non-numeric values in the weight field.</source>
            <translation>Les poids de la demande doivent être des nombres positifs ou nuls ; corrigez les valeurs vides, négatives ou non numériques du champ de poids.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="79" />
            <source>There are no demand points.</source>
            <translation>Il n’y a aucun point de demande.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="81" />
            <source>All demand weights are zero, so there is nothing to cover; choose another weight field or none.</source>
            <translation>Tous les poids de la demande sont nuls, il n’y a donc rien à couvrir ; choisissez un autre champ de poids ou aucun.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="85" />
            <source>The candidate costs must be numbers of zero or more; fix the empty, negative or non-numeric values in the cost field.</source>
            <translation>Les coûts des candidats doivent être des nombres positifs ou nuls ; corrigez les valeurs vides, négatives ou non numériques du champ de coût.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="89" />
            <source>The redundancy must be 1, 2 or 3 gateways per demand point.</source>
            <translation>La redondance doit être de 1, 2 ou 3 passerelles par point de demande.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="176" />
            <source>The number of sites to choose must be at least 1.</source>
            <translation>Le nombre de sites à choisir doit être d’au moins 1.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="178" />
            <source>You ask for {k} new sites but there are only {free} candidates (besides the existing ones); lower the number or add candidates.</source>
            <translation>Vous demandez {k} nouveaux sites, mais il n’y a que {free} candidats (en plus des existants) ; réduisez le nombre ou ajoutez des candidats.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="606" />
            <source>The exact solver found no solution in the time limit; the greedy solution is shown.</source>
            <translation>Le solveur exact n’a trouvé aucune solution dans le temps imparti ; la solution gloutonne est affichée.</translation>
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
            <translation>Limite de temps atteinte ; meilleure solution trouvée jusqu’ici.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="667" />
            <source>The coverage target must be a share between 0 and 100 %.</source>
            <translation>L’objectif de couverture doit être une part comprise entre 0 et 100 %.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="671" />
            <source>The target of {t:.1f} % cannot be reached: even with every candidate only {r:.1f} % of the demand is covered; lower the target or add candidates.</source>
            <translation>L’objectif de {t:.1f} % ne peut pas être atteint : même avec tous les candidats, seuls {r:.1f} % de la demande sont couverts ; réduisez l’objectif ou ajoutez des candidats.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1094" />
            <source>{n} demand points have no candidate site within reach, so covering all of them is impossible; add candidates near them or use the maximum-coverage model (MCLP).</source>
            <translation>{n} points de demande n’ont aucun site candidat à portée, il est donc impossible de tous les couvrir ; ajoutez des candidats à proximité ou utilisez le modèle de couverture maximale (MCLP).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1120" />
            <source>All demand weights are zero, so there is nothing to serve; choose another weight field or none.</source>
            <translation>Tous les poids de la demande sont nuls, il n’y a donc rien à desservir ; choisissez un autre champ de poids ou aucun.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1448" />
            <source>The exact p-median model would have {v:,} variables, too many to solve here; use the greedy method (with its quality bound) or fewer demand points.</source>
            <translation>Le modèle p-médian exact aurait {v:,} variables, trop pour être résolu ici ; utilisez la méthode gloutonne (avec sa borne de qualité) ou moins de points de demande.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/optimisation.py" line="1518" />
            <source>Proven optimum not reached in {s:g} s; heuristic solution with its quality bound.</source>
            <translation>Optimum non prouvé en {s:g} s ; solution heuristique avec sa borne de qualité.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="182" />
            <source>The log-distance parameters are not usable: the exponent and the reference distance must be positive and PL(d0) a finite number of dB.</source>
            <translation>Les paramètres du modèle log-distance ne sont pas utilisables : l’exposant et la distance de référence doivent être positifs et PL(d0) un nombre fini de dB.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="221" />
            <source>This file is not a path-loss parameter set written by the calibration algorithm.</source>
            <translation>Ce fichier n’est pas un jeu de paramètres d’affaiblissement de propagation écrit par l’algorithme de calibrage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="238" />
            <source>The path-loss parameter set {} does not exist; run the calibration first or pick another file.</source>
            <translation>Le jeu de paramètres d’affaiblissement de propagation {} n’existe pas ; lancez d’abord le calibrage ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="254" />
            <source>Give the parameter set a name.</source>
            <translation>Donnez un nom au jeu de paramètres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/pathloss.py" line="276" />
            <source>No calibrated parameter set is called '{}'; run the calibration or give the path of its .json file.</source>
            <translation>Aucun jeu de paramètres calibré ne s’appelle '{}' ; lancez le calibrage ou indiquez le chemin de son fichier .json.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/placement.py" line="97" />
            <source>The placement was cancelled.</source>
            <translation>Le placement a été annulé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="77" />
            <location filename="../processing/algorithms/sensors_common.py" line="58" />
            <source>'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021.</source>
            <translation>'{value}' n’est pas un code INS ; indiquez les cinq chiffres de la commune, p. ex. 44021.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="82" />
            <source>Saving the scenario in the store needs the municipality: give its NIS code (for example 44021); the layers do not say it unambiguously.</source>
            <translation>Pour enregistrer le scénario dans le stockage, il faut la commune : indiquez son code INS (par exemple 44021) ; les couches ne l'indiquent pas sans ambiguïté.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="89" />
            <source>Gateways {time}</source>
            <translation>Passerelles {time}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="89" />
            <source>Sensors {time}</source>
            <translation>Capteurs {time}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/runs.py" line="121" />
            <source>Saved as scenario '{name}' of {niscode} in {store}.</source>
            <translation>Enregistré comme scénario « {name} » de {niscode} dans {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="97" />
            <source>'{role}' is not a site role; use selected, candidate or existing.</source>
            <translation>« {role} » n'est pas un rôle de site ; utilisez selected, candidate ou existing.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="104" />
            <source>The sites of a scenario must be a table with the columns site_key, role, x and y.</source>
            <translation>Les sites d'un scénario doivent être un tableau avec les colonnes site_key, role, x et y.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="107" />
            <source>The sites of the scenario lack the column(s) {columns}.</source>
            <translation>Il manque aux sites du scénario la ou les colonnes {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="111" />
            <source>The sites of the scenario have unknown column(s) {columns}; use {known}.</source>
            <translation>Les sites du scénario ont une ou des colonnes inconnues {columns} ; utilisez {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="116" />
            <source>Site role '{role}' is not one of selected, candidate or existing; correct it and save the scenario again.</source>
            <translation>Le rôle de site « {role} » n'est ni selected, ni candidate, ni existing ; corrigez-le et enregistrez à nouveau le scénario.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="121" />
            <source>Some sites of the scenario have no coordinates; every site needs x and y in EPSG:31370.</source>
            <translation>Certains sites du scénario n'ont pas de coordonnées ; chaque site doit avoir x et y en EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="126" />
            <source>Site key '{key}' occurs more than once in the scenario; every site needs its own key.</source>
            <translation>La clé de site « {key} » apparaît plusieurs fois dans le scénario ; chaque site doit avoir sa propre clé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="181" />
            <location filename="../smart_municipality/siting/scenarios.py" line="224" />
            <source>A scenario places gateways or sensors, not '{kind}'.</source>
            <translation>Un scénario place des passerelles ou des capteurs, pas « {kind} ».</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="183" />
            <source>A scenario needs a key; give it a name.</source>
            <translation>Un scénario a besoin d'une clé ; donnez-lui un nom.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="186" />
            <source>The scenario parameters say kind '{found}' but the scenario places {kind}.</source>
            <translation>Les paramètres du scénario indiquent le type « {found} », mais le scénario place des {kind}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/scenarios.py" line="267" />
            <source>Siting sites</source>
            <translation>Sites d'implantation</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="91" />
            <source>The cell size must be a positive number of metres.</source>
            <translation>La taille de cellule doit être un nombre positif de mètres.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="399" />
            <location filename="../processing/algorithms/radio_coverage.py" line="133" />
            <location filename="../processing/algorithms/siting_common.py" line="463" />
            <source>The terrain model has no data in the area to compute; choose another extent or terrain model.</source>
            <translation>Le modèle de terrain n’a pas de données dans la zone à calculer ; choisissez une autre emprise ou un autre modèle de terrain.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="401" />
            <source>Filling the holes of a terrain model</source>
            <translation>Le comblement des trous d’un modèle de terrain</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="420" />
            <source>GDAL could not compute the viewshed for this transmitter.</source>
            <translation>GDAL n’a pas pu calculer la zone de visibilité de cet émetteur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="444" />
            <source>The raster {} cannot be read ({}).</source>
            <translation>Le raster {} est illisible ({}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/terrain.py" line="492" />
            <source>GDAL could not rasterise the buildings.</source>
            <translation>GDAL n’a pas pu rastériser les bâtiments.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/siting/tiling.py" line="169" />
            <source>The tile size must be at least 16 cells.</source>
            <translation>La taille des tuiles doit être d'au moins 16 cellules.</translation>
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
            <location filename="../smart_municipality/sources/endpoints.py" line="34" />
            <source>Geolocation (address search)</source>
            <translation>Géolocalisation (recherche d’adresses)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="37" />
            <source>Address register (basisregisters)</source>
            <translation>Registre d’adresses (basisregisters)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="40" />
            <location filename="../smart_municipality/sources/grb.py" line="54" />
            <source>GRB download (OGC API Features)</source>
            <translation>Téléchargement GRB (OGC API Features)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="42" />
            <source>GRB map (WMS)</source>
            <translation>Carte GRB (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="44" />
            <source>GRB base map (WMTS)</source>
            <translation>Carte de base GRB (WMTS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="46" />
            <source>Orthophoto (WMTS)</source>
            <translation>Orthophoto (WMTS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="48" />
            <source>Elevation model DHMV (WMS)</source>
            <translation>Modèle d’élévation DHMV (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="50" />
            <source>Administrative boundaries VRBG (WMS)</source>
            <translation>Limites administratives VRBG (WMS)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="53" />
            <source>Administrative boundaries VRBG (OGC API Features)</source>
            <translation>Limites administratives VRBG (OGC API Features)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="56" />
            <source>Cadastral parcels (Capakey)</source>
            <translation>Parcelles cadastrales (Capakey)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="58" />
            <source>Works on the public domain (GIPOD)</source>
            <translation>Chantiers sur le domaine public (GIPOD)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="59" />
            <source>sensor.community (citizen sensors)</source>
            <translation>sensor.community (capteurs citoyens)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="62" />
            <source>sensor.community archive</source>
            <translation>Archives sensor.community</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="63" />
            <source>Telraam (traffic counts)</source>
            <translation>Telraam (comptages de trafic)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/endpoints.py" line="64" />
            <source>IRCEL-CELINE air-quality stations</source>
            <translation>Stations de qualité de l’air IRCEL-CELINE</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/geolocation.py" line="65" />
            <source>The geolocation service sent an unexpected answer ({what}); the service may have changed, check its address in the plugin settings.</source>
            <translation>Le service de géolocalisation a envoyé une réponse inattendue ({what}) ; le service a peut-être changé, vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="36" />
            <source>Buildings (GBG)</source>
            <translation>Bâtiments (GBG)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="37" />
            <source>Parcels (ADP)</source>
            <translation>Parcelles (ADP)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="38" />
            <source>Road surfaces (WBN)</source>
            <translation>Surfaces de voirie (WBN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="39" />
            <source>Engineering structures (KNW)</source>
            <translation>Ouvrages d’art (KNW)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="40" />
            <source>Building attachments (GBA)</source>
            <translation>Annexes de bâtiments (GBA)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="41" />
            <source>Road parts (WGO)</source>
            <translation>Subdivisions de voirie (WGO)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="42" />
            <source>Terrain (TRN)</source>
            <translation>Terrain (TRN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="43" />
            <source>Railways (SBN)</source>
            <translation>Voies ferrées (SBN)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="44" />
            <source>Watercourses (WTZ)</source>
            <translation>Cours d’eau (WTZ)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/grb.py" line="53" />
            <source>{service} sent an unexpected list of collections; the service may have changed.</source>
            <translation>{service} a envoyé une liste de collections inattendue ; le service a peut-être changé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="37" />
            <source>IRCEL-CELINE answered without time-series values.</source>
            <translation>IRCEL-CELINE a répondu sans valeurs de série temporelle.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/irceline.py" line="57" />
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
            <location filename="../smart_municipality/sources/sensor_community.py" line="44" />
            <source>{service} answered something that is not a list of sensors.</source>
            <translation>{service} a répondu autre chose qu’une liste de capteurs.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="94" />
            <source>'{url}' is not a web address; give the SensorThings service root, for example https://host/FROST-Server/v1.1.</source>
            <translation>'{url}' n’est pas une adresse web ; indiquez la racine du service SensorThings, par exemple https://host/FROST-Server/v1.1.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="97" />
            <source>SensorThings server {host}</source>
            <translation>Serveur SensorThings {host}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="110" />
            <source>{service} answered something that is not a SensorThings collection; check the service address.</source>
            <translation>{service} a répondu autre chose qu’une collection SensorThings ; vérifiez l’adresse du service.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="119" />
            <source>{service} keeps sending the same next page; the server's paging is broken.</source>
            <translation>{service} renvoie sans cesse la même page suivante ; la pagination du serveur est défectueuse.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/sensorthings.py" line="123" />
            <source>{service} sends more pages than can be read at once; narrow the time range or area.</source>
            <translation>{service} envoie plus de pages qu’il n’est possible d’en lire en une fois ; réduisez la période ou la zone.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/status.py" line="103" />
            <location filename="../smart_municipality/sources/transport.py" line="83" />
            <source>{service} sent an incomplete or unreadable answer; try again later.</source>
            <translation>{service} a envoyé une réponse incomplète ou illisible ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/status.py" line="105" />
            <source>{service} answers, but not like the service it should be; check its address in the plugin settings.</source>
            <translation>{service} répond, mais pas comme le service attendu ; vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="35" />
            <source>Telraam needs an API key: store it in the QGIS authentication database (a Basic configuration with the key as password) and choose that configuration.</source>
            <translation>Telraam exige une clé API : enregistrez-la dans la base d’authentification de QGIS (une configuration Basic avec la clé comme mot de passe) et choisissez cette configuration.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="40" />
            <source>The authentication configuration '{id}' cannot be read; check it in Settings › Options › Authentication.</source>
            <translation>La configuration d’authentification '{id}' est illisible ; vérifiez-la dans Préférences › Options › Authentification.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="49" />
            <source>The authentication configuration '{id}' holds no Telraam key (use a Basic configuration with the key as password).</source>
            <translation>La configuration d’authentification '{id}' ne contient pas de clé Telraam (utilisez une configuration Basic avec la clé comme mot de passe).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/telraam.py" line="95" />
            <source>{service} answered without a traffic report.</source>
            <translation>{service} a répondu sans rapport de trafic.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="79" />
            <source>{service} answered with a web page instead of data; check its address in the plugin settings.</source>
            <translation>{service} a répondu par une page web au lieu de données ; vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="201" />
            <source>{service} is busy and asks to wait {seconds} s; try again later.</source>
            <translation>{service} est occupé et demande d’attendre {seconds} s ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="303" />
            <source>{service} did not answer in time; check your connection or try again later.</source>
            <translation>{service} n’a pas répondu à temps ; vérifiez votre connexion ou réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="305" />
            <source>{service} sends the request from one address to another without end (too many redirects); check its address in the plugin settings.</source>
            <translation>{service} renvoie la requête sans fin d’une adresse à l’autre (trop de redirections) ; vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="308" />
            <source>{service} sends the request on to an unencrypted (http) address, which is not followed; check its address in the plugin settings.</source>
            <translation>{service} renvoie la requête vers une adresse non chiffrée (http), qui n’est pas suivie ; vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="311" />
            <source>The proxy between QGIS and {service} asks for a user name and password (HTTP 407); enter them under Settings › Options › Network.</source>
            <translation>Le proxy entre QGIS et {service} demande un nom d’utilisateur et un mot de passe (HTTP 407) ; saisissez-les dans Préférences › Options › Réseau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="314" />
            <source>The proxy between QGIS and {service} cannot be reached; check the proxy under Settings › Options › Network.</source>
            <translation>Le proxy entre QGIS et {service} est injoignable ; vérifiez le proxy dans Préférences › Options › Réseau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="317" />
            <source>{service} cannot be reached: nothing answers at its address (connection refused); check the address in the plugin settings or try again later.</source>
            <translation>{service} est injoignable : rien ne répond à son adresse (connexion refusée) ; vérifiez l’adresse dans les paramètres de l’extension ou réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="320" />
            <source>{service} broke off its answer before the end; try again later.</source>
            <translation>{service} a interrompu sa réponse avant la fin ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="322" />
            <source>{service} closed the connection without answering; try again later.</source>
            <translation>{service} a fermé la connexion sans répondre ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="324" />
            <source>{service} cannot be reached: its host name is unknown; check your network connection or the address in the plugin settings.</source>
            <translation>{service} est injoignable : son nom d’hôte est inconnu ; vérifiez votre connexion réseau ou l’adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="326" />
            <source>{service} cannot be reached; check your network or proxy settings, or the address in the plugin settings.</source>
            <translation>{service} est injoignable ; vérifiez vos paramètres réseau ou proxy, ou l’adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="337" />
            <source>{service} refused access (HTTP {status}); check the authentication configuration.</source>
            <translation>{service} a refusé l’accès (HTTP {status}) ; vérifiez la configuration d’authentification.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="339" />
            <source>{service} does not know this request (HTTP 404); the service may have moved: check its address in the plugin settings.</source>
            <translation>{service} ne connaît pas cette requête (HTTP 404) ; le service a peut-être déménagé : vérifiez son adresse dans les paramètres de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="342" />
            <source>{service} no longer offers this data (HTTP 410).</source>
            <translation>{service} ne propose plus ces données (HTTP 410).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="346" />
            <source>{service} is receiving too many requests (HTTP 429); try again in a few minutes.</source>
            <translation>{service} reçoit trop de requêtes (HTTP 429) ; réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="348" />
            <source>{service} is temporarily unavailable (HTTP 503), perhaps for maintenance; try again later.</source>
            <translation>{service} est temporairement indisponible (HTTP 503), peut-être pour maintenance ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="350" />
            <source>{service} has a problem of its own (HTTP {status}); try again later.</source>
            <translation>{service} rencontre un problème interne (HTTP {status}) ; réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/transport.py" line="352" />
            <source>{service} rejected the request (HTTP {status}).</source>
            <translation>{service} a rejeté la requête (HTTP {status}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/sources/vrbg.py" line="74" />
            <source>The boundary service (VRBG) has no municipality with NIS code {nis}; check the code or choose the municipality from the list.</source>
            <translation>Le service des limites (VRBG) n’a aucune commune avec le code INS {nis} ; vérifiez le code ou choisissez la commune dans la liste.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="108" />
            <source>unknown (edited outside the plugin)</source>
            <translation>inconnu (modifié en dehors de l’extension)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="214" />
            <source>The store {store} is closed; open it again.</source>
            <translation>Le stockage {store} est fermé ; ouvrez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="217" />
            <location filename="../smart_municipality/store/geopackage.py" line="585" />
            <location filename="../smart_municipality/store/postgis.py" line="557" />
            <source>{store} is read-only here; copy it to a folder you can write in, or ask for write access.</source>
            <translation>{store} est ici en lecture seule ; copiez-le dans un dossier où vous pouvez écrire, ou demandez un accès en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="227" />
            <source>The store has no table '{table}'.</source>
            <translation>Le stockage n’a pas de table '{table}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="245" />
            <source>{store} was written by a newer version of Smart Municipality (store version {found}, this plugin knows up to {known}); update the plugin to open it.</source>
            <translation>{store} a été écrit par une version plus récente de Commune intelligente (version de stockage {found}, cette extension connaît jusqu’à {known}) ; mettez l’extension à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="252" />
            <source>{store} must be upgraded for this plugin version but is read-only; ask for write access or use the plugin version that made it.</source>
            <translation>{store} doit être mis à niveau pour cette version de l’extension mais est en lecture seule ; demandez un accès en écriture ou utilisez la version de l’extension qui l’a créé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="296" />
            <source>You may not create the study tables in {store}; ask the database administrator to create them or to give you the right to.</source>
            <translation>Vous ne pouvez pas créer les tables d’étude dans {store} ; demandez à l’administrateur de la base de données de les créer ou de vous en donner le droit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="300" />
            <source>{store} needs an upgrade to store version {version} that only its owner may do; ask the database administrator to open it once with this plugin version.</source>
            <translation>{store} doit être mis à niveau vers la version de stockage {version}, ce que seul son propriétaire peut faire ; demandez à l’administrateur de la base de données de l’ouvrir une fois avec cette version de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="306" />
            <source> (a copy of the original is at {path})</source>
            <translation> (une copie de l’original se trouve dans {path})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="309" />
            <source>Upgrading {store} to store version {version} failed and was undone{backup}; report this to the plugin authors.</source>
            <translation>La mise à niveau de {store} vers la version de stockage {version} a échoué et a été annulée{backup} ; signalez-le aux auteurs de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="326" />
            <source>{count} records of {table} were stored twice (by imports that ran at the same time); the copies were removed, one of each was kept.</source>
            <translation>{count} enregistrements de {table} étaient enregistrés deux fois (par des importations simultanées) ; les copies ont été supprimées, un exemplaire de chacun a été conservé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="363" />
            <source>Cancelled; nothing was written to {store}.</source>
            <translation>Annulé ; rien n’a été écrit dans {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="397" />
            <source>{table} has no row versions; replace its rows instead.</source>
            <translation>{table} n’a pas de versions de lignes ; remplacez plutôt ses lignes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="399" />
            <source>Nothing to change.</source>
            <translation>Rien à modifier.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="439" />
            <source>Say which records of {table} to delete.</source>
            <translation>Indiquez quels enregistrements de {table} supprimer.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="456" />
            <source>Record {fid} of {table} no longer exists; someone deleted it.</source>
            <translation>L’enregistrement {fid} de {table} n’existe plus ; quelqu’un l’a supprimé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="461" />
            <source>Record {fid} of {table} was changed by {user} at {time} after you opened it; reload it and apply your change again.</source>
            <translation>L’enregistrement {fid} de {table} a été modifié par {user} à {time} après que vous l’avez ouvert ; rechargez-le et appliquez à nouveau votre modification.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="462" />
            <source>someone</source>
            <translation>quelqu’un</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="466" />
            <source>You may not change record {fid} of {table} in {store}; ask the administrator for editor rights for its municipality.</source>
            <translation>Vous ne pouvez pas modifier l’enregistrement {fid} de {table} dans {store} ; demandez à l’administrateur des droits d’édition pour sa commune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="479" />
            <source>Give a record of {table} by its fid or its key.</source>
            <translation>Indiquez un enregistrement de {table} par son fid ou sa clé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="484" />
            <source>{table} has no single record {key}.</source>
            <translation>{table} n’a pas d’enregistrement unique {key}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="497" />
            <source>Records cannot be filtered on column '{column}'.</source>
            <translation>Les enregistrements ne peuvent pas être filtrés sur la colonne '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="502" />
            <location filename="../smart_municipality/store/base.py" line="545" />
            <location filename="../smart_municipality/store/base.py" line="555" />
            <location filename="../smart_municipality/store/base.py" line="649" />
            <source>{table} has no column '{column}'.</source>
            <translation>{table} n’a pas de colonne '{column}'.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="531" />
            <location filename="../smart_municipality/store/base.py" line="635" />
            <source>{table} is not split by municipality.</source>
            <translation>{table} n’est pas divisée par commune.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="666" />
            <source>{table} has no natural key.</source>
            <translation>{table} n’a pas de clé naturelle.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="699" />
            <source>Counting per area needs a point table; {table} is not one.</source>
            <translation>Le comptage par zone nécessite une table de points ; {table} n’en est pas une.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/base.py" line="706" />
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
            <location filename="../smart_municipality/store/copy.py" line="39" />
            <source>Your database role may not read everything of {source} that a copy needs; ask the database administrator to run resources/sql/postgis_roles.sql of this plugin version again.</source>
            <translation>Votre rôle de base de données ne peut pas lire tout ce dont une copie de {source} a besoin ; demandez à l'administrateur de la base de données d'exécuter à nouveau resources/sql/postgis_roles.sql de cette version de l'extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="62" />
            <source>Copying {source} to {target} failed in the database ({reason}); nothing was copied.</source>
            <translation>La copie de {source} vers {target} a échoué dans la base de données ({reason}) ; rien n'a été copié.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="68" />
            <source>{source} and {target} have different tables; open both with the same plugin version.</source>
            <translation>{source} et {target} ont des tables différentes ; ouvrez-les tous deux avec la même version de l’extension.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="78" />
            <source>{target} already holds data ({table}: {count} records); choose an empty store or let the copy replace its data.</source>
            <translation>{target} contient déjà des données ({table} : {count} enregistrements) ; choisissez un stockage vide ou laissez la copie remplacer ses données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="96" />
            <source>Cancelled; nothing was copied to {store}.</source>
            <translation>Annulé ; rien n’a été copié dans {store}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="121" />
            <source>The copy of {table} into {target} has {found} records instead of {expected}; nothing was copied.</source>
            <translation>La copie de {table} dans {target} a {found} enregistrements au lieu de {expected} ; rien n’a été copié.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="136" />
            <source>The source and the target are the same store; choose another target.</source>
            <translation>La source et la cible sont le même stockage ; choisissez une autre cible.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="141" />
            <location filename="../smart_municipality/store/geopackage.py" line="242" />
            <source>The folder {folder} does not exist; choose an existing folder for the GeoPackage.</source>
            <translation>Le dossier {folder} n’existe pas ; choisissez un dossier existant pour le GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/copy.py" line="148" />
            <source>{target} was created by someone else while copying; nothing was copied. Choose another target or let the copy replace its data.</source>
            <translation>{target} a été créé par quelqu'un d'autre pendant la copie ; rien n'a été copié. Choisissez une autre cible ou laissez la copie en remplacer les données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="228" />
            <source>The GeoPackage {path} does not exist; check the path.</source>
            <translation>Le GeoPackage {path} n’existe pas ; vérifiez le chemin.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="255" />
            <source>{store} could not be created; check that the folder is writable.</source>
            <translation>{store} n’a pas pu être créé ; vérifiez que le dossier est accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="258" />
            <source>{store} could not be created ({reason}); check that the folder is writable.</source>
            <translation>{store} n’a pas pu être créé ({reason}) ; vérifiez que le dossier est accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="303" />
            <source>{path} is an SQLite database but not a GeoPackage; choose a .gpkg file.</source>
            <translation>{path} est une base SQLite mais pas un GeoPackage ; choisissez un fichier .gpkg.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="379" />
            <source>{store} needs an upgrade, but a backup copy could not be written next to it; nothing was changed. Free some space or make the folder writable.</source>
            <translation>{store} doit être mis à niveau, mais aucune copie de sauvegarde n’a pu être écrite à côté ; rien n’a été modifié. Libérez de l’espace ou rendez le dossier accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="582" />
            <source>The disk holding {store} is full; nothing was saved. Free some space and try again.</source>
            <translation>Le disque contenant {store} est plein ; rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="588" />
            <location filename="../smart_municipality/store/postgis.py" line="563" />
            <source>{store} is busy: someone else is writing to it; try again in a moment.</source>
            <translation>{store} est occupé : quelqu’un d’autre y écrit ; réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="591" />
            <source>{store} could not be written (disk error); nothing was saved. Check the disk or the network share.</source>
            <translation>{store} n’a pas pu être écrit (erreur de disque) ; rien n’a été enregistré. Vérifiez le disque ou le partage réseau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="594" />
            <location filename="../smart_municipality/store/postgis.py" line="581" />
            <source>{store} lacks tables or columns of the study ({detail}); it was changed outside the plugin. Restore it from a backup.</source>
            <translation>Il manque des tables ou des colonnes de l'étude dans {store} ({detail}) ; il a été modifié en dehors de l'extension. Restaurez une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="597" />
            <source>{store} is damaged; restore it from a backup.</source>
            <translation>{store} est endommagé ; restaurez-le à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="600" />
            <location filename="../smart_municipality/store/postgis.py" line="566" />
            <source>Some records already exist in {table} (same key); nothing was saved.</source>
            <translation>Certains enregistrements existent déjà dans {table} (même clé) ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="603" />
            <location filename="../smart_municipality/store/postgis.py" line="569" />
            <source>Some records of {table} refer to records that do not exist; nothing was saved.</source>
            <translation>Certains enregistrements de {table} renvoient à des enregistrements inexistants ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="606" />
            <location filename="../smart_municipality/store/postgis.py" line="572" />
            <source>Some records of {table} miss a required value; nothing was saved.</source>
            <translation>Il manque une valeur obligatoire à certains enregistrements de {table} ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/geopackage.py" line="609" />
            <location filename="../smart_municipality/store/postgis.py" line="575" />
            <source>Some values for {table} are not allowed (for example a NIS code that is not five digits); nothing was saved.</source>
            <translation>Certaines valeurs destinées à {table} ne sont pas autorisées (par exemple un code INS qui n’a pas cinq chiffres) ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="128" />
            <source>A study store on PostGIS</source>
            <translation>Un stockage d’étude sur PostGIS</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="128" />
            <source>use a GeoPackage study store</source>
            <translation>utilisez un stockage d’étude GeoPackage</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="138" />
            <source>There is no study in schema {schema} of connection {name}; check the name.</source>
            <translation>Il n’y a pas d’étude dans le schéma {schema} de la connexion {name} ; vérifiez le nom.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="157" />
            <source>PostgreSQL refused the login of connection {name}; check the user name and the password in its QGIS authentication configuration.</source>
            <translation>PostgreSQL a refusé la connexion {name} ; vérifiez le nom d’utilisateur et le mot de passe dans sa configuration d’authentification QGIS.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="160" />
            <source>The database of connection {name} does not exist; check the connection settings.</source>
            <translation>La base de données de la connexion {name} n’existe pas ; vérifiez les paramètres de la connexion.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="162" />
            <source>Cannot reach the PostgreSQL server of connection {name}; check that it is running and that the connection settings are right.</source>
            <translation>Impossible de joindre le serveur PostgreSQL de la connexion {name} ; vérifiez qu’il fonctionne et que les paramètres de la connexion sont corrects.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="178" />
            <source>The database of connection {name} has no PostGIS extension; ask its administrator to run CREATE EXTENSION postgis in it.</source>
            <translation>La base de données de la connexion {name} n’a pas l’extension PostGIS ; demandez à son administrateur d’y exécuter CREATE EXTENSION postgis.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="189" />
            <source>The connection to {store} was lost; nothing of this change was saved. Check the network or the server and try again.</source>
            <translation>La connexion à {store} a été perdue ; rien de cette modification n’a été enregistré. Vérifiez le réseau ou le serveur et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="554" />
            <source>{store} refused the change: you have no editor rights for it or for this municipality; ask the database administrator.</source>
            <translation>{store} a refusé la modification : vous n’avez pas de droits d’édition sur celui-ci ou pour cette commune ; adressez-vous à l’administrateur de la base de données.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="560" />
            <source>The disk of the database server of {store} is full; nothing was saved. Ask the administrator to free space.</source>
            <translation>Le disque du serveur de base de données de {store} est plein ; rien n’a été enregistré. Demandez à l’administrateur de libérer de l’espace.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="578" />
            <source>Some values for {table} are not valid for the database; nothing was saved.</source>
            <translation>Certaines valeurs destinées à {table} ne sont pas valides pour la base de données ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/postgis.py" line="585" />
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
            <location filename="../smart_municipality/store/values.py" line="56" />
            <source>Column '{column}' of {table} holds values that are not {kind} (for example {example}); correct them and import again.</source>
            <translation>La colonne '{column}' de {table} contient des valeurs incorrectes, par exemple {example} (attendu : {kind}) ; corrigez-les et importez à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="76" />
            <source>Rows for {table} must be records with column names.</source>
            <translation>Les lignes destinées à {table} doivent être des enregistrements avec des noms de colonnes.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="85" />
            <source>{table} has no column(s) {columns}; check the column names and import again.</source>
            <translation>{table} n’a pas de colonne(s) {columns} ; vérifiez les noms de colonnes et importez à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="92" />
            <source>The column(s) {columns} are managed by the store and cannot be written.</source>
            <translation>La ou les colonnes {columns} sont gérées par le stockage et ne peuvent pas être écrites.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="102" />
            <source>{table} needs the column(s) {columns}; add them and import again.</source>
            <translation>{table} a besoin de la ou des colonnes {columns} ; ajoutez-les et importez à nouveau.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="120" />
            <source>Column '{column}' of {table} is empty in some rows; every row needs a value.</source>
            <translation>La colonne '{column}' de {table} est vide dans certaines lignes ; chaque ligne doit avoir une valeur.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="127" />
            <source>five-digit NIS codes</source>
            <translation>codes INS à cinq chiffres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="138" />
            <source>numbers</source>
            <translation>nombres</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="175" />
            <location filename="../smart_municipality/store/values.py" line="182" />
            <location filename="../smart_municipality/store/values.py" line="183" />
            <source>whole numbers</source>
            <translation>nombres entiers</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="198" />
            <location filename="../smart_municipality/store/values.py" line="206" />
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="217" />
            <source>true/false values</source>
            <translation>valeurs vrai/faux</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="232" />
            <source>dates</source>
            <translation>dates</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="241" />
            <source>dates (YYYY-MM-DD)</source>
            <translation>dates (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="248" />
            <source>times with a time zone (UTC or an offset)</source>
            <translation>heures avec un fuseau horaire (UTC ou un décalage)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="283" />
            <source>Column '{column}' of {table} holds times without a time zone (for example {example}); give them in UTC or with an offset.</source>
            <translation>La colonne '{column}' de {table} contient des heures sans fuseau horaire (par exemple {example}) ; indiquez-les en UTC ou avec un décalage.</translation>
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
            <translation>{table} accepte des géométries {expected}, pas {found} ; convertissez-les d’abord.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="354" />
            <source>geometries</source>
            <translation>géométries</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="391" />
            <source>another coordinate system</source>
            <translation>un autre système de coordonnées</translation>
        </message>
        <message>
            <location filename="../smart_municipality/store/values.py" line="393" />
            <source>The geometries for {table} look like {looks}, not Belgian Lambert 72 (EPSG:31370); reproject them to EPSG:31370 first.</source>
            <translation>Les géométries destinées à {table} semblent être en {looks}, et non en Lambert belge 72 (EPSG:31370) ; reprojetez-les d’abord en EPSG:31370.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/dates.py" line="148" />
            <source> (taken from {source})</source>
            <translation> (tirée de {source})</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/dates.py" line="149" />
            <source>The export date {date}{where} cannot be true (today is {today}); give the real export date; nothing was imported.</source>
            <translation>La date d'export {date}{where} ne peut pas être exacte (nous sommes le {today}) ; indiquez la vraie date d'export ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="35" />
            <source>Hot spot analysis</source>
            <translation>L’analyse des points chauds</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="347" />
            <source>Global Moran's I needs at least 3 areas with a value; there are {n}.</source>
            <translation>Le I de Moran global demande au moins 3 zones avec une valeur ; il y en a {n}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="350" />
            <source>Global Moran's I is undefined: every analysed area has the same value ({value:g}).</source>
            <translation>Le I de Moran global n'est pas défini : toutes les zones analysées ont la même valeur ({value:g}).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="354" />
            <source>Global Moran's I is undefined: no analysed area has a neighbour; choose k nearest neighbours or a larger distance band.</source>
            <translation>Le I de Moran global n'est pas défini : aucune zone analysée n'a de voisin ; choisissez les k plus proches voisins ou une bande de distance plus large.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="357" />
            <source>Global Moran's I {value:.3f}.</source>
            <translation>I de Moran global {value:.3f}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="506" />
            <source>There are no premises in the register on the reference date.</source>
            <translation>Aucun bien n’est inscrit au registre à la date de référence.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/hotspots.py" line="510" />
            <source>The grid would have {n} cells; choose a larger cell size or a smaller study area.</source>
            <translation>La grille aurait {n} cellules ; choisissez une taille de cellule plus grande ou une zone d’étude plus petite.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="71" />
            <location filename="../processing/algorithms/vacancy_hotspots.py" line="183" />
            <source>The layer {layer} has no field {fields}; choose the right layer or field.</source>
            <translation>La couche {layer} n’a pas de champ {fields} ; choisissez la bonne couche ou le bon champ.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="74" />
            <source>The layer {layer} has no coordinate reference system; set it (EPSG:31370 for GRB and the address register) and try again.</source>
            <translation>La couche {layer} n’a pas de système de coordonnées de référence ; définissez-le (EPSG:31370 pour le GRB et le registre d’adresses) et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/layer_io.py" line="192" />
            <source>The layer {layer} has the impossible date {value} in field {field}; correct it and try again.</source>
            <translation>La couche {layer} contient la date impossible {value} dans le champ {field} ; corrigez-la et réessayez.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="90" />
            <source>The export would contain the column(s) {columns}, which may hold personal or tax data; nothing was written.</source>
            <translation>L’export contiendrait la ou les colonnes {columns}, qui peuvent contenir des données personnelles ou fiscales ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="103" />
            <source>The indicators layer lacks {fields}; use the output of Vacancy indicators per area.</source>
            <translation>Il manque {fields} à la couche des indicateurs ; utilisez la sortie de Indicateurs d’inoccupation par zone.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="162" />
            <source>The indicators layer has the impossible value {value} in {field} for area {area} ({n} such areas); recompute the indicators and try again; nothing was written.</source>
            <translation>La couche d'indicateurs contient la valeur impossible {value} dans {field} pour la zone {area} ({n} zones de ce type) ; recalculez les indicateurs et réessayez ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="197" />
            <source>Unknown property type(s) {types}; choose from {known}.</source>
            <translation>Type(s) de bien inconnu(s) {types} ; choisissez parmi {known}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/open_data.py" line="439" />
            <source>Unknown format {format}; choose GeoJSON, CSV or GeoPackage.</source>
            <translation>Format inconnu {format} ; choisissez GeoJSON, CSV ou GeoPackage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="72" />
            <source>{rows} rows: {new} new dossiers, {changed} changed ({status} status changes, {removed} removed), {unchanged} unchanged, {rejected} rejected, {unplaced} without location.</source>
            <translation>{rows} lignes : {new} nouveaux dossiers, {changed} modifiés ({status} changements de statut, {removed} radiés), {unchanged} inchangés, {rejected} rejetés, {unplaced} sans localisation.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="207" />
            <source>No dossier of the export could be read; see the rejected rows for the reasons.</source>
            <translation>Aucun dossier de l’export n’a pu être lu ; consultez les lignes rejetées pour en connaître les raisons.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="236" />
            <source>the municipality is unknown (no matched address, Gemeente or Postcode); give the NIS code</source>
            <translation>la commune est inconnue (aucune adresse appariée, Gemeente ou Postcode) ; indiquez le code INS</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="279" />
            <location filename="../processing/algorithms/import_vacancy_register.py" line="181" />
            <source>Cancelled; the register was left as it was.</source>
            <translation>Annulé ; le registre est resté tel quel.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="312" />
            <source>Row {row}: the {column} '{value}' cannot be true ({n} such dates in the export); correct the export and import it again; nothing was imported.</source>
            <translation>Ligne {row} : {column} '{value}' ne peut pas être exact ({n} dates de ce type dans l'export) ; corrigez l'export et importez-le à nouveau ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="326" />
            <source>This export is dated {date}, older than the last one imported ({last}); importing it would undo newer changes. Import the newest export, or allow older exports explicitly.</source>
            <translation>Cet export est daté du {date}, plus ancien que le dernier importé ({last}) ; l’importer annulerait des modifications plus récentes. Importez l’export le plus récent, ou autorisez explicitement les exports plus anciens.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="426" />
            <source>Entered in the register with status {status}.</source>
            <translation>Inscrit au registre avec le statut {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="427" />
            <source>Recorded with status {status}.</source>
            <translation>Enregistré avec le statut {status}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="431" />
            <source>Removed from the register (schrapping).</source>
            <translation>Radié du registre (schrapping).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="434" />
            <source>Deleted from the store.</source>
            <translation>Supprimé du stockage.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="440" />
            <source>Removed from the register (schrapping); status was {old}.</source>
            <translation>Radié du registre (schrapping) ; le statut était {old}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="442" />
            <source>Back in the register with status {new}.</source>
            <translation>De retour au registre avec le statut {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="444" />
            <source>Status changed from {old} to {new}.</source>
            <translation>Statut modifié de {old} à {new}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/register.py" line="451" />
            <source>Changed: {fields}.</source>
            <translation>Modifié : {fields}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/spatial.py" line="615" />
            <source>Linking addresses to street segments</source>
            <translation>Le rattachement des adresses aux tronçons de rue</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="59" />
            <source>{accepted} dossiers read, {rejected} rows rejected.</source>
            <translation>{accepted} dossiers lus, {rejected} lignes rejetées.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="69" />
            <source>'{role}' is not a column role of the vacancy import; use one of: {roles}.</source>
            <translation>'{role}' n’est pas un rôle de colonne de l’import d’inoccupation ; utilisez l’un des suivants : {roles}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="72" />
            <source>The column '{column}' given for {role} is not in the file; its columns are: {columns}.</source>
            <translation>La colonne '{column}' indiquée pour {role} ne figure pas dans le fichier ; ses colonnes sont : {columns}.</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="77" />
            <source>The file has no column for {roles}; name the columns in the column mapping (for example dossiernummer=Dossier nr).</source>
            <translation>Le fichier n’a pas de colonne pour {roles} ; nommez les colonnes dans la correspondance des colonnes (par exemple dossiernummer=Dossier nr).</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="147" />
            <source>no dossier number</source>
            <translation>aucun numéro de dossier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="158" />
            <source>unknown status '{status}': add it to the status mapping (for example '{status}=opgenomen')</source>
            <translation>statut inconnu '{status}' : ajoutez-le à la correspondance des statuts (par exemple '{status}=opgenomen')</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="160" />
            <source>no status</source>
            <translation>aucun statut</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="173" />
            <source>the entry date '{value}' is not a date (use dd/mm/yyyy)</source>
            <translation>la date d’inscription '{value}' n’est pas une date (utilisez jj/mm/aaaa)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="175" />
            <source>the entry date '{value}' cannot be true</source>
            <translation>la date d'inscription '{value}' ne peut pas être exacte</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="178" />
            <source>the entry date {date} lies after the export date {export}</source>
            <translation>la date d’inscription {date} est postérieure à la date d’export {export}</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="181" />
            <source>registered without entry date (DatumOpname)</source>
            <translation>enregistré sans date d’inscription (DatumOpname)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="193" />
            <source>{column} ignored (not a date or in the future)</source>
            <translation>{column} ignoré (pas une date ou dans le futur)</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="205" />
            <source>property type not recognised</source>
            <translation>type de bien non reconnu</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="227" />
            <source>the CapaKey '{key}' is malformed and there is no address</source>
            <translation>la CapaKey '{key}' est mal formée et il n’y a pas d’adresse</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="228" />
            <source>no address and no parcel (CapaKey) to place the dossier on</source>
            <translation>aucune adresse ni parcelle (CapaKey) sur laquelle placer le dossier</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="229" />
            <source>malformed CapaKey ignored</source>
            <translation>CapaKey mal formée ignorée</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="230" />
            <source>short CapaKey, matched within the municipality's parcels</source>
            <translation>CapaKey courte, appariée parmi les parcelles de la commune</translation>
        </message>
        <message>
            <location filename="../smart_municipality/vacancy/vip.py" line="254" />
            <source>the same dossier id {id} as row {row}; only the first is read</source>
            <translation>le même identifiant de dossier {id} que la ligne {row} ; seul le premier est lu</translation>
        </message>
    </context>
</TS>
