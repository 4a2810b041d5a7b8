"""The readable summary table the command line prints after a simulation."""

from __future__ import annotations

from waterplanner.engine.results import Results
from waterplanner.engine.summary import FILL_DEFINITION, Summary
from waterplanner.engine.targets import UnmetTarget


def _km3(mcm: float) -> str:
    return f"{mcm / 1000:8.2f}"


def format_unmet(unmet: list[UnmetTarget], results: Results, most: int = 40) -> str:
    """The release targets the reservoirs could not follow, in the words of the window's
    Problems list (at most ``most`` lines; a long horizon can have thousands)."""
    if not unmet:
        return ""
    lines = [f"Release targets not met ({len(unmet)}):"]
    lines += [f"  {u.message(results, 'm3s')}" for u in unmet[:most]]
    if len(unmet) > most:
        lines.append(f"  … and {len(unmet) - most} more")
    return "\n".join(lines)


def format_summary(s: Summary, title: str, inflow_set: str, sim_ms: float | None = None) -> str:
    """A plain-text table of the headline numbers."""
    lines = [title, f"Inflow set: {inflow_set}", ""]
    lines.append("Demands                          demand km³  delivered km³  short %  reliab. %")
    for d in s.demands:
        lines.append(f"  {d.name[:30]:30s} {d.country:>3s} {_km3(d.demand_mcm)}  "
                     f"{_km3(d.delivery_mcm)}      {d.shortfall_pct:6.1f}   {d.reliability_pct:7.1f}")
    lines.append(f"  {'Total':34s} {_km3(s.demand_mcm)}  {_km3(s.delivery_mcm)}      "
                 f"{s.shortfall_pct:6.1f}")
    if s.worst_demand:
        w = s.demand(s.worst_demand)
        lines.append(f"  Worst: {w.name} ({w.shortfall_pct:.1f} % short; largest period "
                     f"shortfall {w.worst_shortfall_mcm:.0f} Mm³)")
    lines.append("")
    lines.append("Hydropower                       total GWh  winter GWh  summer GWh")
    for p in s.plants:
        lines.append(f"  {p.name[:30]:30s} {p.country:>3s} {p.energy_gwh:9.0f}  {p.winter_gwh:10.0f}  "
                     f"{p.summer_gwh:10.0f}")
    lines.append("")
    lines.append("Countries    water received km³  short %  energy GWh (winter / summer)")
    for c in s.countries:
        lines.append(f"  {c.country:10s} {_km3(c.delivery_mcm):>18s}  {c.shortfall_pct:7.1f}  "
                     f"{c.energy_gwh:7.0f} ({c.winter_gwh:.0f} / {c.summer_gwh:.0f})")
    if s.reservoirs:
        lines.append("")
        lines.append("Reservoirs                       start km³  end km³  end % active  min km³  "
                     "spill km³")
        for r in s.reservoirs:
            lines.append(f"  {r.name[:30]:30s}     {_km3(r.start_storage_mcm)} "
                         f"{_km3(r.end_storage_mcm)}  {r.end_fill_pct:12.0f} "
                         f"{_km3(r.min_storage_mcm)}  {_km3(r.spill_mcm)}")
        lines.append(f"  (% active: {FILL_DEFINITION})")
    for lk in s.lakes:
        lines.append("")
        lines.append(f"{lk.name}: inflow {lk.inflow_mcm / 1000:.2f} km³, level "
                     f"{lk.start_level_m:.2f} → {lk.end_level_m:.2f} m, outflow over the crest "
                     f"{lk.outflow_mcm / 1000:.2f} km³")
    for sk in s.sinks:
        if sk.inflow_mcm > 0:
            names = {d.node_id: d.name for d in s.demands} | {
                x.node_id: x.name for x in s.reservoirs} | {x.node_id: x.name for x in s.lakes}
            parts = ", ".join(f"from {names.get(k, k)} {v / 1000:.2f}"
                              for k, v in sk.by_source_mcm.items())
            lines.append(f"{sk.name}: {sk.inflow_mcm / 1000:.2f} km³ (Oct–Mar "
                         f"{sk.winter_mcm / 1000:.2f}): {parts}")
    for nid, deficit in s.min_flow_deficit_mcm.items():
        if deficit > 0:
            lines.append(f"Minimum flow at {nid}: {deficit:.0f} Mm³ short")
    for lid, excess in s.link_excess_mcm.items():
        lines.append(f"Link {lid} carried {excess:.0f} Mm³ above its capacity")
    lines.append("")
    status = "ok" if s.mass_balance_ok else "FAILED"
    lines.append(f"Mass balance {status}: residual {s.mass_balance_residual_mcm:.2e} Mm³ "
                 f"({s.mass_balance_relative:.1e} of {s.throughput_mcm / 1000:.1f} km³ in play); "
                 f"worst node {s.worst_node} {s.worst_node_residual_mcm:.1e} Mm³")
    if sim_ms is not None:
        lines.append(f"Simulated in {sim_ms:.2f} ms")
    return "\n".join(lines)
