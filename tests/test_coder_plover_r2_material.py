"""Material conflict, second PLOVER round, on sentences written for these tests: people sent to a
place to investigate, places inside a state ('central Syria'), bombings no one claims, victims of
the place an attack is in, states before their independence, a bare number as the people acted
on, borders as places, ceasefire violations found, custody, unknown associations as NGOs,
appositions and 'Members of X' subjects, and the victims named in a violent noun's of-phrase."""

import datetime as dt

import pytest

from coder_cases import by_actor
from coder_cases import by_country as found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sender investigates at the place (090); a compass word in lower case stays inside the state
        ("The IAEA sent inspectors to a reactor in central Syria.", ("090", "IAE", "SYR")),
        ("The African Union sent a team of military and civilian experts to Sudan on Friday to investigate the clashes.", ("090", "AFU", "SDN")),
        ("Israeli troops shelled villages in south Lebanon.", ("194", "ISR", "LBN")),
    ],
)
def test_investigators_sent_and_places_inside_a_state(coder, text, expected):
    assert expected in found(coder, text)


def test_investigation_negatives(coder):
    assert not any(code.startswith("09") for code, _, _ in found(coder, "The African Union did not send a team to Sudan to investigate the clashes."))
    events = found(coder, "The African Union sent a team of military and civilian experts to Sudan on Friday to investigate the clashes.")
    assert ("090", "SDN", "SDN") not in events  # (the experts sent are the AU's)
    # a capitalised compass word names a region of several states, not the United States
    assert not any("USA" in (s, t) for _, s, t in found(coder, "Brazil and Argentina signed a trade deal with Central American states."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two British soldiers were killed by a roadside bomb outside the Afghan city of Kandahar.", ("1833", "AFG", "GBR")),
        ("A car bombing near the town of Mosul on Monday wounded three Turkish engineers, officials said.", ("1832", "IRQ", "TUR")),
        ("A car bomb killed three Georgian soldiers in northern Afghanistan, the Georgian army said.", ("1832", "AFG", "GEO")),
    ],
)
def test_a_bombing_no_one_claims_against_foreigners_is_by_the_places_unidentified_armed_men(coder, text, expected):
    assert expected in found(coder, text)
    assert any(s.endswith("UAF") for _, s, _ in by_actor(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Four Afghan civilians were killed in a car bombing in Kabul.",  # local victims: who bombed them is not said
        "A gas explosion in Kabul killed two Turkish engineers.",  # an explosion is no bombing
        "A roadside bomb did not kill any British soldiers near Kandahar.",
        "A roadside bomb exploded near Kandahar, killing two civilians, the British military said.",  # the speaker is no victim
    ],
)
def test_unclaimed_blasts_that_say_nothing_of_a_bomber(coder, text):
    assert not any(code.startswith("18") for code, _, _ in found(coder, text))


def test_a_named_bomber_stays_the_source(coder):
    events = by_actor(coder, "Taliban fighters killed two British soldiers with a roadside bomb in Kandahar.")
    assert events and not any(s.endswith("UAF") for _, s, _ in events)


def test_unnamed_victims_are_of_the_place_the_attack_is_in(coder):
    assert ("1823", "PSE", "ISR") in found(coder, "Two Hamas gunmen killed 8 people when they opened fire in Jerusalem.")
    # ... not of where a speaker is
    assert not any(t == "GBR" for _, _, t in found(coder, "Nigerian troops killed ten people, a spokesman said in London."))


def test_a_state_before_its_independence(coder):
    text = "Sudanese rebels shelled the town of Juba on Monday."
    assert ("194", "SDN", "SDN") in found(coder, text, day=dt.date(2005, 3, 1))
    assert ("194", "SDN", "SSD") in found(coder, text)  # (2025: South Sudan's capital)


def test_a_bare_number_counts_the_people_just_acted_on(coder):
    assert ("173", "SDN", "SDN") in found(coder, "Sudanese police dispersed the demonstrators and arrested 30.")
    # a number that is no object of an arrest
    assert not any(code == "173" for code, _, _ in found(coder, "Sudanese police dispersed the demonstrators, and 30 were later freed."))


def test_a_border_is_a_place(coder):
    events = by_actor(coder, "Nigerian troops captured a Boko Haram stronghold on the Chadian border.")
    assert ("190", "NGAMIL", "NGAREB") in events and not any(t.startswith("TCD") for _, _, t in events if t)
    assert not any(t == "AFG" for _, _, t in found(coder, "Pakistani troops clashed with militants near the Afghan border."))


def test_found_guilty_of_violating_a_ceasefire(coder):
    events = by_actor(coder, "Both the Sudanese army and the rebels are guilty of violating the truce agreement.")
    assert ("196", "SDNMIL", None) in events
    assert not any(code == "057" for code, _, _ in events)  # (the agreement violated is not signed here)
    assert not found(coder, "The Sudanese army is not guilty of violating the truce.")


