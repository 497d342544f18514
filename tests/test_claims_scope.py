"""A reporting frame covers the clause or quotation it introduces, and the speaker nearest the
figure wins (issue 19); "believes", "thinks", "hopes" are not reporting frames. Sentences of the
project's own making."""

import pytest
from claims_helpers import claimed, source_of


def test_a_frame_covers_only_the_clause_it_introduces():
    text = "The ship carried 240 people, and the captain said the crew had found two lifeboats."
    assert source_of(text, "240 people") is None
    assert source_of(text, "two lifeboats") == "captain"


def test_a_frame_after_its_clause_covers_what_comes_before():
    text = "The ship carried 240 people and two lifeboats, the captain said."
    assert source_of(text, "240 people") == "captain"
    assert source_of(text, "two lifeboats") == "captain"


@pytest.mark.parametrize("text, figure, source", [
    ("The ministry said the mayor told reporters that 40 homes were flooded.", "40 homes", "mayor"),
    ('Ana Ruiz said the captain had told her: "We lost 3 containers overboard."', "3 containers", "captain"),
    ("According to the ministry, the mayor said 40 homes were flooded.", "40 homes", "mayor"),
])
def test_in_nested_frames_the_speaker_nearest_the_figure_wins(text, figure, source):
    assert source_of(text, figure) == source


def test_an_outer_frame_still_covers_what_the_inner_one_does_not():
    text = "The ministry said 12 roads were closed and that the mayor had counted 40 flooded homes."
    assert source_of(text, "12 roads") == "ministry"


@pytest.mark.parametrize("text, figure, source", [
    # a quotation spanning sentences belongs to the frame after it
    ('"We carried 3,000 people on the first night. The crews never stopped. They were heroes," Ruiz said.',
     "3,000 people", "Ruiz"),
    # a quote whose speaker is named in the next sentence
    ('The ferries kept running through the storm. "We carried 3,000 people on the first night." Ana Ruiz, '
     "who runs the service, said the crews worked double shifts.", "3,000 people", "Ana Ruiz"),
    # a quote that is its own paragraph, its speaker named at the start of the next
    ('"We carried 3,000 people on the first night."\n\nAna Ruiz, who runs the ferry service, said the crews '
     "had worked double shifts.", "3,000 people", "Ana Ruiz"),
    # the frame in the middle of its clause
    ("The port, Ruiz said, handled 40 ships in May.", "40 ships", "Ruiz"),
    # "adding that": the same speaker goes on
    ("The port handled 40 ships, Ruiz said, adding that 12 more were expected.", "12", "Ruiz"),
    # a frame inside a relative clause
    ("Online ad spending, which the Hale Institute says will reach $2 billion this year, keeps rising.",
     "$2 billion", "Hale Institute"),
])
def test_quotations_and_clauses_reach_their_frame(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    ("Freight through the northern corridor, which reopened in May after two years of repairs and a long "
     "dispute over tolls, rose to 1.2 million tonnes in the third quarter, up from a year earlier, "
     "according to the Baltic Freight Council.", "1.2 million tonnes", "Baltic Freight Council"),
    ("Freight rose to 1.2 million tonnes in the third quarter, according to data compiled by the Baltic Freight "
     "Council.", "1.2 million tonnes", "Baltic Freight Council"),
    ("Freight rose to 1.2 million tonnes, according to a report published on Monday by the Baltic Freight Council.",
     "1.2 million tonnes", "Baltic Freight Council"),
])
def test_according_to_at_the_end_of_a_long_sentence(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text", [
    "Ana Ruiz believes the port can handle 40 ships a day.",
    "The mayor thinks 300 homes could be flooded.",
    "Ruiz hopes to hire 25 deckhands next year.",
    # nor does a neighbouring sentence's frame reach a figure under such a verb
    "Ruiz said the port was busy. She believes it can handle 40 ships a day.",
])
def test_belief_and_hope_are_not_reporting_frames(text):
    assert [source for source, _ in claimed(text).values()] == [None]


