"""Dictionary vocabulary: verbs, nouns, light verbs and named actors added to the coder's
dictionaries, each checked on a sentence written for this test (not taken from any gold set or
article). Every case names the exact event the sentence must give: (CAMEO code, source country,
target country); a few cases check that an entry does not produce a wrong event.
"""

import datetime as dt

import pytest


DAY = dt.date(2024, 3, 15)  # a Friday


def events(coder, text, lang):
    return {(e.cameo_code, e.source_country, e.target_country) for e in coder.code_article("t", text, lang, DAY, "day")}


def actors(coder, text, lang):
    return {(e.cameo_code, e.source_actor, e.target_actor) for e in coder.code_article("t", text, lang, DAY, "day")}


# German separable verbs whose particle stands after a long middle field, and their perfect forms
GERMAN_SEPARABLE = [
    ("Saudi-Arabien nahm die diplomatischen Beziehungen zum Iran wieder auf.", ("054", "SAU", "IRN")),
    ("Indien arbeitete mit Japan zusammen.", ("050", "IND", "JPN")),
    ("Spanien lieferte einen russischen Staatsbürger an die USA aus.", ("063", "ESP", "RUS")),
    ("Die Europäische Union hob die Sanktionen gegen Weißrussland auf.", ("085", "EEC", "BLR")),
    ("Russland zog seine Truppen aus Georgien ab.", ("0874", "RUS", "GEO")),
    ("Frankreich rief seinen Botschafter aus Mali zurück.", ("161", "FRA", "MLI")),
    ("Die Niederlande setzten ihre Hilfe für Ruanda aus.", ("162", "NLD", "RWA")),
    ("Russland legte ein Veto gegen die Resolution zu Syrien ein.", ("129", "RUS", "SYR")),
    ("Die Ukraine reichte beim Internationalen Gerichtshof Klage gegen Russland ein.", ("115", "UKR", "UNO")),
    ("Deutschland kam am Montag mit Frankreich in Paris zusammen.", ("040", "DEU", "FRA")),
    ("Russland marschierte in die Ukraine ein.", ("190", "RUS", "UKR")),
    ("Serbien fror die Vermögen kosovarischer Beamter ein.", ("163", "SRB", "KSV")),
]

# German nouns and verbs that were missing
GERMAN_WORDS = [
    ("Indien und Frankreich hielten gemeinsame Marinemanöver ab.", ("062", "IND", "FRA")),
    ("China gewährte Pakistan einen Kredit.", ("071", "CHN", "PAK")),
    ("Saudi-Arabien richtete drei Jemeniten hin.", ("1823", "SAU", "YEM")),
    ("Deutschland sprach mit Frankreich.", ("040", "DEU", "FRA")),
    ("Polen wandte sich gegen den Plan Ungarns.", ("120", "POL", "HUN")),
    ("Die Türkei schoss ein russisches Kampfflugzeug ab.", ("190", "TUR", "RUS")),
    ("Russland feuerte Raketen auf Kiew ab.", ("195", "RUS", "UKR")),
    ("Äthiopien und Eritrea schlossen ein Friedensabkommen.", ("057", "ETH", "ERI")),
    ("Kolumbien überstellte einen Drogenboss an die USA.", ("063", "COL", "USA")),
    ("Polen hat die Grenze zu Belarus geschlossen.", ("172", "POL", "BLR")),
    ("Japan hat Südkorea Hilfe angeboten.", ("033", "JPN", "KOR")),
]


@pytest.mark.parametrize("text, expected", GERMAN_SEPARABLE + GERMAN_WORDS)
def test_german_vocabulary(coder, text, expected):
    assert expected in events(coder, text, "de")


def test_german_lifting_sanctions_is_not_imposing_them(coder):
    found = events(coder, "Die Europäische Union hob die Sanktionen gegen Weißrussland auf.", "de")
    assert not any(code.startswith("16") for code, _, _ in found)


def test_german_suspending_aid_is_not_giving_it(coder):
    found = events(coder, "Die Niederlande setzten ihre Hilfe für Ruanda aus.", "de")
    assert not any(code.startswith("07") for code, _, _ in found)


