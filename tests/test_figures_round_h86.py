"""Kinds of figures round h86 (NewsData.io articles of 2023: crypto trade press, a health-policy wire, local news in
North Dakota) got wrong on unseen text, from the project's own sentences: a crypto-currency's amount is money in its
ticker ("77 ETH"; "77 Ether"); thousands of trillions are a separator typed for a point ("$1,165 trillion"), skipped
rather than guessed; a count after a month set off by a comma ("As of March, 17 states") is no date; a number in digit
groups after "the" names nothing ("the 132,000 square foot parcel"); a trade paper's "Magazine:" line links a story.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("He paid 77 ETH for the token, worth 77 Ether then.",
     [(77, None, "ETH", "money", "exact"), (77, None, "ETH", "money", "exact")]),
    ("The order cannot be smaller than 0.001 BTC.", [(0.001, None, "BTC", "money", "exact")]),
    ("The market ends the week at a total market capitalization of $1,165 trillion.", []),
    ("As of March, 17 states had such exemptions.", [(17, None, "state", "count", "exact")]),
    ("Part of the 132,000 square foot parcel could be donated.", [(132000, None, "square foot", "measure", "exact")]),
    ("Wash trading grew.\n\nMagazine: 4 out of 10 NFT sales are fake: Learn to spot the signs", []),
    # what stays as it was
    ("The market is worth $1.1 trillion.", [(1.1e12, None, "USD", "money", "exact")]),
    ("On March 17, 2023 the port opened.", []),
    ("In May, 2021 was a record year.", []),
    ("He took the 747 line home.", []),
    ("He owns 2 bitcoins.", [(2, None, "bitcoin", "count", "exact")]),
    ("Diethyl ether boils at 34.6 degrees.", [(34.6, None, "degree", "measure", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h86_kinds(text, expected):
    assert figure_tuples(text) == expected
