"""Entity linking on real 2019 Dutch news: the leestmeer gold (``eval/entities/leestmeer.json``).

The gold names mentions by post id, offsets and digest (never their text) with the entity a
reader would say they name and its type; pairs of mentions are either the same entity (a surname
and the full name, a double surname, an acronym and its long form, a spelling variant, across
posts or within one) or different entities that must not merge (two people sharing a surname,
"Tweede Kamer" and "Eerste Kamer", "Brexit" and "Brexit Party").

The posts run through the real per-document analysis (Frog, then the CRF NER) and the entity
linker over all gold posts at once, as ``relink`` does over a store. A gold mention is matched to
the system mention that overlaps it most (a mention "VVD-leider Rutte" covers the gold "Rutte").
Scores per split: the fraction of same-entity pairs linked, wrong merges among different-entity
pairs, and type accuracy (a gold mention without a system mention counts as wrong).

Frog's output is cached outside the repository (it holds the copyrighted text):
``$KRONIEK_CACHE`` or ``~/.cache/kroniek``, file ``eval-entities-frog.jsonl``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..model import Document, Mention
from ..settings import cache_dir
from .leestmeer import Posts, locate, post_document

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "eval" / "entities" / "leestmeer.json"
Analyser = Callable[[list[Document]], list[Document]]


def cache_path() -> Path:
    """Where Frog's analysis of the posts is kept (outside the repository)."""
    return cache_dir() / "eval-entities-frog.jsonl"


@dataclass(frozen=True, slots=True)
class GoldMention:
    id: str
    post: str
    start: int
    end: int
    entity: str
    type: str
    also: tuple[str, ...] = ()
    digest: str = ""


@dataclass(frozen=True, slots=True)
class GoldPair:
    a: str
    b: str
    same: bool
    kind: str
    scope: str


@dataclass(slots=True)
class Gold:
    split: dict[str, list[str]]
    mentions: dict[str, GoldMention]
    pairs: list[GoldPair]

    def split_of(self, post: str) -> str:
        return next((s for s, posts in self.split.items() if post in posts), "")


def load_gold(path: str | Path = DEFAULT_GOLD) -> Gold:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise EvalError(f"{path}: cannot read entity gold ({e})") from e
    mentions = {
        m["id"]: GoldMention(
            m["id"], m["post"], m["start"], m["end"], m["entity"], m["type"],
            tuple(m.get("also", ())), m["digest"],
        )
        for m in data["mentions"]
    }
    pairs = [GoldPair(p["a"], p["b"], p["same"], p["kind"], p["scope"]) for p in data["pairs"]]
    return Gold(data["split"], mentions, pairs)


def place_mentions(gold: Gold, docs: dict[str, Document]) -> dict[str, GoldMention]:
    """Gold mentions re-found in the current cleaned texts (a reader change may move a span)."""
    out: dict[str, GoldMention] = {}
    for mid, g in gold.mentions.items():
        found = locate(docs[g.post].text, g.start, g.end, g.digest)
        if found is None:
            raise EvalError(f"gold mention {mid} in {g.post}: span no longer found (digest {g.digest})")
        out[mid] = GoldMention(g.id, g.post, found[0], found[1], g.entity, g.type, g.also, g.digest)
    return out


def frog_analyser() -> Analyser:
    """Frog (full modules, as ``kroniek ingest`` runs it) then the CRF NER and the coref component
    (whose chains the linker reads), Frog cached per text."""
    from ..extract.coref import Coreference
    from ..extract.ner import CrfNer
    from ..pipeline import Pipeline
    from .quotes import cached
    from .quotes import frog_analyser as quotes_frog

    frog = cached(quotes_frog(), cache_path())
    ner = CrfNer()
    pipe = Pipeline([ner, Coreference()], given=("sentences", "tokens", "mentions"))

    def run(docs: list[Document]) -> list[Document]:
        return [pipe(d) for d in frog(docs)]

    return run


def best_match(g: GoldMention, mentions: list[Mention]) -> Mention | None:
    """The system mention overlapping a gold span most (exact span first)."""
    best, score = None, 0
    for m in mentions:
        overlap = min(m.end, g.end) - max(m.start, g.start)
        if overlap <= 0:
            continue
        s = overlap * 4 - abs(m.start - g.start) - abs(m.end - g.end)
        if best is None or s > score:
            best, score = m, s
    return best


def link(docs: list[Document]) -> tuple[dict[tuple[str, int, int], str], dict[str, str]]:
    """Entity id of every system mention, linked across all the posts at once, and each entity's type."""
    from ..link.entities import EntityLinker

    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    return linker.assignments(), {e.id: e.type for e in linker.entities()}


