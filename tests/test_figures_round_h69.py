"""Kinds of figures and claims round h69 (WCXB web pages: US universities priced in rupees, a Drupal release, zero
waste, photo composition, a podcast kit guide, a CRM guide) got wrong on unseen text (issue 19), from the project's own
sentences: "₹62L" and "₹5Cr" are lakhs and crores of rupees; "(Rank 50-100)" is a place in a ranking; "zero waste
practices" count nothing; "one small and one very big" describe items already counted; a word that takes several
numbers inside sentences is a product and its versions ("Symfony 6", "Symfony 5", "Symfony 4"); a price range in
parentheses is no team's record. For claims: "according to Statista’s 2026 trends" is Statista's.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("Fees: $75,000 (₹62L – ₹75L) a year, or ₹5Cr in all.", [(75000, None, "USD", "money", "exact"),
     (6.2e6, 7.5e6, "INR", "money", "exact"), (5e7, None, "INR", "money", "exact")]),
    ("Mid-tier universities (Rank 50-100) welcome them.", []),
    ("You might find many zero waste practices familiar.", []),
    ("Use two elements, one small and one very big.", [(2, None, "element", C, "exact")]),
    ("Owners gain Symfony 6 support, and Symfony 4 deprecations in Drupal for Symfony 5 will go.", []),
    ("Use a ring light ($20-50) for video.", [(20, 50, "USD", "money", "exact")]),
    # what stays as it was
    ("He drank 5L of water.", []),
    ("He got zero red cards.", [(0, None, "card", C, "exact")]),
    ("The Huskies (4-7, 3-4) lost.", []),
    ("The plant runs 3 shifts and 2 lines.", [(3, None, "shift", C, "exact"), (2, None, "line", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h69_kinds(text, expected):
    assert figure_tuples(text) == expected


@pytest.mark.parametrize("text, figure, source", [
    ("According to Statista’s 2026 trends, the CRM market will grow to over $80 billion.", "$80 billion", "Statista"),
    # what stays as it was
    ("According to the 2016 Velmar Mainland report, 40 ferries sailed.", "40 ferries", None),
])
def test_h69_sources(text, figure, source):
    assert source_of(text, figure) == source
