{#
    on-run-start (run, build and seed only): drop each selected incremental mart (and seed) that
    this run would otherwise fail on or corrupt, so that the run rebuilds it in full:
      - its columns differ from the columns documented in its .yml (the model or the seed CSV
        changed shape: an incremental insert, or a seed's truncate-and-load, would fail);
      - for incremental marts, the coder versions in fct_event_mentions differ from those in
        raw.events (the events were re-coded with another coder: every mart derived from them
        is stale).
    Returns no SQL.
#}
{% macro drop_stale_incremental_marts() %}
    {%- if execute and flags.WHICH in ('run', 'build', 'seed') -%}
        {%- set incremental_nodes = [] -%}
        {%- for node in graph.nodes.values() -%}
            {%- if ((node.resource_type == 'model' and node.config.materialized == 'incremental') or node.resource_type == 'seed')
                    and node.unique_id in selected_resources -%}
                {%- do incremental_nodes.append(node) -%}
            {%- endif -%}
        {%- endfor -%}

        {%- set coder_changed = false -%}
        {%- set mentions = adapter.get_relation(database=target.database, schema='marts', identifier='fct_event_mentions') -%}
        {%- set raw_events = adapter.get_relation(database=target.database, schema='raw', identifier='events') -%}
        {%- if mentions is not none and raw_events is not none -%}
            {%- set changed = run_query(
                "select count(*) from ("
                ~ "(select distinct coder_version from " ~ raw_events ~ ") "
                ~ "except (select distinct coder_version from " ~ mentions ~ ")) "
                ~ "union all select count(*) from ("
                ~ "(select distinct coder_version from " ~ mentions ~ ") "
                ~ "except (select distinct coder_version from " ~ raw_events ~ "))"
            ).columns[0].values() | sum -%}
            {%- set coder_changed = changed > 0 -%}
        {%- endif -%}

        {%- set dropped = [] -%}
        {%- for node in incremental_nodes -%}
            {%- set relation = adapter.get_relation(database=node.database, schema=node.schema, identifier=node.alias) -%}
            {%- if relation is not none -%}
                {%- set existing = adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | sort -%}
                {%- set documented = node.columns.keys() | map('lower') | sort -%}
                {%- set recoded = coder_changed and node.resource_type == 'model' -%}
                {%- if recoded or existing != documented -%}
                    {{ log("eventpipe: rebuilding " ~ relation ~ " in full ("
                           ~ ("coder version changed" if recoded else "columns changed") ~ ")", info=true) }}
                    {%- do adapter.drop_relation(relation) -%}
                    {%- do dropped.append(relation) -%}
                {%- endif -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if dropped -%}
            {#- hooks run outside the models' transactions: make the drops stick -#}
            {%- do adapter.commit() -%}
        {%- endif -%}
    {%- endif -%}
{% endmacro %}
