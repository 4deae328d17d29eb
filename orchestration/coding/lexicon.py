"""Load the coder's dictionaries (TSV files a linguist edits) and match their phrases in text.

Phrases are matched on folded lemmas, so one entry "rencontrer" covers "rencontrés" and
"rencontrait". Matching runs one Aho-Corasick pass (pyahocorasick) per key string of a sentence
(lemmas, folded forms, surface forms), each pass serving every dictionary compared by that key;
gaps (`*`) in event patterns are checked after the first segment matched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path
from importlib.metadata import version as _package_version
from typing import NamedTuple

import ahocorasick

from . import lemmas

from .text import QUOTE_OPENERS, SUPPORTED_LANGUAGES, Token, fold, tokenize

DICTIONARY_DIR = Path(__file__).parent / "dictionaries"
ahocorasick_version = _package_version("pyahocorasick")
MAX_GAP = 4  # words a `*` in a pattern may skip
LONG_GAP = 15  # words a `**` may skip: a whole object ('described ** as * threat'), never across ; : . ? !
GAP_STOPS = frozenset({".", ";", ":", "?", "!"})
FORM_SEPARATOR = " | "


class DictionaryError(ValueError):
    """A dictionary line the coder cannot use; names the file, the line and the problem."""

    def __init__(self, path: Path, line: int, problem: str):
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}:{line}: {problem}")


def read_table(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each entry of a TSV dictionary, checking its header."""
    header_seen = False
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if not header_seen:
                if tuple(cells[: len(columns)]) != columns:
                    raise DictionaryError(path, number, f"header must be {' / '.join(columns)}, found {' / '.join(cells)}")
                header_seen = True
                continue
            if len(cells) == len(columns) - 1 and columns[-1] == "options":
                cells.append("")  # a pattern without options may omit the last tab
            if len(cells) < len(columns):
                raise DictionaryError(path, number, f"expected {len(columns)} tab-separated columns ({', '.join(columns)}), found {len(cells)}")
            yield number, dict(zip(columns, cells[: len(columns)]))
    if not header_seen:
        raise DictionaryError(path, 1, f"no header line ({' / '.join(columns)})")


def split_forms(value: str, path: Path, line: int) -> list[str]:
    forms = [f.strip() for f in value.split("|")]
    if not value.strip() or any(not f for f in forms):
        raise DictionaryError(path, line, "empty form (forms are separated by ' | ')")
    return forms


# --------------------------------------------------------------------------- code tables


@dataclass(frozen=True, slots=True)
class EventCode:
    code: str
    root: str
    quad_class: int
    goldstein: float
    label: str


@lru_cache(maxsize=4)
def load_event_codes(directory: Path = DICTIONARY_DIR) -> dict[str, EventCode]:
    """The CAMEO code table: code -> root, GDELT quad class, Goldstein value, label."""
    path = directory / "cameo_codes.tsv"
    codes: dict[str, EventCode] = {}
    for line, row in read_table(path, ("code", "root", "quad_class", "goldstein", "label")):
        code = row["code"]
        if not (code.isdigit() and 2 <= len(code) <= 4) or code[:2] != row["root"]:
            raise DictionaryError(path, line, f"bad code {code!r} for root {row['root']!r}")
        try:
            codes[code] = EventCode(code, row["root"], int(row["quad_class"]), float(row["goldstein"]), row["label"])
        except ValueError as err:
            raise DictionaryError(path, line, f"bad number: {err}") from None
    return codes


def _codes_in(path: Path, column: str) -> set[str]:
    return {row[column] for _, row in read_table(path, (column,))}


@lru_cache(maxsize=4)
def load_intents(directory: Path = DICTIONARY_DIR) -> dict[str, str]:
    """act-code prefix -> the code of announcing that act (intent 03x, threat 13x)."""
    codes = load_event_codes(directory)
    path = directory / "intents.tsv"
    table = {}
    for line, row in read_table(path, ("act", "statement")):
        if row["statement"] not in codes or not row["act"].isdigit():
            raise DictionaryError(path, line, f"unknown code in {row['act']!r} -> {row['statement']!r}")
        table[row["act"]] = row["statement"]
    return table


