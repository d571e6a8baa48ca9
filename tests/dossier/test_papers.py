"""Papers fit to sign (issue 10): eligibility, no software caveats, legal basis, plausibility,
typography (no word broken inside a cell, the header of a department), photo dates."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from pdf_text import HAVE_POPPLER, page_texts, pdftext
from pypdf import PdfReader

from ntm_desktop.core import vnformat as vf
from ntm_desktop.dossier import eligibility
from ntm_desktop.dossier.compose import (
    DossierRefused,
    build_dossier,
    contents_story,
    qr_story,
)
from ntm_desktop.dossier.data import Photo, collect
from ntm_desktop.dossier.documents import STORIES
from ntm_desktop.dossier.template import data_table, make_styles, render
from ntm_desktop.store.assessment import set_assessment
from ntm_desktop.store.dossier_fields import get_fields, set_fields

pytestmark = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils needed")
CAVEATS = ("chưa xác minh", "chưa kiểm chứng", "mặc định", "sha-256")


def _bbox_words(path: Path) -> list[list[str]]:
    """Words of each page as pdftotext places them (a word broken across lines shows up as
    two fragments)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    pages = re.findall(r"<page [^>]*>(.*?)</page>", html, re.S)
    unescape = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}

    def clean(w: str) -> str:
        for k, v in unescape.items():
            w = w.replace(k, v)
        return w
    return [[clean(w) for w in re.findall(r"<word [^>]*>(.*?)</word>", p)] for p in pages]


def _story_words(flowables) -> set[str]:
    """Every word of every text in a story (paragraphs, table cells, nested flowables)."""
    from reportlab.platypus import KeepTogether, Paragraph, Table
    words: set[str] = set()

    def walk(x) -> None:
        if isinstance(x, str):
            words.update(x.split())
        elif isinstance(x, Paragraph):
            words.update(" ".join(getattr(f, "text", "") for f in x.frags).split())
        elif isinstance(x, Table):
            for row in x._cellvalues:
                for cell in row:
                    walk(cell)
        elif isinstance(x, KeepTogether):
            for y in x._content:
                walk(y)
        elif isinstance(x, list | tuple):
            for y in x:
                walk(y)
        elif hasattr(x, "lines"):          # the QR block's caption lines
            walk(list(x.lines))
    walk(flowables)
    return words


@pytest.fixture(scope="module")
def final(sample, fonts, tmp_path_factory):
    data = collect(sample, 2025)
    out = tmp_path_factory.mktemp("final") / "ho-so.pdf"
    info = build_dossier(data, out, fonts=fonts, invariant=True)
    return data, info, out


# ------------------------------------------------------------------------- eligibility
def test_final_dossier_of_an_ineligible_commune_is_refused_with_the_list(ineligible, fonts,
                                                                         tmp_path):
    data = collect(ineligible, 2025)
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / "x.pdf"
    with pytest.raises(DossierRefused) as exc:
        build_dossier(data, out, fonts=fonts)
    assert not list(outdir.iterdir())
    found = {(p.kind, p.code) for p in exc.value.problems}
    assert ("criterion", "10") in found                        # thu nhập not met
    assert ("condition", "tieu_chi") in found                  # condition 1: every criterion
    assert ("condition", "an_ninh_trat_tu") in found           # condition 4 (QĐ 03/2024)
    assert ("threshold", "12.1") in found                      # no confirmed threshold
    assert ("out_of_range", "11") in found                     # 92,50% multidimensional poverty
    assert "Tiêu chí số 10 (Thu nhập): chưa đạt" in exc.value.message
    assert exc.value.code == "dossier_refused"
    # only a marked draft prints, the list on a separate check page after the dossier
    draft = collect(ineligible, 2025, draft=True)
    info = build_dossier(draft, out, fonts=fonts, invariant=True)
    pages = page_texts(out)
    check_from = info["starts"]["kiem_tra"]
    assert all("DỰ THẢO" in p for p in pages)
    check_text = " ".join(pages[check_from - 1:])
    assert "TRANG KIỂM TRA BẢN DỰ THẢO" in check_text
    assert "Tiêu chí số 10 (Thu nhập): chưa đạt" in check_text
    assert "An toàn về an ninh, trật tự" in check_text
    documents_text = " ".join(pages[:check_from - 1])
    for p in exc.value.problems:
        assert p.text[:40] not in documents_text          # never inside the documents
    for word in CAVEATS:
        assert word not in documents_text.lower(), word


