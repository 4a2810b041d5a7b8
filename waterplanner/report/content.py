"""The report's sections as flow blocks, built from a scenario, its results and optionally
a baseline's results. No painting happens here except inside figure callbacks.

Tables and plots over time use the report's time axis (:mod:`waterplanner.report.timeaxis`):
the scenario's periods, or monthly (yearly) aggregates for long horizons.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from waterplanner.engine.summary import PlantSummary, fill_definition
from waterplanner.engine.targets import unmet_targets
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.dates import time_label
from waterplanner.i18n.figures import counted
from waterplanner.i18n.units import unit
from waterplanner.model.nodes import DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.model.scenario import Scenario
from waterplanner.report import style
from waterplanner.report.comparison_section import comparison_section
from waterplanner.report.countries_section import countries_section, country_cell, country_lines
from waterplanner.report.flow import Block, Ctx, Figure, Heading, Paragraph, Table, clip
from waterplanner.report.formatting import fill_note, general, head, km3, num, pct, with_unit
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import (
    link_name_by_id,
    node_name,
    short_name,
)
from waterplanner.report.optimisation_section import optimisation_section
from waterplanner.report.results_plots import plots_section
from waterplanner.report.risk_section import risk_section
from waterplanner.report.schematic import draw_schematic
from waterplanner.report.sources_section import sources_section

MAX_TABLE_COLUMNS = 7
"""Period tables with more nodes than this are split into several tables side by side."""
COLUMN_NAME_CHARS = 28
"""Longest node name in a column heading."""



def column_name(name: str) -> str:
    """A node's name for a column heading."""
    return clip(short_name(name), COLUMN_NAME_CHARS)


