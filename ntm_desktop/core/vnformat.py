"""Vietnamese number and date formatting: the one formatter.

1264 → "1.264"; 28.18 → "28,18"; a share → "28,18%"; a date → "ngày 05 tháng 3 năm 2025".
Numbers are rounded half-up on their decimal value, grouped by three with "." and written with
"," before the decimals — what Babel's ``vi`` locale gives (a test compares the two), without
loading Babel's locale data on the start path.

One format per quantity, the same on paper, in Excel and in the GUI (docs/dossier.md):

====================  ============================  ===================
quantity              function                      example
====================  ============================  ===================
money (aggregates)    :func:`trieu` + "triệu đồng"  1.352.449 triệu đồng
money (one entry)     :func:`dong`  + "đồng"         1.264.000 đồng
share, percentage     :func:`percent`               28,18%
length                :func:`km`   + "km"           12,50 km
income per person     :func:`income`                41,2 triệu đồng/người/năm
count                 :func:`number`                1.264
threshold of a rule   :func:`rule_number`           85; 26,7 (as in the decision)
====================  ============================  ===================
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

LOCALE = "vi_VN"


def _round(value: float, digits: int) -> Decimal:
    q = Decimal(1).scaleb(-digits)
    return Decimal(str(value)).quantize(q, rounding=ROUND_HALF_UP)


def number(value: float | int | None, digits: int = 0, *, trim: bool = False) -> str:
    """Format with "." thousands and "," decimals; ``trim`` drops trailing zeros."""
    if value is None:
        return "—"
    text = f"{_round(value, digits):,f}"  # "1,264.50" (Python's grouping)
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(value: float | None, digits: int = 2) -> str:
    """28.18 → "28,18%" (value already in percent)."""
    if value is None:
        return "—"
    return number(value, digits) + "%"


def share(part: float, whole: float, digits: int = 2) -> float | None:
    """part/whole in percent, or None when whole is 0."""
    if not whole:
        return None
    return float(_round(part * 100.0 / whole, digits))


def money(vnd: int | float | None) -> str:
    """VND with thousands separators and "đồng": 1264000 → "1.264.000 đồng"."""
    return "—" if vnd is None else number(vnd) + " đồng"


def million(vnd: int | float | None, digits: int = 0) -> str:
    """VND expressed in triệu đồng as reports do: 1352449000000 → "1.352.449"."""
    return "—" if vnd is None else number(vnd / 1_000_000, digits)


def trieu(vnd: int | float | None) -> str:
    """Money in triệu đồng, whole, thousands dots, as the reports print it:
    1352449000000 → "1.352.449" (the caller adds "triệu đồng")."""
    return "—" if vnd is None else number(vnd / 1_000_000, 0)


def dong(vnd: int | float | None) -> str:
    """One entry of a ledger in đồng: 1264000 → "1.264.000"."""
    return "—" if vnd is None else number(vnd, 0)


def km(value: float | None) -> str:
    """Lengths in km with two decimals: 12.5 → "12,50"."""
    return "—" if value is None else number(value, 2)


def income(value: float | None) -> str:
    """Income per person in triệu đồng, one decimal: 41.2 → "41,2"."""
    return "—" if value is None else number(value, 1)


def rule_number(value: float | None) -> str:
    """A number of a legal rule as the decision writes it: 85 → "85", 26.7 → "26,7"."""
    return "—" if value is None else number(value, 2, trim=True)


def count(n: int | None) -> str:
    """Counts as the reports write them below ten: 4 → "04", 12 → "12", 1264 → "1.264"."""
    if n is None:
        return "—"
    return f"{n:02d}" if 0 <= n < 10 else number(n)


def long_date(d: dt.date, *, place: str | None = None) -> str:
    """"ngày 05 tháng 3 năm 2025" (day padded to 2; months 1-2 padded as NĐ 30 asks).

    With ``place``: "Xuân Lạc, ngày 05 tháng 3 năm 2025".
    """
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    text = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    return f"{place}, {text}" if place else text


def doc_date(d: dt.date | None) -> str:
    """"05/3/2025" as official papers cite a decision's date ("Quyết định số … ngày 08/3/2022"):
    the day padded to 2, the month padded only for 1-2 (the rule of :func:`long_date`)."""
    if d is None:
        return "—"
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def short_date(d: dt.date | None) -> str:
    """"05/3/2025", as the official papers write a date in figures: the day on two digits, the
    month on two digits only for January and February ("24/02/2017"), as NĐ 30/2020 asks."""
    if d is None:
        return "—"
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def parse_date(text: str) -> dt.date:
    """Accept ISO "2025-03-05" or Vietnamese "05/03/2025"; raises ValueError."""
    text = text.strip()
    if "/" in text:
        day, month, year = (int(p) for p in text.split("/"))
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text)


_GROUPED_DOTS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_GROUPED_COMMAS = re.compile(r"^-?\d{1,3}(,\d{3})+$")
_PLAIN = re.compile(r"-?(\d+\.?\d*|\.\d+)")


def parse_number(text: str, *, vietnamese: bool = True) -> float | None:
    """The one parser for numbers typed by a person; "" → None; raises ValueError.

    Vietnamese: "1.264.000" = 1264000, "1,5" = 1.5, "1.5" = 1.5 (not a thousands pattern).
    English mirrors it: "1,264,000", "1.5". Spaces are ignored and one trailing "%" is allowed
    ("85%" = 85), so a percentage reads the same in every field and on the command line.
    """
    t = text.strip().replace(" ", "").replace("\u00a0", "")
    if t.endswith("%"):
        t = t[:-1]
    if not t:
        return None
    group, decimal = (".", ",") if vietnamese else (",", ".")
    pattern = _GROUPED_DOTS if vietnamese else _GROUPED_COMMAS
    if pattern.match(t):
        t = t.replace(group, "")
    elif group in t and decimal in t:
        t = t.replace(group, "").replace(decimal, ".")
    elif decimal in t:
        t = t.replace(decimal, ".")
    if not _PLAIN.fullmatch(t):
        raise ValueError(text)
    return float(t)
