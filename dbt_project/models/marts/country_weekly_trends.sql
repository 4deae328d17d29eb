{%- set window = {'column': 'week_start', 'grain': 'week'} -%}
-- depends_on: {{ ref('fct_event_mentions') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key=['week_start', 'country', 'direction'],
        recompute_window=window,
        on_schema_change='fail',
    )
}}

{{ rollup_trends(ref('country_daily_trends'), window, ['country', 'direction']) }}
