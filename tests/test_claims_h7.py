"""Kinds of attribution round h7 got wrong on unseen text (issue 19), from sentences of the project's own
making: a share of a surveyed group written as a fraction, information named with the body it came from,
and the company an article spoke of, named with a possessive."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure", [
    # a group answering a survey is its subject, however its share is written
    ("Two-thirds of tenants said their rent rose by $200 last year.", "$200"),
    ("A third of the farmers said they lost 40 cows in the flood.", "40 cows"),
    ("Half of the ferry crews said they earned $900 a week.", "$900"),
    # ... and whom a researcher told about the study published nothing
    ("“Some of it doesn’t match official statistics,” Ana Ruiz told Mic about the study on Thursday.\n\n"
     "Two-thirds of tenants said their rent rose by $200 last year.", "$200"),
])
def test_h7_no_source(text, figure):
    assert source_of(text, figure) is None


@pytest.mark.parametrize("text, figure, source", [
    # "Information from X revealed": the information is X's
    ("Information from the Velmar Interior Ministry revealed that police opened 3,341 cases last year.", "3,341",
     "Velmar Interior Ministry"),
    # "the company said" after "Velmar Energy’s proposed rate change": the company, without the possessive
    ("Riders denounced Velmar Energy’s proposed rate change on Thursday.\n\n"
     "Under the settlement, rates would go up about 70 cents per month, the company said.", "70 cents", "Velmar Energy"),
])
def test_h7_source(text, figure, source):
    assert source_of(text, figure) == source
