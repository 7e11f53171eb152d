"""The bounded Jinja sandbox that chat templates from model files run in.

A GGUF carries its template as text from whoever made the file, so it is run as hostile code.
The immutable sandbox forbids attributes starting with ``_`` and any mutation of the inputs;
on top of it, every render has a budget:

* the source is at most :data:`MAX_TEMPLATE_CHARS` and nothing is computed while it compiles
  (Jinja would otherwise fold ``7 ** (7 ** 10)`` or ``'x' * 3000000000`` at compile time);
* every loop item, call, filter, operator and lookup takes a step, and the steps and the
  wall-clock time of a render are capped (:data:`RENDER_SECONDS`);
* no value may be printed, joined, compared, passed on or built larger than a size that
  grows with the conversation, everything built is charged to an allocation budget, and
  integers stay below :data:`MAX_INT_BITS` bits; the checks run *before* an operation whose
  result could be large (``*``, ``**``, ``center``, ``replace``, ``join``, format widths...);
* the rendered text is capped; ``lipsum`` and the ``urlize`` filter are gone.

A template that fails to compile, reaches out of the sandbox, exceeds a limit or fails on a
plain conversation is refused when the model loads; one that exceeds a limit later fails
that render with the same clear error, within about :data:`RENDER_SECONDS`.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import itertools
import logging
import math
import re
import string
import time
import types
from collections.abc import Callable, Iterable, Iterator, MappingView, Sequence
from contextvars import ContextVar
from datetime import datetime
from typing import Any, NoReturn, cast

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment
from jinja2.utils import Namespace

log = logging.getLogger(__name__)


MAX_TEMPLATE_CHARS = 64 * 1024
"""The longest template source accepted (real ones are under 20,000 characters)."""
MAX_TEMPLATE_NODES = 10_000
"""The most syntax nodes accepted; compiling takes about 60 µs each (real: ~100 per KB)."""
RENDER_SECONDS = 1.0
"""Wall-clock limit of one render, plus a second per million input characters (real templates
take milliseconds: about 0.1 s for 2,000 messages of 1 MB in all)."""
BASE_SIZE = 1 << 20
"""Largest value or output, in characters, before the conversation's own size is added."""
SIZE_PER_INPUT_CHAR = 4
BASE_STEPS = 1_000_000
"""Loop items, calls, filters, operators and lookups per render, plus one per input char."""
ALLOCATION_FACTOR = 32
"""Everything a render builds, together, may take this many times the largest value."""
MAX_INT_BITS = 1 << 16
MAX_DEPTH = 32
"""Deepest nesting of lists and dicts a template may print, pass on or compare."""
MAX_ROUND_DIGITS = 1000

_SCALAR_SIZE = 24  # generous printed size of a float, None, a macro, an undefined value...
_MAX_REMEMBERED = 100_000  # sizes of lists and dicts remembered during one render



class TemplateLimitError(SecurityError):
    """A template went past one of the render limits (its text says which, never content)."""


