"""Label–value cards: an initiative described field by field.

The shapes: lines 「取組名：…」「担当課：…」「指標：…」 (a colon after a label of the dictionary),
bracketed labels 「【指標】…」「［工程］…」, two-column tables whose left column holds labels
(| 取組名 | … |), and the Card blocks a file reader made. A card starts at a title label
(取組名 / 事業名 …); the fields after it, up to the next title label, belong to it; lines
without a label continue the field before them. Section headings (numbered lines such as
「基本目標1 …」「(1) …」 between cards) become the section tree.
"""

from __future__ import annotations

import functools
import re
from re import Match
from typing import Any

from ..document import Block, Card, Cell, Document, Line, Location, Table
from ..labels import LABELS, classify, generic_title, key, year_in
from ..text import (
    is_chapter_heading,
    is_department,
    is_no_value,
    lazy_re,
    nfkc,
    only_departments,
    parse_fy,
    split_departments,
    squash,
    without_autospace,
    without_parents,
)
from .common import YEAR_WORDS, Collector, badged_titles
from .fields import apply_fields
from .lines import reading_blocks
from .numbering import marker
from .tables import coded_kpi_header

_LABEL_LINE = lazy_re(
    r"^\s*(?:[【\[［〔<＜《〈](?P<b>[^】\]］〕>＞》〉]{1,14})[】\]］〕>＞》〉]|(?P<c>[^:：]{1,14})[:：])\s*(?P<v>.*)$"
)


#: A label in round brackets before its value: 「（担当課）住民課」 (only a label the dictionary knows: 「（１）…」
#: 「（注）…」 are no fields). Its never-matching ``c`` keeps the groups of ``_LABEL_LINE``.
_PAREN_LABEL = lazy_re(r"^\s*[（(](?P<b>[^（）()0-9０-９]{2,10})[）)](?P<c>(?!x)x)?\s*(?P<v>\S.*)$")


#: 「担当　総務課、企画課」「令和5年度（現状値）　320件」: a label and its value with only a blank between.
_SPACED_LINE = lazy_re(r"^\s*(?P<c>[^\s:：]{1,14})\s+(?P<v>\S.*)$")
_DIGIT = lazy_re(r"[0-9０-９]")
#: The number after a heading's word: 「1　便利な市役所」 after 「基本目標」.
_NUMBERED_WORD = lazy_re(r"(?:[0-9]{1,2}|[IVX]{1,4})(?:\s|$)")
_BLANK = lazy_re(r"\s")
#: A grade alone: 「Ａ」「S」「◎」 (NFKC).
_GRADE = lazy_re(r"[A-ES]|[◎○△×]")
#: A label numbered by a circled number or a number: 「成果指標①」「KPI②」「指標1」.
_ENTRY_LABEL = lazy_re(r"(.{2,10}?)([①-⑳]|[0-9]{1,2})")
#: The blank between two letters of a word set letter by letter: 「K P I」.
_SPACED_LETTERS = lazy_re(r"(?<=\b[A-Za-z]) (?=[A-Za-z]\b)")


#: A line's first letters set one blank apart, as a card's label is spread over its cell (「事 業 概 要 申請件数の…」);
#: not Latin letters (「K P I (Web」 is a label with the indicator's name in it, ``_SPACED_LETTERS``'s).
_LETTER_SPACED = lazy_re(r"^\s*([^\s0-9０-９A-Za-z](?: [^\s0-9０-９A-Za-z]){1,5}) (?=\S)")


def _letters_joined(text: str) -> str:
    """``text`` with the label its first letters spell set together (「所 管 課 市民課」 → 「所管課 市民課」: a card copied
    out of a PDF viewer keeps the blanks the print spread the label with); the longest run of letters that is a label
    the dictionary knows, any other line as it is."""
    spread = _LETTER_SPACED.match(text)
    if spread is None:
        return text
    letters = spread.group(1).split(" ")
    for count in range(len(letters), 1, -1):
        word = "".join(letters[:count])
        if classify(word, loose=False) is not None:
            rest = text[spread.start(1) :].split(" ", count)[count]
            return f"{word} {rest}"
    return text


#: A figure's label and its figure after an indicator's name: 「… 現状値 50手続」「… 目標値（R9） 220手続」.
_FIGURES_AFTER_NAME = lazy_re(r"\s(?:基準値|現状値|目標値|実績値)[^\s0-9０-９]{0,8}\s*[0-9０-９]")
#: A dated figure, then the arrow to the next: 「…の割合12％（令和６年度）→ 45％（令和12年度）」 — an indicator's line.
_DATED_FIGURE_ARROW = lazy_re(r"[0-9０-９][^\s（(→⇒]{0,6}\s*[（(][^()（）]*(?:年度|年|R|Ｒ|H|Ｈ)[^()（）]*[)）]\s*[→⇒]")
#: What parts two department names but a blank.
_NAME_SEPARATOR = lazy_re(r"[、，,／/;；・]")


def _before_related(value: str) -> str:
    """Department names up to a 関係課 label one blank after them (「デジタル推進課 関係課 －」, a viewer's copy of 「主管課 |
    … | 関係課 | …」): the 関係課 is a field of its own."""
    words = value.split(" ")
    cut = next((at for at, word in enumerate(words) if at and key(word) in _RELATED), None)
    return value if cut is None else " ".join(words[:cut])


def _unwrapped_names(value: str) -> str:
    """Department names whose cell wrapped inside a name, the pieces a blank apart in a viewer's copy (「市民課、情
    報政策課」「行政改革 課」): a piece after one that is no department's name goes on with it."""
    pieces = value.split(" ")
    out = pieces[0]
    for piece in pieces[1:]:
        tail = _NAME_SEPARATOR.split(out)[-1]
        out += piece if tail and piece and not is_department(tail) else f" {piece}"
    return out


def _spaced(text: str, *, marked: bool = False) -> tuple[str, str] | None:
    """A label and value separated by blanks only, where the label or the value shows it is one: a label
    of three characters or more (取組名, 担当課, 成果指標 — a card table copied out of a PDF viewer),
    department names after 担当, a number after 現状値 / 目標値 / 実績値 / 事業費. A short label
    with other words after it is left to the colon and bracket forms: a line of prose may start
    with 「目標」 or 「内容」 — unless a symbol marks it as a label (「◇概要　…」, ``marked``)."""
    text = _letters_joined(text)
    m = _SPACED_LINE.match(text)
    column = classify(m.group("c"), loose=False) if m else None
    if m is not None and column is None and (entry := _ENTRY_LABEL.fullmatch(m.group("c"))) is not None:
        # 「成果指標①　ＲＰＡを導入した業務数（業務）」: the block's first indicator, its number kept for its figures
        numbered = classify(entry.group(1), loose=False)
        if numbered is not None and numbered.role == "indicator" and not entry.group(2).isascii():
            return "indicator", f"{entry.group(2)}{m.group('v').strip()}"
        if numbered is not None and numbered.role == "indicator":
            # 「指標1 オンラインで申請できる手続数 現状値(R5)180手続 → …」「成果指標1 RPAを導入した業務数(業務)」: a listed
            # indicator, its number no part of its name (「成果指標①」 as a text export flattens it)
            return "indicator", m.group("v").strip()
    if m is None or column is None:
        unspaced = without_autospace(text)  # 「令和 5 年度（現状値）　320 件」 from a word processor's PDF
        return _spaced(unspaced, marked=marked) if unspaced != text else None
    value = m.group("v").strip()
    if (
        _NUMBERED_WORD.match(nfkc(value))
        and (found := marker(text)) is not None
        and found.kind.startswith("word:")
    ):
        return None  # 「基本目標 1　便利な市役所」: a numbered heading, the blank a word processor's
    if (
        classify(value, loose=False) is not None
        and not (column.role == "schedule" and _year_of(value))
        and not (column.role in _VALUE_ROLES and value[:1] in "－-―ー—")  # 「現状値　－（令和7年度開始）」
    ):
        return None  # 「KPI 指標」: two labels of a header, not a label and its value (「工程 令和6年度」 is one)
    words = _SPACED_LETTERS.sub("", value).split()  # 「K P I」 set letter by letter is KPI
    if sum(1 for w in words if classify(w, loose=False) is not None) >= 2 and not any(
        _DIGIT.match(w) or _year_of(w) for w in words  # 「R7 検討 ▶ R8 構築」: steps by their years, no header
    ):
        return None  # 「具体的な取組 取組方針 KPI スケジュール 実績値」: a table's header, no figure in it
    if column.role == "title" and generic_title(m.group("c")) and len(_WIDE_BLANKS.split(value)) >= 2:
        # 「項目      18～39歳      40～59歳      60歳以上」「名称      構成      役割」: a word any table has over its first column, then columns wide
        # apart — a table's header as ``pdftotext -layout`` keeps it, no card's title (read so, 萩ノ台市's survey table
        # opened one card that took every 取組 of the outline after it)
        return None
    loose = len(key(m.group("c"))) >= 3 and len(value) >= 3  # not 「KPI 政」, a column set vertically
    # 「指標            標準準拠システムへの…」: a card's column of labels as ``pdftotext -layout`` keeps it, wide apart
    wide = _WIDE_BLANKS.fullmatch(text[m.end("c") : m.start("v")]) is not None and len(value) >= 3
    # 「指標 電子申請できる手続数 現状値 50手続 目標値 220手続」: a short label, but its figures say what it is
    figured = column.role == "indicator" and (
        _FIGURES_AFTER_NAME.search(value) is not None or _DATED_FIGURE_ARROW.search(value) is not None
    )
    if (marked or loose or wide or figured) and column.role != "departments" and column.fy is None:
        pass  # 「取組名 電子申請の推進」「成果指標 …」: a card table copied out of a PDF viewer
    elif column.role == "departments":
        value = _before_related(_unwrapped_names(value))
        if not only_departments(split_departments(without_parents(value))):  # 「デジタル戦略課（市町村支援担当）」
            return None
    elif column.role == "evaluation" and _GRADE.fullmatch(nfkc(value)):
        pass  # 「評価　Ａ」: a grade alone after the label
    elif column.role == "schedule" and column.fy is None and _year_of(_FIRST_YEAR_PART.split(value, maxsplit=1)[0]):
        pass  # 「時期　令和７年度～令和11年度」「時期　令和８年度以降」: a year opening the value says it is when
    elif column.role not in ("baseline", "target", "actual", "budget") or not (
        _DIGIT.search(value) or value[:1] in "－-―ー—"
    ):
        return None
    if column.role == "departments" and key(m.group("c")) in _RELATED:
        return "departments:related", value  # 「関係課　市民課、保険年金課」 beside a 主管課
    return (column.role if column.fy is None else f"{column.role}:{column.fy}"), value


