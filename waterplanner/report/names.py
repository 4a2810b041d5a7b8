"""Names a reader understands, in place of the scenario file's internal ids.

Nodes are called by their display name (``Toktogul``), links by the nodes they join
(``Charvak → Chirchik below Charvak``), and field paths of the file
(``links.charvak__chirchik_tail.capacity_m3s``) by what they hold, with the unit from the
schema (``Charvak → Chirchik below Charvak: capacity (m³/s)``). Every name is cut to a
bounded length with an ellipsis, so an absurdly long name can neither spoil the layout nor
slow the report down.
"""

from __future__ import annotations

import re
from typing import Any

from waterplanner.i18n import translate
from waterplanner.i18n.units import unit
from waterplanner.model.countries import COUNTRY_NAMES
from waterplanner.model.scenario import Link, Scenario
from waterplanner.model.schema import (
    COUNTRY_FIELDS,
    EXCHANGE_FIELDS,
    HYDROPOWER_FIELDS,
    LAV_COLUMNS,
    LINK_FIELDS,
    METADATA_FIELDS,
    PLANT_FIELDS,
    TIME_FIELDS,
    FieldSpec,
    FieldType,
    node_field,
)
from waterplanner.report.flow import clip

MAX_NAME_CHARS = 60
"""Longest node name printed (table cells, plot titles, schematic labels)."""
MAX_TITLE_CHARS = 160
"""Longest report title printed."""


def short_name(name: str) -> str:
    """A long display name shortened for labels and column headings.

    'Fergana Valley (UZ main; ...)' → 'Fergana Valley'; 'Naryn: inflow to Toktogul' →
    'Naryn'; 'North (Small) Aral Sea behind the Kokaral dike' → 'North Aral Sea'.
    """
    text = clip(name, 4 * MAX_NAME_CHARS)
    m = re.match(r"^(\S+) \([^)]*\) (.+)$", text)
    if m:  # a one-word head qualified in parentheses: keep the words after the bracket
        text = f"{m.group(1)} {m.group(2)}"
    for sep in (" (", ":", ",", ";", " behind ", " beyond "):
        if sep in text:
            head = text.split(sep, 1)[0]
            if head.strip():
                text = head
    return clip(text.strip(), MAX_NAME_CHARS)


def country_label(code: str) -> str:
    """'KZ Kazakhstan' for known codes, the code itself otherwise ('–' when blank)."""
    if not code:
        return "–"
    return f"{code} {COUNTRY_NAMES[code]}" if code in COUNTRY_NAMES else clip(code, 12)


def node_title(node: Any) -> str:
    """Short display name with the local-script name in parentheses when there is one."""
    name = short_name(node.name)
    local = clip(node.local_name, MAX_NAME_CHARS) if node.local_name else ""
    return f"{name} ({local})" if local and local != name else name


def node_name(scenario: Scenario, node_id: str) -> str:
    """The short display name of a node (the id itself if the scenario has no such node)."""
    if scenario.has_node(node_id):
        return short_name(scenario.node(node_id).name)
    return clip(node_id, MAX_NAME_CHARS)


def nodes_text(scenario: Scenario, node_ids: tuple[str, ...] | list[str],
               empty: str | None = None) -> str:
    """'Toktogul, Kayrakkum' for a list of node ids; ``empty`` (default 'all', in the
    planner's language) for none."""
    if node_ids:
        return ", ".join(node_name(scenario, n) for n in node_ids)
    return translate("ReportNames", "all") if empty is None else empty


def link_name(scenario: Scenario, link: Link) -> str:
    """'Source → Target' of a link."""
    return f"{node_name(scenario, link.source)} → {node_name(scenario, link.target)}"


def link_name_by_id(scenario: Scenario, link_id: str) -> str:
    """'Source → Target' of a link given by id (the id itself when unknown)."""
    for link in scenario.links:
        if link.id == link_id:
            return link_name(scenario, link)
    return clip(link_id, MAX_NAME_CHARS)


