{%- set window = {'column': 'event_day', 'grain': 'day', 'kind': 'keys', 'key': 'event_key'} -%}
-- depends_on: {{ ref('fct_event_mentions') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key='event_key',
        recompute_window=window,
        on_schema_change='fail',
    )
}}

-- One row per event in GDELT's sense: one (event_day, source actor, target actor, CAMEO code),
-- however many articles and sentences report it.

with

mentions as (

    select * from {{ ref('fct_event_mentions') }}
    where event_day is not null
    {% if is_incremental() %}
        and {{ in_recompute_window(window) }}
    {% endif %}

),

event_codes as (

    select * from {{ ref('cameo_event_codes') }}

),

aggregated as (

    select

        event_key,
        event_day,
        source_actor,
        source_country,
        source_role,
        target_actor,
        target_country,
        target_role,
        cameo_code,
        root,
        quad_class,
        goldstein,

        ---------- how much it was reported
        count(*) as num_mentions,
        count(distinct coalesce(outlet, 'story:' || story_id)) as num_sources,
        count(distinct story_id) as num_articles,
        min(published_date) as first_seen,
        max(published_date) as last_seen,
        avg(confidence) as mean_confidence,
        max(confidence) as max_confidence,
        bool_or(event_day_source = 'event') as has_stated_date,
        bool_or(event_day_precision = 'day') as is_day_precise,

        ---------- the first mention (earliest publication, then article, sentence, mention id)
        min({
            'published_date': coalesce(published_date, date '9999-12-31'),
            'article_id': article_id,
            'sentence_index': sentence_index,
            'mention_id': mention_id,
            'url': url,
            'outlet': outlet,
            'sentence': sentence,
            'rule': rule
        }) as first_mention

    from mentions
    group by
        event_key, event_day, source_actor, source_country, source_role,
        target_actor, target_country, target_role, cameo_code, root, quad_class, goldstein

),

final as (

    select

        ----------  ids
        aggregated.event_key,

        ---------- when
        aggregated.event_day,
        case when aggregated.has_stated_date then 'event' else 'article' end as event_day_source,
        case when aggregated.is_day_precise then 'day' else 'month' end as event_day_precision,

        ---------- who
        aggregated.source_actor,
        aggregated.source_country,
        aggregated.source_role,
        aggregated.target_actor,
        aggregated.target_country,
        aggregated.target_role,

        ---------- what
        aggregated.cameo_code,
        event_codes.label as event_label,
        aggregated.root,
        aggregated.quad_class,
        aggregated.goldstein,

        ---------- how much it was reported
        aggregated.num_mentions,
        aggregated.num_sources,
        aggregated.num_articles,
        aggregated.first_seen,
        aggregated.last_seen,
        aggregated.mean_confidence,
        aggregated.max_confidence,

        ---------- provenance of the first mention
        aggregated.first_mention.mention_id as first_mention_id,
        aggregated.first_mention.article_id as article_id,
        aggregated.first_mention.url as url,
        aggregated.first_mention.outlet as outlet,
        aggregated.first_mention.sentence as sentence,
        aggregated.first_mention.rule as rule

    from aggregated
    left join event_codes
        on aggregated.cameo_code = event_codes.code

)

select * from final
