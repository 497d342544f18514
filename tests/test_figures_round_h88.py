"""Kinds of figures rounds h88 and h89 (organisations' blogs: a monitoring project, a service mesh) got wrong on
unseen text, from the project's own sentences: a protocol's version ("an HTTP/2 connection") is no count; a server's
load in requests or queries per second ("5 RPS") is a measure; "115 data centers" counts data centers.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"
CASES = [
    ("The proxy opens an HTTP/2 connection to each pod.", []),
    ("Browsers speak HTTP/1.1 to the proxy.", []),
    ("Each pod is getting around 5 RPS.", [(5, None, "rps", M, "approx")]),
    ("The database peaks at 20,000 qps.", [(20000, None, "qps", M, "exact")]),
    ("The team runs alerts across 115 data centers.", [(115, None, "data center", C, "exact")]),
    # what stays as it was
    ("The file may be up to 51,200 KB/50 MB.", [(51200, None, "KB", M, "max"), (50, None, "MB", M, "exact")]),
    ("The hospital opened 3 trauma centers.", [(3, None, "center", C, "exact")]),
    ("Working 24/7, the crew fixed 12 lines.", [(12, None, "line", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h88_kinds(text, expected):
    assert figure_tuples(text) == expected
