"""Propose candidate name mentions in leestmeer posts for the entity gold (the annotator decides).

Prints, for the given post ids, runs of capitalised words (with name particles) grouped by their
last word, each with its offsets in the cleaned text and a little left context, so the annotator
can pick same-entity and different-entity pairs. Nothing is written; the gold file holds only what
the annotator chose (ids, offsets, digests, labels).

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/entities/propose.py ID...
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from kroniek.evaluation.leestmeer import Posts, post_document

NAME_RUN = re.compile(
    r"(?:[A-Z][\w.’'\-]*|[A-Z]\.)(?:\s+(?:(?:van|de|der|den|voor|en|in|het|ter|te)\s+)*(?:[A-Z][\w.’'\-]*))*"
)


def main(ids: list[str]) -> None:
    raw = Posts().load(ids)
    groups: dict[str, list[tuple[str, int, int, str, str]]] = defaultdict(list)
    for pid in ids:
        text = post_document(pid, raw[pid]).text
        for m in NAME_RUN.finditer(text):
            last = m.group(0).split()[-1].split("-")[0].casefold()
            left = text[max(0, m.start() - 30) : m.start()].replace("\n", " ")
            groups[last].append((pid, m.start(), m.end(), m.group(0), left))
    for last, items in sorted(groups.items()):
        surfaces = {i[3] for i in items}
        posts = {i[0] for i in items}
        if len(items) < 2 or (len(surfaces) < 2 and len(posts) < 2):
            continue
        print(f"== {last}")
        for pid, s, e, surf, left in items:
            print(f"  {pid} {s}:{e} [{surf}]  …{left}")


if __name__ == "__main__":
    main(sys.argv[1:])
