"""Kinds of figures round h92 (a student paper among them) got wrong on unseen text, from the project's own sentences:
a graduate's class after a name, its quote mark turned ("Gay Walker ‘69"), is a year, not a count.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("The interview ran to 98 pages, said Gay Walker ‘69, the librarian.", [(98, None, "page", "count", "exact")]),
    ("The interview ran to 98 pages, said Gay Walker ’69, the librarian.", [(98, None, "page", "count", "exact")]),
    # what stays as it was
    ("The class of 69 students graduated.", [(69, None, "student", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h92_kinds(text, expected):
    assert figure_tuples(text) == expected
