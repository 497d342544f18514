"""Kinds of figures and claims round h49 (local news, 2025 web articles) got wrong on unseen text (issue 19), from the
project's own sentences: a police report's "600 block of" address, a level a score names before a verb ("A score of
100 meant"), and "research done at X" as X's research.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

M = "measure"

CASES = [
    ("Police said 10 rounds were fired Sunday in the 700 block of Danvers Street.", [(10, None, "round", "count", "exact")]),
    ("The shooting on the 4200 block of Rivers Street left two hurt.", [(2, None, "hurt", "count", "exact")]),
    ("A score of 100 meant following the rules to the letter.", [(100, None, "score", M, "exact")]),
    # what stays as it was
    ("Police closed 12 blocks of Velmar Drive.", [(12, None, "block", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h49_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_research_done_at_a_body_is_the_bodys():
    text = "According to research done at the Velmar School of Public Health, the plan cuts risk by 20%."
    assert source_of(text, "20%") == "Velmar School of Public Health"


def test_a_research_provider_is_still_a_kind_of_body():
    text = "According to research provider Hale Analytics, sales rose 20%."
    assert source_of(text, "20%") == "Hale Analytics"
