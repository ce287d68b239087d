"""Downloading a municipality's addresses: paged (500 a request) against one request per address.

    python3 bench/bench_download_addresses.py [--addresses 20000] [--latency 0.0] [--naive-sample 0]

Both run against the same local fake address register serving one generated municipality of N addresses
(``tests/fake_server/data_default.large_service_data``), over the plugin's transport (QgsBlockingNetworkRequest).

* measured: ``processing.run("smart_municipality:download_addresses")`` — list pages of 500 with positions, written
  to a GeoPackage;
* anchor: a naive client that asks ``/v2/adressen/{id}`` for every address, one after the other, and only parses
  the answers (it writes nothing);
* also shown: the algorithm when the list carries no positions (the real v2 list), which fetches every detail with
  bounded concurrency.

The fake runs in its own processes (one per list mode), so it does not share the client's interpreter lock.
``--latency`` adds a fixed delay per answer (the real service is ~50-150 ms away; the default 0 measures only the
client and the fake). ``--naive-sample K`` times the anchor on K addresses and extrapolates (reported as such).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--addresses", type=int, default=20_000)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer of the fake")
    parser.add_argument("--naive-sample", type=int, default=0, help="time the anchor on this many addresses only")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-list-positions", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.addresses, args.latency, not args.no_list_positions)
        return

    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing
    from sm_tests.fake_server.data_default import large_service_data
    from smart_municipality.processing.provider import SmartMunicipalityProvider
    from smart_municipality.smart_municipality.downloads.jobs import DETAIL_WORKERS
    from smart_municipality.smart_municipality.sources import basisregisters, endpoints
    from smart_municipality.smart_municipality.sources.transport import HttpClient

    provider = SmartMunicipalityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    data = large_service_data(args.addresses)  # the same deterministic data the children serve
    nis = data.municipalities[0]["nis"]
    ids = [a["address_id"] for a in data.addresses]
    full, full_url = start_fake(args.addresses, args.latency, True)
    minimal, minimal_url = start_fake(args.addresses, args.latency, False)
    print(f"fake register: {len(ids)} addresses of {data.municipalities[0]['name']} ({nis}), "
          f"latency {args.latency * 1000:.0f} ms per answer")
    try:
        with tempfile.TemporaryDirectory() as folder:
            output = Path(folder) / "addresses.gpkg"
            endpoints.point_all_at(full_url)
            started = time.perf_counter()
            result = processing.run("smart_municipality:download_addresses", {"MUNICIPALITY": nis,
                                                                              "OUTPUT": str(output)},
                                    feedback=QgsProcessingFeedback())
            paged = time.perf_counter() - started
            written = QgsVectorLayer(f"{output}|layername=addresses").featureCount()
            assert result["COUNT"] == written == len(ids), (result, written)

            endpoints.point_all_at(minimal_url)
            started = time.perf_counter()
            processing.run("smart_municipality:download_addresses", {"MUNICIPALITY": nis, "OUTPUT": str(output)},
                           feedback=QgsProcessingFeedback())
            details = time.perf_counter() - started

        endpoints.point_all_at(full_url)
        sample = ids if not args.naive_sample else ids[: args.naive_sample]
        client = HttpClient(basisregisters.SERVICE)
        started = time.perf_counter()
        records = [basisregisters.address_record(basisregisters.fetch_address_detail(client, i)) for i in sample]
        naive = (time.perf_counter() - started) * len(ids) / len(sample)
        assert len(records) == len(sample) and all(r["x"] is not None for r in records)
    finally:
        for child in (full, minimal):
            child.stdin.close()
            child.wait(timeout=30)
            child.stdout.close()

    pages = -(-len(ids) // basisregisters.PAGE_SIZE)
    extrapolated = "" if len(sample) == len(ids) else f" (extrapolated from {len(sample)} addresses)"
    print(f"download_addresses, pages of 500 (measured):   {paged:8.2f} s  {pages + 1:6d} requests, "
          "GeoPackage written")
    print(f"download_addresses, list without positions:     {details:8.2f} s  {pages + 1 + len(ids):6d} requests "
          f"({DETAIL_WORKERS} details at a time), GeoPackage written")
    print(f"naive client, one request per address (anchor): {naive:8.2f} s  {len(ids):6d} requests, nothing "
          f"written{extrapolated}")
    print(f"ratio anchor / measured: {naive / paged:.1f}")
    app.exitQgis()


if __name__ == "__main__":
    main()
