"""Subjects of reporting verbs: the noun phrase after a word, the surface subject (verb-second
inversion, coordination, auxiliaries), Frog's dependency subject, passives and "door X".
"""

from __future__ import annotations

import re

from .. import quote_lexicon as lx
from .context import Context, Word, names_in, sentence_range, span_of, subtree, token, words_in
from .names import person_like
from .wordclass import (
    CLAUSE_LINKS,
    PAIR_WORDS,
    PASSIVE_AUX,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    acronym,
    adjective_like,
    bare_adjective,
    focused_subject,
    maybe_nonfinite,
    name_word,
    quantified_subject,
    role_group,
    role_words,
)

REFLEXIVE = frozenset(["zich", "zichzelf"])


def np_after(st: Context, i: int, limit: int) -> tuple[int, int] | None:
    """Word range of the speaker phrase starting at word i (skipping adverbs)."""
    n = len(st.words)
    while i < n and st.words[i].start < limit and st.words[i].low in lx.SKIP_WORDS:
        i += 1
    if i >= n or st.words[i].start >= limit:
        return None
    w = st.words[i]
    if w.low in ("dat", "dit", "wat") or w.low in REFLEXIVE:
        return None  # "zei zich … te willen": a reflexive is never the speaker
    if w.low in lx.PRONOUNS and (w.low not in lx.DETERMINERS or not _content_after(st, i, limit)):
        return (i, i + 1)
    if w.low in ("die", "deze") and not _content_after(st, i, limit):
        return (i, i + 1)  # "„…”, antwoordde die.": a demonstrative pronoun
    if _one_of(st, i, limit):
        group = np_after(st, i + 2, limit)  # "een van zijn advocaten": one of the group
        return None if group is None else (i, group[1])
    start_content = i + 1 if w.low in lx.DETERMINERS else i
    j, seen_cap, joined = start_content, False, False
    while j < n and st.words[j].start < limit and j - i < 10:
        step = _np_step(st, j, start_content, limit, seen_cap, joined)
        if step is None:
            break
        j, seen_cap, joined = step
    # drop a dangling "van"/particle at the end
    while j > start_content and st.words[j - 1].low in lx.NAME_PARTICLES | {"van"}:
        j -= 1
    if j <= start_content:
        return None
    return (i, j)


def _one_of(st: Context, i: int, limit: int) -> bool:
    """ "een van zijn advocaten": "een" is the numeral of a partitive phrase, its head."""
    nxt = st.words[i + 1] if i + 1 < len(st.words) else None
    return st.words[i].low == "een" and nxt is not None and nxt.start < limit and nxt.low == "van"


def _content_after(st: Context, i: int, limit: int) -> bool:
    """ "het kabinet", "haar collega": a determiner, not a pronoun, before a noun."""
    nxt = st.words[i + 1] if i + 1 < len(st.words) else None
    return (
        nxt is not None
        and nxt.start < limit
        and nxt.text[:1].isalpha()
        and (acronym(nxt.text) or nxt.low not in lx.NP_STOP)
        and nxt.low not in lx.DETERMINERS
        and nxt.low not in lx.AUXILIARIES
        and nxt.low not in lx.QUOTE_CUE_FORMS
        and not (st.words[i].low in ("haar", "hun") and _no_noun(st, nxt))
    )


def _no_noun(st: Context, w: Word) -> bool:
    """ "volgens haar onvoldoende", "volgens hem niet": by Frog's tag the word after "haar" is a
    predicative adjective, an adverb, a verb or a preposition, so "haar" is the pronoun itself
    (Frog may still tag it possessive); without tags nothing is known."""
    t = token(st, w)
    return t is not None and (t.pos.startswith(("ADJ(vrij", "BW", "WW(pv", "VZ")))


