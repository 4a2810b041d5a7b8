"""Import series from a spreadsheet: preview, column-to-node mapping, each column's unit,
period length, and every problem with its row and column.

For the main window::

    from waterplanner.ui.import_dialog import ImportSeriesDialog
    dialog = ImportSeriesDialog(self, doc.scenario)
    if dialog.exec() and dialog.result_scenario() is not None:
        doc.apply(dialog.result_edit())        # one undoable edit

The dialog returns values and never changes the scenario; its OK button stays disabled
until the whole file is clean. All checking is done by :mod:`waterplanner.model.series_import`.

Each column's unit is read from its own header and shown in the mapping table and above the
preview; a column whose header names no unit, or one WaterPlanner does not know, waits for
the planner to choose its unit. No error, whatever the file, escapes as an exception: it is
shown in the problem list and nothing is imported.
"""

from __future__ import annotations

import logging
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

from waterplanner.i18n import QT_TRANSLATE_NOOP, and_joined, plural, translate
from waterplanner.i18n.figures import counted
from waterplanner.i18n.units import unit as unit_text
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
    read_header_unit,
    read_table,
)
from waterplanner.model.spreadsheet import shown
from waterplanner.model.timebase import Step

log = logging.getLogger(__name__)

PREVIEW_ROWS = 40
PREVIEW_COLUMN_MAX_PX = 220
UNIT_COLUMN_PX = 110
SKIP = QT_TRANSLATE_NOOP("Import", "(skip)")
STEP_CHOICES = ((QT_TRANSLATE_NOOP("Import", "Detect"), None),
                (QT_TRANSLATE_NOOP("Import", "Monthly"), Step.MONTH),
                (QT_TRANSLATE_NOOP("Import", "Dekads"), Step.DEKAD),
                (QT_TRANSLATE_NOOP("Import", "Daily"), Step.DAY))
"""The period lengths offered (in English; shown through ``translate("Import", …)``)."""
PROBLEM_COLOUR = "#D55E00"
UNITS = tuple(Unit)
MAPPING_COLUMN, MAPPING_UNIT, MAPPING_TARGET = 0, 1, 2


def _short(name: str) -> str:
    return re.split(r" \(|[:,;]", name, maxsplit=1)[0].strip() or name


def target_choices(scenario: Scenario) -> list[tuple[str, str, Target]]:
    """(label, node id, target) of every series a column can feed."""
    out = []
    for n in scenario.nodes:
        if isinstance(n, ReservoirNode):
            out.append((translate("Import", "{name}: release").format(name=_short(n.name)),
                        n.id, Target.RELEASE))
        elif isinstance(n, InflowNode):
            out.append((translate("Import", "{name}: inflow").format(name=_short(n.name)),
                        n.id, Target.INFLOW))
        elif isinstance(n, DemandNode):
            out.append((translate("Import", "{name}: demand").format(name=_short(n.name)),
                        n.id, Target.DEMAND))
    return out


