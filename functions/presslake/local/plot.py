"""A query's answer as a chart a reader understands: figures by day of publication. Local-only.

`build_chart` decides what is drawn (pure): a title from the query and its parameter, one
series per unit (and one panel per kind of quantity: counts share an axis, each currency,
percentage or measure gets its own), lines broken across long gaps, undated rows left out
and counted in a footnote. `render` draws it with matplotlib (no display needed) as SVG or
PNG, by the file's extension.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from presslake.local.query import Result

FORMATS = {".svg": "svg", ".png": "png"}
DEFAULT_GAP_DAYS = 30
# More panels or series than these make a chart no one can read: the units with most figures are kept.
MAX_PANELS = 3
MAX_SERIES = 6
CURRENCY_NAMES = {"USD": "US dollars", "EUR": "euros", "GBP": "pounds sterling", "UAH": "hryvnias", "RUB": "roubles",
                  "JPY": "yen", "CNY": "yuan", "CHF": "Swiss francs", "PLN": "zlotys", "CAD": "Canadian dollars",
                  "AUD": "Australian dollars", "INR": "rupees", "KRW": "won", "HKD": "Hong Kong dollars",
                  "NZD": "New Zealand dollars", "SGD": "Singapore dollars", "TWD": "Taiwan dollars"}
_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children", "casualty": "casualties"}


class PlotError(Exception):
    """The answer has no day column or no numeric column to draw, or nothing to draw."""


def kind_of(unit: str | None) -> str:
    """money, percent or count, for an answer that has no `kind` column."""
    if unit in ("%", "percentage point"):
        return "percent"
    if unit and len(unit) == 3 and unit.isupper():
        return "money"
    return "count"


def plural(unit: str) -> str:
    """'soldier' -> 'soldiers', 'injury' -> 'injuries'; phrases and symbols stay as they are."""
    if not unit.isalpha() or not unit.islower():
        return unit
    if unit in _IRREGULAR:
        return _IRREGULAR[unit]
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    return unit + "s"


def unit_label(unit: str | None) -> str:
    """What the y axis says: the unit, and the currency's name with its code."""
    if unit is None:
        return "value"
    if unit == "%":
        return "per cent (%)"
    if unit in CURRENCY_NAMES:
        return f"{CURRENCY_NAMES[unit]} ({unit})"
    return plural(unit)


def series_label(unit: str | None) -> str:
    """A legend entry: a currency or percentage by name, any other unit as stored (what --param takes)."""
    return unit_label(unit) if unit in CURRENCY_NAMES or unit == "%" or unit is None else unit


