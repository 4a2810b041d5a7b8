"""Every command example in the documentation runs, as written, and succeeds.

The examples are the lines of the fenced blocks (and the inline ``waterplanner …`` spans) of
README.md, docs/*.md, the translated pages docs/<lang>/*.md and packaging/README.md that
start with ``waterplanner``, ``python``, ``pip`` or ``pytest``, the installation commands of
the administrator's page (``install.sh``, ``sudo``, ``tar``) and every line of a block
marked as a Windows command line (```` ```bat ````, ``cmd``, ``powershell``). A ``waterplanner`` command runs in this process through the CLI's own
entry point, in a scratch folder. Where an example names a placeholder, the test fills it:
``FILE`` is a copy of the default scenario, ``NAME`` (of a generator or an ensemble) its
generated ensemble; an ensemble of
more than 2 000 members runs with 300 (the same code path: chunking, summaries, Dask), a
trade-off of more than three points with three (each point is one more optimisation), and
``--scheduler tcp://host:8786`` gets the address of a local Dask scheduler started for the
test. The window itself (plain ``waterplanner``) is shown offscreen and saved as a PNG.

Commands that install software, run this very test suite or rewrite the repository are
listed in :data:`NOT_RUN` with the reason; any other command the test does not know makes it
fail, so a new example cannot go unchecked.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted([ROOT / "README.md", ROOT / "packaging" / "README.md",
               *(ROOT / "docs").glob("*.md"), *(ROOT / "docs").glob("*/*.md")])
STARTS = ("waterplanner", "python", "python3", "pip", "pytest", ".ci/run")
INSTALLING = ("waterplanner/linux/install.sh", "sudo", "tar")
"""Commands of the installation pages: listed, each with the reason it is not run here."""
WINDOWS_FENCES = ("bat", "cmd", "powershell", "ps1")
BIG_ENSEMBLE = 2000
SMALL_ENSEMBLE = 300
FEW_POINTS = 3

NOT_RUN: dict[str, str] = {
    r"^python3? -m venv ": "creates a virtual environment and installs the package (CI does)",
    r"^pip install": "installs software (CI installs the test extra)",
    r"^pytest( |$)": "runs this test suite",
    r"^python -m pytest": "runs this test suite",
    r"^\.ci/run": "runs the whole CI (this suite included)",
    r"^python packaging/build_default_scenarios\.py( --results)?$":
        "rewrites the shipped scenarios; its --check form runs below",
    r"^python packaging/translations\.py (update|release)":
        "rewrites the catalogues; tests/i18n checks they are current",
    r"^python packaging/build_bundle\.py": "builds the installable bundle (minutes; see "
                                           "packaging/README.md)",
    r"^python packaging/smoke_test_bundle\.py": "needs a built bundle",
    r"^python benchmarks/": "benchmarks measure speed and take minutes; they assert nothing",
    r"\\": "a Windows command (backslash paths); the tests run on Linux",
    r"^(sudo )?waterplanner/linux/install\.sh": "installs an unpacked bundle; "
        "packaging/smoke_test_bundle.py runs install.sh on a built one",
    r"^tar ": "unpacks a built bundle (packaging/build_bundle.py --archive makes it)",
}
WINDOWS = "a Windows command line; the tests run on Linux"


@dataclass(frozen=True)
class Example:
    file: str
    line: int
    command: str
    windows: bool = False

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.command}"


def _strip(line: str) -> str:
    line = line.strip()
    line = line.removeprefix("$ ")
    return re.split(r"\s{2,}#|\s#\s", line, maxsplit=1)[0].strip()


def examples() -> list[Example]:
    out: list[Example] = []
    for doc in DOCS:
        if not doc.exists():
            continue
        name = str(doc.relative_to(ROOT))
        lines = doc.read_text(encoding="utf-8").splitlines()
        fence: str | None = None
        carry = ""
        for i, raw in enumerate(lines, 1):
            if fence is not None and raw.rstrip().endswith("\\"):
                carry += raw.rstrip()[:-1] + " "
                continue
            raw, carry = carry + raw, ""
            s = raw.strip()
            if s.startswith("```"):
                fence = None if fence is not None else s[3:].strip().lower()
                continue
            if fence is not None:
                if fence in WINDOWS_FENCES:
                    cmd = raw.strip()
                    if cmd and not cmd.lower().startswith(("rem ", "::", "#")):
                        out.append(Example(name, i, cmd, windows=True))
                elif fence in ("", "bash", "sh", "shell", "console", "text"):
                    cmd = _strip(raw)
                    for part in (p.strip() for p in cmd.split("&&")):
                        first = part.split(" ")[0]
                        if (first in STARTS or first in INSTALLING) and not _synopsis(part):
                            out.append(Example(name, i, part))
                continue
            for span in re.findall(r"`(waterplanner [^`]+)`", raw):
                words = span.split()
                if len(words) >= 3 and words[1] in _COMMANDS and not _synopsis(span):
                    out.append(Example(name, i, span.strip()))
    return out


def _synopsis(cmd: str) -> bool:
    """A usage line (``waterplanner report FILE | --default [--inflows NAME]``), not an
    example: the CLI's own --help is tested elsewhere."""
    return "[" in cmd or " | " in cmd or "|--" in cmd


