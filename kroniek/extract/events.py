"""Event mentions: the verbs and nouns that say something happened, typed and with their arguments.

How a sentence becomes event mentions (Frog's lemmas, CGN tags and Alpino-style dependencies):

1. Every verb gets its full lemma: a separable particle (deprel ``svp``) is joined to it
   ("legt ... stil" -> "stilleggen"), a fixed multiword particle is put in front
   ("kwam om het leven" -> "om het leven komen").
2. Verbs whose full lemma is in the lexicon (kroniek/data/event_types.tsv) are events of that
   type; auxiliaries, copulas and modals never are, nor is a copula or light verb with a fixed
   phrase ("van plan zijn", "in handen hebben") or a present participle before a noun ("dalende
   verkopen"). By default (``past``) an unlisted verb is an event of type "other" when it
   reports in the past, a preterite or a participle, and is not negated ("de bus kantelde", "er
   ontstond een gaslek"); in the present tense it mostly tells an opinion, a habit or the weather.
   With ``other``, every unlisted finite verb and participle is an event too (infinitives
   are aims, not happenings), and so are "krijgen" and "doen" as main verbs. Nouns are events
   when their lemma, or the head of the compound they are ("droneaanval", "drone-aanval" ->
   "aanval"), is listed, except a word of a name ("Buitenlandse Handel": Frog's entity span or
   a capital mid-sentence), a word of a fixed phrase ("ten val brengen", "in samenwerking met")
   a speech noun that is only the vehicle of its own verb ("zei in een verklaring"), a copula's
   predicate noun ("zijn de grootste bedreiging", unless the subject is a pronoun) and a bare
   noun after "zonder"; "normaal gesproken" and "eerlijk gezegd" are no speech events.
   A compound on a generic head takes its modifier's type ("protestactie"); "vuur" is a fire only
   as a verb's argument; a listed noun opening a sentence that Frog tags as a name ("Brand ...")
   is still a noun; a passive verb by a vehicle is an accident; "veroordelen" and "botsen" are
   typed by their sentence (``retype``: verdict or criticism; accident, clash or dispute).
3. Support constructions (kroniek/data/event_support.tsv): in "een aanval uitvoeren" the event
   is the noun and the light verb only lends it its subject; in "een motie aannemen" the verb is
   the event, typed by the construction.
4. Arguments come from the dependency tree: subject -> agent (patient when passive or when the
   verb has no agent, as in "om het leven komen"), direct object -> patient, "door" -> agent (or
   instrument when it names an event), "van" on a noun -> patient, a nationality adjective on a
   noun -> agent; place from LOC mentions in the trigger's phrase or the clause; time from the
   TIMEX3 layer: the time expression that hangs on the trigger or a word above it in its clause
   (``_time``), never merely any date in the sentence.
5. Factuality from negation ("niet", "geen", "nooit"), future ("zullen", "gaan", "van plan")
   and modality ("mogelijk", "zou", "kan") on the trigger and the verbs governing it; a reporting
   verb above the trigger or a quote around it adds a ``("source", start, end)`` argument naming
   who reports it. A happening told in the present and dated after its report's day is a plan
   ("het album verschijnt vrijdag"): future (``event_tense.scheduled_ahead``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ..model import Document, EventMention, Sentence, Timex, Token
from .dateline import dateline_at
from .event_custody import (
    ESCAPE,
    PROSECUTE,
    TRIAL,
    absconded,
    fugitive,
    justice_type,
    persecuted,
    prosecutor,
    trial_noun,
)
from .event_deverbal import deverbal_type
from .event_economy import ECONOMY, sense_type
from .event_generic import generic_use, metaphorical_frame
from .event_sense import (
    COGNITION_VERBS,
    DWELLING_VERBS,
    adverbial_participle,
    concluded_with,
    contest_stage,
    helped_by_a_thing,
    lasting_state,
    manner_with,
    named_participle,
    past_clause_noun,
    prison_term,
    rank_top,
    regarded_as,
    relation_participle,
    saying_with_preposition,
    situation_subject,
    taken_up,
    vote_type,
)
from .event_tense import (
    attributive_participle,
    dated_present,
    feeling_participle,
    managed_infinitive,
    misspelt_participle,
    modal_passive,
    name_elsewhere,
    past_modal_infinitive,
    perfect_infinitive,
    position_state,
    present_passive,
    purpose_infinitive,
    scheduled_ahead,
    te_complement,
    unlemmatised_participle,
)
from .event_transfer import (
    CONTEST,
    LISTED_MOVES,
    TRANSFER,
    prize_awarded,
    title_taken,
    title_won,
    transfer_noun,
    transfer_verb,
)
from .label_lines import is_label_line
from .quote_lexicon import OPINION_LEMMAS, PARTICLES, QUOTE_ONLY_CUES, REPORTING_LEMMAS
from .triggers import features, trigger_model

OTHER = "other"

# Never events on their own: auxiliaries, copulas, modals and other verbs too light to report.
NON_EVENT_VERBS = frozenset(
    ["zijn", "worden", "hebben", "zullen", "kunnen", "moeten", "mogen", "willen", "hoeven", "blijven", "lijken", "blijken", "schijnen", "heten", "gaan", "komen", "laten", "doen", "staan", "liggen", "zitten", "krijgen", "geven", "maken"]
)
# Verbs outside the lexicon that tell what something is, amounts to, looks like or means, never
# a happening, in any tense ("bedroeg 3 miljoen", "vormde een inspiratiebron", "het zag er niet
# goed uit", "wordt onder duurzaamheid verstaan"); and "houden", a support verb whose happening
# is its object ("een toespraak houden", event_support.tsv) when that is an event noun at all.
STATE_VERBS = frozenset({"bedragen", "vormen", "uitzien", "verstaan", "betekenen", "bevatten", "omvatten",
                         "kosten", "gelden", "bestaan", "behoren", "ontbreken", "houden"})
# Light verbs that are events of their own when they are the main verb: "GM kreeg 1,5 miljard
# steun" (a transfer), "We doen dit op de juiste manier" (an action); possession and being are not.
MAIN_VERB_EVENTS = frozenset({"krijgen", "doen"})
# Verbs that govern the happening in their complement and are none themselves: an attempt, a wish,
# a beginning ("probeerden te vluchten", "pogen de stad in te nemen", "begon met een staking").
CONTROL_VERBS = frozenset({"proberen", "pogen", "trachten", "willen", "wensen", "beginnen", "starten", "hopen"})
# "dreigen" + an infinitive the subject undergoes is a risk, not a threat ("dreigt failliet te gaan",
# "dreigen besneden te worden"); "dreigde de ambassadeur uit te zetten" stays a threat.
UNDERGO_VERBS = frozenset({"worden", "zijn", "raken", "gaan", "komen", "vallen", "blijven", "verdwijnen",
                           "mislukken", "sterven", "verdrinken", "instorten", "verslechteren", "oplopen", "ontsporen"})
NEGATORS = frozenset({"niet", "geen", "nooit", "nergens", "niets", "niemand", "allerminst"})
FUTURE_CUES = frozenset({"zullen", "gaan", "van_plan", "plan", "voornemen", "willen"})
POSSIBLE_CUES = frozenset(
    {"mogelijk", "misschien", "wellicht", "waarschijnlijk", "eventueel", "kunnen", "mogen", "vermoedelijk",
     "mogelijkerwijs", "kennelijk", "naar_verluidt"}
)
# Verbs of saying and opinion the quote layer knows ("klonk het", "wees erop", "meende"): an
# unlisted one is a saying (folded into what it reports), never a happening of type other.
# Cues that only report after a quote but mostly tell something else are left out: "vervolgen"
# (prosecute), "lachen", "spreken" (meet), "heten" (a copula); so are speech acts that commit or
# counsel (a promise, advice: CAMEO's intent and appeal roots) and a suspect's confession.
SPEECH_ACTS = frozenset({"beloven", "toezeggen", "adviseren", "aanraden", "afraden", "bekennen"})
SAYING_LEMMAS = (
    (REPORTING_LEMMAS - SPEECH_ACTS) | OPINION_LEMMAS | {k.split()[0] for k in PARTICLES if " " in k}
    | (QUOTE_ONLY_CUES.keys() - {"vervolgen", "lachen", "spreken", "heten"})
)
# Auxiliaries of tense and voice: a participle under one of them tells what happened.
TENSE_AUXILIARIES = frozenset({"hebben", "zijn", "worden"})
# Deprels that keep a verb inside the clause of the verb above it (verbal complements, te-bodies).
VERBAL_LINKS = frozenset({"vc", "body"})
CLAUSE_LINKS = frozenset({"vc", "body", "cnj"})
# Prepositions that introduce a place when their object is a place name.
PLACE_PREPS = frozenset({"in", "bij", "op", "nabij", "rond", "uit", "naar", "tegen"})
# Roles a noun's "van" phrase fills by type: the thing that undergoes it, or the one who does it.
UNDERGOER_TYPES = frozenset({"attack", "kill", "arrest", "sanction", "suspend", "resume", "appoint", "election",
                             "withdraw", "accident", "fire", "economy", "decide", "criticize", "reject",
                             "prosecute", "trial"})


# Heads that name "a happening of some kind": the modifier says which ("protestactie", "stakingsdag").
GENERIC_HEADS = ("actie", "mars", "tocht", "manifestatie", "golf", "incident", "melding")
# Nouns that name a happening only as the subject or object of a verb ("het vuur sloeg over",
# "bestreden het vuur"), never inside a phrase ("onder vuur liggen", "met vuur spelen").
ARGUMENT_NOUNS = {"vuur": "fire", "vlam": "fire"}
# Vehicles: "botsen" is an accident with one of them, a passive verb by one of them ("werd
# geschept door een trein", "aangereden door een auto") is an accident whatever the verb.
VEHICLES = ("auto", "wagen", "trein", "bus", "tram", "metro", "fiets", "fietser", "motor", "scooter", "brommer",
            "truck", "boot", "schip", "vliegtuig", "toestel", "voertuig", "automobilist", "bestuurder",
            "motorrijder", "trekker", "tractor", "helikopter", "vrachtauto")
# Words of a court: "veroordelen" by one of them, or "tot" a sentence, is a verdict, not criticism.
COURT = ("rechter", "rechtbank", "hof", "tribunaal", "jury", "rechtscollege")
SENTENCE_WORDS = ("straf", "cel", "boete", "hechtenis", "tbs", "jaar", "maand")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger lemmas by part of speech, and the support constructions."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    support: dict[tuple[str, str], tuple[str, str]]  # (verb, noun or "*") -> (type or "*", "noun" | "verb")
    # Nouns that only look like a compound on a listed head ("festival", "toeval": no "val"),
    # listed with type "-": no event, whatever their last letters.
    plain: frozenset[str] = frozenset()
    # Light-verb idioms, (verb, noun) from event_idioms.tsv: "een rol spelen" is no happening.
    idioms: frozenset[tuple[str, str]] = frozenset()

    def noun_type(self, lemma: str) -> tuple[str, str] | None:
        """The type of a noun lemma and the listed head it matched, by the head of a compound."""
        word = lemma.lower().replace("_", "")
        if word in self.plain or any(word.endswith(p) and len(word) - len(p) >= 3 for p in self.plain):
            return None  # "festival", "foodfestival", "zomercarnaval"
        if word in self.nouns:
            return self.nouns[word], word
        by_modifier = self._by_modifier(word)
        if by_modifier is not None:
            return by_modifier
        # Longest listed head first; the modifier must be a real word (>= 3 letters) or hyphenated.
        for i in range(1, len(word) - 2):
            head = word[i:]
            if head in self.nouns and (word[i - 1] == "-" or i >= 3):
                return self.nouns[head], head
        return None

    def _by_modifier(self, word: str) -> tuple[str, str] | None:
        """A compound on a generic happening head takes its modifier's type: "protestactie",
        "stakingsdag", "brandincident", "aanslagengolf" (a linking -s-, -en- or hyphen allowed)."""
        for head in GENERIC_HEADS:
            if not word.endswith(head) or len(word) <= len(head) + 2:
                continue
            mod = word[: -len(head)].rstrip("-")
            for cand in (mod, mod[:-1] if mod.endswith("s") else "", mod[:-2] if mod.endswith("en") else ""):
                if cand in self.nouns:
                    return self.nouns[cand], cand
        return None


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("kroniek.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@cache
def lexicon() -> Lexicon:
    """The event lexicon shipped in kroniek/data."""
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    plain: set[str] = set()
    for lemma, pos, typ in _rows("event_types.tsv"):
        if typ == "-":
            plain.add(lemma)
            continue
        (verbs if pos == "V" else nouns).setdefault(lemma, typ)
    support = {(v, n): (t, trig) for v, n, t, trig in _rows("event_support.tsv")}
    idioms = frozenset((v, n) for v, n in _rows("event_idioms.tsv"))
    return Lexicon(verbs, nouns, support, frozenset(plain), idioms)


class ParsedSentence:
    """One sentence's tokens with the tree around them (token indices are global)."""

    def __init__(self, doc: Document, sent: Sentence) -> None:
        self.doc = doc
        self.first, self.last = sent.first_token, sent.last_token
        self.children: dict[int, list[int]] = {i: [] for i in range(self.first, self.last)}
        for i in range(self.first, self.last):
            h = doc.tokens[i].head
            if self.first <= h < self.last and h != i:
                self.children[h].append(i)

    def tok(self, i: int) -> Token:
        return self.doc.tokens[i]

    def word(self, i: int) -> str:
        """Token i as the text spells it."""
        t = self.doc.tokens[i]
        return self.doc.text[t.start : t.end]

    def head(self, i: int) -> int | None:
        h = self.doc.tokens[i].head
        return h if self.first <= h < self.last and h != i else None

    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children[i] if not rels or self.tok(c).deprel in rels]

    def subtree(self, i: int, depth: int = 40) -> list[int]:
        out, todo, seen = [], [i], {i}
        while todo and depth > 0:
            depth -= 1
            j = todo.pop()
            out.append(j)
            for c in self.children[j]:
                if c not in seen:
                    seen.add(c)
                    todo.append(c)
        return sorted(out)

    def span(self, idx: Iterable[int]) -> tuple[int, int] | None:
        """Character span of tokens, trimmed of punctuation at the edges."""
        toks = [self.tok(i) for i in sorted(idx) if not self.tok(i).pos.startswith("LET")]
        if not toks:
            return None
        return toks[0].start, toks[-1].end

    def phrase(self, i: int) -> tuple[int, int] | None:
        """The span of the phrase headed by token i, dropping a leading preposition."""
        tok = self.tok(i)
        if tok.coarse_pos == "VZ":
            objs = self.kids(i, "obj1")
            if objs:
                return self.span(self.subtree(objs[0]))
        # Stop at embedded clauses: "de rol die hij heeft gespeeld" keeps "de rol".
        idx = [j for j in self.subtree(i) if not self._in_relative(j, i)]
        return self.span(idx)

    def _in_relative(self, j: int, top: int) -> bool:
        while j != top:
            h = self.head(j)
            if h is None:
                return False
            if self.tok(j).deprel in ("rhd", "body", "vc") and h != top and self.tok(h).coarse_pos != "N":
                return True
            if self.tok(j).deprel == "mod" and self.tok(j).coarse_pos == "WW":
                return True
            j = h
        return False


