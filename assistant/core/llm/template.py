"""Render a conversation with the model's own chat template, in a Jinja sandbox.

A GGUF carries its template as text from whoever made the file, so it runs in an immutable
sandbox: no attribute starting with ``_``, no mutation of its inputs. A template that fails to
compile, tries to escape, or fails on a plain conversation is rejected when the model loads.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import NoReturn

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from assistant.core.errors import EngineError
from assistant.core.i18n import translate

log = logging.getLogger(__name__)

# Used when a GGUF has no template at all (base models, some conversions).
CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

_PROBE = (
    {"role": "system", "content": "probe"},
    {"role": "user", "content": "probe"},
    {"role": "assistant", "content": "probe"},
    {"role": "user", "content": "probe"},
)


class _StrictSandbox(ImmutableSandboxedEnvironment):
    """A sandbox where reaching for an unsafe attribute fails at once.

    Jinja's own sandbox answers such access with a silent ``Undefined``, so an exploit attempt
    would render as empty text and go unnoticed; we want the model refused instead.
    """

    def unsafe_undefined(self, obj: object, attribute: str) -> NoReturn:
        raise SecurityError(f"access to {attribute!r} of {type(obj).__name__!r} is unsafe")


def _raise_exception(message: str) -> NoReturn:
    raise jinja2.TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


class ChatTemplate:
    """A compiled, sandboxed chat template."""

    def __init__(self, source: str, *, bos_token: str = "", eos_token: str = "") -> None:
        """Compile ``source`` and check it on a probe conversation.

        Raises:
            EngineError: the template is broken or unsafe.

        """
        env = _StrictSandbox(trim_blocks=True, lstrip_blocks=True,
                             extensions=["jinja2.ext.loopcontrols"])
        env.globals["raise_exception"] = _raise_exception
        env.globals["strftime_now"] = _strftime_now
        self._bos_token = bos_token
        self._eos_token = eos_token
        try:
            self._template = env.from_string(source)
        except jinja2.TemplateError as exc:
            log.warning("chat template does not compile: %s", exc)
            raise self._invalid() from exc
        self.supports_system = True
        try:
            self.render(_PROBE)
        except EngineError as exc:
            if isinstance(exc.__cause__, SecurityError):
                raise
            # Some templates (Gemma, early Phi-3) refuse a system role; fold it into the user
            # turn instead. A template that fails on that too is broken.
            self.supports_system = False
            self.render(_PROBE)

    @staticmethod
    def _invalid() -> EngineError:
        return EngineError(translate(
            "ChatTemplate", "The model's chat template is invalid or unsafe, so Pequeno will "
            "not use this model."))

    def render(self, messages: Sequence[Mapping[str, str]], *,
               add_generation_prompt: bool = True) -> str:
        """The prompt text for ``messages``, ending with the assistant's turn opening.

        Raises:
            EngineError: the template failed or tried to break out of its sandbox.

        """
        items = [dict(m) for m in messages]
        if not self.supports_system and items and items[0]["role"] == "system":
            system = items.pop(0)["content"]
            if items and items[0]["role"] == "user":
                items[0]["content"] = f"{system}\n\n{items[0]['content']}"
            else:
                items.insert(0, {"role": "user", "content": system})
        try:
            return self._template.render(
                messages=items, add_generation_prompt=add_generation_prompt,
                bos_token=self._bos_token, eos_token=self._eos_token)
        except SecurityError as exc:
            log.warning("chat template tried to leave its sandbox: %s", exc)
            raise self._invalid() from exc
        except Exception as exc:
            # A template is third-party code: anything it raises means it is unusable.
            log.warning("chat template failed: %r", exc)
            raise self._invalid() from exc
