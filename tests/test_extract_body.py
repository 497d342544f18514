"""Nothing but the story (issue 20, item 3), on pages of the project's own making.

The fixtures live in tests/fixtures/extraction, not tests/fixtures/pages, which the demo and its
tests ingest whole.
"""

from pathlib import Path

import pytest

from presslake.article.extract import extract_article

EXTRACTION = Path(__file__).parent / "fixtures" / "extraction"


def fixture(name: str) -> bytes:
    return (EXTRACTION / name).read_bytes()


HEAT_STORY = [
    "Marlow County opened six cooling centers on Monday as forecasters warned that afternoon temperatures would "
    "stay above 100 degrees for at least five days.",
    "The centers, in libraries and community halls, will stay open until 9 p.m. and offer water, chairs and phone "
    "charging, the county's emergency manager said.",
    "Bus rides to the centers are free for the rest of the week, and volunteers will check on elderly residents "
    "who live alone in the older neighborhoods east of the river.",
    "Hospital officials said they had treated eleven people for heat exhaustion since Saturday, most of them "
    "outdoor workers and people attending a weekend baseball tournament.",
    "The utility asked customers to set thermostats two degrees higher between 4 and 7 p.m., when demand on the "
    "grid is highest, but said it did not expect outages.",
    "Residents can find the nearest cooling center by calling the county's information line or on the emergency "
    "management office's website.",
]


def heat_story_with_tail(tail: str) -> str:
    """The heat-wave fixture with `tail` instead of its list of related headlines."""
    page = fixture("related-headlines-tail.html").decode()
    return page.replace(page[page.index("<h3>"):page.index("</div>\n</article>")], tail)


def test_a_list_of_related_headlines_after_the_story_is_chrome():
    article = extract_article(fixture("related-headlines-tail.html"))
    assert article.paragraphs == HEAT_STORY
    assert heat_story_with_tail("") != fixture("related-headlines-tail.html").decode()


def test_a_related_list_that_the_extractor_drops_leaves_no_label_behind():
    page = fixture("related-headlines-tail.html").decode()
    links = page[page.index("</h3>") + 5:page.index("</div>\n</article>")].replace("<p>", "<li>").replace("</p>", "</li>")
    page = heat_story_with_tail(f"<p><strong>More from The Valley Courier</strong></p>\n<ul>{links}</ul>\n")
    assert extract_article(page).paragraphs == HEAT_STORY


BUS_STORY = [
    "东湖新区交通运输局周一宣布，从本周起开通三条夜间公交线路，末班车延长到凌晨一点，方便医院、工厂和餐馆的夜班职工回家。",
    "新线路连接新区医院、工业园和老城区，每二十分钟发一班车，票价与白天线路相同，市民可以使用交通卡和手机支付。",
    "交通运输局负责人表示，过去一年有一千多名市民通过热线反映夜间出行困难，不少职工只能乘坐出租车，每月交通费用超过五百元。",
    "新区还将在主要站点增设照明和监控设备，并安排安全员随车服务，保障乘客夜间出行安全。",
    "一位在工业园上夜班的市民说，以前下班后要等很久才能打到车，现在坐公交二十分钟就能到家，每月可以节省不少开支。",
    "交通运输局表示，将根据客流情况调整发车间隔，并在年底前评估是否增开更多夜间线路。",
]


def test_recommended_videos_and_copyright_lines_on_a_portal_are_chrome():
    article = extract_article(fixture("portal-tail-zh.html"))
    assert article.paragraphs == BUS_STORY
    assert article.is_article and article.language == "zh"


@pytest.mark.parametrize("line", [
    "© 2025 The Valley Courier. All rights reserved.",
    "Copyright 2025 The Valley Courier. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "Copyright © 2025 Valley Media Group",
    "(c) 2025 Valley Media Group, all rights reserved",
])
def test_a_copyright_line_at_the_end_is_chrome(line):
    assert extract_article(heat_story_with_tail(f"<p>{line}</p>")).paragraphs == HEAT_STORY



def CUT(summary: str) -> str:
    """A teaser's summary as a CMS cuts it: at a fixed length, mid-word."""
    return summary[:85] + "..."


