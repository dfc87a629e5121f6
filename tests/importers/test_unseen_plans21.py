"""A twenty-first batch of plans no reader was written against (``other/unseen21.py``, texts in ``other/plans21/``): 奏県's
市町村連携 取組 (「連携取組１」 blocks, 担当課 「総務部デジタル戦略課（市町村ＤＸ支援係）」, a 連携先 line), 月影市's 取組 numbered
「施策１－（２）－③」, 宵待村's web page copied as markdown with its table as tab text (blank cells kept, a header two rows
deep), 白砂市's 第２次 plan of 「令和７（2025）年度」 and 「2027年度」 mixed (the 第１次 plan's period in its prose) and 胡桃町's
plan naming each 取組's 課 only in its prose; 鈴蘭町's Word plan of 見出し 1–3 and 取組 as bullets with 【担当】【指標】【時期】
inline, 緋桜市's 進捗管理表 xlsx in wide form (令和５年度 … 令和８年度 each over 目標 | 実績 | 評価, S / A / B / C), 星空市's KPI
export from a BI tool (CP932 CSV sorted by 所管部署, a 総計 row), 松葉市's 実施計画 xlsx (事業費（千円） by year and its 財源内訳
under each 事業) and 琥珀台町's 工程表 printed by Chromium whose steps are cells filled in colour with nothing written in them
(slow: read as the PDF and as ``pdftotext`` in both modes). Each is scored with ``scoring.score`` against the plan it
states."""

from __future__ import annotations

import pytest

from .other import unseen21
from .other.unseen21 import HOSHIZORA, KANADE_TXT, KOHAKU
from .scoring import Reached
from .unseen_harness import Batch, batch_readings

#: (document, how): a text, Word document or sheet read as uploaded ("upload"), a PDF each of ``HOWS``.
read, VARIANTS = batch_readings(unseen21)


#: Exact when first measured: 宵待村 (the markdown page's links, headings and particulars no 取組; the two-row header, 分野
#: on its first row only and a second indicator's row of blank cells read), 松葉市 (the four 区分 rows a 事業 one 事業, the
#: 事業費 and 財源 no figures of its indicator, 実施期間 「R7～R9」 its schedule) and 琥珀台町's 工程表 as the PDF (each filled
#: cell a year of the schedule, the white ones none).
#: Not exact but reaching the bar (F1, codes, 担当課, KPI numbers, schedule):
#: - 星空市 was first measured 担当課 0.889: 「会計管理者 会計課」 read as two 課 ['会計管理者', '会計課'] (会計管理者 is the post
#:   over the 会計課, as a 部 is; 「総務部 情報政策課」 is read 情報政策課); the plan titled 「星空市 計画」 (the file's 「DX推進計画」
#:   not taken). Exact now (text.PARENT_SUFFIXES), titled after its file (``test_a_plan_named_by_its_file_alone``).
#: - 琥珀台町 through -layout (schedule 0): the fills are not in the text, so no year of any 取組's schedule can be read.
#:   First measured, each was given a schedule of 2029 alone and its indicator named by the 取組 (the 成果指標, printed left
#:   of its label centred over a wide column, read as the 令和11年度 cell); now the 成果指標 is its column's
#:   (columns._out_of_the_years), no schedule is made up and a warning says the years are drawn, not written
#:   (``test_a_schedule_drawn_in_fills_is_said_not_made_up``).
#: - 琥珀台町 through plain pdftotext (schedule 0, as through -layout): first refused (below). Now read row by row: 「現状値
#:   目標値」 then 「（R6）」「（R11）」 each on a line date one column each (the second was taken for 目標値's alone), 「企画財政」
#:   … 「課」 is one 担当課 (its 課 printed after the indicator), the 課 between a row's code and the next are its cell
#:   (「会計室」 … 「税務課」), and a taller row's indicator and figures printed before its code are the next rows' (8's
#:   「端末の更新率 0% 100%」 and 9's 「80人 300人」 after 7's). KPI 0.889: 5's 「20業務」 comes before its 「0業務」, apart,
#:   and is left out with a warning.
FLOORS: dict[tuple[str, str], Reached] = {
    (KOHAKU, "pdftotext -layout"): (1.0, 1.0, 1.0, 1.0, 0.0),
    (KOHAKU, "pdftotext"): (1.0, 1.0, 1.0, 0.888, 0.0),
}

