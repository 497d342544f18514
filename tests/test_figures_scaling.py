"""extract_figures does linear work: the characters it copies and searches grow with the text, not
with its square. Counted, not timed: the text is a str whose slices and searches add up what they
touch, and a body four times as long must cost about four times as much, in one paragraph and in one
sentence without stops (each number used to copy the rest of its sentence, and to rescan every
figure its paragraph had so far)."""

import pytest

from presslake.figures.extract import extract_figures
from presslake.figures.text import MAX_SENTENCE, sentence_spans

# the project's own sentences: counts, a number standing for a count, a range, money, a percentage
PARAGRAPH = ("The unit lost 20 tanks and 3 of them burned, while 12 others were repaired. "
             "Crews cleared between 40 and 50 mines near a 300-metre bridge; the work cost $2.5 million. "
             "Of the 18 villages, the remaining six have power, and turnout rose 4% to 61% in May. ")


class CountingStr(str):
    """A str that counts the characters its slices copy and its find/rfind calls search."""

    touched = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        CountingStr.touched += len(piece)
        return piece

    def _span(self, start, end):
        start, end, _ = slice(start, end).indices(len(self))
        CountingStr.touched += max(0, end - start)

    def find(self, sub, start=None, end=None):
        found = super().find(sub, start, end)
        self._span(start, found + len(sub) if found >= 0 else end)
        return found

    def rfind(self, sub, start=None, end=None):
        found = super().rfind(sub, start, end)
        self._span(found if found >= 0 else start, end)
        return found


def touched(text: str) -> tuple[int, int]:
    CountingStr.touched = 0
    figures = extract_figures(CountingStr(text))
    return CountingStr.touched, len(figures)


@pytest.mark.parametrize("shape", ["one paragraph", "one sentence"])
def test_work_grows_linearly_with_the_body(shape):
    body = PARAGRAPH if shape == "one paragraph" else PARAGRAPH.replace(". ", "; ")
    small, small_figures = touched(body * 40)
    large, large_figures = touched(body * 160)
    assert large_figures == 4 * small_figures > 0  # the same figures, four times over
    assert large < 4.5 * small, (small, large)  # quadratic work would be ~16 times


@pytest.mark.parametrize("clause", ["The plant hired 300 workers, and ", "The plant hired 300 workers and "])
def test_a_runaway_sentence_is_cut_after_a_clause_or_at_a_space(clause):
    text = clause * 1000  # 32,000 characters without a stop
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(0 < end - start <= MAX_SENTENCE for start, end in spans)
    assert all(text[start] != " " and text[end] == " " for start, end in spans[:-1])
    if "," in clause:
        assert all(text[end - 1] == "," for _, end in spans[:-1])
    figures = extract_figures(text)
    assert max(len(f.sentence) for f in figures) <= MAX_SENTENCE
    assert {f.unit for f in figures} == {"worker"} and len(figures) >= 1000 - len(spans)
