"""Which model Pequeno loads when the user has not named one: one policy for every front end."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.core.i18n import translate
from assistant.core.models import starter
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings


@dataclass(frozen=True)
class ModelChoice:
    """The model to load, and whether it is the small starter model."""

    path: Path
    is_starter: bool


def default_model(paths: AppPaths, settings: Settings) -> ModelChoice | None:
    """The model chosen in the settings, else the starter model (downloaded, else bundled).

    ``None`` when there is no model at all yet.
    """
    if settings.model_path:
        path = Path(settings.model_path)
        return ModelChoice(path, path.name == starter.FILE_NAME)
    if starter.is_installed(paths.models):
        return ModelChoice(starter.starter_path(paths.models), True)
    bundled = starter.bundled()
    if bundled is not None:
        return ModelChoice(bundled, True)
    return None


def no_model_message() -> str:
    """What to tell a user who has no model yet."""
    return translate(
        "Models", "No model to chat with. Run 'make run' (or 'pequeno models fetch-starter') "
        "to get the starter model, or open a GGUF model file you already have.")