def _np_step(
    st: Context, j: int, start_content: int, limit: int, seen_cap: bool, joined: bool
) -> tuple[int, bool, bool] | None:
    """One word further into a speaker phrase: the next (j, seen_cap, joined), None to stop.
    ``seen_cap``: a name word was seen; ``joined``: just crossed "en" between two role nouns."""
    t = st.words[j]
    if not t.text[:1].isalnum():
        return None
    if t.text[:1].isdigit() and "-" in t.text:
        return (j + 1, False, joined)  # "Formule 1-coureur Jacques Villeneuve": a role, a name
    coordinated = _coordinated_np(st, j, start_content, limit, seen_cap)
    if coordinated is not None:
        return (j + 1, seen_cap, joined or coordinated)
    if t.low == "van" and j > start_content:
        return (j + 1, seen_cap, joined) if _word_after(st, j, limit) else None
    if _particle_before_name(st, j, seen_cap):
        return (j + 1, seen_cap, joined)
    if _name_opening_article(st, j, limit):
        return (j + 1, True, joined)
    if _np_stop(st, j, start_content):
        return None
    if t.low in lx.DETERMINERS and j > start_content:
        return (j + 1, seen_cap, joined)  # after "van"
    return _np_word(st, j, start_content, seen_cap, joined, limit)


def _np_word(
    st: Context, j: int, start_content: int, seen_cap: bool, joined: bool, limit: int
) -> tuple[int, bool, bool] | None:
    """A name word, or a lower-case word before any name (adjectives, one head noun, or a
    title of any words that a name follows)."""
    if name_word(st.words[j].text) and not _place_adjective(st, j):
        return (j + 1, True, False)
    if seen_cap and _role_compound_before_name(st, j, limit):
        return (j + 1, False, False)  # "World Forum-directeur Karel Jansen": the name follows
    if seen_cap and _possessed_noun(st, j):
        return (j + 1, False, False)  # "aldus Sanne’s moeder": the name's relative speaks
    if seen_cap:
        return None  # a lowercase word after a name ends the phrase
    prev = st.words[j - 1]
    if (
        j > start_content
        and not _title_before_name(st, j, limit)
        and not (adjective_like(prev.low) and not _tagged_noun(st, prev))
        and not bare_adjective(prev.low)
        and not (prev.text[:1].isupper() and _place_adjective(st, j - 1))
        and not joined
        and not _prefixed(prev.text)
    ):
        return None  # "de woordvoerder nog": one head noun, then stop
    return (j + 1, seen_cap, False)


def _name_opening_article(st: Context, j: int, limit: int) -> bool:
    """ "Europarlementariër van Die Grünen Anna Keller", "van De Groene Amsterdammer": a capitalised
    article after "van" with a capitalised word after it opens a name, not a new phrase."""
    if j == 0 or j + 1 >= len(st.words) or st.words[j - 1].low != "van":
        return False
    w, nxt = st.words[j], st.words[j + 1]
    return (
        w.low in lx.DETERMINERS | {"die", "der", "la", "le", "los", "el", "il"}
        and w.text[:1].isupper()
        and nxt.start < limit
        and name_word(nxt.text)
    )


def _possessed_noun(st: Context, j: int) -> bool:
    """ "Sanne’s moeder", "Perry’s advocaat": a lower-case word right after a name in the genitive
    is the noun it owns, the head of the phrase."""
    prev, w = st.words[j - 1], st.words[j]
    return prev.text.endswith(("’s", "'s")) and w.text.isalpha() and w.text.islower()


def _tagged_noun(st: Context, w: Word) -> bool:
    """Frog tags the word a noun ("de onderwijsassistente zitten …": the -e is no adjective's)."""
    t = token(st, w)
    return t is not None and t.pos.startswith("N(")


def _role_compound_before_name(st: Context, j: int, limit: int) -> bool:
    """ "Forum-directeur" in "World Forum-directeur Karel Jansen": a capitalised compound
    with a lower-case head (an organisation's role) right before a name word."""
    w = st.words[j].text
    nxt = st.words[j + 1] if j + 1 < len(st.words) else None
    return (
        w[:1].isupper()
        and "-" in w
        and w.rsplit("-", 1)[1][:1].islower()
        and nxt is not None
        and nxt.start < limit
        and name_word(nxt.text)
    )


_TITLE_RUN = 4  # words of a title before its name: "de pas gekozen landelijk voorzitter"
_NO_TITLE_POS = frozenset(["VZ", "VG", "LID", "VNW", "TW", "LET", "BW"])


