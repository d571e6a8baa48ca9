"""A demo province for the appraiser's workspace (screenshots, the hub benchmark): ``n``
generated communes of one province (official codes and names), each with its own key and a
signed snapshot package, and an appraiser data folder whose hub trusts them.

    python -m ntm_desktop.devtools.hub_demo --out DIR [--communes N] [--import]
"""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ntm_desktop.core import admin_units
from ntm_desktop.devtools.demo import generate
from ntm_desktop.paths import AppPaths
from ntm_desktop.store.commune import save_commune
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import exporter
from ntm_desktop.sync.keys import KeyStore, read_card


@dataclass
class DemoProvince:
    hub: AppPaths
    packages: list[Path] = field(default_factory=list)
    cards: Path | None = None
    communes: dict[str, Path] = field(default_factory=dict)  # code → workbook


def build(root: Path, n: int = 8, *, province: str = "20", trust: bool = True,
          villages: int = 4, infra: int = 40, contribs: int = 60,
          copy_from_first: bool = False) -> DemoProvince:
    """``copy_from_first``: generate one commune and copy it (fast, for 200 communes)."""
    root = Path(root)
    hub_paths = AppPaths.resolve(root / "appraiser").ensure()
    hks = KeyStore(hub_paths.keys)
    hks.generate(role="appraiser", name="Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn",
                 level="province")
    Hub.open(hub_paths.hub, create=True, name="Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn",
             level="province").close()
    units = [c for c in admin_units.communes() if c.province_code == province and c.type == "xã"]
    while len(units) < n:  # more communes than the province has: numbered codes
        units.append(admin_units.Commune(f"{90000 + len(units):05d}", f"Xã số {len(units)}",
                                         "xã", province, units[0].province_name))
    demo = DemoProvince(hub_paths, cards=root / "cards")
    demo.cards.mkdir(parents=True, exist_ok=True)
    (root / "packages").mkdir(exist_ok=True)
    first: Path | None = None
    hub = Hub.open(hub_paths.hub)
    try:
        for i, u in enumerate(units[:n]):
            d = root / "communes" / u.code
            d.mkdir(parents=True, exist_ok=True)
            path = d / "workbook.ntm.sqlite"
            if copy_from_first and first is not None:
                shutil.copy(first, path)
                wb = Workbook.open(path, daily_backup=False, author="demo")
                wb.set_meta("device_id", f"demo{i:05d}")
            else:
                wb = Workbook.open(path, create=True, daily_backup=False, author="demo")
                generate(wb, seed=i + 1, villages=villages, infra=infra, contribs=contribs)
            save_commune(wb, {"code": u.code, "name": u.name, "old_code": u.code,
                              "old_name": u.name.replace("Xã", "Xã cũ", 1)
                              if i % 3 == 0 else None,
                              "target_year": 2025,
                              "recognised_year": 2022 if i % 4 == 3 else None})
            if first is None:
                wb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                first = path
            ks = KeyStore(d / "keys")
            key = ks.generate(role="commune", name=u.name, commune_code=u.code)
            card = ks.card()
            (demo.cards / f"{u.code}.card.json").write_text(json.dumps(card, ensure_ascii=False),
                                                            encoding="utf-8")
            if trust:
                hub.trust_add(read_card(json.dumps(card).encode()))
            pkg = root / "packages" / f"{u.code}-0001.ntmpkg"
            exporter.export_commune(wb, ks, key, pkg, full=True)
            wb.close()
            demo.packages.append(pkg)
            demo.communes[u.code] = path
    finally:
        hub.close()
    return demo


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ntm_desktop.devtools.hub_demo")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--communes", type=int, default=8)
    ap.add_argument("--import", dest="do_import", action="store_true")
    a = ap.parse_args(argv)
    demo = build(a.out, a.communes)
    if a.do_import:
        from ntm_desktop.services.hub_import import import_packages
        for line in import_packages(demo.hub, demo.packages).lines:
            print(line.text())
    print(f"appraiser data folder: {demo.hub.data_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
