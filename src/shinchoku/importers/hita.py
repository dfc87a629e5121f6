"""日田市 layout: numbered 取組 blocks (1-1-1) from a noisy PDF extraction.

第4次日田市情報化基本計画 年次計画編 lists its initiatives as small tables, one per 取組::

    基本方針1 デジタル技術を活用した市民サービスの提供          <- section (level 1)
    基本項目 1 行政手続等のオンライン化                          <- section (level 2)
    取組番号 <TAB> 1 - 1 - 1 <TAB> 取 組 名 <TAB> オンライン申請 <TAB> 対応手続の拡大
    取組内容 <TAB> 県が…推進するもの。
    事業担当課 <TAB> 情報統計課、関 <TAB> 係各課
             <TAB> 令和5年度 <TAB> 令和6年度 <TAB> … <TAB> 令和9年度
    スケジュール <TAB> 実施中 <TAB> 実施予定 (一部拡大) <TAB> …

The extraction cut every wide cell into column slices: a title or a department name arrives
in pieces (sometimes with the glyph on the cut read twice or misread, "整個|備" for 整備,
"キャッシュレス|快済" for 決済), a wrapped second line is appended to the first slice, and
some 取組内容 cells arrive twice (a fragment "first words + last words" next to the full
sentence). Pieces are joined back with evidence from the rest of the document: a join is
kept when the two characters around the cut occur together elsewhere, otherwise the
smallest repair (drop or replace the glyph on the cut) that the document confirms is taken.
What cannot be repaired becomes a warning with its line.

A 取組 listed again under another 基本項目 with "(再掲)" keeps its own number, gets the mark
"再掲" and ``repost_of`` = the code of the original (found by title).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .aligned_rows import aligned_labels, looks_aligned
from .cells import Labels
from .errors import USE_THE_PDF, ParseError
from .layout import layout_reader, one_block
from .planjson import Plan, fill_period, initiative, plan_from, section, warn
from .text import (
    compact,
    is_department,
    join_broken,
    lazy_re,
    nfkc,
    split_departments,
    squash,
    stated_period,
    strip_footnotes,
    year_cell,
    year_month,
)

LAYOUT = "hita"

LEVELS = ("基本方針", "基本項目")

_DASH = r"[-－ー‐−–]"
_DIGIT = r"[0-9０-９]"
_CODE = lazy_re(rf"({_DIGIT}{{1,2}})\s*{_DASH}\s*({_DIGIT}{{1,2}})\s*{_DASH}\s*({_DIGIT}{{1,3}})")
_TITLE_LABEL = lazy_re(r"取\s*組\s*名")
#: Row labels at the start of a line (letter-spaced in places: "取 組 内 容").
_ROW_LABEL = lazy_re(
    r"^\s*(?:(?P<code>取\s*組\s*番\s*号)|(?P<summary>取[\s,]*組[\s,]*内[\s,]*容(?: ?,)?)"  # 「取組内 ,容 ,」: a print's
    r"|(?P<departments>事\s*業\s*担\s*当\s*課)|(?P<schedule>ス\s*ケ\s*ジ\s*ュ\s*ー\s*ル))"  # commas over it
)
#: "基本方針4一誰もが…": the extraction reads the dash after the number as 一.
_HEADING = lazy_re(
    r"^(?P<level>基本方針|基本項目)\s*(?P<n>[0-9０-９]{1,2})(?:\s+|\s*[一ー－―—:：]\s*)(?P<title>\S.*)$"
)
_COVER = lazy_re(
    r"(?P<date>(?:令和|平成)\s*(?:元|[0-9]{1,2})\s*年\s*[0-9]{1,2}\s*月)\s*(?P<name>\S*?[都道府県市区町村])?\s*$"
)
_TITLE_MUNICIPALITY = lazy_re(r"第\s*[0-9]+\s*次\s*(?P<name>[^\s第]{1,10}?[市町村区])")
_REPOST = lazy_re(r"\s*[(（]\s*再\s*掲\s*[)）]\s*")
#: Japanese letters (kana, kanji); a cell without any and with few Latin letters is noise.
_JP = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_LATIN = lazy_re(r"[A-Za-z]")
#: "A I チャットボット" -> "AIチャットボット": single Latin letters spaced out by the extraction.
_SPACED_LATIN = lazy_re(r"(?<![A-Za-z0-9])[A-Za-z](?: [A-Za-z](?![A-Za-z0-9]))+(?: (?=[^\x00-\x7f]))?")
_DIGIT_SPACE = lazy_re(r"(?<=[^\x00-\x7f]) +(?=[0-9])|(?<=[0-9]) +(?=[^\x00-\x7f])")
#: "1 名 オンライン会議…": leftovers of the 取組名 label before the title.
_LABEL_DEBRIS = lazy_re(r"^(?:[0-9\-]+\s*)?名\s+")
_CJK_SPACE = lazy_re(r"(?<=[\u3040-\u30ff\u3400-\u9fff]) +(?=[\u3040-\u30ff\u3400-\u9fff])")
#: A kanji written twice in a row: where a wrapped second line was glued to the first slice.
_DOUBLED = lazy_re(r"([\u3400-\u9fff])\1")
#: A blank right after a name's ending (課, 室, センター, 委員会 …) separates two names.
_AFTER_DEPT = lazy_re(r"(?<=[課室局部所館係ー会])[ \u3000]+(?=\S)")
_NEEDS_TIDY = lazy_re(r"[\s*※^]")
_BOUNDARY_NOISE = "!！|｜"
#: Repairs search the whole document; beyond this size (far above any plan) joins stay as read,
#: so that a hostile upload cannot make parsing quadratic.
_MAX_REFERENCE = 1_000_000


@dataclass
class _Row:
    """One line of a block: its 1-based line number and its cells (index 0 = label cell)."""

    line: int
    cells: list[str]


@dataclass
class _Block:
    """The lines of one 取組 table, grouped by the row label they belong to."""

    line: int
    rows: dict[str, list[_Row]] = field(default_factory=dict)
    years: dict[int, int] = field(default_factory=dict)  # cell index -> fiscal year


@dataclass
class _Heading:
    level: str
    number: int
    title: str
    line: int


# --------------------------------------------------------------------------- detection


#: Characters of 取組番号, which both readings of the blocks need (a line starting with it, or it
#: spelled down the left edge), and which no other character normalises to (NFKC; asserted by
#: tests/importers/test_text.py).
_CODE_CHARS = "番号"


def detect(source: Any) -> float:
    """Score the block labels only this layout has: 取組番号 with 取組名, 事業担当課, スケジュール."""
    try:
        text = source.text
        if not text or not all(char in text for char in _CODE_CHARS):
            return 0.0  # no 取組番号 however it is spelled or wrapped: told without reading the lines
        # the block labels at the start of a line, letter-spaced or not (「取 組 番 号」)
        blocks = sum(1 for line in source.lines if (m := _ROW_LABEL.match(line)) and m.lastgroup == "code")
        if "取" in text and looks_aligned(text):
            # pdftotext -layout: labels wrapped in their narrow cells or set vertically
            if aligned_labels(source.lines, LABELS) == 0:
                return 0.0
        elif blocks == 0 or "事業担当課" not in compact(text) or _TITLE_LABEL.search(text) is None:
            return 0.0
        score = 0.6
        if "スケジュール" in text:
            score += 0.2
        if "基本項目" in text:
            score += 0.1
        if "年次計画" in text:  # the kind of plan this layout is: 情報化基本計画 年次計画編
            score += 0.1
        return min(score, 1.0)
    except Exception:  # detection must never raise, whatever the input
        return 0.0


# --------------------------------------------------------------------------- text helpers


def _tidy(text: str) -> str:
    """Trim, join letter-spaced Latin ("A I" -> "AI") and CJK split by blanks, drop footnote marks."""
    t = text.strip()
    if not _NEEDS_TIDY.search(t):  # most cells: nothing to do (keeps parsing a seed fast)
        return t
    t = squash(t)
    t = _SPACED_LATIN.sub(lambda m: m.group().replace(" ", ""), t)
    return strip_footnotes(join_broken(t))


def _is_noise(cell: str) -> bool:
    """A cell with no Japanese letter and mostly digits/symbols ("7 1 1 1 2 2", ", , ,")."""
    t = "".join(cell.split())
    if not t:
        return True
    if _JP.search(t):
        return False
    return len(_LATIN.findall(t)) * 2 < len(t)


def _wildcard(left: str, right: str) -> str:
    """Pattern for one unknown char between ``left`` and ``right``; never the char beside it
    (a repair must not produce the doubled glyph it is there to remove)."""
    exclude = re.escape(left[-1:] + right[:1])
    return re.escape(left) + rf"([^\n\s{exclude}])" + re.escape(right)


def _found(left: str, wild: bool, right: str, ref: str) -> bool:
    if not wild:
        return (left + right) in ref
    return re.search(_wildcard(left, right), ref) is not None


def _evidence(left: str, wild: bool, right: str, ref: str) -> tuple[int, int, int]:
    """How many characters around a join (at most 3 a side) the document confirms elsewhere.

    Returns (score, chars taken from ``left``, chars taken from ``right``) of the widest window.
    """
    best = (0, 0, 0)
    for n_left in range(1, min(3, len(left)) + 1):
        hit = False
        for n_right in range(1, min(3, len(right)) + 1):
            if not _found(left[-n_left:], wild, right[:n_right], ref):
                break
            hit = True
            if n_left + n_right > best[0]:
                best = (n_left + n_right, n_left, n_right)
        if not hit:
            break
    return best


def _repair_cut(left: str, right: str, ref: str, drop: int = 2) -> str:
    """Join two column slices; repair the glyph on the cut when the document shows the fix.

    Candidates: drop the last char of ``left`` or the first of ``right`` (a glyph read
    twice), or replace one or both by the character the document has in the same context.
    A replacement needs more evidence (4 chars) than a drop (``drop``, 2) since it can match
    more. Lines of a cell in reading-flow order are whole lines, not slices cut through a
    glyph: a drop needs 3 there (「ホームページ」「の」 is not 「ホームペーの」 for 「ーの」).
    """
    if not left:
        return right
    if not right:
        return left
    if len(ref) > _MAX_REFERENCE or (left[-1] + right[0]) in ref:
        return left + right
    candidates = (
        (left[:-1], False, right, drop),
        (left, False, right[1:], drop),
        (left, True, right[1:], 4),
        (left[:-1], True, right, 4),
        (left[:-1], True, right[1:], 4),
    )
    best, best_score = left + right, 0
    for cand_left, wild, cand_right, minimum in candidates:
        if not cand_left or not cand_right:
            continue
        score, n_left, n_right = _evidence(cand_left, wild, cand_right, ref)
        if score < minimum or score <= best_score:
            continue
        if wild:
            match = re.search(_wildcard(cand_left[-n_left:], cand_right[:n_right]), ref)
            if match is None:
                continue
            best = cand_left + match.group(1) + cand_right
        else:
            best = cand_left + cand_right
        best_score = score
    return best


def _join_pieces(pieces: list[str], ref: str, drop: int = 2) -> str:
    text = ""
    for piece in pieces:
        text = _repair_cut(text, piece, ref, drop)
    return text


def _strip_boundary_noise(pieces: list[str]) -> list[str]:
    """Drop a stray "!" or "|" at a cut ("マーケティング活!|動" -> "マーケティング活|動")."""
    result = []
    last = len(pieces) - 1
    for i, piece in enumerate(pieces):
        if i < last:
            piece = piece.rstrip(_BOUNDARY_NOISE)
        if i > 0:
            piece = piece.lstrip(_BOUNDARY_NOISE)
        result.append(piece)
    return result


def _drop_fragments(cells: list[str]) -> list[str]:
    """Drop cells that only repeat parts of the longest cell (the "first words + last words" echo).

    ``住民情報等の重 化を行うもの。`` next to ``主民情報等の重要な…行うもの。`` is such an echo;
    when its first word differs from the full cell only in the full cell's first glyph (cut
    by the column edge), that glyph is taken from the echo.
    """
    if len(cells) < 2:
        return cells
    main_i = max(range(len(cells)), key=lambda i: len(compact(cells[i])))
    main = compact(cells[main_i])
    fixed = cells[main_i].strip()
    kept: list[str | None] = []
    for i, cell in enumerate(cells):
        if i == main_i:
            kept.append(None)
            continue
        fix = _fragment_of(cell, main)
        if fix is None:
            kept.append(cell)
        elif fix and fixed:
            fixed = fix + fixed[1:]
    return [fixed if c is None else c for c in kept]


def _fragment_of(cell: str, main: str) -> str | None:
    """None when ``cell`` is not an echo of ``main``; else "" or the glyph that repairs main[0]."""
    pieces = nfkc(cell).split()
    if not pieces or sum(len(p) for p in pieces) < 3 or any(len(p) < 2 for p in pieces):
        return None
    fix = ""
    for i, piece in enumerate(pieces):
        if piece in main:
            continue
        if i == 0 and len(piece) >= 3 and main[1 : len(piece)] == piece[1:] and main[:1] != piece[:1]:
            fix = piece[0]
            continue
        return "" if _ends_of(compact(cell), main) else None
    return fix


def _ends_of(text: str, main: str) -> bool:
    """Whether ``text`` is the first words of ``main`` followed by its last words: the echo with
    the blank between them lost where ``pdftotext -layout`` wrapped it (「人事評価におけ」「もの。」)."""
    if len(text) < 4 or len(text) >= len(main):
        return False
    for end in (main, main.rstrip("。")):
        for cut in range(2, len(text) - 1):
            if main.startswith(text[:cut]) and end.endswith(text[cut:]):
                return True
    return False


# --------------------------------------------------------------------------- header


def _plan_title(lines: list[str]) -> str:
    for raw in lines[:20]:
        text = squash(raw)
        if "計画" in text:
            return _DIGIT_SPACE.sub("", text)
    raise ParseError("計画名（1ページ目の表題）が見つかりません。")


def _cover(lines: list[str]) -> tuple[str | None, str | None]:
    """(published "YYYY-MM", municipality name) from the cover line "令和 6年 3月 日田市"."""
    for raw in lines[:30]:
        text = squash(nfkc(raw))
        match = _COVER.search(text) if len(text) < 60 else None
        if match is None:
            continue
        return year_month(match.group("date")), match.group("name") or None
    return None, None


def _period(text: str) -> tuple[int | None, int | None]:
    """ "計画期間は令和5年度から令和9年度まで" near the start of the text."""
    return stated_period(text[:20000].split("\n"))


# --------------------------------------------------------------------------- reading lines


@dataclass
class _Reader:
    """Walks the lines once: headings, blocks, and the order they came in."""

    lines: list[str]
    items: list[_Heading | _Block] = field(default_factory=list)
    stray: list[int] = field(default_factory=list)

    def read(self) -> None:
        block: _Block | None = None
        current = ""
        seen_block = False
        for index, raw in enumerate(self.lines):
            number = index + 1
            if not raw.strip():
                continue
            label = _ROW_LABEL.match(raw)
            if label is not None:
                kind = label.lastgroup or ""
                cells = raw[label.end() :].split("\t")
                if kind == "code":
                    block = _Block(line=number)
                    self.items.append(block)
                    seen_block = True
                elif block is None:
                    self.stray.append(number)
                    continue
                current = kind
                self._add(block, current, _Row(number, cells))
                continue
            heading = self._heading(raw, number)
            if heading is not None:
                block = None
                self.items.append(heading)
                continue
            cells = raw.split("\t")
            if block is not None and not cells[0].strip() and len(cells) > 1:
                self._add(block, current, _Row(number, cells))
            elif block is not None:
                block = None  # prose after a table: the block is over
            elif seen_block and "\t" in raw and any(c.strip() for c in cells[1:]):
                self.stray.append(number)

    @staticmethod
    def _heading(raw: str, number: int) -> _Heading | None:
        first, _, rest = raw.partition("\t")
        if rest.strip() or len(first) > 200:
            return None
        match = _HEADING.match(squash(first))
        if match is None:
            return None
        title = _tidy(match.group("title"))
        if not title:
            return None
        return _Heading(match.group("level"), int(nfkc(match.group("n"))), title, number)

    @staticmethod
    def _add(block: _Block, kind: str, row: _Row) -> None:
        years = {}
        for i, cell in enumerate(row.cells):
            fy = year_cell(cell) if i else None
            if fy is not None:
                years[i] = fy
        if len(years) >= 2:
            block.years = years
            if not any(c.strip() for i, c in enumerate(row.cells) if i not in years):
                return
        block.rows.setdefault(kind, []).append(row)


# --------------------------------------------------------------------------- one block


@dataclass
class _Parsed:
    code: str | None
    major: int | None
    minor: int | None
    title: str
    reposted: bool
    summary: str | None
    departments: list[str]
    schedule: list[dict[str, Any]]
    line: int


def _read_code(cells: list[str]) -> tuple[str | None, tuple[int, int] | None, str]:
    """(code "1-1-1", (基本方針, 基本項目) numbers, the text after the code) of a 取組番号 row."""
    text = "\t".join(cells)
    match = _CODE.search(text[:200])
    if match is None:
        return None, None, text
    parts = [int(nfkc(g)) for g in match.groups()]
    return "-".join(str(p) for p in parts), (parts[0], parts[1]), text[match.end() :]


def _first_row_pieces(after_code: str) -> list[str]:
    """The title slices of the 取組番号 row: the cells after the 取組名 label, debris removed."""
    label = _TITLE_LABEL.search(after_code)
    rest = after_code[label.end() :] if label else after_code
    pieces = [c.strip() for c in rest.split("\t") if c.strip()]
    if not pieces and label is not None:  # the title wrapped under the code, before the label
        pieces = [c.strip() for c in after_code[: label.start()].split("\t") if c.strip()]
    if pieces:
        pieces[0] = _LABEL_DEBRIS.sub("", pieces[0]).strip()
    return [p for p in pieces if p]


def _continuation_pieces(rows: list[_Row]) -> tuple[list[str], list[str]]:
    """Title text on the lines below the 取組番号 row, and the noise cells found there."""
    pieces: list[str] = []
    noise: list[str] = []
    for row in rows:
        for cell in row.cells:
            if not cell.strip():
                continue
            if _is_noise(cell):
                noise.append(squash(cell))
            else:
                pieces.append(cell.strip())
    return pieces, noise


def _split_lines(pieces: list[str], plan: Plan, line: int) -> tuple[list[str], list[str]]:
    """Separate the slices of the title's first line from a wrapped second line glued to them.

    In a title cut into columns, each slice holds its part of line 1 and, after a blank, its
    part of line 2 ("デジタル技術を 施" = "デジタル技術を" + line 2 "施"). Without the blank,
    a kanji written twice marks the seam ("スマート農業技技術の普及"); that guess is reported.
    """
    if len(pieces) < 2:
        return pieces, []
    lines: list[list[str]] = [[]]
    for piece in pieces:
        segments = _CJK_SPACE.split(piece)
        if all(len(seg) == 1 for seg in segments):  # letter-spaced ("情 報 化"), not wrapped
            segments = ["".join(segments)]
        for k, segment in enumerate(segments):
            if k == len(lines):
                lines.append([])
            lines[k].append(segment)
    firsts = lines[0]
    seconds = [segment for later in lines[1:] for segment in later]
    if not seconds:
        doubled = _DOUBLED.search(firsts[0])
        if doubled is not None:
            cut = doubled.start() + 1
            seconds.append(firsts[0][cut:])
            firsts[0] = firsts[0][:cut]
            warn(
                plan,
                line,
                f"取組名の2行目が1列目に混ざっていたため並べ替えました（要確認）: {''.join(pieces)}",
            )
    return firsts, seconds


def _second_line_glyph(firsts: list[str], ref: str) -> tuple[list[str], list[str]]:
    """The title's second line when an extraction joined it to the first slice without the blank
    (「デジタル技術を施」 for 「デジタル技術を 施」): the slice's last glyph goes to the end of the
    title when the document joins the slice without it to the next (「を活用」) and the glyph
    to the last slice (「実施」), but not the glyph to the next slice."""
    head, after, last = firsts[0], firsts[1], firsts[-1]
    if len(head) < 3 or not after or not last or len(ref) > _MAX_REFERENCE:
        return firsts, []
    glyph = head[-1]
    if (glyph + after[0]) in ref or (head[-2] + after[0]) not in ref or (last[-1] + glyph) not in ref:
        return firsts, []
    return [head[:-1], *firsts[1:]], [glyph]


def _title(rows: list[_Row], after_code: str, ref: str, plan: Plan) -> tuple[str, bool]:
    """The 取組名 rebuilt from its column slices, and whether it is marked (再掲)."""
    line = rows[0].line
    pieces = [
        _SPACED_LATIN.sub(lambda m: m.group().replace(" ", ""), p) for p in _first_row_pieces(after_code)
    ]
    firsts, seconds = _split_lines(_strip_boundary_noise(pieces), plan, line)
    if not seconds and len(firsts) >= 2:
        firsts, seconds = _second_line_glyph(firsts, ref)
    continuation, noise = _continuation_pieces(rows[1:])
    if noise:
        warn(plan, line, f"取組名の一部が読み取れません（読めない文字: {' / '.join(noise)}）")
    title = _tidy(_join_pieces([*firsts, *seconds, *continuation], ref))
    reposted = _REPOST.search(title) is not None
    if reposted:
        title = squash(_REPOST.sub("", title))
    return title, reposted


def _cells_of(rows: list[_Row]) -> list[str]:
    return [c.strip() for row in rows for c in row.cells if c.strip() and not _is_noise(c)]


def _summary(rows: list[_Row], ref: str, plan: Plan) -> str | None:
    cells = _strip_boundary_noise(_drop_fragments(_cells_of(rows)))
    if not cells:
        return None
    text = _tidy(_join_pieces([_tidy(c) for c in cells], ref))
    if not text.endswith("。"):
        raw = " / ".join(squash(c) for row in rows for c in row.cells if c.strip())
        warn(plan, rows[0].line, f"取組内容の一部しか読み取れません（抽出結果: {raw}）")
        return None
    return text


def _departments(rows: list[_Row], ref: str, plan: Plan, line: int) -> list[str]:
    """Department names; a blank after a complete name ("情報政策課 学校教育課") separates two.
    A cell that runs on into the next ones (text copied out of a viewer: 「観光課スケジュー」
    「令和5年度…」, a paragraph) ends where a schedule or a heading starts: the rest is left
    out, named in a warning."""
    cells = _drop_fragments(_cells_of(rows))
    if not cells:
        return []
    cells = [_tidy(_AFTER_DEPT.sub("、", c)) for c in cells]
    text = _tidy(_join_pieces(cells, ref))
    names: list[str] = []
    for name in split_departments(text):
        run_on = _RUN_ON.search(name)
        if run_on is not None:
            head = _drop_stray_glyph(name[: run_on.start()], ref)
            if is_department(head) and head not in names:
                names.append(head)
            rest = name[run_on.start() :]
            rest = rest if len(rest) <= 30 else rest[:30] + "…"
            warn(plan, line, f"事業担当課の欄に続く「{rest}」以降は別の欄の文字と見なし、外しました。")
            break
        name = _drop_stray_glyph(name, ref)
        if name and name not in names:
            names.append(name)
    return names


#: Where a 事業担当課 cell read on into the next cells: a schedule, a table's label, a heading.
_RUN_ON = lazy_re(r"令和|平成|年度|スケジ|取組[番名内]|基本(?:方針|項目)|。")


def _drop_stray_glyph(name: str, ref: str) -> str:
    """Drop the cut glyph read twice after a complete name: 淡窓図書館官 -> 淡窓図書館."""
    if len(name) < 3 or not is_department(name[:-1]) or is_department(name):
        return name
    if name not in ref and name[:-1] in ref:
        return name[:-1]
    return name


def _schedule(block: _Block, plan: Plan) -> list[dict[str, Any]]:
    from . import hita_flow

    rows = block.rows.get("schedule", [])
    if not rows:
        warn(plan, block.line, "スケジュールの行がありません。")
        return []
    columns: dict[int, list[str]] = {}
    for row in rows:
        for i, cell in enumerate(row.cells):
            if i > 0 and cell.strip():
                columns.setdefault(i, []).append(cell.strip())
    if not columns:
        warn(plan, rows[0].line, "スケジュールが空欄です。")
        return []
    if not block.years:
        warn(plan, rows[0].line, "スケジュールの年度の見出しがないため、年度ごとの予定を読めません。")
        return []
    entries = []
    for i in sorted(columns):
        label, rest = hita_flow.status_and_rest(_tidy(" ".join(columns[i])))
        if not label and (len(rest) >= 12 or "。" in rest):  # a paragraph, no status at all
            warn(
                plan, rows[0].line, f"スケジュールの欄の「{rest[:30]}…」は別の欄の文字と見なし、外しました。"
            )
            continue
        if not label:  # a cell in words of its own, kept as written
            label, rest = rest, ""
        if rest:  # a heading or a paragraph after the table read into its last row
            shown = rest if len(rest) <= 30 else rest[:30] + "…"
            warn(
                plan,
                rows[0].line,
                f"スケジュールの「{label}」に続く「{shown}」は別の欄の文字と見なし、外しました。",
            )
        fy = block.years.get(i)
        if fy is None:
            warn(plan, rows[0].line, f"スケジュールの「{label}」がどの年度の欄か分かりません。")
            continue
        entries.append({"fy": fy, "half": None, "label": label})
    return entries


def _parse_block(block: _Block, ref: str, plan: Plan) -> _Parsed | None:
    code_rows = block.rows.get("code", [])
    if not code_rows:
        return None
    code, numbers, after = _read_code(code_rows[0].cells)
    summary_rows = block.rows.get("summary", [])
    if code is None and summary_rows and len(summary_rows[0].cells) > 1 and _CODE.match(summary_rows[0].cells[1]):
        # the 取組番号 row's cells centred on the line between it and the 取組内容 row (a blank
        # line above them): the number, and the title after it, begin the 取組内容 row
        first, label = summary_rows[0], code_rows[0]
        code_rows = [_Row(label.line, [label.cells[0], first.cells[1], *label.cells[1:]]), *code_rows[1:]]
        summary_rows = [_Row(first.line, [first.cells[0], *first.cells[2:]]), *summary_rows[1:]]
        code, numbers, after = _read_code(code_rows[0].cells)
    if code is None:
        warn(plan, block.line, "取組番号が読み取れません。")
    title, reposted = _title(code_rows, after, ref, plan)
    if not title or _JP.search(title) is None:  # 「3 - 2 1」: digits of a table, not a title
        warn(plan, block.line, f"取組名が読み取れないため取組 {code or ''} を読み飛ばしました。")
        return None
    if summary_rows:
        summary = _summary(summary_rows, ref, plan)
    else:
        summary = None
        warn(plan, block.line, "取組内容の行がありません。")
    dept_rows = block.rows.get("departments", [])
    if not dept_rows:
        warn(plan, block.line, "事業担当課の行がありません。")
    departments = _departments(dept_rows, ref, plan, block.line)
    return _Parsed(
        code=code,
        major=numbers[0] if numbers else None,
        minor=numbers[1] if numbers else None,
        title=title,
        reposted=reposted,
        summary=summary,
        departments=departments,
        schedule=_schedule(block, plan),
        line=block.line,
    )


# --------------------------------------------------------------------------- sections


@dataclass
class _Sections:
    """Builds 基本方針 > 基本項目 lazily, from headings and from the 取組番号 digits.

    The seed lacks the 基本方針3 heading in the body (only the overview lists it), so a
    基本項目 heading waits for the next 取組番号 to learn which 基本方針 it belongs to.
    """

    plan: Plan
    majors: dict[int, str] = field(default_factory=dict)
    major: int | None = None
    pending: _Heading | None = None
    last: str | None = None

    def heading(self, heading: _Heading) -> None:
        if heading.level == "基本方針":
            self.flush()
            self.majors[heading.number] = heading.title
            self.major = heading.number
        else:
            self.flush()
            self.pending = heading

    def flush(self) -> None:
        """Place a 基本項目 heading that no 取組 followed, under the current 基本方針."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        if self.major is None or self._exists(f"s{self.major}.{pending.number}"):
            warn(
                self.plan,
                pending.line,
                f"見出し「基本項目{pending.number} {pending.title}」の位置が分かりません。",
            )
            return
        self._minor(self.major, pending.number, pending.title, pending.line)

    def key_for(self, parsed: _Parsed) -> str | None:
        if parsed.major is None or parsed.minor is None:
            if self.pending is not None and self.major is not None:
                self.last = self._minor(
                    self.major, self.pending.number, self.pending.title, self.pending.line
                )
                self.pending = None
            return self.last
        key = f"s{parsed.major}.{parsed.minor}"
        if self.pending is not None and self.pending.number == parsed.minor and not self._exists(key):
            self._minor(parsed.major, parsed.minor, self.pending.title, self.pending.line)
            self.pending = None
        elif not self._exists(key):
            self.flush()
            warn(self.plan, parsed.line, f"取組 {parsed.code} の基本項目の見出しが見つかりません。")
            self._minor(parsed.major, parsed.minor, f"基本項目{parsed.minor}", parsed.line)
        self.major = parsed.major
        self.last = key
        return key

    def _exists(self, key: str) -> bool:
        return any(s["key"] == key for s in self.plan["sections"])

    def _minor(self, major: int, minor: int, title: str, line: int) -> str:
        parent = f"s{major}"
        if not self._exists(parent):
            name = self.majors.get(major)
            if name is None:
                warn(self.plan, line, f"基本方針{major} の見出しが見つかりません。")
                name = f"基本方針{major}"
            self.plan["sections"].append(section(parent, None, LEVELS[0], str(major), name))
        key = f"{parent}.{minor}"
        if not self._exists(key):
            self.plan["sections"].append(section(key, parent, LEVELS[1], f"{major}-{minor}", title))
        return key


