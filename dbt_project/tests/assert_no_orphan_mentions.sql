-- No orphan mentions: every dated mention belongs to an event of fct_events with the same day
-- and CAMEO code, and an undated mention to none. (Mentions' articles are checked by the
-- relationships test on fct_event_mentions.article_id; events without mentions by
-- assert_event_mention_counts.) Returns the orphans.
-- (In an incremental run, the mentions in test scope: see macros/test_scope.sql.)

with

mentions as (

    select mention_id, event_key, event_day, cameo_code from {{ in_test_scope('fct_event_mentions') }}

),

events as (

    select event_key, event_day, cameo_code from {{ ref('fct_events') }}

)

select 'mention without its event' as problem, mentions.mention_id as record_id
from mentions
left join events
    on mentions.event_key = events.event_key
where mentions.event_day is not null
    and (
        events.event_key is null
        or events.event_day <> mentions.event_day
        or events.cameo_code <> mentions.cameo_code
    )

union all

select 'undated mention with an event key' as problem, mention_id as record_id
from mentions
where event_day is null
    and event_key is not null
