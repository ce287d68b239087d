"""The provider's stand-ins from the definitions cache answer as the real algorithms do, and create the real ones.

The cache spares QGIS's start-up the import of every algorithm module; it may never change what the registry says
about an algorithm, and a stale cache may never be used.
"""

from __future__ import annotations

import marshal
import os

import pytest
from qgis.core import QgsApplication, QgsProcessingAlgorithm

from sm_tests.qgis import visual
from smart_municipality.processing import algorithm_cache
from smart_municipality.processing.algorithms import all_algorithms
from smart_municipality.processing.provider import PROVIDER_ID, SmartMunicipalityProvider
from smart_municipality.smart_municipality.i18n import current_language, install_translator


@pytest.fixture()
def language():
    """The interface language of the test, and the one before it back afterwards."""
    before = current_language()
    yield install_translator
    install_translator(before or "en")


def _initialised(algorithms: list[QgsProcessingAlgorithm]) -> list[QgsProcessingAlgorithm]:
    for algorithm in algorithms:
        algorithm.initAlgorithm({})
    return algorithms


def _answers(algorithm: QgsProcessingAlgorithm) -> dict:
    """Everything the registry's copy says, but which class it is (outputs by name: a stand-in adds the outputs of
    its destination parameters with them, not in the order the algorithm added its own)."""
    entry = algorithm_cache.describe(algorithm)
    assert entry is not None, f"{algorithm.name()} cannot be cached"
    del entry["module"], entry["class"]
    entry.update(display_name=algorithm.displayName(), group=algorithm.group(), help=algorithm.shortHelpString())
    entry["outputs"] = sorted(entry["outputs"], key=lambda output: output[1])
    return entry


@pytest.mark.parametrize("code", ["en", "nl", "fr"])
def test_stand_ins_answer_as_the_real_algorithms(code, language, qgis_app, monkeypatch, tmp_path):
    monkeypatch.setattr(algorithm_cache, "cache_file", lambda lang: tmp_path / f"{lang}.marshal")
    language(code)
    real = _initialised(all_algorithms())
    assert algorithm_cache.load(code) is None  # nothing cached yet
    assert algorithm_cache.save(code, real)

    stand_ins = _initialised(algorithm_cache.load(code))
    assert [a.name() for a in stand_ins] == [a.name() for a in real]
    for stand_in, algorithm in zip(stand_ins, real):
        assert isinstance(stand_in, algorithm_cache.CachedAlgorithm)
        assert _answers(stand_in) == _answers(algorithm)
        created = stand_in.create({})
        assert type(created) is type(algorithm)  # what Processing runs is the real algorithm
        assert [p.toVariantMap() for p in created.parameterDefinitions()] == \
            [p.toVariantMap() for p in algorithm.parameterDefinitions()]
    # titles, groups and help follow a change of language as the real algorithms' do
    with visual.language("fr" if code != "fr" else "nl"):
        for stand_in, algorithm in zip(stand_ins, real):
            assert _answers(stand_in) == _answers(algorithm)


def test_a_changed_file_or_language_makes_the_cache_stale(qgis_app, monkeypatch, tmp_path):
    (tmp_path / "processing").mkdir()
    source = tmp_path / "processing" / "algorithm.py"
    source.write_text("A = 1\n")
    monkeypatch.setattr(algorithm_cache, "PLUGIN_DIR", tmp_path)
    monkeypatch.setattr(algorithm_cache, "SOURCE_DIRS", ("processing",))
    key = algorithm_cache.cache_key("nl")
    assert algorithm_cache.cache_key("nl") == key and algorithm_cache.cache_key("fr") != key
    source.write_text("A = 2\n")
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 1_000_000))
    assert algorithm_cache.cache_key("nl") != key
    key = algorithm_cache.cache_key("nl")
    (tmp_path / "processing" / "new_algorithm.py").write_text("")
    assert algorithm_cache.cache_key("nl") != key


def test_a_stale_or_broken_cache_registers_the_real_algorithms(qgis_app, qgis_processing, monkeypatch, tmp_path):
    monkeypatch.setattr(algorithm_cache, "cache_file", lambda lang: tmp_path / f"{lang}.marshal")
    registry = QgsApplication.processingRegistry()
    assert registry.providerById(PROVIDER_ID) is None

    def registered() -> list[QgsProcessingAlgorithm]:
        provider = SmartMunicipalityProvider()
        assert registry.addProvider(provider)
        algorithms = provider.algorithms()
        kinds = {isinstance(a, algorithm_cache.CachedAlgorithm) for a in algorithms}
        names = sorted(a.name() for a in algorithms)
        registry.removeProvider(provider)
        assert names == sorted(a.name() for a in all_algorithms())
        return kinds

    assert registered() == {False}  # no cache: the real ones, and the cache written
    assert registered() == {True}
    cache = algorithm_cache.cache_file(current_language() or "en")
    data = cache.read_bytes()
    stale = marshal.loads(data)
    stale["key"] = stale["key"].replace(".py ", ".py 1", 1)  # one file's size as it was before an edit
    cache.write_bytes(marshal.dumps(stale))
    assert registered() == {False}
    cache.write_bytes(data[: len(data) // 2])
    assert registered() == {False}
    assert registered() == {True}


def test_processing_creates_the_real_algorithm_from_a_stand_in(qgis_app, qgis_processing, monkeypatch, tmp_path):
    """Dialogs, ``processing.run``, batches, models and ``qgis_process run`` create their instance from the
    registry's copy (``createAlgorithmById``): from a stand-in, that is the real algorithm."""
    monkeypatch.setattr(algorithm_cache, "cache_file", lambda lang: tmp_path / f"{lang}.marshal")
    language = current_language() or "en"
    assert algorithm_cache.save(language, _initialised(all_algorithms()))
    registry = QgsApplication.processingRegistry()
    provider = SmartMunicipalityProvider()
    assert registry.addProvider(provider)
    try:
        real = {a.name(): type(a) for a in all_algorithms()}
        for stand_in in provider.algorithms():
            assert isinstance(stand_in, algorithm_cache.CachedAlgorithm)
            created = registry.createAlgorithmById(stand_in.id())
            assert type(created) is real[stand_in.name()] and created.provider() is provider
    finally:
        registry.removeProvider(provider)


def test_an_algorithm_the_cache_cannot_hold_leaves_no_cache(qgis_app, monkeypatch, tmp_path):
    """An output type or parameter value the cache cannot rebuild exactly: no cache, the real algorithms every
    start."""
    monkeypatch.setattr(algorithm_cache, "cache_file", lambda lang: tmp_path / f"{lang}.marshal")
    real = _initialised(all_algorithms())
    monkeypatch.setattr(algorithm_cache, "OUTPUTS", {})
    assert not algorithm_cache.save("en", real)
    monkeypatch.undo()
    monkeypatch.setattr(algorithm_cache, "cache_file", lambda lang: tmp_path / f"{lang}.marshal")
    monkeypatch.setattr(algorithm_cache, "_plain", lambda value: object())
    assert not algorithm_cache.save("en", real)
    assert list(tmp_path.iterdir()) == [] and algorithm_cache.load("en") is None