def test_dossier_check_cli_lists_what_fails(tmp_path, capsys):
    import json

    import sample_commune

    from ntm_desktop.cli import main
    p = tmp_path / "wb.ntm.sqlite"
    sample_commune.build(p, photos=0).close()
    assert main(["dossier", "check", "--workbook", str(p), "--year", "2025", "--json"]) == 2
    out = capsys.readouterr().out
    rep = json.loads(out[out.index("{"):])
    kinds = {x["kind"] for x in rep["problems"]}
    assert {"criterion", "condition", "threshold"} <= kinds
    assert any(c["id"] == "an_ninh_trat_tu" and c["met"] is False for c in rep["conditions"])
    assert main(["dossier", "check", "--workbook", str(p), "--year", "2025"]) == 2
    text = capsys.readouterr().out
    assert "Tiêu chí số 10 (Thu nhập): chưa đạt" in text
    assert "Xã đạt tiêu chuẩn “An toàn về an ninh, trật tự”" in text


# --------------------------------------------------------------------- no software caveats
def test_final_documents_carry_no_software_caveats(final):
    data, info, out = final
    text = pdftext(out)
    for word in CAVEATS:
        assert word not in text.lower(), word
    # "(nếu" only inside an indicator's official wording ("(nếu có)"), never an attachment's
    # condition ("(nếu xã được hình thành từ sắp xếp năm 2025)")
    assert re.findall(r"\(nếu(?! có\))", text) == []
    assert "Mã hồ sơ: " in text and "DỰ THẢO" not in text
    assert "TRANG KIỂM TRA" not in text


def test_legal_basis_by_number_and_date(final):
    data, info, out = final
    s = info["starts"]
    to_trinh = pdftext(out, s["to_trinh"], s["bao_cao_ket_qua"] - 1)
    assert ("Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành "
            "Bộ tiêu chí quốc gia về xã nông thôn mới") in to_trinh
    assert "Căn cứ Bộ tiêu chí quốc gia" not in to_trinh
    report = pdftext(out, s["bao_cao_ket_qua"], s["bao_cao_y_kien"] - 1)
    assert "theo Quyết định số 318/QĐ-TTg ngày 08/3/2022" in report


def test_conditional_attachment_only_when_its_condition_holds(sample):
    saved = get_fields(sample)
    try:
        set_fields(sample, {"dossier.checklist": "tinh-2025"})
        titles = [d.title for d in collect(sample, 2025).documents]
        assert "Văn bản về sắp xếp đơn vị hành chính" not in titles
        set_fields(sample, {"dossier.sap_xep_2025": "có"})
        titles = [d.title for d in collect(sample, 2025).documents]
        assert "Văn bản về sắp xếp đơn vị hành chính" in titles
        assert all("(nếu" not in t for t in titles)
        # after 7/2025 the province's own decision is a field, cited in "Căn cứ"
        missing = {p.code for p in eligibility.problems(collect(sample, 2025))}
        assert "dossier.quyet_dinh_tinh" in missing
    finally:
        set_fields(sample, {k: saved.get(k) for k in ("dossier.checklist",
                                                      "dossier.sap_xep_2025")})


