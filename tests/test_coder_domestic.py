"""Verbal clauses, actors and direction, on sentences written for these tests: prepositions that
belong to an event pattern, German word order, pronouns across sentences, domestic actors."""

import pytest

from coder_cases import by_actor as found


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Iran lashed out at Saudi Arabia on Monday.", "en", ("111", "IRN", "SAU")),
        ("Venezuela hit out at Colombia over the border closure.", "en", ("111", "VEN", "COL")),
        ("Deutschland entschuldigte sich bei Namibia.", "de", ("055", "DEU", "NAM")),
    ],
)
def test_a_place_word_ending_an_event_pattern_introduces_its_target(coder, text, lang, expected):
    assert found(coder, text, lang) == {expected}


def test_a_place_word_not_in_the_pattern_still_names_a_place(coder):
    assert found(coder, "Iran criticized Iraq in Tehran.", "en") == {("110", "IRN", "IRQ")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Der Iran kritisierte Israel.", ("110", "IRN", "ISR")),
        ("Die Türkei verurteilte Syrien scharf.", ("111", "TUR", "SYR")),
        ("Das Weiße Haus kritisierte China.", ("110", "USAGOV", "CHN")),
    ],
)
def test_a_german_article_opening_the_clause_is_no_genitive(coder, text, expected):
    assert found(coder, text, "de") == {expected}


def test_a_german_verb_final_act_is_aimed_at_the_auf_phrase(coder):
    text = "Die Regierung Syriens hat die Wahl verschoben. Präsident Assad hatte erneut auf Zivilisten schießen lassen."
    assert ("175", "SYRGOV", "SYRCVL") in found(coder, text, "de")


def test_an_auf_phrase_is_no_target_of_a_statement(coder):
    # ('auf Malta' is where, not whom: only violent acts are aimed with auf)
    assert found(coder, "Frankreich hat auf Malta Russland kritisiert.", "de") == {("110", "FRA", "RUS")}


def test_they_means_the_subject_named_after_an_older_group(coder):
    text = (
        "Liberia worked with Ghana and Nigeria on the plan. "
        "The rebels seized the town on Friday. "
        "They attacked Guinea."
    )
    events = found(coder, text, "en")
    assert ("180", "LBRREB", "GIN") in events
    assert not any(s in ("GHA", "NGA") for _, s, _ in events)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The rebels seized the town. They are demanding food and medical supplies.", "en", ("1033", "LBRREB", None)),
        ("Les rebelles libériens réclament de la nourriture et des médicaments.", "fr", ("1033", "LBRREB", None)),
        ("Die liberianischen Rebellen forderten Lebensmittel und Medikamente.", "de", ("1033", "LBRREB", None)),
        ("Los rebeldes liberianos exigieron alimentos al Gobierno de Guinea.", "es", ("1033", "LBRREB", "GINGOV")),
    ],
)
def test_a_demand_for_food_has_an_addressee_only_when_one_is_named(coder, text, lang, expected):
    text = text if "Liberia" in text or "libéri" in text or "liberian" in text else "Fighting goes on in Liberia. " + text
    # (only the demand: 'seized the town' is an act of its own, 192)
    assert {e for e in found(coder, text, lang) if e[0].startswith("10")} == {expected}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Thousands of students have been camping out near Parliament House in Bangkok, in protest at the government's new law.", "en"),
        ("Des milliers d'étudiants thaïlandais ont campé devant le parlement en signe de protestation contre le gouvernement.", "fr"),
        ("Miles de estudiantes tailandeses acamparon frente al parlamento en protesta contra el Gobierno.", "es"),
    ],
)
def test_in_protest_at_is_a_protest_of_the_non_state_actor_before_it_against_its_government(coder, text, lang):
    text = "Thailand faces unrest. " + text
    assert ("14", "THA", "THAGOV") in {(c[:2], s[:3], t) for c, s, t in found(coder, text, lang)}


def test_a_state_acting_in_protest_does_not_demonstrate(coder):
    assert found(coder, "Turkey recalled its ambassador to France in protest at the vote.", "en") == {("161", "TUR", "FRA")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A província de Niassa é rica em madeira, mas aterrorizada desde 2019 por rebeldes armados.", "pt"),
        ("La province est riche en cacao, mais terrorisée dimanche par des rebelles armés.", "fr"),
        ("The district was attacked by rebels on Sunday.", "en"),
    ],
)
def test_a_province_attacked_by_rebels_is_its_people(coder, text, lang):
    text = {"pt": "Moçambique enfrenta a guerra. ", "fr": "Le Mozambique est en guerre. ", "en": "Mozambique is at war. "}[lang] + text
    assert found(coder, text, lang) == {("180", "MOZREB", "MOZCVL")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Bosnian Serb forces shelled the town for months, terrorising the civilian population.", "en"),
        ("Les forces serbes de Bosnie ont terrorisé la population civile.", "fr"),
    ],
)
def test_bosnian_serb_forces_are_coded_as_bosnia(coder, text, lang):
    assert ("190", "BIHMIL", "BIHCVL") in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("Togo hosted talks between the government and the rebels.", "en", "043"),
        ("Le Togo a accueilli des pourparlers entre le gouvernement ivoirien et les rebelles.", "fr", "043"),
        ("Noruega acogió conversaciones entre el Gobierno marfileño y la guerrilla.", "es", "043"),
        ("Togo mediated between the government and the rebels.", "en", "045"),
    ],
)
def test_a_host_or_mediator_of_talks_between_two_sides_acts_on_each(coder, text, lang, code):
    text = {"en": "Ivory Coast is divided. ", "fr": "La Côte d'Ivoire est divisée. ", "es": "Costa de Marfil está dividida. "}[lang] + text
    events = {(c, s, t) for c, s, t in found(coder, text, lang) if c == code}
    host = "NOR" if lang == "es" else "TGO"
    assert events == {(code, host, "CIVGOV"), (code, host, "CIVREB")}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ('„Die Bilder aus der Türkei und Syrien erschüttern uns zutiefst“, sagte die deutsche Innenministerin.', "de", {("018", "DEUGOV", "TUR"), ("018", "DEUGOV", "SYR")}),
        ('"The images from Morocco shocked us deeply," the French foreign minister said.', "en", {("018", "FRAGOV", "MAR")}),
        ("« Les images du Maroc nous bouleversent », a déclaré le ministre espagnol.", "fr", {("018", "ESPGOV", "MAR")}),
    ],
)
def test_sympathy_in_a_quotation_is_the_speakers_for_the_states_it_names(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


def test_condolences_naming_no_one_go_to_the_state_the_sentence_names(coder):
    assert found(coder, "France offered condolences after the earthquake in Morocco.", "en") == {("018", "FRA", "MAR")}
