"""The run-of-river plants of one river link, as a small table (one plant per row).

The dialog only reads what is typed; the caller makes the edit, whose refusal (a duplicate
id, an efficiency above 1) is shown in the dialog without losing what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate
from waterplanner.i18n.figures import counted
from waterplanner.i18n.units import unit as unit_text
from waterplanner.model.nodes import RunOfRiverPlant
from waterplanner.ui.dialog_parts import error_label, ok_cancel, row_buttons
from waterplanner.ui.figures import general
from waterplanner.ui.schedule_model import parse_number

COLUMNS = (("id", QT_TRANSLATE_NOOP("Plants", "Id"), ""),
           ("name", QT_TRANSLATE_NOOP("Plants", "Name"), ""),
           ("country", QT_TRANSLATE_NOOP("Plants", "Country"), ""),
           ("head_m", QT_TRANSLATE_NOOP("Plants", "Head"), "m"),
           ("turbine_capacity_m3s", QT_TRANSLATE_NOOP("Plants", "Turbine capacity"), "m³/s"),
           ("installed_mw", QT_TRANSLATE_NOOP("Plants", "Installed"), "MW"),
           ("efficiency", QT_TRANSLATE_NOOP("Plants", "Efficiency"), ""))
NUMERIC = {"head_m", "turbine_capacity_m3s", "installed_mw", "efficiency"}


def plants_summary(plants: Sequence[RunOfRiverPlant]) -> str:
    """'none — click to add', or '2 plants: Kurpsai, Tash-Kumyr…'."""
    if not plants:
        return translate("Plants", "none — click to add")
    names = ", ".join(p.name for p in plants[:3]) + ("…" if len(plants) > 3 else "")
    return counted("Plants", "{count} plants: {names}", len(plants),
                   "{count} plant: {names}").format(count=len(plants), names=names)


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("Plants", "{count} plants: {names}", None, 1)


class PlantsDialog(QDialog):
    """Edit a list of run-of-river plants."""

    def __init__(self, title: str, plants: Sequence[RunOfRiverPlant],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 260)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [translate("Plants", "{label} ({unit})").format(
                label=translate("Plants", label), unit=unit_text(unit)) if unit
             else translate("Plants", label) for _, label, unit in COLUMNS])
        for p in plants:
            self.add_row(p)
        self.table.resizeColumnsToContents()  # every heading whole, in any language
        self.error = error_label()
        buttons = ok_cancel(self)
        row = row_buttons(self.table, lambda: self.add_row(None),
                          translate("Plants", "Add plant"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(translate(
            "Plants", "Power = efficiency × ρ g × min(flow, turbine capacity) × head, at most "
            "the installed power; the flow is what enters the link.")))
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def add_row(self, plant: RunOfRiverPlant | None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = {"id": f"plant_{r + 1}", "name": f"Plant {r + 1}", "country": "",
                  "head_m": 50.0, "turbine_capacity_m3s": 500.0, "installed_mw": 200.0,
                  "efficiency": 0.9}
        if plant is not None:
            values = {key: getattr(plant, key) for key, _, _ in COLUMNS}
        for c, (key, _, _) in enumerate(COLUMNS):
            v = values[key]
            text = general(v) if key in NUMERIC and isinstance(v, (int, float)) else str(v)
            self.table.setItem(r, c, QTableWidgetItem(text))

    def plants(self) -> tuple[RunOfRiverPlant, ...] | None:
        """The plants typed, or None (with the reason shown) when a cell is not readable."""
        out = []
        for r in range(self.table.rowCount()):
            values: dict[str, object] = {}
            for c, (key, label, _) in enumerate(COLUMNS):
                item = self.table.item(r, c)
                text = item.text().strip() if item is not None else ""
                if key in NUMERIC:
                    try:
                        values[key] = parse_number(text)
                    except ValueError:
                        self.error.setText(translate(
                            "Plants", "Row {row}: {column} '{text}' is not a number").format(
                                row=r + 1, column=translate("Plants", label).lower(),
                                text=text))
                        return None
                else:
                    values[key] = text.upper() if key == "country" else text
            out.append(RunOfRiverPlant(**values))  # type: ignore[arg-type]
        self.error.setText("")
        return tuple(out)
