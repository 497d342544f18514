"""Kinds of figures and claims round h56 (trafilatura-eval's English pages: island news, blogs; a local story) got
wrong on unseen text (issue 19), from the project's own sentences: "one charge each" (a count for each of them); for
claims, a participle read as a report ("fake IDs found in his wallet" had made "IDs" a source) and a court paper named
with the body that filed it ("a DEA complaint said", "the Supreme Court ruling"), which is that body's.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from presslake.figures.extract import extract_figures


def test_one_charge_each_counts():
    got = [(f.value, f.unit, f.kind) for f in extract_figures("Both were held on one charge each of aggravated assault.")]
    assert got == [(1, "charge", "count")]


@pytest.mark.parametrize("text, figure, source", [
    ("He faces two counts of fraud (for fake IDs found in his wallet) and one count of burglary.", "two counts", None),
    ("Velmar Herald reported that a DEA complaint said Ruiz was promised $500,000.", "$500,000", "DEA"),
    ("The Supreme Court ruling said 12 states must comply.", "12 states", "Supreme Court"),
    # what stays as it was: a paper with no body named is its own source
    ("According to the affidavit, he fired 3 shots.", "3 shots", "affidavit"),
    ("The survey found that 40% of tenants pay too much, the Hale Institute said.", "40%", "Hale Institute"),
])
def test_h56_sources(text, figure, source):
    assert source_of(text, figure) == source
