"""Kinds of figures and claims round h47 (local news, opinion pages, 2008 Google News) got wrong on unseen text (issue
19), from the project's own sentences: a publisher's price per month in its appeal to subscribe, "one person shot"
and "one man was taken to the hospital" as counts, ", say," as "for example", a disease's name taken for a study's
publisher, and a "?" a page's encoding left for a dash on a speaker's name.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

C, MONEY = "count", "money"

CASES = [
    ("Enjoying this article? Click here to subscribe for full access. Just $5 a month.", []),
    ("Become a member of the Velmar Sun today! $5/month $20/month $100/month", []),
    ("Police found one person shot in the street.", [(1, None, "person", C, "exact")]),
    ("One man was taken to the hospital and remains in critical condition.", [(1, None, "man", C, "exact")]),
    # what stays as it was
    ("Membership fees rose to $40 a month.", [(40, None, "USD", MONEY, "exact")]),
    ("One man wrote to the council.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h47_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_say_between_commas_is_for_example():
    text = "The chart shows voters' views about, say, war and peace, and it has 12 columns."
    assert source_of(text, "12 columns") is None


def test_a_diseases_name_publishes_no_study():
    text = "A COVID-19 study found that 281 of the cities saw protests."
    assert source_of(text, "281") is None


def test_a_question_mark_for_a_lost_dash_is_no_part_of_a_name():
    text = "Lonnie Jones ? said five witnesses came."
    assert source_of(text, "five witnesses") == "Lonnie Jones"
