"""Kinds of attribution rounds h16 and h17 got wrong on unseen text (issue 19), from sentences of the
project's own making: a source phrase of punctuation only (quote marks a page's encoding turned into "?")
names nobody."""

from claims_helpers import source_of


def test_a_source_without_letters_names_nobody():
    text = ("And, according to industry research, more families will face this problem. Harbour Research ' s "
            "report, ? The Future of Ferries - 2007 Edition, ?? forecasts strong growth over the next four years "
            "(nearly 148 million riders by 2011).")
    assert source_of(text, "148 million") != "??"
