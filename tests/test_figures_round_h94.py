"""Kinds of figures round h94 (a Canadian transit group's releases among them) got wrong on unseen text, from the
project's own sentences: a bare "$" in a text set in a Canadian region named by its towns ("the Region of Waterloo",
"Kitchener") is the Canadian dollar.

A figure is written (value, value_high, unit, kind, qualifier).
"""

from figure_tuples import figure_tuples


def test_a_canadian_regions_dollar():
    text = ("The Region of Waterloo plans to spend $71.6 million on roads. Kitchener riders want more buses, but the "
            "Region of Waterloo gives $250,000 to drivers. The Region of Waterloo budget is set in Kitchener.")
    assert [f[2] for f in figure_tuples(text)] == ["CAD", "CAD"]


def test_an_american_text_keeps_its_dollar():
    text = "Waterloo, Iowa, plans to spend $71.6 million on roads, the city of Waterloo said."
    assert [f[2] for f in figure_tuples(text)] == ["USD"]
