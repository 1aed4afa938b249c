"""Entity clusters on real news, compared between two code versions (development data, no gold).

Reads leestmeer posts with the real Frog output bench/scale recorded (``~/.cache/kroniek/scale/
frog-skip-p/*.json``, made by ``bench/scale/record.py``), runs the CRF NER and the coref component
over them, links all of them at once with whichever ``kroniek`` is on ``PYTHONPATH``, and prints the
clusters that differ between two such runs, for a person to read.

    # 1. analyse once (Frog replayed; NER and coref of the code on PYTHONPATH), pickled outside the repo
    python3 eval/entities/realnews_diff.py analyse --recorded ~/.cache/kroniek/scale/frog-skip-p/1000.json \
        --recorded ~/.cache/kroniek/scale/frog-skip-p/5000.json --out /tmp/rn/docs.pkl
    # 2. link with two code versions (e.g. PYTHONPATH at `git archive 2e25299 kroniek` unpacked)
    PYTHONPATH=/tmp/rn/old python3 eval/entities/realnews_diff.py link --docs /tmp/rn/docs.pkl --save /tmp/rn/old.json
    PYTHONPATH=. python3 eval/entities/realnews_diff.py link --docs /tmp/rn/docs.pkl --save /tmp/rn/new.json
    # 3. the clusters of the new run that are not clusters of the old one
    python3 eval/entities/realnews_diff.py diff /tmp/rn/old.json /tmp/rn/new.json

The output quotes mention strings of the copyrighted posts: it goes to the terminal or /tmp, never
into the repository. Posts come from ``KRONIEK_LEESTMEER_DIR`` or the shared tar.gz.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

Key = tuple[str, int, int]


def analyse(recorded: list[str], out: str, limit: int) -> None:
    """Read the recorded posts into analysed Documents (Frog replayed, CRF NER, coref) and pickle them."""
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.analyse.frog import RecordedFrog
    from kroniek.evaluation.leestmeer import Posts, post_document
    from kroniek.extract.coref import Coreference
    from kroniek.extract.ner import CrfNer
    from kroniek.pipeline import Pipeline

    ids: list[str] = []
    for r in recorded:
        ids.extend(json.loads(Path(r).with_suffix(".meta.json").read_text())["posts"])
    ids = ids[:limit] if limit else ids
    frog = RecordedFrog(recorded[0]) if len(recorded) == 1 else _merged(recorded)
    pipe = Pipeline([FrogAnnotator(backend=frog), CrfNer(), Coreference()])
    docs, skipped = [], 0
    for pid, raw in sorted(Posts().load(ids).items(), key=lambda kv: ids.index(kv[0])):
        try:
            docs.append(pipe(post_document(pid, raw)))
        except Exception as e:  # noqa: BLE001 - a post without recorded output is skipped, and counted
            skipped += 1
            print(f"skipped {pid}: {str(e)[:80]}", file=sys.stderr)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(pickle.dumps(docs))
    print(f"{len(docs)} documents analysed, {skipped} skipped -> {out}")


def _merged(recorded: list[str]):  # type: ignore[no-untyped-def]
    from kroniek.analyse.frog import RecordedFrog

    frogs = [RecordedFrog(r) for r in recorded]
    first = frogs[0]
    for f in frogs[1:]:
        first.texts.update(f.texts)
        first.pretokenised.update(f.pretokenised)
    return first


def link(docs_path: str, save: str) -> None:
    """Link every document at once; save each cluster's mentions (key, text, type)."""
    from kroniek.link.entities import EntityLinker

    docs = pickle.loads(Path(docs_path).read_bytes())
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    text = {(d.id, m.start, m.end): (d.text[m.start:m.end], m.type) for d in docs for m in d.mentions}
    clusters = []
    for e in linker.entities():
        ms = sorted(e.mentions)
        clusters.append({"name": e.name, "type": e.type,
                         "mentions": [[*k, *text.get(tuple(k), ("?", "?"))] for k in ms]})
    Path(save).write_text(json.dumps(clusters, ensure_ascii=False))
    print(f"{len(clusters)} entities, {sum(len(c['mentions']) for c in clusters)} mentions -> {save}")


def _load(path: str) -> list[dict]:
    return json.loads(Path(path).read_text())


def _key(m: list) -> Key:
    return (m[0], m[1], m[2])


def changed(old: list[dict], new: list[dict]) -> list[tuple[dict, list[dict]]]:
    """Each new cluster (2+ documents' or 2+ mentions' worth) that is no old cluster, with the old
    clusters its mentions were in."""
    old_sets = {frozenset(_key(m) for m in c["mentions"]) for c in old}
    where = {_key(m): i for i, c in enumerate(old) for m in c["mentions"]}
    out = []
    for c in new:
        keys = frozenset(_key(m) for m in c["mentions"])
        if keys in old_sets:
            continue
        parts = sorted({where[k] for k in keys if k in where})
        out.append((c, [old[i] for i in parts]))
    return out


def _names(c: dict) -> str:
    n = Counter(m[3] for m in c["mentions"])
    docs = len({m[0] for m in c["mentions"]})
    return f"{c['type']} {docs} docs: " + "; ".join(f"{s} x{k}" for s, k in n.most_common(8))


def diff(old_path: str, new_path: str, only: str) -> None:
    """Print the new clusters that join or split old ones, and count them."""
    old, new = _load(old_path), _load(new_path)
    kinds: dict[str, int] = defaultdict(int)
    for c, parts in changed(old, new):
        kind = "join" if len(parts) > 1 else "split" if parts else "new"
        kinds[kind] += 1
        if only and kind != only:
            continue
        print(f"[{kind}] {_names(c)}")
        for p in parts:
            print(f"    was {_names(p)}")
    print(f"changed clusters: {dict(kinds)} (old {len(old)} entities, new {len(new)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("analyse")
    a.add_argument("--recorded", action="append", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--limit", type=int, default=0)
    lk = sub.add_parser("link")
    lk.add_argument("--docs", required=True)
    lk.add_argument("--save", required=True)
    d = sub.add_parser("diff")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--only", choices=["join", "split", "new"], default="")
    args = ap.parse_args()
    if args.cmd == "analyse":
        analyse(args.recorded, args.out, args.limit)
    elif args.cmd == "link":
        link(args.docs, args.save)
    else:
        diff(args.old, args.new, args.only)


if __name__ == "__main__":
    main()
