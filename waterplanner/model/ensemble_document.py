"""An ensemble ↔ its object in the file's ``ensembles`` section.

A generator's parameters left at their defaults are not written, so a file keeps only what
its author chose and a load → save round trip is byte-identical. Stored members are written
one member per line.
"""

from __future__ import annotations

from typing import Any

from waterplanner.model.ensembles import (
    DEFAULT_METHOD,
    AnySource,
    Ensemble,
    GeneratorSource,
    MembersSource,
    NodeStatistics,
    RecordSource,
)

_GENERATOR_OPTIONAL = ("central_set", "central", "dry_set", "dry_exceedance", "correlation",
                       "lag1", "period_cv", "default_cv")
_FLOATS = ("dry_exceedance", "correlation", "lag1", "period_cv", "default_cv")


def _opt_float(v: Any) -> float | None:
    return None if v is None else float(v)


def _source_from(d: dict[str, Any]) -> AnySource:
    kind = d["kind"]
    if kind == "record":
        return RecordSource(set=d.get("set"))
    if kind == "members":
        return MembersSource(
            inflow_mcm={k: tuple(tuple(float(x) for x in m) for m in v)
                        for k, v in d["inflow_mcm"].items()},
            fill_set=d.get("fill_set"))
    params: dict[str, Any] = {k: d.get(k) for k in _GENERATOR_OPTIONAL}
    for k in _FLOATS:
        params[k] = _opt_float(params[k])
    return GeneratorSource(
        method=d.get("method", DEFAULT_METHOD), seed=int(d["seed"]), members=int(d["members"]),
        nodes={k: NodeStatistics(mean_mcm=_opt_float(v.get("mean_mcm")),
                                 cv=_opt_float(v.get("cv")))
               for k, v in (d.get("nodes") or {}).items()},
        **params)


def ensemble_from(d: dict[str, Any]) -> Ensemble:
    """The ensemble of a (valid) document entry."""
    return Ensemble(name=d["name"], label=d.get("label", ""),
                    description=d.get("description", ""), source=_source_from(d["source"]))


def _source_to(src: AnySource) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": src.kind.value}
    if isinstance(src, RecordSource):
        if src.set is not None:
            out["set"] = src.set
        return out
    if isinstance(src, MembersSource):
        out["inflow_mcm"] = {k: [list(m) for m in v] for k, v in src.inflow_mcm.items()}
        if src.fill_set is not None:
            out["fill_set"] = src.fill_set
        return out
    out.update(method=src.method, seed=src.seed, members=src.members)
    for key in _GENERATOR_OPTIONAL:
        if getattr(src, key) is not None:
            out[key] = getattr(src, key)
    if src.nodes:
        out["nodes"] = {k: {f: getattr(v, f) for f in ("mean_mcm", "cv")
                            if getattr(v, f) is not None}
                        for k, v in src.nodes.items()}
    return out


def ensemble_to(e: Ensemble) -> dict[str, Any]:
    """The document entry of an ensemble."""
    return {"name": e.name, "label": e.label, "description": e.description,
            "source": _source_to(e.source)}
