"""English conflict and domestic-politics reporting (wire copy from the Sahel, Sudan, DR Congo,
Somalia, Yemen, Syria, Gaza and Lebanon, Ukraine, Myanmar, Pakistan and Afghanistan, and
protests, arrests, court rulings and crackdowns at home), on sentences and short articles
written for these tests: hedged attackers, victims named by who they are, press crackdowns,
banned parties, ground retaken, a government's measure judged by its own opposition, and
background sentences that must give no event."""

import pytest

from coder_cases import by_actor, by_country as found, by_root


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Suspected jihadists killed at least 20 soldiers in an attack on an army post in northern Burkina Faso, security sources said.", ("19", "BFA", "BFA")),
        ("Suspected Islamist militants attacked a police station in Niger.", ("18", "NER", "NER")),
        ("The army said suspected ADF rebels killed 40 villagers in Congo's Ituri province.", ("20", "COD", "COD")),
    ],
)
def test_a_hedge_on_who_the_attackers_are_is_no_hedge_on_the_attack(coder, text, expected):
    assert expected in by_root(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police suspected that rebels killed 20 soldiers in Burkina Faso.",
        "The alleged killing of 20 soldiers by rebels in Burkina Faso.",
    ],
)
def test_a_hedge_on_the_act_still_cancels_it(coder, text):
    assert found(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters abducted dozens of women in Borno state.",
        "Gunmen kidnapped 20 schoolchildren in Nigeria's Kaduna state.",
    ],
)
def test_victims_named_by_who_they_are_are_civilians(coder, text):
    assert by_actor(coder, text) == {("181", "NGAREB", "NGACVL")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The junta suspended the broadcasts of Radio France Internationale in Burkina Faso.", ("1721", "BFA", "FRA")),
        ("Mali's military government suspended French broadcaster France 24 on Thursday.", ("1721", "MLI", "FRA")),
    ],
)
def test_a_broadcaster_suspended_is_a_press_restriction(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudan's army regained control of the presidential palace in Khartoum.", ("192", "SDN", "SDN")),
        ("The Congolese army said it had retaken control of the town from M23 rebels.", ("192", "COD", "COD")),
    ],
)
def test_ground_retaken_is_occupation(coder, text, expected):
    assert expected in found(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bangladesh's interim government banned the Awami League party on Saturday under an anti-terrorism law.", ("1722", "BGDGOV", "BGDOPP")),
        ("The Thai constitutional court dissolved the Move Forward party.", ("1722", "THAJUD", "THAOPP")),
    ],
)
def test_a_party_banned_is_the_states_own_opposition(coder, text, expected):
    assert expected in by_actor(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Guinea's junta dissolved more than 50 political parties on Monday. The opposition denounced the decision as an attack on democracy.",
        "Guinea's junta dissolved more than 50 political parties on Monday. The opposition condemned the move.",
    ],
)
def test_the_opposition_judging_its_governments_measure(coder, text):
    assert ("111", "GINOPP", "GINGOV") in by_actor(coder, text)


def test_protesters_rejecting_their_governments_decision(coder):
    text = "The Georgian government suspended EU accession talks. Protesters rejected the decision."
    assert ("120", "GEOOPP", "GEOGOV") in by_actor(coder, text)
