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
from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.figures import counted
from waterplanner.i18n.units import unit as unit_symbol
from waterplanner.model.optimisation_edits import CONSTRAINT_KIND_WORDS, OBJECTIVE_KIND_WORDS
from waterplanner.report import style
from waterplanner.report.flow import Block, Ctx, Figure, Heading, Paragraph, Table, clip
from waterplanner.report.formatting import delta, head, km3, num, pct, with_unit
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import country_label, humanise, nodes_text, short_name
from waterplanner.report.plots import Legend, LegendEntry
from waterplanner.report.tradeoff_plot import CHOSEN, FRONT, FrontPoint, draw_front

if TYPE_CHECKING:
    from waterplanner.engine.optimise.pareto import ParetoFront
    from waterplanner.engine.optimise.record import OptimisationRecord
    from waterplanner.model.scenario import Scenario

_W = "ReportOptimisation"
OBJECTIVE_WORDS: LabelTable[str] = LabelTable(_W, {
    "shortfall": QT_TRANSLATE_NOOP("ReportOptimisation", "irrigation shortfall"),
    "min_flow_deficit": QT_TRANSLATE_NOOP("ReportOptimisation", "minimum-flow deficit"),
    "lake_inflow": QT_TRANSLATE_NOOP("ReportOptimisation", "inflow to the terminal lake"),
    "energy": QT_TRANSLATE_NOOP("ReportOptimisation", "hydropower energy"),
    "carryover": QT_TRANSLATE_NOOP("ReportOptimisation", "carry-over storage below its target"),
    "spill": QT_TRANSLATE_NOOP("ReportOptimisation", "spill"),
    "release_value": QT_TRANSLATE_NOOP("ReportOptimisation", "value of the releases"),
})
CONSTRAINT_WORDS: LabelTable[str] = LabelTable(_W, {
    "rule_curve": QT_TRANSLATE_NOOP("ReportOptimisation", "storage within a rule curve"),
    "release_bounds": QT_TRANSLATE_NOOP("ReportOptimisation", "release within bounds"),
    "ramping": QT_TRANSLATE_NOOP("ReportOptimisation", "release changes at most a limit"),
    "end_storage": QT_TRANSLATE_NOOP("ReportOptimisation",
                                     "storage at the end of the horizon at least"),
    "min_energy": QT_TRANSLATE_NOOP("ReportOptimisation", "energy at least"),
    "lake_inflow": QT_TRANSLATE_NOOP("ReportOptimisation", "inflow to the terminal lake at least"),
    "limit": QT_TRANSLATE_NOOP("ReportOptimisation", "a limit of the network"),
})
LIMIT_WORDS: LabelTable[str] = LabelTable(_W, {
    "dead_storage": QT_TRANSLATE_NOOP("ReportOptimisation", "storage above dead storage"),
    "min_release": QT_TRANSLATE_NOOP("ReportOptimisation",
                                     "releases at least the minimum release"),
    "flood_curve": QT_TRANSLATE_NOOP("ReportOptimisation",
                                     "storage below the flood-control curve"),
    "link_capacity": QT_TRANSLATE_NOOP("ReportOptimisation",
                                       "river reaches carry at most their capacity")})
SEASON_WORDS: LabelTable[str] = LabelTable(_W, {
    "all": QT_TRANSLATE_NOOP("ReportOptimisation", "whole year"),
    "winter": QT_TRANSLATE_NOOP("ReportOptimisation", "winter (Oct–Mar)"),
    "summer": QT_TRANSLATE_NOOP("ReportOptimisation", "summer (Apr–Sep)")})
"""The words of the scenario's optimisation settings, in the planner's language (label
tables: looked up whenever read); a kind not listed here is named as the window names it
(``model.optimisation_edits``)."""
FRONT_PLOT_PT = 190.0


def objective_words(o: Any, scenario: Scenario) -> str:
    """An objective in words with node names: 'irrigation shortfall (priority-weighted) at
    Kyzylorda oblast, summer (Apr–Sep)'."""
    what = OBJECTIVE_WORDS.get(o.kind) or OBJECTIVE_KIND_WORDS.get(o.kind, str(o.kind))
    if o.kind == "lake_inflow" and o.target_mcm is not None:
        what = translate("ReportOptimisation", "inflow to the terminal lake below {volume}")\
            .format(volume=with_unit(num(o.target_mcm), "Mm³"))
    if o.kind == "carryover" and o.target_mcm is not None:
        what = translate("ReportOptimisation", "carry-over storage below {volume}").format(
            volume=with_unit(num(o.target_mcm), "Mm³"))
    if o.kind == "shortfall" and getattr(o, "by_priority", False):
        what += translate("ReportOptimisation", " (priority-weighted)")
    if o.nodes:
        what += translate("ReportOptimisation", " at {nodes}").format(
            nodes=nodes_text(scenario, o.nodes))
    if o.country:
        what += translate("ReportOptimisation", " in {country}").format(
            country=country_label(o.country))
    if o.season != "all":
        what += f", {SEASON_WORDS.get(o.season, o.season)}"
    return what


