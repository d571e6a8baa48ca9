"""One accent-insensitive search for every list (issue 12 item 18) and one home for the
contribution and canal totals (issue 8)."""

from __future__ import annotations

import unicodedata

import pytest

from ntm_desktop.core.text import fold
from ntm_desktop.store import contributions, infrastructure, ledger_queries
from ntm_desktop.store.search import fold_match, install_fold, like_pattern

NAME = "Lương Thị Thủy"
NFD = unicodedata.normalize("NFD", NAME)
QUERIES = [NAME, NFD, "luong thi thuy", "LUONG THI THUY", "thị thủy", "  luong   thi  ", "Thuy"]


@pytest.fixture
def wb(sample_wb):
    contributions.add_contribution(sample_wb, {
        "date": "2024-01-05", "contributor": NAME, "kind": "tien_mat", "quantity": 1_000_000,
        "receipt_no": "PT-99", "note": "Đóng góp làm đường"})
    contributions.add_contribution(sample_wb, {
        "date": "2024-01-06", "contributor": "Hộ ông Đặng Văn Đức", "kind": "tien_mat",
        "quantity": 500_000, "note": "100% tiền mặt"})
    infrastructure.save_item(sample_wb, {"kind": "canal", "name": "Kênh tưới bà Lương Thị Thủy",
                                         "attrs": {"length_km": 1.5, "solidified": True}})
    return sample_wb


def test_nfd_input_is_distinct_bytes():
    assert NFD != NAME and fold(NFD) == fold(NAME) == "luong thi thuy"


@pytest.mark.parametrize("query", QUERIES)
def test_contrib_search_finds_nfc_nfd_and_accentless(wb, query):
    rows = contributions.list_contributions(wb, search=query)
    assert [r["contributor"] for r in rows] == [NAME]
    assert contributions.count_contributions(wb, search=query) == 1
    conn = wb.conn
    filt = ledger_queries.LedgerFilter(search=query)
    assert ledger_queries.ledger_count(conn, filt) == 1
    assert [r[2] for r in ledger_queries.ledger_page(conn, filt)] == [NAME]


@pytest.mark.parametrize("query", QUERIES)
def test_infra_search_finds_nfc_nfd_and_accentless(wb, query):
    names = [r["name"] for r in infrastructure.list_items(wb, search=query)]
    assert names == ["Kênh tưới bà Lương Thị Thủy"]


def test_d_with_stroke_and_other_columns(wb):
    assert [r["contributor"] for r in contributions.list_contributions(
        wb, search="dang van duc")] == ["Hộ ông Đặng Văn Đức"]
    assert [r["contributor"] for r in contributions.list_contributions(
        wb, search="pt-99")] == [NAME]  # receipt number
    assert [r["contributor"] for r in contributions.list_contributions(
        wb, search="LAM DUONG")] == [NAME]  # note


def test_like_wildcards_are_literal(wb):
    # "%" and "_" typed by the user are letters, not LIKE wildcards
    assert [r["contributor"] for r in contributions.list_contributions(
        wb, search="100%")] == ["Hộ ông Đặng Văn Đức"]
    assert contributions.list_contributions(wb, search="1_0") == []
    assert [r["contributor"] for r in contributions.list_contributions(
        wb, search="%")] == ["Hộ ông Đặng Văn Đức"]
    assert like_pattern("a_b%c\\") == "%a\\_b\\%c\\\\%"


def test_blank_search_matches_everything(wb):
    assert fold_match(["x"], "   ") == (None, [])
    n = contributions.count_contributions(wb)
    assert contributions.count_contributions(wb, search="  ") == n
    assert len(infrastructure.list_items(wb, search="")) == len(infrastructure.list_items(wb))


def test_infra_search_pages_in_sql(wb):
    every = infrastructure.list_items(wb, search="minh tan")
    assert len(every) >= 3
    assert infrastructure.list_items(wb, search="minh tan", limit=2) == every[:2]
    assert infrastructure.list_items(wb, search="minh tan", limit=2, offset=1) == every[1:3]


def test_sql_fold_is_core_fold(wb):
    conn = wb.conn
    install_fold(conn)
    for text in (NAME, NFD, "Đường ĐT.176", "Ấp Ông Đồ", None):
        got = conn.execute("SELECT ntm_fold(?)", [text]).fetchone()[0]
        assert got == (fold(text) if text is not None else "")


def test_one_totals_by_kind(wb):
    conn = wb.conn
    by_kind = contributions.totals_by_kind(conn)
    expected: dict[str, dict[str, float]] = {}
    for r in wb.rows("contribution"):
        t = expected.setdefault(r["kind"], {"count": 0, "quantity": 0, "value_vnd": 0})
        t["count"] += 1
        t["quantity"] += r["quantity"] or 0
        t["value_vnd"] += r["value_vnd"] or 0
    assert by_kind == expected
    assert {k: {**v} for k, v in contributions.totals(wb)["by_kind"].items()} == expected
    ledger = ledger_queries.ledger_totals(conn, ledger_queries.LedgerFilter())["by_kind"]
    assert {k: {c: v[c] for c in ("count", "quantity", "value_vnd")}
            for k, v in ledger.items()} == expected
    filtered = ledger_queries.ledger_totals(conn, ledger_queries.LedgerFilter(
        search="luong thi thuy"))["by_kind"]
    assert filtered["tien_mat"]["count"] == 1 and filtered["tien_mat"]["value_vnd"] == 1_000_000


def test_one_canal_totals(wb):
    got = infrastructure.canal_totals(wb.conn)
    canals = [r for r in wb.rows("infra_item") if r["kind"] == "canal"]
    total = sum(c["attrs"].get("length_km") or 0 for c in canals)
    solid = sum(c["attrs"].get("length_km") or 0 for c in canals if c["attrs"].get("solidified"))
    assert got["total_km"] == pytest.approx(total)
    assert got["solidified_km"] == pytest.approx(solid)
    assert got["solidified_share"] == round(solid * 100 / total, 2)
    assert ledger_queries.canal_totals is infrastructure.canal_totals
