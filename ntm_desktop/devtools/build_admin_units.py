"""Extract the official administrative-unit lists into ``resources/admin_units/`` (dev time only).

The codes and names are public state data (GSO/NSO "Danh mục và mã số các đơn vị hành chính Việt
Nam": QĐ 124/2004/QĐ-TTg for the pre-2025 three-level list, QĐ 19/2025/QĐ-TTg for the two-level
list applied from 01/7/2025). We take them from the JSON data files shipped in the PyPI package
``vietnam-provinces``; that package is GPL-3.0-or-later, so NTM Desktop must never import it at run
time. This script does not import it either: it only reads the package's ``data/*.json`` files and
writes compact JSON files that are committed to the repository.

Sources:

* post-2025 list: ``vietnam-provinces==2025.10.1`` (``data/nested-divisions.json``), normally the
  copy installed in the development venv (found with ``importlib.util.find_spec`` without
  executing the package);
* pre-2025 list: ``vietnam-provinces==0.6.0`` (data retrieved 2025-01-04), given with ``--legacy``
  as a wheel file or an unpacked folder, or downloaded with ``pip download --no-deps`` into a
  temporary folder.

Neither version ships an old→new mapping table. ``mapping-2025.json`` is only written when a
mapping file is given with ``--mapping`` (JSON object ``{"old 5-digit code": "new 5-digit code"}``);
the run-time module falls back to the code-continuity rule (see ``ntm_desktop.core.admin_units``).

Usage::

    .venv/bin/python -m ntm_desktop.devtools.build_admin_units            # (re)write the files
    .venv/bin/python -m ntm_desktop.devtools.build_admin_units --check    # fail if out of date
"""

from __future__ import annotations

import argparse
import email.parser
import importlib.util
import json
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MODERN_VERSION = "2025.10.1"
LEGACY_VERSION = "0.6.0"
PACKAGE = "vietnam-provinces"
FORMAT_VERSION = 1

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "resources" / "admin_units"

# Name prefixes → unit type (the 0.6.0 data only says "tỉnh"/"huyện"/"xã" for every level).
_PROVINCE_TYPES = (("Thành phố ", "thành phố trung ương"), ("Tỉnh ", "tỉnh"))
_DISTRICT_TYPES = (
    ("Quận ", "quận"),
    ("Huyện ", "huyện"),
    ("Thị xã ", "thị xã"),
    ("Thành phố ", "thành phố"),
    ("Thành Phố ", "thành phố"),
)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _type_from_name(name: str, table: Iterable[tuple[str, str]], default: str) -> str:
    for prefix, kind in table:
        if name.startswith(prefix):
            return kind
    return default


# --------------------------------------------------------------------------- locating sources


def _package_dir_from_venv() -> Path:
    spec = importlib.util.find_spec("vietnam_provinces")  # does not execute the package
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vietnam_provinces is not installed; pass --modern PATH")
    return Path(next(iter(spec.submodule_search_locations)))


def _metadata_version(pkg_dir: Path) -> str | None:
    for meta in pkg_dir.parent.glob("vietnam_provinces-*.dist-info/METADATA"):
        msg = email.parser.Parser().parsestr(meta.read_text(encoding="utf-8"), headersonly=True)
        return msg.get("Version")
    return None


def _unpack(source: Path, workdir: Path) -> Path:
    """Return the ``vietnam_provinces`` package folder from a wheel, an unpacked tree or a folder."""
    if source.is_file() and source.suffix == ".whl":
        target = workdir / source.stem
        with zipfile.ZipFile(source) as zf:
            zf.extractall(target)
        source = target
    for cand in (source, source / "vietnam_provinces"):
        if (cand / "data" / "nested-divisions.json").is_file():
            return cand
    raise SystemExit(f"no vietnam_provinces/data/nested-divisions.json under {source}")


