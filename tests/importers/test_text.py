"""The shared text rules of plan-json.md: years, numbers, encodings, repairs."""

import pytest

from shinchoku.importers.errors import ParseError
from shinchoku.importers.municipalities import check_digit, is_valid_code, lookup
from shinchoku.importers.text import (
    CIRCLED,
    MAX_INPUT_BYTES,
    blank_circled,
    bound_direction,
    circled_value,
    common_unit,
    compact,
    decode,
    department_names,
    display_width,
    era_year,
    is_department,
    is_no_value,
    is_schedule_step,
    join_broken,
    join_label,
    join_wrapped,
    mask_dates,
    names_a_group,
    nfkc,
    parse_fy,
    parse_number,
    plan_period,
    prose,
    series_direction,
    split_circled,
    split_departments,
    split_dots,
    squash,
    stated_period,
    strip_footnotes,
    to_number,
    unit_direction,
    unit_in_name,
    wareki,
    without_margin,
    wording_direction,
    year_cell,
    year_month,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和6年度", (2024, None)),
        ("令和元年度", (2019, None)),
        ("平成30年度", (2018, None)),
        ("R6", (2024, None)),
        ("Ｒ７", (2025, None)),
        ("令和５年度(前期)", (2023, 1)),
        ("令和5年度（後期）", (2023, 2)),
        ("令和5年度末", (2023, None)),
        ("2024年度", (2024, None)),
        ("42件／令和4年度末", (2022, None)),
        # a date Excel stored in a 年度 cell: 31 March ends the fiscal year that began the April before
        ("2028-03-31", (2027, None)),
        ("2024-04-01", (2024, None)),
    ],
)
def test_fiscal_years_follow_the_plan_json_rules(text, expected):
    assert parse_fy(text) == expected


@pytest.mark.parametrize("text", ["24年度", "年度", "", "未定", "R100"])
def test_two_digit_or_missing_years_are_not_guessed(text):
    assert parse_fy(text) is None


def test_wareki_labels_as_staff_write_them():
    assert wareki(2024) == "令和6年度"
    assert wareki(2019) == "令和元年度"
    assert wareki(2018) == "平成30年度"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,200件", (1200, "件")),
        ("30%減", (30, "%減")),
        ("80％以上", (80, "%")),  # a bound, not the unit: the target says which way is better (bound_direction)
        ("22万枚以下", (22, "万枚")),
        ("15,000千円", (15000, "千円")),
        ("１２手続", (12, "手続")),
        ("37.8%", (37.8, "%")),
        ("112 手続", (112, "手続")),
    ],
)
def test_numbers_keep_their_unit(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 大野城市: the extraction put a blank inside the unit
        ("導入前と比べて 30% 減", (30, "%減")),
        ("AI・RPA 導入による業務時間削減率：導入前と比べて 30% 減", (30, "%減")),
        # 伊豆の国市: the year a value is measured against is not the value; prose after it is not the unit
        ("令和6年度参加人数の20%増", (20, "%増")),
        ("令和4年度比 5%削減", (5, "%削減")),
        ("Web研修及び会議の実施者の20%がテレワークを実施", (20, "%")),
        # 新発田市: remarks after ※, dates, and units that start with か
        ("99.9%準拠 ※令和5年度末時点", (99.9, "%準拠")),
        ("12/15 に 3回開催", (3, "回開催")),
        ("①36か所（地域安全課分）", (36, "か所")),
        ("令和3(2021)年度に導入した 4業務", (4, "業務")),
        # the template: budgets write a decrease with ▲ or △
        ("▲1,000", (-1000, "")),
        ("△2,500千円", (-2500, "千円")),
        ("-3", (-3, "")),
    ],
)
def test_numbers_in_prose_cells(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["—", "－", "-", "", "  ", None, "検討中", "R4", "令和5年度", "2024年度", "3月27日", "※1", "▲"]
)
def test_cells_without_a_number_have_no_value(text):
    assert parse_number(text) is None


