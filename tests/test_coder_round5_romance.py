"""Round 5, French / Spanish / Italian / Portuguese / German, on sentences written for these
tests: a visit to a palace is hosted by its occupant; French 'presser' needs its auxiliary (the
noun 'presse' is no appeal); ..."""

import datetime as dt

import pytest

from orchestration.coding.coder import EventCoder

DAY = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def found(coder, text, lang):
    return {(e.cameo_code, e.source_country, e.target_country) for e in coder.code_article("t", text, lang, DAY, "day")}


@pytest.mark.parametrize(
    "text, lang, host, visitor",
    [
        ("Le Premier ministre canadien s'est rendu au Kremlin mardi.", "fr", "RUS", "CAN"),
        ("El presidente peruano visitó la Casa Rosada el lunes.", "es", "ARG", "PER"),
        ("Il presidente francese ha visitato il Quirinale.", "it", "ITA", "FRA"),
        ("O presidente angolano visitou o Palácio do Planalto.", "pt", "BRA", "AGO"),
        ("Der polnische Präsident besuchte am Montag den Élysée-Palast.", "de", "FRA", "POL"),
    ],
)
def test_a_visit_to_a_seat_of_government_is_hosted_by_its_occupant(coder, text, lang, host, visitor):
    assert found(coder, text, lang) == {("042", visitor, host), ("043", host, visitor)}


def test_a_visit_to_a_capital_names_no_host(coder):
    assert found(coder, "Le ministre italien a effectué une visite à Paris.", "fr") == {("042", "ITA", "FRA")}


def test_the_noun_presse_is_no_appeal(coder):
    events = found(coder, "Le ministre a parlé lors d'un point de presse à l'issue de la visite du président ghanéen à l'Elysée.", "fr")
    assert not any(code.startswith("02") for code, _, _ in events)
    assert found(coder, "Le président allemand a pressé le Mali de libérer les otages.", "fr") == {("020", "DEU", "MLI")}
