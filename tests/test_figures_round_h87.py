"""Kinds of figures round h87 (organisations' blogs: a certificate authority, a government team, a language's survey,
a runtime's foundation) got wrong on unseen text, from the project's own sentences: "the 100 millionth certificate" is
an ordinal; "700 person-hours" is a duration, like "3,000 flight hours"; "8% younger than 23" gives an age, not a
share; "the two language problem" names a problem; "15 of us" counts people.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, P = "count", "percent"
CASES = [
    ("In 2017 the authority issued its 100 millionth certificate.", []),
    ("We spent more than 700 person-hours talking to users.", []),
    ("The team logged 40 man-days on the audit.", []),
    ("The age distribution is 59% age 23-40 with 8% younger than 23 and 27% older than 40.",
     [(59, None, "%", P, "exact"), (8, None, "%", P, "exact"), (27, None, "%", P, "exact")]),
    ("Julia solves the two language problem (44%).", [(44, None, "%", P, "exact")]),
    ("The first 15 of us committed to making government services simple.", [(15, None, "person", C, "exact")]),
    # what stays as it was
    ("The plant used 40 kilowatt-hours.", [(40, None, "kWh", "measure", "exact")]),
    ("The authority issued 100 million certificates.", [(100e6, None, "certificate", C, "exact")]),
    ("The trial opened to 40 children older than 6.", [(40, None, "child", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h87_kinds(text, expected):
    assert figure_tuples(text) == expected
