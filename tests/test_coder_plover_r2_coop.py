"""Cooperation, intents and concessions, second round (PLOVER AGREE, CONSULT, COOPERATE, AID,
CONCEDE, RETREAT), on sentences written for these tests: 'X said it would' is X's; an act in a
purpose infinitive shares its head verb's promise or refusal; units of peacekeepers are the
subject; strikes called off; rallies allowed and freedoms expanded; joint exercises of two states;
'X will allow'; standing commitments; agreeing that both should cooperate; venues of talks;
deliveries let through; a rival's victory recognised."""

import pytest

from coder_cases import by_actor
from coder_cases import by_country as found


def codes(events):
    return {code for code, _, _ in events}


# ---- pronouns and purpose infinitives


def test_a_pronoun_after_a_report_verb_is_the_reporter_not_the_first_actor(coder):
    text = "In a note delivered to the European Union on Tuesday, Syria said it would allow the return of UN inspectors."
    events = found(coder, text)
    assert any(code.startswith("035") and s == "SYR" for code, s, _ in events)
    assert not any(s is None for _, s, _ in events)


def test_a_pronoun_after_told_someone_is_not_that_someone(coder):
    assert all(s == "USA" for _, s, _ in found(coder, "The United States told Iran it would lift sanctions."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Denmark is willing to send equipment to help defend Lithuania if it is invaded, the Danish defence minister said.", ("0334", "DNK", "LTU")),
        ("Britain agreed to send warships to help defend Oman.", ("0312", "GBR", "OMN")),
    ],
)
def test_an_act_in_a_purpose_infinitive_shares_its_head_verbs_commitment(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert all(code.startswith("03") for code in codes(events))
    assert "052" not in codes(events) and "074" not in codes(events)


def test_an_act_in_a_purpose_infinitive_shares_its_head_verbs_refusal(coder):
    events = found(coder, "Canada refused to send troops to help defend Kuwait.")
    assert not codes(events) & {"052", "074", "0334", "032"}


def test_a_position_defended_stays_a_verbal_defence(coder):
    assert "074" not in codes(found(coder, "Kenya's president defended the decision to expel the diplomats from Somalia."))


# ---- peacekeepers, strikes, rallies, freedoms


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The first contingent of Nigerian peacekeeping troops arrived in Liberia on Monday.", ("074", "NGA", "LBR")),
        ("A first group of Pakistani peacekeepers arrived in Somalia, officials said.", ("074", "PAK", "SOM")),
        ("The first deployment of UN peacekeeping troops has arrived in Mali.", ("074", "UNO", "MLI")),
    ],
)
def test_a_unit_of_peacekeepers_arriving_provides_peacekeeping(coder, text, expected):
    assert expected in found(coder, text)


def test_opposing_the_deployment_of_a_force_is_no_deployment(coder):
    text = "Ivorian rebels said they opposed the deployment of a West African peacekeeping force."
    assert "074" not in codes(found(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kenya National Union of Teachers announced on Monday that it has called off a week-long strike after talks with the Kenyan government.", ("082", "KENLAB", "KENGOV")),
        ("The dockworkers' union in Chile called off a strike after the government agreed to raise wages.", ("082", "CHLLAB", "CHLGOV")),
    ],
)
def test_a_strike_called_off_eases_dissent_against_the_government(coder, text, expected):
    events = by_actor(coder, text)
    assert expected in events
    assert "164" not in codes(events)  # the talks after it were not called off


def test_talks_called_off_are_still_halted_negotiations(coder):
    assert ("164", "IRN", "USA") in found(coder, "Iran called off the talks with the United States.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Zambian government allowed the opposition party to hold a rally in Lusaka.", ("0811", "ZMBGOV", "ZMBOPP")),
        ("Authorities in Belarus permitted the opposition to stage a demonstration.", ("0811", "BLRGOV", "BLROPP")),
    ],
)
def test_a_rally_allowed_eases_restrictions_on_political_freedom_and_is_no_protest_yet(coder, text, expected):
    events = by_actor(coder, text)
    assert expected in events
    assert not any(code.startswith("14") for code, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian government refused to allow the Muslim Brotherhood to hold a rally in Cairo.",
        "The Kenyan government will not allow the opposition to stage a protest.",
    ],
)
def test_a_rally_refused_eases_nothing(coder, text):
    assert not any(code.startswith("08") for code, _, _ in found(coder, text))


