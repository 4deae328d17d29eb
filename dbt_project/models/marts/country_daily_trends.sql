{%- set window = {'column': 'event_day', 'grain': 'day'} -%}
-- depends_on: {{ ref('fct_event_mentions') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key=['event_day', 'country', 'direction'],
        recompute_window=window,
        on_schema_change='fail',
    )
}}

with

events as (

    select * from {{ ref('fct_events') }}
    {% if is_incremental() %}
    where {{ in_recompute_window(window) }}
    {% endif %}

),

sides as (

    -- each event counts once for the country that acted and once for the one acted upon
    select event_day, source_country as country, 'sent' as direction, num_mentions, quad_class, goldstein
    from events
    where source_country is not null

    union all

    select event_day, target_country as country, 'received' as direction, num_mentions, quad_class, goldstein
    from events
    where target_country is not null

),

aggregated as (

    select
        event_day,
        country,
        direction,
        {{ trend_counts_from_events() }}
    from sides
    group by event_day, country, direction

),

final as (

    select
        event_day,
        country,
        direction,
        {{ trend_measures() }}
    from aggregated

)

select * from final
