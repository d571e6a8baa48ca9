"""Numbers in the GUI: one format per quantity, the same as on paper and in Excel.

Every function here is :mod:`ntm_desktop.core.vnformat`'s function of the same quantity (the
table in its docstring), written in the interface's convention: Vietnamese "1.352.449" /
"28,18%"; in English the same digits with the marks swapped ("1,352,449" / "28.18%"). Tables,
footers, dialogs and the hub's pages use these and nothing else, so a figure reads the same in
the GUI, the PDF and the Excel file.

==========================  ======================  ======================
quantity                    function                Vietnamese
==========================  ======================  ======================
money, aggregates, tables   :func:`trieu`           1.352.449
  with its unit             :func:`trieu_text`      1.352.449 triệu đồng
money, one entry            :func:`dong`            1.264.000
  with its unit             :func:`money`           1.264.000 đồng
share, percentage           :func:`percent`         28,18%
length                      :func:`km`              12,50
  with its unit             :func:`km_text`         12,50 km
income per person           :func:`income`          41,2
count, quantity             :func:`number`          1.264
==========================  ======================  ======================
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ntm_desktop.core import vnformat
from ntm_desktop.gui.i18n import is_vietnamese

DASH = "—"


def localize(text: str) -> str:
    """A number written by :mod:`vnformat` ("1.264,5") in the interface's convention: as is in
    Vietnamese, marks swapped in English ("1,264.5")."""
    if is_vietnamese():
        return text
    return text.replace(".", "\0").replace(",", ".").replace("\0", ",")


def number(value: float | int | None, digits: int = 0, *, trim: bool = False) -> str:
    """A count or a quantity: 1264 → "1.264"; ``trim`` drops trailing zeros; None → "—"."""
    return DASH if value is None else localize(vnformat.number(value, digits, trim=trim))


def percent(value: float | None, digits: int = 2) -> str:
    """A share already in percent, two decimals as the reports: 28.18 → "28,18%"."""
    return DASH if value is None else localize(vnformat.percent(value, digits))


def share(part: float | None, whole: float | None) -> str:
    """part/whole as :func:`percent` ("—" when the whole is 0 or unknown)."""
    if part is None or not whole:
        return DASH
    return percent(vnformat.share(part, whole))


def trieu(vnd: float | int | None) -> str:
    """Money in whole triệu đồng with thousands marks, as the reports print aggregates and the
    annex's project columns: 1352449000000 → "1.352.449"."""
    return DASH if vnd is None else localize(vnformat.trieu(vnd))


def trieu_text(vnd: float | int | None) -> str:
    """:func:`trieu` with its unit: "1.352.449 triệu đồng"."""
    if vnd is None:
        return DASH
    return trieu(vnd) + " " + QCoreApplication.translate("Numbers", "triệu đồng")


def dong(vnd: float | int | None) -> str:
    """One entry of a ledger in đồng: 1264000 → "1.264.000"."""
    return DASH if vnd is None else localize(vnformat.dong(vnd))


def money(vnd: float | int | None) -> str:
    """:func:`dong` with its unit: "1.264.000 đồng"."""
    if vnd is None:
        return DASH
    return dong(vnd) + " " + QCoreApplication.translate("Numbers", "đồng")


def km(value: float | None) -> str:
    """A length in km, two decimals: 12.5 → "12,50"."""
    return DASH if value is None else localize(vnformat.km(value))


def km_text(value: float | None) -> str:
    """:func:`km` with its unit: "12,50 km"."""
    return DASH if value is None else km(value) + " km"


def income(value: float | None) -> str:
    """Income per person in triệu đồng, one decimal: 41.2 → "41,2"."""
    return DASH if value is None else localize(vnformat.income(value))


def file_size(n_bytes: int | float) -> str:
    """A file's size: "0,4 KB", "12,3 MB" (one decimal)."""
    if n_bytes >= 1024 * 1024:
        return number(n_bytes / 1024 / 1024, 1) + " MB"
    return number(max(n_bytes / 1024, 0.1), 1) + " KB"