def test_dashes_are_no_value_but_prose_is_not():
    assert is_no_value("－") and is_no_value("") and not is_no_value("実施")


def test_letter_spaced_japanese_is_joined_but_latin_words_keep_their_spaces():
    assert join_broken("延 岡 市") == "延岡市"
    assert join_broken("マイナンバー\nカードの普及") == "マイナンバーカードの普及"
    assert join_broken("Web アクセシビリティ for all") == "Web アクセシビリティ for all"


def test_footnote_marks_are_removed():
    assert strip_footnotes("RPA^{*1}の導入") == "RPAの導入"
    assert strip_footnotes("AI-OCR※3の活用") == "AI-OCRの活用"
    assert strip_footnotes("LGWAN*1 接続") == "LGWAN 接続"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 延岡市: superscripts with the blanks the extraction left around them
        ("AI及びRPA ^{*6} の活用", "AI及びRPAの活用"),
        ("自治体システムの標準化・共通化（ガバメントクラウド ^{※4} への移行）", "自治体システムの標準化・共通化（ガバメントクラウドへの移行）"),
        ("市保有データのオープンデータ ^{※3} 化", "市保有データのオープンデータ化"),
        ("のべおか産品ECサイト※12 「のべちよる」の活用", "のべおか産品ECサイト「のべちよる」の活用"),
        ("ICT活用指導力B項目※11", "ICT活用指導力B項目"),
        # 大野城市: HTML superscripts
        ("427,000 <sup>※4</sup>", "427,000"),
        ("1 業務 <sup>※2</sup>", "1 業務"),
        ("国の整備する標準システム <sup>※1</sup> へ移行します。", "国の整備する標準システムへ移行します。"),
        ("導入を決定した全窓口*2", "導入を決定した全窓口"),
        # between two Latin words one blank stays; text without marks is only squashed
        ("Wi-Fi ^{*1} access", "Wi-Fi access"),
        ("Web ※2 API", "Web API"),
        ("  情報政策課\u3000DX推進室 ", "情報政策課 DX推進室"),
    ],
)
def test_footnote_marks_go_with_the_blanks_around_them(text, expected):
    assert strip_footnotes(text) == expected


def test_departments_split_on_blanks_and_japanese_separators():
    assert split_departments("情報政策課 学校教育課、税務課／市民課") == ["情報政策課", "学校教育課", "税務課", "市民課"]
    assert split_departments("子ども・子育て支援課 情報政策課") == ["子ども・子育て支援課", "情報政策課"]
    assert split_departments("情報政策課 ほか") == ["情報政策課"]
    assert split_departments("  ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 延岡市: ・ between two complete names separates them, inside a name it does not
        ("市民課・情報政策課", ["市民課", "情報政策課"]),
        ("地域・離島・交通政策課", ["地域・離島・交通政策課"]),
        ("工業振興課 商業・駅まち振興課", ["工業振興課", "商業・駅まち振興課"]),
        ("人材政策・移住定住推進室", ["人材政策・移住定住推進室"]),
        # 日田市, 伊豆の国市, the template
        ("情報統計課、関係各課", ["情報統計課", "関係各課"]),
        ("情報政策課、市民課、情報政策課", ["情報政策課", "市民課"]),
        ("情報政策課 学校教育課 など", ["情報政策課", "学校教育課"]),
        ("市民課\u3000子ども・子育て支援課", ["市民課", "子ども・子育て支援課"]),
    ],
)
def test_departments_split_at_dots_only_between_complete_names(text, expected):
    assert split_departments(text) == expected


def test_split_dots_needs_every_part_to_be_a_department():
    assert split_dots("市民課・税務課・教育委員会") == ["市民課", "税務課", "教育委員会"]
    assert split_dots("防災・危機管理課") == ["防災・危機管理課"]
    assert split_dots("市民課・") == ["市民課・"]
    assert split_dots("情報政策課") == ["情報政策課"]


