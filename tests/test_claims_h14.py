"""Kinds of attribution round h14 got wrong on unseen text (issue 19), from sentences of the project's own
making: an interview written as a transcript, each answer opened by its speaker's name and a colon; a
company whose name opens a product's ("Apple Watches") keeps its own name; and what is done "according
to" a rule or a law, which names a manner, not a source."""

from claims_helpers import claimed, source_of

TRANSCRIPT = (
    "The harbour's director spoke to us about the ferries.\n\n"
    "Ana Ruiz: This spring, 40 ferries have returned to the night timetable.\n\n"
    "Tom Hale: How many riders do they carry?\n\n"
    "Ana Ruiz: About 12,000 riders a night, and 300 cyclists.\n\n"
    "Ana Ruiz: This summer 9 more ferries will sail, according to the Harbour Board.\n\n"
    "The port expects 50 more ferries next year.")


def test_an_answer_in_a_transcript_is_its_speakers():
    assert source_of(TRANSCRIPT, "40") == "Ana Ruiz"
    assert source_of(TRANSCRIPT, "12,000") == "Ana Ruiz"
    assert source_of(TRANSCRIPT, "300") == "Ana Ruiz"
    assert source_of(TRANSCRIPT, "9 more") == "Harbour Board"  # a source the sentence names wins
    assert source_of(TRANSCRIPT, "50") is None  # the paragraph after the transcript has no label


def test_a_heading_with_a_colon_is_no_speaker():
    text = ("Key Takeaways: 40 ferries returned in March.\n\nBottom Line: 12,000 riders a night.\n\n"
            "Key Takeaways: the port is busy.")
    assert {source for source, _ in claimed(text).values()} == {None}


def test_one_label_is_no_transcript():
    text = "Ana Ruiz: the harbour's year\n\nThis spring, 40 ferries have returned to the night timetable."
    assert source_of("Ana Ruiz: This spring, 40 ferries have returned.", "40") is None
    assert source_of(text, "40") is None


def test_a_company_named_alone_before_its_product_keeps_its_name():
    text = ("Velmar sells phones.\n\nIn a few months, people wearing Velmar Watches will pass 100 million. "
            "According to Velmar, 75% of Velmar Watch sales go to first-time customers.")
    assert source_of(text, "75%") == "Velmar"
    person = "Tessa Varga planned the trips.\n\nTessa said 40 ferries were booked."
    assert source_of(person, "40 ferries") == "Tessa Varga"


def test_done_according_to_a_rule_is_no_source():
    assert source_of("The 20-page Harbour Code (i.e., conduct according to Sharia) sets the rules.", "20-page") is None
    assert source_of("The crews acted according to the harbour plan, and 40 ferries sailed.", "40") is None
    assert source_of("According to the Harbour Board, 40 ferries sailed.", "40") == "Harbour Board"


def test_an_embedded_tweet_is_its_signers():
    """A tweet as pages embed it: its text, then a line "— Name (@handle) Month D, YYYY"."""
    text = ("The ferry row went on.\n\n"
            "Harbour scandal: 3 ferries idle, paid $6K a day to sit at the pier https://t.co/abc\n\n"
            "— Ana Ruiz (@anaruiz) June 22, 2018\n\n"
            "The port said 40 ferries run each night.")
    assert source_of(text, "3 ferries") == "Ana Ruiz"
    assert source_of(text, "6K") == "Ana Ruiz"
    assert source_of(text, "40 ferries") == "port"
    assert source_of("The ferry row went on, and 3 ferries sat idle.\n\nThe port said so.", "3 ferries") is None
    quoting = "Then this, from July: “I'll give you 40 ferries” https://t.co/abc\n\n— Tom Hale (@tomhale) June 22, 2018"
    assert source_of(quoting, "40 ferries") is None  # words the tweet quotes are not its author's
