"""Verbal conflict, second round (demands, disapproval, rejection, threats, protests): modal
'may', appositions, pressing for something, ethnic groups, hyphenated leaders, passive
accusations, calls for sanctions, failed talks and the two senses of 'protest', on sentences
written for these tests."""

import pytest

from coder_cases import by_actor, by_country as found


# ---- 'may' is a modal of possibility; 'May' is a month


def test_a_conditional_may_is_a_threat(coder):
    assert ("1312", "EEC", "BLR") in found(coder, "The EU may impose sanctions on Belarus if it keeps detaining journalists.")


def test_an_unconditional_may_is_no_event(coder):
    assert not found(coder, "The EU may impose sanctions on Belarus.")


@pytest.mark.parametrize("text", ["In May, Canada imposed sanctions on Belarus.", "On 3 May Canada imposed sanctions on Belarus."])
def test_the_month_may_cancels_nothing(coder, text):
    assert ("163", "CAN", "BLR") in found(coder, text)


def test_a_threat_to_halt_a_mediation_is_the_mediators(coder):
    events = found(coder, "Qatar may halt its mediation between Israel and Hamas if the talks stall.")
    assert ("135", "QAT", "ISR") in events
    assert not any(source == "ISR" for _, source, _ in events)


def test_halting_a_mediation_is_the_mediators(coder):
    assert ("165", "QAT", "PSE") in found(coder, "Qatar halted its mediation between Israel and Hamas.")


# ---- subjects and addressees


def test_an_apposition_after_the_subject_is_not_the_doer(coder):
    events = found(coder, "Egypt, a close ally of Saudi Arabia, has refused to send troops to Yemen.")
    assert ("1224", "EGY", "YEM") in events
    assert not any(source == "SAU" for _, source, _ in events)


def test_a_named_subject_described_by_an_apposition_keeps_its_description(coder):
    assert ("110", "RUS", "JPN") in found(coder, "Sergei Lavrov, the Russian foreign minister, criticized Japan.")


def test_refusing_to_send_troops_is_aimed_at_the_place_not_the_own_forces(coder):
    assert found(coder, "Ghana has refused to send troops to Haiti.") == {("1224", "GHA", "HTI")}


def test_an_obligation_addressee_may_be_followed_by_its_place(coder):
    text = "The Dutch foreign minister said on Monday that the government in Mali must release the detained journalists."
    assert ("100", "NLD", "MLI") in found(coder, text)


# ---- pressing and pushing for something are demands


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany is pushing hard for Poland to accept the refugee quota.", ("100", "DEU", "POL")),
        ("Brazil pressed Argentina to lower its tariffs.", ("100", "BRA", "ARG")),
        ("The Bolivian government has been pressuring striking workers to return to work.", ("100", "BOL", "BOL")),
        ("Washington stepped up pressure on Caracas over the disputed vote.", ("100", "USA", "VEN")),
    ],
)
def test_pressing_for_an_act_is_a_demand(coder, text, expected):
    assert expected in found(coder, text)


def test_pressure_groups_are_no_pressure(coder):
    assert not any(code.startswith("10") for code, _, _ in found(coder, "Qatar has funded pressure groups in Britain to promote its image."))


# ---- threats announced in the future tense


def test_official_before_a_noun_names_no_actor(coder):
    assert ("133", "VEN", "CUB") in found(coder, "Venezuelan opposition leaders said they would boycott all official contact with Cuba.")


def test_an_official_who_speaks_is_still_an_official(coder):
    assert ("161", "MAR", "ESP") in found(coder, "An official said Morocco expelled two Spanish diplomats.")


def test_a_time_adverb_before_the_threatened_act_keeps_it_threatened(coder):
    text = "Inhabitants of the Georgian town of Gori threatened today to hold a general strike unless Russia withdrew its troops."
    events = found(coder, text)
    assert ("133", "GEO", "RUS") in events
    assert not any(code.startswith("14") for code, _, _ in events)


