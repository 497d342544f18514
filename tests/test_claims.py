"""attributed_to and subject (issue 11, ../shared/spec/figures.md), on the seed and on
sentences of the project's own making."""

import pytest
from test_extract import SEED_PARAGRAPHS

from presslake.figures.claims import claims
from presslake.figures.extract import extract_figures


def _claims(text):
    figures = extract_figures(text)
    return [(f.text, c.attributed_to, c.subject) for f, c in zip(figures, claims(text, figures))]


def _norm(value):
    """The spec's comparison: case-insensitive, without a leading 'the' and without parentheses."""
    if value is None:
        return None
    value = value.replace("(", "").replace(")", "").casefold()
    return value[4:] if value.startswith("the ") else value


def test_seed_gives_the_specs_values():
    body = "\n\n".join(SEED_PARAGRAPHS)
    got = [(text, _norm(source), _norm(subject)) for text, source, subject in _claims(body)]
    assert got == [
        ("62,400 soldiers", "ukraine's general staff", "russian military"),
        ('25,200 were "irreversible" losses', "ukraine's general staff", None),
        ("36,200 were injuries", "ukraine's general staff", None),
        ("983 soldiers", "ukraine's general staff", "russian army"),
        ("more than 4,500 killed and wounded", "ukraine's general staff", "north korean army"),
    ]
    title = "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"
    assert [(_norm(s), _norm(o)) for _, s, o in _claims(title)] == [("ukraine", "russia")]


@pytest.mark.parametrize("text, source, subject", [
    # the name alone (spec, "Conventions for hard cases"): no "the", no role or title in front of it
    ("The city council spent $4 million on the harbour, the mayor's office said.", "mayor's office",
     "The city council"),
    # nested frames: the figures' own publisher is nearer than the frame around the sentence
    ("Port Authority figures show 12,000 passengers a week, according to the Harbour Board.", "Port Authority", None),
    ("Passengers rose to 12,000 a week, according to the Harbour Board.", "Harbour Board", "Passengers"),
    ('"We carried 3,000 people on the first night," the Ferry Company said.', "Ferry Company", None),
    ("About 40 boats use the port each day, said Harbour Master Jane Doe.", "Jane Doe", None),
    ("The ferry carries 300 passengers.", None, None),
    ("He said the ferry carries 300 passengers.", None, None),
    ("The Ferry Company had lost 2 boats in the storm.", None, "The Ferry Company"),
    ("The port handled 40 ships, harbour operator Portline said.", "Portline", "The port"),
    ("Ferries ran 30 extra trips, chief executive Jane Doe told reporters.", "Jane Doe", "Ferries"),
    # what the source is, written after its name, is not part of the name
    ("Tolls rose 5%, according to the Harbour Watch monitoring group.", "Harbour Watch", "Tolls"),
])
def test_frames_and_subjects(text, source, subject):
    [(_, got_source, got_subject)] = _claims(text)
    assert (got_source, got_subject) == (source, subject)


def test_a_frame_in_the_neighbouring_sentence_of_the_same_paragraph_only():
    text = ("The ministry of transport published its figures on Monday. Ferries carried 1.2 million "
            "passengers last year.\n\nBuses carried 300,000 more passengers.")
    rows = _claims(text)
    assert [r[1] for r in rows] == [None, None]  # "published" is not a reporting frame
    text = "Ferries carried 1.2 million passengers last year. The Harbour Board said so on Monday.\n\nBuses carried 300,000 riders."
    assert [r[1] for r in _claims(text)] == ["Harbour Board", None]


def test_short_and_anaphoric_sources_resolve_to_the_fullest_name():
    text = ("Ukraine's Defense Ministry said 40 drones were shot down overnight.\n\n"
            "Another 12 missiles were intercepted, the ministry said.\n\n"
            "Of these, 5 were cruise missiles, according to the statement.")
    assert [r[1] for r in _claims(text)] == ["Ukraine's Defense Ministry"] * 3
