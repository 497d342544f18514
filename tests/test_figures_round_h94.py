"""Kinds of figures round h94 (a Canadian transit group's releases among them) got wrong on unseen text, from the
project's own sentences: a bare "$" in a text set in a Canadian region named by its towns ("the Region of Waterloo",
"Kitchener") is the Canadian dollar; a table's row counts what its label names ("Buildings 3435 3056"), each cell a
number of its own.

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


def test_a_table_row_counts_what_its_label_names():
    text = "Sub-prefecture Dionfo Tangali Total\n\nBuildings 3435 3056 6491\n\nResidential Areas 90 188 1283"
    assert figure_tuples(text) == [(3435, None, "building", "count", "exact"), (3056, None, "building", "count", "exact"),
                                   (6491, None, "building", "count", "exact"), (90, None, "area", "count", "exact"),
                                   (188, None, "area", "count", "exact"), (1283, None, "area", "count", "exact")]


def test_digit_groups_with_spaces_stay_one_number_alone():
    assert figure_tuples("The service sent 364 000 emails.") == [(364000, None, "email", "count", "exact")]


def test_a_list_of_ages_is_no_table_row():
    assert figure_tuples("They found the girl dead.\n\nAges 11, 16, 21, 22") == []
