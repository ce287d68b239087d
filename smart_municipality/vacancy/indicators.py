"""Vacancy indicators per area: stock by type, rate, duration, entries and removals, with small-number suppression.

Everything is computed with group-bys on index arrays (which area each premise and each denominator unit lies in), so
the 2,767 Flemish wijken with 200,000 premises and a million addresses take a second, not a coffee.

Definitions (vacancy.md §2, §7):

- a premise is *in the register* on date D when it was entered on or before D (``opnamedatum <= D``) and not removed
  by D (no ``schrappingsdatum <= D``); a dossier marked removed without a removal date counts as removed;
- *duration* is D − opnamedatum of the premises in the register on D, in years (365.25 days);
- *entries* and *removals* in the last 12 months are opnamedatum and schrappingsdatum in (D − 12 months, D];
- the *rate* is premises in the register / denominator units (addresses or buildings) × 100; it is left empty and
  ``small_numbers`` is set where the area has fewer than :data:`SMALL_NUMBER_LIMIT` units, because such rates are
  unstable and can point at one household.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .vocabulary import STATUS_REMOVED, TYPE_COLUMNS, TYPES

SMALL_NUMBER_LIMIT = 5
DAYS_PER_YEAR = 365.25

#: duration classes of vacancy.md §7: label, lower bound (years, inclusive), upper bound (exclusive)
DURATION_CLASSES = (("< 1 y", 0.0, 1.0), ("1-2 y", 1.0, 2.0), ("2-5 y", 2.0, 5.0), ("> 5 y", 5.0, np.inf))

INDICATOR_COLUMNS = (
    ["n_vacant"] + [f"n_{column}" for column in TYPE_COLUMNS.values()] + ["n_other"]
    + ["denominator", "vacancy_rate", "small_numbers", "duration_median_y", "duration_mean_y",
       "entries_12m", "removals_12m"]
)


def _dates(values: pd.Series) -> pd.Series:
    """``pd.to_datetime(values, errors="coerce")``, without its cost when the column already holds dates (as the
    layer reader gives them): pandas would look at every value again to decide whether to cache."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values
    return pd.to_datetime(values, errors="coerce")


def in_register(frame: pd.DataFrame, on: pd.Timestamp) -> np.ndarray:
    """Boolean mask of the premises in the register on ``on`` (see the module docstring)."""
    on = pd.Timestamp(on)
    entered = _dates(frame["opnamedatum"])
    removed = _dates(frame["schrappingsdatum"])
    removed_undated = (text_codes(frame["status"], (STATUS_REMOVED,)) == 0) & removed.isna().to_numpy()
    active = entered.notna() & (entered <= on) & ~(removed <= on)
    return active.to_numpy(dtype=bool) & ~removed_undated


def text_codes(values: pd.Series, texts: tuple[str, ...]) -> np.ndarray:
    """Per row the position in ``texts`` of its value as text (a missing value as ""), ``len(texts)`` for any other
    text: each distinct value is turned into text and compared once, not every row."""
    codes, uniques = pd.factorize(values)
    unique_text = pd.Series(uniques, dtype=object).astype("string").fillna("").tolist() + [""]  # code -1: missing
    position = {text: k for k, text in enumerate(texts)}
    return np.array([position.get(text, len(texts)) for text in unique_text], dtype=np.int64)[codes]


def duration_years(frame: pd.DataFrame, on: pd.Timestamp) -> np.ndarray:
    """Years between entry and ``on`` (NaN without entry date)."""
    entered = _dates(frame["opnamedatum"])
    return ((pd.Timestamp(on) - entered).dt.days / DAYS_PER_YEAR).to_numpy(dtype=float)


def duration_class(years: np.ndarray) -> np.ndarray:
    """Duration class label per premise (empty where unknown)."""
    years = np.asarray(years, dtype=float)
    out = np.full(len(years), "", dtype=object)
    for label, low, high in DURATION_CLASSES:
        out[(years >= low) & (years < high)] = label
    return out


