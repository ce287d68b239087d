"""The version is written once, in metadata.txt; everything else reads it (smart_municipality/common/version.py)."""

from __future__ import annotations

import ast
import configparser
import re
import subprocess
import sys
from pathlib import Path

from smart_municipality.smart_municipality.common import version

REPO = Path(__file__).resolve().parents[2]


def _metadata_version() -> str:
    # the way QGIS reads it (qgis.utils.findPlugins)
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version")


def test_the_reader_gives_metadata_version():
    assert version.plugin_version() == _metadata_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version.plugin_version())


def test_the_reader_reads_the_file_it_is_given(tmp_path):
    metadata = tmp_path / "metadata.txt"
    metadata.write_text("[general]\nname=X\nversion = 9.8.7\nabout=version=1.2.3 in prose\n", encoding="utf-8")
    assert version.read_version(metadata) == "9.8.7"
    metadata.write_text("[general]\nname=X\n", encoding="utf-8")
    try:
        version.read_version(metadata)
    except ValueError as error:
        assert "version=" in str(error)
    else:
        raise AssertionError("a metadata.txt without a version was accepted")


def test_user_agent_and_store_use_the_metadata_version():
    from smart_municipality.smart_municipality.sources.transport import user_agent
    from smart_municipality.smart_municipality.store import base

    assert user_agent().startswith(f"SmartMunicipality/{_metadata_version()} (QGIS ")
    assert "plugin_version()" in Path(base.__file__).read_text(encoding="utf-8")


def test_no_version_literal_anywhere_else():
    """The current version as a string literal, or any literal assigned to a *version name, outside metadata.txt
    means a second place to forget at the next release."""
    current = _metadata_version()
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                           check=True, capture_output=True).stdout.decode("utf-8").split("\0")
    sources = [REPO / name for name in files if name.endswith(".py") and (REPO / name).is_file()]
    assert len(sources) > 100
    literal = re.compile(r"""["']v?""" + re.escape(current) + r"""["']""")
    offenders = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        if literal.search(text):
            offenders.append(f"{path.relative_to(REPO)}: the literal {current!r}")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Constant) and \
                    isinstance(node.value.value, str) and re.fullmatch(r"\d+\.\d+\.\d+", node.value.value):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if any(name.lower().endswith("version") for name in names):
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {names[0]} = {node.value.value!r}")
    assert offenders == []


def test_the_reader_is_cheap_to_import():
    tree = ast.parse(Path(version.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.level == 0}
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level]
