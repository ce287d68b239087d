"""The "Adressen koppelen" dialog with qtbot: load, proposed columns, background matching, review, manual pick."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QVariant

from smart_municipality.smart_municipality.gui.address_matching_dialog import AddressMatchingDialog

REGISTER = [("1", "Kerkstraat", "1", ""), ("2", "Kerkstraat", "3", ""), ("3", "Kerkstraat", "4", ""),
            ("4", "Kerkstraat", "4", "1"), ("5", "Dorpsstraat", "3A", ""), ("6", "Dorpsstraat", "20", "")]


@pytest.fixture()
def reference(qgis_new_project) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:31370", "register", "memory")
    layer.dataProvider().addAttributes([QgsField(n, QVariant.String) for n in (
        "address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode")])
    layer.updateFields()
    features = []
    for i, (address_id, street, number, box) in enumerate(REGISTER):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([address_id, street, number, box, "3717", "Herstappe", "73028"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(224_000 + 10 * i, 157_000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def _write(tmp_path, text: str) -> str:
    path = tmp_path / "lijst.csv"
    path.write_bytes(text.encode("cp1252"))
    return str(path)


def test_load_propose_match_review_and_pick(qtbot, reference, tmp_path):
    dialog = AddressMatchingDialog()
    qtbot.addWidget(dialog)
    path = _write(tmp_path, "Straat;Huisnr;Bus;Gemeente;Opmerking\r\nKerkstraat;1;;Herstappe;a\r\n"
                            "Dorpsstr.;3 a;;Herstappe;b\r\nKerkstraat;2;;Herstappe;c\r\nKerkstraat;4;7;Herstappe;d\r\n")
    dialog.file_widget.setFilePath(path)
    assert dialog.mapping() == {"address": "", "street": "Straat", "housenumber": "Huisnr", "box": "Bus",
                                "postcode": "", "municipality": "Gemeente"}
    assert dialog.preview.rowCount() == 4 and "4 rows" in dialog.message.text()
    assert dialog.reference_combo.currentLayer() is reference  # the project's address layer is proposed
    dialog.reference_combo.setLayer(None)
    assert not dialog.run_button.isEnabled()  # no reference chosen, online not allowed
    dialog.reference_combo.setLayer(reference)
    assert dialog.run_button.isEnabled()
    with qtbot.waitSignal(dialog.matching_finished, timeout=20_000) as finished:
        dialog.run_button.click()
    assert finished.args == [True]
    layer = dialog.output_layer
    assert layer is not None and layer.featureCount() == 4 and layer.crs().authid() == "EPSG:31370"
    assert "exact: 1" in dialog.counts_label.text() and "not found: 1" in dialog.counts_label.text()
    assert dialog.review_table.rowCount() == 2  # the unmatched number 2 and the box 7 that does not exist
    row = next(r for r in range(2) if dialog.review_table.item(r, 2).data(Qt.ItemDataRole.UserRole) == "unmatched")
    assert dialog.review_table.item(row, 2).text() == "not found"
    # the review and the preview count the same way: lines of the file (the header is line 1)
    assert dialog.review_table.horizontalHeaderItem(0).text() == "Line"
    assert dialog.review_table.item(row, 0).text() == dialog.preview.verticalHeaderItem(2).text() == "4"
    dialog.review_table.selectRow(row)
    assert dialog.candidate_combo.count() >= 2 and dialog.use_button.isEnabled()
    dialog.candidate_combo.setCurrentIndex(dialog.candidate_combo.findText("Kerkstraat 3",
                                                                           Qt.MatchFlag.MatchStartsWith))
    assert dialog.candidate_combo.currentIndex() >= 0
    chosen = dialog.candidate_combo.currentData()
    dialog.use_button.click()
    feature = next(f for f in layer.getFeatures() if f["Opmerking"] == "c")
    assert feature["match_status"] == "manual" and feature["address_id"] == chosen.address_id
    assert not feature.geometry().isNull()
    assert "chosen by hand: 1" in dialog.counts_label.text() and dialog.review_table.rowCount() == 1
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_bad_file_shows_the_sentence(qtbot, reference, tmp_path):
    dialog = AddressMatchingDialog()
    qtbot.addWidget(dialog)
    dialog.reference_combo.setLayer(reference)
    dialog.file_widget.setFilePath(_write(tmp_path, "Straat;Huisnr\r\n"))
    assert "column names but no rows" in dialog.message.text()
    assert not dialog.run_button.isEnabled()


def test_table_layer_and_matching_error(qtbot, reference):
    table = QgsVectorLayer("None", "list", "memory")
    table.dataProvider().addAttributes([QgsField("adres", QVariant.String)])
    table.updateFields()
    feature = QgsFeature(table.fields())
    feature.setAttributes(["Kerkstraat 4 bus 1, 3717 Herstappe"])
    table.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(table)
    dialog = AddressMatchingDialog()
    qtbot.addWidget(dialog)
    dialog.layer_combo.setLayer(table)
    assert dialog.mapping()["address"] == "adres"
    dialog.reference_combo.setLayer(reference)
    with qtbot.waitSignal(dialog.matching_finished, timeout=20_000):
        dialog.run_button.click()
    assert next(dialog.output_layer.getFeatures())["address_id"] == "4"
    dialog.column_combos["address"].setCurrentIndex(0)  # no address column any more
    assert not dialog.run_button.isEnabled()
