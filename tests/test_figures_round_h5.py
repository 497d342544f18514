"""Kinds of figures round h5 showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # device specs: hertz, watts and milliamp-hours stuck to the digits
    ("The tablet has a 90Hz panel, a 7,200mAh cell and 45W charging.",
     [(90, "Hz", X, "exact"), (7200, "mAh", X, "exact"), (45, "W", X, "exact")]),
    ("The grid runs at 50 Hz.", [(50, "Hz", X, "exact")]),
    ("Take Route 9 W to the bridge.", []),  # a lone "W" after a space is a direction, not watts
    # an aperture: "f/2.8" is an f-number, not a count of the noun after it
    ("The kit lens opens to f/2.8 wide and has 12 elements.", [(2.8, "f-number", X, "exact"), (12, "element", C, "exact")]),
    # Kenyan shillings written with their prefix "KSh" stuck to the digits
    ("The court awarded the farmer KSh3 million in damages.", [(3e6, "KES", M, "exact")]),
    ("Fares rose to Ksh1,200 a trip.", [(1200, "KES", M, "exact")]),
    ("The bill came to KES 2,500 per household.", [(2500, "KES", M, "exact")]),
    ("KSh 40 is no amount in this story; Kshitij scored 40 runs.", [(40, "run", C, "exact")]),
    # "pounds" after a scale word is sterling; weight when "of" follows ("2 million pounds of beef")
    ("The sector sells 40 billion pounds abroad each year.", [(40e9, "GBP", M, "exact")]),
    ("The plant recalled 2 million pounds of beef.", [(2e6, "lb", X, "exact")]),
    ("He lost 30 pounds in a year.", [(30, "lb", X, "exact")]),
    # an all-capital abbreviation before a noun is a name, not a unit ("two NBA teams", "two BBL clubs")
    ("The deal tied the three BBL clubs to the academy.", [(3, "club", C, "exact")]),
    ("The tanker carried 40,000 bbl of crude.", [(40000, "barrel", X, "exact")]),
    # a fiscal year "2009/10" opens no range with the amount after it
    ("Grants fell from £150 million in 2011/12 to £90 million a year in 2016/17.",
     [(150e6, "GBP", M, "exact"), (90e6, "GBP", M, "exact")]),
    # two sizes sharing one hyphenated unit: "11 and 13-inch models"
    ("The 14 and 16-inch laptops ship in May.", [(14, "inch", X, "exact"), (16, "inch", X, "exact")]),
    # compound modifiers in a row, each counting or measuring: "a four-story, 120-room hotel"
    ("The firm built a four-story, 120-room hotel.", [(4, "story", C, "exact"), (120, "room", C, "exact")]),
    ("A 10-acre, well-lit park opened.", [(10, "acre", X, "exact")]),
    # "a 6.7-incher": a screen named by its size
    ("The 6.7-incher costs more than the 13 incher.", [(6.7, "inch", X, "exact"), (13, "inch", X, "exact")]),
    # a batter's innings "45 off 30 (balls)": a score line like "4 for 22 in 8 overs", not counts
    ("Rao made 45 off 30 balls before lunch, and 12,000 fans watched.", [(12000, "fan", C, "exact")]),
    ("Led by Rao (45 off 30), the side posted a total.", []),
    ("The shop took $10 off 2 tickets.", [(10, "USD", M, "exact"), (2, "ticket", C, "exact")]),
    # "a GPA of 3.4", "a rating of 4.5": the level a score noun names, like "a staff of nine"
    ("Applicants need a minimum GPA of 3.4 and a test score of 21.", [(3.4, "gpa", X, "exact"), (21, "score", X, "exact")]),
    ("The app has a rating of 4.2 in the store.", [(4.2, "rating", X, "exact")]),
    ("The final score of 98-95 stunned fans.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h5_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
