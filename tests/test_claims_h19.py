"""Kinds of attribution round h19 got wrong on unseen text (issue 19), from sentences of the project's own
making: an apposition after a speaker named after the verb is the paper's description ("said Hale, ninth
in the league with 1,202 yards"), up to the clause it interrupts; a role's holder named after it is the
speaker ("said the city's party chief, Bie Bixiong"); whom someone told is no claim ("told about 400
residents"), and a possessive role between name and verb is an aside; a base form after a singular noun is
no reporting verb ("the stadium project in January"); what someone will say, or would say if, is not said;
a frame in a "When ..." clause ends with that clause; and a subject is never the figure's own phrase."""

import pytest
from claims_helpers import source_of, subject_of


@pytest.mark.parametrize("text, figure, source", [
    ('"It just goes bad," said Hale, ninth in the league with 1,202 yards rushing. "So it will cost us 3 games."',
     "1,202 yards", None),
    ('"It just goes bad," said Hale, ninth in the league with 1,202 yards rushing. "So it will cost us 3 games."',
     "3 games", "Hale"),
    ("Currently, said Dr. Ana Ruiz, the director of the hospital, there are 70 children registered.", "70 children",
     "Ana Ruiz"),
    ('"That would be outrageous," said Rep. Tom Hale, D-Velmar, a former clerk who wrote to 11 lawmakers.',
     "11 lawmakers", None),
    ("More than 100 people are under investigation, said the city's party chief, Bie Bixiong.", "100 people",
     "Bie Bixiong"),
    ("Jeff Page, Lyon County's emergency services director, told about 400 residents at a meeting that 600 homes "
     "were damaged.", "400 residents", None),
    ("Jeff Page, Lyon County's emergency services director, told about 400 residents at a meeting that 600 homes "
     "were damaged.", "600 homes", "Jeff Page"),
    ("Even the club looked shaky when Ana Ruiz backed out of her $650 million stake in the Velmar stadium project in "
     "January.", "$650 million", None),
    ("Ukraine's harvest is expected to reach 56 million tonnes, the agriculture ministry forecast.", "56 million",
     "agriculture ministry"),
    ("A group including owner Ana Ruiz and president Tom Hale will explain how the team will pay for its $1.9 "
     "billion stadium.", "$1.9 billion", None),
    ("“Who would back a company if Portline told them, ‘Yeah, it’s going to cost a million dollars to go to Mars,’” "
     "said Ana Ruiz.", "a million dollars", "Ana Ruiz"),
    ("Ruiz and Hale were away.\n\nWhen he announced his side to reporters last time around, Keegan had only 10 names "
     "on his list.", "10 names", None),
])
def test_round_h19_sources(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text, figure", [
    ('The dish was served with a milkshake.\n\n"One burger bought for $10,000! This was a feat," said Ana Ruiz.',
     "$10,000"),
    ('"One of the things was 20-plus wins," said Tom Hale.', "20-plus"),
])
def test_a_subject_is_never_the_figures_own_phrase(text, figure):
    assert subject_of(text, figure) is None
