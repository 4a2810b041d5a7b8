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

from waterplanner.engine.countries_summary import countries_summary
from waterplanner.engine.summary import FILL_DEFINITION, PlantSummary, Summary
from waterplanner.engine.targets import unmet_targets
from waterplanner.model.nodes import DemandNode, ReservoirNode, TerminalLakeNode
from waterplanner.model.scenario import Scenario
from waterplanner.report import style
from waterplanner.report.countries_section import countries_section, country_cell, country_lines
from waterplanner.report.flow import Block, Ctx, Figure, Heading, Paragraph, Table, clip
from waterplanner.report.formatting import delta, km3, num, pct
from waterplanner.report.inputs import REPORTED_MEMBER, ReportInputs
from waterplanner.report.names import (
    field_label,
    field_sort_key,
    link_name_by_id,
    node_name,
    short_name,
)
from waterplanner.report.optimisation_section import optimisation_section
from waterplanner.report.results_plots import comparable as _comparable
from waterplanner.report.results_plots import plots_section
from waterplanner.report.risk_section import risk_section
from waterplanner.report.schematic import draw_schematic

MAX_TABLE_COLUMNS = 7
"""Period tables with more nodes than this are split into several tables side by side."""
COLUMN_NAME_CHARS = 28
"""Longest node name in a column heading."""
MAX_NOTES_CHARS = 12_000
"""The scenario's description and notes are printed up to this length."""

FILL_NOTE = f"Fill: {FILL_DEFINITION}."
"""Said wherever the report gives a reservoir's fill in %."""


def column_name(name: str) -> str:
    """A node's name for a column heading."""
    return clip(short_name(name), COLUMN_NAME_CHARS)


