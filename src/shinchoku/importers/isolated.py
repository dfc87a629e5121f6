"""Parse an untrusted file in a child process with a time and memory limit.

Every uploaded file is hostile: a crafted PDF or workbook can make a parser run for hours or
take gigabytes (a decompression bomb). Parsed inside the worker it would stall every other
job or get the worker killed. In a child process the limits are hard: the child is killed at
the time limit (on every OS) and, on POSIX, cannot allocate past the memory limit. Pure Python
like the rest of this package; the child imports only the importers.

    python -m shinchoku.importers.isolated FILE FILENAME LAYOUT MEMORY_MB
writes ``{"plan": ..., "tables": [...]}`` or ``{"error": "..."}`` as JSON on stdout. Options that
come from the user (the municipality the file may not name, a column mapping) are read as JSON
from stdin (``{"municipality": ..., "mapping": ...}``), never from the command line. Each page of a
PDF read is told on stderr (「shinchoku-page 12/40」), which ``read_isolated`` passes to ``on_page``: the
upload's page shows how far the reading of a long plan is.
"""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, cast

from .errors import ParseError
from .planjson import Plan

CRASHED = "ファイルを読み取れませんでした（読み取り処理が異常終了しました）。壊れたファイルでないか確認してください。"
TIMED_OUT = (
    "ファイルの読み取りが制限時間（{seconds}秒）内に終わりませんでした。"
    "ファイルが大きすぎるか壊れている可能性があります。"
)
OUT_OF_MEMORY = "ファイルの読み取りに必要なメモリが上限（{mb} MB）を超えました。ファイルが大きすぎるか壊れている可能性があります。"


#: A page read, as the child tells it on stderr.
_PAGE = re.compile(rb"^shinchoku-page (\d+)/(\d+)$")


def parse_isolated(
    path: str | os.PathLike[str], *, filename: str, layout: str | None, timeout: float, memory_mb: int
) -> Plan:
    """Parse ``path`` in a child process; :class:`ParseError` with a Japanese message on any failure."""
    plan, _ = read_isolated(path, filename=filename, layout=layout, timeout=timeout, memory_mb=memory_mb)
    return plan


def read_isolated(
    path: str | os.PathLike[str],
    *,
    filename: str,
    layout: str | None,
    timeout: float,
    memory_mb: int,
    municipality: str | None = None,
    mapping: Any = None,
    on_page: Callable[[int, int], None] | None = None,
) -> tuple[Plan, list[dict[str, Any]]]:
    """``read_for_preview`` in a child process: the plan and the tables found (for the generic
    layout); :class:`ParseError` with a Japanese message on any failure, a bad mapping included.
    ``on_page(number, pages)`` is called in this thread for each page of a PDF the child has read."""
    given = {"municipality": municipality, "mapping": mapping}
    answer = _answer(path, filename, layout, timeout, memory_mb, given, on_page)
    return answer["plan"], answer.get("tables") or []


