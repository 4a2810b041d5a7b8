"""The report's optimisation section: where the release schedules came from, what the
change costs, and the objectives and constraints the scenario states.

The section speaks of an optimiser run or a trade-off point only through an
:class:`~waterplanner.engine.optimise.record.OptimisationRecord` that describes exactly the
scenario reported (see :func:`waterplanner.report.inputs.current_record`): after an undo or
another edit the record is dropped before it gets here, so a stale result can never appear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from waterplanner.engine.comparison import SummaryComparison, compare_summaries
from waterplanner.report import style
from waterplanner.report.flow import Block, Ctx, Figure, Heading, Paragraph, Table, clip
from waterplanner.report.formatting import delta, km3, num, pct
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import country_label, humanise, nodes_text, short_name
from waterplanner.report.plots import Legend, LegendEntry
from waterplanner.report.tradeoff_plot import CHOSEN, FRONT, FrontPoint, draw_front

if TYPE_CHECKING:
    from waterplanner.engine.optimise.pareto import ParetoFront
    from waterplanner.engine.optimise.record import OptimisationRecord
    from waterplanner.model.scenario import Scenario

OBJECTIVE_WORDS = {
    "shortfall": "irrigation shortfall",
    "min_flow_deficit": "minimum-flow deficit",
    "lake_inflow": "inflow to the terminal lake",
    "energy": "hydropower energy",
    "carryover": "carry-over storage below its target",
    "spill": "spill",
    "release_value": "value of the releases",
}
CONSTRAINT_WORDS = {
    "rule_curve": "storage within a rule curve",
    "release_bounds": "release within bounds",
    "ramping": "release changes at most a limit",
    "end_storage": "storage at the end of the horizon at least",
    "min_energy": "energy at least",
    "lake_inflow": "inflow to the terminal lake at least",
    "limit": "a limit of the network",
}
LIMIT_WORDS = {"dead_storage": "storage above dead storage",
               "min_release": "releases at least the minimum release",
               "flood_curve": "storage below the flood-control curve",
               "link_capacity": "river reaches carry at most their capacity"}
SEASON_WORDS = {"all": "whole year", "winter": "winter (Oct–Mar)", "summer": "summer (Apr–Sep)"}
FRONT_PLOT_PT = 190.0


def objective_words(o: Any, scenario: Scenario) -> str:
    """An objective in words with node names: 'irrigation shortfall (priority-weighted) at
    Kyzylorda oblast, summer (Apr–Sep)'."""
    what = OBJECTIVE_WORDS.get(o.kind, str(o.kind))
    if o.kind == "lake_inflow" and o.target_mcm is not None:
        what = f"inflow to the terminal lake below {num(o.target_mcm)} Mm³"
    if o.kind == "carryover" and o.target_mcm is not None:
        what = f"carry-over storage below {num(o.target_mcm)} Mm³"
    if o.kind == "shortfall" and getattr(o, "by_priority", False):
        what += " (priority-weighted)"
    if o.nodes:
        what += " at " + nodes_text(scenario, o.nodes)
    if o.country:
        what += f" in {country_label(o.country)}"
    if o.season != "all":
        what += f", {SEASON_WORDS.get(o.season, o.season)}"
    return what


def _constraint_words(c: Any, scenario: Scenario) -> str:
    if c.kind == "limit":
        return LIMIT_WORDS.get(c.limit, f"limit {c.limit}")
    what = CONSTRAINT_WORDS.get(c.kind, str(c.kind))
    if c.kind == "end_storage" and isinstance(c.min_mcm, (int, float)):
        what += f" {num(float(c.min_mcm))} Mm³"
    if c.kind == "min_energy" and c.min_mwh is not None:
        what += f" {num(c.min_mwh / 1000.0, 1)} GWh" + (" per period" if c.per == "period"
                                                         else "")
    if c.kind == "ramping" and c.max_change_mcm is not None:
        what += f" of {num(c.max_change_mcm)} Mm³ per period"
    if c.kind == "lake_inflow" and isinstance(c.min_mcm, (int, float)):
        what += f" {num(float(c.min_mcm))} Mm³"
    return what


def _where(nodes: tuple[str, ...], country: str, scenario: Scenario) -> str:
    text = nodes_text(scenario, nodes)
    return f"{text} ({country_label(country)})" if country else text


