"""Attribution and subjects round h43 (local news and opinion pages) got wrong on unseen text (issue 19), from sentences
of the project's own making: "police" where the article names its force with a capital or by its initials, a state
that a poll covers taken for its pollster, a heading's "Control of the House" taken for the House's full name, a
subject that ran into "cannot", and a subject's acronym the article spelled out."""

from claims_helpers import source_of, subject_of


def test_police_resolve_to_the_force_named_with_a_capital():
    text = ("Velmar Police say they were told of the robbery.\n\n"
            "According to police, the man shot five people at the house.")
    assert source_of(text, "five people") == "Velmar police"


def test_police_resolve_to_the_force_named_in_full_before_its_capital_short_form():
    text = ("Velmar Police Chief Ana Ruiz spoke. The Velmar Police Department said it found the car.\n\n"
            "Police said two men fled.")
    assert source_of(text, "two men") == "Velmar Police Department"


def test_police_resolve_to_the_force_known_by_its_initials():
    text = "The man was barred from the party, an VPD spokesman said.\n\nHe shot seven people, police said."
    assert source_of(text, "seven people") == "VPD"


def test_a_hospitals_initials_are_no_police_force():
    text = "She was taken to the OPD at the district hospital.\n\nPolice said she fell 20 feet."
    assert source_of(text, "20 feet").lower() == "police"


def test_two_forces_leave_police_as_written():
    text = ("Velmar police and the Ostrava police searched the port.\n\nPolice said three boats sank.")
    assert source_of(text, "three boats").lower() == "police"


def test_a_state_a_poll_covers_is_not_its_pollster():
    text = "The June 12 Texas poll found Texas voters back checks; 72% say Congress must act."
    assert source_of(text, "72%") is None


def test_a_named_pollster_stays():
    text = "The Hale Institute poll found that 72% of Texas voters back checks."
    assert source_of(text, "72%") == "Hale Institute"


def test_a_name_held_as_the_object_of_of_is_not_its_full_name():
    text = ("Control of the House\n\nA race-by-race House analysis suggests that Democrats gain about 30 seats.")
    assert source_of(text, "30 seats") != "Control of the House"


def test_a_body_named_department_of_is_the_full_name():
    text = ("The Department of Environmental Protection opened the valve.\n\n"
            "Environmental Protection officials said the pipes had 75 breaks.")
    assert source_of(text, "75 breaks") == "Department of Environmental Protection"


def test_a_subject_stops_before_a_negated_auxiliary():
    text = "The FEC cannot have more than three commissioners from the same party."
    assert subject_of(text, "three commissioners") == "The FEC"


def test_a_subjects_acronym_resolves_to_the_name_the_article_spelled_out():
    text = ("The Federal Election Commission (FEC) is stuck.\n\nThe FEC had 333 cases outstanding as of March 31.")
    assert subject_of(text, "333 cases") == "Federal Election Commission"
