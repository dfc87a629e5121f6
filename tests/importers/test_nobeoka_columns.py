"""延岡市's cards in ``pdftotext -layout`` text (importers/nobeoka_columns.py), without Chromium.

The excerpt is two cards as pdftotext lays them out from an A4 print: each card has columns of
its own, the year header wraps inside narrow columns (「令和4」「年度」, 「令和」「6年」「度」), a
single blank may stand between two cells, and a tall 担当課 cell goes on beside the KPI label,
over a page break and onto the next card's first line (「施策名  課  概要」).
"""

from __future__ import annotations

from shinchoku.importers import ParseError, parse
from shinchoku.importers.nobeoka_columns import CardColumns, card_rows

from .scoring import in_charge

EXCERPT = """\
延岡市情報政策推進計画 【アクションプラン】
令和3年12月
本プランの実施期間は、令和3年度から令和7年度までの5ヶ年とします。
プロジェクト1 市民にやさしいDX
基本施策 《市民目線のデジタル化》
個別施策                   行政手続のオンライン化
施策名                           概要
区分              市     重       公共施設の利用者が、各施設の予約状況を市のホームページ等
                      点       から確認できる様にシステムや利用状況の更新等の体制を構築
                      施       し、一元化することで利用者の利便性向上を目指します。
                      策5
公共施設の予約                       令和3年度                           令和4 令和5 令和           令和
状況確認におけ                                                       年度 年度 6年             7年
るオンライン化                                                               度            度
担当課     各課                    調査・研究                           方針 導
                                                              決定 入・
                                                                  運用
K P I (対象施設                   —                               —   20施 30施          40施
数)                                                                設   設            設
施策名                      概要
区分         市             市外からIT関連企業を誘致するため、優遇措置の整備充実等、誘致に繋が
                           る支援を進めていきます。
IT関連企業の                    令和3年度                                   令和4 令和 令和 令和
誘致                                                                 年度  5年 6年 7年
                                                                       度  度  度



                                          - 24 -
\f                                      延岡市情報政策推進計画


担当課         工            誘致活動
            業
K P I (誘致数) 振            2社                                    2社    2社    2社    2社
            興
施策名         課            概要
区分          市            市内の事業者を対象とした相談会を開催します。
IT・ICT活用に関する               令和3年度                                   令和4 令和 令和 令和
無料相談会                                                                 年度  5年 6年 7年
                                                                       度  度  度
担当課               商業・駅まち振興課 相談会の開催
KPI                         —                                     —      —      —      —



                                          - 25 -
\f                                      延岡市情報政策推進計画
"""


#: A card of 延岡市's print with its first column set vertically, as pdfplumber writes it: each
#: printed line's words one blank apart, the column's characters one a line.
PDFPLUMBER_VERTICAL = """\
施 概要
策
名
区 国 <p>本市が公開するWeb情報（ホームページ、公式SNS等）について、年齢的・身体的制約に関わらず、
分
Web
ア
ク
セ
シ
ビ
リ
テ
ィ
※
2
対
応
令
和
3
令和4 令和5年度 令和6年度 令和7
年度 年度
年
度
担 情報政 Webアクセシビリティへの
当 策課 対応
課
K
P
I
— — — — —
"""


def test_words_one_blank_apart_are_not_laid_out_in_columns() -> None:
    """pdfplumber writes a printed line's words one blank apart: its year header 「令和4 令和5年度
    …」 looks like columns, but no cell is where its column is, and cards read so gave their
    schedule steps as 担当課 (「標準仕様公開」). Only text whose cells are set apart by runs of
    blanks is laid out."""
    assert CardColumns(PDFPLUMBER_VERTICAL.split("\n")).laid_out()  # the year header alone says so
    assert card_rows(PDFPLUMBER_VERTICAL) is None
    assert card_rows(EXCERPT) is not None


def test_cards_become_tab_rows_on_their_own_lines() -> None:
    rows = card_rows(EXCERPT).split("\n")
    assert len(rows) == len(EXCERPT.split("\n"))  # line numbers stay the file's
    assert (
        rows[11]
        == "公共施設の予約状況確認におけるオンライン化\t\t\t令和3年度\t令和4年度\t令和5年度\t令和6年度\t令和7年度"
    )
    assert rows[14] == "担当課\t各課\t\t調査・研究\t方針決定\t導入・運用\t\t"
    assert rows[17] == "K P I (対象施設数)\t\t\t—\t—\t20施設\t30施設\t40施設"
    assert rows[12] == rows[13] == rows[15] == ""


