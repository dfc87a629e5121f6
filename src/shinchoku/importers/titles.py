"""What the lines above a plan's table say about the plan: its title, municipality and prefecture.

A plan office puts a title line over the table it keeps (「北杜見市DX推進計画 取組一覧」), often with
the prefecture before the name (「山梨県北杜見市DX推進計画」), on a line of its own (「山梨県 北杜見市」)
or as a labelled row (「都道府県名：山梨県」, 「都道府県名 | 山梨県」). The template and the generic
readers both ask here, so that the CSV, the TSV and the workbook of one table are named alike.

A prefecture is one of the 47 names (``municipalities.PREFECTURES``): 「〇〇県」 alone says nothing,
and a municipality's name may end in 県 no more than it may begin with one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from .municipalities import NAME_CHARS, PREFECTURES
from .text import A_YEAR, lazy_re, nfkc, squash, year_month

#: The bodies municipalities form together that make plans of their own (「遠見ヶ原広域連合」).
_UNIONS = "広域連合|広域行政組合|一部事務組合"
#: A title line: a municipality's name, then within a few words what the document is.
TITLE_LINE = lazy_re(
    rf"(?<![{NAME_CHARS}])(?:第[\d一二三四五六七八九十]+[次期]\s?)?"  # 「第2次北杜見市…」「第２期…」: the edition, no name
    rf"(?P<name>[{NAME_CHARS}]{{1,8}}?(?:都|道|府|県|市|区|町|村|{_UNIONS}))(?:第\d+[次期])?.{{0,30}}?"
    r"(?:計画|プラン|戦略|方針|進捗状況|一覧|指標|ロードマップ|アクションプラン|プロジェクト|プログラム)"
)

#: What parts the pages of a web site's breadcrumb (NFKC text).
_CRUMB = lazy_re(r"\s+[>»›]\s+|\s*[>»›]{2}\s*")
#: A municipality named in brackets on a plan's title line, after what the document is.
_BRACKETED_NAME = lazy_re(rf"[(【\[]\s*(?P<name>[{NAME_CHARS}]{{1,8}}?(?:市|区|町|村))\s*[)】\]]")
_PLAN_WORD = lazy_re(r"計画|プラン|戦略|進捗状況|ロードマップ")

#: The labels of the rows that name the plan (the template's 「計画」 sheet, rows above a table).
LABELS: dict[str, tuple[str, ...]] = {
    "municipality": ("自治体名", "団体名", "市区町村名", "自治体"),
    "prefecture": ("都道府県", "都道府県名"),
    "title": ("計画名", "計画の名称"),
}
_LABEL_OF = {label: role for role, labels in LABELS.items() for label in labels}

_PREFECTURE_FIRST = frozenset(name[0] for name in PREFECTURES)
_PREFECTURE = lazy_re(rf"(?<![{NAME_CHARS}])(?:" + "|".join(PREFECTURES) + ")")
#: A 郡's characters: kanji, 「々」 too.
_KANJI = "\u4e00-\u9fff\u3005"
#: A municipality's name at the start of a text, a 郡 before a 町 or 村 left out (「南巨摩郡身延町」).
#: A 郡 written before a town's or village's name (「西臼杵郡」 before 「高千穂町」): no part of the name. Only before a
#: 町 or 村 (a city is in no 郡): 「大和郡山市」 is a city's whole name.
_COUNTY = rf"[{_KANJI}]{{1,4}}郡\s?(?=(?:(?!市)[{NAME_CHARS}]){{1,6}}?[町村])"
_MUNICIPALITY_AT = lazy_re(rf"(?:{_COUNTY})?(?P<name>[{NAME_CHARS}]{{1,8}}?(?:市|区|町|村|{_UNIONS}))")
#: 「都道府県名：山梨県」 written in one cell or line.
_LABELLED = lazy_re(r"(?P<label>[^:：\s]{2,6})\s*[:：]\s*(?P<value>\S.*)")


#: A cover's line of the municipality's name alone, after the date of the plan or not: 「鈴鹿見市」,
#: 「令和６年３月　日田市」, a union's whole name 「北稜地区広域行政事務組合」 (NFKC text).
_NAME_ALONE = lazy_re(
    r"(?:(?:(?:令和|平成|R)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月)?\s*)?"
    rf"(?:[{_KANJI}]{{1,4}}郡\s?)?(?P<name>[{NAME_CHARS}]{{1,7}}(?:市|区|町|村|{_UNIONS})"
    rf"|[{_KANJI}\u30a1-\u30f6]{{2,14}}(?:広域連合|組合))"
)
#: The longest a title line is (a plan's title with its subtitle and the years it covers); a longer
#: line is prose that names a plan.
_TITLE_MAX = 80
#: Words that end like a name and are none: 「本市」「各市町村」「当町」.
_NOT_A_NAME = frozenset("本当各全同他貴我両")

#: A character every label of ``LABELS`` and every prefecture has (都道府県, 名, 自治体, 団体, 計画).
_NAMING_CHARS = frozenset("都道府県名体計")


@dataclass(frozen=True, slots=True)
class Naming:
    """What some lines name; None for what they do not."""

    title: str | None = None
    municipality: str | None = None
    prefecture: str | None = None

    def over(self, other: Naming) -> Naming:
        """This naming, with what it lacks taken from ``other``."""
        return Naming(
            self.title or other.title,
            self.municipality or other.municipality,
            self.prefecture or other.prefecture,
        )


def _after_prefecture(text: str) -> tuple[str | None, str]:
    """(prefecture, the text after it) when a line opens with a prefecture followed by a municipality
    (「山梨県北杜見市…」「山梨県 北杜見市」), else (None, text)."""
    found = _PREFECTURE.match(text) if text[:1] in _PREFECTURE_FIRST else None
    if found is None:
        return None, text
    rest = text[found.end() :].lstrip()
    if _MUNICIPALITY_AT.match(rest):
        return found.group(0), rest
    return None, text


#: A character that goes on a municipality's name (「高千穂町役場」): the name is not alone there.
_NAME_GOES_ON = lazy_re(rf"[{NAME_CHARS}]")


_COUNTY_BEFORE = lazy_re(_COUNTY)
#: A particle after the name and a blank: the line is a sentence about that place (「東京都府中市　との連携協定により…」
#: in 広島県府中市's plan), not a heading naming the plan's own. A particle of one kana only before a word not in kana
#: (「の事例」, not 「のびのびDX推進計画」 nor 「にぎわいと安心のまちづくり」).
_SENTENCE_GOES_ON = lazy_re(r"\s*(?:との|とは|には|では|への|[とのにはをがでへや](?![\u3041-\u3093]))")


def prefecture_before(line: str, municipality: str) -> str | None:
    """The prefecture a line writes just before ``municipality``'s name at its start, whatever follows the name on the line
    after a blank or a mark (「宮崎県高千穂町　計画期間：令和7年度～令和9年度」 under the title line 「高千穂町DX推進計画　取組一覧」:
    walked, the plan was registered without its prefecture); None for any other line — a prefecture inside a longer word
    (「新宮崎県…」), before another name, before a word the name only opens (「宮崎県高千穂町役場」) or in a sentence about
    that place (「東京都府中市　との連携協定により」). A 郡 between them is passed over (「宮崎県西臼杵郡高千穂町」)."""
    text = squash(nfkc(line))
    prefecture, rest = _after_prefecture(text)
    if prefecture is None or not municipality:
        return None
    county = _COUNTY_BEFORE.match(rest)  # 「宮崎県西臼杵郡高千穂町」: the 郡 between them
    if county is not None and rest.startswith(municipality, county.end()):
        rest = rest[county.end() :]
    if not rest.startswith(municipality) or _NAME_GOES_ON.match(rest, len(municipality)):
        return None
    return None if _SENTENCE_GOES_ON.match(rest, len(municipality)) else prefecture


#: The rest of the name of a body municipalities form together, after the place it is named by: 「北稜地区」 then
#: 「広域行政事務組合」, 「遠見ヶ原」 then 「広域連合」 (kanji and katakana up to 組合 / 広域連合, no blank).
_UNION_REST = lazy_re(rf"[{_KANJI}\u30a1-\u30f6]{{0,10}}?(?:広域連合|組合)(?!立)")


def whole_body(text: str, start: int, end: int) -> str:
    """The name ``text[start:end]`` (「北稜地区」, read up to its 区), or the whole name of the 一部事務組合 or 広域連合 it
    opens when the text goes on to one (「北稜地区広域行政事務組合」): the plan is that body's, not its place's."""
    rest = _UNION_REST.match(text, end)
    return text[start : rest.end()] if rest is not None else text[start:end]


#: A label before a title on its line: 「対象：」「計画名：」「件名:」.
_LABELLED_TITLE = lazy_re(r"^[^:：\s]{1,6}[:：]\s*")


def of_title(line: str) -> Naming | None:
    """The naming of a title line (「北杜見市DX推進計画 取組一覧」 → that title, 北杜見市), the
    prefecture included when it is written before the name (「山梨県北杜見市DX推進計画」); None when
    the line names no plan of a municipality."""
    text = squash(nfkc(line))
    if text.endswith("。") or len(text) > _TITLE_MAX:
        return None  # 「本市では、…風見台市情報化計画に基づき…策定します。」: a sentence naming a plan, no title
    crumbs = _CRUMB.split(text)
    if len(crumbs) >= 3:  # a web page's breadcrumb (「ホーム > 村政情報 > … > 小松原村DX推進計画」): its page
        line = text = crumbs[-1].strip()
    labelled = _LABELLED_TITLE.match(line.strip())
    if labelled is not None and TITLE_LINE.search(nfkc(line.strip()[labelled.end() :])) is not None:
        # 「対象：桐ヶ峰市ＤＸ推進計画（…）関連事業」 over a system's export: the title after its label
        line = line.strip()[labelled.end() :]
        text = squash(nfkc(line))
    prefecture, rest = _after_prefecture(text)
    found = TITLE_LINE.search(rest)
    if found is None:
        bracketed = _BRACKETED_NAME.search(rest) if _PLAN_WORD.search(rest) else None
        if bracketed is None:
            return None
        # 「令和6年度 DX推進計画 進捗状況（高浜町）」: the municipality named in brackets after the plan
        return Naming(squash(line), bracketed.group("name"), prefecture)
    name = found.group("name")
    start = found.start("name")
    if name[0] in _NOT_A_NAME:
        return None  # 「本市DX推進計画」 is this city's, whichever it is
    own = _PREFECTURE.match(rest, start) if rest[start] in _PREFECTURE_FIRST else None
    if own is not None:  # the prefecture's own plan (「京都府DX推進計画」: not 「京都」)
        name = prefecture = own.group(0)
    else:
        at = _MUNICIPALITY_AT.match(rest, start)  # 「大府市」: not 「大府」
        if at is not None and at.end() <= found.end() and not rest.startswith("市町村", found.end("name")):
            # (「翠嶺県市町村…」: the 県's plan for its 市町村, not 「翠嶺県市」; 「西臼杵郡高千穂町」: 高千穂町)
            name, start = at.group("name"), at.start("name")
        name = whole_body(rest, start, start + len(name))
    return Naming(squash(line), name, prefecture)


def of_cells(cells: list[str]) -> Naming:
    """What a row above a table names: a labelled row (「都道府県名 | 山梨県」「自治体名：北杜見市」), a
    line of the prefecture and municipality alone (「山梨県 北杜見市」, in one cell or two)."""
    filled = [squash(c) for c in cells if c.strip()]
    if len(filled) == 1 and (alone := _NAME_ALONE.fullmatch(nfkc(filled[0]))) is not None:
        name = alone.group("name")
        if name[0] not in _NOT_A_NAME and "市町村" not in name:
            return Naming(municipality=name)
    if not filled or not any(_NAMING_CHARS.intersection(c) for c in filled):
        return Naming()  # quick: no label's or prefecture's character (most lines)
    if len(filled) == 1 and (labelled := _LABELLED.fullmatch(nfkc(filled[0]))) is not None:
        filled = [labelled.group("label"), labelled.group("value")]
    role = _LABEL_OF.get("".join(nfkc(filled[0]).split()).strip("【】[]"))
    if role is not None:
        value = filled[1] if len(filled) > 1 else ""
        if not value:
            return Naming()
        if role == "prefecture":
            return Naming(prefecture=value if _PREFECTURE.fullmatch(nfkc(value)) else None)
        return Naming(title=value) if role == "title" else Naming(municipality=value)
    joined = nfkc(" ".join(filled))
    prefecture, rest = _after_prefecture(joined)
    if prefecture is None:
        return Naming(prefecture=joined) if _PREFECTURE.fullmatch(joined) else Naming()
    at = _MUNICIPALITY_AT.fullmatch(rest)
    if at is None or "市町村" in rest or rest.startswith(("内", "の")):
        return Naming()  # 「山梨県内の市町村」: words about the prefecture, not a name
    return Naming(municipality=at.group("name"), prefecture=prefecture)


def of_lines(lines: Iterable[list[str]], *, titles: bool = True) -> Naming:
    """What the rows above a table name, each thing from the first row that names it: a title line
    (a row of one cell; not when ``titles`` is False), a labelled row, a line of the prefecture and
    municipality."""
    naming = Naming()
    for cells in lines:
        found = of_cells(cells)
        if titles and not (found.title or found.municipality or found.prefecture):
            filled = [c for c in cells if c.strip()]
            if len(filled) == 1:
                found = of_title(filled[0]) or found
        naming = naming.over(found)
    return naming


#: A line of letters each one blank apart, and nothing else (「楡 木 町」「実 施 計 画」): no Latin letter or figure.
_LETTER_SPACED_LINE = lazy_re(r"\s*([^\sA-Za-z0-9０-９])((?:[ \u3000][^\sA-Za-z0-9０-９]){1,15})\s*")


def letters_together(line: str) -> str:
    """A cover's line whose letters the print set one blank apart (「楡 木 町」, 「実 施 計 画」) as the word they spell
    (「楡木町」「実施計画」): the municipality's name and the plan's title as the cover gives them (楡木町 was first named
    after its file, the plan titled 「計画期間　令和６年度～令和９年度」); any other line as it is."""
    if _LETTER_SPACED_LINE.fullmatch(line) is None:
        return line
    return "".join(line.split())


def cover_date(line: str) -> str | None:
    """The date a cover line gives the plan (「令和６年３月」, 「令和6年3月　鈴見町」) as "2024-03"; None
    for any other line (a sentence that mentions a date)."""
    text = squash(nfkc(line))
    found = year_month(text, whole=True)
    if found is None and _NAME_ALONE.fullmatch(text):
        found = year_month(text)
    return found


#: A plan's name in a file's (「星空市DX推進計画_KPI進捗（R6-R9）.csv」): the municipality's name, then words up to 計画.
_PLAN_IN_FILENAME = lazy_re(r"[^_\s（(【\[]{1,30}?計画")


def in_filename(filename: str, municipality: str) -> str | None:
    """The plan's name the file is named after, where the document names none (a BI tool's export, a system's CSV):
    the words from the municipality's name up to 計画, else None."""
    stem = nfkc(os.path.splitext(os.path.basename(filename))[0])
    at = stem.find(municipality) if municipality else -1
    if at < 0:
        return None
    found = _PLAN_IN_FILENAME.match(stem, at)
    return found.group(0) if found and len(found.group(0)) > len(municipality) + 2 else None


