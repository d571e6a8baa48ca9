"""Writing a file so that readers see either the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def replace_file_bytes(dest: Path, data: bytes, *, temp_suffix: str = ".tmp") -> None:
    """Write ``data`` to a temporary file next to ``dest`` (``.<name>.<random><temp_suffix>``),
    fsync it, then rename it over ``dest``.

    Raises ``OSError`` (disk full, no permission, …) after removing the temporary file; callers
    turn it into their own user-facing error.
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}{temp_suffix}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
