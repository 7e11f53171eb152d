"""The models on this machine: what is installed, importing a GGUF, removing one.

Models live in the app's models folder. A catalog model is stored under its catalog file
name; an imported file keeps its own name, and is either copied in or linked in place (the
default, which costs no disk space). Every file is checked with the engine's header check
before it is listed as usable.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import EngineError, PequenoError
from assistant.core.i18n import translate
from assistant.core.models import catalog
from assistant.core.models.catalog import CatalogEntry
from assistant.core.models.info import ModelInfo, inspect_model

log = logging.getLogger(__name__)

SUFFIX = ".gguf"


@dataclass(frozen=True)
class InstalledModel:
    """A model file in the models folder."""

    id: str
    path: Path
    entry: CatalogEntry | None
    linked: bool

    @property
    def size_bytes(self) -> int:
        """The file's size (of the target, for a link)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def info(self) -> ModelInfo:
        """The file's metadata, checked (raises EngineError for a broken file)."""
        return inspect_model(self.path)


class ModelStore:
    """The models folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, entry: CatalogEntry) -> Path:
        """Where a catalog model is (or will be) stored."""
        return self.folder / entry.file

    def installed(self) -> list[InstalledModel]:
        """Every model file in the folder, catalog models first.

        Unfinished downloads (``.part`` files) are not models and are left out.
        """
        by_file = {entry.file: entry for entry in catalog.entries()}
        found = []
        if self.folder.is_dir():
            for path in sorted(self.folder.iterdir()):
                if path.suffix.lower() != SUFFIX or not path.exists():
                    continue
                entry = by_file.get(path.name)
                found.append(InstalledModel(entry.id if entry else path.stem, path, entry,
                                            path.is_symlink()))
        found.sort(key=lambda m: (m.entry is None, m.id))
        return found

    def find(self, model_id: str) -> InstalledModel:
        """An installed model by id (catalog id, or file name without ``.gguf``).

        Raises:
            PequenoError: no such model is installed.
        """
        for model in self.installed():
            if model_id in (model.id, model.path.name, model.path.stem):
                return model
        raise PequenoError(translate(
            "ModelStore", "No installed model is called \u201c{id}\u201d. "
            "'pequeno models list' shows them.").format(id=model_id))

    def resolve(self, id_or_path: str) -> Path:
        """A model file from an installed model's id, or a path to a GGUF file."""
        candidate = Path(id_or_path).expanduser()
        if candidate.suffix.lower() == SUFFIX or candidate.exists():
            return candidate
        return self.find(id_or_path).path

    def import_file(self, source: Path, *, copy: bool = False) -> InstalledModel:
        """Add a GGUF from elsewhere, linked in place or copied; checked first.

        Raises:
            EngineError: the file is not a usable model.
            PequenoError: a model of that name is already installed, or the copy failed.
        """
        source = source.expanduser().resolve()
        inspect_model(source)  # refuse broken or foreign files before touching the folder
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / (source.stem + SUFFIX)
        if target.exists() or target.is_symlink():
            raise PequenoError(translate(
                "ModelStore", "A model called {name} is already installed.").format(
                    name=target.name))
        linked = not copy
        try:
            if linked:
                try:
                    target.symlink_to(source)
                except OSError:  # no symlinks (Windows without the privilege): copy instead
                    linked = False
            if not linked:
                partial = target.with_name(target.name + ".part")
                try:
                    shutil.copyfile(source, partial)
                    partial.replace(target)
                finally:
                    partial.unlink(missing_ok=True)
        except OSError as exc:
            raise PequenoError(translate(
                "ModelStore", "Could not import {name}: {reason}").format(
                    name=source.name, reason=exc.strerror or exc)) from exc
        entry = next((e for e in catalog.entries() if e.file == target.name), None)
        return InstalledModel(entry.id if entry else target.stem, target, entry, linked)

    def remove(self, model_id: str) -> int:
        """Delete an installed model; return the disk space freed (0 for a link).

        Raises:
            PequenoError: no such model, or it could not be deleted.
        """
        model = self.find(model_id)
        freed = 0 if model.linked else model.size_bytes
        try:
            model.path.unlink()
        except OSError as exc:
            raise PequenoError(translate(
                "ModelStore", "Could not delete {name}: {reason}").format(
                    name=model.path.name, reason=exc.strerror or exc)) from exc
        with contextlib.suppress(OSError):
            model.path.with_name(model.path.name + ".part").unlink()
        log.info("removed an installed model (%d bytes freed)", freed)
        return freed

    def usable(self, model: InstalledModel) -> EngineError | None:
        """Why ``model`` cannot be loaded, or ``None`` when its file checks out."""
        try:
            model.info()
        except EngineError as exc:
            return exc
        return None


__all__ = ["InstalledModel", "ModelStore"]
