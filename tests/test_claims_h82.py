"""Attribution round h82 (the Dragnet benchmark's 2012 blogs: a statement read in court) got wrong on unseen text
(issue 19), from sentences of the project's own making: a month that is a first name ("Governor Jan Ruiz") opens the
name; a university named like a person ("Virginia Tech") is no one "she" can stand for; round h83 (a fantasy-football
survey): "X released a survey which found" makes X the source."""

from claims_helpers import source_of


def test_a_first_name_that_is_a_month():
    text = ('We have done nothing after Columbine; after Tucson.\n\nAs in the case of Governor Jan Ruiz, who said, '
            '"It has nothing to do with the magazine." She went on and said, "He could have three guns in his pocket."')
    assert source_of(text, "three") == "Jan Ruiz"
    assert source_of("Jan Ruiz said the state had 3 new prisons.", "3 new prisons") == "Jan Ruiz"
    assert source_of("In Jan 2012 the state had 4 prisons, Ruiz said.", "4 prisons") == "Ruiz"


def test_a_school_named_like_a_person_is_no_speaker():
    text = 'We have done nothing after Virginia Tech. She said, "He could have three guns in his pocket."'
    assert source_of(text, "three") is None


def test_a_survey_released_by_its_publisher_which_found():
    text = ("To kick off the contest, Velmar! released the results of a new survey today which found that the average "
            "player spends more than $500 a season.")
    assert source_of(text, "$500") == "Velmar!"
    text = "Velmar Sports released a survey that found the average player earns $500 a season."
    assert source_of(text, "$500") == "Velmar Sports"
    # a survey the subject only read does not make it the survey's publisher
    text = "Ana Ruiz read a survey that found the average player earns $500 a season."
    assert source_of(text, "$500") is None
