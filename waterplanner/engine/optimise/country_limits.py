"""A country's ICWC seasonal limit as a requirement of the optimiser (``country_limit``).

The ICWC sets each state's withdrawal limit for the vegetation season (April–September) and
the non-vegetation season (October–March) of every water year
(:mod:`waterplanner.model.countries`). The requirement says: in every such season of the
horizon (:mod:`waterplanner.engine.seasons`), Σ share × withdrawal over the season's
periods ≤ the country's limit, where a demand's withdrawal is the water entering its intake
(before the intake's loss, as ``Results.withdrawal_mcm`` counts it) and a demand shared among
countries counts for each by its share (``DemandNode.shares``). A season the horizon covers
only in part is held to the whole season's limit, as the countries summary measures it.

The requirement is refused in words when the country has no limit for the season asked
(for ``"all"``: for either season).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from waterplanner.engine.compiled import DEMAND
from waterplanner.engine.optimise.context import Context
from waterplanner.engine.optimise.errors import OptimisationError
from waterplanner.engine.optimise.lp import LinearProgram
from waterplanner.engine.results import Results
from waterplanner.engine.seasons import SeasonSpan
from waterplanner.i18n import translate
from waterplanner.i18n.figures import fig
from waterplanner.model.countries import Season, country_name
from waterplanner.model.objectives import CountryLimit

SEASON_WORDS = {"vegetation": "vegetation-season (Apr–Sep)",
                "non_vegetation": "non-vegetation-season (Oct–Mar)", "all": "seasonal"}
"""The seasons of a limit in English words (the messages spell each out in the planner's
language)."""


def limited_spans(ctx: Context, c: CountryLimit) -> list[tuple[SeasonSpan, float]]:
    """The seasons of the horizon the requirement applies to, each with its limit (Mm³);
    :class:`OptimisationError` when the country has no limit for the season asked."""
    country = next((k for k in ctx.scenario.countries if k.code == c.country), None)
    name = country.display_name if country is not None else country_name(c.country)
    wanted = [Season.VEGETATION, Season.NON_VEGETATION] if c.season == "all" \
        else [Season(c.season)]
    limits = {s: (country.limit_mcm(s) if country is not None else None) for s in wanted}
    if all(v is None for v in limits.values()):
        which = {"all": translate("CountryLimits", "either season"),
                 "vegetation": translate("CountryLimits", "the vegetation season (Apr–Sep)"),
                 "non_vegetation": translate("CountryLimits",
                                             "the non-vegetation season (Oct–Mar)")}[c.season]
        raise OptimisationError(translate(
            "CountryLimits", "the requirement '{label}' holds {country}'s withdrawals to its ICWC "
                             "limit, but this scenario sets {country} no limit for {season}: set "
                             "the limit (Scenario → Water sharing and countries) or remove the "
                             "requirement").format(label=c.label, country=name, season=which))
    return [(span, float(limits[span.season]))  # type: ignore[arg-type]
            for span in ctx.spans if limits.get(span.season) is not None]


def withdrawal_links(ctx: Context, country: str) -> list[tuple[int, float]]:
    """(link into a demand, the demand's share for the country) of every demand that
    withdraws for it."""
    net = ctx.net
    out = []
    for lk in range(net.n_links):
        d = int(net.link_dst[lk])
        if net.kind[d] == DEMAND:
            share = ctx.share(d, country)
            if share > 0:
                out.append((lk, share))
    return out


def span_text(ctx: Context, c: CountryLimit, span: SeasonSpan, limit: float) -> str:
    name = country_name(c.country)
    text = translate("CountryLimits", "{country}'s withdrawals at most its vegetation-season "
                                      "(Apr–Sep) limit {limit} Mm³ in {season}{part}") \
        if span.season.value == "vegetation" else \
        translate("CountryLimits", "{country}'s withdrawals at most its non-vegetation-season "
                                   "(Oct–Mar) limit {limit} Mm³ in {season}{part}")
    part = translate("CountryLimits", " (the horizon covers part of it)") if span.partial \
        else ""
    return text.format(country=name, limit=fig(limit, ".6g"), season=span.display_label,
                       part=part)


def add_country_limit_rows(ctx: Context, lp: LinearProgram, X: np.ndarray, c: CountryLimit,
                           group: Callable[[str], int]) -> list[tuple[np.ndarray, int]]:
    """One row per season: Σ share × flow into the intakes ≤ limit; returns the rows with
    their groups (for the caller to make soft)."""
    links = withdrawal_links(ctx, c.country)
    out = []
    for span, limit in limited_spans(ctx, c):
        ts = np.arange(span.first_period, span.first_period + span.periods)
        g = group(span_text(ctx, c, span, limit))
        row = lp.rows("le", limit, count=1, group=g, periods=np.array([-1]))
        for lk, share in links:
            lp.coef(np.repeat(row, len(ts)), X[lk, ts], share)
        out.append((row, g))
    return out


def country_withdrawal(ctx: Context, res: Results, country: str) -> np.ndarray:
    """A country's withdrawal per period [T] in a simulation (member 0)."""
    w = np.asarray(res.withdrawal_mcm[0])
    total = np.zeros(ctx.periods)
    for d in np.flatnonzero(ctx.net.kind == DEMAND):
        share = ctx.share(int(d), country)
        if share > 0:
            total += share * w[d]
    return total


def country_limit_violation(ctx: Context, res: Results, c: CountryLimit) -> float:
    """Σ over the seasons of the withdrawal above the limit (Mm³)."""
    w = country_withdrawal(ctx, res, c.country)
    out = 0.0
    for span, limit in limited_spans(ctx, c):
        used = float(w[span.first_period:span.first_period + span.periods].sum())
        out += max(used - limit, 0.0)
    return out


def check_country_limits(ctx: Context) -> None:
    """Refuse, in words, a country-limit requirement without a limit to hold to."""
    for c in ctx.spec.constraints:
        if isinstance(c, CountryLimit):
            limited_spans(ctx, c)
