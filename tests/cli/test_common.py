"""Shared command-line pieces: Ctrl+C cancels long work cleanly; optimiser refusals exit 2."""

from __future__ import annotations

import signal

import pytest

from waterplanner.cli.common import BadInput, ctrl_c_cancels, optimiser_errors
from waterplanner.engine.optimise import InfeasibleError
from waterplanner.progress import CancelToken


def test_ctrl_c_sets_the_token_and_the_old_handler_returns():
    before = signal.getsignal(signal.SIGINT)
    token = CancelToken()
    with ctrl_c_cancels(token):
        signal.raise_signal(signal.SIGINT)
    assert token.cancelled
    assert signal.getsignal(signal.SIGINT) is before


def test_optimiser_refusals_become_bad_input():
    with pytest.raises(BadInput, match="infeasible"), optimiser_errors():
        raise InfeasibleError("storage cannot end above capacity", ["end storage"])
