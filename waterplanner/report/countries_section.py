"""The report's Countries section: the table a delegation takes into a negotiation.

Per country and ICWC season: the limit, the withdrawal and its % of the limit, demand,
delivery and shortfall (one table); where the flow is formed and the energy balance with
the exchange ledger (a second table, so each fits the page's width); the change from a
baseline when there is one; and the ledger itself. The numbers are those of
:attr:`ReportInputs.countries`, the same :func:`countries_summary` the window's Countries
view and the command line's table show, rounded the same way (Mm³ and GWh whole, % to one
decimal).
"""

from __future__ import annotations

from dataclasses import dataclass

from waterplanner.engine.countries_summary import (
    UNASSIGNED,
    CountriesSummary,
    CountrySeasonRow,
    has_country_data,
)
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted
from waterplanner.model.countries import EnergyExchange, Season
from waterplanner.report import style
from waterplanner.report.flow import Block, Heading, Paragraph, Table, clip
from waterplanner.report.formatting import delta, head, num, with_unit
from waterplanner.report.inputs import ReportInputs

COUNTRY_CHARS = 28
"""Longest country name printed in a table cell."""


def country_cell(c: CountriesSummary, code: str) -> str:
    """'KG Kyrgyzstan'; 'Unassigned' for the row of no country."""
    if code == UNASSIGNED:
        return translate("ReportCountries", "Unassigned")
    name = c.name(code)
    return clip(code if name == code else f"{code} {name}", COUNTRY_CHARS)


def season_cell(row: CountrySeasonRow) -> str:
    """'Oct 2025–Mar 2026' (Russian «окт 2025–мар 2026»), with '*' for a season the horizon
    covers only in part."""
    return row.span.display_label + ("*" if row.span.partial else "")


def _opt(value: float | None, decimals: int = 0) -> str:
    return "–" if value is None else num(value, decimals)


def _gwh(mwh: float) -> str:
    return num(mwh / 1000.0)


def water_rows(c: CountriesSummary) -> list[list[str]]:
    """Country, season, limit, withdrawal, % of limit, demand, delivery, shortfall."""
    return [[country_cell(c, r.country), season_cell(r), _opt(r.limit_mcm),
             num(r.withdrawal_mcm), _opt(r.limit_pct, 1), num(r.demand_mcm),
             num(r.delivery_mcm), num(r.shortfall_mcm)] for r in c.rows]


def energy_rows(c: CountriesSummary) -> list[list[str]]:
    """Country, season, flow formed, % of basin, generated (and with an exchange ledger:
    received, supplied, net)."""
    out = []
    for r in c.rows:
        cells = [country_cell(c, r.country), season_cell(r), num(r.formed_mcm),
                 _opt(r.formed_pct, 1), _gwh(r.generated_mwh)]
        if c.exchanges:
            cells += [_gwh(r.received_mwh), _gwh(r.supplied_mwh), _gwh(r.net_energy_mwh)]
        out.append(cells)
    return out


def exchange_row(x: EnergyExchange, c: CountriesSummary) -> list[str]:
    """Exchange, supplier → receiver, energy, season, what is given in return, note."""
    back = "–"
    if x.water_mcm is not None:
        water = with_unit(num(x.water_mcm), "Mm³")
        back = translate("ReportCountries", "{volume} of water").format(volume=water) \
            if x.water_season is None else \
            translate("ReportCountries", "{volume} of water in {season}").format(
                volume=water, season=x.water_season.label)
    def who(code: str) -> str:
        return clip(c.name(code) if code in c.codes else code, COUNTRY_CHARS)
    return [clip(x.id, 40), f"{who(x.supplier)} → {who(x.receiver)}",
            num(x.energy_gwh), x.season.label, back, clip(x.note, 300) or "–"]


