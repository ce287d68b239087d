"""Downloading a municipality's addresses: paged (500 a request) against one request per address.

    python3 bench/bench_download_addresses.py [--runs 3] [--quick] [--addresses 20000] [--latency 0.0]
                                              [--naive-sample 0] [--no-detail-mode]

Both run against the same local fake address register serving one generated municipality of N addresses
(``tests/fake_server/data_default.large_service_data``), over the plugin's transport (QgsBlockingNetworkRequest).

* measured: ``processing.run("smart_municipality:download_addresses")`` — list pages of 500 with positions, written
  to a GeoPackage;
* anchor: a naive client that asks ``/v2/adressen/{id}`` for every address, one after the other, and only parses
  the answers (it writes nothing);
* also shown: the algorithm when the list carries no positions (the real v2 list), which fetches every detail with
  bounded concurrency.

Checked every round: both GeoPackages hold every address of the register once, and the anchor's addresses have the
same positions (within 5 cm, brought to Lambert 72) as the paged download's. The three run ``--runs`` times,
interleaved and alternating which goes first; wall and CPU time (of the client), min and median.

The fake runs in its own processes (one per list mode), so it does not share the client's interpreter lock.
``--latency`` adds a fixed delay per answer (the real service is ~50-150 ms away; the default 0 measures only the
client and the fake). ``--naive-sample K`` times the anchor on K addresses and extrapolates (reported as such).
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.bench import harness  # noqa: E402


def serve(addresses: int, latency: float, list_positions: bool) -> None:
    """Child process: the fake register for ``addresses`` addresses; prints its URL, serves until stdin closes."""
    from sm_tests.fake_server.data_default import large_service_data
    from sm_tests.fake_server.fixtures import register_all_routes
    from sm_tests.fake_server.server import FakeServer

    server = register_all_routes(FakeServer(latency=latency), large_service_data(addresses)).start()
    server.options["adressen_list_positions"] = list_positions
    print(server.url, flush=True)
    sys.stdin.read()
    server.stop()


def start_fake(addresses: int, latency: float, list_positions: bool) -> tuple[subprocess.Popen, str]:
    child = subprocess.Popen([sys.executable, __file__, "--serve", "--addresses", str(addresses), "--latency",
                              str(latency)] + ([] if list_positions else ["--no-list-positions"]),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    return child, child.stdout.readline().strip()


def written_positions(path: Path) -> dict[str, tuple[float, float]]:
    """``{address_id: (x, y)}`` of a downloaded GeoPackage, rounded to the centimetre; fails on a repeated id."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername=addresses", "addresses", "ogr")
    positions = {}
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        if feature["address_id"] in positions:
            raise harness.Mismatch(f"address {feature['address_id']} is written twice")
        positions[feature["address_id"]] = (round(point.x(), 2), round(point.y(), 2))
    return positions


