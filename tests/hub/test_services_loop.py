"""The appraiser's use cases through the services (the GUI's and the CLI's floor), on real
workspaces: trust a folder of cards, import, review, return, resubmit, approve, the lock."""

from __future__ import annotations

import shutil
import zipfile

from hub_world import YEAR, Province

from ntm_desktop.services import (
    approval,
    approval_state,
    communes,
    hub_import,
    hub_trust,
    quarantine,
    review,
    rollup,
)
from ntm_desktop.services import packages as packages_svc
from ntm_desktop.services.hub_common import open_hub
from ntm_desktop.store.workbook import Workbook


def _trust_all(p: Province) -> None:
    rows = hub_trust.scan_cards(p.hub, [p.cards])
    assert {r.state for r in rows} == {hub_trust.NEW}
    res = hub_trust.trust_cards(p.hub, [r.card for r in rows])
    assert all(r["ok"] for r in res)


def test_folder_of_cards_refuses_a_second_key_unless_replaced(province: Province, tmp_path):
    p = province
    _trust_all(p)
    assert {r.state for r in hub_trust.scan_cards(p.hub, [p.cards])} == {hub_trust.KNOWN}
    # 06313 makes a new key (new data folder, same commune): a conflict
    other = tmp_path / "other"
    from hub_world import run
    run("--data-dir", str(other), "init", "commune", "--code", "06313", "--set", "qd318-2022",
        "--region", "TDMNPB")
    run("--data-dir", str(other), "keys", "export-public", "-o", str(other / "new.card.json"))
    [row] = hub_trust.scan_cards(p.hub, [other / "new.card.json"])
    assert row.state == hub_trust.CONFLICT and row.existing["commune_code"] == "06313"
    [res] = hub_trust.trust_cards(p.hub, [row.card])
    assert not res["ok"] and res["code"] == "second_key"
    [res] = hub_trust.trust_cards(p.hub, [row.card], replace={"06313"})
    assert res["ok"]
    keys = [k for k in hub_trust.trust_list(p.hub) if k["commune_code"] == "06313"]
    assert sorted(k["status"] for k in keys) == ["active", "superseded"]


