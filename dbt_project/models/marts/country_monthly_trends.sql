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

{{ rollup_trends(ref('country_daily_trends'), window, ['country', 'direction']) }}
