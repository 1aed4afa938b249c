"""A verb and its own nominalisation are one word to the linker (``similarity._nominalises``)."""

from __future__ import annotations

import pytest

from kroniek.link.events.similarity import _nominalises


@pytest.mark.parametrize("verb, noun, same, why", [
    ("vervolgen", "vervolging", True, "stem + -ing"),
    ("arresteren", "arrestatie", True, "-eren made -atie"),
    ("ontsnappen", "ontsnapping", True, "stem + -ing"),
    ("overvallen", "overval", True, "the stem with its doubled consonant single"),
    ("aanhouden", "aanhouding", True, "a particle verb's stem + -ing"),
    ("doodschieten", "dood", False, "a compound on a shared first part, not the verb's noun"),
    ("doodsteken", "dood", False, "a compound on a shared first part, not the verb's noun"),
    ("vertrekken", "vertrek", True, "the stem with its doubled consonant single (the type guard keeps it apart)"),
    ("aanhouden", "houding", False, "not the whole stem"),
    ("arresteren", "arrest", False, "a stem cut short is another noun"),
    ("veroordelen", "veroordeling", True, "stem + -ing"),
    ("zien", "zie", False, "too short to tell"),
])
def test_similarity_nominalises(verb, noun, same, why):
    assert _nominalises(verb, noun) is same, why
