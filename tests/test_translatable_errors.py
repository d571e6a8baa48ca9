"""Every user-facing error raised by the Qt-free code is translatable.

* Static: an AST scan of ``ntm_desktop/core``, ``store``, ``sync`` and ``dossier`` fails when an
  :class:`~ntm_desktop.core.errors.NtmError` subclass is constructed with a message that is not a
  ``QT_TRANSLATE_NOOP``/``_N`` call (or a name bound to one): f-strings, ``%``/``.format()``,
  concatenation and bare string literals are refused. Values go in ``args={...}``.
* Runtime: a sample of raised errors round-trips — ``template.format(**fmt_args) == message`` —
  so the GUI (which translates ``template`` then fills it) shows the same text, translated.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ntm_desktop.core.errors import NtmError

ROOT = Path(__file__).resolve().parents[1] / "ntm_desktop"
SCANNED = ("core", "store", "sync", "dossier")
SKIPPED: set[Path] = set()
BASE_ERRORS = {"NtmError", "ValidationError", "NotFound", "ConflictError", "StorageError",
               "CatalogError", "Cancelled", "PackageRejected"}
NOOP = "QT_TRANSLATE_NOOP"


def scanned_files() -> list[Path]:
    out = []
    for pkg in SCANNED:
        out += [p for p in sorted((ROOT / pkg).rglob("*.py"))
                if p not in SKIPPED and "__pycache__" not in p.parts]
    return out


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def error_classes(files: list[Path]) -> set[str]:
    """BASE_ERRORS plus every class in ``files`` deriving (transitively) from one of them."""
    classes: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(_parse(path)):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases}
                classes.setdefault(node.name, set()).update(bases)
    known = set(BASE_ERRORS)
    changed = True
    while changed:
        changed = False
        for name, bases in classes.items():
            if name not in known and bases & known:
                known.add(name)
                changed = True
    return known


def _noop_names(tree: ast.Module) -> set[str]:
    names = {NOOP}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {a.asname or a.name for a in node.names if a.name == NOOP}
    return names


class _Checker:
    """Decides whether an expression is a marked (translatable) message."""

    def __init__(self, tree: ast.Module):
        self.tree = tree
        self.noop = _noop_names(tree)
        # parameter name -> [(function name, position)] for module-level helpers such as
        # ``_fail(path, template, ...)``: every call must then pass a marked message there.
        self.params: dict[str, list[tuple[str, int]]] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                for i, a in enumerate(node.args.posonlyargs + node.args.args):
                    self.params.setdefault(a.arg, []).append((node.name, i))
        # name -> every value assigned to it anywhere in the module (module and function scope)
        self.assigned: dict[str, list[ast.expr]] = {}
        for node in ast.walk(tree):
            targets: list[ast.expr] = []
            value = None
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            for t in targets:
                if isinstance(t, ast.Name) and value is not None:
                    self.assigned.setdefault(t.id, []).append(value)

    def is_noop_call(self, node: ast.expr) -> bool:
        return (isinstance(node, ast.Call) and len(node.args) >= 2
                and ((isinstance(node.func, ast.Name) and node.func.id in self.noop)
                     or (isinstance(node.func, ast.Attribute) and node.func.attr == NOOP))
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str))

    def ok(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> bool:
        if self.is_noop_call(node):
            return True
        if isinstance(node, ast.IfExp):
            return self.ok(node.body, seen) and self.ok(node.orelse, seen)
        if isinstance(node, ast.Attribute) and node.attr == "template":
            return True  # re-raising another error's (marked) template with its args
        if isinstance(node, ast.Subscript):  # TABLE[key] where TABLE's values are all marked
            return self.ok(node.value, seen)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get"):  # TABLE.get(key, <marked default>)
            return self.ok(node.func.value, seen) and all(self.ok(a, seen) for a in node.args[1:])
        if isinstance(node, ast.Dict):
            return bool(node.values) and all(v is not None and self.ok(v, seen)
                                             for v in node.values)
        if isinstance(node, ast.Name):
            if node.id in seen:
                return False
            if node.id in self.assigned:
                return all(self.ok(v, seen | {node.id}) for v in self.assigned[node.id])
            if node.id in self.params:
                passed = self.passed_to(node.id)
                return bool(passed) and all(self.ok(v, seen | {node.id}) for v in passed)
        return False

    def passed_to(self, param: str) -> list[ast.expr]:
        """Every expression passed for ``param`` of a module-level function in this module."""
        out: list[ast.expr] = []
        for func_name, pos in self.params[param]:
            for call in ast.walk(self.tree):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                        and call.func.id == func_name):
                    if pos < len(call.args):
                        out.append(call.args[pos])
                    out += [k.value for k in call.keywords if k.arg == param]
        return out


def _describe(node: ast.expr) -> str:
    if isinstance(node, ast.JoinedStr):
        return "f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return "%-formatting"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return "string concatenation"
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"):
        return ".format() call"
    if isinstance(node, ast.Constant):
        return "unmarked string literal"
    return f"unmarked expression {ast.unparse(node)[:60]!r}"


def untranslatable_raises(files: list[Path]) -> list[str]:
    """``path:line: <Class>(...) message is <what>`` for every offending construction."""
    classes = error_classes(files)
    problems: list[str] = []
    for path in files:
        tree = _parse(path)
        check = _Checker(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else None)
            if name not in classes:
                continue
            if name in ("PackageRejected", "MissingFields"):
                continue  # first argument is a code / the missing fields: the class marks the text
            message = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg == "message"), None)
            if message is None or isinstance(message, ast.Starred):
                continue  # the class default (e.g. Cancelled())
            if not check.ok(message):
                rel = path.relative_to(ROOT.parent)
                problems.append(f"{rel}:{node.lineno}: {name}(...) message is "
                                f"{_describe(message)}; use _N(\"errors\", \"… {{name}} …\") "
                                "with args={...}")
    return problems


def test_error_messages_are_marked_for_translation():
    problems = untranslatable_raises(scanned_files())
    assert not problems, "\n".join(problems)


def test_package_rejected_messages_are_marked():
    from ntm_desktop.sync import errors as sync_errors

    path = Path(sync_errors.__file__)
    tree = _parse(path)
    check = _Checker(tree)
    assert "MESSAGES" in check.assigned
    assert all(check.ok(v) for v in check.assigned["MESSAGES"])


@pytest.mark.parametrize("source, bad", [
    ('raise ValidationError(f"Không có thôn “{name}”.", field="village")', True),
    ('raise NotFound("Không tìm thấy bản ghi %s." % row_id)', True),
    ('raise StorageError("Lỗi: {x}".format(x=1))', True),
    ('raise CatalogError("Tệp " + name + " hỏng.")', True),
    ('raise ConflictError("Đã khóa.")', True),
    ('raise MyOwnError(f"x {y}")', True),
    ('raise ValidationError(_N("errors", "Không có thôn “{name}”."), args={"name": n})', False),
    ('MSG = _N("errors", "Đã khóa.")\nraise ConflictError(MSG)', False),
    ('raise NtmError(exc.template, args=exc.fmt_args)', False),
    ('raise Cancelled()', False),
    ('def _fail(p, template):\n    raise ValidationError(template, field=p)\n'
     '_fail("x", _N("errors", "Sai."))', False),
    ('def _fail(p, template):\n    raise ValidationError(template, field=p)\n'
     '_fail("x", _N("errors", "Sai."))\n_fail("y", f"Sai {p}.")', True),
])
def test_scanner_catches_unmarked_messages(tmp_path, source, bad):
    src = ("from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N\n"
           "from ntm_desktop.core.errors import NtmError\n"
           "class MyOwnError(NtmError):\n    pass\n" + source + "\n")
    f = tmp_path / "sample.py"
    f.write_text(src, encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path / "pkg"  # relative_to() needs ROOT.parent == tmp_path
    try:
        assert bool(untranslatable_raises([f])) is bad
    finally:
        ROOT = saved


# ----------------------------------------------------------------------------- runtime
def _round_trips(err: NtmError) -> None:
    assert err.template.format(**err.fmt_args) == err.message, err.template
    assert all(isinstance(v, str) for v in err.fmt_args.values()), err.fmt_args


def test_model_validation_error_round_trips():
    from ntm_desktop.core import model

    with pytest.raises(NtmError) as info:
        model.validate_village({"name": "Thôn A", "households": "abc"})
    _round_trips(info.value)


def test_package_rejected_round_trips():
    from ntm_desktop.sync.errors import PackageRejected

    for code, member, detail in [("absolute_path", "/etc/passwd", None),
                                 ("member_too_large", "changes.jsonl", "999 byte"),
                                 ("chain_broken", "changes.jsonl", 7),
                                 ("no-such-code", None, None)]:
        err = PackageRejected(code, member=member, detail=detail)
        _round_trips(err)
        assert err.code == code


def test_sqlite_errors_round_trip():
    import sqlite3

    from ntm_desktop.store.workbook import translate_sqlite_error

    for text in ["database is locked", "database or disk is full", "some odd failure 42",
                 "attempt to write a readonly database"]:
        err = translate_sqlite_error(sqlite3.OperationalError(text))
        _round_trips(err)
    assert "some odd failure 42" in translate_sqlite_error(
        sqlite3.OperationalError("some odd failure 42")).message


def test_catalog_and_store_errors_round_trip(tmp_path):
    from ntm_desktop.core import catalog
    from ntm_desktop.store import interchange

    samples = [lambda: catalog.load_builtin_document("khong-co-bo-nay"),
               lambda: catalog.parse_catalog_bytes(b"[]", name="tệp thử"),
               lambda: interchange.parse_bytes(b"{\"a\": ", "Tệp thử"),
               lambda: interchange.parse_bytes(b"\xff\xfe", "Tệp thử")]
    for sample in samples:
        with pytest.raises(NtmError) as info:
            sample()
        _round_trips(info.value)


def test_gui_store_and_dossier_errors_round_trip(tmp_path):
    from ntm_desktop.dossier import checklist, fields, rollup
    from ntm_desktop.dossier.compose import MissingFields
    from ntm_desktop.dossier.data import make_verification
    from ntm_desktop.dossier.template import write_pdf
    from ntm_desktop.services import keys as gui_queries

    samples = [lambda: fields.parse_value("khong.co", "1"),
               lambda: fields.parse_value("bien_ban.date", "31/02/2025"),
               lambda: fields.parse_value("bien_ban.members", "abc"),
               lambda: fields.parse_value("bien_ban.members", "-1"),
               lambda: fields.parse_value("recipients", "[1,"),
               lambda: checklist.load("khong-co-danh-muc"),
               lambda: checklist.parse({"format": "x"}, name="thu.json"),
               lambda: checklist.parse({"format": checklist.FORMAT, "documents": [{}]}),
               lambda: rollup.parse_bands("a-b"),
               lambda: rollup.parse_bands("9-5"),
               lambda: rollup.parse_bands(";"),
               lambda: make_verification("00001", (1, "ab"), package=tmp_path / "khong.ntmpkg"),
               lambda: write_pdf(tmp_path / "khong" / "a.pdf", b""),
               lambda: gui_queries.read_key_card(tmp_path / "khong.json")]
    for sample in samples:
        with pytest.raises(NtmError) as info:
            sample()
        _round_trips(info.value)
        assert "{" not in info.value.message, info.value.message
    missing = fields.check({}, ("to_trinh", "bien_ban"))
    assert missing and all(m.label for m in missing)
    err = MissingFields(missing)
    _round_trips(err)
    assert err.message.startswith(f"Hồ sơ còn thiếu {len(missing)} thông tin: signer.name (")
