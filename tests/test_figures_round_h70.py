"""Kinds of figures round h70 (WCXB web pages: downtown Phoenix openings, a renovation ROI guide, TV streaming services,
PostgreSQL tuning) got wrong on unseen text (issue 19), from the project's own sentences: a street address on a
numbered street ("455 N. 3rd St."); a worked example ("For example, let's say the cost is $10,000", an equation with
its "=" signs, "In this example", "Imagine two switches"); frames per second, hyphenated or not; a key's value in a
program's output ("rows=50000").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

M = "measure"

CASES = [
    ("Details: 455 N. 3rd St. Unit 1205", []),
    ("It opened at 200 5th Ave. last week.", []),
    ("For example, let's say the cost is $10,000 and the gain is $15,000.", []),
    ("Difference = Gain - Cost = $15,000 - $10,000 = $5,000", []),
    ("In this example, the ROI would be 50%.", []),
    ("Imagine two light switches on one wall.", []),
    ("We look for 60-frames-per-second video and 30 frames per second.", [(60, None, "fps", M, "exact"),
     (30, None, "fps", M, "exact")]),
    ("Seq Scan (cost=0.00..1445.00 rows=50000 width=1024)", []),
    # what stays as it was
    ("The survey found 50% say yes = a majority.", [(50, None, "%", "percent", "exact")]),
    ("It has 24 frames.", [(24, None, "frame", "count", "exact")]),
    ("Police found 3 cars on Main St. and 2 trucks.", [(3, None, "car", "count", "exact"), (2, None, "truck", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h70_kinds(text, expected):
    assert figure_tuples(text) == expected
