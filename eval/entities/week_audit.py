"""The entities of a real week as a demanding reader sees them: the most-mentioned, and what is wrong.

Reads a store made by ``eval/labels/week.py`` (any store will do), ranks its entities by how many
mentions they have and, for the ``--top`` most-mentioned (150 unless told), counts what the store
alone can show a reader objects to:

- ``fragment``: a name that is no name -- one lower-case word, an article or function word, a
  title or role word alone ("De", "Minister");
- ``media_not_org``: a newspaper or broadcaster (``data/nl_media.tsv``) typed other than ORG;
- ``split_surname``: a one-word PER entity whose word is the last word of a PER entity of several
  words (particles read as the name does: "van der Berg" ends in "Berg") that a document names
  both; the surname was not linked to the full name in that story;
- ``split_initials``: a PER entity written with initials ("M. Rutte") beside a full name with the
  same surname and a first name of that initial in a document both appear in;
- ``split_form``: two entities of the ranked list that differ only in case, a particle or a
  hyphen ("Van der Berg" / "van der Berg", "Rutte-III" / "Rutte III");
- ``byline``: an entity whose every mention lies in the first or last 80 characters of its
  documents and in no sentence of more than four words (a byline, a photo credit, a header).

Wrong types beyond the media list and wrong merges need reading: ``--list`` prints the ranked
entities (name, type, mentions, documents and the distinct forms written), which are words of the
posts: read them, never store that output in the repository. Run::

    export KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08
    python3 eval/labels/week.py --week 31 --db /tmp/week31.db
    python3 eval/entities/week_audit.py --db /tmp/week31.db [--top 150] [--list] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.model import Document, Entity  # noqa: E402
from kroniek.store import open_store  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "kroniek" / "data"
PARTICLES = frozenset(["van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le", "du", "da", "di", "von", "'t"])
FUNCTION_WORDS = frozenset(["de", "het", "een", "en", "of", "in", "op", "van", "met", "voor", "dat", "die", "dit", "deze", "er", "ook", "maar", "als"])
TITLE_WORDS = frozenset(["minister", "premier", "president", "staatssecretaris", "burgemeester", "kamerlid", "koning",
                         "koningin", "prins", "prinses", "meneer", "mevrouw", "dokter", "professor", "trainer", "coach",
                         "wethouder", "kamerbrief", "bijlage", "aanleiding", "samenvatting", "inleiding"])
EDGE = 80


def media_names() -> set[str]:
    """Newspapers and broadcasters the project knows, lower-cased."""
    names: set[str] = set()
    for line in (DATA / "nl_media.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.add(line.split("\t")[0].strip().lower())
    return names


def forms(ent: Entity, docs: dict[str, Document]) -> Counter[str]:
    """The distinct strings the entity's mentions write, with how often."""
    out: Counter[str] = Counter()
    for doc_id, start, end in ent.mentions:
        doc = docs.get(doc_id)
        if doc is not None:
            out[doc.text[start:end]] += 1
    return out


def name_words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.strip()) if w]


def surname(name: str) -> str:
    """The last name word, lower-cased (particles belong to the surname, the key is its last word)."""
    words = name_words(name)
    return words[-1].lower() if words else ""


def is_fragment(name: str) -> bool:
    words = name_words(name)
    if not words:
        return True
    if len(words) == 1:
        w = words[0]
        return w.islower() or w.lower() in FUNCTION_WORDS or w.lower() in TITLE_WORDS or len(w) == 1
    return all(w.lower() in FUNCTION_WORDS | TITLE_WORDS for w in words)


def key_form(name: str) -> str:
    """A name with case, hyphens and particles gone: two entities with one key are one name written twice."""
    words = re.split(r"[\s\-‐]+", name.lower())
    return " ".join(w for w in words if w and w not in PARTICLES)


def initial_match(short: str, full: str) -> bool:
    """``short`` ("M. Rutte", "M.J. Rutte") writes ``full`` ("Mark Rutte") with initials."""
    sw, fw = name_words(short), name_words(full)
    if len(sw) < 2 or len(fw) < 2 or not re.fullmatch(r"(?:[A-Z]\.)+", sw[0]):
        return False
    if surname(short) != surname(full) or re.fullmatch(r"(?:[A-Z]\.)+", fw[0]):
        return False
    return fw[0][0] == sw[0][0]


