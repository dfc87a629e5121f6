"""Pagination of every list: ``limit`` / ``offset`` with a maximum page size, stable ordering."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

from shinchoku.core.pagecache import kept_count

DEFAULT_LIMIT = 50
MAX_LIMIT = 100
#: Far beyond any list the API has, and within what every database accepts as OFFSET.
MAX_OFFSET = 1_000_000


class Pagination(LimitOffsetPagination):
    """ninja's LimitOffsetPagination with bounds; the routers give each list a total order."""

    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"1ページの件数（1〜{MAX_LIMIT}）")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="先頭から飛ばす件数")

    class Output(Schema):
        items: list[Any] = Field(description="このページの項目")
        count: int = Field(description="条件に合う項目の総数")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)

    def _items_count(self, queryset: Any) -> int:
        """The total, counted once for every page of the same list (core.pagecache.kept_count)."""
        if isinstance(queryset, QuerySet):
            return kept_count(queryset.all())
        return len(queryset)
