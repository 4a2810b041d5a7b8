"""Text cells that a spreadsheet will not run as formulas (CSV and formula injection).

A node or scenario name such as ``=HYPERLINK("http://…")`` or ``=cmd|' /C calc'!A0``
becomes a live formula when a CSV file or a careless workbook is opened in Excel or
LibreOffice. Spreadsheets read a cell as a formula (or DDE call) when its text starts with
``=``, ``+``, ``-`` or ``@`` (tab and carriage return are used to slip past filters).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
"""First characters that make a spreadsheet read a cell as a formula (with the full-width
forms some spreadsheets also accept)."""


def starts_like_formula(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """``text`` for a CSV text cell: with an apostrophe in front when it could be read as a
    formula (what a spreadsheet user types to enter such text literally)."""
    return "'" + text if starts_like_formula(text) else text
