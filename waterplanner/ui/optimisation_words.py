"""The optimisation settings in a planner's words: node names instead of ids, values with
their units (m³/s, Mm³, GWh), seasons with their months.

Plain text only: a caller that puts any of it into rich text escapes it first. No widgets
here, so the words are tested without a window.
"""

from __future__ import annotations

import html
import math
import re
from typing import Any

from waterplanner.model.countries import country_name
from waterplanner.model.nodes import ReservoirNode, RuleKind
from waterplanner.model.objectives import (
    DEFAULT_DEVIATION_WEIGHT,
    DEFAULT_RAMPING_WEIGHT,
    Constraint,
    Objective,
    OptimisationSpec,
)
from waterplanner.model.objectives_document import objective_from_label
from waterplanner.model.scenario import Scenario
from waterplanner.ui.plot_axes import fmt_number
from waterplanner.ui.schematic_labels import short_name

SEASON_WORDS = {"all": "whole year", "winter": "winter (Oct–Mar)", "summer": "summer (Apr–Sep)"}
LIMIT_WORDS = {"dead_storage": "storage stays above dead storage",
               "min_release": "releases at least the minimum release",
               "flood_curve": "storage stays below the flood-control curve",
               "link_capacity": "river reaches carry at most their capacity"}
PER_WORDS = {"total": "in total over the season", "period": "in every period"}
ICWC_SEASON_WORDS = {"all": "every season it has a limit for",
                     "vegetation": "vegetation season (Apr–Sep)",
                     "non_vegetation": "non-vegetation season (Oct–Mar)"}
CARRY_OVER_WORDS = {"soft": "soft (default)", "hard": "hard", "off": "off"}


def tooltip_text(text: str) -> str:
    """Text for a tooltip, shown literally: Qt renders a tooltip that looks like markup as
    rich text, so names such as '<b>x</b>' are escaped and the tooltip made rich text."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


def num(value: float | None) -> str:
    """A value as an engineer writes it: 7 000, 350, 0.001, 2.5e-06."""
    if value is None:
        return "–"
    v = float(value)
    if not math.isfinite(v):
        return "–"
    if abs(v) >= 1000:
        return fmt_number(v, 0 if abs(v - round(v)) < 1e-9 or abs(v) >= 1e5 else 1)
    return f"{v:.4g}"


def node_name(scenario: Scenario, node_id: str, short: bool = False) -> str:
    """The node's display name, or its short form ('Andijan' for 'Andijan (Kempir-Abad)');
    the id when the scenario has no such node."""
    if not scenario.has_node(node_id):
        return node_id
    name = scenario.node(node_id).name
    return short_name(name) if short else name


def node_names(scenario: Scenario, ids: tuple[str, ...] | list[str], empty: str,
               short: bool = False) -> str:
    """'Toktogul, Kayrakkum', or ``empty`` for none."""
    return ", ".join(node_name(scenario, n, short) for n in ids) if ids else empty


_node_name, _node_names = node_name, node_names  # objective_text's inner helpers wrap these



def display_unit(unit: str) -> tuple[float, str]:
    """(factor, unit) a term's natural unit is shown in: MWh as GWh."""
    if unit == "MWh":
        return 1e-3, "GWh"
    if unit == "value":
        return 1.0, "units of value"
    return 1.0, unit


def weight_unit(o: Objective) -> str:
    """What a weight is per: 'per Mm³', 'per MWh'."""
    return f"per {'unit of value' if o.unit == 'value' else o.unit}"


def _season(season: str) -> str:
    return f", {SEASON_WORDS.get(season, season)}" if season != "all" else ""


def _plants(scenario: Scenario, plants: tuple[str, ...], country: str, short: bool) -> str:
    if plants:
        return node_names(scenario, plants, "", short)
    if country:
        return f"{country_name(country)}'s plants"
    return "all plants"


def objective_text(o: Objective, scenario: Scenario, short: bool = False) -> str:
    """'Minimise irrigation shortfall (priority-weighted) of all demands, summer (Apr–Sep)';
    ``short``: short node names (axes, lists)."""
    kind = o.kind
    a: Any = o

    def node_names(scenario: Scenario, ids: tuple[str, ...], empty: str) -> str:
        return _node_names(scenario, ids, empty, short)

    def node_name(scenario: Scenario, node_id: str) -> str:
        return _node_name(scenario, node_id, short)

    if kind == "shortfall":
        text = "Minimise irrigation shortfall" + (" (priority-weighted)" if a.by_priority
                                                   else "")
        who = node_names(scenario, a.demands, "")
        text += f" of {who}" if who else (
            f" in {country_name(a.country)}" if a.country else " of all demands")
    elif kind == "min_flow_deficit":
        text = ("Minimise the deficit below the minimum flows at "
                + node_names(scenario, a.points, "all minimum-flow points"))
    elif kind == "lake_inflow":
        lake = node_name(scenario, a.lake)
        text = (f"Maximise the inflow to {lake}" if a.target_mcm is None else
                f"Minimise the inflow to {lake} below {num(a.target_mcm)} Mm³")
    elif kind == "energy":
        text = "Maximise the hydropower energy of " + _plants(scenario, a.plants, a.country,
                                                              short)
    elif kind == "carryover":
        text = (f"Minimise {node_name(scenario, a.reservoir)}'s end storage below "
                f"{num(a.target_mcm)} Mm³")
    elif kind == "spill":
        text = "Minimise spill at " + node_names(scenario, a.reservoirs, "all reservoirs")
    elif kind == "release_value":
        text = f"Maximise the value of {node_name(scenario, a.reservoir)}'s releases"
    elif kind == "fair_shortfall":
        text = ("Minimise the largest shortage share (fair sharing) among "
                + node_names(scenario, a.demands, "all demands"))
    else:
        text = o.label
    return text + _season(o.season)


