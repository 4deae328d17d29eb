"""Reports built from the warehouse marts (no Dagster import: the asset in defs/reports.py wraps them)."""

from orchestration.reports.trends import ReportResult, build_charts, load_report_data, reports_dir, write_report

__all__ = ["ReportResult", "build_charts", "load_report_data", "reports_dir", "write_report"]