@pytest.mark.parametrize("tail", [
    # summaries a machine cut off at one length, a video label, and a shop
    f"<p>{CUT('Police say a former county treasurer faces trespass and criminal damage charges after a dispute')}"
    "</p>\n<p><a href='/a'>Harbour swim race moves to Sunday</a></p>\n"
    f"<p>{CUT('Organisers of the annual harbour swim said the race would move a day later because of the tides')}"
    "</p>\n"
    "<p>Courier Videos</p>\n<p>Our reporter walks the new river path from the dam to the old mill.</p>\n"
    "<p>Valley Courier Shop</p>\n"
    "<p><a href='/s/1'>Courier Classic Mug</a> BUY NOWOUR PRICE $12.95</p>\n"
    "<p><a href='/s/2'>Valley Courier Tote Bag - Charcoal</a> BUY NOWOUR PRICE $19.95</p>\n",
    # teasers that end in READ MORE with their sections, and vote counts
    "<p>Local News</p>\n<p>Harbour swim race moves to Sunday</p>\n"
    "<p>Organisers said the race would move a day later. READ MORE</p>\n<p>Schools</p>\n"
    "<p>New term dates announced for the district</p>\n"
    "<p>The district set its calendar for the coming year. READ MORE</p>\n"
    "<p>Ferry fares rise from October 1</p>\n<p>280 votes | 27 September 2025</p>\n"
    "<p>Library reopens after roof repair</p>\n<p>158 votes | 30 September 2025</p>\n",
])
def test_a_run_of_teasers_after_the_story_is_chrome(tail):
    assert extract_article(heat_story_with_tail(tail)).paragraphs == HEAT_STORY


@pytest.mark.parametrize("heading", ["Leave a Reply", "Leave a Comment", "Post a comment", "Add a Comment"])
def test_a_comment_forms_heading_ends_the_story(heading):
    # a blog's comment form, then a sidebar of card offers in prose: neither is the story
    tail = (f"<h3>{heading}</h3>\n<p>Top Cards by Category</p>\n"
            "<p>Earn a $100 bonus after you spend $500 in your first three months, and 5% cash back in categories "
            "that change every quarter, like gas stations and restaurants.</p>\n"
            "<p>Enjoy a 0% introductory rate for 18 months on balance transfers and six months on purchases.</p>\n")
    assert extract_article(heat_story_with_tail(tail)).paragraphs == HEAT_STORY


def test_a_short_last_paragraph_of_the_story_is_kept_before_its_teasers():
    tail = ("<p>The centers close on Sunday.</p>\n<p>Local News</p>\n"
            "<p>Organisers said the race would move a day later. READ MORE</p>\n"
            "<p>The district set its calendar for the coming year. READ MORE</p>\n")
    assert extract_article(heat_story_with_tail(tail)).paragraphs == HEAT_STORY + ["The centers close on Sunday."]


@pytest.mark.parametrize("lines", [
    ["Asked whether the centers would stay open into August, the manager said: we will see..."],
    # replies under a post that trail off: short, or with more than one ellipsis
    ["I went to the one at the library...", "Same here, it was cool and quiet...nobody there at noon..."],
])
def test_lines_that_trail_off_are_the_pages_own(lines):
    tail = "".join(f"<p>{line}</p>\n" for line in lines)
    assert extract_article(heat_story_with_tail(tail)).paragraphs == HEAT_STORY + lines


@pytest.mark.parametrize("line", [
    "The post County opens cooling centers as heat wave settles in appeared first on The Valley Courier.",
    "Dana Whitfield | Valley Courier | Getty Images",
    "Remo Casilli | Reuters",
])
def test_a_feed_footer_or_a_photo_credit_line_is_chrome(line):
    assert extract_article(heat_story_with_tail(f"<p>{line}</p>")).paragraphs == HEAT_STORY


LIGHTHOUSE_STORY = [
    "The Carrow Point lighthouse reopened on Saturday as a small maritime museum, nearly four decades after its "
    "last keeper left and the light was automated.",
    "A local trust spent three years and about 1.2 million euros repairing the tower, replacing rusted railings "
    "and rebuilding the keeper's cottage from old photographs.",
    "The museum shows logbooks, lenses and radio equipment donated by the families of former keepers, along with "
    "a model of the shipwreck that led to the light's construction.",
    "Visitors can climb the 112 steps to the lantern room in groups of ten, and the trust plans evening openings "
    "during the summer months.",
    "The trust's chair said the first weekend had already sold out and that schools from across the county had "
    "asked for guided visits in the autumn.",
]


