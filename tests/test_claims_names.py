"""A source's name as the spec wants it: the name alone, without role, title, rank, honorific,
time or place words (issue 19). Sentences of the project's own making."""

import pytest
from claims_helpers import source_of


@pytest.mark.parametrize("phrase, name", [
    # roles and offices
    ("Deputy Harbour Commissioner Ana Ruiz", "Ana Ruiz"),
    ("chief executive Mira Salo", "Mira Salo"),
    ("Former Senator Rob Tate", "Rob Tate"),
    ("the acting head of the port, Ana Ruiz", "Ana Ruiz"),
    ("Prime Minister Jonas Berg", "Jonas Berg"),
    ("House Minority Leader Dana Holt", "Dana Holt"),
    ("tomato grower Lise Varga", "Lise Varga"),
    # ranks and honorifics
    ("Police Sgt. Tom Hale", "Tom Hale"),
    ("Lt. Col. Ivan Marek", "Ivan Marek"),
    ("Dr. Lena Okafor", "Lena Okafor"),
    ("Mrs Okafor", "Okafor"),
    ("Prof. Lena Okafor", "Lena Okafor"),
    # what the name is, written before it ("grid operator Portline", "the watchdog Harbour Watch")
    ("harbour operator Portline", "Portline"),
    ("the watchdog Harbour Watch", "Harbour Watch"),
    # time and place words
    ("The ministry on Tuesday", "ministry"),
    ("the coast guard late on Friday", "coast guard"),
    ("Officials on Monday night", "Officials"),
    ("the port authority in Velmar", "port authority"),
    ("Yesterday Ana Ruiz", "Ana Ruiz"),
    # age and apposition
    ("Lena Okafor, 52", "Lena Okafor"),
    ("Carla Mendes, the company's finance director", "Carla Mendes"),
    ("Ivan Marek of the regional fire service", "Ivan Marek"),
    # organisations keep their own words
    ("Ukraine's General Staff", "Ukraine's General Staff"),
    ("the Hale Institute for Policy Research", "Hale Institute for Policy Research"),
    ("the agriculture ministry", "agriculture ministry"),
    ("the National Bank of Velmar", "National Bank of Velmar"),
    ("the DeepState monitoring group", "DeepState"),
])
def test_clean_source_keeps_the_name_alone(phrase, name):
    from presslake.figures.names import clean_source

    assert clean_source(phrase) == name


@pytest.mark.parametrize("phrase", ["The", "the", "It", "This", "They", "Which", "the statement's", "Yesterday",
                                    "on Tuesday", "a", "Sgt."])
def test_a_determiner_pronoun_or_bare_title_is_never_a_source(phrase):
    from presslake.figures.names import clean_source

    assert clean_source(phrase) is None


@pytest.mark.parametrize("text, figure, source", [
    ("The harbour handled 40 ships last month, Deputy Harbour Commissioner Ana Ruiz said.", "40 ships", "Ana Ruiz"),
    ("Police Sgt. Tom Hale said 14 cars were towed overnight.", "14 cars", "Tom Hale"),
    ("The ministry on Tuesday said 300 schools had reopened.", "300 schools", "ministry"),
    ("The ministry said on Tuesday that 300 schools had reopened.", "300 schools", "ministry"),
    ("Dr. Lena Okafor, 52, said 18 patients were treated.", "18 patients", "Lena Okafor"),
    ("Mayor Piet van Dalen said on Monday that 1,200 homes lost power.", "1,200 homes", "Piet van Dalen"),
    ("Chief executive Mira Salo told reporters the firm hired 250 engineers.", "250 engineers", "Mira Salo"),
    ("Sales rose 12%, said Carla Mendes, the company's finance director.", "12%", "Carla Mendes"),
    ("Sales rose 12%, said finance director Carla Mendes on Thursday.", "12%", "Carla Mendes"),
    ("The river rose 2 metres overnight, Lt. Col. Ivan Marek of the regional fire service said.", "2 metres",
     "Ivan Marek"),
    ("Late on Friday the coast guard said 12 sailors had been rescued.", "12 sailors", "coast guard"),
    ("Officials on Monday night said 9 roads were closed.", "9 roads", "Officials"),
    ("Yesterday Ana Ruiz said 40 ships were waiting.", "40 ships", "Ana Ruiz"),
    ("The port authority in Velmar said 40 ships were delayed.", "40 ships", "port authority"),
    ("Tolls rose 5%, according to the watchdog Harbour Watch.", "5%", "Harbour Watch"),
])
def test_frames_give_the_name_without_role_title_or_time(text, figure, source):
    assert source_of(text, figure) == source


def test_the_ministrys_full_name_when_the_article_gave_it():
    text = ("The Ministry of Coastal Affairs published new mooring rules on Monday.\n\n"
            "The ministry on Tuesday said 300 boats had registered.")
    assert source_of(text, "300 boats") == "Ministry of Coastal Affairs"


@pytest.mark.parametrize("text, figure, source", [
    # "told reporters": the listeners are never the source
    ('"We lost 3 containers," Ana Ruiz, the port\'s spokeswoman, told reporters on Monday.', "3 containers",
     "Ana Ruiz"),
    # a news agency's tally
    ("At least 42 people died, according to a Reuters tally.", "42 people", "Reuters"),
    # "put the toll at": an estimate reported
    ("Officials put the death toll at 42 people.", "42 people", "Officials"),
])
def test_common_wire_frames(text, figure, source):
    assert source_of(text, figure) == source
