"""Reading a speaker's noun phrase out of a clause, and the word tests frames rely on.

Hand-made and small (no tagger): a speaker is the noun phrase that ends the clause before a
reporting verb ("the captain", "Deputy Harbour Commissioner Ana Ruiz", "a survey by the Hale
Institute"), read right to left over the clause's words with the closed word classes of
`lexicons`.
"""

from __future__ import annotations

import re

from presslake.figures.documents import NOT_PUBLISHERS, publisher_in
from presslake.figures.lexicons import COUNT_WORDS, DESCRIPTORS, FUNCTION_WORDS, ORG_HEADS, PEOPLE, ROLES, TIME_WORDS
from presslake.figures.names import TITLES, is_capitalised, key, person_like
from presslake.figures.text import _is_plural_noun
from presslake.lazy_regex import LazyPattern

AUXILIARIES = frozenset({"has", "have", "had", "also", "previously", "later", "earlier", "then", "again", "now",
                          "repeatedly", "separately", "recently", "further", "already", "publicly", "officially",
                          "initially", "first", "will", "would", "could", "did", "does", "do", "may", "might",
                          "once", "reportedly", "similarly", "likewise", "both", "all", "too",
                          "still", "just", "only", "often", "always", "usually", "correctly", "rightly", "proudly",
                          "jointly", "together", "collectively", "independently", "privately", "formally"})
PRONOUNS = {"he", "she", "it"}
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})
# trigger words that are nouns as often as verbs
_NOUNS = frozenset({"report", "reports", "estimate", "estimates", "claim", "claims", "forecast", "forecasts", "count",
                    "counts", "list", "lists", "record", "records", "project", "projects", "state", "states", "note",
                    "notes", "finds", "put", "puts", "plan", "plans", "aim", "aims", "hope", "hopes", "fear", "fears",
                    "doubt", "doubts", "wish", "want", "guess", "tweet", "tweets", "predict", "cite", "show", "shows",
                    "share", "shares"})
# words a verb's base form follows ("analysts will project", "we hope", "police estimate", "to note")
_BEFORE_A_BASE_VERB = frozenset({"i", "we", "you", "they", "to", "will", "would", "can", "could", "may", "might", "must",
                                 "shall", "should", "do", "did", "not", "never", "also", "and", "or", "but", "that",
                                 "who", "which", "police", "people", "staff", "personnel", "public", "media", "crew",
                                 "military", "data", "cannot", "often", "still", "now", "then", "just", "even", "only"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                          "some", "one", "two", "three", "four", "five", "several", "many", "most", "other"})
_CONNECTORS = frozenset({"of", "for", "by", "from", "at", "with", "in", "across", "and", "&"})


_NUMBER_WORDS = COUNT_WORDS | {"both", "several", "many", "few", "some", "other", "all"}


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"[^\s,;:()“”\"]+", text[start:end])]


def speaker_before(tokens: list[tuple[int, int, str]], mid_sentence: bool = False) -> tuple[int, int] | None:
    """The noun phrase that ends a piece of a clause: its span, read right to left.

    A capitalised function word that opens the piece opens its sentence ("Also Ruiz said"), unless the
    piece stands after a comma (`mid_sentence`), where the capital makes it a name's ("..., Just Eat said")."""
    taken: list[tuple[int, int, str]] = []
    named = False  # the phrase's head so far is a capitalised name
    lower_words = 0
    for index in range(len(tokens) - 1, -1, -1):
        start, end, word = tokens[index]
        k = key(word)
        if not taken:
            if k in PRONOUNS:
                return start, end
            if word[:1].isdigit() or k in FUNCTION_WORDS and not is_capitalised(word) or k in AUXILIARIES:
                return None
            named = is_capitalised(word)
            taken.append(tokens[index])
            continue
        if k in DETERMINERS and not is_capitalised(word) or k == "the":
            taken.append(tokens[index])
            if not (index and _joins(tokens, index - 1)):
                break
            continue
        if k in _CONNECTORS and word.islower():
            if not _joins(tokens, index):
                break
            taken.append(tokens[index])
            continue
        if is_capitalised(word):
            if k in FUNCTION_WORDS and index == 0 and not mid_sentence and not (len(word) > 1 and word.isupper()):
                break  # ("US defense officials": the country, not "us")
            taken.append(tokens[index])
            continue
        after_connector = key(taken[-1][2]) in _CONNECTORS
        if word.islower() and (named and not after_connector and (k in TITLES or k in DESCRIPTORS)
                               or (not named or after_connector) and lower_words < 3 and k not in FUNCTION_WORDS
                               and k not in TIME_WORDS and not word.endswith(("ed", "ing"))
                               and not word[:1].isdigit()):
            named = named and not after_connector
            lower_words += 1
            taken.append(tokens[index])
            continue
        break
    while taken and key(taken[-1][2]) in _CONNECTORS:
        taken.pop()
    return (taken[-1][0], taken[0][1]) if taken else None