def _constraint_words(c: Any, scenario: Scenario) -> str:
    if c.kind == "limit":
        return LIMIT_WORDS.get(c.limit, translate("ReportOptimisation", "limit {name}").format(
            name=c.limit))
    what = CONSTRAINT_WORDS.get(c.kind) or CONSTRAINT_KIND_WORDS.get(c.kind, str(c.kind))
    if c.kind == "end_storage" and isinstance(c.min_mcm, (int, float)):
        what += " " + with_unit(num(float(c.min_mcm)), "Mm³")
    if c.kind == "min_energy" and c.min_mwh is not None:
        what += " " + with_unit(num(c.min_mwh / 1000.0, 1), "GWh") + (
            translate("ReportOptimisation", " per period") if c.per == "period" else "")
    if c.kind == "ramping" and c.max_change_mcm is not None:
        what += translate("ReportOptimisation", " of {volume} per period").format(
            volume=with_unit(num(c.max_change_mcm), "Mm³"))
    if c.kind == "lake_inflow" and isinstance(c.min_mcm, (int, float)):
        what += " " + with_unit(num(float(c.min_mcm)), "Mm³")
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
        return [Heading(translate("ReportOptimisation", "Optimisation settings"), 2),
                Table([translate("ReportOptimisation", "Setting"),
                       translate("ReportOptimisation", "Value")], rows[:500], "ll",
                      widths=[0.45, 0.55])]
    out: list[Block] = []
    dec = spec.decision_reservoirs
    allocation = translate("ReportOptimisation", "by priority, as the simulator shares it") \
        if spec.allocation == "priority" else \
        translate("ReportOptimisation", "free (the optimiser chooses the deliveries)") \
        if spec.allocation == "free" else spec.allocation
    out.append(Paragraph(translate(
        "ReportOptimisation", "Reservoirs whose releases the optimiser decides: {reservoirs}. "
                              "Water allocation among demands: {allocation}.").format(
        reservoirs=nodes_text(scn, dec or ()), allocation=allocation), "body"))
    rows = [[clip(o.label, 40), objective_words(o, scn),
             translate("ReportOptimisation", "maximise") if o.sense == "max" else
             translate("ReportOptimisation", "minimise"), num(o.weight, 4)]
            for o in spec.objectives]
    if rows:
        out += [Heading(translate("ReportOptimisation", "Objective terms"), 2),
                Table([translate("ReportOptimisation", "Term"),
                       translate("ReportOptimisation", "Meaning"),
                       translate("ReportOptimisation", "Sense"),
                       translate("ReportOptimisation", "Weight")], rows, "llrr",
                      widths=[0.22, 0.52, 0.13, 0.13])]
    rows = [[(f"“{clip(c.name, 60)}”: " if c.name else "") + _constraint_words(c, scn),
             _where(c.nodes, c.country, scn) if c.kind != "limit" else
             translate("ReportOptimisation", "whole network"),
             SEASON_WORDS.get(c.season, c.season),
             translate("ReportOptimisation", "hard") if c.hard else
             translate("ReportOptimisation", "soft (penalty {penalty})").format(
                 penalty=num(c.penalty, 2))]
            for c in spec.constraints]
    if rows:
        out += [Heading(translate("ReportOptimisation", "Requirements"), 2),
                Table([translate("ReportOptimisation", "Requirement"),
                       translate("ReportOptimisation", "Where"),
                       translate("ReportOptimisation", "Season"),
                       translate("ReportOptimisation", "Type")], rows, "llll",
                      widths=[0.42, 0.24, 0.16, 0.18])]
    return out


