"""Attribution round h36 (celebrity and political stories of FakeNewsNet) got wrong on unseen text (issue 19), from
sentences of the project's own making: "the magazine" is the publication that spoke last, two acronyms joined are
each body spelled out ("CBO and JCT"), the person named after an office in "according to" ("according to Velmar's
Chief of Police, Ana Ruiz, ..."), and a fact box's "Net Worth: $20 Million" is no transcript's speaker."""

import pytest
from claims_helpers import claimed, source_of


@pytest.mark.parametrize("text, figure, source", [
    ('The couple spent a fortune, according to Harbour Weekly. The magazine says they bought "$2.5 million '
     'pacifiers."', "$2.5 million", "Harbour Weekly"),
    ("The Velmar Budget Office and the Joint Committee on Taxation (JCT) met. VBO and JCT estimate that the bill "
     "costs $109 billion.", "$109 billion", "Velmar Budget Office and Joint Committee on Taxation"),
    ("According to Ostrava's Chief of Police, Ana Ruiz, the 3-men were arrested.", "3-men", "Ana Ruiz"),
])
def test_round_h36_sources(text, figure, source):
    assert source_of(text, figure) == source


def test_a_fact_box_has_no_speakers():
    text = ("Kim Hale is a model.\n\nHeight: 1.78 m\nAverage Weight: 64 kg\nNet Worth: $20 Million\n"
            "Dress Size: 6 (US)\nAverage Weight: 141 lb\n")
    assert {source for source, _ in claimed(text).values()} == {None}
