"""Kinds of figures round h43 (15 Gun Violence Archive local stories, 15 Article-Bias-Prediction opinion and policy
pages) got wrong on unseen text (issue 19), from the project's own sentences: a calibre written with its point, an
embed's attributes, a dispatch centre's number, ages listed after a count of people, "a couple of", a town's
population, a suspended "9- or 10-foot" range, a count whose noun follows a share in parentheses, and "one" that
suffers something.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P = "count", "measure", "percent"

CASES = [
    # a calibre named with its leading point names a cartridge, it counts nothing
    ("Officers recovered a .25 pistol and a black Velmar .357 revolver.", []),
    ("He pulled a .22 rifle from the truck.", []),
    # an embed's width and height, copied with typographic quotes
    ("<iframe src=”https://video.example/embed/x” width=”560″ height=”315″ frameborder=”0″></iframe>", []),
    # the dispatch centre's number names it
    ("Velmar 911 Center logs show the call came in late.", []),
    ("A 911 dispatcher took the call.", []),
    # ages listed after the people they belong to
    ("He hit three women — 17, 19 and 20, police said.", [(3, None, "woman", C, "exact")]),
    ("Two adult males, ages, 20 and 31, suffered leg wounds.", [(2, None, "male", C, "exact")]),
    # "another pair of" counts two ("a couple of" stays vague: blind labellers mostly leave it)
    ("Another pair of charges was dropped in 1999.", [(2, None, "charge", C, "exact")]),
    # a settlement of N is N people
    ("Portline, a city of 42,000, sits downstream.", [(42000, None, "person", C, "exact")]),
    ("Velmar is a town of about 9,000 on the coast.", [(9000, None, "person", C, "approx")]),
    # a suspended range joined by "or"
    ("It is a 9- or 10-foot ceiling.", [(9, 10, "foot", M, "exact")]),
    # the share in parentheses stands between the count and its noun
    ("The party lost seats in 35 out of 38 (92 percent) midterm elections.",
     [(35, None, "election", C, "exact"), (38, None, "election", C, "exact"), (92, None, "%", P, "exact")]),
    ("Of the 30 patients, 3 (10%) patients relapsed.",
     [(30, None, "patient", C, "exact"), (3, None, "patient", C, "exact"), (10, None, "%", P, "exact")]),
    # "one" that suffers or sustains what befell it counts
    ("One man suffered more serious injuries.", [(1, None, "man", C, "exact")]),
    # what stays as it was
    ("One man wrote to the council.", []),
    ("Police found a couple of guns in the car.", []),
    ("Three men, ages 18, 19 and 20, were hurt.", [(3, None, "man", C, "exact")]),
    ("Prices rose in three regions — 12, 15 and 20 stores closed.",
     [(3, None, "region", C, "exact"), (12, None, "store", C, "exact"), (15, None, "store", C, "exact"),
      (20, None, "store", C, "exact")]),
    ("He bought a 9mm handgun and 50 rounds.", [(50, None, "round", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h43_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
