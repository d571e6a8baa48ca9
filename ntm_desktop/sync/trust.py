"""Trust registries: which public keys a workspace accepts packages from.

The appraiser hub keeps its registry in ``hub.ntm.sqlite`` (:class:`HubTrust` adapts
:class:`~ntm_desktop.store.hub.Hub`); a commune keeps the appraiser's card(s) in its workbook's
local ``meta`` (``sync.trust``, not journaled) — :class:`CommuneTrust`. Both expose the same
small interface used by the importer: ``get``, ``add``, ``revoke``, ``supersede``, ``list``,
``rotations``, ``acknowledge``.

Rules (docs/sync-format.md §1): a commune has at most one active key at the hub (a second one
only with ``replace``, :class:`SecondKeyError` otherwise); a key rotation accepted from a package
is kept as an event the appraiser acknowledges after calling the commune; revoking a key
revokes every key it endorsed, transitively, from the time of the compromise on.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ntm_desktop.core.errors import NotFound, NtmError, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.hub import Hub, SecondKeyError  # noqa: F401 - re-exported for the GUI
from ntm_desktop.store.workbook import Workbook

META_KEY = "sync.trust"


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_since(text: str | None) -> str | None:
    """``--since`` (time of the compromise) as the registry's UTC timestamp text. Accepts an
    ISO date or date-time (local time unless it carries an offset) or a Vietnamese date
    (05/3/2025). Raises ValidationError."""
    if text is None or not str(text).strip():
        return None
    from ntm_desktop.core import vnformat
    raw = str(text).strip()
    try:
        when = dt.datetime.fromisoformat(raw)
    except ValueError:
        try:
            day = vnformat.parse_date(raw)
        except (ValueError, NtmError):
            day = None
        if day is None:
            raise ValidationError(_N("errors", "Thời điểm “{value}” không hợp lệ (ví dụ "
                                     "2025-07-05 hoặc 05/7/2025)."), code="bad_date",
                                  args={"value": raw}) from None
        when = dt.datetime.combine(day, dt.time())
    if when.tzinfo is None:
        when = when.astimezone()  # local time of this computer
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class HubTrust:
    def __init__(self, hub: Hub):
        self.hub = hub

    def get(self, key_id: str) -> dict[str, Any] | None:
        return self.hub.trusted(key_id)

    def add(self, card: dict[str, Any], *, replace: bool = False) -> dict[str, Any]:
        """Raises SecondKeyError when the commune has another active key and not ``replace``."""
        with self.hub.atomic():
            return self.hub.trust_add(card, replace=replace)

    def revoke(self, key_id: str, reason: str | None = None, *,
               since: str | None = None) -> dict[str, Any]:
        with self.hub.atomic():
            return self.hub.trust_revoke(key_id, reason, since=parse_since(since))

    def supersede(self, old_key_id: str, new_card: dict[str, Any],
                  package_hash: str | None = None) -> None:
        self.hub.trust_supersede(old_key_id, new_card, package_hash=package_hash)

    def list(self) -> list[dict[str, Any]]:
        return [_with_spoken(r) for r in self.hub.trust_list()]

    def rotations(self, *, pending: bool = False) -> list[dict[str, Any]]:
        return self.hub.rotations(pending=pending)

    def acknowledge(self, key: str, by: str | None = None) -> dict[str, Any]:
        with self.hub.atomic():
            return self.hub.acknowledge_rotation(key, by)


class CommuneTrust:
    """The appraiser keys a commune accepts, in its workbook's local ``meta`` (JSON)."""

    ROTATIONS = "sync.trust.rotations"

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
        return _with_spoken(out)

    def get(self, key_id: str) -> dict[str, Any] | None:
        k = self._all().get(key_id)
        return self._status(k) if k else None

    def add(self, card: dict[str, Any], *, source: str = "card",
            endorsed_by: str | None = None, replace: bool = False) -> dict[str, Any]:
        from ntm_desktop.sync.keys import check_public_key, unb64
        check_public_key(unb64(card["public_key"], length=32))
        keys = self._all()
        old = keys.get(card["key_id"])
        if old and old.get("revoked_at"):
            raise NtmError(_N("errors", "Khóa này đã bị thu hồi; không đăng ký lại được."),
                           code="key_revoked")
        keys[card["key_id"]] = {**(old or {}), **{k: card.get(k) for k in (
            "key_id", "public_key", "fingerprint", "role", "name", "commune_code", "level")},
            "added_at": (old or {}).get("added_at") or _now(), "source": source,
            "endorsed_by": endorsed_by or (old or {}).get("endorsed_by")}
        self._save(keys)
        return self._status(keys[card["key_id"]])

    def revoke(self, key_id: str, reason: str | None = None, *,
               since: str | None = None) -> dict[str, Any]:
        """Revoke a key and every key it endorsed (transitively) at or after ``since``."""
        keys = self._all()
        k = key_id.replace(" ", "").lower()
        found = [kid for kid, v in keys.items()
                 if kid == k or v["fingerprint"].replace(" ", "").lower() == k]
        if not found:
            raise NotFound(_N("errors", "Không có khóa {key_id} trong danh sách tin cậy."),
                           code="no_such_key", args={"key_id": str(key_id)})
        root = found[0]
        start = parse_since(since) or keys[root].get("added_at") or ""
        revoked, frontier = [root], [root]
        while frontier:
            parent = frontier.pop()
            for kid, v in keys.items():
                if v.get("endorsed_by") == parent and (v.get("added_at") or "") >= start \
                        and kid not in revoked:
                    revoked.append(kid)
                    frontier.append(kid)
        now = _now()
        for kid in revoked:
            if not keys[kid].get("revoked_at"):
                keys[kid].update(revoked_at=now, revoked_reason=reason if kid == root else
                                 f"khóa đổi từ khóa bị thu hồi {keys[root]['fingerprint']}")
        self._save(keys)
        out = self._status(keys[root])
        out["also_revoked"] = [self._status(keys[k]) for k in revoked[1:]]
        out["set_aside"], out["set_aside_failed"] = [], []
        return out

    def supersede(self, old_key_id: str, new_card: dict[str, Any],
                  package_hash: str | None = None) -> None:
        self.add(new_card, source=f"rotation:{old_key_id}", endorsed_by=old_key_id)
        keys = self._all()
        old = keys.get(old_key_id)
        if old is not None:
            old["superseded_by"] = new_card["key_id"]
            self._save(keys)
        events = self.rotations()
        if not any(e["new_key_id"] == new_card["key_id"] for e in events):
            events.append({"id": len(events) + 1, "commune_code": None,
                           "old_key_id": old_key_id, "new_key_id": new_card["key_id"],
                           "old_fingerprint": old["fingerprint"] if old else None,
                           "new_fingerprint": new_card["fingerprint"],
                           "package_hash": package_hash, "accepted_at": _now(),
                           "acknowledged_at": None, "acknowledged_by": None})
            self.wb.set_meta(self.ROTATIONS, json.dumps(events, ensure_ascii=False))

    def list(self) -> list[dict[str, Any]]:
        return [self._status(v) for v in self._all().values()]

    def rotations(self, *, pending: bool = False) -> list[dict[str, Any]]:
        events = json.loads(self.wb.meta(self.ROTATIONS) or "[]")
        return [e for e in events if not (pending and e.get("acknowledged_at"))]

    def acknowledge(self, key: str, by: str | None = None) -> dict[str, Any]:
        k = key.replace(" ", "").lower()
        events = self.rotations()
        for e in events:
            if k in (e["new_key_id"], (e["new_fingerprint"] or "").replace(" ", "").lower()):
                e["acknowledged_at"] = e.get("acknowledged_at") or _now()
                e["acknowledged_by"] = e.get("acknowledged_by") or by
                self.wb.set_meta(self.ROTATIONS, json.dumps(events, ensure_ascii=False))
                return e
        raise NotFound(_N("errors", "Không có lần đổi khóa nào sang khóa {key_id}."),
                       code="no_such_rotation", args={"key_id": str(key)})


