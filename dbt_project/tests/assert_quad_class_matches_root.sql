-- The quad class of every code, mention and event is the one its root falls in (roots 01-05
-- verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material
-- conflict: the quad_classes seed). Returns the offending rows.

with

coded as (

    select 'dim_event_codes' as model, code as record_id, root, quad_class
    from {{ ref('dim_event_codes') }}

    union all

    select 'fct_event_mentions' as model, mention_id as record_id, root, quad_class
    from {{ in_test_scope('fct_event_mentions') }}

    union all

    select 'fct_events' as model, event_key as record_id, root, quad_class
    from {{ in_test_scope('fct_events') }}

),

expected as (

    select
        coded.*,
        quad_classes.quad_class as expected_quad_class
    from coded
    left join {{ ref('quad_classes') }} as quad_classes
        on coded.root between quad_classes.first_root and quad_classes.last_root

)

select *
from expected
where expected_quad_class is null
    or quad_class <> expected_quad_class
