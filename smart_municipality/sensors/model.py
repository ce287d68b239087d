"""The internal observation model, shaped like OGC SensorThings (sensors.md §10), as pandas tables.

A :class:`SensorBatch` is what every connector and file importer produces and what the store receives:

``things``        one row per station/device: ``thing_key`` (source-unique), ``name``, ``description``, ``source``,
                  ``x``, ``y`` (EPSG:31370; NaN when the source has no position), ``geometry_wkt`` (EPSG:31370, for
                  lines such as Telraam segments; empty for points), ``properties`` (JSON text), and the device-register
                  fields ``owner``, ``operator``, ``connectivity``, ``install_date``, ``status``, ``personal_data``,
                  ``public``.
``datastreams``   one row per (thing, observed property): ``datastream_key``, ``thing_key``, ``name``,
                  ``observed_property`` (our property id, or the source's name when unknown), ``unit`` (canonical),
                  ``source_unit``, ``resolution_s`` (nominal seconds between readings; 0 = irregular),
                  ``aggregation`` (``raw``, ``5min``, ``hour``, ``day``, ``month``…), ``source_id`` (id at the source).
``observations``  one row per reading: ``datastream_key``, ``time`` (UTC start, ``datetime64[ns, UTC]``), ``time_end``
                  (UTC end or NaT), ``result`` (float, NaN when not numeric or missing), ``result_text`` (non-numeric
                  results as text/JSON, else None), ``quality`` (text, e.g. a flag or an uptime), ``valid`` (bool:
                  counts for aggregation).

Keys are text built from the source name and the source's id (``sta:https://host/v1.1:Datastreams(7)``,
``telraam:9000008372:car``), so a second load of the same source finds the same things and datastreams again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

THING_COLUMNS = ("thing_key", "name", "description", "source", "x", "y", "geometry_wkt", "properties", "owner",
                 "operator", "connectivity", "install_date", "status", "personal_data", "public")
DATASTREAM_COLUMNS = ("datastream_key", "thing_key", "name", "observed_property", "unit", "source_unit",
                      "resolution_s", "aggregation", "source_id")
OBSERVATION_COLUMNS = ("datastream_key", "time", "time_end", "result", "result_text", "quality", "valid")

_THING_DEFAULTS: dict[str, Any] = {"name": "", "description": "", "source": "", "x": np.nan, "y": np.nan,
                                   "geometry_wkt": "", "properties": "{}", "owner": "", "operator": "",
                                   "connectivity": "", "install_date": "", "status": "active", "personal_data": False,
                                   "public": True}
_DATASTREAM_DEFAULTS: dict[str, Any] = {"name": "", "unit": "", "source_unit": "", "resolution_s": 0,
                                        "aggregation": "raw", "source_id": ""}


def empty_observations() -> pd.DataFrame:
    return pd.DataFrame({
        "datastream_key": pd.Series([], dtype=object),
        "time": pd.Series([], dtype="datetime64[ns, UTC]"),
        "time_end": pd.Series([], dtype="datetime64[ns, UTC]"),
        "result": pd.Series([], dtype=float),
        "result_text": pd.Series([], dtype=object),
        "quality": pd.Series([], dtype=object),
        "valid": pd.Series([], dtype=bool),
    })


def things_frame(rows: list[dict[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame(rows) if not isinstance(rows, pd.DataFrame) else rows.copy()
    if "thing_key" not in frame:
        frame["thing_key"] = pd.Series([], dtype=object)
    for column, default in _THING_DEFAULTS.items():
        if column not in frame:
            frame[column] = default
        elif isinstance(default, str):
            frame[column] = frame[column].where(frame[column].notna(), default)
    frame["x"] = pd.to_numeric(frame["x"], errors="coerce")
    frame["y"] = pd.to_numeric(frame["y"], errors="coerce")
    frame["personal_data"] = frame["personal_data"].astype(bool)
    frame["public"] = frame["public"].astype(bool)
    frame["thing_key"] = frame["thing_key"].astype(str)
    return frame.loc[:, list(THING_COLUMNS)].reset_index(drop=True)


def datastreams_frame(rows: list[dict[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame(rows) if not isinstance(rows, pd.DataFrame) else rows.copy()
    for column in ("datastream_key", "thing_key", "observed_property"):
        if column not in frame:
            frame[column] = pd.Series([], dtype=object)
    for column, default in _DATASTREAM_DEFAULTS.items():
        if column not in frame:
            frame[column] = default
        elif isinstance(default, str):
            frame[column] = frame[column].where(frame[column].notna(), default)
    frame["resolution_s"] = pd.to_numeric(frame["resolution_s"], errors="coerce").fillna(0).astype(np.int64)
    frame["datastream_key"] = frame["datastream_key"].astype(str)
    frame["thing_key"] = frame["thing_key"].astype(str)
    return frame.loc[:, list(DATASTREAM_COLUMNS)].reset_index(drop=True)


def observations_frame(datastream_key, time, result, *, time_end=None, result_text=None, quality=None,
                       valid=None) -> pd.DataFrame:
    """Build an observations table from column arrays (scalars broadcast)."""
    time = pd.Series(time).reset_index(drop=True)
    n = len(time)
    frame = pd.DataFrame({
        "datastream_key": _broadcast(datastream_key, n, object),
        "time": time,
        "time_end": (pd.Series(time_end).reset_index(drop=True) if time_end is not None
                     else pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns, UTC]")),
        "result": pd.to_numeric(pd.Series(_broadcast(result, n, float)), errors="coerce").astype(float),
        "result_text": _broadcast(result_text, n, object),
        "quality": _broadcast(quality, n, object),
    })
    frame["valid"] = (_broadcast(valid, n, bool) if valid is not None else frame["result"].notna().to_numpy())
    return frame


def _broadcast(value, n: int, dtype) -> np.ndarray:
    if value is None:
        return np.full(n, None, dtype=object) if dtype is object else np.full(n, np.nan)
    if np.ndim(value) == 0:
        return np.full(n, value, dtype=dtype if dtype is not object else object)
    arr = np.asarray(value.to_numpy() if isinstance(value, pd.Series) else value)
    if len(arr) != n:
        raise ValueError("column lengths differ")
    return arr.astype(dtype) if dtype is not object else arr.astype(object)


@dataclass
class SensorBatch:
    """Things, datastreams and observations of one load, ready for validation and storage."""

    things: pd.DataFrame = field(default_factory=lambda: things_frame([]))
    datastreams: pd.DataFrame = field(default_factory=lambda: datastreams_frame([]))
    observations: pd.DataFrame = field(default_factory=empty_observations)
    #: what the user should know about the load (skipped rows, converted units …), English sentences already tr()'d
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.things = things_frame(self.things)
        self.datastreams = datastreams_frame(self.datastreams)
        if self.observations is None or self.observations.empty:
            self.observations = empty_observations() if self.observations is None or \
                not len(self.observations.columns) else self.observations.loc[:, list(OBSERVATION_COLUMNS)]

    def extend(self, other: SensorBatch) -> SensorBatch:
        """This batch plus ``other`` (things and datastreams de-duplicated by key, the later row wins)."""
        things = pd.concat([self.things, other.things]).drop_duplicates("thing_key", keep="last")
        streams = pd.concat([self.datastreams, other.datastreams]).drop_duplicates("datastream_key", keep="last")
        parts = [o for o in (self.observations, other.observations) if len(o)]
        observations = pd.concat(parts, ignore_index=True) if parts else empty_observations()
        return SensorBatch(things, streams, observations, [*self.notes, *other.notes])

    @property
    def n_observations(self) -> int:
        return int(len(self.observations))

    def summary(self) -> dict[str, int]:
        return {"things": int(len(self.things)), "datastreams": int(len(self.datastreams)),
                "observations": self.n_observations}


def json_text(value: Any) -> str:
    """Compact JSON for properties, non-numeric results and qualities."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
