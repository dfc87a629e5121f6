"""Logging filters: what reaches the server's log (settings.LOGGING).

Django logs every refused request (403 Forbidden, 400 Bad Request, 404 from a raised Http404)
with the exception attached, so each one printed a full traceback to the log as if the code had
failed. A refusal is the application working as intended: the administrator reading the journal
needs the one line (status, path) and nothing else, and real server errors must stand out.
"""

from __future__ import annotations

import logging


class ClientErrorsWithoutTraceback(logging.Filter):
    """Drop the traceback of a request logged with a 4xx status; 5xx keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if isinstance(status, int) and status < 500 and record.exc_info:
            record.exc_info = None
            record.exc_text = None
        return True
