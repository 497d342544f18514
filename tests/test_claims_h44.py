"""Attribution round h44 got wrong on unseen text (issue 19), from sentences of the project's own making: a plural
body that opens its sentence with "say" ("Police say"), a transcript whose speakers' labels stand on lines of their
own in capitals, a headline that names its source before a colon, and "according to" a group that a dash typed as
hyphens ends."""

from claims_helpers import source_of

TRANSCRIPT = ("Harbour Chief Ana Ruiz Interviewed on Velmar Radio\n\n"
              "TOM HALE, HOST, VELMAR RADIO:\n\nWelcome. Ferries carried 12,000 cars last month. Why so few?\n\n"
              "ANA RUIZ:\n\nWe added 2,300 berths this year. The port is growing.\n\n"
              "HALE:\n\nBut 400 crew left, didn't they?\n\n"
              "RUIZ:\n\nAbout 40 crew members did.")


def test_police_say_opening_a_sentence_reports():
    assert source_of("Police say four people were shot at a home.", "four people").lower() == "police"
    assert source_of("Police now say four people were shot at a home.", "four people").lower() == "police"


def test_a_singular_name_before_a_base_form_still_reports_nothing():
    assert source_of("The court heard Hale admit he stole 40 cars.", "40 cars") is None


def test_transcript_turns_under_labels_on_their_own_lines():
    assert source_of(TRANSCRIPT, "2,300 berths") == "Ana Ruiz"
    assert source_of(TRANSCRIPT, "400 crew") == "Tom Hale"
    assert source_of(TRANSCRIPT, "About 40 crew") == "Ana Ruiz"


def test_a_single_label_line_is_no_transcript():
    text = "NOTE:\n\nFerries carried 12,000 cars last month."
    assert source_of(text, "12,000 cars") is None


def test_a_headline_names_its_source_before_a_colon():
    assert source_of("Harbour police: 1 suspect dead, 3 arrested after chase", "3 arrested") == "Harbour police"
    assert source_of("Mayor: Two more ferries by June", "Two more ferries").lower() == "mayor"


def test_a_headlines_flag_or_topic_before_a_colon_is_no_source():
    assert source_of("UPDATE: 3 dead in harbour blast", "3 dead") is None
    assert source_of("Harbour Blast: 50 Dead, 200 Wounded", "50 Dead") is None


def test_according_to_stops_at_a_dash_typed_as_hyphens():
    text = "Deficits will run at 3 percent, according to some economists -- such as Ana Ruiz -- who study it."
    assert source_of(text, "3 percent") == "some economists"
