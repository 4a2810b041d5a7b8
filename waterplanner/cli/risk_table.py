"""The risk table the ``ensemble`` command prints (see docs/ensembles.md, "Risk")."""

from __future__ import annotations

import math

from waterplanner.engine.risk.table import RiskTable, SupplyRisk


def _pct(v: float, width: int = 6, digits: int = 1) -> str:
    return f"{'—':>{width}s}" if not math.isfinite(v) else f"{100 * v:{width}.{digits}f}"


def _num(v: float, width: int, digits: int = 0) -> str:
    return f"{'—':>{width}s}" if not math.isfinite(v) else f"{v:{width}.{digits}f}"


def _supply_line(r: SupplyRisk) -> str:
    return (f"  {r.name[:34]:34s} {_num(r.demand_mcm, 7)} {_num(r.mean_shortfall_pct, 6, 1)}"
            f"  {_pct(r.p_short_over_threshold, 7)}  {_pct(r.reliability)}  "
            f"{_pct(r.resilience)}  {_num(r.vulnerability_mcm, 6)} "
            f"({_num(r.vulnerability_pct, 5, 1)} %)")


def format_risk(t: RiskTable) -> str:
    """A plain-text risk table: per demand and country, events, energy quantiles."""
    thr = f"{t.threshold_pct:g} %"
    tol = "any shortfall" if t.failure_tolerance_pct == 0 else \
        f"shortfall above {t.failure_tolerance_pct:g} % of demand"
    head1 = (f"  {'':34s} {'demand':>7s} {'short':>6s}  {'P(short':>7s}  {'reliab.':>6s} "
             f"{'resil.':>6s}   {'vulnerability':>14s}")
    head2 = (f"  {'':34s} {'Mm³':>7s} {'%':>6s}  {'>' + thr + ')':>7s}  {'%':>6s}  "
             f"{'%':>6s}  {'Mm³ (% demand)':>14s}")
    lines = [f"Risk over {t.members} members (a period fails on {tol}; Hashimoto et al. 1982)",
             head1, head2]
    lines += [_supply_line(d) for d in t.demands]
    if t.countries:
        lines.append("  Countries (each demand split by its country shares)")
        lines += [_supply_line(c) for c in t.countries]
    if t.events:
        w = min(max(len(e.label) for e in t.events), 96)
        lines += ["", f"  {'Event':{w}s} {'P %':>6s}  mean amount"]
        for ev in t.events:
            lines.append(f"  {ev.label[:w]:{w}s} {_pct(ev.probability)}  "
                         f"{_num(ev.mean_amount, 8, 1)} {ev.amount_unit}")
    if t.energy:
        exact = all(e.exact for e in t.energy)
        how = "exact" if exact else "from fixed-edge histograms"
        lines += ["", f"  Energy per country and ICWC season, GWh ({how})",
                  f"  {'country':22s} {'season':18s} {'P10':>8s} {'P50':>8s} {'P90':>8s}"]
        for e in t.energy:
            mark = "*" if e.span.partial else " "
            lines.append(f"  {e.name[:22]:22s} {e.span.label:17s}{mark} {_num(e.p10_gwh, 8)} "
                         f"{_num(e.p50_gwh, 8)} {_num(e.p90_gwh, 8)}")
        if any(e.span.partial for e in t.energy):
            lines.append("  * season only partly in the horizon")
    return "\n".join(lines)
