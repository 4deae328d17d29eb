with

events as (

    select * from {{ ref('stg_events') }}

),

articles as (

    select * from {{ ref('stg_articles') }}

),

event_codes as (

    select * from {{ ref('cameo_event_codes') }}

),

joined as (

    select

        ----------  ids
        events.event_id,
        events.article_id,

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

        ---------- what
        events.cameo_code,
        event_codes.label as event_label,
        events.root,
        events.quad_class,
        events.goldstein,

        ---------- who
        events.source_actor,
        events.source_country,
        events.source_role,
        events.target_actor,
        events.target_country,
        events.target_role,

        ---------- provenance
        articles.url,
        articles.outlet,
        articles.title as article_title,
        events.language,
        events.sentence,
        events.sentence_index,
        events.confidence,
        events.rule,
        events.coder_version,
        events.source_start,
        events.source_end,
        events.target_start,
        events.target_end,
        events.trigger_start,
        events.trigger_end,
        events.coded_at

    from events
    left join articles
        on events.article_id = articles.article_id
    left join event_codes
        on events.cameo_code = event_codes.code

)

select * from joined
