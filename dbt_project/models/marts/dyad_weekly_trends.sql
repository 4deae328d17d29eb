{%- set window = {'column': 'week_start', 'grain': 'week'} -%}
-- depends_on: {{ ref('fct_event_mentions') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key=['week_start', 'source_country', 'target_country'],
        recompute_window=window,
        on_schema_change='fail',
    )
}}

with

daily as (

    select
        cast(date_trunc('week', event_day) as date) as week_start,
        *
    from {{ ref('dyad_daily_trends') }}
    {% if is_incremental() %}
    where event_day >= {{ recompute_start(window) }}
    {% endif %}

),

aggregated as (

    select
        week_start,
        source_country,
        target_country,
        {{ trend_counts_rollup() }}
    from daily
    {% if is_incremental() %}
    where {{ in_recompute_window(window) }}
    {% endif %}
    group by week_start, source_country, target_country

),

final as (

    select
        week_start,
        source_country,
        target_country,
        {{ trend_measures() }}
    from aggregated

)

select * from final
