"""The layouts as a plan office knows them: in Japanese, for the upload form, the preview and ``shinchoku layouts``.

The layout keys (``LAYOUTS``) are identifiers for ``--layout`` and the Plan JSON's ``source.layout``;
a person choosing one on the form reads which document it is for.
"""

from __future__ import annotations

LAYOUT_NAMES: dict[str, str] = {
    "planjson": "Plan JSON（shinchoku の書き出し）",
    "template": "計画テンプレート（Excel・CSV）",
    "nobeoka": "延岡市の計画の形式（施策シート・全体工程表）",
    "onojo": "大野城市の計画の形式",
    "hita": "日田市の計画の形式（年次計画編）",
    "izunokuni": "伊豆の国市の計画の形式",
    "shibata": "新発田市の計画の形式",
    "generic": "一般的な形式（取組の表・番号付きの一覧・取組ごとの記述）",
}


def layout_name(layout: str | None) -> str:
    """The Japanese name of ``layout``; the key itself for one not named here (a layout added later)."""
    return LAYOUT_NAMES.get(layout or "", layout or "")


#: Files whose readers count places in paragraphs and rows, not printed lines: a Word document's, a web page's.
_PARAGRAPH_FILES = (".docx", ".html", ".htm")


def counted_in_paragraphs(filename: str | None) -> bool:
    """Whether a plan read from ``filename`` names its places by paragraph (「14段落目」), not by line."""
    return (filename or "").lower().endswith(_PARAGRAPH_FILES)


def counted_in_pages(filename: str | None) -> bool:
    """Whether a plan read from ``filename`` names its places by page and the line on it (a PDF: 「2ページ 7行目」)."""
    return (filename or "").lower().endswith(".pdf")
