"""When a verb outside the event lexicon reports a happening, read from its tense and clause.

``kroniek.extract.events`` keeps an unlisted verb as a happening of type ``other`` when it tells
the past (a preterite or a participle). These rules, read from Frog's parse, refine that:

- an aspect or control verb with a te-infinitive ("verzuimde te profiteren", "wist te
  ontkomen") is no happening of its own: the infinitive is;
- a participle of a present passive without a date ("wordt verdacht van", "worden gezien als")
  tells what is so now, not what happened; a dated one ("wordt vrijdag geopend") stays;
- a participle under a verb of position ("stond geparkeerd", "lagen opgeslagen") is a state, and
  so is one under "zijn" with a dat-clause of its own ("zijn verontwaardigd dat");
- a present-tense verb dated by a day or date in its own clause ("de koning opent vrijdag het
  paviljoen", "die maandag optreedt") tells a scheduled happening, the way news announces one;
  an undated present ("werkt graag in de tuin") or a recurring time ("elke maandag") does not;
- a verb Frog tags as an infinitive right under "hebben" or "zijn" is a participle that looks like
  one ("die ze als schenking hebben ontvangen", "is ontstaan"): a Dutch perfect takes no bare
  infinitive but a modal's ("heeft moeten gaan"), and modals are no happenings anyway;
- a present-tense form right after a finite "hebben" with nothing to govern ("heeft bepaalt") is
  a participle misspelt with "-t";
- a participle that modifies a noun ("de enige overgebleven boot") is a property of it, whatever
  Frog's tag (it tags some "vrij" where they stand before the noun);
- an infinitive of an "om ... te" purpose clause ("om Zuid-Europa te steunen") is an aim, listed
  or not;
- an infinitive under a past-tense "moeten" or "kunnen" ("moest het concert afzeggen", "moesten
  het onderspit delven", "kon via een raam ontkomen", "kon niets anders dan lachen") tells what
  had to or could be done then, and news tells it because it was; a present modal ("moet
  sluiten") or a wish ("wilde verhuizen") does not.

And one for factuality: a happening told in the present and dated after the day of its report
("het album verschijnt vrijdag", "de staking van dinsdag gaat door", "wordt in 2020 geopend") is
scheduled, not done: Dutch tells a planned future in the present, so it is told as future (see
``scheduled_ahead``). A perfect ("heeft ... gespeeld") or past tense is left alone, and so is a
historical present in a past narrative (the sentences around it told in the past tense).

And one for nouns: a capitalised event noun opening a sentence is a name when the document
names someone or something with that word elsewhere ("Matthijs Storm ... Storm is").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Document, Token
    from .events import ParsedSentence

# Modals whose past tense reports that their infinitive happened ("moest afzeggen", "kon ontkomen").
PAST_MODALS = frozenset({"moeten", "kunnen"})
# Modals (and "zullen") over a passive "worden": what can, must, may or will be done.
MODALS = frozenset({"kunnen", "moeten", "mogen", "zullen", "hoeven"})
# Unstressed verb prefixes: only these verbs have a participle without "ge-" that can equal the
# infinitive ("ontvangen", "ontstaan", "vergeten", "bevallen", "ondergaan").
INSEPARABLE = ("be", "ge", "her", "ont", "ver", "er", "onder", "over", "mis", "voor", "door", "achter")
# Verbs of position whose participle complement names a state, not a happening.
POSITION_VERBS = frozenset({"staan", "liggen", "zitten", "hangen"})
# A forecast is dated and in the present too ("woensdag valt er neerslag", "de wind waait
# zaterdag uit het westen"): weather verbs, and verbs whose subject or object is weather.
WEATHER_VERBS = frozenset({"waaien", "regenen", "sneeuwen", "hagelen", "vriezen", "dooien", "onweren",
                           "motregenen", "miezeren", "stormen"})
WEATHER_NOUNS = frozenset({"neerslag", "regen", "wind", "sneeuw", "zon", "hagel", "bui", "onweer", "mist",
                           "vorst", "temperatuur", "kwik", "wolk", "bewolking", "zonneschijn", "ijzel", "hitte",
                           "windkracht", "windstoot", "motregen", "gladheid", "dooi", "weer"})
# A bare weekday, the one time expression whose day the tense decides ("dinsdag", "vrijdagavond").
WEEKDAY = re.compile(r"(?i)(?:op\s+)?(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond|nacht)?")


def te_complement(s: ParsedSentence, i: int) -> bool:
    """The verb governs a te-infinitive in its clause that is not a purpose clause ("om te"):
    "verzuimde de genadeklap uit te delen", "wist te ontkomen"."""
    for c in s.kids(i, "vc"):
        if s.tok(c).lemma.lower() == "te" and s.tok(c).coarse_pos == "VZ":
            return True
    for j in range(i + 1, s.last - 1):
        t = s.tok(j)
        if t.coarse_pos in ("LET", "VG") or t.pos.startswith("WW(pv") or t.lemma.lower() == "om":
            return False
        if t.lemma.lower() == "te" and s.tok(j + 1).pos.startswith("WW(inf"):
            return True
    return False


def purpose_infinitive(s: ParsedSentence, i: int) -> bool:
    """An infinitive of an "om ... te" clause tells an aim, not a happening: "geld wordt bijgedrukt
    om Zuid-Europa te steunen", "reisden af om hun bod te presenteren". Read by position, since
    Frog hangs "te" on "om" or on a noun between them: "te" right before the infinitive and "om"
    before it with no verb, comma or conjunction between. An "om" clause of a noun is the noun's
    content, not an aim ("Mays besluit om af te treden", "het plan om te verhuizen"): one right
    after a noun or hung on one is left alone."""
    if not s.tok(i).pos.startswith("WW(inf") or i - 1 <= s.first or s.tok(i - 1).lemma.lower() != "te":
        return False
    for j in range(i - 2, s.first - 1, -1):
        t = s.tok(j)
        if t.lemma.lower() == "om" and t.coarse_pos in ("VZ", "VG"):
            h = s.head(j)
            of_noun = j > s.first and s.tok(j - 1).coarse_pos == "N" or h is not None and s.tok(h).coarse_pos == "N"
            return not of_noun
        if t.coarse_pos in ("WW", "VG") or t.coarse_pos == "LET" and s.word(j) != "-":
            return False
    return False


def past_modal_infinitive(s: ParsedSentence, i: int) -> bool:
    """An infinitive that is the verbal complement of a preterite of ``PAST_MODALS``: "moest
    afzeggen", "moesten het onderspit delven" (not "moet sluiten", "wilde verhuizen")."""
    tok = s.tok(i)
    h = s.head(i)
    if tok.pos.startswith("WW(inf") and tok.deprel == "body" and h is not None:
        h = _nothing_but_modal(s, h)  # "kon niets anders dan toekijken": under "dan" of "niets anders"
    elif not tok.pos.startswith("WW(inf") or tok.deprel != "vc":
        return False
    if h is None:
        return False
    modal = s.tok(h)
    return modal.lemma.lower() in PAST_MODALS and modal.pos.startswith("WW(pv,verl")