#: The words a yearly report on a plan is named by (「進捗状況」「実施状況」「評価」…): after the plan's name they make a
#: report's title (``plan_name``), after a year they say the year reported (``generic._review_fy``).
REPORT_WORDS = "進捗状況|進捗|実施状況|取組状況|達成状況|評価|点検|検証|実績"
#: What makes a report's word part of another (「評価指標」「評価委員会」「評価の方法」): no report.
_NO_REPORT = r"(?!指標|委員|項目|基準|方法|手法|の(?:方法|仕組))"
#: What a yearly report on a plan calls itself after the plan's name: 「進捗状況（一覧・報告書）」「実施状況」「取組状況」
#: 「評価（結果）」「点検」「KPIの進捗」「成果指標の達成状況」, a 年度 before it or not (NFKC text, blanks squashed).
_REPORT_TAIL = lazy_re(
    r"(?:\s|の|に(?:基づく|係る|おける)|における)*+"
    rf"(?:{A_YEAR}\s*年度)?[\sの分]*+"
    r"(?:KPI|成果指標|指標|取組|事業|施策)?[\sの]*+"
    rf"(?:{REPORT_WORDS}){_NO_REPORT}"
)
#: A plan word a plan's name ends in, with what may close it: a bracket, the years it covers in brackets.
_NAME_END = lazy_re(r"(?:計画|プラン|戦略|ロードマップ)[」』】]?(?:\s*[(（][^()（）]{0,24}[)）])?")


