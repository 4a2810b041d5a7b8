"""The report's storage plots show a guide-curve reservoir's curve and an operating minimum."""

from __future__ import annotations

from dataclasses import replace

from waterplanner.model.nodes import OperatingRule, ReservoirNode, RuleKind
from waterplanner.report.results_plots import _zone_legend
from waterplanner.ui.file_controller import default_scenario


def test_zone_legend_follows_the_rules() -> None:
    s = default_scenario()
    reservoirs = [n for n in s.nodes if isinstance(n, ReservoirNode)]
    assert [e[2] for e in _zone_legend(reservoirs)] == ["operating minimum"]  # Toktogul's
    plain = [replace(r, operating_minimum_mcm=None) for r in reservoirs]
    assert _zone_legend(plain) == []
    tok = plain[0]
    curve = (tok.initial_storage_mcm,) * s.time.periods
    ruled = replace(tok, operating_minimum_mcm=6500.0,
                    rule=OperatingRule(kind=RuleKind.GUIDE_CURVE, guide_curve_mcm=curve))
    labels = [e[2] for e in _zone_legend([ruled, *plain[1:]])]
    assert labels == ["guide curve (target)", "operating minimum"]
