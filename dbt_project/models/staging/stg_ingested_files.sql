with

source as (

    select * from {{ source('raw', 'ingested_files') }}

),

renamed as (

    select

        ----------  ids
        cast(source_file as varchar) as source_file,
        cast(content_hash as varchar) as content_hash,

        ---------- size
        cast(size_bytes as bigint) as size_bytes,
        cast(records as integer) as records,

        ---------- timestamps
        cast(ingested_at as timestamp) as ingested_at

    from source

)

select * from renamed
