"""Kinds of figures round h42 (Article-Bias-Prediction's opinion and policy pages) got wrong on unseen text (issue 19),
from the project's own sentences: headlines listed under "You might be interested in:" or "Related Links:" without
bullets are other stories, a letters page's word limit is its policy, and "baggies" are baggies.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("The port reopened.\n\nYOU MIGHT BE INTERESTED IN:\n\nFerry Stocks Fall; 2 Hot Harbour Plays Beat Views\n\n"
     "Velmar Lines Partner With 217% Growth Enters Buy Zone", []),
    ("The port reopened.\n\nRelated Links:\n\n5 ways to prepare for the harbour vote", []),
    ("Want to join the conversation? Keep letters under 300 words. E-mail comments, 40 words or fewer, to the desk.", []),
    ("Officers found three small baggies.", [(3, None, "baggie", C, "exact")]),
    # what stays a figure
    ("The port reopened.\n\nRelated Links:\n\nFerries carried 12 cars.\n\nThe letters ran to 300 words.",
     [(12, None, "car", C, "exact"), (300, None, "word", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h42_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
