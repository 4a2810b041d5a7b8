"""Writing a large file atomically while it is produced (the whole content never in memory).

The same promise as :func:`waterplanner.model.fileio.atomic_write_bytes`: the target holds
either its old content or the whole new one. The bytes go to a temporary file in the same
folder, are flushed to disk, and only then is the file renamed over the target.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from waterplanner.model.fileio import fsync_path


def _new_file_mode() -> int:
    mask = os.umask(0o077)  # reading the umask means setting it: a strict one meanwhile
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into; it replaces ``path`` when the
    block ends without an exception (otherwise the old file stays and the temporary one
    is removed). A symbolic link is followed; a read-only target is refused."""
    target = Path(os.path.realpath(path))
    if target.exists() and not target.stat().st_mode & 0o222:
        raise PermissionError(f"{target} is read-only")
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        try:
            # mkstemp makes the file private; keep the old file's bits or a new file's
            mode = target.stat().st_mode & 0o777 if target.exists() else _new_file_mode()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_path(directory)
