"""The streamed interchange (issue 12 item 19): the same bytes and the same rules as the in-memory
path, rows written parents first whatever the file's order, nothing written on any error. Peak
memory at 300,000 rows is measured in ``benchmarks/size_bench.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import dump_bytes

from ntm_desktop.cli import main
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.store import contributions, interchange, journal, xlsx
from ntm_desktop.store.schema import DOMAIN_TABLES
from ntm_desktop.store.workbook import Workbook


@pytest.fixture
def fresh(tmp_path):
    with Workbook.open(tmp_path / "fresh.ntm.sqlite", create=True, author="Kiểm thử",
                       daily_backup=False) as wb:
        yield wb


def test_streamed_dump_has_the_in_memory_bytes(sample_wb, tmp_path):
    interchange.dump_file(sample_wb, tmp_path / "a.json")
    assert (tmp_path / "a.json").read_bytes() == interchange.dump_bytes(sample_wb)
    assert list(tmp_path.glob(".*.partial")) == []


def test_stale_partial_files_are_removed(sample_wb, tmp_path):
    stale = tmp_path / ".a.json.12345.partial"
    stale.write_bytes(b"half a dump")
    interchange.dump_file(sample_wb, tmp_path / "a.json")
    assert not stale.exists()


@pytest.mark.parametrize("keep", [0, 3, 20_000])  # rows kept by the scan: none, some, all
def test_load_file_round_trip(sample_wb, fresh, tmp_path, monkeypatch, keep):
    monkeypatch.setattr(interchange, "KEEP_ROWS", keep)
    interchange.dump_file(sample_wb, tmp_path / "a.json")
    counts = interchange.load_file(fresh, tmp_path / "a.json")
    assert sum(counts.values()) == sum(sample_wb.count(t) for t in DOMAIN_TABLES)
    assert dump_bytes(fresh) == dump_bytes(sample_wb)
    assert sum(interchange.load_file(fresh, tmp_path / "a.json").values()) == 0  # idempotent
    assert journal.verify_chain(fresh.db).ok


@pytest.mark.parametrize("keep", [0, 20_000])
def test_rows_are_written_parents_first_whatever_the_file_order(sample_wb, fresh, tmp_path,
                                                                 monkeypatch, keep):
    monkeypatch.setattr(interchange, "KEEP_ROWS", keep)
    doc = json.loads(interchange.dump_bytes(sample_wb))
    tables = doc["tables"]
    # children before their parents, and a minified file
    doc["tables"] = {t: tables[t] for t in ["contribution", "project_item", "project_funding",
                                            "attachment_link", *tables]
                     if t in tables}
    f = tmp_path / "reordered.json"
    f.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    interchange.load_file(fresh, f)
    order = [r["entity"] for r in fresh.db.query("SELECT entity FROM journal ORDER BY seq")]
    first = {t: order.index(t) for t in set(order)}
    assert first["village"] < first["contribution"] and first["project"] < first["contribution"]
    assert first["infra_item"] < first["project_item"]
    assert dump_bytes(fresh) == dump_bytes(sample_wb)


@pytest.mark.parametrize("mutate, code", [
    (lambda d: d.update(format="ntm-workbook/2"), "bad_format"),
    (lambda d: d.update(schema_version=99), "newer_schema"),
    (lambda d: d["tables"].update(unknown=[]), "bad_format"),
    (lambda d: d["tables"].update(village={"a": 1}), "bad_format"),
    (lambda d: d["tables"]["village"].append(7), "bad_row"),
    (lambda d: d["tables"]["village"][0].update(colour="xanh"), "bad_row"),
    (lambda d: d["tables"]["village"].append(dict(d["tables"]["village"][0])), "duplicate"),
    (lambda d: d["tables"]["contribution"][-1].update(kind="vàng"), "invalid"),
    (lambda d: d["tables"]["contribution"][-1].update(village_id="khong-co"), "bad_reference"),
    (lambda d: d["tables"]["commune"].append({**d["tables"]["commune"][0], "id": "x2"}),
     "bad_format"),
    (lambda d: d.pop("tables"), "bad_format"),
])
@pytest.mark.parametrize("keep", [0, 20_000])
def test_streamed_and_in_memory_loads_refuse_alike(sample_wb, fresh, tmp_path, monkeypatch,
                                                   mutate, code, keep):
    monkeypatch.setattr(interchange, "KEEP_ROWS", keep)
    doc = json.loads(interchange.dump_bytes(sample_wb))
    mutate(doc)
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    before = dump_bytes(fresh)
    with pytest.raises(ValidationError) as streamed:
        interchange.load_file(fresh, f)
    with pytest.raises(ValidationError) as in_memory:
        interchange.load(fresh, interchange.read_file(f))
    assert streamed.value.code == in_memory.value.code == code
    assert streamed.value.message == in_memory.value.message
    assert dump_bytes(fresh) == before


def test_other_commune_is_refused_and_nothing_written(sample_wb, tmp_path):
    interchange.dump_file(sample_wb, tmp_path / "a.json")
    with Workbook.open(tmp_path / "other.ntm.sqlite", create=True, daily_backup=False) as other:
        from ntm_desktop.store import commune
        commune.save_commune(other, {"code": "10001", "name": "Xã Khác",
                                     "criteria_set": "qd318-2022"})
        before = dump_bytes(other)
        with pytest.raises(ValidationError) as err:
            interchange.load_file(other, tmp_path / "a.json")
        assert err.value.code == "other_commune" and dump_bytes(other) == before


@pytest.mark.parametrize("data, code, words", [
    (b"", "empty_file", "rỗng"),
    (b"  \n ", "empty_file", "rỗng"),
    (b'{"format": "ntm-workbook/1",\n "tables": {,}}', "bad_json", "dòng 2"),
    (b'{"format": "ntm-workbook/1", "x": NaN}', "bad_number", ""),
    (b'{"format": "L\xf2 V\xe0n"}', "bad_encoding", "vị trí 13"),
    ('{"tables": {"village": [{"name": "Thôn Nà'.encode()[:-1], "bad_json", "cắt cụt"),
    (b"[1, 2]", "bad_format", ""),
])
def test_broken_files(fresh, tmp_path, data, code, words):
    f = tmp_path / "x.json"
    f.write_bytes(data)
    for run in (interchange.scan_file, lambda p: interchange.load_file(fresh, p)):
        with pytest.raises(ValidationError) as err:
            run(f)
        assert err.value.code == code and words in err.value.message


def test_big_broken_file_names_the_byte(fresh, tmp_path, monkeypatch):
    monkeypatch.setattr(interchange, "PRECISE_ERROR_BYTES", 0)  # as for a 40 MB file
    f = tmp_path / "x.json"
    f.write_bytes(b'{"format": "ntm-workbook/1",\n "tables": {,}}')
    with pytest.raises(ValidationError) as err:
        interchange.load_file(fresh, f)
    assert err.value.code == "bad_json" and "byte" in err.value.message
    assert "x.json" in err.value.message


def test_bom_is_accepted(sample_wb, fresh, tmp_path):
    f = tmp_path / "bom.json"
    f.write_bytes(b"\xef\xbb\xbf" + interchange.dump_bytes(sample_wb))
    interchange.load_file(fresh, f)
    assert dump_bytes(fresh) == dump_bytes(sample_wb)


def test_streamed_xlsx_round_trip_and_line_numbers(sample_wb, fresh, tmp_path):
    f = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    xlsx.scan_xlsx(f)
    xlsx.load_xlsx_file(fresh, f)
    assert dump_bytes(fresh) == dump_bytes(sample_wb)
    from openpyxl import load_workbook
    book = load_workbook(f)
    ws = book["Đóng góp"]
    keys = [c.value for c in ws[2]]
    bad = [None] * len(keys)
    bad[keys.index("date")], bad[keys.index("contributor")] = "2023-01-01", "Hộ ông B"
    bad[keys.index("kind")], bad[keys.index("quantity")] = "tien_mat", "nhiều"
    ws.append(bad)
    line = ws.max_row
    book.save(f)
    before = dump_bytes(fresh)
    with pytest.raises(ValidationError) as err:
        xlsx.load_xlsx_file(fresh, f)
    assert f"trang “Đóng góp”, dòng {line}, cột quantity" in str(err.value)
    assert dump_bytes(fresh) == before


def test_cli_load_of_a_bad_row_leaves_no_new_workbook(sample_wb, tmp_path, capsys):
    doc = json.loads(interchange.dump_bytes(sample_wb))
    doc["tables"]["contribution"][-1]["kind"] = "vàng"
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "moi.ntm.sqlite"
    rc = main(["load", str(f), "--workbook", str(target), "--data-dir", str(tmp_path / "d")])
    assert rc == 2 and "tables.contribution" in capsys.readouterr().err
    assert not target.exists() and not Path(str(target) + "-wal").exists()
    # a broken file is reported before anything is created
    (tmp_path / "cut.json").write_bytes(interchange.dump_bytes(sample_wb)[:500])
    assert main(["load", str(tmp_path / "cut.json"), "--workbook", str(target),
                 "--data-dir", str(tmp_path / "d")]) == 2
    assert not target.exists()


def test_bulk_load_does_not_hold_every_entry(fresh, tmp_path):
    rows = [{"date": "2023-01-01", "contributor": f"Hộ số {i}", "kind": "tien_mat",
             "quantity": 1000 + i} for i in range(2500)]
    with Workbook.open(tmp_path / "src.ntm.sqlite", create=True, daily_backup=False) as src:
        contributions.add_many(src, rows)
        interchange.dump_file(src, tmp_path / "many.json")
    held: list[int] = []
    real_put = fresh.put

    def spy(*a, **k):
        held.append(len(fresh._committed))
        return real_put(*a, **k)

    fresh.put = spy  # type: ignore[method-assign]
    interchange.load_file(fresh, tmp_path / "many.json")
    assert len(held) == 2500 and max(held) <= 1000