def test_freedoms_expanded_ease_restrictions_on_political_freedom(coder):
    text = "Since the ceasefire, President Kiir has taken cautious steps to expand political freedoms in South Sudan."
    assert ("0811", "SSD", "SSD") in found(coder, text)


# ---- joint exercises


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Indian and French navies launched five days of war games in the Arabian Sea.", ("IND", "FRA")),
        ("Russian and Chinese warships began naval exercises in the Sea of Japan.", ("RUS", "CHN")),
    ],
)
def test_an_exercise_of_two_states_named_together_is_military_cooperation(coder, text, pair):
    a, b = pair
    events = found(coder, text)
    assert {("062", a, b), ("062", b, a)} <= events
    assert "150" not in codes(events)


def test_an_exercise_of_one_state_near_another_is_no_cooperation(coder):
    assert "062" not in codes(found(coder, "China held military exercises near Taiwan on Monday."))


def test_a_missile_test_of_two_states_is_no_joint_exercise(coder):
    assert "062" not in codes(found(coder, "Pakistan and India both test-fired missiles on Monday."))


# ---- intents: 'will allow', commitments, agreements


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Greece will allow up to 5,000 Syrian refugees to stay in the country.", ("035", "GRC", "SYR")),
        ("Israel will release 50 Palestinian prisoners.", ("0353", "ISR", "PSE")),
        ("Thailand said it will allow Cambodian refugees to return home.", ("035", "THA", "KHM")),
    ],
)
def test_a_concession_a_state_will_make_is_its_announced_intent(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel would release 50 Palestinian prisoners if Hamas frees the hostages.",
        "Ethiopia will not allow Eritrean refugees to stay.",
        "The prisoners will be released next week.",
    ],
)
def test_a_conditional_negated_or_agentless_plan_is_no_intent(coder, text):
    assert not any(code.startswith("03") or code.startswith("08") for code, _, _ in found(coder, text))


def test_a_standing_commitment_is_an_intent_to_cooperate_with_or_without_a_partner(coder):
    assert ("030", "LKA", None) in found(coder, "Foreign Minister Ali Sabry said Sri Lanka is committed to reforming the economy.")
    assert ("030", "JPN", "UKR") in found(coder, "Japan remains committed to supporting Ukraine.")


def test_no_commitment_is_no_intent(coder):
    assert "030" not in codes(found(coder, "The government of Peru is not committed to reforms, the opposition said."))


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Senior Kenyan and Ugandan officials agreed on Friday that their countries should cooperate to fight cattle rustling.", ("KEN", "UGA")),
        ("Chile and Peru agreed that they would work together against smuggling.", ("CHL", "PER")),
    ],
)
def test_agreeing_that_both_should_cooperate_is_the_intent_to_cooperate(coder, text, pair):
    a, b = pair
    assert {("030", a, b), ("030", b, a)} <= found(coder, text)


def test_others_agreeing_that_a_state_should_cooperate_is_no_intent_of_it(coder):
    assert not found(coder, "Analysts agreed that Russia should cooperate with the inspectors.")


def test_a_trade_pact_agreed_on_is_economic_cooperation_agreed(coder):
    events = found(coder, "Canada and Chile have agreed upon a new trade pact, the Canadian government said.")
    assert {("0311", "CAN", "CHL"), ("0311", "CHL", "CAN")} <= events


def test_a_trade_pact_not_agreed_on_is_nothing(coder):
    assert not found(coder, "Canada and Chile have not agreed on a trade pact.")


# ---- talks, deliveries, victories


def test_negotiators_returning_to_a_venue_for_talks_meet_each_other_not_the_venue(coder):
    events = found(coder, "American and Chinese negotiators return to Geneva next week for talks on trade.")
    assert {("040", "USA", "CHN"), ("040", "CHN", "USA")} <= events
    assert not any(t == "CHE" for _, _, t in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey opened the border crossing to allow the delivery of food and medicine to Syria.", ("0863", "TUR", "SYR")),
        ("Kazakhstan opened the bridge after two years to allow the delivery of 500 tons of flour to Afghanistan.", ("0863", "KAZ", "AFG")),
    ],
)
def test_a_delivery_of_aid_let_through_allows_humanitarian_access(coder, text, expected):
    assert expected in found(coder, text)


