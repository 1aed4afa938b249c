"""Entity-level NER evaluation on CoNLL-2002 files, and the ``kroniek eval ner`` command.

Scores follow conlleval: a predicted entity counts only if its type and both token boundaries match
a gold entity exactly; precision, recall and F1 are micro-averaged over entities, per type and overall.
The command runs Frog over the file's own tokens (lemma, POS, NER; no parser), then scores Frog's NER
and kroniek's CRF side by side, and prints the CRF's overall scores as a JSON last line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..bio import entities, split_tag
from ..errors import AnalysisError, EvalError, FrogUnavailable
from ..model import sha256_hex
from .cachefiles import write_atomic

if TYPE_CHECKING:
    from ..analyse.frog import FrogToken

TYPES = ("PER", "LOC", "ORG", "MISC")
# Frog modules for evaluation: keep CoNLL's tokens (t); no multi-word units, parser, morphology or
# chunker, which the CRF does not use. Must match the modules the packaged model was trained with.
FROG_SKIP = "tmpac"


@dataclass(frozen=True, slots=True)
class ConllToken:
    """One CoNLL row: the word, the corpus POS tag and the gold IOB tag."""

    word: str
    pos: str
    tag: str


def read_conll(path: str | Path) -> list[list[list[ConllToken]]]:
    """Read a CoNLL-2002 file as documents of sentences; ``-DOCSTART-`` lines start a new document."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError(f"{p}: cannot read CoNLL file ({e})") from e
    docs: list[list[list[ConllToken]]] = [[]]
    sent: list[ConllToken] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                docs[-1].append(sent)
                sent = []
            if docs[-1]:
                docs.append([])
            continue
        if len(parts) < 2:
            raise EvalError(f"{p}:{lineno}: expected 'token [POS] TAG', got {line!r}")
        tag = parts[-1]
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise EvalError(f"{p}:{lineno}: {tag!r} is not an IOB tag")
        sent.append(ConllToken(parts[0], parts[1] if len(parts) > 2 else "", tag))
    if sent:
        docs[-1].append(sent)
    docs = [d for d in docs if d]
    if not docs:
        raise EvalError(f"{p}: no sentences")
    return docs


def evaluate(gold_sentences: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict:
    """Entity-level exact-match precision/recall/F1 per type and overall (micro), conlleval style.

    Returns ``{"overall": {...}, "PER": {...}, ...}``; each value has precision, recall, f1 (0..1),
    and the counts gold, predicted, correct.
    """
    counts: dict[str, list[int]] = {}
    for n, (gold, pred) in enumerate(zip(gold_sentences, predicted, strict=True)):
        if len(gold) != len(pred):
            raise EvalError(f"sentence {n}: {len(gold)} gold tags but {len(pred)} predicted")
        g = entities(gold)
        p = entities(pred)
        for span in g:
            counts.setdefault(span[2], [0, 0, 0])[0] += 1
        for span in p:
            counts.setdefault(span[2], [0, 0, 0])[1] += 1
        for span in g & p:
            counts[span[2]][2] += 1
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    out = {"overall": _prf(*total)}
    for typ in sorted(counts, key=lambda t: (TYPES.index(t) if t in TYPES else 99, t)):
        out[typ] = _prf(*counts[typ])
    return out


def _prf(gold: int, pred: int, correct: int) -> dict:
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "gold": gold,
        "predicted": pred,
        "correct": correct,
    }


def frog_to_conll(tag: str) -> str:
    """Map Frog's NER tag onto CoNLL's four types: pro/eve/misc become MISC."""
    prefix, typ = split_tag(tag)
    if prefix == "O":
        return "O"
    typ = typ.upper()
    return f"{prefix}-{typ if typ in ('PER', 'LOC', 'ORG') else 'MISC'}"


def format_table(name: str, scores: dict) -> str:
    """A small fixed-width table of per-type and overall scores (percentages)."""
    rows = [f"{name}", f"  {'type':<8}{'prec':>8}{'rec':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for typ, s in [(t, scores[t]) for t in scores if t != "overall"] + [
        ("overall", scores["overall"])
    ]:
        rows.append(
            f"  {typ:<8}{100 * s['precision']:8.2f}{100 * s['recall']:8.2f}{100 * s['f1']:8.2f}"
            f"{s['gold']:7d}{s['predicted']:7d}"
        )
    return "\n".join(rows)


@dataclass(frozen=True, slots=True)
class FrogWord:
    """The Frog layers the CRF needs for one token."""

    word: str
    lemma: str
    pos: str
    ner: str


