"""The Countries table: one row per country and ICWC season of a :class:`CountriesSummary`.

The numbers are the summary's own (the command line's table and the report's Countries
section read the same summary), only scaled to the chosen volume unit and rounded for
display. A withdrawal above the season's limit is shown in bold on a red cell (and said in
the tooltip, so colour is never the only sign). With a baseline, three change columns
follow, and every number's tooltip gives the baseline's value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from waterplanner.engine.countries_summary import CountriesSummary, CountrySeasonRow
from waterplanner.export.cell_text import csv_text
from waterplanner.i18n import QT_TRANSLATE_NOOP, language, translate
from waterplanner.i18n.dates import month_abbr
from waterplanner.i18n.units import unit
from waterplanner.ui.palette import country_colour
from waterplanner.ui.plot_axes import fmt_number

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

VOLUME_UNITS = {"mcm": ("Mm³", 1.0, 0), "km3": ("km³", 1000.0, 3)}
"""Volume unit key → (label, Mm³ per unit, decimals shown); the label is shown through
:func:`waterplanner.i18n.units.unit`."""

OVER_FILL = QColor(248, 215, 205)
OVER_TEXT = QColor("#A3300B")
"""A withdrawal above its limit: dark red bold text on a light red cell."""
PARTIAL_TEXT = QColor("#6A6A6A")

RowKey = tuple[str, int, str]
"""(country code, ICWC water year, season) — how a row finds its baseline row."""


@dataclass(frozen=True)
class Column:
    """One column: what it shows, its unit kind and its tooltip."""

    key: str
    title: str
    kind: str
    """'text', 'volume' (in the chosen unit), 'pct' or 'energy' (GWh)."""
    value: Callable[[CountrySeasonRow], float | None] | None
    tip: str
    delta_of: str = ""
    """For a change column: the key of the column it compares with the baseline."""
    short: str = ""
    """A shorter title for the table's header ('' for the title itself)."""


def _gwh(mwh: float) -> float:
    return mwh / 1000.0


