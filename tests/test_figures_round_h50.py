"""Kinds of figures and claims round h50 (local news, 2025 web articles) got wrong on unseen text (issue 19), from the
project's own sentences: decibels stuck to the digits, a model named by a letter and a number, an age whose comma was
lost before a home town, "one or more" as a minimum, lexicalised compound nouns, a headline's next clause taken into
a noun run, a note's marker; and for claims, a survey's own name split into a publisher, a headline's short name for
a body the story names in full, and a reporting body's colon label as a subject.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of, subject_of
from figure_tuples import figure_tuples

M = "measure"

CASES = [
    ("Noise canceling cuts the noise by 10-40dB, and 80dB of it still intrudes.",
     [(10, 40, "dB", M, "exact"), (80, None, "dB", M, "exact")]),
    ("Venues must not play music above 85 decibels.", [(85, None, "dB", M, "min")]),
    ("The Velmar K 490 NCs are the best choice for travellers.", []),
    ("Ana Lee Ruiz, 17 of Thomaston was also charged with two counts of burglary.", [(2, None, "count", "count", "exact")]),
    ("At least one or more neighbours called 911 after one or more shots.",
     [(1, None, "neighbour", "count", "min"), (1, None, "shot", "count", "min")]),
    ("About a dozen family members came, and she had two gunshot wounds.",
     [(12, None, "family member", "count", "approx"), (2, None, "gunshot wound", "count", "exact")]),
    ("Seven shot in 3 separate shootings Police say four were hurt.",
     [(7, None, "shot", "count", "exact"), (3, None, "shooting", "count", "exact"), (4, None, "hurt", "count", "exact")]),
    ("About 3.7% of the population speak it.[271][n 9] There are now schools.", [(3.7, None, "%", "percent", "approx")]),
    ("The loop starts again, with three characters keeping their memories.[1]: 207 The list gives names.",
     [(3, None, "character", "count", "exact")]),
    # what stays as it was
    ("One or more of them left, and two or more officers came.", [(2, None, "officer", "count", "min")]),
    ("They counted 12 measles cases.", [(12, None, "case", "count", "exact")]),
    ("Two police officers came.", [(2, None, "officer", "count", "exact")]),
    ("The RTX 3080 and 20 laptops were sold.", [(20, None, "laptop", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h50_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_a_surveys_own_name_is_no_publisher_and_its_name():
    text = "Many point to the General Tenant Survey. Its most recent study showed ownership dropping to 32.4 percent."
    assert source_of(text, "32.4 percent") in (None, "General Tenant Survey")


def test_a_pollster_before_poll_is_still_the_publisher():
    text = "A new Hale Institute poll found that 12% of voters were unsure."
    assert source_of(text, "12%") == "Hale Institute"


def test_a_research_facility_is_no_publisher():
    text = ("Velmar runs the Scott Base research facility in the south.\n\nIn 1961, the census reported that 92% of "
            "residents were born there.")
    assert source_of(text, "92%") != "Scott Base"


def test_a_headlines_short_name_takes_the_full_name_the_story_gives():
    text = ("Sheriff's Office: 3 children, 1 adult found dead\n\n"
            "According to the Velmar County Sheriff's Office, evidence at the scene shows a murder.")
    assert source_of(text, "3 children") == "Velmar County Sheriff's Office"
    assert subject_of(text, "3 children") is None


def test_a_companys_colon_label_is_still_its_subject():
    text = "Velmar Foods reported results on Monday.\n\nVelmar Foods: 300 jobs cut in May"
    assert subject_of(text, "300 jobs") == "Velmar Foods"
