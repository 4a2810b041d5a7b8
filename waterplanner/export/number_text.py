"""Rows of numbers as CSV text, compiled: the fast path of the CSV export.

A 100-year daily run of a large network has tens of millions of values; Python's ``repr``
spends about half a microsecond on each, so the rows are written by a small numba kernel
(compiled once and cached on disk, like the simulation kernel) straight into a byte buffer.

Each value is written with 15 significant digits (the digits a float64 holds exactly as
decimal text), trailing zeros dropped but one decimal kept: ``1234.56789012346``,
``500.0``, ``0.000125``, ``-3.5``; below 1e-5 and from 1e14 on in exponent form like
Python's (``1e-07``, ``2.5e+16``), and ``nan``, ``inf``, ``-inf``. Reading the text back
gives the value to within a few parts in 10¹⁵.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

MAX_NUMBER_BYTES = 24
"""The longest text of one value ('-1.23456789012345e-308' and the like, with margin)."""

_POW10 = 10.0 ** np.arange(0, 23)  # exact as floats up to 1e22
_POW10_INT = 10 ** np.arange(0, 19, dtype=np.int64)
_PAIRS = np.frombuffer("".join(f"{i:02d}" for i in range(100)).encode("ascii"), dtype=np.uint8)
_DIGITS = 15
_LOG10_2 = 0.30102999566398120


@njit(cache=True, nogil=True)
def _pow10(k: int) -> float:
    if 0 <= k <= 22:
        return _POW10[k]
    return 10.0 ** k if k > 0 else 1.0 / 10.0 ** -k


@njit(cache=True, nogil=True)
def _mantissa(a: float, exponent: int) -> tuple[int, int]:
    """(m, e): ``a`` ≈ m · 10**(e - 14) with 10**14 ≤ m < 10**15 (or m = 10**15 after
    rounding up), for a > 0 whose decimal exponent is about ``exponent``."""
    for _ in range(3):
        k = _DIGITS - 1 - exponent
        if k > 300:  # subnormal: scale in two steps so that 10**k does not overflow
            p = (a * 1e300) * _pow10(k - 300)
        else:
            p = a * _pow10(k)
        if p >= 1e15:
            exponent += 1
        elif p < 1e14:
            exponent -= 1
        else:
            return int(np.rint(p)), exponent
    return int(np.rint(p)), exponent


@njit(cache=True, nogil=True)
def _put_digits(value: int, count: int, out: np.ndarray, end: int) -> None:
    """Write the lowest ``count`` decimal digits of ``value`` so that the last is at
    ``end - 1`` (leading zeros where the value is shorter)."""
    i = end - 1
    stop = end - count
    while i > stop:  # two digits at a time
        pair = 2 * (value % 100)
        value //= 100
        out[i] = _PAIRS[pair + 1]
        out[i - 1] = _PAIRS[pair]
        i -= 2
    if i == stop:
        out[i] = 48 + value % 10


@njit(cache=True, nogil=True)
def _n_digits(value: int) -> int:
    n = 1
    while value >= 10:
        value //= 10
        n += 1
    return n


@njit(cache=True, nogil=True)
def put_number(x: float, out: np.ndarray, pos: int) -> int:
    """Write the text of ``x`` at ``out[pos:]``; return the position after it."""
    if math.isnan(x):
        out[pos] = 110  # nan
        out[pos + 1] = 97
        out[pos + 2] = 110
        return pos + 3
    if x < 0:
        out[pos] = 45  # -
        pos += 1
        x = -x
    if x == np.inf:
        out[pos] = 105  # inf
        out[pos + 1] = 110
        out[pos + 2] = 102
        return pos + 3
    if x == 0.0:
        out[pos] = 48  # 0.0
        out[pos + 1] = 46
        out[pos + 2] = 48
        return pos + 3
    m, e = _mantissa(x, math.floor((math.frexp(x)[1] - 1) * _LOG10_2))
    if m >= 10 ** _DIGITS:  # rounded up to the next power of ten
        m //= 10
        e += 1
    decimals = _DIGITS - 1 - e  # digits after the point in positional form
    if -5 <= e < 14:
        while decimals > 1 and m % 10 == 0:
            m //= 10
            decimals -= 1
        whole_digits = max(_n_digits(m) - decimals, 1)
        if decimals >= _DIGITS:  # below 1: m is all decimals (10**decimals could overflow)
            whole, fraction = 0, m
        else:
            whole, fraction = m // _POW10_INT[decimals], m % _POW10_INT[decimals]
        _put_digits(whole, whole_digits, out, pos + whole_digits)
        pos += whole_digits
        out[pos] = 46  # .
        _put_digits(fraction, decimals, out, pos + 1 + decimals)
        return pos + 1 + decimals
    n = _DIGITS
    while n > 1 and m % 10 == 0:
        m //= 10
        n -= 1
    out[pos] = 48 + m // _POW10_INT[n - 1]
    pos += 1
    if n > 1:
        out[pos] = 46
        _put_digits(m % _POW10_INT[n - 1], n - 1, out, pos + n)
        pos += n
    out[pos] = 101  # e
    out[pos + 1] = 45 if e < 0 else 43
    e = abs(e)
    width = max(_n_digits(e), 2)
    _put_digits(e, width, out, pos + 2 + width)
    return pos + 2 + width


@njit(cache=True, nogil=True)
def put_rows(prefix: np.ndarray, prefix_len: np.ndarray, values: np.ndarray,
             out: np.ndarray) -> int:
    """CSV lines ``prefix[t], values[t, 0], values[t, 1], …`` into ``out``; returns the
    number of bytes written. ``out`` must hold ``rows × (prefix width + columns ×
    (MAX_NUMBER_BYTES + 1) + 1)`` bytes."""
    pos = 0
    for t in range(values.shape[0]):
        for i in range(prefix_len[t]):
            out[pos + i] = prefix[t, i]
        pos += prefix_len[t]
        for c in range(values.shape[1]):
            out[pos] = 44  # ,
            pos = put_number(values[t, c], out, pos + 1)
        out[pos] = 10  # \n
        pos += 1
    return pos


def format_number(x: float) -> str:
    """The text :func:`put_rows` writes for one value (for tests and single cells)."""
    buf = np.zeros(MAX_NUMBER_BYTES, dtype=np.uint8)
    return bytes(buf[:put_number(float(x), buf, 0)]).decode("ascii")