#: Where the first year of a schedule's value ends: 「令和７年度｜～令和11年度」「令和８年度｜以降」「令和７年度｜（検討）」.
_FIRST_YEAR_PART = lazy_re(r"[～~〜\-－、，,（(\s]|以降|以後|から|まで")
#: A symbol set before a card's labels: 「◇担当課　総務課」「・担当課：総務課」.
_LABEL_BULLET = lazy_re(r"^\s*[◇◆□■○●・･▽▼▶▷]\s*")
#: 【取組１】【事業No.2】: a title label carrying the item's number.
_NUMBERED_LABEL = lazy_re(r"^(?P<word>\D+?)\s*(?:No\.?)?\s*(?P<number>[0-9]{1,2}(?:-[0-9]{1,3}){0,3})$")


#: A label joined to its value by an underscore: 「目標1_DX研修の受講者数:800人/年」「目標_庁内会議のペーパーレス実施率:90%」, as a
#: web page (a CMS's list of a 取組's 目標) writes them; only a word the dictionary knows, with its number or without.
_UNDERSCORE_LABEL = lazy_re(r"^\s*(?P<c>[^\d_:：\s]{1,8}[0-9０-９]{0,2})[_＿](?P<b>(?!x)x)?(?P<v>\S.*)$")


def _underscored(text: str) -> Match[str] | None:
    """A 「目標1_…」 line's label and value (as ``_LABEL_LINE`` gives them: groups ``c`` and ``v``), when its word before
    the underscore is a label of the dictionary."""
    m = _UNDERSCORE_LABEL.match(text)
    if m is None:
        return None
    word = _NUMBERED_LABEL.match(nfkc(m.group("c")))
    return m if classify(word.group("word") if word else m.group("c"), loose=False) is not None else None


#: What a value's label can run into with no blank between them: a figure with its unit (no particle: 「5段階で実施」 is
#: prose) and a note in brackets, 「20業務のうち12業務…」 (what of a whole is done), a grade, a dash for none.
_GLUED_VALUE = lazy_re(
    r"^(?:[0-9０-９](?:[0-9０-９,，.．]*[0-9０-９])?[^\s0-9０-９,，.．、。()（）でにをはがとものらへや]{0,5}(?:[(（][^()（）]{1,12}[)）])?"
    r"|[0-9０-９](?:[0-9０-９,，.．]*[0-9０-９])?[^\s0-9０-９,，.．、。()（）]{0,5}のうち.*"
    r"|(?P<grade>[SA-DＳＡ-Ｄ])(?:[(（][^()（）]{1,8}[)）])?|[―－\-])$"
)
#: An account of what was done run into its 実績 label: a sentence to its 「。」, opening with no particle (「実績が上がった」
#: 「実績値の推移」 are prose).
_REPORTED_SENTENCE = lazy_re(r"^[^\s\u3041-\u309f、。]\S.{2,}。$")
#: The roles of a label a value may be glued to (「実績912人」「進捗A」).
_GLUED_ROLES = ("baseline", "target", "actual", "evaluation", "rate")


@functools.cache
def _glued_label() -> re.Pattern[str]:
    """The dictionary's words for a value (``_GLUED_ROLES``) at the start of a line, longest first."""
    words = sorted(
        (w for role in _GLUED_ROLES for w in LABELS[role] if not w.isascii() and len(w) <= 5), key=len, reverse=True
    )
    return re.compile("^(?:" + "|".join(re.escape(w) for w in words) + ")")


def _glued(text: str) -> tuple[str, str] | None:
    """(role, value) of a label and its figure or grade with no blank between them — 「実績912人」「進捗A」「実績20業務のうち
    12業務で…」, a table of two columns printed close (a web page's 「実績 | 912人」 saved as PDF): the label a word of the
    dictionary for a value, the figure its unit right after it (「目標1 行政サービス」 is a heading, 「評価5段階で実施」
    prose)."""
    text = text.strip()
    word = _glued_label().match(text)
    if word is None or len(text) > 60:
        return None
    column = classify(word.group(0), loose=False)
    rest = text[word.end() :]
    if column is not None and column.role in _REPORTED and rest[:1] in (" ", "　") and rest.strip():
        # 「実績 本庁舎の無線LAN整備を完了」: what was done, one blank after its label (a web page's 「実績 | …」 saved as PDF)
        return column.role, rest.strip()
    if column is not None and column.role == "actual" and _REPORTED_SENTENCE.match(rest):
        return "actual", rest  # 「実績マニュアルを改訂し、全課で運用を開始した。」: the account of the year run into its label
    found = _GLUED_VALUE.match(value := rest)
    figure = re.split(r"[(（]", value, maxsplit=1)[0]  # (「912人（2024年度）」: the year in brackets the figure's)
    if found is None or column is None or year_in(figure) or (found.group("grade") and column.role == "rate"):
        return None
    return (column.role if column.fy is None else f"{column.role}:{column.fy}"), value


def label_value(text: str) -> tuple[str, str] | None:
    """(role, value) of a 「担当課：情報政策課」 / 「【指標】…」 / 「担当　総務課」 line, None for any other line."""
    bullet = _LABEL_BULLET.match(text)
    text = text[bullet.end() :] if bullet else text
    if text[:1] in "(（" and text[-1:] in ")）" and text.count(text[:1]) == 1:
        text = text[1:-1]  # 「（指標：コンビニ交付の利用率）」 after the figures it names
    m = _LABEL_LINE.match(text)
    if m is None or classify(m.group("b") or m.group("c") or "") is None:
        m = _underscored(text) or m  # 「目標1_DX研修の受講者数:800人/年」 (「KPI_1:10件」 is a KPI label's line)
    if not m and (paren := _PAREN_LABEL.match(text)) and classify(paren.group("b"), loose=False) is not None:
        m = paren  # 「（担当課）住民課」「（成果指標）…」: a known label in round brackets, its value after it
    if not m:
        numbered = marker(text)
        if numbered is not None and numbered.kind.startswith("word:") and "(" in numbered.number:
            return None  # 「施策(1)　行政手続のオンライン化」: a heading numbered by its word, no 施策 field
        return (_glued(text) if numbered is None else None) or _spaced(text, marked=bullet is not None)
    label = m.group("b") or m.group("c") or ""
    if m.group("b") and _PARTICLE_AFTER.match(m.group("v")):
        return None  # 「【主な取組】の（市町村連携）は…」: the label named in a sentence about the cards, no field
    # 「【取組１】電子申請の推進」, and 「取組項目1:職員の意識改革」 (a web page's list of 取組) numbered before its colon
    numbered = _NUMBERED_LABEL.match(nfkc(label).strip())
    if numbered and m.group("v").strip():
        word = classify(numbered.group("word"), loose=False)
        if word is not None and word.role == "title":  # 「【取組１】電子申請の推進」: title 1 電子申請の推進
            return "title", f"{numbered.group('number')} {m.group('v').strip()}"
        if word is not None and word.role == "section" and m.group("c") and marker(text) is not None:
            return None  # 「基本目標1:行政サービスの向上」: a numbered heading (its 取組 numbered under it), no field
    if key(label) in _RELATED_ITEMS:
        return "related", m.group("v").strip()  # 「（関連取組：1-1、1-2）」: the 取組 a listed indicator is of
    column = classify(label)
    if column is None and m.group("c") and _BLANK.search(label.strip()):
        # 「◆目標　参加者数（年間）　現状：60人（R6）」: the colon closes 現状, the label is the word before the blank
        return _spaced(text, marked=bullet is not None)
    if column is None and m.group("b") and not m.group("v").strip() and _REPORT_HEADING.search(label):
        # 「【令和６年度の取組状況】」 over the year's account: a note of the item under its heading (no 工程's rest)
        return "note", f"{label.strip()}："
    if column is None:
        return None
    if column.role == "title" and _DATE_ONLY.fullmatch(nfkc(m.group("v")).strip()):
        return None  # 「【取組完了】 令和5年2月6日」: when, not what — no initiative's name
    if column.role == "schedule" and column.fy is not None and _RANGE_IN_LABEL.search(nfkc(label)):
        # 「スケジュール　R6～R7：リニューアル → R8～：運用」: the years before the colon are the first step's
        return "schedule", f"{label}：{m.group('v').strip()}"
    if column.role in _TABLE_ONLY:
        return None  # 「値：20業務（R9）」: the end of 「目標値」 broken over a line, not a label of a card
    if column.role == "departments" and key(label) in _RELATED:
        return "departments:related", m.group("v").strip()  # 「関係課：市民課」 beside a 主管課
    if column.role == "note" and key(label) in _PARTNERS:
        return "note", f"{label.strip()}：{m.group('v').strip()}"  # 「連携先：全市町村」: said as who, no 課
    role = column.role if column.fy is None else f"{column.role}:{column.fy}"
    return role, m.group("v").strip()


#: A particle the sentence goes on with right after a bracketed label (「【主な取組】の（市町村連携）は市町村と連携して行う
#: 取組」): the prose speaks of the label, no value follows it. The particle before a letter no word of kana goes on
#: with (a kanji, a bracket), so that a value opening with a word of kana (「【内容】にぎわいの創出」) stays one.
_PARTICLE_AFTER = lazy_re(r"[のはがをにでともへ](?=[^\u3041-\u309f\s])")


#: The words of a bracketed heading over an account of the item (「【令和６年度の取組状況】」「【これまでの成果】」).
_REPORT_HEADING = lazy_re(r"状況|実績|成果|課題|経過|経緯|結果|総括|所見|振り返り")


#: Roles only a table's header gives (a row a figure of open data), never a card's label.
_TABLE_ONLY = ("value", "municipality", "plan_name")
#: Labels of the 課 that work with the one in charge (「主管課：…　関係課：…」): kept apart from it.
_RELATED = frozenset(
    key(label) for label in ("関係課", "連携課", "協力課", "関係部署", "関係部局", "連携部署", "関係各課")
)