# -------------------------------------------------------------------------- plausibility
def test_value_outside_its_plausible_range_blocks_until_confirmed(sample, fonts, tmp_path):
    from ntm_desktop.store.evaluation_service import catalog_for
    cat = catalog_for(sample)
    assert cat.indicator("10").plausible_range == (5.0, 300.0)
    set_assessment(sample, "10", 2025, {"value": 520.0}, catalog=cat)   # 520 triệu/người/năm
    try:
        data = collect(sample, 2025)
        found = [p for p in eligibility.problems(data) if p.kind == "out_of_range"]
        assert [p.code for p in found] == ["10"] and "5–300 triệu đồng/người/năm" in found[0].text
        with pytest.raises(DossierRefused):
            build_dossier(data, tmp_path / "x.pdf", fonts=fonts)
        set_fields(sample, {"xac_nhan.10": "Đã kiểm tra lại phiếu điều tra thu nhập"})
        assert eligibility.problems(collect(sample, 2025)) == []
    finally:
        set_assessment(sample, "10", 2025, {"value": 52.3}, catalog=cat)
        set_fields(sample, {"xac_nhan.10": None})


# ---------------------------------------------------------------------------- typography
def test_no_word_is_broken_inside_a_table_cell(final, fonts):
    """Every word on every page is a whole word of some text of the dossier: a word broken
    across two lines of a cell ("đ|ồng/người/n|ăm") would show up as fragments."""
    data, info, out = final
    st = make_styles(fonts)
    story = [*contents_story(data, st), *qr_story(data, st)]
    for doc in (x for x in data.documents if x.generated):
        story += STORIES[doc.id](data, st)
    known = _story_words(story) | set(data.verification.footer.split()) | {"Tờ"}
    for n, words in enumerate(_bbox_words(out), start=1):
        for w in words:
            if re.fullmatch(r"\d+(/\d+)?", w):      # page numbers, "Tờ n/N", contents sheets
                continue
            assert w in known, (n, w)


def test_narrow_column_is_widened_to_hold_its_longest_word(fonts, tmp_path):
    st = make_styles(fonts)
    long_word = "đồng/người/năm"
    t = data_table(st, ["Mức", "Ghi chú"], [[f"≥ 41,2 triệu {long_word}", "x"]], [0.06, 0.94])
    pdf, _ = render([t], fonts=fonts, title="t", invariant=True)
    path = tmp_path / "t.pdf"
    path.write_bytes(pdf)
    assert long_word in _bbox_words(path)[0]
    from reportlab.pdfbase.pdfmetrics import stringWidth
    assert t._colWidths[0] >= stringWidth(long_word, fonts.regular, 11)


def test_header_of_a_department_under_the_province(replica_wb, fonts, tmp_path):
    from ntm_desktop.dossier import appraisal
    rep = appraisal.compute(replica_wb, {}, 2025)
    out = tmp_path / "a.pdf"
    appraisal.build_appraisal_report(
        rep, out, fonts=fonts, invariant=True, number="88", date=dt.date(2025, 12, 15),
        issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN/SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    text = pdftext(out, 1, 1)
    assert "Số: 88/BC-SNNMT" in text
    assert "Lạng Sơn, ngày 15 tháng 12 năm 2025" in text
    assert "Sở Nông Nghiệp" not in text
    # the lines of the header: names break only between words that belong apart
    layout = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-"],
                            check=True, capture_output=True).stdout.decode("utf-8")
    lines = [ln.strip() for ln in layout.splitlines() if ln.strip()]
    assert any(ln.startswith("ỦY BAN NHÂN DÂN") for ln in lines)
    assert any(ln.startswith("TỈNH LẠNG SƠN") for ln in lines)
    assert not any(ln.endswith("LẠNG") for ln in lines)
    # the parent body regular (not bold), the issuing body bold
    fonts_of: dict[str, str] = {}

    def visit(txt, cm, tm, font, size):
        if txt.strip() and font:
            fonts_of.setdefault(txt.strip(), str(font.get("/BaseFont")))
    PdfReader(str(out)).pages[0].extract_text(visitor_text=visit)
    parent = [f for t, f in fonts_of.items() if t.startswith("TỈNH LẠNG SƠN")]
    body = [f for t, f in fonts_of.items() if t.startswith("SỞ NÔNG NGHIỆP")]
    assert parent and "Bold" not in parent[0]
    assert body and "Bold" in body[0]


