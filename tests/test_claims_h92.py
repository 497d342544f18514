"""Attribution round h92 (a non-profit newsroom, a student paper, a ministry's press releases) got wrong on unseen
text (issue 19), from sentences of the project's own making: a rank or degree after a name is no part of it ("Ms Ana
Ruiz SC"); "state labor and industry officials" are one body of officials; "officials there said" names them without
the place adverb; a graduate's class after her name ("Gay Walker ’69") leaves her the speaker."""

import pytest

from claims_helpers import source_of


@pytest.mark.parametrize("speaker", ["Ms Ana Ruiz SC", "Ana Ruiz MP", "Dr Ana Ruiz PhD"])
def test_a_rank_or_degree_after_the_name_is_dropped(speaker):
    text = f"The court will house five offices, said {speaker}, the minister of state."
    assert source_of(text, "five offices") == "Ana Ruiz"


def test_officials_of_two_departments_are_one_source():
    text = "State labor and industry officials said 50,000 people filed for benefits on Monday."
    assert source_of(text, "50,000 people") == "State labor and industry officials"


def test_a_count_and_the_next_group_stay_apart():
    text = "The ship carried 240 people and officials said 12 crew were hurt."
    assert source_of(text, "240 people") is None


def test_officials_there_are_the_officials():
    text = "In Velmar, the filing system crashed as a record 15,000 people applied, labor officials there said."
    assert source_of(text, "15,000 people") == "labor officials"


@pytest.mark.parametrize("mark", ["’", "‘", "'"])
def test_a_class_year_after_the_speaker(mark):
    text = f"One interview totaled 98 pages when transcribed, said Gay Walker {mark}69, the archive's librarian."
    assert source_of(text, "98 pages") == "Gay Walker"


def test_a_name_is_not_completed_by_what_it_owns():
    text = ("Velmar State’s Board of Trustees will vote on the budget plan this summer.\n\n"
            "Velmar State said its costs grew, including an anticipated $30 million rise in health care expenses.")
    assert source_of(text, "$30 million") == "Velmar State"


@pytest.mark.parametrize("text, figure, source", [
    ("The costs worried Elections Director Jerry Feaser, who estimated his office went $700,000 over budget.",
     "$700,000", "Jerry Feaser"),
    ("The board heard from Ana Ruiz, who said the port handled 40 ships.", "40 ships", "Ana Ruiz"),
    ("Ana Ruiz, who said the port handled 40 ships, left with 3 dogs.", "3 dogs", None),
    ("Tom Hale, who is from Velmar, said he was with three other teens.", "three other teens", "Tom Hale"),
])
def test_who_stands_for_the_name_before_it(text, figure, source):
    assert source_of(text, figure) == source


def test_a_spokesperson_is_someone_new_after_a():
    text = ("The committee plans a review of election costs, said spokesperson Neal Lesher.\n\n"
            "The county spent $3.5 million. That does not include another $2.3 million spent this year on equipment, "
            "a spokesperson said.")
    assert source_of(text, "$2.3 million") != "Neal Lesher"