#: Labels of the 取組 an indicator listed apart measures (「指標1　… （関連取組：1-1、1-2）」): no title of an item.
#: Who a 取組 is done with outside the 課 (a note kept under its label: the bare 「全市町村」 would say nothing).
_PARTNERS = frozenset(key(label) for label in ("連携先", "連携団体", "連携機関", "関係機関", "協力団体", "協力機関"))
_RELATED_ITEMS = frozenset(key(label) for label in ("関連取組", "関連する取組", "関連取組番号", "関連事業", "対応する取組"))


#: A range of years in a label (「R6～R7」「令和6-7年度」): the label holds the start of a 工程, not its year.
_RANGE_IN_LABEL = lazy_re(r"\d\s*(?:年度?)?\s*[~〜～\-－―ー]\s*(?:令和|平成|R|H)?\s*\d")


#: A value that is only a date: 「令和5年2月6日」「2023年4月」.
_DATE_ONLY = lazy_re(
    r"(?:令和|平成|R|H)?\s*(?:元|\d{1,4})\s*年(?:度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
)


#: A blank run before a colon or bracket label: where a second field may start on the same line.
_GAP_BEFORE_LABEL = lazy_re(
    r"(?:[ \t]+|　+)(?=[【\[［〔<＜《〈]?[^\s:：【】\[\]［］]{1,14} ?[:：】\]］〕>＞》〉])"
)


#: A value that is one figure with its unit: 「85手続」「18.5％」「1,250,000枚」, its year before it or after it in brackets
#: or not (「R5 18%」「112手続(R6.3末)」, NFKC).
_DATED_FIGURE = lazy_re(rf"(?:(?:{YEAR_WORDS})\s*)?\d[\d,.]*[^\s\d()]{{0,4}}(?:\s*\([^()]{{1,12}}\))?")
#: Where a label ends: a colon or a closing bracket (「【現状値】」).
_AFTER_LABEL = lazy_re(r"[:：】\]］〕]")


#: A year alone as a field's label: 「R8：」「令和8年度：」 (NFKC).
_YEAR_LABEL = lazy_re(rf"^\s*(?:{YEAR_WORDS})\s*[:：]")


def split_fields(text: str) -> list[str]:
    """A line holding several labelled fields (「担当：住民課　　目標：電子申請の件数 800件（令和10年度）」, a
    compact plan's one line per item) as one line a field. Split only between labels of different roles,
    and never inside an indicator (「指標：手続数　現状値：95手続（R4）→目標値：…」 is one field), so that a
    value with a colon in it (「R5：検討　R6：試行」) stays whole. One blank parts them only after department
    names (「担当：住民課 目標：…」, the full-width blanks an extractor gave as one)."""
    first = label_value(text)
    colon = _LABEL_LINE.match(_LABEL_BULLET.sub("", text, count=1))
    if colon is not None and colon.group("c") and _BLANK.search(colon.group("c").strip()):
        colon = None  # 「◆目標　参加者数　現状：60人」: the colon closes 現状 inside the value, the label is 目標
    if first is not None and colon is None:
        return _split_values(text, first[0]) or _split_wide(text, first[0]) or _split_spaced(text, first[0])
    if first is None:
        return [text]
    for gap in _GAP_BEFORE_LABEL.finditer(text):
        rest = text[gap.end() :]
        before = _AFTER_LABEL.split(text[: gap.start()])[-1]
        second = label_value(rest)
        if gap.group(0) == " " and not (
            (first[0] == "departments" and continues_departments(before))
            or (
                first[0].startswith(_VALUE_ROLES)
                and second is not None
                and second[0].startswith((*_VALUE_ROLES, "indicator", "rate"))
                and _DATED_FIGURE.fullmatch(nfkc(before).strip()) is not None
            )
        ):
            # one blank (a PDF's full-width blank as an extractor gives it) only after 担当課 names,
            # or after a value (「策定時（R4）：85手続 目標（R9）：300手続」「【現状値】R5 18％ 【目標値】R9 40％
            # （指標：…）」)
            continue
        if second is None or _LABEL_LINE.match(rest) is None:
            continue
        one, two = first[0].split(":")[0], second[0].split(":")[0]
        if one in ("budget", "schedule", "target", "actual") and _YEAR_LABEL.match(nfkc(rest)):
            continue  # 「［事業費］R7：5,200千円　R8：4,800千円」: the next year of the same field
        if (
            (one == two and second[0] != "departments:related" and not _two_years(first[0], second[0]))
            or (one == "indicator" and two in _VALUE_ROLES)
            or one in ("title", "code")
        ):
            continue  # (「主管課：…　関係課：…」 are two fields: the second names the 課 that work with it)
        return [text[: gap.start()], *split_fields(rest)]
    return _split_values(text, first[0]) or [text]


def _two_years(one: str, two: str) -> bool:
    """Whether two values' labels name two years of one measure (「実績値（Ｒ５）：９．６％ 実績値（Ｒ６）：１４．２％」): two
    fields, where a 工程's 「R5：検討 R6：試行」 after one label is one."""
    return one != two and one.startswith(_VALUE_ROLES) and ":" in one and ":" in two


def _split_wide(text: str, role: str) -> list[str] | None:
    """A line of two spaced fields a wide gap apart (「主管課　情報政策課　　　関係課　市民課、保険年金課」), as fields."""
    for gap in _WIDE_GAP.finditer(text):
        rest = text[gap.end() :]
        second = label_value(rest)
        if second is not None and second[0] != role and _spaced(rest) is not None:
            return [text[: gap.start()], *split_fields(rest)]
    return None


#: A gap wider than a label's blank: two full-width blanks or three blanks.
_WIDE_GAP = lazy_re(r"(?:\u3000{2,}|[ \t]{3,})(?=\S)")
#: The blanks between a label and its value set in columns: four or more (two full-width).
_WIDE_BLANKS = lazy_re(r"[ \t\u3000]*(?:\u3000{2}|[ \t]{4})[ \t\u3000]*")


def _split_values(text: str, role: str) -> list[str] | None:
    """「現状値　135手続（令和5年度）　目標値　400手続（令和11年度）」: two values, each after its label and a
    blank, no colon — as two fields; None for any other line."""
    if not role.startswith(_VALUE_ROLES):
        return None
    for gap in _GAP_BEFORE_VALUE.finditer(text):
        rest = text[gap.end() :]
        second = label_value(rest)
        before = text[: gap.start()]
        if (
            second is not None
            and second[0].startswith(_VALUE_ROLES)
            and second[0].split(":")[0] != role.split(":")[0]
            and _FIGURE_AT_END.search(nfkc(before)) is not None
        ):
            return [before, *split_fields(rest)]
    return None


#: A wide blank before a value's label written without a colon (「　目標値　400手続」).
_GAP_BEFORE_VALUE = lazy_re(r"(?:[ \t]{2,}|　+)(?=(?:基準値|現状値|目標値|実績値|現状|目標|実績)\s)")
#: A figure (with its unit and year in brackets) closing a value: 「135手続（令和5年度）」, or no figure: 「－
#: （令和7年度開始）」 (NFKC).
_FIGURE_AT_END = lazy_re(r"(?:\d[\d,.]*\s*[^\s\d()]{0,4}|[-－―ー—]|なし)\s*(?:\([^()]{1,12}\))?\s*$")


def _split_spaced(text: str, role: str) -> list[str]:
    """A line of fields a viewer copied one blank apart (「取組番号 1-1 担当部署 市民生活部　市民課」):
    cut before a second label where the first field's value is one word (a code) or the second is
    a 担当課 label followed by department names."""
    words = text.split(" ")
    for at in range(2, len(words)):
        rest = " ".join(words[at:])
        second = label_value(rest)
        if second is None or second[0] == role or classify(words[at], loose=False) is None:
            continue
        departments = second[0] in ("departments", "departments:related")  # (「主管課 市民課 関係課 税務課」)
        named = continues_departments(second[1]) or second[1].strip() in ("－", "-", "―", "ー", "—")  # (「関係課 －」)
        if (at == 2 and role == "code") or (departments and named):
            return [" ".join(words[:at]), *split_fields(rest)]
    return [text]


def continues_departments(text: str) -> bool:
    """Whether a line under a 担当課 field goes on with department names (「関係各課」 on a line of its own),
    not with the item's prose (「子育て・福祉の手続を中心に、…」 after 「担当課：情報政策課、市民課」)."""
    return bool(only_departments(split_departments(text)))


def _bare_label(text: str) -> str | None:
    """The role of a line that is only a label (「取組名」「基準値」), as a card table's cells come out
    of a PDF without its layout: the labels of a row, then their values."""
    if len(text) > 14 or marker(text) is not None:
        return None
    column = classify(text, loose=False)
    if column is None or column.fy is not None:  # a year alone is a value (a 工程's year)
        return None
    return column.role


#: The header of a two-column table of labels and values (「項目 | 内容」): no field, also when plain
#: ``pdftotext`` gives 「項目」 over the labels and 「内容」 over the values.
_LABEL_TABLE_HEADER = ("項目", "内容")


def _label_table_headers(lines: list[Line]) -> set[int]:
    """Indexes of the 「項目」 lines and the 「内容」 line after each (before the next numbered line)."""
    out: set[int] = set()
    opened: int | None = None
    for at, line in enumerate(lines):
        word = key(line.text)
        if word == _LABEL_TABLE_HEADER[0]:
            opened = at
        elif word == _LABEL_TABLE_HEADER[1] and opened is not None:
            out |= {opened, at}
            opened = None
        elif marker(line.text) is not None:
            opened = None
    return out


def _bare_labels_pair(blocks: list[Any], *, titled: bool = True) -> bool:
    """Whether labels standing alone on their lines are a card's labels, each taking one line after
    them: three roles or more, a title among them (not a word such as 「主な取組」 over a list of
    bullets) — or, for items whose title is their numbered heading (``titled=False``), a 担当課 — and no
    line left over after a run of values (a value broken over two lines would pair every label after it
    with the wrong line: then nothing is paired)."""
    lines = [b for b in blocks if isinstance(b, Line)]
    headers = _label_table_headers(lines)
    lines = [line for at, line in enumerate(lines) if at not in headers]
    roles = {role for b in lines if (role := _bare_label(b.text))}
    if ("title" if titled else "departments") not in roles or len(roles) < 3:
        return False
    pending, pairing = 0, False
    for line in lines:
        if not titled and _bare_heading(line.text):
            pending, pairing = 1, True  # 「取組６」: its title is among the values that follow
        elif _bare_label(line.text) is not None:
            pending += 1
            pairing = True
        elif pending and label_value(line.text) is None:
            pending -= 1
        elif pairing and marker(line.text) is None and label_value(line.text) is None:
            return False  # a line left over after the values
        else:
            pending, pairing = 0, False
    return True


