"""`blog:` texts: a blog post's Markdown rendered to the plain text a reader of the page sees."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from figures_corpus import markdown_text  # noqa: E402

POST = """+++
title = "Issuing 200 Million Certificates"
authors = ["A. Writer"]
+++

On a normal day we issue nearly [two million certificates](https://example.org/stats/)
and, at peak, **3 million**.

> Nearly 50 percent of developers use containers,
> the survey found.

Our work
--------

- We signed 116 agreements
- We modified 8 agreements

1. Julia seems like the future (63%)
2. Julia is faster (46%)

```
let x = 42;
```

![a chart](/chart.png)
<svg viewBox="0 0 1020.29 660.46"
  style="enable-background:new">
<style>.line-st2{font-size:27px;}</style><text>0 5 10 15 20</text>
</svg>
<h4 class="margin-0">Build times</h4>
[gh-outage]: https://status.example.org/incidents/1
Costs fell by 2021\\. &mdash; A &lt;3
"""


def test_a_post_reads_as_its_title_and_plain_lines():
    assert markdown_text(POST).split("\n\n") == [
        "Issuing 200 Million Certificates",
        "On a normal day we issue nearly two million certificates and, at peak, 3 million.",
        "Nearly 50 percent of developers use containers, the survey found.",
        "Our work",
        "We signed 116 agreements",
        "We modified 8 agreements",
        "Julia seems like the future (63%)",
        "Julia is faster (46%)",
        "Build times Costs fell by 2021. — A <3",
    ]


def test_yaml_front_matter_gives_the_title_too():
    assert markdown_text('---\ntitle: "A Year of Launches"\ndate: 2024-10-08\n---\n\nWe launched 12 sites.\n') == \
        "A Year of Launches\n\nWe launched 12 sites."


def test_a_table_reads_as_a_line_per_row():
    table = "The sites most affected:\n\n| site | % of tests |\n|------|:---:|\n| mil05 | 9.6% |\n| sea03 | 8.9% |\n"
    assert markdown_text(table).split("\n\n") == ["The sites most affected:", "site % of tests", "mil05 9.6%",
                                                  "sea03 8.9%"]


def test_template_tags_and_comments_are_dropped():
    post = ("{% include figure.html %}\n\n[//]: # (Organising a meetup? See [Our Speakers](todo).)\n\n"
            'We hired 4 staff, according to the [Staff Statistics](https://example.org){:target="_blank"}.\n')
    assert markdown_text(post) == "We hired 4 staff, according to the Staff Statistics."


def test_a_folded_title_and_a_closing_rule_with_spaces():
    post = "---\ntitle: >\n  PhD funding blunder in\n  Aeronautics\nlayout: news\n---  \nEleven students lost 10%.\n"
    assert markdown_text(post) == "PhD funding blunder in Aeronautics\n\nEleven students lost 10%."


def test_a_post_kept_as_html_keeps_its_paragraphs():
    post = "---\ntitle: Sensors\n---\n\n<p>\n  The team placed <b>40</b> sensors.\n</p>\n<p>\n  Each costs $90.<br>\n  <br>\n  Ruiz said so.\n</p>\n"
    assert markdown_text(post).split("\n\n") == ["Sensors", "The team placed 40 sensors.", "Each costs $90.", "Ruiz said so."]
