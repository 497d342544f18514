"""Kinds of attribution round h27 (Article-Bias-Prediction's news and commentary) got wrong on unseen text
(issue 19), from sentences of the project's own making: "claimed 32 lives" takes lives and reports nothing; a
poll one of many ("a 1998 Hale Institute poll") names its pollster after its year, while a title after a year or a
possessive is no publisher ("the 2016 Velmar Mainland report", "Gallup's 2017 Environment poll"); and a link
between commas ("for example") stands between a document and its verb."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("The blaze at the Velmar Lounge claimed 32 lives in 1973.", "32 lives", None),
    ("The group claimed that 32 lives were saved.", "32 lives", "group"),
    ("A 1998 Hale Institute poll, for example, found that 70 percent of farmers favored the plan.", "70 percent",
     "Hale Institute"),
    ("A 2021 Velmar Research survey found that 45 percent of tenants moved.", "45 percent", "Velmar Research"),
    ("Gallup's 2017 Environment poll found that 45 percent of adults worry.", "45 percent", "Gallup"),
    ("The 2016 Velmar Mainland report found that 45 percent of tenants left.", "45 percent", None),
    ("The ministry, for example, said 40 people died.", "40 people", "ministry"),
])
def test_round_h27_sources(text, figure, source):
    assert source_of(text, figure) == source
