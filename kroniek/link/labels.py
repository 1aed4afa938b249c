"""Readable event labels in headline style, built from the parse — who, what, whom, where.

The label is made from one mention (the one of the event's type that names someone, verbs before
nouns, then the one naming most, earliest first) and from the event's participants as entity
names, not cut from a sentence:

- a participle with a patient, or a passive: the headline drops the auxiliary and says what was
  done to whom, by whom: "{patient} {particle + participle}{ door agent}{ bij instrument}{ in place}"
  ("motie aangenomen door Iraaks parlement", "Peter M. opgepakt in Amersfoort");
- another verb keeps its own subject (never the event's agent: "Soleimani kwam om het leven"
  has none): "{agent} {finite verb} {patient} {particle}{ bij instrument}{ in place}";
- a noun: "{noun}{ door agent}{ op/van patient}{ in place}" ("droneaanval door Verenigde Staten
  op Qassem Soleimani").

When the mention's own arguments name nobody, the parse around the trigger may (``label_parse``):
an event noun's owner and its own prepositional phrase ("vertrek van Henri Lenferink",
"veroordeling voor mishandeling"), the noun an attributive participle stands on ("finale
verloren"), the subject (and object) a coordinated verb shares with the one before it ("politie
hield Jan de Boer aan"), and the name a pronoun's coreference chain gives.

A particle keeps its multiword unit ("om het leven gekomen"); a pronoun ("zij", "hij") is no
participant in a label: its chain's name, else the event's named participant stands in, or
nobody. An object that is no entity is its head noun ("resolutie"). A negated mention keeps its
"niet" ("Jansen werkt niet mee"); one name is never both agent and patient. An event with no named participant and no object keeps the
linker's label.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..extract.headline import text_headline
from ..gazetteer import street_head
from ..model import Document, Entity, Event, EventMention, Token
from .geo import resolve_place
from .label_parse import (
    Shared,
    attributive_noun,
    chain_named,
    fate,
    in_time,
    light_verb,
    no_subject,
    noun_phrase,
    owner,
    relative_antecedent,
    sentence_tokens,
    shared,
    subjects,
    subtree,
    verb_phrase,
    verbal,
    with_whom,
)
from .spans import Spans

TARGET_PREP = {"attack": "op", "protest": "tegen", "sanction": "tegen", "criticize": "op"}
LIMIT = 100


def _mention(ev: Event, docs: dict[str, Document], names: Names) -> tuple[Document, EventMention, int] | None:
    """The mention to build the label from: of the event's type, naming someone, with the event's
    factuality, a verb before a noun, naming entities by their heads, earliest first."""
    idx = names.idx
    best = None
    for doc_id, start, end in ev.mentions:
        doc = docs.get(doc_id)
        if doc is None:
            continue
        em = idx.event(doc, start, end)
        i = idx.token_at(doc, start)
        if em is None or i is None:
            continue
        roles = {r for r, _, _ in em.arguments}
        tok = doc.tokens[i]
        if tok.pos.startswith("WW(vd") and "patient" in roles:
            roles |= {r for r, _ in ev.participants if r == "agent"}  # "… gedood door {agent}"
        named = ("agent" in roles) + ("patient" in roles)
        # The mention that says most of who did what to whom; a verb reads as a headline. Among
        # those, the one whose own agent and patient are entities by their head (a misparsed
        # subject, "het contact met …", loses to a mention naming the alliance). Not before: a noun
        # ("liquidatie … van …") or a relative clause whose misparsed object names an entity ("de
        # tekst die het parlement aannam, … de Iraakse regering") would beat the headline verb.
        # A mention telling the event as the event is told (asserted, negated …) before one that
        # does not: "vertrekt niet direct" is no label for her departure. A text's own headline
        # line ("Vakbond voert actie") is clipped headline language: the body's mention it is
        # bound to tells the same happening in full.
        key = (em.type == ev.type, not _in_headline_line(doc, start), named,
               em.factuality == ev.factuality, verbal(tok), _entities_named(doc, em, names), -start)
        if best is None or key > best[0]:
            best = (key, doc, em, i)
    return None if best is None else (best[1], best[2], best[3])


def _in_headline_line(doc: Document, start: int) -> bool:
    line = text_headline(doc)
    return line is not None and line.start <= start < line.end


def _entities_named(doc: Document, em: EventMention, names: Names) -> int:
    """How many of a mention's agent and patient are entities by their head ("de DFCF", not "het
    contact met het militair bewind": a parse error often makes the wrong phrase the subject)."""
    ents = names.spans.get(doc.id, [])
    n = 0
    for role, a, b in em.arguments:
        head = _head_end(doc, a, b, names.idx)
        if role in ("agent", "patient") and any(a <= s and e <= head and (doc.id, s, e) not in names.demonym_spans
                                                 for s, e, _ in ents):
            n += 1
    return n


