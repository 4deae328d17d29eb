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
