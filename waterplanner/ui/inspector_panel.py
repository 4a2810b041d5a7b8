"""The inspector: a form for the selected node, built from the schema's field specs.

Every field shows its unit; what is typed is checked as it is typed (the field says what
is wrong) and applied only when valid, on Enter or when the field loses focus. Series and
level–area–volume tables open a spreadsheet dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import language, translate
from waterplanner.i18n.dates import time_label
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.i18n.units import unit
from waterplanner.model.drainage import effective_shares, return_links
from waterplanner.model.edits import LINK_ATTRIBUTES, EditRefused, SetLinkField, SetNodeField
from waterplanner.model.lav import LevelAreaVolume
from waterplanner.model.nodes import (
    AnyNode,
    HydropowerPlant,
    NodeKind,
    ReservoirNode,
    RuleKind,
    RunOfRiverPlant,
)
from waterplanner.model.scenario import Link
from waterplanner.model.schema import (
    COMMON_NODE_FIELDS,
    HYDROPOWER_FIELDS,
    LAV_COLUMNS,
    LINK_FIELDS,
    NODE_FIELDS,
    FieldSpec,
    FieldType,
)
from waterplanner.model.timebase import TimeBase
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.figures import general, grouped
from waterplanner.ui.form_rows import keep_fields_whole
from waterplanner.ui.plants_dialog import PlantsDialog, plants_summary
from waterplanner.ui.rule_fields import (
    BUFFER_RELEASE_SPEC,
    BUFFER_SPEC,
    GUIDE_CURVE_SPEC,
    RULE_HELP,
    RULE_LABELS,
    field_of,
    parse_shares,
    rule_with,
    shares_text,
)
from waterplanner.ui.schedule_model import parse_number
from waterplanner.ui.schematic_items import KIND_WORDS
from waterplanner.ui.table_dialog import TableEditDialog

SHOWN_COMMON = ("name", "local_name", "country")
ERROR_STYLE = "QLineEdit { border: 1.5px solid #D55E00; background: #FFF3EC; }"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return general(value, ".10g")
    if isinstance(value, (tuple, list)):
        return translate("Inspector", "varies per period: {low}–{high}").format(
            low=general(min(value), ".6g"), high=general(max(value), ".6g"))
    if isinstance(value, dict):
        return shares_text(value)
    return str(value)



def comma_grouped(value: float) -> str:
    """``f"{value:,.1f}"`` (comma thousands, as the series buttons always wrote them) with
    the language's decimal mark; Russian and Kazakh group with a thin space."""
    if decimal_mark() == ".":
        return f"{value:,.1f}"
    return grouped(value, 1)


def headed(label: str, symbol: str) -> str:
    """A table column's heading: 'Level (m)'."""
    return translate("Inspector", "{label} ({unit})").format(label=label, unit=unit(symbol))


def period_labels(time: TimeBase) -> list[str]:
    """The periods as the planner's language names them (row labels of a series table)."""
    return [time_label(time, i) for i in range(time.periods)]


RULE_SPECS = (GUIDE_CURVE_SPEC, BUFFER_SPEC, BUFFER_RELEASE_SPEC)


def set_label(name: str, field: str, specs: Sequence[FieldSpec], words: str | None = None) -> str:
    """The undo step of a field edit, 'Set Toktogul capacity'. The English words are the
    field's own (``words``, else its name spelled out, as always); a translated window uses
    the field's label."""
    spec = next((s for s in specs if s.name == field or s.name.endswith("." + field)), None)
    short = field.split(".", 1)[-1]
    if language() == "en" or spec is None:
        what = words if words is not None else short.replace("_", " ")
    else:
        what = spec.label.lower()
    return translate("Inspector", "Set {name} {field}").format(name=name, field=what)

NUMERIC_ENTRY = (FieldType.NUMBER, FieldType.INTEGER, FieldType.FLOW_OR_SERIES)
"""Field types typed as one number (a time-varying field also has a per-period table)."""


