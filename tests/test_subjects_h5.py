"""Whom a figure is about (issue 19, round h5): general kinds the h5 labels showed, with the earlier
rounds' errors of the same kind. Sentences of the project's own making."""

import pytest
from claims_helpers import subject_of


@pytest.mark.parametrize("text, figure", [
    # a pronoun with its verb glued on is still a pronoun: whom it stands for the clause does not say
    ("With an hour left, I’ve already packed 600 boxes.", "600 boxes"),
    ("It is late. I’ve packed 500 boxes this morning.", "500 boxes"),
    ("We've hired 40 dockers since May.", "40 dockers"),
])
def test_a_contracted_pronoun_names_no_owner(text, figure):
    assert subject_of(text, figure) is None


@pytest.mark.parametrize("text, figure", [
    # a speaker who confirms a figure announces it, it does not own it
    ("The regional port officials have confirmed more than 40 dockers were hurt.", "40 dockers"),
    ("Harbour officials have disclosed 30 arrests so far.", "30 arrests"),
])
def test_a_body_that_reports_a_figure_does_not_own_it(text, figure):
    assert subject_of(text, figure) is None


@pytest.mark.parametrize("text, figure", [
    # a price with no owner in its phrase: whose price it is, the article said before
    ("The Gita Mini comes in three colours. Pricing is set at €80.", "€80"),
    ("Ward9 has desks and a kitchen. Membership costs $150 a month.", "$150"),
    ("Admission is $12 for adults.", "$12"),
])
def test_a_price_word_alone_names_no_owner(text, figure):
    assert subject_of(text, figure) is None


@pytest.mark.parametrize("text, figure", [
    # a body's generic title stands for a body the article named before, which the phrase does not say
    ("As part of the plan, the Board has increased its buyback to $140 billion.", "$140 billion"),
    ("The Government has now provided 14,000 messages.", "14,000 messages"),
])
def test_a_generic_body_title_names_no_owner(text, figure):
    assert subject_of(text, figure) is None


def test_a_named_body_keeps_its_subject():
    assert subject_of("The Velmar Board has increased its buyback to $140 billion.", "$140 billion") == "The Velmar Board"


@pytest.mark.parametrize("text, figure, subject", [
    # an acronym the article spelled out stands for the full name
    ("He joined the Velmar Ports and Harbours Authority (VPHA). VPHA has an annual turnover of £1bn.", "£1bn",
     "Velmar Ports and Harbours Authority"),
    # a short form of a name the article gave in full, with or without its small words' initials
    ("Hire the Harbour began as a hobby. Last June, HTH closed a $70 million round.", "$70 million",
     "Hire the Harbour"),
    ("The Velmar Bureau of Port Statistics keeps the tally. VBPS has 40 staff.", "40 staff",
     "Velmar Bureau of Port Statistics"),
    # one the article never spelled out stays as written
    ("VPHA has an annual turnover of £1bn.", "£1bn", "VPHA"),
])
def test_a_defined_acronym_gives_the_full_name(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_a_metric_before_its_figure_in_parentheses_is_no_owner():
    text = "Email remains the channel where retailers get the highest ROI ($39 for every dollar spent)."
    assert subject_of(text, "$39") is None


@pytest.mark.parametrize("text, figure", [
    # a name cut short before its own words ("the Great Race in Velmar"): a partial name is no name
    ("The winner gets a medal after 300 miles of the Great Race in Velmar.", "300 miles"),
    # a share of a list of groups: the first of them alone is not the group
    ("The bureau found that more than 15 percent of pickers, packers, movers, and loaders were temps.", "15 percent"),
])
def test_a_partial_phrase_names_no_owner(text, figure):
    assert subject_of(text, figure) is None


def test_a_whole_name_after_of_keeps_its_owner():
    text = "Two medics of the Velmar Red Cross were on hand, and 12 volunteers of the Velmar Red Cross helped."
    assert subject_of(text, "12 volunteers") == "the Velmar Red Cross"
