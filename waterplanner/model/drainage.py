"""Return flows of a demand: the drainage store and the split over return links.

A demand returns ``return_fraction`` × delivery. With a residence time k = 0 (the default)
that water flows back along the return links in the period of the delivery. With k > 0 it
recharges a linear drainage store (the groundwater and the collector drains under an
irrigated zone, which run all year): in each period the store first releases the fraction
α = 1 − exp(−1/k) of what it held at the start of the period — that release is the return
flow of the period — and then takes in the period's recharge:

    return(t) = α · D(t)
    D(t + 1) = D(t) − α · D(t) + return_fraction · delivery(t)

with D(1) = ``drainage_initial_mcm``. So in period 1 the return is α times the initial
content, and water delivered in period t first returns in period t + 1. α is the share of
its water a linear reservoir of time constant k periods lets go in one period.

The return flow is divided over the demand's return links by their ``return_share``; a link
without one takes an equal part of what the others' shares leave.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from waterplanner.model.scenario import Link


def release_fraction(residence_periods: float) -> float:
    """α = 1 − exp(−1/k): the share of its content the store releases in one period
    (0 for k = 0, where there is no store)."""
    if residence_periods <= 0:
        return 0.0
    return -math.expm1(-1.0 / residence_periods)


def equilibrium_store_mcm(mean_recharge_mcm: float, residence_periods: float) -> float:
    """The store content (Mm³) that stays the same when each period recharges
    ``mean_recharge_mcm`` (return fraction × mean delivery): D = R / α. Its release is then
    R in every period, so a scenario that starts the store here starts "in equilibrium".
    0 without a store (k = 0)."""
    a = release_fraction(residence_periods)
    return mean_recharge_mcm / a if a > 0 else 0.0


def return_links(links: Iterable[Link], demand_id: str) -> list[Link]:
    """The links leaving a demand: its return links, in file order."""
    return [lk for lk in links if lk.source == demand_id]


def effective_shares(shares: list[float | None]) -> list[float]:
    """Each return link's share: the given ones, and for the links without one an equal
    part of what the given ones leave (never below 0)."""
    missing = sum(1 for s in shares if s is None)
    rest = max(1.0 - sum(s for s in shares if s is not None), 0.0)
    part = rest / missing if missing else 0.0
    return [part if s is None else float(s) for s in shares]
