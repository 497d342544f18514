"""The article's table of named entities: a short form (surname, acronym, "the institute", "the
commissioner", "she") resolves to the fullest name the article used (issue 19). Sentences of the
project's own making."""

import pytest
from claims_helpers import claimed, source_of, subject_of


@pytest.mark.parametrize("text, figure, source", [
    # a surname
    ("Ana Ruiz has run the port since 2019.\n\nRuiz said 40 ships docked in May.", "40 ships", "Ana Ruiz"),
    ("Deputy Harbour Commissioner Ana Ruiz opened the terminal.\n\nMs. Ruiz said 40 ships docked in May.",
     "40 ships", "Ana Ruiz"),
    # an organisation cut short, or by its head noun
    ("The Hale Institute for Policy Research published its review on Monday.\n\n"
     "The institute said rents rose 8% last year.", "8%", "Hale Institute for Policy Research"),
    ("The Hale Institute for Policy Research published its review on Monday.\n\n"
     "Rents rose 8% last year, the Hale Institute said.", "8%", "Hale Institute for Policy Research"),
    ("The Ministry of Coastal Affairs issued new rules.\n\nThe ministry said 300 boats had registered.",
     "300 boats", "Ministry of Coastal Affairs"),
    # an acronym, introduced in parentheses or by initials
    ("The Coastal Research Agency (CRA) counts ships every year.\n\nThe CRA said 400 ships passed the strait.",
     "400 ships", "Coastal Research Agency"),
    ("The Coastal Research Agency counts ships every year.\n\nCRA said 400 ships passed the strait.",
     "400 ships", "Coastal Research Agency"),
    # a role the article gave a named person
    ("Harbour Commissioner Ana Ruiz opened the terminal.\n\nThe commissioner said 40 ships docked in May.",
     "40 ships", "Ana Ruiz"),
    ("Ana Ruiz, the harbour commissioner, opened the terminal.\n\nThe commissioner said 40 ships docked.",
     "40 ships", "Ana Ruiz"),
    # an organisation's description the article gave it
    ("Portline, a ferry operator, added a route in June.\n\nThe operator said it carried 300 passengers a day.",
     "300 passengers", "Portline"),
    ("The ferry operator Portline added a route in June.\n\nThe company said it carried 300 passengers a day.",
     "300 passengers", "Portline"),
    # he/she: the person last named before
    ('Ana Ruiz, the harbour commissioner, spoke on Monday. "We handled 40 ships last week," she said.',
     "40 ships", "Ana Ruiz"),
    # "the company": the company the article named, at its fullest
    ("Verizon Communications is wiring homes.\n\nVerizon is nearing the end of its project. The company now has "
     "3.8 million customers, according to the company's quarterly results.", "3.8 million", "Verizon Communications"),
    ("Velmar exported 40 tonnes of grain.\n\nThe company said 12 ships were loaded.", "12 ships", "company"),
    # a dateline is not part of the name
    ("NEW YORK--Verizon Communications is wiring homes.\n\nThe company said it has 3.8 million customers.",
     "3.8 million", "Verizon Communications"),
    # nothing to resolve to: the short form stays, without "the"
    ("The institute said rents rose 8% last year.", "8%", "institute"),
    ("Ruiz said 40 ships docked in May.", "40 ships", "Ruiz"),
])
def test_short_forms_resolve_to_the_fullest_name(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text", [
    "He said the ferry carries 300 passengers.",
    # a party or a place is not a person
    'The Velmar Democrat spoke on Monday. "A $2 trillion tax cut is a mistake," he said.',
])
def test_a_pronoun_with_no_person_before_it_stays_unattributed(text):
    assert {source for source, _ in claimed(text).values()} == {None}


def test_the_nearest_earlier_person_of_a_surname_wins():
    text = ("Ana Ruiz runs the port. Her brother Marco Ruiz runs the ferries.\n\n"
            "Ruiz said the ferries carried 300 passengers.")
    assert source_of(text, "300 passengers") == "Marco Ruiz"


def test_the_table_lists_full_names_and_their_short_forms():
    from presslake.figures.entities import EntityTable

    table = EntityTable.build("Harbour Commissioner Ana Ruiz met the Coastal Research Agency (CRA) and "
                              "the Hale Institute for Policy Research on Monday.")
    assert table.resolve("Ruiz", at=200) == "Ana Ruiz"
    assert table.resolve("the commissioner", at=200) == "Ana Ruiz"
    assert table.resolve("CRA", at=200) == "Coastal Research Agency"
    assert table.resolve("the agency", at=200) == "Coastal Research Agency"
    assert table.resolve("the Hale Institute", at=200) == "Hale Institute for Policy Research"
    assert table.resolve("Monday", at=200) == "Monday"  # not an entity: returned as given
    # only what the article said before the mention counts
    assert table.resolve("Ruiz", at=0) == "Ruiz"


