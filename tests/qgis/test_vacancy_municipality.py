"""Vacancy indicators and hot spots for one municipality of a regional register, or for the whole region (issue #3).

Two real municipalities side by side on a made-up map: Gent (44021) with areas G1 and G2, Aartselaar (11001) with
area A1; the register, the areas and the addresses each say their municipality in a niscode field.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QVariant

from sm_tests.qgis.test_vacancy_algorithms import box, is_null, memory_layer

GENT, AARTSELAAR = "44021", "11001"
REFERENCE = QDate(2024, 1, 1)


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


@pytest.fixture()
def run(sm_provider):
    import processing

    def _run(algorithm, parameters, feedback=None):
        return processing.run(f"smart_municipality:{algorithm}", parameters, feedback=feedback)

    return _run


def register(rows, with_niscode: bool = True):
    """Register points in the store schema: (x, dossier_id, niscode, type)."""
    fields = {"dossier_id": QVariant.String, "type": QVariant.String, "status": QVariant.String,
              "opnamedatum": QVariant.Date, "schrappingsdatum": QVariant.Date}
    if with_niscode:
        fields["niscode"] = QVariant.String
    features = []
    for x, dossier, nis, kind in rows:
        values = [f"POINT({x} 190010)", dossier, kind, "opgenomen", QDate(2020, 1, 1), None]
        features.append(tuple(values + [nis] if with_niscode else values))
    return memory_layer("Point", fields, features)


def two_municipality_register():
    # Gent: 2 in G1, 1 in G2; Aartselaar: 2 in A1
    return register([(150010, "g1", GENT, "woning"), (150020, "g2", GENT, "winkel/handelspand"),
                     (150150, "g3", GENT, "woning"), (150250, "a1", AARTSELAAR, "woning"),
                     (150260, "a2", AARTSELAAR, "bedrijfsruimte")])


def areas(with_niscode: bool = True, numeric: bool = False):
    """G1 (x 150000-150100) and G2 (-150200) in Gent, A1 (-150300) in Aartselaar; the NIS code as text or number."""
    rows = [(box(150000, 190000, 150100, 190020), "G1"), (box(150100, 190000, 150200, 190020), "G2"),
            (box(150200, 190000, 150300, 190020), "A1")]
    if not with_niscode:
        return memory_layer("Polygon", {"wijk": QVariant.String}, rows)
    codes = (GENT, GENT, AARTSELAAR)
    kind = QVariant.Int if numeric else QVariant.String
    return memory_layer("Polygon", {"wijk": QVariant.String, "NIS_CODE": kind},
                        [(*row, int(code) if numeric else code) for row, code in zip(rows, codes)])


def addresses():
    """10 addresses per area, every 10 m; each with its municipality's niscode (standard address schema)."""
    rows = [(f"POINT({150005 + 10 * k} 190010)", f"a{k}", GENT if k < 20 else AARTSELAAR) for k in range(30)]
    return memory_layer("Point", {"address_id": QVariant.String, "niscode": QVariant.String}, rows)


