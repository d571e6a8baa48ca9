"""Translation catalogues: ``python -m ntm_desktop.devtools.i18n update|compile|check``.

* ``update``: runs ``pyside6-lupdate`` over an explicit list of every ``.py`` under
  ``ntm_desktop/`` (a folder argument silently skips ``.py`` files) and every ``ui/**/*.ui``, into
  ``translations/ntm_desktop_vi.ts`` and ``ntm_desktop_en.ts``. The source language is
  Vietnamese: the vi catalogue's entries are marked finished with the identical text. Obsolete
  entries are dropped and source locations are not stored (stable diffs, no merge conflicts).
  Qt-free code marks strings with ``QT_TRANSLATE_NOOP(context, text)``; lupdate only sees literal
  calls, so calls through an alias (``_N``) or with a constant context (``CTX``) are collected by
  an AST scan into a generated stub that is passed to lupdate as well.
* ``compile``: runs ``pyside6-lrelease`` into ``translations/*.qm`` (git-ignored). Needs no
  ``update`` first. Also compiles the hand-written catalogues of Qt's own texts
  (``translations/qt_extra_<lang>.ts``, see :data:`QT_EXTRA`).
* ``missing``: prints the English entries still unfinished as JSON, ready to be filled in and
  saved as ``translations/en/<your-area>.json`` (merged by ``update``).
* ``check``: runs the update on temporary copies and reports entries missing from the committed
  catalogues, stale ones and unfinished ones; exit status 1 if there is any. The Qt-text
  catalogues are checked too: every entry finished, no duplicates, the same ``%1`` placeholders
  as the source, and a clean ``lrelease``.

Qt ships no Vietnamese for its own texts (standard buttons, text-field context menus, the
non-native file dialog, the print dialog, QWizard…). ``translations/qt_extra_vi.ts`` is a
hand-written catalogue of those: contexts and source texts are exactly what Qt passes to
``QCoreApplication::translate`` (``QPlatformTheme``, ``QLineEdit``, ``QFileDialog``…). lupdate
never touches it; edit it by hand or with ``pyside6-linguist``.

Translate the English catalogue with ``pyside6-linguist translations/ntm_desktop_en.ts``.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "ntm_desktop"
CATALOG = "ntm_desktop"
SOURCE_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
NOOP = "QT_TRANSLATE_NOOP"
# Hand-written catalogues of Qt's own texts, by language: translations/<name>.ts → <name>.qm
QT_EXTRA: dict[str, str] = {"vi": "qt_extra_vi"}


# ----------------------------------------------------------------------------- sources
def source_files(root: Path = ROOT) -> list[Path]:
    """Every ``.py`` under the package (but the forms compiled from ``ui/``) and every ``.ui``
    under ``ui/``, sorted."""
    forms = root / PACKAGE / "gui" / "forms"  # compiled from ui/ (which lupdate reads)
    py = [p for p in (root / PACKAGE).rglob("*.py")
          if "__pycache__" not in p.parts and "_assets" not in p.parts
          and forms not in p.parents]
    ui = list((root / "ui").rglob("*.ui"))
    return sorted(py) + sorted(ui)


def _module_constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value.value
    return out


def noop_strings(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """``(context, text)`` pairs marked with QT_TRANSLATE_NOOP in ``path`` (aliases and constant
    contexts resolved), and warnings for calls that cannot be resolved statically."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names = {NOOP}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {a.asname or a.name for a in node.names if a.name == NOOP}
    constants = _module_constants(tree)
    found: list[tuple[str, str]] = []
    warnings: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        fname = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else None)
        if fname not in names or (fname != NOOP and not isinstance(func, ast.Name)):
            continue
        ctx_node, text_node = node.args[0], node.args[1]
        ctx = (ctx_node.value if isinstance(ctx_node, ast.Constant) else
               constants.get(ctx_node.id) if isinstance(ctx_node, ast.Name) else None)
        text = text_node.value if isinstance(text_node, ast.Constant) else None
        if isinstance(ctx, str) and isinstance(text, str):
            found.append((ctx, text))
        else:
            warnings.append(f"{path}:{node.lineno}: {NOOP} needs a literal text and a literal or "
                            "module-constant context")
    return found, warnings


def write_noop_stub(files: list[Path], dest: Path) -> list[str]:
    """Write ``QT_TRANSLATE_NOOP("ctx", "text")`` lines for every marked string into ``dest``."""
    lines = [f"# generated by {__name__}; do not edit", f"def {NOOP}(c, t): return t", ""]
    warnings: list[str] = []
    seen: set[tuple[str, str]] = set()
    for path in files:
        if path.suffix != ".py":
            continue
        found, warns = noop_strings(path)
        warnings += warns
        for pair in found:
            if pair not in seen:
                seen.add(pair)
                lines.append(f"{NOOP}({pair[0]!r}, {pair[1]!r})")
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return warnings