def managed_infinitive(s: ParsedSentence, i: int) -> bool:
    """A te-infinitive under a preterite of "weten" (managed to): it happened ("wist te ontkomen",
    "wisten de agenten, die overal zochten, te ontlopen", "wist uit de auto te klimmen en de brandweer
    te bellen"). Read by position, since Frog hangs "te" on a noun before it: the nearest finite
    verb before it, crossing coordinated infinitives and a clause between commas, is "wist"."""
    if not s.tok(i).pos.startswith("WW(inf") or i - 1 <= s.first or s.tok(i - 1).lemma.lower() != "te":
        return False
    j = i - 2
    while j >= s.first:
        t = s.tok(j)
        if t.lemma.lower() == "om" or t.pos.startswith("VG(onder"):
            return False
        if t.coarse_pos == "LET" and s.word(j) == ",":
            k = _comma_before(s, j)  # an inserted clause: "de agenten, die overal zochten, te ontlopen"
            if k is None:
                return False
            j = k
        elif t.pos.startswith("WW(pv"):
            return t.lemma.lower() == "weten" and t.pos.startswith("WW(pv,verl")
        j -= 1
    return False


def _comma_before(s: ParsedSentence, j: int) -> int | None:
    """The comma before token j's comma in its sentence, or None."""
    return next((k for k in range(j - 1, s.first - 1, -1) if s.word(k) == ","), None)


