#!/usr/bin/env python3
"""How long a new 400-word article takes through everything under `kroniek watch`, Frog warm.

    python3 bench/watch/bench_watch.py [--runs 7] [--db PATH] [--base DIR]

A local feed server (127.0.0.1) serves an RSS feed; a Watcher over one Chronicle (one Frog
server, started and warmed before the first run) polls it. Each run adds one new article to
the feed (a 400-word Dutch news text written for this bench; each run changes its names,
places and numbers, so every run is a new document that Frog analyses in full) and times
one poll: conditional GET, reading in the worker, analysis (docdate, Frog, NER, time, quotes,
events), storing and indexing, linking (``Chronicle.link_new``, incremental, or ``relink`` when the store's links are stale) and the
alert check. The link step and the analysis are timed apart (the link step depends on the
store; incremental linking is issue #13 part 1). ``--base DIR`` ingests DIR first (e.g.
../shared/corpus/seeds) so linking has a store to join. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek import alerts as alerts_module  # noqa: E402
from kroniek.chronicle import Chronicle, default_pipeline  # noqa: E402
from kroniek.settings import Settings  # noqa: E402
from kroniek.watch import loop as loop_module  # noqa: E402
from kroniek.watch.loop import Watcher  # noqa: E402

# Written for this bench (not taken from any outlet): about 400 words of regional news. The
# slots change per run so every article is a new text.
ARTICLE = """\
{stad} krijgt nieuwe dijk na overstroming van vorig jaar

De gemeente {stad} gaat de komende {jaren} jaar ruim {bedrag} miljoen euro investeren in een nieuwe \
dijk langs de {rivier}. Dat heeft wethouder {wethouder} {dag} bekendgemaakt tijdens een \
informatieavond in het gemeentehuis. Volgens de gemeente is de versterking nodig omdat de huidige \
dijk bij hoog water niet meer voldoet aan de landelijke veiligheidsnormen.

Vorig jaar in januari stond het water in de {rivier} zo hoog dat ruim {gezinnen} gezinnen uit de \
wijk {wijk} tijdelijk hun huis moesten verlaten. Een deel van de kelders liep onder en de \
brandweer pompte dagenlang water weg. "Dat mag nooit meer gebeuren", zei {wethouder} tegen de \
aanwezigen. "Inwoners moeten erop kunnen vertrouwen dat ze droge voeten houden."

Het waterschap {waterschap} voert het werk uit en betaalt ongeveer de helft van de kosten. De rest \
komt van het Rijk en de provincie. Dijkgraaf {dijkgraaf} noemde het project "een van de grootste \
klussen van het afgelopen decennium". Volgens hem wordt de dijk op sommige plaatsen twee meter \
hoger en breder, zodat hij ook extreme afvoer van de rivier aankan.

De werkzaamheden beginnen naar verwachting in het voorjaar van {startjaar}. Tijdens de bouw wordt \
de dijkweg over een lengte van {kilometer} kilometer afgesloten voor doorgaand verkeer. Fietsers \
en wandelaars kunnen via een tijdelijke route langs de uiterwaarden blijven passeren. Bewoners \
van de dijk krijgen een vaste contactpersoon bij wie ze met vragen en klachten terechtkunnen.

Niet iedereen is tevreden over de plannen. Enkele bewoners van de {wijk} vrezen jarenlange \
overlast van vrachtwagens en trillingen. "We hebben al een zware winter achter de rug en nu \
krijgen we ook nog drie jaar bouwverkeer voor de deur", zei een bewoonster na afloop. Ook de \
plaatselijke ondernemersvereniging maakt zich zorgen over de bereikbaarheid van de winkels in \
het centrum tijdens de drukke zomermaanden.

De gemeenteraad van {stad} praat op {raadsdag} over het plan. Een meerderheid van de fracties heeft \
al laten weten in te stemmen, maar de oppositie wil eerst meer duidelijkheid over de gevolgen \
voor de natuur in de uiterwaarden. Een woordvoerder van natuurorganisatie {natuur} zei dat er \
zeldzame vogels broeden in het gebied en dat de bouw buiten het broedseizoen moet plaatsvinden.

