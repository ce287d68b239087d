"""Several writers at once, in real separate processes (GeoPackage) and connections (PostGIS): nothing is lost,
nothing is doubled, and a writer that cannot get in says so in one sentence — never "success" for rows not stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sm_tests.corpus.harness import assert_one_sentence

WRITER = Path(__file__).with_name("concurrent_writer.py")


def run_writers(plugins_dir: Path, sync: Path, paths: list[str], writers: int, rows: int, *,
                busy_timeout: float = 30.0, hold: float = 0.0, no_links: bool = False) -> list[list[dict]]:
    """Start ``writers`` processes that write into each path in turn, all released together per round."""
    sync.mkdir()
    env = {**os.environ, "PYTHONPATH": str(plugins_dir), "QT_QPA_PLATFORM": "offscreen"}
    processes = [subprocess.Popen(
        [sys.executable, str(WRITER), json.dumps({"paths": paths, "writer": w, "rows": rows, "sync": str(sync),
                                                  "busy_timeout": busy_timeout, "hold": hold,
                                                  "no_links": no_links})],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for w in range(writers)]
    try:
        for number in range(len(paths)):
            deadline = time.monotonic() + 120
            while not all((sync / f"ready-{number}-{w}").exists() for w in range(writers)):
                assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
                assert time.monotonic() < deadline, "writers did not get ready"
                time.sleep(0.002)
            (sync / f"go-{number}").touch()
        outputs = [p.communicate(timeout=300) for p in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    for process, (_out, err) in zip(processes, outputs):
        assert process.returncode == 0, err
    return [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]


def stored_per_writer(path: str, writers: int, number: int) -> list[int]:
    from smart_municipality.smart_municipality.store import open_store

    with open_store(path, create=False) as store:
        return [store.count("vacancy_dossier", {"dossier_id": ("like", f"W{w}-R{number}-%")}) for w in range(writers)]


def check_rounds(results: list[list[dict]], paths: list[str], rows: int) -> tuple[int, int]:
    """Every writer's report matches the store; returns (successes, refusals)."""
    writers = len(results)
    successes = refusals = 0
    for number, path in enumerate(paths):
        found = stored_per_writer(path, writers, number)
        for w in range(writers):
            outcome = results[w][number]
            if "stored" in outcome:
                assert outcome["stored"] == rows and found[w] == rows, (number, w, outcome, found)
                successes += 1
            else:
                assert_one_sentence(outcome["error"])
                assert "busy" in outcome["error"], outcome
                assert found[w] == 0, (number, w, outcome, found)
                refusals += 1
    return successes, refusals


@pytest.mark.parametrize("no_links", [False, True], ids=["hard-link", "lock-directory"])
def test_new_geopackage_many_writers_nothing_lost(tmp_path, plugins_dir, no_links):
    """N processes create the same new GeoPackage at the same moment and import into it, many rounds: every
    import that reports success is in the file (before: the last file moved in place won, the others' rows vanished)."""
    rounds, writers, rows = 12, 4, 40
    paths = [str(tmp_path / f"round{r}.gpkg") for r in range(rounds)]
    results = run_writers(plugins_dir, tmp_path / "sync", paths, writers, rows, no_links=no_links)
    successes, refusals = check_rounds(results, paths, rows)
    assert successes == rounds * writers and refusals == 0
    assert not list(tmp_path.glob(".*.part")) and not list(tmp_path.glob(".*.creating")), "temporary files left"


def test_existing_geopackage_many_writers_nothing_lost(tmp_path, plugins_dir):
    from smart_municipality.smart_municipality.store import open_store

    rounds, writers, rows = 6, 4, 40
    paths = [str(tmp_path / f"round{r}.gpkg") for r in range(rounds)]
    for path in paths:
        open_store(path).close()
    results = run_writers(plugins_dir, tmp_path / "sync", paths, writers, rows)
    assert check_rounds(results, paths, rows) == (rounds * writers, 0)


