"""Benchmark: `presslake parse FILES --out x.parquet` against `extract_article` in a loop.

Usage: python bench/parse_files.py [--corpus DIR] [--rounds 3] [--figures]

The same pages, read from disk, in this process, warm (one untimed pass first):
- loop: `extract_article(path.read_bytes())` for every page, nothing kept;
- parse: the command itself, `main(["parse", *pages, "--out", x.parquet])`, progress bar on
  (into a buffer), quarantine summary, rows deduplicated and written as Parquet.
With --figures, the loop also calls `extract_figures(article)` and the command writes
--figures too. The two alternate within each round (loop first in odd rounds), so drift
in machine load hits both; the ratios are per round, of wall time and of the process's CPU
time (less moved by other processes on a shared machine), and their medians are reported.
On a loaded machine two runs of the same loop differ by more than 10%, so the command's
own cost is also measured within each parse run, which no drift between runs can move:
the time spent inside `extract_article` is summed, and `parse / inside` is the ratio of
the whole command to the extraction it wraps (without --figures only: with it, the
command's figure rows are work the loop's `extract_figures` does too).

A Readability-shaped corpus (folders with source.html) gives its source.html pages;
any other folder gives every page in it (as `parse DIR` reads it).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "functions"))
from presslake import extract_article, extract_figures  # noqa: E402
from presslake.article.rawinput import RejectedInput  # noqa: E402
from presslake.local.cli import main  # noqa: E402
from presslake.local.parse_files import find_inputs  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "readability-test-pages"


def pages_of(corpus: Path) -> list[Path]:
    sources = sorted(corpus.glob("*/source.html"))
    return sources or find_inputs([corpus])


def loop(pages: list[Path], figures: bool) -> None:
    for path in pages:
        try:
            article = extract_article(path.read_bytes())
        except RejectedInput:
            continue
        if figures and article.is_article:
            extract_figures(article)


class Inside:
    """extract_article, timed where the command calls it (it imports it from the module at call time)."""

    def __init__(self):
        self.seconds = 0.0

    def __enter__(self):
        import presslake.article.extract as module

        self.module, self.original = module, module.extract_article

        def timed_extract(*args, **kwargs):
            start = time.perf_counter()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        module.extract_article = timed_extract
        return self

    def __exit__(self, *_exc):
        self.module.extract_article = self.original


def command(pages: list[Path], figures: bool, folder: Path, inside: Inside | None = None) -> None:
    argv = ["parse", *map(str, pages), "--out", str(folder / "articles.parquet")]
    argv += ["--figures", str(folder / "figures.parquet")] if figures else []
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()), \
            inside or contextlib.nullcontext():
        assert main(argv) == 0


def timed(run) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--figures", action="store_true", help="figures too, on both sides")
    args = parser.parse_args()
    pages = pages_of(args.corpus)
    with tempfile.TemporaryDirectory(prefix="presslake-parsebench-") as tmp:
        folder = Path(tmp)
        loop(pages, args.figures)  # warm: imports, trafilatura's caches, the OS's file cache
        command(pages, args.figures, folder)
        print(f"{len(pages)} pages from {args.corpus}{' (figures too)' if args.figures else ''}, "
              f"{args.rounds} rounds\n")
        print("| round | loop s | parse s | parse / loop | loop CPU s | parse CPU s | parse / loop, CPU "
              "| inside extract_article s | parse / inside |")
        print("|---|---|---|---|---|---|---|---|---|")
        walls, cpus, insides = [], [], []
        for number in range(1, args.rounds + 1):
            inside = Inside()
            runs = {"loop": lambda: loop(pages, args.figures),
                    "parse": lambda inside=inside: command(pages, args.figures, folder, inside)}
            order = ["loop", "parse"] if number % 2 else ["parse", "loop"]
            seconds = {name: timed(runs[name]) for name in order}
            (loop_wall, loop_cpu), (parse_wall, parse_cpu) = seconds["loop"], seconds["parse"]
            walls.append(parse_wall / loop_wall)
            cpus.append(parse_cpu / loop_cpu)
            if not args.figures:
                insides.append(parse_wall / inside.seconds)
            own = f"{inside.seconds:.2f} | {insides[-1]:.3f}" if insides and not args.figures else "- | -"
            print(f"| {number} | {loop_wall:.2f} | {parse_wall:.2f} | {walls[-1]:.3f} | {loop_cpu:.2f} | "
                  f"{parse_cpu:.2f} | {cpus[-1]:.3f} | {own} |")
        for what, ratios in (("parse / loop, wall time", walls), ("parse / loop, CPU time", cpus),
                             ("parse / extract_article inside it", insides)):
            if ratios:
                print(f"{what}: median {statistics.median(ratios):.3f}, range {min(ratios):.3f}-{max(ratios):.3f}")

if __name__ == "__main__":
    main_bench()
