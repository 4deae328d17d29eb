with

countries as (

    select * from {{ ref('countries') }}

),

final as (

    select

        code,
        name,
        kind,
        role,
        region,
        subregion,
        kind = 'state' as is_state

    from countries

)

select * from final
