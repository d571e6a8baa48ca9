"""A province and its communes on disk, built with the real ``ntm`` commands: one appraiser data
folder (hub + key) and commune data folders (workbook + key), a folder of the communes' key
cards, and helpers to export packages and read feedback."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from ntm_desktop.cli import main as ntm
from ntm_desktop.paths import AppPaths

COMMUNES = {"06313": "Xã Tri Lễ", "06316": "Xã Tân Đoàn", "06325": "Xã Bắc Sơn"}
YEAR = 2025


def run(*argv: str) -> dict | list | None:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = ntm(["--json", *argv])
    assert code == 0, (argv, buf.getvalue())
    text = buf.getvalue().strip()
    return json.loads(text) if text.startswith(("{", "[")) else None


@dataclass
class Province:
    root: Path
    hub: AppPaths
    communes: dict[str, AppPaths] = field(default_factory=dict)
    cards: Path | None = None
    inbox: Path | None = None
    n: int = 0

    def commune(self, code: str, *argv: str) -> dict | list | None:
        return run("--data-dir", str(self.communes[code].data_dir), *argv)

    def set_value(self, code: str, indicator: str, value: str) -> None:
        self.commune(code, "set", indicator, "--value", value, "--year", str(YEAR))

    def export(self, code: str, dest: Path | None = None, *, full: bool = False) -> Path:
        self.n += 1
        dest = dest or self.inbox
        assert dest is not None
        out = dest / f"{code}-{self.n:03d}.ntmpkg"
        self.commune(code, "export", "-o", str(out), *(["--full"] if full else []))
        return out


def make_province(root: Path, codes: tuple[str, ...] = tuple(COMMUNES)) -> Province:
    hub = AppPaths.resolve(root / "so-nnmt").ensure()
    run("--data-dir", str(hub.data_dir), "init", "appraiser", "--name",
        "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn", "--level", "province")
    p = Province(root, hub, cards=root / "the-khoa", inbox=root / "thu-dien-tu")
    p.cards.mkdir()
    p.inbox.mkdir()
    hub_card = root / "so-nnmt.card.json"
    run("--data-dir", str(hub.data_dir), "keys", "export-public", "-o", str(hub_card))
    for code in codes:
        paths = AppPaths.resolve(root / f"xa-{code}").ensure()
        p.communes[code] = paths
        run("--data-dir", str(paths.data_dir), "init", "commune", "--code", code, "--set",
            "qd318-2022", "--region", "TDMNPB", "--village", "Thôn Nà Pàn:120:480",
            "--officer", "Hoàng Văn An", "--target-year", str(YEAR))
        run("--data-dir", str(paths.data_dir), "keys", "export-public", "-o",
            str(p.cards / f"{code}.card.json"))
        run("--data-dir", str(paths.data_dir), "trust", "add", "--card", str(hub_card), "--yes")
        p.set_value(code, "1.1", "1")
        p.set_value(code, "2.1", "95")
    return p