def _download(version: str, workdir: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:"]
    cmd += ["-d", str(workdir), f"{PACKAGE}=={version}"]
    subprocess.run(cmd, check=True)
    wheels = sorted(workdir.glob(f"vietnam_provinces-{version}-*.whl"))
    if not wheels:
        raise SystemExit(f"pip download did not produce a wheel for {PACKAGE}=={version}")
    return wheels[0]


def _load(pkg_dir: Path, expected: str) -> tuple[list[dict[str, Any]], str]:
    version = _metadata_version(pkg_dir) or "unknown"
    if version != expected:
        raise SystemExit(f"{pkg_dir}: {PACKAGE} version {version}, expected {expected}")
    data_version = "unknown"
    init = pkg_dir / "__init__.py"
    for line in init.read_text(encoding="utf-8").splitlines():
        if line.startswith("__data_version__"):
            data_version = line.split("=", 1)[1].strip().strip("'\"")
    nested = json.loads((pkg_dir / "data" / "nested-divisions.json").read_text(encoding="utf-8"))
    return nested, data_version


# --------------------------------------------------------------------------- conversion


def build_modern(nested: list[dict[str, Any]], data_version: str) -> dict[str, Any]:
    provinces = []
    communes = []
    for p in nested:
        pcode = f"{int(p['code']):02d}"
        provinces.append({"code": pcode, "name": _clean(p["name"]), "type": p["division_type"]})
        for w in p["wards"]:
            communes.append(
                {
                    "code": f"{int(w['code']):05d}",
                    "name": _clean(w["name"]),
                    "type": w["division_type"],
                    "province_code": pcode,
                }
            )
    provinces.sort(key=lambda r: r["code"])
    communes.sort(key=lambda r: r["code"])
    return {
        "meta": {
            "format": FORMAT_VERSION,
            "list": "Danh mục và mã số các đơn vị hành chính Việt Nam (2 cấp), từ 01/7/2025",
            "legal_basis": "QĐ 19/2025/QĐ-TTg",
            "source": f"{PACKAGE}=={MODERN_VERSION} data/nested-divisions.json",
            "source_data_date": data_version,
        },
        "provinces": provinces,
        "communes": communes,
    }


def build_legacy(nested: list[dict[str, Any]], data_version: str) -> dict[str, Any]:
    provinces = []
    districts = []
    communes = []
    for p in nested:
        pcode = f"{int(p['code']):02d}"
        pname = _clean(p["name"])
        provinces.append(
            {"code": pcode, "name": pname, "type": _type_from_name(pname, _PROVINCE_TYPES, "tỉnh")}
        )
        for d in p["districts"]:
            dcode = f"{int(d['code']):03d}"
            dname = _clean(d["name"])
            districts.append(
                {
                    "code": dcode,
                    "name": dname,
                    "type": _type_from_name(dname, _DISTRICT_TYPES, "huyện"),
                    "province_code": pcode,
                }
            )
            for w in d["wards"]:
                communes.append(
                    {
                        "code": f"{int(w['code']):05d}",
                        "name": _clean(w["name"]),
                        "district_code": dcode,
                    }
                )
    provinces.sort(key=lambda r: r["code"])
    districts.sort(key=lambda r: r["code"])
    communes.sort(key=lambda r: r["code"])
    return {
        "meta": {
            "format": FORMAT_VERSION,
            "list": "Danh mục và mã số các đơn vị hành chính Việt Nam (3 cấp), trước 01/7/2025",
            "legal_basis": "QĐ 124/2004/QĐ-TTg and later changes",
            "source": f"{PACKAGE}=={LEGACY_VERSION} data/nested-divisions.json",
            "source_data_date": data_version,
            "note": "State of the list at the source date; units merged before then are absent.",
        },
        "provinces": provinces,
        "districts": districts,
        "communes": communes,
    }


def build_mapping(raw: dict[str, str], source: str) -> dict[str, Any]:
    mapping = {f"{int(k):05d}": f"{int(v):05d}" for k, v in raw.items()}
    return {
        "meta": {"format": FORMAT_VERSION, "source": source},
        "mapping": dict(sorted(mapping.items())),
    }


def dumps(doc: dict[str, Any]) -> str:
    """Compact JSON, one record per line (small files, readable diffs)."""
    parts = ["{"]
    keys = list(doc)
    for i, key in enumerate(keys):
        value = doc[key]
        tail = "," if i < len(keys) - 1 else ""
        head = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list):
            parts.append(f"{head}:[")
            rows = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in value]
            parts.append(",\n".join(rows))
            parts.append(f"]{tail}")
        elif isinstance(value, dict) and key == "mapping":
            parts.append(f"{head}:{{")
            rows = [f"{json.dumps(k)}:{json.dumps(v)}" for k, v in value.items()]
            parts.append(",\n".join(rows))
            parts.append(f"}}{tail}")
        else:
            parts.append(
                f"{head}:{json.dumps(value, ensure_ascii=False, separators=(',', ':'))}{tail}"
            )
    parts.append("}")
    return "\n".join(parts) + "\n"


def validate(modern: dict[str, Any], legacy: dict[str, Any]) -> None:
    assert len(modern["provinces"]) == 34, len(modern["provinces"])
    assert len(modern["communes"]) == 3321, len(modern["communes"])
    assert len({c["code"] for c in modern["communes"]}) == 3321
    pcodes = {p["code"] for p in modern["provinces"]}
    assert all(c["province_code"] in pcodes for c in modern["communes"])
    assert len(legacy["provinces"]) == 63, len(legacy["provinces"])
    dcodes = {d["code"] for d in legacy["districts"]}
    assert all(c["district_code"] in dcodes for c in legacy["communes"])
    assert len({c["code"] for c in legacy["communes"]}) == len(legacy["communes"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--modern", type=Path, help=f"{PACKAGE} {MODERN_VERSION} wheel or folder")
    ap.add_argument("--legacy", type=Path, help=f"{PACKAGE} {LEGACY_VERSION} wheel or folder")
    ap.add_argument("--mapping", type=Path, help="optional JSON {old code: new code}")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the files are out of date")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="ntm-admin-units-") as tmp:
        work = Path(tmp)
        modern_dir = _unpack(args.modern, work) if args.modern else _package_dir_from_venv()
        legacy_src = args.legacy or _download(LEGACY_VERSION, work)
        legacy_dir = _unpack(legacy_src, work)
        modern = build_modern(*_load(modern_dir, MODERN_VERSION))
        legacy = build_legacy(*_load(legacy_dir, LEGACY_VERSION))
    validate(modern, legacy)

    outputs = {"units-2025.json": dumps(modern), "units-legacy.json": dumps(legacy)}
    if args.mapping:
        raw = json.loads(args.mapping.read_text(encoding="utf-8"))
        outputs["mapping-2025.json"] = dumps(build_mapping(raw, args.mapping.name))

    stale = []
    for name, text in outputs.items():
        path = args.out / name
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
