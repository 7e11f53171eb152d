"""From a question about a long document to the answer's first token, through the core.

Writes a 300-page PDF of generated report prose (``tests/documents.py``) with ten facts planted
on ten pages, indexes it once into a fresh encrypted history (timed apart: indexing is not part
of a question), loads the model, then asks each planted fact's question as ``pequeno ask`` does:
a new conversation attached to the collection, one turn of ``ConversationService``. For each it
times the question to the sources (retrieval, fitting the prompt: our overhead before the
model starts) and to the first token of the reply, and checks that the best source is the
planted page. Then one question about nothing in the document (answered without the model).

    .venv/bin/python bench/ask_ttft.py [--model PATH] [--context N] [--pages N]
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.conversation.documents import attach
from assistant.core.conversation.service import (
    ContextFitted,
    ConversationService,
    ReplyFinished,
    ReplyText,
    SourcesFound,
    TurnRequest,
    new_conversation,
)
from assistant.core.history.collections import DocumentIndex
from assistant.core.history.store import HistoryStore
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import GenerationParams
from tests.documents import make_pdf, report_pages
from tests.models import cached_starter_model

SEED = 20250302
PARAMS = GenerationParams(temperature=0.0, max_tokens=32)
SYSTEM = "You are a helpful assistant."
# (page, planted fact, a question about it in other words)
FACTS = (
    (17, "The spare keys to the archive room are kept by Odile Marchetti in the blue safe.",
     "Who keeps the spare keys of the archive?"),
    (41, "The company choir rehearses in the canteen every Wednesday evening.",
     "When does the choir rehearse?"),
    (68, "The rooftop solar panels produced 412 megawatt hours in their first year.",
     "How much energy did the solar panels produce?"),
    (95, "A family of falcons nests above the loading bay of the harbour site.",
     "Which birds nest at the harbour site?"),
    (123, "Visitors must wear orange helmets in the quarry area at all times.",
     "What colour are the helmets in the quarry?"),
    (150, "The translation of the safety manual into Finnish was done by Aino Virtanen.",
     "Who translated the safety manual?"),
    (188, "The old mainframe in the basement was finally switched off on a rainy Sunday.",
     "When was the mainframe switched off?"),
    (214, "Staff bicycles are repaired for free by a volunteer named Bruno Castelli.",
     "Who repairs the bicycles?"),
    (251, "The greenhouse behind the laboratory grows chillies, basil and lemons.",
     "What grows in the greenhouse?"),
    (289, "The emergency generator at the Tampere plant is tested every second Thursday.",
     "How often is the emergency generator tested?"),
)
NOTHING = "Who won the 1998 World Cup in football?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--context", type=int, help="context size (default: on demand, as "
                        "the app)")
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pequeno-ask-"))
    pages: list[str | None] = [*report_pages(args.pages, seed=SEED)]
    facts = [fact for fact in FACTS if fact[0] <= args.pages]
    for page, fact, _ in facts:
        pages[page - 1] = f"{pages[page - 1]}\n\n{fact}"
    pdf = folder / "report.pdf"
    pdf.write_bytes(make_pdf(pages))

    with HistoryStore.open(folder / "history.db", secrets.token_hex(32)) as store:
        index = DocumentIndex(store)
        started = time.perf_counter()
        collection = index.index_file(pdf).collection
        print(f"document: {args.pages} pages, {collection.passages} passages; indexed once "
              f"in {time.perf_counter() - started:.2f} s (not part of the timings below)")
        engine = Engine()
        info = engine.load(args.model or cached_starter_model(), n_ctx=args.context)
        print(f"model: {info.name}, context up to {engine.n_ctx} tokens "
              f"({engine.allocated_ctx} allocated)")
        service = ConversationService(engine, store, index)
        ask(service, collection.id, "What is this report about?")  # warm-up: caches, stemmers
        overheads, firsts, prompts, right = [], [], [], 0
        for page, _, question in facts:
            timing = ask(service, collection.id, question)
            overheads.append(timing["sources"])
            firsts.append(timing["first"])
            prompts.append(int(timing["prompt"]))
            right += timing["page"] == page
            print(f"  p. {page:>3} {question:48} sources {timing['sources'] * 1000:6.1f} ms, "
                  f"first token {timing['first']:5.2f} s, prompt {int(timing['prompt'])} "
                  f"tokens, best source p. {int(timing['page'])}")
        print(f"question -> sources (retrieval + fitting): median "
              f"{statistics.median(overheads) * 1000:.1f} ms, max {max(overheads) * 1000:.1f} ms")
        print(f"question -> first token: median {statistics.median(firsts):.2f} s, max "
              f"{max(firsts):.2f} s (prompts {min(prompts)}-{max(prompts)} tokens); before the "
              f"model starts: {statistics.median(overheads) / statistics.median(firsts):.1%} "
              "of it")
        print(f"best source on the planted page: {right}/{len(facts)}")
        timing = ask(service, collection.id, NOTHING)
        print(f"nothing found -> whole reply (no model): {timing['first'] * 1000:.1f} ms")
        engine.unload()
    for leftover in sorted(folder.iterdir(), reverse=True):
        leftover.unlink()
    folder.rmdir()


def ask(service: ConversationService, collection_id: int, question: str) -> dict[str, float]:
    """One question in a new conversation; seconds to the sources and to the first token."""
    conversation = new_conversation(service.store, service.engine.info, system=SYSTEM,
                                    params=PARAMS)
    attach(service.store, conversation.id, collection_id)
    timing = {"sources": 0.0, "first": 0.0, "prompt": 0.0, "page": 0.0}
    started = time.perf_counter()
    for event in service.turn(TurnRequest(conversation.id, question, PARAMS)):
        if isinstance(event, SourcesFound):
            timing["sources"] = time.perf_counter() - started
            if event.hits:
                timing["page"] = float(event.hits[0].page or 0)
        elif isinstance(event, ContextFitted):
            timing["prompt"] = event.prompt_tokens
        elif isinstance(event, ReplyText) and not timing["first"]:
            timing["first"] = time.perf_counter() - started
        elif isinstance(event, ReplyFinished):
            break
    return timing


if __name__ == "__main__":
    main()