def evaluate(
    gold_path: str | Path = DEFAULT_GOLD, analyse: Analyser | None = None, posts: Posts | None = None
) -> dict[str, Any]:
    """Scores per split, and the pair and type outcomes behind them (for --errors on dev)."""
    gold = load_gold(gold_path)
    ids = sorted({p for s in gold.split.values() for p in s})
    raw = (posts or Posts()).load(ids)
    docs = [post_document(pid, raw[pid]) for pid in ids]
    docs = (analyse or frog_analyser())(docs)
    by_post = {pid: d for pid, d in zip(ids, docs, strict=True)}
    placed = place_mentions(gold, by_post)
    assign, etypes = link(docs)
    system: dict[str, tuple[Mention | None, str | None]] = {}
    for mid, g in placed.items():
        d = by_post[g.post]
        m = best_match(g, d.mentions)
        system[mid] = (m, assign.get((d.id, m.start, m.end)) if m else None)
    return score(gold, placed, system, by_post, etypes)


def score(
    gold: Gold,
    placed: dict[str, GoldMention],
    system: dict[str, tuple[Mention | None, str | None]],
    docs: dict[str, Document],
    etypes: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Pair and type scores per split. The type a reader sees is the entity's (the linker's
    majority and person evidence); the mention's own NER type is reported beside it."""
    etypes = etypes or {}

    def shown_type(mid: str) -> str | None:
        m, e = system[mid]
        if m is None:
            return None
        return etypes.get(e or "", m.type)

    out: dict[str, Any] = {}
    for split in gold.split:
        pairs = [
            p
            for p in gold.pairs
            if gold.split_of(placed[p.a].post) == split == gold.split_of(placed[p.b].post)
        ]
        same = [p for p in pairs if p.same]
        diff = [p for p in pairs if not p.same]

        def linked(p: GoldPair) -> bool:
            ea, eb = system[p.a][1], system[p.b][1]
            return ea is not None and ea == eb

        ments = [g for g in placed.values() if gold.split_of(g.post) == split]
        type_ok = [g for g in ments if shown_type(g.id) in (g.type, *g.also)]
        mention_type_ok = [
            g for g in ments if (m := system[g.id][0]) is not None and m.type in (g.type, *g.also)
        ]
        by_kind = Counter(p.kind for p in same)
        kind_ok = Counter(p.kind for p in same if linked(p))
        out[split] = {
            "same_pairs": len(same),
            "linked": sum(linked(p) for p in same),
            "linked_fraction": round(sum(linked(p) for p in same) / max(1, len(same)), 4),
            "different_pairs": len(diff),
            "wrong_merges": sum(linked(p) for p in diff),
            "mentions": len(ments),
            "mentions_found": sum(system[g.id][0] is not None for g in ments),
            "type_accuracy": round(len(type_ok) / max(1, len(ments)), 4),
            "mention_type_accuracy": round(len(mention_type_ok) / max(1, len(ments)), 4),
            "by_kind": {k: f"{kind_ok[k]}/{n}" for k, n in sorted(by_kind.items())},
            "_errors": _errors(same, diff, ments, system, placed, docs, linked, type_ok, shown_type),
        }
    return out


def _errors(
    same: list[GoldPair],
    diff: list[GoldPair],
    ments: list[GoldMention],
    system: dict[str, tuple[Mention | None, str | None]],
    placed: dict[str, GoldMention],
    docs: dict[str, Document],
    linked: Callable[[GoldPair], bool],
    type_ok: list[GoldMention],
    shown: Callable[[str], str | None],
) -> list[str]:
    def show(mid: str) -> str:
        g = placed[mid]
        m, e = system[mid]
        text = docs[g.post].text
        sys_txt = f"{text[m.start:m.end]!r}/{m.type}" if m else "no mention"
        return f"{g.entity}[{mid} {text[g.start:g.end]!r} -> {sys_txt} {e or '-'}]"

    rows = [f"unlinked {p.kind}/{p.scope}: {show(p.a)} ~ {show(p.b)}" for p in same if not linked(p)]
    rows += [f"WRONG MERGE: {show(p.a)} ~ {show(p.b)}" for p in diff if linked(p)]
    ok = {g.id for g in type_ok}
    rows += [f"type {g.type}: {show(g.id)} entity {shown(g.id)}" for g in ments if g.id not in ok]
    return rows


def format_report(res: dict[str, Any]) -> str:
    rows = [f"{'split':<6}{'same':>6}{'linked':>8}{'frac':>7}{'diff':>6}{'wrong':>7}{'ments':>7}{'found':>7}{'type':>7}{'m-type':>8}"]
    for split, r in res.items():
        rows.append(
            f"{split:<6}{r['same_pairs']:>6}{r['linked']:>8}{r['linked_fraction']:>7.3f}{r['different_pairs']:>6}"
            f"{r['wrong_merges']:>7}{r['mentions']:>7}{r['mentions_found']:>7}{r['type_accuracy']:>7.3f}"
            f"{r['mention_type_accuracy']:>8.3f}"
        )
        rows.append("      by kind: " + ", ".join(f"{k} {v}" for k, v in r["by_kind"].items()))
    return "\n".join(rows)


__all__ = ["DEFAULT_GOLD", "cache_path", "evaluate", "format_report", "load_gold"]
