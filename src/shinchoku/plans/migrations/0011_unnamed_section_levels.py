"""Sections whose level the plan does not name kept 「第2階層」, a name the readers made up (by depth): blank now,
as the readers leave such a level since, so that no page, workbook or Plan JSON shows it as the plan's."""

import re

from django.db import migrations

_MADE_UP = re.compile(r"第[0-9]+階層")


def forget_made_up_levels(apps, schema_editor):
    Section = apps.get_model("plans", "Section")
    made_up = [pk for pk, level in Section.objects.filter(level__startswith="第").values_list("pk", "level")
               if _MADE_UP.fullmatch(level)]  # fmt: skip
    Section.objects.filter(pk__in=made_up).update(level="")


class Migration(migrations.Migration):
    dependencies = [("plans", "0010_initiative_reposts")]

    operations = [migrations.RunPython(forget_made_up_levels, migrations.RunPython.noop)]
