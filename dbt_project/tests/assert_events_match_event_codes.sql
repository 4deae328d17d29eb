-- Each event's root, quad class and Goldstein value are those of its code in the code table
-- (the coder and the seed both derive from cameo_codes.tsv; a mismatch means they drifted).
-- Returns the offending events; the test passes when it returns none.

select
    events.event_id,
    events.cameo_code,
    events.root,
    event_codes.root as expected_root,
    events.quad_class,
    event_codes.quad_class as expected_quad_class,
    events.goldstein,
    event_codes.goldstein as expected_goldstein

from {{ ref('fct_events') }} as events
inner join {{ ref('dim_event_codes') }} as event_codes
    on events.cameo_code = event_codes.code

where events.root <> event_codes.root
    or events.quad_class <> event_codes.quad_class
    or abs(events.goldstein - event_codes.goldstein) > 1e-9
