"""Browser test of the Dagster UI: `dagster dev` on 127.0.0.1, driven by headless Chromium.

Run with `make test-ui` (not part of `make test`: it needs Debian's `chromium`, at /usr/bin/chromium
or $CHROMIUM). The test

  1. starts `dagster dev -m orchestration.definitions` on a free port with a temporary DAGSTER_HOME,
     warehouse, inbox (a copy of data/samples) and reports folder;
  2. opens the global asset lineage in Chromium (Playwright, with the system browser: never
     `playwright install`), checks the four group nodes and, group by group, the assets its sidebar
     tree lists, then the lineage graph of the small groups (ingest, coding, reports) node by node;
  3. launches `eventpipe_job` through the GraphQL API (for one daily partition when raw/events is
     partitioned, otherwise unpartitioned), waits for SUCCESS, and checks in the asset page of
     raw/events that the partition (or the asset) shows as materialized.

The sensor and schedule of the definitions are RUNNING by default: the inbox sensor lands the
copied samples and starts eventpipe_job for the days they hold, while our run waits for the
DuckDB writer pool. The test waits for every run to end, checks the sensor's runs succeeded too,
then checks the partition's status in the page.
On failure a screenshot and the page text go to tests/ui/artifacts/ (git-ignored), with the log of
`dagster dev`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.ui

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PARTITION_KEY = os.environ.get("EVENTPIPE_UI_PARTITION", "2025-03-04")  # the sample corpus has this day
JOB = "eventpipe_job"
ASSET = ["raw", "events"]

SERVER_TIMEOUT = 240  # dagster dev: webserver, daemon and code server (dbt manifest load)
RUN_TIMEOUT = 720  # our run may queue behind the sensor's runs for the DuckDB writer slot
UI_TIMEOUT_MS = 60_000

GROUP_ASSETS = {
    "ingest": ["articles", "rejected_records"],
    "coding": ["events", "quarantine"],
    "warehouse": ["stg_articles", "stg_events", "fct_events", "dim_dates"],
    "reports": ["trend_report"],
}
GRAPH_GROUPS = ["ingest", "coding", "reports"]  # few enough assets for the group's graph to show them all

DAGSTER_YAML = """\
telemetry:
  enabled: false
concurrency:
  pools:
    default_limit: 1
"""


def log(message: str) -> None:
    print(f"[test-ui] {message}", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dagster:
    """A `dagster dev` process group and its GraphQL endpoint."""

    def __init__(self, port: int, proc: subprocess.Popen, log_path: Path):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.proc = proc
        self.log_path = log_path
        self.location: str | None = None
        self.repository: str | None = None

    def graphql(self, query: str, variables: dict | None = None, timeout: float = 60) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(f"{self.url}/graphql", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.load(response)
        if payload.get("errors"):
            raise AssertionError(f"GraphQL errors: {payload['errors']}")
        return payload["data"]

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


WORKSPACE_QUERY = """
{ workspaceOrError { __typename
    ... on Workspace { locationEntries { name loadStatus
        locationOrLoadError { __typename
          ... on RepositoryLocation { repositories { name jobs { name } } }
          ... on PythonError { message stack } } } }
    ... on PythonError { message } } }
