"""Which company "the company", "the firm" or a funding story's "it" stands for: the company the article is
about, or the last one it named that is no investor in it. EntityTable (entities.py) extends CompanyNames."""

from __future__ import annotations

import re
from functools import cached_property

from presslake.figures.lexicons import COMPANY_NOUNS, CORPORATE, NATIONALITIES
from presslake.figures.names import TITLES, key
from presslake.figures.runs import NOT_NAMES, person_in
from presslake.lazy_regex import LazyPattern

_MAX_COMPANY_DISTANCE = 6000  # characters between "the company" and the company's name
# a sentence's subject and its verb, an apposition between them: "Portline, which runs 21 ferries, is to cut"
_ACTS_NOW = LazyPattern(r"(?:,[^,.;]{1,80},)?\s+(?:is|was|has|had|will|[a-z]+ed)\b")  # and "Portline is to cut"
_TOPIC_MENTIONS = 3  # times an article names the company it is about before "the company" stands for it alone
# a company's investors, not the company: "led by X", "investors including X, Y and Z", "X led the round"
_INVESTOR_BEFORE = LazyPattern(r"\b(?:(?:led|backed|financed)\s+by|from)\s+(?:[A-Z][\w’'.&-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)?)*$|"
                               r"\b(?:investors?|backers?|participation\s+from|including)\s+(?:(?:such\s+as|like)\s+)?"
                               r"(?:[A-Z][\w’'.&-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)?)*$")
_INVESTOR_AFTER = LazyPattern(r"\)?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*\)?)*"
                              r"\s+(?:also\s+)?(?:led|co-led|participated|invested|joined)\b")  # "X, Y and Z participated"
_APPOSED = LazyPattern(r",\s+(?:a|an|the|which|who)\s")  # "The RealReal, a website that ..., raised"
_DESCRIBED_COMPANY = LazyPattern(r"\b(?:company|firm|startup|start-up|maker|provider|developer|platform|retailer|"
                                 r"operator|business)\s+$")
_TITLED_AFTER = LazyPattern(r"\s+[a-z]+\s+[A-Z]")  # "Scale Venture Partners partner Andy Vitus said"
# what reports its own figures ("Velmar Railways carried ..., the railway said"), unlike an agency or a
# monitor, which reports on others ("Velmar fired 40 missiles, the agency said")
_SELF_REPORTING = frozenset({"railway", "railroad", "airline", "carrier", "operator", "retailer", "lender", "insurer",
                             "bank", "chain", "utility", "startup", "start-up", "maker", "carmaker", "automaker",
                             "chipmaker", "drugmaker", "miner", "refiner", "shipper", "club", "team", "brand",
                             "manufacturer", "producer", "supplier", "provider", "charity", "exchange", "fund", "platform",
                             "service"})


