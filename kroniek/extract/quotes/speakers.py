"""From a raw speaker phrase to the speaker words: narrowing to a name, and resolving
pronouns, demonstratives, role nouns and organisation nouns to an earlier name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .. import quote_lexicon as lx
from ..coref import antecedent, chain_at
from .context import (
    Context,
    in_quote,
    names_between,
    names_in,
    names_overlapping,
    opens_sentence,
    surname,
    token,
    words_in,
)
from .focus import subject_like
from .names import is_named, person_like
from .pronouns import after_preposition, narrative_window, resolve_pronoun
from .wordclass import (
    QUANTITY_NOUNS,
    RELATIVE,
    ROLE_IN_BEFORE,
    ROLE_LOOKBACK,
    VAN_BEFORE,
    acronym,
    looks_person,
    org_noun,
    plural_like,
    role_group,
    role_words,
)


def speaker_span(st: Context, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Narrow a speaker phrase to the name it holds, or to its pronoun / role words."""
    if span is None or _manner_before_colon(st, span):
        return None
    s, e = span
    # a relative clause is not part of the speaker: "Duitsland, dat … in Irak heeft,"
    rel = RELATIVE.search(st.text, s, e)
    if rel:
        e = rel.start()
    # nor is a parenthesis after the name: "staatssecretaris X (Infrastructuur)", "X (VVD)"
    par = st.text.find("(", s, e)
    if par > s:
        e = par
    s = _past_quantity(st, s, e)
    names = names_in(st, s, e)
    if names:
        return _name_of(st, s, e, names)
    return _head_of(st, s, e)


def _manner_before_colon(st: Context, span: tuple[int, int]) -> bool:
    """ "Glunderend: „…”", "Lachend: „…”": one word before the colon that says how the answer
    was given (a present participle or, by Frog's tag, an adjective) is nobody; the quote goes on
    with the person interviewed."""
    ws = words_in(st, span[0], span[1])
    if len(ws) != 1 or not st.text[span[1] :].lstrip().startswith(":"):
        return False
    w = st.words[ws[0]]
    if any(n[2] in ("PER", "ORG") for n in names_in(st, w.start, w.end)):
        return False  # NER's name ("Jansen: „…”"); a capitalised run alone may be any word
    t = token(st, w)
    if t is not None:
        return t.pos.startswith(("ADJ", "WW(od"))
    return w.low.endswith("end") and len(w.low) >= 7


def _past_quantity(st: Context, s: int, e: int) -> int:
    """ "77 procent van de deelnemers", "de helft van de ondervraagden": the group after "van"
    speaks, not the quantity (which a sentence-initial capital can make look like a name)."""
    ws = words_in(st, s, e)
    lows = [st.words[i].low for i in ws]
    k = 1 if lows and (lows[0] in lx.DETERMINERS or lows[0][:1].isdigit()) else 0
    if len(ws) > k + 2 and lows[k] in QUANTITY_NOUNS and lows[k + 1] == "van":
        return st.words[ws[k + 2]].start
    return s


def _name_of(st: Context, s: int, e: int, names: list[tuple[int, int, str]]) -> tuple[int, int]:
    """The name a speaker phrase holds: the fullest person name ("… Defensie Philippe
    Goffin" over "Zaken"); names right after "van" are complements ("minister van
    Defensie")."""
    heads = [
        n
        for n in names
        if not VAN_BEFORE.search(st.text[s : n[0]]) and not _role_in(st.text[s : n[0]])
    ]
    if not heads:
        return _without_head_name(st, s, e, names)
    pers = [
        n for n in heads if n[2] == "PER" or (n[2] == "?" and looks_person(st.text[n[0] : n[1]]))
    ]
    best = max(pers, key=lambda n: len(st.text[n[0] : n[1]].split())) if pers else heads[0]
    owned = _possessed(st, best)
    if owned is not None:
        return owned
    return _without_role_compound(st, (best[0], best[1]))


GENITIVE_ENDS = ("’s", "'s")


