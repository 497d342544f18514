"""Claims round h45 got wrong on unseen text (issue 19), from sentences of the project's own making: a dateline's dash
taken into a subject (an aside between dashes after a subject stays as it was), and a provincial assembly member's
title ("MPA") left on her name."""

from claims_helpers import source_of, subject_of


def test_a_datelines_dash_is_no_part_of_a_subject():
    text = "VELMAR, Ostrava - Harbour police arrested two juveniles and two adults."
    assert subject_of(text, "two juveniles") != "Ostrava - Harbour police"


def test_an_aside_between_dashes_leaves_the_subject_before_it():
    text = "Velmar - which has a 1,340km land border with Ostrava - joined in 2023."
    assert subject_of(text, "1,340km") == "Velmar"


def test_an_assembly_members_title_is_stripped():
    text = "MPA Ana Ruiz said the party had nominated three candidates."
    assert source_of(text, "three candidates") == "Ana Ruiz"
