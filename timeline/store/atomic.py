"""Safe writes: a whole new file or none (temp file + fsync + rename), under a lock file.

Missing folders are created only when the caller asks (``create_parents=True``);
otherwise writing into one is an InputError, so a typo never creates folders.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from timeline.errors import InputError, Problem


def lock_path(path: Path) -> Path:
    """The lock file guarding ``path``: a hidden sibling, so folder scans never read it."""
    return path.with_name(f".{path.name}.lock")


def ensure_folder(path: Path, create_parents: bool = False) -> None:
    """Make sure the folder of ``path`` exists: create it when asked, else an InputError."""
    folder = path.parent
    if folder.is_dir():
        return
    if create_parents and not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(
                [Problem(str(path), f"cannot create folder {folder}: {error.strerror}")]
            ) from None
        return
    what = "is not a folder" if folder.exists() else "does not exist"
    raise InputError([Problem(str(path), f"folder {folder} {what} (create it first)")])


@contextlib.contextmanager
def locked(path: Path, create_parents: bool = False) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` for a read-modify-write, across processes."""
    ensure_folder(path, create_parents)
    with open(lock_path(path), "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def atomic_write_text(path: Path, text: str, create_parents: bool = False) -> None:
    """Replace ``path`` with ``text`` (UTF-8) so readers see the old file or the new, never half."""
    ensure_folder(path, create_parents)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o7777)
        else:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (not every file system lets a folder be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
