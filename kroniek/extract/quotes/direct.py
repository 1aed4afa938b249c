"""Direct quotes: quote-mark pairs as candidates, and the quoted phrases that are no speech
(headings, titles, terms, short fragments).
"""

from __future__ import annotations

import re

from ... import sentences as sn
from .. import quote_lexicon as lx
from .. import quote_marks as qm
from .context import Cand, Context, Word
from .wordclass import NOT_NOUN_AFTER


def is_fragment(quoted: str, before: str = "") -> bool:
    """A quoted phrase rather than a quoted sentence: no end punctuation, and lower-case, short,
    or opened inside a clause, right after a lower-case word (``before``: the text before the
    opening mark; "een kraam met een bord „Verse Soep van de Dag”")."""
    words = quoted.split()
    if sn.ends_in_mark(quoted) or len(words) >= 8:
        return False
    if not (quoted[:1].isupper() and len(words) >= 3):
        return True
    return _inside_clause(before)


def _inside_clause(before: str) -> bool:
    """The opening mark follows a lower-case word of the same line and clause."""
    tail = sn.clause_tail(before, lines=True).rstrip(" ")
    last = re.findall(r"[^\W\d_]+$", tail)
    return bool(last) and last[0].islower()


def is_title(text: str, words: list[Word], c: Cand) -> bool:
    """A quoted name or title: after a title noun ("de film 'Zwartboek'"), glued to a compound
    ("het “GM Total Confidence” -programma"), or a short phrase of capitalised words only."""
    quoted = text[c.start : c.end]
    if len(quoted.split()) >= 8:
        return False
    if re.match(r"[”\"’'»]?\s?-\w", text[c.end : c.end + 4]):
        return True
    ws = quoted.split()
    # two capitalised words ("„Nieuw GM”"); a longer capitalised phrase inside a clause may be
    # words said ("geluidloos „I Love You” zei")
    if c.fragment and len(ws) == 2 and all(w[:1].isupper() for w in ws):
        return True
    before = text[max(0, c.start - 40) : c.start].lower()
    before = sn.clause_tail(before)  # "… in een café. „Ik weet …": a new sentence
    toks = re.findall(r"[\w-]+", before)[-2:]
    # "de tv-serie ‘Voor de rechter’": a compound ending in a title noun counts too
    return any(t in lx.TITLE_NOUNS or t.rsplit("-", 1)[-1] in lx.TITLE_NOUNS for t in toks)


def term(text: str, c: Cand) -> bool:
    """A quoted word used as a term or a scare quote, not speech: inside a noun phrase ("haar
    ‘onfatsoenlijke’ manier"), a single word after an article ("de ‘vergismoord’") or a
    capitalised phrase after "de"/"het" ("de ‘Schaal met de Blauwe Rand’")."""
    quoted = text[c.start : c.end].split()
    if _named_as(text, c):
        return False
    prev = re.findall(r"\w+", text[max(0, c.start - 20) : c.start])[-1:]
    definite = bool(prev) and prev[0].lower() in ("de", "het")
    unended = not sn.ends_in_mark(text[c.start : c.end])
    if definite and unended and quoted and quoted[0][:1].isupper() and len(quoted) < 8:
        return True  # "won de ‘Schaal met de Blauwe Rand’": a name, not speech
    if not c.fragment:
        return False
    if nickname(text, c):
        return True
    if len(quoted) == 1 and quoted[0][:1].isupper() and prev and prev[0].lower() in _TO:
        return True  # "zijn pas ging naar ‘Silver’": a name after a preposition, not speech
    after = re.match(r"[”\"’'»]?\s?([a-zà-ÿ]\w*)", text[c.end : c.end + 30])
    det = bool(prev) and prev[0].lower() in lx.DETERMINERS
    if definite and len(quoted) == 1:
        return True  # "de ‘vergismoord’"
    return det and after is not None and after.group(1) not in NOT_NOUN_AFTER