def _sense(s: ParsedSentence, i: int, lemma: str, listed: str | None) -> str | None:
    """The verb's type as its clause reads it: a statement for a saying outside the lexicon
    ("pleitte voor", "haalde fel uit naar de minister"); "" for a request whose subject is a
    situation ("dat roept de vraag op") or a judgement ("ervaren het als een last"): no happening
    at all; the listed type otherwise."""
    if (listed is None and lemma in SAYING_LEMMAS and not _found(s, i, lemma)) or saying_with_preposition(s, i, lemma):
        return "statement"
    if listed == "request" and situation_subject(s, i) or regarded_as(s, i, lemma):
        return ""  # "dat roept de vraag op", "ervaren de regels als een last"
    return listed


def full_lemma(s: ParsedSentence, i: int) -> str:
    """A verb's lemma with its separable particle or fixed phrase joined."""
    tok = s.tok(i)
    lemma = _misread_participle(s.word(i).lower(), tok.lemma.lower())
    for c in s.kids(i, "svp"):
        part = s.tok(c).lemma.lower()
        # A split multiword unit: its other words hang under the first with "mwp".
        rest = [s.tok(k).lemma.lower() for k in s.kids(c, "mwp")]
        if rest:
            part = " ".join([part, *rest])
        if "_" in part or " " in part:
            return part.replace("_", " ") + " " + lemma
        if not lemma.startswith(part):
            lemma = part + lemma
    if tok.coarse_pos == "WW" and not s.kids(i, "svp"):
        lemma = _loose_particle(s, i, lemma)
        lemma = _surface_phrase(s, i, lemma)
    return _verb_idiom(s, i, lemma) if tok.coarse_pos == "WW" else lemma


# Verb idioms Frog parses word by word and hangs anywhere: the verb's lemma (particle joined), the
# idiom's words before its noun (None: a possessive, "zijn", "haar", ...), the noun; the idiom's
# lemma as kroniek/data/event_types.tsv lists it. Read by position, within the verb's clause.
VERB_IDIOMS = (
    ("uitsturen", ("de",), "laan", "de laan uitsturen"),  # "werd de laan uitgestuurd": dismissed
    ("schrijven", ("op", None), "naam", "op naam schrijven"),  # "schreef de titel op zijn naam": won
)
POSSESSIVES = frozenset({"zijn", "haar", "hun", "z'n", "m'n", "mijn", "jouw", "ons", "onze"})


def _verb_idiom(s: ParsedSentence, i: int, lemma: str) -> str:
    """A verb idiom of ``VERB_IDIOMS`` whose words stand in the verb's clause (no other verb or
    conjunction between them and the verb): its lemma; the verb's lemma otherwise."""
    for verb, before, noun, idiom in VERB_IDIOMS:
        if lemma != verb:
            continue
        for k in range(s.first + len(before), s.last):
            if s.tok(k).lemma.lower() == noun and _idiom_words(s, k - len(before), before) and _same_clause(s, i, k):
                return idiom
    return lemma


def _idiom_words(s: ParsedSentence, j: int, words: tuple[str | None, ...]) -> bool:
    """The tokens from j on are these words (None: a possessive)."""
    return all(s.tok(j + n).lemma.lower() == w if w else s.word(j + n).lower() in POSSESSIVES
               for n, w in enumerate(words))


def _same_clause(s: ParsedSentence, i: int, k: int) -> bool:
    """No verb, conjunction or punctuation stands between tokens i and k."""
    return all(s.tok(j).coarse_pos not in ("WW", "VG", "LET") for j in range(min(i, k) + 1, max(i, k)))


def _called_off(s: ParsedSentence, i: int, lemma: str) -> EventMention | None:
    """A cancellation told without a cancel verb: "de fusie gaat niet door" (the negation is the
    happening, so it is asserted unless a modal or future cue says otherwise) and "een streep
    (zetten) door het plan" (whatever verb Frog reads: it lemmatises "gezet" as "opzetten")."""
    aux = s.head(i) if s.tok(i).deprel == "vc" else None
    near = s.kids(i) + (s.kids(aux) if aux is not None and s.tok(aux).lemma.lower() in TENSE_AUXILIARIES else [])
    # Frog may hang "niet" under the subject ("gaat de wedstrijd niet door").
    if lemma == "doorgaan" and any(s.tok(c).lemma.lower() == "niet" for c in near + _grandkids(s, near)):
        m = describe(s, i, "suspend", "niet doorgaan")
        return replace(m, factuality="asserted") if m.factuality == "negated" else m
    streep = [c for c in near if s.tok(c).coarse_pos == "N" and s.tok(c).lemma.lower() == "streep"]
    if streep and any(s.tok(c).lemma.lower() == "door" for c in near + s.kids(streep[0])):
        return describe(s, i, "suspend", "streep door")
    return _off_the_table(s, i, lemma, near)


def _off_the_table(s: ParsedSentence, i: int, lemma: str, near: list[int]) -> EventMention | None:
    """"het plan is van de baan": a plan, deal or proposal called off, told with the copula's
    predicate "van de baan" (the mention spans the three words). Only under a main "zijn": "raakte
    van de baan" and "is van de baan geraakt" tell a car or a rider leaving the road."""
    if lemma != "zijn" or s.kids(i, "vc"):
        return None
    for c in near:
        if (s.tok(c).lemma.lower() == "van" and s.tok(c).deprel == "predc" and c + 2 < s.last
                and s.word(c + 1).lower() == "de" and s.word(c + 2).lower() == "baan"):
            return replace(describe(s, c, "suspend", "van de baan", support=i), end=s.tok(c + 2).end)
    return None


def _too_strong(s: ParsedSentence, i: int, lemma: str) -> EventMention | None:
    """A win told as "was/bleek te sterk voor" the opponent: a contest event on "sterk" (lemma
    "te sterk voor"), with the copula's subject as the winner and its time. Frog hangs the three
    words in many ways, so their order in the copula's clause is what counts."""
    if lemma not in ("zijn", "blijken"):
        return None
    for k in sorted(s.subtree(i)):
        if (s.tok(k).lemma.lower() == "sterk" and s.tok(k).coarse_pos == "ADJ" and k - 1 >= s.first
                and k + 1 < s.last and s.word(k - 1).lower() == "te" and s.word(k + 1).lower() == "voor"
                and _nearest_finite(s, k) == i and _an_opponent(s, i, k + 1)):
            return describe(s, k, "contest", "te sterk voor", support=i)
    return None


# Opponents told without a name: "te sterk voor zijn medevluchters", "voor haar tegenstander".
OPPONENT_HEADS = ("tegenstander", "vluchter", "rivaal", "concurrent", "uitdager", "achtervolger")


def _an_opponent(s: ParsedSentence, verb: int, voor: int) -> bool:
    """A contest has sides: the "voor" phrase or the subject holds a name, or the "voor" phrase is an
    opponent ("de wind was te sterk voor de boten" is weather, not a match)."""
    after = [k for k in range(voor + 1, min(voor + 6, s.last)) if s.tok(k).coarse_pos not in ("LET", "WW", "VG")]
    subj = verb_subject(s, verb)
    words = after + (s.subtree(subj) if subj is not None else [])
    if any(_a_name(s.tok(k)) for k in words):
        return True
    return any(s.tok(k).lemma.lower().endswith(OPPONENT_HEADS) for k in after)


def _a_name(tok: Token) -> bool:
    return tok.ner != "O" or "eigen" in tok.pos


def _nearest_finite(s: ParsedSentence, k: int) -> int | None:
    """The nearest finite verb before word ``k`` in its sentence."""
    return next((j for j in range(k - 1, s.first - 1, -1) if s.tok(j).pos.startswith("WW(pv")), None)


def _grandkids(s: ParsedSentence, ks: list[int]) -> list[int]:
    return [g for k in ks if s.tok(k).coarse_pos == "N" for g in s.kids(k)]


def _misread_participle(word: str, lemma: str) -> str:
    """A past participle Frog lemmatised with its "ge-" kept ("gewonnen" -> "gewinnen"): the listed
    verb without it ("winnen"), when the "ge-" form itself is no listed verb. Other ge-verbs keep
    their lemma ("gebeuren", "gebruiken", "geloven": their stem is no listed verb)."""
    verbs = lexicon().verbs
    if word.startswith("ge") and lemma.startswith("ge") and lemma not in verbs and lemma[2:] in verbs:
        return lemma[2:]
    return lemma


PARTICLE_POS = ("BW", "VZ", "ADJ")


def _loose_particle(s: ParsedSentence, i: int, lemma: str) -> str:
    """A particle Frog did not attach as ``svp``: "legt ... stil" (a modifier of the verb) or
    "terug te trekken" (right before the verb or its "te"); joined only when the result is listed."""
    verbs = lexicon().verbs
    # A reflexive verb takes a prepositional object, not a particle: "zich aan de afspraak houden"
    # is not "aanhouden" (arrest), "zich tegen het plan verzetten" not "tegenverzetten".
    reflexive = _reflexive(s, i)
    # Nor is a preposition right before its noun phrase a particle, reflexive or not: "houden we
    # aan het eind van het jaar weinig over" is no "aanhouden".
    cands = [c for c in s.kids(i) if s.tok(c).coarse_pos in PARTICLE_POS
             and not (reflexive and s.kids(c, "obj1")) and not _opens_phrase(s, c)]
    j = i - 1
    if j >= s.first and s.tok(j).lemma.lower() == "te":
        j -= 1
    if j >= s.first and s.tok(j).coarse_pos in PARTICLE_POS and not (reflexive and s.kids(j, "obj1")):
        cands.append(j)
    cands += _stranded_particle(s, i)
    for c in cands:
        joined = s.tok(c).lemma.lower() + lemma
        if joined in verbs:
            return joined
    return _light_particle_verb(s, i, lemma, cands)


# "gaan"/"komen" with a particle that tells going on, not a happening of its own.
ASPECT_JOINS = frozenset({"verdergaan", "voortgaan", "doorgaan"})


