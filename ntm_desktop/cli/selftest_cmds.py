"""``ntm selftest [--json]``: check that this installation works (Qt-free part).

Runs in a temporary data folder; the workbook, keys and data folder named by ``--data-dir`` /
``$NTM_DATA_DIR`` are never opened. Exit code 0 when every check passed, 1 otherwise. The GUI
part runs with ``ntm-desktop --self-test``. See ``ntm_desktop/selftest.py`` and
docs/packaging.md.
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_selftest(ctx: Any) -> int:
    from ntm_desktop.selftest import run_selftest
    return run_selftest(json_output=ctx.json)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             groups: dict[str, argparse._SubParsersAction]) -> None:
    p = sub.add_parser("selftest", parents=[common],
                       help="tự kiểm tra bản cài đặt (không đụng tới dữ liệu của người dùng)",
                       description="Tự kiểm tra bản cài đặt trong một thư mục tạm: tài nguyên, "
                                   "sổ dữ liệu mẫu, đánh giá, gói ký số, in hồ sơ PDF. "
                                   "Giao diện: ntm-desktop --self-test.")
    p.set_defaults(func=cmd_selftest)