class _Budget:
    """What one render may still spend; the sandbox's hooks draw from it."""

    def __init__(self, input_chars: int, deadline: float) -> None:
        self.limit = BASE_SIZE + SIZE_PER_INPUT_CHAR * input_chars
        self.steps = BASE_STEPS + input_chars
        self.allocation = ALLOCATION_FACTOR * self.limit
        self.deadline = deadline
        # Lists, tuples and dicts cannot change inside the immutable sandbox, so their sizes
        # are remembered (with the object, so that its id is not reused meanwhile).
        self._sizes: dict[int, tuple[object, int, int]] = {}

    def step(self, count: int = 1) -> None:
        self.steps -= count
        if self.steps < 0:
            raise TemplateLimitError("too many steps")
        if time.monotonic() > self.deadline:
            raise TemplateLimitError("too much time")

    def spend(self, size: int) -> None:
        self.allocation -= size
        if self.allocation < 0:
            raise TemplateLimitError("too much built in all")

    def require(self, size: int, what: str) -> None:
        if size > self.limit:
            raise TemplateLimitError(f"{what} of {size} characters or items")

    def require_bits(self, bits: int) -> None:
        if bits > MAX_INT_BITS:
            raise TemplateLimitError(f"a number of {bits} bits")

    def check(self, value: object) -> None:
        """Refuse ``value`` if it would print larger than the limit."""
        self.require(self.measure(value), "a value")

    def charge(self, value: Any) -> Any:
        """Account for a value just built and return it."""
        if isinstance(value, str | list | tuple | dict):
            self.require(len(value), "a result")
            self.spend(len(value))
        elif isinstance(value, int):
            self.require_bits(value.bit_length())
        return value

    def measure(self, value: object) -> int:
        """How many characters ``value`` prints as, counted generously."""
        return self._walk(value, 0)[0]

    def depth(self, value: object) -> int:
        return self._walk(value, 0)[1]

    def _walk(self, value: object, depth: int) -> tuple[int, int]:
        if isinstance(value, str):
            return len(value), 0
        if isinstance(value, int):
            return value.bit_length() // 3 + 1, 0
        if isinstance(value, list | tuple | dict):
            known = self._sizes.get(id(value))
            if known is not None and known[0] is value:
                return known[1], known[2]
            items = itertools.chain.from_iterable(value.items()) \
                if isinstance(value, dict) else value
            size, inner = self._walk_items(items, len(value), depth)
            if len(self._sizes) >= _MAX_REMEMBERED:
                self._sizes.clear()
            self._sizes[id(value)] = (value, size, inner)
            return size, inner
        if isinstance(value, Namespace):  # mutable: walked every time
            # Jinja keeps a namespace's values in this private dict (since 2.10).
            attrs: dict[str, Any] = object.__getattribute__(value, "_Namespace__attrs")
            return self._walk_items(attrs.values(), len(attrs), depth)
        if isinstance(value, MappingView):
            return self._walk_items(cast(Iterable[object], value), len(value), depth)
        return _SCALAR_SIZE, 0

    def _walk_items(self, items: Iterable[object], count: int, depth: int) -> tuple[int, int]:
        if depth >= MAX_DEPTH:
            raise TemplateLimitError("values nested too deeply")
        size, inner = 2 + 4 * count, 0
        for item in items:
            item_size, item_depth = self._walk(item, depth + 1)
            size += item_size
            inner = max(inner, item_depth)
            if size > self.limit:
                break
        if inner >= MAX_DEPTH:
            raise TemplateLimitError("values nested too deeply")
        return size, inner + 1


_ACTIVE: ContextVar[_Budget | None] = ContextVar("chat_template_budget", default=None)


def _budget() -> _Budget:
    # Outside a render (Jinja folding constants while compiling) each check gets the base
    # limits and no clock.
    return _ACTIVE.get() or _Budget(0, math.inf)


# --- the checks made before an operation whose result could be large ----------------------

_FORMATTER = string.Formatter()
_DIGITS = re.compile(r"\d+")
_PERCENT_SPEC = re.compile(r"[#0 +-]*(\*|\d*)(?:\.(\*|\d*))?[hlL]?(.?)", re.DOTALL)


def _int(value: object) -> int:
    return abs(value) if isinstance(value, int) else 0


def _check_str_format(budget: _Budget, fmt: str, values: Sequence[object]) -> None:
    """``fmt.format(*values)``: widths and the values each field may print."""
    fields = widths = 0
    for _literal, name, spec, _conversion in _FORMATTER.parse(fmt):
        if name is None:
            continue
        fields += 1
        if spec and "{" in spec:
            raise TemplateLimitError("a format width taken from the arguments")
        widths += sum(int(digits) for digits in _DIGITS.findall(spec or ""))
    largest = max((budget.measure(value) for value in values), default=0)
    budget.require(len(fmt) + widths + fields * largest, "formatted text")


def _percent_specs(fmt: str) -> Iterator[tuple[str, str, str]]:
    """(width, precision, conversion) of each ``%`` field, parsed as Python does."""
    pos = fmt.find("%")
    while pos != -1:
        pos += 1
        if fmt.startswith("(", pos):  # a mapping key: parentheses nest
            depth = 0
            while pos < len(fmt):
                depth += {"(": 1, ")": -1}.get(fmt[pos], 0)
                pos += 1
                if depth == 0:
                    break
        match = _PERCENT_SPEC.match(fmt, pos)
        assert match is not None  # every part of the pattern may be empty
        width, precision, conversion = match.groups()
        yield width, precision or "", conversion
        pos = fmt.find("%", match.end())


