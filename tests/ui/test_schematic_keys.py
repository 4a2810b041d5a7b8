"""Which node an arrow key goes to, judged on screen."""

from __future__ import annotations

from waterplanner.ui.schematic_keys import neighbour

CROSS = {"c": (0.0, 0.0), "e": (10.0, 0.0), "far_e": (30.0, 1.0), "s": (0.0, 10.0),
         "n": (0.0, -10.0), "w": (-10.0, 0.0)}


def test_each_arrow_goes_to_the_node_that_way() -> None:
    assert neighbour(CROSS, "c", "right") == "e"
    assert neighbour(CROSS, "c", "left") == "w"
    assert neighbour(CROSS, "c", "up") == "n"
    assert neighbour(CROSS, "c", "down") == "s"
    assert neighbour(CROSS, "e", "right") == "far_e"


def test_nothing_that_way_keeps_nothing() -> None:
    assert neighbour(CROSS, "far_e", "right") is None
    assert neighbour({"a": (0.0, 0.0), "b": (0.0, 5.0)}, "a", "right") is None


def test_straight_ahead_beats_nearer_far_off_to_the_side() -> None:
    nodes = {"c": (0.0, 0.0), "ahead": (20.0, 0.0), "aside": (8.0, 12.0)}
    assert neighbour(nodes, "c", "right") == "ahead"


def test_without_a_current_node_the_first_node() -> None:
    assert neighbour(CROSS, None, "down") == "c"
    assert neighbour(CROSS, "gone", "down") == "c"
    assert neighbour({}, None, "down") is None
