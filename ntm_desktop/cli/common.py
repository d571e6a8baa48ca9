"""Small output and parsing helpers shared by the command modules."""

from __future__ import annotations

import argparse
from typing import Any

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.text import nfc

# Options holding a file or folder path, or the name of an environment variable: passed on as
# typed (a file name on disk may be NFD, as macOS writes them; normalising it would miss the file).
VERBATIM_DESTS = frozenset({
    "data_dir", "workbook", "file", "files", "dir", "output", "card", "package", "pdf", "xlsx",
    "evidence", "hub", "replicas", "checklist", "passphrase_env", "new_passphrase_env", "func"})


def nfc_args(args: argparse.Namespace) -> argparse.Namespace:
    """Every text option and argument NFC-normalised (an input method typing combining accents
    gives NFD), except paths and variable names (:data:`VERBATIM_DESTS`)."""
    for dest, value in vars(args).items():
        if dest in VERBATIM_DESTS:
            continue
        if isinstance(value, str):
            setattr(args, dest, nfc(value))
        elif isinstance(value, list):
            setattr(args, dest, [nfc(v) for v in value])
    return args


def parse_kv(items: list[str] | None, what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items or []:
        if "=" not in item:
            raise ValidationError(f"{what} phải có dạng KHÓA=GIÁ_TRỊ, không phải “{item}”.",
                                  field=what)
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def text_table(rows: list[list[Any]], headers: list[str]) -> str:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
