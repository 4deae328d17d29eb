with

source as (

    select * from {{ source('raw', 'quarantine') }}

),

renamed as (

    select

        ----------  ids
        cast(quarantine_key as varchar) as quarantine_key,
        cast(table_name as varchar) as table_name,
        cast(record_id as varchar) as record_id,

        ---------- why
        cast(failed_check as varchar) as failed_check,
        cast(payload as varchar) as payload,

        ---------- timestamps
        cast(quarantined_at as timestamp) as quarantined_at

    from source

)

select * from renamed
