"""Kinds of attribution round h2 showed (issue 19), from sentences of the project's own making:
reporting verbs read as nouns, organisations that share or find, "as reported by", a surveyed
group written in words or holding a belief, a report's title with its publisher and year, and
names a heading or a sentence's opening word must not supply."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    # a reporting verb after a comma, its speaker after it: a verb, not "offline notes"
    ("Ferry fares rose to $12 on the northern route, reports the Velmar Herald.", "$12", "Velmar Herald"),
    ("The port handled 400 ships in May, reports Portline.", "400 ships", "Portline"),
    # a role before the verb is a speaker, whose organisation is the source
    ("A Portline representative reports that bookings rose 38% in a year.", "38%", "Portline"),
    # an organisation that shares or finds what follows "that"
    ("Portline shared that bookings rose 84% last year.", "84%", "Portline"),
    ("The Hale Institute found that 38% of tenants paid more than half their income in rent.", "38%",
     "Hale Institute"),
    ("Velmar Grid noted in its report a 159% increase in outages.", "159%", "Velmar Grid"),
    # "as reported by" closes the clause it follows
    ("Portline raised $330 million last year, as reported by the Velmar Herald.", "$330 million", "Velmar Herald"),
])
def test_h2_reports_name_their_source(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure", [
    ("Velmar Grid found 40 faults in May.", "40 faults"),  # an object, not a report
    ("Portline shared 40 ferries with Ostrava last year.", "40 ferries"),
    # "share" after a figure is a noun
    ("The Hale Institute published a survey of ports.\n\n"
     "As ferries took more trade (53% share in early 2025), fares rose.", "53%"),
    # a surveyed group written in words reports nothing of its own
    ("Sixty-two percent of farmers report owning a tractor, with 40% reporting that they own two.", "40%"),
    ("Ninety percent of U.S. adults report owning a phone, with 70% reporting that they own two.", "70%"),
    # a sentence's opening word is no publisher ("Using ... data")
    ("Using agency data and census figures, the report weighed many factors.\n\n"
     "The report revealed that 40 ships were late.", "40 ships"),
])
def test_h2_no_source(text, figure):
    assert source_of(text, figure) is None


def test_a_surveyed_group_aiming_or_feeling_is_still_the_surveys_report():
    text = ("A Hale Institute study found that 46% of tenants aim to save $5,000 or more, compared to 36% of "
            "owners.")
    assert [source_of(text, f) for f in ("$5,000", "36%")] == ["Hale Institute", "Hale Institute"]


def test_a_reports_title_with_its_year_names_its_publisher():
    text = ("Velmar Grid runs the harbour.\n\n"
            "The Velmar Grid 2025 Harbour Safety report revealed that 40 ships were late.")
    assert source_of(text, "40 ships") == "Velmar Grid"


def test_a_short_name_defined_in_parentheses_resolves_to_the_full_name():
    text = ("Saving is a priority for 59% of savers, according to a Hale Mutual (Hamu) report.\n\n"
            "According to Hamu's latest report, 42% of savers pay off debt first.")
    assert source_of(text, "42%") == "Hale Mutual"


def test_a_persons_name_never_resolves_to_a_heading_that_holds_it():
    text = ("Ana Ruiz Stars As Velmar Beat Ostrava By Five Goals\n\n"
            "Ana Ruiz said the team scored 5 goals in 20 minutes.")
    assert source_of(text, "5 goals") == "Ana Ruiz"


@pytest.mark.parametrize("text, figure, source", [
    ("Portline Holdings runs the harbour.\n\nPortline said it carried 40 ships in May.", "40 ships", "Portline Holdings"),
    ("Velmar Health ranks the states every year.\n\nThe Velmar 2025 Best Harbours report revealed that 40 ships "
     "were late.", "40 ships", "Velmar Health"),
    # a place's university is not what the place's name stands for
    ("Velmar University runs the harbour.\n\nVelmar said it carried 40 ships in May.", "40 ships", "Velmar"),
])
def test_a_companys_first_word_resolves_to_its_full_name(text, figure, source):
    assert source_of(text, figure) == source


def test_a_next_sentence_with_its_own_report_does_not_speak_of_the_one_before():
    text = ("Five years later, the port saw 2,895 launches. Ana Ruiz, who runs the Velmar port, told the Velmar Herald "
            "that the harbour needs a new crane.")
    assert source_of(text, "2,895") is None


def test_claiming_a_prize_is_no_report():
    text = "Ana Ruiz, who came on late, claimed a hat-trick (3 goals in 12 minutes) for Velmar."
    assert source_of(text, "3 goals") is None


def test_this_report_is_the_last_one_someone_found_something_in():
    text = ("Hale Mutual (Hamu) runs a yearly report on savers.\n\nVelmar Grid published a survey of ports.\n\n"
            "Hamu found that savings are a top goal for most households.\n\n"
            "This report found that 29% of savers invest.")
    assert source_of(text, "29%") == "Hale Mutual"


def test_the_survey_also_shows():
    text = ("A Velmar Grid survey found that 57% of tenants pay too much.\n\n"
            "The survey also shows that 69% of tenants cannot save.")
    assert source_of(text, "69%") == "Velmar Grid"


@pytest.mark.parametrize("text, figure", [
    # another subject's clause after ", and": the frame stops before it, whatever its name's joiners
    ("Portline reported ferries were the fastest-growing trade in 2024, and the Velmar Institute of Shipping "
     "runs 40 ferry routes.", "40 ferry routes"),
    # a study a newspaper covered is not the newspaper's
    ("This matches findings from a study covered by the Velmar Herald last year, which found that ferries were 19% "
     "slower.",
     "19%"),
    # a surveyed group's answers end with their sentence
    ("Portline published its yearly survey of passengers.\n\nNearly 20% of passengers said they want faster "
     "ferries. On weekends, ferry use rose 35% in a year.", "35%"),
])
def test_h2_frames_that_stop(text, figure):
    assert source_of(text, figure) is None


def test_a_surveyed_groups_answers_go_on_where_the_next_sentence_refers_back_to_it():
    text = ("A Portline survey found that 47% of riders say fares are too high. Of those riders, 70% take the bus "
            "instead.")
    assert source_of(text, "70%") == "Portline"


@pytest.mark.parametrize("text, figure, source", [
    ("Portline carried 1.2 million passengers in May, the state ferry operator said on Friday.", "1.2 million",
     "Portline"),
    ("Velmar Railways repaired 1,700 km of track, the railway said.", "1,700 km", "Velmar Railways"),
    # a person opening the sentence is no railway
    ("Ana Ruiz counted 40 trains, the railway said.", "40 trains", "railway"),
])
def test_a_description_as_speaker_is_the_name_that_opens_its_sentence(text, figure, source):
    assert source_of(text, figure) == source


def test_a_publishers_surveys_in_the_plural_are_its_own():
    text = "Velmar Grid surveys suggest better ferries could unlock an additional $12 billion a year."
    assert source_of(text, "$12 billion") == "Velmar Grid"


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"')])
def test_a_quotation_that_runs_over_paragraphs_keeps_the_speaker_who_opened_it(open_, close):
    text = (f"Harbour chief Ana Ruiz said: {open_}We have worked hard on the ferries this year. It was hard.\n\n"
            f"{open_}The ferries are the life of this town, and everyone here knows it.\n\n"
            f"{open_}The port handled 400 ships in May, and we hired 35 staff.\n\n"
            f"{open_}We will keep going.{close}\n\n"
            f"The council has 12 members.")
    assert [source_of(text, f) for f in ("400 ships", "35 staff", "12 members")] == ["Ana Ruiz", "Ana Ruiz", None]


def test_a_closed_quotation_does_not_run_into_the_next_paragraph():
    text = ("Ana Ruiz said: “We have worked hard.” The ferries ran late\n\n"
            "“The port handled 400 ships in May,” the harbour board said in a leaflet nobody read, adding nothing.")
    assert source_of(text, "400 ships") != "Ana Ruiz"


def test_a_zoo_speaks_for_itself():
    text = ("The Velmar Zoo’s wolf pack lost its mother on Monday. At the Velmar Zoo Harbour Trail, she met a mate."
            "\n\nShe gave birth to four pups in 2019 and “the pack has done well,” the zoo said.")
    assert source_of(text, "four pups") == "Velmar Zoo"


def test_a_name_owning_the_sentences_subject_is_not_who_she_is():
    text = ("Tom Ruiz runs the port.\n\n"
            "Ruiz’s mother, Eva Ruiz, is a ferry pilot. “I was working three jobs at the time,” she said.")
    assert source_of(text, "three jobs") == "Eva Ruiz"


def test_every_item_of_a_list_keeps_the_frame_that_introduced_it():
    text = ("The Velmar Grid report found that the port scored 82 of 100 points. Here is how it scored:\n\n"
            "- The port handled 400 ships in May.\n\n- The port hired 35 staff.\n\n- The port lost 12 cranes.\n\n"
            "Ferries carried 900 cars.")
    assert [source_of(text, f) for f in ("400 ships", "35 staff", "12 cranes", "900 cars")] == \
        ["Velmar Grid", "Velmar Grid", "Velmar Grid", None]


def test_an_organisation_records_what_it_counted():
    text = "In 2024, Portline Advisers recorded a 40% increase in demand for ferries."
    assert source_of(text, "40%") == "Portline Advisers"


def test_a_person_recording_something_reports_nothing():
    assert source_of("In 2024, Ana Ruiz recorded a 40-minute album with 12 songs.", "12 songs") is None


def test_a_role_of_an_organisation_is_no_fuller_name_of_it():
    text = ("“Ferries sell well,” said Ana Ruiz, Managing Director of Portline Advisers Velmar.\n\n"
            "In 2024, Portline Advisers recorded a 40% increase in demand for ferries.")
    assert source_of(text, "40%") == "Portline Advisers"


def test_a_description_keeps_the_name_it_was_given_earlier():
    text = ("Velmar Railways carried 24 million passengers, the state railway said on Friday.\n\n"
            "Since 2022, more than 5,000 km of track have been damaged, the railway said.")
    assert source_of(text, "5,000 km") == "Velmar Railways"


@pytest.mark.parametrize("text, figure, source", [
    # an office nobody was named for is no source: the spec wants the person's name
    ("“The trip cost RM6 million,” the government spokesman said.", "RM6 million", None),
    ("The government official says there were nine targets.", "nine targets", None),
    # a body, a group of people or a document stays
    ("The trip cost RM6 million, the finance ministry said.", "RM6 million", "finance ministry"),
    ("The trip cost RM6 million, officials said.", "RM6 million", "officials"),
])
def test_an_unnamed_office_holder_is_no_source(text, figure, source):
    assert source_of(text, figure) == source


def test_a_sentence_opening_with_someone_new_is_the_writers_turn():
    text = "Ana Ruiz says the ferries were late all week. Eva Lund runs 3 ferries from the north quay."
    assert source_of(text, "3 ferries") is None


def test_a_sentence_opening_with_the_speaker_goes_on_with_the_report():
    text = "Ana Ruiz says the ferries were late all week. The port handled 40 ships in May."
    assert source_of(text, "40 ships") == "Ana Ruiz"


@pytest.mark.parametrize("text, figure", [
    ("Ana Ruiz says the ferries were late all week. Taylor Swift-themed cruises sold 40 tickets.", "40 tickets"),
    ("“The ferries were late,” Ana Ruiz said. “Eva Lund’s firm got a $5 million loan from Velmar.”", "$5 million"),
])
def test_a_name_inside_a_quotation_or_a_compound_is_nobody_new(text, figure):
    assert source_of(text, figure) == "Ana Ruiz"


@pytest.mark.parametrize("text, figure", [
    # an agency or a monitor reports on others: the country opening the sentence is not who speaks
    ("Velmar fired 40 missiles overnight, the agency said.", "40 missiles"),
    ("Ostrava lost 12 tanks in May, the monitor said.", "12 tanks"),
])
def test_a_reporting_body_is_not_the_name_its_sentence_opens_with(text, figure):
    assert source_of(text, figure) in ("agency", "monitor")


def test_a_country_is_not_its_national_companys_name():
    text = "Velmar Airways cut 40 flights in May.\n\nVelmar said it lost 12 ships in the storm."
    assert source_of(text, "12 ships") == "Velmar"
