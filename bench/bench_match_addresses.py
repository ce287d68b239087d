"""Batch address matching: the offline matcher against one register request per row.

    python3 bench/bench_match_addresses.py [--runs 3] [--quick] [--rows 100000] [--addresses 50000] [--latency 0.05]
                                           [--sample 200]

Data: the labelled set of tests/unit/address_testset.py (Herstappe's register addresses and Gent's real street names
with generated numbers, from ../shared/data), grown to about ``--addresses`` reference addresses, and ``--rows``
rows written with the noise of real lists (half free text, half separate columns).

* measured: the offline matcher on one core — indexing the reference, then matching every row (rows/s);
* anchor: one ``/v2/adresmatch`` request per row over the plugin's transport to the local fake register
  (tests/fake_server, routes_adresmatch.py) running in a process of its own (bench/adresmatch_server.py), whose
  every answer leaves a fixed ``--latency`` after the request arrived, its own fuzzy matching included: the server's
  work costs the anchor wall time, as a real server's does, and not the client's CPU. ``--sample`` rows are sent
  and the time for all rows is extrapolated from them (reported as such): 100 000 requests at 50 ms take hours.
* compared: the answers of both on the sample rows (agreement %: the same address, or both unplaced).

Both run ``--runs`` times, interleaved, alternating which goes first; wall and CPU time (client; the server's CPU
is read from /proc and shown apart), min and median.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.bench import harness  # noqa: E402


def _rows(testset_rows):
    from smart_municipality.smart_municipality.addresses.matcher import AddressRows

    free = [r for r in testset_rows if "address" in r]
    columns = [r for r in testset_rows if "address" not in r]
    return (AddressRows.from_free_text([r["address"] for r in free]),
            AddressRows.from_columns([r["street"] for r in columns], [r["housenumber"] for r in columns],
                                     [r["box"] for r in columns], [r["postcode"] for r in columns],
                                     [r["municipality"] for r in columns]))


def _service_addresses(reference) -> list[dict]:
    """The reference as the fake register's address records (ServiceData.addresses)."""
    import zlib

    addresses = []
    for record in reference:
        full = f"{record['street']} {record['housenumber']}" + (
            f" bus {record['boxnumber']}" if record["boxnumber"] else "") + f", {record['postcode']} " \
            f"{record['municipality']}"
        addresses.append(dict(record, full_address=full, street_id=str(zlib.crc32(record["street"].encode()) % 10**6),
                              position_method="afgeleidVanObject", position_spec="gebouw", srid=31370))
    return addresses


