"""Search across every plan and similar initiatives of other municipalities (shinchoku.search)."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from shinchoku.plans.models import Initiative
from shinchoku.search import service
from shinchoku.search.cards import Card, Value

from ..common import NOT_MODIFIED, READ_ERRORS, PathId
from ..pagination import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET
from ..schemas import MAX_ID, NO_NUL, MunicipalityOut, PlanSummaryOut

router = Router(tags=["検索・類似取組"])


class SearchQuery(Schema):
    q: str = Field(
        ...,
        min_length=1,
        max_length=service.MAX_QUERY,
        pattern=NO_NUL,
        description="検索語（例: 書かない窓口）",
    )
    prefecture: str | None = Field(None, max_length=10, pattern=NO_NUL, description="都道府県（完全一致）")
    municipality: int | None = Field(None, ge=1, le=MAX_ID, description="自治体の id")
    fy: int | None = Field(
        None, ge=1900, le=2200, description="計画期間にこの年度（西暦）を含む計画の取組だけ"
    )
    item: str | None = Field(
        None,
        max_length=30,
        pattern=r"^[a-z_]+$",
        description="総務省「自治体DX推進計画」の項目のコード（例: security。確定した項目と候補の取組）",
    )
    has_kpi: bool = Field(False, description="true: 指標のある取組だけ")
    has_results: bool = Field(False, description="true: 実績（計画書記載または公表された報告）のある取組だけ")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"1ページの件数（1〜{MAX_LIMIT}）")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="先頭から飛ばす件数")


class ValueOut(Schema):
    fy: int | None = Field(description="年度（西暦）")
    text: str = Field(description="値（計画書・報告の表記のまま）")


class KpiOut(Schema):
    name: str = Field(description="指標名")
    kind: str = Field(description="KPI または KGI")
    unit: str = Field(description="単位")
    target: ValueOut | None = Field(description="目標（最終目標、なければ最も後の年度の目標値）")
    latest_actual: ValueOut | None = Field(description="最新の実績（計画書記載または公表された報告）")


class GradeOut(Schema):
    fy: int = Field(description="評価した年度")
    code: str = Field(description="評価（例: A）")
    label: str = Field(description="評価の名称（分かるとき）")


class SearchItemOut(Schema):
    id: int = Field(description="取組の id")
    code: str = Field(description="番号")
    title: str = Field(description="名称")
    summary: str = Field(description="概要")
    departments: list[str] = Field(description="担当課（計画の記載順）")
    plan: PlanSummaryOut = Field(description="計画")
    municipality: MunicipalityOut = Field(description="自治体")
    kpis: list[KpiOut] = Field(description="指標")
    grade: GradeOut | None = Field(description="最新の公表された評価")
    score: float = Field(description="関連度（BM25。大きいほど近い）")


class SearchPageOut(Schema):
    items: list[SearchItemOut] = Field(description="このページの取組（関連度の高い順）")
    count: int = Field(description="一致した取組の総数")


def _value(value: Value | None) -> dict | None:
    return None if value is None else {"fy": value.fy, "text": value.text}


def item(card: Card) -> dict:
    initiative = card.initiative
    return {
        "id": initiative.pk,
        "code": initiative.code,
        "title": initiative.title,
        "summary": initiative.summary,
        "departments": card.departments,
        "plan": card.plan,
        "municipality": card.municipality,
        "kpis": [
            {
                "name": k.name,
                "kind": k.kind,
                "unit": k.unit,
                "target": _value(k.target),
                "latest_actual": _value(k.actual),
            }
            for k in card.kpis
        ],  # fmt: skip
        "grade": None if card.grade is None else vars(card.grade),
        "score": round(card.score, 4),
    }


@router.get(
    "/search",
    response={200: SearchPageOut, **NOT_MODIFIED, **READ_ERRORS},
    operation_id="search_initiatives",
    summary="全計画の取組の検索",
    description=(
        "すべての自治体の計画の取組を、名称・概要・取組内容・担当課・指標名から検索し、関連度（BM25）の高い順に返します。"
        "絞り込み（都道府県、自治体、年度、国の計画の項目、指標の有無、実績の有無）はすべて AND。"
    ),
)
def search_initiatives(request: HttpRequest, params: Query[SearchQuery]) -> dict:
    filters = service.Filters(
        prefecture=params.prefecture or "",
        municipality=params.municipality,
        has_kpi=params.has_kpi,
        has_results=params.has_results,
        fiscal_year=params.fy,
        item=params.item or "",
    )
    page = service.search(params.q, filters, offset=params.offset, limit=params.limit)
    return {"items": [item(card) for card in page.results], "count": page.total}


@router.get(
    "/initiatives/{id}/similar",
    response={200: list[SearchItemOut], **NOT_MODIFIED, **READ_ERRORS},
    operation_id="similar_initiatives",
    summary="他自治体の類似取組",
    description=(
        "この取組に名称・概要・国の計画の項目の近い、他の自治体の取組を5件まで（近い順）。"
        "改訂後の計画から外れた取組にも答える（/initiatives/{id} と同じく。検索の対象でないため、その取組のページと同じく空の一覧）。"
    ),
)
def similar_initiatives(request: HttpRequest, id: PathId) -> list[dict]:
    # a retired initiative answers, as GET /initiatives/{id} and its web page do (a published report names it; the 404
    # said it did not exist): it has left the search index, so its list is empty, as the page's 「見つかりませんでした」
    initiative = Initiative.objects.select_related("plan").filter(pk=id).first()
    if initiative is None:
        raise Http404
    return [item(card) for card in service.similar(initiative)]
