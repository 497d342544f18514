"""Kinds of figures round h21 (L3S-GN1 news of 2008) missed on unseen text (issue 19), each from the
project's own sentences: "a pair of" and "a brace of" are two.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures
from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("Ruiz hit a pair of free throws.", [(2, None, "throw", C, "exact")]),
    ("The coach led them to a pair of cup victories.", [(2, None, "victory", C, "exact")]),
    ("The attack did yield a brace of chances.", [(2, None, "chance", C, "exact")]),
    ("The pair were detained.", []),  # no "of": whom "the pair" stands for
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h21_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_a_pair_of_one_thing_is_no_count():
    assert extract_figures("He wore a pair of dark glasses and a pair of noise-cancelling headphones.") == []
