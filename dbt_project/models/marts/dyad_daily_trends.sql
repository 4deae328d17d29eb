{%- set window = {'column': 'event_day', 'grain': 'day'} -%}
-- depends_on: {{ ref('fct_event_mentions') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key=['event_day', 'source_country', 'target_country'],
        recompute_window=window,
        on_schema_change='fail',
    )
}}

with

events as (

    select * from {{ ref('fct_events') }}
    where source_country is not null
        and target_country is not null
    {% if is_incremental() %}
        and {{ in_recompute_window(window) }}
    {% endif %}

),

aggregated as (

    select
        event_day,
        source_country,
        target_country,
        {{ trend_counts_from_events() }}
    from events
    group by event_day, source_country, target_country

),

final as (

    select
        event_day,
        source_country,
        target_country,
        {{ trend_measures() }}
    from aggregated

)

select * from final