class ImportSeriesDialog(QDialog):
    """Choose a CSV or .xlsx file and how to read it; ``result_scenario()`` after ``exec()``."""

    def __init__(self, parent: QWidget | None, scenario: Scenario,
                 path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Import", "Import series"))
        self.resize(1100, 700)
        self._scenario = scenario
        self._table: RawTable | None = None
        self._preview: ImportPreview | None = None
        self._result: Scenario | None = None
        self._path: Path | None = None
        self._choices = target_choices(scenario)
        self._updating = False

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(translate("Import", "Choose a CSV or Excel (.xlsx) file"))
        browse = QPushButton(translate("Import", "Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._on_sheet_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Import", "File:")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(browse)
        top.addWidget(QLabel(translate("Import", "Sheet:")))
        top.addWidget(self.sheet_combo)

        self.date_combo = QComboBox()
        self.step_combo = QComboBox()
        for label, _ in STEP_CHOICES:
            self.step_combo.addItem(translate("Import", label))
        self.set_combo = QComboBox()
        for s in scenario.inflow_sets:
            self.set_combo.addItem(s.label or s.name, s.name)
        for combo in (self.date_combo, self.step_combo, self.set_combo):
            combo.currentIndexChanged.connect(self._on_option_changed)
        options = QFormLayout()
        options.addRow(translate("Import", "Dates in column"), self.date_combo)
        options.addRow(translate("Import", "Period length"), self.step_combo)
        options.addRow(translate("Import", "Inflows go to set"), self.set_combo)
        options_box = QGroupBox(translate("Import", "How to read the file"))
        options_box.setLayout(options)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([
            translate("Import", "Column"), translate("Import", "Unit"),
            translate("Import", "Goes to")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            MAPPING_TARGET, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        mapping_box = QGroupBox(translate("Import", "Columns"))
        lay = QVBoxLayout(mapping_box)
        units_note = QLabel(translate(
            "Import", "Each column's unit is read from its header; choose it where the header "
            "names none. Flows (m³/s, l/s, ft³/s) are mean flows over each period, volumes "
            "(Mm³, km³, m³) totals per period."))
        units_note.setWordWrap(True)
        lay.addWidget(units_note)
        lay.addWidget(self.mapping_table)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(options_box)
        left_lay.addWidget(mapping_box, 1)

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview_box = QGroupBox(translate("Import", "The file (first {count} rows)").format(
            count=PREVIEW_ROWS))
        QVBoxLayout(preview_box).addWidget(self.preview_table)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(preview_box)
        split.setStretchFactor(1, 2)
        split.setSizes([480, 620])

        self.status_label = QLabel(translate("Import", "No file chosen."))
        self.status_label.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(150)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Import", "Import"))
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
        name = self._path.name if self._path else translate("Import", "a file")
        return ReplaceScenario(scenario=new, label=translate(
            "Import", "Import series from {name}").format(name=name))

    def problems(self) -> list[str]:
        """The problems shown, one line each (row and column first)."""
        items = [self.problem_list.item(i) for i in range(self.problem_list.count())]
        return [it.text() for it in items
                if it is not None and it.data(Qt.ItemDataRole.UserRole) == "problem"]

    def open_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Read a file, guess how to import it and show the preview."""
        self._path = Path(path)
        self.path_edit.setText(str(path))
        self._table = None
        self._preview = None
        try:
            table = read_table(path, sheet)
            spec = guess_spec(table, self._scenario)
        except SeriesImportError as e:
            self._show_unreadable([str(p) for p in e.problems])
            return
        except Exception as e:  # a bug must not close the dialog, nor the application
            log.exception("reading %s for import", path)
            why = f"{type(e).__name__}: {shown(e)}"
            self._show_unreadable([translate("Import", "{name} cannot be read ({why})").format(
                name=Path(path).name, why=why)])
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
            self.date_combo.clear()
            for j in range(len(table.headers)):
                self.date_combo.addItem(table.column_name(j), j)
            self.date_combo.setCurrentIndex(spec.date_column)
            self.step_combo.setCurrentIndex(0)
            self._fill_mapping(table, spec)
        finally:
            self._updating = False
        self._refresh()

    def set_mapping(self, column: int, node_id: str | None, target: Target | None = None) -> None:
        """Map a column to a node's series (None: skip the column)."""
        combo = self.mapping_table.cellWidget(self._row_of_column(column), MAPPING_TARGET)
        assert isinstance(combo, QComboBox)
        if node_id is None:
            combo.setCurrentIndex(0)
            return
        for k, (_, nid, tgt) in enumerate(self._choices):
            if nid == node_id and (target is None or tgt is target):
                combo.setCurrentIndex(k + 1)
                return
        raise KeyError(node_id)

    def set_unit(self, unit: Unit | None, column: int | None = None) -> None:
        """Choose the unit of one column (None: back to undecided); with no column, of every
        column whose header names no known unit."""
        rows = [self._row_of_column(column)] if column is not None else [
            r for r in range(self.mapping_table.rowCount())
            if read_header_unit(self._header(self._column_at(r))).unit is None]
        self._updating = True
        try:
            for r in rows:
                combo = self.mapping_table.cellWidget(r, MAPPING_UNIT)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(UNITS.index(unit) if unit is not None else -1)
        finally:
            self._updating = False
        self._refresh()

    def column_unit(self, column: int) -> Unit | None:
        """The unit column ``column`` will be read in (None: not chosen yet)."""
        combo = self.mapping_table.cellWidget(self._row_of_column(column), MAPPING_UNIT)
        assert isinstance(combo, QComboBox)
        k = combo.currentIndex()
        return UNITS[k] if 0 <= k < len(UNITS) else None

    def current_spec(self) -> ImportSpec | None:
        """The spec the dialog's controls describe (None without a readable file)."""
        if self._table is None:
            return None
        mappings, ignored = [], []
        date_col = self.date_combo.currentData()
        for r in range(self.mapping_table.rowCount()):
            col = self._column_at(r)
            combo = self.mapping_table.cellWidget(r, MAPPING_TARGET)
            k = combo.currentIndex() if isinstance(combo, QComboBox) else 0
            if k <= 0:
                ignored.append(col)
            else:
                _, nid, tgt = self._choices[k - 1]
                mappings.append(ColumnMapping(col, nid, tgt, self.column_unit(col)))
        step = STEP_CHOICES[max(self.step_combo.currentIndex(), 0)][1]
        return ImportSpec(date_column=int(date_col) if date_col is not None else 0,
                          mappings=tuple(mappings), unit=None,
                          inflow_set=self.set_combo.currentData(), step=step,
                          ignored_columns=tuple(ignored))

    # --- internals ----------------------------------------------------------------------
    def _header(self, column: int) -> str:
        if self._table is None or not 0 <= column < len(self._table.headers):
            return ""
        return self._table.headers[column]

    def _column_at(self, row: int) -> int:
        item = self.mapping_table.item(row, MAPPING_COLUMN)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else -1

    def _row_of_column(self, column: int) -> int:
        for r in range(self.mapping_table.rowCount()):
            if self._column_at(r) == column:
                return r
        raise KeyError(column)

    def _set_ok(self, ok: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _show_unreadable(self, problems: list[str]) -> None:
        self._table = None
        self._preview = None
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.mapping_table.setRowCount(0)
        self._show_problems(problems, [])
        self.status_label.setText(
            translate("Import", "The file cannot be read; nothing will be imported."))
        self._set_ok(False)

    def _fill_preview(self, table: RawTable) -> None:
        rows = table.rows[:PREVIEW_ROWS]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(table.headers))
        self.preview_table.setRowCount(len(rows))
        for j, h in enumerate(table.headers):
            self.preview_table.setHorizontalHeaderItem(j, QTableWidgetItem(
                f"{column_letter(j)}\n{shown(h)}"))
        self.preview_table.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:len(rows)]])
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                text = "" if v is None else (v.date().isoformat() if hasattr(v, "date") and
                                             callable(v.date) else shown(v))
                self.preview_table.setItem(i, j, QTableWidgetItem(text))

    def _fill_mapping(self, table: RawTable, spec: ImportSpec) -> None:
        by_col = {m.column: m for m in spec.mappings}
        cols = [j for j in range(len(table.headers)) if j != spec.date_column]
        self.mapping_table.setRowCount(len(cols))
        for r, j in enumerate(cols):
            item = QTableWidgetItem(shown(table.column_name(j)))
            item.setData(Qt.ItemDataRole.UserRole, j)
            item.setToolTip(shown(table.headers[j]))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(r, MAPPING_COLUMN, item)
            self.mapping_table.setCellWidget(r, MAPPING_UNIT, self._unit_combo(table.headers[j]))
            combo = QComboBox()
            combo.addItem(translate("Import", SKIP))
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
            self.mapping_table.setCellWidget(r, MAPPING_TARGET, combo)
        self.mapping_table.resizeColumnToContents(MAPPING_COLUMN)
        self.mapping_table.setColumnWidth(MAPPING_UNIT, UNIT_COLUMN_PX)

    def _unit_combo(self, header: str) -> QComboBox:
        """The unit of one column: the header's, or undecided until the planner chooses."""
        combo = QComboBox()
        for k, u in enumerate(UNITS):
            combo.addItem(unit_text(u.value))
            combo.setItemData(k, u.description, Qt.ItemDataRole.ToolTipRole)
        hu = read_header_unit(header)
        if hu.unit is not None:
            combo.setCurrentIndex(UNITS.index(hu.unit))
            combo.setToolTip(translate("Import", "Read from the header ('{text}'): {unit}")
                             .format(text=shown(hu.text), unit=hu.unit.description))
        else:
            combo.setCurrentIndex(-1)
            if hu.unknown:
                combo.setPlaceholderText(f"'{shown(hu.text)}'?")
                combo.setToolTip(translate(
                    "Import", "The header's unit '{text}' is not one WaterPlanner knows: choose "
                    "this column's unit").format(text=shown(hu.text)))
            elif hu.conflict:
                combo.setPlaceholderText(translate("Import", "two units?"))
                combo.setToolTip(translate(
                    "Import", "The header names {units}: choose this column's unit").format(
                        units=and_joined(unit_text(u.value) for u in hu.conflict)))
            else:
                combo.setPlaceholderText(translate("Import", "choose…"))
                combo.setToolTip(
                    translate("Import", "The header names no unit: choose this column's unit"))
        combo.currentIndexChanged.connect(self._on_option_changed)
        return combo

    def _show_units(self) -> None:
        """The unit each column will be read in, on the preview's column headers; a skipped
        column's unit cannot be chosen (it is not imported)."""
        if self._table is None:
            return
        for r in range(self.mapping_table.rowCount()):
            j = self._column_at(r)
            target = self.mapping_table.cellWidget(r, MAPPING_TARGET)
            unit_combo = self.mapping_table.cellWidget(r, MAPPING_UNIT)
            skipped = isinstance(target, QComboBox) and target.currentIndex() == 0
            if isinstance(unit_combo, QComboBox):
                unit_combo.setEnabled(not skipped)
            item = self.preview_table.horizontalHeaderItem(j)
            if item is None:
                continue
            lines = [column_letter(j), shown(self._table.headers[j])]
            unit = self.column_unit(j)
            if unit is not None:
                lines.append(f"→ {unit_text(unit.value)}")
            elif not skipped:
                lines.append(translate("Import", "→ unit?"))
            item.setForeground(QColor(PROBLEM_COLOUR) if unit is None and not skipped
                               else QColor(self.palette().text().color()))
            item.setText("\n".join(lines))
        self.preview_table.resizeColumnsToContents()
        for j in range(self.preview_table.columnCount()):
            self.preview_table.setColumnWidth(j, min(self.preview_table.columnWidth(j),
                                                     PREVIEW_COLUMN_MAX_PX))

    def _refresh(self) -> None:
        spec = self.current_spec()
        if spec is None or self._table is None:
            self._set_ok(False)
            return
        self._show_units()
        undecided = []
        for r in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(r, MAPPING_TARGET)
            if isinstance(combo, QComboBox) and combo.currentIndex() < 0:
                undecided.append(self._column_at(r))
        if undecided:  # let the model name them: leave them neither mapped nor skipped
            spec = ImportSpec(spec.date_column, spec.mappings, spec.unit, spec.inflow_set,
                              spec.step, tuple(c for c in spec.ignored_columns
                                               if c not in undecided))
        try:
            preview = prepare_import(self._scenario, self._table, spec)
        except Exception as e:  # a bug must not close the dialog, nor the application
            log.exception("checking an import")
            self._preview = None
            why = f"{type(e).__name__}: {shown(e)}"
            self._show_problems([translate("Import", "the file cannot be checked ({why})")
                                 .format(why=why)], [])
            self.status_label.setText(translate("Import", "Nothing will be imported."))
            self._set_ok(False)
            return
        self._preview = preview
        self._show_problems([str(p) for p in preview.problems], preview.notes)
        if preview.ok:
            n = len(preview.values)
            step = {Step.MONTH: translate("Import", "monthly"),
                    Step.DEKAD: translate("Import", "dekad"),
                    Step.DAY: translate("Import", "daily")}.get(
                preview.step, "") if preview.step else ""
            units = ", ".join(translate("Import", "{column} in {unit}").format(
                column=column_letter(c), unit=unit_text(u.value))
                for c, u in sorted(preview.units.items()))
            self.status_label.setText(plural(
                "Import", "Ready: {count} series, {step} values ({units}), will be imported as "
                "one edit.", n).format(count=n, step=step, units=units))
        else:
            k = len(preview.problems)
            self.status_label.setText(counted(
                "Import", "{count} problems: nothing will be imported until the file is clean.",
                k, "{count} problem: nothing will be imported until the file is clean.").format(
                    count=k))
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
        name, _ = QFileDialog.getOpenFileName(
            self, translate("Import", "Import series"), str(self._path or ""),
            translate("Import", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
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
        except Exception as e:  # a bug must not close the dialog, nor the application
            log.exception("applying an import")
            self._show_problems([translate("Import", "the import failed ({why})").format(
                why=f"{type(e).__name__}: {shown(e)}")], [])
            self._set_ok(False)
            return
        super().accept()


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("Import", "Ready: {count} series, {step} values ({units}), will be imported as "
                        "one edit.", None, 1)
    translate("Import", "{count} problems: nothing will be imported until the file is clean.",
              None, 1)
