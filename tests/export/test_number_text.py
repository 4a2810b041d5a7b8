"""The compiled number formatter of the CSV export: every float comes back (to 15
significant digits) and the text is what a spreadsheet reads as a number."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waterplanner.export.number_text import MAX_NUMBER_BYTES, format_number, put_rows

NUMBER = re.compile(r"^-?(\d+\.\d+|\d(\.\d+)?e[+-]\d{2,3}|nan|inf)$")


@pytest.mark.parametrize(("value", "text"), [
    (0.0, "0.0"), (-0.0, "0.0"), (500.0, "500.0"), (-3.5, "-3.5"), (0.1, "0.1"),
    (0.30000000000000004, "0.3"), (150.00000000000003, "150.0"),
    (1234.5678901234567, "1234.56789012346"), (0.000125, "0.000125"), (1e-5, "0.00001"),
    (99999999999999.9, "99999999999999.9"), (1e14, "1e+14"), (2.5e16, "2.5e+16"),
    (1e-7, "1e-07"), (-1.5e-300, "-1.5e-300"), (1e100, "1e+100"),
    (float("nan"), "nan"), (float("inf"), "inf"), (float("-inf"), "-inf"),
])
def test_known_values(value: float, text: str) -> None:
    assert format_number(value) == text


@settings(max_examples=1000, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_float_reads_back_to_15_digits(x: float) -> None:
    text = format_number(x)
    assert NUMBER.match(text), text
    assert len(text) <= MAX_NUMBER_BYTES
    back = float(text)
    assert back == x or math.isclose(back, x, rel_tol=1e-14), (x, text)


def test_rows_are_csv_lines_with_the_prefix_first() -> None:
    prefix = np.zeros((2, 8), dtype=np.uint8)
    prefix[0, :3] = np.frombuffer(b"a,b", dtype=np.uint8)
    prefix[1, :5] = np.frombuffer(b"cc,dd", dtype=np.uint8)
    values = np.array([[1.0, -2.25], [np.nan, 1e-9]])
    out = np.zeros(2 * (8 + 2 * (MAX_NUMBER_BYTES + 1) + 1), dtype=np.uint8)
    n = put_rows(prefix, np.array([3, 5]), values, out)
    assert bytes(out[:n]) == b"a,b,1.0,-2.25\ncc,dd,nan,1e-09\n"
