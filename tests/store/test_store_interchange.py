"""dump → load into a fresh workbook → dump gives the same document (JSON and Excel)."""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile

import pytest
from helpers import assert_nfc, dump_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.store import interchange, xlsx
from ntm_desktop.store import journal as jr
from ntm_desktop.store.workbook import Workbook


def _fresh(tmp_path, name="fresh"):
    return Workbook.open(tmp_path / name / "w.ntm.sqlite", create=True, author="Nạp")


def test_json_round_trip_gives_the_same_document(sample_wb, tmp_path):
    f = tmp_path / "so.json"
    interchange.dump_file(sample_wb, f)
    data = f.read_bytes()
    assert "Xã Minh Tân".encode() in data and "Bản Khuổi Sáp".encode() in data  # not \u-escaped
    with _fresh(tmp_path) as wb2:
        counts = interchange.load(wb2, interchange.read_file(f))
        assert counts["village"] == 4 and counts["contribution"] == 6
        assert dump_bytes(wb2) == data
        assert jr.verify_chain(wb2.db).ok
        assert wb2.count("journal") == sum(counts.values())


def test_loading_twice_writes_nothing_the_second_time(sample_wb, tmp_path):
    doc = interchange.dump(sample_wb)
    with _fresh(tmp_path) as wb2:
        interchange.load(wb2, json.loads(json.dumps(doc)))
        n, before = wb2.count("journal"), dump_bytes(wb2)
        counts = interchange.load(wb2, json.loads(json.dumps(doc)))
        assert sum(counts.values()) == 0
        assert wb2.count("journal") == n and dump_bytes(wb2) == before


def test_loading_own_dump_into_itself_is_a_no_op(sample_wb):
    n = sample_wb.count("journal")
    assert sum(interchange.load(sample_wb, interchange.dump(sample_wb)).values()) == 0
    assert sample_wb.count("journal") == n


def test_load_updates_changed_rows_only(sample_wb, tmp_path):
    doc = interchange.dump(sample_wb)
    with _fresh(tmp_path) as wb2:
        interchange.load(wb2, doc)
        v = doc["tables"]["village"][0]
        v["households"] += 1
        v["updated_at"] = "2030-01-01T00:00:00.000Z"
        counts = interchange.load(wb2, doc)
        assert sum(counts.values()) == 1 and counts["village"] == 1
        assert wb2.get("village", v["id"])["households"] == v["households"]


def test_load_refuses_another_communes_file(sample_wb, tmp_path):
    doc = interchange.dump(sample_wb)
    doc["tables"]["commune"][0]["id"] = "khac-xa"
    before = dump_bytes(sample_wb)
    with pytest.raises(ValidationError) as info:
        interchange.load(sample_wb, doc)
    assert info.value.code == "other_commune"
    assert dump_bytes(sample_wb) == before


def test_nfd_document_is_loaded_as_nfc(sample_wb, tmp_path):
    text = dump_bytes(sample_wb).decode("utf-8")
    f = tmp_path / "nfd.json"
    f.write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    doc = interchange.read_file(f)
    assert_nfc(doc)
    with _fresh(tmp_path) as wb2:
        interchange.load(wb2, doc)
        assert dump_bytes(wb2) == dump_bytes(sample_wb)


# ------------------------------------------------------------------ property: round trip
_vi = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ "
                                             "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
                                             "ùủũúụừửữứựỳỷỹýỵ–“”'0123456789,.-")),
              min_size=1, max_size=40).filter(lambda s: s.strip())


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_vi, min_size=1, max_size=6, unique_by=lambda s: s.strip()),
       qty=st.lists(st.floats(min_value=0.01, max_value=1e9, allow_nan=False), min_size=1,
                    max_size=5),
       form=st.sampled_from(["NFC", "NFD"]))
def test_property_round_trip(tmp_path_factory, names, qty, form):
    from ntm_desktop.store import commune, contributions
    base = tmp_path_factory.mktemp("rt")
    with Workbook.open(base / "a.ntm.sqlite", create=True) as wb:
        ids = [commune.save_village(wb, {"name": unicodedata.normalize(form, n)})["id"]
               for n in names]
        contributions.add_many(wb, [
            {"date": "2023-01-01", "contributor": unicodedata.normalize(form, names[i % len(names)]),
             "kind": "vat_lieu", "quantity": q, "village_id": ids[i % len(ids)]}
            for i, q in enumerate(qty)])
        data = dump_bytes(wb)
    with Workbook.open(base / "b.ntm.sqlite", create=True) as wb2:
        interchange.load(wb2, interchange.parse_bytes(data))
        assert dump_bytes(wb2) == data
        assert sum(interchange.load(wb2, interchange.parse_bytes(data)).values()) == 0