# Light verbs that govern an event noun ("granted a loan", "ha concesso un prestito")
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("China concedió un préstamo a Pakistán.", "es", ("071", "CHN", "PAK")),
        ("La Cina ha concesso un prestito al Pakistan.", "it", ("071", "CHN", "PAK")),
        ("A China concedeu um empréstimo ao Paquistão.", "pt", ("071", "CHN", "PAK")),
    ],
)
def test_grant_verbs_carry_their_event_noun(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# Fire aimed at a target ("fired missiles at", "tiré des missiles sur") and strikes on targets
# in a country: the at/sur/contra/auf phrase names the target
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("North Korea fired artillery shells at South Korea.", "en", ("194", "PRK", "KOR")),
        ("Israel fired missiles at Syria.", "en", ("195", "ISR", "SYR")),
        ("Israel struck targets in Lebanon.", "en", ("190", "ISR", "LBN")),
        ("Israël a tiré des missiles sur la Syrie.", "fr", ("195", "ISR", "SYR")),
        ("Israël a frappé des cibles au Liban.", "fr", ("190", "ISR", "LBN")),
        ("Israel lanzó misiles contra Siria.", "es", ("195", "ISR", "SYR")),
        ("Israel atacó objetivos en Líbano.", "es", ("190", "ISR", "LBN")),
        ("Israele ha lanciato missili contro la Siria.", "it", ("195", "ISR", "SYR")),
        ("Israele ha colpito obiettivi in Libano.", "it", ("190", "ISR", "LBN")),
        ("Israel lançou mísseis contra a Síria.", "pt", ("195", "ISR", "SYR")),
        ("Israel atacou alvos no Líbano.", "pt", ("190", "ISR", "LBN")),
    ],
)
def test_aimed_fire_and_strikes_on_targets(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# Shooting down aircraft
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Turquía derribó un avión ruso.", "es", ("190", "TUR", "RUS")),
        ("A Turquia abateu um avião russo.", "pt", ("190", "TUR", "RUS")),
    ],
)
def test_shooting_down_aircraft(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# Being critical of, opposing a plan, backing a bid, thanks
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The UN report was highly critical of the Myanmar government.", "en", ("111", "UNO", "MMR")),
        ("France was critical of Germany.", "en", ("111", "FRA", "DEU")),
        ("La France s'est montrée critique à l'égard de l'Allemagne.", "fr", ("111", "FRA", "DEU")),
        ("L'Iran si è scagliato contro gli Stati Uniti.", "it", ("111", "IRN", "USA")),
        ("Poland opposed the plan of Hungary.", "en", ("120", "POL", "HUN")),
        ("La Polonia si è opposta al piano dell'Ungheria.", "it", ("120", "POL", "HUN")),
        ("A Polónia opôs-se ao plano da Hungria.", "pt", ("120", "POL", "HUN")),
        ("Germany backed Ukraine's bid to join the EU.", "en", ("051", "DEU", "UKR")),
        ("L'Allemagne a soutenu la candidature de l'Ukraine.", "fr", ("051", "DEU", "UKR")),
        ("La Germania ha sostenuto la candidatura dell'Ucraina.", "it", ("051", "DEU", "UKR")),
        ("Le Japon a exprimé sa gratitude à l'Inde.", "fr", ("051", "JPN", "IND")),
        ("El canciller chileno manifestó su agradecimiento a México.", "es", ("051", "CHL", "MEX")),
    ],
)
def test_verbal_stances(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# Border closures, seeking a release, liaising, arson, suing before a court, receiving a delegation
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Kenya closed its border with Somalia.", "en", ("172", "KEN", "SOM")),
        ("Le Kenya a fermé sa frontière avec la Somalie.", "fr", ("172", "KEN", "SOM")),
        ("Il Kenya ha chiuso il confine con la Somalia.", "it", ("172", "KEN", "SOM")),
        ("O Quénia fechou a fronteira com a Somália.", "pt", ("172", "KEN", "SOM")),
        ("France pressed for the release of French citizens held in Iran.", "en", ("0253", "FRA", "FRA")),
        ("Indonesian journalists sought the release of a cameraman held by Indonesian rebels.", "en", ("0253", "IDN", "IDN")),
        ("The UN mission liaised with Congolese authorities.", "en", ("040", "UNO", "COD")),
        ("Vietnamese protesters set several Chinese factories on fire.", "en", ("1712", "VNM", "CHN")),
        ("Des manifestants vietnamiens ont incendié des usines chinoises.", "fr", ("1712", "VNM", "CHN")),
        ("Bolivia demandó a Chile ante la Corte Internacional de Justicia.", "es", ("115", "BOL", "CHL")),
        ("Le Pakistan a reçu la délégation afghane.", "fr", ("043", "PAK", "AFG")),
        ("Marrocos e Israel normalizaram as suas relações.", "pt", ("054", "MAR", "ISR")),
    ],
)
def test_more_acts(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# State agencies and forces known by their own names (groups.tsv)
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The CIA accused Russia of hacking.", "en", ("112", "USASPY", "RUS")),
        ("The Revolutionary Guards seized a British tanker.", "en", ("1711", "IRNMIL", "GBR")),
        ("Mossad killed an Iranian scientist.", "en", ("1823", "ISRSPY", "IRN")),
        ("Ieri sera i Carabinieri del Ros hanno arrestato due uomini russi.", "it", ("173", "ITACOP", "RUS")),
        ("La Guardia Civil detuvo a dos ciudadanos marroquíes.", "es", ("173", "ESPCOP", "MARCVL")),
    ],
)
def test_named_state_agencies(coder, text, lang, expected):
    assert expected in actors(coder, text, lang)


