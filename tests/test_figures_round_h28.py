"""Kinds of figures round h28 (Giveme5W1H's news and FakeHealth's health news and press releases) got wrong on
unseen text (issue 19), from the project's own sentences: currencies named in words ("40 million shekels"),
plurals in -is ("rabbis"), a number that is a verb's subject standing for an earlier count's noun ("94 received
placebo injections" counts participants), concentrations ("0.07 ng/ml"), a list sharing its last number's percent
sign ("by 17, 12 and 7 percent"), and "one" before a measure ("a one-ounce serving").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P = "count", "measure", "percent"

CASES = [
    ("The cabinet approved 40 million shekels in grants.", [(40e6, None, "ILS", "money", "exact")]),
    ("The fund paid 50,000 naira and 12 million rupiah.",
     [(50000, None, "NGN", "money", "exact"), (12e6, None, "IDR", "money", "exact")]),
    ("He met 11 senior religious rabbis.", [(11, None, "rabbi", C, "exact")]),
    ("In the trial, 109 participants took the drug; 94 received placebo injections.",
     [(109, None, "participant", C, "exact"), (94, None, "participant", C, "exact")]),
    ("There were 94 reported cases.", [(94, None, "case", C, "exact")]),
    ("Men with levels above 0.07 ng/ml were treated.", [(0.07, None, "ng/ml", M, "min")]),
    ("Readings of 126 mg/dL or more mean diabetes.", [(126, None, "mg/dL", M, "min")]),
    ("Costs fell by 17, 12 and 7 percent.", [(17, None, "%", P, "exact"), (12, None, "%", P, "exact"),
                                             (7, None, "%", P, "exact")]),
    ("Of those, only 4,906, or 10 per cent, live in camps.", [(10, None, "%", P, "exact")]),
    ("A one-ounce serving holds 14 grams of fat.", [(1, None, "oz", M, "exact"), (14, None, "g", M, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h28_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
