"""The one place that assembles eventpipe's Dagster Definitions."""

import dagster as dg

from orchestration.defs.assets import articles, code_events, land_inbox
from orchestration.defs.automation import daily_eventpipe, eventpipe_job, freshness_checks, freshness_sensor, inbox_sensor, land_inbox_job
from orchestration.defs.dbt import dbt_resource, warehouse_daily_models, warehouse_models
from orchestration.defs.reports import trend_report
from orchestration.defs.resources import default_resources
from orchestration.defs.serving import serving_warehouse

defs = dg.Definitions(
    assets=[land_inbox, articles, code_events, warehouse_models, warehouse_daily_models, trend_report, serving_warehouse],
    asset_checks=[*freshness_checks],
    jobs=[eventpipe_job, land_inbox_job],
    schedules=[daily_eventpipe],
    sensors=[inbox_sensor, freshness_sensor],
    resources={**default_resources(), "dbt": dbt_resource()},
)