def area_indicators(
    vacancy: pd.DataFrame,
    vacancy_area: np.ndarray,
    n_areas: int,
    reference_date: pd.Timestamp,
    denominator_counts: np.ndarray | None = None,
    small_number_limit: int = SMALL_NUMBER_LIMIT,
) -> pd.DataFrame:
    """Indicators for every area ``0..n_areas-1`` (areas without vacancy get zeros).

    ``vacancy`` holds ``type``, ``status``, ``opnamedatum``, ``schrappingsdatum``; ``vacancy_area`` gives for each of
    its rows the area index (``-1``: in no area). A premise in two overlapping areas is passed as two rows.
    ``denominator_counts`` are the units (addresses, buildings) per area, or ``None`` for counts without rates.
    """
    reference_date = pd.Timestamp(reference_date).normalize()
    vacancy_area = np.asarray(vacancy_area, dtype=np.int64)
    keep = (vacancy_area >= 0) & (vacancy_area < n_areas)
    frame = vacancy.iloc[np.flatnonzero(keep)]
    area = vacancy_area[keep]
    active = in_register(frame, reference_date)
    out = pd.DataFrame(index=pd.RangeIndex(n_areas))
    out["n_vacant"] = np.bincount(area[active], minlength=n_areas)
    # one count per area and type (the last column: any other type)
    types = text_codes(frame["type"], TYPES)
    by_type = np.bincount(area[active] * (len(TYPES) + 1) + types[active],
                          minlength=n_areas * (len(TYPES) + 1)).reshape(n_areas, len(TYPES) + 1)
    for k, value in enumerate(TYPES):
        out[f"n_{TYPE_COLUMNS[value]}"] = by_type[:, k]
    out["n_other"] = by_type[:, len(TYPES)]

    if denominator_counts is not None:
        denominator = np.asarray(denominator_counts, dtype=np.int64)
        small = denominator < small_number_limit
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.where(small, np.nan, 100.0 * out["n_vacant"].to_numpy() / np.maximum(denominator, 1))
        out["denominator"] = denominator
        out["vacancy_rate"] = np.round(rate, 3)
        out["small_numbers"] = small
    else:
        out["denominator"] = pd.array([pd.NA] * n_areas, dtype="Int64")
        out["vacancy_rate"] = np.nan
        out["small_numbers"] = False

    years = duration_years(frame, reference_date)
    durations = pd.DataFrame({"area": area[active], "years": years[active]})
    grouped = durations.groupby("area")["years"]
    out["duration_median_y"] = grouped.median().reindex(out.index).round(2)
    out["duration_mean_y"] = grouped.mean().reindex(out.index).round(2)

    year_ago = reference_date - pd.DateOffset(months=12)
    entered = _dates(frame["opnamedatum"])
    removed = _dates(frame["schrappingsdatum"])
    entries = ((entered > year_ago) & (entered <= reference_date)).to_numpy(dtype=bool)
    removals = ((removed > year_ago) & (removed <= reference_date)).to_numpy(dtype=bool)
    out["entries_12m"] = np.bincount(area[entries], minlength=n_areas)
    out["removals_12m"] = np.bincount(area[removals], minlength=n_areas)
    return out[INDICATOR_COLUMNS]


def counts_per_area(point_area: np.ndarray, n_areas: int) -> np.ndarray:
    """Units per area from a point-to-area index (``-1`` ignored)."""
    point_area = np.asarray(point_area, dtype=np.int64)
    return np.bincount(point_area[(point_area >= 0) & (point_area < n_areas)], minlength=n_areas)


