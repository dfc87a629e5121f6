"""One initiative from labelled fields (a card, or an outline item with its ［指標］ lines).

Fields are (role, text, where) with the roles of the label dictionary; a role may carry a
fiscal year ("target:2024"). 基準値 / 目標値 / 実績値 fields belong to the indicator before them.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Location
from ..labels import classify
from ..planjson import Indicator, Initiative, indicator
from ..text import (
    is_no_value,
    join_wrapped,
    lazy_re,
    nfkc,
    open_brackets,
    parse_number,
    split_departments,
    squash,
)
from .common import (
    _OWN_DEPARTMENTS,
    ENTRY_NUMBER,
    YEAR_WORDS,
    Collector,
    add_actions,
    add_dated,
    add_departments,
    add_note,
    add_related,
    add_text,
    bare_completion,
    baseline_unmeasured,
    before_first_year,
    budget_from_text,
    closing_departments,
    dated_parts,
    finish_indicator,
    graded_title,
    indicator_from_text,
    leader_departments,
    name_before_number,
    priority_of,
    read_value,
    schedule_from_text,
    title_and_marks,
)

_INLINE = lazy_re(
    r"[【\[［(（](?P<label>担当課|所管課|担当部署|担当|所管|主管課)\s*[:：]\s*(?P<value>[^】\]］)）]+)[】\]］)）]"
)
_HYPHENS = lazy_re(r"\s*[-－ー―‐]\s*(?=\d)")
_CODE_TITLE = lazy_re(
    r"^(?P<code>[0-9]{1,2}(?:-[0-9]{1,3}){1,3}|No\.?\s*[0-9]+|[0-9]{1,3})[\s.．:：]+(?P<title>.+)$"
)


def title_parts(text: str) -> tuple[str | None, str, list[str], str | None]:
    """(code, title, marks, departments) of a title written as 「1-2 電子申請の推進【担当課：情報政策課】【新規】」."""
    departments = None
    m = _INLINE.search(text)
    if m:
        departments = m.group("value")
        text = text[: m.start()] + text[m.end() :]
    elif names := closing_departments(text):
        # 「書かない窓口の導入（市民課・情報政策課）」: who does it, in parentheses after the title
        departments = "、".join(names)
        text = text.strip()
        text = text[: _OWN_DEPARTMENTS.search(text).start()]
    elif (leader := leader_departments(text)) is not None:
        # 「電子申請の拡充……………総務課」: the 課 at the line's end behind a dot leader (a Word list's right tab stop)
        text, names = leader
        departments = "、".join(names)
    title, marks = title_and_marks(text)
    code = None
    found = _CODE_TITLE.match(nfkc(title))
    if found:
        code = found.group("code").replace(" ", "")
        title = squash(title[len(title) - len(found.group("title")) :])
    return code, title, marks, departments




#: A paragraph's lead set apart from its sentences: 「電子申請の拡充　町民の利用が多い手続から順に、…ようにします。」.
_LEAD_THEN_PROSE = lazy_re(r"^(?P<lead>[^\s、。，．「」『』]{2,30})[ \u3000]+(?P<prose>\S.{14,}。)$", re.S)


def lead_and_prose(title: str) -> tuple[str, str]:
    """(title, prose) of an item written as a paragraph whose bold lead names it (a 二段組 plan's 「１　電子申請の拡充
    町民の利用が…ようにします。」): the words before the first blank are the title when what follows is sentences —
    no title ends with 「。」; any other title is whole, with no prose."""
    found = _LEAD_THEN_PROSE.match(title.strip())
    if found is None or "。" in found.group("lead"):
        return title, ""
    return found.group("lead"), found.group("prose").strip()


#: A bullet mark (no hyphen: 「-5」 is a figure) before a value's text.
_MARK_BULLET = lazy_re(r"^\s*[・●○■◆◇□▪]\s*")
#: Where a list of targets parts them: a bullet at a line's start or after a blank (the lines joined).
_BULLET_SPLIT = lazy_re(r"(?:^|\n|\s)[・●○■◆◇□▪]\s*")


def _bulleted(value: str) -> list[str]:
    """The entries of a list written with bullets (「・A　・B」, a line each or joined); [] for any other text."""
    if not _LEAD_BULLET.match(value):
        return []
    return [part.strip() for part in _BULLET_SPLIT.split(value.strip()) if part.strip()]


#: A bullet before one indicator of a list of them: 「・」「●」「-」.
_LEAD_BULLET = lazy_re(r"^\s*[・●○■◆◇□▪\-‐]\s*")
#: Where a line of indicators parts them: 「手続数　25手続（R5）→120手続（R10）／利用率　4.5％（R5）→30％（R10）」.
_BETWEEN_INDICATORS = lazy_re(r"\s*[／/]\s*")
_ARROWED = lazy_re(r"\D{2,}.*\d.*(?:→|⇒).*\d")


_LINE_BULLET = lazy_re(r"^\s*[・•●○◦\-－]")


def _unwrapped(lines: list[str]) -> list[str]:
    """An indicator field's lines with the lines a narrow column wrapped joined back: under bullets
    (「・記入不要で…（令和」 「11 年度）」 「・窓口の…」) a line without one goes on the line before; any line
    whose bracket is left open goes on with the next."""
    bulleted = sum(1 for line in lines if _LINE_BULLET.match(line)) >= 2
    out: list[str] = []
    for line in lines:
        open_before = bool(out) and open_brackets(out[-1]) > 0
        if out and _figures_of_name(out[-1], line):
            out[-1] = f"{out[-1].rstrip()}　{line.strip()}"
        elif out and _name_goes_on(out[-1], line):
            out[-1] = join_wrapped(out[-1].rstrip(), line.strip())
        elif out and (open_before or (bulleted and not _LINE_BULLET.match(line))):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out


_ARROW_MARK = lazy_re(r"→|⇒")


#: A line of an indicator's figures that opens with a value's label, its year before it or not: 「基準値（令和元年度）１２０件
#: Ｒ６目標４００件 …」「現状値：25手続」「R6目標 400件」 (NFKC).
_FIGURES_LINE = lazy_re(
    rf"^(?:{YEAR_WORDS})?\s*(?:基準値|現状値|現状|策定時|中間目標値?|最終目標値?|目標値?|実績値?)\s*(?:[(:]|\d|(?:{YEAR_WORDS}))"
)
_DIGIT_IN = lazy_re(r"\d")


def _figures_of_name(line: str, after: str) -> bool:
    """Whether ``after`` is the line of figures of the indicator ``line`` names (「オンライン申請件数」 over 「基準値（令和元年度）
    １２０件　Ｒ６目標４００件 …」): ``line`` has no figure, ``after`` opens with a value's label — one indicator, not a
    name of no figures and figures named by their labels."""
    return (
        not _DIGIT_IN.search(nfkc(line))
        and not _ARROW_MARK.search(line)
        and _FIGURES_LINE.match(nfkc(after).strip()) is not None
    )


def _name_goes_on(line: str, after: str) -> bool:
    """Whether ``line``, with no arrow, is the head of an indicator's name that wrapped (「授業でＩＣＴを週３回以上活用して
    いる」 over 「学級の割合　68.5％（R5）→ 100％（R9）」): the line after it, not an entry of its own, runs to its target."""
    return (
        not _ARROW_MARK.search(line)
        and _ARROW_MARK.search(after) is not None
        and not _ARROW_MARK.match(after.strip())
        and not _LINE_BULLET.match(after)
        and not ENTRY_NUMBER.match(after.strip())
        and not _LINE_BULLET.match(line)
    )


def _indicator_parts(value: str) -> list[str]:
    """The indicators of an indicator field: a line each, and on a line those a slash parts when each
    part is a whole indicator, its name and its figures before and after an arrow (a slash between
    two dated values of one indicator, 「R5 10% / R9 50%」, parts nothing)."""
    parts: list[str] = []
    lines = _unwrapped([p for p in value.split("\n") if p.strip()] or [value])
    if len(lines) == 1 and ENTRY_NUMBER.match(lines[0]):  # 「①RPAを適用した業務の数 ②RPAによる年間削減時間」
        lines = [p for p in _BEFORE_ENTRY.split(lines[0].strip()) if p.strip()]
    for line in lines:
        pieces = _BETWEEN_INDICATORS.split(line)
        whole = len(pieces) > 1 and all(_ARROWED.match(nfkc(piece).strip()) for piece in pieces)
        parts += pieces if whole else [line]
    return parts


def apply_fields(
    collector: Collector,
    fields: list[tuple[str, str, Location]],
    section: str | None,
    plan_end: int | None,
    code: str | None = None,
    *,
    badge: bool = False,
) -> Initiative | None:
    """The initiative the fields describe (added to ``collector``), or None without a title. ``badge``: the title is a
    dashboard card's, closed by its badge (``common.badged_titles``)."""
    title_field = next(((text, where) for role, text, where in fields if role == "title"), None)
    if title_field is None or not title_field[0].strip():
        return None
    text, location = title_field
    text, completed = bare_completion(text)  # 「…の普及促進　完了」: its mark 完了
    text, grade = graded_title(text, badge=badge)  # 「電子申請の拡充　〔進捗　◎〕」: the grade of its indicator
    own_code, title, marks, departments = title_parts(text)
    if completed and "完了" not in marks:
        marks = [*marks, "完了"]
    title, prose = lead_and_prose(title)
    if not title:
        return None
    item = collector.new_initiative(code or own_code, title, section, location)
    item["marks"] = marks
    if departments:
        add_departments(item, departments)
    if prose:
        add_text(item, "summary", prose)
    current: Indicator | None = None
    units: dict[int, str] = {}  # a 単位 cell of a KPI table's row: its indicator's unit
    numbered: dict[str, Indicator] = {}  # 「①RPAを適用した業務の数」: the indicator of each entry number
    # a grade written before any indicator (a 中間評価's 「評価　Ａ」 over its 成果指標, a 〔進捗　◎〕 after the title)
    graded: list[dict[str, Any]] = [{"fy": None, "text": grade}] if grade else []
    stated_goal: str | None = None  # a 目標 of no figure, before any indicator
    for role, value, where in fields:
        base, *extra = role.split(":")
        fy = int(extra[0]) if extra and extra[0].isdigit() else None
        half = int(extra[1]) if len(extra) > 1 and extra[1].isdigit() else None
        value = value.strip()
        if not value or is_no_value(value):
            continue
        if base == "title":
            continue
        if base == "code":
            stated = _HYPHENS.sub("-", squash(nfkc(value)))
            if not item["code"] or (_SYSTEM_CODE.search(item["code"]) and not _SYSTEM_CODE.search(stated)):
                # 「事業コード　01-02-0031」 then 「取組番号　１－２－１」: the plan's number, not the 財務 system's
                item["code"] = stated
        elif base == "departments" and extra == ["related"] and item["departments"]:
            # 「関係課：市民課、こども家庭課」 after the 主管課: who works with it, not who is in charge
            add_related(item, split_departments(value))
        elif base == "departments":
            add_departments(item, value)
        elif base == "summary":
            add_text(item, "summary", value)
        elif base in ("purpose", "background"):
            add_text(item, base, value)
        elif base == "note":
            add_note(item, value)
        elif base == "actions":
            add_actions(item, value)
        elif base == "indicator":
            if current is not None and current["name"] == item["title"] and parse_number(value) is None:
                # 「【現状値】R5 18％ 【目標値】R9 40％ （指標：コンビニ交付の利用率）」: the name of the
                # figures before it, which had none but the title
                current["name"] = value.strip()
                continue
            for part in _indicator_parts(value):
                part = _LEAD_BULLET.sub("", part)  # 「・窓口での平均待ち時間　基準値 28分（R5）→ …」: a list of them
                ind = indicator_from_text(ENTRY_NUMBER.sub("", part), plan_end)  # 「①自動化した業務数 …」
                if ind is not None:
                    item["indicators"].append(ind)
                    current = ind
                    if (number := ENTRY_NUMBER.match(part)) is not None:
                        numbered[number.group(0).strip()] = ind
        elif base == "target" and fy is None and current is None and len(bullets := _bulleted(value)) >= 2:
            # 「＜目標＞」 over a list: 「・電子申請件数：令和5年度 3,400件 → 令和10年度 12,000件」「・窓口での平均待ち時間を
            # 20分（令和5年度）から10分に短縮する（令和10年度）」 — an indicator a bullet
            for part in bullets:
                ind = indicator_from_text(part, plan_end)
                if ind is not None:
                    item["indicators"].append(ind)
                    current = ind
        elif base == "target" and fy is None and current is None and _no_figure(value):
            add_text(item, "goal", value)  # 「【目標】全ての小中学校で、１人１台端末を毎日の授業で活用します。」: a state
            stated_goal = value  # what an 実績 under it reports on (「目標1_無線LANの整備」「実績」「…を完了」)
        elif base == "target" and fy is None and (stated := _goal_and_indicators(value, plan_end)) is not None:
            # 「◆目標　よく使われる手続がオンラインで完結している⏎電子申請できる手続数　現状：25手続（R6）→目標：100手続
            # （R10）」: the state aimed at (a line of no figure), then an indicator a line
            goal, wholes = stated
            if goal:
                add_text(item, "goal", goal)
            item["indicators"] += wholes
            current = wholes[-1]
        elif base in ("baseline", "target", "actual"):
            value = _MARK_BULLET.sub("", value)  # 「＜目標＞」 over one 「・…」
            whole = indicator_from_text(value, plan_end) if base == "target" and fy is None else None
            another = current is None or (
                # a second 「目標：…」 line of its own indicator under the first, already whole (or graded: 「目標1_…」
                # 「実績」「進捗　B」 then 「目標2_…:60%」, the first a goal of no figure)
                whole is not None
                and (current["final_target"] is not None or bool(current.get("evaluations")))
                and whole["final_target"] is not None
                and whole["name"] != current["name"]
            )
            if (
                whole is not None
                and another
                and (
                    whole["baseline"] is not None
                    or baseline_unmeasured(value)
                    or (whole["final_target"] is not None and _NAMES_ITS_TARGET.match(value) is not None)
                )
            ):
                # 「目標：電子申請件数　令和6年度 6,200件 → 令和11年度 25,000件」: a whole indicator (its
                # target may come on the next line, where a narrow column broke it); so is one whose baseline is 「－」
                # (「オンライン相談の件数（年間）　－（令和５年度）→３００件（令和９年度）」: first read as a name 「…(年間) -( )→」
                # whose target was 300 of 令和５年度)
                if current is None and stated_goal is not None and graded:
                    # 「目標1_LGX行動規範の制定」「進捗　B」 then 「目標2_…:1,000人/年」: the grade was that goal's, an
                    # indicator of no figure (a 成果指標 line after it would be what the grade is of, as before)
                    graded_goal = indicator(stated_goal)
                    graded_goal["evaluations"] = graded
                    item["indicators"].append(graded_goal)
                    graded = []
                item["indicators"].append(whole)
                current = whole
                continue
            if current is None:
                # (an 実績 under a 目標 of no figure reports on that goal: 「目標1_無線LANの整備」「実績」「…を完了」)
                named = name_before_number(value) or (stated_goal if base == "actual" else None)
                current = indicator(named or item["title"])
                item["indicators"].append(current)
            if base == "baseline" and fy is None and _carries_target(current, value, plan_end):
                continue  # 「指標：…数⏎現状値　３団体（令和５年度）　→　目標値　２７団体（令和７年度）」
            for ind, text in _numbered_values(value, numbered) or [(current, value)]:
                _put_value(ind, base, fy, text, plan_end)
        elif base == "schedule":
            if fy is not None:
                # 「令和6年度 | 対象拡大、令和7年度 対象拡大」: the label goes up to the next year written
                more = dated_parts(value)
                head = squash(before_first_year(value)).strip(" 、,，/／;；→")
                same = next((e for e in item["schedule"] if e["fy"] == fy and e["half"] == half), None)
                if same is None:
                    item["schedule"].append({"fy": fy, "half": half, "label": head or "実施"})
                elif same["label"] == "実施" and head:
                    same["label"] = head  # 「事業期間 | 令和６年度～令和８年度」 said only that it runs then
                if more:
                    schedule_from_text(item, value, plan_end)
            elif not schedule_from_text(item, value, plan_end):
                # 「検討後に決定」: kept with the item's actions, and the user told the 工程 was not placed
                add_text(item, "actions", value)
                collector.warn(
                    where,
                    f"取組「{item['title']}」の工程 '{squash(value)}' に年度がないため、工程表に載せず取組内容に残しました",
                )
        elif base == "priority" and not item["priority"]:
            item["priority"] = priority_of(value)  # 「重点 | ◎」 of a 事業 card
        elif base == "budget":
            if not budget_from_text(item, value, fy=fy):
                collector.warn(
                    where,
                    f"取組「{item['title']}」の事業費 '{squash(value)}' に年度がないため読み飛ばしました",
                )
        elif base == "rate" and current is not None:
            # 「実績値（Ｒ６）：１４．２％ 達成率：５６．８％」: the rate of the latest actual written
            found = parse_number(value)
            latest = max((a["fy"] for a in current["actuals"] if a["fy"]), default=None)
            rate = {"fy": fy or latest, "value": found[0] if found else None, "text": squash(value)}
            rates = current.setdefault("achievement_rates", [])
            if rate not in rates:
                rates.append(rate)
        elif base == "unit" and current is not None:
            units[id(current)] = squash(value)
        elif base == "evaluation":
            # 「【評価】Ａ」: the grade on its line; lines run on after it (a heading no label names) are the item's note
            grade, _, rest = value.partition("\n")
            rest = _before_ignored(rest)
            if current is not None:
                # (of no year written: the latest actual's, as a report grades the year it reports)
                latest = max((a["fy"] for a in current["actuals"] if a["fy"]), default=None)
                current.setdefault("evaluations", []).append({"fy": fy or latest, "text": squash(grade)})
            else:
                graded.append({"fy": fy, "text": squash(grade)})  # 「評価　Ａ」 above the 成果指標 it grades
            add_note(item, rest)
        elif base == "section":
            continue
    if graded and item["indicators"]:
        first = item["indicators"][0]
        # (of no year written: the latest actual's, as a report grades the year it reports)
        latest = max((a["fy"] for a in first["actuals"] if a["fy"]), default=None)
        first["evaluations"] = [{**e, "fy": e["fy"] or latest} for e in graded] + (first.get("evaluations") or [])
    elif graded:
        add_note(item, "、".join(e["text"] for e in graded), "評価")  # no indicator to grade: the item's
    if not item["departments"] and item["summary"]:
        # 「…を公開します。（企画課）」: prose closing with who does it, where no 担当課 line is given
        item["departments"] = closing_departments(item["summary"].split("\n")[-1])
    for ind in item["indicators"]:
        if not ind["unit"] and id(ind) in units:  # 「成果指標 | 単位 | 現状値」: figures without their unit
            ind["unit"] = units[id(ind)]
            ind["direction"] = None
            finish_indicator(ind)
        if ind["final_target"] is None and len(ind["targets"]) == 1:
            # 「目標値（令和9年度） 1,500件」 is the one target, as 「目標値 1,500件（令和9年度）」 is
            ind["final_target"] = ind["targets"].pop()
        elif ind["final_target"] is None and ind["targets"]:
            _final_where_the_work_ends(item, ind, plan_end)
    return item