# --- executive summary ---------------------------------------------------------------
def executive_summary(inp: ReportInputs) -> list[Block]:
    """Headline numbers and the per-country, per-demand, plant and reservoir tables."""
    s = inp.results.summary()
    scn = inp.scenario
    out: list[Block] = [Heading("Executive summary")]
    if inp.results.members > 1:
        out.append(Paragraph(f"The results hold {inp.results.members} ensemble members; this "
                             "summary shows the first. 'Risk over the inflow ensemble' covers "
                             "them all.", "small", style.MUTED))
    head = [["Water demanded by the irrigation zones", f"{km3(s.demand_mcm)} km³"],
            ["Water delivered", f"{km3(s.delivery_mcm)} km³"],
            ["Shortfall", f"{km3(s.shortfall_mcm)} km³ ({pct(s.shortfall_pct)})"]]
    if s.worst_demand:
        w = s.demand(s.worst_demand)
        head.append(["Worst-supplied demand",
                     f"{short_name(w.name)}: {pct(w.shortfall_pct)} short"])
    head += [["Hydropower, whole horizon", f"{num(s.energy_gwh)} GWh"],
             ["  of which winter (Oct–Mar) / summer (Apr–Sep)",
              f"{num(s.winter_energy_gwh)} / {num(s.summer_energy_gwh)} GWh"]]
    for lk in s.lakes:
        head += [[f"Inflow to {short_name(lk.name)}", f"{km3(lk.inflow_mcm)} km³"],
                 [f"{short_name(lk.name)} level, start → end",
                  f"{num(lk.start_level_m, 2)} → {num(lk.end_level_m, 2)} m"]]
    head.append(["Water balance check",
                 ("closes" if s.mass_balance_ok else "DOES NOT CLOSE") +
                 f" (residual {s.mass_balance_residual_mcm:.1e} Mm³)"])
    out.append(Table(["Headline", "Value"], head, "lr", widths=[0.62, 0.38]))

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
    rows.append(["Total", km3(s.delivery_mcm), pct(s.shortfall_pct),
                 num(s.winter_energy_gwh), num(s.summer_energy_gwh),
                 km3(s.lake_inflow_mcm) if s.lakes else "–"])
    out += [Heading("By country", 2),
            Table(["Country", "Water received\nkm³", "Shortfall", "Winter energy\nGWh",
                   "Summer energy\nGWh", "Aral inflow\nkm³"], rows, "lrrrrr",
                  bold_rows={len(rows) - 1}, swatches=swatches,
                  note="Water received is what the country's irrigation zones were delivered "
                       "(a zone shared by several countries split by its shares); energy is "
                       "what its plants generated. Winter is October–March, summer "
                       "April–September. Per season and with the limits: see Countries.")]

    labels = scn.time
    rows = [[short_name(d.name), demand_countries(scn, d.node_id), km3(d.demand_mcm),
             km3(d.delivery_mcm),
             pct(d.shortfall_pct), pct(d.reliability_pct, 0),
             labels.label(d.worst_period) if d.worst_period >= 0 else "–"]
            for d in s.demands]
    if rows:
        out += [Heading("Demands", 2),
                Table(["Demand", "Country", "Demand\nkm³", "Delivered\nkm³", "Shortfall",
                       "Reliability", "Worst\nperiod"], rows, "llrrrrr",
                      note="Reliability: share of the periods with a demand in which it was "
                           "met in full.")]
    rows = [[plant_name(p), p.country or "–", num(p.energy_gwh), num(p.winter_gwh),
             num(p.summer_gwh)] for p in s.plants]
    if rows:
        out += [Heading("Hydropower", 2),
                Table(["Plant", "Country", "Total\nGWh", "Winter\nGWh", "Summer\nGWh"], rows,
                      "llrrr")]
    rows = []
    for r in s.reservoirs:
        rows.append([short_name(r.name), km3(r.start_storage_mcm), km3(r.end_storage_mcm),
                     pct(r.end_fill_pct, 0), km3(r.min_storage_mcm), km3(r.dead_storage_mcm),
                     km3(r.capacity_mcm), km3(r.spill_mcm)])
    if rows:
        out += [Heading("Reservoirs", 2),
                Table(["Reservoir", "Start\nkm³", "End\nkm³", "End fill\n(active)",
                       "Lowest\nkm³", "Dead\nkm³", "Capacity\nkm³", "Spill\nkm³"], rows,
                      "lrrrrrrr", note=FILL_NOTE)]
    rows = [[short_name(k.name), km3(k.inflow_mcm), km3(k.winter_mcm),
             ", ".join(f"{short_name(node_name(scn, src))} {km3(v)}"
                       for src, v in k.by_source_mcm.items())]
            for k in s.sinks if k.inflow_mcm > 0]
    if rows:
        out += [Heading("Where water left the basin", 2),
                Table(["Sink", "Total\nkm³", "Oct-Mar\nkm³", "From (km³)"], rows, "lrrl",
                      note="What reached each sink, and along which link: overflow from a "
                           "reservoir or drainage returned from a zone.")]
    warn = [f"Minimum flow at {node_name(scn, nid)}: {num(v)} Mm³ short."
            for nid, v in s.min_flow_deficit_mcm.items() if v > 0.5]
    warn += [f"The reach {link_name_by_id(scn, lid)} carried {num(v)} Mm³ above its "
             "capacity (flooding)." for lid, v in s.link_excess_mcm.items()]
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
    return f"{name} (run-of-river)" if p.kind == "run_of_river" else name


def lake_country_code(scenario: Scenario) -> str:
    """Country of the (first) terminal lake, '' if none."""
    lakes = [n for n in scenario.nodes if isinstance(n, TerminalLakeNode)]
    return lakes[0].country if lakes else ""


# --- schematic -----------------------------------------------------------------------
def schematic_section(inp: ReportInputs) -> list[Block]:
    """The cascade drawn from the nodes' positions."""
    def paint(ctx: Ctx, p: QPainter, r: QRectF) -> None:
        draw_schematic(ctx, p, r, inp.scenario, inp.results)
    return [Heading("Cascade schematic"),
            Figure(600, paint, "Nodes at their schematic positions, coloured by country. Rivers "
                               "in slate blue, abstractions grey, return flows dashed, overflow "
                               "paths dotted. Reservoirs show their storage at the end of the "
                               f"horizon and their fill then, {FILL_DEFINITION}; demands show "
                               "their shortfall.")]


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
    shading = " Summer months (April–September) are shaded." if axis.shaded else ""
    out: list[Block] = [Heading("Release schedules"),
                        Paragraph("The target releases of the scenario, as the planner set "
                                  f"them.{shading} Where a reservoir could not follow its "
                                  "target (too little water, or a full reservoir), the plots "
                                  "show the release actually made.", "small", style.MUTED)]
    if axis.aggregated:
        out.append(Paragraph(axis.describe(), "small", style.MUTED))
    per = {"period": "period", "month": "month", "year": "water year"}[axis.unit]
    out.append(Heading("Releases in m³/s", 2))
    out += _period_tables(inp, [(f"{h}\nm³/s", v) for h, v in m3s], 0, "Mean",
                          lambda v: float((v * secs).sum() / secs.sum()))
    out.append(Heading(f"Releases in Mm³ per {per}", 2))
    out += _period_tables(inp, [(f"{h}\nMm³", v) for h, v in volumes], 0, "Total",
                          lambda v: float(v.sum()))
    return out + _unmet_targets_blocks(inp)


