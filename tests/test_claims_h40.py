"""Attribution round h40 (the Gun Violence Archive's local news) got wrong on unseen text (issue 19), from sentences of
the project's own making: a place's police named across a paragraph break, a department's investigators (the
department is the source), a relative clause's verb taken for the speaker, and "according to" an officer whose rank
is abbreviated."""

from claims_helpers import claimed, source_of


def test_a_police_name_never_spans_a_paragraph_break():
    text = ("By Ana Ruiz\n\nWXYZ – Harbour\n\nHarbour police now say the suspect had two rifles.\n\n"
            "The news that police said the man had three rifles shocked neighbours.")
    assert source_of(text, "three rifles") == "Harbour police"


def test_a_departments_investigators_are_the_department():
    text = "Harbour Police Department investigators say the man fired six shots."
    assert source_of(text, "six shots") == "Harbour Police Department"


def test_a_relative_clauses_verb_is_no_speaker():
    text = "The family who lives at the house said she heard three shots."
    assert source_of(text, "three shots") in (None, "family")


def test_according_to_an_officer_whose_rank_is_abbreviated():
    text = "A blast left one dead and three others injured according to Lt. Ana Ruiz of the Harbour Police Department."
    assert source_of(text, "three") == "Ana Ruiz"


def test_a_rank_makes_one_word_a_surname_before_the_affiliation():
    text = "Three people were hurt in the blast, according to Sgt. Hale of the Harbour Police Department."
    assert source_of(text, "Three people") == "Hale"


def test_a_named_bodys_officials_are_the_body_but_health_officials_stay():
    assert source_of("Harbour Lottery officials said the ticket cost $5.", "$5") == "Harbour Lottery"
    assert source_of("Health officials said the trial can take up to 400 patients.", "400 patients") == "Health officials"


def test_a_reporters_sign_off_is_the_publishers_own_voice():
    text = "Seven people were hurt in the blast, one of them critically. Ana Ruiz reports."
    assert source_of(text, "Seven people") is None
    assert source_of("Ferries carried 1.2 million passengers. The Harbour Board said so.", "1.2 million") == "Harbour Board"


def test_the_possessor_of_a_titled_report_publishes_it():
    text = ("The 2016 edition of the Conference of Harbour Boards’ (CHB) Port Actions report found that the ports "
            "lost $2.3 billion.")
    assert source_of(text, "$2.3 billion") == "Conference of Harbour Boards"


def test_who_comes_upon_a_count_does_not_own_it():
    for text in ("Police responded to two shootings on Monday.", "Responding officers located three victims nearby.",
                 "The sensor alerted the harbour master to 10 blasts."):
        assert {subject for _, subject in claimed(text).values()} == {None}, text
    assert {subject for _, subject in claimed("The port handled 40 ships in May.").values()} == {"The port"}
