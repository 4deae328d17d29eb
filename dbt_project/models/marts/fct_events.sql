with

events as (

    select * from {{ ref('int_events_enriched') }}

),

final as (

    select

        ----------  ids
        event_id,
        article_id,

        ---------- when
        event_day,
        event_day_source,
        event_day_precision,
        event_date,
        published_date,

        ---------- what
        cameo_code,
        event_label,
        root,
        quad_class,
        goldstein,

        ---------- who
        source_actor,
        source_country,
        source_role,
        target_actor,
        target_country,
        target_role,

        ---------- provenance
        url,
        outlet,
        article_title,
        language,
        sentence,
        sentence_index,
        confidence,
        rule,
        coder_version,
        source_start,
        source_end,
        target_start,
        target_end,
        trigger_start,
        trigger_end,
        coded_at

    from events

)

select * from final
