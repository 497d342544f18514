"""Kinds of attribution round h21 got wrong on unseen text (issue 19), from sentences of the project's own
making: a first name that is also a title is a first name before a surname alone ("said Dean Hale"); "US"
opening a speaker is the country, not the pronoun; and what a possessive owns speaks only when it can
("Velmar's victory confirmed ..." reports nothing)."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Nearly 70 people crammed into the small chapel, said Dean Hale.", "70 people", "Dean Hale"),
    ("US defense officials said five speedboats menaced the warships.", "five speedboats", "US defense officials"),
    ("The club beat Ostrava 2-0 on Sunday, the coach said.\n\nVelmar's victory confirmed that they stay second, "
     "with 40 points from 19 games.", "40 points", None),
])
def test_round_h21_sources(text, figure, source):
    assert source_of(text, figure) == source
