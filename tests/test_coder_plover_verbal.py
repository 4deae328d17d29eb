"""Verbal conflict constructions (demands, disapproval, rejection, threats, protests,
investigations) added for the PLOVER benchmark's categories, on sentences written for these
tests."""

import pytest

from coder_cases import DAY, by_country as found


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


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Hundreds of Chilean students began a hunger strike on Monday.", "en", ("142", "CHL", "CHL")),
        ("Young Peruvians blocked the main roads into Lima on Sunday.", "en", ("144", "PER", "PER")),
        ("Des agriculteurs boliviens ont entamé une grève de la faim lundi.", "fr", ("142", "BOL", "BOL")),
    ],
)
def test_a_hunger_strike_or_a_road_block_is_aimed_at_the_home_government(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_state_force_blocking_a_road_is_no_protest(coder):
    assert not any(code.startswith("14") for code, _, _ in found(coder, "Peruvian troops blocked the road to the border."))


def test_protesters_against_their_own_country_protest_against_its_government(coder):
    assert ("141", "IRQ", "IRQ") in found(coder, "Thousands of Iraqi Kurds rallied in Erbil calling for independence from Iraq.")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The Kenyan government imposed a curfew in Mombasa on Friday.", "en", ("1723", "KEN", "KEN")),
        ("Le gouvernement malien a décrété un couvre-feu à Bamako.", "fr", ("1723", "MLI", "MLI")),
        ("The Kenyan government said it will extend the night curfew in Mombasa.", "en", ("1323", "KEN", "KEN")),
    ],
)
def test_a_curfew_is_imposed_on_the_home_country(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Ghana said it will withdraw its peacekeeping force from Liberia unless the fighting stops.", "en", ("131", "GHA", "LBR")),
        ("The United Nations said it would pull out its inspectors from Syria.", "en", ("136", "UNO", "SYR")),  # CAMEO 136: inspectors withdrawn
        ("Ghana withdrew its peacekeepers from Liberia on Monday.", "en", ("1661", "GHA", "LBR")),
        ("L'ONU a annoncé qu'elle va retirer ses inspecteurs de Syrie.", "fr", ("136", "UNO", "SYR")),
    ],
)
def test_pulling_out_peacekeepers_or_inspectors_and_announcing_it(coder, text, lang, expected):
    code, source, target = expected
    assert any(c == code and source in (s, a) and t == target for c, s, t, a in
               {(e.cameo_code, e.source_country, e.target_country, e.source_actor) for e in coder.code_article("t", text, lang, DAY, "day")})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Egypt said it would not accept the Ethiopian plan.", ("120", "EGY", "ETH")),
        ("Chile is opposed to the Bolivian proposal, a spokesman said.", ("120", "CHL", "BOL")),
        ("India is opposed to Norwegian mediation in the dispute.", ("126", "IND", "NOR")),
        ("Peru said it would not meet Chile's demands.", ("124", "PER", "CHL")),
    ],
)
def test_stated_refusals(coder, text, expected):
    assert expected in found(coder, text)


def test_an_official_protest_is_lodged_with_the_state_named_after_it(coder):
    assert ("114", "SRB", "HRV") in found(coder, "Serbia lodged an official protest with Croatia on Monday.")


def test_the_european_community_is_the_eu(coder):
    assert ("106", "EEC", "SRB") in {(c, a[-3:], t) for c, a, t in
                                     {(e.cameo_code, e.source_actor, e.target_country) for e in coder.code_article("t", "European Community ministers demanded the withdrawal of Serbian forces from Bosnia.", "en", DAY, "day")}}


def test_rebels_saying_what_their_government_must_do_demand_it(coder):
    assert ("100", "COLREB", "COLGOV") in {(e.cameo_code, e.source_actor, e.target_actor) for e in coder.code_article("t", "Colombian rebels said the government must release all prisoners.", "en", DAY, "day")}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The European Union could impose new sanctions on Iran if it does not release the sailors.", "en", ("1312", "EEC", "IRN")),
        ("Ghana might withdraw its peacekeepers from Liberia unless the fighting stops.", "en", ("131", "GHA", "LBR")),
        ("L'Union européenne pourrait imposer des sanctions à l'Iran à moins qu'il libère les marins.", "fr", ("1312", "EEC", "IRN")),
    ],
)
def test_a_possible_hostile_act_on_a_condition_is_a_threat(coder, text, lang, expected):
    code, source, target = expected
    assert any(e.cameo_code == code and source in (e.source_country, e.source_actor[-3:]) and e.target_country == target
               for e in coder.code_article("t", text, lang, DAY, "day"))


def test_a_possible_hostile_act_without_a_condition_is_no_event(coder):
    assert found(coder, "The European Union could impose new sanctions on Iran.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bolivian miners stopped work on Monday over the new mining law.", ("143", "BOL", "BOL")),
        ("Rebels in Mali blocked transport into Bamako on Tuesday.", ("144", "MLI", "MLI")),
    ],
)
def test_work_stoppages_and_blockades(coder, text, expected):
    assert expected in found(coder, text)


def test_a_vow_to_fight_is_a_threat(coder):
    assert any(code == "138" and s == "AFG" for code, s, t in found(coder, "The Taliban have vowed to fight until foreign troops leave Afghanistan."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Canadian student has been put under investigation in Spain for his role in the riots.", ("090", "ESP", "CAN")),
        ("The IAEA dispatched inspectors to Iran on Monday.", ("090", "IAE", "IRN")),
        ("Kenya's high court opened a hearing on Monday into the disputed election.", ("090", "KEN", "KEN")),
    ],
)
def test_investigations_by_inspectors_hearings_and_the_judiciary_of_the_place(coder, text, expected):
    assert expected in found(coder, text)


def test_a_restated_demand_names_its_addressee_in_the_that_clause(coder):
    assert ("100", "RUS", "POL") in found(coder, "Russia reiterated its demand on Monday that Poland ease the restrictions.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Syria complained to the United Nations on Monday over Turkish air strikes.", ("114", "SYR", "TUR")),
        ("Syria complained to the United Nations.", ("114", "SYR", "UNO")),
    ],
)
def test_a_complaint_to_an_organisation_is_aimed_at_the_state_it_is_about(coder, text, expected):
    assert expected in found(coder, text)


def test_a_threat_is_aimed_at_the_actor_its_condition_is_about(coder):
    events = found(coder, "Turkey threatened to ban Turkish flights if Greece held the exercise.")
    assert any(code.startswith("13") and s == "TUR" and t == "GRC" for code, s, t in events)


def test_landowners_on_hunger_strike_are_civilians(coder):
    assert ("142", "PERCVL", "PERGOV") in {(e.cameo_code, e.source_actor, e.target_actor) for e in coder.code_article("t", "Peruvian landowners began a hunger strike on Monday.", "en", DAY, "day")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norway told Iran that the detained sailors must be freed.", ("100", "NOR", "IRN")),
        ('Japan criticised the launch and stressed to North Korea that "regional stability" must be preserved.', ("100", "JPN", "PRK")),
        ("The Norwegian minister told Iran that it must free the sailors.", ("100", "NOR", "IRN")),
        ("The Norwegian minister reminded Iran on Monday that it must free the sailors.", ("100", "NOR", "IRN")),
    ],
)
def test_telling_an_actor_what_must_be_done_is_a_demand_on_it(coder, text, expected):
    assert expected in found(coder, text)


def test_a_protest_named_in_an_organisations_report_is_not_the_organisations(coder):
    events = found(coder, "Myanmar rejected the United Nations report on the September protests.")
    assert not any(code.startswith("14") for code, _, _ in events)
