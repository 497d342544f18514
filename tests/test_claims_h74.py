"""Attribution round h74 (htmldate's MediaCloud news, an AP roundup) got wrong on unseen text (issue 19), from
sentences of the project's own making: a roundup runs stories under datelines, and a short form in one story is no
name from the story before ("The Health Ministry" in Jakarta is not the Palestinian one)."""

from claims_helpers import source_of

ROUNDUP = ("Virus roundup\n\n"
           "JERUSALEM — The Palestinian Authority has announced a partial lockdown.\n\n"
           "The Palestinian Health Ministry has recorded over 3,000 new cases in the past week.\n\n"
           "JAKARTA — Indonesia is scrambling to procure vaccines.\n\n"
           "The Health Ministry reported 4,442 new cases on Monday.")


def test_a_short_form_after_a_dateline_is_not_the_story_befores():
    assert source_of(ROUNDUP, "4,442") == "Health Ministry"
    assert source_of(ROUNDUP, "3,000") == "Palestinian Health Ministry"


def test_one_story_under_one_dateline_still_resolves():
    text = ("JERUSALEM — The Palestinian Health Ministry said on Sunday that clinics were full.\n\n"
            "The Health Ministry reported 4,442 new cases on Monday.")
    assert source_of(text, "4,442") == "Palestinian Health Ministry"
