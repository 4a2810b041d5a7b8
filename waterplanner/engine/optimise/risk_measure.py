"""Risk measures over ensemble members: the sample average and the conditional value at risk.

Both act on *losses* (larger is worse): a minimised objective's value, or a maximised one's
value negated. For K members with losses f_1 … f_K:

* **mean** = (1/K) Σ f_k;
* **CVaR α** (Rockafellar & Uryasev 2000) = min over η of η + 1/((1 − α) K) Σ max(f_k − η, 0):
  the mean of the worst (1 − α) share of the members (with a fractional member at the
  boundary); α = 0 gives the mean, α → 1 the worst member.

A risk label puts the measure before an objective label: ``mean:energy::winter``,
``cvar90:shortfall:kyzylorda`` (α = 0.90), ``cvar97.5:…``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from waterplanner.engine.optimise.errors import OptimisationError

RISK_KINDS = ("mean", "cvar")
_LABEL = re.compile(r"^(mean|cvar(\d+(?:\.\d+)?))$")


class RiskSettingsError(OptimisationError):
    """A risk measure or an ensemble setting of a robust optimisation cannot be used; the
    message names it and says what is allowed."""


@dataclass(frozen=True)
class RiskMeasure:
    """``kind`` "mean" or "cvar"; ``alpha`` the CVaR level in [0, 1) (ignored for "mean")."""

    kind: str = "cvar"
    alpha: float = 0.9

    def __post_init__(self) -> None:
        if self.kind not in RISK_KINDS:
            raise RiskSettingsError(f"risk measure '{self.kind}' is not known: use "
                                    + " or ".join(RISK_KINDS))
        if self.kind == "cvar" and not (isinstance(self.alpha, (int, float)) and
                                        math.isfinite(self.alpha) and 0.0 <= self.alpha < 1.0):
            raise RiskSettingsError(f"CVaR level α = {self.alpha} is outside [0, 1): 0.9 "
                                    "means the mean of the worst 10 % of the members")

    @property
    def is_mean(self) -> bool:
        """Whether the measure is the sample average (CVaR at α = 0 is one too)."""
        return self.kind == "mean" or self.alpha == 0.0

    @property
    def label(self) -> str:
        """``mean`` or ``cvar90``."""
        if self.kind == "mean":
            return "mean"
        return f"cvar{100.0 * self.alpha:g}"

    @property
    def text(self) -> str:
        """``mean`` or ``CVaR 90 %``."""
        if self.kind == "mean":
            return "mean"
        return f"CVaR {100.0 * self.alpha:g} %"

    def of_losses(self, losses: np.ndarray | list[float]) -> float:
        """The measure of these losses (see the module docstring)."""
        return risk_value(np.asarray(losses, dtype=float), self)


def risk_value(losses: np.ndarray, measure: RiskMeasure) -> float:
    """Mean or CVaR of a sample of losses, exactly as the LP's Rockafellar–Uryasev form
    defines it (its minimum over η lies at one of the losses)."""
    f = np.asarray(losses, dtype=float)
    if f.size == 0:
        return math.nan
    if measure.is_mean:
        return float(f.mean())
    k = f.size
    w = 1.0 / ((1.0 - measure.alpha) * k)
    etas = np.unique(f)
    values = etas + w * np.maximum(f[None, :] - etas[:, None], 0.0).sum(axis=1)
    return float(values.min())


def split_risk_label(label: str) -> tuple[RiskMeasure | None, str]:
    """``cvar90:shortfall:kyzylorda`` → (CVaR 0.9, ``shortfall:kyzylorda``); a label
    without a risk prefix → (None, the label)."""
    head, sep, rest = label.partition(":")
    m = _LABEL.match(head)
    if not sep or m is None:
        return None, label
    if head == "mean":
        return RiskMeasure("mean", 0.0), rest
    pct = float(m.group(2))
    if not 0.0 <= pct < 100.0:
        raise ValueError(f"'{label}': the CVaR level {pct:g} % is outside 0 to 100 % "
                         "(cvar90 is the mean of the worst 10 % of the members)")
    return RiskMeasure("cvar", pct / 100.0), rest


def risk_label(measure: RiskMeasure, objective_label: str) -> str:
    """``cvar90:shortfall:kyzylorda``."""
    return f"{measure.label}:{objective_label}"
