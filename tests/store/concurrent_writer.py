"""A writer process for the concurrency tests (``test_concurrency.py``); run as a script, never collected.

    python concurrent_writer.py '<json>'   with {"paths": [...], "writer": 0, "rows": 50, "sync": dir,
                                                 "busy_timeout": 30.0, "hold": 0.0, "no_links": false}

For each path (one round each) it says it is ready (``ready-<round>-<writer>``), waits for ``go-<round>`` so that all
writers start together, opens the GeoPackage (creating it when missing) and inserts its own rows in one transaction,
holding the transaction ``hold`` seconds before committing. It prints one JSON line: per round the number of rows it
reports stored, or the sentence it was refused with.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(config: dict) -> list:
    from sm_tests.store.helpers import dossier
    from smart_municipality.smart_municipality.errors import UserError
    from smart_municipality.smart_municipality.store.geopackage import GeoPackageStore
    from smart_municipality.smart_municipality.store.uri import parse_store_uri

    if config.get("no_links"):  # a file system without hard links (FAT, some shares): the lock-directory path
        from smart_municipality.smart_municipality.store import geopackage

        def no_links(*_args):
            raise PermissionError(1, "Operation not permitted")

        geopackage.os.link = no_links
    sync = Path(config["sync"])
    writer = config["writer"]
    results = []
    for number, path in enumerate(config["paths"]):
        rows = [dossier(j, dossier_id=f"W{writer}-R{number}-{j}") for j in range(config["rows"])]
        (sync / f"ready-{number}-{writer}").touch()
        go = sync / f"go-{number}"
        while not go.exists():
            time.sleep(0.001)
        held = sync / f"held-{number}"
        if config.get("hold") and writer != 0:
            # with a hold, writer 0 must be inside its transaction first, whichever process the machine starts first
            while not held.exists():
                time.sleep(0.001)
        try:
            store = GeoPackageStore(parse_store_uri(path), busy_timeout=config["busy_timeout"])
            try:
                with store.transaction(f"writer{writer}"):
                    stored = store.insert_many("vacancy_dossier", rows)
                    if config.get("hold") and writer == 0:
                        held.touch()
                        time.sleep(config["hold"])
            finally:
                store.close()
            results.append({"stored": stored})
        except UserError as error:
            results.append({"error": str(error)})
    return results


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
