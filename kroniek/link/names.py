"""Names as strings: normalisation, Dutch person-name parsing, acronyms and their long forms.

Everything here works on the surface string alone (plus the document text for acronym
definitions); deciding which names refer to the same thing is kroniek.link.entities' job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Dutch and English articles a mention may start with ("de KNVB", "het Witte Huis", "the Fed").
ARTICLES = frozenset({"de", "het", "een", "'t", "the", "a", "an"})

# Surname particles (tussenvoegsels); they belong to the surname but are not its key.
PARTICLES = frozenset(
    {
        "van",
        "der",
        "den",
        "de",
        "het",
        "ter",
        "ten",
        "te",
        "op",
        "in",
        "t",
        "'t",
        "von",
        "zu",
        "du",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "ben",
        "d'",
    }
)

_PUNCT_RE = re.compile(r"[^\w\s-]", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")
_INITIALS_RE = re.compile(r"^(?:[A-Z][a-z]{0,2}\.)+$")  # "A.", "A.Th.B.", "Chr."
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$|^(?:[A-Z]\.){2,}$")
# Dutch party and body acronyms keep their particles in lower case: "PvdA", "FvD", "CvdM".
_MIXED_ACRONYM_RE = re.compile(r"^[A-Z](?:[a-z]{1,2}[A-Z])+$")


def strip_accents(s: str) -> str:
    """Remove diacritics: "Australië" -> "Australie"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def normalize(s: str) -> str:
    """Key for comparing names: casefolded, no accents, no punctuation, single spaces."""
    s = strip_accents(s).casefold()
    s = s.replace("’", "'").replace("‘", "'")
    s = _PUNCT_RE.sub(" ", s)
    s = s.replace("-", " ")
    return _SPACE_RE.sub(" ", s).strip()


def strip_articles(s: str) -> str:
    """Drop leading articles: "de Filipijnen" -> "Filipijnen"."""
    words = s.split()
    while len(words) > 1 and words[0].casefold() in ARTICLES:
        words = words[1:]
    return " ".join(words)


_SPACED_INITIALS_RE = re.compile(r"^(?:[A-Z]\.\s){1,5}[A-Z]\.$")


def is_acronym(s: str) -> bool:
    """True for all-capital short forms: "OVSE", "KNMI", "KLM-CEO", "V.N.", "V. S." (initials the
    tokenizer spaced), and "PvdA", "FvD"."""
    s = s.strip()
    if _SPACED_INITIALS_RE.match(s):
        return True
    if "-" in s:
        return all(_ACRONYM_RE.match(p) for p in s.split("-") if p)
    return bool(_ACRONYM_RE.match(s) or (len(s) <= 6 and _MIXED_ACRONYM_RE.match(s)))


def acronym_letters(s: str) -> str:
    """The letters of an acronym, uppercased: "V.N." -> "VN"."""
    return "".join(c for c in s.upper() if c.isalnum())


def acronym_key(s: str) -> str:
    """The letters of an acronym as names are matched by: an ampersand between letters ("S&P",
    "P&O") marks them, so they are spelled only by a name that joins its words the same way
    ("Standard & Poor's", "Procter en Gamble"), never by two plain words ("Sterke Pijlers")."""
    letters = acronym_letters(s)
    return letters + "&" if re.search(r"\w\s?&\s?\w", s) else letters