def _title_before_name(st: Context, j: int, limit: int) -> bool:
    """ "hoogleraar staatsrecht Wim Voermans", "landelijk coördinator Marieke Vos", "chief
    economist Han de Jong": lower-case words running straight into a name are the name's
    title (a close apposition), whatever words they are; a preposition, conjunction,
    determiner, adverb, verb form or punctuation in between ends the run. Which nouns and
    adjectives may stand there is left open: no list of them generalises."""
    n = len(st.words)
    for k in range(j, min(n, j + _TITLE_RUN)):
        w = st.words[k]
        if w.start >= limit:
            return False
        if name_word(w.text) and not _place_adjective(st, k):
            return (
                k > j
                and w.low not in lx.FUNCTION_CAPS
                and (token(st, st.words[j]) is not None or _phrase_ends_after_name(st, k, limit))
            )
        if not _title_word(st, k):
            return False
    return False


def _phrase_ends_after_name(st: Context, k: int, limit: int) -> bool:
    """Without Frog's tags a verb cannot be told from a title noun ("Volgens de politie reed
    Jan de Vries te hard"), so the plain-text run must end the phrase: the name is followed by
    punctuation, the limit or a preposition ("…, zegt hoogleraar staatsrecht Wim Voermans.")."""
    n = len(st.words)
    while k < n and (name_word(st.words[k].text) or st.words[k].low in lx.NAME_PARTICLES):
        k += 1
    if k >= n or st.words[k].start >= limit:
        return True
    nxt = st.words[k]
    return not nxt.text[:1].isalnum() or nxt.low in lx.NP_STOP


def _title_word(st: Context, k: int) -> bool:
    w = st.words[k]
    if not (
        w.text.replace("-", "").isalpha() and (w.text[:1].islower() or _place_adjective(st, k))
    ):
        return False
    if w.low in lx.NP_STOP or w.low in lx.AUXILIARIES or w.low in lx.QUOTE_CUE_FORMS:
        return False
    if w.low in lx.DETERMINERS or w.low in lx.PRONOUNS:
        return False
    t = token(st, w)
    if t is None:
        return True
    # Frog: nouns, adjectives and attributive participles ("pas gekozen") only
    return t.coarse_pos not in _NO_TITLE_POS and not (
        t.coarse_pos == "WW" and "prenom" not in t.pos
    )


PREFIXED = re.compile(r"[a-z]+-[A-ZÀ-Þ][\w-]*")


def _prefixed(word: str) -> bool:
    """ "pro-China activist Dick Ng", "anti-EU partij": a lower-case prefix before a name makes
    a modifier of the noun after it, not the head."""
    return PREFIXED.fullmatch(word) is not None


def _place_adjective(st: Context, j: int) -> bool:
    """ "de Haagse wethouder", "de Duitse minister": a capitalised adjective of place before a
    lower-case noun is no name, so the phrase runs on to the noun and the name after it."""
    low = st.words[j].low
    nxt = st.words[j + 1].text if j + 1 < len(st.words) else ""
    if low.endswith(("se", "sche")) and len(low) > 4 and nxt.isalpha() and nxt.islower():
        return True
    # "Voorster wethouder Arjen Lagerweij", "Haarlemmer raadslid …": an -er adjective of place
    # before a role noun and a name
    after = st.words[j + 2].text if j + 2 < len(st.words) else ""
    return (
        low.endswith("er")
        and nxt.islower()
        and any(r in lx.ROLE_TITLES or role_group(r) is not None for r in role_words(nxt))
        and name_word(after)
    )


def _coordinated_np(
    st: Context, j: int, start_content: int, limit: int, seen_cap: bool
) -> bool | None:
    """An "en" the phrase runs on over: False between names ("volgens Jan en Piet": joint
    speakers), True between roles ("Pukkelpop-organisator en SP-politicus Chokri
    Mahassine"); None when the word is no such "en"."""
    n = len(st.words)
    if st.words[j].low != "en" or not (j + 1 < n and st.words[j + 1].start < limit):
        return None
    nxt = st.words[j + 1]
    if seen_cap and name_word(nxt.text) and nxt.low not in lx.FUNCTION_CAPS:
        return False
    if not seen_cap and j > start_content and "-" in nxt.text and nxt.text[:1].isupper():
        return True
    # "advocaat en publicist Antony Dapiran", "ploegleider en oud-renner Erik Dekker": a second
    # title running into the name
    if not seen_cap and j > start_content and _title_before_name(st, j + 1, limit):
        return True
    return None