def _head_noun(doc: Document, a: int, b: int, idx: Spans) -> str:
    """The last common noun of a span before any preposition ("een niet-bindende resolutie" -> "resolutie")."""
    last = ""
    for t in idx.tokens_in(doc, a, b):
        if t.coarse_pos == "VZ":
            break
        if t.pos.startswith("N(soort"):
            last = doc.text[t.start : t.end]
    return last


def _passive(doc: Document, tok: Token) -> bool:
    if not tok.pos.startswith("WW(vd") or tok.head < 0:
        return False
    return doc.tokens[tok.head].lemma.lower() in ("worden", "zijn") and tok.deprel == "vc"


def _verb(doc: Document, i: int) -> tuple[str, str]:
    """The verb in two parts around its object, as Dutch word order puts them: ("nam", "aan"),
    ("had", "gevraagd"), ("", "stilleggen") for an infinitive (its full lemma)."""
    tok = doc.tokens[i]
    word = doc.text[tok.start : tok.end]
    sent = doc.sentences[tok.sent] if 0 <= tok.sent < len(doc.sentences) else None
    first = sent.first_token if sent else 0
    around = doc.tokens[first : sent.last_token] if sent else doc.tokens
    heads = {i, tok.head} if tok.pos.startswith("WW(vd") and tok.deprel == "vc" else {i}
    particle = " ".join([*(doc.text[t.start : t.end] for t in around if t.head in heads and _predicative(t)),
                         *(_with_parts(doc, around, t) for k, t in enumerate(around, first)
                           if t.head == i and t.deprel == "svp" and not _of_te_infinitive(doc, k, i))])
    if tok.pos.startswith("WW(inf"):
        return "", (particle + word if particle and " " not in particle else f"{particle} {word}".strip())
    if tok.pos.startswith("WW(vd") and tok.head >= 0 and tok.deprel == "vc":
        aux = doc.tokens[tok.head]
        if aux.pos.startswith("WW(pv"):
            return doc.text[aux.start : aux.end], f"{particle} {word}".strip()
        return "", f"{particle} {word}".strip()
    return word, particle


def _of_te_infinitive(doc: Document, k: int, i: int) -> bool:
    """The particle ``doc.tokens[k]`` stands right before "te" and an infinitive other than the
    trigger ``i``, so it is that infinitive's ("heeft besloten de lessen op te schorten": "op" is
    part of "opschorten", though the parse may hang it on "besloten")."""
    nxt = doc.tokens[k + 1 : k + 3]
    return (len(nxt) == 2 and doc.text[nxt[0].start : nxt[0].end].lower() == "te"
            and nxt[1].pos.startswith("WW(inf") and k + 2 != i)


def _predicative(t: Token) -> bool:
    """An adjective that is part of what happened ("gewond" in "is gewond geraakt")."""
    return t.deprel == "predc" and t.coarse_pos == "ADJ"


def _with_parts(doc: Document, around: list[Token], t: Token) -> str:
    """A particle with the rest of its multiword unit ("om" + "het leven")."""
    k = doc.tokens.index(t) if t in around else -1
    parts = [u for u in around if k >= 0 and u.head == k and u.deprel == "mwp"]
    return " ".join(doc.text[u.start : u.end] for u in [t, *parts])


