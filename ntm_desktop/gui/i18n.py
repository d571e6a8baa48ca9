"""Translators for the GUI and translation of Qt-free core messages.

The source language is Vietnamese. :func:`install_translators` installs Qt's own translator
(``qtbase_<lang>``, for standard dialogs), then, where there is one, the app's hand-written
catalogue of Qt's texts (``translations/qt_extra_<lang>.qm``: Qt ships no ``qtbase_vi``, so without
it standard buttons, text-field context menus, the file and print dialogs stay English), then the
app's own (``translations/ntm_desktop_<lang>.qm``). A missing catalogue is logged, never fatal:
the English Qt text or the Vietnamese source text is shown instead.

Core messages are marked with ``ntm_desktop.core.i18n.QT_TRANSLATE_NOOP(context, text)`` and
translated at display time with :func:`tr_core` (or :func:`tr_message` for a
:class:`~ntm_desktop.core.message.Message`). GUI strings with Qt-style ``%1``, ``%2``
placeholders are filled with :func:`fill`, the one helper for that.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ntm_desktop.core.message import Message
from ntm_desktop.paths import asset_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "vi"
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
APP_CATALOG = "ntm_desktop"
# Hand-written translations of Qt's own texts, for languages Qt ships none for.
QT_EXTRA_CATALOGS: dict[str, str] = {"vi": "qt_extra_vi"}


def translations_dir() -> Path:
    return asset_dir() / "translations"


def normalize_language(value: str | None) -> str:
    """``"en_US"``, ``"EN"``, ``"en-GB"`` → ``"en"``; unknown or empty → Vietnamese."""
    code = (value or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    if normalize_language(language) == "en":
        return QLocale("en_US")
    return QLocale("vi_VN")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the qtbase, Qt-text and app translators for ``language``; returns them (keep a
    reference). Translators installed later are asked first, so the app's catalogue wins.

    Also sets the default :class:`QLocale` so number and date widgets follow the language.
    """
    language = normalize_language(language)
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", qt_dir) or qt_tr.load(
            f"qtbase_{language}", str(translations_dir())):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    else:
        log.debug("no qtbase translation for %s", language)

    extra = QT_EXTRA_CATALOGS.get(language)
    if extra:
        extra_tr = QTranslator(app)
        extra_qm = translations_dir() / f"{extra}.qm"
        if extra_tr.load(str(extra_qm)):
            app.installTranslator(extra_tr)
            installed.append(extra_tr)
        else:
            log.warning("Qt text catalogue %s is missing (Qt's buttons and menus stay English); "
                        "run `python -m ntm_desktop.devtools.i18n compile`", extra_qm)

    app_tr = QTranslator(app)
    qm = translations_dir() / f"{APP_CATALOG}_{language}.qm"
    if app_tr.load(str(qm)):
        app.installTranslator(app_tr)
        installed.append(app_tr)
    elif language != SOURCE_LANGUAGE:
        log.warning("translation catalogue %s is missing; run "
                    "`python -m ntm_desktop.devtools.i18n compile`", qm)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for tr in translators:
        app.removeTranslator(tr)


def tr_core(context: str, text: str, **fmt: object) -> str:
    """Translate a core message marked with ``QT_TRANSLATE_NOOP(context, text)``.

    Keyword arguments fill ``{name}`` placeholders after translation; a placeholder that cannot be
    filled leaves the text as translated rather than raising.
    """
    translated = QCoreApplication.translate(context, text)
    if fmt:
        try:
            return translated.format(**fmt)
        except (KeyError, IndexError, ValueError):
            log.warning("cannot format %r with %r", translated, fmt)
    return translated


def tr_message(message: Message) -> str:
    """A core :class:`Message` in the interface language; string arguments that are labels
    marked in context ``"model"`` are translated too."""
    args = {k: (QCoreApplication.translate("model", v) if isinstance(v, str) else v)
            for k, v in message.args.items()}
    return tr_core(message.context, message.template, **args)


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Fill Qt-style ``%1`` … ``%9`` in an already translated ``text`` in ONE pass, like
    ``QString.arg``: a value that itself contains "%2" is not filled again (chained
    ``.replace("%1", …).replace("%2", …)`` would). A placeholder without a value stays."""
    def one(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(values[n - 1]) if 1 <= n <= len(values) else m.group(0)

    return _PLACEHOLDER.sub(one, text)


def is_vietnamese() -> bool:
    """Vietnamese conventions unless the interface runs in English (the source language is
    Vietnamese; :func:`install_translators` sets the default locale)."""
    return QLocale().language() != QLocale.Language.English