@pytest.mark.parametrize("name", ["情報政策課", "行政改革推進室", "教育委員会", "こども家庭センター", "DX推進担当", "中央保育園", "議会事務局"])
def test_department_endings(name):
    assert is_department(name)


@pytest.mark.parametrize("name", ["子ども", "全庁", "関係各課ほか", "(社会福祉課はタブレット導入済)"])
def test_what_does_not_end_like_a_department(name):
    assert not is_department(name)


@pytest.mark.parametrize(
    "name",
    # 伊豆の国市's cards, 日田市's tables, 延岡市's 「各課」, the role a 課 has, a 県's or a 政令市's every unit
    ["全課", "窓口がある課", "AI議事録を使用する課", "自治体情報システムを使用している課", "関係各課", "各課",
     "各施設所管課", "システム所管課", "業務担当課", "主管課", "全庁", "全所属", "各部局", "関係する課"],
)  # fmt: skip
def test_a_group_of_departments_is_named_as_one(name):
    assert names_a_group(name)


@pytest.mark.parametrize(
    "name",
    ["情報政策課", "相談センター", "いきいき長寿課", "まちづくり推進課", "DX推進担当課", "DX推進担当", "全国健康保険協会",
     "ひた暮らし推進室", "咸宜園教育研究センター", "協働まちづくり課"],
)  # fmt: skip
def test_a_department_is_no_group(name):
    assert not names_a_group(name)


@pytest.mark.parametrize(
    "step",
    ["調査・研究", "導入", "運用", "検討", "実施", "導入方針決定", "次期SC構築", "SC運用—", "随時見直し"],
)
def test_schedule_steps_are_no_department(step):
    assert is_schedule_step(step)


@pytest.mark.parametrize(
    "name", ["情報政策課", "環境研究所", "DX推進課", "行政改革推進室", "各課", "全庁", "事業推進担当"]
)
def test_departments_are_no_schedule_step(name):
    assert not is_schedule_step(name)


def test_a_departments_cell_keeps_its_names_and_drops_the_schedule_read_into_it():
    """A card read in the wrong order puts its schedule in the 担当課 cell: the steps are no
    department (a progress round would be sent to 「導入」), the names beside them are kept."""
    assert department_names("市民課・納税課 調査・研究 導入方針決定") == ["市民課", "納税課"]
    assert department_names("調査・研究 導入 運用") == []
    assert department_names("健康長寿のまちづくり課、環境研究所") == ["健康長寿のまちづくり課", "環境研究所"]


def test_a_section_written_after_its_division_is_no_department_of_its_own():
    """「市民課　住民係」: the 係 says where in the 課 the work sits; the progress is asked of the 課
    (as 「総務部 情報政策課」 asks the 課, not the 部). A 係 listed after 「、」 is one of its own."""
    assert department_names("市民課　住民係") == ["市民課"]
    assert department_names("総務部 情報政策課 DX推進係") == ["情報政策課"]
    assert department_names("情報政策課 システム班、財政課") == ["情報政策課", "財政課"]
    assert department_names("市民課、住民係") == ["市民課", "住民係"]


