"""French, Italian and German wire-news sentences and short articles written for these tests
(AFP, ANSA, dpa style): hosts receiving named officials with the day between, mediated
agreements, killings and woundings in a named state's strike, aid a state 'will' send, German
refusals with a long middle field, places of Gaza and the Congo, the pope named in lowercase;
with the everyday acts that already worked, and negated, conditional and background sentences
that must give nothing."""

import pytest

from coder_cases import by_country as found


def roots(events):
    return {(code[:2], source, target) for code, source, target in events}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président sénégalais Bassirou Diomaye Faye a reçu mercredi le ministre français des Armées.", "fr", ("043", "SEN", "FRA")),
        ("Le président français Emmanuel Macron a reçu mardi à l'Élysée son homologue kényan William Ruto.", "fr", ("043", "FRA", "KEN")),
        ("La presidente del Consiglio Giorgia Meloni ha ricevuto martedì a Palazzo Chigi il primo ministro albanese Edi Rama.", "it", ("043", "ITA", "ALB")),
        ("Bundeskanzler Friedrich Merz hat am Dienstag den französischen Präsidenten Emmanuel Macron im Kanzleramt empfangen.", "de", ("043", "DEU", "FRA")),
    ],
)
def test_a_host_receives_a_named_official(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Le président a reçu une lettre du président russe.",
        "Le ministre a reçu le soutien de plusieurs pays africains.",
    ],
)
def test_receiving_a_letter_or_support_is_no_visit(coder, text):
    assert not any(code == "043" for code, _, _ in found(coder, text, "fr"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le Hamas et Israël ont conclu un accord de cessez-le-feu sous l'égide du Qatar.", "fr"),
        ("Israele e Hamas hanno raggiunto un accordo per il cessate il fuoco con la mediazione del Qatar.", "it"),
        ("Israel und die Hamas einigten sich unter Vermittlung Katars auf eine Waffenruhe.", "de"),
    ],
)
def test_a_mediated_agreement_binds_the_two_parties_not_the_mediator(coder, text, lang):
    events = found(coder, text, lang)
    assert ("ISR", "PSE") in {(s, t) for _, s, t in events}
    assert ("PSE", "ISR") in {(s, t) for _, s, t in events}
    assert not any(t == "QAT" for _, _, t in events)