def _with_spoken(row: dict[str, Any]) -> dict[str, Any]:
    from ntm_desktop.core.fingerprint import spoken_code
    from ntm_desktop.sync.keys import unb64
    out = dict(row)
    try:
        out["spoken_code"] = spoken_code(unb64(row["public_key"], length=32))
    except (NtmError, KeyError, TypeError):
        out["spoken_code"] = None
    return out


# ----------------------------------------------------------------------------- services
# The functions the CLI (``ntm trust …``) and the GUI call.
def register_commune_key(hub: Hub, card: dict[str, Any], *, replace: bool = False
                         ) -> dict[str, Any]:
    """Register a commune's checked card at the hub. Raises :class:`SecondKeyError` (code
    ``second_key``; ``exc.active`` is the key in use) when the commune already has an active
    key — ask the appraiser whether the new key replaces it, then call again with
    ``replace=True``. Raises ValidationError for a card that is not a commune's."""
    if card.get("role") != "commune":
        raise ValidationError(_N("errors", "Không gian thẩm định chỉ đăng ký khóa của xã."),
                              code="bad_card")
    return HubTrust(hub).add(card, replace=replace)


def revoke_key(trust: HubTrust | CommuneTrust, key: str, reason: str | None = None, *,
               since: str | None = None) -> dict[str, Any]:
    """Revoke ``key`` (key id or fingerprint) and every key it endorsed since ``since``."""
    return trust.revoke(key, reason, since=since)


def pending_rotations(trust: HubTrust | CommuneTrust) -> list[dict[str, Any]]:
    """Key rotations accepted from packages that the appraiser has not acknowledged yet."""
    return trust.rotations(pending=True)


def acknowledge_rotation(trust: HubTrust | CommuneTrust, key: str, by: str | None = None
                         ) -> dict[str, Any]:
    return trust.acknowledge(key, by)


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