def as_geopackage(layer, path) -> QgsVectorLayer:
    """The layer written to a GeoPackage, so it is read through the fast (Arrow) path like the study store."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    written = QgsVectorLayer(str(path), path.stem, "ogr")
    assert written.isValid()
    return written


def indicators(run, niscode=None, feedback=None, **overrides):
    parameters = {"VACANCY": two_municipality_register(), "AREAS": areas(), "AREA_ID_FIELD": "wijk",
                  "DENOMINATOR": addresses(), "REFERENCE_DATE": REFERENCE, "OUTPUT": "memory:", **overrides}
    if niscode is not None:
        parameters["NISCODE"] = niscode
    result = run("vacancy_indicators", parameters, feedback)
    return {f["area_id"]: f for f in result["OUTPUT"].getFeatures()}


def counts(rows):
    return {k: (f["n_vacant"], f["denominator"]) for k, f in rows.items()}


def test_one_municipality_or_the_whole_region(run, tmp_path):
    whole = indicators(run)
    assert counts(whole) == {"G1": (2, 10), "G2": (1, 10), "A1": (2, 10)}
    assert counts(indicators(run, "")) == counts(whole)  # empty: the whole region

    feedback = RecordingFeedback()
    gent = indicators(run, GENT, feedback)
    assert counts(gent) == {"G1": (2, 10), "G2": (1, 10)}
    assert gent["G1"]["n_winkel"] == 1 and gent["G1"]["vacancy_rate"] == pytest.approx(20.0)
    assert "Municipality: Gent (44021)." in feedback.infos

    # the register and the addresses as GeoPackages (the fast reading path); areas with the NIS code as a number
    aartselaar = indicators(run, AARTSELAAR, VACANCY=as_geopackage(two_municipality_register(), tmp_path / "v.gpkg"),
                            DENOMINATOR=as_geopackage(addresses(), tmp_path / "a.gpkg"), AREAS=areas(numeric=True))
    assert counts(aartselaar) == {"A1": (2, 10)}
    assert (aartselaar["A1"]["n_woning"], aartselaar["A1"]["n_bedrijfsruimte"]) == (1, 1)


def test_a_name_instead_of_a_code(run):
    assert counts(indicators(run, "aartselaar")) == {"A1": (2, 10)}
    assert set(indicators(run, "  Gand ")) == {"G1", "G2"}  # French name, spaces around it
    assert set(indicators(run, "Afsnee")) == {"G1", "G2"}  # a deelgemeente of Gent


def test_areas_without_niscode_are_all_kept(run):
    feedback = RecordingFeedback()
    rows = indicators(run, GENT, feedback, AREAS=areas(with_niscode=False))
    # the user's own areas: all of them, but only Gent's premises and addresses are counted
    assert counts(rows) == {"G1": (2, 10), "G2": (1, 10), "A1": (0, 0)}
    assert any("has no niscode field" in info and "Gent (44021)" in info for info in feedback.infos)


def test_a_municipality_without_premises_gives_zeros_and_a_warning(run):
    feedback = RecordingFeedback()
    rows = indicators(run, GENT, feedback, VACANCY=register([(150250, "a1", AARTSELAAR, "woning")]))
    assert counts(rows) == {"G1": (0, 10), "G2": (0, 10)}
    assert rows["G1"]["n_woning"] == 0 and is_null(rows["G1"]["duration_median_y"])
    assert feedback.warnings == ["The register has no premises of municipality Gent (44021)."]

    # street segments as areas: the same
    segments = memory_layer("LineString", {"wijk": QVariant.String, "crabcode": QVariant.String,
                                           "straatnaam": QVariant.String, "niscode": QVariant.String},
                            [("LINESTRING(150000 190000, 150200 190000)", "S1", "1", "Markt", GENT),
                             ("LINESTRING(150200 190000, 150300 190000)", "S2", "2", "Dorp", AARTSELAAR)])
    rows = indicators(run, GENT, VACANCY=register([(150250, "a1", AARTSELAAR, "woning")]), AREAS=segments)
    assert {k: f["n_vacant"] for k, f in rows.items()} == {"S1": 0}


@pytest.mark.parametrize("value", ["99999", "9000", "Nergenshuizen", "21004"])  # 21004: Brussel, not Flemish
def test_an_unknown_municipality_is_refused(run, value):
    with pytest.raises(QgsProcessingException, match=f"{value} is not a Flemish municipality; give its NIS code"):
        indicators(run, value)


def test_a_register_without_niscode_cannot_be_filtered(run):
    layer = register([(150010, "g1", "", "woning")], with_niscode=False)
    with pytest.raises(QgsProcessingException, match="has no niscode field, so it cannot be filtered per "
                                                     "municipality"):
        indicators(run, GENT, VACANCY=layer)
    assert counts(indicators(run, VACANCY=layer))["G1"] == (1, 10)  # without a municipality it is used whole


def test_hotspot_grid_of_one_municipality(run):
    # Gent's premises in the west half (x < 150400), Aartselaar's in the east half
    rows = [(150010 + 37 * k % 390, f"g{k}", GENT, "woning") for k in range(30)]
    rows += [(150410 + 37 * k % 390, f"a{k}", AARTSELAAR, "woning") for k in range(20)]
    parameters = {"MODE": 1, "VACANCY": register(rows), "CELL_SIZE": 100.0, "REFERENCE_DATE": REFERENCE,
                  "PERMUTATIONS": 99, "OUTPUT": "memory:"}
    whole = list(run("vacancy_hotspots", parameters)["OUTPUT"].getFeatures())
    assert sum(f["n_vacant"] for f in whole) == 50
    feedback = RecordingFeedback()
    gent = list(run("vacancy_hotspots", {**parameters, "NISCODE": "Gent"}, feedback)["OUTPUT"].getFeatures())
    assert sum(f["n_vacant"] for f in gent) == 30
    assert max(f.geometry().boundingBox().xMaximum() for f in gent) <= 150500  # the grid covers Gent's part only
    assert "Municipality: Gent (44021)." in feedback.infos


def test_hotspot_areas_filtered_by_their_niscode(run):
    layer = memory_layer("Polygon", {"area_id": QVariant.String, "vacancy_rate": QVariant.Double,
                                     "niscode": QVariant.String},
                         [(box(150000 + 100 * c, 190000 + 100 * r, 150100 + 100 * c, 190100 + 100 * r), f"{r}-{c}",
                           float((r + c) % 4), GENT if c < 3 else AARTSELAAR) for r in range(4) for c in range(5)])
    parameters = {"MODE": 0, "INPUT": layer, "VALUE_FIELD": "vacancy_rate", "AREA_ID_FIELD": "area_id",
                  "PERMUTATIONS": 99, "OUTPUT": "memory:"}
    assert len(list(run("vacancy_hotspots", parameters)["OUTPUT"].getFeatures())) == 20
    ids = {f["area_id"] for f in run("vacancy_hotspots", {**parameters, "NISCODE": AARTSELAAR})["OUTPUT"]
           .getFeatures()}
    assert ids == {f"{r}-{c}" for r in range(4) for c in (3, 4)}
    with pytest.raises(QgsProcessingException, match="No area has the niscode of Kortrijk"):
        run("vacancy_hotspots", {**parameters, "NISCODE": "Kortrijk"})


def test_resolve_municipality_offline():
    from smart_municipality.smart_municipality.errors import InputError
    from smart_municipality.smart_municipality.municipalities import catalogue as mun

    assert mun.resolve("44021").name_nl == "Gent"
    assert mun.resolve("GENT").nis == "44021"
    assert mun.resolve("Borsbeek").nis == "11002"  # merged into Antwerpen in 2025
    assert mun.resolve("11007").nis == "11002"  # Borsbeek's former NIS code
    with pytest.raises(InputError, match="Give a municipality"):
        mun.resolve(" ")