@pytest.fixture(scope="module")
def replica_wb(tmp_path_factory):
    import sample_commune
    wb = sample_commune.build(tmp_path_factory.mktemp("rep") / "r.ntm.sqlite", photos=0,
                              fields=False)
    yield wb
    wb.close()


# ---------------------------------------------------------------------------- photo dates
def test_photo_without_capture_date_is_captioned_with_its_import_date_only_before_the_dossier(
        final):
    data, _, _ = final
    assert data.dossier_date == dt.date(2025, 3, 5)
    before = Photo(9, Path("x.jpg"), "Ảnh", None, None, None, None, None, dt.date(2025, 2, 1))
    after = Photo(10, Path("y.jpg"), "Ảnh", None, None, None, None, None, dt.date(2025, 3, 9))
    taken = Photo(11, Path("z.jpg"), "Ảnh", None, None, None, None, dt.date(2024, 11, 2),
                  dt.date(2025, 3, 9))
    assert eligibility.photo_caption_date(data, before) == "nhập ngày 01/02/2025"
    assert eligibility.photo_caption_date(data, after) is None
    assert eligibility.photo_caption_date(data, taken) == "02/11/2024"
    import dataclasses
    flagged = dataclasses.replace(data, photos=[before, after, taken])
    assert [p.code for p in eligibility.problems(flagged)] == ["10"]


# --------------------------------------------------------------------------- number formats
def test_one_number_format_per_quantity():
    assert vf.trieu(1_352_449_000_000) == "1.352.449"
    assert vf.trieu(342_600_000) == "343"
    assert vf.percent(28.1767) == "28,18%"
    assert vf.km(12.5) == "12,50" and vf.km(0.9) == "0,90"
    assert vf.income(41.2) == "41,2"
    assert vf.dong(1_264_000) == "1.264.000"
    assert vf.count(4) == "04" and vf.count(181) == "181"
    assert vf.rule_number(85) == "85" and vf.rule_number(26.7) == "26,7"


# --------------------------------------------------------------- the verification line works
def test_verify_line_printed_on_the_paper_works_without_a_workbook(tmp_path, capsys):
    """`ntm verify GÓI.ntmpkg --dossier-code …` as printed on the dossier, on a computer that
    has no workbook: the signature and the members are checked with the key the package
    names, and the code is compared with the file."""
    import json

    from ntm_desktop.cli import main

    def run(*args: str):
        rc = main(list(args))
        out = capsys.readouterr().out
        return rc, json.loads(out[out.index("{"):]) if "{" in out else out
    c, empty = str(tmp_path / "c"), str(tmp_path / "khong-co-so")
    assert run("init", "commune", "--code", "20001", "--name", "Xã Cờ Lê", "--data-dir", c,
               "--json")[0] == 0
    assert run("village", "add", "Thôn Một", "--data-dir", c)[0] == 0
    rc, exp = run("export", "-o", str(tmp_path / "p1.ntmpkg"), "--data-dir", c, "--json")
    assert rc == 0
    pkg = str(tmp_path / "p1.ntmpkg")
    rc, v = run("verify", pkg, "--dossier-code", exp["dossier_code"], "--data-dir", empty,
                "--json")
    assert rc == 0 and v["details"]["dossier_code"]["matches"]
    assert v["details"]["key_checked_against_trust"] is False
    assert not (tmp_path / "khong-co-so" / "workbook.ntm.sqlite").exists()
    rc, text = run("verify", pkg, "--dossier-code", exp["dossier_code"], "--data-dir", empty)
    assert rc == 0 and "KHỚP" in text and "Khóa của xã" in text
    rc, v = run("verify", pkg, "--dossier-code", "NTM-20001-0000000000000000",
                "--data-dir", empty, "--json")
    assert rc == 2 and v["error"] == "dossier_mismatch"
    bad = tmp_path / "bad.ntmpkg"
    bad.write_bytes((tmp_path / "p1.ntmpkg").read_bytes()[:-30])
    rc, v = run("verify", str(bad), "--dossier-code", exp["dossier_code"], "--data-dir",
                empty, "--json")
    assert rc == 2


