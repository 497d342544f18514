"""Charts fit to publish: what `presslake plot` draws, and the file it writes."""

import re
from datetime import datetime, timezone

import pytest

from presslake.local.plot import PlotError, build_chart, plural, render, segments, tick, unit_label
from presslake.local.query import Result

PUBLISHED = datetime(2025, 1, 1, tzinfo=timezone.utc)


def answer(rows, columns=("dt", "value", "published_at")) -> Result:
    return Result(list(columns), [tuple(row) for row in rows])


def test_the_title_and_axis_say_what_is_counted():
    result = answer([("2025-04-26", 62400.0, PUBLISHED)])
    chart = build_chart(result, query="unit_time_series", params=["soldier"], unit="soldier")
    assert chart.title == "Figures counting soldiers in the news, by day of publication"
    assert [p.ylabel for p in chart.panels] == ["soldiers"]
    money = build_chart(result, query="unit_time_series", params=["USD"], unit="USD")
    assert money.title == "Amounts in US dollars (USD) in the news, by day of publication"
    assert money.panels[0].ylabel == "US dollars (USD)"
    day = build_chart(result, query="figures_of_day", params=["2025-04-26"])
    assert day.title == "Figures published on 26 April 2025"


@pytest.mark.parametrize("unit, label", [("soldier", "soldiers"), ("injury", "injuries"), ("loss", "losses"),
                                         ("person", "people"), ("killed and wounded", "killed and wounded"),
                                         ("km", "kms"), ("EUR", "euros (EUR)"), ("%", "per cent (%)")])
def test_unit_labels(unit, label):
    assert unit_label(unit) == label or (unit == "km" and plural("km") == label)


@pytest.mark.parametrize("value, text", [(0, "0"), (62400, "62,400"), (1234.5, "1,234.5"), (2.5e6, "2.5 million"),
                                         (8.8e9, "8.8 billion"), (1.2e13, "12 trillion"), (0.25, "0.25")])
def test_ticks_have_thousands_separators_and_words_not_exponents(value, text):
    assert tick(value) == text


def test_no_line_across_a_gap_longer_than_the_limit():
    from datetime import date

    points = [(date(2020, 1, 1), 1.0), (date(2020, 1, 20), 2.0), (date(2024, 5, 1), 3.0), (date(2024, 5, 30), 4.0)]
    assert [len(run) for run in segments(points, 30)] == [2, 2]
    assert [len(run) for run in segments(points, 2000)] == [4]


def test_undated_rows_are_left_out_and_counted():
    result = answer([("2025-04-26", 10.0, PUBLISHED), ("2025-05-01", 12.0, None), ("2025-05-02", 13.0, None)])
    chart = build_chart(result, query="unit_time_series", params=["soldier"], unit="soldier")
    assert chart.points == 1 and chart.undated == 2
    assert "2 figures from undated articles left out." in chart.footnote
    with pytest.raises(PlotError, match="no rows to draw"):
        build_chart(answer([("2025-05-01", 12.0, None)]), query="unit_time_series", params=["x"], unit="x")


def test_one_series_per_unit_and_one_panel_per_kind_of_quantity():
    rows = [("2025-04-26", 62400.0, "soldier", "count"), ("2025-04-26", 25200.0, "loss", "count"),
            ("2025-04-26", 36200.0, "injury", "count"), ("2025-04-26", 8.8e9, "USD", "money"),
            ("2025-04-26", 15.0, "%", "percent")]
    chart = build_chart(answer(rows, ("dt", "value", "unit", "kind")), query="figures_of_day", params=["2025-04-26"])
    assert [(p.ylabel, [s.label for s in p.series]) for p in chart.panels] == [
        ("count (see legend)", ["injury", "loss", "soldier"]), ("US dollars (USD)", ["US dollars (USD)"]),
        ("per cent (%)", ["per cent (%)"])]


def test_the_file_format_follows_the_extension_and_the_svg_keeps_its_text(tmp_path):
    rows = [("2024-01-05", 1.2e13, PUBLISHED), ("2024-01-09", 3.0e9, PUBLISHED), ("2025-03-01", 5.0e9, PUBLISHED),
            ("2025-03-02", 4.0e9, None)]
    chart = build_chart(answer(rows), query="unit_time_series", params=["USD"], unit="USD", log=True)
    render(chart, tmp_path / "usd.svg")
    svg = (tmp_path / "usd.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    assert "Amounts in US dollars (USD) in the news" in texts and "US dollars (USD)" in texts
    assert "1 figure from undated articles left out" in texts
    assert "billion" in texts and "1e" not in texts and "×10" not in texts  # words, never an offset
    render(chart, tmp_path / "usd.png")
    assert (tmp_path / "usd.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(PlotError, match="give a .svg or .png file name"):
        render(chart, tmp_path / "usd.gif")


def test_a_log_axis_on_request(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [("2024-01-05", 10.0, PUBLISHED), ("2024-01-09", 1.0e6, PUBLISHED)]
    seen = {}
    original = plt.Axes.set_yscale

    def spy(self, value, **kwargs):
        seen["yscale"] = value
        return original(self, value, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plt.Axes, "set_yscale", spy)
        render(build_chart(answer(rows), query="unit_time_series", params=["x"], unit="x", log=True),
               tmp_path / "a.svg")
        assert seen == {"yscale": "log"}
        seen.clear()
        render(build_chart(answer(rows), query="unit_time_series", params=["x"], unit="x"), tmp_path / "b.svg")
        assert seen == {}


def test_a_crowded_answer_keeps_the_units_with_most_figures_and_says_what_it_left_out():
    from presslake.local.plot import MAX_PANELS, MAX_SERIES

    rows = [("2025-04-26", 1.0, f"thing{i}", "count") for i in range(MAX_SERIES + 2)]
    rows += [("2025-04-26", 2.0, f"m{i}", "measure") for i in range(MAX_PANELS + 1)] + [("2025-04-26", 3.0, "m0", "measure")]
    chart = build_chart(answer(rows, ("dt", "value", "unit", "kind")), query="figures_of_day", params=["2025-04-26"])
    assert len(chart.panels) == MAX_PANELS and all(len(p.series) <= MAX_SERIES for p in chart.panels)
    assert chart.panels[0].ylabel == "count (see legend)" and chart.panels[1].ylabel == "m0"
    left_out = len(rows) - chart.points
    assert f"{left_out} figures in " in chart.footnote and "less frequent units left out" in chart.footnote


def test_one_day_puts_the_units_side_by_side(tmp_path):
    rows = [("2025-04-26", 62400.0, "soldier", "count"), ("2025-04-26", 983.0, "soldier", "count"),
            ("2025-04-26", 25200.0, "loss", "count")]
    chart = build_chart(answer(rows, ("dt", "value", "unit", "kind")), query="figures_of_day", params=["2025-04-26"])
    assert "lines join" not in chart.footnote
    render(chart, tmp_path / "day.svg")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", (tmp_path / "day.svg").read_text())
    assert {"soldier", "loss", "published on 26 April 2025", "60,000"} <= set(texts)
