"""The report's section "Risk over the inflow ensemble", for results with several members.

What the ensemble is (its source, members and seed), then the risk table the window's
Summary panel and the ``ensemble`` command show (:attr:`ReportInputs.risk`, the table kept
with these very results): supply risk per country and per demand, the events, energy per
country and season as P10/P50/P90, the change from a baseline simulated on the same
members, and fan charts (median, 50 % and 90 % bands) of storage, deliveries against demand
and the terminal lake's level. Definitions as in docs/ensembles.md, "Risk".
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from waterplanner.engine.bands import bands
from waterplanner.engine.results import Results
from waterplanner.engine.risk.table import EnergyRisk, EventRisk, RiskTable, SupplyRisk
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted
from waterplanner.i18n.units import unit
from waterplanner.model.nodes import DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.report import style
from waterplanner.report.flow import Block, Ctx, Figure, Heading, Paragraph, Table, clip
from waterplanner.report.formatting import delta, general, head, num
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import node_title, short_name
from waterplanner.report.plots import Band, HLine, Legend, LegendEntry, Line, Panel, draw_grid
from waterplanner.report.timeaxis import ReportTime


def title() -> str:
    """The section's heading, in the planner's language."""
    return translate("ReportRisk", "Risk over the inflow ensemble")


TITLE = "Risk over the inflow ensemble"
"""The section's heading in English (:func:`title` in the planner's language)."""
NAME_CHARS = 44
PANEL_HEIGHT_PT = 138.0
PANELS_PER_FIGURE = 8
BAND_ALPHA = (55, 120)
"""Opacity of the 90 % band and of the 50 % band over it."""


def _p(v: float) -> str:
    """A probability or a fraction as a percentage, one decimal ('–' where none applies)."""
    return "–" if not math.isfinite(v) else f"{num(100.0 * v, 1)}"


def _dp(a: float, b: float) -> str:
    """The change of a fraction, in percentage points."""
    return "–" if not (math.isfinite(a) and math.isfinite(b)) else delta(100.0 * (a - b), 1)


def _vulnerability(r: SupplyRisk) -> str:
    if not math.isfinite(r.vulnerability_mcm):
        return "–"
    return f"{num(r.vulnerability_mcm)} ({num(r.vulnerability_pct, 1)} %)"


def definitions(t: RiskTable) -> str:
    """What the numbers mean, in the report's words (docs/ensembles.md, "Risk")."""
    threshold = general(t.threshold_pct)
    tol = translate("ReportRisk", "any shortfall") if t.failure_tolerance_pct == 0 else \
        translate("ReportRisk", "a shortfall above {tolerance} % of the period's demand").format(
            tolerance=general(t.failure_tolerance_pct))
    return translate(
        "ReportRisk",
        "P(short > {threshold} %) is the share of members whose shortfall over the whole "
        "horizon exceeds {threshold} % of their demand. A period fails on {tolerance}. "
        "Reliability is the share of periods with demand that did not fail; resilience the "
        "chance that a failed period is followed by one that does not fail; vulnerability the "
        "mean shortfall of the failed periods, in Mm³ and as % of their demand (Hashimoto, "
        "Stedinger & Loucks 1982), all pooled over the members. Mean short is the shortfall over "
        "the horizon as % of demand, all members together. A country's figures are those of its "
        "demands together, a demand shared among countries split by its shares. '–': the metric "
        "does not apply (no demand, or no period failed).").format(threshold=threshold,
                                                                    tolerance=tol)


def supply_rows(rows: tuple[SupplyRisk, ...]) -> list[list[str]]:
    """Name, demand, mean short, P(short), reliability, resilience, vulnerability."""
    return [[clip(short_name(r.name), NAME_CHARS), num(r.demand_mcm), num(r.mean_shortfall_pct, 1),
             _p(r.p_short_over_threshold), _p(r.reliability), _p(r.resilience),
             _vulnerability(r)] for r in rows]


def _supply_table(first: str, rows: tuple[SupplyRisk, ...], t: RiskTable,
                  note: str = "") -> Table:
    return Table([first, head(translate("ReportRisk", "Demand"), "Mm³"),
                  translate("ReportRisk", "Mean short\n%"),
                  translate("ReportRisk", "P(short >\n{threshold} %) %").format(
                      threshold=general(t.threshold_pct)),
                  translate("ReportRisk", "Reliability\n%"),
                  translate("ReportRisk", "Resilience\n%"),
                  translate("ReportRisk", "Vulnerability\n{unit} (% demand)").format(
                      unit=unit("Mm³"))],
                 supply_rows(rows), "lrrrrrr",
                 widths=[0.25, 0.1, 0.11, 0.12, 0.12, 0.12, 0.18], note=note)


