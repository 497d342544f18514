"""Attribution round h78 (the Dragnet benchmark's 2012 blogs: a mortgage survey's write-up) got wrong on unseen text
(issue 19), from sentences of the project's own making: a source inside parentheses speaks of its aside, not of
the sentence after; a "Note:" is the writer's aside, not more of the speaker before it."""

from claims_helpers import source_of


def test_a_source_in_an_aside_stays_in_it():
    text = ("This is still above normal (around 0.8% would be normal according to the Velmar Lenders Association). "
            "The share of loans in foreclosure fell to 4.27% from 4.39%.")
    assert source_of(text, "0.8%") == "Velmar Lenders Association"
    assert source_of(text, "4.27%") is None
    # a frame that reaches the end of its sentence outside any parentheses still covers the next one
    text = ("The share was normal, according to the Velmar Lenders Association. "
            "The share of loans in foreclosure fell to 4.27% from 4.39%.")
    assert source_of(text, "4.27%") == "Velmar Lenders Association"


def test_a_note_after_a_speaker_is_the_writers():
    text = ('Ana Ruiz said that this is now more of a problem for judicial states. Note: "The survey covers '
            '42.5 million loans, about 88 percent of all first-lien loans."')
    assert source_of(text, "42.5 million") is None
    text = 'Ana Ruiz said that this is now more of a problem. "The survey covers 42.5 million loans."'
    assert source_of(text, "42.5 million") == "Ana Ruiz"
