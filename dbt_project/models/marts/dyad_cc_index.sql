{%- set baseline_days = var('spike_baseline_days') -%}
{%- set window = {'column': 'event_day', 'grain': 'day', 'span_days': baseline_days} -%}
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

-- The conflict-cooperation index of each directed dyad, on every day the dyad has events:
-- the day's value, its 7- and 30-day rolling values, the week-over-week change, and spikes of
-- conflict and cooperation against the trailing baseline. See dyad_cc_index.yml for definitions.

with

daily as (

    select
        event_day,
        source_country,
        target_country,
        events,
        cooperation_events,
        conflict_events,
        sum_goldstein
    from {{ ref('dyad_daily_trends') }}
    {% if is_incremental() %}
    -- the window's days and the baseline before them
    where event_day >= {{ recompute_start(window, baseline_days) }}
    {% endif %}

),

windowed as (

    select

        *,

        sum(events) over last_7_days as events_7d,
        sum(cooperation_events) over last_7_days as cooperation_events_7d,
        sum(conflict_events) over last_7_days as conflict_events_7d,
        sum(sum_goldstein) over last_7_days as sum_goldstein_7d,

        sum(events) over last_30_days as events_30d,
        sum(cooperation_events) over last_30_days as cooperation_events_30d,
        sum(conflict_events) over last_30_days as conflict_events_30d,
        sum(sum_goldstein) over last_30_days as sum_goldstein_30d,

        sum(events) over previous_7_days as events_previous_7d,
        sum(cooperation_events) over previous_7_days as cooperation_events_previous_7d,
        sum(conflict_events) over previous_7_days as conflict_events_previous_7d,

        coalesce(sum(conflict_events) over baseline, 0) as conflict_baseline_sum,
        coalesce(sum(conflict_events * conflict_events) over baseline, 0) as conflict_baseline_sum_sq,
        coalesce(sum(cooperation_events) over baseline, 0) as cooperation_baseline_sum,
        coalesce(sum(cooperation_events * cooperation_events) over baseline, 0) as cooperation_baseline_sum_sq

    from daily
    window
        last_7_days as (
            partition by source_country, target_country order by event_day
            range between interval 6 day preceding and current row
        ),
        last_30_days as (
            partition by source_country, target_country order by event_day
            range between interval 29 day preceding and current row
        ),
        previous_7_days as (
            partition by source_country, target_country order by event_day
            range between interval 13 day preceding and interval 7 day preceding
        ),
        baseline as (
            partition by source_country, target_country order by event_day
            range between interval {{ baseline_days }} day preceding and interval 1 day preceding
        )

),

baselines as (

    -- mean and standard deviation of the daily counts over the trailing baseline, days without
    -- events counting as zeros
    select
        *,
        conflict_baseline_sum / {{ baseline_days }} as conflict_baseline_mean,
        sqrt(greatest(
            conflict_baseline_sum_sq / {{ baseline_days }}
                - (conflict_baseline_sum / {{ baseline_days }}) ** 2,
            0)) as conflict_baseline_sd,
        cooperation_baseline_sum / {{ baseline_days }} as cooperation_baseline_mean,
        sqrt(greatest(
            cooperation_baseline_sum_sq / {{ baseline_days }}
                - (cooperation_baseline_sum / {{ baseline_days }}) ** 2,
            0)) as cooperation_baseline_sd
    from windowed

),

scored as (

    select
        *,
        (conflict_events - conflict_baseline_mean)
            / greatest(conflict_baseline_sd, {{ var('spike_sd_floor') }}) as conflict_z,
        (cooperation_events - cooperation_baseline_mean)
            / greatest(cooperation_baseline_sd, {{ var('spike_sd_floor') }}) as cooperation_z
    from baselines

),

final as (

    select

        ---------- grain
        event_day,
        source_country,
        target_country,

        ---------- the day
        cast(events as bigint) as events,
        cast(cooperation_events as bigint) as cooperation_events,
        cast(conflict_events as bigint) as conflict_events,
        {{ cc_index('cooperation_events', 'conflict_events', 'events') }} as cc_index,
        sum_goldstein / events as mean_goldstein,

        ---------- rolling
        cast(events_7d as bigint) as events_7d,
        {{ cc_index('cooperation_events_7d', 'conflict_events_7d', 'events_7d') }} as cc_index_7d,
        sum_goldstein_7d / events_7d as mean_goldstein_7d,
        cast(events_30d as bigint) as events_30d,
        {{ cc_index('cooperation_events_30d', 'conflict_events_30d', 'events_30d') }} as cc_index_30d,
        sum_goldstein_30d / events_30d as mean_goldstein_30d,

        ---------- week over week
        cast(coalesce(events_previous_7d, 0) as bigint) as events_previous_7d,
        {{ cc_index('cooperation_events_previous_7d', 'conflict_events_previous_7d', 'events_previous_7d') }}
            as cc_index_previous_7d,
        {{ cc_index('cooperation_events_7d', 'conflict_events_7d', 'events_7d') }}
            - {{ cc_index('cooperation_events_previous_7d', 'conflict_events_previous_7d', 'events_previous_7d') }}
            as cc_index_wow_change,

        ---------- spikes
        conflict_baseline_mean,
        conflict_baseline_sd,
        conflict_z,
        abs(conflict_z) >= {{ var('spike_z') }}
            and greatest(conflict_events, conflict_baseline_mean) >= {{ var('spike_min_events') }}
            as is_conflict_spike,
        cooperation_baseline_mean,
        cooperation_baseline_sd,
        cooperation_z,
        abs(cooperation_z) >= {{ var('spike_z') }}
            and greatest(cooperation_events, cooperation_baseline_mean) >= {{ var('spike_min_events') }}
            as is_cooperation_spike

    from scored
    {% if is_incremental() %}
    where {{ in_recompute_window(window) }}
    {% endif %}

)

select * from final
