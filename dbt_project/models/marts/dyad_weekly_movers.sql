{%- set window = {'column': 'week_start', 'grain': 'week', 'span_days': 7} -%}
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

-- The dyads whose relations moved most from one week to the next: ranked within each week by
-- the absolute change in summed Goldstein (volume times intensity), with the change in the
-- conflict-cooperation index and in the number of events beside it.

with

weekly as (

    select * from {{ ref('dyad_weekly_trends') }}
    {% if is_incremental() %}
    -- the window's weeks and the week before each
    where week_start >= {{ recompute_start(window, 7) }}
    {% endif %}

),

latest as (

    select max(week_start) as week_start from {{ ref('dyad_weekly_trends') }}

),

dyad_weeks as (

    -- every dyad active in a week, or in the week before (its events may have stopped)
    select week_start, source_country, target_country from weekly
    union
    select cast(week_start + interval 7 day as date), source_country, target_country
    from weekly
    where week_start + interval 7 day <= (select week_start from latest)

),

candidates as (

    select * from dyad_weeks
    {% if is_incremental() %}
    where {{ in_recompute_window(window) }}
    {% endif %}

),

compared as (

    select
        dyad_weeks.week_start,
        dyad_weeks.source_country,
        dyad_weeks.target_country,
        coalesce(this_week.events, 0) as events,
        coalesce(previous_week.events, 0) as previous_events,
        coalesce(this_week.sum_goldstein, 0) as sum_goldstein,
        coalesce(previous_week.sum_goldstein, 0) as previous_sum_goldstein,
        coalesce(this_week.sum_goldstein, 0) - coalesce(previous_week.sum_goldstein, 0) as goldstein_change,
        this_week.cc_index,
        previous_week.cc_index as previous_cc_index,
        this_week.cc_index - previous_week.cc_index as cc_index_change
    from candidates as dyad_weeks
    left join weekly as this_week
        on this_week.week_start = dyad_weeks.week_start
        and this_week.source_country = dyad_weeks.source_country
        and this_week.target_country = dyad_weeks.target_country
    left join weekly as previous_week
        on previous_week.week_start = dyad_weeks.week_start - interval 7 day
        and previous_week.source_country = dyad_weeks.source_country
        and previous_week.target_country = dyad_weeks.target_country

),

ranked as (

    select
        *,
        row_number() over (
            partition by week_start
            order by abs(goldstein_change) desc, source_country, target_country
        ) as mover_rank
    from compared
    where events + previous_events >= {{ var('movers_min_events') }}
        and goldstein_change <> 0

),

final as (

    select
        week_start,
        cast(mover_rank as integer) as mover_rank,
        source_country,
        target_country,
        case when goldstein_change > 0 then 'cooperation' else 'conflict' end as direction,
        cast(events as bigint) as events,
        cast(previous_events as bigint) as previous_events,
        cast(sum_goldstein as double) as sum_goldstein,
        cast(previous_sum_goldstein as double) as previous_sum_goldstein,
        cast(goldstein_change as double) as goldstein_change,
        cc_index,
        previous_cc_index,
        cc_index_change
    from ranked
    where mover_rank <= {{ var('movers_per_week') }}

)

select * from final
