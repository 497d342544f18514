"""Kinds of figures round h8 showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # an amount of money in a condition put to the reader is the page's fact; a count there is a sum
    ("If you earned under $66,819, you could receive the ferry credit.", [(66819, "USD", M, "max")]),
    ("If you pay $35 and $6 per ferry pass, Velmar Lines files the forms.",
     [(35, "USD", M, "exact"), (6, "USD", M, "exact")]),
    ("If you have 20 boats, you need two more crews.", []),
    # a list's numbers run into the text ("... journey. 1. Note in the Pocket - ...") count nothing
    ("Velmar offers 40 volunteer sessions a year. Here are places to start. 1. Harbour Pantry - Volunteers sort "
     "food. 2. Velmar Shelter - Volunteers walk 30 dogs.", [(40, "session", C, "exact"), (30, "dog", C, "exact")]),
    # a fraction written in words is no count of thirds or quarters
    ("More than one third of tenants and three quarters of the crews said so.", []),
    ("The team led after three quarters and won by 12 points.", [(12, "point", C, "exact")]),
    # a range whose unit is written at both ends is one range
    ("The goal is to limit warming to 1.5 degrees Celsius to 2 degrees Celsius.", [(1.5, "°C", X, "exact")]),
    ("Positivity rose from 3.9 per cent to 5.8 per cent.", [(3.9, "%", P, "exact"), (5.8, "%", P, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h8_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected


def test_a_range_with_its_unit_at_both_ends_keeps_its_high_end():
    (figure,) = extract_figures("The goal is to limit warming to 1.5 degrees Celsius to 2 degrees Celsius.")
    assert (figure.value, figure.value_high) == (1.5, 2.0)
