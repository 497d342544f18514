"""Kinds of attribution round h28 (Giveme5W1H's news and FakeHealth's health news and press releases) got wrong on
unseen text (issue 19), from sentences of the project's own making: "X, the researchers found" opens a clause and
describes no X as the researchers; an adjective of time before a document names no publisher ("Current
statistics"); "according to X and two deaths ..." ends X before the count; a count in the source's own words is
no claim of the source's ("according to two researchers"); a possessor's surname is the person the article
named in full ("Geier's promotional materials"); and "the researchers" of a press release are its lead author "and
colleagues", as it named them ("Daniel E. Hall, M.D., of ..., and colleagues examined")."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("The illness afflicts 30,000 people in the U.S., the researchers found. In the cases studied, the researchers "
     "found that the hormone added 1.25 inches in height.", "1.25 inches", "researchers"),
    ("Current statistics indicate that 40 percent of adults will develop cancer.", "40 percent", None),
    ("About 12 women die every day, according to Cancer Research UK and two deaths every hour are from bowel cancer.",
     "two deaths", "Cancer Research UK"),
    ("Fewer than 300 officers were hired, according to two researchers who analyzed the data.", "two researchers",
     None),
    ("Fewer than 300 officers were hired, according to two researchers who analyzed the data.", "300 officers",
     "two researchers"),
    ("Mark Geier runs clinics. Geier's promotional materials said he has opened nine centers.", "nine centers",
     "Mark Geier's promotional materials"),
    ("In a study published online by Velmar Surgery, Ana B. Ruiz, M.D., M.P.H., of the Velmar Health System, and "
     "colleagues examined a screening plan. The researchers found that mortality fell to 0.7 percent.", "0.7 percent",
     "Ana B. Ruiz and colleagues"),
    ("Ana Ruiz runs the lab. The researchers found that 40 percent improved.", "40 percent", "researchers"),
])
def test_round_h28_sources(text, figure, source):
    assert source_of(text, figure) == source