# People with date-bounded roles added to people.tsv: the role holds at the article's date
@pytest.mark.parametrize(
    "text, lang, published, expected",
    [
        ("Hun Sen criticized Thailand.", "en", dt.date(2011, 2, 4), ("110", "KHMGOV", "THA")),
        ("Abhisit Vejjajiva accused Cambodia of firing first.", "en", dt.date(2011, 2, 4), ("112", "THAGOV", "KHM")),
        ("Prachanda threatened the government of Nepal.", "en", dt.date(2003, 8, 18), ("130", "NPLREB", "NPLGOV")),
        ("King Hamad praised Saudi Arabia.", "en", dt.date(2011, 7, 24), ("051", "BHRGOV", "SAU")),
        ("Evo Morales criticó a Heraldo Muñoz.", "es", dt.date(2015, 7, 29), ("110", "BOLGOV", "CHLGOV")),
        ("Filipe Nyusi agradeceu a Paul Kagame.", "pt", dt.date(2021, 10, 26), ("051", "MOZGOV", "RWAGOV")),
        ("Le président Gnassingbé Eyadéma a reçu le président ivoirien Laurent Gbagbo.", "fr", dt.date(2002, 11, 15), ("043", "TGOGOV", "CIVGOV")),
        ("Mahinda Rajapaksa accused India of interference.", "en", dt.date(2020, 5, 1), ("112", "LKAGOV", "IND")),
    ],
)
def test_people_in_office(coder, text, lang, published, expected):
    found = {(e.cameo_code, e.source_actor, e.target_actor) for e in coder.code_article("t", text, lang, published, "day")}
    assert expected in found


def test_a_person_changes_role_with_the_date(coder):
    # Prachanda led the Maoist rebels before the 2006 peace accord and was prime minister in 2008-09
    def sources(published):
        return {e.source_actor for e in coder.code_article("t", "Prachanda criticized India.", "en", published, "day")}

    assert sources(dt.date(2003, 8, 18)) == {"NPLREB"}
    assert sources(dt.date(2009, 1, 10)) == {"NPLGOV"}


