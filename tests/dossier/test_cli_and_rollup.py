"""CLI commands, the appraiser's roll-up (JSON/PDF/XLSX) and the appraisal report."""

from __future__ import annotations

import json

import pytest
import sample_commune
from pdf_text import HAVE_POPPLER, is_nfc, pdftext

from ntm_desktop.cli import main
from ntm_desktop.core import vnformat as vf
from ntm_desktop.dossier import appraisal, rollup
from ntm_desktop.dossier.rollup import Band, CriterionCount, band_sentence, criterion_sentence
from ntm_desktop.store.commune import save_commune
from ntm_desktop.store.evaluation_service import evaluate


# ------------------------------------------------------------------- wording of the reports
def test_sentences_match_provincial_reports():
    # Lạng Sơn, 7 tháng 2020: "Số xã đạt 15-18 tiêu chí có 04/181 xã, chiếm 2,21%"
    b = Band(15, 18, rollup.band_label(15, 18), 4, vf.share(4, 181))
    assert band_sentence(b, 181) == "Số xã đạt 15-18 tiêu chí có 04/181 xã, chiếm 2,21%"
    b = Band(19, 19, rollup.band_label(19, 19), 51, vf.share(51, 181))
    assert band_sentence(b, 181) == "Số xã đạt 19 tiêu chí có 51/181 xã, chiếm 28,18%"
    # Lạng Sơn 6 tháng 2017: "Số xã đạt dưới 5 tiêu chí còn 46/207 xã chiếm 22,22%"
    b = Band(0, 4, rollup.band_label(0, 4), 46, vf.share(46, 207))
    assert band_sentence(b, 207) == "Số xã đạt dưới 5 tiêu chí còn 46/207 xã, chiếm 22,22%"
    # Lạng Sơn 2018: "có 58/207 xã đạt tiêu chí về giao thông, chiếm tỷ lệ 28,02%"
    c = CriterionCount("2", "Giao thông", 58, vf.share(58, 207))
    assert criterion_sentence(c, 207) == \
        "có 58/207 xã đạt tiêu chí về giao thông, chiếm tỷ lệ 28,02%"
    assert rollup.parse_bands("19;15-18;10-14;5-9;0-4") == rollup.DEFAULT_BANDS[19]
    assert rollup.default_bands(10) == ((10, 10), (5, 9), (0, 4))
    from ntm_desktop.core.errors import ValidationError
    with pytest.raises(ValidationError):
        rollup.parse_bands("18-15")


@pytest.fixture(scope="module")
def replicas(tmp_path_factory):
    d = tmp_path_factory.mktemp("hub")
    specs = [("02680", "Bản Phiệt", None, 2025), ("02683", "Gia Phú", None, 2025),
             ("02686", "Phong Niên", 2023, None)]
    paths, wbs = [], []
    for code, name, rec, target in specs:
        p = d / f"{code}.ntm.sqlite"
        wb = sample_commune.build(p, photos=0, fields=False)
        save_commune(wb, {"code": code, "name": name, "recognised_year": rec,
                          "target_year": target})
        paths.append(p)
        wbs.append(wb)
    yield paths, wbs
    for wb in wbs:
        wb.close()


