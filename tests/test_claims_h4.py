"""Kinds of attribution round h4 showed (issue 19), from sentences of the project's own making:
a trademark sign glued on a name, a quantifier that names no publisher, people who share one surname,
a surname inside "X and her colleagues", "the team" that stands for them, a trailing "according to"
over the report it quotes, and "the country's ministry" that is the country's named just before."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure", [
    # a quantifier opening the sentence names no publisher of the studies
    ("Numerous studies in ferries have shown the ratio, which ranges from less than 10% to more than 30%, "
     "to be reliable.", "less than 10%"),
    ("Several reports have found that 40% of ferries ran late.", "40%"),
])
def test_h4_no_source(text, figure):
    assert source_of(text, figure) is None


@pytest.mark.parametrize("text, figure, source", [
    # a trademark sign is no part of the name
    ("VELMAR, Oregon—May 2, 2024—Portline® today announced that its board has authorized an increase of more than "
     "50 percent to its buyback.", "more than 50 percent", "Portline"),
    ("Harbourline™ said it carried 40,000 passengers in May.", "40,000 passengers", "Harbourline"),
    # two people sharing one surname: the first name alone is the first person at full length
    ("The desks are those of Marco and Elena Vasquez, the founders of Portline.\n\n"
     "\"We spent $1,000 on advertising,\" says Marco.", "$1,000", "Marco Vasquez"),
    ("The desks are those of Marco and Elena Vasquez, the founders of Portline.\n\n"
     "\"We spent $1,000 on advertising,\" says Elena.", "$1,000", "Elena Vasquez"),
    # a country and a region it runs are no two people sharing a surname
    ("India struck camps across Velmar and Velmar-administered Ostrava.\n\nVelmar says it shot down 5 jets.", "5 jets",
     "Velmar"),
    # a surname inside "X and her colleagues" resolves to the full name
    ("A 2009 study led by geologist Mira Okonkwo of Velmar University found ferries sank.\n\n"
     "But Okonkwo and her colleagues found that the ratio hovered well above 20%.", "above 20%",
     "Mira Okonkwo and her colleagues"),
    # ... and "the team" after it stands for them
    ("A 2009 study led by geologist Mira Okonkwo of Velmar University found ferries sank.\n\n"
     "But Okonkwo and her colleagues looked at 157 hulls.\n\n"
     "The ratios later fell to well below 20%, the team reports in the Velmar Journal.", "below 20%",
     "Mira Okonkwo and her colleagues"),
    # "X reported N, according to Y": Y reports what X reported
    ("Velmar reported an additional 107 cases, according to the Velmar Health Ministry.", "107 cases",
     "Velmar Health Ministry"),
    # "the country's ministry": the country named just before
    ("Ostrava reported an additional 107 cases, according to the country’s health ministry, the biggest daily "
     "increase so far.", "107 cases", "Ostrava’s health ministry"),
])
def test_h4_source(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # a discourse adverb between the speaker and the verb is the writer's, not part of the report
    ("Ferry operator Portline, meanwhile, announced last week that it would add more than 600 seats.",
     "more than 600 seats", "Portline"),
    ("Ana Ruiz, however, said that 40 ferries docked late.", "40 ferries", "Ana Ruiz"),
    ("The Velmar Harbour Board, for its part, said that 40 ferries docked late.", "40 ferries", "Velmar Harbour Board"),
])
def test_h4_discourse_adverb(text, figure, source):
    assert source_of(text, figure) == source


def test_h4_officials_of_a_body_named_before():
    # "officials" after the article named whose officials they are
    text = ("Officials at the Velmar Ferry Network (VFN) announced Wednesday that they have begun sharing data.\n\n"
            "The sharing, officials say, will cover 40 ports.")
    assert source_of(text, "40 ports") == "Velmar Ferry Network"
    # ... and stay the officials when the article named no body
    assert source_of("The sharing, officials say, will cover 40 ports.", "40 ports") == "officials"


@pytest.mark.parametrize("text, figure, source", [
    # a report in progress: "is telling", "was warning"
    ("Portline, which builds the ferries, is telling investors that the market is a $19 trillion opportunity.",
     "$19 trillion", "Portline"),
    ("The Velmar Harbour Board was warning that 40 ferries would dock late.", "40 ferries", "Velmar Harbour Board"),
])
def test_h4_progressive_report(text, figure, source):
    assert source_of(text, figure) == source


def test_h4_progressive_is_no_report_without_being():
    # "saying" alone continues someone else's report or none: no speaker of its own
    assert source_of("Ferries were late, saying 40 ferries docked late.", "40 ferries") is None


def test_h4_as_per():
    # "as per X" is "according to X"; an acronym spelled out after it in parentheses resolves to the full name
    text = ("As per the latest reports of VCFAT (Velmar Council for Ferries and Trade), the strike is projected to cost the "
            "economy $1 trillion in 2020.")
    assert source_of(text, "$1 trillion") == "Velmar Council for Ferries and Trade"
    assert source_of("Ferries carried 40,000 passengers, as per the Harbour Board.", "40,000") == "Harbour Board"


def test_h4_assume_is_no_as_per():
    # "assume" is a belief, not "as per": it leaves the next sentence to the speaker before it
    text = ("Ferries are late, Ana Ruiz said. Most boats can be fixed, he said, and planners should assume right now that "
            "boats run at about 90% of capacity. It might be fine if a boat is 95% full.")
    assert source_of(text, "95%") == "Ana Ruiz"


@pytest.mark.parametrize("text, figure, source", [
    # an indefinite apposition describes the name before it: the speaker is that name
    ("A 2022 survey by Portline, a ferry software vendor, finds that of the operators polled, 69% run late.", "69%",
     "Portline"),
    ("Mira Salo, a lecturer at Velmar University, said that 40 ferries run late.", "40 ferries", "Mira Salo"),
])
def test_h4_indefinite_apposition(text, figure, source):
    assert source_of(text, figure) == source


def test_h4_shouted_line_is_no_name():
    # a line in capitals is a heading or a pull quote, not a fuller name of the body it opens with
    text = ("After a meeting, the president said: \"THE COUNCIL WASN'T THERE WHEN WE NEEDED IT.\"\n\n"
            "According to the Council, every member spent at least 2% of its income.")
    assert source_of(text, "2%") == "Council"


def test_h4_role_at_an_employer_is_an_aside():
    # "<Role> of ... at <Employer>" between commas describes the speaker before it, whatever the employer is called
    text = '"We ran 150 million trips," Ana Ruiz, SVP of ferry operations at Velmar Lines, told the Herald.'
    assert source_of(text, "150 million") == "Ana Ruiz"


@pytest.mark.parametrize("text, figure, source", [
    # "..., the ministry reported on Tuesday.": a speaker after a comma closing the sentence reports it
    ("New cases in Velmar rose on Tuesday to 39,673 from 33,089, the health ministry reported on Tuesday.", "39,673",
     "health ministry"),
    # ... but a participle with its adjunct is no report: "deaths reported on Tuesday rose"
    ("Velmar counted more deaths, and the 40,000 cases reported on Tuesday rose.", "40,000", None),
])
def test_h4_closing_report_with_adjunct(text, figure, source):
    assert source_of(text, figure) == source


def test_h4_according_to_opening_a_clause_is_no_closing_one():
    # "X said that ... and according to Y, ...": Y opens the next clause, X keeps its own
    text = ("Relatives said that the hunter left 2 tractors at the camp and according to information received by this "
            "newspaper, the loggers alleged that he asked them along.")
    assert source_of(text, "2 tractors") == "Relatives"


@pytest.mark.parametrize("text, figure, source", [
    # a name used alone before it is named with another is its own, no first name of a shared surname
    ("Velmar won by 3 runs.\n\nVelmar and Sri Ostrava met again.\n\nVelmar said it sold 4,000 tickets.", "4,000", "Velmar"),
])
def test_h4_no_shared_surname(text, figure, source):
    assert source_of(text, figure) == source
