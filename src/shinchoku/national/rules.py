"""Suggest national-plan items for an initiative from keyword rules kept as data (pure Python).

Why keyword rules and not a model: the items are few and named in the plans' own words (テレワーク,
マイナンバーカード, セキュリティ…); rules in a data file can be read and corrected by a plan office,
give the same answer every time, and reach the accuracy the issue asks for on the hand-judged set
(tests/national/test_judged.py). The plan office confirms or changes every suggestion anyway.

The rule file format is described at the top of ``data/rules.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parent / "data" / "rules.toml"


@dataclass(frozen=True)
class Rule:
    code: str
    patterns: tuple[tuple[re.Pattern[str], float], ...]
    negative: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Rules:
    rules: dict[str, Rule]
    threshold: float = 1.0
    summary_factor: float = 0.4
    max_items: int = 3


class RulesFileError(ValueError):
    """A rule file that cannot be used (the message names the item and the pattern)."""


def _compile(code: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)
    except re.error as exc:
        raise RulesFileError(f"規則 {code}: 正規表現 {pattern!r} が正しくありません（{exc}）") from exc


def parse_rules(text: str) -> Rules:
    """Rules from the TOML text of a rule file."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesFileError(f"規則ファイルを読めません（{exc}）") from exc
    settings = raw.get("settings", {})
    rules = {}
    for code, body in raw.get("rules", {}).items():
        patterns = tuple((_compile(code, p), float(w)) for p, w in body.get("patterns", {}).items())
        negative = tuple(_compile(code, p) for p in body.get("negative", []))
        rules[code] = Rule(code, patterns, negative)
    return Rules(
        rules,
        threshold=float(settings.get("threshold", 1.0)),
        summary_factor=float(settings.get("summary_factor", 0.4)),
        max_items=int(settings.get("max_items", 3)),
    )


@cache
def default_rules() -> Rules:
    return parse_rules(RULES_FILE.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def score(rule: Rule, title: str, summary: str, summary_factor: float) -> float:
    """How strongly the rule's keywords point at its item (0 when a negative word is in the title: a
    summary mentions too much in passing to veto an item)."""
    if any(p.search(title) for p in rule.negative):
        return 0.0
    total = 0.0
    for pattern, weight in rule.patterns:
        if pattern.search(title):
            total += weight
        elif pattern.search(summary):
            total += weight * summary_factor
    return total


def suggest(
    title: str, summary: str = "", codes: Iterable[str] | None = None, rules: Rules | None = None
) -> list[tuple[str, float]]:
    """The items to suggest, as (code, score), best first; ``codes`` limits them to one edition's items."""
    rules = rules or default_rules()
    title, summary = _norm(title), _norm(summary)
    allowed = set(codes) if codes is not None else None
    found = []
    for code, rule in rules.rules.items():
        if allowed is not None and code not in allowed:
            continue
        value = score(rule, title, summary, rules.summary_factor)
        if value >= rules.threshold:
            found.append((code, round(value, 3)))
    found.sort(key=lambda item: -item[1])
    return found[: rules.max_items]
