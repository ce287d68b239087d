"""Update ``i18n/smart_municipality_{nl,fr,en}.ts`` from the code, keeping every existing translation.

    python3 scripts/update_translations.py           # extract, merge, write the .ts files
    python3 scripts/update_translations.py --check   # also exit 1 when an nl or fr translation is missing
    python3 scripts/update_translations.py --export-missing todo.json   # for a translator: fill in nl and fr ...
    python3 scripts/update_translations.py --import todo.json           # ... and merge them back

(``make translations`` runs it and compiles the .qm files with lrelease.)

Our code translates through ``tr(text)`` of ``smart_municipality/i18n.py`` (context ``SmartMunicipality``), which
pylupdate5 does not see: it only knows ``QCoreApplication.translate("ctx", "text")`` and ``self.tr()`` inside Qt
classes. So this script reads the code itself with Python's ``ast`` and finds:

* calls named ``tr`` (``tr("...")``, ``self.tr("...")``) with a literal string, including implicit concatenation
  and ``"a" + "b"``; the context is the ``context=`` argument when given, the enclosing class for ``self.tr``, else
  ``SmartMunicipality``;
* ``QCoreApplication.translate("ctx", "text")`` calls;
* ``tr_noop("text")`` (``smart_municipality/i18n.py``) and ``QT_TRANSLATE_NOOP("ctx", "text")``: literals that are
  defined in one place (a table of titles) and translated with ``tr(value)`` where they are shown; a ``tr(value)``
  is listed as a note so such literals are not forgotten;
* string class attributes ``DISPLAY_NAME``, ``GROUP`` and ``HELP`` (our Processing algorithms translate them with
  ``tr()`` at run time);
* ``<string>`` elements of Qt Designer ``.ui`` files (context: the form's class), if there are any.

The .ts files are merged, never rebuilt from scratch: a message keeps its translation and its state; new messages
get an empty unfinished translation in nl and fr and the English source in en; messages that left the code are
dropped (like ``lupdate -noobsolete``). Running it twice changes nothing. A ``tr(f"...")`` cannot be translated and
is reported as an error.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "i18n"
SOURCE_DIRS = ("smart_municipality", "processing")
ROOT_FILES = ("__init__.py",)
DEFAULT_CONTEXT = "SmartMunicipality"
TRANSLATED_CLASS_ATTRIBUTES = frozenset({"DISPLAY_NAME", "GROUP", "HELP"})
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
SOURCE_LANGUAGE = "en"


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Extraction:
    messages: dict[tuple[str, str], Message] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    dynamic: list[str] = field(default_factory=list)  # tr(variable): translated only if marked with tr_noop()

    def add(self, context: str, source: str, path: str, line: int) -> None:
        if not source.strip():
            return
        message = self.messages.setdefault((context, source), Message(context, source))
        message.locations.append((path, line))


def _literal(node: ast.AST | None) -> str | None:
    """The string value of a literal (implicit concatenation is one constant already; ``"a" + "b"`` is folded)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


_MARKERS = frozenset({"tr", "tr_noop", "QT_TRANSLATE_NOOP", "translate"})


def _call_name(node: ast.AST) -> str:
    function = node.func if isinstance(node, ast.Call) else None
    return function.id if isinstance(function, ast.Name) else (
        function.attr if isinstance(function, ast.Attribute) else "")


def _unmarked_constants(tree: ast.Module) -> dict[str, int]:
    """Module-level names bound to a value holding string literals none of which is marked for translation (no
    ``tr_noop()`` or ``tr()`` inside): ``tr(NAME)``, ``tr(NAME[key])`` of such a name is a string the extractor
    never sees. Name → line."""
    found = {}
    for statement in tree.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else (
            [statement.target] if isinstance(statement, ast.AnnAssign) and statement.value is not None else [])
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if not names:
            continue
        nodes = list(ast.walk(statement.value))
        # keys, comparisons and subscripts hold codes, not texts
        codes = {id(c) for n in nodes for part in (
            n.keys if isinstance(n, ast.Dict) else [n] if isinstance(n, ast.Compare) else
            [n.slice] if isinstance(n, ast.Subscript) else []) if part is not None for c in ast.walk(part)}
        has_text = any(isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.strip()
                       and id(n) not in codes for n in nodes)
        marked = any(_call_name(n) in _MARKERS for n in nodes)
        if has_text and not marked:
            found.update({name: statement.lineno for name in names})
    return found


def _value_nodes(expression: ast.AST) -> list[ast.AST]:
    """The nodes a value may come from: like ``ast.walk``, but a subscript's index is a key, not a source."""
    nodes, todo = [], [expression]
    while todo:
        node = todo.pop()
        nodes.append(node)
        todo += [node.value] if isinstance(node, ast.Subscript) else list(ast.iter_child_nodes(node))
    return nodes


