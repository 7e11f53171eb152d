"""Chat templates from GGUF files render real conversations, and hostile ones are refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError

from assistant.core.errors import EngineError
from assistant.core.llm.template import CHATML_TEMPLATE, ChatTemplate
from assistant.core.models.info import ModelInfo, inspect_model
from tests.models import PHI3_CHAT_TEMPLATE

GEMMA_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}"
    "{% endif %}"
    "{% for message in messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}"
    "{% set role = 'model' if message['role'] == 'assistant' else message['role'] %}"
    "{{ '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<start_of_turn>model\n' }}{% endif %}"
)

HI = [{"role": "user", "content": "Hi"}]


@pytest.fixture(scope="module")
def starter_info(starter_model: Path) -> ModelInfo:
    return inspect_model(starter_model)


# --- real templates -------------------------------------------------------------------------


def test_the_starter_models_chatml_template(starter_info: ModelInfo) -> None:
    assert starter_info.chat_template is not None
    template = ChatTemplate(
        starter_info.chat_template,
        bos_token=starter_info.bos_token,
        eos_token=starter_info.eos_token,
    )

    prompt = template.render(
        [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello!"},
            {"role": "user", "content": "Olá, 世界?"},
        ]
    )

    assert template.supports_system
    assert prompt == (
        "<|im_start|>system\nBe brief.<|im_end|>\n"
        "<|im_start|>user\nHi<|im_end|>\n"
        "<|im_start|>assistant\nHello!<|im_end|>\n"
        "<|im_start|>user\nOlá, 世界?<|im_end|>\n"
        "<|im_start|>assistant\n"
    )


def test_the_starter_template_without_a_system_message(starter_info: ModelInfo) -> None:
    assert starter_info.chat_template is not None
    template = ChatTemplate(starter_info.chat_template)

    prompt = template.render(HI)

    assert prompt.startswith("<|im_start|>system\n")  # SmolLM2 adds its own system turn
    assert prompt.endswith("<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n")


def test_the_phi3_template() -> None:
    template = ChatTemplate(PHI3_CHAT_TEMPLATE, eos_token="<|endoftext|>")

    assert template.render(HI) == "<|user|>\nHi<|end|>\n<|assistant|>\n"
    assert template.supports_system
    assert template.render([{"role": "system", "content": "S"}, *HI]) == (
        "<|system|>\nS<|end|>\n<|user|>\nHi<|end|>\n<|assistant|>\n"
    )


def test_without_a_generation_prompt_the_eos_token_ends_the_text() -> None:
    template = ChatTemplate(PHI3_CHAT_TEMPLATE, eos_token="<|endoftext|>")

    assert template.render(HI, add_generation_prompt=False) == "<|user|>\nHi<|end|>\n<|endoftext|>"


def test_the_builtin_chatml_fallback() -> None:
    template = ChatTemplate(CHATML_TEMPLATE)

    assert template.render(HI) == "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"


def test_bos_and_eos_tokens_reach_the_template() -> None:
    source = "{{ bos_token }}{% for m in messages %}[{{ m['content'] }}]{% endfor %}{{ eos_token }}"
    template = ChatTemplate(source, bos_token="<s>", eos_token="</s>")

    assert template.render(HI) == "<s>[Hi]</s>"


def test_the_messages_are_not_changed_by_rendering() -> None:
    template = ChatTemplate(GEMMA_TEMPLATE)
    messages = [{"role": "system", "content": "S"}, {"role": "user", "content": "Hi"}]

    template.render(messages)

    assert messages == [{"role": "system", "content": "S"}, {"role": "user", "content": "Hi"}]


# --- templates that refuse a system role ----------------------------------------------------


def test_a_template_without_system_role_gets_it_folded_into_the_first_user_turn() -> None:
    template = ChatTemplate(GEMMA_TEMPLATE)

    prompt = template.render([{"role": "system", "content": "Be brief."}, *HI])

    assert not template.supports_system
    assert prompt == "<start_of_turn>user\nBe brief.\n\nHi<end_of_turn>\n<start_of_turn>model\n"


def test_a_lone_system_message_becomes_a_user_turn() -> None:
    template = ChatTemplate(GEMMA_TEMPLATE)

    prompt = template.render(
        [{"role": "system", "content": "Be brief."}, {"role": "assistant", "content": "Ok"}],
        add_generation_prompt=False,
    )

    assert prompt == (
        "<start_of_turn>user\nBe brief.<end_of_turn>\n<start_of_turn>model\nOk<end_of_turn>\n"
    )


# --- broken and hostile templates -----------------------------------------------------------

ESCAPES = {
    "class-mro": "{{ ''.__class__.__mro__ }}",
    "message-class": "{% for m in messages %}{{ m.__class__ }}{% endfor %}",
    "globals": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "subclasses": "{{ cycler.__subclasses__() }}",
    "mro-attribute": "{{ cycler.mro() }}",
    "attr-filter": "{{ messages | attr('__class__') }}",
    "format-string": "{{ '{0.__class__}'.format(messages) }}",
    "append": "{{ messages.append({'role': 'user', 'content': 'x'}) }}",
    "dict-update": "{% for m in messages %}{{ m.update({'content': 'x'}) }}{% endfor %}",
    "after-system-fallback": (
        "{% if messages[0]['role'] == 'system' %}{{ raise_exception('no system') }}{% endif %}"
        "{{ ''.__class__ }}"
    ),
}


@pytest.mark.parametrize("source", ESCAPES.values(), ids=ESCAPES.keys())
def test_a_template_that_reaches_out_of_its_sandbox_is_refused(source: str) -> None:
    with pytest.raises(EngineError, match="invalid or unsafe") as caught:
        ChatTemplate(source)

    assert isinstance(caught.value.__cause__, SecurityError), "refused by the sandbox itself"


BROKEN = {
    "unclosed-for": "{% for m in messages %}{{ m['content'] }}",
    "unknown-tag": "{% frobnicate %}",
    "unknown-filter": "{{ messages | nosuchfilter }}",
    "always-raises": "{{ raise_exception('I refuse everything') }}",
    "fails-at-render": "{{ messages[0]['content'] + 1 }}",
}


@pytest.mark.parametrize("source", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_template_is_refused(source: str) -> None:
    with pytest.raises(EngineError, match="invalid or unsafe"):
        ChatTemplate(source)


def test_strftime_now_is_available() -> None:
    template = ChatTemplate("{{ strftime_now('%Y-%m-%d') }}{% for m in messages %}{% endfor %}")

    before = datetime.now().strftime("%Y-%m-%d")
    rendered = template.render(HI)
    after = datetime.now().strftime("%Y-%m-%d")

    assert rendered in {before, after}


def test_loop_controls_are_available() -> None:
    source = (
        "{% for m in messages %}{% if loop.index > 1 %}{% break %}{% endif %}"
        "{{ m['content'] }}{% endfor %}"
    )
    template = ChatTemplate(source)

    assert template.render([*HI, {"role": "assistant", "content": "Hello"}]) == "Hi"
