"""Read the tables people export from spreadsheets: CSV and XLSX, in the encodings Belgian software writes.

Generic on purpose (address lists, vacancy registers, sensor exports all arrive this way): the result is a
:class:`Table` of text cells, and every problem that would make the result wrong is an :class:`InputError` with one
sentence that names the problem and where it is, instead of a half-read table.

* Encoding: a BOM (UTF-8, UTF-16) decides; else strict UTF-8; else Windows-1252 (Excel's "CSV" on Belgian Windows).
  A file that holds valid UTF-8 *and* bytes that are not UTF-8 mixes two encodings and is refused, because
  guessing per line would silently change letters.
* Delimiter: ``;``, ``,``, tab or ``|``, whichever gives the header and the rows the same number of fields; Excel's
  ``sep=;`` first line is honoured. A file with one column needs no delimiter.
* XLSX (openpyxl, read-only): the values Excel shows (a formula's cached result); a formula without a stored
  result is reported as a formula cell. A workbook with several filled sheets needs the sheet named.
* Headers: blank header cells become ``column_N``; two columns with the same name are refused.
* :func:`propose_columns` maps roles (street, postcode, ...) to headers from lists of synonyms in any language.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..i18n import tr
from .optional import require

CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (";", ",", "\t", "|")
DEFAULT_MAX_CELL_CHARS = 100_000
_SNIFF_LINES = 200
_SINGLE_COLUMN = "\x1f"  # a delimiter no text contains: the csv module still handles quotes
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass
class Table:
    """A rectangular table of text cells ("" = empty), with where it came from for messages."""

    columns: list[str]
    rows: list[list[str]]
    source: str
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    #: for each data row, where it is in the source: a file line (CSV) or a sheet row (XLSX), 1-based
    row_numbers: list[int] = field(default_factory=list)
    #: column index → (row index, cell text) of the first cell that holds a spreadsheet formula instead of a value
    formula_cells: dict[int, tuple[int, str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def index(self, column: str) -> int:
        try:
            return self.columns.index(column)
        except ValueError:
            raise InputError(
                tr("The column '{column}' is not in {source}; its columns are: {columns}.").format(
                    column=column, source=self.source, columns=", ".join(self.columns))
            ) from None

    def column(self, name: str) -> list[str]:
        i = self.index(name)
        return [row[i] for row in self.rows]

    def where(self, row: int, column: int | None = None) -> str:
        """``line 12`` / ``row 12`` (and the column) for messages."""
        number = self.row_numbers[row] if row < len(self.row_numbers) else row + 2
        place = (tr("row {n}") if self.sheet else tr("line {n}")).format(n=number)
        if column is not None:
            place = tr("{place}, column '{column}'").format(place=place, column=self.columns[column])
        return place


# -- public entry points ------------------------------------------------------------------------------------------
def read_table(path: str | Path, sheet: str | None = None, max_cell_chars: int = DEFAULT_MAX_CELL_CHARS) -> Table:
    """Read a CSV/TXT/TSV or XLSX file into a :class:`Table`, or raise :class:`InputError` with one sentence."""
    file = Path(path)
    if not file.is_file():
        raise InputError(tr("The file {name} does not exist.").format(name=str(file)))
    suffix = file.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(file, sheet, max_cell_chars)
    if suffix in (".xls", ".ods"):
        raise InputError(tr("{name} is an old Excel (.xls) or OpenDocument (.ods) file; save it as .xlsx or CSV and "
                            "try again.").format(name=file.name))
    data = file.read_bytes()
    if data[:4] == b"PK\x03\x04":  # an XLSX renamed to .csv
        return read_xlsx(file, sheet, max_cell_chars)
    return read_csv_bytes(data, file.name, max_cell_chars)


def sheet_names(path: str | Path) -> list[str]:
    """Sheets of an XLSX file that hold at least one value (empty list for other files)."""
    file = Path(path)
    if file.suffix.lower() not in XLSX_SUFFIXES:
        return []
    workbook = _open_workbook(file, data_only=True)
    try:
        return [ws.title for ws in workbook.worksheets if _sheet_has_values(ws)]
    finally:
        workbook.close()


def read_csv_bytes(data: bytes, source: str, max_cell_chars: int = DEFAULT_MAX_CELL_CHARS) -> Table:
    text, encoding = decode_text(data, source)
    lines_offset = 0
    first_line = text.split("\n", 1)[0].strip().strip('"').lower()
    delimiter = ""
    if first_line.startswith("sep=") and len(first_line) >= 5:  # Excel's delimiter hint
        delimiter = first_line[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        lines_offset = 1
    if not text.strip():
        raise InputError(tr("{source} is empty.").format(source=source))
    delimiter = delimiter or sniff_delimiter(text)
    records = _parse_csv(text, delimiter, source, max_cell_chars)
    records = [(line + lines_offset, cells) for line, cells in records]
    table = _table_from_records(records, source, max_cell_chars, sheet="")
    table.encoding = encoding
    table.delimiter = "" if delimiter == _SINGLE_COLUMN else delimiter
    for c, column in enumerate(zip(*table.rows) if table.rows else ()):
        for r, value in enumerate(column):
            if is_formula(value):
                table.formula_cells[c] = (r, value)
                break
    return table


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with (see the module doc for the rules)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _newlines(data.decode(name)), name
            except UnicodeDecodeError as exc:
                raise _mixed_error(data, exc.start, source) from exc
    if b"\x00" in data[:4096]:
        raise InputError(tr("{source} is not a text file (it holds binary data); export the table as CSV or XLSX and "
                            "try again.").format(source=source))
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            raise _mixed_error(data, exc.start, source) from exc
    try:
        return _newlines(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: Latin-1 maps every byte
        return _newlines(data.decode("latin-1")), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the header and the first rows one and the same number of fields (> 1)."""
    sample = "\n".join(text.split("\n", _SNIFF_LINES + 1)[:_SNIFF_LINES])
    best, best_key = _SINGLE_COLUMN, (0.0, 0)
    for delimiter in DELIMITERS:
        if delimiter not in sample:
            continue
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        body = counts[1:-1] if len(counts) > 2 else counts[1:]  # the last sample line may be cut
        agreement = sum(1 for n in body if n == counts[0]) / len(body) if body else 1.0
        key = (agreement, counts[0])
        if key > best_key:
            best, best_key = delimiter, key
    if best_key[0] < 0.5:
        return _SINGLE_COLUMN
    return best


