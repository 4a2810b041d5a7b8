"""The toolbar's member box: which ensemble member is drawn as a line over the bands (and
summarised in the tables), by number or as the driest, median or wettest member by total
inflow over the horizon. Shown only while an ensemble is; it sets the session's member,
which every plot, the Summary panel and the Countries tab follow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from waterplanner.engine.ensemble_run import PICKS, rank_word
from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.units import unit
from waterplanner.ui.plot_axes import fmt_number

RANK_BUTTONS: LabelTable[str] = LabelTable("Members", {
    "driest": QT_TRANSLATE_NOOP("Members", "Driest"),
    "median": QT_TRANSLATE_NOOP("Members", "Median"),
    "wettest": QT_TRANSLATE_NOOP("Members", "Wettest"),
})
RANK_TIPS: LabelTable[str] = LabelTable("Members", {
    "driest": QT_TRANSLATE_NOOP("Members", "Draw the driest member: the one with the least "
                                           "total inflow over the horizon (every river, every "
                                           "period)"),
    "median": QT_TRANSLATE_NOOP("Members", "Draw the median member: the one with the median "
                                           "total inflow over the horizon (every river, every "
                                           "period)"),
    "wettest": QT_TRANSLATE_NOOP("Members", "Draw the wettest member: the one with the most "
                                            "total inflow over the horizon (every river, every "
                                            "period)"),
})


class MemberPicker(QWidget):
    """'Member [17] of 200  Driest  Median  Wettest'."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.spin = QSpinBox()
        self.spin.setRange(1, 1)
        self.spin.setKeyboardTracking(False)
        self.spin.setToolTip(translate("Members", "The member drawn as a line over the bands; "
                                                  "the summary and the Countries tables show "
                                                  "it too"))
        self.of = QLabel(translate("Members", "of {count}").format(count=1))
        self.buttons: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.setSpacing(3)
        lay.addWidget(QLabel(translate("Members", "Member")))
        lay.addWidget(self.spin)
        lay.addWidget(self.of)
        for k, word in enumerate(PICKS):
            b = QToolButton()
            b.setText(RANK_BUTTONS.get(word, word.capitalize()))
            b.setCheckable(True)
            b.setAutoRaise(True)
            if word in RANK_TIPS:
                b.setToolTip(RANK_TIPS[word])
            self.group.addButton(b, k)
            self.buttons[word] = b
            lay.addWidget(b)
        # bound methods, not lambdas (a lambda holding the widget makes a cycle that only the
        # garbage collector breaks, at a moment Qt may be delivering an event to it)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        session.results_changed.connect(self.sync)
        session.member_changed.connect(self.sync)
        self.sync()

    def _on_group_id_clicked(self, k: int) -> None:
        self.session.set_member(PICKS[k])

    def _on_spin_value_changed(self, value: int) -> None:
        if value - 1 != self.session.member or isinstance(self.session.member_pick, str):
            self.session.set_member(value - 1)

    def sync(self) -> None:
        """Show the session's member (range, number, which quick pick is on)."""
        r = self.session.shown_results
        members = r.members if r is not None else 1
        # only what changed: a spin box given its range or value again repaints
        if self.spin.maximum() != max(members, 1) or self.spin.value() != self.session.member + 1:
            self.spin.blockSignals(True)
            self.spin.setRange(1, max(members, 1))
            self.spin.setValue(self.session.member + 1)
            self.spin.blockSignals(False)
        of = translate("Members", "of {count}").format(count=members)
        if self.of.text() != of:
            self.of.setText(of)
        pick = self.session.member_pick
        for word, b in self.buttons.items():
            b.setChecked(pick == word)
        ranks = self.session.member_ranks()
        if ranks is not None:
            m = self.session.member
            word = ranks.word(m)
            total = fmt_number(ranks.total_mcm[m] / 1000.0, 2)
            if word:
                tip = translate("Members", "{member}: total inflow {total} {unit} over the "
                                "horizon ({rank} of the ensemble). The member is drawn as a line "
                                "over the bands; the summary and the Countries tables show it "
                                "too.")
            else:
                tip = translate("Members", "{member}: total inflow {total} {unit} over the "
                                "horizon. The member is drawn as a line over the bands; the "
                                "summary and the Countries tables show it too.")
            self.spin.setToolTip(tip.format(member=self.session.member_label(), total=total,
                                            unit=unit("km³"), rank=rank_word(word)))
