"""Quotation evaluation against the hand-annotated gold set, and the ``kroniek eval quotes`` command.

A predicted quote *finds* a gold quote when their word sets overlap substantially: the shared
words are at least half of the gold quote's words and at least half of the predicted quote's
words (one-to-one, best overlap first). *Exact* means the same words. Detection precision,
recall and F1 ignore the direct/reported flag; the per-kind rows require it to agree.
Speaker accuracy is over found quotes whose gold speaker name is known: the predicted speaker
words must share a content word with the gold name ("Bijleveld" matches "Ank Bijleveld"; a gold
name may list alternatives, "politiewoordvoerder / spreekbuis van de politie"). *Strict* speaker
accuracy is over every found quote: a gold quote without a speaker is right only when none is
predicted, and a speaker guessed where the gold has none is an error.

Two gold sets: ``eval/quotes/gold.jsonl`` (texts included) and ``eval/quotes/leestmeer.jsonl``
(real 2019 news posts, stored as post ids, offsets and digests; the text is read from the shared
archive at evaluation time, see :mod:`kroniek.evaluation.leestmeer`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError
from ..model import Document, Quote, sha256_hex
from .cachefiles import eval_cache, locked
from .gold import read_jsonl

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "eval" / "quotes" / "gold.jsonl"
LEESTMEER_GOLD = DEFAULT_GOLD.parent / "leestmeer.jsonl"
GOLD_SETS = {"quotes": DEFAULT_GOLD, "leestmeer": LEESTMEER_GOLD}
_WORD = re.compile(r"\w+", re.UNICODE)
Analyser = Callable[..., list[Document]]  # (docs, on_done=None) -> annotated docs
# words that never identify a speaker on their own
_NAME_STOP = frozenset(
    ["de", "het", "een", "van", "der", "den", "ter", "ten", "la", "le", "von", "d"]
)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated quote: its words, kind and speaker."""

    start: int
    end: int
    direct: bool
    speaker_start: int | None
    speaker_end: int | None
    speaker_name: str | None


@dataclass(slots=True)
class GoldDoc:
    id: str
    split: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)


def load_gold(path: str | Path = DEFAULT_GOLD) -> list[GoldDoc]:
    """Read a gold JSONL (one document per line with its quotes); a file whose rows carry no
    text (the leestmeer gold) gets each post's cleaned text from the shared archive."""
    rows = read_jsonl(path, dict)
    if rows and "text" not in rows[0]:
        return _leestmeer_docs(Path(path), rows)
    try:
        return [_gold_doc(r) for r in rows]
    except (KeyError, TypeError, ValueError) as e:
        raise EvalError(f"{path}: malformed gold record ({e})") from e


def _leestmeer_docs(path: Path, rows: list[dict[str, Any]]) -> list[GoldDoc]:
    """Gold docs over leestmeer posts: spans found again by their digests (see ``locate``)."""
    from .leestmeer import Posts, locate, post_document

    raws = Posts().load(r["id"] for r in rows)
    docs = []
    for r in rows:
        text = post_document(r["id"], raws[r["id"]]).text
        quotes = []
        for q in r["quotes"]:
            span = locate(text, q["start"], q["end"], q["digest"])
            if span is None:
                raise EvalError(f"{path}: {r['id']}: quote at {q['start']} no longer in the text")
            ss, se = q.get("speaker_start"), q.get("speaker_end")
            if ss is not None and q.get("speaker_digest"):
                sp = locate(text, ss, se, q["speaker_digest"])
                ss, se = sp if sp is not None else (None, None)
            quotes.append(GoldQuote(*span, bool(q["direct"]), ss, se, q.get("speaker_name")))
        docs.append(GoldDoc(r["id"], r["split"], text, quotes))
    return docs


def _gold_doc(row: dict[str, Any]) -> GoldDoc:
    quotes = [
        GoldQuote(
            q["start"],
            q["end"],
            bool(q["direct"]),
            q.get("speaker_start"),
            q.get("speaker_end"),
            q.get("speaker_name"),
        )
        for q in row["quotes"]
    ]
    return GoldDoc(row["id"], row.get("split", "test"), row["text"], quotes)