def intent_code(act: str, intents: dict[str, str]) -> str | None:
    for length in range(len(act), 1, -1):
        if act[:length] in intents:
            return intents[act[:length]]
    return None


@lru_cache(maxsize=4)
def load_subregions(directory: Path = DICTIONARY_DIR) -> dict[str, str]:
    """iso3 -> UN M49 subregion ('South America', 'Western Africa'), from countries.tsv."""
    return {row["iso3"]: row["subregion"] for _, row in read_table(directory / "countries.tsv", ("iso3", "name", "region", "subregion"))}


@lru_cache(maxsize=4)
def load_actor_codes(directory: Path = DICTIONARY_DIR) -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """(country codes, organization code -> role, role codes) the dictionaries may use."""
    countries = frozenset(_codes_in(directory / "countries.tsv", "iso3"))
    organizations = {row["code"]: row["role"] for _, row in read_table(directory / "organizations.tsv", ("code", "role"))}
    roles = frozenset(_codes_in(directory / "roles.tsv", "role"))
    return countries, organizations, roles


# --------------------------------------------------------------------------- phrase matching


class Match(NamedTuple):
    """A dictionary phrase found at tokens[start:end] (a tuple: the coder makes many)."""

    start: int  # first token index
    end: int  # one past the last token index
    payload: object


@dataclass(frozen=True, slots=True)
class _Phrase:
    keys: tuple[str, ...]
    payload: object
    case: str  # "any", "upper" (acronyms: US, UN) or "title" (names: Chad, Turkey)
    rest: tuple[tuple[int, tuple[str, ...]], ...] = ()  # segments after `*` gaps: (gap, keys)
    # every key of the rest: a sentence that lacks one cannot match, whatever the gaps (most
    # hits of a gapped pattern's first word end here, without walking the gaps)
    rest_keys: frozenset[str] = frozenset()


_FIELD_OF_KIND = {"lemma": itemgetter(3), "folded": itemgetter(4), "surface": itemgetter(5)}  # Token.key / .lower / .surface


def _view_keys(tokens: list[Token], kind: str) -> list[str]:
    """What each token is compared by, for one key kind (see PhraseMatcher): its lemma, folded
    or surface form, with spaces (rare: folding "¨" gives one) written "_" as in phrase keys."""
    keys = list(map(_FIELD_OF_KIND[kind], tokens))
    if kind != "lemma" and " " in "".join(keys):
        keys = [k.replace(" ", "_") for k in keys]
    return keys


def sentence_view(tokens: list[Token], kind: str) -> tuple[list[str], str]:
    """(token keys, " k0 k1 k2 "): one space before each key and none inside one, so the key
    starting at character c is token number haystack.count(" ", 0, c) - 1."""
    keys = list(map(_FIELD_OF_KIND[kind], tokens))
    joined = " ".join(keys)
    if kind != "lemma" and joined.count(" ") >= len(keys):  # a key holds a space: see _view_keys
        keys = _view_keys(tokens, kind)
        joined = " ".join(keys)
    return keys, f" {joined} "


