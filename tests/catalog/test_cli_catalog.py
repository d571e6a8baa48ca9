"""``ntm catalog draft|edit|add|split|remove|restore|diff|export-xlsx|import-xlsx|validate|
publish``: the province's editor on the command line, through the same service."""

from __future__ import annotations

import json
from pathlib import Path

from province_helpers import CITE

from ntm_desktop.cli import main
from ntm_desktop.services import catalog_editor as ce


class Cli:
    def __init__(self, capsys, data_dir: Path):
        self.capsys, self.data_dir = capsys, data_dir

    def __call__(self, *argv: str) -> tuple[int, str]:
        self.capsys.readouterr()
        try:
            rc = main([*argv, "--data-dir", str(self.data_dir)])
        except SystemExit as exc:
            rc = exc.code
        out, err = self.capsys.readouterr()
        return rc, out + err

    def json(self, *argv: str) -> tuple[int, dict]:
        rc, out = self(*argv, "--json")
        return rc, json.loads(out)


def test_the_province_edits_and_publishes_from_the_command_line(province, capsys, tmp_path):
    cli = Cli(capsys, province.paths.data_dir)
    rc, data = cli.json("catalog", "draft", "new", "--province", "Mẫu", "--province-code", "99",
                        "--id", "mau-qd51-2025")
    assert rc == 0 and data["id"] == "mau-qd51-2025"
    assert {i["column"] for i in data["issues"]} == {"decision.number", "decision.date",
                                                     "decision.issuer"}
    rc, out = cli("catalog", "draft", "new")
    assert rc == 2 and "--force" in out
    rc, out = cli("catalog", "draft", "header", "--number", "99/2026/QĐ-UBND", "--date",
                  "10/3/2026", "--issuer", "UBND tỉnh Mẫu")
    assert rc == 0 and CITE in out
    rc, out = cli("catalog", "split", "2.1", "--parts", "3")
    assert rc == 0 and "2.1, 2.2, 2.3" in out
    rc, data = cli.json("catalog", "edit", "2.1", "--text", "Tỷ lệ km đường xã được cứng hóa",
                        "--kind", "percent", "--comparator", ">=", "--unit", "%",
                        "--level", "N1=100", "--level", "N2=185")
    assert rc == 0
    assert [(i["severity"], i["column"]) for i in data["issues"]] == [("error", "level.N2")]
    rc, _ = cli("catalog", "edit", "2.1", "--level", "N2=85,5", "--level", "N3=70")
    rc, out = cli("catalog", "edit", "2.2", "--kind", "boolean", "--text", "Có chợ")
    rc, out = cli("catalog", "edit", "2.3", "--kind", "must_be_none", "--text",
                  "Nhà tạm, dột nát")
    rc, out = cli("catalog", "edit", "2.1", "--level", "N2")
    assert rc == 2 and "N2=80" in out
    rc, out = cli("catalog", "add", "5", "--text", "Tỷ lệ người dân tham gia bảo hiểm y tế",
                  "--level", "chung=95")
    assert rc == 0 and "5.2" in out
    rc, out = cli("catalog", "remove", "5.2")
    rc, data = cli.json("catalog", "draft", "show")
    assert "5.2" not in [r["code"] for r in data["rows"]]
    assert next(r for r in data["rows"] if r["code"] == "2.1")["levels"] == {
        "N1": 100.0, "N2": 85.5, "N3": 70.0}
    rc, out = cli("catalog", "remove", "10.1")
    rc, data = cli.json("catalog", "draft", "show")
    assert any(i["column"] == "rows" for i in data["issues"])
    rc, out = cli("catalog", "restore", "10.1")
    assert rc == 0
    rc, data = cli.json("catalog", "diff")
    assert [(c["code"], c["what"]) for c in data["changes"]] == [
        ("2.1", "changed"), ("2.2", "added"), ("2.3", "added")]
    rc, out = cli("catalog", "diff", "--against", "published")
    assert "chưa ban hành" in out

    xlsx = tmp_path / "bang.xlsx"
    rc, out = cli("catalog", "export-xlsx", str(xlsx))
    assert rc == 0 and xlsx.exists()
    rc, out = cli("catalog", "validate", str(xlsx))
    assert rc == 0 and "Hợp lệ" in out
    rc, data = cli.json("catalog", "import-xlsx", str(xlsx))
    assert rc == 0 and not [i for i in data["issues"] if i["severity"] == "error"]

    rc, out = cli("catalog", "publish", "-o", str(tmp_path))
    assert rc == 0 and "phiên bản 1.0.0" in out and CITE in out
    pkg_file = tmp_path / "NTM-botieuchi-mau-qd51-2025-1.0.0.ntmpkg"
    assert pkg_file.is_file()
    rc, out = cli("catalog", "publish", "-o", str(tmp_path / "x.ntmpkg"))
    assert rc == 2 and "Không có thay đổi so với phiên bản 1.0.0" in out
    assert not (tmp_path / "x.ntmpkg").exists()
    rc, data = cli.json("catalog", "draft", "show")
    assert data["version"] == "1.1.0"  # the draft goes on as the next version
    rc, out = cli("catalog", "edit", "2.1", "--level", "N2=90")
    rc, data = cli.json("catalog", "diff", "--against", "published")
    assert data["changes"][0]["fields"] == [{"field": "level.N2", "before": "85,5",
                                             "after": "90"}]
    rc, out = cli("catalog", "publish", "-o", str(tmp_path), "--version", "1.1.0")
    assert rc == 0 and (tmp_path / "NTM-botieuchi-mau-qd51-2025-1.1.0.ntmpkg").is_file()
    with province.hub() as hub:
        assert [p["version"] for p in ce.published_versions(hub)] == ["1.0.0", "1.1.0"]


def test_validate_and_publish_an_overlay_file(province, capsys, tmp_path):
    from province_helpers import group2_draft
    cli = Cli(capsys, province.paths.data_dir)
    doc = ce.to_overlay(group2_draft())
    good = tmp_path / "mau.json"
    good.write_bytes(ce.overlay_bytes(doc))
    rc, out = cli("catalog", "validate", str(good))
    assert rc == 0 and "Hợp lệ: mau-qd51-2025 1.0.0" in out
    doc["add"][0]["indicator"]["thresholds"][0]["value"] = 150
    bad = tmp_path / "sai.json"
    bad.write_bytes(ce.overlay_bytes(doc))
    rc, data = cli.json("catalog", "validate", str(bad))
    assert rc == 2 and data["field"].startswith("$.add[0].indicator.thresholds")
    rc, out = cli("catalog", "publish", str(bad), "-o", str(tmp_path))
    assert rc == 2 and not list(tmp_path.glob("*.ntmpkg"))
    rc, out = cli("catalog", "publish", str(good), "-o", str(tmp_path))
    assert rc == 0 and CITE in out
    with province.hub() as hub:
        assert ce.last_published(hub, "mau-qd51-2025")["doc"] == json.loads(good.read_text())
