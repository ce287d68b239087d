"""The sensor model in the study store: things, locations, datastreams and observations (store tables
``sensor_thing``, ``sensor_location``, ``sensor_datastream``, ``observation``; see docs/store.md).

:meth:`SensorRepository.save` writes a normalised :class:`SensorBatch` in one transaction: new things, their
locations, new datastreams and the observations the store does not hold yet (same datastream and time), so loading a
source again adds only what is new and never doubles a reading: the store holds a reading once per datastream and
time (a unique index), and rows are inserted with ``skip_existing``, so two imports running at once cannot both store
the same reading, and the counts of new and already present readings are what was really stored. Things and
datastreams already stored are kept as they are (their device-register fields may have been edited by the
municipality).

Reads are per datastream and time range over the ``(datastream_id, phenomenon_time)`` index: one sensor's year for a
chart, the latest reading per datastream for the map, a property's readings for aggregation.

Validity: the observation table has a ``quality`` text but no validity column, so a reading that must not count
(Telraam uptime ≤ 0.5, an AirBase flag ≤ 0, an impossible negative value) is stored with ``quality`` ending in
``;invalid``. :func:`encode_quality` and :func:`decode_valid` are the only two places that know this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .model import SensorBatch
from .normalize import normalize
from .properties import PROPERTIES
from .timeutil import utc_values

INVALID = "invalid"
_SEP = ";"
#: our sensor types (domain.md §5.2) by property kind
SENSOR_TYPES = {"air": "luchtkwaliteit", "traffic": "verkeersteller", "noise": "geluid", "climate": "klimaat",
                "other": "andere"}


def encode_quality(quality, valid) -> pd.Series:
    """Quality text for the store: the source's quality, with ``;invalid`` appended when the reading must not count."""
    valid = np.asarray(valid, dtype=bool)
    text = pd.Series(quality if quality is not None else [None] * len(valid), dtype=object).reset_index(drop=True)
    text = text.where(text.notna(), None)
    out = text.copy()
    bad = ~valid
    if bad.any():
        base = text[bad]
        out[bad] = np.where(base.isna(), INVALID, base.astype(str) + _SEP + INVALID)
    return out


def decode_valid(result, quality) -> np.ndarray:
    """Whether each stored reading counts: a numeric result whose quality is not marked invalid."""
    result = np.asarray(result, dtype=float)
    quality = pd.Series(quality, dtype=object)
    marked = quality.fillna("").astype(str).str.endswith(INVALID).to_numpy()
    return np.isfinite(result) & ~marked


def strip_invalid(quality) -> pd.Series:
    quality = pd.Series(quality, dtype=object)
    text = quality.fillna("").astype(str)
    stripped = text.str.replace(rf"{_SEP}?{INVALID}$", "", regex=True)
    return stripped.where(quality.notna() & (stripped != ""), None)


@dataclass
class SaveReport:
    things: int = 0
    locations: int = 0
    datastreams: int = 0
    observations: int = 0
    skipped_existing: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = tr("{obs} new readings stored ({skipped} already present), {things} new sensors, {streams} new "
                  "datastreams.").format(obs=self.observations, skipped=self.skipped_existing, things=self.things,
                                         streams=self.datastreams)
        return " ".join([text, *self.notes])