def _bare_heading(text: str) -> bool:
    """A numbered heading without its title (「取組６」), which plain ``pdftotext`` may set among the
    labels of the table under it, the title among their values."""
    found = marker(text.strip())
    return found is not None and not found.rest and found.kind.startswith("word:")


#: The most characters a step of a 工程 written a cell a line may have (「対象手続の選定」, not a sentence).
_STEP = 16


def _step(text: str) -> bool:
    """Whether a line alone is a step of a 工程 (「検討」「●」「対象手続の選定」): short, one word, no label, no field."""
    text = text.strip()
    return (
        0 < len(text) <= _STEP
        and not _BLANK.search(text)
        and _bare_label(text) is None
        and _year_of(text) is None
        and marker(text) is None
        and label_value(text) is None
    )


def _after_steps(blocks: list[Any], at: int) -> bool:
    """Whether what follows a 工程's steps ends them as a card goes on: nothing, a label, a field, a numbered
    heading or a note — not a line of text (a table's header of years over its first row: 「R9」「電子申請の拡充」
    「子育て・介護・税の手続を中心に、電子」), nor one more step than the years have."""
    if at >= len(blocks) or not isinstance(blocks[at], Line):
        return True
    text = blocks[at].text.strip()
    if _step(text):
        return False
    return _bare_label(text) is not None or label_value(text) is not None or marker(text) is not None or text[:1] in "※*＊"


def years_over_steps(blocks: list[Any]) -> list[Any]:
    """``blocks`` with a 工程 written a cell a line — its years (three or more, rising), its label before or after
    them, then its steps (「令和6年度」…「令和10年度」「工程」「検討」「導入」…: a card's table copied out of a PDF viewer)
    — as one field 「工程：令和6年度：検討　令和7年度：導入…」, the steps laid over the years from the first (which years
    fewer steps than years are of the text does not say)."""
    lines = [isinstance(b, Line) for b in blocks]
    out: list[Any] = []
    at = 0
    while at < len(blocks):
        label_first = lines[at] and _bare_label(blocks[at].text) == "schedule"
        start = at + 1 if label_first else at
        years: list[str] = []
        while start + len(years) < len(blocks) and lines[start + len(years)]:
            text = blocks[start + len(years)].text.strip()
            found = _year_of(text)
            if found is None or (years and found[0] <= (_year_of(years[-1]) or (0, None))[0]):
                break
            years.append(text)
        after = start + len(years)
        label_after = not label_first and after < len(blocks) and lines[after] and _bare_label(blocks[after].text) == "schedule"
        steps_at = after + 1 if label_after else after
        steps: list[str] = []
        while len(steps) < len(years) and steps_at + len(steps) < len(blocks) and lines[steps_at + len(steps)]:
            if not _step(blocks[steps_at + len(steps)].text):
                break
            steps.append(blocks[steps_at + len(steps)].text.strip())
        end = steps_at + len(steps)
        if len(years) < 3 or not (label_first or label_after) or not steps or not _after_steps(blocks, end):
            out.append(blocks[at])
            at += 1
            continue
        label = blocks[at if label_first else after]
        pairs = "　".join(f"{year}：{step}" for year, step in zip(years, steps, strict=False))
        out.append(Line(f"{label.text.strip()}：{pairs}", label.location))
        at = steps_at + len(steps)
    return out


def paired_label_lines(blocks: list[Any]) -> list[Any]:
    """``blocks`` with labels standing alone on their lines joined to the lines after them, in order
    (「担当課」「成果指標」「住民課」「電子申請の件数」 → 「担当課：住民課」「成果指標：電子申請の件数」): a table
    of labels and values under a numbered heading, as plain ``pdftotext`` gives it (the labels, then
    their values). Unchanged unless every run of values matches its labels (``_bare_labels_pair``) — but for a
    担当課 label over its department names (``_department_labels_joined``)."""
    blocks = years_over_steps(blocks)
    lines = [b for b in blocks if isinstance(b, Line)]
    if not _bare_labels_pair(blocks, titled=False):
        return _department_labels_joined(blocks)
    headers = {id(lines[at]) for at in _label_table_headers(lines)}
    out: list[Any] = []
    pending: list[Line] = []
    for block in blocks:
        if id(block) in headers:
            continue
        if isinstance(block, Line):
            if _bare_heading(block.text):
                pending = [block]
                continue
            if _bare_label(block.text) is not None:
                pending.append(block)
                continue
            if pending and label_value(block.text) is None:
                label = pending.pop(0)
                glue = " " if _bare_heading(label.text) else "："
                out.append(Line(f"{label.text.strip()}{glue}{block.text.strip()}", label.location))
                continue
            out += pending  # labels no value followed: kept as they stand
            pending.clear()
        out.append(block)
    return out + pending


#: Roles of a prose field a card may set in a column beside its other fields (a Word table of two columns).
_SIDE_PROSE = ("summary", "actions", "purpose")


def interleaved_columns(blocks: list[Any]) -> list[Any]:
    """``blocks`` with a card's two columns put apart where plain ``pdftotext`` interleaved them a printed
    line each: 「【内容】」 alone heads the right column, and then a left line (a field 「【取組名】マイナンバー
    カードを活」, or the rest of one 「用した証明書のコンビニ交付」) and a right line (「住民票の写しや…」)
    alternate until the right column's text ends. The left lines are joined to the fields they wrap, and
    the right column's lines become the 「【内容】」 field's value. A card whose 「【内容】」 is followed by its
    text, or by fields with no lines between them, is left as it is."""
    out: list[Any] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        found = label_value(block.text) if isinstance(block, Line) else None
        if found is None or found[0] not in _SIDE_PROSE or found[1].strip():
            out.append(block)
            at += 1
            continue
        left: list[Line] = []
        right: list[str] = []
        end, expect_left, right_done, pairs = at + 1, True, False, 0
        while end < len(blocks) and isinstance(blocks[end], Line):
            text = blocks[end].text
            field = label_value(text)
            if (field is not None and (field[0] == "code" or field[0] in _SIDE_PROSE)) or (
                field is None and marker(text) is not None
            ):
                break  # the next card, or a heading
            if not left and field is None:
                break  # the 内容's own text under its label: no columns side by side
            if expect_left or right_done or field is not None:
                right_done = right_done or not expect_left  # a field where the right column's line was due
                if field is None:
                    last = left[-1]
                    left[-1] = Line(last.text + text.strip(), last.location)
                else:
                    left.append(blocks[end])
                expect_left = False
            else:
                right.append(text.strip())
                pairs += 1
                expect_left = True
            end += 1
        if pairs < 2:
            out.append(block)
            at += 1
            continue
        out += left
        out.append(Line(f"{block.text.strip()}{''.join(right)}", block.location))
        at = end
    return out


def _labels_over_values(blocks: list[Any]) -> bool:
    """Whether labels alone on their lines each stand over their own value, on the lines under it up to the next label
    (「事業名」「電子申請の拡充」「所管」「総務部 デジタル推進課」「年度別計画」「R7」「対象手続の拡大」「R8」…: a card table of
    two columns, a cell a line, as plain ``pdftotext`` gives it): three roles or more, a title among them, and a
    label seldom right under another (labels in a row over their values are ``_bare_labels_pair``'s)."""
    labels = [at for at, block in enumerate(blocks) if isinstance(block, Line) and _own_label(block.text)]
    roles = {(_own_label(blocks[at].text) or "").split(":")[0] for at in labels}
    mixed = len(labels) >= 4 and len(roles) >= 2 and roles <= _REPORTED and _titled_by_lines(blocks)
    if mixed:
        # 「取組項目1:職員の意識改革」 then 「目標1_…:800人/年」「実績」「912人」「進捗」「A」 (a web page's progress list): the
        # title and targets on labelled lines, only the labels of what is reported alone over their values
        roles.add("title")
    if "title" not in roles or len(roles) < 3:
        return False
    # a label over one of its own kind heads it (「成果指標」 over 「指標名」): neither stacked nor a label of no value
    headings = {at for at in labels if _heads_its_kind(blocks, at)}
    labels = [at for at in labels if at not in headings]
    if mixed:
        # among labelled lines a label with no line of its own under it — right over another (「実績」 over 「進捗」
        # 「第2期計画での継続」), or the last — is a field left empty
        labels = [at for at in labels if _value_lines(blocks, at + 1)]
    stacked = sum(1 for at in labels if at + 1 < len(blocks) and isinstance(nxt := blocks[at + 1], Line) and _own_label(nxt.text))
    # a value of a few lines (a 年度別計画 of three years, a line each and its step): not lines by the dozen, as a
    # title set vertically gives one character a line between words that happen to be labels
    runs = [_value_lines(blocks, at + 1) for at in labels]
    short = sum(1 for run in runs if 1 <= run <= 8)
    return stacked * 10 <= len(labels) and short * 10 >= len(labels) * 9


#: The labels of what a progress report gives for each target (its 実績, its grade, its rate).
_REPORTED = frozenset({"actual", "evaluation", "rate"})


def _titled_by_lines(blocks: list[Any]) -> bool:
    """Whether two lines or more are a title's label and its value (「取組項目1:職員の意識改革」「取組名：…」)."""
    found = 0
    for block in blocks:
        if isinstance(block, Line) and (field := label_value(block.text)) is not None and field[0] == "title":
            found += 1
            if found >= 2:
                return True
    return False


