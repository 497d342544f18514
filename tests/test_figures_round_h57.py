"""Kinds of figures round h57 (trafilatura-eval's English pages and WCXB web articles: tutorials, reviews, a recipe,
a benchmark report) got wrong on unseen text (issue 19), from the project's own sentences: a numbered example
("Example 2 shows") and a product line ("the Miele 700 Series") are names; "MGas" (a million gas) is its own unit, not a plural; a
cook's size word ("1 medium size onion") and a cook's measure after a fraction ("1/3 teaspoon cumin seeds") do not
take the unit from the noun; "gm" is a gram; "a 12-episode-long series" counts its episodes.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M = "count", "measure"

CASES = [
    ("Example 2 shows how to change the colour of the bars.", []),
    ("In Example 3, we add a legend.", []),
    ("The Miele 700 Series oven costs $2,100.", [(2100, None, "USD", "money", "exact")]),
    ("The pump averaged 18.3 MGas per block, peaking at 36 MGas.",
     [(18.3, None, "mgas", C, "exact"), (36, None, "mgas", C, "exact")]),
    ("Chop 1 medium size onion and 2 medium-sized tomatoes.",
     [(1, None, "onion", C, "exact"), (2, None, "tomato", C, "exact")]),
    ("Add 1/3 teaspoon cumin seeds and 200 gm okra.",
     [(0.3333, None, "teaspoon", C, "exact"), (200, None, "g", M, "exact")]),
    ("The studio made a 12-episode-long series.", [(12, None, "episode", C, "exact")]),
    # what stays as it was
    ("For example, 2 people were hurt.", [(2, None, "person", C, "exact")]),
    ("Add 2 large eggs and 1/4 cup sugar.", [(2, None, "egg", C, "exact"), (0.25, None, "cup", C, "exact")]),
    ("They need 3 medium potatoes.", [(3, None, "potato", C, "exact")]),
    ("The firm sold 30 series of bonds.", [(30, None, "series", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h57_kinds(text, expected):
    got = [(round(f.value, 4), f.value_high, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
