"""Does the encrypted history stay quick at scale? List, search and open on a large history.

Builds an encrypted history of 1,000 conversations and 100,000 messages (one conversation
holds 5,000 of them) of generated English, Portuguese, Chinese and Russian text, inserted with
``HistoryStore.restore`` (one transaction per conversation). Then times, after one warm-up,
the first page and a deep page of the conversation list, several searches, opening the big
conversation and re-opening the store; prints median and p95 and checks the medians against
the targets: list < 100 ms, search < 50 ms, open a 5,000-message conversation < 200 ms.

    .venv/bin/python bench/history_scale.py [--conversations N] [--messages N] [--big N]
        [--repeat N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import functools
import itertools
import math
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.history.store import DATABASE_FILE, HistoryStore, auto_title

SEED = 20240917
MIN_LENGTH = 20
MAX_LENGTH = 400
START_US = 1_700_000_000_000_000  # November 2023
YEAR_US = 365 * 24 * 3600 * 1_000_000
MODELS = ["Phi-3-mini-4k-instruct-q4.gguf", "qwen2.5-1.5b-instruct-q4_k_m.gguf"]
TARGETS = {"list": 100.0, "search": 50.0, "open": 200.0}

# Most frequent first: words are drawn with Zipf weights, so the first few are in many messages.
ENGLISH_WORDS = """
the to and of a in is it you that for this can with on be not are as your have what do
time model file python how will there if about data when use one more make like code
weather question answer example function error work help need write list day people first
computer memory window system language translate summary email meeting project report
should would could because which their other some these than then them into only also
new good great small large simple quick important different possible available local
explain check open save read change build run install update remove search find start
user assistant message history conversation document table image number value string
morning evening tomorrow yesterday week month year today hour minute second world city
river mountain coffee breakfast garden music movie book story recipe travel train ticket
"""
PORTUGUESE_WORDS = """
de que não o a e do da em um para é com uma os no se na por mais as dos como mas foi ao
você informação coração ação também já até só está são então função página código
tempo dia ano hoje amanhã ontem semana mês manhã noite cidade país língua português
pergunta resposta exemplo problema solução configuração instalação memória máquina
arquivo conversa mensagem histórico modelo tradução resumo reunião relatório janela
fácil difícil rápido lento possível necessário importante útil público próximo último
café pão feijão açúcar maçã limão almoço jantar viagem avião praia música canção livro
escrever ler abrir salvar procurar encontrar começar explicar traduzir verificar mudar
obrigado olá por favor bom boa muito pouco grande pequeno novo velho sempre nunca agora
"""
CHINESE_WORDS = """
我们 你们 他们 这个 那个 什么 怎么 为什么 可以 需要 问题 时间 今天 明天 昨天 天气 电脑
程序 文件 代码 模型 数据 内存 系统 语言 翻译 总结 邮件 会议 项目 报告 窗口 历史 消息
对话 文档 表格 图片 数字 例子 答案 错误 帮助 工作 学习 朋友 城市 国家 世界 音乐 电影
书籍 故事 旅行 火车 飞机 咖啡 早餐 晚饭 米饭 茶叶 水果 苹果 简单 重要 不同 可能 非常
已经 还是 因为 所以 但是 如果 应该 一下 一些 一起 现在 以后 以前 开始 结束 打开 保存
"""
RUSSIAN_WORDS = """
и в не на я что он с как это по но из у за от так все она мы вы же для его только
погода время день год сегодня завтра вчера неделя месяц утро вечер город страна язык
вопрос ответ пример проблема решение настройка установка память машина файл программа
разговор сообщение история модель перевод резюме встреча отчёт окно документ таблица
простой сложный быстрый медленный возможный нужный важный полезный новый старый
привет спасибо пожалуйста хорошо плохо очень много мало всегда никогда сейчас потом
кофе хлеб чай сахар яблоко обед ужин путешествие поезд самолёт музыка песня книга
написать прочитать открыть сохранить искать найти начать объяснить перевести проверить
погоду погоды памяти файла модели вопросы ответы книгу города
"""  # noqa: RUF001 (Cyrillic letters that look Latin are meant)
LANGUAGES = ("en", "pt", "zh", "ru")
LANGUAGE_WEIGHTS = (40, 25, 15, 20)
WORDS = {"en": ENGLISH_WORDS.split(), "pt": PORTUGUESE_WORDS.split(),
         "zh": CHINESE_WORDS.split(), "ru": RUSSIAN_WORDS.split()}

# (what the search is about, the query)
QUERIES = [
    ("common English word", "time"),
    ("Portuguese without accents", "informacao"),
    ("Chinese, 2 characters", "天气"),
    ("Russian, other case", "ПОГОДА"),
    ("prefix", "wea"),
    ("matches nothing", "xylophonequartz"),
]


class TextMaker:
    """Seeded, varied multilingual messages built from the word lists."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cumulative = {
            language: list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
            for language, words in WORDS.items()}

    def language(self) -> str:
        """A language, by how common it is among the users."""
        return self.rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]

    def sentence(self, language: str) -> str:
        """One sentence of 4-14 words in ``language``."""
        words = self.rng.choices(WORDS[language], cum_weights=self.cumulative[language],
                                 k=self.rng.randint(4, 14))
        if language == "zh":
            if len(words) > 6:
                words.insert(self.rng.randint(2, len(words) - 2), "\uff0c")  # full-width comma
            return "".join(words) + self.rng.choice("。。。\uff1f\uff01")  # full-width ? and !
        words[0] = words[0].capitalize()
        if len(words) > 7 and self.rng.random() < 0.4:
            words[self.rng.randint(2, len(words) - 3)] += ","
        return " ".join(words) + self.rng.choice("....?!")

    def message(self, language: str, long: bool) -> str:
        """A message of 20-400 characters; replies (``long``) run longer than questions."""
        target = int(self.rng.triangular(MIN_LENGTH, MAX_LENGTH, 260 if long else 60))
        separator = "" if language == "zh" else " "
        parts: list[str] = []
        length = 0
        while length < target:
            other = self.language() if self.rng.random() < 0.08 else language
            parts.append(self.sentence(other))
            length += len(parts[-1]) + len(separator)
        text = separator.join(parts)
        if len(text) > MAX_LENGTH:
            cut = text[:MAX_LENGTH]
            space = cut.rfind(" ")
            text = cut[:space] if space >= MIN_LENGTH else cut
        return text


def sizes(conversations: int, messages: int, big: int) -> list[int]:
    """Messages per conversation: one of ``big``, the rest share the remainder evenly."""
    if conversations < 1 or big > messages:
        raise SystemExit("need at least one conversation and --big <= --messages")
    rest, others = messages - big, conversations - 1
    if others == 0:
        return [messages]
    share, extra = divmod(rest, others)
    return [big] + [share + (1 if index < extra else 0) for index in range(others)]


def generate(conversations: int, messages: int, big: int,
             rng: random.Random) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Conversations in the shape :meth:`HistoryStore.restore` takes, oldest first."""
    maker = TextMaker(rng)
    counts = sizes(conversations, messages, big)
    big_at = conversations // 3  # not the newest, so it is not on the first page by accident
    counts.insert(big_at, counts.pop(0))
    spacing = YEAR_US // conversations
    for index, count in enumerate(counts):
        created = START_US + index * spacing + rng.randrange(spacing // 2 + 1)
        stamp = created
        language = maker.language()
        model = rng.choice(MODELS)
        items: list[dict[str, Any]] = []
        for number in range(count):
            stamp += rng.randrange(2_000_000, 120_000_000)
            reply = number % 2 == 1
            content = maker.message(language, long=reply)
            stats: dict[str, Any] = {}
            if reply:
                completion = max(1, len(content) // 4)
                speed = round(rng.uniform(8.0, 30.0), 2)
                stats = {"prompt_tokens": rng.randint(20, 3000), "cached_prompt_tokens": 0,
                         "completion_tokens": completion,
                         "time_to_first_token": round(rng.uniform(0.1, 2.0), 3),
                         "tokens_per_second": speed,
                         "total_time": round(completion / speed, 3),
                         "stop_reason": "end_of_turn"}
            items.append({"role": "assistant" if reply else "user", "content": content,
                          "created": stamp, "model": model if reply else None,
                          "stats": stats, "state": "complete"})
        header = {"uid": f"{rng.getrandbits(128):032x}",
                  "title": auto_title(items[0]["content"]) if items else "",
                  "created": created, "updated": stamp, "model": model,
                  "system_prompt": "You are a helpful assistant." if rng.random() < 0.3
                  else None,
                  "settings": {"temperature": rng.choice([0.2, 0.7, 1.0]), "top_p": 0.95,
                               "max_tokens": 1024},
                  "pinned": rng.random() < 0.01}
        yield header, items


def file_size(path: Path) -> int:
    """The database's size on disk, with its WAL journal if any."""
    return sum(candidate.stat().st_size
               for candidate in (path, Path(f"{path}-wal")) if candidate.exists())


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds per call of ``action``, ``repeat`` times after one warm-up call."""
    action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile, nearest rank."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def line(name: str, samples: Sequence[float], note: str = "") -> None:
    print(f"  {name:<44} median {statistics.median(samples):8.2f} ms  "
          f"p95 {p95(samples):8.2f} ms{note}")


def build(path: Path, key: str, args: argparse.Namespace) -> tuple[HistoryStore, int]:
    """Create the history; return the open store and the big conversation's id."""
    rng = random.Random(SEED)
    start = time.perf_counter()
    generated = list(generate(args.conversations, args.messages, args.big, rng))
    made = time.perf_counter() - start
    characters = sum(len(m["content"]) for _, items in generated for m in items)
    store = HistoryStore.open(path, key)
    big_id, most = 0, -1
    start = time.perf_counter()
    for header, items in generated:
        conversation_id = store.restore(header, items)
        if len(items) > most:
            big_id, most = conversation_id, len(items)
    inserted = time.perf_counter() - start
    size_open = file_size(path)
    start = time.perf_counter()
    store.close()
    closed = time.perf_counter() - start
    total = sum(len(items) for _, items in generated)
    print(f"built {len(generated)} conversations, {total} messages "
          f"({characters / 1e6:.1f} M characters) in {made + inserted + closed:.1f} s: "
          f"text {made:.1f} s, restore {inserted:.1f} s "
          f"({total / inserted:,.0f} messages/s), close {closed:.2f} s")
    print(f"database file: {file_size(path) / 2**20:.1f} MiB "
          f"(with WAL before the checkpoint: {size_open / 2**20:.1f} MiB)")
    return HistoryStore.open(path, key), big_id


