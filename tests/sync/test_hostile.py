"""Table-driven hostile-package suite: every case is refused with its own error code, nothing
is applied (hub state digest identical), and the file is quarantined with a reason."""

from __future__ import annotations

import hashlib
import json
import unicodedata
import zipfile
from collections.abc import Callable

import pytest
from sync_helpers import (
    World,
    add_photo,
    flip,
    hub_state,
    make_commune,
    replace_member,
    resign,
    split,
    symlink_info,
    with_extra,
)

from ntm_desktop.store import journal as jr
from ntm_desktop.sync import exporter
from ntm_desktop.sync.keys import KeyStore, read_card


def _valid(w: World) -> bytes:
    return w.export().read_bytes()


def _resigned(edit: Callable) -> Callable[[World], bytes]:
    """Edit the parts of a valid package, then sign again with the commune's own key (a
    trusted sender producing bad content: the checks after the signature must catch it)."""
    def make(w: World) -> bytes:
        parts = split(_valid(w))
        edit(parts, w)
        return resign(parts, w.ck)
    return make


def _changes(edit_lines: Callable[[list[bytes]], list[bytes]]) -> Callable:
    def edit(parts, w):
        parts.members = [(n, b"".join(x + b"\n" for x in edit_lines(b.split(b"\n")[:-1]))
                          if n == "changes.jsonl" else b) for n, b in parts.members]
    return _resigned(edit)


def _manifest(fn: Callable[[dict], None]) -> Callable:
    def edit(parts, w):
        fn(parts.manifest)
    return _resigned(edit)


def _raw_manifest(transform: Callable[[bytes], bytes]) -> Callable[[World], bytes]:
    def make(w: World) -> bytes:
        parts = split(_valid(w))
        import hashlib as h
        parts.manifest["members"] = [{"name": n, "size": len(b), "sha256": h.sha256(b).hexdigest()}
                                     for n, b in parts.members]
        mb = transform(jr.canonical_json(parts.manifest))
        return resign(parts, w.ck, recompute=False, manifest_bytes=mb)
    return make


def _entry_edit(fn: Callable[[dict], None]) -> Callable:
    def lines(ls: list[bytes]) -> list[bytes]:
        e = json.loads(ls[0])
        fn(e)
        return [jr.canonical_json(e), *ls[1:]]
    return _changes(lines)


