"""Load the edition files (data/editions) into the reference tables: the data migrations call this.

Adds and updates, never deletes: labels point at items, and an edition once published stays.
A migration passes its historical models, so this runs at any point of the migration history.
"""

from __future__ import annotations

from typing import Any

from . import editions


def load_editions(edition_model: Any, item_model: Any) -> int:
    """Bring the edition tables up to the files; returns the number of items written."""
    count = 0
    for data in editions.editions():
        edition, _ = edition_model.objects.update_or_create(
            key=data.key,
            defaults={"title": data.title, "published_on": data.published_on, "source": data.source},
        )
        for item in data.items:
            item_model.objects.update_or_create(
                edition=edition,
                code=item.code,
                defaults={"title": item.title, "group": item.group, "order": item.order, "covers": list(item.covers)},
            )
            count += 1
    return count