def event_rows(events: tuple[EventRisk, ...]) -> list[list[str]]:
    return [[clip(e.label, 200), _p(e.probability),
             f"{num(e.mean_amount, 1)} {unit(e.amount_unit)}"] for e in events]


def energy_rows(energy: tuple[EnergyRisk, ...]) -> list[list[str]]:
    """Country, season, mean, P10, P50, P90 (GWh)."""
    return [[clip(e.name, NAME_CHARS), e.span.display_label + ("*" if e.span.partial else ""),
             num(e.mean_gwh), num(e.p10_gwh), num(e.p50_gwh), num(e.p90_gwh)] for e in energy]


def _change_rows(plan: tuple[SupplyRisk, ...], base: tuple[SupplyRisk, ...]
                 ) -> list[list[str]]:
    by_id = {b.id: b for b in base}
    out = []
    for r in plan:
        b = by_id.get(r.id)
        if b is None:
            continue
        out.append([clip(short_name(r.name), NAME_CHARS), _p(r.p_short_over_threshold),
                    _p(b.p_short_over_threshold),
                    _dp(r.p_short_over_threshold, b.p_short_over_threshold),
                    _p(r.reliability), _p(b.reliability), _dp(r.reliability, b.reliability)])
    return out


def ensemble_paragraph(inp: ReportInputs) -> str:
    """What the ensemble is: its name, source, members and seed, and its notes."""
    e = inp.results.ensemble
    m = inp.results.members
    if e is None:
        return counted("ReportRisk", "The results hold %n members of an inflow ensemble (their "
                                     "source was not recorded with them).", m)
    text = e.sentence()
    if e.description:
        text += " " + clip(e.description, 600)
    if e.notes:
        text += " " + clip(" ".join(e.notes), 1200)
    return text


def risk_section(inp: ReportInputs) -> list[Block]:
    """The section (none for a single run)."""
    t = inp.risk
    if t is None:
        return []
    base = inp.baseline_risk
    out: list[Block] = [
        Heading(title()),
        Paragraph(ensemble_paragraph(inp), "body"),
        Paragraph(counted("ReportRisk", "The other sections of this report show member {member}; "
                                        "this one covers all %n members. A member is short when "
                                        "its shortfall over the horizon exceeds {threshold} % of "
                                        "demand.", t.members).format(
                      member=inp.member + 1, threshold=general(t.threshold_pct)), "body"),
        Paragraph(definitions(t), "small", style.MUTED)]
    if t.countries:
        out += [Heading(translate("ReportRisk", "Supply risk by country"), 2),
                _supply_table(translate("ReportRisk", "Country"), t.countries, t)]
    if t.demands:
        out += [Heading(translate("ReportRisk", "Supply risk by demand"), 2),
                _supply_table(translate("ReportRisk", "Demand", "the column of the demands' names"),
                              t.demands, t)]
    if t.events:
        out += [Heading(translate("ReportRisk", "Events"), 2),
                Table([translate("ReportRisk", "Event"),
                       translate("ReportRisk", "Probability\n%"),
                       translate("ReportRisk", "Mean amount\n(all members)")],
                      event_rows(t.events), "lrr", widths=[0.64, 0.14, 0.22],
                      note=translate("ReportRisk",
                                     "Probability: share of members in which the event happens "
                                     "at least once over the horizon. Mean amount: over all "
                                     "members (periods below the minimum; Mm³ received or "
                                     "spilled)."))]
    if t.energy:
        exact = all(e.exact for e in t.energy)
        partial = any(e.span.partial for e in t.energy)
        note = translate("ReportRisk", "Energy of each country's plants (dams and run-of-river) "
                                       "summed over each ICWC season; P10/P50/P90 over the "
                                       "members.") if exact else \
            translate("ReportRisk", "Energy of each country's plants (dams and run-of-river) "
                                    "summed over each ICWC season; P10/P50/P90 over the members, "
                                    "read from fixed-edge histograms.")
        if partial:
            note += translate("ReportRisk", " * Season only partly within the horizon.")
        gwh = "GWh"
        out += [Heading(translate("ReportRisk", "Energy per country and season"), 2),
                Table([translate("ReportRisk", "Country"), translate("ReportRisk", "ICWC season"),
                       head(translate("ReportRisk", "Mean"), gwh), head("P10", gwh),
                       head("P50", gwh), head("P90", gwh)], energy_rows(t.energy), "llrrrr",
                      widths=[0.25, 0.27, 0.12, 0.12, 0.12, 0.12], note=note)]
    if base is not None:
        out += _baseline_blocks(inp, t, base)
    out += fan_blocks(inp)
    return out