# ----------------------------------------------------------------------------- tools
def qt_tool(name: str) -> str:
    """``pyside6-<name>`` next to the running interpreter, else on PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (install PySide6)")
    return found


def ts_path(language: str, ts_dir: Path) -> Path:
    return ts_dir / f"{CATALOG}_{language}.ts"


def _lupdate(files: list[Path], ts: Path, language: str, workdir: Path) -> None:
    listing = workdir / "sources.lst"
    listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
    cmd = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
           "-source-language", SOURCE_LANGUAGE, "-target-language", language,
           f"@{listing}", "-ts", str(ts)]
    subprocess.run(cmd, check=True)


def mark_source_language_finished(ts: Path) -> int:
    """Give every unfinished entry its source text as a finished translation; returns count."""
    tree = ET.parse(ts)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        forms = tr.findall("numerusform")
        if message.get("numerus") == "yes":
            if not forms:
                forms = [ET.SubElement(tr, "numerusform")]
            empty = any(not (f.text or "") for f in forms)
            if tr.get("type") == "unfinished" or empty:
                for f in forms:
                    f.text = source
                changed += 1
        elif tr.get("type") == "unfinished" or not (tr.text or ""):
            tr.text = source
            changed += 1
        tr.attrib.pop("type", None) if tr.get("type") == "unfinished" else None
    if changed:
        with ts.open("wb") as fh:
            fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(fh, encoding="utf-8", xml_declaration=False)
    return changed


def load_glossary(root: Path = ROOT, language: str = "en") -> dict[tuple[str, str], str]:
    """Translations kept as JSON beside the catalogues: ``translations/<lang>/*.json`` files of
    ``{"<context>": {"<Vietnamese source>": "<translation>"}}``. Several people can add strings
    in parallel, each in their own file, without editing the same ``.ts`` XML."""
    out: dict[tuple[str, str], str] = {}
    folder = root / "translations" / language
    for f in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        import json
        for context, pairs in json.loads(f.read_text(encoding="utf-8")).items():
            for source, target in pairs.items():
                if target:
                    out[(context, source)] = target
    return out


def _text_of(tr: ET.Element) -> str:
    forms = tr.findall("numerusform")
    return (forms[0].text or "") if forms else (tr.text or "")


def apply_glossary(ts: Path, glossary: dict[tuple[str, str], str]) -> int:
    """Fill unfinished entries of ``ts`` from ``glossary``; returns how many were filled."""
    if not glossary:
        return 0
    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            target = glossary.get((name, message.findtext("source") or ""))
            if target is None:
                continue
            tr = message.find("translation")
            if _is_finished(message) and tr is not None and _text_of(tr) == target:
                continue  # the glossary is authoritative: a differing translation is replaced
            if tr is None:
                tr = ET.SubElement(message, "translation")
            forms = tr.findall("numerusform")
            if forms:
                for f in forms:
                    f.text = target
            else:
                tr.text = target
            tr.attrib.pop("type", None)
            changed += 1
    if changed:
        with ts.open("wb") as fh:
            fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(fh, encoding="utf-8", xml_declaration=False)
    return changed


def update(root: Path = ROOT, ts_dir: Path | None = None) -> list[str]:
    """Refresh both catalogues from the sources; returns warnings.

    Holds an exclusive lock on ``<ts_dir>/.lock`` so two people (or tools) updating at the same
    time never interleave their writes.
    """
    ts_dir = ts_dir or root / "translations"
    ts_dir.mkdir(parents=True, exist_ok=True)
    with open(ts_dir / ".lock", "w") as lock:
        try:
            import fcntl
            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # Windows: no concurrent updates expected there
            pass
        return _update_locked(root, ts_dir)


def _update_locked(root: Path, ts_dir: Path) -> list[str]:
    files = source_files(root)
    with tempfile.TemporaryDirectory(prefix="ntm-i18n-") as tmp:
        stub = Path(tmp) / "noop_strings.py"
        warnings = write_noop_stub(files, stub)
        inputs = [*files, stub]
        for language in LANGUAGES:
            ts = ts_path(language, ts_dir)
            _lupdate(inputs, ts, language, Path(tmp))
            if language == SOURCE_LANGUAGE and mark_source_language_finished(ts):
                _lupdate(inputs, ts, language, Path(tmp))  # back to lupdate's own layout
            elif language != SOURCE_LANGUAGE and apply_glossary(ts, load_glossary(root, language)):
                _lupdate(inputs, ts, language, Path(tmp))
    return warnings


def compile_catalogs(root: Path = ROOT, ts_dir: Path | None = None,
                     out_dir: Path | None = None) -> list[Path]:
    """``lrelease`` every catalogue into ``.qm`` files; returns them."""
    ts_dir = ts_dir or root / "translations"
    out_dir = out_dir or ts_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        ts = ts_path(language, ts_dir)
        if not ts.exists():
            raise SystemExit(f"{ts} is missing: run `python -m {__name__} update`")
        qm = out_dir / f"{CATALOG}_{language}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def compile_qt_extra(root: Path = ROOT, ts_dir: Path | None = None,
                     out_dir: Path | None = None) -> list[Path]:
    """``lrelease`` the hand-written catalogues of Qt's own texts (:data:`QT_EXTRA`)."""
    ts_dir = ts_dir or root / "translations"
    out_dir = out_dir or ts_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in QT_EXTRA.values():
        ts = ts_dir / f"{name}.ts"
        if not ts.exists():
            raise SystemExit(f"{ts} is missing (hand-written catalogue of Qt's own texts)")
        qm = out_dir / f"{name}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


# ----------------------------------------------------------------------------- check
def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out: dict[tuple[str, str], ET.Element] = {}
    if not ts.exists():
        return out
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _is_finished(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = tr.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


_PLACEHOLDER = re.compile(r"%L?\d+|%n")


def check_qt_extra(ts_dir: Path) -> list[str]:
    """Problems with the hand-written Qt-text catalogues: unreadable, duplicate, unfinished or
    placeholder-changing entries, and anything ``lrelease`` complains about."""
    problems: list[str] = []
    for name in QT_EXTRA.values():
        ts = ts_dir / f"{name}.ts"
        if not ts.exists():
            problems.append(f"{ts.name}: missing")
            continue
        try:
            root = ET.parse(ts).getroot()
        except ET.ParseError as exc:
            problems.append(f"{ts.name}: not valid XML: {exc}")
            continue
        seen: set[tuple[str, str, str]] = set()
        for context in root.iter("context"):
            ctx = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                key = (ctx, source, message.findtext("comment") or "")
                if key in seen:
                    problems.append(f"{ts.name}: duplicate [{ctx}] {source!r}")
                seen.add(key)
                if not _is_finished(message):
                    problems.append(f"{ts.name}: unfinished [{ctx}] {source!r}")
                    continue
                target = _text_of(message.find("translation"))
                if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(target)):
                    problems.append(f"{ts.name}: placeholders differ [{ctx}] {source!r}")
        if not seen:
            problems.append(f"{ts.name}: no entries")
        with tempfile.TemporaryDirectory(prefix="ntm-i18n-qt-") as tmp:
            run = subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm",
                                  str(Path(tmp) / f"{name}.qm")], capture_output=True, text=True)
            if run.returncode or run.stderr.strip() or not (Path(tmp) / f"{name}.qm").exists():
                problems.append(f"{ts.name}: lrelease failed: "
                                f"{(run.stderr or run.stdout).strip()[:500]}")
    return problems


def check(root: Path = ROOT, ts_dir: Path | None = None) -> list[str]:
    """Problems with the committed catalogues (empty list = all good)."""
    ts_dir = ts_dir or root / "translations"
    problems: list[str] = check_qt_extra(ts_dir)
    with tempfile.TemporaryDirectory(prefix="ntm-i18n-check-") as tmp:
        fresh_dir = Path(tmp) / "translations"
        fresh_dir.mkdir()
        for language in LANGUAGES:
            if ts_path(language, ts_dir).exists():
                shutil.copy(ts_path(language, ts_dir), ts_path(language, fresh_dir))
        problems += update(root, fresh_dir)
        for language in LANGUAGES:
            committed = _entries(ts_path(language, ts_dir))
            fresh = _entries(ts_path(language, fresh_dir))
            name = ts_path(language, ts_dir).name
            for key in sorted(fresh.keys() - committed.keys()):
                problems.append(f"{name}: missing [{key[0]}] {key[1]!r}")
            for key in sorted(committed.keys() - fresh.keys()):
                problems.append(f"{name}: stale (no longer in the sources) [{key[0]}] {key[1]!r}")
            glossary = load_glossary(root, language) if language != SOURCE_LANGUAGE else {}
            for key in sorted(committed.keys() & fresh.keys()):
                if not _is_finished(committed[key]):
                    problems.append(f"{name}: unfinished [{key[0]}] {key[1]!r}")
                elif key in glossary and _text_of(committed[key].find("translation")) != glossary[key]:
                    problems.append(f"{name}: differs from translations/{language}/*.json "
                                    f"[{key[0]}] {key[1]!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {__name__}")
    parser.add_argument("command", choices=["update", "compile", "check", "missing"])
    parser.add_argument("--out", help="compile: folder for the .qm files")
    args = parser.parse_args(argv)
    if args.command == "missing":
        import json
        missing: dict[str, dict[str, str]] = {}
        for (context, source), message in _entries(ts_path("en", ROOT / "translations")).items():
            if not _is_finished(message):
                missing.setdefault(context, {})[source] = ""
        print(json.dumps(missing, ensure_ascii=False, indent=1))
        return 0
    if args.command == "update":
        for warning in update():
            print("warning:", warning, file=sys.stderr)
        for language in LANGUAGES:
            ts = ts_path(language, ROOT / "translations")
            entries = _entries(ts)
            done = sum(_is_finished(m) for m in entries.values())
            print(f"{ts.relative_to(ROOT)}: {len(entries)} entries, {done} finished")
        return 0
    if args.command == "compile":
        out = Path(args.out) if args.out else None
        for qm in [*compile_catalogs(out_dir=out), *compile_qt_extra(out_dir=out)]:
            print(qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm)
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print("translations OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