def truncated(w):
    d = _valid(w)
    return d[: len(d) // 2]


def bit_flip_member(name: str) -> Callable[[World], bytes]:
    def make(w):
        add_photo(w.wb, b"\xff\xd8 photo " * 50)
        return replace_member(_valid(w), name if name != "blob" else _blob_name(w), flip)
    return make


def _blob_name(w):
    return "blobs/" + w.wb.rows("attachment")[0]["sha256"]


def untrusted_resign(w):
    parts = split(_valid(w))
    evil = KeyStore(w.root / "evil").generate(role="commune", name="Kẻ gian",
                                             commune_code="10001")
    from ntm_desktop.sync.keys import b64
    parts.manifest["sender"]["key_id"] = evil.key_id
    parts.manifest["sender"]["public_key"] = b64(evil.public_raw)
    return resign(parts, evil)


def wrong_key(w):
    parts = split(_valid(w))
    evil = KeyStore(w.root / "evil").generate(role="commune", name="x", commune_code="10001")
    return resign(parts, evil)  # claims the commune's key id, signed with another key


def revoked(w):
    d = _valid(w)
    w.hub.trust_revoke(w.ck.key_id, "mất máy")
    return d


def other_commune(w):
    """Commune 10002's (trusted) key signs a package claiming to be commune 10001."""
    wb2, ks2, key2 = make_commune(w.root / "c2", code="10002", name="Xã Khác")
    w.hub.trust_add(read_card(json.dumps(ks2.card()).encode()))
    parts = split(_valid(w))
    from ntm_desktop.sync.keys import b64
    parts.manifest["sender"]["key_id"] = key2.key_id
    parts.manifest["sender"]["public_key"] = b64(key2.public_raw)
    wb2.close()
    return resign(parts, key2)


def replay(w):
    p = w.export()
    w.to_hub(p)
    return p.read_bytes()


def stale(w):
    """An older package from a copy of the workbook taken before package 2 was made."""
    w.edit(1)
    w.to_hub(w.export())
    w.wb.copy_to(w.root / "old.sqlite")
    w.edit(2)
    w.to_hub(w.export())
    w.edit(3)
    w.to_hub(w.export())
    from ntm_desktop.store.workbook import Workbook
    old = Workbook.open(w.root / "old.sqlite", daily_backup=False)
    old.set_meta("sync.out_seq", "1")
    from ntm_desktop.store.commune import save_village
    save_village(old, {"name": "Thôn cũ"})
    d = w.export(wb=old).read_bytes()  # package number 2 again, but different: older than 3
    old.close()
    parts = split(d)
    assert parts.manifest["seq"] == 2
    return d


def fork(w):
    w.edit(1)
    w.to_hub(w.export())
    w.wb.copy_to(w.root / "copy.sqlite")
    w.edit(2)
    w.to_hub(w.export())
    from ntm_desktop.store.workbook import Workbook
    other = Workbook.open(w.root / "copy.sqlite", daily_backup=False)
    from ntm_desktop.store.commune import save_village
    save_village(other, {"name": "Thôn song song"})
    d = w.export(wb=other).read_bytes()  # second package number 2 with other content
    other.close()
    return d


def gap(w):
    w.edit(1)
    w.export()  # package 1, never delivered... and the hub has package 0? no: deliver nothing
    w.wb.set_meta("sync.acked_journal_seq", "0")
    w.edit(2)
    return w.export().read_bytes()  # package 2 while the hub has none


def journal_fork(w):
    """Same package chain, but the commune's journal history was rewritten (restored from a
    backup and edited): the replica holds different entries at the same sequence numbers."""
    w.edit(1)
    w.to_hub(w.export())
    parts = split(w.export().read_bytes())  # package 2 covering entries 1..n again
    lines = parts.members[0][1].split(b"\n")[:-1]
    entries = [json.loads(x) for x in lines]
    entries[-1]["author"] = "người khác"
    prev = parts.manifest["journal"]["prev_hash"]
    for e in entries:  # a consistent chain, different from what the hub holds
        prev = jr.entry_hash({**e, "prev_hash": prev})
    parts.members[0] = ("changes.jsonl", b"".join(jr.canonical_json(e) + b"\n" for e in entries))
    parts.manifest["journal"]["head_hash"] = prev
    return resign(parts, w.ck)


def journal_gap(w):
    w.edit(1)
    w.wb.set_meta("sync.acked_journal_seq", "2")  # pretend entries 1-2 were acknowledged
    return _valid(w)


def missing_blob(w):
    add_photo(w.wb, b"photo bytes")
    parts = split(_valid(w))
    parts.members = [(n, b) for n, b in parts.members if not n.startswith("blobs/")]
    return resign(parts, w.ck)


def feedback_to_hub(w):
    w.to_hub(w.export())
    w.hub.record_appraisal("10001", 2025, "1.1", result="agree")
    return w.feedback().read_bytes()


def nfc_nfd(w):
    name = "tài liệu.txt"
    return with_extra(with_extra(_valid(w), unicodedata.normalize("NFC", name)),
                      unicodedata.normalize("NFD", name))


def encrypted_flag(w):
    info = zipfile.ZipInfo("changes.jsonl")
    d = _valid(w)
    d = replace_member(d, "changes.jsonl", lambda b: b, drop=True)
    raw = with_extra(d, info, b"secret")
    # set the "encrypted" bit in both headers of the last entry
    i = raw.rfind(b"PK\x01\x02")
    j = raw.rfind(b"PK\x03\x04")
    raw = bytearray(raw)
    raw[i + 8] |= 1
    raw[j + 6] |= 1
    return bytes(raw)


def bzip2(w):
    info = zipfile.ZipInfo("changes.jsonl")
    info.compress_type = zipfile.ZIP_BZIP2
    return with_extra(replace_member(_valid(w), "changes.jsonl", lambda b: b, drop=True), info,
                      b"{}\n")


def bomb(w):
    return with_extra(_valid(w), "blobs/" + "a" * 64, b"\0" * (20 * 1024 * 1024))


def oversize(w):
    info = zipfile.ZipInfo("blobs/" + "b" * 64)
    info.compress_type = zipfile.ZIP_STORED
    return with_extra(_valid(w), info, b"\1" * (64 * 1024 * 1024 + 1))


def unlisted_blob(w):
    body = b"extra attachment"
    return with_extra(_valid(w), "blobs/" + hashlib.sha256(body).hexdigest(), body)


# ----------------------------------------------------------------------------- issue 12
WEAK_KEY = bytes([1]) + bytes(31)  # the identity point: a "signature" may verify for anything


def _rechain(parts, entries) -> None:
    """Put ``entries`` in ``changes.jsonl`` with a consistent chain and signed head hash (a
    trusted sender producing bad content: only the content checks can catch it)."""
    prev = parts.manifest["journal"]["prev_hash"]
    for e in entries:
        prev = jr.entry_hash({**e, "prev_hash": prev})
    parts.members = [("changes.jsonl", b"".join(jr.canonical_json(e) + b"\n" for e in entries)),
                     *[(n, b) for n, b in parts.members if n != "changes.jsonl"]]
    j = parts.manifest["journal"]
    j.update(head_hash=prev, count=len(entries), to_seq=j["from_seq"] + len(entries) - 1)


def _entries_edit(fn: Callable[[list[dict]], list[dict]]) -> Callable[[World], bytes]:
    def make(w: World) -> bytes:
        parts = split(_valid(w))
        entries = [json.loads(x) for x in parts.members[0][1].split(b"\n")[:-1]]
        _rechain(parts, fn(entries))
        return resign(parts, w.ck)
    return make


def _row_of(entity: str, edit: Callable[[dict], None]) -> Callable[[list[dict]], list[dict]]:
    def fn(entries):
        for e in entries:
            if e["entity"] == entity:
                edit(e["row"])
        return entries
    return fn


def _delete_commune(entries):
    c = next(e for e in entries if e["entity"] == "commune")
    last = entries[-1]
    return [*entries, {**last, "seq": last["seq"] + 1, "entity": "commune",
                       "entity_id": c["entity_id"], "op": "delete", "row": None}]


def _future_hlc(entries):
    for e in entries:
        ms, rest = e["hlc"].split("-", 1)
        e["hlc"] = f"{int(ms) + 30 * 365 * 86400 * 1000:013d}-{rest}"
    return entries


def weak_sender_key(w):
    """A package whose sender key is the identity point (a commune registering it could deny
    its packages later; anyone could "sign" with it)."""
    parts = split(_valid(w))
    from ntm_desktop.sync.keys import b64, key_id
    parts.manifest["sender"].update(public_key=b64(WEAK_KEY), key_id=key_id(WEAK_KEY))
    return resign(parts, w.ck)


def weak_rotation_key(w):
    parts = split(_valid(w))
    from ntm_desktop.sync.keys import b64, key_id
    parts.manifest["key_rotation"] = {
        "old_key_id": key_id(WEAK_KEY), "old_public_key": b64(WEAK_KEY),
        "new_key_id": w.ck.key_id, "new_public_key": b64(w.ck.public_raw),
        "signature": b64(bytes(64))}
    return resign(parts, w.ck)


def signed_by_hub_key(w):
    """Commune data signed with the hub's own key (the manifest claims to be the commune)."""
    parts = split(_valid(w))
    from ntm_desktop.sync.keys import b64
    parts.manifest["sender"].update(key_id=w.hk.key_id, public_key=b64(w.hk.public_raw))
    return resign(parts, w.hk)


def prepended(w):
    return b"\0" + _valid(w)


def appended(w):
    return _valid(w) + b"trailing bytes"


def concatenated(w):
    first = _valid(w)
    w.edit(1)
    return first + w.export().read_bytes()


def zip_comment(w):
    import io
    d = _valid(w)
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(d)) as src, zipfile.ZipFile(buf, "w") as dst:
        for i in src.infolist():
            dst.writestr(i, src.read(i))
        dst.comment = b"hidden"
    return buf.getvalue()


