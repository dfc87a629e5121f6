"""Cards whose labels come out before their values (plain ``pdftotext`` of a Word or Writer card, a label | value
table a 事業): 「事業番号」「事業名」「担当課」 … a line each, then 「１－１」「電子申請サービスの拡充」「総務課（情報管理係）」 ….

Without ``-layout`` pdftotext gives a card's label column whole, then its value column; a page of two cards gives both
label columns, then the first card's values, then the second's. The values cannot be paired with their labels line by
line — a value wraps over lines, and a card's second and third columns (「重点」 「◎」, 「関係課」 「各課」) come in among them
— but some keep a shape of their own, and the labels say which the card has:

- the number: a line that is a code alone (「１－１」, 「A-2」): it starts a card's values, one per card's labels;
- the name: the first line after it that is no label, mark or code;
- the 担当課: the first line after the name that is department names;
- the indicator: figures with their year (「1,250 件（令和５年度）」) a line each, under 現状値 and 目標値 labelled one after
  the other (the first half the baselines, the rest the targets), the indicator's name the lines over them from the one
  after the last sentence (「…する。」) or a numbered one (「① …」 「② …」);
- the 年次計画: the lines of a year and its step (「令和６年度 機種選定」「令和７年度～ 運用」).

Each card becomes a table of label | value rows, which the card readers take as any card; the rest (purposes, a table
nested in a cell) is left out, and a warning says so. Nothing here knows a municipality: the cards are the labels'.

Pure Python; no Django.
"""

from __future__ import annotations

import re

from ..document import Cell, Document, Line, Location, Page, Table
from ..labels import classify
from ..text import department_names, nfkc

#: A code alone on its line (NFKC): 「1-1」「2-3-1」「A-2」.
_CODE = re.compile(
    r"^(?:[A-Z]{1,4}[-‐－][0-9]{1,3}(?:[-‐－][0-9]{1,3}){0,3}|[0-9]{1,3}(?:[-‐－][0-9]{1,3}){1,3})$"
)
#: A figure with its year in brackets (NFKC): 「1,250 件（令和5年度）」「①12 回（令和5年度）」「30%（令和 10 年度）」「24 手続（R6）」.
_DATED_FIGURE = re.compile(
    r"^[①-⑳]?\s*[0-9][0-9,.]*\s*\S{0,4}\s*[(（]\s*(?:令和|平成|R|H)\s*[0-9元]{1,2}\s*(?:年度?)?\s*[)）]$"
)
#: An R-year (or span) and its step, a short noun phrase (「R7 導入」「R8～R10 運用」): not a particle after the year
#: (「R8 に全手続の見直しを行い、」, prose), not 実績/目標 and a figure (「R6 実績 24 件」), no 「、」「。」.
_R_STEP = r"R[0-9]{1,2}(?:[～~〜]R[0-9]{1,2})?\s+(?![にではがをのへともや]|実績|目標|見込)[^\s0-9、。,]{1,12}"
#: A year and its step on one line (NFKC): 「令和6年度 機種選定」「令和7年度～ 運用」 (not 「令和7年度～令和」, a span wrapped), or
#: a line of nothing but R-years and their steps 「R7 導入 R8～R10 運用」 (not 「R7 120」, a year over its figure).
_STEP = re.compile(
    r"^(?:令和|平成|R|H)\s*[0-9元]{1,2}\s*年度\s*[～~〜]?\s+(?!令和|平成)\S"
    rf"|^{_R_STEP}(?:\s+{_R_STEP})*\s*$"
)
#: A section's heading over a card (NFKC): 「基本施策1 町民サービスの向上」「基本方針2 役場の仕事のデジタル化」.
_SECTION = re.compile(
    r"^(?:基本目標|基本方針|基本施策|施策|分野|重点分野|方針|政策|柱)\s*[0-9一二三四五六七八九十]+\s*\S"
)
#: A mark in a card's cell (重点 ◎).
_MARKS = frozenset("◎○〇●★☆◯")
#: How many labels a run holds at least: a card's label column.
_RUN = 3


def _role(text: str) -> str | None:
    found = classify(text.strip(), loose=False)
    return found.role if found else None


