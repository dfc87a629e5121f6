"""伊豆の国市 layout: one tab-separated card per 事業, identified by its 管理番号.

The PDF extraction of 伊豆の国市DX推進計画 アクションプラン gives one card per 事業::

    重点取組事項名 <TAB> 1 行政サービスをより便利に <TAB><TAB> 管理番号 <TAB> 1
    事業名 <TAB> 行政手続のオンライン化の推進 <TAB><TAB> 担当課 <TAB> 情報政策課 学校教育課 … ほか
    概要 / 現状・課題等 / 目的 / 今後の取組内容 <TAB> prose (sometimes <p>…</p> paragraphs)
    評価指標 <TAB> 基準値 <TAB> name value／令和4年度 name value／令和4年度末
             <TAB> 目標値 <TAB> name value／令和7年度 …
    スケジュール <TAB> 令和5年度(前期) <TAB> 令和5年度(後期) <TAB> 令和6年度 <TAB> …
             <TAB> label in the column where the bar starts <TAB> …

Cards are grouped under ``重点取組事項 N title`` headings (the sections). The column of a
schedule label is all the Gantt chart leaves of a bar, so an entry is placed at the half or
year where its label stands; how far the bar reached is not in the text and is not guessed.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .cells import Labels, has_cells
from .errors import ParseError
from .izunokuni_flow import restore_flow_cards
from .labelcolumn import restore_label_cards
from .layout import _INTERNAL, layout_reader, one_block, renumber
from .municipalities import lookup
from .planjson import (
    Indicator,
    Initiative,
    Plan,
    ScheduleEntry,
    Value,
    indicator,
    initiative,
    plan_from,
    section,
    value,
    warn,
)
from .readers.glyphs import has_radicals, repair_glyphs
from .text import (
    DEPARTMENT_SEPARATORS,
    OTHERS,
    bound_direction,
    compact,
    fy_of,
    is_department,
    is_no_value,
    join_broken,
    label_spans,
    lazy_re,
    nfkc,
    parse_fy,
    parse_number,
    prose,
    series_direction,
    split_dots,
    squash,
    stated_period,
    strip_footnotes,
    unit_direction,
    year_month,
)

LAYOUT = "izunokuni"

LEVEL = "重点取組事項"

#: Card row labels (NFKC, blanks removed) -> initiative text field.
_TEXT_FIELDS = {
    "概要": "summary",
    "現状・課題等": "background",
    "現状・課題": "background",
    "目的": "purpose",
    "今後の取組内容": "actions",
}

_HEADING = lazy_re(r"^重点取組事項\s*(?P<code>[0-9０-９]{1,2})(?:\s+|(?=[^0-9０-９名]))(?P<title>.*)$")
_SECTION_CELL = lazy_re(r"^(?P<code>[0-9０-９]{1,2})\s*(?P<title>.*)$")
_TAG = lazy_re(r"<[^<>]{0,400}>")
_PARAGRAPH = lazy_re(r"</?p\s*>", re.IGNORECASE)
_SENTENCE_BREAK = lazy_re(r"(?<=。)[ \u3000]+")
#: "／令和4年度末" ending one indicator value in a 基準値 / 目標値 cell.
_SEP_FY = lazy_re(r"\s*[／/]\s*(?P<fy>(?:令和|平成)\s*(?:元|[0-9０-９]{1,2})\s*年度\s*末?)")
#: A comparison's year glued to the indicator's name where a line wrapped (「紙の印刷枚数令和4年度比」).
_GLUED_REFERENCE = lazy_re(r"(?:令和|平成)\s*(?:元|[0-9０-９]{1,2})\s*年度?比$")
_NOTE = lazy_re(r"\s*[（(][^（）()]{0,200}[）)]")
#: A name and its figure with no blank between, the figure and a short unit ending the piece.
_GLUED_VALUE = lazy_re(
    r"^(?P<name>.*[\u4e00-\u9fff\u30a1-\u30fa](?<![和成第約全計各毎]))(?P<value>[0-9０-９][0-9０-９,，.．]*[^\s0-9０-９]{0,3})$"
)
_DIGITS = lazy_re(r"[0-9０-９][0-9０-９,，.．]*")


def detect(source: Any) -> float:
    """Score the card labels only this layout has: 重点取組事項名, 管理番号 and 今後の取組内容
    (in text extracted with its labels wrapped in their column, once they are read back)."""
    try:
        text = source.text
        if not text:
            return 0.0
        if "重点取組事項名" not in text:
            text = _labelled(source, asking=True)
        if "重点取組事項名" not in text or "管理番号" not in text or "事業名" not in text:
            return 0.0
        score = 0.6
        if "今後の取組内容" in text:
            score += 0.2
        if "評価指標" in text and "基準値" in text:
            score += 0.1
        return score
    except Exception:  # detect must never raise, whatever the input
        return 0.0


# --------------------------------------------------------------------------- cells and text


def _cells(line: str) -> list[str]:
    """The tab-separated cells of a row, each trimmed (most are empty: skip the work there)."""
    return [squash(c) if c.strip() else "" for c in line.split("\t")]


def _joined(cells: list[str]) -> str:
    """The non-empty cells of a row as one string: a field the PDF spread over several cells."""
    return " ".join(c for c in cells if c)


def _phrase(text: str) -> str:
    """A short text (title, label): tags and footnote marks out, extraction breaks repaired."""
    return join_broken(strip_footnotes(_TAG.sub(" ", text)))


def _prose(text: str) -> str | None:
    """A prose cell as written, one line per paragraph; None when empty.

    Paragraphs are ``<p>`` elements or, where the extraction dropped the markup, a sentence
    end followed by a blank (the cell's line break): "…課題となっている。 そのため、…".
    """
    return prose(_phrase(p) for chunk in _PARAGRAPH.split(text) for p in _SENTENCE_BREAK.split(chunk))


# --------------------------------------------------------------------------- departments


def _departments(text: str) -> tuple[list[str], bool, str | None]:
    """Read a 担当課 cell as (names, "ほか" stated, remark).

    Names are separated by blanks (and 、／, or ・ between complete names: text.split_dots).
    "ほか" ("and others") is recorded as a flag rather than a
    name; "ほかX課" keeps X課, the group it describes. A parenthesised department right after
    a name is its sub-unit ("財務課 (契約室)" -> "財務課(契約室)"); any other parenthesis or
    token that is not a department name (e.g. "(社会福祉課はタブレット導入済)") is a remark.
    A name the PDF broke before its suffix ("協働まちづくり 課") is joined again.
    """
    tokens = [t for t in DEPARTMENT_SEPARATORS.split(squash(text)) if t]
    names: list[str] = []
    remarks: list[str] = []
    others = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token in OTHERS:
            others = True
            continue
        if token.startswith("ほか") and len(token) > 2:
            others = True
            token = token[2:]
        elif token.endswith(OTHERS) and len(token) > 2 and is_department(token.rstrip("ほか他等など")):
            others = True  # 「市民課ほか」: the blank before ほか lost where the cell wrapped
            token = token.rstrip("ほか他等など")
        if token[:1] in "(（" and token[-1:] in ")）":
            inner = token[1:-1]
            if names and is_department(inner) and len(inner) <= 12:
                names[-1] = names[-1] + token
            else:
                remarks.append(token)
            continue
        while not is_department(token) and i < len(tokens) and len(tokens[i]) <= 4:
            if not is_department(token + tokens[i]):
                break
            token += tokens[i]
            i += 1
        if is_department(token) or token in ("全庁", "全部署"):
            for name in (n for part in split_dots(token) for n in _run_together(part)):
                if name not in names:
                    names.append(name)
        else:
            remarks.append(token)
    return names, others, (" ".join(remarks) or None)


def _run_together(name: str) -> list[str]:
    """Names of offices an extraction ran together where a line wrapped between them
    (「企画課市民課」 -> 企画課, 市民課): cut after a 課 when both sides are offices of three
    letters or more (「課税課」 stays whole)."""
    for i in range(2, len(name) - 3):
        if name[i] == "課" and name.endswith("課"):
            return [name[: i + 1], *_run_together(name[i + 1 :])]
    return [name]


# --------------------------------------------------------------------------- indicators


@dataclass
class _Value:
    """One "name value／FY" piece of a 基準値 or 目標値 cell."""

    name: str
    key: str  # name with digits masked, to pair a baseline with its target
    value_text: str | None  # None when the piece is a single phrase (no name/value split)
    text: str  # the value as written, with its fiscal year and note
    fy: int | None


def _mask(text: str) -> str:
    return _DIGITS.sub("〇", text)


def _split_piece(body: str) -> tuple[str, str | None]:
    """Split "オンライン申請件数 100件" into name and value at the first blank before a value.

    A value starts with a digit, a no-value dash or a year ("令和4年度比 5%削減"); failing that,
    a short last word ("実施", "未実施") is the value. Otherwise the piece is one phrase.
    """
    tokens = body.split()
    for i in range(1, len(tokens)):
        head = nfkc(tokens[i])
        if head[:1].isdigit() or is_no_value(tokens[i]) or head.startswith(("令和", "平成")):
            name, rest = join_broken(" ".join(tokens[:i])), " ".join(tokens[i:])
            reference = _GLUED_REFERENCE.search(name)
            if reference is not None and reference.start() > 0:
                # 「紙の印刷枚数令和4年度比 5%削減」: the PDF's cell wrapped before 「令和4年度比」 (the text sets a blank
                # there) — the year compared with is the value's, as 「紙の印刷枚数 令和4年度比 5%削減」 reads; as part of
                # the name it made an indicator apart from the 基準値's 「紙の印刷枚数」, and left that one empty
                return name[: reference.start()], f"{reference.group(0)} {rest}"
            return name, rest
    if len(tokens) >= 2 and len(tokens[-1]) <= 4:
        return join_broken(" ".join(tokens[:-1])), tokens[-1]
    glued = _GLUED_VALUE.match(body)
    if glued:  # the blank an extraction dropped where the cell wrapped (「導入数」 / 「13件」)
        return join_broken(glued.group("name")), glued.group("value")
    return join_broken(body), None


def _piece(body: str, tail: str, fy: int | None) -> _Value | None:
    body = squash(body)
    if not body:
        return None
    name, value_text = _split_piece(body)
    if value_text is None:
        text = squash(body + tail)
        if fy is None:
            fy = fy_of(body)
    else:
        text = squash(value_text + tail)
    return _Value(name=name, key=_mask(name), value_text=value_text, text=text, fy=fy)


def _split_cell(text: str) -> list[_Value]:
    """Cut a 基準値 / 目標値 cell into its pieces at each "／<fiscal year>" (plus a note)."""
    if is_no_value(text):
        return []
    pieces: list[_Value] = []
    pos = 0
    for m in _SEP_FY.finditer(text):
        end = m.end()
        note = _NOTE.match(text, end)
        if note:
            end = note.end()
        found = _piece(text[pos : m.start()], text[m.start() : end], fy_of(m.group("fy")))
        if found:
            pieces.append(found)
        pos = end
    rest = text[pos:]
    if squash(rest) and not is_no_value(rest):
        found = _piece(rest, "", None)
        if found:
            pieces.append(found)
    return pieces


def _value_of(piece: _Value | None, embedded: bool) -> tuple[Value | None, str]:
    """The Plan JSON value of a piece and its unit; None for "—" without a year."""
    if piece is None:
        return None, ""
    source = piece.value_text if piece.value_text is not None else (piece.name if embedded else None)
    found = parse_number(source)
    if found is None and piece.value_text is not None and is_no_value(piece.value_text) and piece.fy is None:
        return None, ""
    if found is None:
        return value(piece.fy, None, piece.text), ""
    return value(piece.fy, found[0], piece.text), found[1]


def _direction(base: Value | None, final: Value | None, unit: str) -> str | None:
    """increase / decrease from the unit ("%削減", "%増") or from baseline vs final target."""
    return (
        unit_direction(unit)
        or bound_direction(final.get("text") if final else None)
        or series_direction([v.get("value") if v else None for v in (base, final)])
    )


def _pair(bases: list[_Value], finals: list[_Value]) -> list[tuple[_Value | None, _Value | None]]:
    """Pair baseline and target pieces by name (digits masked); a lone pair always matches."""
    if len(bases) == 1 and len(finals) == 1:
        return [(bases[0], finals[0])]
    pairs: list[tuple[_Value | None, _Value | None]] = []
    used: set[int] = set()
    for final in finals:
        match = next((i for i, b in enumerate(bases) if i not in used and b.key == final.key), None)
        if match is None:
            pairs.append((None, final))
        else:
            used.add(match)
            pairs.append((bases[match], final))
    pairs.extend((b, None) for i, b in enumerate(bases) if i not in used)
    return pairs


def _indicators(base_text: str | None, final_text: str | None) -> list[Indicator]:
    """The 評価指標 of a card: one KPI per named measure, with baseline and final target.

    A measure written as one phrase with its number inside ("実施者の20%がテレワークを実施")
    is a number only when baseline and target differ just in that number; its name then shows
    the number as 〇. A phrase standing alone ("書かない窓口の導入") is a target without a value.
    """
    result = []
    for base, final in _pair(_split_cell(base_text or ""), _split_cell(final_text or "")):
        embedded = bool(
            base
            and final
            and base.value_text is None
            and final.value_text is None
            and base.key == final.key
            and _DIGITS.search(base.name)
        )
        ref = base or final
        if ref is None:
            continue
        name = ref.key if embedded else ref.name
        if base and final and base.name != final.name and not embedded:
            name = final.name
        baseline, base_unit = _value_of(base, embedded)
        final_target, final_unit = _value_of(final, embedded)
        unit = final_unit or base_unit
        result.append(
            indicator(
                name,
                "KPI",
                unit=unit,
                direction=_direction(baseline, final_target, unit),
                baseline=baseline,
                final_target=final_target,
            )
        )
    return result


# --------------------------------------------------------------------------- cards


@dataclass
class _Card:
    """The rows of one 事業 card as read, before they become an initiative."""

    line: int
    section_code: str | None = None
    section_title: str | None = None
    code: str | None = None
    title: str | None = None
    departments: str | None = None
    texts: dict[str, list[str]] = field(default_factory=dict)
    baseline: str | None = None
    target: str | None = None
    columns: list[tuple[int, int | None] | None] | None = None
    schedule: list[ScheduleEntry] = field(default_factory=list)
    last: str | None = None  # the field a continuation line belongs to


class _Reader:
    """Walks the lines once; a card runs from its 重点取組事項名 row to the next card."""

    def __init__(self, plan: Plan, lines: list[str]) -> None:
        self.plan = plan
        self.lines = lines
        self.card: _Card | None = None
        self.heading: str | None = None  # code of the current 重点取組事項 heading
        self.titles: dict[str, str] = {}  # section code -> title
        self.order: list[str] = []
        self.cards: list[_Card] = []

    # sections ----------------------------------------------------------------

    def note_section(self, code: str, title: str, line: int) -> None:
        code = nfkc(code)
        title = _phrase(title)
        if code not in self.titles:
            self.order.append(code)
            self.titles[code] = title
        elif title and not self.titles[code]:
            self.titles[code] = title
        elif title and compact(title) != compact(self.titles[code]):
            warn(
                self.plan,
                line,
                f"重点取組事項 {code} の名称が一致しません: 「{self.titles[code]}」と「{title}」",
            )

    # rows --------------------------------------------------------------------

    def run(self) -> None:
        for index, raw in enumerate(self.lines):
            with one_block(self.plan, index + 1, "行"):
                self.row(index + 1, raw)
        self.close()

    def row(self, n: int, raw: str) -> None:
        cells = _cells(raw)
        first = compact(cells[0]) if cells else ""
        if not any(cells):
            # A blank line (page break) ends a prose field, but a Gantt row after it still
            # belongs to the chart: its leading tab says so.
            if self.card and self.card.last != "schedule":
                self.card.last = None
            return
        if first.startswith("重点取組事項名"):
            self.start(n)
            self.card_header(n, cells)
            return
        heading = _HEADING.match(squash(raw)) if "\t" not in raw.strip() else None
        if heading and first.startswith(LEVEL):
            self.close()
            self.heading = nfkc(heading.group("code"))
            self.note_section(heading.group("code"), heading.group("title"), n)
            return
        if first == "事業名":
            if self.card is None or self.card.title is not None:
                self.start(n)
                warn(self.plan, n, "重点取組事項名・管理番号の行がない事業カードです。")
            self.title_row(n, cells)
            return
        if self.card is None:
            return  # front matter (目次, アクションプランとは …) is not part of any card
        self.card_row(n, first, cells, raw)

    def card_row(self, n: int, first: str, cells: list[str], raw: str) -> None:
        card = self.card
        assert card is not None
        rest = cells[1:]
        if first == "担当課":
            card.departments = _joined([card.departments or "", *rest])
            card.last = None
        elif first in _TEXT_FIELDS:
            key = _TEXT_FIELDS[first]
            if key in card.texts:
                warn(self.plan, n, f"「{first}」の行が重複しています。続きとして読みました。")
            card.texts.setdefault(key, []).append(_joined(rest))
            card.last = key
        elif first == "評価指標" or (not first and rest and compact(rest[0]) in ("基準値", "目標値")):
            self.indicator_row(n, rest)
        elif first == "スケジュール":
            card.columns = [parse_fy(c) if c else None for c in rest]
            card.last = "schedule"
        elif not first and card.last == "schedule":
            self.schedule_row(n, rest)
        elif card.last is not None and card.last in _TEXT_FIELDS.values() and _joined(cells):
            card.texts[card.last].append(_joined(cells))
        else:
            warn(self.plan, n, f"事業カードの行を読み取れません: {squash(raw)[:40]}")

    def start(self, n: int) -> None:
        self.close()
        self.card = _Card(line=n, section_code=self.heading)

    def close(self) -> None:
        if self.card is not None:
            self.cards.append(self.card)
        self.card = None

    def card_header(self, n: int, cells: list[str]) -> None:
        """重点取組事項名 | N title | … | 管理番号 | code."""
        card = self.card
        assert card is not None
        labels = [compact(c) for c in cells]
        at = labels.index("管理番号") if "管理番号" in labels else len(cells)
        sec = _SECTION_CELL.match(_joined(cells[1:at]))
        if sec:
            card.section_code = nfkc(sec.group("code"))
            card.section_title = sec.group("title")
            self.note_section(sec.group("code"), sec.group("title"), n)
        elif _joined(cells[1:at]):
            warn(self.plan, n, f"重点取組事項名の番号を読み取れません: {_joined(cells[1:at])[:40]}")
        code = next((c for c in cells[at + 1 :] if c), None)
        if code:
            card.code = nfkc(code)
        else:
            warn(self.plan, n, "管理番号がありません。")

    def title_row(self, n: int, cells: list[str]) -> None:
        """事業名 | title | … | 担当課 | departments."""
        card = self.card
        assert card is not None
        labels = [compact(c) for c in cells]
        at = labels.index("担当課") if "担当課" in labels else len(cells)
        card.title = _joined(cells[1:at])
        if at < len(cells):
            card.departments = _joined(cells[at + 1 :])
        card.last = None

    def indicator_row(self, n: int, rest: list[str]) -> None:
        """評価指標 | 基準値 | text  and  (blank) | 目標値 | text."""
        card = self.card
        assert card is not None
        kind = compact(rest[0]) if rest else ""
        text = _joined(rest[1:])
        if kind == "基準値":
            card.baseline = text if card.baseline is None else f"{card.baseline} {text}"
        elif kind == "目標値":
            card.target = text if card.target is None else f"{card.target} {text}"
        else:
            warn(self.plan, n, f"評価指標の行を読み取れません: {_joined(rest)[:40]}")
        card.last = None

    def schedule_row(self, n: int, rest: list[str]) -> None:
        """One Gantt row: a label stands in the column (half or year) where its bar starts and
        continues over the empty columns after it (text.label_spans)."""
        card = self.card
        assert card is not None
        columns = card.columns or []
        for cell in rest[len(columns) :]:
            if _phrase(cell):
                warn(self.plan, n, f"スケジュールの年度を特定できません: {_phrase(cell)[:40]}")
        for first, last in label_spans(rest, len(columns)):
            label = _phrase(rest[first])
            if not label:
                continue
            for at, period in enumerate(columns[first : last + 1]):
                if period is None:
                    if at == 0:  # the label under no year (a bar running on under a blank header cell only stops)
                        warn(self.plan, n, f"スケジュールの年度を特定できません: {label[:40]}")
                    break
                entry: ScheduleEntry = {"fy": period[0], "half": period[1], "label": label}
                if entry not in card.schedule:  # 「運用」 on two rows, the second's bar within the first's
                    card.schedule.append(entry)


# --------------------------------------------------------------------------- plan header


def _title_line(lines: list[str]) -> tuple[int, str] | None:
    """The plan title: the first short line before the cards that names a 計画 or プラン."""
    for i, raw in enumerate(lines[:200]):
        text = squash(raw)
        if text.startswith("重点取組事項"):
            break
        if (
            text
            and "\t" not in raw.rstrip("\t ")  # a sheet's row: the empty cells after the title
            and len(text) <= 60
            and "。" not in text
            and ("計画" in text or "プラン" in text)
        ):
            return i + 1, text
    return None


def _municipality(text: str) -> str | None:
    """The municipality a title starts with: a known name first, else up to the first 市/町/村."""
    candidates = [text[: i + 1] for i, ch in enumerate(text[:20]) if ch in "市町村区" and i >= 1]
    for name in candidates:
        if lookup(name)[1] is not None:
            return name
    return candidates[0] if candidates else None


def _period(lines: list[str]) -> tuple[int | None, int | None]:
    """計画期間 only where the text states it ("計画期間 令和5年度～令和8年度")."""
    return stated_period(lines[:300], "期間")


def _published(lines: list[str]) -> str | None:
    """The cover date ("令和6年3月" on a line of its own) before the first card."""
    for raw in lines[:200]:
        text = squash(nfkc(raw))
        if text.startswith("重点取組事項"):
            break
        found = year_month(text, whole=True)
        if found:
            return found
    return None


# --------------------------------------------------------------------------- parse


#: How this layout's card rows start, to restore them in text without tabs.
LABELS = Labels(
    rows=(
        "重点取組事項名",
        "事業名",
        "概要",
        "現状・課題等",
        "目的",
        "今後の取組内容",
        "評価指標",
        "スケジュール",
    ),
    inline=("管理番号", "担当課", "基準値"),
    sub=("目標値",),
)


#: The same labels for text whose labels wrap in their own column: スケジュール's cells are years.
_COLUMN_LABELS = dataclasses.replace(LABELS, grid=("スケジュール",))


#: Characters of 重点取組事項名 that no other character normalises to (NFKC; asserted by
#: tests/importers/test_text.py): a text without one of them cannot spell the label, however its
#: blanks and lines fall.
_LABEL_CHARS = "重取組事"


def _labelled(source: Any, asking: bool = False) -> str:
    """The text with its card labels whole: a label broken over lines (plain pdftotext) is
    whole without the blanks; one wrapped in its column (``pdftotext -layout``) once restored.

    ``asking`` (detection, which only asks whether the labels are there): a text that cannot
    spell 重点取組事項名 is not normalised whole (20 ms for a 1 MB CSV) — "" stands for it."""
    whole = source.text
    text = "" if asking and not all(char in whole for char in _LABEL_CHARS) else compact(whole)
    if "重点取組事項名" in text or has_cells(source.lines):
        return text
    try:
        restored = restore_label_cards(source.lines, _COLUMN_LABELS)
        if restored is None and "重点取組事項名" in "".join(line.split(" ", 1)[0] for line in source.lines):
            # each printed line's cells on one line, the labels wrapped in their column
            # (pdfplumber's extract_text): the reading flow spells them from their words
            restored = restore_flow_cards(source.lines, _COLUMN_LABELS)
    except _INTERNAL:
        restored = None
    return "\n".join(restored[0]) if restored else text


#: Said when the 工程表 was read from text that lost its columns (schedule_order).
_ESTIMATED_SCHEDULE = (
    "スケジュールの列（年度）がテキストに残っていないため、各工程の年度は見出しの年度に順に割り振った"
    "推定です。PDFそのもの、または列をそろえたテキスト（pdftotext -layout）で取り込むと正確に読めます。"
)


def _richness(plan: Plan) -> tuple[int, int, int]:
    """How much of the plan a reading found: its distinct 管理番号 of initiatives with a title
    and 担当課, then the figures of its indicators (a reading that cuts one card in two, or one
    measure in pieces, does not look richer), then the fewest warnings: of two readings that
    found the same cards, the one that left lines unread lost what they held (a cell's wrapped
    line that ``pdftotext -layout`` set under the row's label, read as a row of its own)."""
    items = plan["initiatives"]
    whole = {i["code"] for i in items if i.get("code") and i.get("departments")}
    return len(whole), _figures(items), -len(plan["warnings"])


def _figures(items: list[Any]) -> int:
    """The 基準値 and 目標値 read as figures: a reading whose rows slid (a 工程表's year header read
    as an indicator, a value's line read under the next label) finds as many indicators but
    fewer figures."""
    return sum(
        1
        for item in items
        for indicator in item.get("indicators") or []
        for value in (indicator.get("baseline"), indicator.get("final_target"))
        if value and value.get("value") is not None
    )


def parse(source: Any) -> Plan:
    """Read the plan: the sample's tab-separated text as it is; a text without cells (an
    extraction of the printed plan) four ways — its rows restored from the labels
    (cells.restore), from labels wrapped in their column (``pdftotext -layout``:
    labelcolumn), from blocks in reading-flow order (plain ``pdftotext``: izunokuni_flow) and
    from that flow as two streams (pdfminer: the cards' right-hand values after their left
    column) — keeping the reading that found most, the two streams only where they find
    clearly more. Line numbers name the lines of the file as it is."""
    if not source.text or has_cells(source.lines):
        return _parse(source)
    if has_radicals(source.text):  # text another extractor took out of the PDF (「市⺠課」)
        source = dataclasses.replace(source, text=repair_glyphs(source.text), _lines=None)
    plans: list[Plan] = []
    flowed: list[Plan] = []  # readings from the flow, whose 工程表 years are estimates
    zipped: Plan | None = None  # pairs two streams: kept only where it finds clearly more
    error: ParseError | None = None
    try:
        plans.append(_parse(source))
    except ParseError as exc:
        error = exc
    for restore in (
        restore_label_cards,
        restore_flow_cards,
        functools.partial(restore_flow_cards, grouped=True),
        functools.partial(restore_flow_cards, zipped=True),
    ):
        try:
            restored = restore(source.lines, _COLUMN_LABELS)
        except _INTERNAL:  # a reading these rules did not foresee: the others stand
            continue
        if restored is None:
            continue
        lines, where = restored
        try:
            plan = _parse(dataclasses.replace(source, text="\n".join(lines), _lines=None))
        except ParseError as exc:
            error = error or exc
            continue
        renumber(plan, where)
        if restore is not restore_label_cards:
            flowed.append(plan)
        if isinstance(restore, functools.partial) and restore.keywords.get("zipped"):
            zipped = plan
        else:
            plans.append(plan)
    if not plans and zipped is None:
        assert error is not None
        raise error
    best = max(plans, key=_richness) if plans else None
    if zipped is not None and (
        best is None or _richness(zipped)[0] >= _richness(best)[0] + max(2, len(zipped["initiatives"]) // 20)
    ):
        best = zipped
    assert best is not None
    if any(best is plan for plan in flowed) and any(item["schedule"] for item in best["initiatives"]):
        warn(best, None, _ESTIMATED_SCHEDULE)
    return best


@layout_reader("伊豆の国市形式", LABELS)
def _parse(source: Any) -> Plan:
    """Read the seed-style text into Plan JSON; ParseError when it is not such a plan."""
    if source.text is None:
        raise ParseError("伊豆の国市形式はテキストファイルのみ読み込めます。")
    lines = source.lines
    found = _title_line(lines)
    if found is None:
        raise ParseError("計画名（表紙の題名）が見つかりません。")
    title_line, title = found
    name = _municipality(title)
    if name is None:
        raise ParseError("計画名から自治体名を読み取れません。", line=title_line)
    plan = plan_from(
        source, LAYOUT, municipality=name, title=title, published=_published(lines), period=_period(lines)
    )
    reader = _Reader(plan, lines)
    reader.run()
    keys = {}
    for sec_code in reader.order:
        keys[sec_code] = f"s{sec_code}"
        plan["sections"].append(
            section(keys[sec_code], None, LEVEL, sec_code, reader.titles[sec_code] or sec_code)
        )
    _check_codes(plan, reader.cards)
    for card in reader.cards:
        item = _initiative(plan, card, keys)
        if item is not None:
            plan["initiatives"].append(item)
    return plan


def _check_codes(plan: Plan, cards: list[_Card]) -> None:
    seen: dict[str, int] = {}
    for card in cards:
        if card.code is None:
            continue
        if card.code in seen:
            warn(
                plan,
                card.line,
                f"管理番号 {card.code} が重複しています（{seen[card.code]}行目にもあります）。",
            )
        else:
            seen[card.code] = card.line


def _initiative(plan: Plan, card: _Card, keys: dict[str, str]) -> Initiative | None:
    """The initiative of one card; None (with a warning) when it has no 事業名."""
    if not card.title or not _phrase(card.title):
        warn(plan, card.line, "事業名のない事業カードを読み飛ばしました。")
        return None
    title = _phrase(card.title)
    departments, others, remark = _departments(card.departments or "")
    if not departments and card.departments is None:
        warn(plan, card.line, "担当課がありません。")
    texts = {key: _prose(" ".join(parts)) for key, parts in card.texts.items()}
    return initiative(
        card.code,
        title,
        keys.get(card.section_code or ""),
        line=card.line,
        summary=texts.get("summary"),
        background=texts.get("background"),
        purpose=texts.get("purpose"),
        actions=texts.get("actions"),
        departments=departments,
        departments_others=others,
        departments_note=remark,
        schedule=card.schedule,
        indicators=_indicators(card.baseline, card.target),
    )
