"""Render page 1 of every paper to docs/images/ (pdftoppm), from the demo commune.

    .venv/bin/python scripts/paper_images.py

The demo commune meets 16/19 criteria, so its dossier prints as a draft with the check page;
the roll-up is the Lạng Sơn 7/2020 scenario of the tests (181 communes, 1980 set), issued by a
department under the province; the appraisal report is the demo commune's.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "dossier"))

from ntm_desktop.dossier import appraisal  # noqa: E402
from ntm_desktop.dossier.compose import build_dossier  # noqa: E402
from ntm_desktop.dossier.data import collect  # noqa: E402
from ntm_desktop.dossier.fonts import register_fonts  # noqa: E402
from ntm_desktop.dossier.rollup_writers import write_rollup_pdf  # noqa: E402
from ntm_desktop.store import interchange  # noqa: E402
from ntm_desktop.store.dossier_fields import set_fields  # noqa: E402
from ntm_desktop.store.workbook import Workbook  # noqa: E402

OUT = ROOT / "docs" / "images"
ISSUER = "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN/SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
FIELDS = {
    "signer.name": "Hoàng Văn Thành", "to_trinh.recipient": "Ủy ban nhân dân tỉnh Lạng Sơn",
    "recipients": ["Như trên", "Văn phòng Điều phối nông thôn mới tỉnh", "Lưu: VT"],
    **{f"{d}.number": n for d, n in (("to_trinh", "52"), ("bao_cao_ket_qua", "118"),
                                     ("bao_cao_y_kien", "121"), ("bao_cao_no_dong", "123"))},
    **{f"{d}.date": "2025-11-24" for d in ("to_trinh", "bao_cao_ket_qua", "bao_cao_y_kien",
                                          "bao_cao_no_dong")},
    "bien_ban.date": "2025-11-21", "bien_ban.time": "08 giờ 00", "bien_ban.members": 27,
    "bien_ban.present": 25, "bien_ban.votes_for": 24, "bien_ban.votes_against": 1,
    "bien_ban.chair": "Hoàng Văn Thành, Chủ tịch UBND xã",
    "bien_ban.secretary": "Nông Thị Hạnh, công chức Văn phòng - Thống kê",
    "text.to_chuc": "Ban Chỉ đạo xây dựng nông thôn mới xã được kiện toàn; 10/10 thôn có Ban "
                    "phát triển thôn.",
    "text.tuyen_truyen": "Tổ chức 52 buổi tuyên truyền tại nhà văn hóa thôn.",
    "dossier.quyet_dinh_tinh": "Quyết định số …/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Lạng Sơn",
    "dieu_kien.an_ninh_trat_tu": "có",
    "dieu_kien.an_ninh_trat_tu.can_cu": "Quyết định số …/QĐ-CAT của Công an tỉnh Lạng Sơn",
}


def page1(pdf: Path, page: int, name: str) -> None:
    stem = OUT / name
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l",
                    str(page), str(pdf), str(stem)], check=True)
    print(f"docs/images/{name}.png")


def main() -> None:
    fonts = register_fonts()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        wb = Workbook.open(tmp / "demo.ntm.sqlite", create=True, author="Hoàng Văn Thành",
                           daily_backup=False)
        interchange.load(wb, interchange.read_file(ROOT / "resources/demo/demo-commune.json"))
        set_fields(wb, FIELDS)
        data = collect(wb, 2025, draft=True)
        pdf = tmp / "ho-so.pdf"
        info = build_dossier(data, pdf, fonts=fonts, invariant=True)
        s = info["starts"]
        for n, (doc, page) in enumerate((("muc-luc", 1), ("to-trinh", s["to_trinh"]),
                                         ("bao-cao-ket-qua", s["bao_cao_ket_qua"]),
                                         ("bao-cao-y-kien", s["bao_cao_y_kien"]),
                                         ("bien-ban", s["bien_ban"]),
                                         ("bao-cao-no-dong", s["bao_cao_no_dong"]),
                                         ("phu-luc", s["phu_luc"]),
                                         ("trang-kiem-tra", s["kiem_tra"])), start=1):
            page1(pdf, page, f"dossier-{n:02d}-{doc}")
        # the detailed table: the first page that starts with its title
        from pypdf import PdfReader
        pages = PdfReader(str(pdf)).pages
        table = next(i + 1 for i in range(s["bao_cao_ket_qua"] - 1, s["bao_cao_y_kien"] - 1)
                     if "BIỂU" in (pages[i].extract_text() or ""))
        page1(pdf, table, "dossier-03b-bieu-chi-tiet")
        rep = appraisal.compute(wb, {"10": {"result": "agree", "status": None},
                                     "6.3": {"result": "disagree", "status": "chua_dat",
                                             "comment": "Thôn Khuổi Bó chưa có nhà văn hóa; "
                                                        "xã cần bố trí vốn năm 2026 để xây dựng "
                                                        "và hoàn thiện thủ tục."}}, 2025)
        ap = tmp / "tham-dinh.pdf"
        appraisal.build_appraisal_report(rep, ap, fonts=fonts, invariant=True, issuer=ISSUER,
                                         number="88", date=dt.date(2025, 12, 15),
                                         signer="Lương Văn Đức")
        page1(ap, 1, "report-02-tham-dinh")
        wb.close()
        import test_cli_and_rollup as t
        r = t._lang_son_2020()
        roll = tmp / "tong-hop.pdf"
        write_rollup_pdf(r, roll, fonts=fonts, invariant=True, issuer=ISSUER, number="155",
                         date=dt.date(2020, 8, 14), signer="Lương Văn Đức")
        page1(roll, 1, "report-01-tong-hop")
    shutil.rmtree(OUT / "__pycache__", ignore_errors=True)


if __name__ == "__main__":
    main()