Het waterschap verwacht de nieuwe dijk eind {eindjaar} op te leveren. Tot die tijd blijven er bij \
hoog water extra controles en zandzakken klaar liggen, aldus de dijkgraaf.
"""

SLOTS = {
    "stad": ["Deventer", "Zutphen", "Kampen", "Venlo", "Roermond", "Culemborg", "Tiel", "Doesburg", "Arnhem",
             "Nijmegen", "Wageningen", "Rhenen", "Maastricht", "Zwolle", "Dordrecht"],
    "rivier": ["IJssel", "Maas", "Waal", "Lek", "Nederrijn", "Vecht"],
    "wethouder": ["Marieke Jansen", "Ahmed el Amrani", "Sjoerd de Boer", "Linda Visser", "Tom Hendriks",
                  "Fatma Yilmaz", "Kees van Dijk", "Noor Bakker"],
    "dijkgraaf": ["Hans Mulder", "Ellen Smit", "Pieter Kok", "Anouk de Graaf", "Ruud Peters"],
    "waterschap": ["Rijn en IJssel", "Vallei en Veluwe", "Limburg", "Drents Overijsselse Delta", "Rivierenland"],
    "wijk": ["Noorderkwartier", "De Hoven", "Het Ooi", "Rivierwijk", "De Weerd", "Buitenwaard"],
    "natuur": ["Natuurmonumenten", "Vogelbescherming", "de Natuur- en Milieufederatie"],
    "dag": ["maandag", "dinsdag", "woensdag", "donderdag"],
    "raadsdag": ["12 maart", "4 april", "20 mei", "17 juni"],
}


def article(i: int, rng: random.Random) -> tuple[str, str]:
    values = {k: rng.choice(v) for k, v in SLOTS.items()}
    values.update(jaren=str(rng.randint(3, 9)), bedrag=str(rng.randint(12, 95)), gezinnen=str(rng.randint(40, 400)),
                  startjaar=str(2027 + rng.randint(0, 2)), eindjaar=str(2030 + rng.randint(0, 3)),
                  kilometer=str(rng.randint(2, 14)))
    text = ARTICLE.format(**values)
    title, body = text.split("\n\n", 1)
    return title, body


class Feed:
    """An RSS feed of ``items``; with ``etag`` False served without ETag and Last-Modified (the
    same bytes again are a 200); ``built`` (when set) is written as the channel's lastBuildDate,
    as outlets stamp every rendering of their feed. An item's pubDate is its place in the feed
    (it moves when older items drop out of a window), or with ``own_dates`` its own, as an
    outlet's items keep theirs."""

    def __init__(self, *, etag: bool = True, own_dates: bool = False) -> None:
        self.items: list[tuple[str, str, str]] = []
        self.etag = etag
        self.own_dates = own_dates
        self.built: int | None = None

    def _date(self, n: int, link: str) -> str:
        if self.own_dates:
            n = zlib.crc32(link.encode()) % 720
            return f"Sun, 06 Dec 2026 {n // 60 + 8:02d}:{n % 60:02d}:00 +0100"
        return f"Sun, 06 Dec 2026 10:{n:02d}:00 +0100"

    def body(self) -> bytes:
        items = "".join(
            f"<item><guid>{escape(link)}</guid><link>{escape(link)}</link><title>{escape(t)}</title>"
            f"<description>{escape(b)}</description><pubDate>{self._date(n, link)}</pubDate></item>"
            for n, (link, t, b) in enumerate(self.items))
        built = "" if self.built is None else f"<lastBuildDate>{self.built}</lastBuildDate>"
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{built}{items}'
                "</channel></rss>").encode()


def serve(feed: Feed) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = feed.body()
            # From the body, not the item count: a feed that keeps its newest items has the same
            # count after every new one (bench/watch/long_run.py).
            etag = f'"{zlib.crc32(body):x}"'
            if feed.etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            if feed.etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/rss"


class Timed:
    """Adds up the seconds spent in a callable."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.seconds = 0.0

    def __call__(self, *a: Any, **kw: Any) -> Any:
        t = time.perf_counter()
        try:
            return self.fn(*a, **kw)
        finally:
            self.seconds += time.perf_counter() - t


class TimedPipeline:
    """The analysis pipeline, timed."""

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.seconds = 0.0
        self.by_component: dict[str, float] = {}

    def __call__(self, doc: Any) -> Any:
        t = time.perf_counter()
        try:
            for c in self.pipeline.components:  # as Pipeline.__call__ does, each component timed
                t0 = time.perf_counter()
                doc = c(doc)
                self.by_component[c.name] = self.by_component.get(c.name, 0.0) + time.perf_counter() - t0
                if c.name not in doc.processed:
                    doc.processed.append(c.name)
            return doc
        finally:
            self.seconds += time.perf_counter() - t

    def close(self) -> None:
        self.pipeline.close()


class TimedChronicle(Chronicle):
    """The Chronicle, with its analysis and its link step timed apart."""

    link_seconds = 0.0

    def relink(self) -> list[str]:
        t = time.perf_counter()
        try:
            return super().relink()
        finally:
            self.link_seconds += time.perf_counter() - t

    def link_new(self, doc_ids: list[str]) -> list[str]:  # the incremental link a poll runs
        t = time.perf_counter()
        try:
            return super().link_new(doc_ids)
        finally:
            self.link_seconds += time.perf_counter() - t


def _stat(pid: str) -> tuple[int, float] | None:
    """(parent pid, CPU seconds incl. reaped children) of a process from /proc, None when gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), sum(int(f) for f in fields[11:15]) / tick


