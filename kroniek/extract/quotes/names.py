"""Names in the text: Frog's PER/ORG mentions or capitalised word runs, who counts as a person,
and role introductions ("NAVO-chef Stoltenberg"); ``read_context`` builds the ``Context``.
"""

from __future__ import annotations

import re

from ...link.names import normalize, strip_articles
from ...model import Document
from .. import quote_lexicon as lx
from .. import quote_marks as qm
from ..coref import find_chains
from ..dateline import is_dateline_place
from ..ner_tidy import media_names
from .context import (
    WORD,
    Context,
    Word,
    in_quote,
    names_overlapping,
    opens_sentence,
    sent_index,
    sentences,
    surname,
    words_in,
)
from .wordclass import (
    adjective_like,
    looks_person,
    name_word,
    overlaps_any,
    role_words,
    surface_names,
)


def collect_names(st: Context) -> list[tuple[int, int, str]]:
    """Named PER/ORG mentions: Frog's when present, else capitalised word runs."""
    typed = {(m.start, m.end, m.type) for m in st.doc.mentions if m.type in ("PER", "ORG")}
    # a newspaper or broadcaster NER called MISC or LOC ("Eerder stelde De Telegraaf dat")
    typed |= {
        (m.start, m.end, "ORG")
        for m in st.doc.mentions
        if m.type in ("MISC", "LOC") and _medium(st.text[m.start : m.end])
    }
    # "staatssecretaris Broekers-Knol" that NER called MISC or LOC: a titled name is a person
    typed |= {
        (m.start, m.end, "PER")
        for m in st.doc.mentions
        if m.type in ("MISC", "LOC") and title_before(st, m.start)
    }
    # … and so is the same name again without its title ("Broekers-Knol wil niet …")
    per = {st.text[s:e].split()[-1] for s, e, t in typed if t == "PER" and e > s}
    typed |= {
        (m.start, m.end, "PER")
        for m in st.doc.mentions
        if m.type in ("MISC", "LOC")
        and st.text[m.start : m.end].split()
        and st.text[m.start : m.end].split()[-1] in per
    }
    # capitalised runs fill in what NER missed; a run overlapping any NER mention (LOC and
    # MISC too) defers to it
    spans = sorted((m.start, m.end) for m in st.doc.mentions)
    starts = [sp[0] for sp in spans]
    longest = max((e - s for s, e in spans), default=0)
    surface = [
        n
        for n in surface_names(st.text, st.words, st.sents)
        if not overlaps_any(spans, starts, longest, n[0], n[1])
    ]
    return sorted({whole_name(st, n) for n in typed | set(surface) if not is_dateline_place(st.text, n[0], n[1])})


def _medium(name: str) -> bool:
    return normalize(strip_articles(name)) in media_names()


def whole_name(st: Context, n: tuple[int, int, str]) -> tuple[int, int, str]:
    """A name cut after its particle ("Van der" | "Gragt") runs on to the surname."""
    s, e, t = n
    words = st.text[s:e].split()
    if words and words[-1].lower() in lx.NAME_PARTICLES:
        m = re.match(r"\s+([A-ZÀ-Þ][\w'’-]*)", st.text[e : e + 40])
        if m:
            return (s, e + m.end(), t)
    return n


def role_map(st: Context) -> list[tuple[int, str, tuple[int, int], str]]:
    """(offset, role word, name span, role context) for every role noun beside a name.

    The context is the role phrase in lower case ("navo-chef", "minister van defensie"),
    used to check the qualifier of a later role noun ("de NAVO-baas").
    """
    out: list[tuple[int, str, tuple[int, int], str]] = []
    for s, e, typ in st.names:
        if typ != "PER" and not (typ == "?" and looks_person(st.text[s:e])):
            continue
        si = sent_index(st, s)
        ss, se = st.sents[si] if st.sents else (0, len(st.text))
        out.extend(_roles_before(st, s, e, ss, se))
        out.extend(_roles_after(st, s, e, se))
    return sorted(out)


def _roles_before(
    st: Context, s: int, e: int, ss: int, se: int
) -> list[tuple[int, str, tuple[int, int], str]]:
    """Role words before the name: "woordvoerder Piers Cazalet", "Minister van Buitenlandse
    Zaken en Defensie Philippe Goffin", "De Duitse minister …, Heiko Maas,"."""
    before = words_in(st, ss, s)
    single = " " not in st.text[s:e].strip()
    k = len(before) - 1
    after_e = words_in(st, e, se)[:1]
    if k >= 0 and st.words[before[k]].text == "," and after_e and st.words[after_e[0]].text == ",":
        k -= 1
    k, crossed_van = _back_over_name(st, before, k)
    # "minister van Defensie": a one-word name after "van" is the ministry, not the minister
    if k < 0 or (crossed_van and single):
        return []
    w = st.words[before[k]]
    if not (w.text[:1].isalpha() and w.low not in lx.DETERMINERS and w.low not in lx.NP_STOP):
        return []
    ctx = st.text[w.start : s].lower()
    return [(s, r, (s, e), ctx) for r in role_words(w.text)]