@dataclass(frozen=True)
class CountryLine:
    """One country over the whole horizon, for the executive summary and the comparison:
    water split by the demands' country shares, energy by season (GWh)."""

    code: str
    delivery_mcm: float
    demand_mcm: float
    shortfall_mcm: float
    winter_gwh: float
    summer_gwh: float

    @property
    def shortfall_pct(self) -> float:
        return 100.0 * self.shortfall_mcm / self.demand_mcm if self.demand_mcm > 0 else 0.0


def country_lines(c: CountriesSummary) -> list[CountryLine]:
    """The countries that have demands or plants, with their whole-horizon water and their
    energy in the non-vegetation (winter) and vegetation (summer) seasons."""
    out = []
    for code in c.codes:
        t = c.totals_of(code)
        rows = c.rows_of(code)
        winter = sum(r.generated_mwh for r in rows if r.span.season is Season.NON_VEGETATION)
        summer = sum(r.generated_mwh for r in rows if r.span.season is Season.VEGETATION)
        if t.demand_mcm <= 0 and t.delivery_mcm <= 0 and winter + summer <= 0:
            continue
        out.append(CountryLine(code, t.delivery_mcm, t.demand_mcm, t.shortfall_mcm,
                               winter / 1000.0, summer / 1000.0))
    return out


def _swatches(c: CountriesSummary) -> dict[int, str]:
    return {k: style.country_colour(r.country) for k, r in enumerate(c.rows)}


def _explanation(c: CountriesSummary) -> str:
    text = translate(
        "ReportCountries",
        "Withdrawal is the water entering the intakes of a country's demands, before the "
        "intakes' losses; delivery is what reaches the fields and shortfall what the demands did "
        "not get. A demand irrigated by several countries (the Fergana Valley) is split among "
        "them by its shares. Limits are the ICWC's, per season of the water year: "
        "non-vegetation October–March and vegetation April–September; % of limit is the "
        "withdrawal as a share of the season's limit, printed in bold colour above 100 %. Flow "
        "formed is the local inflow of the rivers rising in a country, % of basin its share of "
        "the basin's inflow that season. Energy generated is that of the country's plants, at "
        "dams and run-of-river.")
    if any(r.limit_mcm is not None for r in c.rows):
        text += translate(
            "ReportCountries",
            " An ICWC limit counts main-stem withdrawals at the ICWC's control points: where a "
            "country's demands hold more (small rivers, users below a control point), % of limit "
            "is not like for like; the scenario's notes say what each limit covers.")
    if c.exchanges:
        text += translate(
            "ReportCountries",
            " The exchange ledger moves energy from supplier to receiver in its season of every "
            "water year; net energy = generated + received − supplied.")
    return text


