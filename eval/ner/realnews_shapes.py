"""NER spans of suspicious shape on real news, listed for a person to read (development data, no gold).

Reads analysed leestmeer posts pickled by ``eval/entities/realnews_diff.py analyse`` (real Frog
output replayed), re-runs the CRF NER and ``ner_tidy`` of the code on ``PYTHONPATH`` over them,
skips the posts of the entity gold's test split, and prints, per post, the mentions of these shapes:

- ``competition``: a PER or LOC whose last word names a competition ("... League", "... Cup");
- ``left-out``: a mention right after a capitalised word that is neither in it nor a mention of its
  own, inside the same line (a first name the span dropped: "Ed" before "Sheeran");
- ``heading``: a mention that is a whole line of one or two words;
- ``text-start``: a mention whose sentence starts the text one word before it.

    PYTHONPATH=. python3 eval/ner/realnews_shapes.py --docs /tmp/rn/docs.pkl --n 40

The output quotes the copyrighted posts: it goes to the terminal or /tmp, never into the repository.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
from collections import Counter
from pathlib import Path

_COMPETITION = re.compile(
    r"(?:League|Cup|Open|Tour|Prix|Eredivisie|Divisie|Liga|Championship|Trophy|Series|Classic|Games|"
    r"Spelen|Bokaal|Beker)\b"
)
_GOLD = Path(__file__).resolve().parents[1] / "entities" / "leestmeer.json"


def _not_a_word(word: str) -> bool:
    """A capitalised word that is no Dutch common word and no role: a name part ("Ed", not "De")."""
    from kroniek.extract.ner_tidy import _is_role
    from kroniek.ingest.hyphen import load_wordlist

    return word.lower() not in load_wordlist().exact and not _is_role(word)


def _shapes(text: str, m, mentions) -> list[str]:  # type: ignore[no-untyped-def]
    surface = text[m.start : m.end]
    out = []
    if m.type in ("PER", "LOC") and any(_COMPETITION.match(w) for w in surface.split()):
        out.append("competition")
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start : (line_end if line_end >= 0 else len(text))].strip()
    if line == surface.strip() and len(surface.split()) <= 2:
        out.append("heading")
    before = text[line_start : m.start]
    prev = re.search(r"([A-Z][\w'-]+) $", before)
    if prev and _not_a_word(prev.group(1)) and not any(o.start <= m.start - len(prev.group(0)) < o.end for o in mentions if o is not m):
        out.append("left-out")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", required=True, help="pickle of analysed Documents (realnews_diff.py analyse)")
    ap.add_argument("--n", type=int, default=40, help="how many posts to read")
    ap.add_argument("--skip", type=int, default=0, help="posts to pass over first")
    args = ap.parse_args()
    from kroniek.extract.ner import CrfNer

    test = set(json.loads(_GOLD.read_text())["split"]["test"])
    docs = [d for d in pickle.loads(Path(args.docs).read_bytes()) if d.source.split(":", 1)[-1] not in test]
    docs = docs[args.skip : args.skip + args.n]
    ner = CrfNer()
    counts: Counter[str] = Counter()
    total = 0
    for d in docs:
        ner(d)
        total += len(d.mentions)
        for m in d.mentions:
            for shape in _shapes(d.text, m, d.mentions):
                counts[shape] += 1
                lo = max(0, m.start - 30)
                ctx = d.text[lo : m.end + 20].replace("\n", " | ")
                print(f"{d.source}\t{shape}\t{m.type}\t{d.text[m.start:m.end]!r}\t…{ctx}…")
    print(f"{len(docs)} posts, {total} mentions; shapes: {dict(counts)}")


if __name__ == "__main__":
    main()
