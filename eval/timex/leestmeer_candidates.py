"""Propose leestmeer-2019 posts to annotate for the real-news time gold (prints; stores nothing).

The posts are copyrighted, so this script only *shows* candidate posts on stdout for the
annotator; the gold file (`leestmeer.jsonl`) keeps ids, offsets, digests and labels. Candidates
are drawn by category (weekdays, deadlines, ranges, feast days, clock words, dates without a
year, ordinary dated posts) with a fixed seed, from posts whose front-matter time is not late
in the evening UTC (so the post's day is the same in the Netherlands). The choice uses plain
regular expressions, never kroniek's tagger.

    python eval/timex/leestmeer_candidates.py --per 25 > /tmp/candidates.txt
    python eval/timex/leestmeer_candidates.py --per 1 --min-chars 2500 --max-chars 5000 --seed 4401  # long posts
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402

_WD = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"
_M = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_NUMW = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
CATEGORIES = {
    "weekday": rf"\b{_WD}(?:avond|ochtend|middag|nacht|morgen)?\b",
    "deadline": rf"\b(?:tot|uiterlijk|vanaf|sinds|voor)\s+(?:{_WD}|\d{{1,2}}\s+{_M})",
    "range": rf"\b\d{{1,2}}\s*(?:-|–|tot|t/m|tot en met)\s*\d{{1,2}}\s+{_M}|\b{_M}\s+(?:tot|t/m|-)\s+{_M}",
    "feast": r"(?i)\b(?:pasen|paas\w*|goede vrijdag|hemelvaart\w*|pinkster\w*|koningsdag|bevrijdingsdag|"
             r"prinsjesdag|sinterklaas|kerst\w*|oud en nieuw|oudjaar\w*|nieuwjaarsdag|\w*vakantie)\b",
    "feastname": r"(?i)\b(?:pasen|paas\w*|goede vrijdag|hemelvaart\w*|pinkster\w*|koningsdag|bevrijdingsdag|"
                 r"prinsjesdag|sinterklaas\w*|kerst\w*|oud en nieuw|oudjaar\w*|nieuwjaarsdag)\b",
    "counterfactual": rf"\bhadden?\b[^.]{{0,60}}\b{_WD}\b[^.]{{0,60}}\bmoeten\b|\btot\s+(?:en\s+met\s+)?\d{{1,2}}\s+{_M}",
    "clockword": rf"(?i)\b(?:kwart|\w+\s+minuten|{_NUMW})\s+(?:voor|over)\s+(?:half\s+)?{_NUMW}\b|\bhalf\s+{_NUMW}\b",
    "noyear": rf"\b\d{{1,2}}\s+{_M}\b(?!\s+\d{{4}})",
    "relweek": r"(?i)\b(?:vorige|volgende|komende?|afgelopen|deze)\s+(?:week|weekend|weekeinde|maand)\b",
    "agerange": rf"(?i)\b(?:tussen|van)\s+(?:\d{{1,2}}|{_NUMW})\s+(?:en|tot)\s+(?:\d{{1,2}}|{_NUMW})\s+jaar\b",
    "duration": rf"(?i)\b(?:al|sinds|ruim|bijna|na|binnen)\s+(?:\d+|{_NUMW})\s+(?:dagen|weken|maanden|jaar|uur)\b",
    "wholeweek": r"(?i)\b(?:de|het)\s+hele\s+(?:week|dag|weekend|maand|jaar|ochtend|middag|avond|nacht)\b",
    "sunlight": r"(?i)\b(?:zonsondergang|zonsopgang|schemer\w*|daglicht)\b",
    "vaguehours": r"(?i)\b(?:urenlang|uren|dagenlang|wekenlang|maandenlang)\s+(?:\w+\s+)?(?:vast|lang|bezig|zoeken|gezocht|duurde|vastgehouden)\b|\b(?:hield|houden|hielden|zat|zaten|duurde)\b[^.]{0,40}\buren\b",
    "minutesbefore": rf"(?i)\b(?:\w+\s+)?minuten\s+(?:voor|na|over)\s+(?:half\s+)?(?:{_NUMW}|\d{{1,2}})\b",
    "ordinary": r"\b(?:gisteren|vandaag|morgen|vorige week|volgend jaar|vorig jaar|dit jaar|\d{4})\b",
    # time5 (2026-12-06): kinds no earlier batch asked for
    "anaphor": r"(?i)\b(?:die|dat|diezelfde|datzelfde)\s+(?:avond|ochtend|middag|nacht|dag|week|weekend|weekeinde|jaar|maand)\b"
    r"|\b(?:de dag|de avond|de week|het weekend)\s+(?:erna|daarna|ervoor|daarvoor)\b|\b\w+\s+dagen\s+(?:eerder|later)\b",
    "nightof": rf"(?i)\bnacht\s+van\s+{_WD}\s+op\s+{_WD}\b",
    "aroundclock": r"\b(?:rond|omstreeks|tussen)\s+\d{1,2}[.:]\d\d(?:\s+uur)?\b",
    "civic": r"(?i)\b(?:onafhankelijkheidsdag|nationale feestdag|prinsjesdag|hemelvaart\w*|pinkster\w*|dodenherdenking|"
    r"veteranendag|keti koti|bastille\w*|ramadan|suikerfeest|offerfeest|dag van de arbeid)\b",
    "court": r"(?i)\b(?:rechtbank|officier van justitie|gerechtshof|de rechter)\b",
    "weather": r"(?i)\b(?:knmi|weerbericht|weersverwachting|code oranje|code geel|hittegolf|weerman|weerplaza|weeronline)\b",
    "schedule": r"(?i)\b(?:speelronde|aftrap|speelschema|wedstrijdschema|competitiestart|eerste speeldag|trainingskamp)\b",
    "ahead": rf"(?i)\b(?:vindt|vinden)\s+(?:plaats|komend)\b[^.]{{0,40}}\b(?:{_WD}|\d{{1,2}}\s+{_M})|\bwordt\s+(?:op|van)\s+\d{{1,2}}\s+{_M}\b",
    # time6 (2026-12-06): kinds of news the first eleven batches held few of
    "parliament": r"(?i)\b(?:tweede kamer|eerste kamer|kabinet|wetsvoorstel|gemeenteraad|staatssecretaris)\b[^.]{0,200}"
    r"\b(?:uiterlijk|na de zomer|voor de zomer|vanaf volgend jaar|per 1 \w+|voor 1 \w+|het reces|zomerreces)\b",
    "economy": r"(?i)\b(?:kwartaal|halfjaar|jaarcijfers|omzet|winst)\b[^.]{0,120}\b(?:vorig jaar|eerste helft|"
    r"tweede kwartaal|eerste kwartaal|dezelfde periode|over \w+ jaar|halfjaar)\b",
    "anniversary": r"(?i)\b(?:\d+|\w+tig|honderd)\s+jaar\s+geleden\b|\b(?:herdenking|herdacht|jubileum|"
    r"D-Day|bevrijding)\b[^.]{0,80}\b19\d\d\b",
    "sportseason": r"(?i)\b(?:seizoen|eredivisie|voorbereiding|competitie|play-offs|transferperiode)\b[^.]{0,100}"
    r"\b(?:\d{1,2}\s+(?:augustus|juli|september)|komend seizoen|volgend seizoen|vorig seizoen|20\d\d/20\d\d|20\d\d-20\d\d)\b",
    "culture": r"(?i)\b(?:tentoonstelling|expositie|voorstelling|concert|festival|museum)\b[^.]{0,120}"
    r"\b(?:t/m|tot en met|van \d{1,2}\s+\w+\s+tot|te zien tot|nog tot)\b",
    "timezone": r"(?i)\b(?:lokale tijd|plaatselijke tijd|nederlandse tijd|Nederlandse tijd|tijdverschil|UTC|GMT)\b",
    "courtdates": rf"(?s)\b(?:rechtbank|officier van justitie|gerechtshof|rechter)\b.*?\b\d{{1,2}}\s+{_M}\b.*?\b\d{{1,2}}\s+{_M}\b"
    rf".*?\b\d{{1,2}}\s+{_M}\b",
    "memorial": r"(?i)\b(?:D-Day|6 juni 1944|herdenking|herdenken|herdacht|jubileum|bestaat \w+ jaar)\b",
    "deadline2": rf"(?i)\buiterlijk\s+(?:\d{{1,2}}\s+{_M}|eind|begin|volgend|in|op)\b|\bvanaf volgend jaar\b|\bna de zomer\b"
    r"|\bover (?:\w+) jaar\b|\bvoor 1 (?:januari|juli|oktober|september)\b",
    "halfyear": r"(?i)\b(?:eerste|tweede) (?:halfjaar|jaarhelft|helft van (?:het|dit|vorig) jaar)\b|\beerste zes maanden\b",
}
BODY = re.compile(r"^---\n.*?\n---\n", re.S)
DATE = re.compile(r"^date: .*? (\d\d):\d\d:\d\d ([+-]\d{4}|GMT)", re.M)


def _late(raw: str) -> bool:
    m = DATE.search(raw)
    if not m:
        return True
    hour, zone = int(m.group(1)), m.group(2)
    utc = hour - (int(zone[:3]) if zone != "GMT" else 0)
    return utc >= 22 or utc < 0


LINK = re.compile(r"^externe_link: \"?https?://(?:www\.)?([^/\"]+)", re.M)


def _outlet(raw: str) -> str:
    m = LINK.search(raw)
    return m.group(1) if m else ""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per", type=int, default=25, help="posts per category")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--max-chars", type=int, default=1200)
    ap.add_argument("--min-chars", type=int, default=0, help="draw only long posts (every batch before the seventh held short ones)")
    ap.add_argument("--only", nargs="*", help="categories to draw from (default: all)")
    ap.add_argument("--exclude", type=Path, help="file of post ids already seen")
    ap.add_argument("--months", nargs="*", help="only posts of these months (2019-08 ...)")
    ap.add_argument("--skip-outlets", nargs="*", default=[], help="leave out posts whose source link holds one of these")
    args = ap.parse_args(argv)
    seen = set(args.exclude.read_text().split()) if args.exclude else set()
    pools: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    raws: dict[str, str] = {}
    for pid, raw_b in Posts().iter_all():
        raw = raw_b.decode("utf-8", "replace")
        if pid in seen or not args.min_chars <= len(raw) <= args.max_chars + 600 or _late(raw):
            continue
        if args.months and pid.split("/")[0] not in args.months:
            continue
        if _outlet(raw) in args.skip_outlets:
            continue
        body = BODY.sub("", raw)
        for cat, rx in CATEGORIES.items():
            if args.only and cat not in args.only:
                continue
            if re.search(rx, body):
                pools[cat].append(pid)
                raws[pid] = raw
    rng = random.Random(args.seed)
    chosen: list[tuple[str, str]] = []
    for cat, pids in pools.items():
        rng.shuffle(pids)
        taken = [p for p in pids if p not in {q for _, q in chosen}][: args.per]
        chosen += [(cat, p) for p in taken]
    for n, (cat, pid) in enumerate(chosen):
        doc = post_document(pid, raws[pid].encode("utf-8"))
        print(f"### {n} {pid} [{cat}] {_outlet(raws[pid])} published={doc.published.value if doc.published else None}")
        print(doc.text.replace("\n", " ¶ "))
        print()


if __name__ == "__main__":
    main()