def _bindings(scope: ast.AST) -> dict[str, list[ast.AST]]:
    """Local name → the expressions it is bound from in ``scope`` (assignments, ``for`` loops, comprehensions)."""
    bound: dict[str, list[ast.AST]] = {}

    def bind(target: ast.AST, value: ast.AST) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                bound.setdefault(node.id, []).append(value)
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                bind(target, node.value)
        elif isinstance(node, (ast.AnnAssign, ast.NamedExpr)) and node.value is not None:
            bind(node.target, node.value)
        elif isinstance(node, (ast.For, ast.comprehension)):
            bind(node.target, node.iter)
    return bound


class _Finder(ast.NodeVisitor):
    def __init__(self, extraction: Extraction, path: str, tree: ast.Module | None = None) -> None:
        self.extraction = extraction
        self.path = path
        self.classes: list[str] = []
        self.unmarked = _unmarked_constants(tree) if tree is not None else {}
        self.scopes: list[ast.AST] = [tree] if tree is not None else []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        self.scopes.append(node)
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815 - ast API

    def _unmarked_source(self, argument: ast.AST) -> str | None:
        """The module-level constant with unmarked literals that ``argument`` is read from, if any: followed through
        the local assignments and loops of the enclosing function."""
        if not self.unmarked:
            return None
        bound = _bindings(self.scopes[-1]) if len(self.scopes) > 1 else {}
        seen: set[str] = set()
        todo = [argument]
        while todo:
            for node in _value_nodes(todo.pop()):
                if not isinstance(node, ast.Name) or node.id in seen:
                    continue
                seen.add(node.id)
                if node.id in bound:
                    todo += bound[node.id]
                elif node.id in self.unmarked:
                    return node.id
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        for statement in node.body:
            targets = statement.targets if isinstance(statement, ast.Assign) else (
                [statement.target] if isinstance(statement, ast.AnnAssign) else [])
            value = _literal(getattr(statement, "value", None))
            for target in targets:
                if isinstance(target, ast.Name) and target.id in TRANSLATED_CLASS_ATTRIBUTES and value:
                    self.extraction.add(DEFAULT_CONTEXT, value, self.path, statement.lineno)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        function = node.func
        name = function.id if isinstance(function, ast.Name) else (
            function.attr if isinstance(function, ast.Attribute) else "")
        if name == "tr" and node.args:
            self._tr(node, function)
        elif name == "tr_noop" and node.args and _literal(node.args[0]) is not None:
            self.extraction.add(DEFAULT_CONTEXT, _literal(node.args[0]), self.path, node.lineno)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and source is not None:
                self.extraction.add(context, source, self.path, node.lineno)
        self.generic_visit(node)

    def _tr(self, node: ast.Call, function: ast.AST) -> None:
        argument = node.args[0]
        source = _literal(argument)
        if source is None:
            if isinstance(argument, ast.JoinedStr):
                self.extraction.problems.append(
                    f"{self.path}:{node.lineno}: tr() of an f-string cannot be translated; use tr('... {{name}}')"
                    ".format(name=...)")
            elif not (isinstance(argument, ast.Attribute) and argument.attr in TRANSLATED_CLASS_ATTRIBUTES):
                constant = self._unmarked_source(argument)
                if constant is not None:
                    self.extraction.problems.append(
                        f"{self.path}:{node.lineno}: tr({ast.unparse(argument)}) translates a value of {constant} "
                        f"(line {self.unmarked[constant]}), whose strings are never extracted; mark them with "
                        "tr_noop('...') where they are written")
                self.extraction.dynamic.append(f"{self.path}:{node.lineno}: tr({ast.unparse(argument)})")
            return  # a value: its literal must be marked with tr_noop() where it is defined
        context = DEFAULT_CONTEXT
        explicit = node.args[1] if len(node.args) > 1 else next(
            (k.value for k in node.keywords if k.arg in ("context", "disambiguation")), None)
        if explicit is not None and _literal(explicit) is not None:
            context = _literal(explicit)
        elif (isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name)
              and function.value.id == "self" and self.classes):
            context = self.classes[-1]  # QObject.tr() translates in the context of the class
        self.extraction.add(context, source, self.path, node.lineno)


def source_files(root: Path = REPO) -> list[Path]:
    files = [root / name for name in ROOT_FILES if (root / name).exists()]
    for folder in SOURCE_DIRS:
        files += sorted(p for p in (root / folder).rglob("*") if p.suffix in (".py", ".ui") and p.is_file()
                        and "__pycache__" not in p.parts)
    return files


def extract(root: Path = REPO) -> Extraction:
    """Every translatable message of the code under ``root``."""
    extraction = Extraction()
    for path in source_files(root):
        relative = path.relative_to(root).as_posix()
        if path.suffix == ".py":
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
            _Finder(extraction, relative, tree).visit(tree)
        else:
            form = ET.parse(path).getroot()
            context = form.findtext("class") or path.stem
            for element in form.iter("string"):
                if element.get("notr") != "true" and element.text:
                    extraction.add(context, element.text, relative, 0)
    return extraction


