"""Trusting the key of a set-aside package, strict JSON Lines decoding, and the appraiser's
default year (the commune's assessment year, not the calendar year)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from cli_runner import run
from sync_helpers import make_commune, split

from ntm_desktop.store import journal as jr
from ntm_desktop.sync import exporter, jsonsafe
from ntm_desktop.sync import package as pk
from ntm_desktop.sync.errors import PackageRejected
from ntm_desktop.sync.keys import KeyStore
from ntm_desktop.sync.trust import card_from_package


def statuses(outcomes):
    return [(o.status, o.code) for o in outcomes]


# ----------------------------------------------------------------------------- set aside → trust
def test_set_aside_package_can_be_trusted_from_the_package_itself(world, tmp_path, capsys):
    wb2, ks2, key2 = make_commune(tmp_path / "c2", code="10002", name="Xã Mới")
    dest = tmp_path / "new.ntmpkg"
    exporter.export_commune(wb2, ks2, key2, dest)
    wb2.close()
    out = world.to_hub(dest)
    assert statuses(out) == [("set_aside", "unknown_key")]
    claimed = out[0].details["claimed_sender"]
    assert claimed["name"] == "Xã Mới" and claimed["commune_code"] == "10002"
    reason = open(out[0].quarantine + ".reason.txt", encoding="utf-8").read()
    assert "--package" in reason and out[0].quarantine in reason
    card = card_from_package(out[0].quarantine)
    assert card["fingerprint"] == ks2.card()["fingerprint"]
    assert (card["role"], card["commune_code"], card["name"]) == ("commune", "10002", "Xã Mới")
    world.hub.trust_add(card)
    assert statuses(world.to_hub(dest)) == [("applied", None)]


def test_card_from_a_package_whose_manifest_was_altered_is_refused(world, tmp_path):
    """The name and commune code offered for trust are the ones the key signed."""
    data = world.export().read_bytes()
    parts = split(data)
    sig = zipfile.ZipFile(io.BytesIO(data)).read("manifest.sig")
    parts.manifest["sender"]["commune_code"] = "10009"
    bad = tmp_path / "bad.ntmpkg"
    mb = jr.canonical_json(parts.manifest)
    bad.write_bytes(pk.package_bytes(mb, sig, parts.members))  # old signature, new manifest
    with pytest.raises(PackageRejected) as exc:
        card_from_package(bad)
    assert exc.value.code == "bad_signature"


def test_cli_trust_add_from_package(capsys, dirs):
    c, h, t = dirs["c"], dirs["h"], dirs["t"]
    assert run(capsys, "init", "commune", "--code", "20003", "--name", "Xã Ba",
               "--data-dir", c)[0] == 0
    assert run(capsys, "init", "appraiser", "--name", "Sở", "--level", "province",
               "--data-dir", h)[0] == 0
    rc, exp = run(capsys, "export", "-o", str(t / "p1.ntmpkg"), "--data-dir", c, "--json")
    assert rc == 0
    rc, imp = run(capsys, "import", str(t / "p1.ntmpkg"), "--data-dir", h, "--json")
    assert rc == 2 and imp["error"] == "unknown_key"
    q = imp["outcomes"][0]["quarantine"]
    rc, err = run(capsys, "trust", "add", "--package", q, "--data-dir", h, "--json")
    assert rc == 2 and err["error"] == "confirm_required"
    assert err["detail"]["name"] == "Xã Ba" and err["detail"]["commune_code"] == "20003"
    fp = KeyStore(t / "c" / "keys").card()["fingerprint"]
    assert err["detail"]["fingerprint"] == fp
    rc, err = run(capsys, "trust", "add", "--package", q, "--fingerprint", "0000",
                  "--data-dir", h, "--json")
    assert rc == 2 and err["error"] == "fingerprint_mismatch"
    assert run(capsys, "trust", "add", "--package", q, "--fingerprint", fp,
               "--data-dir", h)[0] == 0
    rc, imp = run(capsys, "import", q, "--data-dir", h, "--json")
    assert rc == 0 and imp["outcomes"][0]["status"] == "applied"
    rc, err = run(capsys, "trust", "add", "--package", str(t / "c" / "workbook.ntm.sqlite"),
                  "--data-dir", h, "--json")
    assert rc == 2 and err["error"] == "not_a_zip"


def test_cli_appraisal_defaults_to_the_communes_year(capsys, dirs):
    c, h, t = dirs["c"], dirs["h"], dirs["t"]
    assert run(capsys, "init", "commune", "--code", "20004", "--name", "Xã Bốn",
               "--data-dir", c)[0] == 0
    assert run(capsys, "set", "1.1", "--status", "dat", "--year", "2019", "--data-dir", c)[0] == 0
    assert run(capsys, "init", "appraiser", "--name", "Sở", "--level", "province",
               "--data-dir", h)[0] == 0
    assert run(capsys, "keys", "export-public", "-o", str(t / "c.card"), "--data-dir", c)[0] == 0
    assert run(capsys, "trust", "add", "--card", str(t / "c.card"), "--yes",
               "--data-dir", h)[0] == 0
    rc, exp = run(capsys, "export", "-o", str(t / "p1.ntmpkg"), "--data-dir", c, "--json")
    assert run(capsys, "import", str(t / "p1.ntmpkg"), "--data-dir", h)[0] == 0
    rc, row = run(capsys, "appraise", "set", "20004", "1.1", "--result", "agree",
                  "--data-dir", h, "--json")
    assert rc == 0 and row["year"] == 2019  # the year the commune assessed, not today's
    rc, lst = run(capsys, "appraise", "list", "20004", "--data-dir", h, "--json")
    assert lst["1.1"]["result"] == "agree"
    rc, text = run(capsys, "export", "--full", "-o", str(t / "p2.ntmpkg"), "--data-dir", c)
    size = (t / "p2.ntmpkg").stat().st_size
    assert f"{size:,}".replace(",", ".") in text  # Vietnamese digit grouping


# ----------------------------------------------------------------------------- JSON Lines
def test_json_lines_are_strict_and_report_the_line():
    assert jsonsafe.loads_lines(b"", "x") == []
    assert jsonsafe.loads_lines(b'{"a":1}\n[2]\n', "x") == [(1, {"a": 1}), (2, [2])]
    with pytest.raises(PackageRejected) as exc:
        jsonsafe.loads_lines(b'{"a":1}\n{"a":1,"a":2}\n', "x")
    assert exc.value.code == "bad_json"
    with pytest.raises(PackageRejected) as exc:
        jsonsafe.loads_lines(b'{"a":1}\n{"a":\n', "x")
    assert exc.value.code == "bad_json" and "dòng 2" in exc.value.message
    with pytest.raises(PackageRejected) as exc:
        jsonsafe.loads_lines(b'{"a":1}\n\xef\xbb\xbf{"a":1}\n', "x")  # a BOM inside
    assert exc.value.code == "bad_json"
    with pytest.raises(PackageRejected) as exc:
        jsonsafe.loads_lines(b'{"a":1}\n{"a":"\xc3\x28"}\n', "x")
    assert exc.value.code == "bad_encoding"
    with pytest.raises(PackageRejected) as exc:
        jsonsafe.loads_lines(b'{"a":1}\n{"a":NaN}\n', "x")
    assert exc.value.code == "bad_number"


@pytest.mark.parametrize("loader", [jsonsafe.loads,
                                    lambda d, m: jsonsafe.loads_lines(d + b"\n", m)])
def test_nesting_depth_is_limited(loader):
    deep = b"[" * (jsonsafe.MAX_DEPTH + 2) + b"]" * (jsonsafe.MAX_DEPTH + 2)
    with pytest.raises(PackageRejected) as exc:
        loader(deep, "x")
    assert exc.value.code == "bad_json"
    ok = b"[" * jsonsafe.MAX_DEPTH + b"]" * jsonsafe.MAX_DEPTH
    loader(ok, "x")
    # brackets inside strings are text, not nesting
    loader(json.dumps({"t": "{[" * 100}).encode(), "x")
