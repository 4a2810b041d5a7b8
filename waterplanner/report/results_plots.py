"""The report's "Results over time" section: storage (with the rules' guide curves and
operating minima), releases, deliveries against demands, energy and the terminal lake, as
vector plots with the baseline overlaid when it is comparable."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from waterplanner.i18n import translate
from waterplanner.i18n.units import unit
from waterplanner.model.nodes import DemandNode, ReservoirNode, RuleKind, TerminalLakeNode
from waterplanner.report import style
from waterplanner.report.flow import Block, Ctx, Figure, Heading, Paragraph
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import (
    node_title,
    short_name,
)
from waterplanner.report.plots import HLine, Legend, LegendEntry, Line, Panel, draw_grid

PANEL_HEIGHT_PT = 138.0
PANELS_PER_FIGURE = 8
"""A figure is at most four rows of two panels, so it fits on one page."""


def comparable(inp: ReportInputs) -> bool:
    b = inp.baseline
    return b is not None and b.time == inp.results.time


def _base_series(inp: ReportInputs, quantity: str, node_id: str) -> np.ndarray | None:
    if not comparable(inp):
        return None
    assert inp.baseline is not None
    if node_id not in inp.baseline.node_ids:
        return None
    return inp.base_series(quantity, node_id)


def _figures(inp: ReportInputs, panels: list[Panel], legend: list[LegendEntry],
             caption: str) -> list[Block]:
    out: list[Block] = []
    axis = inp.time
    for k in range(0, len(panels), PANELS_PER_FIGURE):
        chunk = panels[k:k + PANELS_PER_FIGURE]
        rows = (len(chunk) + 1) // 2

        def paint(ctx: Ctx, p: QPainter, r: QRectF, chunk: list[Panel] = chunk) -> None:
            draw_grid(ctx, p, r, chunk, axis, 2)
        last = k + PANELS_PER_FIGURE >= len(panels)
        out += [Legend(legend), Figure(rows * PANEL_HEIGHT_PT, paint, caption if last else "")]
    return out


def _legend(inp: ReportInputs, *extra: LegendEntry, baseline: bool = True,
            kind: str = "line") -> list[LegendEntry]:
    if not inp.time.aggregated:
        what = translate("ReportPlots", "this scenario (country colour)")
    elif inp.time.unit == "month":
        what = translate("ReportPlots", "this scenario (country colour), by month")
    else:
        what = translate("ReportPlots", "this scenario (country colour), by water year")
    entries: list[LegendEntry] = [(kind, style.ACCENT, what)]
    if baseline and comparable(inp):
        entries.append(("dash", style.BASELINE, translate("ReportPlots", "baseline")))
    entries += list(extra)
    if inp.time.shaded:
        entries.append(("shade", style.SUMMER_SHADE, translate("ReportPlots", "summer (Apr–Sep)")))
    return entries


def _storage_panels(inp: ReportInputs, reservoirs: list[ReservoirNode],
                    countries: list[str]) -> list[Panel]:
    r, axis = inp.results, inp.time
    panels = []
    for n in reservoirs:
        colour = style.country_colour(n.country, countries)
        lines = []
        base = _base_series(inp, "storage_mcm", n.id)
        if base is not None and inp.baseline is not None:
            start = float(inp.baseline.storage_with_initial(n.id, inp.base_member)[0])
            lines.append(Line(axis.with_start(start, base), colour, dashed=True, at="boundary"))
        start = float(r.storage_with_initial(n.id, inp.member)[0])
        lines.append(Line(axis.with_start(start, inp.series("storage_mcm", n.id)), colour,
                          at="boundary"))
        if n.rule.kind is RuleKind.GUIDE_CURVE and n.rule.guide_curve_mcm is not None:
            lines.append(Line(axis.with_start(start, np.asarray(n.rule.guide_curve_mcm)),
                              GUIDE_CURVE_COLOUR, dashed=True, width_pt=1.0, at="boundary"))
        hlines = [HLine(n.capacity_mcm, translate("ReportPlots", "capacity"), style.AXIS, "dot"),
                  HLine(n.dead_storage_mcm, translate("ReportPlots", "dead storage"), style.MUTED,
                        "dashdot")]
        if n.floor_mcm > n.dead_storage_mcm:
            hlines.append(HLine(n.floor_mcm, translate("ReportPlots", "operating minimum"),
                                OPERATING_MINIMUM_COLOUR, "dashdotdot"))
        panels.append(Panel(node_title(n), unit("Mm³"), lines, hlines))
    return panels


GUIDE_CURVE_COLOUR = style.OKABE_ITO["bluish_green"]
OPERATING_MINIMUM_COLOUR = style.OKABE_ITO["reddish_purple"]


def _zone_legend(reservoirs: list[ReservoirNode]) -> list[LegendEntry]:
    """Legend entries for the guide curves and operating minima the storage plots show."""
    out: list[LegendEntry] = []
    if any(n.rule.kind is RuleKind.GUIDE_CURVE for n in reservoirs):
        out.append(("dash", GUIDE_CURVE_COLOUR, translate("ReportPlots", "guide curve (target)")))
    if any(n.floor_mcm > n.dead_storage_mcm for n in reservoirs):
        out.append(("dashdotdot", OPERATING_MINIMUM_COLOUR,
                    translate("ReportPlots", "operating minimum")))
    return out


def _captions(unit_: str) -> dict[str, str]:
    """The figures' captions for a time axis of periods, months or water years."""
    if unit_ == "month":
        return {
            "storage": translate("ReportPlots", "Storage at the end of each month (the first "
                                                "point is the initial storage), with the "
                                                "capacity and the dead storage"),
            "release": translate("ReportPlots", "Mean release over each month in {unit}"),
            "delivery": translate("ReportPlots", "Delivery (country colour) against demand (thin "
                                                 "black) per month; the gap is the shortfall."),
            "energy": translate("ReportPlots", "Energy generated in each month, {unit}."),
            "lake": translate("ReportPlots", "Lake level at the end of each month with the level "
                                             "of the outflow crest; inflow per month.")}
    if unit_ == "year":
        return {
            "storage": translate("ReportPlots", "Storage at the end of each water year (the "
                                                "first point is the initial storage), with the "
                                                "capacity and the dead storage"),
            "release": translate("ReportPlots", "Mean release over each water year in {unit}"),
            "delivery": translate("ReportPlots", "Delivery (country colour) against demand (thin "
                                                 "black) per water year; the gap is the "
                                                 "shortfall."),
            "energy": translate("ReportPlots", "Energy generated in each water year, {unit}."),
            "lake": translate("ReportPlots", "Lake level at the end of each water year with the "
                                             "level of the outflow crest; inflow per water "
                                             "year.")}
    return {
        "storage": translate("ReportPlots", "Storage at the end of each period (the first point "
                                            "is the initial storage), with the capacity and the "
                                            "dead storage"),
        "release": translate("ReportPlots", "Mean release over each period in {unit}"),
        "delivery": translate("ReportPlots", "Delivery (country colour) against demand (thin "
                                             "black) per period; the gap is the shortfall."),
        "energy": translate("ReportPlots", "Energy generated in each period, {unit}."),
        "lake": translate("ReportPlots", "Lake level at the end of each period with the level of "
                                         "the outflow crest; inflow per period.")}


