"""Personal pronouns as speakers ("zei hij"): the antecedent person, a named group for plural
"ze", and the narrative window they look back over.
"""

from __future__ import annotations

import re

from .. import quote_lexicon as lx
from .. import quote_marks as qm
from ..coref import PRONOUN_GENDER
from ..person_nouns import FEMALE_WORDS, MALE_WORDS, person_noun, word_gender
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
from .focus import KIN_NOUNS, coordinated, subject_like
from .names import person_like
from .wordclass import PREPOSITIONS, SUBJECT_BLOCKERS


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
        n
        for n in names_between(st, lo, span[0])
        if person_like(st, n) and not in_quote(st, n[0]) and not _other_gender(st, n, head)
    ]
    subjects = [n for n in prev if opens_sentence(st, n[0]) or subject_like(st, n)]
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


def _other_gender(st: Context, n: tuple[int, int, str], head: str) -> bool:
    """The word right before a name gives it the other gender than the pronoun ("Haar broer
    Tom heeft de foto gemaakt, zo laat ze weten": "ze" is not Tom)."""
    want = PRONOUN_GENDER.get(head, "")
    before = words_in(st, max(0, n[0] - 25), n[0])[-1:]
    got = word_gender(st.words[before[0]].text) if before else ""
    return bool(want and got and got != want)


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


def unnamed_antecedent(st: Context, span: tuple[int, int], start: int) -> tuple[int, int] | None:
    """ "De man achter het loket is een medewerker van de vervoerder. Hij vertelt dat …", "Ook
    de moeder van de scholier zat in de zaal. „…”, zei ze.": a singular personal pronoun speaker
    right after a sentence of its paragraph whose subject or predicate (Frog's) is an unnamed
    person, one only (a person noun after "een"/"één", or a kinship noun before "van"), of the
    pronoun's gender, with no person named in that sentence or since (a complement after a
    preposition aside), stands for that person, not for the last named speaker. ``start``: where
    the quote begins (the sentence before the quote or the pronoun, whichever is first, is the
    one read)."""
    head = st.text[span[0] : span[1]].lower()
    want = PRONOUN_GENDER.get(head)
    if want is None or not st.doc.tokens or plural_verb_beside(st, span):
        return None
    si = sent_index(st, min(start, span[0]))
    if si == 0:
        return None
    ps, pe = st.sents[si - 1]
    if in_quote(st, ps) or qm.para_index(st.paras, ps) != qm.para_index(st.paras, span[0]):
        return None
    found = [
        np
        for i in words_in(st, ps, pe)
        if (np := _unnamed_person_at(st, i, want)) is not None and not in_quote(st, np[0])
    ]
    if len(found) != 1:
        return None
    # a person named in that sentence or since, outside quotes and not as a complement ("de zus
    # van kroegbaas X", "de sterspeler van Paris Saint-Germain"), is the likelier antecedent
    named = [
        n
        for n in names_between(st, ps, span[0])
        if person_like(st, n) and not in_quote(st, n[0]) and not after_preposition(st, n[0])
    ]
    return None if named else found[0]


def _unnamed_person_at(st: Context, i: int, want: str) -> tuple[int, int] | None:
    """The words from the article to the noun when word ``i`` heads an unnamed person phrase
    that is a subject or a predicate: "een buurvrouw", "een medewerker", "de moeder (van …)"."""
    toks = st.doc.tokens
    k = st.tokens_at.get(st.words[i].start)
    if k is None or toks[k].deprel not in ("su", "predc") or not toks[k].pos.startswith("N(soort,ev"):
        return None
    dets = [j for j in range(max(0, k - 4), k) if toks[j].head == k and toks[j].deprel == "det"]
    if not dets:
        return None
    article = st.text[toks[dets[0]].start : toks[dets[0]].end].lower()
    word = st.words[i].low
    got = _compound_gender(word)
    if got and got != want:
        return None
    nxt = st.words[i + 1].low if i + 1 < len(st.words) else ""
    if article in ("de",) and word in KIN_NOUNS and nxt == "van":
        return (toks[dets[0]].start, st.words[i].end)
    if article not in ("een", "één") or not _person_noun(word, toks[k].pos):
        return None
    if toks[k].deprel == "predc" and _named_subject(st, toks[k].head):
        return None  # "Jansen is een leraar": the name is the antecedent
    return (toks[dets[0]].start, st.words[i].end)


def _compound_gender(word: str) -> str:
    """The gender a person noun tells, or its last part does in a compound ("buurman": "man",
    "schoonmoeder": "moeder"; a word of the gender lists, never an ending: "minister")."""
    got = word_gender(word)
    for k in range(1, len(word) - 2):
        if got:
            break
        part = word[k:]
        got = "f" if part in FEMALE_WORDS else "m" if part in MALE_WORDS else ""
    return got


def _person_noun(word: str, pos: str) -> bool:
    """A singular common noun for a person: the lexicon's (an ending alone never makes a neuter
    noun one), or a noun made of a present participle ("omwonende", "belanghebbende")."""
    found = person_noun(word)
    if found is not None:
        return not (found.source == "ending" and ",onz," in pos)
    return word.endswith("ende") and ",zijd," in pos


def _named_subject(st: Context, verb: int) -> bool:
    """Whether the subject of token ``verb`` is a name or a personal pronoun."""
    toks = st.doc.tokens
    for t in toks[max(0, verb - 40) : verb + 40]:
        if t.head == verb and t.deprel == "su":
            return t.pos.startswith(("SPEC(deeleigen", "N(eigen", "VNW(pers"))
    return False

