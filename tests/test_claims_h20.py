"""Kinds of attribution round h20 got wrong on unseen text (issue 19), from sentences of the project's own
making: a place that completes the body in an aside is no speaker ("an astronomer at the University of
Velmar, Ostrava, said"); a title with its own complement opening the name is dropped ("Minister of State
for Media Affairs Ana Ruiz"); where a source was posted is no part of its name; and a body's name after its
owner's possessive keeps the owner ("the Harbour Refugee Response's Inter-Agency Information Sharing
Portal")."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Ana Ruiz, an astronomer at the University of Velmar, Ostrava, said the telescope will be 90 times more "
     "powerful.", "90 times", "Ana Ruiz"),
    ("Astronomer Ana Ruiz with the University of Velmar, Ostrava, said the telescope will be 90 times more "
     "powerful.", "90 times", "Ana Ruiz"),
    ("Minister of State for Media Affairs Ana Ruiz said there are around 1.3 million refugees in Velmar.",
     "1.3 million", "Ana Ruiz"),
    ("There are 657,000 refugees, according to the Harbour Refugee Response's Inter-Agency Information Sharing "
     "Portal posted on the agency's website.", "657,000",
     "Harbour Refugee Response's Inter-Agency Information Sharing Portal"),
])
def test_round_h20_sources(text, figure, source):
    assert source_of(text, figure) == source
