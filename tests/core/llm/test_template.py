"""Chat templates from GGUF files render real conversations, and hostile ones are refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from assistant.core.errors import EngineError
from assistant.core.llm.template import CHATML_TEMPLATE, ChatTemplate
from assistant.core.models.info import ModelInfo, inspect_model
from tests.models import PHI3_CHAT_TEMPLATE

ROOT = Path(__file__).resolve().parents[3]

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


# --- hostile templates: bounded in time and memory ------------------------------------------

# Each runs in a child process under a 2 GiB address-space cap, so that a template that spins
# or allocates without end fails its own test instead of wedging the run or the machine.
_CHILD = """
import json, sys, time
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
except ImportError:
    resource = None
from jinja2.exceptions import SecurityError
from assistant.core.errors import EngineError
from assistant.core.llm.template import ChatTemplate

source, turns = json.loads(sys.stdin.read())
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss if resource else 0
start = time.monotonic()
outcome = {"error": None}
try:
    template = ChatTemplate(source)
    template.render([{"role": "user", "content": "Hi"}] * turns)
except EngineError as exc:
    outcome = {"error": exc.message, "by_limits": isinstance(exc.__cause__, SecurityError),
               "cause": type(exc.__cause__).__name__}
outcome["seconds"] = time.monotonic() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss if resource else 0
outcome["grew_mib"] = (after - before) / 1024
print(json.dumps(outcome))
"""


def _try_in_child(source: str, turns: int = 0, timeout: float = 30) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps([source, turns]),
                              capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
                              check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the template still ran after {timeout} s")
    assert done.returncode == 0, done.stderr[-2000:]
    outcome: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return outcome


def _deep(levels: int, width: int, kind: str = "[]") -> str:
    """Set ``a`` to a value that holds itself ``width`` times per level.

    Tiny in memory, astronomical once printed, compared or hashed.
    """
    open_, close = kind[0], kind[1]
    body = "".join(f"{{% set a = {open_}{', '.join(['a'] * width)}{',' if kind == '()' else ''}"
                   f"{close} %}}" for _ in range(levels))
    return f"{{% set a = {open_}1,{close} %}}{body}"


HOSTILE = {
    # The five, then a huge source.
    "nested-range-loops": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% for c in range(100000) %}"
        "{% endfor %}{% endfor %}{% endfor %}"
    ),
    "lipsum": "{{ lipsum(1000000) }}",
    "power-tower": "{{ 7 ** (7 ** 10) }}",
    "string-times-3e9": "{{ 'x' * 3000000000 }}",
    "list-times-3e9": "{{ [0] * 3000000000 }}",
    "source-of-140000-characters": "{{ 1 }}" * 20000,
    "20000-syntax-nodes": "{{ a" + " ~ a" * 20000 + " }}",
    # Growth through filters, methods and formatting.
    "center-filter": "{{ 'x' | center(3000000000) }}",
    "ljust-method": "{% set n = 3000000000 %}{{ 'x'.ljust(n) }}",
    "format-width": "{{ '{:>999999999}'.format('x') }}",
    "percent-width": "{{ '%999999999s' % 'x' }}",
    "percent-width-from-a-key": "{{ '%(a(b)x)999999999s' % {'a(b)x': 'y'} }}",
    "format-filter-width": "{{ '%999999999d' | format(1) }}",
    "replace-every-gap": "{% set s = 'x' * 100000 %}{{ s.replace('', s) }}",
    "replace-filter": "{% set s = 'x' * 100000 %}{{ s | replace('', s) }}",
    "join-with-itself": "{% set s = 'x' * 100000 %}{{ s.join(s) }}",
    "indent-every-line": "{{ ('\n' * 100000) | indent(100000) }}",
    "expandtabs": "{{ ('\t' * 100000).expandtabs(100000) }}",
    "batch-fill": "{{ [1] | batch(3000000000, 'x') | list }}",
    "slice-count": "{{ [1] | slice(300000000) | list | length }}",
    "round-digits": "{{ 5 | round(-1000000000) }}",
    "tojson-indent": _deep(20, 1) + "{{ a | tojson(indent=1000000) }}",
    "strftime-format": "{{ strftime_now('%c' * 10000000) }}",
    # Growth that repeats a step that is small on its own.
    "doubling-in-a-namespace": (
        "{% set ns = namespace(x='x') %}{% for i in range(64) %}{% set ns.x = ns.x ~ ns.x %}"
        "{% endfor %}{{ ns.x | length }}"
    ),
    "doubling-through-a-macro": (
        "{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}{% else %}{{ s | length }}{% endif %}"
        "{% endmacro %}{{ d('x', 64) }}"
    ),
    "squaring-a-number": (
        "{% set ns = namespace(x=3) %}{% for i in range(64) %}{% set ns.x = ns.x * ns.x %}"
        "{% endfor %}{{ ns.x > 1 }}"
    ),
    "many-large-variables": "".join(f"{{% set v{i} = 'x' * 1000000 %}}" for i in range(2000)),
    "text-repeated-by-a-loop": (
        "{% macro m() %}{% for i in range(100000) %}" + "y" * 60000 + "{% endfor %}{% endmacro %}"
        "{{ m() | length }}"
    ),
    "filter-over-a-range": "{{ range(100000) | map('center', 1000000) | join | length }}",
    "shared-list-printed": _deep(12, 8) + "{{ a }}",
    "shared-lists-compared": _deep(40, 2).replace("set a", "set b") + _deep(40, 2) + "{{ a == b }}",
    "shared-tuple-as-a-key": _deep(40, 2, "()") + "{{ {a: 1} }}",
    # Work without growth: only the clock or the step count stops these.
    "exponential-macro": (
        "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
        "{{ f(64) }}"
    ),
    "recursive-loop": (
        "{% for x in range(10) recursive %}{{ loop(range(100000)) if loop.depth < 5 }}"
        "{% endfor %}"
    ),
    "search-a-long-list-in-a-loop": (
        "{% set l = range(100000) | list %}{% for i in range(100000) %}{{ -1 in l }}{% endfor %}"
    ),
}


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_is_refused_quickly_and_in_little_memory(source: str) -> None:
    outcome = _try_in_child(source)

    assert outcome["error"] is not None, "the template was accepted"
    assert "invalid or unsafe" in outcome["error"]
    assert outcome["seconds"] < 3
    assert outcome["grew_mib"] < 256
    if "lipsum" not in source:  # lipsum is simply not there (undefined)
        assert outcome["by_limits"], f"refused by {outcome['cause']}, not by the limits"


def test_a_template_that_explodes_only_on_a_longer_conversation_fails_that_render() -> None:
    source = (
        "{% for m in messages %}{{ m['content'] }}{% endfor %}"
        "{% if messages | length > 5 %}{{ 'x' * 3000000000 }}{% endif %}"
    )

    outcome = _try_in_child(source, turns=6)

    assert outcome["error"] is not None
    assert "invalid or unsafe" in outcome["error"]
    assert outcome["by_limits"], f"refused by {outcome['cause']}, not by the limits"
    assert outcome["seconds"] < 3


# --- real templates render exactly as an unbounded sandbox renders them --------------------

QWEN3_LIKE = """\
{%- set ns = namespace(multi_step_tool=true, last_query_index=messages|length - 1) %}
{%- for message in messages[::-1] %}
    {%- set index = (messages|length - 1) - loop.index0 %}
    {%- if ns.multi_step_tool and message.role == "user" and not(message.content.startswith(\
'<tool_response>') and message.content.endswith('</tool_response>')) %}
        {%- set ns.multi_step_tool = false %}
        {%- set ns.last_query_index = index %}
    {%- endif %}
{%- endfor %}
{%- for message in messages %}
    {%- if message.content is string %}{%- set content = message.content %}\
{%- else %}{%- set content = '' %}{%- endif %}
    {%- if (message.role == "user") or (message.role == "system") %}
        {{- '<|im_start|>' + message.role + '\n' + content + '<|im_end|>' + '\n' }}
    {%- elif message.role == "assistant" %}
        {%- set reasoning_content = '' %}
        {%- if '</think>' in content %}
            {%- set reasoning_content = content.split('</think>')[0].rstrip('\n')\
.split('<think>')[-1].lstrip('\n') %}
            {%- set content = content.split('</think>')[-1].lstrip('\n') %}
        {%- endif %}
        {%- if loop.index0 > ns.last_query_index and (loop.last or reasoning_content) %}
            {{- '<|im_start|>' + message.role + '\n<think>\n' + reasoning_content.strip('\n')\
 + '\n</think>\n\n' + content.lstrip('\n') }}
        {%- else %}
            {{- '<|im_start|>' + message.role + '\n' + content }}
        {%- endif %}
        {{- '<|im_end|>\n' }}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|im_start|>assistant\n' }}
{%- endif %}
"""

LLAMA31_LIKE = """\
{{- bos_token }}
{%- if not date_string is defined %}{%- set date_string = "26 Jul 2024" %}{%- endif %}
{%- if messages[0]['role'] == 'system' %}
    {%- set system_message = messages[0]['content']|trim %}
    {%- set messages = messages[1:] %}
{%- else %}
    {%- set system_message = "" %}
{%- endif %}
{{- "<|start_header_id|>system<|end_header_id|>\n\n" }}
{{- "Today Date: " + date_string + "\n\n" }}
{{- system_message }}
{{- "<|eot_id|>" }}
{%- for message in messages %}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}
        {{- raise_exception('Conversation roles must alternate user/assistant/...') }}
    {%- endif %}
    {{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'\
+ message['content'] | trim + '<|eot_id|>' }}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|start_header_id|>assistant<|end_header_id|>\n\n' }}
{%- endif %}
"""

# Every construct the limits touch, in ordinary sizes.
KITCHEN_SINK = """\
{%- set tools = [dict(name="search", parameters={"q": "string", "n": 3}), dict(name="calc")] %}
{{- bos_token ~ '[' ~ (tools | tojson) ~ ']\n' }}
{{- tools | tojson(indent=4) }}
{{- '\n' ~ tools | map(attribute='name') | join(', ') | upper }}
{{- '\n%s has %d messages, %(x)s\n' % ('chat', messages | length) if false else '' }}
{{- '\n%s has %05d messages\n' % ('chat', messages | length) }}
{{- '{} and {:>6}|{:.2f}\n'.format('a', 'b', 3.14159) }}
{{- ('x' * 3) ~ ('-' | center(9)) ~ ('a\nb' | indent(2, first=true)) ~ [1, 2] * 2 }}
{%- for key, value in {"b": 2, "a": 1} | dictsort %}{{ key }}={{ value }};{% endfor %}
{%- for m in messages | selectattr('role', 'equalto', 'user') %}\
{% if loop.index > 3 %}{% break %}{% endif %}
{{ loop.index }}. {{ m.content | replace('o', '0') | truncate(40) }}\
{% if not loop.last %}|{% endif %}
{%- endfor %}
{%- set ns = namespace(total=0) %}
{%- for m in messages %}{% set ns.total = ns.total + m.content | length %}{% endfor %}
{{- '\ntotal=' ~ ns.total ~ ' ' ~ (messages | map(attribute='role') | unique | list | sort\
 | join('/')) }}
{{- '\n' ~ (messages[-1]['content'] | wordcount) ~ ' ' ~ range(5) | sum ~ ' ' ~ (2 ** 10)\
 ~ ' ' ~ (7 // 2) ~ ' ' ~ (10 / 4) ~ ' ' ~ (1.25 | round(1)) ~ ' ' ~ ([[1], [2]] | sum(start=[])) }}
{{- '\n' ~ messages[0].get('content', '')[:10] ~ ' ' ~ messages[0].keys() | list | length\
 ~ ' ' ~ ('a,b'.split(',') | last) ~ ' ' ~ ('a b' | wordwrap(1))\
 ~ ' ' ~ ([1, 2] | batch(1) | list) }}
{{- '\n' ~ ((1, 2) in [(1, 2)]) ~ {(1, 2): 'tuple key'}[(1, 2)] ~ ('ab' | reverse) ~ messages[0] }}
{%- if add_generation_prompt %}{{ '\n<|assistant|>' }}{% else %}{{ eos_token }}{% endif %}
"""


def _reference(source: str, messages: list[dict[str, str]]) -> str:
    """What Jinja's plain immutable sandbox (Pequeno before the limits) renders."""
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=["jinja2.ext.loopcontrols"])

    def raise_exception(message: str) -> None:
        raise jinja2.TemplateError(message)

    env.globals["raise_exception"] = raise_exception
    return env.from_string(source).render(messages=messages, add_generation_prompt=True,
                                          bos_token="<s>", eos_token="</s>")


def _conversation(turns: int, words: int) -> list[dict[str, str]]:
    return [{"role": "system", "content": "Be brief: <b>&</b>"}] + [
        {"role": ("user", "assistant")[i % 2],
         "content": "<think>hm</think>" * (i % 3 == 1) + "palavra 世界 " * words + str(i)}
        for i in range(turns)]


REAL = {"phi3": PHI3_CHAT_TEMPLATE, "chatml": CHATML_TEMPLATE, "qwen3-like": QWEN3_LIKE,
        "llama31-like": LLAMA31_LIKE, "kitchen-sink": KITCHEN_SINK}


@pytest.mark.parametrize("turns", [3, 2000], ids=["short", "2000-turns-of-1MB"])
@pytest.mark.parametrize("name", ["starter", *REAL])
def test_real_templates_render_exactly_as_before(name: str, turns: int,
                                                 starter_info: ModelInfo) -> None:
    source = starter_info.chat_template if name == "starter" else REAL[name]
    assert source is not None
    messages = _conversation(turns, words=48)

    rendered = ChatTemplate(source, bos_token="<s>", eos_token="</s>").render(messages)

    assert rendered == _reference(source, messages)
    if turns == 2000 and name != "kitchen-sink":
        assert len(rendered) > 1_000_000
