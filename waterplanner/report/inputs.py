"""What a report is built from, and the names it gives countries and nodes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np

from waterplanner.engine.countries_summary import CountriesSummary, countries_summary
from waterplanner.engine.ensemble_run import member_label
from waterplanner.engine.results import Results
from waterplanner.engine.risk.options import RiskOptions
from waterplanner.engine.risk.table import RiskTable
from waterplanner.engine.summary import Summary
from waterplanner.i18n import translate
from waterplanner.i18n.figures import counted
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario
from waterplanner.report.names import COUNTRY_NAMES, country_label, node_title, short_name
from waterplanner.report.timeaxis import ReportTime, report_time

if TYPE_CHECKING:
    from waterplanner.engine.optimise.record import OptimisationRecord

__all__ = [
    "COUNTRY_NAMES",
    "ReportInputs",
    "country_label",
    "current_record",
    "node_title",
    "short_name",
]


@dataclass
class ReportInputs:
    """Everything a report is built from."""

    scenario: Scenario
    results: Results
    baseline: Results | None = None
    baseline_label: str = ""
    optimisation: OptimisationRecord | None = None
    """Where the release schedules came from (an applied optimiser result or trade-off
    point), only when it describes exactly ``scenario``: see :func:`current_record`."""
    before: Results | None = field(default=None, repr=False)
    """The scenario the record's schedules were applied to, simulated with the report's
    inflow set (made on first use)."""
    risk_options: RiskOptions = field(default_factory=RiskOptions)
    """What the risk section counts as short (the window's threshold, or ``--threshold``)."""
    member: int = 0
    """The ensemble member every section but the risk section shows (from 0; the member the
    window highlights, or ``--member``); 0 for a single run."""

    def __post_init__(self) -> None:
        if not 0 <= self.member < self.results.members:
            raise ValueError(f"no member {self.member + 1} in {self.results.members} member(s)")

    @property
    def base_member(self) -> int:
        """The baseline's member shown beside :attr:`member`: the same member when the
        baseline is an ensemble too, else its only one (as the window's plots do)."""
        b = self.baseline
        return min(self.member, b.members - 1) if b is not None else 0

    def summary(self) -> Summary:
        """The summary of the member the report shows (the window's Summary panel's)."""
        return self.results.summary(self.member)

    def base_summary(self) -> Summary | None:
        """The baseline's summary of :attr:`base_member` (None without a baseline)."""
        b = self.baseline
        return b.summary(self.base_member) if b is not None else None

    def series(self, quantity: str, element_id: str) -> np.ndarray:
        """One quantity of one node or link over the periods, of the member shown."""
        return self.results.series(quantity, element_id, self.member)

    def base_series(self, quantity: str, element_id: str) -> np.ndarray:
        """The baseline's series of :attr:`base_member` (a baseline must exist)."""
        assert self.baseline is not None
        return self.baseline.series(quantity, element_id, self.base_member)

    @cached_property
    def member_words(self) -> str:
        """'member 57 of 200 (driest)' ('' for a single run): the window's words."""
        return member_label(self.results, self.member)

    @property
    def is_ensemble(self) -> bool:
        return self.results.members > 1

    @property
    def risk(self) -> RiskTable | None:
        """The risk table of an ensemble (None for a single run): the very table the window
        shows for these results (:meth:`Results.risk` keeps it with them)."""
        return self.results.risk(self.risk_options) if self.is_ensemble else None

    @property
    def baseline_risk(self) -> RiskTable | None:
        """The baseline's risk table when it is an ensemble on the same members."""
        b = self.baseline
        if b is None or b.members != self.results.members or b.time != self.results.time:
            return None
        return b.risk(self.risk_options)

    def inflow_words(self) -> str:
        """What the results were simulated with: the inflow set, or the ensemble."""
        e = self.results.ensemble
        if e is not None and self.is_ensemble:
            return translate("ReportInputs", "ensemble '{name}', {members}").format(
                name=e.name, members=counted("ReportInputs", "%n members", e.members))
        return translate("ReportInputs", "inflow set '{name}'").format(
            name=self.results.inflow_set)

    @cached_property
    def time(self) -> ReportTime:
        """The rows and plot steps of the report: the periods, or months for long horizons."""
        return report_time(self.results.time)

    @cached_property
    def countries(self) -> CountriesSummary:
        """The per-country summary by ICWC season of the member the report shows, as the
        command line and the window compute it."""
        return countries_summary(self.results, member=self.member)

    @cached_property
    def baseline_countries(self) -> CountriesSummary | None:
        """The baseline's per-country summary, when its seasons are the same."""
        if self.baseline is None:
            return None
        b = countries_summary(self.baseline, member=self.base_member)
        return b if [s.to_dict() for s in b.spans] == \
            [s.to_dict() for s in self.countries.spans] else None

    def before_results(self) -> Results | None:
        """The 'before' of the optimisation record (None without a record): the scenario the
        schedules were applied to, simulated with the report's inflow set, or with the
        inflows of the member shown when the results are an ensemble's."""
        if self.optimisation is None:
            return None
        applied_to = self.optimisation.applied_to
        if self.results.inflow_set not in applied_to.inflow_set_names:
            return None  # inflows of the report's own: no like-for-like 'before'
        if self.before is None:
            from waterplanner.engine.simulate import simulate
            inflows = None
            if self.is_ensemble:
                own = {n.id for n in applied_to.nodes if isinstance(n, InflowNode)}
                if own != set(self.results.net.inflow_node_ids):
                    return None
                inflows = {nid: self.series("local_inflow_mcm", nid) for nid in sorted(own)}
            self.before = simulate(applied_to, self.results.inflow_set, inflows=inflows)
        return self.before


def current_record(optimisation: Any, scenario: Scenario) -> OptimisationRecord | None:
    """The optimisation record to report for ``scenario``, or None.

    A record counts only when it describes exactly this scenario (after an undo, another
    edit or another file it does not, and a stale record must never reach the page). A bare
    ``OptimisationResult`` is accepted as a record of kind "optimiser" when its optimised
    scenario is this very scenario (its nodes possibly moved on the schematic since);
    anything else is ignored.
    """
    if optimisation is None:
        return None
    from waterplanner.engine.optimise.api import OptimisationResult
    from waterplanner.engine.optimise.record import OptimisationRecord
    if isinstance(optimisation, OptimisationRecord):
        return optimisation if optimisation.describes(scenario) else None
    if isinstance(optimisation, OptimisationResult) \
            and scenario.same_apart_from_layout(optimisation.scenario) \
            and optimisation.improved:
        return OptimisationRecord(kind="optimiser", applied_to=optimisation.original,
                                  produced=optimisation.scenario, result=optimisation)
    return None


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportInputs", "%n members", None, 1)
