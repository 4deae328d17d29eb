{#
    The surrogate key of a GDELT-style event: the first 20 hex digits of md5 over the day, both
    actors (code, country, role) and the CAMEO code. Stable: it depends on nothing but those
    values, so incremental runs, full refreshes and later loads give an event the same key.
    Null parts hash as empty strings; the '|' separators keep the positions apart.
#}
{% macro event_key() -%}
    left(md5(
        {%- for column in varargs %}
        coalesce(cast({{ column }} as varchar), ''){{ " || '|' ||" if not loop.last }}
        {%- endfor %}
    ), 20)
{%- endmacro %}
