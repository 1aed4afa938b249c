"""Personal pronouns as speakers ("zei hij"): the antecedent person, a named group for plural
"ze", and the narrative window they look back over.
"""

from __future__ import annotations

import re

from .. import quote_lexicon as lx
from ..coref import PRONOUN_GENDER, role_head, word_gender
from .context import (
    Context,
    in_quote,
    names_between,
    names_overlapping,
    opens_sentence,
    sent_index,
    surname,
    words_in,
)
from .focus import coordinated, subject_like
from .names import person_like
from .wordclass import PREPOSITIONS, SUBJECT_BLOCKERS, adjective_like, org_noun


def resolve_pronoun(
    st: Context,
    span: tuple[int, int],
    head: str,
    history: list[tuple[int, tuple[int, int]]],
    sent_i: int,
) -> tuple[int, int] | None:
    """The person a personal pronoun speaker stands for, or None."""
    if head in ("ze", "zij") and plural_verb_beside(st, span):
        return named_group(st, span, sent_i)  # "laten ze zien": the group, or nobody
    speaker = _last_speaker(st, head, history, sent_i)
    # persons mentioned before the pronoun, outside quotes, within three sentences ("Bettens
    # werd bekend als zangeres …. De band brak door …. Dat geluid zal veranderen. „…”, zegt hij.")
    lo = narrative_window(st, sent_i, 3)
    prev = [
        n for n in names_between(st, lo, span[0]) if person_like(st, n) and not in_quote(st, n[0])
    ]
    subjects = [n for n in prev if opens_sentence(st, n[0]) or subject_like(st, n)]
    unnamed = indefinite_subject(st, span, head, lo)
    if unnamed is not None:
        usi = sent_index(st, unnamed[0])
        if (speaker is None or usi > speaker[0]) and (
            not subjects or usi > sent_index(st, subjects[-1][0])
        ):
            return unnamed
    if subjects:
        last_si = sent_index(st, subjects[-1][0])
        if speaker is None or last_si > speaker[0]:
            newest = [n for n in subjects if sent_index(st, n[0]) == last_si]
            return _newest_subject(st, newest, speaker)
    if speaker is not None:
        return speaker[1]
    # one person named before, not as a complement ("de treinritten van Robeyns")
    free = [n for n in prev if not after_preposition(st, n[0])]
    if len({surname(st, n) for n in prev}) == 1 and free:
        return (free[-1][0], free[-1][1])
    return None


# words after which an indefinite noun phrase opens a clause as its subject
_CLAUSE_OPENERS = frozenset(["dat", "toen", "nadat", "omdat", "terwijl", "waarna", "maar", "en"])


def indefinite_subject(
    st: Context, span: tuple[int, int], head: str, lo: int
) -> tuple[int, int] | None:
    """ "Een vrouw uit Zwolle heeft aangifte gedaan. Zij zegt dat …": a person the text
    introduces without a name, as the subject of a sentence or clause in the window before a
    personal pronoun, is who the pronoun stands for; the span is the noun phrase after "een"
    (its head noun is the name the gold gives an unnamed speaker). The gender of the noun,
    where a word tells it, must agree ("een man … Zij" is not him)."""
    if head not in PRONOUN_GENDER or head in ("hem", "haar"):
        return None
    found = None
    for i in words_in(st, lo, span[0]):
        w = st.words[i]
        if w.low not in ("een", "één") or in_quote(st, w.start) or not _opens_clause(st, i):
            continue
        np = _indefinite_np(st, i + 1, span[0])
        if np is None or not _may_be_subject(st, np[1]):
            continue
        if _person_subject_since(st, st.words[np[1]].end, span[0]):
            continue  # "Een psychiater constateerde dat H. … Hij": a person named since
        gender = word_gender(st.words[np[1]].text)
        if gender and gender != PRONOUN_GENDER[head]:
            continue
        found = (st.words[np[0]].start, st.words[np[1]].end)
    return found


def _person_subject_since(st: Context, start: int, end: int) -> bool:
    """A person named as the subject of a sentence or clause between two offsets ("… dat H.
    bloed op zijn kleding had"); a place after a preposition ("uit Zwolle") is none."""
    for n in names_between(st, start, end):
        if in_quote(st, n[0]) or not person_like(st, n):
            continue
        k = next((i for i in words_in(st, n[0], n[1])), None)
        if k is not None and (_opens_clause(st, k) or subject_like(st, n)):
            return True
    return False


def _opens_clause(st: Context, i: int) -> bool:
    """Whether word i stands first in its sentence or clause (where a subject stands)."""
    if opens_sentence(st, st.words[i].start):
        return True
    prev = st.words[i - 1] if i > 0 else None
    return prev is not None and (prev.low in _CLAUSE_OPENERS or prev.text in (",", ";", ":"))


def _indefinite_np(st: Context, j: int, limit: int) -> tuple[int, int] | None:
    """Word indices (first, head noun) of the words after "een": inflected adjectives, then
    one lower-case noun that names a person ("één van de daders" has none: "van" stops it)."""
    first = j
    while j < len(st.words) and st.words[j].start < limit and j - first < 3:
        w = st.words[j]
        if not (w.text.isalpha() and w.text.islower()) or w.low in lx.NP_STOP:
            return None
        if w.low in lx.AUXILIARIES or w.low in lx.QUOTE_CUE_FORMS:
            return None
        if not adjective_like(w.low) or _noun_tag(st, j) or role_head(w.low):
            return (first, j) if person_noun(w.low) and not org_noun(w.low) else None
        j += 1
    return None


