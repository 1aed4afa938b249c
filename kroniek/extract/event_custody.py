"""Readings of justice news the lexicon alone gets wrong: when a prosecution verb tells a charge,
and when a negated return tells an absconding.

- "vervolgen" is to prosecute someone ("het OM gaat vier verdachten vervolgen", "worden vervolgd
  voor moord") but also to continue ("de bus vervolgde zijn route") or to go on saying ("...",
  vervolgt hij); "terechtstaan" tells the charge only under a modal or plan verb ("moeten
  terechtstaan"): "staan maandag terecht" is the trial. ``prosecution`` says which.
- A patient who "is niet teruggekeerd van zijn verlof" has absconded: the news reports an escape
  that happened, not a return that did not. ``absconded`` gives that reading's lemma ("niet
  terugkeren"), so that all the outlets' reports of it are one kind of happening
  (event_families.tsv) whatever their verb; so do "zich aan het toezicht onttrekken" and "is
  voortvluchtig" (the adjective is the mention).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .events import ParsedSentence

PROSECUTE = "prosecute"
ESCAPE = "escape"
TRIAL = "trial"
PROSECUTORS = frozenset({"om", "ministerie", "justitie", "officier", "aanklager", "parket"})
# Persecution, not prosecution: "vervolgd om zijn geloof", "wegens hun geaardheid", "politieke vervolging".
PERSECUTION_NOUNS = ("geloof", "religie", "godsdienst", "geaardheid", "afkomst", "overtuiging", "ras", "etniciteit",
                     "huidskleur", "seksualiteit", "identiteit")
PERSECUTION_ADJECTIVES = frozenset({"politiek", "religieus", "etnisch"})
# "het proces" is a trial only beside a court or a suspect ("het proces tegen de vier verdachten");
# "het vredesproces", "het productieproces" are no trial (compounds on it are not listed).
TRIAL_CONTEXT = frozenset({"hof", "tribunaal", "verdacht", "verdenken", "om", "justitie", "officier", "advocaat",
                           "aanklacht", "zitting", "vonnis", "rechtszaal"})
TRIAL_CONTEXT_HEADS = ("rechter", "rechtbank", "verdachte", "moord", "advocaat")
# What one continues rather than prosecutes: "zijn weg/route/reis vervolgen".
COURSE_NOUNS = ("weg", "route", "reis", "tocht", "koers", "pad", "verhaal", "betoog", "carrière", "loopbaan",
                "studie", "werk", "gesprek", "traject", "missie", "opmars", "vlucht", "rit", "toer", "vergadering",
                "zitting", "debat", "behandeling", "programma", "serie")
# A charge decided, not the trial held: "moeten terechtstaan", "gaan terechtstaan".
CHARGE_MODALS = frozenset({"moeten", "gaan", "zullen"})
RETURN_VERBS = frozenset({"terugkeren", "terugkomen"})
LEAVE = "verlof"  # also "proefverlof", "weekendverlof"
LEAVE_PREPS = frozenset({"van", "na", "uit"})
CUSTODY = ("toezicht", "bewaking", "begeleiding")
NEGATORS = frozenset({"niet", "nooit"})
COPULAS = frozenset({"zijn", "blijven", "raken"})
FUGITIVE = frozenset({"voortvluchtig"})


def prosecution(s: ParsedSentence, i: int, lemma: str, *, objects: list[int]) -> bool:
    """Whether a verb listed as "prosecute" tells a charge here (see the module's docstring)."""
    h = s.head(i)
    if lemma == "terechtstaan":
        return h is not None and s.tok(i).deprel == "vc" and s.tok(h).lemma.lower() in CHARGE_MODALS
    if lemma != "vervolgen":
        return True
    # Frog may take the object of a finite verb for a second subject ("Het OM vervolgt de agent niet").
    objects = objects + s.kids(i, "su")[1:]
    if s.tok(i).pos.startswith("WW(vd"):
        # "worden vervolgd voor moord", also where Frog cuts the participle from its subject ("dat vier
        # mannen vervolgd worden"); what is continued is no one ("de zitting wordt morgen vervolgd"),
        # and "Wordt vervolgd." alone is "to be continued".
        objects = objects + s.kids(i, "su") + ([] if h is None else s.kids(h, "su"))
        return not _course(s, objects) and any(s.tok(j).coarse_pos in ("N", "SPEC") for j in range(s.first, s.last))
    if _course(s, objects):
        return False  # "zijn route vervolgen"
    # An object, or the infinitive a plan or decision governs ("heeft besloten hen te vervolgen");
    # a finite verb without object goes on saying ("...", vervolgt hij).
    return bool(objects) or s.tok(i).pos.startswith("WW(inf")


def justice_type(s: ParsedSentence, i: int, lemma: str, listed: str | None, *, objects: list[int]) -> str | None:
    """The type of a verb in justice news: a prosecution only where ``prosecution`` says so and not
    for a persecution ("vervolgd om zijn geloof"); "terechtstaan" the trial ("staan maandag terecht",
    "moeten op 9 maart terechtstaan": the modal makes it future, not a charge); "voor de rechter
    verschijnen/komen" the trial. Any other verb keeps its listed type."""
    if lemma == "staan" and _stranded_terecht(s, i):
        return TRIAL
    if lemma in ("verschijnen", "komen") and _pp_on(s, i, frozenset({"voor"}), ("rechter", "rechtbank", "hof")) is not None:
        return TRIAL
    if listed != PROSECUTE:
        return listed
    if lemma == "terechtstaan":
        return TRIAL
    if not prosecution(s, i, lemma, objects=objects) or persecuted(s, i):
        return None
    return listed


def _stranded_terecht(s: ParsedSentence, i: int) -> bool:
    """"staan maandag terecht" where Frog cut "terecht" off the verb: "terecht" within four words
    after "staan", no other verb between."""
    for k in range(i + 1, min(i + 5, s.last)):
        if s.tok(k).lemma.lower() == "terecht":
            return True
        if s.tok(k).coarse_pos == "WW":
            return False
    return False


def persecuted(s: ParsedSentence, i: int) -> bool:
    """A persecution: "vervolgd om/wegens/vanwege zijn geloof/geaardheid", "politieke/religieuze vervolging"."""
    if any(s.tok(k).lemma.lower() in PERSECUTION_ADJECTIVES for k in s.kids(i, "mod")):
        return True
    return _pp_on(s, i, frozenset({"om", "wegens", "vanwege"}), PERSECUTION_NOUNS) is not None


def prosecutor(s: ParsedSentence, j: int) -> bool:
    """A phrase naming the prosecution service or a prosecutor ("het OM", "het Openbaar Ministerie",
    "justitie", "de officier van justitie", "de aanklager")."""
    return any(s.tok(k).lemma.lower() in PROSECUTORS or s.tok(k).lemma.lower().endswith("aanklager")
               for k in s.subtree(j))


def trial_noun(s: ParsedSentence, i: int, head: str) -> bool:
    """Whether a noun listed as a trial is one here: "proces" only beside court words in its sentence."""
    if head != "proces":
        return True
    lemmas = [s.tok(k).lemma.lower() for k in range(s.first, s.last) if k != i]
    return any(w in TRIAL_CONTEXT or w.endswith(TRIAL_CONTEXT_HEADS) for w in lemmas)


def _course(s: ParsedSentence, nouns: list[int]) -> bool:
    return any(s.tok(o).lemma.lower().endswith(COURSE_NOUNS) or s.tok(o).lemma.lower() == "zich" for o in nouns)


def absconded(s: ParsedSentence, i: int, lemma: str, *, negated: bool) -> str | None:
    """The lemma of an absconding told by its verb: a negated return from leave ("is niet
    teruggekeerd van zijn verlof": "niet terugkeren"; Frog may hang the leave and the negation on
    the subject: "dat een patiënt niet van zijn verlof is teruggekeerd") or a withdrawal from
    supervision ("heeft zich aan het toezicht onttrokken": "aan toezicht onttrekken"); None for
    any other verb."""
    if lemma in RETURN_VERBS:
        leave = _pp_on(s, i, LEAVE_PREPS, (LEAVE,))
        if leave is not None and (negated or _negated_phrase(s, leave)):
            return "niet " + lemma
    if lemma == "onttrekken" and (_pp_on(s, i, frozenset({"aan"}), CUSTODY) is not None or _custody_object(s, i)):
        return "aan toezicht onttrekken"
    return None


def fugitive(s: ParsedSentence, i: int, lemma: str) -> int | None:
    """The adjective "voortvluchtig" as the predicate of this copula ("is/blijft voortvluchtig")."""
    if lemma not in COPULAS:
        return None
    return next((c for c in s.kids(i, "predc") if s.tok(c).lemma.lower() in FUGITIVE), None)


def _negated_phrase(s: ParsedSentence, p: int) -> bool:
    """A negator in the phrase or on the word it hangs on ("een patiënt niet van zijn verlof")."""
    h = s.head(p)
    return any(s.tok(k).lemma.lower() in NEGATORS for k in s.kids(p) + ([] if h is None else s.kids(h)))


def _custody_object(s: ParsedSentence, i: int) -> bool:
    """Frog's other parse of "zich aan het toezicht onttrekken": the verb as the body of "aan",
    the custody noun as its object."""
    h = s.head(i)
    return (h is not None and s.tok(h).lemma.lower() == "aan"
            and any(s.tok(o).lemma.lower().endswith(CUSTODY) for o in s.kids(i, "obj1")))


def _pp_on(s: ParsedSentence, i: int, preps: frozenset[str], heads: tuple[str, ...]) -> int | None:
    """A phrase "prep + noun" whose noun is one of the heads or a compound on one ("van zijn
    proefverlof"), on the verb, on its auxiliary or on the subject of either (where Frog may hang
    it); its preposition."""
    verbs = [i]
    h = s.head(i)
    if h is not None and s.tok(i).deprel == "vc":
        verbs.append(h)
    for w in verbs + [su for v in verbs for su in s.kids(v, "su")]:
        for p in s.kids(w):
            if s.tok(p).lemma.lower() not in preps:
                continue
            if any(s.tok(o).lemma.lower().endswith(heads) for o in s.kids(p, "obj1")):
                return p
    return None
