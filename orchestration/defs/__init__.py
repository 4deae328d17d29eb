"""Thin Dagster wiring around the pure pipeline functions; `orchestration.definitions` assembles it."""
