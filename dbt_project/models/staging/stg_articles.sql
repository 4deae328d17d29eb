{{ config(test_window={"kind": "ingested_articles"}) }}

with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select

        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(duplicate_of as varchar) as duplicate_of_article_id,
        -- the story an article belongs to: the first article of a group of near-duplicate wire copies
        cast(coalesce(duplicate_of, article_id) as varchar) as story_id,

        ---------- text
        cast(title as varchar) as title,
        cast(text as varchar) as article_text,
        cast(language as varchar) as language,
        cast(language_source as varchar) as language_source,

        ---------- provenance
        cast(url as varchar) as url,
        cast(canonical_url as varchar) as canonical_url,
        cast(source as varchar) as outlet,
        cast(text_hash as varchar) as text_hash,
        cast(source_file as varchar) as source_file,
        cast(source_line as integer) as source_line,
        coalesce(cast(is_summary as boolean), false) as is_summary,

        ---------- dates
        cast(published as date) as published_date,
        cast(date_precision as varchar) as date_precision,
        cast(ingested_at as timestamp) as ingested_at

    from source

)

select * from renamed
