"""Kinds of figures rounds h73 (WCXB web pages: tax software, sewing machines, refinishing a dresser) and h74
(htmldate's MediaCloud news) got wrong on unseen text (issue 19), from the project's own sentences: a rating in
stars ("a 4.8-star rating"); a compound joined by a non-breaking hyphen ("first‑time calls"); a scale after a
"+" ("$380+ billion"); a multiplier before an acronym ("a 50x ROI"); inches marked with two apostrophes or a
double quote before a noun ("11'' of space", '11.25" workspace'), where no quotation is open; "half of a
percentage point".

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("FreeTaxUSA reports a 4.8-star rating out of 5.", [(4.8, None, "star", "count", "exact")]),
    ("The charity holds a four-star rating from the watchdog.", [(4, None, "star", "count", "exact")]),
    ("Banyan processed 8,000 first\u2011time calls last month.", [(8000, None, "call", "count", "exact")]),
    ("The supplement industry is a $380+ billion battlefield.", [(380e9, None, "USD", "money", "min")]),
    ("They delivered a 50x ROI for the brand.", [(50, None, "times", "measure", "exact")]),
    ("- 11'' of space left of the needle for quilts", [(11, None, "inch", "measure", "exact")]),
    ('- 11.25" workspace to the right of the needle', [(11.25, None, "inch", "measure", "exact")]),
    ("Yields would drop by just more than half of a percentage point.", [(0.5, None, "percentage point", "percent", "min")]),
    # what stays as it was
    ("We stayed at a 5-star hotel near the harbour.", []),
    ("The four-star general took command.", []),
    ('The song "Route 66" is a classic.', []),
    ("Half the team left, and half of a cake was eaten.", []),
    ("He bought 20 and 30 tanks.", [(20, None, "tank", "count", "exact"), (30, None, "tank", "count", "exact")]),
    ("Republicans added 2 and 3 seats.", [(2, None, "seat", "count", "exact"), (3, None, "seat", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h73_kinds(text, expected):
    assert figure_tuples(text) == expected
