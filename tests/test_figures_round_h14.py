"""Kinds of figures round h14 (news, commentary and analysis of 20 publishers, from other tools' fixtures)
showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a percent range written with its sign at both ends and a dash is one range, "from" or not
    ("The ports saw reductions in delays from 4%-20% last year.", [(4, 20, "%", P, "exact")]),
    ("Delays fell from 4% to 2% last year.", [(4, None, "%", P, "exact"), (2, None, "%", P, "exact")]),
    # a bill's number after a dotted abbreviation names the bill ("H.R. 5", "S.B. 277")
    ("If the speaker gets H.R. 5 through the House, and S.B. 277 passes, 12 ferries will run.",
     [(12, None, "ferry", C, "exact")]),
    ("Igalia S.L. 80 changesets and Canonical 422 changesets.",
     [(80, None, "changeset", C, "exact"), (422, None, "changeset", C, "exact")]),
    # two sizes written with a slash share the unit after the second; a fraction or a date does not
    ("The chip runs at 3.5/3.7 GHz with 16 MB of cache.",
     [(3.5, None, "GHz", X, "exact"), (3.7, None, "GHz", X, "exact"), (16, None, "MB", X, "exact")]),
    ("Add 1/2 cup of flour on 3/4 and bake it 24/7.", [(0.5, None, "cup", C, "exact")]),  # a cook's measure since h54
    # watts written apart from the number ("95 W"), but not a direction after a road's number
    ("The new chips run at 65 W and the fastest at 95 W TDP.",
     [(65, None, "W", X, "exact"), (95, None, "W", X, "exact")]),
    ("Take Route 9 W to the harbour and the five W's of the story.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h14_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