def is_formula(value: str) -> bool:
    """A cell that holds a spreadsheet formula (``=HYPERLINK(...)``, ``=A1&" "&B1``) rather than a value."""
    return len(value) > 1 and value[0] == "=" and value[1] not in "= "


def fold_header(name: str) -> str:
    """``"Huisnr."`` → ``"huisnr"``; ``"Code postal"`` → ``"code postal"``; ``"N°"`` → ``"no"``."""
    decomposed = unicodedata.normalize("NFKD", (name or "").replace("°", "o").replace("º", "o"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


def propose_columns(columns: Iterable[str], synonyms: dict[str, Iterable[str]]) -> dict[str, str]:
    """Map each role of ``synonyms`` (role → header names in any language) to at most one of ``columns``.

    A header equal to a synonym (after :func:`fold_header`, spaces ignored) wins over one that merely starts or ends
    with a synonym word; each column serves one role; roles come in the order given, so list the specific ones
    (``boxnumber``) before the general ones (``housenumber``) when their synonyms overlap.
    """
    columns = list(columns)
    folded = [fold_header(c) for c in columns]
    compact = [f.replace(" ", "") for f in folded]
    taken: set[int] = set()
    proposal: dict[str, str] = {}
    for rank in (0, 1):
        for role, names in synonyms.items():
            if role in proposal:
                continue
            wanted = [fold_header(n) for n in names]
            for i, (f, c) in enumerate(zip(folded, compact)):
                if i in taken:
                    continue
                if rank == 0:
                    hit = any(c == w.replace(" ", "") for w in wanted)
                else:
                    words = f.split(" ")
                    hit = any(len(w) > 2 and (words[0] == w or words[-1] == w or f.startswith(w + " "))
                              for w in wanted if " " not in w) or any(" " in w and w in f for w in wanted)
                if hit:
                    proposal[role] = columns[i]
                    taken.add(i)
                    break
    return proposal


# -- CSV internals -------------------------------------------------------------------------------------------------
def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _mixed_error(data: bytes, position: int, source: str) -> InputError:
    line = data[:position].count(b"\n") + 1
    return InputError(tr("{source} mixes two text encodings (UTF-8 and another, from line {line} on); save the whole "
                         "file again as UTF-8 and try again.").format(source=source, line=line))


def _parse_csv(text: str, delimiter: str, source: str, max_cell_chars: int) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise _big_cell_error(source, tr("line {n}").format(n=start), max_cell_chars) from exc
        raise InputError(tr("{source} cannot be read as a table at line {line} ({problem}); check the quotes and "
                            "save the file again.").format(source=source, line=start, problem=str(exc))) from exc
    return records


def _big_cell_error(source: str, place: str, max_cell_chars: int) -> InputError:
    return InputError(tr("{source} has a cell of more than {limit} characters at {place}; an unclosed quote (\") "
                         "probably swallowed the lines after it: correct the file and try again.").format(
        source=source, limit=f"{max_cell_chars:,}", place=place))


def _table_from_records(records: list[tuple[int, list[str]]], source: str, max_cell_chars: int,
                        sheet: str) -> Table:
    records = [(n, [c.strip() for c in cells]) for n, cells in records]
    records = [(n, cells) for n, cells in records if any(cells)]
    if not records:
        raise InputError(tr("{source} is empty.").format(source=source))
    header = records[0][1]
    data = records[1:]
    width = max([len(header)] + [len(cells) for _, cells in data])
    used = [any(i < len(cells) and cells[i] for _, cells in records) for i in range(width)]
    while width and not used[width - 1]:  # trailing delimiters / empty Excel columns
        width -= 1
    if len(header) < width:
        overflow = next(n for n, cells in data if any(cells[len(header):width]))
        place = (tr("row {n}") if sheet else tr("line {n}")).format(n=overflow)
        raise InputError(tr("{source} has more values at {place} than column names in its header; a value probably "
                            "contains the separator without quotes, or a column name is missing.").format(
            source=source, place=place))
    columns = [name or f"column_{i + 1}" for i, name in enumerate(header[:width])]
    seen: dict[str, int] = {}
    for i, name in enumerate(columns):
        key = name.casefold()
        if key in seen:
            raise InputError(tr("{source} has two columns named '{name}' (columns {first} and {second}); rename one "
                                "and try again.").format(source=source, name=name, first=seen[key] + 1, second=i + 1))
        seen[key] = i
    if not data:
        raise InputError(tr("{source} has column names but no rows.").format(source=source))
    rows: list[list[str]] = []
    numbers: list[int] = []
    for n, cells in data:
        row = cells[:width] + [""] * (width - len(cells))
        for i, value in enumerate(row):
            if len(value) > max_cell_chars:
                place = (tr("row {n}") if sheet else tr("line {n}")).format(n=n)
                raise _big_cell_error(source, tr("{place}, column '{column}'").format(place=place, column=columns[i]),
                                      max_cell_chars)
        rows.append(row)
        numbers.append(n)
    return Table(columns, rows, source, sheet=sheet, row_numbers=numbers)


# -- XLSX internals ------------------------------------------------------------------------------------------------
def _open_workbook(file: Path, data_only: bool):
    openpyxl = require("openpyxl", tr("Reading Excel files"), tr("save the sheet as CSV"))
    try:
        return openpyxl.load_workbook(str(file), read_only=True, data_only=data_only)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(tr("{name} is not a readable Excel workbook; open it in Excel or LibreOffice, save it as "
                            ".xlsx again and try again.").format(name=file.name)) from exc


def _sheet_has_values(ws) -> bool:
    for row in ws.iter_rows(values_only=True):
        if any(v is not None and str(v).strip() for v in row):
            return True
    return False


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _has_formulas(file: Path) -> bool:
    try:
        with zipfile.ZipFile(file) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    xml = archive.read(name)
                    if b"<f>" in xml or b"<f " in xml or b":f>" in xml or b":f " in xml:
                        return True
    except (zipfile.BadZipFile, OSError):
        return False
    return False


def read_xlsx(file: Path, sheet: str | None, max_cell_chars: int = DEFAULT_MAX_CELL_CHARS) -> Table:
    workbook = _open_workbook(file, data_only=True)
    try:
        names = [ws.title for ws in workbook.worksheets]
        if sheet:
            if sheet not in names:
                raise InputError(tr("{name} has no sheet '{sheet}'; its sheets are: {sheets}.").format(
                    name=file.name, sheet=sheet, sheets=", ".join(names)))
            chosen = sheet
        else:
            filled = [ws.title for ws in workbook.worksheets if _sheet_has_values(ws)]
            if not filled:
                raise InputError(tr("{source} is empty.").format(source=file.name))
            if len(filled) > 1:
                raise InputError(tr("{name} has several sheets with data ({sheets}); choose the sheet to read.")
                                 .format(name=file.name, sheets=", ".join(filled)))
            chosen = filled[0]
        values = [[_cell_text(v) for v in row] for row in workbook[chosen].iter_rows(values_only=True)]
    finally:
        workbook.close()
    formulas: dict[tuple[int, int], str] = {}
    if _has_formulas(file):
        raw_book = _open_workbook(file, data_only=False)
        try:
            for r, row in enumerate(raw_book[chosen].iter_rows(values_only=True)):
                for c, v in enumerate(row):
                    if isinstance(v, str) and v.startswith("=") and r < len(values) and c < len(values[r]) \
                            and values[r][c] == "":
                        formulas[(r, c)] = v  # a formula Excel never computed: no value to read
        finally:
            raw_book.close()
        for (r, c), text in formulas.items():
            values[r][c] = text
    records = [(r + 1, row) for r, row in enumerate(values)]
    table = _table_from_records(records, file.name, max_cell_chars, sheet=chosen)
    first_row = {n: i for i, n in enumerate(table.row_numbers)}
    for (r, c), text in sorted(formulas.items()):
        if r + 1 in first_row and c < len(table.columns) and c not in table.formula_cells:
            table.formula_cells[c] = (first_row[r + 1], text)
    for c, column in enumerate(zip(*table.rows)):
        if c not in table.formula_cells:
            for r, value in enumerate(column):
                if is_formula(value):
                    table.formula_cells[c] = (r, value)
                    break
    return table
