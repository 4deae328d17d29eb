{#
    Fails for every combination of `combination_of_columns` that occurs more than once.
    Nulls count as a value (two rows with the same nulls are duplicates), as in a grain check.
#}
{% test unique_combination(model, combination_of_columns) %}

{%- set columns = combination_of_columns | join(', ') %}

select
    {{ columns }},
    count(*) as n_records

from {{ model }}
group by {{ columns }}
having count(*) > 1

{% endtest %}
