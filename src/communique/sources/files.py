"""Local inputs: read a file (refusing one over the size cap before reading it), list a
directory's readable files recursively in a fixed order, read standard input."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from communique.errors import InputError
from communique.sources.base import SourceOptions, human_size
from communique.sources.sniff import READABLE_SUFFIXES


def read_capped(path: Path, options: SourceOptions) -> bytes:
    """The file's bytes; InputError if missing, unreadable, or over ``max_bytes`` (checked
    on its size first, so a huge file is never read whole)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None
    if size > options.max_bytes:
        raise InputError(f"too large: {human_size(size)} (limit {human_size(options.max_bytes)})")
    try:
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None
    if len(data) > options.max_bytes:  # grew since stat, or a special file
        raise InputError(f"too large: over {human_size(options.max_bytes)} limit")
    return data


def files_in(directory: Path) -> Iterator[Path]:
    """Readable files under ``directory``, recursively, sorted by relative path so every
    run reads them in the same order; hidden files and folders are left out."""
    found = []
    for path in directory.rglob("*"):
        relative = path.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and path.suffix.lower() in READABLE_SUFFIXES:
            found.append(relative.as_posix())
    for name in sorted(found):
        yield directory / name


def read_stdin(options: SourceOptions, stream=None) -> bytes:
    stream = stream if stream is not None else getattr(sys.stdin, "buffer", sys.stdin)
    data = stream.read(options.max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > options.max_bytes:
        raise InputError(f"too large: over {human_size(options.max_bytes)} limit")
    return data
