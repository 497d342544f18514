"""Kinds of attribution rounds h3, h4 and h5 got wrong on unseen text (issue 19), from sentences of the
project's own making: an "according to" phrase read past its noun into the clause after it, a survey's
participants taken for its publisher, and a lower-case description of a body ("the lobby group") that
stands for the body that spoke just before it."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    # a lower-case description of a body right after the body spoke is that body
    ("Velmar must act or lose banks, according to the Velmar Ferry Association.\n\n"
     "New regulations have caused an 8 percent drop in ferry jobs, the lobby group said in a report Friday.", "8 percent",
     "Velmar Ferry Association"),
])
def test_h5_source(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure", [
    # "according to X" governs a noun phrase, not the infinitive clause after it (nor a title in that clause)
    ("I cross the floor, 30 seconds according to my scanner to take 35 steps and reach for Velmar Ferry Tales.",
     "35 steps"),
    ("It took 40 minutes according to the harbour clock to load 12 containers for Ostrava Shipping Lines.",
     "12 containers"),
    # the people a survey asked are its subject, never its source
    ("More than half the survey participants also admitted that they give up easily, and over 60 percent said "
     "the money was wasted.", "60 percent"),
    ("The study participants reported that 45% of their meals were skipped.", "45%"),
])
def test_h5_no_source(text, figure):
    assert source_of(text, figure) is None


@pytest.mark.parametrize("text, figure, source", [
    # the place that completes an aside's place ("in Ostrava, Velmar province") is no speaker: the name before is
    ("Mira Okafor, a ferry clerk in Ostrava, Velmar province, said she paid $300 for the ticket.", "$300",
     "Mira Okafor"),
    ("Tom Hale, a farmer from Linz, Upper Velmar, said he lost 40 cows in the flood.", "40 cows", "Tom Hale"),
])
def test_h5_place_in_an_aside(text, figure, source):
    assert source_of(text, figure) == source
