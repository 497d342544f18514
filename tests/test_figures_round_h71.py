"""Kinds of figures and claims round h71 (WCXB web pages: renovation costs, reducing waste, tutoring research, a CRM
buyer's guide, freelancing software) got wrong on unseen text (issue 19), from the project's own sentences: a year is no
range's low end ("from 2.1 billion tonnes in 2023 to 3.8 billion"); a typo'd number is skipped ("$50,00"); a title
with its small words ("21 Ideas to Help You ..."); "the 9 to 5 office"; "pulled in a million directions"; a list's
marker after a closed aside ("(“high-dosage”); 4) align"). For subjects: a possessor before its figure drops its "'s"
("Salesforce's advertised $75/user plan").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import subject_of
from figure_tuples import figure_tuples

CASES = [
    ("Waste would grow from 2.1 billion tonnes in 2023 to 3.8 billion tonnes by 2050.",
     [(2.1e9, None, "tonne", "measure", "exact"), (3.8e9, None, "tonne", "measure", "exact")]),
    ("Projects range from $10,000 to $50,00, depending on size.", [(10000, None, "USD", "money", "exact")]),
    ("Reduce Reuse Recycle: 21 Ideas to Help You Reduce Waste at Home", []),
    ("You bypass the dreary 9 to 5 office cubicle.", []),
    ("You feel pulled in a million directions.", []),
    ("Tutor for 30 minutes per session (“high-dosage”); 4) align with a curriculum.", []),
    # what stays as it was
    ("Output rose from 300 tonnes in 2022, to 400 tonnes.", [(300, None, "tonne", "measure", "exact"),
     (400, None, "tonne", "measure", "exact")]),
    ("A million people came, and we hired 21 Engineers.", [(1e6, None, "person", "count", "exact"),
     (21, None, "engineer", "count", "exact")]),
    ("The team (4 players) won.", [(4, None, "player", "count", "exact")]),
    ("He paid $50,000 for it.", [(50000, None, "USD", "money", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h71_kinds(text, expected):
    assert figure_tuples(text) == expected


def test_a_possessor_before_its_figure_drops_its_s():
    text = "That power comes with tradeoffs. Salesforce's advertised $75/user Professional plan lacks API access."
    assert subject_of(text, "$75") == "Salesforce"
