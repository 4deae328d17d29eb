{%- set window = {'kind': 'mentions'} -%}
-- depends_on: {{ ref('stg_articles') }}
-- depends_on: {{ source('raw', 'events') }}
-- depends_on: {{ source('raw', 'articles') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key='mention_id',
        recompute_window=window,
        on_schema_change='fail',
    )
}}

with

mentions as (

    {% if is_incremental() %}
    {%- set marks = mention_watermarks(this) -%}
    {%- set raw_events = source('raw', 'events') -%}
    {%- set raw_articles = source('raw', 'articles') -%}
    {%- if marks.coded_at == 'null' %}
    select * from {{ ref('int_event_mentions') }}
    {%- else %}
    -- Read only the source rows that can fall in the window: events of articles ingested or
    -- published within it (or in the Dagster partition window), events dated within it and events coded since the mart's latest, picked by rowid so that DuckDB fetches
    -- the other columns of those rows alone; then the staging and intermediate selects (the
    -- macros behind stg_events and int_event_mentions) and the exact window.
    {%- set new_events -%}
        (
            select * from {{ raw_events }}
            where rowid in (
                select rowid from {{ raw_events }}
                where event_date >= {{ marks.event_day }} or coded_at > {{ marks.coded_at }}
                    or article_id in (
                        select article_id from {{ raw_articles }}
                        where ingested_at >= {{ marks.ingested_at }} or published >= {{ marks.event_day }}
                            or {{ in_partition_window() }}
                    )
            )
        ) as raw_new_events
    {%- endset %}
    select *
    from (
        {{ event_mentions_select('(' ~ stg_events_select(new_events) ~ ') as stg_new_events', ref('stg_articles')) }}
    ) as new_mentions
    where {{ in_recompute_window(window) }}
    {%- endif %}
    {% else %}
    select * from {{ ref('int_event_mentions') }}
    {% endif %}

),

final as (

    select

        ----------  ids
        mention_id,
        event_key,
        article_id,
        story_id,

        ---------- when
        event_day,
        event_day_source,
        event_day_precision,
        event_date,
        published_date,
        ingested_at,

        ---------- who
        source_actor,
        source_country,
        source_role,
        target_actor,
        target_country,
        target_role,

        ---------- what
        cameo_code,
        root,
        quad_class,
        goldstein,

        ---------- provenance
        url,
        canonical_url,
        outlet,
        article_title,
        duplicate_of_article_id is not null as is_wire_duplicate,
        is_summary,
        language,
        sentence_index,
        sentence,
        source_start,
        source_end,
        target_start,
        target_end,
        trigger_start,
        trigger_end,
        confidence,
        rule,
        coder_version,
        coded_at

    from mentions

)

select * from final
