"""Kinds of attribution round h15 got wrong on unseen text (issue 19), from sentences of the project's own
making: a document in the possessive of its publisher that "showed" a
figure ("the Harbour Board's update showed"); and an adverb after a source ("jointly", "separately") is not
part of its name."""

from claims_helpers import source_of


def test_a_publishers_document_showed():
    text = "The Harbour Board's sixth update showed 99 ferries running on time."
    assert source_of(text, "99") == "Harbour Board"


def test_an_adverb_after_the_source_is_dropped():
    text = "South Korea and Japan jointly warned about thefts exceeding $600 million in 2024."
    assert source_of(text, "$600 million") == "South Korea and Japan"
    text = "The Harbour Board separately said 40 ferries were late."
    assert source_of(text, "40") == "Harbour Board"
