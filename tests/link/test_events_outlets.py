"""One happening told by several outlets becomes one event; other happenings stay apart (real Frog).

Every text is written for these tests in the style of Dutch news reports (none is copied from a
source). Each group tests one linking signal of ``kroniek.link.events``: two reports of one
happening from different outlets are joined, and a happening of the same kind elsewhere or on
another day stays apart.
"""

from __future__ import annotations

import json

import pytest

from kroniek.chronicle import Chronicle
from kroniek.extract.coref import Coreference
from kroniek.extract.docdate import DocDate
from kroniek.extract.events import EventExtractor
from kroniek.extract.ner import CrfNer
from kroniek.extract.quotes import QuoteExtractor
from kroniek.extract.timex import TimexTagger
from kroniek.link.events import family_of
from kroniek.link.events.words import families_match
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

pytestmark = pytest.mark.frog

ITEMS = [
    # family: "demonstratie" in one outlet, "protest" in the other, same town and day.
    {"title": "prot-a", "date": "2021-09-04", "url": "https://www.ad.nl/zwolle/prot-a",
     "text": "Honderden boeren hielden zaterdag in Zwolle een demonstratie tegen de stikstofplannen van het kabinet. "
             "De politie meldt dat alles rustig verliep."},
    {"title": "prot-b", "date": "2021-09-04", "url": "https://nos.nl/artikel/prot-b",
     "text": "Op het Rodetorenplein in Zwolle stonden zaterdag vijfhonderd trekkers. Het protest bleef "
             "de hele middag rustig."},
    # the same kind of happening three weeks later in another city.
    {"title": "prot-c", "date": "2021-09-25", "url": "https://www.telegraaf.nl/prot-c",
     "text": "Duizenden inwoners hielden zaterdag in Groningen een demonstratie tegen de gaswinning. "
             "De organisatie was tevreden over de opkomst."},
    # family + names: "aangehouden" / "opgepakt" for one arrest; another arrest the same day elsewhere.
    {"title": "arr-a", "date": "2021-11-08", "url": "https://www.politie.nl/arr-a",
     "text": "De politie heeft maandag in Breda een 34-jarige man uit Tilburg aangehouden voor de overval op "
             "juwelier Van Dam. De man zit vast."},
    {"title": "arr-b", "date": "2021-11-08", "url": "https://www.nu.nl/arr-b",
     "text": "Een 34-jarige man uit Tilburg is maandag in Breda opgepakt voor de overval op juwelier Van Dam. "
             "Dat meldt de politie."},
    {"title": "arr-c", "date": "2021-11-08", "url": "https://www.ad.nl/groningen/arr-c",
     "text": "In Groningen heeft de politie maandag een 19-jarige vrouw uit Assen aangehouden voor een "
             "inbraak bij bakkerij Smit."},
    # names and the next-day tolerance: one fire, "woensdagavond" in one outlet, "donderdag" in the next;
    # a fire in the same town eleven days later is another fire.
    {"title": "fire-a", "date": "2021-06-09", "url": "https://www.omroepwest.nl/fire-a",
     "text": "Bij een brand in een rijtjeshuis aan de Beukenlaan in Harderwijk is woensdagavond een bewoner om het "
             "leven gekomen. De brand was snel onder controle."},
    {"title": "fire-b", "date": "2021-06-10", "url": "https://www.telegraaf.nl/fire-b",
     "text": "In Harderwijk is donderdag een dode gevallen bij een brand in een rijtjeshuis aan de Beukenlaan. "
             "De oorzaak van de brand wordt onderzocht."},
    {"title": "fire-c", "date": "2021-06-21", "url": "https://nos.nl/artikel/fire-c",
     "text": "Bij een brand in een schuur aan de Stationsweg in Harderwijk is maandag niemand gewond geraakt. "
             "De brandweer kreeg het vuur snel in bedwang."},
    # a definite noun names again the nearest earlier word of its happening family in one text.
    {"title": "acc-a", "date": "2021-03-17", "url": "https://www.rtvdrenthe.nl/acc-a",
     "text": "Op de N33 bij Assen is dinsdagavond een fietser geschept door een vrachtwagen. De fietser raakte "
             "zwaargewond en is naar het ziekenhuis gebracht. De politie onderzoekt de aanrijding."},
    # a death and the collision that caused it, told in a "toen" clause, are one happening.
    {"title": "acc-b", "date": "2021-05-02", "url": "https://www.rtvdrenthe.nl/acc-b",
     "text": "In Emmen is zaterdagnacht een motorrijder om het leven gekomen toen hij werd aangereden door een "
             "bestelbus. De bestuurder van de bus is aangehouden."},
    # a place's adjective names the place: "Utrechtse" in one outlet, "Utrecht" in the other.
    {"title": "occ-a", "date": "2021-02-10", "url": "https://www.rtvutrecht.nl/occ-a",
     "text": "Honderden demonstranten hebben woensdag een belangrijke weg bij het Utrechtse stadskantoor bezet."},
    {"title": "occ-b", "date": "2021-02-10", "url": "https://www.nu.nl/occ-b",
     "text": "In Utrecht hebben woensdag activisten urenlang het plein voor het station bezet."},
    # "de straf" names again the verdict of its text (family verdict).
    {"title": "vrd-a", "date": "2021-04-13", "url": "https://www.rtvoost.nl/vrd-a",
     "text": "Een 41-jarige man uit Zwolle is dinsdag veroordeeld tot zes jaar cel voor een steekpartij in een "
             "café. De straf is hoger dan de eis van het Openbaar Ministerie."},
    # "ter dood veroordeeld" in one outlet, "veroordeeld" in the other: one verdict.
    {"title": "vrd-b", "date": "2021-08-15", "url": "https://www.ad.nl/vrd-b",
     "text": "Twee mannen uit Utrecht zijn zondag door een rechter in Tunesië ter dood veroordeeld voor de moord "
             "op een Duitse toerist."},
    {"title": "vrd-c", "date": "2021-08-15", "url": "https://nos.nl/artikel/vrd-c",
     "text": "Een rechtbank in Tunesië heeft zondag twee mannen uit Utrecht veroordeeld voor de moord op een Duitse "
             "toerist. Hun advocaat gaat in hoger beroep."},
    # a shooting is an attack: "schietpartij" in one outlet, "aanslag" in the other, same names and day;
    # a bomb attack elsewhere the same day stays apart.
    {"title": "sht-a", "date": "2021-10-17", "url": "https://www.ad.nl/sht-a",
     "text": "Bij een schietpartij op de markt van Lyon zijn zondag drie mensen gedood. De dader is voortvluchtig."},
    {"title": "sht-b", "date": "2021-10-18", "url": "https://nos.nl/artikel/sht-b",
     "text": "Het motief voor de aanslag op de markt van Lyon is nog onduidelijk. Bij de aanslag kwamen zondag "
             "drie mensen om het leven."},
    {"title": "sht-c", "date": "2021-10-17", "url": "https://www.nu.nl/sht-c",
     "text": "Bij een aanslag met een autobom in Kaboel zijn zondag twaalf mensen gedood."},
    # a fronted "bij" phrase hangs on the auxiliary, not on the death: still its cause.
    {"title": "fc-a", "date": "2021-07-04", "url": "https://nos.nl/artikel/fc-a",
     "text": "Bij een ongeluk met een klein vliegtuig in Canada zijn alle inzittenden omgekomen."},
    # a death told in the next sentence after a stabbing is its outcome.
    {"title": "stab-a", "date": "2021-06-12", "url": "https://www.ad.nl/stab-a",
     "text": "In Roosendaal is dinsdagnacht een man neergestoken bij een snackbar. De man overleed woensdagmiddag "
             "in het ziekenhuis."},
    # "overvallen" and "de overval": a robbery is an event (no compound on "val").
    {"title": "rob-a", "date": "2021-03-09", "url": "https://www.politie.nl/rob-a",
     "text": "Drie mannen hebben dinsdagmiddag in Zwolle een geldkoerier overvallen bij een supermarkt aan de "
             "Oosterlaan."},
    {"title": "rob-b", "date": "2021-03-09", "url": "https://www.telegraaf.nl/rob-b",
     "text": "Een geldkoerier is dinsdag bij een supermarkt aan de Oosterlaan in Zwolle beroofd. Bij de overval "
             "raakte niemand gewond."},
    # "vertrek" in one outlet, "treedt af" in the other: one resignation.
    {"title": "res-a", "date": "2021-05-21", "url": "https://www.nu.nl/res-a",
     "text": "De Vlaamse minister-president Geert Peeters heeft vrijdag zijn vertrek aangekondigd."},
    {"title": "res-b", "date": "2021-05-21", "url": "https://nos.nl/artikel/res-b",
     "text": "Minister-president Geert Peeters van Vlaanderen treedt af. Dat maakte hij vrijdag in Brussel bekend."},
    # "wordt overgenomen" in one outlet, "koopt" in the other: one takeover; another on the same day
    # (other buyer, other company) stays apart.
    {"title": "tko-a", "date": "2021-03-08", "url": "https://www.ad.nl/tko-a",
     "text": "Rijwielfabriek Hollandia uit Apeldoorn wordt overgenomen door de Noorse investeerder Nordhav. "
             "Over de prijs is niets bekendgemaakt."},
    {"title": "tko-b", "date": "2021-03-08", "url": "https://www.nu.nl/tko-b",
     "text": "De Noorse investeerder Nordhav koopt de Apeldoornse rijwielfabriek Hollandia. De fabriek en haar "
             "tweehonderd werknemers blijven in Apeldoorn."},
    {"title": "tko-c", "date": "2021-03-08", "url": "https://www.telegraaf.nl/tko-c",
     "text": "Het Duitse Bauerwerk koopt de Tilburgse bakkerijketen Van Loon. De winkels blijven open."},
    # "verkozen" in one outlet, "de stemming" in the other: an election is a vote (one choice of a host).
    {"title": "vot-a", "date": "2021-07-20", "url": "https://www.volkskrant.nl/vot-a",
     "text": "Het Internationaal Olympisch Comité heeft dinsdag in Lausanne de Australische stad Brisbane "
             "verkozen tot gastheer van de Zomerspelen van 2032."},
    {"title": "vot-b", "date": "2021-07-20", "url": "https://nos.nl/artikel/vot-b",
     "text": "Brisbane won dinsdag in Lausanne de stemming van het Internationaal Olympisch Comité over de "
             "Zomerspelen van 2032. Er was geen andere kandidaat."},
    # a long fronted "Bij een explosie …" phrase that Frog leaves unattached still frames the deaths.
    {"title": "fc-b", "date": "2021-05-18", "url": "https://www.ad.nl/fc-b",
     "text": "Bij een explosie in een oude portiekflat aan de Lijsterbeslaan in Hoogeveen zijn vanochtend twee "
             "bewoners omgekomen, een vader en zijn zoon. De oorzaak is nog onbekend."},
    # a report five days later dates the explosion "vrijdag"; the report of the day says "vanochtend".
    {"title": "exp-a", "date": "2021-05-07", "url": "https://www.ad.nl/exp-a",
     "text": "Bij een felle explosie in een woning aan de Merelstraat in Dordrecht is vanochtend een man gewond "
             "geraakt. De politie onderzoekt de oorzaak."},
    {"title": "exp-b", "date": "2021-05-12", "url": "https://www.telegraaf.nl/exp-b",
     "text": "De explosie in een woning aan de Merelstraat in Dordrecht werd vrijdag veroorzaakt door een "
             "lekkende gasleiding, meldt de politie woensdag."},
    # saying is not a happening: two sayings of one speaker stay two.
    {"title": "say-a", "date": "2021-10-05", "url": "https://www.nu.nl/say-a",
     "text": "Burgemeester Hendriks zei dinsdag dat de markt in Deventer open blijft. Over de kermis zei Hendriks "
             "dat die kleiner is dan vorig jaar."},  # "niet doorgaat" is a cancellation now (sports8): no saying
]