def test_a_delivery_refused_allows_nothing(coder):
    assert "0863" not in codes(found(coder, "Israel refused to allow the delivery of humanitarian aid to Gaza."))


def test_the_wounded_evacuated_by_foreign_helicopters_is_humanitarian_aid(coder):
    assert ("073", "UNO", "SYR") in found(coder, "UN helicopters evacuated the wounded from the besieged Syrian town of Madaya on Sunday.")


def test_a_rivals_election_victory_recognised_is_conceded_not_diplomatic_recognition(coder):
    events = by_actor(coder, "The Kenyan parliament passed a law recognizing the victories of the opposition in the municipal elections.")
    assert ("0831", "KENLEG", "KENOPP") in events
    assert "054" not in codes(events)


def test_a_victory_not_recognised_is_not_conceded(coder):
    assert not any(code.startswith("08") for code in codes(found(coder, "The ruling party refused to recognize the opposition's victory in Caracas.")))


def test_the_european_common_market_is_the_eec(coder):
    text = "Norway accepted a formula for settling its fishing dispute with its European Common Market partners."
    assert ("037", "NOR", "IGOEEC") in by_actor(coder, text)


# ---- conditions still to be met


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said the government must accept their demands before they disarm.",
        "The rebels said Mali must release their fighters before they withdraw from Kidal.",
    ],
)
def test_an_act_in_the_present_after_before_or_until_has_not_happened(coder, text):
    assert not any(code.startswith("087") or code.startswith("0356") for code, _, _ in found(coder, text))


def test_an_act_in_the_past_after_before_did_happen(coder):
    assert ("0841", "PSE", "PSE") in found(coder, "Hamas released the hostages before Israel lifted the blockade.")


# ---- amounts 'in aid', refugees taken in, ties deepened, a state and its rebels


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan will provide 10 million dollars in emergency aid to Nepal, the foreign ministry said.", ("0333", "JPN", "NPL")),
        ("Britain provided 5 million pounds in aid to Malawi.", ("070", "GBR", "MWI")),
        ("Germany sent 20 million euros in military aid to Ukraine.", ("072", "DEU", "UKR")),
    ],
)
def test_an_amount_given_in_aid_is_aid_and_its_announcement_a_pledge(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Uganda accepted 2,000 refugees from South Sudan.", ("073", "UGA", "SSD")),
        ("Chad has taken in thousands of refugees from Sudan.", ("073", "TCD", "SDN")),
    ],
)
def test_refugees_taken_in_are_humanitarian_aid(coder, text, expected):
    assert expected in found(coder, text)


def test_refugees_refused_are_a_refusal(coder):
    events = found(coder, "Jordan says it will not accept any more refugees from Syria.")
    assert ("120", "JOR", "SYR") in events
    assert "073" not in codes(events)


def test_vowing_to_deepen_ties_is_an_intent_to_cooperate_between_those_named(coder):
    assert {("030", "CHN", "RUS"), ("030", "RUS", "CHN")} <= found(coder, "China and Russia vowed to deepen their strategic partnership.")


def test_a_state_and_its_own_rebels_agreeing_to_a_ceasefire_are_two_sides(coder):
    events = by_actor(coder, "Colombia and the rebels agreed to a ceasefire.")
    assert {("0356", "COL", "COLREB"), ("0356", "COLREB", "COL")} <= events


# ---- withdrawals, peacekeepers let in, joint drills, calls, acts on a pair


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian troops withdrew from Syria on Monday.", ("0874", "RUS", "SYR")),
        ("Ugandan forces pulled out of South Sudan.", ("0874", "UGA", "SSD")),
    ],
)
def test_armed_forces_withdrawing_from_a_place_retreat(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain withdrew from the European Union.",
        "The rebels refused to withdraw from the town.",
    ],
)
def test_a_state_leaving_a_body_or_a_refused_withdrawal_is_no_retreat(coder, text):
    assert "0874" not in codes(found(coder, text))


