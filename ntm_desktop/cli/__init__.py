"""The ``ntm`` command: every non-GUI operation.

Exit codes: 0 success; 2 an error the user can act on (one line, or a JSON object with a stable
``error`` code under ``--json``); 1 an unexpected error (details go to the log folder).
Command groups live in sibling modules, each with ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_desktop import __version__
from ntm_desktop.cli import (
    catalog_cmds,
    dossier_cmds,
    hub_cmds,
    registry_cmds,
    selftest_cmds,
    sync_cmds,
    workbook_cmds,
)
from ntm_desktop.cli.common import nfc_args
from ntm_desktop.core.errors import NtmError
from ntm_desktop.paths import AppPaths

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

log = logging.getLogger("ntm.cli")


class Context:
    """What every command gets: parsed args, paths, output helpers, the workbook opener."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.paths = AppPaths.resolve(getattr(args, "data_dir", None))
        self.json = bool(getattr(args, "json", False))
        self._wb: Workbook | None = None

    @property
    def workbook_path(self) -> Path:
        wb = getattr(self.args, "workbook", None)
        return Path(wb) if wb else self.paths.workbook

    def workbook(self, *, create: bool = False) -> Any:
        from ntm_desktop.store.workbook import Workbook
        if self._wb is None:
            self.paths.ensure()
            self._wb = Workbook.open(self.workbook_path, create=create,
                                     author=getattr(self.args, "author", None))
        return self._wb

    def close(self) -> None:
        if self._wb is not None:
            self._wb.close()
            self._wb = None

    def out(self, data: Any, text: str | Callable[[], str] | None = None) -> None:
        """Print ``data`` as JSON under ``--json``; else ``text`` (or a readable dump)."""
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        elif text is not None:
            print(text() if callable(text) else text)
        elif data is not None:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def build_parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the command is not reset by the command's own parser.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", help="thư mục dữ liệu (mặc định theo hệ điều hành; "
                                           "hoặc biến NTM_DATA_DIR)")
    common.add_argument("--workbook", help="tệp sổ dữ liệu (mặc định <data-dir>/workbook.ntm.sqlite)")
    common.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    common.add_argument("--author", help="tên người thực hiện ghi vào nhật ký")
    parser = argparse.ArgumentParser(
        prog="ntm", parents=[common],
        description="NTM Desktop — sổ dữ liệu xây dựng nông thôn mới (dòng lệnh).")
    parser.add_argument("--version", action="version", version=f"ntm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    # Command groups in help order. A group shared by several modules ("init", "catalog") is
    # created by the first and handed to the others through ``groups``.
    groups: dict[str, argparse._SubParsersAction] = {}
    for module in (workbook_cmds, registry_cmds, catalog_cmds, sync_cmds, dossier_cmds,
                   selftest_cmds, hub_cmds):
        module.register(sub, common, groups)
    return parser


def _setup_logging(paths: AppPaths) -> None:
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(paths.logs / "ntm-cli.log", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        logging.getLogger("ntm").addHandler(handler)
        logging.getLogger("ntm").setLevel(logging.INFO)
    except OSError:
        pass


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = nfc_args(parser.parse_args(argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    ctx = Context(args)
    _setup_logging(ctx.paths)
    try:
        rc = args.func(ctx)
        return int(rc or 0)
    except NtmError as exc:
        if ctx.json:
            print(json.dumps(exc.to_json(), ensure_ascii=False))
        else:
            print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into head/less that closed early
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the user never sees a traceback
        log.error("unexpected error: %s", traceback.format_exc())
        msg = f"Lỗi không mong muốn: {exc.__class__.__name__}: {exc}. Chi tiết trong {ctx.paths.logs}"
        if ctx.json:
            print(json.dumps({"error": "unexpected", "message": msg}, ensure_ascii=False))
        else:
            print(msg, file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
