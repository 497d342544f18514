"""Kinds of attribution round h3 showed (issue 19), from sentences of the project's own making:
surveyed groups written as shares, survey publishers too far back or too many to choose from,
descriptors glued inside a name, corporate abbreviations, "the company" of the article, pronouns
that stand for people only."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("text, figure", [
    # a surveyed group written as a share reports nothing of its own
    ("Higher shares of rural tenants reported late payments (45% vs. 15%) than city tenants.", "45%"),
    ("A majority of farmers reported losses of 20% or more.", "20%"),
    # surveys named in an earlier paragraph, several of them: which one found the figure is not said
    ("This brief draws on two surveys: the Hale Institute polled 1,000 tenants and the Velmar Housing Office "
     "surveyed 500 owners.\n\nRents rose everywhere.\n\n- In 2023, 21% of tenants reported paying late.", "21%"),
    # ... and across a heading, the survey named before it is not the group's
    ("The Hale Institute polled 1,000 tenants in May. The Velmar Housing Office surveyed 500 owners.\n\n"
     "Late payments\n\nIn 2023, 21% of tenants reported paying late.", "21%"),
    # two data sets named together: which one holds the figure is not said
    ("Data from HITS and PORTS shows that in 2022, 20% of ferries ran late.", "20%"),
    # a survey named by its year and title is no earlier one
    ("The Hale Institute polled 1,000 tenants.\n\nThe 2021 Harbour Tenants survey found that 46% of owners paid "
     "late.", "46%"),
    # "claims" after a noun that speaks for no one is a noun
    ("Products with the nutrition claims 'low in fat' may hold 3 grams of fat per 100 grams.", "3 grams"),
    # a report's object ends where its subject's own act begins
    ("Portline reported earnings of $0.21 a share for 2023 but booked $6.36 a share in 2025.", "$6.36"),
    # ... not for a capitalised word opening the sentence that does nothing
    ("Data-centre sales rose to $30.8 billion, according to a spokesperson.", "$30.8 billion"),
    # ... not for a person the sentence opens with
    ("Ana Ruiz sold 40 ferries last year, according to a spokesperson.", "40 ferries"),
])
def test_h3_no_source(text, figure):
    assert source_of(text, figure) is None


@pytest.mark.parametrize("text, figure, source", [
    # a surveyed group written as a share: the data's publisher named in the sentence is the source
    ("Data from the Hale Institute found that in 2021, higher shares of rural tenants reported late payments "
     "(45% vs. 15%).", "45%", "Hale Institute"),
    # where a body sits is no part of its name, wherever the descriptor stands
    ("In Velmar the figure is 36 per cent, according to the government's Ostrava-based Small Business Office.",
     "36 per cent", "Small Business Office"),
    # a company projects what follows "that"; a document's noun before a body's is no document
    ("Business research provider Hale Analytics projects that spending will grow at a 21.2% rate.", "21.2%",
     "Hale Analytics"),
    ("Portline projects that fares will rise 4% next year.", "4%", "Portline"),
    # research done for a body is the body's; "the" in its name makes no earlier document of it
    ("The Hale Institute polled 1,000 tenants.\n\nResearch conducted for the Velmar Project found that 6 per cent "
     "of owners paid late.", "6 per cent", "Velmar Project"),
    # a word alone stands for the college it named before
    ("Hale College’s 2014 study covered 400 firms.\n\nFirms led by women got 3 per cent of the money, according to "
     "Hale’s research.", "3 per cent", "Hale College"),
    # a person's capitalised role at a company, between commas, leaves the person the speaker
    ("Mira Salo, Director of Talent Acquisition at software company Portline, says the tool saved 75 per cent of "
     "the time.", "75 per cent", "Mira Salo"),
    # a corporate abbreviation keeps its full stop
    ("A Portline Inc. report in March said that 30 percent of ferries were late.", "30 percent", "Portline Inc."),
])
def test_h3_sources(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure, source", [
    # "the company" is the company the article is about, not the investor or employer named last
    ("Email security startup Portline raised $22 million on Tuesday.\n\nNorwest Ventures led the round. Before "
     "Portline, CEO Ana Ruiz was a fellow at Velmar Systems.\n\n"
     "The company claims its platform checks 10 billion messages per day.", "10 billion", "Portline"),
    ("Portline has announced plans to link 12 ports. Portline will pay for it, and Portline staff will run "
     "them.\n\nThe company reports 57% of ferries are late.", "57%", "Portline"),
    # a heading's capitalised preposition makes no person of the company ("Inside Portline's plan")
    ("Portline has announced plans to link 12 ports.\n\n[Read: Inside Portline's plan to battle delays]\n\n"
     "Portline will pay for it, and Portline staff will run them. Ferry maker Velmar Technologies will build "
     "them.\n\nIn January, the company announced it would spend $1 billion.", "$1 billion", "Portline"),
    # a place the article opens with is no company, however often named
    ("Ostrava has announced new tariffs. Ostrava will collect them at ports in Ostrava.\n\nVelmar Motors sells "
     "cars. The company said it sold 40 cars in May.", "40 cars", "Velmar Motors"),
])
def test_h3_the_company_is_the_articles(text, figure, source):
    assert source_of(text, figure) == source



def test_h3_a_he_is_the_speaker_of_the_quotation_before_not_a_name_inside_it():
    text = ("Portline chief executive Ana Ruiz said, \u201cPortline Cloud and Portline Edge are not just a registry; "
            "it\u2019s how the biggest firms choose to ship their goods.\u201d\n\nShe added, \u201cThis $50 million "
            "is one of the largest rounds in the market.\u201d")
    assert source_of(text, "$50 million") == "Ana Ruiz"


@pytest.mark.parametrize("text, figure, source", [
    # a publication credited in parentheses at the end of its sentence
    ("Ferry startup Portline raised $20 million from Velmar Ventures (Harbour Times).", "$20 million", "Harbour Times"),
    ("This round gives Portline around $150 million in total funding (Ostrava Post).\n\nFares rose.", "$150 million",
     "Ostrava Post"),
    ("Portline raised $20 million from Velmar Ventures. (Harbour Times)\n\nFares rose.", "$20 million",
     "Harbour Times"),
    # "based on" a named survey
    ("Based on the Hale Institute survey, 87% of enterprises have hired engineers.", "87%", "Hale Institute"),
    ("Based on Hale’s CIO talent planning survey for 2025, 87% of enterprises have hired engineers.", "87%", "Hale"),
    # a company's first word is the company, not a product of that name
    ("Portline Ferry Holdings runs ferries. Portline Cloud sells software.\n\nPortline projects free cash flow of "
     "$1.68 billion.", "$1.68 billion", "Portline Ferry Holdings"),
    # a data set or survey an acronym names, at its full name; "from 2011 to 2021 shows" is a verb after a year
    ("Most ports report to the Harbour Incident Tracking System (HITS).\n\nHITS data from 2011 to 2021 shows "
     "declines in ferry use, including late sailings (from 39% to 23%).", "39%", "Harbour Incident Tracking System"),
    ("Most ports report to the Harbour Incident Tracking System (HITS).\n\nThe 2021 HITS survey found that 46% of "
     "owners paid late.", "46%", "Harbour Incident Tracking System"),
    ("Statistics compiled from Velmar Insights reports by the Hale Project indicate that 0.2% of deals went to "
     "women.", "0.2%", "Hale Project"),
    # an unnamed spokesperson, or one "for the company", speaks for the company the sentence opens with
    ("Portline raised $20 million, according to a spokesperson for the company.", "$20 million", "Portline"),
    ("Portline, the ferry operator, raised $20 million, according to a spokesperson.", "$20 million", "Portline"),
    # a subject described before its name speaks for its second verb too, nearer than a credit
    ("Ferry startup Portline exited stealth and announced that it has raised a $12.5 million round (Harbour Times).",
     "$12.5 million", "Portline"),
    # a company's projection with its object
    ("Portline projects free cash flow of $1.68 billion for fiscal 2026.", "$1.68 billion", "Portline"),
    # "recalls" and "continued" report a quotation
    ('"We had hired 30 engineers in three years," recalls Mira Salo, head of engineering at Portline.',
     "30 engineers", "Mira Salo"),
    ('Mira Salo wrote about it.\n\nSalo continued: "There are four primary offerings."', "four", "Mira Salo"),
])
def test_h3_recall_kinds(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure", [
    # an acronym defined, a figure's reference, a place: no credit
    ("The agency counted 40 ships (Figure 1).", "40 ships"),
    ("The Velmar Port Authority handled 40 ships (VPA).", "40 ships"),
    ("Portline recalls 3,000 ferries.", "3,000"),
    ("Portline sold 3 ferries to its rival (Velmar Lines). Fares rose.", "3 ferries"),
])
def test_h3_no_credit(text, figure):
    assert source_of(text, figure) is None