def _word_after(st: Context, j: int, limit: int) -> bool:
    nxt = st.words[j + 1] if j + 1 < len(st.words) else None
    return not (nxt is None or nxt.start >= limit)


def _particle_before_name(st: Context, j: int, seen_cap: bool) -> bool:
    """A name particle inside a name, before a capital ("Van der Laan")."""
    return (
        st.words[j].low in lx.NAME_PARTICLES
        and seen_cap
        and j + 1 < len(st.words)
        and st.words[j + 1].text[:1].isupper()
    )


def _np_stop(st: Context, j: int, start_content: int) -> bool:
    """A word that ends the phrase: a stop word, auxiliary or cue, or a determiner that does
    not follow "van"."""
    t = st.words[j]
    if not acronym(t.text) and (
        t.low in lx.NP_STOP or t.low in lx.AUXILIARIES or t.low in lx.QUOTE_CUE_FORMS
    ):
        return True  # "het OM", "de VS" are names, though "om" and "vs" are words too
    return (
        t.low in lx.DETERMINERS
        and j > start_content
        and not (j > 0 and st.words[j - 1].low == "van")
    )


def find_subject(st: Context, clause_start: int, verb_i: int, limit: int) -> tuple[int, int] | None:
    """Speaker phrase of a reporting verb: the surface rules below, else Frog's subject.

    Frog's parser misattaches subjects in news prose often enough ("zei dinsdag", "Tegen
    het grote publiek zei hij") that it only fills in where the surface rules find nothing.

    Surface rules, in order: a subject pronoun right after the finite verb ("zei hij") is
    the subject (Dutch verb-second); a verb coordinated with "en" shares the sentence's
    subject; an auxiliary before a participle cue is the finite verb ("had … gezegd"); the
    words before the finite verb are the subject unless they open with an adverb or a
    preposition, in which case the subject follows the finite verb.
    """
    found = surface_subject(st, clause_start, verb_i, limit)
    if found is not None:
        found = _fronted_object(st, found, verb_i, limit) or found
    if found is not None and st.doc.tokens and not has_nominal(st, found):
        # "Afgaande op zijn ervaring zei hij": Frog's tags say the surface pick holds no
        # noun, pronoun or name, so its dependency subject is the better guess
        parsed = parse_subject(st, verb_i)
        if parsed is not None:
            return parsed
    return found if found is not None else parse_subject(st, verb_i)


NOEMEN = frozenset(["noemt", "noemde"])


def _fronted_object(
    st: Context, found: tuple[int, int], verb_i: int, limit: int
) -> tuple[int, int] | None:
    """ "Het aantal klachten noemt De Wit ‘onacceptabel’", "Die uitspraak noemde
    Jansen ‘onzin’": with "noemen" (X calls Y Z) the object often stands first; a person's name
    right after the verb is then the subject, when the phrase before it names nobody (no name,
    no person, organisation, institution or document noun that could speak)."""
    verb = st.words[verb_i]
    if verb.low not in NOEMEN or found[1] > verb.start or verb_i + 1 >= len(st.words):
        return None
    nxt = st.words[verb_i + 1]
    if nxt.start >= limit or names_in(st, found[0], found[1]):
        return None
    after = [n for n in names_in(st, nxt.start, limit) if n[0] == nxt.start and person_like(st, n)]
    if not after:
        return None
    for i in words_in(st, found[0], found[1]):
        w = st.words[i].low.strip(",.")
        if w in lx.PRONOUNS and w not in ("dat", "dit", "die", "deze", "het"):
            return None  # "Hij noemt Jansen …"
        if _speaking_noun(w):
            return None  # "Het kabinet noemt Jansen …", "De minister noemt …"
    return (after[0][0], after[0][1])


