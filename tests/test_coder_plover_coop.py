"""Cooperative and conceding constructions (PLOVER AGREE, SUPPORT, CONSULT, COOPERATE, AID,
CONCEDE, RETREAT), on sentences written for these tests: a role word qualifying aid, agreeing to
a ceasefire or to talks as a pair, endorsing bids and resolutions, troops contributed or offered,
grants, ties established, evidence shared, measures eased, withdrawals and compensation."""

import pytest

from coder_cases import by_country as found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain has promised military aid to Somalia.", ("0332", "GBR", "SOM")),
        ("Britain provides military assistance to Somalia.", ("072", "GBR", "SOM")),
    ],
)
def test_a_role_word_inside_an_aid_phrase_qualifies_the_aid(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert all(t == "SOM" for _, _, t in events)


def test_two_states_agreeing_to_a_ceasefire_express_the_intent_to_de_escalate(coder):
    assert found(coder, "France and Germany agreed to a ceasefire on Monday.") == {("0356", "FRA", "DEU"), ("0356", "DEU", "FRA")}


def test_two_states_agreeing_to_hold_talks_agree_to_meet_each_other(coder):
    assert found(coder, "France and Germany agreed to hold talks.") == {("036", "FRA", "DEU"), ("036", "DEU", "FRA")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany supported France's proposal on migration.", ("051", "DEU", "FRA")),
        ("Japan will support India's bid for a permanent seat, the Japanese foreign minister said.", ("032", "JPN", "IND")),
    ],
)
def test_supporting_a_bid_or_proposal_is_an_endorsement_and_its_announcement_an_intent(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Poland is ready to contribute 500 troops to a peacekeeping force in Mali, the defence minister said.", ("0334", "POL", "MLI")),
        ("Egypt has offered its troops to Libya's government.", ("0334", "EGY", "LBY")),
    ],
)
def test_troops_offered_or_contributed_are_an_intent_to_keep_the_peace(coder, text, expected):
    assert expected in found(coder, text)


def test_agreeing_in_principle_is_a_commitment(coder):
    assert ("033", "EGY", "NER") in found(coder, "Egypt agreed in principle to provide 70 million dollars of aid to Niger.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Spain gave Morocco a grant of 50 million euros.", ("071", "ESP", "MAR")),
        ("Peru has established diplomatic ties with Fiji.", ("054", "PER", "FJI")),
        ("Israeli officials have shared evidence with Jordan about the plot.", ("064", "ISR", "JOR")),
        ("Serbia eased emergency measures on Wednesday in Kosovo.", ("081", "SRB", "KSV")),
        ("The United States speeded up the withdrawal of its forces from Iraq on Monday.", ("0874", "USA", "IRQ")),
        ("Chile said it had paid compensation to 60 Peruvian nationals.", ("0842", "CHL", "PER")),
    ],
)
def test_cooperative_and_conceding_phrasings(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya has offered to hand over to Uganda two of its nationals.", ("0353", "KEN", "UGA")),
        ("Israel has agreed to US mediation in the talks with Syria, an official said.", ("038", "ISR", "USA")),
        ("Ethiopia has agreed to re-open its borders to UN peacekeepers.", ("0351", "ETH", "UNO")),
        ("Chad said it would allow the return of U.N. weapons inspectors without conditions.", ("0355", "TCD", "UNO")),
        ("Egyptian ministers agreed on Saturday to provide about 70 million dollars of aid for Niger.", ("033", "EGY", "NER")),
        ("Algeria is prepared to lift the ban on the party.", ("0351", "DZA", "DZA")),
        ("The Kyrgyz president has agreed to resign, the speaker said.", ("0341", "KGZ", "KGZ")),  # CAMEO: commitments to resign are 0341, the country the target
    ],
)
def test_commitments_to_yield_or_to_give_are_intents(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The European Union on Monday gave Chad 5 million dollars of aid for farming projects.", ("070", "EEC", "TCD")),
        ("Nepalese peacekeepers arrived in Mali on Tuesday.", ("074", "NPL", "MLI")),
        ("The Kyrgyz prime minister received a mission of observers from the OSCE.", ("0862", "KGZ", "SCE")),
        ("President Bashir on Thursday shortened by one hour the nightly curfew imposed in Sudan.", ("0813", "SDN", "SDN")),
        ("Algeria lifted the ban on the party.", ("0812", "DZA", "DZA")),
        ("The Georgian president resigned on Sunday.", ("0831", "GEO", "GEO")),  # the country as a whole is the target (CAMEO 0831)
    ],
)
def test_aid_given_peacekeepers_arriving_and_concessions(coder, text, expected):
    assert expected in found(coder, text)