def _words(text: str, start: int, end: int) -> frozenset[int]:
    """Start offsets of the words inside [start, end)."""
    return frozenset(m.start() for m in _WORD.finditer(text, start, end))


def _name_words(s: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(s) if w.lower() not in _NAME_STOP and len(w) > 1}


def speaker_matches(text: str, pred: Quote, gold: GoldQuote) -> bool:
    """Whether a predicted speaker names the gold speaker (a content word shared with the gold
    name or one of its " / " alternatives; a name without content words, "E!", must be equal)."""
    if pred.speaker_start is None or pred.speaker_end is None or not gold.speaker_name:
        return False
    said = text[pred.speaker_start : pred.speaker_end]
    for name in gold.speaker_name.split(" / "):
        want = _name_words(name)
        if (want & _name_words(said)) or (not want and _bare(said) == _bare(name)):
            return True
    return False


def _bare(s: str) -> str:
    return "".join(ch for ch in s.lower() if ch.isalnum())


def speaker_right(text: str, pred: Quote, gold: GoldQuote) -> bool:
    """The strict rule: the gold speaker when there is one, no speaker when the gold has none."""
    if not gold.speaker_name:
        return pred.speaker_start is None
    return speaker_matches(text, pred, gold)


def attribution_words(text: str, gold: GoldQuote, pred: Quote) -> frozenset[int]:
    """The words of a reported gold quote that are its "volgens X" attribution when the
    prediction names them as its cue and speaker instead of quoting them: the gold words before
    the predicted quote ("Volgens de politie, die ter plaatse was, | is de dader …") or after
    it ("… | , volgens De Hoon.") that hold "volgens" and the predicted speaker words (or any
    speaker when the prediction's cue is "volgens": "hem" resolved to a name before). The gold
    convention labels the whole "volgens" sentence; the extractor reports "volgens X" as the
    speaker; a reader gets the same words and the same source either way."""
    if gold.direct or pred.direct:
        return frozenset()
    # the prediction's own frame is "volgens X" (a pronoun "hem" may be resolved elsewhere)
    by_volgens = (pred.cue or "").lower() == "volgens"
    sp_s, sp_e = -1, -1
    if pred.speaker_start is not None and pred.speaker_end is not None:
        sp_s, sp_e = pred.speaker_start, pred.speaker_end
    if gold.start < pred.start <= gold.end and (by_volgens or gold.start <= sp_s < sp_e <= pred.start):
        part = (gold.start, pred.start)
    elif gold.start <= pred.end < gold.end and (by_volgens or pred.end <= sp_s < sp_e <= gold.end):
        part = (pred.end, gold.end)
    else:
        return frozenset()
    if not any(m.group().lower() == "volgens" for m in _WORD.finditer(text, *part)):
        return frozenset()
    return _words(text, *part)


def _gold_words(text: str, gold: GoldQuote, pred: Quote, set_aside: bool) -> frozenset[int]:
    """The gold words a prediction is compared with (without its attribution words)."""
    words = _words(text, gold.start, gold.end)
    return words - attribution_words(text, gold, pred) if set_aside else words


