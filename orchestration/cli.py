"""The `eventpipe` command.

  eventpipe run                      land the inbox (seeded from data/samples), process every day it holds
  eventpipe backfill FIRST LAST      process the days FIRST…LAST in one run (--recode: code them again)
  eventpipe code ARTICLES.jsonl      code articles without touching the warehouse (-o EVENTS.jsonl)
  eventpipe evaluate GOLD_DIR        score the coder on a gold set (see orchestration/evaluation.py)
  eventpipe prepare                  build the dbt manifest the Dagster definitions load, and
                                     cache simplemma's lemma dictionaries (orchestration/coding/lemmas.py)
  eventpipe dev                      the Dagster UI and daemon on 127.0.0.1:3000 (DAGSTER_HOME under data/)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from orchestration import settings


# One writer at a time on the DuckDB file however runs overlap: every step that opens it is in
# the duckdb_writer pool, limited to one slot.
DAGSTER_YAML = """\
concurrency:
  pools:
    default_limit: 1
telemetry:
  enabled: false
"""


def _ensure_dagster_home() -> Path:
    home = Path(os.environ.get("DAGSTER_HOME") or settings.REPO_ROOT / "data" / "dagster_home")
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    config = home / "dagster.yaml"
    if not config.exists():
        # one writer at a time on the DuckDB file, however runs overlap
        config.write_text(DAGSTER_YAML)
    return home


def cmd_run(args: argparse.Namespace) -> int:
    """Land the inbox, then run eventpipe_job over every day its articles fall in (a few
    single-run ranges), recording the runs in DAGSTER_HOME so the UI shows the partitions."""
    from orchestration import pipeline, warehouse

    inbox = settings.inbox_path()
    copied = pipeline.seed_inbox(inbox, settings.SAMPLES_DIR)
    if copied:
        print(f"seeded {inbox} with {copied} sample files")
    _ensure_dagster_home()
    from dagster import DagsterInstance

    from orchestration.definitions import defs

    with DagsterInstance.get() as instance:
        landing = defs.resolve_job_def("land_inbox_job").execute_in_process(instance=instance, raise_on_error=False)
        if not _report_failure(landing):
            return 1
        ingest = {**_materialization_metadata(landing, "raw/ingested_files"), **_materialization_metadata(landing, "raw/rejected_records")}
        con = warehouse.connect(settings.warehouse_path())
        try:
            days = pipeline.partition_days(con)
        finally:
            con.close()
        for first, last in _partition_ranges(days, max_gap_days=args.max_gap_days):
            print(f"processing {first} … {last} (one run)")
            if not _run_range(defs, instance, first, last, recode=False):
                return 1
    con = warehouse.connect(settings.warehouse_path())
    try:
        _print_summary(pipeline.summary(con), ingest)
    finally:
        con.close()
    print(f"  serving copy:       {settings.serving_path()}")
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    """One run of eventpipe_job over FIRST…LAST (BackfillPolicy.single_run), as the UI's backfill does."""
    _ensure_dagster_home()
    from dagster import DagsterInstance

    from orchestration.definitions import defs

    clamped = _partition_ranges([dt.date.fromisoformat(args.first), dt.date.fromisoformat(args.last)], max_gap_days=10**6)
    if not clamped:
        print(f"no partition between {args.first} and {args.last} (partitions start {settings.partition_start()})", file=sys.stderr)
        return 2
    with DagsterInstance.get() as instance:
        first, last = clamped[0]
        print(f"backfilling {first} … {last} in one run")
        return 0 if _run_range(defs, instance, first, last, recode=args.recode) else 1


def _partition_ranges(days: list, max_gap_days: int) -> list[tuple[str, str]]:
    """Day ranges (ISO keys) of the days that have a daily partition."""
    from orchestration import pipeline
    from orchestration.defs.automation import clamp_to_partitions
    from orchestration.defs.partitions import DAILY

    keys = DAILY.get_partition_keys()
    ranges = []
    for first, last in pipeline.day_ranges(days, max_gap_days=max_gap_days):
        clamped = clamp_to_partitions(first.isoformat(), last.isoformat(), keys)
        if clamped:
            ranges.append(clamped)
    return ranges


