"""The one error every importer raises for input it cannot read.

Callers (the CLI, the upload form, the loader) catch exactly this and show its message; any
other exception escaping an importer is a bug. Messages are Japanese because they reach
municipal staff as they are.
"""

from __future__ import annotations

import errno
import logging

#: Where the words of an exception behind a refusal go: for the administrator, never the plan office.
logger = logging.getLogger("shinchoku.importers")

#: What to do when a table reached us as text without its columns (plain ``pdftotext``, whose
#: reading order scatters a table's cells): the advice every layout gives in the same words.
USE_THE_PDF = "PDFそのもの、または「pdftotext -layout」で抽出したテキストを取り込んでください。"

#: A CSV the csv module refuses (a quote left open runs to the end of the file into one cell over
#: its size limit): what the plan office can do about it, in the same words for every CSV reader.
UNREADABLE_CSV = (
    "CSV として読めません（引用符「\"」の閉じ忘れか、長すぎるセルがあります）。"
    "Excel などで開いて CSV 形式で保存し直してから取り込んでください。"
)


class ParseError(ValueError):
    """The input is not a plan this importer (or any importer) can read.

    ``line`` is the 1-based source line the problem was found on, when there is one; ``cause`` the
    words of the exception behind it (English, a library's), for the administrator's log only.
    """

    def __init__(self, message: str, line: int | None = None, cause: str | None = None) -> None:
        self.message = message
        self.line = line
        self.cause = cause
        super().__init__(f"{line}行目: {message}" if line else message)


def refusal(message: str, exc: BaseException, line: int | None = None) -> ParseError:
    """The ParseError to raise for ``exc``: ``message`` (Japanese, saying what to do) is all the
    plan office sees; the exception's own words (English: 「File is not a zip file」, 「field larger
    than field limit」) ride along as its ``cause``, which the upload logs for the administrator
    (:func:`log_cause`) instead of appending it to the message."""
    return ParseError(message, line=line, cause=f"{type(exc).__name__}: {exc}")


def log_cause(error: ParseError) -> None:
    """Log what lay behind a refusal, where there is more to it than the message the user sees."""
    if error.cause:
        logger.warning("取込を断りました: %s (%s)", error.message, error.cause)


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
    """The Japanese reason a file could not be read; a rare one's system words (English) are logged."""
    reason = _OS_REASONS.get(exc.errno or 0)
    if reason is None:
        logger.info("ファイルを読めません (%s: %s)", type(exc).__name__, exc)
        reason = "読み取れませんでした。ファイルの場所と、開けるファイルかどうかを確かめてください"
    return reason