def test_custody_is_the_holders(coder):
    events = found(coder, "A Kenyan teacher died after being beaten while in Ugandan police custody, his family said.")
    assert ("173", "UGA", "KEN") in events and ("182", "UGA", "KEN") in events
    assert ("173", "KEN", "UGA") not in events
    assert ("173", "CHN", "AUS") in found(coder, "An Australian writer remains in Chinese custody.")
    assert not found(coder, "The Australian writer was not in Chinese custody.")


def test_unknown_associations_are_ngos(coder):
    assert ("111", "NGOKEN", "KENJUD") in by_actor(coder, "The Kenyan Bar Association condemned the arrest of the judge.")
    # an apposition before the verb names no subject
    assert ("110", "NGOKEN", "UGA") in by_actor(coder, "The Kenya Human Rights Foundation, a group funded by the European Union, criticised Uganda on Monday.")


def test_members_of_x_at_the_head_of_a_sentence_stand_for_x(coder):
    assert ("110", "KENLEG", "UGA") in by_actor(coder, "Members of the Kenyan parliament criticised Uganda on Monday.")
    assert not found(coder, "Criticism of Uganda grew in Kenya.")


def test_the_of_phrase_of_a_killing_is_its_victim(coder):
    assert not any(code.startswith("18") for code, _, _ in found(coder, "Sudanese troops were deployed following the killing of a Chadian trader."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Syrian troops crushed the uprising in Hama.", ("175", "SYR", "SYR")),
        ("Myanmar's generals declared a state of emergency and crushed the protests.", ("175", "MMR", "MMR")),
        ("Manila slapped martial law on Mindanao in May.", ("1724", "PHL", "PHL")),
        ("Ecuadorian police seized two Colombian trawlers.", ("1711", "ECU", "COL")),
        ("Armenia and Azerbaijan have been building up forces along the border.", ("154", "ARM", None)),
    ],
)
def test_protests_crushed_martial_law_boats_seized_forces_built_up(coder, text, expected):
    assert expected in found(coder, text)


def test_protests_crushed_are_the_opposition_and_a_denial_is_none(coder):
    assert ("175", "BHRCOP", "BHROPP") in by_actor(coder, "Bahraini security forces crushed the protests.")
    assert not found(coder, "Bahraini police did not crush the protests.")
    assert not found(coder, "The government could slap martial law on the province.")


def test_not_long_after_is_no_negation(coder):
    assert ("1724", "PHL", "PHL") in found(coder, "The reporter was detained a year ago, not long after Manila slapped martial law on Mindanao.")
    assert not found(coder, "Manila did not impose martial law on Mindanao.")


def test_a_number_of_others_counts_the_people_just_acted_on(coder):
    assert ("173", "COLMIL", "COLREB") in by_actor(coder, "The Colombian army says it has killed 200 FARC fighters and captured 300 others this year.")


def test_in_the_custody_of_x(coder):
    events = found(coder, "A Dutch citizen was tortured in the custody of Syria's intelligence services, his family said.")
    assert ("173", "SYR", "NLD") in events and ("1822", "SYR", "NLD") in events


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vietnamese coast guard ships fired water cannon at Chinese fishing boats.", ("175", "VNM", "CHN")),
        ("Kenyan police fired tear gas at students in Nairobi.", ("175", "KEN", "KEN")),
        ("The Houthis seized a Greek-flagged cargo ship in the Red Sea.", ("1711", "YEM", "GRC")),
        ("North Korea fired a cruise missile into the sea on Sunday.", ("150", "PRK", None)),
    ],
)
def test_fired_at_flagged_ships_and_missiles_into_the_sea(coder, text, expected):
    assert expected in found(coder, text)


def test_a_role_word_inside_a_cut_in_aid_qualifies_it(coder):
    events = by_actor(coder, "Canada halted military aid to Peru.")
    assert ("162", "CAN", "PER") in events and not any(t and t.startswith("CAN") for _, _, t in events)
    # (a role word ending the phrase is whom the act is aimed at)
    assert ("161", "BRA", "ARGGOV") in by_actor(coder, "Brazil expelled two Argentine diplomats on Monday.")


def test_the_victims_of_an_attack_named_as_the_circumstance_of_their_death(coder):
    assert ("190", "BFAREB", "BFAMIL") in by_actor(coder, "Four Burkinabe soldiers died in an ambush by jihadists near Djibo.")
    assert not any(code[:2] in ("18", "19") for code, _, _ in found(coder, "The minister condemned the ambush by jihadists."))
    assert not found(coder, "Four soldiers died in an accident near Djibo.")


