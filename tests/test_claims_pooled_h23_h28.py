"""Kinds of attribution still wrong at head over the tuning rows h23-h28 (issue 19), from sentences of the
project's own making: a surveyed group named with capitals and "and" ("Three-quarters of Republicans and
Republican-leaning independents say") is whom the figures are about, never their source; and a sentence's opening
verb before a document ("Consider the following data") names no publisher."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure, source", [
    ("Three-quarters of Velmar Republicans and Republican-leaning independents say the ferries are late, compared "
     "with about half (53%) of Democrats.", "53%", None),
    ("Consider the following data: the Hale Institute polled 1,000 farmers. Fifty-eight percent of social media "
     "users say prices are too high.", "Fifty-eight percent", "Hale Institute"),
])
def test_pooled_sources(text, figure, source):
    assert source_of(text, figure) == source