def start_server(addresses: list[dict], latency: float, folder: Path) -> tuple[subprocess.Popen, str]:
    """The anchor's fake register in its own process (bench/adresmatch_server.py); returns it and its URL."""
    data = folder / "addresses.json"
    data.write_text(json.dumps(addresses), encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(REPO / "bench" / "adresmatch_server.py"), str(data),
                                str(latency)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        raise SystemExit("the fake register did not start")
    return process, url


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of another process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def answers(results) -> list[str | None]:
    """The address each row was placed on (None: not placed), rows in input order."""
    return [a for result in results for a in result.address_id]


def main() -> int:
    parser = harness.arguments(__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--addresses", type=int, default=50_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args()
    if args.quick:
        args.rows, args.addresses, args.sample = 2_000, 5_000, 20
    if not (SHARED / "gent_vector").exists() or not (SHARED / "herstappe").exists():
        print("../shared/data (gent_vector, herstappe) is not available: nothing to measure", file=sys.stderr)
        return 1

    import pandas as pd
    from qgis.core import QgsApplication

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
    sample_free, sample_columns = _rows(testset.rows[: args.sample])
    n, n_sample = len(free) + len(columns), len(sample_free) + len(sample_columns)
    bundled = address_testset.bundled_with_deelgemeenten()
    frame = pd.DataFrame(testset.reference)
    print(f"data: {len(testset.reference):,} reference addresses ({len(streets):,} Gent street names, "
          f"{len(testset.held_out_streets)} held out), {n:,} rows; made in {time.perf_counter() - start:.1f} s",
          flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        server, url = start_server(_service_addresses(testset.reference), args.latency, Path(tmp))
        previous = endpoints.point_all_at(url)
        try:
            phases: list[tuple[float, float]] = []
            references = []

            def offline():
                started = time.perf_counter()
                references.append(AddressReference(frame, bundled))
                indexed = time.perf_counter()
                results = [match_addresses(free, references[-1]), match_addresses(columns, references[-1])]
                phases.append((indexed - started, time.perf_counter() - indexed))
                return results

            server_cpu: list[float] = []
            requests: list[int] = []

            def online():
                cpu = process_cpu_seconds(server.pid)
                matcher = OnlineMatcher(min_interval_s=0.0)  # no cache, no throttle: the anchor's best case
                results = [matcher.match(sample_free), matcher.match(sample_columns)]
                server_cpu.append(process_cpu_seconds(server.pid) - cpu)
                requests.append(matcher.requests)
                return results

            names = (f"offline matcher: index + {n:,} rows", f"online: one request per row, {n_sample} rows")
            agreements: list[tuple] = []
            sample = testset.rows[: args.sample]  # the labels, in the order _rows answers: free text, then columns
            truth = [r["truth"] for r in sample if "address" in r] + [r["truth"] for r in sample if "address" not in r]

            def check(outputs):
                # the same rows, both ways: the offline answers for the sample rows against the register's
                offline_sample = answers([match_addresses(sample_free, references[-1]),
                                          match_addresses(sample_columns, references[-1])])
                online_sample = answers(outputs[names[1]])
                both = [(a, b) for a, b in zip(offline_sample, online_sample) if a is not None and b is not None]
                placed_agree = sum(1 for a, b in both if a == b) / max(len(both), 1)
                agreements.append((harness.agreement(offline_sample, online_sample), placed_agree, len(both),
                                   harness.agreement(offline_sample, truth), harness.agreement(online_sample, truth)))
                harness.expect_equal("rows answered offline and online", sum(len(r) for r in outputs[names[0]]), n)

            timings, outputs = harness.interleave({names[0]: offline, names[1]: online}, args.runs, check,
                                                  report=harness.progress_line)
        finally:
            endpoints.restore_environment(previous)
            server.stdin.close()
            server.wait(timeout=30)
    ours, anchor = timings[names[0]], timings[names[1]]
    print(harness.table("batch address matching (the anchor runs a sample; rows/s below)", [ours, anchor]))
    counts: dict[str, int] = {}
    for result in outputs[names[0]]:
        for status, count in result.counts().items():
            counts[status] = counts.get(status, 0) + count
    index_s = statistics.median(i for i, _ in phases)
    match_s = statistics.median(m for _, m in phases)
    per_row = anchor.wall_median / max(1, statistics.median(requests))
    ours_rate, ours_cpu_rate = n / ours.wall_median, n / ours.cpu_median
    print(f"   offline: index {index_s:.2f} s + match {match_s:.2f} s (wall medians) -> {ours_rate:,.0f} rows/s wall, "
          f"{ours_cpu_rate:,.0f} rows/s per CPU second, index included; statuses {counts}")
    print(f"   online at a fixed {args.latency * 1000:.0f} ms per answer (the fake register in its own process, its "
          f"matching inside those {args.latency * 1000:.0f} ms): {statistics.median(requests):.0f} requests for "
          f"{n_sample} rows, {1 / per_row:,.1f} rows/s; client CPU {anchor.cpu_median:.2f} s, server CPU "
          f"{statistics.median(server_cpu):.2f} s (medians); EXTRAPOLATED to {n:,} rows: {per_row * n / 3600:.2f} h")
    print(f"   ratio (wall, rows/s): the offline matcher is {ours_rate * per_row:,.0f}× faster than one request per "
          "row, its index included")
    overall, placed, both, ours_right, theirs_right = agreements[-1]
    print(f"   answers on the {n_sample} sample rows: the same address (or both unplaced) on {100 * overall:.1f} %; "
          f"where both placed the row ({both} rows) the same address on {100 * placed:.1f} % (the fake register "
          "matches streets by difflib, not the register's algorithm); right by the labels: offline "
          f"{100 * ours_right:.1f} %, online {100 * theirs_right:.1f} %")
    target = 10_000
    print(f"target >= {target:,} rows/s on one core (CPU time, index included): "
          f"{'met' if ours_cpu_rate >= target else 'NOT met'} ({ours_cpu_rate:,.0f} rows/s)")
    print(f"({harness.MACHINE_NOTE})")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
