"""Round 5, French / Spanish / Italian / Portuguese / German, on sentences written for these
tests: a visit to a palace is hosted by its occupant; French 'presser' needs its auxiliary (the
noun 'presse' is no appeal); German 'sie' by its verb's number; thanks and appeals to unnamed
people; talks in a with-which relative clause; running into someone's refusal; the antecedent of
a relative clause in commas as the main verb's subject; losing ground to X; a criticised
detention of a state's opposition; a meeting in a named country as a visit; announced joint
exercises; expressing a hope."""

import pytest

from coder_cases import DAY, by_country as found


@pytest.mark.parametrize(
    "text, lang, host, visitor",
    [
        ("Le Premier ministre canadien s'est rendu au Kremlin mardi.", "fr", "RUS", "CAN"),
        ("El presidente peruano visitó la Casa Rosada el lunes.", "es", "ARG", "PER"),
        ("Il presidente francese ha visitato il Quirinale.", "it", "ITA", "FRA"),
        ("O presidente angolano visitou o Palácio do Planalto.", "pt", "BRA", "AGO"),
        ("Der polnische Präsident besuchte am Montag den Élysée-Palast.", "de", "FRA", "POL"),
    ],
)
def test_a_visit_to_a_seat_of_government_is_hosted_by_its_occupant(coder, text, lang, host, visitor):
    assert found(coder, text, lang) == {("042", visitor, host), ("043", host, visitor)}


def test_a_visit_to_a_capital_names_no_host(coder):
    assert found(coder, "Le ministre italien a effectué une visite à Paris.", "fr") == {("042", "ITA", "FRA")}


def test_the_noun_presse_is_no_appeal(coder):
    events = found(coder, "Le ministre a parlé lors d'un point de presse à l'issue de la visite du président ghanéen à l'Elysée.", "fr")
    assert not any(code.startswith("02") for code, _, _ in events)
    assert found(coder, "Le président allemand a pressé le Mali de libérer les otages.", "fr") == {("020", "DEU", "MLI")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # singular verb: 'Sie' is the woman named before
        ("Die italienische Außenministerin besuchte am Montag Ankara. Sie dankte den türkischen Helfern.", {("042", "ITA", "TUR"), ("051", "ITA", "TUR")}),
        # plural verb: 'Sie' are the people named before
        ("In Wien protestierten 30 kurdische Syrer vor der Botschaft. Sie wurden anschließend festgenommen.", {("140", "SYR", "AUT"), ("173", "AUT", "SYR")}),
    ],
)
def test_german_sie_by_the_number_of_its_verb(coder, text, expected):
    assert found(coder, text, "de") == expected


