"""E-mails printed instead of sent (``make run``, development), in a form a person can read.

Django's console backend prints the MIME message: a Japanese subject and body come out as
base64 (「=?utf-8?b?44CQ6YCy…」), so the demo's promise to show the mails in the terminal was not
kept. This backend prints the same mail as its sender, recipients, subject and text.
"""

from __future__ import annotations

from typing import Any

from django.core.mail.backends.console import EmailBackend


class ReadableConsoleBackend(EmailBackend):
    """The console backend, writing each mail's headers and text decoded (UTF-8), not MIME-encoded."""

    def write_message(self, message: Any) -> None:
        lines = [
            f"From: {message.from_email}",
            f"To: {', '.join(message.to)}",
            *([f"Cc: {', '.join(message.cc)}"] if message.cc else []),
            f"Subject: {message.subject}",
            "",
            message.body,
        ]
        self.stream.write("\n".join(lines) + "\n")
        self.stream.write("-" * 79 + "\n")
