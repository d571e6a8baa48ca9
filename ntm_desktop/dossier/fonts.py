"""Register the bundled Liberation Serif family (metric-compatible with Times New Roman, covers
every Vietnamese letter; SIL OFL, licence in ``resources/fonts``) with reportlab."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ntm_desktop.core.errors import StorageError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.paths import resource

FAMILY = "NTMSerif"
_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_cached: Fonts | None = None


@dataclass(frozen=True)
class Fonts:
    """reportlab font names of the four faces (the family name maps <b>/<i> in paragraphs)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    family: str = FAMILY


def register_fonts() -> Fonts:
    """Register the four faces once per process and return their names."""
    global _cached
    with _lock:
        if _cached is not None:
            return _cached
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        names = {}
        for face, file in _FILES.items():
            path = resource("fonts", file)
            if not path.is_file():
                raise StorageError(_N("errors", "Thiếu phông chữ {file} trong {folder}."),
                                   code="missing_font",
                                   args={"file": file, "folder": str(path.parent)})
            name = f"{FAMILY}-{face}"
            pdfmetrics.registerFont(TTFont(name, str(path)))
            names[face] = name
        addMapping(FAMILY, 0, 0, names["regular"])
        addMapping(FAMILY, 1, 0, names["bold"])
        addMapping(FAMILY, 0, 1, names["italic"])
        addMapping(FAMILY, 1, 1, names["bold_italic"])
        pdfmetrics.registerFontFamily(FAMILY, normal=names["regular"], bold=names["bold"],
                                      italic=names["italic"], boldItalic=names["bold_italic"])
        _cached = Fonts(names["regular"], names["bold"], names["italic"], names["bold_italic"])
        return _cached