def _label(spec: FieldSpec) -> str:
    text = spec.label
    if len(text) > 1 and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def _with_unit(text: str, symbol: str) -> str:
    return f"{text} ({unit(symbol)})" if symbol else text


def _spec(specs: tuple[FieldSpec, ...], name: str) -> FieldSpec | None:
    return next((s for s in specs if s.name == name), None)


def _inflow_set_label(scenario: Scenario, name: str) -> str:
    for s in scenario.inflow_sets:
        if s.name == name:
            return clip(s.label or s.name, MAX_NAME_CHARS)
    return clip(name, MAX_NAME_CHARS)


def _node_field_label(scenario: Scenario, node_id: str, rest: list[str]) -> str | None:
    node = scenario.node(node_id)
    try:
        spec = node_field(node.kind, rest[0])
    except KeyError:
        return None
    text = _label(spec)
    symbol = spec.unit
    sub = rest[1:]
    if sub and spec.type is FieldType.HYDROPOWER:
        inner = _spec(HYDROPOWER_FIELDS, sub[0])
        if inner is None:
            return None
        text, symbol, sub = translate("ReportNames", "hydropower plant, {field}").format(
            field=_label(inner)), inner.unit, sub[1:]
    elif sub and spec.type is FieldType.LAV:
        inner = _spec(LAV_COLUMNS, sub[0])
        if inner is None:
            return None
        text, symbol, sub = f"{text}, {_label(inner)}", inner.unit, sub[1:]
    elif sub and spec.type is FieldType.SERIES_BY_SET:
        text, sub = translate("ReportNames", "{field}, inflow set “{inflow_set}”").format(
            field=text, inflow_set=_inflow_set_label(scenario, sub[0])), sub[1:]
    if sub:
        return None
    return f"{node_name(scenario, node_id)}: {_with_unit(text, symbol)}"


def field_label(scenario: Scenario, path: str) -> str:
    """What a field path of the scenario file holds, in words with its unit.

    ``nodes.toktogul.capacity_mcm`` → 'Toktogul: capacity (Mm³)';
    ``links.charvak__chirchik_tail.capacity_m3s`` → 'Charvak → Chirchik below Charvak:
    capacity (m³/s)'; ``release_schedules.toktogul`` → 'Toktogul: release schedule
    (Mm³/period)'; ``links.toktogul__uchkurgan.plants.kurpsai.head_m`` → 'Toktogul → Naryn
    below Uch-Kurgan: Kurpsai (run-of-river plant), head (m)'. A path the schema does not
    describe is returned as it is (cut to a bounded length).
    """
    parts = path.split(".")
    label: str | None = None
    if len(parts) >= 3 and parts[0] == "nodes" and scenario.has_node(parts[1]):
        label = _node_field_label(scenario, parts[1], parts[2:])
    elif len(parts) == 3 and parts[0] == "links":
        link = next((lk for lk in scenario.links if lk.id == parts[1]), None)
        spec = _spec(LINK_FIELDS, parts[2])
        if link is not None and spec is not None:
            label = f"{link_name(scenario, link)}: {_with_unit(_label(spec), spec.unit)}"
    elif len(parts) == 5 and parts[0] == "links" and parts[2] == "plants":
        label = _plant_field_label(scenario, parts[1], parts[3], parts[4])
    elif len(parts) == 2 and parts[0] == "release_schedules" and scenario.has_node(parts[1]):
        label = f"{node_name(scenario, parts[1])}: " + translate(
            "ReportNames", "release schedule ({unit})").format(unit=unit("Mm³/period"))
    elif len(parts) == 3 and parts[0] in ("countries", "energy_exchanges"):
        label = _country_field_label(scenario, parts[0], parts[1], parts[2])
    elif len(parts) == 2 and parts[0] in ("time", "metadata"):
        spec = _spec(TIME_FIELDS if parts[0] == "time" else METADATA_FIELDS, parts[1])
        if spec is not None:
            where = translate("ReportNames", "Time base") if parts[0] == "time" else \
                translate("ReportNames", "Scenario")
            label = f"{where}: {_with_unit(_label(spec), spec.unit)}"
    return label if label is not None else clip(path, 2 * MAX_NAME_CHARS)