# Suspended and resumed talks, prisoner exchanges, promised retaliation, energy cut-offs,
# strikes placed in a country, sentences, tariffs, donations (third round of additions)
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Russia cut off gas supplies to Ukraine.", "en", ("163", "RUS", "UKR")),
        ("The United States carried out a drone strike in Somalia.", "en", ("195", "USA", "SOM")),
        ("La Russie a coupé l'approvisionnement en gaz de l'Ukraine.", "fr", ("163", "RUS", "UKR")),
        ("Les États-Unis ont mené une frappe de drone en Somalie.", "fr", ("195", "USA", "SOM")),
        ("La Pologne a annoncé la fermeture de sa frontière avec le Bélarus.", "fr", ("172", "POL", "BLR")),
        ("Japan setzte die Gespräche mit Nordkorea aus.", "de", ("164", "JPN", "PRK")),
        ("Russland und die Ukraine tauschten Gefangene aus.", "de", ("0841", "UKR", "RUS")),
        ("Iran kündigte Vergeltung gegen Israel an.", "de", ("138", "IRN", "ISR")),
        ("Die USA verhängten Zölle gegen China.", "de", ("163", "USA", "CHN")),
        ("Japan spendete Impfstoffe an Vietnam.", "de", ("070", "JPN", "VNM")),
        ("Russland stoppte die Gaslieferungen an die Ukraine.", "de", ("163", "RUS", "UKR")),
        ("Iran verurteilte einen britischen Staatsbürger zum Tode.", "de", ("116", "IRN", "GBR")),
        ("Iran gab den britischen Tanker frei.", "de", ("0841", "IRN", "GBR")),
        ("Die USA flogen einen Drohnenangriff in Somalia.", "de", ("195", "USA", "SOM")),
        ("Griechenland und die Türkei führten Sondierungsgespräche.", "de", ("040", "GRC", "TUR")),
        ("Japón suspendió las conversaciones con Corea del Norte.", "es", ("164", "JPN", "PRK")),
        ("Egipto reanudó las negociaciones con Etiopía.", "es", ("046", "EGY", "ETH")),
        ("Rusia y Ucrania intercambiaron prisioneros.", "es", ("0841", "RUS", "UKR")),
        ("Irán prometió represalias contra Israel.", "es", ("138", "IRN", "ISR")),
        ("Rusia cortó el suministro de gas a Ucrania.", "es", ("163", "RUS", "UKR")),
        ("Estados Unidos llevó a cabo un ataque con drones en Somalia.", "es", ("195", "USA", "SOM")),
        ("Polonia anunció el cierre de su frontera con Bielorrusia.", "es", ("172", "POL", "BLR")),
        ("La Russia e l'Ucraina si sono scambiate prigionieri.", "it", ("0841", "RUS", "UKR")),
        ("L'Iran ha promesso rappresaglie contro Israele.", "it", ("138", "IRN", "ISR")),
        ("La Russia ha tagliato le forniture di gas all'Ucraina.", "it", ("163", "RUS", "UKR")),
        ("Gli Stati Uniti hanno condotto un attacco con droni in Somalia.", "it", ("195", "USA", "SOM")),
        ("O Japão suspendeu as conversações com a Coreia do Norte.", "pt", ("164", "JPN", "PRK")),
        ("O Egito retomou as negociações com a Etiópia.", "pt", ("046", "EGY", "ETH")),
        ("A Rússia e a Ucrânia trocaram prisioneiros.", "pt", ("0841", "RUS", "UKR")),
        ("O Irão prometeu retaliar contra Israel.", "pt", ("138", "IRN", "ISR")),
        ("A Rússia cortou o fornecimento de gás à Ucrânia.", "pt", ("163", "RUS", "UKR")),
        ("Os Estados Unidos realizaram um ataque com drones na Somália.", "pt", ("195", "USA", "SOM")),
    ],
)
def test_third_round_acts(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il Qatar ha ospitato colloqui tra gli Stati Uniti e i talebani.", "it"),
        ("O Catar acolheu conversações entre os Estados Unidos e os talibãs.", "pt"),
    ],
)
def test_taliban_spellings(coder, text, lang):
    assert ("040", "USA", "AFG") in events(coder, text, lang)


# Role nouns that were missing: with a country adjective they give the actor's role
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Russian mercenaries attacked a village in Mali.", "en", "RUSUAF"),
        ("Iranian clerics criticized France.", "en", "IRNREL"),
        ("Chinese hackers attacked Taiwan.", "en", "CHNCRM"),
        ("Des mercenaires russes ont attaqué un village au Mali.", "fr", "RUSUAF"),
        ("Des médecins cubains ont critiqué le Brésil.", "fr", "CUBHLH"),
        ("Los diplomáticos rusos criticaron a Alemania.", "es", "RUSGOV"),
        ("Mercenarios rusos atacaron una aldea en Malí.", "es", "RUSUAF"),
        ("I vescovi polacchi hanno criticato la Germania.", "it", "POLREL"),
        ("Hacker russi hanno attaccato l'Estonia.", "it", "RUSCRM"),
        ("Mercenários russos atacaram uma aldeia no Mali.", "pt", "RUSUAF"),
        ("Die russischen Gesandten kritisierten Deutschland.", "de", "RUSGOV"),
        ("Die russischen Söldner kritisierten Deutschland.", "de", "RUSUAF"),
        ("Russische Hacker griffen Estland an.", "de", "RUSCRM"),
    ],
)
def test_role_nouns(coder, text, lang, expected):
    assert expected in {source for _, source, _ in actors(coder, text, lang)}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a participle of 'send' is no envoy, an adjective 'medical' no doctor
        ("O Brasil enviou ajuda humanitária a Moçambique.", "pt", ("073", "BRA", "MOZ")),
        ("España envió suministros médicos a Gaza.", "es", ("073", "ESP", "PSE")),
        ("La France a envoyé une aide humanitaire au Liban.", "fr", ("073", "FRA", "LBN")),
    ],
)
def test_role_nouns_do_not_swallow_verbs_or_adjectives(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# Nominal events with their agent: 'the expulsion of X diplomats by Y', 'da parte di', 'por parte de'
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The expulsion of Russian diplomats by Poland angered Moscow.", "en", ("161", "POL", "RUS")),
        ("Poland announced the expulsion of two Russian diplomats.", "en", ("161", "POL", "RUS")),
        ("L'arresto di un giornalista italiano da parte della polizia egiziana è stato condannato.", "it", ("173", "EGY", "ITA")),
        ("La Russia è stata attaccata da parte dell'Ucraina.", "it", ("190", "UKR", "RUS")),
    ],
)
def test_nominal_events_and_agents(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# A condemnation whose object names no actor ('the attack in Vienna') is coded with no target
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Germany condemned the attack in Vienna.", "en"),
        ("L'Allemagne a condamné l'attentat de samedi.", "fr"),
        ("Alemania condenó el atentado del sábado.", "es"),
        ("La Germania ha condannato l'attentato di sabato.", "it"),
        ("A Alemanha condenou o atentado de sábado.", "pt"),
        ("Deutschland verurteilte den Anschlag in Wien.", "de"),
    ],
)
def test_condemnation_without_a_named_target(coder, text, lang):
    assert ("111", "DEU", None) in events(coder, text, lang)


