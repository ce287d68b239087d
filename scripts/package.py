"""Build the installable plugin zip: ``build/smart_municipality-<version>.zip`` (``make package`` runs this).

    python3 scripts/package.py [--output build]

The zip holds one top folder ``smart_municipality/`` with the plugin's files as git knows them (tracked files plus
untracked files that are not ignored, so a fresh checkout and a working tree give the same zip): the root
``__init__.py``, ``metadata.txt``, ``LICENSE``, ``README.md``, ``smart_municipality/``, ``processing/``,
``resources/`` and ``i18n/``, plus the ``.qm`` translations compiled fresh from the ``.ts`` files with lrelease.
Never tests, benchmarks, scripts, CI files or byte code.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN = "smart_municipality"
INCLUDE = ("__init__.py", "metadata.txt", "LICENSE", "README.md", "smart_municipality", "processing", "resources",
           "i18n")
EXCLUDED_PARTS = frozenset({"tests", "bench", "scripts", ".ci", "__pycache__", ".git"})
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".qm")  # .qm files are compiled fresh below


def version(repo: Path = REPO) -> str:
    """``version=`` of ``metadata.txt``, read by the plugin's own reader (loaded by path: the repository root is
    never put on ``sys.path``)."""
    spec = importlib.util.spec_from_file_location("sm_version", REPO / "smart_municipality" / "common" / "version.py")
    reader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reader)
    try:
        return reader.read_version(repo / "metadata.txt")
    except ValueError as error:
        raise SystemExit(str(error)) from error


def plugin_files(repo: Path = REPO) -> list[str]:
    """Repository-relative paths of the files that go into the zip, sorted."""
    listed = set()
    for extra in ([], ["--others", "--exclude-standard"]):
        output = subprocess.run(["git", "ls-files", "-z", *extra, "--", *INCLUDE], cwd=repo, check=True,
                                capture_output=True).stdout
        listed.update(name for name in output.decode("utf-8").split("\0") if name)
    return sorted(name for name in listed
                  if (repo / name).is_file() and not EXCLUDED_PARTS.intersection(Path(name).parts[:-1])
                  and not name.endswith(EXCLUDED_SUFFIXES))


def compile_translations(target: Path, repo: Path = REPO) -> list[Path]:
    """``.qm`` files for every ``i18n/*.ts``, written into ``target``."""
    sources = sorted((repo / "i18n").glob("*.ts"))
    if not sources:
        return []
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        raise SystemExit("lrelease is missing (Debian package qttools5-dev-tools); run `make setup`")
    compiled = []
    for source in sources:
        qm = target / source.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def build_package(output_dir: Path | str = REPO / "build", repo: Path = REPO) -> Path:
    """Write ``<output_dir>/smart_municipality-<version>.zip`` and return its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    archive = output_dir / f"{PLUGIN}-{version(repo)}.zip"
    partial = archive.with_suffix(".zip.part")
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in plugin_files(repo):
            zf.write(repo / name, f"{PLUGIN}/{name}")
        for qm in compile_translations(Path(tmp), repo):
            zf.write(qm, f"{PLUGIN}/i18n/{qm.name}")
    partial.replace(archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "build", help="folder for the zip (default: build)")
    args = parser.parse_args(argv)
    archive = build_package(args.output)
    with zipfile.ZipFile(archive) as zf:
        count = len(zf.namelist())
    print(f"Wrote {archive} ({count} files, {archive.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
