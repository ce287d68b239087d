"""From a source's words to the internal model: observed property, canonical unit, validity of each reading.

:func:`normalize` is the one gate every :class:`SensorBatch` passes before it is stored. It refuses (with one sentence
naming the sensor) what cannot be stored correctly and marks what must not count in analyses:

- an unknown unit of a known property, or one property in several units that cannot be converted → InputError;
- readings in a convertible unit are converted to the canonical unit (the source unit stays on the datastream);
- two different readings of one datastream at the same time → InputError; exact repeats are dropped;
- negative values of properties that cannot be negative (concentrations, counts) stay stored but are marked
  invalid, and a note says how many; when most readings are negative the column is wrong → InputError;
- observations of datastreams (or datastreams of things) that the batch does not describe → InputError.

Nothing is written by this module; the store receives the normalised batch in one transaction.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .model import SensorBatch
from .properties import PROPERTIES, conversion, property_for
from .timeutil import format_local

#: share of negative readings above which the mapping is considered wrong rather than the sensor noisy
NEGATIVE_REJECT_SHARE = 0.5


def datastream_row(key: str, thing_key: str, *, name: str = "", property_names: tuple = (), unit: str = "",
                   source_id: str = "", resolution_s: int = 0, aggregation: str = "raw") -> dict[str, Any]:
    """A datastream row: the first of ``property_names`` we know gives the property; else the first name given."""
    prop = None
    for candidate in property_names:
        if candidate:
            prop = property_for(str(candidate))
            if prop is not None:
                break
    if prop is not None:
        observed = prop.id
    else:
        observed = next((str(c).strip() for c in property_names if c and str(c).strip()), "")
    return {"datastream_key": key, "thing_key": thing_key, "name": name or (prop.name if prop else observed),
            "observed_property": observed, "unit": "", "source_unit": str(unit or ""), "resolution_s": resolution_s,
            "aggregation": aggregation, "source_id": source_id}


def normalize(batch: SensorBatch, stored_units: dict[str, str] | None = None) -> SensorBatch:
    """Check and convert ``batch`` (see the module text); ``stored_units``: property → unit already in the store."""
    streams = batch.datastreams.copy()
    obs = batch.observations
    notes = list(batch.notes)

    _check_references(batch)
    if streams.empty:
        return SensorBatch(batch.things, streams, obs.iloc[0:0], notes)

    # -- units ----------------------------------------------------------------------------------------------------
    factors = np.ones(len(streams))
    offsets = np.zeros(len(streams))
    units = []
    for i, row in enumerate(streams.itertuples(index=False)):
        prop = PROPERTIES.get(row.observed_property)
        source_unit = row.source_unit or row.unit
        try:
            unit, factor, offset = conversion(source_unit, prop)
        except InputError as error:
            raise InputError(tr("Sensor '{name}': {reason}").format(name=row.name or row.datastream_key,
                                                                    reason=str(error))) from error
        units.append(unit)
        factors[i], offsets[i] = factor, offset
    streams["unit"] = units
    _check_mixed_units(streams, stored_units or {})

    if obs.empty:
        return SensorBatch(batch.things, streams, obs, notes)
    obs = obs.copy()
    position = pd.Series(np.arange(len(streams)), index=streams["datastream_key"].to_numpy())
    idx = position.reindex(obs["datastream_key"].to_numpy()).to_numpy()
    if np.isnan(idx).any():
        raise InputError(tr("Some readings belong to no sensor of this import; the import was stopped and nothing "
                            "was written."))
    idx = idx.astype(np.int64)
    converted = (factors[idx] != 1.0) | (offsets[idx] != 0.0)
    if converted.any():
        values = obs["result"].to_numpy(dtype=float)
        obs["result"] = np.where(converted, values * factors[idx] + offsets[idx], values)
        notes.append(tr("{n} readings were converted to the standard unit of their property.").format(
            n=int(converted.sum())))

    obs, dropped, empty = _drop_duplicates(obs, streams)
    if dropped:
        notes.append(tr("{n} readings that appeared twice were stored once.").format(n=dropped))
    if empty:
        notes.append(tr("{n} empty rows beside a reading of the same time were left out.").format(n=empty))

    obs = _flag_negatives(obs, streams, notes)
    return SensorBatch(batch.things, streams, obs.reset_index(drop=True), notes)


def _check_references(batch: SensorBatch) -> None:
    known_things = set(batch.things["thing_key"])
    orphans = batch.datastreams.loc[~batch.datastreams["thing_key"].isin(known_things), "datastream_key"]
    if len(orphans):
        raise InputError(tr("The sensor of datastream '{key}' is missing from this import; nothing was written.")
                         .format(key=orphans.iloc[0]))
    if batch.datastreams["datastream_key"].duplicated().any():
        dup = batch.datastreams.loc[batch.datastreams["datastream_key"].duplicated(), "datastream_key"].iloc[0]
        raise InputError(tr("The datastream '{key}' is described twice in this import; nothing was written.")
                         .format(key=dup))


def _check_mixed_units(streams: pd.DataFrame, stored_units: dict[str, str]) -> None:
    per_property = streams.groupby("observed_property")["unit"].unique()
    for prop_id, units in per_property.items():
        all_units = set(units) | ({stored_units[prop_id]} if prop_id in stored_units else set())
        if len(all_units) > 1:
            raise InputError(tr("'{property}' comes in several units ({units}) that cannot be converted into each "
                                "other; import each unit as its own property or fix the units.").format(
                property=prop_id, units=", ".join(sorted(u or "?" for u in all_units))))


def _drop_duplicates(obs: pd.DataFrame, streams: pd.DataFrame) -> tuple[pd.DataFrame, int, int]:
    """Exact repeats dropped (their count), empty rows beside a reading dropped (their count); contradictions
    refused, naming the series of the first and counting that series' own."""
    key_time = obs[["datastream_key", "time"]]
    dup_any = key_time.duplicated(keep=False)
    if not dup_any.any():
        return obs, 0, 0
    # a row without a number or a text beside a real reading of the same time is no reading, not a contradiction
    text = obs["result_text"]
    empty = obs["result"].isna() & (text.isna() | (text.astype(str).str.strip() == "")).to_numpy()
    has_reading = pd.Series(~empty.to_numpy(), index=obs.index).groupby(
        [obs["datastream_key"], obs["time"]], sort=False).transform("any")
    left_out = (dup_any & empty & has_reading).to_numpy()
    if left_out.any():
        obs = obs[~left_out]
        key_time = obs[["datastream_key", "time"]]
        dup_any = key_time.duplicated(keep=False)
    dups = obs[dup_any]
    # same key and time with different results (NaN equal to NaN) is a contradiction, not a repeat
    spread = dups.groupby(["datastream_key", "time"], sort=True).agg(
        n_values=("result", lambda s: s.round(9).nunique(dropna=False)),
        n_texts=("result_text", lambda s: s.astype(str).nunique()))
    conflicting = spread[(spread["n_values"] > 1) | (spread["n_texts"] > 1)]
    if len(conflicting):
        # name the series of the earliest contradiction and count that series' contradictions only
        per_series = conflicting.reset_index().groupby("datastream_key", sort=False)["time"].agg(["size", "min"])
        key = per_series["min"].idxmin()
        name = streams.set_index("datastream_key")["name"].get(key, key)
        others = len(per_series) - 1
        raise InputError(tr("Sensor '{name}' has {n} times with two different readings (first at {time}){others}; "
                            "remove the duplicates or check the time zone. Nothing was written.").format(
            name=name, n=int(per_series.loc[key, "size"]), time=format_local(per_series.loc[key, "min"]),
            others=tr(", and {m} other sensors have such times too").format(m=others) if others else ""))
    keep = ~key_time.duplicated(keep="first")
    return obs[keep], int((~keep).sum()), int(left_out.sum())


