"""The legend a progress report prints for its grades: 「A:目標より進んでいる、B:目標どおり進んでいる、C:目標より遅れて
いる、D:評価できない」 on a line, 「評価 | 基準」 over a row a grade, 「◎：目標を達成　○：概ね達成…」.

A municipality grades in its own words, and the letter alone says little: B is 「目標どおり」 in one city and 「概ね達成
（80%以上）」 in the next. The plan's ``grade_legend`` keeps the words, so that every page that shows a 公表評価 can say
what it meant. A legend is only taken where it names every grade the plan carries, and where it reads as one: its
grades in their order (A, B, C …; ◎, ○, △, ×), each with words that are no count (「A：12指標、B：8指標」 is a summary
of the year's grades, not what they mean), its rows a grade a line under words that announce a grading (「評価の区分は
次のとおりです」, 「評価 | 基準」) — an outline lettered 「Ａ：行政手続のオンライン化」 under its chapter is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .document import Document, Line, Table
from .planjson import MOST_GRADES, GradeMeaning
from .text import lazy_re, nfkc, squash

#: The longest meaning a legend's entry has: a legend's words are short; a longer text after 「A:」 is a paragraph.
LONGEST_MEANING = 60

#: The symbol grades, in the order legends list them (best first).
_SYMBOLS = "◎○△×"
_DASHES = "-―"
#: A grade: a letter, a symbol, or the dash of 「－：評価対象外」 (not 「ー」, the katakana's long vowel: 「サーバー：」).
_GRADE = r"[SA-EＳＡ-Ｅ]|[◎○〇△×▲●]|[-－―]"
#: A grade and its colon where a legend gives it on a line, not inside a word (「KPI:」, 「施策A:」 are no grades).
_ENTRY = lazy_re(rf"(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９\u3040-\u30ff\u4e00-\u9fff])({_GRADE})\s*[:：]\s*")
#: A grade at the start of a line and its colon, its meaning after it (「　Ａ：計画どおり進んでいる」). The patterns
#: read the line as written (full-width 「Ａ」「：」 or not), that the meanings keep the document's characters.
_ROW_COLON = lazy_re(rf"\s*({_GRADE})\s*[:：]\s*(\S.*)")
#: A grade on its own at the start of a line, its meaning after blanks or a tab (a table's row 「Ａ	目標を上回る…」).
_ROW = lazy_re(rf"\s*({_GRADE})(?:[:：]\s*|\t\s*|\s{{2,}}|\s(?=\S))(\S.*)")
#: Words that announce a grading, on one of the two lines before a legend's rows of 「Ａ：…」 (「評価の区分は次のとおりで
#: す。」「２　評価の基準」「進捗は次の４段階で評価しています」); a KPI table's 「基準値」 is none.
_GRADING = lazy_re(r"評価|区分|凡例|基準(?!値)|見方|段階|判定|進捗")
#: The heading right over a legend's rows of a grade and its words apart by blanks (「評価　基準」「進捗の見方」「進捗の
#: 区分」): short, and saying what the rows are — 「進捗状況」 over a list 「A 行政手続…」 does not.
_HEADING = lazy_re(r"区分|基準(?!値)|見方|凡例|段階|判定")
_HEADING_LONGEST = 40
#: A count where a legend's words would be: 「12指標」「３件」「5件から」 (a summary of the grades given, not a legend).
_COUNT = lazy_re(r"[\d０-９][\d０-９,，.．]*\s*(?:件|指標|事業|項目|取組|施策|本|個|課|団体|人|か所|箇所)")
#: What ends a grade's words before the next grade: a note (「※達成率80%以上をB」), a run of blanks, a sentence.
_NOTE = lazy_re(r"※|＊|\(注|（注|\s{2,}|。")
#: The words that close a sentence a legend runs in (「評価は、A:…、C:目標の8割未満 としています」).
_CLOSING = lazy_re(r"\s+(?:と(?:して|し|する|す|いう|いい)|でした|です)[^\s、]{0,8}$")
#: A grade printed with its words (「A(順調)」「A:順調」): its mark.
_LEADING = lazy_re(r"([SA-E]|[◎○〇△×▲●]|[-―])(?:[(:\s].*)?")
_PIPES = lazy_re(r"\s*\|\s*")
_RULE = lazy_re(r"[\s|:\-]+")
_SEPARATORS = "、,，；; \u3000"


def grade_key(grade: str) -> str:
    """A grade as legends and plans are compared by: NFKC (「Ａ」 is 「A」, 「－」 is 「-」), 〇 written ○."""
    return nfkc(grade).strip().replace("〇", "○")


def _ordered(grades: list[str]) -> bool:
    """Whether ``grades`` are a legend's: distinct, letters in alphabetical order from S or A without a gap, symbols in
    their order, a dash only last."""
    if len(set(grades)) != len(grades) or not 2 <= len(grades) <= MOST_GRADES:
        return False
    body = grades[:-1] if grades[-1] in _DASHES else grades
    if not body or any(g in _DASHES for g in body):
        return False
    if all(len(g) == 1 and g in "SABCDE" for g in body):
        at = ["SABCDE".index(g) for g in body]
        return at == list(range(at[0], at[0] + len(at))) and at[0] <= 1
    if all(g in _SYMBOLS for g in body):
        at = [_SYMBOLS.index(g) for g in body]
        return at == sorted(at)
    return False


def _meaning(text: str) -> str | None:
    """A grade's words as the legend writes them, without the note or the sentence after them (「C:目標の8割未満
    としています。」); None where they are no legend's words: too long, a count, no letter."""
    if len(text) > 3 * LONGEST_MEANING:  # (a paragraph: not cut and searched, whatever its length)
        return None
    if (note := _NOTE.search(text)) is not None:
        text = text[: note.start()]
    meaning = squash(_CLOSING.sub("", text).strip(_SEPARATORS))
    if not meaning or len(meaning) > LONGEST_MEANING or not re.search(r"[^\W\d_]", meaning):
        return None
    if _COUNT.match(meaning):
        return None
    return meaning


