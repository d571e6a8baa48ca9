"""The official page (Nghị định 30/2020/NĐ-CP) for every dossier and report PDF.

A4 portrait; margins top 20 mm, bottom 25 mm, left 30 mm, right 15 mm; Liberation Serif 13 pt
body; the page number centred in the top margin from the second page of each document (each
document of a dossier is numbered on its own, as separate official documents are); a small footer
in the bottom margin with the dossier code and the sheet number within the whole file.

Building blocks: :func:`header_block` (issuer / national motto / number / place and date),
:func:`title_block`, :func:`signature_block` (Nơi nhận + TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH with
an empty area for the signature, the seal and — later — a PAdES signature field),
:func:`data_table` (header row repeated on every page, rows never split) and :func:`render`
(one pass; the contents page numbers and the total sheet count are PDF forms filled in at the
end, so the layout is computed once).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.dossier.fonts import Fonts

PAGE_W, PAGE_H = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 25 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
BODY_SIZE = 13
TABLE_SIZE = 11
PAGE_NUMBER_Y = PAGE_H - 12 * mm      # baseline of the page number (in the top margin)
FOOTER_Y = 13 * mm                    # baseline of the verification footer (bottom margin)
DRAFT_MARK = "DỰ THẢO"
PLACEHOLDER = "…"


def nfc(text: Any) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def esc(text: Any) -> str:
    """NFC + XML escape for reportlab paragraphs; newlines become line breaks."""
    return escape(nfc(text)).replace("\n", "<br/>")


# --------------------------------------------------------------------------------------- styles
@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    body: ParagraphStyle
    body_left: ParagraphStyle
    heading: ParagraphStyle
    heading2: ParagraphStyle
    doc_kind: ParagraphStyle
    summary: ParagraphStyle
    centre: ParagraphStyle
    centre_italic: ParagraphStyle
    issuer: ParagraphStyle
    nation: ParagraphStyle
    motto: ParagraphStyle
    number: ParagraphStyle
    date: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle
    recip_label: ParagraphStyle
    recip_item: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_bold: ParagraphStyle
    caption: ParagraphStyle
    small: ParagraphStyle


_styles_cache: dict[Fonts, Styles] = {}


def make_styles(fonts: Fonts) -> Styles:
    if fonts in _styles_cache:
        return _styles_cache[fonts]

    def st(name: str, size: float = BODY_SIZE, *, font: str | None = None, align: int = TA_LEFT,
           leading: float | None = None, before: float = 0, after: float = 0,
           indent: float = 0) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font or fonts.regular, fontSize=size,
                              leading=leading or round(size * 1.25, 1), alignment=align,
                              spaceBefore=before, spaceAfter=after, firstLineIndent=indent,
                              textColor=colors.black)

    s = Styles(
        fonts=fonts,
        body=st("body", align=TA_JUSTIFY, after=6, indent=1 * 28.35),
        body_left=st("body_left", after=4),
        heading=st("heading", font=fonts.bold, before=6, after=6),
        heading2=st("heading2", font=fonts.bold_italic, before=2, after=4),
        doc_kind=st("doc_kind", 14, font=fonts.bold, align=TA_CENTER, before=10),
        summary=st("summary", 14, font=fonts.bold, align=TA_CENTER),
        centre=st("centre", align=TA_CENTER, after=4),
        centre_italic=st("centre_italic", font=fonts.italic, align=TA_CENTER, after=4),
        issuer=st("issuer", 12.5, font=fonts.bold, align=TA_CENTER, leading=15),
        nation=st("nation", 12, font=fonts.bold, align=TA_CENTER, leading=15),
        motto=st("motto", 13, font=fonts.bold, align=TA_CENTER, leading=15),
        number=st("number", 13, align=TA_CENTER),
        date=st("date", 13, font=fonts.italic, align=TA_CENTER),
        sign=st("sign", 13, font=fonts.bold, align=TA_CENTER, leading=16),
        sign_name=st("sign_name", 13, font=fonts.bold, align=TA_CENTER),
        recip_label=st("recip_label", 12, font=fonts.bold_italic, leading=14),
        recip_item=st("recip_item", 11, leading=13),
        cell=st("cell", TABLE_SIZE, leading=13),
        cell_centre=st("cell_centre", TABLE_SIZE, align=TA_CENTER, leading=13),
        cell_right=st("cell_right", TABLE_SIZE, align=TA_RIGHT, leading=13),
        cell_head=st("cell_head", TABLE_SIZE, font=fonts.bold, align=TA_CENTER, leading=13),
        cell_bold=st("cell_bold", TABLE_SIZE, font=fonts.bold, leading=13),
        caption=st("caption", 11, font=fonts.italic, align=TA_CENTER, leading=13),
        small=st("small", 10, leading=12),
    )
    _styles_cache[fonts] = s
    return s


def P(text: Any, style: ParagraphStyle, *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) — or of reportlab markup when ``markup``."""
    return Paragraph(nfc(text) if markup else esc(text), style)


