"""The public figure API: the figure extractor and the claim rules in one call, as the figures
function combines them for each row. A thin layer: the rules live in `presslake.figures`."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from presslake.figures.claims import claims
from presslake.figures.extract import Figure
from presslake.figures.extract import extract_figures as _figures_in


@dataclass
class ClaimedFigure(Figure):
    """A figure with who states it (`attributed_to`) and whom it is about (`subject`), None when
    the text does not say; `to_record()` gives the figures dataset's columns of the same names."""

    attributed_to: str | None = None
    subject: str | None = None


def extract_figures(source, *, field: str = "body") -> list[ClaimedFigure]:
    """Every figure in `source`, in order of appearance, with its claim.

    `source` is a text (a title or a body; `field` names it) or an article from
    `extract_article` (its title's figures, then its body's, each with its own field, read in the
    article's language: see presslake.figures.languages).
    """
    if isinstance(source, str):
        return _claimed(source, field)
    if hasattr(source, "title") and hasattr(source, "body"):
        language = getattr(source, "language", None)
        return _claimed(source.title or "", "title", language) + _claimed(source.body or "", "body", language)
    raise TypeError(f"extract_figures takes a text or an article, not {type(source).__name__}")


def _claimed(text: str, field: str, language: str | None = None) -> list[ClaimedFigure]:
    figures = _figures_in(text, field=field, language=language)
    return [ClaimedFigure(**asdict(figure), attributed_to=claim.attributed_to, subject=claim.subject)
            for figure, claim in zip(figures, claims(text, figures))]
