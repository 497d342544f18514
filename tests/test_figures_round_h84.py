"""Kinds of figures rounds h84 and h85 (local news, a rupee report, a car launch, recipes; extractors' test pages: a
CEO's height) got wrong on unseen text (issue 19), from the project's own sentences: "paise" are hundredths of a rupee,
as cents are of a dollar; an engine named by its displacement ("3.3 V6") is a name; a condition put to the reader ends
at "then", and the instruction after it is a fact of the recipe; a height after "I'm", with half inches, or in words
("five feet eight") is one figure in inches.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("Premiums ended at 34 - 36 paise.", [(0.34, 0.36, "INR", "money", "exact")]),
    ("Engine choices: 3.3 V6 (268 horsepower), new 4.6 V8 (368 hp).",
     [(268, None, "hp", "measure", "exact"), (368, None, "hp", "measure", "exact")]),
    ("If you can't find the purees then use 4 garlic cloves and 6 dried tomatoes.",
     [(4, None, "clove", "count", "exact"), (6, None, "tomato", "count", "exact")]),
    ("Either way, I'm 5' 6\" on a good day.", [(66, None, "inch", "measure", "exact")]),
    ("IMDb splits the difference at 5' 7.5\".", [(67.5, None, "inch", "measure", "exact")]),
    ("He is only around five feet eight, but he seems taller.", [(68, None, "inch", "measure", "approx")]),
    # what stays as it was
    ("The wall is five feet high.", [(5, None, "foot", "measure", "exact")]),
    ("If you have 20 users then you need two more.", []),
    ("The engine has 3.5 litres and a V6 layout.", [(3.5, None, "litre", "measure", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h84_kinds(text, expected):
    assert figure_tuples(text) == expected
