"""What every appraiser use case shares: opening the hub of a data folder on a connection of its
own (one per thread; background tasks open and close theirs), the appraising body's facts and
its key card, and the commune's year under review."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.evaluation_service import default_year
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync.workspace import keystore

LEVELS = {"district": _N("hub", "Cấp huyện"), "province": _N("hub", "Cấp tỉnh")}


def has_hub(paths: Any) -> bool:
    return paths.hub.exists()


@contextlib.contextmanager
def open_hub(paths: Any) -> Iterator[Hub]:
    """The hub of ``paths`` (NotFound when the data folder has none), closed on exit."""
    hub = Hub.open(paths.hub)
    try:
        yield hub
    finally:
        hub.close()


def hub_info(paths: Any) -> dict[str, Any]:
    """Name and level of the appraising body, its key card (None before a key exists), the
    number of communes and trusted keys."""
    with open_hub(paths) as hub:
        ks = keystore(paths)
        card = ks.card() if ks.exists() else None
        return {"name": hub.name, "level": hub.level, "card": card,
                "encrypted": ks.is_encrypted() if card else False,
                "communes": hub.db.execute("SELECT count(*) FROM commune").fetchone()[0],
                "keys": hub.db.execute("SELECT count(*) FROM trusted_key WHERE revoked_at IS "
                                       "NULL AND superseded_by IS NULL").fetchone()[0],
                "hub_path": str(paths.hub)}


def review_year(replica: Workbook) -> int:
    """The year a commune is assessing: its registration year, else the evaluation year."""
    c = replica.commune() or {}
    return int(c.get("target_year") or default_year(replica))


def load_signing_key(paths: Any, passphrase: str | None) -> tuple[Any, Any]:
    """(key store, signing key) of the appraising body."""
    ks = keystore(paths)
    if not ks.exists():
        raise NtmError(_N("errors", "Không gian thẩm định chưa có khóa ký. Chạy “ntm init "
                          "appraiser”."), code="no_key")
    return ks, ks.load(passphrase)