@cache
def particle_verbs() -> frozenset[str]:
    """The particle verbs on "gaan" and "komen" of the OpenTaal word list (kroniek/data/particle_verbs.tsv)."""
    return frozenset(row[0] for row in _rows("particle_verbs.tsv"))


def _light_particle_verb(s: ParsedSentence, i: int, lemma: str, cands: list[int]) -> str:
    """"gaan"/"komen" with a loose word that makes a Dutch particle verb ("gingen hard onderuit" ->
    "onderuitgaan", "kwam gisteren thuis" -> "thuiskomen"): the verb is that happening, not the light
    verb. A preposition with an object is no particle ("kwam uit Amsterdam")."""
    if lemma not in ("gaan", "komen"):
        return lemma
    for c in [*cands, *_clause_final_word(s, i, cands)]:
        joined = s.tok(c).lemma.lower() + lemma
        if joined in particle_verbs() and joined not in ASPECT_JOINS and not s.kids(c, "obj1"):
            return joined
    return lemma


def _clause_final_word(s: ParsedSentence, i: int, cands: list[int]) -> list[int]:
    """The last word of finite verb i's clause, when it is an adverb, a postposition or a bare
    adjective: where a separable particle stands ("ging in de laatste bocht
    hard onderuit", which Frog hangs on "bocht")."""
    last = None
    for k in range(i + 1 if s.tok(i).pos.startswith("WW(pv") else s.last, s.last):
        tok = s.tok(k)
        if tok.coarse_pos in ("VG", "WW") or s.word(k) in (",", ";", ":"):
            break
        if tok.coarse_pos != "LET":
            last = k
    if last is None or last in cands:
        return []
    tok = s.tok(last)
    return [last] if tok.coarse_pos == "BW" or tok.pos in ("VZ(fin)", "ADJ(vrij,basis,zonder)") else []


def _stranded_particle(s: ParsedSentence, i: int) -> list[int]:
    """A finite verb's particle at the end of its clause that Frog hung elsewhere after a long middle
    field ("neemt het bedrijf (moeder van ...) de Britse rivaal over om ..."): the first word tagged
    as a postposition (``VZ(fin)``) after the verb, with no verb, comma or conjunction between, or a
    preposition right before another ("over van"), which opens no phrase of its own."""
    if not s.tok(i).pos.startswith("WW(pv"):
        return []
    for k in range(i + 1, s.last):
        tok = s.tok(k)
        if tok.coarse_pos in ("WW", "VG") or s.word(k) in (",", ";", ":"):
            return []
        if tok.pos == "VZ(fin)":
            return [k] if s.head(k) != i else []
        if tok.coarse_pos == "VZ" and k + 1 < s.last and s.tok(k + 1).coarse_pos == "VZ":
            return [k]  # "neemt de spits over van PSV": a preposition opens no phrase of its own
        if tok.coarse_pos == "SPEC" and s.word(k).lower() in (*SEPARABLE, "over") and all(
                s.tok(n).coarse_pos == "LET" for n in range(k + 1, s.last)):
            return [k]  # "neemt Green Wave Studio Two over.": the particle read as the last word of a foreign name
    return []


def _opens_phrase(s: ParsedSentence, c: int) -> bool:
    """A preposition followed by a noun phrase, wherever Frog hung that phrase: with a reflexive verb
    it is the prepositional object ("heeft zich gehouden aan de afspraken": complying, no "aanhouden")."""
    return (s.tok(c).coarse_pos == "VZ" and c + 1 < s.last
            and s.tok(c + 1).coarse_pos in ("LID", "N", "VNW", "ADJ", "TW", "SPEC"))


def _surface_phrase(s: ParsedSentence, i: int, lemma: str) -> str:
    """Find "om het leven" spelled as separate tokens (Frog without multiword units)."""
    if lemma not in ("komen", "brengen"):
        return lemma
    words = [s.tok(j).lemma.lower() for j in range(s.first, s.last)]
    for k in range(len(words) - 2):
        if words[k : k + 3] == ["om", "het", "leven"]:
            return "om het leven " + lemma
    return lemma


class EventExtractor:
    """Find event mentions in a Frog-analysed document (sets ``doc.events``)."""

    name = "events"
    requires = ("published", "sentences", "tokens", "mentions", "timexes", "quotes")  # published: plans (scheduled_ahead)
    assigns = ("events",)

    def __init__(self, *, other: bool = False, learned: bool = False, past: bool = True) -> None:
        """With ``other`` set, content verbs outside the lexicon are events of type "other" too;
        with ``past`` only those that report in the past (a preterite or a participle) and are
        not negated; with ``learned`` the trigger model (kroniek.extract.triggers) drops
        candidates it scores below its threshold (off by default: on MEANTIME it trades held-out
        recall for little precision, see docs/events.md)."""
        self.other = other
        self.past = past
        self.lex = lexicon()
        self.model = trigger_model() if learned else None

    def __call__(self, doc: Document) -> Document:
        doc.events = list(self.extract(doc))
        return doc

    def extract(self, doc: Document) -> Iterator[EventMention]:
        """Every event mention, sentence by sentence."""
        for sent in doc.sentences:
            yield from self._sentence(doc, sent)

    def _sentence(self, doc: Document, sent: Sentence) -> Iterator[EventMention]:
        yield from sorted((m for _, m, _ in self.kept(doc, sent)), key=lambda m: m.start)

    def kept(self, doc: Document, sent: Sentence) -> list[tuple[int, EventMention, bool]]:
        """The candidates the trigger model keeps: (token, mention, from a support construction)."""
        s = ParsedSentence(doc, sent)
        found = self.candidates(s)
        if self.model is None:
            return found
        return [(i, m, sup) for i, m, sup in found if self.model.keep(features(s, i, m, support=sup))]

    def candidates(self, s: ParsedSentence) -> list[tuple[int, EventMention, bool]]:
        """Every candidate trigger of the lexicon and parse rules, before the learned filter."""
        if s.last > s.first and is_label_line(s.doc.text, s.tok(s.first).start, s.tok(s.last - 1).end):
            return []  # "Vraag 1", "Belangen": a label names what follows, it tells nothing
        done: set[int] = set()
        found: list[tuple[int, EventMention, bool]] = []
        # Verbs first, so that a support verb can claim its noun ("een motie aannemen" is one event);
        # a noun claimed by a verb-trigger row is kept as a mention of the verb's type (``companions``:
        # "nam de resolutie aan").
        companions: list[tuple[int, EventMention, bool]] = []
        for i in range(s.first, s.last):
            if s.tok(i).coarse_pos == "WW" and i not in done and not verb_in_name(s, i) and not in_timex(s, i):
                before = len(done)
                m = self._verb(s, i, done, companions)
                if m is not None:
                    done.add(i)
                    k = _token_at(s, m.start)
                    found.append((i if k is None else k, m, len(done) > before + 1))
        found += companions
        verbs = {_token_at(s, m.start): m.type for _, m, _ in found}
        for i in range(s.first, s.last):
            tok = s.tok(i)
            if ((tok.coarse_pos == "N" and "eigen" not in tok.pos or capitalised_noun(s, i)) and i not in done
                    and not in_name(s, i) and not in_timex(s, i)
                    and not _in_fixed_phrase(s, i) and not heading(s) and not bare_pp_idiom(s, i)
                    and not predicate_noun(s, i) and not absent_noun(s, i)
                    and not generic_use(s, i) and not metaphorical_frame(s, i)):
                m = self._noun(s, i)
                if m is not None and not _restates_verb(s, i, m.type, verbs):
                    found.append((i, m, False))
            elif _loose_word(tok) and i not in done and not in_name(s, i):
                m = self._foreign_noun(s, i, done)
                if m is not None:
                    found.append((i, m, False))
        return found

    def _foreign_noun(self, s: ParsedSentence, i: int, done: set[int]) -> EventMention | None:
        """A listed noun written as a foreign word, alone or as two ("poleposition", "pole
        position"): Frog tags English words ``SPEC(vreemd)`` and never reads them as nouns. Also a
        named event whose words are such a noun ("de Grand Prix van Hongarije" is a race)."""
        words = [s.tok(i).lemma.lower()]
        if i + 1 < s.last and _loose_word(s.tok(i + 1), s.tok(i)):
            words.append(s.tok(i + 1).lemma.lower())
        for n in (2, 1):
            lemma = "".join(words[:n])
            hit = self.lex.noun_type(lemma) if len(words) >= n else None
            if hit is not None and hit[1] == lemma:
                done.update(range(i, i + n))
                return replace(describe(s, i, hit[0], lemma), end=s.tok(i + n - 1).end)
        return None

    def _verb(self, s: ParsedSentence, i: int, done: set[int],
              companions: list[tuple[int, EventMention, bool]]) -> EventMention | None:
        lemma = full_lemma(s, i)
        supported = self._support(s, i, lemma, done, companions)
        if supported is not None:
            return supported if isinstance(supported, EventMention) else None
        if s.tok(i).pos.startswith("WW(inf,nom") and generic_use(s, i):
            return None  # "de bestrijding van witwassen": a nominalised infinitive as a topic
        if governs_happening(s, i, self.lex):
            return None  # "probeerden te vluchten", "dreigt failliet te gaan": the complement is the happening
        if purpose_infinitive(s, i) and plan_governor(s, i) is None:
            return None  # "om Zuid-Europa te steunen": an aim; "besloot om ... te vervolgen" is a plan
        if lemma not in self.lex.verbs and _infinitive_particle(s, i):
            lemma = s.tok(i).lemma.lower()  # "dreigde de ambassadeur uit te zetten": "uit" is zetten's
        called_off = _called_off(s, i, lemma) or _too_strong(s, i, lemma)
        if called_off is not None:
            return called_off
        lemma, listed = _economy_verb_in_phrase(self.lex, s, i, lemma)
        if self._idiom(s, i, lemma, done):
            return None  # "speelde een grote rol", "heeft rekening gehouden met": no happening
        if sentence_adverb(s, i):
            return None  # "normaal gesproken", "eerlijk gezegd": a comment on the sentence
        if s.tok(i).pos.startswith("WW(od,prenom"):
            return None  # "dalende verkopen", "de oplopende spanningen": a property of the noun
        if listed is None and passive_verb(s, i) and _by_vehicle(s, i):
            listed = "accident"  # "werd geschept door een trein"
        if listed is not None:
            listed = retype(s, i, lemma, listed)
        # "de bus vervolgde zijn route", "vervolgt hij": no charge; "staan terecht": the trial
        listed = justice_type(s, i, lemma, listed, objects=_objects(s, i))
        if listed == TRIAL and lemma == "staan":
            lemma = "terechtstaan"  # "staan maandag terecht", the particle cut off by the parse
        listed = _sense(s, i, lemma, listed)
        if listed == "":
            return None  # "dat roept de vraag op": a situation evokes, it asks nothing
        if listed is None:
            return (_absconding(s, i, lemma) or _moved_or_won(s, i, lemma) or self._unlisted(s, i, lemma)
                    or planned_unlisted(s, i, lemma))
        return as_planned(s, i, describe(s, i, listed, lemma))

    def _support(self, s: ParsedSentence, i: int, lemma: str, done: set[int],
                 companions: list[tuple[int, EventMention, bool]]) -> EventMention | bool | None:
        """A support construction: the light verb and its event noun object are one event (the
        mention); False for an idiom's object (no event at all); None when there is none. A typed
        noun under a verb-trigger row is added to ``companions`` as a mention of the verb's type."""
        # An auxiliary ("heeft ... aangegeven") is never a support verb, whatever its object looks like.
        auxiliary = any(s.tok(c).coarse_pos == "WW" for c in s.kids(i, "vc"))
        objects = [] if auxiliary else _support_objects(s, i)
        for o in objects + ([] if auxiliary else _prepositional_objects(s, i)):
            noun = s.tok(o)
            if noun.coarse_pos != "N":
                continue
            if (lemma, noun.lemma.lower()) in self.lex.idioms:
                done.add(o)  # "in de val lopen": the idiom's noun is no happening either
                return False
            hit = self.lex.noun_type(noun.lemma)
            if hit is None:  # "actie voeren": the construction alone makes the noun a happening
                hit = (OTHER, noun.lemma.lower())
            ntype, head = hit
            rule = self.lex.support.get((lemma, head))
            if rule is None and o in objects and ntype != OTHER:
                rule = self.lex.support.get((lemma, "*"))  # a prepositional object only by its own row
            if rule is None or (ntype == OTHER and rule[0] == "*"):
                continue
            typ = retype(s, i, head, ntype) if rule[0] == "*" else rule[0]
            done.add(o)
            if rule[1] == "noun":
                return describe(s, o, typ, noun.lemma.lower(), support=i)
            if ntype != OTHER:  # "nam de resolutie aan": the noun names the same happening as its verb
                companions.append((o, describe(s, o, typ, noun.lemma.lower(), support=i), True))
            return describe(s, i, typ, lemma)
        return self._support_by_auxiliary(s, i, lemma, done)

    def _support_by_auxiliary(self, s: ParsedSentence, i: int, lemma: str, done: set[int]) -> EventMention | None:
        """A verb-trigger support verb whose typed noun Frog hung on the auxiliary above it, or as a
        conjunct or predicate there ("heeft celstraffen tot vier jaar en drie maanden opgelegd", "is
        een hogere straf opgelegd"): the verb takes the noun's type, the noun stays its own mention."""
        rule = self.lex.support.get((lemma, "*"))
        if rule is None or rule[1] != "verb":
            return None
        for o in auxiliary_arguments(s, i):
            hit = self.lex.noun_type(s.tok(o).lemma)
            if hit is not None and hit[0] != OTHER:
                typ = retype(s, o, hit[1], hit[0]) if rule[0] == "*" else rule[0]
                return describe(s, i, typ, lemma)
        return None

    def _unlisted(self, s: ParsedSentence, i: int, lemma: str) -> EventMention | None:
        """A verb outside the lexicon: a happening of type other when it reports in the past."""
        when, span = _time(s, i)
        own_date = when if span is not None and _time_governor(s, *span) in _clause_chain(s, i) else None
        # "moest afzeggen": it happened; "hebben ontvangen", "heeft bepaalt": a participle Frog misread
        past_modal = self.past and (past_modal_infinitive(s, i) or perfect_infinitive(s, i) or misspelt_participle(s, i)
                                    or managed_infinitive(s, i))
        if not (self.other or past_modal or self.past and (reports_past(s, i) or dated_present(s, i, own_date))) \
                or not (past_modal or _clausal_verb(s, i)):
            return None  # "de koning opent vrijdag het paviljoen": a dated present is scheduled
        if state_participle(s, i) or feeling_verb(s, i) or reflexive_state(s, i, lemma) or attributive_participle(s, i):
            return None  # "is gericht op", "zagen zich genoodzaakt": a state
        if relation_participle(s, i) or lasting_state(s, i):
            return None  # "zijn erbij betrokken", "werkte tien jaar lang bij een bank": a state
        if te_complement(s, i):
            return None  # "verzuimde te profiteren", "wist te ontkomen": the infinitive is the happening
        if present_passive(s, i, when is not None) or position_state(s, i) or feeling_participle(s, i, when is not None):
            return None  # "wordt verdacht van", "stond geparkeerd", "zijn verontwaardigd dat": what is so
        if lemma in NON_EVENT_VERBS and not (lemma in MAIN_VERB_EVENTS and _main_verb(s, i)) or lemma in STATE_VERBS:
            return None
        if lemma in COGNITION_VERBS or lemma in DWELLING_VERBS or modal_passive(s, i) or adverbial_participle(s, i):
            return None  # "zag dat", "woonde in Gent", "kunnen worden bewerkt", "werd geregeld gecontroleerd"
        if named_participle(s, i):
            return None  # "noemt de ontslagen slecht voorbereid": what it is called
        if " " in lemma and s.tok(i).lemma.lower() in NON_EVENT_VERBS:
            return None  # a copula or light verb with a fixed phrase: "van plan zijn", "in handen hebben"
        m = describe(s, i, "contest" if contest_stage(s, i) else OTHER, lemma)  # "bereikte de finale"
        return None if not self.other and m.factuality == "negated" else m

    def _idiom(self, s: ParsedSentence, i: int, lemma: str, done: set[int]) -> bool:
        """The verb and a noun of its clause form an idiom listed in event_support.tsv with type
        "-" ("een rol spelen", "aandacht vragen", "een stap zetten"): neither is a happening.
        Frog often hangs the idiom's noun elsewhere in the clause ("rekening" under "buren"),
        so every noun under the verb or under its auxiliary counts, and one of the few words
        before a clause-final verb with nothing but auxiliaries between ("de rol die hij heeft
        gespeeld", "waar hij een grote rol in speelde")."""
        h = s.head(i)
        near = set(s.subtree(i))
        if h is not None and s.tok(i).deprel == "vc" and s.tok(h).lemma.lower() in TENSE_AUXILIARIES:
            near |= set(s.kids(h))
        for j in range(i - 1, max(s.first, i - 6) - 1, -1):
            t = s.tok(j)
            if t.coarse_pos in ("LET", "VG") or t.coarse_pos == "WW" and t.lemma.lower() not in TENSE_AUXILIARIES:
                break
            near.add(j)
        # Frog may take a stranded preposition for the verb's particle ("een rol in speelde": "inspelen").
        verbs = {lemma, s.tok(i).lemma.lower(), _without_absent_particle(s, i)}
        for j in sorted(near):
            if s.tok(j).coarse_pos == "N" and any((v, s.tok(j).lemma.lower()) in self.lex.idioms for v in verbs):
                done.add(j)
                return True
        return False

    def _noun(self, s: ParsedSentence, i: int) -> EventMention | None:
        lemma = s.tok(i).lemma.lower()
        if lemma == "noodweer" and self_defence(s, i):
            return None
        hit = self.lex.noun_type(lemma)
        if rank_top(s, i):
            return None  # "behoort tot de top van het bedrijf", "in de top tien": a rank, no summit
        told = past_clause_noun(s, i) if hit is None else None
        if told is not None:
            return describe(s, i, told, lemma)  # "er was een optreden", "het duel ging verloren"
        if hit is None:
            typ = (argument_noun(s, i) or prison_term(s, i) or self._deverbal(s, i)
                   or transfer_noun(s, i) or title_won(s, i))  # "de komst van trainer X naar Y", "zijn twaalfde titel"
            return None if typ is None else describe(s, i, typ, lemma)
        if hit[0] == TRIAL and not trial_noun(s, i, hit[1]) or hit[0] == PROSECUTE and persecuted(s, i):
            return None  # "het vredesproces", "politieke vervolging" (kroniek.extract.event_custody)
        return describe(s, i, retype(s, i, hit[1], hit[0]), lemma)

    def _deverbal(self, s: ParsedSentence, i: int) -> str | None:
        """The type of an unlisted noun made from a listed verb ("intrekking" from "intrekken"),
        as the verb would have it in this sentence (``kroniek.extract.event_deverbal``)."""
        hit = deverbal_type(s.tok(i).morph, self.lex.verbs)
        return None if hit is None else retype(s, i, hit[1], hit[0])


