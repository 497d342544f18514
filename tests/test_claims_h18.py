"""Kinds of attribution round h18 got wrong on unseen text (issue 19), from sentences of the project's own
making: a person named after their organisation in one run ("Harbour Freight Association Ana Ruiz") is the
person, whose surname then resolves to them; a bare role ("its director said") is the person the article
gives that role, even when it names them only after; "officials" are the officials the article named
("Velmar officials say"); a common noun a headline capitalised ("Impeachment report says") publishes
nothing; and "based on" a document nobody is said to have made is no reporting frame."""

from claims_helpers import source_of, subject_of


def test_a_person_after_their_organisation_in_one_run_is_the_person():
    text = ("That's according to Harbour Freight Association Ana Ruiz. She says the fleet will need new fuels.\n\n"
            "Ruiz says 15 billion litres a year is about the most the port can handle.")
    assert source_of(text, "15 billion") == "Ana Ruiz"


def test_a_bare_role_is_the_person_the_article_gives_it_even_after():
    text = ("The agency will pay between $9 million and $13.5 million to the builder for missing the deadline, "
            "its director said Monday.\n\nThe port set the deadline in 2006.\n\n"
            "The agency's executive director, Ana Ruiz, said Monday that crews had worked for months.")
    assert source_of(text, "$9 million") == "Ana Ruiz"


def test_officials_are_the_officials_the_article_named():
    text = ("Velmar officials say storms have killed at least 89 people in two provinces.\n\n"
            "In the second province, officials said at least 33 people were killed when a bridge fell.")
    assert source_of(text, "33") == "Velmar officials"
    text = "At least 33 people were killed when a bridge fell, officials said."
    assert source_of(text, "33") == "officials"


def test_a_report_is_not_named_by_the_word_a_headline_capitalised():
    text = ("Impeachment report says the governor misused state funds\n\n"
            "In 2016, 23 members of the House proposed two articles of impeachment, the report says.")
    assert source_of(text, "23") is None  # no publisher named: not "Impeachment"


def test_based_on_a_document_is_no_frame():
    text = "Based on the indictment, a judge raised his bail to $8 million."
    assert source_of(text, "$8 million") is None


def test_a_headline_naming_someone_by_surname_does_not_keep_the_surname_from_the_full_name():
    text = ("Harbour crews feel a change with Ruiz on the job\n\n"
            "They waited for executive vice president of port operations Ana Ruiz on her first day.\n\n"
            "Ruiz, the only woman who has run four ports at a profit, watched quietly.")
    assert subject_of(text, "four ports") == "Ana Ruiz"


def test_an_acronym_that_opens_a_club_s_name_is_the_club():
    text = ("PSV beat Velmar to go top\n\nPSV Eindhoven beat Velmar 2-0 to go top of the league on Sunday.\n\n"
            "PSV now have 36 points from 17 matches.")
    assert subject_of(text, "36 points") == "PSV Eindhoven"
