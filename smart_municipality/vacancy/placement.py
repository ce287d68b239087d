"""Place register records on the map: the matched address point, else the GRB building on the record's parcel, else
the parcel itself (vacancy.md §4), and say which (``location_method``).

Addresses are matched with the plugin's address matcher (:mod:`..addresses.matcher`) against an address layer in
the standard schema. Parcels are found by their CaPaKey (GRB ADP ``CAPAKEY``), short keys by section and ``CANU``
within the parcels given (those of the municipality). A record placed on its address also receives the CaPaKey and the
GRB building id of the parcel and building under its point when the export did not give them, so every record keeps
the identifiers of the authentic sources.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from ..addresses.matcher import MATCHED_STATUSES, AddressReference, AddressRows, match_addresses
from ..compat.geo import GeometryIndex
from .capakey import FULL, SHORT, parse_capakeys
from .spatial import first_polygon, points_in_polygons

ADDRESS = "address"
BUILDING = "building"
PARCEL = "parcel"
UNPLACED = "unplaced"
LOCATION_METHODS = (ADDRESS, BUILDING, PARCEL, UNPLACED)
#: a building counts as "on the parcel" when at least this share of its footprint lies on it
MIN_BUILDING_SHARE = 0.2


@dataclass
class Polygons:
    """A polygon layer as attributes (``frame``) and shapely geometries in EPSG:31370, in the same order."""

    frame: pd.DataFrame
    geometries: list[BaseGeometry | None]

    def __len__(self) -> int:
        return len(self.geometries)


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series([""] * len(frame), index=frame.index, dtype="string")
    return frame[column].astype("string").fillna("").str.strip()


def _parcel_lookup(records: pd.DataFrame, parcels: Polygons) -> np.ndarray:
    """Parcel index per record (``-1``: no parcel), by full key, else by section + CANU, else CANU alone."""
    out = np.full(len(records), -1, dtype=np.int64)
    if parcels is None or not len(parcels) or "capakey" not in records.columns:
        return out
    key_column = _column(parcels, "CAPAKEY")
    if key_column is None:
        return out
    keys = parse_capakeys(parcels.frame[key_column]).reset_index(drop=True)
    keys["parcel"] = np.arange(len(keys))
    full = keys.dropna(subset=["capakey"]).drop_duplicates("capakey").set_index("capakey")["parcel"]
    wanted = records["capakey"].astype(object)
    found = wanted.map(full)
    kind = _text(records, "capakey_kind") if "capakey_kind" in records.columns else pd.Series(
        FULL, index=records.index, dtype="string")
    hit = (found.notna() & (kind == FULL)).to_numpy(dtype=bool)
    out[hit] = found[hit].astype(int).to_numpy()
    short = (kind == SHORT).to_numpy(dtype=bool)
    if short.any():
        by_section = keys.dropna(subset=["section", "canu"])
        by_section = by_section[~by_section.duplicated(["section", "canu"], keep=False)]
        section_map = by_section.set_index(by_section["section"] + "|" + by_section["canu"])["parcel"]
        by_canu = keys.dropna(subset=["canu"])
        by_canu = by_canu[~by_canu.duplicated("canu", keep=False)].set_index("canu")["parcel"]
        section = _text(records, "capakey_section")
        canu = _text(records, "capakey_canu")
        with_section = (section + "|" + canu).astype(object).map(section_map)
        without_section = canu.astype(object).map(by_canu).where(section == "")
        pick = with_section.fillna(without_section)
        hit = short & pick.notna().to_numpy(dtype=bool)
        out[hit] = pick[hit].astype(int).to_numpy()
    return out


def _buildings_on_parcels(parcel_geometries: list[BaseGeometry], buildings: Polygons) -> tuple[list, list]:
    """For each parcel: (building index or -1, a point on the shared ground) of the building with most ground on it."""
    valid = [k for k, geometry in enumerate(buildings.geometries) if geometry is not None and not geometry.is_empty]
    tree = GeometryIndex([buildings.geometries[k] for k in valid]) if valid else None
    chosen, points = [], []
    for parcel in parcel_geometries:
        best, best_area, best_shape = -1, 0.0, None
        if tree is not None and parcel is not None and not parcel.is_empty:
            for position in tree.query(parcel):
                k = valid[position]
                building = buildings.geometries[k]
                shared = building.intersection(parcel)
                area = shared.area
                if area > best_area and area >= MIN_BUILDING_SHARE * max(building.area, 1e-9):
                    best, best_area, best_shape = k, area, shared
        chosen.append(best)
        points.append(best_shape.representative_point() if best_shape is not None else None)
    return chosen, points


def place_records(
    records: pd.DataFrame,
    addresses: pd.DataFrame | None = None,
    parcels: Polygons | None = None,
    buildings: Polygons | None = None,
    feedback=None,
) -> pd.DataFrame:
    """Placement of each record: ``x``, ``y`` (EPSG:31370, NaN when unplaced), ``location_method``,
    ``address_match`` (the matcher's status), ``adres_id``, ``adres``, ``straatnaam_id``, ``address_niscode``,
    ``gebouw_id`` and ``capakey`` (the export's, else the parcel's under the point)."""
    out = _unplaced(records)
    # 1. the address point
    if addresses is not None and len(addresses) and len(records):
        _place_on_addresses(out, records, addresses, feedback)
    # 2. the parcel and the building on it
    parcel_index = _parcel_lookup(records, parcels) if parcels is not None else np.full(len(records), -1)
    placed = (out["location_method"] == ADDRESS).to_numpy()
    if parcels is not None and len(parcels):
        key_column = _column(parcels, "CAPAKEY")
        if placed.any() and key_column is not None:
            _fill_parcel_under_points(out, placed, parcels, key_column)
        todo = ~placed & (parcel_index >= 0)
        if todo.any():
            _place_on_parcels(out, todo, parcel_index[todo], parcels, key_column, buildings)
    # 3. the building under an address point
    if buildings is not None and len(buildings) and placed.any():
        _fill_building_under_points(out, placed, buildings)
    return out


def _unplaced(records: pd.DataFrame) -> pd.DataFrame:
    """The placement frame with every record unplaced, keeping the export's CaPaKey."""
    n = len(records)
    out = pd.DataFrame(index=records.index)
    out["x"] = np.nan
    out["y"] = np.nan
    out["location_method"] = UNPLACED
    out["address_match"] = pd.Series([None] * n, index=records.index, dtype=object)
    for name in ("adres_id", "adres", "straatnaam_id", "address_niscode", "gebouw_id"):
        out[name] = pd.Series([None] * n, index=records.index, dtype=object)
    out["capakey"] = records["capakey"].astype(object).where(records["capakey"].notna(), None) \
        if "capakey" in records.columns else None
    return out


def _column(layer: Polygons, name: str) -> str | None:
    """The layer's column called ``name`` in any case (GRB layers come in upper and lower case)."""
    return next((c for c in layer.frame.columns if c.upper() == name), None)


def _place_on_addresses(out: pd.DataFrame, records: pd.DataFrame, addresses: pd.DataFrame, feedback) -> None:
    """Match the records with a street and house number on ``addresses``; the matched ones go on its point."""
    street, number = _text(records, "straat"), _text(records, "huisnummer")
    wanted = ((street != "") & (number != "")).to_numpy()
    if not wanted.any():
        return
    subset = records[wanted]
    rows = AddressRows.from_columns(*(list(_text(subset, c)) for c in (
        "straat", "huisnummer", "busnummer", "postcode", "gemeente")))
    result = match_addresses(rows, AddressReference(addresses), feedback)
    status = pd.Series(result.status, index=subset.index)
    ok = status.isin(MATCHED_STATUSES) & pd.Series(result.x, index=subset.index).notna()
    out.loc[subset.index, "address_match"] = status
    index = subset.index[ok.to_numpy()]
    out.loc[index, "x"] = np.asarray(result.x, dtype=float)[ok.to_numpy()]
    out.loc[index, "y"] = np.asarray(result.y, dtype=float)[ok.to_numpy()]
    out.loc[index, "location_method"] = ADDRESS
    ids = pd.Series(result.address_id, index=subset.index)[ok]
    out.loc[index, "adres_id"] = ids
    out.loc[index, "adres"] = pd.Series(result.matched_address, index=subset.index)[ok]
    if "address_id" in addresses.columns:
        lookup = addresses.assign(_key=addresses["address_id"].astype(str)).drop_duplicates("_key").set_index("_key")
        for source, target in (("street_id", "straatnaam_id"), ("niscode", "address_niscode")):
            if source in lookup.columns:
                values = ids.astype(str).map(lookup[source])
                out.loc[index, target] = values.where(values.notna(), None).astype(object)


def _polygon_under_points(out: pd.DataFrame, placed: np.ndarray, layer: Polygons) -> np.ndarray:
    """Per placed record, the index of the first polygon of ``layer`` under its point (``-1``: none)."""
    xs, ys = out["x"].to_numpy()[placed], out["y"].to_numpy()[placed]
    return first_polygon(len(xs), *points_in_polygons(xs, ys, layer.geometries))


def _fill_parcel_under_points(out: pd.DataFrame, placed: np.ndarray, parcels: Polygons, key_column: str) -> None:
    """Records placed by address get the CaPaKey of the parcel under their point when the export had none."""
    under = _polygon_under_points(out, placed, parcels)
    missing = out["capakey"].isna().to_numpy()[placed] & (under >= 0)
    target = out.index[placed][missing]
    out.loc[target, "capakey"] = parcels.frame[key_column].astype(str).to_numpy()[under[missing]]


def _place_on_parcels(out: pd.DataFrame, todo: np.ndarray, parcel_index: np.ndarray, parcels: Polygons,
                      key_column: str | None, buildings: Polygons | None) -> None:
    """Records without address point (``todo``) go on the building with most ground on the parcel of their key
    (``parcel_index``, short keys resolved), else on the parcel itself."""
    geometries = [parcels.geometries[k] for k in parcel_index]
    target = out.index[todo]
    if key_column is not None:
        out.loc[target, "capakey"] = parcels.frame[key_column].astype(str).to_numpy()[parcel_index]
    building_index, building_points = ([-1] * len(geometries), [None] * len(geometries))
    if buildings is not None and len(buildings):
        building_index, building_points = _buildings_on_parcels(geometries, buildings)
    oidn = _oidn(buildings)
    for position, label in enumerate(target):
        point = building_points[position]
        if point is not None:
            out.at[label, "location_method"] = BUILDING
            out.at[label, "gebouw_id"] = oidn[building_index[position]] if oidn is not None else None
        else:
            geometry = geometries[position]
            if geometry is None or geometry.is_empty:
                continue
            point = geometry.representative_point()
            out.at[label, "location_method"] = PARCEL
        out.at[label, "x"], out.at[label, "y"] = point.x, point.y


def _fill_building_under_points(out: pd.DataFrame, placed: np.ndarray, buildings: Polygons) -> None:
    """Records placed by address get the GRB id of the building under their point."""
    oidn = _oidn(buildings)
    if oidn is None:
        return
    under = _polygon_under_points(out, placed, buildings)
    target = out.index[placed][under >= 0]
    out.loc[target, "gebouw_id"] = oidn[under[under >= 0]]


def _oidn(buildings: Polygons | None) -> np.ndarray | None:
    if buildings is None:
        return None
    column = _column(buildings, "OIDN")
    if column is None:
        return None
    values = buildings.frame[column]
    numeric = pd.to_numeric(values, errors="coerce")
    text = values.astype(str).where(numeric.isna(), numeric.astype("Int64").astype(str))
    return text.to_numpy(dtype=object)