# Parliaments and seats of power named by their own names (metonyms.tsv), UN Human Rights Council
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The Duma criticized Germany.", "en", ("110", "RUSLEG", "DEU")),
        ("The Sejm condemned Russia.", "en", ("111", "POLLEG", "RUS")),
        ("La Douma a critiqué l'Allemagne.", "fr", ("110", "RUSLEG", "DEU")),
        ("Koulouba a accusé la France d'espionnage.", "fr", ("1125", "MLIGOV", "FRA")),
        ("Le palais de Carthage a dénoncé la France.", "fr", ("111", "TUNGOV", "FRA")),
        ("Burma said it had cooperated fully with the HRC.", "en", ("050", "MMR", "IGOUNO")),
    ],
)
def test_institution_names(coder, text, lang, expected):
    assert expected in actors(coder, text, lang)


# Reopened borders, humanitarian access, lifted curfews, denied entry, offers of talks, warnings,
# strikes, party bans, beheadings, German requests and troop build-ups (fifth round)
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Serbien öffnete die Grenze zu Kosovo wieder.", "de", ("081", "SRB", "KSV")),
        ("La Serbia ha riaperto il confine con il Kosovo.", "it", ("081", "SRB", "KSV")),
        ("A Sérvia reabriu a fronteira com o Kosovo.", "pt", ("081", "SRB", "KSV")),
        ("Israel ließ Hilfslieferungen nach Gaza zu.", "de", ("0863", "ISR", "PSE")),
        ("Israele ha permesso l'ingresso degli aiuti a Gaza.", "it", ("0863", "ISR", "PSE")),
        ("Israel permitiu a entrada de ajuda em Gaza.", "pt", ("0863", "ISR", "PSE")),
        ("Il Sudan ha revocato il coprifuoco.", "it", ("0813", "SDN", "SDN")),
        ("O Sudão levantou o recolher obrigatório.", "pt", ("0813", "SDN", "SDN")),
        ("Polen verweigerte russischen Diplomaten die Einreise.", "de", ("174", "POL", "RUS")),
        ("La Polonia ha negato l'ingresso ai diplomatici russi.", "it", ("174", "POL", "RUS")),
        ("A Polónia negou a entrada a diplomatas russos.", "pt", ("174", "POL", "RUS")),
        ("La Russia ha offerto colloqui alla Turchia.", "it", ("036", "RUS", "TUR")),
        ("A Rússia ofereceu conversações à Turquia.", "pt", ("036", "RUS", "TUR")),
        ("La Cina ha messo in guardia il Giappone da ingerenze.", "it", ("130", "CHN", "JPN")),
        ("A Coreia do Norte colocou as suas tropas em alerta.", "pt", ("152", "PRK", None)),
        ("Die UNO leitete eine Untersuchung gegen Myanmar ein.", "de", ("090", "UNO", "MMR")),
        ("Arbeiter in Frankreich traten in den Streik.", "de", ("143", "FRA", "FRA")),
        ("Russland zog an der Grenze zur Ukraine Truppen zusammen.", "de", ("154", "RUS", "UKR")),
        ("Die Taliban enthaupteten einen pakistanischen Soldaten.", "de", ("190", "AFG", "PAK")),
        ("Die Ukraine ersuchte Deutschland um Waffen.", "de", ("020", "UKR", "DEU")),
        ("Il governo turco ha messo al bando il partito dell'opposizione.", "it", ("1722", "TUR", "TUR")),
    ],
)
def test_fifth_round_acts(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a stated readiness is the intent (03x), not the act
        ("Israel se mostró dispuesto a liberar a los prisioneros palestinos.", "es", ("0353", "ISR", "PSE")),
        ("Israele è pronto a liberare i prigionieri palestinesi.", "it", ("0353", "ISR", "PSE")),
    ],
)
def test_readiness_is_intent(coder, text, lang, expected):
    found = events(coder, text, lang)
    assert expected in found and not any(code.startswith("08") for code, _, _ in found)


