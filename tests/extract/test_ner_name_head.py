"""A person's name the CRF took in part ("Aert" of a name that opens the sentence): Frog's own
mention ending where the CRF's does, with a capitalised word and surname particles before it,
gives the name's first token (kroniek.extract.ner._name_head). Words written for these tests."""

from __future__ import annotations

from kroniek.extract.ner import _name_head


def test_the_first_name_and_particles_before_a_surname_join_it():
    words = ["Sanne", "van", "der", "Bosch", "won", "de", "rit"]
    assert _name_head(words, 3, 4, {(0, 4): "LOC"}) == 0


def test_no_frog_mention_over_the_words_before_keeps_the_surname():
    words = ["Sanne", "van", "der", "Bosch", "won", "de", "rit"]
    assert _name_head(words, 3, 4, {}) == 3


def test_a_common_word_between_is_no_particle():
    words = ["Kritiek", "op", "het", "plan", "van", "Bosch"]
    assert _name_head(words, 5, 6, {(0, 6): "MISC"}) == 5


def test_a_lower_case_opening_is_no_first_name():
    words = ["volgens", "van", "Bosch", "klopt", "het"]
    assert _name_head(words, 2, 3, {(0, 3): "PER"}) == 2


def test_a_place_after_in_is_no_surname():
    words = ["Hanna", "in", "Groot", "Ammers"]
    assert _name_head(words, 2, 4, {(0, 4): "MISC"}) == 2