def test_a_layout_extraction_reads_the_cards() -> None:
    plan = parse(EXCERPT.encode(), filename="nobeoka-layout.txt")
    assert plan["plan"]["source"]["layout"] == "nobeoka"
    items = {item["title"]: item for item in plan["initiatives"]}
    assert list(items) == [
        "公共施設の予約状況確認におけるオンライン化",
        "IT関連企業の誘致",
        "IT・ICT活用に関する無料相談会",
    ]
    booking = items["公共施設の予約状況確認におけるオンライン化"]
    assert in_charge(booking) == ([], ["各課"])
    assert booking["priority"] == "重点施策5"
    assert booking["line"] == 7  # the card's 施策名 line in the file
    (facilities,) = booking["indicators"]
    assert [(t["fy"], t["value"]) for t in facilities["targets"]] == [(2023, 20), (2024, 30), (2025, 40)]
    assert [s["fy"] for s in booking["schedule"]] == [2021, 2022, 2023, 2024, 2025]
    assert booking["schedule"][1]["label"] == "方針決定"
    # the 担当課 wrapped one character per line beside the KPI label, past the page break
    companies = items["IT関連企業の誘致"]
    assert companies["departments"] == ["工業振興課"]
    assert [(t["fy"], t["value"]) for t in companies["indicators"][0]["targets"]] == [
        (2021, 2),
        (2022, 2),
        (2023, 2),
        (2024, 2),
        (2025, 2),
    ]
    # one blank between the 担当課 and the schedule: the department is not swallowed
    assert items["IT・ICT活用に関する無料相談会"]["departments"] == ["商業・駅まち振興課"]


def test_a_cut_or_shuffled_excerpt_never_breaks_the_reader() -> None:
    """Every cut of the excerpt, and its lines out of order, still gives rows of the same length
    (or None) and parse either reads a plan or says why not: never a traceback."""
    lines = EXCERPT.split("\n")
    for end in range(1, len(lines) + 1):
        for text in ("\n".join(lines[:end]), "\n".join(lines[end:] + lines[:end])):
            rows = card_rows(text)
            assert rows is None or len(rows.split("\n")) == len(text.split("\n"))
            try:
                parse(text.encode(), filename="cut.txt")
            except ParseError as exc:
                assert exc.message


#: A card printed with its first column set vertically (labels and the title one character per
#: line, 「区 市」 one blank apart) that pdftotext moved seven places right in the middle of a page.
VERTICAL = (
    "延岡市情報政策推進計画 【アクションプラン】\n"
    "本プランの実施期間は、令和3年度から令和7年度までの5ヶ年とします。\n"
    "プロジェクト1 市民にやさしいDX\n"
    "KPI\n"
    "           —                                       —     —    —    —\n"
    "\n"
    "       施          概要\n"
    "       策\n"
    "       名\n"
    "       区 市    重   <p>本市が実施している健診の申込みを電話申し込みに加えて、オンライン\n"
    "       分      点   申込みを追加することにより、24時間いつでも申込みを可能とし、市民サー\n"
    "              施   ビスの向上を図るとともに、業務の効率化を目指します。</p>\n"
    "              策\n"
    "              4\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "       健\n"
    "       診\n"
    "       申        令和3年度                                令和4    令和5 令和      令\n"
    "       込                                             年度     年度 6年       和7\n"
    "       に                                                        度       年\n"
    "       お                                                                度\n"
    "       け\n"
    "       る\n"
    "       オ\n"
    "       ン\n"
    "       ラ\n"
    "       イ\n"
    "       ン\n"
    "       化\n"
    "       の\n"
    "       推\n"
    "       進\n"
    "       担 健康     システム導入                               運用及\n"
    "       当 増進                                          び対象\n"
    "       課 課                                           健診等\n"
    "                                                     の拡大\n"
    "                                                     検討\n"
    "       KPI(\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "                —                                    2      2     2     2\n"
    "\n"
    "       対\n"
    "       象\n"
    "       健\n"
    "       診\n"
    "       数\n"
    "       )\n"
    "\n"
    "\f\n"
)


