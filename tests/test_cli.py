"""The eventpipe command and the code location `dagster dev` loads."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_eventpipe_code_writes_one_event_per_line(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        json.dumps({"id": "a1", "text": "Brazil and Argentina held talks on trade on Monday.", "published": "2025-03-12", "language": "en"}) + "\n"
        + json.dumps({"id": "a2", "text": "La France a condamné hier les frappes russes.", "published": "2025-03-12"}) + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    out = tmp_path / "events.jsonl"
    proc = subprocess.run([str(BIN / "eventpipe"), "code", str(articles), "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr  # one bad line reported, the rest coded
    assert "invalid_json" in proc.stderr
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    keys = {(e["article_id"], e["root"], e["source_country"], e["target_country"]) for e in events}
    assert {("a1", "04", "BRA", "ARG"), ("a1", "04", "ARG", "BRA"), ("a2", "11", "FRA", "RUS")} <= keys
    a2 = next(e for e in events if e["article_id"] == "a2")
    assert a2["event_date"] == "2025-03-11" and a2["language"] == "fr" and a2["sentence"].startswith("La France")
    required = {"event_id", "sentence_index", "source_actor", "source_role", "target_actor", "target_role", "cameo_code", "quad_class", "goldstein", "confidence", "rule", "coder_version"}
    assert required <= set(a2)


def test_eventpipe_code_to_stdout(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "x", "text": "Germany imposed new sanctions on Iran.", "published": "2025-01-02", "language": "en"}) + "\n", encoding="utf-8")
    proc = subprocess.run([str(BIN / "eventpipe"), "code", str(articles)], capture_output=True, text=True, check=True)
    assert [json.loads(line)["cameo_code"][:2] for line in proc.stdout.splitlines()] == ["16"]


def test_dagster_loads_the_code_location_without_errors(tmp_path):
    env = dict(os.environ, DAGSTER_HOME=str(tmp_path), EVENTPIPE_WAREHOUSE=str(tmp_path / "w.duckdb"), EVENTPIPE_INBOX=str(tmp_path / "inbox"))
    proc = subprocess.run([str(BIN / "dagster"), "definitions", "validate", "-m", "orchestration.definitions"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