def lambert72(record: dict) -> tuple[float, float]:
    """A parsed address record's position in EPSG:31370."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    epsg = int(record.get("epsg") or 31370)
    if epsg == 31370:
        return record["x"], record["y"]
    point = QgsCoordinateTransform(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"),
                                   QgsCoordinateReferenceSystem("EPSG:31370"),
                                   QgsProject.instance()).transform(QgsPointXY(record["x"], record["y"]))
    return point.x(), point.y()


def main() -> None:
    parser = harness.arguments(__doc__.split("\n")[0])
    parser.add_argument("--addresses", type=int, default=20_000)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer of the fake")
    parser.add_argument("--naive-sample", type=int, default=0, help="time the anchor on this many addresses only")
    parser.add_argument("--detail-mode", action=argparse.BooleanOptionalAction, default=True,
                        help="also the list without positions (slow with --latency: a request per address)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-list-positions", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.addresses, args.naive_sample = 1_000, 200
    if args.serve:
        serve(args.addresses, args.latency, not args.no_list_positions)
        return

    from qgis.core import QgsProcessingFeedback

    app, provider = harness.start_qgis()
    import processing
    from sm_tests.fake_server.data_default import large_service_data
    from smart_municipality.smart_municipality.downloads.jobs import DETAIL_WORKERS
    from smart_municipality.smart_municipality.sources import basisregisters, endpoints
    from smart_municipality.smart_municipality.sources.transport import HttpClient

    data = large_service_data(args.addresses)  # the same deterministic data the children serve
    nis = data.municipalities[0]["nis"]
    ids = [a["address_id"] for a in data.addresses]
    sample = ids if not args.naive_sample else ids[: args.naive_sample]
    full, full_url = start_fake(args.addresses, args.latency, True)
    minimal, minimal_url = start_fake(args.addresses, args.latency, False)
    print(f"fake register: {len(ids)} addresses of {data.municipalities[0]['name']} ({nis}), "
          f"latency {args.latency * 1000:.0f} ms per answer", flush=True)
    names = ("download_addresses, pages of 500", "download_addresses, list without positions",
             f"naive client, one request per address ({len(sample):,})")
    try:
        with tempfile.TemporaryDirectory() as folder:
            rounds = iter(range(10**6))

            def download(url: str) -> Path:
                endpoints.point_all_at(url)
                output = Path(folder) / f"addresses{next(rounds)}.gpkg"
                processing.run("smart_municipality:download_addresses", {"MUNICIPALITY": nis, "OUTPUT": str(output)},
                               feedback=QgsProcessingFeedback())
                return output

            def naive():
                endpoints.point_all_at(full_url)
                client = HttpClient(basisregisters.SERVICE)
                return [basisregisters.address_record(basisregisters.fetch_address_detail(client, i)) for i in sample]

            def check(outputs):
                paged = written_positions(outputs[names[0]])
                harness.expect_equal("addresses of the paged download", sorted(paged), sorted(ids))
                if names[1] in outputs:
                    harness.expect_equal("addresses of the download without list positions",
                                         sorted(written_positions(outputs[names[1]])), sorted(ids))
                # the register answers some positions in Lambert 2008: the naive client only parses, so they are
                # brought to Lambert 72 here (untimed), as the download does, to compare the same positions
                naive_positions = {r["address_id"]: lambert72(r) for r in outputs[names[2]]}
                harness.compare_per_key("positions (m) of the naive client away from the paged download's",
                                        {i: math.dist(naive_positions.get(i, (math.inf, math.inf)), paged[i])
                                         for i in sample}, {i: 0.0 for i in sample}, tolerance=0.05)

            contenders = {names[0]: lambda: download(full_url), names[1]: lambda: download(minimal_url),
                          names[2]: naive}
            if not args.detail_mode:
                del contenders[names[1]]
            timings, _ = harness.interleave(contenders, args.runs, check, report=harness.progress_line)
    finally:
        for child in (full, minimal):
            child.stdin.close()
            child.wait(timeout=30)
            child.stdout.close()

    pages = -(-len(ids) // basisregisters.PAGE_SIZE)
    # a sampled anchor did less work: its ratio is only given extrapolated, below
    print(harness.table("downloading every address of the municipality", list(timings.values()),
                        anchor=names[2] if len(sample) == len(ids) else None))
    detail = (f", without list positions {pages + 1 + len(ids)} ({DETAIL_WORKERS} details at a time)"
              if names[1] in timings else "")
    print(f"   requests: paged {pages + 1}{detail}, naive {len(sample):,}; the downloads write a GeoPackage, the naive "
          "client writes nothing")
    naive_s = timings[names[2]].wall_median * len(ids) / len(sample)
    naive_cpu = timings[names[2]].cpu_median * len(ids) / len(sample)
    extrapolated = "" if len(sample) == len(ids) else f" (EXTRAPOLATED from {len(sample):,} addresses)"
    print(f"   naive client for all {len(ids):,} addresses: {naive_s:.2f} s wall, {naive_cpu:.2f} s CPU{extrapolated}; "
          f"the paged download against it (medians): {harness.ratio(timings[names[0]].wall_median, naive_s)} "
          f"(wall) / {harness.ratio(timings[names[0]].cpu_median, naive_cpu)} (CPU)")
    print(f"({harness.MACHINE_NOTE})")
    app.exitQgis()


if __name__ == "__main__":
    main()
