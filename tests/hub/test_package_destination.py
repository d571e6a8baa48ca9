"""Where a package written with ``-o`` (or "Lưu vào…") goes: one rule for the commune's
packages, the appraiser's feedback and the province's catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from hub_world import YEAR, Province, run

from ntm_desktop.core.errors import NtmError
from ntm_desktop.services._common import package_destination


def test_a_folder_gets_the_standard_name(tmp_path: Path) -> None:
    assert package_destination(tmp_path, "goi.ntmpkg") == tmp_path / "goi.ntmpkg"


@pytest.mark.parametrize(("given", "written"), [("phan-hoi", "phan-hoi.ntmpkg"),
                                                 ("goi.NTMPKG", "goi.NTMPKG"),
                                                 ("goi.ntmpkg", "goi.ntmpkg"),
                                                 ("ban.v2", "ban.v2.ntmpkg")])
def test_a_file_name_always_ends_in_ntmpkg(tmp_path: Path, given: str, written: str) -> None:
    assert package_destination(tmp_path / given, "x.ntmpkg") == tmp_path / written


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NtmError) as e:
        package_destination(tmp_path / "khong-co" / "goi.ntmpkg", "x.ntmpkg")
    assert e.value.code == "no_folder"


def test_feedback_written_to_a_bare_name_is_found_by_a_folder_import(province: Province,
                                                                     tmp_path: Path) -> None:
    p = province
    hub = ["--data-dir", str(p.hub.data_dir)]
    run(*hub, "trust", "add", "--card", str(p.cards), "--yes")
    p.export("06316")
    run(*hub, "import", str(p.inbox))
    out = tmp_path / "gui-xa"
    out.mkdir()
    run(*hub, "approval", "return", "06316", "--year", str(YEAR), "--comment", "Bổ sung",
        "-o", str(out / "phan-hoi"))
    assert [f.name for f in out.iterdir()] == ["phan-hoi.ntmpkg"]
    result = p.commune("06316", "import", str(out))
    assert [o["status"] for o in result["outcomes"]] == ["applied"]
