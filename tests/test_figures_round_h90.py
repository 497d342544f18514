"""Kinds of figures round h90 (press releases of public bodies and foundations) got wrong on unseen text, from the
project's own sentences: a solar array's peak power ("1.5 GWp") is a measure; a product named with a letter and a
slash ("the R/3 system") and a class of emissions ("Scope 1 emissions") are names, not counts.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"
CASES = [
    ("The ministry will install at least 1.5 GWp of solar panels.", [(1.5, None, "GWp", M, "min")]),
    ("The roofs hold 300 kWp and the farm 40 MWp.", [(300, None, "kWp", M, "exact"), (40, None, "MWp", M, "exact")]),
    ("In 1998 the firm ported the R/3 system to Linux.", []),
    ("The cut in Scope 1 emissions outweighed the rise in Scope 2 emissions.", []),
    # what stays as it was
    ("The plant makes 2 GW of power.", [(2, None, "GW", M, "exact")]),
    ("The scope of 3 projects grew.", [(3, None, "project", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h90_kinds(text, expected):
    assert figure_tuples(text) == expected
