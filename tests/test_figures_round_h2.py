"""Kinds of figures round h2 showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a ranking table of index scores: the score column is a figure in points, the rank column none
    ("Rankings\n\nRank | Town | Score\n1 | Oakvale | 81.5\n2 | Fenwick | 77.0\n3 | Lower Marsh | 64.2",
     [(81.5, "point", X, "exact"), (77.0, "point", X, "exact"), (64.2, "point", X, "exact")]),
    ("Rank | Club | Rating\n1 | Harbour Rovers | 9.1\n2 | Mill Lane | 8.4",
     [(9.1, "point", X, "exact"), (8.4, "point", X, "exact")]),
    # a column that names no measure gives no unit to a bare number
    ("Rank | Town | Code\n1 | Oakvale | 44.1\n2 | Fenwick | 41.7", []),
    # a live score line: the overs in parentheses after "runs/wickets" are the score's, not a count
    ("Kerr drives through cover for four.HAR 214/5 (38.2 overs)  14:05 Harbour need 40 more.", []),
    ("Kerr drives through cover for four. HAR 96/2 (18 overs)", []),
    # a player's score in parentheses after the name, and a bowling or batting line "N for N"
    ("Led by knocks from Ana Kerr (74) and Tom Hale (51 off 40), Harbour posted 288 for 7 in 50 overs.", []),
    ("Hale took a four-wicket haul (4 for 22 in 8 overs) as the visitors fell away.", [(4, "wicket", C, "exact")]),
    # a rank is no count: "the number three podcast", "their number 1 concern"
    ("The show was the number three podcast on the chart.", []),
    ("Investors ranked policy their number 1 concern this year.", []),
    # data rates and units glued to the digits in a spec list
    ("The hub offers 5 Gbps per port, the old ports 480 Mbps, over a 5 GT/s link.",
     [(5, "Gbps", X, "exact"), (480, "Mbps", X, "exact"), (5, "GT/s", X, "exact")]),
    ("The city recorded 41℃ in July, against 28℃ in the shade.",
     [(41, "°C", X, "exact"), (28, "°C", X, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h2_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected


@pytest.mark.parametrize("text, unit", [
    # a compound noun whose head alone means something else keeps its first noun
    ("The agency sent 40 debt collectors to the town.", "debt collector"),
    ("The campaign issued nine press releases on Monday.", "press release"),
    ("The navy moved two aircraft carriers north.", "aircraft carrier"),
    ("She saved three match points in the final set.", "match point"),
    ("The board adds ten USB ports, and the older one four USB 3.0 ports.", "USB port"),
    ("The county repaved 1,300 lane-miles of road.", "lane mile"),
    ("Milwaukee has nine co-working spaces with vacancies.", "co-working space"),
    # a noun before the head that only narrows it is left out, as labelled before
    ("The firm built three gas turbines and two power plants.", None),
])
def test_a_lexicalised_compound_noun_is_the_unit(text, unit):
    units = {f.unit for f in extract_figures(text)}
    assert units == ({unit} if unit else {"turbine", "plant"})


@pytest.mark.parametrize("text, unit", [
    ("Three gunmen opened fire, and two policemen were hurt.", {"gunman", "policeman"}),
    ("The air force flew 300 sorties.", {"sortie"}),
    ("The campaign bought two new TV ads.", {"ad"}),
])
def test_plural_nouns_read_as_their_singular(text, unit):
    assert {f.unit for f in extract_figures(text)} == unit


def test_a_list_item_s_first_word_is_capitalised_as_a_sentence_s_is():
    """'- Among 199 public colleges': the capital opens the item, it makes no name of "Among 199"."""
    text = "Key findings:\n- Among 199 public colleges, the cost rose.\n• At 109 private colleges, it fell."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(199, "college"), (109, "college")]


@pytest.mark.parametrize("text, expected", [
    # a size: each side is a figure in the unit the last side gives
    ("The board measures 107.5 x 85mm and takes a 5.5×2.1mm jack.",
     [(107.5, "mm"), (85, "mm"), (5.5, "mm"), (2.1, "mm")]),
    # a product of numbers with no unit stays a formula
    ("The grid is 3×4 and the score 2 × 3 = 6.", []),
])
def test_each_side_of_a_size_is_a_measure(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a rate's numerator counts the cases (or deaths, crimes) the article is counting
    ("The county confirmed 512 new cases this week.\n\nThe 7-day rate rose from 31 to 48 per 100,000 people.",
     [(512, "case"), (31, "case"), (48, "case")]),
    ("Police logged 2,300 crimes in 2023.\n\nThe rate of crimes per 1,000 residents is now 41.5, up from 38.2.",
     [(2300, "crime"), (41.5, "crime"), (38.2, "crime")]),
    # a rate whose counted noun the article never names stays no figure
    ("The index rose from 31 to 48 per 100,000.", []),
])
def test_a_rate_s_numerator_counts_what_the_article_counts(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a year before a noun or a verb is a date: "2025 tours", "as 2025 draws to a close"
    ("Bands confirmed upcoming 2025 tours, and as 2024 draws to a close, 2025 marks a new start.", []),
    ("Few 2017 movies were as good, though 2,025 fans came and about 2000 pages were read.",
     [(2025, "fan"), (2000, "page")]),
    # "three in four deals": a share's denominator, like "one in four"
    ("Three in four deals are small.", []),
])
def test_a_year_or_a_share_s_denominator_counts_nothing(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize("text", [
    # a vote tally with its noun between the two numbers
    "The motion was defeated by 220 votes to 180, and the bill passed by 301 votes to 12.",
    # ordinals written with a number word
    "The crisis of the early twenty-first century came in its thirty-second year.",
    # a video player's and a comment thread's page chrome
    "Current Time 0:00 / Duration Time 0:00 Loaded: 0% Progress: 0% Remaining Time -0:00",
    "The firm makes 40 parts, it said. Comments (5 posted) Development activity. Comments (74 posted)",
])
def test_tallies_ordinals_and_page_chrome_are_no_figures(text):
    assert [(f.value, f.unit, f.text) for f in extract_figures(text) if f.value != 40] == []


@pytest.mark.parametrize("text, expected", [
    # "the number of people ...": an irregular plural names the counted noun too
    ("The number of people killed in the floods is more than 870, officials said.", [(870, "person", "min")]),
    # a participle after an auxiliary says what was counted: "22 thousand have been wounded"
    ("In the attack 12 were killed and 22 thousand have been wounded.",
     [(12, "killed", "exact"), (22000, "wounded", "exact")]),
])
def test_what_a_bare_number_counts_from_the_words_around_it(text, expected):
    assert [(f.value, f.unit, f.qualifier) for f in extract_figures(text)] == expected


def test_a_count_joined_to_its_noun_after_a_name_counts():
    """'the Acme 10-port board': a number with a counted compound after it counts, even after a
    capitalised word ("Python 3-compatible code" stays a name)."""
    text = "The Acme 10-port board and the Terminus 7-port hub run Python 3-compatible code."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(10, "port"), (7, "port")]


def test_a_temperature_scale_spelled_out_is_the_same_unit_as_its_sign():
    """Labels write "degree Celsius" where the extractor writes °C: one unit, compared as one."""
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    from figures import same_unit

    assert same_unit("°C", "degree Celsius") and same_unit("°C", "degree celsius")
    assert same_unit("°F", "degree Fahrenheit") and not same_unit("°C", "degree Fahrenheit")


@pytest.mark.parametrize("text, expected", [
    # "Two of them", "Seven of those": a partitive reaches back to the count of the sentence before
    ("The campaign issued nine press releases on Wednesday. Two of them were directed at the debaters.",
     [(9, "press release"), (2, "press release")]),
    ("There are 31 open outbreaks in care homes. Seven of those were reported last week.",
     [(31, "outbreak"), (7, "outbreak")]),
    # a number word with no partitive does not reach back ("Three said no" may be anyone)
    ("The campaign issued nine press releases. Three said no.", [(9, "press release")]),
])
def test_a_partitive_number_stands_for_the_count_before(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


def test_a_number_word_placed_somewhere_stands_for_the_count_before():
    """'There are seven in Paris and another five in London': each is a part, by place, of the count before."""
    text = "The chain runs 60 cafes across Asia. There are seven in Paris and another five in London."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(60, "cafe"), (7, "cafe"), (5, "cafe")]


def test_a_streak_counts_wins_or_losses():
    """'has won six in a row', 'lost three straight': a run of games won or lost."""
    text = "Our side played 12 matches. Windsor has won six in a row, and Erie has lost three straight."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(12, "match"), (6, "win"), (3, "loss")]


def test_every_row_of_a_long_score_table_finds_its_header():
    """A ranking of 300 rows: each row's score is in points, however far below the header it stands."""
    text = "Rank | Town | Score\n" + "".join(f"{i} | Town {i} | {20 + i % 50}.5\n" for i in range(1, 301))
    figures = extract_figures(text)
    assert len(figures) == 300 and {f.unit for f in figures} == {"point"}


@pytest.mark.parametrize("text, expected", [
    # an offer put to the reader states no fact: "Earn 50,000 points after you spend $3,000"
    ("Earn 50,000 bonus points after you spend $3,000 in the first 3 months.", []),
    ("Get 20% more value when you redeem for flights.", []),
    # a report of what someone earned or got is a fact
    ("Get ready: the firm will earn $3 million after it sells 12 stores.", [(3e6, "USD"), (12, "store")]),
])
def test_an_offer_to_the_reader_states_no_figure(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected
