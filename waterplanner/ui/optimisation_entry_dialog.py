"""A dialog to add or change one objective or requirement of the optimisation settings.

The form follows the kind chosen (from the kinds the file format knows,
:data:`~waterplanner.model.objectives.OBJECTIVE_KINDS` and ``CONSTRAINT_KINDS``): nodes are
picked by name from the scenario's nodes of the right kind, numbers are typed with their
unit (m³/s, Mm³, GWh), seasons with their months. What is typed is checked as it is typed by
the same edit the panel then applies (:mod:`waterplanner.model.optimisation_edits`), so OK is
only offered for an entry the scenario will accept, and the reason is shown otherwise.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.dates import time_label
from waterplanner.i18n.units import unit
from waterplanner.model.countries import country_name
from waterplanner.model.edits import Edit, EditRefused
from waterplanner.model.nodes import ReservoirNode
from waterplanner.model.objectives import DEFAULT_PENALTY, LIMITS, Constraint, Objective
from waterplanner.model.objectives_document import CONSTRAINT_KINDS, OBJECTIVE_KINDS, KindSpec
from waterplanner.model.optimisation_edits import (
    CONSTRAINT_KIND_WORDS,
    OBJECTIVE_KIND_WORDS,
    OBJECTIVES,
    SectionRefused,
    add_entry,
    change_entry,
)
from waterplanner.model.scenario import Scenario
from waterplanner.ui.figures import general
from waterplanner.ui.optimisation_words import (
    ICWC_SEASON_WORDS,
    LIMIT_WORDS,
    PER_WORDS,
    SEASON_WORDS,
)
from waterplanner.ui.schedule_model import parse_number
from waterplanner.ui.table_dialog import PasteTable

ERROR_STYLE = "color: #B03A00"

# (kind, file key) → (label, unit, factor from the shown unit to the file's); "*" any kind
FIELD_FORMS: dict[tuple[str, str], tuple[str, str, float]] = {
    ("*", "demands"): (QT_TRANSLATE_NOOP("EntryDialog", "Demands"), "", 1.0),
    ("*", "nodes"): (QT_TRANSLATE_NOOP("EntryDialog", "Minimum-flow points"), "", 1.0),
    ("*", "plants"): (QT_TRANSLATE_NOOP("EntryDialog", "Plants"), "", 1.0),
    ("*", "reservoirs"): (QT_TRANSLATE_NOOP("EntryDialog", "Reservoirs"), "", 1.0),
    ("*", "reservoir"): (QT_TRANSLATE_NOOP("EntryDialog", "Reservoir"), "", 1.0),
    ("*", "lake"): (QT_TRANSLATE_NOOP("EntryDialog", "Terminal lake"), "", 1.0),
    ("*", "country"): (QT_TRANSLATE_NOOP("EntryDialog", "Country"), "", 1.0),
    ("*", "season"): (QT_TRANSLATE_NOOP("EntryDialog", "Season"), "", 1.0),
    ("*", "per"): (QT_TRANSLATE_NOOP("EntryDialog", "Counted"), "", 1.0),
    ("*", "limit"): (QT_TRANSLATE_NOOP("EntryDialog", "Limit"), "", 1.0),
    ("*", "by_priority"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Divide each demand's shortfall by its priority"),
        "", 1.0),
    ("lake_inflow", "target_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Inflow target (blank: maximise the inflow)"), "Mm³", 1.0),
    ("carryover", "target_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "End-storage target"), "Mm³", 1.0),
    ("release_value", "value_per_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Value per Mm³ released, per period"), "per Mm³", 1.0),
    ("rule_curve", "min_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Lowest storage per period (blank: none)"), "Mm³", 1.0),
    ("rule_curve", "max_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Highest storage per period (blank: none)"), "Mm³", 1.0),
    ("operating_minimum", "min_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Storage at least, in every period"), "Mm³", 1.0),
    ("release_bounds", "min_m3s"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Release at least"), "m³/s", 1.0),
    ("release_bounds", "max_m3s"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Release at most"), "m³/s", 1.0),
    ("release_bounds", "min_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Lowest release per period (blank: none)"), "Mm³", 1.0),
    ("release_bounds", "max_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Highest release per period (blank: none)"), "Mm³", 1.0),
    ("ramping", "max_change_m3s"): (
        QT_TRANSLATE_NOOP("EntryDialog", "Largest change from one period to the next"),
        "m³/s", 1.0),
    ("ramping", "max_change_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "… or as a volume per period"), "Mm³", 1.0),
    ("end_storage", "min_mcm"): (
        QT_TRANSLATE_NOOP("EntryDialog", "End storage at least"), "Mm³", 1.0),
    ("min_energy", "min_mwh"): (QT_TRANSLATE_NOOP("EntryDialog", "Energy at least"), "GWh", 1000.0),
    ("lake_inflow", "min_mcm"): (QT_TRANSLATE_NOOP("EntryDialog", "Inflow at least"), "Mm³", 1.0),
}
OPTIONAL_SERIES_FORMS = {("release_bounds", "min_mcm"), ("release_bounds", "max_mcm")}
"""Series shown only when the entry already has them (the m³/s form is the usual one)."""
HINTS = {
    "end_storage": QT_TRANSLATE_NOOP("EntryDialog",
                                     "Replaces the default carry-over for this reservoir."),
    "operating_minimum": QT_TRANSLATE_NOOP(
        "EntryDialog", "The level the operator does not want to go below (above dead storage)."),
    "release_bounds": QT_TRANSLATE_NOOP(
        "EntryDialog", "Mean flow in every period of the season: this form survives a change of "
        "time step or horizon."),
    "min_energy": QT_TRANSLATE_NOOP("EntryDialog", "Name plants or a country, not both."),
    "limit": QT_TRANSLATE_NOOP(
        "EntryDialog", "One of the network's own limits, made hard or given another penalty."),
    "lake_inflow": "",
}
"""A line under the kind, per requirement kind (in English; shown through
``translate("EntryDialog", …)``)."""


def field_form(kind: str, key: str) -> tuple[str, str, float]:
    """(label, unit, factor) of a field of a kind, in the planner's language."""
    form = FIELD_FORMS.get((kind, key)) or FIELD_FORMS.get(("*", key))
    if form is None:
        return key.replace("_", " ").capitalize(), "", 1.0
    label, symbol, factor = form
    return translate("EntryDialog", label), unit_words(symbol), factor


