"""Kinds of figures round h41 (the Gun Violence Archive's second round) got wrong on unseen text (issue 19), from the
project's own sentences: "one" and what befell it with nothing counted after ("One dead, three hurt", "left one
seriously injured"), "one" after "leaving", a number that opens "Three are dead", "One guard is still in hospital";
and what is no figure: a handgun's bore in millimetres ("a 9mm pistol"), a police zone's number, the last age of a
list written with semicolons.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("One dead, three wounded in harbour fire", [(1, None, "dead", C, "exact"), (3, None, "wounded", C, "exact")]),
    ("The fire killed four people and left one seriously injured.",
     [(4, None, "person", C, "exact"), (1, None, "injured", C, "exact")]),
    ("The blast hit two boats, leaving one young sailor with burns.",
     [(2, None, "boat", C, "exact"), (1, None, "sailor", C, "exact")]),
    ("Three are dead after the ferry sank.", [(3, None, "dead", C, "exact")]),
    ("One guard is still in hospital.", [(1, None, "guard", C, "exact")]),
    ("Police found a 9mm pistol and a box of 9 mm rounds.", []),
    ("Detectives and Zone 5 officers searched the docks.", []),
    ("Ana Ruiz, 30; Tom Hale, 21; and Lena Okafor, 31 all died.", []),
    # what stays a figure
    ("The lens is 50 mm wide.", [(50, None, "mm", "measure", "exact")]),
    ("One of the guards said it was quiet.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h41_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
