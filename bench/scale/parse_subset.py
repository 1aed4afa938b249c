"""Would parsing only the sentences that events or quotes need pay off?

    python3 bench/scale/parse_subset.py [--posts 30] [--offset 0]

On the first ``--posts`` leestmeer-2019 posts (from ``--offset``), in one run:
  A  full Frog (with the dependency parser) over every text: what ingest does now;
  S  Frog without the parser (``--skip=p``) over every text, then kroniek's extractors on that
     analysis, which say which sentences hold an event mention or a quote (the sentences whose
     heads events and quotes read);
  P  full Frog over only those sentences (one line each).
Selective parsing would cost S + P against A. Printed: the share of sentences and tokens that need
a parse, the three Frog times and (S + P) / A; the last line is one JSON object. Frog start-up
is left out of every time (each server is started and warmed on a short text first).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import time

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.analyse.frog import FrogServer
from kroniek.evaluation.leestmeer import Posts, post_document
from kroniek.extract.coref import Coreference
from kroniek.extract.docdate import DocDate
from kroniek.extract.events import EventExtractor
from kroniek.extract.ner import CrfNer
from kroniek.extract.quotes import QuoteExtractor
from kroniek.extract.timex import TimexTagger
from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings


def server(skip: str) -> FrogServer:
    s = FrogServer(Settings(frog_skip=skip))
    s.start()
    s.analyse("De minister zei dat het goed ging.")  # warm
    return s


def timed_analyse(s: FrogServer, texts: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    tokens = sum(len(sent) for t in texts if t.strip() for sent in s.analyse(t))
    return time.perf_counter() - t0, tokens


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=30)
    ap.add_argument("--offset", type=int, default=0)
    args = ap.parse_args()
    posts = itertools.islice(Posts().iter_all(), args.offset, args.offset + args.posts)
    docs: list[Document] = [post_document(pid, raw) for pid, raw in posts]
    texts = [d.text for d in docs]
    load = os.getloadavg()[0]

    full = server("")
    a_s, a_tok = timed_analyse(full, texts)

    nop = server("p")
    t0 = time.perf_counter()
    frog = FrogAnnotator(backend=nop)
    analysed = [frog(d) for d in docs]
    s_s = time.perf_counter() - t0
    rest = Pipeline([DocDate(), CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(), EventExtractor()],
                    given=("sentences", "tokens", "mentions"))
    analysed = [rest(d) for d in analysed]
    nop.close()

    need: list[str] = []
    n_sent = n_tok = need_tok = 0
    for d in analysed:
        spans = [(e.start, e.end) for e in d.events] + [(q.start, q.end) for q in d.quotes]
        for k, s in enumerate(d.sentences):
            toks = sum(1 for t in d.tokens if t.sent == k)
            n_sent += 1
            n_tok += toks
            if any(a < s.end and b > s.start for a, b in spans):
                need.append(d.text[s.start:s.end].replace("\n", " "))
                need_tok += toks
    p_s, _ = timed_analyse(full, ["\n".join(need[i:i + 20]) for i in range(0, len(need), 20)])
    full.close()

    res = {"bench": "parse_subset", "posts": len(docs), "sentences": n_sent, "tokens": n_tok,
           "sentences_needing_parse": len(need), "share_sentences": len(need) / max(1, n_sent),
           "share_tokens": need_tok / max(1, n_tok), "full_s": a_s, "full_tokens": a_tok,
           "noparse_s": s_s, "parse_needed_s": p_s, "selective_over_full": (s_s + p_s) / a_s,
           "load_before": load, "load_after": os.getloadavg()[0]}
    print(f"{len(docs)} posts, {n_sent} sentences; {len(need)} ({res['share_sentences']:.0%}) hold an "
          f"event or quote ({res['share_tokens']:.0%} of tokens)")
    print(f"A full Frog {a_s:.1f} s; S without parser {s_s:.1f} s; P parse of needed sentences {p_s:.1f} s; "
          f"(S+P)/A = {res['selective_over_full']:.2f}")
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in res.items()}))


if __name__ == "__main__":
    main()