def _country_field_label(scenario: Scenario, table: str, key: str, field: str) -> str | None:
    """'KG Kyrgyzstan: limit, Oct–Mar (Mm³)'; 'Energy exchange KZ → KG: energy (GWh)'."""
    if table == "countries":
        spec = _spec(COUNTRY_FIELDS, field)
        if spec is None or not any(c.code == key for c in scenario.countries):
            return None
        return f"{country_label(key)}: {_with_unit(_label(spec), spec.unit)}"
    spec = _spec(EXCHANGE_FIELDS, field)
    x = next((x for x in scenario.energy_exchanges if x.id == key), None)
    if spec is None or x is None:
        return None
    return translate("ReportNames", "Energy exchange {supplier} → {receiver}: {field}").format(
        supplier=x.supplier, receiver=x.receiver, field=_with_unit(_label(spec), spec.unit))


def _plant_field_label(scenario: Scenario, link_id: str, plant_id: str,
                       field: str) -> str | None:
    link = next((lk for lk in scenario.links if lk.id == link_id), None)
    plant = next((p for p in link.plants if p.id == plant_id), None) if link else None
    spec = _spec(PLANT_FIELDS, field)
    if link is None or plant is None or spec is None:
        return None
    return translate("ReportNames", "{link}: {plant} (run-of-river plant), {field}").format(
        link=link_name(scenario, link), plant=clip(plant.name, MAX_NAME_CHARS),
        field=_with_unit(_label(spec), spec.unit))


def field_sort_key(scenario: Scenario, path: str) -> tuple[int, int, int, str]:
    """Order of field paths as a reader expects: the nodes in the scenario's order (then
    each node's fields in the schema's order), the links, the schedules, anything else."""
    parts = path.split(".")
    node_order = {n.id: k for k, n in enumerate(scenario.nodes)}
    if len(parts) >= 3 and parts[0] == "nodes" and parts[1] in node_order:
        kind = scenario.node(parts[1]).kind
        from waterplanner.model.schema import COMMON_NODE_FIELDS, NODE_FIELDS
        names = [s.name for s in COMMON_NODE_FIELDS + NODE_FIELDS[kind]]
        field_pos = names.index(parts[2]) if parts[2] in names else len(names)
        return 0, node_order[parts[1]], field_pos, path
    if len(parts) in (3, 5) and parts[0] == "links":       # a link's field or its plant's
        order = {lk.id: k for k, lk in enumerate(scenario.links)}
        names = [s.name for s in LINK_FIELDS]
        return (1, order.get(parts[1], len(order)),
                names.index(parts[2]) if parts[2] in names else len(names), path)
    if len(parts) == 2 and parts[0] == "release_schedules":
        return 2, node_order.get(parts[1], len(node_order)), 0, path
    return 3, 0, 0, path


def _distinctive(node_id: str) -> bool:
    """Ids that cannot be mistaken for an ordinary word of a sentence."""
    return bool(re.search(r"[_\d]", node_id))


def humanise(text: str, scenario: Scenario, ids: tuple[str, ...] = ()) -> str:
    """``text`` with the scenario's ids replaced by names: every link id by 'the reach
    Source → Target', node ids that contain '_' or a digit, and the ``ids`` given, by the
    node's name."""
    names: dict[str, str] = {}
    for link in scenario.links:
        names[link.id] = translate("ReportNames", "the reach {link}").format(
            link=link_name(scenario, link))
    for node in scenario.nodes:
        if _distinctive(node.id) or node.id in ids:
            names.setdefault(node.id, short_name(node.name))
    names = {k: v for k, v in names.items() if k and k != v}
    if not names:
        return text
    pattern = re.compile(r"(?<![\w.\-])(" + "|".join(
        re.escape(k) for k in sorted(names, key=len, reverse=True)) + r")(?![\w\-])")
    return pattern.sub(lambda m: names[m.group(1)], text)