# --- the scenario's stated optimisation settings --------------------------------------
def _spec_blocks(inp: ReportInputs) -> list[Block]:
    """The scenario's optimisation section: objectives and constraints as stated."""
    section = inp.scenario.extensions.get("optimisation")
    if not isinstance(section, dict):
        return []
    scn = inp.scenario
    try:
        from waterplanner.model.objectives_document import spec_from_document
        spec = spec_from_document(section)
    except Exception:  # noqa: BLE001 - an unreadable section is shown verbatim instead
        rows: list[list[str]] = []
        _flatten("", section, rows)
        return [Heading("Optimisation settings", 2),
                Table(["Setting", "Value"], rows[:500], "ll", widths=[0.45, 0.55])]
    out: list[Block] = []
    dec = spec.decision_reservoirs
    allocation = {"priority": "by priority, as the simulator shares it",
                  "free": "free (the optimiser chooses the deliveries)"}.get(spec.allocation,
                                                                          spec.allocation)
    out.append(Paragraph("Reservoirs whose releases the optimiser decides: " +
                         (nodes_text(scn, dec) if dec else "all") +
                         f". Water allocation among demands: {allocation}.", "body"))
    rows = [[clip(o.label, 40), objective_words(o, scn),
             "maximise" if o.sense == "max" else "minimise", num(o.weight, 4)]
            for o in spec.objectives]
    if rows:
        out += [Heading("Objective terms", 2),
                Table(["Term", "Meaning", "Sense", "Weight"], rows, "llrr",
                      widths=[0.22, 0.52, 0.13, 0.13])]
    rows = [[(f"“{clip(c.name, 60)}”: " if c.name else "") + _constraint_words(c, scn),
             _where(c.nodes, c.country, scn) if c.kind != "limit" else "whole network",
             SEASON_WORDS.get(c.season, c.season),
             "hard" if c.hard else f"soft (penalty {num(c.penalty, 2)})"]
            for c in spec.constraints]
    if rows:
        out += [Heading("Requirements", 2),
                Table(["Requirement", "Where", "Season", "Type"], rows, "llll",
                      widths=[0.42, 0.24, 0.16, 0.18])]
    return out


# --- an optimiser run -----------------------------------------------------------------
def _result_blocks(inp: ReportInputs, opt: Any) -> list[Block]:
    """An applied optimiser result (``engine.optimise.OptimisationResult``)."""
    scn = inp.scenario
    out: list[Block] = [Heading("Optimiser result", 2)]
    unit = str(opt.objective_unit)
    lines = [(f"Objective (minimised): {num(opt.objective_before, 2)} before, "
              f"{num(opt.objective_after, 2)} after optimising ({unit}), with the inflow set "
              f"'{opt.inflow_set}'.")]
    if opt.inflow_set != inp.results.inflow_set:
        lines.append(f"This report simulates the inflow set '{inp.results.inflow_set}': its "
                     "tables show the optimised schedules under those inflows.")
    state = "converged" if opt.converged else "not converged"
    stopping = str(opt.stopping)
    lines.append(f"{opt.iterations} linear programme(s), {state}"
                 + (f" ({stopping})." if stopping and stopping != state else "."))
    lines.append(humanise(str(opt.self_check.summary()), scn))
    lines += [humanise(str(n), scn) for n in opt.notes]
    out.append(Paragraph("\n".join(lines), "body"))
    rows = [[clip(str(t.label), 40), clip(humanise(str(t.description), scn), 300), str(t.unit),
             num(float(t.before), 1), num(float(t.after), 1)] for t in opt.terms]
    if rows:
        out += [Heading("Objective terms, before and after", 2),
                Table(["Term", "Meaning", "Unit", "Before", "After"], rows, "lllrr",
                      widths=[0.18, 0.42, 0.12, 0.14, 0.14])]
    rows = [[humanise(str(b.text), scn, (str(b.node_id),)),
             ", ".join(b.periods[:6]) + (" …" if len(b.periods) > 6 else ""),
             f"{num(float(b.shadow_price), 3)} {b.unit}"] for b in opt.binding]
    out.append(Heading("Binding constraints", 2))
    if rows:
        out.append(Table(["Requirement", "Periods", "Shadow price"], rows, "llr",
                         widths=[0.56, 0.26, 0.18],
                         note="The requirements that limit the optimum, largest shadow price "
                              "first: relaxing one by a unit would improve the objective by "
                              f"about its shadow price (in {unit})."))
    else:
        out.append(Paragraph("No requirement binds at the optimum.", "body"))
    return out


