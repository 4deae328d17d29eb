-- Goldstein values lie in [-10, 10]: in the code table, on every mention and on every event.
-- Returns the offending rows; the test passes when it returns none.

select 'dim_event_codes' as model, code as record_id, goldstein
from {{ ref('dim_event_codes') }}
where goldstein < -10 or goldstein > 10

union all

select 'fct_event_mentions' as model, mention_id as record_id, goldstein
from {{ in_test_scope('fct_event_mentions') }}
where goldstein < -10 or goldstein > 10

union all

select 'fct_events' as model, event_key as record_id, goldstein
from {{ in_test_scope('fct_events') }}
where goldstein < -10 or goldstein > 10
