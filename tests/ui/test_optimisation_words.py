"""The optimisation settings and results in words: names, units, defaults, and the same
before → after figures the command line prints."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from waterplanner.cli.optimize_cmd import format_comparison
from waterplanner.engine import simulate, summarize
from waterplanner.engine.comparison import compare_summaries
from waterplanner.engine.optimise.context import make_context
from waterplanner.engine.optimise.defaults import carry_over_reservoirs
from waterplanner.model.nodes import OperatingRule
from waterplanner.model.objectives import (
    REGULARISATION_OFF,
    CarryOver,
    EndStorage,
    Energy,
    LakeInflow,
    MinEnergy,
    Regularisation,
    Shortfall,
)
from waterplanner.model.objectives_document import optimisation_spec
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.optimisation_words import (
    axis_text,
    constraint_text,
    decision_text,
    defaults_preview,
    label_text,
    objective_text,
    tooltip_text,
)
from waterplanner.ui.optimiser_result import comparison_rows


@pytest.fixture(scope="module")
def syr():
    return default_scenario()


def _numbers(text: str) -> list[float]:
    return [float(x.replace("−", "-")) for x in
            re.findall(r"[−+-]?\d+(?:\.\d+)?", text.replace("\u2009", ""))]


def test_the_before_after_table_shows_the_numbers_the_command_line_prints(syr):
    changed = syr.with_schedule("toktogul", tuple(v * 1.3 for v in syr.release_schedules[
        "toktogul"]))
    c = compare_summaries(summarize(simulate(syr)), summarize(simulate(changed)))
    rows = comparison_rows(c)
    cli = format_comparison(c)
    body = {r.label: r for r in rows if not r.heading}
    end_rows = rows[1:1 + len(c.reservoirs)]
    lowest_rows = rows[2 + len(c.reservoirs):2 + 2 * len(c.reservoirs)]
    for r, end, low in zip(c.reservoirs, end_rows, lowest_rows):
        line = next(ln for ln in cli if ln.strip().startswith(r.name[:26].strip()))
        _start, end_b, end_a, low_b, low_a = _numbers(line.split(r.name[:26].strip())[1])[:5]
        assert _numbers(end.before + " " + end.after) == [end_b, end_a]
        assert _numbers(low.before + " " + low.after) == [low_b, low_a]
    kg = next(ln for ln in cli if ln.strip().startswith("KG "))
    w_b, w_a, w_pct, s_b, s_a, s_pct = _numbers(kg)
    winter = body["Kyrgyzstan, winter (Oct–Mar)"]
    assert _numbers(f"{winter.before} {winter.after} {winter.change}") == [w_b, w_a, w_pct]
    summer = body["Kyrgyzstan, summer (Apr–Sep)"]
    assert _numbers(f"{summer.before} {summer.after} {summer.change}") == [s_b, s_a, s_pct]
    short = next(ln for ln in cli if "Irrigation shortfall" in ln)
    row = body["Irrigation shortfall"]
    assert _numbers(f"{row.before} {row.after}") == _numbers(short)
    lake = next(ln for ln in cli if "Terminal-lake inflow" in ln)
    row = body["Terminal-lake inflow"]
    assert _numbers(f"{row.before} {row.after}") == _numbers(lake)


def test_a_reservoir_newly_drawn_to_dead_storage_is_marked(syr):
    # Kayrakkum (put back on its schedule: it ships on a guide curve) released twice as fast
    # reaches dead storage; Andijan is there already
    syr = syr.with_node(replace(syr.node("kayrakkum"), rule=OperatingRule()))
    drained = syr.with_schedule("kayrakkum", tuple(
        v * 2 for v in syr.release_schedules["kayrakkum"]))
    c = compare_summaries(summarize(simulate(syr)), summarize(simulate(drained)))
    rows = comparison_rows(c)
    lowest = rows[rows.index(next(r for r in rows if r.label == "Lowest storage (Mm³)")):]
    kayrakkum = next(r for r in lowest if r.label.startswith("Kayrakkum"))
    assert kayrakkum.warning == "now reaches dead storage, 868 Mm³"
    assert not next(r for r in lowest if r.label.startswith("Andijan")).warning
    end = next(r for r in rows if r.label.startswith("Kayrakkum"))
    assert end.warning.startswith("ends lower than before and below its start storage")
    assert not next(r for r in rows if r.label == "Toktogul").warning


def test_objectives_and_requirements_use_names_and_units(syr):
    assert objective_text(Shortfall(demands=("hungry_steppe",), season="summer"), syr) == \
        "Minimise irrigation shortfall (priority-weighted) of Hungry Steppe, " \
        "summer (Apr–Sep)"
    assert objective_text(LakeInflow(lake="north_aral", target_mcm=2450), syr, short=True) == \
        "Minimise the inflow to North Aral Sea below 2\u2009450 Mm³"
    assert constraint_text(MinEnergy(country="KG", season="winter", per="total",
                                     min_mwh=2.5e6), syr) == \
        "Energy of Kyrgyzstan's plants at least 2\u2009500 GWh in total over the season, " \
        "winter (Oct–Mar)"
    assert constraint_text(EndStorage(reservoir="toktogul", at_least_start=True), syr) == \
        "Toktogul: end storage at least its start storage"
    assert axis_text(Energy(plants=("andijan",), season="winter"), syr) == \
        "energy of Andijan, winter"
    spec = optimisation_spec(syr)
    assert label_text("shortfall:tashkent", syr, spec) == \
        "Minimise irrigation shortfall (priority-weighted) of Tashkent oasis"
    assert label_text("no_such_label", syr, spec) == "no_such_label"


def test_the_defaults_preview_follows_the_section(syr):
    spec = optimisation_spec(syr)
    carry, reg = defaults_preview(syr, spec)
    # the reservoirs on a schedule; Kayrakkum, Shardara (guide curves) and Koksaray
    # (demand-following) follow their rules and are no decisions
    assert carry.startswith("Carry-over, soft (default): Toktogul, Andijan (Kempir-Abad), "
                            "Charvak should end")
    assert decision_text(syr, spec) == (
        "Toktogul, Andijan (Kempir-Abad), Charvak (every reservoir on a schedule; Kayrakkum "
        "(Bahri Tojik), Shardara (Chardara), Koksaray counter-regulator follow the operating "
        "rule)")
    scheduled = syr
    for rid in ("kayrakkum", "shardara", "koksaray"):
        scheduled = scheduled.with_node(replace(scheduled.node(rid), rule=OperatingRule()))
    carry, _ = defaults_preview(scheduled, spec)
    assert carry.startswith("Carry-over, soft (default): Toktogul, Andijan (Kempir-Abad), "
                            "Charvak, Kayrakkum (Bahri Tojik), Shardara (Chardara), Koksaray "
                            "counter-regulator should end")
    assert decision_text(scheduled, spec) == "all reservoirs"
    buffered = syr.node("toktogul")
    buffered = replace(buffered, rule=OperatingRule(
        buffer_mcm=(7000.0,) * syr.time.periods, buffer_release_m3s=200.0))
    carry, _ = defaults_preview(syr.with_node(buffered), spec)
    assert carry.startswith("Carry-over, soft (default): Andijan (Kempir-Abad), Charvak should")
    carry, reg = defaults_preview(syr, spec)
    # the same reservoirs the optimiser's carry-over applies to
    ctx = make_context(syr, spec, None)
    guarded = [syr.node(ctx.net.node_ids[i]).name for i in carry_over_reservoirs(ctx)]
    assert carry.startswith(f"Carry-over, soft (default): {', '.join(guarded)} should end")
    assert reg.startswith("Regularisation (default): among equally good schedules, the one "
                          "closest to the current schedule")
    own = replace(spec, constraints=(EndStorage(reservoir="toktogul", min_mcm=12000),),
                  carry_over=CarryOver(mode="soft", penalty=5.0),
                  regularisation=Regularisation(deviation=1e-5, ramping=1e-6))
    carry, reg = defaults_preview(syr, own)
    assert "Toktogul," not in carry and "costs 5 objective units" in carry
    assert carry.endswith("Own end-storage requirement at Toktogul.")
    assert reg.startswith("Regularisation: among") and "1e-05 per Mm³ of deviation" in reg
    off = replace(spec, carry_over=CarryOver(mode="off"), regularisation=REGULARISATION_OFF)
    carry, reg = defaults_preview(syr, off)
    assert carry.startswith("Carry-over off") and reg.startswith("Regularisation off")


def test_tooltips_show_markup_literally():
    assert tooltip_text("<b>x</b>\n=HYPERLINK(\"a\")") == \
        "<p style='white-space:pre-wrap'>&lt;b&gt;x&lt;/b&gt;<br>=HYPERLINK(&quot;a&quot;)</p>"
    assert tooltip_text("") == ""
