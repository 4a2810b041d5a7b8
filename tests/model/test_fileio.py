"""Saving is atomic and keeps permissions; loading reports unreadable files as problems."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from waterplanner.model import ScenarioError, dumps_scenario, fileio, load_scenario, save_scenario
from waterplanner.model.fileio import atomic_write_text, read_scenario_bytes

ORIGINAL = b'{"the": "original file"}\n'


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "scenario.wplan")


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "scenario.wplan"
    path.write_bytes(ORIGINAL)
    return path


def test_save_and_load_a_file(tmp_path: Path, example_path: Path) -> None:
    s = load_scenario(example_path)
    out = tmp_path / "copy.wplan"
    save_scenario(s, out)
    assert load_scenario(out) == s
    assert out.read_text(encoding="utf-8") == dumps_scenario(s)
    assert [p.name for p in tmp_path.iterdir()] == ["copy.wplan"]


def test_save_load_save_through_files_is_byte_identical(tmp_path: Path,
                                                        example_path: Path) -> None:
    a, b = tmp_path / "a.wplan", tmp_path / "b.wplan"
    save_scenario(load_scenario(example_path), a)
    save_scenario(load_scenario(a), b)
    assert a.read_bytes() == b.read_bytes()


def test_save_accepts_str_paths_and_relative_names(tmp_path: Path, example_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    s = load_scenario(str(example_path))
    monkeypatch.chdir(tmp_path)
    save_scenario(s, "here.wplan")
    assert load_scenario("here.wplan") == s


def test_saving_replaces_an_existing_file(target: Path, example_path: Path) -> None:
    s = load_scenario(example_path)
    save_scenario(s, target)
    assert load_scenario(target) == s
    assert _leftovers(target.parent) == []


def test_a_failing_rename_leaves_the_original_and_no_temp_file(
        target: Path, example_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = load_scenario(example_path)

    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.EACCES, "rename refused")

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(OSError, match="rename refused"):
        save_scenario(s, target)
    assert target.read_bytes() == ORIGINAL
    assert _leftovers(target.parent) == []


def test_a_disk_full_in_the_middle_of_writing_leaves_the_original(
        target: Path, example_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = load_scenario(example_path)
    real_fdopen = os.fdopen

    class HalfWriter:
        """A file that writes half of what it is given, then runs out of space."""

        def __init__(self, f):  # type: ignore[no-untyped-def]
            self._f = f

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            self._f.close()

        def write(self, text: str) -> int:
            self._f.write(text[: len(text) // 2])
            self._f.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self._f, name)

    monkeypatch.setattr(fileio.os, "fdopen",
                        lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    with pytest.raises(OSError, match="No space left"):
        save_scenario(s, target)
    assert target.read_bytes() == ORIGINAL
    assert _leftovers(target.parent) == []


def test_a_failing_fsync_leaves_the_original(target: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    def fail(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(fileio.os, "fsync", fail)
    with pytest.raises(OSError, match="I/O error"):
        atomic_write_text(target, "new text")
    assert target.read_bytes() == ORIGINAL
    assert _leftovers(target.parent) == []


def test_an_interrupt_while_writing_leaves_no_temp_file(target: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(target, "new text")
    assert target.read_bytes() == ORIGINAL
    assert _leftovers(target.parent) == []


def test_text_that_cannot_be_encoded_leaves_the_original(target: Path) -> None:
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "lone surrogate \ud800")
    assert target.read_bytes() == ORIGINAL
    assert _leftovers(target.parent) == []


def test_saving_into_a_missing_folder_fails_cleanly(tmp_path: Path, example_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        save_scenario(load_scenario(example_path), tmp_path / "missing" / "x.wplan")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_file_is_refused_and_kept(target: Path, example_path: Path) -> None:
    before = target.read_bytes()
    target.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only"):
        save_scenario(load_scenario(example_path), target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    target.chmod(0o644)


def test_saving_through_a_symlink_replaces_the_target_and_keeps_the_link(
        tmp_path: Path, example_path: Path) -> None:
    real = tmp_path / "real.wplan"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.wplan"
    link.symlink_to(real)
    save_scenario(load_scenario(example_path), link)
    assert link.is_symlink()
    assert load_scenario(real) == load_scenario(example_path)


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_saving_over_a_file_keeps_its_permission_bits(target: Path, example_path: Path,
                                                      mode: int) -> None:
    target.chmod(mode)
    save_scenario(load_scenario(example_path), target)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    target.chmod(0o644)


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path, example_path: Path) -> None:
    # like any other program's new file: 0o666 less the umask, not mkstemp's private 0o600
    old = os.umask(0o022)
    try:
        out = tmp_path / "new.wplan"
        save_scenario(load_scenario(example_path), out)
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        os.umask(0o027)
        out2 = tmp_path / "new2.wplan"
        atomic_write_text(out2, "x")
        assert stat.S_IMODE(out2.stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_text_is_written_as_utf8_with_unix_newlines(tmp_path: Path) -> None:
    out = tmp_path / "t.txt"
    atomic_write_text(out, "Тоқтоғұл\nline 2\n")
    assert out.read_bytes() == "Тоқтоғұл\nline 2\n".encode()


# --- reading -----------------------------------------------------------------------------
def _only_problem(exc: pytest.ExceptionInfo[ScenarioError]) -> str:
    assert len(exc.value.problems) == 1
    p = exc.value.problems[0]
    assert p.location == "file"
    return p.message


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as exc:
        load_scenario(tmp_path / "nope.wplan")
    assert "does not exist" in _only_problem(exc)


def test_a_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as exc:
        load_scenario(tmp_path)
    assert "is a folder" in _only_problem(exc)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs file permissions that apply to this user")
def test_an_unreadable_file_is_a_problem_not_a_crash(target: Path) -> None:
    target.chmod(0)
    try:
        with pytest.raises(ScenarioError) as exc:
            load_scenario(target)
        assert "permission denied" in _only_problem(exc)
    finally:
        target.chmod(0o644)


def test_a_huge_file_is_refused_before_reading(target: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 10)
    with pytest.raises(ScenarioError) as exc:
        read_scenario_bytes(target)
    assert "too large" in _only_problem(exc)


def test_a_file_with_problems_lists_them(target: Path) -> None:
    with pytest.raises(ScenarioError) as exc:
        load_scenario(target)
    assert exc.value.problems[0].location == "format"
    assert "not a WaterPlanner scenario" in str(exc.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.wplan"
    os.mkfifo(fifo)
    with pytest.raises(ScenarioError) as exc:
        load_scenario(fifo)
    assert "not a regular file" in _only_problem(exc)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    for device in ("/dev/zero", "/dev/urandom"):
        with pytest.raises(ScenarioError) as exc:
            load_scenario(device)
        assert "not a regular file" in _only_problem(exc)


# --- temporary files that interrupted saves left behind ---------------------------------------
def _age(path: Path, seconds: float = 3600) -> Path:
    past = path.stat().st_mtime - seconds
    os.utime(path, (past, past))
    return path


def test_the_next_save_removes_stale_temp_files_of_the_same_target(target: Path) -> None:
    folder = target.parent
    stale = [folder / f".scenario.wplan.{s}.tmp" for s in ("abcd1234", "z_z_z_z_")]
    for path in stale:
        path.write_bytes(b"half")
        _age(path)
    keep = {
        # a save in progress (young), and what other targets or other programs made
        ".scenario.wplan.young123.tmp": False,
        ".other.wplan.abcd1234.tmp": True,
        ".scenario.wplan.x.abcd1234.tmp": True,
        ".scenario.wplan.abcd12345.tmp": True,
        "scenario.wplan.abcd1234.tmp": True,
        ".scenario.wplan.ABCD1234.tmp": True,
        ".scenario.wplan.abcd1234.tmp.bak": True,
        ".scenario.wplan.abcd1234.tmpx": True,
    }
    for name, old in keep.items():
        (folder / name).write_bytes(b"not mine")
        if old:
            _age(folder / name)
    (folder / ".scenario.wplan.dir12345.tmp").mkdir()
    _age(folder / ".scenario.wplan.dir12345.tmp")
    atomic_write_text(target, "new text")
    assert target.read_text(encoding="utf-8") == "new text"
    assert not any(p.exists() for p in stale)
    assert _leftovers(folder) == sorted([*keep, ".scenario.wplan.dir12345.tmp"])


def test_a_temp_file_that_a_live_writer_holds_is_never_removed(target: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    busy = target.parent / ".scenario.wplan.busy1234.tmp"
    busy.write_bytes(b"being written")
    _age(busy)
    fd = os.open(busy, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert fileio.remove_stale_temp_files(target) == []
        assert busy.exists()
    finally:
        os.close(fd)
    assert fileio.remove_stale_temp_files(target) == [busy]


def test_a_save_killed_half_way_leaves_a_temp_file_the_next_save_removes(target: Path) -> None:
    import signal
    import subprocess
    import sys
    import textwrap
    # a writer that stops for good while flushing, as if the power went then; then kill -9
    script = textwrap.dedent(f"""
        import os, sys, time
        from waterplanner.model import fileio
        def hang(fd):
            print("writing", flush=True)
            time.sleep(60)
        fileio.os.fsync = hang
        fileio.atomic_write_text({str(target)!r}, "the new text " * 1000)
    """)
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        temps = [p for p in target.parent.iterdir() if p != target]
        assert len(temps) == 1 and fileio.temp_file_pattern(target).match(temps[0].name)
        _age(temps[0])
        assert fileio.remove_stale_temp_files(target) == [], "the writer is still alive"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert target.read_bytes() == ORIGINAL, "a killed save loses nothing"
    assert temps[0].exists(), "but leaves its temporary file"
    atomic_write_text(target, "saved again")
    assert _leftovers(target.parent) == []
