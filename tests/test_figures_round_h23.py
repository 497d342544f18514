"""Kinds of figures round h23 (Article-Bias-Prediction's news and commentary) got wrong on unseen text
(issue 19), each from the project's own sentences: "one" after a verb of violence or rescue counts ("murdered
one person"); a number before "area code" is one to dial; the top of a scale is no figure ("on a scale of
100"); and "the 1%" that names the richest is a class of people, not a share.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, P = "count", "percent"

CASES = [
    ("A gunman entered the hall and murdered one person while wounding three.",
     [(1, None, "person", C, "exact"), (3, None, "person", C, "exact")]),
    ("Police arrested one man on Friday.", [(1, None, "man", C, "exact")]),
    ("Journalists were asked to fax a number with a 513 area code.", []),
    ("Homes in the 90210 zip code sold quickly.", []),
    ("Viewers rated the show about 20 points on a scale of 100.", [(20, None, "point", C, "approx")]),
    ("Both parties serve the interests of the 1% and the lobbies. But the 1% don't care.", []),
    ("The top 1% own 40% of the wealth.", [(40, None, "%", P, "exact")]),
    ("The index rose 1% in May, and the 1% rise surprised traders.",
     [(1, None, "%", P, "exact"), (1, None, "%", P, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h23_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
