"""Save PNG screenshots of every page of the main window, rendered offscreen.

    python -m ntm_desktop.devtools.screenshot --out DIR [--page N] [--lang en]
        [--size 1256x655,1366x768] [--scale 1.5] [--data-dir DIR] [--workbook FILE] [--demo]
        [--wizard]

Pages are numbered from 1 like the Ctrl+N shortcuts. Files are ``NN-<name>-<lang>.png``; with
more than one size, ``NN-<name>-<lang>-<W>x<H>.png``. The default sizes are 1256×655 (the
window a 1366×768 laptop with a taskbar gives) and 1366×768. ``--scale`` sets
``QT_SCALE_FACTOR`` (e.g. 1.5 for 150 %); ``--size`` is in logical pixels. ``--demo`` opens
the demo commune. Without ``--data-dir`` a temporary, empty data folder is used.

``--wizard`` walks the setup wizard instead, as a user would (a commune is searched and chosen,
a village typed, the workbook and key really created; then the appraiser's path), and saves
``wizard-NN-<page>-<lang>[-<W>x<H>].png`` for every page at every size; ``--size ""`` keeps
the size the wizard chose for the screen. ``--screen 1366x720 --scale 1.5`` renders on a
1366×768 laptop's screen less its taskbar at 150 % (about 910×480 logical pixels). :func:`walk_wizard` is
the same walk for tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def walk_wizard(paths: Any, size: tuple[int, int] | None, settle: Callable[[], None]
                ) -> Iterator[tuple[str, Any]]:
    """Yield ``(page name, wizard)`` for every page of the setup wizard, both paths: the
    commune officer's (role, commune, criteria, villages, officer, key) and the appraiser's
    (appraiser, key). The wizard sizes itself to the screen, as it does for a user; a ``size``
    (logical pixels) is applied after that, as if the user resized the window."""
    from PySide6.QtWidgets import QTableWidgetItem, QWizard

    from ntm_desktop.gui.wizard import FirstRunWizard

    def shown(w: FirstRunWizard, name: str) -> tuple[str, FirstRunWizard]:
        if size is not None:
            w.resize(*size)
        settle()
        return name, w

    w = FirstRunWizard(paths)
    w.show()
    settle()
    yield shown(w, "role")
    w.next()
    yield shown(w, "commune")
    w.communeSearchEdit.setText("Vĩnh Yên")
    w._run_search()  # the search runs 200 ms after typing stops
    w.communeList.setCurrentRow(0)
    yield shown(w, "commune-chosen")
    w.next()
    w.regionCombo.setCurrentIndex(1)  # which one shows depends on the criteria set
    w.groupCombo.setCurrentIndex(1)
    yield shown(w, "criteria")
    w.next()
    w.villagesTable.setItem(0, 0, QTableWidgetItem("Thôn Nà Lay"))
    w.villagesTable.setItem(0, 1, QTableWidgetItem("120"))
    w.villagesTable.setItem(0, 2, QTableWidgetItem("480"))
    yield shown(w, "villages")
    w.next()
    w.officerNameEdit.setText("Nguyễn Văn An")
    w.officerTitleEdit.setText("Công chức Văn phòng - Thống kê")
    yield shown(w, "officer")
    w.button(QWizard.WizardButton.CommitButton).click()
    yield shown(w, "key")
    w.close()
    settle()

    w = FirstRunWizard(paths)
    w.show()
    w.appraiserRadio.setChecked(True)
    w.next()
    w.appraiserNameEdit.setText("Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn")
    yield shown(w, "appraiser")
    w.button(QWizard.WizardButton.CommitButton).click()
    yield shown(w, "appraiser-key")
    w.close()
    settle()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ntm_desktop.devtools.screenshot")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--page", type=int, help="only page N (1-8)")
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    parser.add_argument("--size", default="1256x655,1366x768",
                        help="window sizes WxH[,WxH…] (logical pixels)")
    parser.add_argument("--demo", action="store_true", help="open the demo commune")
    parser.add_argument("--scale", type=float, default=1.0, help="device scale, e.g. 1.5")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--workbook", type=Path)
    parser.add_argument("--wizard", action="store_true", help="the setup wizard's pages")
    parser.add_argument("--screen", help="WxH: the (physical) screen to render on, e.g. "
                        "1366x720 with --scale 1.5 for a laptop at 150 %% with a taskbar")
    args = parser.parse_args(argv)
    sizes = [tuple(int(v) for v in s.strip().lower().split("x"))
             for s in args.size.split(",") if s.strip()]  # "" (with --wizard): as it opens

    if args.screen:
        width, height = (int(v) for v in args.screen.lower().split("x"))
        config = Path(tempfile.mkdtemp(prefix="ntm-screen-")) / "screen.json"
        config.write_text(json.dumps({"screens": [{
            "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtWidgets import QApplication

    from ntm_desktop.app import open_workbook
    from ntm_desktop.gui.i18n import install_translators
    from ntm_desktop.gui.main_window import MainWindow
    from ntm_desktop.gui.pages import PAGES
    from ntm_desktop.paths import AppPaths

    app = QApplication.instance() or QApplication(["ntm-screenshot"])
    translators = install_translators(app, args.lang)  # noqa: F841 - keep them alive
    with tempfile.TemporaryDirectory(prefix="ntm-shot-") as tmp:
        if args.wizard:  # always a fresh folder: the walk creates a workbook and a hub
            args.out.mkdir(parents=True, exist_ok=True)
            for width, height in sizes or [(0, 0)]:
                run = Path(tmp) / f"{width}x{height}"
                paths = AppPaths.resolve(run).ensure()

                def settle() -> None:
                    for _ in range(5):
                        app.processEvents()

                size = (width, height) if width else None
                for n, (name, wizard) in enumerate(walk_wizard(paths, size, settle), 1):
                    suffix = f"-{width}x{height}" if len(sizes) > 1 else ""
                    target = args.out / f"wizard-{n:02d}-{name}-{args.lang}{suffix}.png"
                    wizard.grab().save(str(target))
                    print(target, f"{wizard.width()}x{wizard.height()}")
            return 0
        paths = AppPaths.resolve(args.data_dir or tmp).ensure()
        workbook = None
        if args.demo:
            from ntm_desktop.services.workspace import DEMO_FILE, create_demo_workbook
            args.workbook = create_demo_workbook(paths.data_dir / DEMO_FILE)
        if args.workbook or paths.workbook.exists():
            workbook, error = open_workbook(args.workbook or paths.workbook,
                                            explicit=bool(args.workbook))
            if error is not None:
                print(f"cannot open workbook: {error}", file=sys.stderr)
        # a throwaway settings file: never touch the real window state
        from PySide6.QtCore import QSettings

        settings = QSettings(str(Path(tmp) / "shot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(paths, workbook=workbook, settings=settings, language=args.lang)
        window.show()
        args.out.mkdir(parents=True, exist_ok=True)
        indexes = [args.page - 1] if args.page else range(len(PAGES))
        for width, height in sizes:
            window.resize(width, height)
            for index in indexes:
                window.show_page(index)
                for _ in range(5):
                    app.processEvents()
                window.tasks.wait(10000)
                for _ in range(5):
                    app.processEvents()
                name = PAGES[index].name
                suffix = f"-{width}x{height}" if len(sizes) > 1 else ""
                target = args.out / f"{index + 1:02d}-{name}-{args.lang}{suffix}.png"
                window.grab().save(str(target))
                print(target)
        window.close()
        window.tasks.wait(10000)
        if workbook is not None:
            workbook.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
