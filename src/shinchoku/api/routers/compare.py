"""「指標の比較」 in the API: KPIs of the same kind across municipalities (shinchoku.compare).

The same reading as the pages (``compare.queries``): values in the kind's unit where the unit says
how, the original as printed, and reported actuals of published rounds only.
"""

from __future__ import annotations

from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from shinchoku.compare import queries
from shinchoku.compare.kinds import catalogue

from ..common import NOT_MODIFIED, READ_ERRORS
from ..pagination import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET
from ..schemas import NO_NUL

router = Router(tags=["指標の比較"])


class KindOut(Schema):
    slug: str = Field(description="種類の識別子（/compare/{kind} に使う）")
    label: str = Field(description="種類の名称")
    unit: str = Field(description="比べる単位（値はこの単位にそろえる）")


class KindCountOut(KindOut):
    indicators: int = Field(description="この種類の指標の数（計画から外れたものを除く）")
    municipalities: int = Field(description="この種類の指標を掲げる自治体の数")


class CompareQuery(Schema):
    prefecture: str | None = Field(None, max_length=10, pattern=NO_NUL, description="都道府県（完全一致）")
    sort: Literal["municipality", "latest"] = Field(
        "municipality",
        description="municipality: 都道府県（全国地方公共団体コード順）・自治体順、latest: 最新の実績値が大きい順",
    )
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"1ページの件数（1〜{MAX_LIMIT}）")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="先頭から飛ばす件数")


class CompareValueOut(Schema):
    fy: int | None = Field(description="年度（西暦）")
    value: float | None = Field(description="比べる単位に換算した値（単位から換算できないとき null）")
    original: str = Field(description="計画書・報告の表記のまま")
    reported: bool = Field(description="true: 公表された進捗報告の実績値（計画書には記載なし）")


class CompareItemOut(Schema):
    indicator_id: int
    name: str = Field(description="指標名")
    unit: str = Field(description="計画書の単位")
    municipality: str = Field(description="自治体")
    prefecture: str = Field(description="都道府県")
    plan_id: int
    plan_title: str = Field(description="計画名")
    initiative_id: int
    initiative_title: str = Field(description="取組名")
    baseline: CompareValueOut | None = Field(description="基準値")
    targets: list[CompareValueOut] = Field(description="目標値（年度順、最終目標を含む）")
    actuals: list[CompareValueOut] = Field(description="実績値（年度順）")
    latest: CompareValueOut | None = Field(description="最新の実績値")


class ComparePageOut(Schema):
    kind: KindOut
    items: list[CompareItemOut] = Field(description="このページの指標")
    count: int = Field(description="条件に合う指標の総数")


_PLAIN = [k for k in CompareItemOut.model_fields if k not in {"baseline", "targets", "actuals", "latest"}]


def _value(v: queries.Value | None) -> dict | None:
    return (
        None if v is None else {"fy": v.fy, "value": v.value, "original": v.original, "reported": v.reported}
    )


@router.get(
    "/compare",
    response={200: list[KindCountOut], **NOT_MODIFIED, **READ_ERRORS},
    operation_id="compare_kinds",
    summary="比べられる指標の種類",
    description="指標の種類（docs/compare.md）と、それぞれの指標数・自治体数。",
)
def compare_kinds(request: HttpRequest) -> list[dict]:
    return [
        {"slug": k.slug, "label": k.label, "unit": k.unit, "indicators": n, "municipalities": m}
        for k, n, m in queries.kind_counts()
    ]


@router.get(
    "/compare/{kind}",
    response={200: ComparePageOut, **NOT_MODIFIED, **READ_ERRORS},
    operation_id="compare_kind",
    url_name="compare_kind",
    summary="同じ種類の指標を自治体ごとに比べる",
    description="この種類の指標を、基準値・年度ごとの目標値と実績値（比べる単位に換算した値と原文）とともに返します。",
)
def compare_kind(request: HttpRequest, kind: str, params: Query[CompareQuery]) -> dict:
    found = catalogue().get(kind)
    if found is None:
        raise Http404
    comparison = queries.compare(found, params.prefecture or "", params.sort)
    rows = comparison.rows[params.offset : params.offset + params.limit]
    queries.fill(rows, found)
    items = [
        {
            **{k: getattr(r, k) for k in _PLAIN},
            "baseline": _value(r.baseline),
            "targets": [_value(v) for v in r.targets],
            "actuals": [_value(v) for v in r.actuals],
            "latest": _value(r.latest),
        }
        for r in rows
    ]
    return {
        "kind": {"slug": found.slug, "label": found.label, "unit": found.unit},
        "items": items,
        "count": len(comparison.rows),
    }
