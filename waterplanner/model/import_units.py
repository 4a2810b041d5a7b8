"""Units of imported series: reading them from a column's header, and converting values.

Pure Python and numpy, no Qt. Each column's header is read on its own — ``naryn [m³/s]``,
``Toktogul release (m3/s)``, ``Токтогул, м3/с``, ``Kara Darya млн м3`` — so one file can
mix flows and volumes. A header names either a unit WaterPlanner knows (:class:`Unit`),
no unit at all, a unit it does not know (``[acre-ft]``), or two different units; the last
two are never guessed at: the planner must choose.

Flow units (m³/s, l/s, ft³/s) are mean flows over each of the file's periods; volume units
(m³, Mm³, km³) are volumes per period. Everything is converted to Mm³ per period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

import numpy as np

from waterplanner.i18n import and_joined, translate
from waterplanner.i18n.units import unit as unit_shown
from waterplanner.model.timebase import SECONDS_PER_DAY

FT3_IN_M3 = 0.3048 ** 3
"""One cubic foot in m³ (the international foot is exactly 0.3048 m)."""


class Unit(str, Enum):
    """Unit of the values of one column of an imported file."""

    M3S = "m³/s"
    MCM = "Mm³"
    KM3 = "km³"
    M3 = "m³"
    LPS = "l/s"
    CFS = "ft³/s"

    @property
    def is_flow(self) -> bool:
        """Whether values are mean flows over a period (else volumes per period)."""
        return self in _FLOW_TO_M3S

    @property
    def description(self) -> str:
        """'m³/s (mean flow over each period)', for menus and messages."""
        if self.is_flow:
            return translate("ImportUnits", "{unit} (mean flow over each period)").format(
                unit=unit_shown(self.value))
        return translate("ImportUnits", "{unit} (volume per period)").format(
            unit=unit_shown(self.value))


_FLOW_TO_M3S = {Unit.M3S: 1.0, Unit.LPS: 1e-3, Unit.CFS: FT3_IN_M3}
_VOLUME_TO_MCM = {Unit.MCM: 1.0, Unit.KM3: 1e3, Unit.M3: 1e-6}
KNOWN_UNITS_TEXT = ", ".join(u.value for u in Unit)
"""'m³/s, Mm³, km³, m³, l/s, ft³/s': the units named in messages (see
:func:`known_units_text`)."""


def known_units_text() -> str:
    """The units WaterPlanner imports, as the current language writes them."""
    return ", ".join(unit_shown(u.value) for u in Unit)


def to_mcm(values: np.ndarray, unit: Unit, period_days: np.ndarray) -> np.ndarray:
    """Volumes in Mm³ per period from values in ``unit`` over periods of ``period_days``."""
    v = np.asarray(values, float)
    if unit.is_flow:
        return v * _FLOW_TO_M3S[unit] * np.asarray(period_days, float) * SECONDS_PER_DAY / 1e6
    return v * _VOLUME_TO_MCM[unit]


# --- the spellings of each unit ---------------------------------------------------------
# Keys are compared after _unit_key(): no spaces, '³' → '3', lower case, Cyrillic letters
# that stand for Latin ones transliterated (so 'млн м3' is 'mln m3' and 'км3' is 'km3').
_ALIASES: dict[str, Unit] = {}
for _unit, _spellings in (
    (Unit.M3S, ("m3/s", "m3/sec", "m3/sek", "m3/c", "m3s-1", "m3.s-1", "cumec", "cumecs",
                "kub.m/s", "kubm/s", "kub.m/sek")),
    (Unit.LPS, ("l/s", "l/sec", "l/sek", "lps", "litres/s", "liters/s")),
    (Unit.CFS, ("ft3/s", "ft3/sec", "ft3s-1", "cfs", "cusec", "cusecs", "cu.ft/s")),
    (Unit.MCM, ("mcm", "hm3", "millionm3", "mlnm3", "mln.m3", "mln.kub.m", "mlnkub.m",
                "mlnkubm", "10^6m3", "millioncubicmetres", "millioncubicmeters")),
    (Unit.KM3, ("km3", "kub.km", "cubickilometres", "cubickilometers")),
    (Unit.M3, ("m3", "kub.m", "cubicmetres", "cubicmeters")),
):
    for _s in _spellings:
        _ALIASES[_s] = _unit
_CASE_SENSITIVE = {"Mm3": Unit.MCM, "MM3": Unit.MCM}
"""Million m³ written with a capital M: 'mm3' (cubic millimetres?) is not guessed at."""

_CYRILLIC = str.maketrans({"м": "m", "с": "s", "к": "k", "л": "l", "н": "n", "у": "u",
                           "б": "b", "е": "e", "т": "t", "р": "r", "о": "o", "в": "v"})
_UNIT_WORDS = frozenset({
    "cfs", "cusecs", "cumecs", "mcm", "tmc", "af", "acre-ft", "acre-feet", "ac-ft", "acft",
    "maf", "kaf", "gpm", "gpd", "mgd", "gal", "gallons", "litres", "liters", "l", "m", "mm",
    "cm", "km", "ha", "km2", "mw", "mwh", "gwh", "kwh", "twh", "м", "мм", "см", "км", "л",
    "га", "%", "percent", "mln", "млн", "тыс", "thousand",
})
"""Words that are units, though not ones WaterPlanner imports: a header with one of them
names an unknown unit (not no unit)."""


def _unit_key(text: str) -> str:
    s = re.sub(r"[\s\u00a0\u2009\u202f]+", "", text.strip())
    s = s.replace("³", "3").replace("^3", "3").replace("**3", "3").replace("⁶", "^6")
    s = s.replace("⁻¹", "-1").replace("^-1", "-1").replace("**-1", "-1")
    for dot in ("·", "⋅", "*", "×"):
        s = s.replace(dot, ".")
    return s.rstrip(".")


def parse_unit(text: str) -> Unit | None:
    """The unit a piece of text names as a whole ('m3/s', 'млн. м³', 'cfs'), or None."""
    key = _unit_key(text)
    if key in _CASE_SENSITIVE:
        return _CASE_SENSITIVE[key]
    return _ALIASES.get(key.lower().translate(_CYRILLIC))


def _looks_like_unit(word: str) -> bool:
    w = word.strip(".,;:").lower()
    if not w:
        return False
    if w in _UNIT_WORDS or any(c in w for c in "³²^%"):
        return True
    if re.search(r"[^\W\d_][23](?![\d])", w):  # m3, ft3, km2, м3
        return True
    left, slash, _ = w.partition("/")
    return bool(slash) and 0 < len(left) <= 4  # l/s, m3/d, gal/min; not 'naryn/kara'


# --- reading a header -------------------------------------------------------------------
@dataclass(frozen=True)
class HeaderUnit:
    """What a header says about its column's unit.

    ``unit`` is set only when the header names exactly one known unit. ``text`` is the
    unit as written in the header ('' when it names none). ``conflict`` lists the units of
    a header naming more than one; ``unknown`` is True for a header naming a unit that is
    not a known one (``text`` holds it).
    """

    unit: Unit | None = None
    text: str = ""
    unknown: bool = False
    conflict: tuple[Unit, ...] = ()
    name: str = ""
    """The header without its unit: what names the node ('Токтогул' of 'Токтогул, м3/с')."""

    @property
    def named(self) -> bool:
        """Whether the header says anything about a unit (known, unknown or conflicting)."""
        return self.unit is not None or self.unknown or bool(self.conflict)

    def problem(self) -> str | None:
        """Why the header's unit cannot be used, or None when it can (or names none)."""
        if self.conflict:
            units = and_joined(unit_shown(u.value) for u in self.conflict)
            return translate("ImportUnits", "the header names two units ({units}): choose the "
                                            "column's unit").format(units=units)
        if self.unknown:
            return translate("ImportUnits", "the header's unit '{text}' is not one WaterPlanner "
                                            "knows ({known}): choose the column's unit").format(
                text=self.text, known=known_units_text())
        return None


