"""Entry point of the ``waterplanner`` command.

``waterplanner [FILE]`` opens the desktop window (on the embedded default scenario when no
file is given); ``waterplanner <command> ...`` runs a command-line tool. Exit codes: 0
success, 2 bad input (usage or an invalid scenario, with a message), 1 only for a bug.

Start-up is lazy: this module imports nothing heavy, and a command's module (with the
numpy, numba, scipy or Qt it needs) is imported only when that command runs, so
``--version`` and ``--help`` answer at once and ``validate`` never loads the optimiser.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from types import ModuleType

from waterplanner import __version__
from waterplanner.cli.common import EXIT_BAD_INPUT, EXIT_BUG, BadInput, err
from waterplanner.cli.language import (
    LanguageRefused,
    add_option,
    for_the_window,
    speak,
    take_language,
)
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate

COMMANDS: dict[str, tuple[str, str]] = {
    "simulate": ("waterplanner.cli.simulate_cmd",
                 QT_TRANSLATE_NOOP("Commands", "simulate a scenario and print its summary")),
    "validate": ("waterplanner.cli.validate_cmd",
                 QT_TRANSLATE_NOOP("Commands", "check a scenario file and list every problem")),
    "report": ("waterplanner.cli.report_cmd",
               QT_TRANSLATE_NOOP("Commands", "write the PDF report of a scenario")),
    "export": ("waterplanner.cli.export_cmd",
               QT_TRANSLATE_NOOP("Commands",
                                 "simulate and write the results as an Excel workbook")),
    "optimize": ("waterplanner.cli.optimize_cmd",
                 QT_TRANSLATE_NOOP("Commands", "optimise the release schedules of a scenario")),
    "tradeoff": ("waterplanner.cli.tradeoff_cmd",
                 QT_TRANSLATE_NOOP("Commands", "Pareto front between two objectives")),
    "ensemble": ("waterplanner.cli.ensemble_cmd",
                 QT_TRANSLATE_NOOP("Commands",
                                   "simulate an inflow ensemble and print its risk table")),
}
"""Command name → (module with ``register(sub)`` and ``run(args)``, one line for the list
of commands, in English: shown through ``translate("Commands", …)``). The module is imported
only when its command runs."""


def command_module(name: str) -> ModuleType:
    """The module of one command (imported now, with everything it needs)."""
    return importlib.import_module(COMMANDS[name][0])


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of the command line, complete for ``command`` (others are listed only)."""
    p = argparse.ArgumentParser(
        prog="waterplanner",
        description=translate(
            "Commands", "Plan reservoir releases on a river cascade. Without a command, opens "
                        "the desktop window on FILE (or on the embedded default Syr Darya "
                        "scenario)."),
        epilog=translate("Commands",
                         "Run 'waterplanner <command> --help' for the options of a command."))
    p.add_argument("--version", action="version", version=f"waterplanner {__version__}",
                   help=translate("Commands", "show program's version number and exit"))
    add_option(p)
    sub = p.add_subparsers(title=translate("Commands", "commands"),
                           metavar=translate("Commands", "<command>"))
    for name, (_, one_line) in COMMANDS.items():
        if name == command:
            command_module(name).register(sub)
            add_option(sub.choices[name])
        else:
            sub.add_parser(name, help=translate("Commands", one_line), add_help=False)
    return p


def build_app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="waterplanner",
                                description=translate("Commands", "Open the desktop window."))
    p.add_argument("file", nargs="?", help=translate(
        "Commands", "scenario file to open (default: the embedded Syr Darya scenario)"))
    p.add_argument("--screenshot", metavar="PNG", help=translate(
        "Commands", "render the main window offscreen to PNG and exit"))
    from waterplanner.ui.screenshot_tasks import TASKS  # the window's own module: Qt
    p.add_argument("--show", metavar="TASK", choices=tuple(TASKS), help=translate(
        "Commands", "with --screenshot: first put the window in the state of a task of the "
                    "user guide, one of {tasks}").format(tasks=", ".join(TASKS)))
    add_option(p)
    return p


def _run_app(argv: list[str]) -> int:
    parser = build_app_parser()
    args = parser.parse_args(argv)
    if args.show and not args.screenshot:
        parser.error(translate("Commands", "--show needs --screenshot PNG"))
    for_the_window()
    from waterplanner.ui.app import run_app
    return run_app(args.file, screenshot=args.screenshot, show=args.show)


def main(argv: list[str] | None = None, window_only: bool = False) -> int:
    """Run the command line; returns the exit code. ``window_only`` opens the window
    whatever the arguments (they are its FILE and options)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        argv = _speak_the_language(argv)
    except LanguageRefused as e:
        err(f"waterplanner: {e}")
        return EXIT_BAD_INPUT
    try:
        if window_only or not argv or (argv[0] not in COMMANDS and argv[0] not in
                                       ("-h", "--help", "--version")):
            return _run_app(argv)
        args = build_parser(argv[0] if argv[0] in COMMANDS else None).parse_args(argv)
        if not hasattr(args, "run"):
            build_parser().print_help()
            return EXIT_BAD_INPUT
        return int(args.run(args))
    except BadInput as e:
        err(f"waterplanner: {e}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        err(translate("Commands", "waterplanner: interrupted"))
        return 130
    except BrokenPipeError:
        # the reader went away ('waterplanner simulate ... | head'): not a bug, nothing to say
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else EXIT_BAD_INPUT
    except Exception:  # noqa: BLE001 - a genuine bug: say so, with the traceback for the report
        err(translate("Commands",
                      "waterplanner: internal error (please report this with the text below)"))
        err(traceback.format_exc())
        return EXIT_BUG


def gui_main() -> int:
    """Entry point of ``waterplanner-gui``: the window only, started without a console on
    Windows, where the program then has no standard output or error to write to."""
    import os
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return main(window_only=True)


def _speak_the_language(argv: list[str]) -> list[str]:
    """Take ``--lang`` out of the arguments and speak the language chosen (see
    :mod:`waterplanner.cli.language`); the arguments left."""
    asked, argv = take_language(argv)
    speak(asked)
    return argv


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