def zip64_rewrap(w):
    """The same signed content rewritten with ZIP64 end records."""
    import io
    d = _valid(w)
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(d)) as src, zipfile.ZipFile(buf, "w") as dst:
        for i in src.infolist():
            info = zipfile.ZipInfo(i.filename, i.date_time)
            info.compress_type = i.compress_type
            info.external_attr = i.external_attr
            with dst.open(info, "w", force_zip64=True) as fh:
                fh.write(src.read(i))
    raw = bytearray(buf.getvalue())
    # a ZIP64 end record + locator before the end record, with the end record's fields set
    # to "see ZIP64" — what other zip writers emit for big archives
    import struct
    eocd_at = len(raw) - 22
    sig, disk, cd_disk, here, total, cd_size, cd_off, clen = struct.unpack(
        "<4s4H2LH", bytes(raw[eocd_at:]))
    z64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, here, total, cd_size,
                      cd_off)
    loc = struct.pack("<4sLQL", b"PK\x06\x07", 0, eocd_at, 1)
    end = struct.pack("<4s4H2LH", sig, 0, 0, 0xFFFF, 0xFFFF, cd_size, 0xFFFFFFFF, 0)
    return bytes(raw[:eocd_at]) + z64 + loc + end


def local_name_mismatch(w):
    d = bytearray(_valid(w))
    at = d.find(b"changes.jsonl", 0, d.find(b"PK\x01\x02"))  # in its local header
    d[at] = ord("C")
    return bytes(d)


