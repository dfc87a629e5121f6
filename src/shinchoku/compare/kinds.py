"""Kinds of KPI that municipalities share, and how an indicator is recognised as one (pure Python).

Plans name the same measure in many ways (「マイナンバーカードの普及率」, 「取得率」 under
「マイナンバーカードの普及促進」) and print it in different units (千件, 万人, 割). To put them side by
side, every indicator gets at most one kind from ``data/kinds.toml`` and every value is converted to
the kind's unit *only where the unit says how*; a value whose unit cannot be converted is shown as
printed, never guessed. The rules live in the data file so that a plan office can add a kind without
touching code (docs/compare.md).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "kinds.toml"

#: 「件／年」「人（累計）」「%（年度末）」: what follows the unit itself says when, not how much.
_UNIT_TAIL = re.compile(r"(/|\(|毎).*$")


def normalize(text: str | None) -> str:
    """NFKC, no blanks, lower case: 「Ｗｉ－Ｆｉ 設置 箇所」 and 「wi-fi設置箇所」 compare equal."""
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    unit: str
    subject: tuple[str, ...]
    measure: tuple[str, ...]
    none: tuple[str, ...] = ()
    same: tuple[str, ...] = ()

    def matches(self, name: str, context: str, *, subject_in_context: bool) -> bool:
        """``name`` and ``context`` already normalised. The measure must be in the name; no negative
        word in either; the subject in the name or, when allowed, in the context (the initiative's
        title)."""
        if not any(word in name for word in self.measure):
            return False
        if any(word in name or word in context for word in self.none):
            return False
        return any(word in name or (subject_in_context and word in context) for word in self.subject)


@dataclass(frozen=True)
class Catalogue:
    kinds: tuple[Kind, ...]
    units: dict[str, tuple[str, float]]

    def get(self, slug: str) -> Kind | None:
        return next((k for k in self.kinds if k.slug == slug), None)


def _words(values: list[str]) -> tuple[str, ...]:
    return tuple(normalize(v) for v in values)


@cache
def catalogue(path: Path = DATA) -> Catalogue:
    """The kinds and unit conversions of ``path`` (read once per process)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    units = {
        normalize(unit): (normalize(base), float(factor)) for unit, (base, factor) in data["units"].items()
    }
    kinds = tuple(
        Kind(
            slug=k["slug"],
            label=k["label"],
            unit=normalize(k["unit"]),
            subject=_words(k["subject"]),
            measure=_words(k["measure"]),
            none=_words(k.get("none", [])),
            same=_words(k.get("same", [])),
        )
        for k in data["kind"]
    )
    slugs = [k.slug for k in kinds]
    if len(set(slugs)) != len(slugs):
        raise ValueError(f"{path}: 同じ slug の種類が2つあります")
    return Catalogue(kinds, units)


def classify(name: str | None, context: str | None = "", cat: Catalogue | None = None) -> str | None:
    """The slug of the first kind ``name`` (an indicator's name) belongs to, or None.

    ``context`` is the initiative's title: it may supply the subject when the name gives only the
    measure. A kind that matches on the name alone wins over one that needs the context.
    """
    cat = cat or catalogue()
    name_n, context_n = normalize(name), normalize(context)
    if not name_n:
        return None
    for subject_in_context in (False, True):
        for kind in cat.kinds:
            if kind.matches(name_n, context_n, subject_in_context=subject_in_context):
                return kind.slug
    return None


def unit_factor(unit: str | None, kind: Kind, cat: Catalogue | None = None) -> float | None:
    """What to multiply a value printed in ``unit`` by to get ``kind.unit``; None when the unit
    does not say how (blank, another quantity, 「%増」 of an unknown base …)."""
    cat = cat or catalogue()
    key = _UNIT_TAIL.sub("", normalize(unit))
    if not key:
        return None
    if key == kind.unit:
        return 1.0
    base, factor = cat.units.get(key, (key, 1.0))
    if base == kind.unit:
        return factor
    if base in kind.same:
        return factor
    return None


def convert(value: float | None, unit: str | None, kind: Kind, cat: Catalogue | None = None) -> float | None:
    """``value`` in the kind's unit, or None when it is missing or its unit cannot be converted."""
    if value is None:
        return None
    factor = unit_factor(unit, kind, cat)
    return None if factor is None else round(value * factor, 6)
