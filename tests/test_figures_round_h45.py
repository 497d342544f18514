"""Kinds of figures round h45 (local news, opinion pages, 2008 Google News) got wrong on unseen text (issue 19), from
the project's own sentences: a count whose noun follows a long name that opens with a plural-looking word ("Two Dallas
County Community College District officers"), and a booth's number after a lower-case "no.".

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("Two Velmar Harbour Community College District officers were hurt.", [(2, None, "officer", C, "exact")]),
    ("Two Texas Highway Patrol troopers arrived.", [(2, None, "trooper", C, "exact")]),
    ("The firm showed nine units at the fair (booth no. 31247) this week.", [(9, None, "unit", C, "exact")]),
    # what stays as it was: a headline in title case counts its own noun
    ("Two New Drugs Show Promise for Patients", [(2, None, "drug", C, "exact")]),
    ("Velmar Thrash Ostrava By 302 Runs To Enter Final", [(302, None, "run", C, "exact")]),
    ("Seven People Shot in Velmar", [(7, None, "person", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h45_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