# --------------------------------------------------------------------------- plan


def _reference(text: str) -> str:
    """The whole document with cells on lines of their own and the extraction's blanks between
    Japanese letters removed: the evidence for repairing cuts (no cut ever spans a line)."""
    text = _SPACED_LATIN.sub(lambda m: m.group().replace(" ", ""), text.replace("\t", "\n"))
    return _CJK_SPACE.sub("", text.replace("\u3000", " "))


def _link_reposts(plan: Plan) -> None:
    originals: dict[str, str | None] = {}
    for item in plan["initiatives"]:
        if "再掲" not in item["marks"]:
            originals.setdefault(compact(item["title"]), item["code"])
    for item in plan["initiatives"]:
        if "再掲" not in item["marks"]:
            continue
        original = originals.get(compact(item["title"]))
        if original is None:
            warn(plan, item.get("line"), f"再掲元の取組「{item['title']}」が見つかりません。")
        item["repost_of"] = original


def _read_flow(lines: list[str], reader: _Reader, plan: Plan, sections: _Sections, ref: str) -> None:
    """The 取組 rebuilt from text in reading-flow order (hita_flow), under the headings found."""
    from . import hita_flow

    start, end = plan["plan"]["period"]["start_fy"], plan["plan"]["period"]["end_fy"]
    items = hita_flow.read(lines, (start, end) if start and end else None)
    if not items:
        return
    warn(
        plan,
        items[0].line,
        "表の行と列が失われたテキスト（-layout を付けない pdftotext の出力など）から、各取組の欄を"
        "読み順と内容から推定しました。取組名・事業担当課・スケジュールを確認してください。",
    )
    headings = [h for h in reader.items if isinstance(h, _Heading)]
    for item in items:
        while headings and headings[0].line < item.line:
            sections.heading(headings.pop(0))
        pieces = _strip_boundary_noise([_tidy(p) for run in item.title_runs for p in run])
        joined = _join_pieces(pieces, ref, drop=3)
        reposted = _REPOST.search(joined) is not None
        title = _tidy(_REPOST.sub("", joined))
        for note in item.notes:
            warn(plan, item.line, f"取組 {item.code}: {note}")
        if not title:
            warn(plan, item.line, f"取組名が読み取れないため取組 {item.code} を読み飛ばしました。")
            continue
        if not item.schedule:
            warn(
                plan,
                item.line,
                f"取組 {item.code} のスケジュールは、年度と欄の対応が失われているため読めません。",
            )
        parsed = _Parsed(
            code=item.code,
            major=item.major,
            minor=item.minor,
            title=title,
            reposted=reposted,
            summary=item.summary,
            departments=item.departments,
            schedule=[{"fy": fy, "half": None, "label": _tidy(label)} for fy, label in item.schedule],
            line=item.line,
        )
        plan["initiatives"].append(
            initiative(
                parsed.code,
                parsed.title,
                sections.key_for(parsed),
                summary=parsed.summary,
                departments=parsed.departments,
                marks=["再掲"] if parsed.reposted else [],
                schedule=parsed.schedule,
                line=parsed.line,
            )
        )
    sections.flush()