def speaking_phrase(st: Context, span: tuple[int, int]) -> bool:
    """Whether a subject phrase can name someone who speaks: a name, a pronoun, or a person,
    title, organisation, institution or publication noun ("de onderzoekers", "het rapport");
    not "de signalen", "de cijfers"."""
    if names_in(st, span[0], span[1]):
        return True
    for n, i in enumerate(words_in(st, span[0], span[1])):
        w = st.words[i].low.strip(",.")
        if w in lx.PRONOUNS and w not in lx.DETERMINERS:
            return True
        if name_word(st.words[i].text) and (n > 0 or w not in lx.FUNCTION_CAPS | lx.DETERMINERS):
            return True  # a capitalised word (a name Frog's NER missed): "de bond KNVB"
        if _speaking_noun(w):
            return True
    return False


def _speaking_noun(word: str) -> bool:
    """Whether a word is (or ends in) a person, title, organisation, institution or publication
    noun, one that could speak ("kabinet", "minister", "onderzoekers", "rapport")."""
    return any(r in lx.ORG_NOUNS or r in lx.INSTITUTION_NOUNS or r in lx.TITLE_NOUNS
               or r in lx.SPEECH_NOUNS or role_group(r) for r in role_words(word))


def has_nominal(st: Context, span: tuple[int, int]) -> bool:
    """Whether a phrase can be a subject by Frog's tags: it opens with an article, pronoun,
    noun, name, adjective or numeral, not with a verb, adverb, preposition or conjunction
    ("Gebaseerd op uitspraken van …"). True when Frog did not tag it."""
    ws = words_in(st, span[0], span[1])
    t = token(st, st.words[ws[0]]) if ws else None
    return t is None or t.coarse_pos not in ("WW", "BW", "VZ", "VG", "TSW")


def surface_subject(
    st: Context, clause_start: int, verb_i: int, limit: int
) -> tuple[int, int] | None:
    """The subject of a reporting verb by surface rules (see the package docstring)."""
    fin = _finite_before(st, clause_start, verb_i)
    n = len(st.words)
    nxt = st.words[fin + 1] if fin + 1 < n and st.words[fin + 1].start < limit else None
    if nxt is not None and nxt.low in SUBJECT_PRONOUNS:
        return (nxt.start, nxt.end)
    relative = _relative_pronoun(st, clause_start, fin)
    if relative is not None:
        return relative
    if fin > clause_start and st.words[fin - 1].low in ("en", "maar") and fin == verb_i:
        r = np_after(st, clause_start, limit)
        if r is not None and _opens_new_subject(st, r):
            return span_of(st, r)
    sub = _subordinate_subject(st, clause_start, fin) or _dat_subject(st, clause_start, fin)
    if sub is not None:
        return sub
    pre, restarted = _words_before_verb(st, clause_start, fin)
    pre = _without_coordinator(st, pre)
    if not pre:
        return None
    if focused_subject(
        [st.words[i].low for i in pre], [st.words[i].text[:1].isupper() for i in pre]
    ):
        pre = pre[1:]  # "Ook de importeur zegt": the particle is not part of the speaker
    if _subject_first(st, pre, restarted):
        if len(pre) <= 14:
            return (st.words[pre[0]].start, st.words[pre[-1]].end)
        r = np_after(st, pre[0], st.words[pre[-1]].end)
        if r is not None:
            return span_of(st, r)
    # inversion ("Daarom legt Bijleveld …", "Enkele uren later zei het leger …")
    r = np_after(st, fin + 1, limit)
    return None if r is None else span_of(st, r)


# Coordinators stand outside the verb-second field: "Maar de partij laat weten" keeps its
# subject before the verb ("Maar zegt hij" is no Dutch).
_FIELD_EXTERNAL = frozenset(["maar", "en", "want"])


def _without_coordinator(st: Context, pre: list[int]) -> list[int]:
    """The words before the verb without a clause-opening coordinator ("Maar de partij")."""
    if len(pre) > 1 and st.words[pre[0]].low in _FIELD_EXTERNAL:
        return pre[1:]
    return pre


