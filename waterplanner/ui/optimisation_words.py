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

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.units import unit as unit_text
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
from waterplanner.ui.figures import general
from waterplanner.ui.plot_axes import fmt_number
from waterplanner.ui.schematic_labels import short_name

SEASON_WORDS: LabelTable[str] = LabelTable("OptimisationWords", {
    "all": QT_TRANSLATE_NOOP("OptimisationWords", "whole year"),
    "winter": QT_TRANSLATE_NOOP("OptimisationWords", "winter (Oct–Mar)"),
    "summer": QT_TRANSLATE_NOOP("OptimisationWords", "summer (Apr–Sep)")})
LIMIT_WORDS: LabelTable[str] = LabelTable("OptimisationWords", {
    "dead_storage": QT_TRANSLATE_NOOP("OptimisationWords", "storage stays above dead storage"),
    "min_release": QT_TRANSLATE_NOOP("OptimisationWords",
                                     "releases at least the minimum release"),
    "flood_curve": QT_TRANSLATE_NOOP("OptimisationWords",
                                     "storage stays below the flood-control curve"),
    "link_capacity": QT_TRANSLATE_NOOP("OptimisationWords",
                                       "river reaches carry at most their capacity")})
PER_WORDS: LabelTable[str] = LabelTable("OptimisationWords", {
    "total": QT_TRANSLATE_NOOP("OptimisationWords", "in total over the season"),
    "period": QT_TRANSLATE_NOOP("OptimisationWords", "in every period")})
ICWC_SEASON_WORDS: LabelTable[str] = LabelTable("OptimisationWords", {
    "all": QT_TRANSLATE_NOOP("OptimisationWords", "every season it has a limit for"),
    "vegetation": QT_TRANSLATE_NOOP("OptimisationWords", "vegetation season (Apr–Sep)"),
    "non_vegetation": QT_TRANSLATE_NOOP("OptimisationWords",
                                        "non-vegetation season (Oct–Mar)")})
CARRY_OVER_WORDS: LabelTable[str] = LabelTable("OptimisationWords", {
    "soft": QT_TRANSLATE_NOOP("OptimisationWords", "soft (default)"),
    "hard": QT_TRANSLATE_NOOP("OptimisationWords", "hard"),
    "off": QT_TRANSLATE_NOOP("OptimisationWords", "off")})
"""The words of the settings' choices, read in the planner's language."""


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
    return general(v, ".4g")


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
        return 1e-3, unit_text("GWh")
    if unit == "value":
        return 1.0, translate("OptimisationWords", "units of value")
    return 1.0, unit_text(unit)


def weight_unit(o: Objective) -> str:
    """What a weight is per: 'per Mm³', 'per MWh'."""
    if o.unit == "value":
        return translate("OptimisationWords", "per unit of value")
    return translate("OptimisationWords", "per {unit}").format(unit=unit_text(o.unit))


def _season(season: str) -> str:
    return f", {SEASON_WORDS.get(season, season)}" if season != "all" else ""


def _plants(scenario: Scenario, plants: tuple[str, ...], country: str, short: bool) -> str:
    if plants:
        return node_names(scenario, plants, "", short)
    if country:
        return translate("OptimisationWords", "{country}'s plants").format(
            country=country_name(country))
    return translate("OptimisationWords", "all plants")