def match(
    text: str, gold: Sequence[GoldQuote], pred: Sequence[Quote], set_aside: bool = True
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs that overlap substantially, best first;
    ``set_aside`` leaves a gold quote's "volgens X" words out when the prediction names them
    as its speaker (``attribution_words``; False: the scorer before session 12)."""
    pw = [_words(text, p.start, p.end) for p in pred]
    cands = []
    for i, gq in enumerate(gold):
        for j, p in enumerate(pw):
            g = _gold_words(text, gq, pred[j], set_aside)
            inter = len(g & p)
            if g and p and inter * 2 >= len(g) and inter * 2 >= len(p):
                cands.append((inter / len(g | p), i, j))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return pairs


def _prf(n_gold: int, n_pred: int, correct: int) -> dict[str, float | int]:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": n_gold,
        "pred": n_pred,
        "correct": correct,
        "precision": p,
        "recall": r,
        "f1": f,
    }


def score(
    docs: Iterable[GoldDoc], predictions: Iterable[Sequence[Quote]], set_aside: bool = True
) -> dict[str, Any]:
    """Detection P/R/F1 (overlap and exact), per kind, and speaker accuracy (``set_aside``: see
    ``match``)."""
    n_gold = n_pred = found = exact = 0
    kind = {k: [0, 0, 0] for k in ("direct", "reported")}  # gold, pred, correct (same kind)
    sp_known = sp_ok = 0
    sp_pos_known = sp_pos_ok = 0
    strict_ok = strict_n = 0
    for doc, pred in zip(docs, predictions, strict=True):
        text = doc.text
        n_gold += len(doc.quotes)
        n_pred += len(pred)
        for q in doc.quotes:
            kind["direct" if q.direct else "reported"][0] += 1
        for pq in pred:
            kind["direct" if pq.direct else "reported"][1] += 1
        for i, j in match(text, doc.quotes, pred, set_aside):
            g, p = doc.quotes[i], pred[j]
            found += 1
            if _gold_words(text, g, p, set_aside) == _words(text, p.start, p.end):
                exact += 1
            if g.direct == p.direct:
                kind["direct" if g.direct else "reported"][2] += 1
            strict_n += 1
            strict_ok += speaker_right(text, p, g)
            if g.speaker_name:
                sp_known += 1
                sp_ok += speaker_matches(text, p, g)
            if g.speaker_start is not None and g.speaker_end is not None:
                sp_pos_known += 1
                if p.speaker_start is not None and p.speaker_end is not None:
                    sp_pos_ok += (
                        max(
                            0,
                            min(g.speaker_end, p.speaker_end)
                            - max(g.speaker_start, p.speaker_start),
                        )
                        > 0
                    )
    return {
        "overlap": _prf(n_gold, n_pred, found),
        "exact": _prf(n_gold, n_pred, exact),
        "direct": _prf(*kind["direct"]),
        "reported": _prf(*kind["reported"]),
        "speaker": {
            "known": sp_known,
            "correct": sp_ok,
            "accuracy": sp_ok / sp_known if sp_known else 0.0,
        },
        "speaker_strict": {
            "known": strict_n,
            "correct": strict_ok,
            "accuracy": strict_ok / strict_n if strict_n else 0.0,
        },
        "speaker_span": {
            "known": sp_pos_known,
            "correct": sp_pos_ok,
            "accuracy": sp_pos_ok / sp_pos_known if sp_pos_known else 0.0,
        },
    }


def gold_document(g: GoldDoc) -> Document:
    """A bare Document for one gold text (no analysis layers)."""
    return Document(id=g.id, text=g.text, source=f"eval/quotes:{g.id}")


def predict(docs: Sequence[GoldDoc], analyse: Analyser | None = None) -> list[list[Quote]]:
    """Run the quote extractor over the gold texts, after ``analyse`` (e.g. Frog) if given."""
    from ..extract.quotes import find_quotes

    ds = [gold_document(g) for g in docs]
    if analyse is not None:
        ds = analyse(ds)
    return [find_quotes(d) for d in ds]


# eval/quotes/cache/frog.jsonl where a checkout has it, else eval-quotes-frog.jsonl in kroniek's
# cache folder (``cachefiles.eval_cache``).
DEFAULT_CACHE = eval_cache("eval-quotes-frog.jsonl", DEFAULT_GOLD.parent / "cache" / "frog.jsonl")


def _read_cache(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:  # a line cut short by a killed run: analysed again
            continue
        out[row["key"]] = row["doc"]
    return out


def _ends_cut_short(path: Path) -> bool:
    """Whether the cache's last line lacks its newline (a killed run): appending must start a line."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as f:
        f.seek(-1, 2)
        return f.read(1) != b"\n"


def cached(analyse: Analyser, path: Path) -> Analyser:
    """Wrap an analysis step with a JSONL cache keyed by document text (Frog is slow; reruns are not).

    The cache is read and filled under a lock (``<path>.lock``): a second process (a parallel test
    worker) that needs the same documents waits, then reads them instead of running Frog again,
    and no two processes append lines into each other."""

    def run(
        docs: list[Document], on_done: Callable[[Document], None] | None = None
    ) -> list[Document]:
        keys = [sha256_hex(d.text) for d in docs]
        with locked(path.with_name(path.name + ".lock")):
            cache = _read_cache(path)
            _fill(cache, [d for d, k in zip(docs, keys, strict=True) if k not in cache])
        return [Document.from_dict(cache[k]) for k in keys]

    def _fill(cache: dict[str, dict[str, Any]], todo: list[Document]) -> None:
        if not todo:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        cut = _ends_cut_short(path)
        with path.open("a", encoding="utf-8") as f:
            if cut:
                f.write("\n")

            def keep(
                done: Document,
            ) -> None:  # written as it goes: an interrupted run keeps its work
                key = sha256_hex(done.text)
                cache[key] = done.to_dict()
                f.write(json.dumps({"key": key, "doc": cache[key]}, ensure_ascii=False) + "\n")
                f.flush()

            analyse(todo, keep)

    return run


def frog_analyser() -> Analyser:
    """A Frog analysis step (tokens, parse, NER) for the gold texts, as kroniek ingest runs it."""
    from ..analyse.annotator import FrogAnnotator
    from ..analyse.frog import FrogServer
    from ..settings import Settings

    def run(
        docs: list[Document], on_done: Callable[[Document], None] | None = None
    ) -> list[Document]:
        server = FrogServer(Settings(), skip="")  # full modules: the parser is wanted
        try:
            annotate = FrogAnnotator(server)
            out = []
            for d in docs:
                done = annotate(d)
                out.append(done)
                if on_done is not None:
                    on_done(done)
            return out
        except Exception as e:  # FrogUnavailable, AnalysisError: report, do not crash the command
            raise EvalError(
                f"Frog analysis failed ({type(e).__name__}: {e}); rerun with --no-frog"
            ) from e
        finally:
            server.close()

    return run


def format_table(title: str, res: dict[str, Any]) -> str:
    rows = [title, f"{'':13} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    lines = [(k, res[k]) for k in ("overlap", "exact", "direct", "reported")]
    # the same predictions scored without setting "volgens X" aside (the scorer before session 12)
    lines += [(f"{k} (old)", res["old_scorer"][k]) for k in ("overlap", "exact") if "old_scorer" in res]
    for k, r in lines:
        rows.append(
            f"{k:13} {r['gold']:5d} {r['pred']:5d} {r['correct']:5d} "
            f"{r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}"
        )
    s, st, sp = res["speaker"], res["speaker_strict"], res["speaker_span"]
    rows.append(
        f"speaker accuracy (found quotes, gold name known): {s['correct']}/{s['known']} = {s['accuracy']:.3f}"
    )
    rows.append(
        f"strict speaker accuracy (every found quote; a guess where gold has none is wrong): "
        f"{st['correct']}/{st['known']} = {st['accuracy']:.3f}"
    )
    rows.append(
        f"speaker span overlap (found quotes with gold speaker words): "
        f"{sp['correct']}/{sp['known']} = {sp['accuracy']:.3f}"
    )
    return "\n".join(rows)


def evaluate(
    path: str | Path = DEFAULT_GOLD,
    split: str = "test",
    use_frog: bool = False,
    cache: Path | None = DEFAULT_CACHE,
    crf: bool = False,
) -> dict[str, Any]:
    """Score the extractor on one split ("dev", "test" or "all") of the gold set; ``crf`` (with
    Frog) runs the CRF NER and the coref component after Frog, as ``kroniek ingest`` does."""
    docs = [d for d in load_gold(path) if split == "all" or d.split == split]
    if not docs:
        raise EvalError(f"{path}: no documents in split {split!r}")
    analyse = None
    if use_frog:
        analyse = frog_analyser()
        if cache is not None:
            analyse = cached(analyse, cache)
        if crf:
            analyse = _then_ingest_ner(analyse)
    preds = predict(docs, analyse)
    res = score(docs, preds)
    # the same predictions under the scorer before session 12 (no "volgens X" set aside)
    res["old_scorer"] = {k: v for k, v in score(docs, preds, set_aside=False).items() if k in ("overlap", "exact")}
    res["documents"] = len(docs)
    res["split"] = split
    res["frog"] = use_frog
    return res


def _then_ingest_ner(analyse: Analyser) -> Analyser:
    """Frog's analysis followed by the CRF NER and the coref component (the ingest pipeline)."""
    from ..extract.coref import Coreference
    from ..extract.ner import CrfNer
    from ..pipeline import Pipeline

    pipe = Pipeline([CrfNer(), Coreference()], given=("sentences", "tokens", "mentions"))

    def run(
        docs: list[Document], on_done: Callable[[Document], None] | None = None
    ) -> list[Document]:
        return [pipe(d) for d in analyse(docs, on_done)]

    return run


@click.command("quotes")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--gold",
    "gold_set",
    type=click.Choice(sorted(GOLD_SETS)),
    default="quotes",
    show_default=True,
    help="Which gold set: 'quotes' (eval/quotes/gold.jsonl) or 'leestmeer' (real 2019 news "
    "posts, read from the shared archive; KRONIEK_LEESTMEER_DIR may name an unpacked copy).",
)
@click.option(
    "--split", type=click.Choice(["dev", "test", "all"]), default="test", show_default=True
)
@click.option(
    "--frog/--no-frog",
    default=False,
    show_default=True,
    help="Analyse the gold texts with Frog (tokens, parse, NER) before extraction.",
)
@click.option(
    "--crf",
    is_flag=True,
    help="With --frog: run the CRF NER and the coref component after Frog, as kroniek ingest "
    "does (Frog's own NER otherwise).",
)
@click.option(
    "--frog-cache",
    type=click.Path(dir_okay=False),
    default=str(DEFAULT_CACHE),
    show_default=True,
    help="JSONL cache of Frog's analysis per text; '' to disable.",
)
def command(
    gold: str | None, gold_set: str, split: str, frog: bool, crf: bool, frog_cache: str
) -> None:
    """Score quote and speaker extraction against a hand-annotated gold set."""
    path = gold or GOLD_SETS[gold_set]
    if crf and not frog:
        raise click.UsageError("--crf needs --frog (the CRF tags Frog's tokens)")
    try:
        res = evaluate(path, split, frog, Path(frog_cache) if frog_cache else None, crf)
    except EvalError as e:
        raise click.ClickException(str(e)) from e
    mode = ("with Frog, CRF NER and coref" if crf else "with Frog") if frog else "surface only (no Frog)"
    click.echo(format_table(f"{path}: split {split}, {res['documents']} documents, {mode}", res))
    o = res["overlap"]
    click.echo(
        json.dumps(
            {
                "gold": Path(path).stem,
                "split": split,
                "frog": frog,
                "ner": ("crf" if crf else "frog") if frog else None,
                "precision": round(o["precision"], 4),
                "recall": round(o["recall"], 4),
                "f1": round(o["f1"], 4),
                "exact_f1": round(res["exact"]["f1"], 4),
                "direct_f1": round(res["direct"]["f1"], 4),
                "reported_f1": round(res["reported"]["f1"], 4),
                "speaker_accuracy": round(res["speaker"]["accuracy"], 4),
                "speaker_accuracy_strict": round(res["speaker_strict"]["accuracy"], 4),
                "gold_quotes": o["gold"],
            }
        )
    )
