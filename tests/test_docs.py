"""README.md and docs/*.md list commands, environment variables and URLs a municipality's staff type
as written: each list is checked against what the code defines, so that it stays true."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import Resolver404, resolve

from shinchoku.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SRC = ROOT / "src" / "shinchoku"

#: How the code reads an environment variable: os.environ.get / [] and the settings' helpers.
_READ = re.compile(
    r"""(?:environ\.get\(|environ\[|getenv\(|_required\(|_json_object\(|PASSWORD_ENV = )"((?:SHINCHOKU_|DATABASE_URL|PORT)\w*)"(?:, "([^"]*)")?"""
)
#: Read only by the development settings or the demo, never by a production installation.
NOT_FOR_PRODUCTION = {"SHINCHOKU_EMAIL_BACKEND"}


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _environment_read_by_code() -> dict[str, str | None]:
    """Every environment variable the code reads, with its default where the code writes one."""
    found: dict[str, str | None] = {}
    for path in SRC.rglob("*.py"):
        for name, default in _READ.findall(_text(path)):
            found.setdefault(name, default or None)
    return found


def _deploy_table() -> dict[str, str]:
    """deploy.md's table of environment variables: name -> the default column as written."""
    rows: dict[str, str] = {}
    for line in _text(ROOT / "docs" / "deploy.md").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| `") and len(cells) >= 3:
            for name in re.findall(r"`([A-Z_]+)`", cells[0]):
                rows[name] = cells[1]
    return rows


def test_every_environment_variable_is_in_the_deploy_guide_with_its_default() -> None:
    code, table = _environment_read_by_code(), _deploy_table()
    assert {"SHINCHOKU_SECRET_KEY", "SHINCHOKU_SMTP_PORT", "SHINCHOKU_OPEN_DATA_LICENSE", "PORT"} <= set(code)
    missing = sorted(set(code) - set(table) - NOT_FOR_PRODUCTION)
    assert missing == [], f"docs/deploy.md does not list {missing}"
    for name, default in code.items():
        written = re.fullmatch(r"`([^`]*)`", table.get(name, ""))
        if default is not None and written:
            assert written.group(1) == default, (name, written.group(1), default)
    # and nothing the guide lists is ignored by the code
    assert sorted(set(table) - set(code) - {"DJANGO_SETTINGS_MODULE"}) == []


def test_the_open_data_licence_is_taken_from_the_environment() -> None:
    # deploy.md and opendata.md: SHINCHOKU_OPEN_DATA_LICENSE is set in /etc/shinchoku/env as JSON
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SHINCHOKU_OPEN_DATA_LICENSE['name'], settings.SHINCHOKU_OPEN_DATA_LICENSES)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "shinchoku.settings.test", "PYTHONPATH": str(ROOT / "src")}
    env["SHINCHOKU_OPEN_DATA_LICENSE"] = (
        '{"name": "公共データ利用規約（第1.0版）", "url": "https://example.jp/"}'
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "公共データ利用規約（第1.0版） {}", done.stderr
    env["SHINCHOKU_OPEN_DATA_LICENSE"] = "CC0"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "SHINCHOKU_OPEN_DATA_LICENSE は JSON" in done.stderr


def _subcommands() -> set[str]:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if a.dest == "command"]
    return set(commands.choices)  # type: ignore[arg-type]


def _code_blocks(text: str) -> str:
    return "\n".join(re.findall(r"```(?:sh|bash|powershell|ps1)?\n(.*?)```", text, re.S))


def test_the_readme_lists_every_subcommand_and_no_other() -> None:
    readme = _text(ROOT / "README.md")
    block = readme.split("## The command line", 1)[1].split("```", 2)[1]
    listed = set(re.findall(r"shinchoku ([a-z][a-z-]*)", block))
    assert listed == _subcommands(), sorted(listed ^ _subcommands())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_commands_in_the_docs_exist(path: Path) -> None:
    from django.core.management import get_commands

    text = _text(path)
    subcommands = _subcommands()
    # a command typed in a code block (「.venv/bin/shinchoku parse …」) or in backticks (「`shinchoku serve`」)
    typed = re.findall(r"(?:bin/|^\s*)shinchoku (?!manage\b)([a-z][a-z-]+)", _code_blocks(text), re.M)
    typed += re.findall(r"`(?:\S*/)?shinchoku (?!manage\b)([a-z][a-z-]+)", text)
    assert path.name != "README.md" or len(typed) > 20
    for name in typed:
        assert name in subcommands, f"{path.name}: shinchoku {name}"
    for name in re.findall(r"\b(?:shinchoku manage|manage\.py) ([a-z_]+)", _text(path)):
        assert name in get_commands(), f"{path.name}: manage {name}"


def _paths(text: str) -> list[str]:
    """Paths of the app written in backticks (「`/compare/<kind>/`」), placeholders filled in."""
    found = []
    for raw in re.findall(r"`(/[^`\s]*)`", text):
        if raw.startswith("/etc/"):
            continue
        path = raw.split("?")[0]
        number = (
            "5f0c3a52-8a3e-4f8e-9d7c-2f1b6f9e0a11" if path.startswith("/jobs/") else "1"
        )  # a job's id is a UUID
        path = re.sub(r"\{id\}|<id>|\bID\b", number, path)
        path = re.sub(r"\{[a-z_]+\}|<[a-z_]+>", "x", path)
        found.append(path)
    return found


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_urls_in_the_docs_are_served(path: Path) -> None:
    text = _text(path)
    api = path.name == "api.md"
    for url in _paths(text):
        if api and not url.startswith("/api/"):
            url = "/api/v1" + url  # api.md's table is relative to /api/v1
        try:
            resolve(url)
        except Resolver404:
            pytest.fail(f"{path.name}: {url} is not served")


#: Files the docs name by a path of the repository (「`tests/importers/test_pdf.py`」, 「bench/parse.py」).
_FILE = re.compile(r"(?<![\w/.])((?:src|tests|samples|bench|docs)/[\w./<>{}*-]*[\w>}*])")
#: Files named in backticks from their package or alone (「`accounts/lockout.py`」「`aligned_rows.py`」).
_MODULE = re.compile(r"`([\w./-]+\.(?:py|js|css|html|json|xlsx|txt|toml))`")
#: Named files that are not the repository's: pdfminer's tool, a file inside a bundle, a pattern.
_NOT_OURS = {"pdf2txt.py", "manifest.json", "data/editions/YYYY-MM-DD.json", "plans/NNNN.json"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_files_the_docs_name_exist(path: Path) -> None:
    text = _text(path)
    named = [p for p in _FILE.findall(text) if not re.search(r"NNNN|<|\{|\*", p)]
    assert [p for p in named if not (ROOT / p).exists()] == []
    modules = {m for m in _MODULE.findall(text) if not m.startswith("/") and m not in _NOT_OURS}
    assert sorted(m for m in modules if not any(ROOT.glob(f"**/{m}"))) == []


def test_make_targets_the_docs_name_exist() -> None:
    targets = set(re.findall(r"^([a-z-]+):", _text(ROOT / "Makefile"), re.M))
    for path in DOCS:
        # a command, in backticks or at the start of a line: not the verb (「would make a new plan」)
        for target in re.findall(r"(?:`|^[ \t]*(?:\$ )?)make ([a-z][a-z-]*)", _text(path), re.M):
            assert target in targets, f"{path.name}: make {target}"


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_options_in_the_docs_exist(path: Path) -> None:
    """「shinchoku import --dry-run」「shinchoku manage createtoken … --revoke」: each option the docs give
    a command is one that command takes."""
    from django.core.management import get_commands, load_command_class

    parser = build_parser()
    (commands,) = [a for a in parser._actions if a.dest == "command"]
    for line in _text(path).splitlines():
        for found in re.finditer(r"shinchoku (manage |)([a-z][a-z_-]+)([^#`|]*)", line):
            managed, name, rest = found.groups()
            if managed or name == "manage":
                name = name if managed else rest.split()[0] if rest.split() else ""
                if name not in get_commands():
                    continue
                sub = load_command_class(get_commands()[name], name).create_parser("manage.py", name)
            elif name in commands.choices:
                sub = commands.choices[name]
            else:
                continue
            for option in re.findall(r"(?<!\S)(--[a-z-]+)", rest):
                assert option in _options(sub), f"{path.name}: {name} {option}"


def _api_table() -> dict[tuple[str, str], set[str]]:
    """api.md's endpoints: (method, path) -> the query parameters its table row names."""
    text = _text(ROOT / "docs" / "api.md")
    rows: dict[tuple[str, str], set[str]] = {}
    for method, path, rest in re.findall(r"^\| (GET|PUT|POST|DELETE|PATCH) \| `([^`]+)` \|(.*)$", text, re.M):
        params = rest.rsplit("|", 2)[-2]
        if "see below" in params:  # the filters of /initiatives, in the table after it
            filters = text.split("Filters of `/initiatives`", 1)[1].split("\n\n", 2)[1]
            params = " ".join(re.findall(r"^\| `(\w+)` \|", filters, re.M)) + " limit offset"
            rows[(method, path)] = set(params.split())
        else:
            # values in brackets (「`sort` (`municipality`, `latest`)」) are not parameters
            rows[(method, path)] = set(re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", params)))
    return rows


def test_the_api_doc_lists_every_endpoint_with_its_query_parameters() -> None:
    from shinchoku.api.api import api

    schema = api.get_openapi_schema()
    served: dict[tuple[str, str], set[str]] = {}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            query = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
            served[(method.upper(), path.removeprefix("/api/v1"))] = query
    documented = _api_table()
    assert sorted(documented) == sorted(served)
    for endpoint, query in served.items():
        assert documented[endpoint] == query, endpoint


@pytest.mark.parametrize("doc", ["README.md", "docs/importers.md"])
def test_the_layout_tables_list_every_layout(doc: str) -> None:
    from shinchoku.importers import LAYOUTS

    section = _text(ROOT / doc).split("\n## Layouts\n", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `(\w+)` \|", section, re.M)
    assert sorted(listed) == sorted(LAYOUTS)


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, blanks to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_links_between_the_docs_arrive(path: Path) -> None:
    """「[reading flow](#labels-wrapped-in-their-column-and-reading-flow)」「[deploy.md](deploy.md)」"""
    anchors = {doc: {_slug(h) for h in re.findall(r"^#+ (.+)$", _text(doc), re.M)} for doc in DOCS}
    for target in re.findall(r"\]\(([^)\s]+)\)", _text(path)):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        file, _, anchor = target.partition("#")
        doc = (path.parent / file).resolve() if file else path
        assert doc.exists(), f"{path.name}: {target}"
        if anchor:
            assert anchor in anchors.get(doc, set()), f"{path.name}: {target}"


def test_names_in_capitals_the_docs_give_are_defined() -> None:
    """Settings and constants (「`MAX_INPUT_BYTES`」「`SECURE_CSP`」「`JUDGED`」) are defined in the code."""
    code = "\n".join(_text(p) for folder in ("src", "tests", "bench") for p in (ROOT / folder).rglob("*.py"))
    for path in DOCS:
        for name in set(re.findall(r"`([A-Z][A-Z0-9_]{4,})`", _text(path))):
            assert re.search(rf"\b{name}\b", code), f"{path.name}: {name}"


#: Dotted names that are not modules: file names, the Plan JSON format, the layout the importers doc adds.
_NOT_MODULES = {"shinchoku.exe", "shinchoku.service", "shinchoku.plan", "shinchoku.importers.kitamisawa"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_modules_and_functions_the_docs_name_exist(path: Path) -> None:
    """「`shinchoku.plans.loader.load_plan`」「shinchoku.settings.production」: each dotted name is a
    module, or an attribute of one."""
    import importlib

    for name in sorted(set(re.findall(r"\b(shinchoku(?:\.[a-z_]\w*)+)", _text(path))) - _NOT_MODULES):
        if name.startswith("shinchoku.settings."):  # importing production would demand its secrets
            assert (SRC / "settings" / f"{name.rsplit('.', 1)[1]}.py").exists(), name
            continue
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):
            try:
                found: object = importlib.import_module(".".join(parts[:cut]))
            except ImportError:
                continue
            break
        for attribute in parts[cut:]:
            assert hasattr(found, attribute), f"{path.name}: {name}"
            found = getattr(found, attribute)
