-- A calendar covering every event day: from the Monday of the week of 1 January of the first
-- year with events to 31 December of the last year with events.

with

bounds as (

    select
        cast(date_trunc('week', date_trunc('year', min(event_day))) as date) as first_day,
        cast(date_trunc('year', max(event_day)) + interval 1 year - interval 1 day as date) as last_day
    from {{ ref('fct_event_mentions') }}
    where event_day is not null

),

spine as (

    select cast(generate_series as date) as date_day
    from bounds,
        generate_series(bounds.first_day, bounds.last_day, interval 1 day)
    where bounds.first_day is not null

),

final as (

    select

        date_day,
        cast(date_trunc('week', date_day) as date) as week_start,
        cast(date_trunc('month', date_day) as date) as month_start,
        cast(date_trunc('quarter', date_day) as date) as quarter_start,
        cast(year(date_day) as integer) as year,
        cast(quarter(date_day) as integer) as quarter,
        cast(month(date_day) as integer) as month,
        monthname(date_day) as month_name,
        cast(isoyear(date_day) as integer) as iso_year,
        cast(weekofyear(date_day) as integer) as iso_week,
        cast(isodow(date_day) as integer) as iso_day_of_week,
        dayname(date_day) as day_name,
        cast(dayofyear(date_day) as integer) as day_of_year,
        isodow(date_day) >= 6 as is_weekend

    from spine

)

select * from final