def test_the_aid_promised_after_a_long_object_is_an_intent_when_its_giver_announces_it(coder):
    text = "The United Nations will provide nearly 25,000 tons of emergency food aid to Liberia, the UN said on Monday."
    assert {code for code, _, _ in found(coder, text)} == {"033"}


def test_two_states_renewing_negotiations_negotiate_and_renewed_before_a_noun_stays_a_determiner(coder):
    assert found(coder, "Kenya and Uganda renewed negotiations today on a border dispute.") == {("046", "KEN", "UGA"), ("046", "UGA", "KEN")}
    assert ("190", "KEN", "UGA") in found(coder, "The renewed fighting between Kenya and Uganda killed 20.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The German foreign minister will visit Albania in June, the Albanian embassy said.", ("036", "DEU", "ALB")),
        ("The Gambian president will visit Senegal to mediate in a border dispute, diplomatic sources said.", ("036", "GMB", "SEN")),
    ],
)
def test_a_planned_visit_reported_by_a_third_party_is_an_intent_to_meet(coder, text, expected):
    assert found(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le Mali et le Niger ont accepté un cessez-le-feu lundi.", "fr", ("0356", "MLI", "NER")),
        ("Colombia y Venezuela acordaron un alto el fuego el lunes.", "es", ("0356", "COL", "VEN")),
        ("Angola e Congo acordaram um cessar-fogo.", "pt", ("0356", "AGO", "COG")),
        ("L'Italia e la Francia hanno concordato una tregua.", "it", ("0356", "ITA", "FRA")),
        ("Russland und die Ukraine vereinbarten eine Waffenruhe.", "de", ("0356", "RUS", "UKR")),
    ],
)
def test_agreeing_a_ceasefire_is_the_intent_to_de_escalate_in_every_language(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président malien a démissionné dimanche.", "fr", ("0831", "MLI", "MLI")),
        ("El presidente peruano dimitió el domingo.", "es", ("0831", "PER", "PER")),
        ("O presidente angolano renunciou ao cargo no domingo.", "pt", ("0831", "AGO", "AGO")),
        ("Il presidente tunisino si è dimesso domenica.", "it", ("0831", "TUN", "TUN")),
        ("La France va fournir 500 troupes à la force de paix au Mali, a déclaré la ministre française.", "fr", ("0334", "FRA", "MLI")),
        ("Polen stellt 500 Truppen für die Friedenstruppe in Mali.", "de", ("074", "POL", "MLI")),
    ],
)
def test_resignations_and_troops_contributed_in_other_languages(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The German government today welcomed President Macron's latest policy statement on Ukraine.", ("051", "DEU", "FRA")),
        ("A Russian official offered concessions to the United States last November.", ("035", "RUS", "USA")),
        ("Israel and Jordan reached a consensus to exchange information on water resources.", ("0314", "ISR", "JOR")),
        ("The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid.", ("070", "EEC", "CIV")),
    ],
)
def test_welcoming_statements_offering_concessions_consensus_and_the_european_community(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Qatar offered to mediate between Israel and Egypt.", {("039", "QAT", "ISR"), ("039", "QAT", "EGY")}),
        ("Egypt is ready to mediate between Ethiopia and Sudan.", {("039", "EGY", "ETH"), ("039", "EGY", "SDN")}),
    ],
)
def test_an_offer_to_mediate_between_two_sides_is_the_mediators_towards_each(coder, text, expected):
    assert found(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States announced $50 million in humanitarian aid for Sudan.", ("0333", "USA", "SDN")),
        ("Britain announced 20 million pounds in aid to Syria.", ("033", "GBR", "SYR")),
    ],
)
def test_an_amount_of_aid_announced_is_a_pledge(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ghana and Nigeria agreed to boost trade.", {("0311", "GHA", "NGA"), ("0311", "NGA", "GHA")}),
        ("Japan and India agreed to hold joint exercises.", {("0312", "JPN", "IND"), ("0312", "IND", "JPN")}),
        ("Peru and Chile agreed to work together.", {("030", "PER", "CHL"), ("030", "CHL", "PER")}),
    ],
)
def test_two_states_agreeing_to_cooperate_agree_with_each_other(coder, text, expected):
    assert found(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The French president spoke with the Ukrainian president by phone on Monday.", ("041", "FRA", "UKR")),
        ("The Kenyan president is on a state visit to France.", ("042", "KEN", "FRA")),
    ],
)
def test_phone_calls_and_visits_under_way(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The government lifted the state of emergency in Ethiopia.", ("0814", "ETH", "ETH")),
        ("Colombian rebels agreed to lay down their arms.", ("0356", "COL", None)),
        ("Colombian rebels laid down their arms.", ("0873", "COL", None)),
        ("Israel pulled its forces out of Khan Younis.", ("0874", "ISR", "PSE")),
        ("Israel allowed aid trucks into Gaza.", ("0863", "ISR", "PSE")),
        ("The Colombian government agreed to the protesters' demands.", ("083", "COL", "COL")),
        ("Ukraine received 31 Abrams tanks from the United States.", ("072", "USA", "UKR")),
        ("Sudan received humanitarian aid from Egypt.", ("070", "EGY", "SDN")),
    ],
)
def test_yielding_withdrawing_and_aid_received(coder, text, expected):
    assert expected in found(coder, text)


