"""Figures: every number an article states as a fact, with its value, unit and qualifier.

Pure code, no I/O; ../shared/spec/figures.md is the definition. The scanner finds
number atoms (digits with separators, number words, scale words, currency signs),
joins ranges, then decides from the words around each atom whether it is a figure
(dates, years, clock times, durations, ages, ordinals, identifiers, scores, phone
numbers and addresses are not) and what it counts. Everything is regular
expressions over the sentence: no model to load, nothing to download.
"""

from __future__ import annotations

import re

from presslake.figures.exclusions import _is_excluded, _is_reference, _is_tally
from presslake.figures.numbers import _PERCENT, _Atom, _atoms, _scale_of
from presslake.figures.record import Figure
from presslake.figures.text import _currency_word, _measure_unit, _window, _words_after, sentence_spans
from presslake.figures.units import (
    _CURRENCY_AFTER,
    _FOREIGN_DOLLAR_AFTER_SIGN,
    _OTHER_DOLLARS,
    _SLASH_UNIT,
    _count_unit,
    _counted_compound,
    _noun_named_before,
    _noun_stood_for,
    _table_column,
    _zero_counts,
)
from presslake.figures.vocabulary import (
    _ATTACHED_UNITS,
    _CHROME_UNITS,
    _DOLLARS,
    _FOREIGN_DOLLARS,
    _RATE_UNITS,
    _SPANS_OF_TIME,
    _SPEEDS,
    CURRENCY_SYMBOLS,
    MEASURE_UNITS,
)

__all__ = ["Figure", "extract_figures", "sentence_spans"]  # claims and the handler import these from here

_QUALIFIERS = [
    ("min", r"more than|over|at least|above|exceeding|upwards of|in excess of|no fewer than|no less than"),
    ("max", r"up to|less than|under|fewer than|no more than|nearly|almost|just under|below|at most|as many as"),
    ("approx", r"about|around|roughly|approximately|some|an estimated|estimated|an approximate|close to|~"),
]
_QUALIFIER_BEFORE = [(name, re.compile(rf"(?:^|[\s(\"“])({words})\s*$", re.I)) for name, words in _QUALIFIERS]
_POST_MINIMUM = re.compile(
    r"(?:\+|-plus\b|\s+plus\b(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d))|\s+or\s+more\b)"
    r"(?=\s+[A-Za-z])", re.I)
_QUALIFIER_AFTER = [("min", re.compile(r"^\s*(?:\+|or more\b|plus\b)", re.I)),
                    ("approx", re.compile(r"^\s*or so\b", re.I))]
_LINK_LINE = re.compile(r"\s*(?:Read|Read more|Learn more|See also|Related|Watch|Listen|More on this|Check out|"
                        r"Also read)\s*:", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:-|–|—|to|and|or)\s*$", re.I)
# "rose 0.5% to 3.2%", "from 3.9% to 5.8%": a change and a level, not a range
_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise[sn]?|fell|falls?|grew|grows?|gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|"
                            r"drop(?:ped|s)?|slip(?:ped|s)?|increas(?:ed|es)|decreas(?:ed|es)|declin(?:ed|es)|up|down|by|from|added|lost|"
                            r"shed|slid|sank|soared|surged|tumbled|plunged|dipped|edged)"
                            r"\s+(?:\w+\s+)?$", re.I)


def _qualifier(text: str, start: int, end: int, sentence_start: int) -> tuple[str, int, int]:
    cut, before = _window(text, sentence_start, start, 60)
    found = [(match.start(1), name) for name, pattern in _QUALIFIER_BEFORE if (match := pattern.search(before))]
    if found:
        qualifier_start, name = min(found)  # the longest phrase: "no more than" over "more than"
        return name, cut + qualifier_start, end
    after = text[end: end + 12]
    for name, pattern in _QUALIFIER_AFTER:
        match = pattern.match(after)
        if match:
            return name, start, end + match.end()
    return "exact", start, end


def extract_figures(text: str, *, field: str = "body") -> list[Figure]:
    """Every figure in `text` (a title or a body), in order of appearance."""
    figures: list[Figure] = []
    if not text:
        return figures
    paragraph_start, paragraph_first = -1, 0  # where the paragraph starts, and its first figure's index
    for sent_start, sent_end in sentence_spans(text):
        sentence = text[sent_start:sent_end]
        if _LINK_LINE.match(sentence):
            continue
        starts_at = text.rfind("\n", 0, sent_start) + 1
        if starts_at != paragraph_start:
            paragraph_start, paragraph_first = starts_at, len(figures)
            paragraph_end = text.find("\n", starts_at)
            cited = _is_reference(text[starts_at:paragraph_end if paragraph_end >= 0 else len(text)])
        if cited:
            continue
        atoms = _atoms(sentence)
        for atom in atoms:
            atom.start += sent_start
            atom.end += sent_start
        used: set[int] = set()
        for index in range(len(atoms)):
            if index in used:
                continue
            figure = _figure_at(text, atoms, index, used, sentence, sent_start, sent_end, field,
                                figures[paragraph_first:])
            if figure is not None:
                figures.append(figure)
    return figures


