"""Keys and trust: the workspace's key card (created on first use), its QR code and public-card
file, key rotation, reading a key card from a file, and trusting the appraiser's key. The CLI's
``ntm keys`` / ``ntm trust`` commands and the Đồng bộ page call these."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.core.errors import NtmError, ValidationError, os_reason
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import escape_text
from ntm_desktop.services._common import NO_COMMUNE
from ntm_desktop.store.workbook import Workbook, atomic_write_bytes
from ntm_desktop.sync.keys import read_card
from ntm_desktop.sync.trust import CommuneTrust
from ntm_desktop.sync.workspace import ensure_workbook_key

MAX_CARD_BYTES = 64 * 1024


def key_card(paths: Any, wb: Workbook) -> dict[str, Any]:
    """The commune's public-key card, creating the key pair on first use."""
    if wb.commune() is None:
        raise NtmError(NO_COMMUNE, code="no_commune")
    ks = ensure_workbook_key(paths, wb)  # this commune's own key (the demo's is a throwaway)
    card = ks.card()
    card["encrypted"] = ks.is_encrypted()
    return card


def rotate_key(paths: Any, wb: Workbook, passphrase: str | None = None) -> dict[str, Any]:
    """``ntm keys rotate``: a new key pair (same passphrase); the old key signs the notice that
    every package sent from now on carries. Returns the new card."""
    key_card(paths, wb)  # the commune has a key to rotate
    ks = ensure_workbook_key(paths, wb)
    _new, endorsement = ks.rotate(passphrase)
    card = ks.card()
    card["encrypted"] = ks.is_encrypted()
    card["old_key_id"] = endorsement["old_key_id"]
    return card


def key_qr_payload(card: dict[str, Any]) -> str:
    """The text of the key QR code (same as ``ntm keys qr``)."""
    return (f"NTMKEY:1;role={card['role']};code={card.get('commune_code') or ''};"
            f"key={card['public_key']};fp={card['fingerprint'].replace(' ', '')}")


def key_qr_png(card: dict[str, Any], scale: int = 6) -> bytes:
    import segno  # imported on use: only the key card needs it
    buf = io.BytesIO()
    segno.make(key_qr_payload(card), error="m").save(buf, kind="png", scale=scale, border=2)
    return buf.getvalue()


def write_public_card(card: dict[str, Any], dest: Path) -> dict[str, Any]:
    """Write a public-key card file (``ntm keys export-public``); returns the card written."""
    card = {k: v for k, v in card.items() if k not in ("encrypted", "old_key_id")}
    atomic_write_bytes(Path(dest), canonical_json(card))
    return card


def export_public_card(paths: Any, wb: Workbook, dest: Path) -> dict[str, Any]:
    """The commune's card (its key created on first use) written to ``dest``."""
    return write_public_card(key_card(paths, wb), dest)



def read_key_card(path: Path) -> dict[str, Any]:
    """Parse a public-key card file (``ntm trust add``'s reading, without registering)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NtmError(_N("errors", "Không đọc được thẻ khóa {name}: {reason}"),
                       code="unreadable",
                       args={"name": escape_text(Path(path).name), "reason": os_reason(exc)}) from None
    if len(data) > MAX_CARD_BYTES:
        raise ValidationError(_N("errors", "Thẻ khóa quá lớn."), code="bad_card")
    return read_card(data)


def trust_appraiser(wb: Workbook, card: dict[str, Any]) -> dict[str, Any]:
    """Register the appraiser's card in the commune workbook (``ntm trust add`` for a commune)."""
    if card["role"] != "appraiser":
        raise ValidationError(_N("errors", "Sổ dữ liệu xã chỉ đăng ký khóa của nơi thẩm định."),
                              code="bad_card")
    with wb.atomic():
        row = CommuneTrust(wb).add(card)
        wb.set_meta("sync.appraiser_key_id", card["key_id"])
        wb.set_meta("sync.appraiser_name", card["name"])
    return row


def trusted_keys(wb: Workbook) -> list[dict[str, Any]]:
    return CommuneTrust(wb).list()

