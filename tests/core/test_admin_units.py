"""Official administrative-unit lists: counts, lookups, search, legacy list, licence hygiene."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

from ntm_desktop import paths
from ntm_desktop.core import admin_units as au


def _codes(items):
    return [x.code for x in items]


# --------------------------------------------------------------------------- 2025 list


def test_counts_2025():
    assert len(au.provinces()) == 34
    assert len(au.communes()) == 3321
    assert len({c.code for c in au.communes()}) == 3321
    types = {t: sum(c.type == t for c in au.communes()) for t in ("xã", "phường", "đặc khu")}
    assert types == {"xã": 2621, "phường": 687, "đặc khu": 13}


def test_code_format():
    assert all(len(p.code) == 2 and p.code.isdigit() for p in au.provinces())
    assert all(len(c.code) == 5 and c.code.isdigit() for c in au.communes())
    assert _codes(au.provinces()) == sorted(_codes(au.provinces()))


def test_known_province_and_commune():
    hanoi = au.provinces()[0]
    assert hanoi == au.Province("01", "Thành phố Hà Nội", "thành phố trung ương")
    assert au.province_by_code("01") == hanoi
    assert au.province_by_code(1) == hanoi
    assert au.province_by_code("25").name == "Phú Thọ"
    assert au.province_by_code("25").full_name == "Tỉnh Phú Thọ"
    assert hanoi.full_name == "Thành phố Hà Nội"
    assert au.province_by_code("26") is None  # Vĩnh Phúc no longer exists

    c = au.commune_by_code("00004")
    assert c == au.Commune("00004", "Phường Ba Đình", "phường", "01", "Thành phố Hà Nội")
    assert au.commune_by_code(4) == c
    assert au.commune_by_code("4") == c
    assert au.commune_by_code("08707").name == "Phường Vĩnh Yên"
    # Khánh Hòa examples from the reference (§8.1)
    assert au.commune_by_code("22333").name == "Phường Bắc Nha Trang"
    assert au.commune_by_code("22366").name == "Phường Nha Trang"
    assert au.commune_by_code("99999") is None
    assert au.commune_by_code("") is None


def test_communes_by_province():
    hanoi = au.communes("01")
    assert len(hanoi) == 126
    assert all(c.province_code == "01" and c.province_name == "Thành phố Hà Nội" for c in hanoi)
    assert au.communes("1") == hanoi
    assert sum(len(au.communes(p.code)) for p in au.provinces()) == 3321
    assert au.communes("26") == []


def test_returned_lists_are_copies():
    au.provinces().clear()
    au.communes().clear()
    assert len(au.provinces()) == 34
    assert len(au.communes()) == 3321


def test_names_are_nfc_and_trimmed():
    names = [p.name for p in au.provinces()] + [c.name for c in au.communes()]
    names += [c.name for c in au.legacy_communes()] + [d.name for d in au.legacy_districts()]
    names += [p.name for p in au.legacy_provinces()]
    assert all(unicodedata.normalize("NFC", n) == n for n in names)
    assert all(n == " ".join(n.split()) and n for n in names)


# --------------------------------------------------------------------------- search


def test_search_without_and_with_diacritics():
    for q in ("vinh yen", "Vĩnh Yên", "VINH YEN", "vĩnh yên", "Vi\u0303nh Ye\u0302n"):
        hits = au.search_communes(q)
        assert hits and hits[0].code == "08707", q
        assert hits[0].name == "Phường Vĩnh Yên"
        assert hits[0].province_name == "Phú Thọ"


def test_search_with_unit_word():
    assert au.search_communes("phuong vinh yen")[0].code == "08707"
    assert au.search_communes("p vinh y")[0].code == "08707"
    # There is no "Xã Vĩnh Yên" in 2025; "xã" is the officer's generic word, so the ward is found.
    assert au.search_communes("xa vinh yen")[0].code == "08707"
    # ... but when a real xã exists it comes first.
    assert _codes(au.search_communes("xa ba dinh"))[0] == "16171"  # Xã Ba Đình, Thanh Hóa
    assert _codes(au.search_communes("xã Ba Đình"))[0] == "16171"
    assert au.search_communes("phường ba đình")[0].code == "00004"


def test_search_ranking_exact_first():
    hits = au.search_communes("ba dinh")
    # the two exact "Ba Đình" and the exact (accent-insensitive) "Ba Dinh", by code
    assert _codes(hits[:3]) == ["00004", "16171", "21499"]
    # typed with diacritics, the real spelling wins over "Xã Ba Dinh"
    assert _codes(au.search_communes("Ba Đình")[:3]) == ["00004", "16171", "21499"]
    assert _codes(au.search_communes("Ba Đình", limit=2)) == ["00004", "16171"]
    # exact before prefix match before inner word match
    hits = au.search_communes("tan phu")
    first_non_exact = next(i for i, c in enumerate(hits) if c.name.split(" ", 1)[1] != "Tân Phú")
    assert all(c.name.endswith("Tân Phú") for c in hits[:first_non_exact])
    assert first_non_exact == 6


def test_search_word_prefix_only():
    # "inh" is inside "Vĩnh" but does not start a word
    assert all("Vĩnh Yên" not in c.name for c in au.search_communes("inh yen"))
    assert au.search_communes("zzzz") == []
    assert au.search_communes("") == []
    assert au.search_communes("   ") == []


def test_search_by_province_words_and_filter():
    assert au.search_communes("vinh yen phu tho")[0].code == "08707"
    all_tan_phu = au.search_communes("tan phu", limit=500)
    in_hcm = au.search_communes("tan phu", province_code="79", limit=500)
    assert in_hcm and all(c.province_code == "79" for c in in_hcm)
    assert in_hcm[0].name == "Phường Tân Phú"
    assert len(in_hcm) < len(all_tan_phu)
    assert au.search_communes("vinh yen", province_code="01") == []


def test_search_by_code():
    assert _codes(au.search_communes("00004")) == ["00004"]
    assert au.search_communes("4")[0].code == "00004"
    assert au.search_communes("00004", province_code="01")[0].code == "00004"
    assert au.search_communes("00004", province_code="25") == []
    prefixed = au.search_communes("087", limit=500)
    assert prefixed and all(c.code.startswith("087") for c in prefixed)


def test_search_limit():
    assert len(au.search_communes("xa", limit=7)) == 7
    assert au.search_communes("xa", limit=0) == []
    assert len(au.search_communes("xa")) == 50


# --------------------------------------------------------------------------- legacy list


def test_legacy_counts():
    assert len(au.legacy_provinces()) == 63
    assert len(au.legacy_districts()) == 696
    assert len(au.legacy_communes()) == 10051


def test_legacy_known_code():
    c = au.legacy_by_code("00001")
    assert c == au.LegacyCommune(
        "00001", "Phường Phúc Xá", "001", "Quận Ba Đình", "01", "Thành phố Hà Nội"
    )
    assert au.legacy_by_code(1) == c
    lt = au.legacy_by_code("22363")  # reference §8.1: Khánh Hòa 56 → Nha Trang 568 → Lộc Thọ
    assert (lt.name, lt.district_code, lt.district_name, lt.province_code) == (
        "Phường Lộc Thọ",
        "568",
        "Thành phố Nha Trang",
        "56",
    )
    assert au.legacy_by_code("99999") is None


def test_legacy_districts_and_communes():
    vp = au.legacy_districts("26")
    assert vp[0] == au.LegacyDistrict(
        "243", "Thành phố Vĩnh Yên", "thành phố", "26", "Tỉnh Vĩnh Phúc"
    )
    assert {d.type for d in au.legacy_districts()} == {"quận", "huyện", "thị xã", "thành phố"}
    ba_dinh = au.legacy_communes(district_code="001")
    assert len(ba_dinh) == 13 and ba_dinh[0].code == "00001"  # as of 2025-01-04
    assert all(c.province_code == "26" for c in au.legacy_communes("26"))


def test_search_legacy():
    assert au.search_legacy("phuc xa")[0].code == "00001"
    assert au.search_legacy("Phúc Xá")[0].code == "00001"
    assert _codes(au.search_legacy("phuc xa ba dinh")) == ["00001"]
    assert _codes(au.search_legacy("00001")) == ["00001"]
    hits = au.search_legacy("xa vinh yen", limit=100)
    assert hits[0].name == "Xã Vĩnh Yên"
    assert au.search_legacy("tich son", province_code="26")[0].code == "08707"
    assert au.search_legacy("tich son", province_code="01") == []
    # words may match the old district: communes of TP Vĩnh Yên
    in_city = au.search_legacy("lien bao vinh yen")
    assert in_city and in_city[0].district_name == "Thành phố Vĩnh Yên"


# --------------------------------------------------------------------------- old → new


def test_successor_by_code_continuity():
    # Phường Tích Sơn (TP Vĩnh Yên, Vĩnh Phúc) kept its code in the 2025 Phường Vĩnh Yên (Phú Thọ)
    assert au.legacy_by_code("08707").name == "Phường Tích Sơn"
    s = au.successor_of("08707")
    assert s is not None and (s.name, s.province_code) == ("Phường Vĩnh Yên", "25")
    assert au.successor_of("00004").name == "Phường Ba Đình"  # old Phường Trúc Bạch
    # Phúc Xá's code was closed: no successor in the bundled data
    assert au.successor_of("00001") is None
    # not a pre-2025 code at all (new 2025 code)
    assert au.commune_by_code("26732") is not None  # Đặc khu Côn Đảo
    assert au.successor_of("26732") is None
    assert au.successor_of("bogus") is None
    covered = sum(au.successor_of(c.code) is not None for c in au.legacy_communes())
    assert covered == 3310


def test_no_explicit_mapping_bundled():
    assert not paths.resource("admin_units", "mapping-2025.json").exists()
    assert au.has_explicit_mapping() is False


# --------------------------------------------------------------------------- data files


def test_resource_files_are_compact_and_documented():
    folder = paths.resource("admin_units")
    for name in ("units-2025.json", "units-legacy.json"):
        path = folder / name
        assert path.stat().st_size < 1_000_000
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert "vietnam-provinces==" in doc["meta"]["source"]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for needle in ("GPL", "QĐ 19/2025", "QĐ 124/2004", "2025.10.1", "0.6.0"):
        assert needle in readme


def test_import_does_not_load_gpl_package_or_qt():
    code = (
        "import sys\n"
        "import ntm_desktop.core.admin_units as au\n"
        "assert au.search_communes('vinh yen')[0].code == '08707'\n"
        "assert au.legacy_by_code('00001') is not None\n"
        "au.successor_of('08707')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('vietnam_provinces', 'PySide6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("fn", [au.commune_by_code, au.legacy_by_code, au.successor_of])
def test_lookups_tolerate_odd_input(fn):
    assert fn(" 00004 ") is None or fn(" 00004 ").code == "00004"
    assert fn("abc") is None
