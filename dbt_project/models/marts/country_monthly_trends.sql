{%- set window = {'column': 'month_start', 'grain': 'month'} -%}
-- depends_on: {{ ref('fct_event_mentions') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key=['month_start', 'country', 'direction'],
        recompute_window=window,
        on_schema_change='fail',
    )
}}

with

daily as (

    select
        cast(date_trunc('month', event_day) as date) as month_start,
        *
    from {{ ref('country_daily_trends') }}
    {% if is_incremental() %}
    where event_day >= {{ recompute_start(window) }}
    {% endif %}

),

aggregated as (

    select
        month_start,
        country,
        direction,
        {{ trend_counts_rollup() }}
    from daily
    {% if is_incremental() %}
    where {{ in_recompute_window(window) }}
    {% endif %}
    group by month_start, country, direction

),

final as (

    select
        month_start,
        country,
        direction,
        {{ trend_measures() }}
    from aggregated

)

select * from final