def objective_measure(o: Objective, scenario: Scenario, short: bool = True) -> str:
    """What an objective measures, without the verb, for an axis: 'irrigation shortfall
    (priority-weighted) of all demands'."""
    text = objective_text(o, scenario, short)
    for verb in ("Minimise the ", "Maximise the ", "Minimise ", "Maximise "):
        if text.startswith(verb):
            return text[len(verb):]
    return text


SEASON_SHORT = {"winter": "winter", "summer": "summer"}


def axis_text(o: Objective, scenario: Scenario) -> str:
    """A few words for a plot axis: 'irrigation shortfall', 'inflow to North Aral Sea',
    'energy of Toktogul, winter' (short node names; the sense and details are in the
    caption)."""
    a: Any = o
    kind = o.kind
    if kind == "shortfall":
        who = node_names(scenario, a.demands, "", True) or (country_name(a.country)
                                                            if a.country else "")
        text = "irrigation shortfall" + (f" of {who}" if who else "")
    elif kind == "min_flow_deficit":
        text = "minimum-flow deficit" + (f" at {node_names(scenario, a.points, '', True)}"
                                         if a.points else "")
    elif kind == "lake_inflow":
        lake = node_name(scenario, a.lake, True)
        text = f"inflow to {lake}" if a.target_mcm is None else \
            f"{lake} inflow below {num(a.target_mcm)}"
    elif kind == "energy":
        who = node_names(scenario, a.plants, "", True) or (country_name(a.country)
                                                           if a.country else "")
        text = "energy" + (f" of {who}" if who else "")
    elif kind == "carryover":
        text = f"{node_name(scenario, a.reservoir, True)} end storage deficit"
    elif kind == "spill":
        text = "spill"
    elif kind == "release_value":
        text = f"value of {node_name(scenario, a.reservoir, True)} releases"
    elif kind == "fair_shortfall":
        who = node_names(scenario, a.demands, "", True)
        text = "largest shortage share" + (f" of {who}" if who else "")
    else:
        text = o.label
    return text + (f", {SEASON_SHORT[o.season]}" if o.season in SEASON_SHORT else "")


def constraint_text(c: Constraint, scenario: Scenario) -> str:
    """'Toktogul: release at least 180 m³/s, winter (Oct–Mar)'."""
    kind = c.kind
    a: Any = c
    res = node_name(scenario, a.reservoir) if hasattr(a, "reservoir") else ""
    if kind == "end_storage":
        level = "its start storage" if a.at_least_start else f"{num(a.min_mcm)} Mm³"
        return f"{res}: end storage at least {level}"
    if kind == "operating_minimum":
        return f"{res}: storage at least {num(a.min_mcm)} Mm³ in every period"
    if kind == "ramping":
        if a.max_change_m3s is not None:
            return (f"{res}: release changes by at most {num(a.max_change_m3s)} m³/s from one "
                    "period to the next")
        return f"{res}: release changes by at most {num(a.max_change_mcm)} Mm³ per period"
    if kind == "release_bounds":
        parts = []
        if a.min_m3s is not None and a.max_m3s is not None:
            parts.append(f"between {num(a.min_m3s)} and {num(a.max_m3s)} m³/s")
        elif a.min_m3s is not None:
            parts.append(f"at least {num(a.min_m3s)} m³/s")
        elif a.max_m3s is not None:
            parts.append(f"at most {num(a.max_m3s)} m³/s")
        if a.min_mcm is not None or a.max_mcm is not None:
            parts.append("within its planned bounds per period (Mm³)")
        return f"{res}: release " + " and ".join(parts) + _season(c.season)
    if kind == "min_energy":
        return (f"Energy of {_plants(scenario, a.plants, a.country, False)} at least "
                f"{num(a.min_mwh / 1000.0)} GWh {PER_WORDS.get(a.per, a.per)}"
                + _season(c.season))
    if kind == "lake_inflow":
        return (f"Inflow to {node_name(scenario, a.lake)} at least {num(a.min_mcm)} Mm³"
                + _season(c.season))
    if kind == "rule_curve":
        bounds = " and ".join(w for w, v in (("lowest", a.min_mcm), ("highest", a.max_mcm))
                              if v is not None)
        return f"{res}: storage within its rule curve ({bounds} per period, Mm³)"
    if kind == "limit":
        return "Network: " + LIMIT_WORDS.get(a.limit, a.limit)
    if kind == "country_limit":
        return (f"{country_name(a.country)}: withdrawals at most its ICWC limit in "
                f"{ICWC_SEASON_WORDS.get(a.season, a.season)}, each water year")
    return c.label


