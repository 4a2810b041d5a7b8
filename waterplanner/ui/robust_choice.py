""""Optimise against": one inflow set, or K members of an ensemble (mean or CVaR α).

A row of controls above the optimiser panel's pages. With *ensemble* chosen, Optimise finds
one schedule for K members of the ensemble (the mean or the CVaR α of the objective over
them) and tests it on other members; the trade-off page then offers risk axes
(``cvar90:…``, ``mean:…``). The values stay plain numbers here: the engine's
``RobustSettings`` is made in the worker, so the window imports no engine at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import translate
from waterplanner.model.ensembles import DEFAULT_ENSEMBLE_NAME
from waterplanner.model.scenario import Scenario

INFLOW_SET, ENSEMBLE = "inflow set", "ensemble"


@dataclass(frozen=True)
class RobustChoice:
    """What the row asks for (plain values; see the module docstring)."""

    ensemble: str
    members: int
    risk: str
    alpha: float
    test_members: int
    seed: int | None


class RobustChoiceRow(QWidget):
    """The controls; :meth:`choice` is None while *inflow set* is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.against = QComboBox()
        self.against.addItem(translate("RobustChoice", "the inflow set shown"), INFLOW_SET)
        self.against.addItem(translate("RobustChoice", "an ensemble"), ENSEMBLE)
        self.against.setToolTip(translate("RobustChoice", "Optimise for one inflow set, or one "
                                                          "schedule for many possible years "
                                                          "(members of an ensemble)"))
        self.ensemble = QComboBox()
        self.ensemble.setToolTip(translate("RobustChoice", "The ensemble the members come from"))
        self.members = QSpinBox()
        self.members.setRange(1, 500)
        self.members.setValue(20)
        self.members.setPrefix("K = ")
        self.members.setToolTip(translate("RobustChoice", "In-sample members: the linear "
                                                          "programme holds one copy of the "
                                                          "network per member (20–100 is "
                                                          "usual)"))
        self.risk = QComboBox()
        self.risk.addItem(translate("RobustChoice", "CVaR"), "cvar")
        self.risk.addItem(translate("RobustChoice", "mean"), "mean")
        self.risk.setToolTip(translate("RobustChoice", "Minimise the mean of the members' "
                                                       "objective, or its CVaR: the mean of the "
                                                       "worst (1 − α) share of the members"))
        self.alpha = QDoubleSpinBox()
        self.alpha.setRange(0.0, 0.99)
        self.alpha.setSingleStep(0.05)
        self.alpha.setDecimals(2)
        self.alpha.setValue(0.9)
        self.alpha.setPrefix("α = ")
        self.alpha.setToolTip(translate("RobustChoice", "CVaR level: 0.90 is the mean of the "
                                                        "worst 10 % of the members"))
        self.test = QSpinBox()
        self.test.setRange(0, 100_000)
        self.test.setValue(200)
        self.test.setPrefix(translate("RobustChoice", "test on "))
        self.test.setSuffix(translate("RobustChoice", " others"))
        self.test.setToolTip(translate("RobustChoice", "Out-of-sample members (never seen by "
                                                       "the optimiser) on which the schedules "
                                                       "are measured afterwards"))
        self.seed = QSpinBox()
        self.seed.setRange(-1, 2_000_000_000)
        self.seed.setValue(-1)
        self.seed.setSpecialValueText(translate("RobustChoice", "seed: ensemble's"))
        self.seed.setPrefix(translate("RobustChoice", "seed "))
        self.seed.setToolTip(translate("RobustChoice", "The generator's seed (the same seed "
                                                       "gives the same members)"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(translate("RobustChoice", "Optimise against")))
        top.addWidget(self.against)
        top.addWidget(self.ensemble, 1)
        self.details = QWidget()
        row = QHBoxLayout(self.details)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.members, self.risk, self.alpha, self.test, self.seed):
            row.addWidget(w)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addWidget(self.details)
        self.against.currentIndexChanged.connect(self._on_changed)
        self.risk.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def show_scenario(self, scenario: Scenario) -> None:
        """Offer the scenario's ensembles (and the default generator)."""
        names = [e.name for e in scenario.ensembles]
        if DEFAULT_ENSEMBLE_NAME not in names:
            names.append(DEFAULT_ENSEMBLE_NAME)
        old = self.ensemble.currentData()
        self.ensemble.blockSignals(True)
        self.ensemble.clear()
        labels = {e.name: e.label or e.name for e in scenario.ensembles}
        for n in names:
            self.ensemble.addItem(labels.get(
                n, translate("RobustChoice", "Generated from the inflow sets")), n)
        k = self.ensemble.findData(old)
        self.ensemble.setCurrentIndex(max(k, 0))
        self.ensemble.blockSignals(False)

    def set_ensemble_mode(self, on: bool) -> None:
        self.against.setCurrentIndex(1 if on else 0)

    @property
    def ensemble_mode(self) -> bool:
        return self.against.currentData() == ENSEMBLE

    def choice(self) -> RobustChoice | None:
        """The ensemble settings asked for (None: optimise for the inflow set)."""
        if not self.ensemble_mode:
            return None
        return RobustChoice(ensemble=str(self.ensemble.currentData() or ""),
                            members=self.members.value(), risk=str(self.risk.currentData()),
                            alpha=self.alpha.value(), test_members=self.test.value(),
                            seed=None if self.seed.value() < 0 else self.seed.value())

    def _on_changed(self) -> None:
        on = self.ensemble_mode
        self.ensemble.setVisible(on)
        self.details.setVisible(on)
        self.alpha.setEnabled(self.risk.currentData() == "cvar")
        self.changed.emit()
