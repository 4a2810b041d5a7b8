"""The scenario's optimisation settings in the optimiser panel: objectives, requirements,
protective defaults and the reservoirs the optimiser decides.

Everything shown comes from the scenario's ``optimisation`` section (the shipped scenarios
each have their own: energy mode and irrigation mode), in words with node names and units.
Adding, changing or removing an objective or requirement, changing a default or the
reservoirs decided is ONE undoable edit of that section
(:mod:`waterplanner.model.optimisation_edits`), applied through the document and so saved
with the file. The weights in the objectives table may be changed for one run without
touching the scenario; *Keep weights* stores them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import language, translate
from waterplanner.model.edits import Edit, EditRefused
from waterplanner.model.nodes import ReservoirNode
from waterplanner.model.objectives import (
    REGULARISATION_OFF,
    SECTION,
    CarryOver,
    OptimisationSpec,
    Regularisation,
)
from waterplanner.model.optimisation_edits import (
    CONSTRAINTS,
    OBJECTIVES,
    SetDecisionReservoirs,
    SetObjectiveWeights,
    SetProtectiveDefaults,
    current_spec,
    decision_reservoirs_edit,
    remove_entry,
    with_checked_spec,
)
from waterplanner.model.scenario import Scenario
from waterplanner.ui.optimisation_entry_dialog import ERROR_STYLE, EntryDialog, NodeChecklist
from waterplanner.ui.optimisation_words import (
    CARRY_OVER_WORDS,
    constraint_text,
    constraint_type,
    decided_reservoirs,
    decision_text,
    defaults_preview,
    num,
    objective_text,
    schedule_reservoirs,
    tooltip_text,
    weight_unit,
)
from waterplanner.ui.schedule_model import RULE_NOTES, parse_number


def plain_label(text: str = "", style: str = "") -> QLabel:
    """A word-wrapped label that shows its text literally (never as rich text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def fit_table_height(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text and the table as tall as its rows, so the panel's
    scroll area (not the table) scrolls."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(i) for i in range(table.rowCount()))
    header = table.horizontalHeader().height() if table.horizontalHeader().isVisible() else 0
    table.setFixedHeight(rows + header + 2 * table.frameWidth() + 2)


class FittedTable(QTableWidget):
    """A read-only table whose rows wrap their text and whose height follows its rows
    whenever its width or its columns change (the dock is resized, the page is first shown,
    new figures arrive). The fit waits for the event loop, so that columns sized to their
    contents have their final width first."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self._fit_pending = False

    def schedule_fit(self) -> None:
        fit_table_height(self)
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        self._fit_pending = False
        fit_table_height(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.schedule_fit()


def make_table(headers: list[str]) -> FittedTable:
    """A :class:`FittedTable` with one stretching text column, then columns sized to their
    contents; whole rows are selected."""
    t = FittedTable(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setWordWrap(True)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    head = t.horizontalHeader()
    head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for k in range(1, len(headers)):
        head.setSectionResizeMode(k, QHeaderView.ResizeMode.ResizeToContents)
    head.sectionResized.connect(lambda *_: t.schedule_fit())
    return t


def tool_button(text: str, tip: str = "") -> QToolButton:
    """A compact text button (a row of push buttons would not fit a narrow dock)."""
    b = QToolButton()
    b.setText(text)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if tip:
        b.setToolTip(tip)
    return b


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip_text(tip or text))
    return item


class WeightField(QWidget):
    """The weight of one objective for the next run, with its unit; differs from the
    scenario's weight only until *Keep weights*."""

    changed = Signal()

    def __init__(self, saved: float, unit: str) -> None:
        super().__init__()
        self.saved = saved
        self.edit = QLineEdit(num(saved))
        self.edit.setMaximumWidth(80)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.textChanged.connect(self._on_text_changed)
        u = QLabel(unit)
        u.setTextFormat(Qt.TextFormat.PlainText)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 0, 2, 0)
        lay.addWidget(self.edit)
        lay.addWidget(u)
        self._unit = unit
        self._on_text_changed()

    def value(self) -> float:
        """The weight typed; ValueError when it is not a number."""
        return parse_number(self.edit.text())

    def set_value(self, value: float) -> None:
        self.edit.setText(num(value))

    @property
    def overridden(self) -> bool:
        try:
            return self.value() != self.saved
        except ValueError:
            return True

    def _on_text_changed(self) -> None:
        try:
            self.value()
            ok = True
        except ValueError:
            ok = False
        font = QFont(self.edit.font())
        font.setBold(self.overridden)
        self.edit.setFont(font)
        self.edit.setStyleSheet("" if ok else "background: #FFE3CC")
        text = translate("OptimisationSettings", "Weight for the next run ({unit}). The "
                         "scenario says {weight}; 'Keep weights' stores this one.") \
            if self.overridden else translate("OptimisationSettings", "Weight for the next "
                                              "run ({unit}). The scenario says {weight}.")
        self.edit.setToolTip(tooltip_text(text.format(unit=self._unit, weight=num(self.saved))))
        self.changed.emit()


class DecisionDialog(QDialog):
    """Tick the reservoirs whose releases the optimiser decides."""

    def __init__(self, scenario: Scenario, spec: OptimisationSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OptimisationSettings", "Reservoirs the optimiser decides"))
        res = [(n.id, n.name) for n in scenario.nodes if isinstance(n, ReservoirNode)]
        self.scheduled = schedule_reservoirs(scenario)
        chosen = tuple(r for r in decided_reservoirs(scenario, spec) if r in self.scheduled)
        self.list = NodeChecklist(res, chosen)
        self.list.setToolTip(translate("OptimisationSettings", "The others keep their schedule"))
        for i in range(self.list.count()):
            item = self.list.item(i)
            node = scenario.node(item.data(Qt.ItemDataRole.UserRole))
            if node.id not in self.scheduled:
                assert isinstance(node, ReservoirNode)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable
                              & ~Qt.ItemFlag.ItemIsEnabled)
                reason = translate("OptimisationSettings", "follows its {rule} rule, not a "
                                   "schedule").format(
                    rule=translate("Schedule", RULE_NOTES[node.rule.kind])) \
                    if node.rule.kind in RULE_NOTES else translate(
                        "OptimisationSettings", "has a buffer zone that cuts its schedule")
                item.setToolTip(tooltip_text(translate(
                    "OptimisationSettings", "{name} {reason}: set its operating rule to "
                    "'schedule' without a buffer zone to let the optimiser decide its releases"
                ).format(name=node.name, reason=reason)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(translate(
            "OptimisationSettings", "The optimiser sets the releases of the reservoirs ticked; "
            "the others keep their schedule.")))
        lay.addWidget(self.list)
        lay.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        return self.list.value()


class OptimisationSettings(QWidget):
    """Objectives, requirements and defaults of the scenario, editable; see the module
    docstring. ``apply_edit`` applies an edit to the document (one undo step)."""

    weights_changed = Signal()

    def __init__(self, apply_edit: Callable[[Edit], bool], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._apply_edit = apply_edit
        self.scenario: Scenario | None = None
        self.spec_shown: OptimisationSpec | None = None
        self._key: tuple[object, ...] | None = None
        self.dialog: QDialog | None = None
        self._build()

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.source = plain_label(style="color: #555555")
        self.objectives = make_table([translate("OptimisationSettings", "Objective"),
                                      translate("OptimisationSettings", "Weight (this run)")])
        self.objectives.itemDoubleClicked.connect(lambda it: self.edit_entry(OBJECTIVES,
                                                                             it.row()))
        self.add_objective_button = tool_button(translate("OptimisationSettings", "Add…"))
        self.edit_objective_button = tool_button(translate("OptimisationSettings", "Change…"))
        self.remove_objective_button = tool_button(translate("OptimisationSettings", "Remove"))
        self.keep_weights_button = tool_button(translate("OptimisationSettings", "Keep weights"))
        self.keep_weights_button.setToolTip(translate(
            "OptimisationSettings", "Store the weights typed for this run in the scenario (one "
            "step you can undo)"))
        self.add_objective_button.clicked.connect(lambda: self.add_entry(OBJECTIVES))
        self.edit_objective_button.clicked.connect(
            lambda: self.edit_entry(OBJECTIVES, self.objectives.currentRow()))
        self.remove_objective_button.clicked.connect(
            lambda: self.remove_entry(OBJECTIVES, self.objectives.currentRow()))
        self.keep_weights_button.clicked.connect(self.keep_weights)
        self.requirements = make_table([translate("OptimisationSettings", "Requirement"),
                                        translate("OptimisationSettings", "Type")])
        self.requirements.itemDoubleClicked.connect(lambda it: self.edit_entry(CONSTRAINTS,
                                                                               it.row()))
        self.add_requirement_button = tool_button(translate("OptimisationSettings", "Add…"))
        self.edit_requirement_button = tool_button(translate("OptimisationSettings", "Change…"))
        self.remove_requirement_button = tool_button(translate("OptimisationSettings", "Remove"))
        self.add_requirement_button.clicked.connect(lambda: self.add_entry(CONSTRAINTS))
        self.edit_requirement_button.clicked.connect(
            lambda: self.edit_entry(CONSTRAINTS, self.requirements.currentRow()))
        self.remove_requirement_button.clicked.connect(
            lambda: self.remove_entry(CONSTRAINTS, self.requirements.currentRow()))
        self.no_requirements = plain_label(translate(
            "OptimisationSettings", "No requirements: the optimiser respects the network's own "
            "limits and the defaults below."), "color: #555555")
        self.carry_over = QComboBox()
        for mode, words in CARRY_OVER_WORDS.items():
            self.carry_over.addItem(words, mode)
        self.carry_over.setToolTip(translate(
            "OptimisationSettings", "Whether every decided reservoir should end the horizon "
            "with at least its start storage"))
        self.carry_over.activated.connect(self._on_carry_over_activated)
        self.regularisation = QCheckBox(translate("OptimisationSettings", "on: close and smooth"))
        self.regularisation.setToolTip(translate(
            "OptimisationSettings", "Among equally good schedules, prefer the one closest to "
            "the current schedule and smoothest from period to period"))
        self.regularisation.clicked.connect(self._on_regularisation_clicked)
        self.decides = plain_label()
        self.decides_button = tool_button(translate("OptimisationSettings", "Choose…"))
        self.decides_button.clicked.connect(self.choose_decisions)
        self.defaults_text = plain_label(style="color: #333333")
        self.error = plain_label(style=ERROR_STYLE)

        objectives_box = QGroupBox(translate("OptimisationSettings", "Objectives"))
        lay = QVBoxLayout(objectives_box)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.objectives)
        lay.addLayout(_row(self.add_objective_button, self.edit_objective_button,
                           self.remove_objective_button, self.keep_weights_button))
        requirements_box = QGroupBox(translate("OptimisationSettings", "Requirements"))
        lay = QVBoxLayout(requirements_box)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.requirements)
        lay.addWidget(self.no_requirements)
        lay.addLayout(_row(self.add_requirement_button, self.edit_requirement_button,
                           self.remove_requirement_button))
        defaults_box = QGroupBox(translate("OptimisationSettings",
                                           "Protective defaults and decisions"))
        form = QFormLayout(defaults_box)
        form.setContentsMargins(4, 4, 4, 4)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("OptimisationSettings", "Carry-over"), self.carry_over)
        form.addRow(translate("OptimisationSettings", "Regularisation"), self.regularisation)
        # the reservoirs' names on a row of their own: a wrapped label beside a button in a
        # form row is given one line's height and its names were cut off
        form.addRow(translate("OptimisationSettings", "Decides"), self.decides_button)
        form.addRow(self.decides)
        form.addRow(self.defaults_text)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.source)
        outer.addWidget(objectives_box)
        outer.addWidget(requirements_box)
        outer.addWidget(defaults_box)
        outer.addWidget(self.error)
        outer.addStretch(1)
        for t in (self.objectives, self.requirements):
            t.itemSelectionChanged.connect(self._sync_buttons)

    # --- showing the scenario -----------------------------------------------------------
    def show_scenario(self, scenario: Scenario) -> None:
        """Show the settings of ``scenario`` (nothing is rebuilt while only schedules
        change)."""
        self.scenario = scenario
        section = scenario.extensions.get(SECTION)
        if self._key is not None and self._key[0] is section \
                and self._key[1] is scenario.nodes:
            return
        self._key = (section, scenario.nodes)
        try:
            spec = current_spec(scenario)
        except EditRefused as e:
            self.spec_shown = None
            self.error.setText(str(e))
            return
        self.error.setText("")
        old_spec, old_fields = self.spec_shown, self._weight_fields()
        self.spec_shown = spec
        if SECTION in scenario.extensions:
            notes = str(spec.extras.get("notes", "")).strip()
            self.source.setText(translate(
                "OptimisationSettings", "The scenario's own optimisation settings ({gist})."
            ).format(gist=_gist(notes)) if notes else translate(
                "OptimisationSettings", "The scenario's own optimisation settings."))
            self.source.setToolTip(tooltip_text(notes))
        else:
            self.source.setText(translate(
                "OptimisationSettings", "The scenario has no optimisation settings of its own: "
                "the optimiser's defaults are shown. Any change here is saved with the "
                "scenario."))
            self.source.setToolTip("")
        self._fill_objectives(scenario, spec, old_spec, old_fields)
        self._fill_requirements(scenario, spec)
        k = self.carry_over.findData(spec.carry_over.mode)
        self.carry_over.setCurrentIndex(max(k, 0))
        self.regularisation.setChecked(spec.regularisation.active)
        self.decides.setText(decision_text(scenario, spec))
        self.defaults_text.setText(translate("OptimisationSettings", "The next run applies:")
                                   + "\n" + "\n".join(defaults_preview(scenario, spec)))
        self._sync_buttons()

    def _weight_fields(self) -> list[WeightField]:
        out = []
        for i in range(self.objectives.rowCount()):
            w = self.objectives.cellWidget(i, 1)
            if isinstance(w, WeightField):
                out.append(w)
        return out

    def _fill_objectives(self, scenario: Scenario, spec: OptimisationSpec,
                         old_spec: OptimisationSpec | None, old_fields: list[WeightField]
                         ) -> None:
        # weights typed for a run survive an unrelated change of the section
        typed: dict[tuple[str, float], float] = {}
        if old_spec is not None:
            for o, f in zip(old_spec.objectives, old_fields):
                if f.overridden:
                    try:
                        typed[(o.label, o.weight)] = f.value()
                    except ValueError:
                        pass
        t = self.objectives
        t.setRowCount(len(spec.objectives))
        for i, o in enumerate(spec.objectives):
            text = objective_text(o, scenario)
            t.setItem(i, 0, _item(text, translate(
                "OptimisationSettings", "{text}\nLabel: {label} (the trade-off and the command "
                "line use it)").format(text=text, label=o.label)))
            field = WeightField(o.weight, weight_unit(o))
            if (o.label, o.weight) in typed:
                field.set_value(typed[(o.label, o.weight)])
            field.changed.connect(self._on_weight_changed)
            t.setCellWidget(i, 1, field)
        t.schedule_fit()

    def _fill_requirements(self, scenario: Scenario, spec: OptimisationSpec) -> None:
        t = self.requirements
        t.setRowCount(len(spec.constraints))
        for i, c in enumerate(spec.constraints):
            text = constraint_text(c, scenario)
            tip = text + (translate("OptimisationSettings", "\nName: {name}").format(
                name=c.name) if c.name else "")
            t.setItem(i, 0, _item(text, tip))
            t.setItem(i, 1, _item(constraint_type(c)))
        t.setVisible(bool(spec.constraints))
        self.no_requirements.setVisible(not spec.constraints)
        t.schedule_fit()

    def _sync_buttons(self) -> None:
        self.edit_objective_button.setEnabled(self.objectives.currentRow() >= 0)
        self.remove_objective_button.setEnabled(self.objectives.currentRow() >= 0
                                                and self.objectives.rowCount() > 1)
        self.edit_requirement_button.setEnabled(self.requirements.currentRow() >= 0)
        self.remove_requirement_button.setEnabled(self.requirements.currentRow() >= 0)
        self.keep_weights_button.setEnabled(any(f.overridden for f in self._weight_fields()))

    def _on_weight_changed(self) -> None:
        self._sync_buttons()
        self.weights_changed.emit()

    # --- the spec of a run --------------------------------------------------------------
    def run_spec(self) -> OptimisationSpec:
        """The scenario's settings with the weights typed for this run; ValueError (in
        words) when a weight is not a number or out of bounds."""
        if self.scenario is None or self.spec_shown is None:
            raise ValueError(translate("OptimisationSettings",
                                       "the optimisation settings cannot be read"))
        spec = self.spec_shown
        fields = self._weight_fields()
        objectives = []
        for i, (o, f) in enumerate(zip(spec.objectives, fields)):
            try:
                w = f.value()
            except ValueError:
                raise ValueError(translate(
                    "OptimisationSettings", "weight of objective {number}: '{text}' is not a "
                    "number").format(number=i + 1, text=f.edit.text())) from None
            objectives.append(replace(o, weight=w))
        spec = replace(spec, objectives=tuple(objectives))
        try:
            with_checked_spec(self.scenario, spec)
        except EditRefused as e:
            raise ValueError(str(e)) from None
        return spec

    # --- editing ------------------------------------------------------------------------
    def _apply(self, edit: Edit) -> bool:
        """Apply an edit (one undo step); a refusal is said here as well as in the status
        bar."""
        if self.scenario is not None:
            try:
                edit.apply(self.scenario)
            except EditRefused as e:
                self.error.setText(translate("OptimisationSettings", "Not changed: {reason}"
                                             ).format(reason=e))
                return False
        self.error.setText("")
        return self._apply_edit(edit)

    def add_entry(self, part: str) -> EntryDialog | None:
        """Open the dialog that adds an objective or requirement (applied on OK)."""
        return self._open_entry(part, None)

    def edit_entry(self, part: str, index: int) -> EntryDialog | None:
        """Open the dialog that changes objective or requirement ``index``."""
        if index < 0:
            return None
        return self._open_entry(part, index)

    def _open_entry(self, part: str, index: int | None) -> EntryDialog | None:
        if self.scenario is None or self.spec_shown is None:
            return None
        items = self.spec_shown.objectives if part == OBJECTIVES else \
            self.spec_shown.constraints
        entry = items[index] if index is not None and index < len(items) else None
        if index is not None and entry is None:
            return None
        dialog = EntryDialog(self.scenario, part, index, entry, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result: self._on_entry_dialog_finished(dialog, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_entry_dialog_finished(self, dialog: EntryDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.edit is not None:
            self._apply(dialog.edit)
        self.dialog = None
        dialog.deleteLater()

    def remove_entry(self, part: str, index: int) -> bool:
        """Remove objective or requirement ``index`` (one undo step)."""
        if self.scenario is None or index < 0:
            return False
        try:
            edit = remove_entry(self.scenario, part, index)
        except EditRefused as e:
            self.error.setText(str(e))
            return False
        return self._apply(edit)

    def keep_weights(self) -> bool:
        """Store the weights typed for this run in the scenario (one undo step)."""
        try:
            spec = self.run_spec()
        except ValueError as e:
            self.error.setText(str(e))
            return False
        return self._apply(SetObjectiveWeights(
            weights=tuple(o.weight for o in spec.objectives),
            label=translate("OptimisationSettings", "Keep objective weights")))

    def _on_carry_over_activated(self) -> None:
        spec = self.spec_shown
        mode = str(self.carry_over.currentData())
        if spec is None or mode == spec.carry_over.mode:
            return
        self._apply(SetProtectiveDefaults(
            carry_over=CarryOver(mode=mode, penalty=spec.carry_over.penalty),
            label=translate("OptimisationSettings", "Carry-over: {mode}").format(
                mode=self.carry_over.currentText() if language() != "en" else mode)))

    def _on_regularisation_clicked(self, on: bool) -> None:
        spec = self.spec_shown
        if spec is None or on == spec.regularisation.active:
            return
        self._apply(SetProtectiveDefaults(
            regularisation=Regularisation() if on else REGULARISATION_OFF,
            label=translate("OptimisationSettings", "Regularisation: on") if on
            else translate("OptimisationSettings", "Regularisation: off")))

    def choose_decisions(self) -> DecisionDialog | None:
        """Open the dialog that chooses the reservoirs the optimiser decides."""
        if self.scenario is None or self.spec_shown is None:
            return None
        dialog = DecisionDialog(self.scenario, self.spec_shown, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self.scenario is not None:
                chosen = dialog.chosen()
                if not chosen:
                    self.error.setText(translate(
                        "OptimisationSettings", "Choose at least one reservoir for the "
                        "optimiser to decide."))
                elif list(chosen) == dialog.scheduled:
                    self._apply(SetDecisionReservoirs(reservoirs=None, label=translate(
                        "OptimisationSettings",
                        "Optimiser decides: every reservoir on a schedule")))
                else:
                    self._apply(decision_reservoirs_edit(self.scenario, chosen))
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog


def _row(*buttons: QWidget) -> QHBoxLayout:
    lay = QHBoxLayout()
    lay.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        lay.addWidget(b)
    lay.addStretch(1)
    return lay


def _gist(notes: str, limit: int = 60) -> str:
    """The head of the section's notes: 'Energy mode' of 'Energy mode: irrigation …'."""
    head = notes.split(":", 1)[0].split(".", 1)[0].strip()
    return head if len(head) <= limit else head[:limit - 1].rstrip() + "…"
