"""Attribution round h86 (NewsData.io articles of 2023: a crypto trade paper) got wrong on unseen text (issue 19),
from sentences of the project's own making: a speaker named after a quotation speaks for the quotation, not for a
clause the writer adds after "but" ("..., explained Ruiz, but in the process he lost 77 ETH")."""

from claims_helpers import source_of


def test_a_clause_after_but_is_the_writers():
    text = ("“I was told to follow the directions, so I did,” explained Ruiz, but in the process, he ended up losing "
            "77 ETH, which was worth $135,372.16.")
    assert source_of(text, "77 ETH") is None
    assert source_of(text, "$135,372.16") is None


def test_what_the_speaker_goes_on_to_say_is_still_hers():
    text = "“We hired 40 people,” said Ana Ruiz, adding that 12 more will join."
    assert source_of(text, "40 people") == "Ana Ruiz"
    assert source_of(text, "12") == "Ana Ruiz"
    assert source_of("“We grew fast,” said Ana Ruiz, who hired 40 people.", "40 people") is None


def test_a_denial_with_an_adverb_reports_nothing():
    # (round h84, a sheriff's office: "hasn't officially confirmed" gave the source "sheriff's office hasn't")
    assert source_of("The office hasn’t officially confirmed that 2 men died.", "2 men") is None
    assert source_of("Ruiz never publicly said that 40 ships sank.", "40 ships") is None
    assert source_of("The office has officially confirmed that 2 men died.", "2 men") == "office"


def test_a_photo_credit_glued_to_the_next_sentence_is_no_part_of_its_speaker():
    # (round h84: "+ Ricardo B.Brazziell Authorities say three people were killed", a credit line run into the story)
    text = "The fire was put out.\n\n+ Ricardo B.Brazziell Authorities say three people were killed in a fire."
    assert source_of(text, "three people") == "Authorities"
    assert source_of("Seattle Police say three people were killed.", "three people") == "Seattle Police"
