"""Build the per-language country-name dictionaries.

Writes orchestration/coding/dictionaries/<lang>/country_names.tsv for en, fr, es, de, it, pt.

Sources, merged per language:
  * Babel / CLDR territory names of the language and of all its regional locales
    (e.g. pt and pt_PT, es and es_419, fr and fr_CA), which supply the common variants;
  * pycountry ISO 3166-1 name, common_name and official_name, translated through
    pycountry's gettext catalogues ("Korea, Republic of" is turned into "Republic of Korea");
  * EXTRA below: common names and acronyms that neither source has ("North Korea", "EE.UU.").

Forms that are risky as ordinary words of the language are dropped (BLOCK), forms shorter than
three characters are dropped unless listed in EXTRA, and a form claimed by two codes is kept only
for the code whose own short name it is (see resolve_clashes). The output files carry a header
saying they were generated and may be edited by hand; re-running this script overwrites edits.

Usage:  .venv/bin/python scripts/build_country_names.py
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
from babel import Locale, localedata

LANGS = ["en", "fr", "es", "de", "it", "pt"]
VERBOSE = False
ROOT = Path(__file__).resolve().parents[1]
DICT_DIR = ROOT / "orchestration" / "coding" / "dictionaries"

# Kosovo: CLDR XK, CAMEO KSV (not in ISO 3166-1).
EXTRA_TERRITORIES = {"KSV": "XK"}

# Extra names per language: iso3 -> forms. Acronyms here bypass the 3-character minimum.
EXTRA: dict[str, dict[str, list[str]]] = {
    "en": {
        "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the United States"],
        "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
        "PRK": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
        "KOR": ["South Korea", "Republic of Korea"],
        "NLD": ["the Netherlands", "Netherlands", "Holland"],
        "CIV": ["Ivory Coast", "Cote d'Ivoire"],
        "MMR": ["Burma", "Myanmar"],
        "CZE": ["Czechia", "Czech Republic"],
        "COD": ["Congo", "DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo",
                "Democratic Republic of the Congo"],
        "COG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo", "Republic of the Congo"],
        "RUS": ["Russia", "Russian Federation"],
        "IRN": ["Iran"],
        "SYR": ["Syria"],
        "VNM": ["Vietnam", "Viet Nam"],
        "LAO": ["Laos"],
        "TWN": ["Taiwan"],
        "PSE": ["Palestine", "Gaza", "Gaza Strip", "West Bank", "Palestinian territories",
                "occupied Palestinian territories"],
        "KSV": ["Kosovo"],
        "TUR": ["Turkey", "Türkiye"],
        "MKD": ["Macedonia", "North Macedonia"],
        "SWZ": ["Swaziland", "Eswatini"],
        "TLS": ["East Timor", "Timor-Leste"],
        "CPV": ["Cape Verde"],
        "VAT": ["Vatican", "Vatican City", "Holy See"],
        "ARE": ["UAE", "U.A.E.", "United Arab Emirates"],
        "BIH": ["Bosnia", "Bosnia-Herzegovina"],
        "CHN": ["PRC", "People's Republic of China", "mainland China"],
        "GMB": ["The Gambia"],
        "BHS": ["The Bahamas"],
        "MDA": ["Moldova"],
        "BRN": ["Brunei"],
        "TZA": ["Tanzania"],
        "BOL": ["Bolivia"],
        "VEN": ["Venezuela"],
        "FSM": ["Micronesia"],
        "STP": ["Sao Tome and Principe", "São Tomé and Príncipe"],
        "KNA": ["St Kitts and Nevis", "Saint Kitts and Nevis"],
        "VCT": ["St Vincent and the Grenadines", "Saint Vincent and the Grenadines"],
        "LCA": ["St Lucia", "Saint Lucia"],
    },
    "fr": {
        "USA": ["États-Unis", "Etats-Unis", "USA", "États-Unis d'Amérique"],
        "GBR": ["Royaume-Uni", "Grande-Bretagne"],
        "PRK": ["Corée du Nord"],
        "KOR": ["Corée du Sud"],
        "COD": ["RDC", "RD Congo", "République démocratique du Congo", "Congo-Kinshasa"],
        "COG": ["Congo-Brazzaville", "République du Congo"],
        "MMR": ["Birmanie", "Myanmar"],
        "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
        "NLD": ["Pays-Bas", "Hollande"],
        "ARE": ["Émirats arabes unis", "Emirats arabes unis", "EAU"],
        "PSE": ["Palestine", "Gaza", "bande de Gaza", "Cisjordanie", "Territoires palestiniens"],
        "KSV": ["Kosovo"],
        "CZE": ["République tchèque", "Tchéquie"],
        "RUS": ["Russie"],
        "TWN": ["Taïwan", "Taiwan"],
        "VAT": ["Vatican", "Saint-Siège", "Cité du Vatican"],
        "BIH": ["Bosnie", "Bosnie-Herzégovine"],
        "MKD": ["Macédoine", "Macédoine du Nord"],
        "TLS": ["Timor oriental", "Timor-Leste"],
        "SWZ": ["Swaziland", "Eswatini"],
        "MUS": ["île Maurice"],
        "DMA": ["île de la Dominique"],
        "GRD": ["île de la Grenade"],
        "CPV": ["Cap-Vert"],
        "BLR": ["Biélorussie", "Bélarus"],
        "SYR": ["Syrie"],
        "IRN": ["Iran"],
        "SLV": ["El Salvador"],
    },
    "es": {
        "USA": ["Estados Unidos", "EE.UU.", "EE. UU.", "EEUU", "EUA", "USA", "Estados Unidos de América"],
        "GBR": ["Reino Unido", "Gran Bretaña"],
        "PRK": ["Corea del Norte"],
        "KOR": ["Corea del Sur"],
        "COD": ["RDC", "RD Congo", "República Democrática del Congo", "Congo-Kinshasa"],
        "COG": ["Congo-Brazzaville", "República del Congo"],
        "NLD": ["Países Bajos", "Holanda"],
        "CIV": ["Costa de Marfil"],
        "MMR": ["Birmania", "Myanmar"],
        "ARE": ["Emiratos Árabes Unidos", "EAU"],
        "PSE": ["Palestina", "Gaza", "Franja de Gaza", "Cisjordania", "territorios palestinos"],
        "KSV": ["Kosovo"],
        "CZE": ["República Checa", "Chequia"],
        "RUS": ["Rusia"],
        "TWN": ["Taiwán", "Taiwan"],
        "VAT": ["Vaticano", "Santa Sede", "Ciudad del Vaticano"],
        "BIH": ["Bosnia", "Bosnia-Herzegovina"],
        "MKD": ["Macedonia", "Macedonia del Norte"],
        "BLR": ["Bielorrusia"],
        "TLS": ["Timor Oriental"],
        "SYR": ["Siria"],
        "IRN": ["Irán"],
        "GRD": ["isla de Granada"],
        "MUS": ["isla Mauricio", "islas Mauricio"],
    },
    "de": {
        "USA": ["USA", "US", "Vereinigte Staaten", "Vereinigte Staaten von Amerika"],
        "GBR": ["Großbritannien", "Grossbritannien", "Vereinigtes Königreich"],
        "PRK": ["Nordkorea"],
        "KOR": ["Südkorea"],
        "COD": ["DR Kongo", "Demokratische Republik Kongo", "Kongo-Kinshasa"],
        "COG": ["Kongo-Brazzaville", "Republik Kongo"],
        "NLD": ["Niederlande", "Holland"],
        "CIV": ["Elfenbeinküste"],
        "MMR": ["Birma", "Burma", "Myanmar"],
        "ARE": ["Vereinigte Arabische Emirate", "VAE"],
        "PSE": ["Palästina", "Gaza", "Gazastreifen", "Westjordanland", "Palästinensische Gebiete"],
        "KSV": ["Kosovo"],
        "CZE": ["Tschechien", "Tschechische Republik"],
        "RUS": ["Russland"],
        "TWN": ["Taiwan"],
        "VAT": ["Vatikan", "Heiliger Stuhl", "Vatikanstadt"],
        "BIH": ["Bosnien", "Bosnien-Herzegowina"],
        "MKD": ["Mazedonien", "Nordmazedonien"],
        "BLR": ["Weißrussland", "Weissrussland", "Belarus"],
        "TLS": ["Osttimor"],
        "SYR": ["Syrien"],
        "IRN": ["Iran"],
    },
    "it": {
        "USA": ["Stati Uniti", "USA", "Stati Uniti d'America"],
        "GBR": ["Regno Unito", "Gran Bretagna"],
        "PRK": ["Corea del Nord"],
        "KOR": ["Corea del Sud"],
        "COD": ["RDC", "Rd Congo", "Repubblica Democratica del Congo", "Congo-Kinshasa"],
        "COG": ["Congo-Brazzaville", "Repubblica del Congo"],
        "NLD": ["Paesi Bassi", "Olanda"],
        "CIV": ["Costa d'Avorio"],
        "MMR": ["Birmania", "Myanmar"],
        "ARE": ["Emirati Arabi Uniti", "Emirati"],
        "PSE": ["Palestina", "Gaza", "Striscia di Gaza", "Cisgiordania", "Territori palestinesi"],
        "KSV": ["Kosovo"],
        "CZE": ["Repubblica Ceca", "Cechia"],
        "RUS": ["Russia"],
        "TWN": ["Taiwan"],
        "VAT": ["Vaticano", "Santa Sede", "Città del Vaticano"],
        "BIH": ["Bosnia", "Bosnia-Erzegovina"],
        "MKD": ["Macedonia", "Macedonia del Nord"],
        "BLR": ["Bielorussia"],
        "TLS": ["Timor Est"],
        "MCO": ["Principato di Monaco"],
        "SYR": ["Siria"],
        "IRN": ["Iran"],
    },
    "pt": {
        "USA": ["Estados Unidos", "EUA", "E.U.A.", "USA", "Estados Unidos da América"],
        "GBR": ["Reino Unido", "Grã-Bretanha"],
        "PRK": ["Coreia do Norte", "Coréia do Norte"],
        "KOR": ["Coreia do Sul", "Coréia do Sul"],
        "COD": ["RDC", "RD Congo", "República Democrática do Congo", "Congo-Kinshasa"],
        "COG": ["Congo-Brazzaville", "República do Congo"],
        "NLD": ["Países Baixos", "Holanda"],
        "CIV": ["Costa do Marfim"],
        "MMR": ["Birmânia", "Mianmar", "Myanmar"],
        "ARE": ["Emirados Árabes Unidos", "EAU"],
        "PSE": ["Palestina", "Gaza", "Faixa de Gaza", "Cisjordânia", "territórios palestinos"],
        "KSV": ["Kosovo"],
        "CZE": ["República Checa", "República Tcheca", "Chéquia", "Tchéquia"],
        "RUS": ["Rússia"],
        "TWN": ["Taiwan"],
        "VAT": ["Vaticano", "Santa Sé", "Cidade do Vaticano"],
        "BIH": ["Bósnia", "Bósnia e Herzegovina"],
        "MKD": ["Macedônia", "Macedónia", "Macedônia do Norte", "Macedónia do Norte"],
        "BLR": ["Bielorrússia"],
        "TLS": ["Timor-Leste"],
        "SYR": ["Síria"],
        "IRN": ["Irã", "Irão"],
        "GRD": ["ilha de Granada"],
    },
}

# Forms never emitted (compared after normalisation): ordinary words or first names of the
# language, or names that mostly mean something else in news text.
BLOCK: dict[str, set[str]] = {
    # All-capital forms ("US", "EAU") are safe: the loader matches them case-sensitively.
    "en": {"jersey", "reunion", "man"},
    "fr": {"reunion", "la reunion", "grenade", "maurice", "dominique", "man", "jersey",
           "salvador"},
    # Saints' names that are also common place names (San Martín, Santa Elena, São Martinho).
    "es": {"reunion", "granada", "man", "jersey", "mauricio", "guadalupe", "san martin", "santa elena"},
    "de": {"man", "st. martin", "st martin", "saint martin"},
    # "Monaco" is also Munich (and a monk); "Maurizio" a first name.
    "it": {"riunione", "man", "jersey", "maurizio", "monaco"},
    "pt": {"reuniao", "granada", "man", "salvador", "territorio frances", "jersey", "mauricio",
           "guadalupe", "monserrate", "sao martinho", "santa helena"},
}

# Conjunction used to replace CLDR's "&".
AND = {"en": "and", "fr": "et", "es": "y", "de": "und", "it": "e", "pt": "e"}

# Parenthetical qualifiers that are not names ("Saint Martin (French part)").
QUALIFIER = re.compile(r"(\b(part|partie|parte|Teil|SAR|RAE|RAS|SVR)\b|R\.A\.S\.)", re.I)
# Leading articles removed from source names ("The Democratic Republic of the Congo").
ARTICLE = re.compile(r"^(?:(?:the|le|la|les|el|los|las|il|lo|gli|o|a|os|as|die|der|das)\s+|l')(?=\S)", re.I)
# Tail of an inverted ISO name ending in a preposition/article ("Republic of", "République de").
PREP_END = re.compile(r"(\s(of|of the|de|du|des|de la|del|di|della|dell'|do|da|dos|das|von|der)|d'|dell')$", re.I)
# Conjunctions: a comma name whose tail holds one is a list, not an inverted name.
CONJ = re.compile(r"\s(and|et|y|und|e|i)\s")


def norm(form: str) -> str:
    """Comparison key: case, accents, apostrophe and hyphen spelling ignored."""
    s = unicodedata.normalize("NFKD", form.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


def clean(name: str, lang: str, strip_article: bool = False) -> list[str]:
    """Turn one source name into zero or more usable forms.

    strip_article: drop a leading article (only for formal names, never for "El Salvador").
    """
    name = name.replace("’", "'").replace("\u2011", "-").replace("\u00a0", " ").strip()
    name = re.sub(r"\s+-\s+", "-", name)  # "Congo - Kinshasa" -> "Congo-Kinshasa"
    name = name.replace(" & ", f" {AND[lang]} ")
    out: list[str] = []
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:  # "Myanmar (Burma)" -> Myanmar, Burma
        head, inner = m.group(1), m.group(2)
        out.extend(clean(head, lang))
        if not QUALIFIER.search(inner) and inner[:1].isupper() and "," not in inner:
            out.extend(clean(inner, lang))
        return out
    if "," in name:  # "Korea, Republic of" -> "Republic of Korea"
        head, tail = (p.strip() for p in name.split(",", 1))
        if CONJ.search(" " + tail + " ") or "," in tail or "Province" in tail:
            return [head] if lang != "en" or head not in {"Korea", "Congo"} else []
        # Invert only a real "Name, Republic of" pattern: the tail ends in a preposition or
        # article, or the head is a single word ("Korea, Republik"). Otherwise ("Islas
        # Vírgenes, de EE.UU.") the parts cannot be put together safely.
        if not (PREP_END.search(tail) or " " not in head):
            return []
        sep = "" if tail.endswith("'") else " "
        return clean(f"{tail}{sep}{head}", lang, strip_article=True)
    if QUALIFIER.search(name):
        return []
    if strip_article:
        name = ARTICLE.sub("", name)
    if any(unicodedata.category(ch).startswith("L") and not unicodedata.name(ch, "").startswith("LATIN")
           for ch in name):
        return []  # not in Latin script
    return [name]


def source_names(lang: str) -> dict[str, list[tuple[str, str]]]:
    """iso3 -> [(form, source)] from CLDR and pycountry."""
    a2_to_a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for a3, a2 in EXTRA_TERRITORIES.items():
        a2_to_a3[a2] = a3
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    locales = [
        i for i in localedata.locale_identifiers()
        if (i == lang or i.startswith(lang + "_")) and Locale.parse(i).script is None
    ]
    locales.sort(key=lambda i: (i != lang, i))
    for ident in locales:
        terr = Locale.parse(ident).territories
        for a2, a3 in a2_to_a3.items():
            if a2 in terr:
                src = "cldr" if ident == lang else "cldr-regional"
                names[a3].append((terr[a2], src))
    if lang == "en":
        tr = lambda s: s  # noqa: E731
    else:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    for c in pycountry.countries:
        if c.alpha_3 == "TWN":  # ISO's "Province of China" wording is not a usable name
            continue
        for attr in ("common_name", "name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names[c.alpha_3].append((tr(v), "pycountry-" + attr))
    return names


# A form two codes share that goes to a given one whatever CLDR's short names say: English wire
# copy calls the Democratic Republic of Congo plain "Congo" (and its neighbour "Congo Republic"),
# as 'Congolese' already goes to COD.
CLASH_OWNERS: dict[str, dict[str, str]] = {"en": {"congo": "COD"}}


def resolve_clashes(forms: dict[str, dict[str, str]], short: dict[str, str], lang: str = "") -> None:
    """Drop a form from every code but one when two codes share it."""
    owners: dict[str, list[str]] = defaultdict(list)
    for a3, fs in forms.items():
        for key in fs:
            owners[key].append(a3)
    for key, codes in owners.items():
        if len(codes) < 2:
            continue
        owner = CLASH_OWNERS.get(lang, {}).get(key)
        keep = [owner] if owner in codes else [c for c in codes if norm(short.get(c, "")) == key] or sorted(codes)[:1]
        if VERBOSE:
            print(f"  clash {key!r}: {codes} -> kept for {keep[0]}")
        for c in codes:
            if c != keep[0]:
                del forms[c][key]


def build(lang: str) -> dict[str, list[str]]:
    raw = source_names(lang)
    extra = EXTRA[lang]
    forms: dict[str, dict[str, str]] = defaultdict(dict)  # iso3 -> norm key -> display form
    for a3, items in raw.items():
        for name, src in items:
            for f in clean(name, lang, strip_article=src == "pycountry-official_name"):
                key = norm(f)
                if len(key.replace(" ", "").replace(".", "")) < 3 or key in BLOCK[lang]:
                    continue
                forms[a3].setdefault(key, f)
    for a3, fs in extra.items():
        for f in fs:
            key = norm(f)
            if key in BLOCK[lang]:
                continue
            forms[a3].setdefault(key, f)
    # short name of each code in this language: first CLDR name, cleaned
    short = {}
    for a3, items in raw.items():
        cl = clean(items[0][0], lang)
        if cl:
            short[a3] = cl[0]
    resolve_clashes(forms, short, lang)
    return {a3: list(fs.values()) for a3, fs in sorted(forms.items()) if fs}


def main() -> None:
    global VERBOSE
    VERBOSE = "-v" in sys.argv
    for lang in LANGS:
        table = build(lang)
        path = DICT_DIR / lang / "country_names.tsv"
        lines = [
            f"# Country names ({lang}): iso3 -> short, formal and common names.",
            "# Generated by scripts/build_country_names.py from Babel/CLDR territory names,",
            "# pycountry ISO 3166-1 names (with their translations) and a small hand table;",
            "# may be edited by hand (re-running the script overwrites the file).",
            "iso3\tforms",
        ]
        for a3, fs in table.items():
            lines.append(f"{a3}\t{' | '.join(fs)}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(table)} codes, {sum(len(v) for v in table.values())} forms -> {path}")


if __name__ == "__main__":
    main()