def test_captions_leave_the_body_and_the_first_is_the_lead_image_caption():
    article = extract_article(fixture("inline-captions.html"))
    assert article.paragraphs == LIGHTHOUSE_STORY
    assert article.lead_image_caption == ("The restored lantern room of the Carrow Point lighthouse, which had been "
                                          "closed to visitors since 1987.")


def test_a_caption_from_the_pages_metadata_wins():
    page = fixture("inline-captions.html").decode().replace(
        "</head>", '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Old lighthouse '
                   'reopens as a museum", "image": {"@type": "ImageObject", "url": "https://coastal.example.com/'
                   'img/lighthouse.jpg", "caption": "Carrow Point lighthouse at dusk."}}</script></head>')
    article = extract_article(page)
    assert article.lead_image_caption == "Carrow Point lighthouse at dusk."
    assert article.paragraphs == LIGHTHOUSE_STORY


def test_a_caption_above_its_photo_credit_leaves_the_body():
    # a live blog's photos: the image, its caption and an agency's credit line, as plain paragraphs
    article = extract_article(fixture("live-blog-credited-caption.html"))
    assert article.lead_image_caption == ("Firefighters check the old stone bridge over the Tessa, which the water "
                                          "reached overnight for the first time since 1994.")
    assert "Firefighters check" not in article.body
    assert "The main street of the lower town" not in article.body
    assert "Reuters" not in article.body and "Europa Press" not in article.body
    assert article.paragraphs[3] == "09:15"
    assert article.paragraphs[4].startswith("Engineers will inspect the bridge")
    assert len(article.paragraphs) == 9


def test_a_paragraph_longer_than_a_caption_stays_between_a_photo_and_its_credit():
    # a caption is a line or two (up to 300 characters); this is the story going on under the photo
    before = ("Engineers will inspect the bridge as soon as the water falls, the mayor said at a press conference in "
              "the town hall on Tuesday morning, and it stays closed to traffic and to walkers until then. The fire "
              "service keeps two boats at the foot of the bridge in case the water rises again overnight, and the "
              "army has sent a team of divers to look at the piers.")
    page = fixture("live-blog-credited-caption.html").decode().replace(
        "<p>Firefighters check the old stone bridge over the Tessa, which the water reached overnight for the first "
        "time since 1994.</p>", f"<p>{before}</p>")
    assert before in extract_article(page).paragraphs


# ---------------------------------------------------------------- the text of the main-text blocks

STEPS = "".join(f"<p>Step {i} of the harbour walk passes the old customs house, the fish market and the "
                f"ferry terminal before it turns back along the sea wall towards the town.</p>" for i in range(6))


def story_page(body: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>Harbour walk</title>"
            f"<meta property='og:type' content='article'></head><body><article><h1>Harbour walk</h1>"
            f"{STEPS}{body}</article></body></html>")


def test_text_between_blocks_is_kept():
    text = ("Walkers who start early can watch the boats unload their catch, and the market's cafe opens at six "
            "for anyone who wants breakfast before the walk.")
    article = extract_article(story_page(f"<h2>Before you go</h2>{text}<h2>Getting there</h2><p>Take the "
                                         f"number 4 bus to the harbour stop and walk down the hill.</p>"))
    assert text in article.paragraphs


def test_lines_broken_inside_a_list_item_are_not_glued_together():
    items = "".join(f"<li><p>Stop {i}<br>Open: daily<br>Price: free<br>A short stop with a view of the "
                    f"whole bay and benches for a rest.</p></li>" for i in range(3))
    article = extract_article(story_page(f"<ol>{items}</ol>"))
    assert "Stop 1 Open: daily Price: free A short stop with a view of the whole bay and benches for a rest." \
        in article.paragraphs


def test_text_after_an_html_comment_is_kept():
    article = extract_article(story_page("<p>The walk ends at the lighthouse <!-- teaser slot --> where a small "
                                         "museum tells the story of the harbour and its keepers.</p>"))
    assert ("The walk ends at the lighthouse where a small museum tells the story of the harbour and its "
            "keepers.") in article.paragraphs


# ---------------------------------------------------------------- pruning that took the story with it