def _moved_or_won(s: ParsedSentence, i: int, lemma: str) -> EventMention | None:
    """An unlisted verb whose sense its arguments give, in any tense (a news lead tells both in the
    present): a move to another club or firm ("verhuist naar FC Utrecht", "heeft de spits
    vastgelegd"), a title taken ("de tennisster pakt de titel"), a prize received or awarded ("de
    Boekenprijs gaat naar ..."); ``kroniek.extract.event_transfer``."""
    typ = (TRANSFER if transfer_verb(s, i, lemma)
           else CONTEST if title_taken(s, i, lemma) or prize_awarded(s, i, lemma) else None)
    return None if typ is None else as_planned(s, i, describe(s, i, typ, lemma))


def _economy_verb_in_phrase(lex: Lexicon, s: ParsedSentence, i: int, lemma: str) -> tuple[str, str | None]:
    """The verb's lemma and listed type; an economy verb under an unlisted fixed phrase Frog joined
    to it keeps its own ("op staande voet ontslagen" is "ontslaan", typed by the words around it)."""
    listed = lex.verbs.get(lemma)
    bare = s.tok(i).lemma.lower()
    if listed is None and " " in lemma and lex.verbs.get(bare) == ECONOMY:
        return bare, ECONOMY
    return lemma, listed


# Separable particles Frog may put on a verb's lemma that the sentence does not hold ("gezet" -> opzetten).
SEPARABLE = ("op", "aan", "af", "in", "uit", "mee", "om", "toe", "neer", "bij", "na", "weg", "vast", "terug")


def _without_absent_particle(s: ParsedSentence, i: int) -> str:
    """Frog's lemma without a separable particle that is neither in the word nor among the words of
    the sentence ("een stap gezet" lemmatised "opzetten" is "zetten"); the lemma itself otherwise."""
    lemma = s.tok(i).lemma.lower()
    word = s.word(i).lower()
    words = {s.word(j).lower() for j in range(s.first, s.last)}
    for p in SEPARABLE:
        if lemma.startswith(p) and len(lemma) > len(p) + 3 and p not in word and p not in words:
            return lemma[len(p):]
    return lemma


def _infinitive_particle(s: ParsedSentence, i: int) -> bool:
    """A particle Frog gave the verb that stands right before "te" + infinitive: it belongs to that
    infinitive ("dreigde de ambassadeur uit te zetten" is no "uitdreigen")."""
    return any(c + 2 < s.last and s.tok(c + 1).lemma.lower() == "te" and s.tok(c + 2).pos.startswith("WW(inf")
               for c in s.kids(i, "svp"))


def governs_happening(s: ParsedSentence, i: int, lex: Lexicon) -> bool:
    """An attempt, wish or beginning with a verbal complement or a "met" + happening noun, or
    "dreigen" with an infinitive its subject undergoes: not a happening of its own."""
    verb = s.tok(i).lemma.lower()
    if verb not in CONTROL_VERBS and verb != "dreigen":
        return False
    inf = _complement_infinitive(s, i)
    if verb == "dreigen":
        return inf is not None and s.tok(inf).lemma.lower() in UNDERGO_VERBS
    return inf is not None or _met_happening(s, i, lex)


def _met_happening(s: ParsedSentence, i: int, lex: Lexicon) -> bool:
    """A "met" phrase after the verb in its clause whose noun is a happening ("begonnen met een staking");
    read by position, as Frog hangs "met" under the verb or under a time word."""
    for j in range(i + 1, s.last):
        t = s.tok(j)
        if t.coarse_pos in ("LET", "VG") or t.pos.startswith("WW(pv"):
            return False
        if t.lemma.lower() != "met":
            continue
        for k in range(j + 1, s.last):
            if s.tok(k).coarse_pos in ("VZ", "LET", "VG", "WW"):
                break
            if s.tok(k).coarse_pos == "N" and lex.noun_type(s.tok(k).lemma):
                return True
    return False


# Verbs that announce their verbal complement as planned: "gaat vervolgen", "zal vervolgen",
# "wil vervolgen", "heeft besloten (om) te vervolgen", "is van plan te vervolgen". The complement is
# the happening, told as future; "besluiten" stays a decision of its own.
PLAN_VERBS = frozenset({"gaan", "zullen", "willen", "besluiten", "beslissen", "plannen", "voornemen"})


def plan_governor(s: ParsedSentence, i: int) -> int | None:
    """The plan verb whose bare or te-infinitive complement token i is, or None: up the tree by
    verbal links (through "te" and "om"), or, for a te-infinitive Frog hung elsewhere, the first
    plan verb before it in its clause whose complement infinitive it is. Frog may tag a clause-final
    complement as a nominal infinitive ("zal de zaak ... behandelen"): its verbal link tells."""
    tok = s.tok(i)
    if not (tok.pos.startswith("WW(inf,vrij") or tok.pos.startswith("WW(inf") and tok.deprel in VERBAL_LINKS):
        return None
    j = i
    for _ in range(4):
        h = s.head(j)
        if h is None or s.tok(j).deprel not in VERBAL_LINKS:
            break
        if s.tok(h).coarse_pos == "VZ" and s.tok(h).lemma.lower() in ("te", "om"):
            j = h
            continue
        if s.tok(h).coarse_pos == "WW" and _plans(s, h):
            return h
        break
    for v in range(i - 1, s.first - 1, -1):
        t = s.tok(v)
        if t.coarse_pos in ("LET", "VG"):
            break
        if t.coarse_pos == "WW" and t.lemma.lower() != "gaan" and _plans(s, v) and _complement_infinitive(s, v) == i:
            return v
    return None


def _plans(s: ParsedSentence, v: int) -> bool:
    """A plan verb, or a form of "zijn" with "van plan" ("is van plan ... te")."""
    lemma = s.tok(v).lemma.lower()
    if lemma in PLAN_VERBS:
        return True
    if lemma != "zijn":
        return False
    words = [s.tok(k).lemma.lower() for k in range(v + 1, min(s.last, v + 8))]
    return any(words[k : k + 2] == ["van", "plan"] for k in range(len(words) - 1))