# ------------------------------------------------------------------------------------ flowables
class HRule(Flowable):
    """A centred horizontal rule (the short line under the issuer, the motto, the summary)."""

    def __init__(self, width: float, thickness: float = 0.6, space: float = 2):
        super().__init__()
        self.rule_width = width
        self.thickness = thickness
        self.space = space

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._aw = aw
        return aw, self.space * 2 + self.thickness

    def draw(self) -> None:
        x0 = (self._aw - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, self.space, x0 + self.rule_width, self.space)


class DocStart(Flowable):
    """Zero-size marker: a new document of the dossier starts on this page."""

    def __init__(self, doc_id: str, title: str):
        super().__init__()
        self.doc_id = doc_id
        self.title = title

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = getattr(self.canv, "_ntm_doc", None)
        if doc is not None:
            doc.start_document(self.doc_id, self.title, self.canv.getPageNumber())


class FormRef(Flowable):
    """Draws a PDF form defined only at the end of the build (contents page numbers)."""

    def __init__(self, name: str, width: float, height: float):
        super().__init__()
        self.form_name = name
        self.width = width
        self.height = height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(self.form_name)


class SignatureSpace(Flowable):
    """The empty area for the hand signature and the seal; its rectangle is recorded so that a
    PAdES signature field can be placed there later (see docs/dossier.md)."""

    def __init__(self, width: float, height: float, tag: str):
        super().__init__()
        self.width = width
        self.height = height
        self.tag = tag

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        doc = getattr(canvas, "_ntm_doc", None)
        if doc is not None:
            ax, ay = canvas.absolutePosition(x, y)
            doc.signature_areas.append({"tag": self.tag, "page": canvas.getPageNumber(),
                                        "x": round(ax, 2), "y": round(ay, 2),
                                        "width": round(self.width, 2),
                                        "height": round(self.height, 2)})
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        return None


class QRBlock(Flowable):
    """A QR code (segno, drawn as vector squares) with its caption lines to the right."""

    def __init__(self, payload: str, lines: Sequence[str], fonts: Fonts, size: float = 32 * mm):
        super().__init__()
        import segno
        self.qr = segno.make(payload, error="m", micro=False)
        self.lines = [nfc(x) for x in lines]
        self.fonts = fonts
        self.size = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._aw = aw
        return aw, self.size

    def draw(self) -> None:
        c = self.canv
        rows = list(self.qr.matrix)
        n = len(rows) + 8  # 4-module quiet zone on each side
        cell = self.size / n
        c.setFillColor(colors.black)
        for r, row in enumerate(rows):
            y = self.size - (r + 4 + 1) * cell
            run_start = None
            for col, v in enumerate(list(row) + [0]):
                if v and run_start is None:
                    run_start = col
                elif not v and run_start is not None:
                    c.rect((run_start + 4) * cell, y, (col - run_start) * cell, cell,
                           stroke=0, fill=1)
                    run_start = None
        x = self.size + 4 * mm
        y = self.size - 5 * mm
        maxw = self._aw - x
        from reportlab.pdfbase.pdfmetrics import stringWidth
        for line in self.lines:
            size = 10
            while stringWidth(line, self.fonts.regular, size) > maxw and size > 6:
                size -= 0.5
            c.setFont(self.fonts.regular, size)
            c.drawString(x, y, line)
            y -= size + 3


