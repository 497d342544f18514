"""Kinds of figures round h77 (the Dragnet benchmark's 2012 blogs: recipes, basketball play types, a phone's spec box, a
health post) got wrong on unseen text (issue 19), from the project's own sentences: an ingredient line in title case is
no numbered heading ("2 sticks Salted Butter, Slightly Softened", "1 Tablespoon Vanilla Extract"); a vulgar fraction
alone or after a whole number ("½ cup", "1 ½ cups") and a mixed number with a hyphen ("2-1/2 cups"); points per play
("0.92 PPP", a rate in points); a Wi-Fi standard ("802.11g") and "omega 3" are names.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("Ingredients\n\n2 sticks Salted Butter, Slightly Softened", [(2, None, "stick", "count", "exact")]),
    ("Ingredients\n\n1 Tablespoon Vanilla Extract", [(1, None, "tablespoon", "count", "exact")]),
    ("Ingredients\n\n3 cups Chicken Stock Or Broth", [(3, None, "cup", "count", "exact")]),
    ("Add ½ cup cashews and 1 ½ cups filtered water.", [(0.5, None, "cup", "count", "exact"), (1.5, None, "cup", "count", "exact")]),
    ("Sift 2-1/2 cups flour.", [(2.5, None, "cup", "count", "exact")]),
    ("He still finished at 0.92 PPP and was ranked 28th.", [(0.92, None, "point", "measure", "exact")]),
    ("He was less than impressive at 0.85 PPP and a rank of 285.", [(0.85, None, "point", "measure", "exact")]),
    ("Wi-Fi: 802.11b 802.11g 802.11n", []),
    ("Foods rich in omega 3 fatty acids and omega-3 oils help.", []),
    # what stays as it was
    ("7 References", []),
    ("5 Tips to Enjoy Game Day Parties While Staying Healthy", []),
    ("Half the team left; ages 2-3 played.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h77_kinds(text, expected):
    assert figure_tuples(text) == expected