def planned_unlisted(s: ParsedSentence, i: int, lemma: str) -> EventMention | None:
    """An unlisted infinitive a plan verb announces ("gaat vier mannen vervolgen"): a happening of
    type other told as future; not a light verb, and not when negated ("wil niet vervolgen")."""
    if lemma in NON_EVENT_VERBS or s.tok(i).lemma.lower() in NON_EVENT_VERBS:
        return None
    g = plan_governor(s, i)
    if g is None or not _acts_on(s, i, g):
        return None
    m = describe(s, i, OTHER, lemma)
    if m.factuality == "negated":
        return None
    return replace(m, factuality="future") if m.factuality == "asserted" else m  # as_planned, g known


def _acts_on(s: ParsedSentence, i: int, g: int) -> bool:
    """The planned verb is done to someone or something named ("vier mannen vervolgen", "de brug af
    te breken"): a noun or name as the object of the infinitive, of the "te"/"om" above it or beside
    it or of the plan verb (Frog hangs it on any of them, as a modifier too, or makes it the plan
    verb's second subject). An unlisted verb with no object under "gaan" or "zullen" mostly
    forecasts ("er gaat regen vallen", "zullen sterk variëren") or wishes to know ("wil weten"):
    no happening."""
    chain = {i, g} | {c for c in s.kids(g) if s.tok(c).lemma.lower() in ("te", "om") and s.tok(c).coarse_pos == "VZ"}
    j = i
    while (h := s.head(j)) is not None and h != g and s.tok(h).coarse_pos == "VZ" and len(chain) < 6:
        chain.add(h)
        j = h
    for c in chain:
        if any(_nominal(s, k) for k in s.kids(c, "obj1", "mod")):
            return True
    return len([k for k in s.kids(g, "su") if _nominal(s, k)]) >= 2


def _nominal(s: ParsedSentence, k: int) -> bool:
    """A noun, name or nominalised participle that is no time ("deze week")."""
    tok = s.tok(k)
    return (tok.coarse_pos in ("N", "SPEC") or tok.pos.startswith(("WW(vd,nom", "WW(od,nom"))) and not _is_time(s, k)


def as_planned(s: ParsedSentence, i: int, m: EventMention) -> EventMention:
    """A mention a plan verb announces is future unless it is negated or possible already:
    "heeft besloten de brug af te breken" tells an asserted decision and a planned demolition."""
    if m.factuality != "asserted" or plan_governor(s, i) is None:
        return m
    return replace(m, factuality="future")


def _complement_infinitive(s: ParsedSentence, i: int) -> int | None:
    """The infinitive a verb governs: its "vc" infinitive, or the first "te" + infinitive after it in
    its clause (Frog hangs "te" in many places)."""
    for c in s.kids(i, "vc"):
        if s.tok(c).pos.startswith("WW(inf"):
            return c
    for j in range(i + 1, s.last - 1):
        t = s.tok(j)
        if t.coarse_pos in ("LET", "VG") or t.pos.startswith("WW(pv"):
            return None
        if t.lemma.lower() == "te" and s.tok(j + 1).pos.startswith("WW(inf"):
            return j + 1
    return None


def _loose_word(tok: Token, before: Token | None = None) -> bool:
    """A word Frog gives no noun reading that may still spell a listed noun: a foreign word
    outside a name, or a word of a named event (Frog's ``EVE`` span: "Grand Prix"), its first word
    or, after ``before``, the next word of the same span. Names of persons, places and
    organisations stay names ("Russell Brand" is no fire)."""
    if tok.pos.startswith("SPEC(vreemd") and tok.ner == "O":
        return True
    tag = tok.ner.split("_")[0]
    if not tok.pos.startswith("SPEC(deeleigen") or tag[2:] != "EVE":
        return False
    return tag[:2] == ("B-" if before is None else "I-") and (before is None or "EVE" in before.ner)


def capitalised_noun(s: ParsedSentence, i: int) -> bool:
    """A listed event noun Frog took for a name because it opens the sentence ("Brand in
    woning", "Aanslag op ..."): a name tag without a Frog entity, the rest of the word in lower case."""
    tok = s.tok(i)
    word = s.doc.text[tok.start : tok.end]
    if "eigen" not in tok.pos or tok.ner.split("_")[0] != "O" or not word[:1].isupper() or not word[1:].islower():
        return False
    if i > s.first and s.tok(i - 1).coarse_pos != "LET":
        return False
    return lexicon().noun_type(word.lower()) is not None and not name_elsewhere(s.doc, tok.start, word)


def argument_noun(s: ParsedSentence, i: int) -> str | None:
    """The type of a noun that is a happening only as a verb's subject or object ("het vuur sloeg over")."""
    typ = ARGUMENT_NOUNS.get(s.tok(i).lemma.lower())
    h = s.head(i)
    if typ is None or h is None or s.tok(i).deprel not in ("su", "obj1") or s.tok(h).coarse_pos != "WW":
        return None
    # Frog parses "ligt onder vuur" with "vuur" as subject: a preposition right before it is a phrase.
    return None if i > s.first and s.tok(i - 1).coarse_pos == "VZ" else typ


def retype(s: ParsedSentence, i: int, lemma: str, typ: str) -> str:
    """Types that depend on the sentence: "veroordelen" by a court or to a sentence is a verdict;
    "botsen" is an accident with a vehicle, a fight between people, a dispute "over" something."""
    if concluded_with(s, i, lemma) or taken_up(s, i, lemma) or helped_by_a_thing(s, i, lemma):
        return OTHER  # "het concert besloot met een toegift", "de zaak werd opgepakt", "een tip helpt"
    if lemma in LISTED_MOVES and transfer_verb(s, i, lemma):
        return TRANSFER  # "tekent bij PSV", "neemt de spits over van Ajax": a move to another club
    if lemma in ("oordelen", "uitspraak"):
        return "verdict" if _in_court(s, i) else typ  # "de rechter oordeelde", "de uitspraak van de rechtbank"
    if lemma in ("veroordelen", "veroordeling"):
        return "verdict" if _in_court(s, i) else typ
    if lemma in ("botsen", "botsing") and not _with_vehicle(s, i):
        return "criticize" if any(s.tok(c).lemma.lower() == "over" for c in s.kids(i)) else "attack"
    if lemma == "stemmen":
        return vote_type(s, i, typ)  # "de Kamer stemde tegen het wetsvoorstel"; "de kiezers stemden"
    if lemma == "spreken" and not _talk_between(s, i):
        return "statement"  # "spreekt alleen over zonnepanelen": talk about something, no meeting
    return sense_type(s, i, lemma, typ)  # "eindstrijd" a contest; "de twijfel groeit": economy only with an economic argument


def _talk_between(s: ParsedSentence, i: int) -> bool:
    """A "met" phrase, or a plural or coordinated subject, on the verb or on its auxiliary:
    "sprak met de premier", "de ministers hebben over de overname gesproken" are meetings."""
    h = s.head(i)
    near = s.kids(i) + (s.kids(h) if h is not None and s.tok(i).deprel in VERBAL_LINKS else [])
    if any(s.tok(c).lemma.lower() == "met" and not manner_with(s, c) for c in near):
        return True
    return any(s.tok(c).deprel == "su" and (",mv" in s.tok(c).pos or s.tok(c).coarse_pos == "VG") for c in near)


def _absconding(s: ParsedSentence, i: int, lemma: str) -> EventMention | None:
    """An escape told by a negated return from leave or a withdrawal from supervision
    (kroniek.extract.event_custody): asserted, it happened. Or by "voortvluchtig" as a copula's
    predicate ("is sinds zaterdag voortvluchtig"): the mention is the adjective, its subject the one
    who escaped."""
    adj = fugitive(s, i, lemma)
    if adj is not None:
        m = describe(s, adj, ESCAPE, s.tok(adj).lemma.lower())
        su = verb_subject(s, i)
        span = s.phrase(su) if su is not None else None
        return m if span is None else replace(m, arguments=(("patient", *span), *m.arguments))
    told = absconded(s, i, lemma, negated=_factuality(s, i) == "negated")
    if told is None:
        return None
    m = describe(s, i, ESCAPE, told)
    return replace(m, factuality="asserted") if m.factuality == "negated" else m


def self_defence(s: ParsedSentence, i: int) -> bool:
    """"noodweer" is a storm, or self-defence in court news: "uit noodweer handelen", "een
    beroep op noodweer", "zich op noodweer beroepen", or a court in the sentence."""
    if i > s.first and s.tok(i - 1).lemma.lower() in ("uit", "op"):
        return True
    return _heads_in(s, range(s.first, s.last), COURT + ("verdachte", "advocaat", "officier"))


def _heads_in(s: ParsedSentence, idx: Iterable[int], words: tuple[str, ...]) -> bool:
    """A noun among the tokens whose lemma is one of the words or a compound on one ("politierechter")."""
    return any(s.tok(j).coarse_pos == "N" and s.tok(j).lemma.lower().endswith(words) for j in idx)


def _high_council(s: ParsedSentence, j: int) -> bool:
    """"Hoge Raad" (the supreme court), as Frog reads it: the noun "raad" right after "Hoge"."""
    return (s.tok(j).lemma.lower() == "raad" and j > s.first
            and s.word(j - 1).lower() == "hoge")


def _in_court(s: ParsedSentence, i: int) -> bool:
    """A court judges: "tot" or "wegens" on the trigger, a sentence in its phrase, a court as its subject or agent."""
    kids = s.kids(i)
    if any(s.tok(c).lemma.lower() in ("tot", "wegens") for c in kids):
        return True
    if passive_verb(s, i) and not any(s.tok(c).lemma.lower() == "door" for c in kids):
        return True  # "is veroordeeld voor de moord": criticism names who disapproves ("door de VN")
    near = set(s.subtree(i))
    su = verb_subject(s, i) if s.tok(i).coarse_pos == "WW" else None
    if su is not None:
        near |= set(s.subtree(su))
    return (_heads_in(s, near, COURT) or any(_high_council(s, j) for j in near)
            or _heads_in(s, [j for c in kids for j in s.subtree(c)], SENTENCE_WORDS))


def _with_vehicle(s: ParsedSentence, i: int) -> bool:
    """A vehicle is the subject, or in the "met"/"tegen" phrase, of the trigger (or of its noun)."""
    near = list(s.subtree(i))
    su = verb_subject(s, i) if s.tok(i).coarse_pos == "WW" else None
    if su is not None:
        near += s.subtree(su)
    return _heads_in(s, near, VEHICLES)


def _by_vehicle(s: ParsedSentence, i: int) -> bool:
    """A passive verb whose "door" agent is a vehicle: "aangereden door een auto"."""
    for p in s.kids(i, "mod", "pc"):
        if s.tok(p).lemma.lower() == "door" and _heads_in(s, s.kids(p, "obj1"), VEHICLES):
            return True
    return False


def _objects(s: ParsedSentence, i: int) -> list[int]:
    """A verb's direct objects, also those Frog hangs on its auxiliary ("hebben een verdrag getekend")."""
    objs = s.kids(i, "obj1")
    h = s.head(i)
    if not objs and h is not None and s.tok(i).deprel == "vc" and s.tok(h).lemma.lower() in NON_EVENT_VERBS:
        objs = s.kids(h, "obj1")
    return objs


def _support_objects(s: ParsedSentence, i: int) -> list[int]:
    """The objects a support verb may take its event noun from: its direct objects, and the
    subject of its passive ("de wet werd aangenomen" is "een wet aannemen")."""
    objs = _objects(s, i)
    su = verb_subject(s, i) if passive_verb(s, i) else None
    return objs if su is None or su in objs else [*objs, su]


def auxiliary_arguments(s: ParsedSentence, i: int) -> list[int]:
    """The nouns Frog hung on the auxiliary whose verbal complement the participle is: its objects,
    subject and predicate, and the conjuncts of a coordination there ("heeft straffen tot vier jaar
    en drie maanden opgelegd"); none when the verb has an auxiliary of its own below it."""
    h = s.head(i)
    if h is None or s.tok(i).deprel != "vc" or not s.tok(i).pos.startswith("WW(vd") \
            or s.tok(h).lemma.lower() not in TENSE_AUXILIARIES:
        return []
    args = s.kids(h, "obj1", "su", "predc")
    coordinations = [c for c in s.kids(h, "mod", "obj1", "su", "predc") if s.tok(c).coarse_pos == "VG"]
    return [k for k in args + [k for c in coordinations for k in s.kids(c, "cnj")] if s.tok(k).coarse_pos == "N"]


def _prepositional_objects(s: ParsedSentence, i: int) -> list[int]:
    """The nouns of the verb's prepositional complement ("stemde in met de wet"): a support
    construction only where event_support.tsv names that verb with that noun."""
    return [o for c in s.kids(i, "pc", "mod") if s.tok(c).coarse_pos == "VZ" for o in s.kids(c, "obj1")]


