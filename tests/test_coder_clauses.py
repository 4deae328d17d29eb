"""Positional rules of the coder on sentences written for these tests: region words, quotations
with the speaker after them, claims of responsibility, subjects left out, relative clauses."""

import pytest

from coder_cases import DAY, by_root as found


@pytest.mark.parametrize(
    "text",
    [
        "Latin American leaders criticized the United States.",
        "Several Central American governments condemned the United States.",
    ],
)
def test_a_region_adjective_is_not_the_united_states(coder, text):
    assert not any(source == "USA" for _, source, _ in found(coder, text, "en"))


def test_a_region_name_is_not_the_united_states_but_the_state_after_it_is(coder):
    events = found(coder, "Brazil criticized the United States during a summit in South America.", "en")
    assert events == {("11", "BRA", "USA")}


def test_a_sea_named_after_a_country_is_not_that_country(coder):
    events = found(coder, "Japanese and Philippine warships held joint exercises in the East China Sea.", "en")
    assert ("06", "JPN", "PHL") in events
    assert not any(target == "CHN" for _, _, target in events)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ('"We condemn the Russian attack on Ukraine," the French foreign minister said.', "en", ("11", "FRA", "RUS")),
        ("« Nous condamnons cette attaque russe contre l'Ukraine », a déclaré le ministre français des Affaires étrangères.", "fr", ("11", "FRA", "RUS")),
        ('„Wir verurteilen den russischen Angriff auf die Ukraine", sagte der französische Außenminister.', "de", ("11", "FRA", "RUS")),
        ('"Condenamos el ataque ruso contra Ucrania", dijo el canciller francés.', "es", ("11", "FRA", "RUS")),
        ('"Condanniamo l\'attacco russo contro l\'Ucraina", ha detto il ministro degli Esteri francese.', "it", ("11", "FRA", "RUS")),
        ('"Condenamos o ataque russo contra a Ucrânia", disse o ministro francês.', "pt", ("11", "FRA", "RUS")),
    ],
)
def test_the_speaker_after_a_quotation_is_the_source_of_its_first_person_act(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le ministre canadien des Affaires étrangères était lundi à Genève. « Nous condamnons la Chine pour ces arrestations », écrit-il.", "fr"),
        ('Der kanadische Außenminister war am Montag in Genf. „Wir verurteilen China für diese Festnahmen", sagte er.', "de"),
        ('The Canadian foreign minister was in Geneva on Monday. "We condemn China for these arrests," he said.', "en"),
    ],
)
def test_a_pronoun_speaker_after_a_quotation_is_the_actor_named_before(coder, text, lang):
    assert found(coder, text, lang) == {("11", "CAN", "CHN")}


def test_a_quotation_with_its_own_subject_keeps_it(coder):
    events = found(coder, '"Russia attacked the Ukrainian convoy," the French minister said.', "en")
    assert ("18", "RUS", "UKR") in events or ("19", "RUS", "UKR") in events
    assert not any(source == "FRA" for _, source, _ in events)


def test_a_french_quotation_opening_after_a_full_stop_starts_a_sentence():
    from orchestration.coding.text import split_sentences

    text = "Le Canada a critiqué la Chine. « Nous condamnons », écrit-il. „Wir auch“, sagte er."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Le Canada a critiqué la Chine.", "« Nous condamnons », écrit-il.", "„Wir auch“, sagte er."]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Gunmen kidnapped two French engineers in northern Nigeria on Monday. Boko Haram claimed responsibility for the kidnapping.", "en"),
        ("Hombres armados secuestraron a dos ingenieros franceses en Nigeria. Boko Haram reivindicó el secuestro.", "es"),
        ("Des hommes armés ont enlevé deux ingénieurs français au Nigeria. L'enlèvement a été revendiqué par Boko Haram.", "fr"),
    ],
)
def test_a_claim_of_responsibility_is_aimed_at_the_victim_of_the_act_claimed(coder, text, lang):
    assert ("01", "NGA", "FRA") in found(coder, text, lang)


def test_a_claim_naming_its_victim_is_aimed_at_it(coder):
    assert found(coder, "The Taliban claimed responsibility for the attack on the Pakistani army post.", "en") == {("01", "AFG", "PAK")}


