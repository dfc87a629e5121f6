"""Initiatives (with the plan page's filters) and indicators with their targets and actuals.

Initiatives that a revised plan no longer lists (retired) are not listed, but are served by id, as the web
page serves them (its notice 「この取組は改訂後の計画に含まれていません」): a published report still names
its initiative, and its link must not end in a 404. The answer says so (``in_plan`` false, ``retired_at``);
the indicators of such an initiative are served as its page shows them. An indicator a revision dropped is not.
"""

from collections import defaultdict
from typing import Any, Literal

import django_filters
from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import ValidationError
from ninja.pagination import paginate

from shinchoku.accounts.permissions import can, require
from shinchoku.national.labels import confirmed_items
from shinchoku.plans import queries
from shinchoku.plans.filters import InitiativeFilter
from shinchoku.plans.models import (
    Indicator,
    IndicatorValue,
    Initiative,
    InitiativeDepartment,
    Section,
)
from shinchoku.progress import removals, services
from shinchoku.progress.models import RecordedActual
from shinchoku.progress.permissions import published_through
from shinchoku.search.service import containing

from ..auth import token_required
from ..common import NOT_MODIFIED, READ_ERRORS, WRITE_ERRORS, PathId, get_or_404
from ..pagination import Pagination
from ..schemas import MAX_ID, NO_NUL, ActualRemovalIn, IndicatorOut, InitiativeDetailOut, InitiativeOut

router = Router(tags=["取組・指標"])


class ApiInitiativeFilter(InitiativeFilter):
    """The plan page's InitiativeFilter, with its filter methods and so its semantics, for any plan.

    The page offers the plan's sections, departments and marks as choices; here the API's query
    schema has validated the values already, so the same methods take them as plain values.
    """

    section = django_filters.NumberFilter(method="filter_section")
    department = django_filters.NumberFilter(method="filter_department")
    priority = django_filters.CharFilter(method="filter_priority")
    mark = django_filters.CharFilter(method="filter_mark")

    def __init__(
        self, data: dict[str, Any], queryset: QuerySet[Initiative], *, sections: list[Section], national: bool
    ) -> None:
        django_filters.FilterSet.__init__(self, data, queryset=queryset)
        self.sections = sections
        self.national = national

    def filter_text(self, queryset: QuerySet[Initiative], name: str, value: str) -> QuerySet[Initiative]:
        """In one plan, the plan page's match (title or summary containing the keyword, or the code);
        across every plan, the search index's: initiatives whose words include every word of the
        keyword. Matching every initiative's text across a national installation scanned them all,
        twice (the page and its count: 0.5–0.9 s); the index reads the keyword's postings only. A
        keyword without a search term (「1-2」) is matched as in one plan."""
        if self.national and (words := containing(value)) is not None:
            return queryset.filter(words)
        return super().filter_text(queryset, name, value)


class InitiativeFilters(Schema):
    plan: int | None = Field(None, ge=1, le=MAX_ID, description="計画の id")
    section: int | None = Field(None, ge=1, le=MAX_ID, description="施策体系の id（その下の施策体系も含む）")
    department: int | None = Field(None, ge=1, le=MAX_ID, description="担当課の id")
    scope: Literal["national", "local"] | None = Field(None, description="区分: national（国）/ local（市）")
    priority: str | None = Field(None, max_length=100, pattern=NO_NUL, description="重点（完全一致）")
    mark: str | None = Field(None, max_length=100, pattern=NO_NUL, description="印（例: 完了、新）")
    has_indicators: bool | None = Field(
        None, description="true: 指標のある取組だけ / false: 指標のない取組だけ"
    )
    q: str | None = Field(
        None,
        max_length=200,
        pattern=NO_NUL,
        description="キーワード。計画を指定したとき: 名称・概要の部分一致、番号の完全一致。計画を指定しないとき: 検索索引の語（名称・概要・取組内容・担当課・指標名）をすべて含む取組",
    )


def current_initiatives() -> QuerySet[Initiative]:
    """Initiatives still in their plan, with what the list shows, in plan order (a total order)."""
    return (
        Initiative.objects.active()
        .prefetch_related(
            Prefetch("department_links", queryset=InitiativeDepartment.objects.select_related("department"))
        )
        .annotate(n_indicators=queries.indicator_count())
        .order_by("plan_id", "position", "pk")
    )


@router.get(
    "/initiatives",
    response={200: list[InitiativeOut], **NOT_MODIFIED, **READ_ERRORS},
    operation_id="list_initiatives",
    summary="取組の一覧・検索",
    description=(
        "取組（施策・事業）の一覧を計画の順に。計画のページと同じ絞り込み: 計画、施策体系（下位を含む）、"
        "担当課、区分、重点、印、指標の有無、キーワード。条件はすべて AND。"
    ),
)
@paginate(Pagination)
def list_initiatives(request: HttpRequest, filters: Query[InitiativeFilters]) -> QuerySet[Initiative]:
    initiatives = current_initiatives()
    if filters.plan is not None:
        initiatives = initiatives.filter(plan_id=filters.plan)
    sections: list[Section] = []
    if filters.section is not None:
        sections = list(Section.objects.filter(plan__sections=filters.section))
    data = {
        name: value
        for name, value in filters.model_dump(exclude={"plan", "has_indicators"}).items()
        if value not in (None, "")
    }
    if filters.has_indicators is not None:
        data["has_indicators"] = "1" if filters.has_indicators else "0"
    filterset = ApiInitiativeFilter(data, initiatives, sections=sections, national=filters.plan is None)
    if not filterset.is_valid():
        raise ValidationError(
            [
                {"loc": ["query", name], "msg": " ".join(errors), "type": "value_error"}
                for name, errors in filterset.errors.items()
            ]
        )
    return filterset.qs  # no join repeats a row: an initiative has a department at most once


