"""The report's section "Comparison with the baseline": this scenario against the baseline's
results, as changes (this scenario minus the baseline) of the headline numbers, by country and
by demand."""

from __future__ import annotations

from waterplanner.engine.countries_summary import countries_summary
from waterplanner.engine.summary import Summary
from waterplanner.i18n import translate
from waterplanner.i18n.units import unit
from waterplanner.report import style
from waterplanner.report.countries_section import country_cell, country_lines
from waterplanner.report.flow import Block, Heading, Paragraph, Table
from waterplanner.report.formatting import delta, fill_note, head, km3, num
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import short_name
from waterplanner.report.results_plots import comparable


def _headline_rows(s: Summary, b: Summary) -> list[list[str]]:
    """Delivered water, shortfall, energy, the lakes and each reservoir's end state."""
    km3_, gwh = unit("km³"), unit("GWh")
    rows = [[translate("ReportComparison", "Water delivered, {unit}").format(unit=km3_),
             km3(s.delivery_mcm), km3(b.delivery_mcm),
             delta((s.delivery_mcm - b.delivery_mcm) / 1000, 2)],
            [translate("ReportComparison", "Shortfall, %"), num(s.shortfall_pct, 1),
             num(b.shortfall_pct, 1), delta(s.shortfall_pct - b.shortfall_pct, 1)],
            [translate("ReportComparison", "Energy, {unit}").format(unit=gwh), num(s.energy_gwh),
             num(b.energy_gwh), delta(s.energy_gwh - b.energy_gwh)],
            [translate("ReportComparison", "Winter energy, {unit}").format(unit=gwh),
             num(s.winter_energy_gwh), num(b.winter_energy_gwh),
             delta(s.winter_energy_gwh - b.winter_energy_gwh)],
            [translate("ReportComparison", "Summer energy, {unit}").format(unit=gwh),
             num(s.summer_energy_gwh), num(b.summer_energy_gwh),
             delta(s.summer_energy_gwh - b.summer_energy_gwh)]]
    blakes = {lk.node_id: lk for lk in b.lakes}
    for lk in s.lakes:
        bl = blakes.get(lk.node_id)
        if bl is None:
            continue
        name = short_name(lk.name)
        rows += [[translate("ReportComparison", "Inflow to {lake}, {unit}").format(
                      lake=name, unit=km3_), km3(lk.inflow_mcm), km3(bl.inflow_mcm),
                  delta((lk.inflow_mcm - bl.inflow_mcm) / 1000, 2)],
                 [translate("ReportComparison", "{lake} end level, {unit}").format(
                      lake=name, unit=unit("m")), num(lk.end_level_m, 2),
                  num(bl.end_level_m, 2), delta(lk.end_level_m - bl.end_level_m, 2)]]
    bres = {x.node_id: x for x in b.reservoirs}
    for rv in s.reservoirs:
        br = bres.get(rv.node_id)
        if br is not None:
            name = short_name(rv.name)
            rows.append([translate("ReportComparison", "{reservoir} end storage, {unit}").format(
                             reservoir=name, unit=km3_), km3(rv.end_storage_mcm),
                         km3(br.end_storage_mcm),
                         delta((rv.end_storage_mcm - br.end_storage_mcm) / 1000, 2)])
            rows.append([translate("ReportComparison", "{reservoir} end fill (active), %").format(
                             reservoir=name), num(rv.end_fill_pct),
                         num(br.end_fill_pct), delta(rv.end_fill_pct - br.end_fill_pct)])
    return rows


def comparison_section(inp: ReportInputs) -> list[Block]:
    """Deltas against the baseline: headline, by country, by demand, reservoirs, lake."""
    if inp.baseline is None:
        return []
    s: Summary = inp.summary()
    b: Summary = inp.baseline.summary(inp.base_member)
    out: list[Block] = [
        Heading(translate("ReportComparison", "Comparison with the baseline")),
        Paragraph(translate("ReportComparison", "Baseline: {baseline}. Changes are this scenario "
                                                "minus the baseline.").format(
                      baseline=inp.baseline_label), "body")]
    out.append(Table([translate("ReportComparison", "Headline"),
                      translate("ReportComparison", "This scenario"),
                      translate("ReportComparison", "Baseline"),
                      translate("ReportComparison", "Change")], _headline_rows(s, b), "lrrr",
                     note=fill_note() if s.reservoirs else ""))

    now_c = inp.countries
    bc = {c.code: c for c in country_lines(countries_summary(inp.baseline,
                                                             member=inp.base_member))}
    rows, sw = [], {}
    lines = country_lines(now_c)
    codes = [c.code for c in lines]
    for c in lines:
        o = bc.get(c.code)
        if o is None:
            continue
        rows.append([country_cell(now_c, c.code), km3(c.delivery_mcm),
                     delta((c.delivery_mcm - o.delivery_mcm) / 1000, 2),
                     num(c.shortfall_pct, 1), delta(c.shortfall_pct - o.shortfall_pct, 1),
                     delta(c.winter_gwh - o.winter_gwh), delta(c.summer_gwh - o.summer_gwh)])
        sw[len(rows) - 1] = style.country_colour(c.code, codes)
    out += [Heading(translate("ReportComparison", "Changes by country"), 2),
            Table([translate("ReportComparison", "Country"),
                   head(translate("ReportComparison", "Received"), "km³"),
                   head(translate("ReportComparison", "Change"), "km³"),
                   translate("ReportComparison", "Shortfall\n%"),
                   translate("ReportComparison", "Change\npoints"),
                   head(translate("ReportComparison", "Winter energy\nchange"), "GWh"),
                   head(translate("ReportComparison", "Summer energy\nchange"), "GWh")],
                  rows, "lrrrrrr", swatches=sw)]
    bd = {d.node_id: d for d in b.demands}
    rows = []
    for d in s.demands:
        bdem = bd.get(d.node_id)
        if bdem is None:
            continue
        rows.append([short_name(d.name), d.country or "–", num(d.shortfall_mcm),
                     num(bdem.shortfall_mcm), delta(d.shortfall_mcm - bdem.shortfall_mcm),
                     num(d.shortfall_pct, 1), num(bdem.shortfall_pct, 1)])
    if rows:
        out += [Heading(translate("ReportComparison", "Shortfall by demand"), 2),
                Table([translate("ReportComparison", "Demand"),
                       translate("ReportComparison", "Country"),
                       head(translate("ReportComparison", "Shortfall"), "Mm³"),
                       head(translate("ReportComparison", "Baseline"), "Mm³"),
                       head(translate("ReportComparison", "Change"), "Mm³"),
                       translate("ReportComparison", "Shortfall\n%"),
                       translate("ReportComparison", "Baseline\n%")], rows, "llrrrrr")]
    if comparable(inp):
        out.append(Paragraph(translate("ReportComparison", "The plots in 'Results over time' "
                                                           "overlay the baseline as dashed grey "
                                                           "curves."), "small", style.MUTED))
    return out