def test_a_claim_with_no_act_before_it_has_no_target(coder):
    assert found(coder, "Boko Haram claimed responsibility, the Nigerian police said.", "en") == {("01", "NGA", None)}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("El gobierno de Chile criticó a Bolivia el lunes. Además, exigió a Perú la retirada de sus tropas.", "es", ("10", "CHL", "PER")),
        ("La Francia ha condannato l'attacco. Ha poi accusato la Russia di aver violato il diritto internazionale.", "it", ("11", "FRA", "RUS")),
        ("O Brasil condenou o ataque. Também expulsou dois diplomatas russos.", "pt", ("16", "BRA", "RUS")),
    ],
)
def test_a_verb_with_no_subject_continues_the_subject_of_the_sentence_before(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El gobierno de Chile criticó a Bolivia. El barco entregó ayuda humanitaria a Perú.", "es"),  # a subject of its own
        ("El gobierno de Chile criticó a Bolivia. Fueron detenidos dos periodistas peruanos.", "es"),  # a passive
        ("Hubo una reunión ayer. Además, exigió a Perú la retirada de sus tropas.", "es"),  # no subject before
    ],
)
def test_a_dropped_subject_is_not_guessed_past_a_subject_or_a_passive(coder, text, lang):
    assert not any(source == "CHL" and target == "PER" for _, source, target in found(coder, text, lang))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Pyongyang launched a missile over Japan on Sunday, a move Tokyo has condemned as reckless.", "en", ("11", "JPN", "PRK")),
        ("Russia expelled two Estonian diplomats, a decision that Tallinn criticized.", "en", ("11", "EST", "RUS")),
        ("La Russie a expulsé deux diplomates estoniens, une décision que Tallinn a vivement critiquée.", "fr", ("11", "EST", "RUS")),
    ],
)
def test_a_judgement_of_a_noun_in_apposition_to_a_clause_is_aimed_at_that_clauses_subject(coder, text, lang, expected):
    events = found(coder, text, lang)
    assert expected in events
    assert not any(root == "11" and source == target for root, source, target in events)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("During the visit of the Senegalese president to Paris, France promised aid.", "en"),
        ("Il a parlé après une visite à l'Elysée du président sénégalais.", "fr"),
        ("Durante la visita del presidente senegalés a Madrid, España prometió ayuda.", "es"),
    ],
)
def test_a_visit_named_after_a_temporal_preposition_is_an_event(coder, text, lang):
    assert ("04", "SEN", "FRA" if lang != "es" else "ESP") in found(coder, text, lang)


def test_an_act_with_no_actors_after_a_temporal_preposition_is_still_no_event(coder):
    assert found(coder, "The minister spoke after the talks.", "en") == set()


@pytest.mark.parametrize(
    "text, lang, root",
    [
        ('"Russia must withdraw its troops," the German chancellor said.', "en", "02"),
        ("The German chancellor said Russia must withdraw its troops.", "en", "10"),  # reported 'must': a demand
        ("« La Russie doit retirer ses troupes », a déclaré le ministre allemand des Affaires étrangères.", "fr", "02"),
        ("El canciller alemán dijo que Rusia debe retirar sus tropas.", "es", "10"),
    ],
)
def test_saying_what_another_actor_must_do_is_an_appeal_to_it(coder, text, lang, root):
    events = found(coder, text, lang)
    assert (root, "DEU", "RUS") in events
    assert not any(root == "08" for root, _, _ in events)  # the withdrawal asked for did not happen


def test_an_obligation_with_no_speaker_is_no_appeal(coder):
    assert found(coder, "Russia must withdraw its troops.", "en") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Markets fell amid Chinese accusations that Taiwan attacked a Chinese ship.", set()),
        ("Markets fell after Chinese accusations that Taiwan attacked a Chinese ship.", {("11", "CHN", "TWN")}),
    ],
)
def test_what_an_accusation_says_happened_is_no_event(coder, text, expected):
    assert found(coder, text, "en") == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Yemen criticized the protests. Yemeni police arrested four Western journalists and deported them.", "en"),
        ("Le Mali a critiqué la France. La police malienne a arrêté deux journalistes étrangers et les a expulsés.", "fr"),
    ],
)
def test_people_placed_abroad_by_an_adjective_are_not_the_articles_country(coder, text, lang):
    events = found(coder, text, lang)
    assert not any(root == "17" and target in ("YEM", "MLI") for root, _, target in events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran will send aid to Syria, the Iranian foreign minister said.",
        "The Iranian foreign minister said Iran will send aid to Syria.",
    ],
)
def test_an_official_announcing_what_the_state_will_do_is_its_intent(coder, text):
    assert found(coder, text, "en") == {("03", "IRN", "SYR")}


def test_announcing_what_another_state_will_do_is_no_intent(coder):
    assert found(coder, "Russia will attack Ukraine again, the Ukrainian president said.", "en") == set()


