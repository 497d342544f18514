"""Kinds of figures round h39 (FakeNewsNet's stories) got wrong on unseen text (issue 19), from the project's own
sentences: an amount in a title-case headline is no list's title ("Will Receive $160k Every Year"), a radio station's
frequency is a name ("89.3 WVLM News"), "crew members" and "super PACs" are one unit each, and "one count of fraud"
counts a charge.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, MO = "count", "money"

CASES = [
    ("Harbour Chief’s Mother Will Receive $160k Every Year Out Of Taxpayers’ Pockets!",
     [(160000, None, "USD", MO, "exact")]),
    ("10 Things You Should Know About the Harbour", []),
    ("Listen to 89.3 WVLM News or 101.1 FM for the results.", []),
    ("The storm killed 16 crew members.", [(16, None, "crew member", C, "exact")]),
    ("There are almost 1,000 registered super PACs.", [(1000, None, "super PAC", C, "max")]),
    ("He was charged with one count of fraud and seven counts of bribery.",
     [(1, None, "count", C, "exact"), (7, None, "count", C, "exact")]),
    ("On one count, the jury agreed.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h39_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
