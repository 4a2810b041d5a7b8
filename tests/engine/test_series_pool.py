"""The series pool keeps each distinct series once and gives back exactly what was put in."""

from __future__ import annotations

import numpy as np
import pytest

from waterplanner.engine.series_pool import SeriesPool, expand


def test_equal_series_share_a_row_and_read_back_bit_for_bit():
    pool = SeriesPool(4)
    a = pool.series(np.array([1.0, 2.0, 3.0, 0.1 + 0.2]))
    b = pool.series(np.array([1.0, 2.0, 3.0, 0.1 + 0.2]))
    c = pool.series(np.array([1.0, 2.0, 3.0, 0.3]))  # 0.1 + 0.2 != 0.3: another row
    inf = pool.constant(np.inf)
    assert a == b != c
    assert pool.constant(np.inf) == inf == pool.series(np.full(4, np.inf))
    assert len(pool) == 3
    block = pool.block()
    assert block.shape == (4, 3)
    assert block[3, a] == 0.1 + 0.2
    assert np.array_equal(expand(block, np.array([c, inf, a])),
                          [[1, 2, 3, 0.3], [np.inf] * 4, [1, 2, 3, 0.1 + 0.2]])


def test_nan_rows_are_shared_and_an_empty_pool_still_has_a_row():
    pool = SeriesPool(3)
    assert pool.block().shape == (3, 1)
    assert pool.constant(np.nan) == pool.series(np.full(3, np.nan))


def test_a_series_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError, match=r"shape \(2,\); expected \(3,\)"):
        SeriesPool(3).series(np.zeros(2))


def test_a_network_keeps_each_distinct_series_once():
    from waterplanner.engine.compiled import compile_network
    from waterplanner.model import Step
    from waterplanner.model.synthetic import reservoir_chain

    net = compile_network(reservoir_chain(40, 365, Step.DAY))
    # equal demands, one evaporation series, constant limits: a handful of rows for 82 nodes
    assert net.pool.shape[0] == 365 and net.pool.shape[1] < 12
    demands = net.demand_mcm[net.kind == 3]
    assert demands.shape == (40, 365) and np.all(demands == demands[0]) and demands[0].sum() > 0
    assert np.all(np.isinf(net.max_outflow_mcm)) and np.all(np.isnan(net.guide_mcm))
    assert net.link_initial_mcm.shape == (net.n_links, 365)