def _runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) of each run of label lines holding a 事業番号 and a 事業名 (a card's label column, or two)."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and (
            _role(lines[end].text) is not None or (end > at and _label_like(lines[end].text))
        ):
            end += 1
        while end > at and _role(lines[end - 1].text) is None:
            end -= 1  # a run ends at a label the dictionary knows
        roles = [_role(line.text) for line in lines[at:end]]
        if end - at >= _RUN and "title" in roles:
            runs.append((at, end))
            at = end
        else:
            at = max(end, at + 1)
    return runs


#: A label the dictionary does not know, inside a run of labels (「事業の目的」「事業の内容」): a few words, no figure,
#: no sentence, no mark of a value.
_LABEL_LIKE = re.compile(r"^[^\s0-9０-９。、，,.．・（）()①-⑳]{2,10}$")


def _label_like(text: str) -> bool:
    return _LABEL_LIKE.match(text.strip()) is not None


def _value_kind(text: str) -> str:
    text = nfkc(text).strip()
    if _CODE.match(text):
        return "code"
    if text in _MARKS or (len(text) <= 2 and all(ch in _MARKS for ch in text)):
        return "mark"
    if _role(text) is not None:
        return "label"
    if _DATED_FIGURE.match(text):
        return "figure"
    if _STEP.match(text):
        return "step"
    return "text"


def _joined(lines: list[str]) -> str:
    """Wrapped lines of one value joined back; a numbered one (「② …」) starts anew."""
    out = ""
    for line in lines:
        line = line.strip()
        if out and line[:1] in "①②③④⑤⑥⑦⑧⑨⑩":
            out += " "
        out += line
    return out


def _card(labels: list[str], values: list[str]) -> list[list[str]] | None:
    """The label | value rows of one card, from its labels and the lines of its values (the code first)."""
    roles = [_role(label) for label in labels]
    label = {role: text for role, text in zip(roles, labels, strict=True) if role}
    kinds = [_value_kind(text) for text in values]
    # (a 事業番号 printed at the same place atop every page is dropped with the running header: 「番号」 says it)
    rows = [[label.get("code", "番号"), values[0].strip()]]
    title = next((i for i in range(1, len(values)) if kinds[i] == "text"), None)
    if title is None:
        return None
    rows.append([label["title"], values[title].strip()])
    if "departments" in label:
        owner = next(
            (i for i in range(title + 1, len(values)) if kinds[i] == "text" and department_names(values[i])),
            None,
        )
        if owner is not None:
            rows.append([label["departments"], values[owner].strip()])
    figures = [i for i, kind in enumerate(kinds) if kind == "figure"]
    if (
        figures
        and len(figures) % 2 == 0
        and figures == list(range(figures[0], figures[0] + len(figures)))
        and {"indicator", "baseline", "target"} <= set(label)
        and roles.index("baseline") + 1 == roles.index("target")
    ):
        first = figures[0]
        name_from = first - 1
        while (
            name_from > 0
            and kinds[name_from - 1] == "text"
            and not values[name_from - 1].strip().endswith("。")
        ):
            if values[name_from].strip()[:1] == "①":
                break
            name_from -= 1
        numbered = [i for i in range(name_from, first) if values[i].strip()[:1] == "①"]
        if numbered:
            name_from = numbered[-1]
        if name_from < first and kinds[name_from] == "text":
            half = len(figures) // 2
            rows.append([label["indicator"], _joined(values[name_from:first])])
            rows.append([label["baseline"], " ".join(values[i].strip() for i in figures[:half])])
            rows.append([label["target"], " ".join(values[i].strip() for i in figures[half:])])
    steps = [values[i].strip() for i, kind in enumerate(kinds) if kind == "step"]
    if steps and "schedule" in label:
        rows.append([label["schedule"], "\n".join(steps)])
    return rows


