"""The commune dossier: text read back against the data, page format, fonts, determinism."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile

import pytest
from pdf_text import HAVE_POPPLER, is_nfc, page_texts, pdftext
from pypdf import PdfReader

from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.dossier_code import dossier_code, package_sha256, qr_payload
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.dossier import documents
from ntm_desktop.dossier.compose import DossierRefused, build_dossier
from ntm_desktop.dossier.data import collect
from ntm_desktop.dossier.template import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP
from ntm_desktop.store.dossier_fields import get_fields, set_fields
from ntm_desktop.store.evaluation_service import evaluate

pytestmark = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils needed")
MM = 72 / 25.4


def test_request_letter_text_matches_data(dossier, sample):
    data, info, out = dossier
    start = info["starts"]["to_trinh"]
    end = info["starts"]["bao_cao_ket_qua"] - 1
    text = pdftext(out, start, end)
    ev = evaluate(sample, data.year)
    f = get_fields(sample)
    for expected in ("ỦY BAN NHÂN DÂN", "XÃ BẢN PHIỆT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", f"Số: {f['to_trinh.number']}/TTr-UBND",
                     "Bản Phiệt, ngày 05 tháng 3 năm 2025", "TỜ TRÌNH",
                     "Về việc đề nghị xét, công nhận xã Bản Phiệt",
                     f"Kính gửi: {f['to_trinh.recipient']}.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                     f["signer.name"], "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                     f"đạt {ev.met_count}/{ev.total} tiêu chí",
                     "có 702/744 hộ được lấy ý kiến hài lòng", vf.percent(702 * 100 / 744),
                     "không có nợ đọng xây dựng cơ bản",
                     "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban "
                     "hành Bộ tiêu chí quốc gia về xã nông thôn mới",
                     "Căn cứ Quyết định số 18/2022/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ",
                     "đạt tiêu chuẩn “An toàn về an ninh, trật tự” theo quy định của Bộ Công an "
                     "(Quyết định số 12/QĐ-CAT ngày 10/01/2025 của Công an tỉnh Lào Cai)"):
        assert expected in text, expected
    assert is_nfc(text)


def test_results_report_and_criteria_table(dossier, sample):
    data, info, out = dossier
    text = pdftext(out, info["starts"]["bao_cao_ket_qua"], info["starts"]["bao_cao_y_kien"] - 1)
    assert is_nfc(text)
    ev = evaluate(sample, data.year)
    for c in ev.criteria:
        assert f"Tiêu chí số {c.code} về {c.name}" in text
    # prose criterion by criterion, as the provincial reports write it
    assert "Về giao thông: đường xã: tỷ lệ chiều dài được cứng hóa" in text
    assert "Đánh giá: đạt tiêu chí về giao thông." in text
    # narrative text entered by the officer, numbers computed from the registry
    assert get_fields(sample)["text.tuyen_truyen"] in text
    assert f"Tổng chiều dài đường giao thông trên địa bàn xã {vf.km(data.roads.total_km)} km" in text
    for v in data.commune.villages:
        assert v.name in text
    assert ("Tổng nguồn lực huy động thực hiện Chương trình xây dựng nông thôn mới trên địa bàn "
            f"xã là {vf.trieu(data.funding.total)} triệu đồng") in text
    assert "Ngân sách trung ương: 3.600 triệu đồng (chiếm 53,73%)" in text
    # the threshold in force with its legal basis (here the test overlay of a province)
    assert "≥ 100% (1)" in text and "Căn cứ mức đạt chuẩn: (1) VÍ DỤ: Quyết định số 9999" in text
    assert "BIỂU CHI TIẾT KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI" in text
    assert "Ảnh 1" in text  # evidence reference to the photo annex


def test_other_documents_text(dossier, sample):
    data, info, out = dossier
    s = info["starts"]
    y = pdftext(out, s["bao_cao_y_kien"], s["bien_ban"] - 1)
    assert "Tổng hợp ý kiến tham gia" in y and get_fields(sample)["text.y_kien.nhan_dan"] in y
    assert "702/744 hộ hài lòng, chiếm 94,35%" in y
    bb = pdftext(out, s["bien_ban"], s["bao_cao_no_dong"] - 1)
    assert "BIÊN BẢN" in bb and "Hồi 08 giờ 00, ngày 03 tháng 3 năm 2025" in bb
    assert "23/25 thành viên, đạt 92,00%" in bb
    assert "Tổng số thành viên được mời: 25; có mặt: 24; vắng mặt: 1." in bb
    nd = pdftext(out, s["bao_cao_no_dong"], s["phu_luc"] - 1)
    assert "Số: 120/BC-UBND" in nd and "Kiên cố hóa kênh mương Nậm Chủ" in nd
    pl = pdftext(out, s["phu_luc"])
    assert "Phụ lục 3. Đóng góp của cộng đồng dân cư" in pl
    assert f"{vf.number(data.contrib.labour_days)} ngày công lao động" in pl
    assert "Ảnh 4. Lễ khánh thành nhà văn hóa thôn Phìn Hồ" in pl


def test_contents_page_lists_start_sheets(dossier):
    data, info, out = dossier
    pages = page_texts(out)
    assert len(pages) == info["pages"]
    assert "MỤC LỤC" in pages[0]
    for item in (x for x in data.documents if x.generated):
        start = info["starts"][item.id]
        assert start > 1
        # the start sheet printed on the contents page (a form filled in at the end)
        assert f"Bản chính {start}" in pages[0], (item.id, start)
    assert "Bản giấy" in pages[0]  # paper-only document of the checklist
    assert "TỜ TRÌNH" in pages[info["starts"]["to_trinh"] - 1]


def test_page_format_margins_and_numbers(dossier):
    data, info, out = dossier
    reader = PdfReader(str(out))
    for p in reader.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        assert abs(w - 595.28) < 0.5 and abs(h - 841.89) < 0.5
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    import re
    page_re = re.compile(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", re.S)
    word_re = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">(.*?)</word>')
    footer_words = set(data.verification.footer.split()) | {"Tờ"}
    pages = page_re.findall(html)
    doc_starts = sorted(info["starts"].values())
    for n, (_, ph, body) in enumerate(pages, start=1):
        ph = float(ph)
        doc_first = max(s for s in doc_starts if s <= n)
        for x0, y0, x1, y1, word in word_re.findall(body):
            x0, y0, x1, y1 = map(float, (x0, y0, x1, y1))
            assert x0 >= MARGIN_LEFT - 1 and x1 <= 595.28 - MARGIN_RIGHT + 1, (n, word, x0, x1)
            if y1 < MARGIN_TOP:  # top margin: only the page number (from a document's 2nd page)
                assert word == str(n - doc_first + 1) and n > doc_first, (n, word)
            elif y0 > ph - MARGIN_BOTTOM:  # bottom margin: only the verification footer
                assert word in footer_words or re.fullmatch(r"\d+/\d+", word), (n, word)
    # no number on the first page of a document, "2" on its second page
    first = [w for w in word_re.findall(pages[info["starts"]["bao_cao_ket_qua"] - 1][2])
             if float(w[3]) < MARGIN_TOP]
    second = [w[4] for w in word_re.findall(pages[info["starts"]["bao_cao_ket_qua"]][2])
              if float(w[3]) < MARGIN_TOP]
    assert first == [] and second == ["2"]


def test_fonts_embedded_liberation_only(dossier):
    _, _, out = dossier
    lines = subprocess.run(["pdffonts", str(out)], check=True,
                           capture_output=True).stdout.decode().splitlines()[2:]
    assert lines
    for line in lines:
        assert "LiberationSerif" in line and " yes yes yes " in line, line


def test_invariant_output_is_byte_identical(sample, fonts):
    data = collect(sample, 2025)
    a, b = io.BytesIO(), io.BytesIO()
    build_dossier(data, a, fonts=fonts, invariant=True)
    build_dossier(collect(sample, 2025), b, fonts=fonts, invariant=True)
    assert a.getvalue() == b.getvalue()
    c = io.BytesIO()
    documents.build_to_trinh(data, c, fonts=fonts, invariant=True)
    d = io.BytesIO()
    documents.build_to_trinh(data, d, fonts=fonts, invariant=True)
    assert c.getvalue() == d.getvalue() and c.getvalue() != a.getvalue()


def test_criteria_table_header_repeats(dossier):
    data, info, out = dossier
    pages = page_texts(out)
    s = info["starts"]
    table_pages = [i for i in range(s["bao_cao_ket_qua"] - 1, s["bao_cao_y_kien"] - 1)
                   if "Tự đánh giá" in pages[i] and "Mức đạt chuẩn" in pages[i]]
    assert len(table_pages) >= 2  # the table spans pages, each starts with the header row
    first = table_pages[0]
    assert table_pages == list(range(first, first + len(table_pages)))


def test_missing_fields_refused_and_draft(sample, fonts, tmp_path):
    saved = get_fields(sample)
    try:
        set_fields(sample, {"signer.name": None, "to_trinh.number": None, "bien_ban.date": None})
        data = collect(sample, 2025)
        outdir = tmp_path / "out"
        outdir.mkdir()
        out = outdir / "x.pdf"
        with pytest.raises(DossierRefused) as exc:
            build_dossier(data, out, fonts=fonts)
        keys = {p.code for p in exc.value.problems}
        assert keys == {"signer.name", "to_trinh.number", "bien_ban.date"}
        assert not out.exists() and not list(outdir.iterdir())
        draft = collect(sample, 2025, draft=True)
        build_dossier(draft, out, fonts=fonts, invariant=True)
        text = pdftext(out)
        assert "DỰ THẢO" in text and "Số: …/TTr-UBND" in text
    finally:
        set_fields(sample, {k: saved.get(k) for k in ("signer.name", "to_trinh.number",
                                                      "bien_ban.date")})


def test_unwritable_output_leaves_nothing(sample, fonts, tmp_path):
    from ntm_desktop.core.errors import StorageError
    data = collect(sample, 2025)
    with pytest.raises(StorageError):
        build_dossier(data, tmp_path / "no-such-dir" / "x.pdf", fonts=fonts)
    # the destination cannot be replaced (it is a folder): nothing is left behind
    target = tmp_path / "adir"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    with pytest.raises(StorageError):
        build_dossier(data, target, fonts=fonts)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_package_link_footer_and_qr(sample, fonts, tmp_path):
    pkg = tmp_path / "xa.ntmpkg"
    import base64

    from ntm_desktop.sync.keys import fingerprint
    public = bytes(range(32))  # the manifest layout of docs/sync-format.md: sender.public_key
    fp = fingerprint(public)
    from ntm_desktop.store.journal import head as journal_head

    def write_package(head_hash: str) -> None:
        with zipfile.ZipFile(pkg, "w") as z:
            z.writestr("manifest.json", json.dumps({
                "sender": {"commune_code": "02680",
                           "public_key": base64.b64encode(public).decode()},
                "journal": {"head_hash": head_hash}}))
            z.writestr("changes.jsonl", "{}\n")

    write_package("0" * 64)  # a package of other (older) data cannot be printed as this paper
    with pytest.raises(ValidationError) as stale:
        collect(sample, 2025, package=pkg)
    assert stale.value.code == "package_outdated"
    write_package(journal_head(sample.conn)[1])
    sha = package_sha256(pkg)
    data = collect(sample, 2025, package=pkg)
    v = data.verification
    assert v.linked and v.code == dossier_code("02680", sha)
    assert v.qr_payload == qr_payload("02680", sha, fp)
    out = tmp_path / "d.pdf"
    info = build_dossier(data, out, fonts=fonts, invariant=True)
    pages = page_texts(out)
    for p in pages:
        assert f"Mã hồ sơ: {v.code}" in p  # every page's footer, in neutral words
    assert fp in pages[-1] and f"ntm verify GÓI.ntmpkg --dossier-code {v.code}" in pages[-1]
    assert "SHA-256" not in " ".join(pages)
    assert info["dossier_code"] == v.code
    unlinked = collect(sample, 2025)
    assert not unlinked.verification.linked
    assert unlinked.verification.footer == f"Mã hồ sơ: {unlinked.verification.code}"
    from ntm_desktop.store.journal import head
    assert unlinked.verification.journal_head == head(sample.conn)[1]
    assert f"journal_sha256={head(sample.conn)[1]}" in unlinked.verification.qr_payload


def test_signature_area_recorded_for_pades(dossier):
    _, info, _ = dossier
    areas = [a for a in info["signature_areas"] if a["tag"] == "to_trinh"]
    assert len(areas) == 1
    a = areas[0]
    assert a["width"] > 200 and a["height"] > 70
    assert a["x"] >= MARGIN_LEFT and a["x"] + a["width"] <= 595.28 - MARGIN_RIGHT + 1


def test_four_photos_per_page(sample, fonts, tmp_path):
    set_fields(sample, {"phu_luc.photos_per_page": "4"})
    try:
        data = collect(sample, 2025)
        out = tmp_path / "pl.pdf"
        documents.build_phu_luc(data, out, fonts=fonts, invariant=True)
        pages = page_texts(out)
        photo_pages = [p for p in pages if "Ảnh 1." in p or "Ảnh 4." in p]
        assert len(photo_pages) == 1 and "Ảnh 2." in photo_pages[0]
    finally:
        set_fields(sample, {"phu_luc.photos_per_page": None})


@pytest.mark.slow
def test_large_commune_summarised_annex(fonts, tmp_path):
    """5,000 infrastructure items and 100,000 contributions: the annex is summarised by village
    and kind, so the dossier stays short; the totals still match the registry."""
    import sample_commune
    wb = sample_commune.build(tmp_path / "big.ntm.sqlite", infra_n=5000, contrib_n=100_000,
                              photos=2)
    try:
        data = collect(wb, 2025, draft=True)   # bulk roads: not every criterion met
        assert data.contrib.count == 100_006 and data.infra.total == 5000 + 29
        assert data.contrib_full is None and data.infra_full is None
        out = tmp_path / "big.pdf"
        info = build_dossier(data, out, fonts=fonts)
        assert info["pages"] < 60
        text = pdftext(out, info["starts"]["phu_luc"])
        assert f"({vf.number(100_006)} lượt đóng góp)" in text
        assert "Danh sách đầy đủ công trình" not in text
    finally:
        wb.close()
