"""The appraiser's commands call the same services as the window and leave the same state."""

from __future__ import annotations

import contextlib
import io
import json

from hub_world import YEAR, Province, run

from ntm_desktop.cli import main as ntm
from ntm_desktop.services import communes, quarantine


def _ntm(*argv: str) -> tuple[int, dict | list]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = ntm(["--json", *argv])
    return code, json.loads(buf.getvalue())


def test_cli_loop(province: Province, tmp_path):
    p = province
    d = ["--data-dir", str(p.hub.data_dir)]
    code, out = _ntm(*d, "trust", "add", "--card", str(p.cards))
    assert code != 0 and out["error"] == "confirm_required"  # fingerprints first
    code, out = _ntm(*d, "trust", "add", "--card", str(p.cards), "--yes")
    assert code == 0 and sorted(o["commune_code"] for o in out if o.get("trusted")) == \
        sorted(p.communes)
    for c in p.communes:
        p.export(c)
    (p.inbox / "rac.ntmpkg").write_bytes(b"not a zip")
    code, out = _ntm(*d, "import", str(p.inbox))
    assert code == 2 and out["rejected"] == 1
    assert sorted(o["status"] for o in out["outcomes"]) == ["applied"] * 3 + ["rejected"]
    rows = run(*d, "communes", "--year", str(YEAR))
    assert [r["state"] for r in rows] == ["submitted"] * 3
    assert rows == [r.__dict__ for r in communes.commune_rows(p.hub, YEAR)]
    code, out = _ntm(*d, "quarantine", "list")
    assert [i["code"] for i in out] == ["not_a_zip"]
    name = out[0]["path"]
    code, out = _ntm(*d, "quarantine", "delete", name)
    assert code != 0 and out["error"] == "confirm_required"
    assert _ntm(*d, "quarantine", "delete", name, "--yes")[0] == 0
    assert quarantine.list_quarantine(p.hub) == []
    fb = tmp_path / "fb"
    fb.mkdir()
    code, out = _ntm(*d, "approval", "return", "06316", "--year", str(YEAR), "--comment",
                     "Bổ sung minh chứng chỉ tiêu 1.1", "-o", str(fb))
    assert code == 0 and out["approval"]["state"] == "returned"
    assert (fb / "phan-hoi-06316-0001.ntmpkg").is_file()
    code, out = _ntm(*d, "approval", "approve", "06313", "--year", str(YEAR))
    assert code == 0
    code, out = _ntm(*d, "approval", "list", "--year", str(YEAR))
    assert {r["code"]: r["state"] for r in out} == {"06313": "approved", "06316": "returned",
                                                    "06325": "submitted"}
    code, out = _ntm(*d, "appraise", "set", "06313", "1.1", "--result", "agree", "--year",
                     str(YEAR))
    assert code != 0 and out["error"] == "approval_locked"


def _text(*argv: str) -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert ntm(list(argv)) == 0
    return buf.getvalue()


def test_the_commune_reads_the_decision_and_the_opinions_in_ntm_status(province: Province,
                                                                       tmp_path):
    p = province
    d = ["--data-dir", str(p.hub.data_dir)]
    c = ["--data-dir", str(p.communes["06316"].data_dir)]
    assert _ntm(*d, "trust", "add", "--card", str(p.cards), "--yes")[0] == 0
    p.export("06316")
    assert _ntm(*d, "import", str(p.inbox))[0] == 0
    assert _ntm(*d, "appraise", "set", "06316", "2.1", "--result", "disagree", "--status",
                "chua_dat", "--comment", "Còn 2 tuyến chưa cứng hóa", "--year", str(YEAR))[0] == 0
    fb = tmp_path / "fb"
    fb.mkdir()
    assert _ntm(*d, "approval", "return", "06316", "--year", str(YEAR), "--comment",
                "Bổ sung minh chứng chỉ tiêu 2.1", "-o", str(fb))[0] == 0
    before = _text(*c, "status", "--year", str(YEAR))
    assert "Kết quả thẩm định" not in before and "ý kiến thẩm định" not in before
    assert _ntm(*c, "import", str(fb))[0] == 0
    text = _text(*c, "status", "--year", str(YEAR))
    assert f"Kết quả thẩm định năm {YEAR}: Trả lại — Bổ sung minh chứng chỉ tiêu 2.1" in text
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.strip().startswith("2.1:"))
    opinion = next(ln for ln in lines[at + 1:] if "ý kiến thẩm định" in ln)
    assert opinion.strip() == ("ý kiến thẩm định: Không thống nhất, đánh giá: Chưa đạt — "
                               "Còn 2 tuyến chưa cứng hóa")


def test_ntm_report_reads_the_cache_and_matches_evaluating_every_replica(province: Province):
    p = province
    d = ["--data-dir", str(p.hub.data_dir)]
    assert _ntm(*d, "trust", "add", "--card", str(p.cards), "--yes")[0] == 0
    for c in p.communes:
        p.export(c)
    assert _ntm(*d, "import", str(p.inbox))[0] == 0
    assert _ntm(*d, "appraise", "set", "06316", "2.1", "--result", "disagree", "--status",
                "chua_dat", "--comment", "Chưa đạt", "--year", str(YEAR))[0] == 0
    code, cached = _ntm(*d, "report", "--year", str(YEAR))
    assert code == 0 and cached["communes"] == 3
    code, fresh = _ntm(*d, "report", "--year", str(YEAR), "--hub", str(p.hub.hub))
    assert code == 0 and cached == fresh


def test_the_appraisal_report_is_the_same_paper_from_the_command_and_the_review_page(
        province: Province, tmp_path):
    from pdf_text import pdftext

    from ntm_desktop.services import review
    p = province
    d = ["--data-dir", str(p.hub.data_dir)]
    assert _ntm(*d, "trust", "add", "--card", str(p.cards), "--yes")[0] == 0
    p.export("06316")
    assert _ntm(*d, "import", str(p.inbox))[0] == 0
    assert _ntm(*d, "appraise", "set", "06316", "2.1", "--result", "disagree", "--status",
                "chua_dat", "--comment", "Còn 2 tuyến chưa cứng hóa", "--year", str(YEAR))[0] == 0
    cli_pdf, gui_pdf = tmp_path / "cli.pdf", tmp_path / "gui.pdf"
    code, out = _ntm(*d, "report", "--commune", "06316", "--year", str(YEAR), "--pdf",
                     str(cli_pdf))
    assert code == 0 and out["disagreements"] == 1
    info = review.print_appraisal_report(p.hub, "06316", YEAR, gui_pdf)  # the review page's call
    assert info["pages"] == out["pages"]
    text = pdftext(cli_pdf)
    assert text == pdftext(gui_pdf)
    # issued by the hub's body, a province: "thẩm định", not "thẩm tra"
    assert "SỞ NÔNG NGHIỆP" in text and "Kết quả thẩm định" in text and "thẩm tra" not in text
