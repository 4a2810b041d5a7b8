"""Edits: pure, labelled, validating; the scenario they build is always valid."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from waterplanner.model import NodeKind, load_scenario, validate_scenario
from waterplanner.model.edits import (
    AddLink,
    AddNode,
    DeleteLinks,
    DeleteNodes,
    EditRefused,
    MoveNodes,
    SetLinkField,
    SetNodeField,
    SetReleases,
    new_node,
    set_release,
    unique_id,
)
from waterplanner.model.lav import LevelAreaVolume

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"


@pytest.fixture
def scn():
    return load_scenario(EXAMPLE)


def test_set_release_changes_one_period_and_keeps_the_rest(scn):
    edit = set_release(scn, "upper", 1, 222.0)
    after = edit.apply(scn)
    assert after.release_schedules["upper"] == (150.0, 222.0, 150.0)
    assert scn.release_schedules["upper"] == (150.0, 150.0, 150.0)  # pure
    assert edit.label == "Set Upper release, Nov 2025"
    assert after.nodes is scn.nodes and after.links is scn.links  # engine cache stays warm
    assert validate_scenario(after) == []


@pytest.mark.parametrize("value", [-1.0, float("nan"), float("inf")])
def test_bad_release_is_refused(scn, value):
    with pytest.raises(EditRefused, match="Upper release"):
        SetReleases(changes={"upper": {0: value}}).apply(scn)


def test_release_of_a_non_reservoir_is_refused(scn):
    with pytest.raises(EditRefused, match="not a reservoir"):
        SetReleases(changes={"fields": {0: 1.0}}).apply(scn)


def test_set_node_field_checks_bounds_and_consistency(scn):
    after = SetNodeField(node_id="upper", field_name="capacity_mcm", value="900").apply(scn)
    assert after.node("upper").capacity_mcm == 900.0
    assert validate_scenario(after) == []
    with pytest.raises(EditRefused, match="Upper capacity: -5 Mm³ is negative"):
        SetNodeField(node_id="upper", field_name="capacity_mcm", value=-5).apply(scn)
    with pytest.raises(EditRefused, match="dead storage"):
        SetNodeField(node_id="upper", field_name="dead_storage_mcm", value=2000).apply(scn)
    with pytest.raises(EditRefused, match="not a number"):
        SetNodeField(node_id="upper", field_name="capacity_mcm", value="lots").apply(scn)
    with pytest.raises(EditRefused, match="has 2 values but the time base has 3 periods"):
        SetNodeField(node_id="fields", field_name="demand_mcm", value=[1, 2]).apply(scn)
    with pytest.raises(EditRefused, match="strictly increasing"):
        SetNodeField(node_id="upper", field_name="lav", value=LevelAreaVolume(
            level_m=(900, 800), area_km2=(1, 2), volume_mcm=(0, 1000))).apply(scn)
    with pytest.raises(EditRefused, match="no field"):
        SetNodeField(node_id="upper", field_name="bogus", value=1).apply(scn)


def test_nullable_field_takes_none(scn):
    after = SetNodeField(node_id="upper", field_name="max_release_m3s", value=80).apply(scn)
    assert after.node("upper").max_release_m3s == 80
    back = SetNodeField(node_id="upper", field_name="max_release_m3s", value=None).apply(after)
    assert back.node("upper").max_release_m3s is None
    with pytest.raises(EditRefused, match="needs a value"):
        SetNodeField(node_id="upper", field_name="capacity_mcm", value=None).apply(scn)


def test_add_connect_delete_keeps_the_network_valid(scn):
    res = new_node(scn, NodeKind.RESERVOIR)
    s = AddNode(node=res, position=(10, 20)).apply(scn)
    assert s.layout.position(res.id) == (10.0, 20.0)
    assert res.id in s.release_schedules
    # put it between the lake's inlet junction and the lake: mid -> new -> lake
    s = DeleteLinks(link_ids=("l5",)).apply(s)
    s = AddLink(source="mid", target=res.id).apply(s)
    s = AddLink(source=res.id, target="lake").apply(s)
    assert validate_scenario(s) == []
    s2 = DeleteNodes(node_ids=(res.id,)).apply(s)
    assert not s2.has_node(res.id)
    assert all(res.id not in (lk.source, lk.target) for lk in s2.links)
    assert res.id not in s2.release_schedules


def test_cycle_is_refused_with_the_path(scn):
    with pytest.raises(EditRefused, match="circle.*Upper → Mid → Fields → Lake"):
        AddLink(source="lake", target="upper").apply(scn)


@pytest.mark.parametrize("src, dst, message", [
    ("upper", "upper", "itself"), ("upper", "nowhere", "no node 'nowhere'"),
    ("upper", "river", "source of the river"), ("sea", "lake", "sink"),
    ("upper", "mid", "already flows"),
])
def test_impossible_links_are_refused(scn, src, dst, message):
    with pytest.raises(EditRefused, match=message):
        AddLink(source=src, target=dst).apply(scn)


def test_move_nodes_and_unknown_node(scn):
    s = MoveNodes(positions={"upper": (3, 4)}).apply(scn)
    assert s.layout.position("upper") == (3.0, 4.0)
    with pytest.raises(EditRefused):
        MoveNodes(positions={"ghost": (0, 0)}).apply(scn)
    with pytest.raises(EditRefused):
        DeleteNodes(node_ids=("ghost",)).apply(scn)


def test_unique_ids_and_new_nodes_of_every_kind(scn):
    assert unique_id({"a", "a-2"}, "A") == "a-3"
    s = scn
    for kind in NodeKind:
        n = new_node(s, kind)
        s = AddNode(node=n).apply(s)
        assert s.node(n.id).kind is kind
    with pytest.raises(EditRefused, match="already exists"):
        AddNode(node=replace(n)).apply(s)


def test_set_link_field(scn):
    from waterplanner.model.edits import SetLinkField
    s = SetLinkField(link_id="l5", field_name="loss_fraction", value="0.25").apply(scn)
    assert s.link("l5").loss_fraction == 0.25
    assert validate_scenario(s) == []
    s = SetLinkField(link_id="l2", field_name="travel_time_periods", value=1).apply(scn)
    assert s.link("l2").travel_time_periods == 1
    s = SetLinkField(link_id="l2", field_name="capacity_m3s", value=None).apply(s)
    assert s.link("l2").capacity_m3s is None
    with pytest.raises(EditRefused, match="loss fraction: 1 is outside"):
        SetLinkField(link_id="l5", field_name="loss_fraction", value=1).apply(scn)
    with pytest.raises(EditRefused, match="whole number"):
        SetLinkField(link_id="l2", field_name="travel_time_periods", value=1.5).apply(scn)
    with pytest.raises(EditRefused, match="intake"):
        SetLinkField(link_id="l3", field_name="overflow", value=True).apply(scn)
    with pytest.raises(EditRefused, match="cannot be set"):
        SetLinkField(link_id="l3", field_name="from", value="x").apply(scn)
    with pytest.raises(EditRefused, match="no link"):
        SetLinkField(link_id="zz", field_name="overflow", value=True).apply(scn)


def test_drainage_store_and_return_share_are_edited_like_any_field(scn):
    s = SetNodeField(node_id="fields", field_name="drainage_residence_periods",
                     value="3").apply(scn)
    s = SetNodeField(node_id="fields", field_name="drainage_initial_mcm", value=80).apply(s)
    assert s.node("fields").drainage_residence_periods == 3.0
    assert s.node("fields").drainage_initial_mcm == 80.0
    with pytest.raises(EditRefused, match="needs a residence time"):
        SetNodeField(node_id="fields", field_name="drainage_residence_periods",
                     value=0).apply(s)
    with pytest.raises(EditRefused, match="negative"):
        SetNodeField(node_id="fields", field_name="drainage_residence_periods",
                     value=-1).apply(s)
    ret = next(lk for lk in s.links if lk.source == "fields")
    with pytest.raises(EditRefused, match="sum to 0.5, not 1"):
        SetLinkField(link_id=ret.id, field_name="return_share", value=0.5).apply(s)
    river = next(lk for lk in s.links if lk.source == "upper")
    with pytest.raises(EditRefused, match="only a link leaving a demand"):
        SetLinkField(link_id=river.id, field_name="return_share", value=0.5).apply(s)
    back = SetLinkField(link_id=ret.id, field_name="return_share", value=None).apply(
        SetLinkField(link_id=ret.id, field_name="return_share", value=1).apply(s))
    assert back.link(ret.id).return_share is None
    assert validate_scenario(back) == []
