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
        kind = 'state' as is_state,
        iso_alpha2,
        iso_alpha3,
        iso_numeric,
        region,
        subregion

    from countries

)

select * from final