# --- executive summary ---------------------------------------------------------------
def executive_summary(inp: ReportInputs) -> list[Block]:
    """Headline numbers and the per-country, per-demand, plant and reservoir tables."""
    s = inp.summary()
    scn = inp.scenario
    km3_ = unit("km³")
    gwh = unit("GWh")
    out: list[Block] = [Heading(translate("ReportSections", "Executive summary"))]
    if inp.results.members > 1:
        out.append(Paragraph(counted(
            "ReportSections", "The results hold %n ensemble members; this summary and the "
                              "other sections show {member}. 'Risk over the inflow "
                              "ensemble' covers them all.",
            inp.results.members).format(member=inp.member_words), "small", style.MUTED))
    head_rows = [
        [translate("ReportSections", "Water demanded by the irrigation zones"),
         with_unit(km3(s.demand_mcm), "km³")],
        [translate("ReportSections", "Water delivered"), with_unit(km3(s.delivery_mcm), "km³")],
        [translate("ReportSections", "Shortfall"),
         f"{with_unit(km3(s.shortfall_mcm), 'km³')} ({pct(s.shortfall_pct)})"]]
    if s.worst_demand:
        w = s.demand(s.worst_demand)
        head_rows.append([translate("ReportSections", "Worst-supplied demand"),
                          translate("ReportSections", "{name}: {percent} short").format(
                              name=short_name(w.name), percent=pct(w.shortfall_pct))])
    head_rows += [
        [translate("ReportSections", "Hydropower, whole horizon"),
         with_unit(num(s.energy_gwh), "GWh")],
        ["  " + translate("ReportSections", "of which winter (Oct–Mar) / summer (Apr–Sep)"),
         f"{num(s.winter_energy_gwh)} / {num(s.summer_energy_gwh)} {gwh}"]]
    for lk in s.lakes:
        lake = short_name(lk.name)
        head_rows += [
            [translate("ReportSections", "Inflow to {lake}").format(lake=lake),
             with_unit(km3(lk.inflow_mcm), "km³")],
            [translate("ReportSections", "{lake} level, start → end").format(lake=lake),
             f"{num(lk.start_level_m, 2)} → {with_unit(num(lk.end_level_m, 2), 'm')}"]]
    closes = translate("ReportSections", "closes") if s.mass_balance_ok else \
        translate("ReportSections", "DOES NOT CLOSE")
    head_rows.append([translate("ReportSections", "Water balance check"),
                      closes + translate("ReportSections", " (residual {volume})").format(
                          volume=with_unit(general(s.mass_balance_residual_mcm, ".1e"), "Mm³"))])
    out.append(Table([translate("ReportSections", "Headline"),
                      translate("ReportSections", "Value")], head_rows, "lr", widths=[0.62, 0.38]))

    lake_country = lake_country_code(scn)
    rows, swatches = [], {}
    lines = country_lines(inp.countries)
    codes = [c.code for c in lines]
    for i, c in enumerate(lines):
        aral = km3(s.lake_inflow_mcm) if c.code == lake_country and s.lakes else "–"
        rows.append([country_cell(inp.countries, c.code), km3(c.delivery_mcm),
                     pct(c.shortfall_pct) if c.demand_mcm > 0 else "–",
                     num(c.winter_gwh), num(c.summer_gwh), aral])
        swatches[i] = style.country_colour(c.code, codes)
    rows.append([translate("ReportSections", "Total"), km3(s.delivery_mcm), pct(s.shortfall_pct),
                 num(s.winter_energy_gwh), num(s.summer_energy_gwh),
                 km3(s.lake_inflow_mcm) if s.lakes else "–"])
    out += [Heading(translate("ReportSections", "By country"), 2),
            Table([translate("ReportSections", "Country"),
                   head(translate("ReportSections", "Water received"), "km³"),
                   translate("ReportSections", "Shortfall"),
                   head(translate("ReportSections", "Winter energy"), "GWh"),
                   head(translate("ReportSections", "Summer energy"), "GWh"),
                   head(translate("ReportSections", "Aral inflow"), "km³")], rows, "lrrrrr",
                  bold_rows={len(rows) - 1}, swatches=swatches,
                  note=translate(
                      "ReportSections",
                      "Water received is what the country's irrigation zones were delivered (a "
                      "zone shared by several countries split by its shares); energy is what its "
                      "plants generated. Winter is October–March, summer April–September. Per "
                      "season and with the limits: see Countries."))]

    rows = [[short_name(d.name), demand_countries(scn, d.node_id), km3(d.demand_mcm),
             km3(d.delivery_mcm),
             pct(d.shortfall_pct), pct(d.reliability_pct, 0),
             time_label(scn.time, d.worst_period) if d.worst_period >= 0 else "–"]
            for d in s.demands]
    if rows:
        out += [Heading(translate("ReportSections", "Demands"), 2),
                Table([translate("ReportSections", "Demand", "the column of the demands' names"),
                       translate("ReportSections", "Country"),
                       head(translate("ReportSections", "Demand"), "km³"),
                       head(translate("ReportSections", "Delivered"), "km³"),
                       translate("ReportSections", "Shortfall"),
                       translate("ReportSections", "Reliability"),
                       translate("ReportSections", "Worst\nperiod")], rows, "llrrrrr",
                      note=translate("ReportSections",
                                     "Reliability: share of the periods with a demand in which "
                                     "it was met in full."))]
    rows = [[plant_name(p), p.country or "–", num(p.energy_gwh), num(p.winter_gwh),
             num(p.summer_gwh)] for p in s.plants]
    if rows:
        out += [Heading(translate("ReportSections", "Hydropower"), 2),
                Table([translate("ReportSections", "Plant"),
                       translate("ReportSections", "Country"),
                       head(translate("ReportSections", "Total"), "GWh"),
                       head(translate("ReportSections", "Winter"), "GWh"),
                       head(translate("ReportSections", "Summer"), "GWh")], rows, "llrrr")]
    rows = []
    for r in s.reservoirs:
        rows.append([short_name(r.name), km3(r.start_storage_mcm), km3(r.end_storage_mcm),
                     pct(r.end_fill_pct, 0), km3(r.min_storage_mcm), km3(r.dead_storage_mcm),
                     km3(r.capacity_mcm), km3(r.spill_mcm)])
    if rows:
        out += [Heading(translate("ReportSections", "Reservoirs"), 2),
                Table([translate("ReportSections", "Reservoir"),
                       head(translate("ReportSections", "Start"), "km³"),
                       head(translate("ReportSections", "End"), "km³"),
                       translate("ReportSections", "End fill\n(active)"),
                       head(translate("ReportSections", "Lowest"), "km³"),
                       head(translate("ReportSections", "Dead"), "km³"),
                       head(translate("ReportSections", "Capacity"), "km³"),
                       head(translate("ReportSections", "Spill"), "km³")], rows,
                      "lrrrrrrr", note=fill_note())]
    rows = [[short_name(k.name), km3(k.inflow_mcm), km3(k.winter_mcm),
             ", ".join(f"{short_name(node_name(scn, src))} {km3(v)}"
                       for src, v in k.by_source_mcm.items())]
            for k in s.sinks if k.inflow_mcm > 0]
    if rows:
        out += [Heading(translate("ReportSections", "Where water left the basin"), 2),
                Table([translate("ReportSections", "Sink"),
                       head(translate("ReportSections", "Total"), "km³"),
                       head(translate("ReportSections", "Oct-Mar"), "km³"),
                       translate("ReportSections", "From ({unit})").format(unit=km3_)],
                      rows, "lrrl",
                      note=translate("ReportSections",
                                     "What reached each sink, and along which link: overflow "
                                     "from a reservoir or drainage returned from a zone."))]
    warn = [translate("ReportSections", "Minimum flow at {name}: {volume} short.").format(
                name=node_name(scn, nid), volume=with_unit(num(v), "Mm³"))
            for nid, v in s.min_flow_deficit_mcm.items() if v > 0.5]
    warn += [translate("ReportSections", "The reach {link} carried {volume} above its capacity "
                                         "(flooding).").format(
                 link=link_name_by_id(scn, lid), volume=with_unit(num(v), "Mm³"))
             for lid, v in s.link_excess_mcm.items()]
    if warn:
        out.append(Paragraph("\n".join(warn), "body", style.SHORTFALL))
    return out


