"""Kinds of figures and claims round h59 (pankaj28843/article-extractor's 2026 blog fixtures and WCXB web pages) got
wrong on unseen text (issue 19), from the project's own sentences: a model's size glued to a capital B names it ("the
9B, 4B and 2B models"; "in 122B, 35B sizes" had kept "122", borrowed the last figure's unit and counted the list's
last), while "39.3B additional tokens" counts billions; "a 6080 anyway" is a card's name. For claims: one unnamed
person of a group speaks ("a witness said", "One tester said:").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("Portline shipped an 807GB model, then siblings in 122B, 35B, 27B sizes.", [(807, None, "GB", "measure", "exact")]),
    ("I tried the 9B, 4B and 2B models.", []),
    ("It trained on 39.3B additional tokens.", [(39_300_000_000, None, "token", C, "exact")]),
    ("By then you would want a 6080 anyway.", []),
    # what stays as it was
    ("The firm raised $2B and has 1.5B users.", [(2_000_000_000, None, "USD", "money", "exact"),
                                                (1_500_000_000, None, "user", C, "exact")]),
    ("They sold 300 anyway.", [(300, None, "unit", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h59_kinds(text, expected):
    assert figure_tuples(text) == expected


@pytest.mark.parametrize("text, figure, source", [
    ("Three houses were destroyed, a witness told the Velmar Herald.", "Three houses", "witness"),
    ('One tester said: "This makes flossing 40% faster."', "40%", "tester"),
    # what stays as it was
    ("No firefighter injuries were reported, and the only loss reported was $500.", "$500", None),
    ("Testers said they saw 3 bugs.", "3 bugs", "Testers"),
])
def test_h59_sources(text, figure, source):
    assert source_of(text, figure) == source
