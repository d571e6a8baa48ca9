"""Shared builders for the sync tests: two workspaces (a commune and an appraiser hub) that
trust each other, package forging, and a fingerprint of a workspace's whole state."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.store import interchange
from ntm_desktop.store import journal as jr
from ntm_desktop.store.attachments import add_bytes
from ntm_desktop.store.commune import save_commune, save_village
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import exporter, importer
from ntm_desktop.sync import package as pk
from ntm_desktop.sync.keys import KeyStore, SigningKey, read_card
from ntm_desktop.sync.trust import CommuneTrust


def card_bytes(ks: KeyStore) -> bytes:
    return json.dumps(ks.card()).encode()


@dataclass
class World:
    root: Path
    wb: Workbook
    cks: KeyStore
    ck: SigningKey
    hub: Hub
    hks: KeyStore
    hk: SigningKey
    n: int = 0

    @property
    def hub_rx(self) -> importer.HubReceiver:
        return importer.HubReceiver(self.hub, self.hks, self.root / "h" / "quarantine")

    @property
    def commune_rx(self) -> importer.CommuneReceiver:
        return importer.CommuneReceiver(self.wb, self.cks, self.root / "c" / "quarantine")

    def export(self, *, full: bool = False, wb: Workbook | None = None) -> Path:
        self.n += 1
        dest = self.root / f"pkg{self.n:03d}.ntmpkg"
        exporter.export_commune(wb or self.wb, self.cks, self.ck, dest, full=full)
        return dest

    def feedback(self, code: str = "10001") -> Path:
        self.n += 1
        dest = self.root / f"fb{self.n:03d}.ntmpkg"
        exporter.export_feedback(self.hub, self.hks, self.hk, code, dest)
        return dest

    def to_hub(self, *paths: Path) -> list[importer.Outcome]:
        return importer.import_files(list(paths), self.hub_rx)

    def to_commune(self, *paths: Path) -> list[importer.Outcome]:
        return importer.import_files(list(paths), self.commune_rx)

    def edit(self, i: int = 0) -> None:
        save_village(self.wb, {"name": f"Thôn số {self.n}-{i}", "households": 10 + i})


def make_commune(root: Path, code: str = "10001", name: str = "Xã Tân Hòa"
                 ) -> tuple[Workbook, KeyStore, SigningKey]:
    wb = Workbook.open(root / "workbook.ntm.sqlite", create=True, author="Cán bộ A")
    save_commune(wb, {"code": code, "name": name, "criteria_set": "qd318-2022"})
    save_village(wb, {"name": "Thôn Đông", "households": 120, "population": 480})
    ks = KeyStore(root / "keys")
    key = ks.generate(role="commune", name=name, commune_code=code)
    return wb, ks, key


def make_world(root: Path) -> World:
    wb, cks, ck = make_commune(root / "c")
    hks = KeyStore(root / "h" / "keys")
    hk = hks.generate(role="appraiser", name="Sở Nông nghiệp và Môi trường", level="province")
    hub = Hub.open(root / "h" / "hub.ntm.sqlite", create=True, name="Sở NN&MT", level="province")
    hub.trust_add(read_card(card_bytes(cks)))
    trust = CommuneTrust(wb)
    trust.add(read_card(card_bytes(hks)))
    wb.set_meta("sync.appraiser_key_id", hk.key_id)
    return World(root, wb, cks, ck, hub, hks, hk)


def add_photo(wb: Workbook, content: bytes = b"\xff\xd8 fake jpeg bytes") -> dict[str, Any]:
    return add_bytes(wb, content, {"original_name": "anh.jpg", "mime": "image/jpeg"})


def hub_state(hub: Hub) -> str:
    """Digest of everything a rejected package must not change: hub tables (of the package
    log, only applied rows), every replica's domain tables, journal and meta, and every stored blob."""
    h = hashlib.sha256()
    for table in ("meta", "trusted_key", "commune", "appraisal", "approval"):
        for r in hub.db.query(f"SELECT * FROM [{table}] ORDER BY 1, 2"):
            h.update(json.dumps(r, sort_keys=True, default=str).encode())
    for r in hub.db.query("SELECT package_hash, status, seq FROM package_log "
                          "WHERE status = 'applied' ORDER BY id"):
        h.update(json.dumps(r).encode())
    folder = hub.communes_dir
    if folder.exists():
        for f in sorted(folder.rglob("*")):
            if f.is_file() and "attachments" in str(f):
                h.update(f.name.encode() + f.read_bytes())
        for f in sorted(folder.glob("*.ntm.sqlite")):
            code = f.name.split(".")[0]
            wb = hub.replica(code)
            h.update(json.dumps(interchange.dump(wb), sort_keys=True).encode())
            h.update(json.dumps(list(wb.db.query("SELECT seq, hash FROM journal ORDER BY seq"))
                                ).encode())
            h.update(json.dumps(list(wb.db.query("SELECT * FROM meta WHERE key LIKE 'sync.%' "
                                                 "ORDER BY key"))).encode())
    return h.hexdigest()


def commune_state(wb: Workbook) -> str:
    h = hashlib.sha256()
    h.update(json.dumps(interchange.dump(wb), sort_keys=True).encode())
    h.update(json.dumps(list(wb.db.query("SELECT seq, hash FROM journal ORDER BY seq"))).encode())
    h.update(json.dumps(list(wb.db.query("SELECT * FROM meta WHERE key LIKE 'sync.%' OR key LIKE "
                                         "'overlay:%' ORDER BY key"))).encode())
    return h.hexdigest()


# ----------------------------------------------------------------------------- forging
@dataclass
class Parts:
    manifest: dict[str, Any]
    members: list[tuple[str, bytes]]


def split(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = json.loads(zf.read(pk.MANIFEST))
        members = [(i.filename, zf.read(i)) for i in zf.infolist()
                   if i.filename not in (pk.MANIFEST, pk.SIGNATURE)]
    return Parts(manifest, members)


def resign(parts: Parts, key: SigningKey, *, recompute: bool = True,
           manifest_bytes: bytes | None = None) -> bytes:
    """Re-sign (after edits). ``recompute`` refreshes the member list from the members."""
    m = dict(parts.manifest)
    if recompute:
        m["members"] = [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                        for n, b in parts.members]
    mb = manifest_bytes if manifest_bytes is not None else jr.canonical_json(m)
    return pk.package_bytes(mb, key.sign(mb), parts.members)


def raw_zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buf = io.BytesIO()
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for info, data in entries:
                zf.writestr(info, data)
    return buf.getvalue()


def with_extra(data: bytes, info: zipfile.ZipInfo | str, body: bytes = b"x") -> bytes:
    """The package's own entries (signature untouched) plus one more."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [
            (i.filename, zf.read(i)) for i in zf.infolist()]
    return raw_zip([*entries, (info, body)])


def replace_member(data: bytes, name: str, fn: Callable[[bytes], bytes],
                   drop: bool = False) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = []
        for i in zf.infolist():
            body = zf.read(i)
            if i.filename == name:
                if drop:
                    continue
                body = fn(body)
            entries.append((i.filename, body))
    return raw_zip(entries)


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def flip(b: bytes, index: int | None = None, bit: int = 0) -> bytes:
    i = len(b) // 2 if index is None else index
    return b[:i] + bytes([b[i] ^ (1 << bit)]) + b[i + 1:]
