"""A form whose long rows wrap (label above, field below) and whose fields then get at least
the width they need.

Qt's :class:`QFormLayout` with ``WrapLongRows`` decides whether a row fits beside its label
without the spacing between label and field, so in a band of dock widths as wide as that
spacing a field keeps its place beside the labels with a few pixels less than it needs
(«значений: 12, 9,0–153,0…» on the inspector's evaporation button, cut at its end). With the
spacing carried by the labels themselves (a right margin) the decision and the layout agree,
and the form looks as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

SPACING_PX = 6
"""Room between a label and its field."""


def keep_fields_whole(form: QFormLayout) -> None:
    """Move the form's label–field spacing into its labels' right margins (call after adding
    rows; rows added later keep Qt's labels without the margin until called again)."""
    form.setHorizontalSpacing(0)
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setContentsMargins(0, 0, SPACING_PX, 0)