def test_rollup_uses_appraisals_then_self_assessment(replicas):
    _, wbs = replicas
    own = evaluate(wbs[0], 2025)
    assert own.criterion("10").status == "chua_dat"
    appraisals = {"02680": {"10": {"result": "disagree", "status": None, "comment": "",
                                   "appraiser": "Sở NN&MT"}},
                  "02686": {"1.1": {"result": "disagree", "status": "chua_dat"}}}
    r = rollup.compute(wbs, appraisals, 2025)
    met = {c.code: c.met_count for c in r.communes}
    assert met["02680"] == own.met_count + 1      # appraiser disagrees with "chưa đạt"
    assert met["02683"] == own.met_count          # not appraised: self-assessment
    assert met["02686"] == own.met_count - 1      # appraiser: 1.1 not met → criterion 1
    assert r.average == round(sum(met.values()) / 3, 2)
    applicable = sum(1 for c in own.criteria for i in c.indicators if i.status != "khong_ap_dung")
    assert r.unappraised == 3 * applicable - 2 and r.applicable == 3 * applicable
    c10 = next(c for c in r.criteria if c.code == "10")
    assert c10.count == 1 and c10.share == vf.share(1, 3)
    assert [c.code for c in r.at_risk] == ["02686"]            # recognised and slipping
    assert [c.code for c in r.registered] == ["02680", "02683"]
    assert r.registered_open == sum(len(c.not_met) + len(c.unknown) for c in r.registered)
    text = "\n".join(rollup.sentences(r))
    assert f"số tiêu chí bình quân 01 xã đạt {vf.number(r.average, 2)} tiêu chí/xã" in text
    assert "có 01/03 xã đạt tiêu chí về thu nhập, chiếm tỷ lệ 33,33%" in text
    assert "qd318-2022" not in text   # the decision is cited, not an internal identifier
    assert "Quyết định số 318/QĐ-TTg ngày 08/3/2022" in text
    assert "Vốn ngân sách trung ương: 10.800 triệu đồng (chiếm 53,73%)" in text
    assert f"Số chỉ tiêu chưa được thẩm định: {r.unappraised}/{r.applicable}" in text
    assert is_nfc(text)


@pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils needed")
def test_report_cli_json_pdf_xlsx_same_content(replicas, tmp_path, capsys):
    paths, _ = replicas
    args = ["report", "--year", "2025", *sum((["--replica", str(p)] for p in paths), [])]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["communes"] == 3 and len(data["criteria"]) == 19
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert main([*args, "--pdf", str(pdf), "--xlsx", str(xlsx), "--invariant"]) == 0
    text = pdftext(pdf)
    for s in data["sentences"][:3]:
        assert s.split(",")[0] in text
    assert "Số: …/BC-UBND" not in text
    for c in data["criteria"]:
        assert f"{c['count']:02d}/03 xã đạt tiêu chí về {c['name'].lower()}" in text
    from openpyxl import load_workbook
    wb = load_workbook(xlsx)
    rows = list(wb["Theo tiêu chí"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[4]) for r in rows] == [(c["code"], c["count"], c["share"])
                                                  for c in data["criteria"]]
    summary = [r[0] for r in wb["Tổng hợp"].iter_rows(values_only=True)]
    assert data["sentences"][1] in summary
    assert "BÁO CÁO" in summary and any(str(x).startswith("Số: ") for x in summary)
    bands = list(wb["Nhóm xã"].iter_rows(min_row=2, values_only=True))
    assert [r[3] for r in bands] == [b["count"] for b in data["bands"]]


@pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils needed")
def test_appraisal_report_for_one_commune(replicas, tmp_path, fonts):
    _, wbs = replicas
    ap = {"10": {"result": "disagree", "status": "dat", "comment": "Đã xác minh thu nhập",
                 "appraiser": "Phòng Kinh tế"},
          "2.1": {"result": "agree", "status": None},
          "6.1": {"result": "agree", "status": None,
                  "comment": "Nhà văn hóa xã đã hoàn thành, đủ diện tích, có sân thể thao; "
                             "biên bản nghiệm thu ngày 12/10/2024 kèm theo hồ sơ"}}
    rep = appraisal.compute(wbs[0], ap, 2025)
    assert rep.final_met == rep.self_met + 1 and rep.disagreements == 1
    out = tmp_path / "a.pdf"
    appraisal.build_appraisal_report(rep, out, fonts=fonts, invariant=True,
                                     issuer="ỦY BAN NHÂN DÂN/TỈNH LÀO CAI", number="88",
                                     signer="Nguyễn Văn A")
    text = pdftext(out)
    assert "Số: 88/BC-UBND" in text and "TỈNH LÀO CAI" in text
    assert "Lào Cai, ngày 31 tháng 12 năm 2025" in text          # place from the issuer
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in text and "Nguyễn Văn A" in text
    assert f"Xã Bản Phiệt tự đánh giá đạt {rep.self_met}/19" in text
    assert "công nhận xã Bản Phiệt đạt chuẩn" in text and "UBND xã Bản Phiệt" in text
    assert f"đạt {rep.final_met}/19 tiêu chí" in text
    assert "Đã xác minh thu nhập" in text and "Không thống nhất" in text
    assert "Thống nhất" in text and "Chưa thẩm định" in text
    assert "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ" in text
    # a long comment goes below the table as a numbered note, not into a narrow cell
    assert "Ghi chú (1)" in text and "(1) Nhà văn hóa xã đã hoàn thành, đủ diện tích" in text


