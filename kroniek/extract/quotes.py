"""Direct quotations and reported speech in Dutch news, with who said them.

``find_quotes(doc)`` works on ``doc.text`` alone and uses Frog's layers when present
(``doc.tokens`` with lemma and dependency parse, ``doc.mentions``); sentences are always split
here (quote_marks.split_sentences), because attribution needs a quote and its cue together.

1. Direct quotes: quote marks paired per paragraph („…", "…", ,,…'', ‘…’, '…', «…», “…”),
   skipping apostrophes ('s, zo'n, ’s avonds); see quote_marks. A quote continued over
   paragraphs gives one Quote per paragraph piece, all sharing one speaker.
2. Reported speech per sentence: a reporting verb (quote_lexicon) with a "dat" clause or a
   te-infinitive ("X zegt dat …", "heeft laten weten … te zijn", "zegt wraak te zullen nemen"),
   "volgens X …", and clause-final cues ("…, aldus X", "…, zegt X", "…, zo zei X",
   "…, klonk het"). Two frames in one sentence split it where the second begins; a clause that
   is (almost) all direct quote is left to the direct quote; a reported clause inside a
   direct quote is not separate.
3. Attribution of direct quotes, in order: a cue right after the closing mark ('…", zegt X'),
   a colon frame before the opening mark ('X zei: "…'), the reported-speech frame the quote sits
   in ('volgens X … "noodzakelijk"'), a reporting verb earlier in its clause ('heeft …
   beschreven als „…"', not when the phrase opens with a preposition), a verb the lexicon lacks
   right after the quote with a name behind it ('„…", glimlacht Anna Bakker'), else the speaker
   in focus the way news carries it (``_carry``): a person introduced as subject since the last
   quote speaks now, otherwise the last speaker goes on for up to three paragraphs; a quote
   opening the story takes the subject right after it. A quoted phrase inside a reported clause
   is part of that one quote; a quoted heading, a quoted word inside a noun phrase and a lone
   quoted term after an article are no quotes.
4. Policy for short quoted phrases (no sentence-final punctuation, and lower-case and under
   eight words, or under three words): they count only when step 3 gives a speaker, with
   carry-over only from the directly preceding sentence; scare quotes, names and titles
   ('de film „Zwartboek"', '“GM Total Confidence”-programma') are dropped.
5. Speakers: the subject by surface rules (verb-second inversion, coordination, auxiliaries,
   a new subject after "en"/"maar" but not inside an apposition, relative "die"), Frog's
   dependency subject where those find nothing or where Frog's tags show the surface pick
   opens with a verb, adverb or preposition (its attachments in news prose are too often wrong
   to go first). A passive cue ("er wordt gezegd dat") has no speaker unless "door X" names
   one. The phrase is narrowed to its name (a person name over an organisation; names after
   "van" are complements, except after a speech noun: "het argument van Monti").
   Resolution when the text allows, else the span stays on the pronoun or role words:
   - a personal pronoun takes the last named speaker within four sentences, or a person who
     opens a later sentence (a new subject); nothing when two persons compete ("Rutte en
     Kaag … Hij zei"); names inside quotes, after an article or a preposition, and a lone
     capitalised word opening a sentence ("Afgaande op …") are never antecedents;
   - a role noun takes the nearest name introduced with a role of its group (quote_lexicon.
     ROLE_GROUPS: "de NAVO-baas" after "NAVO-chef Stoltenberg" or "Stoltenberg, de
     secretaris-generaal van de NAVO"; another qualifier, "VN-chef", never matches);
   - an organisation noun ("het bedrijf", also "…autoriteit") takes the last NER organisation
     that spoke or opened a sentence (Frog only: surface runs cannot tell organisations from
     persons);
   - an epithet ("de 62-jarige Oscarwinnaar", "de zangeres"; never an office, an official, an
     institution or a plural) takes the one person named in the sentences before, the subject
     right before it, or the last speaker; that guess serves its own quote only;
   - two frames around one clause: the inner one names the source ("Volgens Stoltenberg …,
     aldus woordvoerder Cazalet" is Stoltenberg's); "klonk het bij X" is X's, a bare "klonk het"
     the plural group the sentence before is about, else the previous sentence's speaker.
   Policy: ``speaker_start``/``speaker_end`` then point at the latest mention of that name
   before the quote. A quote resumed after its cue ('"…", zegt X, "…"') shares the speaker of
   its first part. ``speaker`` (the entity id) is always left None for the linker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Document, Quote, Token
from . import quote_lexicon as lx
from . import quote_marks as qm

_WORD = re.compile(r"\w+(?:[-'’.&]\w+)*|,,|''|’’|[^\w\s]", re.UNICODE)
# "van (de) (failliete) (rijschool) Aalbregt": a name after "van" and at most two lower-case words
_VAN_BEFORE = re.compile(r"\bvan(?:\s+(?:de|het|een))?(?:\s+[a-zà-ÿ][\w-]*){0,2}\s*$")
_RELATIVE = re.compile(r",\s*(?:die|dat|wie|wiens|wier|waar\w*|welke)\b")
_ADVERBS = frozenset(
    [
        "bijvoorbeeld",
        "nadrukkelijk",
        "opnieuw",
        "expliciet",
        "uitdrukkelijk",
        "meermaals",
        "herhaaldelijk",
    ]
)
_TRAILING = frozenset(
    [
        "en",
        "maar",
        "of",
        "want",
        "waarbij",
        "terwijl",
        "hij",
        "zij",
        "ze",
        "het",
        "men",
        "wij",
        "we",
        "ik",
        "die",
    ]
)
_SUBJECT_PRONOUNS = frozenset(
    ["hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "men", "u", "jullie"]
)
_RELATIVE_WORDS = frozenset(
    ["die", "dat", "wie", "wiens", "wier", "waar", "waarin", "waarmee", "welke"]
)
_PASSIVE_AUX = frozenset(("wordt", "werd", "worden", "werden"))
# words before a name that make it no subject of its sentence ("volgens Rutte", "dat Rutte")
_SUBJECT_BLOCKERS = frozenset(
    ["volgens", "dat", "omdat", "als", "toen", "terwijl", "nadat", "hoewel", "die", "wat", "of"]
    + ["na", "vanaf", "tijdens", "sinds", "zonder", "achter", "onder", "tussen", "via", "rond"]
    + ["namens", "binnen", "buiten", "langs", "dankzij", "ondanks", "wegens", "behalve", "tot"]
)
_COORDINATORS = frozenset(["en", "maar", "want", "of", "dus"])
# lower-case words after a quoted phrase that show it is no modifier of a noun
_NOT_NOUN_AFTER = frozenset(
    ["en", "of", "is", "was", "zijn", "waren", "te", "heeft", "had", "wordt", "werd", "zou"]
    + ["in", "op", "van", "voor", "met", "bij", "aan", "over", "uit", "naar", "door", "om"]
    + ["noemde", "noemt", "heet", "genoemd", "zei", "zegt", "als", "dat", "die", "niet"]
)
_KLINKT = frozenset(["klinkt", "klonk", "klonken", "heet", "luidt", "luidde"])
# plural person nouns: never an epithet for one person ("de psychiaters", "critici")
_PLURAL_ENDINGS: tuple[str, ...] = (
    "ers",
    "ici",
    "den",
    "gen",
    "len",
    "nen",
    "ren",
    "ten",
    "ken",
    "zen",
    "ven",
) + ("ans", "ons", "ars", "ors", "ts", "ks", "ms", "ls", "ps")
# words after a quote's comma that are no verb of an unlisted cue
_NOT_CUE_WORDS = frozenset(
    ["en", "maar", "want", "of", "dus", "dan", "die", "dat", "wat", "zoals", "toen", "als", "om"]
    + ["met", "van", "voor", "door", "bij", "in", "op", "aan", "naar", "over", "uit", "tot"]
    + ["de", "het", "een", "er", "ook", "nog", "niet", "wel", "al", "volgens", "aldus", "na"]
)
_PREPOSITIONS = frozenset(
    ["van", "met", "aan", "voor", "door", "bij", "tegen", "over", "naar", "om", "op", "in", "uit"]
)
_ROLE_LOOKBACK = 200  # role introductions searched back from a role noun
_SEPARABLE_PARTICLES = ("aan", "toe", "uit", "op", "mee", "af", "voor", "bekend", "weer")
# words that end a subject phrase read backwards from its verb ("… en bronnen geven aan")
_CLAUSE_LINKS = frozenset(
    ["en", "maar", "of", "want", "dat", "omdat", "terwijl", "nadat", "hoewel"]
)


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class _Cand:
    """A quote or reported clause before its speaker is resolved."""

    start: int
    end: int
    direct: bool
    cue: str | None = None
    speaker: tuple[int, int] | None = None  # raw speaker phrase
    chain: int = -1  # direct-quote chain id (paragraph continuation)
    fragment: bool = False
    carried: bool = False  # speaker taken from the sentence before
    passive: bool = False  # "er wordt gesteld dat": nobody to carry over
    cue_start: int = -1  # where the reporting frame begins (to trim an overlapping clause)
    resumed: bool = False  # the second part of a quote interrupted by its cue


# --- public API ---------------------------------------------------------------------------


def find_quotes(doc: Document) -> list[Quote]:
    """Find direct quotes and reported speech in a document and attribute them to speakers."""
    return _Finder(doc).run()


class QuoteExtractor:
    """Pipeline component that sets ``doc.quotes``."""

    name = "quotes"
    requires: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        doc.quotes = find_quotes(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for d in docs:
            yield self(d)


# --- implementation -----------------------------------------------------------------------


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text)]
        self.word_starts = [w.start for w in self.words]
        self.sents = self._sentences()
        self.paras = qm.paragraphs(self.text)
        self.tokens_at: dict[int, int] = {t.start: i for i, t in enumerate(doc.tokens)}
        self.names = self._names()
        self._name_starts = [n[0] for n in self.names]
        self._longest_name = max((n[1] - n[0] for n in self.names), default=0)
        self._typed = any(n[2] != "?" for n in self.names)
        # capitalised words seen inside sentences: a sentence-initial one is then a known name
        starts = {s for s, _ in self.sents}
        self._mid_caps = {
            w.text
            for k, w in enumerate(self.words)
            if w.start not in starts
            and _name_word(w.text)
            and k > 0
            and self.words[k - 1].text not in ".!?:\"„“‘'«"
        }
        # surnames of multi-word names: "Haase" opening a sentence after "Robin Haase"
        self._surnames = {
            self.text[s:e].split()[-1] for s, e, _t in self.names if len(self.text[s:e].split()) > 1
        }
        # surnames NER tagged as a person somewhere: the same surname untagged is that person
        self._per_surnames = {
            self.text[s:e].split()[-1].lower() for s, e, t in self.names if t == "PER"
        }
        self._quoted: list[tuple[int, int]] = []
        self._quoted_starts: list[int] = []
        self.roles = self._role_map()
        self._role_offsets = [r[0] for r in self.roles]

    # ---- layout

    def _sentences(self) -> list[tuple[int, int]]:
        # our own split even when Frog's is there: attribution needs sentences that keep a
        # quote and its cue together, and Frog splits inside quotes
        return qm.split_sentences(self.text)

    def _sent_index(self, offset: int) -> int:
        lo, hi = 0, len(self.sents)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sents[mid][1] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return min(lo, len(self.sents) - 1) if self.sents else 0

    def _words_in(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.word_starts, start)
        out = []
        for i in range(lo, len(self.words)):
            w = self.words[i]
            if w.start >= end:
                break
            if w.end <= end:
                out.append(i)
        return out

    def _token(self, w: _Word) -> Token | None:
        i = self.tokens_at.get(w.start)
        return None if i is None else self.doc.tokens[i]

    def _lemma(self, w: _Word) -> str:
        t = self._token(w)
        if t is not None and t.coarse_pos == "WW" and t.lemma in lx.REPORTING_LEMMAS:
            return t.lemma
        return lx.FORM_TO_LEMMA.get(w.low, "")

    # ---- names

    def _names(self) -> list[tuple[int, int, str]]:
        """Named PER/ORG mentions: Frog's when present, else capitalised word runs."""
        typed = {(m.start, m.end, m.type) for m in self.doc.mentions if m.type in ("PER", "ORG")}
        # "staatssecretaris Broekers-Knol" that NER called MISC or LOC: a titled name is a person
        typed |= {
            (m.start, m.end, "PER")
            for m in self.doc.mentions
            if m.type in ("MISC", "LOC") and self._title_before(m.start)
        }
        # … and so is the same name again without its title ("Broekers-Knol wil niet …")
        per = {self.text[s:e].split()[-1] for s, e, t in typed if t == "PER" and e > s}
        typed |= {
            (m.start, m.end, "PER")
            for m in self.doc.mentions
            if m.type in ("MISC", "LOC")
            and self.text[m.start : m.end].split()
            and self.text[m.start : m.end].split()[-1] in per
        }
        # capitalised runs fill in what NER missed; a run overlapping any NER mention (LOC and
        # MISC too) defers to it
        spans = sorted((m.start, m.end) for m in self.doc.mentions)
        starts = [sp[0] for sp in spans]
        longest = max((e - s for s, e in spans), default=0)
        surface = [
            n
            for n in _surface_names(self.text, self.words, self.sents)
            if not _overlaps_any(spans, starts, longest, n[0], n[1])
        ]
        return sorted({self._whole_name(n) for n in typed | set(surface)})

    def _whole_name(self, n: tuple[int, int, str]) -> tuple[int, int, str]:
        """A name cut after its particle ("Van der" | "Gragt") runs on to the surname."""
        s, e, t = n
        words = self.text[s:e].split()
        if words and words[-1].lower() in lx.NAME_PARTICLES:
            m = re.match(r"\s+([A-ZÀ-Þ][\w'’-]*)", self.text[e : e + 40])
            if m:
                return (s, e + m.end(), t)
        return n

    def _names_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self._names_between(start, end)

    def _names_overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._name_starts, start - self._longest_name)
        hi = bisect.bisect_left(self._name_starts, end)
        return [n for n in self.names[lo:hi] if n[1] > start]

    def _role_map(self) -> list[tuple[int, str, tuple[int, int], str]]:
        """(offset, role word, name span, role context) for every role noun beside a name.

        The context is the role phrase in lower case ("navo-chef", "minister van defensie"),
        used to check the qualifier of a later role noun ("de NAVO-baas").
        """
        out: list[tuple[int, str, tuple[int, int], str]] = []
        for s, e, typ in self.names:
            if typ != "PER" and not (typ == "?" and _looks_person(self.text[s:e])):
                continue
            si = self._sent_index(s)
            ss, se = self.sents[si] if self.sents else (0, len(self.text))
            # role words before the name: "woordvoerder Piers Cazalet", "Minister van
            # Buitenlandse Zaken en Defensie Philippe Goffin", "De Duitse minister …, Heiko Maas,"
            before = self._words_in(ss, s)
            single = " " not in self.text[s:e].strip()
            k = len(before) - 1
            after_e = self._words_in(e, se)[:1]
            if (
                k >= 0
                and self.words[before[k]].text == ","
                and after_e
                and self.words[after_e[0]].text == ","
            ):
                k -= 1
            steps = 0
            crossed_van = False
            while k >= 0 and steps < 8:
                w = self.words[before[k]]
                if w.low in ("van", "de", "het", "der", "en") or _name_word(w.text, inner=True):
                    crossed_van = crossed_van or w.low == "van"
                    if w.low in lx.ROLE_TITLES:
                        break
                    k -= 1
                    steps += 1
                    continue
                break
            # "minister van Defensie": a one-word name after "van" is the ministry, not the minister
            if k >= 0 and not (crossed_van and single):
                w = self.words[before[k]]
                if w.text[:1].isalpha() and w.low not in lx.DETERMINERS and w.low not in lx.NP_STOP:
                    ctx = self.text[w.start : s].lower()
                    for r in _role_words(w.text):
                        out.append((s, r, (s, e), ctx))
            # apposition after the name: "Jens Stoltenberg, de secretaris-generaal van de NAVO,"
            after = self._words_in(e, se)[:9]
            if after and self.words[after[0]].text == ",":
                # only the head of the apposition: "…, (de) (Duitse) minister van …"
                for i in after[1:4]:
                    w = self.words[i]
                    if w.low in lx.DETERMINERS:
                        continue
                    if w.text in ",.;:!?" or w.low in lx.NP_STOP or w.low in lx.QUOTE_CUE_FORMS:
                        break
                    if w.low in lx.AUXILIARIES or w.low == "van":
                        break
                    # the apposition up to its closing comma: "de secretaris-generaal van de NAVO"
                    ends = [m for m in after[1:] if self.words[m].text in ",.;:"]
                    ctx_end = self.words[ends[0]].start if ends else self.words[after[-1]].end
                    ctx = self.text[w.start : max(ctx_end, w.end)].lower()
                    for r in _role_words(w.text):
                        out.append((s, r, (s, e), ctx))
                    if not _adjective_like(w.low):
                        break
        return sorted(out)

    # ---- noun phrases

    def _np_after(self, i: int, limit: int) -> tuple[int, int] | None:
        """Word range of the speaker phrase starting at word i (skipping adverbs)."""
        n = len(self.words)
        while i < n and self.words[i].start < limit and self.words[i].low in lx.SKIP_WORDS:
            i += 1
        if i >= n or self.words[i].start >= limit:
            return None
        w = self.words[i]
        if w.low in ("dat", "dit", "wat"):
            return None
        if w.low in lx.PRONOUNS:
            nxt = self.words[i + 1] if i + 1 < n else None
            # "het kabinet", "haar collega": a determiner, not a pronoun, before a noun
            content_follows = (
                nxt is not None
                and nxt.start < limit
                and nxt.text[:1].isalpha()
                and (_acronym(nxt.text) or nxt.low not in lx.NP_STOP)
                and nxt.low not in lx.DETERMINERS
                and nxt.low not in lx.AUXILIARIES
                and nxt.low not in lx.QUOTE_CUE_FORMS
            )
            if w.low not in lx.DETERMINERS or not content_follows:
                return (i, i + 1)
        j = i
        if w.low in lx.DETERMINERS:
            j += 1
        start_content = j
        seen_cap = False
        joined = False  # just crossed "en" between two role nouns
        while j < n and self.words[j].start < limit and j - i < 10:
            t = self.words[j]
            if not t.text[:1].isalnum():
                break
            if t.text[:1].isdigit() and "-" in t.text:
                seen_cap = False  # "Formule 1-coureur Jacques Villeneuve": a role, then the name
                j += 1
                continue
            # "Pukkelpop-organisator en SP-politicus Chokri Mahassine": coordinated roles
            if (
                t.low == "en"
                and seen_cap
                and j + 1 < n
                and self.words[j + 1].start < limit
                and _name_word(self.words[j + 1].text)
                and self.words[j + 1].low not in lx.FUNCTION_CAPS
            ):
                j += 1  # "volgens Jan en Piet": joint speakers
                continue
            if (
                t.low == "en"
                and not seen_cap
                and j > start_content
                and j + 1 < n
                and self.words[j + 1].start < limit
                and "-" in self.words[j + 1].text
                and self.words[j + 1].text[:1].isupper()
            ):
                j += 1
                joined = True
                continue
            if t.low == "van" and j > start_content:
                nxt = self.words[j + 1] if j + 1 < n else None
                if nxt is None or nxt.start >= limit:
                    break
                j += 1
                continue
            if (
                t.low in lx.NAME_PARTICLES
                and seen_cap
                and j + 1 < n
                and self.words[j + 1].text[:1].isupper()
            ):
                j += 1
                continue
            if _acronym(t.text):
                pass  # "het OM", "de VS": a name, though "om" and "vs" are words too
            elif t.low in lx.NP_STOP or t.low in lx.AUXILIARIES or t.low in lx.QUOTE_CUE_FORMS:
                break
            if t.low in lx.DETERMINERS and j > start_content:
                if j > 0 and self.words[j - 1].low == "van":
                    j += 1
                    continue
                break
            if _name_word(t.text):
                seen_cap = True
            elif seen_cap:
                break  # a lowercase word after a name ends the phrase
            elif j > start_content and not _adjective_like(self.words[j - 1].low) and not joined:
                break  # "de woordvoerder nog": one head noun, then stop
            joined = False
            j += 1
        # drop a dangling "van"/particle at the end
        while j > start_content and self.words[j - 1].low in lx.NAME_PARTICLES | {"van"}:
            j -= 1
        if j <= start_content:
            return None
        return (i, j)

    def _span(self, r: tuple[int, int]) -> tuple[int, int]:
        return (self.words[r[0]].start, self.words[r[1] - 1].end)

    def _subject(self, clause_start: int, verb_i: int, limit: int) -> tuple[int, int] | None:
        """Speaker phrase of a reporting verb: the surface rules below, else Frog's subject.

        Frog's parser misattaches subjects in news prose often enough ("zei dinsdag", "Tegen
        het grote publiek zei hij") that it only fills in where the surface rules find nothing.

        Surface rules, in order: a subject pronoun right after the finite verb ("zei hij") is
        the subject (Dutch verb-second); a verb coordinated with "en" shares the sentence's
        subject; an auxiliary before a participle cue is the finite verb ("had … gezegd"); the
        words before the finite verb are the subject unless they open with an adverb or a
        preposition, in which case the subject follows the finite verb.
        """
        found = self._surface_subject(clause_start, verb_i, limit)
        if found is not None and self.doc.tokens and not self._has_nominal(found):
            # "Afgaande op zijn ervaring zei hij": Frog's tags say the surface pick holds no
            # noun, pronoun or name, so its dependency subject is the better guess
            parsed = self._parse_subject(verb_i)
            if parsed is not None:
                return parsed
        return found if found is not None else self._parse_subject(verb_i)

    def _has_nominal(self, span: tuple[int, int]) -> bool:
        """Whether a phrase can be a subject by Frog's tags: it opens with an article, pronoun,
        noun, name, adjective or numeral, not with a verb, adverb, preposition or conjunction
        ("Gebaseerd op uitspraken van …"). True when Frog did not tag it."""
        ws = self._words_in(span[0], span[1])
        t = self._token(self.words[ws[0]]) if ws else None
        return t is None or t.coarse_pos not in ("WW", "BW", "VZ", "VG", "TSW")

    def _surface_subject(
        self, clause_start: int, verb_i: int, limit: int
    ) -> tuple[int, int] | None:
        n = len(self.words)
        fin = verb_i
        if _maybe_nonfinite(self.words[verb_i].low):
            for i in range(verb_i - 1, clause_start - 1, -1):
                t = self.words[i]
                if t.text in (",", ";", ":") or t.low in _CLAUSE_LINKS:
                    break
                if t.low in lx.AUXILIARIES or t.low in _PASSIVE_AUX:
                    fin = i
                    break
        nxt = self.words[fin + 1] if fin + 1 < n and self.words[fin + 1].start < limit else None
        if nxt is not None and nxt.low in _SUBJECT_PRONOUNS:
            return (nxt.start, nxt.end)
        # "…, die zeiden dat": a relative clause; its antecedent is not found by these rules,
        # so the relative pronoun stands as the (unresolved) speaker words
        for i in range(fin - 1, clause_start - 1, -1):
            t = self.words[i]
            if t.text in (",", ";", ":"):
                break
            if t.low in ("die", "wie") and i > 0 and self.words[i - 1].text == ",":
                return (t.start, t.end)
        if fin > clause_start and self.words[fin - 1].low in ("en", "maar") and fin == verb_i:
            r = self._np_after(clause_start, limit)
            if (
                r is not None
                and self.words[r[0]].low
                not in lx.FUNCTION_CAPS | {"de", "het", "een"} | lx.PRONOUNS
            ):
                return self._span(r)
            if r is not None and self.words[r[0]].low in lx.PRONOUNS | lx.DETERMINERS:
                return self._span(r)
        pre = [i for i in range(clause_start, fin) if self.words[i].text not in ("„", '"', "“")]
        restarted = False
        # "Het is niet duidelijk … en bronnen geven aan dat": a coordinated or subordinate
        # clause before the verb's own subject; the subject is what follows the last link
        # (not inside an apposition: "Louis Gallois, president en CEO van het bedrijf, zei")
        last = len(pre) - 2
        if pre and self.words[pre[-1]].text == ",":
            commas = [k for k in range(len(pre) - 1) if self.words[pre[k]].text == ","]
            last = (commas[-1] if commas else len(pre)) - 1
        opener = self.words[pre[0]].low if pre else ""
        starts_subject = (
            opener in lx.DETERMINERS
            or opener in lx.PRONOUNS
            or (
                bool(pre) and _name_word(self.words[pre[0]].text) and opener not in lx.FUNCTION_CAPS
            )
        )
        for k in range(last, 2, -1):
            if not starts_subject:
                break
            if (
                self.words[pre[k]].low in _CLAUSE_LINKS - {"dat"}
                and self.words[pre[k - 1]].text != ","
            ):
                pre = pre[k + 1 :]
                restarted = True
                break
        if pre:
            first = self.words[pre[0]]
            subj_like = (
                (restarted and first.low not in lx.FUNCTION_CAPS and first.text[:1].isalpha())
                or first.low in lx.DETERMINERS
                or first.low in lx.PRONOUNS
                or (first.text[:1].isupper() and first.low not in lx.FUNCTION_CAPS)
                or first.low in lx.ROLE_TITLES
                or _quantified_subject([self.words[i].low for i in pre])
                or first.low in _PAIR_WORDS
                or (
                    first.low not in lx.FUNCTION_CAPS
                    and bool(self._names_in(first.start, self.words[pre[-1]].end))
                )
            )
            if subj_like and len(pre) <= 14:
                return (self.words[pre[0]].start, self.words[pre[-1]].end)
            if subj_like:
                r = self._np_after(pre[0], self.words[pre[-1]].end)
                if r is not None:
                    return self._span(r)
            # inversion ("Daarom legt Bijleveld …", "Enkele uren later zei het leger …")
            r = self._np_after(fin + 1, limit)
            return None if r is None else self._span(r)
        return None

    def _parse_subject(self, verb_i: int) -> tuple[int, int] | None:
        toks = self.doc.tokens
        t = self._token(self.words[verb_i])
        if t is None or t.deprel == "" or not toks:
            return None
        ti = self.tokens_at[self.words[verb_i].start]
        # climb from a participle/infinitive cue to the finite verb ("had … gezegd")
        heads = [ti]
        cur = ti
        for _ in range(3):
            tok = toks[cur]
            if (
                tok.deprel == "vc"
                and 0 <= tok.head < len(toks)
                and toks[tok.head].coarse_pos == "WW"
            ):
                cur = tok.head
                heads.append(cur)
            else:
                break
        for h in heads:
            for k in self._sentence_range(h):
                if toks[k].head == h and toks[k].deprel == "su":
                    lo, hi = self._subtree(k)
                    return (lo, hi) if hi > lo else None
        return None

    def _sentence_range(self, k: int) -> range:
        toks = self.doc.tokens
        si = toks[k].sent
        if 0 <= si < len(self.doc.sentences):
            s = self.doc.sentences[si]
            return range(s.first_token, s.last_token)
        lo = hi = k
        while lo > 0 and toks[lo - 1].sent == si:
            lo -= 1
        while hi + 1 < len(toks) and toks[hi + 1].sent == si:
            hi += 1
        return range(lo, hi + 1)

    def _subtree(self, k: int) -> tuple[int, int]:
        toks = self.doc.tokens
        span = self._sentence_range(k)
        members = {k}
        changed = True
        while changed:
            changed = False
            for j in span:
                if j not in members and toks[j].head in members:
                    members.add(j)
                    changed = True
        # keep it contiguous around the head and stop at punctuation (appositions, relatives)
        lo = hi = k
        while lo - 1 in members and toks[lo - 1].deprel != "punct":
            lo -= 1
        while hi + 1 in members and toks[hi + 1].deprel != "punct":
            hi += 1
        return (toks[lo].start, toks[hi].end)

    # ---- speakers

    def _speaker_span(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """Narrow a speaker phrase to the name it holds, or to its pronoun / role words."""
        if span is None:
            return None
        s, e = span
        # a relative clause is not part of the speaker: "Duitsland, dat … in Irak heeft,"
        rel = _RELATIVE.search(self.text, s, e)
        if rel:
            e = rel.start()
        names = self._names_in(s, e)
        if names:
            ws = self._words_in(s, e)
            # names right after "van" are complements: "minister van Defensie"
            heads = [n for n in names if not _VAN_BEFORE.search(self.text[s : n[0]])]
            pers = [
                n
                for n in heads
                if n[2] == "PER" or (n[2] == "?" and _looks_person(self.text[n[0] : n[1]]))
            ]
            if not heads:
                # "het finale argument van Mario Monti": what was said, then who said it
                if any(self.words[i].low in lx.SPEECH_NOUNS for i in ws[:4]):
                    owners = [n for n in names if self._person_like(n)] or names
                    return (owners[-1][0], owners[-1][1])
                # "een woordvoerder van Defensie": the speaker is the role, not the organisation
                k = 1 if ws and self.words[ws[0]].low in lx.DETERMINERS else 0
                cut = next(
                    (m for m in range(k, len(ws)) if self.words[ws[m]].text in (",", "(")), len(ws)
                )
                if k < cut:
                    return (self.words[ws[k]].start, self.words[ws[cut - 1]].end)
                return (s, e)
            # the fullest person name: "… Defensie Philippe Goffin" over "Zaken"
            best = (
                max(pers, key=lambda n: len(self.text[n[0] : n[1]].split())) if pers else heads[0]
            )
            return (best[0], best[1])
        ws = self._words_in(s, e)
        if not ws:
            return None
        if self.words[ws[0]].low in lx.DETERMINERS and len(ws) > 1:
            ws = ws[1:]
        # "de reactie van de vakbond": the owner of the words, not the words
        lows = [self.words[i].low for i in ws]
        if "van" in lows[1:4] and any(x in lx.SPEECH_NOUNS for x in lows[: lows.index("van")]):
            rest = ws[lows.index("van") + 1 :]
            while len(rest) > 1 and self.words[rest[0]].low in lx.DETERMINERS:
                rest = rest[1:]
            if rest:
                ws = rest
        # a subject phrase with a relative clause or apposition: keep its head part
        cut = next((k for k, i in enumerate(ws) if self.words[i].text in (",", "(")), len(ws))
        ws = ws[:cut] or ws
        return (self.words[ws[0]].start, self.words[ws[-1]].end)

    def _opens_sentence(self, offset: int) -> bool:
        ss = self.sents[self._sent_index(offset)][0] if self.sents else 0
        return not self.text[ss:offset].strip(" \"„“‘'«")

    def _is_named(self, span: tuple[int, int]) -> bool:
        s, e = span
        if self._names_overlapping(s, e):
            w = self.text[s:e].split()
            # "MR-minister", "NAVO-baas": NER may tag them, but they are roles, not names
            return (
                bool(w) and w[0].lower() not in lx.FUNCTION_CAPS and any(_name_word(x) for x in w)
            )
        return False

    def _resolve(
        self,
        span: tuple[int, int],
        history: list[tuple[int, tuple[int, int]]],
        sent_i: int,
    ) -> tuple[int, int]:
        """Resolve a pronoun or role-noun speaker to an earlier named mention when the text allows.

        A personal pronoun takes the most salient person before it: the last named speaker
        within three sentences, unless a person opens a later sentence (a new subject), and
        nothing when two persons compete. A role noun takes the nearest name introduced with
        a role of its group ("NAVO-chef Stoltenberg" for "de NAVO-baas"); an organisation noun
        ("het bedrijf") the last organisation that spoke or opened a sentence. Otherwise the
        span stays on the pronoun or role words: the text does not say who.
        """
        if self._is_named(span):
            return span
        found = self._resolve_any(span, history, sent_i)
        if found == span:
            return span
        if len(self._names_between(found[0], found[1])) > 1 and not self._is_named(span):
            return found  # a group ("Joe, Wilco en Gerrit"): keep it whole
        # point at the latest mention of the same name before the quote ("Stoltenberg", not
        # the "Jens Stoltenberg" of the introduction three sentences up)
        key = self._surname((found[0], found[1], ""))
        later = [
            n
            for n in self._names_between(found[0], span[0])
            if self._surname(n) == key and not self._in_quote(n[0])
        ]
        return (later[-1][0], later[-1][1]) if later else found

    def _resolve_any(
        self,
        span: tuple[int, int],
        history: list[tuple[int, tuple[int, int]]],
        sent_i: int,
    ) -> tuple[int, int]:
        words = self.text[span[0] : span[1]].split()
        head = words[0].lower() if words else ""
        if head in lx.PERSON_PRONOUNS:
            return self._resolve_pronoun(span, head, history, sent_i) or span
        if head == "het" and len(words) == 1:
            recent = [sp for si, sp in reversed(history) if sent_i - si <= 4]
            return recent[0] if recent else span
        if head in ("die", "deze") and len(words) == 1 and self._opens_sentence(span[0]):
            return self._resolve_demonstrative(span, sent_i) or span
        if head in lx.PRONOUNS:
            return span  # first/second person, "men": the quote itself names nobody
        phrase = self.text[span[0] : span[1]].lower()
        hit = self._resolve_role(span[0], words[:3], phrase)
        if hit is not None:
            return hit
        nouns = [r for w in words[:3] for r in _role_words(w)]
        if any(_org_noun(r) for r in nouns):
            return self._resolve_org(span, history, sent_i) or span
        return span

    def _resolve_demonstrative(self, span: tuple[int, int], sent_i: int) -> tuple[int, int] | None:
        """ "Die herhaalde dat …": the last person named in the sentence before."""
        if sent_i == 0 or not self.sents:
            return None
        ps, _ = self.sents[sent_i - 1]
        named = [
            n
            for n in self._names_between(ps, span[0])
            if self._person_like(n) and not self._in_quote(n[0])
        ]
        return (named[-1][0], named[-1][1]) if named else None

    def _resolve_role(self, before: int, words: list[str], phrase: str) -> tuple[int, int] | None:
        """The nearest name before ``before`` introduced with the role these words name.

        A qualified role ("de NAVO-baas") prefers an introduction that mentions its qualifier
        ("NAVO-chef Stoltenberg", "…, de secretaris-generaal van de NAVO"); one qualified
        otherwise ("VN-chef Guterres") never matches it.
        """
        strict: tuple[int, tuple[int, int]] | None = None
        loose: tuple[int, tuple[int, int]] | None = None
        # the introductions before the quote, nearest first, within a bounded look-back
        hi = bisect.bisect_left(self._role_offsets, before)
        window = self.roles[max(0, hi - _ROLE_LOOKBACK) : hi]
        for w in words:
            low = w.strip(",.").lower()
            qualifier = low.rsplit("-", 1)[0] if "-" in low else ""
            for r in _role_words(w):
                group = _role_group(r)
                for off, role, name, ctx in window:
                    if role != r and (not group or _role_group(role) != group):
                        continue
                    # "de minister van Defensie" is not the minister of another department
                    if " van " in phrase and " van " in ctx:
                        tail = phrase.split(" van ", 1)[1].split()
                        if tail and not any(t in ctx for t in tail if t not in lx.DETERMINERS):
                            continue
                    if not qualifier or qualifier in ctx:
                        if strict is None or off > strict[0]:
                            strict = (off, name)
                        continue
                    head = ctx.split()[0] if ctx.split() else ""
                    other = head.rsplit("-", 1)[0] if "-" in head else ""
                    if other and other != qualifier:
                        continue
                    if loose is None or off > loose[0]:
                        loose = (off, name)
        best = strict or loose
        return None if best is None else best[1]

    def _person_like(self, n: tuple[int, int, str]) -> bool:
        typed = self._typed
        if n[2] == "PER" or self._surname(n) in self._per_surnames:
            return True  # "Villeneuve" (ORG to NER) after "Jacques Villeneuve" (PER)
        if n[2] in ("ORG", "MISC") and self._titled(n):
            return True  # "staatssecretaris Broekers-Knol" whatever NER calls it
        if n[2] != "?" or typed:
            return False
        name = self.text[n[0] : n[1]]
        # "de Verenigde Staten", "het Witte Huis": a person's name takes no article
        before = self._words_in(max(0, n[0] - 12), n[0])[-1:]
        if before and self.words[before[0]].low in lx.DETERMINERS:
            return False
        return _looks_person(name) and self._confirmed(n)

    def _titled(self, n: tuple[int, int, str]) -> bool:
        """Whether a person's title stands right before the name ("minister Blok")."""
        return self._title_before(n[0])

    def _title_before(self, offset: int) -> bool:
        prev = self._words_in(max(0, offset - 30), offset)[-1:]
        return bool(prev) and self.words[prev[0]].low in lx.ROLE_TITLES

    def _confirmed(self, n: tuple[int, int, str]) -> bool:
        """Whether a surface name is more than a capitalised word opening its sentence."""
        if n[2] != "?" or not self._opens_sentence(n[0]):
            return True
        name = self.text[n[0] : n[1]]
        if len(name.split()) > 1:
            return True
        if name in self._mid_caps or name in self._surnames:
            return True
        # "Leemans: …", "Stoltenberg, de secretaris-generaal …": a name before a colon or an
        # apposition (a sentence-initial adverb is followed by its verb: "Blijkbaar moesten")
        nxt = self._words_in(n[1], n[1] + 40)[:2]
        if len(nxt) == 2 and self.words[nxt[0]].low == "en" and _name_word(self.words[nxt[1]].text):
            return True  # "Rutte en Kaag spraken": two names joined
        return bool(nxt) and self.words[nxt[0]].text in (":", ",")

    def _in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and offset < self._quoted[i][1]

    def _resolve_pronoun(
        self,
        span: tuple[int, int],
        head: str,
        history: list[tuple[int, tuple[int, int]]],
        sent_i: int,
    ) -> tuple[int, int] | None:
        if head in ("ze", "zij") and self._plural_verb_beside(span):
            return self._named_group(span, sent_i)  # "laten ze zien": the group, or nobody
        # the last named speaker who is (or may be) a person
        speaker: tuple[int, tuple[int, int]] | None = None
        for si, sp in reversed(history):
            if sent_i - si > 4:
                break
            ns = self._names_overlapping(sp[0], sp[1])
            if head in ("ze", "zij") or not ns or any(self._person_like(n) for n in ns):
                speaker = (si, sp)
                break
        # persons mentioned before the pronoun, outside quotes, within two sentences
        lo = self._narrative_window(sent_i, 2)
        prev = [
            n
            for n in self._names_between(lo, span[0])
            if self._person_like(n) and not self._in_quote(n[0])
        ]
        subjects = [n for n in prev if self._opens_sentence(n[0]) or self._subject_like(n)]
        if subjects:
            last_si = self._sent_index(subjects[-1][0])
            newest = [n for n in subjects if self._sent_index(n[0]) == last_si]
            if speaker is None or last_si > speaker[0]:
                pick = newest[-1]
                if len({self._surname(n) for n in newest}) > 1 or self._coordinated(pick):
                    return None  # two persons compete ("Rutte en Kaag spraken …. Hij zei")
                if speaker is not None and self._surname(pick) == self._surname(
                    (speaker[1][0], speaker[1][1], "")
                ):
                    return speaker[1]
                return (pick[0], pick[1])
        if speaker is not None:
            return speaker[1]
        # one person named before, not as a complement ("de treinritten van Robeyns")
        free = [n for n in prev if not self._after_preposition(n[0])]
        if len({self._surname(n) for n in prev}) == 1 and free:
            return (free[-1][0], free[-1][1])
        return None

    def _plural_verb_beside(self, span: tuple[int, int]) -> bool:
        """ "laten ze zien", "zeggen ze", "ze vertelden": a plural finite verb next to "ze"."""
        near = (
            self._words_in(max(0, span[0] - 20), span[0])[-1:]
            + self._words_in(span[1], span[1] + 20)[:1]
        )
        return any(
            self.words[i].low.endswith("en")
            and self.words[i].low in lx.QUOTE_CUE_FORMS
            or self.words[i].low in ("laten", "lieten", "gaven", "geven")
            for i in near
        )

    def _named_group(self, span: tuple[int, int], sent_i: int) -> tuple[int, int] | None:
        """The persons named together just before: "Joe (6), Wilco (10) en Gerrit (12)", as one
        span from the first name to the last."""
        lo = self._narrative_window(sent_i, 2)
        people = [
            n
            for n in self._names_between(lo, span[0])
            if self._person_like(n) and not self._in_quote(n[0])
        ]
        for a in range(len(people) - 1, 0, -1):
            run = [people[a]]
            for b in range(a - 1, -1, -1):
                gap = self.text[people[b][1] : run[0][0]]
                if not re.fullmatch(r"(?:\s*\(\d+\))?\s*(?:,|en)\s*", gap):
                    break
                run.insert(0, people[b])
            if len(run) > 1:
                return (run[0][0], run[-1][1])
        return None

    def _narrative_window(self, sent_i: int, n: int) -> int:
        """Start of the ``n``-th sentence before ``sent_i`` that is not all inside a quote (a
        quoted speech of several sentences does not push its speaker out of reach)."""
        k, seen = sent_i, 0
        while k > 0 and seen < n:
            k -= 1
            ss, se = self.sents[k]
            inside = self._in_quote(ss + 1) and self._in_quote(max(ss, se - 2))
            if not inside:
                seen += 1
        return self.sents[k][0] if self.sents else 0

    def _coordinated(self, n: tuple[int, int, str]) -> bool:
        """Whether a person name is joined by "en" to another one ("Rutte en Kaag")."""
        nxt = self._words_in(n[1], n[1] + 40)[:2]
        if len(nxt) < 2 or self.words[nxt[0]].low != "en":
            return False
        return any(
            self._person_like(m)
            for m in self._names_overlapping(self.words[nxt[1]].start, self.words[nxt[1]].end)
        )

    def _after_preposition(self, offset: int) -> bool:
        """A complement: "met Robeyns", "met multimiljonair Jeffrey Epstein" (a preposition
        up to three lower-case words back)."""
        for i in reversed(self._words_in(max(0, offset - 60), offset)[-4:]):
            w = self.words[i]
            if w.low in _PREPOSITIONS or w.low in _SUBJECT_BLOCKERS - {"dat", "die", "wat", "of"}:
                return True
            if not (w.text.isalpha() and w.text.islower()) and not w.text[:1].isdigit():
                return False
        return False

    def _resolve_org(
        self,
        span: tuple[int, int],
        history: list[tuple[int, tuple[int, int]]],
        sent_i: int,
    ) -> tuple[int, int] | None:
        for si, sp in reversed(history):
            if sent_i - si > 3:
                break
            ns = self._names_overlapping(sp[0], sp[1])
            if any(n[2] == "ORG" for n in ns):
                return sp
        if self._typed:
            lo = self.sents[max(0, sent_i - 2)][0] if self.sents else 0
            orgs = [
                n
                for n in self._names_between(lo, span[0])
                if n[2] == "ORG" and self._opens_sentence(n[0]) and not self._in_quote(n[0])
            ]
            if orgs:
                return (orgs[-1][0], orgs[-1][1])
        return None

    def _names_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._name_starts, start)
        hi = bisect.bisect_left(self._name_starts, end)
        return [n for n in self.names[lo:hi] if n[1] <= end]

    def _surname(self, n: tuple[int, int, str]) -> str:
        ws = self.text[n[0] : n[1]].split()
        return ws[-1].lower() if ws else ""

    # ---- discourse: who is speaking when a quote names nobody

    def _window(self, si: int, n: int) -> int:
        """Start offset of the sentence ``n`` sentences before sentence ``si``."""
        return self.sents[max(0, si - n)][0] if self.sents else 0

    def _subject_like(self, n: tuple[int, int, str]) -> bool:
        """Whether a name stands in its sentence's first phrase or right after the verb, not
        as a complement: "Ploegleider Michiel Elijzen wist", "Toch denkt Verstappen",
        "Ook acteur Tim Allen keert" are; "na rozetruidrager Primoz Roglic", "volgens Rutte",
        "tegen de Slowaakse Kuzmova" are not."""
        ss = self.sents[self._sent_index(n[0])][0] if self.sents else 0
        before = [
            self.words[i]
            for i in self._words_in(ss, n[0])
            if not self._in_quote(self.words[i].start) and not qm.is_mark_word(self.words[i].text)
        ]
        # the clause the name stands in: after ", maar" / ", en" a new main clause begins
        for k in range(len(before) - 2, -1, -1):
            if before[k].text == "," and before[k + 1].low in _COORDINATORS:
                before = before[k + 2 :]
                break
        if len(before) > 5:
            return False
        # the first person of its clause: "De Boer ontmoette Jansen" makes Jansen the object
        clause_start = before[0].start if before else n[0]
        if any(
            self._person_like(m) and not self._in_quote(m[0])
            for m in self._names_between(clause_start, n[0])
        ):
            return False
        for k, w in enumerate(before):
            nxt = before[k + 1].low if k + 1 < len(before) else ""
            if w.low in ("dat", "dit") and (nxt in lx.AUXILIARIES or nxt in lx.QUOTE_CUE_FORMS):
                continue  # "Dat stelt hoofdrolspeler Tom Hanks": a fronted object
            if w.low in _PREPOSITIONS or w.low in _SUBJECT_BLOCKERS or qm.is_mark_word(w.text):
                return False
            if w.text in (",", ";", ":", "(", "-", "–"):
                return False
        return True

    def _topic_persons(self, start: int, end: int) -> list[list[tuple[int, int, str]]]:
        """Per sentence between two offsets (outside quotes), the persons standing as subject."""
        out: dict[int, list[tuple[int, int, str]]] = {}
        for n in self._names_between(start, end):
            if self._in_quote(n[0]) or not self._person_like(n) or not self._subject_like(n):
                continue
            out.setdefault(self._sent_index(n[0]), []).append(n)
        return [out[k] for k in sorted(out)]

    def _topic(
        self,
        start: int,
        end: int,
        last: tuple[int, tuple[int, int], int] | None,
        loose: bool = False,
    ) -> tuple[int, int] | None:
        """The person the text is about just before ``end``: the subject of the latest sentence
        that has a person as subject; the last speaker when that sentence names him among
        others; nothing when two persons compete there. ``loose``: with no person as subject,
        the one person named at all (for an epithet: "ook als je Gerard Joling heet. … de
        zanger")."""
        sents = self._topic_persons(start, end)
        if not sents and loose:
            named = [
                n
                for n in self._names_between(start, end)
                if not self._in_quote(n[0]) and self._person_like(n) and not self._addressee(n)
            ]
            if len({self._surname(n) for n in named}) == 1:
                return (named[-1][0], named[-1][1])
        if not sents:
            return None
        latest = sents[-1]
        names = {self._surname(n) for n in latest}
        if len(names) == 1:
            return (latest[-1][0], latest[-1][1])
        if last is not None and self._surname((last[1][0], last[1][1], "")) in names:
            return last[1]
        return None

    def _carry(
        self,
        c: _Cand,
        si: int,
        pi: int,
        last: tuple[int, tuple[int, int], int] | None,
        last_end: int,
    ) -> tuple[int, int] | None:
        """The speaker of a direct quote without a cue, the way news tells it: a person
        introduced as subject since the last quote speaks now; otherwise the last speaker
        goes on (up to three paragraphs on); a quote opening the story takes the subject of
        the sentence right after it ("„…?” Kamerlid Jaco Geurts komt …")."""
        recent = last is not None and pi - last[2] <= 3
        start = max(last_end, self._window(si, 3)) if recent else self._window(si, 3)
        new = self._topic(start, c.start, last, loose=last is None)
        if new is not None:
            return new
        if recent and last is not None:
            return last[1]
        if last is None and qm.para_index(self.paras, c.start) == pi:
            ce = self._sent_index(max(c.start, c.end - 1))
            if ce + 1 < len(self.sents) and qm.para_index(self.paras, self.sents[ce + 1][0]) == pi:
                ahead = self._topic_persons(self.sents[ce + 1][0], self.sents[ce + 1][1])
                if ahead and len({self._surname(n) for n in ahead[0]}) == 1:
                    return (ahead[0][0][0], ahead[0][0][1])
        return None

    def _epithet_person(
        self,
        start: int,
        end: int,
        last: tuple[int, tuple[int, int], int] | None,
    ) -> tuple[int, int] | None:
        """The person an epithet ("de zangeres") stands for: the only person the text names
        in the sentences before it, or the last speaker when the subject there is that
        speaker. With other persons in play the epithet stays as it is."""
        named = [
            n
            for n in self._names_between(start, end)
            if not self._in_quote(n[0]) and self._person_like(n)
        ]
        if len({self._surname(n) for n in named}) == 1:
            return (named[-1][0], named[-1][1])
        # the one person standing as subject in the two sentences right before
        near = self._topic_persons(self._window(self._sent_index(end), 2), end)
        if near and len({self._surname(n) for n in near[-1]}) == 1:
            return (near[-1][-1][0], near[-1][-1][1])
        pick = self._topic(start, end, None)
        if (
            pick is not None
            and last is not None
            and self._surname((pick[0], pick[1], "")) == self._surname((*last[1], ""))
        ):
            return pick
        return None

    def _epithet(self, span: tuple[int, int]) -> bool:
        """A definite role noun that may stand for a person named before ("de zangeres",
        "de 62-jarige Oscarwinnaar"), not an institution or an unnamed official."""
        ws = [self.words[i] for i in self._words_in(span[0], span[1])]
        prev = self._words_in(max(0, span[0] - 40), span[0])[-3:]
        # the article, over adjectives and ages: "de (62-jarige) Oscarwinnaar"
        arts = [
            k
            for k, i in enumerate(prev)
            if self.words[i].low == "de"
            and all(
                self.words[j].text[:1].islower() or self.words[j].text[:1].isdigit()
                for j in prev[k + 1 :]
            )
        ]
        if not ws or not arts:
            return False  # "een woordvoerder": somebody new; "het leger": no person
        if ws[0].low in lx.PRONOUNS:
            return False
        if any("-" in w.text and w.text[:1].isupper() for w in ws):
            return False  # "de NAVO-baas": a qualified role names its own person or nobody
        if _plural_like(ws[-1].low):
            return False  # "de psychiaters": a group, not the suspect named before
        heads = [r for w in ws for r in _role_words(w.text)]
        if any(_office(r) for r in heads):
            # "de topman", "de minister", "de president": an office, whose holder the role
            # map finds from an introduction ("minister Blok") or nobody; an epithet
            # ("de zangeres", "de 62-jarige Oscarwinnaar") describes the person in focus
            return False
        # "Een piloot van …" before "de piloot": an unnamed person introduced as such
        if heads and re.search(
            rf"\been\s+(?:[\w-]+\s+){{0,2}}{re.escape(heads[-1])}\b",
            self.text[: span[0]],
            re.IGNORECASE,
        ):
            return False
        return bool(heads) and not any(
            r in lx.ORG_NOUNS or r in lx.INSTITUTION_NOUNS or r in lx.OFFICIAL_ROLES for r in heads
        )

    def _bare_pronoun(self, span: tuple[int, int]) -> bool:
        return self.text[span[0] : span[1]].lower() in lx.PERSON_PRONOUNS

    def _before_van(self, span: tuple[int, int]) -> tuple[int, int]:
        """The role part of "voorman van de … Lega": the words before "van"."""
        ws = self._words_in(span[0], span[1])
        for k, i in enumerate(ws):
            if k > 0 and self.words[i].low == "van":
                return (span[0], self.words[ws[k - 1]].end)
        return span

    def _addressee(self, n: tuple[int, int, str]) -> bool:
        """ "tegen Marian Janssen", "aan minister X": the one spoken to, not the speaker."""
        prev = self._words_in(max(0, n[0] - 40), n[0])[-2:]
        return any(self.words[i].low in ("tegen", "aan") for i in prev)

    def _heading(self, c: _Cand) -> bool:
        """A quoted phrase standing alone as a paragraph is a heading, not speech."""
        pi = qm.para_index(self.paras, c.start)
        ps, pe = self.paras[pi] if self.paras else (0, len(self.text))
        rest = self.text[ps : c.start] + self.text[c.end : pe]
        quoted = self.text[c.start : c.end].rstrip()
        return (
            not any(ch.isalnum() for ch in rest)
            and not quoted.endswith((".", "!", "?", "…"))
            and len(quoted.split()) < 8
        )

    # ---- direct quotes

    def _direct(self) -> list[_Cand]:
        out: list[_Cand] = []
        chain = 0
        pending: str | None = None  # opener of a quote left open at the end of a paragraph
        for ps, pe in self.paras:
            found, left_open = qm.pair_marks(self.text, ps, pe, pending)
            lead = pe - len(self.text[ps:pe].lstrip())
            for s, e, cont in found:
                if not cont:
                    chain += 1
                c = _Cand(s, e, True, chain=chain)
                # a quote resumed after its cue inside the paragraph ('"…", zegt X, "…"')
                c.resumed = cont and qm.skip_open(self.text, s) > lead
                out.append(c)
            pending = left_open
        return [c for c in out if c.end > c.start and self.text[c.start : c.end].strip()]

    def _after_cue(self, close: int, sent_end: int) -> tuple[str, tuple[int, int] | None] | None:
        """A cue right after a closing mark: '", zegt X' / ', aldus X' / ', zo zei X' / ', klonk het'."""
        ws = self._words_in(close, sent_end)
        k = 0
        while k < len(ws) and self.words[ws[k]].text in (",", "”", '"', "’", "'", "''", "»"):
            k += 1
        if k < len(ws) and self.words[ws[k]].low in ("zo", "dat"):
            k += 1  # '"…", zo zei X' / '‘…’, dat zegt X'
        if k >= len(ws):
            return None
        w = self.words[ws[k]]
        if w.low in _KLINKT:
            return w.text, self._klinkt_source(
                ws[k], sent_end, self.sents[self._sent_index(close)][0]
            )
        if w.low == "aldus" or w.low in lx.QUOTE_CUE_FORMS:
            r = self._np_after(ws[k] + 1, sent_end)
            cue = w.text
            # "zo luidde het argument van Monti": the speaker is the owner of the words
            if (
                r is not None
                and r[1] < len(self.words)
                and self.words[r[1]].low == "van"
                and any(self.words[m].low in lx.SPEECH_NOUNS for m in range(r[0], r[1]))
            ):
                owner = self._np_after(r[1] + 1, sent_end)
                if owner is not None:
                    r = (r[0], owner[1])
            if w.low in ("liet", "laat", "lieten", "laten") and r is not None:
                nxt = ws[k] + 1 + (r[1] - r[0])
                if nxt < len(self.words) and self.words[nxt].low == "weten":
                    cue = f"{w.text} weten"
            return cue, (None if r is None else self._span(r))
        # '", Bijleveld zegt' / '", liet Maas weten'
        r = self._np_after(ws[k], sent_end)
        if r is not None and r[1] < len(self.words) and self.words[r[1]].low in lx.QUOTE_CUE_FORMS:
            return self.words[r[1]].text, self._span(r)
        return self._unlisted_cue(ws[k], sent_end)

    def _unlisted_cue(self, i: int, sent_end: int) -> tuple[str, tuple[int, int]] | None:
        """'"…", sipt Dumoulin.' / '"…", was Haase lovend over …': after a quote and its comma,
        a verb the lexicon lacks with a name (or a pronoun) right behind it still names the
        speaker; a lower-case noun after it ("…", kijkers …) does not."""
        w = self.words[i]
        if not w.text.isalpha() or not w.text.islower() or w.low in _NOT_CUE_WORDS:
            return None
        if w.low in lx.AUXILIARIES or w.low in ("is", "was", "waren", "zijn", "wordt", "werd"):
            return None  # '"…" is dan Chrysler': a copula, not a verb of saying
        r = self._np_after(i + 1, sent_end)
        if r is None or r[0] != i + 1:
            return None
        first = self.words[r[0]]
        span = self._span(r)
        named = bool(self._names_in(span[0], span[1]))
        # '„Nee”, verbetert grimeur Anneke Besnyöi': a role word before the name is fine
        if first.low in ("hij", "zij", "ze") or (
            named and (_name_word(first.text) or first.low not in lx.DETERMINERS)
        ):
            return w.text, span
        return None

    def _klinkt_source(self, i: int, limit: int, sent_start: int) -> tuple[int, int] | None:
        """Who "klonk het" quotes: "klonk het bij de oppositie" names them; a bare "klonk het"
        is the group the sentence before is about ("Critici vinden dat onterecht. …, klonk
        het"), never a person named earlier: nobody else."""
        ws = self._words_in(self.words[i].end, limit)
        for k, m in enumerate(ws[:3]):
            if self.words[m].low in ("bij", "uit", "vanuit", "van", "onder") and k + 1 < len(ws):
                r = self._np_after(ws[k + 1], limit)
                if r is not None:
                    return self._span(r)
        si = self._sent_index(sent_start)
        if si == 0:
            return None
        ps, pe = self.sents[si - 1]
        first = self._words_in(ps, pe)[:1]
        r = self._np_after(first[0], pe) if first else None
        if r is None:
            return None
        head = self.words[r[1] - 1]
        lone = r[1] - r[0] == 1  # "Critici vinden …": a capital only for opening the sentence
        if head.low in lx.PRONOUNS or not _plural_like(head.low):
            return None
        if not lone and self._names_in(*self._span(r)):
            return None
        return self._span(r)

    def _inline_cue(self, open_pos: int, sent_start: int) -> tuple[str, tuple[int, int]] | None:
        """A reporting verb earlier in the quote's clause: 'heeft … beschreven als „…"'.

        A quoted phrase that opens with a preposition ('om een toelichting gevraagd „op de
        aangevoerde juridische basis"') belongs to a noun, not to the verb: no cue."""
        first = [
            i
            for i in self._words_in(open_pos, open_pos + 30)
            if not qm.is_mark_word(self.words[i].text)
        ][:1]
        if first and self.words[first[0]].low in _PREPOSITIONS | {"tot", "tegen", "naar"}:
            return None
        ws = self._words_in(sent_start, open_pos)
        for k in range(len(ws) - 1, -1, -1):
            w = self.words[ws[k]]
            if any(ch in w.text for ch in '"„“”’‘«»') or w.text in (",,", "''"):
                return None  # the cue belongs to an earlier quote
            if w.low in lx.QUOTE_CUE_FORMS and w.low not in ("vindt", "vond", "vonden", "heet"):
                cs = self._clause_start(ws, k)
                fin = self._finite_for(ws, k, "")
                if self._passive(cs, fin):
                    return None
                sp = self._subject(cs, fin, open_pos)
                return (w.text, sp) if sp is not None else None
        return None

    def _before_cue(
        self, open_pos: int, sent_start: int
    ) -> tuple[str | None, tuple[int, int] | None] | None:
        """A colon frame before an opening mark: 'X zei: "…' / 'zei X: "…' / 'X: "…'."""
        ws = self._words_in(sent_start, open_pos)
        if not ws or self.words[ws[-1]].text != ":":
            return None
        ws = ws[:-1]
        # the frame starts after an earlier quote in the same sentence
        last_mark = max(
            (k for k, i in enumerate(ws) if qm.is_mark_word(self.words[i].text)), default=-1
        )
        ws = ws[last_mark + 1 :]
        for i in ws:
            if self.words[i].low in lx.QUOTE_CUE_FORMS or self.words[i].low == "aldus":
                sp = self._subject(ws[0], i, open_pos)
                if sp is None:  # "…,” zei Djamal …: “…”": the speaker follows the cue
                    r = self._np_after(i + 1, open_pos)
                    sp = None if r is None else self._span(r)
                return self.words[i].text, sp
        if 0 < len(ws) <= 6 and self._frame_names_speaker(ws):
            return None, (self.words[ws[0]].start, self.words[ws[-1]].end)
        return None

    def _frame_names_speaker(self, ws: list[int]) -> bool:
        """Whether a cue-less colon frame names someone: "De Grauwe:", "Minister Blok:",
        "De woordvoerder:" do; "Weer het lachje:", "Tweede citaat:" do not."""
        words = [self.words[i] for i in ws]
        if all(_name_word(w.text, inner=True) or w.low in lx.NAME_PARTICLES for w in words):
            return words[0].low not in lx.FUNCTION_CAPS or len(words) > 1
        if any(_name_word(w.text) for w in words[1:]):
            return True
        heads = [r for w in words[:3] for r in _role_words(w.text)]
        return any(r in lx.ROLE_TITLES or _role_group(r) for r in heads)

    # ---- reported speech

    def _reported(self, si: int, direct: list[_Cand]) -> list[tuple[int, _Cand]]:
        """Reported-speech candidates in one sentence, with a priority (lower wins)."""
        ss, se = self.sents[si]
        ws = self._words_in(ss, se)
        out: list[tuple[int, _Cand]] = []
        if not ws:
            return out
        end = qm.strip_end(self.text, ss, se)
        for k, i in enumerate(ws):
            w = self.words[i]
            low = w.low
            # "…, aldus X" / "…, zegt X" / "…, zo zei X" at the end of the sentence
            if k >= 2 and (low == "aldus" or low in lx.QUOTE_CUE_FORMS or low == "zo"):
                prev = self.words[ws[k - 1]]
                j = k + 1 if low == "zo" else k
                before_comma = self.text[max(ss, prev.start - 2) : prev.start]
                if before_comma.endswith(tuple(qm.DOUBLE_CLOSERS) + ("’", "'")):
                    pass  # '"…", zegt X': the direct quote takes this cue
                elif (
                    prev.text == ","
                    and j < len(ws)
                    and (
                        self.words[ws[j]].low == "aldus"
                        or self.words[ws[j]].low in lx.QUOTE_CUE_FORMS
                    )
                ):
                    cue_w = self.words[ws[j]]
                    r = self._np_after(ws[j] + 1, se)
                    # the speaker ends the sentence, give or take a short adjunct ("bij Bel RTL")
                    tail = (
                        []
                        if r is None
                        else [
                            self.words[m]
                            for m in ws
                            if self.words[m].start >= self.words[r[1] - 1].end
                        ]
                    )
                    final = not (
                        r is not None
                        and (
                            self.words[r[0]].low == "dat"
                            or any(
                                t.low in ("dat", "of", "om") or t.text in (":", '"', "„")
                                for t in tail
                            )
                            or len(tail)
                            > (10 if tail and tail[0].low in ("en", "hem", "haar") else 7)
                        )
                    )
                    content = (ss, prev.start)
                    opinion = lx.QUOTE_CUE_FORMS.get(cue_w.low) in lx.OPINION_LEMMAS
                    # the quoted clause is the text before, unless something else follows
                    if final and not opinion and (r is not None or cue_w.low in _KLINKT):
                        sp = None if r is None else self._span(r)
                        if cue_w.low in _KLINKT:
                            sp = self._klinkt_source(ws[j], se, ss)
                        out.append(
                            (
                                0,
                                _Cand(
                                    content[0],
                                    content[1],
                                    False,
                                    cue_w.text,
                                    sp,
                                    cue_start=prev.start,
                                ),
                            )
                        )
                        continue
            if low == "volgens":
                r = self._np_after(i + 1, se)
                if r is None or any(
                    self.words[m].low in lx.VOLGENS_NOT_SOURCE for m in range(r[0], r[1])
                ):
                    continue  # "volgens de regels van Boeing": no source
                sp = self._span(r)
                if k == 0:
                    rest = [x for x in ws if self.words[x].start >= sp[1]]
                    while rest and self.words[rest[0]].text == ",":
                        rest = rest[1:]
                    if not rest:
                        continue
                    content = (self.words[rest[0]].start, end)
                elif (
                    self.words[ws[k - 1]].text == ","
                    and qm.strip_end(self.text, sp[1], se) <= sp[1]
                ):
                    content = (ss, self.words[ws[k - 1]].start)
                else:
                    content = (self._subclause_start(ws, k, ss), end)
                out.append((2, _Cand(content[0], content[1], False, w.text, sp, cue_start=w.start)))
                continue
            lemma = self._lemma(w)
            particle_lemma = self._particle_lemma(ws, k)
            if not lemma and not particle_lemma:
                continue
            cue_lemma = particle_lemma or lemma
            # a "dat" clause within a few words after the cue
            dat = None
            for n_, m in enumerate(ws[k + 1 : k + 12]):
                t = self.words[m]
                if t.text in (";", ":", "„", '"', "“", "?", "!") or t.low in ("te", "maar", "want"):
                    break
                # "…, zegt Weetjens, die vindt dat …": the dat belongs to the relative clause
                if (
                    t.text == ","
                    and k + 2 + n_ < len(ws)
                    and self.words[ws[k + 2 + n_]].low in _RELATIVE_WORDS
                ):
                    break
                if t.low == "dat":
                    dat = m
                    break
            if dat is not None:
                # separable verbs need their particle right before "dat" unless written whole
                if not particle_lemma and lemma in lx.PARTICLES and low in lx.PARTICLES[lemma][1]:
                    continue
                gap = [self.words[m].low for m in ws[k + 1 : ws.index(dat)]]
                if particle_lemma and gap and gap[-1] not in (lx.PARTICLES[particle_lemma][0], ","):
                    continue
                content_start = self.words[dat + 1].start if dat + 1 < len(self.words) else se
                if content_start >= end:
                    continue
                clause_start = self._clause_start(ws, k)
                fin = self._finite_for(ws, k, particle_lemma)
                sp = self._subject(clause_start, fin, se)
                cue = self._cue_text(ws, k, particle_lemma)
                c = _Cand(content_start, end, False, cue, sp, cue_start=self.words[fin].start)
                c.passive = self._passive(clause_start, fin)
                if c.passive:
                    # "Er wordt gezegd dat …": nobody speaks, unless "door X" names the agent
                    c.speaker = self._agent(clause_start, self.words[dat].start)
                out.append((1, c))
                continue
            # a finite cue with a te-infinitive: "Zo zegt Iran wraak te zullen nemen"
            if cue_lemma in lx.TE_INFINITIVE_LEMMAS and not (
                low.startswith("ge") or low == "weten"
            ):
                te = self._te_finite(ws, k, se, end, particle_lemma)
                if te is not None:
                    out.append((1, te))
                    continue
            # a te-infinitive after a participle / infinitive cue ("heeft aangegeven … te zullen wreken")
            if cue_lemma and _participle_like(low):
                rest = ws[k + 1 :]
                has_te = any(
                    self.words[m].low == "te" and n + 1 < len(rest) for n, m in enumerate(rest)
                )
                if rest and has_te and self.words[rest[0]].text not in (",", "."):
                    clause_start = self._clause_start(ws, k)
                    sp = self._subject(clause_start, self._finite_for(ws, k, particle_lemma), se)
                    cue = self._cue_text(ws, k, particle_lemma)
                    out.append(
                        (
                            1,
                            _Cand(
                                self.words[rest[0]].start, end, False, cue, sp, cue_start=w.start
                            ),
                        )
                    )
        return _inner_source(out)

    def _subclause_start(self, ws: list[int], k: int, ss: int) -> int:
        """Where the clause holding word ``k`` begins: after ", omdat" in "…, omdat hij volgens
        deskundigen handelde vanuit een psychose" (the main clause is not attributed)."""
        for m in range(k - 1, 0, -1):
            if self.words[ws[m]].low in _SUBORDINATORS and self.words[ws[m - 1]].text == ",":
                return self.words[ws[m + 1]].start if m + 1 < k else ss
        return ss

    def _te_finite(
        self, ws: list[int], k: int, se: int, end: int, particle_lemma: str
    ) -> _Cand | None:
        clause_start = self._clause_start(ws, k)
        verb_i = ws[k]
        pre = [m for m in range(clause_start, verb_i)]
        first = self.words[pre[0]].low if pre else ""
        inverted = not pre or (
            first in lx.FUNCTION_CAPS and first not in lx.DETERMINERS and first not in lx.PRONOUNS
        )
        rest = [m for m in ws[k + 1 :]]
        sp = None
        if inverted:
            r = self._np_after(verb_i + 1, se)
            if r is None:
                return None
            sp = self._span(r)
            rest = [m for m in rest if m >= r[1]]
        else:
            sp = self._subject(clause_start, verb_i, se)
        while rest and (
            self.words[rest[0]].low in lx.SKIP_WORDS or self.words[rest[0]].low in _ADVERBS
        ):
            rest = rest[1:]
        if not rest:
            return None
        stop = next(
            (n for n, m in enumerate(rest) if self.words[m].text in (",", ";", ":", "„", '"', "“")),
            len(rest),
        )
        clause = rest[:stop]
        lows = [self.words[m].low for m in clause]
        if "te" not in lows[:-1] or lows[0] in lx.NP_STOP - {"er"}:
            return None
        ti = lows.index("te")
        if "dat" in lows[:ti] or ti > 15:
            return None
        # a particle of another verb ("stelt … voor om", "stelt … uit") is not reporting
        if (
            any(w in ("voor", "uit", "in", "vast", "aan", "op") for w in lows[:ti])
            and not particle_lemma
        ):
            return None
        # the infinitive group: "te zullen nemen", "te voelen aan …" up to a new clause
        j = ti + 1
        while j < len(lows) and lows[j] not in ("en", "maar", "of", "want", "terwijl", "omdat"):
            j += 1
        last = clause[j - 1]
        return _Cand(
            self.words[rest[0]].start,
            min(end, self.words[last].end),
            False,
            self._cue_text(ws, k, particle_lemma),
            sp,
            cue_start=self.words[verb_i].start,
        )

    def _trim_end(self, start: int, cut: int) -> int:
        """End of a clause cut before another frame, without a dangling "en hij," or marks."""
        ws = self._words_in(start, cut)
        while ws and (
            self.words[ws[-1]].low in _TRAILING
            or not self.words[ws[-1]].text[:1].isalnum()
            and self.words[ws[-1]].text not in ("”", '"', "’")
        ):
            ws.pop()
        if not ws:
            return start
        return (
            qm.strip_end(self.text, start, self.words[ws[-1]].end)
            if self.words[ws[-1]].text[:1].isalnum()
            else self.words[ws[-1]].end
        )

    def _passive(self, clause_start: int, verb_i: int) -> bool:
        """Whether a participle cue is passive ("er wordt gezegd dat"), within its own clause."""
        cue = self.words[verb_i].low
        if cue in _PASSIVE_AUX:
            return False
        for m in range(verb_i - 1, clause_start - 1, -1):
            t = self.words[m]
            if t.text in (",", ";", ":") or t.low in _CLAUSE_LINKS:
                return False
            if t.low in _PASSIVE_AUX:
                # "werd … gezegd" is passive; a finite cue ("zei") never is
                return _maybe_nonfinite(cue)
        return False

    def _agent(self, clause_start: int, limit: int) -> tuple[int, int] | None:
        """The "door X" agent of a passive reporting verb, if the clause names one."""
        for m in range(clause_start, len(self.words)):
            if self.words[m].start >= limit:
                break
            if self.words[m].low == "door":
                r = self._np_after(m + 1, limit)
                return None if r is None else self._span(r)
        return None

    def _particle_lemma(self, ws: list[int], k: int) -> str:
        """The separable reporting verb whose particle is word k ("legt … uit", "liet … weten")."""
        low = self.words[ws[k]].low
        for lemma, (particle, stems) in lx.PARTICLES.items():
            if low != particle:
                continue
            for m in reversed(ws[max(0, k - 16) : k]):
                t = self.words[m].low
                if t in stems:
                    return lemma
                if t in (",", ".", ";") and lemma != "laten weten":
                    break
        # "erop" / "er … op" for wijzen op
        return ""

    def _finite_for(self, ws: list[int], k: int, particle_lemma: str) -> int:
        if particle_lemma:
            stems = lx.PARTICLES[particle_lemma][1]
            for m in reversed(ws[:k]):
                if self.words[m].low in stems:
                    return m
        return ws[k]

    def _cue_text(self, ws: list[int], k: int, particle_lemma: str) -> str:
        if particle_lemma:
            f = self._finite_for(ws, k, particle_lemma)
            return f"{self.words[f].text} {self.words[ws[k]].text}"
        return self.words[ws[k]].text

    def _clause_start(self, ws: list[int], k: int) -> int:
        """First word of the clause holding word k: after a ", maar" / "; " / ", en" break."""
        start = ws[0]
        for m in ws[:k]:
            t = self.words[m]
            if t.text == ";" or (
                t.low in ("maar", "en") and m > ws[0] and self.words[m - 1].text == ","
            ):
                start = m + 1
        # "Maas wil …, maar stelt dat": an empty clause prefix reuses the sentence subject
        fin = self._finite_for(ws, k, "")
        if start >= fin:
            return ws[0]
        return start

    # ---- assembly

    def run(self) -> list[Quote]:
        direct = self._direct()
        self._quoted = sorted((d.start, d.end) for d in direct)
        self._quoted_starts = [q[0] for q in self._quoted]
        reported: list[_Cand] = []
        per_sent: dict[int, list[tuple[int, _Cand]]] = {}
        d_starts = [d.start for d in direct]  # in text order
        d_longest = max((d.end - d.start for d in direct), default=0)
        for si in range(len(self.sents)):
            per_sent[si] = self._reported(si, direct)
            # only the direct quotes that can overlap this sentence (no scan of the document)
            ss_, se_ = self.sents[si]
            near = direct[
                bisect.bisect_left(d_starts, ss_ - d_longest) : bisect.bisect_left(d_starts, se_)
            ]
            kept: list[_Cand] = []
            for _prio, c in sorted(per_sent[si], key=lambda pc: (pc[0], pc[1].start)):
                # two reporting frames in one sentence: the earlier clause ends where the next
                # frame begins ("Volgens hem …, en hij zei dat …")
                if (
                    c.cue
                    and c.cue.lower() == "volgens"
                    and any(
                        k2.start <= c.cue_start < k2.end or k2.cue_start <= c.cue_start < k2.start
                        for k2 in kept
                    )
                ):
                    continue  # "zei dat de beste optie volgens hem was …": one attribution
                if (
                    c.cue
                    and c.cue.lower() == "volgens"
                    and any(
                        _overlap(c.start, c.end, d.start, d.end) > 0.3 * (c.end - c.start)
                        for d in near
                    )
                ):
                    continue  # "…,” zei X volgens Y: the quote carries the attribution
                for k2 in kept:
                    if c.start < k2.cue_start < c.end:
                        c.end = self._trim_end(c.start, k2.cue_start)
                    elif k2.start < c.cue_start < k2.end:
                        k2.end = self._trim_end(k2.start, c.cue_start)
                if len(self.text[c.start : c.end].split()) < 3:
                    continue
                if any(
                    _overlap(c.start, c.end, d.start, d.end) >= 0.8 * (c.end - c.start)
                    for d in near
                ):
                    continue  # the clause is itself a direct quote: attribution goes there
                if any(_overlap(c.start, c.end, k2.start, k2.end) > 0 for k2 in kept):
                    continue
                kept.append(c)
            kept = [k2 for k2 in kept if k2.end - k2.start >= 3]
            reported.extend(kept)

        # attribute direct quotes
        for d in direct:
            close_si = self._sent_index(max(d.start, d.end - 1))
            open_si = self._sent_index(d.start)
            ss, se = self.sents[close_si] if self.sents else (0, len(self.text))
            after = self._after_cue(qm.skip_close(self.text, d.end), se)
            if after is not None:
                d.cue, d.speaker = after
                continue
            if d.resumed:
                continue  # the interrupted quote's own cue names the speaker: see the chain below
            os_, _ = self.sents[open_si] if self.sents else (0, len(self.text))
            before = self._before_cue(qm.skip_open(self.text, d.start), os_)
            if before is not None and before[1] is not None:
                d.cue, d.speaker = before
                continue
            frame = [
                c
                for _p, c in per_sent.get(open_si, [])
                if c.speaker is not None
                and (c.start <= d.start and d.end <= c.end + 2 or open_si == close_si)
            ]
            # the frame whose clause holds the quote first ("…, die zeiden dat …, zei hij dat
            # hij “er geen interesse in had”")
            frame.sort(key=lambda c: not (c.start <= d.start and d.end <= c.end + 2))
            if frame:
                d.cue, d.speaker = frame[0].cue, frame[0].speaker
                continue
            inline = self._inline_cue(qm.skip_open(self.text, d.start), os_)
            if inline is not None:
                d.cue, d.speaker = inline
        # share attribution along a continued quote
        by_chain: dict[int, _Cand] = {}
        for d in direct:
            if d.speaker is not None and d.chain not in by_chain:
                by_chain[d.chain] = d
        for d in direct:
            src = by_chain.get(d.chain)
            if d.speaker is None and src is not None:
                d.cue, d.speaker = src.cue, src.speaker
        for d in direct:
            d.fragment = _is_fragment(self.text[d.start : d.end])

        cands = sorted(direct + reported, key=lambda c: (c.start, not c.direct))
        cands = [
            c
            for c in cands
            if not (c.direct and (_is_title(self.text, self.words, c) or _term(self.text, c)))
        ]
        cands = [c for c in cands if not (c.direct and self._heading(c))]
        # a quoted phrase inside a reported clause is part of that one quote, not a second one
        # ("zei dat de aanval „onaanvaardbaar" was")
        cands = [
            c
            for c in cands
            if not (
                c.direct
                and any(
                    not r.direct and r.start <= c.start and c.end <= r.end + 2 for r in reported
                )
            )
        ]
        # resolve speakers in text order; speakerless quotes continue the current speaker
        history: list[tuple[int, tuple[int, int]]] = []
        last: tuple[int, tuple[int, int], int] | None = None  # (sentence, speaker, paragraph)
        last_end = 0  # where the last attributed quote ends: the topic window starts there
        quotes: list[Quote] = []
        for c in cands:
            si = self._sent_index(c.start)
            pi = qm.para_index(self.paras, c.start)
            span = self._speaker_span(c.speaker)
            guessed = False  # an epithet's person: used for this quote, never passed on
            if span is not None:
                span = self._resolve(span, history, si)
                if (
                    self._bare_pronoun(span)
                    and last is not None
                    and si - last[0] <= 1
                    and not self._bare_pronoun(last[1])
                ):
                    span = last[1]  # "De minister … noemt het ‘…’. Volgens hem …"
                role = self._before_van(span)
                if not self._is_named(role) and self._epithet(role):
                    # only persons of the sentences before: a name beside the epithet in its
                    # own sentence is somebody else ("X sprak met de zangeres")
                    end = min(c.start, self.sents[self._sent_index(role[0])][0])
                    guess = self._epithet_person(self._window(si, 3), end, last)
                    if guess is not None:
                        span, guessed = guess, True
            elif c.direct and not c.fragment and not c.resumed and c.cue is None:
                span = self._carry(c, si, pi, last, last_end)
                c.carried = span is not None
            elif last is not None and si - last[0] <= 1 and (c.direct or c.cue) and not c.passive:
                span = last[1]
                c.carried = True
            if c.direct and c.fragment and span is None:
                continue  # scare quotes / titles without anyone saying them
            if span is not None and not guessed:
                # "minister van Arbeid" names an office, not a person called Arbeid
                if self._is_named(self._before_van(span)):
                    history.append((si, span))
                last = (self._sent_index(max(c.start, c.end - 1)), span, pi)
                last_end = max(last_end, c.end)
            quotes.append(
                Quote(
                    start=c.start,
                    end=c.end,
                    speaker_start=None if span is None else span[0],
                    speaker_end=None if span is None else span[1],
                    speaker=None,
                    cue=c.cue,
                    direct=c.direct,
                )
            )
        return quotes