def read_label_runs(document: Document) -> Document | None:
    """The cards of a text whose label columns come before their values, as label | value tables; None where no run
    of labels is followed by as many codes as it has 事業番号."""
    lines = [b for b in document.blocks() if isinstance(b, Line)]
    runs = _runs(lines)
    if not runs:
        return None
    out = Document(kind=document.kind, notes=list(document.notes))
    page = Page(number=1)
    out.pages.append(page)
    page.blocks.extend(lines[: runs[0][0]])
    cards = 0
    for index, (start, end) in enumerate(runs):
        stop = runs[index + 1][0] if index + 1 < len(runs) else len(lines)
        labels = [line.text.strip() for line in lines[start:end]]
        roles = [_role(text) for text in labels]
        first = "code" if "code" in roles else "title"  # each card's labels from its 事業番号 (or 事業名) on
        heads = [at for at, role in enumerate(roles) if role == first]
        sets = [labels[a:b] for a, b in zip(heads, heads[1:] + [len(labels)], strict=True)]
        # (a title's wrapped word over the run, 「取組」 of 「…計画　取組 / シート」, is no card's labels)
        sets = [own for own in sets if len(own) >= _RUN]
        values = lines[end:stop]
        # the section heading over the next run (「基本施策２ …」) is no card's value
        tail = stop
        while tail > end and _SECTION.match(nfkc(lines[tail - 1].text).strip()):
            tail -= 1
        values = lines[end:tail]
        codes = [at for at, line in enumerate(values) if _value_kind(line.text) == "code"]
        if not sets or len(codes) != len(sets):
            return None  # (a run of no card's labels, no code after it: zipping nothing with the end raised)
        for own, (a, b) in zip(sets, zip(codes, codes[1:] + [len(values)], strict=True), strict=True):
            rows = _card(own, [line.text for line in values[a:b]])
            if rows is None:
                return None
            page.blocks.append(_card_table(rows, values[a].location))
            cards += 1
        page.blocks.extend(lines[tail:stop])
    out.notes.append(
        (
            lines[runs[0][0]].location,
            "カードの項目名が値より先に並んだテキスト（PDFから表の列ごとに取り出したもの）のため、番号・事業名・担当課と"
            "形の分かる値（年度付きの数値、年度ごとの工程）だけを読みました。PDFのまま、または「pdftotext -layout」で"
            "取り出したテキストを取り込んでください。",
        )
    )
    return out if cards else None


#: A card's heading naming its 取組 by number (NFKC): 「取組1 電子申請の拡充」「事業2-1 証明書のコンビニ交付」 — the word, its
#: number, a blank and a title of no sentence.
_HEADED = re.compile(r"^(?:取組|事業)\s*([0-9０-９]{1,3}(?:[-‐－ー][0-9０-９]{1,3}){0,3})[\s:：.．]+(\S.{0,58})$")
#: How many numbered headings a text of cards has at least.
_HEADINGS = 3

HEADED_NOTE = (
    "取組ごとの見出し（「取組１ …」）の下で、項目名が値より先にまとめて並んでいたため（PDFを「pdftotext」で -layout なしに"
    "書き出したテキストなど）、番号と取組名、見出しのすぐ下に項目名と値がそろっている取組の担当課と年度付きの数値だけを"
    "読み取りました。PDFそのもの、または「pdftotext -layout」で書き出したテキストを取り込んでください。"
)


#: A 目次's entry after its title (NFKC): a dot leader (「……」「・・・」「.....」) or a page number a blank apart (「 3」).
_CONTENTS_TAIL = re.compile(r"[.．・･…‥·_]{3,}|[…‥]{2,}|\s[0-9]{1,4}$")
#: A title running on into a sentence (NFKC): a 「、」「。」 in it (「電子申請の拡充について、対象手続を…」), or a particle at
#: its end where a line of prose wrapped (「…の導入は」「…を」).
_SENTENCE = re.compile(r"[、。]|(?:について|では|には|は|を|が)$")


def _heading(text: str) -> tuple[str, str] | None:
    """(number, title) of a card's numbered heading, or None: a 目次's entry (「取組１ 電子申請の拡充 …… 3」), a sentence
    opening with the 取組's name (「取組１ 電子申請の拡充について、…」), a label, a figure is none."""
    found = _HEADED.match(text.strip())
    if found is None or _role(found.group(2)) is not None:
        return None
    plain = nfkc(found.group(2)).strip()
    if _CONTENTS_TAIL.search(plain) or _SENTENCE.search(plain):
        return None
    return nfkc(found.group(1)), found.group(2).strip()


