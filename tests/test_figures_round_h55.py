"""Kinds of figures round h55 (news-please records, local news, fire departments' incident reports, 2025 web
articles) got wrong on unseen text (issue 19), from the project's own sentences: "one" as an item of a list of counts
(a dispatch list: "one Arson Unit, one EMS battalion captain"), whose noun is the item's last word; "a one-story
house" (its floors count, as "two-story" does); a share then a price joined by "to" ("shedding 1.1 percent to 86.47
euros") read as one range; "class action" and "law firm" as compound nouns.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P = "count", "money", "percent"

CASES = [
    ("Ten companies, two rescue ambulances, one Arson Unit, one EMS battalion captain, and one Battalion Chief "
     "Officer Command Team, under the direction of Chief Ruiz, responded.",
     [(10, None, "company", C, "exact"), (2, None, "ambulance", C, "exact"), (1, None, "unit", C, "exact"),
      (1, None, "captain", C, "exact"), (1, None, "team", C, "exact")]),
    ("Crews sent seven ambulances, one urban search and rescue unit, one rehab unit and two engines.",
     [(7, None, "ambulance", C, "exact"), (1, None, "unit", C, "exact"), (1, None, "unit", C, "exact"),
      (2, None, "engine", C, "exact")]),
    ("They fled a one-story house.", [(1, None, "story", C, "exact")]),
    ("Portline shares fell, shedding 1.1 percent to 86.47 euros.",
     [(1.1, None, "%", P, "exact"), (86.47, None, "EUR", M, "exact")]),
    ("There are five class actions run by two law firms.",
     [(5, None, "class action", C, "exact"), (2, None, "law firm", C, "exact")]),
    # what stays as it was
    ("He has two sons, one of whom lives here, and a daughter.", [(2, None, "son", C, "exact")]),
    ("The side scored two goals, one in each half, and won.", [(2, None, "goal", C, "exact")]),
    ("It was a one-time deal.", []),
    ("Rates rose from 4% to 20% this year.", [(4, None, "%", P, "exact"), (20, None, "%", P, "exact")]),
    ("Four officers and one civilian were hurt.", [(4, None, "officer", C, "exact"), (1, None, "civilian", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h55_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