def countries_section(inp: ReportInputs) -> list[Block]:
    """The Countries section (none for a scenario that names no country)."""
    if not has_country_data(inp.scenario):
        return []
    c = inp.countries
    notes = []
    if any(s.partial for s in c.spans):
        notes.append(translate("ReportCountries", "* Season only partly within the horizon: its "
                                                  "limit is the whole season's; exchanges count "
                                                  "for the days covered.") if c.exchanges else
                     translate("ReportCountries", "* Season only partly within the horizon: its "
                                                  "limit is the whole season's."))
    if UNASSIGNED in c.codes:
        notes.append(translate("ReportCountries", "Unassigned: demands, rivers and plants of no "
                                                  "country."))
    if c.members > 1:
        notes.append(counted("ReportCountries", "The results hold %n ensemble members; these "
                                                "figures are those of {member}.", c.members)
                     .format(member=inp.member_words))
    note = " ".join(notes)
    country, season = translate("ReportCountries", "Country"), \
        translate("ReportCountries", "ICWC season")
    out: list[Block] = [Heading(translate("ReportCountries", "Countries")),
                        Paragraph(_explanation(c), "body")]

    rows = water_rows(c)
    over = {(k, j): style.SHORTFALL for k, r in enumerate(c.rows) if r.over_limit
            for j in (3, 4)}
    out += [Heading(translate("ReportCountries", "Water by country and season"), 2),
            Table([country, season, head(translate("ReportCountries", "Limit"), "Mm³"),
                   head(translate("ReportCountries", "Withdrawal"), "Mm³"),
                   translate("ReportCountries", "% of\nlimit"),
                   head(translate("ReportCountries", "Demand"), "Mm³"),
                   head(translate("ReportCountries", "Delivery"), "Mm³"),
                   head(translate("ReportCountries", "Shortfall"), "Mm³")], rows, "llrrrrrr",
                  swatches=_swatches(c), emphasis=over, note=note)]

    heads = [country, season, head(translate("ReportCountries", "Flow formed"), "Mm³"),
             translate("ReportCountries", "% of\nbasin"),
             head(translate("ReportCountries", "Generated"), "GWh")]
    if c.exchanges:
        heads += [head(translate("ReportCountries", "Received"), "GWh"),
                  head(translate("ReportCountries", "Supplied"), "GWh"),
                  head(translate("ReportCountries", "Net"), "GWh")]
    out += [Heading(translate("ReportCountries", "Flow formation and energy"), 2),
            Table(heads, energy_rows(c), "ll" + "r" * (len(heads) - 2), swatches=_swatches(c),
                  note=note)]

    if c.exchanges:
        out += [Heading(translate("ReportCountries", "Energy exchange ledger"), 2),
                Table([translate("ReportCountries", "Exchange"),
                       translate("ReportCountries", "Supplier → receiver"),
                       head(translate("ReportCountries", "Energy"), "GWh"),
                       translate("ReportCountries", "Season"),
                       translate("ReportCountries", "In return"),
                       translate("ReportCountries", "Note")],
                      [exchange_row(x, c) for x in c.exchanges],
                      "llrlll", widths=[0.13, 0.21, 0.1, 0.22, 0.14, 0.2],
                      wrap_anywhere=frozenset({0}),
                      note=translate("ReportCountries", "Each exchange repeats in every water "
                                                        "year of the horizon."))]
    out += _baseline_blocks(inp, c)
    return out


def _baseline_blocks(inp: ReportInputs, c: CountriesSummary) -> list[Block]:
    """The change from the baseline by country and season (none without a comparable one)."""
    b = inp.baseline_countries
    if b is None:
        return []
    base = {(r.country, r.span.index): r for r in b.rows}
    rows, sw = [], {}
    for r in c.rows:
        o = base.get((r.country, r.span.index))
        if o is None:
            continue
        rows.append([country_cell(c, r.country), season_cell(r),
                     delta(r.withdrawal_mcm - o.withdrawal_mcm),
                     delta(r.shortfall_mcm - o.shortfall_mcm),
                     delta((r.generated_mwh - o.generated_mwh) / 1000.0),
                     delta((r.net_energy_mwh - o.net_energy_mwh) / 1000.0)])
        sw[len(rows) - 1] = style.country_colour(r.country)
    if not rows:
        return []
    return [Heading(translate("ReportCountries", "Changes from the baseline by country and "
                                                 "season"), 2),
            Table([translate("ReportCountries", "Country"),
                   translate("ReportCountries", "ICWC season"),
                   head(translate("ReportCountries", "Withdrawal\nchange"), "Mm³"),
                   head(translate("ReportCountries", "Shortfall\nchange"), "Mm³"),
                   head(translate("ReportCountries", "Generated\nchange"), "GWh"),
                   head(translate("ReportCountries", "Net energy\nchange"), "GWh")],
                  rows, "llrrrr", swatches=sw,
                  note=translate("ReportCountries", "This scenario minus the baseline "
                                                    "({baseline}).").format(
                      baseline=inp.baseline_label))]


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportCountries", "The results hold %n ensemble members; these figures are those "
                                 "of {member}.", None, 1)