def test_an_accepted_mediation_still_names_the_mediator(coder):
    assert ("038", "SDN", "EGY") in found(coder, "Le Soudan a accepté la médiation de l'Égypte.", "fr")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Au moins douze civils ont été tués dans une frappe aérienne israélienne sur Gaza.", "fr", ("195", "ISR", "PSE")),
        ("Au moins douze civils ont été tués dans une frappe de drone russe sur Kharkiv.", "fr", ("195", "RUS", "UKR")),
        ("Cinq personnes ont été tuées lors d'un bombardement russe sur Kherson.", "fr", ("190", "RUS", "UKR")),
        ("Almeno dieci civili sono stati uccisi in un raid aereo israeliano su Gaza.", "it", ("195", "ISR", "PSE")),
        ("Almeno dieci civili sono stati uccisi in un attacco russo contro Kharkiv.", "it", ("190", "RUS", "UKR")),
        ("Ten civilians were killed in a Russian air strike on Kharkiv.", "en", ("195", "RUS", "UKR")),
        ("Bei einem israelischen Luftangriff im Gazastreifen sind zwölf Menschen getötet worden.", "de", ("195", "ISR", "PSE")),
    ],
)
def test_killed_in_a_states_strike_is_that_strike(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_militias_attack_on_civilians_stays_a_killing(coder):
    events = found(coder, "More than 45 civilians were killed in a militia attack on a camp in Ituri.", "en")
    assert not any(code.startswith("19") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Deux journalistes ont été blessés par des tirs israéliens dans le sud du Liban.", "fr", ("19", "ISR", "LBN")),
        ("Due giornalisti sono stati feriti da colpi di arma da fuoco israeliani nel sud del Libano.", "it", ("19", "ISR", "LBN")),
    ],
)
def test_wounded_by_a_states_fire(coder, text, lang, expected):
    assert expected in roots(found(coder, text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Trois soldats maliens ont été blessés.", "fr"),
        ("Dieci persone sono rimaste ferite nell'incidente.", "it"),
    ],
)
def test_wounded_with_no_doer_is_no_event(coder, text, lang):
    assert found(coder, text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("La France va envoyer 200 tonnes d'aide humanitaire à Gaza.", "fr", ("0333", "FRA", "PSE")),
        ("La France enverra 200 tonnes d'aide humanitaire à Gaza.", "fr", ("0333", "FRA", "PSE")),
        ("L'Italia invierà aiuti umanitari a Gaza.", "it", ("0333", "ITA", "PSE")),
        ("Deutschland will der Ukraine weitere Luftabwehrsysteme liefern.", "de", ("0332", "DEU", "UKR")),
        ("Les États-Unis ont promis une aide militaire supplémentaire à Israël.", "fr", ("0332", "USA", "ISR")),
    ],
)
def test_aid_a_state_will_send_is_its_stated_intent(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La France pourrait envoyer de l'aide humanitaire à Gaza.", "fr"),
        ("L'Italia invierebbe aiuti umanitari a Gaza se la situazione lo permettesse.", "it"),
        ("Deutschland wird der Ukraine keine Waffen liefern.", "de"),
        ("Deutschland könnte der Ukraine Raketen liefern.", "de"),
        ("La France va frapper les positions de l'État islamique en Syrie.", "fr"),
        ("Frankreich will nächste Woche ein Abkommen mit Marokko unterzeichnen.", "de"),
    ],
)
def test_possible_negated_or_planned_hostile_acts_are_no_intent(coder, text, lang):
    assert found(coder, text, lang) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Deutschland hat der Ukraine weitere Luftabwehrsysteme geliefert.", ("072", "DEU", "UKR")),
        ("Die Türkei lehnte den Beitritt Schwedens zur Nato zunächst ab.", ("120", "TUR", "SWE")),
        ("Bei Gefechten zwischen der Armee und Rebellen im Osten des Kongo kamen Dutzende Menschen ums Leben.", ("190", "COD", "COD")),
    ],
)
def test_german_deliveries_refusals_and_the_congo(coder, text, expected):
    assert expected in found(coder, text, "de")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'esercito israeliano ha bombardato il campo profughi di Jabalia, uccidendo almeno venti persone.", "it", ("PSE",)),
        ("L'armée israélienne a frappé Jabalia et Beit Lahia dans le nord de Gaza.", "fr", ("PSE",)),
    ],
)
def test_places_of_gaza_stand_for_the_palestinians(coder, text, lang, expected):
    events = found(coder, text, lang)
    assert events and all(t in expected for _, s, t in events if s == "ISR")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il papa Francesco ha incontrato Zelensky.", "it"),
        ("Papa Francesco ha incontrato Zelensky.", "it"),
    ],
)
def test_the_pope_named_in_lowercase(coder, text, lang):
    assert ("040", "VAT", "UKR") in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Des jihadistes présumés ont tué au moins vingt soldats nigériens.", "fr"),
        ("Presunti jihadisti hanno ucciso venti soldati nigerini.", "it"),
        ("Mutmaßliche Dschihadisten töteten im Niger zwanzig Soldaten.", "de"),
        ("Suspected militants killed 20 Nigerien soldiers.", "en"),
    ],
)
def test_suspected_doers_still_acted(coder, text, lang):
    assert ("19", "NER", "NER") in roots(found(coder, text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The alleged Russian attack on Kyiv was condemned.", "en"),
        ("L'Iran aurait tué trois soldats américains.", "fr"),
    ],
)
def test_an_alleged_act_stays_doubted(coder, text, lang):
    assert not any(code[:2] in ("18", "19") for code, _, _ in found(coder, text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le Premier ministre hongrois Viktor Orban a bloqué l'adoption de nouvelles sanctions contre Moscou.", "fr"),
        ("L'Ungheria ha bloccato le nuove sanzioni contro Mosca.", "it"),
        ("Ungarn blockierte die neuen EU-Sanktionen gegen Russland.", "de"),
    ],
)
def test_blocking_sanctions_is_not_imposing_them(coder, text, lang):
    assert not any(code.startswith("163") for code, _, _ in found(coder, text, lang))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le gouvernement français a suspendu son aide au développement au Niger.", "fr", ("162", "FRA", "NER")),
        ("Il governo italiano ha sospeso gli aiuti al Niger.", "it", ("162", "ITA", "NER")),
        ("L'UE a levé les sanctions contre la Syrie.", "fr", ("085", "EEC", "SYR")),
    ],
)
def test_aid_suspended_to_a_country_and_sanctions_lifted(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, pair",
    [
        ("Macron a rencontré Olaf Scholz lundi à Berlin. Les deux dirigeants ont signé un accord sur les migrants.", "fr", ("FRA", "DEU")),
        ("Le président sénégalais a reçu mercredi le ministre français des Armées. Les deux hommes ont signé un accord de défense.", "fr", ("SEN", "FRA")),
        ("Meloni ha incontrato Edi Rama a Roma. I due leader hanno firmato un accordo sui migranti.", "it", ("ITA", "ALB")),
        ("Macron met Scholz in Berlin on Monday. The two leaders signed an agreement on migration.", "en", ("FRA", "DEU")),
    ],
)
def test_the_two_leaders_are_the_pair_who_just_met(coder, text, lang, pair):
    a, b = pair
    events = found(coder, text, lang)
    assert ("057", a, b) in events and ("057", b, a) in events
    assert not any(s == t for _, s, t in events)


def test_they_after_a_meeting_keeps_its_own_rules(coder):
    # 'They previously walked out of negotiations' after 'said after meeting the Togolese president': the rebels, not Togo
    text = "The rebels rejected the peace plan. Konate said after meeting Togolese President Gnassingbe Eyadema that talks would go on. They previously walked out of negotiations."
    assert not any(s == "TGO" and code.startswith("11") for code, s, _ in found(coder, text, "en"))