def unit_words(symbol: str) -> str:
    """'Mm³', 'per Mm³' … in the planner's language."""
    if symbol.startswith("per "):
        return translate("EntryDialog", "per {unit}").format(unit=unit(symbol[4:]))
    return unit(symbol) if symbol else ""


class NumberField(QWidget):
    """A number typed with its unit shown beside it; blank is None."""

    def __init__(self, label: str, unit: str, factor: float = 1.0,
                 value: float | None = None) -> None:
        super().__init__()
        self.label, self.factor = label, factor
        self.edit = QLineEdit()
        self.edit.setAccessibleName(label)
        if value is not None and math.isfinite(value):
            self.edit.setText(general(value / factor, ".10g"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        if unit:
            u = QLabel(unit)
            u.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(u)

    def value(self) -> float | None:
        """The number in the file's unit; ValueError naming the field when not a number."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return parse_number(text) * self.factor
        except ValueError:
            raise ValueError(translate("EntryDialog", "{field}: '{text}' is not a number")
                             .format(field=self.label, text=text)) from None


class NodeChecklist(QListWidget):
    """Nodes ticked by name; none ticked means all of them."""

    def __init__(self, nodes: list[tuple[str, str]], chosen: tuple[str, ...]) -> None:
        super().__init__()
        for node_id, name in nodes:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, node_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if node_id in chosen
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = max(min(len(nodes), 5), 1)
        self.setFixedHeight(rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 2
                            if nodes else 28)
        self.setToolTip(translate("EntryDialog",
                                  "Tick the nodes concerned; none ticked means all of them"))

    def value(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)


class SeriesField(PasteTable):
    """One value per period (blank: no bound that period, where allowed); pastes a column
    from a spreadsheet."""

    def __init__(self, label: str, period_labels: list[str], values: tuple[float, ...] | None,
                 allow_blank: bool) -> None:
        super().__init__(len(period_labels), 1, False)
        self.label, self.allow_blank = label, allow_blank
        self.setHorizontalHeaderLabels([translate("EntryDialog", "value")])
        self.setVerticalHeaderLabels(period_labels)
        self.horizontalHeader().setStretchLastSection(True)
        for i, v in enumerate(values or ()):
            if i < len(period_labels) and math.isfinite(v):
                self.setItem(i, 0, QTableWidgetItem(general(v, ".10g")))
        self.setFixedHeight(min(len(period_labels), 6) * 24 + 30)

    def value(self) -> tuple[float, ...] | None:
        cells = [self.item(i, 0) for i in range(self.rowCount())]
        texts = [c.text().strip() if c is not None else "" for c in cells]
        if not any(texts):
            return None
        out = []
        for i, t in enumerate(texts):
            if not t:
                if not self.allow_blank:
                    raise ValueError(translate("EntryDialog", "{field}: period {number} has "
                                               "no value").format(field=self.label, number=i + 1))
                out.append(math.nan)
                continue
            try:
                out.append(parse_number(t))
            except ValueError:
                raise ValueError(translate("EntryDialog", "{field}, period {number}: '{text}' "
                                           "is not a number").format(
                                               field=self.label, number=i + 1, text=t)) from None
        return tuple(out)


class EndMinField(QWidget):
    """End storage at least the start storage, or at least a volume."""

    def __init__(self, label: str, at_least_start: bool, value: float | None) -> None:
        super().__init__()
        self.mode = QComboBox()
        self.mode.addItem(translate("EntryDialog", "its start storage"), True)
        self.mode.addItem(translate("EntryDialog", "a volume of"), False)
        self.mode.setCurrentIndex(0 if at_least_start or value is None else 1)
        self.number = NumberField(label, unit("Mm³"), 1.0, value)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.mode)
        lay.addWidget(self.number, 1)
        self.mode.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.number.setEnabled(not self.mode.currentData())

    def value(self) -> tuple[bool, float | None]:
        if self.mode.currentData():
            return True, None
        return False, self.number.value()


def _combo(items: list[tuple[str, Any]], current: Any) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    k = box.findData(current)
    box.setCurrentIndex(max(k, 0))
    return box


class EntryDialog(QDialog):
    """Add (``index`` None) or change one objective (``part`` "objectives") or requirement
    ("constraints"). After ``exec()`` accepted, :attr:`edit` is the edit to apply."""

    def __init__(self, scenario: Scenario, part: str, index: int | None = None,
                 entry: Objective | Constraint | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario, self.part, self.index = scenario, part, index
        self.original = entry
        self.edit: Edit | None = None
        self.is_objective = part == OBJECTIVES
        if self.is_objective:
            title = translate("EntryDialog", "Change objective") if entry is not None else \
                translate("EntryDialog", "Add objective")
        else:
            title = translate("EntryDialog", "Change requirement") if entry is not None else \
                translate("EntryDialog", "Add requirement")
        self.setWindowTitle(title)
        self.kinds: dict[str, KindSpec] = OBJECTIVE_KINDS if self.is_objective \
            else CONSTRAINT_KINDS
        words = OBJECTIVE_KIND_WORDS if self.is_objective else CONSTRAINT_KIND_WORDS
        order = [k for k in words if k in self.kinds] + [k for k in self.kinds if k not in words]
        self.kind = _combo([(words.get(k, k).capitalize(), k) for k in order],
                           entry.kind if entry is not None else order[0])
        self.kind.setEnabled(entry is None)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555")
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(translate("EntryDialog", "Kind"), self.kind)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(self.form_host)
        lay.addStretch(1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self._touched = entry is not None
        self._build_form(entry)
        self.resize(520, 0)

    # --- the form ---------------------------------------------------------------------
    def _nodes_for(self, ks: KindSpec) -> list[tuple[str, str]]:
        out = []
        for n in self.scenario.nodes:
            if ks.node_kinds and n.kind.value not in ks.node_kinds:
                continue
            if ks.plants_only and not (isinstance(n, ReservoirNode) and n.hydropower):
                continue
            out.append((n.id, n.name))
        return out

    def _countries(self, ks: KindSpec) -> list[str]:
        kinds = ks.node_kinds
        return sorted({n.country for n in self.scenario.nodes if n.country
                       and (not kinds or n.kind.value in kinds)})

    def _build_form(self, entry: Objective | Constraint | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        kind = str(self.kind.currentData())
        ks = self.kinds[kind]
        hint = HINTS.get(kind, "") if not self.is_objective else ""
        self.hint.setText(translate("EntryDialog", hint) if hint else "")
        self.hint.setVisible(bool(self.hint.text()))
        same = entry is not None and entry.kind == kind
        old: Any = entry if same else None
        time = self.scenario.time
        labels = [time_label(time, i) for i in range(time.periods)]
        for key, (attr, typ) in ks.fields.items():
            label, symbol, factor = field_form(kind, key)
            current = getattr(old, attr, None) if old is not None else None
            widget: QWidget
            if typ == "node":
                nodes = self._nodes_for(ks)
                widget = _combo([(name, nid) for nid, name in nodes], current)
            elif typ == "nodes":
                widget = NodeChecklist(self._nodes_for(ks), tuple(current or ()))
                label = translate("EntryDialog", "{field} (none ticked: all)").format(
                    field=label)
            elif typ == "number":
                widget = NumberField(label, symbol, factor, current)
            elif typ in ("series", "values"):
                if (kind, key) in OPTIONAL_SERIES_FORMS and current is None:
                    continue
                widget = SeriesField(label, labels, current, allow_blank=typ == "series")
            elif typ == "text":
                countries = self._countries(ks)
                widget = _combo([(translate("EntryDialog", "any country"), "")] + [
                    (f"{c} {country_name(c)}" if country_name(c) != c else c, c)
                    for c in countries], current or "")
            elif typ == "bool":
                widget = QCheckBox()
                widget.setChecked(True if current is None else bool(current))
            elif typ == "season":
                widget = _combo([(w, s) for s, w in SEASON_WORDS.items()], current or "all")
            elif typ == "icwc_season":
                widget = _combo([(w, s) for s, w in ICWC_SEASON_WORDS.items()],
                                current or "all")
            elif typ == "per":
                widget = _combo([(w, p) for p, w in PER_WORDS.items()], current or "total")
            elif typ == "limit":
                widget = _combo([(LIMIT_WORDS[x], x) for x in LIMITS], current)
            elif typ == "end_min":
                widget = EndMinField(label, bool(getattr(old, "at_least_start", entry is None
                                                         or not same)), current)
            else:  # pragma: no cover - every file type is listed above
                continue
            self.fields[key] = widget
            self.form.addRow(label, widget)
            self._watch(widget)
        self.name = QLineEdit(entry.name if entry is not None else "")
        self.name.setPlaceholderText(translate("EntryDialog", "optional"))
        self.name.setToolTip(translate("EntryDialog",
                                       "A name the trade-off and the command line can refer to"))
        self.form.addRow(translate("EntryDialog", "Name"), self.name)
        self._watch(self.name)
        if self.is_objective:
            w = entry.weight if isinstance(entry, Objective) else 1.0
            measure = str(getattr(ks.cls, "unit", "Mm³"))
            per = unit_words("per MWh" if measure == "MWh" else "per Mm³") \
                if measure != "value" else translate("EntryDialog", "per unit of value")
            self.weight = NumberField(translate("EntryDialog", "Weight"), per, 1.0, w)
            self.form.addRow(translate("EntryDialog", "Weight"), self.weight)
            self._watch(self.weight)
        else:
            hard = entry.hard if isinstance(entry, Constraint) else True
            self.hard = _combo([(translate("EntryDialog", "hard: must hold"), True),
                                (translate("EntryDialog", "soft: may give way, at a penalty"),
                                 False)], hard)
            pen = entry.penalty if isinstance(entry, Constraint) else DEFAULT_PENALTY
            per = unit_words("per MWh" if getattr(ks.cls, "unit", "") == "MWh" else "per Mm³")
            self.penalty = NumberField(translate("EntryDialog", "Penalty"), per, 1.0, pen)
            self.form.addRow(translate("EntryDialog", "Type"), self.hard)
            self.form.addRow(translate("EntryDialog", "Penalty"), self.penalty)
            self._watch(self.hard)
            self._watch(self.penalty)
            self.hard.currentIndexChanged.connect(self._sync_penalty)
            self._sync_penalty()
        self._refresh()

    def _sync_penalty(self) -> None:
        self.penalty.setEnabled(not self.hard.currentData())

    def _watch(self, w: QWidget) -> None:
        if isinstance(w, QComboBox):
            w.currentIndexChanged.connect(self._on_any_change)
        elif isinstance(w, QLineEdit):
            w.textChanged.connect(self._on_any_change)
        elif isinstance(w, QCheckBox):
            w.toggled.connect(self._on_any_change)
        elif isinstance(w, NumberField):
            w.edit.textChanged.connect(self._on_any_change)
        elif isinstance(w, (NodeChecklist, SeriesField)):
            w.itemChanged.connect(self._on_any_change)
        elif isinstance(w, EndMinField):
            w.mode.currentIndexChanged.connect(self._on_any_change)
            w.number.edit.textChanged.connect(self._on_any_change)

    def _on_kind_changed(self) -> None:
        self._build_form(self.original)

    # --- the result -------------------------------------------------------------------
    def entry(self) -> Objective | Constraint:
        """The objective or requirement the form describes; ValueError for a field that
        is not a number or a required value left blank."""
        kind = str(self.kind.currentData())
        ks = self.kinds[kind]
        args: dict[str, Any] = {"name": self.name.text().strip()}
        for key, (attr, typ) in ks.fields.items():
            w = self.fields.get(key)
            label = field_form(kind, key)[0]
            if w is None:
                continue
            if isinstance(w, (NumberField, SeriesField, NodeChecklist)):
                v = w.value()
            elif isinstance(w, QCheckBox):
                v = w.isChecked()
            elif isinstance(w, EndMinField):
                start, v = w.value()
                args["at_least_start"] = start
                if not start and v is None:
                    raise ValueError(translate("EntryDialog", "Enter the {field} ({unit}).")
                                     .format(field=label.lower(), unit=unit("Mm³")))
            elif isinstance(w, QComboBox):
                v = w.currentData()
            else:  # pragma: no cover
                continue
            if v is None and key in ks.required and typ not in ("end_min",):
                raise ValueError(translate("EntryDialog", "Enter {field}.").format(
                    field=label[0].lower() + label[1:]) if typ != "node" else translate(
                    "EntryDialog", "The scenario has no {field} for this kind.").format(
                        field=label.lower()))
            args[attr] = v
        if self.is_objective:
            weight = self.weight.value()
            if weight is None:
                raise ValueError(translate("EntryDialog", "Enter a weight."))
            args["weight"] = weight
        else:
            args["hard"] = bool(self.hard.currentData())
            p = self.penalty.value()
            args["penalty"] = DEFAULT_PENALTY if p is None else p
        return ks.cls(**args)  # type: ignore[no-any-return]

    def _candidate(self) -> Edit:
        entry = self.entry()
        if self.index is None:
            return add_entry(self.scenario, entry)
        return change_entry(self.scenario, self.index, entry)

    def problem(self) -> str:
        """Why the entry as typed cannot be accepted, in the form's words ('' if it can)."""
        try:
            self._precheck()
            edit = self._candidate()
            edit.apply(self.scenario)
        except SectionRefused as e:
            kind = str(self.kind.currentData())
            where = field_form(kind, e.key)[0] if e.key in self.kinds[kind].fields else \
                e.field_words.capitalize()
            return translate("EntryDialog", "{field}: {problem}").format(
                field=where, problem=e.detail) if where else e.detail[:1].upper() + e.detail[1:]
        except (ValueError, EditRefused) as e:
            text = str(e)
            return text[:1].upper() + text[1:]
        return ""

    def _precheck(self) -> None:
        """Rules that involve more than one field, said with the form's words (the file
        check says them with the file's keys)."""
        kind = str(self.kind.currentData())
        given = {k for k, w in self.fields.items()
                 if isinstance(w, (NumberField, SeriesField)) and w.value() is not None}
        if kind == "rule_curve" and not given:
            raise ValueError(translate("EntryDialog", "Give the lowest or the highest storage "
                                                      "(or both) for at least one period."))
        if kind == "release_bounds" and not given:
            raise ValueError(translate("EntryDialog",
                                       "Give the lowest release, the highest release or both."))
        if kind == "ramping" and len(given) != 1:
            raise ValueError(translate(
                "EntryDialog", "Give the largest change either as a flow ({flow}) or as a "
                "volume per period ({volume}), not both.").format(flow=unit("m³/s"),
                                                                   volume=unit("Mm³")))
        plants = self.fields.get("plants")
        country = self.fields.get("country")
        if kind == "min_energy" and isinstance(plants, NodeChecklist) and plants.value() \
                and isinstance(country, QComboBox) and country.currentData():
            raise ValueError(translate("EntryDialog",
                                       "Tick plants or choose a country, not both."))

    def _refresh(self) -> None:
        """Check what is typed now: the message (once the planner has typed something),
        and OK only for an accepted entry."""
        text = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)
        self.error.setText(text if self._touched else "")

    def _on_any_change(self) -> None:
        self._touched = True
        self._refresh()

    def _on_buttons_accepted(self) -> None:
        text = self.problem()
        if text:
            self._touched = True
            self.error.setText(text)
            return
        self.edit = self._candidate()
        self.accept()
