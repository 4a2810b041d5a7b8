"""The report's storage plots show a guide-curve reservoir's curve and an operating minimum."""

from __future__ import annotations

from dataclasses import replace

from waterplanner.model.nodes import OperatingRule, ReservoirNode, RuleKind
from waterplanner.report.results_plots import _zone_legend
from waterplanner.ui.file_controller import default_scenario


def test_zone_legend_follows_the_rules() -> None:
    s = default_scenario()
    reservoirs = [n for n in s.nodes if isinstance(n, ReservoirNode)]
    # Kayrakkum's and Shardara's guide curves, Toktogul's operating minimum
    assert [e[2] for e in _zone_legend(reservoirs)] == ["guide curve (target)",
                                                       "operating minimum"]
    plain = [replace(r, operating_minimum_mcm=None, rule=OperatingRule()) for r in reservoirs]
    assert _zone_legend(plain) == []
    tok = plain[0]
    curve = (tok.initial_storage_mcm,) * s.time.periods
    on_curve = replace(tok, rule=OperatingRule(kind=RuleKind.GUIDE_CURVE, guide_curve_mcm=curve))
    assert [e[2] for e in _zone_legend([on_curve, *plain[1:]])] == ["guide curve (target)"]
    with_minimum = replace(tok, operating_minimum_mcm=6500.0)
    assert [e[2] for e in _zone_legend([with_minimum, *plain[1:]])] == ["operating minimum"]
    ruled = replace(on_curve, operating_minimum_mcm=6500.0)
    labels = [e[2] for e in _zone_legend([ruled, *plain[1:]])]
    assert labels == ["guide curve (target)", "operating minimum"]