def _own_run(lines: list[Line], at: int) -> int:
    """The end of the run of a card's labels starting at ``at`` (``at`` itself where there is none): three labels or
    more the dictionary knows, none twice, none a 取組's number or name (the heading gave them)."""
    end, roles = at, []
    while end < len(lines) and (role := _role(lines[end].text)) is not None and role not in roles:
        roles.append(role)
        end += 1
    return end if len(roles) >= _RUN and not {"code", "title"} & set(roles) else at


def _opens_a_card(lines: list[Line], at: int) -> bool:
    """Whether the heading at ``at`` opens a card: its labels right under it, or the next card's heading (two columns'
    headings together) — not a heading over prose or over nothing."""
    if at + 1 >= len(lines):
        return False
    after = lines[at + 1].text
    return _own_run(lines, at + 1) > at + 1 or _heading(after) is not None or _role(after) is not None


def _ends_values(text: str) -> bool:
    """Whether a line ends the values of a card: the next heading, a section's heading or a label."""
    return _heading(text) is not None or _SECTION.match(nfkc(text).strip()) is not None or _role(text) is not None


def read_headed_cards(document: Document) -> Document | None:
    """The cards of a text headed each by its numbered 取組 (「取組１ 電子申請の拡充」) with its labels a line each, then
    its values (plain ``pdftotext`` of a Word plan whose 取組 are label | value tables under their headings), as
    label | value tables: every heading its number and title; where the labels come right under their heading and the
    values right under them, the values whose shape tells them (``_card``) — none where a card's labels run straight into
    the next heading (whose values come after cannot be told: neither card's). None unless three headings or more open
    cards, numbered each once, and two of them have their labels right under them — the generic reader's last resort,
    for a text in which nothing else is found."""
    lines = [b for b in document.blocks() if isinstance(b, Line) and b.text.strip()]
    heads = [at for at, line in enumerate(lines) if _heading(line.text) is not None and _opens_a_card(lines, at)]
    labelled = [at for at in heads if _own_run(lines, at + 1) > at + 1]
    numbers = [(_heading(lines[at].text) or ("", ""))[0] for at in heads]
    if len(heads) < _HEADINGS or len(labelled) < 2 or len(set(numbers)) < len(heads):
        return None  # (a number twice: a 目次 or a summary naming the 取組 again — which is the card cannot be told)
    # a card whose labels run straight into the next heading (two cards' headings and labels before both's values,
    # as two columns give them): whose values follow cannot be told — neither card reads any
    blind = {i for k, at in enumerate(heads[:-1]) if _own_run(lines, at + 1) == heads[k + 1] for i in (at, heads[k + 1])}
    out = Document(kind=document.kind, notes=list(document.notes))
    page = Page(number=1)
    out.pages.append(page)
    page.blocks.extend(lines[: heads[0]])
    for index, at in enumerate(heads):
        number, title = _heading(lines[at].text) or ("", "")
        rows = [["番号", number], ["取組名", title]]
        run = _own_run(lines, at + 1)
        if run > at + 1 and at not in blind:
            stop = next((i for i in range(run, len(lines)) if _ends_values(lines[i].text)), len(lines))
            labels = ["番号", "取組名", *(line.text.strip() for line in lines[at + 1 : run])]
            rows = _card(labels, [number, title, *(line.text for line in lines[run:stop])]) or rows
        page.blocks.append(_card_table(rows, lines[at].location))
        # the section headings up to the next card stay, as headings over it (「基本方針３ …」)
        after = heads[index + 1] if index + 1 < len(heads) else len(lines)
        page.blocks.extend(line for line in lines[at + 1 : after] if _SECTION.match(nfkc(line.text).strip()))
    out.notes.append((lines[heads[0]].location, HEADED_NOTE))
    return out


def _card_table(rows: list[list[str]], where: Location) -> Table:
    """A card's label–value rows as a table at the line the card starts on, its short rows padded with empty cells."""
    width = max(len(row) for row in rows)
    return Table(
        rows=[[Cell(text) for text in row + [""] * (width - len(row))] for row in rows],
        location=where,
        row_locations=[where for _ in rows],
    )
