-- Raw tables written from Python. dbt reads them as sources (dbt_project/models/staging/_sources.yml).
-- This file is the contract between the Python side and the SQL side; orchestration/warehouse.py runs it.
create schema if not exists raw;

-- one row per distinct article that was read and accepted
create table if not exists raw.articles (
    article_id      varchar primary key,   -- the record's own id when it has one, else 'art-' + sha256(text)[:16]
    title           varchar,
    text            varchar not null,
    published       date,                  -- first of the month when date_precision = 'month'
    date_precision  varchar,               -- 'day' | 'month' | null (unknown)
    language        varchar not null,      -- ISO 639-1, 'und' when undetectable
    language_source varchar not null,      -- 'record' (given by the source) | 'detected'
    url             varchar,
    source          varchar,               -- outlet name
    text_hash       varchar not null,      -- sha256 of the normalized text: identical articles are stored once
    source_file     varchar not null,      -- path relative to the inbox
    source_line     integer,               -- 1-based line for JSONL, null for whole-file text articles
    ingested_at     timestamp not null,
    canonical_url   varchar,               -- url without tracking parameters or fragment, scheme/host lower-cased
    duplicate_of    varchar,               -- first article of the same story (near-duplicate wire copy), else null
    is_summary      boolean default false  -- feed item with only a summary, not the full text
);
alter table raw.articles add column if not exists canonical_url varchar;
alter table raw.articles add column if not exists duplicate_of varchar;
alter table raw.articles add column if not exists is_summary boolean default false;

-- ledger of files already read: a file with the same content hash is not read again
create table if not exists raw.ingested_files (
    source_file     varchar primary key,   -- path relative to the inbox (or the URL of a configured feed)
    content_hash    varchar not null,      -- sha256 of the file's bytes
    size_bytes      bigint,
    records         integer not null,      -- records read from it
    ingested_at     timestamp not null
);

-- every record that could not be ingested, or was a duplicate of an ingested one
create table if not exists raw.rejected_records (
    record_key      varchar primary key,   -- sha256(source_file, line, excerpt): stable across runs
    source_file     varchar not null,
    source_line     integer,
    reason          varchar not null,      -- short code: invalid_json, missing_field, empty_text, bad_date, duplicate, ...
    detail          varchar,               -- human-readable explanation
    excerpt         varchar,               -- first 200 characters of the record
    duplicate_of    varchar,               -- article_id it duplicates, for reason = 'duplicate'
    rejected_at     timestamp not null
);

-- coded events that passed validation
create table if not exists raw.events (
    event_id        varchar primary key,   -- sha256(article_id, sentence_index, code, source, target)[:20]
    article_id      varchar not null,
    sentence_index  integer not null,
    sentence        varchar not null,
    source_actor    varchar,
    source_country  varchar,
    source_role     varchar,
    target_actor    varchar,
    target_country  varchar,
    target_role     varchar,
    cameo_code      varchar not null,
    root            varchar not null,
    quad_class      integer not null,
    goldstein       double not null,
    event_date      date,
    language        varchar not null,
    confidence      double not null,
    rule            varchar not null,      -- dictionary file:line of the pattern that fired
    coder_version   varchar not null,
    source_start    integer,               -- character offsets in the article text
    source_end      integer,
    target_start    integer,
    target_end      integer,
    trigger_start   integer not null,
    trigger_end     integer not null,
    coded_at        timestamp not null
);

-- rows that failed a pandera check: kept with the failed check, never dropped
create table if not exists raw.quarantine (
    quarantine_key  varchar primary key,   -- table_name || ':' || record_id
    table_name      varchar not null,      -- 'articles' | 'events'
    record_id       varchar not null,
    failed_check    varchar not null,
    payload         varchar not null,      -- the row as JSON
    quarantined_at  timestamp not null
);
