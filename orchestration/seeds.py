"""Generate the dbt seed CSVs from the coder's dictionaries.

The coder and the warehouse must agree on what a CAMEO code, a country and an organization are.
The single source of truth is the coder's TSV dictionaries
(``orchestration/coding/dictionaries/``); the seed CSVs in ``dbt_project/seeds/`` are derived
from them by :func:`write_seeds` and committed. ``tests/test_dbt_project.py`` checks that the
committed CSVs equal what this module produces, so the two never drift.

Run after editing a dictionary::

    python -m orchestration.seeds

Pure Python: no Dagster or dbt import, so it is cheap to call from tests and tools.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from pathlib import Path

import pycountry

REPO_ROOT = Path(__file__).resolve().parent.parent
DICTIONARIES_DIR = REPO_ROOT / "orchestration" / "coding" / "dictionaries"
SEEDS_DIR = REPO_ROOT / "dbt_project" / "seeds"

# GDELT QuadClass: roots 01-05 verbal cooperation, 06-09 material cooperation,
# 10-14 verbal conflict, 15-20 material conflict.
QUAD_CLASSES: tuple[tuple[int, str, str, str, str], ...] = (
    (1, "verbal_cooperation", "Verbal cooperation", "01", "05"),
    (2, "material_cooperation", "Material cooperation", "06", "09"),
    (3, "verbal_conflict", "Verbal conflict", "10", "14"),
    (4, "material_conflict", "Material conflict", "15", "20"),
)

# CAMEO -> PLOVER event type. Our own mapping (PLOVER's 16 event types are its published
# category names): every code takes its root's type unless a longer code prefix overrides it;
# the longest matching prefix wins. Root 01 (generic public statements) has no PLOVER type.
PLOVER_EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PLOVER_BY_ROOT: dict[str, str | None] = {
    "01": None,  # statements: no PLOVER type (see the overrides for 018, 019)
    "02": "REQUEST",  # appeals
    "03": "AGREE",  # intentions to cooperate
    "04": "CONSULT",
    "05": "SUPPORT",  # diplomatic cooperation
    "06": "COOPERATE",  # material cooperation
    "07": "AID",
    "08": "CONCEDE",  # yield
    "09": "ACCUSE",  # investigations
    "10": "REQUEST",  # demands
    "11": "ACCUSE",  # disapproval
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",  # force posture
    "16": "SANCTION",  # reduce relations
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",  # fight
    "20": "ASSAULT",  # mass violence
}
PLOVER_OVERRIDES: dict[str, str] = {
    "018": "SUPPORT",  # sympathy, condolences
    "019": "AGREE",  # express agreement
    "057": "AGREE",  # sign a formal agreement
    "084": "RETREAT",  # return or release persons or property
    "085": "RETREAT",  # ease economic sanctions
    "086": "RETREAT",  # allow international involvement
    "087": "RETREAT",  # de-escalate militarily (ceasefire, withdrawal, disarmament)
    "175": "ASSAULT",  # violent repression
    "191": "COERCE",  # blockade
    "192": "COERCE",  # occupation
}

CAMEO_CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
COUNTRY_CODE_RE = re.compile(r"^[A-Z]{3}$")


class DictionaryError(ValueError):
    """A dictionary file cannot be turned into a seed; the message names file and line."""


def quad_class_of_root(root: str) -> int:
    """GDELT quad class (1..4) of a two-digit CAMEO root."""
    n = int(root)
    for quad_class, _key, _name, first, last in QUAD_CLASSES:
        if int(first) <= n <= int(last):
            return quad_class
    raise ValueError(f"not a CAMEO root: {root!r}")


def plover_event_type(code: str) -> str | None:
    """PLOVER event type of a CAMEO code: the longest overriding prefix, else the root's type."""
    for length in range(len(code), 2, -1):
        if code[:length] in PLOVER_OVERRIDES:
            return PLOVER_OVERRIDES[code[:length]]
    return PLOVER_BY_ROOT[code[:2]]


def iso_codes(alpha_3: str) -> tuple[str, str, str]:
    """(alpha-2, alpha-3, numeric) from pycountry; empty strings when ISO 3166-1 has no entry (KSV)."""
    country = pycountry.countries.get(alpha_3=alpha_3)
    if country is None:
        return "", "", ""
    return country.alpha_2, country.alpha_3, country.numeric


