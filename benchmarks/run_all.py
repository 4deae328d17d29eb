"""`make bench`: run every benchmark, print the figures with the command behind each, write BENCHMARKS.md.

    .venv/bin/python benchmarks/run_all.py                         # sizes 10k and 100k, incremental 10k
    .venv/bin/python benchmarks/run_all.py --quick                 # small sizes, a few minutes
    .venv/bin/python benchmarks/run_all.py --sizes 10000,100000,1000000
    .venv/bin/python benchmarks/run_all.py --only coder,e2e        # coder, ingest, e2e, warehouse
    .venv/bin/python benchmarks/run_all.py --day-base /tmp/k1m2    # + the day on a kept 1M base
    make bench BENCH_ARGS="--quick"

Every measurement is a separate process (benchmarks/scale_bench.py, ingest_bench.py,
warehouse_bench.py, coder_speed.py), so each peak RSS is its own. Nothing here asserts: the
targets of issue 7 are printed beside the figures. Figures are wall-clock on a machine that may
be shared: the load average is recorded, and the coder is also given per CPU-second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = ".venv/bin/python"


def run(command: list[str], env: dict | None = None) -> tuple[str, float]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, *command], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "EVENTPIPE_SOURCES": "", **(env or {})})
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc.stdout, elapsed


def shown(command: list[str], env: dict | None = None) -> str:
    prefix = " ".join(f"{k}={v}" for k, v in (env or {}).items())
    return (prefix + " " if prefix else "") + " ".join([PY, *command])


def last_json(stdout: str) -> dict:
    return json.loads(stdout.strip().splitlines()[-1])


def add_output(r, heading: str | None, command: list[str], out: str) -> None:
    """A section: its heading, the command that produced the figures, and their output."""
    if heading:
        r.add()
        r.add(heading)
    r.add()
    r.add(f"`{shown(command)}`")
    r.add()
    r.add("```")
    r.add(out.strip())
    r.add("```")


def roles(peaks: dict | None) -> str:
    """'pipeline 812, worker 455, dbt 640 MB': the largest process of each role."""
    if not peaks:
        return "-"
    return ", ".join(f"{role} {mb:,.0f}" for role, mb in peaks.items() if role != "other") + " MB"


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="end-to-end corpus sizes (comma-separated)")
    parser.add_argument("--incremental", type=int, default=10_000, help="new articles added on top of the largest size")
    parser.add_argument("--coder-articles", type=int, default=3000, help="articles for the coder speed test")
    parser.add_argument("--ingest-articles", type=int, default=20_000)
    parser.add_argument("--mentions", type=int, default=2_000_000, help="event mentions of the warehouse benchmark")
    parser.add_argument("--day-base", type=Path, default=None,
                        help="also time the incremental day of 10,000 on the 1,000,000 base kept in this folder by "
                             "`scale_bench.py e2e 1000000 --incremental 10000 --snapshots --workdir DIR` (scale_bench.py day)")
    parser.add_argument("--only", default="coder,ingest,e2e,warehouse")
    parser.add_argument("--quick", action="store_true", help="small sizes: 2k end to end (+1k), 600 coder articles, ...")
    parser.add_argument("--output", type=Path, default=REPO / "BENCHMARKS.md")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.incremental, args.coder_articles = "2000", 1000, 600
        args.ingest_articles, args.mentions = 4000, 200_000
    only = set(args.only.split(","))
    sizes = [int(s) for s in args.sizes.split(",") if s]

    r = Report()
    r.add("# Benchmarks")
    r.add()
    r.add(f"Written by `{shown(['benchmarks/run_all.py', *sys.argv[1:]])}` (`make bench`) on "
          f"{dt.datetime.now():%Y-%m-%d %H:%M}: {os.cpu_count()} CPUs, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f} at the start. Do not edit by hand.")
    r.add()
    r.add("Wall-clock figures depend on what else runs on the machine (it was shared while these ran when the "
          "load average above exceeds the CPU count); the coder is also measured per CPU-second, which does not.")

    if "coder" in only:
        r.add()
        r.add("## Coder throughput (target: >= 5,000 sentences/s per core; two cores >= 1.8x one)")
        r.add()
        command = ["benchmarks/scale_bench.py", "coder", "--articles", str(args.coder_articles)]
        c = last_json(run(command)[0])
        r.add("| measure | one core | two worker processes | ratio |")
        r.add("|---|---|---|---|")
        r.add(f"| sentences/s, wall clock (one core: median of {c['one_core_passes']} passes) | {c['one_core_rate']:,.0f} | {c['two_core_rate']:,.0f} | {c['speedup']:.2f}x |")
        r.add(f"| sentences/s, wall clock, best pass | {c['one_core_best_rate']:,.0f} | | |")
        r.add(f"| sentences per CPU-second | {c['one_core_cpu_rate']:,.0f} | {c['two_core_cpu_rate_per_core']:,.0f} per core | "
              f"{2 * c['two_core_cpu_rate_per_core'] / c['one_core_cpu_rate']:.2f}x if both cores are free |")
        r.add()
        r.add(f"{c['articles']:,} corpus articles, {c['sentences']:,} sentences, {c['events']:,} events (identical with one and "
              f"two workers); dictionaries of six languages loaded in {c['load_seconds']:.1f} s per process beforehand; "
              f"load average {c['loadavg_1min']:.2f} at the end. One-core passes in a row, sentences/s: "
              f"{', '.join(f'{rate:,}' for rate in c['one_core_pass_rates'])} (this machine's speed moves from one minute "
              f"to the next; `benchmarks/coder_instructions.py` counts instructions instead, which it does not move). "
              f"Command: `{shown(command)}`")
        command = ["benchmarks/coder_speed.py", "--sentences", "10000"]
        out = run(command)[0]
        r.add()
        r.add(f"On the bundled sample articles (longer, harder sentences), `{shown(command)}`:")
        r.add()
        r.add("```")
        r.add(out.strip())
        r.add("```")

    if "ingest" in only and (HERE / "ingest_bench.py").exists():
        command = ["benchmarks/ingest_bench.py", "--articles", str(args.ingest_articles), "--pages", "500"]
        add_output(r, "## Ingest", command, run(command)[0])

    if "e2e" in only and sizes:
        r.add()
        r.add("## End to end (ingest -> code -> validate -> load -> dbt build), fresh warehouse")
        r.add()
        r.add("Target: 100,000 articles in under 5 minutes; incremental day of 10,000 on top of 1,000,000 in under "
              "1 minute; peak RSS under 2 GB at 1,000,000.")
        r.add()
        r.add("The incremental day is the next articles of the corpus dated as one day's collection (the day after the "
              "base period; 15% published one or two days before it), ingested, coded and built on top of the base, whose "
              "ingestion times are first moved 30 days back, as for a base loaded on earlier days (scale_bench.age_base).")
        r.add()
        r.add("| articles | ingest s | code s | dbt build s | total s | articles/s | events | peak RSS tree / largest process | "
              "largest process by role | command |")
        r.add("|---|---|---|---|---|---|---|---|---|---|")
        results = []
        for size in sizes:
            inc = args.incremental if size == max(sizes) else 0
            command = ["benchmarks/scale_bench.py", "e2e", str(size)] + (["--incremental", str(inc)] if inc else [])
            e = last_json(run(command)[0])
            results.append(e)
            r.add(f"| {size:,} | {e['ingest_seconds']:.1f} | {e['code_seconds']:.1f} | {e['dbt_seconds']:.1f} | {e['total_seconds']:.1f} | "
                  f"{size / e['total_seconds']:,.0f} | {e['events']:,} | {e['peak_tree_mb']:,.0f} / {e['peak_process_mb']:,.0f} MB | "
                  f"{roles(e.get('peak_by_role_mb'))} | `{shown(command)}` |")
            if inc:
                r.add(f"| +{inc:,} (one day) on {size:,} | {e['inc_ingest_seconds']:.1f} | {e['inc_code_seconds']:.1f} | {e['inc_dbt_seconds']:.1f} | "
                      f"{e['inc_total_seconds']:.1f} | {inc / e['inc_total_seconds']:,.0f} | {e['inc_events']:,} | "
                      f"{e['inc_peak_tree_mb']:,.0f} / {e['inc_peak_process_mb']:,.0f} MB | {roles(e.get('inc_peak_by_role_mb'))} | (same run) |")
        if len(results) > 1:
            a, b = results[-2], results[-1]
            factor = b["size"] / a["size"]
            r.add()
            r.add(f"Scaling {a['size']:,} -> {b['size']:,} ({factor:.0f}x articles): total time x{b['total_seconds'] / a['total_seconds']:.1f} "
                  f"(ingest x{b['ingest_seconds'] / a['ingest_seconds']:.1f}, code x{b['code_seconds'] / a['code_seconds']:.1f}, "
                  f"dbt x{b['dbt_seconds'] / a['dbt_seconds']:.1f}); peak RSS x{b['peak_tree_mb'] / a['peak_tree_mb']:.1f}.")
        if args.day_base is not None:
            command = ["benchmarks/scale_bench.py", "day", str(args.day_base), "1000000", "10000", "--keep-base-coding"]
            e = last_json(run(command)[0])
            r.add(f"| +10,000 (one day) on 1,000,000 (kept base) | {e['inc_ingest_seconds']:.1f} | {e['inc_code_seconds']:.1f} | {e['inc_dbt_seconds']:.1f} | "
                  f"{e['inc_total_seconds']:.1f} | {10_000 / e['inc_total_seconds']:,.0f} | {e['inc_events']:,} | "
                  f"{e['inc_peak_tree_mb']:,.0f} / {e['inc_peak_process_mb']:,.0f} MB | {roles(e.get('inc_peak_by_role_mb'))} | `{shown(command)}` |")
            r.add()
            r.add("The kept-base row reruns the day on a copy of a 1,000,000-article base built and aged by an earlier "
                  "`scale_bench.py e2e 1000000 --incremental 10000 --snapshots` run; `--keep-base-coding` marks the base as "
                  "coded by the current coder, so only the day's articles are coded (the base's events are the older coder's).")
        if 1_000_000 not in sizes:
            r.add()
            if len(results) > 1:  # marginal cost between the two largest sizes: fixed costs (dictionary load, dbt) cancel
                a, b = results[-2], results[-1]
                per_article = (b["total_seconds"] - a["total_seconds"]) / (b["size"] - a["size"])
                estimate = f"at the marginal {per_article * 1000:.2f} s per 1,000 articles measured above it would take about {(b['total_seconds'] + per_article * (1_000_000 - b['size'])) / 60:.0f} minutes"
            else:
                estimate = "one size measured: no marginal rate to extrapolate from (fixed costs dominate small sizes)"
            r.add(f"1,000,000 articles were not run by this command ({estimate}); run "
                  f"`{shown(['benchmarks/run_all.py', '--only', 'e2e', '--sizes', '100000,1000000'])}`.")

    if "warehouse" in only and (HERE / "warehouse_bench.py").exists():
        command = ["benchmarks/warehouse_bench.py", "--mentions", str(args.mentions), "--repeat", "3"]
        add_output(r, "## Warehouse (dbt build and documented queries on synthetic event mentions)", command, run(command)[0])

    args.output.write_text("\n".join(r.lines) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.output}")


if __name__ == "__main__":
    main()
