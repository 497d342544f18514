"""Kinds of figures and claims round h52 (local news, 2025 web articles) got wrong on unseen text (issue 19), from the
project's own sentences: a road's or a station's name after the number ("8 Mile", "7 Action News") or a station's
number in words ("Channel seven"), a link's characters ("bit.ly/15w6vtS"), a teaser line marked "RELATED |", a house
number on a US highway, a person's age whose second comma was lost before "was", "shell casings", plurals that follow
a counted noun without being its head ("four men police say", "six grandchildren ages 3 to 10"); and for claims, the
clause after an "according to" name ("According to LRPD they have responded").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

CASES = [
    ("The shooting happened near Kelly and 8 Mile. Stay with 7 Action News for more.", []),
    ("Channel seven caught up with a witness.", []),
    ("RELATED | Shooting at club kills one, injures eight - http://bit.ly/15w6vtS", []),
    ("The dispute started at Murphy's Tavern, 5425 U.S. 12, Police Chief Wade Ruiz said.", []),
    ("Three men were wounded. Calvin Ruiz, 24 was shot in the chest.", [(3, None, "man", "count", "exact")]),
    ("Police said they recovered more than seven shell casings.", [(7, None, "shell casing", "count", "min")]),
    ("The four men police say were involved were arrested.", [(4, None, "man", "count", "exact")]),
    ("A grandfather and six grandchildren ages 3 months to 10 years old died.",
     [(6, None, "grandchild", "count", "exact")]),
    # what stays as it was
    ("He drove 8 miles to see two police officers.", [(8, None, "mile", "measure", "exact"),
                                                      (2, None, "officer", "count", "exact")]),
    ("In all, 26 people were shot.", [(26, None, "person", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h52_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_the_clause_after_an_according_to_name_is_none_of_it():
    text = "According to VPD they have responded to the hotel 63 times this year."
    assert source_of(text, "63 times") == "VPD"