def _flow(m3s: float) -> str:
    """A flow as the window's Problems list shows it: whole m³/s, one decimal below 10."""
    return num(m3s, 0 if abs(m3s) >= 10 else 1)


MAX_UNMET_ROWS = 60
"""Rows of the table of unmet release targets (the window's Problems list has them all)."""


def _unmet_targets_blocks(inp: ReportInputs) -> list[Block]:
    """The periods whose target a reservoir could not release, and why: the same list, in
    the same words, as the window's Problems tab (engine.targets)."""
    unmet = unmet_targets(inp.results)
    if not unmet:
        return []
    flows = inp.scenario.time.mcm_to_m3s
    rows = [[short_name(u.name), inp.scenario.time.label(u.period),
             _flow(float(flows(u.target_mcm)[u.period])),
             _flow(float(flows(u.released_mcm)[u.period])), u.reason_text(inp.results, "m3s")]
            for u in unmet[:MAX_UNMET_ROWS]]
    more = len(unmet) - len(rows)
    note = f"{more} more period(s) not listed." if more > 0 else ""
    return [Heading("Release targets not met", 2),
            Paragraph("Periods in which a reservoir released a different amount than its "
                      "target, because it could not do otherwise.", "small", style.MUTED),
            Table(["Reservoir", "Period", "Target\nm³/s", "Released\nm³/s", "Why"], rows,
                  "llrrl", widths=[0.2, 0.14, 0.12, 0.12, 0.42], note=note)]


def shortfall_section(inp: ReportInputs) -> list[Block]:
    """Shortfall of every demand in every period or month (Mm³)."""
    scn = inp.scenario
    r = inp.results
    demands = [n for n in scn.nodes if isinstance(n, DemandNode)]
    if not demands:
        return []
    cols = [(f"{column_name(n.name)}\nMm³", inp.time.total(r.series("shortfall_mcm", n.id)))
            for n in demands]
    s = r.summary()
    out: list[Block] = [Heading("Shortfall by demand and period"),
                        Paragraph(f"Total shortfall {num(s.shortfall_mcm)} Mm³ "
                                  f"({pct(s.shortfall_pct)} of demand).", "body")]
    if inp.time.aggregated:
        out.append(Paragraph(inp.time.describe(), "small", style.MUTED))
    out += _period_tables(inp, cols, 0, "Total", lambda v: float(v.sum()))
    return out