def _baseline_blocks(inp: ReportInputs, t: RiskTable, base: RiskTable) -> list[Block]:
    points = translate("ReportRisk", "Change\npoints")
    baseline = translate("ReportRisk", "Baseline\n%")
    head_row = [translate("ReportRisk", "P(short)\n%"), baseline, points,
                translate("ReportRisk", "Reliability\n%"), baseline, points]
    widths = [0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12]
    out: list[Block] = [
        Heading(translate("ReportRisk", "Change from the baseline"), 2),
        Paragraph(counted("ReportRisk", "The baseline ({baseline}) simulated on the same %n "
                                        "members; changes are this scenario minus the baseline, "
                                        "in percentage points (energy in GWh).", t.members)
                  .format(baseline=clip(inp.baseline_label, 200)), "small", style.MUTED)]
    rows = _change_rows(t.countries, base.countries)
    if rows:
        out.append(Table([translate("ReportRisk", "Country")] + head_row, rows, "lrrrrrr",
                         widths=widths))
    rows = _change_rows(t.demands, base.demands)
    if rows:
        out.append(Table([translate("ReportRisk", "Demand", "the column of the demands' names")]
                         + head_row, rows, "lrrrrrr",
                         widths=widths))
    events = {(e.kind, e.element_id): e for e in base.events}
    rows = [[clip(e.label, 200), _p(e.probability), _p(be.probability),
             _dp(e.probability, be.probability)]
            for e in t.events if (be := events.get((e.kind, e.element_id))) is not None]
    if rows:
        out.append(Table([translate("ReportRisk", "Event"),
                          translate("ReportRisk", "Probability\n%"), baseline, points], rows,
                         "lrrr", widths=[0.58, 0.14, 0.14, 0.14]))
    energy = {(e.country, e.span.index): e for e in base.energy}
    rows = [[clip(g.name, NAME_CHARS), g.span.display_label + ("*" if g.span.partial else ""),
             num(g.p50_gwh), num(bg.p50_gwh), delta(g.p50_gwh - bg.p50_gwh)]
            for g in t.energy if (bg := energy.get((g.country, g.span.index))) is not None]
    if rows:
        out.append(Table([translate("ReportRisk", "Country"),
                          translate("ReportRisk", "ICWC season"),
                          head(translate("ReportRisk", "Energy P50"), "GWh"),
                          head(translate("ReportRisk", "Baseline P50"), "GWh"),
                          head(translate("ReportRisk", "Change"), "GWh")], rows, "llrrr",
                         widths=[0.25, 0.27, 0.14, 0.18, 0.16],
                         note=translate("ReportRisk", "Median energy of each country's plants "
                                                      "over the members, per ICWC season.")))
    return out


# --- fan charts ----------------------------------------------------------------------
def _blend(colour: str, alpha: int) -> str:
    """``colour`` at ``alpha`` (0–255) over white, as an opaque colour (legend swatches)."""
    c = colour.lstrip("#")
    rgb = [int(c[i:i + 2], 16) for i in (0, 2, 4)]
    a = alpha / 255.0
    return "#" + "".join(f"{round(255 + (v - 255) * a):02X}" for v in rgb)


def _per_member(axis: ReportTime, values: np.ndarray, how: str,
                start: np.ndarray | None = None) -> np.ndarray:
    """Every member's series on the report's time axis: totals per group, or states at the
    group boundaries (with the start value first)."""
    rows = np.asarray(values, dtype=float)
    if how == "total":
        return np.array([axis.total(v) for v in rows])
    assert start is not None
    return np.array([axis.with_start(float(s), v) for s, v in zip(start, rows, strict=True)])