def plots_section(inp: ReportInputs) -> list[Block]:
    """Storage, releases, deliveries vs demands, energy and lake level, as vector plots."""
    r = inp.results
    scn = inp.scenario
    axis = inp.time
    tb = r.time
    countries = sorted({n.country for n in scn.nodes if n.country})
    captions = _captions(axis.unit)
    out: list[Block] = [Heading(translate("ReportPlots", "Results over time"))]
    if axis.aggregated:
        out.append(Paragraph(axis.describe(), "small", style.MUTED))
    if inp.is_ensemble:
        out.append(Paragraph(translate("ReportPlots", "Every plot shows {member} of the inflow "
                                                      "ensemble; 'Risk over the inflow ensemble' "
                                                      "draws all the members.").format(
                                 member=inp.member_words), "small", style.MUTED))
    if comparable(inp):
        out.append(Paragraph(translate("ReportPlots", "The baseline ({baseline}) is drawn dashed "
                                                      "and grey on every plot.").format(
                                 baseline=inp.baseline_label), "small", style.MUTED))
    elif inp.baseline is not None:
        out.append(Paragraph(translate("ReportPlots", "The baseline has a different time base "
                                                      "and is not overlaid."),
                             "small", style.MUTED))
    reservoirs = [n for n in scn.nodes if isinstance(n, ReservoirNode)]

    panels = _storage_panels(inp, reservoirs, countries)
    if panels:
        out += [Heading(translate("ReportPlots", "Storage"), 2)] + _figures(
            inp, panels, _legend(inp, ("dot", style.AXIS, translate("ReportPlots", "capacity")),
                                 ("dashdot", style.MUTED, translate("ReportPlots", "dead storage")),
                                 *_zone_legend(reservoirs)),
            captions["storage"]
            + (translate("ReportPlots", ", and the operating rules' guide curves and operating "
                                        "minima.") if _zone_legend(reservoirs) else "."))

    panels = []
    spilled = False
    for n in reservoirs:
        colour = style.country_colour(n.country, countries)
        lines = []
        base = _base_series(inp, "release_mcm", n.id)
        if base is not None:
            lines.append(Line(axis.mean_flow(tb.mcm_to_m3s(base)), colour, dashed=True))
        lines.append(Line(axis.mean_flow(tb.mcm_to_m3s(inp.series("release_mcm", n.id))), colour))
        spill = inp.series("spill_mcm", n.id)
        if spill.max(initial=0.0) > 1e-6:
            spilled = True
            lines.append(Line(axis.mean_flow(tb.mcm_to_m3s(spill)), style.SPILL, width_pt=0.9))
        panels.append(Panel(node_title(n), unit("m³/s"), lines,
                            empty_text=translate("ReportPlots", "no release")))
    if panels:
        extra = (("line", style.SPILL, translate("ReportPlots", "spill")),) if spilled else ()
        out += [Heading(translate("ReportPlots", "Releases"), 2)] + _figures(
            inp, panels, _legend(inp, *extra),
            captions["release"].format(unit=unit("m³/s")) +
            (translate("ReportPlots", " (spill, where any, in purple).") if spilled else "."))

    panels = []
    short = False
    for node in scn.nodes:
        if not isinstance(node, DemandNode):
            continue
        colour = style.country_colour(node.country, countries)
        dem = axis.total(inp.series("demand_mcm", node.id))
        dlv = axis.total(inp.series("delivery_mcm", node.id))
        lines = []
        base = _base_series(inp, "delivery_mcm", node.id)
        if base is not None:
            lines.append(Line(axis.total(base), colour, dashed=True))
        lines += [Line(dem, style.AXIS, width_pt=0.8), Line(dlv, colour)]
        panels.append(Panel(node_title(node), unit("Mm³"), lines, shortfall=(dem, dlv),
                            empty_text=translate("ReportPlots", "no demand")))
        short = short or bool(np.any(dem - dlv > 1e-9 * np.maximum(1.0, dem)))
    if panels:
        gap = (("area", style.SHORTFALL, translate("ReportPlots", "shortfall")),) if short else ()
        out += [Heading(translate("ReportPlots", "Deliveries and demands"), 2)] + _figures(
            inp, panels, _legend(inp, ("line", style.AXIS, translate("ReportPlots", "demand")),
                                 *gap),
            captions["delivery"])

    panels = []
    for n in reservoirs:
        if n.hydropower is None:
            continue
        colour = style.country_colour(n.country, countries)
        lines = [Line(axis.total(inp.series("energy_mwh", n.id)) / 1000.0, colour, bars=True)]
        base = _base_series(inp, "energy_mwh", n.id)
        if base is not None:
            lines.append(Line(axis.total(base) / 1000.0, colour, dashed=True))
        panels.append(Panel(node_title(n), unit("GWh"), lines,
                            empty_text=translate("ReportPlots", "no generation")))
    if panels:
        out += [Heading(translate("ReportPlots", "Energy"), 2)] + _figures(
            inp, panels, _legend(inp, kind="bar"), captions["energy"].format(unit=unit("GWh")))

    panels = []
    for node in scn.nodes:
        if not isinstance(node, TerminalLakeNode):
            continue
        colour = style.country_colour(node.country, countries)
        start = float(node.lav.level_at(node.initial_storage_mcm))
        lines = []
        base = _base_series(inp, "level_m", node.id)
        if base is not None:
            lines.append(Line(axis.with_start(start, base), colour, dashed=True, at="boundary"))
        lines.append(Line(axis.with_start(start, inp.series("level_m", node.id)), colour,
                          at="boundary"))
        panels.append(Panel(node_title(node), unit("m a.s.l."), lines,
                            [HLine(node.crest_level_m, translate("ReportPlots", "crest"),
                                   style.AXIS, "dot")],
                            zero_based=False))
        lines = []
        base = _base_series(inp, "inflow_mcm", node.id)
        if base is not None:
            lines.append(Line(axis.total(base), colour, dashed=True))
        lines.append(Line(axis.total(inp.series("inflow_mcm", node.id)), colour))
        panels.append(Panel(translate("ReportPlots", "Inflow to {lake}").format(
                                lake=short_name(node.name)), unit("Mm³"), lines,
                            empty_text=translate("ReportPlots", "no inflow")))
    if panels:
        out += [Heading(translate("ReportPlots", "Terminal lake"), 2)] + _figures(
            inp, panels, _legend(inp, ("dot", style.AXIS, translate("ReportPlots",
                                                                    "outflow crest"))),
            captions["lake"])
    if not any(isinstance(b, Figure) for b in out):
        return []  # nothing to plot: no reservoir, demand, plant or lake
    return out


# --- tables by period ----------------------------------------------------------------
