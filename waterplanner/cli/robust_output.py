"""The plain-text report of a robust optimisation (``waterplanner optimize --ensemble``)."""

from __future__ import annotations

import numpy as np

from waterplanner.cli.period_labels import short_labels
from waterplanner.engine.optimise.robust import DETERMINISTIC, INPUT, ROBUST, RobustResult
from waterplanner.engine.optimise.robust_evaluate import RiskComparison
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted, fig

SCHEDULE_MAX_PERIODS = 36
ROW_NAMES = {INPUT: INPUT, DETERMINISTIC: DETERMINISTIC, ROBUST: ROBUST}
"""The rows' names in English (shown through ``translate("Robust", name)``)."""


def _row_name(schedule: str) -> str:
    return translate("Robust", ROW_NAMES.get(schedule, schedule))


def _what(what: str) -> str:
    """'In-sample' / 'Out-of-sample', as a table's title begins."""
    if what == "in-sample":
        return translate("RobustOutput", "In-sample")
    if what == "out-of-sample":
        return translate("RobustOutput", "Out-of-sample")
    return what.capitalize()


def member_range(indices: tuple[int, ...]) -> str:
    """``0–19`` for consecutive members."""
    if not indices:
        return translate("RobustOutput", "none")
    if list(indices) == list(range(indices[0], indices[-1] + 1)):
        return f"{indices[0]}–{indices[-1]}" if len(indices) > 1 else f"{indices[0]}"
    return ", ".join(str(i) for i in indices)


def format_comparison(c: RiskComparison, inflow_set: str) -> list[str]:
    """One table of schedules on a set of members, then shortfall per demand."""
    pct = f"{fig(100.0 * c.alpha, 'g')} %"
    objective, mean, worst = (translate("RobustOutput", "objective"),
                              translate("RobustOutput", "mean"), translate("RobustOutput", "worst"))
    cvar = translate("RobustOutput", "CVaR {pct}").format(pct=pct)
    lines = [translate("RobustOutput", "{what} ({members}: {range})").format(
        what=_what(c.what), members=counted("Ensembles", "%n members", len(c.members),
                                            "%n members"),
        range=member_range(c.members)),
             (f"  {objective:32s} {mean:>12s} {cvar:>12s} {worst:>12s}"
              + translate("RobustOutput", "  hard requirement broken in"))]
    for row in c.rows:
        name = _row_name(row.schedule)
        if row.schedule == DETERMINISTIC:
            name += f" ({inflow_set})"
        lines.append(f"  {name[:32]:32s} {fig(row.mean, '12.6g')} {fig(row.cvar, '12.6g')} "
                     f"{fig(row.worst, '12.6g')}  "
                     + counted("Ensembles", "%n members", row.broken, "%n member"))
    if c.rows and c.rows[0].demands:
        lines.append(translate("RobustOutput", "  Shortfall over the horizon, Mm³ (mean / CVaR "
                                               "{pct} / P(short > {threshold} %))").format(
            pct=pct, threshold=fig(c.threshold_pct, "g")))
        head = "  " + " " * 26 + "".join(f"{_row_name(r.schedule)[:24]:>26s}" for r in c.rows)
        lines.append(head)
        for j, d in enumerate(c.rows[0].demands):
            cells = []
            for r in c.rows:
                dr = r.demands[j]
                p = "—" if np.isnan(dr.p_short_over_threshold) else \
                    f"{fig(100.0 * dr.p_short_over_threshold, '.0f')} %"
                cells.append(f"{fig(dr.mean_shortfall_mcm, '7.0f')} /"
                             f"{fig(dr.cvar_shortfall_mcm, '6.0f')} /{p:>5s}")
            lines.append(f"  {d.name[:26]:26s}" + "".join(f"{x:>26s}" for x in cells))
    return lines


def format_schedules(r: RobustResult) -> list[str]:
    """Release per period, m³/s: input, deterministic optimum, robust."""
    time = r.original.time
    if time.periods > SCHEDULE_MAX_PERIODS or not r.release_mcm:
        return []
    labels = short_labels(time)
    lines = [translate("OptimizeCommand", "Release schedules (m³/s, mean per period)"),
             "  " + " " * 18 + " ".join(f"{lab:>6s}" for lab in labels)]
    for rid, rel in r.release_mcm.items():
        name = r.original.node(rid).name.split(" (")[0] if r.original.has_node(rid) else rid
        rows = [(translate("OptimizeCommand", "input"),
                 np.asarray(r.original.release_schedules[rid], dtype=float))]
        if r.deterministic_release_mcm is not None:
            rows.append((translate("RobustOutput", "determ."), r.deterministic_release_mcm[rid]))
        rows.append((translate("RobustOutput", "robust"), np.asarray(rel, dtype=float)))
        for k, (what, values) in enumerate(rows):
            flow = time.mcm_to_m3s(np.asarray(values, dtype=float))
            lines.append(f"  {(name if k == 0 else '')[:10]:10s} {what:7s} "
                         + " ".join(fig(v, "6.0f") for v in flow))
    return lines


def format_robust(r: RobustResult) -> str:
    """The whole report."""
    s = r.settings
    seed = translate("EnsembleCommand", ", seed {seed}").format(seed=r.seed) \
        if r.seed is not None else ""
    lines = [r.original.metadata.name,
             translate("RobustOutput", "Robust schedule against ensemble '{name}' ({label}){seed}: "
                                       "K = {k} in-sample members, {measure} of the objective")
             .format(name=r.ensemble, label=r.ensemble_label, seed=seed, k=len(r.members),
                     measure=r.measure.text),
             "",
             translate("RobustOutput", "Objective ({measure} over the in-sample members, "
                                       "minimised, {unit}): {before} → {after} (the LP's own "
                                       "value {lp})").format(
                 measure=r.measure.text, unit=r.objective_unit,
                 before=fig(r.objective_before, ".6g"), after=fig(r.objective_after, ".6g"),
                 lp=fig(r.lp_objective, ".6g")),
             ""]
    lines.extend(format_comparison(r.in_sample, r.inflow_set))
    if r.out_of_sample is not None:
        lines.append("")
        lines.extend(format_comparison(r.out_of_sample, r.inflow_set))
    else:
        lines.append("")
        lines.append(translate("RobustOutput", "No out-of-sample members (--test-members 0)."))
    schedules = format_schedules(r)
    if schedules:
        lines.append("")
        lines.extend(schedules)
    lines.append("")
    lines.append(r.self_check_summary())
    lines.append(translate("RobustOutput", "{iterations} LP(s), {stopping}; {variables} "
                                           "variables, {constraints} constraints, {nonzeros} "
                                           "non-zeros; {seconds} s ({lp_seconds} s building and "
                                           "solving LPs)").format(
        iterations=r.iterations, stopping=r.stopping, variables=r.n_variables,
        constraints=r.n_constraints, nonzeros=r.n_nonzeros, seconds=fig(r.seconds, ".1f"),
        lp_seconds=fig(r.lp_seconds, ".1f")))
    if s.risk.kind == "mean":
        lines.append(translate("RobustOutput",
                               "(CVaR columns at 90 %: the measure optimised was the mean.)"))
    lines.extend(r.notes)
    return "\n".join(lines)
