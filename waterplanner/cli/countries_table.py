"""The per-country table the command line prints after a simulation: limit, withdrawal,
shortfall, where the flow is formed and the energy balance, per ICWC season."""

from __future__ import annotations

from waterplanner.engine.countries_summary import CountriesSummary
from waterplanner.model.countries import EnergyExchange

MAX_SEASON_ROWS = 6
"""Up to this many seasons (three water years) the table has a row per country and season;
a longer horizon gets one row per country over the whole horizon."""

HEADER = "  country    season             limit  withdrawn  % limit  short  formed  % basin  generated"
ENERGY_HEADER = "  exchange      net"


def _opt(value: float | None, fmt: str, width: int) -> str:
    return f"{'—':>{width}s}" if value is None else f"{value:{width}{fmt}}"


def _exchange_line(x: EnergyExchange) -> str:
    line = (f"  {x.id}: {x.supplier} → {x.receiver} {x.energy_gwh:g} GWh in "
            f"{x.season.label}")
    if x.water_mcm is not None:
        line += f", for {x.water_mcm:g} Mm³"
        if x.water_season is not None:
            line += f" in {x.water_season.label}"
    return line + (f" ({x.note})" if x.note else "")


def format_countries(c: CountriesSummary) -> str:
    """A plain-text table of the per-country summary (volumes Mm³, energy GWh). When the
    scenario has an exchange ledger, 'exchange' is the energy received less supplied under
    it and net = generated + exchange."""
    lines = ["Countries by ICWC season (water Mm³, energy GWh; withdrawn = entering the intakes)"]
    ledger = bool(c.exchanges)
    if len(c.spans) <= MAX_SEASON_ROWS:
        lines.append(HEADER + (ENERGY_HEADER if ledger else ""))
        for row in c.rows:
            mark = "*" if row.span.partial else " "
            line = (f"  {row.country:10s} {row.span.label:17s}{mark}"
                    f"{_opt(row.limit_mcm, '.0f', 6)}  {row.withdrawal_mcm:9.0f}  "
                    f"{_opt(row.limit_pct, '.1f', 7)}  {row.shortfall_mcm:5.0f}  "
                    f"{row.formed_mcm:6.0f}  {_opt(row.formed_pct, '.1f', 7)}  "
                    f"{row.generated_mwh / 1000:9.0f}")
            if ledger:
                line += (f"  {(row.received_mwh - row.supplied_mwh) / 1000:8.0f}  "
                         f"{row.net_energy_mwh / 1000:7.0f}")
            lines.append(line)
        if any(s.partial for s in c.spans):
            lines.append("  * season only partly within the horizon (the limit is the whole "
                         "season's" + ("; exchanges count for the days covered)" if ledger
                                       else ")"))
    else:
        lines.append(f"  whole horizon, {len(c.spans)} seasons (per season: summary.json, "
                     f"written with --out)")
        lines.append("  country    withdrawn  short  formed  generated"
                     + (ENERGY_HEADER if ledger else ""))
        for t in c.totals:
            line = (f"  {t.country:10s} {t.withdrawal_mcm:9.0f}  {t.shortfall_mcm:5.0f}  "
                    f"{t.formed_mcm:6.0f}  {t.generated_mwh / 1000:9.0f}")
            if ledger:
                line += (f"  {(t.received_mwh - t.supplied_mwh) / 1000:8.0f}  "
                         f"{t.net_energy_mwh / 1000:7.0f}")
            lines.append(line)
    if any(r.limit_mcm is not None for r in c.rows):
        lines.append("  limits: the ICWC's, counting main-stem withdrawals at its control points; "
                     "% limit is like for like only where the demands are those (see the "
                     "scenario's notes)")
    if c.exchanges:
        lines.append("Energy exchanges (each water year):")
        lines += [_exchange_line(x) for x in c.exchanges]
    return "\n".join(lines)
