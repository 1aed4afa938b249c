"""Quote gold over real 2019 Dutch news (the leestmeer posts), kept as ids, offsets and labels.

The posts are copyrighted, so nothing of their text enters the repository. The annotator works
from a draft outside it (default ``/tmp/leestmeer_quotes.txt``, same line format as
``annotations/*.txt``: ``D|R | quoted words | speaker words | speaker name``, ``…`` for a long
middle part) and ``build`` turns the draft into ``leestmeer.jsonl``: post id, split, and per
quote its offsets into the cleaned post text, a digest of the span, the kind, the speaker's
canonical name (or role/group, or null) and the offsets + digest of the speaker words.

    python eval/quotes/leestmeer_gold.py sample            # the fixed-seed sample of post ids
    python eval/quotes/leestmeer_gold.py more SEED N       # N more DEV posts per outlet group,
                                                           # drawn with another seed, not in the gold
    python eval/quotes/leestmeer_gold.py batch SEED        # session 4: DEV posts of July-August by
                                                           # kind (police, regional AD, sport, economy,
                                                           # court, background), not in any quote gold
    python eval/quotes/leestmeer_gold.py batch5 SEED       # session 5: DEV posts of May-June by kind
    python eval/quotes/leestmeer_gold.py batch6 SEED       # session 5b: DEV posts of outlets/kinds held least
                                                           # (politics, regional, foreign, statements,
                                                           # tweets, interviews), not in any quote gold
    python eval/quotes/leestmeer_gold.py batch7 SEED       # session 7: DEV posts spread evenly over the
                                                           # outlets, any kind, not in any quote gold
    python eval/quotes/leestmeer_gold.py batch8 SEED       # session 8: DEV posts by kind (interviews,
                                                           # politics, sport, police, business, culture)
                                                           # from the weeks batches 4-7 drew least from
    python eval/quotes/leestmeer_gold.py batch9 SEED       # session 9: DEV posts weighted to the outlets
                                                           # the golds hold least (NOS feed, Volkskrant)
                                                           # from the weeks batches 4-8 drew least from
    python eval/quotes/leestmeer_gold.py batch10 SEED      # session 9: DEV posts of kinds hard for quote
                                                           # detection (Q&A, tweets, multi-paragraph,
                                                           # partial quotes, headlines, appeals, columns)
    python eval/quotes/leestmeer_gold.py batch11 SEED      # session 10: long DEV posts with several
                                                           # speakers (politics, court, interviews,
                                                           # sport) from the outlets/weeks held least
    python eval/quotes/leestmeer_gold.py batch12 SEED      # session 10: DEV posts of Q&A interviews, live
                                                           # blogs, indirect-quote reports, reviews,
                                                           # columns and police calls for witnesses
    python eval/quotes/leestmeer_gold.py show ID [ID …]    # cleaned text + candidate lines (stdout)
    python eval/quotes/leestmeer_gold.py build [DRAFT [OUT]]  # draft -> leestmeer.jsonl (or OUT)
    python eval/quotes/leestmeer_gold.py errors [--frog] [GOLD]  # the DEV split's errors (never test)

``show`` proposes candidates (quote-mark pairs and sentences with a reporting cue) with a few
regular expressions of its own, independent of kroniek's extractor; every line was then read,
corrected or dropped by hand against the full post.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from build_gold import locate, parse_annotations  # noqa: E402

from kroniek.evaluation.leestmeer import Posts, digest, post_document  # noqa: E402

OUT = HERE / "leestmeer.jsonl"
DRAFT = Path(os.environ.get("LEESTMEER_DRAFT", "/tmp/leestmeer_quotes.txt"))
SEED = 20190508
# outlet group -> (host suffixes, number of posts); a spread over national, public and regional
# outlets and the police's own news
QUOTA = {
    "ad": (("ad.nl",), 36),
    "telegraaf": (("telegraaf.nl",), 28),
    "nos": (("nos.nl", "feeds.nos.nl"), 24),
    "nu": (("nu.nl",), 14),
    "politie": (("politie.nl",), 12),
    "regional": (("omroepwest.nl", "bollenstreekomroep.nl"), 16),
    "volkskrant_trouw": (("volkskrant.nl", "trouw.nl"), 14),
}
# session 4's batch: kinds of post the first two samples held few of (by the post's URL, or its
# text for court reports), from the two months the gold held least of (July and August 2019)
_NATIONAL_AD = (
    "show|binnenland|buitenland|formule-1|auto|tech|andere-sporten|tennis|koken-en-eten|"
    "buitenlands-voetbal|nederlands-voetbal|wielrennen|sport|economie|geld|wetenschap|"
    "politiek|reizen|wonen|gezond|bizar|dit-vind-ik-ervan|video|"
)
BATCH = {
    "politie": (r"politie\.nl/nieuws/", 5),
    "ad_regional": (rf"ad\.nl/(?!(?:{_NATIONAL_AD})/)[a-z-]+/", 6),
    "sport": (r"(telegraaf\.nl/sport/|ad\.nl/(formule-1|tennis|andere-sporten|wielrennen|"
              r"nederlands-voetbal|buitenlands-voetbal)/)", 4),
    "economy": (r"(telegraaf\.nl/financieel/|ad\.nl/(economie|geld)/)", 4),
    "court": (r"(telegraaf\.nl/nieuws/|ad\.nl/binnenland/|nos\.nl/)", 4),
    "background": (r"volkskrant\.nl/(nieuws-achtergrond|cultuur-media|sport)/", 4),
}
_SHORT = ("politie", "ad_regional", "background")
# session 5's batch: May-June 2019 (the months batch 4 did not draw from), by outlet and
# category or by a frame in the text: politics at NOS/NU.nl, Telegraaf and AD regional news,
# foreign news (translated quotes), press statements, quoted tweets and interviews
_FRONT_CAT = r"(?:^category:\s*|^-\s*){cat}\b"
BATCH5 = {
    "politics": (r"(nos\.nl|nu\.nl)", _FRONT_CAT.format(cat="politiek"), 4),
    "telegraaf_regional": (r"telegraaf\.nl/nieuws/", _FRONT_CAT.format(cat="(?:binnenland|regionaal)"), 2),
    "ad_regional": (rf"ad\.nl/(?!(?:{_NATIONAL_AD})/)[a-z-]+/", None, 2),
    "foreign": (r"(nos\.nl|nu\.nl|ad\.nl|telegraaf\.nl)", _FRONT_CAT.format(cat="buitenland"), 3),
    "statement": (r".", r"\bin een (?:schriftelijke )?verklaring\b", 3),
    "tweet": (r".", r"\b(?:op Twitter|twittert|twitterde|tweet(?:te|ts?)?)\b", 2),
    "interview": (r".", r"\b(?:interview|in gesprek met)\b", 2),
    # drawn after the first 18 posts were annotated (appended, so those draws stay the same):
    # quotes that rightly name nobody, and quotes running over paragraphs
    "anonymous": (r".", r"\b(?:klonk het|klinkt het|werd (?:er )?geroepen|hoor je)\b", 2),
    "multi_paragraph": (r".", r"[„“][^”\n]*\n\n[„“]", 2),
}
# session 5's second batch (dev6): outlets no quote gold holds (Trouw, VI, the Bollenstreek
# omroep), few (NU.nl, politie.nl), and kinds by a frame: quotes from documents and verdicts,
# quoted headlines ("X: '…'" as the title), paraphrase ("laat weten dat"), Q&A interviews
BATCH6 = {
    "omroep": (r"bollenstreekomroep\.nl/", None, 1),
    "politie": (r"politie\.nl/", None, 1),
    "document": (r".", r"\b(?:in het (?:vonnis|rapport|verslag)|staat in (?:het|de) (?:vonnis|rapport|"
                 r"brief|verslag)|volgens het (?:rapport|vonnis|verslag))\b", 3),
    "headline": (r".", r'^title:\s*"[^"\n]{2,40}:\s*[‘\'„“]', 3),
    "paraphrase": (r".", r"\b(?:laat|liet|lieten) (?:\w+ )?weten dat\b", 2),
    "qa": (r".", r"\?\n\n[A-Z][^\n]{40,}\n\n[A-Z][^\n]{5,120}\?\n", 2),
    "post_match": (r"(telegraaf\.nl/sport/|ad\.nl/[a-z-]*voetbal/|nos\.nl)",
                   r"\b(?:na afloop|na de (?:wedstrijd|nederlaag|overwinning|zege))\b", 2),
}
# the Trouw, VI and NU.nl posts of the archive are teasers (median 90-210 characters): none
# reaches the length; regional and police posts are short, so they take 350+ characters
_SHORT6 = ("omroep", "politie")
# session 7's batch (dev7): the honest generalisation figure, so no kind is chosen for a known
# error; an even spread over the outlets (regional, public, national papers, police), any frame
BATCH7 = {
    "omroepwest": (r"omroepwest\.nl/", None, 2),
    "bollenstreek": (r"bollenstreekomroep\.nl/", None, 1),
    "politie": (r"politie\.nl/", None, 1),
    "nos": (r"nos\.nl/", None, 3),
    "telegraaf": (r"telegraaf\.nl/", None, 3),
    "ad": (r"ad\.nl/", None, 3),
    "volkskrant": (r"volkskrant\.nl/", None, 2),
}
_SHORT7 = ("omroepwest", "bollenstreek", "politie")
# session 8's batch (dev8): by kind (interviews, politics, sport, police, business, culture) and
# spread over the outlets, from the ISO weeks batches 4-7 drew least from (every week of the
# archive holds at least one of their posts, so "unused" weeks do not exist; see ``_quiet_weeks``)
BATCH8 = {
    "interview": (r"(nos\.nl|telegraaf\.nl|ad\.nl|volkskrant\.nl|nu\.nl)", r"\b(?:interview|in gesprek met)\b", 2),
    "politics": (r"(nos\.nl|nu\.nl|telegraaf\.nl|ad\.nl)", _FRONT_CAT.format(cat="politiek"), 2),
    "sport": (r"(telegraaf\.nl/sport/|ad\.nl/[a-z-]*(voetbal|sport|tennis|wielrennen|formule-1)|nos\.nl)",
              _FRONT_CAT.format(cat="(?:sport|voetbal)"), 2),
    "police": (r"(politie\.nl/|omroepwest\.nl/|bollenstreekomroep\.nl/)", r"\b(?:politie|agenten)\b", 2),
    "business": (r"(telegraaf\.nl/financieel/|ad\.nl/(economie|geld)/|nos\.nl|nu\.nl)",
                 _FRONT_CAT.format(cat="(?:economie|financieel|geld)"), 2),
    "culture": (r"(volkskrant\.nl/cultuur|ad\.nl/show/|telegraaf\.nl/entertainment/|nos\.nl)",
                _FRONT_CAT.format(cat="(?:cultuur|cultuur-media|show|entertainment|muziek|film)"), 2),
    "regional": (r"(omroepwest\.nl/|bollenstreekomroep\.nl/)", None, 1),
    # appended after the first draw came out 7 of 11 Telegraaf (the draw above is unchanged)
    "ad": (r"ad\.nl/", None, 1),
    "volkskrant": (r"volkskrant\.nl/", None, 1),
}
_SHORT8 = ("police", "regional")
# session 9's batch (dev9): weighted to the outlets the quote golds drew least from. NU.nl (2
# posts so far), politie.nl, Omroep West, Tweakers/Techzine/Computerworld (none) hold no dev post
# of 350-3000 characters with four quote marks or cues (teasers), so the draw takes NOS's feed
# (8 posts so far) and de Volkskrant (27) first, then one or a few each of the big ones, from the
# weeks batches 4-8 drew at most four posts from; six marks or cues so that ~13 posts hold 60+
BATCH9 = {
    "nosfeed": (r"feeds\.nos\.nl/", None, 4),
    "volkskrant": (r"volkskrant\.nl/", None, 2),
    "ad": (r"ad\.nl/", None, 1),
    "nos": (r"//(?:www\.)?nos\.nl/", None, 3),
    "telegraaf": (r"telegraaf\.nl/", None, 3),
}
_SHORT9 = ("volkskrant", "ad")
# session 9's batch (dev10): kinds where quote DETECTION is hard, each from a few outlets so the
# batch spreads over them: long Q&A interviews, quoted tweets, quotes over several paragraphs,
# quoted fragments inside reported speech, headlines with a quote, police appeals and columns
BATCH10 = {
    "qa": (r"(volkskrant\.nl|ad\.nl|nos\.nl)", r"\?\n\n[A-Z][^\n]{40,}\n\n[A-Z][^\n]{5,120}\?\n", 2),
    "tweet": (r"(telegraaf\.nl|nos\.nl|nu\.nl)",
              r"\b(?:op Twitter|twittert|twitterde|tweet(?:te|ts?)?|op Instagram)\b", 2),
    "multi_paragraph": (r"(ad\.nl|volkskrant\.nl|omroepwest\.nl|telegraaf\.nl)",
                        r"(?:[„“][^”\n]*|[‘'][^’'\n]{30,})\n\n[„“‘']", 2),
    "partial": (r"(nos\.nl|telegraaf\.nl|nu\.nl)",
                r"\b(?:zegt|zei|stelt|stelde|noemt|noemde)\b[^.\n]{0,80}\bdat\b[^.\n]*[„“‘'][^”’'\n]{3,40}[”’']", 2),
    "headline": (r"(telegraaf\.nl|ad\.nl)", r'^title:\s*"[^"\n]{2,60}:\s*[‘\'„“]', 2),
    "police_appeal": (r"(politie\.nl/|omroepwest\.nl/|bollenstreekomroep\.nl/)",
                      r"\b(?:getuigen|tips?|oproep|zoekt de politie)\b", 1),
    "column": (r"(column|opinie)", None, 2),
    # appended after the first draw found no headline or police post with that many quote marks
    # or cues (the draw above is unchanged): the same kinds with fewer signals, one more interview
    "headline_few": (r"(telegraaf\.nl|ad\.nl)", r'^title:\s*"[^"\n]{2,60}:\s*[‘\'„“]', 1),
    "police_few": (r"(politie\.nl/|omroepwest\.nl/|bollenstreekomroep\.nl/)",
                   r"\b(?:getuigen|tips?|oproep|zoekt de politie)\b", 1),
    "interview": (r"(volkskrant\.nl|ad\.nl|nu\.nl)", r"\b(?:interview|in gesprek met)\b", 1),
}
_SHORT10 = ("police_appeal",)
_COURT_SIGNAL = r"\b(?:rechtbank|rechter|officier van justitie|advocaat|verdachte)\b"
# session 10's batch (dev11): quote SPEAKERS on long articles with several speakers (politics,
# court cases, interviews, sport reactions), from the outlets the quote golds hold fewest posts
# of (NOS's feed, de Volkskrant, AD, NOS; De Telegraaf the most) and the weeks batches 4-10 drew
# least from; 1500-4000 cleaned characters with at least eight quote marks or cues
BATCH11 = {
    "politics": (r"(feeds\.nos\.nl|volkskrant\.nl|ad\.nl|//(?:www\.)?nos\.nl)",
                 r"\b(?:Kamer|kabinet|minister|wethouder|gemeenteraad|partij|fractie)\b", 3),
    "court": (r"(feeds\.nos\.nl|volkskrant\.nl|ad\.nl|//(?:www\.)?nos\.nl)", _COURT_SIGNAL, 3),
    "interview": (r"(volkskrant\.nl|ad\.nl|feeds\.nos\.nl)", r"\b(?:interview|in gesprek met|vertelt)\b", 3),
    "sport": (r"(feeds\.nos\.nl|ad\.nl/[a-z-]*(voetbal|sport|tennis|wielrennen|formule-1)|//(?:www\.)?nos\.nl)",
              r"\b(?:na afloop|trainer|coach|wedstrijd)\b", 3),
}
_FEW10 = ("headline_few", "police_few")
# session 10's batch (dev12): kinds detection finds hard and the golds hold few of: Q&A interviews,
# live blogs, reports full of indirect quotes ("volgens", "zou hebben gezegd", "laat weten",
# "stelt dat"), columns and reviews that quote people, and police calls for witnesses
BATCH12 = {
    "qa": (r"(volkskrant\.nl|ad\.nl|nos\.nl|telegraaf\.nl)", r"\?\n\n[A-Z][^\n]{40,}\n\n[A-Z][^\n]{5,120}\?\n", 2),
    "liveblog": (r"(liveblog|live-|/live/)", None, 2),
    "indirect": (r"(nos\.nl|telegraaf\.nl|ad\.nl|nu\.nl|volkskrant\.nl)",
                 r"\b(?:zou (?:hebben )?(?:gezegd|verklaard|gemeld)|zouden (?:hebben )?gezegd|"
                 r"(?:laat|liet|lieten) (?:\w+ )?weten|stelt dat|stelde dat)\b", 3),
    "review": (r"(recensie|review|/cultuur|/film|/muziek|/boeken|/theater)", r"\b(?:zegt|zei|vertelt|vertelde)\b", 2),
    "column": (r"(column|opinie)", None, 1),
    "police_witness": (r"(politie\.nl/|omroepwest\.nl/|bollenstreekomroep\.nl/)",
                       r"\b(?:getuigen|tips?|zoekt (?:de politie|getuigen))\b", 2),
    # appended after the first draw held ~30 quotations in 10 posts and no police post (the draw
    # above is unchanged): the same hard kinds with eight quote marks or cues, and a police call
    # with one
    "indirect_rich": (r"(nos\.nl|telegraaf\.nl|ad\.nl|nu\.nl|volkskrant\.nl)",
                      r"\b(?:zou (?:hebben )?(?:gezegd|verklaard|gemeld)|zouden (?:hebben )?gezegd|"
                      r"(?:laat|liet|lieten) (?:\w+ )?weten|stelt dat|stelde dat)\b", 2),
    "qa_rich": (r"(volkskrant\.nl|ad\.nl|nos\.nl|telegraaf\.nl)",
                r"(?:\n[A-Z][^\n]{5,150}\?\n\n[^\n]{40,}\n){2}", 1),
    "liveblog_rich": (r"(liveblog|live-|/live/)", None, 1),
    "review_rich": (r"(recensie|review|/cultuur|/film|/muziek|/boeken|/theater|/show/|/entertainment/)",
                    r"\b(?:zegt|zei|vertelt|vertelde)\b", 1),
    "police_few": (r"(politie\.nl/|omroepwest\.nl/|bollenstreekomroep\.nl/)",
                   r"\b(?:getuigen|tips?|zoekt (?:de politie|getuigen))\b", 1),
    # appended after the 15 posts above held 57 quotations: one more indirect-quote report
    "indirect_more": (r"(nos\.nl|ad\.nl|nu\.nl|volkskrant\.nl)",
                      r"\b(?:zou (?:hebben )?(?:gezegd|verklaard|gemeld)|zouden (?:hebben )?gezegd|"
                      r"(?:laat|liet|lieten) (?:\w+ )?weten|stelt dat|stelde dat)\b", 1),
}
_SHORT12 = ("police_witness",)
_RICH12 = ("indirect_rich", "qa_rich", "liveblog_rich", "review_rich", "indirect_more")
_DATE = re.compile(r"^date:\s*(.+)$", re.MULTILINE)
_COURT = re.compile(r"\b(rechtbank|rechter|officier van justitie|advocaat|verdachte)\b")
_LINK = re.compile(r'^externe_link:\s*"?(\S+?)"?\s*$', re.MULTILINE)
_HOST = re.compile(r'^externe_link:\s*"?https?://(?:www\.)?([^/"]+)', re.MULTILINE)
_MARKS = re.compile(r"[„“”\"‘’'«»]")
_CUE = re.compile(
    r"\b(volgens|aldus|zegt|zei|zeggen|zeiden|stelt|stelde|meldt|meldde|laat weten|liet weten|"
    r"lieten weten|klonk het|vertelt|vertelde|verklaarde|benadrukt|benadrukte|waarschuwt|"
    r"waarschuwde|schrijft|schreef|erkent|erkende|ontkent|ontkende|vindt|vond|denkt)\b",
    re.IGNORECASE,
)
_PAIR = re.compile(r"[„“\"]([^„“”\"]{2,}?)[”\"]|(?<![\w])[‘']([^‘’'\n]{2,}?)[’'](?![\w])")
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"’']?|$)")


def split_of(pid: str) -> str:
    """dev or test, fixed by the post id (about half each)."""
    return "dev" if int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _group(raw: bytes) -> str | None:
    m = _HOST.search(raw[:3000].decode("utf-8", "replace"))
    if not m:
        return None
    host = m.group(1)
    for g, (hosts, _) in QUOTA.items():
        if any(host == h or host.endswith("." + h) for h in hosts):
            return g
    return None


def _signals(text: str) -> int:
    return len(_PAIR.findall(text)) + len(_CUE.findall(text))


def sample(
    posts: Posts,
    seed: int = SEED,
    quota: dict[str, int] | None = None,
    keep: object = lambda pid: True,
) -> list[str]:
    """Post ids drawn at random (fixed seed) per outlet group, among posts of 400-4000 cleaned
    characters with at least two quote marks or reporting cues; ``quota`` overrides the number
    per group, ``keep`` filters the ids (``more``: dev split, not in the gold yet)."""
    by_group: dict[str, list[tuple[str, bytes]]] = {g: [] for g in QUOTA}
    for pid, raw in posts.iter_all():
        g = _group(raw)
        if g is not None:
            by_group[g].append((pid, raw))
    rng = random.Random(seed)
    chosen: list[str] = []
    seen: set[str] = set()
    for g, (_, n) in QUOTA.items():
        n = quota[g] if quota is not None else n
        pool = by_group[g]
        rng.shuffle(pool)
        got = 0
        for pid, raw in pool:
            if got >= n:
                break
            if not keep(pid):  # type: ignore[operator]
                continue
            try:
                text = post_document(pid, raw).text
            except Exception:  # an unreadable post is simply not sampled
                continue
            if 400 <= len(text) <= 4000 and _signals(text) >= 2 and text not in seen:
                seen.add(text)  # the same story posted twice is sampled once
                chosen.append(pid)
                got += 1
    return chosen


def batch(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """Session 4's dev batch: per kind in ``BATCH`` its number of posts from July-August 2019,
    dev split, none in ``have``; 350-4000 cleaned characters (most police, regional and
    background posts in the archive are teasers of ~200) with at least two quote marks or cues,
    four for the long kinds (court: the text names a court, judge, prosecutor, lawyer or
    suspect)."""
    pools: dict[str, list[str]] = {k: [] for k in BATCH}
    for month in ("2019-07", "2019-08"):
        for pid, raw in posts.iter_all(month):
            if pid in have or split_of(pid) != "dev":
                continue
            m = _LINK.search(raw[:3000].decode("utf-8", "replace"))
            for kind, (pattern, _) in BATCH.items():
                if m and re.search(pattern, m.group(1)):
                    pools[kind].append(pid)
    rng = random.Random(seed)
    chosen: list[str] = []
    for kind, (_, n) in BATCH.items():
        pool = sorted(pools[kind])
        rng.shuffle(pool)
        got = 0
        raws = posts.load(pool)
        for pid in pool:
            if got >= n or pid in chosen:
                continue
            try:
                text = post_document(pid, raws[pid]).text
            except Exception:  # an unreadable post is simply not sampled
                continue
            least = 2 if kind in _SHORT else 4
            if not (350 <= len(text) <= 4000 and _signals(text) >= least):
                continue
            if kind == "court" and not _COURT.search(text):
                continue
            chosen.append(pid)
            got += 1
    return chosen


def batch5(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """Session 5's dev batch: per kind in ``BATCH5`` its number of posts from May-June 2019, dev
    split, none in ``have``; the URL must match the kind's pattern and the front matter (a
    category) or the cleaned text its signal; 500-3500 cleaned characters with at least four
    quote marks or cues."""
    return _draw(posts, seed, have, BATCH5, ("2019-05", "2019-06"), lambda kind: (500, 3500, 4))


def batch6(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """The dev6 batch: per kind in ``BATCH6`` its number of posts from all four months, dev
    split, none in ``have``; 400-2500 cleaned characters (small posts, many kinds) with at least
    four quote marks or cues (350+ and two for the short kinds); the signal is searched in front
    matter and text."""
    return _draw(posts, seed, have, BATCH6, ("2019-05", "2019-06", "2019-07", "2019-08"),
                 lambda kind: (350, 2500, 2) if kind in _SHORT6 else (400, 2500, 4))


def batch7(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """The dev7 batch (session 7): per outlet in ``BATCH7`` its number of posts, drawn as
    ``batch6`` draws (all four months, dev split, none in ``have``) but up to 3000 characters."""
    return _draw(posts, seed, have, BATCH7, ("2019-05", "2019-06", "2019-07", "2019-08"),
                 lambda kind: (350, 3000, 2) if kind in _SHORT7 else (400, 3000, 4))


def _week(raw: bytes) -> int | None:
    """The ISO week of a post's front-matter date (None when it has none)."""
    from email.utils import parsedate_to_datetime

    m = _DATE.search(raw[:3000].decode("utf-8", "replace"))
    try:
        return parsedate_to_datetime(m.group(1).strip()).isocalendar()[1] if m else None
    except (TypeError, ValueError):
        return None


