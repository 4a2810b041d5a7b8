"""Reading the data files a scenario is built from, with clear messages when one is wrong.

A data folder holds JSON files of records and CSV tables of monthly values (one row per
series, columns January to December, ``#`` lines at the top saying what the table holds).
Every number carries where it comes from: a JSON number sits in an object with ``basis``
(cited / derived / estimate), ``refs`` (codes listed in the folder's ``sources.json``) and a
``note``; a CSV row is named by such an object. A mistake raises :class:`DataError` naming
the file, the record or row, and the problem.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from waterplanner.model import LevelAreaVolume

BASES = ("cited", "derived", "estimate")
SOURCE_KEYS = ("basis", "refs", "note")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SEASONAL = "seasonal_limits.csv"       # monthly rates (m³/s) of fields that vary with the season
CODE = re.compile(r"\bR\d{2,3}\b")


class DataError(Exception):
    """A data file is malformed; the message names the file, the place and the problem."""


def _number(v: Any, where: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise DataError(f"{where}: {json.dumps(v, ensure_ascii=False)} is not a number")
    return float(v)


class Record:
    """One JSON object of a data file and its place: ``where`` reads ``file: key[i] (id).key``
    (just ``file`` for the file's top level)."""

    def __init__(self, data: Any, where: str, folder: Folder, top: bool = False) -> None:
        self.data, self.where, self.folder, self._sep = data, where, folder, ": " if top else "."
        if not isinstance(data, dict):
            raise DataError(f"{where}: expected an object {{…}}, found "
                            f"{json.dumps(data, ensure_ascii=False)[:40]}")

    def __contains__(self, key: str) -> bool:
        return key in self.data

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def get(self, key: str, hint: str = "") -> Any:
        if key not in self.data:
            raise DataError(f"{self.where}: missing '{key}'{hint}")
        return self.data[key]

    def at(self, key: str) -> str:
        return f"{self.where}{self._sep}{key}"

    def text(self, key: str, choices: tuple[str, ...] = ()) -> str:
        v = self.get(key)
        if not isinstance(v, str) or (choices and v not in choices):
            expected = f"one of {', '.join(choices)}" if choices else "text"
            raise DataError(f"{self.at(key)}: expected {expected}, found "
                            f"{json.dumps(v, ensure_ascii=False)}")
        return v

    def number(self, key: str) -> float:
        return _number(self.get(key), self.at(key))

    def numbers(self, key: str, count: int | None = None) -> list[float]:
        v = self.get(key)
        if not isinstance(v, list) or (count is not None and len(v) != count):
            raise DataError(f"{self.at(key)}: expected a list of {count or 'some'} numbers")
        return [_number(x, f"{self.at(key)}[{i}]") for i, x in enumerate(v)]

    def flag(self, key: str) -> bool:
        v = self.data.get(key, False)
        if not isinstance(v, bool):
            raise DataError(f"{self.at(key)}: expected true or false")
        return v

    def record(self, key: str, hint: str = "") -> Record:
        return Record(self.get(key, hint), self.at(key), self.folder)

    def records(self, key: str, count: int | None = None) -> list[Record]:
        v = self.get(key)
        if not isinstance(v, list) or (count is not None and len(v) != count):
            raise DataError(f"{self.at(key)}: expected a list of {count or 'some'} objects")
        return [Record(x, f"{self.at(key)}[{i}]" + (f" ({x['id']})" if isinstance(x, dict)
                                                     and "id" in x else ""), self.folder)
                for i, x in enumerate(v)]

    def only(self, *keys: str) -> Record:
        """This record, if it has no key beyond ``keys`` (a mistyped optional key would
        otherwise be ignored silently)."""
        for k in self.data:
            if k not in keys and k not in SOURCE_KEYS:
                raise DataError(f"{self.at(k)}: unknown key (known: {', '.join(keys)})")
        return self

    def one_of(self, keys: tuple[str, ...]) -> str:
        present = [k for k in keys if k in self.data]
        if len(present) != 1:
            raise DataError(f"{self.where}: give exactly one of {', '.join(keys)}")
        return present[0]

    def node(self, key: str, ids: set[str]) -> str:
        v = self.text(key)
        if v not in ids:
            raise DataError(f"{self.at(key)}: '{v}' is not a node of the network")
        return v

    def source(self) -> dict[str, Any]:
        """Where this record's numbers come from, checked: basis, known codes, a note."""
        basis = self.text("basis", BASES)
        refs, note = self.get("refs"), self.text("note")
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            raise DataError(f"{self.at('refs')}: expected a list of reference codes")
        if basis != "estimate" and not refs:
            raise DataError(f"{self.at('refs')}: a {basis} number needs at least one reference")
        if not note.strip():
            raise DataError(f"{self.at('note')}: say where the number comes from")
        for code in [*refs, *CODE.findall(note)]:
            self.folder.check_code(code, self.at("refs" if code in refs else "note"))
        return {"basis": basis, "refs": list(refs), "note": note}

    def value(self, key: str, nullable: bool = False) -> tuple[Any, dict[str, Any]]:
        """The number ``{"value": …, "basis": …, "refs": […], "note": …}`` at ``key`` and
        its source."""
        rec = self.record(key)
        v = rec.get("value")
        return (None if v is None and nullable else _number(v, rec.at("value"))), rec.source()

    def without_source(self) -> dict[str, Any]:
        """The record as the scenario file takes it: its source checked, then left out."""
        self.source()
        return {k: v for k, v in self.data.items() if k not in SOURCE_KEYS}

    def template(self, key: str, values: dict[str, Any]) -> str:
        """The text at ``key`` with its {placeholders} filled from ``values``."""
        return self.fill(self.text(key), self.at(key), values)

    def templates(self, key: str, values: dict[str, Any]) -> list[str]:
        v = self.get(key)
        if not isinstance(v, list):
            raise DataError(f"{self.at(key)}: expected a list of paragraphs")
        return [self.fill(p, f"{self.at(key)}[{i}]", values) for i, p in enumerate(v)]

    def fill(self, text: Any, where: str, values: dict[str, Any]) -> str:
        if not isinstance(text, str):
            raise DataError(f"{where}: expected text")
        try:
            out = text.format_map(values)
        except (KeyError, ValueError, IndexError) as e:
            raise DataError(f"{where}: unknown or malformed placeholder {e} (known: "
                            f"{', '.join(sorted(values))})") from None
        for code in CODE.findall(out):
            self.folder.check_code(code, where)
        return out


class Table:
    """A CSV table of monthly values, January to December, rows named by key columns."""

    def __init__(self, path: Path, keys: tuple[str, ...]) -> None:
        self.name = path.name
        self.rows: dict[str | tuple[str, ...], list[float]] = {}
        self.used: set[str | tuple[str, ...]] = set()
        lines = [(i, t) for i, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if t.strip() and not t.lstrip().startswith("#")]
        if not lines:
            raise DataError(f"{self.name}: no header line")
        header = next(csv.reader([lines[0][1]]))
        expected = [*keys, *MONTHS]
        for col in expected:
            if col not in header:
                raise DataError(f"{self.name}: missing column '{col}' (expected "
                                f"{', '.join(expected)})")
        if header != expected:
            raise DataError(f"{self.name}: the columns must be {', '.join(expected)}, in this "
                            f"order (found {', '.join(header)})")
        for line, text in lines[1:]:
            cells = [c.strip() for c in next(csv.reader([text]))]
            key = cells[0] if len(keys) == 1 else tuple(cells[:len(keys)])
            where = f"{self.name}, line {line} ({' '.join(cells[:len(keys)])})"
            if len(cells) - len(keys) != 12:
                raise DataError(f"{where}: {len(cells) - len(keys)} monthly values, expected 12 "
                                "(Jan to Dec)")
            if key in self.rows:
                raise DataError(f"{where}: a second row {key!r}")
            self.rows[key] = [self._cell(c, f"{where}, {m}")
                              for c, m in zip(cells[len(keys):], MONTHS)]

    @staticmethod
    def _cell(text: str, where: str) -> float:
        try:
            return _number(float(text), where)
        except ValueError:
            raise DataError(f"{where}: '{text}' is not a number") from None

    def row(self, key: str | tuple[str, ...], where: str) -> list[float]:
        """The row named ``key`` (asked for at ``where``)."""
        if key not in self.rows:
            raise DataError(f"{where}: no row {key!r} in {self.name}")
        self.used.add(key)
        return list(self.rows[key])


class Folder:
    """A data folder: its JSON files and tables, read once, and its references."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tables: dict[str, Table] = {}
        self.references: dict[str, dict[str, str]] = {}
        refs = self.json("sources.json").record("references")
        for code in refs:
            ref = refs.record(code)
            self.references[code] = {"title": ref.text("title"), "url": ref.text("url")}

    def json(self, name: str) -> Record:
        try:
            data = json.loads((self.path / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataError(f"{name}: no such file in {self.path}") from None
        except json.JSONDecodeError as e:
            raise DataError(f"{name}, line {e.lineno} column {e.colno}: {e.msg}") from None
        return Record(data, name, self, top=True)

    def table(self, name: str, keys: tuple[str, ...] = ("series",)) -> Table:
        if name not in self.tables:
            if not (self.path / name).is_file():
                raise DataError(f"{name}: no such file in {self.path}")
            self.tables[name] = Table(self.path / name, keys)
        return self.tables[name]

    def check_code(self, code: str, where: str) -> None:
        if code not in self.references:
            raise DataError(f"{where}: reference {code!r} is not listed in sources.json")

    def check_all_rows_used(self) -> None:
        """Every row of every table read is used: none without a source, none mistyped."""
        for t in self.tables.values():
            for key in t.rows:
                if key not in t.used:
                    raise DataError(f"{t.name}: row {key!r} is not used by any record (a "
                                    "mistyped name, or a row without a source)")

    def used_references(self, sources: dict[str, dict[str, Any]],
                        notes: str) -> dict[str, dict[str, str]]:
        """The references the sources cite or any note names, in code order."""
        codes = {r for s in sources.values() for r in s["refs"]} | set(CODE.findall(notes))
        codes |= {c for s in sources.values() for c in CODE.findall(s["note"])}
        for c in codes:
            self.check_code(c, "metadata")
        return {c: self.references[c] for c in sorted(codes)}


class Sourcing:
    """Numbers taken from a data folder for a scenario, with the sources they carry into its
    ``metadata.sources``; monthly rows turned into the scenario's time base."""

    def __init__(self, folder: Folder, time: Any) -> None:
        self.folder, self.time = folder, time                           # time: a TimeBase
        self.sources: dict[str, dict[str, Any]] = {}

    def monthly(self, jan_dec: list[float], m3s: bool = False) -> tuple[float, ...]:
        """A January-December row in the time base's order (from its first month), as volumes
        per period if it is in m³/s; rounded to 1 m³ to keep float noise out of the files."""
        k = self.time.start.month - 1
        values = np.array(jan_dec[k:] + jan_dec[:k], dtype=float)
        if m3s:
            values = self.time.m3s_to_mcm(values)
        return tuple(round(float(v), 6) for v in values)

    def cite(self, path: str, rec: Record, prefix: str = "", suffix: str = "") -> None:
        """Record that the number at ``path`` of the scenario comes from ``rec``'s source."""
        src = rec.source()
        self.sources[path] = {**src, "note": prefix + src["note"] + suffix}

    def take(self, path: str, rec: Record, key: str, defaults: Record | None = None,
             nullable: bool = False) -> Any:
        """The sourced number at ``key`` (from ``defaults`` if ``rec`` lacks it), cited."""
        holder = defaults if defaults is not None and key not in rec and key in defaults else rec
        self.cite(path, holder.record(key))
        if "series" in holder.record(key):             # one value per month, as given
            return self.row(SEASONAL, holder.record(key))
        return holder.value(key, nullable)[0]

    def row(self, table: str, rec: Record, m3s: bool = False) -> tuple[float, ...]:
        """The row of ``table`` that ``rec`` names in its ``series``, in the time base."""
        return self.monthly(self.folder.table(table).row(rec.text("series"), rec.where), m3s)


# ======================================================================================
# Level-area-volume tables: the methods a ``lav`` record may name
# ======================================================================================
def _integrate_levels(vols: list[float], areas: list[float], anchor: int,
                      level: float) -> list[float]:
    """Levels of rows whose area is linear in volume between them, from one known level:
    dh = dV / A(V), so h2 − h1 = (V2 − V1) / (A2 − A1) · ln(A2 / A1)   (Mm³ / km² = m)."""
    def dh(i: int) -> float:
        (v1, a1), (v2, a2) = (vols[i], areas[i]), (vols[i + 1], areas[i + 1])
        return (v2 - v1) / a1 if abs(a2 - a1) < 1e-9 else \
            (v2 - v1) / (a2 - a1) * float(np.log(a2 / a1))
    levels = [0.0] * len(vols)
    levels[anchor] = level
    for i in range(anchor + 1, len(vols)):
        levels[i] = levels[i - 1] + dh(i - 1)
    for i in range(anchor - 1, -1, -1):
        levels[i] = levels[i + 1] - dh(i)
    return levels


def make_lav(rec: Record, dead_mcm: float, full_mcm: float) -> LevelAreaVolume:
    """The table a ``lav`` record describes: ``table`` (the rows as given), ``linear_area``
    (rows at dead storage, half-way and full, area linear in volume, levels integrated down
    from the full supply level) or ``power_law_area`` (area a·V^b through two points, levels
    integrated from one known level)."""
    method = rec.text("method", ("table", "linear_area", "power_law_area"))
    if method == "table":
        cols = [tuple(rec.numbers(k)) for k in ("level_m", "area_km2", "volume_mcm")]
        if len({len(c) for c in cols}) != 1:
            raise DataError(f"{rec.where}: level_m, area_km2 and volume_mcm differ in length")
        return LevelAreaVolume(level_m=cols[0], area_km2=cols[1], volume_mcm=cols[2])
    if method == "linear_area":
        dead_a, full_a = rec.number("dead_area_km2"), rec.number("full_area_km2")
        vols = [dead_mcm, (dead_mcm + full_mcm) / 2, full_mcm]
        areas = [dead_a + (full_a - dead_a) * (v - dead_mcm) / (full_mcm - dead_mcm)
                 for v in vols]
        levels = _integrate_levels(vols, areas, 2, rec.number("full_supply_level_m"))
        return LevelAreaVolume(level_m=tuple(round(h, 2) for h in levels),
                               area_km2=tuple(round(x, 1) for x in areas),
                               volume_mcm=tuple(round(v, 1) for v in vols))
    # power_law_area: A = a·V^b through two points; ∫ dV / (a V^b) from one known level
    (v1, a1), (v2, a2) = [(p.number("volume_mcm"), p.number("area_km2"))
                          for p in rec.records("area_points", count=2)]
    point = rec.record("level_point")
    v0, h0 = point.number("volume_mcm"), point.number("level_m")
    b = np.log(a2 / a1) / np.log(v2 / v1)
    a = a1 / v1 ** b

    def f(x: float) -> float:
        return float(x ** (1 - b) / (a * (1 - b)))
    vols = rec.numbers("volume_mcm")
    return LevelAreaVolume(level_m=tuple(round(h0 + f(v) - f(v0), 2) for v in vols),
                           area_km2=tuple(round(float(a * v ** b), 1) for v in vols),
                           volume_mcm=tuple(vols))