def _possessed(st: Context, name: tuple[int, int, str]) -> tuple[int, int] | None:
    """ "zei Perry’s advocaat", "Vos’ woordvoerder": a name in the genitive with a lower-case
    noun right after it is no speaker itself but names the person's lawyer or spokesman, who
    speaks; the speaker words are the whole phrase (the noun may stand past the cue's noun
    phrase)."""
    text = st.text[name[0] : name[1]]
    tail = st.text[name[1] : name[1] + 3]
    genitive = (
        text.endswith(GENITIVE_ENDS)
        or tail[:2] in GENITIVE_ENDS
        or (text[-1:] in "sxz" and tail[:1] in "’'" and tail[1:2] == " ")
    )
    if not genitive:
        return None
    after = [i for i in words_in(st, name[1], name[1] + 40) if st.words[i].text.strip("’'s")]
    lows = [st.words[i].text for i in after[:2]]
    if not lows or not (lows[0].isalpha() and lows[0].islower()):
        return None
    # "Perry’s nieuwe advocaat": an adjective (Frog's tag) and its noun
    k = st.tokens_at.get(st.words[after[0]].start)
    adjective = k is not None and st.doc.tokens[k].pos.startswith("ADJ(prenom")
    two = adjective and len(lows) == 2 and lows[1].isalpha() and lows[1].islower()
    return (name[0], st.words[after[1 if two else 0]].end)


def _without_role_compound(st: Context, span: tuple[int, int]) -> tuple[int, int]:
    """ "Forum-directeur Karel Jansen" (NER's person name with the role in it): the name."""
    first, _, rest = st.text[span[0] : span[1]].partition(" ")
    if rest and "-" in first and first.rsplit("-", 1)[1][:1].islower() and rest[:1].isupper():
        return (span[0] + len(first) + 1, span[1])
    return span


def _role_in(before: str) -> bool:
    """ "Een rechter in Valencia": a lower-case role and "in" before the name (a place)."""
    m = ROLE_IN_BEFORE.match(before)
    return m is not None and not before.split()[-2][:1].isupper()


def _without_head_name(
    st: Context, s: int, e: int, names: list[tuple[int, int, str]]
) -> tuple[int, int]:
    """All names are complements after "van"."""
    ws = words_in(st, s, e)
    # "het finale argument van Mario Monti": what was said, then who said it
    if any(st.words[i].low in lx.SPEECH_NOUNS for i in ws[:4]):
        owners = [n for n in names if person_like(st, n)] or names
        return (owners[-1][0], owners[-1][1])
    # "een woordvoerder van Defensie": the speaker is the role, not the organisation
    k = 1 if ws and st.words[ws[0]].low in lx.DETERMINERS else 0
    cut = next((m for m in range(k, len(ws)) if st.words[ws[m]].text in (",", "(")), len(ws))
    if k < cut:
        return (st.words[ws[k]].start, st.words[ws[cut - 1]].end)
    return (s, e)


def _head_of(st: Context, s: int, e: int) -> tuple[int, int] | None:
    """A speaker phrase without a name: its head words (a pronoun, role words)."""
    ws = words_in(st, s, e)
    if not ws:
        return None
    if st.words[ws[0]].low in lx.DETERMINERS and len(ws) > 1 and st.words[ws[1]].low != "van":
        ws = ws[1:]  # not the "een" of "een van zijn advocaten"
    # "de reactie van de vakbond": the owner of the words, not the words
    lows = [st.words[i].low for i in ws]
    if "van" in lows[1:4] and any(x in lx.SPEECH_NOUNS for x in lows[: lows.index("van")]):
        rest = ws[lows.index("van") + 1 :]
        while len(rest) > 1 and st.words[rest[0]].low in lx.DETERMINERS:
            rest = rest[1:]
        if rest:
            ws = rest
    # a subject phrase with a relative clause or apposition: keep its head part
    cut = next((k for k, i in enumerate(ws) if st.words[i].text in (",", "(")), len(ws))
    ws = ws[:cut] or ws
    return (st.words[ws[0]].start, st.words[ws[-1]].end)