def fan_panel(title: str, unit: str, members: np.ndarray, member: int, colour: str, at: str,
              hlines: list[HLine] | None = None, extra: list[Line] | None = None,
              zero_based: bool = True) -> Panel:
    """A panel with the members' 90 % and 50 % bands, their median and the reported member
    ``member`` (from 0)."""
    b = bands(members)
    return Panel(title, unit,
                 list(extra or []) + [Line(b.p50, colour, width_pt=1.0, at=at, dashed=False),
                                      Line(members[member], _darker(colour),
                                           width_pt=0.7, at=at)],
                 list(hlines or []),
                 bands=[Band(b.p05, b.p95, colour, BAND_ALPHA[0], at),
                        Band(b.p25, b.p75, colour, BAND_ALPHA[1], at)],
                 zero_based=zero_based)


def _darker(colour: str) -> str:
    c = colour.lstrip("#")
    return "#" + "".join(f"{int(int(c[i:i + 2], 16) * 0.55):02X}" for i in (0, 2, 4))


def fan_panels(inp: ReportInputs) -> dict[str, list[Panel]]:
    """Storage of every reservoir, deliveries of every demand (with the demand as a thin
    line), level of every terminal lake: one fan panel each."""
    r: Results = inp.results
    scn, axis = inp.scenario, inp.time
    out: dict[str, list[Panel]] = {"storage": [], "delivery": [], "lake": []}
    for n in scn.nodes:
        colour = style.country_colour(n.country)
        i = r.node_index(n.id)
        if isinstance(n, ReservoirNode):
            start = np.full(r.members, r.initial_storage_mcm[i])
            out["storage"].append(fan_panel(
                node_title(n), unit("Mm³"),
                _per_member(axis, r.storage_mcm[:, i, :], "state", start), inp.member,
                colour, "boundary",
                [HLine(n.capacity_mcm, translate("ReportRisk", "capacity"), style.AXIS, "dot"),
                 HLine(n.dead_storage_mcm, translate("ReportRisk", "dead storage"), style.MUTED,
                       "dashdot")]))
        elif isinstance(n, DemandNode):
            demand = axis.total(r.series("demand_mcm", n.id))
            out["delivery"].append(fan_panel(
                node_title(n), unit("Mm³"), _per_member(axis, r.delivery_mcm[:, i, :], "total"),
                inp.member, colour, "period", extra=[Line(demand, style.AXIS, width_pt=0.8)]))
        elif isinstance(n, TerminalLakeNode):
            level0 = float(n.lav.level_at(n.initial_storage_mcm))
            out["lake"].append(fan_panel(
                node_title(n), unit("m a.s.l."),
                _per_member(axis, r.level_m[:, i, :], "state", np.full(r.members, level0)),
                inp.member, colour, "boundary",
                [HLine(n.crest_level_m, translate("ReportRisk", "crest"), style.AXIS, "dot")],
                zero_based=False))
    return out