# endings of Dutch nouns for persons: bewoner, omwonende, leraar, activist, student,
# demonstrant, winkelier, chauffeur, leerling, buurman, deskundige, bestuurder
_NO_PERSON = frozenset(
    ["paar", "aantal", "keer", "uur", "jaar", "eeuw", "meter", "liter", "letter"]
)
_PERSON_ENDINGS = ("er", "aar", "ist", "ent", "ant", "ier", "eur", "ling", "man", "ige", "ende")


def person_noun(low: str) -> bool:
    """A noun that names a person: a role or a word that tells a gender, or a person ending
    ("een auto" is none: "Een auto reed … Hij zegt" is not the car)."""
    if low in _NO_PERSON:
        return False
    return bool(role_head(low) or word_gender(low)) or low.endswith(_PERSON_ENDINGS)


def _may_be_subject(st: Context, j: int) -> bool:
    """Frog's parse, where it ran, makes the noun a subject ("Een paar jaar geleden hoorde
    hij" has none); plain text cannot tell, so the noun may be one."""
    k = st.tokens_at.get(st.words[j].start)
    return k is None or st.doc.tokens[k].deprel == "su"


def _noun_tag(st: Context, j: int) -> bool:
    """Frog tags the word a noun ("een getuige": the -e is no adjective ending here; without
    Frog a known role noun tells it)."""
    k = st.tokens_at.get(st.words[j].start)
    return k is not None and st.doc.tokens[k].coarse_pos == "N"


def _last_speaker(
    st: Context, head: str, history: list[tuple[int, tuple[int, int]]], sent_i: int
) -> tuple[int, tuple[int, int]] | None:
    """The last named speaker within four sentences who is (or may be) a person."""
    for si, sp in reversed(history):
        if sent_i - si > 4:
            break
        ns = names_overlapping(st, sp[0], sp[1])
        if head in ("ze", "zij") or not ns or any(person_like(st, n) for n in ns):
            return (si, sp)
    return None


def _newest_subject(
    st: Context,
    newest: list[tuple[int, int, str]],
    speaker: tuple[int, tuple[int, int]] | None,
) -> tuple[int, int] | None:
    """A person introduced as subject after the last speaker: the pronoun's antecedent."""
    pick = newest[-1]
    if len({surname(st, n) for n in newest}) > 1 or coordinated(st, pick):
        return None  # two persons compete ("Rutte en Kaag spraken …. Hij zei")
    if speaker is not None and surname(st, pick) == surname(st, (speaker[1][0], speaker[1][1], "")):
        return speaker[1]
    return (pick[0], pick[1])


def plural_verb_beside(st: Context, span: tuple[int, int]) -> bool:
    """ "laten ze zien", "zeggen ze", "ze vertelden": a plural finite verb next to "ze"."""
    near = (
        words_in(st, max(0, span[0] - 20), span[0])[-1:] + words_in(st, span[1], span[1] + 20)[:1]
    )
    return any(
        st.words[i].low.endswith("en")
        and st.words[i].low in lx.QUOTE_CUE_FORMS
        or st.words[i].low in ("laten", "lieten", "gaven", "geven")
        for i in near
    )


def named_group(st: Context, span: tuple[int, int], sent_i: int) -> tuple[int, int] | None:
    """The persons named together just before: "Joe (6), Wilco (10) en Gerrit (12)", as one
    span from the first name to the last."""
    lo = narrative_window(st, sent_i, 2)
    people = [
        n for n in names_between(st, lo, span[0]) if person_like(st, n) and not in_quote(st, n[0])
    ]
    for a in range(len(people) - 1, 0, -1):
        run = [people[a]]
        for b in range(a - 1, -1, -1):
            gap = st.text[people[b][1] : run[0][0]]
            if not re.fullmatch(r"(?:\s*\(\d+\))?\s*(?:,|en)\s*", gap):
                break
            run.insert(0, people[b])
        if len(run) > 1:
            return (run[0][0], run[-1][1])
    return None


def narrative_window(st: Context, sent_i: int, n: int) -> int:
    """Start of the ``n``-th sentence before ``sent_i`` that is not all inside a quote (a
    quoted speech of several sentences does not push its speaker out of reach)."""
    k, seen = sent_i, 0
    while k > 0 and seen < n:
        k -= 1
        ss, se = st.sents[k]
        inside = in_quote(st, ss + 1) and in_quote(st, max(ss, se - 2))
        if not inside:
            seen += 1
    return st.sents[k][0] if st.sents else 0


def after_preposition(st: Context, offset: int) -> bool:
    """A complement: "met Robeyns", "met multimiljonair Jeffrey Epstein" (a preposition
    up to three lower-case words back)."""
    for i in reversed(words_in(st, max(0, offset - 60), offset)[-4:]):
        w = st.words[i]
        if w.low in PREPOSITIONS or w.low in SUBJECT_BLOCKERS - {"dat", "die", "wat", "of"}:
            return True
        if not (w.text.isalpha() and w.text.islower()) and not w.text[:1].isdigit():
            return False
    return False
