"""Event evaluation on MEANTIME (Dutch, cross-document version), and ``kroniek eval events``.

1. Documents are rebuilt from ``output_data/nl/meantime.conll``: tokens joined by one space,
   sentences by a newline, so every gold token has exact character offsets.
2. Frog (CLI, full modules, ``-n --skip=t`` so the gold tokens are kept) analyses every document
   once; its output is cached under ``eval/events/cache/`` when that folder exists, else under
   ``eval-events-frog`` in kroniek's cache folder (keyed by a hash of the texts).
3. (a) Detection: the extractor's triggers against the gold event mentions, in the sentences
   MEANTIME annotated (up to the last sentence holding a gold event mention in each document);
   a trigger matches a gold mention when their spans overlap. Scored with lexicon types only and
   with every content verb ("other") added, and ("learned") with the trigger model of
   kroniek.extract.triggers (trained on the tuning topic only) filtering those candidates. Per
   topic, overall, and "held_out" (every topic but the tuning one pooled). ``kroniek eval events --errors`` lists the tuning topic's false
   triggers and misses (the held-out topics' errors are never printed, so they stay unread).
   Beside these full figures, "lead_*" scores only the lead of each article (sentence ids up to
   LEAD_LAST_SENTENCE), the part MEANTIME annotated in every article; ``--coverage`` counts what
   the Dutch conversion annotates and eval/events/README.md gives the evidence.
4. (b) Cross-document coreference on the gold mentions, per topic: each gold mention is
   described by the extractor (type, lemma, arguments, time) and linked with
   ``kroniek.link.events.link_events``; participants come from MEANTIME's gold entity chains.
   MUC, B³, CEAF-e and CoNLL F1 side by side with the same-lemma baseline (mentions of a topic
   sharing Frog's lemma are one event) and every mention alone (most MEANTIME chains are
   singletons, so this trivial answer scores high on B³ and CEAF-e). The linker's weights were tuned on corpus_gm only; the
   other topics are held out. ``--link-errors`` lists the tuning topic's split chains and wrong joins.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError, FrogUnavailable
from ..extract.events import EventExtractor, ParsedSentence, describe_token, full_lemma
from ..link.events import LinkWeights, link_events
from ..model import Document, Mention, PublishedDate, sha256_hex
from .cachefiles import eval_cache, locked, try_locks, write_atomic
from .coref import conll_scores
from .frog_tsv import apply_frog

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime-nl-cdcr"
# Frog's output per document: this folder of the checkout where it exists (warm caches made before),
# else ``eval-events-frog`` in kroniek's cache folder (``cachefiles.eval_cache``).
REPO_CACHE = Path(__file__).resolve().parents[2] / "eval" / "events" / "cache"


def frog_cache() -> Path:
    """The folder of cached Frog output (see REPO_CACHE)."""
    return eval_cache("eval-events-frog", REPO_CACHE)
TUNE_TOPIC = "corpus_gm"
# The title (0), the dateline (1) and the first four body sentences: the part of every article that
# carries entity annotation in 99% of articles (58% after it); see annotation_coverage().
LEAD_LAST_SENTENCE = 5
ENTITY_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@dataclass(slots=True)
class MeantimeDoc:
    """One rebuilt MEANTIME document and where its gold tokens sit."""

    key: str  # "corpus_airbus/100911"
    topic: str
    doc: Document
    offsets: dict[tuple[int, int], tuple[int, int]]  # (sent_id, tok_id) -> (start, end)
    sentences: list[int] = field(default_factory=list)  # sent ids in order


def read_meantime(data_dir: Path) -> list[MeantimeDoc]:
    """Rebuild the documents of meantime.conll with exact token offsets."""
    path = data_dir / "output_data" / "nl" / "meantime.conll"
    if not path.is_file():
        raise EvalError(f"{path}: not found; pass the meantime-nl-cdcr folder as DATA_DIR")
    rows: dict[str, dict[int, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or line.startswith("#"):
            continue
        rows[parts[0]][int(parts[1])].append((int(parts[2]), parts[3]))
    out = []
    for key, sents in rows.items():
        text_parts: list[str] = []
        offsets: dict[tuple[int, int], tuple[int, int]] = {}
        pos = 0
        order = sorted(sents)
        for sid in order:
            for k, (tid, word) in enumerate(sorted(sents[sid])):
                if k:
                    text_parts.append(" ")
                    pos += 1
                offsets[sid, tid] = (pos, pos + len(word))
                text_parts.append(word)
                pos += len(word)
            text_parts.append("\n")
            pos += 1
        topic = key.split("/")[0]
        text = "".join(text_parts)
        # A MEANTIME article's first line is its headline (``extract.headline``).
        doc = Document(id=key, text=text, source=str(path), title=text.partition("\n")[0] or key)
        out.append(MeantimeDoc(key, topic, doc, offsets, order))
    return sorted(out, key=lambda m: m.key)


def _sentence_words(md: MeantimeDoc) -> list[list[str]]:
    by_sent: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (sid, _), span in md.offsets.items():
        by_sent[sid].append(span)
    return [[md.doc.text[a:b] for a, b in sorted(by_sent[sid])] for sid in md.sentences]


def frog_analyse(docs: list[MeantimeDoc], cache_dir: Path | None = None, frog_bin: str = "frog", batch: int = 8) -> None:
    """Set sentences and tokens on every document from the Frog CLI, cached per document.

    Documents are analysed in small batches, so an interrupted run keeps what it finished. Each
    document is analysed under a lock of its own (``.<file>.lock`` in the cache): a second process
    (a parallel test worker) analyses the documents the first is not working on, then waits for
    the rest and reads them instead of running Frog on them again.
    """
    cache_dir = frog_cache() if cache_dir is None else cache_dir
    words = [_sentence_words(md) for md in docs]
    paths = [cache_dir / f"{md.key.replace('/', '_')}-{sha256_hex(repr(w))[:12]}.tsv" for md, w in zip(docs, words, strict=True)]
    # The tuning topic first, so tuning can start before the rest is analysed.
    missing = sorted((i for i, p in enumerate(paths) if not p.is_file()), key=lambda i: docs[i].topic != TUNE_TOPIC)
    for k in range(0, len(missing), batch):
        part = missing[k : k + batch]
        with try_locks([_lock_of(paths[i]) for i in part]) as got:
            todo = [part[j] for j in got if not paths[part[j]].is_file()]
            if todo:
                _run_frog([(paths[i], words[i]) for i in todo], frog_bin)
    for i in missing:  # those another process held: wait for it, and analyse what it left undone
        if not paths[i].is_file():
            with locked(_lock_of(paths[i])):
                if not paths[i].is_file():
                    _run_frog([(paths[i], words[i])], frog_bin)
    for md, path, w in zip(docs, paths, words, strict=True):
        blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        if len(blocks) != len(w):
            raise EvalError(f"{path}: {len(blocks)} Frog sentences for {len(w)} input sentences; delete it")
        apply_frog(md.doc, "\n\n".join(blocks) + "\n")


def _lock_of(path: Path) -> Path:
    """The lock file of one cached document's Frog output."""
    return path.with_name(f".{path.name}.lock")


