"""Kinds of attribution round h13 got wrong on unseen text (issue 19), from sentences of the project's own
making: a name that starts with a word that is usually a function word ("Just Eat", "First Harbour"),
an office whose last word is "Counsel", and the publisher of "figures from the think tank X"."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Some 280 drivers will lose their jobs, Just Eat said in a statement.", "280", "Just Eat"),
    ("The ferry line will cut 40 routes, First Harbour said on Monday.", "40", "First Harbour"),
    ("Also Ana Ruiz said the port had 40 ferries.", "40", "Ana Ruiz"),
    ("FBI General Counsel James Baker said 11 payments were made.", "11", "James Baker"),
    # a document's publisher named with what it is before it, and a body's regional branch
    ("Figures from the think tank Harbour Watch show that spending has fallen £6.3 billion.", "6.3", "Harbour Watch"),
    ("Figures from the think tank HPR North show that spending has fallen £6.3 billion.", "6.3", "HPR North"),
    ("Data from the Velmar North show that spending has fallen £6.3 billion.", "6.3", None),
    ("A survey by the people at Harbour Watch found that 61% of riders pay cash.", "61%", None),
])
def test_h13_source(text, figure, source):
    assert source_of(text, figure) == source