def _clausal_verb(s: ParsedSentence, i: int) -> bool:
    """A finite verb or predicative participle: something said to happen or have happened.

    Not a participle used as an adjective ("de concurrerende partij", "de afgevaardigde"), not a
    mis-tagged quote mark, and not an infinitive: an unlisted verb under a modal, "te" or "om te"
    ("kan afbetalen", "om de kosten te drukken") is an aim or a possibility, not a happening, and
    only listed verbs are worth keeping with a future or possible factuality.
    """
    tok = s.tok(i)
    word = s.doc.text[tok.start : tok.end]
    if not word.replace("-", "").isalpha():
        return False
    return tok.pos.startswith(("WW(pv", "WW(vd,vrij"))


def reports_past(s: ParsedSentence, i: int) -> bool:
    """A preterite or a participle: news tells what happened in the past tense ("de bus
    kantelde", "is van de weg geraakt", "wordt vrijdag geopend"); an unlisted verb in the present
    tense mostly says what someone thinks or what is generally so ("vindt", "weet", "werken veel
    in de tuin", "de wind waait")."""
    tok = s.tok(i)
    # A Dutch verb's lemma is an infinitive ending in -n; any other is a noun Frog tagged as a
    # participle ("elektriciteit- en gasnet"), or a participle Frog could not lemmatise
    # ("heeft ... veiliggesteld"), which its tense auxiliary shows.
    return tok.pos.startswith(("WW(pv,verl", "WW(vd")) and (tok.lemma.lower().endswith("n") or unlemmatised_participle(s, i))