def _flag_negatives(obs: pd.DataFrame, streams: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    non_negative_ids = {p.id for p in PROPERTIES.values() if p.non_negative}
    keys = set(streams.loc[streams["observed_property"].isin(non_negative_ids), "datastream_key"])
    if not keys:
        return obs
    applies = obs["datastream_key"].isin(keys).to_numpy()
    negative = applies & (obs["result"].to_numpy(dtype=float) < 0)
    if not negative.any():
        return obs
    counts = obs.loc[applies, "datastream_key"].value_counts()
    neg_counts = obs.loc[negative, "datastream_key"].value_counts()
    share = (neg_counts / counts.reindex(neg_counts.index)).fillna(0)
    names = streams.set_index("datastream_key")["name"]
    worst = share.idxmax()
    if share.max() > NEGATIVE_REJECT_SHARE and neg_counts[worst] >= 3:
        raise InputError(tr("Most readings of '{name}' are negative, which a {property} value cannot be; check the "
                            "column mapping. Nothing was written.").format(
            name=names.get(worst, worst),
            property=streams.set_index("datastream_key")["observed_property"].get(worst, "")))
    obs = obs.copy()
    obs.loc[negative, "valid"] = False
    notes.append(tr("{n} negative readings (impossible for a concentration or a count) were kept but marked "
                    "invalid; first: sensor '{name}'.").format(n=int(negative.sum()),
                                                               name=names.get(neg_counts.index[0], "")))
    return obs
