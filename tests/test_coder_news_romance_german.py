"""Wire-copy style sentences in Spanish, Portuguese, Italian, German (and English where the rule
is shared), written for these tests: passives with an agent ('wurden von ... getötet', 'foram
mortos por'); withdrawals ('zogen sich aus ... zurück', 'retiraram-se de') and leaving a treaty;
two parties agreeing on a people noun ('un accordo sui migranti'); attacks on a school or camp
placed by name; and the everyday acts that already worked, so they keep working, with negated
and conditional sentences that must give nothing."""

import pytest

from coder_cases import by_country as found


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Drei Zivilisten wurden in Mariupol von russischen Soldaten getötet.", "de", ("190", "RUS", "UKR")),
        ("Vier Zivilisten wurden von russischen Soldaten in Saporischschja erschossen.", "de", ("190", "RUS", "UKR")),
        ("Três civis foram mortos por soldados russos em Odessa.", "pt", ("190", "RUS", "UKR")),
        ("Um soldado israelita foi morto pelo Hezbollah perto da fronteira com o Líbano.", "pt", ("190", "LBN", "ISR")),
        ("Tres civiles fueron asesinados por soldados rusos en Odesa.", "es", ("190", "RUS", "UKR")),
        ("Tre civili sono stati uccisi da soldati russi a Odessa.", "it", ("190", "RUS", "UKR")),
    ],
)
def test_a_passive_killing_is_its_agents(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_passive_agent_is_not_composed_with_the_victims(coder):
    """'Journalisten wurden von der türkischen Polizei': the agent does not make the victims police."""
    events = found(coder, "Zwei Journalisten wurden von der türkischen Polizei festgenommen.", "de")
    assert ("173", "TUR", "TUR") in events


def test_a_killing_with_no_agent_names_no_one(coder):
    assert found(coder, "Três civis foram mortos em Odessa.", "pt") == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Russische Truppen zogen sich am Freitag aus Cherson zurück.", "de", ("0874", "RUS", "UKR")),
        ("Israel hat sich aus dem Gazastreifen zurückgezogen.", "de", ("0874", "ISR", "PSE")),
        ("As tropas russas retiraram-se de Kherson.", "pt", ("0874", "RUS", "UKR")),
        ("O exército israelita retirou-se de Jenin.", "pt", ("0874", "ISR", "PSE")),
        ("Las tropas rusas se retiraron de Jersón.", "es", ("0874", "RUS", "UKR")),
        ("Le truppe russe si sono ritirate da Kherson.", "it", ("0874", "RUS", "UKR")),
    ],
)
def test_troops_withdrawing_from_a_place(coder, text, lang, expected):
    assert found(coder, text, lang) == {expected}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die USA zogen sich 2018 aus dem Abkommen mit dem Iran zurück.", "de"),
        ("Estados Unidos se retiró del acuerdo nuclear con Irán.", "es"),
        ("Os Estados Unidos retiraram-se do acordo nuclear com o Irão.", "pt"),
        ("Gli Stati Uniti si sono ritirati dall'accordo nucleare con l'Iran.", "it"),
    ],
)
def test_leaving_a_treaty_is_no_military_retreat(coder, text, lang):
    assert found(coder, text, lang) == {("160", "USA", "IRN")}


@pytest.mark.parametrize(
    "text, lang, a, b",
    [
        ("Italia e Tunisia hanno firmato un accordo sui migranti.", "it", "ITA", "TUN"),
        ("Deutschland und Marokko unterzeichneten ein Abkommen über Migranten.", "de", "DEU", "MAR"),
        ("España y Mauritania firmaron un acuerdo sobre los migrantes.", "es", "ESP", "MRT"),
        ("Greece and Egypt signed an agreement on refugees.", "en", "GRC", "EGY"),
    ],
)
def test_two_parties_agreeing_on_people_are_each_others_partners(coder, text, lang, a, b):
    assert found(coder, text, lang) == {("057", a, b), ("057", b, a)}


def test_an_agreement_with_a_people_noun_after_with_keeps_it(coder):
    events = found(coder, "Italia e Tunisia hanno firmato un accordo con i ribelli.", "it")
    assert ("057", "ITA", "TUN") not in events


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Un ataque israelí contra una escuela en Rafah dejó al menos 15 muertos.", "es", ("180", "ISR", "PSE")),
        ("Un raid israeliano contro un campo profughi a Gaza ha causato almeno 15 morti.", "it", ("180", "ISR", "PSE")),
        ("An Israeli strike on a refugee camp in Gaza left at least 15 dead.", "en", ("190", "ISR", "PSE")),
        ("Aviones israelíes atacaron un campamento de refugiados en Rafah.", "es", ("180", "ISR", "PSE")),
    ],
)
def test_an_attack_on_a_camp_or_school_in_a_named_place_hits_its_people(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Niederlande schicken weitere Panzer in die Ukraine.", ("072", "NLD", "UKR")),
        ("Frankreich liefert Waffen an Armenien.", ("072", "FRA", "ARM")),
        ("Schweden hat der Ukraine Kampfpanzer geliefert.", ("072", "SWE", "UKR")),
    ],
)
def test_german_weapons_sent_or_delivered(coder, text, expected):
    assert found(coder, text, "de") == {expected}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die EU verhängte keine Sanktionen gegen Serbien.", "de"),
        ("Spanien liefert keine Waffen an Israel.", "de"),
        ("Polen wies keine russischen Diplomaten aus.", "de"),
        ("La UE no impuso ninguna sanción a Serbia.", "es"),
    ],
)
def test_a_negative_determiner_in_a_patterns_gap_negates_it(coder, text, lang):
    assert found(coder, text, lang) == set()

