"""Kinds of figures round h46 (local news, opinion pages, 2008 Google News) got wrong on unseen text (issue 19), from
the project's own sentences: the emergency number people called, a level an IQ or a score names ("an IQ of 59", "a
score of less than 70"), initials that end in S taken for a plural ("five SES crew members"), and a year written
short after "since".

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"

CASES = [
    ("More than 10 people called 911.", [(10, None, "person", C, "min")]),
    ("A test found he has an IQ of 59.", [(59, None, "iq", M, "exact")]),
    ("Courts held that a score of less than 70 indicates disability.", [(70, None, "score", M, "max")]),
    ("Five SES crew members were flown out.", [(5, None, "crew member", C, "exact")]),
    ("He has been in the jail 26 times since 97, the sheriff said.", [(26, None, "time", C, "exact")]),
    # what stays as it was
    ("They called 3 witnesses.", [(3, None, "witness", C, "exact")]),
    ("The NHS hired 40 nurses.", [(40, None, "nurse", C, "exact")]),
    ("POLICE SAY THREE OTHER CHILDREN ARE IN CARE.", [(3, None, "child", C, "exact")]),
    ("Ferries ran 12 trips since 2019, and 97 since May.", [(12, None, "trip", C, "exact"), (97, None, "trip", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h46_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