@pytest.mark.parametrize("text, figure, source", [
    # he/she after a quotation: the names inside the quotation are not the speaker
    ('Tom Hale resigned on Monday. Shannon Ruiz, an analyst at Cross Research, praised him. "He has led 3 teams '
     'for Hale," she said.', "3 teams", "Shannon Ruiz"),
    # a role written after an organisation's name: the person the article gave it to
    ("Portline founder Mira Salo opened the route.\n\nThe Portline founder said 300 passengers travelled.",
     "300 passengers", "Mira Salo"),
    # he/she: the person a sentence was about before the quotation, not one named in passing
    ('Steve Hale founded the firm. Shannon Ruiz, an analyst at Cross Research, said Cook was a good choice to '
     'replace Hale.\n\n"He has led 3 teams for the firm," she said.', "3 teams", "Shannon Ruiz"),
    # he/she: the speaker quoted last, and a heading is no person
    ('John Fa led the study.\n\n"Loss was 10.9 percent lower," Fa said.\n\nPolicy Shortcomings\n\n'
     '"These communities are roughly 5 percent of the population," he said.', "5 percent", "John Fa"),
    # a name does not run across paragraphs (a photo credit above a paragraph)
    ("Photo: Velmar Port Authority\n\nGates said 40 ships were waiting.", "40 ships", "Gates"),
    # unnamed experts at an organisation are the experts (d1's labels keep them), a spokesperson the body
    ("Experts from the Coastal Research Agency estimated that 74% of the oil was gone.", "74%",
     "Experts from the Coastal Research Agency"),
    # a title inside a run parts the organisation from the person
    ("Velmar Space Agency Director Ivan Marek spoke first.\n\nThe space agency said the craft broke up at "
     "190 kilometres.", "190 kilometres", "Velmar Space Agency"),
    # what a name is, written after it
    ("Burials rose to 25 a week, according to the Associated Press news agency.", "25", "Associated Press"),
    # one of two names joined by "and" is not the pair
    ("Velmar and Ostrava signed the pact.\n\nVelmar also reported 25 new cases.", "25 new cases", "Velmar"),
    # a weekday's possessive is not part of a name
    ("Tuesday's Fed meeting was short.\n\nThe Fed said it would buy $400 billion in bonds.", "$400 billion", "Fed"),
    # two sources of one figure, the first with its acronym
    ("The National Ocean Agency (NOA) and the Interior Department estimated that 74% of the oil was gone.", "74%",
     "National Ocean Agency and the Interior Department"),
])
def test_names_in_harder_places(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # "it": the organisation that spoke last, or the one the sentence before opened with
    ("The ministry said 12 roads were closed. It said 40 homes were flooded.", "40 homes", "ministry"),
    ("The Velmar Port Authority published its report on Monday. It said 40 ships were delayed.", "40 ships",
     "Velmar Port Authority"),
    ('"We lost 40 ships," it said.', "40 ships", None),
])
def test_it_stands_for_an_organisation(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # a title with its own complement before the name
    ("Acting U.S. Attorney for Velmar Joshua Levy spoke first.\n\nLevy said 12 women were moved.", "12 women",
     "Joshua Levy"),
    # a name with what it is written after it, no comma
    ("The Velmar Auto Workers union reached a deal.\n\nThe deal matches one struck with Ford, the union said, with "
     "a 25% raise.", "25%", "Velmar Auto Workers"),
    # two people, and "they" for them
    ("An estimated 27% of buildings were damaged, according to analysis by Corey Scher of Velmar University and "
     "Jamon Van Den Hoek of Ostrava State University.", "27%", "Corey Scher and Jamon Van Den Hoek"),
    ("An estimated 27% of buildings were damaged, according to analysis by Corey Scher of Velmar University and "
     "Jamon Van Den Hoek of Ostrava State University. Across the strip, they estimate that between 13% and 18% of "
     "structures were destroyed.", "13%", "Corey Scher and Jamon Van Den Hoek"),
    ("Corey Scher and Jamon Van Den Hoek mapped the damage.\n\nThere, Scher and Van Den Hoek estimate at least "
     "8,900 buildings were damaged.", "8,900", "Corey Scher and Jamon Van Den Hoek"),
    # a legal document nobody else is named for is its own source
    ("Three people were charged, according to an affidavit unsealed in court on Wednesday.", "Three people",
     "affidavit"),
    ("One menu included in the affidavit shows rates from $240 an hour.", "$240", "affidavit"),
    # a poll of two publishers, named with a slash
    ("An NBC News/ Wall Street Journal Poll from June asked about pensions. Sixty-six percent of those surveyed "
     "said they were worried.", "Sixty-six percent", "NBC News/Wall Street Journal"),
])
def test_names_seen_in_the_d1_round(text, figure, source):
    assert source_of(text, figure) == source


