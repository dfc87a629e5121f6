"""A layout as the plan office chose it, in the words of a refusal.

The readers refuse a file read with a layout it is not written in by the layout's key
(「このファイルは shibata レイアウトの計画ではありません。」); the upload form offered
「新発田市の計画の形式」, and the key is a word the plan office never saw. The upload jobs and the
command line put the layout's Japanese name in its place (``importers.layout_names``). Pure
Python: ``shinchoku parse`` uses it without Django.
"""

from __future__ import annotations

from shinchoku.importers.layout_names import layout_name


def layout_refusal(message: str, layout: str | None, *, then: str = "", key: bool = False) -> str:
    """``message`` with the forced ``layout`` named in Japanese (``key``: with its key too, for a
    command line that typed it), followed by ``then`` (what to do); any other message as it is."""
    if not layout or message != f"このファイルは {layout} レイアウトの計画ではありません。":
        return message
    name = layout_name(layout) + (f"（{layout}）" if key else "")
    return f"このファイルは「{name}」で書かれた計画ではありません。{then}"