"""


def _wait_for_server(dagster: Dagster) -> None:
    deadline = time.monotonic() + SERVER_TIMEOUT
    last = "no answer"
    while time.monotonic() < deadline:
        if dagster.proc.poll() is not None:
            raise AssertionError(f"dagster dev exited with {dagster.proc.returncode}:\n{dagster.log_tail()}")
        try:
            with urllib.request.urlopen(f"{dagster.url}/server_info", timeout=5) as response:
                json.load(response)
            data = dagster.graphql(WORKSPACE_QUERY, timeout=30)["workspaceOrError"]
            entries = data.get("locationEntries") or []
            for entry in entries:
                loaded = entry["locationOrLoadError"] or {}
                if loaded.get("__typename") == "PythonError":
                    raise AssertionError(f"code location {entry['name']} failed to load: {loaded['message']}")
                if entry["loadStatus"] == "LOADED" and loaded.get("__typename") == "RepositoryLocation":
                    for repo in loaded["repositories"]:
                        if any(job["name"] == JOB for job in repo["jobs"]):
                            dagster.location, dagster.repository = entry["name"], repo["name"]
                            return
            last = f"workspace: {[(e['name'], e['loadStatus']) for e in entries]}"
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError) as exc:
            last = repr(exc)
        time.sleep(2)
    raise AssertionError(f"dagster dev not ready after {SERVER_TIMEOUT}s ({last}):\n{dagster.log_tail()}")


@pytest.fixture(scope="module")
def dagster(tmp_path_factory):
    base = tmp_path_factory.mktemp("dagster_ui")
    home = base / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text(DAGSTER_YAML)
    inbox = base / "inbox"
    shutil.copytree(REPO / "data" / "samples", inbox)
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "EVENTPIPE_WAREHOUSE": str(base / "warehouse.duckdb"),
        "EVENTPIPE_INBOX": str(inbox),
        "EVENTPIPE_REPORTS": str(base / "reports"),
        "EVENTPIPE_SERVING": str(base / "warehouse-serving.duckdb"),  # read-only copy, where published
        "PYTHONUNBUFFERED": "1",
    }
    ARTIFACTS.mkdir(exist_ok=True)
    log_path = ARTIFACTS / "dagster-dev.log"
    port = _free_port()
    dagster_bin = Path(sys.executable).parent / "dagster"
    cmd = [str(dagster_bin), "dev", "-m", "orchestration.definitions", "-h", "127.0.0.1", "-p", str(port)]
    log(f"starting {' '.join(cmd)} (DAGSTER_HOME={home}; log in {log_path})")
    started = time.monotonic()
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    server = Dagster(port, proc, log_path)
    try:
        _wait_for_server(server)
        log(f"dagster dev ready on {server.url} after {time.monotonic() - started:.0f}s (location {server.location})")
        yield server
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    """End the whole process group of `dagster dev` (webserver, daemon, code servers, run workers)."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # children that outlived their parent
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=UI_TIMEOUT_MS)  # the UI polls and renders lazily; the default is 5 s
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    context.set_default_timeout(UI_TIMEOUT_MS)
    page = context.new_page()
    # a fresh browser gets a "Join the Dagster community" dialog over the page: skip it whenever it shows
    page.add_locator_handler(page.get_by_role("button", name="Skip"), lambda skip: skip.click())
    try:
        yield page
    finally:
        context.close()


@contextlib.contextmanager
def screenshot_on_failure(page, name: str):
    try:
        yield
    except BaseException:
        ARTIFACTS.mkdir(exist_ok=True)
        with contextlib.suppress(Exception):
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
            (ARTIFACTS / f"{name}.txt").write_text(f"{page.url}\n\n{page.inner_text('body')}")
            log(f"screenshot of {page.url} in {ARTIFACTS / (name + '.png')}")
        raise


def _sidebar_toggle(page, group: str):
    """The expand/collapse caret of a group in the lineage page's sidebar tree."""
    row = page.locator("[class*='itemContainer']").filter(has=page.get_by_title(group, exact=True)).first
    return row.get_by_role("button").filter(has=page.get_by_role("img", name="arrow_drop_down")).first


