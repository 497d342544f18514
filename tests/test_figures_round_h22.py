"""Kinds of figures round h22 (L3S-GN1 and Chaos news) got wrong on unseen text (issue 19), each from the
project's own sentences: "one" after a counting verb's -ing form counts ("scoring one goal"), and a number
joined to "-wheeler" or "-seater" names a kind of vehicle ("the three-wheeler market").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("The winger was outstanding, scoring one goal and setting up the other.", [(1, None, "goal", C, "exact")]),
    ("Ruiz made history by selling one sculpture for a record sum.", [(1, None, "sculpture", C, "exact")]),
    ("They wanted a share of the three-wheeler market.", []),
    ("He drove a two-seater to the race.", []),
    ("The plant sold 40,000 cars.", [(40000, None, "car", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h22_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
