"""The ``shinchoku`` command's argument parser, in Japanese throughout.

argparse writes its own words in English — 「usage:」, 「options」, 「show this help message and
exit」 and every error (「error: the following arguments are required: file」): a plan office
that types ``shinchoku parse`` without a file read English where the rest of the command speaks
Japanese. This parser gives the same help and errors in Japanese; the subcommands' parsers are
of the same class (argparse makes them so), so every one of them does.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

#: argparse's error messages (Python 3.11–3.13) and what the user reads instead; one not listed
#: is shown as argparse wrote it.
_ERRORS = (
    (re.compile(r"the following arguments are required: (.+)"), r"指定が必要です: \1"),
    (re.compile(r"unrecognized arguments: (.+)"), r"知らない指定です: \1"),
    (
        re.compile(r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)"),
        r"\1 に \2 は指定できません（\3 のどれか）",
    ),
    (
        re.compile(r"argument (.+?): invalid int value: (.+)"),
        r"\1 には整数を指定してください（\2 は整数ではありません）",
    ),
    (re.compile(r"argument (.+?): expected one argument"), r"\1 には値を1つ指定してください"),
    (re.compile(r"argument (.+?): ignored explicit argument (.+)"), r"\1 には値を指定できません（\2）"),
    (re.compile(r"argument (.+?): not allowed with argument (.+)"), r"\1 は \2 と一緒に指定できません"),
    (
        re.compile(r"ambiguous option: (.+?) could match (.+)"),
        r"\1 は \2 のどれとも取れます。続けて書いてください",
    ),
)


def japanese_error(message: str) -> str:
    """argparse's English ``message`` in Japanese (as written when not one it is known to write)."""
    for pattern, replacement in _ERRORS:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


class JapaneseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "使い方: " if prefix is None else prefix)


class JapaneseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help headings, -h and errors are Japanese."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", JapaneseHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "引数"
        self._optionals.title = "オプション"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="この説明を表示して終わる")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: エラー: {japanese_error(message)}\n")
