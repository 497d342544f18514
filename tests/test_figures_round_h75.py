"""Kinds of figures and sources round h75 (WCXB web pages: a budget home gym, online certificates, vibe coding, event
management) got wrong on unseen text (issue 19), from the project's own sentences: a bare "$" in a text that marks
one of its own amounts Canadian ("just under $3000 Canadian"); a word after a number that only describes, whose noun
comes after the next number ("four undergraduate and 10 graduate certificates"); a grade point average after the
number ("a 2.75 GPA"); a brand set in lower case first as a source ("according to openPR"); a participle before a
noun is no speech verb with its speaker after it ("continued fractions for pretty ratios").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest
from claims_helpers import source_of

from figure_tuples import figure_tuples

CASES = [
    ("The gym came in at just under $3000 Canadian. The rack is $449.",
     [(3000, None, "CAD", "money", "max"), (449, None, "CAD", "money", "exact")]),
    ("The University offers four undergraduate and 10 graduate certificates.",
     [(4, None, "certificate", "count", "exact"), (10, None, "certificate", "count", "exact")]),
    ("Certificates require a 2.75 GPA for full acceptance.", [(2.75, None, "gpa", "measure", "exact")]),
    # what stays as it was
    ("It costs $20 CAD, or $15 US. The other is $30.",
     [(20, None, "CAD", "money", "exact"), (15, None, "USD", "money", "exact"), (30, None, "USD", "money", "exact")]),
    ("He read 1 book and 3 new papers.", [(1, None, "book", "count", "exact"), (3, None, "paper", "count", "exact")]),
    ("He has 4 cars and 5 red bikes.", [(4, None, "car", "count", "exact"), (5, None, "bike", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h75_kinds(text, expected):
    assert figure_tuples(text) == expected


@pytest.mark.parametrize("text, figure, source", [
    ("According to openPR, the market for event management will grow by $1.8 billion by 2029.", "$1.8 billion", "openPR"),
    ("Horner's algorithm for stable polynomials, continued fractions for pretty ratios, and a novel algorithm it "
     "developed. It has a user interface in eleven languages.", "eleven", None),
    ("The port handled 40 ships, said the captain.", "40 ships", "captain"),
])
def test_round_h75_sources(text, figure, source):
    assert source_of(text, figure) == source
