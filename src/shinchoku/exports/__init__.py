"""Exports: Plan JSON, open-data CSV/JSON, and the workbooks and reports the plan office hands out."""
