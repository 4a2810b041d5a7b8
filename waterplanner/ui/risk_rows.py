"""The lines of the window's "Risk over N members": a :class:`RiskTable` as labelled values,
grouped for a tree, with the baseline's value and how to judge a change.

Numbers are the table's own (fractions shown as %, Mm³, GWh); this module only picks,
names and formats them, so the window shows what :func:`waterplanner.engine.risk.risk_of`
and the ``ensemble`` command compute. No widgets here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from waterplanner.engine.risk.table import EnergyRisk, RiskTable, SupplyRisk
from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.units import unit
from waterplanner.ui.figures import general
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
        return f"{fmt_number(value, 0)} {unit('Mm³' if self.kind == 'mcm' else 'GWh')}"

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


P_SHORT_TIP = QT_TRANSLATE_NOOP("RiskRows", "Share of members whose shortfall over the whole "
                                            "horizon exceeds the threshold share of their "
                                            "demand")
TIPS: LabelTable[str] = LabelTable("RiskRows", {
    "reliability": QT_TRANSLATE_NOOP(
        "RiskRows", "Share of the periods with demand that did not fail (any shortfall), all "
        "members pooled (Hashimoto et al. 1982)"),
    "resilience": QT_TRANSLATE_NOOP(
        "RiskRows", "Chance that a failed period is followed by one that does not fail; '–' "
        "when no period fails"),
    "vulnerability": QT_TRANSLATE_NOOP(
        "RiskRows", "Mean shortfall of the failed periods, in Mm³ and as % of their demand "
        "(the mean of shortfall ÷ demand); '–' when no period fails"),
})


def _supply(kind: str, plan: tuple[SupplyRisk, ...], base: tuple[SupplyRisk, ...] | None,
            threshold: float, expand_metrics: bool,
            names: Mapping[str, str] | None = None) -> list[RiskLine]:
    by_id = {b.id: b for b in base} if base is not None else {}
    group = {"country": "countries", "demand": "demands"}[kind]
    out: list[RiskLine] = []
    for r in plan:
        b = by_id.get(r.id)
        key = f"{kind}.{r.id}"
        name = (names or {}).get(r.id, r.name) if kind == "demand" else r.name
        out.append(RiskLine(f"{key}.p_short", translate(
            "RiskRows", "{name}: P(short > {threshold} %)").format(
                name=name, threshold=general(threshold)),
                            r.p_short_over_threshold, b.p_short_over_threshold if b else None,
                            "pct", -1, group,
                            f"{r.name}: {translate('RiskRows', P_SHORT_TIP)}"))
        if not expand_metrics:
            continue
        out += [
            RiskLine(f"{key}.reliability", translate("RiskRows", "reliability"), r.reliability,
                     b.reliability if b else None, "pct", +1, f"{key}.p_short",
                     TIPS["reliability"]),
            RiskLine(f"{key}.resilience", translate("RiskRows", "resilience"), r.resilience,
                     b.resilience if b else None, "pct", +1, f"{key}.p_short",
                     TIPS["resilience"]),
            RiskLine(f"{key}.vulnerability", translate("RiskRows", "vulnerability"),
                     r.vulnerability_mcm,
                     b.vulnerability_mcm if b else None, "mcm", -1, f"{key}.p_short",
                     TIPS["vulnerability"]),
            RiskLine(f"{key}.vulnerability_pct",
                     translate("RiskRows", "vulnerability, % of demand"),
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
                                tip=translate(
                                    "RiskRows", "Energy of the plants of {name} over each ICWC "
                                    "season (dams and run-of-river), {unit}, over the members"
                                ).format(name=e.name, unit=unit("GWh"))))
        b = by_key.get((e.country, e.span.index))
        season = translate("RiskRows", "{season} (partial)").format(season=e.span.display_label) \
            if e.span.partial else e.span.display_label
        for q, v, bv in (("P10", e.p10_gwh, b.p10_gwh if b else None),
                         ("P50", e.p50_gwh, b.p50_gwh if b else None),
                         ("P90", e.p90_gwh, b.p90_gwh if b else None)):
            out.append(RiskLine(f"{country}.{e.span.index}.{q.lower()}", f"{season} {q}",
                                v, bv, "gwh", 0, country,
                                (translate("RiskRows", "{name}, {season}: {q} of the members' "
                                           "energy (exact)") if e.exact else
                                 translate("RiskRows", "{name}, {season}: {q} of the members' "
                                           "energy (from a histogram)")).format(
                                    name=e.name, season=season, q=q)))
    return out


def risk_lines(plan: RiskTable, base: RiskTable | None = None,
               names: Mapping[str, str] | None = None) -> list[RiskLine]:
    """Every line, in reading order, parents before their children; ``names``: the demands'
    names by node id where they differ from the table's (a local name)."""
    t = plan.threshold_pct
    out: list[RiskLine] = []
    if plan.countries:
        out.append(RiskLine("countries", translate("RiskRows", "Countries"), None,
                            tip=translate("RiskRows", "Each country's demands together (a "
                                                      "shared demand split by its shares)")))
        out += _supply("country", plan.countries, base.countries if base else None, t, True)
    if plan.demands:
        out.append(RiskLine("demands", translate("RiskRows", "Demands"), None,
                            tip=translate("RiskRows", "Each demand node")))
        out += _supply("demand", plan.demands, base.demands if base else None, t, True, names)
    if plan.events:
        out.append(RiskLine("events", translate("RiskRows", "Events"), None,
                            tip=translate("RiskRows", "Share of members in which each event "
                                                      "happens at least once")))
        events = {(e.kind, e.element_id): e for e in base.events} if base else {}
        for e in plan.events:
            b = events.get((e.kind, e.element_id))
            out.append(RiskLine(f"event.{e.kind}.{e.element_id}", e.label, e.probability,
                                b.probability if b else None, "pct", 0, "events",
                                translate("RiskRows", "{label}: share of members; mean amount "
                                          "over all members {amount} {unit}").format(
                                    label=e.label, amount=fmt_number(e.mean_amount, 1),
                                    unit=unit(e.amount_unit))))
    if plan.energy:
        out.append(RiskLine("energy", translate("RiskRows", "Energy P10 / P50 / P90"), None,
                            tip=translate("RiskRows", "Energy per country and ICWC season over "
                                                      "the members")))
        out += _energy(plan.energy, base.energy if base else None)
    return out
