"""Which workspace a command runs in (commune workbook or appraiser hub) and where its signing
key lives. Keys belong to a workbook, not to the machine: each commune has a key made for it alone
(the first in ``keys/``, any other in ``keys/communes/<code>``), the demo commune a throwaway
one (``keys/demo``), and the appraiser hub the data folder's ``keys/``. Shared by the CLI and the GUI (through ``services/``)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.paths import AppPaths
from ntm_desktop.store.demo import is_demo
from ntm_desktop.sync.keys import KeyStore, SigningKey

if TYPE_CHECKING:
    from ntm_desktop.store.workbook import Workbook

PASSPHRASE_ENV = "NTM_KEY_PASSPHRASE"


def keystore(paths: AppPaths) -> KeyStore:
    """The key folder of the data folder itself: the appraiser hub's key (and, in data folders
    from before keys belonged to a workbook, the one commune key)."""
    return KeyStore(paths.keys)


def commune_key_folder(paths: AppPaths, code: str, *, demo: bool = False) -> Path:
    """Where the key of commune ``code`` lives: ``keys/demo`` for the demo commune (a throwaway
    key of its own); ``keys/`` for the data folder's first commune (the key there was made for
    this very commune, or there is none yet); ``keys/communes/<code>`` for any other."""
    if demo:
        return paths.keys / "demo"
    own = paths.keys / "communes" / str(code)
    if KeyStore(own).exists():
        return own
    first = KeyStore(paths.keys)
    if not first.exists():
        return paths.keys
    ident = first.identity()
    if (ident.get("role") == "commune" and ident.get("commune_code") == str(code)
            and not ident.get("demo")):
        return paths.keys
    return own


def commune_keystore(paths: AppPaths, commune: dict[str, Any], *, demo: bool = False
                     ) -> KeyStore:
    return KeyStore(commune_key_folder(paths, str(commune["code"]), demo=demo))


def workbook_keystore(paths: AppPaths, wb: Workbook) -> KeyStore:
    """The key store of the commune held in ``wb`` (its key may not exist yet); the data
    folder's own key store when ``wb`` has no commune."""
    commune = wb.commune()
    if commune is None:
        return keystore(paths)
    return commune_keystore(paths, commune, demo=is_demo(wb))


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
                       passphrase: str | None = None, *, demo: bool = False) -> KeyStore:
    """The commune's key store, creating its key pair (for this commune only) if it has none
    yet. The demo commune's key is marked ``demo`` in its identity."""
    ks = commune_keystore(paths, commune, demo=demo)
    if not ks.exists():
        name = f"{commune['name']} (xã mẫu — khóa thử)" if demo else commune["name"]
        ks.generate(role="commune", name=name, commune_code=commune["code"],
                    passphrase=passphrase)
        if demo:
            ks.update_identity(demo=True)
    ident = ks.identity()
    if ident.get("role") != "commune" or ident.get("commune_code") != commune["code"]:
        raise NtmError(_N("errors", "Khóa ký tại {path} không phải của xã {commune}."),
                       code="key_mismatch",
                       args={"path": str(ks.folder), "commune": str(commune["code"])})
    return ks


def ensure_workbook_key(paths: AppPaths, wb: Workbook, passphrase: str | None = None) -> KeyStore:
    """:func:`ensure_commune_key` for the commune held in ``wb`` (demo or real)."""
    commune = wb.commune()
    if commune is None:
        raise NtmError(_N("errors", "Sổ dữ liệu chưa có thông tin xã."), code="no_commune")
    return ensure_commune_key(paths, commune, passphrase, demo=is_demo(wb))


def default_package_name(prefix: str, seq: int, kind: str) -> Path:
    import datetime as dt
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    return Path(f"NTM-{prefix}-{stamp}-{seq:04d}-{kind}.ntmpkg")