@pytest.mark.parametrize("text, figure, source", [
    # a frame in a relative clause covers that clause only
    ("Mobile ad spending, which the Hale Institute says will reach $2 billion this year, trails the $70 billion "
     "spent on television.", "$70 billion", None),
    # a passive with its agent: the agent is the source, not the words after it
    ("Spending is forecast by the Hale Institute to reach $84 billion by 2030.", "$84 billion", "Hale Institute"),
    # a quotation opened with a closing mark is still a quotation
    ("The firm opened 2,000 stores, and when asked what came next the founder said, ”There is no next step.”",
     "2,000 stores", None),
    # "I think" inside a quotation is the speaker's hedge, not a belief frame of its own
    ('"I think at least 50% of the oil is gone," said Jane Okafor.', "50%", "Jane Okafor"),
    # an aside between the speaker and the verb
    ("Blake Hale, the president of the Home Builders Association of Velmar, noted that 40 workers had left.",
     "40 workers", "Blake Hale"),
    # "the figures" are not whoever spoke last
    ("Ana Ruiz, who runs the builders' association, noted that workers had left.\n\n"
     "The figures show 7 of every 100 children were absent.", "7 of every", None),
])
def test_frames_reach_only_what_they_govern(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text", [
    "Coughing up $45 a year gets you offline notes, more storage and no ads.",
    "Velmar is an important state, with 12 seats in the assembly.",
])
def test_nouns_that_look_like_reporting_verbs_are_not_frames(text):
    assert [source for source, _ in claimed(text).values()] == [None]


@pytest.mark.parametrize("text", [
    # a denied or withheld report is none
    "Ruiz does not claim that 40 ships were saved.",
    "Ruiz declined to say whether 40 ships were late.",
    # a noun after an adjective ("populous states") closing a sentence
    "He won 8 of the 10 most populous states.",
])
def test_no_frame_where_nothing_is_reported(text):
    assert {source for source, _ in claimed(text).values()} == {None}


@pytest.mark.parametrize("text", [
    # a participle before a noun phrase: the deaths were announced, nobody announces here
    "The rise in deaths announced in Velmar on Friday was 777.",
    # a bare infinitive after another verb ("heard Hartley admit") is not a report of a figure
    "The court heard Hartley admit to skipping the £2,000 job.",
    # a participle after a comma has no speaker of its own
    "The residents want answers about how the corridor will work, saying replies to 28 questions came late.",
    "The witness was shot at but cannot say how 2 men escaped.",
    # documents nobody is named for
    "Amazon has two PNY models listed.",
    "The new regulations state that music must stay below 85 decibels.",
    "Details of the bill have revealed that the fine can reach £4,000.",
    "Prices start at $1,500, according to new benchmarking with Watch Dogs.",
    "Mayor Ana Ruiz's office published a plan.\n\nNew data showed claims topped 6 million.",
])
def test_no_source_where_no_one_reports(text):
    assert {source for source, _ in claimed(text).values()} == {None}


@pytest.mark.parametrize("text, figure, source", [
    # an aside that holds clause words of its own
    ("Velmar Grid, the nonprofit that runs power for 80 percent of the state, said three plants shut down.",
     "three plants", "Velmar Grid"),
    # data "from" a place is the speaker's own report
    ('Ruiz said: "Data from Velmar shows that positivity rose to 3.9 per cent."', "3.9 per cent", "Ruiz"),
    # an agent's clause ends at its comma
    ("In the speech, first disclosed by the Velmar Times, the mayor argued that 95% of thefts go unreported.",
     "95%", "mayor"),
])
def test_frames_among_other_clauses(text, figure, source):
    assert source_of(text, figure) == source


def test_a_subject_before_its_aside_is_the_speaker():
    assert source_of("The ministry, which oversees the ports, said 40 ships were late.", "40 ships") == "ministry"


def test_a_quotation_over_paragraphs_belongs_to_the_frame_that_closes_it():
    text = ('The ferries kept running.\n\n"We carried 3,000 people on the first night.\n\n'
            '"The crews never stopped," Ruiz said.')
    assert source_of(text, "3,000 people") == "Ruiz"


def test_a_thousands_comma_inside_an_aside_is_no_comma():
    assert source_of("Velmar Grid, which serves 1,000 homes, said three plants shut down.", "three plants") == \
        "Velmar Grid"


