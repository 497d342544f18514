"""bench/figures.py's per-publisher table: which rows are held out, their scores and their spread."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from figures import held_out_publishers, publisher_table, publisher_totals, same_unit  # noqa: E402


def row(publisher, heldout, gold, predicted, matched, unit, claims=None):
    return {"publisher": publisher, "heldout": heldout, "gold": gold, "predicted": predicted, "matched": matched,
            "unit": unit, "claims": claims}


def attributed(labelled, predicted, right):
    counts = {"labelled": labelled, "predicted": predicted, "right": right, "figures": labelled}
    return {"attributed_to": counts, "subject": counts}


ROWS = [
    row("wire.example", True, 10, 10, 9, 9, attributed(4, 2, 2)),
    row("wire.example", True, 10, 8, 8, 7),
    row("local.example", True, 4, 5, 4, 4),
    row("seen.example", True, 3, 3, 3, 3),  # marked held-out, but a tuning round used this publisher
    row("seen.example", False, 6, 6, 5, 5),
]


def test_a_held_out_publisher_is_one_no_tuning_article_comes_from():
    assert held_out_publishers(ROWS) == {"wire.example", "local.example"}


def test_publisher_totals_pool_articles_and_score_attribution_over_claim_labelled_ones():
    totals = publisher_totals([r for r in ROWS if r["publisher"] == "wire.example"])
    assert (totals["articles"], totals["gold"], totals["predicted"], totals["matched"]) == (2, 20, 18, 17)
    assert round(totals["f1"], 4) == round(2 * (17 / 18) * (17 / 20) / (17 / 18 + 17 / 20), 4)
    assert totals["unit_accuracy"] == 16 / 17
    assert totals["attribution"] == (1.0, 0.5)
    assert publisher_totals([r for r in ROWS if r["publisher"] == "local.example"])["attribution"] is None
    nothing = publisher_totals([row("quiet.example", False, 0, 0, 0, 0)])
    assert (nothing["f1"], nothing["unit_accuracy"]) == (1.0, None)  # nothing labelled and nothing found


def test_the_table_lists_held_out_rows_first_and_closes_each_set_with_its_spread():
    lines = publisher_table(ROWS).splitlines()
    held_out = [line for line in lines if line.startswith("| held-out |")]
    assert [line.split(" | ")[1] for line in held_out] == ["local.example", "wire.example"]
    assert not any("seen.example" in line for line in held_out)
    local_f1 = 2 * (4 / 5) * 1.0 / (4 / 5 + 1.0)
    wire_f1 = 2 * (17 / 18) * (17 / 20) / (17 / 18 + 17 / 20)
    median = (local_f1 + wire_f1) / 2
    assert f"held-out: 2 publishers, 3 articles; F1 lowest {local_f1:.3f} (local.example), median {median:.3f}" in lines
    assert any(line.startswith("tuning: 1 publishers, 2 articles; F1 lowest") for line in lines)


def test_units_compare_by_the_unit_they_name():
    assert same_unit("square km", "square kilometre") and same_unit("km", "kilometres") and same_unit("foot", "feet")
    assert not same_unit("Tb", "TB") and not same_unit("soldier", "tank") and not same_unit("USD", "EUR")
    assert same_unit("american", "American") and same_unit("Palestinian", "palestinian")


def test_a_temperature_abbreviated_or_capitalised_is_its_sign():
    """Labels copy the page's "deg. C" or write "degrees Celsius": the unit the extractor writes °C."""
    assert same_unit("°C", "deg. C") and same_unit("°C", "degrees Celsius") and same_unit("°F", "deg F")
    assert not same_unit("°C", "deg. F") and not same_unit("°C", "C")


def test_each_round_gets_its_own_spread_over_its_own_articles():
    rows = ROWS + [row("seen.example", False, 4, 4, 2, 2) | {"round": "t1"},
                   row("quiet.example", False, 2, 2, 2, 2) | {"round": "t1"}]
    lines = publisher_table(rows).splitlines()
    # seen.example's other articles do not count in the round's row: F1 0.5 on its t1 article alone
    assert "round t1 (its articles only): 2 publishers, 2 articles; F1 lowest 0.500 (seen.example), median 0.750" in lines
    assert not any(line.startswith("round ") for line in publisher_table(ROWS).splitlines())


def test_a_subset_without_articles_is_left_out_not_a_crash():
    """Once every labelled round has been tuned on, no article is held out: the bench still reports."""
    from figures import subset_totals

    scored = {"presslake": [row("a.example", False, 3, 3, 3, 3) | {"qualifier": 3, "ms": 1.0, "round": "t1", "frozen_at": None}]}
    totals = subset_totals(scored)
    assert list(totals) == ["all", "round t1"] and totals["all"]["presslake"]["f1"] == 1.0


def test_claims_compare_names_across_typographic_apostrophes():
    from figures import same_claim

    assert same_claim("Mexico’s central bank", "Mexico's central bank")
    assert same_claim("the Ministry (MoD)", "ministry MoD") and not same_claim("Mexico", "Mexico's central bank")
