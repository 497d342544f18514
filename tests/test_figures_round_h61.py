"""Kinds of figures and claims round h61 (WCXB web pages and trafilatura-eval's English blogs: a study's scores, a
cybersecurity page, tutorials with code) got wrong on unseen text (issue 19), from the project's own sentences: a
playback's "1.5x speed" is a multiplier; "2025–26" is a school year, not 26 of anything; code's list literal and operand
("[1, 2, 3]", "x + 1") count nothing; "Next.js 9.1 because" counts no "because"; "code base" is a compound noun. For
claims: "specifies that" and "relates that" report.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

CASES = [
    ("I recommend watching it at 1.5x speed.", [(1.5, None, "times", "measure", "exact")]),
    ("2025–26 Common App Essays", []),
    ("def plus_one(x): return x + 1 map(plus_one, [1, 2, 3, 4, 5])", []),
    ("We chose Next.js 9.1 because of its AMP support.", []),
    ("Our team kept two separate code bases.", [(2, None, "code base", "count", "exact")]),
    # what stays as it was
    ("The 2019-20 season had 82 games.", [(82, None, "game", "count", "exact")]),
    ("Sales grew 4x faster.", [(4, None, "times", "measure", "exact")]),
    ("It has a 13MP camera behind an f/1.9 lens.", [(13, None, "MP", "measure", "exact"),
     (1.9, None, "f-number", "measure", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h61_kinds(text, expected):
    assert figure_tuples(text) == expected


@pytest.mark.parametrize("text, figure, source", [
    ("The Harbour Board's 2020 report clearly specifies that 28% of ferries were late.", "28%",
     "Harbour Board"),
    ("Following Bernier, Moseley relates that only two people in Cairo could make coffee.", "two people", "Moseley"),
    # what stays as it was
    ("Costs related to the 3 plants rose.", "3 plants", None),
])
def test_h61_sources(text, figure, source):
    assert source_of(text, figure) == source