def _subordinate_subject(st: Context, clause_start: int, fin: int) -> tuple[int, int] | None:
    """ "Hoewel de jury nog steeds meent dat …": in a clause opened by a subordinating
    conjunction the verb comes last and the subject right after the conjunction."""
    if fin <= clause_start + 1 or st.words[clause_start].low not in SUBORDINATORS:
        return None
    if any(st.words[m].text in (",", ";", ":") for m in range(clause_start, fin)):
        return None  # "Nadat …, zei het Witte Huis": the verb is in the main clause
    r = np_after(st, clause_start + 1, st.words[fin].start)
    return None if r is None else span_of(st, r)


def _dat_subject(st: Context, clause_start: int, fin: int) -> tuple[int, int] | None:
    """ "Het fonds wees erop dat Jan Groen, de topman, had aangegeven dat …": a cue at the end
    of a "dat" clause inside its sentence has its subject right after that "dat", followed by
    the verb or an apposition (a relative "dat" after a comma is no such clause)."""
    for k in range(fin - 1, clause_start, -1):
        w = st.words[k]
        if w.text in (";", ":"):
            return None
        if w.low != "dat" or st.words[k - 1].text in (",", ";", ":"):
            continue
        r = np_after(st, k + 1, st.words[fin].start)
        if r is None or st.words[r[0]].low in SUBJECT_PRONOUNS - {"ik", "we", "wij"}:
            return None if r is None else span_of(st, r)
        follows = st.words[r[1]] if r[1] < len(st.words) else None
        if follows is not None and (r[1] == fin or follows.text == ","):
            return span_of(st, r)
        return None
    return None


def _finite_before(st: Context, clause_start: int, verb_i: int) -> int:
    """The finite verb of a participle or infinitive cue: the auxiliary before it."""
    if not maybe_nonfinite(st.words[verb_i].low):
        return verb_i
    low = st.words[verb_i].low
    participle = low.startswith("ge") or not low.endswith("en")  # not "zeggen", a plural
    if participle and verb_i > clause_start and st.words[verb_i - 1].text == ",":
        return _second_auxiliary(st, clause_start, verb_i)
    for i in range(verb_i - 1, clause_start - 1, -1):
        t = st.words[i]
        if t.text in (",", ";", ":") or t.low in CLAUSE_LINKS:
            break
        if t.low in lx.AUXILIARIES or t.low in PASSIVE_AUX:
            return i
    return verb_i


def _second_auxiliary(st: Context, clause_start: int, verb_i: int) -> int:
    """ "Een rechter heeft in een zaak over de vraag of X de vader is, geoordeeld dat": a
    participle right after a comma closes a long middle field; its finite verb is the main
    clause's auxiliary in second place, before any clause inside the middle field."""
    for i in range(clause_start, verb_i):
        t = st.words[i]
        if t.text in (",", ";", ":") or t.low in CLAUSE_LINKS or t.low in _SUBORDINATORS:
            break
        if t.low in lx.AUXILIARIES and i > clause_start:
            return i
    return verb_i


_SUBORDINATORS = frozenset(["waarom", "als", "wanneer", "toen", "die", "wie", "waar", "hoe", "nu"])


def _relative_pronoun(st: Context, clause_start: int, fin: int) -> tuple[int, int] | None:
    """ "…, die zeiden dat", "een reiziger die zei dat": a relative clause; the relative
    pronoun stands as the speaker words, which ``speakers.relative_antecedent`` resolves to
    the noun phrase before it."""
    for i in range(fin - 1, clause_start - 1, -1):
        t = st.words[i]
        if t.text in (",", ";", ":"):
            break
        if t.low in ("die", "wie") and i > 0 and _ends_antecedent(st.words[i - 1].text):
            return (t.start, t.end)
    return None


def _ends_antecedent(word: str) -> bool:
    """A comma, or a noun or name right before a relative pronoun ("een reiziger die")."""
    return word == "," or (word.isalpha() and word.lower() not in lx.FUNCTION_CAPS | lx.DETERMINERS)


def _opens_new_subject(st: Context, r: tuple[int, int]) -> bool:
    """After "en"/"maar" right before the verb: the clause's phrase is its subject."""
    low = st.words[r[0]].low
    return (
        low not in lx.FUNCTION_CAPS | {"de", "het", "een"} | lx.PRONOUNS
        or low in lx.PRONOUNS | lx.DETERMINERS
    )


