"""Smoke run of bench/metadata.py on tiny dev sets of the project's own making, one of each
checkout's shape: the benchmark keeps reading them, and scores a page it gets right as right."""

import gzip
import json
import subprocess
import sys

from conftest import PAGES, ROOT

HARBOUR = (PAGES.parent / "metadata" / "daily-gull-harbour.html").read_bytes()
URL = "https://www.dailygull.co.uk/news/2019/harbour-plan"


def devsets(folder):
    """One page in each dev set's layout: htmldate, goose3, fundus and metascraper."""
    tests = folder / "htmldate" / "tests"
    (tests / "eval").mkdir(parents=True)
    (tests / "eval" / "harbour.html").write_bytes(HARBOUR)
    (tests / "eval_default.json").write_text(json.dumps({URL: {"file": "harbour.html", "date": "2019-03-03"}}))
    (tests / "eval_mediacloud_2020.json").write_text("{}")
    goose = folder / "goose3" / "tests" / "data" / "publishdate"
    goose.mkdir(parents=True)
    (goose / "harbour.html").write_bytes(HARBOUR)
    (goose / "harbour.json").write_text(json.dumps({"url": URL, "expected": {
        "publish_datetime_utc": "2019-03-03 21:05:00+00:00", "authors": ["Ana Ruiz", "Tom Hale"]}}))
    fundus = folder / "fundus" / "tests" / "resources" / "parser" / "test_data" / "uk"
    fundus.mkdir(parents=True)
    (fundus / "DailyGull_2019_03_04.html.gz").write_bytes(gzip.compress(HARBOUR))
    (fundus / "meta.info").write_text(json.dumps({"DailyGull_2019_03_04.html.gz": {"url": URL}}))
    (fundus / "DailyGull.json").write_text(json.dumps({"V1": {
        "authors": ["Ana Ruiz", "Tom Hale"], "publishing_date": "2019-03-03 21:05:00+00:00",
        "title": "Harbour plan approved after long debate"}}))
    site = folder / "metascraper" / "packages" / "metascraper" / "test" / "integration" / "daily-gull"
    (site / "snapshots").mkdir(parents=True)
    (site / "input.html").write_bytes(HARBOUR)
    (site / "index.js").write_text(f"const url = '{URL}'\n")
    (site / "snapshots" / "index.js.md").write_text(
        "> Snapshot 1\n\n    {\n      author: 'Ana Ruiz',\n      date: '2019-03-03T21:05:00.000Z',\n"
        "      image: 'https://www.dailygull.co.uk/resize?i=8812&w=1200&fit=crop(16:9)',\n"
        "      publisher: 'The Daily Gull',\n      title: 'Harbour plan approved after long debate',\n    }\n")


def test_metadata_benchmark_smoke(tmp_path):
    devsets(tmp_path)
    sets = [arg for name in ("htmldate", "goose3", "fundus", "metascraper") for arg in ("--set", name)]
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "metadata.py"), "--devsets", str(tmp_path), *sets],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [tuple(cell.strip() for cell in line.strip("|").split("|")[1:4])
            for line in result.stdout.splitlines() if line.startswith(("| tune", "| measure"))]
    for name in ("htmldate", "goose3", "fundus", "metascraper"):
        assert f"### metadata: {name}" in result.stdout
    # every field of every set, each on its one page: the date four times (one per set), the authors
    # three times (goose3's and fundus's lists, metascraper's string), title twice
    assert sorted(field for field, _, _ in rows) == sorted(
        ["date"] * 4 + ["authors"] * 3 + ["title"] * 2 + ["image", "publisher"])
    assert all(pages == "1" and ours.startswith("1.00") for _, pages, ours in rows), rows


def test_a_missing_checkout_is_reported_not_fatal(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "metadata.py"), "--devsets", str(tmp_path),
                             "--set", "fundus"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "left out: no checkout" in result.stdout
