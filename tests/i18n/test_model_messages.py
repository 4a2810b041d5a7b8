"""The model speaks the planner's language: validation problems, refused edits, labels and
import messages come out in Russian and Kazakh with their values filled in (a decimal comma
in both), and exactly as before in English; the scenario's data stay language-neutral."""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator
from typing import Any

import pytest

from waterplanner import i18n
from waterplanner.model import schema
from waterplanner.model.document import scenario_to_document
from waterplanner.model.edits import KIND_LABELS, AddLink, EditRefused, SetNodeField, new_node
from waterplanner.model.field_words import HELP as HELP_TEXTS
from waterplanner.model.field_words import LABELS, LIMIT_NOTES, LINK_LABELS
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.model.nodes import NodeKind
from waterplanner.model.scenario import Scenario
from waterplanner.model.spreadsheet import parse_number
from waterplanner.model.validation import validate_document


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_shipped_scenario()


@pytest.fixture
def speak() -> Iterator[Any]:
    """Install a language for the test; English again afterwards, whatever happens."""
    from waterplanner.ui import translators as translations

    yield translations.install
    translations.install("en")


def _broken(scenario: Scenario) -> dict[str, Any]:
    """The scenario's document with Toktogul's dead storage 1 234.5 Mm³ above its capacity,
    a link closing the river into a cycle and a NaN in Naryn's inflow."""
    doc = copy.deepcopy(scenario_to_document(scenario))
    toktogul = next(n for n in doc["nodes"] if n["id"] == "toktogul")
    toktogul["dead_storage_mcm"] = toktogul["capacity_mcm"] + 1234.5
    doc["links"].append({"id": "back", "from": "north_aral", "to": "toktogul"})
    naryn = next(n for n in doc["nodes"] if n["id"] == "naryn")
    naryn["inflow_mcm"]["median"][3] = math.nan
    return doc


def _messages(doc: dict[str, Any]) -> dict[str, str]:
    return {p.location: p.message for p in validate_document(doc)}


ENGLISH = {
    "nodes.toktogul.dead_storage_mcm": "20734.5 is above capacity 19500",
    "nodes.naryn.inflow_mcm.median[3]": "nan is not a finite number",
}
RUSSIAN = {
    "nodes.toktogul.dead_storage_mcm": "20734,5 больше полного объёма 19500",
    "nodes.naryn.inflow_mcm.median[3]": "nan — не конечное число",
}
KAZAKH = {
    "nodes.toktogul.dead_storage_mcm": "20734,5 толық көлемнен (19500) асады",
    "nodes.naryn.inflow_mcm.median[3]": "nan — шектеулі сан емес",
}


@pytest.mark.parametrize("lang, expected, cycle", [
    ("en", ENGLISH, "links form a cycle: "),
    ("ru", RUSSIAN, "участки образуют кольцо: "),
    ("kk", KAZAKH, "байланыстар сақина құрайды: "),
])
def test_validation_problems_in_the_planners_language(scenario, speak, lang, expected,
                                                      cycle) -> None:
    speak(lang)
    doc = _broken(scenario)
    got = _messages(doc)
    for location, message in expected.items():
        assert got[location] == message
    # the cycle is found on the file's links without the broken ones: its ids stay as written
    cycle_doc = copy.deepcopy(scenario_to_document(scenario))
    cycle_doc["links"].append({"id": "back", "from": "north_aral", "to": "toktogul"})
    found = _messages(cycle_doc)["links"]
    assert found.startswith(cycle) and "toktogul → " in found and found.endswith("→ toktogul")


@pytest.mark.parametrize("lang, dead, cycle", [
    ("en", "Toktogul dead storage: 20734.5 is above capacity 19500",
     "would make water flow in a circle"),
    ("ru", "Toktogul, мёртвый объём: 20734,5 больше полного объёма 19500",
     "замкнул бы течение в кольцо"),
    ("kk", "Toktogul, өлі көлем: 20734,5 толық көлемнен (19500) асады",
     "суды сақина бойымен ағызар еді"),
])
def test_refused_edits_in_the_planners_language(scenario, speak, lang, dead, cycle) -> None:
    speak(lang)
    with pytest.raises(EditRefused) as raised:
        SetNodeField(node_id="toktogul", field_name="dead_storage_mcm",
                     value=20734.5).apply(scenario)
    assert str(raised.value).startswith(dead + ";")
    with pytest.raises(EditRefused) as raised:
        AddLink(source="north_aral", target="toktogul").apply(scenario)
    text = str(raised.value)
    assert cycle in text and "North Aral" in text and "Toktogul" in text and "{" not in text