# ---- protest actors


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bolivian miners continued their hunger strike to demand the resignation of the mining minister.", ("142", "BOL", "BOL")),
        ("A member of the Kenyan parliament started a hunger strike on Monday.", ("142", "KEN", "KEN")),
        ("Supporters of the jailed opposition leader blocked roads in Dakar.", ("144", "SEN", "SEN")),
        ("Up to 500 ethnic Uzbeks began a hunger strike in Kyrgyzstan on Monday.", ("142", "KGZ", "KGZ")),
    ],
)
def test_protesters_named_by_what_they_belong_to(coder, text, expected):
    assert expected in found(coder, text)


def test_members_of_a_group_arrested_are_its_members(coder):
    assert ("173", "UGA", "UGA") in found(coder, "Police arrested members of the Ugandan opposition.")


def test_ethnic_people_are_placed_where_they_live(coder):
    assert ("100", "KSV", "NAT") in found(coder, "Ethnic Serbs in north Kosovo demanded a NATO presence.")


def test_an_ethnic_adjective_before_a_role_stays_no_ones(coder):
    assert not any(source == "ALB" for _, source, _ in found(coder, "Ethnic Albanian guerrillas attacked a police station in Macedonia."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vietnam protested the Chinese naval exercises.", ("114", "VNM", "CHN")),
        ("The Japanese foreign ministry protested strongly against the visit of the South Korean president.", ("114", "JPN", "KOR")),
        ("Thousands of Kenyan teachers protested against the government in Nairobi.", ("140", "KEN", "KEN")),
        ("In Nairobi, Kenyan teachers protested against the government.", ("140", "KEN", "KEN")),
        ("Moldova is failing to protect the rights of its Roma citizens, a rights group protested on Friday.", ("110", "MDA", "MDA")),
    ],
)
def test_protesting_is_a_complaint_for_states_and_a_demonstration_for_people(coder, text, expected):
    assert expected in found(coder, text)


def test_a_state_protesting_is_no_demonstration(coder):
    assert not any(code.startswith("14") for code, _, _ in found(coder, "Vietnam protested the Chinese naval exercises."))


# ---- actors: hyphenated leaders, vice-presidents, former leaders, currencies


def test_a_us_led_coalition_is_the_united_states(coder):
    assert ("120", "JOR", "USA") in found(coder, "Jordan refused to join the US-led coalition.")


def test_a_hyphenated_vice_president_is_the_government(coder):
    assert ("1231", "ZMB", "ZMB") in found(coder, "Vice-President Inonge Wina declined to resign despite pressure from Zambia's opposition.")


def test_a_passive_accusation_finds_its_accuser_past_a_long_charge(coder):
    text = "Former president Alberto Fujimori has been accused of diverting public funds, much of it never recovered, by Peruvian prosecutors."
    assert ("112", "PERJUD", "PERELI") in by_actor(coder, text)


def test_a_currency_is_no_actor(coder):
    assert found(coder, "The US pledged US $20 million to Haiti.") == {("033", "USA", "HTI")}


# ---- calls for sanctions, failed talks, refusals


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chilean bishops called for sanctions against Nicaragua.", ("113", "CHL", "NIC")),
        ("Iran called on Muslim countries to unite against Israel.", ("113", "IRN", "ISR")),
    ],
)
def test_calling_on_others_to_act_against_a_state_rallies_opposition(coder, text, expected):
    assert expected in found(coder, text)


def test_failed_negotiations_are_halted_both_ways(coder):
    events = found(coder, "Ethiopia and Egypt failed to reach agreement on the dam.")
    assert {("164", "ETH", "EGY"), ("164", "EGY", "ETH")} <= events
    assert not any(code.startswith("05") for code, _, _ in events)


def test_talks_out_of_the_question_are_refused(coder):
    events = found(coder, "Armenia said talks with Azerbaijan were out of the question.")
    assert ("125", "ARM", "AZE") in events
    assert not any(code.startswith("04") for code, _, _ in events)


