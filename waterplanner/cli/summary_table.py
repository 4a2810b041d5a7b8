"""The readable summary table the command line prints after a simulation.

The table's words come from the catalogues (each heading line whole, so a translation keeps
its columns over the numbers) and its numbers carry the language's decimal mark; English is
the table as it always was.
"""

from __future__ import annotations

from waterplanner.engine.results import Results
from waterplanner.engine.summary import Summary, fill_definition
from waterplanner.engine.targets import UnmetTarget
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig


def _km3(mcm: float) -> str:
    return fig(mcm / 1000, "8.2f")


def format_unmet(unmet: list[UnmetTarget], results: Results, most: int = 40) -> str:
    """The release targets the reservoirs could not follow, in the words of the window's
    Problems list (at most ``most`` lines; a long horizon can have thousands)."""
    if not unmet:
        return ""
    lines = [translate("SummaryTable", "Release targets not met ({count}):").format(
        count=len(unmet))]
    lines += [f"  {u.message(results, 'm3s')}" for u in unmet[:most]]
    if len(unmet) > most:
        lines.append(translate("SummaryTable", "  … and {count} more").format(
            count=len(unmet) - most))
    return "\n".join(lines)


def format_summary(s: Summary, title: str, inflow_set: str, sim_ms: float | None = None) -> str:
    """A plain-text table of the headline numbers."""
    lines = [title, translate("SummaryTable", "Inflow set: {name}").format(name=inflow_set), ""]
    lines.append(translate(
        "SummaryTable",
        "Demands                          demand km³  delivered km³  short %  reliab. %"))
    for d in s.demands:
        lines.append(f"  {d.name[:30]:30s} {d.country:>3s} {_km3(d.demand_mcm)}  "
                     f"{_km3(d.delivery_mcm)}      {fig(d.shortfall_pct, '6.1f')}   "
                     f"{fig(d.reliability_pct, '7.1f')}")
    total = translate("SummaryTable", "Total")
    lines.append(f"  {total:34s} {_km3(s.demand_mcm)}  {_km3(s.delivery_mcm)}      "
                 f"{fig(s.shortfall_pct, '6.1f')}")
    if s.worst_demand:
        w = s.demand(s.worst_demand)
        lines.append(translate(
            "SummaryTable", "  Worst: {name} ({short} % short; largest period shortfall "
                            "{largest} Mm³)").format(
            name=w.name, short=fig(w.shortfall_pct, ".1f"),
            largest=fig(w.worst_shortfall_mcm, ".0f")))
    lines.append("")
    lines.append(translate(
        "SummaryTable", "Hydropower                       total GWh  winter GWh  summer GWh"))
    for p in s.plants:
        lines.append(f"  {p.name[:30]:30s} {p.country:>3s} {fig(p.energy_gwh, '9.0f')}  "
                     f"{fig(p.winter_gwh, '10.0f')}  {fig(p.summer_gwh, '10.0f')}")
    lines.append("")
    lines.append(translate(
        "SummaryTable", "Countries    water received km³  short %  energy GWh (winter / summer)"))
    for c in s.countries:
        lines.append(f"  {c.country:10s} {_km3(c.delivery_mcm):>18s}  "
                     f"{fig(c.shortfall_pct, '7.1f')}  {fig(c.energy_gwh, '7.0f')} "
                     f"({fig(c.winter_gwh, '.0f')} / {fig(c.summer_gwh, '.0f')})")
    if s.reservoirs:
        lines.append("")
        lines.append(translate(
            "SummaryTable", "Reservoirs                       start km³  end km³  end % active  "
                            "min km³  spill km³"))
        for r in s.reservoirs:
            lines.append(f"  {r.name[:30]:30s}     {_km3(r.start_storage_mcm)} "
                         f"{_km3(r.end_storage_mcm)}  {fig(r.end_fill_pct, '12.0f')} "
                         f"{_km3(r.min_storage_mcm)}  {_km3(r.spill_mcm)}")
        lines.append(translate("SummaryTable", "  (% active: {definition})").format(
            definition=fill_definition()))
    for lk in s.lakes:
        lines.append("")
        lines.append(translate(
            "SummaryTable", "{name}: inflow {inflow} km³, level {start} → {end} m, outflow over "
                            "the crest {outflow} km³").format(
            name=lk.name, inflow=fig(lk.inflow_mcm / 1000, ".2f"),
            start=fig(lk.start_level_m, ".2f"), end=fig(lk.end_level_m, ".2f"),
            outflow=fig(lk.outflow_mcm / 1000, ".2f")))
    for sk in s.sinks:
        if sk.inflow_mcm > 0:
            names = {d.node_id: d.name for d in s.demands} | {
                x.node_id: x.name for x in s.reservoirs} | {x.node_id: x.name for x in s.lakes}
            parts = ", ".join(
                translate("SummaryTable", "from {source} {volume}").format(
                    source=names.get(k, k), volume=fig(v / 1000, ".2f"))
                for k, v in sk.by_source_mcm.items())
            lines.append(translate(
                "SummaryTable", "{name}: {inflow} km³ (Oct–Mar {winter}): {sources}").format(
                name=sk.name, inflow=fig(sk.inflow_mcm / 1000, ".2f"),
                winter=fig(sk.winter_mcm / 1000, ".2f"), sources=parts))
    for nid, deficit in s.min_flow_deficit_mcm.items():
        if deficit > 0:
            lines.append(translate("SummaryTable", "Minimum flow at {node}: {deficit} Mm³ short")
                         .format(node=nid, deficit=fig(deficit, ".0f")))
    for lid, excess in s.link_excess_mcm.items():
        lines.append(translate("SummaryTable", "Link {link} carried {excess} Mm³ above its "
                                               "capacity").format(link=lid,
                                                                  excess=fig(excess, ".0f")))
    lines.append("")
    balance = translate("SummaryTable", "Mass balance ok: residual {residual} Mm³ ({relative} of "
                                        "{throughput} km³ in play); worst node {node} {worst} Mm³") \
        if s.mass_balance_ok else \
        translate("SummaryTable", "Mass balance FAILED: residual {residual} Mm³ ({relative} of "
                                  "{throughput} km³ in play); worst node {node} {worst} Mm³")
    lines.append(balance.format(
        residual=fig(s.mass_balance_residual_mcm, ".2e"),
        relative=fig(s.mass_balance_relative, ".1e"),
        throughput=fig(s.throughput_mcm / 1000, ".1f"), node=s.worst_node,
        worst=fig(s.worst_node_residual_mcm, ".1e")))
    if sim_ms is not None:
        lines.append(translate("SummaryTable", "Simulated in {ms} ms").format(
            ms=fig(sim_ms, ".2f")))
    return "\n".join(lines)
