"""Kinds of attribution rounds h31 to h33 (press releases, then hyperpartisan news) got wrong on unseen text
(issue 19), from sentences of the project's own making: a county's office and a first name that is also a
word ("Velmar County Sheriff Will Okafor"), a rank not listed ("Undersheriff"), academic degrees between a
name and its verb ("Mira Salo, Ph.D., M.S., of ..."), a clause after the speaker's relative clause ("..., who
..., before moving to ..., said"), "police" for the one force the article names in full, and a body's acronym before
its researchers ("VSU researchers")."""

import pytest
from claims_helpers import claimed, source_of, subject_of


@pytest.mark.parametrize("text, figure, source", [
    ("Velmar County Sheriff Will Okafor said two people were dead.", "two people", "Will Okafor"),
    ("Overall 23 rifles were found, Undersheriff Tom Hale said.", "23 rifles", "Tom Hale"),
    ("Mira Salo, Ph.D., M.S., of Velmar University, wrote that 40 percent of the diets were alike.",
     "40 percent", "Mira Salo"),
    ("Ana Ruiz, who began the survey in Ostrava, before moving to Velmar University, said 40 patients were seen.",
     "40 patients", "Ana Ruiz"),
    ('Ana Ruiz, who began the survey in Ostrava, before moving to Velmar University, said: "Using this method, '
     'we found 12 markers."', "12 markers", "Ana Ruiz"),
    ("Velmar State University researchers built a probe. VSU researchers said it found 12 tumours.", "12 tumours",
     "Velmar State University researchers"),
    # the same lexicon of unnamed experts as names.py's "economists at Velmar Bank" (lexicons.UNNAMED_EXPERTS)
    ("Velmar State University opened a clinic. VSU economists said 40 patients came on its first day.", "40 patients",
     "Velmar State University economists"),
])
def test_round_h31_h33_sources(text, figure, source):
    assert source_of(text, figure) == source


def test_police_is_the_force_the_article_names():
    text = ("A woman left her children alone, police said. She faces four charges, according to police. "
            "Ostrava police Lt. Tom Hale said the children were safe. Police said she faces 5 more charges.")
    found = claimed(text)
    assert found["four charges"][0] == "Ostrava police"
    assert found["5 more charges"][0] == "Ostrava police"


def test_police_of_two_forces_stay_police():
    text = ("Ostrava police and Velmar police searched the port. Police said 12 boats were seized.")
    assert source_of(text, "12 boats") in ("police", "Police")


def test_a_publisher_is_never_named_across_paragraphs():
    text = ('"You cannot tell them apart," said Ruiz, who is also affiliated with the Hale Institute for Advanced Science '
            "at the U. of V.\n\nIn the clinical study, surgeons treated patients as usual. The study found that the probe "
            "identified tumours with 92 percent sensitivity.")
    assert source_of(text, "92 percent") is None


@pytest.mark.parametrize("text, figure, subject", [
    ("The study was funded by the Velmar College Dental Institute. The Dental Institute has over 85 academic staff.",
     "85 academic staff", "Velmar College Dental Institute"),
    ("Founded as a 20-bed hospital, Velmar Children's today is a 404-bed centre.", "404-bed", "Velmar Children's"),
])
def test_round_h31_h33_subjects(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_an_abbreviation_keeps_its_full_stop_in_a_subject():
    assert subject_of("The U.S. had 119 million households in 2020.", "119 million") == "The U.S."