def test_a_vertical_first_column_moved_right_reads_as_the_card() -> None:
    plan = parse(VERTICAL.encode(), filename="nobeoka-vertical.txt")
    (card,) = plan["initiatives"]
    assert card["title"] == "健診申込におけるオンライン化の推進"
    assert card["departments"] == ["健康増進課"]
    assert card["scope"] == "local"
    assert card["priority"] == "重点施策4"
    (exams,) = card["indicators"]
    assert exams["name"] == "対象健診数"
    assert [(t["fy"], t["value"]) for t in exams["targets"]] == [(2022, 2), (2023, 2), (2024, 2), (2025, 2)]
    assert [s["fy"] for s in card["schedule"]] == [2021, 2022, 2023, 2024, 2025]


#: A card whose KPI cells hold two figures each, the narrow year columns wrapping the second
#: under the first (「60%」 over 「20校」) while the wide first column keeps both on one line.
TWO_FIGURES = (
    "延岡市情報政策推進計画 【アクションプラン】\n"
    "本プランの実施期間は、令和3年度から令和7年度までの5ヶ年とします。\n"
    "施策名                          概要\n"
    "区分                 市    重\n"
    "                        点\n"
    "                        施\n"
    "                        策\n"
    "                        11\n"
    "児童生徒の情報                      AIを活用した個別最適化された学びや、授業支援システム、クラ\n"
    "活用能力の育成                      ウドソフトを活用した協働的な学び、Web会議システムを活用し\n"
    "                             た同時双方向遠隔授業など、ICTを効果的に活用した教育を実施\n"
    "                             し、主体的・対話的で深い学びを実現する授業を行うことで、情\n"
    "                             報活用能力など未来のデジタル社会をたくましく生き抜く確かな\n"
    "                             学力を身に付け、地元を支える人材を育成することで、国に採択\n"
    "                             されたスマートシティ関連事業の「未来技術実装事業」におい\n"
    "                             て、本市が掲げた知力・体力・人間力を育む「世界一の子育て・\n"
    "                             教育のまち延岡」事業に取り組みます。\n"
    "                             令和3年度                                  令和    令和       令和   令和\n"
    "                                                                    4年    5年       6年   7年\n"
    "                                                                    度     度        度    度\n"
    "担当課                学         地域IoT実装計画の実装計画の実施\n"
    "                   校\n"
    "                             1人1台タブレットPC、AIソフト、クラウド学習支援の効果的な活\n"
    "                   教         用\n"
    "                   育\n"
    "K P I (授業でPC       課         50% 5校                                 60% 70% 80% 90%\n"
    "等のICTを毎日                                                            20校 30校 42校 42校\n"
    "使用した児童生\n"
    "徒の割合) (同時\n"
    "双方向遠隔授業\n"
    "を実施した学校\n"
    "数)\n"
    "\f\n"
)


def test_two_figures_a_cell_become_two_indicators_per_year() -> None:
    plan = parse(TWO_FIGURES.encode(), filename="nobeoka-two-figures.txt")
    (card,) = plan["initiatives"]
    assert card["title"] == "児童生徒の情報活用能力の育成"
    assert card["departments"] == ["学校教育課"]
    share, schools = card["indicators"]
    assert [(t["fy"], t["value"]) for t in share["targets"]] == [
        (2021, 50),
        (2022, 60),
        (2023, 70),
        (2024, 80),
        (2025, 90),
    ]
    assert [(t["fy"], t["value"]) for t in schools["targets"]] == [
        (2021, 5),
        (2022, 20),
        (2023, 30),
        (2024, 42),
        (2025, 42),
    ]


