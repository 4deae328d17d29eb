"""pandera models: the contract between the Python side and the SQL side.

Rows that break the contract are not dropped: `split_valid` returns them with the check they
failed, and the loader writes them to `raw.quarantine`.
"""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from orchestration.coding.lexicon import load_event_codes

_CODES = load_event_codes()
EVENT_CODES = sorted(c for c in _CODES if len(c) >= 3)
_QUAD = {c: e.quad_class for c, e in _CODES.items()}
_GOLDSTEIN = {c: e.goldstein for c, e in _CODES.items()}

ACTOR_COUNTRY = r"^[A-Z]{3}$"
ROLE = r"^[A-Z]{3}$"


class ArticleModel(pa.DataFrameModel):
    """One ingested article (raw.articles)."""

    article_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1, "max_value": 512})
    title: Series[str] = pa.Field(nullable=True)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    published: Series[pd.Timestamp] = pa.Field(nullable=True, coerce=True)
    date_precision: Series[str] = pa.Field(nullable=True, isin=["day", "month"])
    language: Series[str] = pa.Field(str_matches=r"^([a-z]{2,3}|und)$")
    language_source: Series[str] = pa.Field(isin=["record", "detected"])
    url: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(nullable=True)
    text_hash: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    source_file: Series[str]
    source_line: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, coerce=True)

    @pa.check("published", name="published_not_in_future")
    def published_not_in_future(cls, published: Series[pd.Timestamp]) -> Series[bool]:
        return published.isna() | (published <= pd.Timestamp(dt.date.today() + dt.timedelta(days=1)))

    class Config:
        strict = "filter"


class EventModel(pa.DataFrameModel):
    """One coded event (raw.events): codes, roots, quad classes and Goldstein values agree with the code table."""

    event_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{20}$")
    article_id: Series[str] = pa.Field(str_length={"min_value": 1})
    sentence_index: Series[int] = pa.Field(ge=0, coerce=True)
    sentence: Series[str] = pa.Field(str_length={"min_value": 1})
    source_actor: Series[str] = pa.Field(str_matches=r"^[A-Z]{3,9}$")
    source_country: Series[str] = pa.Field(str_matches=ACTOR_COUNTRY)
    source_role: Series[str] = pa.Field(nullable=True, str_matches=ROLE)
    target_actor: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3,9}$")
    target_country: Series[str] = pa.Field(nullable=True, str_matches=ACTOR_COUNTRY)
    target_role: Series[str] = pa.Field(nullable=True, str_matches=ROLE)
    cameo_code: Series[str] = pa.Field(isin=EVENT_CODES)
    root: Series[str] = pa.Field(str_matches=r"^(0[1-9]|1[0-9]|20)$")
    quad_class: Series[int] = pa.Field(isin=[1, 2, 3, 4], coerce=True)
    goldstein: Series[float] = pa.Field(ge=-10.0, le=10.0)
    event_date: Series[pd.Timestamp] = pa.Field(nullable=True, coerce=True)
    language: Series[str] = pa.Field(str_matches=r"^[a-z]{2}$")
    confidence: Series[float] = pa.Field(ge=0.0, le=1.0)
    rule: Series[str] = pa.Field(str_length={"min_value": 1})
    coder_version: Series[str]
    source_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, coerce=True)
    source_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, coerce=True)
    target_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, coerce=True)
    target_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, coerce=True)
    trigger_start: Series[int] = pa.Field(ge=0, coerce=True)
    trigger_end: Series[int] = pa.Field(ge=0, coerce=True)

    @pa.dataframe_check(name="root_matches_code")
    def root_matches_code(cls, df: pd.DataFrame) -> Series[bool]:
        return df["cameo_code"].str[:2] == df["root"]

    @pa.dataframe_check(name="quad_class_matches_code_table")
    def quad_class_matches_code_table(cls, df: pd.DataFrame) -> Series[bool]:
        return df["cameo_code"].map(_QUAD) == df["quad_class"]

    @pa.dataframe_check(name="goldstein_matches_code_table")
    def goldstein_matches_code_table(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["cameo_code"].map(_GOLDSTEIN) - df["goldstein"]).abs() < 1e-9

    @pa.dataframe_check(name="trigger_offsets_ordered")
    def trigger_offsets_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["trigger_start"] < df["trigger_end"]

    class Config:
        strict = "filter"


def split_valid(df: pd.DataFrame, model: type[pa.DataFrameModel], id_column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, quarantined rows) — each quarantined row keeps its id, the failed check(s) and the row as JSON."""
    if df.empty:
        return df, pd.DataFrame(columns=["record_id", "failed_check", "payload"])
    try:
        model.validate(df, lazy=True)
        return df, pd.DataFrame(columns=["record_id", "failed_check", "payload"])
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    failed: dict[object, list[str]] = {}
    whole_frame: list[str] = []
    for _, case in cases.iterrows():
        label = f"{case['column'] or 'row'}:{case['check']}"
        if pd.isna(case["index"]):
            whole_frame.append(label)  # e.g. a missing column: every row fails
        else:
            failed.setdefault(case["index"], []).append(label)
    bad_index = list(df.index) if whole_frame else [i for i in df.index if i in failed]
    bad = df.loc[bad_index]
    quarantined = pd.DataFrame(
        {
            "record_id": bad[id_column].astype(str).values,
            "failed_check": ["; ".join(sorted(set(failed.get(i, []) + whole_frame))) for i in bad_index],
            "payload": [json.dumps(row, default=str, ensure_ascii=False) for row in bad.to_dict(orient="records")],
        }
    )
    return df.drop(index=bad_index), quarantined