def _cells_apart(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each line that opens with a label or a year cut into its cells a line each, as a 事業シート's rows
    come copied with single blanks between their cells (「活動指標 指標名 オンライン化した手続数」「 単位 手続」
    「 令和６年度 120」: 「活動指標」「指標名」「オンライン化した手続数」 …), so that the rules for cells a line each read
    them; ``blocks`` itself unless two lines or more are a group's (a label over a label of its kind: 「活動指標 指標名」)."""
    out: list[Any] = []
    grouped = 0  # rows of a group of labels (「活動指標 指標名 …」): the sign of such a sheet
    for block in blocks:
        if not isinstance(block, Line):
            out.append(block)
            continue
        cells = block.text.strip(" ").split(" ", 1)
        first = cells[0].strip()
        if len(cells) < 2 or not cells[1].strip() or not (_own_label(first) or _year_of(first)):
            out.append(block)
            continue
        rest = cells[1].strip(" ")
        second = rest.split(" ", 1)
        if (role := _own_label(first)) and len(second) == 2 and _own_label(second[0]) == role and second[1].strip():
            pieces = [first, second[0], second[1].strip()]  # 「活動指標 指標名 …」: a group, its row's label, the value
            grouped += 1
        else:
            pieces = [first, rest]
        out += [Line(piece, block.location) for piece in pieces]
    return out if grouped >= 2 else blocks


def _heads_its_kind(blocks: list[Any], at: int) -> bool:
    """Whether the label at ``at`` stands right over a label of its own role that its value follows (「活動指標」 over
    「指標名」「オンライン化した手続数」): a heading of the rows under it, not a label waiting for its value (nor the
    labels of a table's header in a row: 「基本目標」「施策」「取組番号」)."""
    below = blocks[at + 1 : at + 3]
    role = _own_label(blocks[at].text)
    return (
        role is not None
        and len(below) == 2
        and all(isinstance(line, Line) for line in below)
        and _own_label(below[0].text) == role
        and not _own_label(below[1].text)
    )


_BRACKETED = lazy_re(r"[（(][^（）()]*[）)]")


def _own_label(text: str) -> str | None:
    """The role of a line that is only a label, its year too (「目標値（R10）」: "target:2028"); a year alone (「R7」) is
    a value, a 工程's year; a line in brackets (「（令和６年度～令和８年度）」 under a title) is a note."""
    role = _bare_label(text)
    if role is not None:
        return role
    text = text.strip()
    if len(text) > 16 or _year_of(text) is not None or marker(text) is not None or _BRACKETED.fullmatch(text):
        return None
    column = classify(text, loose=False)
    return f"{column.role}:{column.fy}" if column is not None and column.fy is not None else None


def _value_lines(blocks: list[Any], at: int) -> int:
    """How many lines follow ``at`` before the next label or block that is not a line."""
    count = 0
    while at + count < len(blocks) and isinstance(line := blocks[at + count], Line) and not _own_label(line.text):
        count += 1
    return count


#: Numberings of a list's entries inside one value (「①…」「(1)…」「ア …」), not of a heading after it.
_ENTRY_KINDS = ("circled", "paren", "kana", "paren_kana")


def _labels_joined(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each label alone on its line joined to the lines under it up to the next label, a numbered
    heading or a table (「所管：総務部 デジタル推進課」); a year alone on its line goes with the line after it (「R7
    対象手続の拡大」), and a year over 「－」 is no step. Lines a label-and-value line (「担当課：…」) stand apart.

    Under an indicator's label (「指標名」「単位」) the years and figures after its value are the indicator's plan by
    year (「令和６年度」「120」: 「目標値（令和６年度）：120」, as a 事業シート's 活動指標 gives them), and 「基準年度」
    「令和５年度」 dates the 「基準値」 before it (「基準値（令和５年度）：8,400」); a label heading those rows (「活動指標」
    over 「指標名」) is left out."""
    out: list[Any] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        at += 1
        role = _own_label(block.text) if isinstance(block, Line) else None
        if role is None:
            out.append(block)
            continue
        if _heads_its_kind(blocks, at - 1):
            continue  # 「活動指標」 over 「指標名」: the rows under it say what it heads
        values: list[str] = []
        while at < len(blocks):
            line = blocks[at]
            if not isinstance(line, Line) or _own_label(line.text) or label_value(line.text) is not None:
                break
            found = marker(line.text)
            if values and found is not None and found.kind not in _ENTRY_KINDS and _year_of(line.text.strip()) is None:
                break  # 「施策１－２ 窓口サービスの向上」 after the last value (not 「②RPAによる年間削減時間」, its next entry)
            text = line.text.strip()
            if values and role in _INDICATOR_ROLES and _year_of(text) is not None:
                break  # the indicator's figures by year follow its name or unit
            at += 1
            if _year_of(text) is not None and at < len(blocks) and isinstance(blocks[at], Line):
                step = blocks[at].text.strip()
                if not _own_label(step) and _year_of(step) is None:
                    at += 1
                    if not is_no_value(step):
                        values.append(f"{text} {step}")
                    continue
            values.append(text)
        if not values and (at == len(blocks) or (isinstance(nxt := blocks[at], Line) and _own_label(nxt.text))):
            continue  # a field left empty (「実績」 right over 「進捗」, or last): no text to run on into the field before
        if not values:
            out.append(block)
            continue
        dated = _dating(out, block, values) if len(values) == 1 else None
        if dated is not None:
            out[-1] = dated
            continue
        # a 担当課 cell wrapped inside a name (「市民課、情」「報政策課」) is closed up, as a table's cells are
        value = _join_cells(values) if role.startswith("departments") else "、".join(values)
        label = block.text.strip()
        out.append(Line(f"{label}{'' if label[-1:] in '】]］〕>＞》〉' else '：'}{value}", block.location))
        if role in _INDICATOR_ROLES:
            at = _yearly_plan(blocks, at, out)
    return out


#: The labels of an indicator's own rows in a 事業シート (「指標名」「単位」), the figures by year under them its plan.
_INDICATOR_ROLES = ("indicator", "unit")


def _yearly_plan(blocks: list[Any], at: int, out: list[Any]) -> int:
    """Append to ``out`` the indicator's figures by year from ``at`` (「令和６年度」「120」 a line each: 「目標値（令和６年度）：
    120」; 「－」 nothing that year); where they end."""
    while at + 1 < len(blocks) and isinstance(year := blocks[at], Line) and isinstance(value := blocks[at + 1], Line):
        if _year_of(year.text.strip()) is None or _own_label(value.text) or _year_of(value.text.strip()) is not None:
            break
        if not is_no_value(value.text.strip()):
            out.append(Line(f"目標値（{year.text.strip()}）：{value.text.strip()}", year.location))
        at += 2
    return at


def _dating(out: list[Any], label: Line, values: list[str]) -> Line | Table | None:
    """The block at ``out``'s end dated by ``label`` (「基準年度」「令和５年度」 after 「基準値：8,400」: 「基準値（令和５年度）：
    8,400」; after a table of one row whose 基準値 it dates, the table with its column added), None where ``label``
    dates nothing there."""
    column = classify(label.text.strip(), loose=False)
    if column is None or column.role != "year" or column.of is None or _year_of(values[0]) is None or not out:
        return None
    before = out[-1]
    if isinstance(before, Table) and len(before.rows) == 2 and column.of in (_label(c.text) for c in before.rows[0]):
        head, row = before.rows
        return Table(
            rows=[[*head, Cell(label.text.strip())], [*row, Cell(values[0])]],
            location=before.location,
            row_locations=before.row_locations,
            header_rows=before.header_rows,
        )
    found = label_value(before.text) if isinstance(before, Line) else None
    if found is None or found[0] != column.of:
        return None
    name, _, value = before.text.partition("：")
    return Line(f"{name.strip()}（{values[0]}）：{value}", before.location)


def _department_labels_joined(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each 担当課 label alone on its line joined to the department names on the lines under it
    (「主管課」「デジタル推進課」「関係課」「市民課、税務課」: 「主管課：デジタル推進課」「関係課：市民課、税務課」), a card's
    label and value cells copied a line each among fields of other shapes (a title over two lines, a KPI table) that
    no whole-card rule pairs. Only a label that follows no other label (not one of a row of labels over their
    values) and only names of departments: a title or a figure under it is another field's value."""
    out: list[Any] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        at += 1
        before = out[-1] if out else None
        if not (
            isinstance(block, Line)
            and _bare_label(block.text) == "departments"
            and not (isinstance(before, Line) and _bare_label(before.text))
        ):
            out.append(block)
            continue
        names: list[str] = []
        while at < len(blocks) and isinstance(line := blocks[at], Line) and _bare_label(line.text) is None:
            text = line.text.strip()
            if not names and is_no_value(text):  # 「関係課」「－」: none
                names.append(text)
                at += 1
                break
            if label_value(text) is not None or marker(text) is not None or not continues_departments(text):
                break
            names.append(text)
            at += 1
        label = block.text.strip()
        glue = "" if label.endswith(("】", "］", "]", "〕")) else "："  # 「【担当課】収納課」 as the card writes it on one line
        out.append(Line(f"{label}{glue}{'、'.join(names)}", block.location) if names else block)
    return out


#: A heading of the plan's guide to its own pages: 「取組の見方」「計画の見方」「シートの読み方」「凡例」. What it is over
#: explains the fields (若草野町's 「４．取組の見方」 over 「【取組】 | 取組の番号（基本方針の番号－取組の番号）と名称」「【担当課】
#: | 取組を担当する課」, batch 35): no card (``_fields``), no item's detail (``outline``).
READING_GUIDE = lazy_re(r"(?:の見方|の読み方|凡例)\s*$")


def _fields(
    document: Document, blocks: list[Block] | None = None, tables: list[int] | None = None
) -> list[tuple[str, str, Location] | tuple[str, None, Location]]:
    """The document as a stream of (role, value, where) fields and ("heading", None, where) marks.

    Labels alone on their lines take the lines after them as values, in order (「取組名」「担当課」
    「電子申請の推進」「デジタル推進室」), as ``pdftotext`` without -layout gives a card table."""
    stream: list[Any] = []
    blocks = years_over_steps(interleaved_columns(reading_blocks(document) if blocks is None else blocks))
    # each label over its own value (a value of some lines), else labels in a row over their values a line each
    joined = _labels_over_values(blocks)
    if not joined and (apart := _cells_apart(blocks)) is not blocks and _labels_over_values(apart):
        blocks, joined = apart, True  # a 事業シート copied with single blanks: read as its cells a line each
    if joined:
        blocks = _labels_joined(blocks)
    pairing = not joined and _bare_labels_pair(blocks)
    if not joined and not pairing:
        blocks = _department_labels_joined(blocks)
    pending: list[tuple[str, Location]] = []
    # under a heading of the plan's guide to its pages (READING_GUIDE) its legend's lines explain the labels, no card: each
    # label once — a label met again is a card's (a guide's heading with the cards straight after it, no heading between,
    # had hidden them all); a legend of a card or a table is told by what it says (``_legend``)
    guide = False
    explained: set[str] = set()
    for block in blocks:
        if isinstance(block, Line) and pairing:
            role = _bare_label(block.text)
            if role is not None:
                pending.append((role, block.location))
                continue
            if pending and label_value(block.text) is None:
                role, where = pending.pop(0)
                stream.append((role, block.text, where))
                continue
            pending.clear()
        if isinstance(block, Card):
            for label, text in block.fields:
                column = classify(label)
                if column is not None:
                    stream.append((column.role, text, block.location))
        elif isinstance(block, Table):
            # a chapter's KPI table by the cards' numbers is joined to them after (tables.join_coded_kpi)
            rows = [] if coded_kpi_header(block) is not None else table_fields(block)
            if tables is not None:  # which table each field comes from (-1: none), in step with the stream
                tables += [-1] * (len(stream) - len(tables)) + [id(block)] * len(rows)
            stream.extend(rows)
        elif isinstance(block, Line):
            for part in split_fields(block.text):
                found = label_value(part)
                if found is not None:
                    if guide and found[0] in explained:
                        guide = False
                    if guide:
                        explained.add(found[0])
                    else:
                        stream.append((found[0], found[1], block.location))
                elif (numbered := marker(part)) is not None and len(part) <= 60:
                    if not part.endswith("。"):  # (「第４章では、…記載しています。」 under the guide is its prose)
                        guide = READING_GUIDE.search(numbered.rest) is not None
                        explained.clear()
                    stream.append(("heading", part, block.location))
                else:
                    stream.append(("text", part, block.location))
    if tables is not None:
        tables += [-1] * (len(stream) - len(tables))
    return stream


def _label(text: str) -> str | None:
    """The role (with its year: "target:2024") of a label cell, None for a value cell."""
    if not text or len(text) > 16:
        return None
    column = classify(text)
    if column is None:
        return None
    return column.role if column.fy is None else f"{column.role}:{column.fy}"


_HALF_ONLY = lazy_re(r"[()（）]|前期|後期|上期|下期|上半期|下半期")


def _year_of(text: str) -> tuple[int, int | None] | None:
    """(fiscal year, half) of a cell that is only a year: 令和5年度, R6, 令和5年度(前期)."""
    if not text or len(text) > 16:
        return None
    found = year_in(text)
    if found is None or _HALF_ONLY.sub("", key(found[1])):
        return None
    half = parse_fy(text)
    return found[0], half[1] if half else None


def _join_cells(values: list[str]) -> str:
    """The value cells of a label, joined: a word the extraction split over two cells (「関 | 係各課」
    「オンライン申請 | 対応手続の拡大」) is closed up, two names (「総務課 | 企画課」) stay apart."""
    out = values[0]
    for value in values[1:]:
        last = out.split(" ")[-1]
        glue = bool(out) and ord(out[-1]) > 0x7F and ord(value[0]) > 0x7F
        if glue and not is_department(last) and not out.endswith(("、", "，", "。")):
            out += value
        else:
            out += " " + value
    return out


_VALUE_ROLES = ("baseline", "target", "actual")


def _yearly_targets(texts: list[str], roles: list[str | None]) -> list[str | None]:
    """A KPI header's roles, a year alone among them (「R7」 between 「R5（基準）」 and 「R9（目標）」)
    the column of that year's target."""
    return [
        f"target:{found[0]}"
        if (found := _year_of(text)) is not None and not (role or "").startswith(_VALUE_ROLES)
        else role
        for text, role in zip(texts, roles, strict=True)
    ]


def _dating_columns(texts: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with each column that dates another's value (「基準年度」 beside 「基準値」, 「目標年度」) as
    "dates:baseline" / "dates:target": no column of years of a table of 年度 rows."""
    out = list(roles)
    for j, (text, role) in enumerate(zip(texts, roles, strict=True)):
        if role == "year" and (column := classify(text)) is not None and column.of in _VALUE_ROLES:
            out[j] = f"dates:{column.of}"
    return out


def _is_kpi_header(texts: list[str], roles: list[str | None]) -> bool:
    """A small KPI table's header under a card: 「指標名 | 現状値（R5） | 目標値（R10）」, every cell a
    label (「R7」 alone between them a year's target); its first cell may name the block (「ＫＰＩ | 指標名
    | 単位 | …」), the rows under it leaving that cell empty."""
    named = [r.split(":")[0] for t, r in zip(texts, roles, strict=True) if t and r]
    if named.count("year") > 1:
        return False  # 「年度 | 令和5年度 | 令和6年度」 is a row of years
    if "schedule" in named and any(r in _VALUE_ROLES for r in named):
        # a year alone beside 基準 and 目標 (「R7」) is that year's target: every cell still a label
        return "indicator" in named and len(named) == sum(1 for t in texts if t)
    filled = sum(1 for t in texts if t)
    figures = sum(1 for r in named if r in _VALUE_ROLES)
    # one header cell no label names beside a name and two figures or more (「前年度比」 between 実績値 and
    # 目標値): a column of the table read past, not a row of values
    return (
        (len(named) == filled >= 2 or (filled - len(named) == 1 and figures >= 2))
        and "indicator" in named
        and figures > 0
    )


def _kpi_row(header: list[str | None], texts: list[str], where: Location) -> list[tuple[str, str, Location]]:
    """One indicator of a KPI table: its name first, then its values, as a card writes them. In a
    table of 年度 rows (「指標名 | 年度 | 目標 | 実績」, the name merged down) a row without a name
    goes on with the indicator above, its 目標 / 実績 for the row's year; the 区分 beside the name
    (活動指標 / 成果指標) says what kind of indicator it is, not a section of the plan."""
    cells = [(role, text) for role, text in zip(header, texts, strict=False) if role and text]
    year = next((found for role, text in cells if role == "year" and (found := _year_of(text))), None)
    # 「基準値 | 基準年度」: the year of the value its column dates
    dates = {role.split(":")[1]: found[0] for role, text in cells if role.startswith("dates:") and (found := _year_of(text))}
    name = [(role, text, where) for role, text in cells if role == "indicator"]
    measured = _measure_of(header, texts, [_label(t) for t in texts]) == "actual"
    values: list[tuple[str, str, Location]] = []
    for role, text in cells:
        if role in ("indicator", "year", "section") or role.startswith("dates:"):
            continue
        if measured and role.startswith("target:"):
            role = "actual:" + role.removeprefix("target:")  # the 実績 row: each year's actual
        if year is not None and role in ("target", "actual"):
            role = f"{role}:{year[0]}"
        elif role in dates:
            role = f"{role}:{dates[role]}"
        values.append((role, text, where))
    return name + values


def _measure_of(header: list[str | None], texts: list[str], roles: list[str | None]) -> str | None:
    """The measure a KPI table's row gives its years' figures — 「目標」 or 「実績」 in a column the header leaves
    unlabelled (栂池町's 評価シート, batch 41: 「区分 | 指標名 | 単位 | 基準値（R5） |  | R6 … R9」 over 「活動指標 | … | 目標
    | 40 | 60 …」 and 「 | | | | 実績 | 44」) — or None."""
    found = [
        role
        for j, (text, role) in enumerate(zip(texts, roles, strict=False))
        if text and j < len(header) and header[j] is None and role in ("target", "actual")
    ]
    return found[0] if len(found) == 1 else None


def _in_kpi_table(header: list[str | None], texts: list[str], roles: list[str | None]) -> bool:
    """Whether a row under a KPI table's header is one of its rows: its first cell a value (not
    the next label), or, in a table of 年度 rows, a year in the 年度 column; or the 実績 row under an indicator's 目標
    row, its 区分 and name merged down over both (``_measure_of``), whose figures stand under the years alone."""
    if texts and not texts[0] and _measure_of(header, texts, roles) is not None:
        yearly = [j for j, role in enumerate(header) if (role or "").startswith("target:")]
        if yearly and all(not text or j in yearly or roles[j] in ("target", "actual") for j, text in enumerate(texts)):
            return True
    if "year" in header:
        at = header.index("year")
        return at < len(texts) and _year_of(texts[at]) is not None
    if texts and texts[0] and header and header[0] == "section" and "indicator" in header[1:]:
        # under 「区分 | 指標名 | 単位 | R4実績 …」: the 区分 is the row's kind of indicator (活動指標 / 成果指標, words
        # the dictionary knows as labels); the row is the table's where its name is no label
        at = header.index("indicator")
        return at < len(texts) and bool(texts[at]) and roles[at] is None
    labelled = [role for role in header if role]  # the block's label may be merged over two slots
    if texts and not texts[0] and header and header[0] == "indicator" and labelled[1:2] == ["indicator"]:
        return any(texts[1:]) and not any(roles)  # under 「ＫＰＩ | 指標名 | …」: the label's cell left empty
    if texts and not texts[0] and header and header[0] == "indicator" and "indicator" in header[1:]:
        # under 「指標 | 区分 | 指標名 | …」, 指標 merged down: a 区分 (活動指標) is the row's, no label
        # (a unit or a name may read as a label: 「事業者」)
        return any(texts[1:]) and all(
            r is None or h in ("section", "unit", "indicator") for r, h in zip(roles, header, strict=False)
        )
    start = next((at for at, role in enumerate(header) if role), 0)
    if start and not any(texts[:start]):
        # the KPI table set in a card's value cell, right of its label merged down (a Word card printed: 「成果指標」
        # over two rows, the table's header and rows beside it): a row of values under its header, no label
        return any(texts[start:]) and not any(roles[start:])
    return bool(texts and texts[0] and roles[0] is None)


#: Blocks of a 事業シート whose rows name their values by a second label or a year.
_GROUPS = ("budget", "schedule", "indicator")


def _grouped_row(
    group: str | None, texts: list[str], roles: list[str | None], fields: list[tuple[str, str, Location]]
) -> tuple[str, str] | tuple[()] | None:
    """A row of a block in a 事業シート: 「事業費（千円） | 令和６年度 | 4,800」 and the rows under it with the
    label's cell left empty 「 | 令和７年度 | 5,200」, 「成果指標 | 指標名 | …」 「 | 単位 | 件」 「 | 基準値 | 8,400」
    「 | 基準年度 | 令和５年度」: (role, value) of the field it is, () where it dates the field before it
    (基準年度 the 基準値: that field is rewritten), None for a row of no such block."""
    if group not in _GROUPS:
        return None
    cells = [(t, r) for t, r in zip(texts[1:], roles[1:], strict=False) if t]
    if len(cells) != 2 or (texts[0] and roles[0] is None):
        return None
    (label, role), (value, _) = cells
    fy = _year_of(label)
    if fy is not None and is_no_value(value):
        return ()  # 「 | 令和８年度 | －」: nothing that year
    if fy is not None:
        if group == "budget":
            return "budget", f"{label} {value}"
        if group == "schedule":
            return f"schedule:{fy[0]}" + (f":{fy[1]}" if fy[1] else ""), value
        return f"target:{fy[0]}", value  # 活動指標 「令和６年度 | 120」: that year's 計画値
    column = classify(label) if role is not None else None
    if column is None or group != "indicator":
        return None
    if column.role == "year" and column.of and (year := _year_of(value)) is not None:
        for at in range(len(fields) - 1, -1, -1):  # 「基準年度 | 令和５年度」: the year of the 基準値 above
            if fields[at][0] == column.of:
                fields[at] = (f"{column.of}:{year[0]}", fields[at][1], fields[at][2])
                break
        return ()
    return (role or column.role), value


def _measure_row(
    texts: list[str], roles: list[str | None], years: dict[int, tuple[int, int | None]], header: list[str | None]
) -> list[tuple[str, str]]:
    """The fields of a row under a row of years that says which of its indicator's values it gives (「目標値」「実績値」 in a
    cell before the years, the indicator's name and unit on its first row: 「活動指標 | 講座の開催回数 | 回 | 目標値 | 12 |
    24」, 「 | | | 実績値 | 10 | 25」): the indicator (its name under the header's 指標名, its unit under 単位) and each year's
    value of that kind; none for any other row."""
    first = min(years)
    measures = [j for j, role in enumerate(roles[:first]) if role in ("target", "actual")]
    if len(measures) != 1 or any(text and j not in years for j, text in enumerate(texts) if j > measures[0]):
        return []
    out: list[tuple[str, str]] = []
    for j in range(measures[0]):
        role = header[j] if j < len(header) else None
        if texts[j] and roles[j] is None and role in ("indicator", "unit"):
            out.append((role, texts[j]))
    measure = roles[measures[0]]
    return out + [
        (f"{measure}:{fy}", texts[j]) for j, (fy, _) in years.items() if j < len(texts) and texts[j]
    ]


def _money_years(texts: list[str], roles: list[str | None]) -> dict[int, tuple[int, int | None]]:
    """The columns of a row of a year's money each (「３　コスト（千円） | R5決算 | R6決算見込 | R7予算」, over 「事業費 |
    12,400 | 9,860 | 8,200」): two or more, every cell after the first a year's budget label; else none."""
    dated: dict[int, tuple[int, int | None]] = {
        j: (int(role.split(":")[1]), None) for j, role in enumerate(roles) if role and role.startswith("budget:")
    }
    rest = [j for j, text in enumerate(texts) if j and text]
    return dated if len(dated) >= 2 and all(j in dated for j in rest) else {}


