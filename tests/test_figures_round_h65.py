"""Kinds of figures and claims rounds h65 and h66 (FakeNewsCorpus's fringe and partisan articles, WCXB web pages: a
lighting guide, a police-killings tally, CRM price tables, an AI-coding essay) got wrong on unseen text (issue 19), from
the project's own sentences: a light's colour temperature ("2700K"); a number in parentheses after its noun with a
qualifier ("cells (approximately 10 trillion)"); "your family of 5"; "the lesser of two evils"; a multiplier of a
"difference" or a "gap"; "the 15 essential event safety rules" (a plural four words on); "a top 50 language" is a
rank; "$17CAD" is Canadian. For claims: a website reports ("according to mappingpoliceviolence.org"); a plan's tier
named by a common word ("Standard ($17/user)") is no subject.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of, subject_of
from figure_tuples import figure_tuples

C, M = "count", "measure"

CASES = [
    ("Warm white: 2700K", [(2700, None, "K", M, "exact")]),
    ("The body has more bacteria than cells (approximately 10 trillion).", [(1e13, None, "cell", C, "approx")]),
    ("Save half on a flight for your family of 5.", [(5, None, "family", C, "exact")]),
    ("In picking the lesser of two evils, it lost.", []),
    ("By activity, we see a ~30x difference.", [(30, None, "times", M, "approx")]),
    ("Expect a 2-3x gap in quality.", [(2, 3, "times", M, "exact")]),
    ("He has the 15 essential event safety rules.", [(15, None, "rule", C, "exact")]),
    ("F# (a top 50 language) lost to C#.", []),
    ("It costs $17CAD per user, or $20 AUD.", [(17, None, "CAD", "money", "exact"), (20, None, "AUD", "money", "exact")]),
    # what stays as it was
    ("It has a 4K screen and serves 250K users.", [(250000, None, "user", C, "exact")]),
    ("The members (15 of 19) voted.", [(15, None, "member", C, "exact"), (19, None, "member", C, "exact")]),
    ("The 2015 plan to build houses failed.", []),
    ("The top 10 states grew.", [(10, None, "state", C, "exact")]),
    ("It costs $17 per user.", [(17, None, "USD", "money", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rounds_h65_h66_kinds(text, expected):
    assert figure_tuples(text) == expected


@pytest.mark.parametrize("text, figure, source", [
    ("Police killed 1,147 people according to mappingpoliceviolence.org – a research group.", "1,147",
     "mappingpoliceviolence.org"),
    # what stays as it was
    ("Sales rose 5%, according to the report. Costs fell.", "5%", None),
])
def test_h65_sources(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, subject", [
    ("Three tiers after Basic: Standard ($17/user) and Pro ($26/user).", "$17", None),
    # what stays as it was
    ("Tiers: Salesforce Professional ($80/user) and more.", "$80", "Salesforce Professional"),
])
def test_h66_subjects(text, figure, subject):
    assert subject_of(text, figure) == subject