def _back_over_name(st: Context, before: list[int], k: int) -> tuple[int, bool]:
    """From word k back over at most eight name words and links ("van", "de", "en") to the
    role word; and whether a "van" was crossed."""
    steps = 0
    crossed_van = False
    while k >= 0 and steps < 8:
        w = st.words[before[k]]
        if not (w.low in ("van", "de", "het", "der", "en") or name_word(w.text, inner=True)):
            break
        crossed_van = crossed_van or w.low == "van"
        if w.low in lx.ROLE_TITLES or _capitalised_role_opening(st, w):
            break
        k -= 1
        steps += 1
    return k, crossed_van


def _capitalised_role_opening(st: Context, w: Word) -> bool:
    """ "Regisseur Thandi Mokoena won …": a role noun capitalised only because it opens the
    sentence (never capitalised inside one) is the role word, not part of the name."""
    return (
        opens_sentence(st, w.start)
        and w.text not in st.mid_caps
        and w.text[1:].islower()
        and bool(role_words(w.text))
        and w.low not in lx.DETERMINERS
    )


def _roles_after(
    st: Context, s: int, e: int, se: int
) -> list[tuple[int, str, tuple[int, int], str]]:
    """The apposition after the name: "Jens Stoltenberg, de secretaris-generaal van de NAVO,";
    only its head: "…, (de) (Duitse) minister van …"."""
    after = words_in(st, e, se)[:9]
    if not (after and st.words[after[0]].text == ","):
        return []
    out: list[tuple[int, str, tuple[int, int], str]] = []
    for i in after[1:4]:
        w = st.words[i]
        if w.low in lx.DETERMINERS:
            continue
        if w.text in ",.;:!?" or w.low in lx.NP_STOP or w.low in lx.QUOTE_CUE_FORMS:
            break
        if w.low in lx.AUXILIARIES or w.low == "van":
            break
        # the apposition up to its closing comma: "de secretaris-generaal van de NAVO"
        ends = [m for m in after[1:] if st.words[m].text in ",.;:"]
        ctx_end = st.words[ends[0]].start if ends else st.words[after[-1]].end
        ctx = st.text[w.start : max(ctx_end, w.end)].lower()
        out.extend((s, r, (s, e), ctx) for r in role_words(w.text))
        if not adjective_like(w.low):
            break
    return out


def is_named(st: Context, span: tuple[int, int]) -> bool:
    s, e = span
    if names_overlapping(st, s, e):
        w = st.text[s:e].split()
        # "MR-minister", "NAVO-baas": NER may tag them, but they are roles, not names
        return bool(w) and w[0].lower() not in lx.FUNCTION_CAPS and any(name_word(x) for x in w)
    return False


def person_like(st: Context, n: tuple[int, int, str]) -> bool:
    typed = st.typed
    if n[2] == "PER" or surname(st, n) in st.per_surnames:
        return True  # "Villeneuve" (ORG to NER) after "Jacques Villeneuve" (PER)
    if n[2] in ("ORG", "MISC", "?") and titled(st, n):
        return True  # "staatssecretaris Broekers-Knol" whatever NER calls it, or missed
    if n[2] != "?" or typed:
        return False
    name = st.text[n[0] : n[1]]
    # "de Verenigde Staten", "het Witte Huis": a person's name takes no article
    before = words_in(st, max(0, n[0] - 12), n[0])[-1:]
    if before and st.words[before[0]].low in lx.DETERMINERS:
        return False
    return looks_person(name) and confirmed(st, n)


def titled(st: Context, n: tuple[int, int, str]) -> bool:
    """Whether a person's title stands right before the name ("minister Blok")."""
    return title_before(st, n[0])


def title_before(st: Context, offset: int) -> bool:
    prev = words_in(st, max(0, offset - 30), offset)[-1:]
    return bool(prev) and st.words[prev[0]].low in lx.ROLE_TITLES


def confirmed(st: Context, n: tuple[int, int, str]) -> bool:
    """Whether a surface name is more than a capitalised word opening its sentence."""
    if n[2] != "?" or not opens_sentence(st, n[0]):
        return True
    name = st.text[n[0] : n[1]]
    if len(name.split()) > 1:
        return True
    if name in st.mid_caps or name in st.surnames:
        return True
    # "Leemans: …", "Stoltenberg, de secretaris-generaal …": a name before a colon or an
    # apposition (a sentence-initial adverb is followed by its verb: "Blijkbaar moesten")
    nxt = words_in(st, n[1], n[1] + 40)[:2]
    if len(nxt) == 2 and st.words[nxt[0]].low == "en" and name_word(st.words[nxt[1]].text):
        return True  # "Rutte en Kaag spraken": two names joined
    return bool(nxt) and st.words[nxt[0]].text in (":", ",")


