"""National-plan items in search (filter), similar initiatives (re-ranking) and the API."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.urls import reverse

from shinchoku.national import labels
from shinchoku.search.service import Filters, search, similar


def _titles(page) -> list[str]:
    return [card.initiative.title for card in page.results]


def test_search_filter_by_national_item(plans):
    everything = search("オンライン", limit=100)
    security = search("オンライン", Filters(item="security"), limit=100)
    assert everything.total > 20 and security.total == 0
    # 第1版's online procedures count for 第2.3版's フロントヤード改革 (covers): 伊豆の国市 and 新発田市 alike.
    frontyard = search("オンライン", Filters(item="frontyard"), limit=100)
    titles = _titles(frontyard)
    assert "行政手続のオンライン化の推進" in titles  # 伊豆の国市, labelled online (第1版)
    assert "子育てに関する手続きのオンライン化" in titles  # 新発田市, labelled frontyard
    assert "オンライン相談の導入" not in titles  # no label
    assert frontyard.total < everything.total


def test_search_page_offers_the_items(client, plans):
    response = client.get(reverse("search"), {"q": "セキュリティ", "item": "security"})
    html = response.content.decode()
    assert '<option value="security" selected>セキュリティ対策の徹底</option>' in html
    assert '<option value="online">自治体の行政手続のオンライン化</option>' in html
    assert "情報セキュリティポリシーの徹底と監査の実施" in html
    unknown = client.get(reverse("search"), {"q": "窓口", "item": "nothing"})
    assert "nothing" in unknown.context["form"].errors["item"][0]  # Django's 「正しく選択してください」


def test_similar_initiatives_use_the_national_item(plans):
    """日田市「公共施設等へのWi-Fi環境の整備」 (地域社会のデジタル化): with its item, 大野城市's Wi-Fi initiative
    joins the five; by words alone a 公共施設予約 system outranks it."""
    hita = plans["hita"].initiatives.get(title="公共施設等へのWi-Fi環境の整備")
    with_item = [c.initiative.title for c in similar(hita)]
    assert with_item[0] == "公衆無線LANの整備拡大"
    assert "Wi-Fi による情報通信基盤の構築" in with_item
    user = get_user_model().objects.create_user("kato")
    labels.decide(hita, set(), user)  # the plan office says no item fits: words alone decide
    by_words = [c.initiative.title for c in similar(hita)]
    assert "Wi-Fi による情報通信基盤の構築" not in by_words
    assert "公共施設予約システムの更新" in by_words


def test_api_initiative_carries_confirmed_items_and_search_filters(client, plans):
    initiative = plans["shibata"].initiatives.get(title="eLTAX等を活用した税務手続き等の電子化")
    data = client.get(f"/api/v1/initiatives/{initiative.pk}").json()
    assert data["national_items"] == []  # suggestions only: not yet confirmed
    labels.decide(initiative, {"eltax"}, get_user_model().objects.create_user("ito"))
    data = client.get(f"/api/v1/initiatives/{initiative.pk}").json()
    assert data["national_items"] == [
        {
            "code": "eltax",
            "title": "公金収納におけるeLTAXの活用",
            "group": "重点取組事項",
            "edition": "2024-02-05",
            "edition_title": "自治体DX推進計画（第2.3版）",
        }
    ]
    found = client.get("/api/v1/search", {"q": "電子化", "item": "eltax"}).json()
    # The confirmed one, and 日田市's suggestion (「候補」 count in search, as on the coverage page).
    assert sorted(i["title"] for i in found["items"]) == [
        "eLTAX等を活用した税務手続き等の電子化",
        "電子申請における公金収納のキャッシュレス化",
    ]
    assert client.get("/api/v1/search", {"q": "電子化", "item": "DROP TABLE"}).status_code == 422
