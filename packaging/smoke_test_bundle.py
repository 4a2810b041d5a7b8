#!/usr/bin/env python
"""Smoke test of a built WaterPlanner bundle: does it run, as a new user would, on its own?

Run after ``build_bundle.py`` (which runs it too)::

    python packaging/smoke_test_bundle.py                        # build/bundle/dist/waterplanner
    python packaging/smoke_test_bundle.py path/to/waterplanner   # another bundle folder

The program runs offscreen from an empty folder with a fresh settings folder and a fresh
cache folder, and an environment stripped of anything Python or numba would read (no
PYTHONPATH, no virtual environment, no NUMBA_* settings), so it can only use what the bundle
carries. It fails when any run exits with an error, prints a sign of a missing part
(``ModuleNotFoundError``, ``FileNotFoundError``, a traceback, a Qt platform plugin that
cannot load, …) or writes an empty or malformed file. Checks:

* ``--version`` names this source tree's version; ``--help`` lists the commands;
* ``simulate --default`` balances its mass; ``validate`` passes on a scenario file the
  bundle carries; ``optimize --default`` passes its self-check; ``ensemble --default``;
* ``report --default`` writes a PDF, ``export --default`` an Excel workbook, ``--screenshot``
  a 1920×1080 PNG;
* ``ensemble --local`` says that Dask is an optional extra the bundle lacks (exit code 2, no
  traceback);
* the window opens (offscreen, and on the X11 ``xcb`` platform under Xvfb when Xvfb is
  installed) and says it is shown;
* none of these runs compiled a kernel: every one came from the bundle's cache;
* Linux: the bundle's ``linux/install.sh`` installs it for a user (into a temporary
  prefix), the installed command runs, the menu entry passes ``desktop-file-validate`` (where
  installed), and ``--uninstall`` removes it all;
* Linux: every shared library in the bundle finds the libraries it needs (``ldd``), but
  for those a Wayland session's system provides (``bundle_contents.SYSTEM_LIBRARIES``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents as contents

from waterplanner.frozen import BUILD_ID_FILE

TROUBLE = ("ModuleNotFoundError", "ImportError", "FileNotFoundError", "No such file",
           "Traceback (most recent call last)", "internal error",
           "Could not find the Qt platform plugin", "Could not load the Qt platform plugin",
           "qt.qpa.plugin: Could not", "cannot cache function", "NumbaWarning",
           "cannot open shared object file")
"""Text on stdout or stderr that means the bundle lacks something."""
KEPT_ENVIRONMENT = ("PATH", "LANG", "LC_ALL", "TZ", "SYSTEMROOT", "SYSTEMDRIVE", "WINDIR",
                    "COMSPEC", "PATHEXT", "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE")


def executable(bundle: Path, gui: bool = False) -> Path:
    """The bundle's console program (or the Windows windowed one)."""
    name = contents.GUI_NAME if gui else contents.NAME
    return bundle / (f"{name}.exe" if sys.platform.startswith("win") else name)


def clean_environment(work: Path) -> dict[str, str]:
    """An environment with nothing of Python's or numba's, settings and caches in ``work``
    and Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if k in KEPT_ENVIRONMENT}
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "local"),
               APPDATA=str(home / "roaming"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_CONFIG_HOME=str(home / ".config"), TMPDIR=str(work), TEMP=str(work),
               TMP=str(work), QT_QPA_PLATFORM="offscreen",
               WATERPLANNER_CONFIG_DIR=str(work / "config"),
               WATERPLANNER_CACHE_DIR=str(work / "cache"))
    return env


@dataclass
class Outcome:
    """One run of the bundle's program."""

    name: str
    seconds: float
    problems: list[str] = field(default_factory=list)


