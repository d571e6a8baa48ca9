"""Builders of the province's catalog tests: a province hub with its signing key, and a commune
of group 2 under the 2026–2030 set that trusts the province.

The decision and every level here are made up for the tests (a province “Mẫu” that does not
exist); none of them is a national value."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from ntm_desktop.paths import AppPaths
from ntm_desktop.services import catalog_editor as ce
from ntm_desktop.store.commune import save_commune, save_village
from ntm_desktop.store.hub import Hub
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync.keys import KeyStore, read_card
from ntm_desktop.sync.trust import CommuneTrust

DECISION = {"number": "99/2026/QĐ-UBND", "date": "2026-03-10", "issuer": "UBND tỉnh Mẫu"}
CITE = "Quyết định số 99/2026/QĐ-UBND ngày 10/3/2026 của UBND tỉnh Mẫu"


@dataclass
class Province:
    paths: AppPaths
    keys: KeyStore

    def hub(self) -> Hub:
        return Hub.open(self.paths.hub)


@dataclass
class Commune:
    paths: AppPaths
    wb: Workbook


@pytest.fixture
def province(tmp_path: Path) -> Province:
    paths = AppPaths.resolve(tmp_path / "tinh").ensure()
    Hub.open(paths.hub, create=True, name="Sở Nông nghiệp và Môi trường tỉnh Mẫu",
             level="province").close()
    ks = KeyStore(paths.keys)
    ks.generate(role="appraiser", name="Sở Nông nghiệp và Môi trường tỉnh Mẫu", level="province")
    return Province(paths, ks)


@pytest.fixture
def commune(tmp_path: Path, province: Province) -> Commune:
    paths = AppPaths.resolve(tmp_path / "xa").ensure()
    wb = Workbook.open(paths.workbook, create=True, author="Cán bộ xã")
    save_commune(wb, {"code": "10001", "name": "Xã Tân Hòa", "criteria_set": "qd51-2025",
                      "commune_group": "N2", "province_name": "Tỉnh Mẫu"})
    save_village(wb, {"name": "Thôn Đông", "households": 120, "population": 480})
    ks = KeyStore(paths.keys)
    ks.generate(role="commune", name="Xã Tân Hòa", commune_code="10001")
    CommuneTrust(wb).add(read_card(json.dumps(province.keys.card()).encode()))
    yield Commune(paths, wb)
    wb.close()


def group2_draft() -> ce.Draft:
    """The province's 2026–2030 draft used across the tests: criterion 2 split into a road
    share (levels for the three groups), a market (Đạt/Không đạt) and no temporary houses."""
    d = ce.new_draft("qd51-2025", province_name="Mẫu", province_code="99",
                     overlay_id="mau-qd51-2025")
    for name, value in (("decision.number", DECISION["number"]), ("decision.date", "10/3/2026"),
                        ("decision.issuer", DECISION["issuer"])):
        ce.set_header(d, name, value)
    ce.split_row(d, "2.1", 3)
    for column, value in (("text", "Tỷ lệ km đường xã được cứng hóa"), ("kind", "percent"),
                          ("comparator", ">="), ("unit", "%"), ("level.N1", "100"),
                          ("level.N2", "85,5"), ("level.N3", "70")):
        ce.set_field(d, "2.1", column, value)
    ce.set_field(d, "+2.2", "text", "Có chợ hoặc điểm mua bán, trao đổi hàng hóa")
    ce.set_field(d, "+2.2", "kind", "boolean")
    ce.set_field(d, "+2.3", "text", "Nhà tạm, dột nát")
    ce.set_field(d, "+2.3", "kind", "must_be_none")
    return d
