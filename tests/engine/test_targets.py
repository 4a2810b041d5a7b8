"""Release targets a reservoir cannot follow are found, with the reason."""

from __future__ import annotations

from dataclasses import replace

from waterplanner.engine.simulate import simulate
from waterplanner.engine.targets import unmet_targets
from waterplanner.model.fileio import load_shipped_scenario


def _with_release_m3s(s, rid: str, period: int, m3s: float):
    rel = list(s.release_schedules[rid])
    rel[period] = m3s * s.time.seconds[period] / 1e6
    return s.with_schedule(rid, rel)


def test_a_target_beyond_the_water_above_dead_storage_is_reported_as_such() -> None:
    s = load_shipped_scenario()
    tok = s.node("toktogul")
    s = s.with_node(replace(tok, initial_storage_mcm=tok.dead_storage_mcm + 50.0,
                            operating_minimum_mcm=None))
    s = _with_release_m3s(s, "toktogul", 4, 1607.0)
    r = simulate(s)
    found = [u for u in unmet_targets(r) if u.reservoir_id == "toktogul" and u.period == 4]
    assert len(found) == 1
    u = found[0]
    assert u.reason == "dead_storage" and u.short
    text = u.message(r, "m3s")
    assert text.startswith(f"{tok.name}, {s.time.label(4)}: target 1 607 m³/s, released ")
    assert text.endswith("storage at dead level")
    assert "Mm³" in u.message(r, "mcm")


def test_a_target_above_the_maximum_release_names_the_limit() -> None:
    s = load_shipped_scenario()
    tok = s.node("toktogul")
    s = s.with_node(replace(tok, max_release_m3s=900.0))
    s = _with_release_m3s(s, "toktogul", 3, 1200.0)
    r = simulate(s)
    u = next(u for u in unmet_targets(r) if u.reservoir_id == "toktogul" and u.period == 3)
    assert u.reason == "max_release"
    assert "above the maximum release of 900 m³/s" in u.message(r)


def test_a_target_below_the_minimum_release_is_reported_and_followable_targets_are_not() -> None:
    s = load_shipped_scenario()
    tok = s.node("toktogul")
    s = s.with_node(replace(tok, min_release_m3s=150.0))
    s = _with_release_m3s(s, "toktogul", 2, 100.0)
    r = simulate(s)
    toks = [u for u in unmet_targets(r) if u.reservoir_id == "toktogul"]
    below = [t for t, v in enumerate(s.time.mcm_to_m3s(s.release_schedules["toktogul"]))
             if v < 150.0 - 1e-6]
    assert 2 in below
    assert [(u.period, u.reason) for u in toks] == [(t, "min_release") for t in below]
    assert not any(u.short for u in toks)
