"""The Countries chart: withdrawal against the ICWC limit, and energy, per country and season.

Two bar plots with the countries side by side and, within each country, one bar per season
in time order (non-vegetation October–March in the country's full colour, vegetation
April–September lighter). A limit is a dark bar-wide tick at its value; a withdrawal above
its limit is outlined in red. The energy plot shows what each country's plants generate and,
when the scenario records energy exchanges, the net after them as a black diamond. A
baseline is a dashed grey outline over each bar.

A horizon of more than :data:`MAX_SEASON_BARS` seasons shows two bars per country: the mean
of its full non-vegetation and vegetation seasons (the limits are per season, so a mean
season is what compares with them).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from waterplanner.engine.countries_summary import CountriesSummary
from waterplanner.i18n import plural, translate
from waterplanner.i18n.units import unit
from waterplanner.model.countries import Season
from waterplanner.ui.palette import BASELINE, SHORTFALL, country_colour
from waterplanner.ui.plot_axes import ValueAxis
from waterplanner.ui.plot_legend import header

MAX_SEASON_BARS = 6
"""Up to this many seasons (three water years) every season has its own bar."""
GROUP_WIDTH = 0.8
LIMIT_PEN = pg.mkPen("#1A1A1A", width=3)
OVER_PEN = pg.mkPen(SHORTFALL, width=2)


@dataclass(frozen=True)
class SeasonGroup:
    """The seasons one bar stands for (one season, or the full seasons of one kind)."""

    season: Season
    spans: tuple[int, ...]
    label: str


def season_groups(summary: CountriesSummary) -> list[SeasonGroup]:
    """One group per season, or for a long horizon one per kind of season (its full
    seasons; all of them if none is full)."""
    spans = summary.spans
    if len(spans) <= MAX_SEASON_BARS:
        return [SeasonGroup(s.season, (s.index,), translate(
            "CountriesChart", "{season} (partial)").format(season=s.display_label) if s.partial
            else s.display_label) for s in spans]
    out = []
    for season in (Season.NON_VEGETATION, Season.VEGETATION):
        of_kind = [s for s in spans if s.season is season]
        full = [s for s in of_kind if not s.partial] or of_kind
        if full:
            words = translate("CountriesChart", "Oct–Mar") if season is Season.NON_VEGETATION \
                else translate("CountriesChart", "Apr–Sep")
            out.append(SeasonGroup(season, tuple(s.index for s in full), plural(
                "CountriesChart", "{season}, mean of {count} seasons", len(full)).format(
                    season=words, count=len(full))))
    return out


def group_value(summary: CountriesSummary, code: str, group: SeasonGroup,
                field: str) -> float | None:
    """A row field of one country over one group: the season's value, or the mean over the
    group's seasons (None when a season has none, as a limit may)."""
    values = [getattr(summary.row(code, k), field) for k in group.spans]
    if any(v is None for v in values):
        return None
    return float(np.mean(values))


def _faint(colour: pg.QtGui.QColor, alpha: int = 110) -> pg.QtGui.QColor:
    c = pg.mkColor(colour)
    c.setAlpha(alpha)
    return c


