"""Kinds of figures and claims round h58 (misinformation-crawler's site pages and magic-html's English articles: a
Wyoming paper, partisan and satire sites, Chinese state media) got wrong on unseen text (issue 19), from the
project's own sentences: a height's inches without their word ("6 feet 5"); "gone up to 50" (a rise to, not a
ceiling); "estimated" as a speaker's verb, not the qualifier "an estimated"; "the number of X" naming what the
nearest number counts. For claims: "pointed out that" reports; a number word is never a source; "a recent Harbour
Times article said" is the paper's; and, from the tuning rounds, a nickname in quotes inside a name and "according to
what investigators have learned".

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

C, M = "count", "measure"

CASES = [
    ("His neighbour put him at 6 feet 5, as the row went on.", [(77, None, "inch", M, "exact")]),
    ("The number of tigers has gone up to 50 from 27 in 2015.",
     [(50, None, "tiger", C, "exact"), (27, None, "tiger", C, "exact")]),
    ("The number of wolves rose to 12, and the number of bears has exceeded 60 from 42 in 2015.",
     [(12, None, "wolf", C, "exact"), (60, None, "bear", C, "min"), (42, None, "bear", C, "exact")]),
    ("His wife estimated 5 feet 9 inches.", [(69, None, "inch", M, "exact")]),
    # what stays as it was
    ("Up to 50 people may attend.", [(50, None, "person", C, "max")]),
    ("Rent starts at $449 a month and goes up to $1,999 a month.",
     [(449, None, "USD", "money", "min"), (1999, None, "USD", "money", "max")]),
    ("An estimated 300 people came.", [(300, None, "person", C, "approx")]),
    ("He stands 6 feet 2 inches tall.", [(74, None, "inch", M, "exact")]),
    ("The team won 6 games and lost 5.", [(6, None, "game", C, "exact"), (5, None, "game", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h58_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


@pytest.mark.parametrize("text, figure, source", [
    ("Ana Ruiz pointed out that five years ago, the state paid $175 million to towns.", "$175 million", "Ana Ruiz"),
    ("Two new polls have been released in that race. The average of polls in this race said that Hale was down by "
     "around five points.", "five points", None),
    ("Remember that poll that had Hale down by fourteen points? The average of polls said that Hale was down by "
     "around five points.", "five points", None),
    ("Portline made $4.7 billion in 2018, a recent Harbour Times article claimed.", "$4.7 billion", "Harbour Times"),
    # and two the tuning rounds still got wrong: a nickname in quotes inside a name, "according to what X learned"
    ('"It led to the arrest of these two men," said Velmar Police Chief Armando “AJ” Ruiz.', "two men",
     "Armando “AJ” Ruiz"),
    ("At least one shot was fired from the car, according to what investigators have learned.", "one shot",
     "investigators"),
    # what stays as it was
    ("Ruiz pointed out the 3 flaws in the plan.", "3 flaws", None),
    ('"We sold 40 ferries," said Ana Ruiz. "It was a good year."', "40 ferries", "Ana Ruiz"),
    ("Two officials said 40 ferries were sold.", "40 ferries", "Two officials"),
])
def test_h58_sources(text, figure, source):
    assert source_of(text, figure) == source