class FieldEditor(QWidget):
    """A line edit for one scalar field, with its unit and an inline message."""

    committed = Signal(str, object)

    def __init__(self, spec: FieldSpec, parse, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._parse = parse
        self.edit = QLineEdit()
        if spec.help:
            self.edit.setToolTip(spec.help)
            self.edit.setPlaceholderText(spec.help if spec.nullable else "")
        self.unit = QLabel(unit(spec.unit) if spec.unit else "")
        self.unit.setMinimumWidth(56)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #B03A00; font-size: 8pt")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.unit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addLayout(row)
        lay.addWidget(self.message)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self._shown = ""

    def set_value(self, value: Any) -> None:
        """Show a value from the scenario (unless the planner is typing in this field)."""
        text = _text(value)
        self._shown = text
        if not self.edit.hasFocus() or not self.message.isVisible():
            self.edit.setText(text)
            self.show_error(None)

    def show_error(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        self.edit.setStyleSheet(ERROR_STYLE if message else "")

    def _on_edit_text_edited(self, text: str) -> None:
        self.show_error(self._parse(self.spec, text, check_only=True))

    def _on_edit_editing_finished(self) -> None:
        text = self.edit.text()
        if text == self._shown:
            return
        error = self._parse(self.spec, text, check_only=True)
        self.show_error(error)
        if error is None:
            self.committed.emit(self.spec.name, text)


class InspectorPanel(QWidget):
    """Form of the selected node."""

    message_emitted = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: ScenarioDocument = session.document
        self.node_id: str | None = None
        self.link_id: str | None = None
        self._link: Link | None = None
        self.checks: dict[str, QCheckBox] = {}
        self._node: AnyNode | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.title = QLabel(translate("Inspector", "Select a node on the schematic"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a node's name shows literally
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt; padding: 2px")
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a label too long for the dock (Russian and Kazakh ones are longer) puts its field
        # on the next line instead of pushing the fields out of sight
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.title)
        lay.addWidget(scroll)
        session.selection_changed.connect(self._on_session_selection_changed)
        session.scenario_changed.connect(self._on_session_scenario_changed)
        self.document.edit_refused.connect(self.note_refusal)
        self.message_emitted.connect(session.show_error)

    def _on_session_scenario_changed(self, scenario: object) -> None:
        del scenario
        self.refresh()

    def _on_session_selection_changed(self, node_id: str | None, link_id: str | None) -> None:
        if link_id is not None:
            if link_id != self.link_id:
                self.show_link(link_id)
        elif node_id != self.node_id or self.link_id is not None:
            self.show_node(node_id)

    # --- showing ------------------------------------------------------------------------
    def show_node(self, node_id: str | None) -> None:
        """Build the form of a node (or an empty one)."""
        self.node_id = node_id
        self.link_id = None
        self._node = None
        self.refresh()

    def show_link(self, link_id: str | None) -> None:
        """Build the form of a link (capacity, loss, travel time, overflow route)."""
        self.link_id = link_id
        self.node_id = None
        self._node = None
        self._link = None
        self.refresh()

    def _refresh_link(self) -> None:
        s = self.document.scenario
        link = next((lk for lk in s.links if lk.id == self.link_id), None)
        if link is None:
            self.link_id = None
            self._clear()
            self.title.setText(translate("Inspector", "Select a node on the schematic"))
            return
        if self._link is None:
            self._clear()
            from_demand = s.node(link.source).kind is NodeKind.DEMAND
            for spec in LINK_FIELDS:
                if spec.name not in LINK_ATTRIBUTES:
                    continue
                if spec.name == "return_share" and not from_demand:
                    continue  # only a demand's return links carry a share of its return
                if spec.type is FieldType.BOOLEAN:
                    box = QCheckBox(spec.help)
                    box.toggled.connect(lambda on, n=spec.name: self._apply_link(n, on))
                    self.checks[spec.name] = box
                    self.form.addRow(spec.label, box)
                elif spec.type in NUMERIC_ENTRY:
                    self._add_editor(spec)
                elif spec.type is FieldType.PLANTS:
                    b = QPushButton()
                    b.setStyleSheet("text-align: left; padding: 3px 6px")
                    b.setToolTip(translate("Inspector", "Power stations on this reach without "
                                                        "storage of their own"))
                    b.clicked.connect(self._on_plants_button_clicked)
                    self.buttons["plants"] = b
                    self.form.addRow(spec.label, b)
        self._link = link
        self.title.setText(translate("Inspector", "{source} → {target} — link").format(
            source=s.node(link.source).name, target=s.node(link.target).name))
        for name, ed in self.editors.items():
            ed.set_value(getattr(link, name))
        if "return_share" in self.editors:
            self._show_return_share(link)
        for name, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(bool(getattr(link, name)))
            box.blockSignals(False)
        if "plants" in self.buttons:
            self.buttons["plants"].setText(plants_summary(link.plants))
        keep_fields_whole(self.form)

    def _show_return_share(self, link: Link) -> None:
        """An empty return share shows, greyed, the share the link takes."""
        siblings = return_links(self.document.scenario.links, link.source)
        shares = effective_shares([lk.return_share for lk in siblings])
        mine = shares[[lk.id for lk in siblings].index(link.id)]
        others = len(siblings) - 1
        why = translate("Inspector", "all of the return") if not others else \
            translate("Inspector", "an equal part of what the others leave")
        self.editors["return_share"].edit.setPlaceholderText(
            translate("Inspector", "{share}: {why}").format(share=general(mine, ".4g"), why=why))

    def _link_edit(self, name: str, value: Any) -> SetLinkField:
        s = self.document.scenario
        link = s.link(self.link_id)  # type: ignore[arg-type]
        spec = next(f for f in LINK_FIELDS if f.name == name)
        return SetLinkField(link_id=link.id, field_name=name, value=value, label=translate(
            "Inspector", "Set {source} → {target} {field}").format(
                source=s.node(link.source).name, target=s.node(link.target).name,
                field=spec.label.lower()))

    def _apply_link(self, name: str, value: Any) -> bool:
        applied = self.document.apply(self._link_edit(name, value))
        if not applied:
            self._refresh_link()  # a refused tick goes back to what the link has
        return applied

    def refresh(self) -> None:
        """Follow the current scenario: rebuild for another node, else update values."""
        if self.link_id is not None:
            self._refresh_link()
            return
        s = self.document.scenario
        node = s.node(self.node_id) if self.node_id and s.has_node(self.node_id) else None
        if node is None:
            self.node_id = None
            self._clear()
            self.title.setText(translate("Inspector", "Select a node on the schematic"))
            self._node = None
            return
        if self._node is None or self._node.kind is not node.kind or self._node.id != node.id:
            self._build(node)
        self._node = node
        self.title.setText(translate("Inspector", "{name} — {kind}").format(
            name=node.name, kind=KIND_WORDS[node.kind]))
        for name, ed in self.editors.items():
            if name.startswith("hydropower."):
                hp = getattr(node, "hydropower", None)
                ed.set_value(getattr(hp, name.split(".", 1)[1]) if hp else None)
            else:
                ed.set_value(field_of(node, name))
        for name, b in self.buttons.items():
            b.setText(self._button_text(node, name))
        if isinstance(node, ReservoirNode):
            self._show_rule(node)
        keep_fields_whole(self.form)

    def _clear(self) -> None:
        self.rule_combo = None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.buttons.clear()
        self.checks.clear()

    def _build(self, node: AnyNode) -> None:
        self._clear()
        own = list(NODE_FIELDS[node.kind])
        # how the reservoir is operated comes first: it decides what the other fields do
        own.sort(key=lambda s: s.type is not FieldType.RULE)
        specs = [s for s in COMMON_NODE_FIELDS if s.name in SHOWN_COMMON] + own
        for spec in specs:
            if spec.type in NUMERIC_ENTRY or spec.type is FieldType.STRING:
                self._add_editor(spec)
            elif spec.type is FieldType.HYDROPOWER:
                self._build_hydropower(node)
            elif spec.type is FieldType.RULE:
                self._build_rule()
            elif spec.type is FieldType.SHARES:
                self._add_editor(spec)
            elif spec.type is FieldType.PLANTS:
                continue  # on links only
            else:
                b = QPushButton()
                b.setStyleSheet("text-align: left; padding: 3px 6px")
                b.clicked.connect(lambda _=False, sp=spec: self._on_table_button_clicked(sp))
                self.buttons[spec.name] = b
                self.form.addRow(spec.label, b)

    def _add_editor(self, spec: FieldSpec) -> None:
        """A typed field; a time-varying one also gets a button for its per-period table."""
        ed = FieldEditor(spec, self._check)
        ed.committed.connect(self._on_editor_committed)
        self.editors[spec.name] = ed
        if spec.type is not FieldType.FLOW_OR_SERIES:
            self.form.addRow(spec.label, ed)
            return
        b = QPushButton(translate("Inspector", "per period…"))
        b.setToolTip(translate("Inspector", "Give {field} one value per period (a seasonal "
                                            "limit)").format(field=spec.label.lower()))
        b.clicked.connect(lambda _=False, sp=spec: self._on_table_button_clicked(sp))
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(ed, 1)
        lay.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow(spec.label, row)

    def _build_rule(self) -> None:
        """The rule chooser, and the rule's curves (shown for the rules that use them)."""
        header = QLabel(translate("Inspector", "<b>Operating rule</b>"))
        self.form.addRow(header)
        combo = QComboBox()
        for kind, label in RULE_LABELS.items():
            combo.addItem(label, kind.value)
            combo.setItemData(combo.count() - 1, RULE_HELP[kind], Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(self._on_rule_combo_activated)
        self.rule_combo = combo
        self.form.addRow(translate("Inspector", "Rule"), combo)
        for spec in (GUIDE_CURVE_SPEC, BUFFER_SPEC):
            b = QPushButton()
            b.setStyleSheet("text-align: left; padding: 3px 6px")
            b.setToolTip(spec.help)
            b.clicked.connect(lambda _=False, sp=spec: self._on_table_button_clicked(sp))
            self.buttons[spec.name] = b
            self.form.addRow(spec.label, b)
        self._add_editor(BUFFER_RELEASE_SPEC)

    def _show_rule(self, node: ReservoirNode) -> None:
        combo = getattr(self, "rule_combo", None)
        if combo is None:
            return
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(node.rule.kind.value))
        combo.setToolTip(RULE_HELP[node.rule.kind])
        combo.blockSignals(False)
        guide = self.buttons.get(GUIDE_CURVE_SPEC.name)
        if guide is not None:
            on_curve = node.rule.kind is RuleKind.GUIDE_CURVE
            guide.setEnabled(on_curve)
            guide.setVisible(on_curve)
            label = self.form.labelForField(guide)
            if label is not None:
                label.setVisible(on_curve)

    def _on_rule_combo_activated(self, index: int) -> None:
        node = self.document.scenario.node(self.node_id)  # type: ignore[arg-type]
        if not isinstance(node, ReservoirNode) or self.rule_combo is None:
            return
        kind = RuleKind(self.rule_combo.itemData(index))
        if kind is node.rule.kind:
            return
        rule = replace(node.rule, kind=kind)
        if kind is RuleKind.GUIDE_CURVE and rule.guide_curve_mcm is None:
            rule = replace(rule, guide_curve_mcm=self._starting_guide_curve(node))
        self.document.apply(SetNodeField(
            node_id=node.id, field_name="rule", value=rule,
            label=translate("Inspector", "{name}: operating rule {rule}").format(
                name=node.name, rule=RULE_LABELS[kind].lower())))

    def _starting_guide_curve(self, node: ReservoirNode) -> tuple[float, ...]:
        """A first guide curve: the storage the current plan simulates to (so switching the
        rule alone changes little), else the initial storage; within the storage zones."""
        lo, hi = node.floor_mcm, node.capacity_mcm
        results = self.session.results
        if results is not None and results.scenario.has_node(node.id):
            values = results.series("storage_mcm", node.id)
        else:
            values = np.full(self.document.scenario.time.periods, node.initial_storage_mcm)
        return tuple(float(min(max(v, lo), hi)) for v in values)

    def _build_hydropower(self, node: AnyNode) -> None:
        header = QLabel(translate("Inspector", "<b>Hydropower plant</b>"))
        self.form.addRow(header)
        for spec in HYDROPOWER_FIELDS:
            sub = replace(spec, name=f"hydropower.{spec.name}", nullable=True)
            ed = FieldEditor(sub, self._check)
            ed.committed.connect(self._on_editor_committed)
            self.editors[sub.name] = ed
            self.form.addRow(spec.label, ed)
        if isinstance(node, ReservoirNode):
            b = QPushButton()
            b.clicked.connect(self._on_plant_button_clicked)
            self.buttons["hydropower"] = b
            self.form.addRow("", b)

    def _button_text(self, node: AnyNode, name: str) -> str:
        if name == "hydropower":
            return translate("Inspector", "Remove the plant") if getattr(
                node, "hydropower", None) else translate("Inspector", "Add a plant")
        v = field_of(node, name)
        if v is None:
            return translate("Inspector", "none — click to set")
        if isinstance(v, LevelAreaVolume):
            return translate("Inspector", "{count} rows, {low}–{high} {unit}…").format(
                count=len(v), low=general(v.level_m[0]), high=general(v.level_m[-1]),
                unit=unit("m"))
        if isinstance(v, dict):
            return translate("Inspector", "{sets} sets × {periods} periods…").format(
                sets=len(v), periods=self.document.scenario.time.periods)
        arr = np.asarray(v)
        return translate("Inspector", "{count} values, {low}–{high}…").format(
            count=len(arr), low=comma_grouped(arr.min()), high=comma_grouped(arr.max()))

    # --- editing ------------------------------------------------------------------------
    def _edit_for(self, name: str, text: str) -> SetNodeField | SetLinkField:
        if self.link_id is not None:
            return self._link_edit(name, None if not text.strip() else parse_number(text))
        node = self.document.scenario.node(self.node_id)  # type: ignore[arg-type]
        if name.startswith("hydropower."):
            sub = name.split(".", 1)[1]
            hp = getattr(node, "hydropower", None)
            if hp is None:
                raise EditRefused(translate("Inspector", "add a plant first"))
            if not text.strip():
                raise EditRefused(translate("Inspector", "needs a value"))
            plant = replace(hp, **{sub: parse_number(text)})
            return SetNodeField(node_id=node.id, field_name="hydropower", value=plant,
                                label=set_label(node.name, sub, HYDROPOWER_FIELDS))
        if name.startswith("rule."):
            if not isinstance(node, ReservoirNode):
                raise EditRefused(translate("Inspector", "only a reservoir has an operating rule"))
            sub = name.split(".", 1)[1]
            v = None if not text.strip() else parse_number(text)
            return SetNodeField(node_id=node.id, field_name="rule",
                                value=rule_with(node.rule, sub, v),
                                label=set_label(node.name, name, RULE_SPECS))
        spec = next(s for s in COMMON_NODE_FIELDS + NODE_FIELDS[node.kind] if s.name == name)
        value: Any = text
        if spec.type in NUMERIC_ENTRY:
            value = None if not text.strip() else parse_number(text)
        elif spec.type is FieldType.SHARES:
            value = parse_shares(text)
        return SetNodeField(node_id=node.id, field_name=name, value=value,
                            label=set_label(node.name, name, (spec,), spec.label.lower()))

    def _check(self, spec: FieldSpec, text: str, check_only: bool = True) -> str | None:
        """The message for an invalid entry, or None when it can be applied."""
        try:
            self._edit_for(spec.name, text).apply(self.document.scenario)
        except ValueError as e:  # EditRefused is a ValueError, and so is a bad number
            msg = str(e)
            return msg if isinstance(e, EditRefused) else translate(
                "Inspector", "'{text}' is not a number").format(text=text)
        return None

    def apply_text(self, name: str, text: str) -> bool:
        """Apply what was typed into a field (the editor has checked it)."""
        try:
            edit = self._edit_for(name, text)
        except ValueError as e:
            self.message_emitted.emit(str(e))
            return False
        return self.document.apply(edit)

    def _on_editor_committed(self, name: str, text: str) -> None:
        self.apply_text(name, text)

    def _on_plants_button_clicked(self) -> None:
        link = self.document.scenario.link(self.link_id)  # type: ignore[arg-type]
        s = self.document.scenario
        dlg = PlantsDialog(translate("Inspector", "{source} → {target}: run-of-river plants")
                           .format(source=s.node(link.source).name,
                                   target=s.node(link.target).name), link.plants, self)
        while dlg.exec():
            plants = dlg.plants()
            if plants is not None and self.apply_plants(plants):
                break
            if plants is not None:
                dlg.error.setText(self._last_refusal
                                  or translate("Inspector", "the plants were refused"))
        dlg.deleteLater()

    def apply_plants(self, plants: tuple[RunOfRiverPlant, ...]) -> bool:
        """Set the selected link's run-of-river plants (one undoable edit)."""
        return self.document.apply(self._link_edit("plants", plants))

    def _on_plant_button_clicked(self) -> None:
        node = self.document.scenario.node(self.node_id)  # type: ignore[arg-type]
        if not isinstance(node, ReservoirNode):
            return
        plant = None if node.hydropower else HydropowerPlant(
            turbine_capacity_m3s=100.0, installed_mw=50.0, efficiency=0.88,
            tailwater_level_m=node.lav.level_m[0] - 5.0)
        label = translate("Inspector", "Add {name} plant") if plant else \
            translate("Inspector", "Remove {name} plant")
        self.document.apply(SetNodeField(node_id=node.id, field_name="hydropower", value=plant,
                                         label=label.format(name=node.name)))

    def table_columns(self, spec: FieldSpec) -> tuple[list[str], list[list[float]], list[str] | None, bool]:
        """Headers, columns, row labels and growability of a table field of the node."""
        owner = self._owner()
        v = field_of(owner, spec.name)
        time = self.document.scenario.time
        if spec.type is FieldType.FLOW_OR_SERIES:
            col = list(v) if isinstance(v, (tuple, list)) else \
                [0.0 if v is None else float(v)] * time.periods
            return [headed(spec.label, spec.unit)], [col], period_labels(time), False
        if spec.type is FieldType.LAV:
            heads = [headed(c.label, c.unit) for c in LAV_COLUMNS]
            return heads, [list(v.level_m), list(v.area_km2), list(v.volume_mcm)], None, True
        if spec.type is FieldType.SERIES_BY_SET:
            names = self.document.scenario.inflow_set_names
            return [headed(n, spec.unit) for n in names], \
                [list(v.get(n, [0.0] * time.periods)) for n in names], period_labels(time), False
        start = float(getattr(owner, "initial_storage_mcm", 0.0)) if spec.name.startswith(
            "rule.") else float(getattr(owner, "capacity_mcm", 0.0))  # a new limit: "full"
        col = list(v) if v is not None else [start] * time.periods
        return [headed(spec.label, spec.unit)], [col], period_labels(time), False

    def _owner(self) -> AnyNode | Link:
        s = self.document.scenario
        return s.link(self.link_id) if self.link_id is not None else \
            s.node(self.node_id)  # type: ignore[arg-type]

    def apply_table(self, spec: FieldSpec, columns: list[list[float]]) -> bool:
        """Apply a table field from its columns (as the dialog returns them)."""
        if spec.type is FieldType.FLOW_OR_SERIES:
            col = [float(x) for x in columns[0]]
            value: Any = col[0] if len(set(col)) == 1 else tuple(col)
            if self.link_id is not None:
                return self.document.apply(self._link_edit(spec.name, value))
            node = self.document.scenario.node(self.node_id)  # type: ignore[arg-type]
            return self.document.apply(SetNodeField(
                node_id=node.id, field_name=spec.name, value=value,
                label=set_label(node.name, spec.name, (spec,), spec.label.lower())))
        node = self.document.scenario.node(self.node_id)  # type: ignore[arg-type]
        if spec.name.startswith("rule.") and isinstance(node, ReservoirNode):
            sub = spec.name.split(".", 1)[1]
            rule = rule_with(node.rule, sub, tuple(float(x) for x in columns[0]))
            return self.document.apply(SetNodeField(
                node_id=node.id, field_name="rule", value=rule,
                label=set_label(node.name, spec.name, (spec,), spec.label.lower())))
        if spec.type is FieldType.LAV:
            value = LevelAreaVolume(level_m=tuple(columns[0]), area_km2=tuple(columns[1]),
                                         volume_mcm=tuple(columns[2]))
        elif spec.type is FieldType.SERIES_BY_SET:
            value = dict(zip(self.document.scenario.inflow_set_names, columns))
        else:
            value = columns[0]
        return self.document.apply(SetNodeField(
            node_id=node.id, field_name=spec.name, value=value,
            label=set_label(node.name, spec.name, (spec,), spec.label.lower())))

    def _on_table_button_clicked(self, spec: FieldSpec) -> None:
        heads, cols, rows, growable = self.table_columns(spec)
        owner = self._owner()
        name = owner.name if not isinstance(owner, Link) else \
            f"{self.document.scenario.node(owner.source).name} → " \
            f"{self.document.scenario.node(owner.target).name}"
        dlg = TableEditDialog(translate("Inspector", "{name}: {field}").format(
            name=name, field=spec.label), heads, cols, rows, growable, self)
        while dlg.exec():
            result = dlg.columns()
            if result is None or self.apply_table(spec, result):
                break
            # refused: keep the dialog open with the reason, so nothing typed is lost
            dlg.error.setText(self._last_refusal
                              or translate("Inspector", "the table was refused"))
        dlg.deleteLater()

    _last_refusal: str | None = None
    rule_combo: QComboBox | None = None

    def note_refusal(self, message: str) -> None:
        """Remember why the last edit was refused (shown in an open table dialog)."""
        self._last_refusal = message

    def focus_field(self, name: str | None) -> None:
        """Put the cursor into a field (from a click on a validation problem)."""
        if name and name in self.editors:
            self.editors[name].edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editors[name].edit.selectAll()
        elif name and name in self.buttons:
            self.buttons[name].setFocus(Qt.FocusReason.OtherFocusReason)
