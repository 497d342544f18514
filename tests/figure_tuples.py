"""Shared by the figure tests: what the real extractor finds in a text, as comparable tuples."""

from presslake.figures.extract import extract_figures


def figure_tuples(text: str) -> list[tuple]:
    """(value, value_high, unit, kind, qualifier) of every figure in `text`, in order."""
    return [(f.value, f.value_high, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