def in_byline(ent: Entity, docs: dict[str, Document]) -> bool:
    """Every mention at a document's edge, in a line of at most four words."""
    if not ent.mentions:
        return False
    for doc_id, start, end in ent.mentions:
        doc = docs.get(doc_id)
        if doc is None:
            return False
        if start >= EDGE and end <= len(doc.text) - EDGE:
            return False
        line_start = doc.text.rfind("\n", 0, start) + 1
        line_end = doc.text.find("\n", end)
        line = doc.text[line_start: line_end if line_end >= 0 else len(doc.text)]
        if len(line.split()) > 4:
            return False
    return True


def audit(entities: list[Entity], docs: dict[str, Document], top: int) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Counts and items of each kind among the ``top`` most-mentioned entities."""
    ranked = sorted(entities, key=lambda e: (-len(e.mentions), e.name, e.id))[:top]
    counts: dict[str, int] = defaultdict(int)
    items: dict[str, list[str]] = defaultdict(list)

    def add(kind: str, item: str) -> None:
        counts[kind] += 1
        items[kind].append(item)

    media = media_names()
    docs_of = {e.id: {m[0] for m in e.mentions} for e in entities}
    people = [e for e in entities if e.type == "PER" and len(name_words(e.name)) >= 2]
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for ent in ranked:
        by_key[key_form(ent.name)].append(ent)
    for ent in ranked:
        label = f"{ent.name} [{ent.type}] {len(ent.mentions)}"
        if is_fragment(ent.name):
            add("fragment", label)
        if ent.name.lower() in media and ent.type != "ORG":
            add("media_not_org", label)
        words = name_words(ent.name)
        if ent.type == "PER" and len(words) == 1:
            fulls = [p for p in people if surname(p.name) == words[0].lower() and docs_of[p.id] & docs_of[ent.id]]
            if fulls:
                add("split_surname", f"{label} / {fulls[0].name}")
        if ent.type == "PER" and len(words) >= 2 and re.fullmatch(r"(?:[A-Z]\.)+", words[0]):
            fulls = [p for p in people if initial_match(ent.name, p.name) and docs_of[p.id] & docs_of[ent.id]]
            if fulls:
                add("split_initials", f"{label} / {fulls[0].name}")
        if in_byline(ent, docs):
            add("byline", label)
    for group in by_key.values():
        if len(group) > 1:
            add("split_form", " / ".join(f"{e.name} [{e.type}]" for e in group))
    counts["ranked"] = len(ranked)
    counts["entities"] = len(entities)
    for t, n in Counter(e.type for e in ranked).items():
        counts[f"type_{t}"] = n
    return counts, items


def listing(entities: list[Entity], docs: dict[str, Document], top: int) -> list[str]:
    """The ranked entities, one a line: rank, type, mentions, documents, name, the forms written."""
    ranked = sorted(entities, key=lambda e: (-len(e.mentions), e.name, e.id))[:top]
    out = []
    for i, ent in enumerate(ranked, 1):
        written = ", ".join(f"{s}×{n}" if n > 1 else s for s, n in forms(ent, docs).most_common(6))
        n_docs = len({m[0] for m in ent.mentions})
        out.append(f"{i:3d} {ent.type:4s} {len(ent.mentions):3d}m {n_docs:3d}d  {ent.name}  | {written}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--list", action="store_true", help="print the ranked entities and each kind's items")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    store = open_store(args.db)
    try:
        docs = {d.id: d for d in store.iter_documents()}
        entities = store.entities()
    finally:
        store.close()
    counts, items = audit(entities, docs, args.top)
    if args.json:
        print(json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
    else:
        for k, v in sorted(counts.items()):
            print(f"{k}\t{v}")
    if args.list:
        print("## ranked")
        for line in listing(entities, docs, args.top):
            print(line)
        for kind, its in sorted(items.items()):
            print(f"## {kind}")
            for it in its:
                print("  " + it)
    return 0


if __name__ == "__main__":
    sys.exit(main())
