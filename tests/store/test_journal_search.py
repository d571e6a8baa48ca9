"""The History search (the journal) finds what was typed, accents and case aside, as every list
does (``store/search.glob_pattern``: the fold of ``core.text.fold`` as a GLOB pattern, so the
match runs inside SQLite)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import sample_commune

from ntm_desktop.store import journal_queries as jq
from ntm_desktop.store.commune import save_village
from ntm_desktop.store.search import glob_pattern


@pytest.fixture
def wb(tmp_path: Path):
    wb = sample_commune.build(tmp_path / "w.ntm.sqlite", size="small")
    save_village(wb, {"name": "Thôn Đồng Tâm [cũ]", "households": 30})
    yield wb
    wb.close()


def _names(wb, text: str) -> list[str]:
    seqs = jq.journal_seqs(wb.db, jq.JournalFilter(text=text))
    return [e["row"]["name"] for e in jq.journal_entries(wb.db, seqs)
            if e["entity"] == "village"]


@pytest.mark.parametrize("typed", ["Thôn Đồng Tâm", "thon dong tam", "THON DONG TAM",
                                   unicodedata.normalize("NFD", "Thôn Đồng Tâm"),
                                   "  thôn   đồng  tâm "])
def test_typed_with_or_without_accents_in_any_case_or_form(wb, typed: str) -> None:
    assert _names(wb, typed) == ["Thôn Đồng Tâm [cũ]"]


def test_the_count_and_the_pages_agree(wb) -> None:
    flt = jq.JournalFilter(text="thon dong")  # Thôn Đông and Thôn Đồng Tâm
    seqs = jq.journal_seqs(wb.db, flt)
    assert jq.journal_count(wb.db, flt) == len(seqs) == 2
    assert seqs == sorted(seqs, reverse=True)  # newest first
    assert [e["seq"] for e in jq.journal_entries(wb.db, seqs)] == seqs


def test_glob_characters_are_taken_literally(wb) -> None:
    assert _names(wb, "[cu]") == ["Thôn Đồng Tâm [cũ]"]
    assert _names(wb, "tam [c") == ["Thôn Đồng Tâm [cũ]"]
    assert _names(wb, "t*m") == [] and _names(wb, "t?m") == []
    assert glob_pattern("  ") is None and jq.journal_count(wb.db, jq.JournalFilter(text=" ")) == 3
