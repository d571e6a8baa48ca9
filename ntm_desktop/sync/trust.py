"""Trust registries: which public keys a workspace accepts packages from.

The appraiser hub keeps its registry in ``hub.ntm.sqlite`` (:class:`HubTrust` adapts
:class:`~ntm_desktop.store.hub.Hub`); a commune keeps the appraiser's card(s) in its workbook's
local ``meta`` (``sync.trust``, not journaled) — :class:`CommuneTrust`. Both expose the same
small interface used by the importer: ``get``, ``add``, ``revoke``, ``supersede``, ``list``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ntm_desktop.core.errors import NotFound, NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook

META_KEY = "sync.trust"


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class HubTrust:
    def __init__(self, hub: Hub):
        self.hub = hub

    def get(self, key_id: str) -> dict[str, Any] | None:
        return self.hub.trusted(key_id)

    def add(self, card: dict[str, Any]) -> dict[str, Any]:
        return self.hub.trust_add(card)

    def revoke(self, key_id: str, reason: str | None = None) -> dict[str, Any]:
        return self.hub.trust_revoke(key_id, reason)

    def supersede(self, old_key_id: str, new_card: dict[str, Any]) -> None:
        self.hub.trust_supersede(old_key_id, new_card)

    def list(self) -> list[dict[str, Any]]:
        return self.hub.trust_list()


class CommuneTrust:
    def __init__(self, wb: Workbook):
        self.wb = wb

    def _all(self) -> dict[str, dict[str, Any]]:
        raw = self.wb.meta(META_KEY)
        return json.loads(raw) if raw else {}

    def _save(self, keys: dict[str, dict[str, Any]]) -> None:
        self.wb.set_meta(META_KEY, json.dumps(keys, ensure_ascii=False, sort_keys=True))

    @staticmethod
    def _status(k: dict[str, Any]) -> dict[str, Any]:
        out = dict(k)
        out["status"] = ("revoked" if k.get("revoked_at") else
                         "superseded" if k.get("superseded_by") else "active")
        return out

    def get(self, key_id: str) -> dict[str, Any] | None:
        k = self._all().get(key_id)
        return self._status(k) if k else None

    def add(self, card: dict[str, Any], *, source: str = "card") -> dict[str, Any]:
        keys = self._all()
        old = keys.get(card["key_id"])
        if old and old.get("revoked_at"):
            raise NtmError(_N("errors", "Khóa này đã bị thu hồi; không đăng ký lại được."),
                           code="key_revoked")
        keys[card["key_id"]] = {**(old or {}), **{k: card.get(k) for k in (
            "key_id", "public_key", "fingerprint", "role", "name", "commune_code", "level")},
            "added_at": (old or {}).get("added_at") or _now(), "source": source}
        self._save(keys)
        return self._status(keys[card["key_id"]])

    def revoke(self, key_id: str, reason: str | None = None) -> dict[str, Any]:
        keys = self._all()
        k = key_id.replace(" ", "").lower()
        found = [kid for kid, v in keys.items()
                 if kid == k or v["fingerprint"].replace(" ", "").lower() == k]
        if not found:
            raise NotFound(_N("errors", "Không có khóa {key_id} trong danh sách tin cậy."),
                           code="no_such_key", args={"key_id": str(key_id)})
        keys[found[0]].update(revoked_at=_now(), revoked_reason=reason)
        self._save(keys)
        return self._status(keys[found[0]])

    def supersede(self, old_key_id: str, new_card: dict[str, Any]) -> None:
        self.add(new_card, source=f"rotation:{old_key_id}")
        keys = self._all()
        if old_key_id in keys:
            keys[old_key_id]["superseded_by"] = new_card["key_id"]
            self._save(keys)

    def list(self) -> list[dict[str, Any]]:
        return [self._status(v) for v in self._all().values()]


def card_from_package(source: Any) -> dict[str, Any]:
    """The sender's public-key card taken from a package (typically one set aside with
    ``unknown_key``): the manifest carries the sender's public key, and the package must be
    validly signed by it, so the name and commune code shown are those the key holder signed.
    This proves nothing about *who* holds the key: the caller must have the fingerprint
    confirmed by the sender (by phone) before trusting it, exactly as with a card file.
    Raises PackageRejected (a damaged package) or ValidationError (not a usable card)."""
    import base64

    from ntm_desktop.store.journal import canonical_json
    from ntm_desktop.sync import package as pk
    from ntm_desktop.sync.keys import CARD_FORMAT, read_card

    pkg = pk.read_package(source, lambda m: base64.b64decode(m["sender"]["public_key"]))
    s = pkg.manifest["sender"]
    return read_card(canonical_json({
        "format": CARD_FORMAT, "role": s["role"], "name": s["name"],
        "commune_code": s["commune_code"], "level": s["level"], "key_id": s["key_id"],
        "public_key": s["public_key"], "fingerprint": None,
        "created_at": pkg.manifest["created_at"]}))