def consonant_skeleton(s: str) -> str:
    """A transliteration-tolerant key: the consonants of the normalised string, doubles collapsed.

    Vowels are where transliterations of Arabic, Persian and Russian names differ most
    (Rohani/Rouhani, Chamenei/Khamenei keep their consonant frame), so two surnames with the
    same skeleton are candidates for one person, to be confirmed by context.
    """
    s = normalize(s).replace(" ", "")
    # Spelling pairs that stand for one sound across transliterations.
    for a, b in (
        ("kh", "k"),
        ("ch", "k"),
        ("q", "k"),
        ("c", "k"),
        ("ph", "f"),
        ("dj", "j"),
        ("dzj", "j"),
        ("tsj", "tj"),
        ("sj", "s"),
        ("sh", "s"),
        ("ou", "u"),
        ("oe", "u"),
        ("y", "i"),
        ("w", "v"),
        ("z", "s"),
        ("h", ""),
    ):
        s = s.replace(a, b)
    out: list[str] = []
    for ch in s:
        if ch in "aeiou":
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person name split into its parts (all keys normalised)."""

    given: tuple[str, ...]  # written-out first names, normalised: ("ank",)
    initials: str  # first letters of all given names and initials: "ATB"
    surname: str  # the full surname as written, particles included: "Jansen-Bakker"
    surname_parts: tuple[
        str, ...
    ]  # normalised surname keys without particles: ("jansen", "bakker")

    @property
    def has_given(self) -> bool:
        return bool(self.given or self.initials)

    def given_compatible(self, other: PersonName) -> bool:
        """True unless the two names carry first names or initials that cannot be the same person."""
        if not self.has_given or not other.has_given:
            return True
        if self.given and other.given:
            # "Ank" vs "Ank": same; "Ank" vs "Anke" might be a nickname, accept a prefix.
            a, b = self.given[0], other.given[0]
            return a == b or a.startswith(b) or b.startswith(a) or _spelling_variant(a, b)
        # One side has only initials: the first initial must agree.
        return self.initials[:1] == other.initials[:1]

    def surname_matches(self, other: PersonName) -> bool:
        """True when the surnames are equal or one is part of the other's double name."""
        return bool(set(self.surname_parts) & set(other.surname_parts)) and (
            self.surname_parts[0] == other.surname_parts[0]
            or len(self.surname_parts) > 1
            or len(other.surname_parts) > 1
        )


def _spelling_variant(a: str, b: str) -> bool:
    """One letter apart in a first name of five letters or more ("Wobke" / "Wopke"): a typo."""
    if min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b) <= 1


def parse_person(name: str) -> PersonName | None:
    """Split a Dutch or foreign person name into first names, initials and surname.

    "Els Jansen" -> given ("els",), surname "Jansen"; "E.M.J. Jansen-Bakker" ->
    initials "EMJ", surname parts ("jansen", "bakker"); "Frans van der Meer" -> surname
    "van der Meer", key ("meer",). Returns None when nothing name-like is left.
    """
    words = [w for w in strip_articles(name.strip()).replace("\u00a0", " ").split() if w]
    words = [w.strip(",;:") for w in words if w.strip(",;:")]
    if not words:
        return None
    given: list[str] = []
    initials = ""
    i = 0
    # Leading initials and first names: every capitalised word before the last one that is not a particle.
    while i < len(words) - 1:
        w = words[i]
        if _INITIALS_RE.match(w):
            initials += "".join(p[0] for p in w.split(".") if p)
            i += 1
        elif w[:1].isupper() and w.casefold() not in PARTICLES and not _starts_surname(words, i):
            given.append(normalize(w))
            initials += w[0].upper()
            i += 1
        else:
            break
    surname_words = words[i:]
    if not surname_words:
        return None
    surname = " ".join(surname_words)
    keys = [normalize(w) for w in surname_words if w.casefold() not in PARTICLES]
    parts: list[str] = []
    for k in keys:
        parts.extend(p for p in k.split(" ") if p)
    if not parts:
        parts = [normalize(surname_words[-1])]
    return PersonName(tuple(given), initials, surname, tuple(parts))


def _starts_surname(words: list[str], i: int) -> bool:
    # "Abdel Mahdi" style multi-word surnames are not distinguishable by form; treat everything
    # up to the last capitalised word as given names except a particle run ("van der Meer").
    return words[i].casefold() in PARTICLES


# --- acronyms -----------------------------------------------------------------------------------

