"""全国地方公共団体コード: the check digit, and the municipalities whose plans we ship.

Plans name their municipality but never print its code; the code is what lets plans of one
municipality from different years, and the nationwide comparison, line up.
"""

from __future__ import annotations

import unicodedata

#: The 47 都道府県 in their official order (JIS X 0401: 北海道 first, 沖縄県 last). Kept here, at the
#: bottom of the layers, so that the readers can tell a prefecture named above a table and the apps
#: list them in this order (``core.prefectures``).
PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip

#: The characters of a municipality's name, for a regular expression's class: kanji with 「々」「〆」 (野々宮市, 佐々木町)
#: and the compatibility ideographs (「﨑」), hiragana, katakana with 「ヶ」「ノ」 (鶴ヶ島市, 龍ノ口町).
NAME_CHARS = "\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u3041-\u3093\u30a1-\u30f6"

#: name -> (prefecture, 6-digit code). Extend as more layouts and sample plans arrive.
KNOWN: dict[str, tuple[str, str]] = {
    "延岡市": ("宮崎県", "452033"),
    "大野城市": ("福岡県", "402192"),
    "日田市": ("大分県", "442046"),
    "伊豆の国市": ("静岡県", "222259"),
    "新発田市": ("新潟県", "152064"),
}


def check_digit(code5: str) -> str:
    """Check digit of a 5-digit 団体コード (JIS X 0401/0402: weights 6..2, modulus 11)."""
    total = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2), strict=True))
    remainder = total % 11
    return "1" if remainder == 0 else str((11 - remainder) % 10)


def is_valid_code(code: str) -> bool:
    """True for a 6-digit code whose last digit is the check digit of the first five."""
    return len(code) == 6 and code.isdigit() and check_digit(code[:5]) == code[5]


def typed_code(text: str) -> str | None:
    """A 団体コード as staff type or print it: 6 digits with a valid check digit, or the 5 digits before it (the check
    digit added); full-width digits accepted. None for anything else."""
    digits = unicodedata.normalize("NFKC", text).strip()
    if len(digits) == 5 and digits.isdigit() and digits.isascii():
        return digits + check_digit(digits)
    return digits if digits.isascii() and is_valid_code(digits) else None


def of_prefecture(code: str, prefecture: str) -> bool:
    """Whether a 団体コード belongs to ``prefecture``: its first two digits are the prefecture's number (01 北海道 …
    47 沖縄県)."""
    return prefecture not in PREFECTURES or code[:2] == f"{PREFECTURES.index(prefecture) + 1:02d}"


def lookup(name: str) -> tuple[str | None, str | None]:
    """(prefecture, code) for a municipality name, (None, None) when we do not know it."""
    return KNOWN.get(name, (None, None))
