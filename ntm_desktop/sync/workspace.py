"""Which workspace a command runs in (commune workbook or appraiser hub), its keys, and the
matching package receiver. Shared by the CLI and, later, the GUI."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.paths import AppPaths
from ntm_desktop.sync.keys import KeyStore, SigningKey

PASSPHRASE_ENV = "NTM_KEY_PASSPHRASE"


def keystore(paths: AppPaths) -> KeyStore:
    return KeyStore(paths.keys)


def is_appraiser(paths: AppPaths, workbook_given: bool = False) -> bool:
    """The data folder holds an appraiser hub (and no workbook was named explicitly)."""
    return paths.hub.exists() and not workbook_given


def read_passphrase(env_var: str | None, *, prompt: str = "Mật khẩu khóa ký: ",
                    confirm: bool = False) -> str | None:
    """From ``--passphrase-env VAR``, else ``$NTM_KEY_PASSPHRASE``; None when neither is set."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise NtmError(_N("errors", "Biến môi trường {name} chưa được đặt."),
                           code="no_passphrase", args={"name": str(env_var)})
        return value
    return os.environ.get(PASSPHRASE_ENV) or None


def load_key(ks: KeyStore, env_var: str | None) -> SigningKey:
    """Load the private key, asking for the passphrase on a terminal when it is encrypted."""
    return ks.load(passphrase_for(ks, env_var))


def passphrase_for(ks: KeyStore, env_var: str | None) -> str | None:
    """The passphrase of the private key: from the environment (:func:`read_passphrase`), else
    asked on a terminal when the key is encrypted; None for an unencrypted key."""
    phrase = read_passphrase(env_var)
    if phrase is None and ks.exists() and ks.is_encrypted():
        if sys.stdin.isatty():
            phrase = getpass.getpass("Mật khẩu khóa ký: ")
        else:
            raise NtmError(_N("errors", "Khóa riêng được bảo vệ bằng mật khẩu: dùng "
                              "--passphrase-env BIẾN."),
                           code="passphrase_required")
    return phrase


def ensure_commune_key(paths: AppPaths, commune: dict[str, Any],
                       passphrase: str | None = None) -> KeyStore:
    """Create the commune's key pair if it has none yet (called after ``ntm init commune``)."""
    ks = keystore(paths)
    if not ks.exists():
        ks.generate(role="commune", name=commune["name"], commune_code=commune["code"],
                    passphrase=passphrase)
    return ks


def default_package_name(prefix: str, seq: int, kind: str) -> Path:
    import datetime as dt
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    return Path(f"NTM-{prefix}-{stamp}-{seq:04d}-{kind}.ntmpkg")