def fan_legend(member: int, *extra: LegendEntry) -> list[LegendEntry]:
    c = style.ACCENT
    return [("shade", _blend(c, BAND_ALPHA[0]),
             translate("ReportRisk", "90 % band (P5–P95), in the country's colour")),
            ("shade", _blend(c, BAND_ALPHA[0] + BAND_ALPHA[1] * (255 - BAND_ALPHA[0]) // 255),
             translate("ReportRisk", "50 % band (P25–P75)")),
            ("line", c, translate("ReportRisk", "median of the members")),
            ("line", _darker(c), translate("ReportRisk", "member {member}").format(
                member=member + 1)), *extra]


def _figures(inp: ReportInputs, panels: list[Panel], legend: list[LegendEntry],
             caption: str) -> list[Block]:
    out: list[Block] = []
    axis = inp.time
    for k in range(0, len(panels), PANELS_PER_FIGURE):
        chunk = panels[k:k + PANELS_PER_FIGURE]
        rows = (len(chunk) + 1) // 2

        def paint(ctx: Ctx, p: QPainter, rect: QRectF, chunk: list[Panel] = chunk) -> None:
            draw_grid(ctx, p, rect, chunk, axis, 2)
        last = k + PANELS_PER_FIGURE >= len(panels)
        out += [Legend(legend), Figure(rows * PANEL_HEIGHT_PT, paint, caption if last else "")]
    return out


def _storage_caption(step: str, members: int) -> str:
    if step == "month":
        return counted("ReportRisk", "Storage at the end of each month over the %n members: the "
                                     "median (country colour), the 50 % and 90 % bands, and the "
                                     "member the other sections show.", members)
    if step == "year":
        return counted("ReportRisk", "Storage at the end of each water year over the %n members: "
                                     "the median (country colour), the 50 % and 90 % bands, and "
                                     "the member the other sections show.", members)
    return counted("ReportRisk", "Storage at the end of each period over the %n members: the "
                                 "median (country colour), the 50 % and 90 % bands, and the "
                                 "member the other sections show.", members)


def _delivery_caption(step: str, members: int) -> str:
    if step == "month":
        return counted("ReportRisk", "Delivery per month over the %n members against the demand "
                                     "(thin black): where the band lies below the demand, "
                                     "members fall short.", members)
    if step == "year":
        return counted("ReportRisk", "Delivery per water year over the %n members against the "
                                     "demand (thin black): where the band lies below the demand, "
                                     "members fall short.", members)
    return counted("ReportRisk", "Delivery per period over the %n members against the demand "
                                 "(thin black): where the band lies below the demand, members "
                                 "fall short.", members)


def _lake_caption(step: str, members: int) -> str:
    if step == "month":
        return counted("ReportRisk", "Lake level at the end of each month over the %n members, "
                                     "with the crest over which it spills.", members)
    if step == "year":
        return counted("ReportRisk", "Lake level at the end of each water year over the %n "
                                     "members, with the crest over which it spills.", members)
    return counted("ReportRisk", "Lake level at the end of each period over the %n members, "
                                 "with the crest over which it spills.", members)


def fan_blocks(inp: ReportInputs) -> list[Block]:
    """The fan charts of storage, deliveries and lake level."""
    panels = fan_panels(inp)
    m = inp.results.members
    step = inp.time.unit
    out: list[Block] = []
    if panels["storage"]:
        out += [Heading(translate("ReportRisk", "Storage over the members"), 2)] + _figures(
            inp, panels["storage"], fan_legend(
                inp.member, ("dot", style.AXIS, translate("ReportRisk", "capacity")),
                ("dashdot", style.MUTED, translate("ReportRisk", "dead storage"))),
            _storage_caption(step, m))
    if panels["delivery"]:
        out += [Heading(translate("ReportRisk", "Deliveries over the members"), 2)] + _figures(
            inp, panels["delivery"],
            fan_legend(inp.member, ("line", style.AXIS, translate("ReportRisk", "demand"))),
            _delivery_caption(step, m))
    if panels["lake"]:
        out += [Heading(translate("ReportRisk", "Terminal lake over the members"), 2)] + \
            _figures(inp, panels["lake"],
                     fan_legend(inp.member, ("dot", style.AXIS,
                                             translate("ReportRisk", "outflow crest"))),
                     _lake_caption(step, m))
    return out


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportRisk", "The results hold %n members of an inflow ensemble (their source was "
                            "not recorded with them).", None, 1)
    translate("ReportRisk", "The other sections of this report show member {member}; this one "
                            "covers all %n members. A member is short when its shortfall over "
                            "the horizon exceeds {threshold} % of demand.", None, 1)
    translate("ReportRisk", "The baseline ({baseline}) simulated on the same %n members; changes "
                            "are this scenario minus the baseline, in percentage points (energy "
                            "in GWh).", None, 1)
    translate("ReportRisk", "Storage at the end of each month over the %n members: the median "
                            "(country colour), the 50 % and 90 % bands, and the member the other "
                            "sections show.", None, 1)
    translate("ReportRisk", "Storage at the end of each water year over the %n members: the "
                            "median (country colour), the 50 % and 90 % bands, and the member "
                            "the other sections show.", None, 1)
    translate("ReportRisk", "Storage at the end of each period over the %n members: the median "
                            "(country colour), the 50 % and 90 % bands, and the member the other "
                            "sections show.", None, 1)
    translate("ReportRisk", "Delivery per month over the %n members against the demand (thin "
                            "black): where the band lies below the demand, members fall short.",
              None, 1)
    translate("ReportRisk", "Delivery per water year over the %n members against the demand "
                            "(thin black): where the band lies below the demand, members fall "
                            "short.", None, 1)
    translate("ReportRisk", "Delivery per period over the %n members against the demand (thin "
                            "black): where the band lies below the demand, members fall short.",
              None, 1)
    translate("ReportRisk", "Lake level at the end of each month over the %n members, with the "
                            "crest over which it spills.", None, 1)
    translate("ReportRisk", "Lake level at the end of each water year over the %n members, with "
                            "the crest over which it spills.", None, 1)
    translate("ReportRisk", "Lake level at the end of each period over the %n members, with the "
                            "crest over which it spills.", None, 1)
