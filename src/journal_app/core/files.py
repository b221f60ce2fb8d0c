"""Writing a file so that it is whole or absent: written beside its destination under a
temporary name, flushed to the disk, then renamed into place. An interrupted or failed write
leaves no half file at the destination and no temporary file behind."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


@contextmanager
def written_aside(dest: Path) -> Iterator[Path]:
    """Yield the temporary path to write; on success it becomes ``dest`` (replacing it)."""
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.part")
    try:
        yield tmp
        if tmp.exists():
            fsync_file(tmp)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
