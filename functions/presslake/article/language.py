"""The language of a text, for pages that do not declare one. Pure code, no model.

Scripts used by one language decide alone (kana is Japanese, Hangul Korean). Otherwise the
language whose stop words cover most of the text wins, with the stop lists jusText ships
(it comes with trafilatura, so this costs no dependency: 2.5 MB already in the layer, and
no numpy, which py3langid would add with about 0.8 s of model loading per cold start).
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
_WORD = LazyPattern(r"[^\W\d_]+")
SAMPLE_WORDS = 400
# Fewer stop words than this share of the sample: not confident enough to say.
MIN_COVERAGE = 0.12


@cache
def _stopwords(code: str) -> frozenset[str]:
    # Read the file without importing jusText (its import takes 150 ms).
    folder = Path(importlib.util.find_spec("justext").submodule_search_locations[0]) / "stoplists"
    text = (folder / f"{STOPLISTS[code]}.txt").read_text(encoding="utf-8")
    return frozenset(word.casefold() for word in text.split())


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text does not say clearly."""
    sample = text[:20_000]
    letters = sum(ch.isalpha() for ch in sample) or 1
    for code, script in _OWN_SCRIPT:
        if len(script.findall(sample)) >= 0.2 * letters:
            return code
    words = [w.casefold() for w in _WORD.findall(sample)[:SAMPLE_WORDS]]
    if len(words) < 10:
        return None
    coverage = {code: sum(w in _stopwords(code) for w in words) / len(words) for code in STOPLISTS}
    best = max(coverage, key=coverage.get)
    return best if coverage[best] >= MIN_COVERAGE else None
