"""The serialization format of backups: Django's JSON Lines, with times kept to the microsecond.

Django's JSON encoder cuts datetimes to milliseconds (ECMA-262 dates); a backup must bring back
exactly what was stored — the change history is ordered by its timestamps. Registered in
settings as ``SERIALIZATION_MODULES["backupjsonl"]``.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(jsonl.Serializer):
    def _init_options(self) -> None:
        super()._init_options()
        self.json_kwargs["cls"] = ExactEncoder


Deserializer = jsonl.Deserializer
