"""Who 'they', 'both sides', 'les trois alliés' and apposed people are, across sentences: two
people each given by an apposition and coordinated before a reciprocal verb both act; a person
whose apposition names no state is of the article's country and is remembered by name; a plural
pronoun after a sentence whose subject was a pair means that pair, not the last pair named in
an object; 'the three allies' are the states of the pairs named last; a compound adjective
('américano-japonais') names both states of the noun it follows and is no object of a verb."""

import datetime as dt
from pathlib import Path

import pytest

from coder_cases import by_actor
from coder_cases import by_country as found

SEED = Path(__file__).resolve().parent.parent / "data" / "samples" / "seed-article.txt"


def test_two_apposed_people_coordinated_before_a_reciprocal_verb_both_met(coder):
    text = ("La Corée du Sud et le Japon ont tenu des discussions lundi. Park Min-ho, directeur du bureau de la "
            "planification, et Sato Kenji, envoyé spécial du Japon pour les affaires nord-coréennes, se sont rencontrés à Séoul.")
    events = found(coder, text, "fr")
    assert {("040", "KOR", "JPN"), ("040", "JPN", "KOR")} <= events
    assert not any("PRK" in (source, target) for _, source, target in events)


def test_an_apposed_person_of_the_articles_country_is_remembered_by_name(coder):
    text = ("South Korea and Japan held talks on Monday. Park Min-ho, head of the planning bureau, and Kenji Sato, "
            "Japan's special envoy, met in Seoul. Park and Sato agreed to keep working together.")
    events = by_actor(coder, text)
    assert {("032", "KORGOV", "JPNGOV"), ("032", "JPNGOV", "KORGOV")} <= events


def test_they_after_a_pair_as_subject_is_that_pair_not_the_last_pair_in_an_object(coder):
    text = ("La Corée du Sud et le Japon ont tenu des discussions lundi. Les deux parties ont évoqué des échanges "
            "entre Séoul et Washington ainsi qu'entre Washington et Tokyo. Elles ont ensuite signé un accord commercial.")
    events = found(coder, text, "fr")
    assert {("057", "KOR", "JPN"), ("057", "JPN", "KOR")} <= events
    assert not any(code == "057" and "USA" in (source, target) for code, source, target in events)


def test_the_three_allies_are_the_states_of_the_pairs_named_last(coder):
    text = ("La Corée du Sud et le Japon ont tenu des discussions lundi. Les deux parties ont évoqué des échanges "
            "entre Séoul et Washington ainsi qu'entre Washington et Tokyo. Elles ont souligné la coordination entre les trois alliés.")
    dyads = {(source, target) for code, source, target in found(coder, text, "fr") if code == "050"}
    assert {("KOR", "USA"), ("USA", "JPN"), ("JPN", "KOR")} <= dyads
    assert all(source != target for source, target in dyads)


@pytest.mark.parametrize("lang, text, pair", [
    ("fr", "Le sommet américano-japonais a eu lieu hier.", ("USA", "JPN")),
    ("de", "Die deutsch-französischen Gespräche fanden in Paris statt.", ("DEU", "FRA")),
    ("en", "The Sino-US talks ended without agreement.", ("CHN", "USA")),
])
def test_a_compound_adjective_names_both_sides_of_a_meeting(coder, lang, text, pair):
    a, b = pair
    assert {("040", a, b), ("040", b, a)} <= found(coder, text, lang)


def test_a_compound_adjective_in_an_object_is_no_target(coder):
    text = ("La Corée du Sud et le Japon ont tenu des discussions lundi. "
            "Les deux pays ont partagé les résultats du récent sommet américano-japonais.")
    events = found(coder, text, "fr")
    assert {("040", "USA", "JPN"), ("040", "JPN", "USA")} <= events  # the summit
    assert not any(source == "KOR" and target == "USA" for _, source, target in events)


def test_both_sides_refers_back_and_is_no_role(coder):
    text = "Thailand and Cambodia held talks on Monday. Both sides signed a trade agreement."
    assert {("057", "THA", "KHM"), ("057", "KHM", "THA")} <= found(coder, text)


def test_the_seed_article_meeting_and_its_people(coder):
    text = SEED.read_text(encoding="utf-8").split("\n", 2)[2].strip()
    events = coder.code_article("seed", text, "fr", dt.date(2025, 2, 1), "month")
    by_sentence = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, set()).add((e.root, e.source_country, e.target_country))
    met = next(i for i, e in enumerate(events) if "se sont rencontrés" in e.sentence)
    assert {("04", "KOR", "JPN"), ("04", "JPN", "KOR")} <= by_sentence[events[met].sentence_index]
    jo_kanai = {(r, s, t) for e in events if e.sentence.startswith("Jo et Kanai") for r, s, t in [(e.root, e.source_country, e.target_country)]}
    assert jo_kanai and all({s, t} == {"KOR", "JPN"} for _, s, t in jo_kanai)
    allies = {(s, t) for e in events if "trois alliés" in e.sentence for s, t in [(e.source_country, e.target_country)]}
    assert {("KOR", "USA"), ("USA", "JPN"), ("JPN", "KOR")} <= allies
