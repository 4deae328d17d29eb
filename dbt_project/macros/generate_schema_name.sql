{#
    Use the configured schema name as is (`staging`, `intermediate`, `marts`, `seeds`)
    instead of dbt's default `<target schema>_<custom schema>` (e.g. `main_staging`).
    Nodes without a configured schema go to the target schema.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