# forms of "noemen": "noemt zij het ‘X’" names a word somebody uses, "het" is its object
_NAMING = frozenset(["noemt", "noemde", "noemden", "noemen", "noem"])

# Verbs that qualify somebody or something "als" a quoted phrase, whose subject uses the words
# ("roemt hem als „…”", "heeft de verwijten afgedaan als „…”"): finite forms of the inseparable
# ones, participles of all (a separable verb's finite stem stands apart from its particle).
QUALIFYING_FORMS = frozenset(
    [
        "roemt", "roemde", "roemden", "geroemd",
        "prijst", "prees", "prezen", "geprezen",
        "bestempelt", "bestempelde", "bestempelden", "bestempeld",
        "typeert", "typeerde", "typeerden", "getypeerd",
        "omschrijft", "omschreef", "omschreven",
        "kwalificeert", "kwalificeerde", "kwalificeerden", "gekwalificeerd",
        "betitelt", "betitelde", "betitelden", "betiteld",
        "afgedaan", "weggezet", "afgeschilderd",
    ]
)


def _named_as(text: str, c: Cand) -> bool:
    """ "Zelf noemt zij het ‘draaibal’": "het" before the quoted word is the object of a
    naming verb a word or two before it, not the article of a term."""
    prev = re.findall(r"\w+", text[max(0, c.start - 40) : c.start].lower())[-3:]
    return len(prev) >= 2 and prev[-1] == "het" and any(w in _NAMING for w in prev[:-1])


_TO = frozenset(["naar", "tot", "van", "met", "op", "in", "voor", "bij", "uit"])
# a word, then a capitalised word at the end of the clause (so not one opening it)
_NAME_BEFORE = re.compile(r"\w.*?\b[A-ZÀ-Þ][\w-]+$")
_LAST_MARK = re.compile(r"\s+\S$")
_NAME_AFTER = re.compile(r"\S\s+(?:van\s+|de\s+|der\s+)*[A-ZÀ-Þ]")


def nickname(text: str, c: Cand) -> bool:
    """A short quoted phrase between a capitalised name and a capitalised word is part of a
    name ("Alfonso ‘AJ’ Lincon", "Johan ‘de Witte’ Cruijff"), not speech."""
    if len(text[c.start : c.end].split()) > 3:
        return False
    before = text[max(0, c.start - 60) : c.start]
    mark = _LAST_MARK.search(before)  # the space and the opening quote mark
    head = sn.clause_tail(before[: mark.start()], lines=True) if mark else ""
    return bool(_NAME_BEFORE.search(head)) and bool(_NAME_AFTER.match(text, c.end))


def heading(st: Context, c: Cand) -> bool:
    """A quoted phrase standing alone as a paragraph is a heading, not speech."""
    pi = qm.para_index(st.paras, c.start)
    ps, pe = st.paras[pi] if st.paras else (0, len(st.text))
    rest = st.text[ps : c.start] + st.text[c.end : pe]
    quoted = st.text[c.start : c.end].rstrip()
    return (
        not any(ch.isalnum() for ch in rest)
        and not quoted.endswith((".", "!", "?", "…"))
        and len(quoted.split()) < 8
    )


def find_direct(st: Context) -> list[Cand]:
    out: list[Cand] = []
    chain = 0
    pending: str | None = None  # opener of a quote left open at the end of a paragraph
    for ps, pe in st.paras:
        found, left_open = qm.pair_marks(st.text, ps, pe, pending)
        lead = pe - len(st.text[ps:pe].lstrip())
        for s, e, cont in found:
            if not cont:
                chain += 1
            c = Cand(s, e, True, chain=chain)
            # a quote resumed after its cue inside the paragraph ('"…", zegt X, "…"')
            c.resumed = cont and qm.skip_open(st.text, s) > lead
            out.append(c)
        pending = left_open
    return [c for c in out if c.end > c.start and st.text[c.start : c.end].strip()]
