"""The trend report asset: an HTML report of the trend marts, with a chart in the asset's metadata.

The work is in orchestration.reports (no Dagster there); this wraps it as an asset of the
`reports` group that depends on the marts it reads.
"""

import base64

import dagster as dg
import duckdb

from orchestration.defs.resources import WarehouseResource
from orchestration.reports import reports_dir, write_report

MARTS_READ = ["fct_events", "fct_event_mentions", "dim_event_codes", "dyad_daily_trends", "dyad_cc_index", "dyad_weekly_movers"]


@dg.asset(
    group_name="reports",
    deps=[dg.AssetKey(["marts", name]) for name in MARTS_READ],
    pool="duckdb_writer",  # reads the warehouse: not while a writer holds it
    description=(
        "HTML trend report in data/reports/ (EVENTPIPE_REPORTS): the conflict-cooperation index of the "
        "top dyads over time, events per CAMEO root by week, the last week's spikes and top movers."
    ),
)
def trend_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    con = duckdb.connect(warehouse.path, read_only=True)
    try:
        result = write_report(con, reports_dir())
    finally:
        con.close()
    context.log.info("trend report: %s", result.summary)
    image = base64.b64encode(result.png).decode("ascii")
    dyads = "\n".join(f"| {row.dyad} | {row.events} |" for row in result.data.top_dyads.itertuples()) or "| — | 0 |"
    return dg.MaterializeResult(
        metadata={
            "report": dg.MetadataValue.path(str(result.html_path)),
            "chart_png": dg.MetadataValue.path(str(result.png_path)),
            "chart": dg.MetadataValue.md(f"![trend report](data:image/png;base64,{image})"),
            "top_dyads": dg.MetadataValue.md("| dyad | events |\n|---|---|\n" + dyads),
            "latest_day": str(result.summary["latest_day"]),
            "events": result.summary["events"],
            "spikes_last_week": result.summary["spikes_last_week"],
            "movers_last_week": result.summary["movers_last_week"],
        }
    )
