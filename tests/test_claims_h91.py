"""Attribution rounds h90 and h91 and the tuning rows got wrong (issue 19), from sentences of the project's own making:
a name with particles ("von der Leyen") is one name; a group's adjective before a poll ("their latest Latino voter
poll") names whom it asked, not who ran it; "7 people said they were not sure" gives answers, not a source."""

from claims_helpers import claimed, source_of


def test_a_name_with_two_particles_resolves_in_full():
    text = ("European Commission President Ursula von der Leyen spoke on Monday.\n\n"
            "The bloc will spend 40 billion euros, von der Leyen said.")
    assert source_of(text, "40 billion euros") == "Ursula von der Leyen"


def test_a_group_adjective_before_a_poll_is_no_publisher():
    text = ("The Hale Institute released its latest Latino voter poll on Thursday. The phone survey of 1,501 adults "
            "found that 47% of Latinos said their lives had worsened.")
    assert source_of(text, "47%") != "Latino"
    assert source_of(text, "1,501 adults") != "Latino"


def test_people_counted_in_their_answers_are_no_source():
    text = "It was a free text question, but 26 people said yes, 7 people said they were not sure."
    assert claimed(text)["7 people"] == (None, None)
    assert source_of(text, "26 people") is None


def test_people_described_as_sources_stay_sources():
    text = "Two people with knowledge of the talks said the deal was worth $40 million."
    assert source_of(text, "$40 million") == "Two people with knowledge of the talks"