def objective_text(o: Objective, scenario: Scenario, short: bool = False) -> str:
    """'Minimise irrigation shortfall (priority-weighted) of all demands, summer (Apr–Sep)';
    ``short``: short node names (axes, lists)."""
    kind = o.kind
    a: Any = o

    def node_names(scenario: Scenario, ids: tuple[str, ...], empty: str) -> str:
        return _node_names(scenario, ids, empty, short)

    def node_name(scenario: Scenario, node_id: str) -> str:
        return _node_name(scenario, node_id, short)

    mcm = unit_text("Mm³")
    if kind == "shortfall":
        if a.by_priority:
            text = translate("OptimisationWords",
                             "Minimise irrigation shortfall (priority-weighted)")
        else:
            text = translate("OptimisationWords", "Minimise irrigation shortfall")
        who = node_names(scenario, a.demands, "")
        if who:
            text += translate("OptimisationWords", " of {who}").format(who=who)
        elif a.country:
            text += translate("OptimisationWords", " in {country}").format(
                country=country_name(a.country))
        else:
            text += translate("OptimisationWords", " of all demands")
    elif kind == "min_flow_deficit":
        points = node_names(scenario, a.points,
                            translate("OptimisationWords", "all minimum-flow points"))
        text = translate("OptimisationWords",
                         "Minimise the deficit below the minimum flows at {points}").format(
            points=points)
    elif kind == "lake_inflow":
        lake = node_name(scenario, a.lake)
        if a.target_mcm is None:
            text = translate("OptimisationWords", "Maximise the inflow to {lake}").format(
                lake=lake)
        else:
            text = translate("OptimisationWords",
                             "Minimise the inflow to {lake} below {target} {unit}").format(
                lake=lake, target=num(a.target_mcm), unit=mcm)
    elif kind == "energy":
        text = translate("OptimisationWords", "Maximise the hydropower energy of {plants}"
                         ).format(plants=_plants(scenario, a.plants, a.country, short))
    elif kind == "carryover":
        text = translate("OptimisationWords",
                         "Minimise {reservoir}'s end storage below {target} {unit}").format(
            reservoir=node_name(scenario, a.reservoir), target=num(a.target_mcm), unit=mcm)
    elif kind == "spill":
        reservoirs = node_names(scenario, a.reservoirs,
                                translate("OptimisationWords", "all reservoirs"))
        text = translate("OptimisationWords", "Minimise spill at {reservoirs}").format(
            reservoirs=reservoirs)
    elif kind == "release_value":
        text = translate("OptimisationWords", "Maximise the value of {reservoir}'s releases"
                         ).format(reservoir=node_name(scenario, a.reservoir))
    elif kind == "fair_shortfall":
        demands = node_names(scenario, a.demands, translate("OptimisationWords", "all demands"))
        text = translate("OptimisationWords", "Minimise the largest shortage share (fair "
                                              "sharing) among {demands}").format(
            demands=demands)
    else:
        text = o.label
    return text + _season(o.season)


def objective_measure(o: Objective, scenario: Scenario, short: bool = True) -> str:
    """What an objective measures, without the verb, for an axis: 'irrigation shortfall
    (priority-weighted) of all demands'."""
    text = objective_text(o, scenario, short)
    verbs = (translate("OptimisationWords", "Minimise the "),
             translate("OptimisationWords", "Maximise the "),
             translate("OptimisationWords", "Minimise "),
             translate("OptimisationWords", "Maximise "))
    for verb in verbs:
        if text.startswith(verb):
            return text[len(verb):]
    return text


SEASON_SHORT: LabelTable[str] = LabelTable("OptimisationWords", {
    "winter": QT_TRANSLATE_NOOP("OptimisationWords", "winter"),
    "summer": QT_TRANSLATE_NOOP("OptimisationWords", "summer")})


def axis_text(o: Objective, scenario: Scenario) -> str:
    """A few words for a plot axis: 'irrigation shortfall', 'inflow to North Aral Sea',
    'energy of Toktogul, winter' (short node names; the sense and details are in the
    caption)."""
    a: Any = o
    kind = o.kind
    if kind == "shortfall":
        who = node_names(scenario, a.demands, "", True) or (country_name(a.country)
                                                            if a.country else "")
        text = translate("OptimisationWords", "irrigation shortfall of {who}").format(who=who) \
            if who else translate("OptimisationWords", "irrigation shortfall")
    elif kind == "min_flow_deficit":
        if a.points:
            text = translate("OptimisationWords", "minimum-flow deficit at {points}").format(
                points=node_names(scenario, a.points, "", True))
        else:
            text = translate("OptimisationWords", "minimum-flow deficit")
    elif kind == "lake_inflow":
        lake = node_name(scenario, a.lake, True)
        if a.target_mcm is None:
            text = translate("OptimisationWords", "inflow to {lake}").format(lake=lake)
        else:
            text = translate("OptimisationWords", "{lake} inflow below {target}").format(
                lake=lake, target=num(a.target_mcm))
    elif kind == "energy":
        who = node_names(scenario, a.plants, "", True) or (country_name(a.country)
                                                           if a.country else "")
        text = translate("OptimisationWords", "energy of {who}").format(who=who) if who \
            else translate("OptimisationWords", "energy")
    elif kind == "carryover":
        text = translate("OptimisationWords", "{reservoir} end storage deficit").format(
            reservoir=node_name(scenario, a.reservoir, True))
    elif kind == "spill":
        text = translate("OptimisationWords", "spill")
    elif kind == "release_value":
        text = translate("OptimisationWords", "value of {reservoir} releases").format(
            reservoir=node_name(scenario, a.reservoir, True))
    elif kind == "fair_shortfall":
        who = node_names(scenario, a.demands, "", True)
        text = translate("OptimisationWords", "largest shortage share of {who}").format(
            who=who) if who else translate("OptimisationWords", "largest shortage share")
    else:
        text = o.label
    return text + (f", {SEASON_SHORT[o.season]}" if o.season in SEASON_SHORT else "")


