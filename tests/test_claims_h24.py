"""Kinds of attribution round h24 (Article-Bias-Prediction's news and commentary) got wrong on unseen text
(issue 19), from sentences of the project's own making: a profession opening a sentence is a title before a
name ("Pollster Ana Ruiz said"); an aside that says where someone works ("Ana Ruiz, with the research firm
Velmar Data Inc., projects") leaves the person the speaker; and a participle after a count is an adjective
("two confirmed cases ..., and over 800 confirmed cases"), not a verb whose speaker is "two"."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Pollster Ana Ruiz said 83 percent of respondents said no.", "83 percent", "Ana Ruiz"),
    ("Promoter Tom Hale said 4,000 tickets were sold.", "4,000 tickets", "Tom Hale"),
    ("Ana Ruiz, with the research firm Velmar Data Inc., projects that 40,000 voters have already voted.",
     "40,000 voters", "Ana Ruiz"),
    ("There have been two confirmed cases in the shelters, and over 800 confirmed cases in the county overall.",
     "over 800 confirmed cases", None),
    ("Although some pupils received care, 20% reported not receiving the therapy they needed, the survey found.",
     "20%", None),
    ("Sen. Ana Ruiz, who dropped out Dec. 3, reported having $1.3 million available.", "$1.3 million", "Ana Ruiz"),
])
def test_round_h24_sources(text, figure, source):
    assert source_of(text, figure) == source
