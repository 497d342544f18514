"""Kinds of figures round h91 (organisations' survey reports and service blogs) got wrong on unseen text, from the
project's own sentences: a data rate glued to its digits ("160Mbps") is a measure; "round two of the programme" names
a round; "in the top ten" is a place in a ranking, not a count. From the tuning rows: a lexicalised compound is
counted whole ("16 home runs", "two SIM cards", "9 egg whites").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"
CASES = [
    ("These clients average around 160Mbps.", [(160, None, "Mbps", M, "approx")]),
    ("The backbone carries 5Gbps and the office 300kbps.", [(5, None, "Gbps", M, "exact"), (300, None, "kbps", M, "exact")]),
    ("We are running round two of the Harbour Rangers Program.", []),
    ("The race was stopped in round 5.", []),
    ("Other shows in the top ten include a podcast on fraud.", []),
    ("The firm is among the top 10 shoe companies in the world.", []),
    ("He hit 16 home runs and 9 stolen bases in 293 plate appearances.",
     [(16, None, "home run", C, "exact"), (9, None, "stolen base", C, "exact"), (293, None, "plate appearance", C, "exact")]),
    ("The phone takes two SIM cards.", [(2, None, "SIM card", C, "exact")]),
    ("Whisk 9 egg whites with 4 snow peas.", [(9, None, "egg white", C, "exact"), (4, None, "snow pea", C, "exact")]),
    # what stays as it was
    ("The top five firms hired 40 people.", [(5, None, "firm", C, "exact"), (40, None, "person", C, "exact")]),
    ("38 of the top 100 firms agreed.", [(38, None, "firm", C, "exact")]),
    ("They played 3 rounds of golf.", [(3, None, "round", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h91_kinds(text, expected):
    assert figure_tuples(text) == expected