# More named armed groups, militias and cartels (groups.tsv)
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The Oromo Liberation Army attacked a police station.", "en", "ETHREB"),
        ("The Sinaloa Cartel attacked American agents.", "en", "MEXCRM"),
        ("Tren de Aragua threatened Chile.", "en", "VENCRM"),
        ("The Popular Mobilization Forces attacked US troops.", "en", "IRQUAF"),
        ("Les FDLR ont attaqué l'armée congolaise.", "fr", "CODREB"),
    ],
)
def test_more_named_groups(coder, text, lang, expected):
    assert expected in {source for _, source, _ in actors(coder, text, lang)}


# Mutual accusations (en, fr, pt), official protests to a government (en), vows to destroy, hangings, blocked aid
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("India and Pakistan traded accusations.", "en", ("112", "PAK", "IND")),
        ("L'Inde et le Pakistan se sont mutuellement accusés.", "fr", ("112", "PAK", "IND")),
        ("A Índia e o Paquistão trocaram acusações.", "pt", ("112", "PAK", "IND")),
        ("Japan protested to China over the incursion.", "en", ("114", "JPN", "CHN")),
        ("Greece and Turkey pledged to improve relations.", "en", ("030", "TUR", "GRC")),
        ("Israel vowed to destroy Hamas.", "en", ("138", "ISR", "PSE")),
        ("Israël a promis de détruire le Hamas.", "fr", ("138", "ISR", "PSE")),
        ("Israel prometió destruir a Hamás.", "es", ("138", "ISR", "PSE")),
        ("Israele ha promesso di distruggere Hamas.", "it", ("138", "ISR", "PSE")),
        ("Israel prometeu destruir o Hamas.", "pt", ("138", "ISR", "PSE")),
        ("Israel schwor, die Hamas zu vernichten.", "de", ("138", "ISR", "PSE")),
        ("Pakistan hanged a convicted Indian spy.", "en", ("1823", "PAK", "IND")),
        ("Hungary blocked EU aid to Ukraine.", "en", ("129", "HUN", "EEC")),
    ],
)
def test_sixth_round_acts(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


def test_blocking_aid_is_not_giving_it(coder):
    assert not any(code.startswith("07") for code, _, _ in events(coder, "Hungary blocked EU aid to Ukraine.", "en"))


# French idioms (hausser le ton, balayer les critiques, renouer avec) and arms deliveries
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("La France a haussé le ton contre l'Algérie.", "fr", ("110", "FRA", "DZA")),
        ("Le Maroc a balayé les critiques de l'Algérie.", "fr", ("016", "MAR", "DZA")),
        ("Le Maroc a renoué avec l'Algérie.", "fr", ("054", "MAR", "DZA")),
        ("L'Allemagne a fourni des chars à l'Ukraine.", "fr", ("072", "DEU", "UKR")),
        ("Germany supplied Leopard tanks to Ukraine.", "en", ("072", "DEU", "UKR")),
        ("Alemania envió tanques a Ucrania.", "es", ("072", "DEU", "UKR")),
        ("La Germania ha inviato carri armati all'Ucraina.", "it", ("072", "DEU", "UKR")),
        ("A Alemanha enviou tanques para a Ucrânia.", "pt", ("072", "DEU", "UKR")),
        ("Deutschland lieferte Panzer an die Ukraine.", "de", ("072", "DEU", "UKR")),
    ],
)
def test_idioms_and_arms_deliveries(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# Suspended treaties (160), political prisoners (OPP), FARC dissidents, and two Spanish false friends
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Russia suspended the New START treaty with the United States.", "en", ("160", "RUS", "USA")),
        ("L'Algérie a suspendu le traité d'amitié avec l'Espagne.", "fr", ("160", "DZA", "ESP")),
        ("Argelia suspendió el tratado de amistad con España.", "es", ("160", "DZA", "ESP")),
        ("L'Algeria ha sospeso il trattato di amicizia con la Spagna.", "it", ("160", "DZA", "ESP")),
        ("A Argélia suspendeu o tratado de amizade com a Espanha.", "pt", ("160", "DZA", "ESP")),
        ("Russland setzte den Vertrag mit den USA aus.", "de", ("160", "RUS", "USA")),
    ],
)
def test_suspended_treaties(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Iran released dozens of political prisoners.", "en", ("0841", "IRN", "IRNOPP")),
        ("Le Venezuela a libéré des prisonniers politiques.", "fr", ("0841", "VEN", "VENOPP")),
        ("Cuba excarceló a cientos de presos políticos.", "es", ("0841", "CUB", "CUBOPP")),
        ("Belarus ließ politische Gefangene frei.", "de", ("0841", "BLR", "BLROPP")),
        ("Las disidencias de las FARC asesinaron a dos policías colombianos.", "es", ("1823", "COLREB", "COLCOP")),
    ],
)
def test_political_prisoners_and_dissident_factions(coder, text, lang, expected):
    assert expected in actors(coder, text, lang)