def plan_name(title: str) -> str:
    """The plan's own name in the title of a yearly report on it (「鳴海台市DX推進計画 KPIの進捗状況（2024年度）」,
    「茜ヶ丘市ＤＸ推進計画 令和６年度 進捗状況報告書」 → 「鳴海台市DX推進計画」「茜ヶ丘市ＤＸ推進計画」), any other title as it
    is: next year's report is on the same plan, and the plan office's list of plans names plans, not the year's
    report it was imported from (first read: each year's report a plan of its own name). A year before the plan's name
    that the report's tail goes with (「令和6年度 北杜見市DX推進計画 進捗状況」) goes with it."""
    text = nfkc(title)
    for end in reversed(list(_NAME_END.finditer(text))):
        if _REPORT_TAIL.match(text, end.end()) is None:
            continue
        name = title[: _written_end(title, end.end())].strip()  # as written: 「第Ⅱ期」 stays 「第Ⅱ期」
        head = _YEAR_BEFORE.match(nfkc(name))
        if head is not None:
            name = name[_written_end(name, head.end()) :].strip()
        return name if len(nfkc(name)) >= 4 else title
    # 「令和６年度　KPI進捗状況一覧（白河台市ＤＸ推進計画）」: the report's words first, the plan it is on in brackets after
    bracketed = _PLAN_IN_BRACKETS.search(text)
    if bracketed is not None and _REPORTED.search(text, 0, bracketed.start()) is not None:
        return title[_written_end(title, bracketed.start(1)) : _written_end(title, bracketed.end(1))].strip()
    return _listed_plan(title, text)


