"""How an assessment status is shown: its label (translated) and its colours (text,
background), the same on the Overview, the Criteria page, the chart and the appraiser's review.

Kept apart from the criteria tree model so the first screen (the Overview) does not load the
model classes of the Criteria page.
"""

from __future__ import annotations

from ntm_desktop.core.model import STATUS_MET, STATUS_NA, STATUS_NOT_MET, STATUSES
from ntm_desktop.gui.i18n import tr_core

STATUS_COLORS: dict[str, tuple[str, str]] = {  # status → (text, background)
    STATUS_MET: ("#176B35", "#E2F3E7"),
    STATUS_NOT_MET: ("#A52A1E", "#FBE5E1"),
    STATUS_NA: ("#5F6B66", "#EEF1F0"),
}
UNKNOWN_COLORS = ("#7A5A00", "#FFF3CD")


def status_label(status: str | None) -> str:
    if not status:
        return "—"
    return tr_core("model", STATUSES.get(status, status))


def status_colors(status: str | None) -> tuple[str, str]:
    return STATUS_COLORS.get(status or "", UNKNOWN_COLORS)
