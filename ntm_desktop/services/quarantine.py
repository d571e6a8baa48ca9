"""The quarantine folder of the appraiser's workspace (the Cách ly page, ``ntm quarantine``):
each refused file with its reason, date and sender AS CLAIMED by the (unverified) manifest;
re-check (after trusting a key, or once the missing package arrived); delete.

Files stay in ``<data_dir>/quarantine/`` with a ``.reason.txt`` beside each (written by the
importer). Re-checking imports the file again: if it is now applied or already held, it leaves
the quarantine; if it is refused again, the fresh copy with its up-to-date reason replaces it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NotFound, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn
from ntm_desktop.services.hub_import import MAX_MANIFEST_PEEK, HubImportResult, import_packages
from ntm_desktop.sync import package as pk
from ntm_desktop.sync.errors import MESSAGES

REASON_SUFFIX = ".reason.txt"


@dataclass
class QuarantineItem:
    path: str
    name: str
    code: str
    reason: str
    received: dt.datetime | None
    size: int
    sender: str = ""
    commune_code: str = ""
    fingerprint: str = ""

    @property
    def reason_template(self) -> str:
        return MESSAGES.get(self.code, "")


def _claimed(path: Path) -> dict[str, str]:
    """Who the manifest says sent it — NOT verified (that is why the file is here)."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(pk.MANIFEST)
            if info.file_size > MAX_MANIFEST_PEEK:
                return {}
            m = json.loads(zf.read(info))
        s = m.get("sender") or {}
        out = {k: str(s.get(k))[:120] for k in ("name", "commune_code") if isinstance(
            s.get(k), str)}
        if isinstance(s.get("public_key"), str):
            from ntm_desktop.sync import keys as kz
            with contextlib.suppress(Exception):
                out["fingerprint"] = kz.fingerprint(kz.unb64(s["public_key"], length=32))
        return out
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, RuntimeError, AttributeError):
        return {}


def _parse_reason(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        for key, label in (("file", "Tệp:"), ("code", "Mã lỗi:"), ("reason", "Lý do:"),
                           ("at", "Thời điểm:")):
            if line.startswith(label) and key not in out:
                out[key] = line[len(label):].strip()
    return out


def list_quarantine(paths: Any, *, report: ProgressFn | None = None,
                    cancel: CancelToken | None = None) -> list[QuarantineItem]:
    folder = Path(paths.quarantine)
    if not folder.is_dir():
        return []
    items = []
    for f in sorted(folder.iterdir()):
        if not f.is_file() or f.name.endswith(REASON_SUFFIX):
            continue
        if cancel is not None:
            cancel.check()
        reason_file = f.with_name(f.name + REASON_SUFFIX)
        info: dict[str, str] = {}
        with contextlib.suppress(OSError, UnicodeDecodeError):
            info = _parse_reason(reason_file.read_text(encoding="utf-8")[:20000])
        when = None
        with contextlib.suppress(ValueError):
            when = dt.datetime.fromisoformat(info.get("at", ""))
        if when is None:
            with contextlib.suppress(OSError):
                when = dt.datetime.fromtimestamp(f.stat().st_mtime)
        claimed = _claimed(f)
        items.append(QuarantineItem(
            path=str(f), name=info.get("file") or f.name, code=info.get("code") or "",
            reason=info.get("reason") or "", received=when, size=f.stat().st_size,
            sender=claimed.get("name", ""), commune_code=claimed.get("commune_code", ""),
            fingerprint=claimed.get("fingerprint", "")))
    items.sort(key=lambda i: i.received or dt.datetime.min, reverse=True)
    return items


def _inside(paths: Any, file: Path) -> Path:
    file = Path(file)
    folder = Path(paths.quarantine).resolve()
    if file.resolve().parent != folder or not file.is_file():
        raise NotFound(_N("errors", "Không có tệp {name} trong thư mục cách ly."),
                       code="not_in_quarantine", args={"name": file.name})
    return file


def delete_item(paths: Any, file: Path) -> None:
    """Delete a quarantined file and its reason (the caller asked for confirmation)."""
    f = _inside(paths, file)
    f.unlink()
    with contextlib.suppress(OSError):
        f.with_name(f.name + REASON_SUFFIX).unlink()


def recheck(paths: Any, files: list[Path], *, report: ProgressFn | None = None,
            cancel: CancelToken | None = None) -> HubImportResult:
    """Import quarantined files again (see the module docstring)."""
    if not files:
        raise ValidationError(_N("errors", "Chưa chọn tệp nào."), code="nothing_selected")
    files = [_inside(paths, f) for f in files]
    result = import_packages(paths, files, report=report, cancel=cancel)
    by_name = {Path(f).name: f for f in files}
    for line in result.lines:
        src = by_name.get(line.file)
        if src is not None and src.exists() and (
                line.ok or (line.quarantine and Path(line.quarantine) != src)):
            delete_item(paths, src)
    return result


def trust_from_package(paths: Any, file: Path, *, replace: bool = False) -> dict[str, Any]:
    """Trust the key a quarantined package was signed with (after the fingerprints were
    compared on the phone); returns the key row."""
    from ntm_desktop.services.hub_common import open_hub
    from ntm_desktop.services.hub_trust import trust_card
    from ntm_desktop.sync.trust import card_from_package
    card = card_from_package(_inside(paths, file))
    with open_hub(paths) as hub:
        return trust_card(hub, card, replace=replace)


def card_of_package(paths: Any, file: Path) -> dict[str, Any]:
    from ntm_desktop.sync.trust import card_from_package
    return card_from_package(_inside(paths, file))