def constraint_text(c: Constraint, scenario: Scenario) -> str:
    """'Toktogul: release at least 180 m³/s, winter (Oct–Mar)'."""
    kind = c.kind
    a: Any = c
    res = node_name(scenario, a.reservoir) if hasattr(a, "reservoir") else ""
    mcm, m3s = unit_text("Mm³"), unit_text("m³/s")
    if kind == "end_storage":
        if a.at_least_start:
            return translate("OptimisationWords",
                             "{reservoir}: end storage at least its start storage").format(
                reservoir=res)
        return translate("OptimisationWords",
                         "{reservoir}: end storage at least {amount} {unit}").format(
            reservoir=res, amount=num(a.min_mcm), unit=mcm)
    if kind == "operating_minimum":
        return translate("OptimisationWords",
                         "{reservoir}: storage at least {amount} {unit} in every period").format(
            reservoir=res, amount=num(a.min_mcm), unit=mcm)
    if kind == "ramping":
        if a.max_change_m3s is not None:
            return translate("OptimisationWords", "{reservoir}: release changes by at most "
                                                  "{amount} {unit} from one period to the next"
                             ).format(reservoir=res, amount=num(a.max_change_m3s), unit=m3s)
        return translate("OptimisationWords", "{reservoir}: release changes by at most "
                                              "{amount} {unit} per period").format(
            reservoir=res, amount=num(a.max_change_mcm), unit=mcm)
    if kind == "release_bounds":
        parts = []
        if a.min_m3s is not None and a.max_m3s is not None:
            parts.append(translate("OptimisationWords", "between {low} and {high} {unit}").format(
                low=num(a.min_m3s), high=num(a.max_m3s), unit=m3s))
        elif a.min_m3s is not None:
            parts.append(translate("OptimisationWords", "at least {amount} {unit}").format(
                amount=num(a.min_m3s), unit=m3s))
        elif a.max_m3s is not None:
            parts.append(translate("OptimisationWords", "at most {amount} {unit}").format(
                amount=num(a.max_m3s), unit=m3s))
        if a.min_mcm is not None or a.max_mcm is not None:
            parts.append(translate("OptimisationWords",
                                   "within its planned bounds per period ({unit})").format(
                unit=mcm))
        bounds = translate("OptimisationWords", " and ").join(parts)
        return translate("OptimisationWords", "{reservoir}: release {bounds}").format(
            reservoir=res, bounds=bounds) + _season(c.season)
    if kind == "min_energy":
        return translate("OptimisationWords", "Energy of {plants} at least {amount} {unit} {per}"
                         ).format(plants=_plants(scenario, a.plants, a.country, False),
                                  amount=num(a.min_mwh / 1000.0), unit=unit_text("GWh"),
                                  per=PER_WORDS.get(a.per, a.per)) + _season(c.season)
    if kind == "lake_inflow":
        return translate("OptimisationWords", "Inflow to {lake} at least {amount} {unit}").format(
            lake=node_name(scenario, a.lake), amount=num(a.min_mcm), unit=mcm) \
            + _season(c.season)
    if kind == "rule_curve":
        if a.min_mcm is not None and a.max_mcm is not None:
            bounds = translate("OptimisationWords", "lowest and highest")
        elif a.min_mcm is not None:
            bounds = translate("OptimisationWords", "lowest")
        elif a.max_mcm is not None:
            bounds = translate("OptimisationWords", "highest")
        else:
            bounds = ""
        return translate("OptimisationWords", "{reservoir}: storage within its rule curve "
                                              "({bounds} per period, {unit})").format(
            reservoir=res, bounds=bounds, unit=mcm)
    if kind == "limit":
        return translate("OptimisationWords", "Network: {limit}").format(
            limit=LIMIT_WORDS.get(a.limit, a.limit))
    if kind == "country_limit":
        return translate("OptimisationWords", "{country}: withdrawals at most its ICWC limit "
                                              "in {season}, each water year").format(
            country=country_name(a.country), season=ICWC_SEASON_WORDS.get(a.season, a.season))
    return c.label