# --- an optimiser run -----------------------------------------------------------------
def _result_blocks(inp: ReportInputs, opt: Any) -> list[Block]:
    """An applied optimiser result (``engine.optimise.OptimisationResult``)."""
    scn = inp.scenario
    out: list[Block] = [Heading(translate("ReportOptimisation", "Optimiser result"), 2)]
    unit = unit_symbol(str(opt.objective_unit))
    lines = [translate("ReportOptimisation", "Objective (minimised): {before} before, {after} "
                                             "after optimising ({unit}), with the inflow set "
                                             "'{inflow_set}'.").format(
        before=num(opt.objective_before, 2), after=num(opt.objective_after, 2), unit=unit,
        inflow_set=opt.inflow_set)]
    if opt.inflow_set != inp.results.inflow_set:
        lines.append(translate("ReportOptimisation", "This report simulates the inflow set "
                                                     "'{inflow_set}': its tables show the "
                                                     "optimised schedules under those inflows.")
                     .format(inflow_set=inp.results.inflow_set))
    state = translate("ReportOptimisation", "converged") if opt.converged else \
        translate("ReportOptimisation", "not converged")
    stopping = str(opt.stopping)
    lines.append(counted("ReportOptimisation", "%n linear programme(s), {state}",
                         int(opt.iterations)).format(state=state)
                 + (f" ({stopping})." if stopping and stopping != state else "."))
    lines.append(humanise(str(opt.self_check.summary()), scn))
    lines += [humanise(str(n), scn) for n in opt.notes]
    out.append(Paragraph("\n".join(lines), "body"))
    rows = [[clip(str(t.label), 40), clip(humanise(str(t.description), scn), 300),
             unit_symbol(str(t.unit)), num(float(t.before), 1), num(float(t.after), 1)]
            for t in opt.terms]
    if rows:
        out += [Heading(translate("ReportOptimisation", "Objective terms, before and after"), 2),
                Table([translate("ReportOptimisation", "Term"),
                       translate("ReportOptimisation", "Meaning"),
                       translate("ReportOptimisation", "Unit"),
                       translate("ReportOptimisation", "Before"),
                       translate("ReportOptimisation", "After")], rows, "lllrr",
                      widths=[0.18, 0.42, 0.12, 0.14, 0.14])]
    rows = [[humanise(str(b.text), scn, (str(b.node_id),)),
             ", ".join(b.periods[:6]) + (" …" if len(b.periods) > 6 else ""),
             f"{num(float(b.shadow_price), 3)} {b.unit}"] for b in opt.binding]
    out.append(Heading(translate("ReportOptimisation", "Binding constraints"), 2))
    if rows:
        out.append(Table([translate("ReportOptimisation", "Requirement"),
                          translate("ReportOptimisation", "Periods"),
                          translate("ReportOptimisation", "Shadow price")], rows, "llr",
                         widths=[0.56, 0.26, 0.18],
                         note=translate("ReportOptimisation",
                                        "The requirements that limit the optimum, largest shadow "
                                        "price first: relaxing one by a unit would improve the "
                                        "objective by about its shadow price (in {unit}).")
                         .format(unit=unit)))
    else:
        out.append(Paragraph(translate("ReportOptimisation", "No requirement binds at the "
                                                             "optimum."), "body"))
    return out


# --- a trade-off point ----------------------------------------------------------------
def _display(unit: str, values: np.ndarray) -> tuple[float, str]:
    """(scale, unit) to show values in, in the planner's language: MWh as GWh, large Mm³ as
    km³ is left alone."""
    if unit == "MWh":
        return 1e-3, unit_symbol("GWh")
    if unit == "value":
        return 1.0, translate("ReportOptimisation", "units of value")
    return 1.0, unit_symbol(unit)