#: A card whose 担当課 wraps one or two characters a line beside the KPI name, one blank after
#: the name's wrapped line (「ーション受入 興」), and a schedule cell with a blank inside.
WORKATION = (
    "延岡市情報政策推進計画 【アクションプラン】\n"
    "本プランの実施期間は、令和3年度から令和7年度までの5ヶ年とします。\n"
    "施策名         課            概要\n"
    "区分          市        重\n"
    "                     点\n"
    "                     施\n"
    "                     策\n"
    "                     6\n"
    "ワーケーショ                   <p>新しい働き方の一つとして、地方都市で展開されているワーケー\n"
    "ン拠点の整備                   ションの実施を促進するため、北浦町の浜木綿村及び北方町のETOラ\n"
    "                         ンドのケビンにインターネット環境を整備するとともに、市外に本社\n"
    "                         がある企業がケビンを活用するワーケーションを強力に誘致します。\n"
    "                         </p> <p>また、利用者のニーズを捉えながら、余暇活動を充実する\n"
    "                         ためのメニュー拡充や、アクティビティやワークショップ等を通し\n"
    "                         て、地域住民や学校等との交流機会を創出し、地域課題の解決などに\n"
    "                         繋げるための検討も進めていきます。</p>\n"
    "                         令和3年度                                 令和4 令和 令和 令和\n"
    "                                                               年度  5年 6年 7年\n"
    "                                                                   度  度  度\n"
    "担当課        工             施設環境整備、 運営                            運営\n"
    "           業\n"
    "K P I (ワーケ 振             40日                                   90日   90    90    90\n"
    "ーション受入 興                                                             日     日     日\n"
    "日数)        課\n"
    "\f\n"
)


def test_a_department_beside_a_wrapped_kpi_name() -> None:
    plan = parse(WORKATION.encode(), filename="nobeoka-workation.txt")
    (card,) = plan["initiatives"]
    assert card["title"] == "ワーケーション拠点の整備"
    assert card["departments"] == ["工業振興課"]
    (days,) = card["indicators"]
    assert days["name"] == "ワーケーション受入日数"
    assert [(t["fy"], t["value"]) for t in days["targets"]] == [
        (2021, 40),
        (2022, 90),
        (2023, 90),
        (2024, 90),
        (2025, 90),
    ]
    assert card["schedule"][0] == {"fy": 2021, "half": None, "label": "施設環境整備、運営"}


#: A card printed in a larger font: the label column is two characters wide, so the labels wrap
#: (「担当」「課」, 「KP」「I (ア」) with the 担当課 one blank after them.
NARROW_LABELS = (
    "延岡市情報政策推進計画 【アクションプラン】\n"
    "本プランの実施期間は、令和3年度から令和7年度までの5ヶ年とします。\n"
    "施策          概要\n"
    "名\n"
    "区分 市\n"
    "ホー          年齢や障害の有無に関わらず、誰もが\n"
    "ムペ          ホームページを利用し市政情報を容易\n"
    "ージ          に得ることが出来るなど、市民の皆様\n"
    "のリ          をはじめ多くの方に見てもらえて、本\n"
    "ニュ          市のホームページを見ることを習慣に\n"
    "ーア          してもらえるような、ホームページの\n"
    "ル           リニューアルに向けて、外部有識者や\n"
    "            市民による委員会を開催しており、利\n"
    "            用者が使いやすいデザインへ一新する\n"
    "            ほか、スマートフォン等での閲覧環境\n"
    "            の整備や外国語自動翻訳、全ページ暗\n"
    "            号化通信の導入、また、最新のJIS規格\n"
    "            に準拠したCMSに入れ替えるなど、利\n"
    "            用者目線のホームページ作成及び運用\n"
    "            を行います。\n"
    "            令和3年度                         令和4年度     令和5年度     令和6年度     令和7年度\n"
    "担当 経        リニューアル                        運用\n"
    "課    営\n"
    "KP 政        1,100,000件                    1,150,000 1,160,000 1,170,000 1,180,000\n"
    "I (ア 策                                    件         件         件         件\n"
    "クセ 課\n"
    "ス件\n"
    "数)\n"
    "\f\n"
)


def test_labels_wrapped_in_a_narrow_first_column() -> None:
    plan = parse(NARROW_LABELS.encode(), filename="nobeoka-narrow.txt")
    (card,) = plan["initiatives"]
    assert card["title"] == "ホームページのリニューアル"
    assert card["departments"] == ["経営政策課"]
    (visits,) = card["indicators"]
    assert visits["name"] == "アクセス件数"
    assert [(t["fy"], t["value"]) for t in visits["targets"]][-1] == (2025, 1180000)
    assert [(s["fy"], s["label"]) for s in card["schedule"]][:2] == [(2021, "リニューアル"), (2022, "運用")]
