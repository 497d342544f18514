"""A story kept only in a script's JSON (a JavaScript app's state the browser renders: issue 19's h85 dev set,
mediacloud's fixture of a TV station's page) is read by the page's own description, and only when the HTML gives no
paragraph. Pages of the project's own making."""

import json

from presslake.article.extract import extract_article

DESCRIPTION = ("Officials say two ferries ran aground in thick fog off Velmar Point on Friday night, and all 140 "
               "passengers were taken ashore.")
STORY = [DESCRIPTION, "The harbour master said the ferries would be towed to the yard at Ostrava on Monday.",
         "The operator, Portline, said services would run on a reduced timetable until the end of the month."]


def page(state: dict, body: str = '<div id="app"></div>') -> str:
    return (f'<html><head><title>Two ferries run aground off Velmar Point</title>'
            f'<meta name="description" content="{DESCRIPTION}">'
            f'<meta property="og:title" content="Two ferries run aground off Velmar Point"></head>'
            f'<body>{body}<script>window.__STATE__ = {json.dumps(state)};</script></body></html>')


def test_a_story_only_in_a_script_is_read_from_it():
    rich = "".join(f"<p>{part}</p>" for part in STORY)
    state = {"story": {"headline": "Two ferries", "summary": DESCRIPTION, "richText": rich}}
    article = extract_article(page(state))
    assert article.paragraphs == STORY
    assert article.body == "\n\n".join(STORY)


def test_a_script_that_only_repeats_the_description_gives_no_story():
    article = extract_article(page({"story": {"summary": DESCRIPTION}}))
    assert article.body == ""


def test_a_script_without_the_description_gives_no_story():
    other = "".join(f"<p>{part}</p>" for part in STORY[1:]) * 3
    article = extract_article(page({"story": {"richText": other}}))
    assert article.body == ""


def test_a_story_in_the_html_is_not_replaced_by_the_script():
    html_story = "".join(f"<p>{part} It is the page's own text, kept as printed.</p>" for part in STORY)
    state = {"story": {"richText": "<p>" + DESCRIPTION + " A script's other version.</p>" * 5}}
    article = extract_article(page(state, body=f"<article><h1>Two ferries</h1>{html_story}</article>"))
    assert "A script's other version" not in article.body
    assert "kept as printed" in article.body


def test_a_copy_with_whole_closing_tags_wins_over_a_mangled_one():
    mangled = "".join(f"<p>{part}{{\\/p}}" for part in STORY) + "{\\/sd-embed}<p>{\\/p}"
    whole = "".join(f"<p>{part}</p>" for part in STORY)
    article = extract_article(page({"a": {"richText": mangled}, "b": {"richText": whole}}))
    assert article.paragraphs == STORY
