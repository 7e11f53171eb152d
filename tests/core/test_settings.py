"""Settings survive a restart, and a damaged or hand-edited file never stops the app."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.core.settings import (
    APPEARANCES,
    DEFAULT_SYSTEM_PROMPT,
    SCHEMA_VERSION,
    Settings,
    load_settings,
    move_system_prompt,
    save_settings,
)

DEFAULTS = Settings()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def _write_json(path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")


# --- missing file, round trip ---------------------------------------------------------------


def test_a_missing_file_gives_the_defaults(settings_file: Path) -> None:
    loaded = load_settings(settings_file)

    assert loaded == DEFAULTS
    assert loaded.context_size is None  # automatic: as much as the machine allows
    assert loaded.temperature == 0.7
    assert loaded.system_prompt == DEFAULT_SYSTEM_PROMPT
    assert loaded.model_path is None
    assert not settings_file.exists(), "loading must not create the file"


def test_save_then_load_gives_the_same_settings(settings_file: Path) -> None:
    changed = DEFAULTS.replace(
        model_path="/models/Phi-3-mini-4k-instruct-q4.gguf",
        context_size=8192,
        n_threads=6,
        temperature=0.2,
        top_p=0.5,
        language="fr",
    )

    save_settings(changed, settings_file)  # the config folder does not exist yet

    assert load_settings(settings_file) == changed


def test_the_saved_file_is_versioned_json(settings_file: Path) -> None:
    save_settings(DEFAULTS.replace(language="pt_BR"), settings_file)

    document = json.loads(settings_file.read_text(encoding="utf-8"))

    assert document["version"] == SCHEMA_VERSION
    assert document["language"] == "pt_BR"
    assert document["context_size"] is None


def test_non_ascii_text_is_stored_readably(settings_file: Path) -> None:
    save_settings(DEFAULTS.replace(model_path="/modelos/Olá, 世界.gguf"), settings_file)

    assert "Olá, 世界" in settings_file.read_text(encoding="utf-8")


# --- the system prompt is never written in plain text ---------------------------------------

SECRET_PROMPT = "Meu nome é Ana e meu CPF é 123.456.789-00; responda como meu advogado."


def test_the_system_prompt_is_never_written_to_the_file(settings_file: Path) -> None:
    save_settings(DEFAULTS.replace(system_prompt=SECRET_PROMPT, language="pt_BR"), settings_file)

    raw = settings_file.read_text(encoding="utf-8")
    assert "Ana" not in raw
    assert "system_prompt" not in json.loads(raw)
    assert load_settings(settings_file) == DEFAULTS.replace(language="pt_BR")


def test_an_old_files_system_prompt_is_still_read(settings_file: Path) -> None:
    _write_json(settings_file, {"version": 1, "system_prompt": SECRET_PROMPT})

    assert load_settings(settings_file).system_prompt == SECRET_PROMPT


def test_moving_the_system_prompt_out_keeps_every_other_value(settings_file: Path) -> None:
    document = {"version": 1, "system_prompt": SECRET_PROMPT, "temperature": 0.3,
                "from_a_newer_version": [1, 2]}
    _write_json(settings_file, document)
    kept: list[str] = []

    assert move_system_prompt(settings_file, kept.append)

    assert kept == [SECRET_PROMPT]
    assert json.loads(settings_file.read_text(encoding="utf-8")) == {
        "version": 1, "temperature": 0.3, "from_a_newer_version": [1, 2]}
    assert not move_system_prompt(settings_file, kept.append)  # nothing left to move
    assert kept == [SECRET_PROMPT]


def test_the_prompt_stays_in_the_file_until_it_is_kept_elsewhere(settings_file: Path) -> None:
    _write_json(settings_file, {"version": 1, "system_prompt": SECRET_PROMPT})

    def refuse(prompt: str) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        move_system_prompt(settings_file, refuse)
    assert load_settings(settings_file).system_prompt == SECRET_PROMPT


@pytest.mark.parametrize("content", [b"not json", b"[1, 2]", b'{"temperature": 0.3}'])
def test_a_file_without_a_prompt_to_move_is_left_alone(settings_file: Path,
                                                      content: bytes) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)

    assert not move_system_prompt(settings_file, lambda prompt: None)
    assert settings_file.read_bytes() == content
    assert not move_system_prompt(settings_file.with_name("missing.json"), lambda prompt: None)


_optional_text = st.none() | st.text()
_number = st.integers() | st.floats(allow_nan=False, allow_infinity=False)

_settings = st.builds(
    Settings,
    model_path=_optional_text,
    context_size=st.integers(),
    n_threads=st.none() | st.integers(),
    n_gpu_layers=st.integers(),
    temperature=_number,
    top_p=_number,
    max_tokens=st.integers(),
    language=_optional_text,
    appearance=st.sampled_from(APPEARANCES),
)


@given(_settings)
def test_any_valid_settings_survive_a_round_trip(value: Settings) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"

        save_settings(value, path)

        assert load_settings(path) == value
        assert [p.name for p in Path(folder).iterdir()] == ["settings.json"]


# --- damaged files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b'{"context_size": 2048,', id="cut-off-json"),
        pytest.param(b"this is not json at all", id="text"),
        pytest.param(b"", id="empty"),
        pytest.param(b'[{"context_size": 2048}]', id="json-list"),
        pytest.param(b'"just a string"', id="json-string"),
    ],
)
def test_a_damaged_file_gives_defaults_and_is_kept_aside(
    settings_file: Path, content: bytes
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)

    assert load_settings(settings_file) == DEFAULTS

    backup = settings_file.with_name("settings.json.bad")
    assert backup.read_bytes() == content, "the damaged file must be kept byte for byte"
    assert not settings_file.exists()


def test_saving_after_a_damaged_file_keeps_the_backup(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(b"{garbage")
    load_settings(settings_file)

    save_settings(DEFAULTS.replace(context_size=2048), settings_file)

    assert load_settings(settings_file).context_size == 2048
    assert settings_file.with_name("settings.json.bad").read_bytes() == b"{garbage"


def test_a_file_that_is_not_utf8_gives_defaults_and_is_kept_aside(settings_file: Path) -> None:
    content = b"\xff\xfe{\x00\x81 binary junk"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)

    assert load_settings(settings_file) == DEFAULTS
    assert settings_file.with_name("settings.json.bad").read_bytes() == content


@pytest.mark.parametrize("version", [0, -3])
def test_an_unknown_old_version_does_not_crash(settings_file: Path, version: int) -> None:
    _write_json(settings_file, {"version": version, "context_size": 2048})

    assert isinstance(load_settings(settings_file), Settings)


# --- values of the wrong type ---------------------------------------------------------------


def test_a_wrong_typed_value_falls_back_and_keeps_the_others(settings_file: Path) -> None:
    _write_json(
        settings_file,
        {
            "version": SCHEMA_VERSION,
            "context_size": "big",
            "temperature": True,
            "max_tokens": None,
            "n_threads": 2.5,
            "system_prompt": ["not", "a", "string"],
            "top_p": 0.5,
            "n_gpu_layers": 3,
            "language": "de",
            "model_path": "/m/phi3.gguf",
        },
    )

    loaded = load_settings(settings_file)

    assert loaded.context_size == DEFAULTS.context_size
    assert loaded.temperature == DEFAULTS.temperature
    assert loaded.max_tokens == DEFAULTS.max_tokens
    assert loaded.n_threads == DEFAULTS.n_threads
    assert loaded.system_prompt == DEFAULTS.system_prompt
    assert loaded.top_p == 0.5
    assert loaded.n_gpu_layers == 3
    assert loaded.language == "de"
    assert loaded.model_path == "/m/phi3.gguf"
    assert settings_file.exists(), "a file with a few bad values is not damaged"


@pytest.mark.parametrize("field", ["context_size", "n_threads", "n_gpu_layers", "max_tokens"])
def test_a_bool_is_not_accepted_as_an_int(settings_file: Path, field: str) -> None:
    _write_json(settings_file, {field: True})

    assert getattr(load_settings(settings_file), field) == getattr(DEFAULTS, field)


def test_a_float_is_not_accepted_as_an_int(settings_file: Path) -> None:
    _write_json(settings_file, {"context_size": 4096.0})

    assert load_settings(settings_file).context_size == DEFAULTS.context_size


def test_an_int_is_accepted_for_a_float(settings_file: Path) -> None:
    _write_json(settings_file, {"temperature": 1, "top_p": 0})

    loaded = load_settings(settings_file)

    assert loaded.temperature == 1
    assert loaded.top_p == 0


@pytest.mark.parametrize("appearance", APPEARANCES)
def test_the_appearance_round_trips(settings_file: Path, appearance: str) -> None:
    save_settings(DEFAULTS.replace(appearance=appearance), settings_file)

    assert load_settings(settings_file).appearance == appearance


@pytest.mark.parametrize("stored", ["sepia", "Dark", "", 1, None])
def test_an_unknown_appearance_follows_the_system(settings_file: Path, stored: object) -> None:
    _write_json(settings_file, {"version": SCHEMA_VERSION, "appearance": stored,
                                "temperature": 0.3})

    loaded = load_settings(settings_file)

    assert loaded.appearance == "system"
    assert loaded.temperature == 0.3


def test_unknown_keys_are_ignored_and_dropped_on_save(settings_file: Path) -> None:
    _write_json(settings_file, {"colour": "blue", "future_option": [1, 2], "context_size": 2048})

    loaded = load_settings(settings_file)
    save_settings(loaded, settings_file)

    assert loaded == DEFAULTS.replace(context_size=2048)
    document = json.loads(settings_file.read_text(encoding="utf-8"))
    assert "colour" not in document
    assert "future_option" not in document


def test_a_file_without_a_version_is_read(settings_file: Path) -> None:
    _write_json(settings_file, {"context_size": 2048})

    assert load_settings(settings_file).context_size == 2048


# --- atomic save ----------------------------------------------------------------------------


def test_save_leaves_no_temporary_file(settings_file: Path) -> None:
    save_settings(DEFAULTS, settings_file)
    save_settings(DEFAULTS.replace(context_size=2048), settings_file)

    assert sorted(p.name for p in settings_file.parent.iterdir()) == ["settings.json"]


def test_a_failing_save_keeps_the_previous_file(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(DEFAULTS.replace(context_size=2048), settings_file)
    before = settings_file.read_bytes()

    def disk_full(obj: Any, handle: Any, **kwargs: Any) -> None:
        handle.write('{"version": 1, "context_si')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json, "dump", disk_full)

    with pytest.raises(OSError, match="No space left"):
        save_settings(DEFAULTS.replace(context_size=8192), settings_file)

    assert settings_file.read_bytes() == before
    assert sorted(p.name for p in settings_file.parent.iterdir()) == ["settings.json"]
    monkeypatch.undo()
    assert load_settings(settings_file).context_size == 2048


def test_a_wrong_typed_value_is_logged_by_its_type_not_its_content(
    settings_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _write_json(settings_file, {"system_prompt": [SECRET_PROMPT], "model_path": 42})

    with caplog.at_level("WARNING", logger="assistant.core.settings"):
        load_settings(settings_file)

    assert "system_prompt" in caplog.text
    assert "list" in caplog.text
    assert "Ana" not in caplog.text
