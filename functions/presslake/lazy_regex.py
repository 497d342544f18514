"""Module-level regular expressions compiled on first use instead of at import.

Compiling is pure Python in CPython (re._parser, re._compiler): the patterns of `article/` and
`figures/` took 40-45% of a handler's import (bench/coldstart.py), and a call that never meets a
dateline, a byline or a unit word never needs theirs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`: the first use of a method or attribute compiles it.

    Each name looked up is then kept on the instance, so later uses (`.search`, `.sub`, ...) are
    plain attribute reads of the compiled pattern's (about 45 ns more a call than the compiled
    pattern's own, on 3.12). `pattern` is read without compiling, so patterns built from other
    patterns' sources do not compile them; a callable that builds the text is called once, when
    the text is first needed.
    """

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0):
        self._pattern = pattern
        self._flags = flags

    @property
    def pattern(self) -> str:
        if callable(self._pattern):
            self._pattern = self._pattern()
        return self._pattern

    def __getattr__(self, name: str):
        # only reached for names not yet on the instance
        value = getattr(self._compile(), name)
        setattr(self, name, value)
        return value

    def _compile(self) -> re.Pattern:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        return compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self._pattern!r}, {self._flags!r})"


class GuardedPattern(LazyPattern):
    """A LazyPattern whose every match holds one of the words `needs` (case as written, outside look-behinds):
    `search`, `match`, `fullmatch` and `finditer` turn away a span without any of them before the regex tries
    each of its positions. Python's engine has no such shortcut for a pattern that opens on alternatives."""

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0, *, needs: tuple[str, ...]):
        super().__init__(pattern, flags)
        # one scan for all the words: a regex of literals is faster than a str.find for each
        self._a_need = LazyPattern("|".join(map(re.escape, needs)))

    def _holds_a_need(self, string: str, pos: int, endpos: int) -> bool:
        return self._a_need.search(string, pos, endpos) is not None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._compile().search(string, pos, endpos) if self._holds_a_need(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._compile().match(string, pos, endpos) if self._holds_a_need(string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._compile().fullmatch(string, pos, endpos) if self._holds_a_need(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return self._compile().finditer(string, pos, endpos) if self._holds_a_need(string, pos, endpos) else iter(())


def trie(words: frozenset[str]) -> str:
    """An alternation of `words` factored by prefix: Python's regex engine tries a flat alternation
    of 200 words branch by branch at every position, and a factored one letter by letter."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return pattern(tree)
