"""Kinds of attribution round h22 got wrong on unseen text (issue 19), from sentences of the project's own
making: "say" between commas is "for example", not a speaker's verb (a speaker after a bare "say" is
plural); a body named with where it sits ("Al-Shabaab in East Africa", "councils from across the Midlands")
is the body, not the place; and a lower-case kind after a company's name ("the Nationwide bank") is no part
of its name, unless the name is a nationality ("a Chinese manufacturer")."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ('Ana Ruiz runs the site. "We will add eight languages, so one can write in one language, say Tamil, and '
     'read in another," she said.', "eight languages", "Ana Ruiz"),
    ("The port handled 40 ships, say police.", "40 ships", "police"),
    ("The port handled 40 ships, say Ruiz and Hale.", "40 ships", "Ruiz and Hale"),
    ("A car bomb carrying 300 kilograms of explosives hit the base, Al-Shabaab in East Africa said.",
     "300 kilograms", "Al-Shabaab"),
    ("A coalition of councils from across the Midlands said 40 libraries would close.", "40 libraries",
     "coalition of councils"),
    ("Officials in the Netherlands said 12 people were hurt.", "12 people", "Officials"),
    ("Prices rose 4.1% in March, according to the Nationwide bank, the country's second-biggest lender.", "4.1%",
     "Nationwide"),
    ("A Chinese manufacturer said it sold 40,000 phones.", "40,000 phones", "Chinese manufacturer"),
])
def test_round_h22_sources(text, figure, source):
    assert source_of(text, figure) == source