def test_a_noun_event_after_a_preposition_and_a_qualifying_word_is_a_circumstance(coder):
    text = "The Sierra Leone rebels complained that they were not represented in the peace agreement with the government."
    assert not any(root == "05" for root, _, _ in found(coder, text, "en"))


def test_a_qualified_noun_event_that_is_not_in_a_phrase_is_still_coded(coder):
    assert ("05", "SLE", "SLE") in found(coder, "The Sierra Leone rebels signed the peace agreement with the government.", "en")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The French army killed 50 jihadists in Mali.", "en", ("19", "FRA", "MLI")),
        ("France criticized the crackdown. Police in Kabul arrested two French journalists.", "en", ("17", "AFG", "FRA")),
        ("La France a critiqué la répression. À Kaboul, la police a arrêté deux journalistes français.", "fr", ("17", "AFG", "FRA")),
    ],
)
def test_a_bare_role_belongs_to_the_one_country_its_clause_places_it_in(coder, text, lang, expected):
    events = found(coder, text, lang)
    assert expected in events
    assert not any(source == "FRA" and root == "17" for root, source, _ in events)


def test_a_place_named_in_the_attribution_does_not_place_the_act(coder):
    text = "Sudan criticized the Sudanese rebels. Rebels attacked the army, the Sudanese embassy said in Nairobi."
    events = found(coder, text, "en")
    assert ("19", "SDN", "SDN") in events
    assert not any("KEN" in (source, target) for _, source, target in events)


def test_unnamed_victims_of_an_attack_on_a_state_are_its_people(coder):
    events = found(coder, "Israel struck Gaza on Tuesday, killing 30 civilians.", "en")
    assert ("20", "ISR", "PSE") in events or ("18", "ISR", "PSE") in events
    assert not any(target == "ISR" for _, _, target in events)


def test_unnamed_victims_of_a_states_own_forces_stay_its_people(coder):
    assert found(coder, "Syrian forces killed 12 civilians on Monday.", "en") == {("20", "SYR", "SYR")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'armée israélienne a bombardé Gaza dans la nuit, tuant au moins vingt civils.", "fr"),
        ("El ejército israelí bombardeó Gaza, matando a veinte civiles.", "es"),
    ],
)
def test_a_participle_clause_after_a_comma_shares_the_subject_and_counted_victims_are_people(coder, text, lang):
    events = coder.code_article("t", text, lang, DAY, "day")
    killing = [(e.source_actor, e.target_actor) for e in events if text[e.trigger_start : e.trigger_end].startswith(("tuant", "matando"))]
    assert killing == [("ISRMIL", "PSECVL")]


def test_a_quoted_authority_and_the_role_after_its_comma_stay_apart(coder):
    assert found(coder, "Selon l'ONU, les rebelles ont tué 50 civils au Soudan.", "fr") == {("20", "SDN", "SDN")}


def test_a_town_the_dictionaries_do_not_know_attacked_by_a_foreign_force_is_in_the_home_country(coder):
    text = "Ukraine reported heavy losses. Russian forces shelled Zolotokhatka overnight."
    assert ("19", "RUS", "UKR") in found(coder, text, "en")


def test_a_town_attacked_by_the_home_countrys_own_forces_gives_no_target(coder):
    text = "Ukraine reported heavy losses. Ukrainian forces shelled Zolotokhatka overnight."
    assert found(coder, text, "en") == set()


def test_a_denial_is_not_aimed_at_the_deniers_own_forces(coder):
    assert found(coder, "The Kremlin denied that Russian troops had crossed the border.", "en") == {("01", "RUS", None)}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Iranian foreign minister spoke to reporters after meeting his Saudi counterpart in Riyadh.", "en"),
        ("Le ministre iranien a parlé aux journalistes après avoir rencontré son homologue saoudien.", "fr"),
    ],
)
def test_a_verb_after_a_temporal_preposition_has_the_clauses_subject(coder, text, lang):
    events = found(coder, text, lang)
    assert ("04", "IRN", "SAU") in events
    assert not any(source in ("SAU",) or (source == target) for _, source, target in events)


@pytest.mark.parametrize(
    "text, lang",
    [
        ('The French foreign minister said: "We condemn this attack. We condemn Russia."', "en"),
        ("Le ministre français a déclaré : « Nous condamnons cette attaque. Nous condamnons la Russie. »", "fr"),
        ("Der französische Außenminister sagte: „Wir verurteilen den Angriff. Wir verurteilen Russland.“", "de"),
    ],
)
def test_a_quotation_going_on_into_the_next_sentence_keeps_its_speaker(coder, text, lang):
    # (the first sentence condemns an attack naming no actor: a condemnation with no target)
    assert found(coder, text, lang) == {("11", "FRA", None), ("11", "FRA", "RUS")}


