"""Attribution the tuning rows got wrong (issue 19), from sentences of the project's own making: a credit that says
it names a source covers its whole paragraph, a parenthesis that credits no one (a place, "Optional") is no source,
the surveyed group after a setting ("In an emergency 53% of people said") is whom the figures are about, and a
quotation opening after a speaker is not part of the speaker's name."""

import pytest

from claims_helpers import claimed, source_of


@pytest.mark.parametrize("credit", ["(Source: Govcode.org)", "Source: www.velmar-stats.co.za", "(Sources: Harbour Times)"])
def test_a_labelled_source_covers_its_paragraph(credit):
    text = f"The agency has opened 203 public repositories. 64 of these were active last month. {credit}"
    expected = credit.split(":")[1].strip(" ()")
    assert source_of(text, "203 public repositories") == expected
    assert source_of(text, "64") == expected


def test_an_unlabelled_credit_keeps_to_its_sentence():
    text = "The port handled 40 ships. It hired 20 staff. (Harbour Times)"
    assert source_of(text, "40 ships") is None
    assert source_of(text, "20 staff") == "Harbour Times"


@pytest.mark.parametrize("text, figure", [
    ("He was one of the 12 men indicted (Texas)", "12 men"),
    ("3 sprigs fresh rosemary (Optional)", "3 sprigs"),
])
def test_a_parenthesis_that_credits_no_one(text, figure):
    assert source_of(text, figure) is None


def test_a_surveyed_group_after_its_setting_is_no_source():
    text = ("In an emergency 53% of people said they would borrow from family in the household, 21% from family "
            "elsewhere, and 12% from banks.")
    assert claimed(text)["53%"] == (None, "people")
    assert source_of(text, "21%") is None
    assert source_of(text, "12%") is None


def test_a_quotation_after_the_speaker_is_not_his_name():
    text = ('"You cannot broadcast the same thing two times in a day," said the exec. "\'That\'s nuts! That\'s not '
            'what we do.\' And that is old-school."')
    assert source_of(text, "two times") is None


def test_a_name_used_alone_first_is_no_surname():
    text = ("Apple today announced new desktops. It is the fastest Mac Apple has ever shipped.\n\n"
            "Apple also said the machine ships with 12 cores.")
    assert source_of(text, "12 cores") == "Apple"


def test_a_headline_repeated_above_the_story_is_still_the_headline():
    text = ("Ruiz addresses key concerns\n\nRuiz addresses key concerns\n\n"
            "In an interview, Mayor Ana Ruiz spoke about jobs.\n\nRuiz said the city hired 40 staff.")
    assert source_of(text, "40 staff") == "Ana Ruiz"