_GROUP = re.compile(r"\[([^\[\]]*)\]|\(([^()]*)\)")
_WORD = re.compile(r"\S+")


def _find_in_part(text: str, start: int) -> tuple[Unit, int, int] | None:
    """The longest run of leading or trailing words of ``text`` that names a unit."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text)]
    for k in range(len(words), 0, -1):
        for run in (words[-k:], words[:k]):
            u = parse_unit(" ".join(w for _, _, w in run))
            if u is not None:
                return u, run[0][0], run[-1][1]
    return None


def read_header_unit(header: str) -> HeaderUnit:
    """The unit a column's header names, wherever it is written.

    Looked for in square brackets (``naryn [m³/s]``; anything there is taken as a unit),
    in parentheses (``Toktogul release (m3/s)``), after a comma (``Токтогул, м3/с``) and as
    the first or last words (``naryn m3/s``, ``Kara Darya млн м3``).
    """
    header = str(header)
    found: list[tuple[Unit, int, int]] = []
    unknown: list[str] = []
    outside = list(header)
    for g in _GROUP.finditer(header):
        outside[g.start():g.end()] = " " * (g.end() - g.start())
        square = g.group(1) is not None
        content = g.group(1) if square else g.group(2)
        offset = g.start(1) if square else g.start(2)
        u = parse_unit(content)
        if u is not None:
            found.append((u, g.start(), g.end()))
            continue
        hits = [h for p in _parts(content, offset) if (h := _find_in_part(*p)) is not None]
        if hits:
            found.extend(hits)
        elif square and content.strip() or any(_looks_like_unit(w) for w in content.split()):
            unknown.append(content.strip())
    rest = "".join(outside)
    for part, offset in _parts(rest, 0):
        hit = _find_in_part(part, offset)
        if hit is not None:
            found.append(hit)
        else:
            unknown.extend(w for w in part.split() if _looks_like_unit(w))
    name = _without(header, [(a, b) for _, a, b in found])
    units = tuple(dict.fromkeys(u for u, _, _ in found))
    if len(units) > 1:
        return HeaderUnit(text=", ".join(header[a:b] for _, a, b in found), conflict=units,
                          name=name)
    if units:
        u, a, b = found[0]
        return HeaderUnit(unit=u, text=header[a:b].strip("[]() "), name=name)
    if unknown:
        return HeaderUnit(text=unknown[0], unknown=True, name=name)
    return HeaderUnit(name=name)


def _parts(text: str, offset: int) -> list[tuple[str, int]]:
    """Comma, semicolon or colon separated parts of text, with their positions."""
    out = []
    pos = 0
    for m in re.finditer(r"[,;:]", text):
        out.append((text[pos:m.start()], offset + pos))
        pos = m.end()
    out.append((text[pos:], offset + pos))
    return out


def _without(header: str, spans: list[tuple[int, int]]) -> str:
    chars = list(header)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return re.sub(r"\s+", " ", "".join(chars)).strip(" ,;:")
