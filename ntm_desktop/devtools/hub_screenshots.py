"""Screenshots of every page of the appraiser's window, on a demo province (8 generated
communes; findings, one commune returned, one approved; a tampered package and one from an
unknown key in quarantine), rendered offscreen.

    python -m ntm_desktop.devtools.hub_screenshots --out docs/screenshots [--lang vi|en]
        [--size 1256x655] [--scale 1.5]

Files are ``hub-NN-<page>-<lang>.png``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import zipfile
from pathlib import Path


def settle_window(w: object, seconds: float = 20) -> None:
    """Wait for ``w``'s background work (``w.tasks``), then let Qt lay everything out."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    for _ in range(3):
        deadline = time.monotonic() + seconds
        while w.tasks.active and time.monotonic() < deadline:  # type: ignore[attr-defined]
            app.processEvents()
            time.sleep(0.02)
        for _ in range(10):
            app.processEvents()


def prepare(root: Path) -> object:
    from ntm_desktop.devtools import hub_demo
    from ntm_desktop.services import approval, hub_import, review
    demo = hub_demo.build(root, 8)
    hub_import.import_packages(demo.hub, demo.packages[:5])  # the import page brings the rest
    codes = sorted(demo.communes)
    # a tampered copy and a package signed by a key nobody trusted
    bad = root / "packages" / "goi-bi-sua.ntmpkg"
    with zipfile.ZipFile(demo.packages[1]) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data + b" " if info.filename == "changes.jsonl" else data)
    stranger = hub_demo.build(root / "stranger", 1, province="22", trust=False)
    unknown = root / "packages" / stranger.packages[0].name
    unknown.write_bytes(stranger.packages[0].read_bytes())
    hub_import.import_packages(demo.hub, [bad])
    c0, c1, c2 = codes[0], codes[1], codes[2]
    review.record_finding(demo.hub, c0, 2025, "2.1", result="disagree", value="72",
                          comment="Kiểm tra thực địa: 3 tuyến đường trục thôn chưa cứng hóa")
    review.record_finding(demo.hub, c0, 2025, "1.1", result="agree")
    review.record_finding(demo.hub, c0, 2025, "17.1", result="disagree", status="chua_dat",
                          comment="Tỷ lệ hộ dùng nước sạch theo quy chuẩn mới đạt 41%")
    out = root / "feedback"
    out.mkdir()
    approval.return_commune(demo.hub, c0, 2025, "Đề nghị xã rà soát lại chỉ tiêu 2.1 và 17.1, "
                            "bổ sung minh chứng.", out)
    # the commune fixes 2.1 and sends a new package: resubmitted, with what changed
    from ntm_desktop.store.assessment import set_assessment
    from ntm_desktop.store.workbook import Workbook
    from ntm_desktop.sync import exporter
    from ntm_desktop.sync.keys import KeyStore
    wb = Workbook.open(demo.communes[c0], daily_backup=False, author="Hoàng Văn Thành")
    try:
        set_assessment(wb, "2.1", 2025, {"value": 72, "note": "Đã đo lại theo ý kiến thẩm định"})
        ks = KeyStore(demo.communes[c0].parent / "keys")
        again = root / "resubmitted" / f"{c0}-0002.ntmpkg"
        again.parent.mkdir()
        exporter.export_commune(wb, ks, ks.load(None), again)
    finally:
        wb.close()
    hub_import.import_packages(demo.hub, [again])
    for ind in ("1.1", "2.1", "3.1"):
        review.record_finding(demo.hub, c2, 2025, ind, result="agree")
    approval.approve(demo.hub, c2, 2025, dest=out)
    return demo, c0, c1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ntm_desktop.devtools.hub_screenshots")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--lang", choices=["vi", "en", "both"], default="both")
    ap.add_argument("--size", default="1256x655")
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    width, height = (int(v) for v in a.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if a.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(a.scale)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ntm_desktop.gui.hub.hub_window import PAGES, HubWindow
    from ntm_desktop.gui.i18n import install_translators, remove_translators

    app = QApplication.instance() or QApplication(["ntm-hub-screenshot"])
    a.out.mkdir(parents=True, exist_ok=True)
    for lang in (("vi", "en") if a.lang == "both" else (a.lang,)):
        with tempfile.TemporaryDirectory(prefix="ntm-hub-shot-") as tmp:
            demo, c0, _c1 = prepare(Path(tmp))  # the same province for each language
            translators = install_translators(app, lang)
            settings = QSettings(str(Path(tmp) / f"shot-{lang}.ini"), QSettings.Format.IniFormat)
            w = HubWindow(demo.hub, settings=settings, language=lang)
            w.resize(width, height)
            w.show()

            def settle(w: HubWindow = w) -> None:
                settle_window(w)

            w.go("import").import_paths([demo.packages[0].parent])  # the rest of the province
            settle()
            for i, key in enumerate(entry.name for entry in PAGES):
                page = w.go(key)
                settle()
                if key == "quarantine":
                    page.table.selectRow(0)
                if key == "review":
                    w.open_review(c0, 2025)
                    settle()
                    page.select_indicator("2.1")
                    settle()
                target = a.out / f"hub-{i + 1:02d}-{key}-{lang}.png"
                w.grab().save(str(target))
                print(target)
                if key == "review":
                    page.tabs.setCurrentIndex(1)
                    settle()
                    target = a.out / f"hub-{i + 1:02d}-{key}-changes-{lang}.png"
                    w.grab().save(str(target))
                    print(target)
                    page.tabs.setCurrentIndex(0)
            w.close()
            w.deleteLater()
            remove_translators(app, translators)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
