"""Kinds of figures round h64 (WCXB web pages: a video essayist's year, a dentist's habits page) missed on unseen text
(issue 19), from the project's own sentences: a condition put to the reader ends where the writer's own clause opens
with "I" or "we", even without a comma ("If you missed them I recommend three of the essays"). "one" taken a single
time ("one new habit at a time") was counted here first; rounds h67 and h70 showed three labellers of four leave it out
as a manner of doing, so it counts nothing.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("If you missed them I recommend reading three of the essays.", [(3, None, "essay", C, "exact")]),
    ("If you came late we kept two seats for you.", [(2, None, "seat", C, "exact")]),
    ("Focus on learning one new habit at a time.", []),
    ("Stir in one ingredient at a time, and rest.", []),
    # what stays as it was
    ("If you have two children you qualify.", []),
    ("If you pick two I pay.", []),
    ("One day at a time, she said.", []),
    ("At one point it rained.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h64_kinds(text, expected):
    assert figure_tuples(text) == expected
