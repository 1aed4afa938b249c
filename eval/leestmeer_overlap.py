"""Where the repository's own text runs word for word with a leestmeer post.

The leestmeer archive is copyrighted: tests, docstrings and docs must use sentences we write
ourselves. This lists every run of N words (default 8, lower-cased, punctuation ignored) that a
tracked source or doc file shares with a post, leaving out runs the sample corpus holds too (the
project's own corpus may be quoted). Many hits are stock phrases ("in de nacht van vrijdag op
zaterdag"); a hit with names or a whole clause is a sentence to rewrite.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/leestmeer_overlap.py [--words N]

Reads the unpacked archive when KRONIEK_LEESTMEER_DIR names it, else the tar.gz in ../shared.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "data" / "leestmeer-2019" / "posts-2019-05-to-08.tar.gz"
CORPUS = ROOT.parent / "shared" / "corpus"
WORD = re.compile(r"[a-zà-ÿ0-9]+")
KINDS = (".py", ".md", ".txt", ".tsv")


def runs(text: str, n: int) -> Iterator[str]:
    words = WORD.findall(text.lower())
    for i in range(len(words) - n + 1):
        yield " ".join(words[i : i + n])


def posts() -> Iterator[tuple[str, str]]:
    unpacked = os.environ.get("KRONIEK_LEESTMEER_DIR")
    if unpacked:
        for path in sorted(Path(unpacked).glob("2019-0*/*.md")):
            yield f"{path.parent.name}/{path.stem}", path.read_text(encoding="utf-8", errors="replace")
        return
    with tarfile.open(ARCHIVE) as tar:
        for member in tar:
            f = tar.extractfile(member) if member.isfile() and member.name.endswith(".md") else None
            if f is not None:
                yield member.name, f.read().decode("utf-8", errors="replace")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=8)
    n = ap.parse_args().words
    files = subprocess.run(["git", "ls-files", "kroniek", "tests", "docs", "eval", "bench", "README.md"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    ours: dict[str, str] = {}
    for name in files:
        if name.endswith(KINDS) and not name.startswith("tests/fixtures/") and "/annotations" not in name:
            for line in (ROOT / name).read_text(encoding="utf-8", errors="replace").splitlines():
                for run in runs(line, n):
                    ours.setdefault(run, name)
    allowed = {r for p in CORPUS.rglob("*") if p.is_file() for r in runs(p.read_text(errors="replace"), n)}
    seen: set[str] = set()
    for post, text in posts():
        for run in runs(text, n):
            if run in ours and run not in allowed and run not in seen:
                seen.add(run)
                print(f"{ours[run]} | {post} | {run}")
    print(f"{len(seen)} runs of {n} words shared with the archive")


if __name__ == "__main__":
    main()