def test_peacekeepers_let_in_are_an_intent_to_allow_international_involvement(coder):
    assert ("0355", "AZE", "RUS") in found(coder, "Azerbaijan agreed to let Russian peacekeepers into Nagorno-Karabakh.")


def test_joint_military_drills_name_their_arm_and_both_sides(coder):
    events = by_actor(coder, "Turkish and Azerbaijani forces held joint military drills.")
    assert {("062", "TURMIL", "AZEMIL"), ("062", "AZEMIL", "TURMIL")} <= events


def test_calling_a_counterpart_is_a_phone_call_and_calling_on_one_an_appeal(coder):
    assert ("041", "IND", "PAK") in found(coder, "The Indian prime minister called his Pakistani counterpart.")
    events = found(coder, "The Indian prime minister called on his Pakistani counterpart to act against militants.")
    assert ("020", "IND", "PAK") in events and "041" not in codes(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany welcomed the agreement between Serbia and Kosovo.", {("051", "DEU", "SRB"), ("051", "DEU", "KSV")}),
        ("The UN condemned the fighting between Sudan and South Sudan.", {("111", "UNO", "SDN"), ("111", "UNO", "SSD")}),
    ],
)
def test_whoever_judges_what_two_others_did_acts_on_each_of_them(coder, text, expected):
    events = found(coder, text)
    assert expected <= events
    assert not any(s == t or (s, t) in {("SRB", "KSV"), ("KSV", "SRB"), ("SDN", "SSD"), ("SSD", "SDN")} for _, s, t in events)


# ---- acts committed to, bans on imports lifted, training, aid in kind


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine and Russia agreed to a prisoner swap.", {("0353", "UKR", "RUS"), ("0353", "RUS", "UKR")}),
        ("Israel agreed to the release of 100 Palestinian prisoners.", {("0353", "ISR", "PSE")}),
    ],
)
def test_an_act_named_right_after_a_commitment_is_the_committed_parties_own(coder, text, expected):
    assert expected <= found(coder, text)


def test_an_act_named_later_in_a_circumstance_is_not_the_committed_partys(coder):
    events = found(coder, "On Monday, Putin offered to negotiate with the president of Armenia following the invasion of Georgia.")
    assert not any(code.startswith("19") for code, _, _ in events)


def test_a_ban_on_imports_lifted_eases_an_embargo_and_one_imposed_is_a_sanction(coder):
    assert ("085", "IRN", "GBR") in found(coder, "Iran lifted its ban on British imports.")
    assert "085" not in codes(found(coder, "Iran imposed a ban on British imports."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("France trained Ukrainian soldiers.", ("062", "FRA", "UKR")),
        ("Britain will train Nigerian troops, the defence ministry said.", ("0312", "GBR", "NGA")),
        ("Cuba sent doctors to Italy to help fight the pandemic.", ("073", "CUB", "ITA")),
        ("China sent rescue teams to Turkey after the earthquake.", ("073", "CHN", "TUR")),
        ("Japan provided Vietnam with patrol boats.", ("072", "JPN", "VNM")),
        ("Germany provided Syrian refugees with tents.", ("073", "DEU", "SYR")),
    ],
)
def test_training_rescuers_and_supplies_in_kind_are_cooperation_or_aid(coder, text, expected):
    assert expected in found(coder, text)


def test_an_army_training_its_own_soldiers_cooperates_with_no_one(coder):
    assert "062" not in codes(found(coder, "The Kenyan army trained its soldiers in Nairobi."))


def test_a_verb_after_but_is_a_second_act_of_the_same_subject(coder):
    events = found(coder, "China condemned Lithuania but praised Germany.")
    assert {("111", "CHN", "LTU"), ("051", "CHN", "DEU")} <= events
    assert ("051", "LTU", "DEU") not in events


