"""The language of a text, for pages that do not declare one. Pure code, no model.

Scripts used by one language decide alone (kana is Japanese, Hangul Korean). Otherwise the
language whose stop words cover most of the text wins, with the stop lists jusText ships
(it comes with trafilatura, so this costs no dependency: 2.5 MB already in the layer, and
no numpy, which py3langid would add with about 0.8 s of model loading per cold start).

A page's declared language is usually right, but templates declare lang="en" whatever the
story's language, so a text that clearly reads as another language overrides it (`resolve`).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from presslake.lazy_regex import LazyPattern

# ISO 639-1 code -> jusText stop list, for the languages news is mostly published in.
STOPLISTS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian",
    "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish", "id": "Indonesian", "ca": "Catalan",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "sr": "Serbian", "ar": "Arabic", "fa": "Persian",
    "ur": "Urdu", "hi": "Hindi", "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian", "vi": "Vietnamese",
}
# A script that one language owns among those above (Han is looked at after kana).
_OWN_SCRIPT = [
    ("ja", LazyPattern("[\u3040-\u30ff]")), ("ko", LazyPattern("[\uac00-\ud7af]")),
    ("zh", LazyPattern("[\u4e00-\u9fff]")), ("th", LazyPattern("[\u0e00-\u0e7f]")),
    ("el", LazyPattern("[\u0370-\u03ff]")), ("he", LazyPattern("[\u0590-\u05ff]")),
    ("bn", LazyPattern("[\u0980-\u09ff]")), ("ka", LazyPattern("[\u10a0-\u10ff]")),
    ("hy", LazyPattern("[\u0530-\u058f]")), ("ta", LazyPattern("[\u0b80-\u0bff]")),
]
_ANY_OWN_SCRIPT = LazyPattern(lambda: "|".join(script.pattern for _, script in _OWN_SCRIPT))
_WORD = LazyPattern(r"[^\W\d_]+")
SAMPLE_WORDS = 400
# Fewer stop words than this share of the sample: not confident enough to say.
MIN_COVERAGE = 0.12
# The most frequent words of each list (they are in frequency order). The lists differ in length
# (English 503 words, Finnish 7,317), and the long ones carry English names and words deep in
# them ("the", "New", "John"), so English text with many names read as Finnish.
STOPLIST_WORDS = 300
# A declared language yields only to a text this long whose stop words cover at least
# OVERRIDE_COVERAGE of it and twice the declared language's share.
OVERRIDE_WORDS = 80
OVERRIDE_COVERAGE = 0.2


@cache
def _stopwords(code: str) -> frozenset[str]:
    # Read the file without importing jusText (its import takes 150 ms).
    folder = Path(importlib.util.find_spec("justext").submodule_search_locations[0]) / "stoplists"
    text = (folder / f"{STOPLISTS[code]}.txt").read_text(encoding="utf-8")
    return frozenset(word.casefold() for word in text.split()[:STOPLIST_WORDS])


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages whose lists hold it: a text's words are looked up once, not
    once per language (33 lists)."""
    languages: dict[str, list[str]] = {}
    for code in STOPLISTS:
        for word in _stopwords(code):
            languages.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in languages.items()}


def _reading(text: str) -> tuple[str | None, dict[str, float] | None, int]:
    """The text's language, with each language's stop-word coverage (None when a script decided)
    and the number of words sampled."""
    sample = text[:20_000]
    letters = sum(map(str.isalpha, sample)) or 1
    # one scan for the scripts together first: where all of them hold under a fifth, none does
    if len(_ANY_OWN_SCRIPT.findall(sample)) >= 0.2 * letters:
        for code, script in _OWN_SCRIPT:
            if len(script.findall(sample)) >= 0.2 * letters:
                return code, None, 0  # words are not counted where a script decides (Japanese has no spaces)
    words = [w.casefold() for w in _WORD.findall(sample)[:SAMPLE_WORDS]]
    if len(words) < 10:
        return None, None, len(words)
    counts = dict.fromkeys(STOPLISTS, 0)
    languages_of = _languages_of()
    for word in words:
        for code in languages_of.get(word, ()):
            counts[code] += 1
    coverage = {code: count / len(words) for code, count in counts.items()}
    best = max(coverage, key=coverage.get)
    return (best if coverage[best] >= MIN_COVERAGE else None), coverage, len(words)


def resolve(declared: str | None, text: str) -> str | None:
    """The article's language: the page's declared one, unless the text clearly reads as another
    that the stop lists know (a Spanish story under a template's lang="en"); the text's own
    language when the page declares none."""
    detected, coverage, words = _reading(text)
    if declared is None or detected is None or detected == declared or declared not in STOPLISTS:
        return declared or detected
    if coverage is None:
        return detected  # a script no declared language of the lists writes in (Bengali under "en")
    if words < OVERRIDE_WORDS:
        return declared
    if coverage[detected] >= OVERRIDE_COVERAGE and coverage[detected] >= 2 * coverage[declared]:
        return detected
    return declared