def test_a_ministry_named_with_its_portfolio_announces_its_states_grant(coder):
    text = "Finland will give Kenya a grant of 50 million euros over three years, a statement issued by the ministry of finance said."
    assert found(coder, text) == {("0331", "FIN", "KEN")}


def test_the_tamil_tigers_full_name_is_the_sri_lankan_rebel_group(coder):
    assert ("064", "PAK", "LKA") in found(coder, "Pakistan has been sharing expertise with the Liberation Tigers of Tamil Eelam.")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Rusia retiró sus tropas de Jersón.", "es", ("0874", "RUS", "UKR")),
        ("A Rússia retirou as suas tropas de Kherson.", "pt", ("0874", "RUS", "UKR")),
        ("La Russie a retiré ses troupes de Kherson.", "fr", ("0874", "RUS", "UKR")),
        ("La France a annoncé une aide de 50 millions d'euros au Liban.", "fr", ("033", "FRA", "LBN")),
        ("México recibió ayuda humanitaria de Estados Unidos.", "es", ("070", "USA", "MEX")),
        ("Qatar se ofreció a mediar entre Israel y Egipto.", "es", ("039", "QAT", "EGY")),
    ],
)
def test_withdrawals_aid_and_mediation_in_other_languages(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("France is ready to help Lebanon.", ("030", "FRA", "LBN")),
        ("India is committed to supporting Sri Lanka, the Indian foreign minister said.", ("030", "IND", "LKA")),
        ("Israel agreed to allow fuel into Gaza.", ("0355", "ISR", "PSE")),
        ("Kenya has offered to lead a multinational force in Haiti.", ("0334", "KEN", "HTI")),
        ("Armenia agreed to return four villages to Azerbaijan.", ("035", "ARM", "AZE")),
    ],
)
def test_readiness_and_offers_are_intents(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran.", {("054", "LKA", "IRN")}),
        ("Brazil reopened its embassy in Caracas.", {("054", "BRA", "VEN")}),
    ],
)
def test_an_embassy_opened_is_the_object_and_its_city_the_partner(coder, text, expected):
    assert found(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan eased visa requirements for Chinese tourists.", ("081", "JPN", "CHN")),
        ("Ukraine and Russia swapped 100 prisoners each.", ("0841", "UKR", "RUS")),
        ("China lent Sri Lanka 1 billion dollars last year.", ("071", "CHN", "LKA")),
    ],
)
def test_visas_eased_prisoners_swapped_and_loans(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Security Council extended the mandate of the UN peacekeeping mission in Mali.", ("074", "UNO", "MLI")),
        ("The Security Council agreed to a one-year extension of the mandate for the peacekeeping force in Mali.", ("0334", "UNO", "MLI")),
        ("The Georgian opposition called off the rally in Tbilisi.", ("082", "GEO", "GEO")),
        ("The Georgian opposition agreed to postpone the demonstration until May.", ("0352", "GEO", "GEO")),
    ],
)
def test_peacekeeping_mandates_extended_and_protests_called_off(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("España apoyará la candidatura de Marruecos, dijo el ministro español.", "es", ("032", "ESP", "MAR")),
        ("O Brasil vai apoiar a candidatura de Angola, disse o ministro brasileiro.", "pt", ("032", "BRA", "AGO")),
        ("La France soutiendra la candidature de l'Inde, a déclaré le ministre français.", "fr", ("032", "FRA", "IND")),
    ],
)
def test_an_announced_endorsement_with_an_inverted_speaker_after_a_comma_is_an_intent(coder, text, lang, expected):
    assert found(coder, text, lang) == {expected}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le Japon est prêt à envoyer de l'aide à l'Ukraine.", "fr", {("033", "JPN", "UKR")}),
        ("Le Japon a accepté d'envoyer de l'aide à l'Ukraine.", "fr", {("033", "JPN", "UKR")}),
        ("Perú aceptó retirar sus tropas de la frontera con Ecuador.", "es", {("0356", "PER", "ECU")}),
        ("L'Italia ha accettato di inviare aiuti umanitari in Libia.", "it", {("0333", "ITA", "LBY")}),
    ],
)
def test_agreeing_or_being_ready_to_act_is_an_intent_in_romance_languages(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


def test_a_french_loan_is_a_noun_after_an_article(coder):
    assert found(coder, "La Chine a octroyé un nouveau prêt au Kenya.", "fr") == {("071", "CHN", "KEN")}


def test_a_conditional_commitment_is_no_event(coder):
    assert found(coder, "Sanctions will stay unless the Iraqi government agrees to release the Kuwaiti prisoners.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya agreed to send troops to Haiti.", {("0312", "KEN", "HTI")}),
        ("Kenya has offered to deploy 1,000 police officers to Haiti.", {("0334", "KEN", "HTI")}),
    ],
)
def test_troops_one_agrees_or_offers_to_send_are_cooperation_not_a_threat(coder, text, expected):
    assert found(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel dismantled four settlements in the West Bank.", ("0874", "ISR", "PSE")),
        ("Greece accepted a compromise proposed by Turkey.", ("037", "GRC", "TUR")),
    ],
)
def test_settlements_dismantled_and_compromises_accepted(coder, text, expected):
    assert expected in found(coder, text)


def test_an_opposition_leader_allowed_to_run_eases_a_ban_on_politicians(coder):
    text = "Senegal's Constitutional Council allowed the opposition leader to run in the presidential election."
    assert found(coder, text) == {("0812", "SEN", "SEN")}
