"""Module-level regular expressions compiled on first use instead of at import.

Compiling is pure Python in CPython (re._parser, re._compiler): the 130-odd patterns of
`article/` and `figures/` took 40-45% of a handler's import (bench/coldstart.py), and a
call that never meets a dateline, a byline or a unit word never needs theirs.
"""

from __future__ import annotations

import re


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`: the first use of a method or attribute compiles it.

    Each name looked up is then kept on the instance, so later uses (`.search`, `.sub`, ...) are
    plain attribute reads of the compiled pattern's bound methods. `pattern` is there from the
    start, so patterns built from other patterns' sources do not compile them.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        # only reached for names not yet on the instance
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile`, deferred to the pattern's first use (typed as the pattern it stands for)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
