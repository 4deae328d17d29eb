"""Positional rules of the coder on sentences written for these tests: region words, quotations
with the speaker after them, claims of responsibility, subjects left out, relative clauses."""

import datetime as dt

import pytest

from orchestration.coding.coder import EventCoder

DAY = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def found(coder, text, lang):
    return {(e.cameo_code[:2], e.source_country, e.target_country) for e in coder.code_article("t", text, lang, DAY, "day")}


@pytest.mark.parametrize(
    "text",
    [
        "Latin American leaders criticized the United States.",
        "Several Central American governments condemned the United States.",
    ],
)
def test_a_region_adjective_is_not_the_united_states(coder, text):
    assert not any(source == "USA" for _, source, _ in found(coder, text, "en"))


def test_a_region_name_is_not_the_united_states_but_the_state_after_it_is(coder):
    events = found(coder, "Brazil criticized the United States during a summit in South America.", "en")
    assert events == {("11", "BRA", "USA")}


def test_a_sea_named_after_a_country_is_not_that_country(coder):
    events = found(coder, "Japanese and Philippine warships held joint exercises in the East China Sea.", "en")
    assert ("06", "JPN", "PHL") in events
    assert not any(target == "CHN" for _, _, target in events)