def named_like_a_body(phrase: str, document: str) -> bool:
    """"the geological survey", "the National Statistics Office": an institution's name, not a document."""
    words = [w for w in phrase.split() if key(w) not in DETERMINERS]
    # ("A College-wide survey", "The online survey": a document, however run)
    return len(words) >= 2 and key(words[-1]) == document and document in ORG_HEADS and publisher_in(phrase) is None \
        and key(words[-2]) not in NOT_PUBLISHERS and not words[-2].endswith("-wide")


def is_noun(word: str, previous: list[str], following: str) -> bool:
    """"the monthly report showed", "an important state", "offline notes": the trigger is a noun here.

    A determiner right before it makes it a noun; so does one two words before a base form ("an
    important state"), and a bare lower-case word before an -s form ("offline notes", where "the
    ministry notes" and "he notes" are verbs)."""
    if word not in _NOUNS:
        return False
    if re.match(r"\s+(?:with|of)\b", following):
        return True  # "smaller AI projects with a 100% success rate", "reports of 40 deaths": no verb takes these
    if previous and previous[-1].endswith(",") and re.match(r"\s+(?:the\s+)?[A-Z]", following):
        return False  # "..., reports the Velmar Herald": a verb, its speaker after it
    if not word.endswith(("s", "ed")) and following.startswith(",") and previous \
            and previous[-1].islower() and not previous[-1].endswith("s") and key(previous[-1]) not in PRONOUNS:
        # "the nation's premier swing state, Velmar, ...", "May's labour force report, he ...": a noun (a
        # base form after a singular noun is no verb; "As analysts note, ..." is one)
        return True

    if not word.endswith(("s", "ed")) and word not in ("forecast", "put") and re.match(r"\s+\w", following) \
            and previous and previous[-1].isalpha() and previous[-1].islower() \
            and not previous[-1].endswith(("s", "ly")) and key(previous[-1]) not in _BEFORE_A_BASE_VERB | PEOPLE:
        # "his stake in the stadium project in January": a base form after a singular noun is no verb ("the
        # ministry forecast 56 million tonnes" is its past)
        return True

    def determiner(w: str) -> bool:  # "the", and "The" opening a sentence ("The government report includes")
        return key(w.strip("(\"“")) in _ARTICLES or w.endswith(("'s", "’s"))

    # a year after a preposition ends a phrase of time: "data from 2011 to 2021 shows" (not "the two projects")
    dated = len(previous) == 2 and re.fullmatch(r"(?:19|20)\d\d,?", previous[-1]) \
        and key(previous[0]) in ("to", "from", "in", "since", "until", "through", "and", "of")
    if previous and not dated and (determiner(previous[-1]) or key(previous[-1]) in _NUMBER_WORDS
                                   or previous[-1].lstrip("(“\"$€£")[:1].isdigit()):
        return True  # "the monthly report", "the two projects"
    if len(previous) == 2 and not word.endswith("s") and determiner(previous[0]):
        return True
    if word == "claims" and len(previous) == 2 and determiner(previous[0]) and previous[-1].isalpha() \
            and previous[-1].islower() and key(previous[-1]) not in ORG_HEADS | ROLES | PEOPLE | DESCRIPTORS \
            and not re.match(r"\s+that\b", following):
        return True  # "the nutrition claims 'low in fat'", "the insurance claims of 40 owners": what is claimed
    if word.endswith("s") and previous and previous[-1].islower() and key(previous[-1]) not in PRONOUNS \
            and not previous[-1].endswith(",") and not (len(previous) == 2 and determiner(previous[0])):
        # (after an apposition's closing comma it is the verb: "Portline, a software vendor, finds")
        # "A Portline representative reports that": someone who speaks, and what they say
        return not (re.match(r"\s+that\b", following) and key(previous[-1]) in ROLES | PEOPLE | DESCRIPTORS)
    return bool(re.match(r"\s+(?:is|are|was|were|has|have|had|will|would|show|shows|showed|found|finds|said|says|say|"
                         r"indicates?|indicated|reveals?|revealed|suggests?|suggested)\b", following))


