"""Kinds of figures and sources round h76 (the Dragnet benchmark's 2012 news sites and blogs: baseball statistics, a
recipe, a phone review, a sermon, the Olympics on television, a fitness blog) got wrong on unseen text (issue 19), from
the project's own sentences: a player's statistics (".872 OPS", "3.4 WAR", ".256 batting average", a slash line
".323/.403/.550"); "375 degrees F"; a race is named by its distance ("the men's 200-meter final"); a prime typed for an
apostrophe ("the 920′s camera"); a numbered book of the Bible ("2 Chronicles"); "I’ve found" is the writer's own voice.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest
from claims_helpers import source_of

from figure_tuples import figure_tuples

CASES = [
    ("Freese put up an .872 OPS, a .375 wOBA and 3.4 WAR.", [(0.872, None, "OPS", "measure", "exact"),
                                                             (0.375, None, "wOBA", "measure", "exact"),
                                                             (3.4, None, "WAR", "measure", "exact")]),
    ("He has a lifetime .256 batting average and a .573 slugging percentage.",
     [(0.256, None, "batting average", "measure", "exact"), (0.573, None, "slugging percentage", "measure", "exact")]),
    ("He is triple slashing .323/.403/.550 this season.", [(0.323, None, "batting average", "measure", "exact"),
                                                         (0.403, None, "on-base percentage", "measure", "exact"),
                                                         (0.55, None, "slugging percentage", "measure", "exact")]),
    ("Preheat the oven to 375 degrees F.", [(375, None, "°F", "measure", "exact")]),
    ("Heat the water to 80 degrees C, then stir.", [(80, None, "°C", "measure", "exact")]),
    ("Usain Bolt will run the men's 200-meter final tonight.", []),
    ("Nobody missed the 920′s PureView camera.", []),
    ("See the account in 2 Chronicles and in 1 Corinthians 13.", []),
    # what stays as it was
    ("The wall is 200 meters long and the track 400 m.", [(200, None, "m", "measure", "exact"), (400, None, "m", "measure", "exact")]),
    ("The shelf is 6′ wide.", [(6, None, "foot", "measure", "exact")]),
    ("The two wars cost 3 eras of growth.", [(2, None, "war", "count", "exact"), (3, None, "era", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h76_kinds(text, expected):
    assert figure_tuples(text) == expected


def test_a_writers_contracted_i_is_no_source():
    assert source_of("I’ve found that you can give beginners 10 different fitness plans.", "10") is None
