"""Kinds of figures round h12 (US, Asian and wire news of 2020) showed missed or false (issue 19), each
from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # "a few dozen", "several dozen": vague amounts with no number
    ("There had been only a few dozen flu cases on the island.", []),
    ("Several dozen riders and 40 sailors gathered at the pier.", [(40, "sailor", C, "exact")]),
    ("Two dozen riders gathered at the pier.", [(24, "rider", C, "exact")]),
    # a market page's live quote after a ticker symbol is page chrome, not the story's figure
    ("The 10-year note yield TMUBMUSD10Y, 0.673% fell 4.8 basis points to 0.675%.",
     [(4.8, "basis point", P, "exact"), (0.675, "%", P, "exact")]),
    ("Shares of Harbour Ferries HFRY, -3.19% fell before the bell.", []),
    ("According to HFRA, 50% of ferry riders pay cash.", [(50, "%", P, "exact")]),
    # bare cents take the article's dollar: a Singapore dollar story's cents are Singapore cents
    ("The ferry group reported a loss of S$83.7 million. A dividend of 1.5 cents was declared.",
     [(83_700_000, "SGD", M, "exact"), (0.015, "SGD", M, "exact")]),
    ("A ticket rose to 75 cents.", [(0.75, "USD", M, "exact")]),
    # house numbers in parentheses after a street are an address
    ("The plan razes four buildings at the lower end of Main Street (8069, 8059, 8055 and 8049).",
     [(4, "building", C, "exact")]),
    # "there was one X" counts it
    ("There was one defection on Tuesday when a skipper left the crew.", [(1, "defection", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h12_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
