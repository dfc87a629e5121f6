"""The pure classifier and unit conversions, judged on real KPI names of the five sample plans."""

from __future__ import annotations

import pytest

from shinchoku.compare.kinds import catalogue, classify, convert, unit_factor

#: (indicator name, initiative title, expected kind or None) — KPI names as samples/plans print them,
#: judged by hand. The title matters where the name gives only the measure (延岡市: 「取得率」).
JUDGED = [
    ("マイナンバーカードの普及率", "マイナンバーカードの取得率及び利便性向上", "mynumber-card"),  # 新発田市
    ("取得率", "マイナンバーカードの普及促進", "mynumber-card"),  # 延岡市
    ("ポイント交付人数", "マイナンバーカードとのべおかCOINの連動によるバス利用の促進", None),
    ("オンライン申請可能手続数", "マイナポータルからの行政手続のオンライン化", "online-procedures"),
    ("オンライン申請できる手続数（累計）", "オンライン申請の拡充", "online-procedures"),  # 大野城市
    ("オンライン申請化された手続件数", "行政手続のオンライン化の推進", "online-procedures"),  # 伊豆の国市
    ("オンライン申請件数", "行政手続のオンライン化の推進", "online-applications"),
    ("電子申請で処理できた申請数", "自治会長の変更手続き", "online-applications"),
    ("電子申請受付件数", "旅券申請・業務のデジタル化", "online-applications"),
    ("全申請数のうち、オンライン申請の割合", "子育てに関する手続きのオンライン化", "online-application-rate"),
    ("オンライン申請研修会の実施回数", "デジタル人材の育成・活用", None),
    ("全体の予約件数に対するオンライン予約の割合", "公共施設予約システムの利用拡大", None),
    ("対象施設数", "公共施設の予約状況確認におけるオンライン化", None),
    ("AI-OCR、RPAの導入数", "AI-OCR、RPAを活用した業務の効率化", "rpa-tasks"),
    ("導入業務総数", "AI及びRPAの活用", "rpa-tasks"),
    ("RPA、AI導入による業務削減時間", "AI、RPAの利活用", "rpa-hours"),
    ("AI・RPA 導入による業務時間削減率", "AI・RPA の利活用拡大", None),
    ("時間外勤務の削減時間数", "校務支援システムの導入", None),
    ("キャッシュレス決済による支払い比率", "各種支払いのキャッシュレス化", "cashless-rate"),
    ("納付書払いのうちキャッシュレス決済の割合", "電子納付の拡大", "cashless-rate"),
    ("窓口全体の件数に対するキャッシュレス決済件数の割合", "窓口キャッシュレス決済の導入", "cashless-rate"),
    ("キャッシュレス決済を導入した事業者の割合", "キャッシュレス化の推進", None),
    ("手数料に係るキャッシュレス決済件数", "手数料等の支払いに対するキャッシュレス決済の導入", "cashless-payments"),
    ("新規整備箇所", "公衆無線LANの整備拡大", "public-wifi"),
    ("指定避難所等への公衆無線LAN環境の整備数", "防災拠点等における公衆無線LAN環境の整備", "public-wifi"),
    ("無線対応端末の導入率", "無線対応端末の利活用推進", None),
    ("新規設置数", "バスロケーションシステムの利用促進", None),
    ("対象業務のテレワーク実施率", "テレワークの推進", "telework-rate"),
    ("Web研修及び会議の実施者の〇%がテレワークを実施", "テレワークの推進", "telework-rate"),
    ("テレワークの実施件数", "テレワーク（モバイルワーク、在宅勤務）の検討", "telework-staff"),
    ("テレワークでの勤務や研修の経験がある職員", "テレワークの推進", "telework-staff"),
    ("在宅勤務者数", "障がい者の在宅勤務（テレワーク）の推進による自立支援", None),
    ("導入会議数", "タブレット・PCの活用やネット環境の整備によるペーパーレス化の推進", "paperless-meetings"),
    ("Web会議数", "Web会議の利用推進", None),
    ("紙の印刷枚数", "紙消費量削減推進のための庁内環境整備", "print-reduction"),
    ("認証印刷システムの導入率", "紙消費量削減推進のための庁内環境整備", None),
    ("電子契約の件数", "入札事務の電子化、オンライン化の推進", "e-contracts"),
    ("電子入札の実施数", "入札事務の電子化、オンライン化の推進", None),
    ("チャットボットの利用数", "市民向けチャットボットの導入", "chatbot"),
    ("AIチャットボットの年間利用件数", "AIチャットボットの構築・運用による情報提供強化", "chatbot"),
    ("研修受講者数", "職位別IT研修の実施", "digital-training"),
    ("研修履修人数", "官民データ活用施策の推進に向けた職員の研修・育成", "digital-training"),
    ("ICT導入に関する研修の受講者数", "商工業・農業のICT活用の支援", "digital-training"),
    ("講座等を受けた後に市が提供するサービスを使ってみたいと感じた人の割合", "デジタル・デバイド対策", None),
    ("セミナー等参加者数", "コワーキングスペースの整備及び(仮称)延岡経済リンケージ機構による地域経済の活性", None),
    ("開催回数", "スマホ教室及びデジタル相談会の開催", "smartphone-class-sessions"),
    ("開催回数", "IT・ICT活用に関する無料相談会", None),
    ("スマホ操作教室の参加人数", "デジタルデバイドの解消", "smartphone-class-participants"),
    ("オープンデータ公開件数", "市政情報の二次利用可能な形式での提供(オープンデータ)の推進", "open-data"),
    ("カタログサイトへ公開する行政データ数", "オープンデータの拡充", "open-data"),
    ("調査等を実施し、必要なデータを洗い出す。", "オープンデータの推進に取組み、市民や事業所の利活用を促進", None),
    ("市公式LINE登録者数", "わかりやすくタイムリーな災害情報の伝達", "line-followers"),
    ("LINE 市公式アカウント登録者数", "SNS を活用した情報共有の拡充", "line-followers"),
    ("YouTube チャンネル登録者数", "デジタルコンテンツによる情報発信", None),
    ("コンビニでの証明書交付件数", "市役所への証明書自動交付機の設置", "convenience-store-certificates"),
    ("証明書交付件数", "自動証明書交付端末の導入", None),
    ("標準システムへ移行した業務数（累計）", "標準システム導入", "standard-systems"),
    ("国が定める自治体情報システムの主要な20業務の標準化、共通化を令和7年度末までに実施する。", "自治体情報システムの標準化、共通化", None),
    ("電子図書館利用率", "電子図書館システムの導入", None),
    ("情報セキュリティ事故の件数", "セキュリティ認証システムの更新", None),
]  # fmt: skip