def test_a_table_in_a_figure_is_the_storys_table():
    # WordPress wraps tables in <figure class="wp-block-table">: not an image, only its caption goes
    rows = "".join(f"<tr><td>Stop {i}</td><td>Opens at {6 + i} in the morning and closes at dusk</td></tr>"
                   for i in range(12))
    article = extract_article(story_page(f"<figure class='wp-block-table'><table>{rows}</table>"
                                         f"<figcaption>Opening hours of the stops</figcaption></figure>"))
    assert "Stop 7 | Opens at 13 in the morning and closes at dusk" in article.paragraphs
    assert "Opening hours of the stops" not in article.body
    assert article.lead_image_caption == "Opening hours of the stops"


def test_a_page_nested_in_an_unclosed_button_is_not_pruned_with_it():
    from presslake.article.parsing import parse_html
    from presslake.article.prune import plan_pruning

    # misnested markup as a header's menu button had it: libxml2 never closes the button
    page = story_page("").replace("<body>", "<body><button class='menu-button'><div class='inner'><div> </button> </div>")
    tree = parse_html(page)
    [button] = tree.iter("button")
    assert "Step 5 of the harbour walk" in button.text_content()   # libxml2 nests the page in it
    pruning = plan_pruning(tree)
    assert button not in pruning.certain + pruning.chrome
    pruning.apply()
    assert len([p for p in extract_article(page).paragraphs if p.startswith("Step ")]) == 6


def test_a_page_hidden_until_its_scripts_run_is_read_and_hidden_chrome_is_not():
    # React streams server-rendered content into hidden blocks and shows them from a script
    page = story_page("<p hidden>A hidden teaser for another story about the town's new bus timetable.</p>")
    page = page.replace("<article>", "<div hidden id='S:0'><article>").replace("</article>", "</article></div>")
    article = extract_article(page)
    assert len([p for p in article.paragraphs if p.startswith("Step ")]) == 6
    assert "hidden teaser" not in article.body


# ---------------------------------------------------------------- never lose the story (issue 20, item 2)

FERRY = ["The ferry service to the outer islands resumed on {day} after a winter of repairs to the pier at {place}, "
         "which storms had damaged twice.",
         "Islanders said the {weeks} weeks without a boat had emptied the shop shelves at {place} and kept children "
         "from the school on the mainland.",
         "The council's harbour engineer said the new pilings at {place} were driven twice as deep as the old ones "
         "and should outlast the ferry itself.",
         "Fares stay the same until {day}, when the operator will ask the council for a rise to cover fuel and the "
         "crew's overtime."]
