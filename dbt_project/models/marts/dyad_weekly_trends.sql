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

{{ rollup_trends(ref('dyad_daily_trends'), window, ['source_country', 'target_country']) }}
