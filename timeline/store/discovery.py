"""Which files a store is made of: the ``*.yaml`` files under the paths a user names."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from timeline.errors import InputError, Problem

#: File name patterns read from folders (a file named explicitly is read whatever its name).
EVENT_FILE_PATTERNS = ("*.yaml", "*.yml")


def find_event_files(paths: Sequence[Path]) -> list[Path]:
    """Every event file under ``paths``, in a stable order; an InputError for paths that do not exist.

    Folders are searched recursively; hidden files and folders (lock and temp files)
    are skipped. A file named twice is read once.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            inside = {
                candidate
                for pattern in EVENT_FILE_PATTERNS
                for candidate in path.rglob(pattern)
                if candidate.is_file() and not _hidden(candidate.relative_to(path))
            }
            found.extend(sorted(inside))
        elif path.exists():
            found.append(path)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    if problems:
        raise InputError(problems)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
