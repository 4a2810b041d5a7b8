"""Inflow ensembles: many possible inflow years at once, each a member.

An ensemble is an inflow set with a member axis. Its members come from one of three
sources, as written in the file's optional ``ensembles`` section:

* a **generator**: a stochastic model fitted to the scenario's own inflow sets (or to
  annual statistics given in the file), its seed and member count stored, the members made
  on demand and never written to the file;
* the **record**: each water year of a multi-year inflow set is one member, in
  index-sequential order (member k starts with water year k and wraps round);
* **members** imported from a file (CSV, .xlsx, NetCDF) and stored in the scenario.

The engine (:mod:`waterplanner.engine.ensemble`) turns an ensemble into inflow arrays;
this module only describes it. The defaults of the generator's parameters are here, with
what each rests on, so the file reader, the validator and the engine agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import ClassVar

GENERATOR_METHODS = ("lognormal_ar1",)
"""The stochastic generators known (see docs/ensembles.md)."""
CENTRAL_KINDS = ("mean", "median")
"""What the central inflow set stands for: the mean year or the median year."""

DEFAULT_METHOD = "lognormal_ar1"
DEFAULT_ENSEMBLE_NAME = "generated"
"""The name of the ensemble every scenario has without declaring it: the default generator
fitted to its own inflow sets."""
DEFAULT_SEED = 20251001
"""The default generator's seed (any fixed number: it makes the default reproducible)."""
DEFAULT_MEMBERS = 1000
DEFAULT_CENTRAL_SET = "median"
"""The inflow set taken as the central year when it exists (else the scenario's first)."""
DEFAULT_DRY_SET = "dry"
"""The inflow set taken as the dry quantile when it exists (else none: ``default_cv``)."""
DEFAULT_CENTRAL = "mean"
"""The Syr Darya sets' central years are multi-year means (R49, R50, R54); fitted as a mean,
the mean and the P90 year reproduce the published P5 year of R49 (docs/ensembles.md)."""
DEFAULT_DRY_EXCEEDANCE = 0.9
"""The dry set is the year exceeded in 90 % of years (P = 90 %, the basin's usual dry year)."""
DEFAULT_CORRELATION = 0.9
"""Estimate: cross-correlation of the rivers' annual normal scores. The basin's rivers all
drain the Tien Shan snowpack; 0.9 is the value at which the sum of the seven Syr Darya
inflows, each fitted to its own mean and P90 year, has the spread of the basin total
published in R49 (cv 0.316 against 0.314, wet P5 year 58.9 against 58.91 km³;
docs/ensembles.md). No river pair's correlation was measured."""
DEFAULT_LAG1 = 0.2
"""Estimate: lag-one autocorrelation of a river's annual normal scores (snow- and glacier-fed
rivers carry little of one year's water into the next)."""
DEFAULT_PERIOD_CV = 0.15
"""Estimate: coefficient of variation of the period-to-period multiplicative noise on the
seasonal shape (the Chirchik's dry 1986 and mean monthly shapes differ by about this)."""
DEFAULT_CV = 0.31
"""Coefficient of variation of annual volumes for a node with neither a dry set nor its own
``cv``: that of the Syr Darya basin's total flow (mean 37.20, P90 23.97 km³, R49, fitted as a
two-parameter lognormal)."""
MAX_MEMBERS = 10_000_000
MAX_SEED = 2**53 - 1
"""Seeds are whole numbers 0 ≤ seed < 2⁵³, exact in any JSON reader."""


class SourceKind(str, Enum):
    """Where an ensemble's members come from."""

    GENERATOR = "generator"
    RECORD = "record"
    MEMBERS = "members"


@dataclass(frozen=True, kw_only=True)
class NodeStatistics:
    """Annual statistics given in the file for one inflow node, replacing those fitted to the
    inflow sets: the mean water-year volume and its coefficient of variation."""

    mean_mcm: float | None = None
    cv: float | None = None


@dataclass(frozen=True, kw_only=True)
class GeneratorSource:
    """Members made by a stochastic generator; None for a parameter means its default
    (the ``DEFAULT_*`` constants above), and a parameter left at None is not written."""

    kind: ClassVar[SourceKind] = SourceKind.GENERATOR
    method: str = DEFAULT_METHOD
    seed: int = DEFAULT_SEED
    members: int = DEFAULT_MEMBERS
    central_set: str | None = None
    central: str | None = None
    dry_set: str | None = None
    dry_exceedance: float | None = None
    correlation: float | None = None
    lag1: float | None = None
    period_cv: float | None = None
    default_cv: float | None = None
    nodes: dict[str, NodeStatistics] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class RecordSource:
    """Each water year of the inflow set ``set`` (None: the first) is one member."""

    kind: ClassVar[SourceKind] = SourceKind.RECORD
    set: str | None = None


@dataclass(frozen=True, kw_only=True)
class MembersSource:
    """Members stored in the scenario: node id → one series per member (Mm³ per period).
    Inflow nodes it does not list take the inflow set ``fill_set`` (None: the first) in
    every member."""

    kind: ClassVar[SourceKind] = SourceKind.MEMBERS
    inflow_mcm: dict[str, tuple[tuple[float, ...], ...]]
    fill_set: str | None = None

    @property
    def members(self) -> int:
        return len(next(iter(self.inflow_mcm.values()))) if self.inflow_mcm else 0


AnySource = GeneratorSource | RecordSource | MembersSource


@dataclass(frozen=True, kw_only=True)
class Ensemble:
    """A named inflow ensemble of the scenario."""

    name: str
    label: str = ""
    description: str = ""
    source: AnySource = field(default_factory=GeneratorSource)


def without_nodes(ensembles: tuple[Ensemble, ...], gone: set[str]) -> tuple[Ensemble, ...]:
    """The ensembles with nothing left of deleted nodes: their stored members and their
    statistics are dropped (an ensemble whose stored members were all of deleted nodes
    goes too)."""
    out: list[Ensemble] = []
    for e in ensembles:
        src = e.source
        if isinstance(src, MembersSource):
            kept = {k: v for k, v in src.inflow_mcm.items() if k not in gone}
            if not kept:
                continue
            src = replace(src, inflow_mcm=kept)
        elif isinstance(src, GeneratorSource):
            src = replace(src, nodes={k: v for k, v in src.nodes.items() if k not in gone})
        out.append(e if src == e.source else replace(e, source=src))
    return tuple(out)