def test_fields_and_dossier_cli(tmp_path, capsys):
    p = tmp_path / "wb.ntm.sqlite"
    sample_commune.build(p, photos=1, fields=False, eligible=True).close()
    wb = ["--workbook", str(p)]
    assert main(["dossier", "check", *wb, "--year", "2025"]) == 2
    assert main(["dossier", "check", *wb, "--year", "2025", "--json"]) == 2
    out = capsys.readouterr().out
    missing = json.loads(out[out.index("{"):])["missing"]
    assert {"signer.name", "to_trinh.number", "to_trinh.date", "bien_ban.votes_for"} <= \
        {m["key"] for m in missing}
    pdf = tmp_path / "hs.pdf"
    assert main(["dossier", "-o", str(pdf), *wb, "--year", "2025"]) == 2
    assert not pdf.exists()
    assert main(["dossier", "fields", "set", *wb, "signer.name=Hoàng Văn Sìn",
                 "to_trinh.date=bad"]) == 2
    sets = [f"{k}={';'.join(v) if isinstance(v, list) else v}"
            for k, v in sample_commune.FULL.fields.items()]
    assert main(["dossier", "fields", "set", *wb, *sets]) == 0
    assert main(["dossier", "fields", "list", *wb, "--json"]) == 0
    capsys.readouterr()
    assert main(["dossier", "fields", "list", *wb, "--json"]) == 0
    listed = {r["key"]: r["value"] for r in json.loads(capsys.readouterr().out)}
    assert listed["bien_ban.members"] == 25 and listed["to_trinh.date"] == "2025-03-05"
    assert listed["recipients"] == sample_commune.FULL.fields["recipients"]
    assert main(["dossier", "check", *wb, "--year", "2025"]) == 0
    assert main(["dossier", "-o", str(pdf), *wb, "--year", "2025"]) == 0
    assert pdf.stat().st_size > 10_000
    one = tmp_path / "tt.pdf"
    assert main(["dossier", "-o", str(one), *wb, "--year", "2025", "--only", "to_trinh"]) == 0
    if HAVE_POPPLER:
        assert "Hoàng Văn Sìn" in pdftext(one) and "Số: 45/TTr-UBND" in pdftext(one)


@pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils needed")
def test_report_on_hub(tmp_path, capsys):
    """``ntm report`` reads the hub: replicas + the appraiser's results recorded there."""
    from ntm_desktop.store.hub import Hub
    hub_file = tmp_path / "hub.ntm.sqlite"
    hub = Hub.open(hub_file, create=True, name="Sở NN&MT Lào Cai", level="province")
    for code, name in (("02680", "Bản Phiệt"), ("02683", "Gia Phú")):
        path = hub.replica_path(code)
        path.parent.mkdir(parents=True, exist_ok=True)
        wb = sample_commune.build(path, photos=0, fields=False)
        save_commune(wb, {"code": code, "name": name})
        wb.close()
        hub.note_commune(code, name=name, key_id="k" + code, seq=1, package_hash="0" * 64,
                         journal_seq=1, journal_hash="0" * 64)
    hub.record_appraisal("02683", 2025, "10", result="disagree", status="dat",
                         comment="Thu nhập đạt", appraiser="Sở NN&MT")
    hub.close()
    assert main(["report", "--hub", str(hub_file), "--year", "2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["communes"] == 2
    met = {c["code"]: (c["met"], c["self_met"]) for c in data["per_commune"]}
    assert met["02683"][0] == met["02683"][1] + 1 and met["02680"][0] == met["02680"][1]
    assert data["appraisal"]["unappraised_indicators"] == \
        data["appraisal"]["applicable_indicators"] - 1
    # the roll-up is issued by the hub, dated at the given place, signed, with "Nơi nhận"
    roll = tmp_path / "tong-hop.pdf"
    assert main(["report", "--hub", str(hub_file), "--year", "2025", "--pdf", str(roll),
                 "--number", "120/BC-SNNMT", "--signer", "Lương Văn Đức", "--date",
                 "15/12/2025", "--place", "Lào Cai", "--recipients",
                 "Văn phòng Điều phối nông thôn mới Trung ương; Lưu: VT"]) == 0
    text = pdftext(roll)
    assert "SỞ NN&MT LÀO CAI" in text and "Số: 120/BC-SNNMT" in text
    assert "Lào Cai, ngày 15 tháng 12 năm 2025" in text
    assert "Nơi nhận:" in text and "Lương Văn Đức" in text and "GIÁM ĐỐC" in text
    assert "- Văn phòng Điều phối nông thôn mới Trung ương; - Lưu: VT." in text
    pdf = tmp_path / "tham-dinh.pdf"
    assert main(["report", "--hub", str(hub_file), "--year", "2025", "--commune", "02683",
                 "--pdf", str(pdf), "--invariant"]) == 0
    text = pdftext(pdf)
    assert "Thu nhập đạt" in text and "Không thống nhất" in text


def test_registered_excludes_communes_already_recognised(replicas):
    """"Xã đăng ký đạt chuẩn năm Y" counts communes not yet recognised (Lào Cai 2024: the
    registered communes and the "lượt tiêu chí" they still have to complete)."""
    import dataclasses
    _, wbs = replicas
    pairs = [rollup.commune_result(wb, {}, 2025) for wb in wbs]
    pairs = [(dataclasses.replace(r, target_year=2025, recognised_year=rec), e)
             for (r, e), rec in zip(pairs, (None, 2025, 2022), strict=True)]
    r = rollup.aggregate(pairs, 2025)
    assert [c.code for c in r.registered] == ["02680", "02683"]   # 02686 recognised in 2022
    assert r.registered_open == sum(len(c.not_met) + len(c.unknown) for c in r.registered)
    text = "\n".join(rollup.sentences(r))
    assert (f"Có 02 xã đăng ký đạt chuẩn nông thôn mới năm 2025: xã Bản Phiệt; xã Gia Phú; "
            f"các xã cần hoàn thành {r.registered_open:02d} lượt tiêu chí chưa đạt.") in text
    # before 7/2025 the communes are named with their district
    r = rollup.aggregate(pairs, 2025, as_of=rollup.AsOf.parse("6/2025", 2025))
    assert "xã Bản Phiệt, huyện Bảo Thắng" in "\n".join(rollup.sentences(r))


def test_issuer_place_signer_and_number():
    from ntm_desktop.dossier.issuer import number_line, place_from, signer_for, xa_phrase
    assert place_from("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") == "Lạng Sơn"
    assert place_from("Sở Nông nghiệp và Môi trường tỉnh Lào Cai") == "Lào Cai"
    assert place_from("ỦY BAN NHÂN DÂN TỈNH …") is None
    assert place_from("CƠ QUAN THẨM ĐỊNH") is None
    assert place_from("Tỉnh Lạng Sơn", bare=True) == place_from("Lạng Sơn", bare=True)
    assert signer_for(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]) == ("TM. ỦY BAN NHÂN DÂN",
                                                                 "CHỦ TỊCH")
    assert signer_for(["UBND TỈNH LÀO CAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"]) == \
        (None, "GIÁM ĐỐC")
    assert signer_for(["UBND HUYỆN BẮC HÀ", "PHÒNG KINH TẾ"]) == (None, "TRƯỞNG PHÒNG")
    assert xa_phrase("Xã Bắc Sơn") == xa_phrase("Bắc Sơn") == "xã Bắc Sơn"
    assert number_line("88", "BC-UBND") == "Số: 88/BC-UBND"
    assert number_line("88/BC-SNNMT", "BC-UBND") == "Số: 88/BC-SNNMT"
    assert number_line(None, "BC") == "Số: …/BC"
    from ntm_desktop.dossier.issuer import place_of, symbol_for
    lang_son = ["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"]
    assert symbol_for(lang_son) == "SNNMT" and place_of(lang_son) == "Lạng Sơn"
    assert symbol_for(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]) == "UBND"
    assert symbol_for(["SỞ NN&MT LÀO CAI"]) == "SNNMT"
    assert symbol_for(["UBND HUYỆN BẮC HÀ", "PHÒNG KINH TẾ"]) == "PKT"