COLUMNS: tuple[Column, ...] = (
    Column("country", QT_TRANSLATE_NOOP("Countries", "Country"), "text", None,
           QT_TRANSLATE_NOOP("Countries", "The country (a shared demand is split among its "
                                          "countries by its shares)")),
    Column("season", QT_TRANSLATE_NOOP("Countries", "ICWC season"), "text", None,
           QT_TRANSLATE_NOOP("Countries", "Non-vegetation October–March or vegetation "
                                          "April–September of a water year; 'partial' when the "
                                          "horizon covers only part of it")),
    Column("limit", QT_TRANSLATE_NOOP("Countries", "Limit"), "volume", lambda r: r.limit_mcm,
           QT_TRANSLATE_NOOP("Countries", "The country's ICWC withdrawal limit for the whole "
                                          "season (main-stem withdrawals at the ICWC's control "
                                          "points: see the scenario's notes for what it "
                                          "covers)")),
    Column("withdrawal", QT_TRANSLATE_NOOP("Countries", "Withdrawal"), "volume",
           lambda r: r.withdrawal_mcm,
           QT_TRANSLATE_NOOP("Countries", "Water entering the intakes of the country's demands "
                                          "(before the intakes' losses)")),
    Column("limit_pct", QT_TRANSLATE_NOOP("Countries", "% of limit"), "pct",
           lambda r: r.limit_pct,
           QT_TRANSLATE_NOOP("Countries", "Withdrawal as a share of the season's limit")),
    Column("demand", QT_TRANSLATE_NOOP("Countries", "Demand"), "volume", lambda r: r.demand_mcm,
           QT_TRANSLATE_NOOP("Countries", "What the country's demands asked for")),
    Column("delivery", QT_TRANSLATE_NOOP("Countries", "Delivery"), "volume",
           lambda r: r.delivery_mcm,
           QT_TRANSLATE_NOOP("Countries", "What reached the fields (withdrawal less the "
                                          "intakes' losses)")),
    Column("shortfall", QT_TRANSLATE_NOOP("Countries", "Shortfall"), "volume",
           lambda r: r.shortfall_mcm, QT_TRANSLATE_NOOP("Countries", "Demand not delivered")),
    Column("formed", QT_TRANSLATE_NOOP("Countries", "Flow formed"), "volume",
           lambda r: r.formed_mcm,
           QT_TRANSLATE_NOOP("Countries", "Flow formed: local inflow of the rivers that rise "
                                          "in the country"),
           short=QT_TRANSLATE_NOOP("Countries", "Formed")),
    Column("formed_pct", QT_TRANSLATE_NOOP("Countries", "% of basin"), "pct",
           lambda r: r.formed_pct,
           QT_TRANSLATE_NOOP("Countries", "The country's share of the basin's inflow in the "
                                          "season")),
    Column("generated", QT_TRANSLATE_NOOP("Countries", "Generated"), "energy",
           lambda r: _gwh(r.generated_mwh),
           QT_TRANSLATE_NOOP("Countries", "Energy of the country's plants (at dams and "
                                          "run-of-river)")),
    Column("received", QT_TRANSLATE_NOOP("Countries", "Received"), "energy",
           lambda r: _gwh(r.received_mwh),
           QT_TRANSLATE_NOOP("Countries", "Energy received under the exchange ledger")),
    Column("supplied", QT_TRANSLATE_NOOP("Countries", "Supplied"), "energy",
           lambda r: _gwh(r.supplied_mwh),
           QT_TRANSLATE_NOOP("Countries", "Energy supplied under the exchange ledger")),
    Column("net", QT_TRANSLATE_NOOP("Countries", "Net energy"), "energy",
           lambda r: _gwh(r.net_energy_mwh),
           QT_TRANSLATE_NOOP("Countries", "Net energy: generated + received − supplied"),
           short=QT_TRANSLATE_NOOP("Countries", "Net")),
)
DELTA_COLUMNS: tuple[Column, ...] = (
    Column("d_withdrawal", QT_TRANSLATE_NOOP("Countries", "Δ withdrawal"), "volume",
           lambda r: r.withdrawal_mcm,
           QT_TRANSLATE_NOOP("Countries", "Withdrawal minus the baseline's"), "withdrawal"),
    Column("d_shortfall", QT_TRANSLATE_NOOP("Countries", "Δ shortfall"), "volume",
           lambda r: r.shortfall_mcm,
           QT_TRANSLATE_NOOP("Countries", "Shortfall minus the baseline's"), "shortfall"),
    Column("d_generated", QT_TRANSLATE_NOOP("Countries", "Δ generated"), "energy",
           lambda r: _gwh(r.generated_mwh),
           QT_TRANSLATE_NOOP("Countries", "Energy generated minus the baseline's"), "generated"),
    Column("d_net", QT_TRANSLATE_NOOP("Countries", "Δ net energy"), "energy",
           lambda r: _gwh(r.net_energy_mwh),
           QT_TRANSLATE_NOOP("Countries", "Net energy minus the baseline's"), "net"),
)
"""The change columns shown while a baseline is set (this scenario minus the baseline)."""
LEDGER_KEYS = frozenset({"received", "supplied", "net"})
"""Columns shown only when the scenario records energy exchanges (without them the net is
what was generated)."""


def row_key(row: CountrySeasonRow) -> RowKey:
    return (row.country, row.span.water_year, row.span.season.value)


def season_text(row: CountrySeasonRow) -> str:
    """'Apr 2026–Sep 2026', with '(partial)' when the horizon covers only part of it."""
    if row.span.partial:
        return translate("Countries", "{season} (partial)").format(season=row.span.display_label)
    return row.span.display_label


def day_text(day: date) -> str:
    """'01 Oct 2025' (as ``f"{day:%d %b %Y}"`` writes it, in the planner's language)."""
    return f"{day.day:02d} {month_abbr(day.month)} {day.year}"