def frog_cli(
    sentences: Sequence[Sequence[str]], frog_bin: str = "frog", skip: str = FROG_SKIP
) -> list[list[FrogWord]]:
    """Run the Frog CLI once over pre-tokenised sentences (one per line, tokens kept) and parse its JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.txt"
        src.write_text("\n".join(" ".join(s) for s in sentences) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.json"
        try:
            subprocess.run(
                [frog_bin, f"--skip={skip}", "-n", "-t", str(src), "--JSONout=0", "-o", str(out)],
                check=True,
                cwd=tmp,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except (OSError, subprocess.CalledProcessError) as e:
            raise FrogUnavailable(f"cannot run {frog_bin}: {e}") from e
        lines = [x for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
    result = []
    for line in lines:
        toks = json.loads(line)
        result.append(
            [
                FrogWord(
                    t["word"],
                    t.get("lemma", t["word"]),
                    t.get("pos", {}).get("tag", ""),
                    t.get("ner", {}).get("tag", "O"),
                )
                for t in toks
            ]
        )
    if len(result) != len(sentences) or any(
        [t.word for t in r] != list(s) for r, s in zip(result, sentences, strict=False)
    ):
        raise AnalysisError("Frog did not keep the given sentences and tokens")
    return result


def frog_cache() -> Path:
    """Where Frog's analyses of CoNLL documents are kept: ``eval-ner-frog`` in kroniek's cache
    folder (``$KRONIEK_CACHE`` or ``~/.cache/kroniek``), one file per document, named by a hash of
    its sentences and the Frog modules skipped. A cold machine runs Frog once per document."""
    from ..settings import cache_dir

    return cache_dir() / "eval-ner-frog"


def _cache_file(folder: Path, sentences: list[list[str]], skip: str) -> Path:
    return folder / f"{sha256_hex(skip + chr(10) + chr(10).join(' '.join(s) for s in sentences))[:24]}.json"


def _read_cached(path: Path, sentences: list[list[str]]) -> list[list[FrogToken]] | None:
    """A document's cached analysis, or None when it is missing, unreadable or not of exactly
    these sentences and tokens (a cache file is then made again)."""
    from ..analyse.frog import FrogToken

    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        got = [[FrogToken.from_row(r) for r in s] for s in rows]
    except (OSError, ValueError, TypeError):
        return None
    if [[t.word for t in s] for s in got] != sentences:
        return None
    return got


def _write_cached(path: Path, analysed: list[list[FrogToken]]) -> None:
    # Every field as Frog gave it (``to_row`` would round the tag confidence).
    write_atomic(path, json.dumps([[list(astuple(t)) for t in s] for s in analysed], ensure_ascii=False))


def run_frog(docs: list[list[list[ConllToken]]], echo=None, cache: Path | None = None) -> list[list[list]]:
    """Frog tokens for every sentence of every document, from kroniek's Frog server (``FROG_SKIP``),
    read from the cache (``frog_cache``, or ``cache``) where a document was analysed before; Frog
    starts only when a document is missing."""
    from ..analyse.frog import FrogServer
    from ..settings import Settings

    folder = frog_cache() if cache is None else cache
    sentences = [[[t.word for t in s] for s in d] for d in docs]
    paths = [_cache_file(folder, doc, FROG_SKIP) for doc in sentences]
    out = [_read_cached(p, doc) for p, doc in zip(paths, sentences, strict=True)]
    todo = [k for k, got in enumerate(out) if got is None]
    if not todo:
        return out  # type: ignore[return-value]
    # Only the pretokenised server is needed; FrogServer starts it on the first request.
    server = FrogServer(Settings(), skip=FROG_SKIP)
    try:
        for n, k in enumerate(todo):
            out[k] = server.analyse_pretokenised(sentences[k])
            _write_cached(paths[k], out[k])  # type: ignore[arg-type]
            if echo and (n + 1) % 20 == 0:
                echo(f"frog: {n + 1}/{len(todo)} documents not cached yet")
        return out  # type: ignore[return-value]
    finally:
        server.close()


def score_file(
    path: str | Path, limit: int | None = None, frog_only: bool = False, echo=None
) -> dict:
    """Run Frog (and the CRF unless ``frog_only``) over a CoNLL file; return both scores."""
    from ..extract.ner import CrfNer

    docs = read_conll(path)
    if limit is not None:
        docs = docs[:limit]
    frogged = run_frog(docs, echo)
    gold = [[t.tag for t in s] for d in docs for s in d]
    frog_tags = [[frog_to_conll(t.ner) for t in s] for d in frogged for s in d]
    result = {"documents": len(docs), "sentences": len(gold), "frog": evaluate(gold, frog_tags)}
    if not frog_only:
        ner = CrfNer()
        crf_tags = [tags for d in frogged for tags in ner.tag(d)]
        result["crf"] = evaluate(gold, crf_tags)
    return result


@click.command("ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--frog-only", is_flag=True, help="Score Frog's own NER only.")
@click.option("--limit", type=int, default=None, help="Only the first N documents (articles).")
def command(file: str, frog_only: bool, limit: int | None) -> None:
    """Score NER on a CoNLL-2002 file: Frog's NER and kroniek's CRF, entity-level P/R/F1."""
    try:
        res = score_file(
            file, limit=limit, frog_only=frog_only, echo=lambda m: click.echo(m, err=True)
        )
    except EvalError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{file}: {res['documents']} documents, {res['sentences']} sentences")
    click.echo(format_table("Frog NER (pro/eve/misc -> MISC)", res["frog"]))
    main = res["frog"]
    if "crf" in res:
        click.echo(format_table("kroniek CRF (ner)", res["crf"]))
        main = res["crf"]
    o = main["overall"]
    sys.stdout.flush()
    click.echo(
        json.dumps(
            {
                "precision": round(o["precision"], 4),
                "recall": round(o["recall"], 4),
                "f1": round(o["f1"], 4),
            }
        )
    )
