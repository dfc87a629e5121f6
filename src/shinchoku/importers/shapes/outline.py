"""Numbered outlines: 基本目標1 > (1) 施策 > ① 取組【担当課：…】 with ［指標］［工程］［事業費］ lines.

Levels are told apart by the kind of their numbering (第1章, 基本目標1, 1., 1-1, (1), ①, ア),
in the order a document first uses them. The items that carry details — a 担当課, ［指標］,
［工程］ or ［事業費］ line, or an inline 【担当課：…】 — are the initiatives; the most common
numbering kind among them is the initiative level. Items above it are the section tree;
items below it are the initiative's sub-tasks (kept as its ``actions``).

An initiative numbered ① / (1) / ア has no code of its own; its code joins the numbers of its
path (基本目標1 > (2) > ③ → 1-2-3), so that codes stay unique for re-import.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..document import Block, Document, Line, Location, Table
from ..labels import classify
from ..text import circled_value, fy_of, is_no_value, lazy_re, nfkc, plain_code, squash
from .cards import (
    _LABEL_TABLE_HEADER,
    READING_GUIDE,
    _bare_label,
    continues_departments,
    label_value,
    paired_label_lines,
    split_fields,
    table_fields,
)
from .common import (
    _OWN_DEPARTMENTS,
    Collector,
    add_actions,
    add_text,
    badged_titles,
    closing_departments,
    leader_departments,
)
from .fields import _INLINE, apply_fields
from .lines import reading_blocks
from .numbering import Marker, marker, names_a_list, roman_value
from .tables import coded_kpi_header

_BULLET_MARK = lazy_re(r"^[・･●○◎◆◇■□▶▷►]\s*")
_DETAIL_ROLES = {"departments", "indicator", "schedule", "budget", "target", "baseline", "actual"}
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
#: Numbering that is a code as written (「1-2」「1.2.3」「No.3」; also 「取組1-1」 and 「DX-01」)
_OWN_CODE_KINDS = ("hyphen2", "hyphen3", "dotted", "dotted3", "no")



@dataclass
class _Node:
    mark: Marker
    text: str
    location: Location
    fields: list[tuple[str, str, Location]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    kpi_tables: list[list[tuple[str, str, Location]]] = field(default_factory=list)

    @property
    def detailed(self) -> bool:
        """Whether the item says who does it or what it measures: a 担当課, 指標 or 工程 field, an inline
        【担当課：…】 or a 課 behind a dot leader or a tab (樅山村's 「（1）電子申請の拡充……総務課」: ``leader_departments``),
        or bullets closed by their 課 (「◆ 電子申請の対象手続の拡大（情報政策課）」). A heading that says how to
        read the plan (「３　取組の見方」 over 「【担当課】取組を主に担当する課」「【目標】成果を測る指標と…」) explains the fields: no
        detail of its own."""
        if READING_GUIDE.search(self.mark.rest) or names_a_list(self.mark):
            return False
        return (
            bool(_INLINE.search(self.text))
            or leader_departments(self.text) is not None
            or any(role.split(":")[0] in _DETAIL_ROLES for role, _, _ in self.fields)
            or any(_BULLET.match(line) and closing_departments(line) for line in self._listed())
        )

    def _listed(self) -> list[str]:
        """The item's lines and those of its 【主な取組】 list."""
        listed = [line for role, text, _ in self.fields if role == "actions" for line in text.split("\n")]
        return [*self.lines, *listed]


def _digits(mark: Marker) -> str | None:
    number = mark.number
    if mark.kind == "circled":
        value = circled_value(number)
        return str(value) if value else None
    if mark.kind in ("kana", "paren_kana"):
        ch = number.strip("()")
        return str(_KANA.index(ch) + 1) if ch in _KANA else None
    if mark.kind in ("dotted", "dotted3"):
        return nfkc(number)  # 「1.2」 as written
    if mark.kind.startswith("lettered"):
        return number  # 「A-1-2」「DX-01」 as written
    found = re.findall(r"\d+(?:-\d+)*", nfkc(number))
    if found:
        return found[-1]
    roman = re.search(r"[IVX]+$", nfkc(number).strip(".．、 "))  # 基本目標Ⅰ, Ⅱ
    value = roman_value(roman.group(0)) if roman else None
    return str(value) if value else None


def _own_bullet(text: str) -> list[str]:
    """The 課 a bullet closes with (「・各種申請の電子化（担当：住民福祉課）」), [] for any other line."""
    return closing_departments(text) if _BULLET.match(text) and len(text) <= 120 else []


def _numbers_on(value: str, mark: Marker) -> bool:
    """Whether ``mark`` (「②」) numbers the entry after the last line of a field's ``value``
    (「①自動化した業務数 …」): a list inside the field, not an item of the outline."""
    if mark.kind != "circled":
        return False
    last = marker(value.split("\n")[-1])
    if last is None or last.kind != "circled":
        return False
    before, after = circled_value(last.number), circled_value(mark.number)
    return before is not None and after == before + 1


def _bullets_are_items(entries: list[tuple[Block, str | None]]) -> bool:
    """Whether the bullets that close with their 課 are the initiatives: one of them, not the last of
    its list, has a detail line of its own under it (「・…（担当：総務課）」 「→ 目標：…」 「・…」). A list whose
    details follow only its last bullet (【主な取組】 then 【成果指標】) details the item above it."""
    texts = [text for _, text in entries]
    for i, text in enumerate(texts[:-2]):
        if text is None or not _own_bullet(text):
            continue
        j = i + 1
        while j < min(len(texts) - 1, i + 3) and _describes(texts[j]):
            j += 1  # a sentence of what the 取組 does before its fields (「町民の利用が多い手続から、…します。」)
        found = label_value(texts[j] or "")
        if found is None or found[0].split(":")[0] not in _DETAIL_ROLES:
            continue
        after = next((t for t in texts[j + 1 :] if t is None or label_value(t) is None), None)
        if after is not None and _own_bullet(after):
            return True
    return False


#: The symbols that head a 取組 of their own, unnumbered (「■ 電子申請サービスの拡充」): a 「・」 or 「－」 is a list's
#: bullet under an item (【主な取組】's actions), one of which may well be followed by the item's next field.
_HEAD_SYMBOLS = "■□◆◇●○◎▶▷"
#: The longest line a bullet heading a 取組 is.
_HEAD_CHARS = 40


def _bullet_heads(entries: list[tuple[Block, str | None]]) -> set[int]:
    """The entries that are bullets heading a 取組 of their own, no number (山吹野町's 「■ 電子申請サービスの拡充」 under
    「施策１　いつでもどこでもできる手続」, batch 36: a short line, a sentence or a few of what it does, then its
    【担当課】【KPI】【実施年度】): of one symbol, two or more such bullets and most of that symbol's in the document,
    two of them under one heading.
    Read so they are the 取組; unread, each 事業's fields had gone to its 施策, the 施策 taken for the 取組."""
    texts = [text for _, text in entries]
    by_symbol: dict[str, list[int]] = {}
    heads: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if text is None or not text or text[0] not in _HEAD_SYMBOLS or not _BULLET.match(text):
            continue
        by_symbol.setdefault(text[0], []).append(i)
        if len(text) > _HEAD_CHARS or text.rstrip().endswith("。") or marker(text) is not None:
            continue
        if label_value(text) is not None or _own_bullet(text):
            continue
        j = i + 1
        while j < min(len(texts), i + 4) and _describes(texts[j]):
            j += 1
        found = label_value(texts[j] or "") if j < len(texts) else None
        if found is not None and found[0].split(":")[0] in _DETAIL_ROLES and _under_a_part(texts, i):
            heads.setdefault(text[0], []).append(i)
    return {
        i
        for symbol, found in heads.items()
        if len(found) >= 2 and 2 * len(found) > len(by_symbol[symbol]) and _siblings(found, texts)
        for i in found
    }


#: The numbered words of a 取組 itself: bullets under such a heading are what it does, no 取組 of their own.
_ITEM_WORDS = ("word:取組", "word:事業", "word:取り組み", "word:施策事業")


def _under_a_part(texts: list[str | None], at: int) -> bool:
    """Whether the nearest numbered line above ``texts[at]`` heads a part of the plan (「施策１」「基本目標２」「第３章」), or
    there is none: under a numbered 取組 (「(1) 電子申請の拡充」「1-1 …」「取組1-1 …」) a bullet is one of its actions,
    however it is detailed (the review's 「(1) 電子申請の拡充」 over 「■ 申請手続のオンライン化」 「担当課：総務課」)."""
    for text in reversed(texts[:at]):
        found = marker(text) if text is not None else None
        if found is not None:
            return found.kind == "chapter" or (found.kind.startswith("word:") and found.kind not in _ITEM_WORDS)
    return True


def _siblings(heads: list[int], texts: list[str | None]) -> bool:
    """Whether two of the bullets ``heads`` follow each other under one heading, no numbered line between them (two
    ■ 事業 of a 施策): a bullet alone under each numbered item (「1-1　電子申請の拡充」 over 「● 申請件数の多い手続から
    順にオンライン化」 and 「担当：…」, a 概要版's card) is what that item does, no 取組 of its own."""
    return any(
        not any(text is not None and marker(text) is not None for text in texts[a + 1 : b])
        for a, b in itertools.pairwise(heads)
    )


def _closes_bullet_above(above: str | None, text: str) -> bool:
    """Whether a line is only the 課 of the bullet above, in brackets (「＜担当：総務課＞」 under 「◆…の導入」), that bullet
    closing with none of its own."""
    return (
        above is not None
        and bool(_BULLET.match(above))
        and not _own_bullet(above)
        and bool(closing_departments(text))
        and _OWN_DEPARTMENTS.fullmatch(text) is not None
    )


def _describes(text: str | None) -> bool:
    """Whether an entry is a sentence of prose, neither a field nor a bullet nor a heading (``_bullets_are_items``)."""
    return text is not None and label_value(text) is None and marker(text) is None and not _BULLET.match(text)


#: A footnote: 「※1　成果指標：…」, its mark's number first (a 「※ 目標値は…」 note has none and stays).
_FOOTNOTE = lazy_re(r"^\s*[※＊*]\s*[0-9０-９]{1,2}(?![0-9０-９.,])")


#: Roles of a field that says a figure: its sentence closed (「…にします（令和６年度　６件）。」), the next
#: line is not more of it.
_FIGURE_ROLES = ("target", "baseline", "actual", "indicator")


def _closed(field: tuple[str, str, Location], at: Location, text: str = "") -> bool:
    """Whether a figure's field ended before the line ``text`` at ``at``: the line a few lines further on (a blank
    line or more between: a chapter, or the plan's closing words, after the last item) and the field's sentence
    closed with 「。」 — or the line a sentence of its own (「計画の進み具合は、…お知らせします。」 after
    「目標：R10までに30データセット」)."""
    role, value, where = field
    if role.split(":")[0] not in _FIGURE_ROLES:
        return False
    if not value.rstrip().endswith("。") and not text.rstrip().endswith("。"):
        return False
    return where.line is None or at.line is None or at.line - where.line - value.count("\n") > 1


def _nested(parts: list[str | None]) -> list[str]:
    """The numbers of a heading path, each once: 「Ⅰ」 > 「Ⅰ-1」 > 「(ア)」 is 1-1-1 — a number that begins with the
    path before it (「1-1」 under 「1」) carries its parents' numbers already."""
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if out and part.startswith("-".join(out) + "-"):
            out = part.split("-")
        else:
            out.append(part)
    return out


def _nodes(document: Document, blocks: list[Block] | None = None) -> list[_Node]:
    entries: list[tuple[Block, str | None]] = []  # (block, one field's text; None for a table)
    inline: set[int] = set()  # the entries that are a bullet's 取組 before its inline 【担当】…
    for block in paired_label_lines(reading_blocks(document) if blocks is None else blocks):
        if isinstance(block, Table):
            entries.append((block, None))
        elif isinstance(block, Line):
            if _FOOTNOTE.match(block.text):
                continue  # 「※2　電子申請：…」 at a page's foot: the note of a word marked ※2, no item's
            bracketed = _bracketed_bullet(block.text.strip())
            if bracketed is not None:
                # 「・電子申請の拡充（担当：総務課）（KPI：電子申請手続数 50件→200件）」: a 取組 a bullet, its fields in brackets
                entries.append((block, bracketed[0]))
                inline.add(len(entries) - 1)
                entries.extend((block, field) for field in bracketed[1])
                continue
            head = _labelled_bullet(block.text.strip())
            if head is not None:
                # 「・　電子申請の拡充：…します。【担当】住民課【指標】…【時期】R7～R10」: a 取組 a bullet, its fields inline
                entries.append((block, head))
                inline.add(len(entries) - 1)
                rest = block.text.strip()[len(head) :]
                starts = [m.start() for m in _INLINE_LABEL.finditer(rest)] + [len(rest)]
                entries.extend((block, rest[a:b].strip()) for a, b in itertools.pairwise(starts))
                continue
            written = block.text.strip()
            if _YEAR_LINE.match(nfkc(written)) and _YEAR_COST.search(written):
                entries.append((block, written))  # 「R8　システムの導入（事業費　4,400千円）」: one year's line, its cost within
                continue
            if entries and _closes_bullet_above(entries[-1][1], written):
                # 「◆電子決裁・文書管理システムの導入」 over 「＜担当：総務課＞」: the bullet's 課, wrapped onto a line of its own
                entries[-1] = (entries[-1][0], f"{entries[-1][1]}{written}")
                continue
            entries.extend((block, text) for text in split_fields(written))
    bullets = _bullets_are_items(entries)
    heads = _bullet_heads(entries)
    nodes: list[_Node] = []
    closed_at: int | None = None  # the line of the last bullet whose fields were on its own line
    tabled = False  # the last field is a table's cell: the lines after the table do not go on with it
    yearly = False  # under a 年度計画 label alone: its lines a year each
    for at, (block, text) in enumerate(entries):
        if yearly and nodes and text is not None and (fields := _year_line_fields(text, block.location)) is not None:
            nodes[-1].fields += fields
            continue
        if text is not None:
            yearly = False
        if at in inline and text is not None:
            title, _, summary = _BULLET_MARK.sub("", text).partition("：")
            nodes.append(_Node(Marker("bullet", "", title.strip()), text, block.location))
            closed_at = block.location.line
            if summary.strip():
                nodes[-1].fields.append(("summary", summary.strip(), block.location))
            continue
        if at in heads and text is not None:
            nodes.append(_Node(Marker("bullet", "", _BULLET_MARK.sub("", text).strip()), text, block.location))
            closed_at = None
            continue
        if isinstance(block, Table):  # a card table or a KPI table under the item
            if coded_kpi_header(block) is not None:
                continue  # a chapter's KPI table by the items' numbers: joined to them (tables.join_coded_kpi)
            if nodes:
                rows = table_fields(block)
                if yearly:
                    # the 年度計画's lines the text reader set as a table's rows at their wide blanks (「R8 | システムの導入
                    # （事業費 | 4,400千円）」): a year's fields each, the rows after them (「成果指標 | …」) the table's
                    dated = _year_rows(block)
                    nodes[-1].fields += [f for fields in dated.values() for f in fields]
                    rows = [f for f in rows if not any(f[2] == block.row_location(i) for i in dated)]
                    yearly = False
                nodes[-1].fields += rows
                # the lines after a table go on with no field before it (a ロードマップ's 「※…見直すことがあります。」
                # after the last 取組's KPI line), whether or not the table gave the item fields
                tabled = True
                if rows and all(role.split(":")[0] in _KPI_ROLES for role, _, _ in rows):
                    nodes[-1].kpi_tables.append(rows)
            continue
        assert text is not None
        after_table, tabled = tabled, False
        found = label_value(text)
        if found is not None and found[0] == "code" and _numbered_title(text):
            found = None  # 「取組番号　１－１　　電子申請の拡充」: the 取組's heading, its number and title after the label
        if (
            found is None
            and closed_at is not None
            and block.location.line is not None
            and block.location.line > closed_at + 1
            and not _BULLET.match(text)
            and marker(text) is None
        ):
            # a line a blank line or more below a bullet whose fields were on its own line (「・…【担当】…」,
            # 「・…（担当：…）（KPI：…）」): no more of that 取組 (a web page's notes and footer after the list)
            continue
        if found is None and (_BULLET.match(text) or marker(text) is not None):
            closed_at = None
        mark = marker(text) if found is None and len(text) <= 120 else None
        names = _own_bullet(text) if bullets and found is None else []
        if names:
            title = _OWN_DEPARTMENTS.sub("", _BULLET_MARK.sub("", text)).strip()
            nodes.append(_Node(Marker("bullet", "", title), text, block.location))
            nodes[-1].fields.append(("departments", "、".join(names), block.location))
        elif mark is not None and nodes and nodes[-1].fields and _numbers_on(nodes[-1].fields[-1][1], mark):
            # 「◇成果指標　①自動化した業務数 …」 then 「②削減時間 …」: the field's second entry
            role, value, where = nodes[-1].fields[-1]
            nodes[-1].fields[-1] = (role, f"{value}\n{text}", where)
        elif mark is not None:
            nodes.append(_Node(mark, text, block.location))
        elif not nodes:
            continue
        elif found is None and not nodes[-1].mark.rest and not nodes[-1].fields and not nodes[-1].lines:
            # 「取組２」 and its title on the next line (plain pdftotext parted them at a wide blank)
            if _title_label(text):
                continue  # 「1-1-①」 then 「取組名」 then the title: a card's cells a line each (plain pdftotext)
            last = nodes[-1]
            last.mark = Marker(last.mark.kind, last.mark.number, text)
            last.text = f"{last.text} {text}"
        elif found is None and (bare := _marked_bare_label(text)) is not None:
            nodes[-1].fields.append((bare, "", block.location))  # 「◆目標」 alone: its value on the lines after it
        elif found is None and nodes[-1].fields and _opens_yearly_lines(text, entries[at + 1 :]):
            # 「年度計画」 alone over 「R7　対象手続の選定（事業費　1,200千円）」「R8　…」「R9　―」: the 工程, a year a line
            yearly = True
        elif found is None and nodes[-1].fields and _label_word(text):
            # 「スケジュール」「項目」「内容」 alone among a card's values (plain pdftotext of a 項目 | 内容 table): a label whose
            # value is printed elsewhere, never a word of the value before it (first read 「40％（R11.3末） スケジュール」,
            # 「順次拡大 項目 内容 取組番号」; taken for the start of its field it took other fields' lines)
            continue
        elif found is not None:
            # 【主な取組】 inside an item heads its list of actions, not another title
            role = "actions" if found[0] == "title" else found[0]
            nodes[-1].fields.append((role, found[1], block.location))
        elif (
            nodes[-1].fields
            and not after_table
            and (not nodes[-1].fields[-1][0].startswith("departments") or continues_departments(text))
            and not _closed(nodes[-1].fields[-1], block.location, text)
        ):
            role, value, where = nodes[-1].fields[-1]
            nodes[-1].fields[-1] = (role, f"{value}\n{text}", where)
        elif not nodes[-1].fields and not nodes[-1].lines and _STATED_INDICATOR.fullmatch(text.strip()):
            # 「　電子申請件数（年間）　38万件（R5）→ 120万件（R10）」 under 「◆1-1　行政手続のオンライン化」 (朝凪県's 概要版):
            # the item's indicator, its name and its dated figures either side of an arrow — no label needed
            nodes[-1].fields.append(("indicator", text.strip(), block.location))
        else:  # the item's prose (also after its 「担当課：…」 line, or a table)
            nodes[-1].lines.append(text)
            tabled = after_table  # prose after a table until the next field: none of the table's cells
    return nodes


def _numbered_title(text: str) -> bool:
    """Whether a line labelled with a 取組's number (「取組番号　１－１　　電子申請の拡充」, a progress report's block) is
    the 取組's heading: the number then its title, no other field on the line (「取組番号 1-1 担当部署 市民生活部」 is a
    card's fields copied one blank apart)."""
    mark = marker(text)
    return (
        mark is not None
        and mark.kind == "word:取組"
        and bool(mark.rest)
        and len(mark.rest) <= 60
        and label_value(mark.rest) is None
        and not any(classify(word, loose=False) is not None for word in _INLINE_LABEL.findall(mark.rest))
    )


_BULLET = lazy_re(r"^[・･●○◎◆◇■□▶▷►\-－]\s*\S")
#: A line stating an indicator whole, no label: its name, a figure dated in brackets, an arrow, a figure dated in
#: brackets (「電子申請件数（年間）　38万件（R5）→ 120万件（R10）」).
_STATED_INDICATOR = lazy_re(
    r"[^\s→⇒0-9０-９][^→⇒]{1,40}?[ \u3000]+[0-9０-９][0-9０-９,，.．]*[^\s→⇒（(]{0,4}\s*[（(][^（）()]{1,12}[)）]"
    r"\s*[→⇒]\s*[0-9０-９][0-9０-９,，.．]*[^\s（(]{0,4}\s*[（(][^（）()]{1,12}[)）]"
)
#: A bracketed label inside a line: 「【担当】」 of 「・　電子申請の拡充：…。【担当】住民課【指標】…」.
_INLINE_LABEL = lazy_re(r"【([^【】]{1,10})】")


def _labelled_bullet(text: str) -> str | None:
    """The words of a bullet before the first of its inline 【】 labels — its 取組's title, and what it does after a
    「：」 — where one of those labels names who does it (「【担当】住民課」); None for any other line."""
    if not _BULLET.match(text) or len(text) > 400:
        return None
    labels = list(_INLINE_LABEL.finditer(text))
    if not labels or not squash(_BULLET_MARK.sub("", text[: labels[0].start()])):
        return None
    roles = {column.role for m in labels if (column := classify(m.group(1), loose=False)) is not None}
    return text[: labels[0].start()] if "departments" in roles else None


def _bracketed_bullet(text: str) -> tuple[str, list[str]] | None:
    """(the bullet's words before its fields, each field 「label：value」) of a bullet closing with its fields in
    brackets, one of them naming who does it: 「・電子申請の拡充（担当：総務課）（KPI：電子申請手続数 50件→200件）」, as a
    web page lists a plan's 取組 under its 施策 (first read: the bullets were the 施策's actions, no 取組 of their own);
    None for any other line."""
    if not _BULLET.match(text) or len(text) > 400 or marker(_BULLET_MARK.sub("", text)) is not None:
        return None  # (「◎(1) 行政手続のオンライン化（担当：総務課）」: a numbered item marked 重点, its fields below it)
    fields: list[str] = []
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in "）)":
        start = _opening(text, end - 1)
        if start is None:
            return None
        inner = text[start + 1 : end - 1]
        label, colon, value = inner.partition("：") if "：" in inner else inner.partition(":")
        if not colon or classify(label.strip(), loose=False) is None or not value.strip():
            break
        fields.insert(0, f"{label.strip()}：{value.strip()}")
        end = start
    head = text[:end]
    if not fields or not squash(_BULLET_MARK.sub("", head)):
        return None
    roles = {column.role for field in fields if (column := classify(field.split("：")[0], loose=False)) is not None}
    return (head, fields) if "departments" in roles else None


def _opening(text: str, close: int) -> int | None:
    """The index of the bracket that the one at ``close`` closes (nested brackets counted), None when unmatched."""
    depth = 0
    for at in range(close, -1, -1):
        if text[at] in "）)":
            depth += 1
        elif text[at] in "（(":
            depth -= 1
            if depth == 0:
                return at
    return None


#: A line that opens with a fiscal year and goes on with what is done in it: 「R7　対象手続の選定」「令和８年度　運用」 (NFKC).
_YEAR_WORD = r"(?:R\s*[0-9]{1,2}|令和\s*(?:[0-9]{1,2}|元)\s*(?:年度?)?|20[0-9]{2}\s*年度?)"
#: (not a row of years 「R6　R7　R8　R9」 over a schedule's marks)
#: (nor 「令和 6 年度：検討」「令和 7 年度～令和 10 年度：実施」, a year and its label or range: read as a 工程's text is)
_YEAR_LINE = lazy_re(rf"^\s*{_YEAR_WORD}(?!\s*[年度0-9～~\-－ー:：])\s+(?!{_YEAR_WORD}(?:\s|$))\S")


#: A year's cost in brackets on its line of a 年度計画: 「（事業費　1,200千円）」.
_YEAR_COST = lazy_re(r"[（(]\s*(?:事業費|予算額?|経費)\s*[:：]?\s*(?P<amount>[0-9０-９,，.]+\s*(?:千円|万円|円))\s*[)）]")


def _year_line_fields(text: str, where: Location) -> list[tuple[str, str, Location]] | None:
    """The fields of a 年度計画's line 「R8　システムの導入（事業費　4,400千円）」: the year's step and its 事業費; 「R9　―」 none
    (no work that year); None for a line that is no year's."""
    found = _YEAR_LINE.match(nfkc(text))
    if found is None or (fy := fy_of(found.group(0))) is None:
        return None
    rest = nfkc(text)[len(found.group(0)) - 1 :]
    fields: list[tuple[str, str, Location]] = []
    cost = _YEAR_COST.search(rest)
    if cost is not None:
        fields.append((f"budget:{fy}", cost.group("amount"), where))
        rest = rest[: cost.start()] + rest[cost.end() :]
    step = squash(rest).strip(" 、,")
    if step and not is_no_value(step):
        fields.append((f"schedule:{fy}", step, where))
    return fields


def _year_rows(table: Table) -> dict[int, list[tuple[str, str, Location]]]:
    """The fields of a table's first rows that are a 年度計画's lines, by row (``_year_line_fields``, the cells joined)."""
    out: dict[int, list[tuple[str, str, Location]]] = {}
    for i, row in enumerate(table.rows):
        fields = _year_line_fields("　".join(cell.text.strip() for cell in row), table.row_location(i))
        if fields is None:
            break
        out[i] = fields
    return out


def _opens_yearly_lines(text: str, after: list[tuple[Block, str | None]]) -> bool:
    """Whether a schedule's label alone (「年度計画」「スケジュール」) heads the lines under it, each a year and its work (朝露町's
    実施計画, batch 38): the label of those lines, not a label whose value is printed elsewhere (``_label_word``)."""
    column = classify(text.strip(), loose=False)
    if column is None or column.role != "schedule" or len(text.strip()) > 10 or re.search(r"[:：0-9０-９]", text):
        return False  # (「実施時期：R7～R9」 is the label and its value; 「令和3年度」 a year, no label)
    following = next(
        (
            "　".join(cell.text.strip() for cell in block.rows[0]) if line is None and isinstance(block, Table) else line
            for block, line in after
            if (line is not None and line.strip()) or (line is None and isinstance(block, Table) and block.rows)
        ),
        None,
    )  # (a table's first row: the lines the text reader set as rows at their wide blanks)
    return following is not None and _YEAR_LINE.match(nfkc(following)) is not None


def _label_word(text: str) -> bool:
    """Whether a line is a label of the dictionary alone (「スケジュール」「取組番号」) or a 項目 | 内容 table's header word."""
    stripped = text.strip()
    return stripped in _LABEL_TABLE_HEADER or _bare_label(stripped) is not None


def _title_label(text: str) -> bool:
    """Whether a line is a title's label alone (「取組名」「事業名」): the label of the line after it."""
    column = classify(text.strip(), loose=False) if len(text.strip()) <= 8 else None
    return column is not None and column.role == "title"


def _marked_bare_label(text: str) -> str | None:
    """The role of a label alone on its line after a symbol (「◆目標」 over 「会議資料の印刷枚数…」), None otherwise: a
    word alone without the symbol may be a line of prose."""
    mark = _BULLET_MARK.match(text)
    if mark is None:
        return None
    role = _bare_label(text[mark.end() :].strip())
    return role if role in _DETAIL_ROLES or role in ("summary", "actions", "purpose", "background") else None


def _is_list_heading(line: str) -> bool:
    """「主な取組」「■主な取組」 over a list of bullets: a heading, not the item's summary."""
    column = classify(_BULLET_MARK.sub("", line), loose=False)
    return column is not None and column.role == "title"


def _stacks(nodes: list[_Node]) -> list[list[_Node]]:
    """The nodes above each node, as the outline nests them (a kind met again closes what it opened)."""
    out: list[list[_Node]] = []
    stack: list[_Node] = []
    for node in nodes:
        kinds = [n.mark.kind for n in stack]
        if node.mark.kind in kinds:
            del stack[kinds.index(node.mark.kind) :]
        out.append(list(stack))
        stack.append(node)
    return out


def _items(nodes: list[_Node], level: str, chapters: set[str]) -> set[int]:
    """The nodes that are initiatives (by ``id``): those of the commonest detailed kind ``level``; those of
    another detailed kind used at the same depth (「ア」 under 基本目標１'s 施策, 「（ｱ）」 under 基本目標２'s: never
    above nor under a ``level`` item); and a detailed heading no initiative comes under (「（１）デジタルデバイド
    対策」 with its 担当, ［指標］ and ［工程］ and only a list of 主な取組 under it)."""
    stacks = _stacks(nodes)
    nested: set[str] = set()
    above: set[str] = set()
    for node, ancestors in zip(nodes, stacks, strict=True):
        kinds = {n.mark.kind for n in ancestors}
        if node.mark.kind == level:
            above.update(kinds)
        elif level in kinds:
            nested.add(node.mark.kind)
    detailed = {n.mark.kind for n in nodes if n.detailed}
    levels = {level} | (detailed - nested - above - chapters)
    items = {id(n) for n in nodes if n.mark.kind in levels}
    for at, (node, ancestors) in enumerate(zip(nodes, stacks, strict=True)):
        if id(node) in items or not node.detailed or node.mark.kind in chapters:
            continue
        if any(id(n) in items for n in ancestors):
            continue  # under an initiative: its sub-item
        if not any(id(n) in items for n in _under(node, ancestors, nodes[at + 1 :])):
            items.add(id(node))
    return _in_item_chapters(nodes, level, items)


def _in_item_chapters(nodes: list[_Node], level: str, items: set[int]) -> set[int]:
    """``items`` less those in a chapter (「第２章　現状と課題」「第５章　計画の推進」) that holds no detailed item of the
    initiatives' kind ``level``, where another chapter does: a ① list of 課題 or of a survey's ranking, a 第１次計画's
    「４－４　…（実施中）」 over its 指標 table, a 「５－２　年度ごとの進捗管理」 over a table of the years are no 取組
    (萩ノ台市's 第２次 plan, its 取組 the ① under 第４章's 基本目標 > （１））."""
    chapter = -1
    chapter_of: dict[int, int] = {}
    holding: set[int] = set()
    for node in nodes:
        if node.mark.kind == "chapter":
            chapter += 1
        chapter_of[id(node)] = chapter
        if node.mark.kind == level and node.detailed and id(node) in items:
            holding.add(chapter)
    if chapter < 1 or not holding or holding == {-1}:
        return items
    return {at for at in items if chapter_of[at] in holding}


def _under(node: _Node, ancestors: list[_Node], after: list[_Node]) -> list[_Node]:
    """The nodes under ``node``: those after it up to the next of its kind or of a kind above it."""
    closing = {node.mark.kind} | {n.mark.kind for n in ancestors}
    return list(itertools.takewhile(lambda n: n.mark.kind not in closing, after))


#: A 節 of a chapter: 「第１節」 (NFKC).
_PART_OF_CHAPTER = lazy_re(r"^第\s*[0-9]{1,3}\s*節$")  # (「第一節」 stays a chapter's part: its number is no code's)


def _parts_of_chapters(nodes: list[_Node], level: str) -> None:
    """「第１節　行政サービスのデジタル化」 holding 取組 (under it 「１　手続のオンライン化」 > 「①　電子申請の拡充」, 菫野市's
    第４章, batch 38): the 節 are a level of the plan — its 基本方針, a part of each 取組's number (1-1-1) and a section —
    no chapter; a plan whose 節 hold none (第１章's 「第１節　計画策定の趣旨」 alone) keeps them chapters."""
    parts = [at for at, n in enumerate(nodes) if n.mark.kind == "chapter" and _PART_OF_CHAPTER.match(nfkc(n.mark.number))]
    holding = False
    for at in parts:
        for node in nodes[at + 1 :]:
            if node.mark.kind == "chapter":
                break
            if node.mark.kind == level:
                holding = True
                break
    if not holding:
        return
    for at in parts:
        nodes[at].mark = Marker("word:節", nodes[at].mark.number, nodes[at].mark.rest)


def _chapter_kinds(nodes: list[_Node], level: str) -> set[str]:
    """Kinds of bare numbering used once, above every initiative: a chapter heading such as
    「５　施策の展開」 or 「Ⅲ 重点取組」, which is neither a section nor part of the codes."""
    first = next(i for i, n in enumerate(nodes) if n.mark.kind == level)
    counts = Counter(n.mark.kind for n in nodes)
    once = {
        n.mark.kind
        for n in nodes[:first]
        if counts[n.mark.kind] == 1 and n.mark.kind in ("decimal", "roman", "dotted")
    }
    return once | _one_holding(nodes, level)


def _one_holding(nodes: list[_Node], level: str) -> set[str]:
    """Kinds of bare numbering (two headings or more) only one of whose headings holds initiatives: a plan's chapters 「１　プランの期間」
    「２　町の現状」「３　取組と目標」「４　プランの進め方」, the 取組 all under the third — chapters, not sections."""
    out: set[str] = set()
    stacks = _stacks(nodes)
    for kind in ("decimal", "roman", "dotted"):
        heads = [at for at, n in enumerate(nodes) if n.mark.kind == kind]
        # (two are enough: 「４　取組の内容」 and 「５　年次計画」 of a plan's extract)
        if len(heads) < 2 or any(level in {a.mark.kind for a in stacks[at]} for at in heads):
            continue
        holding = [
            at for at in heads if any(n.mark.kind == level for n in _under(nodes[at], stacks[at], nodes[at + 1 :]))
        ]
        if len(holding) == 1:
            out.add(kind)
    return out


def _lift_details(nodes: list[_Node], level: str) -> None:
    """Detail lines after an initiative's sub-items (「(1) 電子申請の拡充 > ア …、イ … > 目標：…」) are the
    initiative's: they follow its last sub-item only because the outline puts them at the end."""
    stack: list[_Node] = []
    for node in nodes:
        kinds = [n.mark.kind for n in stack]
        if node.mark.kind in kinds:
            del stack[kinds.index(node.mark.kind) :]
        owner = next((n for n in stack if n.mark.kind == level), None)
        stack.append(node)
        if owner is None or node is owner:
            continue
        lifted = [f for f in node.fields if f[0].split(":")[0] in _DETAIL_ROLES]
        if lifted:
            owner.fields += lifted
            node.fields = [f for f in node.fields if f not in lifted]


_KPI_ROLES = {"indicator", "baseline", "target", "actual", "unit"}


def _hand_on_tables(nodes: list[_Node], level: str) -> None:
    """A KPI table an extraction set above its item's heading (plain ``pdftotext`` prints two 施策's tables
    together, before the second's heading) goes to that item: where every item has one KPI table, an item
    with two followed by an item with none hands it the second."""
    items = [n for n in nodes if n.mark.kind == level]
    counts = [len(n.kpi_tables) for n in items]
    if not counts or max(counts) < 2 or sum(c == 1 for c in counts) < len(counts) / 2:
        return
    for one, two in zip(items, items[1:], strict=False):
        if len(one.kpi_tables) != 2 or two.kpi_tables:
            continue
        if any(role.split(":")[0] in _KPI_ROLES for role, _, _ in two.fields):
            continue
        moved = one.kpi_tables.pop()
        one.fields = [f for f in one.fields if f not in moved]
        two.fields = [*moved, *two.fields]
        two.kpi_tables.append(moved)


_AFTER_NUMBER = lazy_re(r"^\s*\d+(\D)")


def _separator(node: _Node) -> str:
    """What follows an item's number: 「.」 of 「１．計画の期間」, the blank of 「１　電子申請の推進」."""
    found = _AFTER_NUMBER.match(nfkc(node.text))
    return found.group(1) if found else ""


def _set_apart_chapters(nodes: list[_Node], level: str) -> None:
    """Chapters numbered as the initiatives are but written otherwise (「１．計画の期間」 「２．重点的に
    取り組む事項」 over 「１　電子申請の推進（担当課：総務課）」): items of the initiatives' kind with no
    detail, whose number is followed by a mark none of the detailed ones has, are chapters."""
    items = [n for n in nodes if n.mark.kind == level]
    detailed = {_separator(n) for n in items if n.detailed}
    for node in items:
        if not node.detailed and _separator(node) not in detailed:
            node.mark = Marker("chapter", node.mark.number, node.mark.rest)


def _numbered_on(nodes: list[_Node], level: str, chapters: set[str]) -> bool:
    """Whether the initiatives are numbered on across their sections (１．２．３． under Ⅰ, ４．５． under Ⅱ):
    then each number is the item's own code, as the plan cites it, not a place under its section. The
    numbers run 1, 2, 3 … in order over at least two sections."""
    digits: list[int] = []
    parents: list[int] = []
    stack: list[_Node] = []
    for node in nodes:
        if node.mark.kind in chapters:
            continue
        kinds = [n.mark.kind for n in stack]
        if node.mark.kind in kinds:
            del stack[kinds.index(node.mark.kind) :]
        if level in [n.mark.kind for n in stack]:
            stack.append(node)  # a sub-task of an initiative
            continue
        if node.mark.kind == level:
            number = _digits(node.mark)
            if number is None or not number.isdigit():
                return False
            digits.append(int(number))
            parents.append(id(stack[-1]) if stack else 0)
        stack.append(node)
    return len(set(parents)) >= 2 and digits == list(range(1, len(digits) + 1))


#: A mark set before some items' numbers to single them out: 「◎(1) 行政手続のオンライン化」 of a plan that says
#: 「取組名の前の「◎」は…重点取組です」.
_PRIORITY_MARK = lazy_re(r"^\s*[◎★☆]")


def _starred(items: list[_Node]) -> set[int]:
    """The items (by ``id``) a priority mark singles out: marked, where some of the items are not."""
    marked = {id(n) for n in items if _PRIORITY_MARK.match(n.text)}
    return marked if len(marked) < len(items) else set()


def _roman_lettered(nodes: list[_Node]) -> None:
    """Codes of letters under Roman-numbered headings (「I 便利で暮らしやすい町」 over 「I-1 手続の利便性向上」: 「Ⅰ-1」 as a
    text export flattens it) are the numbers of those headings' parts, 1-1 as 「Ⅰ-1」 is — not codes written as is."""
    romans = {value for n in nodes if n.mark.kind == "roman" and (value := roman_value(n.mark.number))}
    if not romans:
        return
    for node in nodes:
        if not node.mark.kind.startswith("lettered"):
            continue
        head, _, rest = node.mark.number.partition("-")
        value = roman_value(head)
        if value in romans and rest:
            number = f"{value}-{rest}"
            kind = "hyphen3" if number.count("-") == 2 else "hyphen2" if number.count("-") == 1 else node.mark.kind
            node.mark = Marker(kind, number, node.mark.rest)


def _deepen_hyphened_words(nodes: list[_Node]) -> None:
    """Headings of one word numbered at two depths (「施策①　行政手続のオンライン化」 over 「施策①-1　電子申請の拡充」, 「施策１－（１）」
    over 「施策１－（１）－①」) are two
    kinds, one under the other: the deeper ones are the items, those above them their sections (one kind, they would be
    siblings, each 施策 an empty item). Only where a deeper heading's number goes on from one above it."""
    by_word: dict[str, list[_Node]] = {}
    for node in nodes:
        if node.mark.kind.startswith("word:"):
            by_word.setdefault(node.mark.kind, []).append(node)
    for kind, group in by_word.items():
        # 「施策１－（１）」 over 「施策１－（１）－①」 too: the shallowest numbers, hyphened or not, are the tops
        numbered = [(n, number) for n in group if (number := _digits(n.mark))]
        least = min((number.count("-") for _, number in numbered), default=0)
        tops = {number for _, number in numbered if number.count("-") == least}
        deeper = [n for n, number in numbered if number.count("-") > least]
        if tops and deeper and all("-".join((_digits(n.mark) or "").split("-")[: least + 1]) in tops for n in deeper):
            for node in deeper:
                depth = (_digits(node.mark) or "").count("-")
                node.mark = Marker(f"{kind}#{depth}", node.mark.number, node.mark.rest)


def read_outline(
    document: Document,
    collector: Collector,
    *,
    plan_end: int | None = None,
    blocks: list[Block] | None = None,
) -> int:
    """Read a numbered outline into ``collector``; how many initiatives were found. ``blocks``: the
    document's ``reading_blocks`` when the caller has them (as ``read_cards``)."""
    nodes = _nodes(document, blocks)
    _deepen_hyphened_words(nodes)
    _roman_lettered(nodes)
    counts = Counter(n.mark.kind for n in nodes if n.detailed)
    if not counts:
        return 0
    level = counts.most_common(1)[0][0]
    _parts_of_chapters(nodes, level)
    _set_apart_chapters(nodes, level)
    _hand_on_tables(nodes, level)
    chapters = {"chapter"} | _chapter_kinds(nodes, level)
    _lift_details(nodes, level)
    numbers = [n.mark.number for n in nodes if n.mark.kind == level]
    # 「施策1」 again under each 基本目標: its own number is no code, the path's numbers are (1-1, 2-1)
    repeated = len(set(numbers)) < len(numbers)
    running = not repeated and _numbered_on(nodes, level, chapters)
    before = len(collector.initiatives)
    items = _items(nodes, level, chapters)
    starred = _starred([n for n in nodes if id(n) in items])
    stack: list[_Node] = []
    current = None
    # a dashboard's cards, each title closed by its badge 「順調」「遅れ」: the badges are their grades
    badged = badged_titles([node.mark.rest for node in nodes if id(node) in items])
    for node in nodes:
        kinds = [n.mark.kind for n in stack]
        if node.mark.kind in kinds:
            del stack[kinds.index(node.mark.kind) :]
        if any(id(n) in items for n in stack):
            if current is not None:  # a sub-task of the initiative
                add_text(current, "actions", squash(node.text))
            stack.append(node)
            continue
        stack.append(node)
        if id(node) not in items:
            continue
        ancestors = [n for n in stack[:-1] if n.mark.kind not in chapters]
        section = collector.section_path([squash(a.text) for a in ancestors]) if ancestors else None
        code = None
        own = node.mark.kind in _OWN_CODE_KINDS or node.mark.kind.startswith(("word:", "lettered"))
        if own and repeated and node.mark.kind.startswith("word:") and "-" not in (_digits(node.mark) or "-"):
            own = False
        if own:
            code = _digits(node.mark) or node.mark.number  # 「取組1-1」 → 1-1
        elif running:
            code = _digits(node.mark)  # 1, 2, 3 under Ⅰ, 4, 5 under Ⅱ: the number is the item's own
        else:
            parts = [_digits(n.mark) for n in stack if n.mark.kind not in chapters]
            code = "-".join(_nested(parts)) if all(parts) else None
        fields = [("title", node.mark.rest, node.location), *node.fields]
        current = apply_fields(collector, fields, section, plan_end, code=code, badge=badged)
        if current is not None and id(node) in starred and not current["priority"]:
            current["priority"] = "重点"
        if current is not None and node.lines:
            bullets = [line for line in node.lines if _BULLET.match(line)]
            prose = [line for line in node.lines if not _BULLET.match(line) and not _is_list_heading(line)]
            if prose:
                add_text(current, "summary", "\n".join(prose))
                if not current["departments"]:  # 「…順に受け付けます。（住民課・企画課）」 closing the prose
                    current["departments"] = closing_departments(prose[-1])
            if bullets:
                add_actions(current, "\n".join(bullets))
    _link_listed_indicators(nodes, items, collector, before, plan_end)
    return len(collector.initiatives) - before


#: The 取組 an indicator listed apart names in its line: 「…600手続（関連取組：1-1、1-2）」 (its label: ``cards._RELATED_ITEMS``).
_RELATED_CODES = lazy_re(r"[（(]\s*(?:関連|対応)(?:する)?(?:取組|事業)(?:番号)?\s*[:：]\s*(?P<codes>[^()（）]*)[)）]?\s*$")


def _link_listed_indicators(
    nodes: list[_Node], items: set[int], collector: Collector, before: int, plan_end: int | None
) -> None:
    """Indicators listed in a chapter of their own, each naming the 取組 it measures (「指標1　オンラインで申請できる
    手続数　現状値（R5）180手続 → 目標値（R10）600手続（関連取組：1-1、1-2）」, the bracket perhaps wrapped onto a line
    of its own): each is an indicator of every 取組 it names. A number no 取組 has is said in a warning."""
    by_code = {plain_code(i["code"]): i for i in collector.initiatives[before:] if i["code"]}
    if not by_code:
        return
    for node in nodes:
        if id(node) in items:
            continue
        for at, (role, value, where) in enumerate(node.fields):
            if role != "indicator":
                continue
            inline = _RELATED_CODES.search(value.replace("\n", ""))
            named = inline.group("codes") if inline else ""
            if not inline and at + 1 < len(node.fields) and node.fields[at + 1][0] == "related":
                named = node.fields[at + 1][1]
            codes = [plain_code(c) for c in _CODE_LIST.split(nfkc(named)) if c.strip()]
            if not codes:
                continue
            text = value.replace("\n", "")[: inline.start()] if inline else value
            scratch = apply_fields(Collector(), [("title", "-", where), ("indicator", text, where)], None, plan_end)
            listed = scratch["indicators"] if scratch else []
            for code in codes:
                item = by_code.get(code)
                if item is None:
                    names = "、".join(f"「{ind['name']}」" for ind in listed)
                    collector.warn(where, f"指標{names}の関連取組「{code}」は、この計画の取組にありません")
                    continue
                item["indicators"] += [copy.deepcopy(ind) for ind in listed]


#: What parts the numbers of 「関連取組：1-1、1-2」: a 読点, a comma, a 中黒 or blanks.
_CODE_LIST = lazy_re(r"[、,，・\s]+")
