{#
    The select of stg_events over a relation with the columns of raw.events, so that the
    incremental path of fct_event_mentions can apply it to just the new rows of the source
    (see fct_event_mentions.sql) and stay in step with the staging view.
#}
{% macro stg_events_select(source_relation) %}

    select

        ----------  ids
        cast(event_id as varchar) as event_id,
        cast(article_id as varchar) as article_id,

        ---------- sentence
        cast(sentence_index as integer) as sentence_index,
        cast(sentence as varchar) as sentence,
        cast(language as varchar) as language,

        ---------- actors
        cast(source_actor as varchar) as source_actor,
        cast(source_country as varchar) as source_country,
        cast(source_role as varchar) as source_role,
        cast(target_actor as varchar) as target_actor,
        cast(target_country as varchar) as target_country,
        cast(target_role as varchar) as target_role,

        ---------- event code
        cast(cameo_code as varchar) as cameo_code,
        cast(root as varchar) as root,
        cast(quad_class as integer) as quad_class,
        cast(goldstein as double) as goldstein,

        ---------- dates
        cast(event_date as date) as event_date,
        cast(coded_at as timestamp) as coded_at,

        ---------- provenance
        cast(confidence as double) as confidence,
        cast(rule as varchar) as rule,
        cast(coder_version as varchar) as coder_version,
        cast(source_start as integer) as source_start,
        cast(source_end as integer) as source_end,
        cast(target_start as integer) as target_start,
        cast(target_end as integer) as target_end,
        cast(trigger_start as integer) as trigger_start,
        cast(trigger_end as integer) as trigger_end

    from {{ source_relation }}

{% endmacro %}