def plain_number(value: float, decimals: int) -> str:
    """A number for a spreadsheet: no thousands separator, a point for decimals."""
    return f"{0.0 if round(value, decimals) == 0 else value:.{decimals}f}"


class CountriesTableModel(QAbstractTableModel):
    """Rows of a :class:`CountriesSummary` (country-major, seasons in time order)."""

    def __init__(self) -> None:
        super().__init__()
        self.summary: CountriesSummary | None = None
        self._base: dict[RowKey, CountrySeasonRow] | None = None
        self._columns: tuple[Column, ...] = COLUMNS
        self.volume_unit = "mcm"

    # --- content ----------------------------------------------------------------------
    def set_summary(self, summary: CountriesSummary | None,
                    baseline: CountriesSummary | None = None) -> None:
        """Show a summary (None: nothing) and its change from a baseline summary."""
        self.beginResetModel()
        self.summary = summary
        self._base = {row_key(r): r for r in baseline.rows} \
            if baseline is not None and summary is not None else None
        energy_ledger = summary is not None and bool(summary.exchanges)
        columns: list[Column] = []
        for col in COLUMNS:
            if not energy_ledger and col.key in LEDGER_KEYS:
                continue
            columns.append(col)
            if self._base is not None:  # each change beside the value it changes
                columns += [d for d in DELTA_COLUMNS if d.delta_of == col.key]
        self._columns = tuple(columns)
        self.endResetModel()

    def set_volume_unit(self, unit: str) -> None:
        """Volumes in 'mcm' (Mm³) or 'km3' (km³)."""
        if unit not in VOLUME_UNITS:
            raise ValueError(f"unknown volume unit {unit!r}")
        if unit != self.volume_unit:
            self.volume_unit = unit
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, len(self._columns) - 1))

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def has_baseline(self) -> bool:
        return self._base is not None

    def row_at(self, i: int) -> CountrySeasonRow:
        assert self.summary is not None
        return self.summary.rows[i]

    def baseline_row(self, i: int) -> CountrySeasonRow | None:
        if self._base is None:
            return None
        return self._base.get(row_key(self.row_at(i)))

    def column_index(self, key: str) -> int:
        return next(j for j, c in enumerate(self._columns) if c.key == key)

    # --- numbers ----------------------------------------------------------------------
    def unit_of(self, col: Column) -> str:
        return {"volume": unit(VOLUME_UNITS[self.volume_unit][0]), "pct": "%",
                "energy": unit("GWh")}.get(col.kind, "")

    def header_text(self, col: Column) -> str:
        """'Withdrawal (Mm³)': the title with its unit."""
        symbol = self.unit_of(col)
        title = translate("Countries", col.title)
        if symbol and col.kind != "pct":
            return translate("Countries", "{title} ({unit})").format(title=title, unit=symbol)
        return title

    def _scale(self, col: Column, value: float) -> float:
        return value / VOLUME_UNITS[self.volume_unit][1] if col.kind == "volume" else value

    def decimals(self, col: Column) -> int:
        if col.kind == "volume":
            return VOLUME_UNITS[self.volume_unit][2]
        return 1 if col.kind == "pct" else 0

    def number(self, i: int, col: Column) -> float | None:
        """The value of one cell in the unit shown (None where none applies)."""
        assert col.value is not None
        row = self.row_at(i)
        v = col.value(row)
        if col.delta_of:
            b = self.baseline_row(i)
            if b is None or v is None:
                return None
            bv = col.value(b)
            if bv is None:
                return None
            v = v - bv
        return None if v is None else self._scale(col, v)

    def text(self, i: int, j: int) -> str:
        """The cell as shown ('–' where no number applies)."""
        col = self._columns[j]
        row = self.row_at(i)
        if col.key == "country":
            assert self.summary is not None
            return self.summary.name(row.country)
        if col.key == "season":
            return season_text(row)
        v = self.number(i, col)
        if v is None:
            return "–"
        text = fmt_number(v, self.decimals(col))
        if col.delta_of:
            if round(v, self.decimals(col)) == 0:
                return fmt_number(0.0, self.decimals(col))
            return ("+" if v > 0 else "−") + fmt_number(abs(v), self.decimals(col))
        return text

    def copy_text(self, i: int, j: int) -> str:
        """The cell for a spreadsheet: plain numbers, empty where none applies, text that
        could be read as a formula made harmless."""
        col = self._columns[j]
        if col.kind == "text":
            return csv_text(self.text(i, j))
        v = self.number(i, col)
        return "" if v is None else plain_number(v, self.decimals(col))

    def _tooltip(self, i: int, col: Column) -> str:
        row = self.row_at(i)
        lines = [translate("Countries", col.tip)]
        if col.key == "season" and row.span.partial:
            lines.append(translate(
                "Countries", "The horizon covers {percent} of this season ({start} to {end}, "
                "exclusive); the limit is still the whole season's.").format(
                    percent=f"{row.span.covered_fraction:.0%}", start=day_text(row.span.start),
                    end=day_text(row.span.end)))
        if col.key in ("withdrawal", "limit_pct") and row.over_limit:
            assert row.limit_mcm is not None
            over = self._scale(self._columns[self.column_index("withdrawal")],
                               row.withdrawal_mcm - row.limit_mcm)
            lines.append(translate("Countries", "Over the limit by {amount} {unit}.").format(
                amount=fmt_number(over, self.decimals(col)),
                unit=unit(VOLUME_UNITS[self.volume_unit][0])))
        b = self.baseline_row(i)
        if b is not None and col.value is not None and not col.delta_of:
            bv = col.value(b)
            if bv is not None:
                symbol = self.unit_of(col)
                lines.append(translate("Countries", "Baseline: {value}").format(
                    value=fmt_number(self._scale(col, bv), self.decimals(col))
                    + ("" if symbol == "%" else " ") + symbol))
        return "\n".join(lines)

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() or self.summary is None:
            return 0
        return len(self.summary.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            symbol = self.unit_of(col)
            title = translate("Countries", col.short or col.title)
            if col.kind == "pct":
                # two short lines: narrower columns
                return title.replace(" of ", " of\n") if language() == "en" else \
                    title.replace(" ", "\n", 1)
            return f"{title}\n{symbol}" if symbol else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Countries", col.tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.summary is None:
            return None
        i, j = index.row(), index.column()
        col = self._columns[j]
        row = self.row_at(i)
        over = row.over_limit and col.key in ("withdrawal", "limit_pct")
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(i, j)
        if role == Qt.ItemDataRole.EditRole:
            return self.copy_text(i, j)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if col.kind == "text"
                        else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i, col)
        if role == Qt.ItemDataRole.BackgroundRole and over:
            return QBrush(OVER_FILL)
        if role == Qt.ItemDataRole.ForegroundRole:
            if over:
                return QBrush(OVER_TEXT)
            if col.key == "season" and row.span.partial:
                return QBrush(PARTIAL_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole and over:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.DecorationRole and col.key == "country":
            return country_colour(row.country)
        return None

    # --- copying ----------------------------------------------------------------------
    def tsv(self, cells: Iterable[tuple[int, int]]) -> str:
        """Tab-separated text of a selection: the header row of the selected columns, then
        one line per selected row (a cell of the block that is not selected stays empty)."""
        chosen = set(cells)
        if not chosen:
            return ""
        rows = sorted({i for i, _ in chosen})
        cols = sorted({j for _, j in chosen})
        lines = ["\t".join(self.header_text(self._columns[j]) for j in cols)]
        lines += ["\t".join(self.copy_text(i, j) if (i, j) in chosen else "" for j in cols)
                  for i in rows]
        return "\n".join(lines) + "\n"