#: The unit of the money a block heads (「３　コスト（千円）」): in brackets, 千円 / 百万円 / 円.
_MONEY_UNIT = lazy_re(r"[(（]\s*(千円|百万円|万円|円)\s*[)）]")


def _money_unit(text: str) -> str:
    """The unit in brackets in a money block's first cell (「３　コスト（千円）」 → 千円), else ""."""
    found = _MONEY_UNIT.search(text)
    return found.group(1) if found else ""


def _steps_under(years: dict[int, tuple[int, int | None]], texts: list[str]) -> bool:
    """A row of steps under a row of years from the first column on (「R7 | R8 | R9 | R10」 under a
    【スケジュール】 line): each cell under a year, each a short step (「システム構築」「→」), not prose."""
    filled = [j for j, t in enumerate(texts) if t]
    order = [(fy, half or 0) for fy, half in (years[j] for j in sorted(years))]  # (「R6」 beside 「R6 前期」: no half)
    rising = all(a < b for a, b in zip(order, order[1:], strict=False))  # not pieces of a header set vertically
    return 0 in years and rising and bool(filled) and all(j in years and len(texts[j]) <= 20 for j in filled)


def _numbered_title(texts: list[str]) -> tuple[str, str] | None:
    """(code, title) of a card's title row, its one cell a numbered 取組 (「取組１－１ 行政手続のオンライン化」
    over the card's 担当課, 工程 … rows): the word before the number is a title label."""
    filled = [t for t in texts if t]
    if len(filled) != 1 or not texts[0] or _label(texts[0]) is not None:
        return None
    found = marker(texts[0])
    if found is None or not found.rest or not found.kind.startswith("word:"):
        return None
    column = classify(found.kind.removeprefix("word:"), loose=False)
    if column is None or column.role != "title":
        return None
    code = nfkc(found.number).removeprefix(nfkc(found.kind.removeprefix("word:"))).strip()
    return code, found.rest