def _label_debris_before(title: str, other: str) -> bool:
    """``title`` is ``other`` after the first letters of a label (「取組」「取組内」「名」)."""
    head = title[: len(title) - len(other)] if other and title.endswith(other) else ""
    return bool(head) and any(label.startswith(head) or label.endswith(head) for label in _FLOW_LABELS)


_FLOW_LABELS = ("取組番号", "取組名", "取組内容", "事業担当課", "スケジュール")


def _offices_only(names: list[str]) -> bool:
    """A 事業担当課 list read whole: some names, each a short name ending like an office."""
    return bool(names) and all(
        is_department(n) and len(n) <= 16 and not _JUNK_IN_NAME.search(n) for n in names
    )


_JUNK_IN_NAME = lazy_re(r"[。、0-9]|年度|スケジ|取組")


def _merged(flow: Plan, tables: Plan, known: Counter[str]) -> Plan:
    """The plan rebuilt from the reading flow, each 取組 the table reader read taken from it
    (its cells were read in their rows); the table reader's warnings about tables it could not
    read are superseded by the flow's. ``known``: the office names the text prints whole."""
    from . import hita_flow

    sections = {s["key"] for s in flow["sections"]}
    read = {item["code"]: item for item in tables["initiatives"] if item["section"] in sections}
    for item in flow["initiatives"]:
        table = read.get(item["code"])
        if table is not None and (
            (item["departments"] and not _offices_only(table["departments"]))
            or (set(table["departments"]) < set(item["departments"]) and _offices_only(item["departments"]))
        ):
            # the table reader's 事業担当課 ran on into the next cells (「観光課スケジュー」,
            # a paragraph) or lost a name its wrapped lines interleaved (「情報統計 課」「課、各」):
            # the flow's, all office names, is taken
            table["departments"] = item["departments"]
        if table is not None:  # 「税務」「社会福祉課課」: the letters of a wrapped cell put back
            table["departments"] = hita_flow.mended_names(table["departments"], known)
        if table is not None and not table["schedule"] and item["schedule"]:
            # the table reader lost the schedule rows (its year headings and statuses wrapped
            # apart): the flow read them as rows of wrapped cells or by their kinds
            table["schedule"] = item["schedule"]
        if table is not None and _label_debris_before(table["title"], item["title"]):
            table["title"] = item["title"]  # 「取組林道台帳システムの電子化」: the label's 取組 read into it
    if read:
        flow["initiatives"] = [read.get(item["code"], item) for item in flow["initiatives"]]
        kept = {item.get("line") for item in read.values()}
        flow["warnings"].extend(w for w in tables["warnings"] if w.get("line") in kept)
    return flow


