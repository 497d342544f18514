"""Attribution round h87 (organisations' blogs: a runtime's foundation) got wrong on unseen text (issue 19), from
sentences of the project's own making: a name with a web suffix is one word ("Harbour.js", "Velmar.com"), and a body's
one word ("the Foundation") is the earlier name it heads, not a headline's run that only holds it."""

from claims_helpers import source_of


def test_the_foundation_is_the_name_it_heads():
    text = ("Harbour.js Stronger Than Ever with New Harbour.js Foundation Members and 100 Percent Growth\n\n"
            "The Harbour.js Foundation was founded in 2015 to support the platform.\n\n"
            "In addition, the Foundation announced three new Silver members to the team.")
    assert source_of(text, "three new Silver members") == "Harbour.js Foundation"


def test_a_name_with_a_web_suffix_is_one_word():
    text = "Velmar.com reported 40 new stores last year, the retailer said."
    assert source_of(text, "40 new stores") == "Velmar.com"
