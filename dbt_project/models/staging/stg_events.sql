{{ config(test_window={"kind": "ingested_events"}) }}

with

source as (

    select * from {{ source('raw', 'events') }}

),

renamed as (

    {{ stg_events_select('source') }}

)

select * from renamed