def demand_countries(scenario: Scenario, node_id: str) -> str:
    """'UZ' for a demand of one country; 'UZ 78 %, TJ 13 %, KG 9 %' for a shared one."""
    node = scenario.node(node_id)
    shares = node.shares() if isinstance(node, DemandNode) else {}
    if len(shares) <= 1:
        return next(iter(shares), "") or "–"
    return ", ".join(f"{code}\u00a0{num(100 * share)}\u00a0%" for code, share in shares.items())


def plant_name(p: PlantSummary) -> str:
    """A plant's short name, marked '(run-of-river)' for a plant on a link (its own name may
    say so already, and short_name() would cut that off)."""
    name = short_name(p.name)
    if p.kind == "run_of_river":
        return translate("ReportSections", "{name} (run-of-river)").format(name=name)
    return name


def lake_country_code(scenario: Scenario) -> str:
    """Country of the (first) terminal lake, '' if none."""
    lakes = [n for n in scenario.nodes if isinstance(n, TerminalLakeNode)]
    return lakes[0].country if lakes else ""


# --- schematic -----------------------------------------------------------------------
def schematic_section(inp: ReportInputs) -> list[Block]:
    """The cascade drawn from the nodes' positions."""
    def paint(ctx: Ctx, p: QPainter, r: QRectF) -> None:
        draw_schematic(ctx, p, r, inp.scenario, inp.results, inp.member)
    return [Heading(translate("ReportSections", "Cascade schematic")),
            Figure(600, paint, translate(
                "ReportSections",
                "Nodes at their schematic positions, coloured by country. Rivers in slate blue, "
                "abstractions grey, return flows dashed, overflow paths dotted. Reservoirs show "
                "their storage at the end of the horizon and their fill then, {definition}; "
                "demands show their shortfall.").format(definition=fill_definition()))]