class PhraseMatcher:
    """Find dictionary phrases in a token list (all matches; callers pick among overlaps)."""

    def __init__(self, lang: str, key: str = "lemma"):
        """key: what a token is compared by.
        "lemma"   event patterns and role nouns: one entry covers every inflection;
        "folded"  names and adjectives (listed in full): lemmas would merge names with common
                  words (it "beninesi" -> "bene");
        "surface" function words, accents kept: "a" (has) is not "à" (to), "aurait" is not "a".
        """
        self.lang = lang
        self.key_kind = key
        self.lowercase_strict = False  # set for event patterns (not in German, which capitalises nouns)
        self._by_key: dict[str, list[_Phrase]] = {}
        self._scanner: _Scanner | None = None  # shared with the language's other matchers of this key kind

    def add(self, form: str, payload: object, allow_gaps: bool = False) -> None:
        if allow_gaps:
            parts = re.split(r"(\*\*?)", form)
            segments = [s.strip() for s in parts[0::2]]
            gaps = [LONG_GAP if g == "**" else MAX_GAP for g in parts[1::2]]
        else:
            segments, gaps = [form], []
        token_lists = [tokenize(s, self.lang, sentence=False) for s in segments]
        if any(not toks for toks in token_lists):
            raise ValueError(f"form {form!r} has an empty part")
        first = token_lists[0]
        surface = "".join(t.text for t in first)
        letters = [c for c in surface if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            case = "upper"
        elif letters and surface[0].isupper():
            case = "title"
        else:
            case = "any"
        keys = tuple(self._key(t) for t in first)
        rest = tuple((gap, tuple(self._key(t) for t in toks)) for gap, toks in zip(gaps, token_lists[1:]))
        phrase = _Phrase(keys, payload, case, rest, frozenset(k for _, segment in rest for k in segment))
        bucket = self._by_key.setdefault(" ".join(keys), [])
        if phrase not in bucket:  # "attack | attacked | attacks" share one lemma key
            bucket.append(phrase)
        if self._scanner is not None:
            self._scanner.automaton = None

    def _key(self, token: Token) -> str:
        if self.key_kind == "lemma":
            return token.key
        return (token.lower if self.key_kind == "folded" else token.surface).replace(" ", "_")

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_key.values())

    def find(self, tokens: list[Token], views: dict | None = None) -> list[Match]:
        """All phrase matches in `tokens`. `views` caches the sentence's key strings and the
        matches of every matcher sharing this one's automaton, so one Aho-Corasick pass over a
        sentence serves them all (pass the same dict for one sentence)."""
        if not tokens or not self._by_key:
            return []
        if self._scanner is None:
            _Scanner([self])
        found = self._scanner.scan(tokens, {} if views is None else views)
        return list(found[self])


class _Scanner:
    """One Aho-Corasick automaton over every phrase of several matchers of one key kind (a
    language's event patterns and role nouns are both matched on lemmas, its function words and
    dates both on surface forms): one pass over a sentence's key string finds them all, each
    automaton value listing which matchers own the key.

    Matches of each matcher come out in the order its own automaton would give: by end
    position, longer keys first (keys are unique per matcher, so filtering the shared stream by
    matcher keeps that order)."""

    def __init__(self, matchers: list[PhraseMatcher]):
        kinds = {m.key_kind for m in matchers}
        if len(kinds) != 1:
            raise ValueError(f"one scanner serves one key kind, not {sorted(kinds)}")
        self.kind = kinds.pop()
        self.matchers = list(matchers)
        self.automaton: ahocorasick.Automaton | None = None
        self._owners: list[list[tuple[int, list[_Phrase], bool, tuple | None]]] = []  # filled by _build
        for m in matchers:
            m._scanner = self

    def _build(self) -> ahocorasick.Automaton:
        # an automaton value is (key length in characters, in tokens, key number); the key's
        # owners are looked up by number, so a hit visits only the matchers that have the key
        owners: dict[str, list[tuple[int, list[_Phrase], bool, tuple | None]]] = {}
        for position, m in enumerate(self.matchers):
            for key, phrases in m._by_key.items():
                # plain: the payloads of a key whose every phrase matches on the key alone (any
                # case, no gap, not case-strict), appended without per-phrase checks (most hits)
                plain = None if m.lowercase_strict or any(p.case != "any" or p.rest for p in phrases) else tuple(p.payload for p in phrases)
                owners.setdefault(key, []).append((position, phrases, m.lowercase_strict, plain))
        self._owners = list(owners.values())  # [i]: (matcher position, its phrases, strict, plain payloads) per owner of key i
        automaton = ahocorasick.Automaton()
        for i, (key, entries) in enumerate(owners.items()):
            automaton.add_word(f" {key} ", (len(key), len(entries[0][1][0].keys), i))
        automaton.make_automaton()
        return automaton

    def scan(self, tokens: list[Token], views: dict) -> dict[PhraseMatcher, list[Match]]:
        """matcher -> its matches in the sentence, cached in `views`."""
        found = views.get(self)  # the scanner itself keys its matches in the sentence's views
        if found is not None:
            return found
        if self.automaton is None:
            self.automaton = self._build()
        view = views.get(self.kind)
        if view is None:
            view = views[self.kind] = sentence_view(tokens, self.kind)
        keys, haystack = view
        spaces_before = haystack.count
        lists: list[list[Match]] = [[] for _ in self.matchers]
        owners_of = self._owners
        present = None  # the sentence's keys as a set, made at the first gapped phrase hit
        for end_char, (key_len, length, key_index) in self.automaton.iter(haystack):
            # every automaton key is " key ", so a hit starts on the space before a token: the
            # token's number is the count of spaces before its first character, less one
            first = spaces_before(" ", 0, end_char - key_len) - 1
            last = first + length
            for position, phrases, strict, plain in owners_of[key_index]:
                out = lists[position]
                if plain is not None:
                    for payload in plain:
                        out.append(_new_match(Match, (first, last, payload)))
                    continue
                for phrase in phrases:
                    if phrase.case != "any":
                        if not _case_ok(phrase.case, tokens[first:last]):
                            continue
                    elif strict:
                        # _case_ok("any", ..., strict) inlined (the hot case: event patterns)
                        text = tokens[first].text
                        if text[:1].isupper() and not text.isupper() and first and tokens[first - 1].text not in QUOTE_OPENERS:
                            continue
                    if phrase.rest:
                        if present is None:
                            present = set(keys)
                        end = _match_rest(phrase.rest, keys, last) if phrase.rest_keys <= present else None
                    else:
                        end = last
                    if end is not None:
                        out.append(_new_match(Match, (first, end, phrase.payload)))
        found = views[self] = dict(zip(self.matchers, lists))
        return found


