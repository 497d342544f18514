"""Kinds of attribution round h25 (Article-Bias-Prediction's news and commentary) got wrong on unseen text
(issue 19), from sentences of the project's own making: "the agency" is the government body the article named
most before it; a name goes on over "for a" ("Partnership for a New American Economy"); and where someone
"told a crowd" is the writer's scene, not what they told it."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("The Velmar Food Administration (VFA) said hemp is legal. VFA noted it. The Velmar Drug Administration "
     "agreed. The agency said products may hold no more than 0.3 percent THC.", "0.3 percent",
     "Velmar Food Administration"),
    ("According to a report by Partnership for a New Velmar Economy, roughly 40 percent of firms were founded by "
     "immigrants.", "40 percent", "Partnership for a New Velmar Economy"),
    ('"We have one remaining task," Ruiz told a capacity crowd at the 2,210-seat Velmar Hall on Monday.',
     "2,210-seat", None),
    ('"We have one remaining task," Ruiz told a capacity crowd at the 2,210-seat Velmar Hall on Monday.',
     "one remaining task", "Ruiz"),
])
def test_round_h25_sources(text, figure, source):
    assert source_of(text, figure) == source