def test_whole_loop(province: Province, tmp_path, capsys):
    p = province
    _trust_all(p)
    good = [p.export(c) for c in p.communes]
    # a tampered copy and a package from an unknown key
    tampered = p.inbox / "tampered.ntmpkg"
    with zipfile.ZipFile(good[0]) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "changes.jsonl":
                data = data[:-1] + b" \n"  # one byte more than signed
            dst.writestr(info, data)
    stranger = tmp_path / "stranger"
    from hub_world import run
    run("--data-dir", str(stranger), "init", "commune", "--code", "06328", "--name", "Xã Lạ", "--set",
        "qd318-2022", "--region", "TDMNPB")
    run("--data-dir", str(stranger), "export", "-o", str(p.inbox / "unknown.ntmpkg"))
    result = hub_import.import_packages(p.hub, [p.inbox])
    by_file = {line.file: line for line in result.lines}
    assert by_file["tampered.ntmpkg"].status == "rejected"
    assert by_file["unknown.ntmpkg"].status == "set_aside"
    assert by_file["unknown.ntmpkg"].code == "unknown_key"
    applied = [line for line in result.lines if line.status == "applied"]
    assert len(applied) == 3 and applied[0].counts["indicators"] == 2
    assert "2 chỉ tiêu" in applied[0].text()
    rows = {r.code: r for r in communes.commune_rows(p.hub, YEAR)}
    assert set(rows) == set(p.communes)  # nothing from the stranger or the tampered file
    assert rows["06325"].state == "submitted"
    q = quarantine.list_quarantine(p.hub)
    assert {i.code for i in q} == {"hash_mismatch", "unknown_key"} or \
        {i.code for i in q} >= {"unknown_key"}
    # review and disagree
    rv = review.load_review(p.hub, "06325", YEAR)
    assert rv.state == "submitted" and rv.total == 19
    review.record_finding(p.hub, "06325", YEAR, "2.1", result="disagree", value="80",
                          comment="Số liệu đo thực tế thấp hơn")
    review.record_finding(p.hub, "06325", YEAR, "1.1", result="agree")
    rv = review.load_review(p.hub, "06325", YEAR)
    crit2 = next(c for c in rv.criteria if c.code == "2")
    assert crit2.disagree == 1 and crit2.disagreements == ["2.1"]
    # return with comments → the commune imports it and sees them
    out = tmp_path / "feedback"
    out.mkdir()
    r = approval.return_commune(p.hub, "06325", YEAR, "Đề nghị xã rà soát chỉ tiêu 2.1", out)
    fb = r["feedback"]["file"]
    imp = packages_svc.import_packages(p.communes["06325"].workbook, p.communes["06325"], [fb])
    assert [o.status for o in imp.outcomes] == ["applied"], imp.outcomes[0].message
    with Workbook.open(p.communes["06325"].workbook, daily_backup=False) as wb:
        st = approval_state.commune_year_state(wb, YEAR)
        assert st["state"] == "returned" and "rà soát" in st["comment"]
        assert not approval_state.is_year_locked(wb, YEAR)  # returned: not locked
        ap = wb.rows("appraisal", "indicator_code = ?", ["2.1"])
        assert "Số liệu thẩm định: 80" in ap[0]["comment"]
    # the commune fixes and exports; the hub shows it resubmitted
    capsys.readouterr()
    p.set_value("06325", "2.1", "80")
    assert "khóa" not in capsys.readouterr().err  # no warning for a year that is not locked
    again = p.export("06325", tmp_path)
    res = hub_import.import_packages(p.hub, [again])
    assert res.lines[0].status == "applied", res.lines[0].text()
    assert {r.code: r for r in communes.commune_rows(p.hub, YEAR)}["06325"].state == \
        "resubmitted"
    _, changed = review.changes_since_decision(p.hub, "06325", YEAR)
    assert [(c.entity, c.summary) for c in changed] == [("assessment", "2.1")]
    assert ("value", 95, 80) in [(f, b, a) for f, b, a in changed[0].fields] or \
        ("value", 95.0, 80.0) in [(f, b, a) for f, b, a in changed[0].fields]
    last = review.changes_since_last_package(p.hub, "06325")
    assert [c.summary for c in last] == ["2.1"]
    # approve: locked against findings and packages
    approval.approve(p.hub, "06325", YEAR, dest=out)
    p.set_value("06325", "2.1", "70")
    late = p.export("06325", tmp_path)
    res = hub_import.import_packages(p.hub, [late])
    assert res.lines[0].status == "rejected" and res.lines[0].code == "approved_year_locked"
    assert any(i.code == "approved_year_locked" for i in quarantine.list_quarantine(p.hub))
    with open_hub(p.hub) as hub:
        assert hub.replica("06325").rows("assessment", "indicator_code = ?",
                                         ["2.1"])[0]["value"] == 80
    # the commune is told why in the next feedback
    fb2 = approval.export_feedback(p.hub, "06325", out)
    assert fb2["approval"]["notices"][0]["code"] == "approved_year_locked"
    imp = packages_svc.import_packages(p.communes["06325"].workbook, p.communes["06325"],
                                       [fb2["file"]])
    with Workbook.open(p.communes["06325"].workbook, daily_backup=False) as wb:
        doc = approval_state.commune_approval(wb)
        assert doc["notices"][0]["code"] == "approved_year_locked"
        assert approval_state.commune_year_state(wb, YEAR)["state"] == "approved"
        assert approval_state.is_year_locked(wb, YEAR) and not approval_state.is_year_locked(wb, YEAR + 1)
    # restoring the approved figure makes the next package acceptable again
    capsys.readouterr()
    p.set_value("06325", "2.1", "80")  # written (exit 0) but warned: the year is locked
    err = capsys.readouterr().err
    assert f"Hồ sơ năm {YEAR} đã được nơi thẩm định phê duyệt và khóa" in err
    p.commune("06325", "set", "1.2", "--value", "1", "--year", str(YEAR + 1))  # other year
    assert "khóa" not in capsys.readouterr().err
    ok = p.export("06325", tmp_path, full=True)  # the refused package left a gap
    line = hub_import.import_packages(p.hub, [ok]).lines[0]
    assert line.status == "applied", line.text()
    # the roll-up from the cache equals the roll-up evaluating every replica
    from ntm_desktop.dossier import rollup as ru
    cached = rollup.compute_rollup(p.hub, YEAR)
    with open_hub(p.hub) as hub:
        pairs = []
        for c in hub.communes():
            pairs.append(ru.commune_result(hub.replica(c["code"]),
                                           hub.appraisals(c["code"], YEAR), YEAR))
        fresh = ru.aggregate(pairs, YEAR)
    assert ru.to_json(cached) == ru.to_json(fresh)
    shutil.rmtree(out)