@pytest.mark.parametrize("text, figure, source", [
    # the sentence before reports up to its end: the next one goes on with the same report
    ("The economy grew 3.2 percent in the first year, Hoenig said. Output rose 2.61 percent after the 1991 "
     "recession.", "2.61 percent", "Hoenig"),
    ("No, Page insisted. It had taken a full 600 milliseconds for the page to load.", "600 milliseconds", "Page"),
    # a conditional or a turn of the writer's own is not the speaker's report
    ("Ruiz said the port handled 40 ships. If Velmar gained 10% of that trade, it would earn $2 billion.", "10%",
     None),
    # the sentence after names a source for itself, not for the one before (outside a quotation)
    ("Verizon is nearing the end of its $23 billion project. The company now has 3.8 million customers, the "
     "Velmar Herald reported.", "$23 billion", None),
])
def test_a_neighbouring_sentence_lends_its_frame_to_a_continuing_report(text, figure, source):
    assert source_of(text, figure) == source


def test_a_frame_after_its_clause_reaches_the_end_of_its_sentence():
    # "..., said Tom Hale." reports to the end of its sentence, so the next sentence goes on with it
    text = "Forty ships were delayed, said Tom Hale, the harbour master. Another 12 tugs were idle."
    assert source_of(text, "12 tugs") == "Tom Hale"


def test_a_belief_covers_its_own_clause_only():
    text = ("Republican Sen. Scott Beason said he expected short-term problems, but he has received calls from "
            "two people who replaced workers.")
    assert source_of(text, "two people") == "Scott Beason"


def test_a_capitalised_title_before_a_name_is_no_aside():
    text = "One of the bill's authors, Republican Sen. Scott Beason, said 40 workers had left."
    assert source_of(text, "40 workers") == "Scott Beason"


@pytest.mark.parametrize("text, figure, source", [
    # two "according to" in one sentence: each covers its own clause
    ("Strikes killed over 10,000 people, according to the Health Ministry, and displaced nearly 1.5 million, "
     "according to United Nations figures.", "1.5 million", "United Nations"),
    ("Strikes killed over 10,000 people, according to the Health Ministry, and displaced nearly 1.5 million, "
     "according to United Nations figures.", "10,000 people", "Health Ministry"),
])
def test_each_according_to_covers_its_own_clause(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # a list after a colon goes on with the frame that introduced it
    ('The economy was "out of balance," Hoenig said. Some of the factors include:\n\nThe real rate averaged '
     "1.6 percent between 1991 and 1995. Gross federal debt increased to 75 percent of GDP.", "75 percent",
     "Hoenig"),
    # a long adjunct after the verb still closes the clause
    ('"We are recovering faster than in our previous two recoveries," Hoenig said in reference to the periods '
     "following the recessions of 1990-91 and 2001.", "two recoveries", "Hoenig"),
    # inside a quotation, a belief of someone else's is the speaker's report
    ('"Of course the market wants 0 percent rates to continue," Hoenig said.', "0 percent", "Hoenig"),
    # a quotation that goes on past the sentence its speaker is named in
    ('"We are excited," said John Thrasher, the party chairman. "We are going to be an important state. Two more '
     'seats will make it a bigger deal."', "Two more seats", "John Thrasher"),
    # "touts", and a body's noun after a name ("the Velmar administration")
    ("The Velmar administration acknowledges its message is slow to catch on.\n\nThe administration touts an "
     "unemployment rate under 4% as a success.", "4%", "Velmar administration"),
    # "reports" after a name takes an object
    ("Gaza's Health Ministry reports at least 52 mosques have been damaged.", "52 mosques", "Gaza's Health Ministry"),
])
def test_frames_seen_in_the_d1_round(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # "report" after "The government" opening a sentence is a noun
    ("The ship sank in May. (The government report includes the 800 tonnes of fuel.) Of the remaining 4,100 "
     "tonnes, about 392 tonnes burned.", "392 tonnes", None),
    # a body's report of a number, with the number as its object
    ("Here is what we know\n\nGaza's Health Ministry reports at least 52 mosques and seven churches were damaged.",
     "52 mosques", "Gaza's Health Ministry"),
])
def test_report_as_noun_and_as_verb(text, figure, source):
    assert source_of(text, figure) == source


def test_a_noun_after_a_number_is_no_frame():
    text = "It is fair to say that the rivalry between the two projects in the time since then has cost 40 jobs."
    assert source_of(text, "40 jobs") is None
