"""What an officer reads in the plain-text output of ``ntm status``, ``ntm log``, ``ntm init``
and ``ntm load`` (the JSON output is tested in test_cli_workbook.py)."""

from __future__ import annotations

import datetime as dt
import json
import re

from cli_runner import one_line
from sample_commune import MEDIUM


def test_status_text_shows_derived_figures_todo_and_conditions(ready):
    _, rep, _ = ready.json("status", "--year", str(MEDIUM.year))
    rc, text, _ = ready("status", "--year", str(MEDIUM.year))
    assert rc == 0
    inds = {i["code"]: i for c in rep["criteria"] for i in c["indicators"]}
    derived = [i for i in inds.values() if i.get("derived")]
    assert derived, "the sample commune has registry-derived indicators"
    for i in derived:  # the figures each derived value came from
        assert f"tính từ sổ công trình: {i['derived']['detail']}" in text
    assert rep["todo"]
    assert "Việc còn phải làm:" in text
    for t in rep["todo"]:
        assert re.search(rf"^  - {re.escape(t['code'])}: ", text, re.M), t
    level = rep["conditions"]["revocation"]["level"]
    line = next(ln for ln in text.splitlines() if "Nguy cơ thu hồi" in ln)
    assert level not in line.split(":")[-1]  # a Vietnamese word, not the internal code
    for reason in rep["conditions"]["revocation"]["reasons"]:
        assert reason in text


def test_status_text_names_mismatch_with_computed_status(ready):
    rc, _, err = ready("set", "3.1", "--value", "50", "--status", "dat", "--year", str(MEDIUM.year))
    assert rc == 0, err
    _, rep, _ = ready.json("status", "--year", str(MEDIUM.year))
    assert "3.1" in [m if isinstance(m, str) else m["code"] for m in rep["mismatches"]]
    _, text, _ = ready("status", "--year", str(MEDIUM.year))
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("3.1:"))
    assert "theo số liệu: Chưa đạt" in line


def test_log_text_shows_a_readable_time(ready):
    rc, rows, _ = ready.json("log", "--limit", "1")
    assert rc == 0 and rows
    ms = int(rows[0]["hlc"].split("-")[0])
    when = dt.datetime.fromtimestamp(ms / 1000).strftime("%d/%m/%Y %H:%M:%S")
    _, text, _ = ready("log", "--limit", "1")
    assert when in text and str(ms) not in text


def test_init_with_old_code_keeps_the_pre_2025_name_and_district(cli):
    rc, c, err = cli.json("init", "commune", "--code", "00919", "--old-code", "00919",
                          "--set", "qd318-2022", "--region", "TDMNPB")
    assert rc == 0, err
    assert c["name"] == "Xã Minh Tân" and c["province_name"]
    assert c["old_name"] == "Xã Minh Tân" and c["old_district_name"] == "Huyện Vị Xuyên"
    assert c["old_district_code"]
    _, text, _ = cli("commune", "show")
    assert "Trước 01/7/2025: Xã Minh Tân (mã 00919), Huyện Vị Xuyên" in text


def test_init_with_a_code_outside_the_official_list_warns(cli):
    rc, _, err = cli("init", "commune", "--code", "02119", "--name", "Xã Thử")
    assert rc == 0 and "02119" in err and "ntm units search" in err


def test_loading_another_workbook_of_the_same_commune_says_which(ready, tmp_path):
    _, rep, _ = ready.json("commune", "show")
    doc = json.loads(ready.dump())
    doc["tables"]["commune"][0]["id"] = "00000000-0000-4000-8000-000000000001"
    for table in doc["tables"].values():
        for row in table:
            if "commune_id" in row:
                row["commune_id"] = "00000000-0000-4000-8000-000000000001"
    f = tmp_path / "other.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = ready.dump()
    rc, _, err = ready("load", str(f))
    line = one_line(err)
    assert rc == 2 and "id 00000000" in line and f"id {rep['id'][:8]}" in line
    assert ready.dump() == before


def test_error_naming_its_row_says_the_place_once(ready, tmp_path):
    doc = json.loads(ready.dump())
    del doc["tables"]["village"][0]["id"]
    f = tmp_path / "no-id.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    rc, _, err = ready("load", str(f))
    line = one_line(err)
    assert rc == 2 and line.count("tables.village[0]") == 1, line


def test_status_text_says_why_an_indicator_is_undetermined(ready):
    """No figure: "chưa có số liệu"; a figure but no level to compare it with (the national set
    ships none unverified): "chưa có mức đạt chuẩn để so sánh", never "chưa có số liệu"."""
    _, rep, _ = ready.json("status", "--year", str(MEDIUM.year))
    _, text, _ = ready("status", "--year", str(MEDIUM.year))
    lines = {ln.strip().split(":")[0]: ln for ln in text.splitlines() if ln.startswith("    ")}
    inds = [i for c in rep["criteria"] for i in c["indicators"] if i["status_source"] == "none"]
    no_value = [i for i in inds if i["missing_data"]]
    no_level = [i for i in inds if not i["missing_data"]]
    assert no_value and no_level, "the sample has both kinds"
    for i in no_value:
        assert lines[i["code"]].endswith("(chưa có số liệu)"), lines[i["code"]]
    for i in no_level:
        assert (i.get("threshold") or {}).get("value") is None
        assert lines[i["code"]].endswith("(chưa có mức đạt chuẩn để so sánh)"), lines[i["code"]]
        assert "chưa có số liệu" not in lines[i["code"]]


def test_log_text_names_data_operations_and_records_as_the_history_page(ready):
    rc, rows, _ = ready.json("log", "--limit", "200")
    assert rc == 0
    _, text, _ = ready("log", "--limit", "200")
    header = text.splitlines()[0]
    assert "Dữ liệu" in header and "Thao tác" in header and "Bản ghi" in header
    body = "\n".join(text.splitlines()[2:])
    for code in ("insert", "update", "infra_item", "assessment"):
        assert f"  {code}  " not in body
    assert "  Thêm  " in body and "Thôn, bản" in body
    villages = {r["row"]["name"] for r in rows if r["entity"] == "village" and r.get("row")}
    assert villages and all(name in body for name in villages)