def _tradeoff_blocks(inp: ReportInputs, front: ParetoFront, k: int) -> list[Block]:
    scn = inp.scenario
    a, b = front.a, front.b
    sa, ua = _display(a.unit, np.array([pt.a for pt in front.points]))
    sb, ub = _display(b.unit, np.array([pt.b for pt in front.points]))
    words_a, words_b = objective_words(a, scn), objective_words(b, scn)
    maximised = translate("ReportOptimisation", "maximised")
    minimised = translate("ReportOptimisation", "minimised")
    chosen = front.points[k]
    out: list[Block] = [Heading(translate("ReportOptimisation", "Trade-off"), 2)]
    text = translate(
        "ReportOptimisation",
        "The front between two objectives: A, {a} ({unit_a}, {sense_a}), and B, {b} ({unit_b}, "
        "{sense_b}). Each point is the best A can be while B is no worse than a bound; the "
        "planner chose point {point} of {points}: A = {value_a} {unit_a}, B = {value_b} "
        "{unit_b}.").format(
        a=words_a, unit_a=ua, sense_a=maximised if a.sense == "max" else minimised,
        b=words_b, unit_b=ub, sense_b=maximised if b.sense == "max" else minimised,
        point=k + 1, points=len(front.points), value_a=num(chosen.a * sa),
        value_b=num(chosen.b * sb))
    if front.cancelled:
        text += translate("ReportOptimisation", " The sweep was stopped before it finished.")
    out.append(Paragraph(text, "body"))
    legend: list[LegendEntry] = [
        ("line", FRONT, translate("ReportOptimisation", "efficient points of the front"))]
    if any(pt.dominated for pt in front.points):
        legend.append(("hollow", style.MUTED, translate("ReportOptimisation", "dominated point")))
    legend.append(("ring", CHOSEN, translate("ReportOptimisation", "chosen point ({point})")
                   .format(point=k + 1)))
    pts = [FrontPoint(pt.a * sa, pt.b * sb, pt.feasible, pt.dominated) for pt in front.points]
    x_label = f"A: {clip(words_a, 90)} ({ua})"
    y_label = f"B: {clip(words_b, 60)} ({ub})"

    def paint(ctx: Ctx, p: QPainter, r: QRectF) -> None:
        draw_front(ctx, p, r, pts, k, x_label, y_label)
    out += [Legend(legend),
            Figure(FRONT_PLOT_PT, paint, translate("ReportOptimisation",
                                                   "The trade-off front; each axis in its "
                                                   "objective's unit."))]
    rows = []
    bold = set()
    for i, pt in enumerate(front.points):
        state = translate("ReportOptimisation", "not feasible") if not pt.feasible else \
            translate("ReportOptimisation", "dominated") if pt.dominated else ""
        if i == k:
            chosen_word = translate("ReportOptimisation", "chosen")
            state = f"{chosen_word}, {state}" if state else chosen_word
            bold.add(i)
        rows.append([str(i + 1), num(pt.a * sa), num(pt.b * sb), state])
    out.append(Table([translate("ReportOptimisation", "Point"), f"A\n{ua}", f"B\n{ub}",
                      translate("ReportOptimisation", "Note")], rows, "rrrl",
                     widths=[0.1, 0.18, 0.18, 0.54], bold_rows=bold))
    return out