# ---- partners of talks, calls, endorsements, facilitation


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Egypt's president discussed the Gaza crisis with the Jordanian king by phone.", ("041", "EGY", "JOR")),
        ("The French president discussed Ukraine with the German chancellor on Monday.", ("040", "FRA", "DEU")),
        ("The Indian prime minister talked with his Japanese counterpart by video link.", ("041", "IND", "JPN")),
    ],
)
def test_the_partner_of_talks_is_in_their_with_phrase_and_talks_by_phone_are_a_call(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert not any(t in ("PSE", "UKR") for _, _, t in events)


def test_talks_in_person_stay_a_meeting(coder):
    assert "041" not in codes(found(coder, "The Iranian foreign minister held talks with his Omani counterpart in Muscat."))


def test_backing_anothers_position_endorses_it(coder):
    assert ("051", "RUS", "SRB") in found(coder, "Russia backed Serbia's position on Kosovo.")


def test_facilitating_talks_between_two_sides_mediates(coder):
    assert ("045", "NOR", "COL") in found(coder, "Norway facilitated talks between the Colombian government and the ELN.")


# ---- remains returned, bills withdrawn, elections and reforms agreed to, curfews lifted


def test_remains_handed_over_are_property_returned(coder):
    assert ("0842", "PRK", "USAMIL") in by_actor(coder, "North Korea handed over the remains of US soldiers.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kenyan government withdrew the controversial finance bill.", ("0832", "KENGOV", "KEN")),
        ("The Bolivian government agreed to hold new elections.", ("0341", "BOLGOV", "BOL")),
        ("Thailand's government agreed to amend the constitution.", ("0344", "THAGOV", "THA")),
        ("India lifted the curfew in Manipur.", ("0813", "IND", "INDCVL")),
    ],
)
def test_concessions_at_home_are_to_the_country_not_to_the_government_itself(coder, text, expected):
    assert expected in by_actor(coder, text)


def test_a_bill_the_government_refuses_to_withdraw_is_no_concession(coder):
    assert not any(code.startswith("08") for code, _, _ in found(coder, "The Kenyan government refused to withdraw the finance bill."))


# ---- openness to talks, proposals and ceasefires accepted


def test_being_open_to_talks_is_the_intent_to_meet(coder):
    assert ("036", "RUS", "UKR") in found(coder, "Russia said it was open to talks with Ukraine.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hamas accepted the Egyptian ceasefire proposal.", ("0356", "PSE", "EGY")),
        ("Sudan's army accepted a US proposal for a ceasefire.", ("0356", "SDN", "USA")),
        ("Serbia accepted the EU proposal on Kosovo.", ("032", "SRB", "EEC")),
    ],
)
def test_a_proposal_or_ceasefire_accepted_is_an_intent_to_cooperate_or_de_escalate(coder, text, expected):
    assert expected in found(coder, text)


def test_a_proposal_refused_is_no_acceptance(coder):
    events = found(coder, "Venezuela refused to accept the Brazilian proposal.")
    assert not any(code.startswith("03") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan will send humanitarian aid to Nepal.", ("0333", "JPN", "NPL")),
        ("Germany will supply tanks to Ukraine.", ("0332", "DEU", "UKR")),
        ("Japan will support India's bid for a permanent seat.", ("032", "JPN", "IND")),
    ],
)
def test_aid_or_support_a_state_will_give_is_its_announced_intent(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize("text", ["The aid will be delivered to Nepal next week.", "Canada will not send weapons to Israel."])
def test_agentless_or_negated_aid_plans_are_no_intent(coder, text):
    assert not found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Saudi Arabia mobilized international support for the Palestinians.", ("053", "SAU", "PSE")),
        ("Qatar lobbied on behalf of the Taliban in Washington.", ("053", "QAT", "AFG")),
    ],
)
def test_support_mobilized_for_another_is_rallying_support_not_mobilization(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert not any(code.startswith("15") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pakistan's prime minister agreed to step down.", ("0341", "PAK", "PAK")),
        ("The Kenyan government agreed to withdraw the finance bill.", ("0342", "KEN", "KEN")),
    ],
)
def test_agreeing_to_accede_is_the_intent_to_change_leadership_or_policy(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition demanded free and fair elections from the government.",
        "The Malian junta promised free elections.",
        "Pakistani opposition leaders agreed to hold a violence free rally in Lahore.",
    ],
)
def test_free_as_an_adjective_frees_no_one(coder, text):
    assert "0841" not in codes(found(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The World Food Programme distributed food to 50,000 people in Somalia.", ("073", "UNO", "SOM")),
        ("Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.", ("071", "SAU", "PAK")),
        ("UNICEF provided clean water to flood victims in Pakistan.", ("073", "UNO", "PAK")),
        ("Germany granted Namibia 1.1 billion euros in development aid.", ("070", "DEU", "NAM")),
        ("Washington transferred Patriot missiles to Kyiv.", ("072", "USA", "UKR")),
        ("Qatar financed the reconstruction of Gaza.", ("071", "QAT", "PSE")),
    ],
)
def test_aid_handed_out_paid_for_or_transferred(coder, text, expected):
    assert expected in found(coder, text)


