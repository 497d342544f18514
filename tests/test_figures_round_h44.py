"""Kinds of figures round h44 (local news, opinion pages, PolitiFact's sources) got wrong on unseen text (issue 19),
from the project's own sentences: "two and half years" missing its "a", an age shared by those counted ("both 15"),
"one victim suffering", a headline's count whose noun the count before it gave ("1 suspect dead, 3 arrested"), and
occasions counted in "times" read as a multiplier ("shot six times that night", "eight or nine times after that").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"

CASES = [
    ("We have held the majority for the two and half years since.", []),
    ("She bought two and half pounds of fish.", [(2.5, None, "lb", M, "exact")]),
    ("The sheriff says two teenagers, both 15, were shooting shotguns.", [(2, None, "teenager", C, "exact")]),
    ("Police found one victim suffering from a gunshot wound.", [(1, None, "victim", C, "exact")]),
    ("Harbour police: 1 suspect dead, 3 arrested after chase",
     [(1, None, "suspect", C, "exact"), (3, None, "suspect", C, "exact")]),
    # "times" that count occasions, not a multiplier's
    ("He was shot six times that night.", [(6, None, "time", C, "exact")]),
    ("She has testified at least four times over the last three months.", [(4, None, "time", C, "min")]),
    ("The guard fired eight or nine times after that.", [(8, 9, "time", C, "exact")]),
    ("Reporters counted six times that Ruiz dodged the question.", [(6, None, "time", C, "exact")]),
    ("Water it two or three times per week.", [(2, 3, "time", C, "exact")]),  # a rate's numerator since round h54
    # what stays as it was
    ("It costs three times that of the rival.", [(3, None, "times", M, "exact")]),
    ("Ferries are two times faster and three times over the limit.",
     [(2, None, "times", M, "exact"), (3, None, "times", M, "exact")]),
    ("Two soldiers were killed and nine wounded.", [(2, None, "soldier", C, "exact"), (9, None, "soldier", C, "exact")]),
    ("The two teams, both 15 points clear, met.", [(2, None, "team", C, "exact"), (15, None, "point", C, "exact")]),
    ("One victim wrote to the council.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h44_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