def _chronicle(frog, tmp_path) -> Chronicle:
    from kroniek.analyse.annotator import FrogAnnotator

    pipeline = Pipeline([DocDate(), FrogAnnotator(frog), CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(), EventExtractor()])
    chron = Chronicle(str(tmp_path / "outlets.db"), Settings(), pipeline=pipeline)
    path = tmp_path / "outlets.jsonl"
    path.write_text("\n".join(json.dumps(it, ensure_ascii=False) for it in ITEMS), encoding="utf-8")
    report = chron.ingest([str(path)])
    assert report.ok, report.errors
    return chron


@pytest.fixture(scope="module")
def linked(frog, tmp_path_factory):
    chron = _chronicle(frog, tmp_path_factory.mktemp("outlets"))
    docs = {d.id: d for d in chron.store.iter_documents()}
    title = {d.id: d.title for d in docs.values()}
    words = {}
    for ev in chron.store.events():
        words[ev.id] = {(title[d], docs[d].text[s:e]) for d, s, e in ev.mentions}
    yield words
    chron.store.close()


def _event_of(linked, title: str, word: str) -> set[tuple[str, str]]:
    found = [w for w in linked.values() if (title, word) in w]
    assert found, f"no event mention {word!r} in {title}"
    return found[0]


@pytest.mark.parametrize(
    ("one", "other", "why"),
    [
        pytest.param(("prot-a", "demonstratie"), ("prot-b", "protest"), "two words for one protest (family)",
                     id="family-protest"),
        pytest.param(("arr-a", "aangehouden"), ("arr-b", "opgepakt"), "aangehouden and opgepakt for one arrest",
                     id="family-arrest"),
        pytest.param(("fire-a", "brand"), ("fire-b", "brand"), "one fire, woensdagavond in one outlet and donderdag "
                     "in the next", id="next-day"),
        pytest.param(("acc-a", "geschept"), ("acc-a", "aanrijding"), "de aanrijding refers back to the collision",
                     id="definite-family-anaphor"),
        pytest.param(("acc-b", "gekomen"), ("acc-b", "aangereden"), "the collision in the toen-clause caused the death",
                     id="cause-clause-on-a-death"),
        pytest.param(("occ-a", "bezet"), ("occ-b", "bezet"), "Utrechtse and Utrecht name one place",
                     id="place-adjective-names-the-place"),
        pytest.param(("vrd-a", "veroordeeld"), ("vrd-a", "straf"), "de straf refers back to the verdict",
                     id="definite-straf-is-the-verdict"),
        pytest.param(("vrd-b", "veroordeeld"), ("vrd-c", "veroordeeld"), "ter dood veroordeeld and veroordeeld "
                     "for one verdict", id="ter-dood-veroordeeld-family"),
        pytest.param(("sht-a", "schietpartij"), ("sht-b", "aanslag"), "a shooting is an attack: one happening",
                     id="shooting-is-an-attack"),
        pytest.param(("fc-a", "omgekomen"), ("fc-a", "ongeluk"), "the fronted 'bij een ongeluk' caused the deaths",
                     id="fronted-cause-on-the-auxiliary"),
        pytest.param(("fc-b", "omgekomen"), ("fc-b", "explosie"), "an unattached fronted 'bij een explosie' "
                     "opening the sentence caused the deaths", id="fronted-cause-left-unattached"),
        pytest.param(("stab-a", "neergestoken"), ("stab-a", "overleed"), "the death after the stabbing is its outcome",
                     id="death-after-an-attack"),
        pytest.param(("rob-a", "overvallen"), ("rob-b", "overval"), "overvallen and de overval: one robbery",
                     id="robbery-verb-and-noun"),
        pytest.param(("res-a", "vertrek"), ("res-b", "treedt"), "vertrek and treedt af: one resignation",
                     id="vertrek-is-a-resignation"),
        pytest.param(("tko-a", "overgenomen"), ("tko-b", "koopt"), "wordt overgenomen and koopt: one takeover",
                     id="takeover-family"),
        pytest.param(("vot-a", "verkozen"), ("vot-b", "stemming"), "verkozen and de stemming: one vote",
                     id="election-is-a-vote"),
        pytest.param(("exp-a", "explosie"), ("exp-b", "explosie"), "vanochtend on the day and vrijdag five days "
                     "later name one morning", id="day-agrees-with-its-morning"),
    ],
)
def test_link_events_outlets_join_one_happening(linked, one, other, why):
    assert other in _event_of(linked, *one), why


