"""The optional ``ensembles`` section: read, written back byte for byte, and every mistake
named where it is."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waterplanner.model.document import (
    dumps_scenario,
    loads_scenario,
    parse_document,
    scenario_from_document,
)
from waterplanner.model.edits import DeleteNodes
from waterplanner.model.ensembles import (
    Ensemble,
    GeneratorSource,
    MembersSource,
    NodeStatistics,
    RecordSource,
)
from waterplanner.model.fileio import shipped_scenario_text, shipped_scenarios
from waterplanner.model.horizon import monthly_to_dekads
from waterplanner.model.validation import validate_document

ROW = [float(i) for i in range(12)]


def document_with(*ensembles):
    doc = parse_document(shipped_scenario_text())
    doc["ensembles"] = list(ensembles)
    return doc


def problems(*ensembles):
    return {(p.location, p.message) for p in validate_document(document_with(*ensembles))}


def locations(*ensembles):
    return {loc for loc, _ in problems(*ensembles)}


GOOD = [
    {"name": "stochastic", "label": "Stochastic, 1 000 members", "description": "fitted",
     "source": {"kind": "generator", "method": "lognormal_ar1", "seed": 42, "members": 1000,
                "central_set": "median", "central": "median", "dry_set": "dry",
                "dry_exceedance": 0.9, "correlation": 0.75, "lag1": 0.3, "period_cv": 0.1,
                "default_cv": 0.3, "nodes": {"naryn": {"mean_mcm": 12300, "cv": 0.25},
                                             "arys": {"cv": 0.5}}}},
    {"name": "record", "label": "", "description": "", "source": {"kind": "record",
                                                                  "set": "dry"}},
    {"name": "imported", "label": "From the forecast office", "description": "",
     "source": {"kind": "members", "inflow_mcm": {"naryn": [ROW, ROW[::-1]],
                                                  "chirchik": [ROW, ROW]},
                "fill_set": "dry"}},
]


def test_shipped_files_without_ensembles_are_unchanged():
    for name in shipped_scenarios():
        text = shipped_scenario_text(name)
        s = loads_scenario(text)
        assert s.ensembles == ()
        assert dumps_scenario(s).encode() == text
        assert '"ensembles"' not in dumps_scenario(s)


def test_every_kind_of_ensemble_reads_and_writes_back_byte_for_byte():
    s = scenario_from_document(document_with(*copy.deepcopy(GOOD)))
    gen, rec, imp = s.ensembles
    assert gen.source == GeneratorSource(
        seed=42, members=1000, central_set="median", central="median", dry_set="dry",
        dry_exceedance=0.9, correlation=0.75, lag1=0.3, period_cv=0.1, default_cv=0.3,
        nodes={"naryn": NodeStatistics(mean_mcm=12300.0, cv=0.25),
               "arys": NodeStatistics(cv=0.5)})
    assert rec.source == RecordSource(set="dry")
    assert isinstance(imp.source, MembersSource) and imp.source.members == 2
    assert imp.source.inflow_mcm["naryn"][1] == tuple(ROW[::-1])
    assert s.ensemble("record") is rec
    text = dumps_scenario(s)
    assert loads_scenario(text) == s
    assert dumps_scenario(loads_scenario(text)) == text
    # one member per line
    assert "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],\n" in text


def test_parameters_left_out_stay_out():
    s = scenario_from_document(document_with(
        {"name": "g", "source": {"kind": "generator", "method": "lognormal_ar1", "seed": 1,
                                 "members": 10}}))
    assert s.ensembles[0].source == GeneratorSource(seed=1, members=10)
    written = parse_document(dumps_scenario(s))["ensembles"][0]
    assert written == {"name": "g", "label": "", "description": "",
                       "source": {"kind": "generator", "method": "lognormal_ar1", "seed": 1,
                                  "members": 10}}


def test_a_good_section_has_no_problems():
    assert problems(*GOOD) == set()


@pytest.mark.parametrize(("source", "location", "words"), [
    ({"kind": "forecast"}, "ensembles[0].source.kind", "is not an ensemble source"),
    ({"method": "lognormal_ar1"}, "ensembles[0].source.kind", "required field is missing"),
    ({"kind": "generator", "method": "kirsch", "seed": 1, "members": 5},
     "ensembles[0].source.method", "'kirsch' is not a generator (use one of: lognormal_ar1)"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": -3, "members": 5},
     "ensembles[0].source.seed", "-3 is below the minimum 0"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1.5, "members": 5},
     "ensembles[0].source.seed", "expected a whole number"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 0},
     "ensembles[0].source.members", "0 is below the minimum 1"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 10**8},
     "ensembles[0].source.members", "above the maximum 10000000"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1},
     "ensembles[0].source.members", "required field is missing"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "correlation": 1.0}, "ensembles[0].source.correlation", "must be below 1"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "lag1": float("nan")}, "ensembles[0].source.lag1", "is not a finite number"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "central": "mode"}, "ensembles[0].source.central", "use mean or median"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "dry_set": "wet"}, "ensembles[0].source.dry_set", "unknown inflow set 'wet'"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "dry_set": "median"}, "ensembles[0].source.dry_set", "cannot be the central set"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "central_set": "dry", "dry_set": "median"}, "ensembles[0].source.dry_set",
     "a dry year must have less water"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "nodes": {"toktogul": {"cv": 0.2}}}, "ensembles[0].source.nodes.toktogul",
     "'toktogul' is a reservoir, not an inflow node"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "nodes": {"naryn": {"cv": -0.2}}}, "ensembles[0].source.nodes.naryn.cv",
     "-0.2 is negative"),
    ({"kind": "generator", "method": "lognormal_ar1", "seed": 1, "members": 5,
      "nodes": {"narin": {"cv": 0.2}}}, "ensembles[0].source.nodes.narin",
     "node 'narin' does not exist"),
    ({"kind": "record", "set": "wet"}, "ensembles[0].source.set", "unknown inflow set 'wet'"),
    ({"kind": "members"}, "ensembles[0].source.inflow_mcm", "required field is missing"),
    ({"kind": "members", "inflow_mcm": {"naryn": [ROW[:11]]}},
     "ensembles[0].source.inflow_mcm.naryn[0]",
     "member 1 has 11 values but the time base has 12 periods"),
    ({"kind": "members", "inflow_mcm": {"naryn": [ROW, ROW[:5] + [-1.0] + ROW[6:]]}},
     "ensembles[0].source.inflow_mcm.naryn[1][5]", "-1 is negative"),
    ({"kind": "members", "inflow_mcm": {"naryn": [ROW[:3] + ["7"] + ROW[4:]]}},
     "ensembles[0].source.inflow_mcm.naryn[0][3]", "expected a number, found text"),
    ({"kind": "members", "inflow_mcm": {"naryn": [ROW], "arys": [ROW, ROW]}},
     "ensembles[0].source.inflow_mcm", ("every node needs the same number of members "
                                       "(naryn 1, arys 2)")),
    ({"kind": "members", "inflow_mcm": {"shardara": [ROW]}},
     "ensembles[0].source.inflow_mcm.shardara", "is a reservoir, not an inflow node"),
    ({"kind": "members", "inflow_mcm": {"naryn": []}},
     "ensembles[0].source.inflow_mcm.naryn", "found an empty list"),
])
def test_each_mistake_is_named_where_it_is(source, location, words):
    found = problems({"name": "e", "source": source})
    assert any(loc == location and words in msg for loc, msg in found), found


def test_names_and_section_shape():
    assert locations("not an object") == {"ensembles[0]"}
    assert locations({"name": "bad name!", "source": {"kind": "record"}}) \
        == {"ensembles[0].name"}
    assert locations({"name": "e"}) == {"ensembles[0].source"}
    twice = problems({"name": "e", "source": {"kind": "record"}},
                     {"name": "e", "source": {"kind": "record"}})
    assert twice == {("ensembles[1].name", "ensemble 'e' is defined twice")}
    doc = document_with()
    doc["ensembles"] = {"e": 1}
    assert [p.location for p in validate_document(doc)] == ["ensembles"]
    assert locations({"name": "e", "colour": "red", "source": {"kind": "record"}}) \
        == {"ensembles[0].colour"}


def test_a_record_needs_a_horizon_of_whole_water_years():
    doc = parse_document(shipped_scenario_text("syr-darya-hindcast-2021.wplan"))
    doc["ensembles"] = [{"name": "r", "source": {"kind": "record"}}]
    found = [str(p) for p in validate_document(doc)]
    assert found == [("ensembles[0].source: a record's members are whole water years, but the "
                     "horizon starts on 2021-01-01, not at the start of a water year "
                     "(1 October)")]


def test_deleting_a_node_removes_it_from_the_ensembles():
    s = scenario_from_document(document_with(*copy.deepcopy(GOOD)))
    after = DeleteNodes(node_ids=("arys",)).apply(s)
    gen = after.ensemble("stochastic").source
    assert isinstance(gen, GeneratorSource) and set(gen.nodes) == {"naryn"}
    only_naryn = replace(s, ensembles=(Ensemble(name="x", source=MembersSource(
        inflow_mcm={"naryn": (tuple(ROW),)})),))
    assert DeleteNodes(node_ids=("naryn",)).apply(only_naryn).ensembles == ()


def test_dekads_split_stored_members_like_the_inflow_sets():
    s = scenario_from_document(document_with(*copy.deepcopy(GOOD)))
    d = monthly_to_dekads(s)
    src = d.ensemble("imported").source
    assert isinstance(src, MembersSource)
    assert len(src.inflow_mcm["naryn"][0]) == 36
    assert sum(src.inflow_mcm["naryn"][0]) == pytest.approx(sum(ROW))
    assert not validate_document(parse_document(dumps_scenario(d)))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=True)
    | st.sampled_from(["", "median", "dry", "naryn", "lognormal_ar1", "generator", "record",
                       "members", "mean", "x"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["kind", "seed", "members", "method", "naryn", "cv",
                                       "mean_mcm", "set", "fill_set", "inflow_mcm", "nodes",
                                       "central", "dry_set", "lag1"]), inner, max_size=4),
    max_leaves=12)
_SOURCE_KEYS = ("kind", "method", "seed", "members", "central_set", "central", "dry_set",
                "dry_exceedance", "correlation", "lag1", "period_cv", "default_cv", "nodes",
                "set", "fill_set", "inflow_mcm")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(GOOD), changes=st.dictionaries(st.sampled_from(_SOURCE_KEYS),
                                                           _JSON, max_size=3))
def test_any_source_is_judged_without_crashing(base, changes):
    """Whatever a source holds, the validator lists problems or the scenario reads and
    writes back unchanged: never an exception."""
    entry = copy.deepcopy(base)
    entry["source"].update(copy.deepcopy(changes))
    doc = document_with(entry)
    if validate_document(doc):
        return
    s = scenario_from_document(doc)
    text = dumps_scenario(s)
    assert dumps_scenario(loads_scenario(text)) == text
