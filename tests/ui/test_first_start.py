"""First start of a new installation: results at once, from the kernel's own Python code,
while the compiled kernel is built in the background."""

from __future__ import annotations

import numpy as np
import pytest
import shiboken6

from waterplanner.engine import jit
from waterplanner.engine.simulate import simulate
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.simulation import SimulationWorker


@pytest.fixture
def not_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a new machine: no kernel counts as compiled in this process."""
    monkeypatch.setattr(jit, "is_compiled", lambda dispatcher: False)
    monkeypatch.setattr(jit, "all_compiled", lambda: False)


def test_a_first_start_shows_results_from_the_python_kernel_at_once(qtbot, not_compiled
                                                                      ) -> None:
    scenario = default_scenario()
    worker = SimulationWorker()
    got = []
    worker.finished.connect(got.append)
    worker.request(scenario, None)
    assert got, "the result arrives synchronously, without waiting for a compilation"
    outcome = got[0]
    assert outcome.python_kernel and outcome.error is None
    assert worker.compiling, "the compiled kernel is being built meanwhile"
    qtbot.waitUntil(lambda: not worker.compiling, timeout=60_000)
    expected = simulate(scenario)  # this test thread never prefers Python: compiled code
    np.testing.assert_allclose(outcome.results.storage_mcm, expected.storage_mcm, rtol=1e-12,
                               equal_nan=True)
    np.testing.assert_allclose(outcome.results.energy_mwh, expected.energy_mwh, rtol=1e-12)
    worker.shutdown()
    shiboken6.delete(worker)


def test_a_large_scenario_waits_for_the_compiled_kernel_in_the_background(
        qtbot, not_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    from waterplanner.ui import simulation
    monkeypatch.setattr(simulation, "PYTHON_KERNEL_LIMIT", 10)
    worker = SimulationWorker()
    got = []
    worker.finished.connect(got.append)
    worker.request(default_scenario(), None)
    assert not got and worker.busy, "too big for the Python kernel: run in the background"
    qtbot.waitUntil(lambda: bool(got), timeout=60_000)
    qtbot.waitUntil(lambda: not worker.compiling, timeout=60_000)
    worker.shutdown()
    shiboken6.delete(worker)
    assert got[0].error is None and got[0].results is not None


def test_the_python_versions_are_the_kernels_own_code() -> None:
    from waterplanner.engine.kernel import run_kernel, table_lookup
    py = jit.python_version(run_kernel)
    assert py.__code__ is run_kernel.py_func.__code__
    assert py.__globals__["table_lookup"] is jit.python_version(table_lookup)


def test_at_the_programs_start_the_kernels_load_once_the_window_is_up(
        qtbot, not_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    """run_app defers the background loading to the event loop's first pass, so that it does
    not compete with the window being built and shown; results still arrive at once."""
    import threading
    monkeypatch.setattr(SimulationWorker, "defer_warm_up", True)
    worker = SimulationWorker()
    got = []
    worker.finished.connect(got.append)
    worker.request(default_scenario(), None)
    assert got and got[0].python_kernel and got[0].error is None
    assert worker.compiling, "the kernels are still to be loaded"
    assert not [t for t in threading.enumerate() if t.name == "waterplanner-kernel"]
    qtbot.waitUntil(lambda: not worker.compiling, timeout=60_000)
    worker.shutdown()
    shiboken6.delete(worker)


def test_a_worker_shut_down_before_the_loading_began_never_begins_it(
        qtbot, not_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    monkeypatch.setattr(SimulationWorker, "defer_warm_up", True)
    worker = SimulationWorker()
    worker.request(default_scenario(), None)
    worker.shutdown()
    assert not worker.compiling
    qtbot.wait(50)
    assert not [t for t in threading.enumerate() if t.name == "waterplanner-kernel"]
    shiboken6.delete(worker)