def test_the_other_party_of_a_pact_is_no_partner_of_talks(coder):
    text = "Le Premier ministre libanais a rencontré jeudi à Beyrouth l'émissaire américain Amos Hochstein. Ils ont discuté de l'application du cessez-le-feu avec Israël."
    events = found(coder, text, "fr")
    assert ("040", "LBN", "USA") in events
    assert not any(t == "ISR" for _, _, t in events)


def test_a_border_with_a_state_is_no_trip_to_it(coder):
    text = "Un groupe de migrants traversait le sud du Mexique avec l'intention de se rendre à la frontière avec les États-Unis."
    assert not any(code.startswith("04") for code, _, _ in found(coder, text, "fr"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le Kremlin a démenti les informations sur une rencontre entre Poutine et Trump.", "fr"),
        ("Il Cremlino ha smentito le notizie su un incontro tra Putin e Trump.", "it"),
        ("Der Kreml dementierte Berichte über ein Treffen zwischen Putin und Trump.", "de"),
    ],
)
def test_a_denied_report_of_a_meeting_is_no_meeting(coder, text, lang):
    events = found(coder, text, lang)
    assert ("016", "RUS", "USA") in events
    assert not any(code.startswith("04") for code, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "La Corea del Nord ha lanciato un missile balistico nel Mar del Giappone, ha reso noto lo Stato maggiore sudcoreano.",
        "Le autorità libiche hanno arrestato 45 migranti. Lo ha reso noto la Guardia costiera libica.",
    ],
)
def test_made_known_is_no_surrender(coder, text):
    assert not any(code.startswith("087") for code, _, _ in found(coder, text, "it"))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'Italia ha sospeso l'invio di armi a Israele.", "it", ("1622", "ITA", "ISR")),
        ("Israel ließ im Gegenzug 183 palästinensische Häftlinge frei.", "de", ("0841", "ISR", "PSE")),
        ("La polizia turca ha arrestato il sindaco di Istanbul Ekrem Imamoglu. Migliaia di persone sono scese in piazza a Istanbul per protestare contro l'arresto del sindaco.", "it", ("140", "TUR", "TUR")),
        ("Der türkische Präsident Erdogan telefonierte am Sonntag mit Kremlchef Wladimir Putin.", "de", ("041", "TUR", "RUS")),
        ("Il presidente francese Emmanuel Macron ha telefonato al presidente russo Vladimir Putin.", "it", ("041", "FRA", "RUS")),
        ("Mattarella ha ricevuto al Quirinale il re di Giordania Abdallah II.", "it", ("043", "ITA", "JOR")),
        ("Die georgische Polizei ging mit Wasserwerfern und Tränengas gegen Demonstranten vor.", "de", ("175", "GEO", "GEO")),
        ("Die Ukraine warf Russland vor, Kriegsgefangene hingerichtet zu haben.", "de", ("112", "UKR", "RUS")),
    ],
)
def test_everyday_wire_acts(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Bundesanwaltschaft ließ in Berlin zwei Syrer festnehmen.", ("173", "DEU", "SYR")),
        ("Die Bundesanwaltschaft hat zwei mutmaßliche russische Spione festnehmen lassen.", ("173", "DEU", "RUS")),
    ],
)
def test_federal_prosecutors_are_germanys_judiciary(coder, text, expected):
    assert expected in found(coder, text, "de")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Il ministro degli Esteri Antonio Tajani ha attaccato il presidente francese Emmanuel Macron.", "it", ("111", "ITA", "FRA")),
        ("Le Premier ministre hongrois a attaqué la Commission européenne.", "fr", ("111", "HUN", "EEC")),
        ("Der ungarische Regierungschef Orban griff die EU-Kommission scharf an.", "de", ("111", "HUN", "EEC")),
        ("Il Cremlino ha attaccato la Commissione europea.", "it", ("111", "RUS", "EEC")),
    ],
)
def test_a_politician_attacking_another_criticises(coder, text, lang, expected):
    events = found(coder, text, lang)
    assert expected in events
    assert not any(code[:2] in ("18", "19") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("La Russia ha attaccato l'Ucraina.", "it", ("190", "RUS", "UKR")),
        ("La Russie a attaqué l'Ukraine jeudi.", "fr", ("190", "RUS", "UKR")),
        ("Russland griff in der Nacht Kiew an.", "de", ("190", "RUS", "UKR")),
        ("Il presidente russo ha attaccato Kiev.", "it", ("180", "RUS", "UKR")),
        ("Nella notte la Russia ha lanciato un massiccio attacco con droni e missili contro l'Ucraina.", "it", ("190", "RUS", "UKR")),
    ],
)
def test_a_state_attacking_another_uses_force(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Der Iran hat einen französischen Staatsbürger wegen Spionage hingerichtet.", "de", ("1823", "IRN", "FRA")),
        ("Des hommes armés ont attaqué un village dans le nord du Burkina Faso.", "fr", ("180", "BFA", "BFA")),
    ],
)
def test_executions_and_gunmen_keep_their_codes(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_an_official_arriving_with_the_day_between(coder):
    text = "BEYROUTH (AFP) - Le chef de la diplomatie française Jean-Noël Barrot est arrivé dimanche à Beyrouth, où il doit rencontrer le président libanais Joseph Aoun."
    events = found(coder, text, "fr")
    assert ("042", "FRA", "LBN") in events
    assert not any(code == "040" for code, _, _ in events)  # the meeting is still to come


def test_coming_first_in_a_vote_is_no_arrival(coder):
    assert found(coder, "Le candidat du parti au pouvoir est arrivé en tête à Abidjan.", "fr") == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("ABIDJAN (AFP) - Le gouvernement ivoirien a interdit tout rassemblement jusqu'à nouvel ordre.", "fr", ("1721", "CIV", "CIV")),
        ("Die georgische Regierung verbot alle Kundgebungen vor dem Parlament.", "de", ("1721", "GEO", "GEO")),
    ],
)
def test_a_ban_on_gatherings(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_what_an_accused_state_is_said_to_want_is_no_act(coder):
    text = "Le président congolais Félix Tshisekedi a accusé mardi le Rwanda de vouloir « piller » les ressources de l'est de la RDC."
    events = found(coder, text, "fr")
    assert ("112", "COD", "RWA") in events
    assert not any(code.startswith("14") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président congolais Félix Tshisekedi a accusé mardi le Rwanda de soutenir les rebelles. Kigali a rejeté ces accusations.", "fr", ("016", "RWA", "COD")),
        ("Le gouvernement malien a accusé l'Algérie de soutenir des groupes terroristes. Alger a démenti.", "fr", ("016", "DZA", "MLI")),
        ("Il Cremlino ha accusato l'Italia di alimentare la guerra. Roma ha respinto le accuse.", "it", ("016", "ITA", "RUS")),
        ("China warf den USA vor, die Spannungen zu verschärfen. Washington wies die Vorwürfe zurück.", "de", ("016", "USA", "CHN")),
    ],
)
def test_a_denial_answers_the_last_accuser(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_denial_by_a_third_state_answers_no_accuser(coder):
    text = "Le Mali a accusé l'Algérie de soutenir des groupes terroristes. Le Maroc a démenti toute implication."
    assert not any(code == "016" and target == "MLI" for code, _, target in found(coder, text, "fr"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("BEYROUTH (AFP) - Le Premier ministre libanais a rencontré jeudi l'émissaire américain. Israël a mené ces derniers jours plusieurs frappes dans le sud, malgré le cessez-le-feu.", "fr"),
        ("BEIRUT (dpa) - Der libanesische Regierungschef traf den US-Gesandten. Israel hat erneut Ziele im Süden angegriffen.", "de"),
        ("BEIRUT (dpa) - Der libanesische Regierungschef traf den US-Gesandten. Israel griff erneut Ziele im Süden an.", "de"),
    ],
)
def test_strikes_in_the_south_of_the_articles_country(coder, text, lang):
    assert ("19", "ISR", "LBN") in roots(found(coder, text, lang))


def test_a_domestic_attack_in_the_south_is_no_foreign_target(coder):
    text = "BEYROUTH (AFP) - Le Premier ministre libanais a rencontré jeudi l'émissaire américain. Le Hezbollah a mené des attaques dans le sud."
    assert not any(code[:2] in ("18", "19") for code, _, _ in found(coder, text, "fr"))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président égyptien a reçu un appel téléphonique de son homologue américain.", "fr", ("041", "USA", "EGY")),
        ("Il presidente egiziano ha ricevuto una telefonata dal suo omologo americano.", "it", ("041", "USA", "EGY")),
        ("Il presidente egiziano ha ricevuto al Cairo il suo omologo americano.", "it", ("043", "EGY", "USA")),
        ("Mattarella ha ricevuto oggi al Quirinale l'omologo tedesco.", "it", ("043", "ITA", "DEU")),
        ("La marine chinoise a mené des exercices militaires autour de Taïwan.", "fr", ("150", "CHN", "TWN")),
        ("Le président français a réaffirmé le soutien de la France à l'Ukraine.", "fr", ("032", "FRA", "UKR")),
        ("Der ägyptische Präsident telefonierte mit seinem US-Amtskollegen.", "de", ("041", "EGY", "USA")),
    ],
)
def test_calls_received_exercises_and_support(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_call_received_is_no_reception(coder):
    events = found(coder, "Il presidente egiziano ha ricevuto una telefonata dal suo omologo americano.", "it")
    assert not any(code == "043" for code, _, _ in events)


def test_what_a_warning_is_against_is_no_act(coder):
    events = found(coder, "Washington a mis en garde Pékin contre toute aide militaire à la Russie.", "fr")
    assert ("130", "USA", "CHN") in events
    assert not any(code.startswith("07") for code, _, _ in events)


def test_a_missile_fired_into_a_sea_names_no_target(coder):
    events = found(coder, "La Corée du Nord a tiré un missile balistique en mer du Japon.", "fr")
    assert not any(target == "JPN" for _, _, target in events)


RED_SEA = ("PARIS, 10 mars (AFP) - Emmanuel Macron a annoncé lundi l'envoi de deux frégates supplémentaires en mer Rouge "
           "pour protéger les navires marchands contre les attaques des rebelles houthis. « Nous ne laisserons pas les Houthis "
           "menacer la liberté de navigation », a déclaré le chef de l'État. Depuis novembre, les Houthis, soutenus par l'Iran, "
           "ont mené des dizaines d'attaques contre des navires qu'ils estiment liés à Israël. Les États-Unis et le Royaume-Uni "
           "ont frappé à plusieurs reprises des positions houthies au Yémen.")


def test_merchant_ships_are_no_one_and_houthi_positions_are_the_houthis(coder):
    events = found(coder, RED_SEA, "fr")
    assert not any(target == "FRA" for _, _, target in events)
    assert ("190", "USA", "YEM") in events and ("190", "GBR", "YEM") in events


def test_drones_shot_down_named_by_a_pronoun_are_no_killing(coder):
    text = ("KIEV (AFP) - La Russie a lancé dans la nuit plus de 100 drones sur l'Ukraine, a annoncé l'armée de l'air "
            "ukrainienne, qui affirme en avoir abattu 70.")
    events = found(coder, text, "fr")
    assert ("195", "RUS", "UKR") in events
    assert not any(code.startswith("18") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("BERLIN (dpa) - Bundesaußenministerin Annalena Baerbock ist am Montag zu Gesprächen in Kiew eingetroffen. "
         "Baerbock kündigte weitere Hilfe für die Energieversorgung an.", "de", ("033", "DEU", "UKR")),
        ("Il ministro Tajani ha convocato l'ambasciatore russo. Mosca ha respinto ogni responsabilità.", "it", ("016", "RUS", None)),
    ],
)
def test_aid_announced_goes_to_the_other_state_and_responsibility_denied(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Bruxelles a critiqué la Hongrie pour sa loi sur les ONG.", "fr", ("110", "EEC", "HUN")),
        ("Il premier ungherese Viktor Orban ha criticato duramente Bruxelles per i fondi congelati.", "it", ("110", "HUN", "EEC")),
    ],
)
def test_brussels_is_the_eu(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Les ministres français et allemand se sont rencontrés à Bruxelles.", "fr", {("040", "FRA", "DEU"), ("040", "DEU", "FRA")}),
        ("Le Premier ministre belge a reçu à Bruxelles le président kényan.", "fr", {("043", "BEL", "KEN")}),
    ],
)
def test_a_meeting_held_in_brussels_is_not_with_the_eu(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Die Türkei hat Schweden vorgeworfen, Terroristen zu unterstützen.", "de", ("112", "TUR", "SWE")),
        ("Die Türkei hat Schweden vorgeworfen, die PKK zu unterstützen.", "de", ("112", "TUR", "SWE")),
        ("Die Ukraine hat Russland aufgefordert, die Angriffe einzustellen.", "de", ("020", "UKR", "RUS")),
        ("La presidente del Consiglio Giorgia Meloni ha incontrato a Roma il presidente ucraino Volodymyr Zelensky. "
         "Ha poi ribadito il pieno sostegno dell'Italia a Kiev.", "it", ("032", "ITA", "UKR")),
        ("La Cina ha espresso \"forte insoddisfazione\" per la visita del presidente taiwanese negli Stati Uniti.", "it", ("110", "CHN", "TWN")),
    ],
)
def test_german_perfect_speech_acts_and_italian_support(coder, text, lang, expected):
    events = found(coder, text, lang)
    assert expected in events
    assert not any(s == expected[2] and t == expected[1] and code == expected[0] for code, s, t in events)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le sommet entre les dirigeants chinois et américain aura lieu en novembre.", "fr"),
        ("Les discussions entre Israël et le Hamas se poursuivront la semaine prochaine au Caire.", "fr"),
        ("Il vertice tra Putin e Trump si terrà in Alaska.", "it"),
        ("L'incontro tra Meloni e Macron avrà luogo a Roma.", "it"),
        ("Das Treffen zwischen Putin und Trump soll in Alaska stattfinden.", "de"),
    ],
)
def test_a_scheduled_summit_is_no_meeting(coder, text, lang):
    assert found(coder, text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le sommet entre les dirigeants chinois et américain a eu lieu en novembre.", "fr", ("040", "CHN", "USA")),
        ("Il vertice tra Putin e Trump si è svolto in Alaska.", "it", ("040", "RUS", "USA")),
        ("L'Allemagne a refusé de livrer des missiles Taurus à l'Ukraine.", "fr", ("122", "DEU", "UKR")),
        ("La Germania si rifiuta di inviare missili Taurus all'Ucraina.", "it", ("122", "DEU", "UKR")),
    ],
)
def test_a_summit_held_and_deliveries_refused(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("BERLIN (dpa) - Die Polizei hat bei einer Razzia gegen mutmaßliche Reichsbürger in mehreren Bundesländern 25 Menschen festgenommen.", "de", ("173", "DEU", "DEU")),
        ("ROMA (ANSA) - La polizia ha arrestato tre giovani accusati di aver aggredito un agente durante gli scontri.", "it", ("173", "ITA", "ITA")),
        ("PARIS (AFP) - La police a interpellé 40 personnes lors de heurts avec des manifestants à Nanterre.", "fr", ("173", "FRA", "FRA")),
        ("PARIS, 11 mars (AFP) - La police a interpellé mardi soir une trentaine de manifestants près de l'Assemblée nationale.", "fr", ("173", "FRA", "FRA")),
        ("ROMA (ANSA) - I sindacati hanno indetto uno sciopero generale contro la manovra del governo.", "it", ("143", "ITA", "ITA")),
    ],
)
def test_a_domestic_story_is_about_its_datelines_country(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


def test_a_dateline_does_not_outweigh_the_states_an_article_names(coder):
    text = "PARIS (AFP) - L'armée israélienne a bombardé le sud du Liban, tuant trois personnes."
    assert not any("FRA" in (s, t) for _, s, t in found(coder, text, "fr"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Moskau hat mit Vergeltung gedroht, falls westliche Waffen gegen russisches Territorium eingesetzt werden.", "de"),
        ("Der ukrainische Präsident Selenskyj hat Deutschland zu mehr Waffenlieferungen aufgefordert.", "de"),
    ],
)
def test_no_self_aimed_threat_and_no_delivery_asked_for(coder, text, lang):
    events = found(coder, text, lang)
    assert not any(s == t for _, s, t in events)
    assert not any(code.startswith("07") for code, _, _ in events)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'armée israélienne a frappé Damas mardi. La Turquie a condamné l'attaque.", "fr"),
        ("L'armée israélienne a frappé Damas mardi. « Nous condamnons fermement cette attaque », a déclaré le ministre turc des Affaires étrangères.", "fr"),
        ("L'esercito israeliano ha colpito Damasco. La Turchia ha condannato l'attacco.", "it"),
        ("L'esercito israeliano ha colpito Damasco. \"Condanniamo con fermezza questo attacco\", ha dichiarato il ministro degli Esteri turco.", "it"),
        ("Israel griff Damaskus an. Die Türkei verurteilte den Angriff.", "de"),
        ("Israel griff Damaskus an. \"Wir verurteilen diesen Angriff aufs Schärfste\", sagte der türkische Außenminister.", "de"),
    ],
)
def test_condemning_the_attack_reported_aims_at_its_attacker(coder, text, lang):
    events = found(coder, text, lang)
    assert ("190", "ISR", "SYR") in events
    assert ("111", "TUR", "ISR") in events


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Selon le ministère palestinien de la Santé, les frappes israéliennes ont tué 40 personnes à Gaza.", "fr", {("190", "ISR", "PSE")}),
        ("Secondo il ministero della Sanità di Gaza, i raid israeliani hanno ucciso 40 persone.", "it", {("190", "ISR", "PSE")}),
        ("Nach Angaben des palästinensischen Gesundheitsministeriums töteten israelische Angriffe 40 Menschen im Gazastreifen.", "de", {("190", "ISR", "PSE")}),
    ],
)
def test_strikes_that_killed_are_the_strike_alone(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Der französische Präsident ist zu einem Staatsbesuch in Deutschland.", "de", ("042", "FRA", "DEU")),
        ("Der chinesische Staatschef Xi Jinping ist in Moskau gelandet.", "de", ("042", "CHN", "RUS")),
        ("Il presidente della Repubblica Mattarella è atterrato a Tokyo per una visita di Stato.", "it", ("042", "ITA", "JPN")),
        ("Meloni ha avuto un bilaterale con il cancelliere tedesco a margine del vertice.", "it", ("040", "ITA", "DEU")),
        ("Le Premier ministre britannique a été reçu à l'Élysée par Emmanuel Macron.", "fr", ("043", "FRA", "GBR")),
        ("Le président chinois a atterri lundi à Paris.", "fr", ("042", "CHN", "FRA")),
        ("Bundeskanzler Scholz kam am Mittwoch mit dem polnischen Ministerpräsidenten Tusk zusammen.", "de", ("040", "DEU", "POL")),
    ],
)
def test_visits_landings_receptions_and_bilaterals(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'avion a atterri à Paris.", "fr"),
        ("Das Flugzeug mit den Geiseln ist in Tel Aviv gelandet.", "de"),
        ("Le chef de la diplomatie chinoise est attendu lundi à Paris.", "fr"),
    ],
)
def test_planes_landing_and_expected_visits_are_no_visits(coder, text, lang):
    assert found(coder, text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("TRIPOLI (ANSA) - Le autorità libiche hanno arrestato 45 migranti. Il ministro dell'Interno Matteo Piantedosi ha ringraziato Tripoli per la collaborazione.", "it", ("051", "ITA", "LBY")),
        ("Gérald Darmanin a rencontré son homologue algérien.", "fr", ("040", "FRA", "DZA")),
        ("Innenministerin Nancy Faeser traf ihren französischen Amtskollegen.", "de", ("040", "DEU", "FRA")),
    ],
)
def test_ministers_of_the_day_are_their_governments(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Gli scontri tra l'esercito sudanese e le Forze di supporto rapido continuano.", "it"),
        ("Gli scontri tra le Forze di supporto rapido e l'esercito sudanese continuano.", "it"),
        ("Les combats entre les Forces de soutien rapide et l'armée soudanaise ont repris.", "fr"),
        ("Bei Kämpfen zwischen der RSF-Miliz und der sudanesischen Armee starben Dutzende.", "de"),
    ],
)
def test_an_army_and_a_militia_joined_by_and_are_two_sides(coder, text, lang):
    from coder_cases import by_actor
    events = by_actor(coder, text, lang)
    assert ("190", "SDNMIL", "SDNREB") in events and ("190", "SDNREB", "SDNMIL") in events


