"""How the PDF reaches the disk: the permissions any export gets (not always 0600), the old
file's mode kept, and temporary files of a killed report cleaned up by the next report."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from waterplanner.report import ReportError, write_report
from waterplanner.report.builder import STALE_TEMP_SECONDS, remove_stale_temporaries

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o002, 0o664),
                                                 (0o077, 0o600)])
def test_new_report_gets_the_usual_permissions(gui_app, tmp_path: Path, energy, energy_results,
                                               umask: int, expected: int) -> None:
    old = os.umask(umask)
    try:
        out = tmp_path / "r.pdf"
        write_report(out, energy, energy_results)
    finally:
        os.umask(old)
    assert mode(out) == expected


def test_replaced_report_keeps_its_mode(gui_app, tmp_path: Path, energy,
                                        energy_results) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old report")
    out.chmod(0o640)
    write_report(out, energy, energy_results)
    assert mode(out) == 0o640
    assert out.read_bytes().startswith(b"%PDF")


def test_read_only_report_is_refused(gui_app, tmp_path: Path, energy, energy_results) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old report")
    out.chmod(0o444)
    with pytest.raises(ReportError, match="permission denied"):
        write_report(out, energy, energy_results)
    assert out.read_bytes() == b"old report"


def test_stale_temporaries_of_this_target_are_removed(gui_app, tmp_path: Path, energy,
                                                      energy_results) -> None:
    out = tmp_path / "r.pdf"
    old = time.time() - STALE_TEMP_SECONDS - 5
    stale = [tmp_path / ".r.pdf.k3j_9x2a.tmp", tmp_path / ".r.pdf.q0wz81mn.tmp"]
    fresh = tmp_path / ".r.pdf.abcd1234.tmp"  # a report being written right now
    other = tmp_path / ".other.pdf.k3j_9x2a.tmp"  # another target's
    unrelated = [tmp_path / ".r.pdf.notes.txt", tmp_path / ".r.pdf.backup-of-the-report.tmp",
                 tmp_path / "r.pdf.k3j_9x2a.tmp"]
    for p in stale + [fresh, other] + unrelated:
        p.write_bytes(b"partial")
        if p is not fresh:
            os.utime(p, (old, old))
    write_report(out, energy, energy_results)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and other.exists() and all(p.exists() for p in unrelated)


def test_stale_temporary_that_is_a_link_or_folder_is_left(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    folder = tmp_path / ".r.pdf.aaaa1111.tmp"
    folder.mkdir()
    victim = tmp_path / "precious.txt"
    victim.write_text("keep")
    link = tmp_path / ".r.pdf.bbbb2222.tmp"
    link.symlink_to(victim)
    old = time.time() - STALE_TEMP_SECONDS - 5
    os.utime(folder, (old, old))
    os.utime(link, (old, old), follow_symlinks=False)
    assert remove_stale_temporaries(target) == []
    assert folder.is_dir() and link.is_symlink() and victim.read_text() == "keep"


KILLED_REPORT = """
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from waterplanner.engine.simulate import simulate
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.report import ensure_gui_application, write_report
ensure_gui_application()
scn = load_shipped_scenario()
results = simulate(scn, "median")
def progress(fraction, message):
    if fraction > 0.5:
        print("halfway", flush=True)
        time.sleep(60)
write_report({out!r}, scn, results, progress=progress)
"""


def test_killed_report_leaves_nothing_and_the_next_one_cleans_up(gui_app, tmp_path: Path,
                                                                 energy,
                                                                 energy_results) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"the previous report")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_REPORT.format(out=str(out))],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "halfway"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert out.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]  # drawn in memory only
    # a temporary left by an older version (or a kill while writing) goes with the next
    left = tmp_path / ".r.pdf.x1y2z3w4.tmp"
    left.write_bytes(b"%PDF-1.4 half")
    old = time.time() - STALE_TEMP_SECONDS - 5
    os.utime(left, (old, old))
    write_report(out, energy, energy_results)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]
