"""Kinds of figures round h27 (Article-Bias-Prediction's news and commentary) got wrong on unseen text (issue
19), from the project's own sentences: a year-shaped count joined to its noun ("a 1500-page bill"), a duration
whose time noun has an adjective before it ("the ten preceding years"), a word count before a name that holds a
street's name ("three Wall Street Journal reporters"), collective nouns and -men plurals as the counted noun, and
"one" after verbs that single people out ("barred one reporter"; "identified one victim as" names her).

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("Lawmakers passed a 1500-page budget bill.", [(1500, None, "page", C, "exact")]),
    ("The 2000-member choir sang at dusk.", [(2000, None, "member", C, "exact")]),
    ("It was a 2020-style campaign, and a 2025-ready plan.", []),
    ("In the ten preceding years, output fell.", []),
    ("Officials expelled three Wall Street Journal reporters.", [(3, None, "reporter", C, "exact")]),
    ("The 40 residents of 12 Main Street left.", [(40, None, "resident", C, "exact")]),
    ("The general dispatched 200 mounted cavalry and 300 infantrymen.",
     [(200, None, "cavalry", C, "exact"), (300, None, "infantryman", C, "exact")]),
    ("The mayor barred one reporter from the briefing.", [(1, None, "reporter", C, "exact")]),
    ("The coroner identified one victim as Ana Ruiz.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h27_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
