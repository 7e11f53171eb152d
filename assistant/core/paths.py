"""Every folder the app reads or writes, decided in one place.

The default locations come from platformdirs (per-OS conventions). ``--data-dir`` or the
``PEQUENO_HOME`` environment variable moves them all under one root, so tests and scripts never
touch a user's real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from assistant import APP_ID

HOME_ENV = "PEQUENO_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The app's folders. Create them with :meth:`ensure` before writing."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def models(self) -> Path:
        """Where downloaded and fetched GGUF models live."""
        return self.data / "models"

    @property
    def settings_file(self) -> Path:
        """The JSON settings file."""
        return self.config / "settings.json"

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All folders below one root (``--data-dir`` / ``PEQUENO_HOME``)."""
        root = root.expanduser().resolve()
        return cls(data=root / "data", config=root / "config", cache=root / "cache",
                   logs=root / "logs")

    @classmethod
    def platform_default(cls) -> AppPaths:
        """The per-user folders this OS expects."""
        return cls(
            data=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )

    def ensure(self) -> AppPaths:
        """Create every folder (private to the user) and return ``self``."""
        for folder in (self.data, self.config, self.cache, self.logs, self.models):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_paths(data_dir: Path | None = None) -> AppPaths:
    """Pick the folders: an explicit ``data_dir``, then ``PEQUENO_HOME``, then the OS default."""
    if data_dir is not None:
        return AppPaths.under(data_dir)
    env = os.environ.get(HOME_ENV)
    if env:
        return AppPaths.under(Path(env))
    return AppPaths.platform_default()
