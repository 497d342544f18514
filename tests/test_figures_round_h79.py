"""Kinds of figures round h79 (the Dragnet benchmark's 2012 blogs: a compiler's wish list, a cake recipe, a baseball
recap, a photographer's profile box) got wrong on unseen text (issue 19), from the project's own sentences: "C++11" is a
name; a fraction before an inch mark ("1/4″ slices"); a mixed number with "and" ("4 and 2/3 innings"); a profile box's
counters ("Twitter (17,190 followers)") and a comment bar's "| 0 recs |" are page chrome.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("Keep adding more C++11 language conformance features.", []),
    ("Cut the berries into 1/4″ slices, parallel to the base.", [(0.25, None, "inch", "measure", "exact")]),
    ('Roll the dough out to 1/2" thick.', [(0.5, None, "inch", "measure", "exact")]),
    ("He struck out five batters in his 4 and 2/3 innings.", [(5, None, "batter", "count", "exact"),
                                                             (4 + 2 / 3, None, "inning", "count", "exact")]),
    ("Join the fun: Twitter (17,190 followers) • Facebook (3,037 likes) • Flickr (4,218 contacts)", []),
    ("199 comments | Add comment | 0 recs |", []),
    # what stays as it was
    ("She now has 17,190 followers on Twitter.", [(17190, None, "follower", "count", "exact")]),
    ('He said "1/2" was enough.', []),
    ("Between 1/3 and 2/3 of voters agreed.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h79_kinds(text, expected):
    assert figure_tuples(text) == expected
