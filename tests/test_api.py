"""The Python API: `from presslake import extract_article, extract_figures`."""

import subprocess
import sys

import pytest
from conftest import PAGES, ROOT


def test_the_api_names_are_in_the_package():
    import presslake

    assert {"extract_article", "extract_figures"} <= set(dir(presslake))
    assert {"extract_article", "extract_figures"} <= set(presslake.__all__)
    with pytest.raises(AttributeError):
        presslake.no_such_name  # noqa: B018


def test_figures_carry_who_states_them_and_whom_they_are_about():
    from presslake import extract_article, extract_figures
    from presslake.handlers.figures import figure_rows

    article = extract_article((PAGES / "kyivindependent-kursk-losses.html").read_bytes())
    figures = extract_figures(article)
    assert [(f.field, f.value, f.unit) for f in figures][:2] == [("title", 62400.0, "soldier"),
                                                                 ("body", 62400.0, "soldier")]
    assert (figures[1].attributed_to, figures[1].subject) == ("Ukraine's General Staff", "The Russian military")
    # the same claims as the rows the figures function writes
    row = article.to_record() | {"dt": "2025-04-26", "batch_id": "b", "ingested_at": None}
    assert [(f.field, f.char_start, f.attributed_to, f.subject) for f in figures] == [
        (r["field"], r["char_start"], r["attributed_to"], r["subject"]) for r in figure_rows(row)]
    record = figures[1].to_record()
    assert record["attributed_to"] == "Ukraine's General Staff" and record["text"] == "62,400 soldiers"


def test_figures_of_a_text():
    from presslake import extract_figures

    text = "Exports rose 15% to $8.8 billion in March, the ministry said."
    figures = extract_figures(text)
    assert [(f.value, f.unit, f.field) for f in figures] == [(15.0, "%", "body"), (8.8e9, "USD", "body")]
    assert {f.attributed_to for f in figures} == {"ministry"}  # the spec: no article, no fuller name given
    assert [f.field for f in extract_figures("Over 62,400 soldiers", field="title")] == ["title"]
    with pytest.raises(TypeError, match="takes a text or an article"):
        extract_figures(b"bytes")


def test_importing_presslake_loads_no_html_stack():
    """The figures function's bundle has no lxml: the package's API must load on first use only."""
    code = "import sys, presslake, presslake.figures.extract; print(' '.join(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(ROOT / "functions"), "PATH": "/usr/bin:/bin"}).stdout.split()
    assert not {name.split(".")[0] for name in loaded} & {"lxml", "trafilatura", "pyarrow"}
