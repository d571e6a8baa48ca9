"""The whole recognition dossier: a contents page, then each document of the checklist on a new
page, then the verification QR code on the last page.

The final paper is refused (:class:`DossierRefused`, with the list) while anything in
:func:`ntm_desktop.dossier.eligibility.problems` fails: a criterion or a recognition condition
not met, a threshold not confirmed, an implausible value not confirmed, a photo without a date,
a document number, date or signer missing. A draft prints anyway, "DỰ THẢO" on every page and
"…" in the gaps, followed by a separate check page listing the same problems — never inside
the documents' text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.progress import CancelToken, ProgressFn, step
from ntm_desktop.dossier import eligibility
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
    centred,
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


class DossierRefused(ValidationError):
    """Raised by :func:`build_dossier` for a final dossier while :func:`problems` is not empty;
    ``problems`` holds the list (the GUI and ``ntm dossier check`` show it)."""

    code = "dossier_refused"

    #: how many problems the message itself names (the detail and the check list hold all)
    SHOWN = 5

    def __init__(self, *, problems: list[eligibility.Problem]):
        lines = " ".join(f"({i}) {p.text}" for i, p in enumerate(problems[:self.SHOWN], 1))
        if len(problems) > self.SHOWN:
            lines += " …"
        super().__init__(_N("errors", "Chưa in được bản chính thức của hồ sơ: {count} nội dung "
                            "chưa đáp ứng. {problems} Danh sách đủ: trang Hồ sơ hoặc lệnh “ntm "
                            "dossier check”. Có thể in bản dự thảo kèm trang kiểm tra."),
                         detail=[p.to_json() for p in problems],
                         args={"count": str(len(problems)), "problems": lines})
        self.problems = problems


def check(data: DossierData) -> list[fl.Missing]:
    return fl.check(data.fields, tuple(d.id for d in data.checklist.generated))


def problems(data: DossierData) -> list[eligibility.Problem]:
    """Everything that keeps ``data`` from printing as the final paper."""
    return eligibility.problems(data)


def contents_story(d: DossierData, st: Styles) -> list[Flowable]:
    c = d.commune
    out: list[Flowable] = [
        DocStart("muc_luc", "Mục lục"),
        P(f"ỦY BAN NHÂN DÂN XÃ {c.short_name.upper()}", st.issuer),
        Spacer(1, 30 * mm),
        P("HỒ SƠ", st.doc_kind),
        centred(f"Đề nghị xét, công nhận {c.full_name} đạt chuẩn nông thôn mới năm {d.year}",
                st.summary),
        Spacer(1, 4),
        centred(d.checklist.title, st.centre_italic),
        Spacer(1, 10 * mm),
        P("MỤC LỤC", st.doc_kind),
        Spacer(1, 4),
    ]
    rows = []
    for i, item in enumerate(d.documents, start=1):
        page: Any = FormRef(TOC_FORM.format(item.id), 14 * mm, 12) if item.generated else \
            "Bản giấy"
        rows.append([str(i), item.title, item.copy or "", page])
    out.append(data_table(st, ["TT", "Tài liệu", "Loại bản", "Tờ số"], rows,
                          [0.08, 0.62, 0.15, 0.15], align=["C", "L", "C", "C"]))
    return out


def qr_story(d: DossierData, st: Styles) -> list[Flowable]:
    """The QR code of the last page with the dossier code in neutral words."""
    v = d.verification
    lines = [f"Mã hồ sơ: {v.code}"]
    if v.linked:
        lines += [f"Khóa của xã: {v.fingerprint}",
                  f"Kiểm tra: ntm verify GÓI.ntmpkg --dossier-code {v.code}"]
    return [Spacer(1, 10), QRBlock(v.qr_payload, lines, st.fonts)]


def check_page(d: DossierData, st: Styles, found: list[eligibility.Problem]) -> list[Flowable]:
    """The draft's separate check page (not part of the dossier): what keeps the final paper
    from printing, and the recognition conditions with their evidence."""
    out: list[Flowable] = [
        DocStart("kiem_tra", "Trang kiểm tra"),
        P("TRANG KIỂM TRA BẢN DỰ THẢO", st.doc_kind),
        P("(không thuộc hồ sơ; bản chính thức chỉ in khi mọi nội dung dưới đây đã đáp ứng)",
          st.centre_italic),
        Spacer(1, 6),
        P("1. Điều kiện xét, công nhận"
          + (f" ({d.checklist.conditions_basis})" if d.checklist.conditions_basis else ""),
          st.heading2),
    ]
    conds = eligibility.conditions(d)
    if conds:
        out.append(data_table(st, ["Điều kiện", "Đáp ứng", "Căn cứ"],
                              [[c.text, "Có" if c.met else "Chưa", c.evidence or "—"]
                               for c in conds], [0.55, 0.12, 0.33], align=["L", "C", "L"]))
    out.append(P("2. Nội dung chưa đáp ứng", st.heading2))
    if found:
        out.append(data_table(st, ["TT", "Loại", "Nội dung"],
                              [[str(i), KIND_LABELS.get(p.kind, p.kind), p.text]
                               for i, p in enumerate(found, 1)], [0.07, 0.2, 0.73],
                              align=["C", "L", "L"]))
    else:
        out.append(P("Không có nội dung nào chưa đáp ứng.", st.body))
    return out


KIND_LABELS = {"missing_field": "Thông tin hồ sơ", "criterion": "Tiêu chí",
               "condition": "Điều kiện", "threshold": "Mức đạt chuẩn",
               "out_of_range": "Số liệu bất thường", "photo_date": "Ảnh minh họa"}


def build_dossier(data: DossierData, out: Path | Any, *, fonts: Fonts, invariant: bool = False,
                  report: ProgressFn | None = None, cancel: CancelToken | None = None
                  ) -> dict[str, Any]:
    """Print the dossier to ``out`` (atomically). Raises :class:`DossierRefused` unless
    ``data.draft``. Returns pages, document start sheets and signature areas."""
    missing = check(data)
    found = problems(data)
    if found and not data.draft:
        raise DossierRefused(problems=found)
    st = make_styles(fonts)
    docs = [item for item in data.documents if item.generated and item.id in STORIES]
    total = len(docs) + 2
    step(report, cancel, 0, total, _N(PROGRESS, "Mục lục"))
    story: list[Flowable] = contents_story(data, st)
    for i, item in enumerate(docs, start=1):
        step(report, cancel, i, total, TITLES[item.id])
        story.append(PageBreak())
        story.append(DocStart(item.id, item.title))
        story += STORIES[item.id](data, st)
    story += qr_story(data, st)
    if data.draft:
        story += [PageBreak(), *check_page(data, st, found)]

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
            "catalog": data.commune.catalog_label,
            "problems": [p.to_json() for p in found]}