def _on_a_line(line: str) -> list[tuple[str, str]] | None:
    """The legend a line gives (「A:目標より進んでいる、B:…」), else None."""
    marks = list(_ENTRY.finditer(line))
    if len(marks) < 2:
        return None
    entries = []
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        meaning = _meaning(line[mark.end() : after.start() if after else len(line)])
        if meaning is None:
            return None
        entries.append((grade_key(mark.group(1)), meaning))
    return entries if _ordered([grade for grade, _ in entries]) else None


def _rows(lines: list[str], at: int, colon: bool) -> list[tuple[str, str]]:
    """The legend whose rows start at ``lines[at]`` (a grade a row): each grade followed by its colon (「Ａ：計画どおり
    進んでいる」) where ``colon``, else by a tab or blanks (a table's row 「Ａ	目標を上回る…」); a row of more cells (a
    table's 「A	電子申請の拡充	120件	300件	B」) ends it."""
    entries: list[tuple[str, str]] = []
    for line in lines[at : at + MOST_GRADES]:
        row = (_ROW_COLON if colon else _ROW).fullmatch(line)
        if row is None or "\t" in row.group(2).strip() or _ENTRY.search(row.group(2)):
            break
        meaning = _meaning(row.group(2))
        if meaning is None:
            break
        entries.append((grade_key(row.group(1)), meaning))
    while entries and not _ordered([grade for grade, _ in entries]):
        entries.pop()
    return entries if len(entries) >= 2 else []


def _lines(texts: Iterable[str]) -> list[str]:
    # a markdown table's row 「| ◎ | 目標を達成した |」 is a row of cells apart by tabs, its rule under the header
    # 「|----|----|」 a blank line
    return [
        ("" if _RULE.fullmatch(text) else _PIPES.sub("\t", text.strip(" |"))) if text.startswith("|") else text.rstrip()
        for text in texts
    ]


