"""The plain-text report of a robust optimisation (``waterplanner optimize --ensemble``)."""

from __future__ import annotations

import numpy as np

from waterplanner.engine.optimise.robust import DETERMINISTIC, INPUT, ROBUST, RobustResult
from waterplanner.engine.optimise.robust_evaluate import RiskComparison

SCHEDULE_MAX_PERIODS = 36
ROW_NAMES = {INPUT: "input schedule", DETERMINISTIC: "deterministic optimum",
             ROBUST: "robust schedule"}


def member_range(indices: tuple[int, ...]) -> str:
    """``0–19`` for consecutive members."""
    if not indices:
        return "none"
    if list(indices) == list(range(indices[0], indices[-1] + 1)):
        return f"{indices[0]}–{indices[-1]}" if len(indices) > 1 else f"{indices[0]}"
    return ", ".join(str(i) for i in indices)


def format_comparison(c: RiskComparison, inflow_set: str) -> list[str]:
    """One table of schedules on a set of members, then shortfall per demand."""
    pct = f"{100.0 * c.alpha:g} %"
    lines = [f"{c.what.capitalize()} ({len(c.members)} members: {member_range(c.members)})",
             (f"  {'objective':32s} {'mean':>12s} {'CVaR ' + pct:>12s} {'worst':>12s}"
              "  hard requirement broken in")]
    for row in c.rows:
        name = ROW_NAMES.get(row.schedule, row.schedule)
        if row.schedule == DETERMINISTIC:
            name += f" ({inflow_set})"
        lines.append(f"  {name[:32]:32s} {row.mean:12.6g} {row.cvar:12.6g} {row.worst:12.6g}"
                     f"  {row.broken} member{'s' * (row.broken != 1)}")
    if c.rows and c.rows[0].demands:
        lines.append(f"  Shortfall over the horizon, Mm³ (mean / CVaR {pct} / "
                     f"P(short > {c.threshold_pct:g} %))")
        head = "  " + " " * 26 + "".join(f"{ROW_NAMES.get(r.schedule, r.schedule)[:24]:>26s}"
                                         for r in c.rows)
        lines.append(head)
        for j, d in enumerate(c.rows[0].demands):
            cells = []
            for r in c.rows:
                dr = r.demands[j]
                p = "—" if np.isnan(dr.p_short_over_threshold) else \
                    f"{100.0 * dr.p_short_over_threshold:.0f} %"
                cells.append(f"{dr.mean_shortfall_mcm:7.0f} /{dr.cvar_shortfall_mcm:6.0f} /"
                             f"{p:>5s}")
            lines.append(f"  {d.name[:26]:26s}" + "".join(f"{x:>26s}" for x in cells))
    return lines


def format_schedules(r: RobustResult) -> list[str]:
    """Release per period, m³/s: input, deterministic optimum, robust."""
    time = r.original.time
    if time.periods > SCHEDULE_MAX_PERIODS or not r.release_mcm:
        return []
    labels = [lab[:4] + lab[-2:] if len(lab) == 8 else lab[:6] for lab in time.labels()]
    lines = ["Release schedules (m³/s, mean per period)",
             "  " + " " * 18 + " ".join(f"{lab:>6s}" for lab in labels)]
    for rid, rel in r.release_mcm.items():
        name = r.original.node(rid).name.split(" (")[0] if r.original.has_node(rid) else rid
        rows = [("input", np.asarray(r.original.release_schedules[rid], dtype=float))]
        if r.deterministic_release_mcm is not None:
            rows.append(("determ.", r.deterministic_release_mcm[rid]))
        rows.append(("robust", np.asarray(rel, dtype=float)))
        for k, (what, values) in enumerate(rows):
            flow = time.mcm_to_m3s(np.asarray(values, dtype=float))
            lines.append(f"  {(name if k == 0 else '')[:10]:10s} {what:7s} "
                         + " ".join(f"{v:6.0f}" for v in flow))
    return lines


def format_robust(r: RobustResult) -> str:
    """The whole report."""
    s = r.settings
    seed = f", seed {r.seed}" if r.seed is not None else ""
    lines = [r.original.metadata.name,
             (f"Robust schedule against ensemble '{r.ensemble}' ({r.ensemble_label}){seed}: "
              f"K = {len(r.members)} in-sample members, {r.measure.text} of the objective"),
             "",
             (f"Objective ({r.measure.text} over the in-sample members, minimised, "
              f"{r.objective_unit}): {r.objective_before:.6g} → {r.objective_after:.6g} "
              f"(the LP's own value {r.lp_objective:.6g})"),
             ""]
    lines.extend(format_comparison(r.in_sample, r.inflow_set))
    if r.out_of_sample is not None:
        lines.append("")
        lines.extend(format_comparison(r.out_of_sample, r.inflow_set))
    else:
        lines.append("")
        lines.append("No out-of-sample members (--test-members 0).")
    schedules = format_schedules(r)
    if schedules:
        lines.append("")
        lines.extend(schedules)
    lines.append("")
    lines.append(r.self_check_summary())
    lines.append(f"{r.iterations} LP(s), {r.stopping}; {r.n_variables} variables, "
                 f"{r.n_constraints} constraints, {r.n_nonzeros} non-zeros; "
                 f"{r.seconds:.1f} s ({r.lp_seconds:.1f} s building and solving LPs)")
    if s.risk.kind == "mean":
        lines.append("(CVaR columns at 90 %: the measure optimised was the mean.)")
    lines.extend(r.notes)
    return "\n".join(lines)