_COMMANDS = ("simulate", "validate", "report", "export", "optimize", "tradeoff", "ensemble")


def _skip_reason(cmd: str, windows: bool = False) -> str | None:
    if windows:
        return WINDOWS
    for pattern, reason in NOT_RUN.items():
        if re.search(pattern, cmd):
            return reason
    return None


EXAMPLES = examples()


def test_the_docs_have_examples() -> None:
    assert len(EXAMPLES) > 15
    assert any(e.command.startswith("waterplanner ensemble") for e in EXAMPLES)


def test_the_installation_pages_examples_are_each_run_or_listed_with_a_reason() -> None:
    """The administrator's pages (English and Russian): the checks of an installation run;
    the Windows installer's and Linux install script's commands are listed as not run."""
    for page in ("docs/administrator.md", "docs/ru/administrator.md"):
        mine = [e for e in EXAMPLES if e.file == page]
        run = {e.command for e in mine if _skip_reason(e.command, e.windows) is None}
        assert {"waterplanner --version", "waterplanner simulate --default"} <= run, page
        windows = [e for e in mine if e.windows]
        assert any("/VERYSILENT" in e.command for e in windows), page
        assert any(e.command.startswith("setx WATERPLANNER_LANG") for e in windows), page
        assert any("install.sh --uninstall" in e.command and _skip_reason(e.command)
                   for e in mine), page


@pytest.fixture(scope="module")
def scheduler_address():
    """A local Dask scheduler for the ``--scheduler`` examples (None without Dask)."""
    try:
        import distributed
    except ImportError:
        yield None
        return
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _fill(argv: list[str], scratch: Path, scheduler: str | None) -> list[str]:
    out: list[str] = []
    default = ROOT / "resources" / "scenarios" / "syr-darya-energy-mode.wplan"
    for k, a in enumerate(argv):
        prev = argv[k - 1] if k else ""
        if a == "FILE":
            target = scratch / "scenario.wplan"
            shutil.copy(default, target)
            a = str(target)
        elif a == "NAME" and prev in ("--generator", "--ensemble"):
            a = "generated"
        elif prev == "--members" and a.isdigit() and int(a) > BIG_ENSEMBLE:
            a = str(SMALL_ENSEMBLE)
        elif prev == "--points" and a.isdigit() and int(a) > FEW_POINTS:
            a = str(FEW_POINTS)
        elif prev == "--scheduler" and a.startswith("tcp://host"):
            if scheduler is None:
                pytest.skip("Dask is not installed")
            a = scheduler
        elif a.endswith(".wplan") and prev != "--out" and not (ROOT / a).exists():
            target = scratch / Path(a).name
            shutil.copy(default, target)
            a = str(target)
        elif (ROOT / a).exists() and not a.startswith("-") and "/" in a:
            a = str(ROOT / a)
        out.append(a)
    return out


def _run_waterplanner(argv: list[str], scratch: Path) -> int:
    from waterplanner.cli.main import main
    if len(argv) == 1 or (len(argv) == 2 and not argv[1].startswith("-")
                          and argv[1] not in _COMMANDS):
        argv = [*argv, "--screenshot", str(scratch / "window.png")]
    code = main(argv[1:])
    return 0 if code is None else int(code)


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.file}:{e.line}" for e in EXAMPLES])
def test_the_example_runs(example: Example, tmp_path: Path, monkeypatch, scheduler_address,
                          capsys) -> None:
    reason = _skip_reason(example.command, example.windows)
    if reason is not None:
        pytest.skip(reason)
    argv = shlex.split(example.command)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    argv = _fill(argv, tmp_path, scheduler_address)
    if argv[0] == "waterplanner":
        try:
            code = _run_waterplanner(argv, tmp_path)
        except SystemExit as e:  # --help, --version
            code = int(e.code or 0)
        out = capsys.readouterr()
        assert code == 0, f"{example} exited {code}:\n{out.out[-2000:]}\n{out.err[-2000:]}"
        return
    if argv[0] in ("python", "python3"):
        argv[0] = sys.executable
        done = subprocess.run(argv, check=False, cwd=ROOT, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, f"{example}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        return
    pytest.fail(f"{example}: the test does not know how to run this command; run it here or "
                "list it in NOT_RUN with the reason")
