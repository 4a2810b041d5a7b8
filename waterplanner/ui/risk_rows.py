"""The lines of the window's "Risk over N members": a :class:`RiskTable` as labelled values,
grouped for a tree, with the baseline's value and how to judge a change.

Numbers are the table's own (fractions shown as %, Mm³, GWh); this module only picks,
names and formats them, so the window shows what :func:`waterplanner.engine.risk.risk_of`
and the ``ensemble`` command compute. No widgets here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from waterplanner.engine.risk.table import EnergyRisk, RiskTable, SupplyRisk
from waterplanner.ui.plot_axes import fmt_number


@dataclass(frozen=True)
class RiskLine:
    """One line: ``key`` names it for good (tests, the tree's items), ``parent`` is the key
    of the line it sits under ('' at the top)."""

    key: str
    label: str
    plan: float | None
    base: float | None = None
    kind: str = ""
    """'pct' (a fraction shown as %), 'share' (a percentage already), 'mcm', 'gwh', or ''
    for a group heading without a value."""
    better: int = 0
    """+1 if higher is better, -1 if lower is better, 0 if neither."""
    parent: str = ""
    tip: str = ""

    def text(self, value: float | None) -> str:
        """A value as shown: '12.5 %', '268 Mm³', '4 003 GWh', '–' where none applies."""
        if not self.kind:
            return ""
        if value is None or not math.isfinite(value):
            return "–"
        if self.kind == "pct":
            return f"{fmt_number(100.0 * value, 1)} %"
        if self.kind == "share":
            return f"{fmt_number(value, 1)} %"
        return f"{fmt_number(value, 0)} {'Mm³' if self.kind == 'mcm' else 'GWh'}"

    @property
    def plan_text(self) -> str:
        return self.text(self.plan)

    @property
    def base_text(self) -> str:
        return self.text(self.base)

    def change(self) -> float | None:
        """Plan minus baseline in the unit shown (percentage points for 'pct')."""
        if self.plan is None or self.base is None or not self.kind or \
                not (math.isfinite(self.plan) and math.isfinite(self.base)):
            return None
        d = self.plan - self.base
        return 100.0 * d if self.kind == "pct" else d

    def change_text(self) -> str:
        """'▲ +2.5', '▼ −10', '=' (no change at the shown precision), '' (none applies)."""
        d = self.change()
        if d is None:
            return ""
        decimals = 1 if self.kind in ("pct", "share") else 0
        if abs(d) < 0.5 * 10 ** -decimals:
            return "="
        sign = "▲ +" if d > 0 else "▼ −"
        return f"{sign}{fmt_number(abs(d), decimals)}"


P_SHORT_TIP = ("Share of members whose shortfall over the whole horizon exceeds the "
               "threshold share of their demand")
TIPS = {
    "reliability": "Share of the periods with demand that did not fail (any shortfall), all "
                   "members pooled (Hashimoto et al. 1982)",
    "resilience": "Chance that a failed period is followed by one that does not fail; '–' "
                  "when no period fails",
    "vulnerability": "Mean shortfall of the failed periods, in Mm³ and as % of their demand "
                     "(the mean of shortfall ÷ demand); '–' when no period fails",
}


def _supply(kind: str, plan: tuple[SupplyRisk, ...], base: tuple[SupplyRisk, ...] | None,
            threshold: float, expand_metrics: bool) -> list[RiskLine]:
    by_id = {b.id: b for b in base} if base is not None else {}
    group = {"country": "countries", "demand": "demands"}[kind]
    out: list[RiskLine] = []
    for r in plan:
        b = by_id.get(r.id)
        key = f"{kind}.{r.id}"
        out.append(RiskLine(f"{key}.p_short", f"{r.name}: P(short > {threshold:g} %)",
                            r.p_short_over_threshold, b.p_short_over_threshold if b else None,
                            "pct", -1, group, f"{r.name}: {P_SHORT_TIP}"))
        if not expand_metrics:
            continue
        out += [
            RiskLine(f"{key}.reliability", "reliability", r.reliability,
                     b.reliability if b else None, "pct", +1, f"{key}.p_short",
                     TIPS["reliability"]),
            RiskLine(f"{key}.resilience", "resilience", r.resilience,
                     b.resilience if b else None, "pct", +1, f"{key}.p_short",
                     TIPS["resilience"]),
            RiskLine(f"{key}.vulnerability", "vulnerability", r.vulnerability_mcm,
                     b.vulnerability_mcm if b else None, "mcm", -1, f"{key}.p_short",
                     TIPS["vulnerability"]),
            RiskLine(f"{key}.vulnerability_pct", "vulnerability, % of demand",
                     r.vulnerability_pct, b.vulnerability_pct if b else None, "share", -1,
                     f"{key}.p_short", TIPS["vulnerability"])]
    return out


def _energy(plan: tuple[EnergyRisk, ...], base: tuple[EnergyRisk, ...] | None
            ) -> list[RiskLine]:
    by_key = {(e.country, e.span.index): e for e in base} if base is not None else {}
    out: list[RiskLine] = []
    seen: set[str] = set()
    for e in plan:
        country = f"energy.{e.country}"
        if country not in seen:
            seen.add(country)
            out.append(RiskLine(country, e.name, None, parent="energy",
                                tip=f"Energy of the plants of {e.name} over each ICWC season "
                                    "(dams and run-of-river), GWh, over the members"))
        b = by_key.get((e.country, e.span.index))
        season = e.span.label + (" (partial)" if e.span.partial else "")
        for q, v, bv in (("P10", e.p10_gwh, b.p10_gwh if b else None),
                         ("P50", e.p50_gwh, b.p50_gwh if b else None),
                         ("P90", e.p90_gwh, b.p90_gwh if b else None)):
            out.append(RiskLine(f"{country}.{e.span.index}.{q.lower()}", f"{season} {q}",
                                v, bv, "gwh", 0, country,
                                f"{e.name}, {season}: {q} of the members' energy "
                                f"({'exact' if e.exact else 'from a histogram'})"))
    return out


def risk_lines(plan: RiskTable, base: RiskTable | None = None) -> list[RiskLine]:
    """Every line, in reading order, parents before their children."""
    t = plan.threshold_pct
    out: list[RiskLine] = []
    if plan.countries:
        out.append(RiskLine("countries", "Countries", None,
                            tip="Each country's demands together (a shared demand split by "
                                "its shares)"))
        out += _supply("country", plan.countries, base.countries if base else None, t, True)
    if plan.demands:
        out.append(RiskLine("demands", "Demands", None, tip="Each demand node"))
        out += _supply("demand", plan.demands, base.demands if base else None, t, True)
    if plan.events:
        out.append(RiskLine("events", "Events", None,
                            tip="Share of members in which each event happens at least once"))
        events = {(e.kind, e.element_id): e for e in base.events} if base else {}
        for e in plan.events:
            b = events.get((e.kind, e.element_id))
            out.append(RiskLine(f"event.{e.kind}.{e.element_id}", e.label, e.probability,
                                b.probability if b else None, "pct", 0, "events",
                                f"{e.label}: share of members; mean amount over all "
                                f"members {fmt_number(e.mean_amount, 1)} {e.amount_unit}"))
    if plan.energy:
        out.append(RiskLine("energy", "Energy P10 / P50 / P90", None,
                            tip="Energy per country and ICWC season over the members"))
        out += _energy(plan.energy, base.energy if base else None)
    return out