def read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a dictionary TSV as (line number, {column: value}).

    Same format as the coder's loader: UTF-8, tab-separated, ``#`` comment lines and blank
    lines ignored, the first remaining line is the header.
    """
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in line.split("\t")]
            if header is None:
                header = fields
                continue
            if len(fields) > len(header):
                raise DictionaryError(
                    f"{path.name}:{lineno}: {len(fields)} fields, header has {len(header)}"
                )
            fields += [""] * (len(header) - len(fields))
            rows.append((lineno, dict(zip(header, fields))))
    if header is None:
        raise DictionaryError(f"{path.name}: no header line")
    return rows


def _require(path: Path, rows: list[tuple[int, dict[str, str]]], columns: tuple[str, ...]) -> None:
    if rows:
        missing = [c for c in columns if c not in rows[0][1]]
        if missing:
            raise DictionaryError(f"{path.name}: missing column(s) {', '.join(missing)}")


def _format_number(value: float) -> str:
    text = repr(float(value))
    return "0.0" if text == "-0.0" else text


def build_event_codes(dictionaries_dir: Path) -> list[list[str]]:
    """Rows (code, label, root, quad_class, goldstein) from cameo_codes.tsv, sorted by code."""
    path = dictionaries_dir / "cameo_codes.tsv"
    rows = read_tsv(path)
    _require(path, rows, ("code", "root", "quad_class", "goldstein", "label"))
    out: dict[str, list[str]] = {}
    for lineno, row in rows:
        where = f"{path.name}:{lineno}"
        code, root = row["code"], row["root"]
        if not CAMEO_CODE_RE.match(code):
            raise DictionaryError(f"{where}: bad CAMEO code {code!r}")
        if root != code[:2]:
            raise DictionaryError(f"{where}: root {root!r} is not the first two digits of {code}")
        try:
            quad_class = int(row["quad_class"])
            goldstein = float(row["goldstein"])
        except ValueError as exc:
            raise DictionaryError(f"{where}: {exc}") from None
        if quad_class != quad_class_of_root(root):
            raise DictionaryError(
                f"{where}: quad_class {quad_class} does not match root {root} "
                f"(expected {quad_class_of_root(root)})"
            )
        if not -10.0 <= goldstein <= 10.0:
            raise DictionaryError(f"{where}: goldstein {goldstein} outside [-10, 10]")
        if not row["label"]:
            raise DictionaryError(f"{where}: empty label")
        if code in out:
            raise DictionaryError(f"{where}: duplicate code {code}")
        out[code] = [code, row["label"], root, str(quad_class), _format_number(goldstein)]
    return [out[c] for c in sorted(out)]


def build_countries(dictionaries_dir: Path) -> list[list[str]]:
    """Rows (code, name, kind, role, region, subregion, iso_alpha2, iso_alpha3, iso_numeric), by code.

    ISO 3166-1 codes come from pycountry (empty for organizations and for KSV, Kosovo, which has
    no ISO code). Organizations share the table so that a relationships test from an event's actor country
    (``KOR``, but also ``UNO`` for an IGO actor) to ``dim_countries`` holds for both.
    """
    out: dict[str, list[str]] = {}

    path = dictionaries_dir / "countries.tsv"
    rows = read_tsv(path)
    _require(path, rows, ("iso3", "name", "region", "subregion"))
    for lineno, row in rows:
        code = row["iso3"]
        if not COUNTRY_CODE_RE.match(code):
            raise DictionaryError(f"{path.name}:{lineno}: bad country code {code!r}")
        if code in out:
            raise DictionaryError(f"{path.name}:{lineno}: duplicate code {code}")
        out[code] = [code, row["name"], "state", "", row["region"], row["subregion"], *iso_codes(code)]

    path = dictionaries_dir / "organizations.tsv"
    rows = read_tsv(path)
    _require(path, rows, ("code", "role", "name"))
    for lineno, row in rows:
        code = row["code"]
        if not COUNTRY_CODE_RE.match(code):
            raise DictionaryError(f"{path.name}:{lineno}: bad organization code {code!r}")
        if code in out:
            raise DictionaryError(
                f"{path.name}:{lineno}: organization code {code} collides with a country "
                "or another organization"
            )
        out[code] = [code, row["name"], "organization", row["role"], "", "", "", "", ""]

    return [out[c] for c in sorted(out)]


def build_quad_classes() -> list[list[str]]:
    """Rows (quad_class, quad_class_key, quad_class_name, first_root, last_root)."""
    return [[str(q), key, name, first, last] for q, key, name, first, last in QUAD_CLASSES]


def build_cameo_plover(event_codes: list[list[str]]) -> list[list[str]]:
    """Rows (code, plover_event_type) for every CAMEO code; empty type for codes PLOVER drops."""
    return [[row[0], plover_event_type(row[0]) or ""] for row in event_codes]


SEED_HEADERS: dict[str, list[str]] = {
    "cameo_event_codes": ["code", "label", "root", "quad_class", "goldstein"],
    "cameo_plover": ["code", "plover_event_type"],
    "countries": ["code", "name", "kind", "role", "region", "subregion", "iso_alpha2", "iso_alpha3", "iso_numeric"],
    "quad_classes": ["quad_class", "quad_class_key", "quad_class_name", "first_root", "last_root"],
}


def render_seeds(dictionaries_dir: Path | str = DICTIONARIES_DIR) -> dict[str, str]:
    """The text of every seed CSV, keyed by seed name (deterministic: sorted, LF line ends)."""
    dictionaries_dir = Path(dictionaries_dir)
    event_codes = build_event_codes(dictionaries_dir)
    tables = {
        "cameo_event_codes": event_codes,
        "cameo_plover": build_cameo_plover(event_codes),
        "countries": build_countries(dictionaries_dir),
        "quad_classes": build_quad_classes(),
    }
    rendered: dict[str, str] = {}
    for name, rows in tables.items():
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(SEED_HEADERS[name])
        writer.writerows(rows)
        rendered[name] = buf.getvalue()
    return rendered


def write_seeds(
    dictionaries_dir: Path | str = DICTIONARIES_DIR, seeds_dir: Path | str = SEEDS_DIR
) -> dict[str, int]:
    """Write ``<seeds_dir>/<seed>.csv`` for every seed; return {seed name: data rows}."""
    seeds_dir = Path(seeds_dir)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, text in render_seeds(dictionaries_dir).items():
        (seeds_dir / f"{name}.csv").write_text(text, encoding="utf-8", newline="")
        counts[name] = sum(1 for _ in csv.reader(io.StringIO(text))) - 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionaries-dir", type=Path, default=DICTIONARIES_DIR)
    parser.add_argument("--seeds-dir", type=Path, default=SEEDS_DIR)
    args = parser.parse_args(argv)
    counts = write_seeds(args.dictionaries_dir, args.seeds_dir)
    for name, n in counts.items():
        print(f"{args.seeds_dir / (name + '.csv')}: {n} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
