{#
    Test scope. In a full refresh (or with --vars '{test_all_rows: true}') every test checks every
    row. In an incremental run, the tests of an incremental mart check the rows the run may have
    changed: the periods of the days from `lookback_days` before the latest event day onwards and
    of the days touched by articles ingested within `lookback_days` of the latest ingestion
    (or by events coded within `lookback_days` of the latest coding)
    (extended by the mart's span_days), for fct_events the events of the lookback days and the
    event keys of those articles' mentions, and for fct_event_mentions the mentions of those days
    or of those articles. Rows outside were checked when they were written and the run left them alone.
    The tests of the staging views of raw.articles and raw.events (config test_window) check the
    articles ingested within `lookback_days` of the latest ingestion, and their events (the raw
    tables' primary keys keep ids unique across the rest).
    So a daily run costs in proportion to the day, tests included. On a first build, every row
    was just ingested, so every row is in scope.
#}

{% macro tests_cover_every_row() -%}
    {{ return(flags.FULL_REFRESH or var('test_all_rows', false)) }}
{%- endmacro %}


{#- The fct_event_mentions relation, from the graph (tests may not ref() what they do not declare). -#}
{% macro mentions_relation() -%}
    {%- set node = graph.nodes['model.eventpipe.fct_event_mentions'] -%}
    {{ return(api.Relation.create(database=node.database, schema=node.schema, identifier=node.alias)) }}
{%- endmacro %}


{#-
    SQL predicate selecting the in-scope rows of a mart with this recompute_window; 'true' when
    every row is. Computed once per window and dbt invocation (tests run after
    fct_event_mentions is built, and it does not change during the rest of the invocation), and
    kept in a cache on the graph so that the many tests of a mart do not query for it again.
-#}
{% macro test_scope_predicate(window) -%}
    {%- if not execute or tests_cover_every_row() or window is none -%}
        {{ return('true') }}
    {%- endif -%}
    {%- set cache = graph.setdefault('eventpipe_test_scope', {}) -%}
    {%- set key = invocation_id ~ ':' ~ tojson(window) -%}
    {%- if key not in cache -%}
        {%- set mentions = mentions_relation() -%}
        {%- if window.get('kind') in ('ingested_articles', 'ingested_events') -%}
            {%- set articles = raw_articles_relation() -%}
            {%- set since = scalar("select strftime(max(ingested_at) - " ~ lookback_interval() ~ ", '%Y-%m-%d %H:%M:%S.%f') from " ~ articles) -%}
            {%- if since is none -%}
                {%- set predicate = 'true' -%}
            {%- elif window.kind == 'ingested_articles' -%}
                {%- set predicate = "ingested_at >= timestamp '" ~ since ~ "'" -%}
            {%- else -%}
                {%- set predicate = "article_id in (select article_id from " ~ articles ~ " where ingested_at >= timestamp '" ~ since ~ "')" -%}
            {%- endif -%}
        {%- elif window.get('kind') == 'keys' -%}
            {%- set ranges = recompute_ranges(window, anchor=mentions, anchor_column='event_day', mentions=mentions) -%}
            {%- set predicate = '(' ~ in_ranges('{column}', ranges) ~ ' or ' ~ window.key ~ ' in (' ~ arrival_keys(window, mentions) ~ '))' -%}
        {%- elif window.get('kind') == 'mentions' -%}
            {%- set day_ranges = recompute_ranges({'column': 'event_day', 'grain': 'day'}, anchor=mentions, anchor_column='event_day', mentions=mentions) -%}
            {%- set marks = mention_watermarks(mentions) -%}
            {%- set predicate = '(ingested_at >= ' ~ marks.ingested_at ~ ' or coded_at >= ' ~ marks.coded_recent ~ ' or ' ~ in_ranges('event_day', day_ranges) ~ ')' -%}
        {%- else -%}
            {%- set predicate = in_ranges('{column}', recompute_ranges(window, anchor=mentions, anchor_column='event_day', mentions=mentions)) -%}
        {%- endif -%}
        {%- do cache.update({key: predicate}) -%}
    {%- endif -%}
    {{ return(cache[key] | replace('{column}', window.get('column', ''))) }}
{%- endmacro %}


{#- A generic test's model: filtered to the test scope when it is an incremental mart (see above). -#}
{% macro duckdb__get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- set attached = graph.nodes.get(model.attached_node) if execute and model.attached_node else none -%}
    {%- set window = (attached.config.get('test_window') or attached.config.get('recompute_window')) if attached is not none else none -%}
    {%- set scope = test_scope_predicate(window) if window is not none else 'true' -%}
    {%- if where or scope != 'true' -%}
        {%- set filtered -%}
            (select * from {{ relation }} where ({{ where or 'true' }}) and {{ scope }}) dbt_subquery
        {%- endset -%}
        {{ return(filtered) }}
    {%- else -%}
        {{ return(relation) }}
    {%- endif -%}
{%- endmacro %}


{#- For singular tests: the in-scope rows of the mart `name` as a subquery; with `scope_of`, the
    rows of `name` in the scope of that other mart (whose window columns `name` must also have). -#}
{% macro in_test_scope(name, scope_of=none) -%}
    {%- set relation = ref(name) -%}
    {%- set node = graph.nodes.get('model.eventpipe.' ~ (scope_of or name)) if execute else none -%}
    {%- set scope = test_scope_predicate(node.config.get('test_window') or node.config.get('recompute_window')) if node is not none else 'true' -%}
    {%- if scope == 'true' -%}
        {{ relation }}
    {%- else -%}
        (select * from {{ relation }} where {{ scope }})
    {%- endif -%}
{%- endmacro %}