def read_with_saved(
    path: str | os.PathLike[str],
    *,
    filename: str,
    layout: str | None,
    timeout: float,
    memory_mb: int,
    saved: list[dict[str, Any]],
    municipality: str | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> tuple[Plan, list[dict[str, Any]], dict[str, Any] | None]:
    """As :func:`read_isolated`, and with the column mapping a municipality saved for its tables' headers where one
    applies (``saved``: its entries, ``mapping.saved_applying``): the plan, the tables and the mapping applied (None:
    read as detected). The file is read once: next year's PDF of a plan office that chose its columns took two
    readings, the second with the mapping chosen from the first's tables."""
    options = {"municipality": municipality, "mapping": None, "saved": saved}
    answer = _answer(path, filename, layout, timeout, memory_mb, options, on_page)
    return answer["plan"], answer.get("tables") or [], answer.get("applied")


def _answer(
    path: str | os.PathLike[str],
    filename: str,
    layout: str | None,
    timeout: float,
    memory_mb: int,
    given: dict[str, Any],
    on_page: Callable[[int, int], None] | None,
) -> dict[str, Any]:
    """The child's answer for ``path`` read with the options ``given`` (on stdin); ParseError for a refusal."""
    command = [sys.executable, "-m", __name__, os.fspath(path), filename, layout or "", str(memory_mb)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    options = json.dumps(given).encode()
    child = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    out: list[bytes] = []
    pages: queue.SimpleQueue[tuple[int, int]] = queue.SimpleQueue()
    # both pipes are read as the child writes them (a plan's JSON fills a pipe's buffer long before its end)
    readers = [
        threading.Thread(target=lambda: out.append(_read_all(child.stdout)), daemon=True),
        threading.Thread(target=_pages_told, args=(child.stderr, pages), daemon=True),
    ]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + timeout
    try:
        assert child.stdin is not None
        try:
            child.stdin.write(options)
            child.stdin.close()
        except OSError:
            pass  # the child ended before reading its options: its answer says why
        while True:
            try:
                child.wait(timeout=min(0.5, max(0.0, deadline - time.monotonic())))
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() >= deadline:
                    raise ParseError(TIMED_OUT.format(seconds=f"{timeout:g}")) from None
            finally:
                _tell(pages, on_page)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for reader in readers:
            reader.join(timeout=5)
    _tell(pages, on_page)
    try:
        answer = json.loads(b"".join(out))
    except ValueError:
        raise ParseError(CRASHED) from None
    if "error" in answer:
        raise ParseError(answer["error"], cause=answer.get("cause"))
    return cast(dict[str, Any], answer)


def _read_all(stream: IO[bytes] | None) -> bytes:
    return stream.read() if stream is not None else b""


def _pages_told(stream: IO[bytes] | None, pages: queue.SimpleQueue[tuple[int, int]]) -> None:
    """The pages the child tells on stderr, each put on ``pages``; the rest of stderr is not read for anything."""
    for line in stream if stream is not None else ():
        found = _PAGE.match(line.rstrip())
        if found:
            pages.put((int(found.group(1)), int(found.group(2))))


def _tell(pages: queue.SimpleQueue[tuple[int, int]], on_page: Callable[[int, int], None] | None) -> None:
    """The last page told since the last call, to ``on_page`` (one call however many pages were read meanwhile)."""
    last = None
    while not pages.empty():
        last = pages.get()
    if last is not None and on_page is not None:
        on_page(*last)


def _report_page(number: int, count: int) -> None:
    try:
        sys.stderr.buffer.write(f"shinchoku-page {number}/{count}\n".encode())
        sys.stderr.buffer.flush()
    except (OSError, ValueError):
        pass  # nobody follows the pages: the reading goes on


def _with_saved(
    read: Callable[[Any], tuple[Plan, list[dict[str, Any]]]], saved: Any, tables: list
) -> dict[str, Any]:
    """The file read again with the municipality's saved column mapping for its tables' headers (``saved``: its
    entries, ``mapping.saved_applying``): ``{"plan", "tables", "applied"}``, or nothing when none applies or the
    saved choice no longer fits the file (the detected columns stand). A PDF is not parsed again: its document, read
    once, is handed to the second reading (a copy: the readers may change it)."""
    from .mapping import saved_applying

    applied = saved_applying(list(saved), [str(t.get("signature") or "") for t in tables])
    if applied is None:
        return {}
    try:
        plan, tables = read(applied)
    except ParseError:
        return {}
    return {"plan": plan, "tables": tables, "applied": applied}


def _parse_each_pdf_once(pdf: Any) -> None:
    """Have ``pdf.read_pdf`` parse a file once in this process: a second reading of the same bytes is handed a copy
    of the document the first made (the readers may change the one they are given), and tells no pages again."""
    import copy

    first = pdf.read_pdf
    documents: dict[bytes, Any] = {}

    def read_once(data: bytes, **limits: Any) -> Any:
        if data in documents:
            return copy.deepcopy(documents[data])
        document = first(data, **limits)
        documents[data] = copy.deepcopy(document)
        pdf.page_read = None  # (told the first time)
        return document

    pdf.read_pdf = read_once


def _limit_memory(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still applies
        return
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _child(argv: list[str]) -> int:
    path, filename, layout, memory_mb = argv
    _limit_memory(int(memory_mb))
    try:
        options = {} if sys.stdin.isatty() else json.loads(sys.stdin.buffer.read() or b"{}")
    except ValueError:
        options = {}
    try:
        from . import read_for_preview
        from .readers import pdf

        pdf.page_read = _report_page
        if options.get("saved") and options.get("mapping") is None:
            _parse_each_pdf_once(pdf)  # a second reading with the saved mapping may follow
        data = Path(path).read_bytes()

        def read(mapping: Any) -> tuple[Plan, list[dict[str, Any]]]:
            return read_for_preview(
                data,
                filename=filename,
                layout=layout or None,
                municipality=options.get("municipality"),
                mapping=mapping,
            )

        plan, tables = read(options.get("mapping"))
        answer: dict = {"plan": plan, "tables": tables}
        if options.get("saved") and options.get("mapping") is None and tables:
            answer.update(_with_saved(read, options["saved"], tables))
    except ParseError as exc:
        answer = {"error": str(exc), "cause": exc.cause}
    except MemoryError:
        answer = {"error": OUT_OF_MEMORY.format(mb=memory_mb)}
    except RecursionError:
        answer = {"error": "ファイルの構造が深すぎて読み取れません。"}
    # ASCII JSON: safe on any console encoding, and lone surrogates survive to the validator.
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
