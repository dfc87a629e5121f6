"""The round's record (「回の操作記録」) names who opened the round and every 督促 that went out, the system's own
(``automatic``) too. A round opened before has its opening written in from what was kept of it: the time it opened,
who opened it (its history's first row) and the deadline it was opened with."""

from django.db import migrations, models


def record_openings(apps, schema_editor):
    from shinchoku.core.dates import deadline_label

    Round = apps.get_model("progress", "Round")
    RoundEvent = apps.get_model("progress", "RoundEvent")
    HistoricalRound = apps.get_model("progress", "HistoricalRound")
    for round_ in Round.objects.exclude(events__kind="opened").iterator():
        first = HistoricalRound.objects.filter(id=round_.pk, history_type="+").order_by("history_id").first()
        deadline = first.deadline if first is not None else round_.deadline
        event = RoundEvent.objects.create(
            round_id=round_.pk,
            kind="opened",
            detail=f"提出期限 {deadline_label(deadline)}",
            created_by_id=first.history_user_id if first is not None else None,
        )
        RoundEvent.objects.filter(pk=event.pk).update(created_at=round_.opened_at)


class Migration(migrations.Migration):
    dependencies = [("progress", "0006_evaluation_actual_notes")]

    operations = [
        migrations.AddField(
            model_name="roundevent",
            name="automatic",
            field=models.BooleanField(default=False, verbose_name="システムによる自動の操作"),
        ),
        migrations.AlterField(
            model_name="roundevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("opened", "開始"),
                    ("reminded", "督促"),
                    ("reopened", "再開"),
                    ("extended", "期限の延長"),
                    ("closed", "締切"),
                    ("published", "公表"),
                    ("unpublish", "公表の取消し"),
                ],
                max_length=10,
                verbose_name="操作",
            ),
        ),
        migrations.RunPython(record_openings, migrations.RunPython.noop),
    ]
