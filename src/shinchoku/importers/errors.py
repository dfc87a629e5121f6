"""The one error every importer raises for input it cannot read.

Callers (the CLI, the upload form, the loader) catch exactly this and show its message; any
other exception escaping an importer is a bug. Messages are Japanese because they reach
municipal staff as they are.
"""

from __future__ import annotations

import errno

#: What to do when a table reached us as text without its columns (plain ``pdftotext``, whose
#: reading order scatters a table's cells): the advice every layout gives in the same words.
USE_THE_PDF = "PDFそのもの、または「pdftotext -layout」で抽出したテキストを取り込んでください。"


class ParseError(ValueError):
    """The input is not a plan this importer (or any importer) can read.

    ``line`` is the 1-based source line the problem was found on, when there is one.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"{line}行目: {message}" if line else message)


#: Why a file could not be opened, as the plan office reads it (``OSError.strerror`` is English:
#: 「ファイルを読めません: No such file or directory」).
_OS_REASONS = {
    errno.ENOENT: "ファイルがありません。名前と場所を確かめてください",
    errno.EISDIR: "フォルダーです。ファイルを指定してください",
    errno.EACCES: "読み取る権限がありません",
    errno.EPERM: "読み取る権限がありません",
    errno.ENAMETOOLONG: "ファイル名が長すぎます",
}


def os_reason(exc: OSError) -> str:
    """The Japanese reason a file could not be read; the system's own words for a rare one."""
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
