"""Kinds of figures round h72 (WCXB web pages: skincare routines, art books, a graphics card's page) got wrong on unseen
text (issue 19), from the project's own sentences: the percentages of a product's formula ("Niacinamide 10% + Zinc
1%", "Anua 10% Niacinamide + 4% TXA Serum") name it; "drawn in three dimensions", "appear three dimensional"; "a
picture is worth a thousand words".

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("The Ordinary’s Niacinamide 10% + Zinc 1% serum helps.", []),
    ("Try the Anua 10% Niacinamide + 4% TXA Serum.", []),
    ("Objects appear three dimensional when drawn in three dimensions.", []),
    ("A picture is worth a thousand words.", []),
    # what stays as it was
    ("We rated each on four dimensions: cost and speed.", [(4, None, "dimension", "count", "exact")]),
    ("Prices rose 10% and sales 4%.", [(10, None, "%", "percent", "exact"), (4, None, "%", "percent", "exact")]),
    ("Use our 70% rule of thumb.", [(70, None, "%", "percent", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h72_kinds(text, expected):
    assert figure_tuples(text) == expected
