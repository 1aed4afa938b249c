"""Which way a time expression points, read from its sentence: tense, mood and pointing prepositions.

A year-less date ("31 oktober") or a bare weekday ("woensdag") has several readings; the
sentence says which one the writer means:

- the tense of the clause: a past-tense or perfect verb points back, "zal/zullen" forward;
- present tense with future reference: news writes scheduled happenings in the present
  ("de wedstrijd gaat zondag niet door", "de tentoonstelling opent op 9 september"), so a bare
  weekday in a present-tense clause is the coming one, unless the verb reports what someone
  said or did ("meldt de politie dinsdag", "schrijft hij vrijdag"), which is news of the
  last days;
- the counterfactual "hadden … moeten/kunnen/zullen" says what was planned, not what happened,
  so it does not point back ("zonder uitstel hadden de Britten vrijdag moeten stappen"); nor does
  a perfect of planning ("de rechtbank heeft de zitting op 16 augustus gepland");
- prepositions that point: "sinds" back; "tot", "tot en met", "t/m", "uiterlijk", "vanaf",
  "ten laatste" forward (a deadline in the future stays there), unless the clause is in the past
  ("het museum was tot 1 januari dicht").

With Frog's tags the finite verbs and participles come from the part-of-speech tags; without
them a word-level reading is used (known strong past forms, weak past forms that obey the
"'t kofschip" spelling rule, an auxiliary with a participle).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Literal

from ..model import Token
from ..sentences import tense_windows
from .time_lexicon import (
    DETERMINERS,
    FINITE_HINTS,
    FUTURE_MARKERS,
    NOT_PAST,
    PAST_MARKERS,
    REPORTING_VERBS,
)

Direction = Literal["past", "future"]

_WORD = re.compile(r"[\w'’.-]+")
_CLAUSE_CUT = re.compile(
    r"[;:]|(?<!\d),|,(?!\d)|\bom\b(?=[^,.;:]{0,80}\bte\s+[a-z])|\b(?:dat|omdat|terwijl|nadat|voordat|waarin|waarbij|waarna|toen|maar|wanneer|zodat)\b", re.I
)
# an auxiliary's participle, also with a separable prefix ("aangehouden", "voorgedragen") and of
# the -aan verbs ("gedaan", "opgegaan", "gestaan")
_PARTICIPLE = re.compile(r"(?:[a-z]{2,6})?ge(?:[a-zë]{3,}(?:d|t|en)|[a-zë]{1,4}aan)")
# participles without "ge" ("onderhandeld", "besloten"): only at the end of their clause
_PARTICIPLE_INSEP = re.compile(r"(?:be|ver|ont|her|onder|over)[a-zë]{3,}(?:d|t|en)")
_PP_AFTER = re.compile(r"\s+(?:voor|wegens|tot|bij|aan|met|door|naar|uit|over|om|in|op|na)\s")
_ATTRIBUTIVE = re.compile(r"\s+(?:[a-z]{2,6})?ge[a-zë]{3,}(?:de|te|en)\s+[a-zë]")
_LIST_COMMA = re.compile(r",\s+[A-Z][a-zë]+\b(?!\s+(?:zei|zegt|meldt|aldus)\b)")
_NAME_BEFORE = re.compile(r"(?<=\s)[A-Z][a-zë]+$")
_VOICELESS = frozenset("tkfsxp")
_VOWELS = frozenset("aeiouyé")
_BACK = re.compile(r"(?i)(?<![\w])sinds\s+(?:de\s+|het\s+)?$")  # "sinds de nacht van vrijdag op zaterdag"
# the first date of a range whose end "tot" marks: "van 26 juli tot 18 augustus"
_RANGE_AHEAD = re.compile(r"\s*(?:tot(?:\s+en\s+met)?|t/m)\s+(?:[a-z]+dag\s+)?\d", re.I)
_FORWARD = re.compile(r"(?i)(?<![\w])(?:tot(?:\s+en\s+met)?|t/m|uiterlijk|vanaf|ten\s+laatste)\s+(?:op\s+)?$")
_COUNTERFACTUAL_AUX = frozenset(["had", "hadden", "zou", "zouden"])
# separable particles before a strong past form: "plaatsvond", "aankwam", "opstond", "terugkwam"
_PARTICLE = re.compile(r"(plaats|aan|af|bij|door|in|mee|na|neer|om|op|over|terug|toe|uit|vast|voor|weg|los|tegen|samen)(?=[a-z]{2,})")
# prepositions after which "zijn"/"haar" is a possessive, not a verb ("dankzij zijn overwinning")
_PREPOSITIONS = frozenset(
    ["dankzij", "door", "met", "van", "voor", "na", "in", "op", "aan", "bij", "om", "uit", "over", "onder", "tegen", "naar",
     "tot", "zonder", "tijdens", "wegens", "vanwege", "sinds", "na", "achter", "naast", "tussen", "volgens"]
)
_UNIT_BEFORE = re.compile(r"(?i)\b(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|eeuw|decennia|uur|uren|minuten)\s+$")
_ANNIVERSARY = re.compile(r"(?i)\b(?:(?:is|wordt)\s+het|het\s+(?:is|wordt))\s+(?:[\w.,]+\s+){1,4}$")
_COUNTERFACTUAL_INF = frozenset(["moeten", "kunnen", "zullen", "willen", "mogen", "gaan"])
# a perfect of planning ("heeft de zitting op 16 augustus gepland") says when something is to
# happen, which may lie ahead: the nearest reading, not the past
_PLANNED = frozenset(
    ["gepland", "ingepland", "vastgesteld", "vastgelegd", "geagendeerd", "uitgesteld", "verplaatst", "verschoven",
     "aangekondigd", "afgesproken", "ingeroosterd", "aangezegd"]
)


def weak_past(word: str) -> bool:
    """True for a regular past-tense form ("werkte", "speelden"): the ending must follow the stem
    as Dutch spelling requires ('t kofschip: -te after a voiceless consonant, -de after a voiced
    one), which rules out most nouns and infinitives that merely end in -de/-te/-den/-ten."""
    w = word.lower()
    m = re.fullmatch(r"([a-zé]{2,}?)(de|te|den|ten)", w)
    if not m or w in NOT_PAST or w.startswith("ge"):
        return False
    stem, ending = m.group(1), m.group(2)
    last = stem[-1]
    if ending == "ten" and last == "t":
        return False  # "zetten", "zitten": a t-stem's present plural looks the same
    if ending.startswith("t") and last == "s":
        return stem.endswith("ts")  # "plaatste", "botsten"; not "mooiste", "kosten", "feesten"
    if ending.startswith("t") and len(stem) <= 3:
        return False  # "witte", "natte", "platte": short adjectives; short past forms are listed
    if ending.startswith("t"):
        return last in _VOICELESS or stem.endswith("ch")
    return last not in _VOICELESS and last not in _VOWELS and not stem.endswith("ch")


def _after_article_adjective(words: Sequence[re.Match[str]], i: int) -> bool:
    """True after an article and an inflected adjective ("het eerstvolgende raceweekende", "de
    nieuwe bestuurde"): a noun phrase, not a past-tense verb."""
    if i < 2:
        return False
    adj, det = words[i - 1].group().lower(), words[i - 2].group().lower()
    return det in ("de", "het", "een") and adj.endswith("e")


def _separable_past(word: str) -> bool:
    """A strong past form behind a separable particle, written as one word in a subordinate clause:
    "plaatsvond", "aankwamen", "terugging" (the bare forms are in ``PAST_MARKERS``)."""
    m = _PARTICLE.match(word)
    return m is not None and word[m.end() :] in PAST_MARKERS and word[m.end() :] not in _NOT_STRONG


# short past markers that are no verbs behind a particle ("voorgaande", "opvorige")
_NOT_STRONG = frozenset(["afgelopen", "vorige", "vorig", "jl.", "geleden", "gisteren", "eergisteren"])


class Tense:
    """Per-position tense cues of a text: past, future, present-report and counterfactual markers."""

    def __init__(self, text: str, tokens: Sequence[Token] | None) -> None:
        self.text = text
        self.bounds = tense_windows(text, tokens)
        # (offset, "past" | "future" | "report" | "counterfactual" | "plan" | "state"); "plan" is a perfect of
        # planning ("heeft … gepland"), read like a counterfactual (the nearest); "state" is "is/zijn" with a
        # participle: a perfect ("is vertrokken") or a state ("is gesloten"), past unless a
        # preposition points ahead
        self.markers: list[tuple[int, str]] = []
        self.finite: list[int] = []  # offsets of finite verbs (Frog's WW(pv…), or known forms without Frog)
        self._positions: list[int] | None = None
        if tokens:
            self._from_tokens(tokens)
        else:
            self._from_words()

    def _from_tokens(self, tokens: Sequence[Token]) -> None:
        self.finite = [t.start for t in tokens if t.pos.startswith("WW(pv")]
        for i, t in enumerate(tokens):
            lemma = t.lemma.lower()
            if t.pos.startswith("WW(pv,verl"):
                self.markers.append((t.start, "past"))
            elif t.pos.startswith("WW(pv,tgw") and lemma == "zullen":
                self.markers.append((t.start, "future"))
            elif t.pos.startswith("WW(pv,tgw") and lemma in ("hebben", "zijn"):
                nearby = [x for x in tokens[i + 1 : i + 25] if x.pos.startswith("WW(vd,vrij") and x.sent == t.sent
                          and not self._ago(x.start, self.text[x.start : x.end])]
                if nearby:  # not "de ingelaste Raad"
                    planned = any(self.text[x.start : x.end].lower() in _PLANNED for x in nearby)
                    self.markers.append((t.start, "plan" if planned else "state" if lemma == "zijn" else "past"))
            elif t.pos.startswith("WW(pv,tgw") and lemma in REPORTING_VERBS:
                self.markers.append((t.start, "report"))
            elif self.text[t.start : t.end].lower() == "toen":
                self.markers.append((t.start, "past"))  # "toen" tells of the past (see _from_words)
        self._counterfactuals([(t.start, self.text[t.start : t.end]) for t in tokens])

    def _from_words(self) -> None:
        words = list(_WORD.finditer(self.text))
        for i, m in enumerate(words):
            w = m.group().lower().rstrip(".")
            if self._in_title(words, i):
                continue  # "zijn show Later Was Alles Beter": a verb inside a capitalised title
            if w == "toen":
                # "toen" ("when", "then") tells of the past, as a conjunction ("toen donderdag een
                # ongeluk plaatsvond") and as an adverb ("toen dachten we"); the future's is "dan"
                self.markers.append((m.start(), "past"))
                continue
            if w == "zijn" and i > 0 and words[i - 1].group().lower() in _PREPOSITIONS:
                continue  # "dankzij zijn overwinning van vrijdag": a possessive, no verb
            if _separable_past(w):
                self.markers.append((m.start(), "past"))
                self.finite.append(m.start())
                continue
            if w in FINITE_HINTS or w in REPORTING_VERBS or w in PAST_MARKERS or w in FUTURE_MARKERS:
                self.finite.append(m.start())
            if w in FUTURE_MARKERS:
                self.markers.append((m.start(), "future"))
            elif w in PAST_MARKERS and not (i > 0 and words[i - 1].group().lower() == "de") and not (
                    w == "geleden" and self._anniversary(m.start())):
                # after the article "de" a past form is a noun or a name ("op de Bleek in Doetinchem")
                self.markers.append((m.start(), "past"))
            elif w in ("heeft", "hebben", "is", "zijn"):
                _, hi = self.clause(m.start(), m.end())
                parts = [x for x in words[i + 1 : i + 25] if x.start() < hi and self._participle(x, hi)]
                if parts:
                    planned = any(x.group().lower().rstrip(".") in _PLANNED for x in parts)
                    self.markers.append((m.start(), "plan" if planned else "state" if w in ("is", "zijn") else "past"))
            elif w in REPORTING_VERBS:
                self.markers.append((m.start(), "report"))
            elif (
                weak_past(m.group())
                and m.group()[:1].islower()
                and (i == 0 or words[i - 1].group().lower() not in DETERMINERS)
                and not _after_article_adjective(words, i)
                and not (i + 1 < len(words) and words[i + 1].group()[:1].islower()
                         and i > 0 and words[i - 1].group().lower() in ("een", "de", "het"))
            ):
                self.markers.append((m.start(), "past"))
                self.finite.append(m.start())
        self._counterfactuals([(m.start(), m.group()) for m in words])

    def _in_title(self, words: Sequence[re.Match[str]], i: int) -> bool:
        """True for a capitalised word inside a run of capitalised words that does not open a sentence."""
        if not words[i].group()[:1].isupper() or i == 0:
            return False
        if self.text[: words[i].start()].rstrip()[-1:] in ".!?:\"„“”'‘’":
            return False
        caps = [j for j in (i - 1, i + 1) if 0 <= j < len(words) and words[j].group()[:1].isupper()]
        return any(not self.text[min(words[j].end(), words[i].end()) : max(words[j].start(), words[i].start())].strip()
                   for j in caps)

    def _participle(self, word: re.Match[str], clause_end: int) -> bool:
        w = word.group().rstrip(".")
        if not w[:1].islower() or self._ago(word.start(), w):
            return False
        if _PARTICIPLE.fullmatch(w):
            return True
        if _PARTICIPLE_INSEP.fullmatch(w) is None:
            return False
        rest = self.text[word.start() + len(w) : clause_end]
        if not rest.strip(" .!?”\"’)"):
            return True
        # "heeft de vrouw veroordeeld voor …": a prepositional phrase may follow the participle,
        # but not a noun's ("een verband met …")
        before = self.text[max(0, word.start() - 12) : word.start()].split()
        return _PP_AFTER.match(rest) is not None and not (before and before[-1].lower() in DETERMINERS)

    def _ago(self, pos: int, word: str) -> bool:
        """True for "geleden" after a stretch of time ("vijf jaar geleden"): the adverb "ago", not the
        participle of "lijden"."""
        return word.lower() == "geleden" and _UNIT_BEFORE.search(self.text, max(0, pos - 14), pos) is not None

    def _anniversary(self, pos: int) -> bool:
        """True for the "geleden" of "(Woensdag) is het vijf jaar geleden dat …": the clause is in the
        present; the day it names is the anniversary still to come or of today."""
        return _ANNIVERSARY.search(self.text, max(0, pos - 40), pos) is not None

    def _counterfactuals(self, words: list[tuple[int, str]]) -> None:
        """ "hadden … moeten stappen": the auxiliary's past marker is replaced by a counterfactual one."""
        for i, (pos, w) in enumerate(words):
            if w.lower() not in _COUNTERFACTUAL_AUX:
                continue
            lo, hi = self.sentence(pos)
            follow = [x for p, x in words[i + 1 : i + 14] if p < hi]
            if any(x.lower() in _COUNTERFACTUAL_INF for x in follow):
                self.markers = [(p, k) for p, k in self.markers if p != pos]
                self.markers.append((pos, "counterfactual"))

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.bounds, pos)
        lo = self.bounds[i - 1] if i > 0 else 0
        return lo, self.bounds[i] if i < len(self.bounds) else len(self.text)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a span: the sentence cut at commas, semicolons and subordinators."""
        lo, hi = self.sentence(start)
        c_lo, c_hi = lo, hi
        for m in _CLAUSE_CUT.finditer(self.text, lo, hi):
            if m.group() == "," and _LIST_COMMA.match(self.text, m.start()) and _NAME_BEFORE.search(self.text, lo, m.start()):
                continue  # "de Sportman, Sportvrouw en Sportploeg": a list of names, not a clause boundary
            if m.end() <= start:
                c_lo = m.start()
            elif m.start() >= end:
                c_hi = m.start()
                break
        if self._apposition(c_lo, c_hi, start, end):
            # ", donderdag," set off by commas inside a clause: the clause it sits in governs it
            # ("Op de heetste dag van het jaar, donderdag, fietste ik nog")
            return self.clause(c_lo - 1, c_lo)[0], self.clause(c_hi + 1, c_hi + 1)[1]
        return c_lo, c_hi

    def _apposition(self, lo: int, hi: int, start: int, end: int) -> bool:
        """True when the span alone fills a stretch between two commas."""
        text = self.text
        return (text[lo : lo + 1] == "," and text[hi : hi + 1] == "," and not text[lo + 1 : start].strip()
                and not text[end:hi].strip())

    def marker(self, start: int, end: int) -> str | None:
        """The nearest marker in the clause around a span (see ``markers``), or None."""
        lo, hi = self.clause(start, end)
        if self._positions is None:
            self.markers.sort()
            self._positions = [p for p, _ in self.markers]
        i, j = bisect.bisect_left(self._positions, lo), bisect.bisect_left(self._positions, hi)
        best: tuple[int, str] | None = None
        for p, kind in self.markers[i:j]:
            if not start <= p < end:
                d = abs(p - start)
                if best is None or d < best[0]:
                    best = (d, kind)
        return best[1] if best else None

    def at(self, start: int, end: int) -> Direction | None:
        """The direction of the clause's tense and of a pointing preposition before the span."""
        kind = self.marker(start, end)
        before = self.text[max(0, start - 24) : start]
        if _BACK.search(before):
            return "past"
        if _FORWARD.search(before) or _RANGE_AHEAD.match(self.text, end):
            if kind == "state":
                return "future"  # "de weg is gesloten tot 1 september": a state that lasts until then
            # "tot 31 oktober" lies ahead; in a past clause ("was tot 1 januari een camping", "die rekenden
            # op sancties vanaf donderdag") or a phrase without a verb of its own (", van 6 tot 10 mei,")
            # the nearest reading wins
            if kind == "past" or self._clause_has("past", start, end):
                return None
            return "future" if kind == "future" or self._has_verb(start, end) else None
        if kind in ("past", "state"):
            return "past"
        return "future" if kind == "future" else None

    def _clause_has(self, kind: str, start: int, end: int) -> bool:
        """True when the clause around a span holds a marker of ``kind`` (outside the span)."""
        lo, hi = self.clause(start, end)
        return any(lo <= p < hi and k == kind and not start <= p < end for p, k in self.markers)

    def weekday_at(self, start: int, end: int) -> Direction | None:
        """Like :meth:`at` for a bare weekday: a present-tense clause that does not report speech
        points at the coming day (today included), a counterfactual at the nearest."""
        if _ATTRIBUTIVE.match(self.text, end):
            return "past"  # "de woensdag gepubliceerde cijfers": a participle says it has happened
        d = self.at(start, end)
        if d is not None:
            return d
        kind = self.marker(start, end)
        if kind in ("report", "counterfactual", "plan") or self._clause_has("past", start, end):
            return None  # a pointing preposition in a past clause ("speculeerden op sancties vanaf donderdag")
        if self._has_verb(start, end):
            return "future"
        # a phrase set off by a comma, without a verb of its own, inside a sentence told in the past
        # ("startte vooraan, dankzij zijn zege van donderdag in de kwalificatie") tells of that
        # past; a subordinate clause ("wanneer de beurzen weer opengaan op dinsdag") has a verb of its
        # own even where the word lists do not know it
        lo, _ = self.clause(start, end)
        phrase = self.text[lo : lo + 1] == ","
        return "past" if phrase and kind is None and self._sentence_marker(start, end) in ("past", "state") else None

    def present_plan(self, start: int, end: int) -> bool:
        """True when the clause around a span is in the present tense with a verb of its own and no
        marker of the past, of reported speech or of the future ("speelt het toernooi in februari")."""
        return self.marker(start, end) is None and not self._clause_has("past", start, end) and self._has_verb(start, end)

    def _sentence_marker(self, start: int, end: int) -> str | None:
        """The nearest marker in the sentence around a span, outside the span."""
        lo, hi = self.sentence(start)
        near = [(abs(p - start), k) for p, k in self.markers if lo <= p < hi and not start <= p < end]
        return min(near)[1] if near else None

    def _has_verb(self, start: int, end: int) -> bool:
        """True when the clause has a finite verb; a heading ("Dinsdagavond.") or a phrase set off by a
        comma ("…, maandagavond aan de Ramlehweg") has none."""
        lo, hi = self.clause(start, end)
        if any(lo <= p < hi and not start <= p < end for p in self.finite):
            return True
        # a whole sentence of some length has a verb even where the word lists do not know it
        # ("De actie duurt tot en met zondag."); a phrase set off by commas need not
        s_lo, s_hi = self.sentence(start)
        whole = not self.text[s_lo:lo].strip() and not self.text[hi:s_hi].strip(" .!?\n\"”’)")
        return whole and len(_WORD.findall(self.text, lo, hi)) >= 4