_new_match = tuple.__new__  # Match(...) without the Python-level NamedTuple constructor (hot loop)


def share_scanners(matchers: list[PhraseMatcher]) -> None:
    """Give matchers of the same key kind one shared automaton (see _Scanner)."""
    by_kind: dict[str, list[PhraseMatcher]] = {}
    for m in matchers:
        by_kind.setdefault(m.key_kind, []).append(m)
    for group in by_kind.values():
        _Scanner(group)


def _case_ok(case: str, tokens: list[Token], lowercase_strict: bool = False, first: bool = False) -> bool:
    if case == "any":
        # an event word written in lower case is not a name: "March" (the month) is no "march",
        # except where capitals are positional (sentence start, all-caps headlines)
        if lowercase_strict and not first and tokens[0].text[:1].isupper() and not tokens[0].text.isupper():
            return False
        return True
    if case == "upper":
        return all(not any(c.islower() for c in t.text) for t in tokens)
    return tokens[0].text[:1].isupper()


def _match_rest(rest: tuple[tuple[int, tuple[str, ...]], ...], keys: list[str], position: int) -> int | None:
    """Check the segments after `*` / `**` gaps; return the end token index or None."""
    for gap, segment in rest:
        n = len(segment)
        for start in range(position, min(position + gap + 1, len(keys) - n + 1)):
            if keys[start] == segment[0] and tuple(keys[start : start + n]) == segment:  # cheap test first
                position = start + n
                break
            if gap > MAX_GAP and keys[start] in GAP_STOPS:
                return None
        else:
            return None
    return position


def longest_non_overlapping(matches: list[Match]) -> list[Match]:
    """Keep the longest matches that do not overlap, earliest first (ties: first added wins)."""
    if len(matches) < 2 or _disjoint_in_order(matches):
        return list(matches)  # the common case: nothing overlaps, so everything is kept
    by_start = sorted(matches, key=_start)
    if _disjoint_in_order(by_start):
        return by_start
    chosen: list[Match] = []
    taken = 0  # bit i set: a chosen match covers token i
    for m in sorted(by_start, key=_length, reverse=True):  # longest first; stable: ties by start, then as added
        span = ((1 << (m.end - m.start)) - 1) << m.start
        if taken & span:
            continue
        chosen.append(m)
        taken |= span
    chosen.sort(key=_start)
    return chosen


