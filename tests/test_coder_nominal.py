"""Events named by a noun, on sentences written for these tests: the noun's owner (a possessive,
an actor word before it, a by-phrase, a speech act's of-phrase, a decision noun's owner) is the
source; owned nouns inside a phrase are events; reports need an author; hostage-taking may name
no victim; a noun only expected or planned is no event."""

import pytest

from coder_cases import by_country as found


def roots(coder, text, lang):
    return {(code[:2], s, t) for code, s, t in found(coder, text, lang)}


def test_a_possessive_owns_the_act_a_criticism_names(coder):
    assert found(coder, "Sweden condemned Turkey's invasion of Syria.", "en") == {("111", "SWE", "TUR"), ("190", "TUR", "SYR")}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Canada criticised Russia's decision to expel three Canadian diplomats.", "en", ("161", "RUS", "CAN")),
        ("Le Canada a critiqué la décision de la Russie d'expulser trois diplomates canadiens.", "fr", ("161", "RUS", "CAN")),
        ("O Brasil criticou a decisão da Rússia de expulsar três diplomatas brasileiros.", "pt", ("161", "RUS", "BRA")),
    ],
)
def test_the_act_a_decision_noun_orders_is_its_owners(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Canada criticised Russia's plan to expel three Canadian diplomats.",  # a plan, not a decision
        "India's decision not to expel the Pakistani diplomats surprised observers.",  # negated
    ],
)
def test_a_planned_or_negated_decided_act_is_no_event(coder, text):
    assert not any(code.startswith("16") for code, _, _ in found(coder, text, "en"))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # an actor word between the determiner and the noun, inside a circumstance phrase
        ("Negotiations collapsed over a Sudanese demand that Ethiopian troops withdraw.", "en", {("106", "SDN", "ETH")}),
        # a possessive, and the demanded withdrawal is content, not an act
        ("The talks stalled over Serbia's insistence that Kosovo withdraw its police.", "en", {("100", "SRB", "KSV")}),
        # a Romance adjective after the noun, the target in the que-clause
        ("Les négociations butent sur l'exigence malienne que la France retire ses troupes.", "fr", {("100", "MLI", "FRA")}),
        # a speech act's of-phrase names who made it
        ("Las conversaciones fracasaron por la insistencia de Venezuela en que Guyana retire sus tropas.", "es", {("100", "VEN", "GUY")}),
    ],
)
def test_an_owned_speech_act_noun_inside_a_phrase_is_an_event(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Myanmar's army cracked down on protesters. A report by the United Nations described the killings.", "en", ("090", "UNO", "MMR")),
        ("L'esercito ha represso le proteste in Mali. Il rapporto dell'ONU descrive le uccisioni.", "it", ("090", "UNO", "MLI")),
        ("El ejército reprimió las protestas en Bolivia. El informe de la ONU describe los abusos.", "es", ("090", "UNO", "BOL")),
        ("O exército reprimiu os protestos em Moçambique. O relatório da ONU descreve os abusos.", "pt", ("090", "UNO", "MOZ")),
        ("Die Armee unterdrückte die Proteste in Belarus. Der Bericht der UNO beschreibt die Tötungen.", "de", ("090", "UNO", "BLR")),
    ],
)
def test_a_report_by_an_actor_is_an_inquiry_into_the_articles_country(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Myanmar's army cracked down on protesters. A report by the United Nations is expected next week.", "en"),
        ("Myanmar's army cracked down on protesters. The report's findings were disputed.", "en"),
        ("Le Mali dénonce les violences. Le rapport de l'ONU est attendu la semaine prochaine.", "fr"),
        ("Les rapports de force au Mali ont changé.", "fr"),
    ],
)
def test_a_report_only_expected_or_with_no_author_is_no_event(coder, text, lang):
    assert not any(code.startswith("09") for code, _, _ in found(coder, text, lang))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Rebels in Mali took hostages on Monday.", "en", ("181", "MLI", None)),
        ("Des rebelles maliens ont pris des otages.", "fr", ("181", "MLI", None)),
        ("Rebeldes colombianos tomaron varios rehenes.", "es", ("181", "COL", None)),
        ("Ribelli maliani tengono ancora in ostaggio tre tecnici.", "it", ("181", "MLI", None)),
        ("Rebeldes moçambicanos fizeram vários reféns.", "pt", ("181", "MOZ", None)),
        ("Malische Rebellen nahmen mehrere Geiseln.", "de", ("181", "MLI", None)),
    ],
)
def test_hostage_taking_with_no_victim_named_has_no_target(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_hostage_taking_by_a_group_inside_a_phrase_is_its_act(coder):
    text = "Le Mali a ouvert une enquête sur l'enlèvement par des rebelles nigériens de deux touristes français."
    assert ("18", "NER", "FRA") in roots(coder, text, "fr")


def test_an_act_noun_qualifying_another_noun_is_no_event(coder):
    assert found(coder, "The Ivorian government's negotiating team arrived in Lome.", "en") == {("042", "CIV", "TGO")}


def test_a_repeated_act_only_announced_is_no_event(coder):
    text = "India ordered Pakistan to cut its embassy staff. Pakistan said it will do the same."
    assert not any(s == "PAK" and t == "IND" for _, s, t in found(coder, text, "en"))


def test_the_addressee_after_a_warning_noun_is_not_its_author(coder):
    text = "China held drills around Taiwan on Monday, calling them a warning to separatist forces on the island."
    assert not any(code.startswith("13") and s == "TWN" for code, s, _ in found(coder, text, "en"))
