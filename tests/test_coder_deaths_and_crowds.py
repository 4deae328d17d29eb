"""Deaths in attacks, crowds and strikes, on sentences written for these tests: 'ten people died
in a Russian strike on Kharkiv' codes the strike (a death is no event, the attack it happened in
is), the victims of a named foreign attacker are the struck state's, 'people' / 'personas' /
'Menschen' / 'persone' who demonstrate are civilians of the place, a general strike is a labour
strike (not a general), and lawmakers' hunger strikes are protests against their government."""

import pytest

from coder_cases import by_actor
from coder_cases import by_country as found
from coder_cases import by_root


@pytest.mark.parametrize("lang, text", [
    ("en", "Eight people died in a Russian drone strike on Odesa."),
    ("fr", "Huit personnes sont mortes dans une frappe russe sur Odessa."),
    ("es", "Ocho personas murieron en un ataque aéreo ruso contra Odesa."),
    ("de", "Acht Menschen starben bei einem russischen Luftangriff auf Odessa."),
    ("de", "Acht Menschen kamen bei einem russischen Luftangriff auf Odessa ums Leben."),
    ("it", "Otto persone sono morte in un attacco aereo russo su Odessa."),
    ("pt", "Oito pessoas morreram num ataque aéreo russo contra Odessa."),
])
def test_a_death_in_an_attack_codes_the_attack_on_the_struck_place(coder, lang, text):
    roots = by_root(coder, text, lang)
    assert roots and all(source == "RUS" and target == "UKR" for _, source, target in roots)
    assert {root for root, _, _ in roots} <= {"18", "19"}


def test_a_death_without_an_attack_is_no_event(coder):
    assert found(coder, "The former Chilean president died in a car accident in Santiago.") == set()


def test_a_charge_of_death_in_quotation_marks_is_no_death(coder):
    # the inquiry is about a hostage-taking; the words of the charge do not make the abduction an event here
    text = 'Le parquet de Lyon a ouvert une enquête pour "enlèvement suivi de mort" sur un site minier au Niger.'
    assert not any(root == "18" for root, _, _ in by_root(coder, text, "fr"))


def test_victims_killed_in_a_named_foreign_attack_are_the_struck_states(coder):
    # (a state's attack that killed them is coded as that military act, 190, since the killing's doer is the attack's)
    assert ("190", "RUSMIL", "UKRCVL") in by_actor(coder, "Twelve people were killed in an attack by Russian troops on Kherson.") or \
        ("190", "RUS", "UKR") in found(coder, "Twelve people were killed in a Russian attack on Kherson.")
    assert all(target != "RUS" for _, _, target in found(coder, "Twelve people were killed in a Russian attack on Kherson."))


def test_victims_of_unnamed_soldiers_stay_the_articles_own(coder):
    # a neighbouring state named only as a border is not where the victims are from
    text = "Indian officials said fourteen villagers were killed by soldiers in Nagaland, near the border with Myanmar."
    assert all(target != "MMR" for _, _, target in found(coder, text))


@pytest.mark.parametrize("lang, text, country", [
    ("es", "Miles de personas se manifestaron en Lima contra el Gobierno.", "PER"),
    ("de", "Tausende Menschen demonstrierten in Tiflis gegen die Regierung.", "GEO"),
    ("it", "Migliaia di persone hanno manifestato a Belgrado contro il governo.", "SRB"),
])
def test_people_demonstrating_in_a_capital_are_its_civilians_against_its_government(coder, lang, text, country):
    assert ("141", f"{country}CVL", f"{country}GOV") in by_actor(coder, text, lang)


def test_a_general_strike_is_a_labour_strike(coder):
    assert ("143", "BOLCVL", "BOLGOV") in by_actor(coder, "Bolivian workers held a general strike against the fuel price rise.")


def test_a_general_still_names_a_military_commander(coder):
    assert ("040", "SYRMIL", "TURGOV") in by_actor(coder, "General Hassan of the Syrian army met Turkish officials in Ankara.")


@pytest.mark.parametrize("text", [
    "Opposition lawmakers in Georgia began a hunger strike.",
    "Georgian lawmakers went on a hunger strike on Monday.",
])
def test_lawmakers_on_hunger_strike_protest_against_their_government(coder, text):
    assert ("142", "GEOLEG", "GEOGOV") in by_actor(coder, text)


def test_police_blocking_a_road_still_is_no_protest(coder):
    assert not any(code.startswith("14") for code, _, _ in found(coder, "Georgian police blocked the road to the parliament."))


@pytest.mark.parametrize("lang, text", [
    ("en", "Canada condemned the attack on Moldova."),
    ("de", "Kanada verurteilte den Angriff auf Moldau."),
    ("es", "Canadá condenó el ataque contra la embajada de Moldavia."),
])
def test_the_victim_of_a_condemned_attack_is_not_the_one_condemned(coder, lang, text):
    events = found(coder, text, lang)
    assert ("111", "CAN", None) in events
    assert not any(target == "MDA" for code, _, target in events if code.startswith("11"))


@pytest.mark.parametrize("lang, text", [
    ("en", "Canada condemned the Russian attack on Moldova."),
    ("fr", "Le Canada a condamné le bombardement russe de la Moldavie."),
])
def test_a_condemned_attack_whose_doer_is_named_is_aimed_at_the_doer(coder, lang, text):
    assert ("111", "CAN", "RUS") in found(coder, text, lang)


def test_the_german_foreign_office_in_its_inflected_forms_is_the_government(coder):
    assert ("114", "DEUGOV", "IRNGOV") in by_actor(coder, "Das Auswärtige Amt bestellte den iranischen Botschafter ein.", "de")


def test_an_anti_country_protest_is_aimed_at_that_country_by_the_places_people(coder):
    events = found(coder, "Des manifestations anti-françaises ont eu lieu samedi à Bamako.", "fr")
    assert ("141", "MLI", "FRA") in events
    assert not any(source == "FRA" for _, source, _ in events)


@pytest.mark.parametrize("text, expected", [
    ("Maoist rebels blew up two power pylons near Kathmandu on Sunday.", ("1712", "NPL", "NPL")),
    ("Kurdish militants blew up an oil pipeline in southeastern Turkey.", ("1712", "TUR", "TUR")),
    ("Islamist fighters were using villagers in northern Mali as human shields.", ("184", "MLI", "MLI")),
])
def test_infrastructure_blown_up_and_people_used_as_shields(coder, text, expected):
    assert expected in found(coder, text)


def test_a_bomb_among_people_stays_a_bombing(coder):
    assert not any(code == "1712" for code, _, _ in found(coder, "Rebels blew up a bus in northern Nigeria, killing ten people."))
