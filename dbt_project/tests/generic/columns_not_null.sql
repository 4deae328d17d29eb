{#
    Model-level not_null over many columns at once (one query instead of one per column): fails
    for every row where one of `columns` is null, naming the first such column.
#}
{% test columns_not_null(model, columns) %}

select
    case
        {%- for column in columns %}
        when {{ column }} is null then '{{ column }}'
        {%- endfor %}
    end as null_column
from {{ model }}
where {% for column in columns %}{{ column }} is null{{ " or " if not loop.last }}{% endfor %}

{% endtest %}
