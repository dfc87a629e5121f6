"""Load the editions of 自治体DX推進計画 shipped in national/data/editions (第1版, 第2.3版).

A new edition is a new file: add a migration like this one (it re-reads every file, adding and
updating, never deleting) so that existing installations get it.
"""

from django.db import migrations


def load(apps, schema_editor):
    from shinchoku.national.reference import load_editions

    load_editions(apps.get_model("national", "NationalPlanEdition"), apps.get_model("national", "NationalItem"))


class Migration(migrations.Migration):
    dependencies = [("national", "0001_national_plan_items_and_labels")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
