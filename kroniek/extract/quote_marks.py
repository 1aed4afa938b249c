"""Quote marks and text layout for the quotation extractor: pairing marks, paragraphs.

Marks are paired per paragraph. An opening mark follows a space, a bracket or a dash and is
followed by a non-space; a closing mark follows a non-space and is followed by a space or
punctuation. Apostrophe words ('s, 't, zo'n, ’s avonds, '80) never open a quote; a ’ opens
one (’Lafaard’, riep hij: De Telegraaf's style) only when a ’ closes it in the same sentence. A quote left
open at the end of a paragraph continues when the next paragraph opens with a mark (the
newspaper convention for quotes over several paragraphs); one that opens a paragraph, follows
a colon or resumes a quote after its cue ('"…", zegt X, "…') and is never closed runs to the
paragraph end. A resumed part continues its first part's quote (same speaker). A closing mark
with no opener before it in its paragraph closes a quote that began at the paragraph start.
"""

from __future__ import annotations

import bisect
import re

# sentences belong to kroniek.sentences; both names stay importable from here
from ..sentences import document_sentences as document_sentences
from ..sentences import split_sentences as split_sentences
from . import quote_lexicon as lx

# opening mark -> closing marks it pairs with (ingest normalises ",," to „ and '' to ”)
PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("”", '"', "“", "''"),
    "“": ("”", '"'),
    '"': ('"', "”", "“"),
    ",,": ("''", "’’", "”", '"', "“"),
    "«": ("»",),
    "‹": ("›",),
    "‘": ("’", "'"),
    "'": ("'", "’"),
    "‚": ("‘", "’"),
    # De Telegraaf and others open with the same mark they close with: ’Lafaard’, riep hij
    "’": ("’", "'"),
}

OPENERS = sorted(PAIRS, key=len, reverse=True)

CLOSERS = sorted({c for cs in PAIRS.values() for c in cs}, key=len, reverse=True)

SINGLE = {"‘", "'", "‚", "’"}

DOUBLE_CLOSERS = ("”", '"', "''", "’’", "»", "“")

# The characters at which pair_marks has anything to decide: the first character of an opener, or
# a closing mark that may close a quote begun at the paragraph start. It skips every other one.
_MARK_START = re.compile("[" + re.escape("".join(sorted({o[0] for o in OPENERS} | set("’'\"”")))) + "]")

# Apostrophe words that start with a mark: 's, 't, 'n, 'k, '80.
APOSTROPHE_WORD = re.compile(r"(?:s|t|n|k|r|m|ns|tis)\b|\d\d\b", re.IGNORECASE)

OPEN_BEFORE = set(" \t\n\r([{—–-/:") | {"\u00a0"}

CLOSE_AFTER = set(" \t\n\r.,;:!?)]}—–-/…") | {"\u00a0"}

PARA = re.compile(r"\n[ \t\r\f\v]*\n\s*")

def paragraphs(text: str) -> list[tuple[int, int]]:
    """Split text into paragraph spans at blank lines."""
    out = []
    pos = 0
    for m in PARA.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def para_index(paras: list[tuple[int, int]], offset: int) -> int:
    """Index of the paragraph holding an offset (len(paras) when none does)."""
    i = bisect.bisect_right(paras, (offset, float("inf"))) - 1
    if 0 <= i < len(paras) and paras[i][0] <= offset < paras[i][1]:
        return i
    return len(paras)


def strip_end(text: str, start: int, end: int) -> int:
    """End offset of a clause without its final punctuation and closing marks."""
    e = end
    while e > start and (text[e - 1].isspace() or text[e - 1] in ".!?;:,\"”’'»…"):
        e -= 1
    return e


def skip_close(text: str, end: int) -> int:
    """Offset just after the closing mark at ``end``."""
    for c in CLOSERS:
        if text.startswith(c, end):
            return end + len(c)
    return end


def skip_open(text: str, start: int) -> int:
    """Offset of the opening mark that ends right at ``start``."""
    for o in OPENERS:
        if text.endswith(o, 0, start):
            return start - len(o)
    return start


