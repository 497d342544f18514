"""Attribution round h38 (FakeNewsNet's stories) got wrong on unseen text (issue 19), from sentences of the project's
own making: a document read "as reported in" names its publisher ("As reported in Velmar Federation’s monthly jobs
report, ..."), a noun before a comma is no reporting verb ("the City’s Rebuild by Design project, in which ..."),
"Key findings" name no publisher, a nationality is no firm's name ("South African firm ..., the firm says"), "the
firm" is the company that opened the sentence before, and an acronym takes the name the article spells out, even when it does so later."""

import pytest
from claims_helpers import claimed, source_of


@pytest.mark.parametrize("text, figure, source", [
    ("As reported in Velmar Federation’s monthly jobs report, owners’ plans remain elevated, with a net 19% planning "
     "to create new jobs.", "19%", "Velmar Federation"),
    ("As reported in the Velmar Herald, the port handled 40 ships.", "40 ships", "Velmar Herald"),
    ("“Owners are gloomy,” said Federation economist Bill Dunkel.\n\nKey findings include:\n\n"
     "– Fifty percent of owners reported job openings that could not be filled.", "Fifty percent", None),
    ("In a 2004 lawsuit, the NFL argued they are not a collection of 32 teams. Its owners meet at the National "
     "Football League’s Park Avenue headquarters.", "32 teams", "National Football League"),
])
def test_round_h38_sources(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text", [
    "Ana Ruiz currently sits as a co-chair of the City’s Rebuild by Design project, in which the City was awarded "
    "$230 million to protect the harbour.",
    "As reported in March, the port handled 40 ships.",
])
def test_round_h38_no_source(text):
    assert {source for source, _ in claimed(text).values()} == {None}


def test_a_nationality_names_no_firm():
    text = ("South African firm ordered to lay off 3,389 employees\n\nA South African utility company was given an ultimatum.\n\n"
            "For years, Eskom has been under orders. The firm says it is having problems. Currently, its middle "
            "managers are 30% white.")
    assert source_of(text, "30%") != "South African"


def test_the_firm_is_the_company_that_opened_the_sentence_before():
    text = ("The Wirecard saga goes on at the German firm's offices. Portline, which serves 21 ports, is to halve its "
            "staff. The firm said it was consulting on cutting up to 4,556 jobs.")
    assert source_of(text, "4,556") == "Portline"


@pytest.mark.parametrize("text", [
    "For a coalition to dissolve, the Velmar constitution says the lower house has to call a vote. The VDU and VSU, "
    "with a combined 246 seats, have a majority of 44 seats.",
    "Ana Ruiz said the port was busy. The Velmar Harbour Board handled 40 ships in May.",
])
def test_a_sentence_that_opens_with_another_body_ends_the_report(text):
    assert {source for source, _ in claimed(text).values()} == {None}


def test_a_studys_authors_report_as_its_researchers_do():
    # (round h68: "The authors point out that ..." reports; "Authors", once taken for a common word, is who reports)
    text = ("The study's authors enrolled 200 women.\n\nAuthors said they did find two differences between the diets. "
            "Researchers said that 40% of the women stopped.")
    assert source_of(text, "two differences") == "Authors"
    assert source_of(text, "40%") == "Researchers"
