"""Parse an untrusted file in a child process with a time and memory limit.

Every uploaded file is hostile: a crafted PDF or workbook can make a parser run for hours or
take gigabytes (a decompression bomb). Parsed inside the worker it would stall every other
job or get the worker killed. In a child process the limits are hard: the child is killed at
the time limit (on every OS) and, on POSIX, cannot allocate past the memory limit. Pure Python
like the rest of this package; the child imports only the importers.

    python -m shinchoku.importers.isolated FILE FILENAME LAYOUT MEMORY_MB
writes ``{"plan": ..., "tables": [...]}`` or ``{"error": "..."}`` as JSON on stdout. Options that
come from the user (the municipality the file may not name, a column mapping) are read as JSON
from stdin (``{"municipality": ..., "mapping": ...}``), never from the command line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .errors import ParseError
from .planjson import Plan

CRASHED = "ファイルを読み取れませんでした（読み取り処理が異常終了しました）。壊れたファイルでないか確認してください。"
TIMED_OUT = (
    "ファイルの読み取りが制限時間（{seconds}秒）内に終わりませんでした。"
    "ファイルが大きすぎるか壊れている可能性があります。"
)
OUT_OF_MEMORY = "ファイルの読み取りに必要なメモリが上限（{mb} MB）を超えました。ファイルが大きすぎるか壊れている可能性があります。"


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
) -> tuple[Plan, list[dict[str, Any]]]:
    """``read_for_preview`` in a child process: the plan and the tables found (for the generic
    layout); :class:`ParseError` with a Japanese message on any failure, a bad mapping included."""
    command = [sys.executable, "-m", __name__, os.fspath(path), filename, layout or "", str(memory_mb)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    options = json.dumps({"municipality": municipality, "mapping": mapping}).encode()
    try:
        done = subprocess.run(
            command, input=options, capture_output=True, timeout=timeout, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        raise ParseError(TIMED_OUT.format(seconds=f"{timeout:g}")) from None
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        raise ParseError(CRASHED) from None
    if "error" in answer:
        raise ParseError(answer["error"], cause=answer.get("cause"))
    return answer["plan"], answer.get("tables") or []


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

        plan, tables = read_for_preview(
            Path(path).read_bytes(),
            filename=filename,
            layout=layout or None,
            municipality=options.get("municipality"),
            mapping=options.get("mapping"),
        )
        answer: dict = {"plan": plan, "tables": tables}
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