def _heads_data(table: Table) -> bool:
    """Whether a table's first row is the header of rows of data, not a card's label and value: one label among words
    of no label or year (a KPI table's 「指標名 | 基準値（R4） | …」 is read as one), over two rows or more, each of two cells
    or more, no cell of them a label nor a year (「項目 | 割合」 over 「平日の昼間しか手続ができない | 56.2％」, 「順位 | 取組
    | 割合」 over a survey's ranking, 「質問項目 | そう思う | …」, 「名称 | 構成 | 役割」 — batch 35's 若草野町, 檜山台市 and
    萩ノ台市, whose one 「項目」 each had made a card of a survey's table). Over rows whose first cell is no label, a
    header of more labels (琴浦野村's PDCA 「段階 | 内容 | 時期」 over 「Ｄｏ | 取組の実施 | 通年」: a card titled 「通年」) heads
    data as well, their other cells words a label may loosely look like (「取組の実施」) but none as written."""
    if not table.rows:
        return False
    first = [squash(c.own_text.replace("\n", " ")) for c in table.rows[0]]
    labels = sum(1 for t in first if t and _label(t))
    if not labels or any(t and _year_of(t) for t in first):
        return False
    rows = [[squash(c.own_text.replace("\n", " ")) for c in row] for row in table.rows[1:]]
    if len(rows) < 2 or any(sum(1 for t in texts if t) < 2 or any(t and _year_of(t) for t in texts) for texts in rows):
        return False
    if labels == 1:
        return not any(t and _label(t) for texts in rows for t in texts)
    if any(t and (_label(t) or "").split(":")[0] not in _WORDS_OF_A_STEP for t in first):
        return False  # 「指標名 | 現状値 | 目標値」: a KPI table's header, its rows the indicators
    return not any(
        (texts[0] and _label(texts[0])) or any(t and classify(t, loose=False) for t in texts) for texts in rows
    )


#: The roles of the labels heading a table of steps, no figure (「段階 | 内容 | 時期」).
_WORDS_OF_A_STEP = frozenset({"", "summary", "schedule", "note"})


def table_fields(table: Table) -> list[tuple[str, str, Location]]:
    """Label–value rows of a table: 「取組番号 | 1-1-1 | 取組名 | …」, 「担当課 | 情報政策課」, and a
    schedule under a row of years (「スケジュール | 令和5年度 | 令和6年度 …」 or the years above it)."""
    fields: list[tuple[str, str, Location]] = []
    years: dict[int, tuple[int, int | None]] = {}
    kpi_header: list[str | None] | None = None
    group: str | None = None  # the label merged down beside the rows of a block (事業費, 活動指標)
    money, money_unit = False, ""  # the row of years heads a 事業費 block (its unit), not the 工程
    dated: dict[int, str] = {}  # the columns of a row of years that name a value's role and year (基準値（R4）)
    header: list[str | None] = []  # the roles of that row's other cells (指標名, 単位)
    if _heads_data(table):
        return fields
    for i, row in enumerate(table.rows):
        where = table.row_location(i)
        texts = [squash(c.own_text.replace("\n", " ")) for c in row]
        roles = [_label(t) for t in texts]
        if _is_kpi_header(texts, dating := _dating_columns(texts, roles)):
            kpi_header = _yearly_targets(texts, dating)
            continue
        if kpi_header is not None and _in_kpi_table(kpi_header, texts, roles):
            fields += _kpi_row(kpi_header, texts, where)
            continue
        kpi_header = None
        if (numbered := _numbered_title(texts)) is not None:
            fields += [("code", numbered[0], where), ("title", numbered[1], where)]
            continue
        found = {j: y for j, t in enumerate(texts) if (y := _year_of(t)) is not None}
        spent = _money_years(texts, roles) if len(found) < 2 else {}
        if len(found) >= 2 or spent:
            years = found or spent
            # 「基準値（R4）」 before the years: its column holds the baseline of that year
            dated = {j: r for j, r in enumerate(roles) if j not in found and r and r.startswith("baseline:")}
            # 「事業費（千円） | R7 | R8」: the figures under the years are the money of each year
            money = bool(spent) or (bool(texts[0]) and roles[0] == "budget")
            money_unit = (column.unit or "") if money and (column := classify(texts[0])) is not None else ""
            money_unit = money_unit or _money_unit(texts[0])
            header = roles
            continue
        if years and texts[0] and roles[0] in ("target", "actual") and not money:
            # 「目標 | － | 60 | 90」「実績 | 31 | 64 | 93」 under 「 | 基準値（R4） | R5 | R6」: each year's value (the
            # 実績 under 基準値 the baseline)
            measure = roles[0]
            for j, text in enumerate(texts[1:], start=1):
                if not text or is_no_value(text):
                    continue
                if j in years:
                    fields.append((f"{measure}:{years[j][0]}", text, where))
                elif j in dated and measure == "actual":
                    fields.append((dated[j], text, where))
            continue
        if years and not money and (measured := _measure_row(texts, roles, years, header)):
            # 「活動指標 | 講座の開催回数 | 回 | 目標値 | 12 | 24」 then 「 | | | 実績値 | 10 | 25」: an indicator's values a row
            fields += [(role, text, where) for role, text in measured]
            continue
        # the years from the first column on (「R7 | R8 | R9 | R10」 under a 【スケジュール】 line): every cell below a step;
        # under a year's money a column, the row of its amounts (「事業費 | 12,400 | 9,860」)
        if years and (
            not texts[0]
            or _label(texts[0]) == "schedule"
            or _steps_under(years, texts)
            or (money and _label(texts[0]) == "budget")
        ):
            for j, (fy, half) in years.items():
                if j < len(texts) and texts[j]:
                    if money and not is_no_value(texts[j]):
                        amount = texts[j] if "円" in texts[j] else f"{texts[j]}{money_unit}"
                        fields.append(("budget", f"{fy}年度 {amount}", where))
                    elif money:
                        continue
                    else:
                        fields.append((f"schedule:{fy}" + (f":{half}" if half else ""), texts[j], where))
                elif not money and j < len(row) and row[j].origin == "left" and row[j].bar and row[j].text.strip():
                    # a bar drawn over a cell merged across years (「順次拡大」 over R8–R10): its word in each of them
                    step = squash(row[j].text.replace("\n", " "))
                    fields.append((f"schedule:{fy}" + (f":{half}" if half else ""), step, where))
            continue
        years = {}
        if texts and texts[0] and roles[0] is not None:
            group = roles[0].split(":")[0]
        elif texts and texts[0]:
            group = None
        grouped = _grouped_row(group, texts, roles, fields)
        if grouped is not None:
            if grouped:
                fields.append((grouped[0], grouped[1], where))
            continue
        j = 0
        while j < len(texts):
            role = _label(texts[j])
            if role is None:
                j += 1
                continue
            k, values = j + 1, []
            # a year alone after a 工程 label is its value (「スケジュール | 令和6年度」), not a label of its own
            while k < len(texts) and (
                not texts[k]
                or _label(texts[k]) is None
                or (role == "schedule" and _year_of(texts[k]) is not None)
            ):
                if texts[k]:
                    values.append(texts[k])
                k += 1
            if values:
                if role == "departments" and key(texts[j]) in _RELATED:
                    role = "departments:related"  # 「主管課 | … | 関係課 | …」: those who work with it
                fields.append((role, _join_cells(values), where))
            j = k
    return fields


