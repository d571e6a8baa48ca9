"""The ``ntm`` command: exit codes, --json everywhere, data-dir isolation, bad input."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from cli_runner import Cli, one_line
from helpers import assert_nfc
from sample_commune import MEDIUM

from ntm_desktop.cli import main
from ntm_desktop.store import backups, interchange
from ntm_desktop.store.workbook import Workbook


# ------------------------------------------------------------------ init, exit codes
def test_init_commune_and_show(cli):
    rc, out, err = cli("init", "commune", "--code", "08125", "--name", "Xã Minh Tân",
                       "--region", "TDMNPB", "--village", "Thôn Nà Héc:112:468",
                       "--village", "Bản Khuổi Sáp")
    assert rc == 0, err
    assert cli.workbook.exists()
    rc, data, _ = cli.json("commune", "show")
    assert rc == 0 and data["name"] == "Xã Minh Tân" and data["criteria_set"] == "qd318-2022"
    assert [v["name"] for v in data["villages"]] == ["Bản Khuổi Sáp", "Thôn Nà Héc"]
    rc, _, err = cli("init", "commune", "--code", "08125", "--name", "Xã Minh Tân")
    assert rc == 2 and "đã có thông tin xã" in one_line(err)


def test_init_with_unknown_catalog_creates_nothing(cli):
    rc, out, err = cli("init", "commune", "--code", "08125", "--name", "Xã Minh Tân",
                       "--set", "nope")
    assert rc == 2 and "nope" in one_line(err) and out == ""
    assert not cli.workbook.exists()
    rc, data, _ = cli.json("init", "commune", "--code", "08125", "--name", "X", "--set", "nope")
    assert rc == 2 and data["error"] == "unknown_catalog" and "nope" in data["message"]
    assert not cli.workbook.exists()


@pytest.mark.parametrize("code", ["123", "abcde", "081250"])
def test_init_with_bad_commune_code(cli, code):
    rc, data, _ = cli.json("init", "commune", "--code", code, "--name", "Xã Thử")
    assert rc == 2 and data["error"] == "invalid" and data["field"] == "code"
    assert not cli.workbook.exists()


def test_no_workbook_is_a_user_error(cli):
    rc, _, err = cli("status")
    assert rc == 2 and "Không tìm thấy sổ dữ liệu" in one_line(err)
    rc, data, _ = cli.json("status")
    assert rc == 2 and data == {"error": "no_workbook", "message": data["message"]}


def test_usage_error_exits_2(cli):
    rc, _, err = cli("infra", "add", "spaceship", "--name", "X")
    assert rc == 2 and "spaceship" in err


def test_no_command_prints_help(cli):
    rc, out, _ = cli(data_dir=False)
    assert rc == 0 and "ntm" in out


# ------------------------------------------------------------------ --data-dir / NTM_DATA_DIR
def test_env_data_dir_is_used(capsys, tmp_path, monkeypatch):
    env_dir = tmp_path / "tu-bien-moi-truong"
    monkeypatch.setenv("NTM_DATA_DIR", str(env_dir))
    c = Cli(capsys, env_dir)
    rc, _, err = c("init", "commune", "--code", "08125", "--name", "Xã Minh Tân", data_dir=False)
    assert rc == 0, err
    assert (env_dir / "workbook.ntm.sqlite").exists()


def test_data_dir_option_beats_env_and_home_is_never_touched(capsys, tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("NTM_DATA_DIR", str(tmp_path / "env"))
    c = Cli(capsys, tmp_path / "option")
    rc, _, err = c("init", "commune", "--code", "08125", "--name", "Xã Minh Tân")
    assert rc == 0, err
    rc, data, _ = c.json("village", "list")
    assert rc == 0 and data == []
    assert (tmp_path / "option" / "workbook.ntm.sqlite").exists()
    assert not (tmp_path / "env").exists()
    assert not home.exists() or not any(p.is_file() for p in home.rglob("*"))


def test_default_data_dir_follows_the_platform_folder(capsys, tmp_path, monkeypatch):
    """Without an override, the platform folder (here a fake HOME) is used — so the tests'
    override is what keeps the real user folder untouched."""
    monkeypatch.delenv("NTM_DATA_DIR")
    c = Cli(capsys, tmp_path / "unused")
    rc, _, _ = c("init", "commune", "--code", "08125", "--name", "Xã Minh Tân", data_dir=False)
    assert rc == 0
    assert list((tmp_path / "home").rglob("workbook.ntm.sqlite"))


# ------------------------------------------------------------------ --json on every listing
LISTINGS = [
    ("commune", "show"), ("village", "list"), ("infra", "list"), ("infra", "list", "--totals"),
    ("infra", "list", "--kind", "road"), ("contrib", "list"), ("contrib", "list", "--totals"),
    ("project", "list"), ("project", "list", "--resources"), ("log",), ("journal", "verify"),
    ("backup", "--list"), ("catalog", "list"), ("catalog", "show", "qd318-2022"),
    ("status", "--year", str(MEDIUM.year)),
]


@pytest.mark.parametrize("argv", LISTINGS, ids=lambda a: " ".join(a))
def test_every_listing_supports_json(ready, argv):
    rc, data, err = ready.json(*argv)
    assert rc == 0, err
    assert isinstance(data, (list, dict))
    assert data or argv == ("backup", "--list")
    rc, text, err = ready(*argv)
    assert rc == 0 and text.strip(), err


def test_listing_contents(ready):
    _, villages, _ = ready.json("village", "list")
    assert [v["name"] for v in villages][:2] == ["Thôn Nà Héc", "Bản Khuổi Sáp"]
    _, roads, _ = ready.json("infra", "list", "--kind", "road")
    assert len(roads) == 7 and all(r["kind"] == "road" for r in roads)
    _, totals, _ = ready.json("infra", "list", "--totals")
    assert totals["by_level"]["duong_xa"]["hardened_share"] == 65.0
    _, contrib, _ = ready.json("contrib", "list", "--village", "thon na hec")
    assert len(contrib) == 3
    _, ct, _ = ready.json("contrib", "list", "--totals")
    assert ct["cash_vnd"] == 7_500_000 and ct["labour_days"] == 85
    _, projects, _ = ready.json("project", "list")
    assert {p["funding_total"] for p in projects} == {1_800_000_000, 650_000_000}


def test_status_json_structure(ready):
    rc, rep, _ = ready.json("status", "--year", str(MEDIUM.year))
    assert rc == 0
    assert rep["year"] == MEDIUM.year
    assert rep["commune"]["name"] == "Xã Minh Tân"
    assert rep["catalog"]["id"] == "qd318-2022"
    assert isinstance(rep["met_count"], int) and rep["total"] == len(rep["criteria"]) == 19
    for c in rep["criteria"]:
        assert {"code", "name", "status", "indicators"} <= set(c)
        for i in c["indicators"]:
            assert {"code", "value", "status", "status_source"} <= set(i)
    inds = {i["code"]: i for c in rep["criteria"] for i in c["indicators"]}
    assert inds["2.1"]["value"] == 65.0
    cond = rep["conditions"]
    assert cond["outstanding_debt"]["total"] == 150_000_000
    assert cond["outstanding_debt"]["ok"] is False
    assert cond["satisfaction"]["survey"]["share"] == 92.5


# ------------------------------------------------------------------ bad input through the CLI
@pytest.mark.parametrize("indicator,value", [("9.1", "2.5"), ("9.1", "-1"), ("1.1", "2"),
                                             ("17.1", "101%")])
def test_set_refuses_a_value_the_gui_refuses(ready, indicator, value):
    """9.1 is must_be_none (whole numbers), 1.1 boolean: the same rule as the Criteria page."""
    before = ready.dump()
    rc, data, _ = ready.json("set", indicator, "--value", value, "--year", str(MEDIUM.year))
    assert rc == 2 and data["error"] == "invalid" and data["field"] == "value"
    assert ready.dump() == before


def test_set_reads_a_percent_sign(ready):
    rc, data, _ = ready.json("set", "17.1", "--value", "85,5%", "--year", str(MEDIUM.year))
    assert rc == 0 and data["value"] == 85.5


def test_set_percent_over_100(ready):
    before = ready.dump()
    rc, _, err = ready("set", "17.1", "--value", "120", "--year", str(MEDIUM.year))
    assert rc == 2 and "100" in one_line(err) and "value" in err
    rc, data, _ = ready.json("set", "17.1", "--value", "100,5", "--year", str(MEDIUM.year))
    assert rc == 2 and data["error"] == "invalid" and data["field"] == "value"
    assert ready.dump() == before


def test_set_unknown_indicator(ready):
    before = ready.dump()
    rc, data, _ = ready.json("set", "99.9", "--value", "1")
    assert rc == 2 and data["error"] == "unknown_indicator"
    assert ready.dump() == before


def test_set_ok_then_log_shows_history_of_that_row(ready):
    rc, row, _ = ready.json("set", "17.10", "--value", "55", "--year", str(MEDIUM.year))
    assert rc == 0 and row["value"] == 55
    rc, row2, _ = ready.json("set", "17.10", "--value", "60", "--year", str(MEDIUM.year),
                             "--note", "Đã tuyên truyền")
    assert row2["id"] == row["id"]
    rc, hist, _ = ready.json("log", row["id"])
    assert rc == 0 and [e["op"] for e in hist] == ["update", "insert"]
    assert {e["entity_id"] for e in hist} == {row["id"]}
    assert hist[0]["row"]["note"] == "Đã tuyên truyền"
    rc, text, _ = ready("log", row["id"])
    assert rc == 0 and row["id"] in text and text.count(row["id"]) == 2


def test_negative_length_via_cli(ready):
    before = ready.dump()
    rc, _, err = ready("infra", "add", "road", "--name", "Đường lỗi", "--attr", "level=ngo_xom",
                       "--attr", "length_km=-2")
    assert rc == 2 and "Chiều dài" in one_line(err)
    assert ready.dump() == before


def test_future_contribution_and_missing_contributor_via_cli(ready):
    before = ready.dump()
    rc, data, _ = ready.json("contrib", "add", "--date", "2999-01-01", "--contributor", "Hộ A",
                             "--kind", "tien_mat", "--quantity", "100000")
    assert rc == 2 and data["field"] == "date"
    rc, data, _ = ready.json("contrib", "add", "--date", "2023-01-01", "--contributor", " ",
                             "--kind", "tien_mat", "--quantity", "100000")
    assert rc == 2 and data["field"] == "contributor"
    assert ready.dump() == before


def test_nfd_arguments_are_stored_nfc(ready):
    name = unicodedata.normalize("NFD", "Thôn Lũng Vài")
    rc, v, _ = ready.json("village", "add", name, "--households", "40")
    assert rc == 0 and v["name"] == "Thôn Lũng Vài"
    rc, c, _ = ready.json("contrib", "add", "--date", "01/02/2023", "--contributor",
                          unicodedata.normalize("NFD", "Hộ ông Giàng A Dếnh"), "--kind",
                          "ngay_cong", "--quantity", "4", "--village", name)
    assert rc == 0 and c["village_id"] == v["id"] and c["date"] == "2023-02-01"
    assert_nfc(c)


@pytest.mark.parametrize("content", [
    b'{"format": "ntm-workbook/1", "tables": {',
    b'{"format": "ntm-workbook/1",, }',
    "{\"format\": \"ntm-workbook/1\", \"x\": \"Lò Văn Páo\"}".encode("cp1258", "replace")
    + b"\xe0\xf5",
    "{\"x\": \"Müller\"}".encode("latin-1"),
    b"",
    b'["not", "a", "workbook"]',
], ids=["truncated", "malformed", "cp1258", "latin1", "empty", "wrong-shape"])
def test_load_bad_json_file(ready, tmp_path, content):
    before = ready.dump()
    f = tmp_path / "vao.json"
    f.write_bytes(content)
    rc, _, err = ready("load", str(f))
    assert rc == 2, err
    one_line(err)
    rc, data, _ = ready.json("load", str(f))
    assert rc == 2 and data["error"] in {"bad_json", "bad_encoding", "empty_file", "bad_format"}
    assert ready.dump() == before


@pytest.mark.parametrize("kind", ["truncated", "text"])
def test_load_bad_xlsx_file(ready, tmp_path, kind):
    before = ready.dump()
    f = tmp_path / "vao.xlsx"
    rc, _, _ = ready("dump", "-o", str(f))
    data = f.read_bytes()
    f.write_bytes(data[: len(data) // 2] if kind == "truncated" else b"Ten;So ho\nA;1\n")
    rc, out, _ = ready.json("load", str(f))
    assert rc == 2 and out["error"] == "bad_xlsx"
    assert ready.dump() == before


def test_dump_load_round_trip_json_and_xlsx(ready, capsys, tmp_path):
    j, x = tmp_path / "so.json", tmp_path / "so.xlsx"
    assert ready("dump", "-o", str(j))[0] == 0
    assert ready("dump", "--xlsx", "-o", str(x))[0] == 0
    for src in (j, x):
        other = Cli(capsys, tmp_path / f"data-{src.suffix[1:]}")
        rc, counts, err = other.json("load", str(src))
        assert rc == 0, err
        assert counts["village"] == 4
        assert other.dump() == ready.dump()
        rc, counts, _ = other.json("load", str(src))
        assert rc == 0 and sum(counts.values()) == 0
        out = tmp_path / f"again-{src.suffix[1:]}.json"
        other("dump", "-o", str(out))
        assert out.read_bytes() == j.read_bytes()


# ------------------------------------------------------------------ journal, backup, restore
def test_journal_verify_exit_codes(ready):
    rc, rep, _ = ready.json("journal", "verify")
    assert rc == 0 and rep["ok"] is True and rep["checked"] > 40
    con = sqlite3.connect(ready.workbook)
    # seq 2 is the latest entry of its row, so its row is the live one (migration m002):
    # edit the commune behind the store's back
    entity, entity_id = con.execute("SELECT entity, entity_id FROM journal WHERE seq = 2").fetchone()
    con.execute(f"UPDATE [{entity}] SET name = replace(name, 'Nà Héc', 'Nà Hẹc') WHERE id = ?",
                [entity_id])
    assert con.total_changes == 1
    con.commit()
    con.close()
    rc, rep, _ = ready.json("journal", "verify")
    assert rc != 0 and rep["ok"] is False and rep["first_broken_seq"] == 2
    rc, out, _ = ready("journal", "verify")
    assert rc != 0 and "mục 2" in out


def test_backup_and_restore(ready, tmp_path):
    rc, data, _ = ready.json("backup")
    assert rc == 0
    bk = Path(data["backup"])
    assert bk.exists() and bk.parent == backups.default_dir(ready.workbook)
    before = ready.dump()
    rc, _, _ = ready("village", "add", "Thôn Sau Sao Lưu")
    assert ready.dump() != before
    after = ready.dump()
    rc, res, err = ready.json("restore", str(bk))
    assert rc == 0, err
    assert ready.dump() == before
    prev = Path(res["previous_copy"])
    with Workbook.open(prev, daily_backup=False) as wb:
        assert interchange.dump_bytes(wb) == after
    rc, listing, _ = ready.json("backup", "--list")
    assert str(bk) in listing and str(prev) in listing


def test_restore_refuses_corrupt_backup(ready, tmp_path):
    rc, data, _ = ready.json("backup")
    bk = Path(data["backup"])
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(bk.read_bytes()[:2048])
    before = ready.dump()
    rc, _, err = ready("restore", str(bad))
    assert rc == 2 and one_line(err)
    rc, data, _ = ready.json("restore", str(bad))
    assert rc == 2 and data["error"] == "corrupt"
    assert ready.dump() == before
    rc, data, _ = ready.json("restore", str(tmp_path / "khong-co.sqlite"))
    assert rc == 2 and data["error"] == "no_backup"


def test_set_with_a_bad_evidence_file_changes_nothing(tmp_path):
    """`ntm set … --evidence bad.jpg`: the file is refused and the value is not saved either."""
    from ntm_desktop.store import interchange
    from ntm_desktop.store.workbook import Workbook
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init", "commune", "--code", "00919",
                 "--name", "Xã Minh Tân", "--set", "qd318-2022", "--region", "TDMNPB"]) == 0
    bad = tmp_path / "anh-hong.jpg"
    bad.write_bytes(b"\xff\xd8 not really a jpeg")
    with Workbook.open(data / "workbook.ntm.sqlite") as wb:
        before = interchange.dump_bytes(wb)
    rc = main(["--data-dir", str(data), "set", "3.1", "--value", "85", "--year", "2025",
               "--evidence", str(bad)])
    assert rc == 2
    with Workbook.open(data / "workbook.ntm.sqlite") as wb:
        assert interchange.dump_bytes(wb) == before
