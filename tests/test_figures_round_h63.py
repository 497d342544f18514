"""Kinds of figures round h63 (WCXB web pages: a gym guide, a fold-and-cut essay, an appliance makers' report) got wrong
on unseen text (issue 19), from the project's own sentences: a size written "6x4 feet" has two sides, each in feet (as
"6 x 4 feet" had); a part's participle counts it ("a five-pointed star", "a four-legged robot").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"

CASES = [
    ("Mark out a space of at least 6x4 feet.", [(6, None, "foot", M, "min"), (4, None, "foot", M, "exact")]),
    ("He built a 10x12 ft shed.", [(10, None, "foot", M, "exact"), (12, None, "foot", M, "exact")]),
    ("She cut a five-pointed star.", [(5, None, "point", C, "exact")]),
    ("Its four-legged robot walked.", [(4, None, "leg", C, "exact")]),
    # what stays as it was
    ("He drives a 4x4 truck and has a 1920x1080 screen.", []),
    ("It was a one-sided deal, said a level-headed chief.", []),
    ("A space of 6 x 4 feet.", [(6, None, "foot", M, "exact"), (4, None, "foot", M, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h63_kinds(text, expected):
    assert figure_tuples(text) == expected