class CompanyNames:
    """EntityTable's company questions, over its `text` and capitalised `runs` (read with its `_before`,
    `_opens_sentence`, `_opening_run`, `_heading`, `_surname` and `sentence_opener`)."""

    text: str

    def _owning_company(self, at: int, within: int = _MAX_COMPANY_DISTANCE) -> str | None:
        """"The company has raised $44.7 million": the last company named before `at` that is no investor in
        it ("led by Scale Venture Partners", "investors including ...", "Norwest Venture Partners led"): one
        with a corporate word, one described as a company ("startup Agari"), or a name that opens a sentence
        and recurs ("JFrog, which develops ..., has")."""
        for start, tokens in self._before(at):
            if at - start > within:
                return None
            end = start + len(" ".join(tokens))
            if _INVESTOR_BEFORE.search(self.text, max(0, start - 200), start) or _INVESTOR_AFTER.match(self.text, end) \
                    or person_in(tokens) or self._heading(start, tokens):
                continue
            fuller = [run for begins, run in self._companies if begins < at and len(tokens) == 1 and run[0] == tokens[0]]
            name = " ".join(fuller[-1] if fuller else tokens)  # "Verizon" after "Verizon Communications"
            if fuller or key(tokens[-1]) in CORPORATE or _DESCRIBED_COMPANY.search(self.text, max(0, start - 40), start) or \
                    self._opens_sentence(start) and not _TITLED_AFTER.match(self.text, end) and (
                        self.text.count(name) > 1 or _APPOSED.match(self.text, end)):
                return name
        return None

    def _opened_sentence_before(self, at: int) -> str | None:
        """The organisation that opens the sentence right before the one at `at` as the subject of its verb."""
        before = re.search(r"[.!?][”\"]?[ \t]+$", self.text[max(0, at - 4):at])  # in the same paragraph
        if not before:
            return None
        end = max(0, at - 4) + before.start()
        opening = self._opening_run(end)
        if opening is None:
            return None
        start, tokens = opening
        acts = _ACTS_NOW.match(self.text, start + len(" ".join(tokens)), end)
        return " ".join(tokens) if acts and not person_in(tokens) and not self._surname(tokens[0], start) \
            and not self._heading(start, tokens) else None

    def _company(self, at: int) -> str | None:
        """"the company": the company the article is about, if it names one far more than any other
        ("Portline raised $22 million ... led by Velmar Ventures ... The company claims"); else the last
        company named before `at`, at its fullest ("Verizon" after "Verizon Communications"), if near enough."""
        # "Portline raised ..., the company said"; "Portline, which runs 21 ferries, is to cut jobs. The firm said"
        nearest = self._last_company(at) or self.sentence_opener(at, acting=True) or self._opened_sentence_before(at)
        counts, topic = self._companies_named(at)
        if topic is None or nearest and key(nearest.split()[0]) == topic[0]:
            return nearest
        if nearest is None and counts[topic[0]] >= _TOPIC_MENTIONS \
                or nearest and counts[topic[0]] >= max(2, 2 * counts.get(key(nearest.split()[0]), 0)):
            return topic[1]
        return nearest

    def _last_company(self, at: int) -> str | None:
        for start, tokens in self._before(at):
            if at - start > _MAX_COMPANY_DISTANCE:
                return None
            if key(tokens[-1]) in CORPORATE:
                return " ".join(tokens)
            if len(tokens) == 1 and not person_in(tokens):
                fuller = [run for begins, run in self._companies if begins < at and key(run[0]) == key(tokens[0])]
                if fuller:
                    return " ".join(fuller[-1])
        return None

    def _companies_named(self, at: int) -> tuple[dict[str, int], tuple[str, str] | None]:
        """How often each name that may be a company's was used before `at` (by its first word), and the
        most used one that the article showed to be a company: with a corporate word ("Portline Inc"),
        after a company's noun ("startup Portline"), or opening a sentence as its subject ("Portline has")."""
        counts: dict[str, int] = {}
        shown: dict[str, str] = {}
        placed: set[str] = set()
        for start, tokens in self._before(at):
            first = key(tokens[0])
            if person_in(tokens) or len(tokens) > 1 and key(tokens[-1]) not in CORPORATE or first in NOT_NAMES \
                    or first in TITLES or len(first) <= 3 and tokens[0].isupper() \
                    or len(tokens) == 1 and self._surname(tokens[0], at) or _nationality_only(tokens):
                continue  # ("the European firm's": no company's name)
            counts[first] = counts.get(first, 0) + 1
            end = start + len(" ".join(tokens))
            before = self.text[max(0, start - 20):start].split()
            if before and before[-1] in ("in", "across", "throughout"):
                placed.add(first)  # "in Velmar": a place, whatever opens a sentence
            if len(tokens) > 1 or before and key(before[-1]) in COMPANY_NOUNS | _SELF_REPORTING \
                    or self._opens_sentence(start) and re.match(r"(?:,|\s+(?:has|have|had)?\s*[a-z]+(?:ed|s)\b)",
                                                                 self.text[end:end + 30]):
                shown[first] = shown[first] if first in shown and len(shown[first]) > len(" ".join(tokens)) \
                    else " ".join(tokens)
        ranked = sorted((k for k in shown if k not in placed), key=lambda k: -counts[k])
        if not ranked or len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
            return counts, None
        return counts, (ranked[0], shown[ranked[0]])

    @cached_property
    def _companies(self) -> list[tuple[int, list[str]]]:
        """Runs that name a company in full ("Verizon Communications"), in reading order."""
        return [(start, run) for start, run in self.runs if len(run) > 1 and key(run[-1]) in CORPORATE]


def _nationality_only(tokens: list[str]) -> bool:
    """"South African", "European": a nationality, perhaps with its compass point, that names no body."""
    *point, last = tokens
    return key(last) in NATIONALITIES and all(key(t) in ("north", "south", "east", "west", "central") for t in point)