def test_asset_graph_shows_groups_and_assets(dagster, page):
    from playwright.sync_api import expect

    with screenshot_on_failure(page, "asset_graph"):
        page.goto(f"{dagster.url}/asset-groups")
        expect(page.get_by_text("Global asset lineage")).to_be_visible()
        for group in GROUP_ASSETS:
            # a collapsed group node in the graph ("warehouse / 24 assets") and a row of the sidebar tree
            expect(page.get_by_text(group, exact=True).first).to_be_visible()
        log(f"global lineage shows groups {list(GROUP_ASSETS)}")
        for group, assets in GROUP_ASSETS.items():
            # the sidebar tree lists a group's assets when expanded (the graph itself only draws what is in view)
            _sidebar_toggle(page, group).click()
            for asset in assets:
                expect(page.get_by_title(asset, exact=True).first).to_be_visible()
            _sidebar_toggle(page, group).click()
            log(f"global lineage sidebar lists {group}: {assets}")

        for group in GRAPH_GROUPS:
            # a small group's own lineage draws every asset as a node
            page.goto(f"{dagster.url}/locations/{dagster.location}/asset-groups/{group}")
            expect(page.get_by_role("tab", name="Lineage")).to_be_visible()
            for asset in GROUP_ASSETS[group]:
                expect(page.get_by_text(asset, exact=True).first).to_be_visible()
            log(f"group {group} lineage graph draws {GROUP_ASSETS[group]}")


ASSET_NODES_QUERY = """
{ assetNodes { assetKey { path } groupName isPartitioned
    partitionDefinition { type description } } }
"""

LAUNCH_RUN = """
mutation($params: ExecutionParams!) { launchRun(executionParams: $params) { __typename
  ... on LaunchRunSuccess { run { runId status } }
  ... on PythonError { message stack }
  ... on RunConfigValidationInvalid { errors { message } }
  ... on InvalidSubsetError { message }
  ... on PipelineNotFoundError { message }
  ... on RunConflict { message }
  ... on UnauthorizedError { message }
  ... on ConflictingExecutionParamsError { message }
  ... on NoModeProvidedError { message }
  ... on PresetNotFoundError { message }
  ... on InvalidStepError { invalidStepKey }
  ... on InvalidOutputError { invalidOutputName } } }
"""

RUN_QUERY = """
query($runId: ID!) { runOrError(runId: $runId) { __typename
  ... on Run { runId status tags { key value } }
  ... on PythonError { message } } }
"""

RUN_ERRORS = """
query($runId: ID!) { logsForRun(runId: $runId) { __typename
  ... on EventConnection { events { __typename
    ... on MessageEvent { message level stepKey }
    ... on ExecutionStepFailureEvent { error { message } }
    ... on EngineEvent { error { message } }
    ... on RunFailureEvent { error { message } } } } } }
"""

PARTITION_STATUS = """
query($key: AssetKeyInput!) { assetNodeOrError(assetKey: $key) { __typename
  ... on AssetNode { assetPartitionStatuses { __typename
      ... on TimePartitionStatuses { ranges { status startKey endKey } }
      ... on DefaultPartitionStatuses { materializedPartitions failedPartitions } }
    partitionKeys } } }
"""


def _count(n: int) -> str:
    """A count as the UI may print it: 1234 or 1,234."""
    return f"(?:{n}|{n:,})"


def _materialized(statuses: dict, key: str) -> bool:
    if statuses.get("__typename") == "TimePartitionStatuses":
        return any(r["status"] == "MATERIALIZED" and r["startKey"] <= key <= r["endKey"] for r in statuses["ranges"])
    if statuses.get("__typename") == "DefaultPartitionStatuses":
        return key in statuses["materializedPartitions"]
    return True  # multi-dimensional partitions: left to the page


def _materialized_count(statuses: dict, partition_keys: list[str]) -> int:
    if statuses.get("__typename") == "TimePartitionStatuses":
        index = {key: i for i, key in enumerate(partition_keys)}
        return sum(index[r["endKey"]] - index[r["startKey"]] + 1 for r in statuses["ranges"] if r["status"] == "MATERIALIZED")
    return len(statuses.get("materializedPartitions") or [])