def constraint_type(c: Constraint) -> str:
    """'hard', or 'soft: 10 per Mm³'."""
    if c.hard:
        return translate("OptimisationWords", "hard")
    return translate("OptimisationWords", "soft: {penalty} per {unit}").format(
        penalty=num(c.penalty), unit=unit_text(c.unit))


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
        what = translate("OptimisationWords", "Mean of the members") if m.group(1) == "mean" else \
            translate("OptimisationWords", "CVaR {level} % of the members").format(level=m.group(2))
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
    none = translate("OptimisationWords", "none")
    if spec.decision_reservoirs is not None:
        return node_names(scenario, spec.decision_reservoirs, none)
    every = [n.id for n in scenario.nodes if isinstance(n, ReservoirNode)]
    decided = schedule_reservoirs(scenario)
    if decided == every:
        return translate("OptimisationWords", "all reservoirs")
    ruled = [r for r in every if r not in decided]
    if len(ruled) == 1:
        text = translate("OptimisationWords", "{decided} (every reservoir on a schedule; "
                                              "{ruled} follows the operating rule)")
    else:
        text = translate("OptimisationWords", "{decided} (every reservoir on a schedule; "
                                              "{ruled} follow the operating rule)")
    return text.format(decided=node_names(scenario, decided, none),
                       ruled=node_names(scenario, ruled, ""))


def defaults_preview(scenario: Scenario, spec: OptimisationSpec) -> list[str]:
    """The protective defaults the next run will apply, one sentence each: carry-over
    (soft unless the scenario says otherwise) and regularisation."""
    decided = decided_reservoirs(scenario, spec)
    own = [r for r in decided if spec.states_end_storage(r)]
    guarded = [r for r in decided if not spec.states_end_storage(r)]
    co = spec.carry_over
    if co.mode == "off":
        carry = translate("OptimisationWords", "Carry-over off: the reservoirs may end the "
                                               "horizon emptier than they start (the scenario "
                                               "says so).")
    elif not guarded:
        carry = translate("OptimisationWords", "No default carry-over: every reservoir decided "
                                               "states its own end storage.")
    else:
        names = node_names(scenario, guarded, "")
        if co.mode == "hard":
            carry = translate("OptimisationWords", "Carry-over, hard: {names} must end the "
                                                   "horizon with at least their start storage."
                              ).format(names=names)
        elif co.penalty is None:
            cost = translate("OptimisationWords",
                             "ten times the most a Mm³ of water is worth in the objective")
            carry = translate("OptimisationWords", "Carry-over, soft (default): {names} should "
                                                   "end the horizon with at least their start "
                                                   "storage; each Mm³ below both the start and "
                                                   "what the current schedule leaves costs "
                                                   "{cost}.").format(names=names, cost=cost)
        else:
            cost = translate("OptimisationWords", "{penalty} objective units").format(
                penalty=num(co.penalty))
            carry = translate("OptimisationWords", "Carry-over, soft: {names} should end the "
                                                   "horizon with at least their start storage; "
                                                   "each Mm³ below both the start and what the "
                                                   "current schedule leaves costs {cost}."
                              ).format(names=names, cost=cost)
    if own:
        carry += translate("OptimisationWords", " Own end-storage requirement at {names}."
                           ).format(names=node_names(scenario, own, ""))
    reg = spec.regularisation
    if not reg.active:
        regular = translate("OptimisationWords", "Regularisation off: among equally good "
                                                 "schedules any may come out, however far from "
                                                 "the current schedule or uneven.")
    else:
        default = (reg.deviation == DEFAULT_DEVIATION_WEIGHT
                   and reg.ramping == DEFAULT_RAMPING_WEIGHT)
        if default:
            regular = translate("OptimisationWords", "Regularisation (default): among equally "
                                                     "good schedules, the one closest to the "
                                                     "current schedule ({deviation} per Mm³ of "
                                                     "deviation) and smoothest from period to "
                                                     "period ({ramping} per Mm³ of change), "
                                                     "relative to the objective scale: it breaks "
                                                     "ties and never costs a real improvement.")
        else:
            regular = translate("OptimisationWords", "Regularisation: among equally good "
                                                     "schedules, the one closest to the current "
                                                     "schedule ({deviation} per Mm³ of "
                                                     "deviation) and smoothest from period to "
                                                     "period ({ramping} per Mm³ of change), "
                                                     "relative to the objective scale: it breaks "
                                                     "ties and never costs a real improvement.")
        regular = regular.format(deviation=general(reg.deviation, ".2g"),
                                 ramping=general(reg.ramping, ".2g"))
    return [carry, regular]
