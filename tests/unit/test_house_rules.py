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
SOURCES_MAY_IMPORT = {"sources", "errors", "i18n", "compat", "common", "resources"}


def _python_files(*roots: str) -> list[Path]:
    return sorted(p for root in roots for p in (REPO / root).rglob("*.py") if "__pycache__" not in p.parts)


def function_lengths(*roots: str) -> dict[str, int]:
    """``path:Class.function`` → number of lines (decorators excluded) of every function under ``roots``."""
    lengths: dict[str, int] = {}
    for path in _python_files(*roots):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, prefix: str) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    name = f"{prefix}{child.name}"
                    lengths[f"{path.relative_to(REPO).as_posix()}:{name}"] = child.end_lineno - child.lineno + 1
                    visit(child, f"{name}.")
                elif isinstance(child, ast.ClassDef):
                    visit(child, f"{prefix}{child.name}.")

        visit(tree, "")
    return lengths


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, absolute dotted module) of every import in ``path``, relative ones resolved against the repository
    root (so the plugin's own modules read ``smart_municipality.…`` and ``processing.…``)."""
    package = list(path.relative_to(REPO).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [target] if node.module else [f"{target}.{alias.name}" for alias in node.names]
                found += [(node.lineno, name) for name in names]
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


def test_the_measure_counts_lines(tmp_path, monkeypatch):
    """The ruler itself: a 61-line function is seen as 61 lines, methods by their class."""
    folder = tmp_path / "pkg"
    folder.mkdir()
    body = "\n".join("    x = 1" for _ in range(59))
    (folder / "m.py").write_text(f"class A:\n    def f(self):\n    {body.replace(chr(10), chr(10) + '    ')}\n"
                                 f"        return x\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "REPO", tmp_path, raising=False)
    globals()["REPO"], saved = tmp_path, REPO
    try:
        assert function_lengths("pkg") == {"pkg/m.py:A.f": 61}
    finally:
        globals()["REPO"] = saved


def _domain_files() -> list[Path]:
    return [p for p in _python_files("smart_municipality")
            if p.relative_to(REPO).parts[1] not in ("gui", "plugin.py")]


@pytest.mark.parametrize("forbidden", ["processing", "smart_municipality.gui"])
def test_domain_imports_no_processing_or_gui(forbidden):
    offenders = [f"{p.relative_to(REPO).as_posix()}:{line} imports {name}"
                 for p in _domain_files() for line, name in imported_modules(p)
                 if name == forbidden or name.startswith(forbidden + ".")]
    assert not offenders, "the domain imports a layer above it: " + "; ".join(offenders)


def test_sources_import_no_capability():
    offenders = []
    for path in _python_files("smart_municipality/sources"):
        for line, name in imported_modules(path):
            parts = name.split(".")
            if parts[0] == "smart_municipality" and len(parts) > 1 and parts[1] not in SOURCES_MAY_IMPORT:
                offenders.append(f"{path.relative_to(REPO).as_posix()}:{line} imports {name}")
    assert not offenders, "sources/ imports the domain (return plain records instead): " + "; ".join(offenders)
