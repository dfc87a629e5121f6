"""The mails `make run` prints instead of sending are readable (they were base64 MIME)."""

from __future__ import annotations

from io import StringIO

from django.core.mail import EmailMessage

from shinchoku.core.mail import ReadableConsoleBackend


def test_a_printed_mail_shows_its_japanese_subject_and_text():
    stream = StringIO()
    mail = EmailMessage(
        subject="【進捗報告の依頼】延岡市情報政策推進計画 アクションプラン 令和5年度の実績（期限 令和8年12月25日（金））",
        body="学校教育課 御中\n\n入力する画面: http://127.0.0.1:8711/my/\n",
        from_email="延岡市 進捗管理 <shinchoku@localhost>",
        to=["gakko@example.jp"],
    )
    assert ReadableConsoleBackend(stream=stream).send_messages([mail]) == 1
    printed = stream.getvalue()
    assert "Subject: 【進捗報告の依頼】延岡市情報政策推進計画 アクションプラン 令和5年度の実績" in printed
    assert "To: gakko@example.jp" in printed and "From: 延岡市 進捗管理 <shinchoku@localhost>" in printed
    assert "学校教育課 御中" in printed and "入力する画面: http://127.0.0.1:8711/my/" in printed
    assert "=?utf-8?" not in printed


def test_make_run_prints_mails_with_it():
    from django.conf import settings

    assert settings.EMAIL_BACKEND_PATH == "shinchoku.core.mail.ReadableConsoleBackend"
