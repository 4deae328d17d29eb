"""The trend report: an HTML page of Altair charts over the trend marts.

Three charts and two tables, from the marts dbt builds:

- the conflict-cooperation index over time (7-day rolling, from `dyad_cc_index`) of the dyads
  with most events;
- events per CAMEO root, week by week (`fct_events` with `dim_event_codes`);
- the last week's spikes: the dyad-days of the last 7 days of data with the largest conflict or
  cooperation z-scores (`dyad_cc_index`), spikes highlighted;
- tables of those spikes and of the week's top movers (`dyad_weekly_movers`).

The charts are rendered to SVG by vl-convert and inlined, so the page is one self-contained file
that opens offline; the same charts, stacked, are rendered to one PNG (for the Dagster UI).
Pure code over a DuckDB connection: no Dagster import.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from dataclasses import dataclass, field
from pathlib import Path

import altair as alt
import duckdb
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
REPORT_NAME = "trend_report"
SPIKE_Z = 2.0  # the dbt var spike_z; only draws the threshold line


def reports_dir() -> Path:
    """Where reports go: EVENTPIPE_REPORTS (relative values against the repository root), default data/reports."""
    value = os.environ.get("EVENTPIPE_REPORTS") or "data/reports"
    path = Path(value).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


@dataclass
class ReportData:
    """What the report shows, read from the marts."""

    latest_day: dt.date | None
    first_day: dt.date | None
    totals: dict[str, int]
    top_dyads: pd.DataFrame  # source_country, target_country, dyad, events
    index_series: pd.DataFrame  # event_day, dyad, cc_index_7d, cc_index_30d, events
    root_series: pd.DataFrame  # week_start, root, root_label, events
    spikes: pd.DataFrame  # event_day, dyad, kind, events, z, is_spike
    movers: pd.DataFrame  # week_start, mover_rank, dyad, direction, previous_events, events, goldstein_change, cc_index_change


@dataclass
class ReportResult:
    html_path: Path
    png_path: Path
    png: bytes
    data: ReportData
    summary: dict[str, object] = field(default_factory=dict)


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


def load_report_data(con: duckdb.DuckDBPyConnection, top: int = 5, spikes: int = 15) -> ReportData:
    """Read the report's series from the marts (`top` dyads by events, `spikes` largest z-scores)."""
    bounds = con.execute("select min(event_day), max(event_day) from marts.fct_events").fetchall()[0]
    first_day, latest_day = bounds
    totals = {
        "mentions": con.execute("select count(*) from marts.fct_event_mentions").fetchall()[0][0],
        "events": con.execute("select count(*) from marts.fct_events").fetchall()[0][0],
        "dyads": con.execute("select count(*) from (select distinct source_country, target_country from marts.dyad_daily_trends)").fetchall()[0][0],
    }
    top_dyads = _frame(
        con,
        """
        select source_country, target_country, source_country || ' → ' || target_country as dyad,
            sum(events) as events
        from marts.dyad_daily_trends
        group by source_country, target_country
        order by events desc, source_country, target_country
        limit ?
        """,
        [top],
    )
    index_series = _index_series(con, top_dyads)
    root_series = _frame(
        con,
        """
        select cast(date_trunc('week', events.event_day) as date) as week_start, events.root,
            events.root || ' ' || replace(codes.label, ' (root)', '') as root_label, count(*) as events
        from marts.fct_events as events
        join marts.dim_event_codes as codes on codes.code = events.root
        group by all
        order by week_start, events.root
        """,
    )
    spike_frame = _frame(
        con,
        """
        with last_week as (
            select * from marts.dyad_cc_index
            where event_day > (select max(event_day) from marts.dyad_cc_index) - interval 7 day
        ),
        scored as (
            select event_day, source_country || ' → ' || target_country as dyad, 'conflict' as kind,
                conflict_events as events, conflict_z as z, is_conflict_spike as is_spike
            from last_week
            union all
            select event_day, source_country || ' → ' || target_country, 'cooperation',
                cooperation_events, cooperation_z, is_cooperation_spike
            from last_week
        )
        select * from scored
        where events > 0
        order by is_spike desc, z desc, event_day desc, dyad, kind
        limit ?
        """,
        [spikes],
    )
    movers = _frame(
        con,
        """
        select week_start, mover_rank, source_country || ' → ' || target_country as dyad, direction,
            previous_events, events, goldstein_change, cc_index_change
        from marts.dyad_weekly_movers
        where week_start = (select max(week_start) from marts.dyad_weekly_movers)
        order by mover_rank
        """,
    )
    return ReportData(latest_day, first_day, totals, top_dyads, index_series, root_series, spike_frame, movers)


