"""Kinds of figures rounds h81 and h82 (the Dragnet benchmark's 2012 blogs: a prospect's statistics, a revolver test,
a tablet, a Chromebook, blog rules, a credit-card contest) got wrong on unseen text
(issue 19), from the project's own sentences: a screen's size in pixels; a box score's abbreviated counting
statistics and a batting average after "hitting"; a cartridge's name ("45 Colt", ".410 shells"); "two fold" is
"twofold" and "5 fold" five times; "one (1) guest" restates a count.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    # a screen's or an image's size in pixels, the word after the pair saying so
    ("It has an 11.6-inch display with a 1280 x 800 resolution.",
     [(11.6, None, "inch", "measure", "exact"), (1280, None, "pixel", "measure", "exact"),
      (800, None, "pixel", "measure", "exact")]),
    ("The tablet packs a retina-rivaling 2,048 x 1,536 display.",
     [(2048, None, "pixel", "measure", "exact"), (1536, None, "pixel", "measure", "exact")]),
    ("The mosaic is made of small (128 x 128 pixel) thumbnails.",
     [(128, None, "pixel", "measure", "exact"), (128, None, "pixel", "measure", "exact")]),
    # a box score's counting statistics, and an average after "hitting"
    ("At Triple-A she was hitting .281 with 9 HR, 41 RBI, 38 R and 7 SB in 311 AB.",
     [(0.281, None, "batting average", "measure", "exact"), (9, None, "home run", "count", "exact"),
      (41, None, "run batted in", "count", "exact"), (38, None, "run", "count", "exact"),
      (7, None, "stolen base", "count", "exact"), (311, None, "at bat", "count", "exact")]),
    ("He has just 6 K vs. 3 BB this month.",
     [(6, None, "strikeout", "count", "exact"), (3, None, "walk", "count", "exact")]),
    # a cartridge or a shotgun bore is named by its number
    ("The revolver fires .410 shells as well as 44 Magnum rounds; the 45 Colt loads grouped well.", []),
    ("The .410 ammunition and the .38 Special loads cost more.", []),
    # "two fold" as "twofold" (the spec: no number)
    ("The purpose of doing this is two fold: reach and trust.", []),
    # "one (1)": a count written twice
    ("Travel for the winner and one (1) guest, and one (1) gift card.",
     [(1, None, "guest", "count", "exact"), (1, None, "card", "count", "exact")]),
    # astronomy's distances and angles are measures
    ("Neptune is 29.98 AU away, its disk 2.4 arcseconds wide.",
     [(29.98, None, "AU", "measure", "exact"), (2.4, None, "arcsecond", "measure", "exact")]),
    # what stays as it was
    ("The 5 HR sensor reads your pulse.", []),
    ("The screen measures 1200 x 800 mm.",
     [(1200, None, "mm", "measure", "exact"), (800, None, "mm", "measure", "exact")]),
    ("The 5 easy dinners took an hour.", [(5, None, "dinner", "count", "exact")]),
    ("He owns 45 Colt revolvers.", [(45, None, "revolver", "count", "exact")]),
    ("She had 3 au pair jobs.", [(3, None, "job", "count", "exact")]),
    ("She describes the two fold-and-cut methods.", [(2, None, "method", "count", "exact")]),
    # "5 fold", "24-fold": a multiplier, as "5 times"
    ("Sales rose 5 fold last year, and 24-fold since 2001.",
     [(5, None, "times", "measure", "exact"), (24, None, "times", "measure", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h81_kinds(text, expected):
    assert figure_tuples(text) == expected
