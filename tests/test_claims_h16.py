"""Kinds of attribution rounds h16 and h17 got wrong on unseen text (issue 19), from sentences of the
project's own making: a source phrase of punctuation only (quote marks a page's encoding turned into "?")
names nobody; "Harbour Foundry's Richard Leadbetter" is Richard Leadbetter; respondents are whom a survey
asked; "a NASA budget document published in March" is NASA's; and what a relative clause after the speaker
says of him is the paper's description, not his claim."""

from claims_helpers import source_of


def test_a_source_without_letters_names_nobody():
    text = ("And, according to industry research, more families will face this problem. Harbour Research ' s "
            "report, ? The Future of Ferries - 2007 Edition, ?? forecasts strong growth over the next four years "
            "(nearly 148 million riders by 2011).")
    assert source_of(text, "148 million") != "??"


def test_an_affiliation_in_the_possessive_is_not_part_of_the_name():
    text = "According to Harbour Foundry's Richard Leadbetter, pilots will have access to 67% of the berths."
    assert source_of(text, "67%") == "Richard Leadbetter"
    text = "Portline's Ana Ruiz said 40 ferries will sail."
    assert source_of(text, "40") == "Ana Ruiz"


def test_respondents_are_whom_a_survey_asked_not_its_source():
    text = ("26% - Respondents in a survey of harbour pilots said their business posted disappointing growth in "
            "2016. 46% said their growth was strong or very strong.")
    assert source_of(text, "46%") is None


def test_a_document_published_by_a_body_is_the_bodys():
    text = "The mission is expected to cost approximately $900 million, according to a NASA budget document published in March."
    assert source_of(text, "$900 million") == "NASA"


def test_a_relative_clause_after_the_speaker_is_the_papers_description():
    text = '"He is a great pilot," said deckhand Tom Hale, who sailed 9 ferries this season.'
    assert source_of(text, "9") is None
