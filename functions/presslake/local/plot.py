"""A query's answer as a picture: a time series of one column against a day column. Local-only.

matplotlib draws it without a display (the Agg backend) into a PNG file.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from presslake.local.query import Result


class PlotError(Exception):
    """The answer has no day column or no numeric column to draw."""


def time_series_png(result: Result, out: Path, *, title: str, x: str = "dt", y: str = "value") -> int:
    """Draw every row as a point (x: a YYYY-MM-DD day, y: a number) and the daily maximum as a line.

    Returns how many points were drawn.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if x not in result.columns or y not in result.columns:
        raise PlotError(f"the answer needs columns {x!r} and {y!r}; it has {', '.join(result.columns)}")
    points = [(date.fromisoformat(str(row[x])[:10]), float(row[y])) for row in result.as_dicts()
              if row[x] is not None and row[y] is not None]
    if not points:
        raise PlotError("the answer has no rows to draw")
    daily: dict[date, float] = defaultdict(float)
    for day, value in points:
        daily[day] = max(daily[day], value)
    figure, axes = plt.subplots(figsize=(9, 4.5), dpi=110)
    axes.scatter([d for d, _ in points], [v for _, v in points], s=18, alpha=0.5, label="each figure")
    days = sorted(daily)
    axes.plot(days, [daily[d] for d in days], marker="o", linewidth=1.5, label="largest of the day")
    if len(days) == 1:  # one day: a week around it, not years of empty axis
        axes.set_xlim(days[0] - timedelta(days=3), days[0] + timedelta(days=3))
    axes.set_title(title)
    axes.set_xlabel("publication day")
    axes.set_ylabel(y)
    axes.grid(alpha=0.3)
    axes.legend(loc="best")
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(out, format="png")
    plt.close(figure)
    return len(points)