#: Below the bar as first measured (F1, codes, 担当課, KPI numbers, schedule), with exactly what is misread.
#: - 奏県 (F1 0): no 「連携取組１　…」 block is read as a 取組; the four 「第１章　…」 chapter headings are read as four
#:   uncoded 取組 instead, 「市町村との連携による取組」 holding all eight indicators (baselines right, every 目標値 lost: 「→
#:   目標値　２７団体（令和７年度）」 on the line under the name) and all the 担当課 with their 部 (「総務部デジタル戦略課」, the
#:   係 dropped) and 「連携先：市町村教育委員会」 as a 担当課.
#: - 月影市 (F1 0): no 「施策１－（１）－①」 is read as a 取組 (nor 「施策１－（１）」 as a 施策); the two 「基本目標１　…」
#:   headings are read as 取組 1 and 2, each holding its 取組's indicators (figures right) and 所管課 and the years 2024–2028.
#:   Now F1 0.818: 「施策１－（２）－③」 is numbered 1-2-3 (a level's bracketed number, numbering._BRACKETED_LEVEL), every
#:   取組 exact; left: the 施策 「施策１－（１）」 are read as 取組 too (one word, 施策, numbers both levels).
#: - 白砂市 (KPI 0.111, schedule 0.556): every baseline is lost — 「120手続（2023年度）→」 is read as part of the indicator's
#:   name 「電子申請できる手続数 120手続（2023年度）→」 (final targets and 中間目標 right); a range whose years are written
#:   「令和７（2025）年度～令和11（2029）年度」 or 「令和７（2025）年度～2027年度」 is read as its two ends alone (2025, 2029 / 2025,
#:   2027), 「2026年度～2029年度」 right; the period is read as 2020–2024, the 第１次 plan's named in the prose (see
#:   ``MISPERIOD``). Exact now: a year written in both styles is one year to every reader (text.one_year_style: the
#:   cover's 「令和７（2025）年度～令和11（2029）年度」 its period, each range its every year — only where years are read, the
#:   prose shown as written) and an unlabelled value before an arrow ahead of the labelled targets is the baseline
#:   (common._UNLABELLED_FIRST); ``test_year_styles.py``.
#: - 胡桃町 (担当課 0): the 課 named in a 取組's prose (「住民課が中心となって」「会計室と税務課が連携して」「健康子育て課が担当し」)
#:   are not read: every 取組 has no 担当課; codes, figures and schedules all right. Exact now: a plan naming no 担当課
#:   takes the offices its 取組's prose names as acting (shapes.common.departments_in_prose), with a warning to check them.
#: - 緋桜市 (KPI 0): of each indicator only the 基準値（R4） is read — every yearly 目標 (R5 … R8) and 実績 (R5, R6) under the
#:   year groups is lost (no final target either), the 「令和５年度」…「令和８年度」 group headers read as a schedule of every
#:   取組 2023–2026 instead (the document states none) and the 評価 letters ignored; warnings that the 基本目標 rows and the
#:   second indicator's row have no 取組名. Read by shinchoku's template reader: a second header row of 目標 | 実績 | 評価
#:   under each year was not known as one (its 評価 no value word), so the workbook was taken for the template. Exact now.
#: - 奏県 (F1 0): 「連携取組１」 was no numbering (its chapters were read as 取組), the 指標's figures on the line under its
#:   name (「現状値　３団体（令和５年度）　→　目標値　２７団体（令和７年度）」) read as one baseline, 「総務部デジタル戦略課（市町村ＤＸ
#:   支援係）」 kept whole and 「連携先：市町村教育委員会」 read as a 担当課. Exact now (numbering's 連携取組 / 共通取組 / 個別取組 …,
#:   fields._carries_target, the 係 in brackets dropped before the 部, 連携先 a note) — ``test_a_prefectures_joint_work``.
#: - 月影市 (F1 0.818): each 「施策１－（１）」 heading read as an empty 取組 beside the 「施策１－（１）－①」 under it (one word
#:   numbered at two depths, none of them without a hyphen). Exact now (outline._deepen_hyphened_words: the shallowest
#:   numbers are the tops, hyphened or not).
BELOW: dict[tuple[str, str], Reached] = {}

