with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select

        ----------  ids
        cast(article_id as varchar) as article_id,

        ---------- text
        cast(title as varchar) as title,
        cast(text as varchar) as article_text,
        cast(language as varchar) as language,
        cast(language_source as varchar) as language_source,

        ---------- provenance
        cast(url as varchar) as url,
        cast(source as varchar) as outlet,
        cast(text_hash as varchar) as text_hash,
        cast(source_file as varchar) as source_file,
        cast(source_line as integer) as source_line,

        ---------- dates
        cast(published as date) as published_date,
        cast(date_precision as varchar) as date_precision,
        cast(ingested_at as timestamp) as ingested_at

    from source

)

select * from renamed