def _disjoint_in_order(matches: list[Match]) -> bool:
    """Each match starts at or after the end of the one before (so starts are increasing)."""
    previous_end = 0
    for m in matches:
        if m.start < previous_end:
            return False
        previous_end = m.end
    return True


def _length(m: Match) -> int:
    return m.end - m.start


_start = attrgetter("start")


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True, slots=True)
class ActorEntry:
    kind: str  # country | adjective | prefix | metonym | organization | person | role
    country: str | None  # ISO3 or organization code
    role: str | None
    rule: str  # file:line
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass(frozen=True, slots=True)
class EventPattern:
    code: str
    options: frozenset[str]
    rule: str


@dataclass
class LanguageLexicon:
    lang: str
    actors: PhraseMatcher
    events: PhraseMatcher
    modifiers: PhraseMatcher  # payload: the modifier kind
    dates: PhraseMatcher  # payload: meaning such as "day-1" (yesterday) or "weekday-2" (Tuesday)
    roles: PhraseMatcher  # role nouns, matched on lemmas ("ministres" -> "ministre")
    prefixes: dict[str, str] = field(default_factory=dict)  # folded compound prefix/adjective -> ISO3
    modifier_words: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> single-token keys
    # region_groups.tsv: last folded word -> [(folded words of the phrase, subregions)]:
    # 'the South American nations' -> the states the article names in South America
    region_groups: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = field(default_factory=dict)
    # future and conditional verb endings together (the coder asks for both in every sentence)
    verb_endings: frozenset[str] = frozenset()


MODIFIER_KINDS = frozenset(
    """negation modal future infinitive attribution coordination passive_aux agent with between
    of group_pronoun pronoun clause_break report_verb location reciprocal circumstance determiner
    future_ending conditional_ending verb_form_ending plural_pronoun light_verb possessive mass_quantity origin
    commitment object_pronoun collective settlement region_prefix first_person temporal obligation foreign number
    decision prospective aim seat with_relative expletive ongoing partner captive founder demand_modal possibility condition aerial death three exercise pending phone negative_determiner audience charge document habitual org_reference mediator suspect pact compass stalled year_place clause_modal since anniversary group_reference""".split()
)
# kinds the coder looks up word by word at a few positions (before a verb, after a role noun)
# instead of matching them in every sentence
WORD_KINDS = frozenset({"object_pronoun", "collective", "settlement", "region_prefix", "first_person", "foreign", "number", "decision", "prospective", "ongoing", "captive", "demand_modal", "possibility", "aerial", "death", "three", "exercise", "charge", "document", "pact", "compass"})
DATE_MEANING = re.compile(r"(day|weekday|month|week)-\d{1,2}|day\+0")
# recip: reciprocal act; noun: nominal event read from a between-phrase; notarget: never has a
# target; passive: the pattern itself is passive; home_target: with no target named, the act is
# aimed at the article's home government (domestic protests); agent=ROLE: an agentless passive
# was done by that role of the home country ("were arrested" -> police).
# mil=CODE: the code to use when the source is an armed force (an army "raid" is 190, not 180).
# jud=CODE: the code to use when the source is a court (a court "condenó", "a condamné", "verurteilte" convicts: 116, not 111).
# opt_target: code the event with its target when one is named, without one otherwise;
# place: a place may be the target (visits, aid, deployments: "s'est rendu en Algérie").
# mass=CODE: the code when the victims number in the hundreds ("killed hundreds of civilians": 202).
# owned: a noun coded only when it names its owner ("X's report", 'report by X', 'il rapporto
# dell'ONU', 'a UN report'), whose of-phrase is then the owner, not the object.
# attributed: the pattern says an actor is to blame; the speaker who says so is the source, that actor the target.
# nonstate: only a non-state actor named by its role does it ('in protest at': activists, not a state recalling its envoy).
# armed: only an armed force or group does it ('Russian troops withdrew from Kherson'; a delegation withdrawing from talks does not retreat).
# official: only a government, parliament or international organisation does it ('the president flew to London'; refugees flown to Germany visit no one).
# verbal=CODE: the code when an official or politician 'attacks' another by name ('Salvini ha attaccato Macron': criticism, 111).
EVENT_OPTIONS = frozenset({"recip", "noun", "notarget", "passive", "home_target", "agent", "mil", "opt_target", "place", "mass", "claim", "owned", "nonstate", "of_agent", "attributed", "armed", "official", "verbal", "jud"})
NOT_AN_EVENT = "none"  # code of a stop pattern: "released a report" is not a release
SAME_AS_BEFORE = "same"  # code of a pattern repeating the act coded last: "followed suit", "a fait de même"