def run(folder: Path, args: argparse.Namespace) -> None:
    path = folder / DATABASE_FILE
    if path.exists():
        raise SystemExit(f"{path} exists already; choose an empty folder")
    key = secrets.token_hex(32)
    if args.keep:
        descriptor = os.open(folder / "key.hex", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as key_file:
            key_file.write(key + "\n")
    store, big_id = build(path, key, args)
    repeat = args.repeat
    medians: dict[str, float] = {}
    print(f"\ntimings, {repeat} runs each after one warm-up:")

    print("list")
    deep = min(900, max(0, args.conversations - 50))
    for name, offset in (("first page (limit 50)", 0), (f"offset {deep} (limit 50)", deep)):
        samples = timed(functools.partial(store.list_conversations, limit=50, offset=offset),
                        repeat)
        line(name, samples)
        medians[f"list, {name}"] = statistics.median(samples)

    print("search (limit 50)")
    pooled: list[float] = []
    worst = ("", 0.0)
    for label, query in QUERIES:
        found = len(store.search(query, limit=1_000_000))
        samples = timed(functools.partial(store.search, query), repeat)
        pooled += samples
        line(f"{label} {query!r}", samples, f"  ({found} hits)")
        if statistics.median(samples) > worst[1]:
            worst = (f"{label} {query!r}", statistics.median(samples))
    line("all queries", pooled)

    print("open")
    open_samples = timed(lambda: store.messages(big_id), repeat)
    opened = len(store.messages(big_id))
    line(f"messages() of {opened} messages", open_samples)

    print("re-open (close, then open with the key)")
    closes: list[float] = []
    opens: list[float] = []
    firsts: list[float] = []
    searches: list[float] = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        store.close()
        closes.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        store = HistoryStore.open(path, key)
        opens.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        store.list_conversations(limit=50)
        firsts.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        store.search(QUERIES[0][1])
        searches.append((time.perf_counter() - start) * 1000)
    line("close", closes[1:])
    line("open", opens[1:])
    line("first page, cold connection", firsts[1:])
    line(f"search {QUERIES[0][1]!r}, cold connection", searches[1:])
    store.close()

    print(f"\nsummary ({args.conversations} conversations, {args.messages} messages; "
          "PASS/FAIL by median):")
    for name, value in medians.items():
        verdict(name, value, TARGETS["list"])
    verdict("search, all queries", statistics.median(pooled), TARGETS["search"])
    verdict(f"search, slowest: {worst[0]}", worst[1], TARGETS["search"])
    verdict(f"open a {opened}-message conversation", statistics.median(open_samples),
            TARGETS["open"])


def verdict(name: str, value: float, target: float) -> None:
    print(f"  {name:<48} {value:8.2f} ms  (target < {target:.0f} ms)  "
          f"{'PASS' if value < target else 'FAIL'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=5000,
                        help="messages in the one big conversation")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build the database in DIR and keep it (no temp folder)")
    args = parser.parse_args()
    start = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.keep, args)
        print(f"kept {args.keep / DATABASE_FILE}; its key is in {args.keep / 'key.hex'}")
    else:
        with tempfile.TemporaryDirectory(prefix="pequeno-bench-") as folder:
            run(Path(folder), args)
    print(f"total time {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