def test_police_going_against_protesters_in_the_perfect(coder):
    text = "ANKARA (dpa) - Die türkische Polizei ist mit Tränengas gegen Demonstranten vorgegangen, die gegen die Festnahme des Istanbuler Bürgermeisters protestierten."
    assert ("175", "TUR", "TUR") in found(coder, text, "de")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'Allemagne a exprimé ses condoléances à la Turquie après le séisme.", "fr", ("018", "DEU", "TUR")),
        ("L'Italia ha espresso cordoglio al Marocco per le vittime del terremoto.", "it", ("018", "ITA", "MAR")),
        ("Die Bundesregierung sprach der Türkei ihr Beileid aus.", "de", ("018", "DEU", "TUR")),
        ("Israël a fermé le point de passage de Rafah.", "fr", ("172", "ISR", "PSE")),
        ("Washington a sommé Téhéran de cesser son soutien aux Houthis.", "fr", ("100", "USA", "IRN")),
        ("Le Japon a protesté auprès de la Chine contre l'incursion de navires dans ses eaux territoriales.", "fr", ("114", "JPN", "CHN")),
    ],
)
def test_condolences_crossings_and_summons(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président kényan William Ruto est arrivé lundi à Paris. Il a rencontré Emmanuel Macron à l'Élysée, avant de s'entretenir avec le Premier ministre.", "fr", {("042", "KEN", "FRA"), ("040", "KEN", "FRA")}),
        ("Il presidente keniano William Ruto è arrivato lunedì a Roma. Ha incontrato Giorgia Meloni a Palazzo Chigi.", "it", {("042", "KEN", "ITA"), ("040", "KEN", "ITA")}),
        ("Der kenianische Präsident William Ruto ist am Montag in Berlin eingetroffen. Er traf Bundeskanzler Olaf Scholz im Kanzleramt.", "de", {("042", "KEN", "DEU"), ("040", "KEN", "DEU")}),
    ],
)
def test_a_visitor_named_again_by_a_pronoun(coder, text, lang, expected):
    assert expected <= found(coder, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Il pacco è arrivato ieri a Roma.",
        "La nave con i migranti è arrivata martedì a Lampedusa.",
    ],
)
def test_things_and_ships_arriving_are_no_visits(coder, text):
    assert found(coder, text, "it") == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Emmanuel Macron a appelé Vladimir Poutine mardi.", "fr", ("041", "FRA", "RUS")),
        ("Macron a appelé Zelensky pour lui exprimer son soutien à l'Ukraine.", "fr", ("041", "FRA", "UKR")),
        ("Emmanuel Macron a appelé Vladimir Poutine à cesser les frappes.", "fr", ("020", "FRA", "RUS")),
        ("L'Union européenne a appelé la Russie, mardi, à retirer ses troupes.", "fr", ("020", "EEC", "RUS")),
        ("Meloni ha chiamato Zelensky per esprimere il sostegno dell'Italia.", "it", ("041", "ITA", "UKR")),
        ("Macron rief Putin am Dienstag an, um über die Ukraine zu sprechen.", "de", ("041", "FRA", "RUS")),
        ("Macron rief Putin zu einem Ende der Angriffe auf.", "de", ("020", "FRA", "RUS")),
    ],
)
def test_calling_a_leader_is_a_phone_call_and_calling_on_one_an_appeal(coder, text, lang, expected):
    events = found(coder, text, lang)
    assert expected in events
    assert not any(code in ("020", "041") and code != expected[0] for code, _, _ in events)


