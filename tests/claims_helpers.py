"""Shared by the claims tests: run the real figure extractor and the claims rules on a text."""

from presslake.figures.claims import claims
from presslake.figures.extract import extract_figures


def claimed(text: str) -> dict[str, tuple[str | None, str | None]]:
    """{figure's surface text: (attributed_to, subject)} for every figure found in `text`."""
    figures = extract_figures(text)
    return {f.text: (c.attributed_to, c.subject) for f, c in zip(figures, claims(text, figures))}


def source_of(text: str, figure: str) -> str | None:
    """attributed_to of the one figure whose surface text contains `figure`."""
    [source] = [s for surface, (s, _) in claimed(text).items() if figure in surface]
    return source


def subject_of(text: str, figure: str) -> str | None:
    [subject] = [o for surface, (_, o) in claimed(text).items() if figure in surface]
    return subject