def test_money_invested_in_a_country_is_economic_cooperation(coder):
    assert ("061", "CHN", "BRA") in found(coder, "China invested 5 billion dollars in Brazil's railways.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Turkish and Iraqi police carried out a joint operation against smugglers.", {("062", "TUR", "IRQ"), ("062", "IRQ", "TUR")}),
        ("Kenya launched a joint operation with Somalia against al-Shabaab.", {("062", "KEN", "SOM")}),
    ],
)
def test_a_joint_operation_is_cooperation_between_its_partners_not_with_its_enemy(coder, text, expected):
    events = by_actor(coder, text)
    assert expected <= {(c, s[:3], t[:3] if t else t) for c, s, t in events}
    assert not any(t and t.endswith(("CRM", "REB")) for c, _, t in events if c == "062")


def test_a_joint_operation_with_no_partner_named_is_no_cooperation(coder):
    assert "062" not in codes(found(coder, "Nigeria launched a joint operation against Boko Haram."))


def test_an_official_flying_to_a_capital_visits_it(coder):
    assert ("042", "NGA", "GBR") in found(coder, "The Nigerian president flew to London for talks with the British prime minister.")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Afghan refugees flew to Germany on Monday.",
        "Russian paratroopers flew to Belarus on Monday.",
        "Voters headed to the polls in Chile.",
        "Thousands of protesters headed to the presidential palace in Lima.",
    ],
)
def test_refugees_troops_or_crowds_travelling_visit_no_one(coder, text):
    assert "042" not in codes(found(coder, text))


def test_rebels_leaving_talks_halt_negotiations_and_do_not_retreat(coder):
    assert "0874" not in codes(found(coder, "Sudanese rebels withdrew from the peace talks in Doha."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan offered 10 million dollars in aid to Nepal.", ("033", "JPN", "NPL")),
        ("South Korea offered humanitarian aid to North Korea.", ("0333", "KOR", "PRK")),
        ("Russia offered Belarus a 1 billion dollar loan.", ("0331", "RUS", "BLR")),
        ("The United States vowed to defend the Philippines.", ("0334", "USA", "PHL")),
        ("Canada promised to resettle 25,000 Syrian refugees.", ("0333", "CAN", "SYR")),
        ("Germany resettled 10,000 Syrian refugees last year.", ("073", "DEU", "SYR")),
    ],
)
def test_aid_offered_is_an_intent_and_refugees_resettled_are_sheltered(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    if expected[0].startswith("03"):
        assert not any(code.startswith("07") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran released the seized British tanker.", ("0842", "IRN", "GBR")),
        ("India returned the Pakistani soldier who crossed the border by mistake.", ("0841", "IND", "PAK")),
        ("Israel lifted the closure of the West Bank.", ("081", "ISR", "PSE")),
        ("The Syrian army lifted the siege of Deir ez-Zor.", ("0872", "SYR", "SYR")),
    ],
)
def test_ships_returned_are_property_soldiers_returned_persons_and_sieges_lifted_ease_a_blockade(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert "191" not in codes(events)


def test_soldiers_remains_returned_are_remains_not_soldiers(coder):
    events = found(coder, "Ukraine returned the remains of Russian soldiers.")
    assert ("0842", "UKR", "RUS") in events and "0841" not in codes(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia agreed to supply gas to Moldova.", {("0311", "RUS", "MDA")}),
        ("Ethiopia agreed to allow journalists into Tigray.", {("0351", "ETH", "ETH")}),
        ("India and China agreed to disengage troops along the border.", {("0356", "IND", "CHN"), ("0356", "CHN", "IND")}),
    ],
)
def test_supplies_journalists_let_in_and_disengagement_agreed_to_are_intents(coder, text, expected):
    assert expected <= found(coder, text)


