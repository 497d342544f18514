"""Kinds of figures round h78 (the Dragnet benchmark's 2012 blogs: an athletics post, a recipe, a software deal, a
start-up's stats) got wrong on unseen text (issue 19), from the project's own sentences: a track race named by its
distance ("the 800m race", "the women's 5000m,") is a name, but a stretch of one ("the final 200m") a measure; a list
item's marker after a sentence ("... his race. 1) Strategy"); the last side of a size in inch marks ('9"x11"');
"staff members" are counted as such; a data box's label with its participle ("Businesses created: 1,400").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("He won the fastest, most spectacular 800m race ever seen.", []),
    ("There is more to say about pacing in the 800m event.", []),
    ("Then come the relay finals and the women's 5000m, the second part of a double.", []),
    ("He led from the front in the 1,500 metres.", []),
    ("Three national records fell on the night. 3) The pacing was even.", [(3, None, "record", "count", "exact")]),
    ('Line a 9"x11" pan with parchment paper.', [(9, None, "inch", "measure", "exact"),
                                                 (11, None, "inch", "measure", "exact")]),
    ("The team has 125 staff members to transfer.", [(125, None, "staff member", "count", "exact")]),
    ("Total businesses created: nearly 1,400", [(1400, None, "business", "count", "max")]),
    # what stays as it was
    ("He slowed in the final 200m, covering it in 26.61s.", [(200, None, "m", "measure", "exact")]),
    ("The hotel is 400m from the station.", [(400, None, "m", "measure", "exact")]),
    ("She ran the 200m split in 25 seconds.", [(200, None, "m", "measure", "exact")]),
    ("Two questions: 1) the cost, and 2) the jobs.", [(2, None, "question", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h78_kinds(text, expected):
    assert figure_tuples(text) == expected
