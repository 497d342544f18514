"""Whom a figure is about (issue 19, round h4): general kinds the h4 labels showed. Sentences of the
project's own making."""

import pytest
from claims_helpers import subject_of

_ROW = ("Velmar Foods Inc. (NASDAQ: VFD) shares were up 3% at $12.40. The 52-week range is $8.10 to $19.75, "
        "and the consensus price target is $16.00.\n\nOstrava Lines (NYSE: OSL) stock fell 2% to $40.19. "
        "It has a 52-week range of $31.20 to $55.00.")


@pytest.mark.parametrize("figure, subject", [
    ("$8.10", "Velmar Foods Inc."),
    ("$16.00", "Velmar Foods Inc."),
    ("$31.20", "Ostrava Lines"),
])
def test_a_listed_companys_paragraph_gives_its_unnamed_quantities_to_the_company(figure, subject):
    # "The consensus price target is $16": a quantity with no owner of its own, in the company's paragraph
    assert subject_of(_ROW, figure) == subject


def test_prose_that_opens_with_a_listed_company_gives_it_no_unowned_figure():
    text = ("Velmar Foods (NASDAQ: VFD) made frozen bread an everyday staple. Still a small company in a market "
            "approaching $1 trillion, it has room to grow.")
    assert subject_of(text, "$1 trillion") is None


@pytest.mark.parametrize("text, figure", [
    # a pronoun opens the phrase: whom it stands for the clause does not say
    ("You no longer have only one choice of ferry if you want a ticket under $50.", "one choice"),
    ("We now hold 40 licences across the region.", "40 licences"),
    # "the number of ...", "the average check": a quantity with "the" is one the article spoke of, not an owner
    ("The number of fatalities rose to 2,696 overnight.", "2,696"),
    ("The average check is about $20 at its new cafes.", "$20"),
    ("As the client base increased to 1,000-plus, the firm hired.", "1,000-plus"),
])
def test_no_owner_from_a_pronoun_or_a_bare_count(text, figure):
    assert subject_of(text, figure) is None


def test_a_death_toll_gives_its_possessor():
    assert subject_of("Velmar’s death toll rose by 602 on Monday.", "602") == "Velmar"


@pytest.mark.parametrize("text, figure, subject", [
    # a quotation's own clause: the subject after the opening quote mark
    ("“Velmar already has 11 ferries in service,” Ruiz said.", "11 ferries", "Velmar"),
])
def test_the_clause_subject_past_an_opening_quote_mark(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    ("Velmar, Ostrava and Portline had 812, 639 and 415 cases respectively.", "639", "Ostrava"),
    ("Velmar, Ostrava and Portline had 812, 639 and 415 cases respectively.", "415", "Portline"),
    ("Portline and Velmar Foods rose 2% and 3.5%, respectively, on Monday.", "2%", "Portline"),
    ("Portline and Velmar Foods rose 2% and 3.5%, respectively, on Monday.", "3.5%", "Velmar Foods"),
])
def test_respectively_pairs_each_figure_with_its_name(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_respectively_with_uneven_lists_gives_no_owner():
    assert subject_of("Portline and Velmar had 12, 14 and 19 berths respectively.", "14") is None


def test_a_headlines_present_tense_killing_is_the_subjects():
    assert subject_of("Velmar artillery fire kills at least 7 in border town", "7") == "Velmar artillery fire"


@pytest.mark.parametrize("text, figure, subject", [
    # reported speech without "that": the clause after "say" has its own subject
    ("Velmar police and medics say Ostrava artillery fire kills at least 7 in border town", "7",
     "Ostrava artillery fire"),
    ("Ruiz said Portline lost 40 ferries in the storm.", "40 ferries", "Portline"),
])
def test_the_subject_of_a_clause_reported_without_that(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_a_day_after_said_opens_no_subject():
    assert subject_of("Velmar’s navy said Wednesday its air force shot down five fighter jets.", "five") is None


def test_an_object_pronoun_before_the_figure_takes_it_from_the_subject():
    # "helped them save 75 per cent": the saving is theirs, who they are the clause does not say
    assert subject_of("Ruiz says the software has helped them save 75 per cent of the time.", "75 per cent") is None


def test_a_figure_in_a_clause_after_a_conjunction_is_not_the_main_subjects():
    # "emerged unscathed after two executives took the fall": the two are the later clause's
    assert subject_of("Ruiz and Portline emerged unscathed after two former executives resigned.", "two") is None


def test_a_verb_joined_by_but_keeps_the_clause_subject():
    text = "The Portline Mini was launched less than a year ago but has already sold nearly 29 million units."
    assert subject_of(text, "29 million") == "The Portline Mini"


@pytest.mark.parametrize("text, figure, subject", [
    # a place that reports its own cases or deaths counts them
    ("Velmar reported an additional 107 cases, according to its health ministry.", "107", "Velmar"),
    ("6:59 am: Ostrava reports 6,600 new cases", "6,600", "Ostrava"),
])
def test_a_place_reporting_its_cases_is_their_subject(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure", [
    ("The health ministry reported 107 new cases on Monday.", "107"),  # which country's, the clause leaves open
    ("Dr. Ana Ruiz reported 12 new cases at her clinic.", "12"),  # a doctor's report, not her cases
    ("Velmar Police reported 12 arrests on Monday.", "12"),  # a report of arrests, not cases
])
def test_no_owner_from_a_report_of_cases_by_a_body_or_a_person(text, figure):
    assert subject_of(text, figure) is None


@pytest.mark.parametrize("text, figure", [
    # a unit's letter or a quantity before a parenthesis names no owner of the figure inside it
    ("The Portline 1000 is a -22°F (-30°C) bag weighing 3 pounds.", "-30°C"),
    ("Defence spending in 2025 was 2.3% of GDP (about £66bn).", "£66bn"),
])
def test_no_owner_from_a_unit_or_a_quantity_before_a_parenthesis(text, figure):
    assert subject_of(text, figure) is None


def test_a_dash_after_the_subject_is_not_part_of_it():
    assert subject_of("Velmar - which has a 1,340km land border with Ostrava - joined in 2023.", "1,340km") == "Velmar"


def test_the_end_of_a_list_of_names_is_not_the_subject():
    # "Poland, Lithuania and Latvia all spent": the clause's subject is the whole list, not its last two
    text = "In 2025, Velmar, Ostrava and Portline all spent more than 3.5% of their budget on ferries."
    assert subject_of(text, "3.5%") is None


@pytest.mark.parametrize("text, figure, subject", [
    # a verb is no part of the owner "of" names
    ("Given that the total public debt of the Velmar Republic stands at nearly $16 trillion, rates matter.",
     "$16 trillion", "the Velmar Republic"),
    # "one of 300 promotions": the figure counts the group the subject belongs to
    ("The halibut discount is one of more than 300 such promotions Portline plans.", "300", None),
    # a name closing an opening phrase ("To get the drugs to Velmar,") is no apposition's head
    ("To get the samples to Velmar, a user mails at least 10 milligrams to the lab.", "10 milligrams", None),
])
def test_owner_phrases_end_at_their_verb_group_or_opening_phrase(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_a_headlines_present_tense_move_is_the_subjects():
    assert subject_of("7:53 am: Velmar futures surge 900 points", "900 points") == "Velmar futures"