def clause_label(ev: Event, docs: dict[str, Document], names: Names) -> str | None:
    """The who-what-whom-where label of an event, or None when it names nobody and nothing."""
    found = _mention(ev, docs, names)
    if found is None:
        return None
    doc, em, i = found
    tok = doc.tokens[i]
    first: dict[str, str] = {}
    for role, eid in ev.participants:
        if eid in names.ids:
            first.setdefault(role, names.ids[eid])
    spans = _without_times(doc, em.arguments)
    shared_agent, shared_patient = _shared(doc, i, spans, names)
    own_agent = _people(doc, i, names) or _role(doc, spans, "agent", first, names) or shared_agent
    agent = own_agent or first.get("agent")
    patient = (_role(doc, spans, "patient", first, names) or first.get("patient") or shared_patient
               or _middle_object(doc, i, spans.get("agent"), names) or _said_at(doc, attributive_noun(doc, tok), names))
    if agent and agent == patient:  # a misparse: a label names nobody twice ("X ontslagen door X")
        if tok.pos.startswith("WW(vd") or shared_agent == patient:
            own_agent = agent = None  # keep what happened to whom; a subject read off the parse yields
        else:
            patient = None
    places = _places(ev, names, (agent, patient))
    place = places[0] if places else None
    instrument = next((_head_noun(doc, a, b, names.idx) for r, a, b in em.arguments if r == "instrument"), "")
    own: list[str] = []
    if not (verbal(tok) or patient):
        own, light = _noun_parts(doc, i, names, place, agent)
        agent = agent or light
        own += [] if own or agent else _fate_of(doc, i, em.factuality == "negated")
    elif not patient:  # no one it was done to: with or against whom it happened ("verloor van …")
        own = [f"{prep} {' en '.join(w for w in said if w)}" for prep, spans_ in with_whom(doc, i, bool(agent))
               if any(said := [_say(doc, sp, names) for sp in spans_])][:1]
    if not (agent or patient or place or own):
        return None
    if verbal(tok):
        fin, rest = _verb(doc, i)
        if em.factuality == "negated" and "niet" not in rest.split():  # what did not happen says so
            rest = f"niet {rest}".strip()
        if tok.pos.startswith("WW(vd") and (patient or _passive(doc, tok) or tok.deprel == "cnj"):
            # A headline drops the auxiliary and tells what was done to whom, by whom:
            # "Qassem Soleimani gedood door Verenigde Staten", "Peter M. opgepakt in Amersfoort".
            # A participle with no auxiliary (a headline itself: "Bezetting beëindigd") is its own word.
            done = rest if tok.deprel == "vc" and tok.head >= 0 else f"{rest} {fin}".strip()
            words = [patient, done, f"door {agent}" if agent else None]
        elif own_agent and not _passive(doc, tok):  # a finite verb keeps its own subject
            words = [own_agent, fin, patient, rest]
        elif _object_of(doc, i, spans.get("patient")):  # no subject: the object stays after the verb
            words = [fin, patient, rest]  # ("plaatste Peter M. in kliniek", not "Peter M. plaatste")
        else:  # "Soleimani kwam om het leven" has no agent: its subject is what happened to it
            words = [patient, fin, rest, f"door {own_agent}" if own_agent else None]
        words += own
    else:
        prep = TARGET_PREP.get(ev.type, "van")
        words = [_noun_words(doc, em, tok), *own, f"door {agent}" if agent else None,
                 f"{prep} {patient}" if patient else None]
    words += [f"bij {instrument}" if instrument else None]
    told = " ".join(w for w in words if w)
    place = next((p for p in places if not _names(told, p)), None)  # not "kruising van X in X"
    text = f"{told} {'bij' if place in names.hosts else 'in'} {place}" if place else told
    return text if len(text) <= LIMIT else text[: LIMIT - 1].rstrip() + "…"


def _places(ev: Event, names: Names, taken: tuple[str | None, ...]) -> list[str]:
    """The event's places a label may say "in", as a reader knows them: a street after the town it
    lies in ("in Rijswijk", not "in Schoolstraat"; a street alone stays), a dateline's capitals
    as the town is written ("WAGENINGEN": "Wageningen"); never the agent or patient again, nor a
    where that is no place (``_unplaced``: "in Twitter", "in Walter Lübcke")."""
    found = [names.ids[p] for p in ev.where if p in names.ids and names.ids[p] not in taken and p not in names.unplaced]
    found = sorted(dict.fromkeys(found), key=street_head)  # stable: towns keep their order
    return [n.title() if n.isupper() and len(n) >= 4 and n in names.towns else n for n in found]


def _names(label: str, place: str) -> bool:
    """Whether the label already says the place (as whole words, any case)."""
    return f" {place.casefold()} " in f" {label.casefold()} "