def _parse_date(value: str, path: Path, line: int) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DictionaryError(path, line, f"bad date {value!r} (want YYYY-MM-DD)") from None


def _split_actor_code(code: str, countries: frozenset[str], organizations: dict[str, str], roles: frozenset[str], path: Path, line: int) -> tuple[str, str | None]:
    """'KORGOV' -> ('KOR', 'GOV'); 'UNO' -> ('UNO', 'IGO'); errors name the file and line."""
    if code in organizations:
        return code, organizations[code]
    head, tail = code[:3], code[3:] or None
    if head not in countries and head not in organizations:
        raise DictionaryError(path, line, f"unknown country or organization {head!r} in actor {code!r}")
    if tail is not None and tail not in roles:
        raise DictionaryError(path, line, f"unknown role {tail!r} in actor {code!r}")
    return head, tail if tail else organizations.get(head)


def _add_forms(matcher: PhraseMatcher, forms: list[str], payload: object, path: Path, line: int, gaps: bool = False) -> None:
    for form in forms:
        try:
            matcher.add(form, payload, allow_gaps=gaps)
        except ValueError as err:
            raise DictionaryError(path, line, str(err)) from None


def _genitives(forms: list[str], lang: str) -> list[str]:
    """German names of states and capitals take -s in the genitive ('Russlands', 'Pekings'):
    one-word names not ending in a sibilant get that form too (feminine names never take it,
    so their extra form never occurs in text)."""
    if lang != "de":
        return []
    return [f + "s" for f in forms if " " not in f and f[-1:].isalpha() and f[-1:].lower() not in "sxzß" and not f.isupper() and f + "s" not in forms]


def _rule(path: Path, line: int, directory: Path) -> str:
    return f"{path.relative_to(directory)}:{line}"