def modal_passive(s: ParsedSentence, i: int) -> bool:
    """A participle under the infinitive "worden" of a present modal or "zullen" tells what can,
    must or will be done, not what was ("kunnen foto's worden bewerkt en gedeeld", "moet worden
    betaald"): a capability or a plan."""
    if not s.tok(i).pos.startswith("WW(vd"):
        return False
    h = s.head(i)
    while h is not None and s.tok(h).pos.startswith("VG(neven"):
        h = s.head(h)  # coordinated participles: "bewerkt en gedeeld"
    # "kunnen ... gestart worden": Frog may tag the clause-final "worden" finite; its modal shows it is not
    if h is None or s.tok(h).lemma.lower() != "worden" or not (s.tok(h).pos.startswith("WW(inf") or s.tok(h).deprel == "vc"):
        return False
    m = s.head(h)
    return m is not None and s.tok(m).lemma.lower() in MODALS and s.tok(m).pos.startswith("WW(pv,tgw")


def _nothing_but_modal(s: ParsedSentence, dan: int) -> int | None:
    """The verb above "niets/niet anders dan", from its "dan", or None."""
    ander = s.head(dan)
    if s.tok(dan).lemma.lower() != "dan" or ander is None or s.tok(ander).lemma.lower() != "ander":
        return None
    niets = s.head(ander)
    if niets is None or s.tok(niets).lemma.lower() not in ("niets", "niet"):
        return None
    return s.head(niets)


def perfect_infinitive(s: ParsedSentence, i: int) -> bool:
    """An "infinitive" that is the verbal complement of "hebben" or "zijn": a participle that has the
    infinitive's form ("hebben ontvangen", "is ontstaan", "heeft vergeten")."""
    from .events import NON_EVENT_VERBS

    tok = s.tok(i)
    h = s.head(i)
    if not tok.pos.startswith("WW(inf") or s.kids(i, "vc") or tok.lemma.lower() in NON_EVENT_VERBS:
        return False
    # Its auxiliary: the verb it hangs on, or the verb right before it in a clause-final cluster
    # ("die ze ... hebben ontvangen", where Frog may hang "ontvangen" on the relative pronoun).
    aux = [h] if h is not None and tok.deprel == "vc" else []
    aux += [i - 1] if i > s.first and s.tok(i - 1).coarse_pos == "WW" else []
    if not any(s.tok(a).lemma.lower() in ("hebben", "zijn") for a in aux):
        return False
    # Only a verb with an unstressed prefix has a participle without "ge-"; "is te zien" is a te-infinitive.
    return s.word(i).lower().startswith(INSEPARABLE) and not (i > s.first and s.word(i - 1).lower() == "te")


def misspelt_participle(s: ParsedSentence, i: int) -> bool:
    """A participle spelt with "-t" for "-d" (a common slip: "heeft bepaalt"), which Frog reads as a
    present tense: a present-tense form of a verb with an unstressed prefix a few words after a
    finite "hebben" that governs no verb of its own, nothing but plain words between."""
    tok = s.tok(i)
    word = s.word(i).lower()
    if not tok.pos.startswith("WW(pv,tgw") or not word.endswith("t") or not word.startswith(INSEPARABLE):
        return False
    for j in range(i - 1, max(s.first, i - 5) - 1, -1):
        t = s.tok(j)
        if t.coarse_pos == "WW":
            return t.lemma.lower() == "hebben" and t.pos.startswith("WW(pv") and not s.kids(j, "vc")
        if t.coarse_pos in ("LET", "VG"):
            return False
    return False


def attributive_participle(s: ParsedSentence, i: int) -> bool:
    """A participle before a noun it modifies: "de enige overgebleven veenaak". One after its noun
    is left alone: Frog hangs a clause-final participle on the noun before it ("heeft ... 5
    miljoen euro opgebracht"), and a reduced relative ("de auto, gestolen in Venlo") tells a happening."""
    tok = s.tok(i)
    h = s.head(i)
    if not tok.pos.startswith("WW(vd"):
        return False
    if tok.deprel == "mod" and h is not None and h > i and s.tok(h).coarse_pos == "N":
        return True
    # Frog may instead read it as a perfect ("is de enige overgebleven platbodem": "overgebleven"
    # under "is"); its place between a determiner or adjective and a noun still shows the phrase.
    return s.first < i < s.last - 1 and _opens_noun_phrase(s.tok(i - 1)) and _noun_or_adjective(s.tok(i + 1))


def _opens_noun_phrase(tok: Token) -> bool:
    return tok.coarse_pos == "LID" or tok.pos.startswith(("ADJ(prenom", "VNW")) and "prenom" in tok.pos