class CountriesChart:
    """The two bar plots (see the module docstring); :meth:`update` sets their data."""

    def __init__(self, layout: pg.GraphicsLayout) -> None:
        self.water = layout.addPlot(row=0, col=0,
                                    axisItems={"left": ValueAxis("left", minor=False)})
        self.energy = layout.addPlot(row=0, col=1,
                                     axisItems={"left": ValueAxis("left", minor=False)})
        self.water.setLabel("left", unit("Mm³"))
        self.energy.setLabel("left", unit("GWh"))
        for p in (self.water, self.energy):
            p.setMouseEnabled(x=False, y=False)
            p.showGrid(y=True, alpha=0.25)
            p.hideButtons()
            p.setMenuEnabled(False)
            p.setYRange(0, 1, padding=0)
        dash = pg.mkPen(BASELINE, width=1.5, style=Qt.PenStyle.DashLine)
        none = pg.mkPen(None)

        def bars(plot: pg.PlotItem, pen: object, z: float = 0.0) -> pg.BarGraphItem:
            item = pg.BarGraphItem(x0=[], width=0.2, height=[], pen=pen,
                                   brush=pg.mkBrush(None) if pen is not none else None)
            item.setZValue(z)
            plot.addItem(item)
            return item

        self.withdrawal = bars(self.water, none)
        self.withdrawal_summer = bars(self.water, none)
        self.over = bars(self.water, OVER_PEN, 2)
        self.water_base = bars(self.water, dash, 3)
        self.limits = pg.PlotDataItem([], [], connect="pairs", pen=LIMIT_PEN)
        self.limits.setZValue(4)
        self.water.addItem(self.limits)
        self.generated = bars(self.energy, none)
        self.generated_summer = bars(self.energy, none)
        self.energy_base = bars(self.energy, dash, 3)
        self.net = pg.PlotDataItem([], [], pen=None, symbol="d", symbolSize=10,
                                   symbolBrush=pg.mkBrush("#1A1A1A"), symbolPen=pg.mkPen("w"))
        self.net.setZValue(4)
        self.energy.addItem(self.net)
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen("#777777", width=1))
        self.energy.addItem(self.zero)

        neutral, light = pg.mkBrush("#707070"), pg.mkBrush(_faint(pg.mkColor("#707070")))
        self._has_baseline = False
        self._has_limits = False
        self._has_over = False
        self._has_exchanges = False
        self.water_legend = header(self.water)
        winter = translate("CountriesChart", "Oct–Mar")
        summer = translate("CountriesChart", "Apr–Sep")
        self.water_legend.set_title(
            translate("CountriesChart", "Withdrawal against the ICWC limit"))
        self.water_legend.add(self.withdrawal, winter, pen=none, brush=neutral)
        self.water_legend.add(self.withdrawal_summer, summer, pen=none, brush=light)
        self.water_legend.add(self.limits, translate("CountriesChart", "limit"),
                              present=lambda: self._has_limits)
        self.water_legend.add(self.over, translate("CountriesChart", "over the limit"),
                              present=lambda: self._has_over, shape="box")
        self.water_legend.add(self.water_base, translate("CountriesChart", "baseline"), pen=dash,
                              present=lambda: self._has_baseline, shape="box")
        self.energy_legend = header(self.energy)
        self.energy_legend.set_title(
            translate("CountriesChart", "Energy generated and net after exchanges"))
        self.energy_legend.add(self.generated, winter, pen=none, brush=neutral)
        self.energy_legend.add(self.generated_summer, summer, pen=none, brush=light)
        self.energy_legend.add(self.net, translate("CountriesChart", "net after exchanges"),
                               present=lambda: self._has_exchanges, pen=pg.mkPen("w"),
                               brush=pg.mkBrush("#1A1A1A"), shape="diamond")
        self.energy_legend.add(self.energy_base, translate("CountriesChart", "baseline"), pen=dash,
                               present=lambda: self._has_baseline, shape="box")
        self._codes: list[str] = []
        self._names: list[str] = []
        self.groups: list[SeasonGroup] = []
        for p in (self.water, self.energy):
            p.getViewBox().sigResized.connect(self._set_ticks)

    # --- data -------------------------------------------------------------------------
    def clear(self) -> None:
        """Show nothing (no results)."""
        for item in (self.withdrawal, self.withdrawal_summer, self.over, self.water_base,
                     self.generated, self.generated_summer, self.energy_base):
            item.setOpts(x0=[], height=[], width=0.2)
        self.limits.setData([], [])
        self.net.setData([], [])
        self._has_baseline = self._has_limits = self._has_over = self._has_exchanges = False
        self._codes, self._names = [], []
        for p in (self.water, self.energy):
            p.getAxis("bottom").setTicks([[]])
        self.water_legend.sync()
        self.energy_legend.sync()

    def update(self, summary: CountriesSummary, baseline: CountriesSummary | None,
               volume_unit: tuple[str, float]) -> None:
        """New bars for ``summary`` (and outlines for ``baseline``); volumes shown in
        ``volume_unit`` = (label, Mm³ per unit)."""
        label, per = volume_unit
        self.water.setLabel("left", label)
        codes = summary.codes
        groups = season_groups(summary)
        self.groups = groups
        n_g = max(len(groups), 1)
        width = GROUP_WIDTH / n_g
        names = [summary.name(c) for c in codes]
        if codes != self._codes or names != self._names:
            self._codes, self._names = codes, names
            for p in (self.water, self.energy):
                p.setXRange(-0.55, max(len(codes), 1) - 0.45, padding=0)
            self._set_ticks()
        x0, cols, summer = [], [], []
        for i, code in enumerate(codes):
            c = country_colour(code)
            for k, g in enumerate(groups):
                x0.append(i - GROUP_WIDTH / 2 + k * width)
                is_summer = g.season is Season.VEGETATION
                cols.append(_faint(c) if is_summer else c)
                summer.append(is_summer)
        x0a = np.asarray(x0, dtype=float)
        hot = np.asarray(summer, dtype=bool)
        cold = ~hot
        brushes = np.empty(len(cols), dtype=object)
        brushes[:] = cols

        def season_bars(winter_item: pg.BarGraphItem, summer_item: pg.BarGraphItem,
                        h: np.ndarray) -> None:
            winter_item.setOpts(x0=x0a[cold], width=bar_w, height=h[cold],
                                brushes=list(brushes[cold]))
            summer_item.setOpts(x0=x0a[hot], width=bar_w, height=h[hot],
                                brushes=list(brushes[hot]))
        bar_w = width * 0.92

        def values(s: CountriesSummary, field: str, scale: float) -> list[float | None]:
            by = set(s.codes)
            out: list[float | None] = []
            for code in codes:
                for g in groups:
                    if code not in by or max(g.spans) >= len(s.spans):
                        out.append(None)
                        continue
                    v = group_value(s, code, g, field)
                    out.append(None if v is None else v / scale)
            return out

        def heights(vals: list[float | None]) -> np.ndarray:
            return np.array([0.0 if v is None else v for v in vals], dtype=float)

        withdrawal = values(summary, "withdrawal_mcm", per)
        limits = values(summary, "limit_mcm", per)
        season_bars(self.withdrawal, self.withdrawal_summer, heights(withdrawal))
        over = [k for k, (w, lim) in enumerate(zip(withdrawal, limits, strict=True))
                if w is not None and lim is not None and w > lim]
        self.over.setOpts(x0=x0a[over], width=bar_w, height=heights(withdrawal)[over])
        lx: list[float] = []
        ly: list[float] = []
        for k, lim in enumerate(limits):
            if lim is not None:
                lx += [x0[k] - 0.1 * width, x0[k] + bar_w + 0.1 * width]
                ly += [lim, lim]
        self.limits.setData(lx, ly, connect="pairs")
        self._has_limits = bool(lx)
        self.water_legend.set_title(translate("CountriesChart", "Withdrawal against the ICWC limit")
                                    if self._has_limits
                                    else translate("CountriesChart",
                                                   "Withdrawal (no ICWC limit set)"))
        self._has_over = bool(over)

        generated = values(summary, "generated_mwh", 1000.0)
        net = values(summary, "net_energy_mwh", 1000.0)
        season_bars(self.generated, self.generated_summer, heights(generated))
        self._has_exchanges = bool(summary.exchanges)
        self.energy_legend.set_title(translate("CountriesChart",
                                               "Energy generated and net after exchanges")
                                     if self._has_exchanges
                                     else translate("CountriesChart", "Energy generated"))
        if self._has_exchanges:
            self.net.setData(x0a + bar_w / 2, heights(net))
        else:
            self.net.setData([], [])

        water_all = withdrawal + limits
        energy_all = generated + (net if self._has_exchanges else [])
        comparable = baseline is not None and len(baseline.spans) == len(summary.spans)
        self._has_baseline = comparable
        self.water_base.setVisible(comparable)
        self.energy_base.setVisible(comparable)
        if comparable:
            assert baseline is not None
            bw = values(baseline, "withdrawal_mcm", per)
            bg = values(baseline, "generated_mwh", 1000.0)
            self.water_base.setOpts(x0=x0a, width=bar_w, height=heights(bw))
            self.energy_base.setOpts(x0=x0a, width=bar_w, height=heights(bg))
            water_all += bw
            energy_all += bg
        for plot, vals in ((self.water, water_all), (self.energy, energy_all)):
            finite = [v for v in vals if v is not None and np.isfinite(v)]
            top = max(finite, default=0.0)
            low = min(finite, default=0.0)
            top = top * 1.08 if top > 0 else 1.0
            low = low * 1.08 if low < 0 else -0.03 * top
            plot.setYRange(low, top, padding=0)
        self.water_legend.sync()
        self.energy_legend.sync()

    def _set_ticks(self, *_: object) -> None:
        """Countries by name under their bars, or by code where the names would not fit."""
        for p in (self.water, self.energy):
            axis = p.getAxis("bottom")
            room = p.getViewBox().width() / max(len(self._codes), 1)
            fm = QFontMetricsF(axis.font() if axis.style.get("tickFont") is None
                               else axis.style["tickFont"])
            widest = max((fm.horizontalAdvance(n) for n in self._names), default=0.0)
            labels = self._names if widest <= 0.9 * room else self._codes
            axis.setTicks([list(enumerate(labels))])

    def tick_labels(self) -> list[str]:
        """The country labels under the water plot (for tests)."""
        ticks = self.water.getAxis("bottom")._tickLevels
        return [] if not ticks else [t for _, t in ticks[0]]

    # --- read-back (tests) ------------------------------------------------------------
    def bar_heights(self, which: str) -> list[float]:
        """The heights of the 'withdrawal' or 'generated' bars, country-major."""
        winter, summer = (self.withdrawal, self.withdrawal_summer) if which == "withdrawal" \
            else (self.generated, self.generated_summer)
        bars = [(float(x), float(h)) for item in (winter, summer)
                for x, h in zip(item.opts["x0"], item.opts["height"], strict=True)]
        return [h for _, h in sorted(bars)]

    def limit_values(self) -> list[float]:
        """The limit ticks' values (one per bar with a limit)."""
        y = self.limits.yData
        return [] if y is None else [float(v) for v in y[::2]]


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("CountriesChart", "{season}, mean of {count} seasons", None, 1)