def test_judged_list_is_large_enough_and_covers_both_answers():
    assert len(JUDGED) >= 30
    kinds = {kind for _, _, kind in JUDGED if kind}
    assert len(kinds) >= 15 and sum(kind is None for _, _, kind in JUDGED) >= 15


def test_precision_and_recall_on_the_judged_sample_kpis():
    predicted = [(classify(name, title), kind) for name, title, kind in JUDGED]
    claimed = [(got, want) for got, want in predicted if got]
    precision = sum(got == want for got, want in claimed) / len(claimed)
    relevant = [(got, want) for got, want in predicted if want]
    recall = sum(got == want for got, want in relevant) / len(relevant)
    wrong = [
        (name, got, want) for (name, _, want), (got, _) in zip(JUDGED, predicted, strict=True) if got != want
    ]
    assert precision >= 0.9, wrong
    assert recall >= 0.8, wrong


def test_the_name_wins_over_the_initiative_title():
    # 「研修受講者数」 under a マイナンバーカード initiative is a training KPI, not the card's rate.
    assert classify("研修受講者数", "マイナンバーカードの普及促進") == "digital-training"
    # A bare measure without any subject in name or title belongs to no kind.
    assert classify("取得率", "") is None
    assert classify("", "マイナンバーカードの普及促進") is None


def test_names_are_compared_after_nfkc():
    assert classify("ＲＰＡ導入業務数") == "rpa-tasks"
    assert classify("公衆Ｗｉ－Ｆｉ設置 箇所数") == "public-wifi"
    assert classify("ｵﾝﾗｲﾝ申請件数") == "online-applications"  # half-width katakana
    assert classify("オンライン申請件数（ＬＩＮＥ経由）") == "online-applications"


@pytest.mark.parametrize(
    ("slug", "unit", "value", "expected"),
    [
        ("online-applications", "千件", 1.5, 1500.0),
        ("online-applications", "万件", 2, 20000.0),
        ("online-applications", "件／年", 100, 100.0),
        ("online-applications", "件(累計)", 74, 74.0),
        ("digital-training", "万人", 0.3, 3000.0),
        ("digital-training", "名", 12, 12.0),
        ("mynumber-card", "割", 8.07, 80.7),
        ("mynumber-card", "％", 80.7, 80.7),
        ("rpa-hours", "分", 90, 1.5),
        ("public-wifi", "ヶ所", 7, 7.0),
        ("online-procedures", "件", 42, 42.0),  # 伊豆の国市 counts its procedures in 件
        ("mynumber-card", "件", 5, None),  # a count is no rate
        ("smartphone-class-participants", "%増", 10, None),  # growth of an unknown base
        ("mynumber-card", "", 80.7, None),  # the unit says nothing
        ("mynumber-card", "%", None, None),
    ],
)
def test_values_convert_only_where_the_unit_says_how(slug, unit, value, expected):
    kind = catalogue().get(slug)
    assert convert(value, unit, kind) == expected


def test_every_kind_has_a_convertible_unit_and_the_catalogue_is_large_enough():
    cat = catalogue()
    assert len(cat.kinds) >= 12
    for kind in cat.kinds:
        assert unit_factor(kind.unit, kind) == 1.0
        assert kind.subject and kind.measure, kind.slug
