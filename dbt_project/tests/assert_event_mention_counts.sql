-- fct_events' counts agree with fct_event_mentions: every event has as many mentions as
-- fct_event_mentions holds for its key (no event without mentions, no mentions without their
-- event), the same first/last seen and mean confidence, and no more stories or outlets than
-- mentions. (num_articles and num_sources are checked against hand-counted values in
-- tests/test_dbt_project.py: recounting distinct stories here would double a full refresh's
-- cost.) Returns the events that disagree.
-- (In an incremental run, the events in test scope: those of the lookback days and the event
-- keys of newly arrived mentions; see macros/test_scope.sql.)

with

events as (

    select * from {{ in_test_scope('fct_events') }}

),

recounted as (

    select
        event_key,
        count(*) as num_mentions,
        min(published_date) as first_seen,
        max(published_date) as last_seen,
        avg(confidence) as mean_confidence
    -- the mentions of the events in scope: those of its days and of its event keys
    from {{ in_test_scope('fct_event_mentions', scope_of='fct_events') }}
    where event_key is not null
    group by event_key

)

select
    coalesce(events.event_key, recounted.event_key) as event_key,
    events.num_mentions,
    recounted.num_mentions as mentions_counted,
    events.num_articles,
    events.num_sources
from events
-- both sides cover the same event days and keys (fct_events' test scope)
full outer join recounted
    on events.event_key = recounted.event_key
where events.event_key is null
    or recounted.event_key is null
    or events.num_mentions <> recounted.num_mentions
    or events.num_articles > events.num_mentions
    or events.num_sources > events.num_mentions
    or events.first_seen is distinct from recounted.first_seen
    or events.last_seen is distinct from recounted.last_seen
    or abs(events.mean_confidence - recounted.mean_confidence) > 1e-9
