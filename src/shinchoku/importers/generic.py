"""The generic layout: plans of municipalities shinchoku has never seen.

The file becomes the document model (``readers.read_document``); the shape readers look for
what every plan has in one of three shapes — a table with 取組名 and 担当課 columns, label–value
cards with 取組名, a numbered outline — and the builders of ``planjson`` make the plan.

It scores below every specific layout (``detect`` returns a small number), so a file one of
them recognises is read by it. When any initiative is found the result is a partial plan
whose warnings say (page, line) what could not be placed; when nothing is, the ParseError
says what was looked for and points to the template.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any, cast

from .document import Block, Document, Line, Location, Table
from .errors import ParseError
from .municipalities import NAME_CHARS
from .planjson import Indicator, Initiative, Plan, merge_years, period_from_years, plan_from, warn
from .readers.labelruns import read_headed_cards
from .readers.numbered_cells import read_numbered_cells
from .readers.xlsx import pasted_document
from .shapes.common import OPEN_END, YEAR_WORDS
from .shapes.numbering import roman_value
from .text import (
    A_YEAR,
    compact,
    fy_of,
    is_chapter_heading,
    lazy_re,
    nfkc,
    one_year_style,
    open_brackets,
    plan_period,
    squash,
    wareki,
)
from .titles import (
    REPORT_WORDS,
    Naming,
    cover_date,
    in_filename,
    letters_together,
    of_lines,
    of_title,
    prefecture_before,
)

LAYOUT = "generic"

#: Score when the shape readers find initiatives: below every specific layout's.
SCORE = 0.05

NOTHING_FOUND = (
    "計画ファイルとして認識できません。取組の一覧表（「取組名」と「担当課」の列がある表）、"
    "「取組名：…」で始まる取組ごとの記述、「基本目標1 > (1) > ①」のような番号付きの取組一覧の"
    "いずれも見つかりませんでした。計画を shinchoku の計画テンプレート（Excel・CSV。アップロード画面から"
    "ダウンロードできます）に写して取り込んでください。"
)

_MUNICIPALITY = lazy_re(rf"(?P<name>[{NAME_CHARS}]{{1,8}}?(?:市|区|町|村))")


def _cache(source: Any) -> dict[str, Any]:
    cache = getattr(source, "_generic", None)
    if cache is None:
        cache = {}
        source._generic = cache
    return cache


def document_read(source: Any) -> Document | None:
    """The document model of ``source`` where the generic readers made it already, else None (not made for the asking:
    a municipality's layout reads its text without it)."""
    found: Document | None = _cache(source).get("document")
    return found


def document_of(source: Any) -> Document:
    """The document model of ``source`` (read once per source)."""
    cache = _cache(source)
    if "document" not in cache:
        from .readers import read_document
        from .side_tables import split
        from .sideways import upright

        # two tables side by side on a sheet: two tables; a table on its side (one 取組 a column): turned upright
        document = upright(split(read_document(source)))
        if getattr(source, "is_pdf", False) and not any(True for _ in document.tables()):
            document = _pipe_tables(source) or document
        document.unfolded = getattr(source, "origin", None) is not None
        cache["document"] = document
    found: Document = cache["document"]
    return found


def _pipe_tables(source: Any) -> Document | None:
    """A PDF of a markdown text printed as it is (「| No. | 事業名 | 所管課 |」 lines, no rules): its
    rendered text read as text, where that finds the tables (the PDF reader leaves such lines to the
    text reader); warnings on its lines are placed on the PDF's pages as a layout's are."""
    text = source.text or ""
    if sum(1 for line in text.split("\n") if line.lstrip().startswith("|")) < 3:
        return None
    from .readers.text import read_text

    document = read_text(text)
    return document if any(True for _ in document.tables()) else None


#: The label of a preamble row whose value is read as a line of its own: the plan's name (a system's CSV:
#: 「計画,第2次鳴海市DX推進計画」), or its period (「計画期間 | 令和7年度～令和9年度」 in a title block).
_LABELS_ABOVE = lazy_re(r"計画|計画名|計画の名称|名称|件名|タイトル|計画期間|期間")


#: The unit of a table's figures noted above it at the right: 「（単位：千円）」「単位：円」.
_UNIT_NOTE = lazy_re(r"[(\[]?\s*単位\s*[:]\s*[^()\[\]]{1,10}[)\]]?")


def _first_lines(document: Document, limit: int = 30, source: Any = None) -> list[str]:
    """The first text lines (or first cells of a table's first rows) of the document; kept in the
    cache of ``source`` when given (the title, the period and the review year all look)."""
    cache = _cache(source) if source is not None else {}
    name = f"first {limit}"
    found: list[str] | None = cache.get(name)
    if found is not None:
        return found
    found = []
    for block in document.blocks():
        if len(found) >= limit:
            break
        if isinstance(block, Line):
            found.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows[:8]:
                texts = [t for t in (c.own_text for c in row) if t.strip()]
                if len(texts) == 2 and _UNIT_NOTE.fullmatch(nfkc(texts[-1]).strip()):
                    # 「計画期間：令和５年度～令和９年度 … （単位：千円）」: the unit of the table's figures set at the
                    # row's right end is no part of the line (紅葉台市's A2 and L2; walked: the period missed)
                    texts = texts[:1]
                if len(texts) == 1:
                    found.append(texts[0])
                elif len(texts) == 2 and _LABELS_ABOVE.fullmatch(nfkc(texts[0]).strip()):
                    found.append(
                        texts[1]
                    )  # 「計画,第2次鳴海市DX推進計画（令和5年度～令和9年度）」 in a CSV's preamble
    cache[name] = found
    return found


def _bracket_closed(lines: list[str]) -> list[str]:
    """``lines`` with a line the page's width cut inside its brackets joined to the short line that closes them (a
    cover's 「那須烏山市DX推進計画 アクションプラン（令和7年度～令和9年」 over 「度）」): one title, not its cut."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        following = lines[at + 1] if at + 1 < len(lines) else ""
        if open_brackets(line) > 0 and 0 < len(following.strip()) <= 12 and open_brackets(following) < 0:
            out.append(line.rstrip() + following.strip())
            at += 2
            continue
        out.append(line)
        at += 1
    return out


def _naming(document: Document, meta: dict[str, str], source: Any = None) -> Naming:
    """The plan's title, municipality and prefecture: the rows above a table (``meta``), else a
    title line near the top (「北杜見市DX推進計画」, 「山梨県北杜見市DX推進計画」), a cover's two lines,
    a line of the prefecture and municipality (「山梨県 北杜見市」) or 「都道府県名：山梨県」."""
    title = meta.get("title")
    municipality = meta.get("municipality")
    first = _bracket_closed([letters_together(line) for line in _first_lines(document, source=source)])
    prefecture = meta.get("prefecture")
    # a cover sets the title over two lines: 「若葉市」「ＤＸ推進計画」
    pairs = [
        a.strip() + b.strip()
        for a, b in itertools.pairwise(first)
        if len(a.strip()) <= 12 and len(b.strip()) <= 30
    ]
    candidates = ([meta["heading"]] if "heading" in meta else []) + first + pairs + _plan_name(meta)
    candidates = [_beside_chapter(line) for line in candidates]
    for line in candidates:
        named = of_title(line)
        if named is not None:
            title = title or _with_its_part(named.title, line, first)
            municipality = municipality or named.municipality
            prefecture = prefecture or named.prefecture
            break
    if title is None:
        # a plan named only in its running header (笹原町: 「笹原町ＤＸ推進計画」 at each page's top, the pages open with
        # 「第２章　計画の基本的な考え方」): the header's name before a chapter's heading that says 計画
        title = _running_naming(document).title
    if title is None:
        for line in candidates:
            if "計画" in line and len(line) <= 60 and not is_chapter_heading(line):
                title = squash(line)
                break
    naming = Naming(title, municipality, prefecture)
    if municipality is None:
        naming = naming.over(_running_naming(document))
    if naming.municipality and not naming.prefecture:
        # the prefecture on a line of its own before the name, the line going on (「宮崎県高千穂町　計画期間：…」)
        found = next((p for line in first[:12] if (p := prefecture_before(line, naming.municipality))), None)
        naming = naming.over(Naming(prefecture=found))
    if naming.municipality and naming.prefecture:
        return naming
    # 「山梨県 北杜見市」「都道府県名：山梨県」 on a line of their own (title lines were read above)
    return naming.over(of_lines(([line] for line in first[:12]), titles=False))


#: A cover's line under the plan's name naming the part of it the document is (「実施計画」 under 「第５次芦刈市総合計画」).
_PART_OF_PLAN = lazy_re(r"(?:第[0-9０-９一二三四五六七八九十]+(?:期|次))?\s*(?:実施計画|アクションプラン|行動計画|実行計画|推進計画)")


def _with_its_part(title: str | None, line: str, first: list[str]) -> str | None:
    """The title a cover gives: the name on ``line`` and, on the cover's line under it, the part of that plan the
    document is — 芦刈市's 「第５次芦刈市総合計画」 over 「実施計画」 is titled 「第５次芦刈市総合計画 実施計画」 (its first
    reading named the document after the 総合計画 it is a part of)."""
    if title is None or line not in first:
        return title
    at = first.index(line)
    below = squash(first[at + 1]) if at + 1 < len(first) else ""
    if _PART_OF_PLAN.fullmatch(nfkc(below)) and below not in title:
        return f"{title} {below}"
    return title


def _plan_name(meta: dict[str, str]) -> list[str]:
    """The plan a table's 計画名 column names on its rows (a system's export: 「白樺台市DX推進計画（令和6年度～令和9年度）」),
    read as a title line after the document's own lines: it names the municipality, the title and the period where
    nothing above the table does."""
    return [meta["plan_name"]] if meta.get("plan_name") else []


def _named_period(meta: dict[str, str]) -> tuple[int, int] | None:
    """The plan's years in the 計画名 a table's rows give (「…DX推進計画（令和6年度～令和9年度）」), or in the milestone every
    取組 of a ticket export shares (「第２期計画（R7～R10）」, ``ticket_exports``), or None."""
    for stated in ("plan_name", "plan_period"):
        if meta.get(stated) and (found := plan_period(meta[stated])) is not None:
            return found
    return None


#: A chapter's or section's heading, never a plan's name: 「第２章　計画の基本的な考え方」.


def _running_naming(document: Document) -> Naming:
    """The plan named by a running header the reader dropped (each page a sheet under 「（朝凪町ＤＸ推進計画　令和５年度～
    令和８年度）」, a line of no page of its own): read as a title line is, where no line of the pages names it."""
    for line in document.running:
        named = of_title(_beside_chapter(line))
        if named is not None:
            return Naming(named.title, named.municipality, named.prefecture)
    return Naming(None, None, None)


def _beside_chapter(line: str) -> str:
    """A running header's plan beside its chapter (「第３章　施策の展開　笹原町ＤＸ推進計画」 → 「笹原町ＤＸ推進計画」); any
    other line as it is."""
    if not is_chapter_heading(line):
        return line
    named = [piece for piece in line.split()[1:] if of_title(piece) is not None]  # (not 「計画の基本的な考え方」)
    return named[-1] if named else line


def _from_filename(filename: str) -> str | None:
    stem = os.path.splitext(os.path.basename(filename))[0]
    m = _MUNICIPALITY.search(stem)
    return m.group("name") if m else None


def _period(document: Document, source: Any = None) -> tuple[int | None, int | None]:
    """The plan's period from a line naming 計画 / 期間 with its years, or from the line under a heading
    naming the 期間 alone (「2　計画期間」 over 「令和6年度から令和10年度までの5年間とします。」)."""
    lines = _first_lines(document, 80, source)
    for names in (_names_its_period, _names_a_plan):
        # a line naming the plan's 期間 first: a line naming a plan may name another (山吹野町's 位置づけ 「第６次山吹野町
        # 総合計画（R3～R12）」 above its 「４　計画期間」, batch 36)
        for at, line in enumerate(lines):
            if names(line) or _PERIOD_ALONE.fullmatch(nfkc(one_year_style(line)).strip()):
                # 「（令和6年度～令和9年度）」 alone under a cover's title says the period all the same
                found = plan_period(line)
                if not found and "計画" in line and "期間" in line and at + 1 < len(lines):
                    found = plan_period(lines[at + 1])  # 「４　計画期間」 over its sentence
                if found:
                    return found
    for line in document.running:
        # a sheet a page under its plan's name and years, dropped from every page as the running header (栂池町's
        # 評価シート printed, batch 41: 「栂池町ＤＸ推進計画（令和６年度～令和９年度）　事務事業評価シート…」): the period as
        # the title line states it — unread, the shapes had no plan's last year, and a 事業 whose targets end before it
        # had no final target
        if _names_the_plan_with_its_years(line) and (found := plan_period(line)):
            return found
    return None, None


def _names_the_plan_with_its_years(line: str) -> bool:
    """A running header naming the plan with the years it covers: a plan's word (計画, プラン, 戦略), and no other span
    beside it (「進捗管理シート（対象期間：令和6年度～令和7年度）」, 「評価期間」「実施期間」: a report's or a 事業's years)."""
    plain = nfkc(line)
    return any(word in plain for word in _PLAN_WORDS[1:]) and not any(word in plain for word in _OTHER_SPANS)


#: Spans a header may give that are not the plan's: a report's, an evaluation's, a 事業's years.
_OTHER_SPANS = ("対象期間", "評価期間", "実施期間", "報告期間", "集計期間", "事業期間")


def _names_its_period(line: str) -> bool:
    """A line that states the plan's own 期間 from its start: 「計画期間：…」, a heading 「４　計画期間」, 「本計画の期間は…」 —
    not an item's 「実施期間」, nor a sentence naming another plan's (「第5次桜市総合計画（計画期間：令和3年度～…）の分野別
    計画として…」, the review's)."""
    return _OWN_PERIOD.match(nfkc(line).strip()) is not None


#: The start of a line stating the plan's own 期間, after a heading's number or mark.
_OWN_PERIOD = lazy_re(
    r"(?:[0-9]{1,2}[.)、]?\s*|\([0-9]{1,2}\)\s*|[■◆●□◇○・]\s*|第[0-9]{1,2}節\s*)?"
    r"(?:計画期間|計画の期間|本計画の(?:計画)?期間|この計画の期間)"
)


def _names_a_plan(line: str) -> bool:
    return any(word in line for word in _PLAN_WORDS)


#: Words a line stating the plan's years has: 「計画期間」「…アクションプラン（2024年度～2026年度）」「…DX戦略（…）」.
_PLAN_WORDS = ("期間", "計画", "プラン", "戦略")
#: A line of a plan's years alone, in brackets or not: 「（令和6年度～令和9年度）」 (NFKC text).
_PERIOD_ALONE = lazy_re(
    rf"[(【\[]?\s*(?:{YEAR_WORDS})\s*(?:[~〜～\-ー－―—–]|から)\s*(?:{YEAR_WORDS})\s*(?:まで)?\s*[)】\]]?"
)


_REVIEW = lazy_re(
    # 「令和5年度 進捗状況」「2024年度のKPI及びその進捗状況」
    rf"({A_YEAR})\s*年度?\s*(?:の)?\s*"
    rf"(?:(?:KPI|成果指標|指標|取組)(?:及びその|とその|の)?\s*)?(?:{REPORT_WORDS})"
    rf"|({A_YEAR})\s*年度末?\s*(?:時点|現在)"
    # 「令和7年3月31日現在」: the fiscal year the date falls in (its March the year before's)
    rf"|({A_YEAR})\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?\s*(?:時点|現在)"
    # 「KPIの進捗状況（2024年度）」: the year in brackets after what is reported
    rf"|(?:進捗|実績|評価)(?:状況)?\s*\(\s*({A_YEAR})\s*(?:年度?)?\s*\)"
)


def _review_year(document: Document, source: Any) -> int | None:
    """The year a progress report reports on: said by the title, else by a line under it (「進捗状況（令和6年度末時点）」)."""
    return _review_fy(_naming(document, {}, source).title) or next(
        (fy for line in _first_lines(document, source=source)[:5] if (fy := _review_fy(line))), None
    )


def _in_review_year(plan: Plan, review: int | None) -> None:
    """An actual or a grade a card or an item states without its year (「実績　912人」「進捗　A」) is the reported year's,
    as a progress table's 「実績値」 column is: a 進捗状況 page of 「取組項目1:…」 blocks under 「2024年度のKPI及びその進捗状況」
    gave actuals of no year, which no year's report shows."""
    if review is None:
        return
    for item in plan["initiatives"]:
        for ind in item["indicators"]:
            for actual in ind["actuals"]:
                if actual["fy"] is None:
                    actual["fy"] = review
            for grade in ind.get("evaluations") or []:
                if grade.get("fy") is None:
                    grade["fy"] = review


def _review_fy(title: str | None) -> int | None:
    """The fiscal year a progress table reports on: 「令和5年度 進捗状況一覧」 → 2023."""
    from .text import fy_of

    m = _REVIEW.search(nfkc(title or ""))
    if m is None:
        return None
    if m.group(3):
        return fy_of(m.group(0))
    return fy_of(f"{m.group(1) or m.group(2) or m.group(4)}年度")


def _titled_table(document: Document) -> bool:
    """Whether some table has a title column (取組名 …): a plan's table, not only KPI tables (nor a chapter's KPI
    table keyed by the numbers of the items detailed before it, whose 「施策」 column holds numbers, no titles)."""
    from .shapes.tables import carries_initiatives, coded_kpi_header, find_header

    for table in document.tables():
        header = find_header(table)
        if (
            header is not None
            and header.first("title") is not None
            and coded_kpi_header(table) is None
            and carries_initiatives(table, header)
        ):
            return True
    return False


def _titles_only(items: list[Initiative]) -> bool:
    """Whether a table gave titles and nothing else (no 担当課, indicator, schedule or budget): a
    施策体系 or a list of contents, whose initiatives a plan details further on."""
    return all(
        not (item["departments"] or item["indicators"] or item["schedule"] or item["budget"])
        for item in items
    )


def read(source: Any) -> tuple[Plan | None, Any]:
    """Run the shape readers over ``source``: (plan or None, collector)."""
    cache = _cache(source)
    if "result" in cache:
        cached: tuple[Plan | None, Any] = cache["result"]
        return cached
    document = document_of(source)
    start_fy, end_fy = _period(document, source)
    collector, found = _shapes(document, source, end_fy, start_fy)
    if not found and document.kind in ("xlsx", "csv") and (pasted := pasted_document(document)) is not None:
        # a plan's text pasted into a sheet, a line a row of column A (its ● rows wider): read as the text it is
        cache["document"] = document = pasted
        start_fy, end_fy = _period(document, source)
        collector, found = _shapes(document, source, end_fy, start_fy)
    if not found and document.kind == "text" and (numbered := read_numbered_cells(document)) is not None:
        # a ruled list's cells a line each, its rows' figures scattered (plain pdftotext): its numbered titles, read
        # last, when nothing else is found in the text — a partial plan, said in a warning, not a refusal
        cache["document"] = document = numbered
        if (start_fy, end_fy) == (None, None):  # (a period stated below the list, left out of it, stays read)
            start_fy, end_fy = _period(document, source)
        collector, found = _shapes(document, source, end_fy, start_fy)
    if not found and document.kind == "text" and (headed := read_headed_cards(document)) is not None:
        # cards under numbered headings whose labels come before their values (plain pdftotext of a Word plan): each
        # heading's number and title, and what the values' shapes tell — a partial plan, said in a warning
        cache["document"] = document = headed
        collector, found = _shapes(document, source, end_fy, start_fy)
    if found and (start_fy, end_fy) == (None, None) and (named := _named_period(collector.meta)) is not None:
        # the period only the rows' 計画名 states: the shapes read again knowing the plan's last year
        start_fy, end_fy = named
        collector, found = _shapes(document, source, end_fy, start_fy)
    plan = None
    if found:
        plan = _plan(source, document, collector, (start_fy, end_fy))
        _in_review_year(plan, _review_year(document, source))
        inferred = plan["plan"]["period"]["end_fy"]
        if end_fy is None and inferred is not None and _open_range(document):
            # no period stated, a 工程 open at its end (「R8～ 本格実施」): it runs to the last year the
            # plan's targets and schedules name, so the shapes are read again knowing it
            collector, found = _shapes(document, source, inferred, start_fy)
            plan = _plan(source, document, collector, (start_fy, end_fy)) if found else plan
    cache["result"] = (plan, collector)
    return plan, collector


#: A year a 工程 runs on from: 「R8～」「令和8年度から」, no year after it (NFKC text).
_OPEN_RANGE = lazy_re(f"(?:{YEAR_WORDS}){OPEN_END}")


def _open_range(document: Document) -> bool:
    """Whether some line or cell of ``document`` names a year a 工程 runs on from."""
    return any(_OPEN_RANGE.search(nfkc(text)) for text, _ in _texts(document))


def _detail_sheets(document: Document) -> set[str]:
    """The sheets of a workbook that are each one 事業's sheet (「事業番号 | 1-1」「事業名 | …」 down the first
    column, one name, a number or a 所管課), when another sheet is none: the details of what that one lists."""
    if document.kind != "xlsx" or len(document.pages) < 2:
        return set()
    from .labels import classify

    found: set[str] = set()
    for page in document.pages:
        tables = [b for b in page.blocks if isinstance(b, Table)]
        if len(tables) != 1 or page.name is None:
            continue
        down: list[str] = []  # the roles of the labels down the first column, each with a value beside it
        for row in tables[0].rows:
            first = row[0].own_text.strip() if row else ""
            column = classify(first, loose=False) if first and len(first) <= 12 else None
            if column is not None and any(cell.text.strip() and cell.text != row[0].text for cell in row[1:]):
                down.append(column.role)
            # and a label further along a row with its value after it (「事業番号 | D-01 | 事業名 | …」「部 | 総務部 | 課 | …」)
            for label, value in itertools.pairwise(row[1:]):
                text, after = label.own_text.strip(), value.text.strip()
                inline = classify(text, loose=False) if text and len(text) <= 12 else None
                if inline is not None and after and value.text != label.text and classify(after, loose=False) is None:
                    down.append(inline.role)
        if down.count("title") == 1 and {"code", "departments"} & set(down) and len(set(down)) >= 4:
            found.add(page.name)
    return found if len(found) < len(document.pages) else set()


def _shapes(
    document: Document, source: Any, end_fy: int | None, start_fy: int | None = None
) -> tuple[Any, bool]:
    """(collector, whether any initiative was found) of the shape readers over ``document``, the
    plan's last year ``end_fy`` (None: not stated) closing the ranges open at their end, its first ``start_fy``
    setting apart a table of the years before it (a 前計画's record)."""
    from .mapping import Mapping
    from .shapes.cards import read_cards
    from .shapes.common import Collector
    from .shapes.lines import reading_blocks
    from .shapes.outline import read_outline
    from .shapes.tables import join_coded_kpi, read_tables
    from .side_tables import budget_tables, join_budgets, revision_tables
    from .ticket_exports import fold, join_steps

    # a budget by year keyed by the 取組's numbers (「No. | 事業名 | R7 | R8」 under 「予算」): no 取組 of its own
    document, budgets = budget_tables(document)
    document, revisions = revision_tables(document)
    collector = Collector()
    # first pass for the metadata rows above a table (自治体名, the title line)
    mapping = getattr(source, "mapping", None)
    column_map = Mapping.of(mapping) if mapping else None
    # a ticket system's export (Backlog's 課題, Redmine's チケット): a table of its 取組, their child tickets their steps
    # (the plan office's own columns, where it chose them, are read as it chose)
    document, tickets = fold(document) if column_map is None else (document, [])
    details = _detail_sheets(document) if column_map is None else set()
    if details:
        # an overview sheet of the 事業 and a 事業シート each: the overview read as a table, each sheet
        # as a card, one initiative of both by code and title (``_once``)
        overview = Document(
            document.kind, [p for p in document.pages if p.name not in details], document.notes
        )
        sheets = Document(document.kind, [p for p in document.pages if p.name in details])
        found_overview = read_tables(overview, collector, plan_end=end_fy, review_fy=None, mapping=None)
        if found_overview:
            read_cards(sheets, collector, plan_end=end_fy)
            return collector, True
        collector = Collector()
    review = _review_year(document, source)
    found = read_tables(
        document, collector, plan_end=end_fy, review_fy=review, mapping=column_map, plan_start=start_fy
    )
    join_steps(tickets, collector)
    # the blocks the card and the outline readers read, worked out once for both (neither changes them)
    reading: list[list[Block]] = []

    def blocks() -> list[Block]:
        if not reading:
            reading.append(reading_blocks(document))
        return reading[0]

    def cards_or_outline(meta: dict[str, Any]) -> tuple[Collector, int]:
        """The document read as cards, else as an outline, each into a collector of its own: cards that find no 取組
        leave the sections of their headings behind (walked: 柊町's Word plan had its 施策体系 twice, the cards'
        「第２章 > 基本方針 > 取組」 tree empty beside the outline's)."""
        cards = Collector(meta=meta)
        found = read_cards(document, cards, plan_end=end_fy, blocks=blocks())
        if found:
            return cards, found
        return outline_of(meta)

    def outline_of(meta: dict[str, Any]) -> tuple[Collector, int]:
        outline = Collector(meta=dict(meta))
        return outline, read_outline(document, outline, plan_end=end_fy, blocks=blocks())

    if found and column_map is None and (not _titled_table(document) or _titles_only(collector.initiatives)):
        # only KPI tables (指標名 | 現状値 | 目標値) under cards or outline items, or a 施策体系 table of
        # titles (基本目標 | 施策 | 取組) before the cards that detail them: the text is the plan
        text_collector, text_found = cards_or_outline({})
        if text_found:
            collector, found = text_collector, text_found
    elif found and column_map is None and document.kind in ("text", "pdf", "docx"):
        # an overview table (番号 | 取組名 | 担当課) and, after it, each 取組 detailed under its number
        # (「★A-1　書かない窓口の導入」「担当課：…」「【KPI】…」): the details read as the plan, the overview's
        # columns added to them by code
        cards = Collector(meta=dict(collector.meta))
        readings = [(cards, read_cards(document, cards, plan_end=end_fy, blocks=blocks()))]
        if not readings[0][1] or not _detailed_overview(collector, cards):
            # no cards, or cards that are a few noise tables' rows (a 「質問項目」 table's, a 委員名簿's), not the details:
            # the details as an outline (檜山台市's 「取組1-1」 paragraphs with （所管課）（目標） joined to its ロードマップ)
            readings.append(outline_of(dict(collector.meta)))
            detailed = _detailed_overview(collector, readings[1][0]) if readings[1][1] else None
        else:
            detailed = cards
        if detailed is not None:
            collector, found = detailed, len(detailed.initiatives)
        else:
            # joined to no table: the reading that outweighs the tables' rows (若草野町's cards, 萩ノ台市's outline)
            chosen = next((r for r in readings if r[1] and _cards_outweigh(collector.initiatives, r[0].initiatives)), None)
            if chosen is not None:
                collector, found = chosen
    if not found and column_map is not None:
        # the plan office's columns: cards or an outline read from the tables it left out would be
        # what it said is no plan
        raise ParseError(
            "選んだ列の割り当てでは、取組の表が1つも読めません（すべての表を「読み込まない」にしたか、"
            "「取組名」の列がありません）。割り当てを選び直してください。"
        )
    if not found:
        # no initiative in a table: its rows' warnings (「取組名がなく…」 for a card table's
        # schedule row) are no news to the user, the document's metadata is kept
        collector, found = cards_or_outline(collector.meta)
    if found:
        join_coded_kpi(document, collector, plan_end=end_fy, plan_start=start_fy)  # a chapter's KPI table by the items' numbers
        join_budgets(budgets, collector)
    for table in revisions:
        collector.warn(table.location, "新旧対照表（見直しの前後を比べる表）は、取組の一覧ではないため読みませんでした")
    return collector, bool(found)


def _plan(source: Any, document: Document, collector: Any, period: tuple[int | None, int | None]) -> Plan:
    from .shapes.common import indicators_in_prose, link_reposts
    from .stated_departments import fill as fill_stated

    naming = _naming(document, collector.meta, source)
    title, municipality = naming.title, naming.municipality
    hint = getattr(source, "municipality", None)
    notes: list[str] = []
    if not municipality:
        municipality = hint or _from_filename(source.filename)
        if not municipality:
            municipality = os.path.splitext(os.path.basename(source.filename))[0] or "（自治体名なし）"
            notes.append(
                f"自治体名が文書から読み取れないため、ファイル名「{municipality}」を仮の自治体名にしました。取込時に確認してください。"
            )
        elif not hint:
            notes.append(f"自治体名が文書にないため、ファイル名から「{municipality}」としました。")
    title_from = None
    if not title and (title := in_filename(source.filename, municipality)):
        title_from = "filename"
        notes.append(f"計画名が文書にないため、ファイル名から「{title}」としました。")
    if not title:
        title, title_from = f"{municipality} 計画", "municipality"
        notes.append(f"計画名が文書から読み取れないため「{title}」としました。")
    published = next(
        (found for line in _first_lines(document, source=source)[:12] if (found := cover_date(line))), None
    )
    plan = plan_from(
        source,
        LAYOUT,
        municipality=municipality,
        title=title,
        published=published,
        period=period,
        prefecture=naming.prefecture,
    )
    if title_from:
        plan["plan"]["title_from"] = title_from  # a plan revised from this file keeps its own title
    for note in notes:
        warn(plan, None, note)
    # for a PDF importers puts the reader's notes first; a workbook's (hidden columns) are said here
    if getattr(source, "locations", None) is None or getattr(source, "is_xlsx", False):
        from .mapping import Mapping

        chosen = getattr(source, "mapping", None)
        left_out = Mapping.of(chosen) if chosen else None
        for location, message in document.notes:
            if left_out is not None and left_out.skips(location.sheet):
                continue  # a sheet the plan office said is no plan: what was not read of it is no news
            plan["warnings"].append({"line": location.line, "page": location.page, "message": message})
    plan["sections"] = collector.sections
    _named_by_headings(collector.sections, document)
    _restarted_numbers(collector.initiatives, collector.sections)
    _restarted_section_numbers(collector.sections)
    for item in collector.initiatives:
        _departments_from_title(item)
    fill_stated(document, collector.initiatives)  # a sheet per 課, or 「担当課：市民課」 above the table
    _departments_apart_from_label(plan, document, collector.initiatives)
    _departments_from_prose(plan, collector.initiatives)
    _baseline_year_from_prose(plan, document, collector.initiatives)
    for item in collector.initiatives:
        if not item["indicators"] and item["summary"]:
            # 「…の割合を令和５年度の40％から令和９年度までに80％に引き上げます。」: the item's target, in its prose
            item["indicators"] = indicators_in_prose(item["summary"], period[1])
    plan["initiatives"] = _without_rows_again(
        _once(_without_abolished(_without_wordless(collector.initiatives), collector))
    )
    link_reposts(plan["initiatives"])
    plan["warnings"].extend(collector.warnings)
    period_from_years(plan)
    return plan


#: The year a plan's prose says its baselines are of: 「各事業の現状値は令和５年度、目標値は…」「指標の基準値は2023年度の実績です」
#: (NFKC text).
_BASELINE_YEAR = lazy_re(
    rf"(?:現状値|基準値)(?:は|を|:)\s*(?P<year>{YEAR_WORDS})(?:の|、|,|とし|です|時点)"
    # 「KPIの数値は、「現状値（令和５年度）→目標値（令和11年度）」を示しています」, 「「→」の左は令和５年度の実績」
    rf"|(?:現状値|基準値)\s*\(\s*(?P<bracketed>{YEAR_WORDS})\s*\)\s*(?:→|⇒|から)|→」?の左は\s*(?P<left>{YEAR_WORDS})の"
)


def _named_by_headings(sections: list[Any], document: Document) -> None:
    """A section a table's column names by its number alone (「基本方針 | 1」, the 取組一覧's first column) takes the name a
    heading of the document gives that number (「基本方針１　行かなくてもいい市役所」): the plan's 施策体系 had shown 「1」「2」
    「3」 (walked: 朱鷺ノ森市, batch 36). A number no heading names stays as it is."""
    bare = [s for s in sections if s.get("level") and nfkc(s.get("title") or "").strip().isdigit()]
    if not bare:
        return
    from .shapes.numbering import marker

    headings: dict[str, str] = {}  # 「基本方針1」 → its name, as the numbered headings give them
    for block in document.blocks():
        found = marker(block.text.strip()) if isinstance(block, Line) else None
        if found is not None and found.kind.startswith("word:") and 0 < len(found.rest) <= 40:
            headings.setdefault(found.number, squash(found.rest))
    for section in bare:
        name = headings.get(f"{nfkc(section['level'])}{nfkc(section['title']).strip()}")
        if name:  # the number its code (「基本方針 1 行かなくてもいい市役所」), as a heading numbered so gives it
            section["code"] = section.get("code") or nfkc(section["title"]).strip()
            section["title"] = name


def _texts(document: Document) -> Iterator[tuple[str, Location]]:
    """Every line's and table cell's text with where it is, in reading order (a sheet's prose is in its cells)."""
    for block in document.blocks():
        if isinstance(block, Line):
            yield block.text, block.location
        elif isinstance(block, Table):
            for index, row in enumerate(block.rows):
                for cell in row:
                    if cell.origin == "own" and cell.text:
                        yield cell.text, block.row_location(index)


def _stated_baseline_year(document: Document) -> tuple[int, str, Location] | None:
    """The year the first line or cell saying 「現状値は令和５年度…」 gives, the words saying it and where they are."""
    for count, (text, where) in enumerate(_texts(document)):
        plain = nfkc(text)
        found = _BASELINE_YEAR.search(plain)
        group = next((g for g in ("year", "bracketed", "left") if found.group(g)), "year") if found else "year"
        fy = fy_of(found.group(group)) if found else None
        if found is not None and fy is not None:
            # the words as written (「現状値（令和５年度）→」), where NFKC kept the text's length
            said = text if len(text) == len(plain) else plain
            end = found.end(group) if group == "year" else found.end()
            return fy, said[found.start() : end], where
        if count > 5000:
            break
    return None


def _baseline_year_from_prose(plan: Plan, document: Document, items: list[Initiative]) -> None:
    """A baseline written without its year (a card's 「現状値 | 50手続」) is of the year the plan's prose gives all of
    them (「各事業の現状値は令和５年度、目標値は令和９年度の値です。」), with a warning to check it; a year in the figure's
    own cell or label stays."""
    undated = [
        ind
        for item in items
        for ind in item["indicators"]
        if ind["baseline"] and ind["baseline"]["fy"] is None
    ]
    if not undated:
        return
    stated = _stated_baseline_year(document)
    if stated is None:
        return
    fy, said, where = stated
    for ind in undated:
        assert ind["baseline"] is not None
        ind["baseline"]["fy"] = fy
    warn(
        plan,
        where.line if where.line is not None else where.row,
        f"年度の書かれていない現状値 {len(undated)} 件を、本文の「{said}」に従って{wareki(fy)}の値としました。確認してください。",
    )


def _restarted_section_numbers(sections: list[dict[str, Any]]) -> None:
    """Sections numbered again under each parent (「（１）手続のオンライン化」 under 「１」, 「（１）業務の効率化」 under
    「２」) are told apart by their parent's number: 1-1, 2-1 — as their 取組 are — every one of a level where one bare
    number is given twice in it; a section named by its word (「施策５」) or numbered on across its parents keeps its
    number."""
    by_key = {s["key"]: s for s in sections}
    bare = [s for s in sections if s["parent"] and s["code"] and s["code"].isdigit() and not s["level"]]
    seen = Counter((s["key"].count("."), s["code"]) for s in bare)  # (depth, number): a level unnamed
    restarting = {depth for (depth, _), count in seen.items() if count > 1}
    for s in bare:  # a parent before its children: its number is whole when theirs are made
        parent = by_key.get(s["parent"])
        if parent and parent["code"] and s["key"].count(".") in restarting:
            s["code"] = f"{parent['code']}-{s['code']}"


def _restarted_numbers(items: list[Initiative], sections: list[dict[str, Any]]) -> None:
    """Numbers that start again under each section (①②③ under 基本目標１, ①② under 基本目標２)
    name an initiative only with their section's: 「2-1」 for ① under 基本目標２. Left as they are
    when no two initiatives share a number (a plan numbered straight through, or by its own
    scheme), and in sections whose numbers do not run from 1 (a 再掲 keeps its original's)."""
    codes = [i["code"] for i in items if i["code"]]
    if len(codes) == len(set(codes)):
        return
    titles: dict[str, set[str]] = {}
    for item in items:
        if item["code"]:
            titles.setdefault(item["code"], set()).add("".join(nfkc(item["title"]).split()))
    if all(len(named) == 1 for named in titles.values()):
        return  # each number names one 取組 wherever it is listed: the same rows again (a wide table's right-hand
        # columns printed on pages of their own, 「No. | 取組名」 repeated), no numbering started anew (``_once`` joins them)
    by_key = {s["key"]: s for s in sections}

    def path(key: str | None) -> str | None:
        parts: list[str] = []
        while key is not None:
            section = by_key.get(key)
            if section is None or not section.get("code"):
                return None
            parts.append(_section_number(section["code"]))
            key = section.get("parent")
        return "-".join(reversed(parts))

    groups: dict[str, list[tuple[int, Initiative]]] = {}
    for item in items:
        code = item["code"] or ""
        if code.isascii() and code.isdecimal() and item["section"]:
            groups.setdefault(item["section"], []).append((int(code), item))
    restarting = {
        key: prefix
        for key, group in groups.items()
        if (prefix := path(key)) and [n for n, _ in group] == list(range(1, len(group) + 1))
    }
    if len(restarting) < 2 or len(set(restarting.values())) < len(restarting):
        return
    for key, prefix in restarting.items():
        for number, item in groups[key]:
            item["code"] = f"{prefix}-{number}"


def _section_number(code: str) -> str:
    """A section's number as a 取組's code writes it: 「Ⅱ」 is 2 (楡木町's ① of 「Ⅱ」 > 「１．」 is 2-1-1, as the outline's
    基本目標Ⅱ is), any other as written (NFKC)."""
    value = roman_value(code)
    return str(value) if value else nfkc(code)


#: 「担当課：デジタル推進課」 closing a title's line, a blank before it.
_TRAILING_DEPARTMENTS = lazy_re(r"\s+(?:担当課?|所管課?|担当部署|主管課)\s*[:：]\s*(?P<names>\S.*)$")


def _departments_from_title(item: Initiative) -> None:
    """An initiative named with no 担当課 whose title closes with department names in brackets
    (「書かない窓口の実現（市民課）」, a KPI list without a 担当課 column): those are its 担当課, and
    the title is the words before them."""
    from .shapes.common import closing_departments
    from .text import only_departments, split_departments

    if item["departments"]:
        return
    labelled = _TRAILING_DEPARTMENTS.search(item["title"])
    if labelled is not None:
        # 「１　電子申請の拡充　担当課：デジタル推進課」: the 担当課 on the title's line, after a blank
        names = only_departments(split_departments(labelled.group("names")))
        if names:
            item["title"] = item["title"][: labelled.start()].rstrip()
            item["departments"] = names
        return
    names = closing_departments(item["title"])
    if not names:
        return
    cut = max(item["title"].rfind("（"), item["title"].rfind("("), item["title"].rfind("【"))
    if cut > 0:
        item["title"] = item["title"][:cut].rstrip()
        item["departments"] = names


def _departments_apart_from_label(plan: Plan, document: Document, items: list[Initiative]) -> None:
    """Cards whose labels were written apart from their values (plain pdftotext of a page of cards: 「【取組名】」
    「【概要】」「【担当課】」「【KPI】」 a line each, then each card's values in that order), read with the 担当課's value — a
    line of 課 alone, 「住民課、情報政策課」 — run into the 取組's 概要 (萩ノ台町, batch 34): that line is the 取組's 担当課. Only
    where no 取組 has a 担当課, the document has a card's 担当課 label (「【担当課】」) on a line of its own, and the 概要 has
    exactly one line of 課 alone (``_departments_line``); a warning asks the plan office to check them."""
    if any(item["departments"] for item in items) or not _bare_department_label(document):
        return
    named = 0
    for item in items:
        lines = (item["summary"] or "").split("\n")
        found = [k for k, line in enumerate(lines) if _names_only(line)]
        if len(found) != 1 or not (names := _departments_line(lines, found[0])):
            continue  # (two lines of 課: which is the 担当課 is not known)
        k = found[0]
        item["departments"] = names
        item["summary"] = "\n".join(lines[:k] + lines[k + 1 :]).strip() or None
        named += 1
    if named:
        warn(
            plan,
            None,
            f"担当課の見出しと値が離れて書かれていたため（PDFから書き出したテキストなど）、{named}件の取組の担当課を、"
            "取組の本文にある課名だけの行から読み取りました。取込前に確認してください。",
        )


#: How the name of a 課 ends: a facility (「各支所」「公民館」) is no 担当課.
_OFFICE_ENDS = ("課", "室", "局", "部", "係")


def _departments_line(lines: list[str], k: int) -> list[str]:
    """The 課 that line ``k`` of a 概要 names and nothing else (「住民課、情報政策課」), standing apart from its sentences —
    the line before it ending one (「。」) and the line itself ending no list (「住民課、税務課、」 is a sentence wrapped:
    「福祉課と連携して進めます。」 goes on after it), no label of its own (「関係課：総務課、企画課」) — else none. Each name a
    課's (``_OFFICE_ENDS``), not a facility's."""
    from .text import department_names, only_departments

    line = lines[k].strip()
    if not line or line[-1] in "、，,・･" or (k > 0 and not lines[k - 1].rstrip().endswith("。")):
        return []
    if any(mark in line for mark in ":：【"):  # 「関係課：総務課、企画課」: a value of a label of its own
        return []
    names = only_departments(department_names(line)) if _names_only(line) else []
    return names if all(name.endswith(_OFFICE_ENDS) for name in names) else []


def _names_only(line: str) -> bool:
    """Whether a line of a 概要 names departments and nothing else (「住民課、情報政策課」「各支所・公民館」 alike)."""
    from .shapes.cards import continues_departments

    return bool(line.strip()) and continues_departments(line.strip())


def _bare_department_label(document: Document) -> bool:
    """Whether a line of ``document`` is a card's 担当課 label alone, in a card's brackets (「【担当課】」), its value
    nowhere beside it — not a table's header cell 「担当課」, which plain pdftotext gives a line each as well."""
    from .shapes.cards import _bare_label

    for block in document.blocks():
        if isinstance(block, Line):
            text = block.text.strip()
            if text[:1] in "【［[" and text[-1:] in "】］]" and _bare_label(text[1:-1]) == "departments":
                return True
    return False


def _departments_from_prose(plan: Plan, items: list[Initiative]) -> None:
    """A plan that names no 担当課 for any 取組 but says in each 取組's prose which 課 carries it out (「住民課が中心となっ
    て」): those 課 are its 担当課, and a warning asks the plan office to check them. A plan stating a 担当課 anywhere
    keeps its prose to itself (a 課 named there may only be consulted)."""
    from .shapes.common import departments_in_prose

    if any(item["departments"] for item in items):
        return
    named = 0
    for item in items:
        if item["summary"] and (names := departments_in_prose(item["summary"])):
            item["departments"] = names
            named += 1
    if named:
        warn(
            plan,
            None,
            f"担当課の欄がないため、{named}件の取組の担当課を本文の「○○課が…」などの記述から読み取りました。"
            "取込前に確認してください。",
        )


def _detailed_overview(table: Any, text: Any) -> Any | None:
    """``text``'s initiatives with ``table``'s merged into them by code, where the text details most of
    the table's numbered rows (four of five at least, two or more) and adds to them (an indicator or a
    工程 the table has not): the table was their overview. Rows of the table the text has not are kept
    (outside its sections); rows with no number (a small 工程表's steps read as rows) are not."""
    coded = [item for item in table.initiatives if item["code"] and not _field_row(item)]
    if not coded and table.initiatives:
        # a 工程表 naming the 取組 the text details by their titles alone (雪代町's 「取組 | R6 … R10」 after its
        # 「（１）…【所管】…」 paragraphs): merged by title
        return _detailed_by_title(table, text)
    if len({item["code"] for item in coded}) < len(coded):
        return None  # a number listed twice: tables of their own (a 体系 and a list), merged by ``_once``
    by_code = {item["code"]: item for item in text.initiatives if item["code"]}
    matched = [item for item in coded if item["code"] in by_code]
    if len(matched) < 2 or len(matched) * 5 < len(coded) * 4:
        return None
    adds = sum(
        1
        for item in matched
        if (by_code[item["code"]]["indicators"] and not item["indicators"])
        or (by_code[item["code"]]["schedule"] and not item["schedule"])
    )
    if adds * 2 < len(matched):
        return None
    sectioned = _sections_of_overview(table, text)
    for item in coded:
        if item["code"] not in by_code:
            item["section"] = item["section"] if sectioned else None
            text.initiatives.append(item)
            continue
        detail = by_code[item["code"]]
        if sectioned:
            detail["section"] = item["section"]
        if not detail["departments"]:
            detail["departments"] = list(item["departments"])
        for key in ("indicators", "schedule", "budget"):
            if not detail[key]:
                detail[key] = item[key]
        detail["marks"] += [m for m in item["marks"] if m not in detail["marks"]]
        detail["priority"] = detail["priority"] or item["priority"]
    return text


def _sections_of_overview(table: Any, text: Any) -> bool:
    """Whether the text's initiatives take their sections from the overview table joined to them: where the table
    groups its rows (「基本目標 | No. | 主な取組 | 担当課」, a 基本目標 merged down over its rows) and the text names no
    section (a ◆ list of each 取組's goal under 「９　主な取組の目標」) — the table's sections then become the text's
    (first read: 朝凪県's plan with no 施策体系 at all, its 体系図 joined to the ◆ list by code)."""
    if text.sections or not table.sections:
        return False
    text.adopt_sections(table)
    return True


def _field_row(item: Initiative) -> bool:
    """Whether a table's row is a 取組's own table's field read as a row of the overview before it: its 「番号」 cell a
    field's label (琴浦野村's 取組の一覧 「番号 | 取組名 | 担当課」 and, after it, a table a 取組 — 「取組内容 | …」「成果指標 |
    name | 現状値（R5） | …」「スケジュール | 対象拡大 | → …」 — each a row numbered 「取組内容」「成果指標」). The text reads
    those tables as the 取組's cards; the join by code leaves such rows out."""
    from .labels import classify

    return classify(item["code"] or "", loose=False) is not None


def _cards_outweigh(rows: list[Initiative], details: list[Initiative]) -> bool:
    """Whether the text's initiatives, read as cards or an outline and joined to no table, are the plan rather than the
    tables' rows: three or more of them numbered with a 担当課 and an indicator or a 工程 of their own, where no table
    row has an indicator, a 工程 or a budget (若草野町's 11 【取組】 cards beside a 前計画's 「取組 | 担当課 | 結果」 table
    and a 交付率 table 「時点 | 若草野町 | 全国」: a few rows of titles and 課, no plan's 取組; not 鹿ノ台市's 施策, their
    indicators and no 課, beside its table of 事業)."""
    detailed = [
        item for item in details if item["code"] and item["departments"] and (item["indicators"] or item["schedule"])
    ]
    return len(detailed) >= 3 and not any(item["indicators"] or item["schedule"] or item["budget"] for item in rows)


def _detailed_by_title(table: Any, text: Any) -> Any | None:
    """``_detailed_overview`` for a table whose rows have no number: its rows matched to the text's initiatives by title
    (blanks and full-width forms aside), each title once on both sides; every row matched, two or more, and adding
    to most (their 工程, say). None otherwise."""

    rows = {compact(item["title"]): item for item in table.initiatives}
    # a 再掲 of a 取組 under another 施策 (菫野市's 「②　スマートフォン教室の開催（再掲）」, batch 38) is no title of its own:
    # the table's row is the original's
    originals = [item for item in text.initiatives if not item.get("repost_of") and "再掲" not in item["marks"]]
    details = {compact(item["title"]): item for item in originals}
    if len(rows) < len(table.initiatives) or len(details) < len(originals) or len(rows) < 2:
        return None
    if not set(rows) <= set(details):
        return None
    adds = sum(
        1
        for title, item in rows.items()
        if (item["schedule"] and not details[title]["schedule"])
        or (item["indicators"] and not details[title]["indicators"])
    )
    if adds * 2 < len(rows):
        return None
    sectioned = _sections_of_overview(table, text)
    for title, item in rows.items():
        detail = details[title]
        if sectioned:
            detail["section"] = item["section"]
        if not detail["departments"]:
            detail["departments"] = list(item["departments"])
        for field in ("indicators", "schedule", "budget"):
            if not detail[field]:
                detail[field] = item[field]
    return text


def _once(items: list[Initiative]) -> list[Initiative]:
    """One initiative once: the same title (and code, where both have one) listed again — in an
    overview table, a detail card and a 工程表 — is merged into its first listing."""
    first: dict[tuple[str, str | None], Initiative] = {}
    by_title: dict[str, Initiative] = {}
    kept: list[Initiative] = []
    for item in items:
        title = "".join(nfkc(item["title"]).split())
        same = (
            first.get((title, item["code"]))
            or (by_title.get(title) if item["code"] is None or by_title[title]["code"] is None else None)
            if title in by_title
            else None
        )
        if same is None:
            first[(title, item["code"])] = item
            by_title.setdefault(title, item)
            kept.append(item)
            continue
        same["code"] = same["code"] or item["code"]
        same["section"] = same["section"] or item["section"]
        for name in item["departments"]:
            if name not in same["departments"]:
                same["departments"].append(name)
        for key in ("summary", "actions"):
            same[key] = same[key] or item[key]
        named = {ind["name"]: ind for ind in same["indicators"]}
        # indicators named on the first pages of a print whose figures are on later ones (a wide table printed in two
        # parts, the 取組 repeated as print titles): the figures there, named after the 取組, are theirs in order
        unfilled = [ind for ind in same["indicators"] if not _measured(ind)]
        for ind in item["indicators"]:
            if ind["name"] in named:
                merge_years(named[ind["name"]], ind)  # a sheet per 年度: each year's 実績 kept
            elif unfilled and "".join(nfkc(ind["name"]).split()) == title and _measured(ind):
                merge_years(unfilled.pop(0), ind)
            else:
                same["indicators"].append(ind)
        merged, other = cast(dict[str, Any], same), cast(dict[str, Any], item)  # schedule and budget alike
        for key in ("schedule", "budget"):
            years = {(e["fy"], e.get("half")) for e in merged[key]}
            merged[key].extend(e for e in other[key] if (e["fy"], e.get("half")) not in years)
            merged[key].sort(key=lambda e: (e["fy"], e.get("half") or 0))
        same["marks"].extend(m for m in item["marks"] if m not in same["marks"])
    return kept


def _measured(ind: Indicator) -> bool:
    """Whether an indicator has a figure (a baseline, target or actual)."""
    return any(v is not None for v in (ind["baseline"], ind["final_target"])) or bool(ind["targets"] or ind["actuals"])


#: The marks of a 取組 a review took out of the plan (「【廃止】見直しにより廃止（令和６年度で終了）」「【削除】　完了などにより
#: 削除した取組（参考として掲載）」, a 中間見直し's legend).
_ABOLISHED = ("廃止", "削除")


def _without_abolished(items: list[Initiative], collector: Any) -> list[Initiative]:
    """The initiatives without those marked 【廃止】 or 【削除】, each named in a warning: a 中間見直し keeps them in its list
    with their numbers (「1-3 | 【廃止】ＦＡＸによる申請受付の拡大」, 「取組2-3　庁内無線ＬＡＮの整備【削除】」) only to say what
    became of them, as a 見え消し strikes a row out — no 取組 of the plan as revised. A 【完了】 or 【終了】 取組 was done
    within the plan and stays in it. Its number listed again elsewhere (a 新旧対照表's row 「取組2-3 | 庁内無線ＬＡＮの整備 |
    （削除）」, its cells a line each through plain pdftotext) is the same 取組 taken out."""
    kept: list[Initiative] = []
    gone = {item["code"] for item in items if item["code"] and any(m in item["marks"] for m in _ABOLISHED)}
    for item in items:
        mark = next((m for m in _ABOLISHED if m in item["marks"]), None)
        if mark is None:
            if item["code"] not in gone:
                kept.append(item)
            continue
        named = f"{item['code']}「{item['title']}」" if item["code"] else f"「{item['title']}」"
        at = Location(page=item.get("page"), line=item.get("line"), sheet=item.get("sheet"))
        collector.warn(at, f"取組 {named} は【{mark}】とされているため、計画の取組として読みませんでした")
    return kept


def _without_wordless(items: list[Initiative]) -> list[Initiative]:
    """Without the initiatives whose title is no word at all — a mark or a number alone (「②」「—」): no 取組 is named
    so; such a title is a piece of a cell read out of its row (a viewer's text of a print, its columns read across:
    「②」 over 「課」「興課」「室」 as its 担当課), kept where the text was refused before (a run of labels that raised)."""
    return [item for item in items if not item["title"] or any(ch.isalpha() for ch in nfkc(item["title"]))]


def _without_rows_again(items: list[Initiative]) -> list[Initiative]:
    """Without the rows of a table that names the initiatives read before by their codes (a 施策's 「■成果指標」
    table, 「取組番号 | 指標名 | 現状値 …」, through plain pdftotext: each cell a paragraph, 「1-1-1」 over the words of
    its cells): a code read before under another title, with nothing of its own — no 担当課, 工程, 事業費 or
    indicator with a figure — is no initiative. A 再掲 keeps its mark; an initiative listed again under its own
    title is merged before (``_once``)."""
    seen: set[str] = set()
    kept: list[Initiative] = []
    for item in items:
        code = item["code"]
        again = (
            code is not None
            and code in seen
            and "再掲" not in item["marks"]
            and not item["departments"]
            and not item["schedule"]
            and not item["budget"]
            and not any(_has_value(indicator) for indicator in item["indicators"])
        )
        if code is not None:
            seen.add(code)
        if not again:
            kept.append(item)
    return kept


def _has_value(indicator: Any) -> bool:
    """Whether an indicator holds a figure (a baseline, target or actual)."""
    values = [indicator.get("baseline"), indicator.get("final_target"), *(indicator.get("targets") or [])]
    return any(v and v.get("value") is not None for v in values + list(indicator.get("actuals") or []))


def detect(source: Any) -> float:
    """SCORE when the shape readers find an initiative, else 0. A reader's error is the dispatch's to log
    (``importers._score``): swallowed here, it had been taken for 「no plan」 and hid a crash."""
    plan, _ = read(source)
    return SCORE if plan is not None and plan["initiatives"] else 0.0


def parse(source: Any) -> Plan:
    """The plan the shape readers find (a file nested past what they follow is the dispatch's to say: ``_parsed``)."""
    plan, _ = read(source)
    if plan is None or not plan["initiatives"]:
        raise ParseError(NOTHING_FOUND)
    return plan