# --- baseline ------------------------------------------------------------------------
def comparison_section(inp: ReportInputs) -> list[Block]:
    """Deltas against the baseline: headline, by country, by demand, reservoirs, lake."""
    if inp.baseline is None:
        return []
    s: Summary = inp.results.summary()
    b: Summary = inp.baseline.summary()
    out: list[Block] = [Heading("Comparison with the baseline"),
                        Paragraph(f"Baseline: {inp.baseline_label}. Changes are this scenario "
                                  "minus the baseline.", "body")]
    rows = [["Water delivered, km³", km3(s.delivery_mcm), km3(b.delivery_mcm),
             delta((s.delivery_mcm - b.delivery_mcm) / 1000, 2)],
            ["Shortfall, %", num(s.shortfall_pct, 1), num(b.shortfall_pct, 1),
             delta(s.shortfall_pct - b.shortfall_pct, 1)],
            ["Energy, GWh", num(s.energy_gwh), num(b.energy_gwh), delta(s.energy_gwh - b.energy_gwh)],
            ["Winter energy, GWh", num(s.winter_energy_gwh), num(b.winter_energy_gwh),
             delta(s.winter_energy_gwh - b.winter_energy_gwh)],
            ["Summer energy, GWh", num(s.summer_energy_gwh), num(b.summer_energy_gwh),
             delta(s.summer_energy_gwh - b.summer_energy_gwh)]]
    blakes = {lk.node_id: lk for lk in b.lakes}
    for lk in s.lakes:
        bl = blakes.get(lk.node_id)
        if bl is None:
            continue
        name = short_name(lk.name)
        rows += [[f"Inflow to {name}, km³", km3(lk.inflow_mcm), km3(bl.inflow_mcm),
                  delta((lk.inflow_mcm - bl.inflow_mcm) / 1000, 2)],
                 [f"{name} end level, m", num(lk.end_level_m, 2), num(bl.end_level_m, 2),
                  delta(lk.end_level_m - bl.end_level_m, 2)]]
    bres = {x.node_id: x for x in b.reservoirs}
    for rv in s.reservoirs:
        br = bres.get(rv.node_id)
        if br is not None:
            rows.append([f"{short_name(rv.name)} end storage, km³", km3(rv.end_storage_mcm),
                         km3(br.end_storage_mcm),
                         delta((rv.end_storage_mcm - br.end_storage_mcm) / 1000, 2)])
            rows.append([f"{short_name(rv.name)} end fill (active), %", num(rv.end_fill_pct),
                         num(br.end_fill_pct), delta(rv.end_fill_pct - br.end_fill_pct)])
    out.append(Table(["Headline", "This scenario", "Baseline", "Change"], rows, "lrrr",
                     note=FILL_NOTE if s.reservoirs else ""))

    assert inp.baseline is not None
    now_c = inp.countries
    bc = {c.code: c for c in country_lines(countries_summary(inp.baseline,
                                                             member=REPORTED_MEMBER))}
    rows, sw = [], {}
    lines = country_lines(now_c)
    codes = [c.code for c in lines]
    for c in lines:
        o = bc.get(c.code)
        if o is None:
            continue
        rows.append([country_cell(now_c, c.code), km3(c.delivery_mcm),
                     delta((c.delivery_mcm - o.delivery_mcm) / 1000, 2),
                     num(c.shortfall_pct, 1), delta(c.shortfall_pct - o.shortfall_pct, 1),
                     delta(c.winter_gwh - o.winter_gwh), delta(c.summer_gwh - o.summer_gwh)])
        sw[len(rows) - 1] = style.country_colour(c.code, codes)
    out += [Heading("Changes by country", 2),
            Table(["Country", "Received\nkm³", "Change\nkm³", "Shortfall\n%", "Change\npoints",
                   "Winter energy\nchange GWh", "Summer energy\nchange GWh"], rows, "lrrrrrr",
                  swatches=sw)]
    bd = {d.node_id: d for d in b.demands}
    rows = []
    for d in s.demands:
        bdem = bd.get(d.node_id)
        if bdem is None:
            continue
        rows.append([short_name(d.name), d.country or "–", num(d.shortfall_mcm),
                     num(bdem.shortfall_mcm), delta(d.shortfall_mcm - bdem.shortfall_mcm),
                     num(d.shortfall_pct, 1), num(bdem.shortfall_pct, 1)])
    if rows:
        out += [Heading("Shortfall by demand", 2),
                Table(["Demand", "Country", "Shortfall\nMm³", "Baseline\nMm³", "Change\nMm³",
                       "Shortfall\n%", "Baseline\n%"], rows, "llrrrrr")]
    if _comparable(inp):
        out.append(Paragraph("The plots in 'Results over time' overlay the baseline as dashed "
                             "grey curves.", "small", style.MUTED))
    return out