def test_journalists_refused_entry_are_no_concession(coder):
    assert not any(code.startswith(("08", "03")) for code in codes(found(coder, "Ethiopia refused to allow journalists into Tigray.")))


def test_whom_one_meets_stays_the_partner_even_with_others_present(coder):
    events = found(coder, "The US president met the Ukrainian president with NATO leaders.")
    assert ("040", "USA", "UKR") in events


def test_a_speaker_reporting_attacks_between_two_sides_attacks_no_one(coder):
    events = found(coder, "The UN said attacks between Israel and Hezbollah escalated.")
    assert not any(s == "UNO" for _, s, _ in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chinese officials visited Kenya.", ("042", "CHN", "KEN")),
        ("A delegation of Chinese officials visited Kenya on Monday.", ("042", "CHN", "KEN")),
        ("The Chinese president paid an official visit to Kenya.", ("042", "CHN", "KEN")),
    ],
)
def test_officials_visiting_and_official_visits_are_visits(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ethiopia withdrew its troops from Somalia.", ("0874", "ETH", "SOM")),
        ("Israel withdrew its forces from Gaza.", ("0874", "ISR", "PSE")),
        ("The Pakistani army said it would withdraw troops from the border.", ("0356", "PAK", None)),
    ],
)
def test_the_forces_withdrawn_are_the_doers_own_not_the_target(coder, text, expected):
    events = found(coder, text)
    assert expected in events
    assert not any(s == t for _, s, t in events)


# ---- commitments with a day inside, 'his country', pacts of two, working with a partner


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya and Ethiopia agreed on Monday to boost security cooperation along their border.", {("032", "KEN", "ETH"), ("032", "ETH", "KEN")}),
        ("Brazil and Argentina pledged on Friday to deepen economic integration.", {("030", "BRA", "ARG"), ("030", "ARG", "BRA")}),
        ("Indonesia's president said his country was ready to send peacekeepers to Gaza.", {("0334", "IDN", "PSE")}),
        ("Xi told his French counterpart that China was willing to work with France to promote peace.", {("030", "CHN", "FRA")}),
        ("The Philippines and Japan signed a defence pact on Monday allowing troops to be deployed on each other's soil.", {("057", "PHL", "JPN"), ("057", "JPN", "PHL")}),
    ],
)
def test_commitments_pacts_and_readiness_to_work_together(coder, text, expected):
    events = found(coder, text)
    assert expected <= events
    assert not any(s == t for _, s, t in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States on Thursday announced a new 300 million dollar military aid package for Ukraine.", ("0332", "USA", "UKR")),
        ("The World Bank on Tuesday approved a 500 million dollar loan for Egypt to support its economy.", ("071", "WBK", "EGY")),
        ("China has delivered 200,000 doses of its vaccine to Sri Lanka, the embassy said.", ("073", "CHN", "LKA")),
    ],
)
def test_aid_packages_announced_loans_approved_and_vaccines_delivered(coder, text, expected):
    assert expected in found(coder, text)


def test_ties_restored_in_a_deal_brokered_by_a_third_state_are_between_the_two(coder):
    events = found(coder, "Iran and Saudi Arabia restored diplomatic ties in a deal brokered by China.")
    assert {("054", "IRN", "SAU"), ("054", "SAU", "IRN")} <= events
    assert not any(code == "054" and t == "CHN" for code, _, t in events)
    assert ("045", "CHN", "IRN") in events


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Venezuela said it was ready for dialogue with Guyana.", ("036", "VEN", "GUY")),
        ("The Taliban said they were open to negotiations with the Afghan government.", ("036", "AFG", "AFG")),
    ],
)
def test_readiness_for_talks_is_the_intent_to_meet(coder, text, expected):
    assert expected in found(coder, text)


def test_not_being_ready_for_talks_is_no_intent(coder):
    assert not found(coder, "North Korea is not ready for talks with the United States.")


def test_an_act_after_a_commitments_object_is_no_commitment(coder):
    events = found(coder, "Armenia and Azerbaijan agreed to a deal after clashes on the border.")
    assert not any(code.startswith("13") for code, _, _ in events)