#: Refused as no plan when first measured: 鈴蘭町's Word plan (no 取組 found: the 見出し 3 「（１）手続のオンライン化」 and the
#: bullets under it, each a 取組 with 【担当】【指標】【時期】 inline, are not read — with Word's own style ids 「Heading 1」… too)
#: and 琥珀台町's 工程表 through plain ``pdftotext`` (a cell a line, the fills gone; read now, see ``FLOORS``).
#: (鈴蘭町 is exact now: a bullet whose 【担当】 is inline is a 取組, its title before the 「：」 — outline._labelled_bullet.)
REFUSED: set[tuple[str, str]] = set()

#: The municipality read otherwise than the document's (first measured): none.
MISNAMED: set[tuple[str, str]] = set()

#: The plan's period read otherwise (first measured): 白砂市 (2020–2024, the 第１次 plan's 「令和２（2020）年度から令和６（2024）
#: 年度まで」 in the prose, not the cover's 「令和７（2025）年度～令和11（2029）年度」 under the title).
#: (Read so now: the cover's line under the title gives it.)
MISPERIOD: set[tuple[str, str]] = set()

#: Documents whose initiatives, matched by code, are read under another title (first measured).
MISTITLED: set[tuple[str, str]] = set()


BATCH = Batch.of(
    unseen21,
    read,
    VARIANTS,
    floors=FLOORS,
    below=BELOW,
    refused=REFUSED,
    misnamed=MISNAMED,
    mistitled=MISTITLED,
    misperiod=MISPERIOD,
)
BATCH.bind(globals())


def test_a_plan_named_by_its_file_alone() -> None:
    """星空市's BI export names no plan in its cells: the file's 「星空市DX推進計画_KPI進捗（R6-R9）.csv」 does, and the warning
    says where the name came from; 「会計管理者 会計課」 is the 会計課 (the post over it as a 部 is)."""
    plan = read(HOSHIZORA, "upload")
    assert plan["plan"]["title"] == "星空市DX推進計画"
    assert any("ファイル名から「星空市DX推進計画」" in w["message"] for w in plan["warnings"])
    cashless = next(item for item in plan["initiatives"] if item["code"] == "1-3")
    assert cashless["departments"] == ["会計課"]


@pytest.mark.slow
def test_a_schedule_drawn_in_fills_is_said_not_made_up() -> None:
    """琥珀台町's 工程表 through pdftotext -layout: the fills leave the year cells blank, so no 取組 has a schedule, the
    warning says why and how to read it (the PDF), and each indicator keeps its 成果指標 name."""
    plan = read(KOHAKU, "pdftotext -layout")
    assert plan is not None
    assert not [item["code"] for item in plan["initiatives"] if item["schedule"]]
    assert any("工程表の年度の欄に文字がありません" in w["message"] for w in plan["warnings"])
    first = next(item for item in plan["initiatives"] if item["code"] == "1")
    assert [(i["name"], i["baseline"]["value"], i["final_target"]["value"]) for i in first["indicators"]] == [
        ("電子申請できる手続数", 18, 80)
    ]


def test_a_prefectures_joint_work() -> None:
    """奏県's 「連携取組７」: numbered as a 取組, its 課 without its 庁 and 係, its figures from the line under the 指標's
    name, and who it works with kept as a note, no 担当課."""
    plan = read(KANADE_TXT, "upload")
    school = next(item for item in plan["initiatives"] if item["code"] == "7")
    assert school["departments"] == ["教育政策課"]
    assert school["notes"] == ["連携先：市町村教育委員会"]
    (devices,) = school["indicators"]
    assert (devices["baseline"]["fy"], devices["baseline"]["value"]) == (2023, 0)
    assert (devices["final_target"]["fy"], devices["final_target"]["value"]) == (2026, 22)


def test_a_word_numbered_at_two_depths_is_two_levels() -> None:
    """月影市's 「施策１－（２）」 over 「施策１－（２）－③」: the first a 施策 (a section), the second its 取組."""
    plan = read("tsukikage_shisaku_kakko_maru.txt", "upload")
    assert [(s["level"], s["code"], s["title"]) for s in plan["sections"] if s["parent"] == "s1"] == [
        ("施策", "1-1", "行政手続のオンライン化"),
        ("施策", "1-2", "窓口サービスの改善"),
    ]
    assert [item["code"] for item in plan["initiatives"]][:4] == ["1-1-1", "1-1-2", "1-1-3", "1-2-1"]