def constraint_type(c: Constraint) -> str:
    """'hard', or 'soft: 10 per Mm³'."""
    return "hard" if c.hard else f"soft: {num(c.penalty)} per {c.unit}"


def label_objective(label: str, spec: OptimisationSpec) -> Objective | None:
    """The objective a trade-off label stands for: the scenario's own by name, else the
    short form ``kind[:node,node][:season]``; None when it is neither."""
    for o in spec.objectives:
        if o.label == label:
            return o
    try:
        return objective_from_label(label)
    except ValueError:
        return None


RISK_WORDS = re.compile(r"^(mean|cvar(\d+(?:\.\d+)?)):(.+)$")
"""A risk axis label: ``mean:<objective>`` or ``cvar<level>:<objective>``."""


def label_text(label: str, scenario: Scenario, spec: OptimisationSpec, short: bool = True
               ) -> str:
    """A trade-off objective label in words ('Minimise irrigation shortfall … , summer');
    a risk axis says its measure first ('CVaR 90 % of the members: Minimise …')."""
    m = RISK_WORDS.match(label)
    if m is not None:
        what = "Mean of the members" if m.group(1) == "mean" else \
            f"CVaR {m.group(2)} % of the members"
        return f"{what}: {label_text(m.group(3), scenario, spec, short)}"
    o = label_objective(label, spec)
    return objective_text(o, scenario, short) if o is not None else label


def schedule_reservoirs(scenario: Scenario) -> list[str]:
    """The reservoirs the optimiser decides when the scenario does not name them: those
    released on a schedule without a buffer zone. The others follow their operating rule
    (guide curve, demand-following, a buffer zone's cut), as the optimiser does."""
    return [n.id for n in scenario.nodes if isinstance(n, ReservoirNode)
            and n.rule.kind is RuleKind.SCHEDULE and n.rule.buffer_mcm is None]


def decided_reservoirs(scenario: Scenario, spec: OptimisationSpec) -> list[str]:
    """The reservoirs whose releases the next run decides."""
    if spec.decision_reservoirs is not None:
        return list(spec.decision_reservoirs)
    return schedule_reservoirs(scenario)


def decision_text(scenario: Scenario, spec: OptimisationSpec) -> str:
    """Which reservoirs the optimiser decides."""
    if spec.decision_reservoirs is not None:
        return node_names(scenario, spec.decision_reservoirs, "none")
    every = [n.id for n in scenario.nodes if isinstance(n, ReservoirNode)]
    decided = schedule_reservoirs(scenario)
    if decided == every:
        return "all reservoirs"
    ruled = [r for r in every if r not in decided]
    return (f"{node_names(scenario, decided, 'none')} (every reservoir on a schedule; "
            f"{node_names(scenario, ruled, '')} follow{'s' if len(ruled) == 1 else ''} "
            "the operating rule)")


def defaults_preview(scenario: Scenario, spec: OptimisationSpec) -> list[str]:
    """The protective defaults the next run will apply, one sentence each: carry-over
    (soft unless the scenario says otherwise) and regularisation."""
    decided = decided_reservoirs(scenario, spec)
    own = [r for r in decided if spec.states_end_storage(r)]
    guarded = [r for r in decided if not spec.states_end_storage(r)]
    co = spec.carry_over
    if co.mode == "off":
        carry = ("Carry-over off: the reservoirs may end the horizon emptier than they start "
                 "(the scenario says so).")
    elif not guarded:
        carry = "No default carry-over: every reservoir decided states its own end storage."
    else:
        names = node_names(scenario, guarded, "")
        if co.mode == "hard":
            carry = (f"Carry-over, hard: {names} must end the horizon with at least their "
                     "start storage.")
        else:
            cost = (f"{num(co.penalty)} objective units" if co.penalty is not None else
                    "ten times the most a Mm³ of water is worth in the objective")
            carry = (f"Carry-over, soft{' (default)' if co.penalty is None else ''}: {names} "
                     "should end the horizon with at least their start storage; each Mm³ "
                     "below both the start and what the current schedule leaves costs "
                     f"{cost}.")
    if own:
        carry += f" Own end-storage requirement at {node_names(scenario, own, '')}."
    reg = spec.regularisation
    if not reg.active:
        regular = ("Regularisation off: among equally good schedules any may come out, "
                   "however far from the current schedule or uneven.")
    else:
        default = (reg.deviation == DEFAULT_DEVIATION_WEIGHT
                   and reg.ramping == DEFAULT_RAMPING_WEIGHT)
        regular = (f"Regularisation{' (default)' if default else ''}: among equally good "
                   "schedules, the one closest to the current schedule "
                   f"({reg.deviation:.2g} per Mm³ of deviation) and smoothest from period to "
                   f"period ({reg.ramping:.2g} per Mm³ of change), relative to the "
                   "objective scale: it breaks ties and never costs a real improvement.")
    return [carry, regular]
