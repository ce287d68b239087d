#!/usr/bin/env bash
# `make test-matrix`: `make test` and `make demo` in a Debian chroot per suite, then one line of counts per suite.
#
#   scripts/matrix/test_matrix.sh "<suites>" <package>...
#
# Each suite gets its own venv (.venv-<suite>), build folder (build/matrix/<suite>) and log
# (build/matrix/<suite>/test.log, demo.log), so the host's .venv and build/demo are never touched.
# Exits non-zero when a suite's tests or demo fail.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
suites=$1
shift
status=0
summary=()
# Debian's shapely 2 says its __version__ is "0+unknown"; the distribution metadata knows better.
VERSIONS='
import sys, importlib.metadata as m, qgis.core, numpy, pandas
from osgeo import gdal
qgis_version, shapely_version = qgis.core.Qgis.QGIS_VERSION.partition("-")[0], m.version("shapely")
print(f"QGIS {qgis_version}, Python {sys.version.split()[0]}, numpy {numpy.__version__}, "
      f"shapely {shapely_version}, pandas {pandas.__version__}, GDAL {gdal.__version__}")'


for suite in $suites; do
    out="$repo/build/matrix/$suite"
    mkdir -p "$out"
    started=$SECONDS
    if ! "$here/chroot.sh" build "$suite" "$@" >"$out/build.log" 2>&1; then
        tail -n 20 "$out/build.log"
        summary+=("$suite: the chroot could not be built (see build/matrix/$suite/build.log)")
        status=1
        continue
    fi
    built=$((SECONDS - started))
    grep -h "was built in" "$out/build.log" || true
    versions=$("$here/chroot.sh" run "$suite" "$@" -- /usr/bin/python3 -c "$VERSIONS" 2>/dev/null | tail -n 1)
    echo "=== $suite: $versions ==="
    # The chroot has exactly the packages given here; make setup checks for those (not the host's list).
    make_args=(VENV=".venv-$suite" BUILD="build/matrix/$suite" APT_PACKAGES="$*")
    started=$SECONDS
    "$here/chroot.sh" run "$suite" "$@" -- make test "${make_args[@]}" 2>&1 | tee "$out/test.log"
    test_rc=${PIPESTATUS[0]}
    test_time=$((SECONDS - started))
    counts=$(grep -E '^(=+ )?[0-9]+ (passed|failed|errors?|skipped)\b.* in [0-9.]+s' "$out/test.log" | tail -n 1 \
             | sed -E 's/^=+ //; s/ =+$//')
    started=$SECONDS
    "$here/chroot.sh" run "$suite" "$@" -- make demo "${make_args[@]}" >"$out/demo.log" 2>&1
    demo_rc=$?
    demo_time=$((SECONDS - started))
    tail -n 5 "$out/demo.log"
    demo="demo ok (${demo_time} s, build/matrix/$suite/demo)"
    [ "$demo_rc" = 0 ] || demo="demo FAILED (exit $demo_rc, see build/matrix/$suite/demo.log)"
    [ "$test_rc" = 0 ] && [ "$demo_rc" = 0 ] || status=1
    summary+=("$suite ($versions): tests ${counts:-did not run (exit $test_rc, see build/matrix/$suite/test.log)}, exit $test_rc, ${test_time} s; $demo; chroot ready in ${built} s")
done

echo
echo "==== version matrix ===="
printf '%s\n' "${summary[@]}"
exit $status