@lru_cache(maxsize=8)
def load_language(lang: str, directory: Path = DICTIONARY_DIR) -> LanguageLexicon:
    """Every dictionary of one language (plus the shared people and organizations), ready to match.

    The project's own dictionaries are built once and then read from a pickle in the cache
    folder (see `_cached_lexicon`); any other directory (a linguist's copy, a test's) is read
    from its files every time."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    if directory == DICTIONARY_DIR:
        return _cached_lexicon(lang, directory)
    return _build_language(lang, directory)


LEXICON_SOURCES = ("lexicon.py", "text.py", "lemmas.py")  # the code that turns dictionary files into a lexicon


def lexicon_digest(directory: Path = DICTIONARY_DIR) -> str:
    """Identity of a built lexicon: every dictionary file, the code that builds one, and the
    versions of simplemma (lemmas of the forms), pyahocorasick and Python (the pickle)."""
    digest = hashlib.sha256(f"{lemmas.SIMPLEMMA_VERSION} {ahocorasick_version} {sys.version}".encode())
    here = Path(__file__).parent
    for path in [here / name for name in LEXICON_SOURCES] + sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix in (".tsv", ".py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cached_lexicon(lang: str, directory: Path) -> LanguageLexicon:
    """The built lexicon read back from `lexicon-LANG-DIGEST.pickle` in the cache folder.

    Building one lemmatizes every dictionary form and compiles the automata: 0.2–0.5 s per
    language, paid by every coding worker, CLI run and test process for each language it meets
    (about 2.4 s for all six); reading the pickle takes 0.05–0.15 s. The pickle is named by
    `lexicon_digest`, so an edited dictionary or builder is built afresh (and its older pickles
    removed); an unreadable pickle is rebuilt; an unwritable folder only costs the faster load."""
    folder = lemmas.cache_folder()
    path = folder / f"lexicon-{lang}-{lexicon_digest(directory)}.pickle"
    try:
        with path.open("rb") as handle:
            lex = pickle.load(handle)
        if isinstance(lex, LanguageLexicon) and lex.lang == lang:
            lemmas.preload(lang)  # article text is still lemmatised (building the lexicon did it above)
            return lex
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
        pass  # absent or damaged: build it below
    lex = _build_language(lang, directory)
    for scanner in {id(m._scanner): m._scanner for m in (lex.actors, lex.events, lex.modifiers, lex.dates, lex.roles) if m._scanner}.values():
        if scanner.automaton is None:
            scanner.automaton = scanner._build()  # compiled once, stored with the lexicon
    for stale in folder.glob(f"lexicon-{lang}-*.pickle"):
        stale.unlink(missing_ok=True)
    lemmas.write_pickle_atomically(path, lex)
    return lex


def _build_language(lang: str, directory: Path) -> LanguageLexicon:
    """Read every dictionary file of one language and build its matchers."""
    codes = load_event_codes(directory)
    countries, organizations, roles = load_actor_codes(directory)
    base = directory / lang
    lex = LanguageLexicon(lang, PhraseMatcher(lang, "folded"), PhraseMatcher(lang), PhraseMatcher(lang, "surface"), PhraseMatcher(lang, "surface"), PhraseMatcher(lang))
    lex.events.lowercase_strict = lang != "de"
    share_scanners([lex.actors, lex.events, lex.modifiers, lex.dates, lex.roles])

    def optional(name: str) -> Path | None:
        p = base / name
        return p if p.exists() else None

    for name, kind in (("country_names.tsv", "country"), ("country_adjectives.tsv", "adjective"), ("country_prefixes.tsv", "prefix")):
        path = optional(name)
        if path is None:
            continue
        for line, row in read_table(path, ("iso3", "forms")):
            if row["iso3"] not in countries:
                raise DictionaryError(path, line, f"unknown country code {row['iso3']!r}")
            forms = split_forms(row["forms"], path, line)
            entry = ActorEntry(kind, row["iso3"], None, _rule(path, line, directory))
            if kind != "country":
                for form in forms:  # (looked up by a token's folded form: 'américano' as 'americano')
                    lex.prefixes.setdefault(fold(form.replace("’", "'")), row["iso3"])
            if kind == "country":
                forms = forms + _genitives(forms, lang)
            if kind != "prefix":
                _add_forms(lex.actors, forms, entry, path, line)

    if (path := optional("metonyms.tsv")) is not None:
        for line, row in read_table(path, ("actor", "forms")):
            country, role = _split_actor_code(row["actor"], countries, organizations, roles, path, line)
            forms = split_forms(row["forms"], path, line)
            _add_forms(lex.actors, forms + _genitives(forms, lang), ActorEntry("metonym", country, role, _rule(path, line, directory)), path, line)

    if (path := optional("organizations.tsv")) is not None:
        for line, row in read_table(path, ("code", "forms")):
            if row["code"] not in organizations:
                raise DictionaryError(path, line, f"unknown organization code {row['code']!r} (see organizations.tsv)")
            entry = ActorEntry("organization", row["code"], organizations[row["code"]], _rule(path, line, directory))
            _add_forms(lex.actors, split_forms(row["forms"], path, line), entry, path, line)

    if (path := optional("role_nouns.tsv")) is not None:
        for line, row in read_table(path, ("role", "forms")):
            if row["role"] not in roles:
                raise DictionaryError(path, line, f"unknown role {row['role']!r} (see roles.tsv)")
            _add_forms(lex.roles, split_forms(row["forms"], path, line), ActorEntry("role", None, row["role"], _rule(path, line, directory)), path, line)

    path = directory / "groups.tsv"
    if path.exists():
        for line, row in read_table(path, ("actor", "forms")):
            country, role = _split_actor_code(row["actor"], countries, organizations, roles, path, line)
            _add_forms(lex.actors, split_forms(row["forms"], path, line), ActorEntry("named_group", country, role, _rule(path, line, directory)), path, line)

    path = directory / "people.tsv"
    if path.exists():
        for line, row in read_table(path, ("actor", "start", "end", "forms")):
            country, role = _split_actor_code(row["actor"], countries, organizations, roles, path, line)
            entry = ActorEntry("person", country, role, _rule(path, line, directory), _parse_date(row["start"], path, line), _parse_date(row["end"], path, line))
            _add_forms(lex.actors, split_forms(row["forms"], path, line), entry, path, line)

    if (path := optional("verbs.tsv")) is not None:
        for line, row in read_table(path, ("code", "pattern", "options")):
            if row["code"] not in codes and row["code"] not in (NOT_AN_EVENT, SAME_AS_BEFORE):
                raise DictionaryError(path, line, f"unknown CAMEO code {row['code']!r} (or '{NOT_AN_EVENT}' for a phrase that is not an event, '{SAME_AS_BEFORE}' for one repeating the act before)")
            options = frozenset(o.strip() for o in row["options"].split(",") if o.strip())
            for option in options:
                name, _, value = option.partition("=")
                valued = name in ("agent", "mil", "mass", "verbal", "jud")
                bad_value = (name == "agent" and value not in roles) or (name in ("mil", "mass", "verbal", "jud") and value not in codes)
                if name not in EVENT_OPTIONS or valued != bool(value) or bad_value:
                    raise DictionaryError(path, line, f"bad option {option!r}; known: {', '.join(sorted(EVENT_OPTIONS))} (agent=ROLE, mil=CODE, mass=CODE, verbal=CODE, jud=CODE)")
            pattern = EventPattern(row["code"], options, _rule(path, line, directory))
            _add_forms(lex.events, split_forms(row["pattern"], path, line), pattern, path, line, gaps=True)

    if (path := optional("region_groups.tsv")) is not None:
        known = set(load_subregions(directory).values())
        for line, row in read_table(path, ("subregions", "forms")):
            subregions = frozenset(split_forms(row["subregions"], path, line))
            if not subregions <= known:
                raise DictionaryError(path, line, f"unknown subregion {sorted(subregions - known)!r}; known: {', '.join(sorted(known))}")
            for form in split_forms(row["forms"], path, line):
                words = tuple(t.lower for t in tokenize(form, lang, sentence=False))
                lex.region_groups.setdefault(words[-1], []).append((words, subregions))

    if (path := optional("dates.tsv")) is not None:
        for line, row in read_table(path, ("meaning", "forms")):
            if not DATE_MEANING.fullmatch(row["meaning"]):
                raise DictionaryError(path, line, f"bad date meaning {row['meaning']!r} (day-N, weekday-N, month-N, week-N)")
            _add_forms(lex.dates, split_forms(row["forms"], path, line), row["meaning"], path, line)

    if (path := optional("modifiers.tsv")) is not None:
        words: dict[str, set[str]] = {}
        for line, row in read_table(path, ("kind", "forms")):
            if row["kind"] not in MODIFIER_KINDS:
                raise DictionaryError(path, line, f"unknown modifier kind {row['kind']!r}; known: {', '.join(sorted(MODIFIER_KINDS))}")
            forms = split_forms(row["forms"], path, line)
            if row["kind"].endswith("_ending"):  # verb endings ("-rà", "-rait"): compared with a word's end
                words.setdefault(row["kind"], set()).update(f.lstrip("-").casefold() for f in forms)
                continue
            if row["kind"] in WORD_KINDS:  # looked up only at a few places: a set of words, not matched
                words.setdefault(row["kind"], set()).update(f.casefold() for f in forms)
                continue
            _add_forms(lex.modifiers, forms, row["kind"], path, line)
            for form in forms:
                toks = tokenize(form, lang, sentence=False)
                if len(toks) == 1:
                    words.setdefault(row["kind"], set()).add(toks[0].surface)
        lex.modifier_words = {k: frozenset(v) for k, v in words.items()}
    lex.verb_endings = lex.modifier_words.get("future_ending", frozenset()) | lex.modifier_words.get("conditional_ending", frozenset())
    return lex
