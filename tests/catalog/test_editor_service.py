"""services.catalog_editor: the draft, its checks, the overlay it makes, differences, Excel,
the hub's draft and published versions, publishing a signed package."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from province_helpers import CITE, DECISION, group2_draft

from ntm_desktop.core import catalog as cat
from ntm_desktop.core.errors import CatalogError, ValidationError
from ntm_desktop.services import catalog_editor as ce
from ntm_desktop.sync import package as pk


def codes(issues, severity="error"):
    return [(i.row, i.column) for i in issues if i.severity == severity]


def test_new_draft_is_the_national_set_unchanged():
    d = ce.new_draft("qd51-2025", province_name="Mẫu")
    assert [r.code for r in d.rows] == [f"{n}.1" for n in range(1, 11)]
    assert d.dimension_values == ("N1", "N2", "N3")
    assert d.title == "Bộ tiêu chí xã nông thôn mới tỉnh Mẫu giai đoạn 2026-2030"
    assert ce.diff_national(d) == []
    issues = ce.validate(d)
    assert codes(issues) == []  # nothing wrong while typing; the decision is a reminder
    assert {i.column for i in issues} == {"decision.number", "decision.date", "decision.issuer"}
    blocking = ce.validate(d, for_publish=True)
    assert {c for _, c in codes(blocking)} == {"decision.number", "decision.date",
                                               "decision.issuer"}


def test_cells_are_checked_as_typed_and_the_row_keeps_the_value():
    d = ce.new_draft("qd51-2025", province_name="Mẫu")
    ce.set_field(d, "1.1", "kind", "percent")
    assert d.row("1.1").comparator == "="  # unchanged until typed
    issues = ce.set_field(d, "1.1", "level.N2", "120")
    assert codes(issues) == [("1.1", "level.N2")]
    assert "0–100" in issues[0].message and "120" in issues[0].message
    assert d.row("1.1").levels["N2"] == 120  # kept, so the draft can be finished later
    issues = ce.set_field(d, "1.1", "level.N2", "85,5")
    assert codes(issues) == []
    assert [i.message for i in issues] == ["Chưa có mức đạt chuẩn cho N1, N3: xã thuộc đó sẽ ở "
                                           "trạng thái “chưa xác định”."]
    assert d.row("1.1").levels["N2"] == 85.5
    ce.set_field(d, "1.1", "kind", "amount")
    ce.set_field(d, "1.1", "level.chung", "1.264")  # Vietnamese thousands
    assert d.row("1.1").levels[""] == 1264
    with pytest.raises(ValidationError) as exc:
        ce.set_field(d, "1.1", "level.N2", "tám mươi")
    assert exc.value.code == "not_a_number"
    with pytest.raises(ValidationError):
        ce.set_field(d, "1.1", "level.TDMNPB", "80")  # a region in a commune-group set
    with pytest.raises(ValidationError):
        ce.set_field(d, "1.1", "code", "1.5")  # national codes are fixed
    issues = ce.set_field(d, "1.1", "kind", "boolean")
    assert d.row("1.1").comparator == "=" and d.row("1.1").unit == ""
    assert ("1.1", "level.chung") in codes(issues)  # 1264 is no “Đạt” level


def test_split_add_remove_restore_and_codes():
    d = ce.new_draft("qd51-2025", province_name="Mẫu")
    rows = ce.split_row(d, "5.1", 3)
    assert [r.code for r in rows] == ["5.1", "5.2", "5.3"]
    assert [r.key for r in rows] == ["5.1", "+5.2", "+5.3"]
    assert rows[1].text.endswith("(phần 2)")
    new = ce.add_row(d, "5", after="5.1", text="Tỷ lệ người dân tham gia bảo hiểm y tế")
    assert new.code == "5.4" and [r.code for r in d.rows if r.criterion == "5"] == \
        ["5.1", "5.4", "5.2", "5.3"]
    ce.set_field(d, new.key, "code", "5.2")
    assert ("+5.2", "code") in codes(ce.row_issues(d, d.row("+5.2"))) or \
        ("5.2", "code") in codes(ce.validate(d))
    ce.set_field(d, new.key, "code", "6.9")
    assert any(i.column == "code" and "5." in i.message for i in ce.row_issues(d, new))
    ce.set_field(d, new.key, "code", "5.9")
    assert ce.remove_row(d, "+5.3") is None and "+5.3" not in [r.key for r in d.rows]
    gone = ce.remove_row(d, "10.1")
    assert gone is not None and gone.removed
    assert any(i.column == "rows" and "10" in i.message for i in codes_full(ce.validate(d)))
    ce.restore_row(d, "10.1")
    assert not d.row("10.1").removed
    with pytest.raises(ValidationError):
        ce.split_row(d, "5.1", 1)


def codes_full(issues):
    return [i for i in issues if i.severity == "error"]


def test_overlay_replaces_placeholders_and_merges_with_legal_basis():
    d = group2_draft()
    assert ce.errors_of(ce.validate(d, for_publish=True)) == []
    doc = ce.to_overlay(d)
    assert doc["decision"] == DECISION and doc["legal_source"] == CITE
    assert doc["remove"] == ["2.1"]  # the placeholder is replaced, not patched
    assert [a["indicator"]["code"] for a in doc["add"]] == ["2.1", "2.2", "2.3"]
    assert "note" not in doc["add"][0]["indicator"]  # the national “chưa kiểm chứng” note
    catalog = ce.check_overlay(doc)
    road = catalog.indicator("2.1")
    assert (road.kind, road.comparator, road.verified) == ("percent", ">=", True)
    assert {t.dimension_value: t.value for t in road.thresholds} == {"N1": 100, "N2": 85.5,
                                                                      "N3": 70}
    assert road.decision is not None and road.decision.cite() == CITE
    assert {t.source for t in road.thresholds} == {CITE}
    assert [i.code for i in catalog.criterion("2").indicators] == ["2.1", "2.2", "2.3"]
    assert catalog.indicator("1.1").decision is None  # untouched national item
    assert catalog.overlays[0].decision.cite() == CITE
    # read back: the same table
    back = ce.draft_from_overlay(doc)
    assert ce.diff_rows(d.rows, back.rows, d.dimension_values) == []
    assert ce.to_overlay(back) == doc


def test_region_set_levels_and_years_and_own_decision():
    d = ce.new_draft("qd318-2022", province_name="Mẫu")
    assert d.dimension == "region" and "DBSCL" in d.dimension_values
    ce.set_header(d, "decision.number", "98/2022/QĐ-UBND")
    ce.set_header(d, "decision.date", "2022-09-15")
    ce.set_header(d, "decision.issuer", "UBND tỉnh Mẫu")
    row = d.row("2.1")
    for column, value in (("level.chung", "90"), ("level.TDMNPB", "70"), ("year", "2023")):
        ce.set_field(d, "2.1", column, value)
    ce.set_field(d, "2.1", "decision.number", "1491/QĐ-BGDĐT")
    issues = ce.set_field(d, "2.1", "decision.issuer", "Bộ Giáo dục và Đào tạo")
    assert ("2.1", "decision.date") in codes(issues)
    ce.set_field(d, "2.1", "decision.date", "06/6/2022")
    assert row.decision == {"number": "1491/QĐ-BGDĐT", "issuer": "Bộ Giáo dục và Đào tạo",
                            "date": "2022-06-06"}
    doc = ce.to_overlay(d)
    catalog = ce.check_overlay(doc)
    ind = catalog.indicator("2.1")
    assert ind.decision.cite() == "Quyết định số 1491/QĐ-BGDĐT ngày 06/6/2022 của Bộ Giáo dục "\
        "và Đào tạo"
    picked = cat.select_threshold(ind, dimension_value="DBSCL", year=2024)
    assert picked.value == 90 and picked.source == ind.decision.cite()
    assert cat.select_threshold(ind, dimension_value="TDMNPB", year=2022) is None  # from 2023
    assert ce.diff_rows(d.rows, ce.draft_from_overlay(doc).rows, d.dimension_values) == []


def test_header_checks():
    d = group2_draft()
    issues = ce.set_header(d, "decision.date", "31/02/2026")
    assert ("decision.date") in [i.column for i in issues if i.severity == "error"]
    issues = ce.set_header(d, "decision.date", "01/01/2999")
    assert any("tương lai" in i.message for i in issues)
    ce.set_header(d, "decision.date", "10/3/2026")
    for name, bad in (("id", "Tỉnh Mẫu"), ("version", "một")):
        ce.set_header(d, name, bad)
        assert name in [c for _, c in codes(ce.validate(d))]
    with pytest.raises(ValidationError):
        ce.set_header(d, "kind", "national")


def test_diff_against_national_and_published(province):
    d = group2_draft()
    national = {c.code: c for c in ce.diff_national(d)}
    assert national["2.1"].what == "changed" and national["2.2"].what == "added"
    fields = dict((f, (b, a)) for f, b, a in national["2.1"].fields)
    assert fields["level.N2"] == ("", "85,5") and fields["kind"] == ("boolean", "percent")
    with province.hub() as hub:
        assert ce.diff_published(hub, d) is None
    ce.publish(province.paths.hub, province.paths.keys, d, province.paths.data_dir)
    with province.hub() as hub:
        d2 = ce.open_draft(hub, "qd51-2025")
        assert d2.version == "1.1.0" and d2.published_version == "1.0.0"
        assert ce.diff_published(hub, d2) == []
        ce.set_field(d2, "2.1", "level.N2", "90")
        ce.set_header(d2, "version", ce.next_version(hub, d2.id))
        changes = ce.diff_published(hub, d2)
    assert d2.version == "1.1.0"
    assert [(c.code, c.fields) for c in changes] == [("2.1", (("level.N2", "85,5", "90"),))]


def test_excel_round_trip_and_bad_cells(tmp_path):
    d = group2_draft()
    out = tmp_path / "bang.xlsx"
    ce.export_xlsx(d, out)
    from openpyxl import load_workbook
    book = load_workbook(out)
    sheet = book["Chỉ tiêu"]
    keys = [c.value for c in sheet[2]]
    road = next(r for r in sheet.iter_rows(min_row=3) if r[keys.index("code")].value == "2.1")
    assert road[keys.index("level.N2")].value == 85.5
    assert road[keys.index("level.N2")].number_format == "#,##0.##"
    assert book["Thông tin"]["B9"].value == "10/3/2026"  # the one date format (vnformat)
    back, issues = ce.import_xlsx(out)
    assert ce.errors_of(issues) == []
    assert ce.to_overlay(back) == ce.to_overlay(d)
    # a typed mistake: named by sheet, line and column; the other cells still read
    road[keys.index("level.N2")].value = "tám mươi"
    road[keys.index("level.N3")].value = 65
    book.save(out)
    back, issues = ce.import_xlsx(out)
    errors = ce.errors_of(issues)
    assert len(errors) == 1
    assert "trang “Chỉ tiêu”, dòng" in errors[0].message and "level.N2" in errors[0].message
    assert back.row("2.1").levels["N3"] == 65


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_excel_hostile_files_are_refused(tmp_path, content):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(content)
    with pytest.raises(ValidationError) as exc:
        ce.import_xlsx(bad)
    assert exc.value.code == "bad_xlsx"


def test_excel_other_workbook_is_refused(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    book.active.title = "Trang tính 1"
    book.save(tmp_path / "khac.xlsx")
    with pytest.raises(ValidationError) as exc:
        ce.import_xlsx(tmp_path / "khac.xlsx")
    assert "Thông tin" in exc.value.message


def test_draft_saved_in_hub(province):
    d = group2_draft()
    with province.hub() as hub:
        ce.save_draft(hub, d)
    with province.hub() as hub:
        again = ce.load_draft(hub, "qd51-2025")
        assert again is not None and again.saved_at
        assert ce.to_overlay(again) == ce.to_overlay(d)
        ce.discard_draft(hub, "qd51-2025")
        assert ce.load_draft(hub, "qd51-2025") is None
        hub.set_meta(ce.DRAFT_META + "qd51-2025", "{not json")
        with pytest.raises(ValidationError):
            ce.load_draft(hub, "qd51-2025")


def test_publish_signs_records_and_refuses_bad_drafts(province, tmp_path):
    d = group2_draft()
    expected = ce.to_overlay(d)
    r = ce.publish(province.paths.hub, province.paths.keys, d, tmp_path)
    pkg_file = Path(r["file"])
    assert pkg_file.name == "NTM-botieuchi-mau-qd51-2025-1.0.0.ntmpkg" and r["seq"] == 1
    with zipfile.ZipFile(pkg_file) as z:
        manifest = json.loads(z.read("manifest.json"))
        overlay = json.loads(z.read(pk.CATALOG))
    assert manifest["kind"] == "catalog" and manifest["catalog"] == {
        "id": "mau-qd51-2025", "version": "1.0.0"}
    assert overlay == expected
    with province.hub() as hub:
        assert [p["version"] for p in ce.published_versions(hub)] == ["1.0.0"]
        assert ce.next_version(hub, d.id) == "1.1.0"
    # the draft goes on as the next version; publishing it unchanged is refused
    assert (d.version, d.published_version) == ("1.1.0", "1.0.0")
    with province.hub() as hub:
        assert ce.load_draft(hub, "qd51-2025").version == "1.1.0"
    with pytest.raises(ValidationError) as exc:
        ce.publish(province.paths.hub, province.paths.keys, d, tmp_path / "lan2.ntmpkg")
    assert exc.value.code == "no_changes"
    # a change under an old version number: refused, nothing written
    ce.set_field(d, "2.1", "level.N2", "90")
    ce.set_header(d, "version", "1.0.0")
    with pytest.raises(ValidationError) as exc:
        ce.publish(province.paths.hub, province.paths.keys, d, tmp_path / "lan2.ntmpkg")
    assert exc.value.code == "version_not_newer"
    assert not (tmp_path / "lan2.ntmpkg").exists()
    # a draft with an error: refused with every issue listed, nothing written
    ce.set_header(d, "version", "1.1.0")
    ce.set_field(d, "2.1", "level.N2", "185")
    with pytest.raises(ValidationError) as exc:
        ce.publish(province.paths.hub, province.paths.keys, d, tmp_path / "lan3.ntmpkg")
    assert exc.value.code == "draft_invalid"
    assert exc.value.detail[0]["row"] == "2.1" and exc.value.detail[0]["column"] == "level.N2"
    assert not (tmp_path / "lan3.ntmpkg").exists()
    with province.hub() as hub:
        assert hub.meta("catalog_seq") == "1"


def test_check_overlay_names_the_path():
    doc = ce.to_overlay(group2_draft())
    doc["add"][0]["indicator"]["thresholds"][0]["value"] = 150
    with pytest.raises(CatalogError) as exc:
        ce.check_overlay(doc)
    assert exc.value.field.startswith("$.add[0].indicator.thresholds")
    doc = ce.to_overlay(group2_draft())
    doc["decision"]["date"] = "2026-13-40"
    with pytest.raises(CatalogError):
        ce.check_overlay(doc)


def test_excel_text_stays_text_and_size_limits(tmp_path):
    d = group2_draft()
    ce.set_field(d, "2.1", "text", "=HYPERLINK(\"http://x\",\"<b>bấm</b>\")")
    out = tmp_path / "bang.xlsx"
    ce.export_xlsx(d, out)
    from openpyxl import load_workbook
    book = load_workbook(out)
    sheet = book["Chỉ tiêu"]
    keys = [c.value for c in sheet[2]]
    road = next(r for r in sheet.iter_rows(min_row=3) if r[keys.index("code")].value == "2.1")
    assert road[keys.index("text")].data_type == "s"  # never a formula
    back, _ = ce.import_xlsx(out)
    assert back.row("2.1").text == d.row("2.1").text
    # too many rows: refused as a whole
    for n in range(ce.MAX_ROWS + 5):
        sheet.append(["5", f"5.{n % 99 + 1}", "x"])
    book.save(out)
    with pytest.raises(ValidationError) as exc:
        ce.import_xlsx(out)
    assert exc.value.code == "too_large"
    # decomposed (NFD) Vietnamese typed in Excel is stored NFC
    import unicodedata
    ce.export_xlsx(group2_draft(), out)
    book = load_workbook(out)
    sheet = book["Chỉ tiêu"]
    road = next(r for r in sheet.iter_rows(min_row=3) if r[keys.index("code")].value == "2.1")
    road[keys.index("text")].value = unicodedata.normalize("NFD", "Tỷ lệ đường xã")
    book.save(out)
    back, _ = ce.import_xlsx(out)
    assert back.row("2.1").text == unicodedata.normalize("NFC", "Tỷ lệ đường xã")
