"""Shared pieces of the sub-commands: loading the scenario, errors, exit codes.

Imported by every command before it knows what it will do (and by ``--version``), so it
imports nothing heavy: the model (numpy) only once a scenario is actually loaded.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from waterplanner.i18n import translate

if TYPE_CHECKING:
    from waterplanner.model.scenario import Scenario
    from waterplanner.progress import CancelToken

DEFAULT_SCENARIO_NAME = "syr-darya-energy-mode.wplan"
"""The file name of the embedded default scenario, for help texts (the same as
``waterplanner.model.fileio.DEFAULT_SCENARIO``, which a test checks; importing that module
here would load numpy for ``--help``)."""

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """The user's input cannot be used; the message says why. Exit code 2."""


def add_scenario_arguments(p: argparse.ArgumentParser, inflows: bool = True) -> None:
    """FILE | --default, and optionally --inflows NAME."""
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("file", nargs="?", help=translate("CommandLine", "scenario file (.wplan)"))
    src.add_argument("--default", action="store_true", help=translate(
        "CommandLine", "use the embedded default scenario ({name})").format(
        name=DEFAULT_SCENARIO_NAME))
    if inflows:
        p.add_argument("--inflows", metavar="NAME", help=translate(
            "CommandLine", "inflow set to use (default: the scenario's first)"))


def scenario_from_args(args: argparse.Namespace) -> Scenario:
    """Load the scenario named on the command line, or raise BadInput with every problem."""
    from waterplanner.model.fileio import load_scenario, load_shipped_scenario
    from waterplanner.model.problems import ScenarioError
    try:
        if getattr(args, "default", False):
            return load_shipped_scenario()
        return load_scenario(args.file)
    except ScenarioError as e:
        text = translate("CommandLine", "the default scenario is not a valid scenario:") \
            if getattr(args, "default", False) else \
            translate("CommandLine", "{file} is not a valid scenario:").format(file=args.file)
        raise BadInput(text + "\n" + "\n".join(f"  {p}" for p in e.problems)) from None


def check_inflow_set(scenario: Scenario, name: str | None) -> str:
    """The inflow set to use; BadInput if the scenario does not define it."""
    if name is None:
        return scenario.inflow_set_names[0]
    if name not in scenario.inflow_set_names:
        raise BadInput(translate("CommandLine",
                                 "unknown inflow set '{name}'; this scenario defines: {sets}")
                       .format(name=name, sets=", ".join(scenario.inflow_set_names)))
    return name


def err(message: str) -> None:
    """Print a message for the user on stderr."""
    print(message, file=sys.stderr)


@contextmanager
def ctrl_c_cancels(token: CancelToken, message: str | None = None) -> Iterator[None]:
    """While inside, Ctrl+C sets ``token`` (the work stops at its next check) instead of
    killing the process mid-step; the previous handler comes back afterwards."""
    def on_sigint(signum: int, frame: object) -> None:
        token.cancel()
        if message:
            print(f"\n{message}", file=sys.stderr)

    old = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


@contextmanager
def optimiser_errors() -> Iterator[None]:
    """Turn the optimiser's refusals into BadInput (exit 2) with a message for the user."""
    from waterplanner.engine.optimise import InfeasibleError, OptimisationError
    try:
        yield
    except InfeasibleError as e:
        raise BadInput(translate("CommandLine", "the optimisation problem is infeasible.")
                       + f"\n{e}") from None
    except OptimisationError as e:
        raise BadInput(translate("CommandLine", "cannot optimise: {reason}").format(
            reason=e)) from None
