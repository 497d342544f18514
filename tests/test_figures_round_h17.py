"""Kinds of figures round h17 (30 more news pages of the Chaos set and L3S-GN1) showed missed or false
(issue 19), each from the project's own sentences.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a mixed number is one value: "8 1/2 tackles" (a date's "2/11/23" is none)
    ("He had 3 1/2 sacks among his 8 1/2 tackles, on log 3697 2/11/23.",
     [(3.5, None, "sack", C, "exact"), (8.5, None, "tackle", C, "exact")]),
    # (a fraction alone before a cook's measure counts too since round h54)
    ("Add 1 3/4 cup water and 1/2 cup of flour.", [(1.75, None, "cup", C, "exact"), (0.5, None, "cup", C, "exact")]),
    # "15-odd wineries": about fifteen
    ("The valley and its 15-odd wineries and 40-odd staff.",
     [(15, None, "winery", C, "approx"), (40, None, "staff", C, "approx")]),
    # a lap time in minutes and seconds ("1'32.7") is a duration
    ("Ruiz posted 1'32.7-second laps and Hale 1'33.0 laps in 12 laps.", [(12, None, "lap", C, "exact")]),
    # a team's record after "they're", "are", "stand at": no range of anything
    ("They're 0-6 in those games, and teams with three losses are 4-17.", [(3, None, "loss", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h17_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