def test_a_division_printed_against_its_section_and_other_ways_of_writing_more_than_the_section():
    """「総務部情報政策課」 with no blank is the 課 as 「総務部 情報政策課」 is; a 係 in brackets after its 課,
    and 「ほか」 after the last one named, say no more departments; a name with 部 inside (「内部統制推進室」)
    and a 部 on its own stay whole."""
    assert department_names("総務部情報政策課") == ["情報政策課"]
    assert department_names("企画財政部企画課・総務部総務課") == ["企画課", "総務課"]
    assert department_names("上下水道局総務課") == ["総務課"]
    assert department_names("情報政策課（DX推進係）") == ["情報政策課"]
    assert department_names("市民課ほか") == ["市民課"]
    assert department_names("子育て支援課 他") == ["子育て支援課"]
    assert department_names("内部統制推進室") == ["内部統制推進室"]
    assert department_names("外部連携課") == ["外部連携課"]
    assert department_names("企画部、総務部") == ["企画部", "総務部"]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("教育庁教育政策課", ["教育政策課"]),
        ("教育庁 教育政策課", ["教育政策課"]),
        ("企業庁経営課、総務部財政課", ["経営課", "財政課"]),
        # no 課 after it, or a 庁 that is no 部局 of the 課 after it: whole
        ("教育庁", ["教育庁"]),
        ("県庁", ["県庁"]),
        ("碧海県庁", ["碧海県庁"]),
        ("県庁総務課", ["県庁総務課"]),
        ("警察庁", ["警察庁"]),
        ("デジタル庁、総務課", ["デジタル庁", "総務課"]),
        ("本庁舎管理課", ["本庁舎管理課"]),
        ("市役所本庁舎管理課", ["市役所本庁舎管理課"]),
        ("庁内情報化推進課", ["庁内情報化推進課"]),
    ],
)
def test_a_prefectures_cho_before_its_section_is_its_division(cell: str, names: list[str]) -> None:
    """A 県's 教育庁 or 企業庁 is the 部局 its 課 sits in, as 総務部 is (「教育庁教育政策課」: 教育政策課); a 庁 alone, the
    県庁 itself, and a 課 of the 庁舎 are names of their own."""
    assert department_names(cell) == names


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("知事公室 広報課", ["広報課"]),
        ("知事公室　秘書課、総務部 人事課", ["秘書課", "人事課"]),
        ("市長公室 広報課", ["広報課"]),
        ("知事室 秘書課", ["秘書課"]),
        ("市長室 広報課", ["広報課"]),
        # a 室 alone is a department; a 室 of no 部局's name before a 課 its peer; a 室 over a 課 a line each two
        ("知事公室", ["知事公室"]),
        ("秘書広報室", ["秘書広報室"]),
        ("会計室 総務課", ["会計室", "総務課"]),
        ("知事公室\n広報課", ["知事公室", "広報課"]),
    ],
)
def test_a_room_of_bureau_rank_before_its_section_is_its_division(cell: str, names: list[str]) -> None:
    """A 県's 知事公室 (a 市's 市長公室, 市長室) before a 課 in the same cell is the 部局 the 課 sits in, as 総務部 is; any
    other 室 is a department of its own."""
    assert department_names(cell) == names


def test_a_unit_in_brackets_after_a_name():
    assert unit_in_name("待ち時間（分）") == ("待ち時間", "分")
    assert unit_in_name("オンライン申請可能な手続数（件）") == ("オンライン申請可能な手続数", "件")
    assert unit_in_name("受講者数（累計）") is None


def test_utf8_bom_and_cp932_decode_to_the_same_text():
    text = "延岡市情報政策推進計画\n令和3年度"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("cp932")) == text
    assert decode(text.replace("\n", "\r\n").encode("cp932")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "空"),
        (b"  \n\n", "空"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "バイナリ"),
        (bytes(range(128, 256)) * 10, "文字コード"),
        (b"a" * (MAX_INPUT_BYTES + 1), "大きすぎ"),
    ],
)
def test_unreadable_input_is_refused_with_a_japanese_message(data, message):
    with pytest.raises(ParseError, match=message):
        decode(data)


def test_municipality_codes_carry_their_check_digit():
    assert check_digit("45203") == "3"
    assert all(is_valid_code(code) for _, code in [lookup(n) for n in ("延岡市", "大野城市", "日田市", "伊豆の国市", "新発田市")])
    assert not is_valid_code("452034")
    assert lookup("架空市") == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("延岡市情報政策推進計画 【アクションプラン】", "延岡市情報政策推進計画 【アクションプラン】"),
        ("  延 岡 市 \n", "延 岡 市"),
        ("令和 6年\u3000 3月  日田市", "令和 6年 3月 日田市"),
        ("区分\t国", "区分 国"),
        ("情報政策課\u3000学校教育課", "情報政策課 学校教育課"),
        ("1,200\xa0件", "1,200 件"),
        ("電子申請可能な手続数\u2003", "電子申請可能な手続数"),  # a browser's PDF: the ideographic space
        ("情報政策課\u2009\u202f\u205f学校教育課", "情報政策課 学校教育課"),
        ("\u200b電子\u200b申請", "電子申請"),  # the zero-width space is nothing
    ],
)
def test_squash_collapses_every_kind_of_blank_and_keeps_single_spaces(text, expected):
    assert squash(text) == expected