def stock_per_year(vacancy: pd.DataFrame, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """Per calendar year: premises in the register on 31 December (the last year: on ``until``), entries, removals.

    The trend chart of the panel and the demo report draw this table.
    """
    until = pd.Timestamp(until or pd.Timestamp.today()).normalize()
    entered = _dates(vacancy["opnamedatum"])
    removed = _dates(vacancy["schrappingsdatum"])
    if entered.notna().sum() == 0:
        return pd.DataFrame(columns=["year", "stock", "entries", "removals"])
    first = int(entered.min().year)
    years = np.arange(first, until.year + 1)
    ends = pd.to_datetime([f"{year}-12-31" for year in years])
    ends = ends.where(ends <= until, until)
    status = vacancy["status"].astype("string").fillna("")
    removed_undated = ((status == STATUS_REMOVED) & removed.isna()).to_numpy()
    entered_ns = entered.to_numpy(dtype="datetime64[ns]")
    removed_ns = removed.to_numpy(dtype="datetime64[ns]")
    end_ns = ends.to_numpy(dtype="datetime64[ns]")[:, None]
    # years x premises; small (a register holds thousands of dossiers, not millions)
    is_in = (entered_ns[None, :] <= end_ns) & ~(removed_ns[None, :] <= end_ns) & ~removed_undated[None, :]
    entry_year = entered.dt.year
    removal_year = removed.dt.year
    return pd.DataFrame(
        {
            "year": years,
            "stock": is_in.sum(axis=1),
            "entries": entry_year.value_counts().reindex(years, fill_value=0).to_numpy(),
            "removals": removal_year.value_counts().reindex(years, fill_value=0).to_numpy(),
        }
    )


# --- from coordinates to indicators ---------------------------------------------------------------------------------


def polygon_indicators(
    vacancy: pd.DataFrame,
    vacancy_xy: tuple[np.ndarray, np.ndarray],
    polygons: list,
    reference_date: pd.Timestamp,
    denominator_xy: tuple[np.ndarray, np.ndarray] | None = None,
    feedback=None,
    bounds: np.ndarray | None = None,
    wkb: list | None = None,
) -> pd.DataFrame:
    """Indicators per polygon (wijk, sector, shopping area, municipality): points are counted in every polygon that
    contains them, so overlapping shopping areas each count their premises. ``bounds``: the polygons' bounds
    (:func:`.spatial.polygon_bounds`) and ``wkb`` their WKB (None where unknown) when the caller has them."""
    from .spatial import by_polygon_then_point, points_in_polygons

    # one pass over the polygons for both point sets: premises first, then the units
    n_vacancy = len(vacancy_xy[0])
    x, y = vacancy_xy
    if denominator_xy is not None:
        x, y = np.concatenate([x, denominator_xy[0]]), np.concatenate([y, denominator_xy[1]])
    points, owners = points_in_polygons(x, y, polygons, feedback=feedback, bounds=bounds, wkb=wkb, ordered=False)
    premise = points < n_vacancy
    counts = None
    if denominator_xy is not None:
        counts = np.bincount(owners[~premise], minlength=len(polygons))
    # only the premises in a fixed order (by polygon, then point): the durations' means add up in that order
    points, owners = points[premise], owners[premise]
    order = by_polygon_then_point(points, owners, len(polygons))
    return area_indicators(vacancy.iloc[points[order]].reset_index(drop=True), owners[order], len(polygons),
                           reference_date, counts)


def street_keys(codes, names) -> tuple[np.ndarray, np.ndarray]:
    """Street code as text and normalised street name (the address matcher's compact key) per row."""
    from ..addresses.normalise import street_key

    code_text = pd.Series(codes, dtype=object).astype("string").fillna("").str.replace(r"\.0$", "", regex=True)
    name_text = pd.Series(names, dtype=object).astype("string").fillna("")
    unique = {name: street_key(name).compact if name else "" for name in pd.unique(name_text)}
    return code_text.to_numpy(dtype=object), name_text.map(unique).to_numpy(dtype=object)


def snap_to_streets(
    x: np.ndarray, y: np.ndarray, codes, names, lines: list, line_codes, line_names, max_distance: float = 250.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Segment index per point: the nearest segment with the same street code, else with the same normalised street
    name; ``-1`` where neither is within ``max_distance``. Also returns how (``code``, ``name`` or ``""``)."""
    from .spatial import snap_to_segments

    point_code, point_name = street_keys(codes, names)
    segment_code, segment_name = street_keys(line_codes, line_names)
    by_code, _ = snap_to_segments(x, y, point_code, lines, segment_code, max_distance=max_distance)
    segment = by_code.copy()
    method = np.where(by_code >= 0, "code", "").astype(object)
    todo = np.flatnonzero(by_code < 0)
    if len(todo):
        by_name, _ = snap_to_segments(x[todo], y[todo], point_name[todo], lines, segment_name,
                                      max_distance=max_distance)
        segment[todo] = by_name
        method[todo[by_name >= 0]] = "name"
    return segment, method


def street_indicators(
    vacancy: pd.DataFrame,
    vacancy_xy: tuple[np.ndarray, np.ndarray],
    vacancy_streets: tuple,
    lines: list,
    line_streets: tuple,
    reference_date: pd.Timestamp,
    denominator_xy: tuple[np.ndarray, np.ndarray] | None = None,
    denominator_streets: tuple | None = None,
    max_distance: float = 250.0,
) -> tuple[pd.DataFrame, dict[str, int]]:
    """Indicators per street segment (vacancy.md §7): premises and addresses are snapped to the nearest segment of
    their own street (street code, else street name). Returns the table and how many points were snapped how."""
    segment, method = snap_to_streets(*vacancy_xy, *vacancy_streets, lines, *line_streets, max_distance)
    stats = {"by_code": int((method == "code").sum()), "by_name": int((method == "name").sum()),
             "not_snapped": int((segment < 0).sum())}
    counts = None
    if denominator_xy is not None:
        if denominator_streets is None:
            blank = np.full(len(denominator_xy[0]), "", dtype=object)
            denominator_streets = (blank, blank)
        units, _ = snap_to_streets(*denominator_xy, *denominator_streets, lines, *line_streets, max_distance)
        counts = counts_per_area(units, len(lines))
    return area_indicators(vacancy, segment, len(lines), reference_date, counts), stats