def test_photo_date_falls_back_to_the_day_attached():
    from ntm_desktop.dossier.data import photo_date
    assert photo_date("2025-02-12T08:30:00", "2025-03-01T10:00:00") == "12/02/2025"
    assert photo_date(None, "2025-03-01T10:00:00+07:00") == "nhập ngày 01/3/2025"
    assert photo_date(None, None) is None


# ------------------------------------------------------------- Lạng Sơn, 7 tháng đầu năm 2020
LANG_SON_7_2020 = (
    "Đến hết tháng 7/2020, số tiêu chí bình quân 01 xã đạt 11,66 tiêu chí/xã, cụ thể: Số xã đạt "
    "19 tiêu chí có 51/181 xã, chiếm 28,18%; Số xã đạt 15-18 tiêu chí có 04/181 xã, chiếm 2,21%; "
    "Số xã đạt 10-14 tiêu chí có 36/181 xã, chiếm 19,89%; Số xã đạt từ 5-9 tiêu chí có 90/181 "
    "xã, chiếm 49,72%.")


def _lang_son_2020():
    """181 communes evaluated on the 1980 set: 51 with 19 criteria, 4 with 15-18, 36 with
    10-14, 90 with 5-9 — 2,110 criteria in all (provincial-reports/lang-son-2020-7-months.txt)."""
    from ntm_desktop.core.catalog import load_catalog
    from ntm_desktop.core.evaluation import CommuneProfile, IndicatorInput, evaluate
    cat = load_catalog("qd1980-2016")
    counts = [19] * 51 + [16] * 4 + [12] * 36 + [8] * 15 + [7] * 75
    assert len(counts) == 181 and sum(counts) == 2110
    pairs = []
    for i, met in enumerate(counts):
        inputs = {}
        for k, crit in enumerate(cat.criteria):
            for j, ind in enumerate(crit.indicators):
                status = "dat" if k < met or j > 0 else "chua_dat"
                inputs[ind.code] = IndicatorInput(declared_status=status)
        own = evaluate(cat, CommuneProfile(region="TDMNPB"), 2020, inputs)
        assert own.met_count == met
        recognised = 2020 if i < 2 else (2016 + i % 4 if i < 48 else None)
        c = {"code": f"{i:05d}", "name": ("Cao Minh" if i == 0 else f"Xã số {i}"),
             "old_district_name": "huyện Tràng Định", "recognised_year": recognised,
             "target_year": 2020 if 48 <= i < 51 else None}
        pairs.append(rollup.result_from(c, own, {}))
    return rollup.aggregate(pairs, 2020, as_of=rollup.AsOf.parse("7/2020", 2020))


