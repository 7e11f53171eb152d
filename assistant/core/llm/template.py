"""Render a conversation with the model's own chat template, in the bounded sandbox.

A GGUF carries its template as text from whoever made the file, so it runs in
:mod:`assistant.core.llm.sandbox`. A template that fails to compile, reaches out of the
sandbox, exceeds a limit or fails on a plain conversation is refused when the model loads.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Mapping, Sequence
from typing import cast

from jinja2 import nodes
from jinja2.exceptions import SecurityError

from assistant.core.errors import EngineError
from assistant.core.i18n import translate
from assistant.core.llm.sandbox import (
    MAX_TEMPLATE_CHARS,
    MAX_TEMPLATE_NODES,
    RenderBudget,
    TemplateLimitError,
    budget_for,
    environment,
)

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


class ChatTemplate:
    """A compiled, sandboxed, bounded chat template."""

    def __init__(self, source: str, *, bos_token: str = "", eos_token: str = "") -> None:
        """Compile ``source`` and check it on a probe conversation.

        Raises:
            EngineError: the template is broken, unsafe, too large or too costly.

        """
        self._bos_token = bos_token
        self._eos_token = eos_token
        if len(source) > MAX_TEMPLATE_CHARS:
            log.warning("chat template refused: %d characters", len(source))
            raise self._invalid() from TemplateLimitError(f"{len(source)} characters of source")
        env = environment()
        try:
            tree = env.parse(source)
            size = sum(1 for _ in tree.find_all(nodes.Node))
            if size > MAX_TEMPLATE_NODES:
                raise TemplateLimitError(f"{size} syntax nodes")
            self._template = env.from_string(tree)
        except Exception as exc:
            # Syntax errors, but also RecursionError or SyntaxError from Python's compiler.
            log.warning("chat template does not compile (%s)", type(exc).__name__)
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
            EngineError: the template failed, tried to break out of its sandbox, or went past
                a limit (time, steps, size).

        """
        items = [dict(m) for m in messages]
        if not self.supports_system and items and items[0]["role"] == "system":
            system = items.pop(0)["content"]
            if items and items[0]["role"] == "user":
                items[0]["content"] = f"{system}\n\n{items[0]['content']}"
            else:
                items.insert(0, {"role": "user", "content": system})
        size = len(self._bos_token) + len(self._eos_token) + sum(
            len(m["role"]) + len(m["content"]) for m in items)
        with budget_for(size) as budget:
            return self._render(budget, items, add_generation_prompt)

    def _render(self, budget: RenderBudget, items: list[dict[str, str]],
                add_generation_prompt: bool) -> str:
        pieces = cast(Generator[str, None, None], self._template.generate(
            messages=items, add_generation_prompt=add_generation_prompt,
            bos_token=self._bos_token, eos_token=self._eos_token))
        try:
            text: list[str] = []
            length = 0
            for piece in pieces:
                length += len(piece)
                budget.require(length, "the prompt")
                text.append(piece)
            return "".join(text)
        except TemplateLimitError as exc:
            log.warning("chat template went past a limit: %s", exc)  # our words, no content
            raise self._invalid() from exc
        except SecurityError as exc:
            log.warning("chat template tried to leave its sandbox")
            raise self._invalid() from exc
        except Exception as exc:
            # A template is third-party code: anything it raises means it is unusable.
            log.warning("chat template failed (%s)", type(exc).__name__)
            raise self._invalid() from exc
        finally:
            pieces.close()
