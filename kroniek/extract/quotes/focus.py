"""The person in focus: the subject introduced since the last quote, carry-over of the last
speaker to an uncued quote, and epithets ("de 62-jarige Oscarwinnaar") that name a person.
"""

from __future__ import annotations

import re

from ...link.geo import resolve_demonym
from .. import quote_lexicon as lx
from .. import quote_marks as qm
from ..coref import antecedent
from ..person_nouns import person_noun
from .context import (
    Cand,
    Context,
    in_quote,
    lemma_of,
    names_between,
    names_overlapping,
    sent_index,
    span_of,
    surname,
    window_start,
    words_in,
)
from .names import person_like
from .subjects import np_after
from .wordclass import (
    COORDINATORS,
    OFFICES,
    PREPOSITIONS,
    SUBJECT_BLOCKERS,
    SUBJECT_PRONOUNS,
    office,
    org_noun,
    plural_like,
    role_words,
)


def subject_like(st: Context, n: tuple[int, int, str]) -> bool:
    """Whether a name stands in its sentence's first phrase or right after the verb, not
    as a complement: "Ploegleider Michiel Elijzen wist", "Toch denkt Verstappen",
    "Ook acteur Tim Allen keert" are; "na rozetruidrager Primoz Roglic", "volgens Rutte",
    "tegen de Slowaakse Kuzmova" are not. Where Frog parsed the sentence, the subject of its
    main verb is too ("In Den Haag reageerde minister Sigrid Kaag verrast"), unless a person
    or a subject pronoun comes first in its clause (the parse cannot tell subject from object
    in "Esteban Ocon kende Hubert" or "Hij kende Hubert goed")."""
    ss = st.sents[sent_index(st, n[0])][0] if st.sents else 0
    before = [
        st.words[i]
        for i in words_in(st, ss, n[0])
        if not in_quote(st, st.words[i].start) and not qm.is_mark_word(st.words[i].text)
    ]
    # the clause the name stands in: after ", maar" / ", en" a new main clause begins
    for k in range(len(before) - 2, -1, -1):
        if before[k].text == "," and before[k + 1].low in COORDINATORS:
            before = before[k + 2 :]
            break
    # the first person of its clause: "De Boer ontmoette Jansen" makes Jansen the object
    clause_start = before[0].start if before else n[0]
    if any(
        person_like(st, m) and not in_quote(st, m[0]) for m in names_between(st, clause_start, n[0])
    ):
        return False
    if any(w.low in SUBJECT_PRONOUNS for w in before):
        return False  # "Hij kende Hubert goed": the pronoun is the subject, not the name
    if main_subject(st, n):
        return True
    if len(before) > 5:
        return False
    for k, w in enumerate(before):
        nxt = before[k + 1].low if k + 1 < len(before) else ""
        if w.low in ("dat", "dit") and (nxt in lx.AUXILIARIES or nxt in lx.QUOTE_CUE_FORMS):
            continue  # "Dat stelt hoofdrolspeler Tom Hanks": a fronted object
        if w.low in PREPOSITIONS or w.low in SUBJECT_BLOCKERS or qm.is_mark_word(w.text):
            return False
        if w.text in (",", ";", ":", "(", "-", "–"):
            return False
    return True


def main_subject(st: Context, n: tuple[int, int, str]) -> bool:
    """Frog's parse makes the name (or the role noun it stands in apposition to: "minister
    Sigrid Kaag") the subject of its sentence's main verb."""
    toks = st.doc.tokens
    for i in words_in(st, n[0], n[1]):
        k = st.tokens_at.get(st.words[i].start)
        hops = 0
        while k is not None and k >= 0 and toks[k].deprel in ("app", "mwp") and hops < 3:
            k, hops = toks[k].head, hops + 1
        if k is None or k < 0:
            continue
        if toks[k].deprel == "su" and main_verb(st, toks[k].head):
            return True
    return False


