"""A fuzz run over what Pequeno reads from outside: models, templates, documents, imports.

Each case is generated from a fixed seed (so a failure repeats), read by the code the app uses,
and must end within a time bound either fine or with a clear error (a ``PequenoError`` whose
message is for the user). A crash (any other exception) or a hang fails the run. ``-s`` prints
the figures per kind.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import random
import secrets
import signal
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path

from assistant.core.documents.loaders import load_document
from assistant.core.errors import PequenoError
from assistant.core.history.export import export_json, import_json
from assistant.core.history.store import HistoryStore
from assistant.core.llm.template import ChatTemplate
from assistant.core.models.info import inspect_model
from tests.conversations import long_conversation, store_conversation
from tests.documents import make_docx, make_pdf, report_pages

SEED = 2026
BOUND_SECONDS = 3.0  # the most one hostile input may take before it counts as a hang
FORK = multiprocessing.get_context("fork")  # each case in a child: a hang or a crash is caught
CASES = {"gguf": 60, "template": 50, "document": 50, "import": 50}


def _outcome(case: Callable[[], object], sender: Connection) -> None:
    """Run ``case`` in a forked child and send back how it ended."""
    try:
        case()
    except PequenoError as exc:
        sender.send(("refused", exc.message))
    except BaseException as exc:
        sender.send(("crash", f"{type(exc).__name__}: {exc!s:.200}"))
    else:
        sender.send(("fine", ""))


@dataclass
class Tally:
    """What happened to the cases of one kind."""

    fine: int = 0
    refused: int = 0
    slowest: float = 0.0
    problems: list[str] = field(default_factory=list)

    def run(self, label: str, case: Callable[[], object]) -> None:
        """Run ``case`` in a forked child, so that a hang or a native crash is caught too."""
        receiver, sender = FORK.Pipe(duplex=False)
        started = time.perf_counter()
        child = FORK.Process(target=_outcome, args=(case, sender))
        child.start()
        sender.close()
        answered = receiver.poll(BOUND_SECONDS)
        self.slowest = max(self.slowest, time.perf_counter() - started)
        if answered:
            kind, detail = receiver.recv()
            child.join()
        else:
            child.kill()
            child.join()
            kind, detail = ("hang", f"no answer within {BOUND_SECONDS} s") \
                if child.exitcode == -signal.SIGKILL else \
                ("crash", f"the process died (exit code {child.exitcode})")
        receiver.close()
        if kind == "fine":
            self.fine += 1
        elif kind == "refused" and detail.strip():
            self.refused += 1
        else:
            self.problems.append(f"{label}: {kind}: {detail or 'an error without a message'}")

    def report(self, kind: str) -> str:
        return (f"{kind}: {self.fine + self.refused + len(self.problems)} cases, {self.fine} "
                f"read, {self.refused} refused with a clear error, {len(self.problems)} "
                f"crashes or hangs, slowest {self.slowest * 1000:.0f} ms")


def _mutate(data: bytes, rng: random.Random, *, within: int | None = None) -> bytes:
    """Flip, overwrite, insert or cut a few bytes (in the first ``within`` bytes if given)."""
    raw = bytearray(data)
    span = min(len(raw), within or len(raw))
    for _ in range(rng.randint(1, 8)):
        where = rng.randrange(span)
        action = rng.random()
        if action < 0.4:
            raw[where] ^= 1 << rng.randrange(8)
        elif action < 0.7:
            raw[where:where + 8] = rng.randbytes(8)
        elif action < 0.85:
            raw[where:where] = rng.choice([b"\xff" * 8, b"\x00" * 8, (2**63 - 1).to_bytes(8,
                                           "little"), rng.randbytes(4)])
        else:
            del raw[where:]
            break
    return bytes(raw)


def test_gguf_headers(phi3_4k: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    original = phi3_4k.read_bytes()
    tally = Tally()
    for number in range(CASES["gguf"]):
        hostile = tmp_path / f"hostile-{number}.gguf"
        hostile.write_bytes(_mutate(original, rng, within=64 * 1024))
        tally.run(f"gguf #{number}", partial(inspect_model, hostile))
        hostile.unlink()
    print(tally.report("GGUF headers"))
    assert not tally.problems, tally.problems


HOSTILE_TEMPLATES = [
    "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
    "{{ lipsum(100000, html=False, min=1000, max=10000) }}",
    "{{ 7 ** (7 ** 10) }}",
    "{{ 'x' * 3000000000 }}",
    "{{ ([1] * 100000) * 100000 }}",
    "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ messages.__class__.__init__.__globals__ }}",
    "{{ range.__self__ }}",
    "{% set x = namespace(v='x') %}{% for i in range(10**7) %}{% set x.v = x.v ~ x.v %}"
    "{% endfor %}{{ x.v }}",
    "{{ (9 ** 9 ** 9) | string }}",
    "{{ cycler(*range(10**8)) }}",
    "{% for m in messages %}{{ m.content * 10**9 }}{% endfor %}",
    "{{ '%s' % ('x' * 10**9) }}",
    "{{ '{:>999999999}'.format('x') }}",
]


def _random_template(rng: random.Random) -> str:
    pieces = ["{% for m in messages %}", "{{ m['role'] }}", "{{ m.content }}", "{% endfor %}",
              "{{ bos_token }}", "{% if add_generation_prompt %}<|assistant|>{% endif %}",
              "{{ raise_exception('no') }}", "{% for i in range(", "1000000", ") %}",
              "{% endfor %}", "{{ 10 ** ", "999999", " }}", "{{ 'ab' * ", "{%", "}}", "{{",
              "{% set ", "x = ", "[]", " %}", "|join", "(", ")", "'", "\""]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))


def test_chat_templates() -> None:
    rng = random.Random(SEED)
    sources = HOSTILE_TEMPLATES + [_random_template(rng)
                                   for _ in range(CASES["template"] - len(HOSTILE_TEMPLATES))]
    messages = [{"role": "system", "content": "s"}, {"role": "user", "content": "hi"}]
    tally = Tally()
    for number, source in enumerate(sources):
        def case(source: str = source) -> None:
            ChatTemplate(source).render(messages)

        tally.run(f"template #{number} {source[:60]!r}", case)
    print(tally.report("chat templates"))
    assert not tally.problems, tally.problems


def _documents(tmp_path: Path) -> dict[str, bytes]:
    pages = report_pages(3, words=80, seed=5)
    docx = make_docx(tmp_path / "seed.docx", pages)
    return {
        ".pdf": make_pdf(pages),
        ".docx": docx.read_bytes(),
        ".html": ("<html><head><meta charset='utf-8'><title>t</title></head><body>"
                  + "".join(f"<h1>{p[:20]}</h1><p>{p}</p>" for p in pages)
                  + "</body></html>").encode(),
        ".md": ("# Title\n\n" + "\n\n".join(pages)).encode(),
        ".txt": "\n\n".join(pages).encode("utf-8"),
    }


def _hostile_zip(rng: random.Random, good: bytes) -> bytes:
    """A .docx whose entries use odd compression methods or claim to be encrypted."""
    with zipfile.ZipFile(io.BytesIO(good)) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info, data in entries:
            target.writestr(info, data)
    raw = bytearray(out.getvalue())
    marker = b"PK\x01\x02"  # central directory entries: method at +10, flags at +8
    start = raw.find(marker)
    while start != -1:
        if rng.random() < 0.5:
            raw[start + 10:start + 12] = rng.choice([12, 14, 93, 95, 98, 99]).to_bytes(2, "little")
        else:
            raw[start + 8:start + 10] = (1).to_bytes(2, "little")  # "encrypted"
        start = raw.find(marker, start + 4)
    return bytes(raw)


def test_documents(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    seeds = _documents(tmp_path)
    codecs_named = ["undefined", "zlib", "rot13", "base64", "idna", "hex", "uu", "bz2",
                    "utf-7", "no-such-codec"]
    tally = Tally()
    for number in range(CASES["document"]):
        suffix = rng.choice(sorted(seeds))
        if number < len(codecs_named):
            suffix, data = ".html", (f"<html><head><meta charset='{codecs_named[number]}'>"
                                     "</head><body><p>Olá, mundo.</p></body></html>").encode()
        elif number < len(codecs_named) + 8:
            suffix, data = ".docx", _hostile_zip(rng, seeds[".docx"])
        else:
            data = _mutate(seeds[suffix], rng)
        path = tmp_path / f"hostile-{number}{suffix}"
        path.write_bytes(data)
        tally.run(f"document #{number} {suffix}", partial(load_document, path))
    print(tally.report("documents"))
    assert not tally.problems, tally.problems


def _mangle(value: object, rng: random.Random, depth: int = 0) -> object:
    """A JSON value with a few fields swapped for wrong types, huge numbers or deep nests."""
    if isinstance(value, dict):
        return {key: _mangle(item, rng, depth + 1) for key, item in value.items()
                if rng.random() > 0.03}
    if isinstance(value, list):
        return [_mangle(item, rng, depth + 1) for item in value]
    if rng.random() < 0.08:
        return rng.choice([10**30, -(2**63) - 1, 2**64, 1e308, float("inf"), None, True, "",
                           "x" * 10_000, [], {}, [[[[[]]]]], {"a": {"b": {"c": {}}}},
                           "\x00\x1b]52;c;aGk=\x07"])
    return value


def test_history_imports(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    with HistoryStore.open(tmp_path / "source.db", secrets.token_hex(32)) as source:
        for turns in (2, 5, 9):
            store_conversation(source, long_conversation(turns, seed=turns))
        exported = json.loads(export_json(source))
    tally = Tally()
    with HistoryStore.open(tmp_path / "target.db", secrets.token_hex(32)) as target:
        for number in range(CASES["import"]):
            if number % 10 == 9:
                text = "[" * (10_000 + number) + "]" * (10_000 + number)  # deep nesting
            elif number % 10 == 0:
                text = json.dumps(exported)  # a good file (then its duplicates) reads fine
            else:
                text = json.dumps(_mangle(exported, rng), allow_nan=True)
            before = target.count_conversations()

            def case(text: str = text, before: int = before) -> None:
                try:
                    import_json(target, text)
                except PequenoError:
                    # A failed import leaves nothing half-imported.
                    assert target.count_conversations() == before
                    raise

            tally.run(f"import #{number}", case)
        assert target.integrity_check() == "ok"
    print(tally.report("history imports"))
    assert not tally.problems, tally.problems
