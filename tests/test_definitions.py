"""The Dagster Definitions load, and the whole graph materializes on a temporary inbox and warehouse."""

import duckdb

from orchestration.definitions import defs


def test_definitions_load_with_every_asset_group_schedule_and_sensor():
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {"raw/articles", "raw/rejected_records", "raw/events", "raw/quarantine"} <= keys
    assert {"marts/fct_events", "marts/dim_event_codes", "marts/dim_countries", "marts/dyad_daily_trends"} <= keys
    assert {"staging/stg_articles", "staging/stg_events"} <= keys
    groups = {graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert {"ingest", "coding", "warehouse"} <= groups
    assert defs.resolve_job_def("eventpipe_job") is not None
    assert [s.name for s in defs.schedules] == ["daily_eventpipe"]
    assert {s.name for s in defs.sensors} == {"inbox_sensor", "freshness_checks_sensor"}


def test_whole_graph_materializes_and_checks_pass(sample_run):
    result, warehouse, _ = sample_run
    assert result.success
    checks = [e.event_specific_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    names = {c.check_name for c in checks}
    assert {"articles_meet_contract", "events_meet_contract", "event_count_not_anomalous", "coder_coverage",
            "reject_share_below_threshold"} <= names
    assert any(n.startswith("not_null") or n.startswith("unique") for n in names), "dbt tests run as asset checks"
    assert all(c.passed for c in checks), [c.check_name for c in checks if not c.passed]

    con = duckdb.connect(str(warehouse), read_only=True)
    count = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
    assert count("select count(*) from raw.articles") == 26
    # every record read is in the warehouse or in the rejects table
    assert count("select count(*) from raw.rejected_records") == 5
    # every coded mention reaches the warehouse; fct_events counts each (day, dyad, code) once
    mentions = count("select count(*) from marts.fct_event_mentions")
    assert mentions == count("select count(*) from raw.events") > 0
    assert 0 < count("select count(*) from marts.fct_events") <= mentions
    assert count("select sum(num_mentions) from marts.fct_events") == mentions
    assert count("select count(*) from marts.dim_event_codes where code_level > 0") >= 290
    assert count("select count(*) from marts.dyad_daily_trends") > 0
    con.close()


def test_seed_article_events_are_traceable_in_the_marts(sample_run):
    _, warehouse, _ = sample_run
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute(
        "select e.root, e.source_country, e.target_country, e.sentence, a.text, e.trigger_start, e.trigger_end "
        "from marts.fct_event_mentions e join raw.articles a using (article_id) where article_id = 'seed-article'"
    ).fetchall()
    con.close()
    dyads = {(root, s, t) for root, s, t, *_ in rows}
    for root in ("03", "04"):
        assert (root, "KOR", "JPN") in dyads and (root, "JPN", "KOR") in dyads
    for *_, sentence, text, start, end in rows:
        assert sentence in text and text[start:end] in sentence