def test_decode_makes_odd_blanks_spaces_and_keeps_the_ideographic_space():
    """The one home of blanks: a file's no-break and em spaces are spaces from the start (so that
    no rule has to know them), the ideographic space stays as Japanese text writes it."""
    data = "取組名\xa0：電子申請\u2003の拡充\u3000（新規）\u200b".encode()
    assert decode(data) == "取組名 ：電子申請 の拡充\u3000（新規）"


def test_circled_numbers_have_their_value_and_nothing_else_has():
    assert circled_value("①") == 1
    assert circled_value("⑩") == 10
    assert circled_value("⑳") == 20
    assert circled_value("1") is None
    assert circled_value("１") is None
    assert CIRCLED[0] == "①" and CIRCLED[-1] == "⑳" and len(CIRCLED) == 20


def test_circled_numbers_become_blanks_before_normalisation():
    # 新発田市 実績値: NFKC alone would read "①48.2%" as 148.2
    assert nfkc("①48.2%") == "148.2%"
    assert blank_circled("①48.2% ②0% ③0%") == " 48.2%  0%  0%"
    assert parse_number("①48.2% ②0% ③0%") == (48.2, "%")
    assert parse_number("①テレワークの推進") is None


def test_a_cell_numbered_with_circled_numbers_splits_into_its_parts():
    # 新発田市 KPI and 実績値 cells
    assert split_circled("①電子入札の実施数 ②入札参加資格審査の電子申請数 ③電子契約の件数") == {
        1: "電子入札の実施数",
        2: "入札参加資格審査の電子申請数",
        3: "電子契約の件数",
    }
    assert split_circled("①36か所（地域安全課分） ②1件（市まち課分） 計37か所") == {
        1: "36か所（地域安全課分）",
        2: "1件（市まち課分） 計37か所",
    }
    assert split_circled("前文 ①a ②b ①c") == {1: "a", 2: "b"}
    assert split_circled("①研修履修人数のみ") == {}
    assert split_circled("番号なし") == {}


def test_dates_are_blanked_out_to_the_same_length():
    # 新発田市 目標: "令和6年度 10% 令和7・8年度 15%"
    text = "令和6年度 10% 令和7・8年度 15%"
    masked = mask_dates(text)
    assert len(masked) == len(text)
    assert masked.split() == ["10%", "15%"]
    assert mask_dates("R3 12/15 3月27日 2024年度 令和4(2022)年度末").strip() == ""
    assert mask_dates("11,611人") == "11,611人"


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("11,611", 11611), ("37.5", 37.5), ("0", 0), ("1,200.50", 1200.5), ("1.2.3", None), (",", None)],
)
def test_digits_become_an_int_unless_they_have_a_decimal_point(digits, expected):
    found = to_number(digits)
    assert found == expected and type(found) is type(expected)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([16600, 18200, 20000, 22000], "increase"),  # 大野城市 KPI per year
        ([98800, 98700, 98600, 98500], "decrease"),
        ([100, 100, 100], "maintain"),
        ([None, 30, None, 40], "increase"),
        ([20, 20, 30], "increase"),
        ([10, 5, 10], None),
        ([30], None),
        ([None, None], None),
    ],
)
def test_direction_of_a_series_of_targets(values, expected):
    assert series_direction(values) == expected


def test_direction_of_a_unit():
    assert unit_direction("%削減") == "decrease"
    assert unit_direction("%減") == "decrease"
    assert unit_direction("%増") == "increase"
    assert unit_direction("%") is None
    assert unit_direction("") is None


