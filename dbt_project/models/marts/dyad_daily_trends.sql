with

events as (

    select * from {{ ref('fct_events') }}

),

dyad_events as (

    select * from events
    where event_day is not null
        and source_country is not null
        and target_country is not null

),

aggregated as (

    select

        event_day,
        source_country,
        target_country,

        count(*) as events,
        avg(goldstein) as mean_goldstein,
        sum(goldstein) as sum_goldstein,
        count(*) filter (where quad_class = 1) as verbal_cooperation,
        count(*) filter (where quad_class = 2) as material_cooperation,
        count(*) filter (where quad_class = 3) as verbal_conflict,
        count(*) filter (where quad_class = 4) as material_conflict

    from dyad_events
    group by event_day, source_country, target_country

)

select * from aggregated
