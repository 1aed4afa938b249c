"""Justice news read as the happenings it reports: a decision to prosecute or a charge is one type
(``prosecute``) whatever the words and tense ("gaat vervolgen", "worden vervolgd", "de vervolging",
"aangeklaagd", "ten laste gelegd"), while a verdict stays a verdict, the trial is its own type
(``trial``: "staan terecht", "moeten terechtstaan", "de rechtszaak", "het proces" beside court
words, "voor de rechter verschijnen"), and "vervolgen" as continuing or persecution is no charge; an absconding told as a negated return from leave or a
withdrawal from supervision is an asserted ``escape``; and "geen" on the noun of an existential
passive or "geen enkele" on a subject negates its event.
Real Frog for the sentences (written for these tests, of the shape of real news reports)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mention_of

from kroniek.model import Document, EventMention

SENTENCES = [
    "Het OM gaat vier verdachten vervolgen voor moord.",  # 0
    "Het Openbaar Ministerie heeft besloten om de vier mannen te vervolgen.",  # 1
    "De vier verdachten worden vervolgd voor moord.",  # 2
    "De vervolging van de verdachten begint in maart.",  # 3
    "De strafvervolging van de directeur is gestart.",  # 4
    "Justitie heeft de burgemeester aangeklaagd wegens fraude.",  # 5
    "De officier van justitie heeft de directeur gedagvaard.",  # 6
    "De man wordt doodslag ten laste gelegd.",  # 7
    "De drie mannen moeten terechtstaan voor de aanslag.",  # 8
    "Het OM vervolgt de agent niet.",  # 9
    "De bus vervolgde zijn route naar Utrecht.",  # 10
    "Na een korte pauze vervolgden de wandelaars hun tocht.",  # 11
    "'Het was een zware dag', vervolgt hij.",  # 12
    "De verdachten staan maandag terecht in Den Haag.",  # 13
    "De rechtbank heeft de man veroordeeld tot tien jaar cel.",  # 14
    "De patiënt is niet teruggekeerd van zijn verlof.",  # 15
    "Een tbs-patiënt is zaterdag niet teruggekomen van zijn verlof.",  # 16
    "De man die niet was teruggekeerd van zijn proefverlof, is gisteren opgepakt.",  # 17
    "De patiënt keerde niet terug van zijn verlof.",  # 18
    "De gevangene is na zijn verlof niet teruggekomen.",  # 19
    "De gedetineerde is ontvlucht uit de gevangenis.",  # 20
    "De man heeft zich aan het toezicht onttrokken.",  # 21
    "De vrouw onttrok zich aan de bewaking van de kliniek.",  # 22
    "De man is niet teruggekeerd naar huis.",  # 23
    "De patiënt is gisteren teruggekeerd van zijn verlof.",  # 24
    "Er is gisteren geen aanslag gepleegd op de ambassade.",  # 25
    "Er is in het dorp geen enkele inbraak gepleegd.",  # 26
    "Geen enkele verdachte is aangehouden.",  # 27
    "Geen enkele demonstrant werd gearresteerd.",  # 28
    "De politie heeft geen enkele verdachte opgepakt.",  # 29
    "De aanslag was geen ongeluk.",  # 30
    "Er is gisteren een aanslag gepleegd op de ambassade.",  # 31
    "Enkele verdachten zijn aangehouden.",  # 32
    "De officier van justitie heeft bekendgemaakt dat twee broers vervolgd worden voor doodslag.",  # 33
    "De aanklager zei dat twee Belgen en een Fransman worden vervolgd.",  # 34
    "Het gaat om een leider van de rebellen, die nu door justitie wordt vervolgd.",  # 35
    "De zitting wordt morgen vervolgd.",  # 36
    "De kliniek meldt dat een patiënt niet van zijn verlof is teruggekeerd.",  # 37
    "Het hof sprak hem vrij en ontsloeg hem van alle rechtsvervolging.",  # 38
    "De man is sinds zaterdag voortvluchtig.",  # 39
    "Volgens de politie is de verdachte niet voortvluchtig.",  # 40
    "Het Openbaar Ministerie ziet af van vervolging.",  # 41
    "Het Openbaar Ministerie ziet niet af van vervolging van de agent.",  # 42
    "De rechtszaak tegen de drie verdachten begint dinsdag in Arnhem.",  # 43
    "Het proces tegen de oud-bestuurders van de corporatie duurt drie weken volgens de rechtbank.",  # 44
    "Het vredesproces in het Midden-Oosten ligt al jaren stil.",  # 45
    "Het productieproces van de fabriek wordt volgend jaar vernieuwd.",  # 46
    "De man moet volgende maand voor de rechter verschijnen.",  # 47
    "In dat land worden christenen vervolgd om hun geloof.",  # 48
    "Hij vluchtte voor politieke vervolging naar Nederland.",  # 49
    "De strafzaak tegen de burgemeester is uitgesteld.",  # 50
    "De aanklacht van het OM tegen de twee agenten is gisteren ingediend.",  # 51
    "De aanklacht van de twee agenten is ongegrond verklaard.",  # 52
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "custody", SENTENCES)


def _mention(doc: Document, k: int, word: str) -> EventMention | None:
    return mention_of(doc, SENTENCES[k], word)


def _seen(doc: Document) -> list[tuple[str, str, str, str]]:
    return [(doc.text[e.start : e.end], e.type, e.lemma, e.factuality) for e in doc.events]


@pytest.mark.frog
@pytest.mark.parametrize(
    "k, word, typ, factuality",
    [
        pytest.param(0, "vervolgen", "prosecute", "future", id="a-planned-prosecution"),
        pytest.param(1, "vervolgen", "prosecute", "future", id="a-decided-prosecution-te-infinitive"),
        pytest.param(2, "vervolgd", "prosecute", "asserted", id="the-passive-report-of-the-same-prosecution"),
        pytest.param(3, "vervolging", "prosecute", "asserted", id="the-noun"),
        pytest.param(4, "strafvervolging", "prosecute", "asserted", id="a-compound-on-the-noun"),
        pytest.param(5, "aangeklaagd", "prosecute", "asserted", id="aanklagen"),
        pytest.param(6, "gedagvaard", "prosecute", "asserted", id="dagvaarden"),
        pytest.param(7, "gelegd", "prosecute", "asserted", id="ten-laste-leggen"),
        pytest.param(8, "terechtstaan", "trial", "asserted", id="moeten-terechtstaan-is-the-trial-not-the-charge"),
        pytest.param(9, "vervolgt", "prosecute", "negated", id="object-frog-reads-as-a-second-subject"),
        pytest.param(10, "vervolgde", "other", "asserted", id="continuing-a-route-is-no-charge"),
        pytest.param(11, "vervolgden", "other", "asserted", id="continuing-a-walk-is-no-charge"),
        pytest.param(12, "vervolgt", None, None, id="going-on-saying-is-no-charge"),
        pytest.param(13, "staan", "trial", "asserted", id="standing-trial-is-the-trial-not-the-charge"),
        pytest.param(14, "veroordeeld", "verdict", "asserted", id="a-verdict-stays-a-verdict"),
        pytest.param(15, "teruggekeerd", "escape", "asserted", id="not-returned-from-leave-is-an-escape"),
        pytest.param(16, "teruggekomen", "escape", "asserted", id="not-come-back-from-leave-after-a-day"),
        pytest.param(17, "teruggekeerd", "escape", "asserted", id="in-a-relative-clause-from-trial-leave"),
        pytest.param(18, "keerde", "escape", "asserted", id="a-preterite-with-a-split-particle"),
        pytest.param(19, "teruggekomen", "escape", "asserted", id="after-leave"),
        pytest.param(20, "ontvlucht", "escape", "asserted", id="ontvluchten"),
        pytest.param(21, "onttrokken", "escape", "asserted", id="withdrawn-from-supervision"),
        pytest.param(22, "onttrok", "escape", "asserted", id="withdrawn-from-guard-preterite"),
        pytest.param(23, "teruggekeerd", None, None, id="not-returned-home-is-no-escape-and-negated"),
        pytest.param(24, "teruggekeerd", "other", "asserted", id="a-return-from-leave-is-no-escape"),
        pytest.param(25, "gepleegd", None, None, id="geen-on-the-existential-passive-noun-denies-the-verb"),
        pytest.param(25, "aanslag", "attack", "negated", id="and-the-noun"),
        pytest.param(26, "gepleegd", None, None, id="geen-enkele-on-the-existential-passive-noun"),
        pytest.param(27, "aangehouden", "arrest", "negated", id="geen-enkele-left-unattached-before-the-subject"),
        pytest.param(28, "gearresteerd", "arrest", "negated", id="geen-enkele-subject-of-a-preterite-passive"),
        pytest.param(29, "opgepakt", "arrest", "negated", id="geen-enkele-on-the-object"),
        pytest.param(30, "aanslag", "attack", "asserted", id="a-copula-predicate-denied-leaves-the-subject"),
        pytest.param(31, "aanslag", "attack", "asserted", id="no-negator-no-negation"),
        pytest.param(32, "aangehouden", "arrest", "asserted", id="enkele-alone-is-no-negation"),
        pytest.param(33, "vervolgd", "prosecute", "asserted", id="a-passive-frog-cuts-from-its-subject"),
        pytest.param(34, "vervolgd", "prosecute", "asserted", id="a-passive-with-a-coordinated-subject"),
        pytest.param(35, "vervolgd", "prosecute", "asserted", id="a-passive-in-a-relative-clause-by-justice"),
        pytest.param(36, "vervolgd", "other", "future", id="a-hearing-continued-is-no-charge"),  # a later date in the present: a plan (tenth session)
        pytest.param(37, "teruggekeerd", "escape", "asserted", id="leave-and-negation-frog-hangs-on-the-subject"),
        pytest.param(38, "rechtsvervolging", None, None, id="discharge-from-prosecution-is-the-verdict-not-a-charge"),
        pytest.param(39, "voortvluchtig", "escape", "asserted", id="a-fugitive-has-escaped"),
        pytest.param(40, "voortvluchtig", "escape", "negated", id="not-a-fugitive"),
        pytest.param(41, "vervolging", "prosecute", "negated", id="refraining-from-prosecution"),
        pytest.param(42, "vervolging", "prosecute", "asserted", id="not-refraining-from-prosecution"),
        pytest.param(43, "rechtszaak", "trial", "asserted", id="a-court-case-is-a-trial"),
        pytest.param(44, "proces", "trial", "asserted", id="a-proces-beside-court-words-is-a-trial"),
        pytest.param(45, "vredesproces", None, None, id="a-peace-process-is-no-trial"),
        pytest.param(46, "productieproces", None, None, id="a-production-process-is-no-trial"),
        pytest.param(47, "verschijnen", "trial", "future", id="appearing-before-the-judge-is-the-trial"),  # scheduled: future
        pytest.param(48, "vervolgd", "other", "asserted", id="persecuted-for-their-faith-is-no-prosecution-untyped-as-continuing"),
        pytest.param(49, "vervolging", None, None, id="political-persecution-is-no-prosecution"),
        pytest.param(50, "strafzaak", "trial", "asserted", id="a-criminal-case-is-a-trial"),
    ],
)
def test_events_custody_reading(doc: Document, k: int, word: str, typ: str | None, factuality: str | None) -> None:
    m = _mention(doc, k, word)
    assert (m.type if m else None, m.factuality if m else None) == (typ, factuality), _seen(doc)


@pytest.mark.frog
@pytest.mark.parametrize(
    "k, word, lemma",
    [
        pytest.param(15, "teruggekeerd", "niet terugkeren", id="the-negation-is-part-of-the-absconding-lemma"),
        pytest.param(18, "keerde", "niet terugkeren", id="also-with-a-split-particle"),
        pytest.param(21, "onttrokken", "aan toezicht onttrekken", id="withdrawal-from-supervision"),
    ],
)
def test_events_custody_absconding_lemma(doc: Document, k: int, word: str, lemma: str) -> None:
    m = _mention(doc, k, word)
    assert m is not None and m.lemma == lemma, _seen(doc)


@pytest.mark.frog
def test_events_custody_prosecution_noun_names_whom(doc: Document) -> None:
    """"de vervolging van de verdachten": the "van" phrase is who is prosecuted, not who prosecutes."""
    m = _mention(doc, 3, "vervolging")
    assert m is not None
    roles = {doc.text[a:b]: r for r, a, b in m.arguments}
    assert roles.get("de verdachten") == "patient", roles


@pytest.mark.frog
@pytest.mark.parametrize("k, word, span, role", [
    pytest.param(51, "aanklacht", "het OM", "agent", id="the-prosecutor-in-the-van-phrase-charges"),
    pytest.param(52, "aanklacht", "de twee agenten", "patient", id="a-van-phrase-of-people-is-who-is-charged"),
])
def test_events_custody_charge_roles(doc: Document, k: int, word: str, span: str, role: str) -> None:
    m = _mention(doc, k, word)
    assert m is not None, _seen(doc)
    roles = {doc.text[a:b]: r for r, a, b in m.arguments}
    assert roles.get(span) == role, roles


@pytest.mark.frog
def test_events_custody_fugitive_names_who(doc: Document) -> None:
    """"De man is voortvluchtig": the copula's subject is the one who escaped."""
    m = _mention(doc, 39, "voortvluchtig")
    assert m is not None
    roles = {doc.text[a:b]: r for r, a, b in m.arguments}
    assert roles.get("De man") == "patient", roles

