"""Word classes and fixed word lists the quote finder tests words against (names, adjectives,
offices, plurals, participles), as pure functions of a word.
"""

from __future__ import annotations

import bisect
import re

from .. import quote_lexicon as lx
from ..coref import company_compound
from ..quote_lexicon import role_group as role_group  # its home is the lexicon of the groups
from .context import Word

# "van (de) (failliete) (rijschool) Aalbregt": a name after "van" and at most two lower-case words,
# an age ("van de 21-jarige X") or a national adjective ("van de Nederlandse Zorgautoriteit")
VAN_BEFORE = re.compile(
    r"\bvan(?:\s+(?:de|het|een))?(?:\s+(?:[a-zà-ÿ0-9][\w-]*|[A-ZÀ-Þ][\w-]*(?:se|sche))){0,2}\s*$"
)
# a role and then its place: "een rechter in Valencia", "de correspondent in Washington"
ROLE_IN_BEFORE = re.compile(r"^(?:(?:een|de|het)\s+)?[a-zà-ÿ][\w-]*\s+in\s+$", re.IGNORECASE)


RELATIVE = re.compile(r",\s*(?:die|dat|wie|wiens|wier|waar\w*|welke)\b")


ADVERBS = frozenset(
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


TRAILING = frozenset(
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


SUBJECT_PRONOUNS = frozenset(
    ["hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "men", "u", "jullie"]
)


RELATIVE_WORDS = frozenset(
    ["die", "dat", "wie", "wiens", "wier", "waar", "waarin", "waarmee", "welke"]
)


PASSIVE_AUX = frozenset(("wordt", "werd", "worden", "werden"))


# words before a name that make it no subject of its sentence ("volgens Rutte", "dat Rutte")
SUBJECT_BLOCKERS = frozenset(
    ["volgens", "dat", "omdat", "als", "toen", "terwijl", "nadat", "hoewel", "die", "wat", "of"]
    + ["na", "vanaf", "tijdens", "sinds", "zonder", "achter", "onder", "tussen", "via", "rond"]
    + ["namens", "binnen", "buiten", "langs", "dankzij", "ondanks", "wegens", "behalve", "tot"]
)


COORDINATORS = frozenset(["en", "maar", "want", "of", "dus"])


# lower-case words after a quoted phrase that show it is no modifier of a noun
NOT_NOUN_AFTER = frozenset(
    ["en", "of", "is", "was", "zijn", "waren", "te", "heeft", "had", "wordt", "werd", "zou"]
    + ["in", "op", "van", "voor", "met", "bij", "aan", "over", "uit", "naar", "door", "om"]
    + ["noemde", "noemt", "heet", "genoemd", "zei", "zegt", "als", "dat", "die", "niet"]
)


KLINKT = frozenset(["klinkt", "klonk", "klonken", "heet", "luidt", "luidde"])


# plural person nouns: never an epithet for one person ("de psychiaters", "critici")
PLURAL_ENDINGS: tuple[str, ...] = (
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
NOT_CUE_WORDS = frozenset(
    ["en", "maar", "want", "of", "dus", "dan", "die", "dat", "wat", "zoals", "toen", "als", "om"]
    + ["met", "van", "voor", "door", "bij", "in", "op", "aan", "naar", "over", "uit", "tot"]
    + ["de", "het", "een", "er", "ook", "nog", "niet", "wel", "al", "volgens", "aldus", "na"]
)


PREPOSITIONS = frozenset(
    ["van", "met", "aan", "voor", "door", "bij", "tegen", "over", "naar", "om", "op", "in", "uit"]
)


ROLE_LOOKBACK = 200  # role introductions searched back from a role noun


SEPARABLE_PARTICLES = ("aan", "toe", "uit", "op", "mee", "af", "voor", "bekend", "weer")


# words that end a subject phrase read backwards from its verb ("… en bronnen geven aan")
CLAUSE_LINKS = frozenset(["en", "maar", "of", "want", "dat", "omdat", "terwijl", "nadat", "hoewel"])


def overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def adjective_like(low: str) -> bool:
    # "Iraanse", "hoge"; not "politie", "gemeente" (nouns in -ie, -ee)
    if low.endswith(("ie", "ee", "oe")):
        return False
    return low.endswith("e") or low in ("oud", "oud-", "voormalig")


# adjectives without the inflection -e that stand before a role noun ("politiek verslaggever",
# "technisch directeur", "financieel analist", "de geboren Tilburgse")
_BARE_ADJECTIVE_ENDINGS = ("iek", "isch", "eel", "aal", "ief", "air", "eus")
_BARE_ADJECTIVES = frozenset(
    ["geboren", "getogen", "gewezen", "toenmalig", "huidig", "vorig", "zogeheten", "zogenoemd"]
)


def bare_adjective(low: str) -> bool:
    """An uninflected adjective that can modify the role noun after it (see above)."""
    return low in _BARE_ADJECTIVES or (len(low) > 5 and low.endswith(_BARE_ADJECTIVE_ENDINGS))


# quantities whose "van" phrase is the speaker ("77 procent van de deelnemers zegt …")
QUANTITY_NOUNS = frozenset(
    ["procent", "helft", "deel", "meerderheid", "minderheid", "merendeel", "kwart", "derde"]
)


def role_words(word: str) -> list[str]:
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


def overlaps_any(
    spans: list[tuple[int, int]], starts: list[int], longest: int, s: int, e: int
) -> bool:
    """Whether [s, e) overlaps one of the sorted spans (bisect, not a scan)."""
    lo = bisect.bisect_left(starts, s - longest)
    hi = bisect.bisect_left(starts, e)
    return any(spans[k][1] > s for k in range(lo, hi))


def looks_person(name: str) -> bool:
    """A surface guess: a person name is not all capitals."""
    return not name.isupper()


def surface_names(
    text: str, words: list[Word], sents: list[tuple[int, int]]
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
            name_word(w.text)
            and not (initial and w.low in lx.FUNCTION_CAPS)
            and w.low not in lx.ROLE_TITLES
        ):
            j = i + 1
            while j < n:
                t = words[j]
                if t.start in sent_starts:
                    break
                if (
                    name_word(t.text, inner=True)
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


ADJECTIVE_ENDINGS = (
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
    # "Tilburgse", "Haagse", "Limburgse", "Zeeuwse": adjectives of place, also as epithets
    # ("de geboren Tilburgse")
    "gse",
    "wse",
)


OFFICES = tuple(
    sorted(lx.GENERIC_ROLES | lx.ROLE_TITLES | frozenset().union(*lx.ROLE_GROUPS), key=len)
)


def office(role: str) -> bool:
    """A role naming an office, also inside a compound ("vakbondsleider", "autotopman")."""
    return any(role == o or (len(o) > 3 and role.endswith(o)) for o in OFFICES)


# "Beiden gaven aan dat": a subject, though no name (and left unresolved: two persons)
PAIR_WORDS = frozenset(["beiden", "beide", "allebei"])
# conjunctions opening a subordinate clause (verb last, subject right after the conjunction)
SUBORDINATORS = frozenset(
    ["hoewel", "omdat", "doordat", "terwijl", "nadat", "zodat", "aangezien", "zodra", "voordat"]
)
# focus particles that stand before a subject in the first position ("Ook de importeur zegt",
# "Zelfs Rutte gaf toe"): the subject follows them, the verb is not inverted
FOCUS_PARTICLES = frozenset(
    ["ook", "zelfs", "alleen", "juist", "vooral", "eveneens", "evenmin", "slechts", "enkel"]
)


QUANTIFIERS = frozenset(["veel", "vele", "enkele", "sommige", "alle", "meerdere", "diverse"])


TIME_NOUNS = frozenset(["uren", "dagen", "weken", "maanden", "jaren", "minuten", "keren"])


def focused_subject(st_words: list[str], caps: list[bool]) -> bool:
    """ "Ook de importeur zegt", "Zelfs Rutte zei": a focus particle, then an article, a
    pronoun or a name before the verb: that phrase is the subject (not "Ook zegt hij")."""
    if len(st_words) < 2 or st_words[0] not in FOCUS_PARTICLES:
        return False
    nxt = st_words[1]
    return (
        nxt in lx.DETERMINERS
        or nxt in lx.PRONOUNS
        or quantified_subject(st_words[1:])
        or (caps[1] and nxt not in lx.FUNCTION_CAPS)
    )


def quantified_subject(lows: list[str]) -> bool:
    """ "Veel rij-instructeurs zeggen": a quantified plural noun before the verb is its subject
    ("Enkele uren later zei het leger" is a time phrase)."""
    return len(lows) == 2 and lows[0] in QUANTIFIERS and lows[1] not in TIME_NOUNS


def org_noun(role: str) -> bool:
    """An organisation noun, also as the head of a compound ("gegevensbeschermingsautoriteit")."""
    return (
        role in lx.ORG_NOUNS
        or any(len(o) > 6 and role.endswith(o) for o in lx.ORG_NOUNS)
        or company_compound(role)
    )


def plural_like(low: str) -> bool:
    """A plural noun by its ending: "psychiaters", "critici", "deskundigen", "bewoners"."""
    return low.endswith(PLURAL_ENDINGS)


def acronym(word: str) -> bool:
    """An all-capitals abbreviation: "OM", "VS", "FNV"."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def name_word(word: str, inner: bool = False) -> bool:
    """A capitalised word that can be (part of) a name: not "NAVO-baas", not "Iraanse"."""
    if not (word[:1].isupper() and word[:1].isalpha()):
        return False
    if "-" in word and word.rsplit("-", 1)[1][:1].islower():
        return False
    low = word.lower()
    # nationality and other adjectives ("Iraanse", "Amerikaanse", "Duitse", "Nederlandse",
    # "Tsjechische"), not names that happen to end in -se ("Haase", "Louise", "Jesse")
    return inner or not low.endswith(ADJECTIVE_ENDINGS)


def participle_like(low: str) -> bool:
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


def maybe_nonfinite(form: str) -> bool:
    """Whether a cue form can be a participle or infinitive ("gezegd", "verklaard", "zeggen")."""
    if form.startswith("ge") or form.endswith("en") or form == "weten":
        return True
    # the participle of a separable verb: "aangekondigd", "toegevoegd", "uitgelegd"
    if any(form.startswith(p + "ge") for p in SEPARABLE_PARTICLES):
        return True
    lemma = lx.FORM_TO_LEMMA.get(form, "")
    forms = lx.REPORTING_VERBS.get(lemma, ())
    # the participle of a be-/ver-/er-/ont-/her- verb is its last listed form
    return bool(forms) and form == forms[-1] and not form.endswith(("de", "te"))


all__ = ["QuoteExtractor", "find_quotes"]
