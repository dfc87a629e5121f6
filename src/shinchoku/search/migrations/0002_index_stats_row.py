"""The one IndexStats row exists from the start, so concurrent first imports only ever update it."""

from django.db import migrations


def create(apps, schema_editor):
    apps.get_model("search", "IndexStats").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
