"""The Countries tab's risk table for an inflow ensemble: per country and ICWC season, the
country's P(short > threshold) and reliability over the horizon and its energy P10 / P50 /
P90 in the season.

The numbers are those of the :class:`RiskTable` kept with the results shown (the Summary
panel's, the report's and the ``ensemble`` command's), formatted as the Countries table
formats its own. A country's supply figures cover the whole horizon, so the view spans them
over the country's season rows. With a baseline on the same members, change columns follow
(percentage points for P(short) and reliability, GWh for P50), and each value's tooltip
gives the baseline's.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from waterplanner.engine.risk.table import EnergyRisk, RiskTable, SupplyRisk
from waterplanner.engine.seasons import SeasonSpan
from waterplanner.export.cell_text import csv_text
from waterplanner.i18n import translate
from waterplanner.i18n.units import unit
from waterplanner.ui.figures import general
from waterplanner.ui.palette import country_colour
from waterplanner.ui.plot_axes import fmt_number

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class RiskRow:
    """One row: a country in one season (``span`` None for a country without plants)."""

    code: str
    name: str
    span: SeasonSpan | None
    supply: SupplyRisk | None
    energy: EnergyRisk | None
    first_of_country: bool
    rows_of_country: int


@dataclass(frozen=True)
class RiskColumn:
    key: str
    title: str
    tip: str
    kind: str
    """'text', 'pct' (a fraction shown as %), 'gwh', 'dpct' (change in points), 'dgwh'."""
    per_country: bool = False
    """A horizon-wide figure of the country, spanned over its seasons."""


def _columns(threshold: float, baseline: bool) -> tuple[RiskColumn, ...]:
    t = general(threshold)
    gwh = unit("GWh")
    cols = [RiskColumn("country", translate("CountriesRisk", "Country"), translate(
                "CountriesRisk", "The country (its demands together, a shared demand split by "
                "its shares; its plants at dams and run-of-river)"), "text"),
            RiskColumn("season", translate("CountriesRisk", "ICWC season"), translate(
                "CountriesRisk", "Non-vegetation October–March or vegetation April–September"),
                "text"),
            RiskColumn("p_short", translate("CountriesRisk", "P(short >\n{threshold} %)").format(
                threshold=t), translate(
                "CountriesRisk", "Share of members whose shortfall over the whole horizon "
                "exceeds {threshold} % of the country's demand").format(threshold=t),
                "pct", True)]
    if baseline:
        cols.append(RiskColumn("d_p_short", translate("CountriesRisk", "Δ P(short)\npoints"),
                               translate("CountriesRisk", "P(short) minus the baseline's, "
                                                          "percentage points"), "dpct", True))
    cols.append(RiskColumn("reliability", translate("CountriesRisk", "Reliability"), translate(
        "CountriesRisk", "Share of the periods with demand in which the country's demands got "
        "all they asked for, all members pooled"), "pct", True))
    if baseline:
        cols.append(RiskColumn("d_reliability", translate("CountriesRisk", "Δ reliab.\npoints"),
                               translate("CountriesRisk", "Reliability minus the baseline's, "
                                                          "percentage points"), "dpct", True))
    cols += [RiskColumn("p10", translate("CountriesRisk", "Energy P10\n{unit}").format(unit=gwh),
                        translate("CountriesRisk", "Energy of the country's plants in the "
                                                   "season: 10 % of the members generate less"),
                        "gwh"),
             RiskColumn("p50", translate("CountriesRisk", "Energy P50\n{unit}").format(unit=gwh),
                        translate("CountriesRisk", "Median energy over the members"), "gwh"),
             RiskColumn("p90", translate("CountriesRisk", "Energy P90\n{unit}").format(unit=gwh),
                        translate("CountriesRisk", "90 % of the members generate less"), "gwh")]
    if baseline:
        cols.append(RiskColumn("d_p50", translate("CountriesRisk", "Δ P50\n{unit}").format(
            unit=gwh), translate("CountriesRisk", "Median energy minus the baseline's"), "dgwh"))
    return tuple(cols)


def risk_rows(t: RiskTable) -> list[RiskRow]:
    """Country-major rows: the countries with demands (in the table's order), then those
    with plants only; seasons in time order."""
    supply = {c.id: c for c in t.countries}
    names = {c.id: c.name for c in t.countries} | {e.country: e.name for e in t.energy}
    order = list(supply) + [e.country for e in t.energy if e.country not in supply]
    out: list[RiskRow] = []
    for code in dict.fromkeys(order):
        seasons = t.energy_of(code)
        n = max(len(seasons), 1)
        if not seasons:
            out.append(RiskRow(code, names[code], None, supply.get(code), None, True, 1))
            continue
        out += [RiskRow(code, names[code], e.span, supply.get(code), e, k == 0, n)
                for k, e in enumerate(seasons)]
    return out


class CountriesRiskModel(QAbstractTableModel):
    """Rows of :func:`risk_rows` of a risk table, with the baseline's changes."""

    def __init__(self) -> None:
        super().__init__()
        self.table: RiskTable | None = None
        self.rows: list[RiskRow] = []
        self._base_supply: dict[str, SupplyRisk] = {}
        self._base_energy: dict[tuple[str, int], EnergyRisk] = {}
        self._columns: tuple[RiskColumn, ...] = _columns(10.0, False)

    def set_risk(self, table: RiskTable | None, baseline: RiskTable | None = None) -> None:
        """Show a table (None: nothing) and the change from a baseline's table."""
        self.beginResetModel()
        self.table = table
        self.rows = risk_rows(table) if table is not None else []
        self._base_supply = {c.id: c for c in baseline.countries} if baseline else {}
        self._base_energy = {(e.country, e.span.index): e for e in baseline.energy} \
            if baseline else {}
        threshold = table.threshold_pct if table is not None else 10.0
        self._columns = _columns(threshold, baseline is not None and table is not None)
        self.endResetModel()

    @property
    def columns(self) -> tuple[RiskColumn, ...]:
        return self._columns

    def column_index(self, key: str) -> int:
        return next(j for j, c in enumerate(self._columns) if c.key == key)

    # --- numbers ----------------------------------------------------------------------
    def number(self, i: int, col: RiskColumn) -> float | None:
        """A cell's value as shown (% for fractions, GWh), None where none applies."""
        r = self.rows[i]
        s, e = r.supply, r.energy
        bs = self._base_supply.get(r.code)
        be = self._base_energy.get((r.code, r.span.index)) if r.span is not None else None
        v: float | None = None
        if col.key == "p_short" and s is not None:
            v = 100.0 * s.p_short_over_threshold
        elif col.key == "reliability" and s is not None:
            v = 100.0 * s.reliability
        elif col.key in ("p10", "p50", "p90") and e is not None:
            v = getattr(e, f"{col.key}_gwh")
        elif col.key == "d_p_short" and s is not None and bs is not None:
            v = 100.0 * (s.p_short_over_threshold - bs.p_short_over_threshold)
        elif col.key == "d_reliability" and s is not None and bs is not None:
            v = 100.0 * (s.reliability - bs.reliability)
        elif col.key == "d_p50" and e is not None and be is not None:
            v = e.p50_gwh - be.p50_gwh
        return v if v is not None and math.isfinite(v) else None

    def _decimals(self, col: RiskColumn) -> int:
        return 1 if col.kind in ("pct", "dpct") else 0

    def text(self, i: int, j: int) -> str:
        col = self._columns[j]
        r = self.rows[i]
        if col.key == "country":
            return r.name
        if col.key == "season":
            if r.span is None:
                return translate("CountriesRisk", "(no plants)")
            return translate("CountriesRisk", "{season} (partial)").format(
                season=r.span.display_label) if r.span.partial else r.span.display_label
        if col.per_country and not r.first_of_country:
            return ""  # spanned by the country's first row
        v = self.number(i, col)
        if v is None:
            return "–"
        d = self._decimals(col)
        if col.kind in ("dpct", "dgwh"):
            if round(v, d) == 0:
                return fmt_number(0.0, d)
            return ("+" if v > 0 else "−") + fmt_number(abs(v), d)
        return fmt_number(v, d)

    def copy_text(self, i: int, j: int) -> str:
        col = self._columns[j]
        if col.kind == "text":
            return csv_text(self.text(i, j))
        if col.per_country and not self.rows[i].first_of_country:
            i -= next(k for k in range(i + 1) if self.rows[i - k].first_of_country)
        v = self.number(i, col)
        return "" if v is None else f"{v:.{self._decimals(col)}f}"

    def header_text(self, col: RiskColumn) -> str:
        return col.title.replace("\n", " ")

    def _tooltip(self, i: int, col: RiskColumn) -> str:
        r = self.rows[i]
        lines = [col.tip]
        bs = self._base_supply.get(r.code)
        be = self._base_energy.get((r.code, r.span.index)) if r.span is not None else None
        if col.key == "p_short" and bs is not None:
            lines.append(translate("CountriesRisk", "Baseline: {value}").format(
                value=f"{fmt_number(100 * bs.p_short_over_threshold, 1)} %"))
        elif col.key == "reliability" and bs is not None:
            lines.append(translate("CountriesRisk", "Baseline: {value}").format(
                value=f"{fmt_number(100 * bs.reliability, 1)} %"))
        elif col.key in ("p10", "p50", "p90") and be is not None:
            lines.append(translate("CountriesRisk", "Baseline: {value}").format(
                value=f"{fmt_number(getattr(be, f'{col.key}_gwh'), 0)} {unit('GWh')}"))
        return "\n".join(lines)

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.rows:
            return None
        i, j = index.row(), index.column()
        col = self._columns[j]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(i, j)
        if role == Qt.ItemDataRole.EditRole:
            return self.copy_text(i, j)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if col.kind == "text"
                        else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i, col)
        if role == Qt.ItemDataRole.DecorationRole and col.key == "country":
            return country_colour(self.rows[i].code)
        return None

    def spans(self) -> list[tuple[int, int, int]]:
        """(first row, column, rows) of the cells the view spans over a country's seasons."""
        return [(i, j, r.rows_of_country) for i, r in enumerate(self.rows)
                if r.first_of_country and r.rows_of_country > 1
                for j, c in enumerate(self._columns) if c.per_country]

    def tsv(self, cells: Iterable[tuple[int, int]]) -> str:
        """Tab-separated text of a selection, the header row first (as the Countries
        table copies)."""
        chosen = set(cells)
        if not chosen:
            return ""
        rows = sorted({i for i, _ in chosen})
        cols = sorted({j for _, j in chosen})
        lines = ["\t".join(self.header_text(self._columns[j]) for j in cols)]
        lines += ["\t".join(self.copy_text(i, j) if (i, j) in chosen else "" for j in cols)
                  for i in rows]
        return "\n".join(lines) + "\n"