@pytest.mark.parametrize(
    ("one", "other", "why"),
    [
        pytest.param(("prot-a", "demonstratie"), ("prot-c", "demonstratie"), "another city, three weeks later",
                     id="protest-elsewhere-later"),
        pytest.param(("arr-a", "aangehouden"), ("arr-c", "aangehouden"), "the same day, other names and place",
                     id="arrest-other-names"),
        pytest.param(("fire-a", "brand"), ("fire-c", "brand"), "the same town eleven days later", id="fire-later"),
        pytest.param(("acc-b", "gekomen"), ("acc-b", "aangehouden"), "the driver's arrest is another happening",
                     id="arrest-after-the-collision"),
        pytest.param(("sht-a", "schietpartij"), ("sht-c", "aanslag"), "a bomb attack in another city the same day",
                     id="attack-elsewhere-same-day"),
        pytest.param(("sht-a", "gedood"), ("sht-c", "gedood"), "'mensen gedood' in Lyon and in Kaboel the same "
                     "day: the common noun of two victims says nothing", id="killings-elsewhere-same-day"),
        pytest.param(("tko-b", "koopt"), ("tko-c", "koopt"), "another buyer buys another firm the same day",
                     id="takeover-other-names"),
    ],
)
def test_link_events_outlets_keep_apart_other_happenings(linked, one, other, why):
    assert other not in _event_of(linked, *one), why


