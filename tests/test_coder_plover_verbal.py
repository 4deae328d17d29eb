"""Verbal conflict constructions (demands, disapproval, rejection, threats, protests,
investigations) added for the PLOVER benchmark's categories, on sentences written for these
tests."""

import pytest

from coder_cases import by_country as found


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Norway said on Monday that Iran must free the detained sailors.", "en", ("100", "NOR", "IRN")),
        ("Canada's foreign minister said here on Thursday that the Philippines has to stop the raids.", "en", ("100", "CAN", "PHL")),
        ("La Belgique a déclaré lundi que le Rwanda doit retirer ses troupes.", "fr", ("100", "BEL", "RWA")),
    ],
)
def test_a_reported_must_is_a_demand(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norway said Iran should free the detained sailors.", ("020", "NOR", "IRN")),
        ('"Iran must free the sailors," the Norwegian foreign minister said.', ("020", "NOR", "IRN")),
    ],
)
def test_a_should_or_a_quoted_must_stays_an_appeal(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert not any(code.startswith("10") for code, _, _ in events)
