"""Kinds of attribution round h12 got wrong on unseen text (issue 19), from sentences of the project's own
making: a US politician's party and state ("D-California") is no name, and an apposition between a
speaker and the frame ("Ruiz, one of three harbour commissioners, said") describes the speaker."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Sen. Ana Ruiz, D-California, said her office is working to bring back 100 state residents.", "100",
     "Ana Ruiz"),
    ("Rep. Tom Hale, R-Texas, said 40 ferries were idle.", "40", "Tom Hale"),
    ("Ruiz, one of three harbour commissioners, said the port has 38% of the region's jobs.", "38%", "Ruiz"),
    ("“The port has 38% of the region's jobs,” said Ruiz, one of three harbour commissioners.", "38%", "Ruiz"),
])
def test_h12_source(text, figure, source):
    assert source_of(text, figure) == source
