"""Kinds of figures and claims round h53 (local news, 2025 web articles, a campaign site) got wrong on unseen text
(issue 19), from the project's own sentences: a multiplier written with a capital X ("3X fewer", "up to 8X"), "one"
after "sent"; for claims, a page's headings in capitals over a colon taken for a transcript's speakers ("PREVIOUS
COVERAGE:", "UPDATE:") and a state's body named short ("the Department of Justice" for the "Velmar Department of
Justice" the article names once, where Velmar is a US state here: Wisconsin).

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

M = "measure"

CASES = [
    ("Latency fell despite using 3X fewer GPUs, and throughput improved by up to 8X by batching.",
     [(3, None, "times", M, "exact"), (8, None, "times", M, "max")]),
    ("The shooting sent one man to the hospital.", [(1, None, "man", "count", "exact")]),
    # what stays as it was
    ("It is 3x faster than the X 5.", [(3, None, "times", M, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h53_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_headings_in_capitals_are_no_transcripts_speakers():
    text = ("Witnesses told deputies they saw a fire.\n\nPREVIOUS COVERAGE:\n\nThe coroner identified the two bodies "
            "found in a car.\n\nUPDATE:\n\nDeputies arrested a man.\n\nPREVIOUS COVERAGE:\n\nTwo bodies were found.")
    assert source_of(text, "two bodies") != "Previous Coverage"


def test_a_states_body_named_short_takes_the_states_name():
    text = ("Three people were killed, according to the Department of Justice.\n\n"
            "The shooting is under investigation by the Wisconsin Department of Justice Division of Criminal "
            "Investigation.")
    assert source_of(text, "Three people") == "Wisconsin Department of Justice"
