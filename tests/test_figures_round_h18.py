"""Kinds of figures round h18 (30 more news pages of the Chaos set and L3S-GN1) got wrong on unseen text
(issue 19), each from the project's own sentences.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # "43 sailors were killed and nine wounded": the second number counts the first one's noun
    ("The raid came a day after 43 sailors were killed and nine wounded at a harbour camp.",
     [(43, None, "sailor", C, "exact"), (9, None, "sailor", C, "exact")]),
    ("Officials said at least 33 people were killed and 10 injured when the bridge fell.",
     [(33, None, "person", C, "min"), (10, None, "person", C, "exact")]),
    ("A report said 84 people had been killed and 194 wounded so far this year.",
     [(84, None, "person", C, "exact"), (194, None, "person", C, "exact")]),
    # its own noun still wins
    ("Storms killed 7 people and wounded 30 in the north.", [(7, None, "person", C, "exact"), (30, None, "person", C, "exact")]),
    ("Bombs killed 12 soldiers and 4 civilians were wounded.",
     [(12, None, "soldier", C, "exact"), (4, None, "civilian", C, "exact")]),
    # won, in a text set in Korea, is the Korean currency
    ("South Korea's Velmar Electronics earned 2.2 trillion won ($2.3 billion), and its shares closed at 53,000 won.",
     [(2.2e12, None, "KRW", M, "exact"), (2.3e9, None, "USD", M, "exact"), (53000, None, "KRW", M, "exact")]),
    # rupees in a text set in Pakistan are Pakistani; in India, Indian
    ("Pakistan's army says the fence along Pakistan's border will cost about 56 billion rupees.",
     [(56e9, None, "PKR", M, "approx")]),
    ("Tickets in Mumbai cost 500 rupees, the Indian organisers said.", [(500, None, "INR", M, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h18_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
