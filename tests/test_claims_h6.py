"""Kinds of attribution round h6 got wrong on unseen text (issue 19), from sentences of the project's own
making: a document named with the body that issued it, and a surname after its organisation's possessive."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    # "a Harbour Board document" is the board's: the document is no part of the name
    ("An additional $3.1 billion of levies is planned, according to a Harbour Board document listing the goods.",
     "$3.1 billion", "Harbour Board"),
    ("Ferry fares rose 12%, according to an Ostrava Transit Authority memo seen by reporters.", "12%",
     "Ostrava Transit Authority"),
    # "HI's Ruiz": the surname resolves to the person the article named in full; her institute is no part of it
    ("Ana Ruiz leads the Hale Institute (HI) in Velmar.\n\n"
     "“We may need to try 10 billion designs,” says HI’s Ruiz.", "10 billion", "Ana Ruiz"),
    ("Tom Hale runs the ferries for Velmar Lines. Velmar Lines' Hale said 40 boats were idle.", "40 boats", "Tom Hale"),
])
def test_h6_source(text, figure, source):
    assert source_of(text, figure) == source
