"""The run-of-river plants of one river link, as a small table (one plant per row).

The dialog only reads what is typed; the caller makes the edit, whose refusal (a duplicate
id, an efficiency above 1) is shown in the dialog without losing what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from waterplanner.model.nodes import RunOfRiverPlant
from waterplanner.ui.dialog_parts import error_label, ok_cancel, row_buttons
from waterplanner.ui.schedule_model import parse_number

COLUMNS = (("id", "Id", ""), ("name", "Name", ""), ("country", "Country", ""),
           ("head_m", "Head", "m"), ("turbine_capacity_m3s", "Turbine capacity", "m³/s"),
           ("installed_mw", "Installed", "MW"), ("efficiency", "Efficiency", ""))
NUMERIC = {"head_m", "turbine_capacity_m3s", "installed_mw", "efficiency"}


def plants_summary(plants: Sequence[RunOfRiverPlant]) -> str:
    """'none — click to add', or '2 plants: Kurpsai, Tash-Kumyr…'."""
    if not plants:
        return "none — click to add"
    names = ", ".join(p.name for p in plants[:3]) + ("…" if len(plants) > 3 else "")
    return f"{len(plants)} plant{'s' if len(plants) > 1 else ''}: {names}"


class PlantsDialog(QDialog):
    """Edit a list of run-of-river plants."""

    def __init__(self, title: str, plants: Sequence[RunOfRiverPlant],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 260)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [f"{label} ({unit})" if unit else label for _, label, unit in COLUMNS])
        for p in plants:
            self.add_row(p)
        self.error = error_label()
        buttons = ok_cancel(self)
        row = row_buttons(self.table, lambda: self.add_row(None), "Add plant")
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Power = efficiency × ρ g × min(flow, turbine capacity) × head, "
                             "at most the installed power; the flow is what enters the link."))
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
            self.table.setItem(r, c, QTableWidgetItem(f"{v:g}" if key in NUMERIC else str(v)))

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
                        self.error.setText(f"Row {r + 1}: {label.lower()} '{text}' is not a "
                                           "number")
                        return None
                else:
                    values[key] = text.upper() if key == "country" else text
            out.append(RunOfRiverPlant(**values))  # type: ignore[arg-type]
        self.error.setText("")
        return tuple(out)
