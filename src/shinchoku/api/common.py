"""What the routers share: the id type of paths and filters, error responses of the schema."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404
from ninja import Path

from .schemas import MAX_ID, ErrorOut

#: An object id in a path: positive and within a 64-bit key (anything else is 422, not a crash).
PathId = Annotated[int, Path(ge=1, le=MAX_ID, description="id")]

#: Error responses every operation may give (documented so that clients and schemathesis know them).
READ_ERRORS: dict[int, Any] = {404: ErrorOut, 422: ErrorOut}
AUTH_ERRORS: dict[int, Any] = {401: ErrorOut}
WRITE_ERRORS: dict[int, Any] = {
    400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut,
}  # fmt: skip
NOT_MODIFIED: dict[int, Any] = {304: None}


M = TypeVar("M", bound=Model)


def get_or_404(queryset: QuerySet[M], pk: int) -> M:
    try:
        return queryset.get(pk=pk)
    except queryset.model.DoesNotExist:
        raise Http404 from None
