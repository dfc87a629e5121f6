"""Where the reader tests keep the files office software made for them (PDFs printed by Chromium or LibreOffice,
workbooks saved by Calc), and by what key.

Printing a plan takes a second or more and the tests print some three hundred: a checkout that printed them all
again on every run spent eight minutes of its twenty on it. So the files are kept outside the checkout, in the
user's cache (``$XDG_CACHE_HOME/shinchoku-tests``, ``~/.cache`` by default; ``SHINCHOKU_TEST_CACHE`` names another
folder), where a new checkout — a worktree, CI's clean one — finds them. Each is named by a digest of what it was
made from, never by the module that made it: a file kept is the file that input gives, whichever checkout asks.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import zipfile
from pathlib import Path


def cache_dir(kind: str) -> Path:
    """The folder of one kind of file (``samplepdf``, ``samplexlsx``), made on first use."""
    root = os.environ.get("SHINCHOKU_TEST_CACHE")
    if not root:
        root = os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "shinchoku-tests")
    folder = Path(root) / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder


#: The times an office file stamps into itself when saved (openpyxl's 「dcterms:created」 and 「dcterms:modified」).
_SAVED_AT = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*")


def digest(data: bytes) -> str:
    """A file's key: its bytes, or for a zip (.xlsx, .docx) its members without the times saving stamps on them and
    into them — a workbook built again a minute later is the same workbook, printed once."""
    hasher = hashlib.sha256()
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in sorted(archive.namelist()):
                hasher.update(name.encode() + b"\0" + _SAVED_AT.sub(rb"\1", archive.read(name)) + b"\0")
    else:
        hasher.update(data)
    return hasher.hexdigest()[:16]


def keep(made: Path, target: Path) -> None:
    """Move a file made in a temporary folder into the cache atomically: another test process (pytest -n) may be
    making or reading the same file."""
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    shutil.move(made, partial)
    os.replace(partial, target)
