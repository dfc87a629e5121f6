"""Municipalities, plans and their section trees: public documents, readable by anyone."""

from typing import Annotated

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.http import http_date
from ninja import Query, Router
from ninja.pagination import paginate

from shinchoku.plans.models import Municipality, Plan, Section

from ..common import NOT_MODIFIED, READ_ERRORS, PathId, get_or_404
from ..pagination import Pagination
from ..schemas import MAX_ID, MunicipalityDetailOut, MunicipalityOut, PlanOut, SectionOut

router = Router(tags=["自治体・計画"])


@router.get(
    "/municipalities",
    response={200: list[MunicipalityOut], **NOT_MODIFIED, **READ_ERRORS},
    operation_id="list_municipalities",
    summary="自治体の一覧",
    description="計画を取り込んだ自治体の一覧（id 順）。",
)
@paginate(Pagination)
def list_municipalities(request: HttpRequest) -> QuerySet[Municipality]:
    return Municipality.objects.order_by("pk")


@router.get(
    "/municipalities/{id}",
    response={200: MunicipalityDetailOut, **NOT_MODIFIED, **READ_ERRORS},
    operation_id="get_municipality",
    summary="自治体",
    description="自治体と、その計画の一覧。",
)
def get_municipality(request: HttpRequest, id: PathId) -> Municipality:
    return get_or_404(Municipality.objects.prefetch_related("plans"), id)


@router.get(
    "/plans",
    response={200: list[PlanOut], **NOT_MODIFIED, **READ_ERRORS},
    operation_id="list_plans",
    summary="計画の一覧",
    description="計画の一覧（id 順）。`municipality` で自治体を絞り込める。",
)
@paginate(Pagination)
def list_plans(
    request: HttpRequest,
    municipality: Annotated[int | None, Query(ge=1, le=MAX_ID, description="自治体の id")] = None,
) -> QuerySet[Plan]:
    plans = Plan.objects.select_related("municipality").order_by("pk")
    if municipality is not None:
        plans = plans.filter(municipality_id=municipality)
    return plans


@router.get(
    "/plans/{id}",
    response={200: PlanOut, **NOT_MODIFIED, **READ_ERRORS},
    operation_id="get_plan",
    summary="計画",
    description="計画の概要。`Last-Modified` は計画の更新日時（`If-Modified-Since` にも応じる）。",
)
def get_plan(request: HttpRequest, response: HttpResponse, id: PathId) -> Plan:
    plan = get_or_404(Plan.objects.select_related("municipality"), id)
    response["Last-Modified"] = http_date(plan.updated_at.timestamp())
    return plan


@router.get(
    "/plans/{id}/sections",
    response={200: list[SectionOut], **NOT_MODIFIED, **READ_ERRORS},
    operation_id="list_plan_sections",
    summary="計画の施策体系",
    description="計画の施策体系（基本方針・施策分野などの木）を計画の順に。`parent` で木をたどれる。",
)
@paginate(Pagination)
def list_sections(request: HttpRequest, id: PathId) -> QuerySet[Section]:
    plan = get_or_404(Plan.objects.all(), id)
    return Section.objects.filter(plan=plan).order_by("position", "pk")