def names_a_thing(word: str, previous: list[str], following: str) -> bool:
    """"NFIB’s monthly jobs report, owners ...", "the City’s Rebuild by Design project, in which": a base form
    before a comma that a possessive or a singular name owns is a noun ("As analysts note," and "as the agency’s
    economists note," are verbs: people speak)."""
    if word not in _NOUNS or word.endswith("s") or not following.startswith(",") or not previous:
        return False
    last = previous[-1]
    if key(last) in PEOPLE | ROLES | {"police"}:
        return False
    owner = next((i for i, w in enumerate(previous[-3:]) if w.endswith(("'s", "’s"))), None)
    if owner is not None and all(w.isalpha() and w.islower() for w in previous[-3:][owner + 1:]):
        return True
    return is_capitalised(last) and not last.endswith("s") and not last.isupper()


_OPENS_A_NOUN_PHRASE = frozenset({"from", "of", "in", "to", "with", "by", "for", "at", "on", "across", "among"})


def heads_a_noun_phrase(word: str, previous: list[str], following: str) -> bool:
    """"11 Super Tuesday states", "troops from other U.S. states": a trigger that is also a noun closes the noun
    phrase a number or "from other" opened, when only names stand between ("data from the agency show" reports)."""
    if word not in _NOUNS or re.match(r"\s+that\b", following):
        return False
    for index in range(len(previous) - 1, -1, -1):
        if previous[index].endswith((",", ".", ";", ":", ")")) and not re.fullmatch(r"(?:[A-Z]\.)+", previous[index]):
            return False  # a phrase ended there: "fell to 2 percent in 2007, Hoenig notes" (not at "U.S.")
        opener = key(previous[index])
        if previous[index][:1].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", previous[index]) \
                or opener in COUNT_WORDS \
                or opener in ("other", "more") and index and key(previous[index - 1]) in _OPENS_A_NOUN_PHRASE:
            return all(is_capitalised(w) for w in previous[index + 1:])
    return False


# irregular past forms, which are never bare infinitives
_PAST = frozenset({"said", "told", "wrote", "found", "thought", "felt", "put", "forecast", "shown"})


def bare_infinitive(verb: str, source: str) -> bool:
    """"heard Hartley admit", "saw Ruiz say": a base form after a singular name is no report ("Police say" opening a
    sentence is a plural's)."""
    verb = verb.split()[0]  # "pointed out": the verb's own form
    if verb.endswith(("s", "ed")) or verb in _PAST:
        return False
    words = source.split()
    return all(is_capitalised(w) for w in words) and not words[-1].endswith("s") and \
        key(words[-1]) not in ("i", "we", "they", "you", "police", "people", "staff", "personnel")


# what happened to someone, owned by them in the possessive ("Barcelona's victory", "the team's defeat")
_OUTCOMES = frozenset({"victory", "win", "defeat", "loss", "draw", "result", "results", "performance", "success",
                       "failure", "goal", "comeback"})

_WEBSITE = LazyPattern(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|info|io)", re.I)


_ONE_PERSON = frozenset({"person", "woman", "man", "child", "girl", "boy"})  # ("said the woman": PEOPLE are plural)
_CAMEL_CASE = LazyPattern(r"[a-z]+[A-Z][A-Za-z]*")  # a brand's name set in lower case first: "openPR", "eBay"


