"""One progress bar on stderr that ends at 100% once (tqdm would draw the last state twice)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(total: int, desc: str, unit: str, *, quiet: bool = False, **options) -> Iterator[Callable[[int], None]]:
    """Yields `advance(n)`. The step that completes the bar is not drawn by tqdm's update but by
    its close, so a bar that reaches its total shows 100% exactly once, then its own line."""
    from tqdm import tqdm

    bar = tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=quiet, **options)

    def advance(n: int) -> None:
        if bar.n + n >= bar.total:
            bar.n += n  # drawn once, by close()
        else:
            bar.update(n)

    try:
        yield advance
    finally:
        bar.close()