# ------------------------------------------------------------------------------- header blocks
LEFT_COL = 70 * mm
RIGHT_COL = TEXT_W - LEFT_COL
#: words a body's name may break before ("ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP /
#: VÀ MÔI TRƯỜNG"): never inside a place name or between two words that belong together
_LEVEL_WORDS = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN")
_BREAK_BEFORE = (*_LEVEL_WORDS, "VÀ")


def issuer_bodies(lines: Sequence[str]) -> list[str]:
    """"ỦY BAN NHÂN DÂN/TỈNH LÀO CAI" is one body written on two lines; "ỦY BAN NHÂN DÂN TỈNH
    LẠNG SƠN/SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" is a parent body and the issuing body. A part that
    starts with a level word (TỈNH, HUYỆN, XÃ …) continues the body before it."""
    bodies: list[str] = []
    for part in lines:
        text = " ".join(nfc(part).upper().split())
        if not text:
            continue
        if bodies and text.startswith(tuple(w + " " for w in _LEVEL_WORDS)):
            bodies[-1] = f"{bodies[-1]} {text}"
        else:
            bodies.append(text)
    return bodies


def break_name(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of a body's name that fit ``width``, broken only before a level word or "VÀ"
    (balanced when several breaks are possible); a name without such a break stays whole."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split()

    def w(ws: Sequence[str]) -> float:
        return stringWidth(" ".join(ws), font, size)
    # "ỦY BAN NHÂN DÂN / XÃ BẮC SƠN": a People's Committee's level goes on its own line
    if text.startswith(("ỦY BAN NHÂN DÂN ", "HỘI ĐỒNG NHÂN DÂN ")):
        k = len(("ỦY BAN NHÂN DÂN" if text.startswith("ỦY") else "HỘI ĐỒNG NHÂN DÂN").split())
        if any(" ".join(words[k:k + len(b.split())]) == b for b in _LEVEL_WORDS):
            return [" ".join(words[:k]), *break_name(" ".join(words[k:]), font, size, width)]
    if w(words) <= width:
        return [" ".join(words)]
    cuts = [k for k in range(1, len(words))
            if any(" ".join(words[k:k + len(b.split())]) == b for b in _BREAK_BEFORE)]
    best: list[str] | None = None
    best_score = None
    for k in cuts:
        head, tail = words[:k], words[k:]
        rest = break_name(" ".join(tail), font, size, width)
        lines = [" ".join(head), *rest]
        over = sum(max(0.0, w(x.split()) - width) for x in lines)
        score = (over, len(lines), max(w(x.split()) for x in lines))
        if best_score is None or score < best_score:
            best, best_score = lines, score
    return best or [" ".join(words)]


def header_block(st: Styles, *, issuer_lines: Sequence[str], number_line: str | None,
                 place_date: str, parent_line: str | None = None) -> Table:
    """The two-column header of NĐ 30/2020: the parent body in capitals, not bold, above the
    issuing body in bold capitals (short rule under it) and "Số: …" on the left; Quốc hiệu,
    Tiêu ngữ (rule under it) and the italic place/date on the right. Names break only between
    words that belong apart (:func:`break_name`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    bodies = issuer_bodies([*([parent_line] if parent_line else []), *issuer_lines])
    parents, body = bodies[:-1], bodies[-1] if bodies else ""
    parent_style = ParagraphStyle("parent", parent=st.issuer, fontName=st.fonts.regular)
    left: list[Flowable] = []
    for p in parents:
        for line in break_name(p, st.fonts.regular, parent_style.fontSize, LEFT_COL):
            left.append(P(line, parent_style))
    body_lines = break_name(body, st.fonts.bold, st.issuer.fontSize, LEFT_COL)
    for line in body_lines:
        left.append(P(line, st.issuer))
    widest = max(stringWidth(x, st.fonts.bold, st.issuer.fontSize) for x in body_lines)
    left.append(HRule(min(widest, LEFT_COL) * 0.4))
    right = [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.nation),
             P("Độc lập - Tự do - Hạnh phúc", st.motto),
             HRule(stringWidth("Độc lập - Tự do - Hạnh phúc", st.fonts.bold, 13))]
    rows = [[left, right],
            [P(number_line, st.number) if number_line else "", P(place_date, st.date)]]
    t = Table(rows, colWidths=[LEFT_COL, RIGHT_COL], hAlign="CENTER")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
    ]))
    return t


_NAME_HEADS = ("xã", "thôn", "bản", "huyện", "tỉnh", "phường", "thị", "thành", "quận")
_LINE_STARTS = ("các", "của", "về", "và", "theo", "tại", "đạt", "cho", "trên", "năm")


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into the fewest lines that fit ``width``, balanced so that the last line
    never holds a single word, and never inside a name ("xã Bản Phiệt", "Lạng Sơn")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = nfc(text).split()
    joined = " ".join(words)
    if not words or stringWidth(joined, font, size) <= width:
        return [joined]

    caps = joined.isupper()

    def can_break(k: int) -> bool:   # a line may start at words[k]
        prev, word = words[k - 1], words[k]
        if caps:
            return True
        if prev.lower() in _NAME_HEADS and word[:1].isupper():
            return False
        return not (prev[:1].isupper() and word[:1].isupper() and k > 1)

    def w(ws: Sequence[str]) -> float:
        return stringWidth(" ".join(ws), font, size)
    # a bracket, a comma or a function word is the natural place to break a title in two
    for mark in ("(", ",", "word"):
        cuts = [k for k in range(2, len(words) - 1)
                if (words[k].startswith("(") if mark == "(" else words[k - 1].endswith(",")
                    if mark == "," else words[k].lower() in _LINE_STARTS)]
        fitting = [k for k in cuts if w(words[:k]) <= width and w(words[k:]) <= width]
        if fitting:
            k = min(fitting, key=lambda k: abs(w(words[:k]) - w(words[k:])))
            return [" ".join(words[:k]), " ".join(words[k:])]
    best: list[str] | None = None
    for n in range(2, len(words)):
        target = w(words) / n
        lines: list[list[str]] = [[]]
        for k, word in enumerate(words):
            cur = lines[-1]
            if cur and len(lines) < n and can_break(k) and w([*cur, word]) > target * 1.05:
                lines.append([word])
            else:
                cur.append(word)
        if all(w(x) <= width for x in lines) and len(lines[-1]) > 1:
            best = [" ".join(x) for x in lines]
            break
    return best or [joined]


def centred(text: str, style: ParagraphStyle) -> Paragraph:
    """A centred heading broken into balanced lines (:func:`balanced_lines`)."""
    parts = balanced_lines(text, style.fontName, style.fontSize, TEXT_W)
    return P("<br/>".join(esc(x) for x in parts), style, markup=True)


def title_block(st: Styles, kind: str, summary_lines: Sequence[str],
                recipient: str | Sequence[str] | None = None) -> list[Flowable]:
    """Document type (TỜ TRÌNH, BÁO CÁO …) and its summary centred (a wrapped summary line is
    balanced: no single word left on its last line), a short rule, and the optional "Kính gửi:
    …" line."""
    out: list[Flowable] = [Spacer(1, 6), P(kind.upper(), st.doc_kind)]
    for line in summary_lines:
        parts = balanced_lines(line, st.summary.fontName, st.summary.fontSize, TEXT_W)
        out.append(P("<br/>".join(esc(x) for x in parts), st.summary, markup=True))
    out.append(HRule(40 * mm, space=4))
    if recipient:
        recips = [recipient] if isinstance(recipient, str) else list(recipient)
        if len(recips) == 1:
            out.append(P(f"Kính gửi: {recips[0]}.", st.centre))
        else:
            out.append(P("Kính gửi:", st.centre))
            for r in recips:
                out.append(P(f"- {r};", st.centre))
    out.append(Spacer(1, 6))
    return out


def signature_block(st: Styles, *, recipients: Sequence[str] | None, authority: str | None,
                    title: str | None, name: str, tag: str,
                    extra_right: Sequence[str] = ()) -> KeepTogether:
    """"Nơi nhận:" with its list on the left; authority (e.g. "TM. ỦY BAN NHÂN DÂN"), title
    ("CHỦ TỊCH"), the signature/seal area and the signer's name on the right."""
    left: list[Flowable] = []
    if recipients is not None:
        left.append(P("Nơi nhận:", st.recip_label))
        items = list(recipients)
        for i, r in enumerate(items):
            end = "." if i == len(items) - 1 else ";"
            text = nfc(r).rstrip(";.")
            left.append(P(f"- {text}{end}", st.recip_item))
    right: list[Flowable] = []
    if authority:
        right.append(P(nfc(authority).upper(), st.sign))
    if title:
        right.append(P(nfc(title).upper(), st.sign))
    for line in extra_right:
        right.append(P(line, st.centre_italic))
    right.append(SignatureSpace(RIGHT_COL - 10 * mm, 28 * mm, tag))
    right.append(P(name, st.sign_name))
    t = Table([[left, right]], colWidths=[LEFT_COL + 5 * mm, RIGHT_COL - 5 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether([Spacer(1, 8), t])


def with_signature(story: list[Flowable], block: Flowable) -> list[Flowable]:
    """Append the signature block kept on one page with the paragraph before it, so that a
    signature never stands alone on a page."""
    if story and isinstance(story[-1], Paragraph):
        last = story.pop()
        story.append(KeepTogether([last, block]))
    else:
        story.append(block)
    return story


_PAD = 6.5       # left + right cell padding (3 + 3) plus a little air


def _words(text: str) -> list[str]:
    return text.split()


def fit_columns(cols: list[float], columns: Sequence[Sequence[str]], fonts: Sequence[str],
                size: float) -> list[float]:
    """Column widths that hold the widest word of each column (never a word broken inside a
    cell), taken from the columns with room to spare; the total width is kept."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    total = sum(cols)
    mins = []
    for texts, font in zip(columns, fonts, strict=True):
        widest = max((stringWidth(w, font, size) for t in texts for w in _words(t)), default=0)
        mins.append(widest + _PAD)
    if sum(mins) > total:          # cannot hold every word: share what there is by need
        return [total * m / sum(mins) for m in mins]
    out = list(cols)
    for _ in range(len(out)):
        short = [i for i, w in enumerate(out) if w < mins[i] - 0.01]
        if not short:
            break
        need = sum(mins[i] - out[i] for i in short)
        for i in short:
            out[i] = mins[i]
        donors = [i for i, w in enumerate(out) if i not in short and w > mins[i]]
        room = sum(out[i] - mins[i] for i in donors)
        for i in donors:
            out[i] -= need * (out[i] - mins[i]) / room
    return out


class PagedTable(Flowable):
    """A long table laid out one page at a time: each split builds only the rows that fit the
    frame (with the header row again), so a list of 300,000 rows takes time and memory in
    proportion to its pages, not to the square of its rows. Rows come from an iterator."""

    CHUNK = 60

    def __init__(self, make: Callable[[list[Sequence[Any]]], Table],
                 rows: Any, buffered: list[Sequence[Any]] | None = None,
                 per_page: int | None = None, min_height: float | None = None):
        super().__init__()
        self._make = make
        self._rows = iter(rows)
        self._buf: list[Sequence[Any]] = buffered or []
        self._ended = False
        self._table: Table | None = None
        self._per_page = per_page or self.CHUNK    # rows that fitted the last page
        self._min_height = min_height              # header and one row
        self._last: tuple[float, float, Table | None, int] | None = None

    def _fill(self, n: int) -> None:
        while not self._ended and len(self._buf) < n:
            try:
                self._buf.append(next(self._rows))
            except StopIteration:
                self._ended = True

    def _fit(self, aw: float, ah: float) -> tuple[Table | None, int]:
        """The largest head of the remaining rows that fits ``ah`` (built once per size)."""
        if self._last is not None and self._last[:2] == (aw, ah):
            return self._last[2], self._last[3]
        if self._min_height is not None and ah < self._min_height:
            self._last = (aw, ah, None, 0)
            return None, 0
        n = self._per_page + 8
        while True:
            self._fill(n)
            k = min(n, len(self._buf))
            if k == 0:
                return None, 0
            t = self._make(self._buf[:k])
            _, h = t.wrap(aw, ah)
            heights = t._rowHeights
            if self._min_height is None and len(heights) > 1:
                self._min_height = heights[0] + heights[1]
            if h <= ah and k == n and not (self._ended and k == len(self._buf)):
                n *= 2           # small rows: the page holds more
                continue
            if h <= ah:
                fit = k
            else:
                used, fit = heights[0], 0
                for rh in heights[1:]:
                    if used + rh > ah:
                        break
                    used += rh
                    fit += 1
                if fit == 0:
                    self._last = (aw, ah, None, 0)
                    return None, 0
                t = self._make(self._buf[:fit])
                t.wrap(aw, ah)
            self._last = (aw, ah, t, fit)
            return t, fit

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        t, k = self._fit(aw, ah)
        if t is not None and self._ended and k == len(self._buf):
            self._table = t
            return t.wrap(aw, ah)
        self._table = None
        return aw, ah + 1        # does not fit: the frame asks for a split

    def split(self, aw: float, ah: float) -> list[Flowable]:
        t, k = self._fit(aw, ah)
        if t is None:
            return []
        self._fill(k + 1)
        rest = self._buf[k:]
        if not rest:
            return [t]
        return [t, PagedTable(self._make, self._rows, list(rest), per_page=k,
                              min_height=self._min_height)]

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


def data_table(st: Styles, headers: Sequence[str], rows: Any,
               widths: Sequence[float], *, align: Sequence[str] | None = None,
               bold_rows: Sequence[int] = (), header_rows: int = 1,
               font_size: float | None = None, keep_with_next: Sequence[int] = (),
               paged: bool = False) -> Flowable:
    """A bordered table: the header row is repeated on every page and a row is never split
    across pages (``splitInRow=0``); a row in ``keep_with_next`` stays on the page of the row
    after it (a criterion's heading with its first indicator). Column widths are the given
    fractions of the text width, widened where a column's widest word needs it, so that no word
    is ever broken inside a cell. Cells are plain text (escaped) unless they are already
    flowables. ``align`` per column: "L", "C" or "R". ``paged`` (or an iterator of rows): a
    :class:`PagedTable` laid out one page at a time (the long annex lists)."""
    total = sum(widths)
    cols = [w * TEXT_W for w in widths] if total <= 1.001 else list(widths)
    align = align or ["L"] * len(cols)
    size = font_size or TABLE_SIZE
    cell_styles = {"L": st.cell, "C": st.cell_centre, "R": st.cell_right}
    cell_styles = {k: ParagraphStyle(f"{v.name}-{size}", parent=v, fontSize=size,
                                     leading=round(size * 1.2, 1), splitLongWords=0)
                   for k, v in cell_styles.items()}
    head_style = ParagraphStyle(f"head-{size}", parent=st.cell_head, fontSize=size,
                                leading=round(size * 1.2, 1), splitLongWords=0)
    bold = set(bold_rows)
    is_list = isinstance(rows, list | tuple)
    sample = list(rows) if is_list else []
    if not is_list:
        it = iter(rows)
        for _ in range(200):
            try:
                sample.append(next(it))
            except StopIteration:
                break
        import itertools
        rows = itertools.chain(sample, it)
    texts = [[nfc(h)] for h in headers]
    for row in sample[:400]:
        for ci, v in enumerate(row):
            if not isinstance(v, Flowable):
                texts[ci].append(nfc(v))
    # the header words are bold: measure them with the bold font
    from reportlab.pdfbase.pdfmetrics import stringWidth
    cols = fit_columns(cols, texts, [st.fonts.regular] * len(cols), size)
    head_min = [max((stringWidth(w, st.fonts.bold, size) for w in _words(nfc(h))), default=0)
                + _PAD for h in headers]
    cols = fit_columns(cols, [[h] for h in headers], [st.fonts.bold] * len(cols), size) \
        if any(c < m for c, m in zip(cols, head_min, strict=True)) else cols
    header = [P(h, head_style) for h in headers]

    def cells(ri: int, row: Sequence[Any]) -> list[Any]:
        out_row: list[Any] = []
        font = st.fonts.bold if ri in bold else st.fonts.regular
        for ci, v in enumerate(row):
            if isinstance(v, Flowable):
                out_row.append(v)
                continue
            text = nfc(v)
            # short single-line cells stay plain strings (much faster to lay out than
            # paragraphs); anything that would not fit the column wraps in a Paragraph
            if "\n" not in text and stringWidth(text, font, size) <= cols[ci] - _PAD:
                out_row.append(text)
                continue
            style = cell_styles[align[ci]]
            if ri in bold:
                style = ParagraphStyle(style.name + "-b", parent=style, fontName=st.fonts.bold)
            out_row.append(Paragraph(esc(text), style))
        return out_row

    def style_for(n_rows: int, offset: int) -> TableStyle:
        extra: list[tuple[Any, ...]] = []
        for ri in bold:
            r = ri - offset
            if 0 <= r < n_rows:
                extra.append(("FONTNAME", (0, r + 1), (-1, r + 1), st.fonts.bold))
        for ri in keep_with_next:
            r = ri - offset
            if 0 <= r < n_rows - 1:
                extra.append(("NOSPLIT", (0, r + 1), (-1, r + 2)))
        for ci, al in enumerate(align):
            extra.append(("ALIGN", (ci, 1), (ci, -1),
                          {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[al]))
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
            ("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), size * 1.2),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra])

    if paged or not is_list:
        def make(chunk: list[Sequence[Any]]) -> Table:
            t = Table([header, *chunk], colWidths=cols, repeatRows=header_rows,
                      splitInRow=0, hAlign="LEFT")
            t.setStyle(style_for(len(chunk), -1))
            return t
        return PagedTable(make, (cells(-1, r) for r in rows))
    data = [header, *(cells(ri, row) for ri, row in enumerate(sample))]
    t = Table(data, colWidths=cols, repeatRows=header_rows, splitInRow=0, hAlign="LEFT")
    t.setStyle(style_for(len(sample), 0))
    return t


# --------------------------------------------------------------------------------- document
@dataclass
class RenderInfo:
    pages: int = 0
    starts: dict[str, int] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    signature_areas: list[dict[str, Any]] = field(default_factory=list)


class NTMDocTemplate(BaseDocTemplate):
    """One frame per page inside the NĐ 30 margins; decorations drawn at the end of each page
    (so that a page knows which document it belongs to)."""

    def __init__(self, buf: Any, *, fonts: Fonts, footer: str | None, draft: bool,
                 invariant: bool, title: str, contents_forms: Callable[[Any, dict[str, int]],
                                                                       None] | None = None):
        super().__init__(buf, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=nfc(title),
                         author="NTM Desktop", creator="NTM Desktop", producer="NTM Desktop",
                         subject=nfc(title), invariant=1 if invariant else 0,
                         pageCompression=1, initialFontName=fonts.regular,
                         initialFontSize=BODY_SIZE)
        self.fonts = fonts
        self.footer = nfc(footer) if footer else None
        self.draft = draft
        self.info = RenderInfo()
        self.signature_areas = self.info.signature_areas
        self.contents_forms = contents_forms
        self._doc_first_page = 1
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_W, TEXT_H, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPageEnd=self._decorate)])

    def start_document(self, doc_id: str, title: str, page: int) -> None:
        self.info.starts[doc_id] = page
        self.info.titles[doc_id] = title
        self._doc_first_page = page

    def handle_documentBegin(self) -> None:  # noqa: N802
        super().handle_documentBegin()
        self.canv._ntm_doc = self  # type: ignore[attr-defined]
        self._compacted = 0

    def handle_pageBegin(self) -> None:  # noqa: N802
        self._compact_finished_pages()
        super().handle_pageBegin()

    def _compact_finished_pages(self) -> None:
        """Compress the content of the pages already finished: reportlab keeps them in memory
        until the file is written, so a 9,000-page annex then holds a few kB a page instead of
        some 30 kB (the same Flate filter reportlab applies when it writes the page)."""
        import zlib

        from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
        pages = self.canv._doc.Pages.pages
        for page in pages[self._compacted:]:
            if page.Contents is None and page.stream and page.compression:
                page.Contents = PDFStream(
                    PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}),
                    zlib.compress(page.stream.encode("utf8")))
                page.stream = None
        self._compacted = len(pages)

    def _decorate(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        rel = page - self._doc_first_page + 1
        canv.saveState()
        if rel >= 2:
            canv.setFont(self.fonts.regular, 13)
            canv.drawCentredString(MARGIN_LEFT + TEXT_W / 2, PAGE_NUMBER_Y, str(rel))
        if self.draft:
            canv.setFont(self.fonts.bold, 11)
            canv.drawString(MARGIN_LEFT, PAGE_NUMBER_Y, DRAFT_MARK)
        if self.footer:
            canv.setFont(self.fonts.regular, 7.5)
            canv.drawString(MARGIN_LEFT, FOOTER_Y, self.footer)
            label = f"Tờ {page}/"
            from reportlab.pdfbase.pdfmetrics import stringWidth
            x = MARGIN_LEFT + TEXT_W - 6 * mm - stringWidth(label, self.fonts.regular, 7.5)
            canv.drawString(x, FOOTER_Y, label)
            canv.saveState()
            canv.translate(MARGIN_LEFT + TEXT_W - 6 * mm, FOOTER_Y)
            canv.doForm("ntm_total_pages")
            canv.restoreState()
        canv.restoreState()

    def _endBuild(self) -> None:  # noqa: N802
        self._doSave = 0
        super()._endBuild()
        c = self.canv
        self.info.pages = c.getPageNumber() - 1
        c.beginForm("ntm_total_pages", 0, -3, 6 * mm, 10)
        c.setFont(self.fonts.regular, 7.5)
        c.drawString(0, 0, str(self.info.pages))
        c.endForm()
        if self.contents_forms is not None:
            self.contents_forms(c, self.info.starts)
        c.save()


def render(story: list[Flowable], *, fonts: Fonts, title: str, footer: str | None = None,
           draft: bool = False, invariant: bool = False,
           contents_forms: Callable[[Any, dict[str, int]], None] | None = None,
           keywords: str | None = None) -> tuple[bytes, RenderInfo]:
    """Lay out ``story`` once and return the PDF bytes with page facts. ``keywords`` go to the
    file's metadata only (e.g. the criteria catalog version), never onto the page."""
    buf = io.BytesIO()
    doc = NTMDocTemplate(buf, fonts=fonts, footer=footer, draft=draft, invariant=invariant,
                         title=title, contents_forms=contents_forms)
    if keywords:
        doc.keywords = nfc(keywords)
    doc.build(story)
    return buf.getvalue(), doc.info


def write_pdf(out: Path | str | Any, data: bytes) -> None:
    """Write the finished PDF atomically (temporary file, fsync, rename): a failure leaves no
    partial file. ``out`` may also be a binary file object."""
    if hasattr(out, "write"):
        out.write(data)
        return
    from ntm_desktop.store.workbook import atomic_write_bytes
    path = Path(out)
    if not path.parent.is_dir():
        from ntm_desktop.core.errors import StorageError
        raise StorageError(_N("errors", "Không có thư mục {folder} để ghi {name}."),
                           code="write_failed",
                           args={"folder": str(path.parent), "name": path.name})
    atomic_write_bytes(path, data)
