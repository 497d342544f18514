"""Kinds of figures round h15 (essays, guides, reviews and news of 20 publishers) showed missed or false
(issue 19), each from the project's own sentences.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # "one" before a verb in -s is a pronoun ("one knows"); before a singular noun it counts
    ("Anyone who has ever had one knows that the ferry is late.", []),
    ("As one says in the harbour, the tide waits for no ferry.", []),
    ("One passenger survived and one crew member was hurt.",
     [(1, None, "passenger", C, "exact"), (1, None, "crew member", C, "exact")]),
    # a list's markers inside a sentence: "(1) A ...", "(2) The ..."
    ("There are two reasons to skip the JVM (1) A ferry is cheaper and (2) The harbour is closer.",
     [(2, None, "reason", C, "exact")]),
    ("Ruiz (2) and Hale (3) won 4 races.", [(4, None, "race", C, "exact")]),
    # a bare "B" is a billion before what it counts, as "m" is a million ("2.3m people")
    ("The model learned from 9.8B tokens (about 43B bytes) of harbour logs.",
     [(9.8e9, None, "token", C, "exact"), (43e9, None, "byte", C, "approx")]),
    ("The 7B models and the Route 9B bus.", []),  # a model's size names it
    # kilobytes stuck to the number, like megabytes
    ("A 100KB paper takes 83MB on disk and 160kB in memory.",
     [(100, None, "KB", X, "exact"), (83, None, "MB", X, "exact"), (160, None, "KB", X, "exact")]),
    # "six figures" is an order of magnitude, not six of anything
    ("Many ferries retail for over six figures, and a six-figure salary buys 2 boats.", [(2, None, "boat", C, "exact")]),
    # a film gauge is a format's name ("16mm film", "35mm camera"); a length in mm is a measure
    ("Her preference for dreamy 16mm film stock and a 35mm camera shows in the 12 mm gap.",
     [(12, None, "mm", X, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h15_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
