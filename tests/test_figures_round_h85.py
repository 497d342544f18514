"""Kinds of figures round h85 (extractors' test pages: blogs, an Australian site) and the labelled set's recipes,
phones and speeds got wrong, from the project's own sentences. A unit is named as the text writes it, as every
labeller did: "1 tsp" is tsp and "1 teaspoon" teaspoon, "12MP" is MP and "12 megapixels" megapixel, "75 miles per
hour" is mile per hour and "75 mph" mph. A width in pixels stuck to its digits ("400px") is a measure in px (not in a style sheet quoted in a post), and an
Australian paper's "$US200" is in US dollars.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"
CASES = [
    ("Mix 1/2 tsp cloves and 6 tbsp pectin.", [(0.5, None, "tsp", C, "exact"), (6, None, "tbsp", C, "exact")]),
    ("Stir in 2 Tbsp butter and 1 tsp. dried sage.", [(2, None, "tbsp", C, "exact"), (1, None, "tsp", C, "exact")]),
    ("Use 1 tbsp plus 1 tsp oil.", [(4, None, "tsp", C, "exact")]),
    ("You get a 48MP main camera and a 12MP selfie camera.",
     [(48, None, "MP", M, "exact"), (12, None, "MP", M, "exact")]),
    ("The train would reach 220 miles per hour.", [(220, None, "mile per hour", M, "exact")]),
    ("Most states allow a maximum speed of 75-miles per hour.", [(75, None, "mile per hour", M, "exact")]),
    ("A wind machine generates 60-mile-per-hour gusts.", [(60, None, "mile per hour", M, "exact")]),
    ("Put these boxes in columns of about 400px wide.", [(400, None, "px", M, "approx")]),
    ("Add this: .thing { position: absolute; top: 10px; left: 10px; }", []),
    ("A pair of $US200 elevator shoes.", [(200, None, "USD", "money", "exact")]),
    # what stays as it was
    ("Add 2 teaspoons salt and 1 tablespoon oil.", [(2, None, "teaspoon", C, "exact"), (1, None, "tablespoon", C, "exact")]),
    ("Use 1 cup plus 2 tablespoons flour.", [(18, None, "tablespoon", C, "exact")]),
    ("An upgraded 13-megapixel shooter.", [(13, None, "megapixel", M, "exact")]),
    ("Winds of 80 mph and 120 kilometres per hour.", [(80, None, "mph", M, "exact"), (120, None, "km/h", M, "exact")]),
    ("It costs A$400.", [(400, None, "AUD", "money", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h85_kinds(text, expected):
    assert figure_tuples(text) == expected