def main_verb(st: Context, k: int) -> bool:
    """Token k is the finite verb of a main clause: the root, or a conjunct of a root "en"
    ("Toch wil X … en wordt het …": Frog roots the sentence in "en")."""
    toks = st.doc.tokens
    if k < 0:
        return False
    if toks[k].deprel in ("ROOT", "--"):
        return True
    h = toks[k].head
    return toks[k].deprel == "cnj" and h >= 0 and toks[h].deprel == "ROOT"


def topic_persons(st: Context, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Per sentence between two offsets (outside quotes), the persons standing as subject."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for n in names_between(st, start, end):
        if in_quote(st, n[0]) or not person_like(st, n) or not subject_like(st, n):
            continue
        out.setdefault(sent_index(st, n[0]), []).append(n)
    return [out[k] for k in sorted(out)]


def topic(
    st: Context,
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
    sents = topic_persons(st, start, end)
    if not sents and loose:
        named = [
            n
            for n in names_between(st, start, end)
            if not in_quote(st, n[0]) and person_like(st, n) and not addressee(st, n)
        ]
        if len({surname(st, n) for n in named}) == 1:
            return (named[-1][0], named[-1][1])
    if not sents:
        return None
    latest = sents[-1]
    names = {surname(st, n) for n in latest}
    if len(names) == 1:
        return (latest[-1][0], latest[-1][1])
    if last is not None and surname(st, (last[1][0], last[1][1], "")) in names:
        return last[1]
    return None


def carry(
    st: Context,
    c: Cand,
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
    start = max(last_end, window_start(st, si, 3)) if recent else window_start(st, si, 3)
    org = organisation_subject(st, si, pi, c) or anonymous_subject(st, si, pi, c)
    if org is not None:
        c.path = "carry-org"
        return org
    unnamed = unnamed_subject(st, si, pi, c)
    if unnamed is not None:
        c.path = "carry-unnamed"
        return unnamed
    new = topic(st, start, c.start, last, loose=last is None) or reporting_pronoun(st, si, c)
    if new is not None and recent and last is not None and asked_before(st, c, new):
        c.path = "carry-answer"
        return last[1]  # "„…”, zegt Hans. Wat er dan leeft, vraagt Gieling. „Niets.”": Hans answers
    if new is not None:
        c.path = "carry-topic"
        return new
    if recent and last is not None:
        c.path = "carry-last"
        return last[1]
    if answers_question(st, c, pi):
        c.path = "carry-question"
        return topic(st, 0, c.start, last, loose=True)
    if last is None and qm.para_index(st.paras, c.start) == pi:
        c.path = "carry-opener"
        return _story_opener(st, c, pi)
    return None


ASK_FORMS = frozenset(["vraagt", "vroeg", "vragen", "vroegen"])


def asked_before(st: Context, c: Cand, who: tuple[int, int]) -> bool:
    """Whether ``who`` is the asker of a reported question closing the sentence right before the
    quote (", vraagt X." after the question): the quote is the answer, not the asker's."""
    si = sent_index(st, c.start)
    if si == 0 or sent_index(st, who[0]) != si - 1:
        return False
    ws = words_in(st, st.sents[si - 1][0], who[0])
    asks = [k for k, i in enumerate(ws) if st.words[i].low in ASK_FORMS]
    if not asks or asks[-1] == 0 or st.words[ws[asks[-1] - 1]].text not in (",", "?"):
        return False
    between = [st.words[i].text for i in ws[asks[-1] + 1 :]]  # a title: "vraagt wethouder X"
    return len(between) <= 3 and all(w.isalpha() and w.islower() for w in between)


def answers_question(st: Context, c: Cand, pi: int) -> bool:
    """Whether a quote opens the paragraph right after an unquoted question paragraph: the
    answer in a Q&A interview ("Waarom nu stoppen?\n\n„Mijn lichaam …”"), whose speaker is
    the person the story is about, however far back it named him."""
    if pi < 1 or pi >= len(st.paras):
        return False
    ps, _pe = st.paras[pi]
    qs, qe = st.paras[pi - 1]
    question = st.text[qs:qe].strip()
    opening = st.text[ps : c.start].strip()
    return (
        question.endswith("?")
        and not any(qm.is_mark_word(ch) for ch in question)
        and all(qm.is_mark_word(ch) for ch in opening)
    )


# the opening words of an unnamed, indefinite speaker ("een bewoner", "iemand", "één van hen",
# "sommigen"): vox pops, polls and readers' reactions
_INDEFINITE = frozenset(["een", "één", "iemand", "sommigen", "anderen", "velen", "enkelen"])


def anonymous_subject(st: Context, si: int, pi: int, c: Cand) -> tuple[int, int] | None:
    """ "Een andere lezer vindt dat … „…”", "Verder waarschuwt iemand voor … „…”": an uncued
    quote opening its sentence right after a sentence of the same paragraph whose reporting
    or opinion verb (among its first words) has an unnamed, indefinite subject is that
    person's; the last named speaker does not go on."""
    if si == 0 or st.text[st.sents[si][0] : c.start].strip(" „“‘'\"«"):
        return None
    ps, pe = st.sents[si - 1]
    ws = words_in(st, ps, pe)
    if qm.para_index(st.paras, ps) != pi or not ws or in_quote(st, st.words[ws[0]].start):
        return None
    k = next((m for m in range(min(6, len(ws))) if st.words[ws[m]].low in lx.QUOTE_CUE_FORMS), None)
    if k is None:
        return None
    before = [i for i in ws[:k] if st.words[i].low not in lx.SKIP_WORDS]
    r = np_after(st, ws[0], st.words[ws[k]].start) if before else np_after(st, ws[k] + 1, pe)
    if r is None or st.words[r[0]].low not in _INDEFINITE:
        return None
    span = span_of(st, r)
    return None if names_between(st, span[0], span[1]) else span


def _subject_sentence(st: Context, si: int, pi: int, c: Cand) -> list[int] | None:
    """The words whose subject may speak an uncued quote: those before the quote in its own
    sentence, or else the sentence before it in the same paragraph; None without Frog's parse,
    across a paragraph, or where that sentence has a speaker of its own after a comma ("Het OM zou
    dat moeten doen, vindt Hofstee.")."""
    if not st.doc.tokens:
        return None
    if st.text[st.sents[si][0] : c.start].strip(" „“‘'\"«"):
        ps, pe = st.sents[si][0], c.start
    elif si == 0:
        return None
    else:
        ps, pe = st.sents[si - 1]
    if qm.para_index(st.paras, ps) != pi:
        return None
    ws = words_in(st, ps, pe)
    if any(st.words[i].low in lx.QUOTE_CUE_FORMS and st.words[i - 1].text == "," for i in ws[1:]):
        return None
    return ws


def organisation_subject(st: Context, si: int, pi: int, c: Cand) -> tuple[int, int] | None:
    """ "De politie zoekt uit hoe … „Negeer alle berichten …”": an uncued quote opening its
    sentence right after a sentence of the same paragraph whose subject (Frog's) is an
    organisation (a named one, or an institution noun: "de politie", "de gemeente") speaks
    for that organisation; so does a subject that is a name NER left untyped. A quote inside
    its sentence takes that sentence's own subject ("De Woonbond vindt het tijd voor een aanpak
    van de „veel te hoge huren.”")."""
    ws = _subject_sentence(st, si, pi, c)
    if ws is None:
        return None
    if any(st.words[i].low == "volgens" and not in_quote(st, st.words[i].start) for i in ws):
        return None  # "Doel moet volgens de provincie zijn …": so has this one, not its subject
    toks = st.doc.tokens
    for i in ws:
        k = st.tokens_at.get(st.words[i].start)
        if k is None or toks[k].deprel != "su" or toks[k].head < 0:
            continue
        if not main_verb(st, toks[k].head):
            continue  # the subject of a clause inside the sentence, not of the sentence
        return _joint_subject(st, k) or _organisation_at(st, i)
    return None


# indefinite pronouns for people ("Sommigen vinden …", "Een ander ziet …"); "ander" only after
# "een"/"één"
_PEOPLE_PRONOUNS = frozenset(["iemand", "sommigen", "anderen", "velen", "enkelen", "ander"])


def unnamed_subject(st: Context, si: int, pi: int, c: Cand) -> tuple[int, int] | None:
    """ "Horeca-uitbaters in de stad maken zich zorgen. „…”", "Een ander ziet daar een gevaar
    in. „…”", "Een commentator formuleert het scherper: „…”": an uncued quote right after (or
    inside, after its words) a sentence of the same paragraph whose subject (Frog's, of the main
    verb) is an unnamed, indefinite person or group (a person noun after "een"/"één" or without
    an article, or "sommigen", "iemand", "een ander") is that person's or group's. A definite
    noun ("de zangeres") may stand for a person named before, so it is left to the epithet and
    topic rules."""
    ws = _subject_sentence(st, si, pi, c)
    if ws is None:
        return None
    if any(st.words[i].low == "volgens" for i in ws):
        return None
    toks = st.doc.tokens
    at = [st.tokens_at.get(st.words[i].start) for i in ws]
    subjects = [k for k in at if k is not None and toks[k].deprel == "su" and main_verb(st, toks[k].head)]
    first = at[0] if at else None
    if first is not None and st.words[ws[0]].low in _PEOPLE_PRONOUNS - {"ander"} and first not in subjects:
        subjects.insert(0, first)  # "Sommigen zien …": Frog may take the opener for an object
    if not subjects or len({toks[k].head for k in subjects}) > 1:
        return None  # no subject, or two clauses ("Nu doet een meisje open en mag ze naar binnen.")
    own = st.text[st.sents[si][0] : c.start].strip(" „“‘'\"«")  # a colon before the quote: "…: „…”"
    return _unnamed_person(st, subjects[0], own.endswith(":"))


def _unnamed_person(st: Context, k: int, colon: bool = False) -> tuple[int, int] | None:
    """The words of subject token ``k`` up to its head when it is an indefinite person or group
    that no name is part of. Before a colon that opens the quote ("Een commentator formuleert
    het scherper: „…”") any indefinite noun of common gender will do: the colon hands the
    subject the words, whether or not the person lexicon knows the noun."""
    toks = st.doc.tokens
    t = toks[k]
    if in_quote(st, t.start) or t.coarse_pos not in ("N", "VNW", "ADJ"):
        return None
    if t.pos.startswith("N(eigen") or any(n[2] != "?" for n in names_overlapping(st, t.start, t.end)):
        return None  # a name (an untyped capital, "Sommigen" opening the sentence, is none)
    lo = k
    while lo - 1 >= 0 and toks[lo - 1].head == k and toks[lo - 1].deprel != "punct":
        lo -= 1
    first = st.text[toks[lo].start : toks[lo].end].lower()
    word = st.text[t.start : t.end].lower()
    if word in _PEOPLE_PRONOUNS:
        people = word != "ander" or first in ("een", "één")
        return (toks[lo].start, t.end) if people else None
    if not t.pos.startswith("N(soort"):
        return None
    plural = t.pos.startswith("N(soort,mv")
    if not (first in ("een", "één") or (lo == k and plural)):
        return None
    said = colon and (plural or ",zijd," in t.pos)
    return (toks[lo].start, t.end) if said or _person_word(word, t.pos, plural) else None


def _person_word(word: str, pos: str, plural: bool) -> bool:
    """Whether a common noun names a person or, plural, persons ("uitbaters": "uitbater"); a
    guess from the ending alone never takes a neuter noun ("een jaar")."""
    forms = [word]
    if plural:
        forms += [word[:-1]] if word.endswith("s") else [word[:-2]] if word.endswith("en") else []
    for w in forms:
        found = person_noun(w)
        if found is not None and not (found.source == "ending" and ",onz," in pos):
            return True
    return False


def _joint_subject(st: Context, k: int) -> tuple[int, int] | None:
    """ "Groot-Brittannië, Duitsland en Frankrijk hebben opgeroepen …": a coordinated subject
    of named organisations or countries speaks jointly (Frog makes "en" the subject and the
    names its conjuncts); one that names a person or a common noun does not."""
    toks = st.doc.tokens
    if toks[k].coarse_pos != "VG":
        return None
    parts = [j for j, t in enumerate(toks) if t.head == k and t.deprel == "cnj"]
    spans = []
    for j in parts:
        m = next((m for m in st.doc.mentions if m.start <= toks[j].start < m.end), None)
        if m is None or m.type not in ("ORG", "LOC"):
            return None
        spans.append((m.start, m.end))
    if len(spans) < 2:
        return None
    return (min(a for a, _ in spans), max(b for _, b in spans))


def _organisation_at(st: Context, i: int) -> tuple[int, int] | None:
    """The organisation a subject word names: an ORG mention over it, or an institution or
    organisation noun after an article ("de politie")."""
    w = st.words[i]
    for m in st.doc.mentions:
        if m.start <= w.start < m.end:
            return (m.start, m.end) if m.type == "ORG" else None
    k = st.tokens_at.get(w.start)
    if k is not None and st.doc.tokens[k].pos.startswith("SPEC(deeleigen") and w.text[:1].isupper():
        return (w.start, w.end)  # a name NER missed ("Venenberg heeft daar begrip voor.")
    prev = st.words[i - 1].low if i > 0 else ""
    if prev in ("de", "het") and (w.low in lx.INSTITUTION_NOUNS or w.low in lx.ORG_NOUNS):
        return (w.start, w.end)
    return None


def _story_opener(st: Context, c: Cand, pi: int) -> tuple[int, int] | None:
    """A quote that opens the story: the subject of the sentence right after it, or the owner
    of the words it names ("„…”. De oproep van Herman Horyon …")."""
    ce = sent_index(st, max(c.start, c.end - 1))
    if ce + 1 >= len(st.sents) or qm.para_index(st.paras, st.sents[ce + 1][0]) != pi:
        return None
    ns, ne = st.sents[ce + 1]
    ahead = topic_persons(st, ns, ne)
    if ahead and len({surname(st, n) for n in ahead[0]}) == 1:
        return (ahead[0][0][0], ahead[0][0][1])
    m = re.match(r"(?:De|Het|Deze|Die)\s+([\w-]+)\s+van\s+", st.text[ns:ne])
    if m and m.group(1).lower() in lx.SPEECH_NOUNS:
        owner = [n for n in names_between(st, ns + m.end(), ne) if n[0] == ns + m.end()]
        if owner and person_like(st, owner[0]):
            return (owner[0][0], owner[0][1])
    return None


def reporting_pronoun(st: Context, si: int, c: Cand) -> tuple[int, int] | None:
    """ "In het programma vertelt ze waarover ze twijfelt. „…”": the person a pronoun beside a
    reporting verb in the sentence right before the quote stands for (its coreference chain)."""
    if si == 0 or not st.chains:
        return None
    ps, pe = st.sents[si - 1]
    for ch in reversed(st.chains):
        if not (ps <= ch.start < min(pe, c.start)) or ch.kind != "pronoun":
            continue
        near = words_in(st, max(ps, ch.start - 25), min(pe, ch.end + 25))
        if any(lemma_of(st, st.words[i]) for i in near):
            named = antecedent(st.chains, ch)
            return None if named is None else (named.start, named.end)
    return None


def coordinated(st: Context, n: tuple[int, int, str]) -> bool:
    """Whether a person name is joined by "en" to another one ("Rutte en Kaag")."""
    nxt = words_in(st, n[1], n[1] + 40)[:3]
    if nxt and st.words[nxt[0]].text == ".":
        nxt = nxt[1:]  # the full stop of an initial: "Kees P. en Jan D."
    if len(nxt) < 2 or st.words[nxt[0]].low != "en":
        return False
    return any(
        person_like(st, m)
        for m in names_overlapping(st, st.words[nxt[1]].start, st.words[nxt[1]].end)
    )


def epithet_person(
    st: Context,
    start: int,
    end: int,
    last: tuple[int, tuple[int, int], int] | None,
) -> tuple[int, int] | None:
    """The person an epithet ("de zangeres") stands for: the only person the text names
    in the sentences before it, or the last speaker when the subject there is that
    speaker. With other persons in play the epithet stays as it is."""
    named = [
        n for n in names_between(st, start, end) if not in_quote(st, n[0]) and person_like(st, n)
    ]
    if len({surname(st, n) for n in named}) == 1:
        return (named[-1][0], named[-1][1])
    if not named:
        # "Eerder speelde ze voor …, aldus de geboren Tilburgse": no name in the window, but
        # its pronouns stand for one person (the coreference layer's antecedent)
        return pronoun_person(st, start, end)
    # the one person standing as subject in the two sentences right before
    near = topic_persons(st, window_start(st, sent_index(st, end), 2), end)
    if near and len({surname(st, n) for n in near[-1]}) == 1 and not coordinated(st, near[-1][-1]):
        # "Kees P. en Jan D. staan terecht. De verdachte zei …": two persons compete
        return (near[-1][-1][0], near[-1][-1][1])
    # "Met dank aan X. … Op aangeven van Y joeg hij de bal …": names compete, but the subject
    # pronouns of the two sentences right before stand for one of them
    told = pronoun_person(st, window_start(st, sent_index(st, end), 2), end, subjects=True)
    if told is not None and surname(st, (*told, "")) in {surname(st, n) for n in named}:
        return told
    pick = topic(st, start, end, None)
    if (
        pick is not None
        and last is not None
        and surname(st, (pick[0], pick[1], "")) == surname(st, (*last[1], ""))
    ):
        return pick
    return None


def pronoun_person(
    st: Context, start: int, end: int, subjects: bool = False
) -> tuple[int, int] | None:
    """The one person the pronouns between two offsets (outside quotes) stand for in the
    coreference layer; nothing when they stand for two persons or for none. ``subjects``:
    subject pronouns only ("hij", "zij", not "hem", "haar")."""
    found: dict[str, tuple[int, int]] = {}
    for c in st.chains:
        if c.kind != "pronoun" or not start <= c.start < end or in_quote(st, c.start):
            continue
        if subjects and st.text[c.start : c.end].lower() not in SUBJECT_PRONOUNS:
            continue
        named = antecedent(st.chains, c)
        if named is not None and named.type == "PER":
            found[surname(st, (named.start, named.end, ""))] = (named.start, named.end)
    return next(iter(found.values())) if len(found) == 1 else None


def epithet(st: Context, span: tuple[int, int]) -> bool:
    """A definite role noun that may stand for a person named before ("de zangeres",
    "de 62-jarige Oscarwinnaar"), not an institution or an unnamed official."""
    ws = [st.words[i] for i in words_in(st, span[0], span[1])]
    prev = words_in(st, max(0, span[0] - 40), span[0])[-3:]
    # the article, over adjectives and ages: "de (62-jarige) Oscarwinnaar"
    arts = [
        k
        for k, i in enumerate(prev)
        if st.words[i].low == "de"
        and all(
            st.words[j].text[:1].islower() or st.words[j].text[:1].isdigit() for j in prev[k + 1 :]
        )
    ]
    if not ws or not arts:
        return False  # "een woordvoerder": somebody new; "het leger": no person
    if ws[0].low in lx.PRONOUNS:
        return False
    if any("-" in w.text and w.text[:1].isupper() for w in ws):
        return False  # "de NAVO-baas": a qualified role names its own person or nobody
    if plural_like(ws[-1].low):
        return False  # "de psychiaters": a group, not the suspect named before
    heads = [r for w in ws for r in role_words(w.text)]
    if any(office(r) for r in heads):
        # "de topman", "de minister", "de president": an office, whose holder the role
        # map finds from an introduction ("minister Blok") or nobody; an epithet
        # ("de zangeres", "de 62-jarige Oscarwinnaar") describes the person in focus
        return False
    # "Een piloot van …" before "de piloot": an unnamed person introduced as such
    if heads and re.search(
        rf"\been\s+(?:[\w-]+\s+){{0,2}}{re.escape(heads[-1])}\b",
        st.text[: span[0]],
        re.IGNORECASE,
    ):
        return False
    # compounds count too: "de creditcardmaatschappij", "de ggz-kliniek" are no persons
    return bool(heads) and not any(
        org_noun(r) or r in lx.INSTITUTION_NOUNS or r in lx.OFFICIAL_ROLES for r in heads
    )


def office_person(
    st: Context, span: tuple[int, int], start: int, end: int, last: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """ "Karin Smit en haar ploeg … „…”, aldus de trainer": a definite singular office noun
    that nothing before introduces (no "trainer X", "een trainer", no other "trainer") stands
    for the one person the sentences before name (with none named there, the last speaker
    ``last``, when a name), unless that person came with a role of their own ("Kamerlid X …,
    zei de minister" is somebody else)."""
    ws = words_in(st, span[0], span[1])
    prev = words_in(st, max(0, span[0] - 12), span[0])[-1:]
    if not ws or not prev or st.words[prev[0]].low != "de" or len(ws) > 2:
        return None
    heads = role_words(st.words[ws[-1]].text)
    if not heads or not office(heads[-1]) or plural_like(heads[-1]):
        return None
    if any(st.words[i].text[:1].isupper() for i in ws[1:]) or st.words[ws[0]].low in lx.PRONOUNS:
        return None
    role = heads[-1]
    tail = max((o for o in OFFICES if role == o or (len(o) > 3 and role.endswith(o))), key=len)
    if _other_party(tail) or org_noun(role):
        return None  # "de rechter", "de woordvoerder": somebody beside the person in the news
    if re.search(rf"{re.escape(tail)}\b", st.text[: span[0]], re.IGNORECASE):
        return None  # the office was introduced: the role map or nobody
    named = [n for n in names_between(st, start, end) if not in_quote(st, n[0]) and person_like(st, n)]
    if not named and last is not None:
        # "„…”, aldus Plat. … „…”, zegt de vakbondsbestuurder": a long quote between them
        named = [n for n in names_overlapping(st, last[0], last[1]) if person_like(st, n)][-1:]
    if len({surname(st, n) for n in named}) != 1:
        return None
    first = next(n for n in st.names if surname(st, n) == surname(st, named[-1]) and person_like(st, n))
    before = words_in(st, max(0, first[0] - 40), first[0])[-1:]
    if before and any(office(r) for r in role_words(st.words[before[0]].text)):
        return None  # "Kamerlid X": a person with a role of their own
    return (named[-1][0], named[-1][1])


# nouns for two people together: "het stel", "het echtpaar", "het duo"
PAIR_NOUNS = frozenset(["stel", "echtpaar", "koppel", "duo", "tweetal", "paartje"])


def pair_persons(st: Context, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "Anna en Tom gingen uit elkaar. …, vertelt het stel": a noun for two people together
    stands for the last two persons named joined by "en" before it (outside quotes)."""
    ws = words_in(st, span[0], span[1])
    prev = words_in(st, max(0, span[0] - 12), span[0])[-1:]
    if len(ws) != 1 or st.words[ws[0]].low not in PAIR_NOUNS:
        return None
    if not prev or st.words[prev[0]].low not in ("het", "de", "dit", "dat"):
        return None
    named = [n for n in names_between(st, 0, span[0]) if not in_quote(st, n[0]) and person_like(st, n)]
    for a, b in reversed(list(zip(named, named[1:], strict=False))):
        if st.text[a[1] : b[0]].strip() == "en":
            return (a[0], b[1])
    return None


def _other_party(office_word: str) -> bool:
    """Offices held by somebody other than the person the news is about: court and police
    roles, lawyers, spokespeople ("de rechter", "de officier", "de woordvoerder")."""
    spokes = next((g for g in lx.ROLE_GROUPS if "woordvoerder" in g), frozenset())
    return office_word in lx.OFFICIAL_ROLES or office_word in spokes or office_word in lx.INSTITUTION_NOUNS


def demonym(st: Context, span: tuple[int, int]) -> bool:
    """ "zegt de Nederlandse", "aldus de Belg", "de Duitser": one capitalised word after "de"
    naming a nationality (the adjective, or a people noun whose plural the demonym table
    holds: Belg/Belgen, Duitser/Duitsers, Amerikaan/Amerikanen, Brit/Britten) is an epithet for
    a person, whatever NER makes of it, not a name."""
    ws = words_in(st, span[0], span[1])
    prev = words_in(st, max(0, span[0] - 12), span[0])[-1:]
    if len(ws) != 1 or not prev or st.words[prev[0]].low != "de":
        return False
    word = st.words[ws[0]].text
    if not word[:1].isupper():
        return False
    forms = [word, word + "s", word + "en", word + word[-1] + "en"]
    m = re.search(r"([aeiou])\1([bcdfgklmnprstvz])$", word)
    if m:  # Amerikaan -> Amerikanen, Noor -> Noren
        forms.append(word[: m.start()] + m.group(1) + m.group(2) + "en")
    return any(resolve_demonym(f) is not None for f in forms)


# kinship and close relations: "de zus van het slachtoffer", "de moeder van de jonge vrouw" is
# the victim's relative whoever the complement is, never the person named before
KIN_NOUNS = frozenset(
    [
        "zus", "zuster", "broer", "moeder", "vader", "dochter", "zoon", "stiefdochter",
        "stiefzoon", "stiefvader", "stiefmoeder", "oom", "tante", "opa", "oma", "grootvader",
        "grootmoeder", "echtgenoot", "echtgenote", "weduwe", "weduwnaar", "vriend", "vriendin",
        "partner", "ouders", "familie", "nabestaanden", "buurman", "buurvrouw",
    ]
)


def related_to_person(st: Context, span: tuple[int, int]) -> bool:
    """ "de zussen van Holleeder", "de advocaat van Jansen": a role noun with "van" and a
    person's name after it names someone related to that person, whom neither an epithet
    guess nor a coreference chain should turn into that person; a kinship noun before "van"
    ("de zus van het slachtoffer") does so whatever follows."""
    ws = [st.words[i] for i in words_in(st, span[0], span[1])]
    for k, w in enumerate(ws[1:-1], start=1):
        if w.low == "van":
            if ws[k - 1].low in KIN_NOUNS:
                return True
            after = names_between(st, ws[k + 1].start, ws[-1].end)
            return any(person_like(st, n) for n in after)
    return False


def addressee(st: Context, n: tuple[int, int, str]) -> bool:
    """ "tegen Marian Janssen", "aan minister X": the one spoken to, not the speaker."""
    prev = words_in(st, max(0, n[0] - 40), n[0])[-2:]
    return any(st.words[i].low in ("tegen", "aan") for i in prev)
