"""Kinds of attribution round h26 (Article-Bias-Prediction's news and commentary) got wrong on unseen text
(issue 19), from sentences of the project's own making: a poll's description after its name is no part of its
publisher ("a recent Hale Institute poll taken Feb. 3-7" is the Hale Institute's), and a trigger that is also a noun
closes a noun phrase a count or "from other" opened ("11 Super Tuesday states", "troops from other U.S.
states"), where it reports nothing."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("According to a recent Hale Institute poll taken Feb. 3-7, 30 percent of voters called themselves "
     "independents.", "30 percent", "Hale Institute"),
    ("Critics attacked the plan to send more than 4,500 troops—mostly from other U.S. states.", "more than 4,500 troops",
     None),
    ("Her resources spread thin, she was due to campaign in 11 Super Tuesday states.", "11 Super Tuesday states", None),
    ("Personal savings fell from about 10 percent of income in 1985 to 2 percent in 2007, Ruiz notes.",
     "about 10 percent", "Ruiz"),
    ("After growing sales by 23% in fiscal 2024, Velmar Systems projects growth of about 20% for fiscal 2025.",
     "about 20%", "Velmar Systems"),
])
def test_round_h26_sources(text, figure, source):
    assert source_of(text, figure) == source
