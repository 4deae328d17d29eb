-- Each mention's and each event's root, quad class and Goldstein value equal those of its code
-- in the code table (the coder and the seed both derive from cameo_codes.tsv; a mismatch means
-- they drifted). Returns the offending rows; the test passes when it returns none.

with

coded as (

    select 'fct_event_mentions' as model, mention_id as record_id, cameo_code, root, quad_class, goldstein
    from {{ in_test_scope('fct_event_mentions') }}

    union all

    select 'fct_events' as model, event_key as record_id, cameo_code, root, quad_class, goldstein
    from {{ in_test_scope('fct_events') }}

)

select
    coded.model,
    coded.record_id,
    coded.cameo_code,
    coded.root,
    event_codes.root as expected_root,
    coded.quad_class,
    event_codes.quad_class as expected_quad_class,
    coded.goldstein,
    event_codes.goldstein as expected_goldstein

from coded
inner join {{ ref('dim_event_codes') }} as event_codes
    on coded.cameo_code = event_codes.code

where coded.root <> event_codes.root
    or coded.quad_class <> event_codes.quad_class
    or abs(coded.goldstein - event_codes.goldstein) > 1e-9
