"""Attribution round h85 (extractors' test pages: a blog on a CEO's height) got wrong on unseen text (issue 19),
from sentences of the project's own making: "according to a 2010 Harbour Times profile" is the paper's word, as
is "according to an article in the Harbour Times"; a paper's "New" is part of its name."""

from claims_helpers import source_of


def test_a_papers_piece_is_the_papers_word():
    assert source_of("According to a 2010 Harbour Times profile, he is only five feet eight.", "five feet eight") \
        == "Harbour Times"
    assert source_of("According to a New York Times article, he ran 40 stores.", "40 stores") == "New York Times"
    assert source_of("But according to an article in the Velmar Post, 40 stores closed.", "40 stores") == "Velmar Post"
    assert source_of("According to a recent article from WakeMed, 40 stores closed.", "40 stores") == "WakeMed"


def test_a_piece_with_no_paper_named_has_no_source():
    assert source_of("According to a story her sister has told, she ran 40 stores.", "40 stores") is None
    assert source_of("According to the article, 40 stores closed.", "40 stores") is None