def run(bundle: Path, work: Path, name: str, args: list[str], *,
        env: dict[str, str] | None = None, gui: bool = False, code: int = 0,
        check: Callable[[subprocess.CompletedProcess[str]], list[str]] | None = None) -> Outcome:
    """Run the program once and collect what is wrong with the run."""
    t0 = time.perf_counter()
    try:
        done = subprocess.run([str(executable(bundle, gui)), *args], cwd=work,
                              env=env or clean_environment(work), capture_output=True,
                              text=True, encoding="utf-8", errors="replace", timeout=900,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        return Outcome(name, time.perf_counter() - t0, [f"could not run: {e}"])
    out = Outcome(name, time.perf_counter() - t0)
    if done.returncode != code:
        out.problems.append(f"exit code {done.returncode} (expected {code})")
    text = done.stdout + done.stderr
    out.problems += [f"printed {t!r}" for t in TROUBLE if t in text]
    if check is not None:
        out.problems += check(done)
    if out.problems:
        out.problems.append("stderr:\n" + done.stderr[-3000:])
    return out


def expect_text(pattern: str) -> Callable[[subprocess.CompletedProcess[str]], list[str]]:
    def check(done: subprocess.CompletedProcess[str]) -> list[str]:
        text = done.stdout + done.stderr
        return [] if re.search(pattern, text) else [f"no {pattern!r} in its output"]
    return check


def file_problems(path: Path, magic: bytes, min_bytes: int) -> list[str]:
    """What is wrong with a written file: missing, too small, or not of its kind."""
    if not path.is_file():
        return [f"wrote no {path.name}"]
    data = path.read_bytes()
    if len(data) < min_bytes:
        return [f"{path.name} has only {len(data)} bytes"]
    if not data.startswith(magic):
        return [f"{path.name} does not start with {magic!r}"]
    return []


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    head = path.read_bytes()[16:24]
    return int.from_bytes(head[:4], "big"), int.from_bytes(head[4:], "big")


def kernels_compiled(bundle: Path, work: Path) -> list[str]:
    """Kernel cache files that the runs wrote or changed beside the shipped ones (each one a
    kernel compiled at the user's)."""
    shipped = bundle / contents.CONTENTS / contents.NUMBA_CACHE_FOLDER
    if not (shipped / BUILD_ID_FILE).is_file():
        return [f"the bundle carries no kernel cache ({shipped} has no {BUILD_ID_FILE})"]
    copies = sorted((work / "cache").glob("kernels-*"))
    if len(copies) != 1:
        return [f"expected one copy of the kernels in {work / 'cache'}, found {len(copies)}"]
    problems = [f"compiled outside the bundle's cache: {p.relative_to(work)}"
                for p in sorted(work.rglob("*.nb[ic]")) if copies[0] not in p.parents]
    for p in sorted(copies[0].rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(copies[0])
        original = shipped / rel
        if not original.is_file():
            problems.append(f"compiled at first start: {rel}")
        elif original.read_bytes() != p.read_bytes():
            problems.append(f"recompiled at first start: {rel}")
    return problems


def missing_libraries(bundle: Path) -> list[str]:
    """Linux: shared libraries of the bundle whose dependencies ``ldd`` cannot find."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = bundle / contents.CONTENTS
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    problems = []
    for p in sorted(internal.rglob("*.so*")):
        if not p.is_file() or p.is_symlink():
            continue
        done = subprocess.run(["ldd", str(p)], capture_output=True, text=True, env=env,
                              check=False)
        for line in done.stdout.splitlines():
            if "not found" in line and not line.strip().startswith(contents.SYSTEM_LIBRARIES):
                problems.append(f"{p.relative_to(bundle)}: {line.strip()}")
    return problems


def window_on_xvfb(bundle: Path, work: Path) -> Outcome | None:
    """Open the window on the X11 platform plugin under a virtual X server (None when
    Xvfb is not installed)."""
    xvfb = shutil.which("Xvfb")
    if not sys.platform.startswith("linux") or xvfb is None:
        return None
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1920x1080x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = clean_environment(work)
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display, WATERPLANNER_EXIT_WHEN_SHOWN="1")
        return run(bundle, work, "window on X11 (xcb, Xvfb)", [], env=env,
                   check=expect_text(r"window shown .* visible=True"))
    finally:
        server.terminate()
        server.wait(timeout=10)


def linux_install(bundle: Path, work: Path) -> Outcome | None:
    """Install the bundle for a user into a temporary prefix with its ``linux/install.sh``,
    run the installed command, check the desktop files, and uninstall (None off Linux)."""
    script = bundle / contents.LINUX_FOLDER / "install.sh"
    if not sys.platform.startswith("linux"):
        return None
    t0 = time.perf_counter()
    out = Outcome("Linux install.sh (user)", 0.0)
    if not script.is_file():
        out.problems.append(f"the bundle has no {script.relative_to(bundle)}")
        return out
    prefix = work / "prefix"
    env = clean_environment(work)
    env["PREFIX"] = str(prefix)
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        out.problems.append(f"install.sh exited with {done.returncode}: {done.stderr}")
        return out
    share = prefix / "share"
    wanted = [prefix / "bin" / "waterplanner",
              share / "applications" / "org.waterplanner.WaterPlanner.desktop",
              share / "metainfo" / "org.waterplanner.WaterPlanner.metainfo.xml",
              share / "mime" / "packages" / "org.waterplanner.WaterPlanner.xml",
              share / "icons" / "hicolor" / "256x256" / "apps" / "org.waterplanner.WaterPlanner.png",
              share / "icons" / "hicolor" / "scalable" / "apps" / "org.waterplanner.WaterPlanner.svg"]
    out.problems += [f"install.sh made no {p.relative_to(prefix)}" for p in wanted
                     if not p.exists()]
    version = subprocess.run([str(prefix / "bin" / "waterplanner"), "--version"], env=env,
                             cwd=work, capture_output=True, text=True, check=False)
    if version.returncode != 0 or not version.stdout.startswith("waterplanner "):
        out.problems.append(f"the installed command failed: {version.stderr[-1000:]}")
    validator = shutil.which("desktop-file-validate")
    if validator and wanted[1].exists():
        check = subprocess.run([validator, str(wanted[1])], capture_output=True, text=True,
                               check=False)
        if check.returncode != 0:
            out.problems.append(f"desktop-file-validate: {check.stdout}{check.stderr}")
    done = subprocess.run(["sh", str(script), "--uninstall"], env=env, capture_output=True,
                          text=True, check=False)
    left = [p for p in wanted if p.exists() or p.is_symlink()]
    if done.returncode != 0 or left or (prefix / "lib" / "waterplanner").exists():
        out.problems.append(f"install.sh --uninstall left {left or 'the program folder'}")
    out.seconds = time.perf_counter() - t0
    return out


def smoke_test(bundle: Path) -> int:
    """Run every check on the bundle folder; prints a line per check, returns 0 if all
    passed."""
    from waterplanner import __version__
    bundle = bundle.resolve()
    print(f"smoke test of {bundle}", flush=True)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="waterplanner-smoke-") as tmp:
        work = Path(tmp)
        scenarios = bundle / contents.CONTENTS / contents.RESOURCE_PACKAGE / "scenarios"
        shipped = sorted(scenarios.glob("*.wplan"))
        shown = clean_environment(work)
        shown["WATERPLANNER_EXIT_WHEN_SHOWN"] = "1"
        plan: list[tuple[str, list[str], dict[str, str] | None, Callable[..., list[str]]]] = [
            ("--version", ["--version"], None, expect_text(rf"(?m)^waterplanner {re.escape(__version__)}$")),
            ("--help", ["--help"], None, expect_text(r"simulate.*\n(.*\n)*.*report")),
            ("simulate --default", ["simulate", "--default"], None,
             expect_text(r"Mass balance ok")),
            ("validate (a shipped file)", ["validate", str(shipped[-1] if shipped else "")],
             None, lambda d: [] if shipped else ["the bundle carries no scenario files"]),
            ("optimize --default", ["optimize", "--default"], None,
             expect_text(r"Self-check passed")),
            ("ensemble --default", ["ensemble", "--default", "--members", "20"], None,
             expect_text(r"(?i)probability|P50")),
            ("report --default", ["report", "--default", "--out", str(work / "report.pdf")],
             None, lambda d: file_problems(work / "report.pdf", b"%PDF", 20_000)),
            ("export --default", ["export", "--default", "--out", str(work / "results.xlsx")],
             None, lambda d: file_problems(work / "results.xlsx", b"PK", 5_000)),
            ("--screenshot", ["--screenshot", str(work / "window.png")], None,
             lambda d: file_problems(work / "window.png", b"\x89PNG", 20_000)
             or ([] if png_size(work / "window.png") == (1920, 1080)
                 else [f"the screenshot is {png_size(work / 'window.png')}"])),
            ("window (offscreen)", [], shown, expect_text(r"window shown .* visible=True")),
            ("ensemble --local (no Dask)", ["ensemble", "--default", "--local"], None,
             expect_text(r'pip install "waterplanner\[scale\]"')),
        ]
        for name, args, env, check in plan:
            code = 2 if "--local" in args else 0  # the optional extra is not in the bundle
            outcomes.append(run(bundle, work, name, args, env=env, check=check, code=code))
            print(f"  {'ok ' if not outcomes[-1].problems else 'FAIL'} {name:28s} "
                  f"{outcomes[-1].seconds:6.2f} s", flush=True)
        if executable(bundle, gui=True).is_file():
            outcomes.append(run(bundle, work, "windowed program", [], env=shown, gui=True))
        xcb = window_on_xvfb(bundle, work)
        if xcb is None:
            print("  --   window on X11: skipped (no Xvfb here)")
        else:
            outcomes.append(xcb)
        install = linux_install(bundle, work)
        if install is not None:
            outcomes.append(install)
        outcomes.append(Outcome("no kernel compiled at first start", 0.0,
                                kernels_compiled(bundle, work)))
        outcomes.append(Outcome("every library finds its dependencies", 0.0,
                                missing_libraries(bundle)))
        for o in outcomes[len(plan):]:
            print(f"  {'ok ' if not o.problems else 'FAIL'} {o.name:28s}"
                  + (f" {o.seconds:6.2f} s" if o.seconds else ""), flush=True)
    failed = [o for o in outcomes if o.problems]
    for o in failed:
        print(f"\nFAILED: {o.name}\n  " + "\n  ".join(o.problems), file=sys.stderr)
    print("smoke test " + ("passed" if not failed else f"FAILED ({len(failed)} checks)"))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0]) if args else contents.ROOT / "build" / "bundle" / "dist" / contents.NAME
    if not executable(bundle).is_file():
        print(f"smoke_test_bundle: no bundle at {bundle} (build it: python "
              "packaging/build_bundle.py)", file=sys.stderr)
        return 2
    return smoke_test(bundle)


if __name__ == "__main__":
    sys.exit(main())
