"""Attribution round h93 (a student paper, a treasury's and an agency's press releases, a food-bank network) got wrong
on unseen text (issue 19), from sentences of the project's own making."""

import pytest

from claims_helpers import source_of, subject_of


@pytest.mark.parametrize("speaker", ["Senator Ana Ruiz (D-PA)", "Congresswoman Ana Ruiz (OR-01)", "Rep. Ana Ruiz (R-Texas)"])
def test_a_party_and_a_district_after_a_name_are_dropped(speaker):
    text = f"“This is a great day,” said {speaker}. “This $20 million will help.”"
    assert source_of(text, "$20 million") == "Ana Ruiz"


def test_a_title_before_a_document_word_is_part_of_its_name():
    text = "The Executive Order states: “Workers will be covered by the same $10.10 per hour minimum wage.”"
    assert source_of(text, "$10.10") == "Executive Order"


@pytest.mark.parametrize("survey", ["A College-wide survey", "The online survey"])
def test_how_a_survey_was_run_names_no_publisher(survey):
    text = f"{survey} has found that 39% of respondents have suffered from stress."
    assert source_of(text, "39%") is None


def test_a_headline_in_title_case_does_not_complete_a_name():
    text = ("Velmar Administration Announces Tens of Millions of Dollars to Help Close the Digital Divide\n\n"
            "Today, the Velmar Administration announced the approval of $20 million for digital projects.")
    assert source_of(text, "$20 million") == "Velmar Administration"


def test_titled_surnames_named_together():
    text = "Today, President Biden and Vice President Harris announced 20 providers."
    assert source_of(text, "20 providers") == "Biden and Harris"


def test_a_count_opening_a_sentence_is_no_person():
    text = ("Eleven PhD students in the department have been left angered.\n\n"
            "The head of department, Professor Ana Ruiz, said the bursaries are set by the college. "
            "She explained that, “by mistake, a correction reduced them by an average of £18.50 per month.”")
    assert source_of(text, "£18.50") == "Ana Ruiz"


def test_the_head_of_a_name_that_ends_with_a_place():
    text = ("Imperial College London receives a block grant of £6m.\n\n"
            "The College have said that it was possible that the two amounts would reach parity.")
    assert source_of(text, "two amounts") == "Imperial College London"


def test_the_state_is_the_state_named_before():
    text = "Oregon counted 40 new cases on Sunday.\n\nThe state reported one additional death from the virus on Sunday."
    assert source_of(text, "one additional death") == "Oregon"


@pytest.mark.parametrize("text, figure", [
    ("Of the students asked, 23% cited exams. 19% also stated that their supervisor caused stress.", "19%"),
    ("Out of those who had used the services, 19% said they did not know where to find information.", "19%"),
    ("Of note was that 35% of students worry over employability.", "35%"),
    ("Among online undergraduates, 69.7% are in-state.", "69.7%"),
])
def test_a_share_gets_no_subject_from_an_adverb_a_pronoun_or_a_preposition(text, figure):
    assert subject_of(text, figure) not in ("also", "who", "Of note", "are in-")


def test_a_group_ending_in_ly_is_still_a_group():
    assert subject_of("In a survey, 62% of family members said they would sell.", "62%") == "family members"
