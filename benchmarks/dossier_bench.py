"""Benchmark: a ~100-page dossier against reportlab building 100 pages of plain tables.

    .venv/bin/python benchmarks/dossier_bench.py [--rows N]

Both are measured in the same run, best of 3. The dossier is the sample commune of
tests/dossier/sample_commune.py with bulk infrastructure items and contributions, printed with
``--full-annex`` (the full lists make the page count); "collect" (reading the workbook) and
"layout" (reportlab) are reported separately. Goal: dossier layout within 2× of the plain tables.
Also times the 5,000-item / 100,000-contribution commune (summary annex) with ``--large``.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "dossier"))

import sample_commune  # noqa: E402

from ntm_desktop.dossier.compose import build_dossier  # noqa: E402
from ntm_desktop.dossier.data import collect  # noqa: E402
from ntm_desktop.dossier.fonts import register_fonts  # noqa: E402


def plain_tables(pages: int, fonts) -> tuple[float, int]:
    """reportlab alone: a 5-column table of plain strings, header repeated, ``pages`` pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    rows_per_page = 38
    data = [["TT", "Loại", "Tên công trình", "Thôn", "Thông số"]]
    data += [[str(i), "Đường giao thông", f"Công trình số {i}", f"Thôn {i % 8}",
              "Chiều dài: 0,5 km"] for i in range(rows_per_page * pages)]
    t0 = time.perf_counter()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=25 * mm, invariant=1)
    t = Table(data, repeatRows=1, colWidths=[12 * mm, 35 * mm, 55 * mm, 25 * mm, 38 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                           ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([t])
    dt_ = time.perf_counter() - t0
    from pypdf import PdfReader
    return dt_, len(PdfReader(io.BytesIO(buf.getvalue())).pages)


def best(fn, n=3):
    times, res = [], None
    for _ in range(n):
        t0 = time.perf_counter()
        res = fn()
        times.append(time.perf_counter() - t0)
    return min(times), res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1200, help="bulk infra items and contributions")
    ap.add_argument("--large", action="store_true", help="also the 5,000 / 100,000 commune")
    a = ap.parse_args()
    fonts = register_fonts()
    with tempfile.TemporaryDirectory() as d:
        wb = sample_commune.build(Path(d) / "wb.ntm.sqlite", infra_n=a.rows, contrib_n=a.rows)
        t_collect, data = best(lambda: collect(wb, 2025, full_annex=True))
        t_layout, info = best(lambda: build_dossier(data, io.BytesIO(), fonts=fonts,
                                                    invariant=True))
        pages = info["pages"]
        t_plain, plain_pages = min((plain_tables(pages, fonts) for _ in range(3)),
                                   key=lambda x: x[0])
        print(f"dossier: {pages} pages; collect {t_collect:.2f} s; layout {t_layout:.2f} s "
              f"({t_layout / pages * 1000:.1f} ms/page)")
        print(f"plain reportlab tables: {plain_pages} pages in {t_plain:.2f} s "
              f"({t_plain / plain_pages * 1000:.1f} ms/page)")
        print(f"ratio (layout / plain, per page): "
              f"{(t_layout / pages) / (t_plain / plain_pages):.2f}×; "
              f"with collect: {((t_layout + t_collect) / pages) / (t_plain / plain_pages):.2f}×")
        wb.close()
        if a.large:
            t0 = time.perf_counter()
            big = sample_commune.build(Path(d) / "big.ntm.sqlite", infra_n=5000,
                                       contrib_n=100_000, photos=4)
            t_fill = time.perf_counter() - t0
            t0 = time.perf_counter()
            data = collect(big, 2025)
            t_c = time.perf_counter() - t0
            t0 = time.perf_counter()
            info = build_dossier(data, io.BytesIO(), fonts=fonts)
            t_b = time.perf_counter() - t0
            print(f"large commune (5.000 items, 100.000 contributions; filled in {t_fill:.0f} s):"
                  f" {info['pages']} pages, collect {t_c:.2f} s, layout {t_b:.2f} s")


if __name__ == "__main__":
    main()