def _quiet_weeks(posts: Posts, golds: list[str], most: int = 2) -> set[int]:
    """The ISO weeks from which the given dev batches drew at most ``most`` posts (at least one
    post of the archive dated in them)."""
    from collections import Counter

    ids = [json.loads(line)["id"] for g in golds for line in (HERE / g).read_text(encoding="utf-8").splitlines()]
    used = Counter(_week(raw) for raw in posts.load(ids).values())
    return {w for w in range(18, 36) if used[w] <= most}


def batch8(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """The dev8 batch (session 8): per kind in ``BATCH8`` its number of posts, drawn as ``batch7``
    draws, from the weeks batches 4-7 drew least from (``_quiet_weeks``)."""
    weeks = _quiet_weeks(posts, [f"leestmeer_dev{n}.jsonl" for n in (4, 5, 6, 7)])
    return _draw(posts, seed, have, BATCH8, ("2019-05", "2019-06", "2019-07", "2019-08"),
                 lambda kind: (350, 3000, 2) if kind in _SHORT8 else (400, 3000, 4),
                 keep=lambda raw: _week(raw) in weeks)


def batch9(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """The dev9 batch (session 9): per outlet in ``BATCH9`` its number of posts, drawn as
    ``batch8`` draws but from the weeks batches 4-8 drew at most four posts from, with at least
    six quote marks or cues (350+ characters and four for the outlets of short posts)."""
    weeks = _quiet_weeks(posts, [f"leestmeer_dev{n}.jsonl" for n in (4, 5, 6, 7, 8)], most=4)
    return _draw(posts, seed, have, BATCH9, ("2019-05", "2019-06", "2019-07", "2019-08"),
                 lambda kind: (350, 3000, 4) if kind in _SHORT9 else (400, 3000, 6),
                 keep=lambda raw: _week(raw) in weeks)
def batch10(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """The dev10 batch (session 9): per kind in ``BATCH10`` (hard kinds for quote detection) its
    number of posts, drawn as ``batch7`` draws (all four months, dev split, none in ``have``), up
    to 4000 characters so long interviews qualify."""
    return _draw(posts, seed, have, BATCH10, ("2019-05", "2019-06", "2019-07", "2019-08"),
                 lambda kind: (350, 4000, 2) if kind in _SHORT10 else (350, 4000, 1) if kind in _FEW10
                 else (400, 4000, 4))


def batch11(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """The dev11 batch (session 10): per kind in ``BATCH11`` its number of long posts (several
    speakers) of all four months, dev split, none in ``have``, from the weeks batches 4-10 drew
    at most six posts from."""
    weeks = _quiet_weeks(posts, [f"leestmeer_dev{n}.jsonl" for n in range(4, 11)], most=6)
    return _draw(posts, seed, have, BATCH11, ("2019-05", "2019-06", "2019-07", "2019-08"),
                 lambda kind: (1500, 4000, 8), keep=lambda raw: _week(raw) in weeks)


def batch12(posts: Posts, seed: int, have: set[str]) -> list[str]:
    """The dev12 batch (session 10): per kind in ``BATCH12`` (hard kinds for quote detection that
    the golds hold few of) its number of posts, drawn as ``batch10`` draws: all four months, dev
    split, none in ``have``, 400-4000 cleaned characters with four quote marks or cues (350+ and
    two for police calls for witnesses; eight for the kinds appended, one for the police call)."""
    return _draw(posts, seed, have, BATCH12, ("2019-05", "2019-06", "2019-07", "2019-08"), _limits12)


def _limits12(kind: str) -> tuple[int, int, int]:
    """Batch 12's least and most cleaned characters and least quote marks or cues per kind."""
    if kind == "police_few":
        return (300, 4000, 1)
    if kind in _SHORT12:
        return (350, 4000, 2)
    return (400, 4000, 8) if kind in _RICH12 else (400, 4000, 4)


def _draw(
    posts: Posts, seed: int, have: set[str], kinds: dict[str, tuple[str, str | None, int]], months: tuple[str, ...],
    limits: Callable[[str], tuple[int, int, int]], keep: Callable[[bytes], bool] | None = None,
) -> list[str]:
    """Per kind (URL pattern, signal, number) that many dev-split posts of ``months`` not in
    ``have``, in a shuffled order fixed by ``seed``; ``limits(kind)``: the least and most cleaned
    characters and the least quote marks or cues; the signal is searched in front matter and text;
    ``keep(raw)`` filters the posts further (batch 8: by week)."""
    pools: dict[str, list[str]] = {k: [] for k in kinds}
    for month in months:
        for pid, raw in posts.iter_all(month):
            if pid in have or split_of(pid) != "dev" or (keep is not None and not keep(raw)):
                continue
            m = _LINK.search(raw[:3000].decode("utf-8", "replace"))
            for kind, (url, _, _) in kinds.items():
                if m and re.search(url, m.group(1)):
                    pools[kind].append(pid)
    rng = random.Random(seed)
    chosen: list[str] = []
    for kind, (_, signal, n) in kinds.items():
        pool = sorted(pools[kind])
        rng.shuffle(pool)
        low, high, least = limits(kind)
        got = 0
        for start in range(0, len(pool), 400):
            if got >= n:
                break
            part = [p for p in pool[start : start + 400] if p not in chosen]
            raws = posts.load(part)
            for pid in part:
                if got >= n:
                    break
                raw = raws[pid].decode("utf-8", "replace")
                front = raw.split("\n---", 1)[0] if raw.startswith("---") else ""
                try:
                    text = post_document(pid, raws[pid]).text
                except Exception:  # an unreadable post is simply not sampled
                    continue
                if not (low <= len(text) <= high and _signals(text) >= least):
                    continue
                if signal and not re.search(signal, front + "\n" + text, re.MULTILINE):
                    continue
                chosen.append(pid)
                got += 1
    return chosen


def show(posts: Posts, ids: list[str]) -> None:
    raws = posts.load(ids)
    for pid in ids:
        text = post_document(pid, raws[pid]).text
        print(f"## {pid} {split_of(pid)}\n{text}\n---")
        for m in _PAIR.finditer(text):
            inner = m.group(1) or m.group(2)
            flat = inner.replace("\n", "\\n")
            print(f"D | {flat} | ? | ?")
        for m in _SENT.finditer(text):
            s = m.group(0).strip()
            if _CUE.search(s):
                print(f"R? | {s} | ? | ?")
        print()


def build(draft: Path, out: Path = OUT) -> None:
    docs = parse_annotations(draft)
    posts = Posts()
    raws = posts.load(d["key"] for d in docs)
    rows = []
    for d in docs:
        pid = d["key"]
        text = post_document(pid, raws[pid]).text
        quotes = []
        pos = 0
        for n, kind, qtext, sp_text, sp_name in d["items"]:
            where = f"{draft.name}:{n}"
            s, e = locate(text, qtext, pos, where)
            pos = s
            q: dict[str, object] = {
                "start": s,
                "end": e,
                "digest": digest(text[s:e]),
                "direct": kind == "D",
                "speaker_name": None if sp_name == "-" else sp_name,
                "speaker_start": None,
                "speaker_end": None,
                "speaker_digest": None,
            }
            if sp_text != "-":
                cands = [m.start() for m in re.finditer(re.escape(sp_text), text)]
                if not cands:
                    raise SystemExit(f"{where}: speaker not found: {sp_text!r}")
                before = [c for c in cands if c < e]
                after = [c for c in cands if c >= e]
                ss = after[0] if after and (not before or after[0] - e < 80) else before[-1]
                q.update(
                    speaker_start=ss,
                    speaker_end=ss + len(sp_text),
                    speaker_digest=digest(sp_text),
                )
            quotes.append(q)
        if d["split"] != split_of(pid):
            raise SystemExit(f"{pid}: split {d['split']} but the id gives {split_of(pid)}")
        rows.append({"id": pid, "split": d["split"], "quotes": quotes})
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = {s: sum(len(r["quotes"]) for r in rows if r["split"] == s) for s in ("dev", "test")}
    docs_by = {s: sum(r["split"] == s for r in rows) for s in ("dev", "test")}
    print(f"wrote {out}: {len(rows)} posts {docs_by}, quotes {by}")


def _who(text: str, q: object) -> str:
    s, e = getattr(q, "speaker_start", None), getattr(q, "speaker_end", None)
    return "-" if s is None else text[s:e]


def errors(use_frog: bool, gold: Path = OUT) -> None:
    """Print the dev split's detection and speaker errors (never the test split's)."""
    from kroniek.evaluation.quotes import (
        DEFAULT_CACHE,
        cached,
        frog_analyser,
        load_gold,
        match,
        predict,
        speaker_right,
    )

    docs = [d for d in load_gold(gold) if d.split == "dev"]
    analyse = cached(frog_analyser(), DEFAULT_CACHE) if use_frog else None
    for d, pred in zip(docs, predict(docs, analyse), strict=True):
        t = d.text
        pairs = match(t, d.quotes, pred)
        gi = {i for i, _ in pairs}
        pj = {j for _, j in pairs}

        for i, g in enumerate(d.quotes):
            if i not in gi:
                print(
                    f"{d.id} MISS {'D' if g.direct else 'R'} [{t[g.start : g.end][:90]}] {g.speaker_name}"
                )
        for j, p in enumerate(pred):
            if j not in pj:
                print(
                    f"{d.id} EXTRA {'D' if p.direct else 'R'} [{t[p.start : p.end][:90]}] {_who(t, p)}"
                )
        for i, j in pairs:
            g, p = d.quotes[i], pred[j]
            if not speaker_right(t, p, g):
                print(
                    f"{d.id} SPK [{t[g.start : g.end][:60]}] gold={g.speaker_name} pred={_who(t, p)}"
                )


# the batch commands: draw function and the gold file it made (left out of "have" so that a
# rerun draws the same posts; batch 4's draw predates that rule)
_DRAWS = {
    "batch": (batch, None),
    "batch5": (batch5, "leestmeer_dev5.jsonl"),
    "batch6": (batch6, "leestmeer_dev6.jsonl"),
    "batch7": (batch7, "leestmeer_dev7.jsonl"),
    "batch8": (batch8, "leestmeer_dev8.jsonl"),
    "batch9": (batch9, "leestmeer_dev9.jsonl"),
    "batch10": (batch10, "leestmeer_dev10.jsonl"),
    "batch11": (batch11, "leestmeer_dev11.jsonl"),
    "batch12": (batch12, "leestmeer_dev12.jsonl"),
}


def main(argv: list[str]) -> None:
    posts = Posts()
    if argv[:1] == ["sample"]:
        print("\n".join(sample(posts)))
    elif argv[:1] == ["more"] and len(argv) == 3:
        have = set()  # session 11: none of any quote gold (the dev batches too)
        for gold in HERE.glob("leestmeer*.jsonl"):
            have |= {json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines()}
        per = int(argv[2])
        ids = sample(
            posts,
            seed=int(argv[1]),
            quota={g: per for g in QUOTA},
            keep=lambda pid: pid not in have and split_of(pid) == "dev",
        )
        print("\n".join(ids))
    elif argv[:1] and argv[0] in _DRAWS and len(argv) == 2:
        draw, own = _DRAWS[argv[0]]
        have = set()
        for gold in HERE.glob("leestmeer*.jsonl"):
            if gold.name == own:  # its own draw: rerunning gives the same ids
                continue
            have |= {json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines()}
        print("\n".join(draw(posts, int(argv[1]), have)))
    elif argv[:1] == ["show"] and len(argv) > 1:
        show(posts, argv[1:])
    elif argv[:1] == ["build"]:
        build(Path(argv[1]) if len(argv) > 1 else DRAFT, Path(argv[2]) if len(argv) > 2 else OUT)
    elif argv[:1] == ["errors"]:
        paths = [a for a in argv[1:] if not a.startswith("--")]
        errors("--frog" in argv, Path(paths[0]) if paths else OUT)
    else:
        print(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
