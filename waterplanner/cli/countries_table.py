"""The per-country table the command line prints after a simulation: limit, withdrawal,
shortfall, where the flow is formed and the energy balance, per ICWC season."""

from __future__ import annotations

from waterplanner.engine.countries_summary import CountriesSummary
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.figures import counted, fig
from waterplanner.model.countries import EnergyExchange

MAX_SEASON_ROWS = 6
"""Up to this many seasons (three water years) the table has a row per country and season;
a longer horizon gets one row per country over the whole horizon."""

HEADER = QT_TRANSLATE_NOOP(
    "CountriesTable",
    "  country    season             limit  withdrawn  % limit  short  formed  % basin  generated")
ENERGY_HEADER = QT_TRANSLATE_NOOP("CountriesTable", "  exchange      net")


def _opt(value: float | None, fmt: str, width: int) -> str:
    return f"{'—':>{width}s}" if value is None else fig(value, f"{width}{fmt}")


def _exchange_line(x: EnergyExchange) -> str:
    line = translate("CountriesTable", "  {id}: {supplier} → {receiver} {energy} GWh in {season}"
                     ).format(id=x.id, supplier=x.supplier, receiver=x.receiver,
                              energy=fig(x.energy_gwh, "g"), season=x.season.label)
    if x.water_mcm is not None:
        line += translate("CountriesTable", ", for {water} Mm³").format(
            water=fig(x.water_mcm, "g"))
        if x.water_season is not None:
            line += translate("CountriesTable", " in {season}").format(
                season=x.water_season.label)
    return line + (f" ({x.note})" if x.note else "")


def _header(ledger: bool) -> str:
    return translate("CountriesTable", HEADER) + (
        translate("CountriesTable", ENERGY_HEADER) if ledger else "")


def format_countries(c: CountriesSummary) -> str:
    """A plain-text table of the per-country summary (volumes Mm³, energy GWh). When the
    scenario has an exchange ledger, 'exchange' is the energy received less supplied under
    it and net = generated + exchange."""
    lines = [translate("CountriesTable", "Countries by ICWC season (water Mm³, energy GWh; "
                                         "withdrawn = entering the intakes)")]
    ledger = bool(c.exchanges)
    if len(c.spans) <= MAX_SEASON_ROWS:
        lines.append(_header(ledger))
        for row in c.rows:
            mark = "*" if row.span.partial else " "
            line = (f"  {row.country:10s} {row.span.display_label:17s}{mark}"
                    f"{_opt(row.limit_mcm, '.0f', 6)}  {fig(row.withdrawal_mcm, '9.0f')}  "
                    f"{_opt(row.limit_pct, '.1f', 7)}  {fig(row.shortfall_mcm, '5.0f')}  "
                    f"{fig(row.formed_mcm, '6.0f')}  {_opt(row.formed_pct, '.1f', 7)}  "
                    f"{fig(row.generated_mwh / 1000, '9.0f')}")
            if ledger:
                line += (f"  {fig((row.received_mwh - row.supplied_mwh) / 1000, '8.0f')}  "
                         f"{fig(row.net_energy_mwh / 1000, '7.0f')}")
            lines.append(line)
        if any(s.partial for s in c.spans):
            lines.append(translate(
                "CountriesTable", "  * season only partly within the horizon (the limit is the "
                                  "whole season's; exchanges count for the days covered)")
                         if ledger else translate(
                "CountriesTable", "  * season only partly within the horizon (the limit is the "
                                  "whole season's)"))
    else:
        lines.append(translate("CountriesTable", "  whole horizon, {seasons} (per season: "
                                                 "summary.json, written with --out)").format(
            seasons=counted("CountriesTable", "%n seasons", len(c.spans), "%n season")))
        lines.append(translate("CountriesTable", "  country    withdrawn  short  formed  generated")
                     + (translate("CountriesTable", ENERGY_HEADER) if ledger else ""))
        for t in c.totals:
            line = (f"  {t.country:10s} {fig(t.withdrawal_mcm, '9.0f')}  "
                    f"{fig(t.shortfall_mcm, '5.0f')}  {fig(t.formed_mcm, '6.0f')}  "
                    f"{fig(t.generated_mwh / 1000, '9.0f')}")
            if ledger:
                line += (f"  {fig((t.received_mwh - t.supplied_mwh) / 1000, '8.0f')}  "
                         f"{fig(t.net_energy_mwh / 1000, '7.0f')}")
            lines.append(line)
    if any(r.limit_mcm is not None for r in c.rows):
        lines.append(translate(
            "CountriesTable", "  limits: the ICWC's, counting main-stem withdrawals at its control "
                              "points; % limit is like for like only where the demands are those "
                              "(see the scenario's notes)"))
    if c.exchanges:
        lines.append(translate("CountriesTable", "Energy exchanges (each water year):"))
        lines += [_exchange_line(x) for x in c.exchanges]
    return "\n".join(lines)


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("CountriesTable", "%n seasons", None, 1)