# ---- .ts files ---------------------------------------------------------------------------------------------------
@dataclass
class Translation:
    text: str
    finished: bool


def ts_path(language: str) -> Path:
    return I18N / f"smart_municipality_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], Translation]:
    if not path.exists():
        return {}
    translations = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None:
                continue
            state = element.get("type", "")
            translations[(name, message.findtext("source") or "")] = Translation(
                element.text or "", state not in ("unfinished", "obsolete", "vanished"))
    return translations


def merge(language: str, messages: dict[tuple[str, str], Message],
          existing: dict[tuple[str, str], Translation]) -> dict[tuple[str, str], Translation]:
    merged = {}
    for key, message in messages.items():
        old = existing.get(key)
        if language == SOURCE_LANGUAGE:
            merged[key] = old if old and old.finished and old.text else Translation(message.source, True)
        elif old is not None and old.text:
            merged[key] = old
        else:
            merged[key] = Translation("", False)
    return merged


def write_ts(path: Path, language: str, messages: dict[tuple[str, str], Message],
             translations: dict[tuple[str, str], Translation]) -> bool:
    """Write the .ts file; returns whether its content changed."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    for context_name in sorted({context for context, _ in messages}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        entries = sorted((m for (c, _), m in messages.items() if c == context_name), key=lambda m: m.locations[0])
        for message in entries:
            element = ET.SubElement(context, "message")
            for filename, line in message.locations:
                ET.SubElement(element, "location", filename=f"../{filename}", line=str(line))
            ET.SubElement(element, "source").text = message.source
            translation = translations[(context_name, message.source)]
            target = ET.SubElement(element, "translation")
            target.text = translation.text
            if not translation.finished:
                target.set("type", "unfinished")
    ET.indent(root, space="    ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def missing(language: str) -> list[tuple[str, str]]:
    """(context, source) of the code's messages without a finished translation in ``language``'s .ts file."""
    existing = read_ts(ts_path(language))
    return [key for key in extract().messages
            if not (existing.get(key) and existing[key].finished and existing[key].text)]


def export_missing(path: Path) -> int:
    """Write the messages still missing an nl or fr translation as a JSON list for a translator; returns the count."""
    current = {language: read_ts(ts_path(language)) for language in ("nl", "fr")}
    rows = []
    for key in extract().messages:
        done = {lang: current[lang].get(key) for lang in current}
        if all(t and t.finished and t.text for t in done.values()):
            continue
        rows.append({"context": key[0], "source": key[1],
                     **{lang: (t.text if t else "") for lang, t in done.items()}})
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(rows)


def import_translations(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """Translations from a JSON list like the one :func:`export_missing` writes (non-empty values are finished)."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {(row.get("context") or DEFAULT_CONTEXT, row["source"]): {lang: row.get(lang) or "" for lang in ("nl", "fr")}
            for row in rows}


def update(imported: dict[tuple[str, str], dict[str, str]] | None = None) -> tuple[Extraction, dict[str, int]]:
    extraction = extract()
    unfinished = {}
    for language in LANGUAGES:
        path = ts_path(language)
        existing = read_ts(path)
        for key, texts in (imported or {}).items():
            if texts.get(language):
                existing[key] = Translation(texts[language], True)
        translations = merge(language, extraction.messages, existing)
        write_ts(path, language, extraction.messages, translations)
        unfinished[language] = sum(not t.finished for t in translations.values())
    return extraction, unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when an nl or fr translation is missing")
    parser.add_argument("--export-missing", type=Path, metavar="JSON",
                        help="write the messages without a finished nl or fr translation to this file")
    parser.add_argument("--import", dest="import_", type=Path, metavar="JSON",
                        help="merge translations from such a file (context, source, nl, fr) into the .ts files")
    args = parser.parse_args(argv)
    extraction, unfinished = update(import_translations(args.import_) if args.import_ else None)
    if args.export_missing:
        print(f"{export_missing(args.export_missing)} messages to translate in {args.export_missing}")
    for problem in extraction.problems:
        print(f"error: {problem}", file=sys.stderr)
    for call in extraction.dynamic:
        print(f"note: {call} translates a value; mark its literal with tr_noop() where it is defined")
    print(f"{len(extraction.messages)} messages; unfinished: "
          + ", ".join(f"{language} {count}" for language, count in unfinished.items()))
    if args.check:
        for language in ("nl", "fr"):
            for context, source in missing(language):
                print(f"missing {language}: [{context}] {source!r}", file=sys.stderr)
    failed = extraction.problems or (args.check and (unfinished["nl"] or unfinished["fr"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
