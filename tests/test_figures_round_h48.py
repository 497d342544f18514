"""Kinds of figures and claims round h48 (local news, 2008 Google News) got wrong on unseen text (issue 19), from the
project's own sentences: a list of numbers that shares its unit at the end, read as a score where the sentence says
"scoring" ("drives that covered 96, 90 and 62 yards"); pounds converted into another currency are sterling; "We're
told" names no source.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

C, MONEY = "count", "money"

CASES = [
    ("Velmar gave up three scoring drives that covered 96, 90 and 62 yards.",
     [(3, None, "scoring drive", C, "exact"), (96, None, "yard", C, "exact"), (90, None, "yard", C, "exact"),
      (62, None, "yard", C, "exact")]),
    ("The wall may fetch 200,000 pounds (NZ$496,000) online.",
     [(200000, None, "GBP", MONEY, "exact"), (496000, None, "NZD", MONEY, "exact")]),
    # what stays as it was
    ("The Lions won the final 21 to 17.", []),
    ("The crate weighs 200 pounds (90 kg).", [(200, None, "lb", "measure", "exact"), (90, None, "kg", "measure", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h48_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_we_are_told_names_no_source():
    assert source_of("We're told there is one suspect in the case.", "one suspect") is None