def _run_frog(jobs: list[tuple[Path, list[list[str]]]], frog_bin: str, attempts: int = 4) -> None:
    """One Frog CLI run (full modules, given tokens kept, one sentence per line) over some documents."""
    sents = [" ".join(s) for _, w in jobs for s in w]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.txt"
        dst = Path(tmp) / "out.tsv"
        src.write_text("".join(s + "\n" for s in sents), encoding="utf-8")
        for attempt in range(1, attempts + 1):
            try:
                subprocess.run([frog_bin, "-n", "--skip=t", "-t", str(src), "-o", str(dst)],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                break
            except FileNotFoundError as e:
                raise FrogUnavailable(f"{frog_bin}: not found; install the Debian package frog") from e
            except subprocess.CalledProcessError as e:
                # Killed (-9) is the out-of-memory killer on a shared machine: wait and try again.
                if e.returncode != -9 or attempt == attempts:
                    raise EvalError(f"frog failed with exit status {e.returncode}") from e
                time.sleep(15 * attempt)
        blocks = [b for b in dst.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    if len(blocks) != len(sents):
        raise EvalError(f"frog returned {len(blocks)} sentences for {len(sents)}")
    k = 0
    for path, w in jobs:
        write_atomic(path, "\n\n".join(blocks[k : k + len(w)]) + "\n\n")
        k += len(w)


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One gold event mention placed in its rebuilt document."""

    id: str
    doc: str  # MeantimeDoc.key
    start: int
    end: int
    head: tuple[int, int]  # char span of the gold head token
    sent_id: int
    chain: str


def _doc_key(m: dict[str, Any]) -> str:
    return f"{m['topic']}/{m['subtopic']}"


def read_gold(data_dir: Path, docs: dict[str, MeantimeDoc], name: str) -> list[GoldMention]:
    """Gold mentions of one kind (event_mentions.json or entities_mentions.json)."""
    path = data_dir / "output_data" / "nl" / name
    out = []
    for m in json.loads(path.read_text(encoding="utf-8")):
        md = docs.get(_doc_key(m))
        if md is None:
            continue
        sid = int(m["sent_id"])
        toks = [md.offsets.get((sid, int(t))) for t in m["tokens_number"]]
        if not toks or any(t is None for t in toks):
            continue
        spans = [t for t in toks if t is not None]
        head = md.offsets.get((sid, int(m["mention_head_id"]))) or spans[-1]
        if not (spans[0][0] <= head[0] < spans[-1][1]):
            head = spans[-1]
        out.append(GoldMention(m["mention_id"], md.key, spans[0][0], spans[-1][1], head, sid, m["coref_chain"]))
    return out


def _sentences_with(mentions: list[GoldMention]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        out[m.doc].add(m.sent_id)
    return out


def read_instances(data_dir: Path) -> dict[str, str]:
    """CROMER's corpus-level instances (list_instances.csv, shared by the four languages): id -> EVENT|ENTITY."""
    path = data_dir / "list_instances.csv"
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        cols = line.split("\t")
        if len(cols) > 1 and not line.startswith("#"):
            out[cols[0]] = cols[1]
    return out


def annotation_coverage(data_dir: Path, docs: list[MeantimeDoc] | None = None,
                        positions: int = 16) -> dict[str, Any]:
    """What the Dutch conversion annotates: per topic, the sentences holding gold event or entity
    mentions; per sentence position, the share of articles annotated there; and how many of
    CROMER's event instances (the same list for all four languages) keep a Dutch mention.

    Counts only, from the gold files (no system output), so every topic may be measured.
    """
    docs = docs if docs is not None else read_meantime(data_dir)
    by_key = {md.key: md for md in docs}
    events = read_gold(data_dir, by_key, "event_mentions.json")
    entities = read_gold(data_dir, by_key, "entities_mentions.json")
    ev, en = _sentences_with(events), _sentences_with(entities)
    topics: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for md in docs:
        t = topics[md.topic]
        t["documents"] += 1
        t["sentences"] += len(md.sentences)
        t["documents_with_event"] += bool(ev[md.key])
        for sid in md.sentences:
            t["with_event"] += sid in ev[md.key]
            t["with_entity"] += sid in en[md.key]
            t["with_any"] += sid in ev[md.key] or sid in en[md.key]
            if sid <= LEAD_LAST_SENTENCE:
                t["lead_sentences"] += 1
                t["lead_with_event"] += sid in ev[md.key]
                t["lead_with_entity"] += sid in en[md.key]
    by_position = []
    for sid in range(positions):
        having = [md for md in docs if sid in md.sentences]
        by_position.append({"sentence": sid, "articles": len(having),
                            "with_event": sum(sid in ev[md.key] for md in having),
                            "with_entity": sum(sid in en[md.key] for md in having)})
    kinds = read_instances(data_dir)
    kept = {g.chain.removeprefix("cross_") for g in events}
    return {"topics": {k: dict(v) for k, v in sorted(topics.items())}, "by_position": by_position,
            "event_instances": sum(v == "EVENT" for v in kinds.values()),
            "event_instances_with_mention": len({c for c in kept if kinds.get(c) == "EVENT"})}


def format_coverage(cov: dict[str, Any]) -> str:
    """The coverage tables as text."""
    lines = [f"sentences holding gold annotation, per topic (lead: sentence ids 0-{LEAD_LAST_SENTENCE})",
             f"{'topic':15} {'docs':>4} {'w/ev':>4} {'sents':>5} {'event':>5} {'entity':>6} {'any':>5} "
             f"{'lead':>4} {'l.ev':>4} {'l.ent':>5}"]
    for topic, t in cov["topics"].items():
        lines.append(f"{topic:15} {t['documents']:4} {t['documents_with_event']:4} {t['sentences']:5} "
                     f"{t['with_event']:5} {t['with_entity']:6} {t['with_any']:5} {t['lead_sentences']:4} "
                     f"{t['lead_with_event']:4} {t['lead_with_entity']:5}")
    lines += ["", "articles annotated at each sentence position (0 = title, 1 = dateline)",
              f"{'sentence':>8} {'articles':>8} {'event':>5} {'entity':>6}"]
    lines += [f"{r['sentence']:8} {r['articles']:8} {r['with_event']:5} {r['with_entity']:6}" for r in cov["by_position"]]
    lines += ["", f"CROMER event instances (list_instances.csv, shared by the four languages): {cov['event_instances']}; "
                  f"with a mention in the Dutch conversion: {cov['event_instances_with_mention']}"]
    return "\n".join(lines)


def _prf(tp: int, n_pred: int, n_gold: int, tp_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "pred": n_pred, "gold": n_gold}


def _scored_part(md: MeantimeDoc, golds: list[GoldMention], lead: bool) -> tuple[int, list[GoldMention]]:
    """Where scoring stops in a document (a character offset) and the gold mentions before it:
    after the last sentence holding a gold event, or (``lead``) after the lead, sentence ids up to
    LEAD_LAST_SENTENCE, which MEANTIME annotated in every article (eval/events/README.md)."""
    last = LEAD_LAST_SENTENCE if lead else max(g.sent_id for g in golds)
    limit = next((a for (sid, _), (a, _) in sorted(md.offsets.items()) if sid > last), len(md.doc.text))
    return limit, [g for g in golds if g.sent_id <= last]


def detection(docs: list[MeantimeDoc], gold: list[GoldMention], *, other: bool, learned: bool = False,
              drop: frozenset[str] = frozenset(), past: bool = False, lead: bool = False) -> dict[str, Any]:
    """Trigger detection P/R/F1 per topic and overall, in the annotated sentences (``learned``:
    with the trigger model of kroniek.extract.triggers filtering the candidates; ``drop``: event
    types left out, as the chronicle folds sayings into the events they report; ``lead``: only
    in the lead of each article holding gold events, the second figure beside the full one)."""
    extractor = EventExtractor(other=other, learned=learned, past=past)
    by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for md in docs:
        golds = by_doc.get(md.key, [])
        if not golds:
            continue
        limit, golds = _scored_part(md, golds, lead)
        preds = [e for e in extractor.extract(md.doc) if e.start < limit and e.type not in drop]
        hit_pred = sum(any(e.start < g.end and g.start < e.end for g in golds) for e in preds)
        hit_gold = sum(any(e.start < g.end and g.start < e.end for e in preds) for g in golds)
        # "held_out": every topic but the tuning one, so tuning gains and held-out gains show apart.
        keys = (md.topic, "overall") if md.topic == TUNE_TOPIC else (md.topic, "held_out", "overall")
        for k in keys:
            c = counts[k]
            c[0] += hit_pred
            c[1] += len(preds)
            c[2] += len(golds)
            c[3] += hit_gold
    return {k: _prf(c[0], c[1], c[2], c[3]) for k, c in sorted(counts.items())}


@dataclass(frozen=True, slots=True)
class DetectionError:
    """One false trigger or one missed gold mention, with what Frog said about its token."""

    kind: str  # "false" (predicted, no gold overlaps) | "missed" (gold, no prediction overlaps)
    doc: str
    text: str
    type: str  # the extractor's type for a false trigger; "" for a miss
    lemma: str
    tag: str  # Frog's CGN tag of the (head) token
    deprel: str
    sentence: str
    gold_in_sentence: bool  # False: MEANTIME marked no event in this sentence at all


def detection_errors(docs: list[MeantimeDoc], gold: list[GoldMention], *, other: bool = True,
                     topic: str = TUNE_TOPIC) -> list[DetectionError]:
    """False triggers and missed gold mentions of one topic (the tuning topic: the others stay unread)."""
    extractor = EventExtractor(other=other)
    by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    out: list[DetectionError] = []
    for md in docs:
        golds = by_doc.get(md.key, [])
        if md.topic != topic or not golds:
            continue
        text = md.doc.text
        last = max(g.sent_id for g in golds)
        limit = next((a for (sid, _), (a, _) in sorted(md.offsets.items()) if sid > last), len(text))

        def error(kind: str, a: int, b: int, typ: str, at: int, md: MeantimeDoc = md, text: str = text,
                  golds: list[GoldMention] = golds) -> DetectionError:
            i = _token_at(md.doc, at)
            tok = md.doc.tokens[i] if i is not None else None
            lo, hi = text.rfind("\n", 0, a) + 1, text.find("\n", a)
            return DetectionError(kind, md.key, text[a:b], typ, tok.lemma if tok else "", tok.pos if tok else "",
                                  tok.deprel if tok else "", text[lo:hi], any(lo <= g.start < hi for g in golds))

        preds = [e for e in extractor.extract(md.doc) if e.start < limit]
        out += [error("false", e.start, e.end, e.type, e.start) for e in preds
                if not any(e.start < g.end and g.start < e.end for g in golds)]
        out += [error("missed", g.start, g.end, "", g.head[0]) for g in golds
                if not any(e.start < g.end and g.start < e.end for e in preds)]
    return out


def _token_at(doc: Document, offset: int) -> int | None:
    for i, t in enumerate(doc.tokens):
        if t.start <= offset < t.end:
            return i
    return None


def prepare_gold_events(docs: list[MeantimeDoc], gold: list[GoldMention],
                        entities: list[GoldMention]) -> dict[tuple[str, int, int], list[str]]:
    """Put the gold event mentions (described by the extractor) and gold entities on the documents."""
    by_key = {md.key: md for md in docs}
    owners: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for md in docs:
        md.doc.events = []
        md.doc.mentions = []
    for e in entities:
        md = by_key[e.doc]
        md.doc.mentions.append(Mention(e.start, e.end, "MISC", source="gold"))
    seen: set[tuple[str, int, int]] = set()
    for g in gold:
        md = by_key[g.doc]
        i = _token_at(md.doc, g.head[0])
        if i is None:
            continue
        em = describe_token(md.doc, i)
        key = (md.key, em.start, em.end)
        owners[key].append(g.id)
        if key not in seen:
            seen.add(key)
            md.doc.events.append(em)
    for md in docs:
        md.doc.events.sort(key=lambda e: e.start)
    return owners


def _lemma_of(doc: Document, start: int) -> str:
    i = _token_at(doc, start)
    if i is None:
        return ""
    s = ParsedSentence(doc, doc.sentences[doc.tokens[i].sent])
    return full_lemma(s, i) if doc.tokens[i].coarse_pos == "WW" else doc.tokens[i].lemma.lower()


def coreference(docs: list[MeantimeDoc], gold: list[GoldMention], entities: list[GoldMention],
                weights: LinkWeights | None = None) -> dict[str, Any]:
    """Cross-document event coreference on gold mentions: kroniek's linker and the same-lemma baseline."""
    owners = prepare_gold_events(docs, gold, entities)
    gold_ids = {g.id for g in gold}
    placed = {gid for ids in owners.values() for gid in ids}
    key_chains: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    topic_of = {md.key: md.topic for md in docs}
    for g in gold:
        if g.id in placed:
            key_chains[topic_of[g.doc]][g.chain].add(g.id)
    entity_index = {(m.doc, m.start, m.end): m.chain for m in entities}

    def entity_of(doc_id: str, start: int, end: int) -> str | None:
        return entity_index.get((doc_id, start, end))

    results: dict[str, Any] = {}
    all_key: list[set[str]] = []
    all_sys: list[set[str]] = []
    all_base: list[set[str]] = []
    held: tuple[list[set[str]], list[set[str]], list[set[str]]] = ([], [], [])
    for topic in sorted(key_chains):
        tdocs = [md for md in docs if md.topic == topic]
        events = link_events([md.doc for md in tdocs], entity_of, weights=weights)
        system = [{gid for k in e.mentions for gid in owners.get(k, [])} for e in events]
        lemma_groups: dict[str, set[str]] = defaultdict(set)
        for md in tdocs:
            for em in md.doc.events:
                lemma_groups[_lemma_of(md.doc, em.start)].update(owners[(md.key, em.start, em.end)])
        baseline = list(lemma_groups.values())
        key = list(key_chains[topic].values())
        singletons = [{gid} for c in key for gid in c]
        results[topic] = {"system": _scores(key, system), "baseline": _scores(key, baseline),
                          "singletons": _scores(key, singletons),
                          "mentions": sum(len(c) for c in key), "chains": len(key)}
        all_key += key
        all_sys += system
        all_base += baseline
        if topic != TUNE_TOPIC:
            held[0].extend(key)
            held[1].extend(system)
            held[2].extend(baseline)
    all_single = [{gid} for c in all_key for gid in c]
    if held[0]:
        # Every topic but the tuning one, pooled: what the linker does on text it was not tuned on.
        results["held_out"] = {"system": _scores(held[0], held[1]), "baseline": _scores(held[0], held[2]),
                               "singletons": _scores(held[0], [{gid} for c in held[0] for gid in c]),
                               "mentions": sum(len(c) for c in held[0]), "chains": len(held[0])}
    results["overall"] = {"system": _scores(all_key, all_sys), "baseline": _scores(all_key, all_base),
                          "singletons": _scores(all_key, all_single),
                          "mentions": sum(len(c) for c in all_key), "chains": len(all_key),
                          "unplaced": len(gold_ids - placed)}
    return results


@dataclass(frozen=True, slots=True)
class LinkError:
    """A gold chain the linker split ("split": its parts as the system clusters them) or a system
    cluster that joins several gold chains ("joined": its parts by gold chain)."""

    kind: str
    parts: list[list[str]]  # each part: its mentions as "doc: word | sentence"


def coreference_errors(docs: list[MeantimeDoc], gold: list[GoldMention], entities: list[GoldMention],
                       topic: str = TUNE_TOPIC) -> list[LinkError]:
    """The linking errors of one topic (the tuning topic: the held-out topics' errors stay unread)."""
    tdocs = [md for md in docs if md.topic == topic]
    tgold = [g for g in gold if g.doc.startswith(topic + "/")]
    owners = prepare_gold_events(tdocs, tgold, entities)
    entity_index = {(m.doc, m.start, m.end): m.chain for m in entities}
    events = link_events([md.doc for md in tdocs], lambda d, a, b: entity_index.get((d, a, b)))
    by_id = {g.id: g for g in tgold}
    texts = {md.key: md.doc.text for md in tdocs}

    def show(gid: str) -> str:
        g = by_id[gid]
        text = texts[g.doc]
        lo, hi = text.rfind("\n", 0, g.start) + 1, text.find("\n", g.start)
        return f"{g.doc.split('/')[1]}: {text[g.start:g.end]} | {text[lo:hi]}"

    system = [{gid for k in e.mentions for gid in owners.get(k, [])} for e in events]
    cluster_of = {gid: n for n, c in enumerate(system) for gid in c}
    chains: dict[str, set[str]] = defaultdict(set)
    for g in tgold:
        if g.id in cluster_of:
            chains[g.chain].add(g.id)
    out = []
    for members in chains.values():
        parts: dict[int, list[str]] = defaultdict(list)
        for gid in sorted(members):
            parts[cluster_of[gid]].append(show(gid))
        if len(parts) > 1:
            out.append(LinkError("split", list(parts.values())))
    for c in system:
        by_chain: dict[str, list[str]] = defaultdict(list)
        for gid in sorted(c):
            by_chain[by_id[gid].chain].append(show(gid))
        if len(by_chain) > 1:
            out.append(LinkError("joined", list(by_chain.values())))
    return out


def format_link_errors(errors: list[LinkError]) -> str:
    """The linking errors as text blocks, splits first."""
    lines = [f"{sum(e.kind == 'split' for e in errors)} gold chains split, "
             f"{sum(e.kind == 'joined' for e in errors)} system clusters joining several chains"]
    for e in sorted(errors, key=lambda e: e.kind != "split"):
        lines.append(f"\n{e.kind}:")
        for k, part in enumerate(e.parts):
            lines += [f"  [{k}] {m}" for m in part]
    return "\n".join(lines)


def _scores(key: list[set[str]], response: list[set[str]]) -> dict[str, Any]:
    s = conll_scores(key, response)
    out: dict[str, Any] = {}
    for name in ("muc", "b3", "ceafe"):
        prf = s[name]
        out[name] = prf.as_dict()  # type: ignore[union-attr]
    out["conll_f1"] = round(float(s["conll_f1"]), 4)  # type: ignore[arg-type]
    return out


def _dateline(text: str) -> PublishedDate | None:
    """The publication date MEANTIME gives on an article's second line ("01-Mar-08")."""
    lines = text.split("\n")
    for line in lines[1:3]:
        try:
            d = dt.datetime.strptime(line.strip(), "%d-%b-%y").date()
        except ValueError:
            continue
        return PublishedDate(d.isoformat(), "day", "text", line.strip())
    return None


def annotated_part(docs: list[MeantimeDoc], gold: list[GoldMention]) -> list[MeantimeDoc]:
    """The documents holding gold event mentions, cut after the last sentence that holds one.

    MEANTIME annotates events only in the first sentences of each article; the rest is neither
    scored nor worth a Frog run.
    """
    last: dict[str, int] = {}
    for g in gold:
        last[g.doc] = max(last.get(g.doc, -1), g.sent_id)
    out = []
    for md in docs:
        if md.key not in last:
            continue
        keep = [sid for sid in md.sentences if sid <= last[md.key]]
        offsets = {k: v for k, v in md.offsets.items() if k[0] <= last[md.key]}
        end = max(b for _, b in offsets.values()) + 1
        doc = Document(id=md.doc.id, text=md.doc.text[:end], source=md.doc.source, title=md.doc.title,
                       published=_dateline(md.doc.text))
        out.append(MeantimeDoc(md.key, md.topic, doc, offsets, keep))
    return out


def load(data_dir: Path, echo: Callable[[str], None] = lambda m: None,
         topics: set[str] | None = None) -> tuple[list[MeantimeDoc], list[GoldMention], list[GoldMention]]:
    """The annotated MEANTIME documents analysed by Frog, their gold event and entity mentions."""
    docs = read_meantime(data_dir)
    if topics is not None:
        docs = [md for md in docs if md.topic in topics]
    gold = read_gold(data_dir, {md.key: md for md in docs}, "event_mentions.json")
    docs = annotated_part(docs, gold)
    echo(f"{len(docs)} annotated documents rebuilt; running Frog (cached under {frog_cache()})")
    frog_analyse(docs)
    by_key = {md.key: md for md in docs}
    gold = read_gold(data_dir, by_key, "event_mentions.json")
    entities = read_gold(data_dir, by_key, "entities_mentions.json")
    return docs, gold, entities


Loaded = tuple[list[MeantimeDoc], list[GoldMention], list[GoldMention]]


def evaluate(data_dir: Path, *, echo: Callable[[str], None] = lambda m: None,
             loaded: Loaded | None = None) -> dict[str, Any]:
    """Run both evaluations and return their numbers (on ``loaded``, what :func:`load` returned
    for ``data_dir``, when given: the scoring does not change the documents)."""
    docs, gold, entities = loaded if loaded is not None else load(data_dir, echo)
    return {
        "documents": len(docs),
        "detection": {"lexicon": detection(docs, gold, other=False), "with_other": detection(docs, gold, other=True),
                      "learned": detection(docs, gold, other=True, learned=True),
                      # The learned filter over the lexicon's candidates only (what the chronicle
                      # would list with the filter on: it proposes no "other" verbs).
                      "lexicon_learned": detection(docs, gold, other=False, learned=True),
                      # Unlisted verbs only when they report in the past, not negated.
                      "past_other": detection(docs, gold, other=False, past=True),
                      # What the chronicle lists since session 5: lexicon + past-tense verbs, sayings folded.
                      "chronicle": detection(docs, gold, other=False, past=True, drop=frozenset({"statement"})),
                      # What the chronicle lists: sayings are folded into the events they report
                      # (link.sayings), while MEANTIME counts many speech verbs as events.
                      "no_sayings": detection(docs, gold, other=True, drop=frozenset({"statement"})),
                      # Second figures beside the full ones: only the lead of each article (title,
                      # dateline, four body sentences), the part MEANTIME annotates in every article.
                      "lead_other": detection(docs, gold, other=True, lead=True),
                      "lead_learned": detection(docs, gold, other=True, learned=True, lead=True),
                      "lead_chronicle": detection(docs, gold, other=False, past=True,
                                                  drop=frozenset({"statement"}), lead=True)},
        "coreference": coreference(docs, gold, entities),
        "tuned_on": TUNE_TOPIC,
    }


def format_report(res: dict[str, Any]) -> str:
    """The human-readable tables."""
    lines = [f"MEANTIME nl: {res['documents']} documents; linker tuned on {res['tuned_on']} only", "",
             "(a) event-mention detection (annotated sentences; overlap match)",
             f"{'setting':12} {'topic':15} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}"]
    for setting, table in res["detection"].items():
        for topic, v in table.items():
            lines.append(f"{setting:12} {topic:15} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['pred']:5} {v['gold']:5}")
    lines += ["", "(b) cross-document event coreference on gold mentions (F1; per topic)",
              f"{'topic':15} {'system':9} {'MUC':>6} {'B3':>6} {'CEAF-e':>6} {'CoNLL':>6} {'mentions':>8}"]
    for topic, v in res["coreference"].items():
        for who, name in (("singletons", "singleton"), ("baseline", "same-lemma"), ("system", "kroniek")):
            s = v[who]
            lines.append(f"{topic:15} {name:9} {s['muc']['f1']:6.3f} {s['b3']['f1']:6.3f} {s['ceafe']['f1']:6.3f} "
                         f"{s['conll_f1']:6.3f} {v['mentions']:8}")
    return "\n".join(lines)


def format_errors(errors: list[DetectionError]) -> str:
    """The detection errors as a tab-separated table, then counts by kind, tag and relation."""
    lines = ["kind\tdoc\ttrigger\ttype\tlemma\ttag\tdeprel\tgold_in_sentence\tsentence"]
    lines += [f"{e.kind}\t{e.doc}\t{e.text}\t{e.type}\t{e.lemma}\t{e.tag}\t{e.deprel}\t{int(e.gold_in_sentence)}\t{e.sentence}"
              for e in errors]
    tally: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for e in errors:
        tally[e.kind, "other" if e.type == "other" else "listed" if e.type else "", e.tag.split(",")[0], e.deprel] += 1
    lines += ["", "count\tkind\ttrigger\ttag\tdeprel"]
    lines += [f"{n}\t{k}\t{w}\t{t}\t{d}" for (k, w, t, d), n in sorted(tally.items(), key=lambda x: -x[1])]
    return "\n".join(lines)


@click.command("events")
@click.argument("data_dir", required=False, type=click.Path(exists=True, file_okay=False), default=None)
@click.option("--errors", "show_errors", is_flag=True,
              help=f"Only list the detection errors (with 'other' verbs) of the tuning topic {TUNE_TOPIC} "
                   "(leestmeer: of a dev split).")
@click.option("--link-errors", is_flag=True,
              help=f"Only list the cross-document linking errors of the tuning topic {TUNE_TOPIC}.")
@click.option("--coverage", is_flag=True,
              help="Only count what the Dutch conversion annotates (sentences per topic and position, "
                   "CROMER instances kept); reads the gold files, no Frog.")
@click.option("--gold", "gold_set", type=click.Choice(["meantime", "leestmeer"]), default="meantime", show_default=True,
              help="meantime, or leestmeer: trigger detection on real 2019 news (eval/triggers/).")
@click.option("--split", type=click.Choice(["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test", "all"]), default="dev", show_default=True,
              help="leestmeer split to score (dev2-dev6: later dev batches of other outlets, kinds and days; test errors "
                   "are never printed; test reads are counted).")
def command(data_dir: str | None, show_errors: bool, link_errors: bool, coverage: bool, gold_set: str,
            split: str) -> None:
    """Score event detection and cross-document event coreference on MEANTIME (Dutch), or trigger
    detection on the leestmeer news gold."""
    if gold_set == "leestmeer":
        _leestmeer(split, show_errors)
        return
    path = Path(data_dir) if data_dir else DEFAULT_DATA
    try:
        if coverage:
            click.echo(format_coverage(annotation_coverage(path)))
            return
        if show_errors or link_errors:
            docs, gold, entities = load(path, lambda m: click.echo(m, err=True), topics={TUNE_TOPIC})
            click.echo(format_link_errors(coreference_errors(docs, gold, entities)) if link_errors
                       else format_errors(detection_errors(docs, gold)))
            return
        res = evaluate(path, echo=lambda m: click.echo(m, err=True))
    except (EvalError, FrogUnavailable) as e:
        raise click.ClickException(str(e)) from e
    click.echo(format_report(res))
    sys.stdout.flush()
    o = res["coreference"]["overall"]
    d = res["detection"]["with_other"]["overall"]
    click.echo(json.dumps({
        "detection_f1": d["f1"], "detection_lexicon_f1": res["detection"]["lexicon"]["overall"]["f1"],
        "detection_f1_tune": res["detection"]["with_other"][TUNE_TOPIC]["f1"],
        "detection_f1_held_out": res["detection"]["with_other"]["held_out"]["f1"],
        "detection_p_held_out": res["detection"]["with_other"]["held_out"]["p"],
        "detection_r_held_out": res["detection"]["with_other"]["held_out"]["r"],
        "detection_learned_f1_held_out": res["detection"]["learned"]["held_out"]["f1"],
        "detection_learned_p_held_out": res["detection"]["learned"]["held_out"]["p"],
        "detection_learned_r_held_out": res["detection"]["learned"]["held_out"]["r"],
        "detection_lexicon_p_held_out": res["detection"]["lexicon"]["held_out"]["p"],
        "detection_lexicon_r_held_out": res["detection"]["lexicon"]["held_out"]["r"],
        "detection_past_p_held_out": res["detection"]["past_other"]["held_out"]["p"],
        "detection_past_r_held_out": res["detection"]["past_other"]["held_out"]["r"],
        "detection_chronicle_p_held_out": res["detection"]["chronicle"]["held_out"]["p"],
        "detection_chronicle_r_held_out": res["detection"]["chronicle"]["held_out"]["r"],
        "detection_lexicon_learned_p_held_out": res["detection"]["lexicon_learned"]["held_out"]["p"],
        "detection_lexicon_learned_r_held_out": res["detection"]["lexicon_learned"]["held_out"]["r"],
        "detection_lead_p_held_out": res["detection"]["lead_other"]["held_out"]["p"],
        "detection_lead_r_held_out": res["detection"]["lead_other"]["held_out"]["r"],
        "detection_lead_learned_p_held_out": res["detection"]["lead_learned"]["held_out"]["p"],
        "detection_lead_learned_r_held_out": res["detection"]["lead_learned"]["held_out"]["r"],
        "detection_lead_chronicle_p_held_out": res["detection"]["lead_chronicle"]["held_out"]["p"],
        "detection_lead_chronicle_r_held_out": res["detection"]["lead_chronicle"]["held_out"]["r"],
        "detection_p_held_out_no_sayings": res["detection"]["no_sayings"]["held_out"]["p"],
        "detection_r_held_out_no_sayings": res["detection"]["no_sayings"]["held_out"]["r"],
        "conll_f1": o["system"]["conll_f1"], "baseline_conll_f1": o["baseline"]["conll_f1"],
        "conll_f1_tune": res["coreference"][TUNE_TOPIC]["system"]["conll_f1"],
        "conll_f1_held_out": res["coreference"]["held_out"]["system"]["conll_f1"],
        "baseline_conll_f1_held_out": res["coreference"]["held_out"]["baseline"]["conll_f1"],
        "singleton_conll_f1": o["singletons"]["conll_f1"],
        "muc_f1": o["system"]["muc"]["f1"], "b3_f1": o["system"]["b3"]["f1"], "ceafe_f1": o["system"]["ceafe"]["f1"],
    }))


def _leestmeer(split: str, show_errors: bool) -> None:
    from . import triggers_leestmeer as lm

    if show_errors and split not in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6"):
        raise click.ClickException("--errors is for the dev splits only: test errors are never read")
    try:
        res = lm.evaluate(split)
    except (EvalError, FrogUnavailable) as e:
        raise click.ClickException(str(e)) from e
    if show_errors:
        click.echo(lm.format_errors(res))
        return
    click.echo(lm.format_report(res))
    sys.stdout.flush()
    click.echo(json.dumps(lm.summary(res)))
