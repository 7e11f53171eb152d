"""Shared fixtures: isolated app folders, the real starter model, tiny phi3 models."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from assistant.core.i18n import install_locale, install_translator
from assistant.core.llm.engine import Engine
from assistant.core.paths import HOME_ENV
from tests.models import cached_starter_model, write_tiny_phi3
from tests.modelserver import LoopbackTLS, make_loopback_tls

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the developer's real keyring, from any fixture or child process; keyring reads this
# before its own config file. Tests that want a keyring build one themselves.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# English text unless a test asks for a language: the system's must not decide.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own app folders and English text; nothing touches real data."""
    home = tmp_path / "pequeno-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    # Never the developer's real keyring, here or in child processes; tests that want one
    # set it up themselves.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    install_translator(None)
    install_locale(None, None)
    yield home
    install_translator(None)
    install_locale(None, None)
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def starter_model() -> Path:
    """The real SmolLM2-135M-Instruct GGUF, verified against its pinned SHA-256."""
    return cached_starter_model()


@pytest.fixture(scope="session")
def phi3_4k(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Path:
    """A random-weight phi3 model trained (nominally) on 4K tokens."""
    path = tmp_path_factory.mktemp("phi3") / "tiny-phi3-4k.gguf"
    return write_tiny_phi3(path, variant="4k", tokenizer_from=starter_model)


@pytest.fixture(scope="session")
def phi3_128k(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Path:
    """A random-weight phi3 model with LongRoPE factors and a 128K trained context."""
    path = tmp_path_factory.mktemp("phi3") / "tiny-phi3-128k.gguf"
    return write_tiny_phi3(path, variant="128k", tokenizer_from=starter_model)


@pytest.fixture(scope="session")
def starter_engine(starter_model: Path) -> Iterator[Engine]:
    """One engine with the starter model loaded, shared by the tests that only chat."""
    engine = Engine()
    engine.load(starter_model, n_ctx=2048)
    yield engine
    engine.unload()


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> LoopbackTLS:
    """A certificate for an https server on 127.0.0.1 (tests/modelserver.py)."""
    return make_loopback_tls(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def trusted(tls: LoopbackTLS, monkeypatch: pytest.MonkeyPatch) -> LoopbackTLS:
    """Make downloads trust the test certificate (and only it), as a user's CA bundle would."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.certificate))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    return tls
