"""The event coder: article text in, CAMEO events out, each traceable to its sentence.

No parser: the coder reads each sentence as a sequence of dictionary matches (actor mentions,
event patterns, function words) and decides by position, as a careful reader does with news
prose: the source is the actor group before the verb, the target the first actor after it
(or after by/par/von in a passive), reciprocal verbs with a compound subject give every
directed pair, and negated, modal or planned verbs are not events. Everything language-specific
is in the dictionaries (`dictionaries/<lang>/`); this module holds only the positional rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging

from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from . import lemmas
from .dates import resolve_event_date
from .lexicon import NOT_AN_EVENT, SAME_AS_BEFORE, ActorEntry, EventPattern, LanguageLexicon, Match, intent_code, load_event_codes, load_intents, load_language, load_subregions, longest_non_overlapping
from .text import SUPPORTED_LANGUAGES, Token, fold, split_sentences, tokenize

CODER_VERSION = "0.1.0"
log = logging.getLogger(__name__)

# How far (in tokens) the coder looks for actors around a trigger.
SOURCE_WINDOW = 25
TARGET_WINDOW = 14
MODIFIER_WINDOW = 4  # negation / modal words this close before a trigger cancel it


@dataclass(frozen=True, slots=True)
class Actor:
    country: str
    role: str | None

    @property
    def code(self) -> str:
        """CAMEO actor code: KORGOV, KOR, or IGOUNO for an organization."""
        if self.role in ("IGO", "NGO"):
            return self.role + self.country
        return self.country + (self.role or "")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actors: list[Actor]
    kind: str
    rule: str
    resolved: bool = False  # came from a pronoun or definite description
    oblique: bool = False  # inside a prepositional phrase ('near Thai troops'): not a subject


@dataclass(frozen=True)
class CodedEvent:
    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    source_actor: str | None
    source_country: str | None
    source_role: str | None
    target_actor: str | None
    target_country: str | None
    target_role: str | None
    cameo_code: str
    root: str
    quad_class: int
    goldstein: float
    event_date: dt.date | None
    language: str
    confidence: float
    rule: str
    coder_version: str
    source_start: int | None
    source_end: int | None
    target_start: int | None
    target_end: int | None
    trigger_start: int
    trigger_end: int

    def as_dict(self) -> dict:
        row = asdict(self)
        row["event_date"] = self.event_date.isoformat() if self.event_date else None
        return row


@dataclass
class Discourse:
    """What the article has said so far: the last group of actors, for 'they' / 'les deux parties'."""

    home: str | None = None  # the country the article is mostly about: bare "police", "rebels" belong to it
    ranking: list[str] = field(default_factory=list)  # every state the article names, most named first
    last_nonstate: Actor | None = None  # the last domestic non-state actor named (rebels, opposition)
    last_group: list[Actor] = field(default_factory=list)
    last_single: list[Actor] = field(default_factory=list)
    aliases: dict[str, list[Actor]] = field(default_factory=dict)  # folded name token -> actors (apposition)
    described: dict[str, str] = field(default_factory=dict)  # role words -> country of the last actor so described
    recent: list[list[Actor]] = field(default_factory=list)  # actors of the last sentence that named any, in order
    subject_age: int = 99  # sentences since the last one with a subject: 0 when the sentence before had one
    continued: bool = False  # this sentence's act took the previous sentence's subject (a pro-drop chain goes on)
    last_victim: Actor | None = None  # the target of the last violent act coded: whom a claim of responsibility is about
    last_event: tuple[str, Actor | None] | None = None  # code and target of the last event coded: what 'followed suit' repeats
    quote_speaker: list[Actor] | None = None  # the speaker of a quotation still open at the end of the last sentence
    named_states: dict[str, None] = field(default_factory=dict)  # states named as actors so far, not as places or datelines
    last_capture: tuple[Actor, Actor] | None = None  # (captor, captive) of the last arrest or abduction coded
    last_org: Actor | None = None  # the last international organisation named as a subject: what 'the alliance', 'the bloc' stand for
    last_armed_group: Actor | None = None  # the last armed group named (rebels, militants, a paramilitary force): what 'the group' stands for
    last_sentencer: Actor | None = None  # the court of the last sentence coded: whom 'criticised the verdict' is aimed at
    last_attacker: Actor | None = None  # the source of the last violent, coercive or sanctioning act coded: whom 'condemned the attack' is aimed at
    group_age: int = 99  # sentences since last_group was named
    group_oblique: bool = False  # ... inside a prepositional phrase ('in conjunction with the OAU and ECOWAS'): no subject
    subject_group: list[Actor] = field(default_factory=list)  # the last sentence's subject, when it was two states or more
    groups: list[list[Actor]] = field(default_factory=list)  # the groups the last sentence that named any named, in order
    met_pair: list[Actor] = field(default_factory=list)  # the two sides of a meeting the last sentence reported: 'Ambos acordaron'
    last_source: Actor | None = None  # the source of the last event coded: whose 'measure' a later criticism judges
    last_accusation: tuple[Actor, str] | None = None  # (accuser, accused country) of the last accusation coded: whom a denial answers
    meeting_pair: list[Actor] = field(default_factory=list)  # the two states of the last meeting, visit or call coded: 'the two leaders'
    meeting_age: int = 99  # sentences since meeting_pair was coded


class EventCoder:
    """Codes articles in the supported languages; any other language yields no events."""

    def __init__(self) -> None:
        self.codes = load_event_codes()
        self.intents = load_intents()

    def lexicon(self, lang: str) -> LanguageLexicon | None:
        return load_language(lang) if lang in SUPPORTED_LANGUAGES else None

    def code_article(self, article_id: str, text: str, language: str, published: dt.date | None = None, date_precision: str | None = None) -> list[CodedEvent]:
        lex = self.lexicon(language)
        if lex is None or not text:
            return []
        sentences = [(start, end, tokenize(text[start:end], lex.lang, offset=start)) for start, end in split_sentences(text)]
        views = [{} for _ in sentences]  # per-sentence key strings shared by every matcher
        actor_matches = [_as_of(_find_actors(tokens, lex, v), published) for (_, _, tokens), v in zip(sentences, views)]
        _resolve_namesakes(actor_matches, sentences)
        ranking = _country_ranking(actor_matches, published, sentences)
        discourse = Discourse(home=ranking[0] if ranking else None, ranking=ranking)
        events: list[CodedEvent] = []
        for index, (start, end, tokens) in enumerate(sentences):
            try:
                views[index]["actors"] = actor_matches[index]
                events.extend(self._code_sentence(article_id, text, index, start, end, tokens, lex, discourse, published, date_precision, views[index]))
            except Exception:  # noqa: BLE001 — one bad sentence must not lose the article
                log.exception("coder failed on article %s sentence %d; continuing", article_id, index)
        return events

    # ------------------------------------------------------------------ one sentence

    def _code_sentence(self, article_id, text, index, start, end, tokens, lex, discourse, published, precision, views=None) -> list[CodedEvent]:
        sentence = text[start:end]
        if not tokens:
            return []
        views = {} if views is None else views
        modifiers = _modifier_positions(lex, tokens, views)
        if lex.lang == "de":
            _german_sie(tokens, modifiers)
        found = lex.events.find(tokens, views)
        candidates = longest_non_overlapping(found)
        views["trigger_ends"] = {m.end for m in candidates}  # ('lashed out at X', 'entschuldigte sich bei X')
        # ('will travel to Kabul for talks with X'): the place a visit goes to is a place for every other act
        views["visit_ends"] = {m.end for m in candidates if m.payload.code == VISIT and "place" in m.payload.options}
        # ('military aid', 'promised military assistance'): a role word inside a phrase of aid or cooperation qualifies it
        # (and 'withdrew its troops from Somalia': the forces a de-escalation pulls back are the doer's own, not its target)
        views["aid_spans"] = [(m.start, m.end) for m in candidates if m.end - m.start > 1 and (m.payload.code[:2] in ROLE_QUALIFIED_ROOTS or m.payload.code.startswith(DE_ESCALATION))]
        views["inner_spans"] = [(m.start, m.end) for m in candidates if m.end - m.start > 2 and m.payload.code[:2] in INNER_QUALIFIED_ROOTS]
        # ('opened an embassy in Tehran', 'reopened its embassy'): the role word a diplomatic act's pattern ends on is its object
        views["object_spans"] = [(m.start, m.end) for m in candidates if m.end - m.start > 1 and m.payload.code[:2] == DIPLOMATIC_ROOT]
        # ('a general strike', 'went on a general strike'): a role word inside a protest phrase, before its last word, names the protest
        # ... and so does 'opposition' or 'military' inside a refusal's, threat's or attack's ('voiced strong opposition to', 'threatened military action against')
        views["protest_spans"] = [(m.start, m.end) for m in candidates if m.end - m.start > 1 and (m.payload.code[:2] == PROTEST_ROOT or _qualifying_role_word(tokens, m))]
        # ('paid an official visit to Kenya'): a role word right before the last word of a visit or talks phrase qualifies them
        views["consult_spans"] = [(m.start, m.end) for m in candidates if m.end - m.start > 2 and m.payload.code[:2] == CONSULT_ROOT and tokens[m.end - 1].text.isalpha() and not _any_kind_at(modifiers, PREPOSITIONS, m.end - 1)]
        mentions = _find_mentions(tokens, lex, modifiers, discourse, published, {m.start for m in candidates}, views)
        if "suspect" in modifiers:
            _keep_suspected_doers(tokens, modifiers, mentions)
        candidates = _shorter_inside_actor_overlaps(candidates, found, mentions)
        triggers = [
            m
            for m in candidates
            if m.payload.code != NOT_AN_EVENT
            if not _overlaps_any(m, mentions) and not _in_modifier(m, modifiers, "attribution") and (not _after_preposition(m, modifiers, tokens, mentions, lex.lang) or _owned_in_phrase(tokens, m, mentions, modifiers, lex.lang) or _fronted_visit(tokens, m, mentions, modifiers, lex.lang) or _died_in_attack(tokens, m, lex) or (m.payload.code == ARREST and _custody(tokens, m, mentions, modifiers) is not None))
            if not (lex.lang == "en" and _gerund_qualifier(tokens, m, modifiers, candidates))
            if not (lex.lang in VERB_FINAL_LANGUAGES and _directive_aim(tokens, m, modifiers, candidates))
        ]
        if len(triggers) > 1:
            triggers = [m for m in triggers if not _means_of_violence(m, candidates, modifiers)]
        # 'stalled over a rebel demand that Gbagbo step down', 'amid threats to impose sanctions': a
        # speech act named inside a phrase is no event, but what it asks for or threatens is not one either
        phrased = [m for m in candidates if m.payload.code[:2] in CONTENT_ROOTS and m not in triggers] if len(candidates) > len(triggers) else []
        trigger_starts = {m.start for m in candidates}
        date_spans: list[tuple[int, int]] = []
        event_date = resolve_event_date(tokens, lex, published, precision, views, date_spans) if triggers else None
        for d_start, d_end in date_spans:
            modifiers.add("date", d_start, d_end)  # ('amenazó este lunes con imponer aranceles': a date is no object)
        seen: set[tuple] = set()
        events = []
        quoted = _has_quote(sentence)  # most sentences quote no one: skip the quotation rules at once
        quote = _quote_with_speaker(tokens, modifiers, mentions, discourse, lex) if triggers and quoted else None
        continued = discourse.quote_speaker
        if continued is not None:
            # 'X said: "We condemn the attack. We will send aid."': the quotation goes on
            close = next((k for k, t in enumerate(tokens) if t.text in QUOTES), len(tokens))
            if quote is None or quote[0] > close:
                quote = (0, close, Mention(0, 0, list(continued), "reference", "quote_speaker", resolved=True))
        discourse.quote_speaker = _open_quote_speaker(tokens, modifiers, mentions, lex.lang, continued) if quoted or continued else None
        asked = _question_end(tokens) if "?" in sentence else None
        previous: Match | None = None
        met_pair: list[Actor] | None = None  # the two sides of a meeting this sentence reports
        last_pair: tuple | None = None  # (source, target) of the last event of this sentence with a target
        usable_ids: set[int] | None = None
        previous_subject: Mention | None = None
        for trig in triggers:
            pattern: EventPattern = trig.payload
            repeated = None
            if pattern.code == SAME_AS_BEFORE:
                # 'Britain and Australia followed suit', 'en prenant la même décision': the act coded last
                if discourse.last_event is None or any(0 <= m.start - trig.end <= SAME_ACT_REACH and m.payload.code not in (SAME_AS_BEFORE, NOT_AN_EVENT) for m in candidates):
                    continue  # ('faisait de même en renvoyant l'ambassadeur': the act is named after all)
                repeated = discourse.last_event[1]
                trig = Match(trig.start, trig.end, EventPattern(discourse.last_event[0], pattern.options | {"opt_target"}, pattern.rule))
                pattern = trig.payload
            if phrased and _content_of_phrased_act(tokens, trig, phrased, previous, modifiers, mentions, lex.lang):
                continue
            gerund = _gerund(tokens, trig, lex.lang)  # 'en exhortant': 'en' is no infinitive marker here
            complement = not gerund and _is_complement(tokens, trig, modifiers, previous, mentions, lex.lang) and not _owned_act(tokens, trig, previous, mentions, modifiers, lex.modifier_words, lex.lang)
            coordinated = previous is not None and _coordinated_verbs(tokens, previous, trig, modifiers, mentions)
            shared = previous_subject if coordinated else None
            if shared is None and not gerund and _after_temporal_opener(tokens, trig, modifiers, mentions):
                gerund = True  # 'spoke to reporters after meeting his Saudi counterpart', 'après avoir rencontré', 'tras reunirse'
            if shared is None and gerund:
                # 'a condamné le bombardement du village turc en appelant Damas à': the gerund's
                # subject is the sentence's, not the nearest actor
                shared = next((m for m in mentions if m.end <= trig.start and not m.oblique and m.kind not in ("location", "anti", "clitic") and all(a.country for a in m.actors)), None)
            if shared is None and quote is not None and _speaks_in_quote(tokens, trig, quote, mentions, lex, modifiers):
                shared = quote[2]  # '"We condemn the strikes," the minister said': the speaker
            if shared is None and lex.lang in PRO_DROP_LANGUAGES and not gerund:
                shared = _dropped_subject(tokens, trig, mentions, modifiers, discourse)
            # ('80.000 militaires russes mobilisés aux portes de l'Ukraine': deployed troops and
            # aid sent act for the state that sent them)
            participle = not coordinated and pattern.code[:2] not in SELF_EXCLUDED_ROOTS and _bare_participle(tokens, trig, lex.lang)
            prior, previous = previous, trig  # previous_subject stays that of the last act coded ('condemned the strike and vowed')
            if complement and lex.lang in VERB_FINAL_LANGUAGES and prior is not None and prior.payload.code[:2] in CONTENT_ROOTS:
                previous = prior  # ('rief X auf, den inhaftierten Schriftsteller freizulassen': the whole infinitive clause is the appeal's)
            if complement:
                # 's'est engagé à fournir une aide au Népal', 'threatened to expel its diplomats': the
                # promised or threatened act, coded as the promise or threat of it, names the target
                content = trig
                trig = _announced_act(prior, trig, self.intents)
                if trig is None:
                    if prior is not None and prior.payload.code[:2] in JUDGING_ROOTS and (held := _detained_opposition(tokens, content, mentions, modifiers)) is not None:
                        # 'kritisierte die fortgesetzte Inhaftierung von Oppositionspolitikern': the state holds its own opposition
                        key = (content.payload.code, held[0][1].code, held[1][1].code)
                        if key not in seen and not _is_cancelled(tokens, content, modifiers):
                            seen.add(key)
                            events.append(self._event(article_id, index, sentence, lex.lang, content.payload.code, content.payload.rule, content, tokens, held[0], held[1], 0.5, event_date))
                    continue
                pattern = trig.payload
            cancelled = _is_cancelled(tokens, trig, modifiers)
            if cancelled is None and asked is not None and trig.end <= asked:
                continue  # 'Why did Russia invade Ukraine?', '¿Atacará Rusia a Polonia?': a question reports no act
            if cancelled is None and lex.lang in VERB_FINAL_LANGUAGES:
                cancelled = _german_modal_scope(tokens, trig, modifiers)
            if cancelled == "modal" and "condition" in modifiers and (threat := _conditional_threat(tokens, trig, modifiers, lex, self.intents)):
                # 'the EU could impose sanctions if Russia ...': a conditional hostile act is a threat
                pattern = EventPattern(threat, pattern.options, pattern.rule)
                trig = Match(trig.start, trig.end, pattern)
                cancelled = None
            if cancelled in ("negation", "modal"):
                continue
            if lex.lang == "en" and _counted_attributive(tokens, trig):
                continue  # 'rescued 15 kidnapped worshippers': the participle describes them, the rescue is the act
            if cancelled is None and "death" in lex.modifier_words and _obituary_clause(tokens, trig, modifiers, lex.modifier_words["death"]):
                continue  # 'The former Egyptian president, who signed a peace treaty with Israel, died on Sunday'
            if cancelled is None and published is not None and (_in_past_year(tokens, trig, modifiers, published.year if published.month > 1 else published.year - 1)
                                                                or (lex.lang in VERB_FINAL_LANGUAGES and _middle_field_year(tokens, trig, modifiers, published.year if published.month > 1 else published.year - 1))
                                                                or ("since" in modifiers and lex.lang == "en" and _since_background(tokens, trig, published.year))):
                continue  # 'since Russia invaded Ukraine in February 2022', 'fought a brief war in 1962': background
            if usable_ids is None:  # the same for every trigger of the sentence: computed once
                usable_ids = {id(m) for m in mentions if _usable(m, tokens, modifiers)}
            subject_here = None
            meeting = "recip" in pattern.options and pattern.code[:2] == "04" and pattern.code not in ("042", "043") and "noun" not in pattern.options
            if meeting and not cancelled and _collective_object(trig, mentions):
                # 'a rencontré des dirigeants de pays arabes': people of no one state, a null target
                pattern = EventPattern(pattern.code, pattern.options | {"opt_target"}, pattern.rule)
            met: list[tuple] = []
            relative = _with_relative(tokens, trig, modifiers, mentions) if "with_relative" in modifiers and "recip" in pattern.options else None

            def dyads_of(pattern: EventPattern) -> list:
                return list(_dyads(
                    tokens, trig, pattern, mentions, modifiers, discourse.home, lex.lang, discourse.ranking, discourse.last_nonstate, subject=shared, usable_ids=usable_ids,
                    participle=participle, trigger_starts=trigger_starts, settlements=lex.modifier_words.get("settlement", frozenset()), words=lex.modifier_words, last_source=discourse.last_source))

            held = _custody(tokens, trig, mentions, modifiers) if pattern.code == ARREST else None
            dyads = [((held[0], a), (held[1], b), 0.7) for a in held[0].actors for b in held[1].actors if a != b] if held else None
            if dyads is None and relative is None and pattern.code == SHOW_OF_FORCE and _exercise(tokens, trig, lex.modifier_words.get("exercise", frozenset())):
                # 'French and Egyptian warships launched war games': an exercise held by two or more
                # states together is military cooperation between them (062), not a show of force
                joint = EventPattern(JOINT_EXERCISE, pattern.options | {"recip", "notarget"}, pattern.rule)
                sides = dyads_of(joint)
                if sides and all(t is not None and t[0] is s[0] for s, t, _ in sides):
                    pattern, dyads = joint, sides
            if dyads is None:
                dyads = _relative_dyads(*relative) if relative is not None else dyads_of(pattern)
            if not dyads and last_pair is not None and pattern.code[:2] in COUNTED_OBJECT_ROOTS and _bare_number_object(tokens, trig):
                # 'dispersed the demonstrators and arrested 30': the number counts the people just acted on
                dyads = [(last_pair[0], last_pair[1], 0.6)]
            if not dyads and lex.lang == "en" and pattern.code[:2] in COUNTED_OBJECT_ROOTS and _counted_object(tokens, trig):
                # 'Gunmen kill 20 in attack on village', 'Turkish police detain hundreds as protests grow': people counted, not named
                dyads = [(s, victims, c) for s, t, c in dyads_of(EventPattern(pattern.code, pattern.options | {"opt_target"}, pattern.rule)) if s is not None and t is None and (victims := _counted_victims(tokens, trig, mentions, s, discourse.home)) is not None]
            if not dyads and relative is None and cancelled == "future" and pattern.code[:2] in ANNOUNCED_COOPERATION_ROOTS and not ({"notarget", "opt_target"} & pattern.options):
                # 'a annoncé qu'il allait mener plusieurs manoeuvres conjointes': an announced
                # cooperative act whose partner is neither named nor known is an intent with no target (0312)
                pattern = EventPattern(pattern.code, pattern.options | {"opt_target"}, pattern.rule)
                dyads = dyads_of(pattern)
            if not dyads and lex.lang == "en" and pattern.code in RELEASE_DEMANDS and "location" in modifiers and (held := _detaining_state(tokens, trig, candidates, mentions, modifiers)) is not None:
                # 'demanded the release of its nationals detained in the United States': aimed at the state that holds them
                dyads = [((s_m, s_a), (held, held.actors[0]), c) for (s_m, s_a), _, c in dyads_of(EventPattern(pattern.code, pattern.options | {"opt_target"}, pattern.rule)) if s_a.country != held.actors[0].country]
            if not dyads and lex.lang == "en" and pattern.code in RELEASE_DEMANDS and discourse.last_capture is not None:
                # 'Police arrested opposition leader X. The United States called for his release': aimed at his captor
                captor = discourse.last_capture[0]
                held_by = Mention(trig.start, trig.end, [captor], "implicit", pattern.rule, resolved=True)
                dyads = [(sd, (held_by, captor), c) for sd, _, c in dyads_of(EventPattern(pattern.code, pattern.options | {"opt_target"}, pattern.rule)) if sd is not None and sd[1] != captor]
            if not dyads and lex.lang == "en" and pattern.code[:2] == DISAPPROVE_ROOT and "opt_target" not in pattern.options and (discourse.last_attacker is not None and _judges_past_violence(tokens, trig, candidates, modifiers) or discourse.last_sentencer is not None and _judges_verdict(tokens, trig, modifiers)):
                # 'Washington has criticised the verdict': the act judged names no one; whoever did it is the target
                dyads = dyads_of(EventPattern(pattern.code, pattern.options | {"opt_target"}, pattern.rule))
            for source, target, confidence in dyads:
                if subject_here is None and source is not None:
                    subject_here = source[0]
                    if previous_subject is None or not (_is_nominal(trig, modifiers) or any(m.end == trig.start and m.start > 0 and _kind_at(modifiers, "determiner", m.start - 1) for m in mentions)):
                        previous_subject = source[0]  # ('condenó el ataque iraní y reafirmó': not the noun's owner)
                code = pattern.code
                if "attributed" in pattern.options and source is not None:
                    # 'X was responsible for the killings, the mission said': the speaker accuses X
                    speaker = _attributing_speaker(tokens, trig, modifiers, mentions, source[0])
                    if speaker is None or source[1] in speaker.actors:
                        continue
                    source, target = (speaker, speaker.actors[0]), source
                if cancelled == "commitment" and code[:2] in DECIDED_BY_AGREEMENT_ROOTS and _agreed_decision(tokens, trig, modifiers):
                    confidence -= 0.1
                elif cancelled == "commitment":
                    # 'Jordan and Britain agreed to hold joint exercises': the agreement (0312), not the exercise
                    code = COMMITTED_INTENTS.get(code[:2]) or intent_code(code, self.intents)
                    confidence -= 0.1
                elif cancelled == "future":
                    if repeated is not None or pattern.code == SAME_AS_BEFORE:
                        continue  # 'said it will do the same': a plan, and its act is not named
                    # only the speaker's own announcement counts: "Bahrain said it will give access"
                    announced = _announced(tokens, trig, modifiers, mentions, source, self.intents, code)
                    if announced is None and lex.lang == "en" and code[:2] == CONSULT_ROOT and target is not None and "report_verb" in modifiers:
                        # 'X will visit Albania in June, the embassy said': a planned visit or meeting
                        # with its counterpart named is the intent to meet (036), whoever reports it
                        # (unreported, 'Brazil will host Argentina next month' is no event)
                        announced = intent_code(code, self.intents)
                    if announced is None and code[:2] in STATED_PLAN_ROOTS.get(lex.lang, ()) and _stated_plan(tokens, trig, modifiers, source[0], lex):
                        announced = intent_code(code, self.intents)
                    code = announced
                    if code is None:
                        continue
                    if code == FORCE_THREAT and pattern.code[:2] == "15" and target is not None and target[1].role == "IGO":
                        code = MILITARY_COOPERATION_INTENT  # 'vai enviar 100 militares para a missão da NATO': troops for an alliance's mission
                    confidence -= 0.2
                elif (verbal := _option(pattern, "verbal")) and _political_quarrel(source, target):
                    code = verbal  # 'Salvini ha attaccato Macron', 'Merz griff Scholz an': words, not force
                elif (mil := _option(pattern, "mil")) and (source[1].role in ("MIL", "COP", "UAF") or _armed(target) or (pattern.code == ATTACK and _interstate(source, target))):
                    code = mil  # armed forces killing, or anyone killing fighters: combat
                elif mil and source[1].role not in NON_STATE_ROLES and (act := _military_act_of_phrase(source[0], trig, candidates, modifiers, tokens)) is not None:
                    code = act  # 'tués dans une frappe aérienne israélienne': the strike that killed them
                elif (jud := _option(pattern, "jud")) and source[1].role == "JUD":
                    code = jud  # 'Un tribunal de Madrid condenó a un ciudadano marroquí': a court condemning convicts (116)
                elif code in (ARREST, SEIZE) and target is not None and _captured_place(tokens, trig, target[0]):
                    code = OCCUPY  # 'M23 rebels captured Minova', 'Russian forces captured Kupiansk': a place taken, not people held
                elif code == RIOT and source is not None and source[1].role in ARMED_ROLES:
                    code = "190" if source[1].role in ("MIL", "COP", "UAF") else ASSAULT  # 'troops stormed the presidential palace': an armed assault, not a riot
                elif code == ASSAULT and source is not None and source[1].role in RIOTING_ROLES:
                    code = RIOT  # 'protesters attacked the embassies', 'demonstrators stormed': a violent protest (145), not an assault
                if code[:2] == FIGHT_ROOT and source is not None and target is not None and source[1].role in REPRESSING_ROLES and source[1].country == target[1].country and "recip" not in pattern.options and _protesters(tokens, target[0]):
                    code = REPRESSION  # 'security forces opened fire on opposition supporters protesting', 'police shot dead 16 protesters': a state's violent repression of its own people
                if code == APPEAL and lex.lang == "es" and target is not None and _phoned(tokens, trig, target[0], modifiers):
                    code = PHONE_CALL  # 'Trump llamó a Sheinbaum para hablar de los aranceles': a call, not an appeal
                if code == APPEAL and target is not None and lex.lang in CALL_VERBS and _called_by_phone(tokens, trig, target[0], CALL_VERBS[lex.lang]):
                    code = PHONE_CALL  # 'Macron a appelé Vladimir Poutine mardi': a call, not an appeal ('appelé X à cesser')
                if code == MEETING and "phone" in modifiers and _by_phone(trig, modifiers):
                    code = PHONE_CALL  # 'discussed the crisis with the Jordanian king by phone'
                if code == VISIT and target is not None and source is not None and target[0].start == trig.end and _attributive_visiting(tokens, trig, modifiers):
                    source, target = target, source  # 'told visiting Chinese Premier Li Qiang': the one named after 'visiting' came
                    if target[1].country == source[1].country:
                        continue  # ("Jordan's visiting King Abdullah": his own state is not whom he visits)
                if target is not None and source is not None and target[0] is source[0] and code[:2] in ONE_SIDED_ROOTS and "recip" not in pattern.options:
                    continue  # 'killed in clashes between police and protesters': the clash's two sides did not kill each other one-sidedly
                if (mass := _option(pattern, "mass")) and _mass_victims(tokens, trig, modifiers) and not _armed(target):
                    code = mass  # a mass killing is of non-combatants: '2,000 rebels killed' is fighting
                if (code[:2] in AERIAL_ROOTS or code == "190") and code[:3] not in NOT_AERIAL and _aerial(tokens, source, lex):
                    code = AIR_STRIKE  # 'Russian aircraft killed 46 civilians', 'des hélicoptères ont tué': an air strike
                if target is None and source is not None and "claim" in pattern.options:
                    target = _claimed_victim(trig, pattern, source, discourse)
                if target is not None and code[:2] == DISAPPROVE_ROOT and _victim_of_judged_attack(trig, target[0], candidates, mentions, modifiers):
                    target = None  # 'condemned the attack on Israel': Israel was attacked, not condemned
                if target is not None and lex.lang == "en" and code[:2] == APPEAL_ROOT and "infinitive" in modifiers and _unnamed_addressee(tokens, trig, target[0], mentions, modifiers):
                    continue  # 'urged the international community to increase pressure on Israel': Israel is not addressed
                if target is not None and source is not None and target[0].kind == "role_home" and code in RELEASE_DEMANDS and lex.lang == "en" and (held := _detaining_state(tokens, trig, candidates, mentions, modifiers)) is not None and held.actors[0].country != source[1].country:
                    target = held, held.actors[0]  # 'called for the release of the journalist detained in China'
                if source is not None and lex.lang == "en" and code[:2] in ACT_JUDGING_ROOTS and ("agent" in modifiers or "location" in modifiers) and (doer := _judged_act_doer(tokens, trig, candidates, mentions, modifiers)) is not None:
                    if set(doer.actors) & set(source[0].actors):
                        continue  # 'praised the release of the hostages by its own forces': no one else judged
                    target = doer, doer.actors[0]  # 'welcomed the release of X by China', 'condemned the killing of Y by Saudi agents'
                if target is None and source is not None and lex.lang in JUDGED_ATTACK_LANGUAGES and code[:2] == DISAPPROVE_ROOT and _judges_past_violence(tokens, trig, candidates, modifiers):
                    target = _attacker_judged(trig, pattern, source, discourse)
                if target is None and source is not None and lex.lang == "en" and code[:2] == DISAPPROVE_ROOT and discourse.last_sentencer is not None and _judges_verdict(tokens, trig, modifiers):
                    target = _attacker_judged(trig, pattern, source, discourse, discourse.last_sentencer)
                if target is None and source is not None and discourse.last_accusation is not None and (code == DENIAL or code[:2] == REJECT_ROOT):
                    target = _answered_accuser(trig, pattern, source, discourse)  # 'X a accusé le Rwanda ... Kigali a rejeté ces accusations': aimed at X
                if target is None and repeated is not None:
                    if repeated.country in {a.country for a in source[0].actors}:
                        continue  # the act repeated was aimed at the repeater's own side: not the same act
                    target = Mention(trig.start, trig.end, [repeated], "implicit", pattern.rule, resolved=True), repeated
                if source is not None and "nonstate" in pattern.options and (source[1].role is None or source[1].role in STATE_ROLES):
                    continue  # 'recalled its ambassador in protest at': a state's protest is no demonstration
                if source is not None and "armed" in pattern.options and source[1].role not in ARMED_ROLES:
                    continue  # 'the delegation withdrew from the talks': only armed forces retreat
                if source is not None and "official" in pattern.options and source[1].role not in OFFICIAL_ROLES:
                    if code != VISIT or source[1].role != "MIL" or target is None or target[1].country in {a.country for a in source[0].actors}:
                        continue  # 'refugees flew to Germany': only officials visit
                    code = TROOPS_DEPLOYED  # 'Kenyan troops arrived in Haiti': troops arriving abroad are deployed there
                if source is not None and code[:2] == PROTEST_ROOT and (source[1].role == "IGO" or source[1].role in STATE_ROLES) and _protest_noun(trig, modifiers) and not (source[1].role == "LEG" and code in LAWMAKERS_PROTESTS):
                    continue  # 'the UN report on the September protests', 'the government's response to the demonstrations': not theirs
                if source is not None and lex.lang == "en" and code in (PROTEST_VERB_CODE, DISAPPROVE_CODE) and tokens[trig.start].key == PROTEST_LEMMA:
                    code = _protest_by(source, code, tokens, trig, modifiers)
                    if code is None:
                        continue
                if source is not None and code[:2] == PROTEST_ROOT and (source[1].role in FORCES_OF_ORDER or code == RIOT and source[1].role in ARMED_ROLES):
                    continue  # 'police blocked the road to parliament', 'troops sealed off the square': forces do not demonstrate ('militants stormed a train': nor do armed groups riot)
                key = (code, source[1].code if source else None, target[1].code if target else None)
                if key in seen or source is None:
                    continue
                seen.add(key)
                events.append(self._event(article_id, index, sentence, lex.lang, code, pattern.rule, trig, tokens, source, target, confidence, event_date))
                if target is not None:
                    last_pair = (source, target)
                if code == "042" and target is not None and _at_seat(target[0], modifiers) and (key := ("043", target[1].code, source[1].code)) not in seen:
                    seen.add(key)  # 'une visite à l'Elysée du président béninois': the palace's occupant received him
                    events.append(self._event(article_id, index, sentence, lex.lang, "043", pattern.rule, trig, tokens, target, source, confidence - 0.1, event_date))
                if target is not None and code[:2] in VIOLENT_ROOTS:
                    discourse.last_victim = target[1]
                if code[:2] in JUDGED_ROOTS:
                    discourse.last_attacker = source[1]
                if code == SENTENCE:
                    discourse.last_sentencer = source[1]
                discourse.last_event = (code, target[1] if target is not None else None)
                discourse.last_source = source[1] if code[:2] not in VIOLENT_ROOTS else None  # (a strike is no 'decision' or 'measure')
                if meeting and code == pattern.code:
                    met.append((source, target))
                    if met_pair is None and target is not None and source[1].country != target[1].country:
                        met_pair = [source[1], target[1]]  # (the first: 'met X ... to discuss Y' met X)
                if target is not None and code.startswith(CAPTURE_CODES):
                    discourse.last_capture = (source[1], target[1])
                if target is not None and code.startswith(ACCUSATION) and target[1].country != source[1].country:
                    discourse.last_accusation = (source[1], target[1].country)
            if met and (place := _meeting_place(tokens, trig, mentions, modifiers)) is not None:
                # 'avait rencontré des dirigeants de pays arabes en Arabie saoudite': the one who
                # came to the place the meeting was held in visited it (042)
                for source, target in met:
                    key = ("042", source[1].code, place[1].code)
                    if key in seen or place[1].country == source[1].country or (target is not None and target[1].country != place[1].country):
                        continue  # (a meeting with a third state's envoy there is no visit to the host)
                    seen.add(key)
                    events.append(self._event(article_id, index, sentence, lex.lang, "042", pattern.rule, trig, tokens, source, place, 0.5, event_date))
            if lex.lang == "en" and pattern.code == ACCUSATION and subject_here is not None and (backer := _accused_backer(tokens, trig, candidates, mentions, modifiers)) is not None:
                # 'accused protesters of pursuing an agenda backed by Iran': the backer is accused too
                for b in backer.actors:
                    key = (ACCUSATION, subject_here.actors[0].code, b.code)
                    if key not in seen and b.country not in {a.country for a in subject_here.actors}:
                        seen.add(key)
                        events.append(self._event(article_id, index, sentence, lex.lang, ACCUSATION, pattern.rule, trig, tokens, (subject_here, subject_here.actors[0]), (backer, b), 0.6, event_date))
            if pattern.code == RELEASE and not any(e.cameo_code == RELEASE for e in events) and (freed := _released_by_captor(tokens, trig, mentions, modifiers, discourse, lex)):
                # 'The two were released to the high commission': by those who had arrested them
                source, target = freed
                key = (RELEASE, source[1].code, target[1].code)
                if key not in seen:
                    seen.add(key)
                    events.append(self._event(article_id, index, sentence, lex.lang, RELEASE, pattern.rule, trig, tokens, source, target, 0.6, event_date))
        if lex.lang == "en" and not any(e.cameo_code[:2] in VIOLENT_ROOTS for e in events) and (blast := _unattributed_attack(tokens, candidates, mentions, modifiers)) is not None:
            # 'A roadside bomb near Samarra killed a U.S. soldier': attackers no one names, of the place
            trig, source, target = blast
            key = (trig.payload.code, source[1].code, target[1].code)
            if key not in seen:
                seen.add(key)
                events.append(self._event(article_id, index, sentence, lex.lang, trig.payload.code, trig.payload.rule, trig, tokens, source, target, 0.5, event_date))
                discourse.last_victim, discourse.last_attacker = target[1], source[1]
        for trig, source, target in _abused_in_custody(tokens, candidates, mentions, modifiers):
            # 'a prisoner died as a result of torture while in Israeli police custody': by the holder
            key = (trig.payload.code, source[1].code, target[1].code)
            if key not in seen and not _is_cancelled(tokens, trig, modifiers):
                seen.add(key)
                events.append(self._event(article_id, index, sentence, lex.lang, trig.payload.code, trig.payload.rule, trig, tokens, source, target, 0.6, event_date))
        ongoing = lex.modifier_words.get("ongoing")
        if ongoing:
            for m in candidates:
                # 'eine Antwort auf ... die fortgesetzte Inhaftierung von Oppositionspolitikern': a
                # detention said to go on, named inside a phrase, has happened
                if m.payload.code.startswith("173") and _said_ongoing(tokens, m, ongoing) and (held := _detained_opposition(tokens, m, mentions, modifiers)) is not None:
                    key = (m.payload.code, held[0][1].code, held[1][1].code)
                    if key not in seen and not _is_cancelled(tokens, m, modifiers):
                        seen.add(key)
                        events.append(self._event(article_id, index, sentence, lex.lang, m.payload.code, m.payload.rule, m, tokens, held[0], held[1], 0.5, event_date or resolve_event_date(tokens, lex, published, precision, views)))
        if "obligation" in modifiers:
            if quote is None and quoted and not triggers:  # (computed above only for sentences with acts)
                quote = _quote_with_speaker(tokens, modifiers, mentions, discourse, lex)
            for code, source, target, trig, confidence in _obligations(tokens, modifiers, mentions, lex, quote):
                key = (code, source[1].code, target[1].code)
                if key not in seen:
                    seen.add(key)
                    when = event_date if triggers else resolve_event_date(tokens, lex, published, precision, views)
                    events.append(self._event(article_id, index, sentence, lex.lang, code, trig.payload.rule, trig, tokens, source, target, confidence, when))
        _update_discourse(discourse, mentions)
        if met_pair is not None:
            discourse.met_pair = met_pair  # (for the next sentence only: _update_discourse clears it)
        discourse.meeting_age += 1
        if events and discourse.group_age > 0:
            _remember_meeting_pair(discourse, events)
        return events

    def _event(self, article_id, index, sentence, lang, code, rule, trig, tokens, source, target, confidence, event_date) -> CodedEvent:
        code = self.codes[code]
        s_mention, s_actor = source
        t_mention, t_actor = target if target else (None, None)
        ident = "|".join([article_id, str(index), code.code, s_actor.code, t_actor.code if t_actor else "-"])
        return CodedEvent(
            event_id=hashlib.sha256(ident.encode()).hexdigest()[:20],
            article_id=article_id,
            sentence_index=index,
            sentence=sentence,
            source_actor=s_actor.code,
            source_country=s_actor.country,
            source_role=s_actor.role,
            target_actor=t_actor.code if t_actor else None,
            target_country=t_actor.country if t_actor else None,
            target_role=t_actor.role if t_actor else None,
            cameo_code=code.code,
            root=code.root,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            event_date=event_date,
            language=lang,
            confidence=round(confidence, 2),
            rule=rule,
            coder_version=CODER_VERSION,
            source_start=None if s_mention.resolved else tokens[s_mention.start].start,
            source_end=None if s_mention.resolved else tokens[s_mention.end - 1].end,
            target_start=tokens[t_mention.start].start if t_mention and not t_mention.resolved else None,
            target_end=tokens[t_mention.end - 1].end if t_mention and not t_mention.resolved else None,
            trigger_start=tokens[trig.start].start,
            trigger_end=tokens[trig.end - 1].end,
        )


# ---------------------------------------------------------------------- function words


class Modifiers(dict):
    """kind -> spans (start, end) of that kind of function word in a sentence, plus "_endings".

    `at[kind]` holds every token index a span of that kind covers: the positional rules ask
    "is token k a determiner / an of-word?" dozens of times per sentence, and a set lookup
    answers without scanning the spans each time. `add` keeps both in step."""

    __slots__ = ("at",)

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.at: dict[str, set[int]] = {}

    def add(self, kind: str, start: int, end: int) -> None:
        self.setdefault(kind, []).append((start, end))
        covered = self.at.get(kind)
        if covered is None:
            covered = self.at[kind] = set()
        if end - start == 1:  # most function words are one token
            covered.add(start)
        else:
            covered.update(range(start, end))


_NOWHERE: frozenset[int] = frozenset()


def _modifier_positions(lex: LanguageLexicon, tokens: list[Token], views: dict | None = None) -> Modifiers:
    """kind -> spans of that kind of function word in the sentence."""
    spans = Modifiers({"_endings": lex.verb_endings})
    found = lex.modifiers.find(tokens, views)
    if found:
        actors = views["actors"] if views is not None and "actors" in views else _find_actors(tokens, lex, views)
        names = [(a.start, a.end) for a in actors if a.end - a.start > 1]  # (a one-word name holds no other word)
        # (a lower-case word outside any name is a function word: most of them, decided here)
        found = [m for m in found if (not names and tokens[m.start].text.islower()) or _function_word(tokens, m, names, lex.lang)]
    if all(m.end - m.start == 1 for m in found):
        _add_single_words(spans, found)  # (the usual sentence: no phrase among its function words)
        return spans
    chosen = longest_non_overlapping(found)
    for start, end, kind in chosen:
        spans.add(kind, start, end)
    if len(chosen) < len(found):
        # single words may carry two kinds ("de": of + infinitive), and so may a phrase ("des
        # centaines de": a determiner and a mass quantity)
        kept = {(m.start, m.end) for m in chosen}
        for m in found:
            if (m.end - m.start == 1 or (m.start, m.end) in kept) and (m.start, m.end) not in spans.get(m.payload, []):
                spans.add(m.payload, m.start, m.end)
    return spans


def _add_single_words(spans: Modifiers, found: list[Match]) -> None:
    """_modifier_positions for matches of one word each, in sentence order, in the same order
    as its general case adds them: the first kind listed for each word, then the others ('des':
    a determiner, then an of-word)."""
    at = spans.at
    seen: set[int] = set()
    later = []
    for start, end, kind in found:
        if start in seen:
            later.append((start, end, kind))
            continue
        seen.add(start)
        spans.setdefault(kind, []).append((start, end))  # Modifiers.add, inlined
        covered = at.get(kind)
        if covered is None:
            covered = at[kind] = set()
        covered.add(start)
    for start, end, kind in later:
        if (start, end) not in spans.get(kind, ()):
            spans.add(kind, start, end)


CAPITALISED_NOUN_LANGUAGES = frozenset({"de"})
# English 'may' is a modal of possibility ('the EU may impose sanctions'); capitalised it is the
# month or a surname, even at a sentence's start ('May 3 was ...' is likelier than 'May God ...')
MONTH_NOT_MODAL = frozenset({"May", "MAY"})


def _function_word(tokens, match: Match, names: list[tuple[int, int]], lang: str) -> bool:
    """A function word is not part of a name: 'Côte d'Ivoire', 'Trinidad and Tobago', 'WHO',
    'Luigi Di Maio', 'Da Nang' hold no 'of', 'and', 'who' or 'da'. A word inside a known actor's
    name, an all-capitals acronym, or a capitalised word inside a run of capitalised words away
    from the sentence start is read as part of a name."""
    for start, end in names:  # (start, end) of the sentence's names of two words or more
        if start <= match.start and match.end <= end and (start, end) != (match.start, match.end):
            return False
    first = tokens[match.start].text
    if first in MONTH_NOT_MODAL:
        return False  # 'in May', '1 May', 'Theresa May': the month or a name, never the modal 'may'
    if not first[:1].isupper() or lang in CAPITALISED_NOUN_LANGUAGES or not first.isalpha():
        return True
    if len(first) >= 2 and first.isupper():
        return sum(t.text.isupper() for t in tokens if t.text.isalpha()) > len(tokens) // 2  # an all-capitals headline
    if match.start == 0 or not tokens[match.start - 1].text[:1].isalnum():
        return True  # sentence or quotation start
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return True  # a headline in title case
    neighbours = [tokens[k].text for k in (match.start - 1, match.end) if 0 <= k < len(tokens)]
    return not any(n[:1].isupper() and n.isalpha() for n in neighbours)


GERMAN_CLAUSE_OPENERS = frozenset({",", ";", ":", "und", "aber", "doch", "denn", "\u201e", "\u201c", '"'})


def _german_sie(tokens, modifiers: Modifiers) -> None:
    """German 'sie' is 'she' or 'they': as the subject opening a clause ('Sie dankte den
    Helfern', 'Sie wurden festgenommen') the finite verb right after it tells which: a plural
    verb ends in -en ('wurden', 'dankten') or is 'sind'. Capitalised inside a sentence it is the
    polite 'you' and names no one; elsewhere ('bewarfen sie') it may be an object: left alone."""
    for k, t in enumerate(tokens):
        if t.text not in ("Sie", "sie") or k + 1 >= len(tokens):
            continue
        verb = tokens[k + 1].text.lower()
        if k >= 2 and t.text == "sie" and _german_inverted(tokens, k):
            verb = tokens[k - 1].text.lower()  # 'Anschließend wurden sie festgenommen': the verb stands before it
        elif k > 0 and (t.text == "Sie" or tokens[k - 1].text.lower() not in GERMAN_CLAUSE_OPENERS):
            continue
        if not verb.isalpha():
            continue
        modifiers.add("plural_pronoun" if verb.endswith("en") or verb == "sind" else "pronoun", k, k + 1)


def _kind_at(modifiers: Modifiers, kind: str, index: int) -> bool:
    return index in modifiers.at.get(kind, _NOWHERE)


def _any_kind_at(modifiers: Modifiers, kinds: tuple[str, ...], index: int) -> bool:
    at = modifiers.at
    for kind in kinds:
        if index in at.get(kind, _NOWHERE):
            return True
    return False


# adverbs that open a German main clause and push the subject after the finite verb
GERMAN_FRONT_ADVERBS = frozenset({"anschließend", "danach", "später", "dann", "zuvor", "daraufhin", "deshalb", "dort", "heute", "gestern", "zudem", "außerdem", "schließlich", "inzwischen", "bereits", "damals"})


def _german_inverted(tokens, k: int) -> bool:
    """'Anschließend wurden sie festgenommen', 'Danach dankte sie': a front adverb opening its
    clause, then the finite verb, then 'sie' as the subject."""
    adverb, verb = tokens[k - 2], tokens[k - 1]
    opens = k - 2 == 0 or tokens[k - 3].text.lower() in GERMAN_CLAUSE_OPENERS
    return opens and adverb.text.lower() in GERMAN_FRONT_ADVERBS and verb.text.isalpha() and verb.text.islower()


def _at_seat(m: Mention, modifiers) -> bool:
    """The mention is a palace or seat of government ('l'Elysée', 'la Casa Rosada', 'den Kreml'):
    whoever visits it is received by its occupant, who hosts the visit (043) as well."""
    seats = modifiers.at.get("seat")
    return bool(seats) and any(k in seats for k in range(m.start, m.end))


def _kind_between(modifiers, kind: str, lo: int, hi: int) -> bool:
    for s, e in modifiers.get(kind, ()):  # a loop, not any(<generator>): called ~10 times a sentence
        if lo <= s and e <= hi:
            return True
    return False


PREPOSITIONS = ("of", "agent", "location", "with", "between", "circumstance", "origin")


def _in_modifier(trig: Match, modifiers, kind: str) -> bool:
    """'according to' is not the noun 'accord'."""
    return any(s < trig.end and trig.start < e for s, e in modifiers.get(kind, ()))


VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def _settlement_object(tokens, trig: Match, modifiers, settlements: frozenset[str]) -> bool:
    """The object right after a violent act is a place where people live ('the village', 'un
    camp de déplacés', 'the market')."""
    if not settlements:
        return False
    k = trig.end
    while k < len(tokens) and k - trig.end < 3 and _kind_at(modifiers, "determiner", k):
        k += 1
    return k < len(tokens) and tokens[k].text.lower() in settlements


def _struck_place(tokens, trig: Match, modifiers, mentions, settlements: frozenset[str], pattern) -> Mention | None:
    """'un ataque israelí contra una escuela en Gaza', 'raided a refugee camp in Rafah': a violent
    act on a place where people live, placed by name just after it, strikes that place's people,
    whichever country the article is mostly about (and not the refugees' home a bare noun gets)."""
    if pattern.code[:2] not in VIOLENT_ROOTS or not settlements:
        return None
    k = trig.end
    adjectives = {j for m in mentions if m.kind == "adjective" and m.start >= trig.end for j in range(m.start, m.end)}  # 'un ataque israelí contra'
    while k < len(tokens) and k - trig.end < 5 and (_kind_at(modifiers, "determiner", k) or tokens[k].text.lower() in ATTACK_PREPOSITIONS or k in adjectives):
        k += 1
    if k + 1 < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k + 1].text.lower() in settlements:
        k += 1  # 'a refugee camp', 'a village school'
    if k >= len(tokens) or tokens[k].text.lower() not in settlements:
        return None
    place = next((m for m in mentions if m.kind == "location" and k < m.start <= k + 5 and len({a.country for a in m.actors}) == 1), None)
    if place is None or any(_kind_at(modifiers, "clause_break", j) or _kind_at(modifiers, "report_verb", j) or tokens[j].text in (",", ";", ":") for j in range(k, place.start)):
        return None
    return Mention(place.start, place.end, [Actor(place.actors[0].country, "CVL")], "implicit", pattern.rule, resolved=True)


def _the_dead(tokens, trig: Match, pattern, usable: list[Mention], death: frozenset[str]) -> Mention | None:
    """'Tres soldados israelíes murieron en un ataque de Hezbolá': those who died in the attack
    named right after their death are whom it struck, when it names no aim of its own."""
    if pattern.code[:2] not in VIOLENT_ROOTS or not death:
        return None
    k = next((j for j in range(trig.start - 1, max(-1, trig.start - 5), -1) if tokens[j].surface in death), None)
    if k is None:
        return None
    return next((m for m in reversed(usable) if m.end <= k and not m.oblique and k - m.end <= 2), None)


ATTACK_PREPOSITIONS = frozenset({"on", "against", "contra", "contro", "contre", "sur", "su", "auf", "gegen", "sobre"})


NONFINITE_AUXILIARIES = frozenset({"avoir", "aver", "avere", "haber", "ter", "se", "si", "sich"})


def _after_temporal_opener(tokens, trig: Match, modifiers, mentions) -> bool:
    """A verb right after a temporal preposition (past a non-finite auxiliary or reflexive:
    'after meeting', 'après avoir rencontré', 'tras reunirse', 'dopo aver incontrato') has no
    subject of its own: it is the clause's. Not a noun ('after the talks')."""
    k = trig.start - 1
    if k >= 0 and tokens[k].key in NONFINITE_AUXILIARIES:
        k -= 1
    qualified = trig.payload.code[:2] == FIGHT_ROOT and (j := _skip_fighting_qualifiers(tokens, k)) != k
    if qualified:
        k = j  # ('after heavy fighting': 'heavy' is a determiner word, but the fighting is no noun named apart)
    if k < 0 or not _kind_at(modifiers, "temporal", k) or (_kind_at(modifiers, "determiner", trig.start - 1) and not qualified):
        return False
    return tokens[trig.start].text[:1].islower()


FIGHT_ROOT = "19"
FIGHTING_QUALIFIERS = frozenset({"heavy", "fierce", "intense", "renewed", "deadly", "bloody", "violent", "sporadic", "brief", "sustained"})
DURATION_NOUNS = frozenset({"hours", "days", "weeks", "months"})


def _qualified_fighting(tokens, trig: Match) -> bool:
    """'heavy fighting', 'days of clashes': a fighting act whose intensity or length words come
    right before it (its subject is the clause's after a temporal word, not a noun's owner)."""
    return trig.payload.code[:2] == FIGHT_ROOT and trig.start > 0 and _skip_fighting_qualifiers(tokens, trig.start - 1) != trig.start - 1


def _skip_fighting_qualifiers(tokens, k: int) -> int:
    """'after heavy fighting with the army', 'after days of fierce clashes with': the words that
    say how hard or how long the fighting was stand between the temporal word and it."""
    while k >= 0 and tokens[k].lower in FIGHTING_QUALIFIERS:
        k -= 1
    if k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower in DURATION_NOUNS:
        k -= 2
        if k >= 0 and (tokens[k].lower in COUNT_WORDS or tokens[k].lower.isdigit()):
            k -= 1
    return k


def _named_place_object(tokens, trig: Match, modifiers, mentions, lang: str) -> bool:
    """The object right after a violent act is a capitalised name the language does not know
    and no actor holds ('shelled Kharkiv', 'a bombardé Rafah'): a place."""
    k = trig.end
    while k < len(tokens) and k - trig.end < 2 and _kind_at(modifiers, "determiner", k):
        k += 1
    if k + 2 < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() and _kind_at(modifiers, "of", k + 1) and not _kind_at(modifiers, "of", k):
        k += 2  # 'the city of Kharkiv', 'la región de Kursk'
    if k >= len(tokens) or any(m.start <= k < m.end for m in mentions):
        return False
    text = tokens[k].text
    if not (text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper()) or _known_word(text.lower(), lang):
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())  # 'shelled Maria Ivanova': a person


COMPASS_REACH = 6  # 'a mené plusieurs frappes dans le sud', 'frappé mardi soir dans l'est'


def _compass_object(tokens, trig: Match, modifiers, mentions, compass, lang: str) -> bool:
    """'Israël a mené plusieurs frappes dans le sud', 'hat im Süden angegriffen': a violent act
    placed in a part of the country by its compass point alone (modifiers.tsv `compass`), naming
    no state, happened in the country the article is about."""
    if not compass:
        return False
    if lang in VERB_FINAL_LANGUAGES:
        # (German puts the place in the middle field: before the participle closing the clause, or
        # inside a separable verb's span, 'griff erneut Ziele im Süden an')
        lo = max([0, trig.start - COMPASS_REACH] + [k + 1 for k in range(max(0, trig.start - COMPASS_REACH), trig.start) if not tokens[k].text[:1].isalnum()])
        span = range(lo, trig.end)
    else:
        span = range(trig.end, min(len(tokens), trig.end + COMPASS_REACH))
    for k in span:
        if not tokens[k].text[:1].isalnum() or any(m.start <= k < m.end for m in mentions):
            if lang in VERB_FINAL_LANGUAGES:
                continue
            return False
        if tokens[k].surface in compass and (k + 1 == len(tokens) or not _kind_at(modifiers, "of", k + 1)) and (_preceded_by(k, modifiers, "location") or _kind_at(modifiers, "location", k - 1)):
            return True  # ('dans le sud du Liban' names its country: an actor the caller has)
    return False


def _settlement_subject(tokens, trig: Match, modifiers, settlements: frozenset[str]) -> bool:
    """The subject of a passive act (the first word of its clause past determiners) is a place
    where people live: 'The village was attacked', 'A aldeia foi atacada'."""
    if not settlements:
        return False
    k = max((e for s, e in modifiers.get("clause_break", ()) if e <= trig.start), default=0)
    if k == trig.start and k > 0:
        # 'A província é rica em gás, mas aterrorizada por rebeldes': a participle right after 'but'
        # shares the subject of the clause before
        opener = min(s for s, e in modifiers.get("clause_break", ()) if e == k)
        k = max((e for s, e in modifiers.get("clause_break", ()) if e <= opener), default=0)
    while k < trig.start and _kind_at(modifiers, "determiner", k):
        k += 1
    if k + 1 < trig.start and tokens[k].text.islower() and tokens[k + 1].text.lower() in settlements:
        return True  # 'A temporary camp for refugees was attacked': past one adjective
    return k < trig.start and tokens[k].text.lower() in settlements


PHRASE_ACT_KINDS = ("location", "circumstance", "agent")  # 'in a Russian strike', 'blessés par des tirs israéliens'
PHRASE_AGENT_REACH = 5  # 'tués dans une frappe de drone russe': the doer's adjective after the act and its of-noun


def _military_act_of_phrase(m: Mention, trig: Match, triggers, modifiers, tokens=()) -> str | None:
    """'ten civilians were killed in a Russian air strike', 'tués dans une frappe de drone russe',
    'uccisi in un raid israeliano': a killing whose doer, a state, is named only as the one who
    carried out the military act it happened in is that act (190, 195), not a killing by physical
    assault (the caller leaves a militia's attack on civilians a killing)."""
    for c in triggers:
        act = c.payload.code if c.payload.code[:2] == "19" else _option(c.payload, "mil")
        if act and c.start != trig.start and _qualifies_act_in_phrase(m, (c.start,), modifiers, PHRASE_ACT_KINDS):
            return act
        if act and c.start != trig.start and (c.end == m.start or m.end == c.start) and not _has_punct(tokens, min(c.end, trig.end), max(c.start, trig.start)):
            return act  # ('les frappes israéliennes ont tué 40 personnes', 'töteten israelische Angriffe': the killing's subject is the strike)
    return None


def _qualifies_act_in_phrase(m: Mention, trigger_starts, modifiers, kinds=("location", "circumstance")) -> bool:
    """The actor qualifies an act named inside a place or circumstance phrase: 'in an Israeli
    airstrike', 'dans une frappe israélienne' (the adjective after the noun)."""
    heads = []
    if m.end in trigger_starts:
        heads.append(m.start)
    if m.start - 1 in trigger_starts:
        heads.append(m.start - 1)
    if m.start - 2 in trigger_starts and (_kind_at(modifiers, "of", m.start - 1) or _kind_at(modifiers, "agent", m.start - 1)):
        heads.append(m.start - 2)  # 'in un attacco di Hezbollah', 'bei einem Angriff der Hisbollah': the act's of-phrase names its doer
    if m.kind == "adjective" and (m.start - 2 in trigger_starts or (m.start - 3 in trigger_starts and _kind_at(modifiers, "of", m.start - 2))):
        # 'dans une frappe aérienne israélienne', 'dans une frappe de drone russe', 'in un raid aereo
        # israeliano': the adjective after a two-word act or an act and its of-noun is its doer's
        heads.append(m.start - 2 if m.start - 2 in trigger_starts else m.start - 3)
    return any(_preceded_by(head, modifiers, kind) for head in heads for kind in kinds)


def _preceded_by_temporal(start: int, modifiers, tokens) -> bool:
    """The preposition before `start` (past determiners) is a temporal one: after, lors de, tras."""
    for back in (1, 2, 3, 4):
        k = start - back
        if k < 0:
            return False
        if _kind_at(modifiers, "temporal", k):
            return True
        if not (_kind_at(modifiers, "determiner", k) or tokens[k].text in QUOTES):
            return False
    return False


def _after_preposition(trig: Match, modifiers, tokens=None, mentions=(), lang: str = "") -> bool:
    """'killed during the fighting', 'a probe into the killings', 'killed in a militia attack': a
    noun inside a prepositional phrase (past an actor word qualifying it) describes the
    circumstances of another act; it is not an event of its own."""
    if "noun" in trig.payload.options:
        return False
    if _preceded_by_preposition(trig.start, modifiers, exempt_infinitive=True, tokens=tokens):
        # ... but 'after talks with X', 'à l'issue d'une visite du président Y', 'durante la visita
        # de X a Y' date one act by another that happened: a noun naming its actors is an event
        return not _preceded_by_temporal(trig.start, modifiers, tokens)
    qualifier = next((m for m in mentions if m.end == trig.start and m.kind in ("role", "role_home", "adjective")), None)
    if qualifier is not None and lang in CAPITALISED_NOUN_LANGUAGES and tokens is not None and tokens[trig.start].text[:1].islower():
        qualifier = None  # 'auf Zivilisten schießen lassen': a German word in lower case is a verb, not a noun the actor qualifies
    if qualifier is not None:
        return _preceded_by(qualifier.start, modifiers, "location") or _preceded_by(qualifier.start, modifiers, "circumstance")
    # 'represented in the peace agreement', 'a probe into the border clashes': one plain word
    # qualifying the noun may stand between its determiner and it
    k = trig.start - 1
    if tokens is None or k < 2 or not tokens[k].text.isalpha() or not tokens[k].text.islower() or not _kind_at(modifiers, "determiner", k - 1) or any(k in covered for covered in modifiers.at.values()):
        return False
    if lang == "en" and tokens[trig.start].text.endswith("ed") and tokens[k].text.endswith("s"):
        return False  # 'Washington along with its allies demanded': a plural subject and its past-tense verb
    return _preceded_by_preposition(k, modifiers, exempt_infinitive=True, tokens=tokens) and not _preceded_by_temporal(k, modifiers, tokens)


DEATH_REACH = 6  # 'died in a Russian air strike', 'kamen bei einem Luftangriff auf Charkiw ums Leben'


def _died_in_attack(tokens, trig: Match, lex: LanguageLexicon) -> bool:
    """'Ten people died in a Russian strike on Kharkiv', 'murieron en un ataque aéreo ruso',
    'starben bei einem Luftangriff': a death (modifiers.tsv `death`) is no event of its own, so
    the violent act named in the phrase it happened in is the sentence's event. (Beside a
    killing verb, 'were killed in an attack', the noun stays a circumstance: the killing is coded.)"""
    words = lex.modifier_words.get("death")
    if not words or trig.payload.code[:2] not in VIOLENT_ROOTS:
        return False
    # the death right before the phrase ('died in a', 'murieron en un ataque aéreo ruso'), or in
    # German after it ('kamen bei einem Luftangriff ums Leben'), with only words between (a quotation mark or comma ends it:
    # '"enlèvement suivi de mort" sur la prise d'otages' is a charge, not a death)
    before = range(trig.start - 1, max(-1, trig.start - DEATH_REACH - 1), -1)
    after = range(trig.end, min(len(tokens), trig.end + DEATH_REACH))
    for span in (before, after) if lex.lang in VERB_FINAL_LANGUAGES else (before,):
        for k in span:
            if not tokens[k].text[:1].isalnum():
                break
            if tokens[k].surface in words:
                return True
    return False


OBITUARY_RELATIVE_REACH = 8  # from the relative pronoun after the comma to the act
OBITUARY_REACH = 16  # from the act to the comma closing its relative clause
DEATH_AFTER_CLAUSE = 4  # 'died', 'est mort', 'murió el domingo', 'starb am Sonntag'


def _obituary_clause(tokens, trig: Match, modifiers, death_words) -> bool:
    """'The former Egyptian president, who signed a peace treaty with Israel, died on Sunday',
    'L'ancien président, qui avait signé la paix avec Israël, est mort dimanche': an act in a
    relative clause set off by commas, about someone whose death the main clause reports, is his
    life's history, no event."""
    j = next((k for k in range(trig.start - 1, max(0, trig.start - OBITUARY_RELATIVE_REACH) - 1, -1) if k > 0 and tokens[k - 1].text == ","
              and (_kind_at(modifiers, "clause_break", k) or tokens[k].lower in GERMAN_RELATIVES)), None)
    if j is None or any(tokens[k].text in (",", ";", ":") for k in range(j, trig.start)):
        return False
    close = next((k for k in range(trig.end, min(len(tokens), trig.end + OBITUARY_REACH)) if tokens[k].text in (",", ";", ":", ".")), None)
    if close is None or tokens[close].text != ",":
        return False
    return any(tokens[k].surface in death_words for k in range(close + 1, min(len(tokens), close + 1 + DEATH_AFTER_CLAUSE)))


POSSESSIVE_MARKS = frozenset({"'s", "’s"})
QUALIFIER_KINDS = frozenset({"adjective", "role_home", "composed", "organization", "country", "named_group", "described"})
OWNER_REACH = 3  # 'a report by the United Nations', 'la prise en otages par un groupe islamiste'
# acts named by a noun inside a phrase ('stalled over a rebel demand', 'amid Gbagbo's insistence')
# that are events of their own when the noun names its owner: speech acts, talks, agreements,
# investigations, reduced relations; any act when the owner is a possessive or a by-phrase
OWNED_IN_PHRASE_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13", "16"})


def _owner_ok(m: Mention) -> bool:
    return not m.resolved and m.kind not in ("location", "anti", "clitic") and bool(m.actors) and all(a.country for a in m.actors)


def _noun_owner(tokens, trig: Match, mentions: list[Mention], modifiers, decisions: frozenset[str] = frozenset(), lang: str = "") -> tuple[Mention, str] | None:
    """The actor an event noun belongs to, and how: 'India's order', "Gbagbo's insistence"
    ('possessive'); 'a rebel demand', 'the French proposal' ('qualifier': an actor word between
    the noun's determiner and it); 'a report by the United Nations', 'la prise en otages par un
    groupe islamiste' ('agent': a by-phrase right after a noun); 'la demande de la junte', 'il
    rifiuto del Congresso' ('of': a speech act's of-phrase names who made it). An act named after
    a decision noun is the decision's owner's: "India's order to reduce the staff", 'la décision
    de Paris d'expulser' (`decisions`: the language's decision nouns). None when the trigger reads
    as a verb or names no owner."""
    head = trig.start
    if decisions and head >= 2 and _kind_at(modifiers, "infinitive", head - 1):
        k = head - 2
        inner = next((m for m in mentions if m.end == head - 1 and _owner_ok(m)), None)
        if inner is not None:
            # 'la décision de la France d'expulser': the owner stands in an of-phrase after the noun
            j = inner.start - 1
            while j >= 0 and (_kind_at(modifiers, "of", j) or _kind_at(modifiers, "determiner", j)) and inner.start - j <= 3:
                j -= 1
            if j >= 0 and j < inner.start - 1 and tokens[j].surface in decisions:
                return inner, "of"
        if tokens[k].surface in decisions:
            head = k
        else:
            return None
    if head == trig.start and head > 0 and _kind_at(modifiers, "determiner", head - 1):
        # 'une demande française', 'il rifiuto italiano': a Romance adjective after the noun
        post = next((m for m in mentions if m.start == trig.end and m.kind == "adjective" and _owner_ok(m)), None)
        if post is not None:
            return post, "qualifier"
    if head == trig.start and _noun_modifier(tokens, trig, modifiers):
        return None  # "the government's negotiating team": the trigger qualifies another noun
    possessive = head if tokens[head].text in POSSESSIVE_MARKS else head - 1 if head > 0 and tokens[head - 1].text in POSSESSIVE_MARKS else None
    if possessive is not None:
        owner = next((m for m in mentions if m.end == possessive and _owner_ok(m)), None)
        return (owner, "possessive") if owner is not None else None
    qualifier = next((m for m in mentions if m.end == head and m.kind in QUALIFIER_KINDS and _owner_ok(m)), None)
    if qualifier is not None and _qualifies_noun(tokens, qualifier, head, modifiers, lang):
        return qualifier, "qualifier"
    if head != trig.start:
        # 'the decision of X to', 'la décision de X de' handled above; a bare 'decision to' has no owner here
        return None
    nominal = "noun" in trig.payload.options or (head > 0 and _kind_at(modifiers, "determiner", head - 1))
    if not nominal:
        return None
    for m in mentions:
        if m.start < trig.end:
            continue
        if m.start - trig.end > OWNER_REACH:
            break
        if _owner_ok(m) and _by_phrase(m.start, modifiers):
            return m, "agent"
        named = m.kind not in ("role_home", "role", "described")  # ('les rapports de force': a role word is no author)
        if _owner_ok(m) and (trig.payload.code[:2] in CONTENT_ROOTS or "owned" in trig.payload.options and named) and m.start - trig.end <= 2 and (_preceded_by(m.start, modifiers, "of") or _german_genitive(tokens, trig, m, lang)):
            return m, "of"  # 'la demande de la junte', 'die Forderung der Regierung'
        break
    return None


def _by_phrase(start: int, modifiers) -> bool:
    """The nearest preposition before `start`, past determiners, is an agent word that is no
    of-word: 'par des rebelles', 'by the UN' (French 'des' is a determiner here, not 'of the');
    not es/pt 'de', 'do', which are both."""
    for back in (1, 2, 3, 4):
        k = start - back
        if k < 0:
            return False
        if _kind_at(modifiers, "agent", k):
            return not _kind_at(modifiers, "of", k)
        if not _kind_at(modifiers, "determiner", k):
            return False
    return False


def _german_genitive(tokens, trig: Match, m: Mention, lang: str) -> bool:
    """'die Forderung Russlands', 'der Bericht Pekings': a German state name in the genitive right
    after a noun is its owner."""
    return lang in CAPITALISED_NOUN_LANGUAGES and m.start == trig.end and m.kind in ("country", "metonym") and tokens[m.end - 1].text.endswith("s") and tokens[trig.start].text[:1].isupper()


def _adjunct(tokens, qualifier: Mention, noun, lang: str) -> bool:
    """The actor word before an event word qualifies it as a noun ('a rebel demand', 'a French
    proposal', 'the UN report'), not as its plural subject ('the rebels demanded'). German event
    nouns are capitalised ('die russische Forderung'), its verbs are not ('den Botschafter
    Japans einbestellt')."""
    if lang in CAPITALISED_NOUN_LANGUAGES:
        return noun.text[:1].isupper()
    last = tokens[qualifier.end - 1]
    return qualifier.kind in ("adjective", "organization") or last.key == last.lower


def _noun_modifier(tokens, trig: Match, modifiers) -> bool:
    """A one-word trigger followed by a plain lower-case word that is no function word qualifies
    that word ('negotiating team', 'ceasefire line'), it names no act of its own."""
    k = trig.end
    if trig.end - trig.start != 1 or k >= len(tokens):
        return False
    word = tokens[k].text
    return word.isalpha() and word.islower() and not any(k in covered for covered in modifiers.at.values())


def _qualifies_noun(tokens, qualifier: Mention, head: int, modifiers, lang: str) -> bool:
    """An actor word between a determiner and the noun at `head` owns it: 'a rebel demand', 'the
    French proposal'. Not after a possessive or an of-word ('les images du Maroc nous
    bouleversent': Morocco belongs to the images), nor before a pattern that opens with a
    function word ('le parlement en signe de protestation')."""
    before = qualifier.start - 1
    if before < 0 or any(head in covered for covered in modifiers.at.values()):
        return False
    if _kind_at(modifiers, "agent", before) and qualifier.kind == "adjective" and not _kind_at(modifiers, "of", before):
        return True  # 'killed by Israeli fire', 'wounded by Russian shelling': the adjective of a by-phrase's noun
    if not _kind_at(modifiers, "determiner", before) or _kind_at(modifiers, "possessive", before) or _kind_at(modifiers, "of", before):
        return False
    return _adjunct(tokens, qualifier, tokens[head], lang)


def _gerund_qualifier(tokens, trig: Match, modifiers, candidates: list[Match]) -> bool:
    """An English -ing word between a determiner or possessive and a plain noun qualifies the noun:
    'the government's negotiating team', 'the ruling party', 'a bombing campaign' name no act."""
    k = trig.start - 1
    if k < 0 or not tokens[trig.end - 1].text.endswith("ing"):
        return False
    if not (tokens[k].text in POSSESSIVE_MARKS or _kind_at(modifiers, "determiner", k)):
        return False
    return _noun_modifier(tokens, trig, modifiers) and not any(m.start == trig.end for m in candidates)  # ('the fighting killed': an act)


def _owned_in_phrase(tokens, trig: Match, mentions: list[Mention], modifiers, lang: str = "") -> bool:
    """A noun inside a prepositional phrase that names who did it is an event of its own: 'stalled
    over a rebel demand that Gbagbo step down', "over Gbagbo's insistence that", 'une enquête sur
    la prise en otages par un groupe islamiste'."""
    owned = _noun_owner(tokens, trig, mentions, modifiers, lang=lang)
    if owned is None:
        return False
    return owned[1] in ("possessive", "agent") or trig.payload.code[:2] in OWNED_IN_PHRASE_ROOTS


PROSPECTIVE_REACH = 2  # 'a UN report expected next week', 'the demand, expected on Monday'


def _prospective(tokens, trig: Match, owner: Mention, prospective: frozenset[str]) -> bool:
    """A word right after the noun (or after its by-phrase) or right before it says the act is
    only expected or planned: 'a report by the UN expected next week', 'la visita prevista'."""
    if not prospective:
        return False
    end = max(trig.end, owner.end)
    for k in list(range(end, min(len(tokens), end + PROSPECTIVE_REACH))) + [trig.start - 1]:
        if 0 <= k < len(tokens) and tokens[k].surface in prospective:
            return True
    return False


MASS_THRESHOLD = 100  # victims from which a killing is a mass killing (CAMEO 202)
MASS_REACH = 30  # "Des centaines de civils, réquisitionnés ..., ont été tués": the count opens the sentence


ARMED_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})
ASSAULT, RIOT = "180", "145"
REPRESSION = "175"
REPRESSING_ROLES = frozenset({"COP", "MIL"})
PROTESTER_WORDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "marchers", "supporters", "crowd", "crowds", "protester", "demonstrator"})


def _protesters(tokens, target) -> bool:
    """The people fired on are named as protesters or a crowd ('opened fire on opposition
    supporters', 'shot dead 16 protesters'), not as fighters."""
    return tokens[target.end - 1].lower in PROTESTER_WORDS if target.end > target.start else False
ARREST, OCCUPY = "173", "192"
CAPTURE_VERBS = frozenset({"captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing"})
SEIZE = "171"


def _captured_place(tokens, trig, target) -> bool:
    """'captured Minova', 'seized Aleppo': the one captured right after the verb is a town
    or country (no role), so territory was taken."""
    return trig.end - trig.start == 1 and tokens[trig.start].lower in CAPTURE_VERBS and target.start <= trig.end + 1 and target.kind in ("metonym", "country", "location") and all(a.role is None for a in target.actors)
RIOTING_ROLES = frozenset({"OPP"})  # protesters, demonstrators, rioters: their attacks are violent protest
OFFICIAL_ROLES = frozenset({"GOV", "LEG", "IGO"})


POLITICAL_ROLES = frozenset({"GOV", "LEG", "OPP", "IGO", "JUD"})
ATTACK = "180"  # a plain attack: force when a state makes it on another (not a killing or an execution, which keep their codes)


def _political_quarrel(source, target) -> bool:
    """'Salvini ha attaccato Macron', 'Mélenchon a attaqué le gouvernement', 'Merz griff Scholz
    scharf an': an official or politician 'attacking' another official, government or party by
    name attacks them in words (verbs.tsv option verbal=111); a capital ('ha attaccato Kiev') or a
    state named bare is struck."""
    return target is not None and source[1].role in POLITICAL_ROLES and target[1].role in POLITICAL_ROLES and target[0].kind != "metonym" and source[0].kind in ("person", "composed", "role", "role_home", "reference", "name", "metonym")


def _interstate(source, target) -> bool:
    """'La Russia ha attaccato l'Ucraina', 'Russia attacked Kyiv': a state named as such attacking
    another state, its capital, its forces or its people uses force (190), like its army would."""
    return target is not None and source[1].role is None and source[0].kind in ("country", "adjective") and target[1].country != source[1].country and (
        target[1].role in (None, "MIL", "CVL", "COP") or target[0].kind == "metonym")


def _armed(target) -> bool:
    """The victims are fighters (soldiers, rebels, militias)."""
    return target is not None and target[1].role in ARMED_ROLES


# curfews (imposed or threatened) and protests crushed: on one's own people, protesters the
# opposition (a state of emergency keeps the government as its target): code -> the target's role
SELF_IMPOSED_CODES = {"1723": None, "1323": None, "175": "OPP", "1722": "OPP", "1724": None}  # (a party a government bans is its own opposition)
OWN_COUNTRY_CODES = frozenset({"0831"})  # resigning, stepping down: the country as a whole is the target
VISIT = "042"
TROOPS_DEPLOYED = "154"
VISITING = frozenset({"visiting"})


def _attributive_visiting(tokens, trig: Match, modifiers) -> bool:
    """'Anwar told visiting Chinese Premier Li Qiang', 'met the visiting Indian minister':
    'visiting' with no auxiliary before it qualifies the actor after it, who is the visitor."""
    if trig.end - trig.start != 1 or tokens[trig.start].lower not in VISITING:
        return False
    return trig.start == 0 or not (_kind_at(modifiers, "passive_aux", trig.start - 1) or _kind_at(modifiers, "negation", trig.start - 1) or tokens[trig.start - 1].lower in ("while", "when", "during", "after", "before", "by"))


# one side's violence against people: never read from a group in which each side would be the other's victim
ONE_SIDED_ROOTS = frozenset({"18", "20"})
AIR_STRIKE = "195"
AERIAL_ROOTS = frozenset({"18", "20"})  # and plain 190; shelling (194) or a blockade (191) by 'helicopters and tanks' keeps its code
NOT_AERIAL = frozenset({"181", "184", "201", "203", "204"})  # abductions, shields, expulsions, cleansing, WMD keep their code


def _aerial(tokens, source, lex: LanguageLexicon) -> bool:
    """The attacker is named by an aircraft ('Russian aircraft', 'British warplanes', 'helicopter
    gunships', modifiers.tsv `aerial`): whatever it did to its victims ('killed', 'attacked',
    'destroyed') is an attack from the air, CAMEO 195, not a killing by hand (1823) or a massacre
    (202). Only the words of the source mention and the one after it ('Russian aircraft': the
    adjective is the mention) are looked at, so the check is a few lookups."""
    words = lex.modifier_words.get("aerial")
    if not words or source is None or source[0].kind in ("implicit", "pronoun"):
        return False
    # ('un dron ruso', 'um drone russo': the aircraft may stand before a postposed adjective)
    return any(t.surface in words for t in tokens[max(0, source[0].start - 1) : source[0].end + 1])


def _mass_victims(tokens, trig: Match, modifiers) -> bool:
    """'killed hundreds of civilians', 'des centaines de civils ... tués', 'more than 8,000 men'."""
    if any(-MASS_REACH <= s - trig.start <= 12 for s, _ in modifiers.get("mass_quantity", ())):
        return True
    for t in tokens[max(0, trig.start - 12) : trig.end + 12]:
        digits = t.text.replace(",", "").replace(".", "").replace(" ", "")
        if digits.isdigit() and len(digits) < 7 and int(digits) >= MASS_THRESHOLD and not (1900 <= int(digits) <= 2100):
            return True
    return False


# 'not long after', 'not only ... but', 'non seulement', 'nicht nur': a negation word that
# negates the adverb after it, not the act
NOT_NEGATING_NEXT = frozenset({"long", "only", "seulement", "solo", "sólo", "solamente", "nur", "soltanto", "apenas"})


def _negated(tokens, modifiers, lo: int, hi: int) -> bool:
    """A negation word between lo and hi that negates the act (not 'not long after')."""
    for s, e in modifiers.get("negation", ()):
        if lo <= s and e <= hi and not (e < len(tokens) and tokens[e].lower in NOT_NEGATING_NEXT):
            return True
    return False


def _is_cancelled(tokens, trig: Match, modifiers) -> str | None:
    """Why the act did not (yet) happen: 'negation', 'modal' (could, pourrait), 'commitment'
    (agreed to, offered to, s'est engagé à: the commitment is the event) or 'future' (will,
    plans to, "visitará"); None when it is reported as done."""
    lo = max(0, trig.start - MODIFIER_WINDOW)
    # French "ne ... pas" after a simple verb, "n'a jamais", German "traf nicht"
    if _negated(tokens, modifiers, lo, trig.start) or _negated(tokens, modifiers, trig.end, min(len(tokens), trig.end + 2)):
        return "negation"
    if _kind_between(modifiers, "negative_determiner", trig.start + 1, trig.end):
        return "negation"  # 'verhängte keine Sanktionen', 'no envió ningún avión': the object the gap holds is none
    if _kind_between(modifiers, "modal", lo, trig.start):
        return "modal"
    # (a long commitment, 'agreed on Monday to boost security cooperation', also counts when it ends right before)
    start = next((s for s, e in modifiers.get("commitment", ()) if (lo <= s and e <= trig.start) or trig.start - COMMITMENT_TAIL <= e <= trig.start), None)
    if start is None and "commitment" in modifiers:
        start = _coordinated_commitment(tokens, trig, modifiers)
    if start is not None:
        # ('unless the president agrees to step down', 'if Iraq agrees to allow'): a conditional commitment is none
        return "modal" if _kind_between(modifiers, "modal", max(0, start - MODIFIER_WINDOW), start) else "commitment"
    if _kind_between(modifiers, "future", lo, trig.start):
        return "future"
    if _kind_between(modifiers, "pending", lo, trig.start) and _pending_present(tokens, trig, modifiers):
        return "modal"
    if "habitual" in modifiers and _habitual(tokens, trig, modifiers):
        return "modal"
    if "clause_modal" in modifiers and _in_clause_modal(tokens, trig, modifiers):
        return "modal"
    if "anniversary" in modifiers and any(e <= trig.start <= e + ANNIVERSARY_REACH and not any(tokens[k].text in (",", ";", ":") or _kind_at(modifiers, "clause_break", k) for k in range(e, trig.start)) for s, e in modifiers["anniversary"]):
        return "modal"  # 'the third anniversary of the Russian invasion', 'am Jahrestag des Hamas-Angriffs': history remembered
    if "since" in modifiers and any(trig.start - 3 <= e <= trig.start and all(_kind_at(modifiers, "determiner", k) or tokens[k].text.isalpha() for k in range(e, trig.start)) for s, e in modifiers["since"]):
        return "modal"  # 'Since the Russian invasion, Poland has', 'Seit dem russischen Überfall': the start of a span, background
    if ("future" in modifiers or "modal" in modifiers or modifiers["_endings"]) and _noun_act(tokens, trig, modifiers) and _unreal_noun_subject(tokens, trig, modifiers):
        return "modal"
    verb = tokens[trig.start].surface
    if trig.end - trig.start > 1 and verb in PROCLITIC_REFLEXIVES:
        verb = tokens[trig.start + 1].surface  # ('donde se reunirá con Xi': the verb after its reflexive)
    if len(verb) >= 6 and verb.endswith(_as_tuple(modifiers.get("_endings", frozenset()))):
        return "future"
    if "noun" in trig.payload.options and (outcome := _noun_outcome(tokens, trig, modifiers)) is not None:
        return outcome
    if modifiers["_endings"] and _future_verb_before(tokens, trig, modifiers):
        return "future"
    head = _purpose_head(tokens, trig, modifiers)
    if head is None and trig.start > 0 and tokens[trig.start - 1].lower == "for" and trig.payload.code[:2] == CONSULT_ROOT and "future" in modifiers and _planned_trip(tokens, trig.start - 1, modifiers):
        return "future"  # 'will travel to Kabul on Wednesday for talks with X': the talks are planned too
    if trig.payload.code[:2] == CONSULT_ROOT and _proposed_talks(tokens, trig, modifiers):
        return "modal"  # 'rejected a U.S. proposal for direct nuclear talks': talks asked for, not held
    return _is_cancelled(tokens, Match(head, head + 1, trig.payload), modifiers) if head is not None else None


def _future_verb_before(tokens, trig: Match, modifiers) -> bool:
    """'impondría aranceles a México', 'imposerait des sanctions', 'imporia sanções': the verb in
    the future or conditional right before an act named by its object noun (a determiner may stand
    between). A word after a determiner is a noun ('a secretaria condenou'), not that verb."""
    k = trig.start - 1
    if k >= 0 and _kind_at(modifiers, "determiner", k):
        k -= 1
    if k < 0 or (k > 0 and _kind_at(modifiers, "determiner", k - 1)):
        return False
    word = tokens[k].surface
    return len(word) >= 6 and tokens[k].text.islower() and word.endswith(_as_tuple(modifiers["_endings"]))
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozens", "thousands", "several", "many", "some"})


ATTRIBUTIVE_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _counted_attributive(tokens, trig: Match) -> bool:
    """An English past participle between a count or determiner and its noun, 'rescued 15
    kidnapped worshippers', 'freed two abducted aid workers', 'the jailed activist was
    pardoned', describes the people named: it is no act of the clause's subject."""
    k = trig.start
    if trig.end - k != 1 or k == 0 or k + 1 >= len(tokens) or not tokens[k].lower.endswith("ed"):
        return False
    before, after = tokens[k - 1].lower, tokens[k + 1].text
    return (before.replace(",", "").isdigit() or before in COUNT_WORDS or before in ATTRIBUTIVE_DETERMINERS) and after.isalpha() and after.lower() not in ("by", "in", "and", "on", "at", "to", "as", "for", "with", "from", "of")


INFINITIVE_COORDINATORS = frozenset({"and", "y", "e", "et", "und", "ed"})
COORDINATED_COMMITMENT_REACH = 20


def _coordinated_commitment(tokens, trig: Match, modifiers) -> int | None:
    """'agreed to expand the exchange of data and to hold a trilateral meeting', 'se comprometió a
    enviar ayuda y a recibir refugiados': a second infinitive coordinated with the first is
    committed to as well, however long the first one's object. The start of the commitment, or None."""
    for s, e in modifiers["commitment"]:
        if e <= trig.start and trig.start - e <= COORDINATED_COMMITMENT_REACH and not _kind_between(modifiers, "clause_break", e, trig.start):
            if any(tokens[k].lower in INFINITIVE_COORDINATORS and _kind_at(modifiers, "infinitive", k + 1) for k in range(e, trig.start - 1)):
                return s
    return None


PROCLITIC_REFLEXIVES = frozenset({"se", "si", "me", "te", "nos", "os", "ci", "vi"})
PROPOSAL_NOUNS = frozenset({"proposal", "proposals", "call", "calls", "plan", "plans", "offer", "offers", "push", "bid", "request", "requests", "invitation", "demand", "demands", "appeal", "appeals", "hopes", "prospects", "prospect"})


def _question_end(tokens) -> int | None:
    """The index of the last '?' of a sentence that asks something outside a quotation ('Why did
    Russia invade Ukraine?', 'Faut-il sanctionner la Russie ?'): the acts before it are asked
    about, not reported. None when the '?' closes a quotation someone is said to have asked
    ('"Will Russia attack?" he asked' keeps its later acts; the quoted question is no act either)."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].text == "?":
            return k
    return None


UNREAL_SUBJECT_REACH = 10  # 'a meeting between Putin and Trump was possible', 'Talks between Iran and the United States will take place'
PAST_AUXILIARIES = frozenset({"has", "have", "had", "a", "ont", "avait", "ha", "han", "había", "hat", "haben", "hatte", "hanno", "aveva", "tem", "têm", "tinha", "foi"})


NOUN_COMPLEMENTS = frozenset({"of", "on", "against", "between", "with"})  # 'a Chinese blockade of Taiwan', 'any Ukrainian attack on'


def _noun_act(tokens, trig: Match, modifiers) -> bool:
    """The trigger is one noun ('talks', 'talks between', 'une rencontre entre') after a determiner
    or at the sentence's start, or after a determiner and a capitalised adjective when an English
    noun complement follows ('a Chinese blockade of Taiwan', 'any Ukrainian attack on')."""
    if not (trig.end - trig.start == 1 or (trig.end - trig.start == 2 and _kind_at(modifiers, "between", trig.end - 1))):
        return False
    if trig.start == 0 or _kind_at(modifiers, "determiner", trig.start - 1):
        return True
    return (trig.start >= 2 and _kind_at(modifiers, "determiner", trig.start - 2) and tokens[trig.start - 1].text[:1].isupper()
            and tokens[trig.start].text.islower() and trig.end < len(tokens) and tokens[trig.end].lower in NOUN_COMPLEMENTS)


def _unreal_noun_subject(tokens, trig: Match, modifiers) -> bool:
    """'Talks between Iran and the United States will take place in Oman', 'a meeting between Putin
    and Trump was possible', 'any attack on Russian territory would be met with': an act named by a
    noun (after a determiner, or opening the sentence) that is the subject of a future, modal or
    conditional verb has not happened ('si terranno sabato': a future ending counts). A past verb
    first ('killed', 'a tué') or a clause break ends the search; 'may have been' is said of an act
    that happened."""
    endings = _as_tuple(modifiers["_endings"]) if modifiers["_endings"] else None
    for j in range(trig.end, min(len(tokens), trig.end + UNREAL_SUBJECT_REACH)):
        word = tokens[j]
        if _kind_at(modifiers, "future", j) or _kind_at(modifiers, "modal", j) or (endings and len(word.surface) >= 6 and word.text.islower() and word.surface.endswith(endings) and not _kind_at(modifiers, "determiner", j - 1)):
            return not (j + 1 < len(tokens) and tokens[j + 1].lower in ("have", "been", "avoir", "haber", "haben", "avere", "ter"))
        if word.text in (",", ";", ":", "(") or _kind_at(modifiers, "clause_break", j) or (word.lower in PAST_AUXILIARIES and not _kind_at(modifiers, "determiner", j)) or (word.text.endswith("ed") and len(word.text) > 4 and word.text.islower()):
            return False
    return False


ANNIVERSARY_REACH = 5  # 'the anniversary of the Hamas attack', 'le troisième anniversaire de l'invasion russe'
CLAUSE_MODAL_REACH = 12  # 'denied reports that its troops had shelled a hospital in Kharkiv'


def _in_clause_modal(tokens, trig: Match, modifiers) -> bool:
    """'Moscow denied reports that its troops had shelled a hospital', 'Está previsto que el
    presidente se reúna con', 'les informations selon lesquelles il aurait arrêté': a phrase that
    opens a clause of hearsay or of plans (`clause_modal`) covers the whole clause, however long
    its subject, up to the next clause break."""
    for s, e in modifiers["clause_modal"]:
        if e <= trig.start and trig.start - e <= CLAUSE_MODAL_REACH and not any(_kind_at(modifiers, "clause_break", k) or tokens[k].text in (";", ":", "?", "!") for k in range(e, trig.start)):
            return True
    return False


# 'has proposed a new round of talks between Serbia and Kosovo', 'a proposé des négociations':
# talks a verb proposes or asks for are not held
PROPOSAL_VERB_LEMMAS = frozenset({"propose", "suggest", "urge", "seek", "request", "demand", "proposer", "suggérer", "réclamer", "proponer", "sugerir", "reclamar", "vorschlagen", "fordern", "proporre", "suggerire", "chiedere", "propor", "sugerir", "pedir"})
PROPOSAL_VERB_REACH = 5


def _proposed_talks(tokens, trig: Match, modifiers) -> bool:
    """'a proposal for direct nuclear talks', 'calls for negotiations': talks named after a
    proposal noun and 'for' (two qualifying words may stand between) are not held; nor are
    those a proposal verb names as its object a few words before ('has proposed a new round of talks')."""
    for k in range(trig.start - 1, max(-1, trig.start - 1 - PROPOSAL_VERB_REACH), -1):
        if tokens[k].text in (",", ";", ":") or _kind_at(modifiers, "clause_break", k):
            break
        if tokens[k].key in PROPOSAL_VERB_LEMMAS:
            return True
    k = trig.start - 1
    while k >= 0 and trig.start - k <= 3 and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].lower != "for":
        k -= 1
    return k >= 1 and tokens[k].lower == "for" and tokens[k - 1].lower in PROPOSAL_NOUNS


PLANNED_TRIP_REACH = 10  # 'will travel to Kabul on Wednesday for talks'


def _planned_trip(tokens, k: int, modifiers) -> bool:
    """A future word ('will', 'is expected to') stands before the 'for' at k in its own clause."""
    for j in range(k - 1, max(-1, k - PLANNED_TRIP_REACH), -1):
        if _kind_at(modifiers, "clause_break", j) or tokens[j].text in (";", ":"):
            return False
        if _kind_at(modifiers, "future", j):
            return True
    return False


PAST_YEAR_REACH = 8  # 'clashes in the Galwan valley in 2020 killed': the year may stand before the act
FRONTED_YEAR_REACH = 2  # ... but a year inside the sentence only right before it ('in 2020 killed'); at its start, anywhere
# month names of the six languages: 'in February 2022', 'en febrero de 2022', 'im Februar 2022'
MONTH_NAMES = frozenset("""january february march april may june july august september october november december
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    januar februar marz april mai juni juli august september oktober november dezember
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro""".split())
YEAR_OF = frozenset({"of", "de", "del", "di", "do", "da", "von", "vom"})  # 'en febrero de 2022', 'the invasion of 1939'


VIOLENT_YEAR_ROOT = "15"  # force, coercion and violence: 'the 1982 invasion' is history (not 'the 2015 nuclear deal', which may be left)


def _past_year_at(tokens, k: int, year: int) -> bool:
    text = tokens[k].text
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) < year


def _year_of_after(tokens, trig: Match, year: int) -> bool:
    """'the German invasion of 1939', 'l'invasion allemande de 1939', 'des Überfalls von 1939':
    an act whose of-phrase, right after it or after one adjective, is a past year."""
    for k in (trig.end, trig.end + 1):
        if k + 1 < len(tokens) and tokens[k].lower in YEAR_OF and _past_year_at(tokens, k + 1, year):
            return True
    return False


MIDDLE_FIELD_REACH = 8  # 'Russland hatte 2014 die Krim annektiert'


def _middle_field_year(tokens, trig: Match, modifiers, year: int) -> bool:
    """German writes a year bare in the middle field: 'Russland hatte 2014 die Krim annektiert',
    'Die Krim war 2014 von Russland annektiert worden'. A past year between the clause's start and
    its verb-final act places the act in it."""
    for k in range(trig.start - 1, max(-1, trig.start - 1 - MIDDLE_FIELD_REACH), -1):
        if tokens[k].text in (",", ";", ":") or _kind_at(modifiers, "clause_break", k):
            break
        if _past_year_at(tokens, k, year):
            return True
    # ('Russland griff 2022 die Ukraine an', 'annektierte 2014 die Krim': right after the verb, or in its gap)
    return any(_past_year_at(tokens, k, year) for k in range(trig.start + 1, min(len(tokens), trig.end + 1)))


def _in_past_year(tokens, trig: Match, modifiers, year: int) -> bool:
    """'Russia invaded Ukraine in February 2022', 'En 2014, la Russie a annexé la Crimée', 'nel
    2014 la Russia ha annesso': an act its own clause places in a year (`year_place`: in, en, em,
    nel, im Jahr) before the publication's is background, no event of the day the article reports
    (in January, last year counts as this one: late December is news)
    (a year as a name, 'the 2015 nuclear deal', places nothing)."""
    if trig.payload.code[:2] >= VIOLENT_YEAR_ROOT and any(_past_year_at(tokens, k, year) for k in range(max(0, trig.start - 2), trig.start)):
        return True  # 'ordered the 1982 invasion of Lebanon', 'the 2008 Russian war in Georgia': a violent act of a past year
    if _year_of_after(tokens, trig, year):
        return True
    for s, e in modifiers.get("year_place", ()):
        if not (trig.end <= s <= trig.end + PAST_YEAR_REACH or trig.start - PAST_YEAR_REACH <= s < trig.start):
            continue
        k = e
        if k < len(tokens) and tokens[k].lower in MONTH_NAMES:
            k += 2 if k + 1 < len(tokens) and tokens[k + 1].lower in YEAR_OF else 1
        if k >= len(tokens) or not (len(tokens[k].text) == 4 and tokens[k].text.isdigit() and 1900 <= int(tokens[k].text) < year):
            continue
        if s > 0 and _kind_at(modifiers, "since", s):
            continue  # ('aterrorizada desde 2017 por rebeldes': a span still going on; only 'Since 2022, Russia has ...' opens background)
        if s < trig.start and s > 0 and trig.start - k > FRONTED_YEAR_REACH:
            continue  # ('a été informée en octobre 2020 de l'exécution': the year of another verb)
        lo, hi = (trig.end, s) if s >= trig.end else (k + 1, trig.start)
        # ('signed an agreement to increase trade in 1983': the year of the infinitive's act, not of
        # the signing; pt/es 'a' is also the article: 'invadiu a Ucrânia em 2022')
        if not any(_kind_at(modifiers, "clause_break", j) or (s >= trig.end and _kind_at(modifiers, "infinitive", j) and not _kind_at(modifiers, "determiner", j) and j + 1 < len(tokens) and tokens[j + 1].text.islower()) or tokens[j].text in (";", ":") for j in range(lo, hi)):
            return True
    return False


SINCE_REACH = 6
MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"})


def _since_background(tokens, trig: Match, year: int) -> bool:
    """'the deadliest attack since the junta seized power', 'has been fighting Boko Haram since
    2009', 'has killed more than 50,000 people since October 2023': an act in a since-clause, or
    one its own clause counts from a year before the publication's, is background."""
    for k in range(max(0, trig.start - SINCE_REACH), trig.start):
        if tokens[k].lower == "since" and not any(tokens[j].text in (",", ";", ":") for j in range(k, trig.start)):
            return tokens[trig.start].text[:1].islower()  # ('since the junta seized power')
    end = min(len(tokens), trig.end + HABITUAL_REACH + 2)
    for k in range(trig.end, end):
        if tokens[k].text in (",", ";", ":"):
            return False
        if tokens[k].lower == "since" and k + 1 < len(tokens):
            j = k + 2 if tokens[k + 1].lower in MONTH_WORDS and k + 2 < len(tokens) else k + 1
            text = tokens[j].text
            return len(text) == 4 and text.isdigit() and 1900 <= int(text) < year
    return False


HABITUAL_REACH = 8  # 'have kidnapped hundreds of people in the northwest in recent years'


def _habitual(tokens, trig: Match, modifiers) -> bool:
    """'The bandits have kidnapped hundreds of people in recent years', 'Pyongyang has for
    decades condemned the drills': an act spread over years in the act's own clause is background,
    no event of a day."""
    for s, e in modifiers.get("habitual", ()):
        if trig.end <= s and s - trig.end <= HABITUAL_REACH and not any(_kind_at(modifiers, "clause_break", k) or tokens[k].text in (",", ";") for k in range(trig.end, s)):
            return True
        if e <= trig.start and trig.start - e <= 2 and not any(tokens[k].text in (",", ";", ":") for k in range(e, trig.start)):
            return True
        if trig.start < s and e < trig.end:
            return True  # inside the act's gap: 'acusou no passado Portugal de ingerência'
        if s <= 1 and e <= trig.start and trig.start - e <= HABITUAL_REACH and not any(_kind_at(modifiers, "clause_break", k) or tokens[k].text in (";", ":") for k in range(e, trig.start)):
            return True  # fronted, it spans the main clause: 'For years, China has threatened', 'Seit Jahren droht China'
    return False
def _keep_suspected_doers(tokens, modifiers: Modifiers, mentions) -> None:
    """'Des jihadistes présumés ont tué vingt soldats', 'suspected militants killed', 'presunti
    jihadisti', 'mutmaßliche Islamisten': 'suspected' qualifying the noun naming the doer doubts
    who they are, not whether the act happened, so it is no modal there. (Before an adjective,
    'the alleged Russian attack', or followed by 'of', 'suspected of killing', it keeps doubting the act.)"""
    nouns = [m for m in mentions if m.kind not in ("adjective", "location", "anti")]
    for start, end in modifiers["suspect"]:
        if end < len(tokens) and (_kind_at(modifiers, "of", end) or tokens[end].lower in COMPLEMENTIZERS):
            continue  # ('suspected of killing', 'Police suspected that rebels killed': the act is doubted)
        if any(m.end == start or m.start == end for m in nouns) and (start, end) in modifiers.get("modal", ()):
            modifiers["modal"].remove((start, end))
            modifiers.at["modal"].difference_update(range(start, end))


def _noun_outcome(tokens, trig: Match, modifiers) -> str | None:
    """'Le sommet entre les dirigeants chinois et américain aura lieu en novembre', 'il vertice
    tra Putin e Trump si terrà in Alaska': a meeting named by a noun whose own verb, after it in
    its clause, is in the future has not happened ('future'); 'les négociations entre Kiev et
    Moscou sont au point mort', 'liegen auf Eis' (modifiers.tsv `stalled`) are not going on ('negation')."""
    endings = _as_tuple(modifiers.get("_endings", frozenset()))
    for k in range(trig.end, len(tokens)):
        word = tokens[k]
        if not word.text[:1].isalnum() or _kind_at(modifiers, "clause_break", k):
            return None
        if _kind_at(modifiers, "stalled", k):
            return "negation"
        if _kind_at(modifiers, "future", k) or (len(word.surface) >= 4 and word.text.islower() and word.surface.endswith(endings)):
            return "future"
    return None


# verbs that mean both 'call on' and 'phone': lemma, and the words that open what is called for
CALL_VERBS = {"fr": ("appeler", frozenset({"à", "au", "aux", "a"}))}


def _called_by_phone(tokens, trig: Match, target: Mention, verb) -> bool:
    """'Emmanuel Macron a appelé Vladimir Poutine mardi', 'a appelé Zelensky pour lui exprimer son
    soutien': French 'appeler' with a person or state as its object and no 'à' naming what is
    called for is a telephone call; 'a appelé Poutine à cesser les frappes' is an appeal."""
    lemma, openers = verb
    if tokens[trig.end - 1].key != lemma or not trig.end <= target.start <= trig.end + 2:
        return False
    for k in range(target.end, min(len(tokens), target.end + CALL_REACH)):
        word = tokens[k].lower
        if word in openers:
            return False  # ('a appelé la Russie, mardi, à retirer ses troupes')
        if word in CALL_PURPOSE or word in (".", ";", ":", "?", "!"):
            break  # ('pour lui exprimer son soutien à l'Ukraine': the purpose of the call)
    return True


CALL_REACH = 6
CALL_PURPOSE = frozenset({"pour", "afin", "dont", "qui", "lors", "après", "avant"})


def _pending_present(tokens, trig: Match, modifiers) -> bool:
    """'must agree to the changes before they demobilize', 'will stay until the militias
    withdraw': a verb in the present right after its subject, in a clause opened by before or
    until, is a condition still to be met, not an act that happened."""
    word, k = tokens[trig.start], trig.start - 1
    if k < 0 or word.surface not in (word.key, word.key + "s", word.key + "es"):
        return False
    before = tokens[k]
    return _any_kind_at(modifiers, ("pronoun", "plural_pronoun"), k) or before.text[:1].isupper() or (before.surface != before.key and before.surface.endswith("s"))


COMMITMENT_TAIL = 2  # words between a long commitment's end and its act: 'agreed on Monday to boost security cooperation'
PURPOSE_REACH = 8  # 'willing to send material to help defend': the head verb's 'to', then its object


def _purpose_head(tokens, trig: Match, modifiers) -> int | None:
    """'Norway is willing to send material to help defend X', 'refused to send troops to protect
    Y': an act named in a purpose infinitive shares what its head verb's infinitive is (a promise,
    a refusal, a plan), which stands too far back for the trigger's own window: the head verb's
    position, or None."""
    k = trig.start - 1
    if k >= 1 and tokens[k].lower == "help":
        k -= 1  # 'to help defend'
    if k < 1 or not _kind_at(modifiers, "infinitive", k):
        return None
    for j in range(k - 1, max(-1, k - PURPOSE_REACH), -1):
        if _has_punct(tokens, j, k) or _kind_at(modifiers, "clause_break", j):
            return None
        if _kind_at(modifiers, "infinitive", j):
            return j + 1 if j + 1 < k else None
    return None


@lru_cache(maxsize=64)
def _as_tuple(endings: frozenset[str]) -> tuple[str, ...]:
    """str.endswith takes a tuple: one call instead of a generator over the endings."""
    return tuple(endings)


def _announced(tokens, trig: Match, modifiers, mentions, source, intents, code: str) -> str | None:
    """The code of announcing a future act, when the act's source is the one who announces it:
    a report verb ('said', 'a annoncé') earlier in the sentence whose subject is the act's source,
    or a pronoun standing for it."""
    reports = [s for s, _ in modifiers.get("report_verb", ()) if s < trig.start]
    mention, actor = source
    if mention.rule == "quote_speaker":
        return intent_code(code, intents)  # '"We will send aid," he said': the speaker's own announcement
    if not reports:
        # 'The rebels will keep negotiating, their spokesman Konate said': the attribution follows
        speaker = _trailing_speaker(tokens, trig, modifiers, mentions)
        same = speaker is not None and (actor in speaker.actors or actor.country in {a.country for a in speaker.actors})
        if speaker is None and _intends(tokens, trig, modifiers) and (intent := intent_code(code, intents)) and intent.startswith(THREAT_ROOT):
            return intent  # 'Greece plans to impose restrictions on its labour market': its own stated plan, a threat
        return intent_code(code, intents) if same else None
    speaker = next((m for m in reversed(mentions) if m.end <= reports[-1] and not m.oblique), None)
    # ('The Iranian foreign minister said Iran will send aid': a state's official speaks for it)
    same = speaker is not None and (actor in speaker.actors or mention is speaker or (actor.role is None and actor.country in {a.country for a in speaker.actors}))
    if not (same or (mention.resolved and mention.start > reports[-1])):
        return None
    return intent_code(code, intents)


INTENTION_MARKERS = frozenset({"plans to", "plan to", "planned to", "intends to", "intend to", "wants to", "want to", "seeks to", "seek to", "aims to", "aim to"})


def _intends(tokens, trig: Match, modifiers) -> bool:
    """The future marker right before the act is the doer's own intention ('plans to', 'intends
    to', 'wants to'), not a forecast ('is expected to', 'is likely to') or a schedule."""
    lo = max(0, trig.start - MODIFIER_WINDOW)
    return any(lo <= s and e <= trig.start and " ".join(t.text.casefold() for t in tokens[s:e]) in INTENTION_MARKERS for s, e in modifiers.get("future", ()))


def _trailing_speaker(tokens, trig: Match, modifiers, mentions) -> Mention | None:
    """', X said.' / ', said X.' closing the sentence after the act: the speaker X."""
    for s, e in modifiers.get("report_verb", ()):
        if s <= trig.end or len(tokens) - e > ATTRIBUTION_TAIL or not any(tokens[k].text == "," for k in range(trig.end, s)):
            continue
        # an inverted speaker first ('..., said the minister', '... de Marruecos, dijo el ministro':
        # the actor before the comma is the act's), else one before the verb (', the mission, known as MONUSCO, said')
        after = next((m for m in mentions if e <= m.start and m.start - e <= 1 and m.kind not in ("location", "anti") and not m.resolved), None)
        if after is not None:
            return after
        for m in mentions:
            if m.kind in ("location", "anti") or m.resolved:
                continue
            if m.end <= s and s - m.end <= 1 and m.start > trig.end:
                return m
    return None


POSSIBILITY_REACH = 2  # 'could impose', 'could soon impose'


def _conditional_threat(tokens, trig: Match, modifiers, lex: LanguageLexicon, intents) -> str | None:
    """'The EU could impose new sanctions if Russia does not withdraw', 'X might halt its mediation
    unless ...': a hostile act (one whose announcement is a threat, intents.tsv 13x) said to be
    possible (modifiers.tsv `possibility`, right before it) on a condition that follows
    (`condition`: if, unless) is the threat of it; without the condition it is a mere possibility
    and stays uncoded."""
    threat = intent_code(trig.payload.code, intents)
    if threat is None or not threat.startswith("13"):
        return None
    possible = lex.modifier_words.get("possibility")
    if not possible or not any(tokens[k].text.casefold() in possible for k in range(max(0, trig.start - POSSIBILITY_REACH), trig.start)):
        return None
    if not any(s >= trig.end for s, _ in modifiers.get("condition", ())):
        return None
    return threat


SAME_ACT_REACH = 4  # 'did the same by expelling', 'a fait de même en renvoyant': the act named right after
DENIAL = "016"
ACCUSATION = "112"


def _after_content_marker(trig: Match, target: Mention, modifiers, mentions: list[Mention]) -> bool:
    """An of/de stands between an accusation and the first actor after it, outside any actor's
    name: the actor belongs to the charge ('accused X of spying for Y'), not to the accused."""
    for s, e in modifiers.get("of", ()):
        if trig.start < s < target.start and not any(m.start <= s < m.end for m in mentions) and not (e == target.start and _kind_at(modifiers, "determiner", s)):
            # ('warf der ukrainischen Regierung ... vor': a German article that is also genitive is the accused's own)
            return True
    return False
SPEECH_ACT_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
# acts whose content is another act: appeals, demands, threats, denials, promises, accusations
# ("pidió a Perú que retire", "bestritt, ... angegriffen zu haben")
CONTENT_ROOTS = SPEECH_ACT_ROOTS
DIRECTIVE_ROOTS = frozenset({"02", "10"})
# ... and so is what an accusation, a denial or a threat says ('accusations that Taiwan attacked',
# 'denied that its navy fired'): an allegation, not a reported act
THAT_CONTENT_CODES = ("112", "016", "13")
COMPLEMENT_REACH = 8  # "pidió al Gobierno de Perú que retire": addressee, then que/that + the act


def _function_words_only(tokens, modifiers, mentions, lo: int, hi: int) -> bool:
    """Between lo and hi only actors, determiners, prepositions, coordinators, commas and the
    infinitive marker: nothing that could be a verb of its own."""
    covered = {k for m in mentions for k in range(m.start, m.end)}
    # (the verb's own preposition right after it: 'appellierte an', 'a demandé à')
    return all(k in covered or tokens[k].text == "," or _any_kind_at(modifiers, ("determiner", "coordination", "infinitive") + PREPOSITIONS, k) or k == lo and tokens[k].text.isalpha() and tokens[k].text.islower() and len(tokens[k].text) <= 3 for k in range(lo, hi))


def _is_complement(tokens, trig: Match, modifiers, previous: Match | None, mentions: list[Mention] = (), lang: str = "") -> bool:
    """'threatened to impose sanctions', 'denied attacking the convoy', 'accused X of spying': the
    second act is the content of the first (a threat, a denial, an accusation), not an event.

    Also an appeal or demand followed by its addressee and a that-clause ("Ecuador pidió a Perú que
    retire sus tropas", "exigé que le Pérou retire"): the withdrawal is what is asked for, not done;
    and a German zu-infinitive after a denial or other speech act ("bestritt, die Ukraine
    angegriffen zu haben"), where the infinitive marker follows the verb."""
    if previous is None:
        return False
    if lang in PAST_ENDINGS and previous.payload.code[:2] in SPEECH_ACT_ROOTS and _coordinated_past_verb(tokens, previous, trig, lang):
        return False  # 'condemned Lithuania but praised Germany', 'condenó a Rusia y elogió a Ucrania': a second act of the same subject
    if lang == "en" and trig.end < len(tokens) and _kind_at(modifiers, "agent", trig.end) and tokens[trig.end - 1].lower.endswith("ed"):
        return False  # 'agreed to a truce brokered by the United States': a participle with its agent qualifies the noun
    gap = trig.start - previous.end
    if trig.start > 0 and _kind_at(modifiers, "infinitive", trig.start - 1) and (gap <= 6 or gap <= 12 and _function_words_only(tokens, modifiers, mentions, previous.end, trig.start)):
        return True  # ('appellierte an Russland und an die Ukraine, zu verhandeln': a long list of addressees)
    if lang == "en" and previous.payload.code[:2] in ASKING_ROOTS and 2 <= trig.start and gap <= 6 and _kind_at(modifiers, "infinitive", trig.start - 2) and tokens[trig.start - 1].text.isalpha() and tokens[trig.start - 1].text.islower():
        return True  # 'called on EU members to boost military aid to Ukraine': the aid is asked for
    if gap <= 8 and _coordinated_infinitive(tokens, trig.start, modifiers):
        return True  # 'urged Arabs to unite and mobilize': the second infinitive is asked for too
    root = previous.payload.code[:2]
    if lang in VERB_FINAL_LANGUAGES and root in CONTENT_ROOTS and gap <= COMPLEMENT_REACH + 4 and (_kind_at(modifiers, "infinitive", trig.end) or _zu_infinitive(tokens[trig.end - 1].text)) and _verb_final_clause(tokens, previous, trig, modifiers):
        return True  # 'bestritt, die Ukraine angegriffen zu haben'
    if (root in DIRECTIVE_ROOTS or previous.payload.code.startswith(THAT_CONTENT_CODES)) and 0 <= gap <= COMPLEMENT_REACH and _that_clause(tokens, previous, trig, modifiers, mentions):
        return True
    if lang == "en" and previous.payload.code.startswith(ACCUSATION) and 0 < gap <= COMPLEMENT_REACH and _charge_gerund(tokens, previous.end, trig.start, modifiers):
        return True  # 'accused Western embassies of funding opposition protests': the protests are the charge's
    if root in SPEECH_ACT_ROOTS and gap > 1:
        # 'prometeu ao Paraguai ajuda humanitária', 'offered Kyiv new aid': past the addressee
        covered = {k for m in mentions for k in range(m.start, m.end)}
        # ('amenazó este lunes con imponer aranceles': a threat's 'con', 'com' introduces what it threatens)
        skipped = ("determiner", "location", "infinitive", "date", "with") if root == THREAT_ROOT else ("determiner", "location", "infinitive", "date")
        gap = sum(1 for k in range(previous.end, trig.start) if k not in covered and tokens[k].text not in TIME_ADVERBS and not any(_kind_at(modifiers, kind, k) for kind in skipped))
    return root in SPEECH_ACT_ROOTS and gap <= 1


def _charge_gerund(tokens, lo: int, hi: int, modifiers) -> bool:
    """'of' + a gerund ('of funding', 'of backing') opens the charge between an accusation and a
    later act, with no clause or sentence break between."""
    if any(_kind_at(modifiers, "clause_break", k) or tokens[k].text in (";", ":", ".", ",") for k in range(lo, hi)):
        return False
    return any(tokens[k].lower == "of" and tokens[k + 1].lower.endswith("ing") and tokens[k + 1].text.isalpha() for k in range(lo, hi - 1))


ASKING_ROOTS = frozenset({"02", "03", "10", "13"})  # appeals, promises, demands, threats: what their infinitive's verb governs is content
# adverbs of time between a speech act and its content: 'threatened today to hold a general strike'
TIME_ADVERBS = frozenset({"today", "yesterday", "tonight", "again", "also", "now", "once", "repeatedly"})


COORDINATORS = frozenset({"and", "or"})


def _coordinated_infinitive(tokens, k: int, modifiers) -> bool:
    """'to unite and ``mobilize\'\'', 'to lay down their arms or leave': the word at k follows
    'and'/'or' after a one-word infinitive (quotation marks aside)."""
    j = k - 1
    while j >= 0 and tokens[j].text in QUOTES | {"``", "''"}:
        j -= 1
    if j < 2 or tokens[j].lower not in COORDINATORS:
        return False
    # (both in the base form, as infinitives are: not 'sent troops to Somalia and attacked')
    return _kind_at(modifiers, "infinitive", j - 2) and all(tokens[i].text.isalpha() and tokens[i].text.islower() and tokens[i].key == tokens[i].lower for i in (j - 1, k))


PAST_VERB_COORDINATORS = frozenset({"and", "but", "y", "pero", "e", "mas"})


PAST_ENDINGS = {"en": ("ed",), "es": ("ó", "aron", "ieron"), "pt": ("ou", "aram", "eu", "eram", "iu", "iram")}


def _coordinated_past_verb(tokens, previous: Match, trig: Match, lang: str = "en") -> bool:
    """'condemned Lithuania but praised Germany', 'accused Kyiv and thanked Paris', 'apelou à paz
    e recebeu o Presidente': a past-tense verb right after and/but is a new act, not the content of
    the speech act before it."""
    return trig.start - 1 >= previous.end and tokens[trig.start - 1].lower in PAST_VERB_COORDINATORS and tokens[trig.start].text.lower().endswith(PAST_ENDINGS[lang])


# acts whose object, named as a noun with its own owner, is an act that happened: 'condemned
# India's order to reduce', 'rejected the rebel demand'
JUDGING_ROOTS = frozenset({"11", "12"})


def _owned_act(tokens, trig: Match, previous: Match | None, mentions, modifiers, words: dict, lang: str = "") -> bool:
    """The act after a speech act is not its content but a reported act: decided by a decision
    noun's owner ("India's order to reduce the staff", 'la décision de Paris d'expulser'), or
    named as a noun owned by an actor after a criticism or rejection ("condemned Russia's
    invasion of Ukraine")."""
    if previous is None or trig.payload.code == NOT_AN_EVENT:
        return False
    decisions = words.get("decision", frozenset())
    owned = _noun_owner(tokens, trig, mentions, modifiers, decisions, lang)
    if owned is None:
        return False
    if decisions and trig.start >= 2 and _kind_at(modifiers, "infinitive", trig.start - 1):
        return True  # (the owner of a decision noun)
    return previous.payload.code[:2] in JUDGING_ROOTS and not previous.payload.code.startswith(ACCUSATION) and owned[1] in ("possessive", "agent", "qualifier")


# Romance past participles (a bare one, with no auxiliary before it, modifies a noun: 'les sept
# touristes enlevés', 'aterrorizada por rebeldes') and the verbs that make compound tenses
PARTICIPLE_ENDINGS = {
    "fr": ("é", "ée", "és", "ées", "u", "us"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
}
AUXILIARIES = frozenset({"avoir", "etre", "haber", "ser", "estar", "avere", "essere", "venire", "ter", "haver", "ficar"})
GERUNDS = {"en": ("ing",), "es": ("ando", "iendo", "yendo"), "it": ("ando", "endo"), "pt": ("ando", "endo", "indo")}


def _bare_participle(tokens, trig: Match, lang: str) -> bool:
    """A one-word trigger in participle form with no auxiliary in the three words before it."""
    endings = PARTICIPLE_ENDINGS.get(lang)
    if endings is None or trig.end - trig.start != 1:
        return False
    word = tokens[trig.start].surface
    if len(word) < 5 or not word.endswith(endings):
        return False
    return not any(t.key in AUXILIARIES for t in tokens[max(0, trig.start - 3) : trig.start])


def _gerund(tokens, trig: Match, lang: str) -> bool:
    """'en appelant', ', accusing', ', acusando': an adverbial gerund, whose subject is the clause's."""
    if trig.start == 0:
        return False
    word, before = tokens[trig.start].surface, tokens[trig.start - 1].text
    if lang == "fr":  # 'en appelant', ', tuant au moins vingt civils'
        return before.lower() == "en" and word.endswith("ant") or before == "," and len(word) >= 5 and word.endswith("ant")
    endings = GERUNDS.get(lang)
    return endings is not None and before == "," and word.endswith(endings)


# a promise (03) or threat (13) whose content is another act: the statement takes the code of
# announcing that act (intents.tsv) when it has the promise's or threat's root
ANNOUNCING_ROOTS = frozenset({"03", "13"})


def _announced_act(prior: Match, content: Match, intents: dict[str, str]) -> Match | None:
    """One trigger from the promise's verb to the end of the act promised ('pledged to send aid'),
    coded as the promise of that act; None when the two do not combine."""
    root = prior.payload.code[:2]
    if root not in ANNOUNCING_ROOTS or content.payload.code == NOT_AN_EVENT:
        return None
    code = intent_code(content.payload.code, intents)
    if code is None or code[:2] != root:
        return None
    options = content.payload.options - {"noun", "passive"}
    pattern = EventPattern(code, options, content.payload.rule)
    return Match(prior.start, content.end, pattern)


def _verb_final_clause(tokens, previous: Match, trig: Match, modifiers) -> bool:
    """Between a speech act and a verb that its infinitive marker follows ('zu haben') lies no
    other clause: no sentence punctuation but the comma that opens the infinitive clause."""
    return not any(tokens[k].text in (";", ":", ".") or _kind_at(modifiers, "clause_break", k) for k in range(previous.end, trig.start))


def _that_clause(tokens, previous: Match, trig: Match, modifiers, mentions) -> bool:
    """After an appeal or demand: only its addressee (an actor, determiners, a preposition), then a
    clause opener (que/che/that), then the clause's subject before the act."""
    covered = {k for m in mentions for k in range(m.start, m.end)}
    k = previous.end
    while k < trig.start and (k in covered or _kind_at(modifiers, "determiner", k) or _kind_at(modifiers, "infinitive", k) or _kind_at(modifiers, "location", k) or _kind_at(modifiers, "of", k)):
        if (_kind_at(modifiers, "clause_break", k) or tokens[k].text.casefold() in COMPLEMENTIZERS) and k not in covered:
            break
        k += 1
    # ('denied that it had supplied drones': the English complementizer opens the clause too)
    if k >= trig.start or not (_kind_at(modifiers, "clause_break", k) or tokens[k].text.casefold() in COMPLEMENTIZERS) or not tokens[k].text.isalpha():
        return False
    return not _has_punct(tokens, k + 1, trig.start) and sum(j not in covered for j in range(k + 1, trig.start)) <= 4


# ---------------------------------------------------------------------- actors


def _former_office_holders(actors: list[Match], valid: list[Match], published: dt.date, title_ends: set[int]) -> list[Match]:
    """'Police arrested Yoon Suk Yeol', 'a Dhaka court sentenced Sheikh Hasina': a person whose
    every spell in office ended before the article is an elite of that state (ELI), not its
    government, nor no one; not when a spell of someone of the same name still runs ('Duterte'),
    nor after a title, which says the text speaks of his time in office ('President Assad')."""
    spans = {(m.start, m.end) for m in valid}
    former = {}
    for m in actors:
        entry = m.payload
        if isinstance(entry, ActorEntry) and entry.kind == "person" and entry.valid_to is not None and entry.valid_to < published and (m.start, m.end) not in spans and m.start not in title_ends:
            former[(m.start, m.end)] = Match(m.start, m.end, ActorEntry("person", entry.country, "ELI", entry.rule))
    return list(former.values())


def _entry_valid(entry: ActorEntry, published: dt.date | None) -> bool:
    if entry.kind != "person" or published is None:
        return True
    return (entry.valid_from is None or entry.valid_from <= published) and (entry.valid_to is None or published <= entry.valid_to)


LEAD_SENTENCES, LEAD_WEIGHT = 2, 3  # the headline and lead say what the article is about


def _country_ranking(actor_matches: list[list[Match]], published, sentences=None) -> list[str]:
    """States by how much the article is about them: the most named first, names in the lead
    counting triple (ties: the first named); datelines ("Washington —") do not count."""
    counts: dict[str, int] = {}
    datelined: list[str] = []
    for index, matches in enumerate(actor_matches):
        for m in longest_non_overlapping([m for m in matches if _entry_valid(m.payload, published)]):
            entry = m.payload
            if sentences is not None and _is_dateline(sentences[index][2], m.start, m.end):
                if isinstance(entry, ActorEntry) and entry.role != "IGO" and entry.country:
                    datelined.append(entry.country)
                continue
            if sentences is not None and isinstance(entry, ActorEntry) and entry.kind == "adjective" and _border_adjective(sentences[index][2], m):
                continue  # 'on the Thai border': a place, not what the article is about
            if isinstance(entry, ActorEntry) and entry.kind in ("country", "adjective", "metonym", "person", "named_group") and entry.role != "IGO":
                counts[entry.country] = counts.get(entry.country, 0) + (LEAD_WEIGHT if index < LEAD_SENTENCES else 1)
    if not counts:
        # 'PARIS (AFP) - La police a interpellé 40 personnes': an article naming no state is about
        # the one its dateline places it in
        return datelined[:1]
    return sorted(counts, key=lambda c: -counts[c])  # stable: ties keep the first named first


COMPASS_WORDS = frozenset({"south", "north", "east", "west", "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "central"})


def _compass_place(tokens, m: Mention, modifiers) -> bool:
    """'gunmen in southwestern Nigeria': a country's name after a place word and a compass word
    places a bare role noun there, as 'in Nigeria' does."""
    k = m.start - 1
    return m.kind == "country" and k >= 1 and tokens[k].text in COMPASS_WORDS and _preceded_by(k, modifiers, "location")


BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontière", "frontières", "frontera", "fronteras", "frontiera", "fronteira", "grenze"})
# words that may follow 'the Thai border' when the border is the head of its phrase
BORDER_FOLLOWERS = frozenset({"after", "with", "on", "in", "near", "and", "to", "from", "for", "at", "since", "during", "as", "where", "when", "while", "but", "or", "region", "area", "areas", "zone", "until", "before", "last", "this", "early", "late", "by", "into", "between", "of"})


def _border_adjective(tokens, m: Match) -> bool:
    """'on the Thai border', 'near the Afghan border', 'la frontière syrienne': a state's adjective
    qualifying a border names where something happened, not an actor. ('a Saudi border town', 'the
    Syrian border guards': a border qualifying another noun is that state's.)"""
    if m.end < len(tokens) and tokens[m.end].text.casefold() in BORDER_WORDS:
        after = m.end + 1
        return after >= len(tokens) or not tokens[after].text.isalpha() or not tokens[after].text.islower() or tokens[after].lower in BORDER_FOLLOWERS
    return m.start > 0 and tokens[m.start - 1].text.casefold() in BORDER_WORDS


BORDER_REGION_WORDS = frozenset({"region", "regions", "area", "areas", "zone", "zones"})


def _struck_border_region(tokens, m: Match, modifiers, trigger_starts) -> bool:
    """'shelled the Russian border region of Belgorod', 'attacked Pakistani border areas': a
    state's border region straight after the verb is what was struck, that state's territory,
    not the place where something happened ('in the Afghan border region' stays a place)."""
    if m.end + 1 >= len(tokens) or tokens[m.end + 1].lower not in BORDER_REGION_WORDS:
        return False
    k = m.start - 1
    while k >= 0 and _kind_at(modifiers, "determiner", k):
        k -= 1
    return k >= 0 and k in trigger_starts


DATELINE_MARKS = frozenset({"—", "–", "-", ":", "(", "|"})


def _is_dateline(tokens, start: int, end: int) -> bool:
    """'Washington —', 'PARIS (AFP) -', 'TAIPEI (Reuters)': a place at the head of a paragraph;
    also 'Bogota, Colombia:' (a city and its country, one word each)."""
    if start == 0 and end < len(tokens) and tokens[end].text in DATELINE_MARKS:
        return True
    if start == 0 and end == 1 and len(tokens) > 4 and tokens[1].text == "," and tokens[3].text in DATELINE_MARKS:
        return True  # the city
    return start == 2 and end == 3 and len(tokens) > 4 and tokens[1].text == "," and tokens[3].text in DATELINE_MARKS  # its country


def _find_mentions(tokens: list[Token], lex: LanguageLexicon, modifiers, discourse: Discourse, published, trigger_starts: set[int] = frozenset(), views: dict | None = None) -> list[Mention]:
    """Actor mentions of a sentence, composed (adjective + role, role + of + country) and grouped."""
    views = {} if views is None else views
    roles = [m for m in lex.roles.find(tokens, views) if not _verb_form(tokens, m, lex) and not _postposed_adjective(tokens, m, lex, modifiers) and not _attributive_official(tokens, m, lex, modifiers, trigger_starts)]
    if roles and "group_pronoun" in modifiers and (lex.lang == "en" or _pair_is_latest(discourse)):
        # 'both sides' refers back; 'the Thai side' is a role (in French, 'les deux armées' keeps
        # its role word, unless the article has named a pair for it to mean: 'Les deux dirigeants')
        roles = [m for m in roles if not _in_modifier(m, modifiers, "group_pronoun")]
    if roles and views.get("aid_spans"):
        roles = [m for m in roles if not _qualifies_aid(m, views["aid_spans"])]
    if roles and views.get("inner_spans"):
        # ('rief seinen Botschafter in Peking zurück': an envoy the doer owns is its own, not a qualifier)
        roles = [m for m in roles if not any(s < m.start and m.end < e for s, e in views["inner_spans"]) or _kind_at(modifiers, "possessive", m.start - 1)]
    if roles and views.get("object_spans"):
        roles = [m for m in roles if not any(s < m.start and m.end == e for s, e in views["object_spans"])]
    if roles and views.get("protest_spans"):
        roles = [m for m in roles if not any(s <= m.start and m.end < e for s, e in views["protest_spans"])]
    if roles and views.get("consult_spans"):
        roles = [m for m in roles if not any(s < m.start and m.end == e - 1 for s, e in views["consult_spans"])]
    actors = views["actors"] if "actors" in views else _find_actors(tokens, lex, views)
    raw = [m for m in actors + roles if _entry_valid(m.payload, published)]
    if published is not None and len(raw) < len(actors) + len(roles):
        raw.extend(_former_office_holders(actors, raw, published, {m.end for m in roles}))
    atoms = longest_non_overlapping(raw)
    hyphenated = "-" in _folded_text(tokens, views)  # (folding writes every hyphen '-')
    if hyphenated:
        atoms.extend(_hyphen_compounds(tokens, lex, atoms))
    atoms.extend(_alias_matches(tokens, discourse, atoms))
    if hyphenated:
        atoms.extend(_anti_targets(tokens, lex, atoms))
    atoms.extend(_unknown_names(tokens, lex, atoms, trigger_starts, discourse))
    if lex.lang == "en" and (ngos := _association_names(tokens, atoms, discourse)):
        atoms = [a for a in atoms if not any(n.start <= a.start and a.end <= n.end for n in ngos)] + ngos
    atoms.sort(key=lambda m: m.start)
    mentions = _compose(tokens, atoms, modifiers, trigger_starts, lex.lang)
    mentions = _attach_of_phrases(tokens, mentions, modifiers, trigger_starts)
    collective = lex.modifier_words.get("collective")
    foreign = lex.modifier_words.get("foreign")
    settlements = lex.modifier_words.get("settlement", frozenset())
    visit_ends = views.get("visit_ends", ()) if lex.lang == "en" else ()
    for m in mentions:  # 'à Séoul', 'in Tokyo': a place, not an actor
        if m.kind in ("metonym", "country", "adjective") and (_preceded_by(m.start, modifiers, "location") or (m.kind == "metonym" and m.start in visit_ends) or (m.kind == "adjective" and _border_adjective(tokens, m) and not _struck_border_region(tokens, m, modifiers, trigger_starts)) or _is_dateline(tokens, m.start, m.end) or _named_settlement(tokens, m.start, modifiers, settlements)) and not (m.kind == "adjective" and m.end in trigger_starts) and not _pattern_preposition(m.start, modifiers, views):
            # ('in an Israeli airstrike': an adjective of an act names who did it, not a place)
            m.kind = "location"  # 'in Tokyo', 'near the Indian border
        m.oblique = (_preceded_by_preposition(m.start, modifiers) or _qualified_agent(tokens, m.start, modifiers)) and not _headed_subject(tokens, m, trigger_starts)
    for m in mentions:
        if m.kind == "role" and m.end - m.start == 1 and (owners := _compound_prefix_actors(tokens[m.start].text, lex, m.actors)):
            m.actors = owners  # 'US-Bürger', 'EU-Außenminister', 'Nato-Truppen'
            m.kind = "composed"
    # (a place, even a dateline's 'Bogota, Colombia:', owns no one's 'his armed forces')
    subject = next((m for m in mentions if m.kind not in ("role", "location") and all(a.country for a in m.actors)), None)
    for m in mentions:  # bare "the police", "rebels": the article's own country (or the one place of their clause)
        if m.kind != "role":
            continue
        if collective and _of_collective(tokens, m.end, modifiers, collective):
            continue  # 'des dirigeants de pays arabes', 'leaders of several countries': no one state
        if m.start in views.get("region_ends", ()) or (foreign and _foreign_role(tokens, m, foreign, lex.lang)):
            continue  # 'South American leaders', 'Western journalists': of a region or abroad, not of the article's country
        owner = subject.actors[0].country if subject is not None and subject.start < m.start and _preceded_by(m.start, modifiers, "possessive") else None
        described = discourse.described.get(_words(tokens, m.start, m.end)) if _kind_at(modifiers, "determiner", m.start - 1) else None
        if owner:  # 'Maduro ordered his armed forces', 'la Chine a déployé ses navires'
            # ('Turkey and Greece agreed to reopen their embassies': each owns its own)
            m.actors = [Actor(c, a.role) for a in m.actors for c in _subject_countries(subject, mentions, modifiers)]
            m.kind = "composed"
            m.rule = POSSESSED
        elif described:  # "Pakistan's foreign minister ... The minister said": the one named before
            m.actors = [Actor(described, a.role) for a in m.actors]
            m.kind = "described"
        elif (partner := _coordinated_same_role(mentions, m, modifiers)) is not None:
            m.actors = [Actor(partner, a.role) for a in m.actors]  # 'Israeli helicopters and tanks'
            m.kind = "composed"
        elif (place := _single_place(tokens, mentions, m, modifiers)) or discourse.home:
            m.actors = [Actor(place or discourse.home, a.role) for a in m.actors]
            m.kind = "role_home"
    mentions.extend(_apposed_first_names(tokens, mentions, modifiers, discourse))
    _learn_appositions(tokens, mentions, discourse, modifiers)
    _learn_absorbed_names(tokens, mentions, atoms, discourse, lex.lang)
    _learn_surnames(tokens, mentions, discourse)
    _learn_descriptions(tokens, mentions, discourse)
    _learn_names_after_prefix(tokens, mentions, discourse, lex.lang)
    if "group_pronoun" in modifiers and discourse.met_pair:
        mentions = _yield_to_group_phrases(mentions, modifiers)
    mentions.extend(_resolve_group_references(modifiers, discourse, mentions, trigger_starts, tokens, lex.modifier_words.get("three", frozenset())))
    if discourse.last_org is not None and "org_reference" in modifiers:
        mentions.extend(_org_references(modifiers, discourse, mentions))
    if discourse.last_armed_group is not None and "group_reference" in modifiers:
        mentions.extend(_armed_group_references(modifiers, discourse, mentions))
    if lex.region_groups and discourse.named_states:
        mentions.extend(_region_groups(tokens, lex, discourse, mentions, modifiers))
    if lex.lang == "en" and trigger_starts and "possessive" in modifiers:
        mentions.extend(_object_possessives(tokens, modifiers, discourse, mentions, trigger_starts, views.get("trigger_ends", ())))
        if "report_verb" in modifiers:
            mentions.extend(_reported_possessives(tokens, modifiers, mentions, trigger_starts))
    clitics = lex.modifier_words.get("object_pronoun")
    if clitics and trigger_starts:
        mentions.extend(_object_clitics(tokens, modifiers, discourse, mentions, trigger_starts, clitics))
    mentions.sort(key=lambda m: m.start)
    mentions = _coordinate(_absorb_parenthesised(mentions, tokens), modifiers, tokens)
    return [m for m in mentions if m.actors]


# acts named by phrases a role word may qualify: 'military aid', 'pledged military assistance',
# 'military cooperation' (promises, material cooperation, aid)
# (investigations too: 'sent 21 military and civilian personnel to Bosnia to investigate' — the
# people sent are the investigator's, not an actor of the place)
ROLE_QUALIFIED_ROOTS = frozenset({"03", "06", "07", "09"})
# ... and aid or ties cut, where only a role word inside the phrase qualifies it ('halted military
# aid to Egypt'); one ending it is whom the act is aimed at ('expelled two Estonian diplomats')
INNER_QUALIFIED_ROOTS = frozenset({"16"})
DE_ESCALATION = "087"
DIPLOMATIC_ROOT = "05"  # ... and a role word ending a diplomatic act's phrase is its object ('opened an embassy')


def _qualifies_aid(role: Match, spans: list[tuple[int, int]]) -> bool:
    """A role word ('military', 'militaire') inside an aid or cooperation phrase, before its last
    word, qualifies the aid ('promised military aid to Somalia'): it names no actor, and the
    phrase, whose first word it may be, stays an event. One ending the phrase is what is given
    ('offered to deploy 1,000 police officers to Haiti'), not whom it is given to."""
    return any(s <= role.start and role.end < e or s < role.start and role.end == e for s, e in spans)


def _coordinated_same_role(mentions: list[Mention], m: Mention, modifiers) -> str | None:
    """'Israeli troops and tanks', 'French police and gendarmes': a bare role noun joined by 'and'
    to a role of the same kind that names one state belongs to that state, not to the article's
    home ('Israeli troops and militants' are of two sides: different roles, no sharing); so does
    one joined to a plain noun under a country adjective ('Israeli helicopters and tanks')."""
    if m.start < 2 or not _kind_at(modifiers, "coordination", m.start - 1) or len({a.role for a in m.actors}) != 1:
        return None
    role = m.actors[0].role
    before = next((p for p in mentions if p.end == m.start - 1), None)
    if before is None:
        # 'Israeli helicopters and tanks': a country adjective over a plain noun joined to the role
        before = next((p for p in mentions if p.end == m.start - 2 and p.kind == "adjective" and all(a.role is None for a in p.actors)), None)
        role = None
    if before is None or before.kind in ("role", "location") or not before.actors:
        return None
    countries = {a.country for a in before.actors}
    if len(countries) != 1 or None in countries or any(a.role != role for a in before.actors):
        return None
    return next(iter(countries))


def _pattern_preposition(start: int, modifiers, views: dict) -> bool:
    """The place word before an actor ends an event pattern ('lashed out at Iran', 'hit out at',
    'entschuldigte sich bei Namibia', 'protestierte bei Polen'): it introduces whom the act is
    aimed at, not where it happened."""
    ends = views.get("trigger_ends")
    if not ends:
        return False
    for back in (1, 2, 3):
        k = start - back
        if k < 0:
            return False
        if _kind_at(modifiers, "location", k):
            return k + 1 in ends
        if not _kind_at(modifiers, "determiner", k):
            return False
    return False


PLACED_ROLES = frozenset({"COP", "MIL", "GOV", "JUD", "REB", "INS", "UAF", "CVL"})  # not protesters: often a diaspora


def _single_place(tokens, mentions: list[Mention], role: Mention, modifiers) -> str | None:
    """The one country the clause of a bare role places it in by name ('police in Kabul',
    'killed 50 jihadists in Mali'): that country's, whatever the article's home. Not an
    adjective ('near the Indian border'), and not across a clause or a report verb."""
    if not all(a.role in PLACED_ROLES for a in role.actors):
        return None
    places, direct = set(), set()
    for m in mentions:
        if not (m.kind == "location" or _compass_place(tokens, m, modifiers)) or "adjectives" in m.rule or _is_dateline(tokens, m.start, m.end):
            continue
        lo, hi = (m.end, role.start) if m.end <= role.start else (role.end, m.start)
        if any(_kind_at(modifiers, kind, k) for k in range(lo, hi) for kind in ("clause_break", "report_verb")) or any(tokens[k].text in (";", ":") for k in range(lo, hi)):
            continue
        if m.start > role.end and _kind_at(modifiers, "report_verb", m.end):
            continue  # ', killing 20 people, relief officials in Nairobi said': where the speakers are
        places.update(a.country for a in m.actors)
        if not any(_kind_at(modifiers, "circumstance", k) for k in range(lo, hi)):
            direct.update(a.country for a in m.actors)
    if len(places) > 1 and len(direct) == 1:
        # 'demonstrated outside the embassy in Jakarta against the war in Gaza': a place behind
        # 'against', 'over', 'amid' is the topic's, the other one is where the role stands
        return direct.pop()
    return places.pop() if len(places) == 1 else None


def _foreign_role(tokens, m: Mention, foreign: frozenset[str], lang: str) -> bool:
    """'four Western journalists', 'foreign troops', 'les journalistes étrangers', 'observadores
    internacionales': a role that an adjective places abroad is not the article's country's."""
    k = m.end if lang in POSTPOSED_ADJECTIVE_LANGUAGES else m.start - 1
    return 0 <= k < len(tokens) and tokens[k].surface in foreign


def _subject_countries(subject: Mention, mentions: list[Mention], modifiers) -> list[str]:
    """The countries of a subject and of the actors coordinated with it ('Turkey and Greece')."""
    countries = [a.country for a in subject.actors]
    last = subject
    for m in mentions:
        if m.start >= last.end and _coordinated_span(last.end, m.start, modifiers) and all(a.country for a in m.actors):
            countries += [a.country for a in m.actors]
            last = m
    return list(dict.fromkeys(countries))


POSSESSED = "possessive"  # rule of a role mention owned through his/its/their/ses: never its owner's target


def _of_collective(tokens, end: int, modifiers, collective: frozenset[str]) -> bool:
    """An of-phrase right after a role noun names several unnamed states ('of Arab countries',
    'de ces nations', 'de varios países'): the role belongs to no one state."""
    k = end
    if k >= len(tokens) or not _kind_at(modifiers, "of", k):
        return False
    k += 1
    while k < len(tokens) and k - end <= 3 and tokens[k].text.lower() not in collective:
        if not tokens[k].text[:1].isalpha():
            return False
        k += 1
    return k < len(tokens) and k - end <= 3 and tokens[k].text.lower() in collective


CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})


def _currency_prefix(tokens, m: Match) -> bool:
    """'up to US $50 million', 'HK$ 3 billion': a country's name right before a currency sign
    names the currency, not an actor."""
    return m.end - m.start == 1 and m.end < len(tokens) and tokens[m.end].text[:1] in CURRENCY_SIGNS and tokens[m.start].text.isupper()


FOLLOWER_LEMMAS = frozenset({"supporter", "supporters", "follower", "followers", "loyalist", "loyalists"})
FORMER_ROLE = "ELI"  # role_nouns.tsv: 'former president', 'ousted leader'

ETHNIC_WORDS = frozenset({"ethnic"})
ETHNIC_ROLE = "CVL"


def _ethnic_people(tokens, m: Match) -> bool:
    """'Ethnic Albanians in south Serbia are demanding', 'ethnic Turks began a hunger strike': a
    plural demonym after 'ethnic' names people of the state they live in, not of the state the
    name comes from: a bare role of civilians, placed like 'residents' (the country named where
    they are, else the article's). 'ethnic Albanian guerrillas' (an adjective) stays no one's."""
    word = tokens[m.end - 1].text
    return m.end - m.start == 1 and tokens[m.start - 1].lower in ETHNIC_WORDS and word[:1].isupper() and word.endswith("s")


def _part_of_country(tokens, m: Match) -> bool:
    """'in south Serbia', 'in northern Iraq': a lowercase compass word before a country's name
    names a part of that country, not a region of the world ('South America', 'East Asian')."""
    word = tokens[m.start - 1].text
    return word.islower() and word in COMPASS_WORDS and m.payload.kind == "country"



# cities two states have, listed in metonyms.tsv for the first: the other state's city when an
# article names that state and never the first one
NAMESAKES = {"tripoli": ("LBY", "LBN"), "tripolis": ("LBY", "LBN"), "trípoli": ("LBY", "LBN")}


def _resolve_namesakes(actor_matches: list[list[Match]], sentences) -> None:
    """'rival militias in Tripoli ... the north Lebanese port': an article about Lebanon that never
    names Libya means Lebanon's Tripoli (a city, not the seat of a government)."""
    found = [(i, j) for i, matches in enumerate(actor_matches) for j, m in enumerate(matches)
             if isinstance(m.payload, ActorEntry) and m.payload.kind == "metonym" and m.end - m.start == 1 and sentences[i][2][m.start].lower in NAMESAKES]
    if not found:
        return
    named = {m.payload.country for matches in actor_matches for m in matches if isinstance(m.payload, ActorEntry) and m.payload.kind in ("country", "adjective")}
    for i, j in found:
        m = actor_matches[i][j]
        first, other = NAMESAKES[sentences[i][2][m.start].lower]
        if other in named and first not in named:
            actor_matches[i][j] = m._replace(payload=replace(m.payload, country=other, role=None))


# states that seceded: (independence day, the state their places and names belonged to before)
STATE_SUCCESSION = {"SSD": (dt.date(2011, 7, 9), "SDN"), "ERI": (dt.date(1993, 5, 24), "ETH")}


def _as_of(matches: list[Match], published: dt.date | None) -> list[Match]:
    """'Sudanese rebels shelled the southern regional capital Juba' in an article of 2000: before a
    state's independence its capital and regions belonged to the state it left."""
    if published is None:
        return matches
    return [
        m._replace(payload=replace(m.payload, country=STATE_SUCCESSION[m.payload.country][1]))
        if isinstance(m.payload, ActorEntry) and m.payload.country in STATE_SUCCESSION and published < STATE_SUCCESSION[m.payload.country][0] else m
        for m in matches
    ]


# 'the Sea of Japan', 'the Gulf of Mexico', 'the Gulf of Oman': a sea named after a state is no actor
WATER_BODIES = frozenset({"Sea", "Gulf", "Bay", "Strait", "Straits", "Ocean"})


def _folded_text(tokens, views: dict | None) -> str:
    """The sentence's folded words joined by spaces (the actor matcher's view of it, when made):
    a rule that needs a certain character ('-', '$') can skip a sentence without it at once."""
    view = views.get("folded") if views is not None else None
    return view[1] if view is not None else " ".join(t.lower for t in tokens)


def _find_actors(tokens, lex: LanguageLexicon, views: dict | None = None) -> list[Match]:
    """The actor dictionary's matches in a sentence, less the country names and adjectives that
    a region word before them turns into a region ('South America', 'Latin American leaders',
    'North American': not the United States). Names that hold such a word ('South Korea',
    'North Korean', 'Central African') are entries of their own and match whole."""
    found = lex.actors.find(tokens, views)
    if found and not CURRENCY_SIGNS.isdisjoint(_folded_text(tokens, views)) and any(t.text[:1] in CURRENCY_SIGNS for t in tokens):
        found = [m for m in found if not _currency_prefix(tokens, m)]
    if found and any(m.start > 1 and tokens[m.start - 1].lower in SEA_LINKS for m in found):
        found = [m for m in found if not _sea_name(tokens, m)]
    if found and any(m.start >= 2 and tokens[m.start - 1].lower == "of" and tokens[m.start - 2].text in WATER_BODIES for m in found):
        found = [m for m in found if not (m.start >= 2 and tokens[m.start - 1].lower == "of" and tokens[m.start - 2].text in WATER_BODIES)]
    regions = lex.modifier_words.get("region_prefix")
    if not regions or not found:
        return found
    kept, region_ends = [], set()
    for m in found:
        if m.start > 0 and tokens[m.start - 1].lower in regions and isinstance(m.payload, ActorEntry) and m.payload.kind in ("country", "adjective") and not _part_of_country(tokens, m) and not _inside_state(tokens, m, lex.modifier_words.get("settlement", frozenset())):
            if _ethnic_people(tokens, m):
                kept.append(Match(m.start - 1, m.end, ActorEntry("role", None, ETHNIC_ROLE, m.payload.rule)))
                continue
            region_ends.add(m.end)  # 'Latin American leaders': the role noun after it is no one state's
        else:
            kept.append(m)
    if region_ends and views is not None:
        views["region_ends"] = region_ends
    return kept


PLACE_NOUNS = frozenset({"port", "coast", "region", "capital"})
SEA_WORDS = frozenset({"mar", "mer", "sea", "golfo", "golfe", "gulf"})
SEA_LINKS = frozenset({"de", "del", "do", "da", "of", "di", "du", "la", "the", "sul", "sur", "south", "east", "meridional", "oriental"})


def _sea_name(tokens, m: Match) -> bool:
    """'el mar de Japón', 'o mar do Sul da China', 'the Sea of Japan', 'le golfe de Guinée': a
    country's name inside a sea's or gulf's name is a stretch of water, not that state."""
    for k in range(m.start - 1, max(-1, m.start - 5), -1):
        word = tokens[k].lower
        if word in SEA_WORDS:
            return True
        if word not in SEA_LINKS:
            return False
    return False


def _inside_state(tokens, match: Match, settlements: frozenset[str] = frozenset()) -> bool:
    """'in central Iran', 'in south Lebanon', 'the north Lebanese port': a lowercase compass word
    before a country's name, or before its adjective qualifying a place, places something inside
    that state; capitalised, it names a region of several states ('South America', 'Central
    America'). ('ethnic Albanians' is a people, not the state.)"""
    word = tokens[match.start - 1]
    if not word.text.islower() or word.lower == "ethnic":
        return False
    if match.payload.kind == "country":
        return True
    return match.end < len(tokens) and (tokens[match.end].lower in PLACE_NOUNS or tokens[match.end].lower in settlements)


def _verb_form(tokens, match: Match, lex: LanguageLexicon) -> bool:
    """'forced' is not 'forces': a one-word role noun reached only through the lemma of a verb form."""
    if match.end - match.start != 1:
        return False
    token = tokens[match.start]
    endings = lex.modifier_words.get("verb_form_ending", ())
    return token.key != token.lower and any(token.surface.endswith(e) for e in endings)


POSTPOSED_ADJECTIVE_LANGUAGES = frozenset({"fr", "es", "it", "pt"})


def _postposed_adjective(tokens, match: Match, lex: LanguageLexicon, modifiers) -> bool:
    """'manoeuvres militaires', 'ejercicios militares': in Romance languages a role word right
    after a plain noun is an adjective of that noun, not an actor."""
    if lex.lang not in POSTPOSED_ADJECTIVE_LANGUAGES or match.start == 0 or match.end - match.start != 1:
        return False
    prev = tokens[match.start - 1]
    if not prev.text.isalpha() or prev.text[:1].isupper() or prev.surface in lex.modifier_words.get("number", ()):
        return False  # ('au moins vingt civils': a number is no noun the role word could qualify)
    return not any(s <= match.start - 1 < e for spans in modifiers.values() if isinstance(spans, list) for s, e in spans)


# English role words that are also adjectives: 'official contact', 'official figures'
ATTRIBUTIVE_ROLE_WORDS = frozenset({"official"})
# words after 'official' that leave it a noun: 'an official has said', 'the official also denied'
AFTER_OFFICIAL_NOUN = frozenset({"has", "had", "have", "also", "later", "earlier", "then", "speaking", "today", "yesterday", "tonight", "here", "there", "now", "recently", "reportedly", "himself", "herself"})


def _attributive_official(tokens, match: Match, lex: LanguageLexicon, modifiers, trigger_starts) -> bool:
    """'said they would boycott all official contact with the United States': 'official' right
    before a plain lowercase noun qualifies that noun and names no actor. Before a verb ('an
    official said', 'an official was killed'), a function word, a name ('official Syrian
    newspaper') or an act, it stays the official."""
    if lex.lang != "en" or match.end - match.start != 1 or tokens[match.start].text.casefold() not in ATTRIBUTIVE_ROLE_WORDS or match.end >= len(tokens):
        return False
    nxt = tokens[match.end]
    if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.text in AFTER_OFFICIAL_NOUN or match.end in trigger_starts:
        return False
    return not any(s <= match.end < e for spans in modifiers.values() if isinstance(spans, list) for s, e in spans)


def _hyphen_compounds(tokens, lex, atoms) -> list[Match]:
    """'américano-japonais', 'sino-US': a hyphenated token whose parts are country prefixes."""
    hyphenated = [i for i, t in enumerate(tokens) if "-" in t.text]
    if not hyphenated:
        return []
    covered = {i for m in atoms for i in range(m.start, m.end)}
    found = []
    for i in hyphenated:
        t = tokens[i]
        if i in covered:
            continue
        parts = [p for p in t.lower.split("-") if p]
        countries = [lex.prefixes.get(p) for p in parts]
        if len(parts) >= 2 and all(countries):
            entries = [ActorEntry("adjective", c, None, "compound") for c in countries]
            found.append(Match(i, i + 1, tuple(entries)))
        elif lex.lang == "en" and len(parts) == 2 and parts[1] in LED_SUFFIXES and countries[0]:
            # 'Nigerian-led peacekeepers', 'the Saudi-led coalition': a force is coded as the state
            # that leads it ('Iranian-backed' names a sponsor, not the actor, and stays unmatched);
            # 'a British-flagged tanker', 'a Liberian-registered ship': a ship is its flag state's
            found.append(Match(i, i + 1, (ActorEntry("adjective", countries[0], None, "compound"),)))
    return found


LED_SUFFIXES = frozenset({"led", "flagged", "registered"})
# acts a noun names between the two states of a compound adjective right after (or before) it:
# 'le sommet américano-japonais', 'deutsch-französische Gespräche', 'the Sino-US talks'
COMPOUND_PAIR_ROOTS = frozenset({"03", "04", "05", "06", "19"})


def _compound_prefix_actors(word: str, lex, actors: list[Actor]) -> list[Actor] | None:
    """'US-Bürger', 'EU-Außenminister', 'Nato-Truppen': a German compound whose first part is a
    country prefix names that country's people of the role the rest names; one whose first part
    is an organization ('EU', 'Nato', 'UN') names that organization's."""
    if "-" not in word or lex.lang != "de":
        return None
    head = word.split("-", 1)[0]
    country = lex.prefixes.get(fold(head))  # (keys are folded, as for every prefix lookup)
    if country:
        return [Actor(country, a.role) for a in actors]
    head_tokens = tokenize(head, lex.lang, sentence=False)
    whole = [m for m in lex.actors.find(head_tokens) if m.start == 0 and m.end == len(head_tokens) and isinstance(m.payload, ActorEntry) and m.payload.kind == "organization"]
    return _atom_actors(whole[0])[1] if whole else None


def _anti_targets(tokens, lex: LanguageLexicon, atoms) -> list[Match]:
    """'anti-China protesters', 'manifestations anti-françaises': the country protested against."""
    anti = [i for i, t in enumerate(tokens) if t.lower.startswith("anti-")]
    if not anti:
        return []
    covered = {i for m in atoms for i in range(m.start, m.end)}
    found = []
    for i in anti:
        t = tokens[i]
        if i in covered or len(t.text) < 7:
            continue
        rest = t.text[5:]
        inner = longest_non_overlapping(lex.actors.find(tokenize(rest, lex.lang)))
        country = lex.prefixes.get(fold(rest)) or (inner[0].payload.country if len(inner) == 1 and isinstance(inner[0].payload, ActorEntry) else None)
        if country:
            found.append(Match(i, i + 1, ("anti", country)))
    return found


NAME_REACH = 3  # an unknown name this close before a verb is its subject ("Gomez held talks")


@lru_cache(maxsize=100_000)
def _known_word(word: str, lang: str) -> bool:
    return lemmas.is_known(word, lang)


def _unknown_names(tokens, lex: LanguageLexicon, atoms, trigger_starts, discourse: Discourse) -> list[Match]:
    """A capitalised word sequence the language does not know, right before a verb, names a
    person; with nothing else to go on, news names people of the country it is about."""
    if not discourse.home or not trigger_starts:
        return []
    covered = {i for m in atoms for i in range(m.start, m.end)}
    found = []
    for t_start in sorted(trigger_starts):
        end = t_start
        while end > 0 and t_start - end < NAME_REACH and not tokens[end - 1].text[:1].isupper():
            if not tokens[end - 1].text.isalpha():
                break
            end -= 1
        start = end
        while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.replace("-", "").isalpha() and start - 1 not in covered:
            start -= 1
        if start == end or end - start > 3 or any(_known_word(t.text.lower(), lex.lang) or _hyphen_qualifier(t.text) for t in tokens[start:end]):
            continue
        found.append(Match(start, end, ("name", discourse.home)))
        if end - start == 1:  # most function words are one token
            covered.add(start)
        else:
            covered.update(range(start, end))
    return found


def _hyphen_qualifier(text: str) -> bool:
    """'Iranian-backed', 'Saudi-led', 'Houthi-controlled', 'al-Qaeda-linked': a capitalised word
    ending in a lower-case participle qualifies the noun after it; it names no person."""
    head, sep, tail = text.rpartition("-")
    return bool(sep) and bool(head) and tail.isalpha() and tail.islower() and len(tail) > 3


ASSOCIATION_HEADS = frozenset({"Association", "Foundation", "Society"})
NAME_LINKS = frozenset({"of", "for", "the", "and"})
ARTICLES = frozenset({"the", "a", "an"})


def _association_names(tokens, atoms, discourse: Discourse) -> list[Match]:
    """'the Association of African Jurists', 'the Society for Threatened Peoples', 'the Bar
    Association': a name the dictionaries do not know, headed by Association, Foundation or
    Society, is a non-governmental organisation (NGO) — of the country its own adjective names
    ('the Palestinian Journalists Association'), else of the article's country."""
    heads = [k for k, t in enumerate(tokens) if t.text in ASSOCIATION_HEADS]
    if not heads:
        return []
    covered = {i: m for m in atoms for i in range(m.start, m.end)}
    found = []
    for k in heads:
        if k in covered:
            continue
        start = k
        while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.replace("-", "").isalpha() and tokens[start - 1].lower not in ARTICLES:
            start -= 1
        end = k + 1
        while end + 1 < len(tokens) and tokens[end].text in NAME_LINKS and tokens[end + 1].text[:1].isupper() and end + 1 not in covered:
            end += 2
            while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.replace("-", "").isalpha() and end not in covered:
                end += 1
        inside = {id(covered[i]): covered[i] for i in range(start, end) if i in covered}
        own = [m for m in inside.values() if isinstance(m.payload, ActorEntry) and m.payload.kind in ("adjective", "country") and m.start == start]
        roles = [m for m in inside.values() if isinstance(m.payload, ActorEntry) and m.payload.kind == "role"]  # ('Journalists Association')
        if len(inside) > len(own) + len(roles) or len(own) > 1:
            continue  # (another actor's name inside: not a name of our making)
        country = own[0].payload.country if own else discourse.home
        if country:
            found.append(Match(start, end, ("ngo", country)))
    return found


def _alias_matches(tokens, discourse: Discourse, atoms) -> list[Match]:
    if not discourse.aliases:
        return []
    covered = {i for m in atoms for i in range(m.start, m.end)}
    return [
        Match(i, i + 1, ("alias", discourse.aliases[t.lower]))
        for i, t in enumerate(tokens)
        if i not in covered and t.text[:1].isupper() and t.lower in discourse.aliases
    ]


def _atom_kind(match: Match) -> str:
    """The kind _atom_actors gives, without building the actors (_compose asks it often)."""
    payload = match.payload
    if isinstance(payload, tuple):
        if payload and payload[0] == "alias":
            return "person"
        if payload and payload[0] in ("anti", "name"):
            return payload[0]
        if payload and payload[0] == "ngo":
            return "organization"
        return "adjective"
    return payload.kind


def _atom_actors(match: Match) -> tuple[str, list[Actor]]:
    """(kind, actors) of an atomic match; role-only atoms have country None."""
    payload = match.payload
    if not isinstance(payload, tuple):  # a dictionary entry (most atoms)
        if payload.kind == "role":
            return "role", [Actor("", payload.role)]
        return payload.kind, [Actor(payload.country, payload.role)]
    tag = payload[0] if payload else None
    if tag == "alias":
        return "person", list(payload[1])
    if tag == "anti":
        return "anti", [Actor(payload[1], None)]
    if tag == "name":
        return "name", [Actor(payload[1], None)]
    if tag == "ngo":
        return "organization", [Actor(payload[1], "NGO")]
    return "adjective", [Actor(e.country, None) for e in payload]


def _compose(tokens, atoms: list[Match], modifiers, trigger_starts=frozenset(), lang: str = "") -> list[Mention]:
    """Join a role noun with the country that qualifies it.

    'South Korean foreign ministry' (adjective + role), 'ministère sud-coréen' (role + adjective),
    'the foreign minister of Japan' / 'les autorités diplomatiques de la Corée du Sud et du Japon'
    (role + of + countries), "Korea's foreign minister" (country + 's + role).
    """
    mentions: list[Mention] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        kind, actors = _atom_actors(atom)
        rule = atom.payload.rule if isinstance(atom.payload, ActorEntry) else "alias"
        mention = Mention(atom.start, atom.end, actors, kind, rule)
        j = i + 1
        if kind == "role" and j < len(atoms) and _name_follows(tokens, atom, atoms[j]) and _atom_kind(atoms[j]) in ("person", "named_group", "organization"):
            # 'le groupe islamiste Ansaru', 'President Macron', 'del Presidente, Evo Morales': the name says who
            inner_kind, inner = _atom_actors(atoms[j])
            # ('former president Aristide', 'ousted president X': out of office, whatever his entry says)
            mention = Mention(atom.start, atoms[j].end, [Actor(a.country, actors[0].role if actors[0].role == FORMER_ROLE else a.role or actors[0].role) for a in inner], "composed", rule)
            j += 1
        elif kind == "role" and lang == "en" and j < len(atoms) and atoms[j].start == atom.end and _atom_kind(atoms[j]) == "name":
            # 'army spokesman Jules Tshikudi': a name the dictionaries do not know, right after a
            # role noun, is the person holding that role; whose role it is is decided as for the noun
            mention = Mention(atom.start, atoms[j].end, actors, kind, rule)
            j += 1
        elif kind == "role" and j < len(atoms):
            next_kind = _atom_kind(atoms[j])
            if next_kind in ("country", "metonym", "organization", "person", "named_group") and _of_between(tokens, modifiers, atom.end, atoms[j].start) and not any(k in trigger_starts for k in range(atom.end, atoms[j].start)):
                # 'les autorités de la Corée du Sud et du Japon', 'the foreign minister of Japan'
                countries = _countries_of(atoms[j])
                end = atoms[j].end
                j += 1
                while j < len(atoms) and _atom_kind(atoms[j]) == "country" and _coordinated(tokens, modifiers, end, atoms[j].start, allow_of=True):
                    countries += _countries_of(atoms[j])
                    end = atoms[j].end
                    j += 1
                # ('members of Hamas' are its fighters; 'supporters of former President Ben Bella' stay civilians)
                inner_role = _atom_actors(atoms[i + 1])[1][0].role if next_kind in ("person", "named_group") and tokens[atom.start].lower not in FOLLOWER_LEMMAS else None
                mention = Mention(atom.start, end, [Actor(c, inner_role or actors[0].role) for c in countries], "composed", rule)
            elif next_kind in ("adjective", "country") and atoms[j].start - atom.end <= 2 and not _has_punct(tokens, atom.end, atoms[j].start) and not (next_kind == "adjective" and _border_adjective(tokens, atoms[j])) and not any(k in trigger_starts for k in range(atom.end, atoms[j].start)) and not (
                next_kind == "country" and any(_kind_at(modifiers, kind, k) for k in range(atom.end, atoms[j].start) for kind in ("infinitive", "location", "with", "agent", "circumstance") if not _kind_at(modifiers, "of", k))
            ) and not any(_kind_at(modifiers, kind, k) for k in range(atom.end, atoms[j].start) for kind in ("report_verb", "clause_break", "passive_aux", "agent", "coordination")):  # 'troops to Belarus', 'ambassador to France' name where the role goes, not whose it is ('the journalist by Saudi agents': nor a by-phrase; 'Taliban forces and Pakistani troops': nor the next of a pair)
                # 'le ministère sud-coréen', 'les forces armées japonaises'
                mention = Mention(atom.start, atoms[j].end, [Actor(c, actors[0].role) for c in _countries_of(atoms[j])], "composed", rule)
                j += 1
        elif kind in ("adjective", "country") and j < len(atoms):
            # 'Thai and Cambodian troops': adjectives joined by a coordinator share the role noun
            k, end = j, atom.end
            listed = list(actors)
            while k < len(atoms) and _atom_kind(atoms[k]) == "adjective" and _coordinated(tokens, modifiers, end, atoms[k].start):
                listed += _atom_actors(atoms[k])[1]
                end = atoms[k].end
                k += 1
            if k > j and k < len(atoms) and _atom_kind(atoms[k]) == "role" and atoms[k].start - end <= 1:
                role = _atom_actors(atoms[k])[1][0].role
                mention = Mention(atom.start, atoms[k].end, [Actor(a.country, role) for a in _unique(listed)], "composed", rule)
                j = k + 1
        if kind in ("named_group", "organization") and j < len(atoms) and _atom_kind(atoms[j]) == "role" and atoms[j].start - atom.end <= 2 and not _has_punct(tokens, atom.end, atoms[j].start, allow=POSSESSIVE_MARKS) and not any(
            k in trigger_starts or _kind_at(modifiers, "report_verb", k) or _kind_at(modifiers, "coordination", k) for k in range(atom.end, atoms[j].start)
        ):  # never across a verb ('the UN agency said armed assailants') or a coordinator ('le Forze di supporto rapido e l'esercito')
            mention = Mention(atom.start, atoms[j].end, actors, "composed", rule)  # 'ELN commanders', 'UN war crimes judges'
            j += 1
        if (kind in ("adjective", "country") or kind in ("metonym", "person") and atom.end < len(tokens) and tokens[atom.end].text in POSSESSIVE_MARKS or kind == "metonym" and j < len(atoms) and atoms[j].start == atom.end) and j == i + 1 and j < len(atoms) and _atom_kind(atoms[j]) == "role":
            # ("Kyiv's forces", "Beijing's envoy", "Trump's special envoy": a capital's or a leader's
            # possessive owns the role as its state does; so does a place right before it: 'a Moscow
            # court', 'Darfur rebels', 'Kharkiv residents')
            gap = atoms[j].start - atom.end
            possessive = gap >= 1 and tokens[atom.end].text in ("'s", "’s")
            # "Russia expelled two diplomats", "Sierra Leone say rebels": never across a verb
            crosses_verb = any(k in trigger_starts or _kind_at(modifiers, "report_verb", k) or _kind_at(modifiers, "passive_aux", k) for k in range(atom.end, atoms[j].start))
            # 'au Mali du journaliste', 'Russia to the rebels': a preposition between them joins two phrases
            crosses_verb = crosses_verb or (not possessive and any(_kind_at(modifiers, kind, k) for k in range(atom.end, atoms[j].start) for kind in PREPOSITIONS + ("infinitive",)))
            if not crosses_verb and (gap <= 1 and not _has_punct(tokens, atom.end, atoms[j].start, allow={"'s", "’s", "-"}) or possessive and gap <= 3):
                role = _atom_actors(atoms[j])[1][0].role
                mention = Mention(atom.start, atoms[j].end, [Actor(a.country, role) for a in actors], "composed", rule)
                j += 1
        # 'Cambodian foreign ministry spokesperson', 'le ministère sud-coréen ... porte-parole': the
        # person named right after a composed actor belongs to it
        while mention.kind == "composed" and j < len(atoms) and _atom_kind(atoms[j]) == "role" and atoms[j].start == mention.end:
            mention = Mention(mention.start, atoms[j].end, mention.actors, "composed", rule)
            j += 1
        for _ in range(2) if mention.kind in ("composed", "named_group", "adjective", "organization") and lang else ():
            # 'the Australian frigate HMAS Warramunga', 'Japanese destroyer JS Sazanami', 'Togolese
            # President Gnassingbe Eyadema', 'USS Halsey': the name after an actor is part of it
            limit = atoms[j].start if j < len(atoms) else len(tokens)
            k = mention.end
            while k < limit and k - mention.end < 4 and k not in trigger_starts and _unknown_name_word(tokens, k, lang):
                k += 1
            if k > mention.end:
                mention = Mention(mention.start, k, mention.actors, mention.kind, rule)
            # ... or a known name or designation ('HMAS Warramunga'), or one guessed before a verb
            # ('its Russian paramilitary group Wagner': common words may stand between)
            gap = range(mention.end, atoms[j].start) if j < len(atoms) else range(0)
            # ('the Sudanese army and the RSF': a coordinator joins two actors, not a name to its actor)
            joined = j < len(atoms) and len(gap) <= 2 and all(tokens[k].text.isalpha() and tokens[k].text.islower() and k not in trigger_starts and not _kind_at(modifiers, "coordination", k) for k in gap)
            if joined and (not gap and _atom_kind(atoms[j]) == "name" and mention.kind != "adjective" or _atom_kind(atoms[j]) in ("named_group", "person") and set(_countries_of(atoms[j])) <= {a.country for a in mention.actors}):
                actors = mention.actors if mention.kind != "adjective" else _atom_actors(atoms[j])[1]
                mention = Mention(mention.start, atoms[j].end, actors, "composed" if mention.kind == "adjective" else mention.kind, rule)
                j += 1
        mentions.append(mention)
        i = j
    return mentions


def _unknown_name_word(tokens, k: int, lang: str) -> bool:
    """A capitalised word the language does not know, or a known one (a short designation in
    capitals, a first name) before one: a part of a name."""
    text = tokens[k].text
    if not (text[:1].isupper() and text.replace("-", "").isalpha()):
        return False
    if not _known_word(text.lower(), lang):
        return True
    # ('JS Sazanami', 'Lars Kvaleberg': a designation or a first name that is also a word)
    return (len(text) <= 4 or not text.isupper()) and k + 1 < len(tokens) and _unknown_name_word(tokens, k + 1, lang) and not tokens[k + 1].text.isupper()


def _name_follows(tokens, role: Match, name: Match) -> bool:
    """The name stands right after the role noun, or after a comma: an apposition ('the
    President, Evo Morales', 'le ministre, Jean Dupont')."""
    return name.start == role.end or (name.start == role.end + 1 and tokens[role.end].text == ",")


def _attach_of_phrases(tokens, mentions: list[Mention], modifiers, trigger_starts=frozenset()) -> list[Mention]:
    """'des avions de l'armée chinoise', 'the warships of the Chinese navy': a bare role followed
    by of + an actor with a country belongs to that country."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind == "role" and nxt is not None and nxt.kind in ("composed", "country", "metonym") and _of_between(tokens, modifiers, m.end, nxt.start) and not any(k in trigger_starts for k in range(m.end, nxt.start)):
            follower = tokens[m.start].lower in FOLLOWER_LEMMAS  # 'supporters of the Algerian president' stay civilians
            out.append(Mention(m.start, nxt.end, [Actor(a.country, m.actors[0].role if follower else a.role or m.actors[0].role) for a in nxt.actors], "composed", m.rule))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _countries_of(match: Match) -> list[str]:
    return [a.country for a in _atom_actors(match)[1] if a.country]


def _has_punct(tokens, lo, hi, allow=frozenset()) -> bool:
    return any(not tokens[k].text[0].isalnum() and tokens[k].text not in allow for k in range(lo, hi))


def _of_between(tokens, modifiers, lo, hi) -> bool:
    """Only 'of'-words and determiners lie between ('of the', 'de la', 'della'), plus at most one
    word right after the role ('autorités diplomatiques de')."""
    if hi - lo > 4 or hi <= lo or _has_punct(tokens, lo, hi):
        return False
    if not any(lo <= s and e <= hi for s, e in modifiers.get("of", ())):
        return False
    others = [k for k in range(lo, hi) if not (_kind_at(modifiers, "of", k) or _kind_at(modifiers, "determiner", k))]
    # ('Zivilisten wurden von russischen Soldaten getötet': a passive's agent is no owner)
    return others == [] or others == [lo] and not _kind_at(modifiers, "passive_aux", lo) and tokens[lo].text.lower() not in PERFECT_AUXILIARIES


def _coordinated(tokens, modifiers, lo, hi, allow_of=False) -> bool:
    """Only a coordinator (and, et, ',', ainsi que) — plus 'of'-words if allowed — lies between."""
    if hi <= lo or hi - lo > 4:
        return False
    for k in range(lo, hi):
        if _kind_at(modifiers, "coordination", k) or tokens[k].text == "," or (allow_of and _kind_at(modifiers, "of", k)):
            continue
        if k > lo and tokens[k].text.isdigit():
            continue  # '2 American, 2 British journalists': a count before the next adjective
        return False
    return _kind_between(modifiers, "coordination", lo, hi) or tokens[lo].text == ","


def _coordinate(mentions: list[Mention], modifiers, tokens) -> list[Mention]:
    """'Séoul et Tokyo', 'China, Russia and Iran' -> one mention holding every actor.

    A bare comma joins actors only inside a list closed by a real coordinator ("A, B and C"):
    "According to China, Vietnam attacked" keeps China and Vietnam apart.
    """
    chains: list[list[Mention]] = []
    for m in mentions:
        prev = chains[-1][-1] if chains else None
        if prev is not None and not m.resolved and not prev.resolved and "location" not in (m.kind, prev.kind) and (_coordinated_span(prev.end, m.start, modifiers) or _repeated_preposition(tokens, modifiers, prev, m)):
            chains[-1].append(m)
        else:
            chains.append([m])
    merged = []
    for chain in chains:
        if len(chain) == 1:  # (most mentions stand alone)
            merged.append(chain[0])
            continue
        # 'para los damnificados, el canciller manifestó': a comma (and a determiner) alone is no list
        links = [all(tokens[k].text == "," or (_kind_at(modifiers, "determiner", k) and not _kind_at(modifiers, "coordination", k)) for k in range(a.end, b.start)) for a, b in zip(chain, chain[1:])]
        if links and all(links):  # commas only: not a list
            merged.extend(chain)
            continue
        if links and links[-1]:  # "A and B, C": keep the part closed by a coordinator
            cut = max(i for i, comma in enumerate(links) if not comma) + 1
            merged.append(_merge(chain[: cut + 1]))
            merged.extend(chain[cut + 1 :])
            continue
        if len(chain) == 2 and _clause_and(tokens, chain[0].end, chain[1].start):
            merged.extend(chain)  # 'rallied outside the court, and police detained': two clauses, not a pair
            continue
        merged.append(_merge(chain))
    return merged


def _clause_and(tokens, lo: int, hi: int) -> bool:
    """English joins two actors with a bare 'and', never with ', and' (a comma before 'and' closes
    a list of three or more, or joins two clauses)."""
    return hi - lo == 2 and tokens[lo].text == "," and tokens[lo + 1].lower == "and"


def _absorb_parenthesised(mentions: list[Mention], tokens) -> list[Mention]:
    """'la Unión Europea (UE) y Estados Unidos': an acronym in brackets right after the name it
    abbreviates is part of that mention, so the list around it stays one."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.start == prev.end + 1 and tokens[prev.end].text == "(" and m.end < len(tokens) and tokens[m.end].text == ")" and set(m.actors) <= set(prev.actors):
            out[-1] = Mention(prev.start, m.end + 1, prev.actors, prev.kind, prev.rule, prev.resolved, prev.oblique)
            continue
        out.append(m)
    return out


def _merge(chain: list[Mention]) -> Mention:
    if len(chain) == 1:
        return chain[0]
    actors = _unique([a for m in chain for a in m.actors])
    return Mention(chain[0].start, chain[-1].end, actors, "group", chain[0].rule, oblique=chain[0].oblique)


def _repeated_preposition(tokens, modifiers, prev: Mention, m: Mention) -> bool:
    """'pidió a Rusia y a Ucrania', 'ha chiesto alla Russia e all'Ucraina', 'appelle an Russland
    und an die Ukraine': a coordinator, then the preposition that introduced the first actor
    again (and determiners), joins the two as one list."""
    lo, hi = prev.end, m.start
    if hi - lo < 2 or hi - lo > 4 or not _kind_at(modifiers, "coordination", lo):
        return False
    k = lo + 1
    if not all(_kind_at(modifiers, "determiner", j) for j in range(k + 1, hi)):
        return False
    p = prev.start - 1
    while p > 0 and _kind_at(modifiers, "determiner", p) and not _any_kind_at(modifiers, PREPOSITIONS, p):
        p -= 1
    if p < 0 or not tokens[k].text.isalpha() and not tokens[k].text.endswith("'"):
        return False
    first, again = tokens[p].text.casefold(), tokens[k].text.casefold()
    same_kind = any(_kind_at(modifiers, kind, p) and _kind_at(modifiers, kind, k) for kind in PREPOSITIONS)
    return first == again or same_kind or (len(first) <= 4 and len(again) <= 4 and first[:3].rstrip("'") == again[:3].rstrip("'") and first[:1] == again[:1])


def _coordinated_span(lo, hi, modifiers) -> bool:
    """Only coordinators and determiners between: 'L'Inde et la Thaïlande', 'the US and the EU',
    'the African Union, together with the EU' (a comma, a two-word coordinator, a determiner)."""
    if hi <= lo or hi - lo > 4:
        return False
    kinds = [("coordination" if _kind_at(modifiers, "coordination", k) else "determiner" if _kind_at(modifiers, "determiner", k) else None) for k in range(lo, hi)]
    return None not in kinds and kinds[0] == "coordination" and (hi - lo < 4 or kinds.count("determiner") <= 1)


def _unique(actors: list[Actor]) -> list[Actor]:
    return list(dict.fromkeys(actors))


def _words(tokens, start: int, end: int) -> str:
    return " ".join(t.lower for t in tokens[max(0, start) : end])


def _learn_descriptions(tokens, mentions: list[Mention], discourse: Discourse) -> None:
    """"Pakistan's foreign minister", "le ministère sud-coréen": later 'the (foreign) minister',
    'le ministère' mean that actor, not one of the article's home country."""
    for m in mentions:
        if m.kind != "composed" or len({a.country for a in m.actors}) != 1 or not m.actors[0].country:
            continue
        for k in (1, 2, 3):  # the role words end an English mention and open a Romance one
            for key in (_words(tokens, m.end - k, m.end), _words(tokens, m.start, m.start + k)):
                if key and key[0].isalpha():
                    discourse.described[key] = m.actors[0].country


def _learn_absorbed_names(tokens, mentions: list[Mention], atoms: list[Match], discourse: Discourse, lang: str) -> None:
    """'le Roumain Iulian Ghergut', 'la missionnaire suisse Béatrice Stöckli': the unknown name a
    mention took in names that actor; later 'Ghergut' means the same one."""
    covered = None
    for m in mentions:
        if m.kind not in ("composed", "adjective", "organization") or len({a.country for a in m.actors}) != 1 or not m.actors[0].country or m.end - m.start < 2:
            continue
        if covered is None:
            covered = {i for a in atoms for i in range(a.start, a.end)}
        for k in range(m.start + 1, m.end):
            t = tokens[k]
            if k not in covered and t.text[:1].isupper() and t.text.replace("-", "").isalpha() and not t.text.isupper() and not _known_word(t.text.lower(), lang):
                discourse.aliases[t.lower] = m.actors


def _learn_surnames(tokens, mentions: list[Mention], discourse: Discourse) -> None:
    """'João Lourenço ... Lourenço convidou': a person the dictionaries name in full is later
    called by the surname alone, which people.tsv leaves out when it is a common word or name;
    within the article it means the same actor (not the article's country, as an unknown name)."""
    for m in mentions:
        if m.kind != "person" or m.end - m.start < 2 or len({a.country for a in m.actors}) != 1:
            continue
        last = tokens[m.end - 1]
        if len(last.text) >= 3 and last.text[:1].isupper() and last.text.replace("-", "").isalpha() and not last.text.isupper():
            known = discourse.aliases.get(last.lower)
            if known is None or known == m.actors:
                discourse.aliases[last.lower] = m.actors


def _learn_names_after_prefix(tokens, mentions: list[Mention], discourse: Discourse, lang: str) -> None:
    """'USS Halsey', 'HMAS Warramunga': the unknown capitalised words right after a named
    group's designation name it; later 'the Halsey' means the same actor."""
    covered = {k for m in mentions for k in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "named_group" or not tokens[m.start].text.isupper():
            continue
        k = m.end
        while k < len(tokens) and k - m.end < 3 and k not in covered and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and not _known_word(tokens[k].text.lower(), lang):
            discourse.aliases[tokens[k].lower] = m.actors
            k += 1


APPOSED_NAME_WORDS = 4  # 'Jo Gu-rae', 'Kanai Masaaki': a name of up to four capitalised words
APPOSITION_LEAD = 2  # ', nouveau représentant en chef du Japon': lower-case words before the role


def _name_start(tokens, end: int) -> int:
    """Start of the run of capitalised words (at most APPOSED_NAME_WORDS + 1) ending right before `end`."""
    k = end - 1
    while k >= 0 and end - k <= APPOSED_NAME_WORDS and tokens[k].text[:1].isupper():
        k -= 1
    return k + 1


def _name_before(tokens, end: int) -> int | None:
    """Start of the capitalised name (one to four words) ending right before `end`, which must
    follow a comma or open the sentence."""
    start = _name_start(tokens, end)
    if start == end or end - start > APPOSED_NAME_WORDS or (start > 0 and tokens[start - 1].text != ","):
        return None
    return start


def _apposed_conjuncts(tokens, second: Mention, modifiers) -> tuple[int, int, int] | None:
    """'Jo Gu-rae, chef du Bureau ..., et Kanai Masaaki, représentant en chef du Japon': for the
    second apposition's mention, (first name start, first name end, the first apposition's end),
    or None when the mention is not such a second apposition."""
    comma = second.start - 1
    while comma > 0 and second.start - comma <= APPOSITION_LEAD and tokens[comma].text != ",":
        if not tokens[comma].text[:1].islower():
            return None
        comma -= 1
    if comma <= 0 or tokens[comma].text != ",":
        return None
    k = _name_start(tokens, comma) - 1  # the word before the second name: 'et', after a comma
    if k == comma - 1 or k < 1 or not _kind_at(modifiers, "coordination", k) or tokens[k - 1].text != ",":
        return None
    apposition_end = k - 1
    previous = next((j for j in range(apposition_end - 1, 0, -1) if tokens[j].text == ","), None)
    name1 = _name_before(tokens, previous) if previous is not None else None
    if name1 is None:
        return None
    return name1, previous, apposition_end


def _apposed_first_names(tokens, mentions: list[Mention], modifiers, discourse: Discourse) -> list[Mention]:
    """'Jo Gu-rae, chef du Bureau de stratégie diplomatique, et Kanai Masaaki, représentant en
    chef du Japon': two people, each with an apposition, coordinated. When the first apposition
    names no state the dictionaries know, its person is of the article's country (whose ministry
    is usually the source of such a report), in the role of the counterpart named second; the
    name is learnt, so that 'Jo et Kanai' later are the two states."""
    if not discourse.home or "coordination" not in modifiers:
        return []
    found = []
    for second in mentions:
        if second.kind != "composed" or len({a.country for a in second.actors}) != 1:
            continue
        spans = _apposed_conjuncts(tokens, second, modifiers)
        if spans is None:
            continue
        name1, end1, apposition_end = spans
        if any(name1 <= m.start < apposition_end for m in mentions) or second.actors[0].country == discourse.home:
            continue  # the first is named by a known actor, or would be the same state
        actor = Actor(discourse.home, second.actors[0].role)
        found.append(Mention(name1, end1, [actor], "name", "apposed", resolved=True))
        for t in tokens[name1:end1]:
            discourse.aliases[t.lower] = [actor]
    return found


def _apposed_pair(tokens, trig: Match, left: list[Mention], modifiers) -> Mention | None:
    """Two apposed people coordinated before a reciprocal verb ('X, role, et Y, role of Japan
    for North Korean affairs, se sont rencontrés'): both, the first by its name or apposition.
    Whatever the second apposition names after its role ('nord-coréennes') is not the subject."""
    for second in reversed(left):
        spans = _apposed_conjuncts(tokens, second, modifiers) if second.kind == "composed" else None
        if spans is None:
            continue
        closing = next((k for k in range(second.end, trig.start) if tokens[k].text == ","), None)
        if closing is None or trig.start - closing > APPOSITION_LEAD + 1:
            return None  # the verb is not right after the second apposition
        name1, _, apposition_end = spans
        first = next((m for m in left if name1 <= m.start < apposition_end and m.kind != "location"), None)
        return _merge([first, second]) if first is not None and set(first.actors) != set(second.actors) else None
    return None


def _learn_appositions(tokens, mentions: list[Mention], discourse: Discourse, modifiers=None) -> None:
    """'Kanai Masaaki, représentant en chef du Japon' -> later 'Kanai' means JPNGOV. Function
    words ('The') and words of another actor are never part of the name."""
    modifiers = modifiers or {}
    covered = {k for m in mentions for k in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "composed" or m.start < 3 or tokens[m.start - 1].text != ",":
            if not (m.kind == "composed" and m.start >= 4 and tokens[m.start - 2].text == "," and tokens[m.start - 1].text[:1].islower()):
                continue
            comma = m.start - 2
        else:
            comma = m.start - 1
        name = []
        k = comma - 1
        while k >= 0 and tokens[k].text[:1].isupper() and len(name) < 4 and k not in covered and not _kind_at(modifiers, "determiner", k):
            name.append(tokens[k])
            k -= 1
        if k >= 0 and k in covered:
            continue  # 'the USS Halsey, Japanese destroyer ...': a list, the name belongs to the actor before it
        if 1 <= len(name) <= 4 and len(name) >= 2:
            for t in name:
                discourse.aliases[t.lower] = m.actors


def _means_of_violence(trig: Match, candidates: list[Match], modifiers) -> bool:
    """'The villager was killed by artillery shelling', 'tué par des tirs d'artillerie': a violent
    act named in the agent phrase of another is the means of that act, not an act of its own
    whose subject would be the victim."""
    if trig.payload.code[:2] not in VIOLENT_ROOTS:
        return False
    violent = [c for c in candidates if c.payload.code[:2] in VIOLENT_ROOTS and c.start < trig.start]
    k = trig.start - 1
    # ('by artillery shelling': past determiners and another word of violence)
    while k > 0 and (_kind_at(modifiers, "determiner", k) or any(c.start <= k < c.end for c in violent)):
        k -= 1
    if k <= 0 or not _kind_at(modifiers, "agent", k):
        return False
    return any(c.end == k for c in violent)


def _named_settlement(tokens, start: int, modifiers, settlements: frozenset[str]) -> bool:
    """'near the town of Rafah', 'in the western province of Herat', 'dans la ville de Kharkiv': a
    name in the of-phrase of a settlement word (modifiers.tsv `settlement`) that itself follows a
    place preposition is a place, like 'near Rafah', not the actor of the clause."""
    k = start - 1
    if k < 2 or not settlements or not _kind_at(modifiers, "of", k) or tokens[k - 1].text.lower() not in settlements:
        return False
    return _preceded_by(k - 1, modifiers, "location") or _preceded_by(k - 2, modifiers, "location")


def _preceded_by(start: int, modifiers, kind: str) -> bool:
    """A word of `kind` stands right before `start`, allowing determiners in between."""
    wanted = modifiers.at.get(kind)
    if not wanted:
        return False  # (asked for every mention: most sentences hold no word of the kind)
    determiners = modifiers.at.get("determiner", _NOWHERE)
    for back in (1, 2, 3):
        k = start - back
        if k < 0:
            return False
        if k in wanted:
            return True
        if k not in determiners:
            return False
    return False


QUOTES = frozenset('"«»“”„‘’\'')


def _has_quote(sentence: str) -> bool:
    """Whether a quotation mark stands in the sentence (a few substring scans in C, no token loop)."""
    for mark in QUOTES:
        if mark in sentence:
            return True
    return False


def _qualified_agent(tokens, start: int, modifiers) -> bool:
    """A by-phrase whose actor one or two plain words qualify: 'soldiers backed by local militias
    killed 30 militants', 'troops supported by allied militias' (the militias are oblique, not
    the subject of the verb that follows)."""
    k = start - 1 if start >= 2 and _kind_at(modifiers, "agent", start - 2) else start - 2 if start >= 3 and _kind_at(modifiers, "agent", start - 3) else None
    if k is None:
        return False
    return all(tokens[j].text.isalpha() and tokens[j].text.islower() and not any(j in covered for covered in modifiers.at.values()) for j in range(k, start))


def _preceded_by_preposition(start: int, modifiers, exempt_infinitive: bool = False, tokens=None) -> bool:
    """A preposition stands before `start`, past any determiners (and quotation marks: 'une
    enquête pour "enlèvement"'). A word that is both (French "des": "of the" and the plural
    article) counts as a determiner: "ont mené des exercices", "Des djihadistes ont enlevé";
    quantities ("thousands of") are determiners too."""
    at = modifiers.at
    determiners = at.get("determiner", _NOWHERE)
    for back in (1, 2, 3, 4):
        k = start - back
        if k < 0:
            return False
        if k in determiners or (tokens is not None and tokens[k].text in QUOTES):
            continue
        if _any_kind_at(modifiers, PREPOSITIONS, k):
            return not (exempt_infinitive and _kind_at(modifiers, "infinitive", k))  # "à" / "to" also mark infinitives
        return False
    return False


FRONTED_REACH = 8  # 'in a visit to the region on Tuesday,': from the noun to the comma


def _fronted_phrase_subject(tokens, trig: Match, usable: list[Mention], modifiers) -> Mention | None:
    """'But in a visit to the region on Tuesday, French Foreign Minister X was told ...', 'During a
    trip to Sudan, the minister said': a visit named in a prepositional phrase opening the sentence
    is made by the subject right after the phrase's comma."""
    k = 1 if tokens and not _fronted_preposition(modifiers, 0) and (_kind_at(modifiers, "clause_break", 0) or _kind_at(modifiers, "coordination", 0)) else 0
    if not _fronted_preposition(modifiers, k) or not 0 < trig.start - k <= 3:
        return None
    comma = next((j for j in range(trig.end, min(len(tokens), trig.end + FRONTED_REACH)) if tokens[j].text == ","), None)
    if comma is None or any(_kind_at(modifiers, "report_verb", j) or _kind_at(modifiers, "clause_break", j) for j in range(trig.end, comma)):
        return None
    if any(trig.end <= m.start < comma and (_preceded_by(m.start, modifiers, "of") or _preceded_by(m.start, modifiers, "agent")) for m in usable):
        return None  # 'During the visit of the Senegalese president to Paris, France ...': the visit names its own visitor
    return next((m for m in usable if comma < m.start <= comma + 2 and not m.oblique and m.kind not in ("location", "anti") and all(a.country for a in m.actors)), None)


def _fronted_visit(tokens, trig: Match, mentions: list[Mention], modifiers, lang: str) -> bool:
    """A visit in a phrase opening the sentence whose subject follows: an event, not a circumstance."""
    return lang in FRONTED_VISIT_LANGUAGES and "place" in trig.payload.options and trig.payload.code[:2] == CONSULT_ROOT and _fronted_phrase_subject(tokens, trig, mentions, modifiers) is not None


# ('Durante su visita a Madrid, el presidente chileno firmó', 'Durante a visita a Lisboa, o Presidente')
FRONTED_VISIT_LANGUAGES = frozenset({"en", "es", "it", "pt", "fr"})


CONSULT_ROOT = "04"  # visits and trips (042/043): what a fronted phrase may name as the subject's own act


def _progressive(tokens, trig: Match) -> bool:
    """'is holding', 'is still holding': after a form of be, an -ing verb (first or after an
    adverb opening the pattern) makes a progressive, not a passive."""
    return any(tokens[k].text.endswith("ing") for k in range(trig.start, min(trig.end, trig.start + 2)))


RELEASE = "0841"
CAPTURE_CODES = ("173", "181")  # arrests and abductions: who holds whom


def _released_by_captor(tokens, trig: Match, mentions: list[Mention], modifiers, discourse: Discourse, lex: LanguageLexicon):
    """'... were arrested. The two were released to the high commission': a plural agentless
    release whose subject names no actor ('the two', 'the hostages', 'they' for people of no
    state) frees the captives of the last arrest or abduction the article coded, by their captor."""
    if discourse.last_capture is None or trig.start < 2 or not _kind_at(modifiers, "passive_aux", trig.start - 1):
        return None
    captive_words = lex.modifier_words.get("captive", frozenset())
    if tokens[trig.start - 1].lower != "were" or tokens[trig.start - 2].lower not in captive_words:
        return None
    if any(m.end <= trig.start and not m.oblique and m.kind != "location" for m in mentions):
        return None  # a named subject: the ordinary rules decide
    captor, captive = discourse.last_capture
    stand_in = Mention(trig.start, trig.end, [captor], "implicit", trig.payload.rule, resolved=True)
    freed = Mention(trig.start, trig.end, [captive], "implicit", trig.payload.rule, resolved=True)
    return (stand_in, captor), (freed, captive)


GROUP_COUNTS = frozenset({"two", "three", "both"})


def _region_groups(tokens, lex: LanguageLexicon, discourse: Discourse, mentions: list[Mention], modifiers) -> list[Mention]:
    """'a recent agreement between the South American nations' (region_groups.tsv): a definite
    plural naming a region's states stands for those of them the article names, when it names two
    or more there ('the Balkan states' in an article naming only Serbia is no one group)."""
    lowers = [t.lower for t in tokens]
    if lex.region_groups.keys().isdisjoint(lowers):
        return []  # the common case, checked at C speed: no region word in the sentence
    found = []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for k, lower in enumerate(lowers):
        phrases = lex.region_groups.get(lower)
        if not phrases:
            continue
        for words, subregions in phrases:
            start = k + 1 - len(words)
            if start < 1 or tuple(lowers[start : k + 1]) != words:
                continue
            det = start - 1
            if tokens[det].lower in GROUP_COUNTS and det >= 1:
                det -= 1
            if tokens[det].lower != "the" or any(i in taken for i in range(start, k + 1)):
                continue
            subregion_of = load_subregions()
            here = [a.country for m in mentions if m.kind not in ("location", "anti", "clitic") for a in m.actors if a.country]
            states = [c for c in dict.fromkeys(list(discourse.named_states) + here) if subregion_of.get(c) in subregions]
            if len(states) >= 2:
                found.append(Mention(det, k + 1, [Actor(c, None) for c in states], "reference", "region_group", resolved=True))
            break
    return found


PERSONAL_POSSESSIVES = frozenset({"his", "her"})
REPORTED_POSSESSIVES = frozenset({"its", "their"})
# words that may stand between a report verb and what it reports: 'said on Sunday its ...'
REPORT_GAP_WORDS = frozenset({"that", "on", "late", "early", "last", "this", "week", "night", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _reported_possessives(tokens, modifiers, mentions: list[Mention], trigger_starts) -> list[Mention]:
    """'Nigeria's military said on Sunday its air strikes had killed ...', 'Pakistan said that
    their raids killed 30 militants': 'its' opening what a report verb reports, right before an
    act, is the speaker's, so the act is the speaker's (only there: in 'condemned their arrest'
    the owner is whoever was arrested)."""
    found = []
    for s, e in modifiers.get("possessive", ()):
        if tokens[s].lower not in REPORTED_POSSESSIVES or e not in trigger_starts:
            continue
        j = s - 1
        while j >= 0 and s - j <= 4 and tokens[j].lower in REPORT_GAP_WORDS:
            j -= 1
        if j < 0 or not _kind_at(modifiers, "report_verb", j):
            continue
        speaker = _sentence_subject(mentions, j)
        if speaker is not None and speaker.end <= j:
            found.append(Mention(s, e, list(speaker.actors), "reference", "possessive", resolved=True))
    return found
OBJECT_POSSESSIVE_REACH = 4  # 'dismissed his appeal', 'rejected * her latest appeal'


def _object_possessives(tokens, modifiers, discourse: Discourse, mentions: list[Mention], trigger_starts, trigger_ends) -> list[Mention]:
    """'the UN judges dismissed his appeal': his/her inside an act's pattern, before the noun the
    act is about, names whose appeal or demand it is: the person the article spoke of last (or an
    actor named earlier in the sentence other than its subject), never the subject itself."""
    found = []
    for s, e in modifiers.get("possessive", ()):
        if tokens[s].lower not in PERSONAL_POSSESSIVES:
            continue
        if not any(0 < s - t <= OBJECT_POSSESSIVE_REACH for t in trigger_starts) or not any(e < end for end in trigger_ends):
            continue
        subject = _sentence_subject(mentions, s)
        local = next((m for m in reversed(mentions) if m.end <= s and m is not subject and not m.resolved and m.kind not in ("location", "anti") and all(a.country for a in m.actors)), None)
        actors = local.actors if local is not None else discourse.last_single
        if actors and not (subject is not None and set(actors) <= set(subject.actors)):
            found.append(Mention(s, e, list(actors), "reference", "possessive", resolved=True))
    return found


def _reporting_gerund_speaker(tokens, s: int, mentions: list[Mention], modifiers) -> Mention | None:
    """'..., MONUSCO said, adding that it had liaised with X': a pronoun opening what a gerund of
    saying after a report verb reports stands for that report's speaker, not for its sentence's
    first actor."""
    k = s - 1
    if k >= 0 and tokens[k].lower == "that":
        k -= 1
    if k < 2 or not tokens[k].lower.endswith("ing") or tokens[k - 1].text != ",":
        return None
    for r, e in modifiers.get("report_verb", ()):
        if e == k - 1:  # 'X said, adding'
            # ('the UN mission said': a head noun no dictionary knows may follow the actor)
            return next((m for m in reversed(mentions) if m.end <= r <= m.end + 1 and tokens[r - 1].text.isalpha() and not m.resolved and all(a.country for a in m.actors)), None)
        if e < k - 1 and tokens[k - 2 : k - 1] and all(tokens[j].text != "," for j in range(e, k - 1)):  # 'said X, adding'
            return next((m for m in mentions if m.start == e and m.end == k - 1 and not m.resolved and all(a.country for a in m.actors)), None)
    return None


REPORT_SUBJECT_REACH = 3  # 'Iraq said it', 'Iraq said on Monday it', 'Iraq said that it'


def _report_subject(tokens, s: int, mentions: list[Mention], modifiers) -> Mention | None:
    """'In a letter handed to the United Nations, Iraq said it would allow ...': a pronoun opening
    the clause a report verb reports stands for that verb's subject, the actor right before it,
    not for the sentence's first actor."""
    for r, e in modifiers.get("report_verb", ()):
        if not (e <= s <= e + REPORT_SUBJECT_REACH) or _has_punct(tokens, e, s):
            continue
        if any(e <= m.start < s for m in mentions):
            continue  # ('said on Monday that it', not 'told Ukraine it')
        return next((m for m in reversed(mentions) if m.end == r and not m.oblique and not m.resolved and m.kind not in ("location", "anti") and all(a.country for a in m.actors)), None)
    return None


def _yield_to_group_phrases(mentions: list[Mention], modifiers) -> list[Mention]:
    """'Os dois líderes assinaram', 'los dos presidentes firmaron' right after a meeting: a role noun
    inside a phrase opening the sentence names the meeting's two sides, not the home country's leaders."""
    spans = [(s, e) for s, e in modifiers["group_pronoun"] if e - s > 1 and all(_kind_at(modifiers, "determiner", k) for k in range(s))]
    if not spans:
        return mentions
    return [m for m in mentions if not (m.kind == "role_home" and any(s <= m.start and m.end <= e for s, e in spans))]
STATE_WORDS = frozenset({"countries", "nations", "governments", "neighbours", "neighbors"})  # not 'both sides', 'the two leaders'


def _two_states_named_before(mentions: list[Mention], s: int) -> list[Actor] | None:
    """The actors of exactly two states named as actors before s in the sentence, one each."""
    by_state: dict[str, Actor] = {}
    for m in mentions:
        if m.end > s or m.kind in ("location", "anti") or m.resolved:
            continue
        for a in m.actors:
            if a.country and a.role not in INTERNATIONAL_ROLES:
                by_state.setdefault(a.country, a)
    return list(by_state.values()) if len(by_state) == 2 else None


PERSON_OBJECT_PRONOUNS = frozenset({"him"})
PERSON_KINDS = frozenset({"person", "composed", "role_home", "described", "name"})


def _person_antecedent(mentions: list[Mention], s: int, subject: Mention | None) -> Mention | None:
    """'recalled its ambassador after Washington expelled him': 'him' is a person or an office
    holder named earlier in the sentence (not a state, and not its own verb's subject, which
    stands right before the verb)."""
    return next((m for m in reversed(mentions) if m.end < s - 1 and m is not subject and not m.resolved and m.kind in PERSON_KINDS and all(a.country and a.role for a in m.actors)), None)


def _resolve_group_references(modifiers, discourse: Discourse, mentions: list[Mention], trigger_starts=frozenset(), tokens=None, three: frozenset[str] = frozenset()) -> list[Mention]:
    """'they', 'ils', 'les deux parties', 'both sides' -> the group the article named last."""
    if "group_pronoun" not in modifiers and "plural_pronoun" not in modifiers and "pronoun" not in modifiers:
        return []  # (the sentence holds no pronoun to resolve)
    resolved = []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # 'in conjunction with the OAU and ECOWAS. ... The rebels took hostages. They are demanding
    # food': 'they' is the latest of the two, the subject named after the group
    later_subject = discourse.group_oblique and discourse.last_single and discourse.subject_age < discourse.group_age
    group = discourse.subject_group or discourse.last_group
    plural = discourse.last_single if later_subject else group or discourse.last_single
    if _pair_is_latest(discourse):
        group = discourse.meeting_pair  # ('Macron a reçu Scholz. Les deux dirigeants ont signé': host and guest; 'they' keeps its own rules)
    for kind, actors in (("group_pronoun", group), ("plural_pronoun", plural), ("pronoun", discourse.last_single)):
        for s, e in modifiers.get(kind, ()):
            if any(i in taken for i in range(s, e)) or _kind_at(modifiers, "expletive", s):
                continue  # (impersonal 'il y a quinze jours', 'il faut': no one)
            if kind == "group_pronoun" and discourse.met_pair and all(_kind_at(modifiers, "determiner", k) for k in range(s)):
                # 'X se reunió con su homólogo ucraniano. Ambos acordaron ...', 'Os dois líderes
                # assinaram': the subject right after a meeting of two states is its two sides
                resolved.append(Mention(s, e, list(discourse.met_pair), "reference", kind, resolved=True))
                continue
            if kind == "group_pronoun":
                subject = _sentence_subject(mentions, s)
                if subject is not None and len({a.country for a in subject.actors}) >= 2:
                    # 'Jo et Kanai ont réaffirmé que la coopération entre leurs pays': the subject's
                    resolved.append(Mention(s, e, list(subject.actors), "reference", kind, resolved=True))
                    continue
                if not group and tokens is not None and any(t.lower in STATE_WORDS for t in tokens[s:e]) and (pair := _two_states_named_before(mentions, s)) is not None:
                    # 'Ukraine said ... after talks between the two countries' delegations': with no
                    # group named before, the two states its own sentence named
                    resolved.append(Mention(s, e, pair, "reference", kind, resolved=True))
                    continue
                if tokens is not None and three and any(t.surface in three for t in tokens[s:e]):
                    # 'les trois alliés', 'the three countries': the states of the groups named last
                    union = list({a.country: a for g in reversed(discourse.groups) for a in reversed(g)}.values())[::-1]  # one actor a state
                    if len(union) == 3:
                        resolved.append(Mention(s, e, union, "reference", kind, resolved=True))
                        continue
            # 'The rebels were to hand over civilians; instead they took hostages': a personal
            # pronoun first stands for the subject of its own sentence, then for the discourse's
            # ... but an object pronoun ('deported them', 'contre eux') never means its own clause's subject
            obj = s > 0 and (s - 1 in trigger_starts or _preceded_by_preposition(s, modifiers))
            local = None
            speaker = _reporting_gerund_speaker(tokens, s, mentions, modifiers) if kind == "pronoun" and tokens is not None else None
            if speaker is None and kind == "pronoun" and tokens is not None:
                speaker = _report_subject(tokens, s, mentions, modifiers)
            if speaker is not None:
                resolved.append(Mention(s, e, list(speaker.actors), "reference", kind, resolved=True))
                continue
            if kind != "group_pronoun":
                subject = _sentence_subject(mentions, s)
                # 'arrested four British journalists and deported them': an object pronoun means the
                # latest other actor of its sentence
                local = next((m for m in reversed(mentions) if m.end <= s and m is not subject and not m.resolved and m.kind not in ("location", "anti")), None) if obj else subject
                if obj and tokens is not None and tokens[s].lower in PERSON_OBJECT_PRONOUNS:
                    local = _person_antecedent(mentions, s, subject)
                    if local is None:
                        continue
                if local is not None and not all(a.country for a in local.actors):
                    continue  # 'arrested four Western journalists and deported them': people of no state named
            chosen = local.actors if local is not None else actors
            if chosen:
                resolved.append(Mention(s, e, list(chosen), "reference", kind, resolved=True))
    return resolved


# support, aid and concessions a state 'will' give; elsewhere than in English only aid and
# concessions ('Frankreich will nächste Woche ein Abkommen unterzeichnen' is a schedule, or a wish)
STATED_PLAN_ROOTS = {"en": frozenset({"05", "07", "08"}), "fr": frozenset({"07", "08"}), "it": frozenset({"07", "08"}), "de": frozenset({"07", "08"})}
CONCESSION_PREFIXES = ("08", "034", "035")  # concessions and the intent to make them
# the auxiliary of a plain future stated as fact, right after its subject ('Japan will send', 'la
# France va envoyer', 'Deutschland wird ... liefern'); Italian and French also say it in the verb's
# own ending ('l'Italia invierà', 'la France enverra')
PLAN_WORDS = {"en": frozenset({"will", "'ll"}), "fr": frozenset({"va", "vont"}), "it": frozenset(), "de": frozenset({"wird", "werden", "will", "wollen"})}
SYNTHETIC_FUTURE_LANGUAGES = frozenset({"fr", "it"})


def _stated_plan(tokens, trig: Match, modifiers, subject: Mention, lex: LanguageLexicon) -> bool:
    """'Turkey will allow the refugees to return', 'Israel will release 50 prisoners', 'Japan will
    send aid to Nepal', 'l'Italia invierà aiuti a Gaza': a concession, aid or support its doer
    'will' give, stated as a fact with no one else reporting it, is its announced decision (03x);
    'would', 'is to', a passive or another speaker keep it a plan."""
    if "report_verb" in modifiers or subject.resolved or subject.oblique:
        return False
    words = PLAN_WORDS[lex.lang]
    if lex.lang in VERB_FINAL_LANGUAGES:
        # 'Deutschland will der Ukraine weitere Systeme liefern': the auxiliary stands second, the act last
        k = subject.end
        return k < trig.start and tokens[k].lower in words and not _has_punct(tokens, k, trig.start) and not _kind_between(modifiers, "clause_break", k, trig.start)
    k = trig.start - 1
    if k >= 0 and tokens[k].lower not in words:
        k -= 1  # 'will now allow', 'will also release'
    if k >= 0 and tokens[k].lower in words and subject.end in (k, k - 1):
        return True
    endings = lex.modifier_words.get("future_ending")
    return lex.lang in SYNTHETIC_FUTURE_LANGUAGES and bool(endings) and subject.end in (trig.start, trig.start - 1) and len(tokens[trig.start].surface) >= 6 and tokens[trig.start].surface.endswith(_as_tuple(endings))


SHOW_OF_FORCE = "150"
JOINT_EXERCISE = "062"


def _exercise(tokens, trig: Match, words: frozenset[str]) -> bool:
    """The show of force is an exercise ('war games', 'naval drills'), not a missile test or a parade."""
    return any(tokens[k].lower in words for k in range(trig.start, trig.end))


# what a commitment to an act becomes when it differs from announcing it (intents.tsv): troops
# one agrees or offers to send ('Kenya agreed to send troops to Haiti') are military cooperation
# (0312), not the show of force a unilateral 'will deploy troops' announces (138)
COMMITTED_INTENTS = {"15": "0312"}
# acts that an agreement decides rather than promises: 'EU foreign ministers agreed to extend
# sanctions against Russia' is the sanctions decision itself (163), not a threat of them (1312)
DECIDED_BY_AGREEMENT_ROOTS = frozenset({"16"})
AGREED_WORDS = frozenset({"agreed", "agree", "agrees"})


def _agreed_decision(tokens, trig: Match, modifiers) -> bool:
    """The commitment before the act is an 'agreed (on Monday) to' (not 'offered to', 'ready
    to'): ministers who agreed to a measure took it."""
    start = next((s for s, e in modifiers.get("commitment", ()) if e <= trig.start and trig.start - e <= COMMITMENT_TAIL), None)
    return start is not None and any(tokens[k].lower in AGREED_WORDS for k in range(start, min(start + 3, trig.start)))


ANNOUNCED_COOPERATION_ROOTS = frozenset({"04", "05", "06", "07", "08"})
RELATIVE_REACH = 6  # 'avec lequel il s'est longuement entretenu': pronoun, auxiliary, adverb


def _with_relative(tokens, trig: Match, modifiers, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """'a salué le chancelier allemand, avec lequel il a discuté', 'con quien se reunió', 'con il
    quale ha discusso': a reciprocal act inside a relative clause opened by with-which is done
    with the clause's antecedent (the actor right before it), by the clause's own subject or else
    by the sentence's. (source, antecedent), or None."""
    for s, e in modifiers.get("with_relative", ()):
        if not (e <= trig.start and trig.start - e <= RELATIVE_REACH) or _has_punct(tokens, e, trig.start) or _kind_between(modifiers, "clause_break", e, trig.start):
            continue
        antecedent = next((m for m in reversed(mentions) if m.end <= s), None)
        if antecedent is None or s - antecedent.end > 1 or antecedent.kind in ("location", "anti") or not all(a.country for a in antecedent.actors):
            continue  # ('à Paris, avec laquelle'), or an actor of no state named
        own = next((m for m in mentions if e <= m.start and m.end <= trig.start and all(a.country for a in m.actors)), None)
        source = own or _sentence_subject(mentions, antecedent.start)
        if source is None or {a.country for a in source.actors} & {a.country for a in antecedent.actors}:
            return None
        return source, antecedent
    return None


def _detained_opposition(tokens, trig: Match, mentions: list[Mention], modifiers):
    """An arrest or detention noun criticised or rejected with no owner named, whose of-phrase is
    the opposition of one state ('condemned the detention of Belarusian opposition leaders', 'die
    Inhaftierung von Oppositionspolitikern'): that state's government holds them. Other people
    (journalists, foreigners) may be held by anyone: no event. ((source), (target)) or None."""
    if not trig.payload.code.startswith("173"):
        return None
    held = next((m for m in mentions if trig.end <= m.start <= trig.end + 3), None)
    if held is None or not (held.start == trig.end or _preceded_by(held.start, modifiers, "of") or _preceded_by(held.start, modifiers, "agent")):
        return None
    if any(m.end == trig.start for m in mentions):
        return None  # an owner before the noun ('Minsk's detention of'): the ordinary rules decide
    countries = {a.country for a in held.actors}
    if held.kind == "role_home" or len(countries) != 1 or not all(a.role == "OPP" for a in held.actors) or not all(countries):
        # (a bare 'opposants' only given the article's country: that guess may be the speaker's own)
        return None
    state = Actor(countries.pop(), "GOV")
    return (Mention(trig.start, trig.end, [state], "implicit", trig.payload.rule, resolved=True), state), (held, held.actors[0])


def _said_ongoing(tokens, trig: Match, ongoing: frozenset[str]) -> bool:
    """'die fortgesetzte Inhaftierung', 'la détention prolongée', 'la prolungata detenzione': an
    adjective right before or after the noun says the act goes on."""
    return any(0 <= k < len(tokens) and tokens[k].text.casefold() in ongoing for k in (trig.start - 1, trig.end))


def _collective_object(trig: Match, mentions: list[Mention]) -> bool:
    """The object right after a meeting verb is people of no one state ('des dirigeants de pays
    arabes', 'líderes de varios países')."""
    obj = next((m for m in mentions if trig.end <= m.start <= trig.end + 1), None)
    return obj is not None and obj.kind == "role" and not any(a.country for a in obj.actors)


def _meeting_place(tokens, trig: Match, mentions: list[Mention], modifiers):
    """The one country a meeting verb's own clause places it in ('en Arabie saoudite', 'in
    Argentina'), after the verb: (mention, actor) or None."""
    clause_end = next((s for s, _ in sorted(modifiers.get("clause_break", ())) if s >= trig.end), len(tokens))
    places = [m for m in mentions if m.kind == "location" and trig.end <= m.start < clause_end and m.start - trig.end <= TARGET_WINDOW]
    if len(places) != 1 or len({a.country for a in places[0].actors}) != 1 or not places[0].actors[0].country:
        return None
    if _has_punct(tokens, trig.end, places[0].start):
        return None
    country = Actor(places[0].actors[0].country, None)
    return places[0], country


def _relative_dyads(source: Mention, target: Mention):
    for a in source.actors:
        for b in target.actors:
            yield (source, a), (target, b), 0.7


def _sentence_subject(mentions: list[Mention], before: int) -> Mention | None:
    """The first actor of the sentence before `before` that is not inside a prepositional
    phrase or a place: the subject a later 'they' / 'it' / 'il' refers back to."""
    return next((m for m in mentions if m.end <= before and not m.oblique and not m.resolved and m.kind not in ("location", "anti") and all(a.country for a in m.actors)), None)


# Romance object pronouns stand before the verb, or before its auxiliary: 'il les a expulsés',
# 'los ha expulsado', 'l'ha incontrato'
AUXILIARY_LEMMAS = frozenset({"avoir", "haber", "avere"})
CLITIC_REACH = 2  # the auxiliary and one adverb: 'l'a aussitôt expulsé'


def _object_clitics(tokens, modifiers, discourse: Discourse, mentions: list[Mention], trigger_starts, clitics: frozenset[str]) -> list[Mention]:
    """'Le Mali a arrêté deux diplomates français. Il les a expulsés': an object pronoun right
    before an act's verb (or its auxiliary) stands for the last actor named other than the
    subject, in its own sentence or else in the sentence before. Its mention is oblique: never
    the doer. ('Le exigió que ...', 'y los acusó de espionaje': in a pro-drop language the pronoun
    may open the sentence or follow 'y'; 'acusou-os', 'pediu-lhe': Portuguese attaches it to the verb.)"""
    found = []
    # candidate pronouns: right before an act's verb, or before an auxiliary (and an adverb) before it
    spots = sorted({k for t in trigger_starts for k in range(max(0, t - 1 - CLITIC_REACH), t) if tokens[k].text.lower() in clitics})
    taken = {i for m in mentions for i in range(m.start, m.end)} if spots else set()
    for s in spots:
        e = s + 1
        if s in taken or e >= len(tokens):
            continue
        if e in trigger_starts:
            # 'Paris l'accuse', 'Il les expulse': the pronoun follows the subject, not a preposition
            before = s - 1
            subject_before = before >= 0 and (any(m.end == s and not m.oblique for m in mentions) or _any_kind_at(modifiers, ("pronoun", "plural_pronoun"), before))
            if not subject_before and not _dropped_subject_clitic(tokens, s, e, modifiers):
                continue
        elif tokens[e].key in AUXILIARY_LEMMAS:
            if not any(k in trigger_starts for k in range(e + 1, min(len(tokens), e + CLITIC_REACH + 1))):
                continue
        else:
            continue
        actors = _clitic_referent(s, modifiers, discourse, mentions)
        if not actors:
            continue
        for kind in ("determiner", "possessive"):  # 'les', 'l'' here are pronouns, not articles
            if kind in modifiers:
                modifiers[kind] = [span for span in modifiers[kind] if span != (s, e)]
                modifiers.at.get(kind, set()).difference_update(range(s, e))
        found.append(Mention(s, e, list(actors), "clitic", "object_pronoun", resolved=True, oblique=True))
    for t in trigger_starts:
        # 'acusou-os de espionagem', 'pediu-lhe apoio': an empty mention where the verb begins
        if "-" in tokens[t].text and tokens[t].text.rsplit("-", 1)[1].lower() in ENCLITIC_OBJECTS:
            actors = _clitic_referent(t, modifiers, discourse, mentions)
            if actors:
                found.append(Mention(t, t, list(actors), "clitic", "object_pronoun", resolved=True, oblique=True))
    return found


# Portuguese object pronouns attached to the verb ('-se', '-nos' are reflexive or 'us': not here)
ENCLITIC_OBJECTS = frozenset({"o", "a", "os", "as", "lo", "la", "los", "las", "no", "na", "lhe", "lhes"})
# object pronouns that are never articles: after 'y', a comma, or opening the sentence they still
# stand before a verb ('Le exigió', 'y le pidió'); an article-like one needs a past-tense verb after it
STRONG_CLITICS = frozenset({"le", "les", "lhe", "lhes"})
ARTICLE_CLITICS = frozenset({"lo", "la", "los", "las"})
PRETERITE_ENDINGS = ("ó", "aron", "ieron", "ou", "aram", "eram", "iram")


def _dropped_subject_clitic(tokens, s: int, e: int, modifiers) -> bool:
    """'Le exigió que ...', 'y los acusó de espionaje': a pro-drop clause whose verb follows its
    object pronoun, at the sentence's start or after a coordinator or comma."""
    if not (s == 0 or _kind_at(modifiers, "coordination", s - 1)):
        return False
    word = tokens[s].text.lower()
    return word in STRONG_CLITICS or (word in ARTICLE_CLITICS and tokens[e].text.lower().endswith(PRETERITE_ENDINGS))


def _own_side(actors, own: set) -> bool:
    """The actors are the subject's own, or a bare state of the subject's ('El presidente argelino
    lo recibió' after 'visitó Argelia': 'lo' is not Algeria)."""
    countries = {a.country for a in own}
    return all(a in own or (a.role is None and a.country in countries) for a in actors)


def _clitic_referent(s: int, modifiers, discourse: Discourse, mentions: list[Mention]) -> list[Actor] | None:
    """The last actor named before position s other than the clause's subject, in the sentence or
    else in the one before; None for people of no state."""
    if s > 0 and _kind_at(modifiers, "coordination", s - 1):
        subject = _sentence_subject(mentions, s)  # 'a arrêté X et les a expulsés': the sentence's subject
    else:
        subject = next((m for m in reversed(mentions) if m.end <= s and not m.oblique and m.kind not in ("location", "anti")), None)
    own = set(subject.actors) if subject is not None else set(discourse.last_single)
    nearest = next((m for m in reversed(mentions) if m.end <= s and m is not subject and m.kind not in ("location", "anti", "clitic") and not _own_side(m.actors, own)), None)
    if nearest is not None and not all(a.country for a in nearest.actors):
        return None  # 'a arrêté deux journalistes étrangers et les a expulsés': people of no state named
    local = nearest.actors if nearest is not None else None
    return local or next((group for group in reversed(discourse.recent) if not _own_side(group, own)), None)


INFINITIVE_ENDINGS = ("ar", "er", "ir", "are", "ere", "ire", "rre")  # es, pt, it (folded)


APPEAL = "020"
DEMAND = "100"
# the word that opens a reported clause: 'said on Friday that Sudan must', 'a déclaré que'
COMPLEMENTIZERS = frozenset({"that", "que", "qu'", "dass", "che"})
REPORT_REACH = 3  # report verb to the addressee: 'said Russia must', 'reiterated that Libya must'
REPORT_REACH_THAT = 8  # with 'that' right before the addressee: 'said here on Wednesday that the US must'


def _obligations(tokens, modifiers, mentions: list[Mention], lex: LanguageLexicon, quote=None):
    """'"The EU must find a clear answer," the minister said', 'X said Russia must withdraw', „Die
    EU muss ...", erklärte Y': saying what another actor must do is an appeal to it (020). The
    speaker is the quotation's, or the subject of a report verb before the obligation; the
    addressee is the actor right before the modal verb.

    A report of it with a modal of necessity (modifiers.tsv `demand_modal`: must, has to, muss,
    doit, debe, deve; not should/sollte/devrait) is a demand (100): 'Russia said on Tuesday that
    Sudan must return the helicopter' states a requirement, as news reports of demands do; inside
    a quotation the same modal is often exhortation ('"Europe must act," he said') and stays 020.
    Yields (code, source, target, trigger, confidence)."""
    strong = lex.modifier_words.get("demand_modal", frozenset())
    for s, e in modifiers["obligation"]:
        addressee = _obligation_addressee(tokens, modifiers, mentions, s, lex.lang)
        if addressee is None:
            told = _told_that(tokens, modifiers, mentions, s)
            if told is not None and (quote is None or not quote[0] <= s < quote[1]):
                # 'stressed to Iran that freedom of navigation must be maintained', 'told Iraq that
                # it must cooperate': the one told
                speaker, addressee = told
                code = DEMAND if " ".join(tokens[k].text.casefold() for k in range(s, e)) in strong else APPEAL
                trig = Match(s, e, EventPattern(code, frozenset(), f"{lex.lang}/modifiers.tsv:obligation"))
                for a in speaker.actors:
                    for b in addressee.actors:
                        if a.country != b.country:
                            yield code, (speaker, a), (addressee, b), trig, 0.6
            continue
        speaker = None
        code = APPEAL
        if quote is not None and quote[0] <= s < quote[1]:
            speaker = quote[2]
        else:
            report = next((rs for rs, re_ in reversed(modifiers.get("report_verb", ())) if re_ <= addressee.start and _reports_clause(tokens, modifiers, re_, addressee.start)), None)
            if report is not None:
                speaker = next((m for m in reversed(mentions) if m.end <= report and report - m.end <= 2 and not m.oblique and m.kind not in ("location", "anti")), None)
                if " ".join(tokens[k].text.casefold() for k in range(s, e)) in strong:
                    code = DEMAND
        if speaker is None:
            continue
        trig = Match(s, e, EventPattern(code, frozenset(), f"{lex.lang}/modifiers.tsv:obligation"))
        for a in speaker.actors:
            for b in addressee.actors:
                # (rebels saying what the government must do: two sides of one country)
                if a.country != b.country or (a.role and b.role and a.role != b.role):
                    yield code, (speaker, a), (addressee, b), trig, 0.6


def _obligation_addressee(tokens, modifiers, mentions: list[Mention], modal: int, lang: str) -> Mention | None:
    """The actor right before the modal ('Sudan must'), also past a place that locates it ('the
    rebels in Darfur must': 'in' and a known place) or the rest of a name the dictionaries do not
    know ('his Rwandan Patriotic Front must': capitalised words after the actor)."""
    def addressable(m: Mention) -> bool:
        return not m.resolved and m.kind not in ("location", "anti") and all(a.country for a in m.actors)
    found = next((m for m in mentions if m.end == modal and addressable(m)), None)
    if found is not None:
        return found
    place = next((m for m in mentions if m.end == modal and m.kind == "location"), None)
    if place is not None and place.start >= 1 and _kind_at(modifiers, "location", place.start - 1):
        return next((m for m in mentions if m.end == place.start - 1 and addressable(m)), None)
    for m in mentions:
        if addressable(m) and m.end < modal <= m.end + NAME_TAIL and all(_unknown_name_word(tokens, k, lang) or tokens[k].text[:1].isupper() and tokens[k].text.isalpha() for k in range(m.end, modal)):
            return m
    return None


NAME_TAIL = 3  # 'Patriotic Front' after 'Rwandan'
TOLD_REACH = 12  # 'told Iraq that it must', 'stressed to Iran that "freedom of navigation" must be maintained'


def _told_that(tokens, modifiers, mentions: list[Mention], modal: int):
    """(speaker, addressee) of 'Y told X that ... must', 'Y stressed to X that ... must': a report
    verb whose object (after 'to' or none) is an actor followed by 'that', the modal in that
    clause. The speaker is the report verb's subject, or for '..., and stressed to X' the
    sentence's first actor. A warning or reminder issued to X counts as telling X ('issued a stern
    reminder Saturday to Iraq that it must cooperate')."""
    for rs, re_ in list(modifiers.get("report_verb", ())) + _issued_notices(tokens, modifiers, modal):
        if re_ > modal or modal - re_ > TOLD_REACH:
            continue
        k = re_ + 1 if re_ < len(tokens) and tokens[re_].text.casefold() == "to" else re_
        told = next((m for m in mentions if m.start == k and not m.oblique and m.kind not in ("location", "anti") and all(a.country for a in m.actors)), None)
        if told is None or told.end >= modal:
            continue
        # ('reminded Iraq on Saturday that it must'): 'that' right after the one told, or after a date
        if not any(tokens[j].text.casefold() in COMPLEMENTIZERS for j in range(told.end, min(modal, told.end + 4))):
            continue
        if any(tokens[j].text in (";", ".") for j in range(told.end, modal)):
            continue
        speaker = next((m for m in reversed(mentions) if m.end <= rs and rs - m.end <= 2 and not m.oblique and m.kind not in ("location", "anti")), None)
        if speaker is None and rs > 0 and tokens[rs - 1].text.casefold() == "and":
            speaker = next((m for m in mentions if m.end <= rs and not m.oblique and m.kind not in ("location", "anti")), None)
        if speaker is not None:
            return speaker, told
    return None


NOTICE_NOUNS = frozenset({"reminder", "warning", "message", "reminders", "warnings", "messages"})
NOTICE_REACH = 3  # light verb to noun ('issued a stern reminder'), noun to 'to' ('reminder Saturday to')


def _issued_notices(tokens, modifiers, modal: int) -> list[tuple[int, int]]:
    """(light verb start, 'to' index) of 'issued a stern reminder Saturday to X', 'sent a message
    to X' before the modal: a notice given to an addressee, like a report verb's 'told X'."""
    found = []
    for j in range(max(0, modal - TOLD_REACH - NOTICE_REACH), modal):
        if tokens[j].text.casefold() not in NOTICE_NOUNS:
            continue
        verb = next((k for k in range(j - 1, max(-1, j - 1 - NOTICE_REACH), -1) if _kind_at(modifiers, "light_verb", k)), None)
        to = next((k for k in range(j + 1, min(modal, j + 1 + NOTICE_REACH)) if tokens[k].text.casefold() == "to"), None)
        if verb is not None and to is not None:
            found.append((verb, to))
    return found


def _reports_clause(tokens, modifiers, report_end: int, start: int) -> bool:
    """The clause starting at `start` is reported by the verb ending at `report_end`: right after
    it, or after a time or place and 'that' ('said here on Wednesday that the US ...')."""
    gap = start - report_end
    if gap <= REPORT_REACH:
        return True
    if gap > REPORT_REACH_THAT:
        return False
    k = start - 1
    if tokens[k].text.casefold() not in COMPLEMENTIZERS and _kind_at(modifiers, "determiner", k) and k > report_end:
        k -= 1  # 'that the US'
    if tokens[k].text.casefold() not in COMPLEMENTIZERS:
        return False
    return not any(tokens[j].text in (",", ";", ":", '"') or _kind_at(modifiers, "clause_break", j) for j in range(report_end, k))


def _content_of_phrased_act(tokens, trig: Match, phrased: list[Match], previous: Match | None, modifiers, mentions, lang: str) -> bool:
    """The act is the content of a demand, threat or accusation named as a noun inside a phrase
    before it (and after the last act coded): 'over a rebel demand that Gbagbo step down'."""
    prior = None
    for m in phrased:
        if m.end <= trig.start and (previous is None or m.start >= previous.end) and (prior is None or m.end > prior.end):
            prior = m
    return prior is not None and _is_complement(tokens, trig, modifiers, prior, mentions, lang)


def _dropped_subject(tokens, trig: Match, mentions: list[Mention], modifiers, discourse: Discourse) -> Mention | None:
    """'Chile criticó a Bolivia. Además, exigió a Perú ...', 'Ha poi espulso due diplomatici': in
    a pro-drop language a finite verb with no subject in its sentence continues the subject of the
    sentence right before it. Not a noun (after a determiner), an infinitive (its own lemma) or a
    passive ('fue detenido': the by-phrase or nobody did it)."""
    if discourse.subject_age != 0 or not discourse.last_single:
        return None
    if any(m.end <= trig.start and m.kind not in ("location", "anti") and not m.oblique for m in mentions):
        return None  # the sentence names its own subject
    for k in range(trig.start):
        if _kind_at(modifiers, "determiner", k) and not (k > 0 and _any_kind_at(modifiers, PREPOSITIONS, k - 1)):
            return None  # 'La aeronave trajo': a subject that names no actor
    verb = tokens[trig.start]
    if (verb.key == verb.lower and verb.lower.endswith(INFINITIVE_ENDINGS)) or (trig.start > 0 and _kind_at(modifiers, "determiner", trig.start - 1)):
        return None
    if _kind_between(modifiers, "passive_aux", max(0, trig.start - 2), trig.start) or _kind_between(modifiers, "clause_break", 0, trig.start):
        return None  # (a subordinate clause's subject is not the previous sentence's)
    discourse.continued = True  # ('Llegó a Caracas. Allí se reunió con X. Después criticó a Y': the chain goes on)
    return Mention(trig.start, trig.start, list(discourse.last_single), "reference", "dropped_subject", resolved=True)


BACKER_REACH = 8  # 'backed by the neighboring Shi'ite power, Iran'
ACCUSED_REACH = 15  # the charge: 'of pursuing a sectarian agenda backed by'


def _accused_backer(tokens, trig: Match, candidates: list[Match], mentions: list[Mention], modifiers) -> Mention | None:
    """The state an accusation's charge says backs the accused ('backed by X', 'supported by X'):
    the support phrase inside the charge, then the first state named within reach (an apposition
    may stand before it), in the same sentence part."""
    support = next((m for m in candidates if m.payload.code == "070" and "passive" in m.payload.options and trig.end < m.start <= trig.end + ACCUSED_REACH), None)
    if support is None or any(tokens[k].text in (";", ":", ".") or _kind_at(modifiers, "clause_break", k) for k in range(trig.end, support.start)):
        return None
    return next((m for m in mentions if support.end <= m.start <= support.end + BACKER_REACH and m.kind != "anti" and all(a.country for a in m.actors) and not _has_punct(tokens, support.end, m.start, allow={",", "'s", "’s", "'", "’"})), None)


def _attributing_speaker(tokens, trig: Match, modifiers, mentions: list[Mention], subject: Mention) -> Mention | None:
    """Who says what an attributed pattern states ('X was responsible for the attack'): the speaker
    of a closing ', Y said', or the subject of a report verb the statement follows ('Y said X was')."""
    speaker = _trailing_speaker(tokens, trig, modifiers, mentions)
    if speaker is not None:
        return speaker if len(speaker.actors) == 1 and speaker.actors[0].country else None
    for r, e in modifiers.get("report_verb", ()):
        if e <= subject.start and subject.start - e <= 2:
            return next((m for m in reversed(mentions) if m.end <= r and r - m.end <= 1 and not m.oblique and len(m.actors) == 1 and m.actors[0].country), None)
    return None


DISAPPROVE_ROOT = "11"
COERCE_ROOT = "17"
RELEASE_DEMANDS = frozenset({"1053", "0253"})
DETENTION_REACH = 6  # 'the immediate release of its nationals detained in'


def _detaining_state(tokens, trig: Match, candidates: list[Match], mentions: list[Mention], modifiers) -> Mention | None:
    """The state of the place where the people whose release is asked for are held: a detention
    named soon after the demand, then 'in X'."""
    act = next((m for m in candidates if m.payload.code[:2] == COERCE_ROOT and trig.end <= m.start <= trig.end + DETENTION_REACH), None)
    if act is None:
        return None
    place = next((m for m in mentions if m.kind == "location" and act.end <= m.start <= act.end + 3 and len(m.actors) == 1 and m.actors[0].country and _preceded_by(m.start, modifiers, "location")), None)
    return Mention(place.start, place.end, [Actor(place.actors[0].country, "GOV")], "implicit", place.rule, resolved=True) if place is not None else None
ACT_JUDGING_ROOTS = frozenset({"01", "05", "11"})  # welcoming, praising, condemning an act
JUDGED_DOER_REACH = 6  # 'the release of Australian writer Yang Hengjun by China'


def _judged_act_doer(tokens, trig: Match, candidates: list[Match], mentions: list[Mention], modifiers) -> Mention | None:
    """'welcomed the release of Australian writer Yang Hengjun by China', 'condemned the killing
    of the journalist by Saudi agents': the act judged names its doer in a by-phrase; the judgement
    is aimed at that doer, not at the act's object."""
    act = next((m for m in candidates if m is not trig and trig.start < m.start <= trig.end + JUDGED_ACT_REACH), None)
    # ('welcomed the release': the act may end the judgement's own pattern)
    end = act.end if act is not None else trig.end if trig.end - trig.start > 1 else None
    if end is None:
        return None
    for m in mentions:
        if m.start <= end or m.start - end > JUDGED_DOER_REACH or m.kind == "anti":
            continue
        if any(_kind_at(modifiers, kind, k) for k in range(end, m.start) for kind in ("clause_break", "report_verb")):
            return None
        if m.kind != "location" and _preceded_by(m.start, modifiers, "agent") and all(a.country for a in m.actors):
            return m
        if act is not None and act.payload.code[:2] == COERCE_ROOT and m.kind == "location" and len(m.actors) == 1 and m.actors[0].country and _preceded_by(m.start, modifiers, "location"):
            # 'condemned the detention of an Australian journalist in China': held there by that state
            return Mention(m.start, m.end, [Actor(m.actors[0].country, "GOV")], "implicit", m.rule, resolved=True)
    return None


APPEAL_ROOT = "02"


def _unnamed_addressee(tokens, trig: Match, target: Mention, mentions: list[Mention], modifiers) -> bool:
    """'urged the international community to increase pressure on Israel', 'called on world
    leaders to isolate Russia': an appeal's addressee the dictionaries do not know stands between
    the verb and its infinitive; an actor named after the infinitive is what the appeal is about,
    not whom it is made to."""
    if target.start <= trig.end:
        return False
    k = next((s for s, _ in modifiers.get("infinitive", ()) if trig.end < s < target.start), None)
    if k is None or k == trig.end:
        return False
    covered = {j for m in mentions if m.end <= k for j in range(m.start, m.end)}
    return any(j not in covered and not _kind_at(modifiers, "determiner", j) and tokens[j].text.isalpha() for j in range(trig.end, k))
# acts whose doer a later 'condemned the attack', 'criticised the arrests', 'denounced the
# sanctions' is aimed at: violence, and also coercion (arrests, crackdowns) and sanctions
JUDGED_ROOTS = VIOLENT_ROOTS | {"16", "17"}
SENTENCE = "116"
VERDICT_NOUNS = frozenset({"verdict", "verdicts", "sentence", "sentences", "conviction", "convictions", "sentencing"})


def _judges_verdict(tokens, trig: Match, modifiers) -> bool:
    """'Washington has criticised the verdict', 'condemned the sentence': the verdict the definite
    article points back to, right after the verb."""
    k = trig.end
    if k >= len(tokens) or tokens[k].lower not in DEFINITE:
        return False
    k += 1
    while k < len(tokens) and k - trig.end <= JUDGED_ACT_REACH and _kind_at(modifiers, "determiner", k):
        k += 1
    return k < len(tokens) and tokens[k].lower in VERDICT_NOUNS
JUDGED_ACT_REACH = 3  # 'condemned the attack', 'described the deadly attack as'


def _judges_past_violence(tokens, trig: Match, candidates: list[Match], modifiers) -> bool:
    """'condemned the attack', 'a condamné l'attaque', 'verurteilte den Anschlag': the act
    criticised is a violent one the definite article points back to, named right after the verb
    with no owner of its own."""
    for m in candidates:
        if m.payload.code[:2] in JUDGED_ROOTS and (0 < m.start - trig.end <= JUDGED_ACT_REACH or trig.start < m.start < trig.end):
            return tokens[m.start - 1].lower in DEFINITE or (m.start >= 2 and tokens[m.start - 2].lower in DEFINITE and _kind_at(modifiers, "determiner", m.start - 1))
    return False


# articles and demonstratives that point back to an act the article reported ('condemned the attack',
# 'condenaron la incursión', 'condenou o ataque', 'a condamné cette attaque', 'verurteilte den Angriff')
DEFINITE = frozenset({"the", "this", "that", "these", "those",
                      "el", "la", "los", "las", "este", "esta", "estos", "estas", "ese", "esa",
                      "o", "a", "os", "as", "esse", "essa", "esses", "essas", "aquele", "aquela",
                      "l'", "le", "les", "cette", "cet", "ce", "ces",
                      "il", "lo", "i", "gli", "questo", "questa", "questi", "queste", "quel", "quella", "quell'",
                      "den", "die", "das", "der", "dem", "diesen", "diese", "dieses", "diesem", "dieser"})
JUDGED_ATTACK_LANGUAGES = frozenset({"en", "es", "pt", "fr", "it", "de"})
VICTIM_REACH = 2  # 'the attack on Israel', 'el ataque contra la embajada de Israel'
VICTIM_OF_REACH = 5  # 'the attack on the convoy of the UN mission', 'o ataque contra a missão da ONU'


def _victim_of_judged_attack(trig: Match, target: Mention, candidates: list[Match], mentions: list[Mention], modifiers) -> bool:
    """'condemned the attack on Israel', 'verurteilte den Angriff auf Israel', 'condenó el ataque
    contra la embajada de Israel': the actor right after a criticised violent act that names no
    doer of its own is its victim, not the one criticised ('the Iranian attack on Israel' is
    aimed at Iran, and so is 'le bombardement syrien' with its adjective after the noun; 'the
    attack by Hamas' names its doer with an agent word)."""
    for m in candidates:
        # (the act may end the criticism's own pattern: 'condenó * ataque')
        # ('o ataque contra a missão da ONU': the victim may be the owner of the place struck)
        if m.payload.code[:2] not in VIOLENT_ROOTS or not (trig.start < m.start and m.end < target.start and (target.start <= m.end + VICTIM_REACH or target.start <= m.end + VICTIM_OF_REACH and _preceded_by(target.start, modifiers, "of"))):
            continue
        if any(trig.start < other.start and other.end <= m.start for other in mentions):
            return False  # the act's doer is named before it
        # (pt/es 'da', 'de' are agent words too: right after the act they name its doer, 'el ataque
        # de Hamás'; after the place struck, its owner, 'contra la embajada de Israel')
        return not any(_kind_at(modifiers, "agent", k) and (k == m.end or not _kind_at(modifiers, "of", k)) for k in range(m.end, target.start))
    return False


MEASURE_REACH = 3


def _judged_measure(tokens, trig: Match, modifiers, decisions: frozenset[str] | None) -> bool:
    """'calificó la medida de hostil', 'rejeitou a decisão', 'La medida fue condenada por la UE':
    a criticism or rejection of 'the measure', 'the decision' with no owner named judges the act
    the article reported last."""
    if not decisions:
        return False
    # ('calificó la medida de "inaceptable"': the measure may stand inside the pattern's gap)
    spots = list(range(trig.start + 1, min(len(tokens), trig.end + MEASURE_REACH)))
    if _kind_between(modifiers, "passive_aux", max(0, trig.start - 2), trig.start):
        spots += range(0, min(trig.start, MEASURE_REACH))  # ('La medida fue condenada por ...': the subject)
    return any(tokens[k].surface in decisions and k > 0 and _kind_at(modifiers, "determiner", k - 1) for k in spots)


def _measure_words(words: dict | None, code: str) -> frozenset[str]:
    """The nouns that point back to the last act: its 'measure', 'decision' (modifiers `decision`),
    and for a denial or rejection also its 'accusations', 'criticism' (`charge`): 'Washington negó
    las acusaciones' answers whoever made them."""
    words = words or {}
    decisions = words.get("decision", frozenset())
    return decisions if code[:2] == "11" else decisions | words.get("charge", frozenset())


def _measure_taker(trig: Match, pattern: EventPattern, source: Mention, taker: Actor) -> Mention | None:
    """The actor whose measure is judged, unless it is the judge's own state; the opposition or
    people of a state judge their own state's measure ('Guinea's junta dissolved 50 parties. The
    opposition denounced the decision')."""
    if taker.country is None or (taker.country in {a.country for a in source.actors} and not _domestic_critic(source, taker)):
        return None
    return Mention(trig.start, trig.end, [taker], "implicit", pattern.rule, resolved=True)


def _domestic_critic(source: Mention, taker: Actor) -> bool:
    """A critic named by a non-state role (opposition, activists, rights groups, unions) judging
    a measure of its own state's government, forces or courts."""
    return taker.role in STATE_ROLES and all(a.role is not None and a.role not in STATE_ROLES and a.role != "IGO" for a in source.actors)


def _attacker_judged(trig: Match, pattern: EventPattern, source, discourse: Discourse, attacker: Actor | None = None):
    """Criticising 'the attack' the article reported: aimed at whoever carried it out (unless that
    is the critic itself); 'the verdict': at the court that gave it (`attacker`)."""
    attacker = attacker or discourse.last_attacker
    if attacker is None or attacker == source[1] or (attacker.country == source[1].country and attacker.role == source[1].role):
        return None
    return Mention(trig.start, trig.end, [attacker], "implicit", pattern.rule, resolved=True), attacker


def _claimed_victim(trig: Match, pattern: EventPattern, source, discourse: Discourse):
    """'Le groupe X a revendiqué l'enlèvement', 'Y claimed responsibility for the bombing': a
    claim naming no victim is about the last violent act the article reported, and its victim
    is the claim's target (unless that is the claimant itself)."""
    victim = discourse.last_victim
    if victim is None or victim == source[1]:
        return None
    return Mention(trig.start, trig.end, [victim], "implicit", pattern.rule, resolved=True), victim


QUOTE_OPENING = {"de": frozenset("„»"), "default": frozenset("«“")}  # German „...“ and »...«
QUOTE_CLOSING = {"de": frozenset("“«"), "default": frozenset("»”")}


def _open_quote_speaker(tokens, modifiers, mentions: list[Mention], lang: str, continued: list[Actor] | None) -> list[Actor] | None:
    """The speaker of a quotation still open at the end of this sentence: the one it continued
    from, or the subject of a report verb right before its opening mark ('X said: "We ...').
    None when every quotation closes (or opens with no speaker before it)."""
    opening, closing = QUOTE_OPENING.get(lang, QUOTE_OPENING["default"]), QUOTE_CLOSING.get(lang, QUOTE_CLOSING["default"])
    inside, opened = continued is not None, None
    for k, t in enumerate(tokens):
        if t.text in opening or (t.text == '"' and not inside):
            inside, opened = True, k
        elif t.text in closing or t.text == '"':
            inside, opened = False, None
    if not inside:
        return None
    if opened is None:
        return continued
    j = opened - 1
    while j >= 0 and tokens[j].text in (":", ","):
        j -= 1
    report = next((s for s, e in modifiers.get("report_verb", ()) if e == j + 1), None)
    if report is None:
        return None
    speaker = next((m for m in reversed(mentions) if m.end <= report and report - m.end <= 2 and not m.oblique and m.kind not in ("location", "anti")), None)
    return list(speaker.actors) if speaker is not None and all(a.country for a in speaker.actors) else None


ATTRIBUTION_TAIL = 12  # '", the South Korean foreign ministry spokesperson said in a statement.'
# ... after a quotation the speaker may carry an apposed name: '", afirmou o Presidente da República, Marcelo Rebelo de Sousa.'
QUOTE_ATTRIBUTION_TAIL = 24


def _quote_with_speaker(tokens, modifiers, mentions: list[Mention], discourse: Discourse, lex: LanguageLexicon) -> tuple[int, int, Mention] | None:
    """A quotation whose speaker follows it: '"We condemn the strikes," the minister said',
    '« Nous condamnons », a déclaré X', '„Wir verurteilen", sagte er', '"Condenamos", dijo X'.
    Returns (first token inside the quote, the closing quote mark, the speaker); None when the
    sentence does not end in such an attribution. A pronoun speaker ('he said', 'écrit-il',
    'sagte er') is the actor the article named last, not one inside the quotation."""
    close = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text in QUOTES), None)
    if close is None or close == 0 or len(tokens) - close > QUOTE_ATTRIBUTION_TAIL:
        return None
    opening = next((k for k in range(close) if tokens[k].text in QUOTES), None)
    start = opening + 1 if opening is not None else 0  # a quotation may open in an earlier sentence
    while start < close and tokens[start].text in QUOTES:
        start += 1  # "''It's a good sign''": a doubled mark
    k = close + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    reports = [(s, e) for s, e in modifiers.get("report_verb", ()) if s >= k]
    pronouns = lex.modifier_words.get("pronoun", frozenset()) | lex.modifier_words.get("plural_pronoun", frozenset())
    inverted = next((j for j in range(k, min(len(tokens), k + 3)) if "-" in tokens[j].text and tokens[j].surface.rsplit("-", 1)[-1] in pronouns), None)
    if not reports and inverted is None:
        return None
    if inverted is not None or any(tokens[e].surface in pronouns for s, e in reports if e < len(tokens)) or any(tokens[s - 1].surface in pronouns for s, e in reports if s - 1 >= k):
        actors = discourse.last_single or discourse.last_group  # 'écrit-il', 'he said', 'sagte er'
        return (start, close, Mention(close, close + 1, list(actors), "reference", "quote_speaker", resolved=True)) if actors else None
    for m in mentions:
        if m.start < k or m.kind in ("location", "anti") or m.resolved:
            continue
        # 'said the minister', 'the minister said' (determiners may stand between)
        after = any(e <= m.start and all(_kind_at(modifiers, "determiner", j) for j in range(e, m.start)) for s, e in reports)
        before = any(m.end <= s and all(_kind_at(modifiers, "determiner", j) for j in range(m.end, s)) for s, e in reports)
        if after or before:
            return (start, close, m)
        return None
    return None


def _speaks_in_quote(tokens, trig: Match, quote: tuple[int, int, Mention], mentions: list[Mention], lex: LanguageLexicon, modifiers=None) -> bool:
    """The act inside the quotation has no subject of its own but the speaker: a first-person
    one ('we', 'nous', 'wir') or, where verbs need none, none at all ('«Condenamos el ataque»')."""
    start, close, _ = quote
    if not start <= trig.start < close:
        return False
    felt = trig.payload.code == SYMPATHY  # '"Die Bilder aus Syrien erschüttern uns", sagte X': the speaker's feeling
    # ('"Die Bilder aus Syrien", "les images du Maroc": an actor in an of-phrase is not the doer)
    if any(start <= m.start and m.end <= trig.start and m.kind != "location" and not m.oblique and not (felt and modifiers is not None and _preceded_by(m.start, modifiers, "of")) for m in mentions):
        return False  # '"Russia attacked us," he said': the quotation names its own doer
    if lex.lang in PRO_DROP_LANGUAGES:
        return True
    first = lex.modifier_words.get("first_person", frozenset())
    return felt or any(tokens[k].surface in first for k in range(max(start, trig.start - 4), trig.start))


def _org_references(modifiers, discourse: Discourse, mentions: list[Mention]) -> list[Mention]:
    """'NATO condemned Russia ... The alliance said ...', 'ECOWAS imposed sanctions ... The bloc
    threatened': such a noun stands for the international organisation last named as a subject."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(s, e, [discourse.last_org], "reference", "org_reference", resolved=True) for s, e in modifiers.get("org_reference", ()) if not any(i in taken for i in range(s, e))]
def _answered_accuser(trig: Match, pattern: EventPattern, source, discourse: Discourse):
    """'Tshisekedi a accusé le Rwanda de ... Kigali a rejeté ces accusations', 'Moscow denied the
    charges': a denial or rejection naming no one, by the state the article last saw accused
    by another, answers its accuser."""
    accuser, accused = discourse.last_accusation
    if source[1].country != accused or accuser.country == accused:
        return None
    return Mention(trig.start, trig.end, [accuser], "implicit", pattern.rule, resolved=True), accuser


def _pair_is_latest(discourse: Discourse) -> bool:
    """The pair of the last meeting coded is more recent than any group the article named."""
    return bool(discourse.meeting_pair) and discourse.meeting_age <= 1 and discourse.meeting_age < discourse.group_age and not discourse.subject_group


def _remember_meeting_pair(discourse: Discourse, events) -> None:
    """'Macron a reçu mardi Olaf Scholz. Les deux dirigeants ont discuté de ...', 'Meloni ha
    incontrato Rama. I due leader hanno firmato': the two states of a meeting, visit or call the
    sentence coded are the pair a later 'the two leaders' means, when it named no group itself."""
    for e in events:
        if e.cameo_code[:2] == CONSULT_ROOT and e.target_country and e.source_country and e.target_country != e.source_country:
            discourse.meeting_pair = [Actor(e.source_country, e.source_role), Actor(e.target_country, e.target_role)]
            discourse.meeting_age = 0
            return


def _armed_group_references(modifiers, discourse: Discourse, mentions: list[Mention]) -> list[Mention]:
    """'Al-Shabaab militants attacked a base ... The group claimed responsibility', 'The RSF ...
    The paramilitary group said': such a noun stands for the armed group last named."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(s, e, [discourse.last_armed_group], "reference", "group_reference", resolved=True) for s, e in modifiers.get("group_reference", ()) if not any(i in taken for i in range(s, e))]


ARMED_GROUP_ROLES = frozenset({"REB", "INS", "UAF", "SEP"})
OTHER_GROUP_ROLES = frozenset({"NGO", "HRI", "IGO", "PTY"})


def _update_discourse(discourse: Discourse, mentions: list[Mention]) -> None:
    named = [list(m.actors) for m in mentions if m.kind not in ("location", "anti", "clitic") and m.actors and all(a.country for a in m.actors)]
    if named:
        discourse.recent = named
        discourse.named_states.update((a.country, None) for actors in named for a in actors)
    discourse.group_age += 1
    for m in mentions:
        for a in m.actors:
            if a.country == discourse.home and a.role in NON_STATE_ROLES:
                discourse.last_nonstate = a
            if a.role in ARMED_GROUP_ROLES and a.country and m.kind not in ("location", "anti"):
                discourse.last_armed_group = a
            elif a.role in OTHER_GROUP_ROLES:
                discourse.last_armed_group = None  # ('..., Amnesty International said. The group also accused the army'): another group was named since
        if len(m.actors) >= 2 and len({a.country for a in m.actors}) >= 2:
            discourse.last_group = list(m.actors)
            discourse.group_age = 0
            discourse.group_oblique = m.oblique
    groups = [list(m.actors) for m in mentions if len(m.actors) >= 2 and len({a.country for a in m.actors}) >= 2 and all(a.country for a in m.actors)]
    if groups:
        discourse.groups = groups
    subject = next((m for m in mentions if not m.oblique and m.kind != "location"), None)
    # ('Lors de cette réunion, les deux parties ont partagé ... des échanges entre Washington et
    # Tokyo. Elles ont ensuite souligné': 'elles' are the subject's two parties, not the last pair)
    discourse.subject_group = list(subject.actors) if subject is not None and len({a.country for a in subject.actors}) >= 2 else []
    if subject is not None and len(subject.actors) == 1 and subject.actors[0].role == "IGO" and subject.kind in ("organization", "composed"):
        discourse.last_org = subject.actors[0]
    if discourse.continued:
        pass  # ('Además, criticó a Chile': the dropped subject goes on; the actors this sentence names are its objects)
    elif subject is not None and len(subject.actors) == 1 and not subject.resolved and subject.actors[0].role != "IGO":
        discourse.last_single = list(subject.actors)
        discourse.subject_age = 0
    elif not (discourse.continued and subject is None) and not (subject is not None and subject.resolved and list(subject.actors) == discourse.last_single):
        discourse.subject_age += 1  # (a pronoun for the same subject, 'Ele reuniu-se', keeps the chain too)
    discourse.continued = False
    discourse.met_pair = []


def _shorter_inside_actor_overlaps(candidates: list[Match], found: list[Match], mentions: list[Mention]) -> list[Match]:
    """'Chinese officials visited Kenya': the longest pattern ('official visit') starts on an
    actor's word and is no event, but a shorter one inside it, past the actor ('visited'), is."""
    dropped = [m for m in candidates if m.payload.code != NOT_AN_EVENT and _overlaps_any(m, mentions)]
    if not dropped:
        return candidates
    inner = [r for r in found if any(d.start < r.start and r.end <= d.end for d in dropped) and not _overlaps_any(r, mentions)]
    if not inner:
        return candidates
    kept = [m for m in candidates if m not in dropped]
    return longest_non_overlapping(kept + longest_non_overlapping(inner))


def _overlaps_any(match: Match, mentions: list[Mention]) -> bool:
    """A trigger whose first word belongs to an actor ('minister', 'forces') is not an event;
    one that only reaches into an actor ('expelled * ambassador of France') is."""
    return any(m.start <= match.start < m.end and not m.resolved for m in mentions)


# ---------------------------------------------------------------------- direction


def _usable(mention: Mention, tokens, modifiers) -> bool:
    """Not a place ('à Séoul', 'in Tokyo') and not a quoted authority ('selon X', 'according to X')."""
    if mention.kind == "location":
        return False
    for s, e in modifiers.get("attribution", ()):
        # 'according to the Foreign Ministry', 'selon le ministère sud-coréen': the quoted authority
        if e <= mention.start and not _has_punct(tokens, e, mention.start, allow={"'s"}) and all(_kind_at(modifiers, "determiner", k) or _kind_at(modifiers, "of", k) for k in range(e, mention.start)):
            return False
    return all(a.country for a in mention.actors)


def _between_pair(trig: Match, right: list[Mention], modifiers, window: int) -> Mention | None:
    """'talks between the rebels and the caretaker government', 'a ceasefire signed between X and
    Y': the two sides named after between/entre/zwischen, as one mention."""
    between = [m for m in right if _kind_between(modifiers, "between", trig.end - 1, m.start) and m.start - trig.end <= window + 3]
    between = [m for m in between if any(trig.end - 1 <= s < m.start and s - trig.end <= window for s, _ in modifiers.get("between", ()))]
    if not between:
        return None
    first = between[0]
    if len(first.actors) > 1:
        return first
    nxt = next((m for m in right if m.start > first.end and m.start - first.end <= 5 and _kind_between(modifiers, "coordination", first.end, m.start)), None)
    if nxt is None:
        return None
    return Mention(first.start, nxt.end, _unique(first.actors + nxt.actors), "group", first.rule)


LIGHT_VERB_REACH = 10  # "ont annoncé officiellement, ce lundi 5 juin, la rupture de leurs relations"


# function words before a word that is both a determiner and a light verb ('renewed') making it the determiner
NOMINAL_CONTEXT = ("determiner", "circumstance", "location", "temporal", "of", "with", "agent", "between")


def _is_nominal(trig: Match, modifiers) -> bool:
    """A determiner before the trigger makes it a noun ('the strikes', 'les tirs') unless a light
    verb governs it ('imposed new sanctions', 'a lancé une offensive', 'ont annoncé, lundi, la
    rupture'): one earlier in the clause, with no other act in between."""
    k = trig.start - 1
    if k < 0 or not _kind_at(modifiers, "determiner", k):
        return False
    if _kind_at(modifiers, "group_pronoun", k):
        return False  # ('Ambos firmaron un acuerdo': 'ambos' stands alone for the two sides, the verb follows it)
    if k > 0 and _kind_at(modifiers, "light_verb", k) and not _any_kind_at(modifiers, NOMINAL_CONTEXT, k - 1):
        return False  # 'Israel and Lebanon renewed negotiations': a determiner that is also a verb ('the renewed fighting' stays a noun)
    for j in range(k - 1, max(-1, trig.start - 1 - LIGHT_VERB_REACH), -1):
        if _kind_at(modifiers, "light_verb", j) or (j == k - 1 and _kind_at(modifiers, "commitment", j)):
            return False  # ('agreed to a prisoner swap': what one commits to is one's own act)
        if _kind_at(modifiers, "clause_break", j):
            break
    return True


ARTICLE_CONTRACTIONS = {
    "es": frozenset({"al", "del"}),
    "pt": frozenset({"ao", "aos", "à", "às", "do", "dos", "da", "das", "pelo", "pela", "pelos", "pelas"}),
}


def _contracted_noun(tokens, trig: Match, lang: str) -> bool:
    """'en referencia al bombardeo ruso de Odesa', 'referindo-se ao bombardeamento russo': a
    one-word trigger after a preposition fused with its article is a noun (its actors are the
    adjective and of-phrase it carries), unless it is an infinitive ('al llegar', 'ao visitar')."""
    words = ARTICLE_CONTRACTIONS.get(lang)
    if not words or trig.start == 0 or trig.end - trig.start != 1 or tokens[trig.start - 1].lower not in words:
        return False
    word = tokens[trig.start].lower
    return not word.endswith(("ar", "er", "ir", "ír", "or", "ôr"))


def _content_clause_end(tokens, trig: Match, usable: list[Mention], modifiers, clause_end: int) -> int:
    """A demand or refusal named as a noun whose that-clause follows it, past only its owner
    ('l'exigence malienne que la France retire', 'la insistencia de Venezuela en que Guyana
    retire'): its target is in that clause, which ends at the next clause break."""
    if clause_end >= len(tokens) or clause_end - trig.end > 6:
        return clause_end
    covered = {k for m in usable for k in range(m.start, m.end)}
    for k in range(trig.end, clause_end):
        if k not in covered and not any(k in spans for spans in modifiers.at.values()):
            return clause_end
    return next((s for s, _ in sorted(modifiers.get("clause_break", ())) if s > clause_end), len(tokens))


def _nominal_dyads(trig: Match, usable: list[Mention], modifiers, clause_end: int, ranking: list[str] = (), tokens=(), struck: Mention | None = None, mentions: list[Mention] = ()):
    """A noun used as an event ('les tirs syriens contre la Turquie', 'the Russian strikes on
    Kyiv', 'le déploiement de troupes russes'): its source is the actor attached to the noun
    (adjective next to it, 'of/de X', 'by/par X'); without one the noun only names the object of
    another act ('a condamné les tirs') and is not coded on its own."""
    if trig.payload.code[:2] in SPEECH_ACT_ROOTS and tokens:
        clause_end = _content_clause_end(tokens, trig, usable, modifiers, clause_end)
    if tokens:
        # ('"Condenamos la agresión rusa", declaró el ministro': the noun's actors stay inside the quotation)
        clause_end = next((k for k in range(trig.end, clause_end) if tokens[k].text in QUOTES), clause_end)
    pair = _between_pair(trig, [m for m in usable if m.start >= trig.end], modifiers, window=6)
    if pair is not None:
        for a, b in itertools.permutations(pair.actors, 2):
            if a != b:
                yield (pair, a), (pair, b), 0.55
        return
    # 'l'exécution de V par A', 'the killing of V by A': the agent is the source, the of-phrase the target
    of_phrase = next((m for m in usable if trig.end < m.start <= trig.end + 6 and m.start < clause_end and _preceded_by(m.start, modifiers, "of") and m.kind != "location" and not _by_phrase(m.start, modifiers)), None)
    # 'l'enlèvement au Mali du journaliste français Olivier Dubois par le GSIM': the by-phrase may
    # follow a long of-phrase
    reach = trig.end + 8
    if of_phrase is not None:
        k = of_phrase.end
        while k < len(tokens) and k - of_phrase.end < 4 and tokens[k].text[:1].isupper():
            k += 1  # the victim's name: 'du journaliste français Olivier Dubois'
        reach = max(reach, k + 3)  # (the name may already be part of the mention)
    agent = next((m for m in usable if trig.end < m.start <= trig.end + 8 and m.start < clause_end and (_preceded_by(m.start, modifiers, "agent") or _preceded_by(m.start, modifiers, "origin"))), None)
    if agent is None or agent is of_phrase:
        # 'par'/'by' (an agent word that is not also 'de') may come after a long of-phrase
        agent = next((m for m in usable if of_phrase is not None and of_phrase.end <= m.start <= reach and m.start < clause_end and _preceded_by(m.start, modifiers, "agent") and not _preceded_by(m.start, modifiers, "of")), agent)
    adjacent = next((m for m in usable if (m.end == trig.start or m.start == trig.end) and m.kind != "anti"), None)
    if adjacent is None and (anti := next((m for m in usable if (m.end == trig.start or m.start == trig.end) and m.kind == "anti"), None)) is not None:
        # 'des manifestations anti-françaises à Niamey', 'anti-French protests': the country
        # protested against is the target, never the doer; the protesters are unnamed
        # (of the article's country, when it is not the one protested against)
        home = next((c for c in ranking if all(c != b.country for b in anti.actors)), None)
        if trig.payload.code[:2] == PROTEST_ROOT and home is not None and ranking and ranking[0] == home:
            protesters = Mention(trig.start, trig.end, [Actor(home, "CVL")], "implicit", trig.payload.rule, resolved=True)
            for b in anti.actors:
                yield (protesters, protesters.actors[0]), (anti, b), 0.5
        return
    if agent is not None and agent is not of_phrase:  # 'del Gobierno' is an of-phrase, not a by-phrase
        source, target = agent, of_phrase if of_phrase is not None else adjacent
        if target is None:
            # 'les tirs d'obus par les forces syriennes sur la ville turque': the aim follows the agent
            # ('la prise en otages par un groupe islamiste de 41 étrangers et de centaines de travailleurs algériens')
            target = next((m for m in usable if agent.end <= m.start < clause_end and m.start - agent.end <= NOUN_AIM_REACH and m.kind != "location"), None)
        if target is None and trig.payload.code[:2] in VIOLENT_ROOTS and tokens:
            target = _died_in(tokens, trig, usable)
    else:
        if adjacent is None and of_phrase is not None and trig.payload.code.startswith(PATIENT_OF_CODES):
            return  # 'following the killing of an Israeli man', "l'arrestation de l'opposant": the victim, not the doer
        source = adjacent or of_phrase
        if source is None:
            # 'la conversation qu'il a eue avec David Cameron', 'the talks Fabius held with Ban':
            # a reciprocal noun whose relative clause names one side, its with-phrase the other
            yield from _talks_with(trig, usable, modifiers)
            return
        # 'une visite à l'Elysée du président béninois': the target may stand before the of-phrase
        # ('la ofensiva das tropas com o apoio do Ruanda': a later of-phrase belongs to a nearer noun)
        # ('el bombardeo ruso de Odesa': the of-phrase right after a violent noun's adjective is what it struck)
        struck_of = trig.payload.code[:2] in VIOLENT_ROOTS and source.start == trig.end and source.kind == "adjective"
        target = next((m for m in usable if m.start >= trig.end and m.start < clause_end and m is not source and m.start - trig.end <= TARGET_WINDOW and not (m.start > source.end and _preceded_by(m.start, modifiers, "of") and not (struck_of and m.start - source.end <= 2)) and not _preceded_by(m.start, modifiers, "audience")
                       and not _kind_between(modifiers, "report_verb", trig.end, m.start)), None)  # ('..., informaron las autoridades ucranianas': who tells of it)
    if struck is not None and (target is None or target.kind == "role_home" and target.start < struck.start):
        target = struck  # 'un ataque israelí contra un campamento de refugiados en Gaza'
    aimed = None
    if target is None and "home_target" in trig.payload.options:
        aimed = (ranking[0] if ranking else None) if trig.payload.code[:2] in HOME_AIMED_ROOTS else _other_party(ranking, source)
    if aimed:
        target = Mention(trig.start, trig.end, [Actor(aimed, None if trig.payload.code[:2] == "09" else "GOV")], "implicit", trig.payload.rule, resolved=True)
    if target is not None and target.kind == "role_home" and trig.payload.code[:2] in VIOLENT_ROOTS:
        # 'un ataque con drones ucranianos mató a dos personas en la región rusa': the victims of
        # a named attacker's strike are the other state's, as after a verb
        target = _victims_of_attacked_state(target, source, usable, mentions or usable, tokens, modifiers)
    for a in source.actors:
        for b in target.actors if target else []:
            if b.country == a.country and (b.role == a.role or trig.payload.code[:2] in SELF_EXCLUDED_ROOTS):
                continue
            yield (source, a), (target, b), 0.6


DEATH_VERBS = frozenset({"died", "killed", "wounded", "injured", "perished", "hurt"})


def _died_in(tokens, trig: Match, usable: list[Mention]) -> Mention | None:
    """'Three Malian soldiers died in an ambush by jihadists', 'two policemen were wounded in an
    attack by rebels': the subject of a death or injury the violent noun is the circumstance of
    is its victim."""
    k = trig.start - 1
    while k > 0 and tokens[k].lower not in ("in", "during") and trig.start - k <= 3:
        k -= 1
    if k < 1 or tokens[k].lower not in ("in", "during") or tokens[k - 1].lower not in DEATH_VERBS:
        return None
    verb = k - 1
    return next((m for m in reversed(usable) if m.end <= verb and verb - m.end <= 3 and not m.oblique and m.kind != "location"), None)


# acts whose noun's of-phrase names whom they were done to, not who did them: arrests, seizures,
# expulsions, abductions, killings, bombings, assassinations, sieges, occupations, shelling, mass
# killings ('the killing of an Israeli man', 'the occupation of Crimea'); not 'attack' or
# 'offensive' ('l'offensive de l'armée' is the army's)
PATIENT_OF_CODES = ("17", "181", "182", "183", "185", "186", "191", "192", "194", "195", "20")
NOUN_AIM_REACH = 10  # from a noun's by-phrase to the actor the act was aimed at
TALKS_REACH = 16  # 'la discussion qu'a eue Laurent Fabius, ministre des Affaires étrangères français, avec'


def _talks_with(trig: Match, usable: list[Mention], modifiers):
    if "recip" not in trig.payload.options:
        return
    partner = next((m for m in usable if trig.end < m.start <= trig.end + TALKS_REACH and _preceded_by(m.start, modifiers, "with")), None)
    if partner is None:
        return
    side = next((m for m in usable if trig.end <= m.start and m.end <= partner.start and not m.oblique), None)
    if side is None and _kind_between(modifiers, "clause_break", trig.end, partner.start):
        # 'la conversación que mantuvo con ...': a relative clause with no subject of its own
        side = next((m for m in usable if m.end <= trig.start and not m.oblique and m.kind != "location"), None)
    if side is None:
        return
    for a in side.actors:
        for b in partner.actors:
            if a.country != b.country:
                yield (side, a), (partner, b), 0.55


def _option(pattern: EventPattern, name: str) -> str | None:
    for option in pattern.options:
        key, _, value = option.partition("=")
        if key == name:
            return value or key
    return None


def _other_party(ranking: list[str], source: Mention) -> str | None:
    """The state the article is most about other than the source's: whom unnamed aid or a
    domestic protest is aimed at."""
    own = {a.country for a in source.actors}
    return next((c for c in ranking if c not in own), None)


# with no target named, protests (14) and investigations (09) are about the article's own country
# ('ordered a probe into the killings', 'said investigations were underway'); unnamed aid goes to
# the other party
HOME_AIMED_ROOTS = frozenset({"09", "14"})
# force postures and aid are aimed at another state: "Venezuela deployed its troops", "US aid
# carried by US Air Force planes" do not make the state its own target
SELF_EXCLUDED_ROOTS = frozenset({"07", "15"})
AID_PLEDGE = "033"  # ... and so is aid pledged or announced: 'Britain announced 2 billion pounds in military aid'
# ... and so are refusals to send one's own forces: 'Pakistan refused to send troops to Iraq'
SELF_EXCLUDED_CODES = frozenset({"1224"})
NON_STATE_ROLES = frozenset({"REB", "OPP", "UAF", "INS", "SEP", "RAD"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# acts whose counterpart a reader infers in a domestic conflict story ("the rebels rejected the
# plan": the government's plan; "the government offered a role": to the rebels)
COUNTERPART_ROOTS = frozenset({"01", "02", "03", "04", "05", "08", "10", "11", "12", "13", "16"})


def _domestic_counterpart(source: Mention, home: str | None, last_nonstate: Actor | None) -> Actor | None:
    if home is None or len(source.actors) != 1 or source.actors[0].country != home:
        return None
    role = source.actors[0].role
    if role in NON_STATE_ROLES:
        return Actor(home, "GOV")
    if role in STATE_ROLES and last_nonstate is not None:
        return last_nonstate
    return None


def _coordinated_verbs(tokens, previous: Match, trig: Match, modifiers, mentions: list[Mention]) -> bool:
    """'Yemeni forces raided an apartment ... and deported them', 'a arrêté X et expulsé Y': a
    verb coordinated with the previous one, with no subject of its own, shares its subject."""
    coordinators = [s for s, _ in modifiers.get("coordination", ()) if previous.end <= s < trig.start and tokens[s].text.isalpha()]
    # ('condemned Lithuania but praised Germany': 'but' joins two verbs of one subject too)
    contrast = [k for k in range(previous.end, trig.start) if tokens[k].lower in CONTRASTIVE]
    if contrast and (not coordinators or contrast[-1] > coordinators[-1]):
        coordinators = contrast
    if not coordinators or trig.start - coordinators[-1] > 3 or _kind_at(modifiers, "determiner", trig.start - 1):
        return False
    if any(coordinators[-1] < m.end <= trig.start and m.kind != "clitic" for m in mentions):
        return False
    return not any(_kind_at(modifiers, kind, k) for k in range(previous.end, trig.start) if k not in contrast for kind in ("clause_break", "report_verb"))


CONTRASTIVE = frozenset({"but"})


THIRD_PARTY_CODES = frozenset({"043", "045", "039", "165", "135"})  # hosting, mediating, offering to mediate talks between two sides, and halting or threatening to halt that mediation
# statements, appeals, support, demands, disapproval, rejections, threats about what two others do
# ('Germany welcomed the agreement between Serbia and Kosovo'): aimed at each of them
JUDGING_PAIR_ROOTS = SPEECH_ACT_ROOTS | {"05"}


def _dyads(tokens, trig: Match, pattern: EventPattern, mentions: list[Mention], modifiers, home: str | None = None, lang: str = "", ranking: list[str] = (), last_nonstate: Actor | None = None, subject: Mention | None = None,
           usable_ids: set[int] | None = None, participle: bool = False, trigger_starts=frozenset(), settlements: frozenset[str] = frozenset(), words: dict | None = None, last_source: Actor | None = None):
    """Yield ((mention, actor) | None source, (mention, actor) | None target, confidence).
    `participle`: the trigger is a Romance past participle with no auxiliary ('les touristes
    enlevés', 'la provincia aterrorizada por'): a passive.
    `subject`: the source of a verb this one is coordinated with ('raided ... and deported').
    usable_ids: id() of the mentions _usable accepts, when the caller has them already."""
    if usable_ids is None:
        usable_ids = {id(m) for m in mentions if _usable(m, tokens, modifiers)}
    usable = [m for m in mentions if id(m) in usable_ids or ("place" in pattern.options and m.kind == "location" and all(a.country for a in m.actors))]
    left = [m for m in usable if m.end <= trig.start and trig.start - m.end <= SOURCE_WINDOW and m.kind != "location"]  # a place is never the doer
    # a target may start inside a pattern that reaches into it ("expelled * the ambassador of France")
    right = [m for m in usable if m.start > trig.start and m.start - trig.end <= TARGET_WINDOW and m not in left and m.kind != "name"]
    if lang == "en" and right and (next_verb := _coordinated_next_verb(tokens, trig, trigger_starts)) is not None and any(m.start < next_verb for m in right):
        # 'condemned the attack on its troops and urged the AU to act': the AU is urged, not
        # condemned (with no object of its own the first verb shares the second's: 'arrested and deported X')
        right = [m for m in right if m.start < next_verb]
    if "nonstate" in pattern.options:
        # 'activists camping out around Government House, in protest at': the doer is the non-state actor
        left = [m for m in left if all(a.role and a.role not in STATE_ROLES for a in m.actors)]

    pair = _between_pair(trig, right, modifiers, window=4 if "noun" in pattern.options else 2)
    if pair is None and ("noun" in pattern.options or (pattern.code[:2] in COMPOUND_PAIR_ROOTS and _is_nominal(trig, modifiers))):
        # 'le sommet américano-japonais': a compound adjective next to the noun
        pair = next((m for m in right + left if m.kind == "adjective" and len(m.actors) >= 2 and abs(m.start - trig.end) <= 1), None)
    if pair is not None and (pattern.code[:3] in THIRD_PARTY_CODES or ("recip" not in pattern.options and pattern.code[:2] in JUDGING_PAIR_ROOTS)) and "noun" not in pattern.options:
        # 'Togo hosted talks between the government and the rebels', 'Qatar mediated between X and
        # Y': the host or mediator acts on each side; so does whoever welcomes or condemns what
        # two others did ('Germany welcomed the agreement between Serbia and Kosovo')
        host = subject if subject is not None else _pick_source(left, trig, modifiers, tokens, lang, (words or {}).get("document", frozenset()))
        if host is not None and not set(host.actors) & set(pair.actors):
            for a in host.actors:
                for b in _unique(pair.actors):
                    if a != b:
                        yield (host, a), (pair, b), 0.7
            return
    if pair is not None and len({(a.country, a.role) for a in pair.actors}) >= 2:
        for a, b in itertools.permutations(pair.actors, 2):
            if a != b:
                yield (pair, a), (pair, b), 0.6
        return

    clause_end = next((s for s, _ in sorted(modifiers.get("clause_break", ())) if s >= trig.end), len(tokens))
    words = words or {}
    owned = _noun_owner(tokens, trig, usable, modifiers, words.get("decision", frozenset()), lang)
    if owned is None and (tokens[trig.start].text in POSSESSIVE_MARKS or "owned" in pattern.options):
        return  # "the report's findings", 'le rapport de force': a noun coded only with an actor as owner
    if owned is not None:
        # "India's order to reduce", 'a report by the United Nations', 'a rebel demand': the noun's owner did it
        if _prospective(tokens, trig, owned[0], words.get("prospective", frozenset())):
            return  # 'a UN report expected next week', 'la visite prévue du président': not (yet) an event
        subject = owned[0]
    if subject is None and lang in FRONTED_VISIT_LANGUAGES and "place" in pattern.options and pattern.code[:2] == CONSULT_ROOT and owned is None:
        subject = _fronted_phrase_subject(tokens, trig, usable, modifiers)
        fronted = subject is not None
    else:
        fronted = False
    if (_is_nominal(trig, modifiers) or _contracted_noun(tokens, trig, lang)) and "noun" not in pattern.options and not _passive_clause(trig, pattern, modifiers) and not fronted and not (subject is not None and _qualified_fighting(tokens, trig)) and not (lang in VERB_FINAL_LANGUAGES and (
        any(_kind_at(modifiers, "light_verb", j) for j in range(trig.start, clause_end)) or trig.end - trig.start > 1 and tokens[trig.end - 1].text[:1].islower() and not _any_kind_at(modifiers, PREPOSITIONS, trig.end - 1)
    )):  # ('die EU-Hilfen für die Ukraine': a noun pattern may end on its preposition)
        # ('hat gegen Russland neue Sanktionen verhängt', 'hat die Vorwürfe ... zurückgewiesen':
        # German puts the verb last; a pattern ending in it is no noun)
        yield from _nominal_dyads(trig, usable, modifiers, clause_end, ranking, tokens, _struck_place(tokens, trig, modifiers, mentions, settlements, pattern) or _the_dead(tokens, trig, pattern, usable, (words or {}).get("death", frozenset())), mentions)
        return
    agent_follows = trig.end - trig.start == 1 and not _enclitic_reflexive(tokens[trig.start].text) and _kind_at(modifiers, "agent", trig.end) and any(
        _kind_between(modifiers, "agent", trig.end, m.start) and m.start - trig.end <= 3 for m in right
    )  # "déployés par Trump", "arrestato dai Carabinieri": a participle with its agent
    if owned is not None and owned[1] == "agent":
        agent_follows = participle = False  # 'a report by the UN': a noun's by-phrase, not a passive's
    passive = "passive" in pattern.options or agent_follows or participle or (
        _kind_between(modifiers, "passive_aux", max(0, trig.start - 2), trig.start) and not _progressive(tokens, trig)
        and not _kind_at(modifiers, "commitment", trig.start)  # 'is ready to help', 'is committed to supporting': an adjective, no passive
    )
    german_aux = None
    if not passive and lang in VERB_FINAL_LANGUAGES and tokens[trig.start].text[:1].islower():
        # 'Tamo wurde am Freitag vor seinem Haus erschossen', 'Russland wurde von der Ukraine
        # angegriffen': the past passive's auxiliary stands early, its participle last
        start = max((e for s, e in modifiers.get("clause_break", ()) if e <= trig.start), default=0)
        german_aux = next((s for s, _ in modifiers.get("passive_aux", ()) if start <= s < trig.start and tokens[s].text.lower() in GERMAN_PAST_PASSIVE), None)
        if german_aux is None and trig.end < len(tokens) and tokens[trig.end].text.lower() == "worden":
            # 'sind zehn Menschen getötet worden': the perfect passive's 'worden' follows; its finite 'sind' stands early
            german_aux = next((k for k in range(start, trig.start) if tokens[k].text.lower() in PERFECT_AUXILIARIES), trig.start)
        passive = german_aux is not None
    if passive:
        agent = _agent_after(trig, right, modifiers, clause_end, tokens)
        if agent is None and pattern.code.startswith(ACCUSATION):
            agent = _accuser_after_charge(tokens, trig, usable, modifiers)
        if agent is None and german_aux is not None:
            agent = next((m for m in left if m.start > german_aux and _preceded_by(m.start, modifiers, "agent")), None)
        if agent is None and german_aux is not None and trigger_starts:
            # 'Bei einem russischen Raketenangriff auf Odessa wurden acht Menschen getötet': the
            # fronted phrase of the clause names the act the passive happened in, and its doer
            # ('sind bei einem russischen Angriff auf Charkiw getötet worden': or in the middle field)
            agent = next((m for m in left if m.kind != "anti" and _qualifies_act_in_phrase(m, trigger_starts, modifiers)), None)
        if agent is None and trigger_starts:
            # 'were killed in a militia attack', 'tués dans une frappe israélienne': the actor
            # qualifying the act that the passive happened in did it
            agent = next((m for m in right if m.start - trig.end <= PHRASE_AGENT_REACH and m.start < clause_end and m.kind != "anti" and _qualifies_act_in_phrase(m, trigger_starts, modifiers)), None)
        if agent is None and ("home_target" in pattern.options or "of_agent" in pattern.options):
            # 'avec l'appui de la France', 'with the support of the US': the of-phrase gives the help;
            # 'se heurte au refus du Congrès' ('of_agent'): the of-phrase refused
            agent = next((m for m in right if m.start - trig.end <= 3 and m.start < clause_end and (m.start == trig.end or _preceded_by(m.start, modifiers, "of"))), None)
            if agent is None and "of_agent" in pattern.options:
                # ('perder terreno para as forças': a pattern ending on its preposition, then a determiner)
                agent = next((m for m in right if trig.end < m.start <= trig.end + 2 and all(_kind_at(modifiers, "determiner", k) for k in range(trig.end, m.start))), None)
        if agent is None:
            implicit = _option(pattern, "agent") if not participle else None  # 'otages détenus': not by the police
            if implicit and lang == "en" and "report_verb" not in modifiers and _pluperfect(tokens, trig):
                implicit = None  # 'He had been convicted and ordered to serve life': an earlier act, told as background
            patient = next((m for m in reversed(left) if not m.oblique), None)
            # "440 rioters have been arrested": the police did it — of the country that reports it
            # ("Pakistani authorities said the two were arrested"), else of the article's country
            speaker = next((m for m in left if not m.oblique and m is not patient and m.kind != "role_home"), None)
            # ... or of the place it happened ('were arrested in Damascus')
            # ('was sentenced to 10 years in prison in Iran': the place may follow the sentence's length)
            place = next((m for m in mentions if m.kind == "location" and -6 <= m.start - trig.start <= 10 and m.start < clause_end and len({a.country for a in m.actors}) == 1), None) if implicit else None
            country = speaker.actors[0].country if speaker is not None else place.actors[0].country if place is not None else home
            if implicit and country and patient is not None:
                actor = Actor(country, implicit)
                stand_in = Mention(trig.start, trig.end, [actor], "implicit", pattern.rule, resolved=True)
                for b in patient.actors:
                    if b != actor:
                        yield (stand_in, actor), (patient, b), 0.6
            elif implicit and country and patient is None and "home_target" in pattern.options and "passive" in pattern.options:
                # 'The state of emergency was lifted June 1': a state's own measure, undone by its
                # government, for the country it was imposed on
                yield from _home_measure(trig, pattern, country, implicit)
            return  # otherwise 'was attacked', 'ont été arrêtés': the text does not say by whom
        if trig.start > 0 and _kind_at(modifiers, "determiner", trig.start - 1):
            # a noun ('les tirs par les forces syriennes sur la ville turque'): the patient follows the agent
            patient = next((m for m in right if m.start >= agent.end and m.start < clause_end), None)
        else:
            patient = next((m for m in reversed(left) if not m.oblique and m is not agent), None)
            reduced = agent_follows and not participle and "passive" not in pattern.options and not _kind_between(modifiers, "passive_aux", max(0, trig.start - 2), trig.start)
            if reduced and patient is not None and patient.end < trig.start - 1:
                # 'a ceasefire brokered by X': a participle after a noun is about that noun; an
                # actor further back is not its patient
                patient = None
        if patient is None and "home_target" in pattern.options:
            # 'une offensive des troupes gouvernementales avec l'appui du Rwanda': support given
            # to the actor it follows, even inside a phrase
            patient = next((m for m in reversed(left) if m.kind != "location" and not ({a.country for a in m.actors} <= {a.country for a in agent.actors})), None)
        if patient is None and home and pattern.code[:2] in VIOLENT_ROOTS and _settlement_subject(tokens, trig, modifiers, settlements):
            # 'the village was attacked by rebels', 'a província ... é aterrorizada por rebeldes': its people
            patient = Mention(trig.start, trig.end, [Actor(home, "CVL")], "implicit", pattern.rule, resolved=True)
        if "home_target" in pattern.options and _passive_clause(trig, pattern, modifiers) and _is_nominal(trig, modifiers):
            # 'a ceasefire brokered by Chad's president': the noun the pattern holds is what was
            # made; the parties it binds are the article's country, not an actor further back
            foreign = home and home not in {a.country for a in agent.actors}
            patient = Mention(trig.start, trig.end, [Actor(home, None)], "implicit", pattern.rule, resolved=True) if foreign else None
        if patient is not None and patient.kind == "role_home" and agent.kind != "role_home" and pattern.code[:2] in VIOLENT_ROOTS:
            # 'ten people were killed in a Russian strike on Kharkiv': the victims of a named foreign
            # attacker are the struck state's (unnamed soldiers, 'killed by soldiers near the border
            # with Myanmar', are the article's own)
            patient = _victims_of_attacked_state(patient, agent, usable)
        if patient is None and last_source is not None and (pattern.code[:2] in JUDGING_ROOTS or pattern.code == DENIAL) and _judged_measure(tokens, trig, modifiers, _measure_words(words, pattern.code)):
            patient = _measure_taker(trig, pattern, agent, last_source)  # 'La medida fue condenada por la UE'
        own_forces = patient is not None and pattern.code[:2] in SELF_EXCLUDED_ROOTS and {b.country for b in patient.actors} <= {a.country for a in agent.actors}
        if own_forces:
            patient = None  # '2,100 National Guard troops deployed by Trump': no target
        if patient is None and not ({"notarget", "opt_target"} & pattern.options) and not (own_forces and pattern.code[:2] == "15"):
            return
        for a in agent.actors:
            for b in patient.actors if patient else [None]:
                if b != a:
                    yield (agent, a), ((patient, b) if b else None), 0.8
        return

    clause_end = next((s for s, _ in sorted(modifiers.get("clause_break", ())) if s >= trig.end), len(tokens))
    if pattern.code[:2] in SPEECH_ACT_ROOTS and clause_end <= trig.end + 1:
        clause_end = len(tokens)  # 'demanded that the government withdraw': the target is in the that-clause
    if "commitment" in modifiers and "coordination" in modifiers and "infinitive" in modifiers:
        # 'agreed to expand the exchange of data and to hold a meeting with the US': the object of
        # the first infinitive ends where a second one is coordinated with it by a word ('and to',
        # not the comma before 'al presidente', where 'al' is no infinitive marker)
        clause_end = next((s for s, _ in modifiers["coordination"] if trig.end < s < clause_end - 1 and tokens[s].text.isalpha() and _kind_at(modifiers, "infinitive", s + 1)), clause_end)
    # 'raided the village, a damning report by the United Nations ...': the object ends at a comma
    comma = next((k for k in range(trig.end + 1, clause_end) if tokens[k].text in (",", ";", ":")), None)
    if comma is not None and tokens[comma].text == ",":
        comma = _after_parenthetical(tokens, trig, comma, clause_end, mentions, modifiers)
    if trig.end < clause_end and tokens[trig.end].text == "," and _kind_between(modifiers, "report_verb", trig.end, clause_end):
        comma = trig.end  # 'X claimed responsibility, the police said': no object, then who says so
    if comma is not None:
        clause_end = comma
    if subject is None and lang in RELATIVE_OPENERS and len(left) < sum(1 for m in usable if m.end <= trig.start and m.kind != "location"):
        # ('Trump, qui se heurte au refus du Congrès de financer ... avec le Mexique, promesse de
        # sa campagne, a sollicité': a long relative clause puts the antecedent beyond the window)
        subject = _closed_relative_antecedent([m for m in usable if m.end <= trig.start and m.kind != "location"], trig, modifiers, tokens, lang)
    source = subject if subject is not None else _pick_source(left, trig, modifiers, tokens, lang, words.get("document", frozenset()))
    if source is not None and subject is None and len(source.actors) == 1 and source.start > 1 and tokens[source.start - 1].text == ",":
        source = _group_of_apposed_name(tokens, source, left) or source
    if source is None and lang == "en" and pattern.code[:2] == PROTEST_ROOT:
        source = _crowd(tokens, trig, mentions, home, clause_end)
    target = None
    if "notarget" not in pattern.options:
        # 'denies any abuse by police': the doer of what a statement is about is not whom it
        # addresses (praising or condemning 'a decision by X' does address X)
        by_phrase = lambda m: pattern.code[:2] == "01" and _preceded_by(m.start, modifiers, "agent") and not _preceded_by(m.start, modifiers, "of")  # noqa: E731
        # ('lodged an official protest with Albania': in a complaint's pattern, a bare role noun
        # inside the gap, before its last word, qualifies the protest and is not its addressee)
        qualifier = (lambda m: m.kind == "role_home" and m.end < trig.end) if pattern.code == COMPLAINT else (lambda m: False)  # noqa: E731
        # ('condemned what it called Israeli aggression': a pronoun for the speaker itself is no addressee)
        itself = (lambda m: m.kind == "reference" and source is not None and set(m.actors) <= set(source.actors)) if pattern.code[:2] in ADDRESSED_ROOTS else (lambda m: False)  # noqa: E731
        # ('partagé les résultats du sommet américano-japonais': a compound adjective qualifies a noun, it is no object)
        target = next((m for m in right if m.start < clause_end and m is not source and not by_phrase(m) and not _partner(m, pattern, modifiers) and not qualifier(m) and not itself(m)
                       and not _adversary(tokens, m, pattern, modifiers) and not (m.kind == "adjective" and len(m.actors) >= 2)
                       and not _own_seat(m, source, pattern) and not _own_of_phrase(m, source, modifiers) and not _audience(m, pattern, modifiers)
                       and not _mediator(m, modifiers) and not _pact_with(tokens, m, pattern, modifiers, words)), None)
        if target is not None and pattern.code[:2] in ACT_JUDGING_ROOTS and _preceded_by(target.start, modifiers, "of"):
            target = _doer_of_judged_act(tokens, target, right, modifiers, clause_end) or target
        if target is not None and "recip" in pattern.options and pattern.code[:2] == CONSULT_ROOT and (tokens[trig.start].key in TOPIC_VERBS or _preceded_by(target.start, modifiers, "circumstance")):
            target = _with_partner(target, right, modifiers, clause_end) or target
        if target is not None and pattern.code.startswith(ACCUSATION) and _after_content_marker(trig, target, modifiers, mentions):
            return  # 'people they accuse of cooperating with the army': the accused are no actor; the army is the charge's
    if pattern.code[:2] == THREAT_ROOT and "condition" in modifiers and source is not None and (target is None or {a.country for a in target.actors} <= {a.country for a in source.actors}):
        target = _conditioned(source, usable, modifiers, trig) or target
        if target is not None and all(a.role is None for a in target.actors) and {a.country for a in target.actors} <= {a.country for a in source.actors}:
            target = None  # ('droht mit Vergeltung, falls Waffen gegen russisches Territorium eingesetzt werden': its own soil is no target)
    if target is not None and pattern.code == COMPLAINT and all(a.role == "IGO" for a in target.actors):
        target = _complained_about(target, right, modifiers, clause_end) or target
    if "notarget" not in pattern.options and lang == "pt" and "-" in tokens[trig.start].text:
        # ('pediu-lhe apoio para o acordo com o Mercosul': the pronoun attached to the verb is its object)
        target = next((m for m in usable if m.kind == "clitic" and m.start == m.end == trig.start), target)
    if target is None and "notarget" not in pattern.options:
        # 'il les a expulsés': an object pronoun before the verb
        target = next((m for m in usable if m.kind == "clitic" and m.end <= trig.start and trig.start - m.end <= CLITIC_REACH), None)
    if target is None and source is not None and "notarget" not in pattern.options and pattern.code[:2] in CONTENT_ROOTS:
        # 'Beijing moved a rig into the waters, a move Hanoi has condemned': the act judged is the clause's
        target = _apposed_act_doer(tokens, source, usable, modifiers)
    if "notarget" not in pattern.options and lang in DATIVE_LANGUAGES and pattern.code[:2] in DATIVE_ROOTS and (target is None or target.kind == "role_home" or target.start > trig.end + 2):
        dative = _dative_place(trig, mentions, modifiers, source)
        if dative is not None and (target is None or target.kind == "role_home" or dative.start < target.start):
            target = dative
    if lang in VERB_FINAL_LANGUAGES and owned is None and _relative_of_a_plain_noun(left, trig, modifiers, tokens, lang, 0):
        return  # ('drohte Ländern, die Waffen an Kiew liefern': the relative clause's act is the noun's)
    if lang in VERB_FINAL_LANGUAGES and owned is None:
        source, target = _verb_final(left, right, trig, modifiers, source, target, clause_end, tokens)
    if source is None:
        return
    confidence = 0.9 if not source.resolved else 0.7
    if source.kind == "name":
        confidence -= 0.3  # a person the dictionaries do not know, placed in the article's country
    if source.kind == "role_home" or any(a.role is None for a in source.actors):
        confidence -= 0.1

    if "recip" in pattern.options and target is None and len({a.country for a in source.actors}) == 1 and (pair := _apposed_pair(tokens, trig, [m for m in usable if m.end <= trig.start and m.kind != "location"], modifiers)) is not None:
        source = pair  # 'X, role, et Y, role, se sont rencontrés': both met
    # ('warfen sich gegenseitig Verstöße vor': the reciprocal may stand inside a gapped pattern)
    mutual = _kind_between(modifiers, "reciprocal", trig.start + 1, min(len(tokens), trig.end + 4))
    # 'Thai and Cambodian troops clashed', 'rebels and soldiers clashed' (two sides of one country)
    # ('Colombia and the FARC agreed to a ceasefire': a state and its own rebels are two sides too)
    sides = [(a, b) for a, b in itertools.permutations(source.actors, 2) if a.country != b.country or (a.role != b.role and ((a.role and b.role) or (a.role or b.role) in NON_STATE_ROLES))]
    if sides and "recip" in pattern.options and target is not None and (target.kind == "role_home" and not _preceded_by(target.start, modifiers, "with") or _preceded_by(target.start, modifiers, "agent")):
        # ('the Philippines and Japan signed a pact allowing troops to be deployed', 'restored ties in
        # a deal brokered by China'): a bare role word, or the agent of a later participle, is no third
        # party ('un accordo con i ribelli' names one with 'with', and is)
        target = None
    if sides and "recip" in pattern.options and target is not None and len({a.country for a in source.actors}) >= 2 and ({a.country for a in target.actors} <= {a.country for a in source.actors} or target.oblique and lang == "en" and _preceded_by(target.start, modifiers, "of")) and not _preceded_by(target.start, modifiers, "with"):
        # ('Vietnam and China signed agreements during Chinese leader Xi's visit'): an actor of one of
        # the two sides named later is no third party, and nor is the host of the occasion ('met on
        # the sidelines of the G20 summit')
        target = None
    if sides and (mutual or ((target is None or _topic_of_pact(target, modifiers, tokens) or _purpose_object(tokens, trig, target, modifiers)) and "recip" in pattern.options)):
        for a, b in sides:
            yield (source, a), (source, b), confidence - 0.05
        return
    if target is not None and pattern.code == DENIAL and {a.country for a in target.actors} <= {a.country for a in source.actors}:
        target = None  # 'The Kremlin denied that Russian troops had crossed': its own forces are not whom it answers
    own_forces = target is not None and (pattern.code[:2] in SELF_EXCLUDED_ROOTS or pattern.code in SELF_EXCLUDED_CODES or _unowned_envoys(target, pattern) or _unowned_deportees(target, pattern)) and {a.country for a in target.actors} <= {a.country for a in source.actors}
    own_possession = target is not None and target.rule == POSSESSED and {a.country for a in target.actors} <= {a.country for a in source.actors}
    if own_forces or (own_possession and len({a.country for a in source.actors}) == 1):
        # a state deploying its own troops, or its aid reaching its own agencies, does not act on
        # itself: the target is the next actor named ('deployed 5,000 troops to Belarus'), if any;
        # nor on what it owns ('ha ritirato il suo ambasciatore dal Montenegro')
        own = {a.country for a in source.actors}
        owned_end = target.end
        target = next((m for m in right if m.start > target.start and m.start < clause_end and not {a.country for a in m.actors} <= own), None)
        if target is None and pattern.code[:2] == REDUCE_RELATIONS_ROOT:
            target = _post_of(mentions, owned_end, modifiers, own)
    if target is not None and pattern.code[:2] == THREAT_ROOT and target.kind == "role_home" and target.start < trig.end and {a.country for a in target.actors} <= {a.country for a in source.actors}:
        target = None  # 'Iran threatened to use force': the force is its own, not whom it threatens
    if target is not None and target.kind == "role_home" and pattern.code in SENT_AWAY_CODES and (destination := _destination_after(tokens, target, right, clause_end)) is not None:
        target = destination  # 'India extradited two suspects to Bangladesh': whose people they are is where they go
    if target is not None and lang == "en" and target.kind == "adjective" and pattern.code[:2] in SPEECH_ACT_ROOTS and {a.country for a in target.actors} <= {a.country for a in source.actors}:
        target = None  # 'Ishiba pledged to increase Japanese investment in the United States': its own adjective qualifies the object
    if target is not None and target.kind == "location" and "home_target" in pattern.options and {a.country for a in target.actors} <= {a.country for a in source.actors}:
        target = None  # 'India lifted the curfew in Srinagar': a place at home is where, not whom; its people are
    if target is None and "notarget" not in pattern.options:
        target = next((m for m in usable if m.kind == "anti"), None)  # 'anti-China protesters attacked...'
    if target is None and not ({"notarget", "place", "opt_target"} & pattern.options) and pattern.code[:2] in COUNTERPART_ROOTS:
        # not for visits, trips and deliveries ('place'): with no place named, the text does not say
        # where; nor for acts that need no target ('opt_target': denials, exercises)
        counterpart = _domestic_counterpart(source, home, last_nonstate)
        if counterpart is not None:
            target = Mention(trig.start, trig.end, [counterpart], "implicit", pattern.rule, resolved=True)
            confidence -= 0.2
    struck = _struck_place(tokens, trig, modifiers, mentions, settlements, pattern) if target is None or target.kind == "role_home" else None
    if struck is not None and (target is None or target.start < struck.start) and not {a.country for a in struck.actors} <= {a.country for a in source.actors}:
        target = struck  # 'raided a refugee camp in Rafah': that place's people
    if target is None and home and pattern.code[:2] in VIOLENT_ROOTS and _settlement_object(tokens, trig, modifiers, settlements):
        # 'raided the village', 'attaqué un camp de déplacés': the people of the article's country
        target = Mention(trig.start, trig.end, [Actor(home, "CVL")], "implicit", pattern.rule, resolved=True)
    if target is None and home and pattern.code[:2] in VIOLENT_ROOTS and home not in {a.country for a in source.actors} and (_named_place_object(tokens, trig, modifiers, mentions, lang) or _compass_object(tokens, trig, modifiers, mentions, (words or {}).get("compass"), lang)):
        # 'Russian forces shelled Kharkiv', 'Israeli jets struck Rafah': a town the dictionaries do
        # not know, attacked by a foreign actor, is in the country the article is about
        target = Mention(trig.start, trig.end, [Actor(home, None)], "implicit", pattern.rule, resolved=True)
        confidence -= 0.2
    if target is None and "home_target" in pattern.options and pattern.code in SELF_IMPOSED_CODES and len(countries := {a.country for a in source.actors}) == 1 and None not in countries:
        # 'Egyptian authorities imposed a curfew': a curfew is imposed on the
        # imposer's own people (not on its government, which imposed it), whatever the article's home
        # ('India imposed a curfew': a state named as a whole imposes it on its people)
        role = SELF_IMPOSED_CODES[pattern.code] or ("CVL" if any(a.role is None for a in source.actors) else None)
        target = Mention(trig.start, trig.end, [Actor(next(iter(countries)), role)], "implicit", pattern.rule, resolved=True)
    if target is None and pattern.code in OWN_COUNTRY_CODES and len(countries := {a.country for a in source.actors}) == 1 and None not in countries and all(a.role for a in source.actors):
        # 'The Georgian president resigned': a leader giving up power yields it to his country (CAMEO 0831)
        target = Mention(trig.start, trig.end, [Actor(next(iter(countries)), None)], "implicit", pattern.rule, resolved=True)
    if target is None and "home_target" in pattern.options and home:
        # domestic protests aim at their own government, and so do other acts of the article's
        # own actors (a coup attempt); unnamed aid and deployments go to the other party
        domestic = pattern.code[:2] not in SELF_EXCLUDED_ROOTS and not pattern.code.startswith(AID_PLEDGE) and all(a.country == home for a in source.actors)
        aimed = home if pattern.code[:2] in HOME_AIMED_ROOTS or domestic else _other_party(ranking, source)
        if pattern.code[:2] == PROTEST_ROOT and any(a.role in STATE_ROLES - {"LEG"} for a in source.actors):
            aimed = None  # 'troops blocked the road': the state's own forces do not protest against it (its lawmakers may: 'an MP began a hunger strike')
        if aimed:
            # (an investigation is into the country's affairs, not its government; a curfew or
            # martial law is imposed by the government on the country's people)
            role = None if pattern.code[:2] == "09" else "CVL" if pattern.code[:3] == "172" else "GOV"
            if role == "GOV" and all(a.country == aimed and a.role == "GOV" for a in source.actors):
                role = None  # 'Bahrain said it will give the commission access': a government's measure at home is for its country, not itself
            if pattern.code.startswith(CONCESSION_PREFIXES) and any(a.country == aimed and (a.role is None or a.role in STATE_ROLES) for a in source.actors):
                # ('the president is prepared to lift the ban on the party', 'India lifted the curfew'):
                # a state's concession at home is to its country, or its people, not to itself
                role = "CVL" if any(a.country == aimed and a.role is None for a in source.actors) else None
            target = Mention(trig.start, trig.end, [Actor(aimed, role)], "implicit", pattern.rule, resolved=True)
    if target is None and pattern.code == SYMPATHY:
        # '"The images from Turkey and Syria shock us", said X': sympathy with the states its sentence names
        target = _sympathy_target(source, mentions)
    if target is not None and target.kind == "role_home" and pattern.code[:2] in VIOLENT_ROOTS:
        target = _victims_of_attacked_state(target, source, usable, mentions, tokens, modifiers)
    if target is None and last_source is not None and (pattern.code[:2] in JUDGING_ROOTS or pattern.code == DENIAL) and _judged_measure(tokens, trig, modifiers, _measure_words(words, pattern.code)):
        target = _measure_taker(trig, pattern, source, last_source)
    for a in source.actors:
        if target is None:
            if {"notarget", "opt_target"} & pattern.options or (own_forces and pattern.code[:2] == "15"):  # exercises, statements, deployments: no target is normal
                yield (source, a), None, confidence - 0.1
            continue
        aimed = False
        for b in target.actors:
            if b == a and pattern.code[:2] == PROTEST_ROOT and a.role != "GOV":
                # 'Kurds demonstrated for independence from Iraq': people protesting against their
                # own country protest against its government
                b = Actor(a.country, "GOV")
            if b == a or (target.rule == POSSESSED and b.country == a.country):
                continue  # (an actor does not act on its own possessions: 'their embassies' are the others')
            if _own_qualifier(target, a, b, pattern.code):
                continue
            if b.role is None and b.country == a.country and (pattern.code in TRAVEL_CODES or ("place" in pattern.options and target.kind == "location" and pattern.code[:2] in VIOLENT_ROOTS and a.role in STATE_ROLES)):
                continue  # 'O Presidente da República efetuou uma visita ao Porto', 'una ofensiva en Idlib' by Syria's army: a place at home is where, not whom (militants bombing their own town do strike its people)
            aimed = True
            yield (source, a), (target, b), confidence
        if not aimed and target.rule == POSSESSED and {"notarget", "opt_target"} & pattern.options:
            yield (source, a), None, confidence - 0.1  # 'retiró sus tropas': its own troops are no target


def _doer_of_judged_act(tokens, target: Mention, right: list[Mention], modifiers, clause_end: int) -> Mention | None:
    """'condenó la violación del espacio aéreo de Polonia por drones rusos', 'criticó la detención
    de periodistas por la policía iraní': the of-phrase is what the criticised act befell; its
    doer, named after by/por/par, is the one criticised."""
    for m in right:
        if m.start <= target.start or m.start >= clause_end or m.start - target.end > 6:
            continue
        for k in (m.start - 1, m.start - 2, m.start - 3):
            if k < target.end:
                break
            if _kind_at(modifiers, "agent", k) and not _kind_at(modifiers, "of", k):
                return m
            if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
                break
    return None


def _own_qualifier(target: Mention, a: Actor, b: Actor, code: str) -> bool:
    """'Mulino defendió la soberanía panameña', 'rejeitou as críticas à política externa
    brasileira': a bare adjective of the state's own country qualifies a thing, not an actor the
    state acts on (its rebels or opposition are named by a role: 'posiciones rebeldes colombianas').
    Only for what is said or done in words: troops withdraw from, or strike, a town of their own country."""
    return code[:2] in VERBAL_ROOTS and target.kind == "adjective" and b.role is None and b.country == a.country and (a.role is None or a.role in STATE_ROLES)


VERBAL_ROOTS = SPEECH_ACT_ROOTS | {"04", "05"}
TRAVEL_CODES = frozenset({"042", "043"})
FORCE_THREAT = "138"
MILITARY_COOPERATION_INTENT = "0312"
MEETING = "040"
PHONE_CALL = "041"
PHONE_REACH = 12


def _after_parenthetical(tokens, trig: Match, comma: int, clause_end: int, mentions: list[Mention], modifiers) -> int | None:
    """The comma that ends the verb's object, past a parenthetical adjunct between the verb and it.
    'recebeu nesta terça-feira, no Palácio do Planalto, o primeiro-ministro', 'condenó este martes,
    en un comunicado, el ataque': when nothing but a date stands between the verb and the first
    comma, and the commas enclose a place or manner that names no actor, the object comes after."""
    if comma - trig.end > 4 or any(trig.end <= m.start < comma for m in mentions):
        return comma
    second = next((k for k in range(comma + 1, min(clause_end, comma + 9)) if tokens[k].text in (",", ";", ":")), None)
    if second is None or tokens[second].text != ",":
        return comma
    # ('en el Palacio de la Moncloa': a seat of power after a place preposition is where, not who)
    if not _kind_at(modifiers, "location", comma + 1) and any(comma < m.start < second and m.kind != "location" for m in mentions):
        return comma
    return next((k for k in range(second + 1, clause_end) if tokens[k].text in (",", ";", ":")), None)


def _group_of_apposed_name(tokens, source: Mention, left: list[Mention]) -> Mention | None:
    """'El presidente ecuatoriano, Daniel Noboa, y su homóloga peruana, Dina Boluarte, se
    reunieron': the name apposed to a group's last member stands for that member; the subject is
    the whole group."""
    return next((m for m in left if m.end + 1 == source.start and tokens[m.end].text == "," and len({a.country for a in m.actors}) >= 2 and set(source.actors) <= set(m.actors)), None)


def _phoned(tokens, trig: Match, target: Mention, modifiers) -> bool:
    """es 'llamar a' + a person or official with no 'a' + infinitive or 'a que' after them is a
    phone call ('llamó a Sheinbaum para hablar', 'llamó a su homólogo ruso'), not an appeal ('llamó
    a Maduro a convocar elecciones', 'llamó a la calma')."""
    if tokens[trig.start].key != "llamar" or trig.end - trig.start > 2 or target.kind not in ("person", "composed", "described") or target.start > trig.end + 1:
        return False
    if not all(a.role == "GOV" for a in target.actors):
        return False
    return not (target.end < len(tokens) and tokens[target.end].lower in ("a", "al"))


def _by_phone(trig: Match, modifiers) -> bool:
    """Talks held 'by phone', 'in a telephone call', 'via video link' later in their clause are a call (041)."""
    ends = [s for s, _ in modifiers.get("clause_break", ()) if s >= trig.end]
    limit = min([trig.end + PHONE_REACH] + ends)
    return _kind_between(modifiers, "phone", trig.end, limit)


TOPIC_VERBS = frozenset({"discuss", "talk", "speak", "confer"})  # verbs whose object is the topic, not the partner


def _with_partner(target: Mention, right: list[Mention], modifiers, clause_end: int) -> Mention | None:
    """'discussed the Gaza crisis with the Jordanian king', 'talked about Ukraine with Macron': the
    partner of talks is the one named in their with-phrase, not the topic named before it."""
    if _preceded_by(target.start, modifiers, "with"):
        return None
    return next((m for m in right if target.end <= m.start < clause_end and _preceded_by(m.start, modifiers, "with") and m.kind != "location"), None)


PROTEST_ROOT = "14"
RIOT = "145"
FORCES_OF_ORDER = frozenset({"MIL", "COP"})
LAWMAKERS_PROTESTS = frozenset({"142", "143"})  # ('an MP began a hunger strike', 'the opposition deputies' boycott'): lawmakers' own protests
NOUN_MARKERS = ("determiner", "of", "circumstance", "location", "possessive")


def _protest_noun(trig: Match, modifiers) -> bool:
    """'the report on the September protests', 'its response to the public demonstrations': a
    protest named as a noun (a determiner or preposition one or two words before it)."""
    return any(_any_kind_at(modifiers, NOUN_MARKERS, k) for k in range(max(0, trig.start - 2), trig.start))


# role words that are also adjectives or abstract nouns inside a refusal's, threat's or attack's
# phrase: 'voiced strong opposition to', 'threatened military action against', 'a military offensive'
QUALIFIER_ROLE_WORDS = frozenset({"opposition", "military", "persona", "force"})  # ('declaró persona non grata a': no person of the country)
QUALIFIED_ROOTS = frozenset({"12", "13", "16", "19"})


def _qualifying_role_word(tokens, m: Match) -> bool:
    """'voiced strong opposition to the Turkish plans', 'threatened military action against
    Syria': a role word inside (not ending) such a phrase names the act itself, not an opposition
    party or an army (whose role would make the next adjective its owner or the act its target)."""
    return m.payload.code[:2] in QUALIFIED_ROOTS and any(tokens[k].lower in QUALIFIER_ROLE_WORDS for k in range(m.start, m.end - 1))


REJECT_ROOT = "12"
# acts never aimed at their doer through a pronoun for it ('condemned what it called Israeli
# aggression', 'will give the commission access ... and allow it to meet'); statements (01) keep
# theirs: 'denied that it had ...' is about the speaker's own conduct, and has no other addressee
ADDRESSED_ROOTS = frozenset(f"{r:02d}" for r in range(2, 21))
CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "crowds", "tens"})


def _crowd(tokens, trig: Match, mentions: list[Mention], home: str | None, clause_end: int) -> Mention | None:
    """'Thousands marched in Tbilisi on Sunday to protest against the government': a crowd
    counted but not named right before a protest verb is the people of the place it marches in
    (the one country its clause places it in), else of the article's country."""
    if trig.start == 0 or tokens[trig.start - 1].text.casefold() not in CROWD_WORDS:
        return None
    places = {a.country for m in mentions if m.kind == "location" and trig.end <= m.start < clause_end for a in m.actors}
    country = next(iter(places)) if len(places) == 1 else home
    if not country:
        return None
    return Mention(trig.start - 1, trig.start, [Actor(country, "CVL")], "implicit", trig.payload.rule, resolved=True)


PROTEST_LEMMA = "protest"
PROTEST_VERB_CODE = "140"
DISAPPROVE_CODE = "110"
STATE_LIKE_KINDS = frozenset({"country", "metonym", "organization"})
SPEAKER_AFTER_CLAUSE = 5  # words of the statement before ', X protested'
SPEAKER_TAIL = 4  # ', X protested here Wednesday.'
PROTESTED_AGAINST = frozenset({"against", "over", "at", "outside", "in", "near"})


PROTEST_NOUNS = frozenset({"protests"})


def _protest_by(source: tuple, code: str, tokens, trig: Match, modifiers) -> str | None:
    """The verb 'protest' is a complaint when a state or an organization protests ('China
    protested the arms sale', 'the foreign ministry protested strongly': 114), or when it
    reports what was said ('Croatia is failing to uphold their rights, a human rights group
    protested': 110), and a demonstration when people do ('students protested against the
    government', 'Palestinians protested against the settlements': 140, not the disapproval
    'protest against' gives a state)."""
    mention, actor = source
    state = actor.role in ("GOV", "IGO") or (actor.role is None and mention.kind in STATE_LIKE_KINDS)
    if state and (_protest_noun(trig, modifiers) or (tokens[trig.start].text.casefold() in PROTEST_NOUNS and mention.end != trig.start)):
        return None  # 'Bahrain's rulers crushed weeks of pro-democracy protests': others' protests, named as a noun
    if state:
        return COMPLAINT
    k = mention.start - 1
    while k > 0 and _kind_at(modifiers, "determiner", k):
        k -= 1
    tail = [t.text.casefold() for t in tokens[trig.end:]]
    if k >= SPEAKER_AFTER_CLAUSE and tokens[k].text == "," and mention.end == trig.start and len(tail) <= SPEAKER_TAIL and not set(tail) & PROTESTED_AGAINST:
        return DISAPPROVE_CODE  # ', a human rights group protested here Wednesday': a statement's speaker
    if code == DISAPPROVE_CODE and ((actor.role is not None and actor.role not in STATE_ROLES) or (actor.role is None and mention.kind == "adjective")):
        return PROTEST_VERB_CODE
    return code


SYMPATHY = "018"
COMPLAINT = "114"
THREAT_ROOT = "13"


def _conditioned(source: Mention, usable: list[Mention], modifiers, trig: Match) -> Mention | None:
    """'Israel threatened to ban voting in East Jerusalem if Hamas ran', 'X threatened a strike
    unless Israel rescinded the annexation': a threat whose act names no other state is aimed at
    the actor its condition is about, the subject right after if/unless."""
    own = {a.country for a in source.actors}
    for s, e in modifiers.get("condition", ()):
        if s < trig.end:
            continue
        m = next((m for m in usable if e <= m.start <= e + 2), None)
        if m is not None and not {a.country for a in m.actors} <= own:
            return m
    return None
COMPLAINT_REACH = 8  # 'complained to the United Nations on Tuesday over two Israeli air raids'


def _complained_about(addressee: Mention, right: list[Mention], modifiers, clause_end: int) -> Mention | None:
    """'Lebanon complained to the United Nations over Israeli air raids': a complaint lodged with
    an organisation is aimed at the state it is about, named after over/about/against (a
    `circumstance` word, possibly with an adjective: 'over two Israeli air raids')."""
    for m in right:
        if m.start <= addressee.end or m.start >= clause_end or m.start - addressee.end > COMPLAINT_REACH:
            continue
        if any(a.role == "IGO" for a in m.actors):
            continue
        if any(_kind_at(modifiers, "circumstance", k) for k in range(max(addressee.end, m.start - 3), m.start)):
            return m
    return None


PARTNER_ROOTS = frozenset({"04", "05", "06"})


def _partner(m: Mention, pattern: EventPattern, modifiers) -> bool:
    """'peacekeepers are working to maintain the peace in conjunction with the OAU': an actor named
    as a partner acts alongside the doer and is not what the act is aimed at, except when the act
    is cooperation itself ('drills in cooperation with India')."""
    return "partner" in modifiers and "recip" not in pattern.options and pattern.code[:2] not in PARTNER_ROOTS and _preceded_by(m.start, modifiers, "partner")


def _pact_with(tokens, m: Mention, pattern: EventPattern, modifiers, words) -> bool:
    """'Ils ont discuté de l'application du cessez-le-feu avec Israël', 'über das Abkommen mit dem
    Iran gesprochen': a with-phrase right after a truce, treaty or relations noun (modifiers.tsv
    `pact`) names that pact's other party, not a partner of the talks about it."""
    if pattern.code[:2] != CONSULT_ROOT or not words or not _preceded_by(m.start, modifiers, "with"):
        return False
    pacts = words.get("pact")
    return bool(pacts) and tokens[_with_word(m.start, modifiers) - 1].surface in pacts


def _with_word(start: int, modifiers) -> int:
    """Position of the with-word before `start`, past determiners."""
    k = start - 1
    while k > 0 and not _kind_at(modifiers, "with", k):
        k -= 1
    return k


def _mediator(m: Mention, modifiers) -> bool:
    """'Israël et le Hamas ont conclu un accord sous l'égide du Qatar', 'unter Vermittlung
    Katars', 'con la mediazione dell'Egitto': the state that brokered an act stands beside it and
    is not whom it is aimed at; two coordinated parties are each other's counterpart."""
    return "mediator" in modifiers and _preceded_by(m.start, modifiers, "mediator")


COOPERATION_ROOTS = frozenset({"05", "06"})


def _adversary(tokens, m: Mention, pattern: EventPattern, modifiers) -> bool:
    """'carried out a joint operation against smugglers': whom a joint act is aimed against is
    not the partner of the cooperation."""
    if "recip" not in pattern.options or pattern.code[:2] not in COOPERATION_ROOTS:
        return False
    k = m.start - 1
    while k >= 0 and _kind_at(modifiers, "determiner", k):
        k -= 1
    return k >= 0 and tokens[k].lower == "against"


TOPIC_PREPOSITIONS = frozenset({"on", "over", "about", "regarding", "concerning", "sobre", "acerca", "über", "su", "sul", "sulla", "sui", "sulle", "sull'", "sullo", "sugli", "sur", "concernant"})


def _topic_of_pact(target: Mention, modifiers, tokens) -> bool:
    """'Italy and Albania signed an agreement on migrants', 'intercambiaron acusaciones sobre el
    Sáhara': a bare role noun behind a preposition other than 'with', or any actor behind one of
    topic ('on', 'sobre', 'über'), is what two coordinated parties agreed or quarrelled about,
    not a third party; each party is the other's partner."""
    if target.kind == "role_home" and target.oblique and not _preceded_by(target.start, modifiers, "with") or target.kind == "location":
        return True  # (nor is the place they signed in: 'assinaram sete acordos em Maputo')
    k = target.start - 1
    nouns = 0  # ('sobre la crisis venezolana': the actor may qualify the topic's noun)
    while k > 0 and (_kind_at(modifiers, "determiner", k) or (nouns < 2 and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].lower not in TOPIC_PREPOSITIONS and not _any_kind_at(modifiers, PREPOSITIONS, k))):
        nouns += not _kind_at(modifiers, "determiner", k)
        k -= 1
    return k >= 0 and tokens[k].text.lower() in TOPIC_PREPOSITIONS


PURPOSE_MARKERS = frozenset({"to", "para", "pour", "per", "um", "afin", "in order"})


def _purpose_object(tokens, trig: Match, target: Mention, modifiers) -> bool:
    """'Macron y Merz se reunieron en París para coordinar su apoyo a Ucrania', 'met ... to discuss
    Ukraine': an actor inside the purpose clause of two parties' meeting is what they met about,
    not a third party they met."""
    return any(tokens[k].lower in PURPOSE_MARKERS and _kind_at(modifiers, "infinitive", k) for k in range(trig.end, target.start))


def _unowned_envoys(target: Mention, pattern) -> bool:
    """'Russia expelled four diplomats': diplomats a state expels, recalls or cuts off are named
    with no owner; the article's country the bare noun falls back on is no guess for them when
    it is the doer's own."""
    return pattern.code[:2] == REDUCE_RELATIONS_ROOT and target.kind == "role_home"


DEPORTATION = "174"


def _unowned_deportees(target: Mention, pattern) -> bool:
    """'L'Algérie a expulsé des centaines de migrants vers le Niger': people a state deports are
    foreigners; a bare noun for them falling back on the deporter's own country names no one, and
    the state they are sent to is the next actor named, if any."""
    return pattern.code == DEPORTATION and target.kind == "role_home"


def _own_seat(m: Mention, source: Mention | None, pattern) -> bool:
    """'Mattarella ha ricevuto al Quirinale il presidente keniano', 'recibió en la Moncloa al
    primer ministro': the host's own seat or capital, named between the verb and the guest, is
    where a meeting happens, not whom it is with."""
    return pattern.code[:2] == CONSULT_ROOT and source is not None and m.kind == "metonym" and {a.country for a in m.actors} <= {a.country for a in source.actors}


def _audience(m: Mention, pattern, modifiers) -> bool:
    """'denunció ante la ONU el bloqueo', 'denunciou perante a ONU': the body a statement is made
    before is its audience, not its target; a protest or complaint lodged with it is aimed at it
    ('protestó ante el Reino Unido')."""
    return pattern.code != COMPLAINT and pattern.code[:2] != "14" and _preceded_by(m.start, modifiers, "audience")


def _own_of_phrase(m: Mention, source: Mention | None, modifiers) -> bool:
    """'ha ribadito il sostegno dell'Italia a Kiev', 'reaffirmed the support of Italy for Kyiv':
    an of-phrase naming the speaker's own state (no other role) says whose the act is, not at
    whom it is aimed."""
    if source is None or not _preceded_by(m.start, modifiers, "of") or m.kind not in ("country", "metonym"):
        return False
    own = {a.country for a in source.actors}
    return all(a.country in own and a.role in (None, *(b.role for b in source.actors)) for a in m.actors)


REDUCE_RELATIONS_ROOT = "16"


def _post_of(mentions, owned_end: int, modifiers, own: set[str]) -> Mention | None:
    """'llamó a consultas a su embajador en Lima', 'recalled its ambassador in Israel': the place
    right after a state's own envoy is where he serves, the state the recall is aimed at."""
    return next((m for m in mentions if m.kind == "location" and 0 < m.start - owned_end <= 1 and _preceded_by(m.start, modifiers, "location")
                 and len({a.country for a in m.actors}) == 1 and not {a.country for a in m.actors} <= own), None)


GERMAN_SEPARABLE_PREFIXES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "her", "hin", "los", "mit", "nach", "vor", "weg", "zurück", "zusammen", "teil", "statt", "fort")


def _zu_infinitive(word: str) -> bool:
    """'freizulassen', 'abzuziehen', 'anzugreifen': a German separable verb's infinitive with its
    'zu' inside the word, the content of the appeal or threat before it."""
    w = word.lower()
    return w.endswith("en") and any(w.startswith(p + "zu") and len(w) > len(p) + 4 for p in GERMAN_SEPARABLE_PREFIXES)


def _german_modal_scope(tokens, trig: Match, modifiers) -> str | None:
    """'Frankreich will nächste Woche ein Abkommen mit Marokko unterzeichnen', 'Die EU wird
    Sanktionen verhängen': a German modal or future auxiliary early in the clause governs the
    infinitive that closes it, however far the act named in between stands from it."""
    if trig.end < len(tokens) and tokens[trig.end - 1].text.islower():
        # ('der es begrüßen wollte', 'wo er Macron treffen soll': a subordinate clause's modal follows its infinitive)
        # ('dementierte Berichte über ein Treffen': a noun opening a doubtful report is no modal verb)
        after = "future" if _kind_at(modifiers, "future", trig.end) else "modal" if _kind_at(modifiers, "modal", trig.end) and tokens[trig.end].text.islower() else None
        if after == "future" and _kind_at(modifiers, "passive_aux", trig.end) and _german_participle(tokens[trig.end - 1].text):
            after = None  # ('dass Russland angegriffen wird': a present passive, not a plan)
        if after is not None:
            return after
    end = next((k for k in range(trig.end, len(tokens)) if tokens[k].text in (",", ";", ":", ".", "!", "?") or _kind_at(modifiers, "clause_break", k)), len(tokens))
    if any(trig.start < s and e <= end and not _kind_at(modifiers, "passive_aux", s) and tokens[s].text.lower() not in REPORTED_FUTURE for s, e in modifiers.get("future", ())):
        return "future"  # ('Lawrow reist nächste Woche nach Peking': the present tense with a time to come)
    start = max([e for s, e in modifiers.get("clause_break", ()) if e <= trig.start] + [k + 1 for k in range(trig.start) if tokens[k].text in (",", ";", ":")] + [0])
    # (not the reported speech's 'werde': 'Das Auswärtige Amt werde den Botschafter einbestellen'
    # reports the announced act itself, as the statement's own)
    future = [s for s, e in modifiers.get("future", ()) if start <= s and e <= trig.start and tokens[s].text.lower() not in REPORTED_FUTURE]
    kind = "future" if future else "modal" if _kind_between(modifiers, "modal", start, trig.start) else None
    if kind is None:
        return None
    end = next((k for k in range(trig.end - 1, len(tokens)) if tokens[k].text in (",", ";", ":", ".", "!", "?")), len(tokens))
    last = tokens[end - 1].text if end > trig.start else ""
    if not (last.isalpha() and last.islower() and last.endswith("en")) or _german_participle(last):
        return None
    return kind


REPORTED_FUTURE = frozenset({"werde"})


def _german_participle(word: str) -> bool:
    """'getroffen', 'angegriffen', 'festgenommen': a past participle in -en, not an infinitive."""
    w = word.lower()
    return w.startswith("ge") or any(w.startswith(p + "ge") for p in GERMAN_SEPARABLE_PREFIXES)


GERMAN_AIM_WORDS = frozenset({"zur", "zum", "zu"})


def _directive_aim(tokens, m: Match, modifiers, candidates) -> bool:
    """'hat China zur Freilassung des Journalisten aufgefordert', 'rief Russland zum Rückzug
    auf': a German noun act after zur/zum, in a clause whose appeal or demand verb follows, is
    what is asked for, not an act that happened."""
    k = m.start - 1
    while k > 0 and m.start - k <= 2 and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].lower not in GERMAN_AIM_WORDS:
        k -= 1  # 'zur sofortigen Freilassung'
    if k < 0 or tokens[k].lower not in GERMAN_AIM_WORDS:
        return False
    return any(c.start >= m.end and c.payload.code[:2] in DIRECTIVE_ROOTS and not any(_kind_at(modifiers, "clause_break", j) for j in range(m.end, c.start)) for c in candidates)


def _enclitic_reflexive(word: str) -> bool:
    """'retiraram-se de Kherson', 'reuniu-se com': a finite verb with its reflexive pronoun
    attached, never a participle, so a 'de'/'do' after it names a place or partner, not an agent."""
    return word.lower().endswith(("-se", "-nos"))


def _passive_clause(trig: Match, pattern: EventPattern, modifiers) -> bool:
    """A passive pattern that holds its own auxiliary after a noun ('the curfew was lifted'): a
    clause with that noun as its subject, not a noun phrase."""
    return "passive" in pattern.options and (_kind_between(modifiers, "passive_aux", trig.start + 1, trig.end) or _kind_between(modifiers, "agent", trig.start + 1, trig.end))


def _home_measure(trig: Match, pattern: EventPattern, country: str, role: str):
    """The dyad of an agentless passive whose pattern names a measure a government takes on its
    own country ('the curfew was lifted'): that government, aimed at the country."""
    actor = Actor(country, role)
    stand_in = Mention(trig.start, trig.end, [actor], "implicit", pattern.rule, resolved=True)
    place = Mention(trig.start, trig.end, [Actor(country, None)], "implicit", pattern.rule, resolved=True)
    yield (stand_in, actor), (place, place.actors[0]), 0.6


def _sympathy_target(source: Mention, mentions: list[Mention]) -> Mention | None:
    """The states an expression of sympathy names anywhere in its sentence (as a place too: 'the
    victims in Turkey'), other than the sympathizer's own."""
    own = {a.country for a in source.actors}
    for m in mentions:
        if m is source or m.kind == "anti" or not m.actors or not all(a.country for a in m.actors):
            continue
        if not {a.country for a in m.actors} & own:
            return m
    return None


APPOSED_HEAD = 3  # ', a move', ', a decision that', ', une mesure que', ', a long-planned step'


def _apposed_act_doer(tokens, source: Mention, usable: list[Mention], modifiers) -> Mention | None:
    """A statement about a noun set in apposition to the clause before it, its subject right
    after that noun ('..., a move Hanoi has condemned', '..., une décision que Paris a
    critiquée'): what is judged is that clause's act, so its subject is the target."""
    k = source.start - 1
    if k >= 0 and (_kind_at(modifiers, "clause_break", k) or _kind_at(modifiers, "determiner", k)):
        k -= 1  # 'a move that', 'une mesure que'
    head_end = k
    while k >= 0 and head_end - k < APPOSED_HEAD and tokens[k].text.isalpha() and tokens[k].text.islower() and not _kind_at(modifiers, "determiner", k):
        k -= 1
    if k == head_end or k < 1 or not _kind_at(modifiers, "determiner", k) or tokens[k - 1].text != ",":
        return None
    comma = k - 1
    own = set(source.actors)
    return next((m for m in usable if m.end <= comma and not m.oblique and not set(m.actors) & own), None)


ARREST = "173"
CUSTODY_WORDS = frozenset({"custody"})
HOLDER_KINDS = ("adjective", "composed", "country", "organization", "metonym")
ABUSE_CODES = ("182",)  # beatings, torture, killings (1821-1823)


def _custody(tokens, trig: Match, mentions: list[Mention], modifiers) -> tuple[Mention, Mention] | None:
    """'a Palestinian prisoner ... while in Israeli police custody', 'died in Egyptian custody': the
    actor naming the custody holds the one the clause is about (holder, detainee); the nearest
    actor before the custody phrase, not the holder, is the detainee."""
    if trig.end - trig.start != 1 or tokens[trig.start].lower not in CUSTODY_WORDS:
        return None
    holder = next((m for m in mentions if m.end == trig.start and m.kind in HOLDER_KINDS), None)
    if holder is not None:
        phrase = holder.start  # 'in Israeli police custody'
    elif trig.start >= 2 and tokens[trig.start - 1].lower == "the" and trig.end + 1 < len(tokens) and tokens[trig.end].lower == "of":
        # 'in the custody of Iran's intelligence ministry'
        holder = next((m for m in mentions if trig.end < m.start <= trig.end + 2 and m.kind in HOLDER_KINDS and all(a.country for a in m.actors)), None)
        phrase = trig.start - 1
    if holder is None or phrase == 0 or tokens[phrase - 1].lower != "in" and not (phrase > 1 and tokens[phrase - 2].lower == "in" and tokens[phrase - 1].lower in ("the", "its", "their")):
        return None
    detainee = next((m for m in reversed(mentions) if m.end < phrase and m.kind not in ("location", "anti") and not _speaker(m, modifiers) and all(a.country for a in m.actors)), None)
    if detainee is None or _has_punct(tokens, detainee.end, phrase) or _kind_between(modifiers, "report_verb", detainee.end, phrase):
        return None
    return holder, detainee


def _abused_in_custody(tokens, candidates: list[Match], mentions: list[Mention], modifiers):
    """Torture, beating or killing named in a clause that places its victim in someone's custody
    ('died as a result of torture while in Israeli police custody', 'was beaten to death in police
    custody'): the holder did it. Yields (trigger, source, target)."""
    for custody in candidates:
        if custody.payload.code != ARREST or (held := _custody(tokens, custody, mentions, modifiers)) is None:
            continue
        holder, detainee = held
        for m in candidates:
            if m.payload.code.startswith(ABUSE_CODES) and detainee.end <= m.start and m.end <= custody.start:
                for a in holder.actors:
                    for b in detainee.actors:
                        if a != b:
                            yield m, (holder, a), (detainee, b)


COUNTED_OBJECT_ROOTS = frozenset({"17", "18"})  # arrests, abductions, killings of people counted
COUNTED_OTHERS = frozenset({"others", "more"})  # 'killed 2,000 rebels and captured 3,000 others'


COUNT_FOLLOWERS = frozenset({"in", "at", "as", "after", "during", "on", "near", "across", "when", "overnight", "since", "including"})


def _counted_object(tokens, trig: Match) -> bool:
    """The act's object is a count with no noun after it, in a headline or clause: 'kills 15 in
    Gaza', 'detain hundreds as protests grow' (not 'killed 15 soldiers')."""
    k = trig.end
    if k >= len(tokens) or not (tokens[k].text.replace(",", "").isdigit() or tokens[k].lower in COUNT_WORDS):
        return False
    return k + 1 == len(tokens) or tokens[k + 1].lower in COUNT_FOLLOWERS or not tokens[k + 1].text[:1].isalnum()


def _counted_victims(tokens, trig: Match, mentions: list[Mention], source, home: str | None):
    """Those counted are people of the place named right after them ('kills 15 in Gaza'), or
    else of the doer's own state when it is the article's ('Turkish police detain hundreds')."""
    place = next((m for m in mentions if trig.end + 1 < m.start <= trig.end + 4 and m.kind in ("location", "metonym", "country") and len({a.country for a in m.actors}) == 1), None)
    own = {a.country for a in source[0].actors}
    country = place.actors[0].country if place is not None and not any(tokens[j].text in (",", ";", ":") for j in range(trig.end, place.start)) else (home if home in own else None)
    if country is None or (country in own and source[1].role is None):
        return None
    victims = Mention(trig.end, trig.end + 1, [Actor(country, "CVL")], "implicit", trig.payload.rule, resolved=True)
    return victims, victims.actors[0]


def _bare_number_object(tokens, trig: Match) -> bool:
    """'arresting 12,', 'and detained 30.', 'captured 3,000 others': the act's object is a bare
    number, no noun after it (but 'others')."""
    k = trig.end
    return k < len(tokens) and tokens[k].text.replace(",", "").isdigit() and (k + 1 == len(tokens) or not tokens[k + 1].text[:1].isalnum() or tokens[k + 1].lower in COUNTED_OTHERS)


UNNAMED_ATTACKER_CODES = ("183", "193", "181")  # bombings, shootings, abductions
MERE_BLASTS = frozenset({"explosion", "explosions", "blast", "blasts"})  # a gas explosion is no bombing
BLAST_REACH = 6  # the victims named within a few words of the bombing or the killing


def _unattributed_attack(tokens, candidates: list[Match], mentions: list[Mention], modifiers):
    """'A roadside bombing near the town of Samarra killed one U.S. soldier', 'Three US servicemen
    were killed by an improvised explosive device outside the Iraqi city of Basra', 'A Japanese
    aid worker was shot dead in Afghanistan', 'An Italian priest was kidnapped in Niger': a
    bombing, shooting or abduction whose doers no one names, against foreigners in a place of one
    state, is by that state's unidentified armed men (CAMEO UAF). Local victims ('Iraqi civilians
    killed in a car bombing in Baghdad') say nothing of who attacked them and stay uncoded, as does
    a mere 'explosion'. Returns (trigger, source, target) or None."""
    bombings = [m for m in candidates if m.payload.code.startswith(UNNAMED_ATTACKER_CODES) and not (m.end - m.start == 1 and tokens[m.start].lower in MERE_BLASTS)]
    if not bombings:
        return None
    bombing = bombings[0]
    if _is_cancelled(tokens, bombing, modifiers) is not None:
        return None
    # (a country named after a place word and one adjective is a place too: 'in northern Iraq')
    places = {a.country for m in mentions if m.kind in ("location", "metonym") or m.kind == "country" and m.start >= 2 and _kind_at(modifiers, "location", m.start - 2) for a in m.actors}
    if len(places) != 1 or None in places:
        return None
    country = next(iter(places))
    violent = [m for m in candidates if m.payload.code[:2] in VIOLENT_ROOTS]
    victims = next((m for m in mentions if m.kind not in ("location", "metonym", "anti") and not _speaker(m, modifiers) and any(abs(m.start - v.end) <= BLAST_REACH or abs(v.start - m.end) <= BLAST_REACH for v in violent)
                    and all(a.country and a.country != country for a in m.actors)), None)
    if victims is None or any(_is_cancelled(tokens, v, modifiers) is not None for v in violent):
        return None
    if any(m.kind not in ("location", "metonym") and m is not victims for m in mentions if m.end <= bombing.start):
        return None  # (another actor named before the bombing is its doer, or the sentence is another's)
    actor = Actor(country, "UAF")
    return bombing, (Mention(bombing.start, bombing.end, [actor], "implicit", bombing.payload.rule, resolved=True), actor), (victims, victims.actors[0])


SPEAKER_REACH = 2  # 'Thai police here said', 'officials said'


def _speaker(m: Mention, modifiers) -> bool:
    """An actor right before a report verb is who tells of the act, not a party to it."""
    return modifiers is not None and _kind_between(modifiers, "report_verb", m.end, m.end + SPEAKER_REACH)


INTERNATIONAL_ROLES = frozenset({"IGO", "NGO"})
VERB_COORDINATORS = frozenset({"and", "but"})


def _coordinated_next_verb(tokens, trig: Match, trigger_starts) -> int | None:
    """The start of the next act in the sentence when 'and'/'but' stands right before it: a
    second verb of the same subject, whose object is its own."""
    return min((t for t in trigger_starts if t > trig.end and tokens[t - 1].lower in VERB_COORDINATORS), default=None)


def _pluperfect(tokens, trig: Match) -> bool:
    """'had been convicted', 'had already been arrested': a passive in the past perfect."""
    k = trig.start - 1
    if k >= 0 and tokens[k].lower == "been":
        k -= 1
        if k >= 0 and tokens[k].text.isalpha() and tokens[k].lower.endswith("ly"):
            k -= 1  # 'had already been', 'had previously been'
        return k >= 0 and tokens[k].lower == "had"
    return False
SENT_AWAY_CODES = frozenset({"063", "174"})  # extradited, deported
DESTINATION_WORDS = frozenset({"to", "back"})


def _destination_after(tokens, target: Mention, right: list[Mention], clause_end: int) -> Mention | None:
    """The state named right after 'to' behind people sent away ('extradited two suspects to
    Bangladesh', 'deported 40 migrants back to Ghana')."""
    return next((m for m in right if target.end <= m.start < clause_end and m.start - target.end <= 4 and m.kind in ("country", "metonym") and tokens[m.start - 1 if tokens[m.start - 1].lower != "the" else m.start - 2].lower in DESTINATION_WORDS), None)


def _victims_of_attacked_state(target: Mention, source: Mention, usable: list[Mention], mentions: list[Mention] = (), tokens=(), modifiers=None) -> Mention:
    """'Russia struck Ukraine overnight, killing 12 civilians': unnamed victims of a state's
    violence in a sentence that names one other state are that state's people, not the people
    of the article's home country (which may be the attacker's). Naming no other state, the
    sentence may name the place of the attack: 'Palestinian bombers killed 23 people when they
    blew themselves up in Tel Aviv' are people of the state the place is in."""
    own = {a.country for a in source.actors}
    if not all(b.country in own for b in target.actors):
        return target
    # (not the speakers: 'Thai police here said')
    # (a state: 'troops backed by African Union forces recaptured the town from the militants'
    # does not make the militants the Union's)
    others = {a.country for m in usable if m is not source and m is not target and m.kind in ("country", "metonym", "adjective", "composed") and not _speaker(m, modifiers) for a in m.actors if a.role not in INTERNATIONAL_ROLES} - own
    if not others:
        # (in the same clause: not 'a spokesman said in London')
        # (a named place, not an adjective: 'on the Thai border' may be either side of it)
        others = {a.country for m in mentions if m.kind == "location" and "adjectives" not in m.rule and m.start > target.start and not _has_punct(tokens, target.end, m.start) for a in m.actors} - own - {None}
    if not others and tokens and modifiers is not None and ("attribution" in modifiers or "report_verb" in modifiers) and all(b.role in (None, "CVL") for b in target.actors):
        # ('30 pessoas morreram num bombardeamento russo contra Sumy, segundo as autoridades
        # ucranianas': naming no other state, the report's source is the struck state's; not for
        # fighters, 'Karen guerrillas ..., Thai police here said')
        others = {a.country for m in mentions if m.kind in ("country", "metonym", "adjective", "composed") and (_speaker(m, modifiers) or _preceded_by(m.start, modifiers, "attribution") or _kind_between(modifiers, "report_verb", max(0, m.start - 3), m.start)) for a in m.actors} - own - {None}
    if len(others) != 1:
        return target
    country = others.pop()
    return Mention(target.start, target.end, [Actor(country, b.role) for b in target.actors], "role_home", target.rule, target.resolved, target.oblique)


# Romance à/a/au/ao mark both a place and the person addressed ('chiesto a Mosca di ritirare',
# 'a demandé au Pérou de', 'prometeu ao Brasil'): right after an act of asking, promising, giving,
# refusing or threatening, a capital or country so introduced is the addressee
DATIVE_LANGUAGES = frozenset({"fr", "it", "pt"})
DATIVE_ROOTS = frozenset({"02", "03", "05", "06", "07", "10", "12", "13", "16"})


def _dative_place(trig: Match, mentions: list[Mention], modifiers, source: Mention | None) -> Mention | None:
    """A 'location' mention right after the verb (or after the object the pattern includes:
    'richiamato l'ambasciatore a Parigi' is the ambassador to France), introduced by a place word."""
    for m in mentions:
        if m.kind != "location" or m.start <= trig.start or m is source or not all(a.country for a in m.actors):
            continue
        anchor = trig.end if m.start >= trig.end else trig.start + 1
        between = range(anchor, m.start)
        if len(between) <= 2 and any(_kind_at(modifiers, "location", k) for k in between) and all(
            _kind_at(modifiers, "location", k) or _kind_at(modifiers, "determiner", k) for k in between
        ) and not any(_kind_at(modifiers, "origin", k) for k in between):
            return m
    return None


# German puts the verb last in subordinate and perfect clauses ("..., nachdem Russland die Ukraine
# angegriffen hatte", "hat Frankreich Russland kritisiert") and after the first phrase in main
# clauses ("Am Dienstag verurteilte Russland den Angriff").
VERB_FINAL_LANGUAGES = frozenset({"de"})
PERFECT_AUXILIARIES = frozenset({"ist", "sind", "war", "waren", "sei", "seien"})
GERMAN_PAST_PASSIVE = frozenset({"wurde", "wurden", "worden"})  # not 'wird', 'werden': also the future


FRONTING_PREPOSITIONS = ("location", "circumstance", "temporal", "with", "agent", "between", "origin")
PHRASE_WORDS = PREPOSITIONS + ("determiner", "coordination", "temporal", "infinitive")  # words inside a fronted phrase


AIMED_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion and violence: 'auf X schießen' is aimed at X


def _verb_final(left, right, trig, modifiers, source, target, clause_end, tokens=()):
    clause_start = max((e for s, e in modifiers.get("clause_break", ()) if e <= trig.start), default=0)
    if tokens and tokens[trig.start].text[:1].islower() and _fronted_preposition(modifiers, clause_start) and not _has_punct(tokens, clause_start, trig.start):
        # 'Nach dem Angriff Russlands auf die Ukraine verhängte die EU Sanktionen gegen Moskau': a
        # fronted prepositional phrase takes the one place before the verb; the subject follows it
        after = [m for m in right if m.start < clause_end and not m.oblique]
        if after:
            against = next((m for m in right if m.start > after[0].start and m.start < clause_end and _preceded_by(m.start, modifiers, "with")), None)
            return after[0], after[1] if len(after) > 1 else against
        # 'Bei der Beerdigung des Oppositionspolitikers ließ Assad auf die Teilnehmer schießen': the
        # finite verb (the first plain lower-case word) ends the fronted phrase; its subject follows it
        opener = _any_kind_at(modifiers, FRONTING_PREPOSITIONS, clause_start)  # ('Der', 'des' are articles too)
        finite = next((k for k in range(clause_start + 1, trig.start) if opener and tokens[k].text.isalpha() and tokens[k].text.islower() and not _any_kind_at(modifiers, PHRASE_WORDS, k) and not any(m.start <= k < m.end for m in left)), None)
        inside = [m for m in left if finite is not None and m.start > finite and not m.oblique]
        if inside:
            return inside[0], target if target is not None else next((m for m in inside[1:] if set(m.actors) != set(inside[0].actors)), None)
    before = [m for m in left if m.start >= clause_start and not m.oblique]
    if tokens and source is not None and (was := _reacting_clause(tokens, source, trig)) is not None:
        # 'Biden bezeichnete Xi als Diktator, was Peking scharf kritisierte': the relative clause's
        # actor reacts to the act of the clause before, and so to its doer
        doer = next((m for m in left if m.end <= was and not m.oblique and set(m.actors) != set(source.actors)), None)
        return source, doer
    if target is None and source is not None and source.start >= clause_start:
        # 'Deutschland hat gegen Russland Sanktionen verhängt': a gegen/mit-phrase in the middle field
        # ('hat auf Demonstranten schießen lassen', 'hat in Homs auf Zivilisten gefeuert': the aim of a violent act)
        aimed = trig.payload.code[:2] in AIMED_ROOTS
        against = next((m for m in left if m.start >= source.end and m.oblique and (_preceded_by(m.start, modifiers, "with") or aimed and _preceded_by(m.start, modifiers, "aim"))), None)
        if against is not None:
            return source, against
    beyond = target is not None and tokens and target.start >= trig.end and _has_punct(tokens, trig.end, target.start)
    if (target is None or beyond) and len(before) >= 2:
        # subject ... object ... verb: the object is the first other actor after the subject
        # ('Die Türkei hat Schweden vorgeworfen, Terroristen zu unterstützen': not one in the clause after the comma)
        # ('Westerwelle hat die Vorwürfe des weißrussischen Präsidenten über eine angebliche
        # deutsche Beteiligung zurückgewiesen'); later ones sit inside its attributes
        other = next((m for m in before[1:] if set(m.actors) != set(before[0].actors)), None)
        if other is not None:
            return before[0], other
    if source is None or not before:
        after = [m for m in right if m.start < clause_end and not m.oblique]
        if len(after) >= 2:
            return after[0], after[1]  # verb subject object
        if len(after) == 1 and source is None:
            return after[0], target if target is not after[0] else None
    return source, target


def _reacting_clause(tokens, actor: Mention, trig: Match) -> int | None:
    """A German relative clause opened by 'was' after a comma (', was Peking kritisierte'), the
    act's subject right after the pronoun: it is about the whole clause before; the pronoun's position."""
    k = actor.start - 1
    while k > 0 and actor.start - k <= 2 and tokens[k].lower != "was":
        k -= 1
    return k if k > 0 and tokens[k].lower == "was" and tokens[k - 1].text == "," and actor.end <= trig.start else None


def _fronted_preposition(modifiers, k: int) -> bool:
    """The clause opens with a preposition. 'Der', 'Die', 'Des' at its head are articles ('Der Iran
    kritisierte Israel'), not genitive of-words: a word that is only an of-word and a determiner
    opens no prepositional phrase."""
    if not _any_kind_at(modifiers, PREPOSITIONS, k):
        return False
    return not (_kind_at(modifiers, "determiner", k) and not _any_kind_at(modifiers, tuple(kind for kind in PREPOSITIONS if kind != "of"), k))


AGENT_REACH = 8  # "a été enlevé le 4 avril 2015 par des hommes armés"


HEDGE_KINDS = frozenset({"modal", "suspect"})  # the kinds a hedge on the doer carries ('by suspected separatists')


def _agent_after(trig: Match, right: list[Mention], modifiers, clause_end: int, tokens=None) -> Mention | None:
    """The by/par/von/da phrase of a passive: the first actor after the verb that an agent word
    introduces, within the clause and with no other actor in between (one plain word may qualify
    it: 'by Islamist insurgents')."""
    for m in right:
        if m.start >= clause_end or m.start - trig.end > AGENT_REACH:
            return None
        if _preceded_by(m.start, modifiers, "agent"):
            return m
        k = m.start - 1
        # ('by suspected separatists', 'by alleged militants': a hedge on who they are, not on the act)
        if tokens is not None and k > trig.end and tokens[k].text.isalpha() and not any(k in covered for kind, covered in modifiers.at.items() if kind not in HEDGE_KINDS) and _preceded_by(k, modifiers, "agent"):
            return m
        return None  # another actor comes first: it is not a by-phrase
    return None


def _accuser_after_charge(tokens, trig: Match, usable: list[Mention], modifiers) -> Mention | None:
    """'Aristide has been accused of misusing up to $50 million in public funds, much of it
    believed to have been embezzled, by current Haitian government officials': the by-phrase of
    a passive accusation may follow a long charge; its actor is the accuser, up to the end of
    the sentence or a report verb ('..., officials said')."""
    stop = next((s for s, _ in sorted(modifiers.get("report_verb", ())) if s > trig.end), len(tokens))
    stop = min(stop, next((k for k in range(trig.end, len(tokens)) if tokens[k].text in (";", ":")), len(tokens)))
    return next((m for m in usable if trig.end < m.start < stop and _preceded_by(m.start, modifiers, "agent") and m.kind not in ("location", "anti")), None)


# languages whose finite verbs need no subject pronoun: 'Perú dijo que atacó' is Peru's attack
PRO_DROP_LANGUAGES = frozenset({"es", "it", "pt"})


# subject relative pronouns opening a clause set off by commas: 'Trump, qui se heurte au refus du Congrès, a sollicité'
RELATIVE_OPENERS = {"fr": frozenset({"qui"}), "es": frozenset({"quien", "quienes", "que"}), "it": frozenset({"che"}), "pt": frozenset({"que", "quem"})}
ENGLISH_RELATIVES = frozenset({"which", "who"})
RELATIVE_TO_VERB = 3  # the closing comma to the main verb: an auxiliary and an adverb


def _closed_relative_antecedent(left: list[Mention], trig: Match, modifiers, tokens, lang: str) -> Mention | None:
    """'Donald Trump, qui se heurte au refus du Congrès, a sollicité l'aide': a verb right after a
    relative clause set off by commas belongs to the main clause, whose subject is the clause's
    antecedent, not an actor named inside the relative clause."""
    if lang in VERB_FINAL_LANGUAGES:  # 'Deutschland, das Waffen an die Ukraine liefert, kritisierte Russland'
        spans = [k for k in range(1, trig.start) if tokens[k - 1].text == "," and tokens[k].text.lower() in GERMAN_RELATIVES]
    else:
        openers = RELATIVE_OPENERS.get(lang, ENGLISH_RELATIVES)  # 'The United States, which has backed Israel, vetoed'
        spans = [s for s, e in modifiers.get("clause_break", ()) if e <= trig.start and s > 0 and tokens[s - 1].text == "," and tokens[s].text.lower() in openers]
    if not spans:
        return None
    opener = max(spans)
    close = next((k for k in range(trig.start - 1, opener, -1) if tokens[k].text == ","), None)
    if close is None or trig.start - close > RELATIVE_TO_VERB or _kind_between(modifiers, "clause_break", close, trig.start):
        return None
    if any(m.start > close for m in left):
        return None  # the main clause names its own subject
    antecedent = next((m for m in reversed(left) if m.end <= opener - 1), None)
    if antecedent is None or antecedent.end != opener - 1 or antecedent.oblique or antecedent.kind in ("anti", "location"):
        return None
    return antecedent


PERSON_RELATIVES = frozenset({"who"})
RELATIVE_NAME_REACH = 4  # 'Israeli right-winger Ariel Sharon, who'
RELATIVE_VERB_REACH = 4  # 'who has vowed', 'who had earlier threatened': the relative clause's own verb
APPOSITION_OPENERS = frozenset({"a", "an", "the", "its", "their"})
APPOSITION_TO_VERB = 3  # the closing comma to the verb: 'has', 'has also', 'on Monday'


def _apposition_head(tokens, own: list[Mention], trig: Match, modifiers) -> Mention | None:
    """'Pakistan, a key U.S. ally in the war against terrorism, has refused': an actor named inside
    a noun phrase set off by commas right after the subject describes the subject and is not it.
    The subject is the actor before the first comma; the phrase opens with an article or a
    possessive, closes with a comma shortly before the verb, and holds no verb of its own. A
    subject the dictionaries do not know ('Sergei Lavrov, the Russian foreign minister, said')
    stays described by the phrase."""
    last = own[-1]
    head = next((m for m in own if m.end + 1 < last.start and tokens[m.end].text == "," and tokens[m.end + 1].text.casefold() in APPOSITION_OPENERS), None)
    if head is None or head.kind in ("name", "role_home", "reference") or not all(a.country for a in head.actors):
        return None
    close = next((k for k in range(last.end, trig.start) if tokens[k].text == ","), None)
    if close is None or trig.start - close - 1 > APPOSITION_TO_VERB:
        return None
    if any(tokens[k].text in (",", ";", ":", '"') for k in range(head.end + 1, close)) or any(m.start > close for m in own):
        return None
    if any(_kind_at(modifiers, kind, k) for k in range(head.end + 1, close) for kind in ("report_verb", "clause_break", "passive_aux", "coordination")):
        return None
    return head


NOT_HEAD_NOUNS = frozenset({"because", "instead", "ahead", "regardless", "outside", "inside", "out", "spite", "irrespective", "independent", "free", "critical", "supportive", "fearful", "wary", "aware", "ashamed", "proud", "tired"})


HEADED_OF = frozenset({"of", "de", "del", "do", "da", "dos", "das"})
HEADED_ARTICLES = ARTICLES | {"el", "la", "los", "las", "o", "a", "os", "as"}


def _headed_subject(tokens, m: Mention, trigger_starts=frozenset()) -> bool:
    """'Members of the Association of African Jurists investigated', 'Supporters of the Kenyan
    opposition attacked', 'Thousands of Kurds protested': an actor in the of-phrase of the
    sentence's first noun, which names none, is the subject it stands for."""
    k = m.start - 1
    if k >= 1 and tokens[k].lower in HEADED_ARTICLES:
        k -= 1
    if k < 1 or tokens[k].lower not in HEADED_OF:
        return False
    if tokens[k].lower != "of" and (m.kind not in ("metonym", "organization") or not all(a.role for a in m.actors)):
        return False  # ('El jefe del Kremlin felicitó', 'O chefe do Kremlin': the head of a seat or body; not 'A província de Cabo Delgado')
    head = k - 1
    if head in trigger_starts or not tokens[head].text.isalpha() or tokens[head].lower in NOT_HEAD_NOUNS:
        return False
    return head == 0 or head == 1 and (tokens[0].lower in HEADED_ARTICLES or tokens[0].text.isdigit())


def _apposition_before(tokens, trig: Match) -> tuple[int, int] | None:
    """', a body linked to the OAU,' right before the verb: the span of an apposition (a comma,
    an article, then a noun phrase and a comma), which describes the subject and is none."""
    if trig.start < 4 or tokens[trig.start - 1].text != ",":
        return None
    for k in range(trig.start - 2, max(0, trig.start - 16), -1):
        if tokens[k].text == ",":
            return (k, trig.start) if k + 1 < trig.start and tokens[k + 1].lower in ARTICLES else None
        if not (tokens[k].text[:1].isalnum() or tokens[k].text in ("'s", "’s", "-")):
            return None
    return None


GERMAN_RELATIVES = frozenset({"die", "der", "das", "den", "dem", "welche", "welcher", "welches"})


def _relative_of_a_plain_noun(left: list[Mention], trig: Match, modifiers, tokens, lang: str, clause_start: int, documents: frozenset[str] = frozenset()) -> bool:
    """'amenazó con atacar a los países que envíen armas a Kiev', 'drohte Ländern, die Waffen an
    Kiew liefern': the act of a relative clause whose antecedent is a plain noun (no actor) is
    that noun's, not the main clause's subject's."""
    covered = {k for m in left for k in range(m.start, m.end)}
    if lang in RELATIVE_OPENERS and clause_start > 0:
        opener = min((s for s, e in modifiers.get("clause_break", ()) if e == clause_start), default=None)
        if opener is None or tokens[opener].text.casefold() not in RELATIVE_OPENERS[lang]:
            return False
        k = opener - 1 if opener > 0 and tokens[opener - 1].text != "," else opener - 2
        if documents and k >= 1 and (tokens[k].surface in documents or tokens[k - 1].surface in documents):
            return False  # ('firmó una orden ejecutiva que impone aranceles', 'aprobó una resolución que condena'): its author's act
        # ('i Paesi che forniscono': Italian writes some plain nouns with a capital)
        return k >= 1 and k not in covered and tokens[k].text.isalpha() and (_kind_at(modifiers, "determiner", k - 1) or k >= 2 and _kind_at(modifiers, "determiner", k - 2) and tokens[k - 1].text.islower())
    if lang in VERB_FINAL_LANGUAGES:
        # ', die Waffen an Kiew liefern': comma, relative pronoun, the clause, its verb last
        opener = max((k for k in range(max(1, trig.start - 10), trig.start) if tokens[k].text.casefold() in GERMAN_RELATIVES and tokens[k - 1].text == ","), default=None)
        if opener is None or any(tokens[j].text in (",", ";", ":") for j in range(opener + 1, trig.start)) or opener + 1 in covered:
            return False
        return opener - 2 >= 0 and opener - 2 not in covered and tokens[opener - 2].text.isalpha()
    return False


def _pick_source(left: list[Mention], trig: Match, modifiers, tokens=None, lang: str = "", documents: frozenset[str] = frozenset()) -> Mention | None:
    """The subject: the nearest actor before the verb that is not inside a prepositional phrase,
    preferring one in the verb's own clause ('..., after Thai and Cambodian troops exchanged fire')."""
    if not left:
        return None
    if tokens is not None and (lang in RELATIVE_OPENERS or lang in VERB_FINAL_LANGUAGES or lang == "en") and (antecedent := _closed_relative_antecedent(left, trig, modifiers, tokens, lang)) is not None:
        return antecedent
    clause_start = max((e for s, e in modifiers.get("clause_break", ()) if e <= trig.start), default=0)
    if lang not in PRO_DROP_LANGUAGES:
        # 'The UN agency said armed assailants killed people': the speaker of a report verb is not
        # the doer of the act reported after it (a pronoun after the verb may stand for it:
        # 'Bahrain said it will give'); 'ont annoncé, lundi, la rupture', 'announced new
        # sanctions' (a noun after a determiner, or right after the verb) are the speaker's own act
        report = max((e for s, e in modifiers.get("report_verb", ()) if e <= trig.start and trig.start - e >= 2), default=None)
        pronoun = report is not None and any(_kind_between(modifiers, kind, report, trig.start) for kind in ("pronoun", "plural_pronoun", "group_pronoun"))
        # ... only when a noun phrase of its own stands between them ('said the blast killed'), not
        # in 'a affirmé lundi avoir arrêté', 'claimed on Monday to have arrested'
        own_subject = report is not None and _kind_between(modifiers, "determiner", report, trig.start)
        if report is not None and report > clause_start and own_subject and not pronoun and not _kind_at(modifiers, "determiner", trig.start - 1):
            left = [m for m in left if m.start >= report]
            clause_start = report
    if tokens is not None and lang == "en" and (apposed := _apposition_before(tokens, trig)) is not None:
        # 'the Association of African Jurists, a body linked to the OAU, investigated': not the OAU
        left = [m for m in left if not apposed[0] <= m.start < apposed[1]] or left
    own = [m for m in left if m.start >= clause_start and not m.oblique and m.kind != "anti"]
    if own:
        if tokens is not None and lang == "en" and (head := _apposition_head(tokens, own, trig, modifiers)) is not None:
            return head
        return own[-1]
    if tokens is not None and clause_start > 0:
        # 'la propuesta del Presidente, Evo Morales, quien hizo un llamado': a relative clause
        # with no subject of its own is about the actor it follows, even one inside a phrase
        opener = min((s for s, e in modifiers.get("clause_break", ()) if e == clause_start), default=None)
        antecedent = next((m for m in reversed(left) if m.end <= opener), None) if opener is not None else None
        if antecedent is not None and antecedent.kind != "anti" and (antecedent.end == opener or (antecedent.end == opener - 1 and tokens[antecedent.end].text == ",")):
            return antecedent
        if lang == "en" and opener is not None and tokens[opener].text.casefold() in PERSON_RELATIVES and clause_start > trig.start - RELATIVE_VERB_REACH:
            # 'called on Arabs to mobilize against Israeli right-winger Ariel Sharon, who has vowed
            # not to return the Golan', 'a Somali man who had threatened': 'who' stands for the
            # person named right before it, whom the dictionaries may not know (the actor
            # qualifying the name, even inside a phrase); not for the sentence's subject
            near = next((m for m in reversed(left) if m.end <= opener and m.kind not in ("location", "anti")), None)
            return near if near is not None and opener - near.end <= RELATIVE_NAME_REACH else None
    if tokens is not None and _relative_of_a_plain_noun(left, trig, modifiers, tokens, lang, clause_start, documents):
        return None
    subjects = [m for m in left if not m.oblique and m.kind != "anti"]
    if not subjects and "founder" in modifiers:
        # 'An international panel set up by the king of Bahrain has begun to investigate': a body
        # no dictionary names acts for whoever set it up
        subjects = [m for m in left if _preceded_by(m.start, modifiers, "founder") and m.kind != "anti"][:1]
    return subjects[-1] if subjects else None