def _noun_words(doc: Document, em: EventMention, tok: Token) -> str:
    """A noun trigger as the label says it: its mention's words when the mention is a name of
    several ("Grand Prix", "Tour de France": its first word alone, "Grand", says nothing), else
    its own word."""
    if em.start == tok.start and em.end > tok.end and doc.text[tok.start:tok.start + 1].isupper():
        return " ".join(doc.text[em.start : em.end].split())
    return doc.text[tok.start : tok.end]


def _object_of(doc: Document, i: int, span: tuple[int, int] | None) -> bool:
    """Whether the span is the verb's direct object in the parse, after it in a main clause ("plaatste
    hem"). Before the verb, Frog often takes the subject of an intransitive verb in a subordinate
    clause for its object ("dat de patiënt ontsnapte"): that order stays as it is."""
    return span is not None and span[0] > doc.tokens[i].start and any(
        doc.tokens[j].head == i and doc.tokens[j].deprel == "obj1" and span[0] <= doc.tokens[j].start < span[1]
        for j in sentence_tokens(doc, i))


def _said_at(doc: Document, span: tuple[int, int] | None, names: Names) -> str | None:
    return None if span is None else _say(doc, span, names)


def _shared(doc: Document, i: int, spans: dict[str, tuple[int, int]], names: Names) -> tuple[str | None, str | None]:
    """(agent, patient) a coordinated verb shares with the conjunct before it, for the roles its
    mention lacks: the subject ("De politie vond de man en hield hem aan": the police), for a participle
    also the object ("heeft de man gevonden en aangehouden": the man); under a passive auxiliary
    the subject is the patient ("Het slachtoffer werd gevonden en … gebracht"). A time or a source
    ("Volgens de artsen zijn …") the parse took for the subject is none. A verb with no subject of
    its own in a relative clause takes the noun the clause stands on ("een man die … overviel")."""
    if "agent" in spans or not verbal(doc.tokens[i]):
        return None, None
    got = shared(doc, i)
    if got.subject is None:  # no conjunct: the verb's own subject, when no time, source or its patient
        taken = [spans[r] for r in ("patient", "source") if r in spans]
        su = next((j for j in subjects(doc, i) if not no_subject(doc, doc.tokens[j].start)
                   and not doc.tokens[j].pos.startswith("VNW(betr")
                   and not any(a <= doc.tokens[j].start < b for a, b in taken)), None)
        # no subject of its own: a relative clause's is the noun it stands on ("een man die … overviel")
        got = Shared(subtree(doc, su) if su is not None else relative_antecedent(doc, i),
                     passive=_passive(doc, doc.tokens[i]))
    subject = None if got.subject is None or in_time(doc, got.subject[0]) else _say(doc, got.subject, names)
    if got.passive:
        return None, None if "patient" in spans else subject
    return subject, None if "patient" in spans else _said_at(doc, got.object, names)


def _noun_parts(doc: Document, i: int, names: Names, place: str | None,
                agent: str | None) -> tuple[list[str], str | None]:
    """What a noun trigger's own phrase says when its mention has no participant: its owner
    ("vertrek van Theresa May" for "haar vertrek", "Jansens vertrek") and its prepositional
    phrase ("moord op verslaggever", "veroordeling voor mishandeling"); without an owner, the
    subject of the light verb it is the object of, as its agent, and that verb's phrase ("De
    recherche doet onderzoek naar de brand": "onderzoek naar brand door recherche"). The agent the
    mention names already is no owner a second time."""
    out = []
    whose = _said_at(doc, owner(doc, i), names)
    if whose and whose != agent:
        out.append(f"van {whose}")
    verb = None if whose else light_verb(doc, i)
    light = None if verb is None or agent else _light_subject(doc, verb, names)
    pp = noun_phrase(doc, i) or (verb_phrase(doc, verb) if (agent or light) and verb is not None else None)
    said = _said_at(doc, pp[1], names) if pp and not in_time(doc, pp[1][0]) else None
    if pp and said and said not in (place, agent, light) and not (whose and pp[0] == "van"):
        out.append(f"{pp[0]} {said}")
    return out, light


def _fate_of(doc: Document, i: int, negated: bool) -> list[str]:
    """What became of an event noun, as a participle after it ("beslissing genomen"); a negated
    mention says so ("hulp niet geboden" for "er wordt geen hulp geboden")."""
    k = fate(doc, i)
    if k is None:
        return []
    word = doc.text[doc.tokens[k].start : doc.tokens[k].end]
    return [f"niet {word}" if negated else word]