# ------------------------------------------------------------------ Excel
def test_xlsx_round_trip_gives_the_same_document(sample_wb, tmp_path):
    f = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    assert zipfile.is_zipfile(f)
    doc = xlsx.read_xlsx(f)
    with _fresh(tmp_path) as wb2:
        interchange.load(wb2, doc)
        assert json.loads(dump_bytes(wb2)) == json.loads(dump_bytes(sample_wb))
        assert dump_bytes(wb2) == dump_bytes(sample_wb)
        assert sum(interchange.load(wb2, xlsx.read_xlsx(f)).values()) == 0


def test_xlsx_text_starting_with_equals_is_not_a_formula(sample_wb, tmp_path):
    from ntm_desktop.store import commune
    commune.save_village(sample_wb, {"name": "=HYPERLINK(\"http://x\")"})
    f = tmp_path / "f.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    names = {r["name"] for r in xlsx.read_xlsx(f)["tables"]["village"]}
    assert "=HYPERLINK(\"http://x\")" in names


def test_truncated_xlsx_is_refused(sample_wb, tmp_path):
    f = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    data = f.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(ValidationError) as info:
        xlsx.read_xlsx(cut)
    assert info.value.code == "bad_xlsx" and "cut.xlsx" in info.value.message


@pytest.mark.parametrize("payload", [b"", b"not a spreadsheet at all",
                                     b"PK\x03\x04garbage-zip-header", "Tên,Số hộ\nThôn A,3\n".encode()])
def test_non_xlsx_file_is_refused(tmp_path, payload):
    f = tmp_path / "fake.xlsx"
    f.write_bytes(payload)
    with pytest.raises(ValidationError) as info:
        xlsx.read_xlsx(f)
    assert info.value.code == "bad_xlsx"


def test_zip_that_is_not_a_workbook_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "xin chào")
    f = tmp_path / "zip.xlsx"
    f.write_bytes(buf.getvalue())
    with pytest.raises(ValidationError):
        xlsx.read_xlsx(f)


def test_xlsx_with_bad_cell_names_sheet_row_and_field(sample_wb, tmp_path):
    from openpyxl import load_workbook
    f = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    book = load_workbook(f)
    sheet = book[xlsx.SHEET_TITLES["village"]]
    col = [c.value for c in sheet[2]].index("households") + 1
    sheet.cell(row=4, column=col, value="-7")
    book.save(f)
    doc = xlsx.read_xlsx(f)
    before = dump_bytes(sample_wb)
    with pytest.raises(ValidationError) as info:
        interchange.load(sample_wb, doc)
    assert "village" in info.value.message and "households" in info.value.message
    assert dump_bytes(sample_wb) == before


def test_xlsx_row_one_has_a_vietnamese_title_for_every_column(sample_wb, tmp_path):
    from openpyxl import load_workbook
    f = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    book = load_workbook(f, read_only=True)
    for table, title in xlsx.SHEET_TITLES.items():
        rows = list(book[title].iter_rows(min_row=1, max_row=2, values_only=True))
        untitled = [key for title_, key in zip(*rows, strict=True) if title_ == key]
        assert not untitled, (table, untitled)
    infra = list(book["Hạ tầng"].iter_rows(min_row=1, max_row=2, values_only=True))
    titles = dict(zip(infra[1], infra[0], strict=True))
    assert titles["attrs.length_km"] == "Chiều dài (km)"
    assert titles["attrs.level"] == "Cấp"


def _append_row(path, out, sheet, **values):
    from openpyxl import load_workbook
    book = load_workbook(path)
    ws = book[sheet]
    keys = [c.value for c in ws[2]]
    ws.append([values.get(k) for k in keys])
    line = ws.max_row
    book.save(out)
    return line


def test_xlsx_row_typed_without_id_is_added_once(sample_wb, tmp_path):
    f = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    new = tmp_path / "new.xlsx"
    _append_row(f, new, "Thôn", name="Thôn Mới Lập", households=42)
    assert xlsx.load_xlsx(sample_wb, new)["village"] == 1
    assert xlsx.load_xlsx(sample_wb, new)["village"] == 0  # same file again: no duplicate
    rows = sample_wb.rows("village", "name = ?", ["Thôn Mới Lập"])
    assert len(rows) == 1 and rows[0]["households"] == 42 and rows[0]["created_at"]


def test_xlsx_bad_row_names_sheet_line_and_column(sample_wb, tmp_path):
    f = tmp_path / "so.xlsx"
    xlsx.dump_xlsx(sample_wb, f)
    bad = tmp_path / "bad.xlsx"
    line = _append_row(f, bad, "Đóng góp", contributor="Hộ ông A", kind="tien_mat",
                       quantity=-5, date="2025-03-01")
    before = dump_bytes(sample_wb)
    with pytest.raises(ValidationError) as info:
        xlsx.load_xlsx(sample_wb, bad)
    assert f"trang “Đóng góp”, dòng {line}, cột quantity" in str(info.value)
    assert "tables." not in str(info.value)
    assert info.value.fmt_args.get("where", "").startswith("trang “Đóng góp”")
    assert dump_bytes(sample_wb) == before