def median_cpu(fn: Any, runs: int) -> float:
    """The median CPU time (this process) of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return round(statistics.median(times), 5)


def cpu_seconds() -> float:
    """CPU time of this process and every process below it (Frog, reading workers): what a run
    costs on an otherwise idle core, whatever the load of the machine."""
    stats = {pid: st for pid in os.listdir("/proc") if pid.isdigit() and (st := _stat(pid)) is not None}
    mine, total = {os.getpid()}, 0.0
    grew = True
    while grew:
        grew = False
        for pid, (ppid, _) in stats.items():
            if ppid in mine and int(pid) not in mine:
                mine.add(int(pid))
                grew = True
    for pid in mine:
        st = stats.get(str(pid))
        total += st[1] if st else 0.0
    return total


def p50(xs: list[float]) -> float:
    return round(statistics.median(xs), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", help="store to use (default: a new one in a temp dir)")
    ap.add_argument("--base", help="ingest this folder first, so linking has a store to join")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="bench-watch-")
    db = args.db or str(Path(tmp) / "watch.db")
    settings = Settings(db=db, allow_private=True)
    analyse = TimedPipeline(default_pipeline(settings))
    chron = TimedChronicle(db, settings, pipeline=analyse)  # type: ignore[arg-type]
    if args.base:
        t = time.perf_counter()
        report = chron.ingest([args.base], on_error=lambda m: print(m, file=sys.stderr))
        print(f"base: {report.summary()} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    from kroniek.alerts import add_alert, make_alert

    add_alert(chron.store, make_alert("dijken", "query", "dijk"))
    check = Timed(alerts_module.check_alerts)
    loop_module.check_alerts = check  # type: ignore[attr-defined]  # the bench times the alert step

    feed = Feed()
    httpd, url = serve(feed)
    lines: list[str] = []
    watcher = Watcher(chron, [url], every=3600.0, log=lines.append)
    t = time.perf_counter()
    watcher.warm()
    warm = time.perf_counter() - t
    watcher.poll(url)  # empty feed: the first conditional request has nothing to read
    rng = random.Random(args.seed)
    rows = []
    for i in range(args.runs):
        title, body = article(i, rng)
        feed.items.append((f"https://bench.example/nieuws/{i}", title, body))
        a0, l0, c0 = analyse.seconds, chron.link_seconds, check.seconds
        parts0 = dict(analyse.by_component)
        t, cpu = time.perf_counter(), cpu_seconds()
        watcher.poll(url)
        total = time.perf_counter() - t
        cpu = cpu_seconds() - cpu
        row = {"run": i + 1, "words": len((title + " " + body).split()), "total_s": round(total, 3),
               "analyse_s": round(analyse.seconds - a0, 3), "link_s": round(chron.link_seconds - l0, 3),
               "alerts_s": round(check.seconds - c0, 3), "cpu_s": round(cpu, 3)}
        row["rest_s"] = round(total - row["analyse_s"] - row["link_s"] - row["alerts_s"], 3)
        row["components_s"] = {k: round(v - parts0.get(k, 0.0), 3) for k, v in analyse.by_component.items()}
        rows.append(row)
        print(f"run {row['run']}: {row['words']} words, {row['total_s']:.2f} s, CPU {row['cpu_s']:.2f} s (analyse {row['analyse_s']:.2f}, "
              f"of which frog {row['components_s'].get('frog', 0):.2f}, link {row['link_s']:.2f}, alerts {row['alerts_s']:.3f}, fetch+read+store {row['rest_s']:.2f}); "
              f"{lines[-1].split(': ', 1)[1]}", file=sys.stderr)
    httpd.shutdown()
    docs = chron.store.counts()["documents"]
    chron.close()
    summary = {
        "runs": len(rows), "words_p50": p50([r["words"] for r in rows]), "warm_up_s": round(warm, 2),
        "store_documents": docs,
        "total_p50_s": p50([r["total_s"] for r in rows]), "analyse_p50_s": p50([r["analyse_s"] for r in rows]),
        "link_p50_s": p50([r["link_s"] for r in rows]), "alerts_p50_s": p50([r["alerts_s"] for r in rows]),
        "rest_p50_s": p50([r["rest_s"] for r in rows]),
        "without_link_p50_s": p50([r["total_s"] - r["link_s"] for r in rows]),
        "cpu_p50_s": p50([r["cpu_s"] for r in rows]),
        "components_p50_s": {k: p50([r["components_s"].get(k, 0.0) for r in rows]) for k in rows[0]["components_s"]},
        "frog_skip": settings.frog_skip,
        "load_average_1m": round(os.getloadavg()[0], 1),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
