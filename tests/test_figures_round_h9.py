"""Kinds of figures round h9 (guides, reviews and first-person posts) showed missed or false (issue 19),
each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a list of links under "Suggested reading:" holds other stories' headlines, on lines of their own or run in
    ("Suggested reading:\n\n- 5 hacks for building a ferry site\n- 9 reasons riders leave\n\nWe sold 40 passes.",
     [(40, "pass", C, "exact")]),
    ("It suits the harbour.  Suggested reading:  - 5 hacks for building a ferry site - 5 steps to a better pass",
     []),
    ("Key facts:\n\n- 5 ferries sank\n- 9 crews left", [(5, "ferry", C, "exact"), (9, "crew", C, "exact")]),
    # a section of the tax code names a kind of body, it counts nothing
    ("Only 501(c)(3) charities and 501(c)3 groups with $100K in gifts must file.", [(1e5, "USD", M, "exact")]),
    # a speed written with hyphens in front of its noun
    ("The rig makes 60-mile-per-hour gusts and a 100-kilometre-per-hour wind.",
     [(60, "mile per hour", X, "exact"), (100, "km/h", X, "exact")]),
    # a height in feet and inches typed with ' and "
    ("I'm 5' 4\" and he is 6'2\" tall.", [(64, "inch", X, "exact"), (74, "inch", X, "exact")]),
    # "one" said again for each item of a series counts each; "one" as "a" still counts nothing
    ("Budget one breakfast, one lunch and one dinner a day.",
     [(1, "breakfast", C, "exact"), (1, "lunch", C, "exact"), (1, "dinner", C, "exact")]),
    ("One rider wrote in, and one reader called.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h9_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