def _wait_partition_materialized(dagster: Dagster, key: str, timeout: float = 60) -> tuple[list[str], dict]:
    """Partition keys and statuses of raw/events once `key` shows as materialized (the status cache may lag the run)."""
    deadline = time.monotonic() + timeout
    while True:
        node = dagster.graphql(PARTITION_STATUS, {"key": {"path": ASSET}})["assetNodeOrError"]
        partition_keys, statuses = node["partitionKeys"], node["assetPartitionStatuses"]
        assert key in partition_keys, f"{key} is not a partition of raw/events ({partition_keys[:3]}…{partition_keys[-3:]})"
        if _materialized(statuses, key):
            return partition_keys, statuses
        if time.monotonic() > deadline:
            raise AssertionError(f"GraphQL: partition {key} of raw/events not materialized after the run: {statuses}")
        time.sleep(3)


def _run_errors(dagster: Dagster, run_id: str) -> str:
    events = dagster.graphql(RUN_ERRORS, {"runId": run_id})["logsForRun"].get("events") or []
    lines = []
    for event in events:
        error = event.get("error")
        if error or event.get("level") == "ERROR":
            lines.append(f"{event['__typename']} {event.get('stepKey') or ''}: {(error or {}).get('message') or event.get('message')}")
    return "\n".join(lines[-10:]) or "(no error events)"


RUNS_QUERY = """
query Runs {
  runsOrError(filter: {}) {
    __typename
    ... on Runs { results { runId jobName status tags { key value } } }
  }
}
"""


def _wait_for_sensor_runs(dagster: Dagster, timeout: float = RUN_TIMEOUT) -> list[dict]:
    """Wait until the inbox sensor has landed the samples and processed their days (a landing run and
    an eventpipe_job run over a range of days) and no run is queued or in progress; return the runs."""
    deadline = time.monotonic() + timeout
    while True:
        runs = dagster.graphql(RUNS_QUERY)["runsOrError"]["results"]
        by_sensor = [r for r in runs if {t["key"]: t["value"] for t in r["tags"]}.get("dagster/sensor_name") == "inbox_sensor"]
        busy = [r for r in runs if r["status"] in ("QUEUED", "NOT_STARTED", "STARTING", "STARTED", "CANCELING")]
        if {r["jobName"] for r in by_sensor} >= {"land_inbox_job", JOB} and not busy:
            return by_sensor
        if time.monotonic() > deadline:
            raise AssertionError(f"sensor runs not done after {timeout}s: {[(r['jobName'], r['status']) for r in runs]}")
        time.sleep(5)


def _launch_and_wait(dagster: Dagster, partition_key: str | None) -> str:
    tags = [{"key": "eventpipe/test", "value": "ui"}]
    if partition_key:
        tags.append({"key": "dagster/partition", "value": partition_key})
    params = {
        "selector": {"repositoryLocationName": dagster.location, "repositoryName": dagster.repository, "jobName": JOB},
        "runConfigData": {},
        "executionMetadata": {"tags": tags},
    }
    result = dagster.graphql(LAUNCH_RUN, {"params": params})["launchRun"]
    assert result["__typename"] == "LaunchRunSuccess", f"launchRun failed: {result}"
    run_id = result["run"]["runId"]
    log(f"launched {JOB} run {run_id}" + (f" for partition {partition_key}" if partition_key else " (unpartitioned)"))

    started = time.monotonic()
    status = None
    while time.monotonic() - started < RUN_TIMEOUT:
        run = dagster.graphql(RUN_QUERY, {"runId": run_id})["runOrError"]
        assert run["__typename"] == "Run", run
        if run["status"] != status:
            status = run["status"]
            log(f"run {run_id[:8]}: {status} after {time.monotonic() - started:.0f}s")
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(3)
    assert status == "SUCCESS", f"run {run_id} ended {status} after {time.monotonic() - started:.0f}s:\n{_run_errors(dagster, run_id)}\n--- dagster dev log ---\n{dagster.log_tail()}"
    if partition_key:
        tag = {t["key"]: t["value"] for t in run["tags"]}.get("dagster/partition")
        assert tag == partition_key, f"run {run_id} ran partition {tag!r}, expected {partition_key!r}"
    return run_id


