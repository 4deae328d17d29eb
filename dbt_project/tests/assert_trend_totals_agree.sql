-- The trend marts add up, period by period: the daily dyad series counts the events of
-- fct_events that have both countries, the daily country series those with a source ('sent')
-- or a target ('received'); the weekly and monthly series and dyad_cc_index hold the totals of
-- the daily ones. Returns the periods that disagree.
-- (In an incremental run, the periods in test scope: see macros/test_scope.sql.)

with

events as (

    select * from {{ ref('fct_events') }}

),

expected_daily as (

    select event_day, 'dyad' as kind, count(*) as events
    from events where source_country is not null and target_country is not null group by event_day
    union all
    select event_day, 'sent', count(*) from events where source_country is not null group by event_day
    union all
    select event_day, 'received', count(*) from events where target_country is not null group by event_day

),

dyad_daily as (

    select event_day, 'dyad' as kind, sum(events) as events
    from {{ ref('dyad_daily_trends') }} group by event_day

),

country_daily as (

    select event_day, direction as kind, sum(events) as events
    from {{ ref('country_daily_trends') }} group by event_day, direction

),

comparisons as (

    {%- set pairs = [
        ('dyad_daily_trends', 'event_day', 'day', 'dyad_daily', 'expected_daily', "kind = 'dyad'"),
        ('country_daily_trends', 'event_day', 'day', 'country_daily', 'expected_daily', "kind <> 'dyad'"),
        ('dyad_cc_index', 'event_day', 'day', "(select event_day, 'dyad' as kind, sum(events) as events from " ~ ref('dyad_cc_index') ~ " group by event_day)", 'dyad_daily', 'true'),
        ('dyad_weekly_trends', 'week_start', 'week', "(select week_start, 'dyad' as kind, sum(events) as events from " ~ ref('dyad_weekly_trends') ~ " group by week_start)", 'dyad_daily', 'true'),
        ('dyad_monthly_trends', 'month_start', 'month', "(select month_start, 'dyad' as kind, sum(events) as events from " ~ ref('dyad_monthly_trends') ~ " group by month_start)", 'dyad_daily', 'true'),
        ('country_weekly_trends', 'week_start', 'week', "(select week_start, direction as kind, sum(events) as events from " ~ ref('country_weekly_trends') ~ " group by week_start, direction)", 'country_daily', 'true'),
        ('country_monthly_trends', 'month_start', 'month', "(select month_start, direction as kind, sum(events) as events from " ~ ref('country_monthly_trends') ~ " group by month_start, direction)", 'country_daily', 'true'),
    ] %}
    {%- for model, column, grain, actual, expected, expected_filter in pairs %}
    {{ "union all" if not loop.first }}
    select
        '{{ model }}' as model,
        coalesce(actual.{{ column }}, expected.{{ column }}) as {{ column }},
        coalesce(actual.kind, expected.kind) as kind,
        actual.events as events,
        expected.events as expected_events
    from {{ actual }} as actual
    full outer join (
        select cast(date_trunc('{{ grain }}', event_day) as date) as {{ column }}, kind, sum(events) as events
        from {{ expected }}
        where {{ expected_filter }}
        group by all
    ) as expected
        on actual.{{ column }} = expected.{{ column }} and actual.kind = expected.kind
    where {{ test_scope_predicate({'column': 'coalesce(actual.' ~ column ~ ', expected.' ~ column ~ ')', 'grain': grain}) }}
        and actual.events is distinct from expected.events
    {%- endfor %}

)

select * from comparisons
