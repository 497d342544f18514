"""A kind of attribution round h8 got wrong on unseen text (issue 19), from sentences of the project's own
making: the people a survey asked, written "<people> surveyed said", are its subject, never its publisher."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure", [
    ("About one in five of more than a thousand Velmarians surveyed said they would pay $20 more.", "$20"),
    ("Most ferry riders polled said fares should stay under $5.", "$5"),
    ("Before that, one in three Velmarians surveyed “reported problems” costing them $300 a year.", "$300"),
])
def test_h8_no_source(text, figure):
    assert source_of(text, figure) is None


@pytest.mark.parametrize("text, figure, source", [
    # whoever ran the survey is still its publisher
    ("The Hale Institute surveyed 1,000 farmers in May. The survey found 62% expect lower prices.", "62%",
     "Hale Institute"),
])
def test_h8_source(text, figure, source):
    assert source_of(text, figure) == source
