"""Small output and parsing helpers shared by the command modules."""

from __future__ import annotations

from typing import Any

from ntm_desktop.core.errors import ValidationError


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
