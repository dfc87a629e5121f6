"""Helpers every app shares (formatting, time, text in spreadsheet cells: ``formulas``, numbers read
from requests: ``params``) and the shared machinery: background jobs (Django's
Tasks framework, ``tasks``), serving (``server``), backups (``backup``). Imported downward by plans,
progress, web, exports, api.

Nothing here imports another shinchoku app at module level, so any app may import it without a cycle.
"""
