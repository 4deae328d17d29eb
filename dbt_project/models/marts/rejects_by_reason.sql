with

rejected_records as (

    select * from {{ ref('stg_rejected_records') }}

),

aggregated as (

    select

        reason,
        count(*) as records,
        count(distinct source_file) as source_files,
        min(rejected_at) as first_rejected_at,
        max(rejected_at) as last_rejected_at

    from rejected_records
    group by reason

)

select * from aggregated
