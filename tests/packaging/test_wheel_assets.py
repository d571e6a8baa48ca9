"""The wheel: pyproject's force-include maps ui/, resources/ and translations/ into
``ntm_desktop/_assets``, and asset_dir() finds them in an installed (unpacked) wheel."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from pkg_helpers import ROOT, clean_env, run


def test_force_include_maps_asset_folders() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = meta["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"] == {
        "ui": "ntm_desktop/_assets/ui",
        "resources": "ntm_desktop/_assets/resources",
        "translations": "ntm_desktop/_assets/translations",
    }
    assert meta["project"]["scripts"]["ntm"] == "ntm_desktop.cli:main"
    assert meta["project"]["gui-scripts"]["ntm-desktop"] == "ntm_desktop.app:main"
    assert "pyinstaller" in " ".join(meta["project"]["optional-dependencies"]["build"])


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, compiled_translations: Path) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # hatchling is in the venv: no build isolation, no network
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps",
                        "--no-build-isolation", "--no-index", "-q", "-w", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    [whl] = out.glob("ntm_desktop-*.whl")
    return whl


def test_wheel_contains_assets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assets = "ntm_desktop/_assets/"
    catalogs = {n for n in names if n.startswith(assets + "resources/catalogs/")
                and n.endswith(".json")}
    assert {assets + f"resources/catalogs/{p.name}"
            for p in (ROOT / "resources" / "catalogs").glob("*.json")} == catalogs
    ui = {n for n in names if n.startswith(assets + "ui/") and n.endswith(".ui")}
    assert {assets + p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.ui")} == ui
    assert assets + "ui/main_window.ui" in ui
    fonts = {n for n in names if n.startswith(assets + "resources/fonts/") and n.endswith(".ttf")}
    assert len(fonts) == 4
    for name in ("resources/demo/demo-commune.json", "resources/icons/app.svg",
                 "resources/schemas/interchange.schema.json",
                 "translations/ntm_desktop_vi.qm", "translations/ntm_desktop_en.qm"):
        assert assets + name in names, name
    assert "ntm_desktop/selftest.py" in names and "ntm_desktop/cli/selftest_cmds.py" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "ntm = ntm_desktop.cli:main" in text and "ntm-desktop = ntm_desktop.app:main" in text


def test_asset_dir_in_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    """Unpacked wheel first on sys.path (as in site-packages), run from elsewhere: asset_dir()
    is the package's _assets folder and the Qt-free self-test passes there."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    user = tmp_path / "user"
    env = clean_env(user, PYTHONPATH=str(site))
    probe = ("import json, ntm_desktop, ntm_desktop.paths as p; "
             "print(json.dumps([ntm_desktop.__file__, str(p.asset_dir()), str(p.resource())]))")
    r = run([sys.executable, "-c", probe], env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    module, assets, resources = map(Path, json.loads(r.stdout))
    assert module.is_relative_to(site)
    assert assets == site / "ntm_desktop" / "_assets"
    assert resources == assets / "resources"
    r = run([sys.executable, "-m", "ntm_desktop.cli", "selftest", "--json"], env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["installation"] == "installed package"
    assert Path(data["asset_dir"]) == assets
    assert all(c["status"] == "ok" for c in data["checks"]), data["checks"]
