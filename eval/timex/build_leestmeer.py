"""Build eval/timex/leestmeer.jsonl (the real-news time gold) from hand annotations kept outside the repo.

The leestmeer-2019 posts are copyrighted, so the annotation file (which names surfaces) stays
outside the repository; this script turns it into ids, offsets, digests and labels only. Format
of the annotation file, one block per post, expressions in reading order:

    ## 2019-06/02917c61bdc17710
    volgend jaar | DATE | 2020
    12 april | DATE | 2020-04-12
    nu#2 | DATE | PRESENT_REF

("nu#2": the second "nu" after the previous expression, when the first is none.)

Each surface is looked up as whole words after the end of the previous one in the cleaned text
kroniek makes of the post (``post_document``); the build fails when one is not found or a value
is not TIMEX3 syntax for its type. ``dct`` is the post's front-matter date (cut to the day). A post
goes to ``leestmeer-test`` or ``leestmeer-dev`` by a hash of its id (about half each), so the
split is fixed before anyone sees a score; a header "## <id> dev" puts a post in the dev split
outright (the second batch, annotated after the first test read, is dev only).

    python eval/timex/build_leestmeer.py ANNOTATIONS [--out eval/timex/leestmeer.jsonl] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from build_gold import VALUE_SYNTAX  # noqa: E402

from kroniek.evaluation.leestmeer import Posts, digest, post_document  # noqa: E402

SOURCE = "leestmeer-2019 (copyrighted; text read from ../shared/data at run time, never stored)"


def split_of(pid: str) -> str:
    """The post's split, fixed by its id alone."""
    return "leestmeer-test" if int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2 else "leestmeer-dev"


def parse(path: Path) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """Blocks of (post id, split, expressions); "## <id> dev" puts a post in the dev split outright
    (posts annotated after the first test read, to tune on without touching the test split)."""
    blocks: list[tuple[str, str, list[tuple[str, str, str]]]] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("  #")[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("## "):
            head = line[3:].split()
            pid = head[0]
            blocks.append((pid, "leestmeer-dev" if head[1:] == ["dev"] else split_of(pid), []))
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or not blocks:
            raise SystemExit(f"{path}:{n}: expected 'surface | TYPE | VALUE'")
        blocks[-1][2].append((parts[0], parts[1], parts[2]))
    return blocks


def _occurrence(written: str) -> tuple[str, int]:
    """ "nu#2": the second "nu" after the previous expression (the first is not one, e.g. the
    conjunction of "nu dit is voorgevallen"); a plain surface is the first."""
    m = re.fullmatch(r"(.+?)#(\d+)", written)
    return (m.group(1), int(m.group(2))) if m else (written, 1)


def build(path: Path, show: bool = False) -> list[dict]:
    blocks = parse(path)
    ids = [pid for pid, _, _ in blocks]
    if len(set(ids)) != len(ids):
        raise SystemExit("a post is annotated twice")
    raws = Posts().load(ids)
    records = []
    for pid, split, items in blocks:
        doc = post_document(pid, raws[pid])
        if doc.published is None:
            raise SystemExit(f"{pid}: the post has no date")
        text, pos, spans = doc.text, 0, []
        for written, typ, value in items:
            surface, nth = _occurrence(written)
            found = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])").finditer(text, pos)
            m = next((x for k, x in enumerate(found, 1) if k == nth), None)
            if m is None:
                raise SystemExit(f"{pid}: {surface!r} not found after offset {pos}")
            if typ not in VALUE_SYNTAX or (value != "?" and not VALUE_SYNTAX[typ].fullmatch(value)):
                raise SystemExit(f"{pid}: {surface}: {value!r} is not a TIMEX3 {typ} value")
            if show:
                print(f"{pid} {typ:8} {value:16} …{text[max(0, m.start() - 25):m.start()]}[{surface}]"
                      f"{text[m.end():m.end() + 15]}…")
            spans.append({"start": m.start(), "end": m.end(), "digest": digest(surface),
                          "type": typ, "value": None if value == "?" else value})
            pos = m.end()
        records.append({"id": pid, "split": split, "dct": doc.published.value[:10],
                        "source": SOURCE, "timexes": spans})
    return records


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("annotations", type=Path)
    ap.add_argument("--out", type=Path, default=HERE / "leestmeer.jsonl")
    ap.add_argument("--show", action="store_true", help="print each span in context (for the annotator)")
    args = ap.parse_args(argv)
    records = build(args.annotations, args.show)
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by: dict[str, list[int]] = {}
    for r in records:
        by.setdefault(r["split"], [0, 0])
        by[r["split"]][0] += 1
        by[r["split"]][1] += len(r["timexes"])
    print(json.dumps({k: {"posts": v[0], "expressions": v[1]} for k, v in sorted(by.items())}))


if __name__ == "__main__":
    main()
