"""An ensemble of a scenario as inflow arrays: all its members, or a chunk of them.

Every scenario has at least one ensemble: without an ``ensembles`` section, the default
generator (:data:`DEFAULT_ENSEMBLE_NAME`) fitted to its own inflow sets, so
``members(load_shipped_scenario(), members=1000)`` works on any shipped file.
"""

from __future__ import annotations

import numpy as np

from waterplanner.engine.ensemble.fit import fit
from waterplanner.engine.ensemble.generator import generate
from waterplanner.engine.ensemble.inflows import EnsembleInflows
from waterplanner.engine.ensemble.record import record_length, record_members
from waterplanner.i18n import language, translate
from waterplanner.i18n.figures import counted
from waterplanner.model.ensembles import (
    DEFAULT_ENSEMBLE_NAME,
    GENERATOR_METHODS,
    MAX_MEMBERS,
    MAX_SEED,
    Ensemble,
    GeneratorSource,
    MembersSource,
    RecordSource,
)
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario


def default_ensemble() -> Ensemble:
    """The ensemble a scenario has without declaring any."""
    return Ensemble(name=DEFAULT_ENSEMBLE_NAME,
                    label=translate("Ensembles", "Generated from the inflow sets"),
                    description=translate("Ensembles", "The default stochastic generator "
                                                       "(lognormal_ar1) fitted to the scenario's "
                                                       "own inflow sets."),
                    source=GeneratorSource())


def ensemble_names(scenario: Scenario) -> list[str]:
    """The names :func:`members` accepts: the scenario's ensembles, then the default
    generator's (unless the scenario uses that name itself)."""
    names = [e.name for e in scenario.ensembles]
    return names + ([DEFAULT_ENSEMBLE_NAME] if DEFAULT_ENSEMBLE_NAME not in names else [])


def find_ensemble(scenario: Scenario, name: str | None) -> Ensemble:
    """The ensemble called ``name`` (None: the scenario's first, or the default)."""
    if name is None:
        return scenario.ensembles[0] if scenario.ensembles else default_ensemble()
    for e in scenario.ensembles:
        if e.name == name:
            return e
    if name == DEFAULT_ENSEMBLE_NAME:
        return default_ensemble()
    raise KeyError(translate("Ensembles", "the scenario has no ensemble '{name}' (it has: "
                                          "{names})").format(
        name=name, names=", ".join(ensemble_names(scenario))))


def stored_size(scenario: Scenario, ensemble: Ensemble) -> int | None:
    """How many members the ensemble holds as stored or recorded (None: generated, any
    number can be drawn)."""
    src = ensemble.source
    if isinstance(src, RecordSource):
        return record_length(scenario)
    if isinstance(src, MembersSource):
        return src.members
    return None


def _check_count(count: int, what: str) -> int:
    if isinstance(count, bool) or not isinstance(count, (int, np.integer)):
        raise TypeError(f"{what} must be a whole number, not {type(count).__name__}")
    return int(count)


def _check_seed(seed: int) -> int:
    seed = _check_count(seed, "seed")
    if not 0 <= seed <= MAX_SEED:
        raise ValueError(translate("Ensembles", "seed {seed} is outside 0 to 2^53 - 1").format(
            seed=seed))
    return seed


_last: tuple[tuple[object, ...], tuple[dict[str, np.ndarray], tuple[str, ...]]] | None = None
"""The last members made and what they were made from (see :func:`_member_arrays`)."""


def _member_arrays(scenario: Scenario, ensemble: Ensemble, start: int, stop: int,
                   seed: int) -> tuple[dict[str, np.ndarray], tuple[str, ...]]:
    """The members' inflow arrays and notes. They depend only on the scenario's time base,
    nodes, inflow sets and ensembles, which an edit of anything else (a release, a rule,
    a link) keeps as the very same objects: the last members are kept and given again for
    the same objects, so a planner's edits with an ensemble shown do not regenerate them.
    The arrays are read-only."""
    global _last
    key = (scenario.time, scenario.nodes, scenario.inflow_sets, scenario.ensembles,
           ensemble.name, start, stop, seed, language())
    last = _last
    if last is not None and len(last[0]) == len(key) and all(
            a is b or (type(a) in (int, str) and a == b) for a, b in zip(last[0], key)):
        return last[1]
    made = _made_member_arrays(scenario, ensemble, start, stop, seed)
    for a in made[0].values():
        a.flags.writeable = False  # shared by every caller asking for these members
    _last = (key, made)
    return made