# --- helpers ------------------------------------------------------------------------------


def _inner_source(cands: list[tuple[int, _Cand]]) -> list[tuple[int, _Cand]]:
    """Two frames around one clause: the inner one names the source. "Volgens Stoltenberg …,
    aldus woordvoerder Cazalet" is Stoltenberg's view, passed on by his spokesman; "De politie
    liet weten dat …, meldden Russische media" is what the police said. The clause-final cue
    keeps its span and takes the inner frame's speaker."""
    for prio, outer in cands:
        if prio != 0:
            continue
        inner = [
            c
            for p, c in cands
            if p > 0 and c.speaker is not None and outer.start <= c.cue_start < outer.end
        ]
        if inner:
            first = min(inner, key=lambda c: c.cue_start)
            outer.speaker, outer.cue = first.speaker, first.cue
    return cands


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def _adjective_like(low: str) -> bool:
    # "Iraanse", "hoge"; not "politie", "gemeente" (nouns in -ie, -ee)
    if low.endswith(("ie", "ee", "oe")):
        return False
    return low.endswith("e") or low in ("oud", "oud-", "voormalig")


def _role_words(word: str) -> list[str]:
    """Lower-case role nouns in a word: "NAVO-baas" -> ["baas"], "minister" -> ["minister"]."""
    w = word.strip(",.").lower()
    if not w or not w[0].isalpha() or w in lx.DETERMINERS or w in lx.NP_STOP or len(w) < 3:
        return []
    if w in lx.QUOTE_CUE_FORMS or w in lx.SKIP_WORDS or w in ("volgens", "aldus", "waaronder"):
        return []
    parts = [w]
    if "-" in w:
        parts.append(w.rsplit("-", 1)[1])
    return parts


