"""Kinds of attribution round h29 (health press releases on EurekAlert, news pages) got wrong on unseen text
(issue 19), from sentences of the project's own making: a surname whose full name ends in a generational suffix
("Norman B. Thomson III"), "researchers say" after the article named them with their body ("Johns Hopkins
researchers"; a nationality names no body), and an athlete's title before the name."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Norman B. Thomson III runs the clinic. A scan could cost $900, Thomson said.", "$900", "Norman B. Thomson III"),
    ("Velmar Institute researchers studied 400 patients. In other words, researchers report, the tests missed two "
     "out of every 10 patients.", "two out of every 10 patients", "Velmar Institute researchers"),
    ("Australian researchers studied 400 reefs. Researchers say 99 percent are at risk.", "99 percent", "Researchers"),
    ("One participant, triathlete Ana Ruiz, agreed. Triathlete Ruiz, 51, was treated in 2011. \"I have raced in 20 "
     "triathlons since,\" Ruiz said.", "20 triathlons", "Ana Ruiz"),
])
def test_round_h29_sources(text, figure, source):
    assert source_of(text, figure) == source