def _words_before_verb(st: Context, clause_start: int, fin: int) -> tuple[list[int], bool]:
    """The words before the finite verb, from the last clause link on ("Het is niet duidelijk
    … en bronnen geven aan dat": a coordinated or subordinate clause before the verb's own
    subject), not inside an apposition ("Louis Gallois, president en CEO van het bedrijf,
    zei"); and whether such a link restarted them."""
    pre = [i for i in range(clause_start, fin) if st.words[i].text not in ("„", '"', "“")]
    last = len(pre) - 2
    if pre and st.words[pre[-1]].text == ",":
        commas = [k for k in range(len(pre) - 1) if st.words[pre[k]].text == ","]
        last = (commas[-1] if commas else len(pre)) - 1
    opener = st.words[pre[0]].low if pre else ""
    starts_subject = (
        opener in lx.DETERMINERS
        or opener in lx.PRONOUNS
        or (bool(pre) and name_word(st.words[pre[0]].text) and opener not in lx.FUNCTION_CAPS)
    )
    if not starts_subject:
        return pre, False
    for k in range(last, 2, -1):
        if st.words[pre[k]].low in CLAUSE_LINKS - {"dat"} and st.words[pre[k - 1]].text != ",":
            return pre[k + 1 :], True
    return pre, False


def _subject_first(st: Context, pre: list[int], restarted: bool) -> bool:
    """The words before the verb open with a subject (else the verb-second inversion)."""
    first = st.words[pre[0]]
    return (
        (restarted and first.low not in lx.FUNCTION_CAPS and first.text[:1].isalpha())
        or first.low in lx.DETERMINERS
        or first.low in lx.PRONOUNS
        or (first.text[:1].isupper() and first.low not in lx.FUNCTION_CAPS)
        or first.low in lx.ROLE_TITLES
        or quantified_subject([st.words[i].low for i in pre])
        or first.low in PAIR_WORDS
        or (
            first.low not in lx.FUNCTION_CAPS
            and bool(names_in(st, first.start, st.words[pre[-1]].end))
        )
    )


def parse_subject(st: Context, verb_i: int) -> tuple[int, int] | None:
    toks = st.doc.tokens
    t = token(st, st.words[verb_i])
    if t is None or t.deprel == "" or not toks:
        return None
    ti = st.tokens_at[st.words[verb_i].start]
    # climb from a participle/infinitive cue to the finite verb ("had … gezegd")
    heads = [ti]
    cur = ti
    for _ in range(3):
        tok = toks[cur]
        if tok.deprel == "vc" and 0 <= tok.head < len(toks) and toks[tok.head].coarse_pos == "WW":
            cur = tok.head
            heads.append(cur)
        else:
            break
    for h in heads:
        for k in sentence_range(st, h):
            # a conjunction is never a subject ("meent dat Pauw …" parsed with "dat" as su)
            if toks[k].head == h and toks[k].deprel == "su" and toks[k].coarse_pos != "VG":
                lo, hi = subtree(st, k)
                return (lo, hi) if hi > lo else None
    return None


def is_passive(st: Context, clause_start: int, verb_i: int) -> bool:
    """Whether a participle cue is passive ("er wordt gezegd dat"), within its own clause."""
    cue = st.words[verb_i].low
    if cue in PASSIVE_AUX:
        return False
    for m in range(verb_i - 1, clause_start - 1, -1):
        t = st.words[m]
        if t.text in (",", ";", ":") or t.low in CLAUSE_LINKS:
            return False
        if t.low in PASSIVE_AUX:
            # "werd … gezegd" is passive; a finite cue ("zei") never is
            return maybe_nonfinite(cue)
    return False


def agent(st: Context, clause_start: int, limit: int) -> tuple[int, int] | None:
    """The "door X" agent of a passive reporting verb, if the clause names one."""
    for m in range(clause_start, len(st.words)):
        if st.words[m].start >= limit:
            break
        if st.words[m].low == "door":
            r = np_after(st, m + 1, limit)
            return None if r is None else span_of(st, r)
    return None
