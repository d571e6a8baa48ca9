"""Importing communes' packages into the hub (the Nhập gói page, drops on the appraiser's
window, ``ntm import`` in an appraiser workspace).

Each file is verified and applied by :mod:`ntm_desktop.sync.importer` (all checks, quarantine
of refused files), one at a time in stream/sequence order so progress and Cancel work between
packages. For every file a :class:`ResultLine` says in plain words what happened: applied
(commune, sequence, what changed: indicators, infrastructure items, contributions, photos) /
already had it / refused and why / unknown key (with the fingerprint to compare). After a
package is applied the commune's result for its year is recomputed into the hub's cache, the
approval state moves submitted → (returned →) resubmitted, and a package refused because it
changed an approved year becomes a notice for the commune's next feedback.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import Cancelled
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.services.catalog_editor import share_with_replicas
from ntm_desktop.services.hub_common import open_hub, review_year
from ntm_desktop.store import hub as hs
from ntm_desktop.store import journal as jr
from ntm_desktop.store.journal_queries import touched_between
from ntm_desktop.sync import importer
from ntm_desktop.sync import package as pk
from ntm_desktop.sync.errors import MESSAGES
from ntm_desktop.sync.workspace import keystore

MAX_MANIFEST_PEEK = 1024 * 1024

LINE_APPLIED = _N("hub", "Đã nhập: {commune} ({code}), gói số {seq} — {indicators} chỉ "
                  "tiêu, {items} hạng mục hạ tầng, {contributions} khoản đóng góp, {photos} "
                  "ảnh/tệp minh chứng.")
LINE_DUPLICATE = _N("hub", "Đã có: gói số {seq} của xã {code} đã được nhập trước đây; không "
                    "thay đổi gì.")
LINE_UNKNOWN_KEY = _N("hub", "Khóa chưa đăng ký: gói ghi là của {sender} (xã {code}), mã vân "
                      "tay {fingerprint}. Gọi điện cho xã để so mã vân tay, rồi đăng ký và "
                      "kiểm tra lại.")
LINE_REFUSED = _N("hub", "Từ chối: {reason}")


@dataclass
class ResultLine:
    file: str
    status: str  # applied | duplicate | rejected | set_aside
    code: str | None
    template: str
    args: dict[str, Any] = field(default_factory=dict)
    reason_template: str | None = None  # refusals: the error message template (context errors)
    reason_args: dict[str, Any] = field(default_factory=dict)
    commune_code: str | None = None
    seq: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    quarantine: str | None = None
    fingerprint: str | None = None
    claimed: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)  # the outcome's, text escaped

    @property
    def key_rotation(self) -> dict[str, Any] | None:
        """The sender rotated its key in this package: old and new fingerprints, for the
        appraiser to confirm by phone (``ntm trust ack-rotation``)."""
        return self.details.get("key_rotation")

    @property
    def ok(self) -> bool:
        return self.status in ("applied", "duplicate")

    def text(self) -> str:
        """Vietnamese text (the CLI); the GUI translates template and args itself."""
        args = dict(self.args)
        if self.reason_template:
            args["reason"] = _fill(self.reason_template, self.reason_args)
        return _fill(self.template, args)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "code": self.code,
                "commune_code": self.commune_code, "seq": self.seq, "counts": self.counts,
                "quarantine": self.quarantine, "fingerprint": self.fingerprint,
                "message": self.text(), "details": self.details}


def _fill(template: str, args: dict[str, Any]) -> str:
    out = template
    for k, v in args.items():
        out = out.replace("{" + k + "}", str(v))
    return out


@dataclass
class HubImportResult:
    lines: list[ResultLine]
    cancelled: bool = False
    communes: list[str] = field(default_factory=list)  # communes whose data changed


def _peek_order(path: Path) -> tuple[str, int]:
    """(stream, seq) read from the manifest WITHOUT verifying, only to order the files; every
    check is done by the importer afterwards. Unreadable → sorted first, refused later."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(pk.MANIFEST)
            if info.file_size > MAX_MANIFEST_PEEK:
                return "", 0
            m = json.loads(zf.read(info))
        seq = m.get("seq")
        return str(m.get("stream") or ""), seq if isinstance(seq, int) else 0
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, RuntimeError):
        return "", 0


def _counts(hub: hs.Hub, code: str, lo: int, hi: int) -> dict[str, int]:
    ids, photos = touched_between(hub.replica(code).db, lo, hi)
    return {"indicators": len(ids.get("assessment", ())), "items": len(ids.get("infra_item", ())),
            "contributions": len(ids.get("contribution", ())), "photos": photos}


def _line(o: importer.Outcome, counts: dict[str, int] | None = None) -> ResultLine:
    line = _line_of(o, counts)
    line.details = o.to_json().get("details") or {}
    return line


