{#
    Incremental marts recompute a window of their rows on each run and leave the rest alone.

    The window of a mart keyed by a period column (event_day, week_start or month_start) is the
    union of
      (a) every period from `lookback_days` before the latest one the mart holds, onwards: the new
          day and the few before it that late articles may still change; and
      (b) the periods of the event days touched by articles ingested within `lookback_days` of
          the latest ingestion (raw.articles), or by events coded within `lookback_days` of the
          latest coding: a new article about an old day (a stated date) reopens that day,
          however old it is; `span_days` extends each such day forward for marts whose rows
          depend on earlier days (rolling windows, week-over-week changes). fct_events, whose
          rows each aggregate the mentions of one event_key, reopens instead only the event keys
          of those mentions (window kind 'keys', see arrival_keys).
    fct_event_mentions, at the bottom, is windowed on its own rows: a mention is recomputed when
    its event_day is within `lookback_days` of the latest one, its article was ingested within
    `lookback_days` of the latest ingestion, or it was coded after the latest coding the mart
    holds (an article coded days after it was ingested). The lookbacks count back from the
    latest ingestion in raw.articles, not from the mart's own: after a backfill loaded in one
    go, the next day's run then recomputes that day and not the whole backfill.

    A Dagster partition run adds its partition window (vars partition_start and partition_end,
    inclusive ISO dates): every mention of an article whose partition day (publication date, else
    ingestion date) lies in the window is recomputed, and (c) the periods of those mentions'
    event days are recomputed in every mart, so rerunning any partition gives what a full
    refresh gives for it.

    The `replace_window` strategy deletes every row of the window from the mart (and every row
    whose unique key comes back) and inserts the recomputed rows, so a window gives exactly what
    a full refresh gives, rows that vanished included.

    The window is computed once per use with run_query and written into the SQL as date
    literals, so that DuckDB prunes with them (zone maps) instead of joining every row to it.
#}

{% macro lookback_interval(days=none) -%}
    interval ({{ days if days is not none else var('lookback_days') }}) day
{%- endmacro %}


{#- The partition window of a Dagster partition run as {'start': 'YYYY-MM-DD', 'end': ...}, else none. -#}
{% macro partition_window() -%}
    {%- set start, end = var('partition_start', none), var('partition_end', none) -%}
    {%- if start and end -%}
        {{ return({'start': start, 'end': end}) }}
    {%- endif -%}
    {{ return(none) }}
{%- endmacro %}


{#- SQL: the partition day of a row with these publication-date and ingestion-time columns. -#}
{% macro partition_day(published='published', ingested_at='ingested_at') -%}
    coalesce({{ published }}, cast({{ ingested_at }} as date))
{%- endmacro %}


{#- SQL: the row's partition day lies in the partition window (false outside a partition run). -#}
{% macro in_partition_window(published='published', ingested_at='ingested_at') -%}
    {%- set window = partition_window() -%}
    {%- if window is none -%}
    false
    {%- else -%}
    {{ partition_day(published, ingested_at) }} between date '{{ window.start }}' and date '{{ window.end }}'
    {%- endif -%}
{%- endmacro %}


{#- The first value of the first row of a query (none when it returns nothing or null). -#}
{% macro scalar(sql) -%}
    {%- set result = run_query(sql) -%}
    {%- if result is none or result.rows | length == 0 -%}
        {{ return(none) }}
    {%- endif -%}
    {{ return(result.rows[0][0]) }}
{%- endmacro %}


{#-
    The periods to recompute, as a sorted list of [start, end] ISO dates (inclusive, merged);
    see the header. `anchor` and `anchor_column` give arm (a) its latest period (default: the
    mart itself); `mentions` is fct_event_mentions (default: ref()).
-#}
{% macro recompute_ranges(window, anchor=none, anchor_column=none, mentions=none) -%}
    {%- set grain = window.get('grain', 'day') -%}
    {%- set span = window.get('span_days', 0) -%}
    {%- set anchor = anchor if anchor is not none else this -%}
    {%- set anchor_column = anchor_column or window.column -%}
    {%- set mentions = mentions if mentions is not none else ref('fct_event_mentions') -%}
    {%- set query -%}
        with ranges as (
            select
                cast(date_trunc('{{ grain }}', max({{ anchor_column }}) - {{ lookback_interval() }}) as date) as window_start,
                date '9999-12-31' as window_end
            from {{ anchor }}
            union all
            select
                cast(date_trunc('{{ grain }}', arrivals.event_day) as date),
                cast(date_trunc('{{ grain }}', arrivals.event_day + {{ lookback_interval(span) }}) as date)
            from (
                select distinct event_day
                from {{ mentions }}
                where event_day is not null
                    and ({% if window.get('kind') != 'keys' -%}
                        ingested_at >= (select max(ingested_at) from {{ raw_articles_relation() }}) - {{ lookback_interval() }}
                        or coded_at >= (select max(coded_at) from {{ mentions }}) - {{ lookback_interval() }}
                        or {% endif -%}
                        {{ in_partition_window('published_date') }})
            ) as arrivals
        )
        select strftime(window_start, '%Y-%m-%d'), strftime(window_end, '%Y-%m-%d')
        from ranges
        where window_start is not null
        order by 1, 2
    {%- endset -%}
    {%- set merged = [] -%}
    {%- if execute and scalar("select count(*) from (select 1 from " ~ anchor ~ " where " ~ anchor_column ~ " is not null limit 1)") == 0 -%}
        {#- nothing to anchor on (an empty mart): recompute everything -#}
        {{ return([['0001-01-01', '9999-12-31']]) }}
    {%- endif -%}
    {%- if execute -%}
        {%- set step = {'day': 1, 'week': 7, 'month': 31, 'quarter': 92, 'year': 366}[grain] -%}
        {%- for row in run_query(query).rows -%}
            {%- set start, end = row[0], row[1] -%}
            {#- merge a range that overlaps or follows the previous one (the next period starts within `step` days) -#}
            {%- set next_after_last = (modules.datetime.date.fromisoformat(merged[-1][1]) + modules.datetime.timedelta(days=step)).isoformat() if merged and merged[-1][1] < '9999-01-01' else '9999-12-31' -%}
            {%- if merged and start <= next_after_last -%}
                {%- set last = merged.pop() -%}
                {%- do merged.append([last[0], end if end > last[1] else last[1]]) -%}
            {%- else -%}
                {%- do merged.append([start, end]) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(merged) }}
{%- endmacro %}


{#- SQL: `column` lies in one of the ranges (false when there are none). -#}
{% macro in_ranges(column, ranges) -%}
    {%- if not ranges -%}
        false
    {%- else -%}
    (
        {%- for start, end in ranges %}
        {{ "or " if not loop.first }}{{ column }} between date '{{ start }}' and date '{{ end }}'
        {%- endfor %}
    )
    {%- endif -%}
{%- endmacro %}


{#- raw.articles as a relation (from the graph, so that models and tests alike may use it). -#}
{% macro raw_articles_relation() -%}
    {%- set node = graph.sources['source.eventpipe.raw.articles'] -%}
    {{ return(api.Relation.create(database=node.database, schema=node.schema, identifier=node.identifier)) }}
{%- endmacro %}


{#-
    The watermarks of a mentions relation, as SQL literals ('null' when it is empty):
      event_day      its latest event day, minus the lookback;
      ingested_at    the latest ingestion of any article (raw.articles), minus the lookback. It is
                     the raw table's and not the relation's: after a backfill of a million
                     articles ingested in one go, the relation's own latest ingestion is the
                     backfill's, and "within the lookback of it" would reopen the whole backfill
                     on the next daily run;
      coded_at       the relation's latest coding time (no lookback): events coded after it are
                     new to the relation whenever their article was ingested;
      coded_recent   the relation's latest coding time, minus the lookback.
-#}
{% macro mention_watermarks(relation) -%}
    {%- set row = run_query(
        "select strftime(max(event_day) - " ~ lookback_interval() ~ ", '%Y-%m-%d'), "
        ~ "(select strftime(max(ingested_at) - " ~ lookback_interval() ~ ", '%Y-%m-%d %H:%M:%S.%f') from " ~ raw_articles_relation() ~ "), "
        ~ "strftime(max(coded_at), '%Y-%m-%d %H:%M:%S.%f'), "
        ~ "strftime(max(coded_at) - " ~ lookback_interval() ~ ", '%Y-%m-%d %H:%M:%S.%f') from " ~ relation
    ).rows[0] if execute else [none, none, none, none] -%}
    {%- if row[2] is none -%}  {#- coded_at is never null: an empty relation -#}
        {{ return({'event_day': 'null', 'ingested_at': 'null', 'coded_at': 'null', 'coded_recent': 'null'}) }}
    {%- endif -%}
    {{ return({
        'event_day': ("date '" ~ row[0] ~ "'") if row[0] is not none else 'null',
        'ingested_at': ("timestamp '" ~ row[1] ~ "'") if row[1] is not none else 'null',
        'coded_at': ("timestamp '" ~ row[2] ~ "'") if row[2] is not none else 'null',
        'coded_recent': ("timestamp '" ~ row[3] ~ "'") if row[3] is not none else 'null',
    }) }}
{%- endmacro %}


{#-
    SQL: the keys (window.key) of the mentions that arrived within the lookback: articles ingested
    within `lookback_days` of the latest ingestion, events coded within `lookback_days` of the
    latest coding. A mart whose rows each aggregate the mentions of one key (fct_events: one row
    per event_key) recomputes these keys instead of every day they touch (window kind 'keys'):
    a day's news that mentions 300 old days reopens 300 events, not 300 days of events.
-#}
{% macro arrival_keys(window, mentions=none) -%}
    {%- set mentions = mentions if mentions is not none else ref('fct_event_mentions') -%}
    {%- set marks = mention_watermarks(mentions) -%}
    select {{ window.key }} from {{ mentions }}
    where ingested_at >= {{ marks.ingested_at }} or coded_at >= {{ marks.coded_recent }}
{%- endmacro %}


{#- True for a row inside the recompute window; evaluated on new rows and on the mart's rows alike. -#}
{% macro in_recompute_window(window) -%}
    {%- if window.get('kind') == 'keys' -%}
    ({{ in_ranges(window.column, recompute_ranges(window)) }}
        or {{ window.key }} in ({{ arrival_keys(window) }}))
    {%- elif window.get('kind') == 'mentions' -%}
        {%- set marks = mention_watermarks(this) -%}
        {%- if marks.coded_at == 'null' -%}
    true
        {%- else -%}
    (event_day >= {{ marks.event_day }} or ingested_at >= {{ marks.ingested_at }}
        or coded_at > {{ marks.coded_at }} or {{ in_partition_window('published_date') }})
        {%- endif -%}
    {%- else -%}
    {{ in_ranges(window.column, recompute_ranges(window)) }}
    {%- endif -%}
{%- endmacro %}


{#- First period an incremental run must read from upstream: the window's start minus `history_days`. -#}
{% macro recompute_start(window, history_days=0) -%}
    {%- set ranges = recompute_ranges(window) -%}
    {%- if ranges -%}
    cast(date '{{ ranges[0][0] }}' - {{ lookback_interval(history_days) }} as date)
    {%- else -%}
    date '9999-12-31'
    {%- endif -%}
{%- endmacro %}


{#- The `replace_window` incremental strategy (config: recompute_window, unique_key). -#}
{% macro get_incremental_replace_window_sql(arg_dict) -%}
    {%- set target = arg_dict['target_relation'] -%}
    {%- set temp = arg_dict['temp_relation'] -%}
    {%- set unique_key = arg_dict['unique_key'] -%}
    {%- set window = config.get('recompute_window') -%}
    {%- if window is none -%}
        {{ exceptions.raise_compiler_error("replace_window needs a recompute_window config") }}
    {%- endif -%}
    {%- set key_columns = [unique_key] if unique_key is string else (unique_key or []) -%}
    {%- set columns = get_quoted_csv(arg_dict['dest_columns'] | map(attribute='name')) -%}

    delete from {{ target }}
    where {{ in_recompute_window(window) }}
    {%- if key_columns %}
        or ({{ key_columns | join(', ') }}) in (select {{ key_columns | join(', ') }} from {{ temp }})
    {%- endif -%};

    insert into {{ target }} ({{ columns }})
    select {{ columns }} from {{ temp }}
{%- endmacro %}
