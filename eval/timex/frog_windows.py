"""Time values with Frog's sentences as the tense windows, against the plain split's windows.

`kroniek eval timex` tags text alone (no Frog), so it cannot show what reading Frog's sentences
(``kroniek.sentences.tense_windows`` with tokens) changes. This runs Frog over the leestmeer-dev
posts (cached outside the repository: it holds post text) and scores the tagger three ways:
without tokens (what `kroniek eval timex` scores), with Frog's tokens and the plain split's
windows (the tagger before the change), and with Frog's tokens and Frog's sentences (now).

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/timex/frog_windows.py [--split leestmeer-dev]

Development splits only (the held-out ones are refused).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.evaluation.happenings import CachedFrog
from kroniek.evaluation.timex import LEESTMEER_GOLD, GoldDoc, Scores, Span, read_gold, score
from kroniek.extract.timex.tagger import PreparedText
from kroniek.model import Document, Token
from kroniek.sentences import tense_windows
from kroniek.settings import Settings


def _cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kroniek" / "timex-frog"


def _tag(doc: GoldDoc, tokens: list[Token] | None, plain_windows: bool) -> list[Span]:
    prepared = PreparedText(doc.text, tokens)
    if plain_windows:
        prepared.tense.bounds = tense_windows(doc.text)
    tagged = prepared.tag(doc.dct, anchor_granularity=doc.dct_granularity)
    return [Span(t.start, t.end, t.type, t.value) for t in tagged]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="leestmeer-dev")
    args = ap.parse_args()
    if "test" in args.split:
        raise SystemExit("held-out splits are not read here")
    docs = [d for d in read_gold(LEESTMEER_GOLD) if d.split == args.split]
    annotator = FrogAnnotator(backend=CachedFrog(_cache(), Settings()))
    runs = {"no tokens": Scores(), "Frog, plain windows": Scores(), "Frog, Frog's sentences": Scores()}
    changed = []
    try:
        for d in docs:
            tokens = annotator(Document(id=d.id, text=d.text, source=d.id)).tokens or None
            outs = [_tag(d, None, True), _tag(d, tokens, True), _tag(d, tokens, False)]
            for scores, out in zip(runs.values(), outs, strict=True):
                scores.add(score(d.spans, out))
            if outs[1] != outs[2]:
                changed.append(d.id)
    finally:
        annotator.backend.close()  # type: ignore[attr-defined]
    for name, s in runs.items():
        r = s.as_dict()
        print(f"{name:24} values {r['value_acc']:.4f} ({s.value_ok}/{s.value_scored})  strict F1 {r['strict_f1']:.4f}")
    print(f"{len(docs)} posts; output differs between the two Frog runs in {len(changed)}: {' '.join(changed)}")


if __name__ == "__main__":
    main()