def _check_percent_format(budget: _Budget, fmt: str, values: object) -> None:
    """``fmt % values``: widths and the values each field may print."""
    fields = widths = 0
    for width, precision, conversion in _percent_specs(fmt):
        if conversion == "%":
            continue
        if "*" in (width, precision):
            raise TemplateLimitError("a format width taken from the arguments")
        fields += 1
        widths += int(width or 0) + int(precision or 0)
    items = values if isinstance(values, tuple) else (values,)
    largest = max((budget.measure(value) for value in items), default=0)
    budget.require(len(fmt) + widths + fields * largest, "formatted text")


def _check_replace(budget: _Budget, text: str, old: str, new: str, count: object) -> None:
    hits = len(text) + 1 if not old else text.count(old)
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    budget.require(len(text) + hits * max(len(new) - len(old), 0), "replaced text")


def _materialize(budget: _Budget, items: Iterable[object]) -> list[object] | tuple[object, ...]:
    """``items`` as a list, refusing more items than the limit."""
    if isinstance(items, list | tuple):
        return items
    listed = []
    for item in items:
        budget.step()
        listed.append(item)
        budget.require(len(listed), "a sequence")
    return listed


def _joined(budget: _Budget, items: Iterable[object], separator: str) -> Sequence[object]:
    listed = _materialize(budget, items)
    size = len(separator) * len(listed)
    for item in listed:
        size += budget.measure(item)
        budget.require(size, "joined text")
    return listed


