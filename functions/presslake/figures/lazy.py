"""Regular expressions compiled on first use.

The figures handler's import is near its budget (bench/coldstart.py), and compiling the claims
rules' patterns is most of what importing them costs: each pattern compiles when first used
(in the first article that needs it) and is then an ordinary compiled pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`; the compiled pattern's methods replace this
    object's lookups after the first use, so later calls cost nothing extra."""

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0):
        self._pattern, self.flags = pattern, flags

    @property
    def pattern(self) -> str:
        """The pattern's text (a callable that builds it is called once, when first needed)."""
        if callable(self._pattern):
            self._pattern = self._pattern()
        return self._pattern

    def __getattr__(self, name: str):
        compiled = re.compile(self.pattern, self.flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