def _figure_at(text, atoms, index, used, sentence, sent_start, sent_end, field, earlier) -> Figure | None:
    atom = atoms[index]
    end = atom.end
    value_high, high_start = None, None
    currency = atom.currency
    # ranges: "20-30 tanks", "between 20 and 30", "from $1 to $2 billion"
    if index + 1 < len(atoms):
        nxt = atoms[index + 1]
        between = text[atom.end:nxt.start]
        if _RANGE_JOIN.match(between) and nxt.start < sent_end:
            joiner = between.strip().lower()
            just_before = _window(text, sent_start, atom.start, 30)[1]
            opened = re.search(r"\b(between|from)\s*$", just_before, re.I)
            # "four or five buyers" is a range; "3 or 4.5" of unlike numbers is two figures
            alike = joiner != "or" or (atom.is_word == nxt.is_word and nxt.value > atom.value >= 0)
            if joiner.startswith(("%", "percent", "per cent")):
                alike = alike and not (nxt.currency or _CHANGE_BEFORE.search(just_before))
            if (joiner != "and" or opened) and alike and not _is_tally(atom, nxt, between, sentence):
                low, high = atom.value, nxt.value
                if nxt.has_scale and not atom.has_scale and low * _scale_of(nxt, text) <= high:
                    low *= _scale_of(nxt, text)  # "20-30 million": the scale applies to both ends
                if high >= low:
                    used.add(index + 1)
                    value_high, high_start, end = high, nxt.start, nxt.end
                    currency = currency or nxt.currency
                    atom = _Atom(atom.start, atom.end, low, currency, atom.has_scale or nxt.has_scale,
                                 atom.is_word, atom.digits)
            elif _is_tally(atom, nxt, between, sentence):
                used.add(index + 1)
                return None
    if _is_excluded(text, atom, atom.end, sent_start):
        return None
    if value_high is not None and _is_excluded(text, atoms[index + 1], end, sent_start):
        return None
    after = text[end:sent_end]
    # "62,400 or more soldiers", "300-plus workers", "5,000+ members": a minimum, and the counted
    # noun comes after the qualifier
    post = None if currency else _POST_MINIMUM.match(after)  # "$5 plus tax" adds, it is no minimum
    noun_from = end + post.end() if post else end
    at_least = bool(post)
    unit, kind, unit_end, feet_inches = None, "count", end, 0.0
    percent = _PERCENT.match(after)
    slash = _SLASH_UNIT.match(after)
    degrees = re.match(r"\s?°\s?([CF])\b", after)
    sign_after = None if currency else _CURRENCY_AFTER.match(after)
    if sign_after:
        currency = CURRENCY_SYMBOLS[sign_after.group(1)]
    if degrees:  # "1.5 °C"
        unit, kind, unit_end = f"°{degrees.group(1)}", "measure", end + degrees.end()
    elif slash:
        unit, kind, unit_end = MEASURE_UNITS[slash.group(1).lower()], "measure", end + slash.end()
    elif percent:
        token = percent.group(1).lower()
        unit, kind, unit_end = ("percentage point" if token.startswith("percentage") else "%"), "percent", \
            end + percent.end()
    elif named := _OTHER_DOLLARS.match(after):
        unit, kind, unit_end = _DOLLARS[named.group(1)], "money", end + named.end()
    elif currency:
        unit, kind = currency, "money"
        if sign_after:
            unit_end = end + sign_after.end()
        dollar = _FOREIGN_DOLLAR_AFTER_SIGN.match(after)
        if dollar and text[atom.start] == "$":  # "$100 Australian"
            unit, unit_end = _FOREIGN_DOLLARS[dollar.group(1)], end + dollar.end()
    else:
        words = _words_after(text, noun_from, 1)
        if words:
            word, _, word_end = words[0]
            money = _currency_word(word)
            measure = _measure_unit(word) if not money else None
            if word.lower() == "metric":
                nxt_words = _words_after(text, word_end, 1)
                if nxt_words and _measure_unit(nxt_words[0][0]) == "tonne":
                    measure, word_end = "tonne", nxt_words[0][2]  # "44 million metric tons"
            if word.lower() in ("square", "sq", "cubic"):
                nxt_words = _words_after(text, word_end, 1)
                if nxt_words and _measure_unit(nxt_words[0][0]) in ("km", "mile", "m", "foot", "cm", "inch"):
                    power = "cubic" if word.lower() == "cubic" else "square"
                    base = _measure_unit(nxt_words[0][0])
                    measure, word_end = f"{power} {'metre' if base == 'm' else base}", nxt_words[0][2]
            if money:
                unit, kind, unit_end = money, "money", word_end
            elif measure:
                unit, kind, unit_end = measure, "measure", word_end
                per = re.match(r"\s+per\s+(gallon|litre|liter|hour)\b", text[word_end:word_end + 16], re.I)
                rate = per and _RATE_UNITS.get((measure, per.group(1).lower()))
                if rate:
                    unit, unit_end = rate, word_end + per.end()
                scale = re.match(r"\s+(Celsius|centigrade|Fahrenheit)\b", text[word_end:word_end + 12], re.I)
                if measure == "degree" and scale:  # "2 degrees Celsius"
                    unit, unit_end = "°F" if scale.group(1).lower() == "fahrenheit" else "°C", word_end + scale.end()
        hyphenated = re.match(r"-(plus-)?([A-Za-z]+)", text[end:end + 20])
        if hyphenated and hyphenated.group(1):
            at_least = True  # "the 700-plus-page tome": at least 700 pages
        if hyphenated and not unit and atom.has_scale and _currency_word(hyphenated.group(2)):
            unit, kind, unit_end = _currency_word(hyphenated.group(2)), "money", end + hyphenated.end()  # "1.2-billion-yuan"
        elif hyphenated and not unit and _measure_unit(hyphenated.group(2)):
            # "a 13.3-inch screen", "the 2,100-mile-wide crater": a measure in front of its noun
            unit, kind, unit_end = _measure_unit(hyphenated.group(2)), "measure", end + hyphenated.end()
            inches = re.match(r"-foot-(\d{1,2})\b", text[end:end + 12])
            if inches:  # "the 7-foot-3 centre" is 7 feet 3 inches tall
                feet_inches, unit_end = int(inches.group(1)) / 12, end + inches.end()
        elif hyphenated and not unit and (counted := _counted_compound(text[end:end + 40])):
            unit, unit_end = counted, end + hyphenated.end()
        attached = re.match(r"[A-Za-z/°]+", text[end:end + 6])
        if attached and not unit:
            measure = _measure_unit(attached.group()) or _ATTACHED_UNITS.get(attached.group().lower())
            if measure:
                unit, kind, unit_end = measure, "measure", end + attached.end()
        if re.match(r"\s*(?:-\s*)?magnitude\b", after, re.I) or re.search(r"magnitude\s*(?:of\s*)?$",
                                                                       _window(text, sent_start, atom.start, 30)[1], re.I):
            unit, kind = "magnitude", "measure"
            mag = re.match(r"\s*(?:-\s*)?magnitude\b", after, re.I)
            unit_end = end + mag.end() if mag else end
        if not unit:
            unit, unit_end = _count_unit(text, noun_from)
            if unit is None and not atom.is_word:
                unit = _table_column(text, atom, end)
            if unit is None:
                unit = _noun_named_before(_window(text, sent_start, atom.start, 200)[1])
            if unit is None:
                unit, kind = _noun_stood_for(text, atom, end, sent_start, earlier)
            if unit in _CHROME_UNITS and (len(sentence.split()) <= 3 or sentence.lstrip().startswith(text[atom.start:end])):
                return None  # "12 comments", "2 comments on ..." opening a line are page chrome
            if unit is None:
                return None  # nothing counted or measured: code, list markers, citations, "one of them"
    if kind == "count" and unit in _SPANS_OF_TIME:
        return None  # "17 NBA seasons" is a duration
    if atom.is_word and not atom.has_scale and atom.value in (0, 1) and value_high is None and \
            not _zero_counts(text, atom, end, unit):
        return None  # "one" is mostly a pronoun or article, "zero" an idiom ("net zero")
    value, atom_start = atom.value + feet_inches, atom.start
    if value == 0 and value_high is not None and unit in _SPEEDS:
        value, value_high, atom_start = value_high, None, high_start  # "zero to 100 km/h" reaches 100 km/h
    if unit == "cent" and kind == "count":
        # "25 cents" is a quarter of a dollar, not 25 things called cents
        value, value_high = value / 100, value_high / 100 if value_high is not None else None
        unit, kind = "USD", "money"
    qualifier, span_start, span_end = _qualifier(text, atom_start, max(unit_end, end), sent_start)
    if at_least and qualifier == "exact":
        qualifier, span_end = "min", max(span_end, noun_from)
    if qualifier == "exact" and re.match(r"~", text[atom.start - 1: atom.start] if atom.start else ""):
        qualifier, span_start = "approx", atom.start - 1
    return Figure(
        text=text[span_start:span_end], char_start=span_start, char_end=span_end,
        value=value, value_high=value_high, unit=unit, kind=kind, qualifier=qualifier,
        sentence=sentence.strip(), field=field,
    )