def test_acknowledging_receipt_is_no_accusation(coder):
    # 'acusar recibo' (acknowledge receipt) and FARC 'disidencias' are neither accusations nor protests
    assert not events(coder, "Colombia acusó recibo de la nota de protesta de Venezuela.", "es")
    assert not any(code.startswith("14") for code, _, _ in events(coder, "Las disidencias de las FARC asesinaron a dos policías colombianos.", "es"))


# Regions in the news stand for their country (metonyms.tsv, country level)
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Russia annexed Crimea.", "en", ("192", "RUS", "UKR")),
        ("La Russie a annexé la Crimée.", "fr", ("192", "RUS", "UKR")),
        ("Russland annektierte die Krim.", "de", ("192", "RUS", "UKR")),
        ("Rusia anexionó Crimea.", "es", ("192", "RUS", "UKR")),
        ("Militias attacked villages in Darfur.", "en", ("180", "SDN", "SDN")),
        ("Rebels killed 20 civilians in Ituri.", "en", ("202", "COD", "COD")),
    ],
)
def test_regions_stand_for_their_country(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


# German perfect-tense forms: sanctions decided, missiles tested, targets bombed
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die EU hat neue Sanktionen gegen Russland beschlossen.", ("163", "EEC", "RUS")),
        ("Nordkorea hat erneut eine Rakete getestet.", ("150", "PRK", None)),
        ("Israel hat Ziele im Gazastreifen bombardiert.", ("195", "ISR", "PSE")),
        ("Die Hamas hat Raketen auf Israel abgefeuert.", ("195", "PSE", "ISR")),
    ],
)
def test_german_perfect_forms(coder, text, expected):
    assert expected in events(coder, text, "de")


# Seizing power by force (a coup is coded 190 against the home government)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Nigerien military seized power in July.", "en"),
        ("L'armée nigérienne s'est emparée du pouvoir en juillet.", "fr"),
        ("Das nigrische Militär riss die Macht an sich.", "de"),
    ],
)
def test_seizing_power(coder, text, lang):
    assert ("190", "NER", "NER") in events(coder, text, lang)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'Iran ha colpito Israele con droni.", {("190", "IRN", "ISR")}),
        ("L'Ucraina ha colpito la flotta russa nel Mar Nero.", {("190", "UKR", "RUS")}),
        # 'colpire' with no actor as subject (an earthquake, sanctions, a crisis) is no event
        ("Il terremoto ha colpito la Turchia.", set()),
        ("Le sanzioni hanno colpito la Russia.", set()),
    ],
)
def test_italian_colpire(coder, text, expected):
    assert events(coder, text, "it") == expected


def test_a_walk_out_from_talks_is_disapproval(coder):
    # the gold sets code a diplomatic walk-out as 110, not as halting negotiations (164)
    assert events(coder, "Russia walked out of the talks with Ukraine.", "en") == {("110", "RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "The verdict saw Mladic's appeal against the decision of a lower tribunal rejected.",
        "Serbia appealed the ruling of the court.",
        "Russia filed an appeal against the ruling.",
    ],
)
def test_a_legal_appeal_is_no_appeal_to_an_actor(coder, text):
    assert not any(code.startswith("02") for code, _, _ in events(coder, text, "en"))


def test_an_appeal_to_a_government_stays_an_appeal(coder):
    assert ("020", "FRA", "IRN") in events(coder, "France appealed to Iran to release the hostages.", "en")


