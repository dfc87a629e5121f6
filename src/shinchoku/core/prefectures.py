"""The 47 都道府県 in their official order (JIS X 0401: 北海道 first, 沖縄県 last).

Lists of prefectures are shown in this order, as every Japanese form does, not in character order.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The 47 都道府県 in JIS order.
PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip

_ORDER = {name: n for n, name in enumerate(PREFECTURES)}


def in_order(names: Iterable[str]) -> list[str]:
    """``names`` without repeats, in the official order (names that are not a prefecture last)."""
    return sorted(set(names), key=lambda name: (_ORDER.get(name, len(_ORDER)), name))
