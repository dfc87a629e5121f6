"""The editions of 総務省「自治体DX推進計画」 as reference data: one JSON file per edition (pure Python).

Why files: the national plan is revised every year or two, and a revision must not rewrite what
municipalities confirmed against an older one. A new edition is a new file in ``data/editions``;
the data migrations load the files into ``NationalPlanEdition`` / ``NationalItem`` and labels keep
pointing at the item of the edition they were made for.

An item's ``code`` names the same idea across editions (``security`` is セキュリティ対策の徹底 in
every edition), so coverage and the national matrix compare plans written against different
editions. ``covers`` lists older codes an item absorbed (第2.3版's フロントヤード改革 covers
第1版's 行政手続のオンライン化).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

EDITIONS_DIR = Path(__file__).resolve().parent / "data" / "editions"
#: The order of the groups on every page (the national plan's own order of chapters).
GROUPS = ("推進体制", "重点取組事項", "地域社会のデジタル化等")


@dataclass(frozen=True)
class ItemData:
    code: str
    title: str
    group: str
    order: int
    covers: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes whose labels count for this item: its own and those it absorbed."""
        return (self.code, *self.covers)


@dataclass(frozen=True)
class EditionData:
    key: str
    title: str
    published_on: date
    source: str
    items: tuple[ItemData, ...] = field(default_factory=tuple)


class EditionFileError(ValueError):
    """An edition file that cannot be used (the message names the file and the problem)."""


def _edition(path: Path) -> EditionData:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        items = tuple(
            ItemData(
                code=str(item["code"]),
                title=str(item["title"]),
                group=str(item["group"]),
                order=n,
                covers=tuple(item.get("covers", ())),
            )
            for n, item in enumerate(raw["items"], start=1)
        )
        edition = EditionData(
            key=str(raw["key"]),
            title=str(raw["title"]),
            published_on=date.fromisoformat(raw["published_on"]),
            source=str(raw.get("source", "")),
            items=items,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EditionFileError(f"{path.name}: 国の計画の版のファイルを読めません（{exc}）") from exc
    codes = [i.code for i in items]
    if len(set(codes)) != len(codes):
        raise EditionFileError(f"{path.name}: 項目コードが重複しています")
    unknown = {i.group for i in items} - set(GROUPS)
    if unknown:
        raise EditionFileError(f"{path.name}: 未知の区分 {sorted(unknown)}")
    return edition


@cache
def editions() -> tuple[EditionData, ...]:
    """Every edition shipped in data/editions, oldest first."""
    return tuple(
        sorted((_edition(p) for p in EDITIONS_DIR.glob("*.json")), key=lambda e: e.published_on)
    )


def plan_date(published: str = "", start_fy: int | None = None, first_fy: int | None = None) -> date | None:
    """When a plan was written, as well as the plan tells: its publication month (``YYYY-MM``), else
    the start of its period, else the first fiscal year its schedule names (a plan is written before
    the period it schedules)."""
    if published and len(published) >= 7:
        try:
            return date(int(published[:4]), int(published[5:7]), 1)
        except ValueError:
            pass
    fy = start_fy or first_fy
    return date(fy, 4, 1) if fy else None


def edition_for(written: date | None, available: tuple[EditionData, ...] | None = None) -> EditionData:
    """The edition a plan written on ``written`` followed: the latest published by then (the first
    edition for older plans; the latest edition when the date is unknown)."""
    available = available or editions()
    if written is None:
        return available[-1]
    before = [e for e in available if e.published_on <= written]
    return before[-1] if before else available[0]


@cache
def related_codes() -> dict[str, frozenset[str]]:
    """code → the codes that name the same thing in some edition (itself, what it covers, what covers
    it): 第1版's ``online`` and 第2.3版's ``frontyard`` are related. From the files, no query."""
    related: dict[str, set[str]] = {}
    for edition in editions():
        for item in edition.items:
            for code in item.codes:
                related.setdefault(code, {code}).update(item.codes)
    return {code: frozenset(codes) for code, codes in related.items()}


def share_an_item(a: set[str], b: set[str]) -> bool:
    """Whether two initiatives' label codes have an item in common (across editions)."""
    table = related_codes()
    expanded = set().union(*(table.get(code, {code}) for code in a)) if a else set()
    return bool(expanded & b)
