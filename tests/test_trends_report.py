"""The trend report: the chart code on the sample warehouse, and the Dagster asset in the sample run."""

from __future__ import annotations

import base64

import altair as alt
import duckdb
import pytest

from orchestration.reports import build_charts, load_report_data, reports_dir, write_report

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def report(sample_run, tmp_path_factory):
    _, warehouse, _ = sample_run
    out = tmp_path_factory.mktemp("reports")
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return write_report(con, out)
    finally:
        con.close()


def test_report_data_come_from_the_marts(sample_run):
    _, warehouse, _ = sample_run
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        data = load_report_data(con, top=3)
        [(events,)] = con.execute("select count(*) from marts.fct_events").fetchall()
    finally:
        con.close()
    assert data.totals["events"] == events > 0
    assert 0 < len(data.top_dyads) <= 3
    assert set(data.index_series["dyad"]) <= set(data.top_dyads["dyad"])
    assert data.index_series["cc_index_7d"].between(-1, 1).all()
    assert data.root_series["events"].sum() == events
    assert not data.spikes.empty  # the sample's last week has events, if no spike
    assert (data.spikes["event_day"].max() - data.spikes["event_day"].min()).days < 7


def test_three_charts_that_vega_lite_accepts(sample_run):
    _, warehouse, _ = sample_run
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        charts = build_charts(load_report_data(con))
    finally:
        con.close()
    assert set(charts) == {"index", "roots", "spikes"}
    for chart in charts.values():
        spec = chart.to_dict()  # validates against the Vega-Lite schema
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
        assert isinstance(chart, (alt.Chart, alt.LayerChart))


def test_report_writes_a_self_contained_html_page_and_a_png(report):
    assert report.html_path.name == "trend_report.html" and report.html_path.exists()
    page = report.html_path.read_text(encoding="utf-8")
    assert page.count("<svg") >= 3
    assert "Conflict–cooperation index" in page and "Top movers" in page and "Spikes" in page
    assert "<script src=" not in page  # no external resources: it opens offline
    assert report.png.startswith(PNG_MAGIC) and report.png_path.read_bytes() == report.png
    assert report.summary["events"] > 0 and report.summary["top_dyads"]


def test_report_on_an_empty_warehouse_still_renders(tmp_path, sample_run):
    _, warehouse, _ = sample_run
    # the marts' shape without rows: copy the schema of the sample warehouse
    empty = tmp_path / "empty.duckdb"
    src = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = src.execute("select table_name from information_schema.tables where table_schema = 'marts' and table_type = 'BASE TABLE'").fetchall()
        ddl = [src.execute(f"select * from marts.{t} limit 0").df() for (t,) in tables]
    finally:
        src.close()
    con = duckdb.connect(str(empty))
    try:
        con.execute("create schema marts")
        for (name,), frame in zip(tables, ddl):
            con.register("empty_frame", frame)
            con.execute(f"create table marts.{name} as select * from empty_frame")
            con.unregister("empty_frame")
        result = write_report(con, tmp_path / "out")
    finally:
        con.close()
    assert result.html_path.exists() and result.png.startswith(PNG_MAGIC)
    assert result.summary["events"] == 0


def test_reports_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTPIPE_REPORTS", str(tmp_path / "elsewhere"))
    assert reports_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("EVENTPIPE_REPORTS")
    assert reports_dir().parts[-2:] == ("data", "reports")


def test_the_trend_report_asset_materializes_with_a_chart_in_its_metadata(sample_run):
    result, _, _ = sample_run
    materializations = [
        e.event_specific_data.materialization
        for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION"
        and e.event_specific_data.materialization.asset_key.to_user_string() == "trend_report"
    ]
    assert len(materializations) == 1
    metadata = materializations[0].metadata
    chart = metadata["chart"].value
    assert chart.startswith("![trend report](data:image/png;base64,")
    assert base64.b64decode(chart.split(",", 1)[1].rstrip(")")).startswith(PNG_MAGIC)
    from pathlib import Path

    assert Path(metadata["report"].value).exists()
    assert metadata["events"].value > 0


def test_the_trend_report_asset_is_in_the_reports_group_after_the_marts():
    import dagster as dg

    from orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    node = graph.get(dg.AssetKey("trend_report"))
    assert node.group_name == "reports"
    parents = {k.to_user_string() for k in node.parent_keys}
    assert {"marts/dyad_cc_index", "marts/fct_events", "marts/dyad_weekly_movers"} <= parents
