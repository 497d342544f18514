"""Kinds of figures round h13 (news and reporting pages of 21 publishers, from other tools' fixtures) showed
missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a golf round's score is a sports score, whether it is relative to par or not; its birdies count
    ("Ruiz made five birdies on the front nine on her way to a 5-under 67 and the clubhouse lead.",
     [(5, "birdie", C, "exact")]),
    ("Hale shot 71 and finished at 2-over 142, while Ruiz carded a 68 with six birdies.",
     [(6, "birdie", C, "exact")]),
    ("He had to scramble for a 73 on a day when the field averaged 72.", []),
    ("Ruiz has top 10s in the last two majors. Hale shot 67.", [(2, "major", C, "exact")]),
    ("Police said the gunman shot 15 people and the proposed cut was 55%, 60% or even 65%.",
     [(15, "person", C, "exact"), (55, "%", P, "exact"), (60, "%", P, "exact"), (65, "%", P, "exact")]),
    # a bare number after "a" or "an" is a score or a grade: it takes no unit from another number nearby
    ("Hale had a three-shot lead on Sunday, only to lose it all on his way to an 82.", [(3, "shot", C, "exact")]),
    ("Ruiz birdied the opening seven holes on her way to a 66 and the lead.", [(7, "hole", C, "exact")]),
    ("The harbour course played to a 72 on Friday, as 40 golfers signed up.", [(40, "golfer", C, "exact")]),
    # a spelled-out split decision is a tally, not a number with a number for its unit
    ("The court upheld the ferry levy in a five-four ruling on Monday.", []),
    ("The board voted six-three to close 12 piers.", [(12, "pier", C, "exact")]),
    # list markers closed by a parenthesis number the points of a list, they count nothing
    ("The harbour board weighed two questions: 1) the cost of the new pier, and 2) the 14 jobs it would bring.",
     [(2, "question", C, "exact"), (14, "job", C, "exact")]),
    # a currency written with a space before the amount
    ("The ferry line cost US$ 104.35 billion, and the pier € 2 million.",
     [(104_350_000_000, "USD", M, "exact"), (2_000_000, "EUR", M, "exact")]),
    # "two-dozen" written with a hyphen is 24
    ("Some of the other nearly two-dozen skippers sailed on Monday.", [(24, "skipper", C, "max")]),
    # nouns ending in -ie keep it in the singular
    ("The course gave up 14 birdies, and the bakery sold 300 cookies and 40 brownies.",
     [(14, "birdie", C, "exact"), (300, "cookie", C, "exact"), (40, "brownie", C, "exact")]),
    ("The port lost 12 ferries and three bodies were found.", [(12, "ferry", C, "exact"), (3, "body", C, "exact")]),
    # a number inside a name of capitalised words names the thing ("Nord Stream 1 pipeline")
    ("Gas to the port stopped via the Harbour Link 2 pipeline, which carries 55 billion cubic metres a year.",
     [(55_000_000_000, "cubic metre", X, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h13_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