# --- plots ---------------------------------------------------------------------------
def _period_tables(inp: ReportInputs, columns: list[tuple[str, np.ndarray]], decimals: int,
                   total_label: str | None, total: Callable[[np.ndarray], float] | None
                   ) -> list[Block]:
    """Tables with one row per period (or month) and one column per node; ``columns``
    hold values already on the report's time axis."""
    out: list[Block] = []
    axis = inp.time
    labels = axis.labels
    colours = {t: style.SUMMER_SHADE for t in range(axis.n) if axis.summer[t]} \
        if axis.shaded else {}
    for k in range(0, len(columns), MAX_TABLE_COLUMNS):
        chunk = columns[k:k + MAX_TABLE_COLUMNS]
        rows = [[labels[t]] + [num(float(v[t]), decimals) for _, v in chunk]
                for t in range(axis.n)]
        bold = set()
        if total_label and total is not None:
            rows.append([total_label] + [num(total(v), decimals) for _, v in chunk])
            bold.add(len(rows) - 1)
        out.append(Table([axis.row_word] + [h for h, _ in chunk], rows, "l" + "r" * len(chunk),
                         bold_rows=bold, row_colours=colours))
    return out


def schedules_section(inp: ReportInputs) -> list[Block]:
    """The release schedules in m³/s and in Mm³, one row per period (or month)."""
    scn = inp.scenario
    axis = inp.time
    tb = scn.time
    res = [n for n in scn.nodes if isinstance(n, ReservoirNode) and n.id in scn.release_schedules]
    if not res:
        return []
    mcm = [(column_name(n.name), np.asarray(scn.release_schedules[n.id], float)) for n in res]
    m3s = [(h, axis.mean_flow(tb.mcm_to_m3s(v))) for h, v in mcm]
    volumes = [(h, axis.total(v)) for h, v in mcm]
    secs = axis.seconds
    intro = translate("ReportSections", "The target releases of the scenario, as the planner set "
                                        "them.")
    if axis.shaded:
        intro += translate("ReportSections", " Summer months (April–September) are shaded.")
    intro += translate("ReportSections", " Where a reservoir could not follow its target (too "
                                         "little water, or a full reservoir), the plots show the "
                                         "release actually made.")
    out: list[Block] = [Heading(translate("ReportSections", "Release schedules")),
                        Paragraph(intro, "small", style.MUTED)]
    if axis.aggregated:
        out.append(Paragraph(axis.describe(), "small", style.MUTED))
    volume_heading = {
        "period": translate("ReportSections", "Releases in {unit} per period"),
        "month": translate("ReportSections", "Releases in {unit} per month"),
        "year": translate("ReportSections", "Releases in {unit} per water year")}[axis.unit]
    out.append(Heading(translate("ReportSections", "Releases in {unit}").format(
        unit=unit("m³/s")), 2))
    out += _period_tables(inp, [(head(h, "m³/s"), v) for h, v in m3s], 0,
                          translate("ReportSections", "Mean"),
                          lambda v: float((v * secs).sum() / secs.sum()))
    out.append(Heading(volume_heading.format(unit=unit("Mm³")), 2))
    out += _period_tables(inp, [(head(h, "Mm³"), v) for h, v in volumes], 0,
                          translate("ReportSections", "Total"), lambda v: float(v.sum()))
    return out + _unmet_targets_blocks(inp)


def _flow(m3s: float) -> str:
    """A flow as the window's Problems list shows it: whole m³/s, one decimal below 10."""
    return num(m3s, 0 if abs(m3s) >= 10 else 1)


MAX_UNMET_ROWS = 60
"""Rows of the table of unmet release targets (the window's Problems list has them all)."""