def test_missiles_and_shells_that_hit_a_place(coder):
    assert ("195", "RUS", "UKR") in found(coder, "Russian missiles hit a power plant in Odesa on Sunday.")
    assert ("194", "ISR", "LBN") in found(coder, "Israeli shells hit a village in southern Lebanon.")
    assert not found(coder, "No missiles hit Odesa overnight.")


def test_marches_banned(coder):
    assert ("1721", "HUN", "HUN") in found(coder, "The Hungarian government banned a Pride march in Budapest.")
    assert not found(coder, "The court did not ban the march.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Belarus called up 20,000 reservists on Friday.", ("154", "BLR", None)),
        ("Beijing cut off military talks with Washington.", ("164", "CHN", "USA")),
        ("Rebels of the M23 seized the town of Rutshuru.", ("192", "COD", "COD")),
        ("The Houthis seized a Saudi border town.", ("192", "YEM", "SAU")),
        ("Syrian border guards fired at Turkish smugglers.", ("190", "SYR", "TUR")),
    ],
)
def test_reservists_talks_cut_off_towns_seized(coder, text, expected):
    assert expected in found(coder, text)


def test_no_reservists_called_up(coder):
    assert not found(coder, "Belarus did not call up reservists.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two Indian engineers were kidnapped by gunmen in northern Nigeria, police said.", ("181", "NGA", "IND")),
        ("Hundreds of Syrian refugees were deported from Lebanon last month.", ("174", "LBN", "SYR")),
        ("The Belarusian government stripped 40 opponents of their citizenship.", ("172", "BLR", "BLR")),
    ],
)
def test_gunmen_placed_by_a_compass_place_deportations_from_a_state_citizenship_stripped(coder, text, expected):
    assert expected in found(coder, text)


def test_no_deportation_from_a_state(coder):
    assert not found(coder, "Two Senegalese traders were not deported from Mauritania.")


def test_a_by_phrase_with_a_qualifying_word(coder):
    assert ("181", "MOZ", "PRT") in found(coder, "Two Portuguese priests were kidnapped in Mozambique by Islamist insurgents.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A South Korean missionary was shot dead in Afghanistan on Friday.", ("193", "AFG", "KOR")),
        ("A Spanish engineer was kidnapped in Mali on Sunday.", ("181", "MLI", "ESP")),
    ],
)
def test_shootings_and_abductions_no_one_claims_against_foreigners(coder, text, expected):
    assert expected in found(coder, text)
    assert any(s.endswith("UAF") for _, s, _ in by_actor(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Two Afghan policemen were shot dead in Kabul.",  # local victims
        "A Spanish engineer was not kidnapped in Mali.",
        "An American was killed in a shark attack in Australia.",
    ],
)
def test_no_unnamed_attackers_made_up(coder, text):
    assert not any(s and s.endswith("UAF") for _, s, _ in by_actor(coder, text))


def test_a_second_infinitive_asked_for_is_no_act(coder):
    events = found(coder, "The Iranian government urged Iraqis to unite and mobilize against the occupation.")
    assert not any(code.startswith("15") for code, _, _ in events)
    # (two acts done, joined by 'and', stay two acts)
    events = found(coder, "Kenyan police arrested and deported two British activists.")
    assert ("173", "KEN", "GBR") in events and ("174", "KEN", "GBR") in events
    # ('to' a place, then a finite verb: an act done)
    assert ("190", "ETH", "SOM") in found(coder, "Ethiopia sent troops to Somalia and attacked Islamist militants.")


def test_an_attempt_on_someones_life(coder):
    assert ("185", "COD", "COD") in found(coder, "Rebels made an attempt on the life of the Congolese president on Monday.")
    assert not found(coder, "Mexican police foiled an assassination plot against a judge.")


def test_lebanons_tripoli(coder):
    text = "The Lebanese army deployed troops in Tripoli after clashes between rival gunmen in the north Lebanese port."
    assert not any("LBY" in (s, t) for _, s, t in found(coder, text))
    assert ("070", "ITA", "LBY") in found(coder, "Italy sent aid to Tripoli.")


def test_peacekeepers_pulled_out_of_a_place(coder):
    assert ("1661", "IND", "COD") in found(coder, "Indian peacekeepers were pulled out of the Democratic Republic of Congo last year.")
    assert not found(coder, "Indian peacekeepers were not withdrawn from Congo.")


def test_bloggers_are_media(coder):
    assert ("173", "EGYGOV", "EGYMED") in by_actor(coder, "Egyptian authorities detained a prominent blogger on Monday.")


def test_the_adjective_of_a_by_phrases_noun_is_the_attacker(coder):
    events = found(coder, "Two Jordanian soldiers were killed by Syrian fire at the border crossing.")
    assert ("190", "SYR", "JOR") in events and not any(s == "JOR" for _, s, _ in events)