def read_context(doc: Document) -> Context:
    """Read a document once: words, sentences, paragraphs, tokens, names and roles."""
    st = Context(doc=doc, text=doc.text)
    st.words = [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(st.text)]
    st.word_starts = [w.start for w in st.words]
    st.sents = sentences(st)
    st.paras = qm.paragraphs(st.text)
    st.tokens_at = {t.start: i for i, t in enumerate(doc.tokens)}
    st.names = collect_names(st)
    st.name_starts = [n[0] for n in st.names]
    st.longest_name = max((n[1] - n[0] for n in st.names), default=0)
    st.typed = any(n[2] != "?" for n in st.names)
    # capitalised words seen inside sentences: a sentence-initial one is then a known name
    starts = {s for s, _ in st.sents}
    st.mid_caps = {
        w.text
        for k, w in enumerate(st.words)
        if w.start not in starts
        and name_word(w.text)
        and k > 0
        and st.words[k - 1].text not in ".!?:\"„“‘'«"
    }
    # surnames of multi-word names: "Haase" opening a sentence after "Robin Haase"
    st.surnames = {
        st.text[s:e].split()[-1] for s, e, _t in st.names if len(st.text[s:e].split()) > 1
    }
    # surnames NER tagged as a person somewhere: the same surname untagged is that person
    st.per_surnames = {st.text[s:e].split()[-1].lower() for s, e, t in st.names if t == "PER"}
    st.quoted = []
    st.quoted_starts = []
    st.roles = role_map(st)
    st.role_offsets = [r[0] for r in st.roles]
    st.chains = doc.chains if "coref" in doc.processed else find_chains(doc)
    return st


def apposed_name(st: Context, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "Volgens student Nederlands, Ilse de Wit, …", "zegt de voorzitter van de club, Jan Smit,":
    a role phrase that no person's name is part of, with a person's name set off by commas
    right after it, is that person."""
    if any(person_like(st, n) for n in names_overlapping(st, span[0], span[1])):
        return None
    after = words_in(st, span[1], span[1] + 120)[:5]
    # the role's own complement may come first: "student Nederlands", "student scheikunde"
    comma = next((k for k, i in enumerate(after) if not st.words[i].text[:1].isalnum()), None)
    if comma is None or comma > 2 or st.words[after[comma]].text != "," or comma + 1 >= len(after):
        return None
    if any(st.words[i].low in lx.NP_STOP or st.words[i].low in lx.QUOTE_CUE_FORMS for i in after[:comma]):
        return None
    nxt = st.words[after[comma + 1]]
    if not nxt.text[:1].isupper() or in_quote(st, nxt.start):
        return None
    # the name up to the closing comma: "Ilse de Wit" (a first name the surface path may miss)
    run = words_in(st, nxt.start, nxt.start + 60)
    k = 0
    while k < len(run) and (st.words[run[k]].text[:1].isupper() or st.words[run[k]].low in lx.NAME_PARTICLES):
        k += 1
    if k == 0 or k > 4 or k >= len(run) or st.words[run[k]].text not in (",", "."):
        return None  # "…, Jan Smit en Piet Kok": a list, not an apposition
    end = st.words[run[k - 1]].end
    hit = [n for n in names_overlapping(st, nxt.start, end) if n[1] == end]
    if not hit or not person_like(st, (nxt.start, end, hit[0][2])):
        return None
    return (nxt.start, end)


# heads of institutions' names ("Raad voor …", "Stichting …") beside the lexicon's organisations
INSTITUTION_HEADS = frozenset(["raad", "bond", "stichting", "federatie", "unie", "inspectie", "autoriteit"])


def named_institution(st: Context, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "Volgens de Raad voor Cultuur … . Volgens de raad …": a definite institution noun
    ("de raad", "de commissie", "de bond") that opens an institution's name used before (in
    capitals) is that institution, not a person who spoke for it since."""
    ws = words_in(st, span[0], span[1])
    prev = words_in(st, max(0, span[0] - 12), span[0])[-1:]
    if len(ws) != 1 or not prev or st.words[prev[0]].low not in ("de", "het"):
        return None
    w = st.words[ws[0]]
    if not w.text[:1].islower() or w.low not in lx.INSTITUTION_NOUNS | lx.ORG_NOUNS | INSTITUTION_HEADS:
        return None
    cap = w.text[:1].upper() + w.text[1:]
    found = None
    for m in re.finditer(rf"(?<!\w){re.escape(cap)}(?!\w)", st.text[: span[0]]):
        if in_quote(st, m.start()) or opens_sentence(st, m.start()):
            continue
        named = [n for n in names_overlapping(st, m.start(), m.end()) if n[0] == m.start()]
        found = (m.start(), named[0][1] if named else m.end())
    return found