def _unmet_targets_blocks(inp: ReportInputs) -> list[Block]:
    """The periods whose target a reservoir could not release, and why: the same list, in
    the same words, as the window's Problems tab (engine.targets)."""
    unmet = unmet_targets(inp.results, inp.member)
    if not unmet:
        return []
    flows = inp.scenario.time.mcm_to_m3s
    rows = [[short_name(u.name), time_label(inp.scenario.time, u.period),
             _flow(float(flows(u.target_mcm)[u.period])),
             _flow(float(flows(u.released_mcm)[u.period])), u.reason_text(inp.results, "m3s")]
            for u in unmet[:MAX_UNMET_ROWS]]
    more = len(unmet) - len(rows)
    note = counted("ReportSections", "%n more period(s) not listed.", more) if more > 0 else ""
    return [Heading(translate("ReportSections", "Release targets not met"), 2),
            Paragraph(translate("ReportSections", "Periods in which a reservoir released a "
                                                  "different amount than its target, because it "
                                                  "could not do otherwise."), "small", style.MUTED),
            Table([translate("ReportSections", "Reservoir"),
                   translate("ReportSections", "Period"),
                   head(translate("ReportSections", "Target"), "m³/s"),
                   head(translate("ReportSections", "Released"), "m³/s"),
                   translate("ReportSections", "Why")], rows,
                  "llrrl", widths=[0.2, 0.14, 0.12, 0.12, 0.42], note=note)]


def shortfall_section(inp: ReportInputs) -> list[Block]:
    """Shortfall of every demand in every period or month (Mm³)."""
    scn = inp.scenario
    demands = [n for n in scn.nodes if isinstance(n, DemandNode)]
    if not demands:
        return []
    cols = [(head(column_name(n.name), "Mm³"), inp.time.total(inp.series("shortfall_mcm", n.id)))
            for n in demands]
    s = inp.summary()
    out: list[Block] = [
        Heading(translate("ReportSections", "Shortfall by demand and period")),
        Paragraph(translate("ReportSections", "Total shortfall {volume} ({percent} of demand).")
                  .format(volume=with_unit(num(s.shortfall_mcm), "Mm³"),
                          percent=pct(s.shortfall_pct)), "body")]
    if inp.time.aggregated:
        out.append(Paragraph(inp.time.describe(), "small", style.MUTED))
    out += _period_tables(inp, cols, 0, translate("ReportSections", "Total"),
                          lambda v: float(v.sum()))
    return out


SECTIONS: tuple[tuple[str, Callable[[ReportInputs], list[Block]]], ...] = (
    (QT_TRANSLATE_NOOP("Report", "executive summary"), executive_summary),
    (QT_TRANSLATE_NOOP("Report", "cascade schematic"), schematic_section),
    (QT_TRANSLATE_NOOP("Report", "countries"), countries_section),
    (QT_TRANSLATE_NOOP("Report", "risk"), risk_section),
    (QT_TRANSLATE_NOOP("Report", "plots"), plots_section),
    (QT_TRANSLATE_NOOP("Report", "release schedules"), schedules_section),
    (QT_TRANSLATE_NOOP("Report", "shortfall"), shortfall_section),
    (QT_TRANSLATE_NOOP("Report", "baseline comparison"), comparison_section),
    (QT_TRANSLATE_NOOP("Report", "optimisation"), optimisation_section),
    (QT_TRANSLATE_NOOP("Report", "sources"), sources_section),
)
"""The sections in report order, each with what the progress display says while it is built
(marked for the catalogues, context "Report"); each returns its blocks (none when it does not
apply)."""

__all__ = ["SECTIONS", "ReportInputs", "column_name", "lake_country_code", "plant_name"]


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportSections", "%n more period(s) not listed.", None, 1)
    translate("ReportSections", "The results hold %n ensemble members; this summary and the "
                                "other sections show {member}. 'Risk over the inflow "
                                "ensemble' covers them all.", None, 1)
