"""The whole recognition dossier: a contents page, then each document of the checklist on a new
page, then the verification QR code on the last page.

Printing is refused while document numbers, the signer, dates or the vote tally are missing
(:func:`check`), unless the dossier is a draft ("DỰ THẢO" on every page and "…" in the gaps).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.dossier import fields as fl
from ntm_desktop.dossier.data import DossierData
from ntm_desktop.dossier.documents import STORIES, TITLES
from ntm_desktop.dossier.fonts import Fonts
from ntm_desktop.dossier.template import (
    DocStart,
    FormRef,
    P,
    QRBlock,
    Styles,
    data_table,
    make_styles,
    render,
    write_pdf,
)

TOC_FORM = "ntm_toc_{}"
# Progress messages are marked in context "progress" (the GUI's progress dialog translates them).
PROGRESS = "progress"


class MissingFields(ValidationError):
    """Raised by :func:`build_dossier` when required fields are missing (not a draft)."""

    code = "dossier_incomplete"

    def __init__(self, missing: list[fl.Missing]):
        lines = "; ".join(f"{m.key} ({m.label})" for m in missing)
        super().__init__(_N("errors", "Hồ sơ còn thiếu {count} thông tin: {fields}. Nhập bằng "
                            "“ntm dossier fields set KHÓA=GIÁ_TRỊ” hoặc in bản dự thảo với "
                            "--draft."),
                         detail=[m.to_json() for m in missing],
                         args={"count": str(len(missing)), "fields": lines})
        self.missing = missing


def check(data: DossierData) -> list[fl.Missing]:
    return fl.check(data.fields, tuple(d.id for d in data.checklist.generated))


def contents_story(d: DossierData, st: Styles) -> list[Flowable]:
    c = d.commune
    out: list[Flowable] = [
        DocStart("muc_luc", "Mục lục"),
        P(f"ỦY BAN NHÂN DÂN XÃ {c.short_name.upper()}", st.issuer),
        Spacer(1, 30 * mm),
        P("HỒ SƠ", st.doc_kind),
        P(f"Đề nghị xét, công nhận {c.full_name} đạt chuẩn nông thôn mới năm {d.year}",
          st.summary),
        Spacer(1, 4),
        P(d.checklist.title, st.centre_italic),
        Spacer(1, 10 * mm),
        P("MỤC LỤC", st.doc_kind),
        Spacer(1, 4),
    ]
    rows = []
    for i, item in enumerate(d.checklist.documents, start=1):
        page: Any = FormRef(TOC_FORM.format(item.id), 14 * mm, 12) if item.generated else \
            "Bản giấy"
        rows.append([str(i), item.title, item.copy or "", page])
    out.append(data_table(st, ["TT", "Tài liệu", "Loại bản", "Tờ số"], rows,
                          [0.08, 0.62, 0.15, 0.15], align=["C", "L", "C", "C"]))
    out.append(Spacer(1, 6))
    note = ("Danh mục hồ sơ theo tệp dữ liệu “" + d.checklist.id + "”"
            + ("" if d.checklist.verified else " (chưa kiểm chứng với văn bản gốc)") + ".")
    out.append(P(note, st.small))
    if not d.verification.linked:
        out.append(P("Hồ sơ này chưa gắn với gói đồng bộ đã ký: mã QR ở trang cuối chứa mã băm "
                     "SHA-256 của đầu nhật ký sổ dữ liệu.", st.small))
    return out


def qr_story(d: DossierData, st: Styles) -> list[Flowable]:
    v = d.verification
    lines = ["XÁC MINH HỒ SƠ", f"Mã hồ sơ: {v.code}"]
    if v.linked:
        lines += [f"SHA-256 gói: {v.package_sha256}", f"Khóa của xã: {v.fingerprint}",
                  f"Kiểm tra: ntm verify GÓI.ntmpkg --dossier-code {v.code}"]
    else:
        lines += ["Chưa gắn với gói đồng bộ đã ký.",
                  f"Nhật ký #{v.journal_seq}, SHA-256: {v.journal_head}"]
    return [Spacer(1, 10), QRBlock(v.qr_payload, lines, st.fonts)]


def build_dossier(data: DossierData, out: Path | Any, *, fonts: Fonts, invariant: bool = False,
                  report: ProgressFn | None = None, cancel: CancelToken | None = None
                  ) -> dict[str, Any]:
    """Print the dossier to ``out`` (atomically). Raises :class:`MissingFields` unless
    ``data.draft``. Returns pages, document start sheets and signature areas."""
    missing = check(data)
    if missing and not data.draft:
        raise MissingFields(missing)
    st = make_styles(fonts)
    docs = [item for item in data.checklist.generated if item.id in STORIES]
    total = len(docs) + 2
    step(report, cancel, 0, total, _N(PROGRESS, "Mục lục"))
    story: list[Flowable] = contents_story(data, st)
    for i, item in enumerate(docs, start=1):
        step(report, cancel, i, total, TITLES[item.id])
        story.append(PageBreak())
        story.append(DocStart(item.id, item.title))
        story += STORIES[item.id](data, st)
    story += qr_story(data, st)

    def define_toc(canv: Any, starts: dict[str, int]) -> None:
        for item in data.checklist.documents:
            if not item.generated:
                continue
            canv.beginForm(TOC_FORM.format(item.id), 0, 0, 14 * mm, 12)
            canv.setFont(fonts.regular, 11)
            canv.drawCentredString(7 * mm, 2, str(starts.get(item.id, "—")))
            canv.endForm()

    step(report, cancel, total - 1, total, _N(PROGRESS, "Dàn trang"))
    pdf, info = render(story, fonts=fonts,
                       title=f"Hồ sơ đề nghị công nhận {data.commune.full_name} đạt chuẩn NTM "
                             f"năm {data.year}",
                       footer=data.verification.footer, draft=data.draft, invariant=invariant,
                       contents_forms=define_toc,
                       keywords=f"Bộ tiêu chí: {data.commune.catalog_label}")
    write_pdf(out, pdf)
    step(report, cancel, total, total, _N(PROGRESS, "Đã ghi hồ sơ"))
    return {"pages": info.pages, "starts": info.starts, "signature_areas": info.signature_areas,
            "dossier_code": data.verification.code, "linked": data.verification.linked,
            "missing": [m.to_json() for m in missing], "draft": data.draft,
            "catalog": data.commune.catalog_label}
