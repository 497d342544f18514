"""Kinds of figures round h38 (FakeNewsNet's stories) got wrong on unseen text (issue 19), from the project's own
sentences: a sign written as a word ("a net negative 28%"; not "plus or minus 4 points", a margin), thousands
written "40K" before a plural noun (not a "4K" screen nor a "10K" race), a drug's schedule ("a schedule 2 drug"),
"time zones" as one unit, and a change of "one point".

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P = "count", "measure", "percent"

CASES = [
    ("Sales expectations fell 13 points to a net negative 28%.", [(13, None, "point", C, "exact"),
                                                                   (-28, None, "%", P, "exact")]),
    ("It was minus 3 degrees at noon.", [(-3, None, "degree", M, "exact")]),
    ("The poll has a margin of error of plus or minus 4 percentage points.",
     [(4, None, "percentage point", P, "exact")]),
    ("He is donating 40K acres of grazing land.", [(40000, None, "acre", M, "exact")]),
    ("The studio sells 4K televisions and ran 10K races.", []),
    ("It should be decriminalized as a schedule 2 drug.", []),
    ("Her records stretch across 4 time zones.", [(4, None, "time zone", C, "exact")]),
    ("Openings were down one point from May.", [(1, None, "point", C, "exact")]),
    ("At one point the rate rose.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h38_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
