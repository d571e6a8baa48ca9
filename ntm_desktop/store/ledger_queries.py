"""Paged and aggregate queries for the registry and ledger screens (Qt-free).

* :class:`LedgerFilter` + :func:`ledger_count` / :func:`ledger_page` / :func:`ledger_totals`:
  the contributions ledger, filtered and sorted in SQL, read one page at a time (never every row
  in Python at once). Free-text search is accent-insensitive ("nguyen" finds "Nguyễn") through an
  SQLite function ``ntm_fold`` registered on the connection.
* :func:`export_ledger_xlsx`: the filtered ledger plus a totals sheet, Vietnamese headers,
  written to a temporary file then renamed; runs in the background (``report``/``cancel``) on
  its own read-only connection.
* :func:`canal_totals` (from :mod:`store.infrastructure`): canal length and the solidified
  share.
* :data:`PROJECT_FIELDS`: labels of the project field codes used by the demo and the templates.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.model import CONTRIBUTION_DEFAULT_UNIT, CONTRIBUTION_KINDS, CONTRIBUTOR_KINDS
from ntm_desktop.core.progress import Progress
from ntm_desktop.core.text import vi_sort_key
from ntm_desktop.store.contributions import SEARCH_COLUMNS, totals_by_kind
from ntm_desktop.store.infrastructure import canal_totals  # noqa: F401 - re-exported (one home)
from ntm_desktop.store.search import fold_match, install_fold

PROJECT_FIELDS: dict[str, str] = {
    "giao_thong": _N("model", "Giao thông"),
    "thuy_loi": _N("model", "Thủy lợi"),
    "dien": _N("model", "Điện"),
    "giao_duc": _N("model", "Giáo dục"),
    "y_te": _N("model", "Y tế"),
    "van_hoa": _N("model", "Văn hóa"),
    "thuong_mai": _N("model", "Thương mại"),
    "moi_truong": _N("model", "Môi trường, nước sạch"),
    "san_xuat": _N("model", "Phát triển sản xuất"),
    "khac": _N("model", "Khác"),
}

# columns of a ledger page row, in order
LEDGER_COLUMNS = ("id", "date", "contributor", "village", "kind", "quantity", "unit", "rate",
                  "value_vnd", "project", "receipt_no", "note", "village_id", "project_id",
                  "contributor_kind")
SORT_KEYS: dict[str, str] = {
    "date": "c.date {d}, c.rowid {d}",
    "contributor": "c.contributor COLLATE vi {d}, c.rowid {d}",
    "value": "coalesce(c.value_vnd, 0) {d}, c.rowid {d}",
    "quantity": "c.quantity {d}, c.rowid {d}",
    "village": "v.name COLLATE vi {d}, c.rowid {d}",
    "kind": "c.kind {d}, c.rowid {d}",
    "project": "p.name COLLATE vi {d}, c.rowid {d}",
    "receipt": "c.receipt_no COLLATE vi {d}, c.rowid {d}",
    "unit": "c.unit {d}, c.rowid {d}",
    "rate": "coalesce(c.rate, 0) {d}, c.rowid {d}",
}


@functools.lru_cache(maxsize=65536)
def _vi_key(text: str) -> str:
    return vi_sort_key(text)


def _vi_collate(a: str, b: str) -> int:
    ka, kb = _vi_key(a), _vi_key(b)
    return (ka > kb) - (ka < kb)


def install_functions(conn: sqlite3.Connection) -> None:
    """Register ``ntm_fold(text)`` (:mod:`store.search`) and the ``vi`` collation (Vietnamese
    dictionary order, numbers by value) on ``conn`` (idempotent)."""
    install_fold(conn)
    conn.create_collation("vi", _vi_collate)


@dataclass(frozen=True)
class LedgerFilter:
    kind: str | None = None
    village_id: str | None = None
    project_id: str | None = None
    search: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        parts, params = ["1=1"], []
        for col, v in (("c.kind", self.kind), ("c.village_id", self.village_id),
                       ("c.project_id", self.project_id)):
            if v:
                parts.append(f"{col} = ?")
                params.append(v)
        cond, cond_params = fold_match([f"c.{c}" for c in SEARCH_COLUMNS], self.search)
        if cond:
            parts.append(cond)
            params += cond_params
        return " AND ".join(parts), params


_FROM = (" FROM contribution c LEFT JOIN village v ON v.id = c.village_id"
         " LEFT JOIN project p ON p.id = c.project_id")


def ledger_count(conn: sqlite3.Connection, filt: LedgerFilter) -> int:
    install_functions(conn)
    where, params = filt.where()
    join = _FROM if filt.search else " FROM contribution c"
    return conn.execute(f"SELECT count(*){join} WHERE {where}", params).fetchone()[0]


def order_clause(sort: str = "date", descending: bool = True) -> str:
    return SORT_KEYS.get(sort, SORT_KEYS["date"]).format(d="DESC" if descending else "ASC")


def ledger_page(conn: sqlite3.Connection, filt: LedgerFilter, *, sort: str = "date",
                descending: bool = True, limit: int = 500, offset: int = 0) -> list[tuple]:
    """Rows ``offset … offset+limit`` as tuples in :data:`LEDGER_COLUMNS` order."""
    install_functions(conn)
    where, params = filt.where()
    sql = ("SELECT c.id, c.date, c.contributor, v.name, c.kind, c.quantity, c.unit, c.rate, "
           "c.value_vnd, p.name, c.receipt_no, c.note, c.village_id, c.project_id, "
           f"c.contributor_kind{_FROM} WHERE {where} ORDER BY {order_clause(sort, descending)} "
           f"LIMIT {int(limit)} OFFSET {int(offset)}")
    return conn.execute(sql, params).fetchall()


def ledger_totals(conn: sqlite3.Connection, filt: LedgerFilter) -> dict[str, Any]:
    """Totals of the filtered ledger: by kind (count, quantity, value), village and project."""
    install_functions(conn)
    where, params = filt.where()
    by_kind = {kind: {**t, "unit": CONTRIBUTION_DEFAULT_UNIT.get(kind, "")}
               for kind, t in totals_by_kind(conn, where, params, from_sql=_FROM).items()}
    by_village = [{"id": vid, "name": name, "count": n, "value_vnd": v or 0}
                  for vid, name, n, v in conn.execute(
                      f"SELECT c.village_id, v.name, count(*), sum(coalesce(c.value_vnd,0))"
                      f"{_FROM} WHERE {where} GROUP BY c.village_id ORDER BY 4 DESC", params)]
    by_project = [{"id": pid, "name": name, "count": n, "value_vnd": v or 0}
                  for pid, name, n, v in conn.execute(
                      f"SELECT c.project_id, p.name, count(*), sum(coalesce(c.value_vnd,0))"
                      f"{_FROM} WHERE {where} GROUP BY c.project_id ORDER BY 4 DESC", params)]
    return {"by_kind": by_kind, "by_village": by_village, "by_project": by_project,
            "count": sum(k["count"] for k in by_kind.values()),
            "total_value_vnd": sum(k["value_vnd"] for k in by_kind.values())}


# ----------------------------------------------------------------------------- Excel export
LEDGER_HEADERS = ("Ngày", "Người/đơn vị đóng góp", "Loại", "Thôn", "Hình thức", "Số lượng",
                  "Đơn vị", "Đơn giá quy đổi (đồng)", "Giá trị quy đổi (đồng)", "Dự án",
                  "Số biên nhận", "Ghi chú")


def export_ledger_xlsx(db_path: str | os.PathLike[str], filt: LedgerFilter, out: Path, *,
                       sort: str = "date", descending: bool = True, heading: str = "",
                       report: Callable[[Progress], None] | None = None,
                       cancel: Any = None) -> dict[str, Any]:
    """Write the filtered ledger (sheet "Sổ đóng góp") and totals (sheet "Tổng hợp") to ``out``.

    Reads through a separate read-only connection; writes ``out`` through a temporary file in the
    same folder, renamed at the end (an existing file is replaced only on success). Returns
    ``{"path": out, "rows": n}``. Raises :class:`~ntm_desktop.core.errors.Cancelled` on cancel.
    """
    from openpyxl import Workbook as XlsxBook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    conn = sqlite3.connect(f"file:{Path(db_path).as_posix()}?mode=ro", uri=True,
                           check_same_thread=False)
    try:
        total = ledger_count(conn, filt)
        book = XlsxBook(write_only=True)
        sheet = book.create_sheet("Sổ đóng góp")
        bold = Font(bold=True)

        def header(ws: Any, values: list[Any]) -> None:
            cells = []
            for v in values:
                cell = WriteOnlyCell(ws, value=v)
                cell.font = bold
                cells.append(cell)
            ws.append(cells)
        widths = (12, 34, 14, 20, 14, 14, 8, 18, 20, 36, 16, 30)
        for i, w in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = w
        sheet.freeze_panes = "A3" if heading else "A2"
        if heading:
            header(sheet, [heading])
        header(sheet, list(LEDGER_HEADERS))
        done, page = 0, 2000
        while done < total or done == 0:
            if cancel is not None:
                cancel.check()
            rows = ledger_page(conn, filt, sort=sort, descending=descending, limit=page,
                               offset=done)
            if not rows:
                break
            for r in rows:
                rec = dict(zip(LEDGER_COLUMNS, r, strict=True))
                sheet.append([rec["date"], _text(rec["contributor"]),
                              CONTRIBUTOR_KINDS.get(rec["contributor_kind"] or "", ""),
                              _text(rec["village"]), CONTRIBUTION_KINDS.get(rec["kind"], ""),
                              rec["quantity"], rec["unit"], rec["rate"], rec["value_vnd"],
                              _text(rec["project"]), _text(rec["receipt_no"]),
                              _text(rec["note"])])
            done += len(rows)
            if report is not None:
                report(Progress(done, total))
        totals = ledger_totals(conn, filt)
        tsheet = book.create_sheet("Tổng hợp")
        tsheet.column_dimensions["A"].width = 36
        for col in "BCD":
            tsheet.column_dimensions[col].width = 20
        header(tsheet, ["Theo hình thức", "Số khoản", "Số lượng", "Giá trị quy đổi (đồng)"])
        for kind, label in CONTRIBUTION_KINDS.items():
            t = totals["by_kind"].get(kind)
            if t:
                tsheet.append([f"{label} ({t['unit']})" if t["unit"] else label, t["count"],
                               t["quantity"], t["value_vnd"]])
        header(tsheet, ["Tổng cộng", totals["count"], None, totals["total_value_vnd"]])
        tsheet.append([])
        header(tsheet, ["Theo thôn", "Số khoản", None, "Giá trị quy đổi (đồng)"])
        for t in totals["by_village"]:
            tsheet.append([_text(t["name"]) or "(không ghi thôn)", t["count"], None,
                           t["value_vnd"]])
        tsheet.append([])
        header(tsheet, ["Theo dự án", "Số khoản", None, "Giá trị quy đổi (đồng)"])
        for t in totals["by_project"]:
            tsheet.append([_text(t["name"]) or "(không gắn dự án)", t["count"], None,
                           t["value_vnd"]])
        if cancel is not None:
            cancel.check()
        out = Path(out)
        fd, tmp = tempfile.mkstemp(prefix=".ntm-export-", suffix=".xlsx", dir=out.parent)
        os.close(fd)
        try:
            book.save(tmp)
            os.replace(tmp, out)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return {"path": str(out), "rows": done}
    finally:
        conn.close()


def _text(value: Any) -> Any:
    """Text cells never start a formula in Excel."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
