"""Save PNG screenshots of every page of the main window, rendered offscreen.

    python -m ntm_desktop.devtools.screenshot --out DIR [--page N] [--lang en]
        [--size 1256x655,1366x768] [--scale 1.5] [--data-dir DIR] [--workbook FILE] [--demo]

Pages are numbered from 1 like the Ctrl+N shortcuts. Files are ``NN-<name>-<lang>.png``; with
more than one size, ``NN-<name>-<lang>-<W>x<H>.png``. The default sizes are 1256×655 (the
window a 1366×768 laptop with a taskbar gives) and 1366×768. ``--scale`` sets
``QT_SCALE_FACTOR`` (e.g. 1.5 for 150 %); ``--size`` is in logical pixels. ``--demo`` opens
the demo commune. Without ``--data-dir`` a temporary, empty data folder is used.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


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
    args = parser.parse_args(argv)
    sizes = [tuple(int(v) for v in s.strip().lower().split("x"))
             for s in args.size.split(",") if s.strip()]

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtWidgets import QApplication

    from ntm_desktop.app import open_workbook
    from ntm_desktop.gui.i18n import install_translators
    from ntm_desktop.gui.main_window import MainWindow
    from ntm_desktop.gui.pages import PAGE_CLASSES
    from ntm_desktop.paths import AppPaths

    app = QApplication.instance() or QApplication(["ntm-screenshot"])
    translators = install_translators(app, args.lang)  # noqa: F841 - keep them alive
    with tempfile.TemporaryDirectory(prefix="ntm-shot-") as tmp:
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
        indexes = [args.page - 1] if args.page else range(len(PAGE_CLASSES))
        for width, height in sizes:
            window.resize(width, height)
            for index in indexes:
                window.show_page(index)
                for _ in range(5):
                    app.processEvents()
                window.tasks.wait(10000)
                for _ in range(5):
                    app.processEvents()
                name = PAGE_CLASSES[index].name
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