#: A code a system gives (a 財務 or 予算 system's 事業コード): zero-padded parts, 「01-02-0031」 (NFKC text).
_SYSTEM_CODE = lazy_re(r"(?:^|[-.])0[0-9]")


#: A target that names its indicator before a colon: 「DX推進リーダーの育成:60人(累計)」 — a 取組's second 目標 line, an
#: indicator of its own (a web page's 「目標1_…」「目標2_…」 under one 取組項目), not a second figure of the first.
_NAMES_ITS_TARGET = lazy_re(r"^[^:：\d]{2,40}[:：]\s*[0-9０-９]")


def _goal_and_indicators(value: str, plan_end: int | None) -> tuple[str, list[Indicator]] | None:
    """A 目標 field of lines each a whole indicator (a name, its baseline and its target) or words with no figure (the
    state aimed at): (the words, the indicators); None for any other field (a wrapped indicator, one line)."""
    lines = [line.strip() for line in value.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    goal: list[str] = []
    wholes: list[Indicator] = []
    for line in lines:
        whole = indicator_from_text(line, plan_end)
        if (
            whole is not None
            and whole["baseline"] is not None
            and whole["final_target"] is not None
            and before_first_year(line).strip()  # a name before its figures: 「Ｒ５　1,800件　→　…」 names none
        ):
            wholes.append(whole)
        elif _FIGURE_DIGIT.search(nfkc(line)) is None and not wholes:
            goal.append(line)
        else:
            return None
    return ("".join(goal), wholes) if wholes else None


_FIGURE_DIGIT = lazy_re(r"[0-9]")
#: 「１人１台」 (one device a pupil): words, no figure (NFKC text).
_ONE_EACH = lazy_re(r"1人1台")


def _no_figure(value: str) -> bool:
    """Whether a 目標 states no figure: no digit but in 「１人１台」, no year (a sentence of what is aimed at)."""
    return _FIGURE_DIGIT.search(_ONE_EACH.sub("", nfkc(value))) is None


#: Where a cell of figures parts its entries: 「①14業務\n②1,600時間」, 「①14業務 ②1,600時間」.
_BEFORE_ENTRY = lazy_re(r"\s*(?=[①-⑳])")


def _numbered_values(value: str, numbered: dict[str, Indicator]) -> list[tuple[Indicator, str]] | None:
    """The figures of a cell that gives one per numbered indicator (「①14業務\n②1,600時間」 under
    「①RPAを適用した業務の数\n②RPAによる年間削減時間」): each with its indicator; None for a cell of one figure."""
    parts = [p for p in _BEFORE_ENTRY.split(value.strip()) if p.strip()]
    if len(parts) < 2 or len(numbered) < 2:
        return None
    dated = _CELL_YEAR.search(parts[-1])
    if dated is not None and not any(_CELL_YEAR.search(part) for part in parts[:-1]):
        # 「①0手続　②25分（令和６年度）」: the year closing the cell dates each of its figures
        parts = [f"{part.rstrip()}{dated.group().strip()}" for part in parts[:-1]] + parts[-1:]
    out: list[tuple[Indicator, str]] = []
    for part in parts:
        number = ENTRY_NUMBER.match(part)
        ind = numbered.get(number.group(0).strip()) if number is not None else None
        if ind is None:
            return None
        out.append((ind, ENTRY_NUMBER.sub("", part)))
    return out


#: A year in brackets closing a cell of figures: 「（令和６年度）」「(R6)」「（2024年度末）」.
_CELL_YEAR = lazy_re(r"\s*[（(][^()（）]*(?:年度|年|令和|平成|R|Ｒ|H|Ｈ)[^()（）]*[)）]\s*$")


_ARROW = lazy_re(r"[→⇒➡]")


def _carries_target(ind: Indicator, value: str, plan_end: int | None) -> bool:
    """A 現状値 line that goes on past an arrow to the target (「現状値　３団体（令和５年度）　→　目標値　２７団体（令和７年度）」
    under its indicator's name): both set on ``ind``, read as the one line they are. False (nothing set) when the words
    after the arrow are no target."""
    if not _ARROW.search(value) or ind["baseline"] is not None or ind["final_target"] is not None:
        return False
    whole = indicator_from_text(f"{ind['name']} 現状値 {value}", plan_end)
    if whole is None or whole["baseline"] is None or whole["final_target"] is None:
        return False
    ind["baseline"], ind["final_target"] = whole["baseline"], whole["final_target"]
    ind["targets"] = ind["targets"] or whole["targets"]
    ind["unit"] = ind["unit"] or whole["unit"]
    ind["direction"] = None
    finish_indicator(ind)
    return True


def _put_value(ind: Indicator, base: str, fy: int | None, value: str, plan_end: int | None) -> None:
    """A baseline, target or actual written in a field (``fy``: the year its label gives) set on ``ind``."""
    entry = read_value(value, fy)
    if entry is None:
        return
    if base == "baseline":
        ind["baseline"] = ind["baseline"] or entry
    elif base == "target" and fy is None:
        if entry["fy"] is None:
            entry["fy"] = plan_end
        ind["final_target"] = ind["final_target"] or entry
    elif base == "target":
        add_dated(ind["targets"], entry)
    else:
        add_dated(ind["actuals"], entry)
    named, ind["unit"] = ind["unit"], ""
    ind["direction"] = None
    finish_indicator(ind)
    # bare figures under 「…手続数（手続）」: the unit its name gave stays
    ind["unit"] = ind["unit"] or named


def _final_where_the_work_ends(item: Initiative, ind: Indicator, plan_end: int | None) -> None:
    """A 事業 whose 工程 ends before the plan does (「事業期間 2024年度～2025年度」, 「2026年度 | －」 under
    its 活動指標) reaches its indicator's last 計画値 in its own last year: that is the final target, where
    otherwise only the plan's last year would give one; and a last 計画値 of the plan's last year (「R8目標」 of a
    事務事業評価シート, the plan running to R8) is the final target as a table's is."""
    last = max(ind["targets"], key=lambda t: t["fy"] or 0)
    work_ends = max((e["fy"] for e in item["schedule"]), default=None)
    if plan_end is not None and last["fy"] is not None and last["fy"] <= plan_end and last["fy"] in (work_ends, plan_end):
        ind["final_target"] = last.copy()


def _before_ignored(lines: str) -> str:
    """The lines run on after a field up to the first that is a label the plan ignores alone on its line: a web page's
    「お問い合わせ」 after the last 取組's 「進捗　D」, over the 課 to ask (鳴海台市's page through plain pdftotext, a blank
    line between them), is the page's foot, no note of that 取組."""
    kept: list[str] = []
    for line in lines.split("\n"):
        found = classify(squash(line), loose=False) if line.strip() else None
        if found is not None and found.role == "ignore":
            break
        kept.append(line)
    return "\n".join(kept)