# --- assumptions and sources ---------------------------------------------------------
def sources_section(inp: ReportInputs) -> list[Block]:
    """Model assumptions, inflow sets, and the provenance of the scenario's numbers."""
    scn = inp.scenario
    m = scn.metadata
    t = scn.time
    out: list[Block] = [Heading("Assumptions and data sources")]
    for text in (m.description, m.notes):
        if text:
            out.append(Paragraph(clip(text, MAX_NOTES_CHARS), "body"))
            if len(text) > MAX_NOTES_CHARS:
                out.append(Paragraph(f"(Cut after {MAX_NOTES_CHARS:,} characters; the whole "
                                     "text is in the scenario file.)".replace(",", "\u00a0"),
                                     "small", style.MUTED))
    assumptions = [
        (f"Time base: {t.periods} {t.step.value} periods from {t.label(0)} to "
         f"{t.label(t.periods - 1)} (water year starting in month {t.water_year_start_month})."),
        ("Each reservoir follows its target release unless storage, the minimum or maximum "
         "release or its flood-control space forces otherwise; water above capacity spills."),
        ("Demands take water at their intake in priority order, upstream first; a share "
         "returns downstream. Demands at a minimum-flow point take only what exceeds it."),
        ("Evaporation and precipitation act on the surface area interpolated from each "
         "level–area–volume table. Energy uses the net head (level minus tailwater) and the "
         "turbine flow, capped at the turbine capacity; spill makes no energy."),
        "Winter is October–March (non-vegetation season), summer April–September.",
        ("Volumes are in million m³ (Mm³) per period; flows in m³/s are period means, "
         "converted with each period's exact length."),
        f"A reservoir's fill in % is its {FILL_DEFINITION}.",
    ]
    if inp.time.aggregated:
        assumptions.append(inp.time.describe())
    out += [Heading("Model assumptions", 2),
            Paragraph("\n".join(f"• {a}" for a in assumptions), "body")]
    rows = [[clip(s.name, 40), clip(s.label, 80) or "–", s.description or "–"]
            for s in scn.inflow_sets]
    out += [Heading("Inflow sets", 2),
            Paragraph(f"This report uses the {clip(inp.inflow_words(), 120)}"
                      + (" (see 'Risk over the inflow ensemble')." if inp.is_ensemble
                         else "."), "body"),
            Table(["Set", "Label", "Description"], rows, "lll", widths=[0.14, 0.22, 0.64])]
    if m.sources:
        counts: dict[str, int] = {}
        for v in m.sources.values():
            b = str(v.get("basis", "")) if isinstance(v, dict) else ""
            counts[b or "unspecified"] = counts.get(b or "unspecified", 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        rows = []
        for path in sorted(m.sources, key=lambda p: field_sort_key(scn, p)):
            v = m.sources[path]
            v = v if isinstance(v, dict) else {"note": str(v)}
            refs = v.get("refs", [])
            rows.append([field_label(scn, path), clip(str(v.get("basis", "")), 40),
                         ", ".join(str(r) for r in refs) if isinstance(refs, list)
                         else str(refs), str(v.get("note", ""))])
        out += [Heading("Sources of the numbers", 2),
                Paragraph(f"{len(rows)} entries ({summary}). Basis: cited = taken from the "
                          "reference; derived = computed from cited numbers; estimate = the "
                          "modeller's judgement.", "small", style.MUTED),
                Table(["Number", "Basis", "Refs", "Note"], rows, "llll",
                      widths=[0.27, 0.09, 0.10, 0.54], wrap_anywhere=frozenset({2}))]
    if m.references:
        rows = []
        for code, ref in m.references.items():
            ref = ref if isinstance(ref, dict) else {"title": str(ref)}
            where = ref.get("url") or ref.get("address") or ref.get("doi") or ""
            rows.append([clip(code, 40), str(ref.get("title", "")) + (f"\n{where}" if where else "")])
        out += [Heading("References", 2), Table(["Code", "Reference"], rows, "ll",
                                                widths=[0.1, 0.9], wrap_anywhere=frozenset({1}))]
    return out


SECTIONS: tuple[tuple[str, Callable[[ReportInputs], list[Block]]], ...] = (
    ("Executive summary", executive_summary),
    ("Cascade schematic", schematic_section),
    ("Countries", countries_section),
    ("Risk", risk_section),
    ("Plots", plots_section),
    ("Release schedules", schedules_section),
    ("Shortfall", shortfall_section),
    ("Baseline comparison", comparison_section),
    ("Optimisation", optimisation_section),
    ("Sources", sources_section),
)
"""The sections in report order; each returns its blocks (none when it does not apply)."""

__all__ = ["FILL_NOTE", "SECTIONS", "ReportInputs", "lake_country_code"]
