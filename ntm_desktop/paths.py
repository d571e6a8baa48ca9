"""Where things live: the data folder (platformdirs, overridable) and the bundled assets."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_NAME = "NTMDesktop"
APP_AUTHOR = "NTM"
ENV_DATA_DIR = "NTM_DATA_DIR"


class AppPaths(NamedTuple):
    """All folders of one installation. ``data_dir`` holds the workspaces."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """``--data-dir`` wins, then ``$NTM_DATA_DIR``, then the platform's user data folder."""
        chosen = data_dir or os.environ.get(ENV_DATA_DIR)
        base = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        return cls(base.expanduser().resolve())

    @property
    def workbook(self) -> Path:
        """The default commune workbook file."""
        return self.data_dir / "workbook.ntm.sqlite"

    @property
    def hub(self) -> Path:
        """The appraiser's hub workspace file."""
        return self.data_dir / "hub.ntm.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def keys(self) -> Path:
        return self.data_dir / "keys"

    @property
    def quarantine(self) -> Path:
        return self.data_dir / "quarantine"

    @property
    def catalogs(self) -> Path:
        """Installed provincial overlays and catalogs received in packages."""
        return self.data_dir / "catalogs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> AppPaths:
        for p in (self.data_dir, self.backups, self.logs, self.catalogs):
            p.mkdir(parents=True, exist_ok=True)
        return self


@cache  # fixed for the run; asked for every icon, form and catalog
def asset_dir() -> Path:
    """Folder holding ``ui/``, ``resources/`` and ``translations/``.

    Looks in the PyInstaller bundle, then the installed wheel (``ntm_desktop/_assets``), then the
    repository root (editable installs and running from a checkout).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    here = Path(__file__).resolve().parent
    packaged = here / "_assets"
    if (packaged / "resources").is_dir():
        return packaged
    return here.parent


def resource(*parts: str) -> Path:
    return asset_dir().joinpath("resources", *parts)