def _light_subject(doc: Document, verb: int, names: Names) -> str | None:
    """How a label names a light verb's subject, never a time the parse took for one."""
    su = next((j for j in subjects(doc, verb) if not no_subject(doc, doc.tokens[j].start)), None)
    return None if su is None else _say(doc, subtree(doc, su), names)


NP_POS = ("LID", "TW", "N", "SPEC", "ADJ")


def _middle_object(doc: Document, i: int, agent: tuple[int, int] | None, names: Names) -> str | None:
    """What a perfect tense did something to, when the parse gave it no role: the noun phrase
    between the auxiliary and the participle that is not the subject or a time ("heeft de wet
    goedgekeurd", "zijn tientallen mensen gewond geraakt"; Frog often parses it as a second
    subject or a modifier)."""
    tok = doc.tokens[i]
    if not tok.pos.startswith("WW(vd") or tok.deprel != "vc" or not 0 <= tok.head < i:
        return None
    if doc.tokens[tok.head].lemma.lower() == "hebben" and not _subject_first(doc, tok.head, agent):
        return None  # "Zaterdag heeft de brandweer een kat gered": the first noun is the subject
    start = end = None
    in_pp = False  # "met veel voertuigen", "volgens het comité": a noun in a phrase of its own
    in_clause = False  # "dat banden heeft met …": a relative clause, up to its finite verb
    for t in doc.tokens[tok.head + 1 : i]:
        if in_clause or t.pos.startswith(("VNW(betr", "VG(onder")):
            in_clause = not t.pos.startswith("WW(pv")
            continue
        skip = agent is not None and agent[0] <= t.start < agent[1]
        if skip or in_time(doc, t.start):
            if end is not None:
                break
            continue
        if in_pp or (t.coarse_pos == "VZ" and start is None):
            in_pp = t.coarse_pos not in ("N", "SPEC")
            continue
        if t.coarse_pos not in NP_POS or _predicative(t):
            if start is not None:
                break
            continue
        start = t.start if start is None else start
        end = t.end if t.coarse_pos in ("N", "SPEC") else end
    return None if start is None or end is None else _say(doc, (start, end), names)


def _subject_first(doc: Document, aux: int, agent: tuple[int, int] | None) -> bool:
    """Whether the subject of a main clause is known, so the middle field's noun phrase is not
    it: the parse gave an agent, or a subject that is no time stands before the finite verb."""
    if agent is not None:
        return True  # before the verb, or in the middle field, where its words are skipped
    first = doc.sentences[doc.tokens[aux].sent].first_token if doc.sentences else 0
    return any(t.head == aux and t.deprel == "su" and not no_subject(doc, t.start)
               for t in doc.tokens[first:aux])