@pytest.mark.parametrize(
    ("name", "texts", "expected"),
    [
        ("RPA導入による削減時間", (), "increase"),  # time saved: more is better
        ("RPAで削減した作業時間", (), "increase"),
        ("ペーパーレス化による印刷枚数の削減", (), "decrease"),
        ("オンライン申請件数の増加", (), "increase"),
        ("稼働率の維持", (), "maintain"),
        ("公衆無線LANの整備数", ("令和8年度までに普及率の向上を図る",), "increase"),
        ("電子入札の実施数", ("市民の利便性の向上を図る",), None),
        ("窓口の待ち時間", ("待ち時間の削減に取り組む",), "decrease"),
        ("研修履修人数", (None, "引き続き実施"), None),
    ],
)
def test_direction_from_the_wording_of_an_indicator(name, texts, expected):
    assert wording_direction(name, *texts) == expected


@pytest.mark.parametrize(
    ("era", "n", "expected"),
    [
        ("令和", "4", 2022),
        ("令和", "元", 2019),
        ("平成", "元", 1989),
        ("平成", "30", 2018),
        ("R", "6", 2024),
        ("r", "6", 2024),
        ("H", "30", 2018),
        ("令和", "０", None),
        ("昭和", "50", None),
    ],
)
def test_era_years(era, n, expected):
    assert era_year(era, n) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和4年8月", "2022-08"),  # 大野城市 cover
        ("令和3年12月", "2021-12"),  # 延岡市 cover
        ("令和 6年 3月", "2024-03"),  # 日田市 cover
        ("令和４年８月", "2022-08"),
        ("令和元（2019）年12月", "2019-12"),
        ("2025年6月", "2025-06"),
        ("令和3年12月策定", "2021-12"),
        ("国の計画（令和2年12月・総務省）による", "2020-12"),
        ("令和3年13月", None),
        ("令和3年度", None),
        ("VER6年3月", None),
    ],
)
def test_a_date_becomes_year_and_month(text, expected):
    assert year_month(text) == expected


def test_a_cover_date_must_be_the_whole_line():
    assert year_month(" 令和4年8月 ", whole=True) == "2022-08"
    assert year_month("令和 6年\u30003月", whole=True) == "2024-03"
    assert year_month("令和4年8月に策定した計画", whole=True) is None
    assert year_month("令和 6年 3月 日田市", whole=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 大野城市, 延岡市, 日田市 as printed
        ("計画期間（令和4（2022）年度から令和7（2025）年度）において、前項に記した", (2022, 2025)),
        ("本プランの実施期間は、計画と並行して令和3年度から令和7年度までの5ヶ年とし", (2021, 2025)),
        ("計画期間は令和5年度から令和9年度までの5年間とし", (2023, 2027)),
        # the other ways plans and templates write it
        ("計画期間 令和5年度～令和8年度", (2023, 2026)),
        ("R6〜R8", (2024, 2026)),
        ("2024年度－2028年度", (2024, 2028)),
        ("平成30年度から令和2年度", (2018, 2020)),
        # 萩ノ台市's cover: 「年度」 on both styles
        ("令和７年度（2025年度）～令和10年度（2028年度）", (2025, 2028)),
        ("2025年度（令和７年度）～2028年度（令和10年度）", (2025, 2028)),
    ],
)
def test_plan_periods(text, expected):
    assert plan_period(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "令和7年度から令和5年度",  # ends before it starts
        "平成10年度から令和5年度",  # 25 years is not a plan period
        "計画期間：令和5（2023）年度まで",
        "令和７年度（2026年度）～令和10年度（2028年度）",  # the two styles disagree: left as written, no period
        "13歳から59歳までは90%を超えている",
        "",
    ],
)
def test_what_is_not_a_plan_period(text):
    assert plan_period(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("事 業 名", "事業名"), ("Ｋ Ｐ Ｉ", "KPI"), ("目指す姿（ビジョン）", "目指す姿(ビジョン)"), ("区分\u3000\t", "区分"), ("", "")],
)
def test_compact_is_nfkc_without_blanks(text, expected):
    assert compact(text) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("事故防止シ", "ステム", "事故防止システム"),  # 大野城市 <br> inside a word
        ("Web", "アクセシビリティの確保", "Webアクセシビリティの確保"),  # 新発田市 rows broken across lines
        ("情報セキュ リティ対策 ", "の徹底", "情報セキュ リティ対策の徹底"),
        ("11 ", "【完了】", "11【完了】"),
        ("Gov", "Cloud", "Gov Cloud"),
        ("", "ステム", "ステム"),
        ("事故防止シ ", "  ", "事故防止シ"),
    ],
)
def test_wrapped_pieces_are_joined_without_a_blank_next_to_japanese(left, right, expected):
    assert join_wrapped(left, right) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 延岡市 schedule labels
        ("施設整備、運 営開始", "施設整備、運営開始"),
        ("施設環境整備、 運営", "施設環境整備、運営"),
        ("方針策定 研修実施", "方針策定 研修実施"),
        ("① ②", "①②"),
        ("運 営開始", "運営開始"),
        ("RPA 導入 Web 会議", "RPA 導入 Web 会議"),
        ("  ", ""),
    ],
)
def test_labels_join_wrapped_words_but_keep_two_phrases_apart(text, expected):
    assert join_label(text) == expected