def is_opener(text: str, i: int, o: str) -> bool:
    """Whether mark ``o`` at ``i`` opens a quote (context and apostrophe checks)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + len(o)] if i + len(o) < len(text) else " "
    if nxt.isspace():
        # ",, Trump is …", "„ We hebben …": a typed double comma or a low double mark (never a
        # closer) with a space still opens before a capital
        return o in (",,", "„") and nxt == " " and text[i + len(o) + 1 : i + len(o) + 2].isupper()
    if prev not in OPEN_BEFORE and not prev.isspace() and prev not in "„“‘«":
        return False
    if (
        o in SINGLE
        and APOSTROPHE_WORD.match(text, i + len(o))
        and not single_closes(text, i + len(o))
    ):
        return False
    if o == "’" and (APOSTROPHE_WORD.match(text, i + 1) or not single_closes(text, i + 1)):
        return False  # ’s avonds, ’t, ’80 and a ’ that nothing closes are apostrophes
    return not (o == ",," and prev.isdigit())


def single_closes(text: str, pos: int) -> bool:
    """Whether a single-quote opened before ``pos`` finds its closer within the sentence."""
    m = re.compile(r"[^\n]{0,400}?[\w.!?…][’'](?=[\s.,;:!?)]|$)").match(text, pos)
    return m is not None and "’s " not in m.group()[:3]


def is_closer(text: str, i: int, c: str) -> bool:
    """Whether mark ``c`` at ``i`` closes a quote."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + len(c)] if i + len(c) < len(text) else " "
    if prev.isspace():
        return c in ('"', "''") and nxt in CLOSE_AFTER | set("”’")  # tokenised text: 'word " ,'
    if nxt.isalnum():
        return False
    return nxt in CLOSE_AFTER or nxt in "”’\"'»›"


def pair_marks(
    text: str, ps: int, pe: int, pending: str | None
) -> tuple[list[tuple[int, int, bool]], str | None]:
    """Pair quote marks in one paragraph; return (start, end, continues) spans and an open mark."""
    out: list[tuple[int, int, bool]] = []
    i = ps
    # a paragraph that continues an open quote starts with an opening mark
    lead = text[ps:pe].lstrip()
    lead_at = pe - len(text[ps:pe].lstrip()) if lead else pe
    cont = pending is not None and any(lead.startswith(o) for o in OPENERS)
    last_close = -1  # end of the previous quote's closing mark
    last_single = False  # whether the previous quote opened with a single mark
    while i < pe:
        if not _MARK_START.match(text, i):
            found = _MARK_START.search(text, i, pe)
            if found is None:
                break
            i = found.start()
        opener = _opener_at(text, i, pe)
        if opener is None:
            # a closing mark with no opener before it: the quote began at the paragraph start
            if i > ps and text[i] in "’'" and not out and is_closer(text, i, text[i]):
                seg = text[ps:i]
                m = re.match(r"\s*,\s*(\w+)", text[i + 1 : i + 40])
                if (
                    m
                    and not any(o in seg for o in ("‘", "'", "„", "“", '"'))
                    and (m.group(1).lower() in lx.QUOTE_CUE_FORMS or m.group(1).lower() == "aldus")
                ):
                    s = ps + (len(seg) - len(seg.lstrip()))
                    out.append((s, rstrip_at(text, s, i), False))
            if i > ps and text[i] in '"”' and not out and is_closer(text, i, text[i]):
                seg = text[ps:i]
                if not any(o in seg for o in ("„", "“", '"', ",,")) and (
                    re.match(r"\s*,\s*\w", text[i + 1 : i + 40]) or text[i - 1] in ".!?…"
                ):
                    s = ps + (len(seg) - len(seg.lstrip()))
                    out.append((s, rstrip_at(text, s, i), False))
            i += 1
            continue
        s = i + len(opener)
        while s < pe and text[s] == " ":
            s += 1  # ",, Trump": the quote starts at its first word
        close = find_closer(text, s, pe, opener)
        # '"…", zegt X, "…': the second part continues the first one's quote
        # (in the same kind of marks: "als ‘kinderen’ vond spelen, was hij kort: „Ja.”" is a
        # quoted word, then a new quote)
        resumed = (
            last_close >= 0 and last_single == (opener in SINGLE) and interrupted(text, last_close, i)
        )
        is_cont = (cont and i == lead_at) or resumed
        if close is None:
            # unclosed: runs to the paragraph end when it opens the paragraph, follows a colon
            # or resumes a quote interrupted by its cue
            before = text[ps:i].rstrip()
            # also when it opens a sentence and no other quote opens after it in the
            # paragraph: '…”, zegt hij. “Daarom … nu pas.' (its close left out, or in the next
            # paragraph that opens with a mark)
            last_open = (
                before.endswith((".", "!", "?", "…"))
                and opener not in SINGLE
                and not _opens_between(text, s, pe)
                and not _cue_inside(text, s, pe)
            )
            if i == lead_at or before.endswith(":") or resumed or last_open:
                out.append((s, rstrip_at(text, s, pe), is_cont))
                return out, opener if opener not in SINGLE else None
            i += len(opener)
            continue
        out.append((s, rstrip_at(text, s, close), is_cont))
        i = close + 1
        while i < pe and text[i - 1 : i + 1] in ("''", "’’"):
            i += 1
        last_close = i
        last_single = opener in SINGLE
    return out, None


def _opener_at(text: str, i: int, pe: int) -> str | None:
    """The opening mark at ``i``, if one opens a quote there."""
    for o in OPENERS:
        if text.startswith(o, i) and is_opener(text, i, o):
            return o
    # a glued "”" pairs like the curly opener it stands for (both one character)
    return "“" if glued_opener(text, i, pe) else None