def test_german_polite_or_object_sie_is_no_subject_pronoun(coder):
    from orchestration.coding.coder import _german_sie, Modifiers
    from orchestration.coding.text import tokenize

    for text in ("Danach fragte man: Wissen Sie das?", "Die Polizei nahm sie gestern fest."):
        modifiers = Modifiers()
        _german_sie(tokenize(text, "de"), modifiers)
        assert not modifiers


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Die deutsche Innenministerin Nancy Faeser sagte das. Sie dankte den Rettungskräften.", "de", {("051", "DEU", None)}),
        ("Le ministre italien a remercié les sauveteurs.", "fr", {("051", "ITA", None)}),
        ("El canciller chileno agradeció a los bomberos.", "es", {("051", "CHL", None)}),
        ("Il ministro francese ha ringraziato i soccorritori.", "it", {("051", "FRA", None)}),
        ("O ministro chileno agradeceu aos bombeiros.", "pt", {("051", "CHL", None)}),
        ("Le ministre italien a remercié la Grèce pour son aide.", "fr", {("051", "ITA", "GRC")}),
    ],
)
def test_thanks_to_unnamed_people_have_no_target(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président français a salué le chancelier allemand, avec lequel il a discuté de la crise.", "fr", {("051", "FRA", "DEU"), ("040", "FRA", "DEU")}),
        ("El presidente chileno saludó al mandatario argentino, con quien se reunió el lunes.", "es", {("051", "CHL", "ARG"), ("040", "CHL", "ARG")}),
        ("Il premier italiano ha ringraziato il presidente francese, con il quale ha discusso della crisi.", "it", {("051", "ITA", "FRA"), ("040", "ITA", "FRA")}),
        ("O presidente angolano elogiou o chefe de Estado português, com quem se reuniu ontem.", "pt", {("051", "AGO", "PRT"), ("040", "AGO", "PRT")}),
        ("Le président français connaît bien Vladimir Poutine, avec lequel il est en discussion.", "fr", {("040", "FRA", "RUS")}),
    ],
)
def test_talks_in_a_with_which_relative_clause_are_with_its_antecedent(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


def test_negated_talks_in_a_with_which_relative_clause_are_no_event(coder):
    assert found(coder, "Le président français a salué le chancelier allemand, avec lequel il ne s'est pas entretenu.", "fr") == {("051", "FRA", "DEU")}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président américain a lancé un appel aux dirigeants de ces nations de prendre des mesures.", "fr", {("020", "USA", None)}),
        ("El presidente peruano hizo un llamado a la comunidad internacional.", "es", {("020", "PER", None)}),
        ("O presidente angolano fez um apelo à comunidade internacional.", "pt", {("020", "AGO", None)}),
        ("Le président américain a lancé un appel au Mali.", "fr", {("020", "USA", "MLI")}),
        ("El presidente peruano hizo un llamado a Chile.", "es", {("020", "PER", "CHL")}),
    ],
)
def test_an_appeal_to_unnamed_addressees_has_no_target(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le gouvernement grec s'est heurté au refus de la Turquie.", "fr", {("120", "TUR", "GRC")}),
        ("El gobierno peruano se topó con la negativa de Chile.", "es", {("120", "CHL", "PER")}),
        ("Il governo italiano si è scontrato con il rifiuto della Francia.", "it", {("120", "FRA", "ITA")}),
        ("O governo português esbarrou na recusa de Espanha.", "pt", {("120", "ESP", "PRT")}),
    ],
)
def test_running_into_a_refusal_is_the_refusers_rejection(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président américain, qui critique le Mexique, a sollicité l'aide de l'armée.", "fr", ("023", "USA", "USA")),
        ("Il premier italiano, che ha criticato la Francia, ha incontrato il presidente tedesco.", "it", ("040", "ITA", "DEU")),
        ("El presidente peruano, quien viajó con el canciller de Chile, elogió a Brasil.", "es", ("051", "PER", "BRA")),
        ("O presidente angolano, que viajou com o ministro de Portugal, elogiou o Brasil.", "pt", ("051", "AGO", "BRA")),
    ],
)
def test_after_a_relative_clause_in_commas_the_verb_is_its_antecedents(coder, text, lang, expected):
    events = found(coder, text, lang)
    assert expected in events
    assert not any(code == expected[0] and source != expected[1] for code, source, _ in events)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Os rebeldes estão a perder terreno para as forças militares moçambicanas.", "pt", {("190", "MOZ", "MOZ")}),
        ("Los rebeldes colombianos pierden terreno frente al ejército.", "es", {("190", "COL", "COL")}),
        ("Les rebelles maliens perdent du terrain face à l'armée.", "fr", {("190", "MLI", "MLI")}),
        ("I ribelli libici perdono terreno contro l'esercito.", "it", {("190", "LBY", "LBY")}),
    ],
)
def test_losing_ground_to_x_is_being_fought_by_x(coder, text, lang, expected):
    assert found(coder, text, lang) == expected
    events = list(coder.code_article("t", text, lang, DAY, "day"))
    assert [(e.source_role, e.target_role) for e in events] == [("MIL", "REB")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Die EU kritisierte die Festnahme von weißrussischen Oppositionspolitikern.", "de", ("173", "BLR", "BLR")),
        ("L'UE a critiqué la détention d'opposants biélorusses.", "fr", ("173", "BLR", "BLR")),
        ("La UE condenó la detención de opositores venezolanos.", "es", ("173", "VEN", "VEN")),
        ("L'UE ha condannato l'arresto di oppositori russi.", "it", ("173", "RUS", "RUS")),
        ("A UE condenou a detenção de opositores angolanos.", "pt", ("173", "AGO", "AGO")),
    ],
)
def test_a_criticised_detention_of_a_states_opposition_is_that_states(coder, text, lang, expected):
    assert expected in found(coder, text, lang)
    assert [(e.source_role, e.target_role) for e in coder.code_article("t", text, lang, DAY, "day") if e.cameo_code == "173"] == [("GOV", "OPP")]


