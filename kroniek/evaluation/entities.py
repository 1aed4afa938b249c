"""Cross-document entity coreference on MEANTIME (Dutch), and the ``kroniek eval entities`` command.

Setup (gold mentions): the documents are rebuilt from the tokens of ``meantime.conll`` (tokens
joined by spaces, one sentence per line, so mention offsets are real character offsets); every
gold entity mention becomes a kroniek Mention with its MEANTIME type mapped to kroniek's
(PER, ORG, LOC as they are; PRO, FIN and OTH become MISC with that subtype). The linker clusters
them across all 98 documents at once; MUC, B³, CEAF-e and the CoNLL average are computed over the
whole corpus as one cross-document partition, next to two baselines run in the same call:
exact string (mentions with the same normalised string are one entity) and head lemma (the
converter's spaCy head lemma).

Nationality adjectives ("Amerikaanse") are gold mentions of their country in MEANTIME; kroniek
keeps them as their own entity with a ``nationality-of`` relation, which the scorer follows.

Tuning split: thresholds and rules were only inspected on ``corpus_airbus``; the other three
topics (apple, gm, stock) are held out and reported separately as ``heldout``.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from ..errors import EvalError
from ..link.entities import EntityLinker
from ..link.names import normalize
from ..model import Document, Mention
from .coref import PRF, conll_scores

TUNE_TOPICS = ("corpus_airbus",)
TYPE_MAP = {
    "PER": ("PER", ""),
    "ORG": ("ORG", ""),
    "LOC": ("LOC", ""),
    "PRO": ("MISC", "pro"),
    "FIN": ("MISC", "fin"),
    "OTH": ("MISC", "oth"),
}


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One MEANTIME entity mention placed in a rebuilt document."""

    doc: str  # conll document key, e.g. "corpus_airbus/100911"
    start: int
    end: int
    text: str
    type: str  # MEANTIME type: ORG, PER, LOC, PRO, FIN, OTH
    chain: str
    topic: str
    head_lemma: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.doc, self.start, self.end)


def find_meantime(data_dir: str | Path) -> Path:
    """The folder holding meantime.conll and entities_mentions.json under a data directory."""
    base = Path(data_dir)
    for cand in (
        base,
        base / "output_data" / "nl",
        base / "meantime-nl-cdcr" / "output_data" / "nl",
    ):
        if (cand / "meantime.conll").is_file() and (cand / "entities_mentions.json").is_file():
            return cand
    raise EvalError(
        f"{base}: no MEANTIME Dutch data (meantime.conll, entities_mentions.json) found"
    )


