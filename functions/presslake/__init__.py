"""presslake: raw news HTML in S3 -> article and figure Parquet datasets for Athena.

The Python API, for a page or a text at hand:

    from presslake import extract_article, extract_figures

    article = extract_article(html_bytes, url="https://example.com/story")
    for figure in extract_figures(article):      # or extract_figures(text)
        print(figure.value, figure.unit, figure.attributed_to, figure.subject)

The names load on first use (PEP 562): a Lambda handler that imports `presslake.figures`
does not pay for the HTML stack, which its bundle does not even hold.
"""

__version__ = "0.1.0"
__all__ = ["Article", "ClaimedFigure", "extract_article", "extract_figures"]

_EXPORTS = {"Article": "presslake.article.extract", "extract_article": "presslake.article.extract",
            "ClaimedFigure": "presslake.api", "extract_figures": "presslake.api"}


def __getattr__(name: str):
    if name in _EXPORTS:
        from importlib import import_module

        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'presslake' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
