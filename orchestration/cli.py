"""The `eventpipe` command.

  eventpipe run                      materialize every asset on the inbox (seeded from data/samples)
  eventpipe code ARTICLES.jsonl      code articles without touching the warehouse (-o EVENTS.jsonl)
  eventpipe evaluate GOLD_DIR        score the coder on a gold set (see orchestration/evaluation.py)
  eventpipe prepare                  build the dbt manifest the Dagster definitions load
  eventpipe dev                      the Dagster UI and daemon on 127.0.0.1:3000 (DAGSTER_HOME under data/)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from orchestration import settings


def _ensure_dagster_home() -> Path:
    home = Path(os.environ.get("DAGSTER_HOME") or settings.REPO_ROOT / "data" / "dagster_home")
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    config = home / "dagster.yaml"
    if not config.exists():
        # one writer at a time on the DuckDB file, however runs overlap
        config.write_text("concurrency:\n  pools:\n    default_limit: 1\ntelemetry:\n  enabled: false\n")
    return home


def cmd_run(args: argparse.Namespace) -> int:
    from orchestration import pipeline, warehouse

    inbox = settings.inbox_path()
    copied = pipeline.seed_inbox(inbox, settings.SAMPLES_DIR)
    if copied:
        print(f"seeded {inbox} with {copied} sample files")
    _ensure_dagster_home()
    from dagster import DagsterInstance

    from orchestration.definitions import defs

    job = defs.resolve_job_def("eventpipe_job")
    with DagsterInstance.get() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False)
        ingest = _materialization_metadata(result, "raw/articles")
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(f"run {result.run_id} failed at {failed}; see `make dev` for logs", file=sys.stderr)
        return 1
    con = warehouse.connect(settings.warehouse_path())
    try:
        _print_summary(pipeline.summary(con), ingest)
    finally:
        con.close()
    return 0


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
    print(f"  articles ingested:  {ingest.get('ingested', '?')} (stored: {summary['articles']})")
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
    sub.add_parser("run", help="materialize every asset on the inbox and print a summary").set_defaults(func=cmd_run)
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
