"""Labelling aid: list every numeral of an article with its context and presslake's reading.

    python bench/label_candidates.py corpus:engadget [--corpus DIR] [--blind]

Each line: offset, the numeral, its context, and what extract_figures made of it ('-' for
nothing). A human decides each line by the spec; the decisions go to figures_labels.json.
Held-out articles are labelled --blind: without presslake's reading, so it cannot sway them.
"""

import argparse
import re
from pathlib import Path

from figures_corpus import article_text

from presslake.figures.extract import extract_figures

NUMERAL = re.compile(r"(?<![\w])(?:\d[\d,.]*\d|\d)|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                     r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                     r"ninety|hundred|thousand|million|billion|trillion|lakh|crore|dozen|half)\b", re.I)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source", help="corpus:<page>, teval:<file>.html.gz, aeb:<sha256>, fixture:<file> or bench:<file>")
    parser.add_argument("--blind", action="store_true", help="leave out what presslake made of each numeral")
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
                        / "readability-test-pages")
    args = parser.parse_args()
    text = article_text(args.source, args.corpus)
    figures = [] if args.blind else extract_figures(text)
    for match in NUMERAL.finditer(text):
        hit = next((f for f in figures if f.char_start <= match.start() < f.char_end), None)
        guess = f"{hit.value:g}|{hit.value_high}|{hit.unit}|{hit.qualifier}|{hit.char_start}-{hit.char_end}" if hit else "-"
        guess = "" if args.blind else guess
        context = text[max(0, match.start() - 50): match.end() + 40].replace("\n", " ")
        print(f"{match.start():6d} {match.group():>10s}  {guess:{0 if args.blind else 40}s} …{context}…")


if __name__ == "__main__":
    main()
