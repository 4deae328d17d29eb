{#
    Model-level range check over many columns at once: `ranges` maps a column to [min, max]
    (either may be null for no bound). Fails for every row with a value out of its range; nulls
    pass.
#}
{% test columns_between(model, ranges) %}

select
    case
        {%- for column, bounds in ranges.items() %}
        when {{ column }} < {{ bounds[0] if bounds[0] is not none else column }}
            or {{ column }} > {{ bounds[1] if bounds[1] is not none else column }} then '{{ column }}'
        {%- endfor %}
    end as column_out_of_range
from {{ model }}
where false
{%- for column, bounds in ranges.items() %}
    {%- if bounds[0] is not none %}
    or {{ column }} < {{ bounds[0] }}
    {%- endif %}
    {%- if bounds[1] is not none %}
    or {{ column }} > {{ bounds[1] }}
    {%- endif %}
{%- endfor %}

{% endtest %}