def attach_public_actuals(indicators: list[Indicator]) -> None:
    """Give each indicator ``public_actuals``: actuals recorded in reports anyone may read."""
    anonymous = AnonymousUser()
    by_indicator: dict[int, list[RecordedActual]] = defaultdict(list)
    recorded = (
        RecordedActual.objects.filter(
            published_through("report__"), indicator__in=[i.pk for i in indicators]
        )
        .select_related("report__round__plan__municipality")
        .order_by("report__round__fy", "pk")
    )
    for actual in recorded:
        if can(anonymous, "view_report", actual.report):
            by_indicator[actual.indicator_id].append(actual)
    for indicator in indicators:
        indicator.public_actuals = by_indicator.get(indicator.pk, [])


@router.get(
    "/initiatives/{id}",
    response={200: InitiativeDetailOut, **NOT_MODIFIED, **READ_ERRORS},
    operation_id="get_initiative",
    summary="取組",
    description=(
        "取組の全体: 施策体系、担当課、工程、指標（目標値・実績値）、年度経費、国の計画の項目（確定したもの）。"
        "改訂後の計画から外れた取組も、公表された報告が指すため返す（in_plan が false、retired_at にその日時）。"
    ),
)
def get_initiative(request: HttpRequest, id: PathId) -> Initiative:
    try:
        initiative = queries.initiative_detail(id)
    except Initiative.DoesNotExist:
        raise Http404 from None
    initiative.n_indicators = len(initiative.indicators.all())
    attach_public_actuals(list(initiative.indicators.all()))
    attach_removals(list(initiative.indicators.all()))
    initiative.national_items = confirmed_items([initiative.pk]).get(initiative.pk, [])
    return initiative


@router.get(
    "/indicators/{id}",
    response={200: IndicatorOut, **NOT_MODIFIED, **READ_ERRORS},
    operation_id="get_indicator",
    summary="指標",
    description=(
        "指標（KPI・KGI）: 基準値、最終目標、年度ごとの目標値と実績値。実績値は計画書に記載されたもの（source: plan）と、"
        "公表された進捗報告で記録されたもの（source: report）。計画担当が誤りとして削除した計画ファイルの実績値は actuals に含めず、"
        "removed_actuals に理由・計画の改訂の番号とともに示す。"
    ),
)
def get_indicator(request: HttpRequest, id: PathId) -> Indicator:
    return _indicator(id)


def _indicator(pk: int) -> Indicator:
    """The indicator with what ``IndicatorOut`` reads: its values, public actuals and removals, its initiative."""
    indicators = (
        Indicator.objects.active()
        .select_related("initiative__plan__municipality")
        .prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("kind", "fy", "position"))
        )
    )
    indicator = get_or_404(indicators, pk)
    attach_public_actuals([indicator])
    attach_removals([indicator])
    return indicator


def attach_removals(indicators: list[Indicator]) -> None:
    """Give each indicator ``removals`` (fy -> ``progress.removals.Removal``): the plan file's actuals removed in the
    app, which ``actuals`` leaves out, said as removed with why (``IndicatorOut.removed_actuals``)."""
    found = removals.removals(indicators)
    for indicator in indicators:
        indicator.removals = found.get(indicator.pk, {})


@router.post(
    "/indicators/{id}/actual-removals",
    response={200: IndicatorOut, **WRITE_ERRORS},
    auth=token_required,
    operation_id="remove_plan_actual",
    summary="計画ファイルの実績値を削除する",
    description=(
        "計画ファイルから取り込んだ実績値（自治体が公表した値）が誤っているとき、その年度の値を削除する（計画担当のトークン。"
        "画面の「計画ファイルの実績値を削除する」と同じ規則）。削除は番号付きの計画の改訂として理由とともに残り、"
        "計画ファイルを取り込み直しても戻らない。`version` には読み込んだときの取組の版（`initiative_version`）を送る。"
        "その後に取組が変更されていれば 409 で、何も変更しない。理由が空なら 400。"
        "その年度の計画ファイルの実績値がなければ 409。すでに削除済みの年度への再送は 200 で今の指標を返す（何も変更しない）。"
        "削除した値は `removed_actuals` に理由・改訂の番号とともに示す。"
    ),
)
def remove_plan_actual(request: HttpRequest, id: PathId, payload: ActualRemovalIn) -> Indicator:
    indicator = _indicator(id)
    initiative = indicator.initiative
    require(request.auth, "remove_plan_actual", initiative.plan)
    # the same removal sent again (a retry after a timeout) is done: the indicator as it stands
    services.remove_plan_actual(
        initiative, indicator.pk, payload.fy, user=request.auth, version=payload.version, reason=payload.reason
    )
    return _indicator(id)