def _line_of(o: importer.Outcome, counts: dict[str, int] | None = None) -> ResultLine:
    name = Path(o.file).name
    code = o.commune_code
    fp = o.details.get("fingerprint")
    if o.status == "applied":
        c = counts or {}
        return ResultLine(name, o.status, None, LINE_APPLIED,
                          {"commune": o.details.get("sender") or "—", "code": code, "seq": o.seq,
                           **{k: c.get(k, 0) for k in ("indicators", "items", "contributions",
                                                       "photos")}},
                          commune_code=code, seq=o.seq, counts=c, fingerprint=fp)
    if o.status == "duplicate":
        return ResultLine(name, o.status, o.code, LINE_DUPLICATE, {"seq": o.seq, "code": code},
                          commune_code=code, seq=o.seq, fingerprint=fp)
    claimed = o.details.get("claimed_sender") or {}
    detail = o.details.get("detail")
    if o.code == "unknown_key":
        return ResultLine(name, o.status, o.code, LINE_UNKNOWN_KEY,
                          {"sender": claimed.get("name") or "—",
                           "code": claimed.get("commune_code") or "—",
                           "fingerprint": detail or "—"},
                          commune_code=claimed.get("commune_code"), quarantine=o.quarantine,
                          fingerprint=str(detail) if detail else None, claimed=claimed)
    template = MESSAGES.get(o.code or "") or o.message
    args = template_args(template, o.message) or {
        "detail": "" if detail is None else str(detail), "member": ""}
    return ResultLine(name, o.status, o.code, LINE_REFUSED, {},
                      reason_template=template,
                      reason_args={"detail": "", "member": "", **args, "code": o.code or ""},
                      commune_code=code, seq=o.seq, quarantine=o.quarantine, fingerprint=fp,
                      claimed=claimed)


def template_args(template: str, message: str) -> dict[str, str] | None:
    """The ``{member}``/``{detail}``/``{code}`` values a message was filled with (so the GUI
    can show the refusal in English with the same file name and detail)."""
    parts = re.split(r"\{(member|detail|code)\}", template)
    pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}{i}>.*?)"
                      for i, p in enumerate(parts))
    m = re.fullmatch(pattern, message, flags=re.S)
    if m is None:
        return None
    return {k.rstrip("0123456789"): v for k, v in m.groupdict().items()}


def _after_applied(hub: hs.Hub, code: str, o: importer.Outcome, before: int) -> dict[str, int]:
    from ntm_desktop.services.communes import compute_result
    wb = hub.replica(code)
    head = jr.head(wb.conn)[0]
    year = review_year(wb)
    counts = _counts(hub, code, before, head)
    with hub.atomic():
        hs.note_package_range(hub, code, o.seq or 0, o.package_hash, before + 1, head)
        approval = hub.approval(code, str(year))
        if approval is None or approval["state"] == "returned":
            state = "submitted"
            hub.set_approval(code, str(year), state, package_hash=o.package_hash,
                             comment=approval["comment"] if approval else None)
            hs.add_approval_event(hub, code, str(year),
                                  "resubmitted" if approval else "submitted", comment=None,
                                  decided_by=None, journal_seq=head)
    compute_result(hub, code, year)
    return counts


def _drop_older_copies(o: importer.Outcome) -> None:
    """The same refused file imported again: keep only the newest copy (fresh reason)."""
    if not o.quarantine or not o.file_sha256:
        return
    new = Path(o.quarantine)
    try:
        size = new.stat().st_size
        others = [f for f in new.parent.iterdir() if f.is_file() and f != new
                  and not f.name.endswith(".reason.txt") and f.stat().st_size == size]
    except OSError:
        return
    for f in others:
        h = hashlib.sha256()
        try:
            with open(f, "rb") as fh:
                for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    h.update(chunk)
        except OSError:
            continue
        if h.hexdigest() == o.file_sha256:
            for victim in (f, f.with_name(f.name + ".reason.txt")):
                with contextlib.suppress(OSError):
                    victim.unlink()


def _note_refusal(hub: hs.Hub, o: importer.Outcome) -> None:
    _drop_older_copies(o)
    if o.code == "approved_year_locked" and o.commune_code:
        years = hs.locked_years(hub, o.commune_code)
        hs.add_notice(hub, o.commune_code, o.code,
                      MESSAGES["approved_year_locked"].replace(
                          "{detail}", str(o.details.get("detail") or "")),
                      year=years[-1] if years else None, file_name=Path(o.file).name)


def import_packages(paths: Any, files: list[Path], *, report: ProgressFn | None = None,
                    cancel: CancelToken | None = None) -> HubImportResult:
    """Verify and apply ``files`` (folders expanded to their packages) into the hub."""
    todo = importer.collect([Path(f) for f in files])
    todo.sort(key=_peek_order)
    lines: list[ResultLine] = []
    changed: list[str] = []
    with open_hub(paths) as hub:
        rx = importer.HubReceiver(hub, keystore(paths), paths.quarantine)
        for i, f in enumerate(todo):
            try:
                step(report, cancel, i, len(todo), _N("progress", "Nhập gói dữ liệu"))
            except Cancelled:  # the packages imported so far stay imported
                return HubImportResult(lines, cancelled=True, communes=changed)
            code, _ = _peek_order(f)
            code = code.split(":", 1)[1] if code.startswith("commune:") else ""
            before = 0
            if code and len(code) == 5 and code.isdigit() and hub.replica_path(code).exists():
                before = jr.head(hub.replica(code).conn)[0]
            o = importer.import_files([f], rx)[0]
            counts = None
            if o.status == "applied" and o.commune_code:
                # the replica evaluates with the province's published criteria
                share_with_replicas(hub, [o.commune_code])
                counts = _after_applied(hub, o.commune_code, o, before)
                changed.append(o.commune_code)
            elif not o.ok:
                _note_refusal(hub, o)
            lines.append(_line(o, counts))
            if o.commune_code:  # bound open files over hundreds of communes
                hub.close_replica(o.commune_code)
        step(report, cancel, len(todo), len(todo), "")
    return HubImportResult(lines, communes=sorted(set(changed)))


def summary(result: HubImportResult) -> Counter:
    return Counter(line.status for line in result.lines)
