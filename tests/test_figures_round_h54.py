"""Kinds of figures and claims round h54 (local news, 2025 web articles: a recipe, a runner's blog, a pet insurer)
got wrong on unseen text (issue 19), from the project's own sentences: grams glued to the digits ("(450g)"), a
fraction with no whole number ("1/4 cup"), a cook's compound measure ("1 cup plus 2 tablespoons" is 18 tablespoons),
inch marks (9" x 13", 5'10"), "N times a week" as a count, a mile marker ("mile 20") as a position, an embedded
tweet's counters, a station's name ("told 13 NEWS"), "spent 9mm" before the counted casings; for claims, an
adjective opening a sentence ("Initial reports from authorities") taken for the source, an unnamed agency's reports
("reports from police"), and papers with no author ("according to court records"), which labellers name as the
source.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

M, C = "measure", "count"

CASES = [
    ("Stir in 2 cups (450g) water.", [(2, None, "cup", C, "exact"), (450, None, "g", M, "exact")]),
    ("Add 1/4 cup sugar, then 3/4 teaspoon salt.", [(0.25, None, "cup", C, "exact"), (0.75, None, "teaspoon", C, "exact")]),
    ("Mix 1/2 tsp cloves and 6 tbsp pectin.", [(0.5, None, "tsp", C, "exact"), (6, None, "tbsp", C, "exact")]),
    ("Use 1 cup plus 2 tablespoons flour and 2 teaspoons oil.",
     [(18, None, "tablespoon", C, "exact"), (2, None, "teaspoon", C, "exact")]),
    ('Bake it in a 9" x 13" pan.', [(9, None, "inch", M, "exact"), (13, None, "inch", M, "exact")]),
    ("The man was about 5’10” tall and thin.", [(70, None, "inch", M, "approx")]),
    ("The second man was 6'1\" tall.", [(73, None, "inch", M, "exact")]),
    ("They train four times a week, 2 times per month on hills.",
     [(4, None, "time", C, "exact"), (2, None, "time", C, "exact")]),
    ("The stretch from mile 20 to mile 26 is the hardest.", []),
    ("Police said the shooting began late.\n\n5:07 AM - 29 Jun 2016\n\n3 3 Retweets 2 2 likes\n\nA girl was hurt.",
     []),
    ("Witnesses told 13 NEWS they heard shots.", []),
    ("Investigators recovered 38 spent 9mm shell casings.", [(38, None, "shell casing", C, "exact")]),
    # what stays as it was
    ("The bag weighs 500 g.", [(500, None, "g", M, "exact")]),
    ("Its 5G modem is fast.", []),
    ("He was about 6 feet 2 inches tall.", [(74, None, "inch", M, "approx")]),
    ('They asked for "20 volunteers" and got 25.',
     [(20, None, "volunteer", C, "exact"), (25, None, "volunteer", C, "exact")]),
    ("He read it three times over.", []),
    ("He ran 20 miles.", [(20, None, "mile", M, "exact")]),
    ("He had “earned every one” of his 91 indictments.", [(91, None, "indictment", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h54_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected


def test_an_adjective_opening_the_sentence_is_no_source():
    text = "Initial reports from authorities indicated there were four federal agents wounded."
    assert source_of(text, "four federal agents") == "authorities"


def test_reports_from_an_unnamed_agency_are_its():
    assert source_of("Reports from police indicated that 12 shots were fired.", "12 shots") == "police"


@pytest.mark.parametrize("text, figure, source", [
    ("According to court records, the argument started between two women.", "two women", "court records"),
    ("Court records show he owed $5,000.", "$5,000", "Court records"),
    ("According to court documents, police found 12 bags of heroin.", "12 bags", "court documents"),
    # what stays as it was: papers with their author named are the author's
    ("According to records obtained by the Velmar Herald, he owed $5,000.", "$5,000", "Velmar Herald"),
])
def test_papers_with_no_author_are_the_source(text, figure, source):
    assert source_of(text, figure) == source