class SensorRepository:
    """Sensor data in a :class:`~smart_municipality.store.Store`."""

    def __init__(self, store) -> None:
        self.store = store

    # ---- writing -----------------------------------------------------------------------------------------------------
    def save(self, batch: SensorBatch, niscode: str, *, feedback=None, user: str | None = None) -> SaveReport:
        """Normalise ``batch`` and store what is new, all in one transaction (all or nothing)."""
        if not niscode:
            raise InputError(tr("Choose the municipality the sensors belong to."))
        batch = normalize(batch, stored_units=self.stored_units())
        report = SaveReport(notes=list(batch.notes))
        store = self.store
        with store.transaction(user):
            thing_ids = store.key_map("sensor_thing")
            new_things = batch.things[~batch.things["thing_key"].isin(list(thing_ids))]
            # skip_existing everywhere: another import committing the same sensor or reading at the same moment is
            # waited for and left out, never stored twice nor counted as new
            if len(new_things):
                report.things = store.insert_many("sensor_thing", self._thing_rows(new_things, batch, niscode),
                                                  skip_existing=True)
                thing_ids = store.key_map("sensor_thing")
            report.locations = self._save_locations(batch, thing_ids, niscode)
            stream_ids = store.key_map("sensor_datastream")
            new_streams = batch.datastreams[~batch.datastreams["datastream_key"].isin(list(stream_ids))]
            existing_streams = set(batch.datastreams["datastream_key"]) - set(new_streams["datastream_key"])
            if len(new_streams):
                report.datastreams = store.insert_many(
                    "sensor_datastream", self._stream_rows(new_streams, thing_ids, niscode), skip_existing=True)
                stream_ids = store.key_map("sensor_datastream")
            obs = batch.observations
            if len(obs):
                obs, skipped = self._drop_stored(obs, existing_streams, stream_ids)
                if len(obs):
                    report.observations = store.insert_many("observation",
                                                            self._observation_rows(obs, stream_ids, niscode),
                                                            feedback=feedback, skip_existing=True)
                    # readings stored meanwhile by another import, or twice in this batch
                    skipped += len(obs) - report.observations
                report.skipped_existing = skipped
        return report

    def _thing_rows(self, things: pd.DataFrame, batch: SensorBatch, niscode: str) -> pd.DataFrame:
        kinds = batch.datastreams.assign(kind=batch.datastreams["observed_property"].map(
            lambda p: PROPERTIES[p].kind if p in PROPERTIES else "other"))
        kind_of = kinds.groupby("thing_key")["kind"].agg(lambda k: k.value_counts().index[0])
        phenomena = batch.datastreams.groupby("thing_key")["observed_property"].agg(
            lambda p: sorted(set(p)))
        props = []
        for key, text in zip(things["thing_key"], things["properties"]):
            try:
                value = json.loads(text) if text else {}
            except ValueError:
                value = {"text": text}
            if not isinstance(value, dict):
                value = {"value": value}
            value["phenomena"] = phenomena.get(key, [])
            props.append(value)
        install = things["install_date"].replace("", None)
        return pd.DataFrame({
            "thing_key": things["thing_key"].to_numpy(), "niscode": niscode,
            "source": things["source"].to_numpy(), "naam": things["name"].to_numpy(),
            "beschrijving": things["description"].to_numpy(),
            "type": [SENSOR_TYPES.get(kind_of.get(k, "other"), "andere") for k in things["thing_key"]],
            "connectiviteit": things["connectivity"].to_numpy(), "eigenaar": things["owner"].to_numpy(),
            "beheerder": things["operator"].to_numpy(), "persoonsgegevens": things["personal_data"].to_numpy(),
            "publiek_zichtbaar": things["public"].to_numpy(),
            "installatiedatum": install.to_numpy(dtype=object),
            "status": things["status"].replace({"active": "actief"}).to_numpy(), "properties": props,
        })

    def _save_locations(self, batch: SensorBatch, thing_ids: dict, niscode: str) -> int:
        from shapely import wkt
        from shapely.geometry import Point

        things = batch.things
        has_point = np.isfinite(things["x"].to_numpy(dtype=float)) & np.isfinite(things["y"].to_numpy(dtype=float))
        has_line = things["geometry_wkt"].fillna("").astype(str).str.len().to_numpy() > 0
        candidates = things[has_point | has_line]
        if candidates.empty:
            return 0
        located = {row["thing_id"] for row in self.store.read("sensor_location", columns=["thing_id"])}
        rows = []
        for row in candidates.itertuples(index=False):
            thing_id = thing_ids[row.thing_key]
            if thing_id in located:
                continue
            geometry = wkt.loads(row.geometry_wkt) if row.geometry_wkt else Point(float(row.x), float(row.y))
            rows.append({"location_key": f"{row.thing_key}@1", "thing_id": thing_id, "niscode": niscode,
                         "naam": row.name, "geom": geometry})
        return self.store.insert_many("sensor_location", rows, skip_existing=True) if rows else 0

    def _stream_rows(self, streams: pd.DataFrame, thing_ids: dict, niscode: str) -> pd.DataFrame:
        return pd.DataFrame({
            "datastream_key": streams["datastream_key"].to_numpy(),
            "thing_id": [thing_ids[k] for k in streams["thing_key"]], "niscode": niscode,
            "naam": streams["name"].to_numpy(), "observed_property": streams["observed_property"].to_numpy(),
            "unit": streams["unit"].to_numpy(), "aggregation": streams["aggregation"].to_numpy(),
            "result_type": "measurement",
            "properties": [{"source_unit": su, "resolution_s": int(rs), "source_id": si}
                           for su, rs, si in zip(streams["source_unit"], streams["resolution_s"],
                                                 streams["source_id"])],
        })

    def _drop_stored(self, obs: pd.DataFrame, existing_streams: set, stream_ids: dict) -> tuple[pd.DataFrame, int]:
        """Leave out readings the store already holds (same datastream and time)."""
        if not existing_streams:
            return obs, 0
        keep = np.ones(len(obs), dtype=bool)
        keys = obs["datastream_key"].to_numpy()
        for key in existing_streams:
            mine = keys == key
            if not mine.any():
                continue
            times = obs.loc[mine, "time"]
            stored = self.store.read_frame("observation", {
                "datastream_id": stream_ids[key],
                "phenomenon_time": ("between", times.min().to_pydatetime(), times.max().to_pydatetime())},
                columns=["phenomenon_time"])
            if stored.empty:
                continue
            # compare at the store's millisecond precision
            stored_ms = utc_values(stored["phenomenon_time"]).astype("datetime64[ms]")
            dup = np.isin(utc_values(times).astype("datetime64[ms]"), stored_ms)
            keep[np.flatnonzero(mine)[dup]] = False
        return obs[keep], int((~keep).sum())

    def _observation_rows(self, obs: pd.DataFrame, stream_ids: dict, niscode: str) -> pd.DataFrame:
        ids = pd.Series(stream_ids)
        obs = obs.reset_index(drop=True)
        # tz-aware columns are passed as Series: .to_numpy() would make an object array of Timestamps (slow)
        rows = pd.DataFrame({
            "datastream_id": ids.reindex(obs["datastream_key"].to_numpy()).to_numpy(dtype=np.int64),
            "phenomenon_time": pd.to_datetime(obs["time"], utc=True),
            "phenomenon_time_end": pd.to_datetime(obs["time_end"], utc=True),
            "result": obs["result"].to_numpy(dtype=float),
            "result_text": obs["result_text"].to_numpy(dtype=object),
            "quality": encode_quality(obs["quality"].to_numpy(dtype=object), obs["valid"].to_numpy()).to_numpy(),
            "niscode": niscode,
        })
        # columns that are empty in every row are left to their NULL default: less to check and to write
        empty = [c for c in ("phenomenon_time_end", "result_text", "quality") if rows[c].isna().all()]
        return rows.drop(columns=empty)

    # ---- reading -----------------------------------------------------------------------------------------------------
    def stored_units(self) -> dict[str, str]:
        rows = self.store.read("sensor_datastream", columns=["observed_property", "unit"])
        return {r["observed_property"]: r["unit"] or "" for r in rows}

    def datastreams(self, observed_property: str | list[str] | None = None, niscode: Any = None) -> pd.DataFrame:
        """Datastreams with their thing: datastream fid, key, name, property, unit, aggregation, resolution, thing."""
        where = {}
        if observed_property:
            where["observed_property"] = observed_property if isinstance(observed_property, str) else \
                list(observed_property)
        streams = self.store.read_frame("sensor_datastream", where or None, niscode=niscode, columns=[
            "fid", "datastream_key", "thing_id", "naam", "observed_property", "unit", "aggregation", "properties"])
        if streams.empty:
            return pd.DataFrame(columns=["datastream_id", "datastream_key", "thing_id", "name", "observed_property",
                                         "unit", "aggregation", "resolution_s", "thing_key", "thing_name"])
        things = self.store.read_frame("sensor_thing", {"fid": sorted(set(streams["thing_id"].astype(int)))},
                                       columns=["fid", "thing_key", "naam"])
        streams = streams.rename(columns={"fid": "datastream_id", "naam": "name"})
        streams["resolution_s"] = [int((p or {}).get("resolution_s", 0) or 0) for p in streams.pop("properties")]
        names = things.set_index(things["fid"].astype(int))
        streams["thing_key"] = names["thing_key"].reindex(streams["thing_id"].astype(int)).to_numpy()
        streams["thing_name"] = names["naam"].reindex(streams["thing_id"].astype(int)).to_numpy()
        streams["datastream_id"] = streams["datastream_id"].astype(np.int64)
        streams["thing_id"] = streams["thing_id"].astype(np.int64)
        return streams

    def things(self, niscode: Any = None) -> pd.DataFrame:
        """Things with their position (x, y of the point or of the middle of a line, EPSG:31370) and register fields."""
        things = self.store.read_frame("sensor_thing", niscode=niscode, columns=[
            "fid", "thing_key", "niscode", "source", "naam", "beschrijving", "type", "connectiviteit", "eigenaar",
            "beheerder", "persoonsgegevens", "publiek_zichtbaar", "installatiedatum", "status"])
        locations = self.store.read_frame("sensor_location", niscode=niscode, columns=["thing_id", "geom"])
        things = pd.DataFrame(things)
        things["fid"] = things["fid"].astype(np.int64)
        x = np.full(len(things), np.nan)
        y = np.full(len(things), np.nan)
        geometry = np.empty(len(things), dtype=object)  # filled one by one: pandas must not unpack geometries
        if len(locations):
            position = {int(t): g for t, g in zip(locations["thing_id"], locations["geom"])}
            for i, fid in enumerate(things["fid"]):
                geom = position.get(int(fid))
                if geom is None or geom.is_empty:
                    continue
                point = geom if geom.geom_type == "Point" else geom.interpolate(0.5, normalized=True)
                x[i], y[i] = point.x, point.y
                geometry[i] = geom
        things["x"], things["y"], things["geometry"] = x, y, geometry
        return things

    def latest_times(self, datastream_keys: list[str] | None = None) -> dict[str, pd.Timestamp]:
        """The time of the newest stored reading per datastream (for incremental loading)."""
        ids = self.store.key_map("sensor_datastream")
        keys = datastream_keys if datastream_keys is not None else list(ids)
        out = {}
        for key in keys:
            if key not in ids:
                continue
            rows = self.store.read("observation", {"datastream_id": ids[key]}, columns=["phenomenon_time"],
                                   order_by="-phenomenon_time", limit=1)
            if rows:
                out[key] = pd.Timestamp(rows[0]["phenomenon_time"])
        return out

    def series(self, datastream_ids: list[int], start: pd.Timestamp | None = None,
               end: pd.Timestamp | None = None, *, full: bool = True) -> pd.DataFrame:
        """Readings of some datastreams in ``[start, end)``, oldest first, with ``valid`` decoded.

        ``full=False`` leaves out ``time_end`` and ``result_text`` (empty columns), which aggregation does not need.
        """
        columns = ["datastream_id", "phenomenon_time", "phenomenon_time_end", "result", "result_text", "quality"]
        if not full:
            columns = ["datastream_id", "phenomenon_time", "result", "quality"]
        parts = []
        for ds_id in datastream_ids:
            where: dict[str, Any] = {"datastream_id": int(ds_id)}
            if start is not None and end is not None:
                where["phenomenon_time"] = ("between", pd.Timestamp(start).to_pydatetime(),
                                            pd.Timestamp(end).to_pydatetime())
            elif start is not None:
                where["phenomenon_time"] = (">=", pd.Timestamp(start).to_pydatetime())
            elif end is not None:
                where["phenomenon_time"] = ("<=", pd.Timestamp(end).to_pydatetime())
            frame = self.store.read_frame("observation", where, columns=columns, order_by="phenomenon_time")
            if end is not None and len(frame):
                frame = frame[frame["phenomenon_time"] < pd.Timestamp(end)]
            parts.append(pd.DataFrame(frame))
        frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
        frame = frame.rename(columns={"phenomenon_time": "time", "phenomenon_time_end": "time_end"})
        for name in ("time_end", "result_text"):
            if name not in frame:
                frame[name] = pd.Series(pd.NaT if name == "time_end" else None, index=frame.index,
                                        dtype="datetime64[ns, UTC]" if name == "time_end" else object)
        frame["datastream_id"] = frame["datastream_id"].astype(np.int64)
        frame["valid"] = decode_valid(frame["result"], frame["quality"])
        frame["quality"] = strip_invalid(frame["quality"]).to_numpy()
        return frame

    def latest_values(self, observed_property: str, niscode: Any = None) -> pd.DataFrame:
        """Per datastream of ``observed_property``: its thing, position and newest valid reading (time, value)."""
        streams = self.datastreams(observed_property, niscode)
        rows = []
        for stream in streams.itertuples(index=False):
            # the newest rows first; a few may be invalid or empty, the first valid one is the latest value
            found = self.store.read("observation", {"datastream_id": int(stream.datastream_id)},
                                    columns=["phenomenon_time", "result", "quality"], order_by="-phenomenon_time",
                                    limit=50)
            latest = next((r for r in found if r["result"] is not None and not str(r["quality"] or "")
                           .endswith(INVALID)), None)
            rows.append({"datastream_id": int(stream.datastream_id), "thing_id": int(stream.thing_id),
                         "thing_key": stream.thing_key, "name": stream.thing_name, "unit": stream.unit,
                         "time": pd.Timestamp(latest["phenomenon_time"]) if latest else pd.NaT,
                         "value": float(latest["result"]) if latest else np.nan})
        return pd.DataFrame(rows, columns=["datastream_id", "thing_id", "thing_key", "name", "unit", "time", "value"])

    def observations(self, observed_property: str, niscode: Any = None, start: pd.Timestamp | None = None,
                     end: pd.Timestamp | None = None, thing_keys: list[str] | None = None,
                     full: bool = False) -> pd.DataFrame:
        """All readings of a property (optionally of some things and a period), with their datastream and thing."""
        streams = self.datastreams(observed_property, niscode)
        if thing_keys is not None:
            streams = streams[streams["thing_key"].isin(thing_keys)]
        obs = self.series(streams["datastream_id"].tolist(), start, end, full=full)
        meta = streams.set_index("datastream_id")
        for column in ("datastream_key", "thing_key", "thing_name", "unit", "resolution_s"):
            obs[column] = meta[column].reindex(obs["datastream_id"]).to_numpy()
        return obs
