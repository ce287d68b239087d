"""Batch address matching: the offline matcher against one register request per row.

    python3 bench/bench_match_addresses.py [--rows 100000] [--addresses 50000] [--latency 0.05] [--sample 200]

Data: the labelled set of tests/unit/address_testset.py (Herstappe's register addresses and Gent's real street names
with generated numbers, from ../shared/data), grown to about ``--addresses`` reference addresses, and ``--rows``
rows written with the noise of real lists (half free text, half separate columns).

* measured: the offline matcher on one core — indexing the reference, then matching every row (rows/s);
* anchor: one ``/v2/adresmatch`` request per row over the plugin's transport (QgsBlockingNetworkRequest) to the
  local fake register (tests/fake_server, routes_adresmatch.py) answering after ``--latency`` seconds, the service's
  realistic delay. ``--sample`` requests are timed and the time for all rows is extrapolated from them (reported as
  such): 100 000 requests at 50 ms would take hours.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()


def _rows(testset_rows):
    from smart_municipality.smart_municipality.addresses.matcher import AddressRows

    free = [r for r in testset_rows if "address" in r]
    columns = [r for r in testset_rows if "address" not in r]
    return (AddressRows.from_free_text([r["address"] for r in free]),
            AddressRows.from_columns([r["street"] for r in columns], [r["housenumber"] for r in columns],
                                     [r["box"] for r in columns], [r["postcode"] for r in columns],
                                     [r["municipality"] for r in columns]))


def _service_data(reference):
    from sm_tests.fake_server.data import ServiceData

    addresses = []
    for record in reference:
        full = f"{record['street']} {record['housenumber']}" + (
            f" bus {record['boxnumber']}" if record["boxnumber"] else "") + f", {record['postcode']} " \
            f"{record['municipality']}"
        addresses.append(dict(record, full_address=full, street_id=str(abs(hash(record["street"])) % 10**6),
                              position_method="afgeleidVanObject", position_spec="gebouw", srid=31370))
    return ServiceData(addresses=addresses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--addresses", type=int, default=50_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args()
    if not (SHARED / "gent_vector").exists() or not (SHARED / "herstappe").exists():
        print("../shared/data (gent_vector, herstappe) is not available: nothing to measure", file=sys.stderr)
        return 1

    import pandas as pd
    from qgis.core import QgsApplication

    from sm_tests.fake_server import FakeServer, routes_adresmatch
    from sm_tests.unit import address_testset
    from smart_municipality.smart_municipality.addresses.matcher import AddressReference, match_addresses
    from smart_municipality.smart_municipality.addresses.online import OnlineMatcher
    from smart_municipality.smart_municipality.sources import endpoints

    app = QgsApplication([], False)
    app.initQgis()
    start = time.perf_counter()
    streets = address_testset.gent_streets(SHARED)
    mean_numbers = max(1, round(args.addresses / (0.92 * len(streets) * 1.1)))
    testset = address_testset.build(SHARED, n_rows=args.rows, mean_numbers=mean_numbers)
    free, columns = _rows(testset.rows)
    bundled = address_testset.bundled_with_deelgemeenten()
    print(f"data: {len(testset.reference):,} reference addresses ({len(streets):,} Gent street names, "
          f"{len(testset.held_out_streets)} held out), {len(testset.rows):,} rows; made in "
          f"{time.perf_counter() - start:.1f} s")

    # -- measured: the offline matcher ------------------------------------------------------------------------------
    start, cpu_start = time.perf_counter(), time.process_time()
    reference = AddressReference(pd.DataFrame(testset.reference), bundled)
    indexed, cpu_indexed = time.perf_counter(), time.process_time()
    results = [match_addresses(free, reference), match_addresses(columns, reference)]
    done, cpu_done = time.perf_counter(), time.process_time()
    n = len(free) + len(columns)
    matching_s, total_s = done - indexed, done - start
    cpu_total_s = cpu_done - cpu_start
    counts: dict[str, int] = {}
    for result in results:
        for status, count in result.counts().items():
            counts[status] = counts.get(status, 0) + count
    print(f"offline matcher: index {indexed - start:.2f} s, match {matching_s:.2f} s -> "
          f"{n / matching_s:,.0f} rows/s matching, {n / total_s:,.0f} rows/s including the index (wall clock); "
          f"CPU time {cpu_indexed - cpu_start:.2f} + {cpu_done - cpu_indexed:.2f} s -> {n / cpu_total_s:,.0f} rows/s "
          f"per core including the index; statuses {counts}")

    # -- anchor: one request per row -------------------------------------------------------------------------------
    server = FakeServer(latency=args.latency)
    routes_adresmatch.register(server, _service_data(testset.reference))
    server.start()
    previous = endpoints.point_all_at(server.url)
    try:
        sample = testset.rows[: args.sample]
        sample_free, sample_columns = _rows(sample)
        online = OnlineMatcher(min_interval_s=0.0)  # no cache, no throttle: the anchor's best case
        start = time.perf_counter()
        online.match(sample_free)
        online.match(sample_columns)
        sample_s = time.perf_counter() - start
        requests = online.requests
    finally:
        endpoints.restore_environment(previous)
        server.stop()
    per_row = sample_s / max(1, requests)
    extrapolated = per_row * n
    print(f"anchor, one /v2/adresmatch request per row at {args.latency * 1000:.0f} ms latency: {requests} requests "
          f"in {sample_s:.1f} s ({1 / per_row:,.1f} rows/s); EXTRAPOLATED to {n:,} rows: {extrapolated / 3600:.2f} h")
    print(f"ratio: the offline matcher is {extrapolated / total_s:,.0f}x faster than one request per row "
          f"(including its index; {1 / per_row:,.1f} vs {n / total_s:,.0f} rows/s)")
    target = 10_000
    print(f"target >= {target:,} rows/s on one core (CPU time, index included): "
          f"{'met' if n / cpu_total_s >= target else 'NOT met'} ({n / cpu_total_s:,.0f} rows/s); wall clock "
          f"{n / total_s:,.0f} rows/s on this machine's load")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