ISLANDS = ["Skerry", "Holm", "Vaila", "Fetlar", "Unst", "Yell", "Bressay", "Noss", "Foula", "Papa", "Mousa", "Burra"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def ferry_paragraph(i: int) -> str:
    return " ".join(sentence.format(day=DAYS[(i + k) % 6], place=ISLANDS[(i + k) % 12], weeks=3 + i)
                    for k, sentence in enumerate(FERRY))


def test_a_story_continued_outside_its_content_block_is_not_lost():
    # trafilatura's fast path stops at the block classed as the content (about 290 words); the story
    # goes on in a block of its own, three quarters of the page's prose
    story = [ferry_paragraph(i) for i in range(12)]
    story[-1] += " The first sailing of the summer timetable leaves at seven."
    intro, rest = ("".join(f"<p>{p}</p>" for p in part) for part in (story[:3], story[3:]))
    page = (f"<!DOCTYPE html><html lang='en'><head><title>Ferry returns</title>"
            f"<meta property='og:type' content='article'></head><body><h1>Ferry returns</h1>"
            f"<div class='entry-content'>{intro}</div><div class='story-continued'>{rest}</div></body></html>")
    article = extract_article(page)
    assert article.paragraphs == story


def test_a_second_opinion_with_twice_the_words_takes_over():
    from presslake.article.body import takes_over

    # paragraphs of 97 words: 4 of them are under half of 9, and hold too much prose for the rule
    # that came before (the second opinion had to hold twice the prose and 600 characters more)
    first = [ferry_paragraph(i) for i in range(4)]
    second = [ferry_paragraph(i) for i in range(9)]
    assert takes_over(first, second)
    assert not takes_over(second[:5], second)                        # over half: the first stays
    assert not takes_over([FERRY[0]], [ferry_paragraph(0)])          # under 100 words: no story to lose


def test_a_second_opinion_with_prose_replaces_a_glued_list_of_links():
    from presslake.article.body import takes_over

    # trafilatura's fast path glued a sidebar's numbered teaser links into one paragraph of 24 headlines;
    # the second opinion holds the story, a short item of 97 words. The list has more words, and more
    # characters than the story, but hardly any prose outside its links' texts.
    teasers = [f"{title} of the Week for Your Ferry Trip Number {n}" for n, title in
               enumerate(["Ways to Pack", "Cabins Worth Booking", "Harbour Walks", "Deck Snacks"] * 6, 1)]
    glued = [" ".join(f"{n} {teaser} Travel" for n, teaser in enumerate(teasers, 1))]
    story = [ferry_paragraph(0)]
    assert takes_over(glued, story, frozenset(teaser.casefold() for teaser in teasers))
    # a list read as text (no links known) is prose: the story has fewer words and must not replace it
    assert not takes_over(glued, story)


def test_a_second_opinion_of_link_texts_does_not_replace_a_short_story():
    from presslake.article.body import takes_over

    # the first result is the story, one paragraph of 97 words; the second is a blogroll, 130 contributors'
    # names, one link each (most shorter than the link texts looked for inside paragraphs): more words, no prose
    names = [f"{first} {last}" for first in ("Ana", "Tomas", "Ivan", "Marta", "Pavel", "Lena", "Oskar", "Irena",
                                             "Jonas", "Petra") for last in ("Ruizova", "Peeterson", "Marekova",
                                                                           "Halevski", "Nordqvist", "Lindgren",
                                                                           "Kowalczyk", "Baranova", "Stromberg",
                                                                           "Novotny", "Dvorakova", "Horvath", "Szabova")]
    story = [ferry_paragraph(0)]
    assert not takes_over(story, names, frozenset(name.casefold() for name in names))
    # the same list of names read as text (no links known) is words of the page: it takes over
    assert takes_over(story, names)


REGIONS = [("Spain", "40 euros"), ("France", "40 euros"), ("Italy", "45 euros"), ("Ireland", "45 euros"),
           ("Austria", "50 euros"), ("Denmark", "400 kroner"), ("Sweden", "550 kronor"), ("Norway", "600 kroner"),
           ("Poland", "220 zloty"), ("Switzerland", "60 francs"), ("Czechia", "1,200 koruna"), ("Greece", "50 euros")]


def test_a_second_opinion_that_repeats_a_notice_is_no_more_story():
    from presslake.article.body import takes_over

    # A shop's promotion bar, one variant per region (hidden but for one), that the second opinion read
    # with the page's terms: each variant repeats the same notice, which is no more of the story.
    notices = [f"Free standard shipping to {region} on orders of {amount} or more. For more information on "
               f"shipping rates and delivery times, please visit our international shipping page."
               for region, amount in REGIONS]
    story = [ferry_paragraph(0), ferry_paragraph(1)]
    assert not takes_over(story, notices + story)
    # a calendar's repeated rows are no more text than one of them
    rows = ["Mo Di Mi Do Fr Sa So. 01 02 03 04 05 06 07. 08 09 10 11 12 13 14."] * 40
    assert not takes_over(story, rows + story[:1])
    # notices that differ are text: twice the words, the second opinion takes over
    assert takes_over(story, [f"{ferry_paragraph(i)} Sailings to {region} resume in spring."
                              for i, (region, _) in enumerate(REGIONS[:5])])


def test_summaries_that_end_at_a_word_with_an_ellipsis_are_kept():
    summaries = ["Novice plan: the most popular program for a first marathon, with four runs a week and the...",
                 "Intermediate plan: for runners who have finished one or more marathons and who want to "
                 "improve on their time over the same...",
                 "Advanced plan: for runners with several marathons behind them who run six days a week, "
                 "with speed work on..."]
    tail = "".join(f"<p>{s}</p>\n" for s in summaries)
    assert extract_article(heat_story_with_tail(tail)).paragraphs == HEAT_STORY + summaries


def test_a_page_that_is_mostly_teasers_is_a_listing_and_keeps_them():
    teasers = [CUT(f"Harbour notes {i}: the ferry timetable changes again and the pier is closed for repairs until "
                   "the end of the month") for i in range(12)]
    page = heat_story_with_tail("".join(f"<p>{t}</p>\n" for t in teasers)).replace(
        "".join(f"<p>{p}</p>\n" for p in HEAT_STORY[1:]), "")
    assert extract_article(page).paragraphs[-len(teasers):] == teasers


def test_a_live_match_in_blocks_classed_as_comments_is_not_lost():
    # The live entries are classed 'live-match-comment' (chrome by the class name), and so are the minute
    # and the text inside each. The preview left after pruning is a story of its own (170 words, all of the
    # pruned page's prose): only the prose of the pruned blocks says that the story was pruned.
    article = extract_article(fixture("live-match-comments.html"))
    assert article.paragraphs[-1] == ("Kick-off at the Harbour Ground, where the home side wear their red shirts and "
                                      "the league leaders play in white.")
    assert sum(p.startswith("Goal for ") for p in article.paragraphs) == 2
    assert article.paragraphs[4].startswith("Kestrel Town host the league leaders")


def test_the_prose_of_pruned_blocks_is_read_with_the_chrome_nested_in_them():
    from presslake.article.parsing import parse_html
    from presslake.article.prune import plan_pruning, prose_chars

    tree = parse_html(fixture("live-match-comments.html").decode())
    pruning = plan_pruning(tree)
    before = sum(map(prose_chars, pruning.judged))
    assert before > 2000
    pruning.apply()
    assert pruning.judged_prose_chars == before
    assert "Goal for Northgate" not in tree.text_content()


# ---------------------------------------------------------------- never another text of the page

STORY_PAGE = (
    "<html><head><title>Harbour ferry grounded off Velmar breakwater overnight</title></head><body>"
    "<article><h1>Harbour ferry grounded off Velmar breakwater overnight</h1>"
    "<p>A harbour ferry ran aground off the Velmar breakwater overnight, and its 212 passengers were taken off "
    "by lifeboats before dawn, the port authority said.</p></article>"
    "<div class='gallery'><p>1/43</p><p>A photo gallery of yachts in the summer regatta, with captions.</p></div>"
    "</body></html>")
STORY = ["A harbour ferry ran aground off the Velmar breakwater overnight, and its 212 passengers were taken off "
         "by lifeboats before dawn, the port authority said."] + [
    f"Witness {n} on the Velmar pier said the ferry had turned too early for the harbour mouth in the wind, and "
    f"that the crew had sounded the horn {n} times before the hull struck the rocks of the breakwater."
    for n in range(1, 8)]
GALLERY = ["1/43"] + [f"Photo {n}: a yacht of the summer regatta rounds the buoy at the start of the race, "
                      f"its crew of six leaning out over the water while the spectators cheer from the pier."
                      for n in range(1, 44)]


@pytest.mark.parametrize("first, fuller", [(STORY[:5], GALLERY)])
def test_a_fuller_extraction_of_another_text_never_replaces_the_story(monkeypatch, first, fuller):
    """trafilatura's full pass (and the second opinion on the unpruned page) can settle on another text of
    the page, a gallery or the next story, with more words than the story: the headline's words tell them
    apart (Chaos `microsoft,windows (1)` and `extinct (7)`)."""
    from presslake.article import body

    monkeypatch.setattr(body, "_main_text", lambda page, *, fast: list(first if fast else fuller))
    article = extract_article(STORY_PAGE.encode())
    assert "212 passengers" in article.body and "regatta" not in article.body


def test_a_fuller_extraction_of_the_same_story_still_replaces_it(monkeypatch):
    from presslake.article import body

    first = STORY[:5]  # 170 words: trafilatura's full pass runs
    fuller = STORY + ["Divers will inspect the harbour ferry's hull on Wednesday, and the Velmar route should "
                      "reopen by the weekend, the operator said, after the breakwater lights are repaired."] * 3
    monkeypatch.setattr(body, "_main_text", lambda page, *, fast: list(first if fast else fuller))
    assert "Divers will inspect" in extract_article(STORY_PAGE.encode()).body


def test_the_headline_share_reads_the_headline_s_content_words():
    from presslake.article.body import headline_share

    assert headline_share("Harbour ferry grounded off Velmar breakwater", STORY) == 0.8  # "aground"
    assert headline_share("Harbour ferry grounded off Velmar breakwater", GALLERY) == 0.0
    assert headline_share("Home", STORY) is None  # too short to tell