@pytest.mark.parametrize(
    "text, lang, published, expected",
    [
        ("Michelle Bachelet criticized Myanmar.", "en", dt.date(2021, 6, 8), ("110", "IGOUNO", "MMR")),
        ("Michelle Bachelet criticized Argentina.", "en", dt.date(2008, 6, 8), ("110", "CHLGOV", "ARG")),
        ("Staffan de Mistura a rencontré le président syrien.", "fr", dt.date(2016, 3, 1), ("040", "IGOUNO", "SYRGOV")),
        ("Luis Almagro condenó a Venezuela.", "es", dt.date(2019, 2, 16), ("111", "IGOOAS", "VEN")),
    ],
)
def test_un_officials_and_regional_organizations(coder, text, lang, published, expected):
    found = {(e.cameo_code, e.source_actor, e.target_actor) for e in coder.code_article("t", text, lang, published, "day")}
    assert expected in found


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Il premier italiano ha avuto una telefonata con il presidente turco.", "it", ("041", "ITA", "TUR")),
        ("O primeiro-ministro português teve um telefonema com o presidente angolano.", "pt", ("041", "PRT", "AGO")),
        # accepting a request is a concession, not hosting (043)
        ("La Libia ha accolto la richiesta dell'Italia.", "it", ("080", "LBY", "ITA")),
        ("Angola acolheu o pedido de Portugal.", "pt", ("080", "AGO", "PRT")),
    ],
)
def test_phone_calls_and_accepted_requests(coder, text, lang, expected):
    found = events(coder, text, lang)
    assert expected in found and not any(code == "043" for code, _, _ in found)


def test_italian_recalled_ambassador_is_reduced_relations(coder):
    found = events(coder, "La Serbia ha ritirato il suo ambasciatore dal Montenegro.", "it")
    assert any(code == "161" for code, _, _ in found) and not any(code.startswith("087") for code, _, _ in found)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Morocco accepted Spain's request.", "en", ("080", "MAR", "ESP")),
        ("Le Maroc a accepté la demande de l'Espagne.", "fr", ("080", "MAR", "ESP")),
        ("Marruecos aceptó la petición de España.", "es", ("080", "MAR", "ESP")),
        ("Marokko kam der Bitte Spaniens nach.", "de", ("080", "MAR", "ESP")),
        ("Le président français a eu un entretien téléphonique avec le président turc.", "fr", ("041", "FRA", "TUR")),
    ],
)
def test_accepted_requests_and_french_phone_talks(coder, text, lang, expected):
    assert expected in events(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Sahrawi fighters attacked Moroccan troops.", "en", "ESH"),
        ("Les combattants sahraouis ont attaqué l'armée marocaine.", "fr", "ESH"),
        ("I soldati camerunensi hanno attaccato la Francia.", "it", "CMR"),
        ("Os soldados omanitas atacaram a França.", "pt", "OMN"),
    ],
)
def test_missing_demonyms(coder, text, lang, expected):
    assert expected in {source for _, source, _ in events(coder, text, lang)}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le chef de la diplomatie européenne a critiqué la Russie.", "fr", ("110", "IGOEEC", "RUS")),
        ("El jefe de la diplomacia europea criticó a Rusia.", "es", ("110", "IGOEEC", "RUS")),
        ("Il capo della diplomazia europea ha criticato la Russia.", "it", ("110", "IGOEEC", "RUS")),
        ("O chefe da diplomacia europeia criticou a Rússia.", "pt", ("110", "IGOEEC", "RUS")),
        ("Die EU-Außenbeauftragte kritisierte Russland.", "de", ("110", "IGOEEC", "RUS")),
        ("Irans Chefdiplomat kritisierte Frankreich.", "de", ("110", "IRNGOV", "FRA")),
    ],
)
def test_eu_foreign_policy_chief(coder, text, lang, expected):
    assert expected in actors(coder, text, lang)


# Number words are determiners: 'dix civils', 'diez civiles', 'dieci civili' name the victims
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Des soldats syriens ont tué dix civils.", "fr", ("SYR", "SYRCVL")),
        ("Los soldados sirios mataron a diez civiles.", "es", ("SYR", "SYRCVL")),
        ("Soldati siriani hanno ucciso dieci civili.", "it", ("SYR", "SYRCVL")),
        ("Soldados sírios mataram dez civis.", "pt", ("SYR", "SYRCVL")),
    ],
)
def test_number_words_before_victims(coder, text, lang, expected):
    found = {(e.source_country, e.target_actor) for e in coder.code_article("t", text, lang, DAY, "day")}
    assert expected in found


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Los soldados sirios mataron a varios civiles.", "es"),
        ("I soldati siriani hanno ucciso alcuni civili.", "it"),
        ("Os soldados sírios mataram vários civis.", "pt"),
    ],
)
def test_quantifiers_before_victims(coder, text, lang):
    assert ("SYR", "SYRCVL") in {(e.source_country, e.target_actor) for e in coder.code_article("t", text, lang, DAY, "day")}