def can_speak(phrase: str) -> bool:
    """Can this noun phrase report a figure? A name can; of lower-case words only a person, a role, a
    body or an organisation can ("officials", "the captain", "the coast guard"), not "coronavirus deaths"."""
    words = [w for w in re.findall(r"[\w’'.&-]+", phrase) if key(w) not in DETERMINERS]
    if len(words) >= 2 and words[-2].endswith(("'s", "’s")) and key(words[-1]) in _OUTCOMES:
        return False  # "Barcelona's victory confirmed that ...": an outcome, which reports nothing
    if any(is_capitalised(w) and key(w) not in FUNCTION_WORDS for w in words) or not words:
        return True
    if len(words) == 1 and (_WEBSITE.fullmatch(words[0]) or _CAMEL_CASE.fullmatch(words[0])):
        return True  # "according to mappingpoliceviolence.org": a website that publishes data; a brand: "openPR"
    if len(words) == 1 and key(words[0]) in ("state", "commonwealth") and re.match(r"\s*[Tt]he\s", phrase):
        return True  # "which the state estimates will connect 17,195 homes": the state the article names
    content = [key(w) for w in words if key(w) not in ("of", "for", "at", "from", "with", "and", "by")]
    one_of_them = bool(content) and (f"{content[-1]}s" in PEOPLE or f"{content[-1]}es" in PEOPLE)  # "a witness"
    return one_of_them or any(k in PEOPLE or k in ROLES or k in DESCRIPTORS or k in ORG_HEADS or k in PRONOUNS
                              or k in _ONE_PERSON for k in content)


def last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that separates words, not thousands ("1,000"); -1 if none."""
    at = text.rfind(",", lo, hi)
    while at >= 0 and text[at + 1:at + 4].isdigit() and at > 0 and text[at - 1].isdigit():
        at = text.rfind(",", lo, at)
    return at


def ends_in_name(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0]:span[1]].split()
    return bool(words) and is_capitalised(words[-1])


def _joins(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Does the connector at `index` join two parts of one source ("survey by the institute", "the
    Agency and the Interior Department"), rather than two clauses ("240 people and the captain")?"""
    word = tokens[index][2]
    if key(word) not in _CONNECTORS or not word.islower():
        return False
    if key(word) != "and" or index > 0 and is_capitalised(tokens[index - 1][2]):
        return True
    before, after = (tokens[index - 1][2], tokens[index + 1][2]) if 0 < index < len(tokens) - 1 else ("", "")
    if index == len(tokens) - 3 and key(tokens[-1][2]) in PEOPLE and before.isalpha() and before.islower() \
            and after.islower() and key(before) not in FUNCTION_WORDS and key(after) not in PEOPLE:
        return True  # "State labor and industry officials said": two words for what the officials oversee
    # "police and medics said": two groups of people speak together, unless the first is counted
    # ("carried 240 people and officials said")
    return 0 < index < len(tokens) - 1 and key(tokens[index - 1][2]) in PEOPLE \
        and key(tokens[index + 1][2]) in PEOPLE and not (index > 1 and tokens[index - 2][2][:1].isdigit())


# an adverb that links the writer's sentences, between a speaker and the verb: "Teva, meanwhile, announced"
_DISCOURSE = LazyPattern(r"(?i:meanwhile|however|though|too|also|separately|likewise|similarly|moreover|meantime|"
                         r"instead|nonetheless|nevertheless|indeed|in\s+turn|in\s+the\s+meantime|for\s+example|for\s+instance|"
                         r"in\s+fact|of\s+course|in\s+particular|by\s+contrast|in\s+contrast|"
                         r"for\s+(?:its|his|her|their|our)\s+part)")


# a US legislator's party and state: "D-California", "R-Texas", "D-Calif.", "R-N.Y.", "I-Vt."
_PARTY_AND_STATE = LazyPattern(r"[DRI]-(?:[A-Z][a-z]*\.?)(?:\s?[A-Z][a-z]*\.?)?")


_SUBORDINATORS = frozenset({"before", "after", "while", "since", "when", "until", "upon"})
# an academic or professional degree written after a name: "Ph.D.", "M.S.", "MPH", "R.N."
_DEGREE = LazyPattern(r"(?:Ph\.?\s?D|M\.?[ADS]|B\.?[AS]|M\.?P\.?H|R\.?N|D\.?O|Pharm\.?D|Sc\.?D|M\.?B\.?A|"
                      r"J\.?D|Ed\.?D|Dr\.?P\.?H|M\.?Sc|B\.?Sc|F\.?A\.?C\.?[PS]|F\.?R\.?C\.?P)\.?")