def test_busy_geopackage_writer_is_told_and_stores_nothing(tmp_path, plugins_dir):
    """Writer 0 holds its transaction 1.5 s; the others wait at most 0.2 s: they report "busy", store nothing."""
    from smart_municipality.smart_municipality.store import open_store

    rounds, writers, rows = 3, 3, 20
    paths = [str(tmp_path / f"round{r}.gpkg") for r in range(rounds)]
    for path in paths:
        open_store(path).close()
    results = run_writers(plugins_dir, tmp_path / "sync", paths, writers, rows, busy_timeout=0.2, hold=1.5)
    successes, refusals = check_rounds(results, paths, rows)
    assert refusals >= 1 and successes >= rounds  # writer 0 always gets in; at least one other is turned away
    assert successes + refusals == rounds * writers


def test_publish_without_hard_links_is_exclusive(tmp_path, monkeypatch):
    """On a file system without hard links the lock directory keeps the first file; a stale lock is taken over."""
    from smart_municipality.smart_municipality.store import geopackage

    def no_links(*_args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(geopackage.os, "link", no_links)
    final = tmp_path / "study.gpkg"
    first, second = tmp_path / "a.part", tmp_path / "b.part"
    first.write_bytes(b"first")
    second.write_bytes(b"second")
    lock = tmp_path / ".study.gpkg.creating"
    lock.mkdir()  # left by a crashed process
    old = time.time() - 2 * geopackage.LOCK_STALE_SECONDS
    os.utime(lock, (old, old))
    assert geopackage.publish_new_file(first, final) is True
    assert geopackage.publish_new_file(second, final) is False
    assert final.read_bytes() == b"first" and not lock.exists()


@pytest.mark.parametrize("link", ["hard link", "lock directory"])
def test_two_creators_in_one_process_share_the_file(tmp_path, monkeypatch, link):
    """The loser of the race opens the winner's complete store and its rows land in it."""
    from smart_municipality.smart_municipality.store import geopackage, open_store

    if link == "lock directory":
        monkeypatch.setattr(geopackage.os, "link", lambda *a: (_ for _ in ()).throw(OSError(95, "not supported")))
    path = tmp_path / "study.gpkg"
    real_publish = geopackage.publish_new_file
    first = {}

    def racing_publish(part, final):
        # another process finishes its store just before ours
        if not first:
            first["done"] = True
            with open_store(str(tmp_path / "other.gpkg")) as other:
                other.insert_many("vacancy_dossier", [_row("other")])
            real_publish(tmp_path / "other.gpkg", final)
        return real_publish(part, final)

    monkeypatch.setattr(geopackage, "publish_new_file", racing_publish)
    with open_store(str(path)) as store:
        store.insert_many("vacancy_dossier", [_row("mine")])
    with open_store(str(path), create=False) as store:
        assert sorted(r["dossier_id"] for r in store.read("vacancy_dossier")) == ["mine", "other"]


def _row(key: str) -> dict:
    from sm_tests.store.helpers import dossier

    return dossier(1, dossier_id=key)


def test_copy_into_a_new_geopackage_created_meanwhile_is_refused(tmp_path, monkeypatch):
    """Someone creates the copy's target while the copy runs: their file is kept, the copy says so, nothing is left."""
    from smart_municipality.smart_municipality.store import geopackage, open_store
    from smart_municipality.smart_municipality.store.copy import copy_between
    from smart_municipality.smart_municipality.store.errors import StoreError

    source = tmp_path / "bron.gpkg"
    with open_store(str(source)) as store:
        store.insert_many("vacancy_dossier", [_row("bron")])
    target = tmp_path / "doel.gpkg"
    real_publish = geopackage.publish_new_file

    raced = []

    def racing_publish(part, final):
        if final == target and not raced:
            raced.append(True)
            with open_store(str(final)) as other:  # a colleague's store appears under the same name
                other.insert_many("vacancy_dossier", [_row("collega")])
        return real_publish(part, final)

    monkeypatch.setattr(geopackage, "publish_new_file", racing_publish)
    with pytest.raises(StoreError, match="created by someone else"):
        copy_between(str(source), str(target))
    with open_store(str(target), create=False) as store:
        assert [r["dossier_id"] for r in store.read("vacancy_dossier")] == ["collega"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bron.gpkg", "doel.gpkg"]
