"""Claims round h45 got wrong on unseen text (issue 19), from sentences of the project's own making: a dateline's dash
taken into a subject, and a provincial assembly member's title ("MPA") left on her name."""

from claims_helpers import source_of, subject_of


def test_a_datelines_dash_is_no_part_of_a_subject():
    text = "VELMAR, Ostrava - Harbour police arrested two juveniles and two adults."
    assert subject_of(text, "two juveniles") != "Ostrava - Harbour police"


def test_an_assembly_members_title_is_stripped():
    text = "MPA Ana Ruiz said the party had nominated three candidates."
    assert source_of(text, "three candidates") == "Ana Ruiz"