def _check_str_method(budget: _Budget, method: Callable[..., Any], args: tuple[Any, ...],
                      kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Checks for the ``str`` methods that can build large text; the arguments to use."""
    text: str = method.__self__  # type: ignore[attr-defined]
    name = method.__name__
    if name in {"center", "ljust", "rjust", "zfill"} and args:
        budget.require(_int(args[0]), "padded text")
    elif name == "expandtabs":
        tabsize = args[0] if args else kwargs.get("tabsize", 8)
        budget.require(len(text) * max(_int(tabsize), 1), "expanded text")
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) \
            and isinstance(args[1], str):
        count = args[2] if len(args) > 2 else kwargs.get("count", -1)
        _check_replace(budget, text, args[0], args[1], count)
    elif name == "join" and args:
        return (_joined(budget, args[0], text), *args[1:])
    return args


# Checks for the filters that can build large values, given the filter's bound arguments.
# They may replace an argument (an iterator that had to be read to be measured).
_FilterCheck = Callable[[_Budget, dict[str, Any]], None]


def _check_indent(budget: _Budget, a: dict[str, Any]) -> None:
    text, width = str(a["s"]), a["width"]
    per_line = len(width) if isinstance(width, str) else _int(width)
    budget.require(len(text) + (text.count("\n") + 1) * per_line, "indented text")


def _check_format_filter(budget: _Budget, a: dict[str, Any]) -> None:
    _check_percent_format(budget, str(a["value"]), a["kwargs"] or a["args"])


def _check_join_filter(budget: _Budget, a: dict[str, Any]) -> None:
    a["value"] = _joined(budget, a["value"], str(a["d"]))


def _check_replace_filter(budget: _Budget, a: dict[str, Any]) -> None:
    _check_replace(budget, str(a["s"]), str(a["old"]), str(a["new"]), a["count"])


def _check_wordwrap(budget: _Budget, a: dict[str, Any]) -> None:
    text = str(a["s"])
    wrap = a["wrapstring"] or a["environment"].newline_sequence
    budget.require(len(text) + (len(text) + 1) * len(str(wrap)), "wrapped text")


def _check_indented_dump(budget: _Budget, value: object, indent: object) -> None:
    per_level = len(indent) if isinstance(indent, str) else _int(indent)
    budget.require(budget.measure(value) * (2 + per_level * (budget.depth(value) + 1)),
                   "indented text")


def _check_tojson(budget: _Budget, a: dict[str, Any]) -> None:
    if a["indent"] is not None:
        _check_indented_dump(budget, a["value"], a["indent"])


def _check_sum(budget: _Budget, a: dict[str, Any]) -> None:
    if isinstance(a["start"], int | float):
        return
    items = a["iterable"] = _materialize(budget, a["iterable"])
    total = budget.measure(a["start"]) + sum(budget.measure(item) for item in items)
    budget.require(total * max(len(items), 1), "summed sequences")  # each step copies


def _check_round(budget: _Budget, a: dict[str, Any]) -> None:
    if _int(a["precision"]) > MAX_ROUND_DIGITS:
        raise TemplateLimitError("rounding to too many digits")


_FILTER_CHECKS: dict[str, _FilterCheck] = {
    "center": lambda budget, a: budget.require(_int(a["width"]), "padded text"),
    "indent": _check_indent,
    "format": _check_format_filter,
    "join": _check_join_filter,
    "replace": _check_replace_filter,
    "wordwrap": _check_wordwrap,
    "batch": lambda budget, a: budget.require(_int(a["linecount"]), "a batch"),
    "slice": lambda budget, a: budget.require(_int(a["slices"]), "slices"),
    "tojson": _check_tojson,
    "pprint": lambda budget, a: _check_indented_dump(budget, a["value"], 1),
    "sum": _check_sum,
    "round": _check_round,
}
_REMOVED_FILTERS = frozenset({"urlize"})  # inserts its options into every link it finds
_UNSAFE_STR_METHODS = frozenset({"encode", "translate", "maketrans"})  # bytes; unbounded growth


def _bounded(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` (a filter or a test) behind the budget's checks."""
    check = _FILTER_CHECKS.get(name)
    inner = inspect.unwrap(func)
    signature = inspect.signature(inner) if check is not None else None
    # Jinja's async-aware filters take an evaluation context that their sync function does not.
    skip = int(hasattr(func, "jinja_pass_arg") and not hasattr(inner, "jinja_pass_arg"))

    # wraps() also copies Jinja's marker for filters that take the context or environment.
    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.step()
        for value in itertools.chain(args, kwargs.values()):
            budget.check(value)
        if check is not None and signature is not None:
            bound = signature.bind(*args[skip:], **kwargs)
            bound.apply_defaults()
            check(budget, bound.arguments)
            args, kwargs = (*args[:skip], *bound.args), bound.kwargs
        return budget.charge(func(*args, **kwargs))

    return bounded


# --- the compiler: hooks where Jinja has none ----------------------------------------------


# Filters the compiler inserts; a template cannot name them ("#" is not part of a name).
_LOOP_ITEMS, _CONCAT_PART, _CHECKED = "#loop_items", "#concat_part", "#checked"


class _HookedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with every loop, concatenation and comparison hooked.

    A sandbox sees calls, filters, operators and lookups, but not loop iterations, ``~``,
    ``==``/``in`` or dict keys, which can spin or build without limit on their own.
    """

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for loop in list(node.find_all(nodes.For)):
            # A loop's own text is printed once per item, unseen by any other hook.
            text = sum(len(data.data) for child in loop.body
                       for data in child.find_all(nodes.TemplateData))
            loop.iter = self._hook(loop.iter, _LOOP_ITEMS, text)
        for concat in list(node.find_all(nodes.Concat)):
            concat.nodes = [self._hook(part, _CONCAT_PART) for part in concat.nodes]
        for compare in list(node.find_all(nodes.Compare)):
            compare.expr = self._hook(compare.expr, _CHECKED)
            for operand in compare.ops:
                operand.expr = self._hook(operand.expr, _CHECKED)
        for pair in list(node.find_all(nodes.Pair)):
            pair.key = self._hook(pair.key, _CHECKED)
        super().visit_Template(node, frame)

    def _hook(self, expr: nodes.Node, name: str, *args: int) -> nodes.Filter:
        hook = nodes.Filter(expr, name, [nodes.Const(arg) for arg in args], [], None, None,
                            lineno=expr.lineno)
        hook.set_environment(self.environment)
        return hook


def _loop_items(items: Any, text_per_item: int) -> Any:
    budget = _budget()
    try:
        count = len(items)
    except (TypeError, OverflowError):  # an iterator: count its items as they come
        return _counted(items, budget, text_per_item)
    budget.step(count)
    budget.spend(count * text_per_item)
    return items


def _counted(items: Iterable[Any], budget: _Budget, text_per_item: int) -> Iterator[Any]:
    for item in items:
        budget.step()
        budget.spend(text_per_item)
        yield item


def _spent(value: Any, what: str) -> Any:
    """``value``, its size counted against the template's budget (refused when too large)."""
    budget = _budget()
    budget.step()
    size = budget.measure(value)
    budget.require(size, what)
    budget.spend(size)
    return value


def _concat_part(value: Any) -> Any:
    return _spent(value, "a joined value")


def _checked(value: Any) -> Any:
    budget = _budget()
    budget.step()
    budget.check(value)
    return value


# --- the environment ------------------------------------------------------------------------


def _checked_output(value: Any) -> Any:
    """Jinja's ``finalize``: every ``{{ ... }}`` passes here before it is printed."""
    return _spent(value, "printed value")


def _raise_exception(message: str) -> NoReturn:
    raise jinja2.TemplateError(message)


def _strftime_now(fmt: str) -> str:
    _budget().require(len(fmt) * 16, "a date format")  # "%c" is 2 characters for 24
    return datetime.now().strftime(fmt)


class _BoundedSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox that refuses unsafe access at once and spends a budget.

    Jinja's own sandbox answers unsafe attribute access with a silent ``Undefined``, so an
    exploit attempt would render as empty text and go unnoticed; we want the model refused.
    """

    intercepted_binops = frozenset(SandboxedEnvironment.default_binop_table)
    code_generator_class = _HookedCodeGenerator

    def __init__(self) -> None:
        super().__init__(trim_blocks=True, lstrip_blocks=True,
                         extensions=["jinja2.ext.loopcontrols"],
                         optimized=False, finalize=_checked_output)
        self.globals.pop("lipsum", None)
        self.globals["raise_exception"] = _raise_exception
        self.globals["strftime_now"] = _strftime_now
        self.filters = {name: _bounded(name, func) for name, func in self.filters.items()
                        if name not in _REMOVED_FILTERS}
        tests = cast(dict[str, Callable[..., Any]], self.tests)
        self.tests = {name: _bounded(name, func) for name, func in tests.items()}
        self.filters.update({_LOOP_ITEMS: _loop_items, _CONCAT_PART: _concat_part,
                             _CHECKED: _checked})

    def unsafe_undefined(self, obj: object, attribute: str) -> NoReturn:
        raise SecurityError(f"access to {attribute!r} of {type(obj).__name__!r} is unsafe")

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in _UNSAFE_STR_METHODS:
            return False
        return super().is_safe_attribute(obj, attr, value)

    def getattr(self, obj: Any, attribute: str) -> Any:
        _budget().step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        budget = _budget()
        budget.step()
        budget.check(argument)
        value = super().getitem(obj, argument)
        return budget.charge(value) if isinstance(argument, slice) else value

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = _budget()
        budget.step()
        budget.check(left)
        budget.check(right)
        both_ints = isinstance(left, int) and isinstance(right, int)
        if operator == "**" and both_ints and right > 0 and abs(left) > 1:
            budget.require_bits(left.bit_length() * right)
        elif operator == "*" and both_ints:
            budget.require_bits(left.bit_length() + right.bit_length())
        elif operator == "*":
            sequence, count = (right, left) if isinstance(left, int) else (left, right)
            if isinstance(count, int) and isinstance(sequence, str | list | tuple):
                budget.require(budget.measure(sequence) * max(count, 0), "a repetition")
        elif operator == "%" and isinstance(left, str):
            _check_percent_format(budget, left, right)
        return budget.charge(super().call_binop(context, operator, left, right))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.step()
        for value in itertools.chain(args, kwargs.values()):
            budget.check(value)
        if isinstance(obj, types.BuiltinMethodType) and isinstance(obj.__self__, str):
            args = _check_str_method(budget, obj, args, kwargs)
        return budget.charge(super().call(context, obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt: str = value.__self__
        sandboxed = wrapper

        def bounded(*args: Any, **kwargs: Any) -> str:
            _check_str_format(_budget(), fmt, [*args, *kwargs.values()])
            return sandboxed(*args, **kwargs)

        return bounded


RenderBudget = _Budget  # what budget_for() yields: render code checks its prompt against it


def environment() -> jinja2.Environment:
    """A new bounded sandbox to compile one model's template in."""
    return _BoundedSandbox()


@contextlib.contextmanager
def budget_for(input_size: int) -> Iterator[_Budget]:
    """The budget of one render of ``input_size`` characters, in force for the block."""
    budget = _Budget(input_size, time.monotonic() + RENDER_SECONDS * (1 + input_size / 1e6))
    token = _ACTIVE.set(budget)
    try:
        yield budget
    finally:
        _ACTIVE.reset(token)