def bad_utf8_name(w):
    d = bytearray(with_extra(_valid(w), "zzz"))
    cd = d.rfind(b"PK\x01\x02")
    at = d.find(b"zzz", cd)
    d[at:at + 3] = b"\xff\xfe\xfd"
    d[cd + 9] |= 0x08  # bit 11 (UTF-8 names) is bit 3 of the flags' high byte
    return bytes(d)


def bidi_member(w):
    return with_extra(_valid(w), "anh\u202egpj.exe")


CASES_12: list[tuple[str, Callable[[World], bytes], str]] = [
    ("small-order sender key", weak_sender_key, "weak_key"),
    ("small-order key in a rotation", weak_rotation_key, "weak_key"),
    ("commune data signed with the hub's key", signed_by_hub_key, "own_key"),
    ("byte before the archive", prepended, "bad_framing"),
    ("bytes after the end record", appended, "bad_framing"),
    ("two packages concatenated", concatenated, "bad_framing"),
    ("archive comment", zip_comment, "bad_framing"),
    ("ZIP64 re-wrap", zip64_rewrap, "bad_framing"),
    ("local/central name mismatch", local_name_mismatch, "name_mismatch"),
    ("member name not UTF-8", bad_utf8_name, "bad_member_name"),
    ("bidi override in a member name", bidi_member, "unknown_member"),
    ("terminal escapes in a member name",
     lambda w: with_extra(_valid(w), "blobs/\x1b[2J\x07\rok"), "bad_member_name"),
    ("lone surrogate in a value", _changes(lambda ls: [x.replace("Đông".encode(), b"\\ud800")
                                                      for x in ls]), "bad_text"),
    ("commune code rewritten", _entries_edit(_row_of("commune", lambda r: r.update(
        code="10002", name="Xã Khác"))), "commune_identity"),
    ("commune row deleted", _entries_edit(_delete_commune), "commune_identity"),
    ("text in an integer column", _entries_edit(_row_of("village", lambda r: r.update(
        households="rất nhiều"))), "bad_value"),
    ("number as text", _entries_edit(_row_of("village", lambda r: r.update(
        households="120"))), "bad_value"),
    ("package dated 30 years ahead", _manifest(lambda m: m.update(
        created_at="2056-07-05T08:00:00Z")), "future_date"),
    ("clock values 30 years ahead", _entries_edit(_future_hlc), "future_date"),
]