def test_english_is_unchanged_after_another_language(scenario, speak) -> None:
    speak("ru")
    russian = _messages(_broken(scenario))
    speak("en")
    english = _messages(_broken(scenario))
    assert english != russian
    for location, message in ENGLISH.items():
        assert english[location] == message
    assert i18n.language() == "en"


def test_labels_follow_the_language_but_new_nodes_are_named_in_english(scenario,
                                                                       speak) -> None:
    speak("ru")
    assert KIND_LABELS[NodeKind.RESERVOIR] == "Водохранилище"
    assert dict(KIND_LABELS.items())[NodeKind.SINK] == "Выход из системы"
    node = new_node(scenario, NodeKind.RESERVOIR)
    assert node.name == "Reservoir 1" and node.id == "reservoir-1"
    spec = schema.node_field(NodeKind.RESERVOIR, "capacity_mcm")
    assert spec.label == "Полный объём" and spec.english("label") == "Capacity"
    link_capacity = next(s for s in schema.LINK_FIELDS if s.name == "capacity_m3s")
    assert link_capacity.label == "Пропускная способность"
    assert spec.help.startswith("Не более 1 000 000 млн м³")
    speak("kk")
    assert KIND_LABELS[NodeKind.RESERVOIR] == "Су қоймасы"
    assert spec.label == "Толық көлем"
    speak("en")
    assert KIND_LABELS[NodeKind.RESERVOIR] == "Reservoir"
    assert spec.label == "Capacity" and spec.help.startswith("At most 1 000 000 Mm³")


def test_counted_texts_take_the_languages_plural_forms(speak) -> None:
    from waterplanner.model.field_checker import quote

    speak("ru")
    assert quote(list(range(21))) == "список из 21 элемента"
    assert quote(list(range(22))) == "список из 22 элементов"
    assert quote(list(range(25))) == "список из 25 элементов"
    speak("kk")
    assert quote(list(range(21))) == "21 элементтен тұратын тізім"
    speak("en")
    assert quote(list(range(21))) == "a list of 21 items"


def test_import_messages_and_period_labels(scenario, speak) -> None:
    from waterplanner.i18n.dates import time_label

    speak("ru")
    assert parse_number("abc") == (None, "'abc' — не число")
    assert time_label(scenario.time, 0) == "окт 2025"
    assert scenario.time.label(0) == "Oct 2025"  # the time base's own labels are data
    speak("kk")
    assert time_label(scenario.time, 0) == "қаз 2025"
    assert parse_number("") == (None, "ұяшық бос")


def test_every_text_of_the_schema_is_marked_for_the_catalogues() -> None:
    """A field added to the schema without its label, help or limit note in field_words
    would stay English in every language."""
    specs: list[schema.FieldSpec] = []
    for value in vars(schema).values():
        if isinstance(value, schema.FieldSpec):
            specs.append(value)
        elif isinstance(value, tuple) and value and isinstance(value[0], schema.FieldSpec):
            specs += value
        elif isinstance(value, dict):
            for group in value.values():
                if isinstance(group, tuple) and group and isinstance(group[0], schema.FieldSpec):
                    specs += group
    assert len(specs) > 100
    marked = {"Fields": set(LABELS) | set(HELP_TEXTS) | set(LIMIT_NOTES),
              "LinkFields": set(LINK_LABELS)}
    missing = []
    for spec in specs:
        if spec.english("label") and spec.english("label") not in marked[spec.label_context]:
            missing.append(f"{spec.name}: label {spec.english('label')!r}")
        for name in ("help", "limit_note"):
            if spec.english(name) and spec.english(name) not in marked["Fields"]:
                missing.append(f"{spec.name}: {name} {spec.english(name)!r}")
    assert not missing, "add to waterplanner/model/field_words.py:\n" + "\n".join(missing)
