"""The anchor's server for ``bench_match_addresses.py``: the fake ``/v2/adresmatch`` in a process of its own.

    python3 bench/adresmatch_server.py ADDRESSES.json LATENCY_S

Reads the reference addresses (a JSON list of ServiceData address records), serves them on 127.0.0.1 and prints
its URL as the first line of stdout; it stops when stdin closes. Every answer leaves the server after a fixed
``LATENCY_S`` counted from the request's arrival (the service's realistic delay, its own matching included; an
answer whose matching takes longer goes out as soon as it is ready), so the fake's fuzzy matching costs the anchor
what a server's work costs a client — wall time — and never the client process's CPU or GIL.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from sm_tests.fake_server import FakeServer, routes_adresmatch  # noqa: E402
from sm_tests.fake_server.data import ServiceData  # noqa: E402


class FixedLatencyServer(FakeServer):
    """A fake server whose routes answer ``latency`` seconds after the request arrived, their own work included."""

    def __init__(self, latency: float) -> None:
        super().__init__(latency=0.0)
        self.fixed_latency = latency

    def route(self, prefix: str, handler, method: str = "GET") -> None:
        def padded(request):
            started = time.perf_counter()
            answer = handler(request)
            time.sleep(max(0.0, self.fixed_latency - (time.perf_counter() - started)))
            return answer

        super().route(prefix, padded, method)


def main(argv: list[str]) -> int:
    addresses = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    server = FixedLatencyServer(float(argv[1]))
    routes_adresmatch.register(server, ServiceData(addresses=addresses))
    server.start()
    print(server.url, flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