def test_link_events_outlets_two_sayings_stay_two(linked):
    sayings = [w for w in linked.values() if any(t == "say-a" and word == "zei" for t, word in w)]
    assert len(sayings) == 2, "each 'zei' of one speaker is its own saying"


@pytest.mark.parametrize(
    ("lemma", "family"),
    [
        ("demonstratie", "protest"), ("massaprotest", "protest"), ("bezetting", "protest"),
        ("aanhouden", "arrest"), ("oppakken", "arrest"), ("arrestatie", "arrest"),
        ("kerkbrand", "fire"), ("schietincident", "shooting"), ("gasexplosie", "explosion"),
        ("om_het_leven_komen", "death"), ("zeggen", ""), ("vergadering", ""),
        ("straf", "verdict"), ("doodstraf", "verdict"), ("te dood veroordelen", "verdict"),
        ("schietpartij", "shooting"), ("aanslag", "attack"),
        ("vertrek", "resignation"), ("vertrekken", "resignation"), ("overval", "robbery"),
        ("overnemen", "takeover"), ("kopen", "takeover"), ("verkoop", ""),  # car sales are no takeover
        ("stemming", "vote"), ("verkiezing", "election"),
        ("overstap", "transfer"), ("verruilen", "transfer"), ("droomtransfer", "transfer"),  # a player's move
        ("verwerpen", "vote"), ("aannemen", ""),  # a bill rejected is a vote; hiring someone is not
        ("ontbinden", "resignation"),  # "het contract is ontbonden": a dismissal
    ],
)
def test_link_events_family_of(lemma, family):
    assert family_of(lemma) == family


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("shooting", "attack", True),  # "schietpartij" / "aanslag"
        ("attack", "stabbing", True),  # "aanslag" / "steekpartij"
        ("shooting", "stabbing", False),  # two ways of attacking are two happenings
        ("explosion", "attack", False),  # a gas explosion is no attack
        ("election", "vote", True),  # "verkozen" / "de stemming"
        ("vote", "takeover", False),
        ("transfer", "resignation", True),  # "de overstap" / "vertrekt bij Sunweb": a transfer is a departure
        ("transfer", "takeover", False),
        ("", "", False),  # no family: no evidence
    ],
)
def test_link_events_families_match(a, b, match):
    assert families_match(a, b) is match
