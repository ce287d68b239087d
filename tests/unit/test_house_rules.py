"""The house plan (/work/shared/ARCHITECTURE.md, README "Design"), measured on the code with ``ast``.

* Functions stay short enough to read: the plugin's longest functions are named with their length when they grow
  past the ceiling. The aim is 60 lines; the functions still longer are listed in ``LONGER_THAN_LIMIT`` with their
  length today, so none of them may grow and no new one may join them (remove an entry when it is split).
* Data flows one way: the domain (everything under ``smart_municipality/`` but ``gui/`` and ``plugin.py``) imports
  nothing from ``processing/`` or ``gui/``; ``sources/`` imports no capability of the domain.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLUGIN_ROOTS = ("smart_municipality", "processing")
LIMIT = 60

#: functions longer than LIMIT today (path:qualified name → lines); they may shrink, never grow
LONGER_THAN_LIMIT = {
}

#: what ``sources/`` may import from the plugin: itself and the shared helpers, never a capability
OWN = "plugin:"
SOURCES_MAY_IMPORT = {"sources", "errors", "i18n", "compat", "common", "resources"}


def _python_files(*roots: str) -> list[Path]:
    return sorted(p for root in roots for p in (REPO / root).rglob("*.py") if "__pycache__" not in p.parts)


def function_lengths(*roots: str, base: Path = REPO) -> dict[str, int]:
    """``path:Class.function`` → number of lines (decorators excluded) of every function under ``roots``."""
    lengths: dict[str, int] = {}

    def visit(node: ast.AST, where: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{prefix}{child.name}"
                lengths[f"{where}:{name}"] = child.end_lineno - child.lineno + 1
                visit(child, where, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, where, f"{prefix}{child.name}.")

    for path in sorted(p for root in roots for p in (base / root).rglob("*.py") if "__pycache__" not in p.parts):
        visit(ast.parse(path.read_text(encoding="utf-8")), path.relative_to(base).as_posix(), "")
    return lengths


def imported_modules(path: Path, base: Path = REPO) -> list[tuple[int, str]]:
    """(line, module) of every import in ``path``; relative ones (the plugin's own: it imports itself only
    relatively) resolved against the repository root and marked ``OWN`` (``plugin:processing.…``), so our
    ``processing/`` is not QGIS's ``processing``."""
    package = list(path.relative_to(base).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [target] if node.module else [f"{target}.{alias.name}" for alias in node.names]
                found += [(node.lineno, OWN + name) for name in names]
            elif node.module:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def test_functions_are_short():
    lengths = function_lengths(*PLUGIN_ROOTS)
    grown = {name: n for name, n in lengths.items() if n > LONGER_THAN_LIMIT.get(name, LIMIT)}
    assert not grown, "functions longer than allowed (split them): " + "; ".join(
        f"{name} {n} lines (allowed {LONGER_THAN_LIMIT.get(name, LIMIT)})" for name, n in sorted(grown.items()))
    gone = [name for name in LONGER_THAN_LIMIT if lengths.get(name, 0) <= LIMIT]
    assert not gone, f"no longer over {LIMIT} lines, remove from LONGER_THAN_LIMIT: {', '.join(gone)}"


def test_the_measure_counts_lines(tmp_path):
    """The ruler itself: a 61-line method is seen as 61 lines, under its class; a nested function on its own."""
    (tmp_path / "pkg").mkdir()
    body = "".join("        x = 1\n" for _ in range(57))
    (tmp_path / "pkg" / "m.py").write_text(f"class A:\n    def f(self):\n        def g():\n            return 1\n"
                                           f"{body}        return x\n", encoding="utf-8")
    assert function_lengths("pkg", base=tmp_path) == {"pkg/m.py:A.f": 61, "pkg/m.py:A.f.g": 2}


def test_imports_are_resolved(tmp_path):
    """The import reader: our relative imports resolve to the repository's modules, QGIS's ``processing`` not."""
    module = tmp_path / "smart_municipality" / "siting" / "m.py"
    module.parent.mkdir(parents=True)
    module.write_text("import processing\nfrom ...processing.algorithms import base\nfrom ..gui import panel\n"
                      "from .. import sources\n", encoding="utf-8")
    assert imported_modules(module, base=tmp_path) == [
        (1, "processing"), (2, OWN + "processing.algorithms"), (3, OWN + "smart_municipality.gui"),
        (4, OWN + "smart_municipality.sources")]


def _domain_files() -> list[Path]:
    return [p for p in _python_files("smart_municipality")
            if p.relative_to(REPO).parts[1] not in ("gui", "plugin.py")]


@pytest.mark.parametrize("forbidden", [OWN + "processing", OWN + "smart_municipality.gui"])
def test_domain_imports_no_processing_or_gui(forbidden):
    offenders = [f"{p.relative_to(REPO).as_posix()}:{line} imports {name}"
                 for p in _domain_files() for line, name in imported_modules(p)
                 if name == forbidden or name.startswith(forbidden + ".")]
    assert not offenders, "the domain imports a layer above it: " + "; ".join(offenders)


def test_sources_import_no_capability():
    offenders = []
    for path in _python_files("smart_municipality/sources"):
        for line, name in imported_modules(path):
            parts = name.removeprefix(OWN).split(".")
            if name.startswith(OWN) and len(parts) > 1 and parts[1] not in SOURCES_MAY_IMPORT:
                offenders.append(f"{path.relative_to(REPO).as_posix()}:{line} imports {name}")
    assert not offenders, "sources/ imports the domain (return plain records instead): " + "; ".join(offenders)
