"""Checks the Fluent files with tools independent of the Rust compiler: Mozilla's
fluent.syntax parser and compare-locales, so a mistake the Rust side tolerates still
fails here."""

import json
import re
import pathlib
import subprocess
import sys

from fluent.syntax import FluentParser, ast

CONTENT = pathlib.Path(__file__).resolve().parents[2] / "content"
LOCALES = sorted(p.name for p in (CONTENT / "locales").iterdir() if p.is_dir())
FTL_FILES = sorted((CONTENT / "locales").glob("*/*.ftl"))


FULL = ["de", "en", "fr", "nl"]
PACKS = set(re.findall(r'^tag = "([^"]+)"', (CONTENT / "packs.toml").read_text(), re.M))
L10N = set(re.findall(r'"([^"]+)"', re.search(r"^locales = \[(.*)\]", (CONTENT / "l10n.toml").read_text(), re.M).group(1)))


def test_every_locale_is_bundled_and_registered():
    assert set(FULL) <= set(LOCALES)
    assert set(LOCALES) == PACKS, "every locale folder has its packs.toml entry"
    assert L10N == set(LOCALES) - {"en"}, "l10n.toml lists every locale but the reference"


def test_every_ftl_file_parses_without_junk():
    parser = FluentParser(with_spans=True)
    assert FTL_FILES, "no .ftl files found"
    problems = []
    for path in FTL_FILES:
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                notes = "; ".join(a.message for a in entry.annotations)
                problems.append(f"{path.relative_to(CONTENT)}: {notes}")
    assert problems == []


def test_compare_locales_reports_no_errors_and_nothing_missing(tmp_path):
    report = tmp_path / "report.json"
    others = [l for l in LOCALES if l != "en"]
    subprocess.run(
        [str(pathlib.Path(sys.executable).parent / "compare-locales"), "--json", str(report),
         str(CONTENT / "l10n.toml"), str(CONTENT / "locales"), *others],
        check=True, capture_output=True, text=True,
    )
    summary = json.loads(report.read_text())[0]["summary"]
    assert sorted(summary) == sorted(others)
    for locale, counts in summary.items():
        assert counts.get("errors", 0) == 0, (locale, counts)
        assert counts.get("missing", 0) == 0, (locale, counts)
        assert counts.get("obsolete", 0) == 0, (locale, counts)
        # Essentials packs are partial in articles, never in messages; a pack may add
        # the plural variants its language needs, which compare-locales may warn on.
        if locale in FULL:
            assert counts.get("warnings", 0) == 0, (locale, counts)
