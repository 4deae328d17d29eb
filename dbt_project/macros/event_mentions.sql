{#
    The select of int_event_mentions over an events relation (the columns of stg_events) and an
    articles relation (the columns of stg_articles): int_event_mentions applies it to the staging
    views, the incremental path of fct_event_mentions to just the new events.
#}
{% macro event_mentions_select(events_relation, articles_relation) %}

with

events as (

    select * from {{ events_relation }}

),

articles as (

    select * from {{ articles_relation }}

),

joined as (

    select

        ----------  ids
        events.event_id as mention_id,
        events.article_id,
        articles.story_id,
        articles.duplicate_of_article_id,

        ---------- when
        coalesce(events.event_date, articles.published_date) as event_day,
        case
            when events.event_date is not null then 'event'
            when articles.published_date is not null then 'article'
        end as event_day_source,
        case
            when events.event_date is not null then 'day'
            else articles.date_precision
        end as event_day_precision,
        events.event_date,
        articles.published_date,
        articles.ingested_at,

        ---------- who
        events.source_actor,
        events.source_country,
        events.source_role,
        events.target_actor,
        events.target_country,
        events.target_role,

        ---------- what
        events.cameo_code,
        events.root,
        events.quad_class,
        events.goldstein,

        ---------- provenance
        articles.url,
        articles.canonical_url,
        articles.outlet,
        articles.title as article_title,
        articles.is_summary,
        events.language,
        events.sentence_index,
        events.sentence,
        events.source_start,
        events.source_end,
        events.target_start,
        events.target_end,
        events.trigger_start,
        events.trigger_end,
        events.confidence,
        events.rule,
        events.coder_version,
        events.coded_at

    from events
    left join articles
        on events.article_id = articles.article_id

),

keyed as (

    select

        mention_id,
        -- the GDELT-style event this mention reports: one per (day, source actor, target actor, code)
        case when event_day is not null then
            {{ event_key('event_day', 'source_actor', 'source_country', 'source_role',
                         'target_actor', 'target_country', 'target_role', 'cameo_code') }}
        end as event_key,
        * exclude (mention_id)

    from joined

)

select * from keyed

{% endmacro %}