_DEF_RE = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,14})\s*\)")
_WORD_RE = re.compile(r"[\w'’&.\-]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class AcronymDefinition:
    """An acronym defined in a text: "Organisatie voor Veiligheid en Samenwerking in Europa (OVSE)"."""

    short: str
    long: str
    long_start: int
    long_end: int
    short_start: int
    short_end: int


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Find "Long Form (ACR)" definitions in a text (Schwartz & Hearst 2003, adapted).

    The acronym's letters must be found, right to left, in the words just before the brackets,
    its first letter at the start of a word; the long form is cut where that first letter is.
    """
    out: list[AcronymDefinition] = []
    for m in _DEF_RE.finditer(text):
        short = m.group(1).strip()
        letters = acronym_letters(short)
        if not 2 <= len(letters) <= 10 or sum(c.isupper() for c in short) < 2:
            continue
        # Words before the bracket on the same line or the one before (hard-wrapped letters).
        left_start = max(0, m.start() - 200)
        left = text[left_start : m.start()]
        words = list(_WORD_RE.finditer(left))
        max_words = min(len(letters) + 5, len(letters) * 2)
        words = words[-max_words:]
        best = _match_long_form(letters, [w.group(0) for w in words])
        if best is None:
            continue
        first = words[best]
        long_start = left_start + first.start()
        long_end = left_start + words[-1].end()
        long = text[long_start:long_end]
        if "\n\n" in long:
            continue
        out.append(
            AcronymDefinition(
                short,
                _SPACE_RE.sub(" ", long),
                long_start,
                long_end,
                m.start(1),
                m.start(1) + len(m.group(1).strip()),
            )
        )
    return out


def _match_long_form(letters: str, words: list[str]) -> int | None:
    """Index of the first word of the long form that spells `letters`, or None."""
    if not words:
        return None
    text = " ".join(words).casefold()
    # word start positions in `text`
    starts = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    li = len(letters) - 1
    ti = len(text) - 1
    low = letters.casefold()
    while li >= 0:
        c = low[li]
        while ti >= 0 and (text[ti] != c or (li == 0 and ti > 0 and text[ti - 1].isalnum())):
            ti -= 1
        if ti < 0:
            return None
        li -= 1
        ti -= 1
    first_char = ti + 1
    # The long form starts at the word holding the first letter; it must start a word.
    for k in range(len(starts) - 1, -1, -1):
        if starts[k] <= first_char:
            if starts[k] != first_char and text[first_char - 1] not in " -":
                return None
            # A name's long form starts with a capital ("Wereldgezondheidsorganisatie", not "de organisatie").
            if not words[k][:1].isupper():
                return None
            return k
    return None


@cache
def curated_acronyms() -> dict[str, str]:
    """Acronyms news writes without spelling out (EU, VN, ...): normalised short -> long form."""
    out: dict[str, str] = {}
    for short, long, *_ in data_rows("acronyms.tsv"):
        out[acronym_key(short)] = long.strip()
    return out


def data_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated list in kroniek/data (comment lines start with "#")."""
    text = resources.files("kroniek").joinpath("data", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def initials_of(long: str) -> str:
    """First letters of the content words of a long form: "Europese Centrale Bank" -> "ECB"."""
    letters = []
    for w in re.split(r"[\s\-]+", long):
        if (
            not w
            or w.casefold() in PARTICLES
            or w.casefold() in {"en", "of", "and", "voor", "for", "the"}
        ):
            continue
        letters.append(w[0].upper())
    return "".join(letters)


def initials_all(long: str) -> str:
    """First letters of every word, particles and "voor" included: "Partij van de Arbeid" -> "PVDA".

    Dutch acronyms often keep the particles ("PvdA", "FvD" for "Forum voor Democratie").
    """
    return "".join(w[0].upper() for w in re.split(r"[\s\-]+", long) if w and w[0].isalpha())


def initials_spelled(long: str) -> str:
    """Content-word initials with an acronym inside the name spelled in full: "US Air Force" ->
    "USAF", "KLM Royal Dutch Airlines" -> "KLMRDA"."""
    letters = []
    for w in re.split(r"[\s\-]+", long):
        if not w or w.casefold() in PARTICLES or w.casefold() in {"en", "of", "and", "voor", "for", "the"}:
            continue
        letters.append(acronym_letters(w) if is_acronym(w) else w[0].upper())
    return "".join(letters)


def initials_variants(long: str) -> set[str]:
    """The acronyms a multi-word name may be written as: content-word initials, all initials, and
    the initials with an acronym inside the name spelled in full."""
    out = {initials_of(long), initials_all(long), initials_spelled(long)}
    words = re.split(r"[\s\-]+", long)
    if any(w.casefold() in {"&", "en", "and"} for w in words[1:-1]):
        out.add(acronym_letters(initials_of(long)) + "&")  # "Standard & Poor's" is "S&P"
    return out