def _noun_or_adjective(tok: Token) -> bool:
    return tok.coarse_pos == "N" or tok.pos.startswith("ADJ(prenom")


def unlemmatised_participle(s: ParsedSentence, i: int) -> bool:
    """A participle Frog left as its own lemma ("veiliggesteld": a compound it does not know),
    under a tense auxiliary ("heeft ... veiliggesteld"): a verb all the same, not a noun Frog
    tagged as a participle."""
    from .events import TENSE_AUXILIARIES

    tok = s.tok(i)
    h = s.head(i)
    word = s.word(i).lower()
    return (tok.pos.startswith("WW(vd") and tok.deprel == "vc" and h is not None
            and tok.lemma.lower() == word and word.endswith(("d", "t"))
            and s.tok(h).lemma.lower() in TENSE_AUXILIARIES)


def _auxiliary_of(s: ParsedSentence, i: int) -> int | None:
    """The verb a participle hangs on, through a participle Frog made its head ("wordt ervan
    verdacht verdacht": the first under the second, the second under "wordt")."""
    j = i
    for _ in range(3):
        h = s.head(j)
        if h is None or s.tok(j).deprel not in ("vc", "predc"):
            return None
        if not s.tok(h).pos.startswith("WW(vd"):
            return h
        j = h
    return None


def present_passive(s: ParsedSentence, i: int, dated: bool) -> bool:
    """A participle under "worden" in the present tense (finite present or the bare form Frog
    gives a clause-final plural) with a complement of what it is about ("verdacht van", "gezien
    als", "ervan verdacht"), no agent ("door") and no date (``dated``: the sentence dates it; a relative clause
    is not dated by its main clause's date: "hield maandag twee mannen aan die verdacht worden
    van ..."). A present passive of a doing ("worden in Londen gefilmd") has no such complement and stays."""
    if not s.tok(i).pos.startswith("WW(vd"):
        return False
    h = _auxiliary_of(s, i)
    if h is None or s.tok(h).lemma.lower() != "worden" or dated and not _relative_clause(s, min(i, h)):
        return False
    if not s.tok(h).pos.startswith(("WW(pv,tgw", "WW(inf,vrij")):
        return False
    kids = s.kids(i) + s.kids(h)
    # Frog may hang the complement far up ("die verdacht worden van ...": "van" under the main
    # clause's verb); right after the verb group it is the participle's all the same.
    after = max(i, h) + 1
    if after < s.last and s.tok(after).coarse_pos == "VZ":
        kids.append(after)
    return not any(s.tok(c).lemma.lower() == "door" for c in kids) and any(_about(s, c) for c in kids)


def _relative_clause(s: ParsedSentence, i: int) -> bool:
    """The verb group starting at token i opens with a relative pronoun ("die verdacht worden
    van"): a clause of its own, which a date of the main clause does not date."""
    for j in range(i - 1, max(s.first, i - 6) - 1, -1):
        tok = s.tok(j)
        if tok.pos.startswith("VNW(betr"):
            return True
        if tok.coarse_pos in ("WW", "LET", "VG"):
            return False
    return False


def _about(s: ParsedSentence, c: int) -> bool:
    """A complement naming what a state is about: a "pc", or a "van"/"als" phrase or "ervan"."""
    tok = s.tok(c)
    word = tok.lemma.lower()
    return tok.deprel == "pc" or word in ("van", "als") or word.startswith(("er", "daar")) and word.endswith("van")


def position_state(s: ParsedSentence, i: int) -> bool:
    """A participle under a verb of position: "stond geparkeerd", "lagen opgeslagen"."""
    h = _auxiliary_of(s, i)
    return s.tok(i).pos.startswith("WW(vd") and h is not None and s.tok(h).lemma.lower() in POSITION_VERBS


def feeling_participle(s: ParsedSentence, i: int, dated: bool) -> bool:
    """A participle under "zijn" whose own complement is a dat-clause tells how its subject feels
    or stands: "zijn verontwaardigd dat", "is geschrokken dat", "is vergeten dat"; an impersonal
    "er is afgesproken dat" has the clause as the subject instead and stays, and so does a dated one."""
    h = _auxiliary_of(s, i)
    if dated or not s.tok(i).pos.startswith("WW(vd") or h is None or s.tok(h).lemma.lower() != "zijn":
        return False
    return any(s.tok(c).lemma.lower() == "dat" and s.tok(c).coarse_pos == "VG" for c in s.kids(i, "vc"))