def _found(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A participle of an opinion verb tells a happening, not an opinion: "het lichaam is
    gevonden" (found), where "vindt"/"vond" (thinks) is folded like a saying."""
    return lemma in OPINION_LEMMAS and s.tok(i).pos.startswith("WW(vd")


def state_participle(s: ParsedSentence, i: int) -> bool:
    """A participle under "zijn" with a prepositional complement and no agent or time tells a
    state, not a happening: "is gericht op", "is gebaseerd op", "zijn betrokken bij". A perfect
    with "zijn" that happened names its time ("is vrijdag begonnen aan"), so a dated clause stays.
    So does a participle after the noun it modifies with such a complement ("een vliegtuig
    gebaseerd op de spaceshuttle"); a reduced relative with a place or time ("de auto, gestolen in
    Venlo") has a modifier, not a complement, and stays."""
    tok = s.tok(i)
    h = s.head(i)
    if not tok.pos.startswith("WW(vd") or h is None:
        return False
    under_zijn = tok.deprel == "vc" and s.tok(h).lemma.lower() == "zijn"
    after_noun = tok.deprel == "mod" and h < i and s.tok(h).coarse_pos == "N"
    if not (under_zijn or after_noun):
        return False
    kids = s.kids(i)
    if not any(s.tok(c).deprel == "pc" for c in kids) or any(s.tok(c).lemma.lower() == "door" for c in kids):
        return False
    return after_noun or _time(s, i)[0] is None  # the time of the clause around a modifier is not its own


# Reflexive verbs that name a state or a conduct, not a happening: "zich aan de afspraken houden"
# (complying), "zich in Syrië bevinden", "zich met de zaak bezighouden".
REFLEXIVE_STATES = frozenset({"houden", "bevinden", "bezighouden"})


def reflexive_state(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A reflexive verb of ``REFLEXIVE_STATES`` ("hield zich aan de afspraken")."""
    return lemma in REFLEXIVE_STATES and _reflexive(s, i)


def _reflexive(s: ParsedSentence, i: int) -> bool:
    """A reflexive pronoun on the verb, or on the auxiliary above it (Frog hangs "zich" under "heeft"
    in "heeft zich gehouden aan")."""
    h = s.head(i)
    near = s.kids(i) + (s.kids(h) if h is not None and s.tok(i).deprel in VERBAL_LINKS else [])
    return any(s.tok(c).pos.startswith("VNW(refl") or s.tok(c).lemma.lower() == "zich" for c in near)


def feeling_verb(s: ParsedSentence, i: int) -> bool:
    """A reflexive verb with a participle as its predicate tells how someone sees their position
    ("zagen zich genoodzaakt", "voelde zich gedwongen"): neither verb is a happening."""
    h = s.head(i)
    if s.tok(i).pos.startswith("WW(vd") and h is not None and s.tok(i).deprel == "vc":
        i = h
    if s.tok(i).lemma.lower() in TENSE_AUXILIARIES or not s.kids(i, "se"):
        return False
    return any(s.tok(c).pos.startswith("WW(vd") for c in s.kids(i, "vc"))


def _main_verb(s: ParsedSentence, i: int) -> bool:
    """The verb has no verbal complement or predicate of its own (it is not an auxiliary or copula here)."""
    return not any(s.tok(c).coarse_pos == "WW" or s.tok(c).deprel in ("vc", "predc") for c in s.kids(i))


# Frog's named-entity types whose names are not events ("eve" names are: "de Golfoorlog").
NAME_TYPES = frozenset({"PER", "ORG", "LOC", "PRO", "MISC"})


def in_name(s: ParsedSentence, i: int) -> bool:
    """Token i is a word of a multi-word name ("Buitenlandse Handel", "Kamer van Koophandel").

    Two signals: Frog's named-entity span over it and a neighbour, or a capital letter on a
    common noun that does not start the sentence or a quotation (Dutch capitalises a common noun
    mid-sentence only in a name: "de Dienst Terugkeer en Vertrek").
    """
    tok = s.tok(i)
    tag = tok.ner.split("_")[0]
    if tag[:2] in ("B-", "I-") and tag[2:].upper() in NAME_TYPES:
        nxt = s.tok(i + 1).ner.split("_")[0] if i + 1 < s.last else "O"
        if tag.startswith("I-") or nxt == "I-" + tag[2:]:
            return True
    word = s.doc.text[tok.start : tok.end]
    return (tok.coarse_pos == "N" and i > s.first and word[:1].isupper() and not word.isupper()
            and s.tok(i - 1).coarse_pos != "LET")


def in_timex(s: ParsedSentence, i: int) -> bool:
    """Token i is a word of a time expression: "afgelopen week", "na afloop van de wedstrijd" name
    when, not what ("kondigden afgelopen week aan" has no "aflopen")."""
    tok = s.tok(i)
    return any(x.start <= tok.start and tok.end <= x.end for x in s.doc.timexes)


def verb_in_name(s: ParsedSentence, i: int) -> bool:
    """A verb form that is a word of a name: "Voortgezet Onderwijs", "Verenigde Naties",
    "Gesloten Jeugdzorg": a capital mid-sentence (not after punctuation) followed by another
    capitalised word. Frog's entity spans are not used here: they often run over the verb next to
    a name ("zegt Press", "publiceerde Chrysler"), and a verb in lower case is never a name."""
    tok = s.tok(i)
    word = s.doc.text[tok.start : tok.end]
    if i == s.first or i + 1 >= s.last or not word[:1].isupper() or word.isupper():
        return False
    nxt_word = s.word(i + 1)
    return s.tok(i - 1).coarse_pos != "LET" and nxt_word[:1].isupper()


def _in_fixed_phrase(s: ParsedSentence, i: int) -> bool:
    """A noun inside a fixed phrase: a word of a multiword unit ("in samenwerking met", "ten val
    brengen") or of a verb's fixed particle phrase. The phrase is the event, once, on its verb."""
    if s.tok(i).deprel == "mwp":
        return True
    p = s.head(i)
    return p is not None and s.tok(p).coarse_pos == "VZ" and s.tok(p).deprel == "svp"


def heading(s: ParsedSentence) -> bool:
    """A heading or subheading: a line of at most four words with no verb ("Wraak", "Nieuwe
    sancties"). It names a topic, not a happening; the text below tells the happening."""
    words = [j for j in range(s.first, s.last) if s.tok(j).coarse_pos != "LET"]
    return len(words) <= 4 and not any(s.tok(j).coarse_pos == "WW" for j in words)


def bare_pp_idiom(s: ParsedSentence, i: int) -> bool:
    """A bare singular noun that is the object of a preposition modifying a verb, with only
    adjectives before it and nothing after it: "tot nader order", "op korte termijn". Dutch drops
    the article in such fixed adverbial phrases; a reported happening has one ("na de aanval",
    "tijdens een staking") or a complement ("na overleg met Iran"). A noun with no adjective at
    all ("in opdracht", "na overleg") is left alone: that form is common for real happenings too."""
    tok = s.tok(i)
    p = s.head(i)
    if p is None or tok.deprel != "obj1" or s.tok(p).coarse_pos != "VZ" or ",mv," in tok.pos:
        return False
    v = s.head(p)
    if v is None or s.tok(v).coarse_pos != "WW" or s.tok(p).deprel != "mod":
        return False
    kids = s.kids(i)
    return bool(kids) and all(s.tok(c).coarse_pos == "ADJ" and c < i for c in kids)


# Copulas whose predicate noun describes their subject ("X is de grootste bedreiging").
COPULAS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken", "heten", "vormen"})


def predicate_noun(s: ParsedSentence, i: int) -> bool:
    """An event noun as the predicate of a copula says what its subject is, not that something
    happened: "windparken zijn de grootste bedreiging", "hij blijft een gevaar". When the
    subject is a pronoun pointing back at a happening ("Het was een aanslag", "Dit is een
    staking"), the noun does name that happening, so it stays."""
    if s.tok(i).deprel != "predc":
        return False
    v = s.head(i)
    if v is None or s.tok(v).lemma.lower() not in COPULAS:
        return False
    su = verb_subject(s, v)
    return su is not None and s.tok(su).coarse_pos != "VNW"


def absent_noun(s: ParsedSentence, i: int) -> bool:
    """A bare noun after "zonder" names what did not happen: "zonder hulp van een arts",
    "zonder overleg", "zonder slag of stoot"."""
    p = s.head(i)
    return (p is not None and s.tok(i).deprel == "obj1" and s.tok(p).lemma.lower() == "zonder"
            and not s.kids(i, "det"))


# Sentence adverbs built on a participle of speaking: "normaal gesproken", "eerlijk gezegd",
# "kort gezegd", "strikt genomen". The participle comments on the sentence; nobody spoke.
SENTENCE_ADVERB_VERBS = frozenset({"spreken", "zeggen", "nemen", "uitdrukken"})


def sentence_adverb(s: ParsedSentence, i: int) -> bool:
    """A participle of speaking right after a bare adjective that opens the sentence (or a
    clause after a comma): "Normaal gesproken zit je ...", "Eerlijk gezegd had niemand ...".
    Not "Ze hebben kort gesproken": there the adjective does not open the clause."""
    tok = s.tok(i)
    if not tok.pos.startswith("WW(vd") or tok.lemma.lower() not in SENTENCE_ADVERB_VERBS or i == s.first:
        return False
    if s.tok(i - 1).coarse_pos != "ADJ" or s.kids(i, "su", "obj1", "obj2"):
        return False
    return i - 1 == s.first or s.word(i - 2) in (",", ":", "\u201c", '"', "'")


# Prepositions that make a noun the vehicle or occasion of the verb's own event; not "na", "voor",
# "vanwege": "Na de aankondiging zei hij" reports a second statement.
MANNER_PREPS = frozenset({"in", "met", "via", "tijdens"})
# Speech acts have vehicles ("in een brief", "in een toespraak"); "daalde met ..., een stijging" is
# a measure, not a vehicle.
SPEECH_TYPES = frozenset({"statement", "request"})


def _restates_verb(s: ParsedSentence, i: int, typ: str, verbs: dict[int | None, str]) -> bool:
    """An event noun in a phrase on a verb of its own type names the verb's event again:
    "zei in een verklaring", "In haar verklaring zei ze" are one statement."""
    p = s.head(i)
    if typ not in SPEECH_TYPES or p is None or s.tok(i).deprel != "obj1" or s.tok(p).lemma.lower() not in MANNER_PREPS:
        return False
    v = s.head(p)
    return v is not None and verbs.get(v) == typ


def describe_token(doc: Document, i: int, *, other_type: str = OTHER, other: bool = True) -> EventMention:
    """Describe the event a given token triggers (used for gold mentions in evaluation)."""
    sent = doc.sentences[doc.tokens[i].sent]
    s = ParsedSentence(doc, sent)
    lex = lexicon()
    tok = s.tok(i)
    if tok.coarse_pos == "WW":
        lemma = full_lemma(s, i)
        typ = lex.verbs.get(lemma, other_type)
    else:
        lemma = tok.lemma.lower()
        hit = lex.noun_type(lemma)
        typ = hit[0] if hit else other_type
    return describe(s, i, typ, lemma)


def describe(s: ParsedSentence, i: int, typ: str, lemma: str, *, support: int | None = None) -> EventMention:
    """An EventMention for trigger token i: arguments, time and factuality."""
    tok = s.tok(i)
    args: list[tuple[str, int, int]] = []
    verb = support if support is not None else (i if tok.coarse_pos == "WW" else None)
    passive = verb is not None and passive_verb(s, verb)
    no_agent = lemma.startswith("om het leven komen") or lemma in ("sterven", "overlijden", "sneuvelen")

    def add(role: str, j: int) -> None:
        role, sp = _past_dateline(s.doc.text, role, s.phrase(j))
        if sp and not (sp[0] <= tok.start < sp[1]) and (role, *sp) not in args:
            args.append((role, sp[0], sp[1]))

    if verb is not None:
        subj = verb_subject(s, verb)
        if subj is not None:
            add("patient" if passive or no_agent else "agent", subj)
        for o in _objects(s, verb):
            if o != i:
                add("patient", o)
        for o in s.kids(verb, "obj2"):
            add("recipient", o)
        for p in s.kids(verb, "mod", "pc", "vc", "ld"):
            _prep_arg(s, p, typ, add, verbal=True)
    if tok.coarse_pos == "N":
        for p in s.kids(i, "mod"):
            t = s.tok(p)
            if t.coarse_pos == "ADJ" and t.ner.endswith("LOC"):
                add("agent", p)  # "Amerikaanse droneaanval": the nationality is who did it
            elif t.coarse_pos == "VZ":
                _prep_arg(s, p, typ, add, verbal=False)
    _place(s, i if verb is None else verb, add, args)
    when, time_span = _time(s, i if verb is None else verb)
    if time_span:
        args.append(("time", *time_span))
    source = _source(s, i, skip=support)
    if source:
        args.append(("source", *source))
    return EventMention(
        start=tok.start,
        end=tok.end,
        type=typ,
        lemma=lemma,
        factuality=_dated_factuality(s, i if verb is None else verb, when, time_span),
        when=when,
        arguments=tuple(args),
    )


def _past_dateline(text: str, role: str, sp: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """A phrase the parse opens with the dateline ("VELDHOVEN - Een man ... overleden" taking
    "VELDHOVEN" for the subject): the dateline alone is the event's place, never a participant; a
    phrase that runs on past it keeps its own words ("Een man")."""
    d = None if sp is None else dateline_at(text, sp[0])
    if sp is None or d is None:
        return role, sp
    if sp[1] <= d[2]:
        return "place", (d[0], d[1])
    return role, (d[2], sp[1])


def verb_subject(s: ParsedSentence, v: int) -> int | None:
    """The subject of a verb, found on the finite verb above it when the verb is a complement."""
    j: int | None = v
    for _ in range(6):
        if j is None:
            return None
        su = s.kids(j, "su")
        if su:
            return su[0]
        if s.tok(j).deprel not in VERBAL_LINKS:
            return None
        j = s.head(j)
        if j is not None and s.tok(j).coarse_pos == "VZ":  # "te" in "te vergelden"
            j = s.head(j)
    return None


def passive_verb(s: ParsedSentence, v: int) -> bool:
    tok = s.tok(v)
    if not tok.pos.startswith("WW(vd"):
        return False
    h = s.head(v)
    return h is not None and tok.deprel == "vc" and s.tok(h).lemma.lower() in ("worden", "zijn")


def _prep_arg(s: ParsedSentence, p: int, typ: str, add: object, *, verbal: bool) -> None:
    t = s.tok(p)
    if t.coarse_pos != "VZ":
        return
    prep = t.lemma.lower()
    objs = s.kids(p, "obj1")
    if not objs:
        return
    obj = s.tok(objs[0])
    lex = lexicon()
    if prep == "door":
        is_event = obj.coarse_pos == "N" and lex.noun_type(obj.lemma) is not None
        add("instrument" if is_event else "agent", p)  # type: ignore[operator]
    elif prep == "van" and not verbal:
        # "de aanklacht van het OM": the prosecutor is who charges, not who is charged
        undergoer = typ in UNDERGOER_TYPES and not (typ == PROSECUTE and prosecutor(s, objs[0]))
        add("patient" if undergoer else "agent", p)  # type: ignore[operator]
    elif prep in ("op", "tegen") and typ in ("attack", "protest", "sanction", "criticize") and not _is_time(s, objs[0]):
        add("patient", p)  # type: ignore[operator]
    elif prep == "bij" and obj.coarse_pos == "N" and lex.noun_type(obj.lemma) is not None:
        add("instrument", p)  # type: ignore[operator]
    elif prep == "met" and verbal and typ in ("meet", "cooperate"):
        add("participant", p)  # type: ignore[operator]


def _is_time(s: ParsedSentence, j: int) -> bool:
    """A token inside a time expression or a number ("op 3 januari" is when, not a target)."""
    t = s.tok(j)
    return t.coarse_pos == "TW" or any(x.start <= t.start < x.end for x in s.doc.timexes)


def _place(s: ParsedSentence, i: int, add: object, args: list[tuple[str, int, int]]) -> None:
    """Places: LOC mentions under the trigger's phrase, else in a place PP of the clause."""
    doc = s.doc
    taken = {(a, b) for _, a, b in args}
    locs = [m for m in doc.mentions if m.type == "LOC" and s.tok(s.first).start <= m.start < s.tok(s.last - 1).end]
    if not locs:
        locs_tok = [j for j in range(s.first, s.last) if s.tok(j).ner.split("_")[0] == "B-LOC"
                    and s.tok(j).coarse_pos != "ADJ"]
        spans = [(s.tok(j).start, s.tok(_name_end(s, j)).end) for j in locs_tok]
    else:
        spans = [(m.start, m.end) for m in locs]
    under = set(s.subtree(i))
    for a, b in spans:
        j = _token_at(s, a)
        if j is None or j not in under:
            continue
        # Only places reached through a place preposition ("in Irak", "bij Bagdad", "het vliegveld van Bagdad").
        k: int | None = j
        ok = False
        while k is not None and k != i:
            if s.tok(k).coarse_pos == "VZ" and s.tok(k).lemma.lower() in PLACE_PREPS:
                ok = True
                break
            k = s.head(k)
        if ok and not any(x <= a and b <= y for x, y in taken):
            args.append(("place", a, b))


def _name_end(s: ParsedSentence, j: int) -> int:
    """The last token of the Frog name that starts at token j ("Den Haag", not "Den")."""
    typ = s.tok(j).ner.split("_")[0][2:]
    while j + 1 < s.last and s.tok(j + 1).ner.split("_")[0] == "I-" + typ:
        j += 1
    return j


def _token_at(s: ParsedSentence, offset: int) -> int | None:
    for j in range(s.first, s.last):
        if s.tok(j).start <= offset < s.tok(j).end:
            return j
    return None


def _clause_root(s: ParsedSentence, i: int) -> int:
    j = i
    for _ in range(10):
        h = s.head(j)
        if h is None or s.tok(j).deprel not in CLAUSE_LINKS | {"mod", "obj1", "predc", "su", "pc"}:
            return j
        if s.tok(h).coarse_pos == "VG":  # a subordinate clause starts here
            return j
        j = h
    return j


def _time(s: ParsedSentence, i: int) -> tuple[str | None, tuple[int, int] | None]:
    """The TIMEX3 value and span of the time expression that governs the trigger in the parse.

    A time expression dates the word it hangs on (through its preposition: "op 3 januari"). It
    dates the trigger when that word is the trigger or a word above it in its clause ("heeft
    maandag ... gedood", "de aanval van vrijdag", "de aanval vond vrijdag plaats"); failing that,
    one hanging on a word that is neither a verb nor an event noun (a headline's bare date,
    Frog's misattachments, an auxiliary of a clause Frog split), in the clause first. A time
    hanging on another verb or event ("eiste dinsdag straf voor de moord in 2017": 2017 dates the
    murder, not the demand), or on the clause that embeds the trigger's ("zei maandag dat de
    fabriek sluit"), never dates it. Nearest first.
    """
    doc = s.doc
    lo, hi = s.tok(s.first).start, s.tok(s.last - 1).end
    cands = [t for t in doc.timexes if lo <= t.start < hi and t.type in ("DATE", "TIME")]
    if not cands:
        return None, None
    chain = _clause_chain(s, i)
    above = _ancestors(s, i) - chain  # words of the clauses the trigger's clause is part of
    clause = set(s.subtree(_clause_root(s, i)))
    governed: list[Timex] = []
    in_clause: list[Timex] = []
    loose: list[Timex] = []
    for t in cands:
        g = _time_governor(s, t.start, t.end)
        if _after_event_noun(s, i, t) or _names_which_one(s, t, g, chain) or _aside(s, t) or _in_om_te(s, i, t) \
                or _comma_aside(s, i, t):
            continue
        if g in chain:
            governed.append(t)
        elif g not in above and (g is None or not _eventive(s, g)) and not _in_other_clause(s, g, i):
            (in_clause if g is not None and g in clause else loose).append(t)
    pool = governed or in_clause or loose
    if not pool:
        return None, None
    pos = s.tok(i).start
    best = min(pool, key=lambda t: abs(t.start - pos))
    return best.value, (best.start, best.end)


def _comma_aside(s: ParsedSentence, i: int, t: Timex) -> bool:
    """The time stands in a verbless aside set off by a comma after a noun, which says what the noun
    is then ("De spits, volgend seizoen speler van Ajax, scoorde twee keer"; "..., de hoogste stand
    dit jaar"), not when the trigger outside it happened. Read by word order, as Frog often leaves
    such an aside a fragment of its own. An aside that is only a time or a place ("won de finale,
    zaterdag in Parijs") still dates it."""
    j = _token_at(s, t.start)
    if j is None:
        return False
    left = next((k for k in range(j - 1, s.first - 1, -1) if s.word(k) in (",", ";", ":", "(")), None)
    if left is None or left - 1 < s.first or s.word(left) != "," or s.tok(left - 1).coarse_pos not in ("N", "SPEC"):
        return False
    right = next((k for k in range(j, s.last) if s.word(k) in (",", ";", ":", ")")), s.last)
    if left < i < right or any(s.tok(k).pos.startswith("WW(pv") for k in range(left + 1, right)):
        return False
    for k in range(left + 1, right):
        tok = s.tok(k)
        if t.start <= tok.start < t.end or tok.coarse_pos in ("LID", "VNW", "TW", "BW"):
            continue
        return tok.coarse_pos in ("ADJ", "N") and not tok.pos.startswith("N(eigen")
    return False


def _in_om_te(s: ParsedSentence, i: int, t: Timex) -> bool:
    """The time stands in an "om ... te" clause that does not hold the trigger ("besloot om het kamp
    volgend jaar te schrappen": next year dates the scrapping, not the decision), read by
    word order: Frog often hangs the clause's words on "om" or on the verb before it."""
    j = _token_at(s, t.start)
    if j is None:
        return False
    om = next((k for k in range(j - 1, s.first - 1, -1) if s.word(k).lower() in ("om", ",", ";")), None)
    if om is None or s.word(om).lower() != "om":
        return False
    te = next((k for k in range(j + 1, s.last - 1) if s.word(k).lower() == "te"
               and s.tok(k + 1).pos.startswith("WW(inf")), None)
    return te is not None and not om <= i <= te + 1 and not any(s.word(k) in (",", ";") for k in range(j, te))


def _in_other_clause(s: ParsedSentence, g: int | None, i: int) -> bool:
    """The word ``g`` stands in a subordinate or relative clause that does not hold the trigger
    ("Ronald V., de man die maandag is ontvlucht, is aangehouden": "maandag" dates the escape, even
    where Frog hangs it on the clause's auxiliary)."""
    j = g
    for _ in range(12):
        if j is None or j == i:
            return False
        if s.tok(j).deprel == "body":  # the clause under a complementizer or relative pronoun
            return i not in s.subtree(j)
        j = s.head(j)
    return False


def _clause_chain(s: ParsedSentence, i: int) -> set[int]:
    """The trigger and the words above it up to its clause's top (a complementizer ends the clause,
    and so does a relative word, itself still in: "waar de componist overleed, wordt dit najaar
    een museum geopend" dates the opening, not the death, while "te" and "om" end nothing; and so
    does a saying: "kondigde haar dood vorige week aan" dates the announcement only)."""
    out = {i}
    j = i
    verbs = lexicon().verbs
    for _ in range(12):
        h = s.head(j)
        if h is None or s.tok(h).coarse_pos == "VG":
            break
        if s.tok(j).deprel == "body" and s.tok(h).coarse_pos == "VNW":
            out.add(h)  # the relative word's own time is the clause's ("waar vandaag ... is geopend")
            break
        if s.tok(h).coarse_pos == "WW" and verbs.get(full_lemma(s, h)) == "statement":
            break
        out.add(h)
        j = h
    return out


def _names_which_one(s: ParsedSentence, t: Timex, g: int | None, chain: set[int]) -> bool:
    """A time phrase in "van" after a noun that is no happening tells which one of those is meant
    ("de finaliste van vorig jaar", "de Winterspelen van 2026", "de kampioen van 2022"): it dates
    no happening of the sentence. A happening noun takes its own ("de aanval van vrijdag": an
    event noun, or the trigger and the words above it)."""
    if g is None or g in chain or s.tok(g).coarse_pos != "N" or _eventive(s, g):
        return False
    j = _token_at(s, t.start)
    if j is not None and j - 1 >= s.first and s.word(j - 1).lower() == "van" and s.head(j - 1) == g:
        return True
    return _in_apposition(s, g, chain)


COMPARATIVES = frozenset({"zoals", "evenals", "dan"})


def _aside(s: ParsedSentence, t: Timex) -> bool:
    """A time that dates no happening of the sentence: one in brackets after a name ("Claude Monet
    (1840-1926)": life years), or one a comparison brings in ("won net als vorig jaar", "zoals in
    2017", "meer dan vorig jaar": the earlier time is the other side of the comparison)."""
    j = _token_at(s, t.start)
    if j is None:
        return False
    k = j - 1
    while k > s.first and k >= j - 3 and (s.word(k) in ("-", "–") or s.word(k).isdigit()):
        k -= 1  # "(1853-1890)": the second year
    if k >= s.first and s.word(k) == "(":
        return k - 1 >= s.first and _proper_name(s.tok(k - 1))
    k = j - 1
    if k >= s.first and s.word(k).lower() in ("in", "op"):
        k -= 1  # "zoals in 2017"
    if k < s.first:
        return False
    before = s.word(k).lower()
    return before in COMPARATIVES or before == "als" and k - 1 >= s.first and s.word(k - 1).lower() in ("net", "zo")


def _proper_name(tok: Token) -> bool:
    return tok.pos.startswith(("SPEC(deeleigen", "N(eigen")) or tok.ner not in ("", "O")


def _in_apposition(s: ParsedSentence, g: int, chain: set[int]) -> bool:
    """The noun stands in an apposition set off by a comma that does not hold the trigger ("versloeg
    Anna Jansen, de winnares van Wimbledon in 2016"): its time tells who the person is, with any
    preposition, and dates no happening of the sentence."""
    words = s.subtree(g)
    left = min(words)
    return left - 1 >= s.first and s.word(left - 1) == "," and not chain & set(words)


def _after_event_noun(s: ParsedSentence, i: int, t: Timex) -> bool:
    """A time phrase right after another event noun's phrase, behind the trigger, is that noun's
    ("aangehouden vanwege de dood van een vrouw in 2003": 2003 dates the death, wherever Frog
    attaches it; "veroordeeld vanwege het doodsteken van haar vriend in maart": March dates the
    stabbing); a verb or a comma in between ends the noun's phrase."""
    for j in range(i + 1, s.last):
        tok = s.tok(j)
        if tok.start >= t.start:
            return False
        if _event_noun(tok):
            between = [s.tok(k) for k in range(j + 1, s.last) if tok.end <= s.tok(k).start < t.start]
            if not any(b.coarse_pos == "WW" or s.doc.text[b.start:b.end] in (",", ";", ":") for b in between):
                return True
    return False


def _event_noun(tok: Token) -> bool:
    """A noun of the lexicon ("de dood") or a verb used as a noun ("het doodsteken", Frog's
    WW(inf,nom,…)): both name a happening of their own."""
    if tok.coarse_pos == "N":
        return lexicon().noun_type(tok.lemma) is not None
    return tok.pos.startswith("WW(inf,nom")


def _ancestors(s: ParsedSentence, i: int) -> set[int]:
    out: set[int] = set()
    h = s.head(i)
    while h is not None and h not in out:
        out.add(h)
        h = s.head(h)
    return out


def _time_governor(s: ParsedSentence, start: int, end: int) -> int | None:
    """The word a time expression hangs on: above its own words and its preposition."""
    inside = [j for j in range(s.first, s.last) if start <= s.tok(j).start < end]
    if not inside:
        return None
    top = next((j for j in inside if s.head(j) is None or s.head(j) not in inside), inside[0])
    g = s.head(top)
    bare = True
    while g is not None and (s.tok(g).coarse_pos == "VZ" or start <= s.tok(g).start < end):
        bare = bare and s.tok(g).coarse_pos != "VZ"
        g = s.head(g)
    if bare and g is not None and s.tok(g).coarse_pos == "N":
        # A bare time phrase ("vorige week", "zaterdag") is an adverbial of the clause: Frog
        # hanging it on the object noun ("kondigde haar vertrek vorige week aan") is read as
        # hanging on the verb; a noun takes its time through a preposition ("de aanval van vrijdag").
        v = s.head(g)
        if v is not None and s.tok(v).coarse_pos == "WW":
            return v
    return g


def _eventive(s: ParsedSentence, j: int) -> bool:
    """A content verb or an event noun: a word a time expression would date instead of the
    trigger. An auxiliary is not ("heeft maandag ... gedood" when Frog splits the clause)."""
    tok = s.tok(j)
    if tok.coarse_pos == "WW":
        return tok.lemma.lower() not in NON_EVENT_VERBS
    return tok.coarse_pos == "N" and lexicon().noun_type(tok.lemma) is not None


def _governors(s: ParsedSentence, i: int) -> list[int]:
    """The trigger and the verbs governing it within its clause (stopping at a complementizer).

    An event noun keeps its own factuality: "de dood ... te zullen wreken" does not make the
    death future; only a copula above it counts ("er is geen aanval geweest").
    """
    out = [i]
    if s.tok(i).coarse_pos == "N":
        h = s.head(i)
        if h is not None and s.tok(h).lemma.lower() in ("zijn", "worden", "blijven") and s.tok(i).deprel in ("su", "predc"):
            out.append(h)
        return out
    j = i
    for _ in range(8):
        h = s.head(j)
        if h is None:
            break
        rel = s.tok(j).deprel
        if s.tok(h).coarse_pos in ("VG",) or rel not in VERBAL_LINKS | {"obj1", "predc", "su"}:
            break
        if s.tok(h).coarse_pos == "VZ" and rel == "body":
            j = h
            continue
        if s.tok(h).coarse_pos not in ("WW", "VZ"):
            break
        out.append(h)
        j = h
    return out


def _negator_below(s: ParsedSentence, govs: list[int]) -> bool:
    """A negator of the clause that Frog hangs where the "mod" cues are not looked for: under a
    verb of the clause as "predm" ("heeft de bank niet overvallen") or with no relation (on the
    finite auxiliary of a subordinate clause: "dat de man niet is teruggekeerd"); as the tail of a
    multiword unit under such a verb ("daar niet van terugkeerde"); or under the clause's subject,
    after it ("dat een patiënt niet is teruggekomen"; "niet de minister maar ..." before the
    subject negates the subject only); a subject or object the clause denies ("heeft geen verdachten
    aangehouden", "niemand raakte gewond"). A clause below (a complementizer) is never looked into."""
    for g in govs:
        if s.tok(g).coarse_pos != "WW":
            continue
        for c in s.kids(g):
            if s.tok(c).deprel in CLAUSE_LINKS:
                continue
            if _is_negator(s, c) or any(_is_negator(s, k) for k in s.kids(c, "mwp")):
                return True
            if s.tok(c).deprel == "su" and any(
                _is_negator(s, k) and k > c for k in s.kids(c, "mod")
            ):
                return True
            if (s.tok(c).deprel in ("su", "obj1") or s.tok(c).deprel == "predc" and _participle_below(s, g)) and _denied(s, c):
                # "geen verdachten aangehouden" (Frog may label "geen" det or su); "er is geen aanslag
                # gepleegd" (the existential passive's noun is a predc of "is" beside the participle)
                return True
    return False


def _participle_below(s: ParsedSentence, g: int) -> bool:
    """A passive auxiliary with its participle ("er is ... gepleegd"), not a copula ("was geen ongeluk")."""
    return any(s.tok(v).pos.startswith("WW(vd") for v in s.kids(g, "vc"))


def _denied(s: ParsedSentence, c: int) -> bool:
    """A subject or object that "geen" denies: "geen" before its head in its phrase, also under a
    word of it ("geen enkele verdachte": Frog may hang "geen" on "enkele"), or left unattached
    right before the phrase (Frog's parse of "Geen enkele verdachte is aangehouden")."""
    sub = s.subtree(c)
    if any(s.tok(k).lemma.lower() == "geen" and k < c for k in sub):
        return True
    k = min(sub) - 1
    return k >= s.first and s.tok(k).lemma.lower() == "geen" and s.head(k) is None


def _refrained_from(s: ParsedSentence, i: int) -> bool:
    """An event noun in the "van" phrase of "afzien" ("het OM ziet af van vervolging", "zag af van
    een aanval"): what someone refrains from does not happen, unless the refraining is denied."""
    p = s.head(i)
    if p is None or s.tok(i).coarse_pos != "N" or s.tok(p).lemma.lower() != "van":
        return False
    v = s.head(p)
    if v is None or full_lemma(s, v) != "afzien":
        return False
    return _factuality(s, v) != "negated"


def _is_negator(s: ParsedSentence, i: int) -> bool:
    return s.tok(i).lemma.lower() in NEGATORS and not _nothing_but(s, i)


def _nothing_but(s: ParsedSentence, i: int) -> bool:
    """"niets anders dan", "niet anders dan": nothing but, so what follows is what happened
    ("kon niets anders dan lachen")."""
    return i + 2 < s.last and s.tok(i + 1).lemma.lower() == "ander" and s.tok(i + 2).lemma.lower() == "dan"


def _dated_factuality(s: ParsedSentence, i: int, when: str | None, span: tuple[int, int] | None) -> str:
    """The factuality of the trigger's clause, and a plan told in the present for a later day
    than the report's ("het album verschijnt vrijdag") is future."""
    factuality = _factuality(s, i)
    return "future" if factuality == "asserted" and scheduled_ahead(s, i, when, span) else factuality


def _factuality(s: ParsedSentence, i: int) -> str:
    govs = _governors(s, i)
    cues: set[str] = set()
    for g in govs:
        t = s.tok(g)
        if t.coarse_pos == "WW":
            cues.add(t.lemma.lower())
            if t.lemma.lower() == "zullen" and "verl" in t.pos:
                cues.add("zou")
            if t.lemma.lower() == "gaan" and not s.kids(g, "vc", "body"):
                cues.discard("gaan")
        for c in s.kids(g, "mod", "det", "svp"):
            if not _nothing_but(s, c):
                cues.add(s.tok(c).lemma.lower())
            rest = [s.tok(k).lemma.lower() for k in s.kids(c, "mwp")]
            if rest:  # a split multiword unit: "van" + "plan" is the cue "van_plan"
                cues.add("_".join([s.tok(c).lemma.lower(), *rest]))
    if s.tok(i).coarse_pos == "N":
        cues.update(s.tok(c).lemma.lower() for c in s.kids(i, "det", "mod"))
    if cues & NEGATORS or _negator_below(s, govs) or _refrained_from(s, i):
        return "negated"
    if cues & {"zou", "kunnen", "mogen"} or cues & (POSSIBLE_CUES - {"kunnen", "mogen"}):
        return "possible"
    if cues & FUTURE_CUES:
        return "future"
    return "asserted"


def _source(s: ParsedSentence, i: int, skip: int | None = None) -> tuple[int, int] | None:
    """Who reports the event: the speaker of a quote around it, or the subject of a reporting verb above.

    ``skip`` is the event's own support verb: "een ultimatum stellen" is not a statement about it.
    """
    doc = s.doc
    pos = s.tok(i).start
    for q in doc.quotes:
        if q.start <= pos < q.end and q.speaker_start is not None and q.speaker_end is not None:
            return q.speaker_start, q.speaker_end
    verbs = lexicon().verbs
    j = i
    for _ in range(12):
        h = s.head(j)
        if h is None:
            return None
        t = s.tok(h)
        if t.coarse_pos == "WW" and verbs.get(full_lemma(s, h)) == "statement" and h not in (i, skip):
            su = verb_subject(s, h)
            return s.phrase(su) if su is not None else None
        j = h
    return None
