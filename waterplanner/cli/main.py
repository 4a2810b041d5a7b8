"""Entry point of the ``waterplanner`` command.

``waterplanner [FILE]`` opens the desktop window (on the embedded default scenario when no
file is given); ``waterplanner <command> ...`` runs a command-line tool. Exit codes: 0
success, 2 bad input (usage or an invalid scenario, with a message), 1 only for a bug.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import traceback

from waterplanner import __version__
from waterplanner.cli import (
    export_cmd, optimize_cmd, report_cmd, simulate_cmd, tradeoff_cmd, validate_cmd,
)
from waterplanner.cli.common import EXIT_BAD_INPUT, EXIT_BUG, BadInput, err

COMMANDS = (simulate_cmd, validate_cmd, report_cmd, export_cmd, optimize_cmd, tradeoff_cmd)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="waterplanner",
        description="Plan reservoir releases on a river cascade. Without a command, opens the "
                    "desktop window on FILE (or on the embedded default Syr Darya scenario).",
        epilog="Run 'waterplanner <command> --help' for the options of a command.")
    p.add_argument("--version", action="version", version=f"waterplanner {__version__}")
    sub = p.add_subparsers(title="commands", metavar="<command>")
    for cmd in COMMANDS:
        cmd.register(sub)
    return p


def build_app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="waterplanner", description="Open the desktop window.")
    p.add_argument("file", nargs="?", help="scenario file to open (default: the embedded "
                                           "Syr Darya scenario)")
    p.add_argument("--screenshot", metavar="PNG",
                   help="render the main window offscreen to PNG and exit")
    return p


def _run_app(argv: list[str]) -> int:
    args = build_app_parser().parse_args(argv)
    if importlib.util.find_spec("waterplanner.ui.app") is not None:
        from waterplanner.ui.app import run_app
        return run_app(args.file, screenshot=args.screenshot)
    # Until the desktop window exists: simulate and print the summary.
    from waterplanner.cli import simulate_cmd as sim
    ns = argparse.Namespace(file=args.file, default=args.file is None, inflows=None, out=None)
    return sim.run(ns)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {c.__name__.rsplit(".", 1)[-1].removesuffix("_cmd") for c in COMMANDS}
    try:
        if not argv or (argv[0] not in commands and argv[0] not in
                        ("-h", "--help", "--version")):
            return _run_app(argv)
        args = build_parser().parse_args(argv)
        if not hasattr(args, "run"):
            build_parser().print_help()
            return EXIT_BAD_INPUT
        return int(args.run(args))
    except BadInput as e:
        err(f"waterplanner: {e}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        err("waterplanner: interrupted")
        return 130
    except BrokenPipeError:
        # the reader went away ('waterplanner simulate ... | head'): not a bug, nothing to say
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else EXIT_BAD_INPUT
    except Exception:  # noqa: BLE001 - a genuine bug: say so, with the traceback for the report
        err("waterplanner: internal error (please report this with the text below)")
        err(traceback.format_exc())
        return EXIT_BUG


EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE, what a shell reports for a program whose output pipe was closed."""


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the final flush does not fail again."""
    import os
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
