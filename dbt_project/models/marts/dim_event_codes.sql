with

event_codes as (

    select * from {{ ref('cameo_event_codes') }}

),

quad_classes as (

    select * from {{ ref('quad_classes') }}

),

plover as (

    select * from {{ ref('cameo_plover') }}

),

final as (

    select

        event_codes.code,
        event_codes.label,
        event_codes.root,
        roots.label as root_label,
        length(event_codes.code) - 1 as code_level,
        event_codes.quad_class,
        quad_classes.quad_class_key,
        quad_classes.quad_class_name,
        event_codes.goldstein,
        plover.plover_event_type

    from event_codes
    left join quad_classes
        on event_codes.quad_class = quad_classes.quad_class
    left join event_codes as roots
        on event_codes.root = roots.code
    left join plover
        on event_codes.code = plover.code

)

select * from final
