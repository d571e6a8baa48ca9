"""The demo commune's mark on its workbook: a local (not journaled, not synchronised) setting.
Here, on the store floor, so that asking "is this the demo?" at start-up does not load the
signing code (``sync/keys``, ``cryptography``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

#: Local workbook setting: "1" in the demo commune's workbook.
DEMO_META = "workbook.demo"


def is_demo(wb: Workbook) -> bool:
    """The workbook holds the demo commune's sample data (never real data)."""
    return (wb.meta(DEMO_META) or "") == "1"


def mark_demo(wb: Workbook) -> None:
    wb.set_meta(DEMO_META, "1")