def test_people_named_with_their_affiliations_resolve_by_surname():
    text = ("The damage was mapped by Corey Scher of Velmar's CUNY Graduate Center and Jamon Van Den Hoek of Ostrava "
            "State University.\n\nSouth of the river, Scher and Van Den Hoek estimate at least 8,900 buildings were "
            "damaged.")
    assert source_of(text, "8,900") == "Corey Scher and Jamon Van Den Hoek"


def test_a_frame_of_another_sentence_is_no_apposition():
    text = ("The striking Velmar Auto Workers union reached a deal.\n\nIt is similar to one struck with Ford, the union "
            "said.\n\nThe top wage will rise by 33%, the union said.")
    assert source_of(text, "33%") == "Velmar Auto Workers"


@pytest.mark.parametrize("text, figure, subject", [
    # a subject at its fullest where the article named it (d1's labels resolve subjects as sources)
    ("Verizon Communications wires homes.\n\nThe company now has 3.8 million customers.", "3.8 million",
     "Verizon Communications"),
    ("Annie Mumolo wrote the script.\n\nAnnie had been to seven weddings in two years.", "seven weddings",
     "Annie Mumolo"),
])
def test_subjects_resolve_to_the_fullest_name(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_an_organisation_with_and_in_its_name_stays_whole():
    text = ("By VELMAR CUSTOMS AND BORDER PROTECTION\n\nVelmar Customs and Border Protection found 475 pounds of "
            "cocaine, Customs and Border Protection announced Tuesday.")
    assert source_of(text, "475 pounds") == "Velmar Customs and Border Protection"


@pytest.mark.parametrize("text, figure, source", [
    # a surname that is a role's word ("King"), after a first name
    ("Sen. Tom King of Velmar spoke on Monday.\n\n\"These five ferries would have sailed anyway,\" King said.",
     "five ferries", "Tom King"),
    # a first name given by its initial
    ("Harbour Minister A. Okafor opened the scheme.\n\nMr. Okafor said it would cover 50 per cent of boats.",
     "50 per cent", "A. Okafor"),
    # an acronym for a company the article named with its legal form
    ("HDX Corp. launched new ferries on Monday.\n\nAccording to HDX, each can carry up to 64 cars.",
     "up to 64 cars", "HDX Corp."),
])
def test_short_forms_resolve_to_names_the_lexicons_once_missed(text, figure, source):
    assert source_of(text, figure) == source


def test_a_role_before_a_first_name_is_still_stripped():
    assert source_of("King Haakon said 5 ferries sank.", "5 ferries") == "Haakon"


def test_a_division_is_not_an_acronyms_full_name():
    text = "HDX Software built the booking system.\n\nHDX said it sold 5 ferries."
    assert source_of(text, "5 ferries") == "HDX"


@pytest.mark.parametrize("text, figure, source", [
    # a place's name is no person for a "he" or "she" to stand for
    ("The strike began in Central Velmar on Monday.\n\n\"We need 300 more staff,\" he says.", "300 more staff", None),
    # a speaker's employer in apposition is not whom "she" stands for
    ("\"This is the first time they've met,\" Ana Ruiz, president of Velmar Line, told reporters.\n\n"
     "\"We have three ships together,\" she said.", "three ships", "Ana Ruiz"),
    # a subheading inside a quotation that runs over paragraphs names no one
    ("Ana Ruiz, the union's spokeswoman, said in a statement: \"The talks broke down on Monday.\n\n"
     "Conflicting reports\n\n\"The two sides still disagree on pay.\"", "two sides", "Ana Ruiz"),
    # "authorities" a place's name described: the place's authorities
    ("Las Velmas authorities still believe he acted alone.\n\nAt a press conference, authorities say they "
     "seized 18 firearms.", "18 firearms", "Las Velmas authorities"),
])
def test_places_appositions_and_subheadings_are_no_speakers(text, figure, source):
    assert source_of(text, figure) == source


def test_a_team_named_by_its_plural_takes_its_full_name():
    text = "The New Velmar Knicks lost again.\n\nThe Knicks have lost seven straight games."
    assert subject_of(text, "seven straight games") == "New Velmar Knicks"
