"""Kinds of figures round h34 (hyperpartisan news and opinion) got wrong on unseen text (issue 19), from the
project's own sentences: degrees abbreviated "deg. C" (its full stop ends no sentence), a change "from 55 to 46"
whose noun has a name's words before it ("Senate seats"), a plural joined to its count by a hyphen ("almost
300-patients with ..."), and two idioms ("two birds with one stone", "in a million ways").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"

CASES = [
    ("August averaged 0.92 deg. C above the century's average.", [(0.92, None, "°C", M, "exact")]),
    ("It was 30 degC at noon.", [(30, None, "°C", M, "exact")]),
    ("They went from 55 to 46 Senate seats.", [(55, None, "seat", C, "exact"), (46, None, "seat", C, "exact")]),
    ("The trial enrolled almost 300-patients with cancer.", [(300, None, "patient", C, "max")]),
    ("The 300-patient trial ended.", [(300, None, "patient", C, "exact")]),
    ("More than three-fourths of respondents agreed.", []),
    ("The amendment needs a three-fourths majority to pass.", []),
    ("It was a win-win, killing two birds with one stone.", []),
    ("The mayor is wrong in a million small ways.", []),
    ("The city found 1,000 ways to save.", [(1000, None, "way", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h34_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