# --- a trade-off point ----------------------------------------------------------------
def _display(unit: str, values: np.ndarray) -> tuple[float, str]:
    """(scale, unit) to show values in: MWh as GWh, large Mm³ as km³ is left alone."""
    if unit == "MWh":
        return 1e-3, "GWh"
    if unit == "value":
        return 1.0, "units of value"
    return 1.0, unit


def _tradeoff_blocks(inp: ReportInputs, front: ParetoFront, k: int) -> list[Block]:
    scn = inp.scenario
    a, b = front.a, front.b
    sa, ua = _display(a.unit, np.array([pt.a for pt in front.points]))
    sb, ub = _display(b.unit, np.array([pt.b for pt in front.points]))
    words_a, words_b = objective_words(a, scn), objective_words(b, scn)
    sense = {"min": "minimised", "max": "maximised"}
    sense_a = "maximised" if a.sense == "max" else "minimised"
    sense_b = sense.get(b.sense, "minimised")
    chosen = front.points[k]
    out: list[Block] = [Heading("Trade-off", 2)]
    out.append(Paragraph(
        f"The front between two objectives: A, {words_a} ({ua}, {sense_a}), and B, "
        f"{words_b} ({ub}, {sense_b}). Each point is the best A can be while B is no worse "
        f"than a bound; the planner chose point {k + 1} of {len(front.points)}: "
        f"A = {num(chosen.a * sa)} {ua}, B = {num(chosen.b * sb)} {ub}."
        + (" The sweep was stopped before it finished." if front.cancelled else ""), "body"))
    legend: list[LegendEntry] = [("line", FRONT, "efficient points of the front")]
    if any(pt.dominated for pt in front.points):
        legend.append(("hollow", style.MUTED, "dominated point"))
    legend.append(("ring", CHOSEN, f"chosen point ({k + 1})"))
    pts = [FrontPoint(pt.a * sa, pt.b * sb, pt.feasible, pt.dominated) for pt in front.points]
    x_label = f"A: {clip(words_a, 90)} ({ua})"
    y_label = f"B: {clip(words_b, 60)} ({ub})"

    def paint(ctx: Ctx, p: QPainter, r: QRectF) -> None:
        draw_front(ctx, p, r, pts, k, x_label, y_label)
    out += [Legend(legend), Figure(FRONT_PLOT_PT, paint, "The trade-off front; each axis in "
                                                         "its objective's unit.")]
    rows = []
    bold = set()
    for i, pt in enumerate(front.points):
        state = "not feasible" if not pt.feasible else "dominated" if pt.dominated else ""
        if i == k:
            state = "chosen" + (f", {state}" if state else "")
            bold.add(i)
        rows.append([str(i + 1), num(pt.a * sa), num(pt.b * sb), state])
    out.append(Table(["Point", f"A\n{ua}", f"B\n{ub}", "Note"], rows, "rrrl",
                     widths=[0.1, 0.18, 0.18, 0.54], bold_rows=bold))
    return out