def _listed_plan(title: str, text: str) -> str:
    """The plan's name in the title a sheet of its list prints over the list: the municipality's name, the plan's and
    the list's words one blank apart (「長野県佐久穂町　佐久穂町DX推進計画（令和7年度～令和10年度）　取組一覧」 →
    「佐久穂町DX推進計画（令和7年度～令和10年度）」, a user's walk: the plan office had to rename every such plan).
    The title as it is where it closes otherwise (「…計画　実施計画」: the 実施計画 may be a plan of its own)."""
    names = [end for end in _NAME_END.finditer(text) if _LIST_TAIL.fullmatch(text, end.end())]
    if len(names) != 1:
        return title
    name = title[: _written_end(title, names[0].end())].strip()
    owner = _OWNER_FIRST.match(nfkc(name))
    if owner is not None and _MUNICIPALITY_AT.match(nfkc(name), owner.end()) is not None:
        name = name[_written_end(name, owner.end()) :].strip()  # (「鈴鹿見市　DX推進計画」 keeps its owner's name)
    return name if len(nfkc(name)) >= 4 else title


#: A plan's own list closing its title, one blank after the plan's name: 「取組一覧」「事業一覧表」「工程表」「施策体系図」
#: (NFKC text).
_LIST_TAIL = lazy_re(r"\s+(?:取組|事業|施策|指標|KPI)?\s*(?:一覧表?|工程表|ロードマップ|体系図?)\s*")
#: A municipality's name opening a title, its prefecture's before it or not, alone up to a blank: 「長野県佐久穂町　」.
_OWNER_FIRST = lazy_re(rf"\s*(?:{_PREFECTURE.pattern})?{_MUNICIPALITY_AT.pattern}\s+")


#: A plan's name in brackets closing a title (NFKC): 「（白河台市DX推進計画）」「【北杜見市情報化計画（令和5年度～令和9年度）】」.
_PLAN_IN_BRACKETS = lazy_re(
    r"[(【「『]\s*([^()【】「」『』]{2,40}?(?:計画|プラン|戦略|ロードマップ)(?:\s*\([^()]{0,24}\))?)\s*[)】」』]\s*$"
)
#: A report's words before it: 「進捗状況」「実施状況」「評価」… (``REPORT_WORDS``), not those of a plan's own list.
_REPORTED = lazy_re(rf"(?:{REPORT_WORDS}){_NO_REPORT}")


def _written_end(written: str, end: int) -> int:
    """Where in ``written`` its NFKC text's first ``end`` characters end (「Ⅱ」 is two in NFKC, 「㈱」 three)."""
    if len(nfkc(written)) == len(written):
        return end
    return next((i for i in range(len(written) + 1) if len(nfkc(written[:i])) >= end), len(written))


#: A 年度 a report's title opens with (「令和6年度　…」「2024年度 …」).
_YEAR_BEFORE = lazy_re(rf"\s*{A_YEAR}\s*年度(?:版)?\s*")
