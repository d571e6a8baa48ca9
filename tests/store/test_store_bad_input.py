"""Every bad input gives a clear message naming the field or line and changes nothing."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import time
import unicodedata

import pytest
from helpers import assert_nfc, dump_bytes

from ntm_desktop.core.canonical import canonical_json
from ntm_desktop.core.errors import ConflictError, StorageError, ValidationError
from ntm_desktop.store import (
    assessment,
    backups,
    commune,
    contributions,
    infrastructure,
    interchange,
)
from ntm_desktop.store import workbook as wbmod
from ntm_desktop.store.evaluation_service import catalog_for
from ntm_desktop.store.journal import iter_entries
from ntm_desktop.store.workbook import Workbook


@pytest.fixture
def unchanged(sample_wb):
    """Yields the workbook; afterwards asserts its dump is byte-identical."""
    before = dump_bytes(sample_wb)
    n = sample_wb.count("journal")
    yield sample_wb
    assert dump_bytes(sample_wb) == before
    assert sample_wb.count("journal") == n


def test_negative_road_length(unchanged):
    with pytest.raises(ValidationError) as info:
        infrastructure.save_item(unchanged, {"kind": "road", "name": "Đường âm",
                                             "attrs": {"level": "ngo_xom", "length_km": "-0.5"}})
    assert info.value.field == "length_km" and "Chiều dài" in info.value.message


def test_negative_length_on_edit(unchanged):
    rid = unchanged.sample_ids["infra"]["Mương Nà Héc"]
    with pytest.raises(ValidationError) as info:
        infrastructure.save_item(unchanged, {"id": rid, "attrs": {"length_km": -3}})
    assert info.value.field == "length_km"


@pytest.mark.parametrize("value", ["100.5", "120", 101, "-1"])
def test_percentage_out_of_range(unchanged, value):
    with pytest.raises(ValidationError) as info:
        assessment.set_assessment(unchanged, "17.1", 2024, {"value": value},
                                  catalog=catalog_for(unchanged))
    assert info.value.field == "value" and "100" in info.value.message


def test_percentage_boundaries_are_accepted(sample_wb):
    cat = catalog_for(sample_wb)
    assert assessment.set_assessment(sample_wb, "17.1", 2024, {"value": "100"},
                                     catalog=cat)["value"] == 100
    assert assessment.set_assessment(sample_wb, "17.1", 2024, {"value": "0,0"},
                                     catalog=cat)["value"] == 0


def test_unknown_indicator_code(unchanged):
    with pytest.raises(ValidationError) as info:
        assessment.set_assessment(unchanged, "99.9", 2024, {"value": 1},
                                  catalog=catalog_for(unchanged))
    assert info.value.code == "unknown_indicator" and "99.9" in info.value.message


def test_unknown_catalog(unchanged):
    with pytest.raises(ValidationError) as info:
        commune.save_commune(unchanged, {"criteria_set": "nope"})
    assert info.value.code == "unknown_catalog" and info.value.field == "criteria_set"


def test_contribution_dated_in_the_future(unchanged):
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as info:
        contributions.add_contribution(unchanged, {"date": tomorrow, "contributor": "Hộ ông A",
                                                   "kind": "tien_mat", "quantity": 1000})
    assert info.value.field == "date" and "tương lai" in info.value.message


@pytest.mark.parametrize("who", [None, "", "   "])
def test_contribution_without_contributor(unchanged, who):
    with pytest.raises(ValidationError) as info:
        contributions.add_contribution(unchanged, {"date": "2023-01-01", "contributor": who,
                                                   "kind": "tien_mat", "quantity": 1000})
    assert info.value.field == "contributor"


def test_nfd_input_is_stored_as_nfc(sample_wb):
    wb = sample_wb
    name = unicodedata.normalize("NFD", "Thôn Nậm Mười")
    assert name != unicodedata.normalize("NFC", name)
    v = commune.save_village(wb, {"name": name})
    assert v["name"] == "Thôn Nậm Mười"
    c = contributions.add_contribution(wb, {
        "date": "2023-02-02", "contributor": unicodedata.normalize("NFD", "Hộ bà Lường Thị Ửng"),
        "kind": "vat_lieu", "quantity": 3, "village_id": name,
        "note": unicodedata.normalize("NFD", "Đá hộc")})
    assert c["village_id"] == v["id"]
    item = infrastructure.save_item(wb, {"kind": "other", "name": name,
                                         "attrs": {unicodedata.normalize("NFD", "ghi chú"):
                                                   unicodedata.normalize("NFD", "Đập tràn")}})
    stored = [wb.get("contribution", c["id"]), wb.get("village", v["id"]),
              wb.get("infra_item", item["id"])]
    assert_nfc(stored)
    # the journal carries NFC too (packages and hashes depend on it)
    raw = [canonical_json(e["row"]).decode("utf-8") for e in iter_entries(wb.db)
           if e["entity_id"] in (c["id"], v["id"], item["id"])]
    assert len(raw) == 3 and all(unicodedata.is_normalized("NFC", r) for r in raw)
    # duplicate detection works across normal forms
    with pytest.raises(ValidationError):
        commune.save_village(wb, {"name": "Thôn Nậm Mười"})


# ------------------------------------------------------------------ files
def test_malformed_json(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ntm-workbook/1",\n "tables": {,}}', encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        interchange.read_file(bad)
    assert info.value.code == "bad_json" and "dòng 2" in info.value.message


def test_truncated_json(sample_wb, tmp_path):
    data = dump_bytes(sample_wb)
    f = tmp_path / "cut.json"
    f.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValidationError) as info:
        interchange.read_file(f)
    assert info.value.code == "bad_json" and "cut.json" in info.value.message


@pytest.mark.parametrize("encoding", ["cp1258", "latin-1"])
def test_json_in_another_encoding(tmp_path, encoding):
    text = '{"format": "ntm-workbook/1", "note": "Lò Văn Páo Müller"}'
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = "Müller ñ".join(['{"a": "', '"}']).encode(encoding)
    f = tmp_path / f"x-{encoding}.json"
    f.write_bytes(data)
    with pytest.raises(ValidationError) as info:
        interchange.read_file(f)
    assert info.value.code == "bad_encoding" and "UTF-8" in info.value.message


def test_json_with_nan_is_refused(tmp_path):
    f = tmp_path / "nan.json"
    f.write_text('{"format": "ntm-workbook/1", "x": NaN}', encoding="utf-8")
    with pytest.raises(ValidationError):
        interchange.read_file(f)


def test_load_document_with_bad_row_names_table_row_and_field(sample_wb):
    wb = sample_wb
    before = dump_bytes(wb)
    doc = interchange.dump(wb)
    doc["tables"]["contribution"][2]["quantity"] = -4
    with pytest.raises(ValidationError) as info:
        interchange.load(wb, doc)
    assert "tables.contribution[2].quantity" in info.value.message
    assert dump_bytes(wb) == before


def test_load_document_with_dangling_reference(sample_wb):
    wb = sample_wb
    before = dump_bytes(wb)
    doc = interchange.dump(wb)
    doc["tables"]["infra_item"][0]["village_id"] = "không-có-thôn-này"
    with pytest.raises(ValidationError) as info:
        interchange.load(wb, doc)
    assert info.value.code == "bad_reference" and "tables.infra_item[0].village_id" in str(
        info.value)
    assert dump_bytes(wb) == before


def test_garbage_file_is_not_opened_as_workbook(tmp_path):
    f = tmp_path / "fake.ntm.sqlite"
    f.write_bytes(b"PK\x03\x04 this is a zip, not SQLite" * 10)
    with pytest.raises(StorageError) as info:
        Workbook.open(f)
    assert info.value.code == "corrupt"
    assert f.read_bytes().startswith(b"PK")


# ------------------------------------------------------------------ concurrency
def test_second_writer_gets_conflict_quickly(sample_path, monkeypatch):
    monkeypatch.setattr(wbmod, "BUSY_TIMEOUT_MS", 300)
    wb = Workbook.open(sample_path, daily_backup=False)
    before = dump_bytes(wb)
    other = sqlite3.connect(str(sample_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        t0 = time.monotonic()
        with pytest.raises(ConflictError) as info:
            commune.save_village(wb, {"name": "Thôn Tranh Chấp"})
        elapsed = time.monotonic() - t0
        assert info.value.code == "locked" and "chương trình khác" in info.value.message
        assert 0.25 <= elapsed < 3, elapsed
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dump_bytes(wb) == before
    commune.save_village(wb, {"name": "Thôn Sau Tranh Chấp"})  # works once the lock is gone
    wb.close()


# ------------------------------------------------------------------ full disk
def _enospc(*_a, **_k):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_dump_on_full_disk_leaves_no_partial_file(sample_wb, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "so-du-lieu.json"
    target.write_bytes(b"old complete dump")
    monkeypatch.setattr(os, "fsync", _enospc)
    with pytest.raises(StorageError) as info:
        interchange.dump_file(sample_wb, target)
    assert info.value.code == "write_failed" and "Không ghi được" in info.value.message
    assert _listing(out_dir) == ["so-du-lieu.json"]
    assert target.read_bytes() == b"old complete dump"


def test_dump_when_rename_fails_leaves_no_partial_file(sample_wb, tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    monkeypatch.setattr(os, "replace", _enospc)
    with pytest.raises(StorageError):
        interchange.dump_file(sample_wb, target)
    assert _listing(tmp_path) == [p for p in _listing(tmp_path) if "tmp" not in p]
    assert not target.exists()


def test_backup_on_full_disk(sample_wb, tmp_path, monkeypatch):
    folder = tmp_path / "bk"
    monkeypatch.setattr(os, "replace", _enospc)
    with pytest.raises(StorageError) as info:
        backups.make_backup(sample_wb.db.conn, sample_wb.path, folder, reason="manual")
    assert "sao lưu" in info.value.message
    assert _listing(folder) == []


def test_database_full_rolls_back_with_vietnamese_message(sample_wb):
    """SQLITE_FULL (here through max_page_count) → StorageError, nothing half-written."""
    wb = sample_wb
    before = dump_bytes(wb)
    pages = wb.db.execute("PRAGMA page_count").fetchone()[0]
    wb.db.execute(f"PRAGMA max_page_count = {pages}")
    rows = [{"date": "2023-07-01", "contributor": f"Hộ số {i} " + "x" * 250, "kind": "khac",
             "quantity": 1, "note": "y" * 1900} for i in range(120)]
    with pytest.raises(StorageError) as info:
        contributions.add_many(wb, rows)
    assert info.value.code == "disk_full" and "Ổ đĩa đã đầy" in info.value.message
    wb.db.execute("PRAGMA max_page_count = 1073741823")
    assert dump_bytes(wb) == before
    from ntm_desktop.store.journal import verify_chain
    assert verify_chain(wb.db).ok


def test_file_cut_inside_a_multibyte_letter_is_reported_as_truncated(tmp_path):
    text = '{"format": "ntm-workbook/1", "tables": {"village": [{"name": "Thôn Nà Pàn'
    data = text.encode("utf-8")
    cut = data[: data.index("à".encode()) + 1]  # stop after the first byte of "à"
    f = tmp_path / "cut.json"
    f.write_bytes(cut)
    with pytest.raises(ValidationError) as info:
        interchange.read_file(f)
    assert info.value.code == "bad_json" and "cắt cụt" in info.value.message