def test_criterion_heading_row_stays_with_its_first_indicator(final):
    """On every page of the detailed table, a criterion's heading row is followed by one of
    its indicator rows on the same page."""
    data, info, out = final
    s = info["starts"]
    heading = re.compile(r"Tiêu chí (\d+)\. ")
    checked = 0
    for page in range(s["bao_cao_ket_qua"], s["bao_cao_y_kien"]):
        layout = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page),
                                 str(out), "-"], check=True,
                                capture_output=True).stdout.decode("utf-8").splitlines()
        for i, line in enumerate(layout):
            m = heading.search(line)
            if not m:
                continue
            code = m.group(1)
            rest = [x for x in layout[i + 1:] if x.strip()]
            assert any(re.match(rf"^\s*{re.escape(code)}(\.\d+)?\s", x) for x in rest), \
                (page, line)
            checked += 1
    assert checked == len(data.criteria)


def test_dates_in_figures_as_the_papers_write_them():
    assert vf.short_date(dt.date(2025, 3, 5)) == "05/3/2025"
    assert vf.short_date(dt.date(2017, 2, 24)) == "24/02/2017"    # January, February: two digits
    assert vf.long_date(dt.date(2022, 8, 2)) == "ngày 02 tháng 8 năm 2022"


def test_national_threshold_cited_by_its_decision(fonts, tmp_path):
    """A threshold of the national decision prints with that decision as its basis (QĐ 1980:
    14.2 for a TDMNPB commune is ≥ 70%), one note per decision."""
    import sample_commune

    from ntm_desktop.dossier.documents import criteria_table
    from ntm_desktop.store.commune import save_commune
    wb = sample_commune.build(tmp_path / "c.ntm.sqlite", photos=0)
    try:
        save_commune(wb, {"code": "02680", "criteria_set": "qd1980-2016"})
        data = collect(wb, 2025, draft=True)
        st = make_styles(fonts)
        pdf, _ = render(criteria_table(data, st), fonts=fonts, title="t", invariant=True)
        out = tmp_path / "t.pdf"
        out.write_bytes(pdf)
        text = pdftext(out)
        assert "≥ 70% (1)" in text
        assert ("Căn cứ mức đạt chuẩn: (1) Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ "
                "tướng Chính phủ.") in text
        assert "(2)" not in text
    finally:
        wb.close()


def test_the_refusal_names_five_problems_and_keeps_all_in_its_detail() -> None:
    from ntm_desktop.dossier.eligibility import Problem
    found = [Problem("missing_field", f"f{i}", "Thiếu thông tin số {n}.", (("n", str(i)),))
             for i in range(1, 9)]
    error = DossierRefused(problems=found)
    assert "8 nội dung chưa đáp ứng" in error.message
    assert "(5) Thiếu thông tin số 5." in error.message
    assert "(6)" not in error.message and "số 6" not in error.message
    assert "ntm dossier check" in error.message and "--draft" not in error.message
    assert [p["code"] for p in error.detail] == [f"f{i}" for i in range(1, 9)]


@pytest.mark.parametrize(("name", "level", "phrase"), [
    ("Tuyên Quang", "tỉnh", "tỉnh Tuyên Quang"),
    ("tỉnh Lào Cai", "tỉnh", "tỉnh Lào Cai"),
    ("Tỉnh Lạng Sơn", "tỉnh", "tỉnh Lạng Sơn"),
    ("Thành phố Hà Nội", "tỉnh", "thành phố Hà Nội"),
    ("huyện Bảo Thắng", "huyện", "huyện Bảo Thắng"),
    ("Vị Xuyên", "huyện", "huyện Vị Xuyên"),
])
def test_a_province_or_district_reads_with_its_level_in_a_sentence(name, level, phrase) -> None:
    from ntm_desktop.dossier.issuer import unit_phrase
    assert unit_phrase(name, level) == phrase
