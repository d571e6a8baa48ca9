"""Benchmark: a ~100-page dossier against reportlab building 100 pages of plain tables.

    .venv/bin/python benchmarks/dossier_bench.py [--rows N]

Both are measured in the same run, best of 3. The dossier is the sample commune of
tests/support/sample_commune.py with bulk infrastructure items and contributions, printed with
``--full-annex`` (the full lists make the page count); "collect" (reading the workbook) and
"layout" (reportlab) are reported separately. Goal: dossier layout within 2× of the plain tables.
Also times the 5,000-item / 100,000-contribution commune (summary annex) with ``--large``.

``--annex N`` (issue 12, item 19): ``ntm dossier --draft --full-annex`` on a commune with N
contributions (default 300,000), each measured in a child process (peak RSS, wall time), against
the same commune's plain dossier and against a commune with N/10 contributions in the same run:
time and memory per page must stay flat (the long tables are built one page at a time).
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

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


def child(path: str, full_annex: bool) -> None:
    """Print {"pages", "seconds", "peak_mb"} of one dossier printed from ``path``."""
    from ntm_desktop.store.workbook import Workbook
    wb = Workbook.open(Path(path), daily_backup=False)
    t0 = time.perf_counter()
    data = collect(wb, 2025, full_annex=full_annex, draft=True)
    with tempfile.TemporaryDirectory() as d:
        info = build_dossier(data, Path(d) / "hs.pdf", fonts=register_fonts())
    seconds = time.perf_counter() - t0
    print(json.dumps({"pages": info["pages"], "seconds": seconds, "peak_mb": peak_mb()}))


def peak_mb() -> float:
    """Peak resident memory of this process image (VmHWM; ru_maxrss would also count the
    parent's memory inherited at fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(path: Path, full_annex: bool) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(path)]
                         + (["--full-annex"] if full_annex else []),
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def annex_scaling(n: int, d: str) -> None:
    """The full annex of a commune with ``n`` contributions against n/10 and the plain dossier."""
    rows = []
    for count in (n // 10, n):
        path = Path(d) / f"annex-{count}.ntm.sqlite"
        t0 = time.perf_counter()
        sample_commune.build(path, contrib_n=count, photos=2).close()
        fill = time.perf_counter() - t0
        plain = run_child(path, False)
        full = run_child(path, True)
        rows.append((count, fill, plain, full))
    for count, fill, plain, full in rows:
        print(f"{count:>7} contributions (filled in {fill:.0f} s): plain dossier "
              f"{plain['pages']} pages {plain['seconds']:.1f} s, peak {plain['peak_mb']:.0f} MB; "
              f"--full-annex {full['pages']} pages {full['seconds']:.1f} s "
              f"({full['seconds'] / full['pages'] * 1000:.1f} ms/page), peak "
              f"{full['peak_mb']:.0f} MB")
    (_, _, sp, small), (_, _, bp, big) = rows
    small_plain, small_full = sp["peak_mb"], small["peak_mb"]
    big_plain, big_full = bp["peak_mb"], big["peak_mb"]
    print(f"scaling ×{big['pages'] / small['pages']:.1f} pages: time "
          f"×{big['seconds'] / small['seconds']:.1f}, time per page "
          f"×{(big['seconds'] / big['pages']) / (small['seconds'] / small['pages']):.2f}, "
          f"memory above the plain dossier per page: "
          f"{(small_full - small_plain) / small['pages'] * 1024:.0f} kB → "
          f"{(big_full - big_plain) / big['pages'] * 1024:.0f} kB")


def main() -> None:
    if "--child" in sys.argv:
        i = sys.argv.index("--child")
        child(sys.argv[i + 1], "--full-annex" in sys.argv)
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1200, help="bulk infra items and contributions")
    ap.add_argument("--large", action="store_true", help="also the 5,000 / 100,000 commune")
    ap.add_argument("--annex", type=int, nargs="?", const=300_000, default=None,
                    help="full annex of a commune with N contributions (default 300.000)")
    a = ap.parse_args()
    fonts = register_fonts()
    if a.annex:
        with tempfile.TemporaryDirectory() as d:
            annex_scaling(a.annex, d)
        return
    with tempfile.TemporaryDirectory() as d:
        wb = sample_commune.build(Path(d) / "wb.ntm.sqlite", infra_n=a.rows, contrib_n=a.rows)
        t_collect, data = best(lambda: collect(wb, 2025, full_annex=True, draft=True))
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
            data = collect(big, 2025, draft=True)
            t_c = time.perf_counter() - t0
            t0 = time.perf_counter()
            info = build_dossier(data, io.BytesIO(), fonts=fonts)
            t_b = time.perf_counter() - t0
            print(f"large commune (5.000 items, 100.000 contributions; filled in {t_fill:.0f} s):"
                  f" {info['pages']} pages, collect {t_c:.2f} s, layout {t_b:.2f} s")


if __name__ == "__main__":
    main()
