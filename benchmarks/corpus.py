"""Deterministic synthetic news corpus for the benchmarks: multilingual wire articles as JSONL.

    .venv/bin/python benchmarks/corpus.py 100000 /tmp/eventpipe-bench/corpus-100k   # 5 files of 20,000
    .venv/bin/python benchmarks/corpus.py 10000 DIR --first 100000                   # the 10k after them

Articles are recombined from sentence templates of our own (meetings, talks, visits, agreements,
sanctions, accusations, condemnations, threats, attacks, protests, aid, denials, negated and
planned acts, plus background sentences without events), country names in each language and
relative or absolute dates. Languages: en 30%, fr 20%, es 15%, de 12%, it 10%, pt 10% and 3% in
languages the coder does not handle (nl, pl, sv), which must give no events.

Article `i` depends only on (seed, i): the 10k corpus is the first tenth of the 100k one, and
`--first N` gives the articles after a base of N. Base articles are spread over DAYS days from
START; `--day YYYY-MM-DD` dates the articles as one day's collection instead (85% that day,
12% the day before, 3% two days before: late wires), which is what an "incremental day" on
top of a base is. Each article carries a distinct number in its text, so no two articles are
exact duplicates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

SEED = 20261
FILE_ARTICLES = 20_000  # articles per JSONL file (one wire export per file)
START = dt.date(2024, 1, 1)
DAYS = 730

# (code, en, fr, es, de, it, pt) — names usable as subject and after with/contre/con/mit/com
COUNTRIES = [
    ("FRA", "France", "la France", "Francia", "Frankreich", "la Francia", "a França"),
    ("DEU", "Germany", "l'Allemagne", "Alemania", "Deutschland", "la Germania", "a Alemanha"),
    ("JPN", "Japan", "le Japon", "Japón", "Japan", "il Giappone", "o Japão"),
    ("CHN", "China", "la Chine", "China", "China", "la Cina", "a China"),
    ("RUS", "Russia", "la Russie", "Rusia", "Russland", "la Russia", "a Rússia"),
    ("UKR", "Ukraine", "l'Ukraine", "Ucrania", "der Ukraine", "l'Ucraina", "a Ucrânia"),
    ("GBR", "Britain", "le Royaume-Uni", "el Reino Unido", "Großbritannien", "il Regno Unito", "o Reino Unido"),
    ("ITA", "Italy", "l'Italie", "Italia", "Italien", "l'Italia", "a Itália"),
    ("ESP", "Spain", "l'Espagne", "España", "Spanien", "la Spagna", "a Espanha"),
    ("BRA", "Brazil", "le Brésil", "Brasil", "Brasilien", "il Brasile", "o Brasil"),
    ("ARG", "Argentina", "l'Argentine", "Argentina", "Argentinien", "l'Argentina", "a Argentina"),
    ("MEX", "Mexico", "le Mexique", "México", "Mexiko", "il Messico", "o México"),
    ("IND", "India", "l'Inde", "India", "Indien", "l'India", "a Índia"),
    ("PAK", "Pakistan", "le Pakistan", "Pakistán", "Pakistan", "il Pakistan", "o Paquistão"),
    ("IRN", "Iran", "l'Iran", "Irán", "dem Iran", "l'Iran", "o Irã"),
    ("ISR", "Israel", "Israël", "Israel", "Israel", "Israele", "Israel"),
    ("EGY", "Egypt", "l'Égypte", "Egipto", "Ägypten", "l'Egitto", "o Egito"),
    ("KOR", "South Korea", "la Corée du Sud", "Corea del Sur", "Südkorea", "la Corea del Sud", "a Coreia do Sul"),
    ("PRK", "North Korea", "la Corée du Nord", "Corea del Norte", "Nordkorea", "la Corea del Nord", "a Coreia do Norte"),
    ("CAN", "Canada", "le Canada", "Canadá", "Kanada", "il Canada", "o Canadá"),
    ("POL", "Poland", "la Pologne", "Polonia", "Polen", "la Polonia", "a Polônia"),
    ("KEN", "Kenya", "le Kenya", "Kenia", "Kenia", "il Kenya", "o Quênia"),
    ("NGA", "Nigeria", "le Nigeria", "Nigeria", "Nigeria", "la Nigeria", "a Nigéria"),
    ("ZAF", "South Africa", "l'Afrique du Sud", "Sudáfrica", "Südafrika", "il Sudafrica", "a África do Sul"),
    ("AUS", "Australia", "l'Australie", "Australia", "Australien", "l'Australia", "a Austrália"),
    ("IDN", "Indonesia", "l'Indonésie", "Indonesia", "Indonesien", "l'Indonesia", "a Indonésia"),
    ("VNM", "Vietnam", "le Vietnam", "Vietnam", "Vietnam", "il Vietnam", "o Vietnã"),
    ("COL", "Colombia", "la Colombie", "Colombia", "Kolumbien", "la Colombia", "a Colômbia"),
    ("VEN", "Venezuela", "le Venezuela", "Venezuela", "Venezuela", "il Venezuela", "a Venezuela"),
    ("SAU", "Saudi Arabia", "l'Arabie saoudite", "Arabia Saudita", "Saudi-Arabien", "l'Arabia Saudita", "a Arábia Saudita"),
]
LANG_COLUMN = {"en": 1, "fr": 2, "es": 3, "de": 4, "it": 5, "pt": 6}

# {a}/{b}: country names; {d}: a date expression; {n}: a number; {c}: a city
EVENTS = {
    "en": [
        "{A} and {b} held talks in {c} {d} on border security.",
        "The foreign minister of {a} met his counterpart from {b} in {c} {d}.",
        "{A} imposed new sanctions on {b} {d}, citing missile tests.",
        "{A} accused {b} of violating the ceasefire agreement {d}.",
        "{A} condemned the attack by {b} on a border post that killed {n} soldiers.",
        "Troops from {a} attacked positions held by {b} {d}, officials said.",
        "{A} signed a trade agreement with {b} in {c} {d}.",
        "{A} sent humanitarian aid to {b} after floods displaced {n} families.",
        "{A} threatened {b} with retaliation {d} over the seizure of a tanker.",
        "Thousands of protesters in {c} demonstrated against {b} {d}.",
        "{A} expelled {n} diplomats from {b} {d}.",
        "{A} urged {b} to return to negotiations {d}.",
        "{A} praised {b} for its role in the prisoner exchange.",
        "{A} rejected a proposal from {b} on fishing quotas {d}.",
        "{A} did not meet {b} at the summit in {c}.",
        "{A} could impose sanctions on {b} if the talks fail.",
        "{A} denied that it had attacked {b}.",
    ],
    "fr": [
        "{A} et {b} ont tenu des pourparlers à {c} {d} sur la sécurité des frontières.",
        "{A} a rencontré {b} à {c} {d} pour discuter du commerce.",
        "{A} a imposé de nouvelles sanctions contre {b} {d}.",
        "{A} a accusé {b} d'avoir violé le cessez-le-feu {d}.",
        "{A} a condamné l'attaque de {b} contre un poste frontière qui a fait {n} morts.",
        "{A} a signé un accord commercial avec {b} {d} à {c}.",
        "{A} a envoyé une aide humanitaire à {b} après des inondations.",
        "{A} a menacé {b} de représailles {d}.",
        "Des milliers de manifestants ont protesté à {c} contre {b} {d}.",
        "{A} a appelé {b} à reprendre les négociations {d}.",
        "{A} a rejeté la proposition de {b} sur la pêche {d}.",
        "{A} n'a pas rencontré {b} lors du sommet de {c}.",
        "{A} pourrait imposer des sanctions contre {b}.",
    ],
    "es": [
        "{A} y {b} celebraron conversaciones en {c} {d} sobre seguridad fronteriza.",
        "{A} se reunió con {b} en {c} {d} para hablar de comercio.",
        "{A} impuso nuevas sanciones a {b} {d}.",
        "{A} acusó a {b} de violar el alto el fuego {d}.",
        "{A} condenó el ataque de {b} contra un puesto fronterizo que dejó {n} muertos.",
        "{A} firmó un acuerdo comercial con {b} {d} en {c}.",
        "{A} envió ayuda humanitaria a {b} tras las inundaciones.",
        "{A} amenazó a {b} con represalias {d}.",
        "Miles de manifestantes protestaron en {c} contra {b} {d}.",
        "{A} pidió a {b} volver a las negociaciones {d}.",
        "{A} no se reunió con {b} en la cumbre de {c}.",
    ],
    "de": [
        "{A} und {b} führten {d} in {c} Gespräche über die Grenzsicherheit.",
        "{A} traf sich {d} in {c} mit {b}, um über den Handel zu sprechen.",
        "{A} verhängte {d} neue Sanktionen gegen {b}.",
        "{A} warf {b} {d} vor, die Waffenruhe verletzt zu haben.",
        "{A} verurteilte den Angriff auf einen Grenzposten, bei dem {n} Soldaten starben.",
        "{A} unterzeichnete {d} in {c} ein Handelsabkommen mit {b}.",
        "{A} schickte humanitäre Hilfe nach {b}.",
        "{A} drohte {b} {d} mit Vergeltung.",
        "Tausende Demonstranten protestierten {d} in {c} gegen {b}.",
        "{A} traf {b} nicht auf dem Gipfel in {c}.",
    ],
    "it": [
        "{A} e {b} hanno tenuto colloqui a {c} {d} sulla sicurezza dei confini.",
        "{A} ha incontrato {b} a {c} {d} per discutere di commercio.",
        "{A} ha imposto nuove sanzioni contro {b} {d}.",
        "{A} ha accusato {b} di aver violato il cessate il fuoco {d}.",
        "{A} ha condannato l'attacco contro un posto di frontiera che ha causato {n} morti.",
        "{A} ha firmato un accordo commerciale con {b} {d} a {c}.",
        "{A} ha inviato aiuti umanitari a {b} dopo le alluvioni.",
        "{A} ha minacciato {b} di ritorsioni {d}.",
        "Migliaia di manifestanti hanno protestato a {c} contro {b} {d}.",
        "{A} non ha incontrato {b} al vertice di {c}.",
    ],
    "pt": [
        "{A} e {b} realizaram conversações em {c} {d} sobre a segurança das fronteiras.",
        "{A} reuniu-se com {b} em {c} {d} para discutir o comércio.",
        "{A} impôs novas sanções contra {b} {d}.",
        "{A} acusou {b} de violar o cessar-fogo {d}.",
        "{A} condenou o ataque contra um posto fronteiriço que deixou {n} mortos.",
        "{A} assinou um acordo comercial com {b} {d} em {c}.",
        "{A} enviou ajuda humanitária para {b} após as inundações.",
        "{A} ameaçou {b} com represálias {d}.",
        "Milhares de manifestantes protestaram em {c} contra {b} {d}.",
        "{A} não se reuniu com {b} na cimeira de {c}.",
    ],
}
BACKGROUND = {
    "en": ["The two countries have disputed the region for decades.", "Officials said {n} people were still missing.",
           "Analysts expect the tensions to continue into next year.", "The statement gave no further details.",
           "Markets in {c} fell {n} points after the announcement.", "The report was published by a research institute in {c}."],
    "fr": ["Les deux pays se disputent la région depuis des décennies.", "Selon les autorités, {n} personnes sont toujours portées disparues.",
           "Les analystes s'attendent à de nouvelles tensions.", "Le communiqué ne donne pas davantage de détails.",
           "La bourse de {c} a perdu {n} points après l'annonce."],
    "es": ["Los dos países se disputan la región desde hace décadas.", "Según las autoridades, {n} personas siguen desaparecidas.",
           "Los analistas esperan que las tensiones continúen.", "El comunicado no dio más detalles."],
    "de": ["Die beiden Länder streiten seit Jahrzehnten um die Region.", "Nach Angaben der Behörden werden noch {n} Menschen vermisst.",
           "Analysten erwarten weitere Spannungen.", "Die Erklärung nannte keine weiteren Einzelheiten."],
    "it": ["I due paesi si contendono la regione da decenni.", "Secondo le autorità, {n} persone risultano ancora disperse.",
           "Gli analisti prevedono nuove tensioni.", "Il comunicato non ha fornito altri dettagli."],
    "pt": ["Os dois países disputam a região há décadas.", "Segundo as autoridades, {n} pessoas continuam desaparecidas.",
           "Os analistas esperam novas tensões.", "O comunicado não deu mais detalhes."],
}
DATES = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "yesterday", "last week", "on {day} {month}"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "hier", "la semaine dernière", "le {day} {month}"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "ayer", "la semana pasada", "el {day} de {month}"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "gestern", "letzte Woche", "am {day}. {month}"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "ieri", "la settimana scorsa", "il {day} {month}"],
    "pt": ["na segunda-feira", "na terça-feira", "na quarta-feira", "na quinta-feira", "ontem", "na semana passada", "em {day} de {month}"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
CITIES = ["Geneva", "Vienna", "Nairobi", "Doha", "Brussels", "Jakarta", "Lima", "Oslo", "Istanbul", "Singapore", "Addis Ababa"]
OTHER_LANGUAGES = {
    "nl": ["De regering in {c} heeft vandaag nieuwe maatregelen aangekondigd.", "Volgens de politie raakten {n} mensen gewond.",
           "De minister sprak met journalisten over de begroting."],
    "pl": ["Rząd w {c} ogłosił dziś nowe środki.", "Według policji rannych zostało {n} osób.", "Minister rozmawiał z dziennikarzami."],
    "sv": ["Regeringen i {c} presenterade i dag nya åtgärder.", "Enligt polisen skadades {n} personer.", "Ministern talade med journalister."],
}
LANGUAGES = [("en", 30), ("fr", 20), ("es", 15), ("de", 12), ("it", 10), ("pt", 10), ("nl", 1), ("pl", 1), ("sv", 1)]
_WEIGHTED = [lang for lang, weight in LANGUAGES for _ in range(weight)]
OUTLETS = ["Bench Wire", "Bench Gazette", "Bench Times", "Bench Courier", "Bench Herald"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


NEXT_DAY = START + dt.timedelta(days=DAYS)  # the day after the base corpus: its incremental day
LATE_DAYS = (0, 1, 2)  # a day's collection: published that day, or a day or two before
LATE_WEIGHTS = (85, 12, 3)


def article(index: int, seed: int = SEED, day: dt.date | None = None) -> dict:
    """Article number `index` of the corpus (depends only on seed, index and `day`: a day's
    collection when given, else a date within the base corpus's DAYS)."""
    rng = random.Random(seed * 1_000_003 + index)
    lang = rng.choice(_WEIGHTED)
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    if day is not None:
        published = day - dt.timedelta(days=rng.choices(LATE_DAYS, LATE_WEIGHTS)[0])
    fill = lambda template: template.format(  # noqa: E731
        n=rng.randint(2, 400), c=rng.choice(CITIES),
        a="{a}", A="{A}", b="{b}", d="{d}")
    if lang not in LANG_COLUMN:
        sentences = [t.format(c=rng.choice(CITIES), n=rng.randint(2, 400)) for t in rng.choices(OTHER_LANGUAGES[lang], k=rng.randint(3, 6))]
        title = sentences[0][:60]
    else:
        column = LANG_COLUMN[lang]
        months = MONTHS[lang].split()
        pair = rng.sample(COUNTRIES, 2)
        sentences = []
        for position in range(rng.randint(5, 11)):
            if position == 0 or rng.random() < 0.6:
                if rng.random() < 0.3:
                    pair = rng.sample(COUNTRIES, 2)
                a, b = pair[0][column], pair[1][column]
                template = fill(rng.choice(EVENTS[lang]))
                date = rng.choice(DATES[lang]).format(day=rng.randint(1, 28), month=rng.choice(months))
                sentence = template.format(a=a, A=_cap(a), b=b, d=date)
            else:
                sentence = fill(rng.choice(BACKGROUND[lang]))
            sentences.append(_cap(sentence))
        title = sentences[0][:80]
    sentences.append(f"({OUTLETS[index % len(OUTLETS)]} report {index})")  # distinct text per article
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= 3 and rng.random() < 0.5:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return {
        "id": f"bench-{index:07d}",
        "published": published.isoformat(),
        "date_precision": "day",
        "language": lang,
        "source": OUTLETS[index % len(OUTLETS)],
        "url": f"https://bench.example.org/{published:%Y/%m/%d}/{index}",
        "title": title,
        "text": "\n\n".join(paragraphs),
    }


def write_corpus(folder: Path | str, count: int, first: int = 0, seed: int = SEED, per_file: int = FILE_ARTICLES,
                 day: dt.date | None = None) -> list[Path]:
    """Write articles first .. first+count-1 as JSONL files of `per_file` articles into `folder`
    (dated as `day`'s collection when given). Returns the files; files already complete
    (marker present) are reused."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-{seed}-{first}-{count}-{per_file}-{day or 'spread'}"
    files = [folder / f"wire-{start:07d}.jsonl" for start in range(first, first + count, per_file)]
    if marker.exists() and all(f.exists() for f in files):
        return files
    for path, start in zip(files, range(first, first + count, per_file)):
        stop = min(start + per_file, first + count)
        tmp = path.with_suffix(".tmp")  # not .jsonl: never read half-written
        with tmp.open("w", encoding="utf-8") as out:
            for index in range(start, stop):
                out.write(json.dumps(article(index, seed, day), ensure_ascii=False) + "\n")
        tmp.replace(path)
    marker.write_text("")
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--first", type=int, default=0, help="index of the first article (default 0)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--per-file", type=int, default=FILE_ARTICLES)
    parser.add_argument("--day", type=dt.date.fromisoformat, default=None,
                        help="date the articles as this day's collection (default: spread over the base period)")
    args = parser.parse_args()
    files = write_corpus(args.folder, args.count, args.first, args.seed, args.per_file, args.day)
    print(f"{args.count:,} articles in {len(files)} files under {args.folder}")


if __name__ == "__main__":
    main()
