"""Reading values out of a parsed scenario document while collecting problems.

:class:`FieldChecker` walks objects against the schema's field specs (types, finiteness,
bounds, series lengths, level–area–volume tables) and records a :class:`Problem` for each
thing wrong, returning only what was well-formed; the section rules in
:mod:`waterplanner.model.validation` build on it.
"""

from __future__ import annotations

import difflib
import math
import re
from typing import Any

from waterplanner.i18n import QT_TRANSLATE_NOOP, plural, translate
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.i18n.units import unit
from waterplanner.model.problems import Problem
from waterplanner.model.schema import (
    HYDROPOWER_FIELDS,
    LAV_COLUMNS,
    MAX_ID_CHARS,
    PLANT_FIELDS,
    RULE_FIELDS,
    RULE_KINDS,
    FieldSpec,
    FieldType,
)

COUNTRY_CODE = re.compile(r"^[A-Z]{2}\Z")
_ID = re.compile(rf"^[A-Za-z0-9_\-]{{1,{MAX_ID_CHARS}}}\Z")
SHARE_TOLERANCE = 1e-6


def fmt(v: float) -> str:
    """A number for a message: enough digits that two different numbers never print alike
    ("316.053 above 316.053"), and huge ones in exponent form (1e308 as '1e+308', never as
    a 309-digit integer), with the language's decimal mark ('316,053' in Russian)."""
    if isinstance(v, int) and not isinstance(v, bool):
        if abs(v) < 10 ** 16:
            return str(v)
        digits = len(str(abs(v))) if abs(v) < 10 ** 4000 else None
        if digits is None:
            return ("-" if v < 0 else "") + translate("FieldCheck",
                                                      "a number of more than 4000 digits")
        text = f"{'-' if v < 0 else ''}{str(abs(v))[0]}.{str(abs(v))[1:6]}e+{digits - 1}"
    elif 1e-4 <= abs(v) < 1e12 or v == 0:
        text = f"{v:.12g}"
    elif abs(v) < 1e16 and float(v).is_integer():
        text = f"{v:.0f}"
    else:
        text = repr(float(v))
    return text.replace(".", decimal_mark())


def shorten(text: str, limit: int = 80) -> str:
    """Text as echoed in a message: cut to ``limit`` characters, saying how long it was, so a
    10 MB name does not become a 10 MB message."""
    if len(text) <= limit:
        return text
    return translate("FieldCheck", "{text}… ({count} characters)").format(
        text=text[:limit], count=f"{len(text):,}".replace(",", " "))


def quote(v: Any, limit: int = 80) -> str:
    """A value the file holds, as echoed in a message: its repr, cut to ``limit`` characters."""
    if isinstance(v, (list, dict)) and len(v) > 20:
        return plural("FieldCheck", "{what} of {count} items", len(v)).format(
            what=typename(v), count=len(v))
    return shorten(repr(v), limit)


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("FieldCheck", "{what} of {count} items", None, 1)