def legends(texts: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    """Each legend the document's lines give, in their order: on one line; a grade and its colon a line under words
    that announce a grading; a grade a line under a short heading that names one (「評価　基準」「■ 進捗の見方」)."""
    lines = _lines(texts)
    grading = 0  # how many of the two lines with words before this one announce a grading
    heading = ""  # the line with words right before this one
    at = 0
    while at < len(lines):
        line = lines[at]
        found, rows = _on_a_line(line) if ":" in line or "：" in line else None, False
        if found is None and grading:
            found, rows = _rows(lines, at, colon=True), True
            if not found and len(heading) <= _HEADING_LONGEST and _HEADING.search(heading):
                found = _rows(lines, at, colon=False)
        if found:
            yield found
            at += len(found) if rows else 1
            grading, heading = 0, ""
            continue
        if text := line.strip():
            grading = (grading & 1) << 1 | bool(_GRADING.search(text))
            heading = text
        at += 1


def names_every(legend: Iterable[Any], grades: set[str]) -> bool:
    """Whether ``legend`` (``{"grade", "meaning"}`` entries) names every one of ``grades`` (a plan's, as
    ``plan_grades`` gives them: 「A(順調)」 is named by A)."""
    named = {grade_key(str(entry.get("grade") or "")) for entry in legend if isinstance(entry, dict)}
    marks = {m.group(1) if (m := _LEADING.fullmatch(grade)) else grade for grade in grades}
    return bool(grades) and {grade_key(mark) for mark in marks} <= named


#: A row of a legend of grades in words (「　順調　　　：目標値の達成に向けて計画どおり進んでいる」): the word, a colon, its words.
_WORD_ROW = lazy_re(r"\s*([^\s:：]{1,8})\s*[:：]\s*(\S.*)")


def _worded(lines: list[str], grades: set[str]) -> list[tuple[str, str]] | None:
    """A legend of grades in words (「順調」「概ね順調」「遅れ」, 七瀬市's): a word and its colon a line under words that
    announce a grading, the words the plan's grades — every one of them, and no other but a dash."""
    keys = {grade_key(grade) for grade in grades}
    grading = 0
    for at, line in enumerate(lines):
        if grading:
            entries = []
            for row in map(_WORD_ROW.fullmatch, lines[at : at + MOST_GRADES]):
                key = grade_key(row.group(1)) if row else ""
                meaning = _meaning(row.group(2)) if row and (key in keys or key in _DASHES) else None
                if meaning is None:
                    break
                entries.append((key, meaning))
            if len(entries) >= 2 and keys <= {key for key, _ in entries}:
                return entries
        if text := line.strip():
            grading = (grading & 1) << 1 | bool(_GRADING.search(text))
    return None


def grade_legend(texts: Iterable[str], grades: set[str]) -> list[GradeMeaning] | None:
    """The first legend that names every one of ``grades`` (``plan_grades``), as Plan JSON's ``grade_legend``:
    ``[{"grade": "A", "meaning": "目標より進んでいる"}, …]`` (the grade as ``grade_key`` writes it); for grades in words,
    the legend that names them (``_worded``)."""
    if not grades:
        return None
    lines = _lines(texts)
    for entries in legends(lines):
        legend: list[GradeMeaning] = [{"grade": grade, "meaning": meaning} for grade, meaning in entries]
        if names_every(legend, grades):
            return legend
    if all(_LEADING.fullmatch(grade) is None for grade in grades) and (worded := _worded(lines, grades)):
        return [{"grade": grade, "meaning": meaning} for grade, meaning in worded]
    return None


def plan_grades(plan: Any) -> set[str]:
    """Every grade the plan's indicators print (their ``evaluations``), NFKC; entries of another shape are none."""
    found = set()
    for item in plan.get("initiatives") or []:
        for ind in (item.get("indicators") or []) if isinstance(item, dict) else []:
            entries = ind.get("evaluations") if isinstance(ind, dict) else None
            for entry in entries if isinstance(entries, list) else []:
                text = squash(nfkc(str(entry.get("text") or ""))) if isinstance(entry, dict) else ""
                if text:
                    found.add(text)
    return found


def document_lines(document: Document) -> Iterator[str]:
    """A document's text as lines: its lines, and its tables a row a line (cells apart by a tab)."""
    for block in document.blocks():
        if isinstance(block, Line):
            yield block.text
        elif isinstance(block, Table):
            for row in block.texts():
                yield "\t".join(cell for cell in row if cell)