@pytest.mark.parametrize(
    "text",
    ["Il governo ha chiamato in causa la Francia.", "I cittadini sono chiamati alle urne domenica."],
)
def test_italian_idioms_of_calling_are_no_call(coder, text):
    assert not any(code == "041" for code, _, _ in found(coder, text, "it"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les négociations entre Kiev et Moscou sont au point mort depuis 2022.", "fr"),
        ("I negoziati tra Kiev e Mosca sono fermi dal 2022.", "it"),
        ("Die Verhandlungen zwischen Kiew und Moskau liegen seit 2022 auf Eis.", "de"),
        ("Le sommet entre Macron et Xi a été reporté.", "fr"),
        ("La France compte environ 350 militaires au Sénégal.", "fr"),
        ("Le Hamas est considéré comme une organisation terroriste par l'Union européenne.", "fr"),
        ("L'Italia conta circa 1.000 militari in Libano nell'ambito della missione Unifil.", "it"),
    ],
)
def test_stalled_talks_and_background_facts_are_no_events(coder, text, lang):
    assert found(coder, text, lang) == set()


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les négociations entre Israël et le Hamas ont repris au Caire.", "fr"),
        ("Die Gespräche zwischen Israel und der Hamas wurden in Kairo fortgesetzt.", "de"),
    ],
)
def test_talks_resumed_are_talks(coder, text, lang):
    assert ("04", "ISR", "PSE") in roots(found(coder, text, lang))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le Japon a fourni 10 millions de dollars d'aide d'urgence à la Turquie.", "fr", ("071", "JPN", "TUR")),
        ("La France a livré des canons Caesar à l'Ukraine.", "fr", ("072", "FRA", "UKR")),
        ("Die EU hat die Sanktionen gegen Russland um sechs Monate verlängert.", "de", ("163", "EEC", "RUS")),
        ("L'Unione europea ha prorogato le sanzioni contro la Russia.", "it", ("163", "EEC", "RUS")),
        ("Le Royaume-Uni a gelé les avoirs de plusieurs oligarques russes.", "fr", ("163", "GBR", "RUS")),
        ("Washington a levé une partie des sanctions contre le Venezuela.", "fr", ("085", "USA", "VEN")),
        ("Ungarn hat drei ukrainische Diplomaten ausgewiesen.", "de", ("166", "HUN", "UKR")),
    ],
)
def test_aid_arms_sanctions_and_expulsions(coder, text, lang, expected):
    assert expected in found(coder, text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'Algérie a expulsé des centaines de migrants vers le Niger.", "fr", {("174", "DZA", "NER")}),
        ("La Tunisia ha espulso decine di migranti verso la Libia.", "it", {("174", "TUN", "LBY")}),
        ("Les États-Unis ont expulsé des migrants vénézuéliens.", "fr", {("174", "USA", "VEN")}),
        ("L'Algérie a expulsé des centaines de migrants.", "fr", set()),
    ],
)
def test_deported_people_are_foreigners(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


def test_a_was_clause_reacts_to_the_doer_of_the_clause_before(coder):
    import datetime as dt
    def coded(text):
        return {(e.cameo_code, e.source_country, e.target_country) for e in coder.code_article("t", text, "de", dt.date(2023, 11, 17), "day")}
    assert coded('US-Präsident Joe Biden bezeichnete Xi anschließend als "Diktator", was Peking scharf kritisierte.') == {("111", "USA", "CHN"), ("110", "CHN", "USA")}
    assert ("111", "EEC", "RUS") in coded("Russland griff Kiew an, was die EU scharf verurteilte.")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("NIAMEY, 12 mars (AFP) - La junte au pouvoir au Niger a annoncé mercredi la suspension de la coopération militaire avec les États-Unis, accusant Washington de « mépris ».", "fr", {("160", "NER", "USA"), ("112", "NER", "USA")}),
        ("L'Egitto ha messo in guardia Israele contro un'offensiva di terra a Rafah.", "it", {("130", "EGY", "ISR")}),
    ],
)
def test_cooperation_suspended_and_a_warning_without_article(coder, text, lang, expected):
    assert found(coder, text, lang) == expected


def test_a_second_committed_infinitive_is_an_intent_with_its_own_object(coder):
    text = ("South Korea's foreign minister met his Japanese counterpart in Tokyo on Tuesday to discuss North Korea's missile programme. "
            "The two ministers agreed to expand the exchange of real-time missile warning data and to hold a trilateral meeting with the United States in the spring.")
    events = found(coder, text, "en")
    assert ("030", "KOR", "JPN") in events and ("030", "JPN", "KOR") in events
    assert ("036", "KOR", "USA") in events
    assert not any(code == "040" and target == "USA" for code, _, target in events)
    assert not any(code == "030" and target == "USA" for code, _, target in events)


def test_a_french_pair_agreeing_after_a_reception(coder):
    text = ("Le président sénégalais a reçu lundi à Dakar son homologue mauritanien pour une visite officielle de deux jours. "
            "Les deux chefs d'État ont signé un accord sur l'exploitation conjointe d'un gisement de gaz.")
    events = found(coder, text, "fr")
    assert ("057", "SEN", "MRT") in events and ("057", "MRT", "SEN") in events
