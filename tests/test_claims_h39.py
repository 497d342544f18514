"""Attribution round h39 (FakeNewsNet's stories) got wrong on unseen text (issue 19), from sentences of the project's
own making: a transcript whose speakers are labelled by one name ("Ruiz: ...", after "anchor Ana Ruiz") and what
is left of "A quick search for Velmar confirms" (no one)."""

from claims_helpers import claimed, source_of


def test_a_transcript_labelled_by_one_name():
    text = ("In an interview, Harbour Radio anchor Ana Ruiz asked Mayor Tom Hale about the port.\n\n"
            "Ruiz: Let me start with the port, Mr. Mayor. Traffic fell last year.\n\n"
            "Hale: Right.\n\n"
            "Ruiz: 11.9 percent. What does the new deal do for the 1,100 dockers who are looking for work?\n\n"
            "Hale: Well, first of all, you are right. It extends their benefits, and 300 families keep their homes.")
    assert source_of(text, "11.9 percent") == "Ana Ruiz"
    assert source_of(text, "300 families") == "Tom Hale"


def test_a_heading_with_a_colon_is_no_speaker():
    text = ("Note: the port handled 40 ships in May, the most this year.\n\nUpdate: the port handled 12 more ships "
            "in June, after the strike ended.\n\nNote: figures are provisional.")
    assert {source for source, _ in claimed(text).values()} == {None}


def test_a_search_is_no_source():
    text = ("A quick search for Velmar confirms its fame:\n\n"
            "We can now say that at least one website pushing the claim is part of a network.")
    assert {source for source, _ in claimed(text).values()} == {None}