def _overlaps_any(
    spans: list[tuple[int, int]], starts: list[int], longest: int, s: int, e: int
) -> bool:
    """Whether [s, e) overlaps one of the sorted spans (bisect, not a scan)."""
    lo = bisect.bisect_left(starts, s - longest)
    hi = bisect.bisect_left(starts, e)
    return any(spans[k][1] > s for k in range(lo, hi))


def _role_group(role: str) -> frozenset[str] | None:
    for g in lx.ROLE_GROUPS:
        if role in g:
            return g
    return None


def _looks_person(name: str) -> bool:
    """A surface guess: a person name is not all capitals."""
    return not name.isupper()


def _surface_names(
    text: str, words: list[_Word], sents: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Capitalised word runs as names of unknown type ("?") when Frog's NER is absent."""
    sent_starts = {s for s, _ in sents}
    out: list[tuple[int, int, str]] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        initial = w.start in sent_starts or (i > 0 and words[i - 1].text in "„\"“‘'«:")
        if (
            _name_word(w.text)
            and not (initial and w.low in lx.FUNCTION_CAPS)
            and w.low not in lx.ROLE_TITLES
        ):
            j = i + 1
            while j < n:
                t = words[j]
                if t.start in sent_starts:
                    break
                if (
                    _name_word(t.text, inner=True)
                    or t.low in lx.NAME_PARTICLES
                    and j + 1 < n
                    and (words[j + 1].text[:1].isupper() or words[j + 1].low in lx.NAME_PARTICLES)
                ):
                    j += 1
                else:
                    break
            # "Vertegenwoordigers van de vakbonden": particles do not end a name
            k = j
            while k - 1 > i and words[k - 1].low in lx.NAME_PARTICLES:
                k -= 1
            out.append((w.start, words[k - 1].end, "?"))
            i = j
        else:
            i += 1
    return out


_ADJECTIVE_ENDINGS = (
    "sche",
    "anse",
    "ense",
    "tse",
    "kse",
    "dse",
    "ese",
    "lse",
    "rse",
    "nse",
    "mse",
    "pse",
    "vse",
)


_OFFICES = tuple(
    sorted(lx.GENERIC_ROLES | lx.ROLE_TITLES | frozenset().union(*lx.ROLE_GROUPS), key=len)
)


def _office(role: str) -> bool:
    """A role naming an office, also inside a compound ("vakbondsleider", "autotopman")."""
    return any(role == o or (len(o) > 3 and role.endswith(o)) for o in _OFFICES)


# "Beiden gaven aan dat": a subject, though no name (and left unresolved: two persons)
_SUBORDINATORS = frozenset(
    ["omdat", "doordat", "terwijl", "nadat", "zodat", "hoewel", "aangezien", "waardoor"]
)
_PAIR_WORDS = frozenset(["beiden", "beide", "allebei"])
_QUANTIFIERS = frozenset(["veel", "vele", "enkele", "sommige", "alle", "meerdere", "diverse"])
_TIME_NOUNS = frozenset(["uren", "dagen", "weken", "maanden", "jaren", "minuten", "keren"])


def _quantified_subject(lows: list[str]) -> bool:
    """ "Veel rij-instructeurs zeggen": a quantified plural noun before the verb is its subject
    ("Enkele uren later zei het leger" is a time phrase)."""
    return len(lows) == 2 and lows[0] in _QUANTIFIERS and lows[1] not in _TIME_NOUNS


def _org_noun(role: str) -> bool:
    """An organisation noun, also as the head of a compound ("gegevensbeschermingsautoriteit")."""
    return role in lx.ORG_NOUNS or any(len(o) > 6 and role.endswith(o) for o in lx.ORG_NOUNS)


def _plural_like(low: str) -> bool:
    """A plural noun by its ending: "psychiaters", "critici", "deskundigen", "bewoners"."""
    return low.endswith(_PLURAL_ENDINGS)


def _acronym(word: str) -> bool:
    """An all-capitals abbreviation: "OM", "VS", "FNV"."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _name_word(word: str, inner: bool = False) -> bool:
    """A capitalised word that can be (part of) a name: not "NAVO-baas", not "Iraanse"."""
    if not (word[:1].isupper() and word[:1].isalpha()):
        return False
    if "-" in word and word.rsplit("-", 1)[1][:1].islower():
        return False
    low = word.lower()
    # nationality and other adjectives ("Iraanse", "Amerikaanse", "Duitse", "Nederlandse",
    # "Tsjechische"), not names that happen to end in -se ("Haase", "Louise", "Jesse")
    return inner or not low.endswith(_ADJECTIVE_ENDINGS)


def _participle_like(low: str) -> bool:
    """A participle or infinitive that can take a te-infinitive ("aangegeven", "laten weten")."""
    if low.startswith("ge") or low == "weten":
        return True
    if any(low.startswith(p + "ge") for p in ("aan", "toe", "uit", "op", "mee", "af", "voor")):
        return True
    lemma = lx.FORM_TO_LEMMA.get(low, "")
    forms = lx.REPORTING_VERBS.get(lemma, ())
    return (
        bool(forms) and low == forms[-1] and low.endswith(("d", "t")) and not low.endswith(("dt",))
    )


def _maybe_nonfinite(form: str) -> bool:
    """Whether a cue form can be a participle or infinitive ("gezegd", "verklaard", "zeggen")."""
    if form.startswith("ge") or form.endswith("en") or form == "weten":
        return True
    # the participle of a separable verb: "aangekondigd", "toegevoegd", "uitgelegd"
    if any(form.startswith(p + "ge") for p in _SEPARABLE_PARTICLES):
        return True
    lemma = lx.FORM_TO_LEMMA.get(form, "")
    forms = lx.REPORTING_VERBS.get(lemma, ())
    # the participle of a be-/ver-/er-/ont-/her- verb is its last listed form
    return bool(forms) and form == forms[-1] and not form.endswith(("de", "te"))


def _is_fragment(quoted: str) -> bool:
    """A quoted phrase rather than a quoted sentence: no end punctuation, lower-case or short."""
    words = quoted.split()
    if re.search(r"[.!?…]\W*$", quoted) or len(words) >= 8:
        return False
    return not (quoted[:1].isupper() and len(words) >= 3)


def _is_title(text: str, words: list[_Word], c: _Cand) -> bool:
    """A quoted name or title: after a title noun ("de film 'Zwartboek'"), glued to a compound
    ("het “GM Total Confidence” -programma"), or a short phrase of capitalised words only."""
    quoted = text[c.start : c.end]
    if len(quoted.split()) >= 8:
        return False
    if re.match(r"[”\"’'»]?\s?-\w", text[c.end : c.end + 4]):
        return True
    ws = quoted.split()
    if c.fragment and len(ws) >= 2 and all(w[:1].isupper() for w in ws):
        return True
    before = text[max(0, c.start - 40) : c.start].lower()
    before = re.split(r"[.!?:;]", before)[-1]  # "… in een café. „Ik weet …": a new sentence
    toks = re.findall(r"[\w-]+", before)[-2:]
    # "de tv-serie ‘Voor de rechter’": a compound ending in a title noun counts too
    return any(t in lx.TITLE_NOUNS or t.rsplit("-", 1)[-1] in lx.TITLE_NOUNS for t in toks)


def _term(text: str, c: _Cand) -> bool:
    """A quoted word used as a term or a scare quote, not speech: inside a noun phrase ("haar
    ‘onfatsoenlijke’ manier") or a single word after an article ("de ‘vergismoord’")."""
    if not c.fragment:
        return False
    quoted = text[c.start : c.end].split()
    prev = re.findall(r"\w+", text[max(0, c.start - 20) : c.start])[-1:]
    after = re.match(r"[”\"’'»]?\s?([a-zà-ÿ]\w*)", text[c.end : c.end + 30])
    det = bool(prev) and prev[0].lower() in lx.DETERMINERS
    if det and len(quoted) == 1 and prev[0].lower() in ("de", "het"):
        return True
    return det and after is not None and after.group(1) not in _NOT_NOUN_AFTER


__all__ = ["QuoteExtractor", "find_quotes"]
