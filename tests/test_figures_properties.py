"""Property tests: any text is safe, and every figure points at its own number."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslake.figures.extract import extract_figures

NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                       r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                       r"sixty|seventy|eighty|ninety|dozen|half|a|an)\b", re.I)

# Text built from the pieces figures are made of, so the interesting paths run often.
PIECES = st.sampled_from([
    "over", "more than", "about", "up to", "between", "and", "to", "-", "–", "$", "€", "£", "₴", "UAH",
    "1", "62,400", "62 400", "1.5", "0.25", "2024", "19:02", "1,5", "three", "twenty-five", "a dozen",
    "half a", "million", "bn", "m", "k", "%", "percent", "percentage point", "soldiers", "were", "losses",
    "killed and wounded", "km", "F-16", "No.", "April", "26", "years", "aged", "year-old", "+380", "44",
    "Street", "won", "4-1", ".", ",", "\n", "(", ")", "\"", "hryvnias", "of the", "tanks", "Boeing", "787",
    "1.500,50", "Mio.", "Prozent", "bis", "млрд", "гривень", "€",
])
SENTENCES = st.lists(PIECES, min_size=1, max_size=30).map(" ".join)


def check(text, language=None):
    for figure in extract_figures(text, language=language):
        assert 0 <= figure.char_start < figure.char_end <= len(text)
        assert text[figure.char_start:figure.char_end] == figure.text
        assert NUMBERISH.search(figure.text), figure
        assert figure.kind in {"count", "money", "percent", "measure"}
        assert figure.qualifier in {"exact", "approx", "min", "max"}
        assert figure.value == figure.value  # not NaN
        assert figure.value_high is None or figure.value_high >= figure.value
        assert figure.text in text and figure.sentence


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gives_no_exception_and_sound_offsets(text):
    check(text)


@settings(max_examples=600, deadline=None)
@given(SENTENCES)
def test_figure_shaped_text_gives_sound_offsets(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(SENTENCES, st.sampled_from(["de", "fr", "es", "uk"]))
def test_foreign_text_gives_sound_offsets_and_only_measured_figures(text, language):
    check(text, language)
    assert all(figure.kind != "count" for figure in extract_figures(text, language=language))