def test_materialize_and_check_status_in_page(dagster, page):
    from playwright.sync_api import expect

    nodes = {tuple(n["assetKey"]["path"]): n for n in dagster.graphql(ASSET_NODES_QUERY)["assetNodes"]}
    assert tuple(ASSET) in nodes, f"no asset {'/'.join(ASSET)} among {sorted(nodes)}"
    node = nodes[tuple(ASSET)]
    partitioned = bool(node["isPartitioned"] and node["partitionDefinition"])
    asset_url = f"{dagster.url}/assets/{'/'.join(ASSET)}"

    if partitioned:
        log(f"PARTITIONED path: raw/events has a {node['partitionDefinition']['type']} partition definition "
            f"({node['partitionDefinition']['description']}); launching partition {PARTITION_KEY}")
        run_id = _launch_and_wait(dagster, PARTITION_KEY)
        sensor_runs = _wait_for_sensor_runs(dagster)
        assert all(r["status"] == "SUCCESS" for r in sensor_runs), [(r["jobName"], r["status"]) for r in sensor_runs]
        ranges = [{t["key"]: t["value"] for t in r["tags"]} for r in sensor_runs if r["jobName"] == JOB]
        log("inbox sensor ran: " + ", ".join(f"{r['jobName']} {r['status']}" for r in sensor_runs) + "; day ranges "
            + ", ".join(f"{t.get('dagster/asset_partition_range_start')}…{t.get('dagster/asset_partition_range_end')}" for t in ranges))
        partition_keys, statuses = _wait_partition_materialized(dagster, PARTITION_KEY)
        materialized = _materialized_count(statuses, partition_keys)
        log(f"GraphQL: partition {PARTITION_KEY} of raw/events is materialized; {materialized} of {len(partition_keys)} are ({statuses})")

        with screenshot_on_failure(page, "asset_partitions"):
            page.goto(f"{asset_url}?view=partitions")
            total = len(partition_keys)
            # the partitions tab: "N Partitions Selected" and a status filter "Materialized (k)"
            expect(page.get_by_text(re.compile(rf"^{_count(total)} Partitions? Selected$")).first).to_be_visible()
            expect(page.get_by_text(re.compile(rf"^Materialized \({_count(materialized)}\)$")).first).to_be_visible()
            log(f"partitions tab of raw/events: {total} partitions, Materialized ({materialized})")
            # the partition's own pane: its key with a "Materialized" tag and the run that wrote it
            page.goto(f"{asset_url}?view=partitions&partition={PARTITION_KEY}")
            expect(page.get_by_text(PARTITION_KEY, exact=True).first).to_be_visible()
            expect(page.get_by_text("Materialized", exact=True).first).to_be_visible()
            # the latest run that wrote the day: ours, or the sensor's range run if it ran after ours
            writers = [run_id[:8]] + [r["runId"][:8] for r in sensor_runs if r["jobName"] == JOB]
            expect(page.get_by_role("link", name=re.compile("^(" + "|".join(writers) + ")$")).first).to_be_visible()
            log(f"partition {PARTITION_KEY} of raw/events shows Materialized, by one of the runs {writers}")
    else:
        log("UNPARTITIONED path: raw/events has no partition definition (daily partitions not landed yet); "
            f"launching {JOB} unpartitioned and checking the asset's Materialized status")
        run_id = _launch_and_wait(dagster, None)
        with screenshot_on_failure(page, "asset_overview"):
            page.goto(asset_url)
            # the Status section has a "Latest materialization" tag ("a minute ago"), "–" before any
            expect(page.get_by_text("Latest materialization", exact=True)).to_be_visible()
            expect(page.get_by_text(re.compile(r"^(a few seconds|a minute|\d+ minutes) ago$")).first).to_be_visible()
            page.goto(f"{asset_url}?view=events")
            expect(page.get_by_text(f"Materialized in run {run_id[:8]}").first).to_be_visible()
            log(f"asset page of raw/events shows its latest materialization and 'Materialized in run {run_id[:8]}'")
