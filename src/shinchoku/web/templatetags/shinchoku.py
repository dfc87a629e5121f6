"""Template filters for how municipal staff write years, halves and numbers."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext as _

from shinchoku.core import dates, numbers
from shinchoku.core.people import person_name
from shinchoku.importers.layout_names import counted_in_paragraphs, layout_name
from shinchoku.plans.models import indicator_label, scope_label
from shinchoku.plans.texts import GRADE_NAMES
from shinchoku.progress.services import REMOVAL_REASON_LIMIT

register = template.Library()


@register.filter
def in_paragraphs(filename: str | None) -> bool:
    """Whether a plan read from ``filename`` names its places by paragraph (a Word document, a web page)."""
    return counted_in_paragraphs(filename)


@register.filter(name="layout_name")
def layout_label(layout: str | None) -> str:
    """"generic" -> 「一般的な形式（…）」: a layout as the plan office knows it (importers.layout_names)."""
    return layout_name(layout)


@register.filter
def indicator_name(entry: dict) -> str:
    """An evaluation's indicator entry -> its name as ``plans.models.indicator_label`` writes it (a KGI says so)."""
    return indicator_label(entry.get("name", ""), entry.get("kind"))


@register.filter
def fy(year: int | None) -> str:
    """2024 -> "令和6年度（2024）" (core.dates.fiscal_year)."""
    return dates.fiscal_year(int(year)) if year else ""


@register.filter
def fy_short(year: int | None) -> str:
    """2024 -> "R6" for narrow table columns (the full label goes in the header's title)."""
    if not year:
        return ""
    year = int(year)
    return f"R{year - 2018}" if year >= 2019 else f"H{year - 1988}"


@register.filter(name="wareki")
def wareki_day(moment) -> str:
    """A date or stored moment as 令和7年6月1日 (local time): the one date style of every page."""
    day = dates.local_date(moment)
    return dates.wareki_date(day) if day else ""


@register.filter
def wareki_month(year_month: str) -> str:
    """A 公表年月 "2021-12" as 令和3年12月."""
    return dates.wareki_month(year_month) if year_month else ""


@register.filter
def wareki_time(moment) -> str:
    """A stored moment to the minute: 令和8年12月2日 11:41 (local time)."""
    return dates.wareki_time(moment)


@register.filter
def deadline(day) -> str:
    """A deadline with its weekday: 令和8年12月5日（土）."""
    day = dates.local_date(day)
    return dates.deadline_label(day) if day else ""


@register.filter
def half(value: int | None) -> str:
    return {1: _("前期"), 2: _("後期")}.get(value or 0, "")


@register.filter
def number(value: float | int | None) -> str:
    """1200.0 -> "1,200", 37.8 -> "37.8" (``core.numbers.written``)."""
    return numbers.written(value)


@register.filter
def actual(entry: Any) -> str:
    """An evaluated indicator's actual (an evaluation's entry, or a line with ``actual``, ``actual_text`` and
    ``unit``) as every output shows it (``core.numbers.value_or_text``): 「72件（速報値）」, else 「72件」; "" for none."""
    get = entry.get if isinstance(entry, dict) else lambda name, default=None: getattr(entry, name, default)
    if isinstance(entry, dict) and (entry.get("removed_actual") is not None or entry.get("removed_text")):
        # a plan file's figure removed after the round froze it (``removals.marked``): said so in its place, with why
        from shinchoku.progress.figures import shown

        seen = shown(entry, result=True)
        if seen.removed_since:
            return seen.removed_label(get("unit") or "")
    return numbers.value_or_text(get("actual"), get("actual_text") or "", get("unit") or "")


@register.filter
def target(entry: Any) -> str:
    """An evaluated indicator's target (an evaluation's entry, or a line with ``target``, ``target_text`` and ``unit``)
    by the same rule as its actual (``core.numbers.value_or_text``): 「約4,000人」 where the plan words the number so,
    「導入を決定した全窓口」 where it gives none, else 「4,000人」; "" for none."""
    get = entry.get if isinstance(entry, dict) else lambda name, default=None: getattr(entry, name, default)
    return numbers.value_or_text(get("target"), get("target_text") or "", get("unit") or "")


@register.filter(name="target_note")
def target_note(entry: dict) -> str:
    """「補間」, 「累計・按分」, 「令和9年度（2027）の目標・期限前に達成」 beside an evaluated target (``figures.target_note``)."""
    from shinchoku.progress.figures import target_note as note

    return note(entry)


@register.filter(name="scope_label")
def scope_name(value: str, municipality: str = "") -> str:
    """A scope as the plan says it: 「local」 is 「町」 for a 町's initiative (plans.models.scope_label)."""
    return scope_label(value, municipality)


@register.filter
def heading(level: int) -> int:
    """Heading level for a nested section, capped at h6 (HTML has no h7)."""
    return min(int(level), 6)


@register.filter
def rate_percent(rate: object) -> str:
    """An achievement rate as the public pages write it (``progress.evaluation.rate_percent``).

    Blank for anything but a number: a reference plan's results come from another installation's
    bundle, and a missing or mistyped rate there must not break the page."""
    from shinchoku.progress.evaluation import rate_percent as written

    if isinstance(rate, bool) or not isinstance(rate, int | float):
        return ""
    return written(rate)


@register.filter
def person(user: object) -> str:
    """「計画 花子」 for a user (family name first), else the login name: core.people.person_name."""
    return person_name(user)


@register.simple_tag
def grade_name(key: str) -> str:
    """The name of a grade where the plan file's and shinchoku's show together (``plans.texts.GRADE_NAMES``, their
    one home): 「計画ファイルの評価」 ``"file"``, 「算定評価（このアプリで算定）」 ``"computed_named"``, their note
    ``"apart"``."""
    return GRADE_NAMES[key]


@register.simple_tag
def removal_reason_limit() -> int:
    """The longest reason a removal of a plan file's actual keeps (``progress.services.REMOVAL_REASON_LIMIT``): the
    forms' maxlength, so that the pages and the rule cannot drift apart."""
    return REMOVAL_REASON_LIMIT