def _index_series(con: duckdb.DuckDBPyConnection, top_dyads: pd.DataFrame) -> pd.DataFrame:
    pairs = top_dyads[["source_country", "target_country"]]
    con.register("report_top_dyads", pairs)
    try:
        return _frame(
            con,
            """
            select idx.event_day, idx.source_country || ' → ' || idx.target_country as dyad,
                idx.cc_index, idx.cc_index_7d, idx.cc_index_30d, idx.events
            from marts.dyad_cc_index as idx
            join report_top_dyads using (source_country, target_country)
            order by dyad, idx.event_day
            """,
        )
    finally:
        con.unregister("report_top_dyads")


def _empty(message: str) -> alt.Chart:
    return alt.Chart(pd.DataFrame({"message": [message]})).mark_text(size=14, color="#666").encode(text="message:N").properties(width=640, height=60)


def build_charts(data: ReportData) -> dict[str, alt.Chart]:
    """The report's three charts: index over time, events per root, the last week's spikes."""
    charts: dict[str, alt.Chart] = {}

    if data.index_series.empty:
        charts["index"] = _empty("no dyad has events yet").properties(title="Conflict–cooperation index, top dyads")
    else:
        series = data.index_series.assign(event_day=pd.to_datetime(data.index_series["event_day"]))
        charts["index"] = (
            alt.Chart(series)
            .mark_line(point=len(series) < 200, interpolate="monotone")
            .encode(
                x=alt.X("event_day:T", title=None),
                y=alt.Y("cc_index_7d:Q", title="index, 7-day rolling", scale=alt.Scale(domain=[-1, 1])),
                color=alt.Color("dyad:N", title="dyad (source → target)"),
                tooltip=["dyad:N", alt.Tooltip("event_day:T", title="day"), alt.Tooltip("cc_index_7d:Q", format=".2f"),
                         alt.Tooltip("cc_index_30d:Q", format=".2f"), "events:Q"],
            )
            .properties(width=640, height=260, title="Conflict–cooperation index of the most active dyads (+1 cooperation, −1 conflict)")
        )

    if data.root_series.empty:
        charts["roots"] = _empty("no events yet").properties(title="Events per CAMEO root, by week")
    else:
        roots = data.root_series.assign(week_start=pd.to_datetime(data.root_series["week_start"]))
        charts["roots"] = (
            alt.Chart(roots)
            .mark_bar()
            .encode(
                x=alt.X("week_start:T", title="week"),
                y=alt.Y("events:Q", title="events", stack="zero"),
                color=alt.Color("root_label:N", title="CAMEO root", sort=alt.SortField("root")),
                order=alt.Order("root:N"),
                tooltip=[alt.Tooltip("week_start:T", title="week"), "root_label:N", "events:Q"],
            )
            .properties(width=640, height=260, title="Events per CAMEO root, week by week")
        )

    if data.spikes.empty:
        charts["spikes"] = _empty("no dyad had events in the last 7 days").properties(title="The last week's spikes")
    else:
        spikes = data.spikes.assign(
            label=data.spikes["dyad"] + " · " + pd.to_datetime(data.spikes["event_day"]).dt.strftime("%d %b"),
            status=data.spikes["is_spike"].map({True: "spike", False: "below threshold"}),
        )
        bars = (
            alt.Chart(spikes)
            .mark_bar()
            .encode(
                y=alt.Y("label:N", title=None, sort=alt.SortField("z", order="descending")),
                x=alt.X("z:Q", title="z-score against the previous 90 days"),
                color=alt.Color("kind:N", title="events", scale=alt.Scale(domain=["conflict", "cooperation"], range=["#c0392b", "#2e86c1"])),
                opacity=alt.Opacity("status:N", title=None, scale=alt.Scale(domain=["spike", "below threshold"], range=[1.0, 0.35])),
                tooltip=["dyad:N", alt.Tooltip("event_day:T", title="day"), "kind:N", "events:Q", alt.Tooltip("z:Q", format=".1f"), "status:N"],
            )
        )
        threshold = alt.Chart(pd.DataFrame({"z": [SPIKE_Z]})).mark_rule(strokeDash=[4, 4], color="#555").encode(x="z:Q")
        charts["spikes"] = (bars + threshold).properties(width=640, height=max(60, 18 * len(spikes)), title="The last week's spikes (largest z-scores of the last 7 days)")
    return charts


