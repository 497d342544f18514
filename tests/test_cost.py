"""`presslake cost`: the monthly estimate, its measured figures against the README's benchmark tables,
and the usage mistakes that must end in one line and exit status 2."""

import json
import re

import pytest
from conftest import ROOT
from test_operations import ALARMS, metrics_of

from presslake.local import cost
from presslake.local.cli import main

CATEGORIES = ["Lambda (parse, figures)", "SQS", "S3 requests (uploads included)",
              "S3 storage (raw, staging, current tables)", "Athena merge", "Athena queries", "Step Functions",
              "CloudWatch"]


def table(out: str) -> dict[str, list[float]]:
    rows = re.findall(r"^\| (?:\*\*)?([^|*]+?)(?:\*\*)? \|((?: (?:\*\*)?[\d,.]+(?:\*\*)? \|)+)$", out, re.M)
    return {name: [float(v.strip(" *").replace(",", "")) for v in values.split("|") if v.strip()]
            for name, values in rows}


def test_the_estimate_breaks_a_month_down_and_adds_up(capsys):
    assert main(["cost", "1M"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1,000,000 articles a day, single pages")
    rows = table(out)
    assert list(rows) == CATEGORIES + ["total"]
    for column in range(2):  # month 1 and month 12
        assert sum(rows[c][column] for c in CATEGORIES) == pytest.approx(rows["total"][column], abs=0.02)
    # a month's work costs the same in any month; what is stored and merged grows with the tables
    assert rows["Lambda (parse, figures)"] == [40.2, 40.2]  # $1.34 per million articles, 30 million
    assert rows["S3 storage (raw, staging, current tables)"][1] > 10 * rows["S3 storage (raw, staging, current tables)"][0]
    assert rows["Athena merge"][1] > rows["Athena merge"][0]
    assert "2026-11-26" in out and "as of 2025" in out


def _readme_cost_rows() -> dict[str, list[float]]:
    readme = (ROOT / "README.md").read_text()
    rows = re.findall(r"^\| (single pages|WARC bundles of 100|WARC bundles of 1,000) \| ([\d.]+) \| ([\d.]+) \| "
                      r"([\d.]+) \| ([\d.]+) \| ([\d.]+) \| [\d.]+ \| [\d.]+ \| ([\d,]+) \|$", readme, re.M)
    return {name: [float(v.replace(",", "")) for v in values] for name, *values in rows}


@pytest.mark.parametrize("shape, readme_row", [("single", "single pages"), ("bundles of 100", "WARC bundles of 100"),
                                               ("bundles of 1000", "WARC bundles of 1,000")])
def test_per_article_figures_are_the_readme_benchmark(shape, readme_row):
    """The constants give back the README's pipeline table ($ per million articles at its prices)."""
    pipeline, lambda_, sqs, s3, uploads, staging_bytes = _readme_cost_rows()[readme_row]
    per = cost.SHAPES[shape]
    prices = cost.PRICES
    million = 1e6
    assert per.lambda_gb_s * prices["lambda_gb_s_arm64"] * million == pytest.approx(lambda_, abs=0.005)
    assert per.sqs_requests * prices["sqs_per_million_requests"] == pytest.approx(sqs, abs=0.01)
    s3_per_m = (per.s3_gets * prices["s3_get_per_1000"] + per.s3_puts * prices["s3_put_per_1000"]) * 1000
    assert s3_per_m == pytest.approx(s3, abs=0.01)
    assert per.upload_puts * prices["s3_put_per_1000"] * 1000 == pytest.approx(uploads, abs=0.005)
    assert per.staging_bytes == staging_bytes
    assert lambda_ + sqs + s3 == pytest.approx(pipeline, abs=0.015)


def test_requests_per_article_are_the_readmes():
    readme = " ".join((ROOT / "README.md").read_text().split())
    for shape, label in (("single", "single pages"), ("bundles of 100", "bundles of 100:"),
                         ("bundles of 1000", "bundles of 1,000:")):
        per = cost.SHAPES[shape]
        assert f"{label} {per.s3_gets:.3f} GET, {per.s3_puts:.3f} PUT, {per.sqs_requests:.3f} SQS" in readme


def test_bundles_cost_less_in_requests_and_raw_storage(capsys):
    main(["cost", "1M"])
    single = table(capsys.readouterr().out)
    main(["cost", "1M", "--bundled"])
    bundled = table(capsys.readouterr().out)
    assert bundled["S3 requests (uploads included)"][0] < single["S3 requests (uploads included)"][0] / 50
    assert bundled["SQS"][0] < single["SQS"][0] / 50
    assert bundled["S3 storage (raw, staging, current tables)"][1] < single["S3 storage (raw, staging, current tables)"][1] / 3


def test_raw_leaving_standard_storage_lowers_only_storage(capsys):
    main(["cost", "1M", "--months", "12"])
    standard = table(capsys.readouterr().out)
    main(["cost", "1M", "--months", "12", "--raw-transition-days", "30", "--raw-storage-class", "GLACIER_IR"])
    glacier = table(capsys.readouterr().out)
    storage = "S3 storage (raw, staging, current tables)"
    assert glacier[storage][0] < standard[storage][0] / 2
    assert {k: v for k, v in glacier.items() if k not in (storage, "total")} == \
        {k: v for k, v in standard.items() if k not in (storage, "total")}


def test_a_prices_file_replaces_the_prices_it_names(capsys, tmp_path):
    prices = tmp_path / "eu.json"
    prices.write_text(json.dumps({"lambda_gb_s_arm64": 2 * cost.PRICES["lambda_gb_s_arm64"], "athena_per_tb": 0}))
    assert main(["cost", "10k", "--prices", str(prices)]) == 0
    rows = table(capsys.readouterr().out)
    assert rows["Lambda (parse, figures)"] == [0.8, 0.8] and rows["Athena merge"] == [0, 0]
    assert rows["Athena queries"] == [0, 0]


@pytest.mark.parametrize("argv, message", [
    (["cost", "lots"], "articles per day: expected a number"),
    (["cost", "0"], "at least 1"),
    (["cost", "1M", "--months", "0"], "--months"),
    (["cost", "1M", "--months", "one"], "--months"),
    (["cost", "1M", "--merges-per-day", "0"], "--merges-per-day"),
    (["cost", "1M", "--prices", "/nonexistent/prices.json"], "--prices /nonexistent/prices.json"),
])
def test_usage_mistakes_get_one_line_and_exit_2(capsys, argv, message):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("presslake cost: ") and message in captured.err


@pytest.mark.parametrize("content, message", [("{oops", "not JSON"), ('{"lambda_gb_s": 1}', "unknown keys"),
                                              ('{"athena_per_tb": -1}', "must be a number >= 0"), ("[1]", "JSON object")])
def test_a_bad_prices_file_is_named(capsys, tmp_path, content, message):
    prices = tmp_path / "p.json"
    prices.write_text(content)
    assert main(["cost", "1M", "--prices", str(prices)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_merge_transitions_follow_the_state_machine():
    asl = json.loads(cost.MERGE_ASL.read_text())
    items = asl["States"]["MergeChunks"]["ItemProcessor"]["States"]
    main_path = len(asl["States"]) - 1  # all but the early end of a second, concurrent run
    per_chunk = len(items) - 1          # all but the header row's end
    assert cost.merge_transitions(asl) == main_path + per_chunk + 2  # and the header row's two
    assert cost.merge_transitions(asl, chunks=3) == main_path + 3 * per_chunk + 2


def test_cloudwatch_alarm_metrics_are_the_templates():
    assert cost.ALARM_METRICS == sum(len(metrics_of(alarm)) for alarm in ALARMS.values())


def test_the_readme_shows_what_the_command_prints(capsys):
    """The runbook's table for 10k, 1M and 100M articles a day is the command's output today."""
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("| USD a month (month 1 / month 12) |"):].split("\n\n", 1)[0]
    shown = {name.strip("* "): [cell.strip("* ") for cell in cells.split(" | ")]
             for name, cells in re.findall(r"^\| ([^|]+?) \| (.+) \|$", section, re.M)[1:]}
    for column, volume in enumerate(["10k", "1M", "100M"]):
        main(["cost", volume])
        single = table(capsys.readouterr().out)
        main(["cost", volume, "--bundled"])
        bundled = table(capsys.readouterr().out)
        for name in CATEGORIES + ["total"]:
            assert shown[name][column] == " / ".join(f"{v:,.2f}" for v in single[name]), (volume, name)
        assert shown["total, `--bundled` (WARC bundles of 100)"][column] == \
            " / ".join(f"{v:,.2f}" for v in bundled["total"])
