"""A logging handler that records server errors in the audit log, with DEBUG off as well.

Attached (settings.LOGGING) to ``django.request`` — which logs every unhandled exception of a page —
and to ``shinchoku`` — where the API logs the exceptions it answers with a JSON 500. Only records
carrying an exception are written: the exception's class and message, the path, the user.
"""

from __future__ import annotations

import logging
import threading

_busy = threading.local()


class AuditErrorHandler(logging.Handler):
    def emit(self, log_record: logging.LogRecord) -> None:
        if not log_record.exc_info or log_record.name.startswith("shinchoku.audit"):
            return
        if getattr(_busy, "active", False):
            return
        _busy.active = True
        try:
            # Imported here: logging is configured before the apps (and their models) are loaded.
            from .models import Kind, Result
            from .recorder import record

            exc_type, exc, _tb = log_record.exc_info
            if exc_type is None:
                return
            record(
                Kind.SERVER_ERROR,
                result=Result.ERROR,
                request=getattr(log_record, "request", None),
                details={
                    "exception": f"{exc_type.__module__}.{exc_type.__qualname__}",
                    "message": str(exc),
                    "logger": log_record.name,
                },
            )
        except Exception:  # a log handler must never raise into the code that logs
            self.handleError(log_record)
        finally:
            _busy.active = False
