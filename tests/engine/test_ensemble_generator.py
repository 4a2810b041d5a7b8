"""The stochastic generator's members have the statistics it was given.

2 000 members of the default scenario repeated over ten water years. Each statistic is
compared with its target within four standard errors, the standard error measured from
20 independent batches of 100 members (batch means), so the tolerance is the sampling error
of this very ensemble, not a guess."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from waterplanner.engine.ensemble import chunk, members
from waterplanner.engine.ensemble.fit import cv_from_sigma, fit, sigma_from_quantile
from waterplanner.model.ensembles import Ensemble, GeneratorSource, NodeStatistics
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.model.horizon import repeat_years

M, YEARS, BATCHES = 2000, 10, 20
RHO, PHI, PERIOD_CV = 0.6, 0.4, 0.2
SOURCE = GeneratorSource(seed=7, members=M, correlation=RHO, lag1=PHI, period_cv=PERIOD_CV)


@pytest.fixture(scope="module")
def case():
    s = repeat_years(load_shipped_scenario(), YEARS)
    s = replace(s, ensembles=(Ensemble(name="gen", source=SOURCE),))
    e = members(s, "gen")
    fitted = fit(s, SOURCE)
    annual = {k: v.reshape(M, YEARS, 12).sum(axis=2) for k, v in e.inflow_mcm.items()}
    return s, e, fitted, annual


def within_sampling_error(stat, values, target, k=4.0):
    """``stat`` of all members is within k standard errors of ``target`` (the standard error
    from the spread of the statistic over independent batches of members)."""
    whole = stat(values)
    batches = np.array([stat(b) for b in np.array_split(values, BATCHES)])
    se = batches.std(ddof=1) / math.sqrt(BATCHES)
    assert abs(whole - target) < k * se, f"{whole:.5g} vs target {target:.5g} (se {se:.3g})"
    return whole, se


def test_members_have_the_requested_shape_and_no_negative_value(case):
    s, e, _, _ = case
    assert e.members == M and e.seed == 7 and e.name == "gen"
    assert set(e.inflow_mcm) == {n.id for n in s.nodes if n.kind.value == "inflow"}
    for a in e.inflow_mcm.values():
        assert a.shape == (M, 120) and a.dtype == np.float64
        assert np.all(np.isfinite(a)) and a.min() >= 0


@pytest.mark.parametrize("node", ["naryn", "kara_darya", "chirchik", "arys"])
def test_annual_mean_and_variance_per_node_match_the_fitted_lognormal(case, node):
    s, _, fitted, annual = case
    i = fitted.node_ids.index(node)
    central = sum(s.node(node).inflow_mcm["median"][:12])
    dry = sum(s.node(node).inflow_mcm["dry"][:12])
    sigma = sigma_from_quantile(central, dry, 0.9, "mean")
    assert fitted.sigma[i] == pytest.approx(sigma)
    v = annual[node]
    # the central set is the mean year: the mean annual volume is the central set's
    within_sampling_error(lambda x: x.mean(), v, central)
    within_sampling_error(lambda x: x.std() / x.mean(), v, cv_from_sigma(sigma))
    logs = np.log(v)
    within_sampling_error(lambda x: x.std(), logs, sigma)
    # the dry set is the year exceeded in 90 % of years
    within_sampling_error(lambda x: np.percentile(x, 10), v, dry)


def normal_scores(fitted, annual, node):
    i = fitted.node_ids.index(node)
    return (np.log(annual[node]) - np.log(fitted.median_mcm[i])) / fitted.sigma[i]


def test_year_to_year_persistence_is_the_lag1_given(case):
    _, _, fitted, annual = case
    for node in ("naryn", "arys"):
        z = normal_scores(fitted, annual, node)

        def lag1(x):
            return np.corrcoef(x[:, :-1].ravel(), x[:, 1:].ravel())[0, 1]
        within_sampling_error(lag1, z, PHI)


def test_rivers_are_cross_correlated_as_given(case):
    _, _, fitted, annual = case
    za, zb = normal_scores(fitted, annual, "naryn"), normal_scores(fitted, annual, "chirchik")
    pair = np.stack([za, zb], axis=-1)
    within_sampling_error(lambda x: np.corrcoef(x[..., 0].ravel(), x[..., 1].ravel())[0, 1],
                          pair, RHO)
    # in volumes: the lognormal's correlation (e^{ρσaσb} − 1) / √((e^{σa²} − 1)(e^{σb²} − 1))
    sa, sb = (fitted.sigma[fitted.node_ids.index(n)] for n in ("naryn", "chirchik"))
    target = math.expm1(RHO * sa * sb) / math.sqrt(math.expm1(sa * sa) * math.expm1(sb * sb))
    volumes = np.stack([annual["naryn"], annual["chirchik"]], axis=-1)
    within_sampling_error(lambda x: np.corrcoef(x[..., 0].ravel(), x[..., 1].ravel())[0, 1],
                          volumes, target)


def test_seasonal_shape_is_kept_on_average(case):
    s, e, _, annual = case
    for node in ("naryn", "kara_darya"):
        central = np.asarray(s.node(node).inflow_mcm["median"][:12])
        shape = central / central.sum()
        share = e.inflow_mcm[node].reshape(M, YEARS, 12) / annual[node][..., None]
        mean_share = share.mean(axis=(0, 1))
        assert np.abs(mean_share - shape).max() < 0.05 * shape.max()
        assert np.argmax(mean_share) == np.argmax(shape)
        # month-to-month noise of the requested size around the shape
        noise = share / shape
        assert noise.std() == pytest.approx(PERIOD_CV, rel=0.15)


def test_period_noise_keeps_every_annual_volume(case):
    s, _, _, annual = case
    quiet = replace(SOURCE, period_cv=0.0)
    q = members(replace(s, ensembles=(Ensemble(name="gen", source=quiet),)), "gen", members=50)
    for node, a in q.inflow_mcm.items():
        np.testing.assert_allclose(a.reshape(50, YEARS, 12).sum(axis=2), annual[node][:50],
                                   rtol=1e-12)


def test_same_seed_same_members_bit_for_bit_and_another_seed_differs(case):
    s, e, _, _ = case
    again = members(s, "gen", members=300)
    for k, a in again.inflow_mcm.items():
        assert np.array_equal(a, e.inflow_mcm[k][:300])
    other = members(s, "gen", members=300, seed=8)
    assert other.seed == 8
    assert not np.array_equal(other.inflow_mcm["naryn"], again.inflow_mcm["naryn"])


@pytest.mark.parametrize(("start", "stop"), [(0, 1), (37, 81), (1999, 2000), (5, 5)])
def test_a_chunk_equals_the_same_rows_of_the_whole(case, start, stop):
    s, e, _, _ = case
    c = chunk(s, "gen", start, stop)
    assert c.members == stop - start and c.first_member == start and c.seed == 7
    for k, a in c.inflow_mcm.items():
        assert np.array_equal(a, e.inflow_mcm[k][start:stop])


def test_chunks_beyond_the_stored_count_are_generated_too():
    s = load_shipped_scenario()
    whole = members(s, members=40, seed=3)
    tail = chunk(s, None, 30, 40, seed=3)
    assert np.array_equal(tail.inflow_mcm["arys"], whole.inflow_mcm["arys"][30:])


def test_explicit_statistics_replace_the_fitted_ones():
    s = load_shipped_scenario()
    src = GeneratorSource(seed=1, members=4000,
                          nodes={"naryn": NodeStatistics(mean_mcm=15000.0, cv=0.1)})
    e = members(replace(s, ensembles=(Ensemble(name="x", source=src),)))
    v = e.inflow_mcm["naryn"].sum(axis=1)
    assert v.mean() == pytest.approx(15000.0, rel=4 * 0.1 / math.sqrt(4000))
    assert v.std() / v.mean() == pytest.approx(0.1, rel=0.1)
    # the month shape stays the central set's
    shape = np.asarray(s.node("naryn").inflow_mcm["median"])
    assert np.argmax(e.inflow_mcm["naryn"].mean(axis=0)) == np.argmax(shape)


def test_without_a_dry_set_the_default_cv_is_used_and_said():
    from waterplanner.model.ensembles import DEFAULT_CV
    s = load_shipped_scenario("syr-darya-hindcast-2021.wplan")
    e = members(s, members=3000)
    # January to December 2021: the end of water year 2021 (Jan-Sep), then the start of 2022
    v = e.inflow_mcm["chirchik"][:, :9].sum(axis=1)
    assert v.std() / v.mean() == pytest.approx(DEFAULT_CV, rel=0.1)
    assert any("0.31" in n for n in e.notes)
