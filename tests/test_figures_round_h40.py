"""Kinds of figures round h40 (the Gun Violence Archive's local news) got wrong on unseen text (issue 19), from the
project's own sentences: a number word that opens its sentence and stands for the count before it ("Two are in
serious condition"), "three others" with no count before, "hurt" as a participle, "one" after "led to" and "fired"
or before "away", and "the two" with no noun of its own (the people named before, or the last count of two; rounds
h38 and h39 missed it most); and what is no figure: a station's name ("Stay with 8 News", "Channel 5's"), a gun's caliber or
gauge, an age after a name whose comma the verb replaced ("Tom Hale, 31 were arrested") and a post's visit counter.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("Four passengers stayed in hospital overnight. Two are in serious condition, and one is in stable condition.",
     [(4, None, "passenger", C, "exact"), (2, None, "passenger", C, "exact"), (1, None, "passenger", C, "exact")]),
    ("Nine crew members were rescued on Monday. Seven have since gone home.",
     [(9, None, "crew member", C, "exact"), (7, None, "crew member", C, "exact")]),
    ("A guard was hurt at the depot. Three others were injured and taken to the clinic.",
     [(3, None, "injured", C, "exact")]),
    ("A man died in the crash. Two others suffered minor cuts.", [(2, None, "other", C, "exact")]),
    ("The blast killed one and injured four others.", [(1, None, "killed", C, "exact"), (4, None, "other", C, "exact")]),
    ("Out of the 14 hurt, six were taken to hospital.", [(14, None, "hurt", C, "exact"), (6, None, "hurt", C, "exact")]),
    ("The raid led to one arrest.", [(1, None, "arrest", C, "exact")]),
    ("A ranger fired one rubber round.", [(1, None, "round", C, "exact")]),
    ("They live one block away from the station.", [(1, None, "block", C, "exact")]),
    ("Stay with 8 News for updates.", []),
    ("Channel 5's Ana Ruiz explains what the port wants.", []),
    ("He carried a 22 caliber rifle and a 12-gauge shotgun.", []),
    ("Ana Ruiz, 27, and Tom Hale, 31 were arrested.", []),
    ("(Visited 1,204 times, 3 visits today)", []),
    ("Ana Ruiz and Tom Hale met in May. The two have been dating ever since.", [(2, None, "person", C, "exact")]),
    ("Police arrested two suspects. The two were charged with robbery.",
     [(2, None, "suspect", C, "exact"), (2, None, "suspect", C, "exact")]),
    # what stays a figure, and what is not
    ("Relations between the two have soured.", []),
    ("One man was arrested. Two of the three suspects are still at large.",
     [(1, None, "man", C, "exact"), (2, None, "suspect", C, "exact"), (3, None, "suspect", C, "exact")]),
    ("The port has 4 cranes. Its 12 berths are full.", [(4, None, "crane", C, "exact"), (12, None, "berth", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h40_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
