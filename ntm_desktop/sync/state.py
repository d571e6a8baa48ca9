"""The commune workbook's sync state, kept in its local ``meta`` (not journaled).

Keys: ``sync.out_seq`` / ``sync.out_hash`` (last package exported), ``sync.acked_journal_seq``
(last journal entry the hub confirmed), ``sync.acked_package_seq``, ``sync.sent_blobs`` (JSON
list of attachment hashes the hub is known to hold), ``sync.appraiser_key_id`` (recipient),
``sync.in.<stream>.seq`` / ``.hash`` (packages received from the appraiser per stream).
"""

from __future__ import annotations

import json

from ntm_desktop.store.journal import GENESIS
from ntm_desktop.store.workbook import Workbook


def out_state(wb: Workbook) -> tuple[int, str]:
    return int(wb.meta("sync.out_seq") or 0), wb.meta("sync.out_hash") or GENESIS


def set_out_state(wb: Workbook, seq: int, package_hash: str) -> None:
    wb.set_meta("sync.out_seq", str(seq))
    wb.set_meta("sync.out_hash", package_hash)


def acked_journal_seq(wb: Workbook) -> int:
    return int(wb.meta("sync.acked_journal_seq") or 0)


def sent_blobs(wb: Workbook) -> set[str]:
    raw = wb.meta("sync.sent_blobs")
    return set(json.loads(raw)) if raw else set()


def set_sent_blobs(wb: Workbook, blobs: set[str]) -> None:
    wb.set_meta("sync.sent_blobs", json.dumps(sorted(blobs)))


def in_state(wb: Workbook, stream: str) -> tuple[int, str]:
    return (int(wb.meta(f"sync.in.{stream}.seq") or 0),
            wb.meta(f"sync.in.{stream}.hash") or GENESIS)


def set_in_state(wb: Workbook, stream: str, seq: int, package_hash: str) -> None:
    wb.set_meta(f"sync.in.{stream}.seq", str(seq))
    wb.set_meta(f"sync.in.{stream}.hash", package_hash)