# --- what the change costs ------------------------------------------------------------
def cost_blocks(comparison: SummaryComparison, scenario: Scenario, inflow_set: str) -> list[Block]:
    """The before → after tables of :func:`compare_summaries`: end and lowest storage per
    reservoir, energy per country and season, shortfalls and the terminal lake."""
    c = comparison
    before, after = translate("ReportOptimisation", "Before"), \
        translate("ReportOptimisation", "After")
    change = translate("ReportOptimisation", "Change")
    out: list[Block] = [
        Heading(translate("ReportOptimisation", "Before and after"), 2),
        Paragraph(translate("ReportOptimisation", "'Before' is the scenario the schedules were "
                                                  "applied to, 'after' the scenario of this "
                                                  "report, both simulated with the inflow set "
                                                  "'{inflow_set}'.").format(inflow_set=inflow_set),
                  "small", style.MUTED)]
    rows = [[translate("ReportOptimisation", "Shortfall, {unit}").format(unit=unit_symbol("Mm³")),
             num(c.shortfall_before_mcm), num(c.shortfall_after_mcm),
             delta(c.shortfall_after_mcm - c.shortfall_before_mcm)],
            [translate("ReportOptimisation", "Hydropower, {unit}").format(
                unit=unit_symbol("GWh")), num(c.energy_before_gwh), num(c.energy_after_gwh),
             delta(c.energy_after_gwh - c.energy_before_gwh)]]
    if c.lake_inflow_before_mcm or c.lake_inflow_after_mcm:
        rows.append([translate("ReportOptimisation", "Inflow to the terminal lake, {unit}")
                     .format(unit=unit_symbol("Mm³")), num(c.lake_inflow_before_mcm),
                     num(c.lake_inflow_after_mcm),
                     delta(c.lake_inflow_after_mcm - c.lake_inflow_before_mcm)])
    out.append(Table([translate("ReportOptimisation", "Whole horizon"), before, after, change],
                     rows, "lrrr"))
    rows = []
    for r in c.reservoirs:
        rows.append([short_name(r.name), km3(r.end_before_mcm), km3(r.end_after_mcm),
                     delta(r.end_change_mcm / 1000.0, 2), km3(r.lowest_before_mcm),
                     km3(r.lowest_after_mcm), km3(r.dead_storage_mcm)])
    if rows:
        out += [Heading(translate("ReportOptimisation", "Storage"), 2),
                Table([translate("ReportOptimisation", "Reservoir"),
                       head(translate("ReportOptimisation", "End before"), "km³"),
                       head(translate("ReportOptimisation", "End after"), "km³"),
                       head(change, "km³"),
                       head(translate("ReportOptimisation", "Lowest before"), "km³"),
                       head(translate("ReportOptimisation", "Lowest after"), "km³"),
                       head(translate("ReportOptimisation", "Dead storage"), "km³")], rows,
                      "lrrrrrr", note=translate("ReportOptimisation",
                                                "Lowest: the least storage reached over the "
                                                "horizon, the initial storage included."))]
    rows, bold = [], set()
    seasons = {"winter": translate("ReportOptimisation", "winter (Oct–Mar)"),
               "summer": translate("ReportOptimisation", "summer (Apr–Sep)"),
               "year": translate("ReportOptimisation", "whole horizon")}
    for e in c.energy:
        if e.season == "year":
            bold.add(len(rows))
        rows.append([country_label(e.country), seasons.get(e.season, e.season),
                     num(e.before_gwh), num(e.after_gwh), delta(e.after_gwh - e.before_gwh),
                     pct(e.change_pct) if e.before_gwh > 0 else "–"])
    if rows:
        out += [Heading(translate("ReportOptimisation", "Energy by country and season"), 2),
                Table([translate("ReportOptimisation", "Country"),
                       translate("ReportOptimisation", "Season"), head(before, "GWh"),
                       head(after, "GWh"), head(change, "GWh"), change], rows, "llrrrr",
                      bold_rows=bold)]
    rows = [[short_name(d.name), d.country or "–", num(d.before_mcm),
             num(d.after_mcm), delta(d.after_mcm - d.before_mcm)]
            for d in c.demands]
    if rows:
        out += [Heading(translate("ReportOptimisation", "Shortfall by demand"), 2),
                Table([translate("ReportOptimisation", "Demand"),
                       translate("ReportOptimisation", "Country"), head(before, "Mm³"),
                       head(after, "Mm³"), head(change, "Mm³")], rows, "llrrr")]
    return out


def _record_blocks(inp: ReportInputs, record: OptimisationRecord) -> list[Block]:
    applied = record.applied_to.metadata.name
    out: list[Block] = [Paragraph(translate(
        "ReportOptimisation", "The release schedules of this report were replaced by {source}, "
                              "applied to the scenario '{scenario}'. The tables below compare it "
                              "before and after.").format(source=record.source_text,
                                                          scenario=clip(applied, 120)), "body")]
    if record.kind == "optimiser" and record.result is not None:
        out += _result_blocks(inp, record.result)
    elif record.kind == "tradeoff" and record.front is not None and \
            record.point_index is not None:
        out += _tradeoff_blocks(inp, record.front, record.point_index)
    before = inp.before_results()
    if before is not None:
        comparison = compare_summaries(before.summary(), inp.summary())
        out += cost_blocks(comparison, inp.scenario, inp.results.inflow_set)
    else:
        out.append(Paragraph(translate(
            "ReportOptimisation", "The results of this report were not simulated with one of "
                                  "the scenario's inflow sets, so they are not compared with the "
                                  "scenario before the schedules were applied."), "small",
            style.MUTED))
    return out


def optimisation_section(inp: ReportInputs) -> list[Block]:
    """Where the schedules came from (only for a record of exactly this scenario), what the
    change costs, and the objectives and requirements the scenario states."""
    spec = _spec_blocks(inp)
    record = inp.optimisation
    if record is None and not spec:
        return []
    out: list[Block] = [Heading(translate("ReportOptimisation", "Optimisation"),
                                anchor="optimisation")]
    if record is not None:
        out += _record_blocks(inp, record)
        if spec:
            out.append(Heading(translate("ReportOptimisation",
                                         "Optimisation settings of the scenario"), 2))
    else:
        out.append(Paragraph(translate(
            "ReportOptimisation", "The scenario states these objectives and requirements for the "
                                  "optimiser. Binding constraints are listed when the report is "
                                  "made from an applied optimiser result."), "body"))
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


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportOptimisation", "%n linear programme(s), {state}", None, 1)
