"""The HTML report of a placement run: the diminishing-returns chart (matplotlib), the sites in order, the quality
certificate and what is left uncovered. Written by ``site_gateways`` and ``site_sensors`` (``OUTPUT_REPORT``).

(The printable A4 pages of a siting study are :mod:`.report`.)
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from ..common.html import html_page, html_table, paragraph, svg, write_html
from ..common.optional import available, missing_message
from ..i18n import tr

if TYPE_CHECKING:
    from .optimisation import PlacementResult
    from .placement import Placement

#: the gid of the curve in the chart's SVG (``<g id="coverage-curve">``)
CURVE_ID = "coverage-curve"


def bound_kind_label(kind: str) -> str:
    """A certificate's kind of bound (``PlacementResult.bound_kind``) in the user's language."""
    return {"submodular": tr("online submodular bound"), "LP relaxation": tr("LP relaxation"),
            "LP relaxation with cuts": tr("LP relaxation with redundancy cuts"),
            "MILP dual bound": tr("MILP dual bound"), "optimal": tr("proven optimum"),
            "Lagrangian": tr("Lagrangian lower bound"), "trivial": tr("none (zero)")}.get(kind, kind)


def certificate_rows(result: PlacementResult) -> list[list[Any]]:
    """The quality certificate as (item, value) rows: method, objective, bound and its kind, gap, quality."""
    kind = bound_kind_label(result.bound_kind)
    sense = tr("upper bound on the optimum") if result.sense == "max" else tr("lower bound on the optimum")
    return [[tr("Method"), tr("exact (MILP, HiGHS)") if result.method == "exact" else tr("greedy")],
            [tr("Objective"), result.objective], [tr("Bound"), result.bound],
            [tr("Kind of bound"), f"{kind} ({sense})"],
            [tr("Gap to the bound"), f"{100 * result.gap:.2f} %"],
            [tr("Quality (share of the optimum reached at least)"), f"{100 * result.quality:.2f} %"],
            [tr("Solver status"), result.status or "-"], [tr("Run time"), f"{result.seconds:.2f} s"]]


def curve_chart(values: list[float], bound: float | None, y_label: str, x_label: str) -> str:
    """The objective after each added site as an inline SVG line chart, the bound as a dashed line; without
    matplotlib, one sentence saying so instead."""
    if not available("matplotlib"):
        return paragraph(missing_message("matplotlib", tr("Drawing charts")))
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5.2, 2.6), dpi=100)
    axes = figure.add_subplot()
    (line,) = axes.plot(range(len(values)), values, marker="o", color="#1f78b4", linewidth=2, markersize=4)
    line.set_gid(CURVE_ID)
    if bound is not None:
        axes.axhline(bound, color="#e31a1c", linestyle="--", linewidth=1, label=tr("bound"))
        axes.legend(loc="lower right", fontsize=8, frameon=False)
    axes.set_xlabel(x_label, fontsize=9)
    axes.set_ylabel(y_label, fontsize=9)
    axes.tick_params(labelsize=8)
    axes.xaxis.get_major_locator().set_params(integer=True)
    figure.tight_layout()
    out = io.StringIO()
    figure.savefig(out, format="svg")
    return svg(out.getvalue())


def _site_label(row: dict, labels: list[str]) -> str:
    return labels[row["site"]] if row["site"] is not None else tr("existing")


def _coverage_curve(result: PlacementResult) -> str:
    values = [100 * row["covered_share"] for row in result.curve]
    bound = 100 * result.bound / result.total_weight if result.sense == "max" else None
    return curve_chart(values, bound, tr("covered demand (%)"), tr("sites added"))


def gateway_report(path: str, placement: Placement, labels: list[str]) -> str:
    """The report of ``site_gateways``; returns the file written."""
    result = placement.result
    rows = [[row["step"], _site_label(row, labels), row["gain"], row["covered_weight"],
             f"{100 * row['covered_share']:.2f} %"] for row in result.curve]
    short = placement.counts < placement.redundancy
    return write_html(path, html_page(tr("Gateway placement"), [
        (tr("Coverage after each added site"), _coverage_curve(result)),
        (tr("Sites in order"), html_table([tr("Step"), tr("Site"), tr("Gain"), tr("Covered weight"),
                                           tr("Covered share")], rows)),
        (tr("Quality certificate"), html_table([tr("Item"), tr("Value")], certificate_rows(result))),
        (tr("Uncovered demand"), html_table([tr("Points"), tr("Weight")],
                                            [[int(short.sum()), float(placement.weights[short].sum())]])),
    ]))


def sensor_report(path: str, placement: Placement, labels: list[str], *, radius_m: float, mean_distance_m: float,
                  area_rows: list[dict]) -> str:
    """The report of ``site_sensors`` (MCLP, LSCP or p-median; coverage per area when given); returns the file."""
    result = placement.result
    if result.problem_kind == "p_median":
        chart = curve_chart([row["mean_distance"] for row in result.curve], result.bound / result.total_weight,
                            tr("weighted mean distance (m)"), tr("sites added"))
        rows = [[row["step"], _site_label(row, labels), row["mean_distance"]] for row in result.curve]
        header = [tr("Step"), tr("Site"), tr("Weighted mean distance (m)")]
    else:
        chart = _coverage_curve(result)
        rows = [[row["step"], _site_label(row, labels), row["gain"], f"{100 * row['covered_share']:.2f} %"]
                for row in result.curve]
        header = [tr("Step"), tr("Site"), tr("Gain"), tr("Covered share")]
    sections = [
        (tr("Sites in order"), chart + html_table(header, rows)),
        (tr("Coverage"), html_table([tr("Item"), tr("Value")], [
            [tr("Radius (m)"), radius_m], [tr("Covered share of the weight"), f"{100 * placement.counted_share:.2f} %"],
            [tr("Weighted mean distance (m)"), mean_distance_m]])),
        (tr("Quality certificate"), html_table([tr("Item"), tr("Value")], certificate_rows(result))),
    ]
    if area_rows:
        sections.append((tr("Coverage per area (least covered first)"), html_table(
            [tr("Area"), tr("Points"), tr("Weight"), tr("Covered share")],
            [[r["name"] or tr("outside every area"), r["points"], r["weight"], f"{100 * r['covered_share']:.1f} %"]
             for r in area_rows])))
    return write_html(path, html_page(tr("Sensor placement"), sections))