def _without_times(doc: Document, arguments: Sequence[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    """Role spans without their times: a time the parse took for a subject ("woensdag komt ...
    bijeen") is no participant, and a time inside a longer filler ("de betogers van zaterdag")
    is cut from it, leaving who the filler is (the first filler of a role wins)."""
    out: dict[str, tuple[int, int]] = {}
    for role, a, b in reversed(arguments):
        if in_time(doc, a):
            continue
        b = min([b, *(x.start for x in doc.timexes if a < x.start < b)])
        out[role] = (a, b)
    return _without_source(out)


def _without_source(spans: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The one a report is attributed to ("volgens de artsen") is no participant of it, even
    when the parse also took it for a role."""
    src = spans.get("source")
    if src is None:
        return spans
    return {r: (a, b) for r, (a, b) in spans.items() if r == "source" or b <= src[0] or src[1] <= a}


@dataclass(slots=True)
class Names:
    """Entity names by id and by mention span; demonyms read as their countries."""

    ids: dict[str, str] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)  # doc -> (start, end, name)
    demonym_spans: set[tuple[str, int, int]] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)  # names of PER entities
    towns: set[str] = field(default_factory=set)  # names of places resolved to a town
    unplaced: set[str] = field(default_factory=set)  # ids of entities no label says "in" (``_unplaced``)
    hosts: set[str] = field(default_factory=set)  # names of organisations a label says "bij" (``_host``)
    idx: Spans = field(default_factory=Spans)

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> Names:
        ents = list(entities)
        out = cls({e.id: e.name for e in ents})
        out.persons = {e.name for e in ents if e.type == "PER"}
        out.towns = {e.name for e in ents if e.attributes.get("place") == "city"}
        out.unplaced = {e.id for e in ents if _unplaced(e)}
        out.hosts = {e.name for e in ents if _host(e)}
        for e in ents:
            country = str(e.attributes.get("nationality-of") or "")
            name = out.ids.get(country, e.name) if "nationality" in e.attributes else e.name
            if "nationality" in e.attributes:
                out.ids[e.id] = name
            for key in e.mentions:
                out.spans.setdefault(key[0], []).append((key[1], key[2], name))
                if "nationality" in e.attributes:
                    out.demonym_spans.add(key)
        return out


def _unplaced(e: Entity) -> bool:
    """Whether an entity is no place to say "in": a person or other name the parse took for
    where ("in Walter Lübcke", "in Twitter"), unless a place the gazetteer knows ("Eindhoven"
    typed otherwise still is), a capitals dateline ("HEESCH") or a street. An organisation is
    where it happened at ("bij", ``_host``)."""
    return e.type != "ORG" and _no_place(e)


# An assembly or a house is where things happen "in" ("in het Lagerhuis", "in de Tweede Kamer",
# "in het Witte Huis"), though typed an organisation.
ASSEMBLY_HEADS = ("kamer", "huis", "parlement", "senaat", "congres", "raad", "bondsdag", "staten", "assemblee")


def _host(e: Entity) -> bool:
    """Whether an entity is an organisation a label says "bij" of, not "in" ("transfer bij PEC
    Zwolle", "betrokken bij Nieuwsuur"): not also a place by the tests of ``_unplaced``, not an
    assembly."""
    words = e.name.casefold().split()
    return e.type == "ORG" and _no_place(e) and not (words and words[-1].endswith(ASSEMBLY_HEADS))


def _no_place(e: Entity) -> bool:
    if e.type == "LOC" or e.name.isupper() or street_head(e.name) or "place" in e.attributes:
        return False
    return resolve_place(e.name) is None


def _role(doc: Document, spans: dict[str, tuple[int, int]], role: str, first: dict[str, str],
          names: Names) -> str | None:
    """How a label names the mention's own filler of a role: the entity it names; else the person
    the event names in that role ("de leider van de brigade" is Qassem Soleimani); else its words."""
    if role not in spans:
        return None
    a, b = spans[role]
    said = _say(doc, (a, b), names)
    head = _head_end(doc, a, b, names.idx)
    named = any(a <= s and e <= head and (doc.id, s, e) not in names.demonym_spans
                for s, e, _ in names.spans.get(doc.id, []))
    return first[role] if not named and first.get(role) in names.persons else said


def _say(doc: Document, span: tuple[int, int], names: Names) -> str | None:
    """A participant as a label says it: the entity it names (a demonym alone: its country),
    else its head phrase without article ("Iraakse parlement", "niet-bindende resolutie")."""
    a, end = span
    b = _head_end(doc, a, end, names.idx)
    inside = [((doc.id, s, e), n) for s, e, n in names.spans.get(doc.id, []) if a <= s and e <= b]
    named = [(k, n) for k, n in inside if k not in names.demonym_spans]
    if named:  # a name before an adjective the tagger took for one ("de Leidse burgemeester Henri Lenferink")
        best = min(named, key=lambda x: (_adjective(doc, x[0][1], x[0][2], names.idx), x[0][1]))
        if not (_adjective(doc, best[0][1], best[0][2], names.idx) and _noun_after(doc, best[0][2], b, names.idx)):
            return best[1]  # a place adjective on a noun ("de Delftse wethouder") is no participant
    referent = chain_named(doc, a, b)
    if referent is not None and not (a <= referent[0] and referent[1] <= b):  # "zij", "de minister": its chain's name
        return _say(doc, referent, names)
    toks = names.idx.tokens_in(doc, a, b)
    if toks and all(t.pos.startswith(("VNW(pers", "VNW(refl", "VNW(aanw")) or t.coarse_pos == "LET" for t in toks):
        return None  # "zij", "hij", "die": the event's named participant speaks for it, or nobody
    head = _head_phrase(doc, a, b, names.idx)
    if inside and (not head or head == doc.text[inside[0][0][1]:inside[0][0][2]]):
        return inside[0][1]
    whose = None if inside or not head else _van_name(doc, b, end, names)
    return f"{head} van {whose}" if whose else head or None


def _people(doc: Document, i: int, names: Names) -> str | None:
    """The demonym itself ("Belgen") when it is the subject of a plural finite verb trigger ("de
    Belgen stemden", in the parse): the people who did it, with whom the verb agrees, where the
    country it stands for elsewhere would make the verb disagree ("België stemden"). None
    otherwise: with a singular verb or an event noun the country stands for it ("Nederland tikte aan")."""
    tok = doc.tokens[i]
    if not (tok.pos.startswith("WW(pv") and ",mv" in tok.pos):
        return None
    subjects = [t for t in names.idx.tokens_in(doc, *_sentence_span(doc, tok)) if t.head == i and t.deprel == "su"]
    # the parse may give a second subject ("Zondag stemden de Belgen": the day, a time)
    people = [t for t in subjects if (doc.id, t.start, t.end) in names.demonym_spans]
    return doc.text[people[0].start : people[0].end] if len(people) == 1 else None


def _sentence_span(doc: Document, tok: Token) -> tuple[int, int]:
    sent = doc.sentences[tok.sent] if 0 <= tok.sent < len(doc.sentences) else None
    return (sent.start, sent.end) if sent else (0, len(doc.text))


def _van_name(doc: Document, b: int, end: int, names: Names) -> str | None:
    """The name a common noun's own "van" phrase gives, when the noun names nobody itself ("de ploeg
    van bondscoach Sarina Wiegman": "ploeg van Sarina Wiegman"); None without one."""
    toks = names.idx.tokens_in(doc, b, end)
    if not toks or toks[0].lemma.lower() != "van" or toks[0].coarse_pos != "VZ":
        return None
    stop = next((t.start for t in toks[1:] if t.coarse_pos in ("VZ", "LET", "VG") or t.pos.startswith(("VNW(betr", "WW"))), end)
    named = [(s, n) for s, e, n in names.spans.get(doc.id, []) if toks[0].end <= s < stop and e <= end
             and (doc.id, s, e) not in names.demonym_spans and not _adjective(doc, s, e, names.idx)]
    return min(named)[1] if named else None  # a place adjective ("de Haagse bondscoach") names nobody


def _adjective(doc: Document, a: int, b: int, idx: Spans) -> bool:
    """Whether a name's words are all adjectives ("Leidse", "Brabantse"): a place's adjective
    names no participant while a name stands beside it."""
    toks = idx.tokens_in(doc, a, b)
    return bool(toks) and all(t.coarse_pos == "ADJ" for t in toks)


def _noun_after(doc: Document, a: int, b: int, idx: Spans) -> bool:
    """Whether a common noun follows in [a, b) (the noun an adjective stands on)."""
    return any(t.pos.startswith("N(soort") for t in idx.tokens_in(doc, a, b))


def _head_end(doc: Document, a: int, b: int, idx: Spans) -> int:
    """Where the head part of a span ends: at its first preposition, punctuation or clause word."""
    for t in idx.tokens_in(doc, a, b):
        if t.start > a and (t.coarse_pos in ("VZ", "LET", "VG") or t.pos.startswith("VNW(betr")):
            return t.start
    return b


def _head_phrase(doc: Document, a: int, b: int, idx: Spans) -> str:
    """The adjectives and head noun of a span, before any preposition or clause."""
    words: list[str] = []
    for t in idx.tokens_in(doc, a, b):
        if t.coarse_pos == "LID" or t.pos.startswith(("VNW(bez", "VNW(aanw")):
            continue  # articles, "zijn", "dat": a label names the thing
        if t.coarse_pos in ("VZ", "LET", "VG") or t.pos.startswith("VNW(betr"):
            break
        words.append(doc.text[t.start : t.end])
    return " ".join(words[-3:])


def relabel(events: Iterable[Event], docs: dict[str, Document], entities: Iterable[Entity]) -> None:
    """Give every event that names someone or something its clause label."""
    names = Names.of(entities)
    for ev in events:
        text = clause_label(ev, docs, names)
        if text:
            ev.label = text
