"""Import series from a spreadsheet: preview, column-to-node mapping, unit, period length,
and every problem with its row and column.

For the main window::

    from waterplanner.ui.import_dialog import ImportSeriesDialog
    dialog = ImportSeriesDialog(self, doc.scenario)
    if dialog.exec() and dialog.result_scenario() is not None:
        doc.apply(dialog.result_edit())        # one undoable edit

The dialog returns values and never changes the scenario; its OK button stays disabled
until the whole file is clean. All checking is done by :mod:`waterplanner.model.series_import`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from waterplanner.model.edits import ReplaceScenario
from waterplanner.model.nodes import DemandNode, InflowNode, ReservoirNode
from waterplanner.model.scenario import Scenario
from waterplanner.model.series_import import (
    ColumnMapping,
    ImportPreview,
    ImportSpec,
    RawTable,
    SeriesImportError,
    Target,
    Unit,
    apply_import,
    column_letter,
    guess_spec,
    prepare_import,
    read_table,
)
from waterplanner.model.timebase import Step

PREVIEW_ROWS = 40
SKIP = "(skip)"
STEP_CHOICES = (("Detect", None), ("Monthly", Step.MONTH), ("Dekads", Step.DEKAD),
                ("Daily", Step.DAY))
PROBLEM_COLOUR = "#D55E00"


def _short(name: str) -> str:
    return re.split(r" \(|[:,;]", name, maxsplit=1)[0].strip() or name


def target_choices(scenario: Scenario) -> list[tuple[str, str, Target]]:
    """(label, node id, target) of every series a column can feed."""
    out = []
    for n in scenario.nodes:
        if isinstance(n, ReservoirNode):
            out.append((f"{_short(n.name)}: release", n.id, Target.RELEASE))
        elif isinstance(n, InflowNode):
            out.append((f"{_short(n.name)}: inflow", n.id, Target.INFLOW))
        elif isinstance(n, DemandNode):
            out.append((f"{_short(n.name)}: demand", n.id, Target.DEMAND))
    return out


class ImportSeriesDialog(QDialog):
    """Choose a CSV or .xlsx file and how to read it; ``result_scenario()`` after ``exec()``."""

    def __init__(self, parent: QWidget | None, scenario: Scenario,
                 path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import series")
        self.resize(1000, 680)
        self._scenario = scenario
        self._table: RawTable | None = None
        self._preview: ImportPreview | None = None
        self._result: Scenario | None = None
        self._path: Path | None = None
        self._choices = target_choices(scenario)
        self._updating = False

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText("Choose a CSV or Excel (.xlsx) file")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse_clicked)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._on_sheet_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel("File:"))
        top.addWidget(self.path_edit, 1)
        top.addWidget(browse)
        top.addWidget(QLabel("Sheet:"))
        top.addWidget(self.sheet_combo)

        self.date_combo = QComboBox()
        self.unit_combo = QComboBox()
        for u in Unit:
            self.unit_combo.addItem(u.value)
        self.step_combo = QComboBox()
        for label, _ in STEP_CHOICES:
            self.step_combo.addItem(label)
        self.set_combo = QComboBox()
        for s in scenario.inflow_sets:
            self.set_combo.addItem(s.label or s.name, s.name)
        for combo in (self.date_combo, self.unit_combo, self.step_combo, self.set_combo):
            combo.currentIndexChanged.connect(self._on_option_changed)
        options = QFormLayout()
        options.addRow("Dates in column", self.date_combo)
        options.addRow("Values are in", self.unit_combo)
        options.addRow("Period length", self.step_combo)
        options.addRow("Inflows go to set", self.set_combo)
        options_box = QGroupBox("How to read the file")
        options_box.setLayout(options)

        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels(["Column", "Goes to"])
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        mapping_box = QGroupBox("Columns")
        lay = QVBoxLayout(mapping_box)
        lay.addWidget(self.mapping_table)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(options_box)
        left_lay.addWidget(mapping_box, 1)

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview_box = QGroupBox(f"The file (first {PREVIEW_ROWS} rows)")
        QVBoxLayout(preview_box).addWidget(self.preview_table)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(preview_box)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 560])

        self.status_label = QLabel("No file chosen.")
        self.status_label.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(150)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(split, 1)
        root.addWidget(self.status_label)
        root.addWidget(self.problem_list)
        root.addWidget(self.buttons)
        self._set_ok(False)
        if path is not None:
            self.open_file(path)

    # --- public -------------------------------------------------------------------------
    def result_scenario(self) -> Scenario | None:
        """The scenario with the imported series (None until a clean file is accepted)."""
        return self._result if self.result() == QDialog.DialogCode.Accepted else None

    def result_edit(self) -> ReplaceScenario | None:
        """The import as one undoable edit, labelled with the file's name."""
        new = self.result_scenario()
        if new is None:
            return None
        name = self._path.name if self._path else "a file"
        return ReplaceScenario(scenario=new, label=f"Import series from {name}")

    def problems(self) -> list[str]:
        """The problems shown, one line each (row and column first)."""
        items = [self.problem_list.item(i) for i in range(self.problem_list.count())]
        return [it.text() for it in items
                if it is not None and it.data(Qt.ItemDataRole.UserRole) == "problem"]

    def open_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Read a file, guess how to import it and show the preview."""
        self._path = Path(path)
        self.path_edit.setText(str(path))
        try:
            table = read_table(path, sheet)
        except SeriesImportError as e:
            self._table = None
            self._show_problems([str(p) for p in e.problems], [])
            self.status_label.setText("The file cannot be read; nothing will be imported.")
            self._set_ok(False)
            return
        self._table = table
        self._updating = True
        try:
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(table.sheets))
            if table.sheet:
                self.sheet_combo.setCurrentText(table.sheet)
            self.sheet_combo.setEnabled(bool(table.sheets))
            self.sheet_combo.blockSignals(False)
            self._fill_preview(table)
            spec = guess_spec(table, self._scenario)
            self.date_combo.clear()
            for j in range(len(table.headers)):
                self.date_combo.addItem(table.column_name(j), j)
            self.date_combo.setCurrentIndex(spec.date_column)
            self.unit_combo.setCurrentIndex(list(Unit).index(spec.unit))
            self.step_combo.setCurrentIndex(0)
            self._fill_mapping(table, spec)
        finally:
            self._updating = False
        self._refresh()

    def set_mapping(self, column: int, node_id: str | None, target: Target | None = None) -> None:
        """Map a column to a node's series (None: skip the column)."""
        combo = self.mapping_table.cellWidget(self._row_of_column(column), 1)
        assert isinstance(combo, QComboBox)
        if node_id is None:
            combo.setCurrentIndex(0)
            return
        for k, (_, nid, tgt) in enumerate(self._choices):
            if nid == node_id and (target is None or tgt is target):
                combo.setCurrentIndex(k + 1)
                return
        raise KeyError(node_id)

    def set_unit(self, unit: Unit) -> None:
        """Choose the unit of the file's values."""
        self.unit_combo.setCurrentIndex(list(Unit).index(unit))

    def current_spec(self) -> ImportSpec | None:
        """The spec the dialog's controls describe (None without a readable file)."""
        if self._table is None:
            return None
        mappings, ignored = [], []
        date_col = self.date_combo.currentData()
        for r in range(self.mapping_table.rowCount()):
            col = self._column_at(r)
            combo = self.mapping_table.cellWidget(r, 1)
            k = combo.currentIndex() if isinstance(combo, QComboBox) else 0
            if k <= 0:
                ignored.append(col)
            else:
                _, nid, tgt = self._choices[k - 1]
                mappings.append(ColumnMapping(col, nid, tgt))
        # enum members go through Qt as plain strings: map the combos by index instead
        unit = list(Unit)[max(self.unit_combo.currentIndex(), 0)]
        step = STEP_CHOICES[max(self.step_combo.currentIndex(), 0)][1]
        return ImportSpec(date_column=int(date_col) if date_col is not None else 0,
                          mappings=tuple(mappings), unit=unit,
                          inflow_set=self.set_combo.currentData(), step=step,
                          ignored_columns=tuple(ignored))

    # --- internals ----------------------------------------------------------------------
    def _column_at(self, row: int) -> int:
        item = self.mapping_table.item(row, 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else -1

    def _row_of_column(self, column: int) -> int:
        for r in range(self.mapping_table.rowCount()):
            if self._column_at(r) == column:
                return r
        raise KeyError(column)

    def _set_ok(self, ok: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _fill_preview(self, table: RawTable) -> None:
        rows = table.rows[:PREVIEW_ROWS]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(table.headers))
        self.preview_table.setRowCount(len(rows))
        self.preview_table.setHorizontalHeaderLabels(
            [f"{column_letter(j)}\n{h}" for j, h in enumerate(table.headers)])
        self.preview_table.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:len(rows)]])
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                text = "" if v is None else (v.date().isoformat() if hasattr(v, "date") and
                                             callable(v.date) else str(v))
                self.preview_table.setItem(i, j, QTableWidgetItem(text))

    def _fill_mapping(self, table: RawTable, spec: ImportSpec) -> None:
        by_col = {m.column: m for m in spec.mappings}
        cols = [j for j in range(len(table.headers)) if j != spec.date_column]
        self.mapping_table.setRowCount(len(cols))
        for r, j in enumerate(cols):
            item = QTableWidgetItem(table.column_name(j))
            item.setData(Qt.ItemDataRole.UserRole, j)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(r, 0, item)
            combo = QComboBox()
            combo.addItem(SKIP)
            for label, _, _ in self._choices:
                combo.addItem(label)
            m = by_col.get(j)
            if m is not None:
                for k, (_, nid, tgt) in enumerate(self._choices):
                    if nid == m.node_id and tgt is m.target:
                        combo.setCurrentIndex(k + 1)
            elif j not in spec.ignored_columns:
                combo.setCurrentIndex(-1)  # undecided: shown as a problem until chosen
            combo.currentIndexChanged.connect(self._on_option_changed)
            self.mapping_table.setCellWidget(r, 1, combo)
        self.mapping_table.resizeColumnToContents(0)

    def _refresh(self) -> None:
        spec = self.current_spec()
        if spec is None or self._table is None:
            self._set_ok(False)
            return
        undecided = []
        for r in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(r, 1)
            if isinstance(combo, QComboBox) and combo.currentIndex() < 0:
                undecided.append(self._column_at(r))
        if undecided:  # let the model name them: leave them neither mapped nor skipped
            spec = ImportSpec(spec.date_column, spec.mappings, spec.unit, spec.inflow_set,
                              spec.step, tuple(c for c in spec.ignored_columns
                                               if c not in undecided))
        preview = prepare_import(self._scenario, self._table, spec)
        self._preview = preview
        self._show_problems([str(p) for p in preview.problems], preview.notes)
        if preview.ok:
            n = len(preview.values)
            step = {Step.MONTH: "monthly", Step.DEKAD: "dekad", Step.DAY: "daily"}.get(
                preview.step, "") if preview.step else ""
            self.status_label.setText(f"Ready: {n} series, {step} values in "
                                      f"{spec.unit.value}, will be imported as one edit.")
        else:
            k = len(preview.problems)
            self.status_label.setText(f"{k} problem{'s' if k != 1 else ''}: nothing will be "
                                      "imported until the file is clean.")
        self._set_ok(preview.ok)

    def _show_problems(self, problems: list[str], notes: list[str]) -> None:
        self.problem_list.clear()
        for text in problems:
            item = QListWidgetItem(text)
            item.setForeground(QColor(PROBLEM_COLOUR))
            item.setData(Qt.ItemDataRole.UserRole, "problem")
            self.problem_list.addItem(item)
        for text in notes:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, "note")
            self.problem_list.addItem(item)

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import series", str(self._path or ""),
                                              "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")
        if name:
            self.open_file(name)

    def _on_sheet_changed(self, sheet: str) -> None:
        if not self._updating and self._path is not None and sheet:
            self.open_file(self._path, sheet)

    def _on_option_changed(self, *_: object) -> None:
        if not self._updating:
            self._refresh()

    def accept(self) -> None:
        """Apply the import to a copy of the scenario; stay open if anything is wrong."""
        if self._preview is None or not self._preview.ok:
            return
        try:
            self._result = apply_import(self._scenario, self._preview)
        except SeriesImportError as e:
            self._show_problems([str(p) for p in e.problems], [])
            self._set_ok(False)
            return
        super().accept()