def typename(v: Any) -> str:
    """What a value of the file is, in words ('a number', 'text', 'a list' …)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, (int, float)):
        return translate("FieldCheck", "a number")
    if isinstance(v, str):
        return translate("FieldCheck", "text")
    if isinstance(v, list):
        return translate("FieldCheck", "a list")
    if isinstance(v, dict):
        return translate("FieldCheck", "an object")
    return type(v).__name__


def expected_object(v: Any) -> str:
    """'expected an object, found …' (said of many places of a file)."""
    return translate("FieldCheck", "expected an object, found {found}").format(found=typename(v))


def invalid_id(shown: str) -> str:
    """Why ``shown`` (a quoted value) is not an id."""
    return translate("FieldCheck", "{value} is not a valid id (1-64 letters, digits, _ and -)"
                     ).format(value=shown)


def unknown_inflow_set(name: str, set_names: list[str]) -> str:
    return translate("FieldCheck", "unknown inflow set '{name}' (the scenario defines: "
                                   "{sets})").format(name=name, sets=", ".join(set_names))


def unit_shown(symbol: str) -> str:
    """A unit of the schema in the current language ('m³/s' → 'м³/с')."""
    return unit(symbol)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bad_text(text: str) -> str:
    # JSON can spell a lone UTF-16 surrogate ("\\ud800"); such text could never be saved
    bad = next(ch for ch in text if 0xD800 <= ord(ch) <= 0xDFFF)
    return translate("FieldCheck", "text contains the unpaired surrogate {code}, which is not "
                                   "a character").format(code=f"\\u{ord(bad):04x}")


MAX_LOCATION_CHARS = 300
MAX_MESSAGE_CHARS = 2000


# \Z: "$" would let "id\n" through; the bounded repeat keeps a 10 MB id a quick refusal
ID_PATTERN = re.compile(rf"^[A-Za-z0-9_\-]{{1,{MAX_ID_CHARS}}}\Z")
"""A valid id of a node, link, plant or exchange."""

NULL_MESSAGE = QT_TRANSLATE_NOOP("FieldCheck", "needs a value (null is not allowed here)")
"""What is said of a null in a field that must have a value (in a file or from an edit);
English, shown through :func:`null_message`."""


def null_message() -> str:
    """:data:`NULL_MESSAGE` in the current language."""
    return translate("FieldCheck", NULL_MESSAGE)

class FieldChecker:
    """Collects problems while walking a document."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        # nodes whose kind is missing or unknown: they exist, so links to them are not
        # also reported as pointing nowhere
        self.ids_without_kind: set[str] = set()

    def add(self, location: str, message: str) -> None:
        # a safety net: the sites echo values through shorten()/quote(), but a location is
        # built from keys the file chose, and a message must never grow with the file
        self.problems.append(Problem(shorten(location, MAX_LOCATION_CHARS),
                                     shorten(message, MAX_MESSAGE_CHARS)))

    # --- scalars ------------------------------------------------------------------
    def number(self, loc: str, value: Any, spec: FieldSpec | None = None) -> float | None:
        """A finite number within the spec's bounds, or None after reporting why not."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(loc, translate("FieldCheck", "expected a number, found {found}").format(
                found=typename(value)))
            return None
        try:
            x = float(value)
        except OverflowError:
            self.add(loc, translate("FieldCheck", "number is too large"))
            return None
        if not math.isfinite(x):
            self.add(loc, translate("FieldCheck", "{value} is not a finite number").format(
                value=value))
            return None
        if spec is not None:
            unit = f" {unit_shown(spec.unit)}" if spec.unit and not spec.unit.startswith("Mm³/") \
                else ""
            too_low = spec.minimum is not None and x < spec.minimum
            too_high = spec.maximum is not None and (
                x > spec.maximum or (spec.exclusive_maximum and x >= spec.maximum))
            value = fmt(x) + unit
            if (too_low or too_high) and spec.limit_note and not (too_low and spec.minimum == 0):
                text = translate("FieldCheck", "{value} is too large: must be {limit}") \
                    if too_high else translate("FieldCheck", "{value} is too low: must be {limit}")
                self.add(loc, text.format(value=value, limit=spec.limit_note))
                return None
            if too_low:
                assert spec.minimum is not None
                if spec.minimum == 0:
                    self.add(loc, translate("FieldCheck", "{value} is negative").format(
                        value=value))
                else:
                    self.add(loc, translate("FieldCheck", "{value} is below the minimum "
                                                          "{minimum}").format(
                        value=value, minimum=fmt(spec.minimum)))
                return None
            if too_high:
                assert spec.maximum is not None
                lo = fmt(spec.minimum) if spec.minimum is not None else "-∞"
                interval = f"[{lo}, {fmt(spec.maximum)}" + (")" if spec.exclusive_maximum
                                                            else "]")
                text = translate("FieldCheck", "{value} is outside {interval} (must be below "
                                               "{maximum})") if spec.exclusive_maximum else \
                    translate("FieldCheck", "{value} is outside {interval} (must be at most "
                                            "{maximum})")
                self.add(loc, text.format(value=fmt(x), interval=interval,
                                          maximum=fmt(spec.maximum)))
                return None
        return x

    def integer(self, loc: str, value: Any, spec: FieldSpec | None = None) -> int | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(loc, translate("FieldCheck", "expected a whole number, found {found}")
                     .format(found=typename(value)))
            return None
        if isinstance(value, float) and (not math.isfinite(value) or value != int(value)):
            self.add(loc, translate("FieldCheck", "expected a whole number, found {found}")
                     .format(found=str(value).replace(".", decimal_mark())))
            return None
        x = int(value)
        if spec is not None:
            if spec.minimum is not None and x < spec.minimum:
                self.add(loc, translate("FieldCheck", "{value} is below the minimum {minimum}")
                         .format(value=fmt(x), minimum=fmt(spec.minimum)))
                return None
            if spec.maximum is not None and x > spec.maximum:
                text = translate("FieldCheck", "{value} is above the maximum {maximum}: must be "
                                               "{limit}") if spec.limit_note else \
                    translate("FieldCheck", "{value} is above the maximum {maximum}")
                self.add(loc, text.format(value=fmt(x), maximum=fmt(spec.maximum),
                                          limit=spec.limit_note))
                return None
        return x

    def string(self, loc: str, value: Any, nonempty: bool = False,
               max_length: int | None = None) -> str | None:
        if not isinstance(value, str):
            self.add(loc, translate("FieldCheck", "expected text, found {found}").format(
                found=typename(value)))
            return None
        if max_length is not None and len(value) > max_length:
            self.add(loc, translate("FieldCheck", "'{text}' is too long: at most {limit} "
                                                  "characters").format(
                text=shorten(value, 40), limit=max_length))
            return None
        if not _encodable(value):
            self.add(loc, f"{_bad_text(value)}")
            return None
        if nonempty and not value.strip():
            self.add(loc, translate("FieldCheck", "must not be empty"))
            return None
        return value

    def series(self, loc: str, value: Any, length: int | None,
               spec: FieldSpec | None = None) -> list[float] | None:
        """A list of finite numbers, of the time base's length when that is known."""
        if not isinstance(value, list):
            self.add(loc, translate("FieldCheck", "expected a list of numbers, found {found}")
                     .format(found=typename(value)))
            return None
        if length is not None and len(value) != length:
            self.add(loc, translate("FieldCheck", "has {count} values but the time base has "
                                                  "{periods} periods").format(
                count=len(value), periods=length))
            return None
        out: list[float] = []
        ok = True
        bad = 0
        for i, v in enumerate(value):
            before = len(self.problems)
            x = self.number(f"{loc}[{i}]", v, spec)
            if x is None:
                ok = False
                bad += 1
                if bad > 5:
                    del self.problems[before:]
            else:
                out.append(x)
        if bad > 5:
            self.add(loc, translate("FieldCheck", "{count} values in all are wrong (the first "
                                                  "5 are listed)").format(count=bad))
        return out if ok else None

    # --- objects ------------------------------------------------------------------
    def fields(self, loc: str, obj: dict[str, Any], specs: tuple[FieldSpec, ...],
               length: int | None, set_names: list[str] | None) -> dict[str, Any]:
        """Read every field of an object; return those that were well-formed."""
        known = {s.name for s in specs}
        for key in obj:
            if key not in known:
                hint = difflib.get_close_matches(key, sorted(known), n=1) \
                    if len(key) <= 100 else []
                self.add(f"{loc}.{shorten(key)}", translate(
                    "FieldCheck", "unknown field (did you mean '{name}'?)").format(name=hint[0])
                    if hint else translate("FieldCheck", "unknown field"))
        good: dict[str, Any] = {}
        for spec in specs:
            floc = f"{loc}.{spec.name}"
            if spec.name not in obj:
                if spec.optional:
                    good[spec.name] = spec.default
                else:
                    self.add(floc, translate("FieldCheck", "required field is missing"))
                continue
            value = obj[spec.name]
            if value is None:
                if spec.nullable:
                    good[spec.name] = None
                else:
                    self.add(floc, null_message())
                continue
            parsed = self.value(floc, value, spec, length, set_names)
            if parsed is not None:
                good[spec.name] = parsed
        return good

    def value(self, loc: str, value: Any, spec: FieldSpec, length: int | None,
              set_names: list[str] | None) -> Any:
        t = spec.type
        if t is FieldType.NUMBER:
            return self.number(loc, value, spec)
        if t is FieldType.INTEGER:
            return self.integer(loc, value, spec)
        if t is FieldType.STRING:
            return self.string(loc, value, max_length=spec.max_length)
        if t is FieldType.BOOLEAN:
            if not isinstance(value, bool):
                self.add(loc, translate("FieldCheck", "expected true or false, found {found}")
                         .format(found=typename(value)))
                return None
            return value
        if t is FieldType.SERIES:
            return self.series(loc, value, length, spec)
        if t is FieldType.SERIES_BY_SET:
            return self.series_by_set(loc, value, length, spec, set_names)
        if t is FieldType.LAV:
            return self.lav(loc, value)
        if t is FieldType.HYDROPOWER:
            if not isinstance(value, dict):
                self.add(loc, expected_object(value))
                return None
            got = self.fields(loc, value, HYDROPOWER_FIELDS, length, set_names)
            return got if len(got) == len(HYDROPOWER_FIELDS) else None
        if t is FieldType.FLOW_OR_SERIES:
            if isinstance(value, list):
                return self.series(loc, value, length, spec)
            return self.number(loc, value, spec)
        if t is FieldType.RULE:
            return self.rule(loc, value, length)
        if t is FieldType.PLANTS:
            return self.plants(loc, value)
        if t is FieldType.SHARES:
            return self.shares(loc, value)
        raise AssertionError(t)

    def rule(self, loc: str, value: Any, length: int | None) -> dict[str, Any] | None:
        """A reservoir's operating rule: its kind and the curves that kind needs."""
        if not isinstance(value, dict):
            self.add(loc, translate("FieldCheck", "expected an object with a kind ({kinds}), "
                                                  "found {found}").format(
                kinds=", ".join(RULE_KINDS), found=typename(value)))
            return None
        before = len(self.problems)
        got = self.fields(loc, value, RULE_FIELDS, length, None)
        kind = got.get("kind")
        if kind is not None and kind not in RULE_KINDS:
            self.add(f"{loc}.kind", translate("FieldCheck", "{value} is not an operating rule "
                                                            "(use one of: {kinds})").format(
                value=quote(kind), kinds=", ".join(RULE_KINDS)))
        elif kind == "guide_curve" and value.get("guide_curve_mcm") is None:
            self.add(f"{loc}.guide_curve_mcm", translate(
                "FieldCheck", "a guide-curve rule needs its guide curve (the target storage of "
                              "every period)"))
        if "buffer_mcm" in got and "buffer_release_m3s" in got \
                and (got["buffer_mcm"] is None) != (got["buffer_release_m3s"] is None):
            missing = "buffer_release_m3s" if got.get("buffer_release_m3s") is None \
                else "buffer_mcm"
            self.add(f"{loc}.{missing}", translate(
                "FieldCheck", "a buffer zone needs both its top (buffer_mcm) and its release "
                              "(buffer_release_m3s)"))
        return got if len(self.problems) == before else None

    def plants(self, loc: str, value: Any) -> list[dict[str, Any]] | None:
        """The run-of-river plants of a link."""
        if not isinstance(value, list):
            self.add(loc, translate("FieldCheck", "expected a list of plants, found {found}")
                     .format(found=typename(value)))
            return None
        out: list[dict[str, Any]] = []
        ok = True
        seen: set[str] = set()
        for i, plant in enumerate(value):
            ploc = f"{loc}[{i}]"
            if not isinstance(plant, dict):
                self.add(ploc, expected_object(plant))
                ok = False
                continue
            before = len(self.problems)
            got = self.fields(ploc, plant, PLANT_FIELDS, None, None)
            pid = got.get("id")
            if pid is not None and not _ID.match(pid):
                self.add(f"{ploc}.id", invalid_id(quote(pid)))
            elif pid is not None and pid in seen:
                self.add(f"{ploc}.id", translate("FieldCheck", "plant id '{id}' is used twice")
                         .format(id=pid))
            elif pid is not None:
                seen.add(pid)
            country = got.get("country")
            if country and not COUNTRY_CODE.match(country):
                self.add(f"{ploc}.country", translate(
                    "FieldCheck", "{value} is not a two-letter country code such as KG").format(
                    value=quote(country)))
            if len(self.problems) == before and len(got) == len(PLANT_FIELDS):
                out.append(got)
            else:
                ok = False
        return out if ok else None

    def shares(self, loc: str, value: Any) -> dict[str, float] | None:
        """Country code → share, each in (0, 1], summing to 1."""
        if not isinstance(value, dict):
            self.add(loc, translate("FieldCheck", "expected an object of country code → share, "
                                                  "found {found}").format(found=typename(value)))
            return None
        out: dict[str, float] = {}
        ok = True
        for code, share in value.items():
            sloc = f"{loc}.{shorten(code)}"
            if not COUNTRY_CODE.match(code):
                self.add(sloc, translate("FieldCheck", "{value} is not a two-letter country "
                                                       "code such as UZ").format(value=quote(code)))
                ok = False
                continue
            x = self.number(sloc, share)
            if x is None:
                ok = False
            elif not 0 < x <= 1:
                self.add(sloc, translate("FieldCheck", "{value} is not a share: use a number "
                                                       "above 0 and at most 1").format(
                    value=fmt(x)))
                ok = False
            else:
                out[code] = x
        if ok and out and abs(sum(out.values()) - 1.0) > SHARE_TOLERANCE:
            self.add(loc, translate("FieldCheck", "the shares add up to {total}, not 1").format(
                total=fmt(sum(out.values()))))
            ok = False
        return out if ok else None

    def series_by_set(self, loc: str, value: Any, length: int | None, spec: FieldSpec,
                      set_names: list[str] | None) -> dict[str, list[float]] | None:
        if not isinstance(value, dict):
            self.add(loc, translate("FieldCheck", "expected an object with one series per "
                                                  "inflow set, found {found}").format(
                found=typename(value)))
            return None
        out: dict[str, list[float]] = {}
        ok = True
        for name, series in value.items():
            if set_names is not None and name not in set_names:
                self.add(f"{loc}.{shorten(name)}", unknown_inflow_set(shorten(name),
                                                                       set_names))
                ok = False
                continue
            s = self.series(f"{loc}.{shorten(name)}", series, length, spec)
            if s is None:
                ok = False
            else:
                out[name] = s
        for name in set_names or []:
            if name not in value:
                self.add(loc, translate("FieldCheck", "has no series for inflow set '{name}'")
                         .format(name=name))
                ok = False
        return out if ok else None

    def lav(self, loc: str, value: Any) -> dict[str, list[float]] | None:
        if not isinstance(value, dict):
            self.add(loc, translate("FieldCheck", "expected an object with columns level_m, "
                                                  "area_km2, volume_mcm, found {found}").format(
                found=typename(value)))
            return None
        cols = self.fields(loc, value, LAV_COLUMNS, None, None)
        if len(cols) != 3:
            return None
        n = {len(c) for c in cols.values()}
        if len(n) != 1:
            self.add(loc, translate("FieldCheck", "columns level_m, area_km2 and volume_mcm "
                                                  "must have the same length"))
            return None
        if n.pop() < 2:
            self.add(loc, translate("FieldCheck", "needs at least two rows"))
            return None
        ok = True
        for name, strict in (("volume_mcm", True), ("level_m", True), ("area_km2", False)):
            col = cols[name]
            for i in range(1, len(col)):
                if col[i] < col[i - 1] or (strict and col[i] == col[i - 1]):
                    text = translate("FieldCheck", "{value} after {previous}: the column must "
                                                   "be strictly increasing") if strict else \
                        translate("FieldCheck", "{value} after {previous}: the column must be "
                                                "non-decreasing")
                    self.add(f"{loc}.{name}[{i}]", text.format(value=fmt(col[i]),
                                                               previous=fmt(col[i - 1])))
                    ok = False
                    break
        return cols if ok else None


def check_free_form(c: FieldChecker, loc: str, value: Any) -> None:
    """Sections kept verbatim must still be savable: finite numbers, encodable text."""
    stack: list[tuple[str, Any]] = [(loc, value)]
    while stack:
        where, v = stack.pop()
        if isinstance(v, float) and not math.isfinite(v):
            c.add(where, translate("FieldCheck", "{value} is not a finite number").format(
                value=v))
        elif isinstance(v, str) and not _encodable(v):
            c.add(where, _bad_text(v))
        elif isinstance(v, dict):
            for k, x in reversed(list(v.items())):
                if isinstance(k, str) and not _encodable(k):
                    c.add(where, translate("FieldCheck", "a key: {problem}").format(
                        problem=_bad_text(k)))
                else:
                    stack.append((f"{where}.{shorten(str(k))}", x))
        elif isinstance(v, list):
            stack.extend((f"{where}[{i}]", x) for i, x in reversed(list(enumerate(v))))