def test_a_denied_visa_is_a_refusal_not_a_denial(coder):
    events = found(coder, "India denied visas to Pakistani diplomats.")
    assert ("120", "IND", "PAK") in events
    assert not any(code == "016" for code, _, _ in events)


def test_denying_a_claim_stays_a_denial(coder):
    assert ("016", "RUS", "UKR") in found(coder, "Russia denied that its troops had entered Ukraine.")


def test_a_threatened_curfew_is_aimed_at_the_own_people(coder):
    assert ("1323", "MOZ", "MOZ") in found(coder, "The Mozambican president threatened to impose a curfew in Maputo after the riots.")


def test_a_threatened_state_of_emergency_is_1324(coder):
    assert ("1324", "KEN", "KEN") in found(coder, "The Kenyan government said it will impose a state of emergency in Mombasa.")


def test_washington_and_its_allies_demand(coder):
    assert ("100", "USA", "PSE") in found(coder, "Washington and its allies demanded that Hamas renounce violence.")


def test_a_subject_joined_by_along_with_keeps_its_verb(coder):
    assert ("100", "USA", "PSE") in found(coder, "Washington along with its allies demanded that Hamas renounce violence.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thousands of Syrian refugees sought refuge in Turkey.", ("1033", "SYR", "TUR")),
        ("The Russian journalist sought political asylum in France.", ("1033", "RUS", "FRA")),
    ],
)
def test_seeking_refuge_in_a_country_asks_it_for_protection(coder, text, expected):
    assert expected in found(coder, text)


def test_a_court_order_to_appear_is_a_demand(coder):
    assert ("100", "PERJUD", "PERELI") in by_actor(coder, "A Peruvian judge ordered former president Alberto Fujimori to appear in court.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China expressed outrage over the Japanese minister's visit to the shrine.", ("111", "CHN", "JPN")),
        ("Russia expressed strong dissatisfaction with the German decision.", ("110", "RUS", "DEU")),
        ("India called the Pakistani claim baseless.", ("111", "IND", "PAK")),
        ("Greece voiced strong opposition to the Turkish drilling plans.", ("120", "GRC", "TUR")),
        ("The Colombian government said it would not negotiate with the rebels.", ("125", "COL", "COL")),
    ],
)
def test_disapproval_and_refusal_phrasings(coder, text, expected):
    assert expected in found(coder, text)


def test_opposition_inside_a_refusal_is_no_opposition_party(coder):
    assert not any(t == "TUROPP" for _, _, t in by_actor(coder, "Greece voiced strong opposition to the Turkish drilling plans."))


def test_a_report_dismissed_as_false_is_denied(coder):
    assert any(code == "016" and source == "NGA" for code, source, _ in found(coder, "Nigeria dismissed the Amnesty report as false."))


def test_a_pronoun_for_the_speaker_is_no_addressee(coder):
    assert ("111", "SYR", "ISR") in found(coder, "Syria condemned what it called Israeli aggression.")


@pytest.mark.parametrize("text", ["Iran denied that it had supplied drones to Russia.", "Kenya denied that police had killed protesters in Nairobi."])
def test_what_is_denied_did_not_happen(coder, text):
    events = found(coder, text)
    assert any(code == "016" for code, _, _ in events)
    assert all(code == "016" for code, _, _ in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkish prosecutors charged the Swedish journalist with terrorism.", ("115", "TUR", "SWE")),
        ("Kosovo's former president has been indicted by the UN tribunal for war crimes.", ("115", "UNO", "KSV")),
    ],
)
def test_charges_and_indictments_are_lawsuits(coder, text, expected):
    assert expected in found(coder, text)


def test_a_vow_never_to_act_is_a_refusal(coder):
    assert ("120", "ISR", "SYR") in found(coder, "Israel vowed never to return the Golan Heights to Syria.")