def test_lang_son_7_2020_paragraph_character_for_character():
    r = _lang_son_2020()
    assert r.n == 181 and sum(c.met_count for c in r.communes) == 2110
    assert rollup.band_paragraph(r) == LANG_SON_7_2020
    text = rollup.sentences(r)
    assert LANG_SON_7_2020 in text
    # recognised communes, lower case mid-sentence with their district (before 7/2025)
    assert text[2].startswith("Có 02 xã được thẩm định công nhận đạt chuẩn nông thôn mới năm "
                              "2020 (xã Cao Minh, huyện Tràng Định; ")
    assert text[2].endswith("nâng tổng số xã đạt chuẩn lên 48 xã.")
    joined = "\n".join(text)
    import re
    assert not re.search(r"\b00/181|\b0,00%", joined)                # empty band left out
    assert "qd1980" not in joined and "Quyết định số 1980/QĐ-TTg ngày 17/10/2016" in joined
    assert "đạt tiêu chí hộ nghèo" in joined                          # phrase from the catalog
    assert "18/2022" not in joined and "thu hồi" not in joined        # not a rule of 2020
    assert "triệu đồng, 0 ngày công" not in joined and "Nhân dân đóng góp" not in joined
    # registered communes exclude those already recognised
    assert "Có 03 xã đăng ký đạt chuẩn nông thôn mới năm 2020" in joined
    # the 2017 report's list form
    lines = rollup.band_paragraph(r, style="list")
    assert lines[0] == "Đến hết tháng 7/2020, số tiêu chí bình quân 01 xã đạt 11,66 tiêu chí/xã, cụ thể:"
    assert lines[-1] == "+ Số xã đạt từ 5-9 tiêu chí có 90/181 xã, chiếm 49,72%."
    assert lines[1].endswith(";")


@pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils needed")
def test_lang_son_7_2020_pdf_and_excel(tmp_path, fonts):
    from openpyxl import load_workbook

    from ntm_desktop.dossier.rollup_writers import write_rollup_pdf, write_rollup_xlsx
    r = _lang_son_2020()
    issuer = "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN/SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    import datetime as dt
    write_rollup_pdf(r, pdf, fonts=fonts, invariant=True, issuer=issuer, number="155",
                     date=dt.date(2020, 8, 14))
    text = pdftext(pdf)
    assert LANG_SON_7_2020 in text
    assert "Số: 155/BC-SNNMT" in text and "Lạng Sơn, ngày 14 tháng 8 năm 2020" in text
    assert "qd1980" not in text and "thu hồi" not in text
    write_rollup_xlsx(r, xlsx, issuer=issuer, number="155", date=dt.date(2020, 8, 14))
    wb = load_workbook(xlsx)
    top = [row[0] for row in wb["Tổng hợp"].iter_rows(values_only=True)]
    assert top[:5] == ["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                       "Số: 155/BC-SNNMT", "Lạng Sơn, ngày 14 tháng 8 năm 2020", None]
    assert LANG_SON_7_2020 in top
    rows = list(wb["Danh sách xã"].iter_rows(values_only=True))
    assert rows[0][0] == "Huyện"                                 # district column before 7/2025
    subtotal = [row for row in rows if str(row[0]).startswith("Cộng huyện Tràng Định")]
    assert subtotal and subtotal[0][1] == "181 xã" and subtotal[0][3] == 11.66
    bands = [row[0] for row in wb["Nhóm xã"].iter_rows(min_row=2, values_only=True)]
    assert "Đạt từ 5-9 tiêu chí" in bands


def test_report_year_defaults_to_latest_with_data_and_refuses_an_empty_year(replicas, capsys):
    paths, _ = replicas
    args = ["report", *sum((["--replica", str(p)] for p in paths), [])]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2025 and data["average_met"] > 0
    assert main([*args, "--year", "2031", "--json"]) == 2
    out = capsys.readouterr()
    assert "Năm 2031 chưa có kết quả đánh giá của xã nào" in out.out + out.err