def test_a_criticised_detention_of_journalists_names_no_jailer(coder):
    assert not any(code == "173" for code, _, _ in found(coder, "Die EU kritisierte die Festnahme von französischen Journalisten.", "de"))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # people of no one state met in a named country: a null target, and a visit to the place
        ("Le président américain a rencontré des dirigeants de pays arabes en Arabie saoudite.", "fr", {("040", "USA", None), ("042", "USA", "SAU")}),
        ("El presidente chileno se reunió con líderes de varios países en Argentina.", "es", {("040", "CHL", None), ("042", "CHL", "ARG")}),
        ("Il premier italiano ha incontrato il re in Marocco.", "it", {("040", "ITA", "MAR"), ("042", "ITA", "MAR")}),
        # a third state's leader met there: no visit to the host is said
        ("Le président américain a rencontré le président chinois en Arabie saoudite.", "fr", {("040", "USA", "CHN")}),
        # negated: nothing
        ("Le président américain ne rencontrera pas le roi en Arabie saoudite.", "fr", set()),
        # impersonal 'il y a' is no actor
        ("Le président américain avait rencontré des dirigeants de pays arabes en Arabie saoudite il y a quinze jours.", "fr", {("040", "USA", None), ("042", "USA", "SAU")}),
    ],
)
def test_a_meeting_in_a_named_country_is_a_visit_to_it(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


def test_a_long_relative_clause_keeps_its_antecedent_as_the_main_verbs_subject(coder):
    text = ("Le président américain, qui se heurte au refus du Congrès de financer la construction d'un mur le long de la frontière "
            "avec le Mexique, promesse emblématique de sa longue campagne électorale, a sollicité l'aide de l'armée.")
    events = found(coder, text, "fr")
    assert ("120", "USA", "USA") in events
    assert [(e.source_actor, e.target_actor) for e in coder.code_article("t", text, "fr", DAY, "day") if e.cameo_code == "023"] == [("USAGOV", "USAMIL")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an announced cooperative act: the intent (0312), with no target when no partner is named
        ("Le gouvernement indien a annoncé qu'il allait mener plusieurs manoeuvres conjointes.", {("0312", "IND", None)}),
        ("L'Inde a annoncé qu'elle allait mener des manoeuvres conjointes avec le Japon.", {("0312", "IND", "JPN")}),
        # someone else's claim about a plan: nothing
        ("Le Japon a dit que l'Inde allait mener des manoeuvres conjointes avec la Chine.", set()),
        # done: the exercise itself
        ("L'Inde a mené des manoeuvres conjointes avec le Japon.", {("062", "IND", "JPN")}),
    ],
)
def test_announced_joint_exercises_are_an_intent(coder, text, expected):
    assert found(coder, text, "fr") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Il ministro russo ha auspicato che le relazioni con l'Italia non peggiorino.", "it", {("010", "RUS", "ITA")}),
        ("Il ministro russo ha auspicato che la crisi si risolva presto.", "it", {("010", "RUS", None)}),
        ("Le ministre russe a exprimé l'espoir que les relations avec la France ne se dégradent pas.", "fr", {("010", "RUS", "FRA")}),
    ],
)
def test_expressing_a_hope_is_a_statement(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In Wien protestierten 30 kurdische Syrer vor der Botschaft. Anschließend wurden sie festgenommen.", ("173", "AUT", "SYR")),
        ("Die italienische Außenministerin besuchte Ankara. Danach dankte sie den Rettungskräften.", ("051", "ITA", None)),
    ],
)
def test_german_sie_after_a_front_adverb_and_its_verb(coder, text, expected):
    assert expected in found(coder, text, "de")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ('"Die EU muss eine klare Antwort auf die fortgesetzte Inhaftierung von weißrussischen Oppositionspolitikern finden", erklärte der deutsche Außenminister.', "de", ("173", "BLR", "BLR")),
        ("Le ministre a parlé de la détention prolongée d'opposants biélorusses.", "fr", ("173", "BLR", "BLR")),
        ("Il ministro ha parlato della prolungata detenzione di oppositori russi.", "it", ("173", "RUS", "RUS")),
    ],
)
def test_an_ongoing_detention_of_a_states_opposition_named_in_a_phrase_happened(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_detention_of_opposition_given_only_the_articles_country_is_not_guessed(coder):
    text = 'Der deutsche Außenminister sprach in Berlin. "Wir brauchen eine Antwort auf die fortgesetzte Inhaftierung von Oppositionspolitikern", sagte er.'
    assert not any(code == "173" for code, _, _ in found(coder, text, "de"))
