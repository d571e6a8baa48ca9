"""Small helpers the tests share (the sample commune itself is built by ``sample_commune.py``).

``dump_bytes(wb) -> bytes``
    Canonical JSON of the whole workbook's domain data (for "unchanged" comparisons).

``copy_workbook(src, folder) -> Path`` / ``open_test_workbook(path) -> Workbook``
    Copy a template workbook to ``folder/wb/commune.ntm.sqlite``; open a workbook as the tests
    do (author "Kiểm thử", no automatic backup on open).

``assert_nfc(obj)``
    Every string in a nested structure is NFC.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path
from typing import Any

from ntm_desktop.store import interchange
from ntm_desktop.store.workbook import Workbook


def dump_bytes(wb: Workbook) -> bytes:
    """Canonical JSON of every domain table (timestamps included)."""
    return interchange.dump_bytes(wb)


def copy_workbook(src: Path, folder: Path) -> Path:
    """Copy the (closed) workbook ``src`` to ``folder/wb/commune.ntm.sqlite``; return the copy."""
    dest = Path(folder) / "wb" / "commune.ntm.sqlite"
    dest.parent.mkdir()
    shutil.copyfile(src, dest)
    return dest


def open_test_workbook(path: Path) -> Workbook:
    """Open ``path`` with the tests' author and no automatic backup on open."""
    return Workbook.open(path, author="Kiểm thử", daily_backup=False)


def assert_nfc(obj: Any) -> None:
    """Every string in ``obj`` (nested lists/dicts) is NFC."""
    if isinstance(obj, str):
        assert unicodedata.is_normalized("NFC", obj), repr(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            assert_nfc(k)
            assert_nfc(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            assert_nfc(v)