def test_the_stated_period_is_the_first_one_after_its_label():
    hita = ["第 4 次日田市情報化基本計画 年次計画編", "また、「年次計画編」の計画期間は令和5年度から令和9年度までの5年間とし"]
    assert stated_period(hita) == (2023, 2027)
    onojo = ["令和2年度から令和3年度にかけて調査した", "計画期間（令和4（2022）年度から令和7（2025）年度）において"]
    assert stated_period(onojo) == (2022, 2025)
    assert stated_period(["令和2年度から令和3年度の調査を踏まえ、計画期間は令和4年度から令和7年度"]) == (2022, 2025)
    assert stated_period(["実施期間 令和5年度～令和8年度"], "期間") == (2023, 2026)
    assert stated_period(["実施期間 令和5年度～令和8年度"]) == (None, None)
    assert stated_period([]) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和3年度", 2021),  # 延岡市 card and 全体工程表 headers
        ("令和 5 年度", 2023),  # 日田市 schedule headers
        ("令和元年度", 2019),
        ("平成30年度", 2018),
        ("令和７年度", 2025),
        ("令和3年度末", None),
        ("R5", None),
        ("令和3年度 方針策定", None),
        ("施策名", None),
        ("", None),
    ],
)
def test_a_year_cell_holds_only_a_fiscal_year(text, expected):
    assert year_cell(text) == expected


def test_prose_is_one_paragraph_per_line_or_none():
    assert prose(["国は、マイナンバー制度を推進している。", "", "そのため、…"]) == "国は、マイナンバー制度を推進している。\nそのため、…"
    assert prose(p for p in ["", ""]) is None
    assert prose([]) is None


def test_the_common_unit_is_the_most_frequent_one():
    assert common_unit(["%", "件", "件"]) == "件"
    assert common_unit(["人", "名"]) == "人"  # the first of equals
    assert common_unit(["", "", "人"]) == ""
    assert common_unit([]) == ""


def test_a_page_margin_kept_as_blanks_is_taken_off():
    """pdfplumber's layout text sets every line after the page's left margin; each page (form
    feed) loses its own, the columns inside it keep their places."""
    text = "      取組名   オンライン申請\n         担当課  市民課\n\n      概要\f   - 2 -\n   次の頁"
    assert without_margin(text) == "取組名   オンライン申請\n   担当課  市民課\n\n概要\f- 2 -\n次の頁"
    # a line at the margin, or a tab-indented text, is left as it is
    assert without_margin("取組名\n   続き") == "取組名\n   続き"
    assert without_margin("\t取組名\n\t担当課") == "\t取組名\n\t担当課"


