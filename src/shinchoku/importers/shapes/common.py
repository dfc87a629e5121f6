"""What the shape readers share: the collector of sections, initiatives and located warnings,
and the reading of a value written in words (an indicator line, a schedule, a budget).

Numbers, years and departments are read by the rules of ``importers.text``; nothing here
re-implements them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, cast

from ..document import Location
from ..planjson import (
    Indicator,
    Initiative,
    PlanWarning,
    Section,
    Value,
    indicator,
    initiative,
    section,
    value,
)
from ..text import (
    common_unit,
    is_no_value,
    lazy_re,
    nfkc,
    parse_fy,
    parse_number,
    series_direction,
    split_departments,
    squash,
    strip_footnotes,
    title_marks,
    unit_direction,
    wording_direction,
)
from .numbering import split_numbered


def where(location: Location) -> PlanWarning:
    """The ``line`` (and ``page``) keys of a warning at ``location`` (its message still empty)."""
    found: PlanWarning = {"line": location.line if location.line is not None else location.row, "message": ""}
    if location.page is not None:
        found["page"] = location.page
    return found


@dataclass
class Collector:
    """Sections, initiatives and warnings found by the shape readers, in document order."""

    sections: list[Section] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    warnings: list[PlanWarning] = field(default_factory=list)
    #: Metadata the document states: 自治体名, 計画名, the fiscal year of a progress table.
    meta: dict[str, str] = field(default_factory=dict)
    _by_path: dict[tuple[str | None, str], str] = field(default_factory=dict)
    _children: dict[str | None, int] = field(default_factory=dict)
    #: The key each (parent, heading) was given: every row of a table names its sections again.
    _seen: dict[tuple[str | None, str], str] = field(default_factory=dict)

    def warn(self, location: Location, message: str) -> None:
        prefix = f"{location}: " if (location.sheet or location.page) else ""
        warning = where(location)
        warning["message"] = prefix + message
        self.warnings.append(warning)

    def section(self, parent: str | None, heading: str, level: str | None = None) -> str:
        """The key of section ``heading`` under ``parent``, created on first sight."""
        seen = self._seen.get((parent, heading))
        if seen is not None:
            return seen
        self._seen[(parent, heading)] = key = self._section(parent, heading, level)
        return key

    def _section(self, parent: str | None, heading: str, level: str | None) -> str:
        word, code, title = split_numbered(strip_footnotes(heading))
        identity = (parent, f"code:{nfkc(code)}" if code else f"title:{nfkc(title)}")
        key = self._by_path.get(identity)
        if key is not None:
            return key
        count = self._children.get(parent, 0) + 1
        self._children[parent] = count
        key = f"s{count}" if parent is None else f"{parent}.{count}"
        depth = key.count(".")
        self.sections.append(
            section(key, parent, word or level or f"第{depth + 1}階層", code, title or heading)
        )
        self._by_path[identity] = key
        return key

    def section_path(self, headings: list[str], levels: list[str] | None = None) -> str | None:
        parent: str | None = None
        for depth, heading in enumerate(headings):
            if heading and not is_no_value(heading):
                level = levels[depth] if levels and depth < len(levels) else None
                parent = self.section(parent, heading, level)
        return parent

    def new_initiative(
        self, code: str | None, title: str, section_key: str | None, location: Location
    ) -> Initiative:
        item = initiative(
            code, title, section_key, line=location.line if location.line is not None else location.row
        )
        if location.page is not None:
            item["page"] = location.page
        if location.sheet is not None:
            item["sheet"] = location.sheet
        self.initiatives.append(item)
        return item


# --------------------------------------------------------------------------- titles and marks

def title_and_marks(text: str) -> tuple[str, list[str]]:
    """A title cell without footnote marks, and its 【新規】【完了】 marks (text.title_marks: the one rule
    every layout uses)."""
    return title_marks(squash(strip_footnotes(text.replace("\n", " "))))


def add_departments(item: Initiative, text: str) -> None:
    for name in split_departments(text.replace("\n", " ")):
        if name not in item["departments"]:
            item["departments"].append(name)


def add_text(item: Initiative, key: str, text: str) -> None:
    text = text.strip()
    if not text or is_no_value(text):
        return
    fields = cast(dict[str, Any], item)  # a text field named by the caller
    fields[key] = f"{fields[key]}\n{text}" if fields.get(key) else text


# --------------------------------------------------------------------------- values


def read_value(text: str, fy: int | None = None) -> Value | None:
    """A baseline / target / actual cell as a value: its number (None when it has none) and the
    fiscal year written in it (「150件（R8）」) or ``fy``; None for an empty cell."""
    written = squash(text.replace("\n", " "))
    if is_no_value(written):
        return None
    return written_value(written, fy)


def written_value(written: str, fy: int | None = None) -> Value:
    """``read_value`` of a cell already on one line with its blanks squashed and known to hold
    something (a table row's cleaned cells: read once, not again for each value)."""
    found = parse_number(written)
    stated = parse_fy(written)
    return value(stated[0] if stated else fy, found[0] if found else None, written)


def unit_of(ind: Indicator) -> str:
    candidates = [ind["baseline"], *ind["targets"], ind["final_target"], *ind["actuals"]]
    units: list[str] = []
    for v in candidates:
        if v and v["value"] is not None:
            found = parse_number(v["text"])
            if found and found[1]:
                units.append(found[1])
    return common_unit(units)


def finish_indicator(ind: Indicator) -> None:
    """Unit from the values, direction from unit, wording or the targets."""
    if not ind["unit"]:
        ind["unit"] = unit_of(ind)
    if ind["direction"] is None:
        series = [ind["baseline"]["value"] if ind["baseline"] else None]
        series += [t["value"] for t in sorted(ind["targets"], key=lambda v: v["fy"] or 0)]
        if ind["final_target"]:
            series.append(ind["final_target"]["value"])
        ind["direction"] = (
            unit_direction(ind["unit"]) or wording_direction(ind["name"]) or series_direction(series)
        )


def add_dated(values: list[Value], entry: Value) -> None:
    if all(v["fy"] != entry["fy"] or entry["fy"] is None and v["text"] != entry["text"] for v in values):
        values.append(entry)


_ARROW = lazy_re(r"\s*(?:→|⇒|->|＞|>)\s*")
_LABELLED = lazy_re(
    r"(基準値|現状値|現状|策定時|目標値|最終目標|目標|実績値|実績)\s*[:：]?\s*"
    r"((?:[(（][^()（）]{0,12}[)）])?\s*[^\s、;；/／→⇒]+(?:\s*[(（][^()（）]{0,16}[)）])?)"
)
_ROLE_OF_WORD = {
    "基準値": "baseline",
    "現状値": "baseline",
    "現状": "baseline",
    "策定時": "baseline",
    "目標値": "target",
    "最終目標": "target",
    "目標": "target",
    "実績値": "actual",
    "実績": "actual",
}


def indicator_from_text(text: str, plan_end: int | None = None) -> Indicator | None:
    """An indicator written in one line: 「電子申請件数 現状値 1,200件（R4）→ 目標値 3,000件（R8）」,
    「電子申請件数：1,200件→3,000件」, 「窓口の待ち時間を10分にする」. None for an empty text."""
    t = squash(strip_footnotes(text.replace("\n", " ")))
    if is_no_value(t):
        return None
    found = list(_LABELLED.finditer(t))
    if found:
        name = t[: found[0].start()].strip(" :：、,（(")
        ind = indicator(name or t)
        for m in found:
            role = _ROLE_OF_WORD[m.group(1)]
            entry = read_value(m.group(2))
            if entry is None:
                continue
            if role == "baseline" and ind["baseline"] is None:
                ind["baseline"] = entry
            elif role == "target":
                if entry["fy"] is None:
                    entry["fy"] = plan_end
                if ind["final_target"] is None:
                    ind["final_target"] = entry
            elif role == "actual":
                add_dated(ind["actuals"], entry)
        finish_indicator(ind)
        return ind
    parts = _ARROW.split(t)
    if len(parts) == 2 and parse_number(parts[1]):
        head, _, base = parts[0].rpartition(" ")
        if not head:
            head, _, base = parts[0].rpartition("：")
        if parse_number(base) and head:
            ind = indicator(head.strip(" :："))
            ind["baseline"] = read_value(base)
            ind["final_target"] = read_value(parts[1], plan_end)
            finish_indicator(ind)
            return ind
    ind = indicator(t)
    finish_indicator(ind)
    return ind


_YEAR_AT = lazy_re(
    r"(?:令和|平成|R|H)\s*(?:元|\d{1,2})(?!\d)\s*(?:年度|年)?(?:\s*[(（]?\s*(?:前期|後期|上期|下期|上半期|下半期)[)）]?)?"
    r"|(?<!\d)(?:19|20)\d{2}\s*年度?"
)


def dated_parts(text: str) -> list[tuple[int, int | None, str]]:
    """(fiscal year, half, what follows up to the next year) for 「R6 検討 → R7 導入」「令和6年度：調査、令和7年度：導入」."""
    t = nfkc(text.replace("\n", " "))
    matches = list(_YEAR_AT.finditer(t))
    parts: list[tuple[int, int | None, str]] = []
    for i, m in enumerate(matches):
        found = parse_fy(m.group(0))
        if not found:
            continue
        end = matches[i + 1].start() if i + 1 < len(matches) else len(t)
        label = t[m.end() : end].strip(" :：、,，→⇒-~〜・/／;；")
        parts.append((found[0], found[1], label))
    return parts


def schedule_from_text(item: Initiative, text: str) -> bool:
    """Schedule entries from a 工程 line; False when it names no year."""
    parts = dated_parts(text)
    for fy, half, label in parts:
        if not any(e["fy"] == fy and e["half"] == half for e in item["schedule"]):
            item["schedule"].append({"fy": fy, "half": half, "label": label or "実施"})
    return bool(parts)


def budget_from_text(item: Initiative, text: str, unit: str | None = None) -> bool:
    """Budget entries from a 事業費 line 「R6 1,000千円、R7 2,000千円」; False when it names no year."""
    parts = dated_parts(text)
    added = False
    for fy, _half, rest in parts:
        found = parse_number(rest)
        if found is None or any(b["fy"] == fy for b in item["budget"]):
            continue
        amount, cell_unit = found
        item["budget"].append(
            {"fy": fy, "amount": amount, "unit": cell_unit if cell_unit.endswith("円") else unit or "千円"}
        )
        added = True
    return added


_SCHEDULE_TICK = re.compile(r"^[●○◎◯〇■□▲△◆◇★☆✓✔→⇒←↔＝=\-－―━─…・＞>]+$")


def schedule_label(text: str) -> str:
    """The label of a 工程表 cell: an arrow or ● alone says 「実施」, else the text on one line."""
    t = squash(text.replace("\n", " "))
    return "実施" if _SCHEDULE_TICK.match(nfkc(t).replace(" ", "")) else t


_ARROW_ONLY = re.compile(r"^[→⇒―━─…\-－>＞=＝]+$")


def is_arrow(text: str) -> bool:
    """True for a 工程表 cell holding only an arrow or a line: the label before it continues."""
    return bool(_ARROW_ONLY.match(nfkc(text).replace(" ", "")))


_FIRST_DIGIT = re.compile(r"[-+▲△]?\d")


def name_before_number(text: str) -> str | None:
    """The words before a value's number (「電子申請件数 100件／令和4年度」 → 電子申請件数): an indicator's
    name where the plan writes it in the value cell; None when there are none."""
    words = squash(nfkc(text))
    digit = _FIRST_DIGIT.search(words)
    if digit is None or parse_number(words) is None:
        return None
    head = words[: digit.start()].strip(" :：、,").rstrip("をがはの")
    return head if len(head) >= 2 else None