def glued_opener(text: str, i: int, pe: int) -> bool:
    """ "…in strijd met de wet.”Hij moet weg.”": a closing double mark glued between a sentence's
    end and a capital, closed again by the same mark later in the paragraph, opens the next
    sentence's quote (a typo for a space and an opening mark); nothing opened before it in the
    sentence it ends."""
    if text[i] != "”" or i < 1 or text[i - 1] not in ".!?" or not text[i + 1 : i + 2].isupper():
        return False
    sent_start = max(text.rfind(". ", 0, i - 1), text.rfind("\n", 0, i - 1), 0)
    if _opens_between(text, sent_start, i):
        return False
    later = text.find("”", i + 1, pe)
    return later != -1 and is_closer(text, later, "”")


def _opens_between(text: str, s: int, e: int) -> bool:
    """Whether a double quote mark opens somewhere in text[s:e]."""
    return any(
        text.startswith(o, j) and is_opener(text, j, o)
        for j in range(s, e)
        for o in OPENERS
        if o not in SINGLE
    )


def _cue_inside(text: str, s: int, e: int) -> bool:
    """ "“We willen schone lucht , zegt X. Volgens …": a cue after a comma inside the run
    means the closing mark was left out there, not at the paragraph end."""
    for m in re.finditer(r",\s*(?:zo\s+)?(\w+)", text[s:e]):
        if m.group(1).lower() in lx.QUOTE_CUE_FORMS or m.group(1).lower() == "aldus":
            return True
    return False


def interrupted(text: str, close_end: int, open_at: int) -> bool:
    """Whether the text between two quotes is only their cue: '", zegt X, "' / '”, aldus X: “'."""
    gap = text[close_end:open_at]
    if len(gap) > 100 or any(ch in gap for ch in ".!?\n"):
        return False
    m = re.fullmatch(r"\s*,?\s*(.+?)\s*[,:]\s*", gap)
    if m is None:
        return False
    words = [w.lower() for w in re.findall(r"\w+", m.group(1))]
    if words and words[0] == "zo":
        words = words[1:]
    # the cue opens the frame ("zegt X") or follows a short subject ("X zegt")
    return any(w in lx.QUOTE_CUE_FORMS or w == "aldus" for w in words[:4])


def find_closer(text: str, s: int, pe: int, opener: str) -> int | None:
    """Offset of the mark closing ``opener`` within the paragraph, skipping nested single quotes."""
    closers = sorted(PAIRS[opener], key=len, reverse=True)
    j = s
    depth = 0
    while j < pe:
        # a nested single quote inside a double one is skipped as a unit
        if opener not in SINGLE and text[j] in "‘" and is_opener(text, j, "‘"):
            depth += 1
        elif depth and text[j] == "’" and is_closer(text, j, "’"):
            depth -= 1
            j += 1
            continue
        for c in closers:
            if text.startswith(c, j) and j > s and is_closer(text, j, c):
                if (
                    c in ("'", "’")
                    and j + 1 < len(text)
                    and text[j - 1] == "s"
                    and text[j + 1] == " "
                ):
                    # possessive "Maas' …" is only a closer if no better one follows
                    # before a new quote opens ("Mark ‘tot in mijn vezels’ Rutte … de
                    # ‘grotere’ bedrijven": the later closer is the next quote's)
                    later = text.find(c, j + 1, pe)
                    if later != -1 and is_closer(text, later, c) and not _single_opens(text, j + 1, later):
                        break
                return j
        j += 1
    # "„… Een slimmigheidje’, zo noemde X …": a slip of the keyboard
    return stray_single_closer(text, s, pe) if opener not in SINGLE else None


def _single_opens(text: str, s: int, e: int) -> bool:
    """Whether a single quote mark (‘ or ') opens somewhere in text[s:e]."""
    return any(text[j] in "‘'" and is_opener(text, j, text[j]) for j in range(s, e))


_CUE_AFTER = re.compile(r"\s*,\s*(?:zo\s+)?(\w+)")


def stray_single_closer(text: str, s: int, pe: int) -> int | None:
    """ "„Misschien … Een slimmigheidje’, zo noemde X …": a double quote closed by a single
    mark, a slip of the keyboard; only where a cue follows the mark ('’, zegt X', '’, aldus X'),
    so an apostrophe (’m, zo’n, Maas’) is never taken for it."""
    for j in range(s + 1, pe):
        if text[j] not in "’'" or not is_closer(text, j, text[j]):
            continue
        m = _CUE_AFTER.match(text, j + 1)
        if m and (m.group(1).lower() in lx.QUOTE_CUE_FORMS or m.group(1).lower() == "aldus"):
            return j
    return None


def rstrip_at(text: str, s: int, e: int) -> int:
    """End offset with trailing whitespace removed."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def is_mark_word(word: str) -> bool:
    """Whether a word token is (or holds) a quote mark."""
    return any(ch in word for ch in '"„“”«»') or word in (",,", "''", "’’", "‘", "’")