def resolve(
    st: Context,
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
    if is_named(st, span):
        return span
    found = resolve_any(st, span, history, sent_i)
    if found == span:
        return span
    if len(names_between(st, found[0], found[1])) > 1 and not is_named(st, span):
        return found  # a group ("Joe, Wilco en Gerrit"): keep it whole
    # point at the latest mention of the same name before the quote ("Stoltenberg", not
    # the "Jens Stoltenberg" of the introduction three sentences up)
    key = surname(st, (found[0], found[1], ""))
    later = [
        n
        for n in names_between(st, found[0], span[0])
        if surname(st, n) == key and not in_quote(st, n[0])
    ]
    return (later[-1][0], later[-1][1]) if later else found


def resolve_any(
    st: Context,
    span: tuple[int, int],
    history: list[tuple[int, tuple[int, int]]],
    sent_i: int,
) -> tuple[int, int]:
    words = st.text[span[0] : span[1]].split()
    head = words[0].lower() if words else ""
    if head in lx.PERSON_PRONOUNS:
        return resolve_pronoun(st, span, head, history, sent_i) or span
    if head == "het" and len(words) == 1:
        recent = [sp for si, sp in reversed(history) if sent_i - si <= 4]
        return recent[0] if recent else span
    if head in ("die", "deze") and len(words) == 1 and opens_sentence(st, span[0]):
        return resolve_demonstrative(st, span, sent_i) or span
    if head in ("die", "deze") and len(words) == 1 and _after_cue_word(st, span):
        return demonstrative_after_cue(st, span, sent_i) or span
    if head in ("die", "wie") and len(words) == 1:
        return relative_antecedent(st, span) or span
    if head in lx.PRONOUNS:
        return span  # first/second person, "men": the quote itself names nobody
    phrase = st.text[span[0] : span[1]].lower()
    # a group ("De Britse autoriteiten", "de critici") is never one person introduced before
    hit = None if plural_head(st, span) else resolve_role(st, span[0], words[:3], phrase)
    if hit is not None:
        return hit
    nouns = [r for w in words[:3] for r in role_words(w)]
    if any(org_noun(r) for r in nouns):
        return resolve_org(st, span, history, sent_i) or span
    lows = [w.lower().strip(",.") for w in words[:2]]
    if not any(w in lx.INSTITUTION_NOUNS or w in lx.ORG_NOUNS for w in lows):
        return span
    if st.doc.mentions:
        # "de jury" after "de Nipkowjury", "de politie" after "Politie Rotterdam": the
        # coreference layer names the organisation that holds the noun (coref.resolve_org_nouns)
        return chain_speaker(st, span) or span
    return named_institution(st, span, lows) or span


def named_institution(
    st: Context, span: tuple[int, int], words: list[str]
) -> tuple[int, int] | None:
    """The layer's rule for text without NER names (the layer reads NER's names only): an
    institution noun takes the latest non-person the quote finder names before it whose name
    holds that noun (as a word or as the head of a compound)."""
    noun = [w for w in words if w in lx.INSTITUTION_NOUNS or w in lx.ORG_NOUNS][-1]
    for n in sorted(names_between(st, 0, span[0]), reverse=True):
        if n[2] == "PER" or in_quote(st, n[0]):
            continue
        last = st.text[n[0] : n[1]].split()[-1].lower() if n[1] > n[0] else ""
        held = noun in st.text[n[0] : n[1]].lower().split() or last.endswith(noun)
        if held and (n[0], n[1]) != span:
            return (n[0], n[1])
    return None


def relative_antecedent(st: Context, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "een melding van een reiziger die zei dat …", "Jan Smit, die zei dat …": a relative
    pronoun's speaker is the noun phrase right before it (over a comma): a name, or an
    article with up to two adjectives and a noun ("een reiziger", "de oude buurman")."""
    before = words_in(st, max(0, span[0] - 80), span[0])
    if before and st.words[before[-1]].text == ",":
        before = before[:-1]
    if not before:
        return None
    head = _head_before_complement(st, before)
    if head is not None:
        return head
    last = st.words[before[-1]]
    named = [n for n in names_overlapping(st, last.start, last.end) if n[1] == last.end]
    if named:
        return (named[-1][0], named[-1][1])
    if not (last.text.isalpha() and last.text.islower()) or last.low in lx.FUNCTION_CAPS:
        return None
    for k in range(len(before) - 2, max(-1, len(before) - 5), -1):
        w = st.words[before[k]]
        if w.low in ("een", "de", "het"):
            return (w.start, last.end)
        if not (w.text.isalpha() and w.text.islower()):
            return None
    return None


def _head_before_complement(st: Context, before: list[int]) -> tuple[int, int] | None:
    """ "Jan Hendriks van het LEI die waarschuwde": a name before a "van" complement that names
    no person (an institution, an acronym NER missed) is what the relative pronoun stands for;
    the speaker words are the whole phrase. A person after "van" ("de advocaat van Jansen,
    die …") is left to the nearest-phrase rule."""
    tail = before[-4:]
    vans = [k for k, i in enumerate(tail) if st.words[i].low == "van" and 0 < k < len(tail) - 1]
    if not vans:
        return None
    k = vans[-1]
    comp = st.words[tail[k + 1]].start, st.words[tail[-1]].end
    if any(n[2] == "PER" for n in names_between(st, comp[0], comp[1])):
        return None
    head = st.words[tail[k - 1]]
    named = [
        n for n in names_overlapping(st, head.start, head.end) if n[1] == head.end and person_like(st, n)
    ]
    return (named[-1][0], comp[1]) if named else None


def resolve_demonstrative(
    st: Context, span: tuple[int, int], sent_i: int
) -> tuple[int, int] | None:
    """ "Die herhaalde dat …": the last person named in the sentence before; "Die hadden
    gesteld dat …" (a plural verb, by Frog's tags) the last plural noun there ("… aan diens
    erfgenamen. Die hadden …"), never a person named alone."""
    if sent_i == 0 or not st.sents:
        return None
    ps, _ = st.sents[sent_i - 1]
    nxt = words_in(st, span[1], span[1] + 20)[:1]
    verb = token(st, st.words[nxt[0]]) if nxt else None
    if verb is not None and verb.pos.startswith("WW(pv") and ",mv" in verb.pos:
        plural = [
            w
            for w in (st.words[i] for i in words_in(st, ps, span[0]))
            if (t := token(st, w)) is not None and t.pos.startswith("N(soort,mv")
        ]
        return (plural[-1].start, plural[-1].end) if plural else None
    named = [
        n for n in names_between(st, ps, span[0]) if person_like(st, n) and not in_quote(st, n[0])
    ]
    return (named[-1][0], named[-1][1]) if named else None


def _after_cue_word(st: Context, span: tuple[int, int]) -> bool:
    """ "antwoordde die", "zei deze": the pronoun right after a verb of saying."""
    before = words_in(st, max(0, span[0] - 30), span[0])[-1:]
    return bool(before) and st.words[before[0]].low in lx.QUOTE_CUE_FORMS


def demonstrative_after_cue(
    st: Context, span: tuple[int, int], sent_i: int
) -> tuple[int, int] | None:
    """ "X vroeg Y wanneer … . „…”, antwoordde die.": a demonstrative after the cue points to
    the person named last before it (outside quotes, within three sentences), not the topic."""
    named = [
        n
        for n in names_between(st, narrative_window(st, sent_i, 3), span[0])
        if person_like(st, n) and not in_quote(st, n[0])
    ]
    return (named[-1][0], named[-1][1]) if named else None


def plural_head(st: Context, span: tuple[int, int]) -> bool:
    """Whether a speaker phrase ends in a plural common noun: by Frog's tag, else by its
    ending (a lower-case word: "autoriteiten", "critici")."""
    ws = words_in(st, span[0], span[1])
    if not ws:
        return False
    w = st.words[ws[-1]]
    t = token(st, w)
    if t is not None:
        return t.pos.startswith("N(soort,mv")
    return w.text[:1].islower() and plural_like(w.low)


def resolve_role(st: Context, before: int, words: list[str], phrase: str) -> tuple[int, int] | None:
    """The nearest name before ``before`` introduced with the role these words name.

    A qualified role ("de NAVO-baas") prefers an introduction that mentions its qualifier
    ("NAVO-chef Stoltenberg", "…, de secretaris-generaal van de NAVO"); one qualified
    otherwise ("VN-chef Guterres") never matches it.
    """
    strict: tuple[int, tuple[int, int]] | None = None
    loose: tuple[int, tuple[int, int]] | None = None
    # the introductions before the quote, nearest first, within a bounded look-back
    hi = bisect.bisect_left(st.role_offsets, before)
    window = st.roles[max(0, hi - ROLE_LOOKBACK) : hi]
    for w in words:
        low = w.strip(",.").lower()
        qualifier = low.rsplit("-", 1)[0] if "-" in low else ""
        for r in role_words(w):
            for off, name, qualified in _introductions(window, r, qualifier, phrase):
                if qualified:
                    if strict is None or off > strict[0]:
                        strict = (off, name)
                elif loose is None or off > loose[0]:
                    loose = (off, name)
    best = strict or loose
    if best is None:
        return _qualifier_only(window, words) or _national_leader(st, window, words)
    return None if best is None else best[1]


# "de Franse leider" after "de Franse president X": a country's leader is its head of state or
# government, introduced with that office and the same adjective
LEADER_WORDS = frozenset(["leider", "regeringsleider", "staatshoofd"])
HEAD_OFFICES = frozenset(
    ["president", "premier", "minister-president", "kanselier", "staatshoofd", "regeringsleider"]
)


def _national_leader(
    st: Context, window: list[tuple[int, str, tuple[int, int], str]], words: list[str]
) -> tuple[int, int] | None:
    """ "de Franse leider": the one person introduced as president, premier or chancellor with
    the same (national) adjective before it ("de Franse president X")."""
    lows = [w.strip(",.").lower() for w in words]
    if len(lows) < 2 or lows[-1] not in LEADER_WORDS or not lows[-2].endswith("se"):
        return None
    adj = lows[-2]
    hits = [
        (off, name)
        for off, role, name, _ctx in window
        if role in HEAD_OFFICES and adj in st.text[max(0, off - 30) : off].lower().split()[-2:]
    ]
    return max(hits)[1] if hits and len({n for _o, n in hits}) == 1 else None


def _qualifier_only(
    window: list[tuple[int, str, tuple[int, int], str]], words: list[str]
) -> tuple[int, int] | None:
    """ "de Pimco-econoom" after "Joachim Fels, strateeg van vermogensbeheerder Pimco": a
    qualified role whose qualifier only one introduced person's role mentions is that person,
    whatever the role word."""
    for w in words:
        low = w.strip(",.").lower()
        qualifier = low.rsplit("-", 1)[0] if "-" in low else ""
        if len(qualifier) < 3 or not qualifier.isalpha():
            continue
        hits = [(off, name) for off, _r, name, ctx in window if qualifier in ctx.split()]
        if hits and len({n for _o, n in hits}) == 1:
            return max(hits)[1]
    return None


def _introductions(
    window: list[tuple[int, str, tuple[int, int], str]], r: str, qualifier: str, phrase: str
) -> Iterator[tuple[int, tuple[int, int], bool]]:
    """(offset, name, qualifier matches) for each introduction of role word ``r`` (or one of
    its group) that a later "phrase" with this qualifier may refer to."""
    group = role_group(r)
    for off, role, name, ctx in window:
        if role != r and (not group or role_group(role) != group):
            continue
        if _other_department(phrase, ctx):
            continue
        if not qualifier or qualifier in ctx:
            yield off, name, True
            continue
        head = ctx.split()[0] if ctx.split() else ""
        other = head.rsplit("-", 1)[0] if "-" in head else ""
        if not (other and other != qualifier):
            yield off, name, False


def _other_department(phrase: str, ctx: str) -> bool:
    """ "de minister van Defensie" is not the minister of another department."""
    if not (" van " in phrase and " van " in ctx):
        return False
    tail = phrase.split(" van ", 1)[1].split()
    return bool(tail) and not any(t in ctx for t in tail if t not in lx.DETERMINERS)


def resolve_org(
    st: Context,
    span: tuple[int, int],
    history: list[tuple[int, tuple[int, int]]],
    sent_i: int,
) -> tuple[int, int] | None:
    for si, sp in reversed(history):
        if sent_i - si > 3:
            break
        ns = names_overlapping(st, sp[0], sp[1])
        if any(n[2] == "ORG" for n in ns):
            return sp
    if st.doc.mentions:
        # "Ahold sluit … Het bedrijf …": the one organisation of the latest sentence naming any,
        # by the coreference layer (coref.resolve_org_nouns), which events and entities read too
        layered = chain_speaker(st, span)
        if layered is not None:
            return layered
    return _acronym_subject(st, span, sent_i)


def _acronym_subject(st: Context, span: tuple[int, int], sent_i: int) -> tuple[int, int] | None:
    """ "Dat schrijft FME in een reactie. De ondernemersorganisatie … wijst erop dat …": an
    abbreviation NER left untyped, as a subject in the two sentences before, is the
    organisation an organisation noun refers back to (never one NER typed person or place)."""
    lo = st.sents[max(0, sent_i - 2)][0] if st.sents else 0
    for i in reversed(words_in(st, lo, span[0])):
        w = st.words[i]
        if not acronym(w.text) or in_quote(st, w.start) or after_preposition(st, w.start):
            continue
        if any(m.start <= w.start < m.end and m.type in ("PER", "LOC") for m in st.doc.mentions):
            continue
        n = (w.start, w.end, "ORG")
        if opens_sentence(st, w.start) or subject_like(st, n):
            return (w.start, w.end)
    return None


def bare_pronoun(st: Context, span: tuple[int, int]) -> bool:
    return st.text[span[0] : span[1]].lower() in lx.PERSON_PRONOUNS


def before_van(st: Context, span: tuple[int, int]) -> tuple[int, int]:
    """The role part of "voorman van de … Lega": the words before "van"."""
    ws = words_in(st, span[0], span[1])
    for k, i in enumerate(ws):
        if k > 0 and st.words[i].low == "van":
            return (span[0], st.words[ws[k - 1]].end)
    return span


def chain_speaker(st: Context, span: tuple[int, int]) -> tuple[int, int] | None:
    """A pronoun, role noun or group word the quote rules left unresolved, resolved by the
    document's coreference chains (``extract/coref``): the latest name of its chain before it."""
    head = before_van(st, span)  # "voorman van de … Lega": the role, not its complement
    if is_named(st, head):
        return None
    c = chain_at(st.chains, head[0], head[1])
    if c is None or c.kind == "name":
        return None
    named = antecedent(st.chains, c)
    if named is None or _complement_name(st, named.start):
        return None
    return (named.start, named.end)


def _complement_name(st: Context, offset: int) -> bool:
    """A name the chain may not hand a pronoun or role: the owner after a noun and "van" ("de
    sterspeler van Paris Saint-Germain": a club) or a title ("het lied Not An Addict", "de
    film Zwartboek"). Other complements stay possible ("Zo ging het ook met Van der Poel.
    De 24-jarige …")."""
    back = [st.words[i].low for i in words_in(st, max(0, offset - 40), offset)[-3:]]
    return (bool(back) and back[-1] == "van") or any(w in lx.TITLE_NOUNS for w in back)


_INITIAL = re.compile(r"[A-ZÀ-Þ]\.?")


def with_first_name(st: Context, span: tuple[int, int]) -> tuple[int, int]:
    """ "W." after "de 46-jarige Sjonnie W.": Dutch crime news names a suspect by first name and
    initial, then by the initial alone; the initial is the latest name before it, outside
    quotes, that ends in the same initial after a first name, or a one-word person name that NER
    tagged without the initial right after it ("Ruud" in "de 38-jarige Ruud B.")."""
    said = st.text[span[0] : span[1]]
    if not _INITIAL.fullmatch(said):
        return span
    initial = said.rstrip(".")
    for n in reversed(names_between(st, 0, span[0])):
        words = st.text[n[0] : n[1]].split()
        if in_quote(st, n[0]) or not words[0][:1].isupper():
            continue
        if len(words) > 1 and words[-1].rstrip(".") == initial:
            return (n[0], n[1])
        # "Ad K.": NER may tag the first name alone, the initial right after it
        after = re.match(rf" {re.escape(initial)}\.", st.text[n[1] : n[1] + len(initial) + 2])
        if len(words) == 1 and n[2] == "PER" and after is not None:
            return (n[0], n[1] + after.end())
    return span
