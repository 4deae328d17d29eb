{#
    The measures every trend mart carries, so that daily, weekly and monthly series of dyads and
    countries mean the same thing. Counts are of GDELT-style events (rows of fct_events), not
    mentions: an event reported by ten articles counts once; `mentions` sums num_mentions.
#}

{#- Additive measures aggregated from fct_events rows. -#}
{% macro trend_counts_from_events() -%}
    count(*) as events,
    sum(num_mentions) as mentions,
    count(*) filter (where quad_class = 1) as verbal_cooperation,
    count(*) filter (where quad_class = 2) as material_cooperation,
    count(*) filter (where quad_class = 3) as verbal_conflict,
    count(*) filter (where quad_class = 4) as material_conflict,
    sum(goldstein) as sum_goldstein
{%- endmacro %}


{#- The same additive measures rolled up from a finer trend mart. -#}
{% macro trend_counts_rollup() -%}
    sum(events) as events,
    sum(mentions) as mentions,
    sum(verbal_cooperation) as verbal_cooperation,
    sum(material_cooperation) as material_cooperation,
    sum(verbal_conflict) as verbal_conflict,
    sum(material_conflict) as material_conflict,
    sum(sum_goldstein) as sum_goldstein
{%- endmacro %}


{#-
    Columns derived from the additive ones (select them from a relation that has those), in the
    order every trend mart lists them.
    cc_index, the conflict-cooperation index: (cooperation events - conflict events) / events,
    in [-1, 1]: +1 all cooperation, -1 all conflict, 0 balanced.
-#}
{% macro trend_measures() -%}
    cast(events as bigint) as events,
    cast(mentions as bigint) as mentions,
    cast(verbal_cooperation as bigint) as verbal_cooperation,
    cast(material_cooperation as bigint) as material_cooperation,
    cast(verbal_conflict as bigint) as verbal_conflict,
    cast(material_conflict as bigint) as material_conflict,
    cast(verbal_cooperation + material_cooperation as bigint) as cooperation_events,
    cast(verbal_conflict + material_conflict as bigint) as conflict_events,
    cast(sum_goldstein as double) as sum_goldstein,
    cast(sum_goldstein as double) / events as mean_goldstein,
    cast(material_conflict as double) / events as material_conflict_share,
    {{ cc_index('verbal_cooperation + material_cooperation', 'verbal_conflict + material_conflict', 'events') }} as cc_index
{%- endmacro %}


{% macro cc_index(cooperation, conflict, events) -%}
    cast(({{ cooperation }}) - ({{ conflict }}) as double) / nullif({{ events }}, 0)
{%- endmacro %}


{#- The weekly and monthly series of dyads and countries: the daily series rolled up to a
    period, recomputing only the periods of the window in incremental runs. `keys` are the
    series' own columns besides the period (source/target country, or country/direction). -#}
{% macro rollup_trends(daily, window, keys) -%}
{%- set period = window.column -%}
{%- set key_list = keys | join(', ') -%}
with

daily as (

    select
        cast(date_trunc('{{ window.grain }}', event_day) as date) as {{ period }},
        *
    from {{ daily }}
    {% if is_incremental() %}
    where event_day >= {{ recompute_start(window) }}
    {% endif %}

),

aggregated as (

    select
        {{ period }},
        {{ key_list }},
        {{ trend_counts_rollup() }}
    from daily
    {% if is_incremental() %}
    where {{ in_recompute_window(window) }}
    {% endif %}
    group by {{ period }}, {{ key_list }}

),

final as (

    select
        {{ period }},
        {{ key_list }},
        {{ trend_measures() }}
    from aggregated

)

select * from final
{%- endmacro %}