def combined_chart(charts: dict[str, alt.Chart]) -> alt.VConcatChart:
    return alt.vconcat(*charts.values()).resolve_scale(color="independent", opacity="independent")


def _table(frame: pd.DataFrame, columns: dict[str, str], empty: str) -> str:
    if frame.empty:
        return f"<p class='empty'>{html.escape(empty)}</p>"
    head = "".join(f"<th>{html.escape(label)}</th>" for label in columns.values())
    rows = []
    for _, row in frame.iterrows():
        cells = []
        for column in columns:
            value = row[column]
            if isinstance(value, float):
                text = "" if pd.isna(value) else f"{value:.2f}"
            else:
                text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
            cells.append(f"<td>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_html(data: ReportData, svgs: dict[str, str], generated_at: dt.datetime) -> str:
    """A self-contained HTML page: summary, the three charts (inline SVG), the spikes and movers tables."""
    period = f"{data.first_day} – {data.latest_day}" if data.latest_day else "no events yet"
    totals = " · ".join(f"{v:,} {k}" for k, v in data.totals.items())
    spikes = data.spikes[data.spikes["is_spike"]] if not data.spikes.empty else data.spikes
    week = data.movers["week_start"].iloc[0] if not data.movers.empty else None
    sections = [
        ("index", "Conflict–cooperation index", "The index is (cooperation events − conflict events) / events over the 7 days ending on each day, for the dyads with most events."),
        ("roots", "What kind of events", "Events (GDELT-style: one per day, actor pair and code) per CAMEO root, week by week."),
        ("spikes", "Spikes", "A spike is a day whose conflict (or cooperation) events lie at least 2 standard deviations from the dyad's previous 90 days."),
    ]
    body = []
    for key, title, note in sections:
        body.append(f"<section><h2>{html.escape(title)}</h2><p class='note'>{html.escape(note)}</p><div class='chart'>{svgs[key]}</div></section>")
    body.append(
        "<section><h2>Spikes of the last week</h2>"
        + _table(spikes, {"event_day": "day", "dyad": "dyad", "kind": "events", "events": "count", "z": "z"}, "No spike in the last 7 days of data.")
        + "</section>"
    )
    body.append(
        f"<section><h2>Top movers of the week of {html.escape(str(week)) if week is not None else '—'}</h2>"
        + _table(data.movers, {"mover_rank": "#", "dyad": "dyad", "direction": "toward", "previous_events": "events before",
                               "events": "events", "goldstein_change": "Δ Goldstein", "cc_index_change": "Δ index"}, "No movers yet.")
        + "</section>"
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>eventpipe trend report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }}
h1 {{ margin-bottom: 0.2rem; }}
.meta, .note, .empty {{ color: #666; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1.5rem; }}
th, td {{ padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: left; }}
.chart svg {{ max-width: 100%; height: auto; }}
</style>
</head>
<body>
<h1>eventpipe trend report</h1>
<p class="meta">Events {html.escape(period)} · {html.escape(totals)} · generated {generated_at:%Y-%m-%d %H:%M}</p>
{''.join(body)}
</body>
</html>
"""


def write_report(con: duckdb.DuckDBPyConnection, out_dir: Path | str | None = None, top: int = 5, now: dt.datetime | None = None) -> ReportResult:
    """Build the report from the marts and write <out_dir>/trend_report.html and .png."""
    import vl_convert as vlc

    out_dir = Path(out_dir) if out_dir is not None else reports_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    data = load_report_data(con, top=top)
    charts = build_charts(data)
    svgs = {key: vlc.vegalite_to_svg(chart.to_dict()) for key, chart in charts.items()}
    png = vlc.vegalite_to_png(combined_chart(charts).to_dict(), scale=1.0)
    html_path = out_dir / f"{REPORT_NAME}.html"
    png_path = out_dir / f"{REPORT_NAME}.png"
    html_path.write_text(render_html(data, svgs, now or dt.datetime.now()), encoding="utf-8")
    png_path.write_bytes(png)
    summary = {
        "latest_day": str(data.latest_day) if data.latest_day else None,
        "events": data.totals["events"],
        "mentions": data.totals["mentions"],
        "top_dyads": list(data.top_dyads["dyad"]),
        "spikes_last_week": int(data.spikes["is_spike"].sum()) if not data.spikes.empty else 0,
        "movers_last_week": len(data.movers),
    }
    return ReportResult(html_path, png_path, png, data, summary)