def tick(value: float) -> str:
    """A tick label: thousands separators, and words for millions and up (never '1e13')."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    return f"{value:,.10g}" if abs(value) >= 1 or value == 0 else f"{value:.3g}"


def title_for(query: str, params: list[str], unit: str | None) -> str:
    """A human title, from the named query and its parameter."""
    if query == "unit_time_series" and unit:
        what = {"money": f"Amounts in {unit_label(unit)}", "percent": "Percentages"}.get(
            kind_of(unit), f"Figures counting {unit_label(unit)}")
        return f"{what} in the news, by day of publication"
    if query == "claims_by_source" and unit:
        return f"Who claims how many {unit_label(unit)}, by day of publication"
    if query == "figures_of_day" and params:
        try:
            return f"Figures published on {date.fromisoformat(params[0]):%-d %B %Y}"
        except ValueError:
            pass
    return f"{query.replace('_', ' ').capitalize()}{' for ' + ', '.join(params) if params else ''}"


@dataclass
class Series:
    label: str
    points: list[tuple[date, float]]

    def daily_largest(self) -> list[tuple[date, float]]:
        largest: dict[date, float] = defaultdict(lambda: float("-inf"))
        for day, value in self.points:
            largest[day] = max(largest[day], value)
        return sorted(largest.items())


@dataclass
class Panel:
    ylabel: str
    series: list[Series] = field(default_factory=list)


@dataclass
class Chart:
    title: str
    panels: list[Panel]
    footnote: str
    log: bool = False
    gap_days: int = DEFAULT_GAP_DAYS
    undated: int = 0  # rows left out: their day is the day they were ingested

    @property
    def points(self) -> int:
        return sum(len(s.points) for p in self.panels for s in p.series)


def segments(points: list[tuple[date, float]], gap_days: int) -> list[list[tuple[date, float]]]:
    """Runs of consecutive points, split where two are more than `gap_days` apart."""
    runs: list[list[tuple[date, float]]] = []
    for point in points:
        if runs and (point[0] - runs[-1][-1][0]).days <= gap_days:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def build_chart(result: Result, *, query: str, params: list[str], unit: str | None = None, log: bool = False,
                gap_days: int = DEFAULT_GAP_DAYS, x: str = "dt", y: str = "value") -> Chart:
    """What to draw from an answer with a day column `x` and a number column `y`.

    The unit comes from the answer's `unit` column, else `unit` (the query's parameter). Rows
    whose `published_at` is null are left out: their day is the day they were ingested.
    """
    if x not in result.columns or y not in result.columns:
        raise PlotError(f"the answer needs columns {x!r} and {y!r}; it has {', '.join(result.columns)}")
    rows = [r for r in result.as_dicts() if r[x] is not None and r[y] is not None]
    undated = [r for r in rows if "published_at" in r and r["published_at"] is None]
    dated = [r for r in rows if not ("published_at" in r and r["published_at"] is None)]
    if not dated:
        raise PlotError("the answer has no rows to draw" + (f" ({len(undated)} undated)" if undated else ""))
    by_unit: dict[str | None, list[tuple[date, float]]] = defaultdict(list)
    kinds: dict[str | None, str] = {}
    for row in dated:
        row_unit = row.get("unit", unit)
        by_unit[row_unit].append((date.fromisoformat(str(row[x])[:10]), float(row[y])))
        kinds[row_unit] = row.get("kind") or kind_of(row_unit)
    panels: dict[str, Panel] = {}
    order = ("count", "money", "percent", "measure")
    for row_unit in sorted(by_unit, key=lambda u: (order.index(kinds[u]) if kinds[u] in order else len(order),
                                                   -len(by_unit[u]), str(u))):
        key = "count" if kinds[row_unit] == "count" else f"{kinds[row_unit]}:{row_unit}"
        panel = panels.setdefault(key, Panel(unit_label(row_unit)))
        panel.series.append(Series(series_label(row_unit), sorted(by_unit[row_unit])))
    kept, dropped = _largest(list(panels.values()))
    single_day = len({d for p in kept for s in p.series for d, _ in s.points}) == 1
    note = ("Each dot is one figure." if single_day else
            f"Each dot is one figure; lines join each day's largest and break across gaps of more than {gap_days} days.")
    if undated:
        note += f" {len(undated)} figure{'s' if len(undated) != 1 else ''} from undated articles left out."
    if dropped:
        note += f" {sum(len(s.points) for s in dropped)} figures in {len(dropped)} less frequent units left out."
    note += f" Source: presslake, named query {query}{' ' + ' '.join(params) if params else ''}."
    return Chart(title_for(query, params, unit if len(by_unit) == 1 else None), kept, note,
                 log=log, gap_days=gap_days, undated=len(undated))


def _largest(panels: list[Panel]) -> tuple[list[Panel], list[Series]]:
    """At most MAX_PANELS panels of at most MAX_SERIES series, the ones with most figures; and the
    series left out. A panel of several units says so on its axis."""
    def size(panel: Panel) -> int:
        return sum(len(s.points) for s in panel.series)

    kept = sorted(sorted(panels, key=size, reverse=True)[:MAX_PANELS], key=panels.index)
    dropped = [s for p in panels if p not in kept for s in p.series]
    for panel in kept:
        dropped += panel.series[MAX_SERIES:]
        panel.series = panel.series[:MAX_SERIES]
        if len(panel.series) > 1:
            panel.ylabel = "count (see legend)"
    return kept, dropped


def render(chart: Chart, out: Path) -> None:
    """Draw `chart` into `out`, as SVG or PNG by its extension."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise PlotError(f"{out.name}: give a .svg or .png file name (the format follows the extension)")
    plt.rcParams["svg.fonttype"] = "none"  # text stays text: searchable, accessible, crisp
    days = sorted({d for p in chart.panels for s in p.series for d, _ in s.points})
    figure, axes_list = plt.subplots(len(chart.panels), 1, figsize=(9, 1.2 + 3.4 * len(chart.panels)), dpi=120,
                                     sharex=days[0] != days[-1], squeeze=False)
    colors = iter(plt.rcParams["axes.prop_cycle"].by_key()["color"] * 4)
    single_day = days[0] == days[-1]
    for panel, axes in zip(chart.panels, axes_list[:, 0]):
        for position, series in enumerate(panel.series):
            color = next(colors)
            if single_day:  # one day: the units side by side, each figure a dot
                axes.scatter([position] * len(series.points), [v for _, v in series.points], s=36, alpha=0.7,
                             color=color, linewidths=0, label=series.label)
                continue
            axes.scatter([d for d, _ in series.points], [v for _, v in series.points], s=16, alpha=0.45,
                         color=color, linewidths=0)
            for number, run in enumerate(segments(series.daily_largest(), chart.gap_days)):
                axes.plot([d for d, _ in run], [v for _, v in run], marker="o", markersize=3.5, linewidth=1.2,
                          color=color, label=series.label if number == 0 else None)
        if single_day:
            axes.set_xticks(range(len(panel.series)), [s.label for s in panel.series])
            axes.set_xlim(-0.6, len(panel.series) - 0.4)
        if chart.log:
            axes.set_yscale("log")
        elif min(v for s in panel.series for _, v in s.points) >= 0:
            axes.set_ylim(bottom=0)
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: tick(value)))
        axes.set_ylabel(panel.ylabel)
        axes.grid(alpha=0.3)
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(loc="best", frameon=False, fontsize="small")
    last = axes_list[-1, 0]
    if single_day:
        last.set_xlabel(f"published on {days[0]:%-d %B %Y}")
    else:
        locator = mdates.AutoDateLocator()
        last.xaxis.set_major_locator(locator)
        last.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        last.set_xlabel("day of publication")
    figure.suptitle(chart.title, x=0.01, ha="left", fontsize="large", fontweight="bold")
    figure.text(0.01, 0.01, chart.footnote, fontsize="x-small", color="0.35", ha="left", va="bottom", wrap=True)
    figure.tight_layout(rect=(0, 0.06, 1, 1))
    figure.savefig(out, format=fmt)
    plt.close(figure)