def test_the_label_characters_detection_looks_for_come_from_themselves_alone():
    """onojo, izunokuni, shibata and hita tell a text without 費 / 重取組事 / 区 / 番号 from its raw
    characters, without normalising it whole: no other character may normalise (NFKC) to one of them."""
    import sys
    import unicodedata

    from shinchoku.importers import hita, izunokuni, shibata

    looked_for = "費" + izunokuni._LABEL_CHARS + shibata._HEADER_CHAR + hita._CODE_CHARS
    assert looked_for == "費重取組事区番号"
    sources = {
        char: chr(cp)
        for cp in range(sys.maxunicode + 1)
        if unicodedata.decomposition(chr(cp))  # NFKC changes only a character that decomposes
        for char in looked_for
        if char in unicodedata.normalize("NFKC", chr(cp))
    }
    assert sources == {}
    # 項 is not one of them: ㊠ normalises to it
    assert unicodedata.normalize("NFKC", "㊠") == "項"


def test_display_width_counts_wide_characters_twice():
    assert display_width("KPI 50%") == 7
    assert display_width("取組名：ＫＰＩ") == 14
    assert display_width("ｶﾅ①") == 3  # half-width kana; ① is ambiguous, one column
    # figures counted in ten thousands or thousands keep their scale in the unit
    assert unit_in_name("コピー用紙購入枚数（万枚）") == ("コピー用紙購入枚数", "万枚")
    assert unit_in_name("図書館の来館者数（千人）") == ("図書館の来館者数", "千人")
    assert unit_in_name("万（万）") is None
    # so many a year: 「削減時間（時間／年）」 (瑞穂野町's KPI sheet)
    assert unit_in_name("削減時間（時間／年）") == ("削減時間", "時間/年")
    assert unit_in_name("受講者数（人/回）") == ("受講者数", "人/回")


def test_a_list_names_its_scaled_unit_after_the_indicator() -> None:
    """A 進捗状況一覧 whose indicator says 「（万枚）」: 120 is 120万枚, the unit as the plan writes it."""
    from shinchoku.importers import parse

    csv = (
        "番号,取組名,担当課,指標,基準値,目標値\n"
        "1,ペーパーレス会議の推進,総務課,コピー用紙購入枚数（万枚）,180,120\n"
        "2,電子申請の拡充,情報政策課,電子申請できる手続数（件）,40,150\n"
    )
    plan = parse(csv.encode(), filename="ichiran.csv")
    paper = plan["initiatives"][0]["indicators"][0]
    assert (paper["name"], paper["unit"], paper["direction"]) == ("コピー用紙購入枚数", "万枚", "decrease")
    assert (paper["baseline"]["value"], paper["final_target"]["value"]) == (180, 120)


def test_a_board_of_education_before_its_ka_is_where_the_ka_sits() -> None:
    assert department_names("教育委員会教育総務課") == ["教育総務課"]
    assert department_names("教育委員会事務局学校教育課") == ["学校教育課"]
    assert department_names("農業委員会") == ["農業委員会"]
    assert department_names("選挙管理委員会事務局") == ["選挙管理委員会事務局"]


@pytest.mark.parametrize(
    ("text", "direction"),
    [("80％以上", "increase"), ("90%以上（R11）", "increase"), ("10分以内", "decrease"), ("22万枚以下", "decrease"),
     ("5件未満", "decrease"), ("100件", None), ("以上のとおり", None)],
)  # fmt: skip
def test_a_targets_bound_says_which_way_is_better(text, direction):
    assert bound_direction(text) == direction


def test_a_room_or_a_lesson_is_no_department() -> None:
    """「公民館でのスマートフォン教室」 (a bullet of 鴫野市's 主な取組内容) ends in 室 as 「会計室」 does: no 課 for all that."""
    from shinchoku.importers.text import is_department

    assert [is_department(name) for name in ("会計室", "情報政策室", "公民館でのスマートフォン教室", "第２会議室")] == [
        True,
        True,
        False,
        False,
    ]
