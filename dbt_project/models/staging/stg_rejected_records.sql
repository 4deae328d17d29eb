with

source as (

    select * from {{ source('raw', 'rejected_records') }}

),

renamed as (

    select

        ----------  ids
        cast(record_key as varchar) as record_key,
        cast(duplicate_of as varchar) as duplicate_of_article_id,

        ---------- where
        cast(source_file as varchar) as source_file,
        cast(source_line as integer) as source_line,

        ---------- why
        cast(reason as varchar) as reason,
        cast(detail as varchar) as detail,
        cast(excerpt as varchar) as excerpt,

        ---------- timestamps
        cast(rejected_at as timestamp) as rejected_at

    from source

)

select * from renamed