def _run_range(defs, instance, first: str, last: str, recode: bool) -> bool:
    job = defs.resolve_job_def("eventpipe_job")
    tags = {"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}
    config = {"ops": {"code_events": {"config": {"recode": True}}}} if recode else None
    result = job.execute_in_process(instance=instance, tags=tags, run_config=config, raise_on_error=False)
    return _report_failure(result)


def _report_failure(result) -> bool:
    if result.success:
        return True
    for event in result.all_events:
        if event.is_step_failure:
            error = event.event_specific_data.error
            print(f"run {result.run_id} failed at {event.step_key}: {error.message.strip() if error else ''}", file=sys.stderr)
    print("see `make dev` (Runs) for the logs", file=sys.stderr)
    return False


def _materialization_metadata(result, key: str) -> dict:
    for event in result.all_events:
        if event.is_step_materialization:
            mat = event.event_specific_data.materialization
            if mat.asset_key.to_user_string() == key:
                return {k: v.value for k, v in mat.metadata.items()}
    return {}


def _print_summary(summary: dict, ingest: dict) -> None:
    print(f"\neventpipe run — warehouse {settings.warehouse_path()}")
    print(f"  files read:         {ingest.get('files_read', '?')}")
    print(f"  records read:       {ingest.get('records_read', '?')}")
    print(f"  articles ingested:  {ingest.get('articles_ingested', '?')} (stored: {summary['articles']})")
    print(f"  duplicates:         {ingest.get('duplicates', '?')}")
    rejected = {k: v for k, v in summary["rejected_by_reason"].items() if k != "duplicate"}
    print(f"  records rejected:   {sum(rejected.values())}" + (" (" + ", ".join(f"{k}: {v}" for k, v in rejected.items()) + ")" if rejected else ""))
    print(f"  events coded:       {summary['events']} (quarantined: {summary['quarantined']})")
    print("  events per root:    " + ", ".join(f"{k}: {v}" for k, v in summary["events_by_root"].items()))
    print("  top dyads:")
    for source, target, n in summary["top_dyads"]:
        print(f"    {source} -> {target}: {n}")


def cmd_code(args: argparse.Namespace) -> int:
    from orchestration.coding.coder import EventCoder
    from orchestration.ingest import read_jsonl

    coder = EventCoder()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    rejected = 0
    try:
        for record in read_jsonl(Path(args.articles), Path(args.articles).name):
            if not hasattr(record, "text"):
                rejected += 1
                print(f"{args.articles}:{record.source_line}: {record.reason}: {record.detail}", file=sys.stderr)
                continue
            for event in coder.code_article(record.article_id, record.text, record.language, record.published, record.date_precision):
                out.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 0 if rejected == 0 else 3


def cmd_evaluate(args: argparse.Namespace) -> int:
    from orchestration.evaluation import main as evaluation_main

    argv = [str(args.gold_dir)] + (["--language", args.language] if args.language else []) + (["--events-out", str(args.events_out)] if args.events_out else []) + (["--json"] if args.json else []) + (["-v"] if args.verbose else [])
    return evaluation_main(argv)


def cmd_prepare(args: argparse.Namespace) -> int:
    from orchestration.defs.dbt import prepare_manifest

    prepare_manifest(force=True)
    print("dbt manifest ready")
    from orchestration.coding import lemmas
    from orchestration.coding.text import SUPPORTED_LANGUAGES

    from orchestration.coding.lexicon import load_language

    for lang in SUPPORTED_LANGUAGES:  # decoded and built once here, not by every coding worker at once
        lemmas.is_known("a", lang)
        load_language(lang)
    print(f"lemma dictionaries and built lexicons cached in {lemmas.cache_folder()}")
    return 0


def cmd_dev(args: argparse.Namespace) -> int:
    home = _ensure_dagster_home()
    from orchestration.defs.dbt import prepare_manifest

    prepare_manifest()
    dagster = Path(sys.executable).parent / "dagster"
    print(f"DAGSTER_HOME={home}; UI on http://{args.host}:{args.port}")
    os.execv(str(dagster), [str(dagster), "dev", "-m", "orchestration.definitions", "-h", args.host, "-p", str(args.port)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventpipe", description="Multilingual CAMEO event-data pipeline.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="land the inbox, process every day its articles fall in, print a summary")
    run.add_argument("--max-gap-days", type=int, default=62, help="days with articles at most this far apart share one run")
    run.set_defaults(func=cmd_run)
    backfill = sub.add_parser("backfill", help="run eventpipe_job over the days FIRST…LAST (inclusive) in one run")
    backfill.add_argument("first", help="YYYY-MM-DD")
    backfill.add_argument("last", help="YYYY-MM-DD")
    backfill.add_argument("--recode", action="store_true", help="code every article of the window again")
    backfill.set_defaults(func=cmd_backfill)
    code = sub.add_parser("code", help="code articles (ingest JSONL format) into events, one JSON object per line")
    code.add_argument("articles")
    code.add_argument("-o", "--output")
    code.set_defaults(func=cmd_code)
    ev = sub.add_parser("evaluate", help="score the coder on a gold set")
    ev.add_argument("gold_dir", type=Path)
    ev.add_argument("--language")
    ev.add_argument("--events-out", type=Path)
    ev.add_argument("--json", action="store_true")
    ev.add_argument("-v", "--verbose", action="store_true")
    ev.set_defaults(func=cmd_evaluate)
    sub.add_parser("prepare", help="build the dbt manifest").set_defaults(func=cmd_prepare)
    dev = sub.add_parser("dev", help="Dagster UI and daemon")
    dev.add_argument("--host", default="127.0.0.1")
    dev.add_argument("--port", type=int, default=3000)
    dev.set_defaults(func=cmd_dev)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
