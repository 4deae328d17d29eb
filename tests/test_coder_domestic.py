"""Verbal clauses, actors and direction, on sentences written for these tests: prepositions that
belong to an event pattern, German word order, pronouns across sentences, domestic actors."""

import datetime as dt

import pytest

from orchestration.coding.coder import EventCoder

DAY = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def found(coder, text, lang):
    return {(e.cameo_code, e.source_actor, e.target_actor) for e in coder.code_article("t", text, lang, DAY, "day")}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Iran lashed out at Saudi Arabia on Monday.", "en", ("111", "IRN", "SAU")),
        ("Venezuela hit out at Colombia over the border closure.", "en", ("111", "VEN", "COL")),
        ("Deutschland entschuldigte sich bei Namibia.", "de", ("055", "DEU", "NAM")),
    ],
)
def test_a_place_word_ending_an_event_pattern_introduces_its_target(coder, text, lang, expected):
    assert found(coder, text, lang) == {expected}


def test_a_place_word_not_in_the_pattern_still_names_a_place(coder):
    assert found(coder, "Iran criticized Iraq in Tehran.", "en") == {("110", "IRN", "IRQ")}
