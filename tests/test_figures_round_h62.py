"""Kinds of figures and claims round h62 (WCXB web pages: guides, pricing, a Postgres post, market reports) got wrong
on unseen text (issue 19), from the project's own sentences: "4 vCPUs" is a plural ("vCPU"); the ages listed before
"year olds" ("parents of 2, 3, and 4 year olds") are ages. For claims: a finding whose "that" is left out ("Nucleus
Research found marketing automation can drive a 14.5% increase") and "With Gartner predicting that" report.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

CASES = [
    ("The instance (4 vCPUs, 32GB RAM) costs $328 a month.",
     [(4, None, "vcpu", "count", "exact"), (32, None, "GB", "measure", "exact"), (328, None, "USD", "money", "exact")]),
    ("The class is for parents of 2, 3, and 4 year olds.", []),
    # what stays as it was
    ("The club has 2, 3 and 5 members in its teams.",
     [(2, None, "member", "count", "exact"), (3, None, "member", "count", "exact"), (5, None, "member", "count", "exact")]),
    ("A 4-year-old boy was hurt.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h62_kinds(text, expected):
    assert figure_tuples(text) == expected


@pytest.mark.parametrize("text, figure, source", [
    ("Hale Research found marketing automation can drive a 14.5% increase in sales.", "14.5%", "Hale Research"),
    ("With Hale Research predicting that more than 95% of workloads will move, firms are busy.", "95%", "Hale Research"),
    # what stays as it was
    ("Police found 3 bodies in the house.", "3 bodies", None),
    ("With Ruiz claiming his half-century, the pair added a further 75 runs.", "75 runs", None),
    ("Hale Research found that 40% of tenants pay too much.", "40%", "Hale Research"),
])
def test_h62_sources(text, figure, source):
    assert source_of(text, figure) == source
