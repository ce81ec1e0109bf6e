"""Catalogues: every interface string translated in Arabic, French and English, none fuzzy,
and none missing from the code (extracted afresh and compared)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "taawun" / "locale"
LANGUAGES = ["ar", "fr", "en"]


def parse_po(path):
    """[(msgid, [msgstr...], flags)] without a dependency: enough for gettext's own output."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line]
        if not lines or all(line.startswith("#~") for line in lines):
            continue
        flags = " ".join(line[3:] for line in lines if line.startswith("#, "))
        current, parts = None, {}
        for line in lines:
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?|msgctxt) "(.*)"$', line)
            if match:
                current = match.group(1)
                parts[current] = match.group(2)
            elif line.startswith('"') and current:
                parts[current] += line[1:-1]
        if "msgid" in parts:
            strs = [v for k, v in parts.items() if k.startswith("msgstr")]
            entries.append((parts.get("msgctxt", ""), parts["msgid"], strs, flags))
    return entries


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    entries = parse_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 100
    untranslated = [msgid for _, msgid, strs, _ in entries if msgid and not all(strs)]
    fuzzy = [msgid or "(header)" for _, msgid, _, flags in entries if "fuzzy" in flags]
    assert not untranslated, untranslated[:10]
    assert not fuzzy, fuzzy[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_entry_has_every_form_of_its_language(language):
    """Arabic has six plural forms, French three (the millions have their own), English two: a
    plural entry with fewer leaves a number falling back to the English text."""
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    text = path.read_text(encoding="utf-8")
    forms = int(re.search(r"nplurals=(\d+)", text).group(1))
    short = []
    for block in text.split("\n\n"):
        if "\nmsgid_plural " in block and not block.lstrip().startswith("#~"):
            count = len(re.findall(r"^msgstr\[\d\]", block, flags=re.MULTILINE))
            if count != forms:
                short.append(re.search(r'^msgid "(.*)"', block, flags=re.MULTILINE).group(1))
    assert not short, f"{len(short)} plural entries without {forms} forms: {short[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogues_are_up_to_date(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime - 1, "run make messages"


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
def test_the_catalogues_hold_every_string_of_the_code(tmp_path):
    """Extract the strings afresh into a scratch copy and compare with the committed catalogue."""
    scratch = tmp_path / "project"
    shutil.copytree(
        ROOT / "taawun", scratch / "taawun", ignore=shutil.ignore_patterns("locale", "__pycache__")
    )
    shutil.copy(ROOT / "manage.py", scratch)
    (scratch / "taawun" / "locale").mkdir()
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--ignore=*/tests/*"],
        cwd=scratch,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "SQLITE_PATH": str(tmp_path / "x.sqlite3")},
    )
    assert result.returncode == 0, result.stderr
    fresh = {
        (ctx, msgid)
        for ctx, msgid, _, _ in parse_po(scratch / "taawun/locale/fr/LC_MESSAGES/django.po")
        if msgid
    }
    committed = {
        (ctx, msgid) for ctx, msgid, _, _ in parse_po(LOCALE / "fr/LC_MESSAGES/django.po") if msgid
    }
    missing = sorted(fresh - committed)
    assert not missing, f"strings not in the catalogues (run make messages): {missing[:10]}"
