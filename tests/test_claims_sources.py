"""Sources as round h1 showed them going wrong, by kind (issue 19): a description after the name, a
body owned by a place, speakers named together, a name that looks like a verb, a report's title, the
medium a frame names, a first name for the full one. Sentences of the project's own making."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    # a description between commas after the name: the name speaks, not the description
    ("Lt. Gen. Ana Ruiz, Velmar’s military spokesperson, says the storm destroyed six bridges.", "six bridges",
     "Ana Ruiz"),
    ("Tom Hale, the harbour's chief engineer, said 14 cranes were idle.", "14 cranes", "Tom Hale"),
    # a body a place owns keeps its own words
    ("Two piers were hit and one person was killed, Velmar’s state emergency service reported.", "Two piers",
     "Velmar’s state emergency service"),
    ("At least 12 ferries stopped, Velmar's coast guard said.", "12 ferries", "Velmar's coast guard"),
    # speakers named together speak together
    ("Harbour police and medics said at least seven sailors were hurt.", "seven sailors", "Harbour police and medics"),
    # a title in front of the name, however it is written
    ("Major-Gen Ana Ruiz said 40 soldiers were hurt.", "40 soldiers", "Ana Ruiz"),
    ("Taoiseach Jonas Berg said 30 citizens had left.", "30 citizens", "Jonas Berg"),
    ("Velmar Gov. Ana Ruiz said the budget was $4 billion.", "$4 billion", "Ana Ruiz"),
    ("Exports rose 4%, according to the London-based Harbour Institute.", "4%", "Harbour Institute"),
    # an abbreviation's full stops are no end of the source
    ("The port had a surplus of $6 billion, according to U.S. Census Bureau data.", "$6 billion",
     "U.S. Census Bureau"),
])
def test_the_source_is_the_whole_name_and_only_the_name(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure", [
    # "Said" after "bin" is part of a name, not a verb
    ("The port was built in 2011 by Sultan Qaboos bin Said, who bought 3 ships.", "3 ships"),
    # a report's title with its year names no publisher
    ("The Energy Access Situation Report, 2016 Velmar Mainland report indicates 14.8 percent of homes use solar.",
     "14.8 percent"),
    # the medium a frame names is the writer's description, not what the speaker reports
    ("Justice Ana Ruiz wrote in a 91-page dissent, more than three times as long as the ruling.", "91-page"),
    ("Justice Ana Ruiz wrote in a 91-page dissent, more than three times as long as the ruling.", "three times"),
])
def test_no_source_where_none_reports(text, figure):
    assert source_of(text, figure) is None


def test_a_first_name_alone_resolves_to_the_person_the_article_named():
    text = ("Travel expert Tessa Varga has planned trips for ten years.\n\n"
            'Tessa explained: "A dining plan can save up to £2,000 per booking."')
    assert source_of(text, "£2,000") == "Tessa Varga"


def test_research_a_pronoun_owns_is_the_persons():
    text = ('"Families leave work because care costs too much," Lena Okafor said.\n\n'
            "Her own research indicates 40% of such families earn less than $50,000.")
    assert source_of(text, "40%") == "Lena Okafor"


def test_a_he_stands_for_the_person_not_a_body_that_spoke_before():
    text = ("Jonas Berg spoke in Velmar on Monday.\n\nThe United Nations said aid was slow.\n\n"
            "“We are working on it,” he said.\n\n"
            "Mr Berg declined to comment on reports from Gaza. He said 30 citizens had asked to leave.")
    assert source_of(text, "30 citizens") == "Jonas Berg"


def test_reports_nobody_is_named_for_take_no_neighbouring_frame():
    text = ("Ana Ruiz declined to comment on reports that 40 ships were stuck at the port. "
            "She said the harbour board would meet on Monday.")
    assert source_of(text, "40 ships") is None


@pytest.mark.parametrize("text, figure, source", [
    # a first name, after the full name; a surname that is also a courtesy title; honorifics before it
    ('Booking insider Tessa Bishop said prices rose.\n\nTessa explained: "It can save up to £2,000 per booking."',
     "£2,000", "Tessa Bishop"),
    ("Prime Minister Datuk Seri Anwar Ibrahim travelled abroad.\n\nAnwar said the firms covered 75 per cent of the "
     "costs.", "75 per cent", "Anwar Ibrahim"),
    # a nationality before a body or an unnamed official is no one's name by itself (and an unnamed official no source)
    ("The Indian official spoke on Monday. The government official says there were nine targets.", "nine targets",
     None),
    ("Shells fell on Indian-controlled Kashmir.\n\nAt least three civilians were killed, the Indian army said.",
     "three civilians", "Indian army"),
])
def test_short_forms_resolve_to_the_name_and_no_further(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # after a quotation and its speaker, the writer speaks again
    ("Ana Ruiz walked us to the shore. “This is where we set up the gauge,” she said. The lake holds 40 million "
     "litres.", "40 million", None),
    # a new quotation right after goes on with the speaker
    ("Ana Ruiz walked us to the shore. “This is where we set up the gauge,” Ruiz said. “It cost $40,000.”",
     "$40,000", "Ana Ruiz"),
    # reported speech goes on into the next sentence
    ("Ana Ruiz said the gauge was new. It cost $40,000.", "$40,000", "Ana Ruiz"),
])
def test_a_quotations_frame_stays_with_the_quotation(text, figure, source):
    assert source_of(text, figure) == source


def test_a_verb_after_the_speakers_aside_takes_what_follows_as_its_clause():
    text = ("Judge Ana Ruiz wrote the ruling.\n\nRuiz, joined by three judges, said the port’s rules, the history "
            "and the 1898 case show that 40 ships may dock.")
    assert source_of(text, "40 ships") == "Ana Ruiz"


@pytest.mark.parametrize("text, figure, source", [
    # a frame in a subordinate clause covers that clause only
    ("In 2017, when the mayor announced a harbour charge, compliance was just 39 per cent.", "39 per cent", None),
    ("When the mayor announced that 40 ships had docked, the port closed.", "40 ships", "mayor"),
    ("The mayor said that when 40 ships docked, 3 crews were late.", "3 crews", "mayor"),
])
def test_a_frame_in_a_subordinate_clause_ends_with_it(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # "the survey" is the one named before; "fresh findings" are not
    ("The Hale Institute polled 1,000 farmers. The survey found 62% expect losses.", "62%", "Hale Institute"),
    ("The Hale Institute polled 1,000 farmers.\n\nFresh findings show that 95 per cent of boats comply.",
     "95 per cent", None),
    # a publisher's name ends with its sentence
    ("Revelations came from newspaper Velmar Tidende. In a report published over the weekend, the paper claimed "
     "30 officers leaked data.", "30 officers", None),
])
def test_a_document_points_back_only_when_the_article_named_it(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # a full name in the possessive is still the person's
    ("Prime Minister Datuk Seri Anwar Ibrahim’s travels were costly.\n\nAnwar said the firms covered 75 per cent of "
     "the costs.", "75 per cent", "Anwar Ibrahim"),
    # an acronym in parentheses is no part of the name, closed or not where the frame cut it
    ("Police made 378 arrests, the National Police Chiefs’ Council (NPCC) said.", "378 arrests",
     "National Police Chiefs’ Council"),
    # a document someone owns is theirs, not its own source
    ("The team has 300 offices, according to her campaign’s weekend memo.", "300 offices", None),
    ("The suspect bought 3 knives, according to an affidavit unsealed in court.", "3 knives", "affidavit"),
])
def test_names_around_possessives_and_acronyms(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # a report's title is no publisher, and "report" before "indicates" is the noun
    ("While the 2012 Velmar Housing Census report indicates that Lindi has 864,652 people, most homes are dark.",
     "864,652", None),
    ("The Hale Institute survey found 62% of farmers expect losses.", "62%", "Hale Institute"),
])
def test_a_titled_report_names_no_publisher(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # a speaker with an aside after the quotation: the next sentence is still the writer's
    ("Rockets get a boost near the equator. “The lower the latitude, the more orbits you can have,” Ana Ruiz, who "
     "is now head of Velmar Space, told Voice of Velmar. Velmar sits at 28 degrees north.", "28 degrees", None),
    # words in scare quotes are no quotation the frame closes
    ("The port grew 3.2 percent after the \"Great Storm,\" Ruiz said. Output rose 2.61 percent after 2001.",
     "2.61 percent", "Ruiz"),
])
def test_the_sentence_after_a_quotations_speaker(text, figure, source):
    assert source_of(text, figure) == source


def test_a_heading_in_capitals_is_no_person_for_a_pronoun():
    text = ("Lena Okafor testified on Monday.\n\nWAS ANYONE ELSE INVOLVED?\n\n"
            "Later, she said they had three meetings.")
    assert source_of(text, "three meetings") == "Lena Okafor"


@pytest.mark.parametrize("text, figure, source", [
    # a place publishes nothing: its report is the report's, whoever wrote it
    ("The regional government buys solar lights.\n\nWhile most homes are dark, the Mainland’s energy report reveals "
     "that 14.8 percent of residents use solar.", "14.8 percent", None),
    ("The Velmar Statistics Office's energy report reveals that 14.8 percent of residents use solar.", "14.8 percent",
     "Velmar Statistics Office"),
    # a bus stand is a place, not a person a she stands for
    ("Traders gather at Velmar Bus Stand.\n\nShe says 40 stalls stay open after dark.", "40 stalls", None),
])
def test_places_neither_publish_nor_speak(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    ("The candidates debate next week. The nation’s premier swing state, Velmar, opens 300 polling sites then.",
     "300 polling sites", None),
    ("As analysts note, Velmar has 300 sites.", "300 sites", "analysts"),
    ("With a 0.4 per cent gain in April’s output and now May’s labour force report, he expects a rebound.",
     "0.4 per cent", None),
])
def test_a_noun_in_apposition_is_no_reporting_verb(text, figure, source):
    assert source_of(text, figure) == source


def test_what_follows_a_medium_and_its_comma_stays_the_speakers():
    assert source_of("Exports fell 4%, the ministry said in a statement, while imports rose 2%.", "2%") == "ministry"


@pytest.mark.parametrize("text, figure, source", [
    # "According" opening a sentence is a frame like "according" inside one
    ("According to data from the Velmar Central Bank, household wealth reached 855 billion euros.", "855 billion",
     "Velmar Central Bank"),
    # after a quotation's verb, the writer describes the speaker: no one's claim
    ("According to Ana Ruiz, 34, trade grew after dark. “Light keeps us safe,” says the mother of four who sells "
     "food 500 metres from the bus terminal.", "500 metres", None),
])
def test_according_to_at_the_start_and_the_speakers_description(text, figure, source):
    assert source_of(text, figure) == source


def test_an_organisation_named_in_full_only_later_takes_its_full_name():
    text = ("The Police Federation opened a fund.\n\nOfficers suffered 40 injuries, the federation said.\n\n"
            "Ana Ruiz, chair of the Police Federation of Velmar and Ostrava, spoke.")
    assert source_of(text, "40 injuries") == "Police Federation of Velmar and Ostrava"


def test_the_statement_is_the_one_named_before_not_the_last_speaker():
    text = ("Five Velmar Air flights stopped in Bangkok, a statement from Velmar International Airport said.\n\n"
            "Velmar Air also cancelled a flight, airport authorities said.\n\n"
            "Three other flights were rerouted, the statement said.")
    assert source_of(text, "Three other flights") == "Velmar International Airport"


@pytest.mark.parametrize("text, figure, source", [
    # a coordinated clause with a named subject of its own is not the frame's
    ("On Friday, Velmar reports monthly GDP growth, and the U.S. releases two indicators of spending.",
     "two indicators", None),
    ("Ruiz said 40 ships docked, and Velmar Port handled 3 tankers.", "3 tankers", None),
    # one without a named subject may go on with the report
    ("Ruiz said 40 ships docked, and the crew found 2 boats.", "2 boats", "Ruiz"),
])
def test_a_frame_ends_where_another_named_subject_starts_its_clause(text, figure, source):
    assert source_of(text, figure) == source


def test_however_opening_a_quotation_is_the_speakers_turn():
    text = ("Economist Lena Okafor reviewed the data.\n\n"
            "“This is a solid report,” said Okafor. “However, it leaves the jobless rate 0.1 percentage points higher.”")
    assert source_of(text, "0.1 percentage points") == "Lena Okafor"


@pytest.mark.parametrize("text, figure, source", [
    # a finding that closes its clause is reported; one with an object of its own is not
    ("A 10% rise in the price of care was tied to fewer working mothers, the Labor Department found.", "10%",
     "Labor Department"),
    ("After months of talks, the company found 40 buyers.", "40 buyers", None),
    # a publisher described by an adjective
    ("Funding rose 5.4%, according to projections from the nonpartisan Legislative Services Agency.", "5.4%",
     "Legislative Services Agency"),
])
def test_findings_and_described_publishers(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # "according to" at the end covers the clause after a lone dash, not what the writer said before it
    ("The plan added about $300 million - raising school funding 5.4% next year, according to projections from the "
     "Velmar Budget Office.", "$300 million", None),
    ("The plan added about $300 million - raising school funding 5.4% next year, according to projections from the "
     "Velmar Budget Office.", "5.4%", "Velmar Budget Office"),
    # a pair of dashes sets off an aside the frame still covers
    ("Exports rose 4% – the most in a decade – according to the ministry.", "4%", "ministry"),
])
def test_according_to_after_a_lone_dash(text, figure, source):
    assert source_of(text, figure) == source


def test_a_consultancy_named_by_its_kind_publishes_data():
    text = "Arrivals rose 239% between 2017 and 2022, according to data from Velmar Citizen Solutions."
    assert source_of(text, "239%") == "Velmar Citizen Solutions"


@pytest.mark.parametrize("text, figure, source", [
    ("The raid, which Velmari figures say killed 1,200, began at dawn.", "1,200", None),
    ("Exports rose 4%, Gallup data show.", "4%", "Gallup"),
])
def test_a_nationality_publishes_nothing(text, figure, source):
    assert source_of(text, figure) == source