def test_a_threatened_election_boycott_is_political_dissent(coder):
    assert ("133", "ZWE", "ZWE") in found(coder, "The Zimbabwean opposition threatened to boycott the elections.")


def test_who_stands_for_the_person_named_before_it(coder):
    text = "A Lebanese newspaper urged Arabs to unite against Israeli hardliner Itamar Ben-Gvir, who has vowed never to return the Golan Heights to Syria."
    events = found(coder, text)
    assert ("120", "ISR", "SYR") in events
    assert not any(code == "120" and source == "LBN" for code, source, _ in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Striking miners in Peru blocked the Pan-American highway.", ("144", "PERLAB", "PERGOV")),
        ("Chilean truckers went on strike on Monday.", ("143", "CHLLAB", "CHLGOV")),
    ],
)
def test_workers_named_by_their_trade_protest_as_labour(coder, text, expected):
    assert expected in by_actor(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey threatened military action against Syria.", ("138", "TUR", "SYR")),
        ("Turkey launched a military offensive in northern Syria.", ("190", "TUR", "SYR")),
    ],
)
def test_military_inside_a_threat_or_an_attack_is_no_army(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert not any(source == target for _, source, target in events)


def test_a_recognition_refused_in_the_future_is_a_refusal(coder):
    assert ("120", "SRB", "KSV") in found(coder, "Serbia said it would never recognize Kosovo.")


def test_a_crowd_protests_for_the_people_of_its_place(coder):
    assert ("141", "GEOCVL", "GEOGOV") in by_actor(coder, "Thousands marched in Tbilisi on Sunday to protest against the government.")


def test_a_rally_in_support_of_someone_is_no_protest(coder):
    assert not found(coder, "Thousands rallied in support of the president in Caracas.")


def test_supporters_of_a_leader_stay_civilians(coder):
    assert ("144", "DZACVL", "DZAGOV") in by_actor(coder, "Supporters of the Algerian president blocked roads in Algiers.")


def test_a_pronoun_for_the_doer_is_no_target_of_its_concession(coder):
    events = found(coder, "Nicaragua has said it will give the commission access to prison records and allow it to interview detainees.")
    assert any(code.startswith("035") and source == "NIC" and target == "NIC" for code, source, target in events)


def test_protests_crushed_by_a_state_are_not_its_complaint(coder):
    events = found(coder, "Belarus's rulers crushed weeks of pro-democracy protests led mostly by students.")
    assert not any(code in ("114", "140") for code, _, _ in events)


def test_a_headline_protests_is_a_verb(coder):
    assert ("114", "CHN", "USA") in found(coder, "China protests US arms sales to Taiwan.")


def test_pushing_for_sanctions_against_a_state_rallies_opposition(coder):
    assert ("113", "DEU", "RUS") in found(coder, "Germany is pushing for stronger sanctions against Russia.")


def test_sanctions_putting_pressure_on_an_economy_are_no_demand(coder):
    assert not found(coder, "The sanctions put pressure on the Russian economy.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The German chancellor issued a stern reminder on Monday to Hungary that it must respect the rule of law.", ("100", "DEU", "HUN")),
        ("Japan sent a message to China that it must withdraw its ships.", ("100", "JPN", "CHN")),
    ],
)
def test_a_reminder_issued_to_a_state_that_it_must_act_is_a_demand(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia plans to expel two Estonian diplomats.", ("1313", "RUS", "EST")),
        ("The US intends to impose new tariffs on Chinese steel.", ("1312", "USA", "CHN")),
    ],
)
def test_a_hostile_act_the_doer_plans_is_a_threat(coder, text, expected):
    assert expected in found(coder, text)


def test_a_hostile_act_others_expect_is_no_event(coder):
    assert not found(coder, "Russia is expected to expel two Estonian diplomats.")


def test_a_permit_denied_at_home_is_refused_to_the_country(coder):
    assert ("120", "TURGOV", "TUR") in by_actor(coder, "The Turkish government has denied a building permit for the new church.")