def test_a_quotation_that_closed_does_not_lend_its_speaker_to_the_next_sentence(coder):
    text = 'The French foreign minister said: "We condemn this attack." We condemn Russia.'
    assert found(coder, text, "en") == {("11", "FRA", None)}  # the quotation's own act only


@pytest.mark.parametrize(
    "text",
    [
        'The French foreign minister said: "We condemn this attack. We will send aid to Ukraine."',
        'The French foreign minister condemned the attack. "We will send aid to Ukraine," he told reporters.',
    ],
)
def test_a_quoted_first_person_future_act_is_the_speakers_intent(coder, text):
    # (both first sentences condemn an attack naming no actor: a condemnation with no target)
    assert found(coder, text, "en") == {("11", "FRA", None), ("03", "FRA", "UKR")}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Sudanese rebels attacked the army. The village was attacked by rebels on Monday.", "en", ("18", "SDN", "SDN")),
        ("Os rebeldes moçambicanos atacaram o exército. A aldeia foi atacada por rebeldes armados.", "pt", ("18", "MOZ", "MOZ")),
    ],
)
def test_a_settlement_attacked_in_a_passive_is_its_people(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Canada expelled two Russian diplomats on Monday. Britain and Australia followed suit.", "en"),
        ("Le Canada a expulsé deux diplomates russes. Le Royaume-Uni et l'Australie ont fait de même.", "fr"),
        ("Canadá expulsó a dos diplomáticos rusos. El Reino Unido y Australia hicieron lo mismo.", "es"),
    ],
)
def test_following_suit_repeats_the_act_coded_last_for_each_new_actor(coder, text, lang):
    events = found(coder, text, lang)
    assert {("16", "GBR", "RUS"), ("16", "AUS", "RUS")} <= events


def test_following_suit_with_the_act_named_after_it_codes_that_act_only(coder):
    text = "Canada criticized Russia. Britain did the same by expelling two Russian diplomats."
    assert ("11", "GBR", "RUS") not in found(coder, text, "en")


def test_following_suit_with_nothing_coded_before_is_no_event(coder):
    assert found(coder, "Britain and Australia followed suit on Tuesday.", "en") == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Ukraine reported heavy losses. Russian forces shelled the city of Zolotokhatka overnight.", "en", ("19", "RUS", "UKR")),
        ("Según el Ministerio de Defensa ruso, las tropas ucranianas atacaron la región de Zolotokhatka.", "es", ("19", "UKR", "RUS")),
    ],
)
def test_an_unknown_town_named_after_a_place_noun_is_in_the_home_country(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_counted_nationalities_sharing_a_role_noun_are_all_targets(coder):
    assert found(coder, "Yemen deported 2 American, 2 British journalists.", "en") == {("17", "YEM", "USA"), ("17", "YEM", "GBR")}


def test_a_german_fronted_phrase_ends_at_the_finite_verb_whose_subject_follows(coder):
    text = "Bei dem Besuch des russischen Außenministers hat Chinas Präsident Japan scharf kritisiert."
    assert found(coder, text, "de") == {("11", "CHN", "JPN")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Turkey and Greece agreed to reopen their embassies.", "en"),
        ("La Turquie et la Grèce ont accepté de rouvrir leurs ambassades.", "fr"),
    ],
)
def test_what_coordinated_subjects_do_to_their_possessions_is_aimed_at_each_other(coder, text, lang):
    assert found(coder, text, lang) == {("03", "TUR", "GRC"), ("03", "GRC", "TUR")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Malian rebels seized villagers they accuse of cooperating with the French army.", "en"),
        ("Les rebelles maliens enlèvent des villageois qu'ils accusent de collaborer avec l'armée française.", "fr"),
    ],
)
def test_an_actor_named_inside_the_charge_is_not_the_accused(coder, text, lang):
    assert not any(root == "11" for root, _, _ in found(coder, text, lang))


def test_the_accused_named_before_the_charge_is_the_target(coder):
    assert found(coder, "Pakistan accused India of sponsoring terrorism.", "en") == {("11", "PAK", "IND")}


def test_an_act_in_a_claim_is_an_allegation_not_an_event(coder):
    assert not any(root in ("18", "19") for root, _, _ in found(coder, "Moscow claimed that Ukrainian troops attacked Russian border guards.", "en"))


def test_an_act_in_a_plain_report_is_still_coded(coder):
    assert ("19", "UKR", "RUS") in found(coder, "Moscow said that Ukrainian troops attacked Russian border guards.", "en")
