"""benchmarks/warehouse_bench.py as a module, loaded once per session (it caches the parsed dbt manifest)."""

import importlib.util
import sys
from pathlib import Path

BENCH_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "warehouse_bench.py"


def warehouse_bench():
    if "warehouse_bench" not in sys.modules:
        spec = importlib.util.spec_from_file_location("warehouse_bench", BENCH_PATH)
        module = importlib.util.module_from_spec(spec)
        sys.modules["warehouse_bench"] = module
        spec.loader.exec_module(module)
    return sys.modules["warehouse_bench"]
