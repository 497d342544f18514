"""Kinds of attribution round h23 (Article-Bias-Prediction's news and commentary) got wrong on unseen text
(issue 19), from sentences of the project's own making: an adverb between a speaker and the verb is no part
of the speaker ("Velmar News widely reported"), and a word that is a verb or a noun ("projects", "reports")
is the noun before "with" or "of" ("smaller AI projects with a 100% success rate")."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Velmar News widely reported that the strike had cost the port $24 million.", "$24 million", "Velmar News"),
    ("The family said 40 guests came.", "40 guests", None),
    ('"Firms will invest in smaller AI projects with a 100% success rate," said Ana Ruiz.', "100%", "Ana Ruiz"),
    ("Ruiz said there were reports of 40 deaths in the district.", "40 deaths", "Ruiz"),
])
def test_round_h23_sources(text, figure, source):
    assert source_of(text, figure) == source
