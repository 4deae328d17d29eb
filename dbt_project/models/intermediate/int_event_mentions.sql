-- Every coded event mention joined with its article: the day it is counted on, the story it
-- belongs to, and the surrogate key of the GDELT-style event it is a mention of
-- (the select is the macro event_mentions_select, shared with fct_event_mentions).

{{ event_mentions_select(ref('stg_events'), ref('stg_articles')) }}
