"""The one place that assembles eventpipe's Dagster Definitions."""

import dagster as dg

from orchestration.defs.assets import code_events, ingest_articles
from orchestration.defs.automation import daily_schedule, eventpipe_job, inbox_sensor
from orchestration.defs.checks import articles_meet_contract, events_meet_contract
from orchestration.defs.dbt import dbt_resource, warehouse_models
from orchestration.defs.reports import trend_report
from orchestration.defs.resources import default_resources

defs = dg.Definitions(
    assets=[ingest_articles, code_events, warehouse_models, trend_report],
    asset_checks=[articles_meet_contract, events_meet_contract],
    jobs=[eventpipe_job],
    schedules=[daily_schedule],
    sensors=[inbox_sensor],
    resources={**default_resources(), "dbt": dbt_resource()},
)
