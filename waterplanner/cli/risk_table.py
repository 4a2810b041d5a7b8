"""The risk table the ``ensemble`` command prints (see docs/ensembles.md, "Risk")."""

from __future__ import annotations

import math

from waterplanner.engine.risk.table import RiskTable, SupplyRisk
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted, fig
from waterplanner.i18n.units import unit


def _pct(v: float, width: int = 6, digits: int = 1) -> str:
    return f"{'—':>{width}s}" if not math.isfinite(v) else fig(100 * v, f"{width}.{digits}f")


def _num(v: float, width: int, digits: int = 0) -> str:
    return f"{'—':>{width}s}" if not math.isfinite(v) else fig(v, f"{width}.{digits}f")


def _supply_line(r: SupplyRisk) -> str:
    return (f"  {r.name[:34]:34s} {_num(r.demand_mcm, 7)} {_num(r.mean_shortfall_pct, 6, 1)}"
            f"  {_pct(r.p_short_over_threshold, 7)}  {_pct(r.reliability)}  "
            f"{_pct(r.resilience)}  {_num(r.vulnerability_mcm, 6)} "
            f"({_num(r.vulnerability_pct, 5, 1)} %)")


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("RiskTable", "%n members", None, 1)


def format_risk(t: RiskTable) -> str:
    """A plain-text risk table: per demand and country, events, energy quantiles."""
    thr = f"{fig(t.threshold_pct, 'g')} %"
    tol = translate("RiskTable", "any shortfall") if t.failure_tolerance_pct == 0 else \
        translate("RiskTable", "shortfall above {pct} % of demand").format(
            pct=fig(t.failure_tolerance_pct, "g"))
    w1 = (translate("RiskTable", "demand"), translate("RiskTable", "short"),
          translate("RiskTable", "P(short"), translate("RiskTable", "reliab."),
          translate("RiskTable", "resil."), translate("RiskTable", "vulnerability"))
    mm3 = translate("RiskTable", "Mm³")
    of_demand = translate("RiskTable", "Mm³ (% demand)")
    head1 = (f"  {'':34s} {w1[0]:>7s} {w1[1]:>6s}  {w1[2]:>7s}  {w1[3]:>6s} "
             f"{w1[4]:>6s}   {w1[5]:>14s}")
    head2 = (f"  {'':34s} {mm3:>7s} {'%':>6s}  {'>' + thr + ')':>7s}  {'%':>6s}  "
             f"{'%':>6s}  {of_demand:>14s}")
    lines = [translate("RiskTable", "Risk over {members} (a period fails on {tolerance}; Hashimoto "
                                    "et al. 1982)").format(
        members=counted("RiskTable", "%n members", t.members, "%n members"), tolerance=tol),
        head1, head2]
    lines += [_supply_line(d) for d in t.demands]
    if t.countries:
        lines.append(translate("RiskTable",
                               "  Countries (each demand split by its country shares)"))
        lines += [_supply_line(c) for c in t.countries]
    if t.events:
        w = min(max(len(e.label) for e in t.events), 96)
        event, p_pct = translate("RiskTable", "Event"), translate("RiskTable", "P %")
        lines += ["", f"  {event:{w}s} {p_pct:>6s}  " + translate("RiskTable", "mean amount")]
        for ev in t.events:
            lines.append(f"  {ev.label[:w]:{w}s} {_pct(ev.probability)}  "
                         f"{_num(ev.mean_amount, 8, 1)} {unit(ev.amount_unit)}")
    if t.energy:
        exact = all(e.exact for e in t.energy)
        how = translate("RiskTable", "exact") if exact else \
            translate("RiskTable", "from fixed-edge histograms")
        country, season = translate("RiskTable", "country"), translate("RiskTable", "season")
        lines += ["", translate("RiskTable", "  Energy per country and ICWC season, GWh ({how})")
                  .format(how=how),
                  f"  {country:22s} {season:18s} {'P10':>8s} {'P50':>8s} {'P90':>8s}"]
        for e in t.energy:
            mark = "*" if e.span.partial else " "
            lines.append(f"  {e.name[:22]:22s} {e.span.display_label:17s}{mark} "
                         f"{_num(e.p10_gwh, 8)} {_num(e.p50_gwh, 8)} {_num(e.p90_gwh, 8)}")
        if any(e.span.partial for e in t.energy):
            lines.append(translate("RiskTable", "  * season only partly in the horizon"))
    return "\n".join(lines)