def _made_member_arrays(scenario: Scenario, ensemble: Ensemble, start: int, stop: int,
                        seed: int) -> tuple[dict[str, np.ndarray], tuple[str, ...]]:
    src = ensemble.source
    if isinstance(src, GeneratorSource):
        if src.method not in GENERATOR_METHODS:
            raise ValueError(translate("Ensembles", "'{method}' is not a generator (use one of: "
                                                    "{methods})").format(
                method=src.method, methods=", ".join(GENERATOR_METHODS)))
        fitted = fit(scenario, src)
        return generate(fitted, seed, start, stop), fitted.notes
    size = stored_size(scenario, ensemble)
    assert size is not None
    if stop > size:
        held = counted("Ensembles", "%n members", size, "%n member")
        text = translate("Ensembles", "ensemble '{name}' has {members} (the water years of its "
                                      "record), not {asked}") \
            if isinstance(src, RecordSource) else \
            translate("Ensembles", "ensemble '{name}' has {members}, not {asked}")
        raise ValueError(text.format(name=ensemble.name, members=held, asked=stop))
    if isinstance(src, RecordSource):
        set_name = src.set or scenario.inflow_set_names[0]
        return record_members(scenario, set_name, start, stop), (
            translate("Ensembles", "Each water year of the inflow set '{name}' is a member, "
                                   "index-sequential.").format(name=set_name),)
    fill = src.fill_set or scenario.inflow_set_names[0]
    out: dict[str, np.ndarray] = {}
    for node in scenario.nodes:
        if not isinstance(node, InflowNode):
            continue
        stored = src.inflow_mcm.get(node.id)
        if stored is None:
            out[node.id] = np.tile(np.asarray(node.inflow_mcm[fill], dtype=float),
                                   (stop - start, 1))
        else:
            out[node.id] = np.array(stored[start:stop], dtype=float).reshape(
                stop - start, scenario.time.periods)
    missing = [n.id for n in scenario.nodes if isinstance(n, InflowNode)
               and n.id not in src.inflow_mcm]
    notes = (translate("Ensembles", "Inflow set '{name}' in every member for: {nodes}.").format(
        name=fill, nodes=", ".join(missing)),) if missing else ()
    return out, notes


def chunk(scenario: Scenario, name: str | None, start: int, stop: int, *,
          seed: int | None = None) -> EnsembleInflows:
    """Members ``start`` to ``stop - 1`` of an ensemble, identical to those rows of the
    whole ensemble (``members(...).inflow_mcm[node][start:stop]``) whoever makes them: a
    worker can make its own chunk from the scenario, the name and the seed.

    ``seed`` overrides a generator's stored seed (it is ignored for a record or stored
    members). Raises KeyError for an unknown name and ValueError for members that do not
    exist or a generator that cannot be fitted, each saying why.
    """
    ensemble = find_ensemble(scenario, name)
    start, stop = _check_count(start, "start"), _check_count(stop, "stop")
    if not 0 <= start <= stop:
        raise ValueError(f"members {start}..{stop - 1}: need 0 ≤ start ≤ stop")
    src = ensemble.source
    used_seed: int | None = None
    if isinstance(src, GeneratorSource):
        used_seed = _check_seed(src.seed if seed is None else seed)
        if stop > MAX_MEMBERS:
            raise ValueError(translate("Ensembles", "at most {count} members can be generated")
                             .format(count=MAX_MEMBERS))
    arrays, notes = _member_arrays(scenario, ensemble, start, stop, used_seed or 0)
    return EnsembleInflows(name=ensemble.name, label=ensemble.label or ensemble.name,
                           inflow_mcm=arrays, members=stop - start, seed=used_seed,
                           description=ensemble.description, first_member=start,
                           notes=notes)


def members(scenario: Scenario, name: str | None = None, *, members: int | None = None,
            seed: int | None = None) -> EnsembleInflows:
    """The members of an ensemble of ``scenario``, ready for
    ``simulate(scenario, inflows=result.inflow_mcm)``.

    ``name`` None takes the scenario's first ensemble or, if it has none, the default
    generator fitted to its own inflow sets. ``members`` and ``seed`` override the stored
    ones (a record or stored members offer at most the members they hold, the first
    ``members`` of them). The same seed gives bit-identical members.
    """
    ensemble = find_ensemble(scenario, name)
    src = ensemble.source
    if members is None:
        size = stored_size(scenario, ensemble)
        count = size if size is not None else (
            src.members if isinstance(src, GeneratorSource) else 0)
    else:
        count = _check_count(members, "members")
        if count < 1:
            raise ValueError(translate("Ensembles", "members must be at least 1, not {count}")
                             .format(count=count))
    return chunk(scenario, ensemble.name, 0, count, seed=seed)


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("Ensembles", "%n members", None, 1)