# --- what the change costs ------------------------------------------------------------
def cost_blocks(comparison: SummaryComparison, scenario: Scenario, inflow_set: str) -> list[Block]:
    """The before → after tables of :func:`compare_summaries`: end and lowest storage per
    reservoir, energy per country and season, shortfalls and the terminal lake."""
    c = comparison
    out: list[Block] = [
        Heading("Before and after", 2),
        Paragraph("'Before' is the scenario the schedules were applied to, 'after' the "
                  f"scenario of this report, both simulated with the inflow set '{inflow_set}'.",
                  "small", style.MUTED)]
    rows = [["Shortfall, Mm³", num(c.shortfall_before_mcm), num(c.shortfall_after_mcm),
             delta(c.shortfall_after_mcm - c.shortfall_before_mcm)],
            ["Hydropower, GWh", num(c.energy_before_gwh), num(c.energy_after_gwh),
             delta(c.energy_after_gwh - c.energy_before_gwh)]]
    if c.lake_inflow_before_mcm or c.lake_inflow_after_mcm:
        rows.append(["Inflow to the terminal lake, Mm³", num(c.lake_inflow_before_mcm),
                     num(c.lake_inflow_after_mcm),
                     delta(c.lake_inflow_after_mcm - c.lake_inflow_before_mcm)])
    out.append(Table(["Whole horizon", "Before", "After", "Change"], rows, "lrrr"))
    rows = []
    for r in c.reservoirs:
        rows.append([short_name(r.name), km3(r.end_before_mcm), km3(r.end_after_mcm),
                     delta(r.end_change_mcm / 1000.0, 2), km3(r.lowest_before_mcm),
                     km3(r.lowest_after_mcm), km3(r.dead_storage_mcm)])
    if rows:
        out += [Heading("Storage", 2),
                Table(["Reservoir", "End before\nkm³", "End after\nkm³", "Change\nkm³",
                       "Lowest before\nkm³", "Lowest after\nkm³", "Dead storage\nkm³"], rows,
                      "lrrrrrr", note="Lowest: the least storage reached over the horizon, "
                                      "the initial storage included.")]
    rows, bold = [], set()
    seasons = {"winter": "winter (Oct–Mar)", "summer": "summer (Apr–Sep)", "year": "whole horizon"}
    for e in c.energy:
        if e.season == "year":
            bold.add(len(rows))
        rows.append([country_label(e.country), seasons.get(e.season, e.season),
                     num(e.before_gwh), num(e.after_gwh), delta(e.after_gwh - e.before_gwh),
                     pct(e.change_pct) if e.before_gwh > 0 else "–"])
    if rows:
        out += [Heading("Energy by country and season", 2),
                Table(["Country", "Season", "Before\nGWh", "After\nGWh", "Change\nGWh",
                       "Change"], rows, "llrrrr", bold_rows=bold)]
    rows = [[short_name(d.name), d.country or "–", num(d.before_mcm),
             num(d.after_mcm), delta(d.after_mcm - d.before_mcm)]
            for d in c.demands]
    if rows:
        out += [Heading("Shortfall by demand", 2),
                Table(["Demand", "Country", "Before\nMm³", "After\nMm³", "Change\nMm³"], rows,
                      "llrrr")]
    return out


def _record_blocks(inp: ReportInputs, record: OptimisationRecord) -> list[Block]:
    applied = record.applied_to.metadata.name
    out: list[Block] = [Paragraph(
        f"The release schedules of this report were replaced by {record.source_text}, applied "
        f"to the scenario '{clip(applied, 120)}'. The tables below compare it before and "
        "after.", "body")]
    if record.kind == "optimiser" and record.result is not None:
        out += _result_blocks(inp, record.result)
    elif record.kind == "tradeoff" and record.front is not None and \
            record.point_index is not None:
        out += _tradeoff_blocks(inp, record.front, record.point_index)
    before = inp.before_results()
    if before is not None:
        comparison = compare_summaries(before.summary(), inp.results.summary())
        out += cost_blocks(comparison, inp.scenario, inp.results.inflow_set)
    else:
        out.append(Paragraph("The results of this report were not simulated with one of the "
                             "scenario's inflow sets, so they are not compared with the "
                             "scenario before the schedules were applied.", "small",
                             style.MUTED))
    return out


def optimisation_section(inp: ReportInputs) -> list[Block]:
    """Where the schedules came from (only for a record of exactly this scenario), what the
    change costs, and the objectives and requirements the scenario states."""
    spec = _spec_blocks(inp)
    record = inp.optimisation
    if record is None and not spec:
        return []
    out: list[Block] = [Heading("Optimisation")]
    if record is not None:
        out += _record_blocks(inp, record)
        if spec:
            out.append(Heading("Optimisation settings of the scenario", 2))
    else:
        out.append(Paragraph("The scenario states these objectives and requirements for the "
                             "optimiser. Binding constraints are listed when the report is "
                             "made from an applied optimiser result.", "body"))
    return out + spec


def _flatten(prefix: str, v: Any, rows: list[list[str]], depth: int = 0) -> None:
    if isinstance(v, dict) and depth < 3:
        for k, x in v.items():
            _flatten(f"{prefix}.{k}" if prefix else str(k), x, rows, depth + 1)
    elif isinstance(v, (list, tuple)) and v and all(isinstance(x, dict) for x in v) and depth < 3:
        for i, x in enumerate(v):
            _flatten(f"{prefix}[{i + 1}]", x, rows, depth + 1)
    else:
        if isinstance(v, float):
            text = num(v, 3 if abs(v) < 100 else 0)
        elif isinstance(v, (list, tuple)):
            text = ", ".join(str(x) for x in v[:24]) + (" …" if len(v) > 24 else "")
        else:
            text = clip(str(v), 500)
        rows.append([clip(prefix, 120), text])


__all__ = ["cost_blocks", "objective_words", "optimisation_section"]