def dated_present(s: ParsedSentence, i: int, own_date: str | None) -> bool:
    """A present-tense verb dated to a day by a time expression of its own clause (``own_date``,
    its TIMEX3 value): "opent vrijdag", not "in de zomer" (a season) or a week."""
    tok = s.tok(i)
    if not tok.pos.startswith("WW(pv,tgw") or not tok.lemma.lower().endswith("n"):
        return False
    return own_date is not None and re.match(r"\d{4}-\d\d-\d\d", own_date) is not None and not _forecast(s, i)


def _forecast(s: ParsedSentence, i: int) -> bool:
    """A weather verb, or a verb with weather in its clause ("valt er neerslag"; Frog may hang
    the weather noun on another word: "valt er in het hele land regen")."""
    if s.tok(i).lemma.lower() in WEATHER_VERBS:
        return True
    return any(s.tok(c).lemma.lower() in WEATHER_NOUNS for c in s.subtree(i))


def scheduled_ahead(s: ParsedSentence, i: int, when: str | None, span: tuple[int, int] | None = None) -> bool:
    """The trigger (or the verb that governs it) is told in the present and its date ``when``
    lies after the day its document was published: a plan told as news announces it ("ZIERIKZEE
    strijdt op 23 september", "het nieuwe seizoen begint op 1 september" in a May report). Only
    calendar values count ("2019", "2019-06", "2019-06-07"), compared at their own precision. A
    bare weekday (``span``, the time expression) in a story told in the past around it is a
    historical present whose day was read ahead, not a plan: left alone."""
    published = s.doc.published.value[:10] if s.doc.published is not None else ""
    m = re.match(r"\d{4}(?:-\d\d){0,2}", when or "")
    if m is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", published) or m.group() <= published[: len(m.group())]:
        return False
    told = clause_tense(s, i)
    if told == "past" or told is None and s.tok(i).coarse_pos != "N":
        return False  # only a headline's noun has no tense to read ("Ov-staking dinsdag")
    weekday = span is not None and WEEKDAY.fullmatch(s.doc.text[span[0] : span[1]].strip()) is not None
    return not (weekday and _historical_present(s))


def clause_tense(s: ParsedSentence, i: int) -> str | None:
    """"present", "past" or None (no finite verb: a headline) for the clause of token i, walking
    up from a noun, infinitive or participle to its finite verb. A participle under "hebben" or
    "zijn" is a perfect, told as done ("is vertrokken"); one under a present "worden" is present
    ("wordt vrijdag geopend"); one with no finite verb above is told as done (a headline's "Man
    aangehouden", or a preterite Frog tags as a participle: "De bezoekers verloren zondag")."""
    participle = s.tok(i).pos.startswith("WW(vd")
    j: int | None = i
    for _ in range(8):
        if j is None:
            break
        tok = s.tok(j)
        if tok.pos.startswith("WW(pv,verl"):
            return "past"
        if tok.pos.startswith("WW(pv"):
            return "past" if participle and tok.lemma.lower() in ("hebben", "zijn") else "present"
        j = s.head(j)
    return "past" if participle else None


def _historical_present(s: ParsedSentence) -> bool:
    """The sentences right before and after tell in the past tense and none in the present: a
    story told in the past that slips into the present for its vivid part."""
    doc = s.doc
    k = next((n for n, x in enumerate(doc.sentences) if x.first_token == s.first), None)
    if k is None:
        return False
    around = [doc.sentences[n] for n in (k - 1, k + 1) if 0 <= n < len(doc.sentences)]
    if len(around) < 2:
        return False
    for sent in around:
        finite = [t.pos for t in doc.tokens[sent.first_token : sent.last_token] if t.pos.startswith("WW(pv")]
        if not finite or any(p.startswith("WW(pv,tgw") for p in finite):
            return False
    return True


def name_elsewhere(doc: Document, start: int, word: str) -> bool:
    """The capitalised word is a word of a named-entity mention elsewhere in the document: a
    sentence that opens with "Storm" after "Matthijs Storm" names the man, not a storm."""
    for m in doc.mentions:
        if m.start <= start < m.end:
            continue
        if word in doc.text[m.start : m.end].split():
            return True
    return False