# ----------------------------------------------------------------------------- issue 12, item 19
# changes.jsonl is read line by line from the file (never whole): the cases below are refused
# with the same codes, in the same order of checks, as when the member was read whole.
def _long_line(entries):
    """A trusted sender's entry longer than a line may be (an infra item whose JSON column
    holds 17 MiB): refused before it is decoded."""
    v = next(e for e in entries if e["entity"] == "village")
    last = entries[-1]
    import random
    text = random.Random(19).randbytes(17 * 1024 * 1024 // 2).hex()  # not compressible 100:1
    row = {"id": "infra-long", "village_id": v["entity_id"], "kind": "other", "name": "Nhà",
           "attrs": {"mô tả": text}, "created_at": v["row"]["created_at"],
           "updated_at": v["row"]["updated_at"]}
    return [*entries, {**last, "seq": last["seq"] + 1, "entity": "infra_item",
                       "entity_id": row["id"], "op": "insert", "row": row}]


def _value_then_malformed(entries):
    """A bad value on an early line and a malformed entry on the last one: the malformed entry
    is what is reported (every entry's form is checked before any value)."""
    _row_of("village", lambda r: r.update(households="rất nhiều"))(entries)
    entries[-1]["op"] = "upsert"
    return entries


def _value_then_sequence(entries):
    """A bad value, and a sequence number that skips: the broken chain is reported first."""
    _row_of("village", lambda r: r.update(households="rất nhiều"))(entries)
    entries[-1]["seq"] += 5
    return entries


def unterminated_last_line(w):
    parts = split(_valid(w))
    parts.members = [(n, b[:-1] if n == "changes.jsonl" else b) for n, b in parts.members]
    return resign(parts, w.ck)


CASES_19: list[tuple[str, Callable[[World], bytes], str]] = [
    ("changes.jsonl line over 16 MiB", _entries_edit(_long_line), "bad_entry"),
    ("last line without its newline", unterminated_last_line, "bad_entry"),
    ("bad value, then a malformed entry", _entries_edit(_value_then_malformed), "bad_entry"),
    ("bad value, then a sequence break", _entries_edit(_value_then_sequence), "chain_broken"),
]


CASES: list[tuple[str, Callable[[World], bytes], str]] = [
    ("empty file", lambda w: b"", "empty_file"),
    ("not a zip", lambda w: b"%PDF-1.4 not a package at all", "not_a_zip"),
    ("truncated file", truncated, "truncated"),
    ("absolute path", lambda w: with_extra(_valid(w), "/etc/passwd"), "absolute_path"),
    ("dot-dot path", lambda w: with_extra(_valid(w), "blobs/../../evil.sh"), "path_traversal"),
    ("windows path", lambda w: with_extra(_valid(w), "C:/evil.dll"), "absolute_path"),
    ("symlink member", lambda w: with_extra(_valid(w), symlink_info("blobs/link"), b"/etc"),
     "symlink"),
    ("duplicate name", lambda w: with_extra(_valid(w), "changes.jsonl", b"{}\n"),
     "duplicate_member"),
    ("names differing by case", lambda w: with_extra(_valid(w), "Changes.jsonl"),
     "name_collision"),
    ("NFC/NFD name trick", nfc_nfd, "name_collision"),
    ("unknown member", lambda w: with_extra(_valid(w), "readme.txt"), "unknown_member"),
    ("directory entry", lambda w: with_extra(_valid(w), "blobs/"), "bad_member_name"),
    ("encrypted member", encrypted_flag, "encrypted_member"),
    ("bzip2 member", bzip2, "bad_compression"),
    ("zip bomb", bomb, "zip_bomb"),
    ("oversize member", oversize, "member_too_large"),
    ("missing manifest", lambda w: replace_member(_valid(w), "manifest.json", bytes, True),
     "missing_manifest"),
    ("missing signature", lambda w: replace_member(_valid(w), "manifest.sig", bytes, True),
     "missing_signature"),
    ("bit flip in signature", lambda w: replace_member(_valid(w), "manifest.sig", flip),
     "bad_signature"),
    ("bit flip in manifest", lambda w: replace_member(_valid(w), "manifest.json",
                                                      lambda b: b.replace(b'"seq":1', b'"seq":3')),
     "bad_signature"),
    ("bit flip in changes.jsonl", bit_flip_member("changes.jsonl"), "hash_mismatch"),
    ("bit flip in a blob", bit_flip_member("blob"), "hash_mismatch"),
    ("member longer than listed", lambda w: replace_member(_valid(w), "changes.jsonl",
                                                           lambda b: b + b" "), "size_mismatch"),
    ("listed member missing", lambda w: replace_member(_valid(w), "changes.jsonl", bytes, True),
     "missing_member"),
    ("unlisted member", unlisted_blob, "unlisted_member"),
    ("re-signed by an untrusted key", untrusted_resign, "unknown_key"),
    ("signed with the wrong key", wrong_key, "bad_signature"),
    ("revoked key", revoked, "key_revoked"),
    ("key of another commune", other_commune, "commune_mismatch"),
    ("future format version", _manifest(lambda m: m.update(format_version=2)),
     "unsupported_version"),
    ("not an NTM manifest", _manifest(lambda m: m.update(format="zip-thing")), "not_a_package"),
    ("future schema version", _manifest(lambda m: m.update(schema_version=99)),
     "unsupported_schema"),
    ("unknown manifest field", _manifest(lambda m: m.update(extra="x")), "unknown_field"),
    ("invalid manifest value", _manifest(lambda m: m.update(seq=0)), "bad_manifest"),
    ("wrong recipient", _manifest(lambda m: m["recipient"].update(key_id="0123456789abcdef")),
     "wrong_recipient"),
    ("stream of another commune", _manifest(lambda m: m.update(stream="commune:99999")),
     "bad_manifest"),
    ("duplicate JSON key", _raw_manifest(lambda b: b[:-1] + b',"kind":"catalog"}'), "bad_json"),
    ("huge number in manifest", _raw_manifest(lambda b: b.replace(b'"seq":1', b'"seq":1' + b"0" * 30)),
     "bad_number"),
    ("NaN in changes", _changes(lambda ls: [x.replace(b'"households":120', b'"households":NaN')
                                           for x in ls]), "bad_number"),
    ("1e999 in changes", _changes(lambda ls: [x.replace(b'"households":120', b'"households":1e999')
                                             for x in ls]),
     "bad_number"),
    ("invalid UTF-8", _changes(lambda ls: [x.replace("Đông".encode(), b"\xc3\x28ng") for x in ls]), "bad_encoding"),
    ("malformed JSON line", _changes(lambda ls: [ls[0][:-5], *ls[1:]]), "bad_json"),
    ("edited entry (head hash kept)", _entry_edit(lambda e: e["row"].update(name="Xã Giả")),
     "chain_broken"),
    ("entry out of sequence", _entry_edit(lambda e: e.update(seq=7)), "chain_broken"),
    ("unknown table", _entry_edit(lambda e: e.update(entity="sqlite_master")), "bad_entry"),
    ("unknown column", _entry_edit(lambda e: e["row"].update(hacked=1)), "unknown_field"),
    ("replay of an imported package", replay, "already_imported"),
    ("older package", stale, "stale_package"),
    ("fork", fork, "fork"),
    ("sequence gap", gap, "sequence_gap"),
    ("journal history rewritten", journal_fork, "journal_fork"),
    ("journal gap", journal_gap, "journal_gap"),
    ("attachment without its file", missing_blob, "missing_blob"),
    ("feedback package sent to the hub", feedback_to_hub, "wrong_kind"),
    *CASES_12,
    *CASES_19,
]


@pytest.mark.parametrize(("make", "code"), [pytest.param(m, c, id=name) for name, m, c in CASES])
def test_hostile_package_is_refused(world, make, code):
    data = make(world)
    path = world.root / "hostile.ntmpkg"
    path.write_bytes(data)
    before = hub_state(world.hub)
    verdict = __import__("ntm_desktop.sync.importer", fromlist=["x"]).verify_file(path, world.hub_rx)
    if code != "wrong_kind":  # verifying one's own outgoing package is allowed
        assert verdict.code == code, verdict.message
    out = world.to_hub(path)
    assert [o.code for o in out] == [code], out[0].message
    assert hub_state(world.hub) == before
    o = out[0]
    if code == "already_imported":
        assert o.status == "duplicate" and o.quarantine is None
    else:
        assert o.status in ("rejected", "set_aside")
        assert o.message and "{" not in o.message
        reason = open(o.quarantine + ".reason.txt", encoding="utf-8").read()
        assert code in reason
        assert open(o.quarantine, "rb").read() == data
        for text in (reason, o.message):  # nothing from the package reaches a reader raw
            assert not any(ord(c) < 32 and c != "\n" or c in "\u202e\u2066\x7f" for c in text)


def test_at_least_thirty_distinct_cases():
    assert len(CASES) >= 30
    assert len({c for _, _, c in CASES}) >= 30


def test_too_many_members(world):
    from ntm_desktop.sync import package as pk
    rx = world.hub_rx
    rx.limits = pk.Limits(max_members=5)
    data = _valid(world)
    for i in range(5):
        data = with_extra(data, f"blobs/{i:064x}")
    path = world.root / "many.ntmpkg"
    path.write_bytes(data)
    before = hub_state(world.hub)
    out = __import__("ntm_desktop.sync.importer", fromlist=["x"]).import_files([path], rx)
    assert [o.code for o in out] == ["too_many_members"]
    assert hub_state(world.hub) == before


def test_commune_refuses_hostile_feedback(world):
    """The way back is checked the same way: an ack that does not match the commune's
    journal, and a feedback package for another commune, are refused."""
    world.to_hub(world.export())
    world.hub.record_appraisal("10001", 2025, "1.1", result="agree")
    parts = split(world.feedback().read_bytes())
    parts.manifest["ack"]["journal_hash"] = "f" * 64
    bad = world.root / "bad-ack.ntmpkg"
    bad.write_bytes(resign(parts, world.hk))
    from sync_helpers import commune_state
    own = world.export()
    before = commune_state(world.wb)
    assert [o.code for o in world.to_commune(bad)] == ["ack_mismatch"]
    parts.manifest["ack"]["journal_hash"] = split(bad.read_bytes()).manifest["ack"]["journal_hash"]
    parts.manifest["recipient"]["commune_code"] = "10002"
    bad.write_bytes(resign(parts, world.hk))
    assert [o.code for o in world.to_commune(bad)] == ["wrong_recipient"]
    assert [o.code for o in world.to_commune(own)] == ["wrong_kind"]
    assert commune_state(world.wb) == before
    exporter  # noqa: B018 - imported for symmetry with other tests
