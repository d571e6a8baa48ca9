"""NFD typed into every text-taking command is stored, signed and shown NFC, on the commune's
side and the appraiser's (issue 12 item 17); search finds it in every form (item 18)."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
import zipfile
from pathlib import Path

from helpers import assert_nfc

from ntm_desktop.cli import main
from ntm_desktop.cli.common import VERBATIM_DESTS, nfc_args
from ntm_desktop.store import interchange
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook


def nfd(text: str) -> str:
    out = unicodedata.normalize("NFD", text)
    assert out != text
    return out


def run(capsys, *args: str) -> tuple[int, object]:
    capsys.readouterr()
    rc = main(list(args))
    out = capsys.readouterr().out
    try:
        return rc, json.loads(out)
    except json.JSONDecodeError:
        return rc, out


def _db_strings(path: Path, tables: list[str]) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [v for t in tables for r in conn.execute(f"SELECT * FROM [{t}]")
                for v in r if isinstance(v, str)]
    finally:
        conn.close()


def test_nfd_everywhere_commune_and_hub(capsys, tmp_path):
    c, h, t = str(tmp_path / "c"), str(tmp_path / "h"), tmp_path
    ok = [
        run(capsys, "init", "commune", "--code", "20001", "--name", nfd("Xã Lương Sơn"),
            "--officer", nfd("Nguyễn Thị Hằng"), "--officer-title", nfd("Công chức Địa chính"),
            "--data-dir", c),
        run(capsys, "village", "add", nfd("Thôn Đồng Tâm"), "--households", "80",
            "--data-dir", c),
        run(capsys, "infra", "add", "road", "--name", nfd("Đường trục thôn Đồng Tâm"),
            "--village", nfd("Thôn Đồng Tâm"), "--note", nfd("Đã cứng hóa"), "--attr",
            "surface=be_tong", "--attr", "length_km=1.2", "--attr", "level=truc_thon",
            "--data-dir", c),
        run(capsys, "contrib", "add", "--date", "2024-03-01", "--contributor",
            nfd("Hộ bà Lương Thị Thủy"), "--kind", "tien_mat", "--quantity", "2000000",
            "--village", nfd("Thôn Đồng Tâm"), "--note", nfd("Góp làm đường"), "--data-dir", c),
        run(capsys, "project", "add", "--name", nfd("Cứng hóa đường thôn"), "--note",
            nfd("Vốn lồng ghép"), "--data-dir", c),
        run(capsys, "set", "17.1", "--value", "96", "--year", "2025", "--note",
            nfd("Theo báo cáo tháng 9"), "--responsible", nfd("Trần Văn Đức"), "--data-dir", c),
        run(capsys, "init", "appraiser", "--name", nfd("Sở Nông nghiệp và Môi trường"),
            "--level", "province", "--data-dir", h),
        run(capsys, "keys", "export-public", "-o", str(t / "c.card"), "--data-dir", c),
        run(capsys, "keys", "export-public", "-o", str(t / "h.card"), "--data-dir", h),
        run(capsys, "trust", "add", "--card", str(t / "h.card"), "--yes", "--data-dir", c),
    ]
    assert [rc for rc, _ in ok] == [0] * len(ok), ok
    card = json.loads((t / "h.card").read_text("utf-8"))
    assert card["name"] == "Sở Nông nghiệp và Môi trường"  # the hub's key card is NFC
    rc, show = run(capsys, "keys", "show", "--data-dir", c, "--json")
    assert run(capsys, "trust", "add", "--card", str(t / "c.card"), "--fingerprint",
               show["fingerprint"], "--data-dir", h)[0] == 0
    assert run(capsys, "export", "-o", str(t / "p1.ntmpkg"), "--data-dir", c)[0] == 0
    rc, imp = run(capsys, "import", str(t / "p1.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 0 and imp["outcomes"][0]["status"] == "applied"
    assert run(capsys, "appraise", "set", "20001", "17.1", "--result", "disagree", "--comment",
               nfd("Thiếu biên bản kiểm tra của Phòng Kinh tế"), "--appraiser",
               nfd("Đoàn thẩm định tỉnh"), "--year", "2025", "--data-dir", h)[0] == 0
    assert run(capsys, "feedback", "export", "20001", "-o", str(t / "f1.ntmpkg"),
               "--data-dir", h)[0] == 0

    # stored NFC on both sides
    with Workbook.open(Path(c) / "workbook.ntm.sqlite", daily_backup=False) as wb:
        dump = interchange.dump(wb)
        assert_nfc(dump)
        assert dump["tables"]["commune"][0]["name"] == "Xã Lương Sơn"
        authors = [r["author"] for r in wb.db.query("SELECT author FROM journal")]
        assert_nfc(authors)
    assert_nfc(_db_strings(Path(h) / "hub.ntm.sqlite",
                           ["meta", "trusted_key", "commune", "appraisal", "approval"]))
    with Hub.open(Path(h) / "hub.ntm.sqlite") as hub:
        assert hub.name == "Sở Nông nghiệp và Môi trường"
        comment = hub.appraisals("20001", 2025)["17.1"]["comment"]
        assert comment == "Thiếu biên bản kiểm tra của Phòng Kinh tế"
    # the feedback package carries NFC only
    with zipfile.ZipFile(t / "f1.ntmpkg") as zf:
        for name in zf.namelist():
            if name.endswith((".json", ".jsonl")):
                text = zf.read(name).decode("utf-8")
                assert unicodedata.is_normalized("NFC", text), name
                assert "Thiếu biên bản" in text or name != "appraisal.json"

    # search finds the NFC text whether typed NFC, NFD or without accents
    for query in ("luong thi thuy", nfd("Lương Thị Thủy"), "Lương Thị Thủy"):
        rc, rows = run(capsys, "contrib", "list", "--search", query, "--data-dir", c, "--json")
        assert rc == 0 and [r["contributor"] for r in rows] == ["Hộ bà Lương Thị Thủy"], query
    for query in ("dong tam", nfd("Đồng Tâm"), "Đồng Tâm"):
        rc, rows = run(capsys, "infra", "list", "--search", query, "--data-dir", c, "--json")
        assert rc == 0 and [r["name"] for r in rows] == ["Đường trục thôn Đồng Tâm"], query


def test_paths_are_passed_as_typed(capsys, tmp_path, sample_path):
    # a file whose name on disk is NFD (as macOS writes it) must still be found
    with Workbook.open(sample_path, daily_backup=False) as wb:
        interchange.dump_file(wb, tmp_path / nfd("Sổ xã.json"))
    rc, out = run(capsys, "load", str(tmp_path / nfd("Sổ xã.json")), "--workbook",
                  str(sample_path), "--data-dir", str(tmp_path / "d"), "--json")
    assert rc == 0, out


def test_nfc_args_keeps_paths_and_env_names():
    import argparse
    ns = argparse.Namespace(name=nfd("Thôn Đông"), output=nfd("Tệp.pdf"), files=[nfd("Gói.x")],
                            attr=[nfd("ghi_chú=Đã xong")], year=2025, passphrase_env="PW")
    nfc_args(ns)
    assert ns.name == "Thôn Đông" and ns.attr == ["ghi_chú=Đã xong"] and ns.year == 2025
    assert ns.output == nfd("Tệp.pdf") and ns.files == [nfd("Gói.x")]
    assert {"output", "files", "workbook", "data_dir", "passphrase_env"} <= VERBATIM_DESTS
