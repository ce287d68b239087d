"""The one way the plugin writes HTML: every text escaped, tables and pages built here, never by f-string elsewhere.

    page = html_page(tr("Gateway placement"), [(tr("Sites in order"), html_table(header, rows)), ...])
    write_html(path, page)

A section's content is HTML made by these functions (or :func:`svg`, a chart that matplotlib drew); plain text
goes through :func:`escape` or :func:`paragraph`.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

STYLE = ("body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
         "td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}th{background:#eee}")


def escape(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def cell_text(value: Any) -> str:
    """A table cell: floats to four significant digits (whole numbers from 10,000), everything escaped."""
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"
    return escape(value)


def html_table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell_text(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def svg(markup: str) -> str:
    """An SVG drawing made by matplotlib (``savefig(format="svg")``), without its XML prologue, for inline use."""
    start = markup.find("<svg")
    return markup[start:] if start >= 0 else ""


def html_page(title: str, sections: list[tuple[str, str]]) -> str:
    """A standalone page: the title, then each (heading, content HTML) section."""
    body = "".join(f"<h2>{escape(heading)}</h2>{content}" for heading, content in sections)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>{body}</body></html>")


def write_html(path: str | Path, page: str) -> str:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return str(target)
