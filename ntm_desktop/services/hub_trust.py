"""The appraiser's trust registry: trust communes' key cards one by one or a whole folder at
once (``ntm trust add --card DIR``, the Khóa và tin cậy page), list and revoke.

A commune has at most one ACTIVE key: a card for a commune that already has an active key with
another fingerprint is refused (``second_key``) unless the appraiser explicitly replaces the
old key (``replace``), which then is marked superseded by the new one. (The rule lives here
because ``sync/trust.py`` on this base has none; when it gains one, this module calls it.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.services.hub_common import open_hub
from ntm_desktop.services.keys import MAX_CARD_BYTES, read_key_card
from ntm_desktop.store.hub import Hub
from ntm_desktop.sync.trust import HubTrust, register_commune_key

CARD_SUFFIXES = (".json", ".card", ".ntmkey", ".txt")
MAX_FILES = 5000

# states of a card found in a folder
NEW, KNOWN, CONFLICT, REVOKED, BAD = "new", "known", "conflict", "revoked", "bad"
STATE_LABELS = {NEW: _N("hub", "Khóa mới"), KNOWN: _N("hub", "Đã đăng ký"),
                CONFLICT: _N("hub", "Xã đã có khóa khác"), REVOKED: _N("hub", "Khóa đã thu hồi"),
                BAD: _N("hub", "Không phải thẻ khóa của xã")}


@dataclass
class CardRow:
    """One file of a folder of cards and what trusting it would do."""

    file: str
    state: str
    card: dict[str, Any] | None = None
    error: str | None = None
    error_args: dict[str, Any] = field(default_factory=dict)
    existing: dict[str, Any] | None = None  # the commune's current active key (CONFLICT)

    @property
    def commune_code(self) -> str:
        return (self.card or {}).get("commune_code") or ""

    @property
    def name(self) -> str:
        return (self.card or {}).get("name") or ""

    @property
    def fingerprint(self) -> str:
        return (self.card or {}).get("fingerprint") or ""


def active_key_for(hub: Hub, commune_code: str) -> dict[str, Any] | None:
    for k in hub.trust_list():
        if k.get("commune_code") == commune_code and k["status"] == "active":
            return k
    return None


def _card_files(sources: list[Path]) -> list[Path]:
    out: list[Path] = []
    for src in sources:
        src = Path(src)
        if src.is_dir():
            out += sorted(p for p in src.iterdir() if p.is_file()
                          and p.suffix.lower() in CARD_SUFFIXES)
        else:
            out.append(src)
    return out[:MAX_FILES]


def classify(hub: Hub, card: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    if card.get("role") != "commune":
        return BAD, None
    known = hub.trusted(card["key_id"])
    if known is not None:
        return (REVOKED if known["status"] == "revoked" else KNOWN), None
    active = active_key_for(hub, card["commune_code"])
    if active is not None:
        return CONFLICT, active
    return NEW, None


def scan_cards(paths: Any, sources: list[Path], *, report: ProgressFn | None = None,
               cancel: CancelToken | None = None) -> list[CardRow]:
    """Read every card file named or inside the folders named; nothing is registered."""
    files = _card_files(sources)
    rows: list[CardRow] = []
    with open_hub(paths) as hub:
        for i, f in enumerate(files):
            step(report, cancel, i, len(files), _N("progress", "Đọc thẻ khóa"))
            try:
                if f.stat().st_size > MAX_CARD_BYTES:
                    raise ValidationError(_N("errors", "Thẻ khóa quá lớn."), code="bad_card")
                card = read_key_card(f)
            except (NtmError, OSError) as exc:
                rows.append(CardRow(str(f), BAD, error=getattr(exc, "template", None)
                                    or getattr(exc, "message", str(exc)),
                                    error_args=dict(getattr(exc, "fmt_args", {}) or {})))
                continue
            state, existing = classify(hub, card)
            rows.append(CardRow(str(f), state, card=card, existing=existing,
                                error=None if state != BAD else
                                _N("errors", "Không gian thẩm định chỉ đăng ký khóa của xã.")))
    return rows


def trust_card(hub: Hub, card: dict[str, Any], *, replace: bool = False) -> dict[str, Any]:
    """Register one commune card in one transaction (the sync layer's rule: a second active key
    for the commune is refused with ``second_key`` unless ``replace``; the old key is then
    superseded). A card already registered and active is returned as it is."""
    existing = hub.trusted(card["key_id"])
    if existing is not None and existing["status"] != "revoked":
        return existing
    return register_commune_key(hub, card, replace=replace)  # one transaction


def trust_cards(paths: Any, cards: list[dict[str, Any]], *, replace: set[str] | None = None,
                report: ProgressFn | None = None, cancel: CancelToken | None = None
                ) -> list[dict[str, Any]]:
    """Trust the cards ticked (each its own transaction); ``replace`` = commune codes whose
    current key the appraiser explicitly replaces. Returns {card, ok, row | error, args}."""
    out = []
    with open_hub(paths) as hub:
        for i, card in enumerate(cards):
            step(report, cancel, i, len(cards), _N("progress", "Đăng ký khóa"))
            try:
                row = trust_card(hub, card, replace=card.get("commune_code") in (replace or ()))
                out.append({"card": card, "ok": True, "row": row})
            except NtmError as exc:
                out.append({"card": card, "ok": False, "code": exc.code,
                            "error": getattr(exc, "template", exc.message),
                            "args": dict(getattr(exc, "fmt_args", {}) or {}),
                            "message": exc.message})
    return out


def trust_list(paths: Any) -> list[dict[str, Any]]:
    with open_hub(paths) as hub:
        return hub.trust_list()


def trust_revoke(paths: Any, key: str, reason: str | None = None) -> dict[str, Any]:
    with open_hub(paths) as hub:
        return HubTrust(hub).revoke(key, reason)