def _heads_a_card(
    stream: list[tuple[str, str, Location]] | list[Any], tables: list[int] | None = None
) -> list[bool]:
    """For each field, whether a title follows it on the same sheet (or printed page, or in the same
    table: a 事業シート saved as text, a table a sheet) before the next section: a 施策 field after a
    card's 事業名 with no 事業名 after it (an evaluation sheet's 「施策 | 1-1 …」 row, one sheet or page
    a card) heads no card of its own and stays with the card it is in."""
    out = [False] * len(stream)
    title_next = False
    sheet: Any = object()
    for at in range(len(stream) - 1, -1, -1):
        role, _, location = stream[at]
        base = role.split(":")[0]
        unit = tables[at] if tables is not None and tables[at] != -1 else None
        # one table is one unit over a page break (a card cut by it: 「取組番号 | 2-3」 on page 2, its 取組名 on page 3)
        here = (location.sheet, unit) if unit is not None else (location.sheet, location.page, None)
        if here != sheet:
            # a card the page break cut into two tables: the next page's opens with its 取組名 (no code of its own)
            cut = at + 1 < len(stream) and _continues_on_next_page(location, stream[at + 1])
            sheet, title_next = here, title_next and cut
        out[at] = title_next
        if base == "title":
            title_next = True
        elif base == "section":
            title_next = False
    return out


def _continues_on_next_page(location: Location, following: tuple[str, Any, Location]) -> bool:
    """Whether the field ``following`` one at ``location`` is a card's 取組名 printed at the top of the next page."""
    role, _, where = following
    return (
        role.split(":")[0] == "title"
        and where.sheet == location.sheet
        and where.page is not None
        and location.page is not None
        and where.page == location.page + 1
    )


#: A heading set off by a mark, no number (「■ 事業費（千円）」「◆評価」「【成果指標】」): a short line.
_MARKED_PART = lazy_re(r"\s*(?:[■□◆◇●▼▽▶►]\s*\S.{0,28}|【[^】]{1,20}】)\s*")


#: What a 施策体系 field sets between its levels: 「１　行政サービスのデジタル化　＞　１－１　手続のオンライン化」.
_PATH_STEP = lazy_re(r"\s*[＞>≫»]\s*")


def _path_parts(text: str) -> list[str]:
    """The levels a section field names, outermost first (「基本目標１ ＞ 施策１－１」: two), else the field as it is."""
    return [part for part in _PATH_STEP.split(text) if part.strip()] or [text]


def _sheet_parts(stream: list[tuple[str, str, Location]] | list[Any]) -> list[bool]:
    """For each field, whether it is a heading of a sheet's own parts: on a sheet or printed page that is one card
    (a 事務事業評価シート, a 事業 a page), after the card's title with no title after it on that sheet or page
    (「２　指標の推移」「４　評価」 between its indicators and its grades, 「■ 事業費（千円）」 over its table). Such a
    heading is no section of the plan, nor a line of the field before it, and the card goes on under it."""
    out = [False] * len(stream)
    title_next = False
    sheet: Any = object()
    for at in range(len(stream) - 1, -1, -1):
        role, text, location = stream[at]
        if (location.sheet, location.page) != sheet:
            sheet, title_next = (location.sheet, location.page), False
        paged = location.sheet is not None or location.page is not None
        heading = role == "heading" or (role == "text" and _MARKED_PART.fullmatch(text or "") is not None)
        out[at] = heading and paged and not title_next
        if role.split(":")[0] == "title":
            title_next = True
    return out


def _in_its_sheet(card: list[tuple[str, str, Location]], text: str, location: Location) -> bool:
    """Whether a heading after a card's title is a part of that card's sheet (``_sheet_parts``): on the page of its title,
    or on a page after it (a 事業シート of two pages, 「４　評価」 at the top of the second) but no chapter's heading —
    「第５章　計画の推進」 on the page after the last card begins the plan's next part, and its 「２　計画期間中の予定」 and
    「年度 | 内容」 (令和６年度 …) had gone into the last 取組's years (若草野町's and 琴浦野村's PDFs, batch 37)."""
    title = next((where for role, _, where in card if role.split(":")[0] == "title"), None)
    if title is not None and (title.sheet, title.page) == (location.sheet, location.page):
        return True
    return not is_chapter_heading(text)


def _sections_as_titles(stream: list[Any]) -> list[Any]:
    """Cards that name no 取組 but a numbered 施策 (a 施策評価シート: 「施策 | 5-1 | 行政手続のオンライン化」 over its
    主管課 and 成果指標): the 施策 are the items, each numbered field a title — where at least two are, each
    followed by a 担当課 or an indicator before the next."""
    numbered = [
        at
        for at, (role, text, _) in enumerate(stream)
        if role == "section"
        and text
        and (found := marker(text)) is not None
        and found.rest
        and found.kind != "decimal"
    ]
    detailed = [
        at
        for k, at in enumerate(numbered)
        if any(
            r.split(":")[0] in ("departments", "indicator")
            for r, _, _ in stream[at + 1 : numbered[k + 1] if k + 1 < len(numbered) else len(stream)]
        )
    ]
    if len(detailed) < 2:
        return stream
    return [
        ("title", text, where) if at in detailed else (role, text, where)
        for at, (role, text, where) in enumerate(stream)
    ]


def _legend(card: list[tuple[str, str, Location]]) -> bool:
    """Whether a card is a legend of the cards' fields, no 取組: its 担当課 a description (「取組を担当する課」) and no
    figure in any field (若草野町's 「取組の見方」: 「【取組】 | 取組の番号（基本方針の番号－取組の番号）と名称」, 「【担当課】 |
    取組を担当する課」, 「【指標】 | 取組の成果を測る指標と、基準値・目標値」, 「【スケジュール】 | 年度ごとの予定」)."""
    departments = [text for role, text, _ in card if role.split(":")[0] == "departments"]
    return bool(departments) and all(
        _DESCRIBED_KA.search(nfkc(text).strip()) for text in departments
    ) and not any(ch.isdigit() for _, text, _ in card for ch in nfkc(text))


#: A 担当課 field describing the field, no 課: 「取組を担当する課」「事業を所管する課」.
_DESCRIBED_KA = lazy_re(r"(?:する|した)(?:課|部署|所属)(?:等|名)?$")


def read_cards(
    document: Document,
    collector: Collector,
    *,
    plan_end: int | None = None,
    blocks: list[Block] | None = None,
) -> int:
    """Read every card of ``document`` into ``collector``; how many initiatives were found.
    ``blocks``: the document's ``reading_blocks`` when the caller has them (the outline reader
    reads the same), so that they are worked out once."""
    tables: list[int] = []
    stream = _fields(document, blocks, tables)
    if not any(role == "title" for role, _, _ in stream):
        stream = _sections_as_titles(stream)
    if not any(role == "title" for role, _, _ in stream):
        return 0
    before = len(collector.initiatives)
    # a dashboard's cards, each title closed by its badge 「順調」「遅れ」: the badges are their grades
    badged = badged_titles([text or "" for role, text, _ in stream if role == "title"])
    headings: list[tuple[str, str]] = []  # (numbering kind, heading text)
    card: list[tuple[str, str, Location]] = []

    def flush() -> None:
        if card and _legend(card):
            card.clear()
        if card:
            path = [h for _, h in headings] + [p for r, t, _ in card if r == "section" for p in _path_parts(t)]
            section = collector.section_path(path) if path else None
            apply_fields(collector, card, section, plan_end, badge=badged)
            card.clear()

    heads = _heads_a_card(stream, tables)
    parts = _sheet_parts(stream)
    for at, (role, text, location) in enumerate(stream):
        base = role.split(":")[0]
        has = {r.split(":")[0] for r, _, _ in card}
        if (
            (base == "title" and "title" in has)
            or (base == "code" and "title" in has and heads[at])
            or (base == "section" and "title" in has and heads[at] and has != {"code", "title"})
            or (base == "code" and "code" in has and heads[at])
            or (card and location.sheet != card[-1][2].sheet)
        ):
            flush()
            has = set()
        if role in ("heading", "text") and "title" in has and parts[at] and _in_its_sheet(card, text or "", location):
            card.append(("part", text or "", location))  # 「２　指標の推移」: a part of the sheet the card is
        elif role == "heading":
            flush()
            found = marker(text or "")
            kind = found.kind if found else ""
            kinds = [k for k, _ in headings]
            if kind in kinds:
                del headings[kinds.index(kind) :]
            headings.append((kind, squash(text or "")))
        elif role == "text":
            if card and card[-1][0].startswith("departments") and not continues_departments(text or ""):
                card.append(("summary", text or "", location))  # the item's prose after its 担当課 line
            elif card and card[-1][0] not in ("title", "code", "section"):
                last = card[-1]
                card[-1] = (last[0], f"{last[1]}\n{text}", last[2])
            elif card and card[-1][0] == "title":  # 「■ 取組 3　…」 and a paragraph of prose under it
                card.append(("summary", text or "", location))
        else:
            card.append((role, text or "", location))
    flush()
    return len(collector.initiatives) - before