def load_meantime(data_dir: str | Path) -> tuple[list[Document], list[GoldMention]]:  # noqa: C901
    """Rebuild MEANTIME's documents from tokens and place its gold entity mentions in them."""
    folder = find_meantime(data_dir)
    sentences: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    order: list[str] = []
    try:
        lines = (folder / "meantime.conll").read_text(encoding="utf-8").splitlines()
        records = json.loads((folder / "entities_mentions.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise EvalError(f"{folder}: cannot read MEANTIME files ({e})") from e
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise EvalError(f"{folder / 'meantime.conll'}:{lineno}: expected 5 tab columns")
        key, sent, tok, word = parts[0], int(parts[1]), int(parts[2]), parts[3]
        if key not in sentences:
            order.append(key)
        toks = sentences[key][sent]
        if tok != len(toks):
            raise EvalError(f"{folder / 'meantime.conll'}:{lineno}: token {tok} out of order")
        toks.append(word)
    docs: dict[str, Document] = {}
    offsets: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for key in order:
        parts_text: list[str] = []
        pos = 0
        for sent in sorted(sentences[key]):
            spans = []
            for i, w in enumerate(sentences[key][sent]):
                if i:
                    parts_text.append(" ")
                    pos += 1
                spans.append((pos, pos + len(w)))
                parts_text.append(w)
                pos += len(w)
            parts_text.append("\n")
            pos += 1
            offsets[(key, sent)] = spans
        docs[key] = Document(
            id=key, text="".join(parts_text), source=str(folder / "meantime.conll")
        )
    gold: list[GoldMention] = []
    seen: set[tuple[str, int, int]] = set()
    for r in records:
        key = r["conll_doc_key"]
        sent_spans = offsets.get((key, int(r["sent_id"])))
        if sent_spans is None or key not in docs:
            raise EvalError(f"mention {r.get('mention_id')}: no sentence {r['sent_id']} in {key}")
        numbers = [int(t) for t in r["tokens_number"]]
        start, end = sent_spans[min(numbers)][0], sent_spans[max(numbers)][1]
        if (key, start, end) in seen:  # one span, one mention (the converter repeats a few)
            continue
        seen.add((key, start, end))
        text = docs[key].text[start:end]
        gold.append(
            GoldMention(
                key,
                start,
                end,
                text,
                r["mention_type"],
                r["coref_chain"],
                r["topic"],
                str(r.get("mention_head_lemma") or ""),
            )
        )
    for g in gold:
        typ, sub = TYPE_MAP.get(g.type, ("MISC", g.type.lower()))
        docs[g.doc].mentions.append(Mention(g.start, g.end, typ, source="gold", subtype=sub))
    for d in docs.values():
        d.mentions.sort(key=lambda m: (m.start, m.end))
    return [docs[k] for k in order], gold


def link_response(docs: Iterable[Document]) -> dict[tuple[str, int, int], str]:
    """Cluster the gold mentions with kroniek's linker: mention -> entity id (demonyms -> their country)."""
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    follow = {
        e.id: e.attributes["nationality-of"]
        for e in linker.entities()
        if "nationality-of" in e.attributes
    }
    return {m: follow.get(e, e) for m, e in linker.assignments().items()}


def _by_label(
    gold: list[GoldMention], label: Callable[[GoldMention], Hashable]
) -> dict[tuple[str, int, int], Hashable]:
    return {g.key: label(g) for g in gold}


def _partition(
    assign: dict[tuple[str, int, int], Hashable], keep: set[tuple[str, int, int]]
) -> list[set]:
    groups: dict[Hashable, set] = defaultdict(set)
    for m in keep:
        groups[assign.get(m, ("unlinked", m))].add(m)
    return list(groups.values())


def evaluate(data_dir: str | Path) -> dict[str, dict[str, dict]]:
    """Scores per system and subset: {system: {subset: {"muc": PRF, "b3": ..., "conll_f1": float}}}."""
    docs, gold = load_meantime(data_dir)
    systems: dict[str, dict[tuple[str, int, int], Hashable]] = {
        "exact-string": _by_label(gold, lambda g: normalize(g.text)),
        "head-lemma": _by_label(gold, lambda g: g.head_lemma.casefold()),
        "kroniek": link_response(docs),  # type: ignore[dict-item]
    }
    key_assign = _by_label(gold, lambda g: g.chain)
    topics = sorted({g.topic for g in gold})
    subsets: dict[str, set[tuple[str, int, int]]] = {
        "all": {g.key for g in gold},
        "tune": {g.key for g in gold if g.topic in TUNE_TOPICS},
        "heldout": {g.key for g in gold if g.topic not in TUNE_TOPICS},
    }
    for t in topics:
        subsets[t.removeprefix("corpus_")] = {g.key for g in gold if g.topic == t}
    out: dict[str, dict[str, dict]] = {}
    for name, assign in systems.items():
        out[name] = {}
        for sub, keep in subsets.items():
            out[name][sub] = conll_scores(_partition(key_assign, keep), _partition(assign, keep))
    return out


def _default_data_dir() -> Path:
    env = os.environ.get("KRONIEK_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "data"


def format_table(scores: dict[str, dict[str, dict]]) -> str:
    """A fixed-width table: one row per system and subset, F1 of each metric (percent)."""
    head = f"{'system':<14}{'subset':<9}{'MUC':>7}{'B3':>7}{'CEAF-e':>8}{'CoNLL':>7}   (recall/precision in JSON)"
    rows = [head]
    for system, subs in scores.items():
        for sub, s in subs.items():
            rows.append(
                f"{system:<14}{sub:<9}{100 * s['muc'].f1:7.2f}{100 * s['b3'].f1:7.2f}"
                f"{100 * s['ceafe'].f1:8.2f}{100 * s['conll_f1']:7.2f}"
            )
    return "\n".join(rows)


def _jsonable(s: dict) -> dict:
    return {k: (v.as_dict() if isinstance(v, PRF) else round(v, 4)) for k, v in s.items()}


@click.command("entities")
@click.argument("data_dir", required=False, type=click.Path(file_okay=False))
@click.option("--gold", "gold", default="meantime", show_default=True,
              help="meantime, leestmeer (real 2019 news, eval/entities/) or a leestmeer-format gold file")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True,
              help="leestmeer split to report (test errors are never printed)")
@click.option("--errors", is_flag=True, help="leestmeer dev only: print every unlinked pair, wrong merge and type error")
def command(data_dir: str | None, gold: str, split: str, errors: bool) -> None:
    """Score cross-document entity coreference: MEANTIME (gold mentions) or the leestmeer news gold."""
    if gold != "meantime":
        _leestmeer(gold, split, errors)
        return
    try:
        scores = evaluate(data_dir or _default_data_dir())
    except EvalError as e:
        raise click.ClickException(str(e)) from e
    click.echo(
        "MEANTIME nl, cross-document entity coreference, gold mentions; tuned on corpus_airbus only"
    )
    click.echo(format_table(scores))
    baseline = scores["exact-string"]
    click.echo(
        json.dumps(
            {
                "task": "entities",
                "data": "meantime-nl-cdcr",
                "kroniek": {sub: _jsonable(s) for sub, s in scores["kroniek"].items()},
                "exact_string_conll_f1": {
                    sub: round(s["conll_f1"], 4) for sub, s in baseline.items()
                },
                "head_lemma_conll_f1": {
                    sub: round(s["conll_f1"], 4) for sub, s in scores["head-lemma"].items()
                },
            }
        )
    )


def _leestmeer(gold: str, split: str, errors: bool) -> None:
    from . import entities_leestmeer as lm

    if errors and split != "dev":
        raise click.ClickException("--errors is for the dev split only: test errors are never read")
    path = lm.DEFAULT_GOLD if gold == "leestmeer" else Path(gold)
    try:
        res = lm.evaluate(path)
    except EvalError as e:
        raise click.ClickException(str(e)) from e
    shown = {s: r for s, r in res.items() if split in (s, "all")}
    click.echo(f"leestmeer-2019 entity gold ({path.name}), Frog + CRF NER + linker over all gold posts")
    click.echo(lm.format_report(shown))
    if errors:
        for row in res["dev"]["_errors"]:
            click.echo("  " + row)
    click.echo(json.dumps({"task": "entities", "data": "leestmeer-2019",
                           **{s: {k: v for k, v in r.items() if k != "_errors"} for s, r in shown.items()}}))