#: How this layout's table rows start, to restore them in text without tabs.
LABELS = Labels(
    rows=("取組番号", "取組内容", "事業担当課", "スケジュール"),
    inline=("取組名",),
    grid=("スケジュール",),
    aligned=True,
)


@layout_reader("日田市形式", LABELS)
def parse(source: Any) -> Plan:
    """Read the 日田市 年次計画編 text into Plan JSON."""
    from . import hita_flow  # (with a plan of this layout: every parse imports this module to ask detect)

    text = source.text
    if not text:
        raise ParseError("テキストがありません。")
    lines = source.lines
    title = _plan_title(lines)
    published, name = _cover(lines)
    if not name:
        match = _TITLE_MUNICIPALITY.search(nfkc(title))
        name = match.group("name") if match else None
    if not name:
        raise ParseError("自治体名が見つかりません（表紙の「令和N年N月 ○○市」）。")
    period = _period(text)
    plan = plan_from(source, LAYOUT, municipality=name, title=title, published=published, period=period)
    reader = _Reader(lines)
    reader.read()
    ref = _reference(text)
    sections = _Sections(plan)
    for item in reader.items:
        if isinstance(item, _Heading):
            sections.heading(item)
            continue
        parsed = None
        with one_block(plan, item.line, "取組の表"):
            parsed = _parse_block(item, ref, plan)
        if parsed is None:
            continue
        key = sections.key_for(parsed)
        plan["initiatives"].append(
            initiative(
                parsed.code,
                parsed.title,
                key,
                summary=parsed.summary,
                departments=parsed.departments,
                marks=["再掲"] if parsed.reposted else [],
                schedule=parsed.schedule,
                line=parsed.line,
            )
        )
    sections.flush()
    found = len(plan["initiatives"])
    if found < len(hita_flow.codes(lines)) * 0.9:
        # plain pdftotext, pdfminer: each table's cells as blocks in an order of their own; a
        # text copied out of a viewer, its wrapped cells' lines interleaved: tables unread
        flow = plan_from(source, LAYOUT, municipality=name, title=title, published=published, period=period)
        _read_flow(lines, reader, flow, _Sections(flow), ref)
        if len(flow["initiatives"]) > found:
            plan = _merged(flow, plan, hita_flow.known_offices(lines))
            reader.stray = []  # rows of tables the table reader could not place: the flow did
    if not plan["initiatives"]:
        raise ParseError(
            "取組の表（取組番号・取組名・事業担当課）を読み取れません。表の読み順が崩れたテキスト"
            "（pdftotext の既定の出力など）は読めません。" + USE_THE_PDF
        )
    for number in reader.stray:
        warn(plan, number, "どの取組にも属さない表の行です。")
    _link_reposts(plan)
    # without a stated 計画期間, the schedule columns (令和5年度…令和9年度) give the period
    fill_period(plan, [fy for item in reader.items if isinstance(item, _Block) for fy in item.years.values()])
    return plan