def is_aside(piece: str) -> bool:
    """A piece between commas that describes the speaker: "52", "who runs the service", "the harbour
    commissioner", "an analyst with Global Equities Research", "in a statement issued on Monday"."""
    words = piece.split()
    if not words or _DISCOURSE.fullmatch(piece.strip()):
        return True  # "Teva, meanwhile, announced": the writer's link between sentences
    first = words[0].casefold()
    if words[0] in ("a", "an") and len(words) <= 8:
        return True  # "Robocorp, an RPA vendor, finds": what the name before it is
    if _PARTY_AND_STATE.fullmatch(piece.strip()) or first == "one" and len(words) > 2 and key(words[1]) == "of":
        return True  # "Sen. Ana Ruiz, D-California, said", "Ruiz, one of three commissioners, said": who she is
    if first in ("who", "whose", "which", "where", "in", "on", "at", "with", "of", "from", "during", "speaking", "writing") \
            or words[0].isdigit():
        return True  # ("Paul Mitchell, with the research firm Political Data Inc., projects": where he works)
    if words[0].islower() and words[0].endswith(("ed", "ing")):
        return True  # "supported by the Velmar Wildlife Society", "based in Velmar"
    if first in _SUBORDINATORS and len(words) > 1 and words[1].islower() and words[1].endswith("ing"):
        return True  # "before moving to Velmar University": what the speaker did, not who speaks
    if all(_DEGREE.fullmatch(w.rstrip(",")) for w in words):
        return True  # "Mira Salo, Ph.D., M.S., said": her degrees
    # "Director of Talent Acquisition at Portline": a capitalised role and where it is held, no one's name after it
    # ("SVP of operations at Velmar Lines": the capitals after "at" are the employer's, no one's name)
    if first in ROLES and any(key(w) in ("of", "at", "for") for w in words[1:4]) \
            and not (person_like(words[-2:]) and key(words[-3] if len(words) > 2 else "") not in ("of", "at", "for")):
        return True
    # "the harbour commissioner", "Velmar’s military spokesperson", "Lyon County's emergency services director": a
    # role, whoever's it is
    if first in ("the", "a", "an", "its", "his", "her") or words[0].islower() and first in ROLES \
            or any(w.endswith(("'s", "’s")) for w in words[:3]) and words[-1].islower():
        return any(key(w) in ROLES or key(w) in DESCRIPTORS for w in words[:6])
    return False


# a speaker's descriptions going on after a comma: ", who ...", ", a former clerk", ", D-Velmar,"
_DESCRIPTION_GOES_ON = LazyPattern(r",\s+(?:who|which|whose|where|an?|the|former|[A-Z]-[A-Z][\w.]*)\b")


def description_end(text: str, at: int, se: int) -> int:
    """Where the descriptions of a speaker named after the verb end (at the comma before the clause they
    interrupt, or at `se`): "said Ruiz, the director, there are 70", "said Rep. Ruiz, D-Velmar, a former clerk who
    ...", "said Hale, vice president for Con Edison, which maintains 90,000 miles"."""
    while (comma := next_comma(text, at + 1, se)) > 0:
        if not _DESCRIPTION_GOES_ON.match(text, comma, se):
            return comma
        at = comma
    return se


def next_comma(text: str, lo: int, hi: int) -> int:
    """The first comma in text[lo:hi] that separates words, not thousands ("1,000"); -1 if none."""
    at = text.find(",", lo, hi)
    while at > 0 and text[at - 1].isdigit() and text[at + 1:at + 4].isdigit():
        at = text.find(",", at + 1, hi)
    return at


def without_adverbs(words: list[str]) -> list[str]:
    """The words before a verb without the adverbs next to it: "The survey also shows" reads as "The survey shows"."""
    while len(words) > 1 and words[-1].isalpha() and words[-1].islower() and key(words[-1]) in AUXILIARIES \
            and words[-1] not in ("has", "have", "had"):
        words = words[:-1]
    return words


# "NBC widely reported": an adverb between a speaker and the verb ("the family said" is a noun's)
ADVERB = LazyPattern(r"(?!(?:family|ally|supply|assembly|rally|monopoly|anomaly|reply|bully|italy|july)$)[a-z]{3,}ly")


def plural(phrase: str) -> bool:
    """"police", "local officials", "Ruiz and Hale": a speaker the base form "say" agrees with."""
    last = phrase.split()[-1].rstrip(".")
    return " and " in phrase or last.islower() and _is_plural_noun(last)
